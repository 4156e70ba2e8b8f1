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
