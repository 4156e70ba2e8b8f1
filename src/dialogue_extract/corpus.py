"""Corpus-wide registry: one stable entity id per official across many documents.

Each document's :class:`~dialogue_extract.results.Official` is already an in-document cluster
("Dr. S. Jaishankar", "Jaishankar", "the Minister" -> one official with a canonical full name).
The registry links those clusters across documents:

* **Blocking.** Every entity is indexed under the :func:`dialogue_extract.names.block_keys` of
  its names (dict key -> entity ids); a new cluster is compared only with the entities of its
  blocks, never with all of them, so 100,000 mentions resolve in seconds.
* **Compatibility.** A cluster joins an entity only when its canonical name is
  :func:`~dialogue_extract.names.names_compatible` with *every* full name the entity already
  holds (so "S. Jaishankar" may join "Subrahmanyam Jaishankar", but "Sanjay Jaishankar" never
  joins them through the shared initial), and the countries do not conflict (both known and
  different blocks a merge).
* **Surname-only names.** A cluster whose canonical name is a bare family name ("Zhou") is
  attached only when exactly one entity of its block is compatible; otherwise it gets an entity
  of its own. Sharing a surname is never enough when there is a choice.
* **Ambiguity.** A name compatible with several entities goes to the one with exactly the same
  country (an unknown country counting as a value), else to the one already holding that exact
  name, else to a new entity: a wrong merge is worse than a split. The new entity then collects
  the later mentions of that same ambiguous name, so repeats do not open one entity each.

Entity ids are ``<slug of the first name seen>-<6 hex digits>`` (a hash of the folded name and
the country), e.g. ``s-jaishankar-1f3a9c``, with ``-2``, ``-3`` ... added when two entities
would get the same id. An id never changes once given, even when a fuller name arrives later
(``name`` then changes, the id does not), and the same documents added in the same order always
give the same ids.

>>> reg = resolve_corpus(extractions)        # iterable of (doc_id, Extraction) or Extraction
>>> reg.to_jsonl("entities.jsonl")
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

from .results import Extraction, Official

__all__ = ["CorpusResolver", "Entity", "resolve_corpus", "entity_slug"]

#: At most this many distinct full names per entity are compared with a newcomer.
MAX_FORMS = 12

_SLUG_RE = re.compile(r"[^a-z0-9]+")


class _NamesModule:
    """:mod:`dialogue_extract.names`, imported on first use."""

    _mod: Any = None

    def __getattr__(self, attr: str) -> Any:
        if _NamesModule._mod is None:
            from . import names

            _NamesModule._mod = names
        return getattr(_NamesModule._mod, attr)


_names = _NamesModule()


#: a user's actor id used as an entity id as it is
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}")


def entity_slug(name: str) -> str:
    """Lowercase ASCII slug of a name: "Dr. S. Jaishankar" -> "dr-s-jaishankar"."""
    slug = _SLUG_RE.sub("-", _names.fold(name).lower()).strip("-")
    return slug[:48].strip("-") or "entity"


def _is_surname_only(parsed: Any) -> bool:
    return not getattr(parsed, "given", None) and not getattr(parsed, "initials", None)


def _fullness(parsed: Any, name: str) -> tuple[int, int, int, int]:
    """Sort key: more full (non-initial) name parts, then more parts, then longer."""
    given = getattr(parsed, "given", None) or ()
    if isinstance(given, str):
        given = given.split()
    full = [g for g in given if len(g.replace(".", "")) > 1]
    initials = getattr(parsed, "initials", None) or ()
    shouting = any(len(t) > 1 and t.isupper() for t in name.split())  # "ZHOU Kai": prefer "Zhou Kai"
    return (len(full) + (1 if getattr(parsed, "family", None) else 0), len(full) + len(initials),
            0 if shouting else 1, len(name))


def _initial(parsed: Any) -> str:
    """First letter of the first given name or initial (folded), "" when there is none."""
    given = getattr(parsed, "given", None) or ()
    if isinstance(given, str):
        given = given.split()
    first = given[0] if given else ((getattr(parsed, "initials", None) or ("",))[0])
    folded = _names.fold(first).casefold() if first else ""
    return folded[:1]


@dataclass
class Entity:
    """One official across the corpus."""

    id: str
    name: str
    country: Optional[str] = None
    aliases: set[str] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)
    #: title as written -> reference dates (ISO) of the documents that used it
    titles: dict[str, set[str]] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)
    weak: bool = False  # known only by a bare surname so far
    country_stated: bool = False  # the country was said in a text, not inferred from a dateline
    _forms: list[Any] = field(default_factory=list, repr=False)  # parsed full names
    _form_keys: set[str] = field(default_factory=set, repr=False)
    _fullness: tuple[int, ...] = field(default=(0, 0, 0, 0), repr=False)
    _doc_set: set[str] = field(default_factory=set, repr=False)

    def to_dict(self) -> dict[str, Any]:
        dates = sorted({d for ds in self.titles.values() for d in ds})
        return {
            "entity_id": self.id,
            "name": self.name,
            "country": self.country,
            "aliases": sorted(self.aliases - {self.name}),
            "titles": [{"title": t, "dates": sorted(ds)} for t, ds in sorted(self.titles.items())],
            "organizations": sorted(self.organizations),
            "documents": list(self.documents),
            "n_documents": len(self.documents),
            "first_date": dates[0] if dates else None,
            "last_date": dates[-1] if dates else None,
        }


class CorpusResolver:
    """Gives the same official one entity id across documents (see the module docstring)."""

    def __init__(self, *, fuzzy_threshold: int = 88) -> None:
        self.fuzzy_threshold = fuzzy_threshold
        self._entities: dict[str, Entity] = {}
        # block key -> initial of the first given name ("" for none) -> entity ids
        self._blocks: dict[str, dict[str, list[str]]] = {}
        # folded full name -> entities holding it as a form (the common case needs no comparison)
        self._exact: dict[str, list[str]] = {}
        self._ids: set[str] = set()
        self._doc_map: dict[tuple[str, str], str] = {}

    # -- public API ----------------------------------------------------------------------------
    def add(self, doc_id: str, extraction: Union[Extraction, Mapping[str, Any]],
            reference_date: Union[dt.date, str, None] = None) -> dict[str, str]:
        """Register a document's officials; returns in-document official id -> entity id.

        ``extraction`` is an :class:`Extraction` or its JSON form (a dict). ``reference_date``
        defaults to the extraction's own; it dates the titles the document uses.
        """
        if isinstance(extraction, Mapping):
            officials = [Official.model_validate(o) for o in extraction.get("officials") or ()]
            ref = reference_date or extraction.get("reference_date")
        else:
            officials = list(extraction.officials)
            ref = reference_date or extraction.reference_date
        date = ref.isoformat() if isinstance(ref, dt.date) else (str(ref)[:10] if ref else None)
        out: dict[str, str] = {}
        for off in officials:
            out[off.id] = self.add_official(doc_id, off, date)
        return out

    def add_official(self, doc_id: str, official: Official, date: Optional[str] = None) -> str:
        """Register one official of document ``doc_id``; returns its entity id."""
        key = (doc_id, official.id)
        if key in self._doc_map:  # the same document added twice
            return self._doc_map[key]
        parsed = _names.parse_name(official.name)
        actor = getattr(official, "actor_id", None)
        if actor:  # a known actor of the user's list: its id is the entity id
            eid = actor if _SAFE_ID.fullmatch(actor) else entity_slug(actor)
            entity = self._entities.get(eid)
            if entity is None:
                entity = self._new_entity(official, parsed, eid=eid)
        else:
            entity = self._match(parsed, official)
            if entity is None:
                entity = self._new_entity(official, parsed)
        self._update(entity, doc_id, official, parsed, date)
        self._doc_map[key] = entity.id
        return entity.id

    def entity_id(self, doc_id: str, official_id: str) -> Optional[str]:
        """The entity id given to official ``official_id`` of document ``doc_id``."""
        return self._doc_map.get((doc_id, official_id))

    def entities(self) -> list[Entity]:
        """Every entity, in order of first appearance."""
        return list(self._entities.values())

    def __len__(self) -> int:
        return len(self._entities)

    def __getitem__(self, entity_id: str) -> Entity:
        return self._entities[entity_id]

    def to_jsonl(self, path: Union[str, Path]) -> Path:
        """Write one JSON line per entity (see :meth:`Entity.to_dict`)."""
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for e in self._entities.values():
                fh.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        tmp.replace(path)
        return path

    # -- internals -----------------------------------------------------------------------------
    def _keys(self, parsed: Any) -> set[str]:
        try:
            return set(_names.block_keys(parsed))
        except Exception:
            return set()

    def _candidates(self, parsed: Any) -> list[Entity]:
        """Entities sharing a block key and, for a name with a given name or initial, the
        initial of the first given name (or having no given name at all)."""
        seen: dict[str, Entity] = {}
        initial = _initial(parsed)
        for k in self._keys(parsed):
            block = self._blocks.get(k)
            if not block:
                continue
            buckets = block.values() if not initial else (block.get(initial, ()), block.get("", ()))
            for bucket in buckets:
                for eid in bucket:
                    if eid not in seen:
                        seen[eid] = self._entities[eid]
        return list(seen.values())

    def _country_ok(self, entity: Entity, official: Official) -> bool:
        """Only countries the texts state block a merge; a release's home state, inferred for an
        official the text gives no country, is a hint and never splits a person."""
        if official.country_inferred or not entity.country_stated:
            return True
        return not (entity.country and official.country and entity.country != official.country)

    def _compatible(self, parsed: Any, entity: Entity) -> bool:
        forms = entity._forms
        if not forms:
            return False
        for form in forms:
            if not _names.names_compatible(parsed, form, fuzzy_threshold=self.fuzzy_threshold):
                return False
        return True

    def _narrow(self, entities: list[Entity], official: Official) -> list[Entity]:
        """Of several fitting entities, those with exactly the official's country (an unknown
        country counts as a value here), when there are any."""
        if len(entities) > 1:
            same = [e for e in entities if e.country == official.country]
            if same:
                return same
        return entities

    def _match(self, parsed: Any, official: Official) -> Optional[Entity]:
        key = _names.fold(official.name).casefold()
        surname_only = _is_surname_only(parsed)
        # A name already held by one entity: that entity fits (every form of an entity is
        # compatible with all the others). Also keeps repeated ambiguous names ("Maria Lopez"
        # without a country, a bare "Zhou") together instead of opening a new entity each time.
        holders = [self._entities[eid] for eid in self._exact.get(key, ())]
        holders = self._narrow([e for e in holders if self._country_ok(e, official)], official)
        if len(holders) == 1 and holders[0].weak == surname_only:
            return holders[0]
        cands = [e for e in self._candidates(parsed) if self._country_ok(e, official)]
        if not cands:
            return None
        fits = [e for e in cands if self._compatible(parsed, e)]
        if len(fits) <= 1:
            return fits[0] if fits else None
        fits = self._narrow(fits, official)
        if len(fits) == 1:
            return fits[0]
        if surname_only:
            return None  # a bare surname shared by several entities: never guess
        exact = [e for e in fits if key in e._form_keys]
        if len(exact) == 1:
            return exact[0]
        strong = [e for e in fits if not e.weak]
        if len(strong) == 1:
            return strong[0]
        return None

    def _new_entity(self, official: Official, parsed: Any, eid: Optional[str] = None) -> Entity:
        folded = _names.fold(official.name).casefold()
        stated = "" if official.country_inferred else (official.country or "")
        digest = hashlib.sha1(f"{folded}|{stated}".encode("utf-8")).hexdigest()[:6]
        base = eid or f"{entity_slug(official.name)}-{digest}"
        eid, n = base, 1
        while eid in self._ids:
            n += 1
            eid = f"{base}-{n}"
        self._ids.add(eid)
        entity = Entity(id=eid, name=official.name, weak=_is_surname_only(parsed))
        self._entities[eid] = entity
        return entity

    def _update(self, entity: Entity, doc_id: str, official: Official, parsed: Any, date: Optional[str]) -> None:
        surname_only = _is_surname_only(parsed)
        folded = _names.fold(official.name).casefold()
        if folded not in entity._form_keys and (len(entity._forms) < MAX_FORMS):
            if not surname_only or not entity._forms:
                entity._forms.append(parsed)
                entity._form_keys.add(folded)
                self._exact.setdefault(folded, []).append(entity.id)
                initial = _initial(parsed)
                for k in self._keys(parsed):
                    bucket = self._blocks.setdefault(k, {}).setdefault(initial, [])
                    if entity.id not in bucket[-3:] and entity.id not in bucket:
                        bucket.append(entity.id)
        if not surname_only:
            if entity.weak:
                # a full name arrived for an entity known only by its surname: drop the bare form
                entity.weak = False
                entity._forms = [f for f in entity._forms if not _is_surname_only(f)] or [parsed]
            full = _fullness(parsed, official.name)
            if full > entity._fullness:
                entity._fullness = full
                entity.name = official.name
        elif entity._fullness == (0, 0, 0, 0):
            entity._fullness = _fullness(parsed, official.name)
        entity.aliases.add(official.name)
        entity.aliases.update(a for a in official.aliases if a)
        if official.country and not official.country_inferred and not entity.country_stated:
            entity.country = official.country
            entity.country_stated = True
        elif official.country and not entity.country:
            entity.country = official.country
        if official.organization:
            entity.organizations.add(official.organization)
        for title in official.titles:
            dates = entity.titles.setdefault(title, set())
            if date:
                dates.add(date)
        if doc_id not in entity._doc_set:
            entity._doc_set.add(doc_id)
            entity.documents.append(doc_id)


def resolve_corpus(extractions: Iterable[Union[Extraction, tuple[str, Extraction]]], *,
                   fuzzy_threshold: int = 88) -> CorpusResolver:
    """A :class:`CorpusResolver` filled with ``extractions``.

    Items are ``(doc_id, Extraction)`` pairs or bare Extractions (then numbered ``doc-000001``...
    in order).
    """
    if isinstance(extractions, (str, bytes, Extraction, Mapping)):
        raise TypeError("resolve_corpus() takes a list of Extractions or (doc_id, Extraction) pairs, "
                        f"not a bare {type(extractions).__name__}")
    reg = CorpusResolver(fuzzy_threshold=fuzzy_threshold)
    for i, item in enumerate(extractions, start=1):
        if isinstance(item, Sequence) and not isinstance(item, (str, bytes)) and len(item) == 2:
            doc_id, ex = item
        else:
            doc_id, ex = f"doc-{i:06d}", item
        if not isinstance(ex, (Extraction, Mapping)):
            raise TypeError(f"item {i - 1} is a {type(ex).__name__}; expected an Extraction (or its JSON dict)")
        reg.add(str(doc_id), ex)
    return reg
