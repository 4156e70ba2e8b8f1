"""The notebook view loads in a real browser (headless Chromium) with its highlight marks."""
from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dialogue_extract.notebook import render_html
from dialogue_extract.results import Country, DateValue, Extraction, Mention, Official, Sector

TEXT = (
    "Seoul, October 14, 2025\n"
    "Minister of Foreign Affairs Han Ji-woo received Foreign Secretary R. Malhotra of India. "
    "Han and Malhotra discussed shipbuilding & semiconductors <and> a visit by the Prime Minister."
)


def _browser() -> str | None:
    for candidate in ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(candidate) or (candidate if os.path.isfile(candidate) and os.access(candidate, os.X_OK) else None)
        if found:
            return found
    return None


BROWSER = _browser()
pytestmark = pytest.mark.skipif(BROWSER is None, reason="headless Chromium is not installed")


def _m(needle: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Mention(text=needle, start=start, end=start + len(needle))


def make_extraction() -> Extraction:
    d = "October 14, 2025"
    return Extraction(
        text=TEXT,
        officials=[
            Official(id="P1", name="Han Ji-woo", aliases=["Han"], titles=["Minister of Foreign Affairs"],
                     country="KOR", mentions=[_m("Han Ji-woo"), _m("Han", 1)]),
            Official(id="P2", name="R. Malhotra", aliases=["Malhotra"], titles=["Foreign Secretary"],
                     country="IND", mentions=[_m("R. Malhotra"), _m("Malhotra", 1)]),
        ],
        countries=[Country(code="IND", name="India", mentions=[_m("India")])],
        dates=[DateValue(text=d, start=TEXT.index(d), end=TEXT.index(d) + len(d), value="2025-10-14")],
        sectors=[Sector(id="maritime", label="Maritime", mentions=[_m("shipbuilding")]),
                 Sector(id="semiconductors", label="Semiconductors", mentions=[_m("semiconductors")])],
    )


class _DomMarks(HTMLParser):
    """(data-kind, own text) of every <mark> in a serialised DOM, and the page's visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._kind: str | None = None
        self._own: list[str] = []
        self._label_depth = 0
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "mark":
            self._kind, self._own, self._label_depth = dict(attrs).get("data-kind", ""), [], 0
        elif tag == "span" and self._kind is not None:
            self._label_depth += 1

    def handle_endtag(self, tag):
        if tag == "span" and self._kind is not None and self._label_depth:
            self._label_depth -= 1
        elif tag == "mark" and self._kind is not None:
            self.marks.append((self._kind, " ".join("".join(self._own).split())))
            self._kind = None

    def handle_data(self, data):
        self.text.append(data)
        if self._kind is not None and not self._label_depth:
            self._own.append(data)


def _dump_dom(path: Path, profile: Path) -> str:
    cmd = [
        BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        f"--user-data-dir={profile}", "--dump-dom", path.as_uri(),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture(scope="module")
def dom(tmp_path_factory) -> _DomMarks:
    tmp = tmp_path_factory.mktemp("html")
    page = tmp / "extraction.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>extraction</title></head><body>"
        + render_html(make_extraction()) + "</body></html>",
        encoding="utf-8",
    )
    parser = _DomMarks()
    parser.feed(_dump_dom(page, tmp / "profile"))
    return parser


@pytest.mark.parametrize(
    "kind, surface",
    [
        ("official", "Han Ji-woo"),
        ("official", "Malhotra"),
        ("title", "Minister of Foreign Affairs"),
        ("title", "Foreign Secretary"),
        ("country", "India"),
        ("date", "October 14, 2025"),
        ("sector", "shipbuilding"),
        ("sector", "semiconductors"),
    ],
)
def test_highlight_marks_in_the_dom(dom, kind, surface):
    assert (kind, surface) in dom.marks


def test_text_is_shown_literally_not_as_markup(dom):
    visible = "".join(dom.text)
    assert "<and>" in visible and "&" in visible
    assert "and" not in dom.tags


def test_officials_table_in_the_dom(dom):
    visible = " ".join("".join(dom.text).split())
    assert "Officials (2)" in visible
    assert "R. Malhotra" in visible and "Foreign Secretary" in visible
