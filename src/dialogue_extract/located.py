"""Regular expressions searched at C speed where they cannot match.

Python's ``re`` only skips ahead quickly when a pattern begins with a literal character or a
character class; a pattern that begins with ``\\b``, a lookbehind or a case-insensitive
alternation is tried at every position of the text. :class:`Located` searches such a pattern
through a *locator*: a second pattern that begins with a class of the characters a match can
begin with, then checks, in lookarounds, that the whole pattern matches there. The locator only
stops where the pattern matches; :meth:`Located.finditer` and :meth:`Located.search` then take
the match itself from the pattern at that position, so they return exactly what
``pattern.finditer`` and ``pattern.search`` return (the pattern must not match the empty
string).

>>> rx = Located.of(r"\\b(?:met|meets) with\\b")
>>> [m.span() for m in rx.finditer("He met with her; she meets with him.")]
[(3, 11), (21, 31)]
"""
from __future__ import annotations

import functools
import re
import sys
from typing import Iterator, Optional, Sequence

from .dates.patterns import first_char_test

__all__ = ["LineStarts", "Located", "NOT_ALNUM", "NOT_WORD", "first_chars", "last_match", "opens_at_line_start"]

#: The ASCII characters that are no letter or digit: what stands before a match that begins where
#: no letter or digit comes before it (``(?<![^\W_])``), for :class:`Located`'s ``preceded_by``.
NOT_ALNUM = "".join(chr(c) for c in range(128) if not chr(c).isalnum())
#: The ASCII characters that are no word character (``\w``): what stands before a match that opens
#: with ``\b`` and a letter.
NOT_WORD = NOT_ALNUM.replace("_", "")



@functools.lru_cache(maxsize=None)
def first_chars(pattern: str, flags: int = 0) -> str:
    """The ASCII characters a match of ``pattern`` can begin with (every one when the pattern
    is not understood). Remembered: the components ask for the same phrases' characters more than
    once while they compile (each phrase, then the alternation of them), and parsing a pattern
    costs what compiling it does."""
    if flags & re.IGNORECASE:
        pattern = "(?i:" + pattern + ")"
    test = first_char_test(pattern)
    return "".join(chr(c) for c in range(128) if test(chr(c)))


def char_class(chars: str) -> str:
    """A character class (source) of ``chars`` and every non-ASCII character, case-sensitive
    even inside a case-insensitive pattern (so that ``re`` can skip to it). Written as the
    complement of the other ASCII characters: ``re`` compiles ``[^...]`` over 128 characters
    at once, while a class listing the range up to U+10FFFF costs it milliseconds to compile."""
    keep = set(chars)
    body = "".join("\\x%02x" % c for c in range(128) if chr(c) not in keep)
    return "(?-i:[^" + body + "])" if body else "[\\s\\S]"


class Located:
    """``pattern`` and a locator of its matches: see the module docstring."""

    __slots__ = ("pattern", "locator", "offset", "runs", "first")

    def __init__(self, pattern: re.Pattern, locator: Optional[re.Pattern], offset: int = 0, runs: str = "",
                 first: Optional[re.Pattern] = None) -> None:
        self.pattern = pattern
        self.locator = locator  # None: the pattern is searched as it is
        # how far after the start of a match the locator stops (-1: on the character before it)
        self.offset = offset
        self.runs = runs * 2  # (see any_of)
        self.first = first  # with offset -1: the locator of a match at the start of the text

    def _preceded(self, preceded_by: Optional[str]) -> "Located":
        """This pattern located on the character before each match instead (see :meth:`of`)."""
        if preceded_by is None or self.locator is None or self.offset:
            return self
        locator = re.compile(char_class(preceded_by) + "(?=" + self.locator.pattern + ")", self.locator.flags)
        return Located(self.pattern, locator, -1, self.runs[:1], self.locator)

    @classmethod
    def of(cls, pattern: str, flags: int = 0, *, preceded_by: Optional[str] = None) -> "Located":
        """``pattern`` located by the words it holds at a fixed distance from its start
        (``\\b[Aa]ccompanying (?:him|her)``: "ccompanying " one character in, found as ``str.find``
        finds it), else by the characters it can begin with.

        ``preceded_by``: the ASCII characters that can stand before a match (any other character
        than an ASCII one can too, and a match can start the text), e.g. :data:`NOT_WORD` for a
        pattern that opens with ``\\b`` and a letter. The locator then stops on such a character
        and checks there what it checks at the match's first character: faster when they are
        rarer in text than the characters a match can begin with (a space before a word, rather
        than the letters that begin words and also stand inside them)."""
        return cls._of(pattern, flags)._preceded(preceded_by)

    @classmethod
    def _of(cls, pattern: str, flags: int = 0) -> "Located":
        full = re.compile(pattern, flags)
        try:
            anchor = _literal_anchor(pattern, flags)
            if anchor is not None:
                word, offset = anchor
                behind = "(?<=(?=(?:" + pattern + "))[\\s\\S]{%d})" % (offset + len(word))
                return cls(full, re.compile(re.escape(word) + behind, flags), offset)
            chars = first_chars(pattern, flags)
            if len(chars) <= 64:  # (nearly any character: nothing to skip)
                return cls(full, re.compile(char_class(chars) + "(?<=(?=(?:" + pattern + "))[\\s\\S])", flags))
        except re.error:  # global flags written in the pattern: it cannot be nested
            pass
        return cls(full, None)

    @classmethod
    def any_of(cls, alternatives: Sequence[str], flags: int = 0, *, lead: str = "", guard: str = "",
               runs: str = "", preceded_by: Optional[str] = None) -> "Located":
        """The pattern ``lead(?:alternative|alternative|...)``, located by the characters its
        alternatives can begin with; at such a character only the alternatives that can begin
        with it are tried (a long alternation is not tried branch by branch at every word).
        ``guard``: checks written after the first character of a match (at the position after
        it), which every match found by ``pattern.finditer`` passes, tried before the pattern.
        ``runs``: a character inside a run of which the guard leaves out positions where a match
        may begin but never first (a match also begins one character before); they are tried
        where a match ends inside such a run, or where the search starts. ``preceded_by``: see
        :meth:`of`."""
        return cls._any_of(alternatives, flags, lead=lead, guard=guard, runs=runs)._preceded(preceded_by)

    @classmethod
    def _any_of(cls, alternatives: Sequence[str], flags: int = 0, *, lead: str = "", guard: str = "",
                runs: str = "") -> "Located":
        full = re.compile(lead + "(?:" + "|".join(alternatives) + ")", flags)
        firsts = [first_chars(alt, flags) for alt in alternatives]  # where the lead ends
        chars = first_chars(full.pattern, flags)
        if not alternatives or len(chars) > 64:
            return cls(full, None)
        dispatch = "|".join(char_class(c) + "(?<=(?=(?:" + alt + "))[\\s\\S])" for c, alt in zip(firsts, alternatives))
        try:
            locator = re.compile(char_class(chars) + guard + "(?<=(?=" + lead + "(?:" + dispatch + "))[\\s\\S])", flags)
        except re.error:  # global flags written in the pattern: it cannot be nested
            return cls(full, None)
        return cls(full, locator, 0, runs)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if self.locator is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        match = self.pattern.match
        offset = self.offset
        runs = self.runs
        resume = pos
        if runs and pos > 0 and text[pos - 1:pos + 1] == runs:  # starting inside a run
            first = match(text, pos, endpos)
        elif offset < 0 and pos <= 0 and self.first.match(text, 0, endpos):
            first = match(text, 0, endpos)  # (a match at the start of the text: no character before it)
        else:
            first = None
        if first is not None:
            for m in _through_runs(match, text, first, endpos, runs):
                yield m
                resume = m.end()
        for hit in self.locator.finditer(text, max(0, pos + offset), endpos):
            at = hit.start() - offset
            if at < resume:  # inside the match reported before (finditer's matches do not overlap)
                continue
            m = match(text, at, endpos)
            if m is None:  # pragma: no cover - the locator only stops where the pattern matches
                continue
            for m in _through_runs(match, text, m, endpos, runs):
                yield m
                resume = m.end()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Optional[re.Match]:
        if self.locator is None:
            return self.pattern.search(text, pos, endpos)
        if self.runs and pos > 0 and text[pos - 1:pos + 1] == self.runs:  # starting inside a run
            m = self.pattern.match(text, pos, endpos)
            if m is not None:
                return m
        if self.offset < 0 and pos <= 0 and self.first.match(text, 0, endpos):  # (no character before it)
            return self.pattern.match(text, 0, endpos)
        hit = self.locator.search(text, max(0, pos + self.offset), endpos)
        return self.pattern.match(text, hit.start() - self.offset, endpos) if hit is not None else None


