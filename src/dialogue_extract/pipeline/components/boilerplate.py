"""Marks page furniture and reader-comment zones, which yield nothing.

Rules are data (``models/default/boilerplate.jsonl``): a regular expression matched against a whole
line and a scope ("line", "block" up to the next blank line, or "tail" to the end of the page). A
"story" rule marks a line that opens a new story (a byline, a dateline, a publication stamp): on a
page that carries several stories, a comment section ends where the next story begins, headline
included. The zones are written to ``doc.spans["boilerplate"]``; every recogniser consults them through
:mod:`dialogue_extract.pipeline.zones`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ...data import data_path, read_jsonl
from ...located import _regex_parser, first_chars
from ..layout import _RULE_ROW
from ..text import doc_text
from .. import keys
from ..groups import set_spans

_LINE = re.compile(r"[^\n]*(?:\n|$)")
#: lines longer than this are article text, never furniture
MAX_LINE = 250
_SCOPES = ("line", "block", "tail", "story")
#: a new story's headline, section label or kicker: at most this many short blocks above its opening line
MAX_HEADING_BLOCKS = 3
MAX_HEADING = 150
#: a teaser of another page: at most this many lines after the marker, the last cut off by an ellipsis
MAX_TEASER_LINES = 3
_ELLIPSES = ("...", "\u2026")
#: "Name: comment" lines are comments, not headlines
_HANDLE = re.compile(r"[^\s:][^:]{0,40}:\s")
#: the separators of a table's cells ("a | b", tabs)
_CELL_SEPARATOR = re.compile(r"[ \t]\|[ \t]|\t")


def table_header(line: str, next_line: str, combined: "re.Pattern | LineRules") -> bool:
    """Whether ``line`` heads a table: the line after it has as many cells and is no furniture
    itself ("No. | Agreement | Signed for Qatar | Signed for Oman" over rows of signatories reads
    like a menu, but a menu is not followed by a row of its own shape)."""
    n = len(_CELL_SEPARATOR.findall(line))
    return n >= 2 and len(_CELL_SEPARATOR.findall(next_line)) == n and combined.fullmatch(next_line) is None


@dataclass(frozen=True)
class Rule:
    scope: str
    regex: re.Pattern


def load_rules(path: str) -> list[Rule]:
    rules = []
    for row in read_jsonl(path):
        scope = row.get("scope", "line")
        if scope not in _SCOPES:
            raise ValueError(f"{path}: unknown scope {scope!r} (expected one of {_SCOPES})")
        flags = re.IGNORECASE if row.get("ignore_case", True) else 0
        tail = "" if scope == "story" else r"\s*"  # story rules match a line's start
        rules.append(Rule(scope, re.compile(r"\s*(?:" + row["pattern"] + r")" + tail, flags)))
    return rules


def combine(rules: list[Rule], skip: frozenset[int] = frozenset()) -> re.Pattern:
    """All furniture rules (but those whose indices are in ``skip``) as one pattern, the first
    matching rule named by its group (``r<index>``)."""
    parts = []
    for i, rule in enumerate(rules):
        if rule.scope == "story" or i in skip:
            continue
        flags = "(?i:" if rule.regex.flags & re.IGNORECASE else "(?:"
        inner = rule.regex.pattern[len(r"\s*(?:"):-len(r")\s*")]
        parts.append(f"(?P<r{i}>{flags}{inner}))")
    return re.compile(r"\s*(?:" + "|".join(parts) + r")\s*")


def _inner(rule: Rule) -> str:
    """The rule's own pattern (without the white space :func:`load_rules` puts around it)."""
    return rule.regex.pattern[len(r"\s*(?:"):-len(r")\s*")]


