"""The anchors: each a small function that finds the persons one kind of phrase vouches for.

An anchor takes the document's :class:`~dialogue_extract.people.scan.Scan`, reads its tables
(titles with their info, honorific and counterpart matches, the token view) and records each person
with :meth:`Scan.add`. Anchors run in the order they are registered, each seeing what the ones
before it found (a found name blocks its tokens for the next). Adding a kind of phrase is adding
one function::

    @anchor("title_before_name")
    def title_before_name(scan: Scan) -> None:
        ...

and its test (``tests/test_people_anchors.py``). :data:`ANCHORS` maps each name to its function.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from typing import Callable, Iterable, Optional

from ..roles import role_of
from .grammar import ITEM_NUMBER, known_place_end, member_names, recurs, signatory_label, title_name_row
from .info import PersonInfo
from .scan import Bounds, Scan, Title

__all__ = ["ANCHORS", "anchor", "run_anchors"]

AnchorFn = Callable[[Scan], None]
#: Every anchor by name, in the order they run.
ANCHORS: dict[str, AnchorFn] = {}


def anchor(name: str) -> Callable[[AnchorFn], AnchorFn]:
    """Register ``fn`` as the anchor ``name`` (run after those registered before it)."""
    def register(fn: AnchorFn) -> AnchorFn:
        if name in ANCHORS:
            raise ValueError(f"an anchor named {name!r} is already registered")
        ANCHORS[name] = fn
        return fn
    return register


def run_anchors(scan: Scan, names: Optional[list[str]] = None) -> Scan:
    """Run the anchors ``names`` (default: all, in their order) over ``scan``."""
    for name in (ANCHORS if names is None else names):
        try:
            fn = ANCHORS[name]
        except KeyError:
            raise ValueError(f"no anchor named {name!r}; known: {', '.join(ANCHORS)}") from None
        fn(scan)
    return scan


# ---------------------------------------------------------------------------------------------
# 1. title before the name: "Foreign Minister Cho Hyun", "EAM (..) Dr. S. Jaishankar"
# ---------------------------------------------------------------------------------------------
@anchor("title_before_name")
def title_before_name(scan: Scan) -> None:
    tv, n = scan.tv, scan.tv.n
    # the line breaks before an opening bracket: only there can a name in brackets stand under a
    # title ("... AFFAIRS\n[SHRI K. P. SINGH]")
    bracket_lines = _bracket_lines(tv)
    tinfo = scan.tinfo
    for t in scan.titles:
        if t.end == t.start + 1 and t.start > 0 and tv.text(t.start) == "General" and tv.lower(t.start - 1) == "of":
            continue  # "the Directorate of General Security", "Director of General Crimes": a body's name, no rank
        if t.end == t.start + 1 and t.start > 0 and tv.text(t.start) == "General" and t.end < tv.n \
                and tv.text(t.start - 1).istitle() and tv.text(t.start - 1).isalpha() \
                and tv.text(t.start - 1) not in scan.grammar.head_words and tv.lower(t.end) in _ROMANCE_OF:
            continue  # "Oficina General de Comunicación", "Dirección General de ...": a body's name, no rank
        info = tinfo.get(t.start)
        j = info.phrase_end if info is not None and info.phrase_end > t.end else t.end
        word = tv.text(j) if j < n else ""
        if word not in (":", "") and j < n and "\n" not in word:
            colon = _label_row_colon(scan, t, j)
            if colon is not None:
                # "Managing Director for the Americas, European External Action Service: Jane Roe",
                # "Director for Trade Strategy, DG TRADE: Jane Roe": a participants list's
                # 'TITLE[, BODY]: NAME' row; the words before the colon are no name
                j2, hon, strong = scan.honorifics_at(colon + 1)
                bounds = scan.scan_right(j2)
                if bounds is not None and scan._closes_line(bounds[1]):
                    scan.blocked[j:colon] = b"\x01" * (colon - j)
                    scan.add(bounds, "title_before", t, hon, strong, layout=True)
                    scan.premodifiers.add(t.start)
                    continue
        inside = _name_in_brackets(scan, j) if word in _OPENERS or j in bracket_lines else None
        if inside is None and j < n and bracket_lines and not word.isspace() \
                and bisect_left(bracket_lines, j) < bisect_left(bracket_lines, j + 12):
            # "THE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS\n[SHRI K. P. SINGH]":
            # the rest of the title's line names its body; the name stands below it
            k = j
            while k < n and k - j < 12 and not tv.text(k).isspace() and tv.text(k) not in (",", ".", ";", ":"):
                k += 1
            if k < n and k - j < 12 and tv.text(k).isspace():
                inside = _name_in_brackets(scan, k)
        if inside is not None:
            # "Official Spokesperson (Shri A. Rao):", "The Minister for Asia (Ann Lee)",
            # "THE MINISTER OF STATE ...\n[SHRI K. P. SINGH]": the name the title is given to
            bounds, hon, strong = inside
            scan.add(bounds, "title_before", t, hon, strong, layout=True)
            scan.premodifiers.add(t.start)
            continue
        if word == ":" and j + 1 < n and _opens_line(scan, info.prefix_start if info is not None
                                                     and info.prefix_start >= 0 else t.start):
            # "Spokesperson: Rizal Aditya Pratama", a masthead's line: the office and the name it
            # labels, alone on their line
            j2, hon, strong = scan.honorifics_at(j + 1)
            bounds = scan.scan_right(j2)
            if bounds is not None and scan._closes_line(bounds[1]):
                scan.add(bounds, "title_before", t, hon, strong, layout=True)
                scan.premodifiers.add(t.start)
            continue
        if word == "(":  # "(EAM)", "(NSA)"
            close = next((k for k in range(j + 1, min(n, j + 6)) if tv.text(k) == ")"), None)
            if close is None and _ACCREDITED_PAREN.match(tv.doc_text, tv.starts[j]):
                # "Ambassador to Papua New Guinea (concurrently accredited to Solomon Islands) X"
                close = next((k for k in range(j + 1, min(n, j + 16)) if tv.text(k) == ")"), None)
            if close is not None:
                j = close + 1
        j2, hon, strong = scan.honorifics_at(_after_the_hon(scan, j))  # ("Senator the Hon X")
        bounds = scan.scan_right(j2, caps_alone=True)
        if bounds is None and not hon and j == t.end and j2 in scan.found_start \
                and scan.hon_table.get(t.start, (None,))[0] == t.end:
            # "Deputy Minister of Foreign Affairs Ambassador X": the rank, read as X's form of address
            # when the office before it found X, is X's title too
            bounds = scan.found_start[j2]
        if bounds is not None and not hon and j == t.end and t.end > t.start + 1 \
                and tv.text(t.end - 1) not in scan.grammar.head_words and scan.single_unit(bounds) \
                and not _one_word_name(scan, bounds):
            bounds = None  # "Minister of Defence and Military | Production": the title ran on
        if bounds is not None and not hon and scan.single_unit(bounds) \
                and scan.tv.span_text(*bounds) in scan.body_heads:
            bounds = None  # "Speaker of the Citizens' Representative Khural": a body's name, as the "Great Khural"
        if bounds is not None and not hon and scan.single_unit(bounds) and j == t.end \
                and tv.span_text(t.start, bounds[1]) in scan.grammar.head_prefixes:
            bounds = None  # "Ambassador Extraordinary and | Plenipotentiary": a head cut by its cell's wrap
        if bounds is None and not hon and j + 1 < n and tv.lower(j) in ("to", "in", "of"):
            # "Polish Ambassador to Ankara Jakub Nowak": a known capital between the title and the name
            k = _after_place(scan, j + 1)
            if k is not None:
                k2, hon, strong = scan.honorifics_at(k)
                bounds = scan.scan_right(k2)
                if bounds is not None and not hon and scan.single_unit(bounds):
                    bounds = None
        if bounds is None and not hon and j < n and (tv.lower(j) in ("of", "for") or j > t.end and tv.text(j)[:1].isupper()):
            # "Vice Chairman of the Hà Nội People's Committee Vũ Đức Khang": the body's name
            # ends on an institution word; the person's name follows it (or goes on after the
            # state the complement named: "President of the Korea Trade-Investment Promotion Agency X")
            k = _after_institution(scan, j + 1 if tv.lower(j) in ("of", "for") else j)
            if k is not None:
                # ("Counsellor of the Indonesian Embassy Ibu Wahyuni": a form of address vouches
                # for a one-word name)
                k2, hon, strong = scan.honorifics_at(k)
                bounds = scan.scan_right(k2)
                if bounds is not None and not hon and scan.single_unit(bounds):
                    bounds = None
        if bounds is not None and not hon and _place_across(scan, bounds[0]):
            bounds = None  # "Secretary of National Defense in New | Delhi": the title ran into a place's name
        if bounds is not None and _between_appositions(scan, t, bounds):
            scan.row_offices.add(t.start)
            continue  # "A. Roe, Minister of Trade B. Doe, Secretary of Economy": a row's first signatory's office
        if bounds is not None:
            scan.add(bounds, "title_before", t, hon, strong)
            scan.premodifiers.add(t.start)


# ---------------------------------------------------------------------------------------------
# 1b. offices stacked before one name: "Chairman of the Council, Prime Minister of Myanmar Senior
#     General X" (each office with no name of its own goes to the name the next one opens)
# ---------------------------------------------------------------------------------------------
#: words that open a sentence on a phrase of circumstance before its subject ("Following the meeting
#: with the President, X is to ...", "During talks with the Minister, X said ...")
_FRONTED_OPENERS = frozenset({"following", "after", "before", "during", "with", "in", "at", "upon", "on"})


def _in_fronted_phrase(scan: Scan, q: int) -> bool:
    """Whether token ``q`` lies in a phrase of circumstance that opens its sentence, with no comma
    before it: the comma after the phrase leads to the sentence's subject."""
    tv = scan.tv
    k = q - 1
    while k >= 0 and q - k <= 12:
        word = tv.text(k)
        if word in (",", ";", ":"):
            return False
        if word in (".", "!", "?") or "\n" in word:
            return k + 1 < q and tv.lower(k + 1) in _FRONTED_OPENERS
        k -= 1
    return k < 0 and tv.lower(0) in _FRONTED_OPENERS


#: offices a government has one holder of at a time, however written ("Foreign Minister", "Minister of
#: Foreign Affairs")
_ONE_HOLDER_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister"})


def _named_before(scan: Scan, t: Title, other: Bounds) -> bool:
    """Whether the office ``t`` was written before, right before the name of someone else than
    ``other`` ("Foreign Minister X", or for an office of one holder, "Minister of Foreign Affairs X")."""
    span_text = scan.tv.span_text
    written = span_text(t.start, t.end)
    role = role_of(written)
    role = role if role in _ONE_HOLDER_ROLES else None
    return any(bounds != other and bounds[0] < t.start and any(
        ts < t.start and (span_text(ts, te) == written or role is not None and role_of(span_text(ts, te)) == role)
        for ts, te in info.titles) for bounds, info in scan.found.items())


@anchor("stacked_titles")
def stacked_titles(scan: Scan) -> None:
    tv, n = scan.tv, scan.tv.n
    holder: dict[int, Bounds] = {}  # title start -> the name it stands before
    for bounds, info in scan.found.items():
        for ts, _te in info.titles:
            if ts in scan.premodifiers:
                holder[ts] = bounds
    if not holder:
        return
    for t in reversed(scan.titles):
        if t.start in scan.premodifiers or t.start in holder:
            continue
        info = scan.tinfo.get(t.start)
        j = max(t.end, info.phrase_end) if info is not None else t.end
        comma = j < n and tv.text(j) == ","
        k = j + 1 if comma else j
        nxt = scan.title_at.get(k)
        if nxt is None or nxt.start not in holder:
            continue
        p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
        while p > 0 and tv.lower(p - 1) == "the":
            p -= 1
        if p > 0 and (tv.text(p - 1) == "," and (p - 1) not in scan.phrase_end_start or tv.lower(p - 1) == "and"
                      or tv.text(p - 1)[:1].isupper() and tv.text(p - 1).isalpha() and p - 1 not in scan.span_end_start):
            continue  # "X, (the) Chairman of the Council, Prime Minister Y", "X, Deputy Prime Minister and
            # Minister of Y, Minister Z": the first office is X's (not after another office with no name
            # of its own: "Chairman of the Council, Prime Minister of Myanmar Senior General Y")
        if comma and not (p == 0 or _opens_line(scan, p) or tv.text(p - 1) == "," or _after_dateline(scan, p)
                          or tv.lower(p - 1) in ("by", "of", "with", "to", "for", "from")):
            continue
        if comma and p < t.start and tv.lower(t.start - 1) == "the" and j == t.end \
                and _named_before(scan, t, holder[nxt.start]):
            continue  # "Foreign Minister X said ... According to the Foreign Minister, President Y": the
            # office points back to X, named with it before
        scan.add(holder[nxt.start], "title_before", t)
        scan.premodifiers.add(t.start)
        holder[t.start] = holder[nxt.start]


