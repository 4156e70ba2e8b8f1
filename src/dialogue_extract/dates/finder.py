"""Finding date expressions in text and normalising them to ISO 8601.

:class:`DateFinder` compiles the patterns of :mod:`.patterns` once; :meth:`DateFinder.find`
scans a text with one regular expression and turns each match into a :class:`Found`
(offsets, text, ISO ``value`` and ``value_end`` for ranges), resolving partial and relative
expressions against a reference date.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
import string
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from . import calendar as cal
from .lexicon import DateLexicon, load_lexicon
from .patterns import (ANCHOR_WINDOW, LIST_CONNECTOR_AFTER, LIST_CONNECTOR_BEFORE, LIST_KINDS, LIST_MEMBERS,
                       LIST_WINDOW_AFTER, LIST_WINDOW_BEFORE, S, anchor_parts, anchor_pattern, combined_pattern, first_char_test, kinds, start_pattern,
                       start_reach, words_alternation)

_NEVER = re.compile(r"(?!)")
#: what may stand between a future cue and a past participle it governs ("is to be signed")
_AUX_GAP = re.compile(r"[^\S\n]*(?:(?i:to[^\S\n]+)?(?i:be|been|being)[^\S\n]+)?")

#: the month and day of a dateline whose year is unknown
Partial = tuple[int, int]


@dataclass(frozen=True)
class DateParse:
    """A normalised date: ``value`` and, for a range, ``value_end``."""

    value: str
    value_end: Optional[str] = None


class _Adjacent(DateParse):
    """A value taken from the full date written beside the expression ("Nov. 14, Thursday")."""


class _Inferred(DateParse):
    """A day written without its year ("30/7" after a weekday)."""


@dataclass(frozen=True)
class DateInfo:
    """What is known of one date expression: its ISO value(s) and how they were obtained.

    ``relative``: resolved against the reference date ("Tuesday", "next month", "in October");
    ``inferred``: written without its year, which the reference date supplied ("25th January";
    in a range, the other end: the 2025 of "December 30 to January 2, 2026");
    ``source``: ``"text"`` (read from the expression), ``"adjacent"`` (the value of the full date
    written beside it: "Saturday, that is 25 January", "Nov. 14, Thursday"), ``"previous"`` (told
    by its distance from the day written before it: "the following day", :mod:`.anaphora`) or
    ``"dateline"`` (the release's own date, in its dateline or byline).
    """

    value: str
    value_end: Optional[str] = None
    kind: str = ""
    relative: bool = False
    inferred: bool = False
    source: str = "text"

    @property
    def granularity(self) -> str:
        """``"day"``, ``"month"`` or ``"year"``: how precise ``value`` is."""
        return {10: "day", 7: "month"}.get(len(self.value), "year")


@dataclass(frozen=True)
class Found:
    """One date expression: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    value: str
    value_end: Optional[str] = None
    kind: str = ""
    relative: bool = False
    inferred: bool = False
    source: str = "text"

    @property
    def parse(self) -> DateParse:
        return DateParse(self.value, self.value_end)

    @property
    def info(self) -> DateInfo:
        return DateInfo(self.value, self.value_end, self.kind, self.relative, self.inferred, self.source)


@dataclass
class _Context:
    text: str
    reference: Optional[dt.date]
    partial: Optional[Partial]
    future: Optional[bool]


class Parts(list):
    """What a handler returns for a list that is not one range ("5 and 7 June"): one
    ``(start, end, DateParse)`` per item, each with its own span."""


Handler = Callable[["DateFinder", re.Match, str, _Context], "Optional[DateParse | Parts]"]


class DateFinder:
    """Compiled date patterns for one lexicon; reusable and thread-safe."""

    def __init__(self, lexicon: Optional[DateLexicon] = None) -> None:
        self.lex = lexicon if lexicon is not None else load_lexicon()
        all_pairs = kinds(self.lex)
        pairs = [pair for pair in all_pairs if pair[0] not in LIST_KINDS]
        # lists, tried only around a member match touched by a connector (see _list_around)
        # (compiled on first use: a list is rare, and load time counts)
        self._list_pairs = {k: p for k, p in all_pairs if k in LIST_KINDS}
        self._lists: dict[str, tuple[re.Pattern, Callable[[str], bool]]] = {}
        self._list_after = re.compile(LIST_CONNECTOR_AFTER)
        self._turn_label = re.compile(self.lex.turn_label, re.M) if self.lex.turn_label else None
        # a month of another calendar, maybe its day, right before a year: "(9 Chaitra 2078)"
        self._other_month_before = re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, self.lex.other_calendar_months)) + r")[ \t]*,?[ \t]*(?:\d{1,2}[ \t]*,?[ \t]*)?\Z"
        ) if self.lex.other_calendar_months else None
        self._list_before = re.compile(LIST_CONNECTOR_BEFORE)
        self._kinds = [k for k, _ in pairs]
        # The kinds that can begin with a given character, combined in the same order: at a
        # position only these can match, and the first of them that does is the full
        # pattern's match there (each compiled on first use: compiling all of them was most of
        # the pipeline's load time, and a text meets only some).
        self._pairs = pairs
        self._first_tests = [first_char_test(p) for _, p in pairs]
        self._by_char: dict[str, re.Pattern] = {}
        self._kinds_by_char: dict[str, tuple[int, ...]] = {}  # the kinds (indices) that can start with a character
        self._by_kinds: dict[tuple[str, ...], re.Pattern] = {}
        # each kind alone (compiled on first use): when a match is refused, the kinds after it
        # are tried in order at the same position (as the alternation of those kinds would)
        self._single: list[Optional[re.Pattern]] = [None] * len(pairs)
        future = words_alternation(self.lex.future_cues)
        if self.lex.progressive_cue:
            future = f"(?:{future}|{self.lex.progressive_cue})"
        past = words_alternation(self.lex.past_cues)
        # (a past cue that a future one opens, "would have" after "would", wins where it matches)
        # (a contraction's cue follows its word: "We'll see you Thursday")
        cues = rf"(?:(?<!\w)|(?=['’]))(?:(?!(?:{past})(?!\w))(?P<f>{future})|(?P<p>{past}))(?!\w)"
        self._cues = re.compile(cues)
        # "holds the presidency until June": the end of a period that is still running
        # (before the expression, or opening it as its preposition: "until June")
        self._open_end = re.compile(rf"(?<!\w){words_alternation(self.lex.open_end_cues)}\s+$"
                                    if self.lex.open_end_cues else r"(?!)")
        self._open_end_at = re.compile(rf"{words_alternation(self.lex.open_end_cues)}\s"
                                       if self.lex.open_end_cues else r"(?!)")
        blockers = words_alternation(self.lex.weekday_blockers, ignore_case=False)
        # "every Monday", and "every Monday and Tuesday": the second weekday of a list is a habit too
        list_item = (rf"{words_alternation(self.lex.weekdays)}(?:{S}(?i:and|or|&|to|through){S}"
                     rf"|{S.replace('+', '*')}[,/&–-]{S.replace('+', '*')})")
        self._weekday_blocker = re.compile(rf"(?<!\w){blockers}{S}(?:{list_item})?$")
        # (a label's colon may stand between: "QUESTION NO.: 1876", "Number: 2044")
        self._count_before = re.compile(rf"(?<!\w){words_alternation(self.lex.count_words_before)}(?:[ \t]*:)?{S}$"
                                        rf"|[$€£¥#]{S.replace('+', '*')}$")
        # a year that ends a name: "Roadmap 2030", "Blue Economy Vision 2047", "AmBisyon Natin 2040", and a
        # year glued to a Capitalised word, as exercises and events are named: "Dharma Guardian-2024"
        cap = r"[A-Z][a-z][\w'’-]*"
        plan = words_alternation(self.lex.plan_name_words, ignore_case=False)
        stops = words_alternation(self.lex.name_year_stops, ignore_case=False)
        self._name_before = re.compile(rf"(?<![\w'’-])(?:(?:{plan}|{cap}{S}(?!{stops}{S}$){cap}){S}"
                                       rf"|(?!(?:{stops})-$){cap}-)$")
        # a year that opens a plan's name: "the 2030 Agenda" (not "by 2030 Plans were ...": no preposition before)
        self._name_after = re.compile(rf"{S}{plan}(?![\w'’-])")
        # "1873. SHRIMATI A. RAO:": the number of a numbered item opening its line
        self._numbered_item = re.compile(self.lex.numbered_item_line) if self.lex.numbered_item_line else None
        # (the words that make a month standing alone a date: "in", "by", "since", ...)
        self._prep_before = re.compile(rf"(?<![\w'’-]){words_alternation(self.lex.month_prepositions)}{S}$")
        # an event noun right before the month, or before its place: "the summit in The Hague in July"
        place = rf"{S}(?:in|at){S}(?:the{S})?[A-Z][\w'’.-]*(?:{S}(?:[A-Z][\w'’.-]*|de|da|do|del|la|of)){{0,3}}"
        self._event_before = re.compile(rf"(?<!\w){words_alternation(self.lex.event_nouns)}(?:{place})?{S}$")
        self._after_date = re.compile(rf",?{S.replace('+', '*')}\(?$")
        os_ = S.replace('+', '*')
        # what introduces the date a weekday is put beside: "Saturday, that is 25 January",
        # "Tuesday (11/2)", "Monday — 3 March"
        # "the vote is on Sunday", "the election is in March": a present copula right before the date
        self._copula_before = re.compile(
            rf"(?<![\w'’]){words_alternation(self.lex.present_copulas)}{S}(?:(?i:on){S})?$"
            if self.lex.present_copulas else r"(?!)")
        self._appositive = re.compile(
            rf"{os_}(?P<paren>\(){os_}|,{os_}(?i:that{S}is|i\.e\.|viz\.?|namely){os_},?{os_}|{os_}[–—]{os_}"
            rf"|(?P<bare>,?{S}|,)(?=\d{{1,2}}/\d)")
        # a day/month in parentheses: "(30/7)", "(11/2/2025)"
        self._paren_dm = re.compile(rf"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?:/(?P<y>(?:19|20)\d\d))?(?={os_}\))")
        # and right after the weekday, as schedules write it: "Friday 15/9", "Tue, 3/6/2025"
        self._bare_dm = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>(?:19|20)\d\d))?(?![\w/]|[.,:]\d)")
        capitals, self._anchor_words = anchor_parts(self.lex)
        self._anchor_capitals = re.compile(capitals)
        self._starts = re.compile(start_pattern(self.lex))
        self._start_reach = start_reach(self.lex)

    @property
    def _regex(self) -> re.Pattern:
        """Every kind but lists in one pattern (compiled on first use)."""
        regex = self.__dict__.get("_full")
        if regex is None:
            regex = self.__dict__["_full"] = re.compile(combined_pattern(self._pairs))
        return regex

    @property
    def _anchors(self) -> re.Pattern:
        """Every anchor in one pattern (compiled on first use: :meth:`anchor_starts` needs it
        only when anchors overlap)."""
        regex = self.__dict__.get("_all_anchors")
        if regex is None:
            regex = self.__dict__["_all_anchors"] = re.compile(anchor_pattern(self.lex))
        return regex

    def anchor_starts(self, text: str) -> list[int]:
        """Where the matches of :func:`~.patterns.anchor_pattern` (scanned left to right, without
        overlaps) start: those of its capitals-and-digits part and every occurrence of its
        lower-case words (the longest at a position), found with ``str.find``; when two of these
        overlap, the whole pattern is run instead (it would skip the later one)."""
        spans = [m.span() for m in self._anchor_capitals.finditer(text)]
        longest: dict[int, int] = {}
        for word in self._anchor_words:
            p = text.find(word)
            while p >= 0:
                end = p + len(word)
                if longest.get(p, -1) < end:
                    longest[p] = end
                p = text.find(word, p + 1)
        if not longest:
            return [start for start, _ in spans]
        spans.extend(longest.items())
        spans.sort()
        if any(a[1] > b[0] for a, b in zip(spans, spans[1:])):
            return [m.start() for m in self._anchors.finditer(text)]
        return [start for start, _ in spans]

    def _kinds_for(self, ch: str) -> tuple[int, ...]:
        """The indices of the kinds that can start with ``ch``, in order."""
        chosen = self._kinds_by_char.get(ch)
        if chosen is None:
            chosen = tuple(i for i, test in enumerate(self._first_tests) if test(ch))
            if len(self._kinds_by_char) < 4096:
                self._kinds_by_char[ch] = chosen
        return chosen

    def _regex_for(self, ch: str) -> re.Pattern:
        """The combined pattern of the kinds that can start with ``ch``."""
        regex = self._by_char.get(ch)
        if regex is None:
            chosen = self._kinds_for(ch)
            key = tuple(self._kinds[i] for i in chosen)
            regex = self._by_kinds.get(key)
            if regex is None:
                regex = re.compile(combined_pattern([self._pairs[i] for i in chosen])) if chosen else _NEVER
                self._by_kinds[key] = regex
            if len(self._by_char) < 4096:
                self._by_char[ch] = regex
        return regex

    def compile_all(self) -> "DateFinder":
        """Compile now every pattern otherwise compiled on first use (those of every ASCII
        letter and digit, each kind alone, the lists): a long job's first documents then do not
        pay for them; interactive use skips this to start faster."""
        for ch in string.ascii_letters + string.digits:
            self._regex_for(ch)
        for i, pair in enumerate(self._pairs):
            if self._single[i] is None:
                self._single[i] = re.compile(combined_pattern([pair]))
        for kind in self._list_pairs:
            self._list_pattern(kind)
        self._anchors
        return self

    def _list_pattern(self, kind: str) -> tuple[re.Pattern, Callable[[str], bool]]:
        """The pattern of one list kind and its first-character test (compiled on first use)."""
        compiled = self._lists.get(kind)
        if compiled is None:
            pattern = self._list_pairs[kind]
            compiled = self._lists[kind] = (re.compile(combined_pattern([(kind, pattern)])),
                                            _per_char(first_char_test(pattern)))
        return compiled

    def _fallback(self, kind: str, text: str, at: int) -> Optional[re.Match]:
        """The match at ``at`` of the first kind after ``kind`` that matches there."""
        first = self._kinds.index(kind) + 1 if kind in self._kinds else len(self._kinds)
        for i in self._kinds_for(text[at]):
            if i >= first:
                single = self._single[i]
                if single is None:
                    single = self._single[i] = re.compile(combined_pattern([self._pairs[i]]))
                m = single.match(text, at)
                if m is not None:
                    return m
        return None

    # -- public ---------------------------------------------------------------------------------
    def find(self, text: str, reference: Optional[dt.date] = None, *, partial: Optional[Partial] = None,
             future: Optional[bool] = None) -> list[Found]:
        """Every date expression of ``text``, in order, without overlaps.

        ``reference`` resolves partial and relative dates; with only ``partial`` (month, day of
        a dateline without year) days come out as ``XXXX-MM-DD`` and weekdays are left out.
        ``future`` forces the direction of weekdays and lone months (default: read the sentence).
        """
        return list(self.iter_find(text, reference, partial=partial, future=future))

    def iter_find(self, text: str, reference: Optional[dt.date] = None, *, partial: Optional[Partial] = None,
                  future: Optional[bool] = None) -> Iterator[Found]:
        """:meth:`find` one expression at a time, in order: a caller that stops at the first it
        wants (the dateline) does not scan the rest of the text."""
        ctx = _Context(text, reference, partial, future)
        out: list[Found] = []
        pos = 0
        word_start, regex_for, reach = self._starts, self._regex_for, self._start_reach
        # Every expression holds an anchor (a month or weekday name, a year, a relative head
        # word such as "today"/"year") at most ANCHOR_WINDOW characters after its start, so the
        # full pattern is only tried where an expression can start, just before anchors.
        for q in self.anchor_starts(text):
            while pos <= q:
                found = None
                # starts up to q; the scan needs no text beyond what their matching reads
                for w in word_start.finditer(text, max(pos, q - ANCHOR_WINDOW), q + reach):
                    at = w.start()
                    if at > q:
                        break
                    m = regex_for(text[at]).match(text, at)
                    if m is not None:
                        found = self._accept(m, ctx, out)
                        if found is not None:
                            member = LIST_MEMBERS.get(found[0].kind)
                            if member is not None:
                                found = self._list_around(found[0], *member, ctx, pos) or found
                            break
                if found is None:
                    break
                out.extend(found)
                yield from found
                pos = max(found[-1].end, pos + 1)

    # -- one match -----------------------------------------------------------------------------
    def _accept(self, m: re.Match, ctx: _Context, previous: list[Found]) -> Optional[list[Found]]:
        """The Found(s) for ``m`` (several for a list split into items), or for a later kind
        matching at the same place, or None."""
        while m is not None:
            kind = m.lastgroup or ""
            parse = _parse(self, m, kind, ctx)
            if kind == "weekday" and previous:
                try:
                    parse = (self._weekday_after_date(m, ctx, previous[-1])
                             or self._weekday_in_dated_days(m, ctx, previous, parse) or parse)
                except OverflowError:
                    pass
            if parse is not None:
                if ctx.reference is not None and type(parse) is DateParse \
                        and len(parse.value) == 10 and len(parse.value_end or parse.value) == 10 \
                        and parse.value[:4] not in (m.group(kind) or "") \
                        and kind not in _RELATIVE_KINDS and _g(m, kind, "yrel") is None and _g(m, kind, "shift") is None:
                    # (a day with no year at all: not "6 August this year")
                    parse = self._day_in_tense(parse, m, ctx) or parse
                return _founds(m, kind, parse, ctx)
            m = self._fallback(kind, ctx.text, m.start())
        return None

    def _day_in_tense(self, parse: DateParse, m: re.Match, ctx: _Context) -> Optional[DateParse]:
        """A day written without its year, the year nearest the reference, moved a year on when the
        verb that governs it speaks of the future and the day lies more than a season before the
        reference ("the visit will be held on 30 July", read in January), or a year back in the
        past tense ("was held on 20 November", read in February). Else None."""
        try:
            day = dt.date.fromisoformat(parse.value)
            last = dt.date.fromisoformat(parse.value_end) if parse.value_end else day
        except ValueError:
            return None
        gap = (day - ctx.reference).days
        if -_SEASON_DAYS <= gap <= _PAST_SLACK_DAYS:
            return None
        forward = self.tense(ctx.text, m.start(), m.end())
        # (in the past tense a day after the reference is last year's, "was held on 4 March" read in
        # December; in the future tense only one more than a season before it is next year's)
        if forward is True and gap < -_SEASON_DAYS or forward is False and gap > _PAST_SLACK_DAYS:
            step = 1 if gap < 0 else -1
            shifted = cal.iso_day(day.year + step, day.month, day.day)
            shifted_end = cal.iso_day(last.year + step, last.month, last.day) if parse.value_end else None
            if not shifted or (parse.value_end and not shifted_end):
                return None
            return DateParse(shifted, shifted_end) if parse.value_end else DateParse(shifted)
        return None

    def _list_around(self, member: Found, side: str, kind: str, ctx: _Context, pos: int) -> Optional[list[Found]]:
        """The list of ``kind`` holding ``member`` ("5 and 7 June" around "7 June"), when a
        connector stands on its ``side``: the one starting first, at or after ``pos``."""
        text = ctx.text
        if side == "after":
            if self._list_after.match(text, member.end) is None:
                return None
            lo = member.start - LIST_WINDOW_AFTER
        else:
            if self._list_before.search(text, max(0, member.start - 12), member.start) is None:
                return None
            lo = member.start - LIST_WINDOW_BEFORE
        regex, test = self._list_pattern(kind)
        for w in self._starts.finditer(text, max(pos, lo), member.start + self._start_reach):
            at = w.start()
            if at > member.start:
                break
            if not test(text[at]):
                continue
            m = regex.match(text, at)
            if m is None or m.end() < member.end:
                continue
            parse = _parse(self, m, kind, ctx)
            if parse is not None:
                return _founds(m, kind, parse, ctx)
        return None

    def _weekday_appositive(self, wd: int, end: int, ctx: _Context) -> "Optional[DateParse | Parts]":
        """The full date written right after a weekday ending at ``end``, which gives its value
        ("is on Saturday, that is 20 October"; "on Tuesday (11/2)", where the day/month also
        becomes a date span: a :class:`Parts` of the pair, the weekday first)."""
        text = ctx.text
        od = _ORDINAL_DAY_AFTER.match(text, end)
        if od is not None and ctx.reference is not None:
            # "on Wednesday the 23rd": the day of the reference's month, or of the month beside
            # it, that falls on that weekday
            day, ref = int(od.group("d")), ctx.reference
            for shift in (0, 1, -1):
                y, month = cal.shift_month(ref.year, ref.month, shift)
                v = cal.iso_day(y, month, day)
                if v and dt.date(y, month, day).weekday() == wd:
                    return _Adjacent(v)
        lead = self._appositive.match(text, end)
        if lead is None:
            return None
        q = lead.end()
        if lead.group("paren") is not None or lead.group("bare") is not None:
            dm = (self._paren_dm if lead.group("paren") is not None else self._bare_dm).match(text, q)
            if dm is not None:
                a, b = int(dm.group("a")), int(dm.group("b"))
                year = int(dm.group("y")) if dm.group("y") else None
                value = None
                for day, month in ((a, b), (b, a)):  # day first, unless only the other reads right
                    y = _year_for(month, day, year, ctx) if 1 <= month <= 12 else None
                    v = cal.iso_day(y, month, day) if 1 <= month <= 12 else None
                    if v is None:
                        continue
                    if value is None:
                        value = v
                    if y is None or dt.date(y, month, day).weekday() == wd:
                        value = v
                        break
                    if year is None:
                        # the year the weekday names, when it is not the nearest one ("Tuesday (11/2)" read
                        # in October of the year before the February it falls in)
                        near = next((n for n in (y - 1, y + 1) if cal.iso_day(n, month, day)
                                     and dt.date(n, month, day).weekday() == wd), None)
                        if near is not None:
                            value = cal.iso_day(near, month, day)
                            break
                if value is None:
                    return None
                written = _Inferred(value) if year is None else DateParse(value)
                return Parts([(end, end, _Adjacent(value)), (dm.start(), dm.end(), written)])
        found = self.find(text[q:q + 2 * ANCHOR_WINDOW], ctx.reference, partial=ctx.partial, future=ctx.future)
        if found and found[0].start == 0 and found[0].value_end is None and len(found[0].value) == 10:
            return _Adjacent(found[0].value)
        return None

    def _weekday_after_date(self, m: re.Match, ctx: _Context, last: Found) -> Optional[DateParse]:
        """'Nov. 14, Thursday': a weekday right after a full date takes that date's value."""
        if last.value_end or len(last.value) != 10 or m.group("weekday__shift"):
            return None
        between = ctx.text[last.end:m.start()]
        if self._after_date.fullmatch(between) is None:
            return None
        return _Adjacent(last.value)

    def _weekday_in_dated_days(self, m: re.Match, ctx: _Context, previous: list[Found],
                               parse: "Optional[DateParse | Parts]") -> Optional[DateParse]:
        """A bare weekday after the release has dated the days it speaks of ("the visit will take
        place from the 21st to the 24th of October ... on Thursday she will visit Kandy"; a
        programme's "Tuesday, 19 September" and, later, "the agreements to be signed on Tuesday"):
        that day of a written date or range, when one falls on the weekday in the direction the
        sentence looks, within two weeks of the reference date, and the tense alone would give
        another day. The latest such day written before the weekday wins; one written before a
        transcript's speaker turn opens (``turn_label``) is another topic's."""
        if (ctx.reference is None or type(parse) is not DateParse or len(parse.value) != 10
                or m.group("weekday__shift")):
            return None
        wd = self.lex.weekday_number(m.group("weekday__wdname") or "")
        value = dt.date.fromisoformat(parse.value)
        if value == ctx.reference:
            return None  # ("Later on Thursday, X was received", issued that Thursday: the release's own day)
        forward = value > ctx.reference
        turn = self._turn_label
        for found in reversed(previous):
            if found.relative or found.source == "dateline" or len(found.value) != 10:
                continue
            if turn is not None and turn.search(ctx.text, found.end, m.start()):
                return None  # (written in an earlier speaker's turn of a transcript: another topic)
            end = found.value_end if found.value_end and len(found.value_end) == 10 else found.value
            try:
                first, last = dt.date.fromisoformat(found.value), dt.date.fromisoformat(end)
            except ValueError:
                continue
            if (last - first).days > 14:
                continue
            day = first + dt.timedelta(days=(wd - first.weekday()) % 7)
            while day <= last:
                if day != value and abs((day - ctx.reference).days) <= 14 and (day >= ctx.reference) == forward:
                    return DateParse(day.isoformat())
                if day == value:
                    return None
                day += dt.timedelta(days=7)
        return None

    # -- context -------------------------------------------------------------------------------
    def looks_forward(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence around ``text[start:end]`` speaks of the future.

        The tense cue nearest before the expression (in its sentence) decides, as the verb that
        governs it ("a meeting held in February", "heads to Colombo on Tuesday"); a past
        participle right after a future cue is the future ("will be held"). Without one, the
        nearest cue after it; without any, the past (releases report what happened).
        """
        return bool(self.tense(text, start, end))

    def tense(self, text: str, start: int, end: int) -> Optional[bool]:
        """:meth:`looks_forward`, or None when the sentence holds no tense cue at all."""
        if self._copula_before.search(text, max(0, start - 12), start):
            return True
        opening = self._cues.match(text, start, end)
        if opening is not None and opening.group("f") is not None:
            return True  # the expression opens on a plan's word: "planned for October", "postponed to May"
        left = _sentence_left(text, start)
        # (a cue may end on the date's own preposition: "the cyclone season beginning in November")
        before = [c for c in self._cues.finditer(text, left, min(end, start + 3)) if c.start() < start]
        if self._open_end_at.match(text, start) or self._open_end.search(text, max(left, start - 12), start):
            # "until June": ahead, unless the sentence speaks of the past ("was in office", "served"),
            # or the nearest cue before looks ahead ("thanked X for extending the window until 31 March")
            if before and before[-1].group("f") is not None:
                return True
            return not any(b.group("p") is not None for b in before) and _PAST_VERB.search(text, left, start) is None
        governor = self._past_governor(text, left, start)
        if governor is not None and (not before or governor.start() >= before[-1].end()):
            # "as the two leaders agreed in February": a verb in the simple past right before the
            # date governs it, whatever cue stands earlier in the sentence
            return False
        if before:
            last = before[-1]
            if last.group("p") is not None and len(before) > 1:
                # a participle right after a future cue: "will be held", "to be signed"
                prev = before[-2]
                if text[max(0, last.start() - 2):last.start()] == ", " and prev.group().lower() in self.lex.coming_event_words \
                        and last.end() - prev.end() <= 80:
                    # a participle after a comma describes the event named after "forthcoming":
                    # "the forthcoming Council in Bratislava, held under ... in December"
                    return True
                return prev.group("f") is not None and _AUX_GAP.fullmatch(text, prev.end(), last.start()) is not None
            if last.group("p") is not None and _REPORTING.fullmatch(last.group()) \
                    and _REPORTED_SUBJECT.match(text, last.end(), start):
                # "he said the visit in December would be announced": the reported clause's own
                # verb after the date governs it, not the saying
                stops = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
                after = self._cues.search(text, end, min(stops + [len(text), end + 300]))
                if after is not None and after.group("f") is not None:
                    return True
            return last.group("f") is not None
        if _VERB_AFTER.match(text, end):
            return False  # "Kenya and Peru on Monday agreed to hold talks": the verb right after it governs it
        if self._past_verb_before(text, left, start):
            # "the two sides agreed in a call on Monday to resume ...": the clause's verb in the
            # past, before the date, governs it rather than an infinitive after it; but a month
            # dating an event ("discussed the summit in July") is the one nearest the reference,
            # and so is one in what a decision sets out to do ("agreed to expand their activities,
            # including a joint sail in October"), which lies ahead or has just been
            event = self._event_before.search(text, max(0, start - 60), start)
            if event is not None and any(self._is_past_verb(text, v) for v in _PAST_VERB.finditer(text, event.end(), start)
                                         if not _NOT_A_VERB.fullmatch(v.group())):
                return False  # "the cyber incident that disrupted several services in March": the event's own verb
            if event is not None or _DECIDED_TO.search(text, left, start):
                return None
            return False
        stops = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
        right = min(stops + [len(text), end + 300])
        # (not "ahead of" after the date: "On Wednesday, ahead of the review, the minister toured
        # ...", the day is before the event, whatever its tense)
        after = next((c for c in self._cues.finditer(text, end, right) if c.group().lower() != "ahead of"), None)
        return None if after is None else after.group("f") is not None

    def _is_past_verb(self, text: str, v: re.Match) -> bool:
        """Whether ``v`` (a word in -ed) is a verb in the simple past: not a cue of the future
        ("expected", "scheduled"), not a passive or perfect after an auxiliary ("will be held",
        "has been agreed": the cues decide those), not an adjective after a determiner ("the
        proposed visit")."""
        cue = self._cues.fullmatch(v.group())
        if cue is not None and cue.group("f") is not None:
            return False
        return _NOT_SIMPLE_PAST.search(text, max(0, v.start() - 16), v.start()) is None

    def _past_governor(self, text: str, left: int, start: int) -> Optional[re.Match]:
        """A verb in the simple past right before the date or its preposition ("agreed in",
        "decided on")."""
        v = _PAST_GOVERNOR.search(text, max(left, start - 40), start)
        if v is None:
            return None
        word = _PAST_VERB.match(text, v.start())
        if word is None or _NOT_A_VERB.fullmatch(word.group()) or not self._is_past_verb(text, word):
            return None
        return v

    def decided_before(self, text: str, start: int) -> bool:
        """Whether the sentence before ``start`` sets out what a decision will do ("agreed to
        expand ... in October")."""
        return _DECIDED_TO.search(text, _sentence_left(text, start), start) is not None

    def _past_verb_before(self, text: str, left: int, start: int) -> bool:
        """Whether the sentence before the date holds a verb in the simple past."""
        return any(self._is_past_verb(text, v) for v in _PAST_VERB.finditer(text, left, start)
                   if not _NOT_A_VERB.fullmatch(v.group()))

    def _direction(self, m: re.Match, ctx: _Context) -> bool:
        if ctx.future is not None:
            return ctx.future
        return self.looks_forward(ctx.text, m.start(), m.end())


def _sentence_left(text: str, start: int) -> int:
    """Where the sentence holding ``start`` opens (at most 300 characters back): after the line
    break, "!" or "?" before it, or the full stop that ends the sentence before, not one of "Mr. X",
    "H.E. Y"."""
    left = max(max(text.rfind(c, 0, start) for c in "!?\n") + 1, start - 300)
    stop = start
    while True:
        stop = text.rfind(".", left, stop)
        if stop < 0:
            return left
        if not _ABBREVIATION.search(text, max(left, stop - 12), stop):
            return stop + 1


#: a word whose full stop ends no sentence: a form of address or rank ("Mr.", "Dr.", "Gen."), an initial
_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z][a-z]?|Mrs|Prof|Gen|Col|Capt|Hon|Amb|Sen|Rep|Gov|Maj|Adm|Brig"
                           r"|(?:[A-Z]\.)+[A-Z])$")

