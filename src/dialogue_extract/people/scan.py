"""One document's scan: the tables the anchors read and the persons they found.

A :class:`Scan` is built for each document from what the components before the person finder
marked (titles with their typed info, countries, organisations, dates, page furniture, honorific
and counterpart matches) over a token view of the text (anything with ``n``, ``doc_text``,
``starts``, ``lengths``, ``text(i)``, ``lower(i)``, ``glued(i)`` and ``span_text(i, j)``, such as
:class:`dialogue_extract.pipeline.text.TokenView`). Every per-document table lives here, never on
the component, so documents can be scanned interleaved or in threads with one
:class:`~dialogue_extract.people.lexicon.PersonGrammar`.

The helpers read written words around a place: :meth:`Scan.scan_right` and :meth:`Scan.scan_left`
take the name that starts or ends there, :meth:`Scan.honorifics_at` skips the honorifics before
it, and :meth:`Scan.add` records a person an anchor vouches for.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Optional

from .grammar import GLOTTAL, JOINERS, MONTH_WORD, is_headline, known_place_end, member_seats, recurs
from .info import PersonInfo
from .lexicon import PersonGrammar

__all__ = ["Title", "Scan"]

#: a month's name or abbreviation, the word after a dateline's comma ("Riyadh, April 15")
_MONTH_WORD = re.compile(MONTH_WORD + "|" + MONTH_WORD.upper())  # (as written, or in capitals)

Bounds = tuple[int, int]


class Title(NamedTuple):
    """A title span in token offsets and its typed info (the titles component's ``TitleInfo``:
    ``prefix_start``, ``phrase_end``, ``country``, ``organization_country``), or ``None``."""

    start: int
    end: int
    info: Any = None


def _word_after(tv: Any, j: int) -> int:
    """Index of the first token at or after ``j`` that is no white space (``tv.n``: none)."""
    while j < tv.n and tv.text(j).isspace():
        j += 1
    return j


def _word_before(tv: Any, i: int) -> int:
    """Index of the last token at or before ``i`` that is no white space (-1: none)."""
    while i >= 0 and tv.text(i).isspace():
        i -= 1
    return i


def _given_name_title(grammar: PersonGrammar, tv: Any, t: Title) -> bool:
    """A one-word title that is a given name inside a lineage name: "Sultan bin Saeed ...",
    "Hamdan bin Sultan ...", "Amir ibn ..." (a name part never opens with "bin"/"bint"/"ibn", and
    a word right after a particle, or after the first word of a compound given name ("Abdul Amir"),
    belongs to the name)."""
    if t.end - t.start != 1:
        return False
    names = grammar.lex.names
    j = _word_after(tv, t.end)
    if j < tv.n and names.particles.get(tv.lower(j).rstrip(".")) == "patronymic":
        return True
    i = _word_before(tv, t.start - 1)
    if i >= 0 and tv.text(i)[:1].islower() and names.is_particle(tv.text(i)):
        return True
    if i >= 0 and tv.text(i) in grammar.lex.compound_name_openers:
        return True  # "Interior Minister Abdul Amir al-Shammari": the second word of a compound given name
    # "Mr. Amir Hossein Mousavi", "Dr. Sultan Al-Ankari": after a plain form of address (not a
    # vocative one: "Madam Sultan") an office that is also a given name opens the name; so it does
    # right after another office ("Ambassador Amir Hamad Al Dosari": a ruler holds no other post),
    # and after the address of ministers and envoys ("H.E. Sultan Ali Al Kaabi": a ruler is "His
    # Majesty" or "His Highness", not "His Excellency")
    return (i >= 0 and tv.text(t.start) in grammar.lex.given_name_titles
            and (names.honorific_word(tv.text(i)) == "weak" and tv.lower(i).rstrip(".") not in _VOCATIVE_ADDRESS
                 or tv.text(i) in grammar.lex.given_name_title_address
                 or tv.text(i) in grammar.head_words and tv.text(i)[:1].isupper())
            and j < tv.n and tv.text(j)[:1].isupper() and names.honorific_word(tv.text(j)) is None
            and tv.text(j) not in grammar.head_words and tv.text(j).isalpha())


_ONES = b"\x01" * 64
_JOINERS_LONGEST = tuple(sorted(JOINERS, key=lambda c: (-len(c), c)))
_HYPHENS = ("-", "\u2010")


def _units(tv: Any) -> tuple[set[int], set[int], set[int]]:
    """The tables of written words over token view ``tv``: the tokens glued to the token before
    them in one unit (a joining character with no white space on that side: "Yoon" "-" "joo",
    "Dato" "'"), the tokens that are a joining character, and those that are a hyphen. Found from
    the joining characters of the text, not by reading every token."""
    joins: set[int] = set()
    joiners: set[int] = set()
    hyphens: set[int] = set()
    text, starts, lengths, n = tv.doc_text, tv.starts, tv.lengths, tv.n
    for c in _JOINERS_LONGEST:
        size = len(c)
        p = text.find(c)
        while p >= 0:
            k = bisect_left(starts, p)
            if k < n and starts[k] == p and lengths[k] == size:  # (not inside a longer token: "O'Brien")
                joiners.add(k)
                if c in _HYPHENS:
                    hyphens.add(k)
                if k > 0 and starts[k - 1] + lengths[k - 1] == p:
                    joins.add(k)  # glued to the token before it
                if k + 1 < n and starts[k + 1] == p + size:
                    joins.add(k + 1)  # glued to the token after it
            p = text.find(c, p + 1)
    # a slash between two single letters is one written word ("s/o", "a/l" of "Ravindran s/o Krishnan")
    p = text.find("/")
    while p >= 0:
        k = bisect_left(starts, p)
        if 0 < k < n - 1 and starts[k] == p and lengths[k] == 1 and lengths[k - 1] == 1 \
                and lengths[k + 1] == 1 and starts[k - 1] == p - 1 and starts[k + 1] == p + 1 \
                and text[p - 1].isalpha() and text[p + 1].isalpha():
            joiners.add(k)
            joins.update((k, k + 1))
        p = text.find("/", p + 1)
    return joins, joiners, hyphens


#: forms of address that stand before an office as a vocative ("Madam Speaker", "Mister President")
_VOCATIVE_ADDRESS = frozenset({"madam", "madame", "mister", "monsieur", "sir", "señor", "senor", "señora"})


#: how many written words a name between a given-name title and its appositive office may have
_APPOSITIVE_NAME_WORDS = 5


def _given_name_before_office(grammar: PersonGrammar, tv: Any, t: Title, starts: dict[int, Title]) -> bool:
    """A one-word title that is a given name because the name it opens is given another office in
    apposition: "Amir Jamil Haddadin, Ambassador of Jordan" (a ruler holds no other post), unless
    the office is itself a ruler's ("Amir Tamim bin Hamad Al Thani, Amir of the State of Qatar") or
    the word is introduced as a ruler's ("the Amir", "His Highness Amir ...")."""
    if t.end - t.start != 1 or tv.text(t.start) not in grammar.lex.given_name_titles:
        return False
    names = grammar.lex.names
    i = _word_before(tv, t.start - 1)
    if i >= 0 and (tv.lower(i) == "the" or names.honorific_word(tv.text(i)) == "strong"):
        return False
    j, words = t.end, 0
    while j < tv.n and (tv.text(j).isspace() or tv.text(j) == "-"):
        j += 1
    if j >= tv.n or not tv.text(j)[:1].isupper() or names.honorific_word(tv.text(j)) is not None:
        return False
    while j < tv.n and words <= _APPOSITIVE_NAME_WORDS:
        word = tv.text(j)
        if word == ",":
            break
        if not word.isspace() and word != "-":
            if j in starts or not (word[:1].isupper() or names.is_particle(word)):
                return False
            words += 1
        j += 1
    if j >= tv.n or tv.text(j) != "," or not words:
        return False
    j = _word_after(tv, j + 1)
    office = starts.get(j)
    return office is not None and tv.text(office.start) not in grammar.lex.given_name_titles \
        and tv.text(office.start) not in grammar.lex.ruler_titles


