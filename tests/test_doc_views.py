"""The per-Doc views the components share: span lists made once, one token view, sentence ids,
and the date finder read one expression at a time."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from dialogue_extract.dates.finder import DateFinder
from dialogue_extract.pipeline.groups import release_spans, spans_of
from dialogue_extract.pipeline.sector_frames import Sentences
from dialogue_extract.pipeline.text import TokenView, token_view


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _old_sentence_ids(doc):
    """The sentence ids as a loop over every token reads them."""
    ids, current, opens = [], 0, False
    for i, tok in enumerate(doc):
        if opens:
            current += 1
        elif tok.is_space:
            breaks = tok.text.count("\n")
            if breaks > 1 or (breaks == 1 and not (i + 1 < len(doc) and doc[i + 1].is_lower)):
                current += 1
        ids.append(current)
        opens = tok.text in (".", "?", "!")
    return ids


@pytest.mark.parametrize("text", [
    "",
    "One sentence without an end",
    "Dr. Rao met Mr. S. Kumar. They spoke! Did they agree? Yes.",
    "\n\nA heading\n\nA wrapped line\ngoes on here. And a\nNew line starts.",
    "Ends with a mark.",
    "  \n  Leading spaces.\n\n\n",
    "a\n \nb and\t\nc. (the end",
    "Wait...\nthen? No!\n\n\"Quoted.\" 3.5 per cent.\nlower line",
    "x.\n\n(the U.S. side)  \n Next",
])
def test_sentence_ids_as_a_loop_over_the_tokens_reads_them(blank, text):
    doc = blank(text)
    assert Sentences(doc).ids == _old_sentence_ids(doc)


def test_spans_of_makes_the_spans_once_until_the_group_changes(blank):
    doc = blank("India and Peru signed a treaty in Lima")
    assert spans_of(doc, "countries") == []
    doc.spans["countries"] = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="GPE")]
    first = spans_of(doc, "countries")
    assert [s.text for s in first] == ["India", "Peru"]
    assert spans_of(doc, "countries") is first  # the same list, no new Span
    doc.spans["countries"].append(Span(doc, 7, 8, label="GPE"))  # the group grew
    assert [s.text for s in spans_of(doc, "countries")] == ["India", "Peru", "Lima"]
    doc.spans["countries"] = [Span(doc, 7, 8, label="GPE")]  # the group was replaced
    assert [s.text for s in spans_of(doc, "countries")] == ["Lima"]
    release_spans(doc)
    assert [s.text for s in spans_of(doc, "countries")] == ["Lima"]


def test_spans_of_keeps_extension_values(blank):
    doc = blank("Minister Rao")
    doc.spans["titles"] = [Span(doc, 0, 1)]
    span = spans_of(doc, "titles")[0]
    span._.de_title_info = "info"  # written through one Span, read through any
    assert doc.spans["titles"][0]._.de_title_info == "info"


@pytest.mark.parametrize("text", ["", "U.S.-India talks", "Dr. Rao  met\nthe  Minister."])
def test_token_view_is_made_once_and_again_after_retokenizing(blank, text):
    doc = blank(text)
    view = token_view(doc)
    assert token_view(doc) is view
    assert [view.text(i) for i in range(view.n)] == [t.text for t in doc]
    if len(doc):
        with doc.retokenize() as retok:
            retok.merge(doc[0:len(doc)])
        again = token_view(doc)
        assert again is not view and again.n == 1 and again.text(0) == doc[0].text
        assert isinstance(again, TokenView)


@pytest.mark.parametrize("text", [
    "NEW DELHI, 4 March 2024. The talks on 5 March were followed by a visit on Tuesday.",
    "In 2023 and 2024, from 3 to 5 June, the first half of 2022, next month.",
    "No date here.",
])
def test_iter_find_yields_what_find_returns(text):
    finder = DateFinder()
    assert list(finder.iter_find(text, None)) == finder.find(text, None)
    first = next(finder.iter_find(text, None), None)
    assert first == (finder.find(text, None) or [None])[0]


@pytest.mark.parametrize("name", ["de_title_info", "de_person_info", "de_attribution", "de_date_info",
                                  "de_sector_evidence"])
def test_span_value_reads_and_writes_what_span_underscore_does(blank, name):
    from dialogue_extract.pipeline.extensions import set_span_value, span_value

    doc = blank("The Foreign Minister of Peru met Ana Ruiz")
    a, b = Span(doc, 1, 3), Span(doc, 6, 8)
    assert span_value(a, name) is None and getattr(a._, name) is None
    set_span_value(a, name, "x")
    setattr(b._, name, "y")
    assert getattr(a._, name) == "x" and span_value(b, name) == "y"
    assert span_value(Span(doc, 1, 3, label="OTHER"), name) == "x"  # keyed by the characters, as spaCy does


@pytest.mark.parametrize("name", ["de_reference_date", "de_reference_date_source", "de_home_country",
                                  "de_home_country_source", "de_officials"])
def test_doc_value_reads_and_writes_what_doc_underscore_does(blank, name):
    from dialogue_extract.pipeline.extensions import doc_value, set_doc_value

    doc = blank("The Foreign Minister of Peru met Ana Ruiz")
    assert doc_value(doc, name) is None and getattr(doc._, name) is None
    set_doc_value(doc, name, "x")
    assert getattr(doc._, name) == "x"
    setattr(doc._, name, "y")
    assert doc_value(doc, name) == "y"


def test_officials_warm_up_compiles_the_names_of_bodies():
    from dialogue_extract import get_extractor
    from dialogue_extract.organizations import _forms_pattern, with_canonical_bodies

    officials = dict(get_extractor().nlp.pipeline)["officials"]
    _forms_pattern.cache_clear()
    with_canonical_bodies.cache_clear()
    officials.warm_up()
    assert _forms_pattern.cache_info().currsize == 1


def test_doc_text_is_checked_once_per_doc(blank):
    from dialogue_extract.pipeline.text import doc_text, seed_text

    doc = blank("Hello  world")
    seed_text(doc, doc.text)
    assert doc_text(doc) == "Hello  world"
    other = blank("Another text entirely")
    other.user_data.update(doc.user_data)  # user_data copied to a Doc of another text
    assert doc_text(other) == "Another text entirely"