def _through_runs(match, text: str, m: re.Match, endpos: int, runs: str) -> Iterator[re.Match]:
    """``m``, then while a match ends inside a run of ``runs`` characters, the match that begins
    there (the locator leaves such places out)."""
    yield m
    resume = m.end()
    while runs and text[resume - 1:resume + 1] == runs:
        m = match(text, resume, endpos)
        if m is None:
            return
        yield m
        resume = m.end()


#: the shortest word worth locating a pattern by
MIN_ANCHOR = 3


def _literal_anchor(pattern: str, flags: int) -> Optional[tuple[str, int]]:
    """The longest run of literal characters every match of ``pattern`` holds at one distance
    from its start, with that distance (only checks and single characters before it), when it is
    at least :data:`MIN_ANCHOR` long and no two of its occurrences can overlap; else None."""
    if flags & re.IGNORECASE:
        return None
    C, P = _regex_parser()
    try:
        parsed = P.parse(pattern, flags)
    except Exception:  # pragma: no cover - a pattern the parser here does not know
        return None
    if parsed.state.flags & C.SRE_FLAG_IGNORECASE:  # an inline (?i)
        return None
    items = list(parsed)
    best, run, run_at, offset = "", "", 0, 0
    for op, av in items:
        if op is C.LITERAL:
            if not run:
                run_at = offset
            run += chr(av)
            offset += 1
            continue
        if len(run) > len(best):
            best, best_at = run, run_at
        run = ""
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op in (C.IN, C.ANY):
            offset += 1
            continue
        break
    if len(run) > len(best):
        best, best_at = run, run_at
    if len(best) < MIN_ANCHOR or any(best[:k] == best[-k:] for k in range(1, len(best))):
        return None  # too short to skip far, or two occurrences may overlap
    return best, best_at


def _regex_parser():
    """The standard library's regular expression constants and parser modules."""
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as C
        import sre_parse as P
    return C, P


def last_match(pattern: "re.Pattern[str]", text: str, pos: int, endpos: int) -> Optional["re.Match[str]"]:
    """The last of ``pattern``'s matches in ``text[pos:endpos]`` (as ``finditer`` finds them), or None."""
    m = None
    for m in pattern.finditer(text, pos, endpos):
        pass
    return m


def opens_at_line_start(pattern: str, flags: int = 0) -> bool:
    """Whether every match of ``pattern`` starts at a line start: its first item (inside the groups
    that are the whole pattern) is ``^`` read with ``re.MULTILINE``, or ``(?<![^\n])``."""
    C, P = _regex_parser()
    try:
        items = list(P.parse(pattern, flags))
    except Exception:  # pragma: no cover - an unknown parser: search as usual
        return False
    while len(items) == 1 and items[0][0] is C.SUBPATTERN:  # a group that is the whole pattern
        items = list(items[0][1][-1])
    if not items:
        return False
    op, av = items[0]
    if op is C.AT:
        return av is C.AT_BEGINNING and bool(flags & re.MULTILINE)
    if op is not C.ASSERT_NOT:
        return False
    direction, body = av
    return direction == -1 and list(body) == [(C.NOT_LITERAL, ord("\n"))]


class LineStarts:
    """A pattern every match of which starts at a line start (:func:`opens_at_line_start`),
    searched for the newline it matches after (a literal the regular expression engine skips to)
    instead of being tried at every character. :meth:`finditer` gives what ``pattern.finditer``
    gives."""

    __slots__ = ("pattern", "probe")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self.probe = re.compile("\n(?=(?:" + pattern.pattern + "))", pattern.flags)

    @classmethod
    def of(cls, pattern: re.Pattern) -> Optional["LineStarts"]:
        """``pattern`` searched at line starts, or None when its matches need not start at one."""
        if not opens_at_line_start(pattern.pattern, pattern.flags):
            return None
        try:
            return cls(pattern)
        except re.error:  # global flags written in the pattern: it cannot be nested
            return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        match, probe = self.pattern.match, self.probe
        while True:
            # a match starts at a line start at or after ``pos``: ``pos`` itself, or after a newline
            m = match(text, pos, endpos) if pos == 0 or text[pos - 1] == "\n" else None
            if m is None:
                found = probe.search(text, pos, endpos)
                if found is None:
                    return
                m = match(text, found.end(), endpos)
            yield m
            if m.end() == m.start():  # an empty match: the rest as the pattern's finditer reads it
                rest = self.pattern.finditer(text, m.start(), endpos)
                next(rest, None)
                yield from rest
                return
            pos = m.end()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Optional[re.Match]:
        return next(self.finditer(text, pos, endpos), None)
