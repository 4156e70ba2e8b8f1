"""Extraction and corpus-wide resolution on a Dask cluster (the optional ``dask`` extra).

>>> import dask.bag as db
>>> from dialogue_extract.dask import extract_bag
>>> run = extract_bag(db.from_sequence(records, npartitions=8))   # texts or records
>>> out = run.compute()            # documents, tables and entities, as the batch command writes them
>>> out.tables["officials"].head()

A bag holds texts (``str``) or records (dicts with ``text`` or ``html``, optional ``id``,
``date``/``reference_date`` and ``url``: the fields of a batch ``.jsonl`` line); a Dask
DataFrame goes through :func:`extract_dataframe` with the names of its text, date and id
columns. Everything is computed on the cluster the current Dask client points at (or Dask's
default scheduler when there is none):

* **Documents.** One record per input item, in input order, exactly as the ``batch`` command
  writes them to ``documents.jsonl`` (:func:`dialogue_extract.batch.process_records`). A bad
  item (empty, a lone surrogate, not a text or a record) gives a record with ``error``, never a
  failed task.
* **One pipeline per worker.** Each worker process loads the pipeline once, on its first task,
  into a module-level cache keyed by the pipeline name (:func:`worker_extractor`); partitions
  are generators that extract ``batch_size`` documents at a time, so a worker's memory does
  not grow with the number or the size of partitions.
* **Entities.** :meth:`DaskBatch.resolve` gives every official the same stable entity id as a
  single-machine :class:`~dialogue_extract.corpus.CorpusRegistry` fed the documents in input
  order. Officials are shuffled to workers by a *blocking key*: the connected component of
  their names' keys (:func:`official_keys`: the :func:`~dialogue_extract.names.block_keys` -
  family name, last word, for family-first names the given names -, the folded name and its id
  slug). Every entity the registry could compare a name with, every name it could take an id
  from, shares one of these keys, so no merge and no id can cross two blocks; each block is
  resolved on one worker in input order and the ids equal the single-machine ones. The
  components are joined on the client from the distinct key sets (a few per name, not per
  mention).
* **Tables.** :meth:`DaskBatch.tables` has the tables of the batch command
  (:data:`dialogue_extract.schema.TABLES`, rows from :func:`dialogue_extract.batch.table_rows`,
  the dtypes of :func:`dialogue_extract.tables.typed_frame`) with the corpus-wide ``entity_id``.

``dialogue-extract batch ... --scheduler tcp://host:8786`` (or ``--scheduler local:N``) runs the
batch command on a cluster (:func:`dialogue_extract.batch.run_batch` with ``scheduler=``).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence, Union

from . import schema as _schema
from .batch import process_records, table_rows
from .optional import require
from .extractor import DateLike, Extractor, coerce_reference_date
from .sources import SourceRecord, _record_from_obj

__all__ = [
    "DaskBatch",
    "DaskOutput",
    "Resolution",
    "extract_bag",
    "extract_dataframe",
    "worker_extractor",
    "official_keys",
    "resolve_documents",
]


def _require_dask():
    """``dask.bag``, or an ImportError that says how to install it."""
    return require("dask.bag", "dialogue_extract.dask")


# -- the pipeline, once per worker process --------------------------------------------------------
_EXTRACTORS: dict[str, Extractor] = {}
_EXTRACTOR_LOCKS: dict[str, threading.Lock] = {}
_CACHE_LOCK = threading.Lock()
#: How many pipelines this process has loaded (one per pipeline name, whatever the task count).
LOADS = 0


def worker_extractor(pipeline: str = "default") -> Extractor:
    """The Extractor of this process for ``pipeline``, loaded on first use and then cached."""
    global LOADS
    with _CACHE_LOCK:
        ex = _EXTRACTORS.get(pipeline)
        if ex is None:
            if pipeline == "default":
                from . import get_extractor

                ex = get_extractor()
            else:
                ex = Extractor(pipeline=pipeline)
            _EXTRACTORS[pipeline] = ex.warm_up()
            _EXTRACTOR_LOCKS[pipeline] = threading.Lock()
            LOADS += 1
    return ex


def _extract_records(records: Sequence[SourceRecord], pipeline: str,
                     reference_date: Optional[str]) -> list[dict[str, Any]]:
    """Document records for ``records``; a document that makes the whole chunk fail is retried
    alone and, if it fails again, becomes an error record."""
    ex = worker_extractor(pipeline)
    lock = _EXTRACTOR_LOCKS[pipeline]  # one pipeline per process: threads take turns
    with lock:
        try:
            return process_records(records, ex, default_reference_date=reference_date)
        except Exception:
            if len(records) == 1:
                raise
        out: list[dict[str, Any]] = []
        for rec in records:
            try:
                out.extend(process_records([rec], ex, default_reference_date=reference_date))
            except Exception as e:
                out.append(_error_record(rec, f"{type(e).__name__}: {e}"))
        return out


def _error_record(rec: SourceRecord, reason: str) -> dict[str, Any]:
    return {"id": rec.id, "source": rec.source(), "url": rec.url, "title": None, "reference_date": None,
            "reference_date_origin": None, "text_source": None, "text_sha256": None, "text": None,
            "extraction": None, "error": reason}


# -- bag items -> source records ------------------------------------------------------------------
BAG_PATH = "<dask>"


def _to_record(item: Any, partition: int, index: int) -> SourceRecord:
    """A :class:`SourceRecord` for one bag item; ids default to ``<partition>-<index>``."""
    default_id = f"{partition:05d}-{index:06d}"
    if isinstance(item, SourceRecord):
        return item
    if isinstance(item, str):
        return SourceRecord(id=default_id, path=BAG_PATH, kind="text", content=item, index=index)
    if isinstance(item, Mapping):
        try:
            rec = _record_from_obj({str(k): v for k, v in item.items()}, default_id, BAG_PATH, index=index)
        except Exception as e:  # a record whose fields cannot even be read
            rec = SourceRecord(id=default_id, path=BAG_PATH, index=index, error=f"bad record: {type(e).__name__}: {e}")
        return rec
    return SourceRecord(id=default_id, path=BAG_PATH, index=index,
                        error=f"item is a {type(item).__name__}, not a text (str) or a record (dict)")


def _extract_partition(items: Iterable[Any], part: Sequence[int], *, pipeline: str,
                       reference_date: Optional[str], batch_size: int) -> Iterator[dict[str, Any]]:
    """Documents of one bag partition, ``batch_size`` at a time (a generator: memory stays flat)."""
    (k,) = part
    chunk: list[SourceRecord] = []
    for i, item in enumerate(items):
        chunk.append(_to_record(item, k, i))
        if len(chunk) >= batch_size:
            yield from _extract_records(chunk, pipeline, reference_date)
            chunk = []
    if chunk:
        yield from _extract_records(chunk, pipeline, reference_date)


def _index_bag(db: Any, n: int) -> Any:
    """A bag whose partition k holds the single number k (zipped with another bag's partitions)."""
    return db.from_sequence(range(n), npartitions=n)


# -- public entry points --------------------------------------------------------------------------
def extract_bag(bag: Any, *, reference_date: DateLike = None, pipeline: str = "default",
                batch_size: int = 32) -> "DaskBatch":
    """Extract every text or record of a ``dask.bag`` on the cluster (see the module docstring).

    ``reference_date`` is the default date of issue of items without a ``date``; ``batch_size``
    is how many documents a worker extracts at a time. Nothing is computed until the returned
    :class:`DaskBatch` is (its ``documents`` is a lazy bag).
    """
    db = _require_dask()
    if not isinstance(bag, db.Bag):
        raise TypeError(f"extract_bag() takes a dask.bag.Bag, not a {type(bag).__name__}")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    ref = coerce_reference_date(reference_date)
    # the generator streams the partition through the pipeline; ``list`` (fused into the same
    # task) makes the partition something a worker can hand to another
    docs = bag.map_partitions(_extract_partition, _index_bag(db, bag.npartitions), pipeline=pipeline,
                              reference_date=ref.isoformat() if ref else None,
                              batch_size=batch_size).map_partitions(list)
    return DaskBatch(docs)


def extract_dataframe(ddf: Any, *, text: str = "text", date: Optional[str] = None, id: Optional[str] = None,
                      html: Optional[str] = None, url: Optional[str] = None, reference_date: DateLike = None,
                      pipeline: str = "default", batch_size: int = 32) -> "DaskBatch":
    """:func:`extract_bag` for a Dask DataFrame: ``text`` (or ``html``) names the column of the
    release, ``date``, ``id`` and ``url`` the optional columns of its date of issue, id and
    address. A missing value (None/NaN/NaT) is an absent field."""
    db = _require_dask()
    dd = require("dask.dataframe", "dialogue_extract.dask")
    if not isinstance(ddf, dd.DataFrame):
        raise TypeError(f"extract_dataframe() takes a dask.dataframe.DataFrame, not a {type(ddf).__name__}")
    wanted = {"text": text if html is None else None, "html": html, "date": date, "id": id, "url": url}
    columns = {field: col for field, col in wanted.items() if col is not None}
    missing = [c for c in columns.values() if c not in ddf.columns]
    if missing:
        raise KeyError(f"no column {missing[0]!r} in the DataFrame (columns: {list(ddf.columns)})")
    sub = ddf[list(dict.fromkeys(columns.values()))]
    bag = sub.to_bag(index=False, format="dict").map(_row_record, columns=columns)
    assert isinstance(bag, db.Bag)
    return extract_bag(bag, reference_date=reference_date, pipeline=pipeline, batch_size=batch_size)


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        return value is pd.NaT or value is pd.NA or (isinstance(value, float) and value != value)
    except ImportError:  # pragma: no cover
        return isinstance(value, float) and value != value


def _row_record(row: Mapping[str, Any], columns: Mapping[str, str]) -> dict[str, Any]:
    rec: dict[str, Any] = {}
    for field_name, col in columns.items():
        value = row.get(col)
        if _missing(value):
            continue
        if field_name == "date" and isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()[:10]
        elif field_name in ("id", "url", "date") and not isinstance(value, str):
            value = str(value)
        rec[field_name] = value
    return rec


# -- corpus-wide resolution -----------------------------------------------------------------------
def official_keys(name: str) -> list[str]:
    """The keys that put an official's name in its resolution block: its
    :func:`~dialogue_extract.names.block_keys`, ``=`` + the folded name (the registry's exact
    form) and ``#`` + the slug its entity id would start with."""
    from .corpus import entity_slug
    from .names import block_keys, fold, parse_name

    keys: set[str] = set()
    try:
        keys.update(block_keys(parse_name(name)))
    except Exception:  # the registry then finds the name only by its exact form
        pass
    keys.add("=" + fold(name).casefold())
    keys.add("#" + entity_slug(name))
    return sorted(keys)


def _doc_date(doc: Mapping[str, Any]) -> Optional[str]:
    """The date the registry files a document's titles under (as ``CorpusRegistry.add``)."""
    ex = doc.get("extraction") or {}
    ref = doc.get("reference_date") or ex.get("reference_date")
    return str(ref)[:10] if ref else None


def _official_entries(docs: Iterable[Mapping[str, Any]], part: Sequence[int]) -> list[dict[str, Any]]:
    """One entry per official of a partition's documents: its position, document, date, keys."""
    (k,) = part
    out = []
    for i, doc in enumerate(docs):
        ex = doc.get("extraction")
        if not ex:
            continue
        date = _doc_date(doc)
        for j, off in enumerate(ex.get("officials") or ()):
            out.append({"pos": (k, i, j), "doc": doc["id"], "date": date, "official": off,
                        "keys": official_keys(off["name"])})
    return out


def _local_components(entries: Iterable[Mapping[str, Any]]) -> list[list[str]]:
    """The key sets of a partition's entries joined where they share a key (fewer, larger sets
    for the client to join)."""
    uf = _UnionFind()
    for e in entries:
        uf.union_all(e["keys"])
    return uf.groups()


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        root = parent.setdefault(x, x)
        while root != parent[root]:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    def union_all(self, keys: Sequence[str]) -> None:
        if not keys:
            return
        first = self.find(keys[0])
        for key in keys[1:]:
            r = self.find(key)
            if r != first:
                self.parent[r] = first

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = {}
        for key in self.parent:
            out.setdefault(self.find(key), []).append(key)
        return list(out.values())


def _assign_block(entry: dict[str, Any], roots: Mapping[str, str]) -> dict[str, Any]:
    entry = dict(entry)
    entry["block"] = roots[entry["keys"][0]]
    return entry


def _resolve_block(item: tuple[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Resolve one block's officials in input order with a fresh registry."""
    from .corpus import CorpusRegistry
    from .results import Official

    _block, entries = item
    entries = sorted(entries, key=lambda e: tuple(e["pos"]))
    reg = CorpusRegistry()
    ids: list[tuple[tuple[int, int], str, str]] = []
    first: dict[str, tuple[int, int, int]] = {}
    for e in entries:
        off = Official.model_validate(e["official"])
        eid = reg.add_official(e["doc"], off, e["date"])
        pos = tuple(e["pos"])
        first.setdefault(eid, pos)  # type: ignore[arg-type]
        ids.append(((pos[0], pos[1]), off.id, eid))
    entities = [(first[ent.id], ent.to_dict()) for ent in reg.entities()]
    return {"ids": ids, "entities": entities}


@dataclass
class Resolution:
    """Entity ids of a corpus: ``ids[(partition, index)]`` maps a document's official ids to
    entity ids; ``entities`` are the registry's entities (``entities.jsonl`` lines) in order of
    first appearance; ``blocks`` is how many blocks were resolved apart."""

    ids: dict[tuple[int, int], dict[str, str]]
    entities: list[dict[str, Any]]
    blocks: int = 0

    def __len__(self) -> int:
        return len(self.entities)

    def to_jsonl(self, path: Union[str, os.PathLike]) -> Path:
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for e in self.entities:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        tmp.replace(path)
        return path


def resolve_documents(documents: Any, *, npartitions: Optional[int] = None) -> Resolution:
    """Corpus-wide entity ids for a bag of document records (see the module docstring)."""
    db = _require_dask()
    entries = documents.map_partitions(_official_entries, _index_bag(db, documents.npartitions))
    return _resolve_entries(entries, npartitions=npartitions or documents.npartitions)


def _resolve_entries(entries: Any, *, npartitions: int) -> Resolution:
    import dask

    groups = entries.map_partitions(_local_components).compute()
    uf = _UnionFind()
    for g in groups:
        uf.union_all(g)
    roots = {key: uf.find(key) for key in uf.parent}
    blocks = len(set(roots.values()))
    if not roots:
        return Resolution(ids={}, entities=[], blocks=0)
    roots_d = dask.delayed(roots, traverse=False)
    nparts = max(1, min(npartitions, blocks))
    resolved = (entries.map(_assign_block, roots_d)
                .groupby(lambda e: e["block"], npartitions=nparts)
                .map(_resolve_block)
                .compute())
    ids: dict[tuple[int, int], dict[str, str]] = {}
    entities: list[tuple[tuple[int, int, int], dict[str, Any]]] = []
    for r in resolved:
        for doc_pos, oid, eid in r["ids"]:
            ids.setdefault(tuple(doc_pos), {})[oid] = eid  # type: ignore[index]
        entities.extend((tuple(p), e) for p, e in r["entities"])  # type: ignore[misc]
    entities.sort(key=lambda t: t[0])
    return Resolution(ids=ids, entities=[e for _, e in entities], blocks=blocks)


# -- tables ---------------------------------------------------------------------------------------
def _table_partition(docs: Iterable[Mapping[str, Any]], part: Sequence[int], *, name: str,
                     ids: Mapping[tuple[int, int], Mapping[str, str]]) -> list[dict[str, Any]]:
    (k,) = part
    out: list[dict[str, Any]] = []
    for i, doc in enumerate(docs):
        out.extend(table_rows(dict(doc), dict(ids.get((k, i), {})))[name])
    return out


def _frame(name: str, rows: Iterable[Mapping[str, Any]]) -> Any:
    """A pandas DataFrame of one table's rows, with the columns and dtypes of ``to_tables()`` and
    ``read_results()``."""
    from .tables import typed_frame

    return typed_frame(list(rows), name)


def _meta(name: str) -> Any:
    return _frame(name, ())


@dataclass
class DaskOutput:
    """A computed run: ``documents`` (the ``documents.jsonl`` records, in input order),
    ``tables`` (pandas DataFrames with the batch command's columns) and ``entities``."""

    documents: list[dict[str, Any]]
    tables: dict[str, Any]
    entities: list[dict[str, Any]]


class DaskBatch:
    """The lazy result of :func:`extract_bag` / :func:`extract_dataframe`; the tables are those
    of :data:`dialogue_extract.schema.TABLES` (the per-document ones lazily, ``entities`` from
    :meth:`resolve`)."""

    def __init__(self, documents: Any) -> None:
        #: a lazy ``dask.bag`` of document records (as written to ``documents.jsonl``)
        self.documents = documents
        self._resolution: Optional[Resolution] = None

    def persist(self) -> "DaskBatch":
        """Keep the extracted documents in the cluster's memory (extract once, use twice)."""
        self.documents = self.documents.persist()
        return self

    def resolve(self) -> Resolution:
        """Corpus-wide entity ids, computed on the cluster (cached)."""
        if self._resolution is None:
            self._resolution = resolve_documents(self.documents)
        return self._resolution

    def table_bags(self, resolution: Optional[Resolution] = None) -> dict[str, Any]:
        """Each table's rows as a lazy bag of dicts (``entity_id`` filled from ``resolution``,
        by default :meth:`resolve`)."""
        db = _require_dask()
        import dask

        res = resolution if resolution is not None else self.resolve()
        ids_d = dask.delayed(res.ids, traverse=False)
        index = _index_bag(db, self.documents.npartitions)
        return {name: self.documents.map_partitions(_table_partition, index, name=name, ids=ids_d)
                for name in _schema.DOCUMENT_TABLES}

    def tables(self, resolution: Optional[Resolution] = None) -> dict[str, Any]:
        """The batch command's tables as lazy Dask DataFrames (one partition per bag partition)."""
        import dask
        import dask.dataframe as dd

        return {name: dd.from_delayed([dask.delayed(_frame)(name, part) for part in bag.to_delayed()],
                                      meta=_meta(name), verify_meta=False)
                for name, bag in self.table_bags(resolution).items()}

    def compute(self) -> DaskOutput:
        """Extract (once), resolve and build the tables; everything comes back to the client."""
        import dask

        self.persist()
        res = self.resolve()
        bags = self.table_bags(res)
        docs, *rows = dask.compute(self.documents, *bags.values())
        tables = {name: _frame(name, r) for name, r in zip(bags, rows)}
        tables["entities"] = _frame("entities", [_schema.entity_row(e) for e in res.entities])
        return DaskOutput(documents=list(docs), tables=tables, entities=res.entities)
