"""The notebook view of an extraction: highlighted text (displaCy) and summary tables.

``Extraction._repr_html_`` calls :func:`render_html`, so a result shown in Jupyter displays the
release with officials, titles, countries, dates, sectors and organisations highlighted in
distinct colours, followed by a table of officials and a one-line-per-kind summary. An
Extraction loaded from JSON has no text; it is shown as tables only.

Everything taken from the text or the result is HTML-escaped.
"""
from __future__ import annotations

import bisect
import re
from html import escape
from typing import Any, Iterable, NamedTuple, Optional

from .results import Extraction, register_view

__all__ = ["COLORS", "KINDS", "Highlight", "highlights", "render_html", "render_text", "render_tables"]

#: Highlight kinds, from the highest priority to the lowest: where two overlap, the lower one
#: keeps only the parts of its span outside the higher one.
KINDS = ("OFFICIAL", "COUNTRY", "DATE", "SECTOR", "TITLE", "ORG")

#: Background colour of each kind (passed to displaCy as ``options["colors"]``).
COLORS = {
    "OFFICIAL": "#f9c97c",
    "TITLE": "#fde9b8",
    "COUNTRY": "#9fd3f5",
    "DATE": "#c7e9b0",
    "SECTOR": "#e0c3f0",
    "ORG": "#d9d9d9",
}

_KIND_NAMES = {
    "OFFICIAL": "official",
    "TITLE": "title",
    "COUNTRY": "country",
    "DATE": "date",
    "SECTOR": "sector",
    "ORG": "organisation",
}

# displaCy's entity template with a CSS class and data attribute per kind and a tooltip.
_TEMPLATE = (
    '<mark class="entity de-{kind}" data-kind="{kind}" title="{tooltip}" style="background: {bg}; color: #111; '
    'padding: 0.2em 0.35em; margin: 0 0.1em; line-height: 1; border-radius: 0.35em;">{text}'
    '<span style="font-size: 0.7em; font-weight: bold; line-height: 1; vertical-align: middle; '
    'margin-left: 0.35rem">{label}{kb_link}</span></mark>'
)

# Characters and connector words trimmed from the ends of a piece of a cut span.
_EDGE = re.compile(
    r"^(?:[\s\W]|(?:of|the|and|for|in|on|at|to|'s)\b)+|(?:[\s\W]|\b(?:of|the|and|for|in|on|at|to|'s))+$",
    re.IGNORECASE,
)

_TABLE_STYLE = (
    "border-collapse: collapse; font-size: 0.85em; margin: 0.6em 0; text-align: left;"
)
_CELL_STYLE = "border: 1px solid #ddd; padding: 0.25em 0.5em; vertical-align: top; text-align: left;"


class Highlight(NamedTuple):
    """One highlighted stretch of text."""

    start: int
    end: int
    kind: str  # one of KINDS
    note: str  # shown next to the label and as a tooltip (e.g. the ISO code or date value)
    detail: str = ""  # added to the tooltip only (e.g. the frame that licensed a sector)


# ----------------------------------------------------------------------------------------------
# highlights: plain functions over offsets
# ----------------------------------------------------------------------------------------------
def _valid(text: str, start: int, end: int, surface: Optional[str]) -> bool:
    if not (0 <= start < end <= len(text)):
        return False
    return surface is None or text[start:end] == surface


def title_spans(text: str, titles: Iterable[str]) -> list[tuple[int, int, str]]:
    """Every whole-word, case-sensitive occurrence of the given titles in ``text``.

    Longer titles win where they overlap shorter ones (one compiled regex, longest first).
    """
    uniq = sorted({t.strip() for t in titles if t and t.strip()}, key=len, reverse=True)
    if not uniq:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in uniq) + r")(?!\w)")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _raw_highlights(ex: Extraction, text: str, with_titles: bool) -> list[Highlight]:
    out: list[Highlight] = []

    def add(kind: str, note: str, mentions: Iterable[Any]) -> None:
        for m in mentions:
            if _valid(text, m.start, m.end, m.text):
                out.append(Highlight(m.start, m.end, kind, note))

    title_of: dict[str, str] = {}
    for o in ex.officials:
        bits = [o.name]
        if o.titles:
            bits.append(", ".join(o.titles))
        if o.country:
            bits.append(f"{o.country} (guess)" if o.country_inferred else o.country)
        add("OFFICIAL", " · ".join(bits), o.mentions)
        for t in o.titles:
            title_of.setdefault(t.strip(), o.name)
    for c in ex.countries:
        add("COUNTRY", c.code, c.mentions)
    for d in ex.dates:
        if _valid(text, d.start, d.end, d.text):
            out.append(Highlight(d.start, d.end, "DATE", f"{d.value}/{d.value_end}" if d.value_end else d.value))
    for s in ex.sectors:
        why = {(e.start, e.end): e for e in s.evidence}
        for m in s.mentions:
            if _valid(text, m.start, m.end, m.text):
                out.append(Highlight(m.start, m.end, "SECTOR", s.label or s.id, _sector_detail(why.get((m.start, m.end)))))
    for org in ex.organizations:
        add("ORG", org.country or "", org.mentions)
    if with_titles and title_of:
        for start, end, surface in title_spans(text, title_of):
            out.append(Highlight(start, end, "TITLE", title_of.get(surface, "")))
    return out


