"""Lists of known actors: the officials a user already knows, brought to every extraction.

Event-coding analysts keep dictionaries of actors; an :class:`ActorList` is one. Each actor has a
name, other forms of it (aliases), and roles: a title, the state it serves, an organisation, and
optionally the dates the role began and ended. Given to :class:`~dialogue_extract.Extractor`
(``Extractor(actors=...)``), to :func:`dialogue_extract.extract` (``actors=...``) or to the command
line (``--actors FILE``), the list

* finds a listed actor wherever the text writes one of its forms, even without a title or an
  honorific;
* gives the official the listed country (``country_source == "user_actors"``) and canonical name,
  and, when the text gives it no title, the title of the role valid at the release's date;
* merges the variants of one actor's name the text uses ("S. Jaishankar", "Subrahmanyam
  Jaishankar") into one official;
* records the actor's id (the user's id, else the name) in ``Official.actor_id``; the corpus uses it
  as the ``entity_id``.

The text still wins: a country the text states for the official (its title, its side, its
delegation) is kept when it differs from the list's.

Files are CSV (``.csv``, or ``.tsv`` with tabs) with a header row, or JSON lines (``.jsonl``),
with the columns ``name`` (required), ``aliases`` (``|``-separated), ``country`` (alpha-3, or a
name the library knows), ``titles`` (``|``-separated), ``organization``, ``start`` and ``end``
(ISO dates of the role) and ``id``. Several rows with the same ``id`` (or, without ids, the same
name) are the roles of one actor. See ``examples/actors.csv`` for the format. The library's own
table of heads of state and government and foreign ministers (:mod:`dialogue_extract.people.known`)
only gives a state to a leader the text names without one; a user's list wins over it.

Plain Python: no spaCy.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Union

from .names import fold_key
from .results import Extraction, Mention, Official

__all__ = ["Actor", "ActorList", "Role", "read_actors", "coerce_actors"]

#: sources of a country the text itself states: a known actor's listed country does not replace them
TEXT_SOURCES = frozenset({"title", "context", "side", "delegation"})

_SPLIT = re.compile(r"\s*\|\s*")


@dataclass(frozen=True)
class Role:
    """One office of an actor, optionally dated (``start``/``end`` inclusive, open when None)."""

    title: Optional[str] = None
    country: Optional[str] = None
    organization: Optional[str] = None
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None

    def valid_at(self, date: Optional[dt.date]) -> bool:
        if date is None:
            return self.start is None and self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass
class Actor:
    """A known official: canonical ``name``, other ``aliases``, ``roles``, the user's ``id``."""

    name: str
    aliases: tuple[str, ...] = ()
    roles: list[Role] = field(default_factory=list)
    id: Optional[str] = None

    @property
    def key(self) -> str:
        return self.id or self.name

    @property
    def forms(self) -> tuple[str, ...]:
        out = []
        for f in (self.name, *self.aliases):
            if f and f not in out:
                out.append(f)
        return tuple(out)

    def roles_at(self, date: Optional[dt.date]) -> list[Role]:
        """The roles valid at ``date`` (undated roles always count); without a date, the undated
        roles, else all of them."""
        valid = [r for r in self.roles if r.valid_at(date) or (r.start is None and r.end is None)]
        if not valid and date is None:
            valid = list(self.roles)
        return valid

    def country_at(self, date: Optional[dt.date]) -> Optional[str]:
        for r in self.roles_at(date):
            if r.country:
                return r.country
        return next((r.country for r in self.roles if r.country), None)  # states rarely change


def _date(value: Any, what: str, name: str) -> Optional[dt.date]:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"actor {name!r}: {what} must be an ISO date (YYYY-MM-DD), got {value!r}") from None


def _country(value: Any, name: str) -> Optional[str]:
    if value in (None, ""):
        return None
    from .countries import is_country_code, lookup_country

    text = str(value).strip()
    if is_country_code(text.upper()):
        return text.upper()
    code = lookup_country(text)
    if code is None:
        raise ValueError(f"actor {name!r}: unknown country {value!r} (use an ISO 3166-1 alpha-3 code)")
    return code


