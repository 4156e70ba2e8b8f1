"""Tests for country lookup (dialogue_extract.countries) and the de_countries component."""
from __future__ import annotations

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from dialogue_extract.countries import (
    country_forms,
    country_name,
    demonym_forms,
    is_country_code,
    lookup_country,
    read_aliases,
    read_demonyms,
)
from dialogue_extract.pipeline import load


@pytest.fixture(scope="module")
def nlp():
    return load()


def found(nlp, text):
    doc = nlp(text)
    return [(s.text, s.kb_id_, s.label_) for s in doc.spans["countries"]]


def codes(nlp, text):
    return {kb for _, kb, _ in found(nlp, text)}


@pytest.mark.parametrize(
    "text,code",
    [
        ("ROK", "KOR"), ("Indian", "IND"), ("the Republic of Korea", "KOR"), ("South Korea", "KOR"),
        ("DPRK", "PRK"), ("U.S.", "USA"), ("United States of America", "USA"), ("Britain", "GBR"),
        ("UAE", "ARE"), ("Russian Federation", "RUS"), ("Việt Nam", "VNM"), ("Türkiye", "TUR"),
        ("Turkey", "TUR"), ("Ivory Coast", "CIV"), ("Burma", "MMR"), ("PRC", "CHN"),
        ("Federal Democratic Republic of Ethiopia", "ETH"), ("Plurinational State of Bolivia", "BOL"),
        ("Emirati", "ARE"), ("Filipino", "PHL"), ("Indians", "IND"), ("Saudi", "SAU"), ("india", "IND"),
        ("IND", "IND"), ("Custodian of the Two Holy Mosques", "SAU"),
    ],
)
def test_lookup_country(text, code):
    assert lookup_country(text) == code


@pytest.mark.parametrize("text", ["us", "uk", "Asia", "ASEAN", "Indo-Pacific", "European Union", "", "Antarctica"])
def test_lookup_country_rejects(text):
    assert lookup_country(text) is None


def test_country_name_and_codes():
    assert country_name("KOR") == "South Korea"
    assert country_name("XXX") == "XXX"
    assert is_country_code("IND") and not is_country_code("ind") and not is_country_code("EU")


def test_curated_codes_are_valid():
    valid = {c.alpha_3 for c in pycountry.countries}
    for form, code in read_aliases() + read_demonyms():
        assert code in valid, (form, code)
    assert set(country_forms().values()) <= valid
    assert set(demonym_forms().values()) <= valid


