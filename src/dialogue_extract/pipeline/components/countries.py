"""The countries component: states referred to by name, abbreviation or demonym.

Writes ``doc.spans["countries"]``: label ``GPE`` for names and abbreviations, ``NORP`` for
demonyms, ``kb_id_`` the ISO 3166-1 alpha-3 code. Matching is one case-sensitive
PhraseMatcher (names must be capitalised as written; all-capitals headings are matched through
upper-case variants), then per match: boilerplate zones, the not-a-country blocklist, given names
("Jordan Peterson") and longest-match-wins.

Tokens that glue a country to something with a hyphen and that the tokenizer keeps whole
("U.S.-Vietnam", "U.S.-led") are split first, so every country gets its own exact offsets.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicons import read_lines
from ..zones import in_boilerplate

SPANS_KEY = "countries"
NAME_LABEL = "GPE"
DEMONYM_LABEL = "NORP"

_HYPHEN_SPLIT = re.compile(r"([-–])")


@Language.factory(
    "de_countries",
    default_config={"personal_names_path": None, "spans_key": SPANS_KEY, "split_hyphenated": True},
)
def make_countries(
    nlp: Language,
    name: str,
    aliases_path: str,
    demonyms_path: str,
    blocklist_path: str,
    personal_names_path: Optional[str],
    spans_key: str,
    split_hyphenated: bool,
) -> "CountryRecognizer":
    from ...countries import country_forms, demonym_forms  # here: dialogue_extract.countries imports this package

    names = country_forms(str(aliases_path), str(blocklist_path))
    demonyms = demonym_forms(str(demonyms_path))
    blocklist = read_lines(blocklist_path)
    personal = read_lines(personal_names_path) if personal_names_path else ()
    return CountryRecognizer(nlp, names, demonyms, blocklist, personal, spans_key=spans_key,
                             split_hyphenated=split_hyphenated)


def upper_variant(form: str) -> Optional[str]:
    """The all-capitals spelling of a name as it appears in headings, or None if it is the same."""
    from ...countries import is_abbreviation

    if is_abbreviation(form):
        return None
    up = form.upper()
    return up if up != form else None


def hyphen_parts(text: str) -> list[str]:
    """ "U.S.-Vietnam" -> ["U.S.", "-", "Vietnam"] (empty pieces dropped)."""
    return [p for p in _HYPHEN_SPLIT.split(text) if p]


class CountryRecognizer:
    """Finds country names, abbreviations and demonyms; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        names: dict[str, str],
        demonyms: dict[str, str],
        blocklist: Iterable[str] = (),
        personal_names: Iterable[str] = (),
        *,
        spans_key: str = SPANS_KEY,
        split_hyphenated: bool = True,
    ) -> None:
        self.spans_key = spans_key
        self.split_hyphenated = split_hyphenated
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.blocker = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.personal_names = frozenset(personal_names)
        self._upper_forms: set[str] = set()
        self._single_forms: set[str] = set()
        self._first_words: set[str] = set()
        self._plans: dict[int, Optional[list[str]]] = {}
        by_key: dict[str, list[Doc]] = {}
        for label, forms in ((NAME_LABEL, names), (DEMONYM_LABEL, demonyms)):
            for form, code in forms.items():
                variants = [form]
                up = upper_variant(form)
                if up:
                    variants.append(up)
                    self._upper_forms.add(up)
                for v in variants:
                    doc = nlp.make_doc(v)
                    if len(doc) == 1:
                        self._single_forms.add(v)
                    self._first_words.add(doc[0].text)
                    by_key.setdefault(f"{label}|{code}", []).append(doc)
        for key, docs in by_key.items():
            self.matcher.add(key, docs)
        blocked = [nlp.make_doc(v) for b in blocklist for v in {b, b.upper()}]
        if blocked:
            self.blocker.add("BLOCK", blocked)

    # -- hyphen-joined tokens -----------------------------------------------------------------
    def _split_plan(self, orth: int, text_of) -> Optional[list[str]]:
        """The parts to split a token type into, or None; cached per token type."""
        plan = self._plans.get(orth, False)
        if plan is False:
            text = text_of(orth)
            plan = None
            if len(text) > 2 and ("-" in text or "–" in text):
                parts = hyphen_parts(text)
                if len(parts) > 1 and any(p in self._single_forms for p in parts):
                    plan = parts
            if len(self._plans) < 500_000:
                self._plans[orth] = plan
        return plan

    def split_hyphenated_tokens(self, doc: Doc) -> Doc:
        """Split tokens such as "U.S.-Vietnam" when one of their parts is a country form.

        Works per token type (unique ORTH values, with a cache), not per token.
        """
        if not len(doc):
            return doc
        orths = doc.to_array(ORTH)
        strings = doc.vocab.strings
        todo = []
        for orth in numpy.unique(orths):
            parts = self._split_plan(int(orth), strings.__getitem__)
            if parts:
                todo.extend((int(i), parts) for i in numpy.flatnonzero(orths == orth))
        if not todo:
            return doc
        saved = {
            key: [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in group]
            for key, group in doc.spans.items()
        }
        with doc.retokenize() as retok:
            for i, parts in sorted(todo):
                tok = doc[i]
                retok.split(tok, parts, heads=[(tok, j) for j in range(len(parts))])
        for key, rows in saved.items():
            spans = []
            for start, end, label, kb_id, span_id in rows:
                s = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)
                if s is not None:
                    spans.append(s)
            doc.spans[key] = spans
        return doc

    # -- matching -----------------------------------------------------------------------------
    def _blocked_ranges(self, doc: Doc) -> list[tuple[int, int]]:
        return [(s, e) for _, s, e in self.blocker(doc)]

    def _looks_like_given_name(self, doc: Doc, start: int, end: int) -> bool:
        if end - start != 1 or doc[start].text not in self.personal_names or end >= len(doc):
            return False
        nxt = doc[end]
        return nxt.is_alpha and nxt.is_title and nxt.text not in self._first_words

    def _heading_context(self, doc: Doc, start: int, end: int) -> bool:
        """An all-capitals name counts only among other all-capitals words (a heading)."""
        if sum(len(t) for t in doc[start:end]) >= 5 and end - start > 1:
            return True
        for i in (start - 2, start - 1, end, end + 1):
            if 0 <= i < len(doc):
                t = doc[i]
                if t.is_alpha and len(t) > 1 and t.is_upper:
                    return True
        return False

    def find(self, doc: Doc) -> list[Span]:
        """Country spans of ``doc`` (without writing them)."""
        vocab = doc.vocab
        blocked = None
        candidates = []
        for match_id, start, end in self.matcher(doc):
            if in_boilerplate(doc, start, end):
                continue
            label, _, code = vocab.strings[match_id].partition("|")
            span = Span(doc, start, end, label=label, kb_id=code)
            if span.text in self._upper_forms and not self._heading_context(doc, start, end):
                continue
            if self._looks_like_given_name(doc, start, end):
                continue
            if blocked is None:
                blocked = self._blocked_ranges(doc)
            if any(bs <= start and end <= be for bs, be in blocked):
                continue
            candidates.append(span)
        return sorted(filter_spans(candidates), key=lambda s: s.start)

    def __call__(self, doc: Doc) -> Doc:
        if self.split_hyphenated:
            doc = self.split_hyphenated_tokens(doc)
        doc.spans[self.spans_key] = self.find(doc)
        return doc
