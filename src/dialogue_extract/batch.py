"""Batch processing: many releases in, one folder of results out.

>>> from dialogue_extract.batch import run_batch
>>> summary = run_batch(["releases/", "more.jsonl"], "out/", workers=2)
>>> summary.succeeded, summary.failed

Writes into ``out_dir``:

* ``documents.jsonl`` - one line per document, flushed as soon as the document is done:
  ``id``, ``source`` (``path`` and, for record files, ``line``/``index``), ``url``, ``title``,
  ``reference_date`` and ``reference_date_origin`` (see below), ``text_source`` ("text" or
  "html_main_text": the text every offset refers to), ``text`` itself and its ``text_sha256``,
  ``extraction`` (the Extraction's JSON form) or ``error`` (the reason) with ``extraction: null``.
* tables ``officials``, ``mentions``, ``countries``, ``dates``, ``sectors`` as Parquet
  (``<table>.parquet``, one row group per flush) or CSV (``<table>.csv``); ``officials`` and
  ``mentions`` carry the corpus-wide ``entity_id``. Written incrementally (memory stays flat) to
  ``*.partial`` files renamed when the run ends. In CSV a text cell that a spreadsheet would read
  as a formula (beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, or their
  full-width forms) is prefixed with a single quote, as OWASP recommends against CSV injection
  (:func:`csv_cell`); Parquet and ``documents.jsonl`` keep every value exact.
* ``entities.jsonl`` - the corpus registry (:mod:`dialogue_extract.corpus`).

Reference dates, by precedence: the record's own ``date``/``reference_date`` field (origin
``"record"``), else the caller's default (``"option"``); both are passed to the pipeline as the
reference date. Without them the release's dateline is used (``"dateline"``); an HTML page whose
text has no dateline falls back to the page's publication date from its metadata
(``"html_metadata"``: the page is extracted a second time with that date). ``null`` when nothing
gave a date.

Each document has a time budget (``timeout_per_doc``, :data:`DEFAULT_TIMEOUT` seconds of wall
time for reading, HTML reduction and extraction): a document taking longer becomes an error
record saying so, and the run goes on.

``resume=True`` skips documents whose id is already in ``documents.jsonl`` with a result (a
truncated last line is cut off and its document redone; error records are dropped and their
documents tried again), appends the rest, then rebuilds the tables and
``entities.jsonl`` from ``documents.jsonl`` so they stay consistent.
"""
from __future__ import annotations

import copy
import csv
import datetime as dt
import gc
import hashlib
import logging
import json
import os
import signal
import sys
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, Union

from . import schema as _schema
from .corpus import CorpusRegistry
from .optional import require
from .extractor import DateLike, Extractor, coerce_reference_date
from .sources import SourceProblem, SourceRecord, iter_sources, prepare_text

__all__ = [
    "BatchSummary",
    "run_batch",
    "process_records",
    "table_rows",
    "TABLES",
    "DOCUMENTS_FILE",
    "ENTITIES_FILE",
    "read_documents",
    "count_sources",
    "csv_cell",
    "DEFAULT_TIMEOUT",
    "DocumentTimeout",
]

DOCUMENTS_FILE = "documents.jsonl"
#: Seconds of wall time one document may take by default (10 MB of releases take about 9 s).
DEFAULT_TIMEOUT = 60.0
ENTITIES_FILE = "entities.jsonl"
TABLE_FORMATS = ("parquet", "csv")

#: Column names and (pyarrow) types of every table; lists are ``"; "``-joined in CSV.
log = logging.getLogger(__name__)

#: The tables' columns and types: one schema for every path (:mod:`dialogue_extract.schema`).
TABLES = _schema.TABLES


