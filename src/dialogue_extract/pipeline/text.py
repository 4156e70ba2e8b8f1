"""Fast access to a Doc's text.

spaCy rebuilds ``doc.text`` token by token on every access; components that search the text with
regular expressions read it through :func:`doc_text`, which caches it in ``doc.user_data``. The
Extractor seeds the cache with the input string, so the text is never rebuilt at all.

Recognition runs on the *recognition text* of the input (:func:`recognition_text`): its space
view (:func:`space_view`: every space-like character - no-break, narrow, figure, thin and other
Unicode spaces, tabs, zero-width spaces and word joiners - a plain space, every line or page
separator a newline, one character for one) with each run of plain spaces cut to one space, so
that "Minister\u00a0Penny\u200b Wong" reads as "Minister Penny Wong". An :class:`OffsetMap` takes
every offset found on it back to the original input (:func:`original_text`), which the results
slice exactly.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from spacy.tokens import Doc

TEXT_KEY = "dialogue_extract.text"
ORIGINAL_KEY = "dialogue_extract.original"
MAP_KEY = "dialogue_extract.offset_map"

#: Characters read as a plain space: the Unicode space separators (category Zs) other than the
#: space itself, the tab, and the zero-width spaces and joiners that carry no letter
#: (U+180E, U+200B, U+2060, U+FEFF).
SPACE_LIKE = ("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
              "\u200a\u202f\u205f\u3000\u180e\u200b\u2060\ufeff")
#: Characters read as a newline: vertical tab, form feed, next line, line and paragraph separators.
LINE_LIKE = "\x0b\x0c\x85\u2028\u2029"
#: Marks of Arabic script read as their Latin counterparts in English copy ("7 October، 2019"):
#: the Arabic comma and semicolon.
ARABIC_MARKS = {"\u060c": ",", "\u061b": ";"}
_SPACE_MAP = {**{c: " " for c in SPACE_LIKE}, **{c: "\n" for c in LINE_LIKE}, **ARABIC_MARKS}
_SPACE_LIKE_RE = re.compile("[" + SPACE_LIKE + LINE_LIKE + "".join(ARABIC_MARKS) + "]+")


def space_view(text: str) -> str:
    """``text`` with every space-like character a plain space, every line-like one a newline
    and the Arabic comma and semicolon their Latin marks, one for one (same length, so offsets
    are shared); ``text`` itself when it has none."""
    if text.isascii():  # (of these characters only the tab, vertical tab and form feed are ASCII)
        if "\t" not in text and "\x0b" not in text and "\x0c" not in text:
            return text
    elif _SPACE_LIKE_RE.search(text) is None:
        return text
    return _SPACE_LIKE_RE.sub(lambda m: "".join(_SPACE_MAP[c] for c in m.group()), text)


_SPACE_RUN = re.compile(r" {2,}")


class OffsetMap:
    """Offsets in a recognition text -> offsets in the original: ``points[k]`` is the first
    recognition offset after the k-th cut run of spaces, ``shifts[k]`` the characters cut up to it."""

    __slots__ = ("points", "shifts")

    def __init__(self, points: list[int], shifts: list[int]) -> None:
        self.points, self.shifts = points, shifts

    def __call__(self, offset: int) -> int:
        k = bisect_right(self.points, offset)
        return offset + self.shifts[k - 1] if k else offset

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span ``[start, end)`` of the recognition text as a span of the original (its end
        follows its last character, so a span never swallows the spaces cut after it). A span
        that would end before it starts (it runs on past a jump back in the text: the layout view
        reads a table's cells in their own order) ends where its first piece ends."""
        s = self(start)
        if end <= start:
            return s, s
        e = self(end - 1) + 1
        if e <= s:
            k = bisect_right(self.points, start)
            e = self(self.points[k] - 1) + 1 if k < len(self.points) and self.points[k] > start else s + 1
        return s, e


class ChainedOffsetMap(OffsetMap):
    """Two maps applied in turn: offsets of a view of a view -> offsets of the view -> original."""

    __slots__ = ("outer", "inner")

    def __init__(self, outer: OffsetMap, inner: OffsetMap) -> None:
        super().__init__([], [])
        self.outer, self.inner = outer, inner  # inner: last view -> middle; outer: middle -> original

    def __call__(self, offset: int) -> int:
        return self.outer(self.inner(offset))


def chain_offsets(outer: Optional[OffsetMap], inner: Optional[OffsetMap]) -> Optional[OffsetMap]:
    """The map of a view made from a view: ``inner`` takes its offsets to the middle text, ``outer``
    the middle text's to the original (``None`` stands for the same offsets)."""
    if outer is None:
        return inner
    if inner is None:
        return outer
    return ChainedOffsetMap(outer, inner)