def _parts(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [p for p in _SPLIT.split(str(value).strip()) if p]


class ActorList:
    """Known actors, indexed for matching (see the module docstring)."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: list[Actor] = list(actors)
        self._by_id: dict[str, Actor] = {a.key: a for a in self.actors}
        self._by_key: dict[str, Actor] = {}
        for a in self.actors:
            for f in a.forms:
                k = fold_key(f)
                if k and k not in self._by_key:
                    self._by_key[k] = a
        forms = sorted({f for a in self.actors for f in a.forms}, key=lambda f: (-len(f), f))
        self._form_actor = {f: a for a in reversed(self.actors) for f in a.forms}
        self._regex = (re.compile(r"(?<![\w'’.-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w'’-])")
                       if forms else None)
        # family names (the last word of a listed form): later bare uses of an actor the text names
        self._surnames: dict[str, set[str]] = {}
        for a in self.actors:
            for f in a.forms:
                last = f.split()[-1] if f.split() else ""
                if len(last) >= 4 and last[:1].isupper() and last != f:
                    self._surnames.setdefault(last, set()).add(a.key)
        self._surname_regex = (re.compile(r"(?<![\w'’.-])(?:" + "|".join(
            re.escape(w) for w in sorted(self._surnames, key=lambda w: (-len(w), w))) + r")(?![\w'’-])")
            if self._surnames else None)

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self):
        return iter(self.actors)

    # -- building -------------------------------------------------------------------------------
    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> "ActorList":
        """Rows with the columns of the module docstring; rows sharing an id (else a name) are
        the roles of one actor."""
        by_key: dict[str, Actor] = {}
        for n, row in enumerate(rows, 1):
            row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
            name = str(row.get("name") or "").strip()
            if not name:
                raise ValueError(f"actor row {n}: 'name' is required")
            ident = str(row.get("id") or "").strip() or None
            titles = _parts(row.get("titles", row.get("title")))
            country = _country(row.get("country"), name)
            org = str(row.get("organization") or row.get("organisation") or "").strip() or None
            start = _date(row.get("start"), "start", name)
            end = _date(row.get("end"), "end", name)
            actor = by_key.get(ident or name)
            if actor is None:
                actor = by_key[ident or name] = Actor(name=name, id=ident)
            aliases = [a for a in _parts(row.get("aliases")) if a not in actor.forms]
            if name not in actor.forms:
                aliases.insert(0, name)
            actor.aliases = actor.aliases + tuple(aliases)
            for t in titles or [None]:
                actor.roles.append(Role(t, country, org, start, end))
        return cls(by_key.values())

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> "ActorList":
        """``{"Name": "IND"}`` or ``{"Name": {"country": ..., "titles": ..., ...}}``."""
        rows = []
        for name, value in mapping.items():
            row = dict(value) if isinstance(value, Mapping) else {"country": value}
            row.setdefault("name", name)
            rows.append(row)
        return cls.from_rows(rows)

    # -- applying -------------------------------------------------------------------------------
    def match(self, official: Official) -> Optional[Actor]:
        """The actor one of the official's forms (name, aliases, mentions) names, if any."""
        for form in (official.name, *official.aliases, *(m.text for m in official.mentions)):
            a = self._by_key.get(fold_key(form))
            if a is not None:
                return a
        return None

    def apply(self, extraction: Extraction, text: Optional[str] = None) -> Extraction:
        """Find the listed actors in ``extraction`` (and its text) and give them their listed
        country, name, title and id; returns the same extraction, changed in place."""
        text = extraction.text if text is None else text
        date = extraction.reference_date
        officials = list(extraction.officials)
        by_actor: dict[str, Official] = {}
        kept: list[Official] = []
        for o in officials:
            a = self.match(o)
            if a is None:
                kept.append(o)
                continue
            first = by_actor.get(a.key)
            if first is None:
                by_actor[a.key] = o
                kept.append(o)
            else:  # two variants of one listed actor: one official
                _merge(first, o)
        # the listed forms the text writes where no official was found
        if text and self._regex is not None:
            taken = sorted((m.start, m.end) for o in kept for m in o.mentions)
            starts = [s for s, _e in taken]
            for m in self._regex.finditer(text):
                i = bisect_right(starts, m.start()) - 1
                if i >= 0 and taken[i][1] > m.start() or (i + 1 < len(taken) and taken[i + 1][0] < m.end()):
                    continue  # inside (or across) a mention already found
                a = self._form_actor[m.group()]
                o = by_actor.get(a.key)
                if o is None:
                    o = by_actor[a.key] = Official.trusted(
                        id="", name=a.name, aliases=[], titles=[], country=None, country_inferred=False,
                        country_source=None, actor_id=None, organization=None, mentions=[])
                    kept.append(o)
                o.mentions.append(Mention.trusted(m.group(), m.start(), m.end()))
            # "Mr. Nurpeisov": the family name of an actor the text names, when no other named actor has it
            if by_actor and self._surname_regex is not None:
                taken = sorted((mm.start, mm.end) for o in kept for mm in o.mentions)
                starts = [s for s, _e in taken]
                for m in self._surname_regex.finditer(text):
                    owners = self._surnames[m.group()] & by_actor.keys()
                    if len(owners) != 1:
                        continue
                    i = bisect_right(starts, m.start()) - 1
                    if i >= 0 and taken[i][1] > m.start() or (i + 1 < len(taken) and taken[i + 1][0] < m.end()):
                        continue
                    by_actor[owners.pop()].mentions.append(Mention.trusted(m.group(), m.start(), m.end()))
        for key, o in by_actor.items():
            a = self._actor(key)
            _give(o, a, date)
        kept.sort(key=lambda o: min((m.start for m in o.mentions), default=0))
        for n, o in enumerate(kept, 1):
            o.id = f"P{n}"
            o.mentions.sort(key=lambda m: m.start)
            forms = []
            for m in o.mentions:
                if m.text != o.name and m.text not in o.aliases and m.text not in forms:
                    forms.append(m.text)
            o.aliases = list(o.aliases) + forms
        extraction.officials = kept
        return extraction

    def _actor(self, key: str) -> Actor:
        return self._by_id[key]


def _merge(into: Official, other: Official) -> None:
    into.mentions = list(into.mentions) + [m for m in other.mentions if m not in into.mentions]
    into.aliases = list(into.aliases) + [f for f in (other.name, *other.aliases)
                                         if f != into.name and f not in into.aliases]
    into.titles = list(into.titles) + [t for t in other.titles if t not in into.titles]
    if (into.country is None or into.country_inferred) and other.country and not other.country_inferred:
        into.country, into.country_inferred, into.country_source = other.country, False, other.country_source
    into.organization = into.organization or other.organization


def _give(o: Official, a: Actor, date: Optional[dt.date]) -> None:
    o.actor_id = a.key
    if o.name != a.name:
        if o.name and o.name not in o.aliases:
            o.aliases = [o.name, *o.aliases]
        o.name = a.name
        o.aliases = [f for f in o.aliases if f != a.name]
    roles = a.roles_at(date)
    if not o.titles:
        o.titles = [r.title for r in roles if r.title]
    country = a.country_at(date)
    stated = o.country is not None and not o.country_inferred and o.country_source in TEXT_SOURCES
    if country and not (stated and o.country != country):
        o.country, o.country_inferred, o.country_source = country, False, "user_actors"
    if o.organization is None:
        o.organization = next((r.organization for r in roles if r.organization), None)


# -- reading --------------------------------------------------------------------------------------
def read_actors(path: Union[str, os.PathLike]) -> ActorList:
    """An actor list from a CSV/TSV file with a header row or a JSON-lines file."""
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"no such actor list: {str(path)!r}")
    st = p.stat()
    return _read_cached(str(p.resolve()), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=16)