def _given_name_after_office(grammar: PersonGrammar, tv: Any, t: Title, ends: set[int]) -> bool:
    """A one-word title that is a given name because another office stands right before it, or
    before it and a comma, and a name word follows it: "the Speaker of the Knesset, Amir Ohana",
    "Speaker of the Majlis Amir Hossein Ghazizadeh" (a ruler is not written after another office)."""
    if t.end - t.start != 1 or tv.text(t.start) not in grammar.lex.given_name_titles:
        return False
    i = _word_before(tv, t.start - 1)
    if i >= 0 and tv.text(i) == ",":
        i -= 1
    if i < 0 or i + 1 not in ends:
        return False
    j = _word_after(tv, t.end)
    word = tv.text(j) if j < tv.n else ""
    return word[:1].isupper() and word.isalpha() and grammar.lex.names.honorific_word(word) is None \
        and word not in grammar.head_words


def _address_and_name_word_before(grammar: PersonGrammar, tv: Any, start: int, strength: Optional[str]) -> bool:
    """Whether a name word stands right before token ``start`` and a form of address before that
    ("Dr. Khalid | Amir", "H.E. Tiong | King"): of that ``strength`` ("weak": a plain "Mr.", "Dr."),
    or of any when None; never a vocative one ("Madam")."""
    names = grammar.lex.names
    i = _word_before(tv, start - 1)
    if i < 1 or not (tv.text(i)[:1].isupper() and tv.text(i).isalpha()) or names.honorific_word(tv.text(i)) is not None \
            or tv.text(i) in grammar.head_words:
        return False
    h = _word_before(tv, i - 1)
    if h < 0:
        return False
    found = names.honorific_word(tv.text(h))
    return (found is not None if strength is None else found == strength) \
        and tv.lower(h).rstrip(".") not in _VOCATIVE_ADDRESS


def _family_name_title(grammar: PersonGrammar, tv: Any, t: Title) -> bool:
    """A one-word title that is a name's last word: after a form of address and a name word, before
    no other name word ("H.E. Mr. Ashraf Sultan, Ambassador of Egypt", "Dr. Khalid Amir said")."""
    if t.end - t.start != 1 or tv.text(t.start) not in grammar.lex.given_name_titles:
        return False
    i = _word_before(tv, t.start - 1)
    if i >= 0 and tv.text(i) in grammar.lex.given_name_titles:
        return False  # ("Dr. Sultan Amir": the two words may both be offices)
    if not _address_and_name_word_before(grammar, tv, t.start, "weak"):
        return False
    j = _word_after(tv, t.end)
    return j >= tv.n or not (tv.text(j)[:1].isupper() and tv.text(j).isalpha())


def _inner_name_title(grammar: PersonGrammar, tv: Any, t: Title) -> bool:
    """A one-word title between two words of a name its form of address opens: "H.E. Tiong King
    Sing" (a ruler's title is never written inside another person's name)."""
    if t.end - t.start != 1 or not _address_and_name_word_before(grammar, tv, t.start, None):
        return False
    names = grammar.lex.names
    j = _word_after(tv, t.end)
    return j < tv.n and tv.text(j)[:1].isupper() and tv.text(j).isalpha() and names.honorific_word(tv.text(j)) is None \
        and tv.text(j) not in grammar.head_words


def _without_given_names(grammar: PersonGrammar, tv: Any, titles: list[Title]) -> list[Title]:
    """``titles`` sorted, less the title words that are given names: those inside a lineage name
    (:func:`_given_name_title`) or opening a name given another office (:func:`_given_name_before_office`)
    and, once a word is seen so, the same word opening a name elsewhere in the document
    ("Sultan bin Saeed Al Mansoori" ... "Sultan Al Mansouri said")."""
    starts = {t.start: t for t in titles}
    # (the office's phrase with its state: "Ambassador of Türkiye to Malaysia Emir Salim Yüksel")
    ends = {t.end for t in titles} | {t.info.phrase_end for t in titles if t.info is not None and t.info.phrase_end > t.end}
    lineage = {t.start for t in titles if t.end - t.start == 1 and (
        _given_name_title(grammar, tv, t) or _given_name_before_office(grammar, tv, t, starts)
        or _given_name_after_office(grammar, tv, t, ends) or _family_name_title(grammar, tv, t)
        or _inner_name_title(grammar, tv, t))}
    if not lineage:
        return sorted(titles, key=lambda t: t.start)
    given = {tv.lower(s) for s in lineage}
    out = []
    for t in titles:
        if t.start in lineage:
            continue
        if t.end - t.start == 1 and tv.lower(t.start) in given:
            j = _word_after(tv, t.end)
            if j < tv.n and tv.text(j)[:1].isupper() and grammar.lex.names.honorific_word(tv.text(j)) is None:
                continue
        out.append(t)
    return sorted(out, key=lambda t: t.start)



