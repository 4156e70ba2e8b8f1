"""How a name reads: the state whose people's names it resembles, for an official whose state is only
the release's home state by guess.

A release's unmarked officials are given its home state; some of them are the other side's ("Vũ Đức
Thành" or "Kim Dong-hyun" in a release from Kuala Lumpur naming Viet Nam and Korea). The names of
the known officeholders (:mod:`dialogue_extract.people.known`, a couple of thousand names of every
state) are a sample of each state's names: a name's letter trigrams are scored against each state's
(a naive Bayes model, add-alpha smoothed, averaged per trigram). A guessed official moves to another
state the release names only when the name reads as that state's far better than as the home
state's (``margin``, in nats per trigram): names of one region (Spanish, Arabic, Malay) read alike
and never move; the official stays a guess (``country_inferred``) with source "name".

Plain Python: no spaCy.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping, Optional, Sequence

from ..folding import fold

if TYPE_CHECKING:
    from .info import OfficialInfo

__all__ = ["NameCultures", "culture_states", "load_cultures"]

_NON_LETTERS = re.compile(r"[\W\d_]+")
#: how much better (mean log-likelihood per trigram) a name must read as another state's than as the
#: home state's to move there
MARGIN = 2.0
#: how much better two names must read in the other order than in the order a text gives them
#: (summed over both: two names are more evidence than one)
PAIR_MARGIN = 1.5
_ALPHA = 0.1


def _trigrams(name: str) -> list[str]:
    out: list[str] = []
    for w in _NON_LETTERS.sub(" ", fold(name)).split():
        w = f"^{w}$"
        out.extend(w[i:i + 3] for i in range(len(w) - 2))
    return out


class NameCultures:
    """Letter-trigram counts of the names of each state's known officeholders."""

    def __init__(self, rows: Iterable[Mapping[str, str]], *, margin: float = MARGIN, alpha: float = _ALPHA,
                 pair_margin: float = PAIR_MARGIN) -> None:
        self.margin, self.alpha, self.pair_margin = margin, alpha, pair_margin
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.totals: Counter = Counter()
        seen: set[tuple[str, str]] = set()
        vocabulary: set[str] = set()
        for row in rows:
            name, country = (row.get("name") or "").strip(), (row.get("country") or "").strip()
            if not name or not country or (name, country) in seen:
                continue
            seen.add((name, country))
            grams = _trigrams(name)
            self.counts[country].update(grams)
            self.totals[country] += len(grams)
            vocabulary.update(grams)
        self.vocabulary = max(1, len(vocabulary))

    def score(self, name: str, country: str) -> Optional[float]:
        """Mean log-likelihood per trigram of ``name`` as a name of ``country`` (None: no sample)."""
        grams = _trigrams(name)
        if not grams or country not in self.totals:
            return None
        counts, denominator = self.counts[country], self.totals[country] + self.alpha * self.vocabulary
        return sum(math.log((counts[g] + self.alpha) / denominator) for g in grams) / len(grams)

    def reads_as(self, name: str, home: str, others: Sequence[str]) -> Optional[str]:
        """The one state of ``others`` whose names ``name`` reads as far better than the ``home``
        state's, or None."""
        at_home = self.score(name, home)
        if at_home is None:
            return None
        scored = [(s, c) for c in others if c != home and (s := self.score(name, c)) is not None]
        if not scored:
            return None
        best, code = max(scored)
        return code if best - at_home > self.margin else None

    def pair_reversed(self, first: str, second: str, first_state: str, second_state: str) -> bool:
        """Whether two names a text gives as of ``first_state`` and ``second_state``, in that order,
        read far better the other way round (the sum over both names of how much better each reads
        as the other state's than as its own exceeds ``pair_margin``)."""
        scores = [self.score(name, code) for name in (first, second) for code in (first_state, second_state)]
        if any(x is None for x in scores):
            return False
        a_first, a_second, b_first, b_second = scores
        return (a_second - a_first) + (b_first - b_second) > self.pair_margin


def culture_states(officials: Sequence["OfficialInfo"], cultures: NameCultures, named: Sequence[str]) -> None:
    """Move each official given the home state by guess (``country_inferred``) whose name reads as
    another state's the release names (``named``) to that state, still a guess (source "name")."""
    states = list(dict.fromkeys(named))
    for o in officials:
        if not o.country_inferred or o.country is None or o.international:
            continue
        code = cultures.reads_as(o.name, o.country, [c for c in states if c != o.country])
        if code is not None:
            o.country, o.country_source = code, "name"


@lru_cache(maxsize=4)
def load_cultures(path: str) -> NameCultures:
    """The cultures learnt from the names of the known officeholders' table at ``path`` (read once
    per process; :mod:`dialogue_extract.people.known`)."""
    from ..data import read_tsv

    return NameCultures(read_tsv(path, columns=("name", "country")))
