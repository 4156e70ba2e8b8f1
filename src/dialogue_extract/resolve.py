"""Grouping the person-name mentions of one document into people (no spaCy).

>>> clusters = resolve_mentions(["Subrahmanyam Jaishankar", "Dr. S. Jaishankar", "Jaishankar",
...                              "Devendra Sharma", "Sharma"])
>>> [(c.canonical, c.members) for c in clusters]
[('Subrahmanyam Jaishankar', [0, 1, 2]), ('Devendra Sharma', [3, 4])]

Algorithm (deterministic, roughly linear: candidates are found through dictionaries keyed by
folded name words, never by comparing all pairs):

1. Multi-word forms, in text order, join the cluster whose every form they are
   :func:`~dialogue_extract.names.names_compatible` with and whose country hints do not
   conflict with theirs; when several clusters qualify, the one mentioned most recently before
   the mention wins (else the nearest after it); when none does, they start a cluster.
2. Single-unit forms ("Sharma", "Hyun", "Khải", "Al Qasimi"), in text order, join a cluster of
   which they are a short form (family name, family-first given name, last word, ...), choosing
   by the same most-recent rule; failing that, a cluster whose first given name they are
   ("Haruki" for "Haruki Matsumoto"); failing that, the cluster of the same single form, or a new one.

Two different people who share only a family name or only a given name are never merged.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence, Union

from .names import NameLexicon, ParsedName, fold_key, names_compatible, parse_name

__all__ = ["NameMention", "Cluster", "Resolver", "resolve_mentions"]


@dataclass
class NameMention:
    """One occurrence of a person's name.

    ``start``/``end`` are character offsets (used for the most-recent rule; when ``start`` is
    None the mention's index in the input is its position). ``anchored`` says the mention was
    introduced by a title or honorific; ``country`` is an ISO 3166-1 alpha-3 hint or None.
    """

    text: str
    start: Optional[int] = None
    end: Optional[int] = None
    weight: float = 1.0
    anchored: bool = False
    country: Optional[str] = None
    context: dict[str, Any] = field(default_factory=dict)


@dataclass
class Cluster:
    """One person: the mentions (indices into the input, in text order) that name them."""

    canonical: str
    members: list[int]
    aliases: list[str] = field(default_factory=list)
    country: Optional[str] = None
    #: some mention was anchored by a title, or carried a strong honorific (H.E., Hon., Shri ...)
    anchored: bool = False
    weight: float = 0.0
    #: honorifics seen with the name, as written, in order of first use
    honorifics: list[str] = field(default_factory=list)


MentionLike = Union[NameMention, str]


def _canonical_score(p: ParsedName) -> tuple:
    """Bigger is fuller: more name items (an initial counts once per letter), full given names
    over initials, a suffix, diacritics over their folded spelling, not a shouted all-caps form."""
    full_words = sum(1 for t in p.tokens if not (t.replace(".", "").isupper() and len(t.replace(".", "")) <= 3))
    non_ascii = sum(1 for c in p.canonical if ord(c) > 127)
    shouted = p.canonical.isupper() and len(p.tokens) > 1
    return (full_words + len(p.initials), -len(p.initials), p.suffix is not None, non_ascii, not shouted)


class _Group:
    __slots__ = ("ident", "members", "positions", "forms", "hints")

    def __init__(self, ident: int) -> None:
        self.ident = ident
        self.members: list[int] = []
        self.positions: list[tuple[float, int]] = []  # sorted (position, index)
        self.forms: dict[str, ParsedName] = {}  # multi-word forms by canonical text
        self.hints: Counter[str] = Counter()

    def add(self, index: int, position: float, country: Optional[str]) -> None:
        self.members.append(index)
        bisect.insort(self.positions, (position, index))
        if country:
            self.hints[country] += 1


class Resolver:
    """Clusters the name mentions of one document; holds the settings.

    ``fuzzy_threshold``: rapidfuzz ratio for spelling variants of given names (stricter, the
    mean of it and 100, for family names). ``given_alone``: let a lone first given name
    ("Haruki") join the one person of that given name. ``use_country``: keep mentions with
    different country hints apart.
    """

    def __init__(self, *, fuzzy_threshold: float = 88, given_alone: bool = True, use_country: bool = True,
                 lexicon: Optional[NameLexicon] = None) -> None:
        self.fuzzy_threshold = fuzzy_threshold
        self.given_alone = given_alone
        self.use_country = use_country
        self.lexicon = lexicon

    # -- public --------------------------------------------------------------------------------
    def __call__(self, mentions: Iterable[MentionLike]) -> list[Cluster]:
        if isinstance(mentions, (str, bytes)):
            raise TypeError("resolve_mentions() takes a list of names or NameMentions, not a bare "
                            f"{type(mentions).__name__}: wrap it, e.g. [{mentions!r}]")
        items = [NameMention(m) if isinstance(m, str) else m for m in mentions]
        for i, m in enumerate(items):
            if not isinstance(m, NameMention):
                raise TypeError(f"mention {i} is a {type(m).__name__}; each mention must be a str or a NameMention")
        parsed = [parse_name(m.text, lexicon=self.lexicon) for m in items]
        pos = [float(m.start) if m.start is not None else float(i) for i, m in enumerate(items)]
        order = sorted(range(len(items)), key=lambda i: (pos[i], i))

        groups: list[_Group] = []
        assigned: dict[int, _Group] = {}
        same: dict[tuple, int] = {}  # identical mentions (text and offsets) share their cluster
        by_word: dict[str, list[_Group]] = {}  # multi-word clusters by folded word
        short: dict[str, list[_Group]] = {}  # multi-word clusters by their short forms
        given: dict[str, list[_Group]] = {}  # ... by their first given names
        singles: dict[str, _Group] = {}  # clusters made of single forms only
        compat_cache: dict[tuple[str, str], bool] = {}

        def compatible(p: ParsedName, q: ParsedName) -> bool:
            key = (p.canonical, q.canonical) if p.canonical <= q.canonical else (q.canonical, p.canonical)
            hit = compat_cache.get(key)
            if hit is None:
                hit = names_compatible(p, q, fuzzy_threshold=self.fuzzy_threshold, lexicon=self.lexicon)
                compat_cache[key] = hit
            return hit

        def index_form(g: _Group, p: ParsedName) -> None:
            for w in _word_keys(p):
                _push(by_word, w, g)
            for f in p.short_forms:
                _push(short, fold_key(f), g)
            for f in p.given_forms:
                _push(given, fold_key(f), g)

        def new_group() -> _Group:
            g = _Group(len(groups))
            groups.append(g)
            return g

        # 1. multi-word forms
        for i in order:
            p = parsed[i]
            if not p.tokens or p.is_single:
                continue
            dup = self._duplicate(items[i], same, i)
            if dup is not None:
                assigned[i] = assigned[dup]
                assigned[i].add(i, pos[i], items[i].country)
                continue
            cands = _unique(g for w in _word_keys(p) for g in by_word.get(w, ()))
            cands = [g for g in cands
                     if not self._conflict(items[i].country, g) and all(compatible(p, q) for q in g.forms.values())]
            g = _most_recent(cands, pos[i]) if cands else new_group()
            g.add(i, pos[i], items[i].country)
            assigned[i] = g
            if p.canonical not in g.forms:
                g.forms[p.canonical] = p
                index_form(g, p)

        # 2. single-unit forms (and empty ones)
        for i in order:
            if i in assigned:
                continue
            p = parsed[i]
            dup = self._duplicate(items[i], same, i)
            if dup is not None and dup in assigned:
                g = assigned[dup]
            else:
                key = fold_key(p.family) if p.tokens else ""
                g = None
                if key:
                    pools = [short.get(key, [])]
                    if self.given_alone:
                        pools.append(given.get(key, []))
                        # last resort: any other word of a full name ("Fuentes" of "Carolina
                        # Fuentes Ortega", whose first surname is the one used alone)
                        pools.append(by_word.get(key, []))
                    for pool in pools:
                        cands = self._prefer_country(_unique(pool), items[i].country)
                        if cands:
                            g = _most_recent(cands, pos[i])
                            break
                if g is None:
                    keys = [fold_key(f) for f in p.short_forms] if key else []
                    g = next((singles[k] for k in keys if k in singles), None)
                    if g is None:
                        g = new_group()
                    for k in keys:
                        singles.setdefault(k, g)
            g.add(i, pos[i], items[i].country)
            assigned[i] = g

        return self._clusters(groups, items, parsed)

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _duplicate(m: NameMention, same: dict[tuple, int], i: int) -> Optional[int]:
        if m.start is None:
            return None
        key = (m.text, m.start, m.end)
        first = same.setdefault(key, i)
        return None if first == i else first

    def _conflict(self, country: Optional[str], g: _Group) -> bool:
        return self.use_country and bool(country) and bool(g.hints) and country not in g.hints

    def _prefer_country(self, cands: list[_Group], country: Optional[str]) -> list[_Group]:
        if not self.use_country or not country:
            return cands
        agreeing = [g for g in cands if not self._conflict(country, g)]
        return agreeing or cands

    @staticmethod
    def _clusters(groups: list[_Group], items: Sequence[NameMention], parsed: Sequence[ParsedName]) -> list[Cluster]:
        out: list[tuple[tuple[float, int], Cluster]] = []
        for g in groups:
            if not g.members:
                continue
            members = [i for _, i in g.positions]
            best = max(enumerate(members), key=lambda t: (_canonical_score(parsed[t[1]]), -t[0]))[1]
            canonical = parsed[best].canonical or items[best].text
            aliases = list(dict.fromkeys(parsed[i].canonical or items[i].text for i in members))
            aliases = [a for a in aliases if a != canonical]
            country = None
            if g.hints:
                first_seen = {items[i].country: k for k, i in reversed(list(enumerate(members)))}
                country = max(g.hints, key=lambda c: (g.hints[c], -first_seen.get(c, 0)))
            honorifics = list(dict.fromkeys(h for i in members for h in parsed[i].honorifics))
            anchored = any(items[i].anchored or parsed[i].strong for i in members)
            weight = float(sum(items[i].weight for i in members))
            out.append((g.positions[0], Cluster(canonical, members, aliases, country, anchored, weight, honorifics)))
        out.sort(key=lambda t: t[0])
        return [c for _, c in out]


def resolve_mentions(mentions: Iterable[MentionLike], *, fuzzy_threshold: float = 88,
                     given_alone: bool = True, use_country: bool = True) -> list[Cluster]:
    """Cluster the person-name mentions of one document (texts or :class:`NameMention`).

    Returns one :class:`Cluster` per person, ordered by first mention; every input index is in
    exactly one cluster. See the module docstring for the rules.
    """
    return Resolver(fuzzy_threshold=fuzzy_threshold, given_alone=given_alone, use_country=use_country)(mentions)


# ---------------------------------------------------------------------------------------------
def _word_keys(p: ParsedName) -> set[str]:
    keys = {fold_key(t) for t in p.tokens if t and not (t.replace(".", "").isupper() and len(t) <= 3)}
    keys.add(fold_key(p.family))
    keys.discard("")
    return keys


def _push(index: dict[str, list[_Group]], key: str, g: _Group) -> None:
    lst = index.setdefault(key, [])
    if g not in lst:
        lst.append(g)


def _unique(groups: Iterable[_Group]) -> list[_Group]:
    seen: dict[int, _Group] = {}
    for g in groups:
        seen.setdefault(g.ident, g)
    return [seen[k] for k in sorted(seen)]


def _most_recent(cands: list[_Group], position: float) -> _Group:
    """The cluster mentioned last before ``position``; else the one mentioned first after it."""
    best_before: Optional[tuple[float, int, _Group]] = None
    best_after: Optional[tuple[float, int, _Group]] = None
    for g in cands:
        k = bisect.bisect_left(g.positions, (position, -1))
        if k > 0:
            p = g.positions[k - 1][0]
            if best_before is None or (p, -g.ident) > (best_before[0], best_before[1]):
                best_before = (p, -g.ident, g)
        if k < len(g.positions):
            p = g.positions[k][0]
            if best_after is None or (p, g.ident) < (best_after[0], best_after[1]):
                best_after = (p, g.ident, g)
    chosen = best_before or best_after
    assert chosen is not None
    return chosen[2]
