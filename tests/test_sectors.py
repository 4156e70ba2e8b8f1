"""Tests for the sector taxonomy (dialogue_extract.sectors) and the de_sectors component."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from dialogue_extract.pipeline import load
from dialogue_extract.pipeline.components.sectors import blocklist_patterns, pattern_anchors, pattern_is_exact
from dialogue_extract.sectors import SECTOR_IDS, read_patterns, sector_ids, sector_label, sector_scope


@pytest.fixture(scope="module")
def nlp():
    return load()


def run(nlp, text, titles=(), organizations=()):
    """Run only the sectors component, with hand-made title and organisation spans (token ranges)."""
    doc = nlp.make_doc(text)
    doc.spans["titles"] = [Span(doc, s, e, label="TITLE") for s, e in titles]
    doc.spans["organizations"] = [Span(doc, s, e, label="ORG") for s, e in organizations]
    nlp.get_pipe("sectors")(doc)
    return doc


def ids(nlp, text, **kw):
    doc = run(nlp, text, **kw)
    return {s.kb_id_ for s in doc.spans["sectors"]}


def test_taxonomy():
    assert len(SECTOR_IDS) == 32 and SECTOR_IDS == sector_ids()
    assert sector_label("renewable_energy") == "Renewable energy"
    assert "chips" in sector_scope("semiconductors")
    assert sector_label("made_up") == "Made up"


def test_every_pattern_id_is_in_taxonomy_and_every_id_has_patterns():
    used = {p["id"] for p in read_patterns()}
    assert used <= set(SECTOR_IDS)
    assert used == set(SECTOR_IDS)


@pytest.mark.parametrize(
    "text,sid",
    [
        ("They discussed AI and machine learning.", "artificial_intelligence"),
        ("Cooperation on artificial intelligence.", "artificial_intelligence"),
        ("Semiconductors and chips were discussed.", "semiconductors"),
        ("a semi-conductor plant", "semiconductors"),
        ("defence ties", "defence"), ("defense ties", "defence"), ("the armed forces", "defence"),
        ("S&T cooperation", "science_technology"), ("science and technology", "science_technology"),
        ("emerging technologies", "science_technology"),
        ("trade and investment", "trade_investment"), ("economic and commercial ties", "trade_investment"),
        ("an early FTA", "trade_investment"), ("the CEPA review", "trade_investment"),
        ("people-to-people exchanges", "people_to_people"),
        ("counter-terrorism", "counter_terrorism"), ("terror financing", "counter_terrorism"),
        ("renewable energy", "renewable_energy"), ("solar parks", "renewable_energy"),
        ("the International Solar Alliance", "renewable_energy"),
        ("water sharing of rivers", "water_resources"),
        ("reform of the UN", "multilateral"), ("the G20 agenda", "multilateral"), ("BRICS", "multilateral"),
        ("the Quad", "multilateral"), ("the QUAD", "multilateral"), ("multilateral fora", "multilateral"),
        ("maritime security", "maritime"), ("food security", "agriculture"), ("energy security", "energy"),
        ("cyber security", "cyber"), ("visas for students", "mobility_consular"),
        ("innovation, space, defence", "space"), ("DEFENCE COOPERATION", "defence"),
    ],
)
def test_synonyms(nlp, text, sid):
    assert sid in ids(nlp, text)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Students of AIIMS and Air India staff", "artificial_intelligence"),
        ("He said it was fine.", "artificial_intelligence"),
        ("She chips in with ideas.", "semiconductors"),
        ("a trade-off between goals", "trade_investment"),
        ("the security guard at the door", "security"),
        ("a culture of impunity", "culture"),
        ("we need space for dialogue", "space"),
        ("the un-named official", "multilateral"),
        ("Met on the margins of the G20 Summit in Osaka", "multilateral"),
        ("United Nations Security Council reform", "security"),
    ],
)
def test_look_alikes(nlp, text, absent):
    assert absent not in ids(nlp, text)


def test_titles_exclude():
    nlp = load()
    # "Minister of Science and ICT Kim" : title covers tokens 0-5
    assert ids(nlp, "Minister of Science and ICT Kim met them.", titles=[(0, 5)]) == set()
    assert "security" not in ids(nlp, "National Security Advisor Mehta spoke.", titles=[(0, 3)])
    # "QUAD" is an organisation, "Sherpa" a title: the name modifies the title
    assert "multilateral" not in ids(nlp, "Japan's QUAD Sherpa spoke.", titles=[(3, 4)], organizations=[(2, 3)])


def test_organizations():
    nlp = load()
    # a sector word inside a longer organisation name does not count
    assert "trade_investment" not in ids(nlp, "the Ministry of Commerce said", organizations=[(1, 4)])
    # an organisation that is itself a forum does
    assert "multilateral" in ids(nlp, "cooperation in the Quad framework", organizations=[(3, 4)])


def test_boilerplate_skipped(nlp):
    doc = nlp.make_doc("Talks on trade. Related: defence news")
    doc.spans["boilerplate"] = [Span(doc, 4, len(doc), label="X")]
    nlp.get_pipe("sectors")(doc)
    assert [s.kb_id_ for s in doc.spans["sectors"]] == ["trade_investment"]


@pytest.mark.parametrize(
    "phrase,exact",
    [("AI", True), ("S&T", True), ("G20", True), ("5G", True), ("FinTech", True), ("iCET", True),
     ("trade", False), ("people-to-people", False), ("Covid-19", False)],
)
def test_pattern_is_exact(phrase, exact):
    assert pattern_is_exact(phrase) is exact


def test_pattern_helpers(nlp):
    assert pattern_anchors([{"ORTH": ","}, {"LOWER": "space"}]) == frozenset({"space"})
    assert pattern_anchors([{"ORTH": ","}]) is None
    pats = blocklist_patterns(nlp, "margins of the * Summit")
    assert len(pats) == 3 and all(p[-1] == {"LOWER": "summit"} for p in pats)


_WORDS = ["AI", "trade", "chips", "in", "the", "UN", "Quad", "security", "guard", ",", "space", "and",
          "defence", "Air", "India", "S&T", "people-to-people", "-", "renewable", "energy", "Summit"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25))
def test_spans_are_valid(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    for s in doc.spans["sectors"]:
        assert s.kb_id_ in SECTOR_IDS
        assert s.label_ == "SECTOR"
        assert text[s.start_char:s.end_char] == s.text