#: a verb reporting speech, whose clause may hold its own tense ("said the talks in May would ...")
_REPORTING = re.compile(r"said|says")
#: the subject of a reported clause between the reporting verb and the date: a noun phrase of two
#: words or more, not a date's preposition ("said on Monday", "said in May that")
_REPORTED_SUBJECT = re.compile(r"[ \t]+(?:that[ \t]+)?(?:the|a|an|his|her|its|their|our)[ \t]+[\w'’-]+[ \t]+[\w'’ -]*$")

#: a decision and the infinitive of what it sets out to do ("agreed to expand", "decided to hold", "the
#: decision to extend the opening hours ... starting in June")
_DECIDED_TO = re.compile(r"\b(?:agreed|decided|resolved|pledged|committed|undertook|promised|vowed|decisions?|plans?|intention|proposal)"
                         r"(?:[ \t]+(?:on|in|at|during)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?)?[ \t]+to[ \t]+"
                         r"(?!the\b|a\b|an\b|their\b|this\b|that\b|its\b)[a-z]+")

#: a verb in the simple past ("served", "remained"): a period it closes is over
_PAST_VERB = re.compile(r"(?<![\w-])[a-z]{2,}ed(?![\w-])")
#: words in -ed that are no verbs in the past ("need", "proceed", "hundred")
_NOT_A_VERB = re.compile(r"(?:need|proceed|succeed|exceed|indeed|speed|feed|seed|heed|breed|bleed|deed|creed|greed"
                         r"|hundred|kindred|sacred|naked|wicked|rugged|ragged|beloved|red|bed|shed|wed)")