@dataclass
class BatchSummary:
    """What a run did."""

    out_dir: Path
    succeeded: int = 0
    failed: int = 0
    skipped: int = 0  # already in documents.jsonl (resume)
    seconds: float = 0.0
    entities: int = 0
    interrupted: bool = False
    errors: list[tuple[str, str]] = field(default_factory=list)  # first few (id, reason)

    @property
    def processed(self) -> int:
        return self.succeeded + self.failed

    def line(self) -> str:
        rate = self.processed / self.seconds if self.seconds > 0 else 0.0
        skipped = f", {self.skipped} skipped (already done)" if self.skipped else ""
        return (f"{self.succeeded} succeeded, {self.failed} failed{skipped} in {self.seconds:.1f} s "
                f"({rate:.1f} docs/s); {self.entities} entities -> {self.out_dir}")


# -- the work done per document (in a worker process or in the main one) --------------------------
_WORKER_EXTRACTOR: Optional[Extractor] = None


def _init_worker(pipeline: str, actors: Any = None) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = Extractor(pipeline=pipeline, actors=actors)


def _adopt_extractor(extractor: Extractor) -> None:
    """A forked worker's initializer: the Extractor loaded by the main process, inherited. What
    the worker inherited lives as long as it does: out of the collector's sight, its passes stay
    short and do not touch (copy) the pages it shares with the main process."""
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor
    gc.freeze()


def _worker_pool(workers: int, pipeline: str, actors: Any, extractor: Optional[Extractor]) -> Any:
    """``workers`` processes for :func:`_worker_process`. Where the platform can fork, the
    pipeline is loaded (and every pattern compiled) once here and the workers are forked from
    this process, sharing it: nothing is loaded again or pickled on the way in. Elsewhere each
    worker is spawned and loads the pipeline itself. Made before any thread of the run starts
    (a progress bar's monitor): a fork copies only the thread calling it."""
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():  # Windows: spawned workers load it each
        return mp.get_context("spawn").Pool(workers, initializer=_init_worker, initargs=(pipeline, actors))
    ex = extractor or _local_extractor(pipeline)
    if actors is not None:
        ex = copy.copy(ex)
        ex.actors = actors
    ex.warm_up()
    # a forked process's arguments are inherited, not pickled
    return mp.get_context("fork").Pool(workers, initializer=_adopt_extractor, initargs=(ex,))


def _worker_process(records: list[SourceRecord], default_ref: Optional[str],
                    timeout: Optional[float] = None) -> list[dict[str, Any]]:
    assert _WORKER_EXTRACTOR is not None
    return process_records(records, _WORKER_EXTRACTOR, default_reference_date=default_ref, timeout=timeout)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DocumentTimeout(BaseException):
    """Raised inside a document's extraction when its time budget is spent (a BaseException,
    so that no ``except Exception`` on the way swallows it and retries the document)."""


def _can_time(seconds: Optional[float]) -> bool:
    """Whether a per-document budget can be enforced here: POSIX interval timers are delivered
    to the main thread of a process (a worker process's, or the caller's), and only when the
    caller has no interval timer of its own running."""
    return (bool(seconds) and seconds > 0 and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0)


@contextmanager
def _time_budget(seconds: Optional[float]) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the body once ``seconds`` of wall time have passed
    (SIGALRM); the timer is always cleared and the previous handler restored.

    The alarm can land anywhere, also between two steps of a cleanup (the garbage collector
    paused but not yet restored by :func:`dialogue_extract.gc_pause.gc_paused`): once the timer
    is off, the collector's state from before the body is restored too."""
    if not _can_time(seconds):
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise DocumentTimeout

    gc_was_enabled = gc.isenabled()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, float(seconds))  # type: ignore[arg-type]
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)
            if gc_was_enabled:
                gc.enable()


