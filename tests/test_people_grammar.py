"""The person finder reads written words with the grammar parse_name takes names apart by: one
pattern of initials, one set of honorifics, particles and suffixes, one key per word."""
from __future__ import annotations

import pytest

from dialogue_extract import names
from dialogue_extract.data import data_path
from dialogue_extract.people import PersonGrammar, PersonLexicon
from dialogue_extract.people.grammar import INITIAL, find_forms, is_headline


@pytest.fixture(scope="module")
def grammar():
    return PersonGrammar(PersonLexicon.from_files(data_path("persons.json")))


@pytest.mark.parametrize("word, kind", [
    ("Kumaran", "word"), ("NISHIMURA", "caps"), ("S.", "initial"), ("RK", "initial"), ("J.-P.", "initial"),
    ("bin", "particle"), ("Al", "particle"), ("Jr.", "suffix"), ("Jr", "suffix"), ("III", "suffix"),
    ("Shri", "honorific"), ("H.E.", "honorific"), ("Dato'", "honorific"), ("the", None), ("2024", None),
])
def test_word_kinds(grammar, word, kind):
    assert grammar.word_kind(word, True) == kind


def test_one_grammar_for_finding_and_parsing_names(grammar):
    assert INITIAL is names.INITIALS
    lex = grammar.lex.names
    assert lex is names.load_lexicon(data_path("names"))
    # what parse_name strips as a suffix or an honorific, the finder reads as one
    parsed = names.parse_name("Shri Ramon Ortega III")
    assert parsed.suffix == "III" and grammar.word_kind(parsed.suffix, True) == "suffix"
    assert parsed.honorifics == ("Shri",) and grammar.word_kind("Shri", True) == "honorific"
    assert names.parse_name("J.-P. Lemoine").initials == ("J", "P") and grammar.word_kind("J.-P.", False) == "initial"
    # every honorific form the finder matches in text is one parse_name strips
    for form, strength in grammar.lex.honorific_forms:
        assert names.parse_name(form + " Ana Ruiz").honorifics, form


def test_find_forms_and_headlines():
    text = "Cho met Le Floch. Le Flochs left; Cho-ri stayed."
    starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1].isalpha())]
    assert [text[s:e] for s, e in find_forms(text, starts, {"Cho", "Le Floch"})] == ["Cho", "Le Floch"]
    assert is_headline("EAM Venkatesh Meets Haddad In Delhi\n\nThe minister said.", 0)
    assert not is_headline("The minister met his counterpart in Delhi on Monday.\n", 0)


def _official(ident, text, name, country=None, inferred=False):
    from dialogue_extract.people import MentionSpan, OfficialInfo

    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    return OfficialInfo(ident, name, country=country, country_inferred=inferred,
                        country_source="title" if country else None,
                        mentions=[MentionSpan(name, s, s + len(name)) for s in starts])


def test_delegation_members_take_the_state_of_the_person_they_accompany():
    from dialogue_extract.people.context import countries_from_context

    text = "Prime Minister Lind was accompanied by Ms. Jane Roe, Minister of Trade. Roe spoke."
    lind, roe = _official("P1", text, "Lind", "NOR"), _official("P2", text, "Jane Roe", "SWE", inferred=True)
    countries_from_context(text, [lind, roe], [])
    assert (roe.country, roe.country_inferred, roe.country_source) == ("NOR", False, "delegation")
    assert lind.country_source == "title"


def test_a_counterpart_puts_the_subject_on_the_other_side():
    from dialogue_extract.people.context import countries_from_context

    text = "Spain and Indonesia held talks. Defence Minister Ana Ruiz and her Indonesian counterpart, Budi Santoso, met."
    ruiz, santoso = _official("P1", text, "Ana Ruiz"), _official("P2", text, "Budi Santoso", "IDN")
    named = [(text.index("Spain"), "ESP"), (text.index("Indonesia "), "IDN"), (text.index("Indonesian"), "IDN")]
    countries_from_context(text, [ruiz, santoso], named)
    assert (ruiz.country, ruiz.country_source) == ("ESP", "context")
    assert santoso.country == "IDN"
