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
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, Union

from .results import Extraction, Official

__all__ = ["CorpusRegistry", "CorpusResolver", "Entity", "resolve_corpus", "entity_slug"]

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


@dataclass(slots=True)
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
    _forms: list[Any] = field(default_factory=list, repr=False)  # _NameInfo of its full names
    _form_keys: set[str] = field(default_factory=set, repr=False)
    _fullness: tuple[int, ...] = field(default=(0, 0, 0, 0), repr=False)
    _bkeys: set[str] = field(default_factory=set, repr=False)  # block keys of every form filed
    _buckets: set[tuple[str, str]] = field(default_factory=set, repr=False)  # (block key, initial) filed in
    _ikeys: set[tuple[str, str]] = field(default_factory=set, repr=False)  # index keys of its plain forms
    _filed: tuple[Optional[str], bool] = field(default=(None, False), repr=False)  # (country, stated) filed under
    _group: tuple[Optional[str], bool] = field(default=(None, False), repr=False)  # (country, weak) filed under

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


class _NameInfo:
    """What the registry needs of one name, computed once per name string (read-only)."""

    __slots__ = ("parsed", "folded", "keys", "initial", "surname_only", "fullness", "index", "n",
                 "single", "core", "short", "simple")

    def __init__(self, parsed: Any, folded: str, keys: frozenset, initial: str, surname_only: bool,
                 fullness: tuple[int, int, int, int], index: Optional[frozenset], n: int) -> None:
        self.parsed = parsed
        self.folded = folded  # fold(name).casefold(): the exact-form key
        self.keys = keys  # block keys
        self.initial = initial
        self.surname_only = surname_only
        self.fullness = fullness
        #: index keys when the name is plain (see :func:`_index_keys`), else None
        self.index = index
        self.n = n  # serial number of the name's _shape in its registry (key of the verdict cache)
        # the keys names_compatible compares (see _verdict): for a single unit, its family name's
        # fold_key and that of its core; for a name with given names, the fold_key of each short
        # form and, when it is "simple" (given names first, no patronymic, no first surname
        # before the family name), (family key, whole key, given key, given items)
        fold_key = _names.fold_key
        self.single: Optional[str] = None
        self.core = ""
        self.short: tuple[str, ...] = ()
        self.simple: Optional[tuple[str, str, str, tuple]] = None
        if not parsed.tokens:
            return
        if not parsed.given:
            self.single = fold_key(parsed.family)
            self.core = fold_key(parsed.family_core)
            return
        self.short = tuple({fold_key(f): None for f in parsed.short_forms})
        if not parsed.family_first and not parsed.by_given and not parsed.first_surname_forms:
            self.simple = (fold_key(parsed.family), fold_key(" ".join(parsed.tokens)),
                           fold_key(" ".join(parsed.given)), parsed.given_items)

    def renamed(self, folded: str, fullness: tuple[int, int, int, int]) -> "_NameInfo":
        """The info of another name string of this name's :func:`_shape`."""
        twin = object.__new__(_NameInfo)
        for attr in _NameInfo.__slots__:
            setattr(twin, attr, getattr(self, attr))
        twin.folded, twin.fullness = folded, fullness
        return twin


def _shape(parsed: Any) -> tuple:
    """What a parsed name is compared by: every field but its text, honorifics, suffix and
    canonical form. :func:`~dialogue_extract.names.names_compatible`, the block keys and the index
    keys read only these, so two names of one shape ("Arvind Sharma", "Dr. Arvind Sharma") get
    the same keys and verdicts, made once."""
    return (parsed.tokens, parsed.given, parsed.family, parsed.initials, parsed.family_first,
            parsed.by_given, parsed.family_core)


