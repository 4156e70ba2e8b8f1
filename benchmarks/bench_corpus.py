"""The corpus registry on a large archive: time, officials/s, peak memory and growth.

    python benchmarks/bench_corpus.py                                  # 1,000,000 officials of 50,000 people
    python benchmarks/bench_corpus.py --officials 125000 --people 6250
    python benchmarks/bench_corpus.py --growth 8                       # also at 1/8 of the size: exponent
    python benchmarks/bench_corpus.py --officials 20000 --people 1000 --ids ids.txt   # entity ids, one a line

Builds documents with in-document officials by hand (names drawn from a pool of invented people
written in several forms: full, initial + surname, honorific + surname, family-first, bare
surname), a document at a time, and times ``CorpusRegistry.add`` over all of them (building the
documents is not timed). The number of people grows with the archive: ``--growth 8`` also runs
1/8 of the officials of 1/8 of the people and prints the growth exponent
``log(t_n / t_small) / log(8)`` (1.0 is linear). Peak memory is the peak of the Python heap
while the registry fills (``tracemalloc``, started only with ``--memory``, which slows the run),
and the process's peak resident size.
"""
from __future__ import annotations

import argparse
import itertools
import math
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from typing import Iterator, Optional

from dialogue_extract.corpus import CorpusRegistry
from dialogue_extract.results import Extraction, Mention, Official

GIVEN = ["Arvind", "Sunita", "Claire", "Matthias", "Elena", "Kenji", "Haruka", "Amara", "Lucas", "Sofia",
         "Dmitri", "Ahmed", "Nurlan", "James", "Maria", "Rahul", "Priya", "Pierre", "Anna", "Omar"]
FAMILY = ["Mehrotra", "Raghavan", "Dubreuil", "Kornfeld", "Marchetti", "Watanuki", "Onodera", "Okonkwo",
          "Ferreira", "Lindqvist", "Sokolovsky", "Mansouri", "Abenov", "Whitfield", "Castellanos", "Sharma",
          "Singh", "Kumar", "Martin", "Schmidt", "Tanaka", "Kim", "Lee", "Wang", "Zhang"]
COUNTRIES = ["IND", "FRA", "DEU", "ITA", "JPN", "KOR", "CHN", "NGA", "BRA", "SWE", "RUS", "ARE"]
TITLES = ["Foreign Minister", "Ambassador", "Deputy Minister", "Secretary", "Prime Minister"]
CHUNK = 5000  # documents built, then registered, at a time
SYLLABLES = ["ka", "ro", "mi", "ten", "sa", "lu", "dor", "vi", "na", "bel", "o", "ran", "zu", "ko", "le"]


def _forms(given: str, family: str) -> list[str]:
    return [f"{given} {family}", f"{given} {family}", f"{given[0]}. {family}", f"Dr. {given} {family}",
            f"{given[0]} {family}", f"{family.upper()} {given}", family]


def people_pool(n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """``n`` invented people (given name, family name, country). Common family names are shared by
    many people; the number of distinct family names grows with ``n`` as in a real archive."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        given = rng.choice(GIVEN) + ("" if i < 400 else f"{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}")
        if rng.random() < 0.3:
            family = rng.choice(FAMILY)
        else:
            family = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        out.append((given, family, rng.choice(COUNTRIES)))
    return out


def documents(officials: int, people: int, per_doc: int = 4, seed: int = 7) -> Iterator[tuple[str, Extraction]]:
    """The synthetic archive, one ``(doc_id, Extraction)`` at a time (the same for the same arguments)."""
    pool = people_pool(people, seed)
    rng = random.Random(seed + 1)
    for d in range(officials // per_doc):
        offs = []
        for k, (g, f, c) in enumerate(rng.sample(pool, per_doc)):
            name = rng.choice(_forms(g, f))
            country = c if rng.random() < 0.9 else None
            offs.append(Official(id=f"P{k + 1}", name=name, aliases=[f], titles=[rng.choice(TITLES)],
                                 country=country, country_inferred=country is not None and rng.random() < 0.2,
                                 mentions=[Mention(text=name, start=0, end=len(name))]))
        yield f"d{d:07d}", Extraction(officials=offs, reference_date="2024-01-01")


def run(officials: int, people: int, *, memory: bool = False, ids: Optional[str] = None) -> float:
    reg = CorpusRegistry()
    if memory:
        tracemalloc.start()
    secs, n, n_docs = 0.0, 0, 0
    out = open(ids, "w", encoding="utf-8") if ids else None
    docs = documents(officials, people)
    while True:
        chunk = list(itertools.islice(docs, CHUNK))  # built outside the timed part
        if not chunk:
            break
        t = time.process_time()
        got = reg.add_many(chunk)
        secs += time.process_time() - t
        n += sum(len(ex.officials) for _, ex in chunk)
        n_docs += len(chunk)
        if out:
            out.write("".join(f"{doc_id} {k} {v}\n" for (doc_id, _), g in zip(chunk, got) for k, v in g.items()))
    if out:
        out.close()
    peak = ""
    if memory:
        peak = f", Python heap peak {tracemalloc.get_traced_memory()[1] / 2**20:,.0f} MB (tracemalloc)"
        tracemalloc.stop()
    print(f"{n:,} officials from {n_docs:,} documents ({people:,} distinct people) -> {len(reg):,} entities "
          f"in {secs:.2f} s CPU ({n / secs:,.0f} officials/s){peak}; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    return secs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--officials", "--mentions", type=int, default=1_000_000)
    ap.add_argument("--people", type=int, default=50_000)
    ap.add_argument("--growth", type=int, default=0, help="also run at 1/GROWTH of the size; print the exponent")
    ap.add_argument("--memory", action="store_true", help="measure the Python heap's peak with tracemalloc")
    ap.add_argument("--ids", help="write 'doc_id official_id entity_id' lines to this file")
    args = ap.parse_args()
    if args.growth > 1:  # the small size in a fresh process: no cache warmed by the other run
        cmd = [sys.executable, __file__, "--officials", str(args.officials // args.growth),
               "--people", str(max(1, args.people // args.growth))] + (["--memory"] if args.memory else [])
        line = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip()
        print(line)
        small = float(line.split(" entities in ")[1].split(" s ")[0])
    big = run(args.officials, args.people, memory=args.memory, ids=args.ids)
    if args.growth > 1:
        print(f"growth exponent between n and {args.growth}n: {math.log(big / small) / math.log(args.growth):.2f}")


if __name__ == "__main__":
    main()
