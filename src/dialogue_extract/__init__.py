"""dialogue_extract: who met whom, and about what, in diplomatic press releases.

>>> import dialogue_extract as de
>>> ex = de.extract(text, reference_date="2026-02-14")
>>> [o.name for o in ex.officials]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Iterator

from .extractor import DateLike, Extractor
from .results import Country, DateValue, Extraction, Mention, Official, Organization, Sector

__version__ = "0.1.0"

__all__ = [
    "extract",
    "extract_many",
    "Extractor",
    "load",
    "get_extractor",
    "Extraction",
    "Official",
    "Country",
    "DateValue",
    "Sector",
    "Organization",
    "Mention",
    "__version__",
]


@lru_cache(maxsize=1)
def get_extractor() -> Extractor:
    """The shared default Extractor (the pipeline is loaded on first use)."""
    return Extractor()


def load(name_or_path: str = "default", **kwargs: Any):
    """The underlying spaCy ``Language``: add components, inspect ``Doc.spans``, use displaCy."""
    from .pipeline import load as _load

    return _load(name_or_path, **kwargs)


def extract(text: str, *, reference_date: DateLike = None) -> Extraction:
    """Extract officials, countries, dates and sectors from one release.

    ``reference_date`` (a ``datetime.date`` or ISO string) anchors weekdays and relative
    dates; without it the release's own dateline is used where it gives one.
    """
    return get_extractor().extract(text, reference_date=reference_date)


def extract_many(texts: Iterable[Any], **kwargs: Any) -> Iterator[Extraction]:
    """One Extraction per text, in order (see :meth:`Extractor.extract_many`)."""
    return get_extractor().extract_many(texts, **kwargs)
