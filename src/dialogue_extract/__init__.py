"""dialogue_extract: who met whom, and about what, in diplomatic press releases.

>>> import dialogue_extract as de
>>> ex = de.extract(text, reference_date="2026-02-14")
>>> [(o.name, o.titles, o.country) for o in ex.officials]

The spaCy pipeline is loaded on first use; in-document name clustering
(``resolve_mentions``) and the result models can be used without loading it. ``Resolver`` and
``CorpusResolver`` are the names of ``MentionClusterer`` and ``CorpusRegistry`` until 0.1.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .resolve import Cluster, MentionClusterer, NameMention, Resolver, resolve_mentions  # noqa: F401
from .results import Country, DateValue, Extraction, Mention, Official, Organization, Sector
from . import notebook as _notebook, tables as _tables  # noqa: F401  (register the views of Extraction)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from .corpus import CorpusRegistry
    from .extractor import DateLike, Extractor

__version__ = "0.1.0"

# the library logs through logging (one logger per module, under "dialogue_extract") and prints nothing
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "extract",
    "extract_many",
    "Extractor",
    "PipelineError",
    "load",
    "get_extractor",
    "Extraction",
    "Official",
    "Country",
    "DateValue",
    "Sector",
    "Organization",
    "Mention",
    "resolve_mentions",
    "MentionClusterer",
    "NameMention",
    "Cluster",
    "resolve_corpus",
    "CorpusRegistry",
    "to_tables",
    "read_results",
    "extract_frame",
    "__version__",
]

_LAZY = {
    "Extractor": ("extractor", "Extractor"),
    "PipelineError": ("extractor", "PipelineError"),
    "resolve_corpus": ("corpus", "resolve_corpus"),
    "CorpusRegistry": ("corpus", "CorpusRegistry"),
    "CorpusResolver": ("corpus", "CorpusRegistry"),  # the name until 0.1
    "to_tables": ("tables", "to_tables"),
    "read_results": ("tables", "read_results"),
    "extract_frame": ("tables", "extract_frame"),
}


def __getattr__(name: str) -> Any:  # PEP 562: spaCy and pandas load only when needed
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=1)
def get_extractor() -> "Extractor":
    """The shared default Extractor (the pipeline is loaded on first use)."""
    from .gc_pause import gc_paused

    # (spaCy's modules and the pipeline are imported and loaded with the collector paused: what
    # they make lives on, and its collections cost a tenth of the loading time)
    with gc_paused(keep=True):
        from .extractor import Extractor

        return Extractor()


def load(name_or_path: str = "default", **kwargs: Any) -> "Language":
    """The underlying spaCy ``Language``: add components, inspect ``Doc.spans``, use displaCy."""
    from .pipeline import load as _load

    return _load(name_or_path, **kwargs)


def extract(text: str, *, reference_date: "DateLike" = None, actors: Any = None) -> Extraction:
    """Extract officials, countries, dates and sectors from one release.

    ``reference_date`` (a ``datetime.date`` or ISO string) anchors weekdays and relative
    dates; without it the release's own dateline is used where it gives one. ``actors`` is a
    list of known officials (a path to a CSV/JSONL list, a mapping name -> country, rows or an
    :class:`~dialogue_extract.actors.ActorList`; see :mod:`dialogue_extract.actors`).
    """
    return get_extractor().extract(text, reference_date=reference_date, actors=actors)


def extract_many(texts: Iterable[Any], **kwargs: Any) -> Iterator[Extraction]:
    """One Extraction per text, in order (see :meth:`Extractor.extract_many`)."""
    return get_extractor().extract_many(texts, **kwargs)
