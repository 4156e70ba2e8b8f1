"""Which parts of a Doc yield nothing: page furniture and reader-comment sections.

The boilerplate component writes ``doc.spans["boilerplate"]``; every recogniser asks
:func:`in_boilerplate` before it keeps a match.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, TypeVar

from spacy.tokens import Doc
from . import keys

T = TypeVar("T")
_CACHE_KEY = "dialogue_extract.boilerplate_index"


def boilerplate_index(doc: Doc) -> tuple[list[int], list[int]]:
    """Sorted token starts and ends of the boilerplate zones of ``doc`` (cached per Doc)."""
    return _index(doc)


def _index(doc: Doc) -> tuple[list[int], list[int]]:
    group = doc.spans.get(keys.BOILERPLATE)
    cached = doc.user_data.get(_CACHE_KEY)
    # the group object itself and its size: user_data copied to a rebuilt Doc (the countries
    # component splits glued tokens) carries the old Doc's token offsets, under another group
    if cached is not None and cached[0] is group and cached[1] == len(group or ()):
        return cached[2], cached[3]
    zones = sorted((s.start, s.end) for s in group or ())
    starts = [s for s, _ in zones]
    ends = [e for _, e in zones]
    doc.user_data[_CACHE_KEY] = (group, len(group or ()), starts, ends)
    return starts, ends


def in_boilerplate(doc: Doc, start: int, end: int | None = None) -> bool:
    """Whether the tokens ``start:end`` (default: the one token ``start``) touch a zone."""
    starts, ends = _index(doc)
    if not starts:
        return False
    end = start + 1 if end is None else max(end, start + 1)
    # zones never overlap, so the last zone that starts before ``end`` is the only candidate
    i = bisect_right(starts, end - 1) - 1
    return i >= 0 and ends[i] > start


class Cover:
    """Answers "is [start, end) inside one of these ranges?" in O(log n).

    Built once per Doc from (start, end) pairs (token or character offsets, overlapping or not),
    so a component can test each of its matches without scanning every range.
    """

    __slots__ = ("starts", "reach")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(ranges)
        self.starts = [s for s, _ in pairs]
        self.reach: list[int] = []
        best = -1
        for _, e in pairs:
            best = max(best, e)
            self.reach.append(best)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end


def _START_END(c: tuple) -> tuple[int, int]:
    return c[0], c[1]


def keep_longest(candidates: list[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    """``spacy.util.filter_spans`` on ``(start, end, payload)`` tuples: longest first (then
    leftmost), no two sharing a token; returned in text order. No Span objects are made."""
    by_start = sorted(candidates, key=_START_END)
    if all(a[0] < a[1] <= b[0] for a, b in zip(by_start, by_start[1:])) and (not by_start or by_start[-1][0] < by_start[-1][1]):
        return by_start  # none empty and no two overlap (the usual case): every one is kept
    ordered = sorted(candidates, key=lambda c: (c[1] - c[0], -c[0]), reverse=True)
    seen: set[int] = set()
    kept = []
    for start, end, payload in ordered:
        if start not in seen and end - 1 not in seen:
            kept.append((start, end, payload))
            seen.update(range(start, end))
    kept.sort(key=lambda c: (c[0], c[1]))
    return kept