#: what makes a word in -ed no simple past: an auxiliary or a determiner right before it
_NOT_SIMPLE_PAST = re.compile(r"(?<![\w'’])(?i:be|been|being|is|are|am|was|were|will|would|shall|should|can|could|"
                              r"may|might|must|to|has|have|had|the|a|an|this|these|those|its|their|his|her|"
                              r"our|your|my|newly|recently|jointly|so-called)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?$")
#: a verb in the simple past right before a date or its preposition: "agreed in February"
_PAST_GOVERNOR = re.compile(r"(?<![\w-])[a-z]{2,}ed"
                            r"[^\S\n]+(?:(?:in|on|during|at)[^\S\n]+)?$")
#: a verb in the past right after a date ("on Monday agreed", "on Tuesday signed")
_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]{2,}ed|met|held|signed|said|spoke|took|made|gave|sent|began|led|won|told)(?![\w-])")


#: kinds whose value is always resolved against the reference date
_RELATIVE_KINDS = frozenset({"relative", "weekday", "weekday_range", "month_alone", "month_rel_after",
                             "md_rel_after", "dm_rel_after", "month_rel_before", "day_alone",
                             "day_rel_month"})


def _resolution(m: re.Match, kind: str, p: DateParse) -> tuple[bool, bool, str]:
    """(relative, inferred, source) of a handler's value (see :class:`DateInfo`)."""
    if isinstance(p, _Adjacent):
        return False, False, "adjacent"
    if isinstance(p, _Inferred):
        return False, not p.value.startswith("XXXX"), "text"
    if kind in _RELATIVE_KINDS or _g(m, kind, "yrel") is not None or _g(m, kind, "shift") is not None:
        return True, False, "text"
    if kind == "list_m_m" and _g(m, kind, "y") is None:
        return True, False, "text"  # "in March and April": lone months
    # the year is not written: it came from the reference date (or the other end of a range)
    return False, not p.value.startswith("XXXX") and p.value[:4] not in (m.group(kind) or ""), "text"


