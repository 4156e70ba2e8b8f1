"""The written grammar of personal names in running text: what a word can be in a name, where a
line is a headline, where a form recurs. Plain functions over strings, no spaCy.

A name is made of written words ("units": tokens glued by hyphens and apostrophes, "Yoon-joo",
"Dato'"), each of one kind: an ordinary ``word`` ("Kumaran"), an all-capitals family name
(``caps``, "NISHIMURA"), an ``initial`` ("S.", "RK"), a ``particle`` ("bin", "van", "Al"), a
generational ``suffix`` ("Jr.") or an ``honorific`` ("Shri", "H.E."), which ends a name.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any, Callable, Collection, Iterable, Optional

from ..located import LineStarts
from ..names import INITIALS, NameLexicon

__all__ = [
    "INITIAL",
    "JOINERS",
    "GLOTTAL",
    "word_kinds",
    "is_headline",
    "known_place_end",
    "find_forms",
    "vocative",
    "member_names",
    "recurs",
    "LinePattern",
]

#: One to three capital letters written as initials: "S", "S.", "A.K.", "RK", "J.-P." (the pattern
#: :func:`~dialogue_extract.names.parse_name` reads initials by).
INITIAL = INITIALS
#: Initials glued together with a Russian initial of two letters among them ("Yu.B.", "Kh.A."), or such
#: an initial alone ("Otabek Sh. Nurmatov"): one token (the tokenizer's ``token_match``; anchored at
#: both ends, so ``match`` reads the whole string).
#: The tokenizer tries it on every new piece of text it splits off: the first look-ahead (a capital
#: and a full stop, one small letter at most between) is how every match opens, and turns the other
#: pieces away before the second look-ahead reads the whole piece.
_TWO_LETTER_INITIALS = "Yu|Ya|Yo|Ye|Zh|Kh|Ch|Sh|Ts"
GLUED_INITIALS = re.compile(
    rf"(?=[A-Z][a-z]?\.)(?=.*(?:{_TWO_LETTER_INITIALS})\.)(?:(?:[A-Z]|{_TWO_LETTER_INITIALS})\.){{1,3}}$")
#: Characters that glue two tokens into one written word ("Yoon-joo", "O'Brien").
JOINERS = frozenset({"-", "'", "’", "‐"})
#: the marks a Polynesian name may open with, the glottal stop ('okina) or an apostrophe standing for it
GLOTTAL = "'’‘ʻ"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def word_kinds(names: NameLexicon, *, not_name_words: Iterable[str],
               given_name_abbreviations: Iterable[str] = (), cache_size: int = 1 << 16) -> Callable[[str, bool], Optional[str]]:
    """The function ``kind(text, one_token)`` giving what the written word ``text`` can be in a name
    (``"word"``, ``"caps"``, ``"initial"``, ``"particle"``, ``"suffix"``, ``"honorific"``, or
    ``None`` for a word no name holds); ``one_token`` tells whether the word is a single token
    (only those are particles); an abbreviated given name ("Md.", "Mohd.") is a ``word``. Honorifics, particles and suffixes are those of ``names``, the
    lists :func:`~dialogue_extract.names.parse_name` reads, looked up by the same key. A word's
    kind depends on its text alone, so the answers are cached."""
    not_name = frozenset(not_name_words)
    abbreviations = frozenset(given_name_abbreviations)

    @lru_cache(maxsize=cache_size)
    def kind(text: str, one_token: bool) -> Optional[str]:
        if len(text) <= 2 and INITIAL.match(text):
            return "initial"
        if not text or text in not_name:
            return None
        if text in abbreviations:
            return "word"
        if names.honorific_word(text) is not None and (text[:1].isupper() or text in ("dato'",)):
            return "honorific"
        if (one_token or "/" in text) and names.is_particle(text):
            return "particle"  # (and "s/o", "a/l": one written word of three tokens)
        if names.honorific_after_word(text) is not None:
            return None  # "Burak Bey", "Ayşe Nur Hanım": the form of address closes the name
        if names.is_suffix(text):
            return "suffix"
        if INITIAL.match(text):
            return "initial"
        first = text[0]
        if first.islower() and not one_token and "-" in text:
            # "al-Omari", "el-Sisi": a particle hyphenated to a capitalised name word is a name word
            head, _, rest = text.partition("-")
            if rest[:1].isupper() and names.is_particle(head) and kind(rest, True) == "word":
                return "word"
        if first in GLOTTAL and len(text) > 2 and text[1].isupper() and text[-1] not in GLOTTAL:
            # a Polynesian name opening on its glottal stop ("'Aisake", "ʻAkilisi"), not a quotation
            return "word" if kind(text[1:], False) == "word" else None
        if not first.isalpha() or not first.isupper():
            return None
        if any(c.islower() for c in text):
            if not all(c.isalpha() or c in "-'’‐." for c in text) or text.endswith("."):
                return None
            return "word"
        if len(text) >= 4 and text.isupper() and all(c.isalpha() or c in "'’-" for c in text):
            return "caps"  # a surname in capitals, with any letter ("DIOP", "ARÉVALO", "ÇELİK")
        return None

    return kind


#: a time of day as a programme writes it ("16:30", "09.00", "1100 hrs", "10:00 am"; a regular expression's source)
CLOCK_TIME = r"(?:\d{1,2}[:.]\d{2}|\d{4}(?=[ \t]*hrs?\b))(?:[ \t]*(?:hrs?|h|[AaPp]\.?[Mm]\.?))?"

# (a table row: cells between " | ", a tab or the layout view's cell break "\u00a6")
# (a row whose fields two spaced dashes part, "1. MoU on Trade – Minister A – Minister B", is no headline)
_NOT_HEADLINE = re.compile(r"\s*(?:[-–—*•▪●·]\s|\d{1,3}[.)]?\s*[|\t\u00a6]|\S[^\n]*(?:\s[|\u00a6]\s|\[|\S[\t\u00a6]+\S"
                           r"|[ \t][–—][ \t][^\n]*[ \t][–—][ \t])"
                           # an item of a programme, opening on its time ("16:30 – Meeting with X, Member of ...",
                           # "13:30 – meeting of X with Y")
                           r"|" + CLOCK_TIME + r"\s*(?:[-–—:|]\s*)?[^\W\d_]"
                           # a numbered item of a list ("2. H.E. X – High Commissioner of Y in Dar es Salaam")
                           r"|\d{1,3}[.)][ \t]+\S"
                           # a table's numbered row flattened onto a line, its number bare ("3 MoU on Trade
                           # Mr. A, Minister for Power")
                           r"|\d{1,3}[ \t]+[A-Z][^\n]*,[ \t]+\S)")


@lru_cache(maxsize=1)
def row_line() -> "re.Pattern":
    """A 'NAME, TITLE' row of a signatories column or a participants list (layout.json row_line)."""
    from ..data import data_path, read_json
    return re.compile(read_json(data_path("layout.json"))["row_line"]["pattern"])


@lru_cache(maxsize=1)
def title_name_row() -> "re.Pattern":
    """A 'TITLE: NAME' row of a participants list (layout.json title_name_row)."""
    from ..data import data_path, read_json
    return re.compile(read_json(data_path("layout.json"))["title_name_row"]["pattern"])


@lru_cache(maxsize=1)
def _signatory_label() -> str:
    from ..data import data_path, read_json
    return read_json(data_path("layout.json"))["signatory_label"]["pattern"]


@lru_cache(maxsize=1)
def signatory_label() -> "re.Pattern":
    """What opens a signatory's line of an instruments list, up to its colon ("For Mexico:",
    "On behalf of Peru:"; layout.json signatory_label), matched to the end of the given range."""
    return re.compile(r"[ \t]*" + _signatory_label() + r"[ \t]*$")


@lru_cache(maxsize=1)
def _signatory_line() -> "re.Pattern":
    return re.compile(r"[ \t]*" + _signatory_label() + r"\s")


def _in_row_column(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line, a 'NAME, TITLE' row (see layout.json row_line), has another such row
    near it: directly above or below, or past blank lines and short heading lines ("New Zealand",
    "Delegation of Ghana") - a column of signatories or participants, whose sections may hold one
    row each."""
    row = row_line()
    for step in (-1, 1):
        pos, seen = (line_start, line_end), 0
        while seen < 4:
            if step < 0:
                if pos[0] < 2:
                    break
                a = text.rfind("\n", 0, pos[0] - 1) + 1
                b = pos[0] - 1
            else:
                if pos[1] < 0:
                    break
                a = pos[1] + 1
                b = text.find("\n", a)
                b = len(text) if b < 0 else b
                if a >= len(text):
                    break
            other = text[a:b].strip()
            if other and row.fullmatch(row_body(other)) is not None:
                return True
            if len(other) > 40 or "," in other or other.endswith((".", "!", "?")):
                break  # a paragraph, or a line of another kind: the column ends
            seen += 1
            pos = (a, b if b < len(text) else -1)
    return False


