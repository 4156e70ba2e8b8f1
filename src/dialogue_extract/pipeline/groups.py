"""The spans of a span group, made once per Doc.

Every read of a ``SpanGroup`` (iteration, indexing) makes a new ``Span`` object per span, and
most groups are read by several components (the countries by six). :func:`spans_of` makes them
once and hands every reader the same list, until the group is replaced or changes size; the
Spans are the group's own, so their extension attributes (``span._``) read as usual.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

_CACHE_KEY = "dialogue_extract.span_lists"


def spans_of(doc: Doc, key: str) -> list[Span]:
    """The spans of ``doc.spans[key]`` in their stored order (an empty list without the group).
    Callers read the list and must not change it."""
    groups = doc.spans
    # (spaCy's SpanGroups is a UserDict: its ``get`` runs three Python calls; its dict is read directly)
    group = getattr(groups, "data", groups).get(key)
    if group is None:
        return []
    cache = doc.user_data.get(_CACHE_KEY)
    if cache is None:
        cache = doc.user_data[_CACHE_KEY] = {}
    hit = cache.get(key)
    if hit is not None and hit[0] is group and hit[1] == len(group):
        return hit[2]
    spans = list(group)
    cache[key] = (group, len(spans), spans)
    return spans


def set_spans(doc: Doc, key: str, spans: list[Span]) -> None:
    """``doc.spans[key] = spans``, and :func:`spans_of` hands its readers these very Spans
    (instead of making them again from the group). The caller must not change the list after."""
    doc.spans[key] = spans
    cache = doc.user_data.get(_CACHE_KEY)
    if cache is None:
        cache = doc.user_data[_CACHE_KEY] = {}
    cache[key] = (doc.spans[key], len(spans), spans)


def release_spans(doc: Doc) -> None:
    """Forget the lists :func:`spans_of` made (each Span refers to its Doc: without this, the
    Doc is freed by the garbage collector's next pass rather than at once)."""
    doc.user_data.pop(_CACHE_KEY, None)
