"""Plain functions over the date recogniser: normalise one expression, find all in a text."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from .finder import DateFinder, DateParse, Found, Partial
from .reference import _default_finder

__all__ = ["normalize", "find_dates", "DateParse", "Found"]


def normalize(text: str, reference: Optional[dt.date] = None, *, future: bool = False,
              finder: Optional[DateFinder] = None) -> Optional[DateParse]:
    """Normalise one date expression ("February 12-13", "last Friday", "Q1 2023") to ISO values.

    The first date expression in ``text`` is read; None when there is none or it has no
    value (a weekday without ``reference``). ``future`` makes weekdays and lone months look
    forward from ``reference`` instead of back. Never raises on a string.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    found = (finder or _default_finder()).find(text, reference, future=future)
    return found[0].parse if found else None


def find_dates(text: str, reference: Optional[dt.date] = None, *, partial: Optional[Partial] = None,
               finder: Optional[DateFinder] = None) -> list[Found]:
    """Every date expression of ``text`` with offsets, ISO ``value`` and ``value_end``.

    ``reference`` resolves relative and partial dates; ``partial`` is the (month, day) of a
    dateline without a year, used when there is no ``reference``.
    """
    return (finder or _default_finder()).find(text, reference, partial=partial)
