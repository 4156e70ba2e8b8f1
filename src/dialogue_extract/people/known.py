"""Known officeholders: the heads of state and government and the foreign ministers of every state
since 2014, and the heads of the main international bodies (``models/default/officeholders.tsv``).

Releases name the leaders of other states in passing ("conveyed the greetings of President Ruto",
"the visit of President Marcos to Japan") with nothing in the text to say whose leaders they are;
the side rules can then only guess. The table answers for the officials whose state the text does
not give: it is read before the side rules, so that a leader it knows also anchors the sides of
the others ("signed by Prime Minister A and Prime Minister B"). The text still wins: an official
whose title, phrase or delegation states a state keeps it.

A name matches a person of the table:

* by a whole form of two words or more (the name or one of its aliases; case, accents, hyphens,
  initials and forms of address do not count; a name of two words in either order, "KISHIDA
  Fumio"), when the official holds no office, one of the person's offices (by its canonical role,
  ``roles.tsv``), or the form has three words or more;
* for an official the text names by a single word only ("President Marcos"), by a single-word
  alias the table lists ("Lula", "Jokowi") or by a family name, only with an office of the
  person's held at the release's date (a year either side) when the date is known;
* and only when the persons it matches serve one state (of one name serving a state and later an
  international body, or two people of one name, the one in office at the release's date).

A person of an international body (no state in the table) is staff of that body: the official
gets no state. Plain Python: no spaCy.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, NamedTuple, Optional, Sequence, Union

from ..folding import fold_words
from ..roles import role_of

if TYPE_CHECKING:
    from .info import OfficialInfo

__all__ = ["Holding", "KnownOfficeholders", "known_states", "load_known", "merge_known_forms", "name_key"]

# a year either side of an office's term: releases name a leader just before or after it
_YEAR_SLACK = 1
# forms of address a name may carry, which no form of the table does ("Mr. Kishida", "H.E. Sheikh ...")
_ADDRESS = frozenset({"mr", "mrs", "ms", "dr", "hon", "honourable", "honorable", "shri", "smt", "sheikh", "sheikha",
                      "his", "her", "excellency", "highness", "majesty", "rt", "sir", "dame", "prof", "professor",
                      "daw", "pak", "bapak", "ibu", "khun", "tan", "datuk", "dato", "tun"})


@lru_cache(maxsize=1 << 16)  # (the forms of every official are looked up again once merged)
def name_key(form: str) -> str:
    """A name's key for the table: its words folded (case, accents, hyphens), without initials and
    forms of address."""
    return " ".join(w for w in fold_words(form) if len(w) > 1 and w not in _ADDRESS)


class Holding(NamedTuple):
    """One office of a known person: the state served (None: an international body's staff), the
    office as usually written, its canonical role and its years (None: open)."""

    name: str
    country: Optional[str]
    title: str
    role: Optional[str]
    start: Optional[int]
    end: Optional[int]

    def held_in(self, year: Optional[int]) -> bool:
        if year is None:
            return True
        return (self.start is None or self.start - _YEAR_SLACK <= year) and \
            (self.end is None or year <= self.end + _YEAR_SLACK)


def _year(value: str) -> Optional[int]:
    value = (value or "").strip()[:4]
    return int(value) if value.isdigit() else None


class KnownOfficeholders:
    """The table, indexed by whole forms, single-word aliases and family names."""

    def __init__(self, rows: Iterable[dict]) -> None:
        # a person is its name and state: the rows of one person are its offices
        self.holdings: dict[tuple[str, Optional[str]], list[Holding]] = {}
        self._whole: dict[str, set[tuple[str, Optional[str]]]] = {}
        self._single: dict[str, set[tuple[str, Optional[str]]]] = {}
        self._family: dict[str, set[tuple[str, Optional[str]]]] = {}
        seen: set[tuple[tuple[str, Optional[str]], str]] = set()
        for row in rows:
            name = (row.get("name") or "").strip()
            if not name:
                continue
            country = (row.get("country") or "").strip().upper() or None
            title = (row.get("title") or "").strip()
            person = (name, country)
            self.holdings.setdefault(person, []).append(
                Holding(name, country, title, role_of(title) if title else None,
                        _year(row.get("start", "")), _year(row.get("end", ""))))
            for n, form in enumerate([name] + (row.get("aliases") or "").split("|")):
                form = form.strip()
                if not form or (person, form) in seen:  # (a person's forms are on each of its rows)
                    continue
                seen.add((person, form))
                key = name_key(form)
                if not key:
                    continue
                words = key.split()
                (self._whole if len(words) > 1 else self._single).setdefault(key, set()).add(person)
                if len(words) == 2:  # a name of two words in either order ("KISHIDA Fumio")
                    self._whole.setdefault(f"{words[1]} {words[0]}", set()).add(person)
                if n == 0 and len(words) > 1:
                    # the family name, last in most cultures' order and first in East Asia's
                    for w in {words[0], words[-1]}:
                        if len(w) > 2:
                            self._family.setdefault(w, set()).add(person)

    def __len__(self) -> int:
        return len(self.holdings)

    @classmethod
    def from_tsv(cls, path: Union[str, Path]) -> "KnownOfficeholders":
        from ..data import read_tsv

        return cls(read_tsv(path, columns=("name", "aliases", "country", "title", "start", "end")))

    def _fits(self, person: tuple[str, Optional[str]], roles: set[Optional[str]], year: Optional[int],
              dated: bool) -> bool:
        """Whether one of the person's offices is one of ``roles`` (held in ``year`` when ``dated``)."""
        return any(h.role is not None and h.role in roles and (not dated or h.held_in(year))
                   for h in self.holdings[person])

    def lookup(self, forms: Sequence[str], titles: Sequence[str] = (),
               year: Optional[int] = None) -> Optional[tuple[str, Optional[str]]]:
        """The one known person (name, state) the forms of an official's name (its fullest form
        first) and its ``titles`` fit (see the module docstring), or None."""
        roles = {role_of(t) for t in titles} - {None}
        keys = {name_key(f) for f in forms} - {""}
        found: set[tuple[str, Optional[str]]] = set()
        for key in keys:
            for person in self._whole.get(key, ()):
                if not titles or len(key.split()) > 2 or self._fits(person, roles, year, dated=False):
                    found.add(person)
        if not found and roles and " " not in name_key(forms[0]):
            # a name the text gives as a single word only ("President Marcos"): a listed alias ("Lula")
            # or a family name (a fuller name the table does not hold is someone else's)
            for key in keys:
                if " " not in key:
                    found |= {p for p in self._single.get(key, set()) | self._family.get(key, set())
                              if self._fits(p, roles, year, dated=True)}
        states = {country for _name, country in found}
        if len(states) > 1 and year is not None:
            # one person serving a state, then an international body ("Secretary-General of the
            # GCC", later "Minister of Foreign Affairs"), or two people of one name: the office held then
            found = {p for p in found if any(h.held_in(year) for h in self.holdings[p])}
            states = {country for _name, country in found}
        if len(states) != 1:
            return None
        return sorted(found)[0]


def known_states(officials: Sequence["OfficialInfo"], known: KnownOfficeholders, year: Optional[int]) -> None:
    """Give each official whose state the text does not give (``open_to_country``) the state of the
    known person its name and offices fit (source "known"); one the table lists as an international
    body's staff gets none and is marked as such."""
    for o in officials:
        if not o.open_to_country:
            continue
        forms = [o.name, *o.aliases, *(m.text for m in o.mentions)]
        person = known.lookup(forms, o.titles, year)
        if person is None:
            continue
        if person[1] is None:
            if not any(h.held_in(year) for h in known.holdings[person]):
                continue  # (an international body's head named before or after the term: no staff then)
            o.country, o.country_inferred, o.country_source, o.international = None, False, None, True
        else:
            o.give_country(person[1], "known")


def merge_known_forms(officials: list["OfficialInfo"], known: KnownOfficeholders,
                      year: Optional[int]) -> dict[str, str]:
    """Join the officials of one release that are one known person under two forms the resolver
    cannot tell are one ("Jokowi" / "Joko Widodo", a listed alias of the name): the one named first
    keeps its id and takes the other's mentions, titles and forms, and the name the table gives
    when one of them is written so. Only officials whose states do not conflict with the person's
    are joined. ``officials`` is changed in place; returns the ids given up -> the id they joined."""
    groups: dict[tuple[str, Optional[str]], list["OfficialInfo"]] = {}
    for o in officials:
        if o.international:
            continue
        person = known.lookup([o.name, *o.aliases, *(m.text for m in o.mentions)], o.titles, year)
        if person is not None and person[1] is not None \
                and (o.country in (None, person[1]) or o.country_inferred):
            groups.setdefault(person, []).append(o)
    joined: dict[str, str] = {}
    for person, group in groups.items():
        if len(group) < 2:
            continue
        keep, rest = group[0], group[1:]
        canonical = name_key(person[0])
        for other in rest:
            keep.mentions = sorted(keep.mentions + other.mentions, key=lambda m: m.start)
            keep.titles += [t for t in other.titles if t not in keep.titles]
            for form in [other.name, *other.aliases]:
                if form != keep.name and form not in keep.aliases:
                    keep.aliases.append(form)
            keep.organization = keep.organization or other.organization
            if name_key(other.name) == canonical and name_key(keep.name) != canonical:
                keep.aliases = [a for a in keep.aliases if a != other.name] + [keep.name]
                keep.name = other.name  # ("Joko Widodo" of "Jokowi": the table's name, written so)
            joined[other.id] = keep.id
        if keep.open_to_country:
            keep.give_country(person[1], "known")
    if joined:
        officials[:] = [o for o in officials if o.id not in joined]
    return joined


@lru_cache(maxsize=4)
def load_known(path: str) -> KnownOfficeholders:
    """The table at ``path`` (read once per process)."""
    return KnownOfficeholders.from_tsv(path)