def _between_appositions(scan: Scan, t: Title, bounds: Bounds) -> bool:
    """Whether the title ``t`` stands between two appositions of a table's row run together on one
    line, "N1, T1 N2, T2" ("Mr. A. Roe, Minister for Power H.E. B. Doe, Minister of Energy"): each
    office follows its own holder, so ``t`` (T1) is N1's, not N2's. Not in a list of offices
    before names ("met Prime Minister A, Foreign Minister B, Defence Minister C"): N1 has no office
    before it, and T2 closes the row (a line's end, a mark, or the next row's form of address)
    instead of going on into another name."""
    tv, n = scan.tv, scan.tv.n
    info = scan.tinfo.get(t.start)
    p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
    if p > 1 and tv.text(p - 1).isspace() and "\n\n" not in tv.text(p - 1):
        p -= 1  # ("..., Mr. A. Roe,\nMinister for Power": the row wraps after the comma)
    if p < 2 or tv.text(p - 1) != "," or not tv.text(p - 2)[:1].isupper() or not tv.text(p - 2).replace("-", "").isalpha() \
            or (p - 2) in scan.span_end_start or (p - 1) in scan.span_end_start:
        return False
    e = bounds[1]
    if e + 1 >= n or tv.text(e) != ",":
        return False
    k = e + 1
    while k < n and tv.text(k).isspace():
        k += 1
    if k < n and tv.lower(k) == "the":
        k += 1
    second = scan.title_at.get(k)
    if second is None:
        return False
    first = scan.scan_left(p - 1)
    if first is None or first[1] != p - 1:
        return False
    s1 = scan.honorifics_before(first[0])[0]
    while s1 > 0 and tv.text(s1 - 1).isspace():
        s1 -= 1
    if s1 in scan.phrase_end_start or s1 in scan.span_end_start:
        return False  # "Prime Minister A, Foreign Minister B, ...": N1 has an office (or a state) before it
    second_info = scan.tinfo.get(second.start)
    e2 = max(second.end, second_info.phrase_end) if second_info is not None else second.end
    if e2 < n and tv.text(e2) == ",":
        e2 = _body_closing_row(scan, e2 + 1)  # "..., Director-General, GSA" closes the row
        if e2 is None:
            return False  # "..., T2, ...": T2 goes on to more of the sentence
    return _row_ends(scan, e2) or not tv.text(e2)[:1].isalnum()  # (or a mark)


def _place_across(scan: Scan, start: int) -> bool:
    """Whether a known place (datelines.tsv) begun in the one or two tokens before token ``start``
    runs on past it ("New Delhi", "Kuala Lumpur")."""
    places = scan.grammar.lex.places
    return any(k >= 0 and (known_place_end(scan.tv, k, places) or 0) > start for k in (start - 2, start - 1))


def _label_row_colon(scan: Scan, t: Title, j: int) -> Optional[int]:
    """The colon of a 'TITLE, BODY: NAME' row whose title ``t`` (its phrase ending at token ``j``)
    opens the line (layout.json title_name_row), else ``None``."""
    tv = scan.tv
    info = scan.tinfo.get(t.start)
    p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
    if not _opens_line(scan, p):
        return None
    k = j
    while k < tv.n and k - j < 16 and tv.text(k) != ":" and "\n" not in tv.text(k):
        k += 1
    if k >= tv.n or tv.text(k) != ":" or k + 1 >= tv.n:
        return None
    text = tv.doc_text
    a = tv.starts[p]
    b = text.find("\n", a)
    line = text[a:b if b >= 0 else len(text)].strip()
    return k if title_name_row().fullmatch(line) is not None else None


def _opens_line(scan: Scan, k: int) -> bool:
    """Whether token ``k`` opens its line."""
    return k == 0 or "\n" in scan.tv.text(k - 1)


#: the particles of a Spanish, Portuguese, French or Italian body's name after its adjective "General"
_ROMANCE_OF = frozenset({"de", "del", "da", "do", "des", "du", "di", "della"})


def _after_dateline(scan: Scan, k: int) -> bool:
    """Whether token ``k`` opens a release's first sentence after its dateline's dash ("Amman,
    Feb. 12 (Petra) -- Minister ...", "CAIRO, May 3 (MENA) - ...", "Damascus, SANA- ..."): the
    words from the line's start to the dash, a short run with a comma or a bracket, none of them
    lowercase."""
    tv = scan.tv
    if k < 2:
        return False
    dash = tv.text(k - 1)
    if dash.strip("-–—"):
        if not (dash[-1:] == "-" and dash[:-1].isupper()):  # (an agency glued to its dash: "SANA-")
            return False
        end = tv.starts[k - 1] + len(dash) - 1
    else:
        end = tv.starts[k - 1]
    text = tv.doc_text
    seg = text[text.rfind("\n", 0, end) + 1:end]
    return 0 < len(seg) <= 80 and ("," in seg or "(" in seg) and not any(w[:1].islower() for w in seg.split())


def _opens_cell(scan: Scan, k: int) -> bool:
    """Whether token ``k`` opens its table cell: the start of its line (after a row number such as
    "3." or "(iii)"), or the token after a cell separator. A name in "NAME | TITLE" fills its cell;
    capitalised words ending a longer cell ("Agreement on ... Green Hydrogen | Minister of
    Energy") are the end of a document's name, not a person's."""
    tv = scan.tv
    steps = 0  # over the honorifics before the name ("Hon." "H.E. Mr.")
    while k > 0 and steps < 6 and (tv.text(k - 1) == "." or scan.kind(k - 1, k) == "honorific"):
        k -= 1
        steps += 1
    if _opens_line(scan, k) or tv.text(k - 1) in scan.grammar.separators[1:]:
        return True
    j = k - 1  # a row number or bullet between the line start (or a separator) and the name
    while j >= 0 and j > k - 5 and (tv.text(j) in (".", ")", "(") or tv.text(j) in _BULLETS
                                    or tv.text(j).rstrip(".)").isdigit()
                                    or _ROMAN.fullmatch(tv.text(j).rstrip(".)")) is not None):
        j -= 1
    return j < k - 1 and (j < 0 or "\n" in tv.text(j) or tv.text(j) in scan.grammar.separators[1:])


def _continues_cells(scan: Scan, k: int) -> bool:
    """Whether token ``k`` stands on a line that goes on with the cells of the row above: a line of
    a table laid out in columns, or drawn with pipes, whose first cell is empty (the cells of the
    row wrap onto it: "     | Matters      | Minister of Justice")."""
    text = scan.tv.doc_text
    start = scan.tv.starts[k]
    line_start = text.rfind("\n", 0, start) + 1
    brk = text.find("\u00a6", line_start, start)  # (the layout view's cell break)
    if brk < 0:
        brk = text.find("|", line_start, start)
        if brk >= 0 and not text[line_start:brk].strip():  # "| | Matters | ...": a drawn first column
            nxt = text.find("|", brk + 1, start)
            if nxt > brk + 1 and text[brk + 1:nxt].isspace():
                return True
    return brk > line_start and text[line_start:brk].isspace()


def _cell_break_before(scan: Scan, p: int) -> Optional[str]:
    """The cell break that opens token ``p``'s cell ("\u00a6" of the layout view, or a drawn "|"),
    when only spaces stand between them; else None."""
    tv = scan.tv
    k = p - 1
    if k > 0 and tv.text(k).isspace() and "\n" not in tv.text(k):
        k -= 1
    return tv.text(k) if k >= 0 and tv.text(k) in ("\u00a6", "|") else None


def _row_wraps(scan: Scan, name: int, office: int) -> bool:
    """Whether the line of the office at token ``office`` goes on the row of the line above, whose
    last cell holds the name at token ``name`` (a table whose cells wrap: "1.¦MoU on X¦Dr. A" over
    "Secretary, Department of Y¦Mr. B"): that line has more cells than the office's, where a
    signature block's columns ("Dr. A ¦ Mr. B" over "Minister ¦ Minister") have as many on each."""
    text = scan.tv.doc_text
    a = text.rfind("\n", 0, scan.tv.starts[name]) + 1
    b = text.find("\n", a)
    c = text.find("\n", scan.tv.starts[office])
    c = len(text) if c < 0 else c
    return text.count("\u00a6", a, b) + text.count("|", a, b) > text.count("\u00a6", b + 1, c) + text.count("|", b + 1, c)


def _cell_break_after(scan: Scan, e: int) -> Optional[str]:
    """The cell break that closes the cell ending at token ``e`` (only spaces between), else None."""
    tv = scan.tv
    k = e
    if k < tv.n and tv.text(k).isspace() and "\n" not in tv.text(k):
        k += 1
    return tv.text(k) if k < tv.n and tv.text(k) in ("\u00a6", "|") else None


_ROMAN = re.compile(r"[ivxIVX]{1,5}")
#: the bullets opening a list's row ("- Dr. Jane Roe ¦ Director")
_BULLETS = frozenset(("-", "\u2013", "\u2014", "*", "\u2022", "\u25aa", "\u25cf", "\u00b7"))


#: initials glued to a family name in one word ("P.A.Zherebtsov", "A.Zhumabekov")
_GLUED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z][a-z]")


def _one_word_name(scan: Scan, bounds: Bounds) -> bool:
    """A single word after a title with a complement that is a one-word name all the same
    ("Indonesian Minister for Foreign Affairs Sugiono ... Minister Sugiono"): no word titles are
    made of, and written again elsewhere in the text."""
    tv = scan.tv
    word = tv.span_text(bounds[0], bounds[1])
    # compared in NFKC: text copied from a PDF writes "Aﬀairs" with a ligature
    if unicodedata.normalize("NFKC", word) in scan.grammar.title_words:
        return False
    if _GLUED_INITIALS.match(word):
        return True  # "... and North Africa P.A.Zherebtsov": initials glued to the family name
    # or said once, before the verb of its clause ("Will Secretary of Defense Hegland join ...",
    # "Minister of Finance Okafor said"): a name, not a word of the portfolio run on
    e = bounds[1]
    after = tv.text(e) if e < tv.n else ""
    return (after.isalpha() and after.islower() and after not in _NOT_A_VERB) or recurs(tv.doc_text, word) \
        or _next_item_titled(scan, e)


def _next_item_titled(scan: Scan, e: int) -> bool:
    """Whether a list's next item, after a comma or semicolon at token ``e`` (and "and"/"the"),
    opens with a title: "Minister of Manpower Yassierli, Minister of Health X": each office has
    its own name, so the word before the comma is the first one's."""
    tv = scan.tv
    if e >= tv.n or tv.text(e) not in (",", ";"):
        return False
    k = e + 1
    while k < tv.n and (tv.text(k).isspace() or tv.lower(k) in ("and", "the")):
        k += 1
    return k in scan.title_at


#: lower-case words that go on a title's complement rather than open the clause's verb
_NOT_A_VERB = frozenset({"of", "and", "for", "the", "in", "on", "at", "to", "with", "de", "du", "des", "y", "e"})


# ---------------------------------------------------------------------------------------------
# 2. name before the title: "NAME, [the|his] [country] TITLE", "NAME (MoS)", "NAME, who is ..."
# ---------------------------------------------------------------------------------------------
@anchor("name_before_title")
def name_before_title(scan: Scan) -> None:
    _name_before_title(scan, predicate=False)


