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


@pytest.mark.parametrize("text, joined", [
    ("Both countries established diplomatic relations on October 12,\n1963. The embassy opened later.\n",
     "October 12, 1963. The"),
    ("The envoy presented her credentials in Canberra on Sept 3,\n2024. She then met the Governor-General.\n",
     "Sept 3, 2024. She"),
    ("The two delegations met at the Ministry in Nairobi on 14\nNovember. They agreed on a roadmap.\n",
     "on 14 November. They"),
    ("The talks were held on Friday, 9th\nMay 2025 at the Foreign Office.\n", "9th May 2025"),
])
def test_a_date_cut_by_a_line_break_is_read_whole(text, joined):
    view, _ = layout_view(text)
    assert joined in view
    ex = de.extract(text, reference_date="2025-06-01")
    assert_offsets_slice(ex, text)
    assert any("\n" in d.text for d in ex.dates)


@pytest.mark.parametrize("text", [
    "Table 4\nJanuary figures are below.\n",
    "3. Second round\n1964. A year of reform.\n",
])
def test_numbers_before_a_month_or_a_year_line_that_are_no_cut_date_stay_apart(text):
    assert layout_view(text)[0] == text


@pytest.mark.parametrize("text, name, date", [
    ("The delegation of Peru was led by Vice Minister Luis Alberto Quispe3 and\nincluded two directors.\n\n"
     "3 Appointed Vice Minister in May 2024.\n", "Luis Alberto Quispe", None),
    ("The agreement entered into force on 1 March 2024.7 The Ministers welcomed it.\n\n"
     "7 Signed in Accra in 2022.\n", None, "2024-03-01"),
    ("Foreign Minister Ana Lucía Varela\u00b2 chaired the session.\n\n\u00b2 Since 2023.\n", "Ana Lucía Varela", None),
])
def test_footnote_markers_glued_to_a_name_or_date_are_not_read(text, name, date):
    ex = de.extract(text, reference_date="2025-06-01")
    assert_offsets_slice(ex, text)
    if name:
        assert name in {o.name for o in ex.officials}
    if date:
        assert date in {d.value for d in ex.dates}


@pytest.mark.parametrize("text", [
    "Exports grew by 4.2 Percent in 2024.\n",                  # no footnote 2 below: a decimal
    "The COP28 summit and the G20 met in 2023.\n\n28 Heads of State attended.\n",  # capitals before
    "Trade reached USD 1.3 billion.\n\n3 Figures of the Ministry.\n",  # a decimal before a small letter
])
def test_numbers_that_are_no_footnote_markers_stay(text):
    assert layout_view(text)[0] == text


@pytest.mark.parametrize("text, gone, joined", [
    ("Weekly Bulletin\nMonday, 3 March 2025\n\nThe Minister met the Ambassador of Chile and discussed copper and the\n\n"
     "Weekly Bulletin Monday, 3 March 2025 Statements 4\n\ffuture of lithium exports.\n",
     "Statements 4", "copper and the \ffuture"),
    ("Notes\nThe Minister met the Ambassador and discussed trade\nForeign Office Notes 2\n\fand investment.\n"
     "Foreign Office Notes 3\n\fThe end.\n", "Notes 2", "trade \fand investment"),
])
def test_a_running_header_with_a_page_number_at_a_form_feed_is_page_furniture(text, gone, joined):
    view, _ = layout_view(text)
    assert gone not in view and joined in view
    assert_offsets_slice(de.extract(text, reference_date="2025-03-03"), text)


def test_a_sentence_ending_on_a_number_at_a_form_feed_stays():
    text = "Report of the Ministry\nThe delegation of Kenya comprised 14\n\fofficials and two ministers.\n"
    assert "comprised 14" in layout_view(text)[0]


@pytest.mark.parametrize("text, joined", [
    ("On arrival the delegation called on President Maria Elena\nCastellanos at the National Palace.\n",
     "Maria Elena Castellanos at"),
    ("The visitors were received by Ambassador Tomas Erik\nLindqvist in the embassy's garden.\n",
     "Tomas Erik Lindqvist in"),
])
def test_a_name_after_a_title_finished_on_the_next_line_is_joined(text, joined):
    assert joined in layout_view(text)[0]
    assert_offsets_slice(de.extract(text), text)


def test_a_short_line_ending_on_a_name_before_a_new_sentence_stays():
    text = "Visit of the delegation to meet President Maria Elena\nThe President said it was good.\n"
    assert layout_view(text)[0] == text
