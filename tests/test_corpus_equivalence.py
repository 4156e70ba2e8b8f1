"""The indexed corpus registry gives exactly the entity ids of the plain one (every candidate of a
block bucket compared in turn, ``reference_corpus.py``), on hand-picked hard names and on a larger
synthetic archive where many people share family names and initials."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_extract.corpus import CorpusRegistry
from dialogue_extract.results import Extraction, Mention, Official
from reference_corpus import ReferenceResolver

# forms that exercise every way two names can be compatible: initials, fuzzy given and family
# names, given names written joined or apart, family name first, patronymic names, particles,
# a whole name that is another's family unit, bare surnames
NAMES = [
    "Subrahmanyam Jaishankar", "S. Jaishankar", "Dr. S. Jaishankar", "Subramanyam Jaishankar",
    "Sanjay Jaishankar", "Jaishankar", "Kim Jong Un", "Kim Jong-un", "KIM Jong Un", "Kim Yo Jong", "Kim",
    "Hamad bin Sultan", "Hamad bin Sultan bin Khalifa Al Qasimi", "Al Qasimi", "Qasimi",
    "Fahad bin Mansour Al Qasimi", "Jean-Marc Le Floch", "Jean Marc Le Floch", "Le Floch", "Marc Floch",
    "Sergey Sokolovsky", "Sergey Sokolovskiy", "Sergei Sokolovsky", "Sergey Belov", "Akiko Nishimura",
    "NISHIMURA Akiko", "Nishimura", "Zhou Kai", "Zhou", "Kai Zhou", "Maria Lopez", "Maria Lopes",
    "M. Lopez", "Mario Lopez", "Lopez", "Khairul Anuar bin Mohd Yusof", "Khairul Anuar", "Đinh Thị Lan Anh",
    "Lan Anh", "Arvind Kumar Sharma", "Arvind Sharma", "A. K. Sharma", "A Sharma", "Kumar Sharma", "Sharma",
    "Amara Sharma", "Anna Sharma", "Annabel Sharma", "Annabelle Sharma", "H.E. Arvind Sharma",
]
COUNTRIES = [None, "IND", "FRA", "PRK"]


def _official(i: int, name: str, country, inferred: bool) -> Official:
    return Official(id=f"P{i}", name=name, country=country, country_inferred=bool(country) and inferred,
                    mentions=[Mention(text=name, start=0, end=len(name))])


def _both(docs: list[list[tuple[str, object, bool]]]) -> None:
    new, ref = CorpusRegistry(), ReferenceResolver()
    for d, offs in enumerate(docs):
        ex = Extraction(officials=[_official(i, *o) for i, o in enumerate(offs)])
        assert new.add(f"d{d}", ex) == ref.add(f"d{d}", ex), f"document {d}"
    assert [e.to_dict() for e in new.entities()] == [e.to_dict() for e in ref.entities()]


_offs = st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(COUNTRIES), st.booleans()), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(_offs, min_size=1, max_size=25))
def test_hard_names_resolve_as_the_plain_registry_does(docs):
    _both(docs)


def test_synthetic_archive_resolves_as_the_plain_registry_does():
    """2,000 officials of 300 people: common family names shared by many, given names that differ
    by a letter, every form of a name (full, initial, honorific, family name first, bare)."""
    rng = random.Random(13)
    given = ["Arvind", "Aravind", "Amara", "Anna", "Annabel", "Sofia", "Sophia", "Sunita", "Kenji", "Maria"]
    family = ["Sharma", "Kim", "Lee", "Martin", "Sokolovsky", "Sokolovskiy", "Al Qasimi"]
    people = [(rng.choice(given) + ("" if i < 60 else "lina"[i % 4] + "ko"[i % 2]), rng.choice(family),
               rng.choice(COUNTRIES)) for i in range(300)]
    docs = []
    for _ in range(500):
        offs = []
        for g, f, c in rng.sample(people, 4):
            name = rng.choice([f"{g} {f}", f"{g[0]}. {f}", f"Dr. {g} {f}", f"{f.upper()} {g}", f,
                               f"{g} Kumar {f}"])
            offs.append((name, c if rng.random() < 0.85 else None, rng.random() < 0.2))
        docs.append(offs)
    _both(docs)


def test_benchmark_archive_resolves_as_the_plain_registry_does():
    """The archive ``benchmarks/bench_corpus.py`` times (every form of a name, honorifics included:
    "Dr. Arvind Sharma" is compared through the keys and verdicts of "Arvind Sharma"), small."""
    import sys
    from pathlib import Path

    bench = str(Path(__file__).resolve().parent.parent / "benchmarks")
    sys.path.insert(0, bench)
    try:
        import bench_corpus
    finally:
        sys.path.remove(bench)
    new, ref = CorpusRegistry(), ReferenceResolver()
    for doc_id, ex in bench_corpus.documents(6000, 300):
        assert new.add(doc_id, ex) == ref.add(doc_id, ex), doc_id
    assert [e.to_dict() for e in new.entities()] == [e.to_dict() for e in ref.entities()]
    assert len(new) > 300  # people sharing family names and initials: more entities than people