def _founds(m: re.Match, kind: str, parse: "DateParse | Parts", ctx: _Context) -> list[Found]:
    """The Found(s) of a handler's result: its ``core`` group (else the whole match), or one
    per item of a :class:`Parts`."""
    if isinstance(parse, Parts):
        return [Found(s, e, ctx.text[s:e], p.value, p.value_end, kind, *_resolution(m, kind, p))
                for s, e, p in parse]
    core = f"{kind}__core"
    start, end = (m.span(core) if core in m.re.groupindex and m.group(core) is not None
                  else m.span(kind))
    return [Found(start, end, ctx.text[start:end], parse.value, parse.value_end, kind,
                  *_resolution(m, kind, parse))]


def _per_char(test: Callable[[str], bool]) -> Callable[[str], bool]:
    """``test`` answered once per character (as :meth:`DateFinder._kinds_for`)."""
    answers: dict[str, bool] = {}

    def cached(ch: str) -> bool:
        answer = answers.get(ch)
        if answer is None:
            answer = test(ch)
            if len(answers) < 4096:
                answers[ch] = answer
        return answer

    return cached


# -- handlers: one per kind -------------------------------------------------------------------
def _g(m: re.Match, kind: str, name: str) -> Optional[str]:
    key = f"{kind}__{name}"
    return m.group(key) if key in m.re.groupindex else None