#: the number of a list's row before its 'NAME, TITLE' ("2. ", "(iii) ", "b) ")
_ROW_NUMBER = re.compile(r"^(?:\(?(?:\d{1,3}|[ivx]{1,5}|[a-z])[.)])[ \t]+")
#: the side's label before a signatory's 'NAME, TITLE' ("Korea: ", "Viet Nam: ", "Republic of Korea: ", "Poland – ")
_ROW_LABEL = re.compile(r"^[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|the)){0,3}(?:[ \t]*:|[ \t]+[–—])[ \t]+")
#: an office and a name, or a name, in capitalised words (an item of a list's line: "Minister Jane Roe")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,6}")


def row_body(line: str) -> str:
    """A list's line without its row number ("2. ") and the side's label before its name
    ("Korea: "), as a 'NAME, TITLE' row (layout.json row_line) is read."""
    body = _ROW_NUMBER.sub("", line.strip(), count=1)
    label = _ROW_LABEL.match(body)
    return body[label.end():] if label is not None else body


#: the formal forms of address of lists, mastheads and signatures (never a headline's first words)
_FORMAL_ADDRESS = re.compile(r"[ \t]*(?:(?:The|Senator[ \t]+the|Rt\.?)[ \t]+)?(?:Hon(?:ourable)?\.?|H\.[ \t]?E\.|His[ \t]+Excellency"
                             r"|Her[ \t]+Excellency)[ \t]")


