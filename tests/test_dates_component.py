"""Tests for the de_dates component: doc.spans["dates"], reference date, boilerplate."""
from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Span

from dialogue_extract.pipeline import extensions  # noqa: F401  (Doc extensions)
from dialogue_extract.pipeline.components.dates import DatesComponent, to_span
from dialogue_extract.pipeline.text import doc_text


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def component():
    return DatesComponent()


def run(nlp, component, text, reference=None, boilerplate=()):
    doc = nlp.make_doc(text)
    doc._.de_reference_date = reference
    doc._.de_reference_date_source = "argument" if reference else None
    if boilerplate:
        doc.spans["boilerplate"] = [doc.char_span(s, e, alignment_mode="expand") for s, e in boilerplate]
    return component(doc)


def iso(span):
    """``VALUE`` or ``VALUE/VALUE_END`` of a date span, read from its DateInfo."""
    info = span._.de_date_info
    return f"{info.value}/{info.value_end}" if info.value_end else info.value


def values(doc):
    return [(s.text, iso(s)) for s in doc.spans["dates"]]


def test_spans_carry_iso_values(nlp, component):
    text = "Seoul, 13 February 2026: The ministers met on Friday and again on February 12-13 for talks."
    doc = run(nlp, component, text)
    assert doc._.de_reference_date == dt.date(2026, 2, 13)
    assert doc._.de_reference_date_source == "dateline"
    assert values(doc) == [("13 February 2026", "2026-02-13"), ("Friday", "2026-02-13"),
                           ("February 12-13", "2026-02-12/2026-02-13")]
    assert all(s.label_ == "DATE" for s in doc.spans["dates"])


def test_caller_reference_wins(nlp, component):
    doc = run(nlp, component, "New Delhi, March 2, 2025\n\nThey met today.", reference=dt.date(2026, 2, 14))
    assert doc._.de_reference_date == dt.date(2026, 2, 14)
    assert doc._.de_reference_date_source == "argument"
    assert ("today", "2026-02-14") in values(doc)


def test_dateline_without_year(nlp, component):
    doc = run(nlp, component, "Mumbai [India], November 9 (PTI): Talks were held on Monday and today.")
    assert doc._.de_reference_date is None
    assert values(doc) == [("November 9", "XXXX-11-09"), ("today", "XXXX-11-09")]


def test_no_reference_at_all(nlp, component):
    doc = run(nlp, component, "The envoy spent March 4-5, 2023 in Seoul and met officials on Friday.")
    assert doc._.de_reference_date is None and doc._.de_reference_date_source is None
    assert values(doc) == [("March 4-5, 2023", "2023-03-04/2023-03-05")]


def test_boilerplate_is_skipped(nlp, component):
    text = "They met on 3 March 2025.\n\nAlso read: Summit set for 9 April 2025"
    start = text.index("Also")
    doc = run(nlp, component, text, boilerplate=[(start, len(text))])
    assert values(doc) == [("3 March 2025", "2025-03-03")]


@pytest.mark.parametrize("text,expected", [
    ("Updated 08:45, 17-Jun-2021", ("17-Jun-2021", "2021-06-17")),
    ("Plans for mid-2022 were set.", ("mid-2022", "2022")),
    ("Published: 05th June 2022", ("05th June 2022", "2022-06-05")),
    ("On Nov. 14, Thursday", ("Nov. 14", "2024-11-14")),
])
def test_offsets_slice_the_text(nlp, component, text, expected):
    doc = run(nlp, component, text, reference=dt.date(2024, 11, 15))
    assert expected in values(doc)
    for span in doc.spans["dates"]:
        assert doc.text[span.start_char:span.end_char] == span.text


def test_to_span_refuses_to_swallow_digits(nlp):
    doc = nlp.make_doc("code 202617 and 2026")
    start = doc.text.index("2026")
    assert to_span(doc, start, start + 4) is None
    span = to_span(doc, 16, 20)
    assert isinstance(span, Span) and span.text == "2026"