def _name_before_title(scan: Scan, predicate: bool) -> None:
    """"NAME, TITLE" for the titles of nouns (``predicate`` false) or for the offices a relative
    clause's verb names ("NAME, who heads the agency", ``predicate`` true)."""
    tv, n, lex = scan.tv, scan.tv.n, scan.grammar.lex
    found, found_end = scan.found, scan.found_end
    title_at: Optional[set[int]] = None
    for t in scan.titles:
        if bool(getattr(t.info, "predicate", False)) != predicate:
            continue
        if t.start in scan.premodifiers:
            continue  # "In addition to the talks, Secretary Rao met ...": the title is Rao's
        after = _name_after_comma(scan, t)
        if after[0] is None:
            # "X, the Chief of Defence Staff, Gen. Y": the title introduces the person its rank opens
            after = (_found_after_title(scan, t), True, False, False)
        if after[0] is not None and (after[3] or after[1]) and not (not after[3] and _after_untitled_name(scan, t)):
            # "X, the President of Kenya, H.E. Y, ...", "X, and Secretary, Shri Y": Y's; but in a
            # list "X, Minister of A, H.E. Y, Cabinet Secretary of B" Y has a title of their own
            # (and "Mr. X, Deputy Minister of A, Ambassador Y": X's, the one of the two with no office)
            if title_at is None:
                title_at = {u.start for u in scan.titles}
            e = after[0][1]
            if e + 2 < n and tv.text(e) == "," and tv.lower(e + 1) in lex.determiners:
                e += 1  # "..., Gen. Y, the Secretary of Defence"
            if after[3] or not (e + 1 < n and tv.text(e) in (",", "the", "The") and (e + 1) in title_at):
                continue
        info = scan.tinfo.get(t.start)
        t_end = max(t.end, info.phrase_end) if info is not None else t.end
        if t_end + 1 < n and tv.lower(t_end) == "and" and (t_end + 1) in scan.premodifiers:
            continue  # "X, Deputy Prime Minister and Foreign Minister of Y Z": both titles are Z's
        p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
        if p > 0 and tv.text(t.start) in lex.post_nominals and tv.text(p - 1).isalpha() \
                and tv.text(p - 1)[:1].isupper():
            continue  # "..., the Hon X MP, and ...": the letters close X's name, no appositive of a name before
        if p > 1 and p == t.start and t_end == t.start + 1 and tv.text(t.start) in lex.post_nominals \
                and tv.text(p - 1) == "," and tv.text(p - 2).isalpha() and tv.text(p - 2)[:1].isupper() \
                and not (t_end < n and tv.lower(t_end) in ("for", "of")):
            continue  # "James Roe, MP, today ...": the letters alone, set off by a comma, close the name
            # (not "Jane Roe, MP for Bristol North")
        if _offices_before_one_name(scan, p, t_end):
            continue  # "... | Senior Minister, Minister for Defence, Dr. X": both offices are X's
        if p > 0 and tv.text(p - 1) == "(":
            if t_end == t.start + 1 and tv.text(t.start) in lex.post_nominals and t_end < n \
                    and tv.text(t_end) == ")":
                continue  # "Hon. Jane Roe (MP), Minister for Trade": letters after the name, no office
            if p - 1 in found_end:
                scan.add(found_end[p - 1], "title_after", t)
                continue
            bounds = scan.scan_left(p - 1)
            if bounds is not None:
                scan.add(bounds, "title_after", t)
                continue
        k = p
        steps = 0
        while k > 0 and steps < 5 and (tv.lower(k - 1) in lex.determiners
                                       or tv.lower(k - 1) in lex.relative_openers
                                       or tv.text(k - 1) in ("'s", "’s")
                                       # "X, the country's top diplomat": a noun standing for the state
                                       or tv.lower(k - 1) in lex.possessor_nouns and tv.text(k) in ("'s", "’s")):
            k -= 1
            steps += 1
        if k == p and k > 2 and tv.text(k - 1)[:1].isupper() and ITEM_NUMBER.match(
                tv.doc_text, tv.doc_text.rfind("\n", 0, tv.starts[k]) + 1) is not None:
            # "3. Ms. Tebogo Mothibi High Commissioner to Namibia ...": a numbered row of a table
            # flattened into spaces, the name's cell and the office's side by side
            bounds = scan.scan_left(k)
            if bounds is not None and bounds[1] == k and bounds[0] < k and _plausible_before_comma(scan, bounds):
                s2, hon, strong = scan.honorifics_before(bounds[0])
                if _opens_cell(scan, s2) and ITEM_NUMBER.match(tv.doc_text, tv.doc_text.rfind("\n", 0, tv.starts[s2]) + 1):
                    scan.add(bounds, "title_after", t, hon, strong)
                    continue
        if not _closes_appositive(scan, info.phrase_end if info is not None and info.phrase_end > t.end else t.end) \
                and t.start not in scan.row_offices and not _state_closes_office(scan, t, info):
            continue  # "Rohit, the EAM is expected to ...": a vocative, not an appositive
        if k > 2 and tv.text(k - 1).isspace() and "\n" in tv.text(k - 1) and tv.text(k - 2) == "," \
                and "\n\n" not in tv.text(k - 1):
            k -= 1  # "Her Excellency X,\nAmbassador of Brazil to Malaysia,": a salutation's name over its office
        if k > 1 and k == p and tv.text(k - 1) in _DASHES and not tv.glued(k - 2) and not tv.glued(k - 1):
            # "D. Satybaldy - Akim of Turkistan region": a participants list's line, the name
            # opening it and a spaced dash before the office, which closes it
            bounds = scan.scan_left(k - 1)
            if bounds is not None and bounds[1] == k - 1 and scan._closes_line(t_end, ("(",)):
                s2, hon, strong = scan.honorifics_before(bounds[0])
                if _opens_cell(scan, s2):  # (after the line's number or bullet, if any)
                    scan.add(bounds, "title_after", t, hon, strong, layout=True)
            continue
        if not (k > 1 and tv.text(k - 1) in scan.grammar.separators):
            # "Zhou Kai, Member of the Political Bureau ... and Minister of Foreign Affairs"
            k = _appositive_start(scan, k)
        if k > 1 and tv.text(k - 1) in scan.grammar.separators:  # "NAME, TITLE", "NAME | TITLE"
            in_cells = tv.text(k - 1) != ","
            e = _before_letters(scan, k - 1)
            if e > 3 and tv.text(e - 1) == ")" and tv.text(e - 2) in lex.post_nominals and tv.text(e - 3) == "(":
                e -= 3  # "Hon. Jane Roe (MP), Minister for Trade": the letters in brackets
            elif e > 3 and tv.text(e - 1) == ")":
                # "Rein Kask (Isamaa), chair of ...", "Ingrid Moe (Conservatives), chair of ...": the
                # member's party in brackets between the name and the office
                o = e - 2
                while o > 0 and e - o <= 5 and tv.text(o) != "(":
                    o -= 1
                if o > 0 and o < e - 2 and tv.text(o) == "(" and all(
                        tv.text(x)[:1].isupper() or tv.text(x).isdigit() for x in range(o + 1, e - 1)):
                    e = o
            if e < k - 1 and (e in found_end or scan.scan_left(e) is not None):
                k = e + 1
            if k - 1 in found_end:  # "Admiral J. Roy, the Chief of Naval Staff": one more title
                if _country_conflict(scan, found[found_end[k - 1]], t):
                    continue  # "... Foreign Minister Li X, Deputy Prime Minister ... of Cambodia Y"
                scan.add(found_end[k - 1], "title_after", t)
                continue
            holder = _name_of_state_before(scan, k - 1) if tv.text(k - 1) == "," else None
            if holder is not None:  # "President X of Kenya, Chairperson of the EAC": one more title
                scan.add(holder, "title_after", t)
                continue
            bounds = scan.scan_left(k - 1)
            if bounds is not None and _plausible_before_comma(scan, bounds):
                bounds = _after_instrument_words(scan, bounds)
                s, _ = bounds
                s2, hon, strong = scan.honorifics_before(s)
                if in_cells and not _opens_cell(scan, s2):
                    continue  # "MoU on ... Green Hydrogen | Minister of Energy": the end of another cell
                if in_cells and not hon and _continues_cells(scan, s2):
                    continue  # "   ¦White Shipping Information ¦Assistant Chief of Naval Staff": two cells' rest
                scan.add(bounds, "title_after", t, hon, strong)
                continue


def _body_closing_row(scan: Scan, k: int) -> Optional[int]:
    """Where a body's name that closes a table's row ends ("..., Director-General, GSA" / the next
    row), when the words from token ``k`` are such a name: up to six capitalised words or initials
    (and "of", "the", "and", "for"), then the row's end. None when the words run on into a sentence."""
    tv = scan.tv
    j = k
    while j < tv.n and tv.text(j).isspace() and "\n" not in tv.text(j):
        j += 1
    start = j
    while j < tv.n and j - start < 8 and (tv.text(j)[:1].isupper() or tv.lower(j) in ("of", "the", "and", "for", "&")):
        j += 1
    if j == start or j - start > 6 or tv.lower(j - 1) in ("of", "the", "and", "for", "&"):
        return None
    return j if _row_ends(scan, j) or tv.text(j) in (".", ";") else None


def _after_instrument_words(scan: Scan, bounds: Bounds) -> Bounds:
    """The name of a table's numbered row flattened onto a line without the end of the instrument's
    name before it ("1 Agreement on Facilitation of Investments Armando Monteiro, Minister ...",
    "... on Agricultural Research Kátia Abreu, Minister ..."): the words up to the last that names
    a field of government ("Investments", "Research") are the instrument's, when two words or more
    are left for the name."""
    tv = scan.tv
    s, e = bounds
    if e - s < 3:
        return bounds
    line_start = tv.doc_text.rfind("\n", 0, tv.starts[s]) + 1
    if ITEM_NUMBER.match(tv.doc_text, line_start) is None and _BARE_ROW_NUMBER.match(tv.doc_text, line_start) is None:
        return bounds
    words = scan.grammar.field_words
    cut = None
    for i in range(s, e - 2):
        if tv.text(i) in words:
            cut = i + 1
    if cut is None or sum(1 for i in range(cut, e) if tv.text(i)[:1].isalpha()) < 2:
        return bounds
    return cut, e


#: the bare number opening a table's row flattened onto a line ("3 MoU on Trade Mr. A, ...")
_BARE_ROW_NUMBER = re.compile(r"[ \t]*\d{1,3}[ \t]+[A-Z]")


def _name_of_state_before(scan: Scan, comma: int) -> Optional[Bounds]:
    """The name found before "of STATE" that ends at the comma at token ``comma`` ("President X of
    the Union of the Comoros, Chairperson of the African Union"): the apposition after it is that
    person's, as right after the name."""
    tv = scan.tv
    s = scan.span_end_start.get(comma)
    if s is None or s in scan.title_at:
        return None
    j = s - (s > 0 and tv.lower(s - 1) == "the")
    if j < 2 or tv.lower(j - 1) != "of":
        return None
    return scan.found_end.get(j - 1)


def _offices_before_one_name(scan: Scan, p: int, t_end: int) -> bool:
    """Whether the title whose phrase spans tokens ``[p, t_end)`` opens a run of one person's
    offices: it opens its cell or line, or follows "the", and a comma joins it to another office
    whose name follows it ("the Vice President, Minister of Foreign Trade, Ms. X")."""
    tv = scan.tv
    if not (_opens_line(scan, p) or tv.text(p - 1) in ("\u00a6", "|") or tv.lower(p - 1) == "the"):
        return False
    if t_end + 1 >= tv.n or tv.text(t_end) != ",":
        return False
    nxt = next((u for u in scan.titles if u.start == t_end + 1), None)
    return nxt is not None and _name_after_comma(scan, nxt)[0] is not None


# ---------------------------------------------------------------------------------------------
# 3. "the Italian Ambassador to India, Marco Benedetti,", "Kuwait's Prime Minister, Sheikh X",
#    "Official Spokesperson, Shri A. Rao:": title, comma, name, where the title is introduced as a
#    noun phrase, opens a line (a speaker label), or the name carries an honorific
# ---------------------------------------------------------------------------------------------
@anchor("title_comma_name")
def title_comma_name(scan: Scan) -> None:
    claimed = {ts for info in scan.found.values() for ts, _ in info.titles}
    for t in scan.titles:
        if t.start in scan.premodifiers:
            continue
        bounds, hon, strong, noun_phrase = _name_after_comma(scan, t)
        if not noun_phrase and _after_untitled_name(scan, t):
            continue  # "Mr. X, Deputy Minister of A, Ambassador Y": the office in apposition is X's
        if bounds is None and noun_phrase is not None:
            bounds = _found_after_comma(scan, t)  # "Our Envoy, Ambassador X,"
        if bounds is not None and (noun_phrase or t.start not in claimed) and not _restates_office_before(scan, t):
            scan.add(bounds, "title_before", t, hon, strong)


