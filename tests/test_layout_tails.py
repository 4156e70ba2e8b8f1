"""A sentence's last words alone on a line, offices said with -elect, and plural address words."""
from __future__ import annotations

import pytest

import dialogue_extract as de
from dialogue_extract.pipeline.layout import layout_view
from helpers import assert_offsets_slice


@pytest.mark.parametrize("text, joined", [
    ("at the invitation of Deputy Prime Minister and\nMinister of Foreign Affairs Bui Thanh\nSon.\n\nNext.",
     "Bui Thanh Son."),
    ("The talks were held with the Vice Minister Anna\nKowalska-Nowak.\n", "Anna Kowalska-Nowak."),
])
def test_a_sentence_tail_alone_on_a_line_continues_the_line_before(text, joined):
    view, _ = layout_view(text)
    assert joined in view
    ex = de.extract(text)
    assert_offsets_slice(ex, text)


@pytest.mark.parametrize("text", [
    "Official Spokesperson: Thank you all\nQ: Yes.\n",
    "Topics\nIntroduction.\n",
    "The meeting ended.\nThanks.\n",
])
def test_short_lines_after_a_label_heading_or_full_stop_stay_apart(text):
    view, _ = layout_view(text)
    assert view == text


@pytest.mark.parametrize("text, name, title", [
    ("EAM Dr. S. Jaishankar attended the swearing-in of President-elect Donald Trump.", "Donald Trump", "President-elect"),
    ("Hon'ble Members Shri K. Rao Nainar and Smt. Latha Devi have been informed.", "K. Rao Nainar", None),
])
def test_elect_offices_and_plural_address_words(text, name, title):
    got = {o.name: o.titles for o in de.extract(text).officials}
    assert name in got and "Members" not in got
    if title:
        assert title in got[name]
