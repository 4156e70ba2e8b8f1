"""The notebook view: highlights and HTML rendering (dialogue_extract.notebook)."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_extract import notebook
from dialogue_extract.notebook import Highlight, highlights, render_html, resolve_overlaps, title_spans
from helpers import mention_at

from dialogue_extract.results import Country, DateValue, Extraction, Mention, Official, Organization, Sector

TEXT = (
    "Tokyo, April 9, 2025. The Minister for Foreign Affairs of Japan, Mr. SATO Ken, met "
    "Vice Minister Lee Han-sol. SATO and Lee discussed trade and health.\n"
    "A second paragraph mentions Japan again."
)


_m = mention_at


def make_extraction(text: str = TEXT) -> Extraction:
    return Extraction(
        text=text,
        officials=[
            Official(id="P1", name="SATO Ken", aliases=["SATO"], titles=["Minister for Foreign Affairs of Japan"],
                     country="JPN", mentions=[_m(text, "SATO Ken"), _m(text, "SATO", 1)]),
            Official(id="P2", name="Lee Han-sol", aliases=["Lee"], titles=["Vice Minister"], country="KOR",
                     mentions=[_m(text, "Lee Han-sol"), _m(text, "Lee", 1)]),
        ],
        countries=[Country(code="JPN", name="Japan", mentions=[_m(text, "Japan"), _m(text, "Japan", 1)])],
        dates=[DateValue(text="April 9, 2025", start=text.index("April"), end=text.index("April") + 13,
                         value="2025-04-09")],
        sectors=[Sector(id="trade", label="Trade", mentions=[_m(text, "trade")]),
                 Sector(id="health", label="Health", mentions=[_m(text, "health")])],
    )


class _Marks(HTMLParser):
    """Collects (data-kind, text) of every <mark> in rendered HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[list[str]] = []
        self._in: list[bool] = []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.marks.append([dict(attrs).get("data-kind", ""), ""])
            self._depth = 0
        elif self.marks and tag == "span":
            self._depth += 1

    def handle_endtag(self, tag):
        if tag == "span" and self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self.marks and self._depth == 0 and self.marks[-1][1] == "":
            self.marks[-1][1] = data.strip()


def _marks(html: str) -> list[list[str]]:
    p = _Marks()
    p.feed(html)
    return p.marks


def test_highlights_cover_every_kind():
    kinds = {h.kind for h in highlights(make_extraction())}
    assert kinds == {"OFFICIAL", "TITLE", "COUNTRY", "DATE", "SECTOR"}


def test_highlights_are_disjoint_and_slice_the_text():
    ex = make_extraction()
    hl = highlights(ex)
    for a, b in zip(hl, hl[1:]):
        assert a.end <= b.start
    surfaces = {(h.kind, ex.text[h.start:h.end]) for h in hl}
    assert ("OFFICIAL", "SATO Ken") in surfaces
    assert ("DATE", "April 9, 2025") in surfaces


def test_title_around_a_country_keeps_its_own_words():
    ex = make_extraction()
    surfaces = [ex.text[h.start:h.end] for h in highlights(ex) if h.kind == "TITLE"]
    assert "Minister for Foreign Affairs" in surfaces  # "of Japan" is the country's highlight
    assert "Vice Minister" in surfaces


def test_titles_can_be_switched_off():
    assert all(h.kind != "TITLE" for h in highlights(make_extraction(), titles=False))


@pytest.mark.parametrize(
    "mention",
    [
        Mention(text="Japan", start=0, end=5),          # offsets that do not slice to the text
        Mention(text="Japan", start=9990, end=9995),    # beyond the end
    ],
)
def test_bad_offsets_are_skipped(mention):
    ex = Extraction(text=TEXT, countries=[Country(code="JPN", name="Japan", mentions=[mention])])
    assert highlights(ex) == []