@pytest.mark.parametrize(
    "text,expected",
    [
        ("India and the Republic of Korea held talks.", {"IND", "KOR"}),
        ("The ROK and the UAE signed.", {"KOR", "ARE"}),
        ("The Indian Embassy hosted a Japanese delegation.", {"IND", "JPN"}),
        ("South Korean and North Korean officials met.", {"KOR", "PRK"}),
        ("Papua New Guinea and Equatorial Guinea", {"PNG", "GNQ"}),
        ("Niger and Nigeria; Dominica and the Dominican Republic", {"NER", "NGA", "DMA", "DOM"}),
        ("Guinea-Bissau and the Democratic Republic of the Congo", {"GNB", "COD"}),
        ("INDIA AND JAPAN SIGN AGREEMENT", {"IND", "JPN"}),
        ("India-ROK ties", {"IND", "KOR"}),
    ],
)
def test_component_finds(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Let us meet in the Indian Ocean near the Korean Peninsula.",
        "The South China Sea and the East China Sea.",
        "Exercises in the Philippine Sea and the peatlands of the Congo Basin.",
        "He flew to New Jersey.",
        "The talks were held at the Red House in Port of Spain.",
        "Latin American markets and the Indo-Pacific region.",
        "The Organization of American States met on the Pan-American Highway with the Inter-American Development Bank.",
        "ASEAN, the EU and the African Union in Asia and Africa.",
        "Jordan Peterson and Chad Smith spoke.",
        "roast turkey and a chad",
        "Q (Sophie Laurent, Agence France-Presse): Any news?",
        "Ravi Kumar, Press Trust of India: And the talks?",
        # the currency named after a state is an amount, not the state
        "Bilateral trade reached 4.7 billion US dollars last year.",
        "The loan of 300 million U.S. dollars will fund two ports.",
    ],
)
def test_component_ignores(nlp, text):
    assert codes(nlp, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The embassy in Lima offers Portuguese language courses to civil servants.", set()),
    ("Delegates from French-speaking countries met in Dakar.", set()),
    ("A German-language newspaper covered the visit of the Austrian minister.", {"AUT"}),
    ("The Spanish delegation and the Italian Ambassador attended.", {"ESP", "ITA"}),
    ("The talks in Hanoi were held in Vietnamese and English.", set()),
    ("The joint communique, issued in Arabic, French and English, was signed by both ministers.", set()),
    ("The treaty was translated into Turkish. The Greek minister welcomed it.", {"GRC"}),
    ("The fund will invest in Japanese and Korean start-ups.", {"JPN", "KOR"}),
    ("Both leaders spoke in Russian", set()),
    ("Spanish is now taught in more universities than ever before.", set()),
    ("More officers learn Portuguese at the institute; Thai methods are studied too.", {"THA"}),
])
def test_a_language_named_by_a_demonym_is_no_state(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize("text, code", [
    ("Ambassador to Chad Kenji Mori arrived.", "TCD"),
    ("The UNICEF Representative in Jordan Ali Rahimi spoke.", "JOR"),
    ("Special Envoy to Georgia Anna Berg visited Tbilisi.", "GEO"),
    ("The First Deputy Minister of Economy of Georgia Levan Kobakhidze opened the forum.", "GEO"),
])
def test_a_given_name_country_after_to_or_in_is_the_state(nlp, text, code):
    assert codes(nlp, text) == {code}


def test_a_given_name_country_after_of_is_a_name_after_a_lowercase_word(nlp):
    assert codes(nlp, "He read the remarks of Georgia Hale to the press.") == set()


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister of Portugal, Luís Montenegro, met Sánchez.", {"PRT"}),
    ("Minister Ana Jordan spoke. Jordan said the talks went well.", set()),
    ("Senator Daniel Israel arrived; later Israel thanked the hosts.", set()),
    ("Serbia and Montenegro; the Kingdom of Jordan.", {"SRB", "MNE", "JOR"}),
    ("Prime Minister Luís Montenegro flew to Montenegro.", {"MNE"}),
    ("Dr. Rui Montenegro, and Montenegro's President.", {"MNE"}),
    ("Visit Jordan in spring.", {"JOR"}),
    ("Deputy Minister Lim Wei Thai opened the forum.", set()),
    ("Deputy Minister Lim Wei Thai opened the forum; the Thai delegation attended.", {"THA"}),
    ("Officers of the Royal Thai Air Force visited Pune.", {"THA"}),
    ("Indian and Thai officials met.", {"IND", "THA"}),
])
def test_a_country_name_that_is_a_family_name(nlp, text, expected):
    assert codes(nlp, text) == expected


def test_labels(nlp):
    assert found(nlp, "India and Indians") == [("India", "IND", "GPE"), ("Indians", "IND", "NORP")]


def test_abbreviations_exact_case(nlp):
    assert codes(nlp, "Tell us about the US.") == {"USA"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The U.S.-Vietnam partnership", [("U.S.", "USA"), ("Vietnam", "VNM")]),
        ("A U.S.-led initiative", [("U.S.", "USA")]),
        ("U.S.-South Korea drills", [("U.S.", "USA"), ("South Korea", "KOR")]),
    ],
)
def test_hyphen_joined_tokens(nlp, text, expected):
    doc = nlp(text)
    spans = doc.spans["countries"]
    assert [(s.text, s.kb_id_) for s in spans] == expected
    for s in spans:
        assert text[s.start_char:s.end_char] == s.text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The U.S.-Vietnam partnership", [8]),
        ("Japan–China–ROK and co-operation", [5, 11]),  # en dashes; no form beside the other hyphen
        ("a pro-India stance", [5]),  # a form after the hyphen
        ("Pro-Indianness", [3]),  # a form's start alone is enough: "Indian" starts "Indianness"
        ("well-known U.S.- Korea", [15]),  # a hyphen closing its chunk
        ("x-y - z", []),
        ("\u00a0India-\u3000-US\u2009-x", [6, 8]),  # Unicode blanks end chunks
        ("no hyphen here", []),
    ],
)
def test_hyphen_candidates(nlp, text, expected):
    comp = nlp.get_pipe("countries")
    hyphens = [i for i, c in enumerate(text) if c in "-–"]
    # every hyphen of a white-space-delimited chunk in which a piece between hyphens ends or starts
    # with a one-token form
    chunks = {}
    for q in hyphens:
        left = q
        while left and not text[left - 1].isspace():
            left -= 1
        chunks.setdefault(left, []).append(q)
    singles = comp._single_forms
    naive = []
    for left, qs in sorted(chunks.items()):
        if any(any(text[q - j:q] in singles for j in range(1, 16) if q - j >= left)
               or any(text[q + 1:q + 1 + j] in singles for j in range(1, 16)) for q in qs):
            naive += qs
    assert comp._hyphen_candidates(text) == naive == expected


