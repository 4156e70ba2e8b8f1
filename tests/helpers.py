"""Small helpers shared by the test modules (importable: pytest puts tests/ on sys.path)."""
from __future__ import annotations

from dialogue_extract.results import Mention


def mention_at(text: str, needle: str, nth: int = 0) -> Mention:
    """The ``nth`` occurrence of ``needle`` in ``text`` as a Mention with exact offsets."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(text=needle, start=start, end=start + len(needle))