@pytest.mark.parametrize(
    "text, titles, expected",
    [
        ("Vice Minister and Minister", ["Minister", "Vice Minister"], ["Vice Minister", "Minister"]),
        ("Ministerial meeting", ["Minister"], []),
        ("the Prime Minister.", ["Prime Minister", ""], ["Prime Minister"]),
        ("nothing here", [], []),
    ],
)
def test_title_spans(text, titles, expected):
    assert [s for _, _, s in title_spans(text, titles)] == expected


def test_render_html_marks_every_kind_in_order():
    html = render_html(make_extraction())
    marks = _marks(html)
    kinds = [k for k, _ in marks]
    assert {"official", "title", "country", "date", "sector"} <= set(kinds)
    assert ["official", "SATO Ken"] in marks
    assert ["sector", "health"] in marks
    assert "<br>" in html  # line breaks kept
    assert 'class="de-officials"' in html


def test_repr_html_delegates():
    ex = make_extraction()
    assert ex._repr_html_() == render_html(ex)


def test_without_text_renders_tables_only():
    ex = Extraction.model_validate(json.loads(make_extraction().model_dump_json()))
    assert ex.text is None
    html = render_html(ex)
    assert "<mark" not in html
    assert "SATO Ken" in html and "Japan (JPN)" in html and "2025-04-09" in html


def test_empty_and_failed_extractions():
    assert "none found" in render_html(Extraction())
    html = render_html(Extraction(error="ValueError: <bad>"))
    assert "ValueError: &lt;bad&gt;" in html


def test_html_is_escaped():
    evil = '<script>alert("x")</script> met <b>Ana</b> & co in "France".'
    ex = Extraction(
        text=evil,
        officials=[Official(id="P1", name="<b>Ana</b>", titles=['<img src=x onerror="y">'],
                            organization="<i>Org</i>", aliases=["<u>A</u>"],
                            mentions=[_m(evil, "<b>Ana</b>")])],
        countries=[Country(code='"><x>', name="<France>", mentions=[_m(evil, "France")])],
        organizations=[Organization(name="<script>bad()</script>")],
    )
    html = render_html(ex)
    assert "<script" not in html and "<b>" not in html and "<img" not in html
    assert "<x>" not in html and "<i>" not in html and "<u>" not in html
    assert "&lt;script&gt;" in html


def test_resolve_overlaps_priority():
    text = "Foreign Ministry of India"
    items = [Highlight(0, 25, "ORG", ""), Highlight(20, 25, "COUNTRY", "IND")]
    out = resolve_overlaps(items, text)
    assert [(text[h.start:h.end], h.kind) for h in out] == [("Foreign Ministry", "ORG"), ("India", "COUNTRY")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 80), st.integers(1, 20), st.sampled_from(notebook.KINDS)), max_size=15))
def test_resolve_overlaps_disjoint_and_within(spans):
    text = "word " * 20
    items = [Highlight(s, min(s + n, len(text)), k, "") for s, n, k in spans if s < len(text)]
    out = resolve_overlaps(items, text)
    for a, b in zip(out, out[1:]):
        assert a.end <= b.start
    for h in out:
        assert any(i.start <= h.start and h.end <= i.end and i.kind == h.kind for i in items)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_any_text_renders_escaped(text):
    ex = Extraction(text=text)
    html = render_html(ex)
    assert "<script" not in html.lower() or "<script" not in text.lower()
    assert not re.search(r"<(?!/?(div|span|mark|br|table|caption|thead|tbody|tr|th|td|p|b)\b)", html)


def test_sector_marks_name_the_frame_that_licensed_them():
    import dialogue_extract

    text = "The two sides agreed to build roads. They also spoke of renewable energy."
    html = render_html(dialogue_extract.extract(text))
    titles = re.findall(r'<mark[^>]*data-kind="sector"[^>]*title="([^"]*)"', html)
    assert "Connectivity and infrastructure · frame: agreement (“agreed”)" in titles
    assert "Renewable energy · frame: field name" in titles
    sector = [h for h in highlights(dialogue_extract.extract(text)) if h.kind == "SECTOR"]
    assert [h.detail for h in sector] == ["frame: agreement (“agreed”)", "frame: field name"]