def test_doc_text_is_cached(nlp):
    doc = nlp.make_doc("One text, 2026.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_empty_doc(nlp, component):
    doc = run(nlp, component, "")
    assert list(doc.spans["dates"]) == []


def test_in_the_default_pipeline():
    from dialogue_extract.pipeline import load

    nlp = load()
    doc = nlp.make_doc("COLOMBO, Sept 14, 2021 (PTI) - The commission met on Tuesday; it last met in 2012.")
    doc._.de_reference_date = None
    doc = nlp(doc)
    assert doc._.de_reference_date == dt.date(2021, 9, 14)
    assert values(doc) == [
        ("Sept 14, 2021", "2021-09-14"), ("Tuesday", "2021-09-14"), ("2012", "2012")]


def test_lists_become_one_span_per_value(nlp, component):
    text = "Talks were held on 9 and 10 June 2025, on 16 and 18 June and in July and September 2025."
    doc = run(nlp, component, text, reference=dt.date(2025, 9, 1))
    assert values(doc) == [("9 and 10 June 2025", "2025-06-09/2025-06-10"), ("16", "2025-06-16"),
                           ("18 June", "2025-06-18"), ("July", "2025-07"), ("September 2025", "2025-09")]


def test_weekday_range_span(nlp, component):
    doc = run(nlp, component, "The envoys met on Monday-Tuesday in Hanoi.", reference=dt.date(2026, 2, 14))
    assert values(doc) == [("Monday-Tuesday", "2026-02-09/2026-02-10")]


@pytest.mark.parametrize("text,span_text,expected", [
    ("The talks of 3 March 2024 ended.", "3 March 2024",
     dict(value="2024-03-03", value_end=None, granularity="day", relative=False, inferred=False, source="text")),
    ("They met on 3 March.", "3 March",
     dict(value="2025-03-03", granularity="day", relative=False, inferred=True, source="text")),
    ("They met on Tuesday.", "Tuesday",
     dict(value="2025-03-11", granularity="day", relative=True, inferred=False, source="text")),
    ("A visit is planned next month.", "next month",
     dict(value="2025-04", granularity="month", relative=True)),
    ("The plan for 2025-2029 was adopted.", "2025-2029",
     dict(value="2025", value_end="2029", granularity="year", relative=False, inferred=False)),
    ("On Nov. 14, Thursday, they met.", "Thursday",
     dict(value="2024-11-14", relative=False, source="adjacent")),
])
def test_spans_carry_typed_date_info(nlp, component, text, span_text, expected):
    from dialogue_extract.dates import DateInfo

    doc = run(nlp, component, text, reference=dt.date(2025, 3, 14))
    span = next(s for s in doc.spans["dates"] if s.text == span_text)
    info = span._.de_date_info
    assert isinstance(info, DateInfo)
    assert span.kb_id_ == ""  # values travel typed, never packed in strings
    for key, value in expected.items():
        assert getattr(info, key) == value, key


BYLINE = ("Home | News | Sport\n\nSri Lanka, Maldives agree on fisheries\n\n"
          "By Staff Reporter | Colombo | 27 July 2019\n\nThe two sides met on Friday.\n\n"
          "Also Read: Summit set for 9 April 2025\n")


@pytest.mark.parametrize("reference", [None, dt.date(2019, 7, 27)], ids=["from-byline", "given"])
def test_a_byline_date_is_the_release_date_not_furniture(nlp, component, reference):
    zones = [(0, BYLINE.index("Sri")), (BYLINE.index("By "), BYLINE.index("The two")),
             (BYLINE.index("Also"), len(BYLINE))]
    doc = run(nlp, component, BYLINE, reference=reference, boilerplate=zones)
    assert values(doc) == [("27 July 2019", "2019-07-27"), ("Friday", "2019-07-26")]
    assert doc.spans["dates"][0]._.de_date_info.source == "dateline"
    assert doc.spans["dates"][1]._.de_date_info.source == "text"


@pytest.mark.parametrize("text,reference,expected", [
    ("Jakarta - The ministers met on Saturday (30/7) for talks.", dt.date(2022, 8, 1),
     [("Saturday", "2022-07-30"), ("30/7", "2022-07-30")]),
    ("The ceremony is on Saturday, that is 25th January.", dt.date(2025, 1, 20),
     [("Saturday", "2025-01-25"), ("25th January", "2025-01-25")]),
    ("Officials meet from the 22nd to the 25th of September.", dt.date(2019, 7, 27),
     [("the 22nd to the 25th of September", "2019-09-22/2019-09-25")]),
    ("It was held on the 3rd, 4th of December.", dt.date(2023, 12, 5),
     [("the 3rd, 4th of December", "2023-12-03/2023-12-04")]),
    ("A visit from February18 to 21, 2025 under the Roadmap 2030.", dt.date(2025, 2, 21),
     [("February18 to 21, 2025", "2025-02-18/2025-02-21")]),
])
def test_new_forms_as_spans(nlp, component, text, reference, expected):
    doc = run(nlp, component, text, reference=reference)
    assert values(doc) == expected
    for span in doc.spans["dates"]:
        assert doc.text[span.start_char:span.end_char] == span.text


@pytest.mark.parametrize("text,expected", [
    # the numbers of a parliamentary question's askers, however like years they look
    ("RAJYA SABHA\nUNSTARRED QUESTION NO. 1984\n\n1984. SHRI K. DAS:\n      SMT. R. DEVI:\n\n"
     "Will the Minister be pleased to state the visits made in 2024?", [("2024", "2024")]),
    ("*2011. Dr. Meera Pillai:\nWill the Minister state the trade with Peru since 2019?", [("2019", "2019")]),
    # a year opening a line that is no numbered item stays a year
    ("Relations were established in\n1998. Ties have grown since.", [("1998", "1998")]),
])
def test_the_number_of_a_numbered_item_is_no_year(nlp, component, text, expected):
    assert values(run(nlp, component, text, reference=dt.date(2025, 3, 1))) == expected


@pytest.mark.parametrize("text,expected", [
    ("The commission will meet early next year in Accra.", [("early next year", "2026")]),
    ("The line of credit was approved late last year.", [("late last year", "2024")]),
])
def test_a_year_told_by_its_distance_keeps_the_part_of_it_named(nlp, component, text, expected):
    assert values(run(nlp, component, text, reference=dt.date(2025, 11, 12))) == expected


def test_warm_up_compiles_the_patterns_once_and_changes_no_result():
    import dialogue_extract as de
    from dialogue_extract.dates.finder import DateFinder

    text = "Kathmandu, 3rd, 4th of December 2024. The talks held on Tuesday (11/2) covered trade."
    cold = DateFinder().find(text)
    warm_finder = DateFinder().compile_all()
    assert not any(p is None for p in warm_finder._single)
    assert warm_finder.find(text) == cold
    ex = de.Extractor()
    before = ex.extract(text).model_dump()
    assert ex.warm_up() is ex and ex.warm_up() is ex  # idempotent
    assert ex.extract(text).model_dump() == before


@pytest.mark.parametrize("text, kept", [
    # a programme timed by the 24-hour clock: "1900" and "2000" opening its lines are times, not years
    ("PROGRAMME\n\nFriday, 6 March 2026\n\n0830    Breakfast meeting\n1145    Call on the Speaker\n"
     "1900    Banquet hosted by the President\n2000 - 2130   Cultural evening\n", {"2026-03-06"}),
    ("Day 1\n0900 hrs  Arrival\n1330 hrs  Plenary\n1930 hrs  Reception\n\nThe forum was first held in 1999.\n",
     {"1999"}),
])
def test_a_programmes_clock_times_are_no_years(text, kept):
    import dialogue_extract as de
    got = {d.value for d in de.extract(text, reference_date="2026-03-01").dates}
    assert got == kept


def test_a_year_opening_a_line_of_an_untimed_text_is_kept():
    import dialogue_extract as de
    text = "Milestones\n\n1995 Diplomatic relations established\n2010 Embassy opened\n2024 Strategic partnership\n"
    got = {d.value for d in de.extract(text, reference_date="2026-03-01").dates}
    assert {"1995", "2010", "2024"} <= got


@pytest.mark.parametrize("text, expected", [
    ("On 6 October 2026 the President arrived in Lima. The following day, he met the Minister.",
     [("6 October 2026", "2026-10-06"), ("The following day", "2026-10-07")]),
    ("The envoy left Accra on 3 March 2026; the previous day he had met the Minister.",
     [("3 March 2026", "2026-03-03"), ("the previous day", "2026-03-02")]),
    # after a range, or with no day written before, the day is not known
    ("He visited from 5 to 8 October 2026 and met the Minister the next day.", [("5 to 8 October 2026", "2026-10-05")]),
    ("Joint Statement\n\nOctober 08, 2026\n\nThe President arrived. The next day he left.",
     [("October 08, 2026", "2026-10-08")]),
    ("He arrives on 6 October 2026 and leaves the day after tomorrow.",
     [("6 October 2026", "2026-10-06"), ("the day after tomorrow", "2026-10-10")]),
])
def test_a_day_told_by_its_distance_from_the_day_written_before(text, expected):
    import dialogue_extract as de
    got = [(d.text, d.value) for d in de.extract(text, reference_date="2026-10-08").dates]
    assert got == expected


@pytest.mark.parametrize("text, value", [
    ("The visit will be held on 30 July.", "2025-07-30"),   # read in January: next July
    ("The visit was held on 30/7.", "2024-07-30"),
    ("The summit was held on 20 November.", "2024-11-20"),
    ("The anniversary falls on 6 August this year.", "2025-08-06"),   # the year is written: 'this year'
    ("The talks will resume on 10 March.", "2025-03-10"),   # within a season of the reference: the nearest
])
def test_a_day_without_its_year_takes_the_year_its_verb_speaks_of(text, value):
    import dialogue_extract as de
    assert [d.value for d in de.extract(text, reference_date="2025-01-22").dates] == [value]


def test_a_month_a_meeting_is_to_reconvene_in_lies_ahead():
    import dialogue_extract as de
    text = "The ministers further agreed to reconvene the Joint Commission in Ouagadougou in September."
    assert [d.value for d in de.extract(text, reference_date="2026-05-27").dates] == ["2026-09"]


@pytest.mark.parametrize("text, values", [
    ("The Minister held a telephone conversation this Tuesday with her counterpart.", [("2026-03-10", None)]),
    ("The summit opens this Friday.", [("2026-03-13", None)]),
    ("They agreed to meet in the first half of the year.", [("2026-01", "2026-06")]),
    ("Talks are planned for the second half of the current year.", [("2026-07", "2026-12")]),
    ("In the first quarter of the year, trade rose.", [("2026-01", "2026-03")]),
])
def test_this_weekday_and_parts_of_the_year(text, values):
    import dialogue_extract as de
    got = [(d.value, d.value_end) for d in de.extract(text, reference_date="2026-03-11").dates]
    assert got == values


@pytest.mark.parametrize("text, span", [
    ("They agreed to meet in the first half of the year.", "the first half of the year"),
    ("The next round is due in the fourth quarter of 2026.", "the fourth quarter of 2026"),
    ("Second half of 2026: a review.", "Second half of 2026"),
])
def test_a_part_of_the_year_keeps_its_article_like_the_end_of_the_year(text, span):
    import dialogue_extract as de
    dates = de.extract(text, reference_date="2026-03-11").dates
    assert [d.text for d in dates] == [span]
    assert all(text[d.start:d.end] == d.text for d in dates)


@pytest.mark.parametrize("text, value", [
    # the present of a trip one makes is its plan: the day lies ahead
    ("You travel to New Delhi on Monday. What is on the agenda?", "2026-04-27"),
    ("The Foreign Minister travels on to Paris on Saturday.", "2026-04-25"),
    # a meeting to come, as planned
    ("If the negotiators meet again in Riyadh in June, as planned, the text could be ready.", "2026-06"),
    # the past of an irregular verb: the month behind
    ("When our Commerce Secretary came to Mexico City in February, the two sides agreed to talk.", "2026-02"),
    # what a decision sets out to do lies ahead, even after the verb in the past
    ("The ministers agreed to expand their activities, including a joint sail in July.", "2026-07"),
    ("The ministers welcomed the decision to reopen the border crossing in June.", "2026-06"),
    # the verb of a relative clause in the past governs its date; a season a participle opens lies
    # ahead; a day before an event ("ahead of the review") keeps its own verb's tense
    ("After the cyber incident that disrupted several online services in January, they agreed that experts will "
     "come.", "2026-01"),
    ("With the cyclone season beginning in November, the ministers agreed on relief supplies.", "2026-11"),
    ("On Monday, ahead of the review, the minister toured the hospital.", "2026-04-20"),
    # "would have" tells what has been, not what will be
    ("Secondly, you would have seen that the Minister co-chaired the commission here on Monday.", "2026-04-20"),
    # a participle after a comma describes the forthcoming event before it
    ("They exchanged views on the forthcoming Council in Vienna, held under the Irish Chairmanship in June.", "2026-06"),
])
def test_a_weekday_or_month_read_in_the_tense_of_its_verb(text, value):
    import dialogue_extract as de
    got = [d.value for d in de.extract(text, reference_date="2026-04-22").dates]
    assert got == [value]


@pytest.mark.parametrize("text, values", [
    ("The Ministry recorded 97 deaths from January 2024 to March 2026.", [("2024-01", "2026-03")]),
    ("Between January 2024 and March 2026, 97 deaths were recorded.", [("2024-01", "2026-03")]),
    ("I undertake to table a report by Thursday next week.", [("2026-05-21", None)]),
    ("They met on Monday last week.", [("2026-05-04", None)]),
])
def test_ranges_of_months_with_their_years_and_weekdays_of_a_week_told_by_its_distance(text, values):
    import dialogue_extract as de
    got = [(d.value, d.value_end) for d in de.extract(text, reference_date="2026-05-13").dates]
    assert got == values


@pytest.mark.parametrize("sentence, reference, value, value_end", [
    # a day told in the past tense, more than two months after the reference: last year's
    ("In Tokyo on 4 March, the Minister held talks with her counterpart.", "2025-12-22", "2025-03-04", None),
    ("The Minister's first tour, from 3 to 8 March, took her to Tokyo and Seoul.", "2025-12-22", "2025-03-03", "2025-03-08"),
    # the same in the future tense stays ahead
    ("The Minister will travel to Tokyo on 4 March.", "2025-12-22", "2026-03-04", None),
    # "until" after a cue that looks ahead, whatever past verb opens the sentence
    ("He thanked the Government for extending the registration window until 31 March.", "2026-01-21", "2026-03-31", None),
])
def test_a_day_without_its_year_in_the_tense_of_its_sentence(extractor, sentence, reference, value, value_end):
    ex = extractor.extract("Santiago. " + sentence, reference_date=reference)
    assert (value, value_end) in [(d.value, d.value_end) for d in ex.dates], [(d.text, d.value, d.value_end) for d in ex.dates]


@pytest.mark.parametrize("text, absent", [
    ("He told Dominican Today that the visit helps.", "Today"),  # a paper's name
    ("A family invited me to share empanadas on a Sunday.", "Sunday"),  # any such day
    ("Addis Ababa, 6 May 2026 (Miazia 28, 2018 E.C.) - The round was held.", "2018"),  # another calendar's year
])
def test_words_of_dates_that_are_no_dates(text, absent):
    import dialogue_extract as de

    assert absent not in [d.text for d in de.extract(text, reference_date="2026-05-06").dates]


def test_a_weekday_that_is_the_releases_own_day_stays_there_after_a_later_range(extractor):
    text = ("Cairo, IRNA - The ministers agreed to coordinate ahead of the summit in Kazan, scheduled for October 22-24.\n\n"
            "Later on Thursday, the Minister was received by the President.\n")
    got = {d.text: d.value for d in extractor.extract(text, reference_date="2024-10-17").dates}
    assert got["Thursday"] == "2024-10-17"


def test_a_weekday_takes_a_day_the_visit_was_dated_with_but_not_from_another_speakers_turn(extractor):
    # the visit's dated days: "on Thursday" after them is one of them
    visit = ("Colombo, 14 October 2025. The Minister will visit Sri Lanka from 22 to 24 October 2025.\n\n"
             "She will meet the President and, on Thursday, will visit Kandy.\n")
    got = {d.text: d.value for d in extractor.extract(visit, reference_date="2025-10-14").dates}
    assert got["Thursday"] == "2025-10-23"
    # in a transcript, a date a journalist wrote in an earlier turn is another topic's
    briefing = ("QUESTION: The envoy says the talks will run until March 24th. Will you go?\n\n"
                "MR LANE: I have no travel to announce.\n\n"
                "QUESTION: And the trilateral?\n\n"
                "MR LANE: The trilateral will be held in Seoul on Thursday.\n")
    got = {d.text: d.value for d in extractor.extract(briefing, reference_date="2016-03-15").dates}
    assert got["Thursday"] == "2016-03-17"


def test_a_date_written_with_the_arabic_comma(extractor):
    text = "Talks in Damascus\n\n7 October\u060c 2019\n\nDamascus, SANA- The minister received the envoy on Monday."
    got = extractor.extract(text)
    assert [(d.text, d.value) for d in got.dates][0] == ("7 October\u060c 2019", "2019-10-07")
    assert all(text[d.start:d.end] == d.text for d in got.dates)



@pytest.mark.parametrize("text, absent", [
    ("Ministry of Foreign Affairs\nKathmandu\n23 March 2022 (9 Chaitra 2078)\n", "2078"),
    ("The accord was signed on 5 Mordad 1404 in Tehran.", "1404"),
])
def test_a_year_of_another_calendar_after_its_month_is_no_date(extractor, text, absent):
    assert absent not in [d.value for d in extractor.extract(text, reference_date="2022-03-23").dates]
