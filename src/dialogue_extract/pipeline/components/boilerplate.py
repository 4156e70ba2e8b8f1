"""Marks page furniture and reader-comment zones, which yield nothing.

Rules are data (``models/default/boilerplate.jsonl``): a regular expression matched against a whole
line and a scope ("line", "block" up to the next blank line, or "tail" to the end of the page). The
zones are written to ``doc.spans["boilerplate"]``; every recogniser consults them through
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
_SCOPES = ("line", "block", "tail")


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
        rules.append(Rule(scope, re.compile(r"\s*(?:" + row["pattern"] + r")\s*", flags)))
    return rules


def combine(rules: list[Rule]) -> re.Pattern:
    """All rules as one pattern, the first matching rule named by its group (``r<index>``)."""
    parts = []
    for i, rule in enumerate(rules):
        flags = "(?i:" if rule.regex.flags & re.IGNORECASE else "(?:"
        inner = rule.regex.pattern[len(r"\s*(?:"):-len(r")\s*")]
        parts.append(f"(?P<r{i}>{flags}{inner}))")
    return re.compile(r"\s*(?:" + "|".join(parts) + r")\s*")


def find_zones(text: str, rules: list[Rule], combined: re.Pattern | None = None) -> Iterator[tuple[int, int]]:
    """Character ranges of ``text`` that are page furniture (plain function, no spaCy)."""
    combined = combined or combine(rules)
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
        if rule.scope == "tail":
            yield start, len(text)
            return
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
def make_boilerplate(nlp: Language, name: str, markers_path: str | None) -> "Boilerplate":
    return Boilerplate(load_rules(markers_path or data_path("boilerplate.jsonl")))  # None: the shipped rules


class Boilerplate:
    """Writes ``doc.spans["boilerplate"]``: zones whose words yield no extraction."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.combined = combine(rules)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        last_end = -1
        for start, end in find_zones(doc_text(doc), self.rules, self.combined):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0 or span.start < last_end:
                continue
            spans.append(span)
            last_end = span.end
        doc.spans[keys.BOILERPLATE] = spans
        return doc
