"""Tidy pandas tables from extraction results, in the one schema of :mod:`dialogue_extract.schema`.

The same tables, with the same column names and dtypes, come from every path:

>>> tables = to_tables(extract_many(texts), doc_ids=ids)   # in Python
>>> tables = read_results("results/")                      # a batch output folder (Parquet or CSV)
>>> tables["sectors"].merge(tables["documents"], on="doc_id")
>>> tables["officials"].merge(tables["entities"], on="entity_id")

Keys ``documents``, ``officials``, ``mentions``, ``countries``, ``dates``, ``sectors``,
``organizations``, ``entities``; list columns (titles, aliases) hold Python lists; date columns
are ``datetime64``; counts are nullable integers. pandas is an optional dependency
(``pip install "dialogue-extract[tables]"``), imported only when a table is built.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Union

from .results import Extraction, register_view
from .schema import LIST_SEPARATOR, TABLES, entity_row, extraction_rows
from .schema import document_date as _document_date

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "COLUMNS",
    "TABLES",
    "LIST_SEPARATOR",
    "extraction_tables",
    "corpus_tables",
    "to_tables",
    "read_results",
    "extract_frame",
    "typed_frame",
    "document_date",
    "require_pandas",
]

#: Column names of every table, in order (types in :data:`dialogue_extract.schema.TABLES`).
COLUMNS: dict[str, list[str]] = {name: [c for c, _ in cols] for name, cols in TABLES.items()}

_PANDAS_TYPES = {"int32": "Int32", "int64": "Int64", "bool": "boolean"}

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


def document_date(ex: ExtractionLike) -> Optional[str]:
    """The date a release is filed under (ISO): its reference date, else its earliest full date."""
    d = _document_date(_coerce(ex).model_dump(mode="json"))
    return d.isoformat() if d else None


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):  # a CSV cell
        return [p for p in value.split(LIST_SEPARATOR) if p]
    try:
        return [str(v) for v in value]
    except TypeError:
        return []


def typed_frame(rows: Any, table: str) -> "pd.DataFrame":
    """A DataFrame of ``table`` with the schema's columns and dtypes, from rows (dicts) or from a
    DataFrame read from Parquet or CSV."""
    pd = require_pandas()
    columns = TABLES[table]
    df = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows), columns=[c for c, _ in columns])
    out = {}
    for col, kind in columns:
        values = df[col] if col in df.columns else pd.Series([None] * len(df), index=df.index, dtype=object)
        if kind == "list":
            out[col] = pd.Series([_list(v) for v in values], index=df.index, dtype=object)
        elif kind == "date":
            dates = [None if v is None or v != v or v == "" else str(v)[:10] for v in values.astype(object)]
            out[col] = pd.Series(pd.to_datetime(dates, errors="coerce", format="%Y-%m-%d"),
                                 index=df.index).astype("datetime64[ns]")
        elif kind == "bool":
            values = values.map(lambda v: v.strip().lower() in ("true", "1") if isinstance(v, str) else v)
            out[col] = values.astype("boolean")
        elif kind in _PANDAS_TYPES:
            out[col] = pd.to_numeric(values, errors="coerce").astype(_PANDAS_TYPES[kind])
        else:
            values = values.astype(object)
            out[col] = values.where(values.notna() & (values != ""), None) if kind == "string" else values
    return pd.DataFrame(out, columns=[c for c, _ in columns]).reset_index(drop=True)


def corpus_tables(
    extractions: Iterable[ExtractionLike],
    doc_ids: Optional[Iterable[Any]] = None,
) -> "dict[str, pd.DataFrame]":
    """Every table of the schema for many releases (``doc_ids[i]``, default the position ``"i"``).

    Officials get corpus-wide ``entity_id``s from :class:`dialogue_extract.corpus.CorpusRegistry`,
    as in the batch output. Works with the output of :func:`dialogue_extract.extract_many` (a
    generator is consumed once).
    """
    from .corpus import CorpusRegistry

    require_pandas()
    exs = [_coerce(e) for e in extractions]
    ids = [str(i) for i in range(len(exs))] if doc_ids is None else [str(d) for d in doc_ids]
    if len(ids) != len(exs):
        raise ValueError(f"doc_ids has {len(ids)} items for {len(exs)} extractions")
    registry = CorpusRegistry()
    stacked: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for doc_id, ex in zip(ids, exs):
        data = ex.model_dump(mode="json")
        entity_ids = registry.add(doc_id, data) if data.get("officials") else {}
        for name, rows in extraction_rows(doc_id, data, entity_ids=entity_ids).items():
            stacked[name].extend(rows)
    stacked["entities"] = [entity_row(e.to_dict()) for e in registry.entities()]
    return {name: typed_frame(stacked[name], name) for name in TABLES}


def extraction_tables(ex: ExtractionLike, doc_id: Any = "0") -> "dict[str, pd.DataFrame]":
    """The tables of one release (:func:`corpus_tables` of a single document)."""
    return corpus_tables([ex], [doc_id])


def to_tables(
    extractions: Union[ExtractionLike, Iterable[ExtractionLike]],
    doc_ids: Optional[Iterable[Any]] = None,
) -> "dict[str, pd.DataFrame]":
    """Tables for one extraction or many, in the schema of the batch output."""
    if isinstance(extractions, (Extraction, Mapping)):
        return corpus_tables([extractions], doc_ids)
    return corpus_tables(extractions, doc_ids)


def read_results(folder: Union[str, Path]) -> "dict[str, pd.DataFrame]":
    """The tables a ``dialogue-extract batch`` run wrote to ``folder`` (Parquet or CSV), with the
    same columns and dtypes as :func:`to_tables`."""
    pd = require_pandas()
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder of batch results")
    out = {}
    for name in TABLES:
        parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
        if parquet.is_file():
            df = pd.read_parquet(parquet)
        elif csv.is_file():
            df = pd.read_csv(csv, dtype=str, keep_default_na=False)
        elif name == "entities" and (folder / "entities.jsonl").is_file():
            with (folder / "entities.jsonl").open(encoding="utf-8") as fh:
                df = [entity_row(json.loads(line)) for line in fh if line.strip()]
        elif name in ("documents", "officials"):
            raise FileNotFoundError(f"{folder} holds no {name} table ({name}.parquet or {name}.csv)")
        else:
            df = []
        out[name] = typed_frame(df, name)
    return out


def extract_frame(df: "pd.DataFrame", *, text: str = "text", date: Optional[str] = None,
                  id: Optional[str] = None, **kwargs: Any) -> "dict[str, pd.DataFrame]":
    """Extract every row of a DataFrame and return the tables.

    ``text`` names the column of texts, ``date`` the optional column of reference dates
    (missing values are missing), ``id`` the optional column of document ids (default: the index).
    Other keyword arguments go to :func:`dialogue_extract.extract_many`.
    """
    from . import extract_many

    if text not in df.columns:
        raise KeyError(f"no column {text!r} in the DataFrame (columns: {list(df.columns)})")
    texts = df[text].tolist()
    ids = df[id].tolist() if id is not None else df.index.tolist()
    if date is not None:
        results = extract_many(zip(texts, df[date].tolist()), as_tuples=True, **kwargs)
    else:
        results = extract_many(texts, **kwargs)
    return corpus_tables(results, ids)


register_view("tables", extraction_tables)  # Extraction.to_pandas()