def _read_cached(path: str, _mtime: int, _size: int) -> ActorList:
    p = Path(path)
    text = p.read_text(encoding="utf-8-sig")
    if p.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        rows = []
        stripped = text.strip()
        if stripped.startswith("["):
            rows = json.loads(stripped)
        else:
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip() and not line.lstrip().startswith("#"):
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        raise ValueError(f"{path}: line {n} is not JSON ({e})") from None
        return ActorList.from_rows(rows)
    delimiter = "\t" if p.suffix.lower() == ".tsv" else ","
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return ActorList.from_rows(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter))


def coerce_actors(value: Any) -> Optional[ActorList]:
    """``None``, an :class:`ActorList`, a path to a list, a mapping ``name -> country`` (or ->
    a row), or an iterable of :class:`Actor` or row dicts."""
    if value is None:
        return None
    if isinstance(value, ActorList):
        return value
    if isinstance(value, (str, os.PathLike)):
        return read_actors(value)
    if isinstance(value, Mapping):
        return ActorList.from_mapping(value)
    items = list(value)
    if all(isinstance(v, Actor) for v in items):
        return ActorList(items)
    if all(isinstance(v, Mapping) for v in items):
        return ActorList.from_rows(items)
    raise TypeError("actors must be a path, a mapping name -> country, or a list of Actor or row dicts")