def process_records(records: Sequence[SourceRecord], extractor: Extractor, *,
                    default_reference_date: DateLike = None,
                    timeout: Optional[float] = None) -> list[dict[str, Any]]:
    """One ``documents.jsonl`` record (a dict) per source record, in order; never raises for a
    bad document (its record carries ``error``).

    ``timeout``: seconds of wall time one document may take (reading, HTML reduction and
    extraction); a document taking longer becomes an error record saying so. Enforced with a
    POSIX interval timer in the main thread of a process (batch workers always are); elsewhere
    (Windows, or a caller's other thread) documents run without a budget."""
    default_ref = coerce_reference_date(default_reference_date)
    out: list[dict[str, Any]] = []
    for rec in records:
        doc: dict[str, Any] = {"id": rec.id, "source": rec.source(), "url": rec.url, "title": None,
                               "reference_date": None, "reference_date_origin": None,
                               "content_sha256": rec.content_sha256,
                               "text_source": None, "text_sha256": None, "text": None,
                               "extraction": None, "error": None}
        out.append(doc)
        try:
            with _time_budget(timeout):
                _process_one(rec, doc, extractor, default_ref)
        except DocumentTimeout:
            doc["extraction"] = None
            doc["error"] = (f"timed out: the document took longer than {timeout:g} s (the per-document "
                            f"time budget, --timeout-per-doc) and was skipped")
    return out


def _process_one(rec: SourceRecord, doc: dict[str, Any], extractor: Extractor,
                 default_ref: Optional[dt.date]) -> None:
    try:
        prepared = prepare_text(rec)
        ref, origin = default_ref, ("option" if default_ref else None)
        if rec.date:
            try:
                ref, origin = coerce_reference_date(rec.date), "record"
            except ValueError:
                raise SourceProblem(f"record date {rec.date!r} is not an ISO date (YYYY-MM-DD)") from None
    except Exception as e:  # SourceProblem, HtmlUnavailable, anything unexpected
        doc["error"] = str(e) if isinstance(e, SourceProblem) else f"{type(e).__name__}: {e}"
        return
    doc.update(url=prepared.url or rec.url, title=prepared.title, text_source=prepared.text_source,
               text=prepared.text, text_sha256=_sha256(prepared.text),
               reference_date=ref.isoformat() if ref else None, reference_date_origin=origin)
    (ex,) = extractor.extract_many([(prepared.text, ref)], as_tuples=True, batch_size=1)
    _store(doc, ex)
    if ref is None and prepared.page_date is not None and ex.ok and ex.reference_date is None:
        # no dateline: the page's publication date from its metadata is the reference date
        (ex,) = extractor.extract_many([(prepared.text, prepared.page_date)], as_tuples=True, batch_size=1)
        _store(doc, ex)
        if ex.ok:
            doc["reference_date_origin"] = "html_metadata"


def _store(doc: dict[str, Any], ex: Any) -> None:
    if ex.error:
        doc["error"], doc["extraction"] = ex.error, None
        return
    doc["extraction"] = ex.model_dump(mode="json")
    doc["error"] = None
    if ex.reference_date is not None:
        doc["reference_date"] = ex.reference_date.isoformat()
        if ex.reference_date_source == "dateline":
            doc["reference_date_origin"] = "dateline"


