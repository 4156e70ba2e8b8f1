"""Tidy pandas tables from extraction results.

One row per thing, stable columns even when a table is empty:

>>> tables = extraction_tables(ex)                 # one release
>>> tables["officials"][["name", "titles", "country"]]
>>> corpus = corpus_tables(extract_many(texts))    # many releases, with a ``document`` column
>>> corpus["sectors"].groupby("sector_id").document.nunique()

pandas is an optional dependency (``pip install "dialogue-extract[notebook]"``); it is imported
only when a table is built.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Sequence, Union

from .results import Extraction

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "COLUMNS",
    "LIST_SEPARATOR",
    "extraction_tables",
    "corpus_tables",
    "to_tables",
    "document_date",
    "require_pandas",
]

#: Separator used to join list values (titles, aliases) into one cell.
LIST_SEPARATOR = "; "

#: Column names of every table, in order. ``corpus_tables`` puts ``document`` first.
COLUMNS: dict[str, list[str]] = {
    "officials": ["official_id", "name", "titles", "country", "country_inferred", "country_source", "actor_id",
                  "organization", "aliases", "n_mentions", "first_start"],
    "mentions": ["kind", "key", "label", "text", "start", "end"],
    "countries": ["code", "name", "n_mentions", "first_start"],
    "dates": ["text", "start", "end", "value", "value_end"],
    "sectors": ["sector_id", "label", "n_mentions", "first_start"],
    "organizations": ["name", "country", "n_mentions", "first_start"],
}

#: Columns of the per-document table built by :func:`corpus_tables`.
DOCUMENT_COLUMNS = [
    "document", "document_date", "reference_date", "reference_date_source", "error",
    "n_officials", "n_countries", "n_dates", "n_sectors",
]

_INT_COLUMNS = {"n_mentions", "first_start", "start", "end", "n_officials", "n_countries", "n_dates", "n_sectors"}

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ExtractionLike = Union[Extraction, Mapping[str, Any]]


def require_pandas():
    """Import pandas, or raise an ImportError that says how to install it."""
    from .optional import require

    return require("pandas", "Tables")


def _coerce(ex: ExtractionLike) -> Extraction:
    """An :class:`Extraction`, or its JSON form as a mapping, -> Extraction."""
    if isinstance(ex, Extraction):
        return ex
    if isinstance(ex, Mapping):
        return Extraction.model_validate(dict(ex))
    raise TypeError(f"expected an Extraction or its JSON form (dict), not {type(ex).__name__}")


def _first_start(mentions: Sequence[Any]) -> Optional[int]:
    return min((m.start for m in mentions), default=None)


def document_date(ex: ExtractionLike) -> Optional[str]:
    """The date a release is filed under: its reference date, else its earliest full date.

    Returns an ISO ``YYYY-MM-DD`` string, or None when neither is known.
    """
    ex = _coerce(ex)
    if ex.reference_date is not None:
        return ex.reference_date.isoformat()
    full = sorted(d.value for d in ex.dates if _FULL_DATE.match(d.value))
    return full[0] if full else None


def _rows(ex: Extraction) -> dict[str, list[dict[str, Any]]]:
    """Plain-Python rows for every table of one extraction (no pandas needed)."""
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in COLUMNS}
    mentions = rows["mentions"]
    for o in ex.officials:
        rows["officials"].append({
            "official_id": o.id,
            "name": o.name,
            "titles": LIST_SEPARATOR.join(o.titles),
            "country": o.country,
            "country_inferred": o.country_inferred,
            "country_source": o.country_source,
            "actor_id": o.actor_id,
            "organization": o.organization,
            "aliases": LIST_SEPARATOR.join(o.aliases),
            "n_mentions": len(o.mentions),
            "first_start": _first_start(o.mentions),
        })
        mentions.extend({"kind": "official", "key": o.id, "label": o.name,
                         "text": m.text, "start": m.start, "end": m.end} for m in o.mentions)
    for c in ex.countries:
        rows["countries"].append({"code": c.code, "name": c.name, "n_mentions": len(c.mentions),
                                  "first_start": _first_start(c.mentions)})
        mentions.extend({"kind": "country", "key": c.code, "label": c.name,
                         "text": m.text, "start": m.start, "end": m.end} for m in c.mentions)
    for d in ex.dates:
        rows["dates"].append({"text": d.text, "start": d.start, "end": d.end,
                              "value": d.value, "value_end": d.value_end})
        label = f"{d.value}/{d.value_end}" if d.value_end else d.value
        mentions.append({"kind": "date", "key": d.value, "label": label,
                         "text": d.text, "start": d.start, "end": d.end})
    for s in ex.sectors:
        rows["sectors"].append({"sector_id": s.id, "label": s.label, "n_mentions": len(s.mentions),
                                "first_start": _first_start(s.mentions)})
        mentions.extend({"kind": "sector", "key": s.id, "label": s.label,
                         "text": m.text, "start": m.start, "end": m.end} for m in s.mentions)
    for org in ex.organizations:
        rows["organizations"].append({"name": org.name, "country": org.country,
                                      "n_mentions": len(org.mentions),
                                      "first_start": _first_start(org.mentions)})
        mentions.extend({"kind": "organization", "key": org.name, "label": org.name,
                         "text": m.text, "start": m.start, "end": m.end} for m in org.mentions)
    mentions.sort(key=lambda r: (r["start"], -r["end"]))
    return rows


def _frame(pd, rows: list[dict[str, Any]], columns: list[str]) -> "pd.DataFrame":
    df = pd.DataFrame(rows, columns=columns)
    for col in columns:
        if col in _INT_COLUMNS:
            df[col] = df[col].astype("Int64")  # nullable: first_start may be missing
        else:
            df[col] = df[col].astype(object).where(df[col].notna(), None)
    return df


def extraction_tables(ex: ExtractionLike) -> "dict[str, pd.DataFrame]":
    """Tidy DataFrames for one release.

    Keys: ``officials`` (one row per official; ``titles`` and ``aliases`` joined with
    ``"; "``), ``mentions`` (one row per mention of any kind, in text order: ``kind`` is
    official/country/date/sector/organization, ``key`` the official id, country code, date
    value, sector id or organisation name), ``countries``, ``dates``, ``sectors``,
    ``organizations``. Columns are those of :data:`COLUMNS`, present even when empty.
    """
    pd = require_pandas()
    rows = _rows(_coerce(ex))
    return {name: _frame(pd, rows[name], cols) for name, cols in COLUMNS.items()}


def corpus_tables(
    extractions: Iterable[ExtractionLike],
    doc_ids: Optional[Iterable[Any]] = None,
) -> "dict[str, pd.DataFrame]":
    """The tables of :func:`extraction_tables` for many releases, stacked.

    Every table gets a leading ``document`` column (``doc_ids[i]``, or the position ``i``),
    and a ``documents`` table is added with one row per release: ``document_date`` (see
    :func:`document_date`), ``reference_date``, ``error`` and counts. Works with the output of
    :func:`dialogue_extract.extract_many` (a generator is consumed once).
    """
    pd = require_pandas()
    exs = [_coerce(e) for e in extractions]
    ids = list(range(len(exs))) if doc_ids is None else list(doc_ids)
    if len(ids) != len(exs):
        raise ValueError(f"doc_ids has {len(ids)} items for {len(exs)} extractions")
    stacked: dict[str, list[dict[str, Any]]] = {k: [] for k in COLUMNS}
    documents = []
    for doc_id, ex in zip(ids, exs):
        for name, rows in _rows(ex).items():
            stacked[name].extend({"document": doc_id, **r} for r in rows)
        documents.append({
            "document": doc_id,
            "document_date": document_date(ex),
            "reference_date": ex.reference_date.isoformat() if ex.reference_date else None,
            "reference_date_source": ex.reference_date_source,
            "error": ex.error,
            "n_officials": len(ex.officials),
            "n_countries": len(ex.countries),
            "n_dates": len(ex.dates),
            "n_sectors": len(ex.sectors),
        })
    out = {name: _frame(pd, stacked[name], ["document", *cols]) for name, cols in COLUMNS.items()}
    out["documents"] = _frame(pd, documents, DOCUMENT_COLUMNS)
    return out


def to_tables(
    extractions: Union[ExtractionLike, Iterable[ExtractionLike]],
    doc_ids: Optional[Iterable[Any]] = None,
) -> "dict[str, pd.DataFrame]":
    """Tables for one extraction (:func:`extraction_tables`) or many (:func:`corpus_tables`)."""
    if isinstance(extractions, Extraction):
        if doc_ids is None:
            return extraction_tables(extractions)
        return corpus_tables([extractions], doc_ids)
    if isinstance(extractions, Mapping):
        return to_tables(_coerce(extractions), doc_ids)
    return corpus_tables(extractions, doc_ids)
