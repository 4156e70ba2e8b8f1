"""The sectors component: cooperation sectors named in a release.

Writes ``doc.spans["sectors"]`` with label ``SECTOR`` and ``kb_id_`` the sector id from
``sectors/sectors.tsv``. Patterns come from ``sectors/patterns.jsonl``: phrases (case-insensitive,
except acronyms and names, see :func:`pattern_is_exact`) and spaCy token patterns. Per match the
component drops hits inside boilerplate zones, inside a phrase of the blocklist ("chips in",
"trade-off"), inside a sentence that holds a deflection ("Our position on X is well known",
"... is decided by the Department of Commerce": a spokesperson declining a topic names no field of
cooperation; ``sectors/deflections.txt``), inside the scope of a negation ("The talks did not cover
defence", "Energy was not on the agenda"; ``sectors/negations.json``) and overlapping spans of the ``exclude_within`` groups (officials' titles and
organisation names: "Minister of Science and ICT" is not the digital sector), unless the match
is a whole span of a ``keep_whole_spans_of`` group (an organisation that is itself the evidence:
"Quad", "G20"); the longest of overlapping matches wins. Token-pattern matches are trimmed of
punctuation and conjunctions at their edges, so context tokens can anchor a pattern. A topic word
in an aside about a country or a time ("Ethiopia, which is building a dam on the Nile") is
licensed only by a cue of that aside (``sectors/asides.json``). The goods a relief consignment lists
("relief supplies, including rice, drinking water and blankets") are its cargo: a match among them
counts only for the relief itself, and so does the ship or aircraft carrying it ("a Navy ship
delivered 40 tonnes of humanitarian aid"; ``relief_list_*`` in ``sectors/asides.json``). A trade
figure ("Bilateral trade stood at $1.1 billion, with X exporting rice and buying petroleum") is
background: up to the end of its clause only trade itself counts, unless it says what the sides
will do about it (``trade_figure_*``). A pattern may name contexts of ``contexts`` in
``sectors/asides.json`` in which it does not count (``"unless": ["forces"]``): "training" is
education, but not in a sentence about armed or security forces ("the training provided to naval
officers" is their defence work). An acronym spelled out after a dash ("the vision of SAGAR \u2013
Security and Growth for All in the Region") names a slogan or a programme: its words are no field.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any, Iterable, NamedTuple, Optional, Sequence

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ...sectors import read_patterns, read_taxonomy
from ...data import data_path, read_json, read_lines
from ..zones import Cover, boilerplate_index, keep_longest
from ..text import TokenView, doc_text, token_view
from .. import keys
from ..extensions import set_span_value, span_value
from ..groups import set_spans, spans_of
from ..patterns import AddsPatterns
from ..sector_frames import (FIELD_NAME, Frame, FrameFinder, NameZones, Sentences, is_heading, is_time_zone, licensing_cue,
                             read_frames, read_name_zones)

LABEL = "SECTOR"
TOPIC = "topic"  # a pattern's "kind" when it counts only inside a cooperation frame
_ASIDE_STOPS = frozenset({",", ";", ":", "(", ")", "\u2013", "\u2014"})
_ASIDE_STOP_CHARS = re.compile("[" + re.escape("".join(sorted(_ASIDE_STOPS))) + "]")
_LIST_JOINERS = frozenset({"and", "or", "&"})
_EDGE_WORDS = frozenset({"and", "or", "&", "as", "well", "the"})
_BLOCK_KEY = "de_sectors.BLOCK"
_DEFLECT_KEY = "de_sectors.DEFLECT"

#: where a trade figure's clause ends: a new clause of the sentence's subject, or a semicolon (with
#: the verbs that open one without a comma: asides.json trade_figure_clause_verbs)
_NEW_CLAUSE = (r";|,\s+and\s+(?:also\s+)?(?=[a-z]+ed\b)|,\s+and\s+(?:the|they|both|he|she)\b"
               r"|,?\s+(?:and\s+)?(?:that|while|whereas|but)\b")

#: an acronym spelled out after a dash ("SAGAR \u2013 Security and Growth for All in the Region"): three or more
#: capitalised words, joined by small connectors, right after the acronym; the words are the acronym's name
_SPELLED_OUT = re.compile(r"\b[A-Z]{3,}\s+[\u2013\u2014-]\s+((?:[A-Z][a-z]+|[A-Z]{2,})"
                          r"(?:\s+(?:(?:and|for|of|in|the|to|on|with|all)\s+)*(?:[A-Z][a-z]+|[A-Z]{2,})){2,})")


class _AsideMarks(NamedTuple):
    """A document's marks that asides are read from (see ``SectorsComponent._asides``)."""

    view: Any
    heads: set[int]
    stops: list[int]
    bios: list[int]


class _ListSpec(NamedTuple):
    """How a list of cargo or occupations opens after its opener (see ``SectorsComponent._relief_lists``)."""

    introducers: tuple[tuple[str, ...], ...]
    verbs: tuple[tuple[str, ...], ...]
    reach: int
    verb_reach: int
    not_before_names: bool


_RELIEF_KEY = "de_sectors.RELIEF_LIST"
_WORK_KEY = "de_sectors.OCCUPATION_LIST"
_CARRIER_KEY = "de_sectors.RELIEF_CARRIER"
_NEGATE_FORWARD_KEY = "de_sectors.NEGATE_FORWARD"
_NEGATE_BOTH_KEY = "de_sectors.NEGATE_BOTH"
_CONTEXT_KEY = "de_sectors.CONTEXT."
_TOKEN_ANCHOR_KEY = "de_sectors.token_anchor"
_WILD_ANCHOR_KEY = "de_sectors.wild_anchor"


