"""The sectors component: cooperation sectors named in a release.

Writes ``doc.spans["sectors"]`` with label ``SECTOR`` and ``kb_id_`` the sector id from
``sectors/sectors.tsv``. Patterns come from ``sectors/patterns.jsonl``: phrases (case-insensitive,
except acronyms and names, see :func:`pattern_is_exact`) and spaCy token patterns. Per match the
component drops hits inside boilerplate zones, inside a phrase of the blocklist ("chips in",
"trade-off") and overlapping spans of the ``exclude_within`` groups (officials' titles and
organisation names: "Minister of Science and ICT" is not the digital sector); the longest of
overlapping matches wins.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, Optional, Sequence

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...sectors import read_patterns, read_taxonomy
from ..lexicons import read_lines
from ..zones import in_boilerplate

SPANS_KEY = "sectors"
LABEL = "SECTOR"


@Language.factory(
    "de_sectors",
    default_config={
        "blocklist_path": None,
        "exclude_within": ["titles", "organizations"],
        "spans_key": SPANS_KEY,
    },
)
def make_sectors(
    nlp: Language,
    name: str,
    taxonomy_path: str,
    patterns_path: str,
    blocklist_path: Optional[str],
    exclude_within: list[str],
    spans_key: str,
) -> "SectorRecognizer":
    ids = [s.id for s in read_taxonomy(str(taxonomy_path))]
    patterns = read_patterns(patterns_path)
    blocklist = read_lines(blocklist_path) if blocklist_path else ()
    return SectorRecognizer(nlp, ids, patterns, blocklist, exclude_within=exclude_within, spans_key=spans_key)


def pattern_is_exact(phrase: str) -> bool:
    """Whether a phrase must match as written: it has an acronym or a mixed-case word
    ("AI", "UN", "S&T", "G20", "5G", "FinTech", "iCET"). Other phrases match in any case."""
    for word in phrase.split():
        letters = [c for c in word if c.isalpha()]
        upper = [c for c in letters if c.isupper()]
        if len(upper) >= 2 or any(c.isupper() for c in word[1:]):
            return True
        if letters and len(upper) == len(letters) and len(word) > len(letters):  # "G20", "5G"
            return True
    return False


class SectorRecognizer:
    """Finds sector expressions; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        sector_ids: Iterable[str],
        patterns: Iterable[dict],
        blocklist: Iterable[str] = (),
        *,
        exclude_within: Sequence[str] = ("titles", "organizations"),
        spans_key: str = SPANS_KEY,
    ) -> None:
        self.sector_ids = frozenset(sector_ids)
        self.exclude_within = tuple(exclude_within)
        self.spans_key = spans_key
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.tokens = Matcher(nlp.vocab)
        self.blocker = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        for entry in patterns:
            sid, pattern = entry.get("id"), entry.get("pattern")
            if sid not in self.sector_ids:
                raise ValueError(f"sector pattern for unknown id {sid!r}: {entry}")
            if isinstance(pattern, list):
                self.tokens.add(sid, [pattern])
                continue
            case = entry.get("case")
            is_exact = case == "exact" or (case != "lower" and pattern_is_exact(pattern))
            (exact if is_exact else folded).setdefault(sid, []).append(nlp.make_doc(pattern))
        for sid, docs in exact.items():
            self.exact.add(sid, docs)
        for sid, docs in folded.items():
            self.folded.add(sid, docs)
        blocked = [nlp.make_doc(b) for b in blocklist]
        if blocked:
            self.blocker.add("BLOCK", blocked)

    def _excluded_ranges(self, doc: Doc) -> list[tuple[int, int]]:
        ranges = []
        for key in self.exclude_within:
            if key in doc.spans:
                ranges.extend((s.start, s.end) for s in doc.spans[key])
        return sorted(ranges)

    @staticmethod
    def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
        # ranges sorted by start; any range starting before ``end`` and ending after ``start``
        i = bisect_left(ranges, (end, -1))
        return any(e > start for _, e in ranges[:i])

    def find(self, doc: Doc) -> list[Span]:
        """Sector spans of ``doc`` (without writing them)."""
        matches = self.exact(doc) + self.folded(doc) + self.tokens(doc)
        if not matches:
            return []
        excluded = self._excluded_ranges(doc)
        blocked = [(s, e) for _, s, e in self.blocker(doc)]
        strings = doc.vocab.strings
        candidates = []
        for match_id, start, end in matches:
            if in_boilerplate(doc, start, end):
                continue
            if blocked and any(bs <= start and end <= be for bs, be in blocked):
                continue
            if excluded and self._overlaps(excluded, start, end):
                continue
            candidates.append(Span(doc, start, end, label=LABEL, kb_id=strings[match_id]))
        return sorted(filter_spans(candidates), key=lambda s: s.start)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = self.find(doc)
        return doc