def _after_untitled_name(scan: Scan, t: Title) -> bool:
    """Whether title ``t`` follows "NAME," where NAME is a person's (an honorific before it, or found)
    named with no office before it: "Mr. Arturo Ruiz, Deputy Minister of Finance, Ambassador Y" (the
    office is Ruiz's; Y has the rank before the name). A name with an office of its own ("NSA A. Rao,
    Chief of Army Staff, Gen. Y") leaves the title to the person after it."""
    tv = scan.tv
    info = scan.tinfo.get(t.start)
    p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
    if p < 2 or tv.text(p - 1) != ",":
        return False
    bounds = scan.found_end.get(p - 1)
    if bounds is None:
        bounds = scan.scan_left(p - 1)
        if bounds is None or bounds[1] != p - 1 or not _plausible_before_comma(scan, bounds):
            return False
    s2, hon, _strong = scan.honorifics_before(bounds[0])
    if not hon and bounds not in scan.found:
        return False
    return not (scan._titled(s2) or scan._titled(bounds[0]))


def _restates_office_before(scan: Scan, t: Title) -> bool:
    """Whether the title ``t`` restates, in apposition, the office of the person named before it
    ("King Abdullah II, the King of Jordan, H.E. X": "the King of Jordan" is the King's, not X's):
    "NAME, [the] TITLE" where NAME was found with the same office, of no other state, before it."""
    tv, lex = scan.tv, scan.grammar.lex
    info = scan.tinfo.get(t.start)
    k = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
    if k > 0 and tv.lower(k - 1) in lex.determiners:
        k -= 1
    if k < 2 or tv.text(k - 1) != "," or (k - 1) not in scan.found_end:
        return False
    held = ((tv.span_text(ts, te), getattr(scan.tinfo.get(ts), "country", None))
            for ts, te in scan.found[scan.found_end[k - 1]].titles)
    return restates_office(tv.span_text(t.start, t.end), info.country if info is not None else None, held)


def restates_office(office: str, state: Optional[str], held: Iterable[tuple[str, Optional[str]]]) -> bool:
    """Whether an office written ``office``, of ``state`` if it names one, restates one of the
    offices a person was named with (``held``: each as written, with the state it names or None):
    the same words, of no other state ("the Prime Minister of Portugal, X, the Prime Minister of
    Chile, Y" names two)."""
    return any(written == office and not (state and other not in (None, state)) for written, other in held)


# ---------------------------------------------------------------------------------------------
# 3b. a relative clause whose verb names an office: "Ingrid Vos, who heads the agency," (after the
#     titles of nouns have taken their names: "the Special Envoy, X, who heads the team")
# ---------------------------------------------------------------------------------------------
@anchor("verb_title")
def verb_title(scan: Scan) -> None:
    _name_before_title(scan, predicate=True)


# ---------------------------------------------------------------------------------------------
# 3c. an appointment: "appointed X as Special Envoy", "named X, a retired general, as Ghana's
#     Special Envoy", "X was appointed as Director General" (the verbs: ``appointment_verbs``)
# ---------------------------------------------------------------------------------------------
@anchor("appointed_as")
def appointed_as(scan: Scan) -> None:
    tv, lex = scan.tv, scan.grammar.lex
    verbs = lex.appointment_verbs
    if not verbs:
        return
    for t in scan.titles:
        info = scan.tinfo.get(t.start)
        k = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
        while k > 0 and tv.lower(k - 1) in lex.determiners:
            k -= 1  # "as the Special Envoy", "as its Secretary-General"
        if k < 3 or tv.lower(k - 1) != "as":
            continue
        e = k - 1
        if tv.lower(e - 1) in verbs:  # "X was appointed as": the name before the verb and its auxiliaries
            v = e - 1
            while v > 1 and tv.lower(v - 1) in _AUXILIARIES:
                v -= 1
            if v < e - 1 and not scan.blocked[v - 1]:
                scan.add(scan.scan_left(v), "title_after", t)
            continue
        if tv.text(e - 1) == ",":  # "named X, a retired army general, as ...": past the apposition
            j = e - 2
            while j > 0 and e - j < 12 and tv.text(j) not in (",", ".", ";") and "\n" not in tv.text(j):
                j -= 1
            if j <= 0 or tv.text(j) != ",":
                continue
            e = j
        if scan.blocked[e - 1]:
            continue
        bounds = scan.scan_left(e)
        if bounds is None:
            continue
        v = bounds[0]
        while v > 0 and ((v - 1) in scan.hon_covered or tv.text(v - 1) == "."):
            v -= 1  # "elected Ms. Maria X as"
        if v > 0 and tv.lower(v - 1) in verbs or v > 1 and tv.lower(v - 1) == "to" and tv.lower(v - 2) in _AGREMENT:
            scan.add(bounds, "title_after", t)  # (or "granted agrément to X as Ambassador")
        elif v > 1 and tv.lower(v - 1) == "of" and tv.lower(v - 2) in _APPOINTMENT_NOUNS:
            scan.add(bounds, "title_after", t)  # "the designation of X as Ambassador"
        elif v > 1 and (tv.lower(v - 1) == "and" or tv.lower(v - 1) == "of" and tv.lower(v - 2) == "and") \
                and _appointed_before(scan, v - 1, verbs):
            scan.add(bounds, "title_after", t)  # "... of A as Ambassador in Caracas and of B as Ambassador in Bogotá"


def _appointed_before(scan: Scan, k: int, verbs) -> bool:
    """Whether the sentence before token ``k`` appoints someone "as" an office: an appointment verb,
    or "the designation of", then "as", with no sentence's end between."""
    tv = scan.tv
    seen_as = False
    j = k - 1
    while j >= 0 and k - j < 60 and tv.text(j) not in (".", ";", ":") and "\n" not in tv.text(j):
        if tv.lower(j) == "as":
            seen_as = True
        elif seen_as and (tv.lower(j) in verbs or tv.lower(j) == "of" and j > 0 and tv.lower(j - 1) in _APPOINTMENT_NOUNS):
            return True
        j -= 1
    return False


#: the nouns of an appointment: "the designation of X as Ambassador"
_APPOINTMENT_NOUNS = frozenset({"appointment", "designation", "nomination", "election", "accreditation", "reappointment",
                                "re-appointment", "re-election", "confirmation"})


#: what a host state grants an envoy before the posting: "granted agrément to X as Ambassador"
_AGREMENT = frozenset({"agrément", "agrement", "agréement"})
#: the auxiliaries of a passive appointment ("X has been named as", "X was appointed as")
_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "has", "have", "had", "be", "being", "formally", "also", "recently"})


# ---------------------------------------------------------------------------------------------
# 4. honorifics: "H.E. Jean-Marc Le Floch", "Mr. Kenji Onodera", "Sheikh Farzana"
# ---------------------------------------------------------------------------------------------
@anchor("honorific")
def honorific(scan: Scan) -> None:
    tv, table, blocked = scan.tv, scan.hon_table, scan.blocked
    for i in sorted(table):
        if blocked[i] or (i - 1) in table or (i - 2) in table and tv.text(i - 1) == ".":
            continue  # handled from the first honorific of a run
        j, hon, strong = scan.honorifics_at(i)
        bounds = scan.scan_right(j)
        if bounds is not None:
            scan.add(bounds, "honorific", None, hon, strong)


# ---------------------------------------------------------------------------------------------
# 5. a participant block: "Senator the Hon Jane Roe\nMinister for Foreign Affairs", "The Hon Peter
#    Marsh MP\nMinister for Trade": a title alone on the line under a name
# ---------------------------------------------------------------------------------------------
@anchor("title_under_name")
def title_under_name(scan: Scan) -> None:
    tv, n, lex = scan.tv, scan.tv.n, scan.grammar.lex
    claimed_now = {ts for info in scan.found.values() for ts, _ in info.titles}
    starts_at = {t.start: t for t in scan.titles}
    for t in scan.titles:
        if t.start in scan.premodifiers or t.start in claimed_now:
            continue
        info = scan.tinfo.get(t.start)
        p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
        end = max(t.end, info.phrase_end) if info is not None else t.end
        if _title_under_name_in_column(scan, t, p):
            continue  # a list set in two columns: the name above the office in its column
        brk = _cell_break_before(scan, p) if p > 0 else None
        if brk is not None:
            _title_under_name_in_cell(scan, t, p, brk)
            continue
        if p == 0 or tv.text(p - 1).count("\n") != 1 or not tv.text(p - 1).isspace():
            continue
        paired = _interleaved_name_above(scan, p)
        if paired is not None:  # a two-column list of delegates the PDF's text interleaved
            scan.add(paired, "title_after", t, layout=True)
            continue
        if end < n and tv.text(end) == "(":
            close = end + 1  # "Special Adviser to the President (Information & Strategy)": its remit
            while close < n and close < end + 8 and tv.text(close) != ")" and "\n" not in tv.text(close):
                close += 1
            if close < n and tv.text(close) == ")":
                end = close + 1
        while end + 1 < n and tv.lower(end) == "and" and end + 1 in starts_at:
            # "Spokesperson and Director of the Press Department": two offices on the line
            t2 = starts_at[end + 1]
            info2 = scan.tinfo.get(t2.start)
            end = max(t2.end, info2.phrase_end) if info2 is not None else t2.end
        if end < n and tv.text(end) == ",":
            comma = end
            end = _body_to_line_end(scan, end + 1)  # "Spokesperson, Ministry of Foreign Affairs"
            if end < n and tv.text(end) == "," and end + 1 < n and "\n" in tv.text(end + 1) and tv.text(end + 1).isspace():
                end += 1  # ("First Secretary (Commerce)," / "Embassy of India, Tashkent": the body on the next line)
            elif end == comma:
                end = _unit_to_line_end(scan, comma)  # "Director, Press and Public Relations": the office's unit
        elif end + 1 < n and tv.text(end) in ("–", "—"):  # "First Secretary – Press and Public Relations"
            end = _unit_to_line_end(scan, end)
        in_cell = end < n and not (tv.text(end).isspace() and "\n" in tv.text(end))
        if in_cell and _cell_break_after(scan, end) is None:
            continue  # (the office's line ends, or its cell: a table's cells that wrap)
        k = _before_letters(scan, p - 1)  # "Mr Sipho Dlamini, MP" over the office
        if in_cell and (k < 1 or not _row_wraps(scan, k - 1, p)):
            continue  # (a signature block's aligned columns: the office is the name's above it, not the last cell's)
        if k in scan.found_end:
            scan.add(scan.found_end[k], "title_after", t, layout=True)
        elif k > 1 and tv.text(k - 1) == ")" and not scan.blocked[k - 2]:
            # a signature block with the signer's name in brackets, as Indian ministries sign
            # ("(Jane Roe)\nJoint Secretary (Africa)\nNew Delhi")
            bounds = scan.scan_left(k - 1)
            if bounds is not None and bounds[1] == k - 1 and bounds[1] - bounds[0] >= 2 and bounds[0] > 0 \
                    and tv.text(bounds[0] - 1) == "(" \
                    and (bounds[0] == 1 or (tv.text(bounds[0] - 2).isspace() and "\n" in tv.text(bounds[0] - 2))):
                scan.add(bounds, "title_after", t, layout=True)
        elif k > 0 and not scan.blocked[k - 1]:
            # a signature block: a bare name alone on its line, the signer's office alone on the
            # next ("Jane Roe\nSpecial Adviser to the President\n12 May 2025")
            bounds = scan.scan_left(k)
            if bounds is None or bounds[1] != k or bounds[1] - bounds[0] < 2:
                continue
            # (after the forms of address that open the line: "Datuk Nor Hayati binti Osman", "YB
            # Dato' Dr. X")
            s2, hon, strong = scan.honorifics_before(bounds[0])
            if s2 > 0 and _COLUMN_ITEM.fullmatch(tv.text(s2 - 1) + " ") and (
                    s2 == 1 or tv.text(s2 - 2).isspace() and "\n" in tv.text(s2 - 2)):
                s2 -= 1  # ("6. Ms. Sneha Kapadia" over "   First Secretary (Commerce),": a list's numbered item)
            if s2 == 0 or (tv.text(s2 - 1).isspace() and "\n" in tv.text(s2 - 1)) \
                    or (in_cell and _cell_break_before(scan, s2)):
                scan.add(bounds, "title_after", t, hon, strong, layout=True)  # (its line's, or its cell's)


