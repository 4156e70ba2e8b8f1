"""Where a sector word may count: cooperation frames, name zones and page-menu lines.

Plain functions over a tokenised Doc, used by the sectors component:

- :func:`sentence_ids` splits a Doc into sentences (final punctuation, line breaks) in one pass;
- :class:`FrameFinder` finds the cues of the cooperation frames of ``sectors/frames.jsonl``
  ("cooperation in", "agreed to", "MoU on", "discussed", a list of areas ...) and, for a topic word,
  the nearest cue of its sentence;
- :func:`name_zone_ranges` finds the token ranges of portfolios ("Minister for Manpower"),
  organisation names ("Nanyang Technological University") and page-menu lines ("Home · Business ·
  Sport") from the word lists of ``sectors/name_zones.json``.

Everything is linear in the number of tokens.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Iterable, NamedTuple, Optional, Union

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..data import read_jsonl
from .text import TokenView, token_view

PathLike = Union[str, Path]

#: The frame of a field name: it needs no cue.
FIELD_NAME = "field name"



#: a person's initials written with full stops ("A.I.", "S.V.")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_HYPHENS = frozenset({"-", "‐", "–"})

class Frame(NamedTuple):
    """One cooperation frame of ``frames.jsonl``."""

    name: str
    cues: tuple[str, ...]
    example: str = ""
    sector: str = ""
    without: str = ""
    structure: str = ""  # a frame found by the layout ("heading") instead of cues
    only: tuple[str, ...] = ()  # the sectors it may license (all when empty)


class Cue(NamedTuple):
    """A frame cue found in a Doc: token range, frame name, sentence number."""

    start: int
    end: int
    frame: str
    sent: int


def read_frames(path: PathLike) -> tuple[Frame, ...]:
    """The frames of a ``frames.jsonl`` file (lines ``{"frame", "cues", "example"?, "sector"?,
    "without"?, "structure"?, "only"?}``)."""
    out = []
    for entry in read_jsonl(path):
        name, cues, structure = entry.get("frame"), entry.get("cues"), entry.get("structure", "")
        if structure and structure not in STRUCTURES:
            raise ValueError(f"a frame's structure is one of {sorted(STRUCTURES)}: {entry}")
        if not name or not isinstance(cues, list) or not (cues or structure):
            raise ValueError(f"a frame needs a 'frame' name and a list of 'cues' (or a 'structure'): {entry}")
        only = entry.get("only", [])
        if not isinstance(only, list) or not all(isinstance(x, str) for x in only):
            raise ValueError(f"a frame's 'only' is a list of sector ids: {entry}")
        out.append(Frame(name, tuple(cues), entry.get("example", ""), entry.get("sector", ""),
                         entry.get("without", ""), structure, tuple(only)))
    return tuple(out)


#: The frames the layout can license: a short line standing alone between blank lines.
STRUCTURES = frozenset({"heading"})
_HEADING_FINAL = frozenset(".?!:;,")


def is_heading(text: str, char: int, max_words: int = 6) -> bool:
    """Whether the line holding character ``char`` is a section heading: at most ``max_words``
    words, no final punctuation, a blank line (or the text's edge) before and after it."""
    ls = text.rfind("\n", 0, char) + 1
    le = text.find("\n", char)
    le = len(text) if le < 0 else le
    line = text[ls:le].strip()
    if not line or line[-1] in _HEADING_FINAL or len(line.split()) > max_words:
        return False
    # a blank line (only spaces between two line breaks) or the text's edge on both sides
    blank_before = (ls < 16 and not text[:ls].strip()) or _BLANK_BEFORE.search(text, max(0, ls - 16), ls) is not None
    blank_after = le >= len(text) or _BLANK_AFTER.match(text, le) is not None
    return blank_before and blank_after


#: a clock time just before a word in capitals ("18:22 ICT", "4:15 pm WAT"): the word is a time zone
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$")


def is_time_zone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a word in capitals, follows a clock time: a time zone named
    like a field ("Updated: 4 Nov 2025 20:05 ICT" is Indochina Time, not information technology)."""
    word = text[start:end]
    return 2 <= len(word) <= 5 and word.isupper() and _CLOCK_BEFORE.search(text, max(0, start - 14), start) is not None


_BLANK_BEFORE = re.compile(r"\n[ \t\r]*\n$")
_BLANK_AFTER = re.compile(r"\n[ \t\r]*(?:\n|\Z)")


def read_name_zones(path: PathLike) -> dict:
    """The word lists of ``name_zones.json``."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


class Sentences:
    """The sentences of a Doc: ``of(i)`` is the number of the sentence of token ``i``.

    A sentence ends after a ".", "?" or "!" token (the tokenizer keeps "Dr." and "S." whole, so
    abbreviations and initials end none); at a blank line; and at a line break unless the next
    line goes on in lower case (a hard-wrapped sentence).

    The marks and line breaks are found in the text with compiled patterns and placed among the
    tokens with the Doc's shared :class:`~dialogue_extract.pipeline.text.TokenView`, so no work
    is done per token; ``idx`` are the tokens' character offsets (the view's list: read only).
    """

    def __init__(self, doc: Doc) -> None:
        view = token_view(doc)
        n = view.n
        self.idx: list[int] = view.starts
        self.n = n
        text = view.doc_text
        starts, lengths = view.starts, view.lengths
        opens = set()  # the tokens a sentence starts at
        for m in _MARK.finditer(text):  # a mark that is a token of its own ends a sentence
            p = m.start()
            k = bisect_left(starts, p)
            if k + 1 < n and starts[k] == p and lengths[k] == 1:
                opens.add(k + 1)
        prev = -1
        for m in _BREAK.finditer(text):  # a white-space token with a line break
            i = bisect_right(starts, m.start()) - 1
            if i == prev or i < 0:
                continue
            prev = i
            tok = view.text(i)
            if not tok.isspace():
                continue
            breaks = tok.count("\n")
            if breaks > 1 or not (i + 1 < n and view.text(i + 1).islower()):
                opens.add(i)
        self._opens = sorted(opens)

    @property
    def ids(self) -> list[int]:
        """The sentence number of every token."""
        out, opens, k, current = [], self._opens, 0, 0
        for i in range(self.n):
            while k < len(opens) and opens[k] <= i:
                k += 1
                current += 1
            out.append(current)
        return out

    def of(self, i: int) -> int:
        return bisect_right(self._opens, i)

    def bounds(self, i: int) -> tuple[int, int]:
        """The token range ``[first, end)`` of the sentence of token ``i``."""
        opens = self._opens
        k = bisect_right(opens, i)
        return (opens[k - 1] if k else 0), (opens[k] if k < len(opens) else self.n)


_MARK = re.compile(r"[.?!]")
_BREAK = re.compile(r"\n")


class FrameFinder:
    """The cues of a set of frames, added to a case-insensitive PhraseMatcher that the caller
    runs (the sectors component's single pass); ``cues`` reads its matches."""

    def __init__(self, nlp, frames: Iterable[Frame], matcher: PhraseMatcher,
                 instruments: Iterable[str] = ()) -> None:
        self.nlp = nlp
        self.frames = tuple(frames)
        #: words naming an instrument ("programme"): a capitalised cue after one opens its field
        self.instruments = frozenset(w.lower() for w in instruments)
        #: match key -> frame name
        self.names: dict[int, str] = {}
        #: the frames found by the layout ("heading" -> frame name)
        self.structures = {f.structure: f.name for f in self.frames if f.structure}
        for frame in self.frames:
            if not frame.cues:
                continue
            key = "de_sector_frame." + frame.name
            self.names[nlp.vocab.strings.add(key)] = frame.name
            matcher.add(key, [nlp.make_doc(c) for c in frame.cues])

    def __len__(self) -> int:
        return len(self.frames)

    def cues(self, doc: Doc, text: str, matches: Iterable[tuple[int, int, int]], sentences: Sentences,
             wanted: Optional[set[int]] = None, skip: Optional[list[tuple[int, int]]] = None,
             view: Optional[TokenView] = None) -> list[Cue]:
        """The cues among ``matches`` (key, start, end) in text order, with their sentences (only
        those of the ``wanted`` sentences when given). A cue inside a ``skip`` range (sorted) does
        not count, nor does a capitalised one that continues a name ("the 50th Year of
        ASEAN-Japan Friendship and Cooperation")."""
        out = []
        names = self.names
        view = view or token_view(doc)
        for key, start, end in matches:
            sent = sentences.of(start)
            if wanted is not None and sent not in wanted:
                continue
            if skip and _inside(skip, start, end):
                continue
            if text[sentences.idx[start]].isupper() and continues_name(doc, start, view, self.instruments):
                continue
            out.append(Cue(start, end, names[key], sent))
        out.sort()
        return out


def continues_name(doc: Doc, i: int, view: Optional[TokenView] = None, instruments: frozenset = frozenset()) -> bool:
    """Whether a capitalised word continues a name: it follows a capitalised word, directly or
    through "and", "of", "for" or "&" ("Friendship and Cooperation"). ``view``: the Doc's
    token view (read instead of Token objects). After one of ``instruments`` and a preposition
    the word opens what the instrument is about ("Programme for Cooperation in ...")."""
    view = view or token_view(doc)
    first = view.text(i)
    if not first[:1].isupper() or not first[1:].islower():  # "MoU" is no name word
        return False
    j = i - 1
    joined = j >= 0 and view.lower(j) in _NAME_JOINERS
    if joined:
        j -= 1
    if j < 0 or (j + 1 < i and "\n" in view.text(j + 1)):
        return False
    prev = view.text(j)
    if joined and view.lower(j) in instruments and view.lower(j + 1) in ("for", "of", "on"):
        return False
    return prev[:1].isupper() and prev.isalpha()


_NAME_JOINERS = frozenset({"and", "of", "for", "&"})


def _inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(ranges, (start + 1, -1))
    return i > 0 and ranges[i - 1][0] <= start and ranges[i - 1][1] >= end


def licensing_cue(cues: list[Cue], starts: list[int], sent: int, start: int, end: int,
                  frames: Optional[frozenset[str]] = None) -> Optional[Cue]:
    """The cue that licenses a topic word at tokens ``[start, end)`` of sentence ``sent``: the
    nearest cue of that sentence that is not part of the word (one before it wins a tie), of one
    of ``frames`` when the word's pattern names them. ``starts`` are the cues' start tokens."""
    i = bisect_left(starts, start)
    best, best_d = None, None
    j = i - 1
    while j >= 0 and cues[j].sent == sent:
        c = cues[j]
        if c.end <= start and (frames is None or c.frame in frames):
            best, best_d = c, start - c.end
            break
        j -= 1
    j = i
    while j < len(cues) and cues[j].sent == sent:
        c = cues[j]
        if c.start >= end and (frames is None or c.frame in frames):
            if best_d is None or c.start - end < best_d:
                best = c
            break
        j += 1
    return best


class NameZones:
    """Whether a match lies inside a portfolio ("Minister for Manpower"), an organisation name
    ("Nanyang Technological University") or a page-menu line ("Home · Business · Sport"), with
    the word lists of ``name_zones.json``. Each check looks only around the match (the run of
    capitalised words it belongs to, its line), so the cost follows the number of matches."""

    def __init__(self, zones: dict) -> None:
        self.portfolio = frozenset(zones.get("portfolio_heads", ()))
        self.org = frozenset(zones.get("organisation_heads", ()))
        self.connectors = frozenset(zones.get("connectors", ()))
        self.stop = frozenset(zones.get("stop_words", ()))
        seps = [re.escape(x) for x in zones.get("menu_separators", ())]
        self.separators = re.compile("|".join(seps)) if seps else None
        crumbs = [re.escape(x) for x in zones.get("breadcrumb_separators", ())]
        #: a breadcrumb's separator: two items are a menu line ("Business > Shipping")
        self.crumbs = re.compile("|".join(crumbs)) if crumbs else None
        self.max_item = int(zones.get("menu_item_max_tokens", 4))
        self.column = int(zones.get("menu_column_lines", 4))
        prefixes = [r"\s+".join(map(re.escape, p.split())) for p in zones.get("menu_prefixes", ())]
        # (after an arrow of a pager: "< Previous: ... | Next: ... >", "▼ Previous: ..."; or after a
        # pager's first item of up to three words and a separator: "List | Prev: ... | Next: ...")
        item = r"(?:[^\W\d_][\w'’-]*[ \t]+){0,2}[^\W\d_][\w'’-]*[ \t]*(?:" + "|".join(seps) + r")" if seps else "(?!)"
        self.prefix = re.compile(r"[\s<«‹←▲▼△▽↑↓]*(?:" + item + r"[ \t]*)?(?:" + "|".join(prefixes) + r")\s*:",
                                 re.I) if prefixes else None
        #: "on" joins a name only after one of these heads ("the Intergovernmental Commission on Trade,
        #: Economic, Scientific, Technical and Cultural Cooperation")
        self.on_heads = frozenset(zones.get("on_heads", ()))
        self.venue_openers = tuple(tuple(o.lower().split()) for o in zones.get("venue_openers", ()))
        # the openers by their last word, which a venue's name follows ("of")
        self._openers_by_last: dict[str, list[tuple[str, ...]]] = {}
        for words in self.venue_openers:
            self._openers_by_last.setdefault(words[-1], []).append(words)
        self.venue_joins = frozenset(zones.get("venue_joins", ()))
        self.venue_reach = int(zones.get("venue_reach", 12))

    def __bool__(self) -> bool:
        return bool(self.portfolio or self.org or self.separators or self.prefix or self.column)

    # -- names (tokens read through the Doc's token view, no Token objects) -------------------
    def _capital(self, view: TokenView, i: int) -> bool:
        t = view.text(i)
        return bool(t) and t[0].isupper() and t.lower() not in self.stop

    def _joins(self, view: TokenView, i: int) -> bool:
        t = view.text(i)
        if t.lower() == "on" and self.on_heads:
            return i > 0 and view.lower(i - 1) in self.on_heads and self._capital(view, i - 1)
        return t.lower() in self.connectors and "\n" not in t

    def run(self, doc: Doc, start: int, end: int, view: Optional[TokenView] = None) -> tuple[int, int]:
        """The run of capitalised words (joined by connectors) around tokens ``[start, end)``."""
        view = view or token_view(doc)
        capital, joins = self._capital, self._joins
        n = view.n
        rs = start
        while rs > 0:
            j = rs - 1
            while j >= 0 and joins(view, j):
                j -= 1
            if j >= 0 and capital(view, j) and (j == rs - 1 or capital(view, rs)):
                rs = j
            else:
                break
        re_ = end
        while re_ < n:
            k = re_
            while k < n and joins(view, k):
                k += 1
            if k < n and capital(view, k) and (k == re_ or capital(view, re_ - 1)):
                re_ = k + 1
            else:
                break
        return rs, re_

    def in_name(self, doc: Doc, start: int, end: int, view: Optional[TokenView] = None) -> bool:
        """Whether tokens ``[start, end)`` lie inside a longer portfolio or organisation name."""
        view = view or token_view(doc)
        if not (self._capital(view, start) or self._capital(view, end - 1)):
            return False
        rs, re_ = self.run(doc, start, end, view)
        if re_ - rs <= end - start:
            return False
        lowers = [view.lower(k) for k in range(rs, re_)]
        if any(w in self.org for w in lowers):
            return True
        for k, w in enumerate(lowers[:-1]):
            if w in self.portfolio and lowers[k + 1] in ("of", "for") and rs + k < start:
                return True
        return False

    def part_of_a_name(self, view: TokenView, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)``, written in capitals, are a person's initials before the
        family name ("A.I. Karabıyık", not artificial intelligence) or one half of a compound of
        short forms joined by a hyphen ("IT-CEPA", an agreement between two states' initials)."""
        written = view.span_text(start, end)
        if _DOTTED_INITIALS.fullmatch(written):
            return end < view.n and view.text(end)[:1].isupper() and view.text(end)[1:2].isalpha() \
                and not view.glued(end - 1)
        if not (written.isupper() and written.isalpha()):
            return False
        if end + 1 < view.n and view.text(end) in _HYPHENS and view.glued(end - 1) and view.glued(end):
            other = view.text(end + 1)
        elif start >= 2 and view.text(start - 1) in _HYPHENS and view.glued(start - 2) and view.glued(start - 1):
            other = view.text(start - 2)
        else:
            return False
        return len(other) >= 3 and other.isupper() and other.isalpha()

    def in_venue(self, doc: Doc, start: int, view: Optional[TokenView] = None) -> bool:
        """Whether the capitalised match starting at token ``start`` lies in the name of a venue:
        a run of capitalised words, connectors, apostrophes and hyphens (and the lower-case word
        after a hyphen: "ASEAN-related") that one of the venue openers precedes ("on the sidelines
        of the G20 Leaders' Summit")."""
        if not self.venue_openers:
            return False
        view = view or token_view(doc)
        if not self._capital(view, start):
            return False
        j = start - 1
        lowest = max(-1, start - 1 - self.venue_reach)
        by_last = self._openers_by_last
        while j > lowest:
            for words in by_last.get(view.lower(j), ()):
                k = j - len(words) + 1
                if k >= 0 and all(view.lower(k + m) == w for m, w in enumerate(words)):
                    return True
            t = view.text(j)
            if not (self._capital(view, j) or self._joins(view, j) or t in self.venue_joins
                    or (t.islower() and j > 0 and view.text(j - 1) in self.venue_joins)):
                return False
            j -= 1
        return False

    # -- menus --------------------------------------------------------------------------------
    @staticmethod
    def _line(text: str, char: int) -> tuple[int, int]:
        return text.rfind("\n", 0, char) + 1, (text.find("\n", char) + 1 or len(text) + 1) - 1

    @staticmethod
    def _short(line: str) -> bool:
        words = line.split(None, 3)  # a fourth item: more than three words (the rest not split)
        return 0 < len(words) <= 3 and line.strip()[:1].isupper() and all(w.isalpha() or w == "&" for w in words)

    def in_menu(self, text: str, char: int, cache: dict) -> bool:
        """Whether the line holding character ``char`` is a page-menu line or in a menu column."""
        ls = text.rfind("\n", 0, char) + 1
        found = cache.get(ls)
        if found is not None:
            return found
        le = self._line(text, char)[1]
        line = text[ls:le]
        found = False
        if self.prefix is not None and self.prefix.match(line):
            found = True
        elif self.separators is not None and self.separators.search(line) is not None:
            items = self.separators.split(line)
            least = 2 if self.crumbs is not None and self.crumbs.search(line) is not None else 3
            found = len(items) >= least and all(len(x.split()) <= self.max_item for x in items)
        if not found and self.column and self._short(line):
            count = 1
            for step in (-1, 1):  # neighbouring short lines, up and down, no blank line between
                pos = ls
                while True:
                    if step < 0:
                        if pos == 0:
                            break
                        ps, pe = self._line(text, pos - 1)
                    else:
                        end = pos if pos > ls else le
                        if end >= len(text):
                            break
                        ps, pe = self._line(text, end + 1)
                    if ps == pe or not self._short(text[ps:pe]):
                        break
                    count += 1
                    pos = ps if step < 0 else pe
            found = count >= self.column
        cache[ls] = found
        return found
