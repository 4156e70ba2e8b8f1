"""Placeholder for the countries component (being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("de_countries", default_config={})
def make_countries(nlp: Language, name: str, aliases_path: str, demonyms_path: str, blocklist_path: str):
    return _Stub()


class _Stub:
    def __call__(self, doc: Doc) -> Doc:
        return doc
