"""The main text of an HTML page: the release or article, without the page around it.

Uses trafilatura (install the optional extra: ``pip install "dialogue-extract[html]"``), which
drops navigation, share buttons, related-article lists and reader comments, and reads the page's
publication date from its metadata (htmldate).

The page date is only a *fallback* reference date: a release usually opens with its own dateline
("New Delhi, 4 March 2024"), which the pipeline reads and which is more trustworthy than page
metadata (often the date of the last edit). :mod:`dialogue_extract.batch` therefore extracts an
HTML page without a reference date first and uses ``HtmlText.date`` only when the text gave none.

>>> page = html_main_text(open("release.html", encoding="utf-8").read())
>>> page.text, page.date, page.title
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional, Union

from .optional import MissingDependency, require

__all__ = ["HtmlText", "HtmlUnavailable", "html_main_text", "decode_html", "looks_like_html"]

#: Shown when the optional dependency is missing.
INSTALL_HINT = 'reading HTML needs trafilatura: pip install "dialogue-extract[html]"'

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START_RE = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


class HtmlUnavailable(MissingDependency):
    """trafilatura is not installed."""


@dataclass(frozen=True)
class HtmlText:
    """The main text of a page and what its metadata says."""

    text: str
    date: Optional[dt.date] = None
    title: Optional[str] = None
    url: Optional[str] = None
    #: "main" when the article was found, "fallback" when the whole page text was used.
    method: str = "main"


def looks_like_html(text: str) -> bool:
    """Whether a text starts like an HTML document (used for ``-`` / stdin input)."""
    return bool(_HTML_START_RE.match(text[:2000]))


def decode_html(data: bytes) -> str:
    """Bytes of a page -> str: UTF-8 (with or without BOM), else the charset the page declares.

    Raises ``UnicodeDecodeError`` (or ``LookupError`` for an unknown declared charset) when
    neither works.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as first:
        m = _CHARSET_RE.search(data[:4096])
        if not m:
            raise first
        charset = m.group(1).decode("ascii", "replace")
        if charset.lower().replace("-", "") in {"utf8"}:
            raise first
        return data.decode(charset)


def _trafilatura():
    try:
        return require("trafilatura", "Reading HTML")
    except MissingDependency as e:  # pragma: no cover - depends on the environment
        raise HtmlUnavailable(str(e)) from e


def _parse_date(value: object) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def html_main_text(html: Union[str, bytes], *, url: Optional[str] = None) -> HtmlText:
    """The main text, publication date and title of a page.

    Never raises on malformed markup: a page trafilatura cannot read as an article falls back to
    the visible text of the whole page (``method="fallback"``), and a page with no text at all
    gives ``text=""``. Raises :class:`HtmlUnavailable` when trafilatura is not installed.
    """
    traf = _trafilatura()
    if isinstance(html, (bytes, bytearray)):
        html = decode_html(bytes(html))
    if not html.strip():
        return HtmlText(text="", url=url, method="fallback")
    doc = None
    try:
        doc = traf.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
        )
    except Exception:  # malformed markup must not sink a batch
        doc = None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    date = _parse_date(getattr(doc, "date", None)) if doc is not None else None
    title = getattr(doc, "title", None) if doc is not None else None
    page_url = (getattr(doc, "url", None) if doc is not None else None) or url
    if text:
        return HtmlText(text=text, date=date, title=title, url=page_url, method="main")
    try:
        fallback = traf.html2txt(html) or ""
    except Exception:
        fallback = ""
    return HtmlText(text=fallback.strip(), date=date, title=title, url=page_url, method="fallback")