def _int(m: re.Match, kind: str, name: str) -> Optional[int]:
    v = _g(m, kind, name)
    return int(v) if v is not None else None


def _month(f: DateFinder, m: re.Match, kind: str, name: str = "m") -> int:
    n = f.lex.month_number(_g(m, kind, name) or "")
    assert n is not None  # the pattern only admits lexicon months
    return n


#: how far from the reference a day written without its year may lie before its verb's tense moves it
#: to the year after or before ("will be held on 30 July", read in January)
_SEASON_DAYS = 90
#: how far after the reference a day told in the past tense may lie before it is read as last year's
#: (a release dated a few days before the events it reports as done, a wrong reference)
_PAST_SLACK_DAYS = 60


def _year_for(month: int, day: int, year: Optional[int], ctx: _Context) -> Optional[int]:
    """The year of a day: given, else the one closest to the reference (None: unknown)."""
    if year is not None:
        return year
    if ctx.reference is not None:
        return cal.closest_year(month, day, ctx.reference)
    return None


def _day_value(month: int, day: int, year: Optional[int], ctx: _Context) -> Optional[DateParse]:
    v = cal.iso_day(_year_for(month, day, year, ctx), month, day)
    return DateParse(v) if v else None


def _h_iso(f, m, k, ctx):
    v = cal.iso_day(_int(m, k, "y"), _int(m, k, "m"), _int(m, k, "d"))
    return DateParse(v) if v else None


def _h_numeric(f, m, k, ctx):
    a, b, y = _int(m, k, "a"), _int(m, k, "b"), _int(m, k, "y")
    if b is None:
        b = _int(m, k, "b2")
    day, month = (b, a) if (b > 12 and a <= 12) else (a, b)  # day first unless impossible
    v = cal.iso_day(y, month, day)
    return DateParse(v) if v else None


def _h_range_numeric(f, m, k, ctx):
    """"20/10/2025 - 23/10/2025", "20.10. to 23.10.2025": day first unless impossible, as a lone
    numeric date; the first end without a year takes the year of the last (the one before when
    it falls later in the year)."""
    ends = []
    for a, b in ((_int(m, k, "a1"), _int(m, k, "b1")), (_int(m, k, "a2"), _int(m, k, "b2"))):
        ends.append((b, a) if (b > 12 and a <= 12) else (a, b))
    (d1, m1), (d2, m2) = ends
    y2 = _int(m, k, "y")
    y1 = _int(m, k, "y1")
    if y1 is None:
        y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
    start, end = cal.iso_day(y1, m1, d1), cal.iso_day(y2, m2, d2)
    if not start or not end or end <= start:
        return None
    return DateParse(start, end)


def _h_range_dm_numeric(f, m, k, ctx):
    """"from 28/10 to 30/10": day first unless impossible; the year of the end nearest the reference."""
    ends = []
    for a, b in ((_int(m, k, "a1"), _int(m, k, "b1")), (_int(m, k, "a2"), _int(m, k, "b2"))):
        ends.append((b, a) if (b > 12 and a <= 12) else (a, b))
    (d1, m1), (d2, m2) = ends
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    return _day_range(m1, d1, m2, d2, None, ctx)


def _h_range_d_numeric(f, m, k, ctx):
    """"28.-30.10.2025", "from 28 to 30/10/2025": days of the month of the numeric date that ends them."""
    d1, d2, mo, y = _int(m, k, "d1"), _int(m, k, "d2"), _int(m, k, "mo"), _int(m, k, "y")
    start, end = cal.iso_day(y, mo, d1), cal.iso_day(y, mo, d2)
    if not start or not end or d1 >= d2:
        return None
    return DateParse(start, end)


def _h_dm_numeric(f, m, k, ctx):
    """"on 30/7": day first unless only the other order is a date; the year nearest the reference."""
    a, b = _int(m, k, "a"), _int(m, k, "b")
    day, month = (b, a) if (b > 12 and a <= 12) else (a, b)
    if not 1 <= month <= 12 or ctx.reference is None:
        return None
    return _day_value(month, day, None, ctx)


def _range_year(f, m, k, ctx) -> Optional[int]:
    """The year written after a range of days, or told by its distance ("next year"), or None."""
    y = _int(m, k, "y")
    if y is None and _g(m, k, "shift") is not None:
        shift = _year_shift(f, m, k)
        if ctx.reference is not None and shift is not None:
            y = ctx.reference.year + shift
    return y


def _h_range_dm_dm(f, m, k, ctx):
    d1, d2, y = _int(m, k, "d1"), _int(m, k, "d2"), _range_year(f, m, k, ctx)
    m1, m2 = _month(f, m, k, "m1"), _month(f, m, k, "m2")
    y1 = _int(m, k, "y1")
    if y1 is not None:  # the first end's year written: "30 December 2025 - 2 January 2026"
        if y is None:
            y = y1 if (m2, d2) >= (m1, d1) else y1 + 1
        elif not y1 <= y <= y1 + 50:
            return None
        start, end = cal.iso_day(y1, m1, d1), cal.iso_day(y, m2, d2)
        p = DateParse(start, end) if start and end and start < end else None
    else:
        p = _day_range(m1, d1, m2, d2, y, ctx)
    if p is not None and _g(m, k, "and") is not None and p.value_end is not None and not p.value.startswith("XXXX"):
        # days joined by "and" are one range only when they follow each other ("31 October and 1 November")
        if dt.date.fromisoformat(p.value_end) - dt.date.fromisoformat(p.value) != dt.timedelta(days=1):
            return None
    elif p is not None and _g(m, k, "and") is not None and p.value.startswith("XXXX"):
        return None
    return p


def _h_range_md_md(f, m, k, ctx):
    return _h_range_dm_dm(f, m, k, ctx)


def _day_range(m1: int, d1: int, m2: int, d2: int, y: Optional[int], ctx: _Context) -> Optional[DateParse]:
    y2 = _year_for(m2, d2, y, ctx)
    y1 = None if y2 is None else (y2 - 1 if (m1, d1) > (m2, d2) else y2)
    start, end = cal.iso_day(y1, m1, d1), cal.iso_day(y2, m2, d2)
    if not start or not end:
        return None
    return DateParse(start, end)


def _h_range_dd_m(f, m, k, ctx):
    mm = _month(f, m, k)
    d1, d2 = _int(m, k, "d1"), _int(m, k, "d2")
    if d1 >= d2:
        return None
    return _day_range(mm, d1, mm, d2, _range_year(f, m, k, ctx), ctx)


def _h_range_m_dd(f, m, k, ctx):
    return _h_range_dd_m(f, m, k, ctx)


def _h_range_my_my(f, m, k, ctx):
    m1, m2, y1, y2 = _month(f, m, k, "m1"), _month(f, m, k, "m2"), _int(m, k, "y1"), _int(m, k, "y2")
    if (y1, m1) >= (y2, m2):
        return None
    return DateParse(cal.iso_month(y1, m1), cal.iso_month(y2, m2))


def _h_range_m_m(f, m, k, ctx):
    m1, m2, y = _month(f, m, k, "m1"), _month(f, m, k, "m2"), _int(m, k, "y")
    if m1 == m2:
        return None
    if y is None:  # "from January to August this year": the year told by its distance from the reference
        offset = f.lex.year_shifts.get(" ".join((_g(m, k, "shift") or "").lower().split()))
        if ctx.reference is None or offset is None:
            return None
        y = ctx.reference.year + offset
    y1 = y if m1 < m2 else y - 1
    return DateParse(cal.iso_month(y1, m1), cal.iso_month(y, m2))


_LIST_DAY = re.compile(r"(?:[Tt][Hh][Ee]\s+)?(\d+)(?:st|nd|rd|th)?")
_LIST_MONTH = re.compile(r"[^\W\d_]+\.?")


def _list_items(m: re.Match, k: str, group: str, item: re.Pattern) -> list[re.Match]:
    """The items of a list group ("5, 6 and 7"), with offsets in the whole text."""
    start, end = m.span(f"{k}__{group}")
    items = [i for i in item.finditer(m.string, start, end)]
    return [i for i in items if i.group().lower() not in ("and", "the")]


def _list_parts(spans: list[tuple[int, int]], parses: list[DateParse]) -> Parts:
    return Parts((s, e, p) for (s, e), p in zip(spans, parses))


def _day_list(f: DateFinder, m: re.Match, k: str, ctx: _Context, month_first: bool):
    """"5 and 6 June 2025", "June 5, 6 and 7": one range when the days follow each other,
    else one date per day; the span of the first item holds the month when it leads, the
    span of the last one the month or year that follows it."""
    month = _month(f, m, k)
    items = _list_items(m, k, "days", _LIST_DAY)
    days = [int(i.group(1)) for i in items]
    year = _year_for(month, days[-1], _range_year(f, m, k, ctx), ctx)
    values = [cal.iso_day(year, month, d) for d in days]
    if not all(values) or any(b <= a for a, b in zip(days, days[1:])):
        return None
    if all(b == a + 1 for a, b in zip(days, days[1:])):
        return DateParse(values[0], values[-1])
    if not re.search(r"(?i:\band\b)|&", _g(m, k, "days") or ""):
        return None  # days joined by commas alone are one run of days ("3rd, 4th of December")
    spans = [i.span() for i in items]
    core_start, core_end = m.span(f"{k}__core")
    if month_first:
        spans[0] = (core_start, spans[0][1])
    if spans[-1][1] < core_end:
        spans[-1] = (spans[-1][0], core_end)
    return _list_parts(spans, [DateParse(v) for v in values])  # type: ignore[arg-type]


def _h_list_dd_m(f, m, k, ctx):
    return _day_list(f, m, k, ctx, month_first=False)


def _h_list_m_dd(f, m, k, ctx):
    return _day_list(f, m, k, ctx, month_first=True)


def _h_list_m_m(f, m, k, ctx):
    """"March and May 2024", "in March, April and May": one value per month; a month without a
    year takes the year of the last one (the year before when it comes later in the year). Two
    months that follow each other are one range ("June and July 2026")."""
    items = _list_items(m, k, "months", _LIST_MONTH)
    names = [i.group() for i in items]
    months = [f.lex.month_number(n) for n in names]
    if None in months or len(set(months)) != len(months):
        return None
    year, shift = _int(m, k, "y"), _g(m, k, "shift")
    last = months[-1]
    if year is None and shift is not None:
        offset = f.lex.year_shifts.get(" ".join(shift.lower().split()))
        if ctx.reference is None or offset is None:
            return None
        year = ctx.reference.year + offset
    elif year is None:
        # a lone month: only after a preposition and written in full, as in month_alone
        if _g(m, k, "prep") is None or any(n.rstrip(".").lower() not in f.lex.months for n in names):
            return None
        if ctx.reference is not None:
            mode = "on_or_after" if f._direction(m, ctx) else "on_or_before"
            year = cal.month_year(last, ctx.reference, mode)
    values = [cal.iso_month(None if year is None else (year if n <= last else year - 1), n) for n in months]
    if all(b == a % 12 + 1 for a, b in zip(months, months[1:])):
        # months that follow each other are one period, as days are ("9 and 10 March"):
        # "the festival runs across June and July 2026", "exports grew in June and July"
        return DateParse(values[0], values[-1])
    spans = [i.span() for i in items]
    spans[-1] = (spans[-1][0], m.end(f"{k}__core"))
    return _list_parts(spans, [DateParse(v) for v in values])  # type: ignore[arg-type]