def _index_keys(parsed: Any) -> Optional[frozenset]:
    """Index keys of a *plain* name, None for any other.

    A plain name has given names, all written in full ("Arvind Mehrotra", not "A. Mehrotra"), and
    is neither read family name first nor a patronymic name. Two plain names that
    :func:`~dialogue_extract.names.names_compatible` accepts always share a key, or a fuzzy
    given-name key (``("g", key)`` pairs whose keys reach the fuzzy threshold): they share a given
    name (exactly or fuzzily), or all their given names joined (``"j"``: "Jong Un" / "Jong-un"), or
    one's whole name is the other's family name (``"w"`` of one, ``"f"`` of the other). So the
    entities a plain name can join are found through these keys instead of by comparing the name
    with every entity sharing its family name and initial.
    """
    if not getattr(parsed, "given", None) or parsed.family_first or parsed.by_given:
        return None
    items = parsed.given_items
    if any(kind != "full" for kind, _ in items):
        return None
    fold_key = _names.fold_key
    keys = {("g", v) for _, v in items}
    keys.add(("j", fold_key(" ".join(parsed.given))))
    keys.add(("f", fold_key(parsed.family)))
    keys.add(("w", fold_key(" ".join(parsed.tokens))))
    return frozenset(keys)


class CorpusRegistry:
    """Gives the same official one entity id across documents (see the module docstring)."""

    def __init__(self, *, fuzzy_threshold: int = 88) -> None:
        self.fuzzy_threshold = fuzzy_threshold
        self._entities: dict[str, Entity] = {}
        # block key -> initial of the first given name ("" for none) -> (country, weak) -> entity id
        # -> entity (in order of filing); grouped so that a name is compared with its own country's entities
        # first, and with entities known by a bare surname only when the others leave it open
        self._blocks: dict[str, dict[str, dict[tuple[Optional[str], bool], dict[str, Entity]]]] = {}
        # the same for the entities that have no plain form (not reached through the index)
        self._rest: dict[str, dict[str, dict[tuple[Optional[str], bool], dict[str, Entity]]]] = {}
        # (block key, index key) -> entities having a plain form with that index key
        self._index: dict[tuple[str, tuple[str, str]], dict[str, Entity]] = {}
        # block key -> first letter -> given-name keys (5+ letters) indexed there, for fuzzy look-ups
        self._given_keys: dict[str, dict[str, list[str]]] = {}
        self._given_seen: set[tuple[str, str]] = set()
        # (block key, given key) -> (how many keys of its list were compared, fuzzy neighbours found)
        self._fuzzy: dict[tuple[str, str], tuple[int, list[str]]] = {}
        # folded full name -> (country, stated) -> entities holding it as a form (the common case
        # needs no comparison; grouped by country so a name held by many entities is not scanned)
        self._exact: dict[str, dict[tuple[Optional[str], bool], dict[str, Entity]]] = {}
        self._ids: set[str] = set()
        self._suffix: dict[str, int] = {}  # id base -> last "-n" suffix given to it
        self._doc_map: dict[str, dict[str, str]] = {}  # document id -> official id -> entity id
        self._doc_ids: set[str] = set()  # every document id an official was registered from
        self._run_doc: Optional[str] = None  # the document of the last official registered
        self._run_fresh = False  # whether _run_doc was new when its first official came
        self._info_cache: dict[str, _NameInfo] = {}
        self._shapes: dict[tuple, _NameInfo] = {}  # _shape of a parsed name -> its first _NameInfo
        # (name's shape serial << 32 | form's shape serial) -> names_compatible verdict (see _verdict)
        self._verdicts: dict[int, bool] = {}
        from . import names

        self._names = names
        self._names_compatible = names.names_compatible
        self._given_compatible = names.given_compatible

    # -- public API ----------------------------------------------------------------------------
    def add(self, doc_id: str, extraction: Union[Extraction, Mapping[str, Any]],
            reference_date: Union[dt.date, str, None] = None) -> dict[str, str]:
        """Register a document's officials; returns in-document official id -> entity id.

        ``extraction`` is an :class:`Extraction` or its JSON form (a dict). ``reference_date``
        defaults to the extraction's own; it dates the titles the document uses.
        """
        if not isinstance(extraction, Extraction) and isinstance(extraction, Mapping):
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

    def add_many(self, items: Iterable[tuple[str, Union[Extraction, Mapping[str, Any]]]]) -> list[dict[str, str]]:
        """:meth:`add` for each ``(doc_id, extraction)`` pair, with Python's cyclic garbage
        collector paused meanwhile (its full passes walk every entity the registry holds, a cost
        that grew faster than the archive); returns each document's official id -> entity id."""
        from .gc_pause import gc_paused

        with gc_paused(keep=True):  # what a registry files lives on with it
            return [self.add(doc_id, ex) for doc_id, ex in items]

    def add_official(self, doc_id: str, official: Official, date: Optional[str] = None) -> str:
        """Register one official of document ``doc_id``; returns its entity id."""
        doc_map = self._doc_map.get(doc_id)
        if doc_map is None:
            doc_map = self._doc_map[doc_id] = {}
        else:
            known = doc_map.get(official.id)
            if known is not None:  # the same document added twice
                return known
        info = self._info_cache.get(official.name)
        if info is None:
            info = self._info(official.name)
        actor = getattr(official, "actor_id", None)
        if actor:  # a known actor of the user's list: its id is the entity id
            eid = actor if _SAFE_ID.fullmatch(actor) else entity_slug(actor)
            entity = self._entities.get(eid)
            if entity is None:
                entity = self._new_entity(official, info, eid=eid)
        else:
            entity = self._holder(info, official)  # see _match
            if entity is None:
                entity = self._scan(info, official)
            if entity is None:
                entity = self._new_entity(official, info)
        self._update(entity, doc_id, official, info, date)
        doc_map[official.id] = entity.id
        return entity.id

    def entity_id(self, doc_id: str, official_id: str) -> Optional[str]:
        """The entity id given to official ``official_id`` of document ``doc_id``."""
        doc_map = self._doc_map.get(doc_id)
        return doc_map.get(official_id) if doc_map is not None else None

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
    def _info(self, name: str) -> _NameInfo:
        """The parsed name and its keys (parsed once per distinct name, not once per mention)."""
        info = self._info_cache.get(name)
        if info is None:
            names = self._names
            parsed = names.parse_name(name)
            folded, fullness = names.fold(name).casefold(), _fullness(parsed, name)
            shape = _shape(parsed)
            twin = self._shapes.get(shape)
            if twin is not None:  # "Dr. Arvind Sharma" after "Arvind Sharma": the same keys
                info = twin.renamed(folded, fullness)
            else:
                try:
                    keys = frozenset(names.block_keys(parsed))
                except Exception:
                    keys = frozenset()
                info = _NameInfo(parsed, folded, keys, _initial(parsed), _is_surname_only(parsed), fullness,
                                 _index_keys(parsed) if keys else None, len(self._shapes))
                self._shapes[shape] = info
            self._info_cache[name] = info
        return info

    def _buckets(self, info: _NameInfo, table: Optional[dict] = None) -> list[dict[tuple[Optional[str], bool], dict[str, Entity]]]:
        """The block buckets of a name's candidates: the entities sharing a block key and, for a
        name with a given name or initial, the initial of the first given name (or having no given
        name at all). ``table`` is ``self._rest`` for those without a plain form."""
        table = self._blocks if table is None else table
        out = []
        initial = info.initial
        for k in info.keys:
            block = table.get(k)
            if not block:
                continue
            if not initial:
                out.extend(block.values())
            else:
                out.extend(b for b in (block.get(initial), block.get("")) if b)
        return out

    def _in_candidates(self, entity: Entity, info: _NameInfo) -> bool:
        """Whether ``entity`` is in one of :meth:`_buckets` of ``info``."""
        eid, group = entity.id, entity._group
        return any(eid in bucket.get(group, ()) for bucket in self._buckets(info))

    def _index_hits(self, info: _NameInfo) -> list[Entity]:
        """The candidates of a plain name that have a plain form sharing an index key (or a
        fuzzy given name) with it: with those of :meth:`_buckets` in ``self._rest``, every
        candidate that can be compatible with it."""
        found: dict[str, Entity] = {}
        index = self._index
        for k in info.keys:
            for ikey in self._lookups(k, info.index):
                ids = index.get((k, ikey))
                if ids:
                    found.update(ids)
        if not found:
            return []
        buckets = self._buckets(info)  # _in_candidates, with the buckets looked up once
        return [e for eid, e in found.items() if any(eid in b.get(e._group, ()) for b in buckets)]

    def _lookups(self, block: str, index: frozenset) -> list[tuple[str, str]]:
        """The index keys under which a plain name's compatible forms are filed in ``block``."""
        out = []
        for kind, value in index:
            if kind == "g":
                out.append(("g", value))
                if len(value) >= 5:
                    out.extend(("g", v) for v in self._fuzzy_neighbours(block, value))
            elif kind == "j":
                out.append(("j", value))
            elif kind == "f":  # my family name is another form's whole name
                out.append(("w", value))
            else:  # my whole name is another form's family name
                out.append(("f", value))
        return out

    def _fuzzy_neighbours(self, block: str, key: str) -> list[str]:
        """Given-name keys of ``block`` (same first letter, 5+ letters) whose rapidfuzz ratio with
        ``key`` reaches the fuzzy threshold, or that are one-edit transliteration variants of it
        (:func:`~dialogue_extract.names.one_edit_variant`); cached, extended as the block's keys grow."""
        keys = self._given_keys.get(block, {}).get(key[:1])
        if not keys:
            return []
        done, found = self._fuzzy.get((block, key), (0, []))
        if done < len(keys):
            from rapidfuzz.process import extract

            new = keys[done:]
            near = extract(key, new, scorer=_names.ratio, score_cutoff=self.fuzzy_threshold, limit=None)
            hits = {v for v, _score, _i in near if v != key}
            if self.fuzzy_threshold <= _names.ONE_EDIT_UP_TO:  # "Sergei" / "Sergey"
                # one_edit_variant only on the keys at most one edit away (rapidfuzz prefilter),
                # not on every key of the growing list
                from rapidfuzz.distance import Levenshtein

                close = extract(key, new, scorer=Levenshtein.distance, score_cutoff=1, limit=None)
                hits.update(v for v, _d, _i in close if _names.one_edit_variant(key, v))
            found = found + [v for v in new if v in hits]
            self._fuzzy[(block, key)] = (len(keys), found)
        return found

    def _country_ok(self, entity: Entity, official: Official) -> bool:
        """Only countries the texts state block a merge; a release's home state, inferred for an
        official the text gives no country, is a hint and never splits a person."""
        if official.country_inferred or not entity.country_stated:
            return True
        return not (entity.country and official.country and entity.country != official.country)

    def _compatible(self, info: _NameInfo, entity: Entity) -> bool:
        """Whether the name is compatible with every full name the entity holds."""
        forms = entity._forms
        if not forms:
            return False
        verdict = self._verdict
        for form in forms:
            if not verdict(info, form):
                return False
        return True

    def _verdict(self, a: _NameInfo, b: _NameInfo) -> bool:
        """:func:`~dialogue_extract.names.names_compatible` of two names, read from the keys made
        once per name where its outcome is decided by them alone (a bare surname against any name;
        two simple names sharing the family key), else computed once per pair and memoised (the
        verdict for a pair of name strings never changes: both are parsed from their text alone)."""
        sa, sb = a.single, b.single
        if sa is not None:
            if sb is not None:  # two single units: equal, or one is the other's core
                return sa == sb or sa == b.core or sb == a.core
            return sa in b.short  # one of the full name's short forms
        if sb is not None:
            return sb in a.short
        key = a.n << 32 | b.n
        ok = self._verdicts.get(key)
        if ok is None:
            ka, kb = a.simple, b.simple
            if ka is not None and kb is not None and ka[0] == kb[0]:
                # no patronymic, first-surname or family-first reading applies: the whole name
                # that is the other's family unit, the same given names, or given_compatible
                if ka[1] == kb[0] or kb[1] == ka[0] or ka[2] == kb[2]:
                    ok = True
                else:
                    ok = self._given_compatible(ka[3], kb[3], fuzzy_threshold=self.fuzzy_threshold)
            elif not a.parsed.tokens or not b.parsed.tokens:
                ok = False
            else:
                ok = self._names_compatible(a.parsed, b.parsed, fuzzy_threshold=self.fuzzy_threshold)
            self._verdicts[key] = ok
        return ok

    def _narrow(self, entities: list[Entity], official: Official) -> list[Entity]:
        """Of several fitting entities, those with exactly the official's country (an unknown
        country counts as a value here), when there are any."""
        if len(entities) > 1:
            same = [e for e in entities if e.country == official.country]
            if same:
                return same
        return entities

    def _holder(self, info: _NameInfo, official: Official) -> Optional[Entity]:
        """The one entity already holding this exact name (after the country checks), if its
        strength fits: the entities of the official's own country when there are any, else those
        whose country does not conflict."""
        groups = self._exact.get(info.folded)
        if not groups:
            return None
        country = official.country
        stated_ids, inferred_ids = groups.get((country, True)), groups.get((country, False))
        n_same = (len(stated_ids) if stated_ids else 0) + (len(inferred_ids) if inferred_ids else 0)
        if n_same > 1:
            return None
        if n_same:
            entity = next(iter((stated_ids or inferred_ids).values()))
        else:
            entity, n = None, 0
            for (c, stated), ids in groups.items():
                if ids and (official.country_inferred or not stated or not c or not country):
                    n += len(ids)
                    if n > 1:
                        return None
                    entity = next(iter(ids.values()))
            if entity is None:
                return None
        return entity if entity.weak == info.surname_only else None

    def _match(self, info: _NameInfo, official: Official) -> Optional[Entity]:
        # A name already held by one entity: that entity fits (every form of an entity is
        # compatible with all the others). Also keeps repeated ambiguous names ("Maria Lopez"
        # without a country, a bare "Zhou") together instead of opening a new entity each time.
        holder = self._holder(info, official)
        if holder is not None:
            return holder
        return self._scan(info, official)

    @staticmethod
    def _groups(buckets: list, hits: Optional[list[Entity]], country: Optional[str], own: bool,
                weak: bool) -> Iterator[Iterable[Entity]]:
        """Candidates of the official's own country (``own``) or of the others, known by a bare
        surname only (``weak``) or not: from the block ``buckets`` of the name (:meth:`_buckets`),
        or for a plain name from its index hits and the buckets of entities without a plain form."""
        if hits is not None and not weak:
            yield [e for e in hits if (e.country == country) == own]
        for bucket in buckets:
            if own:
                ids = bucket.get((country, weak))
                if ids:
                    yield ids.values()
            else:
                for (c, w), ids in bucket.items():
                    if w == weak and c != country and ids:
                        yield ids.values()

    def _scan(self, info: _NameInfo, official: Official) -> Optional[Entity]:
        """:meth:`_choose` over the candidates of a name, without comparing it with all of them:
        the entities of the official's own country first (when one of them fits, they decide, see
        :meth:`_narrow`), each time the strong entities before those known by a bare surname, and
        stopping once the outcome is known (it depends on one or two fitting entities and on the
        fitting entities holding the exact name, which :meth:`_exact_among_fits` finds)."""
        surname_only = info.surname_only
        if info.index is not None:
            hits = self._index_hits(info)
            buckets = self._buckets(info, self._rest)
        else:
            hits, buckets = None, self._buckets(info)
        seen: set[str] = set()
        fits: list[Entity] = []
        verdict = self._verdict
        country = official.country
        # _country_ok: only a stated country of the entity conflicting with a stated one blocks
        strict = bool(country) and not official.country_inferred
        for own in (True, False):
            fits = []
            strong: list[Entity] = []
            for weak in (False, True):
                for group in self._groups(buckets, hits, country, own, weak):
                    for e in group:
                        eid = e.id
                        if eid in seen:
                            continue
                        seen.add(eid)
                        if strict and e.country_stated and e.country and e.country != country:
                            continue
                        forms = e._forms  # _compatible
                        if not forms:
                            continue
                        for form in forms:
                            if not verdict(info, form):
                                break
                        else:
                            forms = None
                        if forms is not None:
                            continue
                        fits.append(e)
                        if surname_only:
                            if len(fits) > 1:
                                return None  # a bare surname several entities fit: never guess
                            continue
                        if not e.weak:
                            strong.append(e)
                        # two fit, and either two strong ones fit or every strong one is known
                        if len(strong) > 1 or (weak and len(fits) > 1):
                            exact = self._exact_among_fits(info, official, own)
                            if exact is not None:
                                return exact
                            return strong[0] if len(strong) == 1 else None
            if own and fits:  # the entities of the official's country decide (see _narrow)
                return self._choose(fits, info, official)
        return self._choose(fits, info, official)

    def _exact_among_fits(self, info: _NameInfo, official: Official, own: bool) -> Optional[Entity]:
        """The one fitting entity holding the exact name (of the official's country when ``own``)."""
        groups = self._exact.get(info.folded) or {}
        found = []
        for (c, _stated), ids in groups.items():
            if own and c != official.country:
                continue
            for e in ids.values():
                if self._country_ok(e, official) and self._in_candidates(e, info) \
                        and self._compatible(info, e):
                    found.append(e)
                    if len(found) > 1:
                        return None
        return found[0] if found else None

    def _choose(self, fits: list[Entity], info: _NameInfo, official: Official) -> Optional[Entity]:
        """Of the entities a name fits, the one it joins (None: a new entity)."""
        if len(fits) <= 1:
            return fits[0] if fits else None
        fits = self._narrow(fits, official)
        if len(fits) == 1:
            return fits[0]
        if info.surname_only:
            return None  # a bare surname shared by several entities: never guess
        exact = [e for e in fits if info.folded in e._form_keys]
        if len(exact) == 1:
            return exact[0]
        strong = [e for e in fits if not e.weak]
        if len(strong) == 1:
            return strong[0]
        return None

    def _new_entity(self, official: Official, info: _NameInfo, eid: Optional[str] = None) -> Entity:
        stated = "" if official.country_inferred else (official.country or "")
        digest = hashlib.sha1(f"{info.folded}|{stated}".encode("utf-8")).hexdigest()[:6]
        base = eid or f"{entity_slug(official.name)}-{digest}"
        eid, ids = base, self._ids
        if eid in ids:
            # the suffixes of a base are taken in order and ids are never given back: the search
            # starts after the last suffix given, not at "-2" again (many entities may share a
            # base, e.g. a common bare surname in one country)
            n = self._suffix.get(base, 1)
            while eid in ids:
                n += 1
                eid = f"{base}-{n}"
            self._suffix[base] = n
        ids.add(eid)
        entity = Entity(id=eid, name=official.name, weak=info.surname_only)
        self._entities[eid] = entity
        return entity

    def _file(self, entity: Entity, info: _NameInfo) -> None:
        """File a new form of ``entity``: its exact name, its block buckets and index keys."""
        eid = entity.id
        self._exact.setdefault(info.folded, {}).setdefault(entity._filed, {})[eid] = entity
        plain = bool(entity._ikeys)
        group = entity._group
        for k in info.keys:
            self._blocks.setdefault(k, {}).setdefault(info.initial, {}).setdefault(group, {})[eid] = entity
            entity._buckets.add((k, info.initial))
            if not plain:
                self._rest.setdefault(k, {}).setdefault(info.initial, {}).setdefault(group, {})[eid] = entity
        new_blocks = info.keys - entity._bkeys
        entity._bkeys |= new_blocks
        if plain and new_blocks:  # its plain forms are found in the new blocks too
            self._index_under(entity, new_blocks, entity._ikeys)

    def _reindex(self, entity: Entity) -> None:
        """Index keys of the entity's plain forms (they only grow): filed under all its blocks;
        an entity with a plain form leaves the buckets of those compared with every newcomer."""
        ikeys: set[tuple[str, str]] = set()
        for form in entity._forms:
            idx = form.index
            if idx:
                ikeys |= idx
        new = ikeys - entity._ikeys
        if not new:
            return
        if not entity._ikeys:  # first plain form: no longer in the rest buckets
            for k, initial in entity._buckets:
                for ids in self._rest[k][initial].values():
                    ids.pop(entity.id, None)
        entity._ikeys |= new
        self._index_under(entity, entity._bkeys, new)

    def _index_under(self, entity: Entity, blocks: Iterable[str], ikeys: Iterable[tuple[str, str]]) -> None:
        ikeys = list(ikeys)
        for k in blocks:
            for ikey in ikeys:
                self._index.setdefault((k, ikey), {})[entity.id] = entity
                if ikey[0] == "g" and len(ikey[1]) >= 5 and (k, ikey[1]) not in self._given_seen:
                    self._given_seen.add((k, ikey[1]))
                    self._given_keys.setdefault(k, {}).setdefault(ikey[1][:1], []).append(ikey[1])

    def _refile(self, entity: Entity) -> None:
        """Move the entity to the groups of its current country, statedness and strength."""
        now = (entity.country, entity.country_stated)
        if now != entity._filed:
            for folded in entity._form_keys:
                groups = self._exact[folded]
                groups.get(entity._filed, {}).pop(entity.id, None)
                groups.setdefault(now, {})[entity.id] = entity
            entity._filed = now
        group = (entity.country, entity.weak)
        if group != entity._group:
            old, eid = entity._group, entity.id
            tables = (self._blocks,) if entity._ikeys else (self._blocks, self._rest)
            for k, initial in entity._buckets:
                for table in tables:
                    groups = table[k][initial]
                    groups.get(old, {}).pop(eid, None)
                    groups.setdefault(group, {})[eid] = entity
            entity._group = group

    def _update(self, entity: Entity, doc_id: str, official: Official, info: _NameInfo, date: Optional[str]) -> None:
        surname_only = info.surname_only
        forms = entity._forms
        forms_changed = False
        if info.folded not in entity._form_keys and len(forms) < MAX_FORMS and (not surname_only or not forms):
            forms.append(info)
            entity._form_keys.add(info.folded)
            self._file(entity, info)
            forms_changed = True
        if not surname_only:
            if entity.weak:
                # a full name arrived for an entity known only by its surname: drop the bare form
                entity.weak = False
                entity._forms = [f for f in entity._forms if not f.surname_only] or [info]
                forms_changed = True
            full = info.fullness
            if full > entity._fullness:
                entity._fullness = full
                entity.name = official.name
        elif entity._fullness == (0, 0, 0, 0):
            entity._fullness = info.fullness
        if forms_changed:
            self._reindex(entity)
        aliases = entity.aliases
        aliases.add(official.name)
        for a in official.aliases:
            if a:
                aliases.add(a)
        country = official.country
        if country:
            if not official.country_inferred and not entity.country_stated:
                entity.country = country
                entity.country_stated = True
            elif not entity.country:
                entity.country = country
        country = entity.country
        filed, group = entity._filed, entity._group
        if filed[0] != country or filed[1] != entity.country_stated or group[0] != country \
                or group[1] != entity.weak:
            self._refile(entity)
        if official.organization:
            entity.organizations.add(official.organization)
        if official.titles:
            titles = entity.titles
            for title in official.titles:
                dates = titles.get(title)
                if dates is None:
                    dates = titles[title] = set()
                if date:
                    dates.add(date)
        docs = entity.documents
        if not docs or docs[-1] != doc_id:
            if doc_id != self._run_doc:  # a run of officials of one document begins
                self._run_doc = doc_id
                self._run_fresh = doc_id not in self._doc_ids
                self._doc_ids.add(doc_id)
            # in a run of a document never seen before, an entity holds it only as its last one
            if self._run_fresh or doc_id not in docs:
                docs.append(doc_id)


