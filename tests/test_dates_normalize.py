"""Tests for dialogue_extract.dates: normalize, find_dates, find_reference_date."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_extract.dates import DateFinder, DateParse, find_dates, find_reference_date, load_lexicon, normalize
from dialogue_extract.dates.patterns import anchor_pattern
from dialogue_extract.dates.reference import _header_limit
from dialogue_extract.dates.calendar import closest_year, month_year, resolve_weekday
from dialogue_extract.dates.patterns import trie

SAT = dt.date(2026, 2, 14)  # a Saturday
FRI = dt.date(2026, 2, 13)


@pytest.mark.parametrize("text,value,end", [
    ("February 14, 2026", "2026-02-14", None),
    ("14 February 2026", "2026-02-14", None),
    ("14th February, 2026", "2026-02-14", None),
    ("05th June 2022", "2022-06-05", None),
    ("Sept 14, 2021", "2021-09-14", None),
    ("17-Jun-2021", "2021-06-17", None),
    ("06 Dec 2021", "2021-12-06", None),
    ("12 MAC 2024", "2024-03-12", None),
    ("3 Mei 2025", "2025-05-03", None),
    ("2026-02-14", "2026-02-14", None),
    ("14.02.2026", "2026-02-14", None),
    ("14/02/2026", "2026-02-14", None),
    ("02/25/2026", "2026-02-25", None),
    ("February 2026", "2026-02", None),
    ("Feb 2026", "2026-02", None),
    ("the 5th of March 2024", "2024-03-05", None),
    ("Thu, 12 Feb 2026", "2026-02-12", None),
    ("Wednesday, 11 February 2026", "2026-02-11", None),
    # ranges
    ("12-13 February 2026", "2026-02-12", "2026-02-13"),
    ("March 4-5, 2023", "2023-03-04", "2023-03-05"),
    ("27 to 30 June 2023", "2023-06-27", "2023-06-30"),
    ("31 October-1 November 2023", "2023-10-31", "2023-11-01"),
    ("30 December 2025 to 2 January 2026", "2025-12-30", "2026-01-02"),  # two full dates joined as a range
    ("2015 to 2017", "2015", "2017"),
    ("from 2015 to 2017", "2015", "2017"),
    ("between 2015 and 2017", "2015", "2017"),
    ("2015-2017", "2015", "2017"),
    ("2015-17", "2015", "2017"),
    ("first half of 2022", "2022-01", "2022-06"),
    ("the second half of 2022", "2022-07", "2022-12"),
    ("the first semester of 2026", "2026-01", "2026-06"),
    ("in January-April 2025", "2025-01", "2025-04"),
    ("first quarter of 2023", "2023-01", "2023-03"),
    ("the fourth quarter of 2023", "2023-10", "2023-12"),
    ("Q1 2023", "2023-01", "2023-03"),
    ("Q3 2024", "2024-07", "2024-09"),
    ("H2 2025", "2025-07", "2025-12"),
    ("March-April 2023", "2023-03", "2023-04"),
    # bare years
    ("signed in 2006", "2006", None),
    ("by 2026", "2026", None),
    ("a planned 2026 summit", "2026", None),
    ("the Treaty of 1950", "1950", None),
])
def test_absolute(text, value, end):
    assert normalize(text, None) == DateParse(value, end)
    assert normalize(text, SAT) == DateParse(value, end)


@pytest.mark.parametrize("text,value,end", [
    ("Feb. 14", "2026-02-14", None),
    ("Sep 29", "2025-09-29", None),
    ("February 12-13", "2026-02-12", "2026-02-13"),
    ("from 4 to 6 January", "2026-01-04", "2026-01-06"),
    ("between 4 and 6 January", "2026-01-04", "2026-01-06"),
    ("October 31 to November 1", "2025-10-31", "2025-11-01"),
    ("today", "2026-02-14", None),
    ("Today", "2026-02-14", None),
    ("this evening", "2026-02-14", None),
    ("tonight", "2026-02-14", None),
    ("yesterday", "2026-02-13", None),
    ("tomorrow", "2026-02-15", None),
    ("this year", "2026", None),
    ("This year", "2026", None),
    ("last year", "2025", None),
    ("next year", "2027", None),
    ("two years ago", "2024", None),
    ("Three months ago", "2025-11", None),
    ("this month", "2026-02", None),
    ("Last month", "2026-01", None),
    ("next month", "2026-03", None),
    ("earlier this year", "2026", None),
    ("later this year", "2026", None),
    ("April of last year", "2025-04", None),
    ("April last year", "2025-04", None),
    ("April next year", "2027-04", None),
    ("last April", "2025-04", None),
    ("next April", "2026-04", None),
    ("March last year", "2025-03", None),
    ("in January", "2026-01", None),
    ("in March", "2025-03", None),
    ("first half of next year", "2027-01", "2027-06"),
])
def test_relative_to_reference(text, value, end):
    assert normalize(text, SAT) == DateParse(value, end)


@pytest.mark.parametrize("text,reference,value", [
    ("January 5", dt.date(2025, 12, 28), "2026-01-05"),   # closest: next year
    ("December 28", dt.date(2026, 1, 5), "2025-12-28"),   # closest: last year
    ("July 30", dt.date(2024, 7, 31), "2024-07-30"),
])
def test_month_day_takes_the_closest_year(text, reference, value):
    assert normalize(text, reference).value == value


@pytest.mark.parametrize("text,reference,future,value", [
    ("Friday", SAT, False, "2026-02-13"),
    ("Friday", FRI, False, "2026-02-13"),
    ("Monday", SAT, False, "2026-02-09"),
    ("Monday", SAT, True, "2026-02-16"),
    ("Friday", FRI, True, "2026-02-13"),
    ("last Friday", FRI, False, "2026-02-06"),
    ("next Friday", FRI, False, "2026-02-20"),
    ("next Friday", SAT, False, "2026-02-20"),
    ("this Friday", dt.date(2026, 2, 11), False, "2026-02-13"),
])
def test_weekdays(text, reference, future, value):
    assert normalize(text, reference, future=future).value == value


@pytest.mark.parametrize("sentence,value", [
    ("The ministers met on Monday in Seoul.", "2026-02-09"),
    ("The ministers will meet on Monday in Seoul.", "2026-02-16"),
    ("The summit is scheduled to be held on Monday.", "2026-02-16"),
    ("On Monday, the two ministers will open the forum.", "2026-02-16"),
    ("On Monday, he said the two sides will meet again.", "2026-02-09"),
    ("The ministers, who met on Monday, will report back.", "2026-02-09"),
    # a programme told in the present: "then on Monday he goes to Busan"
    ("Then on Monday he goes to Busan.", "2026-02-16"),
    # a period that runs to the day: ahead, unless the sentence speaks of the past
    ("The minister, on a four-day visit through Monday, said the talks went well.", "2026-02-16"),
    ("The minister stayed through Monday.", "2026-02-09"),
    # a verb in the simple past that is not written in -ed
    ("Relations warmed after the earthquakes that struck the region on Monday.", "2026-02-09"),
    # a hope told in the past looks ahead
    ("The President said he hoped to meet her after his inauguration on Monday.", "2026-02-16"),
    # an instruction looks ahead
    ("Accredited media should arrive at the ministry by 08h00 on Monday.", "2026-02-16"),
])
def test_weekday_direction_from_the_sentence(sentence, value):
    found = [f for f in find_dates(sentence, SAT) if f.kind == "weekday"]
    assert [f.value for f in found] == [value]


def test_weekday_without_reference_has_no_value():
    assert normalize("on Friday", None) is None
    assert find_dates("They met on Friday.", None) == []


def test_month_day_without_reference_has_unknown_year():
    assert normalize("February 14", None) == DateParse("XXXX-02-14")
    assert normalize("February 12-13", None) == DateParse("XXXX-02-12", "XXXX-02-13")


def test_today_with_a_dateline_without_year():
    assert find_dates("They met today.", None, partial=(2, 14))[0].value == "XXXX-02-14"


@pytest.mark.parametrize("text", [
    "2000 troops", "over 1500 people", "Rs 2000 crore", "more than 2000 were present", "08:45", "2,000", "G2000",
    "2+2", "a two-day visit", "65 years", "100 years since", "for three days", "the 60th anniversary",
    "the 21st summit", "past few years", "May the two sides prosper", "they may march together",
    "in the 1990s", "$2025", "Room 2024", "QUESTION NO.: 1876", "Number: 2044",
])
def test_not_dates(text):
    assert find_dates(text, SAT) == []


@pytest.mark.parametrize("text,texts", [
    ("Nov. 14, Thursday", ["Nov. 14", "Thursday"]),
    ("Talks were held from 2015 to 2017 in Delhi.", ["2015 to 2017"]),
    ("It met in March 2023 and again in May.", ["March 2023", "May"]),
    ("Foreign Minister May 2019 ...", ["May 2019"]),
    # the part of the month is read with it, as with a year ("early 2026")
    ("The trip was postponed from late March.", ["late March"]),
    ("Clashes erupted in mid-April and again in Mid-May.", ["mid-April", "Mid-May"]),
    ("The report is due by the end of July.", ["the end of July"]),
    ("The visit in early June went well.", ["early June"]),
])
def test_span_texts(text, texts):
    assert [f.text for f in find_dates(text, SAT)] == texts


@pytest.mark.parametrize("text,expected", [
    ("The accord was signed on October 14 last year.", [("October 14 last year", "2024-10-14")]),
    ("They first met on 2 February of last year.", [("2 February of last year", "2024-02-02")]),
    ("The summit opens on the 3rd of March next year.", [("the 3rd of March next year", "2026-03-03")]),
    ("Talks resume on Sept. 9 next year in Lima.", [("Sept. 9 next year", "2026-09-09")]),
])
def test_a_day_in_a_year_told_by_its_distance(text, expected):
    ref = dt.date(2025, 6, 1)
    assert [(f.text, f.value) for f in find_dates(text, ref)] == expected


def test_weekday_after_a_date_takes_its_value():
    found = find_dates("The photo was taken on Nov. 14, Thursday.", dt.date(2024, 11, 15))
    assert [(f.text, f.value) for f in found] == [("Nov. 14", "2024-11-14"), ("Thursday", "2024-11-14")]


def test_weekday_before_a_date_is_part_of_it():
    found = find_dates("Friday, 3 November 2023", None)
    assert [(f.text, f.value) for f in found] == [("Friday, 3 November 2023", "2023-11-03")]


@pytest.mark.parametrize("head,expected", [
    ("Talks\n\nNew Delhi, February 14, 2026\n\nThe ministers met.", (dt.date(2026, 2, 14), None)),
    ("Talks\n\nCOLOMBO, Sept 14, 2021 (PTI) - Sri Lanka on Tuesday said", (dt.date(2021, 9, 14), None)),
    ("Seoul, 13 February 2026: The two sides met.", (dt.date(2026, 2, 13), None)),
    # a dateline closed by a full stop, the first sentence on its line
    ("Quito, 4 March 2026. The Foreign Minister received the envoy.", (dt.date(2026, 3, 4), None)),
    ("Talks were held on 4 March 2026. The envoy left on Friday.", (None, None)),
    ("Mumbai [India], November 9 (PTI): The minister met", (None, (11, 9))),
    ("Title\nBy Staff | Published: 05th June 2022\n\nBody", (dt.date(2022, 6, 5), None)),
    ("Title\nUpdated 08:45, 17-Jun-2021\n\nBody", (dt.date(2021, 6, 17), None)),
    ("WORLD | Diplomacy | 06 Dec 2021\n\nHeadline", (dt.date(2021, 12, 6), None)),
    ("Headline\n\n2026-02-14\n\nBody", (dt.date(2026, 2, 14), None)),
    ("Headline\nStaff Reporter\nPublished April 15, 2025 Updated about 6 hours ago\n\nBody", (dt.date(2025, 4, 15), None)),
    # a time of day before the date on a wire's header line
    ("Wire Service\n\nTop News 09:40 February 11, 2026\n\nBy A Reporter\n\nBody", (dt.date(2026, 2, 11), None)),
    ("Headline\n07:15 PM ICT Feb 11, 2026\nBody", (dt.date(2026, 2, 11), None)),
    ("Headline\nPosted 3 May 2024 Last updated 4 May 2024\n\nBody", (dt.date(2024, 5, 3), None)),
    # a time of day written with "h" after the date ("17h34", as francophone and Latin American pages write it)
    ("Headline\nPublished on 21.03.2026 at 09h05 | By A. Reporter\n\nBody", (dt.date(2026, 3, 21), None)),
    ("Headline\nLast updated 2 April 2026, 18h40\n\nBody", (dt.date(2026, 4, 2), None)),
    ("The talks ran 2 April 2026 to the 18th hour.", (None, None)),
    ("Headline\n\nBy Maria Teresa L. Santos  January 21, 2025, 6:30 pm\n\nMANILA - Body", (dt.date(2025, 1, 21), None)),
    ("Headline\nBy Han Ji-woo 2025-03-11\n\nBody", (dt.date(2025, 3, 11), None)),
    ("Talks went on by Monday January 21, 2025 in the capital.", (None, None)),
    ("They updated the plan on 3 May 2024 updated again", (None, None)),
    ("New Delhi, February 14\n\nOther line\nPublished: 15 February 2026", (dt.date(2026, 2, 15), None)),
    ("The envoy spent March 4-5, 2023 in Seoul for talks.", (None, None)),
    ("Ministers met on 29 June 2023 at the conference centre.", (None, None)),
    ("No date here at all.", (None, None)),
])
def test_find_reference_date(head, expected):
    assert find_reference_date(head) == expected


def test_reference_date_only_in_the_header():
    text = "x " * 400 + "\nNew Delhi, February 14, 2026\n" + "y " * 200
    assert find_reference_date(text) == (None, None)


def test_reference_date_from_a_closing_dateline():
    text = "x " * 400 + "\n\nNew Delhi\nFebruary 14, 2026\n"
    assert find_reference_date(text) == (dt.date(2026, 2, 14), None)


def test_reference_date_from_a_parenthesised_title_date():
    text = "Transcript of Weekly Media Briefing by the Official Spokesperson (February 14, 2026)\n\nText."
    assert find_reference_date(text) == (dt.date(2026, 2, 14), None)


@pytest.mark.parametrize("text", [
    "", "No anchor here.", "On Monday, 5 March 2025 and later this year.",
    "Mayear", "todayear", "MONDAY morning, the month's end", "yesterdayesterday 19991",
    "Saturday afternoon\nTomorrow evening\nTONIGHT",
])
def test_anchor_starts_are_those_of_the_whole_anchor_pattern(text):
    finder = DateFinder()
    whole = re.compile(anchor_pattern(finder.lex))
    assert finder.anchor_starts(text) == [m.start() for m in whole.finditer(text)]


@pytest.mark.parametrize("text", ["From 5 to 7 March", "the 1st of May", "Q1 2025, H2 2024", "mid-March",
                                  "x5 y Mar12 ab-the in_the 2025"])
def test_start_pattern_finds_word_starts_only(text):
    import dialogue_extract.dates.patterns as P
    pattern = P.start_pattern(load_lexicon())
    assert pattern.startswith("(?<!\\w)(?:")  # every start word begins with a word character
    plain = re.compile(r"\b(?:" + pattern[len("(?<!\\w)(?:"):])
    assert [m.span() for m in re.finditer(pattern, text)] == [m.span() for m in plain.finditer(text)]


_MENU = "Home | News | World\n" * 40  # site menus: over 600 characters of short lines
_BODY = "The minister said " + "word " * 17 + "today."  # twenty words in a row


@pytest.mark.parametrize("text,expected", [
    ("Short text.", 600),
    ("x " * 200 + "\nA closing line.", 600),  # a body line within the first 600 characters: no change
    ("x " * 400, 800),
    (_MENU + _BODY + "\nMore.", len(_MENU) + len(_BODY)),  # to the end of the first body line
    (_MENU + _BODY.replace(" ", "\u00a0") + "\n" + _BODY, len(_MENU) + 2 * len(_BODY) + 1),  # other blanks do not join words
    (_MENU + _BODY.replace("word ", "word\t", 3) + "\n", len(_MENU) + len(_BODY)),  # tabs do
    (_MENU + "a b c\n" * 400, 600),  # no body line within 3000 characters
    ("Home | News\n" * 241 + _BODY, 3000),  # a body line cut at 3000 characters
])
def test_header_reaches_the_first_body_line(text, expected):
    assert _header_limit(text, 600) == expected


_STANDFIRST = "The two delegations " + "met " * 17 + "in the capital."  # twenty words: a body-like line
_CAPTION = "The foreign minister and his counterpart " + "stand " * 14 + "at the ministry (Photo: Agency/Staff)"


@pytest.mark.parametrize("text,expected", [
    # a date that starts before the header's 600th character is read whole, not cut there
    ("Home | News | World\n" * 28 + "Headline\n\nBy Desk\nLast updated: 21 Aug 2025, 10:05 AM GMT\n\nBody",
     (dt.date(2025, 8, 21), None)),
    # a publication stamp below a standfirst that ended the header
    ("Headline\n\n" + _STANDFIRST + "\n\nBy Staff Writer\nPublished On 9 Sep 2024\n\n" + _STANDFIRST,
     (dt.date(2024, 9, 9), None)),
    ("Menu\n" + "Home | World | Asia | Europe | Business | Sport | Culture | Opinion | Video | Podcasts | Latest\n"
     + "x\n" * 280 + "Headline\n\nFirst posted at: March 2, 2023 4:10pm\n\n" + _STANDFIRST, (dt.date(2023, 3, 2), None)),
    # ... not a line that merely opens with such a word, nor a stamp beyond the page's top
    ("Headline\n\n" + _STANDFIRST + "\n\nUpdated figures were released on 3 May 2024 by the office.", (None, None)),
    ("Headline\n\n" + _STANDFIRST + "\n" + "y\n" * 1500 + "Published: 4 May 2024\n" + _STANDFIRST, (None, None)),
    # a byline or timestamp line below a standfirst, without a stamp word
    ("Headline\n\n" + _STANDFIRST + "\n\nBy Our Correspondent | Kampala | 4 April 2022\n\n" + _STANDFIRST,
     (dt.date(2022, 4, 4), None)),
    ("Headline\n\n" + _STANDFIRST + "\n\nOct 8, 2023 11:02 PM EDT\n\n" + _STANDFIRST, (dt.date(2023, 10, 8), None)),
    ("Headline\n\n" + _STANDFIRST + "\n\nRelease date: 2 Dec 2021\n\n" + _STANDFIRST, (dt.date(2021, 12, 2), None)),
    # ... not a labelled line of the text, nor a short line below the next body line
    ("Home | News\n" * 60 + "Headline\n\n" + _STANDFIRST + "\n\nDeadline: 30 June 2025\n\n" + _STANDFIRST,
     (None, None)),
    ("Home | News\n" * 60 + "Headline\n\n" + _STANDFIRST + "\n\n" + _STANDFIRST + "\n\n4 April 2022\n\n"
     + _STANDFIRST, (None, None)),
    # a stamp word in capitals, a time after 'at'
    ("Headline\n\nUPDATED ON AUG 21, 2025 10:05 AM IST\n\nBody", (dt.date(2025, 8, 21), None)),
    ("Headline\n\nAugust 21, 2025 at 10:05 am\n\nBody", (dt.date(2025, 8, 21), None)),
    # a photo caption above the byline is not the body: the byline's date below it is the header's
    ("Home | News\n" * 55 + "Headline\n\n" + _CAPTION + "\n\nBy A Reporter\n12 June 2022\n\n" + _STANDFIRST,
     (dt.date(2022, 6, 12), None)),
])
def test_reference_date_past_a_standfirst_or_a_caption(text, expected):
    assert find_reference_date(text) == expected


@pytest.mark.parametrize("caption", [
    "Minister A (L) and Minister B " + "pose " * 16 + "in the hall",
    "Minister A and Minister B " + "pose " * 16 + "in the hall [Handout/Foreign Office]",
    "Minister A and Minister B " + "pose " * 16 + "in the hall. (X/@ministerA)",
    "Minister A (3rd from R) and Minister B " + "pose " * 16 + "in the hall",
    "Minister A and Minister B " + "pose " * 16 + "in the hall - Photo: Agency/Staff",
])
def test_header_goes_on_past_a_photo_caption(caption):
    import dialogue_extract.dates.reference as R
    pattern = R._line_pattern(DateFinder().lex.caption_line)
    text = _MENU + caption + "\n" + _BODY + "\nMore."
    assert _header_limit(text, 600, pattern) == len(_MENU) + len(caption) + 1 + len(_BODY)
    assert _header_limit(text, 600) == len(_MENU) + len(caption)  # without the pattern: the caption ends it


@pytest.mark.parametrize("month,day,ref,year", [
    (1, 5, dt.date(2025, 12, 28), 2026), (12, 28, dt.date(2026, 1, 5), 2025), (2, 29, dt.date(2024, 3, 1), 2024),
    (2, 29, dt.date(2025, 3, 1), 2024),
])
def test_closest_year(month, day, ref, year):
    assert closest_year(month, day, ref) == year


def test_month_year_and_weekday_modes():
    ref = dt.date(2026, 2, 14)
    assert month_year(2, ref, "before") == 2025 and month_year(2, ref, "on_or_before") == 2026
    assert month_year(2, ref, "after") == 2027 and month_year(3, ref, "on_or_after") == 2026
    assert resolve_weekday(5, ref, "before") == dt.date(2026, 2, 7)
    assert resolve_weekday(5, ref, "after") == dt.date(2026, 2, 21)


def test_trie_matches_exactly_its_words():
    import re

    words = ["Sept", "Sep", "September", "Mar", "March", "this year", "this"]
    rx = re.compile(rf"(?:{trie(words)})\Z")
    assert all(rx.match(w) for w in words)
    assert rx.match("this   year") and not rx.match("Se") and not rx.match("Marc")


# -- lists joined by "and", weekday ranges, vague and relative phrases ---------------------------
def found(text, reference=SAT):
    return [(f.text, f.value, f.value_end) for f in find_dates(text, reference)]


@pytest.mark.parametrize("text,expected", [
    # consecutive days: one range
    ("The talks ran on July 8 and 9, 2024 in Geneva.", [("July 8 and 9, 2024", "2024-07-08", "2024-07-09")]),
    ("The talks ran on 8 and 9 July 2024.", [("8 and 9 July 2024", "2024-07-08", "2024-07-09")]),
    ("Envoys met on 2, 3 and 4 October.", [("2, 3 and 4 October", "2025-10-02", "2025-10-04")]),
    ("Held on the 11th and 12th of May 2023.", [("the 11th and 12th of May 2023", "2023-05-11", "2023-05-12")]),
    ("Held on 11th & 12th May 2023.", [("11th & 12th May 2023", "2023-05-11", "2023-05-12")]),
    ("Consultations on Nov 20 and 21 in Hanoi.", [("Nov 20 and 21", "2025-11-20", "2025-11-21")]),
    # days apart: one date per day, each with its own span and the list's year
    ("Votes are set for 9 and 12 March 2027.", [("9", "2027-03-09", None), ("12 March 2027", "2027-03-12", None)]),
    ("Rounds on July 8 and 10, 2024.", [("July 8", "2024-07-08", None), ("10, 2024", "2024-07-10", None)]),
    ("Rounds on 1, 2, and 5 January.", [("1", "2026-01-01", None), ("2", "2026-01-02", None),
                                       ("5 January", "2026-01-05", None)]),
    # "between ... and ..." stays a range
    ("between 9 and 12 March 2027", [("9 and 12 March 2027", "2027-03-09", "2027-03-12")]),
])
def test_day_lists(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # (read in February 2026, a July of the past tense is last year's)
    ("a number before another word may be a count: on July 8 and 9 envoys met", [("July 8", "2025-07-08", None)]),
    ("7 and 7 August", [("7 August", "2026-08-07", None)]),
    ("30 and 31 September 2024", [("September 2024", "2024-09", None)]),
])
def test_day_lists_refused(text, expected):
    assert found(text) == expected


def test_day_list_without_reference_keeps_unknown_year():
    assert found("Talks on 9 and 12 March.", None) == [("9", "XXXX-03-09", None), ("12 March", "XXXX-03-12", None)]
    assert found("Talks on 9 and 10 March.", None) == [("9 and 10 March", "XXXX-03-09", "XXXX-03-10")]


@pytest.mark.parametrize("text,expected", [
    # months that follow each other are one period, as consecutive days are
    ("Trade grew in September and October 2023.", [("September and October 2023", "2023-09", "2023-10")]),
    ("Trade grew during September and October 2023.", [("September and October 2023", "2023-09", "2023-10")]),
    ("September and October 2023 were busy.", [("September and October 2023", "2023-09", "2023-10")]),
    ("Sep and Oct 2023", [("Sep and Oct 2023", "2023-09", "2023-10")]),
    ("in July, August and September of 2021", [("July, August and September of 2021", "2021-07", "2021-09")]),
    ("in November and December last year", [("November and December last year", "2025-11", "2025-12")]),
    # months apart: one value per month
    ("Trade grew in March and May 2024.", [("March", "2024-03", None), ("May 2024", "2024-05", None)]),
    ("in July, August and October of 2021", [("July", "2021-07", None), ("August", "2021-08", None),
                                              ("October of 2021", "2021-10", None)]),
    # a month later in the year than the last one falls in the year before
    ("November and January 2026", [("November", "2025-11", None), ("January 2026", "2026-01", None)]),
    # no year: resolved like a lone month, the first month taking the year of the last
    ("Exports rose in June and July.", [("June and July", "2025-06", "2025-07")]),
    ("Ministers will meet in June and July.", [("June and July", "2026-06", "2026-07")]),
    ("Ministers will meet in June and September.", [("June", "2026-06", None), ("September", "2026-09", None)]),
    # a range stays a range; a day after the last month makes it a day
    ("between September and October 2023", [("September and October 2023", "2023-09", "2023-10")]),
    ("in June and July 4", [("June", "2025-06", None), ("July 4", "2026-07-04", None)]),
    # abbreviations and months without a preposition need a year
    ("in Sep and Oct", []),
    ("June and July", []),
])
def test_month_lists(text, expected):
    assert found(text) == expected


def test_month_list_without_reference():
    assert found("talks in June and August", None) == [("June", "XXXX-06", None), ("August", "XXXX-08", None)]
    assert found("talks in June and July", None) == [("June and July", "XXXX-06", "XXXX-07")]


@pytest.mark.parametrize("text,reference,expected", [
    ("The delegation met on Wednesday-Thursday.", SAT, [("Wednesday-Thursday", "2026-02-11", "2026-02-12")]),
    ("The forum ran from Tuesday to Thursday.", SAT, [("Tuesday to Thursday", "2026-02-10", "2026-02-12")]),
    ("The forum ran between Tuesday and Thursday.", SAT, [("Tuesday and Thursday", "2026-02-10", "2026-02-12")]),
    # two days joined by "and" are two dates, each its weekday's (adjacent or not), both read the same way
    ("The delegation met on Wednesday and Thursday.", SAT,
     [("Wednesday", "2026-02-11", None), ("Thursday", "2026-02-12", None)]),
    ("The delegation will visit on Wednesday and Thursday.", SAT,
     [("Wednesday", "2026-02-18", None), ("Thursday", "2026-02-19", None)]),
    ("They met last Thursday and Friday.", SAT, [("last Thursday", "2026-02-12", None), ("Friday", "2026-02-13", None)]),
    ("The envoys met on Friday and Saturday.", dt.date(2026, 2, 16),
     [("Friday", "2026-02-13", None), ("Saturday", "2026-02-14", None)]),
    # not adjacent: two weekdays
    ("They met on Tuesday and Friday.", SAT, [("Tuesday", "2026-02-10", None), ("Friday", "2026-02-13", None)]),
    # habits and unknown references give no value
    ("Markets close every Saturday and Sunday.", SAT, []),
    ("They met on Wednesday-Thursday.", None, []),
])
def test_weekday_ranges(text, reference, expected):
    assert found(text, reference) == expected


@pytest.mark.parametrize("text,expected", [
    ("growth in early 2027", [("early 2027", "2027", None)]),  # a part of a year is read with it
    ("growth by mid-2027", [("mid-2027", "2027", None)]),
    ("growth in late 2027", [("late 2027", "2027", None)]),
    ("done by the end of this year", [("this year", "2026", None)]),
    ("done by the end of next year", [("next year", "2027", None)]),
    ("a visit later this month", [("later this month", "2026-02", None)]),
    # weeks have no value of their own: nothing rather than a wrong value
    ("they spoke earlier this week", []),
    ("they spoke last week", []),
    ("they will speak next week", []),
    ("talks this week", []),
])
def test_vague_and_relative_phrases(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a day alone is one of the reference month (see test_day_of_the_month_alone)
    ("signed on the 9th", [("the 9th", "2026-02-09", None)]),
    # (a day far from the reference in a sentence in the past: the April before)
    ("signed on the 9th of April", [("the 9th of April", "2025-04-09", None)]),
    ("to be signed on the 9th of April", [("the 9th of April", "2026-04-09", None)]),
    ("signed on the 9th of April 2019", [("the 9th of April 2019", "2019-04-09", None)]),
    ("on the 9th, the ministers met", [("the 9th", "2026-02-09", None)]),
])
def test_ordinal_days(text, expected):
    assert found(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 -/.,:thndrs") + [
    " May ", " March ", "Feb. ", " 2026", " Friday", " to ", " and ", "between ", "from ", " of ", "\n",
    " today", " last ", " year", " Q1 ", " half ", " first ", "Sept", " & ", ", ", "-", " in ", " Monday",
    " Tuesday", " every ", " the ", "th"]), max_size=30).map("".join),
       st.sampled_from([None, SAT, dt.date(2024, 2, 29), dt.date(1999, 12, 31)]))
def test_found_offsets_slice_the_text(text, reference):
    for f in find_dates(text, reference):
        assert text[f.start:f.end] == f.text
        assert f.value and (f.value_end is None or f.value_end)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.sampled_from([None, SAT]), st.booleans())
def test_normalize_never_raises(text, reference, future):
    result = normalize(text, reference, future=future)
    assert result is None or isinstance(result, DateParse)


# -- the tense of weekdays and lone months, read from the verb that governs them ----------------
JAN20 = dt.date(2025, 1, 20)  # a Monday


@pytest.mark.parametrize("sentence,expected", [
    # present tenses of travel speak of a plan
    ("The Vice President heads to Colombo on Tuesday for a visit.", ("Tuesday", "2025-01-21")),
    ("The delegation leaves for Hanoi on Thursday.", ("Thursday", "2025-01-23")),
    ("The minister travels to Paris on Friday.", ("Friday", "2025-01-24")),
    # so do present tenses of a fixture or an event's start
    ("The national side plays Chile in a friendly on Saturday.", ("Saturday", "2025-01-25")),
    ("Ghana faces Togo in the qualifier on Wednesday.", ("Wednesday", "2025-01-22")),
    ("The trade fair begins on Thursday in the capital.", ("Thursday", "2025-01-23")),
    # present tenses of a scheduled event: holding it, voting, opening, "there is"
    ("Romania holds a presidential runoff on Sunday.", ("Sunday", "2025-01-26")),
    ("There is a local election in Quebec on Saturday, isn't there?", ("Saturday", "2025-01-25")),
    ("The conference opens on Wednesday in Nairobi.", ("Wednesday", "2025-01-22")),
    ("Portugal votes on Sunday in a snap election.", ("Sunday", "2025-01-26")),
    ("The assembly elects its speaker on Thursday.", ("Thursday", "2025-01-23")),
    ("The assembly elected its speaker on Thursday.", ("Thursday", "2025-01-16")),
    # a figure's simple past closes the period it gives, whatever follows in the sentence
    ("Tea exports rose by 9 percent in March, and the surplus is growing.", ("March", "2024-03")),
    ("Remittances fell in October while the deficit is widening.", ("October", "2024-10")),
    ("Arrivals totalled 40,000 in June, and bookings are increasing.", ("June", "2024-06")),
    # a participle: past, unless a future cue governs it
    ("They reviewed the outcome of the meeting held in October.", ("October", "2024-10")),
    ("They will review the progress since the meeting held in October.", ("October", "2024-10")),
    ("The next round will be held in March.", ("March", "2025-03")),
    ("The accord is to be signed in March.", ("March", "2025-03")),
    ("The talks were held in March.", ("March", "2024-03")),
    # an election or a deadline ahead: due, going to the polls, expiring
    ("General elections are due in March.", ("March", "2025-03")),
    ("The country goes to the polls in March.", ("March", "2025-03")),
    ("The current agreement expires in March.", ("March", "2025-03")),
    ("The previous agreement expired in March.", ("March", "2024-03")),
    # the preparations for an event speak of the event ahead, whatever the verb that reports them
    ("They discussed the preparations for the summit in Lima in March.", ("March", "2025-03")),
    ("The minister briefed him on the preparations for the forum in March.", ("March", "2025-03")),
    ("The two sides agreed to hold the next meeting in October.", ("October", "2025-10")),
    ("The Secretary spoke with the Minister on Sunday, and they agreed to stay in touch ahead of the summit.",
     ("Sunday", "2025-01-19")),
    # a period closing "until" a month is still running, unless the sentence speaks of the past
    ("Poland, which holds the presidency until June, said so.", ("June", "2025-06")),
    ("The programme runs until March, the minister said.", ("March", "2025-03")),
    ("He was in office until June.", ("June", "2024-06")),
    ("The ban remained in force until March.", ("March", "2024-03")),
    # the full stop of "Mr." or "H.E." ends no sentence: the cue before it still governs
    ("They discussed the preparations for the visit of the Deputy Minister, Mr. Do Hung Viet, to Hanoi in March.",
     ("March", "2025-03")),
    ("They reviewed the visit of H.E. Mr. Ali to Doha in March.", ("March", "2024-03")),
    ("Tourists expected to travel to the coast in March will need visas.", ("March", "2025-03")),
    # a past participle nearer the date than the sentence's "will" governs it
    ("Indonesia will pay less under a deal reached in Jakarta on Friday.", ("Friday", "2025-01-17")),
    ("The country will apply the resolution adopted in March.", ("March", "2024-03")),
    # an event with its place before the month is the one ahead; so is looking forward, and a return
    ("They discussed the Group of Twenty summit in Rio de Janeiro in March.", ("March", "2025-03")),
    ("He said he looked forward to seeing her at the forum in March.", ("March", "2025-03")),
    ("The delegation returns to Accra on Friday.", ("Friday", "2025-01-24")),
    # a verb in the past right after the date governs it, whatever the future after it
    ("Chile and Peru on Friday agreed to hold talks on fisheries.", ("Friday", "2025-01-17")),
    ("Chile and Peru on Friday signed a deal that will cut tariffs.", ("Friday", "2025-01-17")),
    ("Chile and Peru agreed to hold talks on Friday.", ("Friday", "2025-01-24")),
    # a promise, a pledge or an expectation looks ahead, whatever tense it is said in
    ("The junta has promised a vote in August.", ("August", "2025-08")),
    ("The minister pledged new funds by March.", ("March", "2025-03")),
    ("Officials expected the border commission to finish its work in April.", ("April", "2025-04")),
    ("He vowed to reopen the embassy in May.", ("May", "2025-05")),
])
def test_tense_from_the_governing_verb(sentence, expected):
    assert [(f.text, f.value) for f in find_dates(sentence, JAN20)] == [expected]


@pytest.mark.parametrize("text,reference,expected", [
    # an explicit date beside a weekday wins over the tense
    ("The ceremony is on Saturday, that is 25th January, in Kathmandu.", JAN20,
     [("Saturday", "2025-01-25", "adjacent"), ("25th January", "2025-01-25", "text")]),
    ("The talks were held on Friday, i.e. 24 January 2025.", JAN20,
     [("Friday", "2025-01-24", "adjacent"), ("24 January 2025", "2025-01-24", "text")]),
    # day/month in parentheses after a weekday (wire style): day first
    ("The ministers met in Kuala Lumpur on Saturday (30/7).", dt.date(2022, 8, 1),
     [("Saturday", "2022-07-30", "adjacent"), ("30/7", "2022-07-30", "text")]),
    ("He spoke in Jakarta on Tuesday (11/2).", dt.date(2025, 2, 12),
     [("Tuesday", "2025-02-11", "adjacent"), ("11/2", "2025-02-11", "text")]),
    # month first only when the weekday says so
    ("They met on Saturday (7/30).", dt.date(2022, 8, 1),
     [("Saturday", "2022-07-30", "adjacent"), ("7/30", "2022-07-30", "text")]),
    # without a reference the weekday still takes the written date
    ("They met on Saturday (30/7).", None,
     [("Saturday", "XXXX-07-30", "adjacent"), ("30/7", "XXXX-07-30", "text")]),
])
def test_weekday_with_an_appositive_date(text, reference, expected):
    assert [(f.text, f.value, f.source) for f in find_dates(text, reference)] == expected


@pytest.mark.parametrize("text", ["every Saturday (30/7)", "a score of 30/7", "on 9/11 they"])
def test_day_month_fractions_are_no_dates(text):
    assert find_dates(text, JAN20) == []


@pytest.mark.parametrize("text,expected", [
    ("Officials meet from the 22nd to the 25th of September in Male.",
     ("the 22nd to the 25th of September", "2025-09-22", "2025-09-25")),
    ("The visit lasts from the 30th of September to the 2nd of October.",
     ("the 30th of September to the 2nd of October", "2025-09-30", "2025-10-02")),
    ("It met between the 3rd and the 5th of May.", ("the 3rd and the 5th of May", "2025-05-03", "2025-05-05")),
    ("It was held on the 3rd, 4th of December, under the chair of Ethiopia.",
     ("the 3rd, 4th of December", "2025-12-03", "2025-12-04")),
    ("It was held on 30, 31 December.", ("30, 31 December", "2025-12-30", "2025-12-31")),
    # text drawn from PDFs runs a month into its day
    ("A visit to India from February18 to 21.", ("February18 to 21", "2025-02-18", "2025-02-21")),
    ("(February18 to 21, 2025)", ("February18 to 21, 2025", "2025-02-18", "2025-02-21")),
    ("They met on February18.", ("February18", "2025-02-18", None)),
])
def test_ordinal_comma_and_glued_ranges(text, expected):
    assert [(f.text, f.value, f.value_end) for f in find_dates(text, dt.date(2025, 7, 20))] == [expected]


def test_days_joined_by_commas_alone_must_follow_each_other():
    assert [(f.text, f.value) for f in find_dates("on 3, 5 December", JAN20)] == [("5 December", "2024-12-05")]


@pytest.mark.parametrize("text", [
    "under the India-Nepal Power Trade Roadmap 2030, Nepal",
    "the Blue Economy Vision 2047 of the Maldives",
    "the importance of Agenda 2063 for Africa",
    "briefed on AmBisyon Natin 2040, its long-term vision",
    "Trending: Ganesh Chaturthi 2025 | Asia Cup",
    # a year glued to a Capitalised word names an exercise or an event
    "the navies will hold Exercise Sea Falcon-2026 off the coast",
    "the armies took part in the \"Steppe Eagle-2024\" drills",
    # a year opening a plan's name
    "both backed the 2030 Agenda for Sustainable Development",
])
def test_a_year_ending_a_name_is_no_date(text):
    assert find_dates(text, JAN20) == []


@pytest.mark.parametrize("text,value", [
    ("India Nepal Sign Power Deal In 2019", "2019"),
    ("The Joint Commission met in 2019.", "2019"),
    ("Copyright 2025 The Daily", "2025"),
    ("the Plan of Action 2025-2029", "2025"),
    ("Mid-2025 will see the first flights.", "2025"),
    ("Pre-1990 arrangements lapsed.", "1990"),
    ("By 2030 Plans for the port must be ready.", "2030"),
])
def test_a_year_after_capitalised_words_can_still_be_a_date(text, value):
    assert [f.value for f in find_dates(text, JAN20)] == [value]


@pytest.mark.parametrize("text,expected", [
    # as agreements are dated: "Done at X on the 19th day of September 2025"
    ("Done at Accra on the 19th day of September 2025, in two originals.", ("the 19th day of September 2025", "2025-09-19")),
    ("Signed at Lima on this 2nd day of March, 2024.", ("this 2nd day of March, 2024", "2024-03-02")),
    ("The panel meets on the 21st day of May.", ("the 21st day of May", "2025-05-21")),
])
def test_the_day_of_a_month(text, expected):
    assert [(f.text, f.value) for f in find_dates(text, JAN20)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The delegation arrived on 28/1 and left on 2/2.", [("28/1", "2025-01-28"), ("2/2", "2025-02-02")]),
    ("On 14/1, the two sides met.", [("14/1", "2025-01-14")]),
    ("The council met on 3/13 in Geneva.", [("3/13", "2025-03-13")]),  # day first unless impossible
    # fractions and the round-the-clock idiom are no dates
    ("Services run on 24/7 basis.", []),
    ("a vote on 2/3 of the seats", []),
])
def test_a_day_and_month_after_on(text, expected):
    assert [(f.text, f.value) for f in find_dates(text, JAN20)] == expected


def test_dateline_of_a_byline_line():
    from dialogue_extract.dates import find_dateline

    text = "Home | News\n\nTitle of the story\n\nBy Staff Reporter | Colombo | 27 July 2019\n\nThe talks were held."
    f = find_dateline(text)
    assert f is not None and f.value == "2019-07-27" and text[f.start:f.end] == "27 July 2019"
    assert find_dateline("No date here at all.") is None


@pytest.mark.parametrize("sentence,reference,value", [
    # no verb gives the tense: the month nearest the reference date
    ("They discussed a visit before the ASEAN summit in October.", dt.date(2025, 5, 14), "2025-10"),
    ("They talked about the Arctic and about the NATO summit in July.", dt.date(2025, 3, 11), "2025-07"),
    ("The agenda covered the elections in August.", dt.date(2025, 5, 14), "2025-08"),
    ("The agenda covered the summit in November.", dt.date(2025, 5, 14), "2024-11"),  # a tie: the past
    # without an event the past, as before
    ("Exports rose sharply in August.", dt.date(2025, 5, 14), "2024-08"),
    # a cue still decides
    ("The talks were held in October.", dt.date(2025, 5, 14), "2024-10"),
])
def test_lone_month_dating_an_event_without_a_tense_cue(sentence, reference, value):
    assert [f.value for f in find_dates(sentence, reference)] == [value]


@pytest.mark.parametrize("text,reference,expected", [
    ("On the 22nd, he will hold talks in Manila.", dt.date(2026, 1, 16), [("the 22nd", "2026-01-22")]),
    ("China announced new curbs on the 9th. What is your reaction?", dt.date(2026, 1, 16),
     [("the 9th", "2026-01-09")]),
    ("The leaders will meet at Hyderabad House on the 23rd.", dt.date(2025, 9, 17), [("the 23rd", "2025-09-23")]),
    # a day still to come in the past tense is last month's, a day gone by ahead is next month's
    ("The vessel was stopped on the 28th and searched.", dt.date(2026, 1, 16), [("the 28th", "2025-12-28")]),
    ("He will arrive on the 3rd.", dt.date(2026, 1, 16), [("the 3rd", "2026-02-03")]),
    # an ordinal that counts something, or the first day of a list of days, is no day alone
    ("The office is on the 9th floor.", dt.date(2026, 1, 16), []),
    ("They met on the 75th anniversary of ties.", dt.date(2026, 1, 16), []),
    ("Officials meet on the 22nd and 23rd of March.", dt.date(2026, 3, 1), [("the 22nd and 23rd of March", "2026-03-22")]),
    ("It was held on the 3rd, 4th of December.", dt.date(2025, 12, 20), [("the 3rd, 4th of December", "2025-12-03")]),
])
def test_day_of_the_month_alone(text, reference, expected):
    assert [(f.text, f.value) for f in find_dates(text, reference)] == expected


@pytest.mark.parametrize("text,expected", [
    ("They will settle the matter before the end of the year.", [("the end of the year", "2025")]),
    ("Ties grew stronger by the end of the year 2019.", [("2019", "2019")]),
    ("They launched a year-long programme this year.", [("this year", "2025")]),
    ("They agreed on the end of the year-long freeze.", []),
])
def test_the_end_of_the_year(text, expected):
    assert [(f.text, f.value) for f in find_dates(text, JAN20)] == expected


@pytest.mark.parametrize("text,expected", [
    # a weekday may stand before either end of a range of days
    ("The forum runs from Tuesday, 4th March to Thursday, 6th March 2025 in Abuja.",
     ("Tuesday, 4th March to Thursday, 6th March 2025", "2025-03-04", "2025-03-06")),
    ("Talks: Mon 10 to Wed 12 February, Oslo", ("Mon 10 to Wed 12 February", "2025-02-10", "2025-02-12")),
    ("The fair is open Friday, May 9 - Sunday, May 11.", ("Friday, May 9 - Sunday, May 11", "2025-05-09", "2025-05-11")),
    ("They will meet between Monday 3 and Wednesday 5 March.", ("Monday 3 and Wednesday 5 March", "2025-03-03", "2025-03-05")),
])
def test_ranges_with_weekdays_at_their_ends(text, expected):
    assert [(f.text, f.value, f.value_end) for f in find_dates(text, JAN20)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a day/month written right after a weekday, as schedules do, dates it
    ("Delegates must confirm attendance by Thursday 23/1.",
     [("Thursday", "2025-01-23", "adjacent"), ("23/1", "2025-01-23", "text")]),
    ("The team flew home on Sunday, 19/1/2025, after the talks.",
     [("Sunday", "2025-01-19", "adjacent"), ("19/1/2025", "2025-01-19", "text")]),
    ("Every Friday 17/1 the office opens late.", []),
])
def test_weekday_with_a_day_month_beside_it(text, expected):
    assert [(f.text, f.value, f.source) for f in find_dates(text, JAN20)] == expected


@pytest.mark.parametrize("text,expected", [
    # a bare weekday falls in the days the release has dated, when the tense alone gives another day
    ("The delegation will be in Lima from 27 to 30 January. On Wednesday it will tour the port.",
     ("Wednesday", "2025-01-29")),
    ("Wednesday, 29 January: plenary session.\nThe declaration will be adopted on Wednesday.",
     ("Wednesday", "2025-01-29")),
    ("The minister was in Hanoi from 6 to 9 January. On Tuesday she met the Prime Minister.",
     ("Tuesday", "2025-01-07")),
    # not a dated day on the other side of the reference date, nor one weeks away
    ("The ministers met on Friday, 10 January. They will meet again on Friday.", ("Friday", "2025-01-24")),
    ("The summit will take place from 10 to 12 March. On Tuesday the minister will brief Parliament.",
     ("Tuesday", "2025-01-21")),
])
def test_weekday_in_the_days_a_release_dates(text, expected):
    assert [(f.text, f.value) for f in find_dates(text, JAN20)][-1] == expected


@pytest.mark.parametrize("text,expected", [
    # a proposal or a request puts what it asks for ahead
    ("She proposed that the commission convene in Nairobi in March.", ("March", "2025-03")),
    ("The envoy suggested that both sides resume talks in November.", ("November", "2025-11")),
    ("Kenya requested that the panel report back on Friday.", ("Friday", "2025-01-24")),
])
def test_tense_of_a_proposal(text, expected):
    assert [(f.text, f.value) for f in find_dates(text, JAN20)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a range or list of days whose year is told by its distance
    ("The fair will be held between 10-12 March next year.", ("10-12 March next year", "2026-03-10", "2026-03-12")),
    ("They toured Peru from 3 to 5 June last year.", ("3 to 5 June last year", "2024-06-03", "2024-06-05")),
    ("Flights resume on September 8-9 of next year.", ("September 8-9 of next year", "2026-09-08", "2026-09-09")),
    ("It met on the 6th and 7th of May last year.", ("the 6th and 7th of May last year", "2024-05-06", "2024-05-07")),
    # a fiscal year glued to its abbreviation
    ("Exports grew 9% in FY2022-23.", ("2022-23", "2022", "2023")),
])
def test_ranges_with_a_year_shift_and_fiscal_years(text, expected):
    assert [(f.text, f.value, f.value_end) for f in find_dates(text, dt.date(2025, 7, 1))] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    # the present progressive and present tenses of travel and of schedules speak of what is arranged ahead
    ("The envoy is flying to Canberra on Thursday.", ("Thursday", "2025-01-23")),
    ("Both delegations are convening in Bern in March.", ("March", "2025-03")),
    ("The foreign minister lands in Hanoi on Saturday.", ("Saturday", "2025-01-25")),
    ("Negotiations resume in Brussels on Wednesday.", ("Wednesday", "2025-01-22")),
    ("The protocol enters into force in November.", ("November", "2025-11")),
    ("The plenary is set for Friday.", ("Friday", "2025-01-24")),
    # a word in -ing that is no verb, and a progressive in the past, do not look ahead
    ("Trade data from December are encouraging.", ("December", "2024-12")),
    ("She was touring the region on Friday.", ("Friday", "2025-01-17")),
    # "since" looks back, whatever the tense around it
    ("He is paying his first visit since assuming office in April.", ("April", "2024-04")),
])
def test_tense_of_present_arrangements(sentence, expected):
    assert [(f.text, f.value) for f in find_dates(sentence, JAN20)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a day of a month told by its distance from the reference date is one date
    ("The accord was initialled on the 9th of this month.", [("the 9th of this month", "2025-01-09")]),
    ("Experts convene on the 4th of next month in Quito.", [("the 4th of next month", "2025-02-04")]),
    ("It lapsed on the 30th day of last month.", [("the 30th day of last month", "2024-12-30")]),
    ("The talks held on 14th instant were cordial.", [("14th instant", "2025-01-14")]),
    # a number without its ordinal suffix counts: only the month is dated
    ("Only 12 of this month's flights left.", [("this month", "2025-01")]),
])
def test_a_day_of_a_month_told_by_its_distance(text, expected):
    assert [(f.text, f.value) for f in find_dates(text, JAN20)] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a present copula right before the date, an invitation and preparations look ahead
    ("The runoff is on Sunday.", ("Sunday", "2025-01-26")),
    ("The census is in August.", ("August", "2025-08")),
    ("Peru invited the Chancellor to visit Lima in March.", ("March", "2025-03")),
    ("Work is under way for the launch on Thursday.", ("Thursday", "2025-01-23")),
    # what is over is told with "was"
    ("The runoff was on Sunday.", ("Sunday", "2025-01-19")),
])
def test_tense_of_a_copula_and_an_invitation(sentence, expected):
    assert [(f.text, f.value) for f in find_dates(sentence, JAN20)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # two numeric dates joined as a range, the year written at least at the end
    ("Registration: 03/02/2025 - 07/02/2025.", ("03/02/2025 - 07/02/2025", "2025-02-03", "2025-02-07")),
    ("The fair runs from 27.3. to 30.3.2025 in Basel.", ("27.3. to 30.3.2025", "2025-03-27", "2025-03-30")),
    ("The mission stays 29/12 - 3/1/2025.", ("29/12 - 3/1/2025", "2024-12-29", "2025-01-03")),
    # a decimal number before a dotted date is no end of a range
    ("Growth of 2.5 - 4.5.2025 figures", ("4.5.2025", "2025-05-04", None)),
])
def test_numeric_ranges(text, expected):
    assert [(f.text, f.value, f.value_end) for f in find_dates(text, JAN20)] == [expected]


@pytest.mark.parametrize("text,reference,expected", [
    # the weekday beside a day/month names its year when that is not the nearest one
    ("The envoys met on Thursday (13/2).", dt.date(2025, 10, 1), [("Thursday", "2025-02-13"), ("13/2", "2025-02-13")]),
    ("Talks open on Monday (5/1).", dt.date(2025, 6, 20), [("Monday", "2026-01-05"), ("5/1", "2026-01-05")]),
])
def test_weekday_beside_a_day_month_names_its_year(text, reference, expected):
    assert [(f.text, f.value) for f in find_dates(text, reference)] == expected


@pytest.mark.parametrize("text, value", [
    # a plan's date: the preposition of a schedule puts a lone month ahead
    ("They discussed a commission session planned for March in Lusaka.", "2026-03"),
    ("The vote, postponed to April, was discussed at length.", "2026-04"),
    ("The ministers reviewed the forum, scheduled for February.", "2026-02"),
    # the present of a handover that is still to come
    ("The envoy, appointed last week, takes over when her predecessor retires in March.", "2026-03"),
    # and the past stays past
    ("A round of talks was held in March.", "2025-03"),
])
def test_a_lone_month_after_a_plans_words(text, value):
    found = find_dates(text, dt.date(2025, 9, 15))
    assert [f.value for f in found] == [value]


@pytest.mark.parametrize("text, expected", [
    ("the budget for 2025/26 was passed", [("2025", "2026")]),
    ("the plan for 2021-30 was adopted", [("2021", "2030")]),
    ("Press Release 2025/61 | Vienna", []),
    ("Resolution 2024/75 was adopted", []),
])
def test_a_short_second_year(text, expected):
    assert [(f.value, f.value_end) for f in find_dates(text, dt.date(2025, 9, 15))] == expected


@pytest.mark.parametrize("text, span", [
    ("The dialogue will meet again in early 2027 in Manila.", "early 2027"),
    ("The line should open by mid-2028.", "mid-2028"),
    ("Work is to finish by the end of 2026.", "the end of 2026"),
    ("Talks began in late 2024.", "late 2024"),
])
def test_a_part_of_a_year_is_read_with_it(text, span):
    found = find_dates(text, dt.date(2025, 9, 15))
    assert [(f.text, f.value, f.value_end) for f in found] == [(span, span[-4:], None)]


def test_a_year_of_the_nineteenth_century_is_a_date():
    found = find_dates("The reformer passed through the port in 1893 on his way west.", dt.date(2025, 9, 15))
    assert [(f.text, f.value) for f in found] == [("1893", "1893")]


def test_looking_to_an_event_puts_its_month_ahead():
    found = find_dates("We look to the climate conference in Belem in November for finance.", dt.date(2025, 12, 1))
    assert [f.value for f in found] == ["2026-11"]


@pytest.mark.parametrize("sentence, texts, values", [
    ("Since January, 340 pilgrims have returned home.", ["January"], ["2026-01"]),
    ("In December, 4,500 tonnes of rice were shipped.", ["December"], ["2025-12"]),
    ("During November, 1200 visas were issued.", ["November"], ["2025-11"]),
    ("In January, 2026 opened with talks.", ["January, 2026"], ["2026-01"]),
    ("In January, 12 ministers met.", [], []),
])
def test_a_month_alone_before_a_comma_and_a_count(sentence, texts, values):
    found = find_dates(sentence, SAT)
    assert [f.text for f in found] == texts and [f.value for f in found] == values


@pytest.mark.parametrize("sentence, value", [
    ("The spokesman said the programme of the visit in March would be announced soon.", "2026-03"),
    ("She said that the talks in April would focus on trade.", "2026-04"),
    ("She said the meeting in January was productive.", "2026-01"),
    ("He said on Friday that he would travel.", "2026-02-13"),
    ("He said in January that the talks would resume.", "2026-01"),
])
def test_a_reported_clause_keeps_its_own_tense(sentence, value):
    assert [f.value for f in find_dates(sentence, SAT)] == [value]


@pytest.mark.parametrize("text,expected", [
    # dates proposed for a meeting lie ahead; a period that lapsed or expired is over
    ("We have proposed dates in November for the next round.", ("November", "2025-11")),
    ("The other side suggested dates in October for the visit.", ("October", "2025-10")),
    ("The trade preference scheme lapsed in September.", ("September", "2024-09")),
    ("Their accord on fishing expired in November.", ("November", "2024-11")),
])
def test_tense_of_proposed_dates_and_of_a_lapse(text, expected):
    assert [(f.text, f.value) for f in find_dates(text, JAN20)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a day/month after the words that close or open a period is a date as after "on"
    ("Nominations remain open until 14/3, the embassy said.", [("14/3", "2025-03-14")]),
    ("The exhibition runs till 9/2 in Hanoi.", [("9/2", "2025-02-09")]),
    ("Visa fees have been waived since 5/1.", [("5/1", "2025-01-05")]),
    # after "from" a day/month is a date only as one end of a range: "the quota grew from 1/3 to a half"
    ("The quota grew from 1/3 to a half.", []),
    # after "by" it is a share: "cut by 2/3", "a majority of 2/3"
    ("Tariffs were cut by 2/3.", []),
    ("Tariffs were cut by 1/4 in the first round.", []),
])
def test_a_day_and_month_after_a_period_word(text, expected):
    assert [(f.text, f.value) for f in find_dates(text, JAN20)] == expected


@pytest.mark.parametrize("text, expected", [
    # an academic or financial year with both years written in full
    ("Grants for the academic year 2025/2026 are open.", [("2025/2026", "2025", "2026")]),
    ("The 2027/2028 budget cycle starts soon.", [("2027/2028", "2027", "2028")]),
    # years further apart after a slash number a document
    ("Regulation 2019/2023 was amended.", []),
])
def test_a_year_over_two_full_years_after_a_slash(text, expected):
    assert [(f.text, f.value, f.value_end) for f in find_dates(text, dt.date(2025, 9, 15))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb in the simple past right before the date governs it, whatever cue comes earlier
    ("The accord will enter into force soon, as the ministers decided in December.", ("December", "2024-12")),
    ("The new line is expected to open soon, the company announced on Friday.", ("Friday", "2025-01-17")),
    # a passive after an auxiliary is left to the cues: "will be ratified in March" lies ahead
    ("The treaty will be ratified in March.", ("March", "2025-03")),
    # a participle after a determiner is an adjective: "will attend the revised summit in June"
    ("The president will attend the postponed summit on Thursday.", ("Thursday", "2025-01-23")),
    # no cue before, a verb in the past before the date and an infinitive after it: the verb governs
    ("The envoys agreed in a call on Wednesday to resume the negotiations.", ("Wednesday", "2025-01-15")),
    ("The committee decided at its sitting in November to reopen the file.", ("November", "2024-11")),
    # words in -ed that are no verbs in the past leave the tense to the cues
    ("The talks will proceed in March.", ("March", "2025-03")),
])
def test_tense_of_a_verb_in_the_simple_past(sentence, expected):
    assert [(f.text, f.value) for f in find_dates(sentence, JAN20)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # an instruction puts the task it gives ahead, whatever tense it is told in
    ("The President directed the ministry to finish the border survey in May.", ("May", "2025-05")),
    ("The cabinet has tasked the agency with a report on Friday.", ("Friday", "2025-01-24")),
    ("I have asked our embassy to arrange consultations in April.", ("April", "2025-04")),
    ("The minister instructed officials to conclude the talks in March.", ("March", "2025-03")),
])
def test_tense_of_an_instruction(sentence, expected):
    assert [(f.text, f.value) for f in find_dates(sentence, JAN20)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # year first with dots or slashes, as East Asian pages write it
    ("The consultations took place in Seoul (2024.11.05).", [("2024.11.05", "2024-11-05")]),
    ("Date of issue: 2023/9/4", [("2023/9/4", "2023-09-04")]),
    ("The forum met on 2024. 3. 8. in Busan.", [("2024. 3. 8", "2024-03-08")]),
    # day first with dashes, as South Asian pages write it
    ("Released on 05-11-2024 by the ministry.", [("05-11-2024", "2024-11-05")]),
    # separators that differ, or numbers past a month, are no dates
    ("Ref. 13.13.2024 and 2024.13.01", []),
])
def test_numeric_dates_in_every_order(text, expected):
    assert [(f.text, f.value) for f in find_dates(text, JAN20)] == expected


@pytest.mark.parametrize("head, expected", [
    ("Foreign ministers meet in Tokyo\n2024.11.05 10:20\n\nThe ministers met on Tuesday.", dt.date(2024, 11, 5)),
    ("Foreign ministers meet in Seoul\n2024. 11. 5.\n\nThe ministers met on Tuesday.", dt.date(2024, 11, 5)),
    ("Foreign ministers meet in Dhaka\n05-11-2024\n\nThe ministers met on Tuesday.", dt.date(2024, 11, 5)),
])
def test_reference_date_from_numeric_header_lines(head, expected):
    assert find_reference_date(head) == (expected, None)


@pytest.mark.parametrize("sentence, expected", [
    # a traveller's present tense tells an arrangement ahead
    ("The foreign minister, who took office in June, arrives on Thursday.", ("Thursday", "2025-01-23")),
    ("The envoy departs on Sunday for Nairobi.", ("Sunday", "2025-01-26")),
    # its infinitive after a past verb stays in the past
    ("The embassy helped 20 nationals depart on Saturday.", ("Saturday", "2025-01-18")),
])
def test_tense_of_a_travellers_present(sentence, expected):
    found = [(f.text, f.value) for f in find_dates(sentence, JAN20)]
    assert found[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # a day told by two days' distance is one expression, not "yesterday" or "tomorrow" alone
    ("The envoy presented his credentials the day before yesterday.", [("the day before yesterday", "2025-01-18")]),
    ("Day after tomorrow, the ministers will sign the accord.", [("Day after tomorrow", "2025-01-22")]),
])
def test_a_day_two_days_away(text, expected):
    assert [(f.text, f.value) for f in find_dates(text, JAN20)] == expected


@pytest.mark.parametrize("text, expected", [
    # a range over two months may write the year of both ends, or of the first only
    ("The exhibition runs from 29 December 2024 to 3 January 2025.", [("2024-12-29", "2025-01-03")]),
    ("The mission lasted November 28, 2024 - December 2, 2024.", [("2024-11-28", "2024-12-02")]),
    ("He was posted there from 1 March 2019 to 30 April 2022.", [("2019-03-01", "2022-04-30")]),
    ("The fair opens on 30 December 2024 to 2 January.", [("2024-12-30", "2025-01-02")]),
    # two days that follow each other over a month's end, joined by "and", are one range
    ("The talks are on 30 April and 1 May.", [("2025-04-30", "2025-05-01")]),
    ("Voting took place on January 31 and February 1.", [("2025-01-31", "2025-02-01")]),
    # days apart stay two dates
    ("The talks are on 29 April and 2 May.", [("2025-04-29", None), ("2025-05-02", None)]),
])
def test_ranges_over_a_months_end(text, expected):
    assert [(f.value, f.value_end) for f in find_dates(text, JAN20)] == expected


@pytest.mark.parametrize("text, expected", [
    # days before one numeric date, as European releases write a range
    ("The fair is held on 14.-16.5.2025 in Brno.", [("14.-16.5.2025", "2025-05-14", "2025-05-16")]),
    ("Talks from 3 to 6.2.2025 in Vienna.", [("3 to 6.2.2025", "2025-02-03", "2025-02-06")]),
    ("Consultations 9-11/3/2025, Warsaw", [("9-11/3/2025", "2025-03-09", "2025-03-11")]),
    ("Plenary on 16.-14.5.2025", []),  # days that run backwards are no range
])
def test_a_range_of_days_before_a_numeric_date(text, expected):
    assert [(f.text, f.value, f.value_end) for f in find_dates(text, JAN20)] == expected


@pytest.mark.parametrize("text, expected", [
    # two day/months after "from" or "between" are one range, the year the one nearest the reference
    ("The visa window runs from 3/2 to 14/2 in Hanoi.", [("3/2 to 14/2", "2025-02-03", "2025-02-14")]),
    ("Talks were held between 28/12 and 2/1 in Doha.", [("28/12 and 2/1", "2024-12-28", "2025-01-02")]),
    # shares are no dates
    ("Support rose from 1/3 to 2/3 of the members.", []),
])
def test_a_range_of_day_months_without_a_year(text, expected):
    assert [(f.text, f.value, f.value_end) for f in find_dates(text, JAN20)] == expected


@pytest.mark.parametrize("sentence,value", [
    ("He ends the tour in Busan on Wednesday the 18th.", "2026-02-18"),
    ("The ministers met on Monday the 9th.", "2026-02-09"),
])
def test_a_weekday_with_its_day_of_the_month_is_that_day(sentence, value):
    found = find_dates(sentence, SAT)
    assert [f.value for f in found] == [value]


@pytest.mark.parametrize("text, value", [
    ("Selasa, 14 Julai 2026", "2026-07-14"),
    ("Jakarta, 3 Agustus 2026", "2026-08-03"),
    ("12 Disember 2025", "2025-12-12"),
    ("Oktober 2025", "2025-10"),
])
def test_malay_and_indonesian_month_names_of_a_dateline(extractor, text, value):
    assert [d.value for d in extractor.extract(text, reference_date="2026-08-10").dates] == [value]


@pytest.mark.parametrize("text, expected", [
    ("Ottawa reimposed the visa in February, 2024, a decision that angered Mexico.", [("February, 2024", "2024-02")]),
    ("Since October, 2,500 nationals have left.", [("October", "2025-10")]),
    ("All right, thanks, everybody. We'll see you Thursday.", [("Thursday", "2026-02-12")]),
    ("They met on Thursday.", [("Thursday", "2026-02-05")]),
])
def test_a_month_year_before_a_clauses_comma_and_a_contracted_future(extractor, text, expected):
    got = [(d.text, d.value) for d in extractor.extract(text, reference_date="2026-02-10" if "day" in text
                                                         else "2026-05-20").dates]
    assert got == expected


def test_is_also_due_to_looks_forward(extractor):
    text = "Naseer is also due to address a business forum on Tuesday afternoon."
    assert [(d.text, d.value) for d in extractor.extract(text, reference_date="2025-10-18").dates] == \
        [("Tuesday", "2025-10-21")]


@pytest.mark.parametrize("text, ref, expected", [
    ("It imported 2.9 million tons from January to August this year.", "2025-10-03",
     [("January to August this year", "2025-01", "2025-08")]),
    ("Teams will patrol the border from January to April next year.", "2026-11-06",
     [("January to April next year", "2027-01", "2027-04")]),
])
def test_a_range_of_months_in_a_year_told_by_its_distance(extractor, text, ref, expected):
    assert [(d.text, d.value, d.value_end) for d in extractor.extract(text, reference_date=ref).dates] == expected


@pytest.mark.parametrize("sentence, value", [
    # a day without its year well ahead of the reference in a sentence in the past: the year before
    ("Ties warmed after the earthquakes that struck the region on Feb. 6.", "2023-02-06"),
    ("The summit will be held on Feb. 6.", "2024-02-06"),
    # near the reference, the nearest
    ("They met on Nov. 30.", "2023-11-30"),
])
def test_a_day_without_its_year_ahead_in_a_sentence_in_the_past_is_the_years_before(sentence, value):
    assert [f.value for f in find_dates(sentence, dt.date(2023, 12, 8))] == [value]
