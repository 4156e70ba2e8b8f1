"""100,000 official mentions through the corpus registry.

    python benchmarks/bench_corpus.py [--mentions 100000]

Builds documents with in-document officials by hand (names drawn from a pool of invented people
written in several forms: full, initial + surname, honorific + surname, family-first) and times
``CorpusResolver.add`` over all of them.
"""
from __future__ import annotations

import argparse
import random
import resource
import time

from dialogue_extract.corpus import CorpusResolver
from dialogue_extract.results import Extraction, Mention, Official

GIVEN = ["Arvind", "Sunita", "Claire", "Matthias", "Elena", "Kenji", "Haruka", "Amara", "Lucas", "Sofia",
         "Dmitri", "Ahmed", "Nurlan", "James", "Maria", "Rahul", "Priya", "Pierre", "Anna", "Omar"]
FAMILY = ["Mehrotra", "Raghavan", "Dubreuil", "Kornfeld", "Marchetti", "Watanuki", "Onodera", "Okonkwo",
          "Ferreira", "Lindqvist", "Sokolovsky", "Mansouri", "Abenov", "Whitfield", "Castellanos", "Sharma",
          "Singh", "Kumar", "Martin", "Schmidt", "Tanaka", "Kim", "Lee", "Wang", "Zhang"]
COUNTRIES = ["IND", "FRA", "DEU", "ITA", "JPN", "KOR", "CHN", "NGA", "BRA", "SWE", "RUS", "ARE"]
TITLES = ["Foreign Minister", "Ambassador", "Deputy Minister", "Secretary", "Prime Minister"]


def _forms(given: str, family: str) -> list[str]:
    return [f"{given} {family}", f"{given[0]}. {family}", f"Dr. {given} {family}", f"{given[0]} {family}"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--per-doc", type=int, default=4)
    ap.add_argument("--people", type=int, default=5000)
    args = ap.parse_args()
    rng = random.Random(7)
    people = [(rng.choice(GIVEN) + ("" if i < 400 else f"{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}"),
               rng.choice(FAMILY), rng.choice(COUNTRIES)) for i in range(args.people)]
    docs = []
    for d in range(args.mentions // args.per_doc):
        offs = []
        for k, (g, f, c) in enumerate(rng.sample(people, args.per_doc)):
            name = rng.choice(_forms(g, f))
            offs.append(Official(id=f"P{k + 1}", name=name, aliases=[f], titles=[rng.choice(TITLES)], country=c,
                                 mentions=[Mention(text=name, start=0, end=len(name))]))
        docs.append((f"d{d:06d}", Extraction(officials=offs)))
    n = sum(len(e.officials) for _, e in docs)
    reg = CorpusResolver()
    t = time.perf_counter()
    for doc_id, ex in docs:
        reg.add(doc_id, ex, reference_date="2024-01-01")
    secs = time.perf_counter() - t
    print(f"{n:,} officials from {len(docs):,} documents ({len(people):,} distinct people) -> "
          f"{len(reg):,} entities in {secs:.2f} s ({n / secs:,.0f} officials/s)")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