@Language.factory(
    "de_sectors",
    default_config={  # a path left out is the shipped file; extra_patterns: JSONL files added to it
        "extra_patterns": [],
        "taxonomy_path": None,
        "patterns_path": None,
        "blocklist_path": None,
        "frames_path": None,
        "name_zones_path": None,
        "deflections_path": None,
        "turns_path": None,
        "negations_path": None,
        "asides_path": None,
        "exclude_within": ["titles", "organizations"],
        "keep_whole_spans_of": ["organizations"],
        "exclude_before": ["titles"],
    },
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_sectors(
    nlp: Language,
    name: str,
    extra_patterns: list[str],
    taxonomy_path: Optional[str],
    patterns_path: Optional[str],
    blocklist_path: Optional[str],
    frames_path: Optional[str],
    name_zones_path: Optional[str],
    deflections_path: Optional[str],
    turns_path: Optional[str],
    negations_path: Optional[str],
    asides_path: Optional[str],
    exclude_within: list[str],
    keep_whole_spans_of: list[str],
    exclude_before: list[str],
) -> "SectorsComponent":
    taxonomy_path = taxonomy_path or data_path("sectors/sectors.tsv")
    patterns_path = patterns_path or data_path("sectors/patterns.jsonl")
    blocklist_path = blocklist_path or data_path("sectors/not_sectors.txt")
    frames_path = frames_path or data_path("sectors/frames.jsonl")
    name_zones_path = name_zones_path or data_path("sectors/name_zones.json")
    deflections_path = deflections_path or data_path("sectors/deflections.txt")
    turns_path = turns_path or data_path("sectors/turns.json")
    asides_path = asides_path or data_path("sectors/asides.json")
    negations_path = negations_path or data_path("sectors/negations.json")
    taxonomy = read_taxonomy(str(taxonomy_path))
    patterns = read_patterns(patterns_path)
    blocklist = read_lines(blocklist_path) if blocklist_path else ()
    component = SectorsComponent(nlp, [s.id for s in taxonomy], patterns, blocklist, exclude_within=exclude_within,
                                 keep_whole_spans_of=keep_whole_spans_of, exclude_before=exclude_before,
                                 labels={s.id: s.label for s in taxonomy}, frames=read_frames(frames_path),
                                 name_zones=read_name_zones(name_zones_path),
                                 deflections=read_lines(deflections_path),
                                 question_turn=read_json(turns_path).get("question_turn"),
                                 negations=read_json(negations_path),
                                 asides=read_json(asides_path))
    component.add_pattern_files(extra_patterns)  # on top of the shipped data
    return component


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


#: a blocklist wildcard: one token that is no punctuation
WILDCARD = {"IS_PUNCT": False}


def blocklist_patterns(nlp: Language, phrase: str, max_wild: int = 3) -> list[list[dict]]:
    """A blocklist line with ``*`` wildcards as case-insensitive token patterns, one per
    wildcard width (1 to ``max_wild`` tokens): "on the margins of the * Summit". A wildcard
    token is a word, never punctuation ("the * ministry said" does not reach back over
    "railway, the ministry said")."""
    variants: list[list[dict]] = [[]]
    for piece in phrase.split():
        if piece == "*":
            variants = [v + [dict(WILDCARD)] * n for v in variants for n in range(1, max_wild + 1)]
        else:
            words = [{"LOWER": t.lower_} for t in nlp.make_doc(piece)]
            variants = [v + words for v in variants]
    return variants


#: words so common that a pattern anchored by them would be tried at nearly every sentence
_COMMON_WORDS = frozenset({"the", "of", "and", "in", "to", "a", "an", "with", "for", "on", "by", "at", "between",
                           "as", "from", "is", "was", "that", "this", "or", "its", "their"})


def _anchor_cost(words: list[str]) -> int:
    """How often a set of anchor words can be expected in text: a common word counts as many."""
    return sum(50 if w in _COMMON_WORDS else 1 for w in words)


def pattern_anchors(pattern: list[dict]) -> Optional[frozenset[str]]:
    """The words one required token of ``pattern`` must be (its ``LOWER`` value or ``IN``
    list, the rarest such set of alphabetic words: the fewest, a common word such as "with"
    counting as many; among sets of one cost the one with the longest words, as these are the
    rarer), or None when no token pins a word."""
    best: Optional[frozenset[str]] = None
    for spec in pattern:
        if spec.get("OP") not in (None, "!", "+", "{1}"):
            continue
        value = spec.get("LOWER")
        words = [value] if isinstance(value, str) else list(value.get("IN", [])) if isinstance(value, dict) else []
        if not words or not all(w.isalpha() for w in words):
            continue
        cost, best_cost = _anchor_cost(words), _anchor_cost(list(best)) if best is not None else 0
        if best is None or cost < best_cost or (
                cost == best_cost and min(map(len, words)) > min(map(len, best))):
            best = frozenset(words)
    return best


def required_word_sets(pattern: list[dict]) -> tuple[frozenset[str], ...]:
    """Sets of words each match of ``pattern`` holds one of: one per token that must occur (no
    ``OP``, or ``+``) and pins its ``LOWER`` value or ``IN`` list."""
    out = []
    for spec in pattern:
        if spec.get("OP") not in (None, "+", "{1}"):
            continue
        value = spec.get("LOWER")
        if isinstance(value, str):
            out.append(frozenset([value]))
        elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
            out.append(frozenset(value["IN"]))
    return tuple(out)


class AnchoredMatcher:
    """A spaCy Matcher run only in windows around the words that anchor its patterns.

    Token patterns that start on punctuation (", space ,") would otherwise be tried at every
    token; a PhraseMatcher finds the anchors, and around each anchor only the patterns anchored by
    its word are tried (one Matcher per set of anchor words), over as many tokens on each side as
    the longest of them has: a match holds one of its pattern's anchor words, so it lies in the
    window of that word's occurrence. A group's Matcher is not run in a window that lacks, for
    every one of its patterns, a word the pattern requires (:func:`required_word_sets`): no
    pattern could match there.
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self.anchors = PhraseMatcher(vocab, attr="LOWER")
        self.anchor_words: set[str] = set()
        self.everywhere = Matcher(vocab)
        #: the window of the longest anchored pattern
        self.window = 0
        #: anchor word -> the groups of patterns it anchors: [Matcher, window, the required word
        #: sets of each of its patterns, or None when one of them requires no word]
        self._by_word: dict[str, list[list]] = {}
        self._groups: dict[Optional[frozenset[str]], list] = {}
        self._anchored = 0

    def __len__(self) -> int:
        return self._anchored + len(self.everywhere)

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        for pattern in patterns:
            anchors = pattern_anchors(pattern)
            if anchors is None or any(spec.get("OP") in ("*", "+") for spec in pattern):
                self.everywhere.add(key, [pattern])
                continue
            # a pattern with a negated token is tried around every anchor, as its anchor word
            # may be the negated one
            group_key = None if any(spec.get("OP") == "!" for spec in pattern) else frozenset(anchors)
            group = self._groups.get(group_key)
            if group is None:
                group = self._groups[group_key] = [Matcher(self.vocab), 0, []]
                if group_key is not None:
                    for word in {w.lower() for w in group_key}:
                        self._by_word.setdefault(word, []).append(group)
            group[0].add(key, [pattern])
            group[1] = max(group[1], len(pattern))
            needs = required_word_sets(pattern)
            group[2] = group[2] + [needs] if needs and group[2] is not None else None
            self._anchored += 1
            self.window = max(self.window, len(pattern))
            new = anchors - self.anchor_words
            if new:
                self.anchor_words |= new
                self.anchors.add("ANCHOR", [_word_doc(self.vocab, w) for w in sorted(new)])

    def __call__(self, doc: Doc, anchors: Optional[Iterable[int]] = None) -> list[tuple[int, int, int]]:
        """Matches as (key, start, end), sorted by position. ``anchors`` are the token positions
        of the anchor words when the caller found them already (in order)."""
        found = set(self.everywhere(doc)) if len(self.everywhere) else set()
        if self._anchored:
            if anchors is None:
                anchors = [i for _, i, _ in self.anchors(doc)]
            view = token_view(doc)
            n = view.n
            always = self._groups.get(None)
            if always is not None:  # around every anchor, as wide as the widest pattern
                always = [always[0], self.window, always[2]]
            by_word = self._by_word
            window = self.window
            for i in anchors:
                groups = by_word.get(view.lower(i), ())
                words = None  # the words around the anchor, as far as the widest window reaches
                for matcher, w, needs in (*groups, always) if always is not None else groups:
                    if needs is not None:
                        if words is None:
                            words = set(view.lowers[max(0, i - window):min(n, i + window + 1)])
                        if not any(all(not words.isdisjoint(req) for req in reqs) for reqs in needs):
                            continue
                    lo = max(0, i - w)
                    for key, s, e in matcher(doc[lo:min(n, i + w + 1)]):
                        found.add((key, s + lo, e + lo))
        return sorted(found, key=lambda m: (m[1], m[2]))


class WildPhrases:
    """Token patterns of lower-case words and one-token wildcards (:data:`WILDCARD`) - the blocklist
    lines with ``*`` - matched by comparing words at the positions of their anchor words.

    Gives the same (key, start, end) matches as :class:`AnchoredMatcher` (a spaCy Matcher over
    a window around each anchor) at a fraction of its cost; a pattern of another form is
    handed to one.
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        #: anchor word -> [(its offset in the pattern, key, the pattern's words, None for a wildcard)]
        self.by_word: dict[str, list[tuple[int, int, tuple[Optional[str], ...]]]] = {}
        self.anchor_words: set[str] = set()
        self.other = AnchoredMatcher(vocab)
        self.count = 0

    def __len__(self) -> int:
        return self.count + len(self.other)

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        h = self.vocab.strings.add(key)
        for pattern in patterns:
            words = _wild_words(pattern)
            anchors = pattern_anchors(pattern) if words is not None else None
            if words is None or anchors is None or len(anchors) != 1:
                self.other.add(key, [pattern])
                self.anchor_words |= self.other.anchor_words
                continue
            (word,) = anchors
            self.by_word.setdefault(word, []).append((words.index(word), h, words))
            self.anchor_words.add(word)
            self.count += 1

    def __call__(self, doc: Doc, anchors: Iterable[int], view: TokenView) -> list[tuple[int, int, int]]:
        """Matches as (key, start, end); ``anchors`` are the token positions of the anchor
        words (found by the caller), ``view`` the Doc's token view."""
        found = set(self.other(doc, anchors)) if len(self.other) else set()
        n = view.n
        by_word = self.by_word
        for i in anchors:
            for k, h, words in by_word.get(view.lower(i), ()):
                s = i - k
                e = s + len(words)
                if s < 0 or e > n:
                    continue
                for j, w in enumerate(words):
                    if w is not None and j != k and view.lower(s + j) != w:
                        break
                else:
                    if not any(w is None and doc[s + j].is_punct for j, w in enumerate(words)):
                        found.add((h, s, e))
        return sorted(found, key=lambda m: (m[1], m[2]))


def _wild_words(pattern: list[dict]) -> Optional[tuple[Optional[str], ...]]:
    """A pattern of ``{"LOWER": word}`` and wildcard tokens (:data:`WILDCARD`) as its words (None
    for a wildcard), or None."""
    words: list[Optional[str]] = []
    for spec in pattern:
        if spec == WILDCARD:
            words.append(None)
        elif len(spec) == 1 and isinstance(spec.get("LOWER"), str):
            words.append(spec["LOWER"])
        else:
            return None
    return tuple(words)


def declined_questions(text: str, question_turn: "re.Pattern[str]", declines: Sequence[int]) -> list[tuple[int, int]]:
    """The character ranges of a briefing's questions that the answer declines: a journalist's
    question (lines opening with ``question_turn``, a follow-up line of the same kind joined to
    it) whose answer - the next paragraph - holds a deflection (at one of the offsets
    ``declines``: "Visa policy is decided by the Ministry of Interior", "Our position is well
    known"). The topics such a question raises ("Is Qatar considering visa waivers?", "China's
    military presence was raised at the meeting") are no field the two sides work on."""
    if not declines:
        return []
    declines = sorted(declines)
    out: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    while True:
        m = question_turn.search(text, pos)
        if m is None:
            break
        start = m.start()
        end = text.find("\n", start)
        end = n if end < 0 else end
        answer = None
        while end < n:  # the next non-blank line: another question line joins this one
            a = end + 1
            while a < n and text[a] in " \t\r\n":
                a += 1
            if a >= n:
                break
            b = text.find("\n", a)
            b = n if b < 0 else b
            if question_turn.match(text, a):
                end = b
                continue
            answer = (a, b)
            break
        pos = end + 1 if end < n else n
        if answer is not None:
            k = bisect_left(declines, answer[0])
            if k < len(declines) and declines[k] < answer[1]:
                out.append((start, end))
        if pos >= n:
            break
    return out


def _drop_cues_on_dates(doc: Doc, cue_matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The cue matches less those whose "on" introduces a date, not a topic: "the Leaders' Meeting on
    November 11" names when, where "a meeting on fisheries" names what."""
    starts = {s.start for s in doc.spans[keys.DATES]}
    if not starts:
        return cue_matches
    return [m for m in cue_matches if not (m[2] in starts and doc[m[2] - 1].lower_ == "on")]


#: how far below a heading its section's first paragraph is read for a cooperation cue
_SECTION_CHARS = 1200


def _section_has_cue(text: str, char: int, cue_matches: list[tuple[int, int, int]], idx: list[int]) -> bool:
    """Whether the first paragraphs under the heading line holding ``char`` hold a cooperation cue."""
    line_end = text.find("\n", char)
    if line_end < 0:
        return False
    body = line_end + 1
    while body < len(text) and text[body] in " \t\r\n":
        body += 1
    # (its first two paragraphs: "Tonga: wharves, workers and solar" / "On Wednesday the delegation
    # flew to Nuku'alofa ..." / "Talks focused on ...")
    para_end = text.find("\n\n", body)
    if para_end >= 0:
        nxt = para_end
        while nxt < len(text) and text[nxt] in " \t\r\n":
            nxt += 1
        second = text.find("\n\n", nxt)
        para_end = len(text) if second < 0 else second
    para_end = min(len(text) if para_end < 0 else para_end, body + _SECTION_CHARS)
    return any(body <= idx[s] < para_end for _k, s, _e in cue_matches)


def _within(ranges: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(ranges, (pos, 1 << 62)) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


class SectorEvidence(NamedTuple):
    """Why a sector span counts (``span._.de_sector_evidence``): the sector's label in the
    configured taxonomy, the frame that licensed it (``"field name"`` for a field name, which
    needs none) and the token range of the frame's cue (None for a field name)."""

    label: str
    frame: str
    cue: Optional[tuple[int, int]]


def _word_doc(vocab, word: str) -> Doc:
    return Doc(vocab, words=[word])


def _named_end(span: Span) -> int:
    """Where a span stops hiding sector words: a title's end, or where the name of the force it
    commands starts ("Commandant of the Philippine Coast Guard": the Coast Guard is the evidence of
    maritime work a body's name is, not a portfolio)."""
    info = span_value(span, "de_title_info") if span.label_ == "TITLE" else None
    force = getattr(info, "force_start", -1)
    return force if span.start < force < span.end else span.end


class SectorsComponent(AddsPatterns):
    """Finds sector expressions; see the module docstring. ``add_patterns([{"id", "pattern"}])``
    adds phrases (or token patterns) in the format of ``sectors/patterns.jsonl``."""

    def __init__(
        self,
        nlp: Language,
        sector_ids: Iterable[str],
        patterns: Iterable[dict],
        blocklist: Iterable[str] = (),
        *,
        exclude_within: Sequence[str] = ("titles", "organizations"),
        keep_whole_spans_of: Sequence[str] = ("organizations",),
        exclude_before: Sequence[str] = ("titles",),
        labels: Optional[dict[str, str]] = None,
        frames: Iterable[Frame] = (),
        name_zones: Optional[dict] = None,
        deflections: Iterable[str] = (),
        question_turn: Optional[str] = None,
        negations: Optional[dict] = None,
        asides: Optional[dict] = None,
    ) -> None:
        self.nlp = nlp
        sector_ids = tuple(sector_ids)
        self.sector_ids = frozenset(sector_ids)
        #: id -> label of the taxonomy the component was configured with
        self.labels: dict[str, str] = {sid: (labels or {}).get(sid) or sid.replace("_", " ").capitalize()
                                       for sid in sector_ids}
        self._frames = tuple(frames)
        self._frame_names = frozenset(f.name for f in self._frames)
        self.name_zones = NameZones(dict(name_zones or {}))
        self._topic_keys: set[int] = set()
        self._key_info: dict[int, tuple[str, Optional[frozenset[str]]]] = {}  # match key -> (id, frames)
        #: the contexts a sentence may hold that a pattern does not count in ("forces": "army", "navy")
        self.contexts: dict[str, tuple[str, ...]] = {
            name: tuple(words) for name, words in (asides or {}).get("contexts", {}).items()
            if not name.startswith("_")}
        self._unless: dict[int, tuple[str, ...]] = {}  # match key -> the contexts it does not count in
        self.exclude_within = tuple(exclude_within)
        self.keep_whole_spans_of = tuple(keep_whole_spans_of)
        self.exclude_before = tuple(exclude_before)
        self.tokens = AnchoredMatcher(nlp.vocab)
        self.wild_blocker = WildPhrases(nlp.vocab)
        # Phrases that must match as written have an ORTH matcher; one LOWER matcher finds, in a
        # single pass, the case-insensitive phrases, the blocklist phrases and the anchor words
        # of the token patterns.
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.frames = FrameFinder(nlp, self._frames, self.phrases,  # frame cues: same single pass
                                  (name_zones or {}).get("instrument_heads", ()))
        strings = nlp.vocab.strings
        self._label = strings.add(LABEL)
        self._folded: set[int] = set()  # match keys of the case-insensitive phrases
        exact: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        for entry in patterns:
            sid, pattern = entry.get("id"), entry.get("pattern")
            if sid not in self.sector_ids:
                raise ValueError(f"sector pattern for unknown id {sid!r}: {entry}")
            key = self._key(sid, entry)
            if isinstance(pattern, list):
                self.tokens.add(key, [pattern])
                continue
            case = entry.get("case")
            is_exact = case == "exact" or (case != "lower" and pattern_is_exact(pattern))
            (exact if is_exact else folded).setdefault(key, []).append(nlp.make_doc(pattern))
        for sid, docs in exact.items():
            self.exact.add(sid, docs)
        for sid, docs in folded.items():
            self.phrases.add(sid, docs)
            self._folded.add(strings.add(sid))
        phrases = [nlp.make_doc(b) for b in blocklist if "*" not in b.split()]
        if phrases:
            self.phrases.add(_BLOCK_KEY, phrases)
        wild = [p for b in blocklist if "*" in b.split() for p in blocklist_patterns(nlp, b)]
        if wild:
            self.wild_blocker.add("BLOCK", wild)
        for key, matcher in ((_TOKEN_ANCHOR_KEY, self.tokens), (_WILD_ANCHOR_KEY, self.wild_blocker)):
            if matcher.anchor_words:
                self.phrases.add(key, [_word_doc(nlp.vocab, w) for w in sorted(matcher.anchor_words)])
        deflections = [nlp.make_doc(d) for d in deflections]
        if deflections:
            self.phrases.add(_DEFLECT_KEY, deflections)
        #: match key -> context name, for the words of the contexts
        self._context_ids: dict[int, str] = {}
        for cname, words in self.contexts.items():
            if words:
                self.phrases.add(_CONTEXT_KEY + cname, [nlp.make_doc(w) for w in words])
                self._context_ids[strings.add(_CONTEXT_KEY + cname)] = cname
        self._block_id = strings.add(_BLOCK_KEY)
        self._deflect_id = strings.add(_DEFLECT_KEY)
        negations = negations or {}
        for key, field in ((_NEGATE_FORWARD_KEY, "forward"), (_NEGATE_BOTH_KEY, "both_ways")):
            cues = [nlp.make_doc(c) for c in negations.get(field, ())]
            if cues:
                self.phrases.add(key, cues)
        self._negate_forward_id = strings.add(_NEGATE_FORWARD_KEY)
        self._negate_both_id = strings.add(_NEGATE_BOTH_KEY)
        #: the words that open an aside after a comma (", which", ", when"): a topic word in it is
        #: licensed only by a cue of the aside
        asides = asides or {}
        self.aside_openers = frozenset(w.lower() for w in asides.get("openers", ()))
        #: the words an aside may follow besides a country or a date ("his country, which")
        self.aside_heads = frozenset(w.lower() for w in asides.get("heads", ()))
        #: the span groups whose mentions an aside may follow ("Ethiopia, which"; "1973, when")
        self.aside_groups = tuple(asides.get("after_groups", ()))
        #: a biography's opener and verbs ("who headed", "who served")
        self.bio_openers = frozenset(w.lower() for w in asides.get("biography_openers", ()))
        self.bio_verbs = frozenset(w.lower() for w in asides.get("biography_verbs", ()))
        #: auxiliaries that may stand between them ("who has worked", "who had served")
        self.bio_auxiliaries = frozenset(w.lower() for w in asides.get("biography_auxiliaries", ()))
        #: the first words of a fronted phrase of circumstance ("After a tour of ..., ")
        self.fronted_openers = frozenset(w.lower() for w in asides.get("fronted_openers", ()))
        #: whether a field name in an aside counts without a cue of the aside
        self.field_names_in_asides = bool(asides.get("field_names", True))
        #: the words that end a clause for a negation's scope ("but", ";")
        self.clause_breaks = frozenset(w.lower() for w in negations.get("clause_breaks", ()))
        #: relief lists ("relief supplies, including rice and blankets"): the goods named are cargo
        self.relief_introducers = tuple(tuple(w.lower().split()) for w in asides.get("relief_list_introducers", ()))
        self.relief_reach = int(asides.get("relief_list_reach", 8))
        self.relief_sectors = frozenset(asides.get("relief_list_sectors", ()))
        #: a verb of delivery opens the goods too, a little further on ("the relief operation, under
        #: which the Red Crescent delivered tents and wheat flour")
        self.relief_verbs = tuple(tuple(w.lower().split()) for w in asides.get("relief_list_verbs", ()))
        self.relief_verb_reach = int(asides.get("relief_list_verb_reach", self.relief_reach))
        #: how a relief consignment's list of goods opens (see ``_relief_lists``), read once
        self.relief = _ListSpec(self.relief_introducers, self.relief_verbs, self.relief_reach, self.relief_verb_reach,
                                False)
        openers = [nlp.make_doc(w) for w in asides.get("relief_list_openers", ())]
        if openers:
            self.phrases.add(_RELIEF_KEY, openers)
        self._relief_id = strings.add(_RELIEF_KEY)
        #: the occupations that workers are recruited or employed in ("recruitment in hospitality and
        #: healthcare"): jobs of migrant workers, not fields of cooperation
        reach = int(asides.get("occupation_list_reach", 8))
        self.occupations = _ListSpec(
            tuple(tuple(w.lower().split()) for w in asides.get("occupation_list_introducers", ())), (), reach, reach, True)
        self.occupation_sectors = frozenset(asides.get("occupation_list_sectors", ()))
        openers = [nlp.make_doc(w) for w in asides.get("occupation_list_openers", ())]
        if openers:
            self.phrases.add(_WORK_KEY, openers)
        self._work_id = strings.add(_WORK_KEY)
        #: the ships and aircraft that carry relief ("a Navy ship delivered humanitarian aid")
        carriers = [nlp.make_doc(w) for w in asides.get("relief_list_carriers", ())]
        if carriers:
            self.phrases.add(_CARRIER_KEY, carriers)
        self._carrier_id = strings.add(_CARRIER_KEY)
        self.carrier_reach = int(asides.get("relief_list_carrier_reach", 10))
        #: a trade figure ("Bilateral trade stood at $1.1 billion, with X exporting rice"): background
        subjects = asides.get("trade_figure_subjects", ())
        self.trade_figure = re.compile(
            r"\b(?:" + "|".join(map(re.escape, sorted(subjects, key=len, reverse=True))) + r")\b(?:\W+\w+){0,%d}?\W+(?:"
            % int(asides.get("trade_figure_reach", 12))
            + "|".join(map(re.escape, sorted(asides.get("trade_figure_verbs", ()), key=len, reverse=True)))
            + r")\b[^.;\n\d]{0,40}\d", re.IGNORECASE) if subjects else None
        self.trade_figure_sectors = frozenset(asides.get("trade_figure_sectors", ()))
        verbs = asides.get("trade_figure_clause_verbs", ())
        self.trade_clause = re.compile(_NEW_CLAUSE + (r"|\s+and\s+(?:also\s+)?(?:" + "|".join(map(re.escape, verbs)) + r")\b"
                                                      if verbs else ""))
        goals = asides.get("trade_figure_goals", ())
        self.trade_goal = re.compile(r"\b(?:" + "|".join(map(re.escape, goals)) + r")\b", re.IGNORECASE) if goals else None
        #: a commenter's paragraph ("Ana Ruiz, a senior research fellow at ..., said"): a view from outside
        nouns = asides.get("commenter_nouns", ())
        self.commenter = re.compile(
            r"^[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){1,4}[A-Z][\w.'’-]*,[ \t]+(?:[\w'’-]+[ \t]+){0,5}?(?:"
            + "|".join(map(re.escape, sorted(nouns, key=len, reverse=True))) + r")\b", re.M) if nouns else None
        #: a line opening a journalist's question in a briefing transcript
        self.question_turn = re.compile(question_turn, re.M) if question_turn else None
        self._token_anchor_id = strings.add(_TOKEN_ANCHOR_KEY)
        self._wild_anchor_id = strings.add(_WILD_ANCHOR_KEY)
        self._groups = tuple(dict.fromkeys((*self.exclude_within, *self.keep_whole_spans_of, *self.exclude_before)))

    def _key(self, sid: str, entry: dict) -> str:
        """The match key of a pattern: its sector id, with a suffix for topic words."""
        kind = entry.get("kind")
        if kind not in (None, "field", TOPIC):
            raise ValueError(f"a sector pattern's kind is 'field' (the default) or 'topic': {entry}")
        frames = entry.get("frames")
        if frames is not None and (kind != TOPIC or not isinstance(frames, list)
                                   or not all(isinstance(f, str) and f in self._frame_names for f in frames)):
            raise ValueError(f"a sector pattern's 'frames' is a list of frame names of a topic word: {entry}")
        unless = entry.get("unless")
        if unless is not None and (not isinstance(unless, list) or not unless
                                   or not all(isinstance(c, str) and c in self.contexts for c in unless)):
            raise ValueError(f"a sector pattern's 'unless' is a list of names of the contexts of asides.json: {entry}")
        strings = self.nlp.vocab.strings
        suffix = "#unless=" + ",".join(sorted(unless)) if unless else ""
        if kind != TOPIC:
            h = strings.add(sid + suffix)
            self._key_info[h] = (sid, None)
            if unless:
                self._unless[h] = tuple(unless)
            return sid + suffix
        key = sid + "#" + TOPIC + ("#" + ",".join(sorted(frames)) if frames else "") + suffix
        h = strings.add(key)
        if unless:
            self._unless[h] = tuple(unless)
        self._topic_keys.add(h)
        if frames:
            allowed: Optional[frozenset[str]] = frozenset(frames)
        else:  # every frame but those kept for other sectors ("consular care" only for mobility)
            allowed = frozenset(f.name for f in self._frames if not f.only or sid in f.only)
            if len(allowed) == len(self._frames):
                allowed = None
        self._key_info[h] = (sid, allowed)
        return key

    def _add_pattern(self, entry: dict) -> None:
        sid, pattern = entry.get("id"), entry.get("pattern")
        if sid not in self.sector_ids:
            raise ValueError(f"sector pattern for unknown id {sid!r} (the ids are those of sectors.tsv): {entry}")
        if isinstance(pattern, (list, str)):
            sid = self._key(sid, entry)
        if isinstance(pattern, list):
            before = set(self.tokens.anchor_words)
            self.tokens.add(sid, [pattern])
            new = sorted(set(self.tokens.anchor_words) - before)
            if new:
                self.phrases.add(_TOKEN_ANCHOR_KEY, [_word_doc(self.nlp.vocab, w) for w in new])
            return
        if not isinstance(pattern, str) or not pattern.strip():
            raise ValueError(f"a sector pattern needs a 'pattern' (a phrase or token patterns): {entry}")
        case = entry.get("case")
        if case == "exact" or (case != "lower" and pattern_is_exact(pattern)):
            self.exact.add(sid, [self.nlp.make_doc(pattern)])
        else:
            self.phrases.add(sid, [self.nlp.make_doc(pattern)])
            self._folded.add(self.nlp.vocab.strings.add(sid))

    def _excluded_ranges(self, doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]], set[tuple[int, int]], set[int]]:
        """Token ranges no match may touch (those of ``keep_whole_spans_of`` groups only when
        matched in part), the ranges a match may cover whole, and the start tokens of spans a
        match must not directly precede."""
        groups = {}
        spans = doc.spans
        for key in self._groups:
            if key in spans:
                groups[key] = [(s.start, _named_end(s)) for s in spans_of(doc, key)]
        strict, partial = [], []
        whole: set[tuple[int, int]] = set()
        for key in self.exclude_within:
            if key in groups:
                (partial if key in self.keep_whole_spans_of else strict).extend(groups[key])
        for key in self.keep_whole_spans_of:
            if key in groups:
                whole.update(groups[key])
        starts = {s for key in self.exclude_before if key in groups for s, _ in groups[key]}
        return sorted(strict), sorted(partial), whole, starts

    @staticmethod
    def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Drop punctuation and conjunctions at the edges of a token-pattern match."""
        while start < end and (doc[start].is_punct or doc[start].lower_ in _EDGE_WORDS):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in _EDGE_WORDS):
            end -= 1
        return start, end

    @staticmethod
    def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
        # ranges sorted by start; any range starting before ``end`` and ending after ``start``
        i = bisect_left(ranges, (end, -1))
        return any(e > start for _, e in ranges[:i])

    @staticmethod
    def _reach(ranges: list[tuple[int, int]]) -> list[int]:
        """``reach[i]``: the largest end among ``ranges[:i]`` (so a match overlaps one of the
        ranges starting before its end exactly when that reach exceeds its start)."""
        reach = [-1]
        for _, e in ranges:
            reach.append(max(reach[-1], e))
        return reach

    def _aside(self, sentences: "Sentences", start: int, end: int, asides: "_AsideMarks") -> Optional[tuple[int, int]]:
        """The token range of the aside holding tokens ``[start, end)``, or None when the match
        stands in no aside. An aside is a clause opened by a comma and one of the aside openers
        after a country, a date or a head word (``heads``: the last tokens of such mentions;
        "Ethiopia, which is building a dam on the Nile", "after 1973, when fishing fleets called at
        the port"), or by a biography's opener and verb ("a physician who headed the health
        services"), up to the next comma, semicolon or the end of the sentence; or a fronted
        phrase of circumstance up to the sentence's first comma ("After a tour of the research
        vessels, the ministers held talks"). ``asides``: the document's marks (:meth:`_asides`)."""
        view, heads, stops, bios = asides
        first, last = sentences.bounds(start)
        k = bisect_left(stops, end)
        e = min(stops[k] if k < len(stops) else view.n, last)  # the clause's end
        k = bisect_left(stops, start) - 1
        i = stops[k] if k >= 0 and stops[k] >= first else first - 1  # the stop opening the clause
        k = bisect_right(bios, start - 2) - 1
        if k >= 0 and bios[k] > i:  # "a physician who headed the ...": the nearest biography in the clause
            return bios[k], e
        if i < first:  # the match is in the sentence's first clause
            k = i + 1
            while k < start and view.text(k).isspace():
                k += 1
            if view.lower(k) in self.fronted_openers and e < view.n and view.text(e) == ",":
                return k, e
            return None
        if view.text(i) != "," or i + 1 >= start or view.lower(i + 1) not in self.aside_openers:
            return None
        if i - 1 not in heads and view.lower(i - 1) not in self.aside_heads:
            return None
        return i, e

    def _asides(self, doc: Doc) -> "_AsideMarks":
        """What :meth:`_aside` reads of a document, found once: its token view, the last tokens of
        the mentions an aside may follow (``after_groups``), the tokens that end a clause
        (``_ASIDE_STOPS``) and those that open a biography ("who" in "who headed"), in order."""
        view = token_view(doc)
        heads = {sp.end - 1 for key in self.aside_groups for sp in spans_of(doc, key)}
        text, starts, lengths, n = view.doc_text, view.starts, view.lengths, view.n
        stops = []
        for m in _ASIDE_STOP_CHARS.finditer(text):
            p = m.start()
            t = bisect_left(starts, p)
            if t < n and starts[t] == p and lengths[t] == 1:
                stops.append(t)
        bios = []
        verbs, auxiliaries = self.bio_verbs, self.bio_auxiliaries
        for opener in self.bio_openers:
            for form in {opener, opener.capitalize()}:
                p = text.find(form)
                while p >= 0:
                    t = bisect_left(starts, p)
                    if t + 1 < n and starts[t] == p and lengths[t] == len(form):
                        v = t + 1
                        if view.lower(v) in auxiliaries and v + 1 < n:
                            v += 1
                        if view.lower(v) in verbs:
                            bios.append(t)
                    p = text.find(form, p + 1)
        bios.sort()
        return _AsideMarks(view, heads, stops, bios)

    def _relief_lists(self, doc: Doc, sentences: "Sentences", openers: list[tuple[int, int]],
                      cue_matches: list[tuple[int, int, int]],
                      spec: Optional["_ListSpec"] = None) -> list[tuple[int, int]]:
        """The token ranges of the goods a relief consignment lists: after an opener ("relief
        supplies") and, within ``relief_reach`` tokens of its sentence and before any "and"/"or"
        (which joins another field to the relief), an introducer ("including", ":", a dash), up to the sentence's end, a semicolon, a clause break, the closing bracket or
        dash, or the first cooperation cue after the introducer. ``spec``: the introducers, verbs
        and reaches of another kind of list (the occupations of workers: "recruitment in hospitality
        and healthcare"), where an introducer before a name ("workers in Korea") opens none."""
        view = token_view(doc)
        cue_starts = sorted(s for _k, s, _e in cue_matches)
        breaks = self.clause_breaks
        if spec is None:
            spec = self.relief
        introducers, verbs, reach, verb_reach, not_before_names = spec
        out = []
        for start, end in openers:
            _first, last = sentences.bounds(start)
            near = min(last, end + reach)
            stop = max(near, min(last, end + verb_reach))
            i, opened = end, None
            while i < stop and opened is None:
                if view.lower(i) in _LIST_JOINERS:  # "relief and development, including ...": not the goods
                    break
                for words in (introducers + verbs if i < near else verbs):
                    if all(i + k < last and view.lower(i + k) == w for k, w in enumerate(words)):
                        after = i + len(words)
                        if not_before_names and after < last and view.text(after)[:1].isupper():
                            continue  # "workers in Korea, mainly in ...": a place, not the occupations
                        opened = (after, words[0])
                        break
                i += 1
            if opened is None:
                continue
            s, intro = opened
            closer = ")" if intro == "(" else intro if intro in ("\u2013", "\u2014") else None
            k = bisect_left(cue_starts, s)
            e = min(last, cue_starts[k]) if k < len(cue_starts) else last
            j = s
            while j < e:
                w = view.lower(j)
                if w == ";" or w in breaks or w == closer:
                    break
                j += 1
            if j > s:
                out.append((s, j))
        return out

    @staticmethod
    def _in_context(text: str, sentences: "Sentences", start: int, names: Sequence[str],
                    found: dict[str, list[int]]) -> bool:
        """Whether token ``start`` shares its sentence or its line with a word of one of the contexts
        ``names`` (``found``: the start tokens of the contexts' words): "The delegations also discussed
        training. Since 2022, 600 soldiers have been trained ..." is one paragraph line about forces."""
        idx = sentences.idx
        sent, char = sentences.of(start), idx[start]
        line_start = text.rfind("\n", 0, char) + 1
        line_end = text.find("\n", char)
        line_end = len(text) if line_end < 0 else line_end
        return any(sentences.of(i) == sent or line_start <= idx[i] < line_end
                   for c in names for i in found.get(c, ()))

    def _trade_figures(self, text: str, sentences: "Sentences") -> list[tuple[int, int]]:
        """The character ranges of the trade figures that say nothing the sides will do about them:
        from the trade's subject to the end of its clause (a new clause after ", and", a semicolon
        or the sentence's end: "..., which crossed USD 42 billion, and discussed energy" names energy)."""
        out: list[tuple[int, int]] = []
        idx = sentences.idx
        for m in self.trade_figure.finditer(text):
            k = bisect_right(idx, m.start()) - 1
            a, b = sentences.bounds(k)
            end = idx[b] if b < len(idx) else len(text)
            clause = self.trade_clause.search(text, m.end(), end)
            end = clause.start() if clause else end
            # (a goal before the figure too: "we agreed to work towards bilateral trade of USD 20
            # billion, to cooperate on semiconductors ...")
            if self.trade_goal is None or not (self.trade_goal.search(text, m.start(), end)
                                               or self.trade_goal.search(text, idx[a], m.start())):
                out.append((m.start(), end))
        return out

    def _commenter_paragraphs(self, text: str) -> list[tuple[int, int]]:
        """The character ranges of the paragraphs (to the next blank line) that open with a commenter
        named with an occupation (asides.json ``commenter_nouns``)."""
        out = []
        for m in self.commenter.finditer(text):
            k = m.start()
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            if k > 0 and not text.endswith("\n\n", 0, k):
                continue  # (not a paragraph's first line)
            end = text.find("\n\n", m.end())
            out.append((m.start(), len(text) if end < 0 else end))
        return out

    def _relief_carriers(self, sentences: "Sentences", carriers: list[tuple[int, int]],
                         openers: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The token ranges of the ships and aircraft that carry relief: a carrier ("naval ships")
        followed, within ``carrier_reach`` tokens of its sentence, by a relief opener ("relief
        supplies", "humanitarian aid")."""
        out = []
        for start, end in carriers:
            sent = sentences.of(start)
            if any(end <= s < end + self.carrier_reach and sentences.of(s) == sent for s, _e in openers):
                out.append((start, end))
        return out

    def _negated_scopes(self, doc: Doc, sentences: "Sentences", negations: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
        """The token ranges the negation cues reach: from a cue's end (or, for a cue that reaches
        both ways, from the start of its clause) to the end of its clause; a clause ends at the
        sentence's end or at a clause break ("but", ";")."""
        view = token_view(doc)
        breaks = self.clause_breaks
        out = []
        for start, end, both in negations:
            first, last = sentences.bounds(start)
            s = start
            if both:
                while s > first and view.lower(s - 1) not in breaks:
                    s -= 1
            e = end
            while e < last and view.lower(e) not in breaks:
                e += 1
            out.append((s, e))
        return out

    def find(self, doc: Doc) -> list[Span]:
        """Sector spans of ``doc`` (without writing them).

        Matches are filtered as plain (key, start, end) tuples; Span objects are made for the
        kept ones only.
        """
        matches = self.exact(doc)
        blocked, token_anchors, wild_anchors, deflections, negations, relief, carriers = [], [], [], [], [], [], []
        folded_keys = self._folded
        block_id, token_anchor_id, wild_anchor_id = self._block_id, self._token_anchor_id, self._wild_anchor_id
        deflect_id = self._deflect_id
        cue_names = self.frames.names
        cue_matches = []
        context_ids, in_context, work = self._context_ids, {}, []
        for key, start, end in self.phrases(doc):
            if key in folded_keys:
                matches.append((key, start, end))
            elif key in cue_names:
                cue_matches.append((key, start, end))
            elif key == block_id:
                blocked.append((start, end))
            elif key == token_anchor_id:
                token_anchors.append(start)
            elif key == wild_anchor_id:
                wild_anchors.append(start)
            elif key == deflect_id:
                deflections.append(start)
            elif key == self._negate_forward_id:
                negations.append((start, end, False))
            elif key == self._negate_both_id:
                negations.append((start, end, True))
            elif key == self._relief_id:
                relief.append((start, end))
            elif key == self._carrier_id:
                carriers.append((start, end))
            elif key == self._work_id:
                work.append((start, end))
            elif key in context_ids:
                in_context.setdefault(context_ids[key], []).append(start)
        if cue_matches and keys.DATES in doc.spans:
            cue_matches = _drop_cues_on_dates(doc, cue_matches)
        if len(self.tokens):
            for match_id, start, end in self.tokens(doc, token_anchors):
                start, end = self._trim(doc, start, end)
                if end > start:
                    matches.append((match_id, start, end))
        if not matches:
            return []
        strict, partial, whole, before = self._excluded_ranges(doc)
        strict_reach, partial_reach = self._reach(strict), self._reach(partial)
        if len(self.wild_blocker):
            blocked += [(s, e) for _, s, e in self.wild_blocker(doc, wild_anchors, token_view(doc))]
        zone_starts, zone_ends = boilerplate_index(doc)
        blocked_cover = Cover(blocked)
        candidates = []
        for match_id, start, end in matches:
            if zone_starts:  # touches a boilerplate zone (zones never overlap)
                z = bisect_right(zone_starts, end - 1) - 1
                if z >= 0 and zone_ends[z] > start:
                    continue
            if blocked_cover and blocked_cover.covers(start, end):
                continue
            if strict and strict_reach[bisect_left(strict, (end, -1))] > start:
                continue
            if partial and (start, end) not in whole and partial_reach[bisect_left(partial, (end, -1))] > start and (
                    partial_reach[bisect_left(partial, (start, -1))] > start
                    or partial_reach[bisect_left(partial, (end, -1))] > end):
                # it touches an organisation's name without holding it whole: a word inside a name;
                # a match that holds whole names is a longer phrase of its own ("the ASEAN-India
                # Trade in Goods Agreement" holds "ASEAN")
                continue
            if end in before:
                continue
            candidates.append((start, end, match_id))
        if not candidates:
            return []
        kept = keep_longest(candidates)
        text = doc_text(doc)
        sentences = Sentences(doc)
        if ":" in text or "." in text:  # "20:05 ICT": a time zone after a clock time
            view = token_view(doc)
            starts, lengths = view.starts, view.lengths
            kept = [c for c in kept if not is_time_zone(text, starts[c[0]], starts[c[1] - 1] + lengths[c[1] - 1])]
        names = self.name_zones
        if names:
            # inside a longer portfolio or organisation name ("Nanyang Technological University";
            # a name the match covers whole is the evidence itself: "International Solar Alliance",
            # and so is a whole organisation span: "United Nations" in "United Nations Security Council"),
            # or on a page-menu line (a shorter match inside a dropped one would be dropped too)
            idx, menus, view = sentences.idx, {}, token_view(doc)
            kept = [c for c in kept if not names.in_menu(text, idx[c[0]], menus) and not (
                (text[idx[c[0]]].isupper() or text[idx[c[1] - 1]].isupper()) and (c[0], c[1]) not in whole
                and names.in_name(doc, c[0], c[1], view)) and not names.in_venue(doc, c[0], view)
                and not names.part_of_a_name(view, c[0], c[1])]
        if deflections:  # a sentence declining a topic names no field of cooperation
            declined = {sentences.of(i) for i in deflections}
            kept = [c for c in kept if sentences.of(c[0]) not in declined]
        if (deflections or negations) and self.question_turn is not None and kept:
            # a question whose answer declines it ("Our position is well known") or says its topic
            # was not taken up ("It was not discussed here") raises no field of cooperation
            idx = sentences.idx
            asked = declined_questions(text, self.question_turn,
                                       [idx[i] for i in deflections] + [idx[s] for s, _e, _b in negations])
            if asked:
                kept = [c for c in kept if not _within(asked, idx[c[0]])]
        if relief and kept:  # "relief supplies, including rice and blankets": cargo, not fields
            lists = self._relief_lists(doc, sentences, relief, cue_matches)
            lists += self._relief_carriers(sentences, carriers, relief)
            if lists:
                info = self._key_info
                kept = [c for c in kept if info[c[2]][0] in self.relief_sectors
                        or not any(s <= c[0] and c[1] <= e for s, e in lists)]
        if work and kept:  # "expand recruitment in hospitality and healthcare": occupations, not fields
            lists = self._relief_lists(doc, sentences, work, cue_matches, self.occupations)
            if lists:
                info = self._key_info
                kept = [c for c in kept if info[c[2]][0] in self.occupation_sectors
                        or not any(s <= c[0] and c[1] <= e for s, e in lists)]
        if kept and self.trade_figure is not None and "rade" in text:
            # "Bilateral trade stood at $1.1 billion, with X buying petroleum": a figure, no field
            figures = self._trade_figures(text, sentences)
            if figures:
                info, idx = self._key_info, sentences.idx
                kept = [c for c in kept if info[c[2]][0] in self.trade_figure_sectors
                        or not any(a <= idx[c[0]] < b for a, b in figures)]
        if kept and ("\u2013" in text or "\u2014" in text or " - " in text):
            # "the vision of SAGAR \u2013 Security and Growth for All in the Region": a slogan's letters
            spelled = [(m.start(1), m.end(1)) for m in _SPELLED_OUT.finditer(text)]
            if spelled:
                idx = sentences.idx
                kept = [c for c in kept if not _within(spelled, idx[c[0]])]
        if kept and self.commenter is not None and ", " in text:
            # "Ana Ruiz, an energy economist at ..., said ...": the paragraph is a commenter's view
            views = self._commenter_paragraphs(text)
            if views:
                idx = sentences.idx
                kept = [c for c in kept if not _within(views, idx[c[0]])]  # (paragraphs, in order)
        if negations and kept:  # "The talks did not cover defence": a topic not taken up
            scopes = self._negated_scopes(doc, sentences, negations)
            kept = [c for c in kept if not any(s <= c[0] and c[1] <= e for s, e in scopes)]
        label = self._label
        strings = self.nlp.vocab.strings
        topic_keys = self._topic_keys
        info = self._key_info
        heading = self.frames.structures.get("heading")
        cues = starts = all_cues = asides = None
        out = []
        unless_keys = self._unless
        for start, end, match_id in kept:
            sid, allowed = info[match_id]
            unless = unless_keys.get(match_id) if unless_keys else None
            if unless and in_context:  # "training" in a sentence about armed forces: theirs, not education
                if self._in_context(text, sentences, start, unless, in_context):
                    continue
            frame, cue = FIELD_NAME, None
            if match_id in topic_keys:
                if cues is None:
                    wanted = {sentences.of(s) for s, _, m in kept if m in topic_keys}
                    # (a cue word inside a longer phrase of not_sectors.txt is no cue either:
                    # "sector" in "the eastern sector" lists no areas; a phrase that is the cue itself,
                    # "roadmap", blocks only the sector word inside it)
                    own = {(s, e) for _k, s, e in cue_matches}
                    cue_skip = sorted(set(partial) | {b for b in blocked if b not in own}) if blocked else partial
                    cues = self.frames.cues(doc, text, cue_matches, sentences, wanted, cue_skip or None,
                                            token_view(doc))
                    starts = [c.start for c in cues]
                if cues and asides is None:
                    asides = self._asides(doc)
                aside = self._aside(sentences, start, end, asides) if cues else None
                if aside is not None:
                    inner = [c for c in cues if aside[0] <= c.start and c.end <= aside[1]]
                    cue = licensing_cue(inner, [c.start for c in inner], sentences.of(start), start, end,
                                        allowed) if inner else None
                else:
                    cue = licensing_cue(cues, starts, sentences.of(start), start, end, allowed) if cues else None
                if cue is not None:
                    frame = cue.frame
                elif heading and (allowed is None or heading in allowed) and is_heading(text, sentences.idx[start]) \
                        and _section_has_cue(text, sentences.idx[start], cue_matches, sentences.idx):
                    # "Green transition and energy" heading a section that tells what the sides do
                    # (not a news page's subhead over figures: "Trade still thin")
                    frame = heading
                else:
                    continue
            elif self.field_names_in_asides is False:
                # a field name in an aside about a country or a time ("his country, which is
                # recovering from a health crisis") counts only with a cue of that aside
                if asides is None:
                    asides = self._asides(doc)
                aside = self._aside(sentences, start, end, asides)
                if aside is not None:
                    if all_cues is None:
                        all_cues = self.frames.cues(doc, text, cue_matches, sentences, None, partial or None,
                                                    token_view(doc))
                    if not any(aside[0] <= c.start and c.end <= aside[1] for c in all_cues):
                        continue
            span = Span(doc, start, end, label=label, kb_id=strings[sid])
            set_span_value(span, "de_sector_evidence", SectorEvidence(self.labels.get(sid, sid), frame,
                                                       (cue.start, cue.end) if cue else None))
            out.append(span)
        return out

    def __call__(self, doc: Doc) -> Doc:
        set_spans(doc, keys.SECTORS, self.find(doc))
        return doc
