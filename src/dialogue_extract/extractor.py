"""Extractor: loads the pipeline once and turns text into :class:`Extraction` results."""
from __future__ import annotations

import datetime as dt
import gc
import logging
import pickle
import re
from itertools import islice
from typing import Any, Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from .gc_pause import gc_paused
from .pipeline.layout import layout_view
from .pipeline.text import (OffsetMap, chain_offsets, doc_text, offset_map, original_text, recognition_text,
                             seed_text, token_view)
from .people import MentionSpan, OfficialInfo
from .results import (Country, DateValue, Extraction, Mention, Official, Organization, Sector, SectorEvidence,
                      distinct_offices)
from .roles import roles_of
from .pipeline import keys
from .pipeline.extensions import doc_value, set_doc_value, span_value
from .pipeline.groups import release_spans, spans_of

DateLike = Union[dt.date, str, None]

log = logging.getLogger(__name__)

__all__ = ["Extractor", "PipelineError", "coerce_reference_date", "check_text"]


class PipelineError(RuntimeError):
    """A component of the pipeline failed on a document: ``component`` names it, and the
    exception it raised is the ``__cause__`` (spaCy's own wrapper only asks whether the pipeline
    was initialised). A fault of the library, never of the text: please report it with the text."""

    def __init__(self, component: str, cause: BaseException) -> None:
        self.component = component
        super().__init__(f"the pipeline's '{component}' component failed on this document: "
                         f"{type(cause).__name__}: {cause}")


_E109 = re.compile(r"\[E109\] Component '([^']+)'")


def _run(nlp: Language, doc: Doc) -> Doc:
    """``nlp(doc)``, with a component's failure raised as :class:`PipelineError`."""
    try:
        return nlp(doc)
    except ValueError as e:
        m = _E109.search(str(e))
        if m and e.__cause__ is not None:
            raise PipelineError(m.group(1), e.__cause__) from e.__cause__
        raise

#: Texts longer than this are refused with a ValueError (spaCy's own limit is raised to it): the
#: largest input measured in bounded time and memory (10 MB of releases: about 9 s CPU and 0.6 GB
#: peak RSS; ``benchmarks/bench_hostile.py``).
MAX_CHARS = 10_000_000


_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?)?")


def _is_missing(value: Any) -> bool:
    """``None``, NaN and pandas' ``NaT``/``NA``: no reference date given."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    name = type(value).__name__
    return name in ("NaTType", "NAType")


def coerce_reference_date(value: DateLike) -> Optional[dt.date]:
    """``datetime.date``, ``datetime.datetime`` or an ISO ``YYYY-MM-DD`` string (optionally
    followed by an ISO time) -> date; ``None``, NaN and pandas' ``NaT`` are missing (``None``).
    Anything else is refused: a ``ValueError`` for a string that is not exactly such a date
    (``"2024-03-04garbage"``, ``"2024-W10-1"``), a ``TypeError`` for other types (``20240304``)."""
    if _is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = _ISO_DATE.fullmatch(value.strip())
        try:
            if m is None:
                raise ValueError
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            raise ValueError(f"reference_date must be an ISO date (YYYY-MM-DD), got {value!r}") from None
    raise TypeError(f"reference_date must be a date or an ISO string (YYYY-MM-DD), not {type(value).__name__}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def surrogate_problem(text: str) -> Optional[str]:
    """``None``, or what is wrong with a string holding a lone surrogate (a character no
    UTF-8 text can hold): which one and at which position."""
    if text.isascii():  # (a flag of the string: no character to read)
        return None
    m = _SURROGATE.search(text)
    if m is None:
        return None
    return (f"text contains a lone surrogate U+{ord(m.group()):04X} at position {m.start()} "
            f"(not a valid character; decode the source with errors='replace' or fix it)")


#: Runs of characters without white space longer than this are tokenized in pieces of this size
#: (spaCy's tokenizer is quadratic in the length of such a run: 50,000 commas took minutes).
MAX_RUN = 256
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))
_SPLIT_CHARS = 200_000


def tokenize_bounded(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` in time linear in the text: a run of more than :data:`MAX_RUN`
    characters without white space is cut into pieces of at most that length, each tokenized on
    its own, and the Docs joined. The Doc's text is exactly ``text`` (no character is added or
    changed, so every offset stays exact); only token boundaries at the cuts differ."""
    # (a release-sized text with no word longer than MAX_RUN: str.split cuts at the characters \s
    # matches, in half the time the pattern takes to find that it does not match; a longer text is
    # not split into a list of all its words at once)
    if len(text) <= _SPLIT_CHARS and max(map(len, text.split()), default=0) <= MAX_RUN:
        return nlp.make_doc(text)
    m = _LONG_RUN.search(text)
    if m is None:
        return nlp.make_doc(text)
    cuts: list[int] = []
    while m is not None:
        cuts.extend(range(m.start() + MAX_RUN, m.end(), MAX_RUN))
        m = _LONG_RUN.search(text, m.end())
    docs, prev = [], 0
    for c in cuts + [len(text)]:
        if c > prev:
            docs.append(nlp.make_doc(text[prev:c]))
        prev = c
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text
    return doc


