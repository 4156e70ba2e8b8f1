"""The custom attributes the pipeline sets on ``Doc`` (registered once, on import)."""
from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    # datetime.date or None: what relative dates are resolved against
    "reference_date": None,
    # "argument" (given by the caller), "dateline" (read from the release) or None
    "reference_date_source": None,
    # alpha-3 of the state the release speaks for (its dateline, else its most named state),
    # set by the attribution component
    "home_country": None,
    # list[dialogue_extract.results.Official], set by the resolver component
    "officials": None,
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