# ---------------------------------------------------------------------------------------------
# 5b. a signature under its office: "The Director of Communication of the Presidency\nMamadou
#     Lamine Gning" closing a communiqué: an office alone on its line, a bare name alone on the next,
#     and nothing after them but a blank line or the text's end
# ---------------------------------------------------------------------------------------------
@anchor("name_under_title")
def name_under_title(scan: Scan) -> None:
    tv, n = scan.tv, scan.tv.n
    claimed_now = {ts for info in scan.found.values() for ts, _ in info.titles}
    for t in scan.titles:
        if t.start in scan.premodifiers or t.start in claimed_now:
            continue
        info = scan.tinfo.get(t.start)
        p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
        if p > 0 and tv.lower(p - 1) == "the":
            p -= 1
        end = max(t.end, info.phrase_end) if info is not None else t.end
        if not _opens_line(scan, p) or end + 1 >= n or tv.text(end) != "\n":
            continue
        bounds = scan.scan_right(end + 1)
        if bounds is None or bounds[1] - bounds[0] < 2 or not scan._closes_line(bounds[1]):
            continue
        after = bounds[1]
        if after < n and not (after + 1 == n or tv.text(after).count("\n") > 1
                              or (after + 1 < n and tv.text(after + 1).isspace())):
            continue  # (a name line of a list goes on: no signature's)
        scan.add(bounds, "title_before", t, layout=True)


def _interleaved_name_above(scan: Scan, p: int) -> Optional[Bounds]:
    """The name an office opening its line at token ``p`` belongs to in a two-column list of
    delegates whose columns the PDF's text interleaved, one line of each in turn ("1. H.E. Mr. A" /
    "1. H.E. Mr. B" / "Minister for Foreign Affairs" / "Minister of Trade"): under two names numbered
    alike, the first's; under one office line and two such names, the second's. Else ``None``."""
    tv = scan.tv
    text = tv.doc_text
    above: list[tuple[int, int]] = []
    ls = text.rfind("\n", 0, tv.starts[p]) + 1
    while ls > 0 and len(above) < 3:
        a = text.rfind("\n", 0, ls - 1) + 1
        above.append((a, ls - 1))
        ls = a

    def numbered_name(k: int) -> Optional[tuple[str, Bounds]]:
        if k >= len(above):
            return None
        a, b = above[k]
        m = ITEM_NUMBER.match(text, a, b)
        bounds = scan.found_end.get(bisect_left(tv.starts, b)) if m is not None else None
        return (m.group(1), bounds) if bounds is not None and tv.starts[bounds[0]] > a else None

    one, two, three = numbered_name(0), numbered_name(1), numbered_name(2)
    if one is not None and two is not None and one[0] == two[0]:
        return two[1]
    if one is None and two is not None and three is not None and two[0] == three[0]:
        return two[1]
    return None


def _unit_to_line_end(scan: Scan, mark: int) -> int:
    """The end of the line when the words after the mark at ``mark`` (a comma or a dash after an
    office) are the name of a unit, capitalised words and the small words of a name, up to eight
    ("First Secretary – Press and Public Relations"); else ``mark``."""
    tv, n = scan.tv, scan.tv.n
    c = mark + 1
    while c < n and c - mark <= 8 and (tv.text(c)[:1].isupper() or tv.lower(c) in ("and", "of", "for", "the", "&")):
        c += 1
    return c if c > mark + 1 and (c == n or (tv.text(c).isspace() and "\n" in tv.text(c))) else mark


def _body_to_line_end(scan: Scan, k: int) -> int:
    """The end of the body's name that runs from token ``k`` to the end of its line after an office
    ("Spokesperson, Ministry of Foreign Affairs\n"): capitalised words and the small words of a
    body's name, an institution word among them; else ``k - 1`` (the comma)."""
    tv, n = scan.tv, scan.tv.n
    c, institution = k, False
    # (the body's name may list its fields: "Ministry of Tourism, Arts and Culture")
    while c < n and c - k < 14 and (tv.text(c)[:1].isupper() or tv.lower(c) in _BODY_NAME_WORDS
                                    or tv.text(c) == "," and c > k and c + 1 < n and tv.text(c + 1)[:1].isupper()):
        institution = institution or tv.text(c) in scan.grammar.lex.institution_words
        c += 1
    if institution and c + 2 < n and tv.text(c) == "(" and tv.text(c + 2) == ")" and tv.text(c + 1).isupper():
        c += 3  # "President, Presidency of Defence Industries (SSB)": the body's short form closes the line
    return c if institution and c > k and (c == n or tv.text(c).isspace() and "\n" in tv.text(c)
                                           or _cell_break_after(scan, c) is not None) else k - 1


def _title_under_name_in_column(scan: Scan, t: Title, p: int) -> bool:
    """A list set in two columns, its cells parted by the layout view's break ("1. H.E. Shri A
    ¦1. H.E. Mr. B" over "   Minister of State ¦Deputy Minister of Agriculture"): the office opening
    its cell is the person's whose name alone fills the same column of the line above, after the
    item's number and the forms of address. True when a name was taken."""
    tv = scan.tv
    text = tv.doc_text
    start = tv.starts[p]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    opens = text.rfind("\u00a6", line_start, start)
    if "\u00a6" not in text[line_start:line_end] or text[opens + 1 if opens >= 0 else line_start:start].strip():
        return False  # (the office opens its cell)
    column = text.count("\u00a6", line_start, start)
    if line_start == 0:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    cells = text[above_start:line_start - 1].split("\u00a6")
    if column >= len(cells) or len(cells) < 2:
        return False
    cell_start = above_start + sum(len(c) + 1 for c in cells[:column])
    body = cells[column].rstrip()
    m = _COLUMN_ITEM.match(body)
    lead = m.end() if m else 0
    first = bisect_left(tv.starts, cell_start + lead)
    end = bisect_left(tv.starts, cell_start + len(body))
    if first >= tv.n or tv.starts[first] != cell_start + lead or end - first < 2:
        return False
    j, hon, strong = scan.honorifics_at(first)
    bounds = scan.found_start.get(j) or scan.scan_right(j)  # (found already by its form of address, or not)
    if bounds is None or bounds[1] != end or bounds[1] - bounds[0] < 2:
        return False
    scan.add(bounds, "title_after", t, hon, strong, layout=True)
    return True


#: a list item's number opening a cell ("1. ", "12) ")
_COLUMN_ITEM = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+")


def _title_under_name_in_cell(scan: Scan, t: Title, p: int, brk: str) -> None:
    """A table laid out in columns, or drawn with pipes, whose cells wrap: the office opening a cell
    on a line that goes on with the row above ("        ¦Minister of Water") is the person's whose
    name closes the cell above it, in the same column ("1.  ¦MoU on Water  ¦...  ¦H.E. Juma Said,"),
    or fills it ("1 | Protocol of ... | Juma Said |")."""
    tv = scan.tv
    if not _continues_cells(scan, p):
        return
    text = tv.doc_text
    start = tv.starts[p]
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return
    column = text.count(brk, line_start, start)
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    cells = text[above_start:line_start - 1].split(brk)
    if column >= len(cells):
        return
    cell_start = above_start + sum(len(c) + 1 for c in cells[:column])
    body = cells[column].rstrip()
    if body.endswith(","):
        comma = bisect_left(tv.starts, cell_start + len(body) - 1)
        if comma < tv.n and tv.starts[comma] == cell_start + len(body) - 1 and comma in scan.found_end:
            scan.add(scan.found_end[comma], "title_after", t, layout=True)
        return
    # a cell that holds a name and nothing else: its first and last tokens bound the name
    if not body.strip():
        return
    lead = len(body) - len(body.lstrip())
    first = bisect_left(tv.starts, cell_start + lead)
    end = bisect_left(tv.starts, cell_start + len(body))
    if first >= tv.n or tv.starts[first] != cell_start + lead or end - first < 2:
        return
    if end in scan.found_end and scan.found_end[end][0] >= first:
        scan.add(scan.found_end[end], "title_after", t, layout=True)
        return
    j, hon, strong = scan.honorifics_at(first)  # read from the cell's start: "Do Van Khiem" opens on a word
    bounds = scan.scan_right(j)                    # that opens sentences too
    if bounds is not None and bounds[1] == end and bounds[1] - bounds[0] >= 2:
        scan.add(bounds, "title_after", t, hon, strong, layout=True)


# ---------------------------------------------------------------------------------------------
# 6. counterparts: "his counterpart, NAME" / "NAME, his Japanese counterpart"
# ---------------------------------------------------------------------------------------------
@anchor("counterpart")
def counterpart(scan: Scan) -> None:
    tv, n, lex, blocked = scan.tv, scan.tv.n, scan.grammar.lex, scan.blocked
    for i in scan.counterparts:
        j = i + 1
        if j < n and tv.text(j) == ",":
            j += 1
        j2, hon, strong = scan.honorifics_at(j)
        bounds = scan.scan_right(j2)
        if bounds is None and j2 > j:
            # "his counterpart, Mr. Cho Hyun": the honorific anchor has taken the name already
            bounds = scan.found_start.get(j2)
        if bounds is not None:
            scan.add(bounds, "counterpart", None, hon, strong, counterpart=True)
            continue
        k = i
        while k > 0 and (tv.lower(k - 1) in lex.determiners or blocked[k - 1]) and i - k < 4:
            k -= 1
        if k > 0 and tv.text(k - 1) == ",":
            scan.add(scan.scan_left(k - 1), "counterpart", None, counterpart=True)


# ---------------------------------------------------------------------------------------------
# 7. lists after a plural office: "the two foreign ministers, Ana Ruiz and Piotr Nowak,"
# ---------------------------------------------------------------------------------------------
@anchor("plural_office")
def plural_office(scan: Scan) -> None:
    tv, n, found = scan.tv, scan.tv.n, scan.found
    seen = set()
    inside = None  # the tokens of the titles' phrases (read when a plural first needs them)
    for j, singular in scan.plurals:
        if j in seen:  # "ministers" inside "foreign ministers": the longer office says it
            continue
        seen.add(j)
        if inside is None:
            inside = {k for t in scan.titles
                      for k in range(t.start, max(t.end, getattr(scan.tinfo.get(t.start), "phrase_end", t.end)))}
        if j - 1 in inside:  # (j: the end of the plural)
            continue  # "the Chair of the Council of Ministers, Hon. X": a body in a title, not a list's office
        j, singular = _plural_portfolio(scan, j, singular)
        if j < n and tv.text(j) == ",":
            j += 1
        while j < n:
            j2, hon, strong = scan.honorifics_at(j)
            bounds = scan.found_start.get(j2) or scan.scan_right(j2)
            if bounds is None or not hon and _a_place(scan, bounds):
                break  # ("Council of Heads of Government, Moscow": a heading's venue)
            scan.add(bounds, "counterpart", None, hon, strong, counterpart=True)
            key = scan.trim_headline(*bounds)
            if singular and key in found and singular not in found[key].implied_titles:
                found[key].implied_titles.append(singular)
            j = _after_of_country(scan, bounds[1])
            if j + 1 < n and tv.text(j) == "," and tv.lower(j + 1) != "and":
                j += 1
            elif j + 1 < n and tv.lower(j) in ("and", "&"):
                j += 1
            elif j + 2 < n and tv.text(j) == "," and tv.lower(j + 1) == "and":
                j += 2
            else:
                break


_PORTFOLIO_JOINERS = frozenset(("and", "of", "for", "the", "&"))


def _plural_portfolio(scan: Scan, j: int, singular: Optional[str]) -> tuple[int, Optional[str]]:
    """After a plural office, the portfolio the holders share, up to the comma that opens the
    list ("the Ministers of Foreign Affairs, A and B": each is "Minister of Foreign Affairs"):
    ``(index of that comma, the singular office with it)``; ``(j, singular)`` when there is none
    (a state or body after "of" is no portfolio: "the Presidents of Chile and Peru, A and B")."""
    tv, n = scan.tv, scan.tv.n
    if not singular or j >= n or tv.lower(j) not in ("of", "for"):
        return j, singular
    k = j + 1
    while k < n and k - j <= 8:
        word = tv.text(k)
        if word == ",":
            break
        if scan.blocked[k] or not (word[:1].isupper() or word.lower() in _PORTFOLIO_JOINERS):
            return j, singular
        k += 1
    if k >= n or tv.text(k) != "," or k == j + 1 or tv.lower(k - 1) in _PORTFOLIO_JOINERS:
        return j, singular
    return k, f"{singular} {tv.span_text(j, k)}"


def _after_of_country(scan: Scan, j: int) -> int:
    """The token after "of COUNTRY" at ``j`` ("A of Colombia and B of Panama"), else ``j``."""
    tv, n = scan.tv, scan.tv.n
    if j + 1 < n and tv.lower(j) == "of":
        for k in range(j + 2, min(n, j + 9) + 1):
            if scan.span_end_start.get(k) == j + 1 and scan.blocked[j + 1]:
                return k
    return j


