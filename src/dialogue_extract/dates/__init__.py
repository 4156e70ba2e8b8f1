"""Date recognition and normalisation to ISO 8601 (plain functions; no spaCy).

>>> import datetime as dt
>>> normalize("February 12-13", dt.date(2026, 2, 14))
DateParse(value='2026-02-12', value_end='2026-02-13')
>>> [f.value for f in find_dates("Talks were held on Friday.", dt.date(2026, 2, 14))]
['2026-02-13']
"""
from .finder import DateFinder, DateInfo, DateParse, Found
from .lexicon import DateLexicon, load_lexicon
from .normalize import find_dates, normalize
from .reference import HEADER_CHARS, find_dateline, find_reference_date, reference_and_dateline

__all__ = [
    "normalize",
    "find_dates",
    "find_reference_date",
    "find_dateline",
    "reference_and_dateline",
    "DateParse",
    "DateInfo",
    "Found",
    "DateFinder",
    "DateLexicon",
    "load_lexicon",
    "HEADER_CHARS",
]
