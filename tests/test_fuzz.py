"""Fuzzing: generated releases (real fragments mixed with random unicode, control characters,
lone surrogates, right-to-left and CJK script, markup and space-like characters) never raise,
keep every offset exact and take bounded time per character. The example budget is fixed so
the suite costs the same in CI every run."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue_extract import get_extractor

FRAGMENTS = [
    "New Delhi, 4 March 2024. ",
    "External Affairs Minister Dr. S. Jaishankar met Foreign Minister Penny Wong of Australia",
    " on trade, education and renewable energy.",
    "Tokyo, 12 June 2023. Foreign Minister Haruka Onodera held talks with ",
    "the Minister of Foreign Affairs of Sweden, Sofia Lindqvist, ",
    "U.S.-Vietnam and India-Japan ties were discussed yesterday. ",
    "President Macron welcomed Prime Minister Modi on Friday.\n\n",
    "Reader comments\nRavi wrote: great news!\n",
    "<p>Ambassador <b>Kenji Sato</b> &amp; Deputy Minister Li Wei</p>",
    "\u0627\u0644\u0648\u0632\u064a\u0631 \u0623\u062d\u0645\u062f \u0627\u0644\u0635\u0627\u0644\u062d ",
    "\u5916\u52a1\u90e8\u957f\u738b\u6bc5\u4f1a\u89c1\u4e86 ",
    "\u05e9\u05e8 \u05d4\u05d7\u05d5\u05e5 ",
]
SPACE_LIKE = ["\u00a0", "\u202f", "\u2009", "\u200b", "\u2028", "\u3000", "\t", "\r\n", "\ufeff"]
CONTROLS = ["\x00", "\x01", "\x07", "\x1b[31m", "\x7f", "\u200e", "\u200f", "\u202e", "\u2066"]
MARKUP = ["<div>", "</p>", "<!--", "-->", "&nbsp;", "<script>x</script>", "{{", "]]>", "\\u0000"]
PUNCT = [",,,,", "((((", "))))", "''''", "----", "....", "—", "…", "«", "»"]

piece = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(SPACE_LIKE + CONTROLS + MARKUP + PUNCT),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.text(alphabet=st.sampled_from("AaBb.-' ,()\n"), max_size=40),
)
releases = st.lists(piece, max_size=25).map("".join)

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _check_offsets(text, res):
    for group in (res.officials, res.countries, res.sectors, res.organizations):
        for item in group:
            for m in item.mentions:
                assert text[m.start:m.end] == m.text
    for d in res.dates:
        assert text[d.start:d.end] == d.text


@SETTINGS
@given(releases)
def test_fuzzed_releases_never_raise_and_keep_offsets_exact(text):
    ex = get_extractor()
    t0 = time.process_time()
    res = ex.extract(text)
    elapsed = time.process_time() - t0
    assert res.error is None
    _check_offsets(text, res)
    assert elapsed < 2.0 + 0.001 * len(text)  # bounded time per character (generous for CI)


@SETTINGS
@given(releases, st.integers(min_value=0, max_value=400), st.sampled_from(["\ud800", "\udfff", "\udc00"]))
def test_fuzzed_lone_surrogates_are_value_errors_saying_where(text, at, bad):
    at = min(at, len(text))
    text = text[:at] + bad + text[at:]
    with pytest.raises(ValueError, match=rf"U\+{ord(bad):04X} at position {text.index(bad)}"):
        get_extractor().extract(text)


@SETTINGS
@given(st.lists(releases, min_size=1, max_size=4))
def test_fuzzed_batches_keep_order_and_never_raise(texts):
    out = list(get_extractor().extract_many(texts))
    assert len(out) == len(texts)
    for text, res in zip(texts, out):
        if text.strip():
            assert res.error is None
            _check_offsets(text, res)