# ---------------------------------------------------------------------------------------------
# 8. members named by the layout of parliamentary questions and debates: "2417. SHRI X:" and the
#    members listed under it, "Jane Roe (Bristol North) (Lab)" (rules: persons.json)
# ---------------------------------------------------------------------------------------------
#: how far into a text its chamber is named when it is the chamber's own record
_CHAMBER_HEAD = 600


@anchor("member_line")
def member_line(scan: Scan) -> None:
    grammar, tv, n = scan.grammar, scan.tv, scan.tv.n
    if not grammar.member_lines:
        return
    added = False
    rules = grammar.member_lines
    if grammar.member_labels is not None and grammar.chamber_record is not None \
            and grammar.chamber_record.search(tv.doc_text, 0, _CHAMBER_HEAD) is not None:
        rules = [*rules, grammar.member_labels]  # "DR. ANITA RAO:" in a chamber's own record
    for a, b in member_names(tv.doc_text, rules, grammar.member_next):
        i = bisect_left(tv.starts, a)
        if i >= n or tv.starts[i] != a:
            continue
        j2, hon, strong = scan.honorifics_at(i)
        # (a peer's name holds its form of address: "Lord Oates:")
        bounds = scan.found_start.get(j2) or scan.found_start.get(i) or scan.scan_right(j2)
        if bounds is not None and tv.starts[bounds[1] - 1] + tv.lengths[bounds[1] - 1] < b:
            # the line bounds the name: a family name that is also a common word closes it
            # ("Catherine West:", "Tom North:")
            k = bounds[1]  # (one such word)
            if k < n and tv.starts[k] < b and not scan.blocked[k] and tv.text(k).isalpha() \
                    and tv.text(k)[:1].isupper() and tv.starts[k] + tv.lengths[k] == b:
                bounds = (bounds[0], k + 1)
        if bounds is not None and tv.starts[bounds[1] - 1] + tv.lengths[bounds[1] - 1] == b:
            scan.add(bounds, "honorific", _member_title(scan, i, j2, bounds[1]), hon, True, layout=True)
            added = True
    if added:
        title_under_name(scan)  # "Answered by" / "NAME" / "Minister of State (...)": the line under


def _member_title(scan: Scan, i: int, j: int, e: int) -> Optional[Title]:
    """The office a member's line gives the member at ``i:e`` (forms of address up to ``j``): the
    title that is the form of address itself or ends right before the name ("QUERY NO. 1 - Sen.
    X"), else the one after a comma on the line ("Answered on 3 May by X, Minister of State")."""
    tv = scan.tv
    for t in scan.titles:
        if t.start >= i and t.end <= j or t.end == i:
            return t
    if e + 1 < tv.n and tv.text(e) == ",":
        t = scan.title_at.get(e + 1)
        if t is not None:
            return t
    return None


# ---------------------------------------------------------------------------------------------
# 9. the partner of a call with an official, named bare at the start of the sentence ("Konstantin
#    Volkov had a telephone conversation with President of Uzbekistan X", as a leader's own site
#    writes its principal): an official, as a counterpart is (rules: persons.json)
# ---------------------------------------------------------------------------------------------
@anchor("call_partner")
def call_partner(scan: Scan) -> None:
    rx, tv = scan.grammar.conversation, scan.tv
    if rx is None or not any(w in tv.doc_text for w in scan.grammar.conversation_words):
        return
    for m in rx.finditer(tv.doc_text):
        after = bisect_left(tv.starts, m.end())
        if after >= tv.n or not any(t.start == after or t.start == after + 1 for t in scan.titles):
            continue  # (the one called is named with an office: "with President X", "with the Prime Minister")
        i = bisect_left(tv.starts, m.start("name"))
        bounds = scan.found_start.get(i) or scan.scan_right(i)
        if bounds is not None and tv.starts[bounds[1] - 1] + tv.lengths[bounds[1] - 1] == m.end("name"):
            scan.add(bounds, "counterpart", counterpart=True)


# ---------------------------------------------------------------------------------------------
# what the anchors share
# ---------------------------------------------------------------------------------------------
def _country_conflict(scan: Scan, info: PersonInfo, t: Title) -> bool:
    """Whether title ``t`` (or the title it is coordinated with) names another state than the
    titles the person already holds."""
    tinfo, title_at = scan.tinfo, scan.title_at

    def country(title: Title) -> Optional[str]:
        ti = tinfo.get(title.start)
        return (ti.country or ti.organization_country) if ti is not None else None

    held = {c for s, _ in info.titles if s in title_at for c in [country(title_at[s])] if c}
    if not held:
        return False
    new = country(t)
    if new is None:
        ti = tinfo.get(t.start)
        end = max(t.end, ti.phrase_end) if ti is not None else t.end
        nxt = title_at.get(end + 1)  # "Deputy Prime Minister and Minister ... of Cambodia"
        new = country(nxt) if nxt is not None else None
    return new is not None and new not in held


def _after_place(scan: Scan, i: int) -> Optional[int]:
    """Index after a known place that starts at token ``i``, or ``None``."""
    return known_place_end(scan.tv, i, scan.grammar.lex.places)


def _after_institution(scan: Scan, i: int) -> Optional[int]:
    """Index after the last institution word ("Committee", "Congress") of a capitalised run, or
    after the body the organisations named there ("the Saudi Fund for Development")."""
    tv, n = scan.tv, scan.tv.n
    b = i + (i < n and tv.lower(i) == "the")
    if b in scan.body_end:
        e = scan.body_end[b]
        if e + 2 < n and tv.text(e) == "(" and tv.text(e + 2) == ")":
            e += 3  # "the Saudi Fund for Development (SFD) NAME": its short form
        return e
    words = scan.grammar.lex.institution_words
    last = None
    k = i
    while k < n and k - i < 14:
        word = tv.text(k)
        if word in words:
            last = k + 1
        elif not (word[:1].isupper() or word.lower() in ("the", "of", "and", "'s", "’s", "for")
                  or word in ("-", "‐") and k > i and tv.glued(k - 1) and tv.glued(k)):  # "Trade-Investment"
            break
        k += 1
    if last is not None:
        last = _body_remit_end(scan, last)
    if last is not None and last + 2 < n and tv.text(last) == "(" and tv.text(last + 2) == ")" \
            and tv.text(last + 1).isupper():
        last += 3  # "the Polish Space Agency (POLSA) NAME": its short form
    return last


def _body_remit_end(scan: Scan, k: int) -> int:
    """After a body's institution word at ``k``, the end of the field it has in its name ("the
    Saudi Commission for Tourism and National Heritage NAME", "the Council for Scientific and
    Industrial Research NAME"): "for"/"on" and capitalised field words, "and" between them, up to
    the last field word; else ``k``."""
    tv, n = scan.tv, scan.tv.n
    if k >= n or tv.lower(k) not in ("for", "on"):
        return k
    fields, modifiers = scan.grammar.field_words, scan.grammar.lex.institution_modifiers
    end = k
    m = k + 1
    while m < n and m - k < 10:
        word = tv.text(m)
        if word in fields:
            end = m + 1
        elif not (word in modifiers or word in ("and", "&", ",")):
            break
        m += 1
    return end if end > k + 1 else k


_OPENERS = ("(", "[")
_DASHES = ("-", "–", "—")
#: a word that opens a sentence before its subject and a comma ("Meanwhile, Director General X, ...")
_SENTENCE_ADVERBS = frozenset({"Meanwhile", "Separately", "Earlier", "Later", "Also", "Moreover", "Furthermore",
                               "Additionally", "Likewise", "Similarly", "Elsewhere", "Today", "Yesterday", "Subsequently"})
#: small words inside a body's name ("Department of Foreign Affairs and Trade")
_BODY_NAME_WORDS = frozenset({"of", "and", "the", "for", "on", "&"})


def _bracket_lines(tv) -> list[int]:
    """The tokens that are a line break (white space holding one newline) before an opening
    bracket, in order: where :func:`_name_in_brackets` reads a bracket on the next line."""
    text, starts, lengths, n = tv.doc_text, tv.starts, tv.lengths, tv.n
    if "\n" not in text:
        return []
    out = []
    for c in _OPENERS:
        p = text.find(c)
        while p >= 0:
            k = bisect_left(starts, p)  # the bracket's token, after a token of white space
            if 0 < k < n and starts[k] == p and lengths[k] == 1:
                w = text[starts[k - 1]:starts[k - 1] + lengths[k - 1]]
                if w.isspace() and w.count("\n") == 1:
                    out.append(k - 1)
            p = text.find(c, p + 1)
    out.sort()
    return out


def _name_in_brackets(scan: Scan, j: int):
    """``(bounds, honorifics, strong)`` of a name that fills the brackets opening at token ``j``
    (or on the next line): "(Shri A. Rao)", "[Ann Lee]"; ``None`` otherwise."""
    tv, n = scan.tv, scan.tv.n
    if j < n and tv.text(j).isspace() and "\n" in tv.text(j) and tv.text(j).count("\n") == 1:
        j += 1
    if j + 2 >= n or tv.text(j) not in ("(", "["):
        return None
    close = ")" if tv.text(j) == "(" else "]"
    j2, hon, strong = scan.honorifics_at(j + 1)
    bounds = scan.scan_right(j2)
    if bounds is None or bounds[1] >= n or not tv.text(bounds[1]).startswith(close):
        return None
    if not hon and scan.single_unit(bounds):
        return None  # "Minister (Finance)": a portfolio, not a name
    return bounds, hon, strong


#: prepositions that, right after a comma, open no appositive but a verb's object
_PREPOSITIONS = frozenset({"to", "in", "at", "on", "for", "of"})


def _appositive_start(scan: Scan, k: int) -> int:
    """Walk left from a title over the rest of an appositive ("Member of the Political
    Bureau of the CPC Central Committee and ...") to where it opens; returns that index."""
    tv, lex, span_end_start = scan.tv, scan.grammar.lex, scan.span_end_start
    steps = 0
    while k > 0 and steps < 25:
        steps += 1
        if k in span_end_start:
            k = span_end_start[k]
            continue
        word = tv.text(k - 1)
        if word.lower() == "and" and (tv.lower(k) in lex.determiners
                                      or k + 1 < tv.n and tv.text(k + 1) in ("'s", "\u2019s")):
            break  # "..., and the Commissioner", "..., and Chile's Minister": a second noun phrase, not an appositive
        if word.lower() in _PREPOSITIONS and k > 1 and tv.text(k - 2) in scan.grammar.separators:
            break  # "X, to the Custodian of the Two Holy Mosques, King Y": a preposition's object
        if word.lower() in lex.appositive_words or (word[:1].isupper() and word.isalpha()):
            k -= 1
            continue
        break
    return k


def _before_letters(scan: Scan, e: int) -> int:
    """Where a name ends that post-nominal letters ending at token ``e`` follow: "Rt Hon Jane Roe
    MP", "Hon. Jane Roe, EGH", "Sir X, GCL, KStJ" (each group set off by a comma); ``e`` when
    none do."""
    tv, letters = scan.tv, scan.grammar.lex.post_nominals
    while e > 1 and tv.text(e - 1) in letters:
        e -= 1
        if e > 1 and tv.text(e - 1) == ",":
            e -= 1
    if e > 3 and tv.text(e - 1) == ")" and tv.text(e - 3) == "(" and scan.kind(e - 2, e - 1) == "honorific":
        e -= 3  # "ADAOBI NGOZI EZEANI (MRS)", as a signature block writes the form of address
    elif e > 4 and tv.text(e - 1) == ")":
        # "Mr. Đỗ Văn Hưng (Do Van Hung), Deputy Minister": the name written again without its
        # diacritics, in brackets: two to four capitalised words
        o = e - 2
        while o > e - 6 and tv.text(o)[:1].isupper() and tv.text(o).isalpha() and tv.text(o).isascii():
            o -= 1
        if tv.text(o) == "(" and e - 2 - o >= 2 and o > 1 and tv.text(o - 1)[:1].isupper() and not tv.text(o - 1).isascii():
            e = o
    return e


def _state_closes_office(scan: Scan, t: Title, info) -> bool:
    """An office in apposition whose phrase ends on the state it serves, then a verb with no comma
    ("A, Minister for Foreign Affairs of Nepal and B, External Affairs Minister of the Republic of
    India co-chaired the meeting"): the state closes the apposition."""
    if info is None or info.country is None or info.phrase_end <= t.end or info.phrase_end >= scan.tv.n:
        return False
    tv = scan.tv
    start = tv.starts[info.phrase_end]
    m = _WORD_AT.match(tv.doc_text, start)
    return m is not None and m.group() in _JOINT_ACT_VERBS