def resolve_corpus(extractions: Iterable[Union[Extraction, tuple[str, Extraction]]], *,
                   fuzzy_threshold: int = 88) -> CorpusRegistry:
    """A :class:`CorpusRegistry` filled with ``extractions``.

    Items are ``(doc_id, Extraction)`` pairs or bare Extractions (then numbered ``doc-000001``...
    in order).
    """
    if isinstance(extractions, (str, bytes, Extraction, Mapping)):
        raise TypeError("resolve_corpus() takes a list of Extractions or (doc_id, Extraction) pairs, "
                        f"not a bare {type(extractions).__name__}")
    reg = CorpusRegistry(fuzzy_threshold=fuzzy_threshold)

    def items() -> Iterable[tuple[str, Union[Extraction, Mapping[str, Any]]]]:
        for i, item in enumerate(extractions, start=1):
            if isinstance(item, Sequence) and not isinstance(item, (str, bytes)) and len(item) == 2:
                doc_id, ex = item
            else:
                doc_id, ex = f"doc-{i:06d}", item
            if not isinstance(ex, (Extraction, Mapping)):
                raise TypeError(f"item {i - 1} is a {type(ex).__name__}; expected an Extraction (or its JSON dict)")
            yield str(doc_id), ex

    reg.add_many(items())
    return reg


#: The name of :class:`CorpusRegistry` until version 0.1.
CorpusResolver = CorpusRegistry
