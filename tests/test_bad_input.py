"""Bad input gets a clear exception or an empty result, never a crash deep inside spaCy."""
from __future__ import annotations

import pytest

import dialogue_extract as de


@pytest.mark.parametrize("value", [None, 42, 3.5, ["a list"], {"text": "x"}, object()])
def test_non_text_raises_type_error(value):
    with pytest.raises(TypeError, match="takes str"):
        de.extract(value)


@pytest.mark.parametrize("value", [b"bytes", bytearray(b"x"), memoryview(b"x")])
def test_bytes_raise_type_error_with_a_hint(value):
    with pytest.raises(TypeError, match="decode"):
        de.extract(value)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t ", "\u200b\u200b", "\u00a0"])
def test_empty_or_blank_text_gives_an_empty_extraction(text):
    ex = de.extract(text)
    assert ex.officials == [] and ex.countries == [] and ex.dates == [] and ex.sectors == []
    assert ex.error is None


def _check_offsets(text, ex):
    for group in (ex.officials, ex.countries, ex.sectors, ex.organizations):
        for item in group:
            for m in item.mentions:
                assert text[m.start:m.end] == m.text
    for d in ex.dates:
        assert text[d.start:d.end] == d.text


@pytest.mark.parametrize(
    "text",
    [
        "Foreign\u00a0Minister\u00a0Omar\u00a0Haddad met India's envoy on 3\u00a0March\u00a02025.",
        "Foreign Minister Omar\u200bHaddad met the Indian side.\u200d",
        "Foreign Minister Omar Haddad\x00\x07 met Japan's envoy\x1b[0m on Friday.",
        "外交部长王毅 met External Affairs Minister R. Venkatesh in Beijing on 12 August 2019.",
        "Министр Сергей Орлов met Prime Minister Arun Bhatt. مرحبا India.",
        "Foreign Minister Ömer Çelik\u0301 met 🇮🇳 India's 👍 envoy in Türkiye.",
        "\ufeffForeign Minister Omar Haddad met the French side.\r\nThey discussed AI.\r\n",
        "<html><body><p>Foreign Minister <b>Omar Haddad</b> met <i>Japan</i></p><div></body>",
    ],
)
def test_odd_unicode_and_markup_keep_offsets_exact(text):
    ex = de.extract(text, reference_date="2025-03-03")
    _check_offsets(text, ex)


def test_binary_garbage_decoded_as_text_does_not_crash():
    text = bytes(range(256)).decode("latin-1") * 20
    ex = de.extract(text)
    _check_offsets(text, ex)


def test_very_long_text(releases):
    text = releases["mea_bilateral_dialogue"] + "\n\n"  # no comment section that would end the page
    from dialogue_extract.extractor import MAX_CHARS

    # the largest text accepted: plain prose up to the limit, the release at its far end (a text of
    # releases alone, denser in names, is measured by benchmarks/bench_hostile.py, not in the suite)
    filler = "The talks were held in a cordial atmosphere and covered subjects of common interest.\n\n"
    big = filler * ((MAX_CHARS - len(text)) // len(filler)) + text
    assert 9_900_000 <= len(big) <= MAX_CHARS
    ex = de.extract(big)
    assert ex.officials and ex.countries
    # offsets stay exact at the far end of the text
    last = max((m for o in ex.officials for m in o.mentions), key=lambda m: m.start)
    assert last.start > 9_000_000 and big[last.start:last.end] == last.text


def test_too_long_text_is_refused():
    from dialogue_extract.extractor import MAX_CHARS

    with pytest.raises(ValueError, match="limit"):
        de.extract("a" * (MAX_CHARS + 1))


def test_batch_survives_bad_items():
    items = ["Foreign Minister Omar Haddad spoke.", None, 12, "", "Prime Minister Arun Bhatt spoke."]
    results = list(de.extract_many(items))
    assert [bool(r.officials) for r in results] == [True, False, False, False, True]
    assert [r.error is not None for r in results] == [False, True, True, False, False]


def test_a_failing_component_names_itself_and_the_cause_and_spares_the_batch():
    """A fault inside a component is a PipelineError naming it, with the real exception as the
    cause (not spaCy's question whether the pipeline was initialised); a batch keeps the others."""
    from dialogue_extract import Extractor, PipelineError

    ex = Extractor()
    pipe = ex.nlp.get_pipe("organizations")
    real = type(pipe).__call__

    def broken(self, doc):
        if "Haddad" in doc.text:
            raise KeyError("a fault")
        return real(self, doc)

    type(pipe).__call__ = broken
    try:
        with pytest.raises(PipelineError, match="'organizations' component failed.*KeyError") as info:
            ex.extract("Foreign Minister Omar Haddad spoke.")
        assert info.value.component == "organizations" and isinstance(info.value.__cause__, KeyError)
        results = list(ex.extract_many(["Foreign Minister Omar Haddad spoke.", "Prime Minister Arun Bhatt spoke."]))
        assert "organizations" in results[0].error and results[1].officials
    finally:
        type(pipe).__call__ = real