def required_words(pattern: str, flags: int = 0) -> Optional[frozenset[str]]:
    """Strings in lower case one of which every string that ``pattern`` matches in full holds (a
    run of its literal characters, one per alternative, the characters of a class, what a
    lookaround needs), or None when the pattern does not require any. Characters whose case
    folding ``str.lower`` does not mirror (non-ASCII letters) end a run."""
    C, P = _regex_parser()
    try:
        parsed = P.parse(pattern, flags)
    except Exception:  # pragma: no cover - a pattern the parser here does not know
        return None
    repeats = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
    atomic = getattr(C, "ATOMIC_GROUP", None)

    def plain(code: int) -> bool:
        c = chr(code)
        return c.isascii() or c.lower() == c == c.upper()

    def stronger(a: Optional[frozenset[str]], b: Optional[frozenset[str]]) -> Optional[frozenset[str]]:
        # the set whose shortest string is longest (then the smaller set)
        if a is None or b is None:
            return a if b is None else b
        return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a

    def sequence(items) -> Optional[frozenset[str]]:
        best, run = None, ""
        for op, av in items:
            if op is C.LITERAL and plain(av):
                run += chr(av).lower()
                continue
            if run:
                best, run = stronger(best, frozenset([run])), ""
            best = stronger(best, item(op, av))
        return stronger(best, frozenset([run])) if run else best

    def item(op, av) -> Optional[frozenset[str]]:
        if op is C.BRANCH:
            sets = [sequence(alt) for alt in av[1]]
            return None if any(s is None for s in sets) else frozenset().union(*sets)
        if op is C.SUBPATTERN:
            return sequence(av[-1])
        if op in repeats:
            return sequence(av[2]) if av[0] >= 1 else None
        if atomic is not None and op is atomic:
            return sequence(av)
        if op is C.ASSERT:  # a lookaround reads the same string
            return sequence(av[1])
        if op is C.IN and av and all(o is C.LITERAL and plain(v) for o, v in av):
            return frozenset(chr(v).lower() for _, v in av)
        return None

    return sequence(parsed)


#: a rule that may begin with more ASCII characters than this (the others fail at a line's first
#: word) and requires one of at most GATE_WORDS words is tried on a line only when the line
#: holds one of them (looking for more words would cost more than the rule)
GATE_FIRST_CHARS = 20
GATE_WORDS = 8
#: the non-ASCII characters that a case-insensitive pattern matches to an ASCII letter while
#: ``str.lower`` does not turn them into it ("İ", "ı", "ſ", the Kelvin sign)
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


class LineRules:
    """:func:`combine` of the furniture rules, matched against one line at a time: a rule that
    can begin almost anywhere in a line (".*cookies.*", a menu line) is left out of the pattern
    tried on a line that holds none of its :func:`required_words`, as it cannot match there.
    ``fullmatch`` returns exactly what ``combine(rules).fullmatch`` does.

    A pattern is compiled per combination of gated rules left out (a few milliseconds each):
    with more than :attr:`WARM_ALL_GATES` gated rules, only the combinations that leave out all
    of them but at most one; a rarer line holding the words of two or more of them is matched by
    the pattern of all the rules (a rule that cannot match changes no match), which costs
    microseconds where compiling its own pattern would cost milliseconds."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        #: (the rule's bit, its required words) of the rules left out of lines without their words
        self.gates: list[tuple[int, tuple[str, ...]]] = []
        self._gated: dict[int, int] = {}  # bit -> rule index
        for i, rule in enumerate(rules):
            if rule.scope == "story":
                continue
            inner = _inner(rule)
            if len(first_chars(inner, rule.regex.flags)) <= GATE_FIRST_CHARS:
                continue
            words = required_words(inner, rule.regex.flags)
            if words and len(words) <= GATE_WORDS:
                bit = 1 << len(self.gates)
                self.gates.append((bit, tuple(sorted(words))))
                self._gated[bit] = i
        self.pattern = combine(rules)
        self._patterns: dict[int, re.Pattern] = {0: self.pattern}  # by the bits of the rules left out

    #: up to this many gated rules, :meth:`warm_up` compiles the pattern of every combination of
    #: them (2**n patterns of a few milliseconds each); beyond, those leaving out all but one
    WARM_ALL_GATES = 5

    def warm_up(self) -> None:
        """Compile now the patterns :meth:`fullmatch` otherwise compiles when a line first holds
        a new combination of the gated rules' words (a few milliseconds each)."""
        every = (1 << len(self.gates)) - 1
        if len(self.gates) <= self.WARM_ALL_GATES:
            skips = range(every + 1)
        else:
            skips = [every, 0] + [every & ~bit for bit, _words in self.gates]
        for skip in skips:
            self._pattern_for(skip)

    def _compiled_for(self, skip: int) -> bool:
        """Whether the combination of gated rules left out ``skip`` gets a pattern of its own:
        any when they are few, else one that leaves out all of them but at most one."""
        if len(self.gates) <= self.WARM_ALL_GATES:
            return True
        kept = ((1 << len(self.gates)) - 1) & ~skip
        return kept & (kept - 1) == 0

    def _pattern_for(self, skip: int) -> re.Pattern:
        """The pattern of the rules but the gated ones whose bits are in ``skip``."""
        pattern = self._patterns.get(skip)
        if pattern is None:
            left_out = frozenset(i for bit, i in self._gated.items() if skip & bit)
            pattern = self._patterns[skip] = combine(self.rules, left_out)
        return pattern

    def fullmatch(self, line: str) -> Optional[re.Match]:
        pattern = self.pattern
        if self.gates and (line.isascii() or _FOLDS_TO_ASCII.search(line) is None):
            low = line.lower()
            skip = 0
            for bit, words in self.gates:
                for w in words:
                    if w in low:
                        break
                else:
                    skip |= bit
            pattern = self._patterns.get(skip)
            if pattern is None:
                pattern = self._pattern_for(skip) if self._compiled_for(skip) else self.pattern
        return pattern.fullmatch(line)


