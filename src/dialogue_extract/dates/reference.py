"""Finding the date a release was issued: its dateline or a header/published line."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Optional

from .finder import DateFinder, Found, Partial

#: how far into the text the dateline is looked for
HEADER_CHARS = 600
#: beyond that, site menus and page headers are skipped up to the first line of the release's body
#: (a line of BODY_LINE_WORDS words or more), looked for within MAX_HEADER_CHARS
MAX_HEADER_CHARS = 3000
BODY_LINE_WORDS = 20
#: the start of BODY_LINE_WORDS words in a row, joined by blanks (tried at word starts only:
#: a scan from every character of every short line grew with the square of its length)
_BODY_RUN = re.compile(r"(?<!\S)(?:\S+[ \t]+){%d}\S" % (BODY_LINE_WORDS - 1))
#: the longest a date expression on a header line runs ("Wednesday, 22nd of September, 2021")
DATE_CHARS = 48
#: how far from the end a closing dateline ("New Delhi\nMay 16, 2025") is looked for
TAIL_CHARS = 200

# what may stand before the date on its line: a place, a byline, "Published:", "WORLD | Asia |"
# (or a time: "All News 16:21 November 03, 2025", "10:05 AM KST Nov 3, 2025")
_PREFIX_END = re.compile(r"(?:^|[,|:;\-–—>\]/·•(]|\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Dd]ated|[Ii]ssued|[Oo]n|[Dd]ate"
                         r"|PUBLISHED|UPDATED|POSTED|DATED|ISSUED|ON|DATE)"
                         r"|(?<![\d:.])\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?)\s*$")
# what may follow it: nothing, "(PTI):", "]" (closing "[Jakarta, 5 March 2025]"), ": ", " - ", ", 21:35 IST", " | By ...", ") –" (closing an
# agency's parenthesis: "NEW DELHI (Agency / Source - 10th September, 2020) –"), ", SPA --"
# " Updated about 6 hours ago" (a publication line that goes on with its update), " at 4:30 pm",
# ". The" (a dateline closed by a full stop, the first sentence on its line: "Lima, 2 May 2025. The Minister ..."),
# or a full stop closing the line ("2025. 6. 14.")
_SUFFIX_START = re.compile(r"\s*(?:$|[(:|\-–—/·•)\]]|\.[^\S\n]+(?=[A-Z\u201c\x22])|\.[^\S\n]*$|,\s*\d|,?\s*(?:at\s+)?\d{1,2}(?:[:.]|h(?=\d\d\b))\d\d|,?\s*(?:[AaPp]\.?[Mm]\.?|IST|GMT|UTC)\b"
                           r"|,\s*[A-Z]{2,}\s*(?:[-–—:(]|$)|(?:[Ll]ast\s+)?(?:[Uu]pdated|[Mm]odified|[Ee]dited)\b)")
# a byline that runs into the date without a separator: "By Maria L. Santos  January 21, 2025, 6:30 pm"
_BYLINE_PREFIX = re.compile(r"^\s*[Bb]y\s+(?:[A-Z][\w'’-]*\.?\s+){1,6}$")
# what may stand before the date on a byline line below a standfirst: a byline, or items set apart
_BYLINE_ITEMS = re.compile(r"\b[Bb]y\b|[|•·]")
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z][a-z'’]+\b")
_ALLOWED_LOWER = {"on", "by", "updated", "published", "posted", "dated", "issued", "last", "date", "am", "pm"}


def _header_like(text: str, f: Found) -> bool:
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    prefix = text[line_start:f.start]
    suffix = text[f.end: line_end if line_end >= 0 else len(text)]
    if prefix.rstrip().endswith("(") and suffix.lstrip().startswith(")") and line_start == 0:
        return True  # the date of a title line: "Transcript of Media Briefing (May 16, 2025)"
    if len(prefix) > 100 or (_PREFIX_END.search(prefix.rstrip() + (" " if prefix.strip() else "")) is None
                             and _BYLINE_PREFIX.match(prefix) is None):
        return False
    lower = [w for w in _LOWER_WORD.findall(prefix) if w not in _ALLOWED_LOWER]
    if len(lower) > 1:
        return False
    return _SUFFIX_START.match(suffix) is not None


def _header_limit(text: str, limit: int, caption: Optional[re.Pattern[str]] = None) -> int:
    if len(text) > limit:  # a dateline after site menus: the header reaches to the first body line
        start = 0
        for line in text[:MAX_HEADER_CHARS].split("\n"):
            # a line with fewer blanks than a body line needs is not searched
            if line.count(" ") + line.count("\t") >= BODY_LINE_WORDS - 1 and _BODY_RUN.search(line):
                limit = max(limit, start + len(line))  # to the end of the body line
                if caption is None or not caption.search(line):
                    break
                # a photo caption above the byline is not the body: the header goes on past it
            start += len(line) + 1
    return limit


@lru_cache(maxsize=8)
def _line_pattern(source: str) -> Optional[re.Pattern[str]]:
    """A line pattern of ``dates.json``, compiled once (case-insensitive; ``^`` at line starts)."""
    return re.compile(source, re.IGNORECASE | re.MULTILINE) if source else None


def _header_date(text: str, limit: int, finder: DateFinder,
                 seen: Optional[list[Found]] = None) -> tuple[Optional[Found], Optional[Partial], int]:
    """The full date of the release's dateline, header or byline line, the (month, day) of a
    dateline without a year, and how far the header reaches; every expression scanned on the
    way is appended to ``seen`` when given."""
    limit = _header_limit(text, limit, _line_pattern(finder.lex.caption_line))
    # a date that starts before the limit is read whole, not cut at the limit ("14 Mar 2" of
    # "Updated: 14 Mar 2024, 09:12 PM IST"): the head runs on to the end of that line, at most
    # DATE_CHARS further
    line_end = text.find("\n", limit, limit + DATE_CHARS)
    head = text[:line_end if line_end >= 0 else limit + DATE_CHARS]
    partial: Optional[Partial] = None
    for f in finder.iter_find(head, None):
        if f.start >= limit:
            break
        if seen is not None:
            seen.append(f)
        if f.value_end or len(f.value) != 10 or not _header_like(head, f):
            continue
        if f.value.startswith("XXXX"):
            if partial is None:
                partial = (int(f.value[5:7]), int(f.value[8:10]))
            continue
        return f, None, limit
    if partial is None:
        stamp = _stamp(text, limit, finder)
        if stamp is not None:
            return stamp, None, limit
    return None, partial, limit


def _stamp(text: str, limit: int, finder: DateFinder) -> Optional[Found]:
    """The full date of a byline or publication line past the header's limit but within
    MAX_HEADER_CHARS, the header having stopped at a standfirst or a photo caption: any short
    line up to the next body line ("By Staff Reporter | Nairobi | 27 July 2023", "Sep 5, 2024
    10:31 PM EDT"), and beyond it a publication stamp ("Published On 3 Feb 2025")."""
    pattern = _line_pattern(finder.lex.stamp_line)
    if limit >= MAX_HEADER_CHARS or limit >= len(text):
        return None
    start = text.rfind("\n", 0, limit) + 1
    if start < limit:  # the line the limit falls in was read with the header
        start = text.find("\n", limit) + 1 or len(text)
    top = text[:MAX_HEADER_CHARS]
    below_body = False  # past the next body line: only publication stamps are read
    while start < len(top):
        end = top.find("\n", start)
        end = len(top) if end < 0 else end
        line = top[start:end]
        if not below_body and line.count(" ") + line.count("\t") >= BODY_LINE_WORDS - 1 and _BODY_RUN.search(line):
            below_body = True
        else:
            stamp = pattern is not None and pattern.match(top, start, end) is not None
            if below_body and not stamp:
                start = end + 1
                continue
            # a line that is no stamp carries the date alone, after a byline or among items set
            # apart by separators ("Deadline: 30 June 2025" is a line of the text)
            found = _line_date(finder, text, start, end, None if stamp else (
                lambda f, line=line: not line[:f.start].strip() or _BYLINE_ITEMS.search(line[:f.start]) is not None))
            if found is not None:
                return found
        start = end + 1
    return None


def _line_date(finder: DateFinder, text: str, start: int, end: int,
               accept: Optional[Callable[[Found], bool]] = None) -> Optional[Found]:
    """The first full date of the line ``text[start:end]`` that the header may carry (and that
    ``accept``, given the date's offsets in the line, takes), with offsets into ``text``."""
    line_head = text[:end]
    for f in finder.iter_find(text[start:end], None):
        if f.value_end or len(f.value) != 10 or f.value.startswith("XXXX"):
            continue
        if accept is not None and not accept(f):
            continue
        f = replace(f, start=f.start + start, end=f.end + start)
        if _header_like(line_head, f):
            return f
    return None
    start = text.rfind("\n", 0, limit) + 1
    top = text[:MAX_HEADER_CHARS]
    while start < len(top):
        end = top.find("\n", start)
        end = len(top) if end < 0 else end
        if pattern.match(top, start, end):
            found = _line_date(finder, text, start, end)
            if found is not None:
                return found
        start = end + 1
    return None


def find_dateline(text: str, *, limit: int = HEADER_CHARS, finder: Optional[DateFinder] = None) -> Optional[Found]:
    """The full date on the release's dateline, header or byline line ("By Staff Reporter |
    Colombo | 27 July 2019"), with its offsets: the date the release is dated by, which stays
    a date of the release even where the line is page furniture."""
    return _header_date(text, limit, finder or _default_finder())[0]


def find_reference_date(
    text: str, *, limit: int = HEADER_CHARS, finder: Optional[DateFinder] = None
) -> tuple[Optional[dt.date], Optional[Partial]]:
    """The issue date of a release, read from its first ``limit`` characters.

    Returns ``(date, None)`` for a full date in a dateline ("New Delhi, February 14, 2026",
    "COLOMBO, Sept 14, 2021 (PTI) -"), a header line ("Published: 05th June 2022",
    "WORLD | Diplomacy | 06 Dec 2021") or alone on a line; ``(None, (month, day))`` for a
    dateline without a year ("Mumbai [India], November 9 (PTI):") when no full date is
    found. Failing both, a full date closing the text on a line of its own ("New Delhi\nMay 16,
    2025"), as transcripts and statements end, is used; ``(None, None)`` otherwise.
    """
    reference, partial, _ = reference_and_dateline(text, limit=limit, finder=finder)
    return reference, partial


def reference_and_dateline(
    text: str, *, limit: int = HEADER_CHARS, finder: Optional[DateFinder] = None
) -> tuple[Optional[dt.date], Optional[Partial], Optional[Found]]:
    """:func:`find_reference_date` and, when the reference date is that of a dateline, header or
    byline line at the top, that date's :class:`Found` (else None), from one scan."""
    return _reference_scan(text, limit, finder or _default_finder())[:3]


def _reference_scan(
    text: str, limit: int, finder: DateFinder
) -> tuple[Optional[dt.date], Optional[Partial], Optional[Found], Optional[list[Found]]]:
    """:func:`reference_and_dateline`, and ``finder.find(text)`` (without reference) when the
    scan for the header read the whole text and found neither a reference nor a dateline
    without a year (else None): then the text's dates need no second scan."""
    seen: list[Found] = []
    dateline, partial, limit = _header_date(text, limit, finder, seen)
    if dateline is not None:
        return dt.date.fromisoformat(dateline.value), None, dateline, None
    if partial is None and len(text) > limit:
        # a closing dateline: "New Delhi\nMay 16, 2025" or "New Delhi, May 16, 2025" at the end
        tail_start = max(limit, len(text) - TAIL_CHARS)
        tail = text[tail_start:]
        for f in reversed(finder.find(tail, None)):
            if f.value_end or len(f.value) != 10 or f.value.startswith("XXXX"):
                continue
            line_start = tail.rfind("\n", 0, f.start) + 1
            line_end = tail.find("\n", f.end)
            line = tail[line_start: line_end if line_end >= 0 else len(tail)]
            if not _LOWER_WORD.search(line) and not tail[f.end:].strip(" \t\r\n.)"):
                return dt.date.fromisoformat(f.value), None, None, None
    return None, partial, None, (seen if partial is None and limit >= len(text) else None)


_FINDER: Optional[DateFinder] = None


def _default_finder() -> DateFinder:
    global _FINDER
    if _FINDER is None:
        _FINDER = DateFinder()
    return _FINDER