_WORD_AT = re.compile(r"[a-z]+(?:-[a-z]+)?")
#: verbs of what two sides do together, after the apposition of the second ("... of India co-chaired")
_JOINT_ACT_VERBS = frozenset({"co-chaired", "co-chair", "co-chairs", "signed", "sign", "exchanged", "held",
                              "jointly", "witnessed", "inaugurated", "launched", "agreed", "discussed", "reviewed"})


def _closes_appositive(scan: Scan, end: int) -> bool:
    """An appositive title ends its phrase: punctuation, a word that carries it on, or the form of
    address opening the next name of a table's row run together ("..., Minister for Power H.E. X")."""
    if _row_ends(scan, end):
        return True
    word = scan.tv.text(end)
    return (not word[:1].isalnum()) or word.lower() in scan.grammar.lex.appositive_followers


def _row_ends(scan: Scan, k: int) -> bool:
    """Whether a row of a table run together on one line ends before token ``k``: the text's or the
    line's end, the next signatory's form of address, or the next row's number (a wrapped row is read
    joined)."""
    return k >= scan.tv.n or "\n" in scan.tv.text(k) or k in scan.hon_table or _next_row_number(scan.tv, k)


def _next_row_number(tv, k: int) -> bool:
    """Whether token ``k`` is the number opening a table's next row, its line joined to the row
    before ("..., Minister of Energy 3 Agreement for ..."): one to three digits, a capitalised word after."""
    word = tv.text(k)
    return word.isdigit() and len(word) <= 3 and k + 1 < tv.n and tv.text(k + 1)[:1].isupper()


def _a_place(scan: Scan, bounds: Bounds) -> bool:
    """Whether the one word at ``bounds`` is a known place ("Moscow", "Bishkek"), not a name."""
    return scan.single_unit(bounds) and scan.tv.span_text(*bounds) in scan.grammar.lex.places


def _plausible_before_comma(scan: Scan, bounds: Bounds) -> bool:
    """A name in "NAME, TITLE" is not a place opening the sentence ("In Seoul, the Minister")."""
    tv, lex = scan.tv, scan.grammar.lex
    s, e = bounds
    if s > 0 and tv.lower(s - 1) in lex.place_prepositions \
            and not (tv.lower(s - 1) == "from" and any(k >= 0 and tv.lower(k) in lex.sent_from_nouns for k in range(s - 2, s - 7, -1))):
        return False  # (but "received a call (today, on Tuesday) from X, Minister of ...": a sender)
    return tv.span_text(s, e) not in lex.places


# "(concurrently accredited to Solomon Islands)": an envoy's other posting, in brackets after the office
_ACCREDITED_PAREN = re.compile(r"\((?:also\s+|concurrently\s+|and\s+)?(?:accredited|non-resident)\b[^()\n]{0,80}\)")
# ", who is also accredited to Barbados,": an envoy's other posting, between the office and the name
# (", which is concurrently accredited to Jordan,": the embassy's)
# (", also accredited to Estonia,": the clause's verb left out)
# prepositions opening a sentence's fronted phrase ("With the Australian prime minister, Han discussed ...")
_FRONTED_PREPOSITIONS = frozenset({"with", "after", "before", "beside", "besides", "unlike"})
# " and, cumulatively, to São Tomé and Príncipe,": an envoy's further posting after the first
_CONCURRENT_POSTING = re.compile(r"\s+and,?\s+(?:(?:cumulatively|concurrently|also|simultaneously),?\s+)?to\s+(?:the\s+)?"
                                 r"[A-Z][^,;:.\n]{1,60},")
_ACCREDITED_CLAUSE = re.compile(r",\s+(?:(?:who|which)\s+(?:is|was|are)\s+)?(?:also\s+)?(?:concurrently\s+)?"
                                r"(?:accredited\s+(?:also\s+|concurrently\s+)?to|(?:resident|based)\s+in)\s+"
                                r"[A-Z][^,;:.\n]{1,60}(?:,\s+(?:and\s+)?[A-Z][^,;:.\n]{1,40})*?,")


def _body_run_end(scan: Scan, k: int, most: int) -> Optional[int]:
    """The token after the words of a body's name from token ``k`` (capitalised words and the small
    words of a name, at most ``most``), when an institution word is among them; else None."""
    tv, n = scan.tv, scan.tv.n
    c, institution = k, False
    while c < n and c - k < most and (tv.text(c)[:1].isupper() or tv.lower(c) in _BODY_NAME_WORDS):
        institution = institution or tv.text(c) in scan.grammar.lex.institution_words
        c += 1
    return c if institution and c > k else None


def _body_name_run(scan: Scan, k: int) -> bool:
    """Whether the words from token ``k`` to the next comma name a body, an institution word among
    them ("Maritime and Port Authority of Singapore,"), an honorific after that comma."""
    c = _body_run_end(scan, k, 10)
    return c is not None and c + 1 < scan.tv.n and scan.tv.text(c) == "," and bool(scan.honorifics_at(c + 1)[1])


def _title_comma(scan: Scan, t: Title) -> Optional[int]:
    """The comma that closes title ``t``'s phrase before the name it introduces ("TITLE, NAME"),
    past the body the office belongs to ("the Permanent Secretary, Ministry of Foreign Affairs,"),
    its remit or place ("the Director of the Brazilian Cooperation Agency (ABC),"), or ``None``."""
    tv, n, lex = scan.tv, scan.tv.n, scan.grammar.lex
    info = scan.tinfo.get(t.start)
    end = info.phrase_end if info is not None and info.phrase_end > t.end else t.end
    if end >= n:
        return None
    word = tv.text(end)
    if word == ",":
        # "TITLE, NAME"; "the Permanent Secretary, Ministry of Foreign Affairs, Dr. X": the body
        # the office belongs to, set off by commas between them
        if end + 2 < n and (tv.text(end + 1) in lex.institution_words or _body_name_run(scan, end + 1)):
            # (the body's name may hold commas of its own: "Secretary, Ministry of Ports, Shipping
            # and Waterways, Shri X": the comma that closes the known body)
            # or, for a body no list knows, the comma an honorific follows: "Joint Secretary,
            # Department of Food, Public Distribution and Storage, Ms. X")
            c, body_end, before_hon = end + 2, None, None
            while c < n and c - end < 16 and tv.text(c) != "\n" and "\n" not in tv.text(c):
                w = tv.text(c)
                if w == ",":
                    if scan.span_end_start.get(c) == end + 1:
                        body_end = c
                    elif before_hon is None and c + 1 < n and scan.honorifics_at(c + 1)[1]:
                        before_hon = c
                elif not (w[:1].isupper() or w in ("and", "of", "&", "for", "the")):
                    break  # the words of a body's name only
                c += 1
            if body_end is None:
                body_end = before_hon
            if body_end is not None:
                end = body_end
    elif word.lower() in ("of", "for"):  # "the President of the ECOWAS Commission, H.E. X"
        k = _after_institution(scan, end + 1)
        if k is None and end + 3 < n and tv.lower(end + 1) == "the" and tv.text(end + 3) == "," \
                and tv.text(end + 2).capitalize() in lex.institution_words:
            k = end + 3  # "The Permanent Secretary of the ministry, X": the body named before, by its noun
        if k is None:  # "the Governor of Tokyo, Ms. X": a place; "the Commissioner for Enlargement, X": a remit
            k = end + 1
            while k < n and k - end <= 3 and tv.text(k)[:1].isupper() and tv.text(k).isalpha():
                k += 1
            k = k if k > end + 1 else None
        if k is not None and k + 2 < n and tv.text(k) == "(" and tv.text(k + 1).isupper() \
                and (close := _short_form_close(tv, k + 1)) is not None and close + 1 < n and tv.text(close + 1) == ",":
            k = close + 1  # "the Director of the Brazilian Cooperation Agency (ABC), X": the body's short form
        if k is not None and k < n and tv.text(k) != ",":
            # "the Secretary of the PNG Department of Foreign Affairs, X": the body's name runs on
            # past its institution word to the comma
            c = k
            while c < n and c - k < 8 and (tv.text(c)[:1].isupper() or tv.lower(c) in _BODY_NAME_WORDS):
                c += 1
            if c + 2 < n and tv.text(c) == "(" and tv.text(c + 1).isupper() \
                    and (close := _short_form_close(tv, c + 1)) is not None and close + 1 < n and tv.text(close + 1) == ",":
                # "the Executive Director of the Mexican Agency for International Development
                # Cooperation (AMEXCID), X": the run, then the body's short form
                k = close + 1
            elif c < n and tv.text(c) == "," and (end < scan.span_end_start.get(c, -1) or c - k <= 5):
                # (a known body ends at the comma, or a short run of its name: "the Indian Council of
                # Agricultural Research, Dr. X")
                k = c
            elif c < n and tv.lower(c) in ("in", "at"):
                # "the Chargé d'Affaires of the U.S. Embassy in Abuja, X": where the body sits
                e = _located_run_end(scan, c)
                k = e if e is not None else k
        if k is not None and k < n and tv.text(k) == ",":
            end = k
    elif word == "(" and end + 3 < n and tv.text(end + 1).isupper() \
            and (close := _short_form_close(tv, end + 1)) is not None and close + 1 < n and tv.text(close + 1) == ",":
        # "the Executive Secretary of the Intergovernmental Authority on Development (IGAD), Dr. X",
        # "... of Colombia (APC-Colombia), X": the body's short form in brackets after the title
        end = close + 1
    elif word == "(" and end + 3 < n and (inner := scan.title_at.get(end + 1)) is not None \
            and (close := _phrase_end(scan, inner)) + 1 < n and tv.text(close) == ")" and tv.text(close + 1) == ",":
        # "the President of the Council of Ministers (Prime Minister), X": the office's common
        # name in brackets after it
        end = close + 1
    elif word in ("and", "&") and info is not None and info.target_country is not None and end + 2 < n:
        # "the British High Commissioner to Barbados and the Eastern Caribbean, Mr. X": the
        # posting goes on over a region the title does not hold
        k = end + 1 + (tv.lower(end + 1) == "the")
        start = k
        while k < n and k - start < 4 and tv.text(k)[:1].isupper() and tv.text(k).isalpha() and k not in scan.title_at:
            k += 1
        if k == start or k >= n or tv.text(k) != ",":
            # "the Ambassador of Brazil to Angola and, cumulatively, to São Tomé and Príncipe, Mrs. X"
            m = _CONCURRENT_POSTING.match(tv.doc_text, tv.starts[end - 1] + len(tv.text(end - 1)))
            if m is None:
                return None
            k = bisect_left(tv.starts, m.end() - 1)
            if k >= n or tv.starts[k] != m.end() - 1:
                return None
        end = k
    elif end + 1 < n and (word.lower() in ("in", "at") or word.lower() == "to" and tv.lower(end - 1) == "ambassador"
                          or word.lower() == "here" and end + 2 < n and tv.lower(end + 1) == "in"):
        # "the Georgian Ambassador in New Delhi, Mr. X", "Türkiye's Ambassador to Baghdad, X",
        # "your Ambassador here in Dublin, X", "Tanzania's Ambassador to the Sultanate, X" (the
        # host state named by its kind)
        k = end + 1 + (word.lower() == "here")
        if word.lower() == "to" and k + 1 < n and tv.lower(k) == "the" and tv.text(k + 1)[:1].isupper():
            k += 1
        end = k - 1
        while k < n and k - end <= 4 and tv.text(k)[:1].isupper():
            k += 1
        if k > end + 1 and k < n and tv.text(k) == ",":
            end = k
        elif word.lower() in ("in", "at"):
            # "the Director General of the Western European Affairs Department at the Ministry, X"
            k = _located_run_end(scan, end)
            if k is not None:
                end = k
    elif word[:1].isupper() and not any(tv.lower(x) in ("of", "for") for x in range(t.start, end)) \
            and (k := _institution_run_to_comma(scan, end)) is not None:
        end = k  # "Chairperson Standing Committee on Foreign Affairs, Ms. X": the body without "of"
    else:
        return None
    if end < n and tv.text(end) == ",":
        # "Ghana's High Commissioner to Trinidad and Tobago, who is also accredited to Barbados,
        # Her Excellency X", "the High Commissioner of Ghana to Guyana, resident in Port of Spain,
        # Her Excellency X": a clause on the envoy's other accreditation or seat between office and name
        m = _ACCREDITED_CLAUSE.match(tv.doc_text, tv.starts[end])
        if m is not None:
            c = bisect_left(tv.starts, m.end() - 1)
            if c < n and tv.starts[c] == m.end() - 1:
                end = c
    if end >= n or tv.text(end) != ",":
        return None
    return end


