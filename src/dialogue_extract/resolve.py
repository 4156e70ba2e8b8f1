"""Grouping the person-name mentions of one document into people (no spaCy).

>>> clusters = resolve_mentions(["Subrahmanyam Jaishankar", "Dr. S. Jaishankar", "Jaishankar",
...                              "Devendra Sharma", "Sharma"])
>>> [(c.canonical, c.members) for c in clusters]
[('Subrahmanyam Jaishankar', [0, 1, 2]), ('Devendra Sharma', [3, 4])]

Algorithm (deterministic, roughly linear: candidates are found through dictionaries keyed by
folded name words, never by comparing all pairs; when more than :data:`BLOCK_ABOVE` clusters
share a word, as in a list of hundreds of people named Sharma, only those that also share another
word or a matching initial with the form are candidates):

1. Multi-word forms, in text order, join the cluster whose every form they are
   :func:`~dialogue_extract.names.names_compatible` with and whose country hints do not
   conflict with theirs; when several clusters qualify, the one mentioned most recently before
   the mention wins (else the nearest after it); when none does, they start a cluster.
2. Single-unit forms ("Sharma", "Hyun", "Khải", "Al Qasimi"), in text order, join a cluster of
   which they are a short form (family name, family-first given name, last word, ...), choosing
   by the same most-recent rule; failing that, a cluster whose first given name they are
   ("Haruki" for "Haruki Matsumoto"); failing that, any other word of a full name that is not a
   forebear's ("Abdullah" of "... bin Abdullah Al Saud" names his father) nor, for a regnal name
   ("Abdullah II"), any given name; failing that, a cluster whose short form it is spelt another way
   ("Al-Majaly" / "Al-Majali", "Abu Zeid" / "Abou Zeid"); failing that, the cluster of the same
   single form, or a new one.
   A form given a title ("President Torres") first joins a fitting cluster given the same title
   or a longer one it opens ("Minister Al Busaidi": the Minister of Foreign Affairs).

Two different people who share only a family name or only a given name are never merged.
"""
from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence, Union

from .gc_pause import gc_paused
from .names import (NameLexicon, ParsedName, _is_initials_unit, family_variant, fold_key, lineage_keys,
                    names_compatible, parse_name, variant_key)

__all__ = ["NameMention", "Cluster", "MentionClusterer", "Resolver", "resolve_mentions", "BLOCK_ABOVE"]

#: Clusters sharing one name word beyond which candidates for a full name are blocked by its
#: other words and initials (documents name far fewer people sharing a word; the blocking keeps a
#: list of thousands of namesakes linear instead of comparing every pair).
BLOCK_ABOVE = 32


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
    """Bigger is fuller: more name items, a written word counting as two and an initial as one
    letter ("Sergey Kalinin" over "S.V. Kalinin", "Jane A. Roe" over "Jane Roe"), full given names
    over initials, a suffix, diacritics over their folded spelling, not a shouted all-caps form."""
    # (a short word in capitals is initials only when the name was read with some: "AK Antony",
    # not "KIM Seong-ho")
    full_words = sum(1 for t in p.tokens if not (p.initials and (t.replace(".", "").isupper() and len(t.replace(".", "")) <= 3
                                                                 or _is_initials_unit(t))))  # ("Yu.", "Ye.": one initial)
    non_ascii = 0 if p.canonical.isascii() else sum(1 for c in p.canonical if ord(c) > 127)
    shouted = p.canonical.isupper() and len(p.tokens) > 1
    return (2 * full_words + len(p.initials), -len(p.initials), p.suffix is not None, non_ascii, not shouted)


class _Group:
    __slots__ = ("ident", "members", "positions", "forms", "hints", "timelines", "block_keys", "titles", "touched")

    def __init__(self, ident: int) -> None:
        self.ident = ident
        self.members: list[int] = []
        self.positions: list[tuple[float, int]] = []  # sorted (position, index)
        self.forms: dict[str, ParsedName] = {}  # multi-word forms by canonical text
        self.hints: Counter[str] = Counter()
        self.timelines: list[list[tuple[float, int]]] = []  # of the large pools it is in
        self.block_keys: set[tuple[str, str]] = set()
        self.titles: set[str] = set()  # folded titles its mentions were given
        self.touched = 0  # when it was last mentioned (order of the multi-word forms)

    def add(self, index: int, position: float, country: Optional[str], titles: Iterable[str] = ()) -> None:
        self.members.append(index)
        self.titles.update(titles)
        bisect.insort(self.positions, (position, index))
        for timeline in self.timelines:
            bisect.insort(timeline, (position, -self.ident))
        if country:
            self.hints[country] += 1


