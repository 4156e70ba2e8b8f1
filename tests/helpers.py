"""Small helpers shared by the test modules (importable: pytest puts tests/ on sys.path)."""
from __future__ import annotations

from dialogue_extract.results import Mention


def mention_at(text: str, needle: str, nth: int = 0) -> Mention:
    """The ``nth`` occurrence of ``needle`` in ``text`` as a Mention with exact offsets."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(text=needle, start=start, end=start + len(needle))


def assert_offsets_slice(ex, text: str) -> None:
    """Every mention and date of an Extraction slices ``text`` exactly."""
    for group in (ex.officials, ex.countries, ex.sectors, ex.organizations):
        for item in group:
            for m in item.mentions:
                assert 0 <= m.start <= m.end <= len(text)
                assert text[m.start:m.end] == m.text
    for d in ex.dates:
        assert 0 <= d.start <= d.end <= len(text)
        assert text[d.start:d.end] == d.text