def check_text(text: Any) -> str:
    """Validate the input of ``extract``: a clear TypeError for anything but ``str``, a
    ValueError for a text too long or holding a lone surrogate."""
    if isinstance(text, str):
        if len(text) > MAX_CHARS:
            raise ValueError(f"text is {len(text):,} characters; the limit is {MAX_CHARS:,}")
        problem = surrogate_problem(text)
        if problem:
            raise ValueError(problem)
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError("extract() takes str, not bytes: decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"extract() takes str, not {type(text).__name__}")


class Extractor:
    """Loads the pipeline once; ``extract`` and ``extract_many`` reuse it.

    >>> ex = Extractor()                       # the default pipeline shipped in the package
    >>> ex.extract("...", reference_date="2026-02-14").officials
    """

    def __init__(self, nlp: Optional[Language] = None, *, pipeline: str = "default", actors: Any = None) -> None:
        """``actors``: the user's known officials (an :class:`~dialogue_extract.actors.ActorList`, a
        path to a CSV/JSONL list, a mapping name -> country, or rows), applied to every extraction
        (see :mod:`dialogue_extract.actors`)."""
        from .actors import coerce_actors

        self.actors = coerce_actors(actors)
        if nlp is None:
            from .pipeline import load

            # results are read from Doc.spans; filling doc.ents (for displaCy) is left to
            # pipelines users load themselves with dialogue_extract.load()
            nlp = load(pipeline, overrides={"components.officials.set_ents": False})
        self.nlp = nlp
        self.nlp.max_length = max(self.nlp.max_length, MAX_CHARS + 1)

    def warm_up(self) -> "Extractor":
        """Compile now what the pipeline otherwise compiles on first use (the date patterns):
        for long jobs, whose first documents then run at full speed. An interactive session
        skips it and starts faster; the batch command and the Dask workers call it. Idempotent."""
        for _name, pipe in self.nlp.pipeline:
            warm = getattr(pipe, "warm_up", None)
            if callable(warm):
                warm()
        return self

    # -- single document ----------------------------------------------------------------------
    def make_doc(self, text: str, reference_date: DateLike = None) -> Doc:
        text = check_text(text)
        # recognition sees plain single spaces; results are mapped back to slice ``text``
        # and reads the layout view first (wrapped lines joined, words hyphenated across lines
        # rejoined, page furniture and leftover markup deleted: pipeline/layout.py)
        layout, layout_offsets = layout_view(text)
        view, offsets = recognition_text(layout)
        offsets = chain_offsets(layout_offsets, offsets)
        doc = tokenize_bounded(self.nlp, view)
        seed_text(doc, view, original=text, offsets=offsets)
        ref = coerce_reference_date(reference_date)
        set_doc_value(doc, "de_reference_date", ref)
        set_doc_value(doc, "de_reference_date_source", "argument" if ref else None)
        return doc

    def extract(self, text: str, *, reference_date: DateLike = None, actors: Any = None) -> Extraction:
        """Officials, countries, dates and sectors of one release; ``actors`` (as for the
        constructor) replaces the Extractor's own actor list for this call."""
        from .actors import coerce_actors

        # (no gc_paused(keep=True) here nor around the chunks and their unpickling: filing every
        # result with the oldest generation made `batch --workers 2` half as fast)
        with gc_paused():
            doc = self.make_doc(text, reference_date)
            if not doc_text(doc).strip():
                return Extraction(text=text, reference_date=doc_value(doc, "de_reference_date"),
                                  reference_date_source=doc_value(doc, "de_reference_date_source"))
            return self.to_extraction(_run(self.nlp, doc), actors=coerce_actors(actors))

    # -- many documents -----------------------------------------------------------------------
    def extract_many(
        self,
        texts: Iterable[Any],
        *,
        reference_date: DateLike = None,
        as_tuples: bool = False,
        n_process: int = 1,
        batch_size: int = 64,
    ) -> Iterator[Extraction]:
        """One Extraction per input, in order, streamed in chunks of ``batch_size``.

        With ``n_process=N`` (N > 1) the chunks are extracted in N forked worker processes that
        share the loaded pipeline; on a platform without ``fork`` it runs in this process.

        Items are texts, or with ``as_tuples=True`` ``(text, reference_date)`` pairs. An item
        that cannot be processed (wrong type, a failure inside the pipeline) yields an empty
        ``Extraction`` whose ``error`` says why; the other documents are unaffected.
        """
        if isinstance(texts, (str, bytes, bytearray)):
            raise TypeError("extract_many() takes an iterable of texts, not a bare "
                            f"{type(texts).__name__}: use extract(text), or wrap it in a list")
        items = iter(texts)
        size = max(1, batch_size)
        if n_process <= 1:
            while True:
                chunk = list(islice(items, size))
                if not chunk:
                    return
                yield from self._extract_chunk(chunk, reference_date, as_tuples)
        else:
            yield from self._extract_parallel(items, reference_date, as_tuples, n_process, size)

    def _extract_parallel(self, items: Iterator[Any], default_ref, as_tuples: bool, n_process: int,
                          size: int) -> Iterator[Extraction]:
        """Chunks of ``size`` items extracted in ``n_process`` worker processes, results in order.

        The workers are forked from this process, so they share its loaded pipeline (nothing is
        rebuilt or pickled but the texts and the results), and live for the whole call. At most
        two chunks per worker are in flight, so the input streams. When a worker dies (killed, out
        of memory) the chunks in flight run again in a new pool, one at a time, so that the one
        that kills a worker is known: it gives error results, and the other documents are
        unaffected.
        """
        import multiprocessing as mp
        from collections import deque
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        if "fork" not in mp.get_all_start_methods():  # no fork (Windows): one process
            yield from self.extract_many(items, reference_date=default_ref, as_tuples=as_tuples,
                                         n_process=1, batch_size=size)
            return

        def new_pool() -> ProcessPoolExecutor:
            # forked workers inherit this Extractor: the initializer's arguments are not pickled
            return ProcessPoolExecutor(n_process, mp_context=mp.get_context("fork"),
                                       initializer=_set_pool_extractor, initargs=(self,))

        self.warm_up()  # compiled once here, shared by every forked worker
        pool = new_pool()
        pending: deque = deque()  # (chunk, future)
        try:
            while True:
                while len(pending) < 2 * n_process:
                    chunk = list(islice(items, size))
                    if not chunk:
                        break
                    try:
                        future = pool.submit(_pool_chunk, chunk, default_ref, as_tuples)
                    except BrokenProcessPool:  # a worker already died: the chunk is sent again below
                        future = None
                    pending.append((chunk, future))
                    if future is None:
                        break
                if not pending:
                    return
                chunk, future = pending.popleft()
                try:
                    if future is None:
                        raise BrokenProcessPool("a worker process died before the chunk was sent")
                    results = _unpack(future.result())
                except BrokenProcessPool:
                    # a worker died (killed, out of memory): every chunk in flight is lost, and
                    # which one killed it is unknown. Each runs again alone in a new pool: the one
                    # that breaks it gives error results, the others their extractions (in order)
                    pool.shutdown(wait=False, cancel_futures=True)
                    suspects = [chunk] + [c for c, _f in pending]
                    pending.clear()
                    pool = new_pool()
                    for c in suspects:
                        try:
                            results = _unpack(pool.submit(_pool_chunk, c, default_ref, as_tuples).result())
                        except BrokenProcessPool as e:
                            pool.shutdown(wait=False, cancel_futures=True)
                            pool = new_pool()
                            results = [Extraction(error=f"worker process failed: {e}") for _ in c]
                        yield from results
                    continue
                yield from results
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _extract_chunk(self, chunk, default_ref, as_tuples) -> list[Extraction]:
        with gc_paused():
            return self._extract_chunk_now(chunk, default_ref, as_tuples)

    def _extract_chunk_now(self, chunk, default_ref, as_tuples) -> list[Extraction]:
        results: list[Optional[Extraction]] = [None] * len(chunk)
        docs: list[tuple[int, Doc]] = []
        for i, item in enumerate(chunk):
            try:
                text, ref = item if as_tuples else (item, default_ref)
                doc = self.make_doc(text, ref)
            except Exception as e:  # a bad item must not sink the batch
                log.warning("item %d of the chunk cannot be extracted: %s: %s", i, type(e).__name__, e)
                results[i] = Extraction(error=f"{type(e).__name__}: {e}")
                continue
            if not doc_text(doc).strip():
                results[i] = self.to_extraction(doc, run=False)
            else:
                docs.append((i, doc))
        if docs:
            try:
                processed = list(self.nlp.pipe((d for _, d in docs), batch_size=len(docs)))
                for (i, _), doc in zip(docs, processed):
                    results[i] = self.to_extraction(doc)
            except Exception:
                # find the culprit(s): run the documents of this chunk one by one
                for i, doc in docs:
                    try:
                        results[i] = self.to_extraction(_run(self.nlp, doc))
                    except Exception as e:
                        log.warning("document %d of the chunk failed in the pipeline: %s: %s", i, type(e).__name__, e)
                        results[i] = Extraction(error=f"{type(e).__name__}: {e}")
        return results  # type: ignore[return-value]

    # -- Doc -> Extraction --------------------------------------------------------------------
    def to_extraction(self, doc: Doc, *, run: bool = True, actors: Any = None) -> Extraction:
        """Read the annotations the pipeline left on ``doc`` into pydantic results.

        The values come straight from the pipeline, which guarantees their types, so the
        models are built without re-validation (``trusted``).
        """
        from .countries import country_name

        text = original_text(doc)
        if not run:
            return Extraction(text=text, reference_date=doc_value(doc, "de_reference_date"),
                              reference_date_source=doc_value(doc, "de_reference_date_source"))
        omap = offset_map(doc)
        dates = []
        seen = set()
        for s, e, info in sorted(_date_infos(doc), key=lambda t: (t[0], t[1])):
            if info is None or not info.value or (s, e) in seen:
                continue
            seen.add((s, e))
            if omap is not None:
                s, e = omap.span(s, e)
            dates.append(DateValue.trusted(text=text[s:e], start=s, end=e, value=info.value,
                                           value_end=info.value_end))
        org_country = {s.kb_id_: s.id_ for s in spans_of(doc, keys.ORGANIZATIONS)}
        # the public Officials are built here, once, from the typed info the pipeline left
        officials = [_official(o, text, omap) for o in doc_value(doc, "de_officials") or ()]
        result = Extraction.trusted(
            officials=officials,
            countries=[Country.trusted(code=code, name=country_name(code), mentions=ms)
                       for code, ms in _group(doc, keys.COUNTRIES, text, omap).items()],
            dates=dates,
            sectors=_sectors(doc, text, omap),
            # the organisations component gives each span its body's state (span id) from its lexicon
            organizations=[Organization.trusted(name=name, country=org_country.get(name) or None, mentions=ms)
                           for name, ms in _group(doc, keys.ORGANIZATIONS, text, omap).items()],
            reference_date=doc_value(doc, "de_reference_date"),
            reference_date_source=doc_value(doc, "de_reference_date_source"),
            error=None,
            text=text,
        )
        release_spans(doc)
        known = actors if actors is not None else getattr(self, "actors", None)
        if known is not None and len(known):
            known.apply(result, text)
        contractions = self._contractions()
        for o in result.officials:
            o.offices = distinct_offices(o.titles)
            # (a contraction kept as written, "Gen.", "Usec.", has the role of the office it stands for)
            o.roles = roles_of([contractions.get(t, t) for t in o.offices])
        return result

    def _contractions(self) -> dict[str, str]:
        """The titles' contractions ("Gen." -> "General", "Usec." -> "Undersecretary"; not acronyms
        such as "EAM"), read once from the titles component."""
        found = getattr(self, "_contraction_map", None)
        if found is None:
            lex = getattr(self.nlp.get_pipe("titles"), "lex", None) if "titles" in self.nlp.pipe_names else None
            found = {k: v for k, v in getattr(lex, "abbreviations", {}).items() if sum(c.isupper() for c in k) < 2}
            self._contraction_map = found
        return found


# the Extractor of a worker process of extract_many(n_process=N), set when the worker starts
_POOL_EXTRACTOR: Optional["Extractor"] = None


def _set_pool_extractor(extractor: "Extractor") -> None:
    global _POOL_EXTRACTOR
    _POOL_EXTRACTOR = extractor
    # what the worker inherited (the loaded pipeline) lives as long as it does: out of the
    # collector's sight, its passes stay short and do not touch (copy) the shared pages
    gc.freeze()


def _pool_chunk(chunk: list, default_ref, as_tuples: bool) -> bytes:
    """The results of one chunk, pickled here in the worker (see :func:`_unpack`)."""
    assert _POOL_EXTRACTOR is not None
    results = _POOL_EXTRACTOR._extract_chunk(chunk, default_ref, as_tuples)
    with gc_paused():
        return pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)


