"""Tests for dialogue_extract.resolve: clustering name mentions within one document."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_extract.names import fold
from dialogue_extract.resolve import Cluster, NameMention, Resolver, resolve_mentions


def groups(mentions, **kwargs) -> list[list[str]]:
    """The clustering as lists of mention texts, for readable assertions."""
    texts = [m if isinstance(m, str) else m.text for m in mentions]
    return [[texts[i] for i in c.members] for c in resolve_mentions(mentions, **kwargs)]


def same_cluster(mentions, a: int, b: int, **kwargs) -> bool:
    for c in resolve_mentions(mentions, **kwargs):
        if a in c.members:
            return b in c.members
    raise AssertionError("index missing")


# -- pairs that merge / stay apart ---------------------------------------------------------------
@pytest.mark.parametrize(
    "first, second",
    [
        ("Subrahmanyam Jaishankar", "S. Jaishankar"),
        ("Dr. S. Jaishankar", "Jaishankar"),
        ("Periasamy Kumaran", "P. Kumaran"),
        ("Jai Prakash Singh", "JP Singh"),
        ("Abul Kalam Abdul Momen", "A K Abdul Momen"),
        ("H.E. Amb. Tesfaye Yilma", "Tesfaye Yilma"),
        ("Bùi Thanh Sơn", "Bui Thanh Son"),
        ("Phạm Minh Chính", "Chính"),
        ("KAMIKAWA Yoko", "Kamikawa"),
        ("KAMIKAWA Yoko", "Yoko Kamikawa"),
        ("Cho Hyun", "Hyun"),
        ("Cho Tae-yul", "Cho"),
        ("Wang Yi", "Wang"),
        ("Faisal bin Farhan Al Saud", "Al Saud"),
        ("Faisal bin Farhan Al Saud", "Saud"),
        ("Al Saud", "Saud"),
        ("Sabah Khaled Al-Hamad Al-Sabah", "Al Sabah"),
        ("Dato' Amran Bin Mohamed Zin", "Amran"),
        ("Jean-Yves Le Drian", "Le Drian"),
        ("L Oyun-Erdene", "Oyun-Erdene"),
        ("Ferdinand R. Marcos Jr.", "Marcos"),
        ("Teodoro L. Locsin, Jr.", "Locsin"),
        ("Meenakashi Lekhi", "Meenakshi Lekhi"),
        ("Fumio Kishida", "Fumio"),
        ("Mr. Modi", "Modi"),
    ],
)
def test_merges(first, second):
    assert same_cluster([first, second], 0, 1)
    assert same_cluster([second, first], 0, 1)


@pytest.mark.parametrize(
    "first, second",
    [
        ("Rajnath Singh", "JP Singh"),
        ("Sergey Lavrov", "Sergey Shoigu"),
        ("Ahmed Nasser Al-Mohammad Al-Sabah", "Sabah Khaled Al-Hamad Al-Sabah"),
        ("Park Yoon-joo", "Park Min-ho"),
        ("Anjali Rao", "Sunita Rao"),
        ("S. Jaishankar", "R. Jaishankar"),
        ("Modi", "Biden"),
        ("Bilawal Bhutto Zardari", "Asif Ali Zardari"),
    ],
)
def test_stays_apart(first, second):
    assert not same_cluster([first, second], 0, 1)


def test_surname_shared_by_two_people_goes_to_the_most_recent():
    ms = ["Rajnath Singh", "Singh", "JP Singh", "Singh", "Rajnath Singh", "Singh"]
    assert groups(ms) == [
        ["Rajnath Singh", "Singh", "Rajnath Singh", "Singh"],
        ["JP Singh", "Singh"],
    ]


def test_short_form_before_any_full_name_goes_to_the_nearest_after():
    ms = ["Singh", "JP Singh", "Rajnath Singh"]
    assert groups(ms) == [["Singh", "JP Singh"], ["Rajnath Singh"]]


def test_most_recent_uses_character_offsets():
    ms = [
        NameMention("Singh", 300, 305),
        NameMention("Rajnath Singh", 0, 13),
        NameMention("JP Singh", 200, 208),
        NameMention("Singh", 100, 105),
    ]
    clusters = resolve_mentions(ms)
    assert [c.canonical for c in clusters] == ["Rajnath Singh", "JP Singh"]
    assert clusters[0].members == [1, 3]  # text order
    assert clusters[1].members == [2, 0]


def test_family_unit_shared_by_two_people():
    ms = ["Ahmed Nasser Al-Mohammad Al-Sabah", "Al-Sabah", "Sabah Khaled Al-Hamad Al-Sabah", "Al-Sabah"]
    assert groups(ms) == [ms[:2], ms[2:]]


def test_single_forms_without_a_full_name_cluster_together():
    ms = ["Trong", "Biden", "Trong", "TRONG"]
    assert groups(ms) == [["Trong", "Trong", "TRONG"], ["Biden"]]


def test_lone_given_name_prefers_a_family_name():
    # "Park" is a family name of one person: it does not join someone whose given name it might be
    ms = ["Park Yoon-joo", "Park"]
    assert groups(ms) == [["Park Yoon-joo", "Park"]]


def test_given_alone_can_be_switched_off():
    assert groups(["Fumio Kishida", "Fumio"], given_alone=False) == [["Fumio Kishida"], ["Fumio"]]


def test_no_chaining_through_a_shorter_form():
    # "Kwatra" is compatible with both, but the two full forms differ in their given names
    ms = ["Vinay Kwatra", "Kwatra", "Mohan Kwatra"]
    result = groups(ms)
    assert ["Vinay Kwatra", "Kwatra"] in result and ["Mohan Kwatra"] in result


def test_country_hints_keep_namesakes_apart():
    ms = [NameMention("Ali Hassan", 0, 10, country="EGY"), NameMention("Ali Hassan", 50, 60, country="IRQ"),
          NameMention("Ali Hassan", 90, 100, country="EGY")]
    clusters = resolve_mentions(ms)
    assert [c.members for c in clusters] == [[0, 2], [1]]
    assert [c.country for c in clusters] == ["EGY", "IRQ"]
    assert [c.members for c in resolve_mentions(ms, use_country=False)] == [[0, 1, 2]]


def test_country_is_most_common_hint():
    ms = [NameMention("Penny Wong", 0, 10, country="AUS"), NameMention("Wong", 20, 24, country="CHN"),
          NameMention("Wong", 30, 34, country="AUS"), NameMention("Wong", 40, 44)]
    [c] = resolve_mentions(ms)
    assert c.country == "AUS" and c.members == [0, 1, 2, 3]


# -- canonical form and aliases ------------------------------------------------------------------
@pytest.mark.parametrize(
    "mentions, canonical",
    [
        (["S. Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar"], "Subrahmanyam Jaishankar"),
        (["A K Abdul Momen", "Abul Kalam Abdul Momen", "Momen"], "Abul Kalam Abdul Momen"),
        (["Ferdinand Marcos Jr.", "Ferdinand R. Marcos Jr.", "Marcos"], "Ferdinand R. Marcos Jr."),
        (["Pham Minh Chinh", "Phạm Minh Chính", "Chính"], "Phạm Minh Chính"),
        (["Kamikawa", "KAMIKAWA Yoko"], "KAMIKAWA Yoko"),
        (["H.E. Dr. S. Jaishankar", "Jaishankar"], "S. Jaishankar"),
        (["NARENDRA MODI", "Narendra Modi"], "Narendra Modi"),
        (["Teodoro L. Locsin, Jr.", "Locsin"], "Teodoro L. Locsin, Jr."),
        (["Hasina", "Sheikh Hasina"], "Hasina"),
    ],
)
def test_canonical(mentions, canonical):
    [c] = resolve_mentions(mentions)
    assert c.canonical == canonical


def test_aliases_are_distinct_other_forms():
    [c] = resolve_mentions(["Dr. S. Jaishankar", "Jaishankar", "S. Jaishankar", "Subrahmanyam Jaishankar", "Jaishankar"])
    assert c.canonical == "Subrahmanyam Jaishankar"
    assert c.aliases == ["S. Jaishankar", "Jaishankar"]
    assert c.honorifics == ["Dr."]


def test_anchored_by_strong_honorific_or_flag():
    clusters = resolve_mentions(["H.E. Tesfaye Yilma", "Dr. Anil Menon", NameMention("Ruth Abebe", anchored=True)])
    assert [c.anchored for c in clusters] == [True, False, True]


def test_resolver_class_and_empty_input():
    r = Resolver(fuzzy_threshold=95)
    assert r([]) == []
    out = r(["Tesfaye Yilma", NameMention("Yilma", 40, 45)])
    assert isinstance(out[0], Cluster) and out[0].members == [0, 1]


def test_empty_mention_text_is_its_own_cluster():
    clusters = resolve_mentions(["", "Modi", "Narendra Modi"])
    assert sorted(sorted(c.members) for c in clusters) == [[0], [1, 2]]


def test_many_mentions_are_fast():
    import time

    names = [f"Given{i} Family{i % 500}" for i in range(3000)] + [f"Family{i}" for i in range(500)]
    t = time.perf_counter()
    clusters = resolve_mentions(names)
    assert time.perf_counter() - t < 10
    assert sum(len(c.members) for c in clusters) == len(names)


# -- properties ----------------------------------------------------------------------------------
_first = st.sampled_from(["Ali", "Anil", "Sergey", "Yoko", "Rajnath", "Jai", "Fumio", "Tae-yul", "Minh", "Ruth"])
_family = st.sampled_from(["Singh", "Lavrov", "Kamikawa", "KAMIKAWA", "Cho", "Nguyen", "Al Saud", "Rao", "Abebe"])
_initial = st.sampled_from(["S.", "JP", "A K", "R"])
_honorific = st.sampled_from(["", "", "Mr. ", "H.E. ", "Dr. "])
_form = st.one_of(
    st.builds(lambda h, g, f: f"{h}{g} {f}", _honorific, _first, _family),
    st.builds(lambda h, i, f: f"{h}{i} {f}", _honorific, _initial, _family),
    st.builds(lambda f, g: f"{f} {g}", _family, _first),
    _family,
    _first,
)
_mentions = st.lists(_form, max_size=14)


def _partition(clusters: list[Cluster]) -> list[frozenset[int]]:
    return sorted((frozenset(c.members) for c in clusters), key=min)


@settings(max_examples=150, deadline=None)
@given(_mentions)
def test_clusters_partition_the_input(ms):
    clusters = resolve_mentions(ms)
    seen = [i for c in clusters for i in c.members]
    assert sorted(seen) == list(range(len(ms)))
    for c in clusters:
        assert c.members == sorted(c.members)  # string inputs: text order is input order
        assert c.canonical not in c.aliases


@settings(max_examples=150, deadline=None)
@given(_mentions)
def test_deterministic(ms):
    assert resolve_mentions(ms) == resolve_mentions(list(ms))


@settings(max_examples=150, deadline=None)
@given(_mentions, st.data())
def test_insensitive_to_duplicate_mentions(ms, data):
    mentions = [NameMention(t, 10 * i, 10 * i + len(t)) for i, t in enumerate(ms)]
    base = _partition(resolve_mentions(mentions))
    if not mentions:
        return
    dup = data.draw(st.integers(0, len(mentions) - 1))
    with_dup = mentions + [NameMention(mentions[dup].text, mentions[dup].start, mentions[dup].end)]
    clusters = resolve_mentions(with_dup)
    # the copy lands with its original, and nothing else moves
    new = len(mentions)
    assert [set(p) - {new} for p in _partition(clusters)] == [set(p) for p in base]
    assert any({dup, new} <= set(c.members) for c in clusters)


def _words(s: str) -> set[str]:
    return set(re.findall(r"\w+", fold(s)))


@settings(max_examples=150, deadline=None)
@given(_mentions)
def test_no_merge_without_a_shared_word(ms):
    for c in resolve_mentions(ms):
        for i in c.members:
            others = [j for j in c.members if j != i]
            if others:
                assert any(_words(ms[i]) & _words(ms[j]) for j in others)