def _sector_detail(evidence: Any) -> str:
    """Why a sector mention counts, for its tooltip: "frame: agreement (“agreed”)" or
    "frame: field name"."""
    if evidence is None:
        return ""
    cue = getattr(evidence, "cue", None)
    return f"frame: {evidence.frame}" + (f" (“{cue.text}”)" if cue is not None else "")


def _trim(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """Shrink [start, end) past whitespace, punctuation and connector words at its ends."""
    piece = text[start:end]
    m = _EDGE.match(piece)
    lead = m.end() if m else 0
    tail = _EDGE.search(piece, lead)
    stop = tail.start() if tail else len(piece)
    if stop - lead < 2 or not any(ch.isalnum() for ch in piece[lead:stop]):
        return None
    return start + lead, start + stop


def resolve_overlaps(items: Iterable[Highlight], text: str) -> list[Highlight]:
    """Non-overlapping highlights in text order.

    Kinds earlier in :data:`KINDS` are placed first (longer spans first within a kind); a
    later span that overlaps placed ones keeps the uncovered pieces, trimmed of spaces,
    punctuation and connector words (a title around a country name keeps its own words).
    """
    rank = {k: i for i, k in enumerate(KINDS)}
    order = sorted(set(items), key=lambda h: (rank.get(h.kind, len(KINDS)), h.start - h.end, h.start))
    placed: list[tuple[int, int]] = []  # sorted, disjoint
    out: list[Highlight] = []
    for h in order:
        # placed spans are disjoint, so their ends are sorted too: start one before the bisect
        j = max(0, bisect.bisect_left(placed, (h.start, -1)) - 1)
        cut: list[tuple[int, int]] = []
        cur, e = h.start, h.end
        while j < len(placed) and placed[j][0] < e:
            ps, pe = placed[j]
            if pe > cur:
                if ps > cur:
                    cut.append((cur, ps))
                cur = pe
            j += 1
        if cur < e:
            cut.append((cur, e))
        whole = cut == [(h.start, h.end)]
        for s, e in cut:
            span = (s, e) if whole else _trim(text, s, e)
            if span is None:
                continue
            bisect.insort(placed, span)
            out.append(Highlight(span[0], span[1], h.kind, h.note, h.detail))
    out.sort(key=lambda h: (h.start, h.end))
    return out


def highlights(ex: Extraction, text: Optional[str] = None, *, titles: bool = True) -> list[Highlight]:
    """The non-overlapping highlights of ``ex`` over ``text`` (default ``ex.text``).

    Mentions whose offsets do not slice ``text`` to their own text are skipped. Titles are
    found by searching the text for each official's title strings (``titles=False`` skips them).
    """
    text = ex.text if text is None else text
    if not text:
        return []
    return resolve_overlaps(_raw_highlights(ex, text, titles), text)


# ----------------------------------------------------------------------------------------------
# HTML
# ----------------------------------------------------------------------------------------------
def render_text(ex: Extraction, text: Optional[str] = None, *, titles: bool = True) -> str:
    """The highlighted release as HTML (displaCy's entity renderer, offsets from ``ex``)."""
    text = ex.text if text is None else text
    if not text:
        return ""
    return _displacy(text, highlights(ex, text, titles=titles))


def _displacy(text: str, hl: list[Highlight]) -> str:
    from spacy import displacy

    ents = []
    for h in hl:
        note = escape(h.note)
        tooltip = escape(f"{h.note} · {h.detail}" if h.detail else h.note)
        ents.append({
            "start": h.start,
            "end": h.end,
            "label": h.kind,
            "params": {
                "kind": _KIND_NAMES[h.kind],
                "tooltip": tooltip,
                "kb_link": f' <span style="font-weight: normal">{note}</span>' if note and h.kind not in ("OFFICIAL", "TITLE") else "",
            },
        })
    return displacy.render(
        {"text": text, "ents": ents, "title": None},
        style="ent",
        manual=True,
        jupyter=False,
        options={"colors": COLORS, "template": _TEMPLATE},
    )


def _legend(kinds: Iterable[str]) -> str:
    present = set(kinds)
    chips = "".join(
        f'<span class="de-legend-{_KIND_NAMES[k]}" style="background: {COLORS[k]}; color: #111; padding: 0.1em 0.5em; '
        f'margin-right: 0.4em; border-radius: 0.35em;">{_KIND_NAMES[k]}</span>'
        for k in KINDS if k in present
    )
    return f'<div class="de-legend" style="font-size: 0.8em; margin: 0.3em 0;">{chips}</div>' if chips else ""


def _table(caption: str, css: str, header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f'<th style="{_CELL_STYLE}">{escape(h)}</th>' for h in header)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_CELL_STYLE}">{escape(c)}</td>' for c in row) + "</tr>" for row in rows
    )
    return (
        f'<table class="{css}" style="{_TABLE_STYLE}">'
        f'<caption style="text-align: left; font-weight: bold;">{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _country_origin(o: Any) -> str:
    """Where an official's country came from, as the table shows it ("header (guess)")."""
    if not o.country:
        return ""
    source = o.country_source or ""
    return f"{source} (guess)" if o.country_inferred else source


def render_tables(ex: Extraction) -> str:
    """The officials table and a compact summary of countries, dates, sectors, organisations."""
    parts = []
    if ex.officials:
        rows = [
            [o.name, "; ".join(o.offices or o.titles), o.country or "", _country_origin(o), o.organization or "",
             "; ".join(o.aliases), str(len(o.mentions))]
            for o in ex.officials
        ]
        parts.append(_table(f"Officials ({len(rows)})", "de-officials",
                            ["Name", "Offices", "Country", "Country from", "Organisation", "Also written", "Mentions"],
                            rows))
    else:
        parts.append('<p class="de-officials-empty" style="font-size: 0.85em;"><b>Officials:</b> none found</p>')

    def dates() -> str:  # distinct values, in text order
        values = (f"{d.value}–{d.value_end}" if d.value_end else d.value
                  for d in sorted(ex.dates, key=lambda d: d.start))
        return ", ".join(dict.fromkeys(values))

    summary = [
        ["Countries", ", ".join(f"{c.name} ({c.code})" for c in ex.countries)],
        ["Dates", dates()],
        ["Sectors", ", ".join(s.label for s in ex.sectors)],
        ["Organisations", ", ".join(o.name for o in ex.organizations)],
    ]
    if ex.reference_date:
        source = f" ({ex.reference_date_source})" if ex.reference_date_source else ""
        summary.append(["Reference date", ex.reference_date.isoformat() + source])
    parts.append(_table("Summary", "de-summary", ["Kind", "Values"], [r for r in summary if r[1]] or [["", "nothing found"]]))
    return "".join(parts)


def render_html(ex: Extraction, *, titles: bool = True) -> str:
    """The whole notebook view of one extraction as an HTML fragment.

    With the text: legend, highlighted release, then the tables; without it (an Extraction
    loaded from JSON): the tables only. An extraction that failed shows its error.
    """
    parts = ['<div class="dialogue-extract" style="font-family: sans-serif;">']
    if ex.error:
        parts.append(f'<p class="de-error" style="color: #a00;"><b>Error:</b> {escape(ex.error)}</p>')
    if ex.text:
        hl = highlights(ex, titles=titles)
        parts.append(_legend(h.kind for h in hl))
        parts.append(
            # the whole text, no scroll box: static exports (nbconvert, PDF) show all of it
            '<div class="de-text" style="border: 1px solid #ccc; padding: 0.5em; line-height: 2;">'
            + _displacy(ex.text, hl) + "</div>"
        )
    parts.append(render_tables(ex))
    parts.append("</div>")
    return "".join(parts)


register_view("html", render_html)  # Extraction._repr_html_ (Jupyter)
