"""Days told by their distance from the date written before them ("the following day").

"On 6 October, the President was received at the Palace. The two leaders held talks the following
day": the day is the one after the last single day the text wrote before it, within the paragraph
or the one before. Read only after a single day (a range, "from 5 to 8 October", leaves it open),
never from a date standing alone on its line (the release's own); with no such day before, it is
no date.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import Mapping, Optional, Sequence

from .finder import Found

__all__ = ["days_after_dates"]

#: how far back (characters) the day a phrase counts from may stand
REACH = 600


def days_after_dates(text: str, founds: Sequence[Found], phrases: Mapping[str, int]) -> list[Found]:
    """``founds`` (in text order, without overlaps) with the days of ``phrases`` (lower-case phrase ->
    days after the date before it) added where a single day stands before them."""
    if not phrases or not founds:
        return list(founds)
    rx = _pattern(tuple(sorted(phrases, key=len, reverse=True)))
    out = list(founds)
    starts = [f.start for f in out]
    added: list[Found] = []
    for m in rx.finditer(text):
        k = bisect_left(starts, m.start())
        if k < len(out) and out[k].start < m.end() or k > 0 and out[k - 1].end > m.start():
            continue  # (inside a date found already: "the day after tomorrow")
        before = _day_before(text, out, k, m.start())
        if before is None:
            continue
        day = before + dt.timedelta(days=phrases[" ".join(m.group().lower().split())])
        added.append(Found(m.start(), m.end(), m.group(), day.isoformat(), None, "day", True, False, "previous"))
    if not added:
        return out
    return sorted(out + added, key=lambda f: f.start)


def _day_before(text: str, founds: Sequence[Found], k: int, at: int) -> Optional[dt.date]:
    """The single day of the date right before position ``at`` (``founds[k - 1]``), when it stands
    within :data:`REACH` and at most one paragraph break away."""
    if k == 0:
        return None
    f = founds[k - 1]
    if f.value_end is not None or f.source == "dateline" or len(f.value) != 10 or f.value.startswith("X") \
            or at - f.end > REACH or text.count("\n\n", f.end, at) > 1:
        return None
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    if not text[line_start:f.start].strip(" \t,.:-–—|") and not text[f.end:line_end if line_end >= 0 else len(text)].strip(" \t,.:-–—|"):
        return None  # (a date alone on its line dates the release, not the events after it)
    try:
        return dt.date.fromisoformat(f.value)
    except ValueError:
        return None


_CACHE: dict[tuple[str, ...], "re.Pattern[str]"] = {}


def _pattern(phrases: tuple[str, ...]) -> "re.Pattern[str]":
    rx = _CACHE.get(phrases)
    if rx is None:
        words = (r"\s+".join(map(re.escape, p.split())) for p in phrases)
        rx = _CACHE[phrases] = re.compile(r"(?i)\b(?:" + "|".join(words) + r")\b")
    return rx