class MentionClusterer:
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
        with gc_paused():  # thousands of names: collector passes grew faster than the work
            return self._resolve(mentions)

    def _resolve(self, mentions: Iterable[MentionLike]) -> list[Cluster]:
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
        by_word: dict[str, dict[int, _Group]] = {}  # multi-word clusters by folded word
        own_word: dict[str, dict[int, _Group]] = {}  # ... by their words that are not a forebear's
        blocks: dict[tuple[str, str], dict[int, _Group]] = {}  # ... by word and another word or initial
        short: dict[str, dict[int, _Group]] = {}  # multi-word clusters by their short forms
        given: dict[str, dict[int, _Group]] = {}  # ... by their first given names
        spelt: dict[str, dict[int, _Group]] = {}  # ... by the consonant skeleton of their short forms
        singles: dict[str, _Group] = {}  # clusters made of single forms only
        compat_cache: dict[tuple[str, str], bool] = {}
        # a form's folded word keys and the folded short and given forms it is found under, read
        # once per parsed form (the parsed forms are shared by the mentions of one text)
        form_keys: dict[int, tuple[set[str], list[str], list[str]]] = {}

        def keys_of(p: ParsedName) -> tuple[set[str], list[str], list[str]]:
            hit = form_keys.get(id(p))
            if hit is None:
                hit = form_keys[id(p)] = (_word_keys(p), [fold_key(f) for f in p.short_forms],
                                          [fold_key(f) for f in p.given_forms])
            return hit

        def compatible(p: ParsedName, q: ParsedName) -> bool:
            key = (p.canonical, q.canonical) if p.canonical <= q.canonical else (q.canonical, p.canonical)
            hit = compat_cache.get(key)
            if hit is None:
                hit = names_compatible(p, q, fuzzy_threshold=self.fuzzy_threshold, lexicon=self.lexicon) \
                    or _surname_run(p, q) or _surname_run(q, p)
                compat_cache[key] = hit
            return hit

        # the blocks are only read once a word is shared by more than BLOCK_ABOVE clusters: until
        # then only the order in which clusters were last mentioned is kept, and the blocks are
        # made from it when first needed (as they would have been kept all along)
        blocking = False
        clock = 0

        def index_blocks(g: _Group, p: ParsedName) -> None:
            for w in keys_of(p)[0]:
                for k in _block_keys(p, w, query=False):
                    _push(blocks, (w, k), g)
                    g.block_keys.add((w, k))
            # an initial that a full word of the cluster now spells out is no longer open to
            # other full words ("G. Sharma" once "Gita Sharma" joined it)
            spelled = {(w, k[1]) for w, k in g.block_keys if k[0] == "="}
            for key in [(w, k) for w, k in g.block_keys if k[0] == "~" and (w, k[1]) in spelled]:
                g.block_keys.discard(key)
                blocks[key].pop(g.ident, None)

        def index_form(g: _Group, p: ParsedName) -> None:
            forebears = lineage_keys(p)
            for w in keys_of(p)[0]:
                _push(by_word, w, g)
                if w not in forebears:
                    _push(own_word, w, g)
            if blocking:
                index_blocks(g, p)

        def start_blocking() -> None:
            nonlocal blocking
            blocking = True
            for h in sorted((h for h in groups if h.forms), key=lambda h: h.touched):
                for q in h.forms.values():
                    index_blocks(h, q)

        def touch(g: _Group) -> None:
            """Move ``g`` to the end (most recent) of its blocks."""
            nonlocal clock
            clock += 1
            g.touched = clock
            if blocking:
                for key in g.block_keys:
                    blk = blocks[key]
                    blk.pop(g.ident, None)
                    blk[g.ident] = g
            _words, short_keys, given_keys = keys_of(p)
            for k in short_keys:
                _push(short, k, g)
            for k in given_keys:
                _push(given, k, g)
            for f in _spelt_forms(p):
                _push(spelt, _skeleton(variant_key(f)), g)

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
                assigned[i].add(i, pos[i], items[i].country, _titles(items[i]))
                touch(assigned[i])
                continue

            def fits(g: _Group) -> bool:
                return not self._conflict(items[i].country, g) and all(compatible(p, q) for q in g.forms.values())

            found: dict[int, _Group] = {}
            for w in keys_of(p)[0]:
                pool = by_word.get(w)
                if not pool:
                    continue
                if len(pool) <= BLOCK_ABOVE:
                    found.update(pool)
                    continue
                # many clusters share the word: per finer key, the most recently mentioned
                # fitting cluster (blocks are kept in order of last mention)
                if not blocking:
                    start_blocking()
                for k in _block_keys(p, w, query=True):
                    for g in reversed((blocks.get((w, k)) or {}).values()):
                        if fits(g):
                            found[g.ident] = g
                            break
            cands = [g for g in (found[k] for k in sorted(found)) if fits(g)]
            g = _most_recent(cands, pos[i]) if cands else new_group()
            g.add(i, pos[i], items[i].country, _titles(items[i]))
            assigned[i] = g
            if p.canonical not in g.forms:
                g.forms[p.canonical] = p
                index_form(g, p)
            touch(g)

        # 2. single-unit forms (and empty ones)
        timelines: dict[tuple[int, str], list[tuple[float, int]]] = {}
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
                    pools = [(0, short.get(key, {}))]
                    # a regnal name ("King Abdullah II") is no given name of a person named without
                    # its numeral, nor a forebear's name in a lineage ("... bin Abdullah Al Saud")
                    if self.given_alone and not p.suffix:
                        pools.append((1, given.get(key, {})))
                        # last resort: any other word of a full name ("Fuentes" of "Carolina
                        # Fuentes Ortega", whose first surname is the one used alone)
                        pools.append((2, own_word.get(key, {})))
                    # "President Torres": the person given that title, whichever way the surname fits
                    titled = _titled(pools, items[i])
                    if titled:
                        g = _most_recent(self._prefer_country(titled, items[i].country), pos[i])
                        pools = []
                    for kind, pool in pools:
                        if not pool:
                            continue
                        if len(pool) <= BLOCK_ABOVE:
                            g = _most_recent(self._prefer_country([pool[k] for k in sorted(pool)],
                                                                  items[i].country), pos[i])
                        else:  # many namesakes: one timeline of the pool's mentions, not a scan per cluster
                            timeline = timelines.get((kind, key))
                            if timeline is None:
                                timeline = timelines[(kind, key)] = sorted(
                                    (q, -h.ident) for h in pool.values() for q, _ in h.positions)
                                for h in pool.values():
                                    h.timelines.append(timeline)
                            g = self._recent_on(timeline, groups, pos[i], items[i].country)
                        break
                if g is None and key:
                    # the family name spelt another way ("Al-Majaly" of "Nasser Odeh Al-Majali",
                    # "Abu Zeid" of "Ahmed Fouad Abou Zeid"), when no cluster has it as written
                    pool = spelt.get(_skeleton(variant_key(p.family)))
                    if pool:
                        cands = [h for h in (pool[k] for k in sorted(pool))
                                 if any(family_variant(p.family, f) for q in h.forms.values() for f in _spelt_forms(q))]
                        if cands:
                            g = _most_recent(self._prefer_country(cands, items[i].country), pos[i])
                if g is None:
                    keys = [fold_key(f) for f in p.short_forms] if key else []
                    g = next((singles[k] for k in keys if k in singles), None)
                    if g is None:
                        g = new_group()
                    for k in keys:
                        singles.setdefault(k, g)
            g.add(i, pos[i], items[i].country, _titles(items[i]))
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

    def _recent_on(self, timeline: list[tuple[float, int]], groups: list[_Group], position: float,
                   country: Optional[str]) -> _Group:
        """:func:`_most_recent` over the clusters of a large pool (preferring those whose country
        hints agree, like :meth:`_prefer_country`), read from the pool's timeline of
        ``(position, -ident)`` entries instead of every cluster's positions."""
        if self.use_country and country:
            g = _recent_in(timeline, groups, position, lambda h: not self._conflict(country, h))
            if g is not None:
                return g
        g = _recent_in(timeline, groups, position, lambda h: True)
        assert g is not None
        return g

    def _prefer_country(self, cands: list[_Group], country: Optional[str]) -> list[_Group]:
        if not self.use_country or not country:
            return cands
        agreeing = [g for g in cands if not self._conflict(country, g)]
        return agreeing or cands

    @staticmethod
    def _clusters(groups: list[_Group], items: Sequence[NameMention], parsed: Sequence[ParsedName]) -> list[Cluster]:
        out: list[tuple[tuple[float, int], Cluster]] = []
        scores: dict[int, tuple] = {}  # of each parsed form (shared by the mentions of one text)

        def score_of(p: ParsedName) -> tuple:
            hit = scores.get(id(p))
            if hit is None:
                hit = scores[id(p)] = _canonical_score(p)
            return hit

        for g in groups:
            if not g.members:
                continue
            members = [i for _, i in g.positions]
            best = members[0] if len(members) == 1 else \
                max(enumerate(members), key=lambda t: (score_of(parsed[t[1]]), -t[0]))[1]
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