def combine_stories(rules: list[Rule]) -> re.Pattern | None:
    """The "story" rules as one pattern matched at a line's start (None: no such rule)."""
    parts = []
    for rule in rules:
        if rule.scope == "story":
            flags = "(?i:" if rule.regex.flags & re.IGNORECASE else "(?:"
            parts.append(flags + rule.regex.pattern[len(r"\s*(?:"):-1] + ")")
    return re.compile(r"\s*(?:" + "|".join(parts) + ")") if parts else None


def _heading_like(line: str) -> bool:
    """A short line that can be a headline, a section label or a kicker (not a sentence, not a
    "Name: comment" line)."""
    return (len(line) <= MAX_HEADING and line[-1] not in '.!?:;,"”)' and _HANDLE.match(line) is None)


def next_story(text: str, lines: list[tuple[int, int]], first: int, story: re.Pattern | None) -> int | None:
    """Index of the first line of the next story at or after line ``first`` (None: no story opens).

    A story opens at a line a "story" rule matches; its headline blocks just above it (at most
    ``MAX_HEADING_BLOCKS`` blocks of one or two short lines) belong to it."""
    if story is None:
        return None

    def line(k: int) -> str:
        return text[lines[k][0]:lines[k][1]].strip()

    for k in range(first, len(lines)):
        if not line(k) or story.match(text, lines[k][0], lines[k][1]) is None:
            continue
        end = k
        while end + 1 < len(lines) and line(end + 1) and end - k < MAX_TEASER_LINES:
            end += 1
        if line(end).endswith(_ELLIPSES) and (end + 1 >= len(lines) or not line(end + 1)):
            continue  # "NEXT STORY / headline / first words ...": a teaser of another page, no story
        begin = k
        while begin > first and line(begin - 1):
            begin -= 1
        for _ in range(MAX_HEADING_BLOCKS):
            last = begin - 1
            while last >= first and not line(last):
                last -= 1
            if last < first:
                break
            top = last
            while top > first and line(top - 1):
                top -= 1
            if last - top > 1 or not all(_heading_like(line(x)) for x in range(top, last + 1)):
                break
            begin = top
        return begin
    return None