def _year_of(m, k, ctx) -> Optional[int]:
    y = _int(m, k, "y")
    if y is not None:
        return y
    rel = _g(m, k, "yrel")
    if rel is None or ctx.reference is None:
        return None
    return ctx.reference.year + {"this": 0, "next": 1, "last": -1, "the": 0}[rel.split()[0].lower()]


def _part_of_year(y: Optional[int], n: Optional[int], months: int) -> Optional[DateParse]:
    """The ``n``-th half (``months`` = 6) or quarter (3) of year ``y`` as a month range."""
    if y is None or n is None:
        return None
    return DateParse(cal.iso_month(y, months * n - months + 1), cal.iso_month(y, months * n))


def _h_half(f, m, k, ctx):  # "the first half of 2022"
    return _part_of_year(_year_of(m, k, ctx), f.lex.half_ordinals.get((_g(m, k, "ord") or "").lower()), 6)


def _h_half_h(f, m, k, ctx):  # "H1 2022"
    return _part_of_year(_int(m, k, "y"), _int(m, k, "h"), 6)


def _h_quarter(f, m, k, ctx):  # "the third quarter of 2023"
    return _part_of_year(_year_of(m, k, ctx), f.lex.quarter_ordinals.get((_g(m, k, "ord") or "").lower()), 3)


def _h_quarter_q(f, m, k, ctx):  # "Q3 2023"
    return _part_of_year(_int(m, k, "y"), _int(m, k, "q"), 3)


def _h_range_years(f, m, k, ctx):
    y1 = _int(m, k, "y1")
    y2 = _int(m, k, "y2")
    if y2 is None:
        y2 = y1 // 100 * 100 + _int(m, k, "y2s")
        # a short second year spans a plan's few years ("2021-30") or, after a slash, one
        # financial year ("2025/26"); "2025/61" is the number of a document
        if y2 > y1 + (1 if ctx.text[m.start(f"{k}__y2s") - 1] == "/" else 15):
            return None
    elif _g(m, k, "slash") is not None and y2 != y1 + 1:
        return None  # "2026/2027" is one academic or financial year; "2020/2024" the number of a document
    if not y1 < y2 <= y1 + 50:
        return None
    return DateParse(f"{y1:04d}", f"{y2:04d}")


def _h_full(f, m, k, ctx):
    month, day, year = _month(f, m, k), _int(m, k, "d"), _int(m, k, "y")
    if year is None and ctx.reference is not None and month is not None and day is not None:
        year = cal.closest_year(month, day, ctx.reference)
        v = cal.iso_day(year, month, day) if year is not None else None
        if v is not None:
            if (dt.date.fromisoformat(v) - ctx.reference).days > _TENSE_OVER_CLOSEST:
                # a day well ahead of the reference in a sentence in the past: the year before ("the
                # earthquakes that struck on Feb. 6", read in December: the February before)
                forward = ctx.future if ctx.future is not None else f.tense(ctx.text, m.start(), m.end())
                if forward is False:
                    year -= 1
    return _day_value(month, day, year, ctx)


#: how far (days) ahead of the reference a day without its year must be before a sentence in the past,
#: rather than nearness, picks its year
_TENSE_OVER_CLOSEST = 45


def _year_shift(f, m, k) -> Optional[int]:
    """The years the match's "shift" group moves by ("last year": -1), or None."""
    return f.lex.year_shifts.get(" ".join((_g(m, k, "shift") or "").lower().split()))


def _h_month_rel_after(f, m, k, ctx):
    shift = None if ctx.reference is None else _year_shift(f, m, k)
    if shift is None:
        return None
    return DateParse(cal.iso_month(ctx.reference.year + shift, _month(f, m, k)))


def _h_day_rel_after(f, m, k, ctx):
    """"November 29 last year", "3 March of next year": the day in the reference's year shifted."""
    shift = None if ctx.reference is None else _year_shift(f, m, k)
    if shift is None:
        return None
    v = cal.iso_day(ctx.reference.year + shift, _month(f, m, k), _int(m, k, "d"))
    return DateParse(v) if v else None


def _h_month_rel_before(f, m, k, ctx):
    if ctx.reference is None:
        return None
    word = " ".join((_g(m, k, "shift") or "").lower().split())
    month = _month(f, m, k)
    if word == "this":
        return DateParse(cal.iso_month(ctx.reference.year, month))
    mode = f.lex.shift_words.get(word)
    if mode is None:
        return None
    return DateParse(cal.iso_month(cal.month_year(month, ctx.reference, mode), month))


def _h_my(f, m, k, ctx):
    return DateParse(cal.iso_month(_int(m, k, "y"), _month(f, m, k)))


_NOT_RELATIVE_AFTER = re.compile(r"-\w|\s+(?:1[89]|2\d)\d\d(?!\w)")  # "year-long", "the end of the year 2024"


#: a capitalised word right before "Today" on its line: the name of a paper ("Dominican Today", "INDIA TODAY")
_PAPER_BEFORE = re.compile(r"(?<![^\s])(?:[A-Z][\w'’&-]*[ \t])?[A-Z][\w'’&-]*[ \t]$")


def _h_relative(f, m, k, ctx):
    if _NOT_RELATIVE_AFTER.match(ctx.text, m.end(k)):
        return None
    word = m.group(k)
    if word[:1] == "T" and word.lower() == "today" and _PAPER_BEFORE.search(ctx.text, max(0, m.start(k) - 40), m.start(k)):
        return None  # "told Dominican Today that", "DOMINICAN TODAY": a newspaper's name
    unit, offset = f.lex.relative[" ".join((_g(m, k, "rel") or "").lower().split())]
    v = cal.relative_value(unit, offset, ctx.reference, ctx.partial)
    return DateParse(v) if v else None


# a day of the month with its ordinal right after a weekday: "Wednesday the 23rd", "Friday, the 3rd"
_ORDINAL_DAY_AFTER = re.compile(r",?[ \t]+the[ \t]+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b")


def _h_weekday(f, m, k, ctx):
    if f._weekday_blocker.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None
    wd = f.lex.weekday_number(_g(m, k, "wdname") or "")
    # an explicit date beside the weekday wins over any reading of the tense
    appositive = f._weekday_appositive(wd, m.end(k), ctx)
    if isinstance(appositive, Parts):
        appositive[0] = (m.start(k), m.end(k), appositive[0][2])  # the weekday's own span
        return appositive
    if appositive is not None:
        return appositive
    if ctx.reference is None:
        return None  # no reference (or no year): no value can be known
    week = (_g(m, k, "wshift") or "").lower()
    if week:
        # "Thursday next week": that day of the week after (before, of) the reference date's
        monday = ctx.reference - dt.timedelta(days=ctx.reference.weekday())
        shift = {"next": 7, "last": -7}.get(week, 0)
        return DateParse((monday + dt.timedelta(days=shift + wd)).isoformat())
    word = " ".join((_g(m, k, "shift") or "").lower().split())
    if word == "this":
        # the day of the reference date's week (Monday to Sunday): "held a call this Tuesday", read
        # on a Wednesday, is the day before; "this Friday" the day after tomorrow
        return DateParse((ctx.reference + dt.timedelta(days=wd - ctx.reference.weekday())).isoformat())
    mode = f.lex.shift_words.get(word) if word else None
    if mode is None:
        mode = "on_or_after" if f._direction(m, ctx) else "on_or_before"
    return DateParse(cal.resolve_weekday(wd, ctx.reference, mode).isoformat())