def _titlecase_after(tv: Any, end: int) -> bool:
    """Whether the word at token ``end`` is written with a capital and small letters ("Abdullah")."""
    if end >= tv.n:
        return False
    word = tv.text(end)
    return word[:1].isupper() and not word.isupper()

#: the pronoun "I" before a word in small letters (a verb: "I conveyed"), never a name's initial
_PRONOUN_I = re.compile(r"I(?<![\w.’'-]I)[ \t]+(?=[a-z])")  # (the "I" first: searched for at C speed)


def _block_vessels(tv: Any, blocked: bytearray, prefixes: frozenset[str]) -> None:
    """Block the capitalised words after a ship's prefix ("HMS Queen Elizabeth", "INS Vikrant",
    "USS The Sullivans"): a vessel's name, never a person's."""
    texts, n = tv.texts, tv.n
    for k in (i for i, t in enumerate(texts) if t in prefixes):
        j = k + 1
        while j < n and j - k <= 4 and texts[j][:1].isupper() and texts[j].isalpha():
            blocked[j] = 1
            j += 1


def _block_text(tv: Any, blocked: bytearray, part: str) -> None:
    """Block the tokens of every whole-word occurrence of ``part`` in the text."""
    text, starts = tv.doc_text, tv.starts
    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            s, e = bisect_left(starts, at), bisect_left(starts, end)
            blocked[s:e] = b"\x01" * (e - s)
        at = text.find(part, end)


def _extend_styles(grammar: PersonGrammar, tv: Any, table: dict[int, tuple[int, bool]], blocked: bytearray,
                   longest: int = 6) -> None:
    """Extend each style opener of ``table`` (a form of address whose own title words follow it:
    Brunei's "Pehin") over those words ("Pehin Orang Kaya Seri Kerna", "Pehin Datu Pekerma Jaya")
    when a further form of address or a name's inner honorific ("Dato", "Haji") follows them: the
    words of the style are no name."""
    inner = grammar.inner_honorifics
    n = tv.n
    for start in list(table):
        end, strong = table[start]
        if end - start != 1 or tv.text(start) not in grammar.style_openers:
            continue
        k = end
        while k < n and k - end < longest and k not in table and tv.text(k) not in inner and not blocked[k]:
            word = tv.text(k)
            if not (word[:1].isupper() and word.isalpha()):
                break
            k += 1
        if k > end and k < n and (k in table or tv.text(k) in inner):
            table[start] = (k, strong)


#: the longest place name a dateline opens with, in characters
_PLACE_CHARS = 40