def find_zones(text: str, rules: list[Rule], combined: "re.Pattern | LineRules | None" = None,
               story: re.Pattern | None | bool = True) -> Iterator[tuple[int, int]]:
    """Character ranges of ``text`` that are page furniture (plain function, no spaCy).

    ``combined`` is :func:`combine` of ``rules`` or their :class:`LineRules` (made when left
    None); ``story`` is :func:`combine_stories` of ``rules`` (computed when left True)."""
    combined = combined or LineRules(rules)
    if story is True:
        story = combine_stories(rules)
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end].rstrip("\n")
        if not line.strip():
            i += 1
            continue
        if len(line) > MAX_LINE:  # furniture lines are short; article paragraphs are not tried
            i += 1
            continue
        m = combined.fullmatch(line)
        if m is None:
            i += 1
            continue
        rule = rules[int(m.lastgroup[1:])]
        k = i + 1  # the next line with words (a table taken from a page may have blank lines between rows,
        # and a rule under its header row: "-----+-----", "|---|---|")
        while k < len(lines) and k <= i + 2 and (not text[lines[k][0]:lines[k][1]].strip()
                                                 or _RULE_ROW.fullmatch(text[lines[k][0]:lines[k][1]].rstrip("\n")) is not None):
            k += 1
        if rule.scope == "line" and k < len(lines) and table_header(
                line, text[lines[k][0]:lines[k][1]].rstrip("\n"), combined):
            i += 1
            continue
        if rule.scope == "tail":  # to the end of the page, or to the next story on it
            j = next_story(text, lines, i + 1, story)
            if j is None:
                yield start, len(text)
                return
            yield start, lines[j - 1][1]
            i = j
            continue
        if rule.scope == "block":
            j = i + 1
            while j < len(lines) and text[lines[j][0]:lines[j][1]].strip():
                j += 1
            if j == i + 1 and not _HEADLINES_AFTER_COLON.search(line):
                # (a header alone on its line: its list may set each headline apart; not one whose
                # headlines follow it on its line, "TRENDING: A • B • C", above the story's own)
                j = _headline_paragraphs_end(text, lines, j, combined)
            yield start, lines[j - 1][1]
            i = j
            continue
        yield start, end
        i += 1


#: a header's colon with its headlines after it on the same line
_HEADLINES_AFTER_COLON = re.compile(r"[:：][ \t]*\S")
#: the longest line a headline of a list of other stories holds
_HEADLINE_CHARS = 140


#: the most headlines a paragraph of other stories' headlines (one a line) holds
_HEADLINE_LINES = 8


def _headline_line(line: str, combined) -> bool:
    """Whether ``line`` reads as the headline of another story: short, ending no sentence, no
    furniture of its own."""
    return bool(line) and len(line) <= _HEADLINE_CHARS and not line.endswith((".", "!", "?", ":", '"', "”", ";", ",")) \
        and not combined.fullmatch(line)


def _headline_paragraphs_end(text: str, lines: list[tuple[int, int]], j: int, combined) -> int:
    """Where a block of furniture ends when the list it heads goes on over blank lines, one headline
    a paragraph ("Related News\n\nKuwait, Oman sign MoU    07/02/2026\n\n..."): past each following
    paragraph of one short line that ends no sentence and is no furniture of its own (a tag list, a
    comments header: its rule reads it); ``j`` (the first blank line) otherwise."""
    n = len(lines)
    first = True
    while j < n:
        k = j
        while k < n and k <= j + 1 and not text[lines[k][0]:lines[k][1]].strip():
            k += 1
        if k == j or k >= n:
            return j
        if first:  # (or the paragraph right under the header, of a few headlines one a line)
            first = False
            e = k
            while e < n and e - k < _HEADLINE_LINES and _headline_line(text[lines[e][0]:lines[e][1]].strip(), combined):
                e += 1
            if e > k + 1 and (e >= n or not text[lines[e][0]:lines[e][1]].strip()):
                j = e
                continue
        line = text[lines[k][0]:lines[k][1]].strip()
        if not _headline_line(line, combined) or k + 1 < n and text[lines[k + 1][0]:lines[k + 1][1]].strip():
            return j
        j = k + 1
    return j


@Language.factory(
    "de_boilerplate",
    default_config={"markers_path": None},
    assigns=["doc.spans"],
)
def make_boilerplate(nlp: Language, name: str, markers_path: str | None) -> "BoilerplateComponent":
    return BoilerplateComponent(load_rules(markers_path or data_path("boilerplate.jsonl")))  # None: the shipped rules


class BoilerplateComponent:
    """Writes ``doc.spans["boilerplate"]``: zones whose words yield no extraction."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.combined = LineRules(rules)
        self.story = combine_stories(rules)

    def warm_up(self) -> None:
        """Compile the patterns of the lines by the gated rules' words they hold (otherwise
        compiled on first use, see :class:`LineRules`)."""
        self.combined.warm_up()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        last_end = -1
        for start, end in find_zones(doc_text(doc), self.rules, self.combined, self.story):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0 or span.start < last_end:
                continue
            spans.append(span)
            last_end = span.end
        set_spans(doc, keys.BOILERPLATE, spans)
        return doc
