"""Shared fixtures: the default pipeline and extractor are loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RELEASES = ROOT / "examples" / "releases"


@pytest.fixture(scope="session")
def nlp():
    import dialogue_extract

    return dialogue_extract.load()


@pytest.fixture(scope="session")
def extractor():
    from dialogue_extract import get_extractor

    return get_extractor()


@pytest.fixture(scope="session")
def releases() -> dict[str, str]:
    """The sample releases shipped in examples/releases, by file stem."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(RELEASES.glob("*.txt"))}
