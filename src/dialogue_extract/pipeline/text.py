"""Fast access to a Doc's text.

spaCy rebuilds ``doc.text`` token by token on every access; components that search the text with
regular expressions read it through :func:`doc_text`, which caches it in ``doc.user_data``. The
Extractor seeds the cache with the input string, so the text is never rebuilt at all.
"""
from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "dialogue_extract.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(TEXT_KEY)
    if isinstance(text, str) and _consistent(doc, text):
        return text
    text = doc.text
    doc.user_data[TEXT_KEY] = text
    return text


def seed_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (the tokenizer preserves it exactly)."""
    doc.user_data[TEXT_KEY] = text


def _consistent(doc: Doc, text: str) -> bool:
    if not len(doc):
        return text == ""
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text)


class TokenView:
    """Token texts and spacing read from two arrays, without creating Token objects.

    ``doc[i].text`` costs a Python object per call; components that walk tokens around their
    matches use ``view.text(i)``, ``view.glued(i)`` (no white space after token i) and
    ``view.span_text(i, j)`` instead.
    """

    __slots__ = ("doc_text", "starts", "lengths", "n")

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

    def text(self, i: int) -> str:
        s = self.starts[i]
        return self.doc_text[s:s + self.lengths[i]]

    def lower(self, i: int) -> str:
        s = self.starts[i]
        return self.doc_text[s:s + self.lengths[i]].lower()

    def glued(self, i: int) -> bool:
        """True when token i is directly followed by the next token (no white space)."""
        end = self.starts[i] + self.lengths[i]
        nxt = self.starts[i + 1] if i + 1 < self.n else len(self.doc_text)
        return nxt == end

    def span_text(self, i: int, j: int) -> str:
        return self.doc_text[self.starts[i]:self.starts[j - 1] + self.lengths[j - 1]]