#: the forms of address that open a "NAME, TITLE" row of a list or a table's cell, never a headline
_ROW_ADDRESS = re.compile(r"[ \t]*(?:Shri|Smt\.?|Sri|Kumari|Dr\.?|Prof\.?|Mr\.?|Ms\.?|Mrs\.?|Mme\.?|M\.|Sen\.?)[ \t]")


#: a month's name or its abbreviation, as a dateline writes it ("Sept.", "April", "Oct"; the
#: source of a regular expression, for the patterns that read datelines)
MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


def known_place_end(tv: Any, i: int, places: Collection[str], longest: int = 3) -> Optional[int]:
    """Index after a known place (a capital or city of ``datelines.tsv``: "Ankara", "Nay Pyi Taw";
    a world region: "Horn of Africa") of up to ``longest`` tokens starting at token ``i`` of the
    token view ``tv`` (the longest one), or ``None``."""
    if not places or i >= tv.n or not tv.text(i)[:1].isupper():
        return None
    for size in range(longest, 0, -1):
        if i + size <= tv.n and tv.span_text(i, i + size) in places:
            return i + size
    return None


def places_named(words: list[str], places: dict[str, str], longest: int = 3, fold: bool = False) -> set[str]:
    """The states of the known places (``places``: name -> state; keys casefolded with ``fold``) that
    runs of up to ``longest`` of the capitalised ``words`` name ("Baku", "Panama City")."""
    found = set()
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + longest) + 1):
            name = " ".join(words[i:j])
            code = places.get(name.casefold() if fold else name)
            if code:
                found.add(code)
    return found


