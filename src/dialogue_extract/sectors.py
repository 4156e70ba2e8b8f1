"""The sector taxonomy: fixed ids, labels and scope notes from ``models/default/sectors/sectors.tsv``.

Nothing here knows about spaCy; the recogniser lives in ``pipeline/components/sectors.py``.

>>> sector_label("trade_investment")
'Trade and investment'
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional, Union

from .data import data_path, read_jsonl, read_tsv

PathLike = Union[str, Path]

__all__ = [
    "SECTOR_IDS",
    "SectorInfo",
    "is_sector_id",
    "read_patterns",
    "read_taxonomy",
    "sector_ids",
    "sector_label",
    "sector_scope",
]

_TAXONOMY = "sectors/sectors.tsv"
_PATTERNS = "sectors/patterns.jsonl"


class SectorInfo(NamedTuple):
    id: str
    label: str
    scope: str


@lru_cache(maxsize=None)
def read_taxonomy(path: Optional[str] = None) -> tuple[SectorInfo, ...]:
    """The rows of ``sectors.tsv`` (columns ``id``, ``label`` and a scope note), in file order."""
    out = []
    for row in read_tsv(data_path(path or _TAXONOMY)):
        values = list(row.values())
        sid = row.get("id", "")
        if not sid:
            continue
        label = row.get("label") or sid
        scope = values[2] if len(values) > 2 else ""
        out.append(SectorInfo(sid, label, scope))
    return tuple(out)


def sector_ids(path: Optional[str] = None) -> tuple[str, ...]:
    """Every sector id, in taxonomy order."""
    return tuple(s.id for s in read_taxonomy(path))


#: The ids of the default taxonomy.
SECTOR_IDS: tuple[str, ...] = sector_ids()


def is_sector_id(sector_id: str) -> bool:
    return sector_id in _by_id()


@lru_cache(maxsize=None)
def _by_id() -> dict[str, SectorInfo]:
    return {s.id: s for s in read_taxonomy()}


def sector_label(sector_id: str) -> str:
    """Human label for an id ("renewable_energy" -> "Renewable energy"); unknown ids are prettified."""
    info = _by_id().get(sector_id)
    return info.label if info else sector_id.replace("_", " ").capitalize()


def sector_scope(sector_id: str) -> str:
    """The scope note of an id ("" when unknown)."""
    info = _by_id().get(sector_id)
    return info.scope if info else ""


def read_patterns(path: Optional[PathLike] = None) -> tuple[dict, ...]:
    """The lines of ``patterns.jsonl``: ``{"id": ..., "pattern": str | list[dict], "case"?: ...}``."""
    return read_jsonl(data_path(path or _PATTERNS))