#: the brackets and quotation marks that set off the name a person goes by after the full one
_ALIAS_MARKS = {"(": ")", "«": "»", "“": "”", "\"": "\"", "‘": "’"}


def merge_bracketed_aliases(text: str, mentions: list[NameMention], clusters: list[Cluster]) -> list[Cluster]:
    """Join the cluster of a name set off in brackets or quotation marks right after another
    person's name ("Néstor Wilber CALLA CHOQUE («Wilber Calla»)", "Antônio Carlos SIQUEIRA LEMOS
    (Toninho Lemos)") to that person's: the name the person goes by, whatever words it keeps.
    ``mentions`` carry the character offsets into ``text``; the clusters keep their order."""
    owner = {i: k for k, c in enumerate(clusters) for i in c.members}
    by_end = {m.end: i for i, m in enumerate(mentions) if m.end is not None}
    into: dict[int, int] = {}
    for i, m in enumerate(mentions):
        if m.start is None or m.start < 2 or m.end is None:
            continue
        a = m.start - 1
        while a > 0 and text[a] == " ":
            a -= 1
        close = _ALIAS_MARKS.get(text[a])
        if close is None or text[m.end:m.end + 1] != close:
            continue
        b = a - 1
        while b > 0 and (text[b] == " " or text[b] in _ALIAS_MARKS):  # ("(«Wilber Calla»)")
            b -= 1
        j = by_end.get(b + 1)
        if j is None:
            continue
        ka, kb = owner[j], owner[i]
        while ka in into:
            ka = into[ka]
        if ka != kb and kb not in into:
            into[kb] = ka
    if not into:
        return clusters
    for kb in into:  # (in the order the loop above joined them)
        root = into[kb]
        while root in into:
            root = into[root]
        c, other = clusters[root], clusters[kb]
        c.members = sorted(c.members + other.members)
        c.aliases = list(dict.fromkeys(c.aliases + [other.canonical] + other.aliases))
        c.country = c.country or other.country
        c.anchored = c.anchored or other.anchored
        c.weight += other.weight
        c.honorifics = list(dict.fromkeys(c.honorifics + other.honorifics))
    return [c for k, c in enumerate(clusters) if k not in into]