def test_split_keeps_other_span_groups(nlp):
    comp = nlp.get_pipe("countries")
    doc = nlp.make_doc("Intro. The U.S.-Vietnam talks. Footer text")
    doc.spans["boilerplate"] = [Span(doc, len(doc) - 2, len(doc), label="X")]
    comp(doc)
    assert [s.text for s in doc.spans["boilerplate"]] == ["Footer text"]


def test_boilerplate_skipped(nlp):
    comp = nlp.get_pipe("countries")
    doc = nlp.make_doc("India met Japan. Related: China news")
    doc.spans["boilerplate"] = [Span(doc, 5, len(doc), label="X")]
    comp(doc)
    assert [s.kb_id_ for s in doc.spans["countries"]] == ["IND", "JPN"]


_WORDS = ["India", "U.S.-Vietnam", "ROK", "us", "Korean", "Peninsula", "Guinea", "Papua", "New", "-",
          "the", "Republic", "of", "Korea", "INDIA", "talks", ",", "Chad", "Smith", "Indian", "Ocean", "Türkiye"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from([" ", "", "\n"]))
def test_spans_are_valid(nlp, words, sep):
    text = sep.join(words) if sep else " ".join(words)
    doc = nlp(text)
    assert doc.text == text
    for s in doc.spans["countries"]:
        assert is_country_code(s.kb_id_)
        assert text[s.start_char:s.end_char] == s.text
        assert s.label_ in {"GPE", "NORP"}


@pytest.mark.parametrize("name, code", [
    ("Co-operative Republic of Guyana", "GUY"),
    ("Cooperative Republic of Guyana", "GUY"),
    ("Oriental Republic of Uruguay", "URY"),
    ("Republic of The Gambia", "GMB"),
    ("Commonwealth of The Bahamas", "BHS"),
    ("Democratic Republic of São Tomé and Príncipe", "STP"),
    ("Republic of Niger", "NER"),
])
def test_official_long_names_are_one_mention(nlp, name, code):
    """An official long name is matched whole, so an office 'of' it ('Vice-President of the
    Oriental Republic of Uruguay') keeps only its own words and the state is separable."""
    assert found(nlp, f"The Vice-President of the {name} spoke at the summit.") == [(name, code, "GPE")]


@pytest.mark.parametrize("text, expected", [
    ("Both states coordinate within the Community of Portuguese Language Countries.", set()),
    ("The Spanish Language Academy of Chile met in Santiago.", {"CHL"}),
    ("The Portuguese-Speaking African Countries group met in Luanda.", set()),
])
def test_a_language_in_a_bodys_capitalised_name_is_no_state(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demonym two states share means the one the text names, when the other goes unnamed
    ("The Republic of the Congo and Angola signed it. The Congolese delegation left.", {"COG", "AGO"}),
    ("Officials from Brazzaville and the Republic of Congo met. CONGOLESE PRODUCERS welcomed it.", {"COG"}),
    ("The Commonwealth of Dominica hosted the talks. Dominican farmers joined.", {"DMA"}),
    # the default state stays where the text names it, or names neither
    ("The Democratic Republic of the Congo and the Congo met. The Congolese side spoke.", {"COD", "COG"}),
    ("The Congolese side was led by its foreign minister.", {"COD"}),
    ("The Dominican Republic and Dominica met. Dominican exports grew.", {"DOM", "DMA"}),
])
def test_a_shared_demonym_follows_the_state_the_text_names(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The tunnel under the Strait of Gibraltar is an old dream.",
    "Oil platforms in the Gulf of Mexico were shut.",
    "Fishing fleets in the Gulf of Thailand returned to port.",
    "The Governor of East New Britain Province met the volunteers in Kokopo.",  # (islands named after states)
    "The office moved to 21 Dominica Drive, Kingston 5, near Ghana Street.",  # (streets named after states)
])
def test_a_sea_named_after_a_state_is_no_state(nlp, text):
    assert [s.text for s in nlp(text).spans["countries"]] == []


@pytest.mark.parametrize("text, codes", [
    ("Hanoi - Vietnamese students take Spanish courses at the university in Montevideo, Uruguay.", {"VNM", "URY"}),
    ("Seoul - The embassy offers Korean classes to Filipino workers.", {"PHL"}),
])
def test_a_language_s_courses_name_no_state(text, codes):
    import dialogue_extract as de
    assert {c.code for c in de.extract(text).countries} == codes
