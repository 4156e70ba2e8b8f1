"""Organisations known to the library (``models/default/organizations.tsv``): their canonical
names, aliases, country (for national bodies) and kind (government, international, legislature,
party, company). Plain functions, no spaCy."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from .data import MODELS_DIR, read_json, read_tsv

DEFAULT_PATH = MODELS_DIR / "default" / "organizations.tsv"


class OrgInfo(NamedTuple):
    name: str
    country: Optional[str]
    kind: str


@lru_cache(maxsize=None)
def load_organizations(path: str = str(DEFAULT_PATH)) -> dict[str, OrgInfo]:
    """Every name and alias in an organisations file -> :class:`OrgInfo`."""
    out: dict[str, OrgInfo] = {}
    for row in read_tsv(path, columns=("name",)):
        info = OrgInfo(row["name"], (row.get("country") or "").strip() or None, (row.get("kind") or "government").strip())
        for form in [row["name"], *filter(None, (row.get("aliases") or "").split("|"))]:
            out[form.strip()] = info
    return out


def organization_info(name: str) -> Optional[OrgInfo]:
    """What the library knows of an organisation named ``name`` (canonical name or alias)."""
    return load_organizations().get(name)


@lru_cache(maxsize=None)
def _international_pattern() -> re.Pattern:
    forms = sorted((f for f, i in load_organizations().items() if i.kind == "international"), key=len, reverse=True)
    # offices only international bodies have ("Under-Secretary-General", "Resident Coordinator")
    forms += read_json(MODELS_DIR / "default" / "titles.json").get("international_offices", [])
    # (a European body's office, not a national "Minister for European Affairs")
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r"|European (?:Commissioner|Commission|Council|Parliament|Union|Central Bank|Investment Bank"
                      r"|External Action|Court|Ombudsman)|United Nations)(?![\w-])")


@lru_cache(maxsize=None)
def _remit_after() -> re.Pattern:
    words = read_json(MODELS_DIR / "default" / "titles.json").get("body_remit_words", [])
    # (in small letters too, as news copy writes offices: "undersecretary for ASEAN affairs")
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])" if words else r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def names_body_as_remit(text: str) -> bool:
    """Whether ``text`` (a title) names an international body only as the remit of a state's
    office: "Director General for ASEAN Cooperation", "Deputy Director of UN Affairs"."""
    remit = _remit_after()
    return any(remit.match(text, m.end()) for m in _international_pattern().finditer(text))


@lru_cache(maxsize=1 << 14)
def names_international_body(text: str) -> bool:
    """Whether ``text`` (a title, an organisation) names an international body ("President of the
    European Council", "African Union Commissioner", "UN Secretary-General")."""
    info = organization_info(text)
    if info is not None:
        return info.kind == "international"
    for m in _international_pattern().finditer(text):
        # "National Security Council" is no "Security Council": a capitalised word before the
        # form makes it the name of another (national) body
        before = text[:m.start()].rstrip().rsplit(None, 1)
        word = before[-1].lstrip("([{\"'“‘") if before and text[m.start() - 1:m.start()].isspace() else ""
        if word[:1].isupper() and word not in ("The", "UN", "U.N.") and not _international_pattern().fullmatch(word):
            continue
        if _remit_after().match(text, m.end()):  # "Director General for ASEAN Cooperation": a remit
            continue
        return True
    return False


@lru_cache(maxsize=None)
def _forms_pattern() -> re.Pattern:
    forms = sorted(load_organizations(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


@lru_cache(maxsize=1 << 14)
def with_canonical_bodies(text: str) -> str:
    """``text`` with every known organisation written in its canonical form, so that
    "Secretary-General of ASEAN" and "Secretary-General of the Association of Southeast Asian
    Nations" compare equal."""
    table = load_organizations()
    return _forms_pattern().sub(lambda m: table[m.group(0)].name, text)