def _unpack(blob: bytes) -> list[Extraction]:
    """A chunk's results from a worker. They come as one pickle that is loaded here with the
    garbage collector paused: unpickling makes thousands of small objects, and the collector's
    passes over them cost the main process several times the unpickling itself (the main process
    was the bottleneck of two workers)."""
    with gc_paused():
        return pickle.loads(blob)


def _date_infos(doc: Doc) -> list[tuple[int, int, Any]]:
    """(start_char, end_char, DateInfo) of the date spans (``span._.de_date_info``)."""
    return [(span.start_char, span.end_char, span_value(span, "de_date_info")) for span in spans_of(doc, keys.DATES)]


def _triples(doc: Doc, key: str) -> list[tuple[int, int, str]]:
    """(start_char, end_char, kb_id) of the spans in ``doc.spans[key]``."""
    return [(span.start_char, span.end_char, span.kb_id_) for span in spans_of(doc, key)]


def _sectors(doc: Doc, text: str, omap: Optional[OffsetMap] = None) -> list[Sector]:
    """The sectors of ``doc``, in order of first mention, each with its label from the taxonomy the
    sectors component was configured with and the evidence of every mention."""
    from .sectors import sector_label

    if keys.SECTORS not in doc.spans:
        return []
    out: dict[str, Sector] = {}
    seen = set()

    def at(s: int, e: int) -> Mention:
        os_, oe = omap.span(s, e) if omap is not None else (s, e)
        return Mention.trusted(text[os_:oe], os_, oe)

    # each span read once into a tuple (its offsets are properties computed per access); a cue's
    # offsets are read from the token view (no Span made for it)
    view = token_view(doc)
    starts, lengths = view.starts, view.lengths
    user_data = doc.user_data
    rows = [(span.start_char, span.end_char, span.kb_id_) for span in spans_of(doc, keys.SECTORS)]
    rows.sort(key=lambda r: (r[0], -r[1]))
    for start, end, sid in rows:
        if not sid or (sid, start, end) in seen:
            continue
        seen.add((sid, start, end))
        info = user_data.get(("._.", "de_sector_evidence", start, end))  # span_value
        sector = out.get(sid)
        if sector is None:
            label = info.label if info is not None else sector_label(sid)
            sector = out[sid] = Sector.trusted(id=sid, label=label, mentions=[], evidence=[])
        m = at(start, end)
        sector.mentions.append(m)
        cue = None
        if info is not None and info.cue is not None:
            a, b = info.cue
            if b > a:
                cue = at(starts[a], starts[b - 1] + lengths[b - 1])
            else:
                c = doc[a:b]
                cue = at(c.start_char, c.end_char)
        sector.evidence.append(SectorEvidence.trusted(
            text=m.text, start=m.start, end=m.end, frame=info.frame if info is not None else "field name", cue=cue))
    return list(out.values())


