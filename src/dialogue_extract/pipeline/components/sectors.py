"""Placeholder for the sectors component (being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("de_sectors", default_config={})
def make_sectors(nlp: Language, name: str, taxonomy_path: str, patterns_path: str):
    return _Stub()


class _Stub:
    def __call__(self, doc: Doc) -> Doc:
        return doc