def resolve_mentions(mentions: Iterable[MentionLike], *, fuzzy_threshold: float = 88,
                     given_alone: bool = True, use_country: bool = True) -> list[Cluster]:
    """Cluster the person-name mentions of one document (texts or :class:`NameMention`).

    Returns one :class:`Cluster` per person, ordered by first mention; every input index is in
    exactly one cluster. See the module docstring for the rules.
    """
    return MentionClusterer(fuzzy_threshold=fuzzy_threshold, given_alone=given_alone, use_country=use_country)(mentions)


# ---------------------------------------------------------------------------------------------
def _word_keys(p: ParsedName) -> set[str]:
    keys = {fold_key(t) for t in p.tokens if t and not (t.replace(".", "").isupper() and len(t) <= 3)}
    keys.add(fold_key(p.family))
    # a first surname written with its particles is one key ("del Castillo" of "Ana Lucía del
    # Castillo Ospina", the form a later mention uses alone)
    keys.update(fold_key(f) for f in p.first_surname_forms)
    keys.discard("")
    return keys


def _push(index: dict[Any, dict[int, _Group]], key: Any, g: _Group) -> None:
    index.setdefault(key, {})[g.ident] = g


def _block_keys(p: ParsedName, word: str, *, query: bool) -> set[str]:
    """Finer keys of a full name beside its shared ``word``: its other words and initials. A
    form is indexed under "=word", "%skeleton" and "^letter" for each other full word, "^letter"
    and "~letter" for each initial; a query looks up "=word", "%skeleton" and "~letter" for its
    full words (an equal word, a spelling variant, or an initial standing for it) and "^letter"
    for its initials."""
    keys: set[str] = set()
    for t in p.tokens:
        k = fold_key(t)
        if not k or k == word:
            continue
        if _is_initials_unit(t):
            for c in k:
                keys.update(("^" + c,) if query else ("^" + c, "~" + c))
        else:
            keys.update(("=" + k, "~" + k[0], "%" + _skeleton(k)) if query else
                        ("=" + k, "^" + k[0], "%" + _skeleton(k)))
    return keys


