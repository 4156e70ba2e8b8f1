"""HTML main text: navigation, share buttons, related lists and comments are dropped."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("trafilatura")

from dialogue_extract.html import decode_html, html_main_text, looks_like_html  # noqa: E402

BODY = ("The Minister of Foreign Affairs received the visiting Deputy Prime Minister at the ministry "
        "and the two sides discussed cooperation in energy, trade and the digital economy.")
PAGE = f"""<!DOCTYPE html><html><head><title>Ministers discuss energy cooperation</title>
<meta property="article:published_time" content="2023-09-14T10:00:00+00:00"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">Newsroom</a></li>
<li><a href="/contact">Contact us</a></li></ul></nav></header>
<main><article><h1>Ministers discuss energy cooperation</h1>
<p>{BODY}</p><p>They agreed to meet again next year to review the progress of the joint working groups.</p>
</article>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Harbour project opens to traffic</a></li>
<li><a href="/b">Budget session begins</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Zelda Quimby wrote: what a wonderful visit, I hope it brings jobs here.</p></div>
</section></main><footer>Copyright Example Ministry</footer></body></html>"""


def test_main_text_keeps_article_drops_page_furniture():
    page = html_main_text(PAGE)
    assert BODY in page.text
    for noise in ("Newsroom", "Contact us", "Share on Facebook", "Zelda Quimby", "Copyright"):
        assert noise not in page.text
    assert page.method == "main"


def test_page_date_and_title():
    page = html_main_text(PAGE)
    assert page.date == dt.date(2023, 9, 14)
    assert page.title == "Ministers discuss energy cooperation"


@pytest.mark.parametrize("html", [
    "", "   ", "<html><body><p>unclosed <b>bold <i>italic", "<<<>>> not really html &&&",
    "<html><head><title>t</title></head><body></body></html>", "<p>" * 500,
    "<html><body><table><tr><td>" + BODY + "</table></div></span></body>",
])
def test_malformed_html_never_raises(html):
    page = html_main_text(html)
    assert isinstance(page.text, str)


def test_bytes_with_declared_charset():
    data = ('<html><head><meta charset="iso-8859-1"></head><body><article><p>Caf\xe9 talks. '
            + BODY + "</p></article></body></html>").encode("latin-1")
    assert "Café" in decode_html(data)
    assert "Café" in html_main_text(data).text


def test_undecodable_bytes_without_charset_raise():
    with pytest.raises(UnicodeDecodeError):
        decode_html(b"<html><body>\xff\xfe\xfa</body></html>")


@pytest.mark.parametrize("text,expected", [
    ("<!DOCTYPE html><html>", True), ("  <html lang='en'>", True), ("<!-- c --><html>", True),
    ("New Delhi, 4 March. <b>bold</b>", False), ("", False),
])
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected
