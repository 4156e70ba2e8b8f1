"""Recognises organisations: known bodies from ``organizations.tsv`` and the generic shapes of
government bodies ("Ministry of Economy, Trade and Industry", "Department of Foreign Affairs").

Writes ``doc.spans["organizations"]`` (label ``ORG``, ``kb_id_`` = canonical name).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...data import data_path, read_lines, shipped
from ...organizations import OrgInfo, load_organizations
from ..text import doc_text
from ..zones import in_boilerplate
from .. import keys
from ..groups import spans_of
from ..patterns import AddsPatterns


# "Ministry of X[, Y] and Z": capitalised words joined by 'and', '&', commas and 'of (the)'; a
# comma only inside a list that closes with "and"/"&" ("Economy, Trade and Industry"), so that
# "Ministry of Foreign Affairs, Datuk X" stops at the comma
_CAP = r"[A-Z](?:[\w-]|['’](?=\w))*"  # a capitalised word; a final apostrophe is a possessive
_LIST_COMMA = (r"\s*,\s*(?:(?:and|&)\s+|(?=(?:" + _CAP + r"\s*,\s*)*" + _CAP + r"(?:\s+" + _CAP + r")*,?\s+(?:and|&)\s+[A-Z]))")
GENERIC = re.compile(
    r"\b(?:(?:Ministry|Department|Office|Embassy|High\s+Commission|Consulate(?:\s+General)?|"
    r"Secretariat|Permanent\s+Mission|Agency|Commission)\s+(?:of|for)\s+(?:the\s+)?"
    + _CAP + r"(?:(?:" + _LIST_COMMA + r"|\s+(?:and|&)\s+|\s+of\s+(?:the\s+)?|\s+)" + _CAP + r")*)"
)


@Language.factory("de_organizations", default_config={"extra_patterns": [], "organizations_path": None},
                  requires=["doc.spans"], assigns=["doc.spans"])
def make_organizations(nlp: Language, name: str, extra_patterns: list[str],
                       organizations_path: str | None) -> "OrganizationsComponent":
    organizations_path = organizations_path or str(data_path("organizations.tsv"))  # None: the shipped file
    # the meeting formats lie beside the organisations file; a pipeline folder may do without them
    path = shipped(data_path("meeting_formats.txt", Path(organizations_path).parent))
    formats = read_lines(path) if path.is_file() else ()
    component = OrganizationsComponent(nlp, load_organizations(organizations_path), formats)
    component.add_pattern_files(extra_patterns)  # on top of the shipped data
    return component


class OrganizationsComponent(AddsPatterns):
    """Known bodies and "Ministry of ..." shapes; ``add_patterns([{"name", "aliases", "country",
    "kind"}])`` adds bodies to the shipped list."""

    def __init__(self, nlp: Language, entries: dict[str, OrgInfo], formats: Iterable[str] = ()) -> None:
        self.nlp = nlp
        self.entries = entries  # every name and alias -> OrgInfo
        self.formats = frozenset(formats)  # words after a body's name that make it a meeting format
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form, info in entries.items():
            self.matcher.add(info.name, [nlp.make_doc(form)])

    def _add_pattern(self, pattern: dict) -> None:
        name = pattern.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"an organisation pattern needs a 'name': {pattern!r}")
        aliases = pattern.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a for a in aliases.split("|") if a]
        info = OrgInfo(name.strip(), pattern.get("country") or None, pattern.get("kind") or "government")
        self.entries = dict(self.entries)
        for form in [info.name, *(a.strip() for a in aliases)]:
            self.entries[form] = info
            self.matcher.add(info.name, [self.nlp.make_doc(form)])

    def lookup(self, text: str) -> OrgInfo | None:
        return self.entries.get(text)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        n = len(doc)
        for _match_id, start, end in self.matcher(doc):
            if end < n and doc[end].text in self.formats:  # "Foreign Office Consultations": a meeting
                continue
            entry = self.entries[doc[start:end].text]
            spans.append(Span(doc, start, end, label="ORG", kb_id=entry.name, span_id=entry.country or ""))
        country_starts = {s.start for s in spans_of(doc, keys.COUNTRIES)}
        text = doc_text(doc)
        for m in GENERIC.finditer(text):
            stop = text.find("\n", m.start(), m.end())  # a name never runs on to the next line
            stop = _first_item_and(text, m.start(), m.end() if stop < 0 else stop)
            span = doc.char_span(m.start(), stop, alignment_mode="contract")
            if span is None or not len(span):
                continue
            end = _cut_before_country(doc, span.start, span.end, country_starts)
            span = doc[span.start:end]
            entry = self.lookup(span.text)
            spans.append(Span(doc, span.start, span.end, label="ORG", kb_id=entry.name if entry else span.text,
                              span_id=(entry.country or "") if entry else ""))
        kept = [s for s in filter_spans(spans) if not in_boilerplate(doc, s.start, s.end)]
        doc.spans[keys.ORGANIZATIONS] = kept
        return doc


_COMMA_AND = re.compile(r"\s*,\s*(?:and|&)\s")


def _first_item_and(text: str, start: int, end: int) -> int:
    """Where a body's name ends before ", and": a serial "and" closes a list only after an earlier
    comma of that list ("Economy, Trade, and Industry"); "Ministry of Foreign Affairs, and U Zaw
    Phyo Win" is the body, then the next item of the sentence."""
    m = _COMMA_AND.search(text, start, end)
    if m is None or "," in text[start:m.start()]:
        return end
    return m.start()


def _cut_before_country(doc: Doc, start: int, end: int, country_starts: set[int]) -> int:
    """End a generic organisation name before a trailing "of (the) <country>" or ", <country>"."""
    for i in range(start + 2, end):
        if doc[i].lower_ in ("of", ","):
            j = i + 1
            if j < end and doc[j].lower_ == "the":
                j += 1
            if j in country_starts:
                return i
    return end