def _institution_run_to_comma(scan: Scan, i: int) -> Optional[int]:
    """The comma closing a body's name that runs from token ``i`` ("Standing Committee on Foreign
    Affairs,": :func:`_body_run_end`), or None."""
    c = _body_run_end(scan, i, 12)
    return c if c is not None and c - i < 12 and c < scan.tv.n and scan.tv.text(c) == "," else None


def _phrase_end(scan: Scan, t: Title) -> int:
    """The token after title ``t``'s whole phrase (its separable complements included)."""
    info = scan.tinfo.get(t.start)
    return info.phrase_end if info is not None and info.phrase_end > t.end else t.end


def _name_after_comma(scan: Scan, t: Title):
    """The name in "TITLE, [honorifics] NAME" when the title introduces it (see anchor 3).

    Returns (bounds, honorifics, strong, noun_phrase): ``noun_phrase`` is true when the title
    itself reads as a noun phrase introducing the name (a determiner or country before it, or a
    speaker label at the start of a line), false when only an honorific vouches for it.
    """
    tv, n, lex = scan.tv, scan.tv.n, scan.grammar.lex
    nothing = (None, [], False, False)
    info = scan.tinfo.get(t.start)
    p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
    end = _title_comma(scan, t)
    if end is None:
        return nothing
    j2, hon, strong = scan.honorifics_at(_after_the_hon(scan, end + 1))
    # "the Kingdom's Deputy Minister of Health, X", a sentence's subject, also right after a dateline
    noun_phrase = p < t.start or _opens_line(scan, p) or tv.lower(p - 1) in lex.determiners \
        or tv.text(p - 1) in ("'s", "\u2019s", ".") or _after_dateline(scan, p)
    if noun_phrase and p == t.start and t.end - t.start == 1 and end == t.end and not hon and tv.text(p - 1) == "." \
            and not _opens_line(scan, p):
        # "Chloe Peterson, Reuters. Minister, Stats SA figures show ...": a bare office opening a
        # sentence, a comma and words without a form of address: the speaker is addressed
        return nothing
    if not noun_phrase and tv.text(p - 1) == ":":  # "For Peru: Minister of Trade, X", a signatory's line
        line_start = tv.doc_text.rfind("\n", 0, tv.starts[p - 1]) + 1
        noun_phrase = signatory_label().match(tv.doc_text, line_start, tv.starts[p - 1] + 1) is not None
    if not noun_phrase and p > 1 and tv.text(p - 1) == "," and tv.text(p - 2) in _SENTENCE_ADVERBS \
            and (p == 2 or tv.text(p - 3) in (".", "!", "?") or "\n" in tv.text(p - 3)):
        noun_phrase = True  # "Meanwhile, Director General of ..., X, told ANTARA": the sentence's subject
    if not noun_phrase and p > 0 and tv.lower(p - 1) == "as" and (
            p == 1 or tv.text(p - 2) in (".", "!", "?") or "\n" in tv.text(p - 2)):
        # "As Co-Chairman of the Commission, X proposed ...": the role a sentence opens on, then its subject
        noun_phrase = True
    # "received Foreign Minister of the Republic of Fiji, X": a title naming its state reads as a noun phrase
    noun_phrase = noun_phrase or (info is not None and info.country is not None and tv.text(p - 1) not in (",", "and"))
    if not noun_phrase and p > 1 and tv.text(p - 1)[:1].isupper():
        # "the AFP Commissioner, X", "the Refugee Relief and Repatriation Commissioner, X": a body's
        # name written before the office, after a determiner
        # (not over another title: "the Deputy Secretary General, X" is one office, not "General")
        q = p
        while q > 1 and p - q < 5 and (tv.text(q - 1)[:1].isupper() and tv.text(q - 1).isalpha()
                                       or tv.lower(q - 1) in ("and", "&") and tv.text(q)[:1].isupper()):
            q -= 1
        noun_phrase = q < p and tv.text(q)[:1].isupper() and tv.lower(q - 1) in lex.determiners \
            and not any(q <= t2.start < p for t2 in scan.titles)
    if not noun_phrase and p > 1 and tv.text(p - 1) == "," and (p - 1) in scan.phrase_end_start:
        # "the Prime Minister, Head of Government, X": a second office in apposition to a first
        # that opens a noun phrase
        q, first_title = scan.phrase_end_start[p - 1]
        noun_phrase = q < first_title or tv.lower(q - 1) in lex.determiners or _opens_line(scan, q) \
            or tv.text(q - 1) in ("'s", "\u2019s") or _after_dateline(scan, q)
    if not noun_phrase and p > 1 and tv.lower(p - 1) == "and" and (p - 1) in scan.phrase_end_start:
        # "the Deputy Prime Minister and Minister for Foreign Affairs of Fiji, Hon. X"
        q, first_title = scan.phrase_end_start[p - 1]
        # "... and Myanmar's Deputy Prime Minister and Minister for Foreign Affairs, U X": a
        # state before the first title opens a noun phrase too
        noun_phrase = q == 0 or q < first_title or tv.lower(q - 1) in lex.determiners or _opens_line(scan, q) \
            or _after_dateline(scan, q) or (info is not None and info.country is not None and tv.text(q - 1) not in (",", "and"))
        # (as a single title naming its state: "met Crown Prince and Prime Minister of the Kingdom of
        # Saudi Arabia, His Royal Highness X")
    # an honorific alone vouches only for a title that opens its own phrase, not for the second
    # title of someone else ("NAME, Japan's Sherpa as well as Deputy Minister, Mr X went ...")
    listed = p > 1 and tv.lower(p - 1) == "and" and tv.text(p - 2) == ","  # "X, TITLE, NAME, and TITLE, NAME"
    # "Signatories: Minister of Energy, Jane Roe, and Minister of Energy of Peru, Ana Ruiz": a
    # "TITLE, NAME" item after a list's ", and" reads as a noun phrase too (no appositive of the
    # name before it: that one follows its name without "and")
    noun_phrase = noun_phrase or listed
    if not noun_phrase and (not hon or (tv.lower(p - 1) in ("and", "as", "or") and not listed)):
        return nothing
    q = p - (tv.lower(p - 1) in lex.determiners)
    fronted = q > 1 and tv.lower(q - 1) in _FRONTED_PREPOSITIONS and (
        q - 1 == 0 or tv.text(q - 2) in (".", "!", "?") or "\n" in tv.text(q - 2)) or _in_fronted_phrase(scan, q)
    bounds = scan.scan_right(j2)
    if fronted and bounds is not None and bounds[1] < n and tv.text(bounds[1]).isalpha() and tv.text(bounds[1]).islower():
        # "With the Australian prime minister, Han discussed ...": a fronted phrase, then the
        # sentence's subject (not "With the Minister of X, Y, we discussed": Y in apposition)
        return nothing
    if bounds is None:
        # "Signatories: Director of the Agency (ABC), Ambassador Jane Roe": the person the rank
        # after the comma introduces
        bounds = _found_after_title(scan, t)
        if bounds is None:
            return nothing
    if not hon and (_a_place(scan, bounds) or tv.span_text(*bounds) in lex.places):
        # "Remarks by the Chairman of the Council of Heads of State, Bishkek", "the President of the UAE at
        # Qasr Al Watan, Abu Dhabi": the place, a heading's or a meeting's venue
        return nothing
    if not hon and tv.text(bounds[1] - 1) in lex.institution_words:
        return nothing  # "Senior Secretary, Power Division": the office's body, no name
    k = bounds[1]
    while k < n and tv.text(k) in lex.post_nominals:
        k += 1  # "the Minister for Africa, Jane Roe MP, said": the letters close the name
    after = tv.text(k) if k < n else ""
    if after and after.isalpha() and not after.islower():
        return nothing
    if after.lower() in ("and", "&", "of") and scan.single_unit(bounds):
        return nothing  # "Minister of Foreign Affairs, Emigration and Expatriates": a portfolio list
    if after == "," and not hon and scan.single_unit(bounds) and k + 2 < n and tv.text(k + 1).islower() \
            and tv.text(k + 2) in (",", "and", "&", "-", "–"):
        return nothing  # "... Ambassador in Wellington,\nLecturers, students, friends -": a salutation's list
    return bounds, hon, strong, noun_phrase


def _short_form_close(tv, k: int) -> Optional[int]:
    """The closing bracket of a body's short form opening at token ``k`` after "(": one written word
    ("IGAD", "APC-Colombia", "NIMR-Tz"), its tokens glued together, up to four of them."""
    c = k
    while c < tv.n and c - k < 4 and tv.glued(c) and tv.text(c + 1) != ")":
        c += 1
    return c + 1 if c + 1 < tv.n and tv.glued(c) and tv.text(c + 1) == ")" else None


def _located_run_end(scan: Scan, at: int) -> Optional[int]:
    """The comma closing "in Abuja", "at the Ministry", "at the Ministry of Foreign Affairs" from the
    preposition at token ``at``: a place or a body, its words capitalised (but "of", "and", "for",
    "&" between them), after an optional "the"; None when no comma closes a short run of them."""
    tv, n = scan.tv, scan.tv.n
    d = at + 1 + (at + 1 < n and tv.lower(at + 1) == "the")
    e = d
    while e < n and e - d < 8 and (tv.text(e)[:1].isupper() and tv.text(e).replace(".", "").replace("-", "").isalpha()
                                   or tv.lower(e) in ("of", "and", "for", "&") and e > d):
        e += 1
    if e > d and e < n and tv.text(e) == "," and tv.text(e - 1)[:1].isupper():
        return e
    return None


def _found_after_title(scan: Scan, t: Title) -> Optional[Bounds]:
    """The person already found right after "TITLE, RANK" ("the Chief of Defence Staff, Gen. X",
    "the Minister of Finance, Ambassador X") or "TITLE, TITLE the Hon" ("Minister for Finance,
    Senator the Hon X"): the title introduces them too."""
    tv, n = scan.tv, scan.tv.n
    end = _title_comma(scan, t)  # (past the body: "the Director of the Agency (ABC), Ambassador X")
    if end is None or end + 1 >= n:
        return None
    t2 = scan.title_at.get(end + 1)
    if t2 is None:
        return None
    hon_at = _after_the_hon(scan, end + 1)
    if hon_at > end + 1:
        # "Minister for Foreign Affairs, Senator the Hon Jane Roe": the office, then the form of
        # address "Senator the Hon" that opened the person's name
        k = scan.honorifics_at(hon_at)[0]
    elif tv.span_text(t2.start, t2.end) not in scan.grammar.rank_titles:
        return None
    else:
        k = max(t2.end, t2.info.phrase_end) if t2.info is not None else t2.end
    if k < n and tv.text(k) == ".":
        k += 1
    bounds = scan.found_start.get(k)
    return bounds if bounds is not None and any(
        ts == end + 1 for ts, _ in scan.found[bounds].titles) else None


def _after_the_hon(scan: Scan, k: int) -> int:
    """Past a small "the" opening a strong form of address after a comma ("the Prime Minister of
    Papua New Guinea, the Hon. Jonathan Kaupa MP"): "the Hon." reads as "Hon.", and
    "Senator the Hon" as well."""
    tv = scan.tv
    if k + 2 < tv.n and tv.text(k + 1) == "the" and tv.text(k)[:1].isupper() and tv.text(k).isalpha() \
            and scan.hon_table.get(k + 2, (0, False))[1]:
        return k + 2  # "Senator the Hon Jane Roe", "Professor the Hon. X": one form of address
    if k + 1 < tv.n and tv.text(k) == "the" and scan.hon_table.get(k + 1, (0, False))[1]:
        return k + 1
    return k


def _found_after_comma(scan: Scan, t: Title) -> Optional[Bounds]:
    """The person already found right after "TITLE, [honorifics]" when the title introduces
    them as a noun phrase ("Our Special Envoy for Sudan, Ambassador R. Kettering, ...")."""
    tv, lex = scan.tv, scan.grammar.lex
    info = scan.tinfo.get(t.start)
    p = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
    if not (p > 0 and tv.lower(p - 1) in lex.determiners):
        return None
    end = max(t.end, info.phrase_end) if info is not None else t.end
    if end >= tv.n or tv.text(end) != ",":
        return None
    k = _after_the_hon(scan, end + 1)
    while k in scan.hon_table:
        k = scan.hon_table[k][0]
        if k < tv.n and tv.text(k) == ".":
            k += 1
    return scan.found_start.get(k)
