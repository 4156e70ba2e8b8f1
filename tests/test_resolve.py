"""Tests for dialogue_extract.resolve: clustering name mentions within one document."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_extract.names import fold
from dialogue_extract.resolve import Cluster, NameMention, MentionClusterer, resolve_mentions


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
        ("Ravi Kumar Sharma", "RK Sharma"),
        ("Mohammad Ali Abdul Karim", "M A Abdul Karim"),
        ("H.E. Amb. Mesfin Tadesse", "Mesfin Tadesse"),
        ("Bùi Văn Lộc", "Bui Van Loc"),
        ("Trần Quốc Khải", "Khải"),
        ("NISHIMURA Akiko", "Nishimura"),
        ("NISHIMURA Akiko", "Akiko Nishimura"),
        ("Cho Hyun", "Hyun"),
        ("Kang Dong-hyuk", "Kang"),
        ("Zhou Kai", "Zhou"),
        ("Fahad bin Mansour Al Qasimi", "Al Qasimi"),
        ("Fahad bin Mansour Al Qasimi", "Qasimi"),
        ("Al Qasimi", "Qasimi"),
        ("Marzouq Salem Al-Fahad Al-Marzouq", "Al Marzouq"),
        ("Dato' Amran Bin Mohamed Zin", "Amran"),
        ("Jean-Marc Le Floch", "Le Floch"),
        ("B Gan-Erdene", "Gan-Erdene"),
        ("Rodrigo T. Bautista Jr.", "Bautista"),
        ("Emilio S. Navarro, Jr.", "Navarro"),
        ("Vaishanavi Pillai", "Vaishnavi Pillai"),
        ("Haruki Matsumoto", "Haruki"),
        ("Mr. Chaturvedi", "Chaturvedi"),
        ("Sultan bin Nayef Al-Qahtani", "Al-Qahtani"),  # the family name after a forebear's
        ("Nasser Odeh Al-Majali", "Al-Majaly"),  # one family name spelt two ways
        ("Ahmed Fouad Abou Zeid", "Abu Zeid"),
        ("Tarek Mahmoud El-Sayed", "Al-Sayed"),
        ("Hamed bin Salim Al Rawahi", "Al Rawahy"),
    ],
)
def test_merges(first, second):
    assert same_cluster([first, second], 0, 1)
    assert same_cluster([second, first], 0, 1)


@pytest.mark.parametrize(
    "first, second",
    [
        ("Devendra Sharma", "RK Sharma"),
        ("Sergey Orlov", "Sergey Belov"),
        ("Yousef Hamad Al-Jaber Al-Marzouq", "Marzouq Salem Al-Fahad Al-Marzouq"),
        ("Park Yoon-joo", "Park Min-ho"),
        ("Kavitha Rao", "Deepa Rao"),
        ("S. Jaishankar", "R. Jaishankar"),
        ("Chaturvedi", "Hartley"),
        ("Faraz Hussain Lodhi", "Asad Ali Lodhi"),
        ("Turki bin Mishaal bin Abdullah Al Saud", "Abdullah II"),  # a forebear's name, a regnal one
        ("Nawaf bin Abdullah Al Sabah", "Abdullah"),
        ("Abdullah Hamad Al-Harbi", "Abdullah II"),  # a king is no given name alone
        ("Yelena Petrovna Volkova", "Volkov"),  # a woman's form is no spelling variant
        ("Ivan Marin", "Morin"),  # short family names one vowel apart are other names
    ],
)
def test_stays_apart(first, second):
    assert not same_cluster([first, second], 0, 1)


def test_surname_shared_by_two_people_goes_to_the_most_recent():
    ms = ["Devendra Sharma", "Sharma", "RK Sharma", "Sharma", "Devendra Sharma", "Sharma"]
    assert groups(ms) == [
        ["Devendra Sharma", "Sharma", "Devendra Sharma", "Sharma"],
        ["RK Sharma", "Sharma"],
    ]


def test_short_form_before_any_full_name_goes_to_the_nearest_after():
    ms = ["Sharma", "RK Sharma", "Devendra Sharma"]
    assert groups(ms) == [["Sharma", "RK Sharma"], ["Devendra Sharma"]]


def test_most_recent_uses_character_offsets():
    ms = [
        NameMention("Sharma", 300, 306),
        NameMention("Devendra Sharma", 0, 15),
        NameMention("RK Sharma", 200, 209),
        NameMention("Sharma", 100, 106),
    ]
    clusters = resolve_mentions(ms)
    assert [c.canonical for c in clusters] == ["Devendra Sharma", "RK Sharma"]
    assert clusters[0].members == [1, 3]  # text order
    assert clusters[1].members == [2, 0]


def test_family_unit_shared_by_two_people():
    ms = ["Yousef Hamad Al-Jaber Al-Marzouq", "Al-Marzouq", "Marzouq Salem Al-Fahad Al-Marzouq", "Al-Marzouq"]
    assert groups(ms) == [ms[:2], ms[2:]]


def test_single_forms_without_a_full_name_cluster_together():
    ms = ["Khanh", "Hartley", "Khanh", "KHANH"]
    assert groups(ms) == [["Khanh", "Khanh", "KHANH"], ["Hartley"]]


def test_lone_given_name_prefers_a_family_name():
    # "Park" is a family name of one person: it does not join someone whose given name it might be
    ms = ["Park Yoon-joo", "Park"]
    assert groups(ms) == [["Park Yoon-joo", "Park"]]


def test_given_alone_can_be_switched_off():
    assert groups(["Haruki Matsumoto", "Haruki"], given_alone=False) == [["Haruki Matsumoto"], ["Haruki"]]


def test_no_chaining_through_a_shorter_form():
    # "Bhasin" is compatible with both, but the two full forms differ in their given names
    ms = ["Sunil Bhasin", "Bhasin", "Mohan Bhasin"]
    result = groups(ms)
    assert ["Sunil Bhasin", "Bhasin"] in result and ["Mohan Bhasin"] in result


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
        (["M A Abdul Karim", "Mohammad Ali Abdul Karim", "Karim"], "Mohammad Ali Abdul Karim"),
        (["Rodrigo Bautista Jr.", "Rodrigo T. Bautista Jr.", "Bautista"], "Rodrigo T. Bautista Jr."),
        (["Tran Quoc Khai", "Trần Quốc Khải", "Khải"], "Trần Quốc Khải"),
        (["Nishimura", "NISHIMURA Akiko"], "NISHIMURA Akiko"),
        (["Kim", "KIM Seong-ho", "Kim"], "KIM Seong-ho"),  # (a short family name in capitals is no initials)
        (["H.E. Dr. S. Jaishankar", "Jaishankar"], "S. Jaishankar"),
        (["RAMESH CHATURVEDI", "Ramesh Chaturvedi"], "Ramesh Chaturvedi"),
        (["Emilio S. Navarro, Jr.", "Navarro"], "Emilio S. Navarro, Jr."),
        (["Farzana", "Sheikh Farzana"], "Farzana"),
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
    clusters = resolve_mentions(["H.E. Mesfin Tadesse", "Dr. Vivek Menon", NameMention("Ruth Abebe", anchored=True)])
    assert [c.anchored for c in clusters] == [True, False, True]


def test_resolver_class_and_empty_input():
    r = MentionClusterer(fuzzy_threshold=95)
    assert r([]) == []
    out = r(["Mesfin Tadesse", NameMention("Tadesse", 40, 47)])
    assert isinstance(out[0], Cluster) and out[0].members == [0, 1]


def test_empty_mention_text_is_its_own_cluster():
    clusters = resolve_mentions(["", "Chaturvedi", "Ramesh Chaturvedi"])
    assert sorted(sorted(c.members) for c in clusters) == [[0], [1, 2]]


def test_many_mentions_are_fast():
    import time

    names = [f"Given{i} Family{i % 500}" for i in range(3000)] + [f"Family{i}" for i in range(500)]
    t = time.perf_counter()
    clusters = resolve_mentions(names)
    assert time.perf_counter() - t < 10
    assert sum(len(c.members) for c in clusters) == len(names)


# -- properties ----------------------------------------------------------------------------------
_first = st.sampled_from(["Ali", "Vivek", "Sergey", "Akiko", "Devendra", "Ravi", "Haruki", "Dong-hyuk", "Minh", "Ruth"])
_family = st.sampled_from(["Sharma", "Orlov", "Nishimura", "NISHIMURA", "Cho", "Nguyen", "Al Qasimi", "Rao", "Abebe"])
_initial = st.sampled_from(["S.", "RK", "A K", "R"])
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


def test_family_first_name_by_its_last_given_names():
    ms = ["Đinh Thị Thu Hà", "Thu Hà", "Nguyễn Văn Hà"]
    assert groups(ms) == [["Đinh Thị Thu Hà", "Thu Hà"], ["Nguyễn Văn Hà"]]


def test_patronymic_name_by_its_given_names():
    ms = ["Faizal Hakim bin Osman Rahmat", "Faizal Hakim", "Faizal Rahman"]
    assert groups(ms) == [["Faizal Hakim bin Osman Rahmat", "Faizal Hakim"], ["Faizal Rahman"]]


# -- many namesakes: blocked candidates, linear time ----------------------------------------------
def _namesakes(n: int) -> list[str]:
    """n distinct people sharing a family name, each named in full, by initial and alone."""
    import random
    import string

    rnd = random.Random(7)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < 3 * n:
        g = rnd.choice(string.ascii_uppercase) + "".join(
            rnd.choice("aeiou" if j % 2 else "bdfgklmnprstvz") for j in range(7))
        if g in seen:
            continue
        seen.add(g)
        out += [f"{g} Sharma", f"{g[0]}. Sharma", "Sharma"]
    return out


def test_thousands_of_namesakes_resolve_in_bounded_time_and_stay_apart():
    import time

    names = _namesakes(3000)
    t0 = time.process_time()
    clusters = resolve_mentions(names)
    assert time.process_time() - t0 < 20  # comparing all pairs took minutes; blocking takes well under 1 s
    assert len(clusters) == 3000
    # each person's initial and bare family name join the person named just before
    assert all(c.members == [3 * k, 3 * k + 1, 3 * k + 2] for k, c in enumerate(clusters))


def test_blocked_candidates_give_the_same_clusters_on_ordinary_lists(monkeypatch):
    import random

    import dialogue_extract.resolve as res

    rnd = random.Random(3)
    families = ["Sharma", "Jaishankar", "Wong", "Kim", "Nguyen", "Al Qasimi", "Le Floch", "Singh", "NISHIMURA"]
    givens = ["Penny", "Subrahmanyam", "S.", "Devendra", "RK", "Anita", "A.", "Jong Un", "Akiko",
              "Hamad bin Sultan", "Jean-Marc", "Mohamed", "Mohammed", "Lan Anh", "Dr. S."]
    for _ in range(150):
        ms = []
        for _ in range(rnd.randint(2, 30)):
            r = rnd.random()
            text = (f"{rnd.choice(givens)} {rnd.choice(families)}" if r < 0.6 else rnd.choice(families)
                    if r < 0.8 else f"{rnd.choice(families)} {rnd.choice(givens)}")
            ms.append(NameMention(text, start=rnd.randint(0, 3000), country=rnd.choice([None, "IND", "KOR"])))
        exact = [(c.canonical, c.members, c.country) for c in resolve_mentions(ms)]
        monkeypatch.setattr(res, "BLOCK_ABOVE", 0)
        blocked = [(c.canonical, c.members, c.country) for c in resolve_mentions(ms)]
        monkeypatch.setattr(res, "BLOCK_ABOVE", 32)
        assert blocked == exact, [m.text for m in ms]


@pytest.mark.parametrize("block_above", [1, 2, 4, 8])
def test_blocks_made_midway_give_the_same_clusters_on_ordinary_lists(monkeypatch, block_above):
    """Blocks are made the first time a word is shared by more than BLOCK_ABOVE clusters, from the
    order in which the clusters were last mentioned: on lists where blocks kept from the first
    mention give the exact clusters, so do blocks made midway."""
    import random

    import dialogue_extract.resolve as res

    rnd = random.Random(block_above)
    families = ["Sharma", "Jaishankar", "Wong", "Kim", "Al Qasimi", "Singh"]
    givens = ["Penny", "Subrahmanyam", "S.", "Devendra", "RK", "Anita", "A.", "Jong Un", "Akiko",
              "Hamad bin Sultan", "Mohamed", "Mohammed", "Dr. S.", "Gita", "G."]
    for _ in range(100):
        ms = []
        for _ in range(rnd.randint(2, 40)):
            r = rnd.random()
            text = (f"{rnd.choice(givens)} {rnd.choice(families)}" if r < 0.7 else rnd.choice(families)
                    if r < 0.85 else f"{rnd.choice(families)} {rnd.choice(givens)}")
            ms.append(NameMention(text, start=rnd.randint(0, 3000), country=rnd.choice([None, "IND", "KOR"])))
        exact = [(c.canonical, c.members, c.country) for c in resolve_mentions(ms)]
        monkeypatch.setattr(res, "BLOCK_ABOVE", 0)
        if [(c.canonical, c.members, c.country) for c in resolve_mentions(ms)] != exact:
            monkeypatch.setattr(res, "BLOCK_ABOVE", 32)
            continue  # a list blocking changes: not an ordinary one
        monkeypatch.setattr(res, "BLOCK_ABOVE", block_above)
        midway = [(c.canonical, c.members, c.country) for c in resolve_mentions(ms)]
        monkeypatch.setattr(res, "BLOCK_ABOVE", 32)
        assert midway == exact, [m.text for m in ms]


@pytest.mark.parametrize("full, short", [
    ("Ana Lucía del Castillo Ospina", "del Castillo"),
    ("Juan Ramón de la Fuente Ramírez", "de la Fuente"),
    ("Pedro Luis da Silva Costa", "da Silva"),
])
def test_first_surname_with_its_particles_joins_the_full_name(full, short):
    clusters = resolve_mentions([NameMention(text=full, start=0, end=len(full), anchored=True),
                                 NameMention(text=short, start=100, end=100 + len(short), anchored=True)])
    assert [c.canonical for c in clusters] == [full]


@pytest.mark.parametrize("full, short", [
    # a second surname joined by "y" / "e": the first surname, particles and all, is used alone
    ("Luis Alberto del Valle y Ortega", "del Valle"),
    ("Rosa Elena de la Cruz y Montes", "De la Cruz"),
    ("Carlos Alberto Fonseca e Sousa", "Fonseca"),
])
def test_first_surname_before_a_joined_second_surname_joins_the_full_name(full, short):
    clusters = resolve_mentions([NameMention(text=full, start=0, end=len(full), anchored=True),
                                 NameMention(text=short, start=100, end=100 + len(short), anchored=True)])
    assert [c.canonical for c in clusters] == [full]


@pytest.mark.parametrize("full, short", [
    # the last word of a lineage name is a forebear's: the father, not another spelling of the son
    ("Hamzah bin Talal II", "Talal II"),
    ("Turki bin Faisal", "Faisal"),
    ("Mansour bin Rashid bin Khalifa", "Khalifa"),
])
def test_a_forebears_name_alone_is_not_the_lineage_name(full, short):
    clusters = resolve_mentions([NameMention(text=full, start=0, end=len(full), anchored=True),
                                 NameMention(text=short, start=100, end=100 + len(short), anchored=True)])
    assert len(clusters) == 2


def test_first_surname_with_particles_stays_apart_from_another_family():
    clusters = resolve_mentions([NameMention(text="Ana Lucía del Castillo Ospina", start=0, end=29, anchored=True),
                                 NameMention(text="del Río", start=100, end=107, anchored=True)])
    assert len(clusters) == 2


def test_a_full_given_name_is_fuller_than_initials():
    from dialogue_extract.names import parse_name
    from dialogue_extract.resolve import _canonical_score
    assert _canonical_score(parse_name("Sergey Kalinin")) > _canonical_score(parse_name("S.V. Kalinin"))
    assert _canonical_score(parse_name("Jane A. Roe")) > _canonical_score(parse_name("Jane Roe"))


def test_initials_of_two_letters_are_no_fuller_than_the_given_names():
    from dialogue_extract.names import parse_name
    from dialogue_extract.resolve import _canonical_score
    assert _canonical_score(parse_name("Oleg Yuryevich Sobchenko")) > _canonical_score(parse_name("O.Yu. Sobchenko"))


@pytest.mark.parametrize("full, variant", [
    ("Mohamed Adel Farouk", "Muhammad Farouk"),
    ("Sergey Pavlovich Orekhov", "Sergei Orekhov"),
    ("Youssef Karim Haddad", "Yusuf Haddad"),
])
def test_transliterations_of_one_given_name_are_one_person(full, variant):
    clusters = resolve_mentions([NameMention(text=full, start=0, end=len(full), anchored=True),
                                 NameMention(text=variant, start=100, end=100 + len(variant), anchored=True)])
    assert len(clusters) == 1


def test_different_given_names_of_one_family_stay_two_people():
    clusters = resolve_mentions([NameMention(text="Ahmad Haddad", start=0, end=12, anchored=True),
                                 NameMention(text="Mahmoud Haddad", start=100, end=114, anchored=True)])
    assert len(clusters) == 2


def test_a_name_whose_family_names_are_written_in_capitals_is_the_same_name():
    from dialogue_extract.names import names_compatible, parse_name
    assert names_compatible("Rosa Elena MÁRQUEZ VILLALBA", "Rosa Elena Márquez Villalba")
    assert parse_name("Rosa Elena MÁRQUEZ VILLALBA").family == "VILLALBA"
    assert parse_name("TANAKA Hiroshi").family_first  # (capitals first: the family name, read first)


@pytest.mark.parametrize("text", [
    "Governor Ana Lucía PÉREZ QUISPE («Lucía Pérez») spoke.",
    "Deputy João Carlos Mendes Araújo (Joca Araújo) spoke.",
    "Minister Olusegun Adebayo Bakare \u201cSegun Bakare\u201d spoke.",
])
def test_a_name_in_brackets_after_a_full_name_joins_its_cluster(text):
    from dialogue_extract.resolve import NameMention, merge_bracketed_aliases, resolve_mentions

    first_start = text.index(" ") + 1
    open_at = min(i for i in (text.find("("), text.find("«"), text.find("\u201c")) if i >= 0)
    first = text[first_start:open_at].strip()
    alias_start = open_at + 1 + (text[open_at + 1] in "«(")
    alias_end = min(i for i in (text.find(")"), text.find("»"), text.find("\u201d")) if i > alias_start)
    mentions = [NameMention(text=first, start=first_start, end=first_start + len(first)),
                NameMention(text=text[alias_start:alias_end], start=alias_start, end=alias_end)]
    clusters = merge_bracketed_aliases(text, mentions, resolve_mentions(mentions))
    assert len(clusters) == 1 and clusters[0].members == [0, 1]
    assert clusters[0].canonical == resolve_mentions(mentions[:1])[0].canonical
