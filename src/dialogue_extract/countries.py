"""Country names and codes (ISO 3166-1 alpha-3).

Names come from pycountry (``name``, ``official_name``, ``common_name``, with the inverted
"Korea, Republic of" forms turned round) plus the curated files in
``models/default/countries/``: ``aliases.tsv`` (diplomatic and common forms), ``demonyms.tsv``
(nationality adjectives and nouns). Nothing here knows about spaCy.

>>> lookup_country("ROK"), lookup_country("Indian"), lookup_country("the Republic of Korea")
('KOR', 'IND', 'KOR')
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Optional, Union

from .data import data_path, read_lines, read_tsv
from .folding import fold

PathLike = Union[str, Path]

__all__ = [
    "COUNTRY_DIR",
    "country_name",
    "country_forms",
    "demonym_forms",
    "is_country_code",
    "is_abbreviation",
    "lookup_country",
    "pycountry_forms",
    "read_aliases",
    "read_demonyms",
]

COUNTRY_DIR = "countries"
_ALIASES = f"{COUNTRY_DIR}/aliases.tsv"
_DEMONYMS = f"{COUNTRY_DIR}/demonyms.tsv"
_BLOCKLIST = f"{COUNTRY_DIR}/not_countries.txt"

_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


@lru_cache(maxsize=None)
def _all_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def is_country_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3 code known to pycountry (case-sensitive)."""
    return isinstance(code, str) and code in _all_codes()


def is_abbreviation(form: str) -> bool:
    """All-capitals short forms ("US", "U.S.", "ROK", "UAE"): matched only exactly as written."""
    letters = [ch for ch in form if ch.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(ch.isupper() for ch in letters) and " " not in form


@lru_cache(maxsize=None)
def country_name(code: str) -> str:
    """A readable name for an alpha-3 code ("KOR" -> "South Korea"); unknown codes come back as is."""
    import pycountry

    c = pycountry.countries.get(alpha_3=code) if isinstance(code, str) and len(code) == 3 else None
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def _uninvert(name: str) -> list[str]:
    """pycountry's "Korea, Republic of" style -> ["Republic of Korea", "Korea"]."""
    out: list[str] = []
    for part in (name,):
        base = _PAREN.sub(" ", part).strip()
        if "," in base:
            head, _, tail = base.partition(",")
            head, tail = head.strip(), tail.strip()
            if re.search(r"\b(of|of the)$", tail, flags=re.I):
                out.append(f"{tail[0].upper()}{tail[1:]} {head}")
                out.append(head)
            elif tail and len(tail.split()) == 1:  # "Virgin Islands, British"
                out.append(f"{tail} {head}")
            continue
        if base:
            out.append(base)
    return out


@lru_cache(maxsize=None)
def pycountry_forms() -> tuple[tuple[str, str], ...]:
    """(form, alpha3) pairs derived from pycountry, most specific source first."""
    import pycountry

    pairs: list[tuple[str, str]] = []
    for attr in ("common_name", "name", "official_name"):
        for c in pycountry.countries:
            value = getattr(c, attr, None)
            if not value:
                continue
            for form in _uninvert(value):
                form = _LEADING_THE.sub("", form).strip()
                if form:
                    pairs.append((form, c.alpha_3))
    return tuple(pairs)


def _two_columns(rows: Iterable[Mapping[str, str]], key: str) -> tuple[tuple[str, str], ...]:
    out = []
    for row in rows:
        form, code = row.get(key, ""), row.get("alpha3", "")
        if form and code:
            out.append((form, code))
    return tuple(out)


def read_aliases(path: Optional[PathLike] = None) -> tuple[tuple[str, str], ...]:
    """(alias, alpha3) rows of ``aliases.tsv``."""
    return _two_columns(read_tsv(data_path(path or _ALIASES)), "alias")


def read_demonyms(path: Optional[PathLike] = None) -> tuple[tuple[str, str], ...]:
    """(demonym, alpha3) rows of ``demonyms.tsv``."""
    return _two_columns(read_tsv(data_path(path or _DEMONYMS)), "demonym")


def read_blocklist(path: Optional[PathLike] = None) -> tuple[str, ...]:
    """Phrases of ``not_countries.txt``."""
    return read_lines(data_path(path or _BLOCKLIST))


@lru_cache(maxsize=None)
def country_forms(aliases_path: Optional[str] = None, blocklist_path: Optional[str] = None) -> dict[str, str]:
    """Every name form -> alpha3: curated aliases first, then pycountry's names.

    Forms listed whole in the blocklist (e.g. "Antarctica") are left out. The first source to
    claim a form wins, so ``aliases.tsv`` settles ambiguities ("Congo" -> COG).
    """
    blocked = {b.casefold() for b in read_blocklist(blocklist_path)}
    forms: dict[str, str] = {}
    for form, code in list(read_aliases(aliases_path)) + list(pycountry_forms()):
        if form.casefold() in blocked:
            continue
        forms.setdefault(form, code)
    return forms


@lru_cache(maxsize=None)
def demonym_forms(demonyms_path: Optional[str] = None) -> dict[str, str]:
    """Every demonym form -> alpha3."""
    forms: dict[str, str] = {}
    for form, code in read_demonyms(demonyms_path):
        forms.setdefault(form, code)
    return forms


@lru_cache(maxsize=None)
def _folded_index() -> tuple[dict[str, str], dict[str, str]]:
    """(exact abbreviations, case-folded names and demonyms) for :func:`lookup_country`."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for forms in (country_forms(), demonym_forms()):
        for form, code in forms.items():
            if is_abbreviation(form):
                exact.setdefault(form, code)
            else:
                folded.setdefault(fold(form), code)
    return exact, folded


def lookup_country(text: str) -> Optional[str]:
    """The alpha-3 code for a country name, official name, abbreviation or demonym, else None.

    Names and demonyms are matched case-insensitively and a leading "the" is ignored;
    abbreviations ("US", "ROK") only as written, so "us" is not the United States.
    An alpha-3 code itself is returned unchanged.
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    exact, folded = _folded_index()
    if text in exact:
        return exact[text]
    text = text.rstrip(".,;:")
    if not text:
        return None
    if text in exact:
        return exact[text]
    if is_country_code(text):
        return text
    key = fold(_LEADING_THE.sub("", text))
    if key in folded:
        return folded[key]
    return None
