"""Canonical roles of offices: "EAM", "External Affairs Minister" and "Minister of External Affairs"
are one role, ``foreign_minister``.

The table is data (``models/default/roles.tsv``): one row per role with a regular expression
searched in the folded title; the first row that matches gives the role. Pure functions, no spaCy.

>>> role_of("External Affairs Minister"), role_of("EAM"), role_of("Minister of State for External Affairs")
('foreign_minister', 'foreign_minister', 'deputy_foreign_minister')
>>> roles_of(["Deputy Prime Minister", "Foreign Minister", "Minister of Foreign Affairs"])
['deputy_head_of_government', 'foreign_minister']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Union

from .data import DataFileError, data_path, read_tsv
from .folding import fold

__all__ = ["Role", "load_roles", "role_of", "roles_of", "role_label"]


@dataclass(frozen=True)
class Role:
    id: str
    label: str
    pattern: re.Pattern


@lru_cache(maxsize=None)
def load_roles(path: Union[str, Path, None] = None) -> tuple[Role, ...]:
    """The rows of a role table (default: the shipped ``roles.tsv``), patterns compiled."""
    p = Path(path) if path is not None else data_path("roles.tsv")
    roles = []
    for n, row in enumerate(read_tsv(p, columns=("role", "label", "pattern")), 2):
        try:
            roles.append(Role(row["role"], row["label"], re.compile(row["pattern"])))
        except re.error as e:
            raise DataFileError(f"data file {p}: role {row['role']!r}: bad pattern ({e})") from e
    return tuple(roles)


@lru_cache(maxsize=1 << 14)
def role_of(title: str, path: Union[str, Path, None] = None) -> Optional[str]:
    """The canonical role of one title as written, or None when no row of the table knows it."""
    key = fold(title).strip(" .,;:")
    for role in load_roles(path):
        if role.pattern.search(key):
            return role.id
    return None


def roles_of(titles: Iterable[str], path: Union[str, Path, None] = None) -> list[str]:
    """The distinct roles of a person's titles, in the order of the titles."""
    out: list[str] = []
    for t in titles:
        r = role_of(t, path)
        if r is not None and r not in out:
            out.append(r)
    return out


def role_label(role: str, path: Union[str, Path, None] = None) -> Optional[str]:
    """The readable label of a role id ("foreign_minister" -> "Foreign minister")."""
    return next((r.label for r in load_roles(path) if r.id == role), None)
