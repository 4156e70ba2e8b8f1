"""Placeholder for the boilerplate component (being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("de_boilerplate", default_config={})
def make_boilerplate(nlp: Language, name: str, markers_path: str):
    return _Stub()


class _Stub:
    def __call__(self, doc: Doc) -> Doc:
        return doc