@dataclass(eq=False)
class Scan:
    grammar: PersonGrammar
    tv: Any  # the token view of the document
    titles: list[Title]  # sorted by start
    blocked: bytearray  # tokens no name may use: titles, countries, bodies, dates, names found
    boilerplate: tuple[list[int], list[int]] = ([], [])  # token starts and ends of furniture zones
    hon_table: dict[int, tuple[int, bool]] = field(default_factory=dict)  # start -> (end, strong)
    hon_covered: set[int] = field(default_factory=set)  # tokens inside an honorific
    counterparts: list[int] = field(default_factory=list)  # tokens of "counterpart" words
    plurals: list[tuple[int, Optional[str]]] = field(default_factory=list)  # (end, singular office)
    title_at: dict[int, Title] = field(default_factory=dict)
    tinfo: dict[int, Any] = field(default_factory=dict)  # title start -> its info
    span_end_start: dict[int, int] = field(default_factory=dict)  # end -> start of titles, countries, bodies
    phrase_end_start: dict[int, tuple[int, int]] = field(default_factory=dict)  # phrase end -> (phrase start, title start)
    # what the anchors found
    found: dict[Bounds, PersonInfo] = field(default_factory=dict)
    found_end: dict[int, Bounds] = field(default_factory=dict)
    found_start: dict[int, Bounds] = field(default_factory=dict)
    premodifiers: set[int] = field(default_factory=set)  # titles that stand before their holder's name
    # titles between two appositions of a table's row run together ("A, T1 B, T2"): the name before's
    row_offices: set[int] = field(default_factory=set)
    # the written words: ``joins`` holds every token j glued to token j - 1 in one unit ("Yoon" "-"
    # "joo"), ``joiners`` the tokens that are a joining character, ``hyphens`` those that are a hyphen
    joins: set[int] = field(default_factory=set)
    joiners: set[int] = field(default_factory=set)
    hyphens: set[int] = field(default_factory=set)
    headlines: dict[int, bool] = field(default_factory=dict)  # line start -> is it a headline
    body_heads: set[str] = field(default_factory=set)  # the last words of the bodies named ("Khural")
    body_end: dict[int, int] = field(default_factory=dict)  # start -> end of the bodies named
    datelines: dict[int, bool] = field(default_factory=dict)  # token -> does a dateline open there (read once)

    @classmethod
    def build(cls, grammar: PersonGrammar, tv: Any, *, titles: list[Title],
              blocked_spans: dict[str, list[Bounds]], boilerplate: tuple[list[int], list[int]] = ([], []),
              honorifics: list[tuple[int, int, bool]] = (), counterparts: list[int] = (),
              plurals: list[tuple[int, Optional[str]]] = ()) -> "Scan":
        """The scan of one document. ``blocked_spans``: token bounds of the ``countries``,
        ``organizations`` and ``dates`` found (with ``titles``, no name uses their tokens);
        ``honorifics``: the matches ``(start, end, strong)`` of honorific forms, in match order."""
        titles = _without_given_names(grammar, tv, titles)
        blocked = bytearray(tv.n)
        pairs = dict(blocked_spans)
        pairs["titles"] = [(t.start, t.end) for t in titles]
        for bounds in pairs.values():
            for s, e in bounds:
                if e > s:
                    blocked[s:e] = _ONES[:e - s] if e - s <= 64 else b"\x01" * (e - s)
        hon_table: dict[int, tuple[int, bool]] = {}
        exact = grammar.lex.names.honorifics_exact
        exact_folded = {f.casefold() for f in exact}
        for start, end, strong in honorifics:
            first = tv.text(start)
            if not first[:1].isupper() and first != "dato":
                continue
            if first.casefold() in exact_folded and (first not in exact or not _titlecase_after(tv, end)):
                continue  # a form matched only as written ("HE", not the pronoun "He"), and before
                # a name written as usual ("HE Abdullah Al-Mannai", not the heading "HE SAID")
            prev = hon_table.get(start)
            if prev is None or prev[0] < end:
                hon_table[start] = (end, strong)
        for m in _PRONOUN_I.finditer(tv.doc_text):  # "with Deputy Minister X I conveyed": no initial
            k = bisect_left(tv.starts, m.start())
            if k < tv.n and tv.starts[k] == m.start():
                blocked[k] = 1
        for seat in member_seats(tv.doc_text, grammar.member_lines):
            _block_text(tv, blocked, seat)  # a member's seat is a place, never a name
        if grammar.vessel_prefixes:
            _block_vessels(tv, blocked, grammar.vessel_prefixes)  # "HMS Queen Elizabeth": a ship, no name
        if grammar.style_openers:
            _extend_styles(grammar, tv, hon_table, blocked)
        scan = cls(grammar, tv, titles, blocked, boilerplate, hon_table,
                   {k for i, (e, _strong) in hon_table.items() for k in range(i, e)},
                   list(counterparts), list(plurals))
        scan.joins, scan.joiners, scan.hyphens = _units(tv)
        title_at, tinfo, phrase_end_start = scan.title_at, scan.tinfo, scan.phrase_end_start
        for t in titles:
            title_at[t.start] = t
            info = tinfo[t.start] = t.info
            if info is not None:
                phrase_end_start[max(t.end, info.phrase_end)] = (
                    info.prefix_start if info.prefix_start >= 0 else t.start, t.start)
        scan.span_end_start = {e: s for key in ("titles", "countries", "organizations")
                               for s, e in pairs.get(key, ())}
        scan.body_heads = {tv.text(e - 1) for s, e in pairs.get("organizations", ()) if e > s}
        scan.body_end = {s: e for s, e in pairs.get("organizations", ())}
        return scan

    # -- what an anchor records -------------------------------------------------------------
    def add(self, bounds: Optional[Bounds], anchor: str, title: Optional[Title] = None, hon=(), strong=False,
            counterpart=False, layout=False) -> None:
        """Record the person at token ``bounds`` that ``anchor`` vouches for (with the title that
        introduces them, their honorifics); a name the layout marks (``layout``) is no headline."""
        if bounds is None:
            return
        s, e = bounds if layout else self.trim_headline(*bounds)
        if (s, e) != bounds and e > s and not any(self.kind(a, self.unit_end(a)) in ("word", "caps")
                                                  for a in self._unit_starts(s, e)):
            return  # (a headline's name cut down to a particle: "Dirección General de Comunicaciones")
        if self.grammar.lex.names.peerage and e > s:
            s, e = self._peer(s, e)
        if e <= s or self.in_boilerplate(s, e):
            return
        info = self.found.get((s, e))
        if info is None:
            info = self.found[(s, e)] = PersonInfo(anchor=anchor)
            self.found_end[e] = (s, e)
            self.found_start[s] = (s, e)
        if title is not None and (title.start, title.end) not in info.titles:
            k = len(info.titles)
            while k > 0 and title.start < info.titles[k - 1][0] < s:
                k -= 1  # "Minister of Trade, Ambassador X": the titles before a name in their order
            info.titles.insert(k, (title.start, title.end))
        info.honorifics.extend(h for h in hon if h not in info.honorifics)
        info.strong_honorific = info.strong_honorific or strong
        info.counterpart = info.counterpart or counterpart
        self.blocked[s:e] = _ONES[:e - s] if e - s <= 64 else b"\x01" * (e - s)

    def _peer(self, s: int, e: int) -> Bounds:
        """A peer's name with its form of address and territorial designation: "Lord Collins of
        Highbury" for the name read as "Collins" (after the form) or as "Highbury" (leftwards from
        an office after it); other names unchanged."""
        tv, peerage = self.tv, self.grammar.lex.names.peerage
        n = tv.n

        def peer_form(i: int) -> bool:
            t = tv.text(i)
            return t[:1].isupper() and t.lower() in peerage

        if s >= 3 and e - s <= 2 and tv.text(s - 1) == "of":
            # "Lord Collins of Highbury, Minister for Africa", "Lord Tariq Ahmad of Wimbledon, Minister
            # of State": read leftwards over the name to the form
            k = s - 2
            while k >= 0 and s - 2 - k < 3 and tv.text(k)[:1].isupper() and tv.text(k).isalpha() and not peer_form(k):
                k -= 1
            if k >= 0 and k < s - 2 and peer_form(k):
                return k, e
        if s < 1 or not peer_form(s - 1):
            return s, e
        designated = any(tv.text(k) == "of" for k in range(s, e))
        if e - s > (4 if designated else 2):
            return s, e
        if not designated and e + 1 < n and tv.text(e) == "of" and tv.text(e + 1)[:1].isupper() and tv.text(e + 1).isalpha() \
                and not self.blocked[e + 1]:
            k = e + 2
            while k < n and k - e < 3 and tv.text(k)[:1].isupper() and tv.text(k).isalpha() and not self.blocked[k]:
                k += 1
            e, designated = k, True
        # (without a designation the form stays out, as other forms of address: "Lord Fakafanua",
        # a Tongan noble, is "Fakafanua")
        return (s - 1, e) if designated else (s, e)

    def in_boilerplate(self, start: int, end: Optional[int] = None) -> bool:
        """Whether the tokens ``start:end`` touch a zone of page furniture."""
        starts, ends = self.boilerplate
        if not starts:
            return False
        end = start + 1 if end is None else max(end, start + 1)
        i = bisect_right(starts, end - 1) - 1
        return i >= 0 and ends[i] > start

    def phrase(self, t: Title) -> tuple[int, int]:
        """Where the whole phrase of title ``t`` starts (a country or body before it) and ends (its
        complements after it)."""
        info = self.tinfo.get(t.start)
        p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
        end = info.phrase_end if info is not None and info.phrase_end > t.end else t.end
        return p, end

    # -- written words ("units"): tokens glued without white space, "Yoon-joo", "Dato'" --------
    def unit_end(self, i: int) -> int:
        joins = self.joins
        j = i + 1
        if j not in joins:
            return j
        while j in joins:
            j += 1
        hyphens = self.hyphens
        while j - 1 > i and (j - 1) in hyphens:
            j -= 1
        return j

    def unit_start(self, j: int) -> int:
        """Start of the unit that ends at token ``j`` (exclusive)."""
        joins = self.joins
        i = j - 1
        if i not in joins:
            return i
        while i > 0 and i in joins:
            i -= 1
        joiners = self.joiners
        while i < j - 1 and i in joiners:
            if i not in joins and self.tv.text(i) in GLOTTAL and self.tv.text(i + 1)[:1].isupper():
                break  # "'Aisake": a name opening on its glottal stop
            i += 1
        return i

    def kind(self, i: int, j: int, blocked: Optional[bytearray] = None) -> Optional[str]:
        """What the written word doc[i:j] can be in a name (``None`` on a blocked token)."""
        blocked = self.blocked if blocked is None else blocked
        tv = self.tv
        if j == i + 1:
            if blocked[i]:
                return None
            s = tv.starts[i]
            return self.grammar.word_kind(tv.doc_text[s:s + tv.lengths[i]], True)
        if blocked.find(1, i, j) >= 0:
            return None
        return self.grammar.word_kind(tv.span_text(i, j), j - i == 1)

    def honorifics_at(self, i: int) -> tuple[int, list[str], bool]:
        """Skip honorifics starting at token i: (index after them, forms, any strong)."""
        table = self.hon_table
        forms: list[str] = []
        if i not in table:
            return i, forms, False
        tv = self.tv
        strong = False
        n = tv.n
        while i < n:
            if i not in table:
                if forms and i + 1 < n and tv.text(i) == "the" and i + 1 in table:
                    i += 1  # "His Excellency the Most Hon. Sir X": a further form after its article
                    continue
                break
            end, is_strong = table[i]
            forms.append(tv.span_text(i, end))
            strong = strong or is_strong
            i = end
            if i < n and tv.text(i) == "." and tv.glued(i - 1):  # "Smt" "."
                i += 1
            if i + 2 < n and tv.text(i) == "(" and i + 1 in table:  # "Hon. (Dr.) X", "Hon. (Eng.) X"
                k = table[i + 1][0]
                k += k < n and tv.text(k) == "." and tv.glued(k - 1)
                if k < n and tv.text(k) == ")":
                    forms.append(tv.span_text(i + 1, k))
                    i = k + 1
        return i, forms, strong

    def honorifics_before(self, s: int) -> tuple[int, list[str], bool]:
        """Honorifics directly before a left-scanned name ("Ms. NISHIMURA Akiko, Minister ...",
        "YB Dato' Dr. X": the tokens of a form written with its apostrophe or full stop too)."""
        i = s
        while i > 0 and ((i - 1) in self.hon_covered or self.kind(i - 1, i) == "honorific"):
            i -= 1
        if i == s:
            return s, [], False
        _, hon, strong = self.honorifics_at(i)
        return i, hon, strong

    def scan_right(self, i: int, caps_alone: bool = False) -> Optional[Bounds]:
        """The name starting at token i (honorifics already skipped), as (start, end)."""
        tv = self.tv
        n = tv.n
        if i >= n:
            return None
        text, starts, lengths = tv.doc_text, tv.starts, tv.lengths
        blocked, joins = self.blocked, self.joins
        grammar = self.grammar
        word_kind = grammar.word_kind
        limit = 2 * grammar.max_units
        units: list[tuple[int, int, str]] = []
        k = i
        while k < n and len(units) < limit:
            if self._dateline_at(k):
                break  # "... Ambassador Jane Roe\nAnkara, 10 September 2026": the dateline under a headline
            j = k + 1
            if j in joins:
                j = self.unit_end(k)
                kind = self.kind(k, j)
            elif blocked[k]:
                kind = None
            else:
                s = starts[k]
                kind = word_kind(text[s:s + lengths[k]], True)
            if kind in ("initial", "caps", "word") and units and units[-1][2] == "word" \
                    and tv.text(k) in grammar.lex.post_nominals and (j >= n or not tv.text(j)[:1].isupper()
                                                                     or tv.text(j) in grammar.lex.post_nominals):
                break  # "Captain Ramil S. Abad PN, ...", "Colonel X PAF": letters after the name, no initials
            if kind is None and self._calendar_given_name(k, j):
                kind = "word"  # "Ms Jan Whitcombe", "Minister June Ellery", "Mr Kwek Jun Hao"
            if kind is None and len(units) == 1 and units[0][2] in ("word", "caps") and j == k + 1 \
                    and text[starts[k]:starts[k] + lengths[k]] in grammar.lex.pronoun_given_names \
                    and grammar.lex.names.is_family_first(tv.text(units[0][0])):
                kind = "word"  # "Vice Premier Liu He": the given name after a family name written first
            if kind is None and units and units[-1][2] in ("word", "caps") and not blocked[k] \
                    and self._calendar_family_name(k, j):
                # "Prime Minister Theresa May said": the name's last word; "Minister of Defense
                # KOBAYASHI Jun,": the given name after a family name in capitals
                units.append((k, j, "word"))
                break
            if kind == "honorific" and units and units[-1][2] == "particle" and self._father_style(k):
                j = self.hon_table[k][0]  # "Roslan bin Pehin Datu Singamanteri Haji Kassim": the
                kind = "word"  # father's style, a part of the name after the patronymic particle
            if kind == "honorific" and units and (self._inner_honorific(k, j) or self._final_honorific(k, j)):
                kind = "word"  # "Mohamad Haji Hasan", "Kyaw Zeya Tun": a name word inside the name
            if kind is None or kind == "honorific":
                # "Navarro, Jr."
                nxt = _word_after(tv, k + 2) if k + 2 < n and tv.text(k + 2).isspace() and "\n\n" not in tv.text(k + 2) else k + 2
                if units and tv.text(k) == "," and k + 1 < n and grammar.is_suffix(tv.text(k + 1)) \
                        and not (nxt < n and tv.text(nxt)[:1].isupper() and tv.text(nxt).isalpha()):
                    # (not "Lim Jun Hao, Senior Minister of State ...": the next person's office, also
                    # after a line break: "Mr. X, Senior\nSecretary, Ministry of ...")
                    units.append((k, k + 2, "suffix"))
                break
            units.append((k, j, kind))
            if kind == "suffix":
                break
            k = j
        if not units:
            return None
        if self.in_institution_name(units[-1][0], units[-1][1]):
            return None  # "the Sultan Qaboos University", "Commander of the Vietnam Coast Guard"
        if caps_alone and len(units) == 1 and units[0][2] == "caps":
            return units[0][0], units[0][1]  # "Prime Minister KISHIDA": a capitalised family name
        return self._designated(i, self._validate(units))

    def _dateline_at(self, k: int) -> bool:
        """Whether a dateline opens at token ``k``: a known place, a comma and a date ("Ankara,
        10 September 2026", "Riyadh, April 15"), which a headline's name or office wrapped onto the
        line before it never takes as a name."""
        hit = self.datelines.get(k)
        if hit is None:
            hit = self.datelines[k] = self._read_dateline(k)
        return hit

    def _read_dateline(self, k: int) -> bool:
        tv = self.tv
        text, start = tv.doc_text, tv.starts[k]
        if not text[start:start + 1].isupper():
            return False  # (a place's name opens with a capital)
        comma = text.find(",", start, start + _PLACE_CHARS)
        if comma < 0 or text[start:comma] not in self.grammar.lex.places:
            return False  # (the comma closes a known place)
        e = known_place_end(tv, k, self.grammar.lex.places)
        if e is None or e + 1 >= tv.n or tv.text(e) != ",":
            return False
        nxt = tv.text(e + 1)
        return nxt[:1].isdigit() or _MONTH_WORD.fullmatch(nxt) is not None

    def _designated(self, i: int, bounds: Optional[Bounds]) -> Optional[Bounds]:
        """A peer's name read after its form of address (token ``i - 1``) with its territorial
        designation: "Lord Collins" "of Highbury"."""
        if bounds is None or i < 1 or not self.grammar.lex.names.peerage:
            return bounds
        tv = self.tv
        s, e = bounds
        form = tv.text(i - 1)
        if not (form[:1].isupper() and form.lower() in self.grammar.lex.names.peerage) or e - s > 2:
            return bounds
        _s, e2 = self._peer(s, e)
        return s, e2

    def in_institution_name(self, last: int, end: int) -> bool:
        """Whether the words read as a name end an institution's name or run into one: their last
        word, or the word right after them (past up to two modifiers: "King Salman International
        Airport"), is an institution word ("Guard", "University")."""
        words = self.grammar.lex.institution_words
        tv = self.tv
        if tv.text(last) in words:
            return True
        modifiers = self.grammar.lex.institution_modifiers
        k = end
        while k < tv.n and k - end < 2 and tv.text(k) in modifiers:
            k += 1
        return k < tv.n and tv.text(k) in words

    def _inner_honorific(self, i: int, j: int) -> bool:
        """Whether the form of address doc[i:j], after a name word, is a word of the name: one
        the lexicon lists as such ("Haji", "Pengiran") with a name word after it."""
        inner, n = self.grammar.inner_honorifics, self.tv.n
        if j - i != 1 or self.tv.text(i) not in inner:
            return False
        while j < n and self.tv.text(j) in inner:  # "Pengiran Haji Yusof"
            j += 1
        return j < n and self.kind(j, self.unit_end(j)) in ("word", "caps")

    def _father_honorific(self, i: int) -> bool:
        """Whether the one-word form of address at token i, read leftwards inside a name, is a
        word of it: one the lexicon lists as a name's inner word ("Haji", "Pengiran"), alone or
        in a row, right after a patronymic particle ("bin Haji Hasan", "binti Pengiran Haji Ali")."""
        inner, tv = self.grammar.inner_honorifics, self.tv
        k = i
        while k > 0 and tv.text(k) in inner:
            k -= 1
        if k == i or tv.text(i) not in inner:
            return False
        particles = self.grammar.lex.names.particles
        return particles.get(tv.lower(k).rstrip(".")) == "patronymic" and self.kind(k, k + 1) == "particle"

    def _inner_after_word(self, i: int) -> bool:
        """Whether the one-word form of address at token i, read leftwards inside a name, is a word
        of it: one the lexicon lists as a name's inner word ("Awang", "Haji"), alone or in a row,
        right after a name word that is no part of a form of address ("Lukanisman Awang Sauni",
        "Hamzah Pengiran Haji Yusof"; not "Dr. Awang Haji Amin", "Dato Seri Setia Awang Haji X")."""
        inner, tv = self.grammar.inner_honorifics, self.tv
        if tv.text(i) not in inner:
            return False
        k = i - 1
        while k >= 0 and tv.text(k) in inner:
            k -= 1
        if k < 0:
            return False
        if k in self.hon_covered:
            # the end of the father's style ("bin Pehin Datu Singamanteri Haji Kassim")
            s = k
            while s > 0 and s not in self.hon_table:
                s -= 1
            return self.hon_table.get(s, (0,))[0] == k + 1 and self._father_style(s)
        return self.kind(self.unit_start(k + 1), k + 1) in ("word", "caps")

    def _father_style(self, i: int) -> bool:
        """Whether the style at token i (an opener extended over its own words, "Pehin Datu
        Pekerma Jaya") follows a patronymic particle: the father's style, a part of the name."""
        entry = self.hon_table.get(i)
        if entry is None or entry[0] - i < 2 or i < 1 or self.tv.text(i) not in self.grammar.style_openers:
            return False
        particles = self.grammar.lex.names.particles
        return particles.get(self.tv.lower(i - 1).rstrip(".")) == "patronymic" and self.kind(i - 1, i) == "particle"

    def _final_honorific(self, i: int, j: int) -> bool:
        """Whether the form of address doc[i:j], after a name word, is the name's last word: one
        the lexicon lists as such ("Tun" in "Kyaw Zeya Tun") with no name word after it."""
        if j - i != 1 or self.tv.text(i) not in self.grammar.final_honorifics:
            return False
        return j >= self.tv.n or self.kind(j, self.unit_end(j)) not in ("word", "caps", "honorific")

    def _calendar_given_name(self, i: int, j: int) -> bool:
        """Whether the word doc[i:j], a month or weekday that is also a given name ("Jan", "June",
        "May"), is one here: a name word follows it, not a number ("Jan 5")."""
        if j - i != 1 or not self.grammar.calendar_given_names or self.tv.text(i) not in self.grammar.calendar_given_names:
            return False
        k = j
        n = self.tv.n
        if k >= n or self.tv.text(k).isspace():
            return False
        # (a particle's unit too: "Mr. Do Van Thanh", "General Secretary To Van Hai", "Jan van Dijk")
        return self.kind(k, self.unit_end(k)) in ("word", "caps", "particle")

    def _calendar_family_name(self, i: int, j: int) -> bool:
        """Whether the word doc[i:j], a month that is also a family name ("May", "July"), closes the
        name before it: no capitalised word, number or joined word after it ("Theresa May said",
        not "Wang Yi May Visit", "Anna Roe May 5")."""
        if j - i != 1 or self.tv.text(i) not in self.grammar.calendar_family_names:
            return False
        if j >= self.tv.n:
            return True
        word = self.tv.text(j)
        return word.isspace() or word.islower() or not word[:1].isalnum()

    def _date_after(self, j: int) -> bool:
        """Whether a day or a year follows token ``j``, past a comma ("Hanoi May, 2024")."""
        tv, n = self.tv, self.tv.n
        k = j
        while k < n and (tv.text(k).isspace() or tv.text(k) == ","):
            k += 1
        return k < n and tv.text(k)[:1].isdigit()

    def scan_left(self, end: int) -> Optional[Bounds]:
        """The name ending just before token ``end``, as (start, end)."""
        tv = self.tv
        units: list[tuple[int, int, str]] = []
        j = end
        if j >= 2 and self.grammar.is_suffix(tv.text(j - 1)) and tv.text(j - 2) == ",":
            units.append((j - 2, j, "suffix"))
            j -= 2
        while j > 0 and len(units) < 2 * self.grammar.max_units:
            i = self.unit_start(j)
            kind = self.kind(i, j)
            if kind is None and units and i > 0 and (i - 1) in self.hon_covered \
                    and self._calendar_given_name(i, j):
                kind = "word"  # "Ms Jan Whitcombe, Secretary"
            if kind is None and not units and i > 0 and self._calendar_family_name(i, j) \
                    and self.kind(self.unit_start(i), i) in ("word", "caps") and not self._date_after(j):
                kind = "word"  # "Wang Jun, Minister of Commerce": a month that closes the name
            if kind is None:
                break
            if kind == "honorific" and not units and self._final_honorific(i, j) and i > 0 \
                    and self.kind(self.unit_start(i), i) in ("word", "caps"):
                kind = "word"  # "U Win Naing Tun, Permanent Secretary": the name's last word
            if kind == "honorific" and units and (self._father_honorific(i) or self._inner_after_word(i)):
                kind = "word"  # "Mohamad bin Haji Hasan": the father's form of address, in the name
            if kind == "honorific" and units and self._father_style(i):
                kind = "word"  # "bin Pehin Datu Singamanteri Haji Kassim": the father's style
            if kind == "honorific":
                break
            units.insert(0, (i, j, kind))
            j = i
        # the words of a honorific of several words ("Tan Sri", "Dato' Seri") are no name
        covered = self.hon_covered
        while units and units[0][0] in covered:
            units.pop(0)
        return self._validate(units)

    def _validate(self, units: list[tuple[int, int, str]]) -> Optional[Bounds]:
        # trim particles/initials that dangle at the end, particles at the start; a capitalised
        # particle ending a name after a name word is its family name ("Pabitra Narayan Das")
        if len(units) > 1 and units[-1][2] == "particle" and units[-2][2] in ("word", "caps", "initial"):
            last = self.tv.span_text(units[-1][0], units[-1][1])
            if last[:1].isupper() and len(last) >= 3 and last.isalpha():
                units[-1] = (units[-1][0], units[-1][1], "word")
        if len(units) > 1 and units[-1][2] == "particle" and units[-2][2] in ("word", "caps") \
                and self.grammar.lex.names.closes_name(self.tv.span_text(units[-1][0], units[-1][1])):
            units[-1] = (units[-1][0], units[-1][1], "closing")  # "Nurzhamal Bakytbek kyzy": the father's name's mark
        while units and units[-1][2] in ("particle",):
            units.pop()
        while units and (units[0][2] == "suffix" or units[0][2] == "particle" and not (
                len(units) > 1 and (self.tv.text(units[0][0])[:1].isupper() or self._family_particles(units)))):
            units.pop(0)
        if not units or len([u for u in units if u[2] not in ("suffix", "particle", "closing")]) > self.grammar.max_units:
            return None  # (particles do not count: "Faleh bin Khalid bin Jabor Al Thani")
        kinds = [u[2] for u in units]
        if "word" not in kinds and not (kinds[-1] == "caps" and 2 <= len(kinds) <= 3
                                        and all(k == "initial" for k in kinds[:-1])):
            # a name has at least one ordinary written word ("FPSD", "UN" are not names), or is a
            # surname in capitals after its initials, as Mongolian and Central Asian lists write
            # them ("B. GANZORIG", "Ts. BOLORMAA")
            return None
        if kinds[-1] == "initial" and len(units) == 1:
            return None
        return units[0][0], units[-1][1]

    def _family_particles(self, units: list[tuple[int, int, str]]) -> bool:
        """Whether ``units`` open with family-name particles before a name word ("de la Fuente",
        "van der Berg", "da Silva"): the family name written with its particles."""
        particles = self.grammar.lex.names.particles
        k = 0
        while k < len(units) and units[k][2] == "particle":
            if particles.get(self.tv.lower(units[k][0]).rstrip(".")) != "family":
                return False
            k += 1
        return 0 < k < len(units) and units[k][2] in ("word", "caps")

    def single_unit(self, bounds: Bounds) -> bool:
        return self.unit_end(bounds[0]) >= bounds[1]

    # -- headlines ----------------------------------------------------------------------------
    def trim_headline(self, s: int, e: int) -> Bounds:
        """In a Title Case headline ("EAM Jaishankar Welcomes Orlov To Delhi") a name ends
        at the first word the rest of the release never uses."""
        tv = self.tv
        text = tv.doc_text
        start_char = tv.starts[s]
        line_start = text.rfind("\n", 0, start_char) + 1
        headline = self.headlines.get(line_start)
        if headline is None:
            headline = self.headlines[line_start] = is_headline(text, line_start)
        if not headline:
            return s, e
        if self._headline_appositive(s, e) or self._speaker_headline(line_start, s, e) \
                or self._addressed_line(line_start, s, e) or self._row_before_office(line_start, s, e):
            return s, e
        k = self.unit_end(s)
        if not recurs(text, tv.span_text(s, k)):
            # "... AND NATIONAL SECURITY ADVISOR GREGORY HALE" then "MR. HALE:": a given name said
            # once before a family name the release uses again, where the headline's name ends
            if k < e and self._rest_recurs(k, e) and (e >= tv.n or not tv.text(e)[:1].isalpha()
                                                      or tv.lower(e) in ("and", "&")):
                return s, e
            return s, s  # not even the first word recurs: no name ("... Minister Review Relations")
        while k < e:
            j = self.unit_end(k)
            if not recurs(text, tv.span_text(k, j)):
                # "Press Conference by Press Secretary KITAMURA Toshihiro": a family name in capitals
                # and given names after it, closing the headline, are one name however seldom the
                # given names recur
                if self.kind(s, self.unit_end(s)) == "caps" and self._closes_line(e) \
                        and all(self.kind(a, self.unit_end(a)) == "word" for a in self._unit_starts(k, e)):
                    return s, e
                return s, k
            k = j
        return s, e

    def _row_before_office(self, line_start: int, s: int, e: int) -> bool:
        """Whether the name at ``s:e`` opens its line and an office follows it after a comma
        ("Anil Kumar Bhardwaj, Commerce Secretary, India (meeting)"): a row of a table or a list, no
        headline's words."""
        tv = self.tv
        k, _forms, _strong = self.honorifics_before(s)
        if tv.doc_text[line_start:tv.starts[k]].strip() or e + 1 >= tv.n or tv.text(e) != ",":
            return False
        return (e + 1) in self.title_at

    def _closes_line(self, e: int, before: tuple[str, ...] = ()) -> bool:
        """Whether the name ending at token ``e`` closes its line (or stands before one of ``before``)."""
        tv = self.tv
        end_char = tv.starts[e - 1] + tv.lengths[e - 1]
        return tv.doc_text[end_char:end_char + 8].lstrip(" \t")[:1] in ("", "\n", "\r") + before

    def _headline_appositive(self, s: int, e: int) -> bool:
        """Whether the name at ``s:e`` of a headline stands in an appositive of its own: after a
        comma or a label's colon and nothing but a title or forms of address, or right after a
        title and a comma or colon, and before a comma or the line's end ("Press Briefing by the
        Spokesperson of the Ministry, Ambassador Tuncay Keskin", "Moderator: Ambassador X")."""
        tv, blocked, covered = self.tv, self.blocked, self.hon_covered
        if not self._closes_line(e, (",", "(")):  # (or before a note: "X, Kadri Y (hosted by ...)")
            return False
        k = s - 1
        while k >= 0 and (blocked[k] or k in covered) and tv.text(k) not in (",", ":"):
            k -= 1
        if k == s - 1 and k > 0 and tv.text(k) in (",", ":") and (self._titled(k) or k in self.phrase_end_start):
            # "Secretary of Culture, Elena Robles", "Spokesperson: X", "Briefing by the Spokesperson of
            # the Ministry of Foreign Affairs, X": the name after its office
            return True
        return 0 <= k < s - 1 and tv.text(k) in (",", ":") and "\n" not in tv.doc_text[tv.starts[k]:tv.starts[s]]

    def _addressed_line(self, line_start: int, s: int, e: int) -> bool:
        """Whether the name at ``s:e`` fills its line after strong forms of address only ("YBhg.
        Dato' Khairul Anuar bin Mohd Nor", a signatory's or a delegate's line): a name, no headline."""
        tv = self.tv
        k, _forms, _strong = self.honorifics_before(s)
        if k == s or (k > 0 and tv.starts[k - 1] >= line_start) or not self.hon_table.get(k, (0, False))[1]:
            return False
        return e >= tv.n or "\n" in tv.text(e)

    def _speaker_headline(self, line_start: int, s: int, e: int) -> bool:
        """Whether the name at ``s:e`` is the one person a headline names by office ("Speech by
        Federal Foreign Minister Katharina Vogt at the ...", "Remarks by Minister Dr. X at ...",
        "State Visit of President X to the ..."): a title stands right before the name (or before
        its forms of address), and the name ends where the headline goes on in small letters; after
        a speaker's opener ("Speech by") also at a comma or a bracket, or at the line's end."""
        tv = self.tv
        k = s
        titled = k > 0 and self._titled(k)
        while k > 0 and (k - 1) in self.hon_covered:
            k -= 1  # "Minister Dr. X", "Remarks by Ambassador X" (a form of address that is an office)
            titled = titled or (k > 0 and self._titled(k))
        rx = self.grammar.speaker_headline
        # (at the line's start, or after a header the layout view joined to it: "Ministry of Foreign
        # Affairs Weekly Press Briefing by Ambassador X")
        opener = rx is not None and (rx.match(tv.doc_text, line_start) is not None
                                     or rx.search(tv.doc_text, line_start, tv.starts[s]) is not None)
        if not titled:
            # "Keynote Address by Shri X, Minister of ...": after the opener's "by", forms of address
            # alone introduce the speaker, whose office follows in apposition
            # (or, with none, the office right after a comma: "Statement by Jane Roe, Minister of ...")
            if not (opener and 0 < k <= s and tv.lower(k - 1) in ("by", "of", "with", "from")
                    and (k < s or e + 1 < tv.n and tv.text(e) == "," and self._title_starts(e + 1))):
                return False
        if e < tv.n and tv.text(e).isalpha() and tv.text(e).islower():
            return True
        if not opener:
            return False
        return e >= tv.n or self._closes_line(e, (",", "("))

    def _title_starts(self, s: int) -> bool:
        """Whether a title starts at token ``s``."""
        return s in self.title_at

    def _titled(self, s: int) -> bool:
        """Whether a title ends right before token ``s``."""
        return any(t.end == s for t in self.titles)

    def _unit_starts(self, k: int, e: int) -> list[int]:
        out = []
        while k < e:
            out.append(k)
            k = self.unit_end(k)
        return out

    def _rest_recurs(self, k: int, e: int) -> bool:
        text, span_text = self.tv.doc_text, self.tv.span_text
        return all(recurs(text, span_text(a, self.unit_end(a))) for a in self._unit_starts(k, e))
