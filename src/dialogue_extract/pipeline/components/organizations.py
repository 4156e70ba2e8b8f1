"""Placeholder for the organizations component (being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("de_organizations", default_config={})
def make_organizations(nlp: Language, name: str, organizations_path: str):
    return _Stub()


class _Stub:
    def __call__(self, doc: Doc) -> Doc:
        return doc
