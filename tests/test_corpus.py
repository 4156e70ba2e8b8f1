"""Corpus-wide registry: stable entity ids across documents, merges and non-merges."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_extract.corpus import CorpusRegistry, entity_slug, resolve_corpus
from dialogue_extract.results import Extraction, Mention, Official


def official(oid: str, name: str, *, aliases=(), titles=(), country=None, organization=None) -> Official:
    return Official(id=oid, name=name, aliases=list(aliases), titles=list(titles), country=country,
                    organization=organization, mentions=[Mention(text=name, start=0, end=len(name))])


def doc(*officials: Official, date=None) -> Extraction:
    return Extraction(officials=list(officials), reference_date=date)


def test_name_variants_across_documents_get_one_id():
    reg = CorpusRegistry()
    a = reg.add("d1", doc(official("P1", "P. Kumaran", titles=["External Affairs Minister"], country="IND")),
                reference_date="2023-05-02")
    b = reg.add("d2", doc(official("P1", "P Kumaran", aliases=["Dr. P Kumaran"], country="IND")))
    c = reg.add("d3", doc(official("P2", "Periasamy Kumaran", titles=["EAM"]), date="2024-01-09"))
    assert a["P1"] == b["P1"] == c["P2"]
    (ent,) = reg.entities()
    assert ent.name == "Periasamy Kumaran"  # the fullest form
    assert ent.id == a["P1"]  # the id does not change when a fuller name arrives
    d = ent.to_dict()
    assert d["documents"] == ["d1", "d2", "d3"]
    assert {"P. Kumaran", "P Kumaran", "Dr. P Kumaran"} <= set(d["aliases"])
    assert d["country"] == "IND"
    titles = {t["title"]: t["dates"] for t in d["titles"]}
    assert titles == {"External Affairs Minister": ["2023-05-02"], "EAM": ["2024-01-09"]}
    assert (d["first_date"], d["last_date"]) == ("2023-05-02", "2024-01-09")


def test_same_surname_different_given_names_are_different_people():
    reg = CorpusRegistry()
    a = reg.add("d1", doc(official("P1", "Subrahmanyam Jaishankar")))
    b = reg.add("d2", doc(official("P1", "Sanjay Jaishankar")))
    assert a["P1"] != b["P1"]


def test_initial_compatible_with_two_people_is_not_merged_into_either():
    reg = CorpusRegistry()
    a = reg.add("d1", doc(official("P1", "Subrahmanyam Jaishankar")))
    b = reg.add("d2", doc(official("P1", "Sanjay Jaishankar")))
    c = reg.add("d3", doc(official("P1", "S. Jaishankar")))
    assert c["P1"] not in (a["P1"], b["P1"])


def test_initial_form_does_not_chain_two_people_together():
    reg = CorpusRegistry()
    a = reg.add("d1", doc(official("P1", "S. Jaishankar")))
    b = reg.add("d2", doc(official("P1", "Subrahmanyam Jaishankar")))
    c = reg.add("d3", doc(official("P1", "Sanjay Jaishankar")))
    assert a["P1"] == b["P1"] != c["P1"]


def test_conflicting_countries_block_a_merge():
    reg = CorpusRegistry()
    a = reg.add("d1", doc(official("P1", "Maria Castellanos", country="MEX")))
    b = reg.add("d2", doc(official("P1", "Maria Castellanos", country="ESP")))
    assert a["P1"] != b["P1"]
    # without a country the name fits both: ambiguous, so it is merged into neither
    c = reg.add("d3", doc(official("P1", "Maria Castellanos")))
    assert c["P1"] not in (a["P1"], b["P1"])


def test_repeated_ambiguous_name_opens_one_entity_not_many():
    reg = CorpusRegistry()
    reg.add("d1", doc(official("P1", "Maria Castellanos", country="MEX")))
    reg.add("d2", doc(official("P1", "Maria Castellanos", country="ESP")))
    unknown = {reg.add(f"u{i}", doc(official("P1", "Maria Castellanos")))["P1"] for i in range(5)}
    assert len(unknown) == 1
    bare = {reg.add(f"b{i}", doc(official("P1", "Castellanos", country="MEX")))["P1"] for i in range(3)}
    assert len(bare) == 1
    assert len(reg) == 3


def test_missing_country_joins_the_only_candidate_and_fills_country():
    reg = CorpusRegistry()
    a = reg.add("d1", doc(official("P1", "Maria Castellanos")))
    b = reg.add("d2", doc(official("P1", "Maria Castellanos", country="MEX")))
    assert a["P1"] == b["P1"] and reg[a["P1"]].country == "MEX"
    c = reg.add("d3", doc(official("P1", "Maria Castellanos", country="ESP")))
    assert c["P1"] != a["P1"]


def test_surname_only_attached_only_when_unambiguous():
    reg = CorpusRegistry()
    kim = reg.add("d1", doc(official("P1", "Haruka Onodera", country="JPN")))["P1"]
    assert reg.add("d2", doc(official("P1", "Onodera", country="JPN")))["P1"] == kim
    reg.add("d3", doc(official("P1", "Kenji Onodera", country="JPN")))
    ambiguous = reg.add("d4", doc(official("P1", "Onodera", country="JPN")))["P1"]
    assert ambiguous != kim


def test_family_first_and_given_first_orders_merge():
    reg = CorpusRegistry()
    a = reg.add("d1", doc(official("P1", "Matsumoto Haruki", country="JPN")))
    b = reg.add("d2", doc(official("P1", "Haruki Matsumoto", country="JPN")))
    assert a["P1"] == b["P1"]


def test_two_officials_in_one_document_stay_apart_and_json_form_is_accepted():
    reg = CorpusRegistry()
    ex = doc(official("P1", "Claire Dubreuil", country="FRA"), official("P2", "Matthias Kornfeld", country="DEU"))
    ids = reg.add("d1", ex.model_dump(mode="json"))
    assert ids["P1"] != ids["P2"]
    assert reg.entity_id("d1", "P2") == ids["P2"]
    assert reg.add("d1", ex) == ids  # adding the same document again changes nothing
    assert reg[ids["P1"]].documents == ["d1"]


def test_ids_are_slug_and_hash_and_stable_across_runs():
    exs = [("a", doc(official("P1", "Dr. Amara Okonkwo", country="NGA"))),
           ("b", doc(official("P1", "Lucas Ferreira")))]
    ids1 = [e.id for e in resolve_corpus(exs).entities()]
    ids2 = [e.id for e in resolve_corpus(exs).entities()]
    assert ids1 == ids2
    assert ids1[0].startswith("dr-amara-okonkwo-") and len(ids1[0].rsplit("-", 1)[1]) == 6


def test_same_name_same_country_different_people_get_distinct_ids():
    reg = CorpusRegistry()
    a = reg.add("d1", doc(official("P1", "Kenji Onodera", country="JPN"), official("P2", "Haruka Onodera",
                                                                                  country="JPN")))
    reg.add("d2", doc(official("P1", "K. Onodera", country="JPN")))
    ids = [e.id for e in reg.entities()]
    assert len(ids) == len(set(ids))
    assert a["P1"] != a["P2"]


def test_to_jsonl(tmp_path):
    reg = resolve_corpus([doc(official("P1", "Sofia Lindqvist", titles=["State Secretary"], country="SWE"))])
    path = reg.to_jsonl(tmp_path / "entities.jsonl")
    (line,) = path.read_text(encoding="utf-8").splitlines()
    ent = json.loads(line)
    assert ent["name"] == "Sofia Lindqvist" and ent["documents"] == ["doc-000001"]
    assert ent["titles"] == [{"title": "State Secretary", "dates": []}]


@pytest.mark.parametrize("name,slug", [("Dr. S. Jaishankar", "dr-s-jaishankar"), ("Ahmed Al-Mansouri", "ahmed-al-mansouri"),
                                       ("Šefčovič", "sefcovic"), ("...", "entity")])
def test_entity_slug(name, slug):
    assert entity_slug(name) == slug


NAMES = st.sampled_from(["Claire Dubreuil", "C. Dubreuil", "Dubreuil", "Matthias Kornfeld", "M. Kornfeld",
                         "Elena Marchetti", "Enzo Marchetti", "E. Marchetti", "Marchetti", "Zhao Wei", "ZHAO Wei"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.tuples(NAMES, st.sampled_from([None, "FRA", "ITA"])), min_size=1, max_size=3),
                min_size=1, max_size=8))
def test_every_official_gets_exactly_one_existing_entity(docs):
    reg = CorpusRegistry()
    for i, people in enumerate(docs):
        ex = doc(*(official(f"P{k}", n, country=c) for k, (n, c) in enumerate(people)))
        ids = reg.add(f"d{i}", ex)
        assert set(ids) == {f"P{k}" for k in range(len(people))}
        for eid in ids.values():
            assert f"d{i}" in reg[eid].documents
    ents = reg.entities()
    assert len({e.id for e in ents}) == len(ents)
    for e in ents:  # never two known countries on one entity, never incompatible given names
        assert e.country in (None, "FRA", "ITA")
        assert not ({"Elena Marchetti", "Enzo Marchetti"} <= e.aliases)


@pytest.mark.parametrize("order, expected", [
    (["d1", "d2", "d1"], ["d1", "d2"]),  # a document added again later
    (["d1", "d1", "d2"], ["d1", "d2"]),  # two officials of one document
    (["d2", "d1", "d3", "d1", "d3"], ["d2", "d1", "d3"]),
])
def test_each_document_is_listed_once_in_order_of_first_use(order, expected):
    reg = CorpusRegistry()
    for i, doc_id in enumerate(order):
        off = Official(id=f"P{i}", name="Arvind Mehrotra", country="IND",
                       mentions=[Mention(text="Arvind Mehrotra", start=0, end=15)])
        reg.add_official(doc_id, off)
    assert [e.documents for e in reg.entities()] == [expected]
