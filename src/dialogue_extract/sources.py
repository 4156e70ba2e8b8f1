"""Reading batch inputs: folders, globs, ``.txt``/``.html`` files, ``.json`` and ``.jsonl`` records.

:func:`iter_sources` streams one :class:`SourceRecord` per document without decoding or parsing
anything heavy (so it is cheap and runs in the main process); :func:`prepare_text` turns a record
into the text the pipeline reads (decoding, HTML main text) and may raise
:class:`SourceProblem` with a reason, which batch processing records as that document's error.

Record fields in ``.json``/``.jsonl`` inputs: ``id`` (optional; default ``<path>:<line>`` or
``<path>#<index>``), ``text`` or ``html``, optional ``date`` (or ``reference_date``), ``url``.
A ``.json`` file holds one record or a list of records. File inputs get their path as id.
"""
from __future__ import annotations

import datetime as dt
import glob
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

from .extractor import surrogate_problem

__all__ = [
    "SourceRecord",
    "PreparedText",
    "SourceProblem",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "RECORD_SUFFIXES",
    "expand_inputs",
    "iter_sources",
    "prepare_text",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
_GLOB_CHARS = set("*?[")
#: A file (or a ``.jsonl`` line) larger than this is an error record, never read whole.
MAX_FILE_BYTES = 40_000_000  # 4 bytes per character of extract's 10,000,000-character limit
#: The limit for a ``.json`` file holding a list of records (read whole).
MAX_RECORDS_FILE_BYTES = 512 * 1024 * 1024


class SourceProblem(ValueError):
    """A document that cannot be read; the message is the reason recorded for it."""


@dataclass
class SourceRecord:
    """One document as found in the inputs, before decoding."""

    id: str
    path: str
    kind: str = "text"  # "text" or "html"
    content: Union[str, bytes, None] = None
    line: Optional[int] = None  # 1-based line of a .jsonl file
    index: Optional[int] = None  # position in a .json list
    url: Optional[str] = None
    date: Optional[str] = None
    error: Optional[str] = None  # set when the record itself is unusable
    content_sha256: Optional[str] = None  # of a file's content and name: the same file by another path

    def source(self) -> dict[str, Any]:
        """Where the document came from, as written to ``documents.jsonl``."""
        out: dict[str, Any] = {"path": self.path}
        if self.line is not None:
            out["line"] = self.line
        if self.index is not None:
            out["index"] = self.index
        return out


@dataclass
class PreparedText:
    """The text the pipeline reads, and what the input said about it."""

    text: str
    text_source: str  # "text" or "html_main_text"
    page_date: Optional[dt.date] = None
    title: Optional[str] = None
    url: Optional[str] = None
    extra: dict[str, Any] = field(default_factory=dict)


# -- finding the files ----------------------------------------------------------------------------
def _inside(p: Path, folder: Optional[Path]) -> bool:
    """Whether ``p`` is ``folder`` or lies under it (both resolved; symlinks followed)."""
    if folder is None:
        return False
    try:
        rp = p.resolve()
    except (OSError, RuntimeError):
        return False
    return rp == folder or folder in rp.parents


def expand_inputs(inputs: Iterable[Union[str, os.PathLike]], *,
                  exclude: Optional[Union[str, os.PathLike]] = None) -> Iterator[Path]:
    """Files named by ``inputs``: files as given, folders recursively (known suffixes only,
    sorted), globs expanded (``**`` allowed). Raises ``FileNotFoundError`` for an input that
    names nothing. ``-`` is passed through (stdin). Nothing at or under the folder ``exclude``
    (a batch's output folder) is ever yielded."""
    ex = Path(exclude).resolve() if exclude is not None else None
    for item in inputs:
        s = os.fspath(item)
        if s == "-":
            yield Path("-")
            continue
        p = Path(s)
        if p.is_dir():
            yield from _walk(p, ex)
        elif p.is_file() or (p.exists() and not _GLOB_CHARS & set(s)):  # a FIFO, a device: an error record
            if not _inside(p, ex):
                yield p
        elif _GLOB_CHARS & set(s):
            matched = False
            for m in sorted(_iglob(s)):
                mp = Path(m)
                if mp.is_dir():
                    yield from _walk(mp, ex)
                    matched = True
                elif mp.is_file():
                    if not _inside(mp, ex):
                        yield mp
                    matched = True
            if not matched:
                raise FileNotFoundError(f"no file matches {s!r}")
        else:
            raise FileNotFoundError(f"no such file or folder: {s!r}")


def _glob_regex(pattern: str) -> "re.Pattern[str]":
    """A regex for a glob pattern where ``**`` spans folders and ``*``/``?`` stay in one."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[" and "]" in pattern[i + 2:]:
            j = pattern.index("]", i + 2)
            body = pattern[i + 1:j]
            out.append("[" + ("^" + re.escape(body[1:]) if body[:1] == "!" else re.escape(body)) + "]")
            i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out))


def _iglob(pattern: str) -> Iterator[str]:
    """``glob.iglob``, except that ``**`` walks folders without following symbolic links (a
    link loop cannot make it run forever) and skips hidden entries."""
    if "**" not in pattern:
        yield from glob.iglob(pattern, recursive=True)
        return
    head = pattern[:min(pattern.index(ch) for ch in _GLOB_CHARS if ch in pattern)]
    root = head[:head.rfind("/") + 1] if "/" in head else ""
    regex = _glob_regex(pattern)
    for dirpath, dirs, files in os.walk(root or ".", followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = dirpath if root else os.path.relpath(dirpath, ".")
        base = "" if base == "." and not root else base
        for name in dirs + files:
            if name.startswith("."):
                continue
            cand = f"{base.rstrip('/')}/{name}" if base else name
            if regex.fullmatch(cand):
                yield cand


def _walk(folder: Path, exclude: Optional[Path] = None) -> Iterator[Path]:
    if _inside(folder, exclude):
        return
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _inside(Path(root) / d, exclude))
        for name in sorted(files):
            if name.startswith("."):
                continue
            p = Path(root) / name
            if p.suffix.lower() in KNOWN_SUFFIXES:
                yield p


# -- records --------------------------------------------------------------------------------------
def source_id(path: Path) -> str:
    """The id of a file whatever way its path was typed: relative to the working folder when it
    lies under it ("releases/a.txt" for "./releases/a.txt" and "/home/me/releases/a.txt"), else
    absolute; symbolic links are not resolved, so a link keeps its own name."""
    absolute = Path(os.path.normpath(os.path.abspath(path)))
    try:
        return absolute.relative_to(Path(os.path.normpath(os.getcwd()))).as_posix()
    except ValueError:
        return absolute.as_posix()


def iter_sources(inputs: Iterable[Union[str, os.PathLike]], *, stdin: Any = None,
                 exclude: Optional[Union[str, os.PathLike]] = None) -> Iterator[SourceRecord]:
    """One :class:`SourceRecord` per document in ``inputs``, lazily (memory stays flat); nothing
    under the folder ``exclude`` is read."""
    for path in expand_inputs(inputs, exclude=exclude):
        if str(path) == "-":
            import sys

            data = (stdin or sys.stdin.buffer).read()
            yield SourceRecord(id="-", path="-", kind="auto", content=data)
            continue
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            yield from _iter_jsonl(path)
        elif suffix == ".json":
            yield from _iter_json(path)
        else:
            kind = "html" if suffix in HTML_SUFFIXES else "text"
            sid = source_id(path)
            try:
                data = _read_regular(path)
            except (OSError, SourceProblem) as e:
                reason = str(e) if isinstance(e, SourceProblem) else f"cannot read file: {e}"
                yield SourceRecord(id=sid, path=sid, kind=kind, error=reason)
                continue
            yield SourceRecord(id=sid, path=sid, kind=kind, content=data)


def _check_regular(path: Path) -> None:
    """Raise :class:`SourceProblem` for anything but a regular file (a FIFO, a device such as
    ``/dev/zero``, a socket): reading those could block or never end."""
    st = os.stat(path)  # follows symbolic links; a link loop raises OSError
    if not stat.S_ISREG(st.st_mode):
        what = ("a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode)
                or stat.S_ISBLK(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a file")
        raise SourceProblem(f"not a regular file ({what}); skipped")


def _read_regular(path: Path, cap: Optional[int] = None) -> bytes:
    """The bytes of a regular file of at most ``cap`` bytes (default :data:`MAX_FILE_BYTES`)."""
    cap = MAX_FILE_BYTES if cap is None else cap
    _check_regular(path)
    with path.open("rb") as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise SourceProblem(f"file is larger than the {cap:,}-byte limit for one document; skipped")
    return data


def _iter_jsonl(path: Path) -> Iterator[SourceRecord]:
    sp = source_id(path)
    try:
        _check_regular(path)
        fh = path.open("rb")
    except (OSError, SourceProblem) as e:
        reason = str(e) if isinstance(e, SourceProblem) else f"cannot read file: {e}"
        yield SourceRecord(id=sp, path=sp, error=reason)
        return
    with fh:
        lineno = 0
        while True:
            raw = fh.readline(MAX_FILE_BYTES + 1)
            if not raw:
                break
            lineno += 1
            if len(raw) > MAX_FILE_BYTES and not raw.endswith(b"\n"):
                yield SourceRecord(id=f"{sp}:{lineno}", path=sp, line=lineno,
                                   error=f"line is longer than the {MAX_FILE_BYTES:,}-byte limit for one document")
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line, bounded memory
                    raw = fh.readline(1 << 20)
                continue
            if not raw.strip():
                continue
            default_id = f"{sp}:{lineno}"
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError as e:
                yield SourceRecord(id=default_id, path=sp, line=lineno, error=f"line is not valid UTF-8: {e}")
                continue
            except json.JSONDecodeError as e:
                yield SourceRecord(id=default_id, path=sp, line=lineno, error=f"line is not valid JSON: {e}")
                continue
            yield _record_from_obj(obj, default_id, sp, line=lineno)


def _iter_json(path: Path) -> Iterator[SourceRecord]:
    sp = source_id(path)
    try:
        obj = json.loads(_read_regular(path, MAX_RECORDS_FILE_BYTES).decode("utf-8-sig"))
    except OSError as e:
        yield SourceRecord(id=sp, path=sp, error=f"cannot read file: {e}")
        return
    except SourceProblem as e:
        yield SourceRecord(id=sp, path=sp, error=str(e))
        return
    except UnicodeDecodeError as e:
        yield SourceRecord(id=sp, path=sp, error=f"file is not valid UTF-8: {e}")
        return
    except json.JSONDecodeError as e:
        yield SourceRecord(id=sp, path=sp, error=f"file is not valid JSON: {e}")
        return
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            yield _record_from_obj(item, f"{sp}#{i}", sp, index=i)
    else:
        yield _record_from_obj(obj, sp, sp)


def _record_from_obj(obj: Any, default_id: str, path: str, *, line: Optional[int] = None,
                     index: Optional[int] = None) -> SourceRecord:
    rec = SourceRecord(id=default_id, path=path, line=line, index=index)
    if not isinstance(obj, dict):
        rec.error = f"record is a JSON {type(obj).__name__}, not an object"
        return rec
    if obj.get("id") not in (None, ""):
        rec.id = str(obj["id"])
    url = obj.get("url")
    rec.url = str(url) if url else None
    date = obj.get("date", obj.get("reference_date"))
    rec.date = str(date) if date else None
    for name in ("id", "url", "date"):
        value = getattr(rec, name)
        problem = surrogate_problem(value) if value else None
        if problem:  # keep the record writable: escape the bad character, say where it was
            setattr(rec, name, value.encode("utf-8", "backslashreplace").decode("utf-8"))
            rec.error = f"record's {name!r}: {problem.replace('text contains', 'contains')}"
            return rec
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str):
        rec.kind, rec.content = "text", text
    elif isinstance(html, str):
        rec.kind, rec.content = "html", html
    elif text is None and html is None:
        rec.error = "record has no 'text' or 'html' field"
    else:
        rec.error = "record's 'text'/'html' is not a string"
    return rec


#: An HTML tag longer than this (thousands of attributes) makes the page an error record.
MAX_TAG_CHARS = 65_536
_HUGE_TAG = re.compile(r"<[^<>]{%d,}" % MAX_TAG_CHARS)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _max_depth(html: str) -> int:
    """How deep the elements of ``html`` nest (a linear scan of its tags)."""
    depth = best = 0
    for m in _TAG.finditer(html):
        if m.group(3) or m.group(2).lower() in _VOID:
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            best = max(best, depth)
    return best


# -- text -----------------------------------------------------------------------------------------
def prepare_text(record: SourceRecord) -> PreparedText:
    """Decode a record and, for HTML, take the page's main text. Raises :class:`SourceProblem`."""
    if record.error:
        raise SourceProblem(record.error)
    content = record.content
    kind = record.kind
    if content is None:
        raise SourceProblem("no content")
    if kind == "auto":
        kind = "text"
        if isinstance(content, bytes):
            from .html import looks_like_html

            head = content[:2000].decode("utf-8", "ignore")
            kind = "html" if looks_like_html(head) else "text"
        else:
            from .html import looks_like_html

            kind = "html" if looks_like_html(content) else "text"
    if kind == "html":
        from .html import HtmlUnavailable, decode_html, html_main_text

        if isinstance(content, str) and surrogate_problem(content):
            raise SourceProblem(f"HTML {surrogate_problem(content)}")

        if isinstance(content, bytes):
            try:
                content = decode_html(content)
            except (UnicodeDecodeError, LookupError) as e:
                raise SourceProblem(f"HTML is not valid UTF-8 and declares no usable charset: {e}") from None
        if not content.strip():
            raise SourceProblem("empty document")
        huge = _HUGE_TAG.search(content)
        if huge is not None:
            raise SourceProblem(f"HTML tag at position {huge.start()} is {huge.end() - huge.start():,} characters "
                                f"long (limit {MAX_TAG_CHARS:,}: thousands of attributes?); skipped")
        try:
            page = html_main_text(content, url=record.url)
        except HtmlUnavailable:
            raise
        if not page.text.strip():
            depth = _max_depth(content)
            if depth > 255:
                raise SourceProblem(f"HTML is nested {depth:,} elements deep; the HTML parser reads at most "
                                    f"255 levels, so no text was found")
            raise SourceProblem("HTML page has no text")
        return PreparedText(text=page.text, text_source="html_main_text", page_date=page.date,
                            title=page.title, url=record.url or page.url,
                            extra={"html_method": page.method})
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise SourceProblem(f"file is not valid UTF-8: {e}") from None
    problem = surrogate_problem(content)
    if problem:
        raise SourceProblem(problem)
    if "\x00" in content:
        raise SourceProblem("document contains NUL bytes (binary file?)")
    if not content.strip():
        raise SourceProblem("empty document")
    return PreparedText(text=content, text_source="text", url=record.url)
