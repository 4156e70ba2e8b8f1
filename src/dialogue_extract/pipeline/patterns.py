"""Patterns users add to a component without copying its data files (like spaCy's SpanRuler).

>>> nlp = dialogue_extract.load()
>>> nlp.get_pipe("organizations").add_patterns([{"name": "Quad Secretariat", "kind": "international"}])
>>> nlp.get_pipe("sectors").add_patterns([{"id": "maritime", "pattern": "blue economy"}])

The added patterns come on top of the shipped data, and ``nlp.to_disk()`` / ``spacy.load()`` keep
them (``<component>/patterns.jsonl`` in the saved pipeline). In a config, ``extra_patterns`` lists
JSONL files of patterns added the same way::

    [components.sectors]
    extra_patterns = ["my_sectors.jsonl"]
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Mapping, Union

PATTERNS_FILE = "patterns.jsonl"


class AddsPatterns:
    """The ``add_patterns`` / ``patterns`` / ``to_disk`` / ``from_disk`` of a component; the
    component implements ``_add_pattern(pattern)`` (raise ``ValueError`` for a bad one)."""

    _added: list[dict[str, Any]]

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """The patterns added to the shipped data, in order."""
        return [dict(p) for p in getattr(self, "_added", [])]

    def add_patterns(self, patterns: Iterable[Mapping[str, Any]]) -> None:
        if isinstance(patterns, Mapping):
            raise TypeError("add_patterns() takes a list of patterns (dicts), not one dict")
        if not hasattr(self, "_added"):
            self._added = []
        for p in patterns:
            if not isinstance(p, Mapping):
                raise TypeError(f"a pattern is a dict, not {type(p).__name__}: {p!r}")
            self._add_pattern(dict(p))
            self._added.append(dict(p))

    def add_pattern_files(self, paths: Iterable[Union[str, Path]]) -> None:
        """Add the patterns of JSONL files (the ``extra_patterns`` config option): on top of the
        shipped data, not saved by ``to_disk`` (the config names the files)."""
        from ..data import read_jsonl

        for path in paths or ():
            for p in read_jsonl(path):
                self._add_pattern(dict(p))

    def _add_pattern(self, pattern: dict[str, Any]) -> None:  # pragma: no cover - per component
        raise NotImplementedError

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with (path / PATTERNS_FILE).open("w", encoding="utf-8") as fh:
            for p in self.patterns:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "AddsPatterns":
        file = Path(path) / PATTERNS_FILE
        if file.is_file():
            with file.open(encoding="utf-8") as fh:
                self.add_patterns(json.loads(line) for line in fh if line.strip())
        return self
