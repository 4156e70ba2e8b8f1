"""Finds person names where releases introduce them, and their later bare mentions.

A name is only taken where something vouches for it (an *anchor*):

* a title before it: "Second Vice Foreign Minister Han Seo-yeon", "EAM (External Affairs
  Minister) Dr. R. Venkatesh";
* a title after it, in apposition: "P. Kumaran, Joint Secretary in the External Affairs Ministry",
  "Vikrant Sood, the Indian Ambassador", "Hiroshi Tanabe, who is Japan's G7 Sherpa";
* a title before it across a comma: "the Italian Ambassador to India, Marco Benedetti,";
* a speaker label or a title after a body's name: "Official Spokesperson, Shri A. Rao:", "Vice
  Chairman of the Đà Nẵng People's Committee Phan Văn Lợi";
* an honorific: "H.E. Jean-Marc Le Floch", "Mr. Kenji Onodera", "Sheikh Farzana" (only strong
  honorifics make an official on their own: Mr, Ms and Dr do not);
* a counterpart: "his counterpart, Cho Hyun", "Haruto Sasaki, his Japanese counterpart";
* a plural office: "the two foreign ministers, Penny Ashe and Ratna Kusuma".

Names are written words ("units") glued by hyphens and apostrophes, with particles ("bin", "Al",
"van der"), initials and suffixes ("Jr."); a line that is a Title Case headline keeps only the words
the rest of the release uses ("EAM Venkatesh Meets Haddad" gives "Venkatesh").

Then every later bare use of an anchored name's parts ("Kumaran", "Hyun", "Al Qasimi") is found
with one compiled regular expression over the text. Bylines, commenters and journalists have no
anchor, so they are never found.

Writes ``doc.spans["persons"]`` (label ``PERSON``) and, per span, ``span._.de_person_info``
(:class:`PersonInfo`): the anchor kind, the title spans that vouch for it and the honorifics.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ...data import data_path, read_json, read_tsv
from ..text import TokenView
from ..layout import CELL_BREAK
from ..zones import in_boilerplate


from .. import extensions  # noqa: F401  (registers the de_* attributes)
from .. import keys

_INITIAL = re.compile(r"^(?:[A-Z]\.?|(?:[A-Z]\.){2,3}|[A-Z]{2,3})$")
_JOINERS = {"-", "'", "’", "‐"}
_CAPS_WORD = re.compile(r"^[A-Z][A-Z'’-]{2,}$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


_NOT_HEADLINE = re.compile(r"\s*(?:[-–—*•▪●·]\s|\d{1,3}[.)]?\s*\||\S[^\n]*(?:\s\|\s|\[))")


def _is_headline(text: str, line_start: int) -> bool:
    """A short Title Case line standing on its own (blank lines or the text's ends around it:
    a hard-wrapped paragraph line is no headline) that does not end like a sentence."""
    line_end = text.find("\n", line_start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if _NOT_HEADLINE.match(line):
        return False  # a list item, a table row, a bracketed entry
    if len(line) > 200 or line.rstrip().endswith((".", "\"", "”", ":", "?", "!", ",", ";")):
        return False
    # a line of a hard-wrapped paragraph continues the line before it (which ends mid-sentence) or
    # goes on in the next one (which starts in lower case)
    before = text[max(0, line_start - 300):line_start].rstrip()
    prev_line = before[before.rfind("\n") + 1:]
    if len(prev_line) > 60 and (prev_line[-1].islower() or prev_line[-1] in ",;"):
        return False
    after = text[line_end + 1:line_end + 3].lstrip(" \t") if line_end >= 0 else ""
    if after[:1].islower():
        return False
    all_words = _WORD.findall(line)
    words = [w for w in all_words if len(w) > 3]
    return len(all_words) <= 20 and len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_NOT_BEFORE = frozenset("'’.-")
_NOT_AFTER = frozenset("-")


def find_forms(text: str, starts: list[int], forms: set[str]) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of ``forms`` that begin at a token start, leftmost first, the
    longest form first at each place; each ``(start, end)`` in characters.

    A form must not continue a word before it (a letter, digit, apostrophe, full stop or hyphen)
    nor be followed by a letter, digit or hyphen. Forms are looked up by their first three
    characters at each token start, so the cost is linear in the text whatever the number of forms.
    """
    index: dict[str, list[str]] = {}
    for f in sorted(forms, key=lambda f: (-len(f), f)):
        index.setdefault(f[:3], []).append(f)
    out: list[tuple[int, int]] = []
    pos = 0  # end of the last occurrence: occurrences do not overlap
    n = len(text)
    for s in starts:
        if s < pos:
            continue
        cands = index.get(text[s:s + 3])
        if cands is None:
            continue
        if s > 0:
            c = text[s - 1]
            if c.isalnum() or c == "_" or c in _NOT_BEFORE:
                continue
        for f in cands:
            e = s + len(f)
            if text.startswith(f, s) and (e >= n or not (text[e].isalnum() or text[e] == "_" or text[e] in _NOT_AFTER)):
                out.append((s, e))
                pos = e
                break
    return out


@dataclass
class PersonInfo:
    anchor: str  # "title_before", "title_after", "honorific", "counterpart", "bare"
    titles: list[tuple[int, int]] = field(default_factory=list)  # token offsets of title spans
    honorifics: list[str] = field(default_factory=list)
    strong_honorific: bool = False
    counterpart: bool = False
    implied_titles: list[str] = field(default_factory=list)  # "the two foreign ministers, X and Y"

    @property
    def anchored(self) -> bool:
        return self.anchor != "bare"


