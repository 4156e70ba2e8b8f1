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
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ...data import data_path, read_jsonl
from ..text import doc_text
from .. import keys

_LINE = re.compile(r"[^\n]*(?:\n|$)")
#: lines longer than this are article text, never furniture
MAX_LINE = 250
_SCOPES = ("line", "block", "tail", "story")
#: a new story's headline, section label or kicker: at most this many short blocks above its opening line
MAX_HEADING_BLOCKS = 3
MAX_HEADING = 150
#: "Name: comment" lines are comments, not headlines
_HANDLE = re.compile(r"[^\s:][^:]{0,40}:\s")
#: the separators of a table's cells ("a | b", tabs)
_CELL_SEPARATOR = re.compile(r"[ \t]\|[ \t]|\t")


def table_header(line: str, next_line: str, combined: re.Pattern) -> bool:
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


def combine(rules: list[Rule]) -> re.Pattern:
    """All furniture rules as one pattern, the first matching rule named by its group (``r<index>``)."""
    parts = []
    for i, rule in enumerate(rules):
        if rule.scope == "story":
            continue
        flags = "(?i:" if rule.regex.flags & re.IGNORECASE else "(?:"
        inner = rule.regex.pattern[len(r"\s*(?:"):-len(r")\s*")]
        parts.append(f"(?P<r{i}>{flags}{inner}))")
    return re.compile(r"\s*(?:" + "|".join(parts) + r")\s*")


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


def find_zones(text: str, rules: list[Rule], combined: re.Pattern | None = None,
               story: re.Pattern | None | bool = True) -> Iterator[tuple[int, int]]:
    """Character ranges of ``text`` that are page furniture (plain function, no spaCy).

    ``story`` is :func:`combine_stories` of ``rules`` (computed when left True)."""
    combined = combined or combine(rules)
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
        if rule.scope == "line" and i + 1 < len(lines) and table_header(
                line, text[lines[i + 1][0]:lines[i + 1][1]].rstrip("\n"), combined):
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
            yield start, lines[j - 1][1]
            i = j
            continue
        yield start, end
        i += 1


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
        self.combined = combine(rules)
        self.story = combine_stories(rules)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        last_end = -1
        for start, end in find_zones(doc_text(doc), self.rules, self.combined, self.story):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0 or span.start < last_end:
                continue
            spans.append(span)
            last_end = span.end
        doc.spans[keys.BOILERPLATE] = spans
        return doc
