"""Reading the data files that ship in ``models/<pipeline>/``.

Every rule and lexicon is data: one reader per file format, cached, with ``#`` comments and
blank lines ignored so the files can carry their own documentation.
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path
from typing import Union

PathLike = Union[str, Path]

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
DEFAULT_PIPELINE = "default"


def pipeline_dir(name: str = DEFAULT_PIPELINE) -> Path:
    """The folder holding ``config.cfg`` and the data files of a shipped pipeline."""
    path = MODELS_DIR / name
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no pipeline named {name!r} in {MODELS_DIR}")
    return path


def data_path(relative: PathLike, base: PathLike | None = None) -> Path:
    """Resolve a data file name against ``base`` (default: the default pipeline folder)."""
    p = Path(relative)
    if p.is_absolute():
        return p
    return Path(base) / p if base is not None else pipeline_dir() / p


@lru_cache(maxsize=None)
def _read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def read_lines(path: PathLike) -> tuple[str, ...]:
    """Non-empty, non-comment lines, stripped."""
    out = []
    for line in _read_text(Path(path)).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


def read_tsv(path: PathLike) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line; ``#`` lines are comments."""
    lines = [ln for ln in _read_text(Path(path)).splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader)


def read_jsonl(path: PathLike) -> tuple[dict, ...]:
    out = []
    for line in _read_text(Path(path)).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(json.loads(line))
    return tuple(out)
