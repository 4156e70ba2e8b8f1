"""The corpus registry's first, plain implementation, kept as the specification of its results.

:class:`dialogue_extract.corpus.CorpusRegistry` indexes names so that a newcomer is not compared with
every entity sharing its family name; it must give exactly the entity ids this plain version gives
(``tests/test_corpus_equivalence.py``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Mapping, Optional, Union

from dialogue_extract.corpus import (_SAFE_ID, MAX_FORMS, Entity, _fullness, _initial, _is_surname_only,
                                     _names, entity_slug)
from dialogue_extract.results import Extraction, Official


class ReferenceResolver:
    """The registry as first written: every candidate of a block bucket compared in turn."""

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
        if doc_id not in entity.documents:
            entity.documents.append(doc_id)