def recognition_text(text: str) -> tuple[str, Optional[OffsetMap]]:
    """The text recognition runs on and the map of its offsets back to ``text`` (``None`` when
    they are the same offsets): the space view with every run of spaces cut to one. Linear."""
    view = space_view(text)
    if "  " not in view:
        return view, None
    parts: list[str] = []
    points: list[int] = []
    shifts: list[int] = []
    prev = cut = 0
    for m in _SPACE_RUN.finditer(view):
        a, b = m.span()
        parts.append(view[prev:a + 1])
        prev = b
        points.append(a + 1 - cut)
        cut += b - a - 1
        shifts.append(cut)
    parts.append(view[prev:])
    return "".join(parts), OffsetMap(points, shifts)


def original_text(doc: Doc) -> str:
    """The text the caller gave, which every result offset slices (the Doc holds its
    recognition text)."""
    original = doc.user_data.get(ORIGINAL_KEY)
    if isinstance(original, str):
        return original
    return doc_text(doc)


def offset_map(doc: Doc) -> Optional[OffsetMap]:
    """The map of the Doc's offsets to :func:`original_text`'s, ``None`` when they are the same."""
    m = doc.user_data.get(MAP_KEY)
    return m if isinstance(m, OffsetMap) else None


def doc_text(doc: Doc) -> str:
    user_data = doc.user_data
    text = user_data.get(TEXT_KEY)
    if isinstance(text, str):
        # checked once per Doc object: no retokenization changes a Doc's text, but user_data
        # copied to another Doc (a rebuilt one) must hold that Doc's text
        if user_data.get(_CHECKED_KEY) == id(doc):
            return text
        if _consistent(doc, text):
            user_data[_CHECKED_KEY] = id(doc)
            return text
    text = doc.text
    user_data[TEXT_KEY] = text
    user_data[_CHECKED_KEY] = id(doc)
    return text


_CHECKED_KEY = "dialogue_extract.text_checked"


def seed_text(doc: Doc, text: str, original: Optional[str] = None,
              offsets: Optional[OffsetMap] = None) -> None:
    """Record the text a Doc was made from (the tokenizer preserves it exactly) and, when it is
    the recognition text of an input, that input and the map of offsets back to it."""
    doc.user_data[TEXT_KEY] = text
    doc.user_data.pop(_CHECKED_KEY, None)
    if original is not None and original is not text:
        doc.user_data[ORIGINAL_KEY] = original
    if offsets is not None:
        doc.user_data[MAP_KEY] = offsets


def _consistent(doc: Doc, text: str) -> bool:
    if not len(doc):
        return text == ""
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text)


class TokenView:
    """Token texts and spacing read from two arrays, without creating Token objects.

    ``doc[i].text`` costs a Python object per call; components that walk tokens around their
    matches use ``view.text(i)``, ``view.glued(i)`` (no white space after token i) and
    ``view.span_text(i, j)`` instead. The token texts are sliced once, when the view is made
    (the components read about twice as many token texts as a Doc has tokens); ``text`` is the
    lookup of that list, and ``lower`` the lookup of their lower-case forms, also made once (the
    components read some half a million of them per thousand releases: a lookup instead of a
    method call and a ``str.lower`` each).
    """

    __slots__ = ("doc_text", "starts", "lengths", "n", "texts", "text", "lowers", "lower")

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import IDX, LENGTH

        self.doc_text = doc_text(doc)
        self.n = len(doc)
        if self.n:
            arr = doc.to_array([IDX, LENGTH])
            self.starts = arr[:, 0].tolist()
            self.lengths = arr[:, 1].tolist()
        else:
            self.starts, self.lengths = [], []
        text = self.doc_text
        #: the text of each token
        self.texts: list[str] = [text[s:s + k] for s, k in zip(self.starts, self.lengths)]
        #: ``text(i)``: the text of token i
        self.text = self.texts.__getitem__
        #: the lower-case text of each token
        self.lowers: list[str] = [t.lower() for t in self.texts]
        #: ``lower(i)``: the lower-case text of token i
        self.lower = self.lowers.__getitem__

    def glued(self, i: int) -> bool:
        """True when token i is directly followed by the next token (no white space)."""
        end = self.starts[i] + self.lengths[i]
        nxt = self.starts[i + 1] if i + 1 < self.n else len(self.doc_text)
        return nxt == end

    def span_text(self, i: int, j: int) -> str:
        return self.doc_text[self.starts[i]:self.starts[j - 1] + self.lengths[j - 1]]


_VIEW_KEY = "dialogue_extract.token_view"


def token_view(doc: Doc) -> TokenView:
    """The :class:`TokenView` of ``doc``, made once and shared by the components (made again when
    the tokens changed: a retokenized Doc)."""
    view = doc.user_data.get(_VIEW_KEY)
    n = len(doc)
    if isinstance(view, TokenView) and view.n == n and view.doc_text is doc_text(doc) \
            and (not n or view.starts[-1] == doc[n - 1].idx):
        return view
    view = TokenView(doc)
    doc.user_data[_VIEW_KEY] = view
    return view
