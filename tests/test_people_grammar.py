"""The person finder reads written words with the grammar parse_name takes names apart by: one
pattern of initials, one set of honorifics, particles and suffixes, one key per word."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_extract import names
from dialogue_extract.data import data_path
from dialogue_extract.people import PersonGrammar, PersonLexicon
from dialogue_extract.people.grammar import INITIAL, find_forms, is_headline


@pytest.fixture(scope="module")
def grammar():
    return PersonGrammar(PersonLexicon.from_files(data_path("persons.json")))


@pytest.mark.parametrize("word, kind", [
    ("Kumaran", "word"), ("NISHIMURA", "caps"), ("ARÉVALO", "caps"), ("ÇELİK", "caps"), ("NDIAYE-SALL", "caps"), ("S.", "initial"), ("RK", "initial"), ("J.-P.", "initial"),
    ("bin", "particle"), ("Al", "particle"), ("Jr.", "suffix"), ("Jr", "suffix"), ("III", "suffix"),
    ("Shri", "honorific"), ("H.E.", "honorific"), ("Dato'", "honorific"), ("the", None), ("2024", None),
    ("'Uhila", "word"), ("\u02bbAna", "word"), ("\u2019Etuate", "word"), ("'Vision'", None), ("'the", None),
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


@pytest.mark.parametrize("text, first, second, gold", [
    # neither stated: the release names its own official first
    ("The commission was co-chaired by Minister Ana Ruiz and Minister Budi Santoso. Indonesia agreed.",
     ("Ana Ruiz", "ESP", True), ("Budi Santoso", "ESP", True), ("ESP", "IDN")),
    # the second one's state is stated: the first is on the other side
    ("The summit between President Ana Ruiz and Indonesian President Budi Santoso was held. Indonesia agreed.",
     ("Ana Ruiz", "IDN", True), ("Budi Santoso", "IDN", False), ("ESP", "IDN")),
    # a first co-chair named by title only is the release's own
    ("The session was co-chaired by EAM and Foreign Minister Budi Santoso. Indonesia agreed.",
     None, ("Budi Santoso", "ESP", True), (None, "IDN")),
    # three officials after the phrase: no pair
    ("It was co-chaired by Ana Ruiz and Budi Santoso on one side, and by Joko Widodo on the other. Indonesia.",
     ("Ana Ruiz", "ESP", True), ("Budi Santoso", "ESP", True), ("ESP", "ESP")),
])
def test_co_chairs_and_the_two_sides_of_a_meeting(text, first, second, gold):
    from dialogue_extract.people.context import sides_of_pairs

    officials = [_official("P%d" % i, text, *spec) for i, spec in enumerate((first, second)) if spec]
    if "Joko Widodo" in text:
        officials.append(_official("P9", text, "Joko Widodo", "ESP", True))
    named = [(i, "IDN") for i in range(len(text)) if text.startswith("Indonesia", i)]
    sides_of_pairs(text, officials, named, "ESP")
    by_name = {o.name: o.country for o in officials}
    assert (by_name.get(first[0]) if first else None, by_name[second[0]]) == gold


def test_staff_of_an_international_body_take_no_side():
    from dialogue_extract.people.context import sides_of_pairs

    text = "The talks between Minister Ana Ruiz and Under-Secretary-General Budi Santoso began. Indonesia agreed."
    ruiz, santoso = _official("P1", text, "Ana Ruiz", "ESP", True), _official("P2", text, "Budi Santoso")
    santoso.international = True
    sides_of_pairs(text, [ruiz, santoso], [(text.index("Indonesia"), "IDN")], "ESP")
    assert santoso.country is None
    santoso.give_country("IDN", "side")
    assert santoso.country is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdA1(. \n\t")), max_size=80), st.integers(0, 90))
def test_sentence_end_index_finds_what_a_search_from_the_position_finds(text, pos):
    from dialogue_extract.people.context import _SENTENCE_END, sentence_end

    pos = min(pos, len(text))
    m = _SENTENCE_END.search(text, pos)
    assert sentence_end(text, pos) == (m.start() if m else len(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. \n")), max_size=60), st.integers(0, 70))
def test_sentence_start_index_finds_what_searching_back_finds(text, pos):
    from dialogue_extract.people.context import sentence_start

    pos = min(pos, len(text))
    assert sentence_start(text, pos) == max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)) + 1


def _find_forms_token_by_token(text, starts, forms):
    """find_forms read the plain way: every token start, the forms indexed by three characters."""
    index = {}
    for f in sorted(forms, key=lambda f: (-len(f), f)):
        index.setdefault(f[:3], []).append(f)
    out, pos, n = [], 0, len(text)
    for s in starts:
        if s < pos or text[s:s + 3] not in index:
            continue
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_'’.-"):
            continue
        for f in index[text[s:s + 3]]:
            e = s + len(f)
            if text.startswith(f, s) and (e >= n or not (text[e].isalnum() or text[e] in "_-")):
                out.append((s, e))
                pos = e
                break
    return out


@pytest.mark.parametrize("text, forms", [
    ("Cho met Le Floch. Le Flochs left; Cho-ri stayed.", {"Cho", "Le Floch", "Floch"}),
    ("Kim Jong Un and Kim met. Jong Un said.", {"Kim Jong Un", "Kim", "Jong Un", "Jong"}),
    ("He met Wu", {"Wu", "Li"}),  # a form of two letters only where it ends the text
    ("Wu met Li. Wu", {"Wu"}),
    ("O'Neill and Neill; .Neill -Neill Neill_x", {"Neill", "O'Neill"}),
    ("", {"Cho"}),
    ("Cho", {"", "Cho"}),
])
def test_find_forms_reads_what_a_token_by_token_reading_reads(text, forms):
    starts = [i for i, c in enumerate(text) if not c.isspace() and (i == 0 or text[i - 1].isspace() or not c.isalnum())]
    assert find_forms(text, starts, forms) == _find_forms_token_by_token(text, starts, forms)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .-'\nC", max_size=40), st.sets(st.text(alphabet="abC.-'", min_size=1, max_size=5), max_size=4))
def test_find_forms_property(text, forms):
    starts = [i for i, c in enumerate(text) if not c.isspace() and (i == 0 or text[i - 1].isspace() or not c.isalnum())]
    assert find_forms(text, starts, forms) == _find_forms_token_by_token(text, starts, forms)


@pytest.mark.parametrize("pattern", [
    r"^[ \t]*(?P<name>[A-Z]\w+):", r"^$", r"^", r"^\s*", r"^a|b", r"^(?:Q|A)\b", r"x",
    r"^[ \t]*Asked by (?P<name>\w+)", r"^Q(?i:a)", r"(?i)^asked BY",
])
@pytest.mark.parametrize("text", ["", "\n", "\n\n", "Q: a\nA: b\n\nQ:\nab\n", "x\n\nAnn: hi\n Bob: yes\nCid:",
                                  "x\n  Asked by Ann\nASKED BY Bob\nQA Qa"])
def test_line_patterns_give_the_matches_of_finditer(pattern, text):
    import re

    from dialogue_extract.people.grammar import LinePattern

    expected = [(m.span(), m.groupdict()) for m in re.compile(pattern, re.MULTILINE).finditer(text)]
    assert [(m.span(), m.groupdict()) for m in LinePattern(pattern).finditer(text)] == expected


@pytest.mark.parametrize("country,inferred,international,opens", [
    (None, False, False, True),
    ("IND", True, False, True),  # the home state's guess
    ("IND", False, False, False),  # stated by the text
    (None, False, True, False),  # an international body's staff
    ("IND", True, True, True),
])
def test_official_open_to_country_says_whether_give_country_changes_it(country, inferred, international, opens):
    from dialogue_extract.people import OfficialInfo

    o = OfficialInfo(id="P1", name="Ana Ruiz", country=country, country_inferred=inferred, international=international)
    assert o.open_to_country is opens
    o.give_country("PER", "side")
    assert (o.country == "PER") is opens
    assert not o.open_to_country  # once given (or closed), nothing changes it


@pytest.mark.parametrize("text, name", [
    ("The Speaker of the Legislative Assembly of Tonga, Lord Fakafanua, met Hon. 'Uhila Moe Langi, "
     "the Minister of Health.", "'Uhila Moe Langi"),
    ("Samoa was represented by its Minister of Finance, Hon. \u02bbAna Lemalu Tuilagi.", "\u02bbAna Lemalu Tuilagi"),
])
def test_names_opening_on_a_glottal_stop(text, name):
    import dialogue_extract as de
    ex = de.extract(text)
    assert [m.text for o in ex.officials for m in o.mentions if m.text == name] == [name]


@pytest.mark.parametrize("text, headline", [
    # a "NAME, TITLE" cell of a table copied one cell a line, between cells of other kinds
    ("MoU on Cooperation in Sports\nShri Arvind Pillai, Joint Secretary\nPermanent Secretary\n", False),
    ("Protocol on Archives\nDr. Hema Joshi, Director General of Archives\nMinister of Culture\n", False),
    ("1.\nMs. Ana Ruiz, Deputy Minister of Trade\nAmbassador of India to Peru\n", False),
    # a numbered row of a participants list, the number on the row's line
    ("Members of the Delegation\n2. Dr. Ravi Menon, Ambassador of India to the State of Qatar\n", False),
    ("Annex\n(iii) Ms. Lina Haddad, Director of Protocol\n", False),
    # a Title Case headline naming a person stays one
    ("Shri Arvind Pillai Meets Trade Delegation\n\nThe Joint Secretary met them on Monday.", True),
])
def test_a_name_title_cell_opening_on_a_form_of_address_is_no_headline(text, headline):
    k = text.index("\n") + 1 if not headline else 0  # the second line (the cell), or the headline
    assert is_headline(text, k) is headline


@pytest.mark.parametrize("line, headline", [
    ("Members in attendance: Senator Abernethy (Chair), Senator Lyle Moss", False),
    ("Present at the meeting: Minister Jane Roe, Senator Tom Bell", False),
    ("India-Japan Summit: Prime Ministers Review Defence Ties", True),
    # an item of a programme, opening on its time, in capitals or not
    ("10:15 – Talks of President Maria Lenz with the Prime Minister of Chile Jorge Vidal Soto", False),
    ("10:15 – talks of President Maria Lenz with the Prime Minister of Chile Jorge Vidal Soto", False),
])
def test_a_labelled_list_line_is_no_headline(line, headline):
    assert is_headline("Hearing\n\n" + line + "\n\nThe committee met.", len("Hearing\n\n")) is headline