# -- tables ---------------------------------------------------------------------------------------
#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"),
#: with the full-width forms some spreadsheets also accept.
CSV_FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def csv_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet evaluates: text beginning with a formula character gets a
    leading single quote (``'=HYPERLINK(...)``); anything else, and every number, is unchanged."""
    if isinstance(value, str) and value and value[0] in CSV_FORMULA_STARTS:
        return "'" + value
    return value


def _source_text(source: Any) -> Optional[str]:
    """``{"path": "a.jsonl", "line": 3}`` as ``"a.jsonl:3"`` (``#i`` for the i-th record of a JSON list)."""
    if not isinstance(source, Mapping):
        return None if source is None else str(source)
    path = str(source.get("path") or "")
    if source.get("line") is not None:
        return f"{path}:{source['line']}"
    if source.get("index") is not None:
        return f"{path}#{source['index']}"
    return path or None


def table_rows(doc: dict[str, Any], entity_ids: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The table rows of one ``documents.jsonl`` record (an error record has its ``documents``
    row only)."""
    return _schema.extraction_rows(
        doc["id"], doc.get("extraction"), entity_ids=entity_ids, source=_source_text(doc.get("source")),
        url=doc.get("url"), error=doc.get("error"), reference_date=doc.get("reference_date"),
        reference_date_source=doc.get("reference_date_origin"))


class _TableWriter:
    """Appends rows to one table file, flushing every ``flush_rows`` rows (flat memory)."""

    def __init__(self, out_dir: Path, name: str, fmt: str, flush_rows: int = 5000) -> None:
        self.name, self.fmt, self.flush_rows = name, fmt, flush_rows
        self.columns = TABLES[name]
        self.path = out_dir / f"{name}.{fmt}"
        self.partial = out_dir / f"{name}.{fmt}.partial"
        self.rows: list[dict[str, Any]] = []
        self._writer: Any = None
        self._fh: Any = None
        if fmt == "parquet":
            pa = require("pyarrow", "Parquet tables")
            pq = require("pyarrow.parquet", "Parquet tables")

            types = {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64(), "bool": pa.bool_(),
                     "date": pa.date32(), "list": pa.list_(pa.string())}
            self._schema = pa.schema([(c, types[t]) for c, t in self.columns])
            self._writer = pq.ParquetWriter(self.partial, self._schema, compression="zstd")
        else:
            self._fh = self.partial.open("w", encoding="utf-8", newline="")
            self._csv = csv.writer(self._fh)
            self._csv.writerow([c for c, _ in self.columns])

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= self.flush_rows:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        if self.fmt == "parquet":
            import pyarrow as pa

            # (a key a row lacks is a null cell)
            self._writer.write_table(pa.Table.from_pylist(self.rows, schema=self._schema))
        else:
            for r in self.rows:
                self._csv.writerow([_csv_value(r.get(c), t) for c, t in self.columns])
            self._fh.flush()
        self.rows = []

    def close(self) -> None:
        self.flush()
        if self._writer is not None:
            self._writer.close()
        if self._fh is not None:
            self._fh.close()
        self.partial.replace(self.path)

    def abandon(self) -> None:
        try:
            if self._writer is not None:
                self._writer.close()
            if self._fh is not None:
                self._fh.close()
        except Exception:
            pass


def _csv_value(value: Any, kind: str) -> Any:
    """A cell of a CSV table: lists joined with "; ", dates in ISO form, text neutralised."""
    if kind == "list":
        return csv_cell(_schema.LIST_SEPARATOR.join(value or ()))
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    if kind == "date":
        return value.isoformat()
    return csv_cell(value) if kind == "string" else value


class _Tables:
    def __init__(self, out_dir: Path, fmt: str) -> None:
        self.out_dir, self.fmt = out_dir, fmt
        self.writers = {name: _TableWriter(out_dir, name, fmt) for name in _schema.DOCUMENT_TABLES}

    def add(self, doc: dict[str, Any], entity_ids: dict[str, str]) -> None:
        for name, rows in table_rows(doc, entity_ids).items():
            if rows:
                self.writers[name].add(rows)

    def close(self) -> None:
        for w in self.writers.values():
            w.close()

    def abandon(self) -> None:
        for w in self.writers.values():
            w.abandon()


def write_entities_table(out_dir: Path, fmt: str, registry: CorpusRegistry) -> None:
    """The ``entities`` table of the registry (beside ``entities.jsonl``)."""
    writer = _TableWriter(out_dir, "entities", fmt)
    try:
        writer.add([_schema.entity_row(e.to_dict()) for e in registry.entities()])
    except BaseException:
        writer.abandon()
        raise
    writer.close()


# -- documents.jsonl ------------------------------------------------------------------------------
def read_documents(path: Union[str, Path]) -> Iterator[dict[str, Any]]:
    """The records of a ``documents.jsonl`` file, skipping lines that do not parse (e.g. a last
    line cut off by an interruption)."""
    with Path(path).open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                return  # truncated last line
            try:
                obj = json.loads(raw)
            except ValueError:
                continue
            if isinstance(obj, dict) and "id" in obj:
                yield obj


def _repair_tail(path: Path) -> None:
    """Cut a last line that has no newline (a write interrupted half-way)."""
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb+") as fh:
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        block = 1 << 16
        pos = size
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            chunk = fh.read(pos - start)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                fh.truncate(start + nl + 1)
                return
            pos = start
        fh.truncate(0)


def _drop_error_records(path: Path) -> None:
    """Remove the error records (and unparsable lines) of ``documents.jsonl`` so that a resumed
    run retries those documents; the file is replaced atomically, and only when needed."""
    keep_all = True
    for doc in read_documents(path):
        if doc.get("error"):
            keep_all = False
            break
    if keep_all:
        return
    tmp = path.with_name(path.name + ".retry")
    with path.open("rb") as src, tmp.open("wb") as dst:
        for raw in src:
            try:
                obj = json.loads(raw)
            except ValueError:
                continue
            if isinstance(obj, dict) and "id" in obj and not obj.get("error"):
                dst.write(raw)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, path)


def count_sources(inputs: Iterable[Union[str, os.PathLike]], *,
                  exclude: Optional[Union[str, os.PathLike]] = None) -> int:
    """How many documents ``inputs`` hold (for a progress bar; reads record files once)."""
    from .sources import expand_inputs

    n = 0
    for p in expand_inputs(inputs, exclude=exclude):
        suffix = p.suffix.lower()
        if str(p) == "-" or not p.is_file():  # stdin, or a FIFO/device that is never read
            n += 1
        elif suffix in (".jsonl", ".ndjson"):
            with p.open("rb") as fh:
                n += sum(1 for line in fh if line.strip())
        elif suffix == ".json":
            try:
                obj = json.loads(p.read_bytes())
                n += len(obj) if isinstance(obj, list) else 1
            except Exception:
                n += 1
        else:
            n += 1
    return n


def _chunks(it: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(it)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def _content_sha256(rec: SourceRecord) -> Optional[str]:
    """A key for a file's content under its file name: the same file reached by another path
    (another working folder, a link) has the same key. Records of .json/.jsonl files carry
    their own ids and get none."""
    content = rec.content
    if rec.line is not None or rec.index is not None or rec.path == "-":
        return None
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    if not isinstance(content, bytes):
        return None
    h = hashlib.sha256(content)
    h.update(b"\0" + rec.path.rsplit("/", 1)[-1].encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _dedupe(records: Iterable[SourceRecord], done: set[str], summary: BatchSummary,
            done_content: Optional[set[str]] = None) -> Iterator[SourceRecord]:
    """Skip documents already done (by id, or a file by its content and name: the same file
    reached by another path); give a repeated id a distinct one and an error."""
    seen: dict[str, int] = {}
    done_content = done_content if done_content is not None else set()
    for rec in records:
        rec.content_sha256 = _content_sha256(rec)
        if rec.error is None and rec.content_sha256 is not None and rec.content_sha256 in done_content:
            summary.skipped += 1
            continue
        n = seen.get(rec.id, 0) + 1
        seen[rec.id] = n
        if n > 1:
            first = rec.id
            rec.id = f"{first}#dup{n}"
            rec.error = rec.error or f"duplicate id {first!r} (occurrence {n}); ids must be unique"
        if rec.id in done:
            summary.skipped += 1
            continue
        yield rec


# -- the run --------------------------------------------------------------------------------------
def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except Exception:
        return False


def run_batch(
    inputs: Sequence[Union[str, os.PathLike]],
    out_dir: Union[str, os.PathLike],
    *,
    workers: int = 1,
    batch_size: int = 32,
    table_format: str = "parquet",
    resume: bool = False,
    overwrite: bool = False,
    reference_date: DateLike = None,
    progress: Optional[bool] = None,
    pipeline: str = "default",
    extractor: Optional[Extractor] = None,
    timeout_per_doc: Optional[float] = DEFAULT_TIMEOUT,
    actors: Any = None,
    scheduler: Optional[str] = None,
) -> BatchSummary:
    """Extract every document of ``inputs`` into ``out_dir`` (see the module docstring).

    ``workers > 1`` runs that many processes: where the platform forks, this process loads the
    pipeline (or takes ``extractor``) once and the workers are forked from it, sharing it;
    elsewhere each worker is spawned and loads the pipeline itself. ``progress=None``
    shows a progress bar only when stderr is a terminal. ``actors`` is a list of known officials
    (see :mod:`dialogue_extract.actors`) applied to every document. ``timeout_per_doc`` (seconds, ``None`` or
    0 for none) bounds the wall time of each document: one taking longer becomes an error record
    saying so and the run goes on (see :func:`process_records`). Raises ``FileNotFoundError`` for an
    input naming nothing and ``FileExistsError`` when ``out_dir`` holds a previous run and
    neither ``resume`` nor ``overwrite`` is set. KeyboardInterrupt is re-raised after everything
    done so far is on disk (``summary`` is then attached as ``exc.summary``).
    """
    if table_format not in TABLE_FORMATS:
        raise ValueError(f"table_format must be one of {TABLE_FORMATS}, not {table_format!r}")
    if timeout_per_doc is not None and not timeout_per_doc >= 0:
        raise ValueError(f"timeout_per_doc must be a number of seconds >= 0 (0: no budget), not {timeout_per_doc!r}")
    timeout = float(timeout_per_doc) if timeout_per_doc else None
    default_ref = coerce_reference_date(reference_date)
    from .actors import coerce_actors

    known = coerce_actors(actors)
    ref_arg = default_ref.isoformat() if default_ref else None
    if table_format == "parquet":
        require("pyarrow.parquet", "Parquet tables (--format parquet; --format csv needs nothing more)")
    _check_inputs(inputs)  # fail early on an input naming nothing
    out = Path(out_dir)
    _check_out_apart(inputs, out)
    out.mkdir(parents=True, exist_ok=True)
    docs_path = out / DOCUMENTS_FILE
    done: set[str] = set()
    done_content: set[str] = set()
    if docs_path.exists() and docs_path.stat().st_size > 0:
        if resume:
            _repair_tail(docs_path)
            _drop_error_records(docs_path)  # what failed is tried again
            done, done_content = set(), set()
            for d in read_documents(docs_path):
                done.add(d["id"])
                if d.get("content_sha256"):
                    done_content.add(d["content_sha256"])
        elif not overwrite:
            raise FileExistsError(f"{docs_path} exists: pass resume=True (--resume) to continue that run "
                                  f"or overwrite=True (--overwrite) to replace it")
    appending = resume and bool(done)
    summary = BatchSummary(out_dir=out)
    t0 = time.perf_counter()

    pool = _worker_pool(workers, pipeline, known, extractor) if workers > 1 and not scheduler else None
    try:  # the workers are not left behind when the run cannot start
        show = _stderr_is_tty() if progress is None else progress
        total = None
        if show:
            try:
                total = count_sources(inputs, exclude=out)
            except Exception:
                total = None
        from tqdm.auto import tqdm

        bar = tqdm(total=total, initial=0, unit="doc", disable=not show, file=sys.stderr,
                   dynamic_ncols=True, smoothing=0.1, desc="extracting")
        if show and done:
            bar.total = max(0, (total or 0) - len(done)) if total else None

        registry = CorpusRegistry()
        tables = None if appending else _Tables(out, table_format)
        docs_fh = docs_path.open("ab" if appending else "wb")
    except BaseException:
        if pool is not None:
            pool.terminate()
        raise

    def handle(docs: list[dict[str, Any]]) -> None:
        for doc in docs:
            try:
                line = (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate somewhere: \u-escaped JSON stays valid
                line = (json.dumps(doc) + "\n").encode("utf-8")
            docs_fh.write(line)
            if doc.get("error"):
                log.warning("%s: %s", doc["id"], doc["error"])
                summary.failed += 1
                if len(summary.errors) < 20:
                    summary.errors.append((doc["id"], doc["error"]))
            else:
                summary.succeeded += 1
            if tables is not None:
                ids = registry.add(doc["id"], doc["extraction"], doc.get("reference_date")) \
                    if doc.get("extraction") else {}
                tables.add(doc, ids)
        docs_fh.flush()
        bar.update(len(docs))

    records = _dedupe(iter_sources(inputs, exclude=out), done, summary, done_content)
    try:
        if scheduler:
            _run_on_dask(records, handle, scheduler=scheduler, pipeline=pipeline, batch_size=batch_size,
                         reference_date=ref_arg, timeout=timeout, actors=known)
        elif workers <= 1:
            ex = extractor or _local_extractor(pipeline)
            if known is not None:  # the same pipeline, with the user's actor list
                ex = copy.copy(ex)
                ex.actors = known
            for chunk in _chunks(records, batch_size):
                handle(process_records(chunk, ex, default_reference_date=ref_arg, timeout=timeout))
        else:
            pending: deque = deque()
            stuck: list[str] = []
            max_inflight = 2 * workers + 1
            for chunk in _chunks(records, batch_size):
                meta = _meta(chunk)
                pending.append((meta, pool.apply_async(_worker_process, (chunk, ref_arg, timeout))))
                while len(pending) >= max_inflight:
                    handle(_collect(*pending.popleft(), timeout=timeout, stuck=stuck))
            while pending:
                handle(_collect(*pending.popleft(), timeout=timeout, stuck=stuck))
            if stuck:  # a worker that ignored its budget is still busy: stop it
                pool.terminate()
            else:
                pool.close()
            pool.join()
            pool = None
    except KeyboardInterrupt as e:
        summary.interrupted = True
        bar.close()
        docs_fh.close()
        if tables is not None:
            tables.abandon()
        if pool is not None:
            pool.terminate()
        summary.seconds = time.perf_counter() - t0
        e.summary = summary  # type: ignore[attr-defined]
        raise
    except BaseException:
        docs_fh.close()
        if tables is not None:
            tables.abandon()
        if pool is not None:
            pool.terminate()
        bar.close()
        raise
    bar.close()
    docs_fh.close()
    if tables is not None:
        tables.close()
    else:
        registry = rebuild_outputs(out, table_format)
    registry.to_jsonl(out / ENTITIES_FILE)
    write_entities_table(out, table_format, registry)
    summary.entities = len(registry)
    summary.seconds = time.perf_counter() - t0
    log.info("batch done: %s", summary.line())
    return summary


def _local_extractor(pipeline: str) -> Extractor:
    """The process-wide shared Extractor for the default pipeline, a new one otherwise, with
    every pattern compiled (a batch is a long job)."""
    if pipeline == "default":
        from . import get_extractor

        return get_extractor().warm_up()
    return Extractor(pipeline=pipeline).warm_up()


def _check_inputs(inputs: Sequence[Union[str, os.PathLike]]) -> None:
    """Raise ``FileNotFoundError`` for an input that names nothing (before any work)."""
    from .sources import expand_inputs

    if not inputs:
        raise FileNotFoundError("no input given")
    for item in inputs:
        next(iter(expand_inputs([item])), None)


def _check_out_apart(inputs: Sequence[Union[str, os.PathLike]], out: Path) -> None:
    """Refuse an output folder that is an input or holds one; an output folder inside an input
    folder is fine (it is never walked)."""
    ro = out.resolve()
    for item in inputs:
        s = os.fspath(item)
        if s == "-":
            continue
        rp = Path(s).resolve()
        if rp == ro or ro in rp.parents:
            raise ValueError(f"the output folder {os.fspath(out)!r} is (or holds) the input {s!r}: a batch "
                             f"never reads its own output; choose an output folder outside the inputs "
                             f"(e.g. a subfolder such as {os.fspath(out / 'results')!r} is fine)")


def _collect(meta: list[SourceRecord], result: Any, *, timeout: Optional[float] = None,
             stuck: Optional[list[str]] = None) -> list[dict[str, Any]]:
    """A chunk's records from a worker; error records when the worker failed, or when it ran far
    past the chunk's time budget (blocked where its own timer cannot reach)."""
    import multiprocessing as mp

    try:
        # a generous backstop: each document's own budget normally ends it long before
        return result.get(None if timeout is None else 2 * timeout * len(meta) + 60)
    except KeyboardInterrupt:
        raise
    except mp.TimeoutError:
        if stuck is not None:
            stuck.append(meta[0].id if meta else "")
        reason = (f"timed out: the worker spent more than {2 * timeout * len(meta) + 60:g} s on a chunk of "
                  f"{len(meta)} documents (--timeout-per-doc {timeout:g}) and was stopped")
        return [_error_doc(r, reason) for r in meta]
    except Exception as e:  # a worker died: its documents become error records
        return _worker_failed(meta, e)


def _dask_chunk(records: list[SourceRecord], pipeline: str, reference_date: Optional[str],
                timeout: Optional[float], actors: Any) -> list[dict[str, Any]]:
    """One chunk of a batch on a Dask worker, with the pipeline that worker loaded once."""
    from .dask import worker_extractor

    ex = worker_extractor(pipeline)
    if actors is not None:
        ex = copy.copy(ex)
        ex.actors = actors
    return process_records(records, ex, default_reference_date=reference_date, timeout=timeout)


def _client(scheduler: str) -> tuple[Any, Any]:
    """A Dask client for ``local:N`` (a new local cluster of N worker processes) or the address
    of a running scheduler (``tcp://host:8786``); and the local cluster to close, if any."""
    require("distributed", "Running a batch on Dask (--scheduler)")
    from distributed import Client, LocalCluster

    if scheduler.startswith("local"):
        _, _, n = scheduler.partition(":")
        if n and not n.isdigit():
            raise ValueError(f"--scheduler local:N needs a number of workers, not {scheduler!r}")
        cluster = LocalCluster(n_workers=int(n or 2), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    return Client(scheduler), None


def _run_on_dask(records: Iterable[SourceRecord], handle: Any, *, scheduler: str, pipeline: str,
                 batch_size: int, reference_date: Optional[str], timeout: Optional[float], actors: Any) -> None:
    """The batch's chunks as tasks on a Dask cluster, results written in input order by ``handle``
    as in a local run; a chunk whose task fails becomes error records, never a failed run. At most
    two chunks per worker are in flight, so the inputs stream."""
    client, cluster = _client(scheduler)
    try:
        inflight = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1) + 1
        pending: deque = deque()
        for chunk in _chunks(records, batch_size):
            meta = _meta(chunk)
            pending.append((meta, client.submit(_dask_chunk, chunk, pipeline, reference_date, timeout, actors,
                                                pure=False)))
            while len(pending) >= inflight:
                handle(_dask_result(*pending.popleft()))
        while pending:
            handle(_dask_result(*pending.popleft()))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_result(meta: list[SourceRecord], future: Any) -> list[dict[str, Any]]:
    try:
        return future.result()
    except KeyboardInterrupt:
        raise
    except Exception as e:  # the task or its worker failed: its documents become error records
        return _worker_failed(meta, e)


def _meta(chunk: list[SourceRecord]) -> list[SourceRecord]:
    """Where a chunk's documents came from, without their content: enough for error records."""
    return [SourceRecord(id=r.id, path=r.path, line=r.line, index=r.index, url=r.url) for r in chunk]


def _worker_failed(meta: list[SourceRecord], e: BaseException) -> list[dict[str, Any]]:
    reason = f"worker failed: {type(e).__name__}: {e}"
    return [_error_doc(r, reason) for r in meta]


def _error_doc(r: SourceRecord, reason: str) -> dict[str, Any]:
    return {"id": r.id, "source": r.source(), "url": r.url, "title": None, "reference_date": None,
            "reference_date_origin": None, "text_source": None, "text_sha256": None, "text": None,
            "extraction": None, "error": reason}


def rebuild_outputs(out_dir: Union[str, os.PathLike], table_format: str = "parquet") -> CorpusRegistry:
    """Re-create the tables and the registry of ``out_dir`` from its ``documents.jsonl``
    (streamed: memory stays flat apart from the registry). Returns the registry; the caller
    writes ``entities.jsonl``."""
    out = Path(out_dir)
    registry = CorpusRegistry()
    tables = _Tables(out, table_format)
    try:
        for doc in read_documents(out / DOCUMENTS_FILE):
            ids = registry.add(doc["id"], doc["extraction"], doc.get("reference_date")) \
                if doc.get("extraction") else {}
            tables.add(doc, ids)
    except BaseException:
        tables.abandon()
        raise
    tables.close()
    return registry