@dataclass
class PersonLexicon:
    not_name_words: set[str]
    suffixes: set[str]
    counterpart_words: set[str]
    relative_openers: set[str]
    determiners: set[str]
    honorifics: dict[str, str]  # folded single-token form -> "strong" / "weak"
    particles: set[str]
    honorific_forms: list[tuple[str, str]] = field(default_factory=list)  # (form as written, strength)
    appositive_words: set[str] = field(default_factory=set)
    appositive_followers: set[str] = field(default_factory=set)
    institution_words: set[str] = field(default_factory=set)
    plural_offices: dict[str, Optional[str]] = field(default_factory=dict)
    place_prepositions: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    member_lines: list[str] = field(default_factory=list)
    member_next_line: Optional[str] = None
    post_nominals: set[str] = field(default_factory=set)
    speaker_label: Optional[str] = None
    question_label: Optional[str] = None
    titles_path: Optional[Path] = None

    @classmethod
    def from_files(cls, path: str | Path, names_dir: Optional[Path] = None) -> "PersonLexicon":
        data = read_json(path)
        names_dir = names_dir or Path(path).parent / "names"
        hon: dict[str, str] = {}  # one-word forms, folded: a word of that kind ends a name
        forms: list[tuple[str, str]] = []  # every form, for the matcher
        for row in read_tsv(names_dir / "honorifics.tsv"):
            if row.get("position", "before") != "before":
                continue
            forms.append((row["form"], row.get("strength", "weak")))
            words = row["form"].split()
            if len(words) == 1:
                hon[_fold_hon(words[0])] = row.get("strength", "weak")
        particles = {row["form"].casefold() for row in read_tsv(names_dir / "particles.tsv")}
        return cls(
            not_name_words=set(data["not_name_words"]),
            suffixes=set(data["suffixes"]),
            counterpart_words=set(data["counterpart_words"]),
            relative_openers=set(data["relative_openers"]),
            determiners=set(data["determiners"]),
            honorifics=hon,
            particles=particles,
            honorific_forms=forms,
            appositive_words=set(data.get("appositive_words", [])),
            appositive_followers=set(data.get("appositive_followers", [])),
            institution_words=set(data.get("institution_words", [])),
            plural_offices=dict(data.get("plural_offices", {})),
            place_prepositions=set(data.get("place_prepositions", [])),
            places={row["place"] for row in read_tsv(Path(path).parent / "datelines.tsv")},
            member_lines=list(data.get("member_lines", [])),
            member_next_line=data.get("member_next_line"),
            speaker_label=data.get("speaker_label"),
            post_nominals=set(data.get("post_nominals", [])),
            question_label=data.get("question_label"),
            titles_path=Path(path).parent / "titles.json",
        )


def _fold_hon(word: str) -> str:
    return word.casefold().rstrip(".'’")


@Language.factory("de_persons", default_config={"lexicon_path": None, "max_name_words": 6},
                  requires=["doc.spans", "span._.de_title_info"], assigns=["doc.spans", "span._.de_person_info"])
def make_persons(nlp: Language, name: str, lexicon_path: Optional[str], max_name_words: int) -> "Persons":
    path = Path(lexicon_path) if lexicon_path else data_path("persons.json")
    return Persons(nlp, PersonLexicon.from_files(path), max_name_words=max_name_words)


