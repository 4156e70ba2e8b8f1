"""The dates component: ``doc.spans["dates"]``, spans labelled DATE whose
``span._.de_date_info`` is a :class:`~dialogue_extract.dates.DateInfo` (ISO ``value``,
``value_end`` for a range, and how they were resolved).

The recogniser itself is :mod:`dialogue_extract.dates` (one compiled regex over the text);
this component resolves the reference date, maps matches to token spans and skips
boilerplate zones, except the date of a byline or header line the release is dated by. When the
caller gave no reference date, the release's own dateline or
header date is used and ``doc._.de_reference_date_source`` is set to ``"dateline"``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...dates import DateFinder, Found, find_dateline, load_lexicon
from ...dates.anaphora import days_after_dates
from ...dates.reference import MAX_HEADER_CHARS, _reference_scan
from ..text import doc_text
from ..zones import in_boilerplate
from .. import extensions  # noqa: F401  (span._.de_date_info)
from .. import keys
from ..groups import set_spans
from ..extensions import doc_value, set_doc_value, set_span_value

LABEL = "DATE"
#: where the Doc's text is cached for the components that scan it with regular expressions


@Language.factory("de_dates", default_config={"lexicon_path": None, "header_chars": 600},
                  assigns=["doc.spans", "span._.de_date_info", "doc._.de_reference_date",
                           "doc._.de_reference_date_source"])
def make_dates(nlp: Language, name: str, lexicon_path: Optional[str], header_chars: int) -> "DatesComponent":
    return DatesComponent(lexicon_path, header_chars=header_chars)  # None: the shipped dates.json


class DatesComponent:
    """Finds date expressions with :class:`~dialogue_extract.dates.DateFinder`."""

    def __init__(self, lexicon_path: Optional[str] = None, *, header_chars: int = 600) -> None:
        self.finder = DateFinder(load_lexicon(lexicon_path))
        self.header_chars = header_chars

    def warm_up(self) -> None:
        """Compile the date patterns otherwise compiled on first use (see
        :meth:`dialogue_extract.Extractor.warm_up`)."""
        self.finder.compile_all()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        reference = doc_value(doc, "de_reference_date")
        partial = None
        dateline: Optional[Found] = None
        known = False  # whether ``dateline`` has been looked for
        founds: Optional[list[Found]] = None  # the text's dates, when the header scan read them all
        if reference is None:
            reference, partial, dateline, founds = _reference_scan(text, self.header_chars, self.finder)
            known = True
            if reference is not None:
                set_doc_value(doc, "de_reference_date", reference)
                set_doc_value(doc, "de_reference_date_source", "dateline")
        if founds is None:
            founds = self.finder.find(text, reference, partial=partial)
        founds = days_after_dates(text, founds, self.finder.lex.day_after_dates)  # "the following day"
        spans: list[Span] = []
        for found in founds:
            span = to_span(doc, found.start, found.end, text)
            if span is None:
                continue
            info = found.info
            if in_boilerplate(doc, span.start, span.end):
                # page furniture yields nothing, except the date a byline or header line dates
                # the release by ("By Staff Reporter | Colombo | 27 July 2019")
                if not known and found.start < MAX_HEADER_CHARS:
                    dateline, known = find_dateline(text, limit=self.header_chars, finder=self.finder), True
                if dateline is None or (dateline.start, dateline.end) != (found.start, found.end):
                    continue
            if dateline is not None and (dateline.start, dateline.end) == (found.start, found.end):
                info = replace(info, source="dateline")
            span = Span(doc, span.start, span.end, label=LABEL)
            set_span_value(span, "de_date_info", info)
            spans.append(span)
        set_spans(doc, keys.DATES, spans)
        return doc


def to_span(doc: Doc, start: int, end: int, text: Optional[str] = None) -> Optional[Span]:
    """The token span of characters ``start:end``.

    A match that starts or ends inside a token ("mid-2022" is one token) is widened to whole
    tokens, unless the widening would take in digits (then the value might not be the
    span's): the span's text is always ``doc.text[span.start_char:span.end_char]``.
    """
    span = doc.char_span(start, end)
    if span is not None:
        return span
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    text = doc.text if text is None else text
    extra = text[span.start_char:start] + text[end:span.end_char]
    if any(c.isdigit() for c in extra):
        return None
    return span