def _spelt_forms(p: ParsedName) -> tuple[str, ...]:
    """The forms of a full name a later mention may spell another way: its short forms and, for a
    name read given name first, its last word ("Elkhereiji" of "Waleed bin Abdulkarim Elkhereiji",
    used alone as "Elkhereji"), unless that word is a forebear's ("Abdullah" of "Hussein bin
    Abdullah" names his father)."""
    if p.family_first or len(p.tokens) < 2 or p.tokens[-1] in p.short_forms \
            or fold_key(p.tokens[-1]) in lineage_keys(p):
        return p.short_forms
    return p.short_forms + (p.tokens[-1],)


def _skeleton(word: str) -> str:
    """First letter and consonants, repeats collapsed: spelling variants close enough for the
    fuzzy match ("Mohammed" / "Mohamed") share it."""
    out = word[:1]
    for c in word[1:]:
        if c not in "aeiouy" and c != out[-1]:
            out += c
    return out



def _surname_run(short: ParsedName, full: ParsedName) -> bool:
    """Whether the words of ``short`` (two or more, none an initial) are the surnames of ``full``
    after its given names, at its end or before its last word: "Castro Mendes" of "Luíza Helena
    Pereira de Castro Mendes", "Santa Cruz" of "María José Santa Cruz Larraín" (a compound first
    surname). Read within one release, where two people sharing two words of a name are rare."""
    a, b = short.tokens, full.tokens
    n = len(a)
    if n < 2 or len(b) < n + 2 or any(_is_initials_unit(t) for t in a) or not all(t[:1].isupper() for t in a):
        return False
    keys = [fold_key(t) for t in a]
    folded = [fold_key(t) for t in b]
    for start in (len(b) - n, len(b) - n - 1):
        if start >= 2 and folded[start:start + n] == keys:
            return True
    return False


def _titles(m: NameMention) -> Iterable[str]:
    """The folded titles a mention was given (``context["titles"]``: "President Torres")."""
    return m.context.get("titles", ()) if m.context else ()


def _titled(pools: list[tuple[int, dict[int, _Group]]], m: NameMention) -> list[_Group]:
    """Of the clusters a lone surname may join (``pools``, in order of preference), those given
    the title the mention is given ("President Torres" is the President Gabriel Torres Ibarra, not
    the Vice Minister Andrés Torres Quispe), from every pool; [] when the mention has no title or
    no such cluster (then the pools are tried in order as usual)."""
    titles = _titles(m)
    if not titles:
        return []
    found: dict[int, _Group] = {}
    for _kind, pool in pools:
        if pool and len(pool) <= BLOCK_ABOVE:
            for k in sorted(pool):
                if any(_title_fits(t, u) for t in titles for u in pool[k].titles):
                    found[k] = pool[k]
    return [found[k] for k in sorted(found)]


def _title_fits(short: str, full: str) -> bool:
    """Whether the folded title ``short`` a lone surname is given is ``full`` or its head word(s):
    "minister" (of "Minister Al Busaidi") fits "minister of foreign affairs"."""
    return short == full or (full.startswith(short) and full[len(short):len(short) + 1] == " ")


def _most_recent(cands: list[_Group], position: float) -> _Group:
    """The cluster mentioned last before ``position``; else the one mentioned first after it."""
    if len(cands) == 1:
        return cands[0]
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


def _recent_in(timeline: list[tuple[float, int]], groups: list[_Group], position: float,
               ok: Any) -> Optional[_Group]:
    """The cluster mentioned last before ``position`` among those passing ``ok`` (ties: the
    lowest ident), else the one mentioned first after it; ``None`` when none passes."""
    idx = bisect.bisect_left(timeline, (position, -math.inf))
    for j in range(idx - 1, -1, -1):
        g = groups[-timeline[j][1]]
        if ok(g):
            return g
    for j in range(idx, len(timeline)):
        g = groups[-timeline[j][1]]
        if ok(g):
            first, k = g, j + 1  # same position: the lowest ident is last
            while k < len(timeline) and timeline[k][0] == timeline[j][0]:
                h = groups[-timeline[k][1]]
                if ok(h):
                    first = h
                k += 1
            return first
    return None


#: The name of :class:`MentionClusterer` until version 0.1.
Resolver = MentionClusterer