class Persons:
    def __init__(self, nlp: Language, lexicon: PersonLexicon, *, max_name_words: int = 6) -> None:
        self.lex = lexicon
        self.max_units = max_name_words
        # honorifics and counterpart words are found with one PhraseMatcher, not a token loop
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for form, strength in lexicon.honorific_forms:
            # "Ms" and "Ms.", "Hon." and "Hon" (the lexicon lists a form once, with or without its dot)
            bare = form.rstrip(".")
            variants = {form, bare + "."} if form == bare and bare.isalpha() else {form}
            if form.endswith(".") and len(bare) > 2:
                variants.add(bare)
            for v in variants:
                # tokenised as before a name: "Ms." alone would split off its period
                tokens = nlp.make_doc(v + " Name")[:-1]
                self.matcher.add("HON_" + strength.upper(), [tokens.as_doc()])
        self.matcher.add("COUNTERPART", [nlp.make_doc(w) for w in lexicon.counterpart_words])
        for plural, singular in lexicon.plural_offices.items():
            self.matcher.add("PLURAL_" + (singular or ""), [nlp.make_doc(plural)])
        self.hon_strong = nlp.vocab.strings["HON_STRONG"]
        # the last words of title heads and the short forms: a title that ends on anything else
        # ran on into words the grammar does not know
        titles = read_json(lexicon.titles_path) if lexicon.titles_path else {}
        self.head_words = {h.split()[-1] for h in titles.get("heads", []) + titles.get("lowercase_heads", [])}
        self.head_words |= {w for w in titles.get("abbreviations", {})} | {")"}
        # a written word's kind depends on its text alone: cache it (words recur across releases)
        self._word_kind = lru_cache(maxsize=1 << 16)(self._word_kind_uncached)
        self.counterpart_id = nlp.vocab.strings["COUNTERPART"]
        self.plural_titles = {nlp.vocab.strings["PLURAL_" + (v or "")]: v for v in lexicon.plural_offices.values()}
        self._hon_table: dict[int, tuple[int, bool]] = {}
        self._hon_covered: set[int] = set()
        self.member_lines = [re.compile(p, re.MULTILINE) for p in lexicon.member_lines]
        self.member_next = re.compile(lexicon.member_next_line) if lexicon.member_next_line else None
        self.speaker_label = re.compile(lexicon.speaker_label, re.MULTILINE) if lexicon.speaker_label else None
        self.question_label = re.compile(lexicon.question_label) if lexicon.question_label else None

    # -- written words ("units"): tokens glued without white space, "Yoon-joo", "Dato'" --------
    def _unit_end(self, tv: TokenView, i: int) -> int:
        j = i + 1
        n = tv.n
        while j < n and tv.glued(j - 1) and (tv.text(j) in _JOINERS or tv.text(j - 1) in _JOINERS):
            j += 1
        while j - 1 > i and tv.text(j - 1) in ("-", "‐"):
            j -= 1
        return j

    def _unit_start(self, tv: TokenView, j: int) -> int:
        """Start of the unit that ends at token ``j`` (exclusive)."""
        i = j - 1
        while i > 0 and tv.glued(i - 1) and (tv.text(i) in _JOINERS or tv.text(i - 1) in _JOINERS):
            i -= 1
        while i < j - 1 and tv.text(i) in _JOINERS:
            i += 1
        return i

    def _kind(self, tv: TokenView, i: int, j: int, blocked: bytearray) -> Optional[str]:
        """What the written word doc[i:j] can be in a name."""
        for k in range(i, j):
            if blocked[k]:
                return None
        return self._word_kind(tv.span_text(i, j), j - i == 1)

    def _word_kind_uncached(self, text: str, one_token: bool) -> Optional[str]:
        if len(text) <= 2 and _INITIAL.match(text):
            return "initial"
        if not text or text in self.lex.not_name_words:
            return None
        folded = _fold_hon(text)
        if folded in self.lex.honorifics and (text[:1].isupper() or text in ("dato'",)):
            return "honorific"
        if one_token and text.casefold() in self.lex.particles:
            return "particle"
        if text in self.lex.suffixes:
            return "suffix"
        if _INITIAL.match(text):
            return "initial"
        first = text[0]
        if not first.isalpha() or not first.isupper():
            return None
        if any(c.islower() for c in text):
            if not all(c.isalpha() or c in "-'’‐." for c in text) or text.endswith("."):
                return None
            return "word"
        if _CAPS_WORD.match(text) and len(text) >= 4:
            return "caps"
        return None

    def _honorifics_at(self, tv: TokenView, i: int, blocked: bytearray) -> tuple[int, list[str], bool]:
        """Skip honorifics starting at token i: (index after them, forms, any strong)."""
        table = self._hon_table
        forms: list[str] = []
        strong = False
        n = tv.n
        while i < n and i in table:
            end, is_strong = table[i]
            forms.append(tv.span_text(i, end))
            strong = strong or is_strong
            i = end
            if i < n and tv.text(i) == "." and tv.glued(i - 1):  # "Smt" "."
                i += 1
        return i, forms, strong

    def _scan_right(self, tv: TokenView, i: int, blocked: bytearray,
                    caps_alone: bool = False) -> Optional[tuple[int, int]]:
        """The name starting at token i (honorifics already skipped), as (start, end)."""
        units: list[tuple[int, int, str]] = []
        n = tv.n
        k = i
        while k < n and len(units) < 2 * self.max_units:
            j = self._unit_end(tv, k)
            kind = self._kind(tv, k, j, blocked)
            if kind in (None, "honorific"):
                # "Navarro, Jr."
                if tv.text(k) == "," and k + 1 < n and tv.text(k + 1) in self.lex.suffixes and units:
                    units.append((k, k + 2, "suffix"))
                break
            units.append((k, j, kind))
            if kind == "suffix":
                break
            k = j
        if caps_alone and len(units) == 1 and units[0][2] == "caps":
            return units[0][0], units[0][1]  # "Prime Minister KISHIDA": a capitalised family name
        return self._validate(tv, units)

    def _scan_left(self, tv: TokenView, end: int, blocked: bytearray) -> Optional[tuple[int, int]]:
        """The name ending just before token ``end``, as (start, end)."""
        units: list[tuple[int, int, str]] = []
        j = end
        if j >= 2 and tv.text(j - 1) in self.lex.suffixes and tv.text(j - 2) == ",":
            units.append((j - 2, j, "suffix"))
            j -= 2
        while j > 0 and len(units) < 2 * self.max_units:
            i = self._unit_start(tv, j)
            kind = self._kind(tv, i, j, blocked)
            if kind is None:
                break
            if kind == "honorific":
                break
            units.insert(0, (i, j, kind))
            j = i
        # the words of a honorific of several words ("Tan Sri", "Dato' Seri") are no name
        covered = self._hon_covered
        while units and units[0][0] in covered:
            units.pop(0)
        return self._validate(tv, units)

    def _validate(self, tv: TokenView, units: list[tuple[int, int, str]]) -> Optional[tuple[int, int]]:
        # trim particles/initials that dangle at the end, particles at the start
        while units and units[-1][2] in ("particle",):
            units.pop()
        while units and (units[0][2] == "suffix" or units[0][2] == "particle" and not (
                len(units) > 1 and tv.text(units[0][0])[:1].isupper())):
            units.pop(0)
        if not units or len([u for u in units if u[2] not in ("suffix", "particle")]) > self.max_units:
            return None  # (particles do not count: "Faleh bin Khalid bin Jabor Al Thani")
        kinds = [u[2] for u in units]
        if "word" not in kinds:
            return None  # a name has at least one ordinary written word ("FPSD", "UN" are not names)
        if kinds[-1] == "initial" and len(units) == 1:
            return None
        return units[0][0], units[-1][1]

    # -- the component ----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        tv = TokenView(doc)
        n = tv.n
        blocked = bytearray(n)
        # each span group read once (reading a SpanGroup creates its Span objects)
        bounds_of = {key: [(sp.start, sp.end) for sp in doc.spans.get(key, ())]
                     for key in (keys.COUNTRIES, keys.ORGANIZATIONS, keys.DATES)}
        titles = sorted(doc.spans.get(keys.TITLES, ()), key=lambda s: s.start)
        bounds_of[keys.TITLES] = [(t.start, t.end) for t in titles]
        for pairs in bounds_of.values():
            for s, e in pairs:
                blocked[s:e] = b"\x01" * (e - s)
        found: dict[tuple[int, int], PersonInfo] = {}
        found_end: dict[int, tuple[int, int]] = {}
        found_start: dict[int, tuple[int, int]] = {}

        def add(bounds, anchor: str, title: Optional[Span] = None, hon=(), strong=False, counterpart=False,
                layout=False):
            if bounds is None:
                return
            # a name the layout marks (a bracketed name under its title, a member's line) is no headline
            s, e = bounds if layout else self._trim_headline(tv, *bounds)
            if e <= s or in_boilerplate(doc, s, e):
                return
            info = found.get((s, e))
            if info is None:
                info = found[(s, e)] = PersonInfo(anchor=anchor)
                found_end[e] = (s, e)
                found_start[s] = (s, e)
            if title is not None and (title.start, title.end) not in info.titles:
                info.titles.append((title.start, title.end))
            info.honorifics.extend(h for h in hon if h not in info.honorifics)
            info.strong_honorific = info.strong_honorific or strong
            info.counterpart = info.counterpart or counterpart
            for k in range(s, e):
                blocked[k] = 1

        self._hon_table = {}
        counterparts = []
        plurals = []
        for match_id, start, end in self.matcher(doc):
            if match_id == self.counterpart_id:
                counterparts.append(start)
                continue
            if match_id in self.plural_titles:
                plurals.append((end, self.plural_titles[match_id]))
                continue
            first = tv.text(start)
            if not first[:1].isupper() and first != "dato":
                continue
            if first in ("HE", "He"):
                continue  # "HE" without dots is the pronoun of an all-capitals heading
            prev = self._hon_table.get(start)
            if prev is None or prev[0] < end:
                self._hon_table[start] = (end, match_id == self.hon_strong)

        self._hon_covered = {k for i, (e, _strong) in self._hon_table.items() for k in range(i, e)}
        title_at = {t.start: t for t in titles}
        self._tinfo = {t.start: t._.de_title_info for t in titles}  # read the extension once
        premodifiers: set[int] = set()
        span_end_start = {e: s for key in (keys.TITLES, keys.COUNTRIES, keys.ORGANIZATIONS) for s, e in bounds_of[key]}
        self._phrase_end_start = {}
        for t in titles:
            info = self._tinfo.get(t.start)
            if info is not None:
                self._phrase_end_start[max(t.end, info.phrase_end)] = (
                    info.prefix_start if info.prefix_start >= 0 else t.start, t.start)
        # 1. title before the name: "Foreign Minister Cho Hyun", "EAM (..) Dr. S. Jaishankar"
        for t in titles:
            info = self._tinfo.get(t.start)
            j = info.phrase_end if info is not None and info.phrase_end > t.end else t.end
            inside = self._name_in_brackets(tv, j, blocked)
            if inside is None and j < n and not tv.text(j).isspace():
                # "THE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS\n[SHRI K. P. SINGH]":
                # the rest of the title's line names its body; the name stands below it
                k = j
                while k < n and k - j < 12 and not tv.text(k).isspace() and tv.text(k) not in (",", ".", ";", ":"):
                    k += 1
                if k < n and k - j < 12 and tv.text(k).isspace():
                    inside = self._name_in_brackets(tv, k, blocked)
            if inside is not None:
                # "Official Spokesperson (Shri A. Rao):", "The Minister for Asia (Ann Lee)",
                # "THE MINISTER OF STATE ...\n[SHRI K. P. SINGH]": the name the title is given to
                bounds, hon, strong = inside
                add(bounds, "title_before", t, hon, strong, layout=True)
                premodifiers.add(t.start)
                continue
            if j < n and tv.text(j) == "(":  # "(EAM)", "(NSA)"
                close = next((k for k in range(j + 1, min(n, j + 6)) if tv.text(k) == ")"), None)
                if close is not None:
                    j = close + 1
            j2, hon, strong = self._honorifics_at(tv, j, blocked)
            bounds = self._scan_right(tv, j2, blocked, caps_alone=True)
            if bounds is not None and not hon and j == t.end and t.end > t.start + 1 \
                    and tv.text(t.end - 1) not in self.head_words and self._single_unit(tv, bounds):
                bounds = None  # "Minister of Defence and Military | Production": the title ran on
            if bounds is None and not hon and j < n and tv.lower(j) in ("of", "for"):
                # "Vice Chairman of the Hà Nội People's Committee Vũ Đức Khang": the body's name
                # ends on an institution word; the person's name follows it
                k = self._after_institution(tv, j + 1, blocked)
                if k is not None:
                    bounds = self._scan_right(tv, k, blocked)
                    if bounds is not None and self._single_unit(tv, bounds):
                        bounds = None
            if bounds is not None:
                add(bounds, "title_before", t, hon, strong)
                premodifiers.add(t.start)
        # 2. name before the title: "NAME, [the|his] [country] TITLE", "NAME (MoS)", "NAME, who is ..."
        for t in titles:
            if t.start in premodifiers:
                continue  # "In addition to the talks, Secretary Rao met ...": the title is Rao's
            after = self._name_after_comma(tv, t, blocked)
            if after[0] is not None and (after[3] or after[1]):
                continue  # "X, the President of Kenya, H.E. Y, ...", "X, and Secretary, Shri Y": Y's
            t_end = max(t.end, self._tinfo.get(t.start).phrase_end) if self._tinfo.get(t.start) is not None else t.end
            if t_end + 1 < n and tv.lower(t_end) == "and" and (t_end + 1) in premodifiers:
                continue  # "X, Deputy Prime Minister and Foreign Minister of Y Z": both titles are Z's
            info = self._tinfo.get(t.start)
            p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
            if p > 0 and tv.text(p - 1) == "(":
                if p - 1 in found_end:
                    add(found_end[p - 1], "title_after", t)
                    continue
                bounds = self._scan_left(tv, p - 1, blocked)
                if bounds is not None:
                    add(bounds, "title_after", t)
                    continue
            k = p
            steps = 0
            while k > 0 and steps < 5 and (tv.lower(k - 1) in self.lex.determiners
                                           or tv.lower(k - 1) in self.lex.relative_openers
                                           or tv.text(k - 1) in ("'s", "’s")):
                k -= 1
                steps += 1
            if not self._closes_appositive(tv, info.phrase_end if info is not None and info.phrase_end > t.end else t.end):
                continue  # "Rohit, the EAM is expected to ...": a vocative, not an appositive
            if not (k > 1 and tv.text(k - 1) in (",", "|", CELL_BREAK)):
                # "Zhou Kai, Member of the Political Bureau ... and Minister of Foreign Affairs"
                k = self._appositive_start(tv, k, span_end_start)
            if k > 1 and tv.text(k - 1) in (",", "|", CELL_BREAK):  # "NAME, TITLE", "NAME | TITLE"
                if k - 1 in found_end:  # "Admiral J. Roy, the Chief of Naval Staff": one more title
                    if self._country_conflict(found[found_end[k - 1]], t, title_at):
                        continue  # "... Foreign Minister Li X, Deputy Prime Minister ... of Cambodia Y"
                    add(found_end[k - 1], "title_after", t)
                    continue
                bounds = self._scan_left(tv, k - 1, blocked)
                if bounds is not None and self._plausible_before_comma(tv, bounds):
                    s, _ = bounds
                    s2, hon, strong = self._honorifics_before(tv, s, blocked)
                    add(bounds, "title_after", t, hon, strong)
                    continue
        # 3. "the Italian Ambassador to India, Marco Benedetti,", "Kuwait's Prime Minister, Sheikh X",
        #    "Official Spokesperson, Shri A. Rao:": title, comma, name, where the title is introduced
        #    as a noun phrase, opens a line (a speaker label), or the name carries an honorific
        claimed = {ts for info in found.values() for ts, _ in info.titles}
        for t in titles:
            if t.start in premodifiers:
                continue
            bounds, hon, strong, noun_phrase = self._name_after_comma(tv, t, blocked)
            if bounds is None and noun_phrase is not None:
                bounds = self._found_after_comma(tv, t, found_start)  # "Our Envoy, Ambassador X,"
            if bounds is not None and (noun_phrase or t.start not in claimed):
                add(bounds, "title_before", t, hon, strong)
        # 4. honorifics: "H.E. Jean-Marc Le Floch", "Mr. Kenji Onodera", "Sheikh Farzana"
        for i in sorted(self._hon_table):
            if blocked[i] or (i - 1) in self._hon_table or (i - 2) in self._hon_table and tv.text(i - 1) == ".":
                continue  # handled from the first honorific of a run
            j, hon, strong = self._honorifics_at(tv, i, blocked)
            bounds = self._scan_right(tv, j, blocked)
            if bounds is not None:
                add(bounds, "honorific", None, hon, strong)
        # 2b. a participant block: "Senator the Hon Jane Roe\nMinister for Foreign Affairs", "The Hon
        #     Peter Marsh MP\nMinister for Trade": a title alone on the line under a name
        claimed_now = {ts for info in found.values() for ts, _ in info.titles}
        for t in titles:
            if t.start in premodifiers or t.start in claimed_now:
                continue
            info = self._tinfo.get(t.start)
            p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
            end = max(t.end, info.phrase_end) if info is not None else t.end
            if p == 0 or tv.text(p - 1).count("\n") != 1 or not tv.text(p - 1).isspace():
                continue
            if end < n and not (tv.text(end).isspace() and "\n" in tv.text(end)):
                continue
            k = p - 1
            while k > 0 and tv.text(k - 1) in self.lex.post_nominals:
                k -= 1
            if k in found_end:
                add(found_end[k], "title_after", t, layout=True)
        # 5. counterparts: "his counterpart, NAME" / "NAME, his Japanese counterpart"
        for i in counterparts:
            j = i + 1
            if j < n and tv.text(j) == ",":
                j += 1
            j2, hon, strong = self._honorifics_at(tv, j, blocked)
            bounds = self._scan_right(tv, j2, blocked)
            if bounds is not None:
                add(bounds, "counterpart", None, hon, strong, counterpart=True)
                continue
            k = i
            while k > 0 and (tv.lower(k - 1) in self.lex.determiners or blocked[k - 1]) and i - k < 4:
                k -= 1
            if k > 0 and tv.text(k - 1) == ",":
                add(self._scan_left(tv, k - 1, blocked), "counterpart", None, counterpart=True)
        # 6. lists after a plural office: "the two foreign ministers, Ana Ruiz and Piotr Nowak,"
        for j, singular in plurals:
            if j < n and tv.text(j) == ",":
                j += 1
            while j < n:
                j2, hon, strong = self._honorifics_at(tv, j, blocked)
                bounds = self._scan_right(tv, j2, blocked)
                if bounds is None:
                    break
                add(bounds, "counterpart", None, hon, strong, counterpart=True)
                key = self._trim_headline(tv, *bounds)
                if singular and key in found and singular not in found[key].implied_titles:
                    found[key].implied_titles.append(singular)
                j = bounds[1]
                if j + 1 < n and tv.text(j) == "," and tv.lower(j + 1) != "and":
                    j += 1
                elif j + 1 < n and tv.lower(j) in ("and", "&"):
                    j += 1
                elif j + 2 < n and tv.text(j) == "," and tv.lower(j + 1) == "and":
                    j += 2
                else:
                    break
        # 7. members named by the layout of parliamentary questions and debates: "2417. SHRI X:" and
        #    the members listed under it, "Jane Roe (Bristol North) (Lab)" (rules: persons.json)
        if self.member_lines:
            text = tv.doc_text
            for a, b in _member_names(text, self.member_lines, self.member_next):
                i = bisect_left(tv.starts, a)
                if i >= n or tv.starts[i] != a:
                    continue
                j2, hon, strong = self._honorifics_at(tv, i, blocked)
                bounds = found_start.get(j2) or self._scan_right(tv, j2, blocked)
                if bounds is not None and tv.starts[bounds[1] - 1] + tv.lengths[bounds[1] - 1] == b:
                    add(bounds, "honorific", None, hon, True, layout=True)
        anchored = [(s, e, info) for (s, e), info in found.items()]
        spans = []
        for s, e, info in anchored:
            span = Span(doc, s, e, label="PERSON")
            span._.de_person_info = info
            spans.append(span)
        spans.extend(self._bare_mentions(doc, tv, anchored, blocked))
        spans.sort(key=lambda sp: sp.start)
        doc.spans[keys.PERSONS] = spans
        return doc

    def _country_conflict(self, info: PersonInfo, t: Span, title_at: dict[int, Span]) -> bool:
        """Whether title ``t`` (or the title it is coordinated with) names another state than the
        titles the person already holds."""
        def country(span: Span) -> Optional[str]:
            ti = self._tinfo.get(span.start)
            return (ti.country or ti.organization_country) if ti is not None else None

        held = {c for s, _ in info.titles if s in title_at for c in [country(title_at[s])] if c}
        if not held:
            return False
        new = country(t)
        if new is None:
            ti = self._tinfo.get(t.start)
            end = max(t.end, ti.phrase_end) if ti is not None else t.end
            nxt = title_at.get(end + 1)  # "Deputy Prime Minister and Minister ... of Cambodia"
            new = country(nxt) if nxt is not None else None
        return new is not None and new not in held

    def _after_institution(self, tv: TokenView, i: int, blocked: bytearray) -> Optional[int]:
        """Index after the last institution word ("Committee", "Congress") of a capitalised run."""
        n = tv.n
        last = None
        k = i
        while k < n and k - i < 14:
            word = tv.text(k)
            if word in self.lex.institution_words:
                last = k + 1
            elif not (word[:1].isupper() or word.lower() in ("the", "of", "and", "'s", "’s", "for")):
                break
            k += 1
        return last

    def _answer_turns(self, text: str) -> Optional[tuple[list[int], list[bool]]]:
        """Starts of the speaker turns of a transcript and whether each is a question turn;
        ``None`` when the text has no question turn (it is no briefing transcript)."""
        if self.speaker_label is None or self.question_label is None:
            return None
        starts: list[int] = []
        questions: list[bool] = []
        for m in self.speaker_label.finditer(text):
            starts.append(m.start())
            questions.append(self.question_label.match(m.group()) is not None)
        return (starts, questions) if any(questions) else None

    def _vocative_to_journalist(self, text: str, start: int, end: int, turns) -> bool:
        """A given name said as a vocative in a turn that is not a question: the speaker (an
        official) addresses a journalist."""
        if not _vocative(text, start, end):
            return False
        starts, questions = turns
        k = bisect_left(starts, start + 1) - 1
        return k >= 0 and not questions[k]

    def _name_in_brackets(self, tv: TokenView, j: int, blocked: bytearray):
        """``(bounds, honorifics, strong)`` of a name that fills the brackets opening at token ``j``
        (or on the next line): "(Shri A. Rao)", "[Ann Lee]"; ``None`` otherwise."""
        n = tv.n
        if j < n and tv.text(j).isspace() and "\n" in tv.text(j) and tv.text(j).count("\n") == 1:
            j += 1
        if j + 2 >= n or tv.text(j) not in ("(", "["):
            return None
        close = ")" if tv.text(j) == "(" else "]"
        j2, hon, strong = self._honorifics_at(tv, j + 1, blocked)
        bounds = self._scan_right(tv, j2, blocked)
        if bounds is None or bounds[1] >= n or not tv.text(bounds[1]).startswith(close):
            return None
        if not hon and self._single_unit(tv, bounds):
            return None  # "Minister (Finance)": a portfolio, not a name
        return bounds, hon, strong

    def _single_unit(self, tv: TokenView, bounds: tuple[int, int]) -> bool:
        return self._unit_end(tv, bounds[0]) >= bounds[1]

    def _appositive_start(self, tv: TokenView, k: int, span_end_start: dict[int, int]) -> int:
        """Walk left from a title over the rest of an appositive ("Member of the Political
        Bureau of the CPC Central Committee and ...") to where it opens; returns that index."""
        steps = 0
        while k > 0 and steps < 25:
            steps += 1
            if k in span_end_start:
                k = span_end_start[k]
                continue
            word = tv.text(k - 1)
            if word.lower() == "and" and tv.lower(k) in self.lex.determiners:
                break  # "..., and the Commissioner": a second noun phrase, not an appositive
            if word.lower() in self.lex.appositive_words or (word[:1].isupper() and word.isalpha()):
                k -= 1
                continue
            break
        return k

    def _closes_appositive(self, tv: TokenView, end: int) -> bool:
        """An appositive title ends its phrase: punctuation, or a word that carries it on."""
        if end >= tv.n:
            return True
        word = tv.text(end)
        return (not word[:1].isalnum()) or "\n" in word or word.lower() in self.lex.appositive_followers

    def _plausible_before_comma(self, tv: TokenView, bounds: tuple[int, int]) -> bool:
        """A name in "NAME, TITLE" is not a place opening the sentence ("In Seoul, the Minister")."""
        s, e = bounds
        if s > 0 and tv.lower(s - 1) in self.lex.place_prepositions:
            return False
        return tv.span_text(s, e) not in self.lex.places

    def _name_after_comma(self, tv: TokenView, t: Span, blocked: bytearray):
        """The name in "TITLE, [honorifics] NAME" when the title introduces it (see pattern 3).

        Returns (bounds, honorifics, strong, noun_phrase): ``noun_phrase`` is true when the title
        itself reads as a noun phrase introducing the name (a determiner or country before it, or a
        speaker label at the start of a line), false when only an honorific vouches for it.
        """
        n = tv.n
        nothing = (None, [], False, False)
        info = self._tinfo.get(t.start)
        p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
        end = info.phrase_end if info is not None and info.phrase_end > t.end else t.end
        if end < n and tv.lower(end) in ("of", "for"):  # "the President of the ECOWAS Commission, H.E. X"
            k = self._after_institution(tv, end + 1, blocked)
            if k is None and tv.lower(end) == "of":  # "the Governor of Tokyo, Ms. X": a place
                k = end + 1
                while k < n and k - end <= 3 and tv.text(k)[:1].isupper() and tv.text(k).isalpha():
                    k += 1
                k = k if k > end + 1 else None
            if k is not None and k < n and tv.text(k) == ",":
                end = k
        elif end + 1 < n and tv.lower(end) in ("in", "at"):  # "the Georgian Ambassador in New Delhi, Mr. X"
            k = end + 1
            while k < n and k - end <= 4 and tv.text(k)[:1].isupper():
                k += 1
            if k > end + 1 and k < n and tv.text(k) == ",":
                end = k
        if end >= n or tv.text(end) != ",":
            return nothing
        j2, hon, strong = self._honorifics_at(tv, end + 1, blocked)
        noun_phrase = p < t.start or p == 0 or "\n" in tv.text(p - 1) or tv.lower(p - 1) in self.lex.determiners
        if not noun_phrase and p > 1 and tv.lower(p - 1) == "and" and (p - 1) in self._phrase_end_start:
            # "the Deputy Prime Minister and Minister for Foreign Affairs of Fiji, Hon. X"
            q, first_title = self._phrase_end_start[p - 1]
            # "... and Myanmar's Deputy Prime Minister and Minister for Foreign Affairs, U X": a
            # state before the first title opens a noun phrase too
            noun_phrase = q == 0 or q < first_title or tv.lower(q - 1) in self.lex.determiners
        # an honorific alone vouches only for a title that opens its own phrase, not for the second
        # title of someone else ("NAME, Japan's Sherpa as well as Deputy Minister, Mr X went ...")
        listed = p > 1 and tv.lower(p - 1) == "and" and tv.text(p - 2) == ","  # "X, TITLE, NAME, and TITLE, NAME"
        if not noun_phrase and (not hon or (tv.lower(p - 1) in ("and", "as", "or") and not listed)):
            return nothing
        bounds = self._scan_right(tv, j2, blocked)
        if bounds is None:
            return nothing
        after = tv.text(bounds[1]) if bounds[1] < n else ""
        if after and after.isalpha() and not after.islower():
            return nothing
        if after.lower() in ("and", "&", "of") and self._single_unit(tv, bounds):
            return nothing  # "Minister of Foreign Affairs, Emigration and Expatriates": a portfolio list
        return bounds, hon, strong, noun_phrase

    def _found_after_comma(self, tv: TokenView, t: Span, found_start: dict[int, tuple[int, int]]):
        """The person already found right after "TITLE, [honorifics]" when the title introduces
        them as a noun phrase ("Our Special Envoy for Sudan, Ambassador R. Kettering, ...")."""
        info = self._tinfo.get(t.start)
        p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
        if not (p > 0 and tv.lower(p - 1) in self.lex.determiners):
            return None
        end = max(t.end, info.phrase_end) if info is not None else t.end
        if end >= tv.n or tv.text(end) != ",":
            return None
        k = end + 1
        while k in self._hon_table:
            k = self._hon_table[k][0]
            if k < tv.n and tv.text(k) == ".":
                k += 1
        return found_start.get(k)

    def _trim_headline(self, tv: TokenView, s: int, e: int) -> tuple[int, int]:
        """In a Title Case headline ("EAM Jaishankar Welcomes Orlov To Delhi") a name ends
        at the first word the rest of the release never uses."""
        text = tv.doc_text
        start_char = tv.starts[s]
        line_start = text.rfind("\n", 0, start_char) + 1
        if not _is_headline(text, line_start):
            return s, e
        k = self._unit_end(tv, s)
        if not _recurs(text, tv.span_text(s, k)):
            # "... AND NATIONAL SECURITY ADVISOR GREGORY HALE" then "MR. HALE:": a given name said
            # once before a family name the release uses again, where the headline's name ends
            if k < e and self._rest_recurs(tv, k, e) and (e >= tv.n or not tv.text(e)[:1].isalpha()
                                                          or tv.lower(e) in ("and", "&")):
                return s, e
            return s, s  # not even the first word recurs: no name ("... Minister Review Relations")
        while k < e:
            j = self._unit_end(tv, k)
            if not _recurs(text, tv.span_text(k, j)):
                return s, k
            k = j
        return s, e

    def _rest_recurs(self, tv: TokenView, k: int, e: int) -> bool:
        text = tv.doc_text
        while k < e:
            j = self._unit_end(tv, k)
            if not _recurs(text, tv.span_text(k, j)):
                return False
            k = j
        return True

    def _honorifics_before(self, tv: TokenView, s: int, blocked: bytearray) -> tuple[int, list[str], bool]:
        """Honorifics directly before a left-scanned name ("Ms. NISHIMURA Akiko, Minister ...")."""
        i = s
        while i > 0 and self._kind(tv, i - 1, i, blocked) == "honorific":
            i -= 1
        if i == s:
            return s, [], False
        _, hon, strong = self._honorifics_at(tv, i, blocked)
        return i, hon, strong

    def _bare_mentions(self, doc: Doc, tv: TokenView, anchored, blocked: bytearray) -> list[Span]:
        """Later uses of an anchored name or of its parts ("Kumaran", "Hyun", "Al Qasimi")."""
        forms: set[str] = set()
        no_block = bytearray(tv.n)
        for s, e, _ in anchored:
            text = tv.span_text(s, e)
            forms.add(text)
            k = s
            units = []
            while k < e:
                j = self._unit_end(tv, k)
                units.append((k, j, self._kind(tv, k, j, no_block)))
                k = j
            for idx, (a, b, kind) in enumerate(units):
                if kind in ("word", "caps") and b - a >= 1 and len(tv.span_text(a, b)) >= 3:
                    w = tv.span_text(a, b)
                    forms.add(w)
                    if kind == "caps":
                        forms.add(w.capitalize())
                    # "Al Qasimi", "Le Floch": a particle with its word
                    if idx > 0 and units[idx - 1][2] == "particle":
                        forms.add(tv.span_text(units[idx - 1][0], b))
        if not forms:
            return []
        out = []
        starts = tv.starts
        n = tv.n
        turns = self._answer_turns(tv.doc_text)
        given = {tv.span_text(s, self._unit_end(tv, s)) for s, e, _ in anchored
                 if self._unit_end(tv, s) < e} if turns is not None else set()
        for m_start, m_end in find_forms(tv.doc_text, starts, forms):
            if turns is not None and tv.doc_text[m_start:m_end] in given \
                    and self._vocative_to_journalist(tv.doc_text, m_start, m_end, turns):
                continue  # "Go ahead, Josh." said by an official: a journalist, not Josh Kellerman
            start = bisect_left(starts, m_start)
            end = start + 1
            while end < n and starts[end] < m_end:
                end += 1
            if starts[end - 1] + tv.lengths[end - 1] != m_end:
                continue
            if any(blocked[k] for k in range(start, end)) or in_boilerplate(doc, start, end):
                continue
            # part of a longer name that nothing vouches for ("Pierre" in "Pierre Lambert")
            if end < n and not tv.glued(end - 1) and self._kind(tv, end, self._unit_end(tv, end), blocked) in ("word", "caps"):
                continue
            if start > 0 and not tv.glued(start - 1) and self._kind(tv, self._unit_start(tv, start), start, blocked) in ("word", "caps", "initial"):
                continue
            sp = Span(doc, start, end, label="PERSON")
            sp._.de_person_info = PersonInfo(anchor="bare")
            out.append(sp)
        return out


def _vocative(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands alone as a form of address: after a comma, a label's
    colon or the start of a line, and before a comma or the end of the sentence."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] not in ",:\n":
        return False
    return end >= len(text) or text[end] in ",.?!;\u2014-\n"


def _member_names(text: str, rules: list[re.Pattern], next_line: Optional[re.Pattern]) -> list[tuple[int, int]]:
    """Character spans of the names that the layout of parliamentary papers marks as members: a
    line matching one of ``rules`` (group ``name``) and, after it, the lines matching ``next_line``
    one after the other ("2417. SHRI A:" / "SMT. B:" / "DR. C:")."""
    out = []
    for rx in rules:
        for m in rx.finditer(text):
            out.append(m.span("name"))
            if next_line is None:
                continue
            pos = m.end()
            while pos < len(text) and text[pos] == "\n":
                nm = next_line.match(text, pos + 1)
                if nm is None:
                    break
                out.append(nm.span("name"))
                pos = nm.end()
    return out


def _recurs(text: str, part: str) -> bool:
    """``text.count(part) >= 2``, stopping at the second occurrence instead of counting all."""
    i = text.find(part)
    return i >= 0 and text.find(part, i + len(part)) >= 0