# a list's label with a word in small letters before its colon, then names: "Members in attendance: ",
# "Present at the meeting: " (a headline's label is capitalised: "India-Japan Summit: PM ...")
_LIST_LABEL = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}?[ \t]+[a-z][\w'’-]*:[ \t]+\S")


def is_headline(text: str, line_start: int) -> bool:
    """A short Title Case line standing on its own (blank lines or the text's ends around it:
    a hard-wrapped paragraph line is no headline) that does not end like a sentence."""
    line_end = text.find("\n", line_start)
    if (line_end if line_end >= 0 else len(text)) - line_start > 200:
        return False  # (before anything reads the line: a text of one long line asks once per name)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if _NOT_HEADLINE.match(line) or _signatory_line().match(line) or "\u00a6" in line:
        return False  # a list item, a table row (its cells parted), a bracketed entry, a signatory's line ("For Peru: X")
    # "NAME, TITLE", or a numbered row of a list ("2. Dr. Jane Roe, Ambassador to Peru")
    body = row_body(line)
    row = "," in line and row_line().fullmatch(body) is not None
    if not row and "; " in body and all(row_line().fullmatch(part.strip()) or _CAPITALISED_RUN.fullmatch(part.strip())
                                        for part in body.split(";") if part.strip()):
        return False  # "Japan: A, Minister for Foreign Affairs; B, Director-General ...": a list's line of rows
    if row and _in_row_column(text, line_start, line_end):
        return False  # "Dr. Jane Roe, Minister of Trade" over or under a line like it: a signatory
    if row and (_FORMAL_ADDRESS.match(body) or _ROW_ADDRESS.match(body)):
        return False  # "Senator the Hon Jane Roe, Minister for Trade", "Shri A. Rao, Joint Secretary": no
        # headline is written so (a signatory's cell of a table copied one cell a line)
    if line.rstrip().endswith((".", "\"", "”", ":", "?", "!", ",", ";")):
        return False
    if not row and (_FORMAL_ADDRESS.match(body) or _ROW_ADDRESS.match(body)) and line_end >= 0 \
            and (text[line_end + 1:line_end + 2].isupper() or text[line_end + 1:line_end + 2].isdigit()):
        # "H.E. Dr. Jane Roe" over "Minister of Planning": a speaker's block, name over office; "2. Mr.
        # A. Rao" over the next item of a list
        return False
    if _LIST_LABEL.match(line):
        return False  # "Members in attendance: Senator A (Chair), Senator B": a labelled list
    # a line of a hard-wrapped paragraph continues the line before it (which ends mid-sentence) or
    # goes on in the next one (which starts in lower case)
    before = text[max(0, line_start - 300):line_start].rstrip()
    prev_line = before[before.rfind("\n") + 1:]
    if len(prev_line) > 60 and (prev_line[-1].islower() or prev_line[-1] in ",;"):
        return False
    if row and prev_line.endswith(":"):
        return False  # "Indian side:\nShri A. Rao, Joint Secretary": a list's item, introduced by a colon
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
    nor be followed by a letter, digit or hyphen. Each form is found with ``str.find`` (a form of
    fewer than three characters only where it ends the text), so the cost is that of the few places
    the forms occur, not of the tokens of the text.
    """
    n = len(text)
    n_starts = len(starts)
    at: dict[int, list[str]] = {}  # token start -> the forms written there
    for f in forms:
        size = len(f)
        if size < 3:
            # (a form is looked for by its first three characters: a shorter one only at the end)
            p = n - size
            if size and p >= 0 and text.endswith(f):
                k = bisect_left(starts, p)
                if k < n_starts and starts[k] == p:
                    at.setdefault(p, []).append(f)
            continue
        p = text.find(f)
        while p >= 0:
            k = bisect_left(starts, p)
            if k < n_starts and starts[k] == p:
                at.setdefault(p, []).append(f)
            p = text.find(f, p + 1)
    out: list[tuple[int, int]] = []
    pos = 0  # end of the last occurrence: occurrences do not overlap
    for s in sorted(at):
        if s < pos:
            continue
        if s > 0:
            c = text[s - 1]
            if c.isalnum() or c == "_" or c in _NOT_BEFORE:
                continue
        cands = at[s]
        if len(cands) > 1:
            cands.sort(key=lambda f: (-len(f), f))
        for f in cands:
            e = s + len(f)
            if e >= n or not (text[e].isalnum() or text[e] == "_" or text[e] in _NOT_AFTER):
                out.append((s, e))
                pos = e
                break
    return out


def vocative(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands alone as a form of address: after a comma, a label's
    colon or the start of a line, and before a comma or the end of the sentence."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] not in ",:\n":
        return False
    return end >= len(text) or text[end] in ",.?!;\u2014-\n"


def _required_text(pattern: str, flags: int) -> str:
    """The longest run of literal characters every match of ``pattern`` holds (its top-level
    sequence, outside any repeat, branch or group), or ``""``; none under ``re.IGNORECASE``."""
    if flags & re.IGNORECASE:
        return ""
    try:
        try:
            from re import _constants as constants, _parser as parser
        except ImportError:  # Python 3.10
            import sre_constants as constants
            import sre_parse as parser
        parsed = parser.parse(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return ""
        best, run = "", []
        for op, av in list(parsed) + [(None, None)]:
            if op == constants.LITERAL:
                run.append(chr(av))
                continue
            if len(run) > len(best):
                best = "".join(run)
            run = []
        return best
    except Exception:  # an unknown parser: no requirement
        return ""


class LinePattern:
    """A pattern read line by line (``re.MULTILINE``) whose ``finditer`` gives the matches of
    ``re.finditer``. When every match starts at a line start (``^`` first), the text is searched for
    a newline the pattern matches after (a literal the regular expression engine skips to) instead
    of trying the pattern at every character."""

    __slots__ = ("pattern", "rx", "_lines", "_required")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.rx = re.compile(pattern, flags | re.MULTILINE)
        # a text without the literal every match holds ("To ask") has no match
        self._required = _required_text(pattern, flags | re.MULTILINE)
        self._lines = LineStarts.of(self.rx)  # None: a match may start anywhere

    def match(self, text: str, pos: int = 0):
        return self.rx.match(text, pos)

    def search(self, text: str):
        """The first match in ``text`` (``re.search``), or ``None``."""
        return next(self.finditer(text), None)

    def finditer(self, text: str):
        if self._required and self._required not in text:
            return
        yield from (self._lines or self.rx).finditer(text)


def member_names(text: str, rules: list, next_line: Optional[re.Pattern]) -> list[tuple[int, int]]:
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


#: the number opening an item of a numbered list ("3. Mr. X")
ITEM_NUMBER = re.compile(r"[ \t]*(\d{1,3})[.)][ \t]")


def numbered_alike(first: str, second: str) -> bool:
    """Whether two lines open with the same item number, as the first lines of a two-column numbered
    list that PDF extraction interleaved do ("1. H.E. Mr. A" / "1. H.E. Mr. B")."""
    a, b = ITEM_NUMBER.match(first), ITEM_NUMBER.match(second)
    return a is not None and b is not None and a.group(1) == b.group(1)


def member_seats(text: str, rules: list) -> set[str]:
    """The seats that the layout of parliamentary papers gives beside the members' names (group
    ``seat`` of ``rules``: "Tuan X [Bukit Bendera]:"): places, wherever the record names them again
    ("I thank Yang Berhormat Bukit Bendera", "Supplementary question, Bukit Bendera.")."""
    return {m.group("seat").strip() for rx in rules if "seat" in rx.rx.groupindex for m in rx.finditer(text)}


def recurs(text: str, part: str) -> bool:
    """``text.count(part) >= 2``, stopping at the second occurrence instead of counting all."""
    i = text.find(part)
    return i >= 0 and text.find(part, i + len(part)) >= 0