def _h_weekday_range(f, m, k, ctx):
    """"Monday-Tuesday", "from Monday to Thursday", "between Monday and Wednesday": one range; the
    days are resolved like a single weekday, the last one when looking back and the first one when
    looking forward. "On Monday and Tuesday" is two dates (each its weekday's), no range."""
    if ctx.reference is None:
        return None
    if f._weekday_blocker.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None
    wd1 = f.lex.weekday_number(_g(m, k, "wd1") or "")
    wd2 = f.lex.weekday_number(_g(m, k, "wd2") or "")
    span = (wd2 - wd1) % 7
    if span == 0 or (_g(m, k, "and") is not None and _g(m, k, "btw") is None):
        return None
    word = " ".join((_g(m, k, "shift") or "").lower().split())
    mode = f.lex.shift_words.get(word) if word else None
    if mode is None:
        mode = "on_or_after" if f._direction(m, ctx) else "on_or_before"
    if mode in ("on_or_before", "before"):
        last = cal.resolve_weekday(wd2, ctx.reference, mode)
        first = last - dt.timedelta(days=span)
    else:
        first = cal.resolve_weekday(wd1, ctx.reference, mode)
        last = first + dt.timedelta(days=span)
    return DateParse(first.isoformat(), last.isoformat())


def _h_month_alone(f, m, k, ctx):
    month = _month(f, m, k)
    if ctx.reference is None:
        return DateParse(cal.iso_month(None, month))
    forward = ctx.future if ctx.future is not None else f.tense(ctx.text, m.start(), m.end())
    if forward is None:
        # no tense cue: the past, unless the month dates an event ("they discussed a visit before
        # the ASEAN summit in October"), which is the one nearest the reference (the past on a tie)
        ahead = (month - ctx.reference.month) % 12
        forward = 0 < ahead < 6 and (f._event_before.search(ctx.text, max(0, m.start() - 60), m.start()) is not None
                                     or f.decided_before(ctx.text, m.start()))
    mode = "on_or_after" if forward else "on_or_before"
    return DateParse(cal.iso_month(cal.month_year(month, ctx.reference, mode), month))


def _h_day_rel_month(f, m, k, ctx):
    """"the 20th of this month", "the 5th of next month", "the 23rd instant": that day of the
    reference's month shifted."""
    shift = f.lex.day_month_shifts.get(" ".join((_g(m, k, "mshift") or "").lower().split()))
    if ctx.reference is None or shift is None:
        return None
    year, month = cal.shift_month(ctx.reference.year, ctx.reference.month, shift)
    value = cal.iso_day(year, month, _int(m, k, "d"))
    return DateParse(value) if value else None


def _h_day_alone(f, m, k, ctx):
    """"on the 22nd": that day of the reference month, or of the month after (before) it when the
    sentence looks ahead (back) and the day has passed (is still to come)."""
    if ctx.reference is None:
        return None
    d, ref = _int(m, k, "d"), ctx.reference
    year, month = ref.year, ref.month
    forward = ctx.future if ctx.future is not None else f.tense(ctx.text, m.start(), m.end())
    if forward is True and d < ref.day:
        year, month = cal.shift_month(year, month, 1)
    elif forward is False and d > ref.day:
        year, month = cal.shift_month(year, month, -1)
    value = cal.iso_day(year, month, d)
    return DateParse(value) if value else None


#: the era of another calendar after a year: "Miazia 28, 2018 E.C." (Ethiopian), "1447 AH", "2569 B.E."
_OTHER_ERA = re.compile(r"[ \t]*(?:E\.[ \t]?C\.?|EC\b|B\.[ \t]?E\.?|A\.[ \t]?H\.?|AH\b|S\.[ \t]?H\.?|SH\b|Hijri\b)")


def _h_year(f, m, k, ctx):
    if f._count_before.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    if _OTHER_ERA.match(ctx.text, m.end()) or (
            f._other_month_before is not None and f._other_month_before.search(ctx.text[max(0, m.start() - 40):m.start()])):
        return None  # a year of another calendar ("2018 E.C.", "9 Chaitra 2078")
    if _CLOCK_LINE.match(ctx.text, ctx.text.rfind("\n", 0, m.start()) + 1) is not None \
            and ctx.text[ctx.text.rfind("\n", 0, m.start()) + 1:m.start()].strip() == "" and _timed_lines(ctx.text):
        return None  # "1900    Dinner hosted by ...": a programme's time of day (24-hour clock), no year
    if f._numbered_item is not None:
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        line_end = ctx.text.find("\n", m.end())
        item = f._numbered_item.fullmatch(ctx.text, line_start, len(ctx.text) if line_end < 0 else line_end)
        if item is not None and item.start("n") == m.start():
            return None  # "1873. SHRIMATI A. RAO:": the number of a question
    if f._name_before.search(ctx.text, max(0, m.start() - 60), m.start()):
        return None  # the year of a plan's or an event's name: "Vision 2047"
    if (f._name_after.match(ctx.text, m.end())
            and not f._prep_before.search(ctx.text, max(0, m.start() - 20), m.start())):
        return None  # "the 2030 Agenda"
    return DateParse(_g(m, k, "y") or "")


#: a line opening on a time of the 24-hour clock written in four digits before a capital (the Doc
#: reads a run of spaces as one): "0930    Welcome ceremony", "1400 - 1530   Talks", "1900 hrs  Dinner"
_CLOCK_LINE = re.compile(r"[ \t]*(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]*(?:hrs?|h)\.?)?"
                         r"(?:[ \t]*[-–][ \t]*(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]*(?:hrs?|h)\.?)?)?[ \t]*(?:[-–:|\u00a6][ \t]*)?[A-Z\u00a6]")
_CLOCK_LINES = re.compile(r"(?m)^[ \t]*((?:[01]\d|2[0-3])[0-5]\d)(?:[ \t]*(?:hrs?|h)\.?)?"
                          r"(?:[ \t]*[-–][ \t]*(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]*(?:hrs?|h)\.?)?)?[ \t]*(?:[-–:|\u00a6][ \t]*)?[A-Z\u00a6]")


@lru_cache(maxsize=8)
def _timed_lines(text: str) -> bool:
    """Whether ``text`` is a programme timed by the 24-hour clock: three lines or more open on a
    time in four digits, one at least no year a release would name ("0930", "1400", "1530")."""
    if text.count("\n") < 3:
        return False
    times = _CLOCK_LINES.findall(text)
    return len(times) >= 3 and any(not 1900 <= int(t) <= 2099 for t in times)


def _parse(f, m, kind, ctx):
    """The handler's parse; none for a date beyond the calendar (before 1 AD or after 9999,
    e.g. "tomorrow" with a reference date of 9999-12-31)."""
    try:
        return _HANDLERS[kind](f, m, kind, ctx)
    except OverflowError:
        return None


_HANDLERS: dict[str, Handler] = {
    "iso": _h_iso,
    "numeric": _h_numeric,
    "range_numeric": _h_range_numeric,
    "range_d_numeric": _h_range_d_numeric,
    "range_dm_numeric": _h_range_dm_numeric,
    "dm_numeric": _h_dm_numeric,
    "range_dm_dm": _h_range_dm_dm,
    "range_md_md": _h_range_md_md,
    "range_dd_m": _h_range_dd_m,
    "range_m_dd": _h_range_m_dd,
    "range_my_my": _h_range_my_my,
    "range_m_m": _h_range_m_m,
    "list_dd_m": _h_list_dd_m,
    "list_m_dd": _h_list_m_dd,
    "list_m_m": _h_list_m_m,
    "half": _h_half,
    "half_h": _h_half_h,
    "quarter": _h_quarter,
    "quarter_q": _h_quarter_q,
    "range_years": _h_range_years,
    "dmy": _h_full,
    "mdy": _h_full,
    "dmony": _h_full,
    "month_rel_after": _h_month_rel_after,
    "md_rel_after": _h_day_rel_after,
    "dm_rel_after": _h_day_rel_after,
    "month_rel_before": _h_month_rel_before,
    "my": _h_my,
    "md": _h_full,
    "dm": _h_full,
    "relative": _h_relative,
    "weekday_range": _h_weekday_range,
    "weekday": _h_weekday,
    "month_alone": _h_month_alone,
    "day_alone": _h_day_alone,
    "day_rel_month": _h_day_rel_month,
    "year": _h_year,
}