def _official(info: OfficialInfo, text: str, omap: Optional[OffsetMap]) -> Official:
    """The public Official of what the pipeline found (``doc._.de_officials``), its mentions
    slicing the original ``text``."""
    return Official.trusted(
        id=info.id,
        name=info.name,
        aliases=list(info.aliases),
        titles=[_as_written(t, text) for t in info.titles],
        country=info.country,
        country_inferred=info.country_inferred,
        country_source=info.country_source,
        organization=info.organization,
        mentions=_mentions(info.mentions, text, omap),
    )


def _as_written(title: str, text: str) -> str:
    """A title as the original ``text`` writes it: the layout view reads lines in capitals in title
    case ("MINISTER OF STATE" as "Minister of State"); a title the text does not hold as read is
    given in capitals when the text holds it so."""
    if title in text:
        return title
    # (the view changes only words in capitals: the form in capitals is the one it read)
    upper = title.upper()
    return upper if upper != title and re.search(r"(?<!\w)" + re.escape(upper) + r"(?!\w)", text) else title


def _mentions(mentions: list[MentionSpan], text: str, omap: Optional[OffsetMap]) -> list[Mention]:
    """Mentions found on the recognition text as mentions of the original ``text``."""
    out = []
    for m in mentions:
        s, e = omap.span(m.start, m.end) if omap is not None else (m.start, m.end)
        out.append(Mention.trusted(text[s:e], s, e))
    return out


def _group(doc: Doc, key: str, text: str, omap: Optional[OffsetMap] = None) -> dict[str, list[Mention]]:
    """Spans of ``doc.spans[key]`` grouped by ``kb_id_``, in order of first mention (offsets and
    texts of the original ``text``)."""
    out: dict[str, list[Mention]] = {}
    seen = set()
    rtext = doc_text(doc)
    for s, e, kb in sorted(_triples(doc, key), key=lambda t: (t[0], -t[1])):
        ident = kb or rtext[s:e]
        if (ident, s, e) in seen:
            continue
        seen.add((ident, s, e))
        os_, oe = omap.span(s, e) if omap is not None else (s, e)
        out.setdefault(ident, []).append(Mention.trusted(text[os_:oe], os_, oe))
    return out
