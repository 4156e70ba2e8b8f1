"""A normalised view of a release's layout, with offsets that map back to the original text.

Text copied from PDFs, e-mails and terminals is hard-wrapped: a name, a title or a date may be cut by
a line break ("Prime Minister Shri Mahendra\\nRawat"), words are hyphenated across lines
("coopera-\\ntion"), running page headers and footers ("Ministry of External Affairs | Page 2 of 4")
sit in the middle of sentences, and inline markup is left over ("1<sup>st</sup>").

:func:`layout_view` returns the text the pipeline reads instead:

* a line break inside a wrapped paragraph becomes a space (same length);
* a word hyphenated across a line break is joined (``-\\n`` and the next line's indent deleted; the
  hyphen stays before a capital: "Asia-\\nPacific" gives "Asia-Pacific");
* page-furniture lines (page numbers, running headers and footers next to them) are deleted;
* leftover inline tags are deleted and leftover entities read as their character ("&amp;" as "&");
* lines, speaker labels and runs of words in capitals are read in title case (same length);
* the tabs between the cells of a table row are read as a cell separator (a token of its own);
* a table's row whose cells wrap over several lines is read cell by cell, each cell's lines joined
  (the view's order is then no longer the text's: each piece maps back to its own place);
* the line numbers of a PDF's margin are read as spaces, and a letterhead repeated at a page break
  is page furniture;
* the ligatures of text copied from a PDF are read as their letters ("A\ufb00airs" -> "Affairs").

Deletions, ligatures and a table's cells read in their own order change positions, so an
:class:`~dialogue_extract.pipeline.text.OffsetMap` (the view positions where the shift between the
view and the text changes, with the shift from each on) maps every view offset back in O(log n),
each letter of a ligature to the ligature: a mention found in the view ("Rodrigo Fuenzalida") is
reported as the exact slice of the input ("Rodrigo Fuen-\\nzalida").
Everything here is linear in the length of the text. The rules are data (``layout.json``).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..data import data_path, read_json, read_tsv
from ..names import load_lexicon
from ..people.grammar import numbered_alike
from .text import OffsetMap


@dataclass(frozen=True)
class LayoutRules:
    furniture: re.Pattern          # a whole line that is page furniture on its own
    furniture_near: re.Pattern     # a line that is furniture next to one (running header/footer)
    markup: re.Pattern             # inline tags deleted from the view
    structural_start: re.Pattern   # a line that starts a new unit (list item, label, table row)
    row_line: re.Pattern           # a 'NAME, TITLE' row of a signatories column (no sentence)
    title_name_row: re.Pattern     # a 'TITLE: NAME' row of a participants list
    ligatures: dict                # presentation-form ligature -> the letters it stands for
    ligature: Optional[re.Pattern]  # any of them
    months: frozenset
    continuing_words: frozenset
    keep_caps: frozenset           # all-capital words kept as written when a line is recased
    lower_words: frozenset         # function words a recased line writes in lower case
    label: re.Pattern              # an all-capital speaker label opening a line ("MS. JEAN-PIERRE:")
    footnote_line: re.Pattern      # a footnote's line at the foot of a page ("1 Signed in Lima on ...")
    footnote_markers: tuple        # a footnote's number glued to the text it annotates ("Rojas1", "2025.2")
    body_line_after: frozenset     # the last words of an office's line a signer's body's line may follow
    body_line_opens: re.Pattern    # how that body's line begins ("Ministry of")
    address_opens: re.Pattern      # a line opening with a form of address of office ("H.E. Mr. X")
    cell_label: re.Pattern         # a side's label opening part of a table's cell ("(Japanese side)", "For Peru:")
    wrap_min_lines: int
    wrap_max_width: int
    wrap_min_share: float
    signature_mark: Optional[re.Pattern] = None  # "(Sgd.)" before a signer's name on its line
    contents_label: Optional[re.Pattern] = None  # "Table of contents" over a list of headings, one a line
    glued: Optional["GluedColumns"] = None  # columns of a table run together ("FinanceKim")

    @classmethod
    def from_file(cls, path: str | Path) -> "LayoutRules":
        data = read_json(path)

        def alt(key: str, flags: int = re.IGNORECASE) -> re.Pattern:
            return re.compile(r"[ \t]*(?:" + "|".join(data[key]) + r")[ \t]*", flags)

        ligatures = {k: v for k, v in data.get("ligatures", {}).items() if not k.startswith("_")}
        return cls(
            furniture=alt("furniture_lines"),
            furniture_near=alt("furniture_near_lines"),
            markup=re.compile("|".join(data["inline_markup"]), re.IGNORECASE),
            # (a signatory's line, "For Mexico: ...", starts a unit too: see people.grammar)
            structural_start=re.compile("|".join([*data["structural_line_starts"],
                                                  "^" + data["signatory_label"]["pattern"] + r"\s"])),
            row_line=re.compile(data["row_line"]["pattern"]),
            title_name_row=re.compile(data["title_name_row"]["pattern"]),
            ligatures=ligatures,
            ligature=re.compile("[" + "".join(map(re.escape, ligatures)) + "]") if ligatures else None,
            months=frozenset(m.casefold() for m in data["months"]),
            continuing_words=frozenset(w.casefold() for w in data["continuing_words"]),
            # (not a function word of an alias in capitals: "OF" of "REPUBLIC OF TÜRKİYE")
            keep_caps=frozenset(data["keep_capitals"]) | (_capital_forms(Path(path).parent)
                                                          - {w.upper() for w in data["recase_lower_words"]}),
            lower_words=frozenset(w.upper() for w in data["recase_lower_words"]),
            label=re.compile(data["capital_label"]),
            footnote_line=re.compile(data["footnotes"]["line"]),
            footnote_markers=tuple(re.compile(p) for p in data["footnotes"]["markers"]),
            body_line_after=frozenset(data["signature_body_line"]["after"]),
            body_line_opens=re.compile(data["signature_body_line"]["opens"]),
            address_opens=re.compile(data["address_line"]["opens"]),
            cell_label=re.compile("(?:" + data["cell_side_label"]["pattern"] + "|"
                                  + data["signatory_label"]["pattern"] + r")(?:\s|$)"),
            wrap_min_lines=int(data["wrap"]["min_lines"]),
            wrap_max_width=int(data["wrap"]["max_width"]),
            wrap_min_share=float(data["wrap"]["min_share_of_width"]),
            signature_mark=re.compile(data["signature_mark"]["pattern"]) if "signature_mark" in data else None,
            contents_label=re.compile(data["contents_label"]["pattern"], re.IGNORECASE) if "contents_label" in data else None,
            glued=GluedColumns.from_data(data["glued_columns"], Path(path).parent) if "glued_columns" in data else None,
        )


#: a letter in small letters right before a capital: where two columns may have run together
_CAMEL = re.compile(r"[a-z](?=[A-Z])")
_CAPITALISED = re.compile(r"[A-Z][a-z]")


@dataclass(frozen=True)
class GluedColumns:
    """Where the columns of a table copied from a PDF run together with no space between them
    (layout.json ``glued_columns``): a word in small letters before a form of address ("GwadarMr.
    X"), an office's portfolio word or a state's one-word name before a capitalised word
    ("Minister of FinanceKim Dong-yeon", "UzbekistanMoon Jae-in"), an initial's full stop before a
    capitalised name ("A.Kamilov")."""

    address: re.Pattern
    initial: re.Pattern
    words: frozenset

    @classmethod
    def from_data(cls, data: dict, folder: Path) -> "GluedColumns":
        from ..countries import pycountry_forms

        words = {w for w in read_json(folder / "titles.json").get("portfolio", ()) if w[:1].isupper() and w.isalpha()}
        forms = [f for f, _code in pycountry_forms()]
        if (folder / "countries" / "aliases.tsv").is_file():
            forms += [row["alias"] for row in read_tsv(folder / "countries" / "aliases.tsv")]
        words.update(f for f in forms if f.isalpha() and f[:1].isupper() and not f.isupper())
        return cls(re.compile(data["address"]), re.compile(data["initial"]), frozenset(words))

    def breaks(self, s: str) -> list[int]:
        """The offsets of ``s`` where a space is read between two columns run together, in order."""
        out = []
        if "." in s:
            out = [m.end() for m in self.initial.finditer(s)]
        for m in _CAMEL.finditer(s):
            p = m.end()
            if self.address.match(s, p):
                out.append(p)
                continue
            if not _CAPITALISED.match(s, p):
                continue
            q = p - 1
            while q > 0 and s[q - 1].isalpha():
                q -= 1
            if s[q:p] in self.words:
                out.append(p)
        return sorted(out) if len(out) > 1 else out


def _capital_forms(folder: Path) -> frozenset:
    """All-capital abbreviations the lexicons know (country aliases, organisation aliases, title
    abbreviations): "ASEAN", "MEA", "EAM" stay as written in a recased line."""
    words: set[str] = set()
    forms: list[str] = []
    if (folder / "countries" / "aliases.tsv").is_file():
        forms += [row["alias"] for row in read_tsv(folder / "countries" / "aliases.tsv")]
    if (folder / "organizations.tsv").is_file():
        for row in read_tsv(folder / "organizations.tsv"):
            forms += [row["name"], *row.get("aliases", "").split("|")]
    if (folder / "titles.json").is_file():
        forms += list(read_json(folder / "titles.json").get("abbreviations", {}))
    if (folder / "persons.json").is_file():  # (letters after a name: "Sir Bob Dadae GCL GCMG KStJ")
        forms += [p for p in read_json(folder / "persons.json").get("post_nominals", []) if len(p) >= 3]
    for form in forms:
        for w in _CAPS_WORD.findall(form):
            if w.isupper():
                words.add(w)
    return frozenset(words)


_CAPS_WORD = re.compile(r"[^\W\d_][\w.'’&-]*")
# (the capital first, then the look behind at the character before it: the regex engine skips
# to the capitals of a line instead of trying every position)
_CAPS_RUN = re.compile(r"[A-Z](?<![\w.'’-].)[A-Z'’-]{2,}(?:[ \t]+(?:[A-Z][A-Z'’-]{1,}|[A-Z]\.|OF|THE|AND|FOR))*[ \t]+[A-Z][A-Z'’-]{2,}(?![\w'’-])")
_ROMAN = re.compile(r"[IVXL]+")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]")  # (Latin capitals; other scripts have no case to read)
_LOWER = re.compile(r"[a-zß-öø-ÿā-ž]")
# (two classes, not a repeat: the regex engine then skips to the capitals)
_CAPS2 = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ]")
_WORD_DASH_NUMBER = re.compile(r"(?<=[A-Za-z])-(?=\d)")
_GLUED_SIGN_OFF = re.compile(r"(?<=[a-z]\.)-(?=[A-Z]{2,6}\s*$)")
_LOWER_WORD = re.compile(r"[a-zß-öø-ÿ]{3}")


def _lower(s: str) -> str:
    """``s`` in lower case, letter for letter: a capital whose lower case is longer ("İ" -> "i̇")
    stays as written, so the view keeps every offset of the text."""
    low = s.lower()
    return low if len(low) == len(s) else "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


#: initials written with stops between them ("N.K", "A.B.C")
_DOTTED_LETTERS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")

#: after these a letter keeps its capital ("Adeyemi-Clarke", "O'Neill", "(Retd)")
_RECASE_STARTS = "-'’([\"“"


def _recase_word(word: str, first: bool, rules: "LayoutRules") -> str:
    """An all-capital word in title case ("ADEYEMI-CLARKE" -> "Adeyemi-Clarke", "OF" -> "of");
    known abbreviations, initials and roman numerals as written. Same length."""
    core = word.rstrip(".,;:")
    if not core.isupper() or core in rules.keep_caps or _ROMAN.fullmatch(core):
        return word
    if core in rules.lower_words and not first and not (len(core) == 1 and word[1:2] == "."):
        return _lower(word)  # ("A." is an initial, not the article: "SHRI A. K. SEN")
    if sum(map(str.isalpha, core)) <= 1 or _DOTTED_LETTERS.fullmatch(core):
        return word  # an initial, or initials written with stops ("SHRI N.K. PREMACHANDRAN")
    low = word.lower()
    if word.isascii() and not any(c in word for c in _RECASE_STARTS):
        return word[:1] + low[1:]  # (the loop below, for a plain word)
    if len(low) != len(word) or "\u03a3" in word:
        # a capital whose lower case is longer, or a sigma (lower-cased by its place in the
        # word): each letter on its own
        low = "".join(_lower(c) for c in word)
    out = []
    start = True
    for i, (c, lc) in enumerate(zip(word, low)):
        if c.isalpha():
            out.append(c if start else lc)
            start = False
        else:
            out.append(c)
            # (a possessive's one letter after an apostrophe stays small: "MINISTER'S" -> "Minister's")
            start = c in _RECASE_STARTS and not (c in "'’" and sum(map(str.isalpha, word[i + 1:].rstrip(".,;:"))) == 1)
    return "".join(out)


_BLANKS = re.compile(r"([ \t]+)")


def _recase(text: str, rules: "LayoutRules") -> str:
    """``text`` (all capitals) in title case, word by word, same length."""
    parts = _BLANKS.split(text)
    out = []
    first = True
    for part in parts:
        if not part or part[0] in " \t":
            out.append(part)
            continue
        out.append(_recase_word(part, first, rules))
        first = part.endswith((":", "(", "["))
    return "".join(out)


def recase_line(line: str, rules: "LayoutRules") -> str:
    """A line with its all-capital parts in title case (same length): a whole line in capitals
    ("THE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS", "[SHRI KIRAN RAO]"), a speaker
    label ("MS. JEAN-PIERRE:"), and a run of capital words inside a sentence ("Will the Minister of
    EXTERNAL AFFAIRS be pleased to state"). The title grammar and the name finder read words as
    written in running text; the results still slice the capitals of the input."""
    if _CAPS2.search(line) is None:
        return line  # no two capitals in a row: nothing to recase (most lines; regex speed)
    if "-" in line:  # "... Minister Frédérique Vidal.-VNA": an agency's sign-off glued to the last stop
        line = _GLUED_SIGN_OFF.sub(" ", line)
    if _LOWER_WORD.search(line) is None:  # no lower-case word: the line may be in capitals
        upper = len(_UPPER.findall(line))
        lower = len(_LOWER.findall(line))
        if upper >= 3 and (lower == 0 or (lower <= 0.1 * (upper + lower) and upper + lower >= 20)):
            # "ANSWERED ON-20/03/2025", "QUESTION NO-3321": a hyphen gluing a number to a word
            return _recase(_WORD_DASH_NUMBER.sub(" ", line), rules)
    m = rules.label.match(line)
    if m is not None:
        line = line[:m.start(1)] + _recase(m.group(1), rules) + line[m.end(1):]
    if _CAPS_RUN.search(line) is None:
        return line
    return _CAPS_RUN.sub(lambda r: _recase(r.group(), rules), line)


@lru_cache(maxsize=8)
def load_rules(path: Optional[str] = None) -> LayoutRules:
    return LayoutRules.from_file(path or data_path("layout.json"))


#: the end mark a news agency writes after a story's last word, read as its full stop ("Son./.")
_END_MARK = re.compile(r"(?<=\w)\./\.(?=\s|$)")


#: what a tab between two cells of a table row reads as: a symbol the tokenizer always splits off
#: (a plain space would run the cells together: "External Affairs Minister Dato' Seri ...")
CELL_BREAK = "\u00a6"
def _spaced_table_rows(lines: list[str]) -> bytearray:
    """The lines of tables copied from a PDF, whose cells stand apart by runs of spaces: a run of
    lines of three cells or more, one of them with two cells of three words or more (a row of
    a table, not a menu: "Politics   Economy   Culture"); sentences apart by two spaces end on a
    full stop and are no cells."""
    rows = bytearray(len(lines))
    celled = [("  " in line and len(_SPACED_CELLS.findall(line)) >= 2) for line in lines]
    k = 0
    n = len(lines)
    while k < n:
        if not celled[k]:
            k += 1
            continue
        j = k
        while j < n and celled[j]:
            j += 1
        if any(sum(1 for cell in _SPACED_CELLS.split(lines[i]) if len(cell.split()) >= 3) >= 2 for i in range(k, j)):
            rows[k:j] = b"\x01" * (j - k)
        elif j == k + 1 and _SIDES_HEADER.search(lines[k]):
            # "No.   Document   Kazakh side   Saudi side": under a signatories table's header, up to
            # a blank line, a row of two cells is the two sides' signatories ("A. Roe, Minister of
            # Energy   F. Al-Qahtani, Deputy Minister of Energy"); the lines between wrap its cells
            rows[k] = 1
            while j < n and lines[j].strip():
                runs = _SPACED_CELLS.split(lines[j])
                if len(runs) >= 2 and all(len(cell.split()) >= 2 for cell in runs):
                    rows[j] = 1
                j += 1
        k = j
    _two_column_rows(lines, rows)
    _twin_numbered_rows(lines, rows)
    _side_heading_rows(lines, rows)
    return rows


#: a line holding two columns' rows of the same number side by side ("1. H.E. A, Minister ...      1. H.E. B, ...")
_TWIN_ROW = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]+\S[^\n]*?\S[ \t]{3,}\1[.)][ \t]+\S")


def _twin_numbered_rows(lines: list[str], rows: bytearray) -> None:
    """Mark the lines of two numbered lists set side by side and copied from a PDF with the columns
    run together (each line "1. A, Minister ...      1. B, Minister ..."): two such lines or more
    one under another, and the heading line above them naming the two columns ("INDIAN DELEGATION
    VIETNAMESE DELEGATION"), are rows whose cells the run of spaces parts."""
    twins = [i for i, line in enumerate(lines) if not rows[i] and "   " in line and _TWIN_ROW.match(line)]
    runs: list[list[int]] = []
    for i in twins:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < 2:
            continue
        for i in run:
            rows[i] = 1
        h = run[0] - 1
        if h >= 0 and len(_SPACED_CELLS.findall(lines[h])) == 1 and len(_SPACED_CELLS.split(lines[h].strip())) == 2:
            rows[h] = 1


def _side_heading_rows(lines: list[str], rows: bytearray) -> None:
    """Mark the heading line of a list set in two columns that names the two sides ("BRAZILIAN
    DELEGATION      ANGOLAN DELEGATION" over lines of two columns): a row whose cells the run of
    spaces parts."""
    for i, line in enumerate(lines[:-1]):
        if rows[i] or "   " not in line or "   " not in lines[i + 1]:
            continue
        cells = _SPACED_CELLS.split(line.strip())
        if len(cells) == 2 and all(_SIDE_HEADING_CELL.fullmatch(c) for c in cells):
            rows[i] = 1


#: a column's heading naming one side of a two-column list ("INDIAN DELEGATION", "Angolan side")
_SIDE_HEADING_CELL = re.compile(r"(?:[A-Z][\w'’-]*[ \t]){1,4}(?i:delegation|side|team)")


#: a table header naming the sides whose signatories its columns hold
_SIDES_HEADER = re.compile(r"\b(?:[Ss]ide|SIDE|[Ss]ignator(?:y|ies)|SIGNATOR(?:Y|IES)|[Ss]igned by)\b")


#: a cell of a line laid out in columns: words apart by single spaces (two or more end the cell)
_LAYOUT_CELL = re.compile(r"\S+(?: \S+)*")
#: the number (or "S.No.") opening a row of such a table
_ROW_NUMBER_CELL = re.compile(r"(?:\d{1,3}|[ivxIVX]{1,5}|[a-z])[.)]?|S\.?[ \t]?No\.?|Sl\.?[ \t]?No\.?|Sr\.?[ \t]?No\.?|No\.?")


def _cells(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in _LAYOUT_CELL.finditer(line)]


def _column_tables(lines: list[str], furniture: bytearray) -> dict[int, tuple[int, ...]]:
    """The lines of a table copied from a PDF in its layout, whose cells wrap onto the lines under
    them ("1.   Memorandum of Understanding on    Shri A. Rao, Secretary,    H.E. Ali Said," /
    "     Cooperation in Health               Department of Health         Minister of Health"):
    line index -> the columns where its cells start (the columns of the header row over them, three
    or more). A line belongs to the table while each of its cells starts at a column and ends before
    the next; a running header between two pages of the table ("List of Outcomes    9 May 2025",
    next to a page number) is page furniture."""
    out: dict[int, tuple[int, ...]] = {}
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        if furniture[i] or "  " not in line or "\t" in line or "|" in line:
            i += 1
            continue
        head = _cells(line)
        if len(head) < 3 or any(b2 - a2 < 2 for a2, b2 in zip([b for _a, b in head], [a for a, _b in head[1:]])):
            i += 1
            continue
        cols = tuple(a for a, _b in head)
        rows = [i]
        k, last, blanks = i + 1, i, 0
        while k < n:
            if furniture[k]:  # (the blank lines around a page's furniture are no gap in the table)
                blanks = 0
                k += 1
                continue
            if not lines[k].strip():
                blanks += 1
                if blanks > 2:
                    break
                k += 1
                continue
            if _in_columns(lines[k], cols):
                rows.append(k)
                last, blanks = k, 0
                k += 1
                continue
            # a running header between two pages of the table, next to a page number
            nxt = k + 1
            while nxt < n and (furniture[nxt] or not lines[nxt].strip()):
                nxt += 1
            near = any(furniture[x] for x in range(max(0, k - 2), min(n, k + 3)))
            cells = _cells(lines[nxt]) if nxt < n else []
            if near and cells and _in_columns(lines[nxt], cols) and len(cells) >= 3 \
                    and _ROW_NUMBER_CELL.fullmatch(lines[nxt][cells[0][0]:cells[0][1]]):
                furniture[k] = 2
                k += 1
                continue
            break
        wide = sum(1 for r in rows[1:] if len(_cells(lines[r])) >= 3)
        if wide >= 1 and len(rows) >= 3 and any(len(_cells(lines[r])) < len(cols) and _cells(lines[r])[0][0] > cols[0]
                                                for r in rows[1:]):
            # (cells that wrap: a line whose first column is empty; a table of one line a row is
            # read by _spaced_table_rows)
            for r in rows:
                out[r] = cols
        i = last + 1
    return out


#: a cell opening on an item's number ("1. Mr. X", "(2) Ms. Y")
_NUMBERED_CELL = re.compile(r"\(?\d{1,2}[.)][ \t]")
#: a cell's last word that goes on in the line under it ("Minister for Foreign Trade and")
_GOES_ON = re.compile(r"(?:\b(?:and|of|for|the|to|in|on)|[,-])$")


def _two_column_blocks(lines: list[str], furniture: bytearray) -> dict[int, tuple[int, ...]]:
    """The lines of blocks set in two columns, as a signature page copied from a PDF sets the two
    signatories side by side ("For the Ministry of X          For the Ministry of Y" / "Jane Roe
    Ali Said" / "Minister of Trade and                 Minister of" / "Industry       Finance"):
    line index -> the columns' starts. A block is a run of lines (blank lines and rules between
    them allowed) in which every line with text in both columns starts its second cell at one
    column, two lines so or more, each cell of a line starting at a column, and a cell wraps; a
    line with text in one column only belongs to the block right under one of its lines (a cell
    that wraps)."""
    out: dict[int, tuple[int, ...]] = {}
    n = len(lines)
    i = 0
    while i < n:
        cells = _cells(lines[i]) if not furniture[i] and "|" not in lines[i] and "\t" not in lines[i] else []
        if len(cells) != 2 or cells[1][0] - cells[0][1] < 3 or cells[1][0] < 20:
            i += 1
            continue
        cols = (cells[0][0], cells[1][0])
        rows, both, k, blanks, wraps = [], 0, i, 0, False
        while k < n:
            line = lines[k]
            if furniture[k] or not line.strip() or not line.strip(" ._-\u2014\u2013"):
                blanks += 1
                if blanks > 3:
                    break
                k += 1
                continue
            here = _cells(line)
            if len(here) == 2 and cols[0] - 1 <= here[0][0] and here[0][1] < cols[1] - 2 \
                    and cols[1] - 1 <= here[1][0] <= cols[1] + _HANG:  # (a cell may be set in under its column's start)
                both += 1
                wraps = wraps or any(_GOES_ON.search(line, a, b) for a, b in here) or _hangs(here, cols)
            elif not (len(here) == 1 and rows and rows[-1] == k - 1
                      and (abs(here[0][0] - cols[0]) <= 1 and here[0][1] < cols[1] - 2 or abs(here[0][0] - cols[1]) <= 1)):
                break  # (a line of one column goes on a line right above it: a cell that wraps)
            else:
                wraps = True
            rows.append(k)
            blanks = 0
            k += 1
        numbered = any(_NUMBERED_CELL.match(lines[r], a) for r in rows for a, _b in _cells(lines[r]))
        # (an address block, "Telephone: ..." beside the street, wraps no cell; numbered lists in two
        # columns, whose items need not start on the same line, are read by _two_column_lists)
        if both >= 2 and wraps and not numbered:
            for r in rows:
                out[r] = cols
        i = max(k, i + 1)
    return out


def _in_columns(line: str, cols: tuple[int, ...]) -> bool:
    """Whether each cell of ``line`` starts at one of the columns ``cols`` (give or take one) and ends
    before the next, at most one cell a column: a line of a table laid out in those columns."""
    cells = _cells(line)
    if not cells:
        return False
    if _margin_number(line, cells, cols):
        cells = cells[1:]
    used = -1
    for a, b in cells:
        c = _column_of(a, cols, used < 0)
        if c is None or c <= used:
            return False
        if c + 1 < len(cols) and b > cols[c + 1] - 2:
            return False
        used = c
    return len(cells) >= 2 or cells[0][0] > cols[0] + 1


def _margin_number(line: str, cells: list[tuple[int, int]], cols: tuple[int, ...]) -> bool:
    """Whether the first of ``cells`` is the row's number in the margin, left of the first column
    ("1.  MoU on ...", the columns set in from it)."""
    return len(cells) > 1 and cells[0][1] < cols[0] - 1 and abs(cells[1][0] - cols[0]) <= 1 \
        and _ROW_NUMBER_START.fullmatch(line[cells[0][0]:cells[0][1]]) is not None


def _column_of(a: int, cols: tuple[int, ...], hanging: bool) -> Optional[int]:
    """The column a cell starting at ``a`` stands in (its start at the column's, give or take one);
    with ``hanging``, the first column's text may also hang under its row's number ("1.  MoU on" /
    "    Health"). None when it stands in none."""
    c = next((x for x, col in enumerate(cols) if abs(a - col) <= 1), None)
    if c is None and hanging and len(cols) > 1 and cols[0] < a < cols[1] - 2:
        c = 0
    if c is None:  # a line set in under its column's start: "Azman bin Hashim" / "   Minister of ..."
        c = next((x for x, col in enumerate(cols) if col + 1 < a <= col + _HANG
                  and (x + 1 == len(cols) or a < cols[x + 1] - 2)), None)
    return c


#: how far a line of a table's cell may be set in under its column's start (an office under its
#: holder's name) and still stand in that column
_HANG = 12


def _hangs(cells: list[tuple[int, int]], cols: tuple[int, ...]) -> bool:
    """Whether every one of a line's ``cells`` (:func:`_cells`) is set in under its column's start
    (an office under the name on the line above, in each column): the line goes on the row above."""
    return bool(cells) and all(any(col + 1 < a <= col + _HANG for col in cols) for a, _b in cells)


def _column_breaks(line: str, cols: tuple[int, ...]) -> str:
    """``line`` with a cell break on the space before each of its columns (empty cells too), same length."""
    chars = list(line)
    for col in cols[1:]:
        if col - 1 < len(chars) and chars[col - 1] == " " and (col - 2 < 0 or chars[col - 2] == " " or col >= len(chars)
                                                             or chars[col] != " "):
            chars[col - 1] = CELL_BREAK
    return "".join(chars)



#: a row's number opening the first cell of a table's row ("1.", "2)", "iv.", "S.No.")
_ROW_NUMBER_START = re.compile(r"(?:\d{1,3}|[ivxIVX]{1,5})[.)]?(?=\s|$)")


def _pipe_cells(line: str) -> list[tuple[int, int]]:
    """The cells of a line of a table drawn with pipes ("1  | MoU on   | A. Roe,"), its border pipes
    aside: ``(start, end)`` of each cell's text (an empty cell: an empty span)."""
    bars = [k for k, ch in enumerate(line) if ch == "|"]
    edges = [-1, *bars, len(line)]
    out = []
    for a, b in zip(edges, edges[1:]):
        seg = line[a + 1:b]
        body = seg.strip()
        start = a + 1 + (seg.index(body[0]) if body else 0)
        out.append((start, start + len(body)))
    if out and line[:bars[0]].strip() == "" and bars[0] < 4 and len(out) > 1:  # border pipes around the line
        out = out[1:]
        if len(out) > 1 and line[bars[-1] + 1:].strip() == "":
            out = out[:-1]
    return out


def _row_groups(lines: list[str], stripped: list[str], furniture: bytearray, column_rows: dict[int, tuple[int, ...]],
                continuing: frozenset = frozenset()) -> dict[int, tuple[int, str, list[list[tuple[int, int, int]]]]]:
    """The rows of tables whose cells wrap over several lines (laid out in columns, drawn with
    pipes, or parted by tabs), to be read cell by cell: first line -> (the line after the row's
    last, the separator to write between its cells, the segments of each column: ``(line, start,
    end)`` in the line). A row starts on a line that opens the table's first column (on the row's
    number, when the table numbers its rows; else where no cell of the line above ends on a word
    that goes on); the lines whose first column is empty, or hangs under the number, go on with
    it. Only rows of two lines or more are listed."""
    tables: list[tuple[list[int], str]] = []  # (lines of the table, "cols", "pipes" or "tabs")
    if column_rows:
        run: list[int] = []
        prev_cols = None
        for k in range(min(column_rows), max(column_rows) + 2):
            if k in column_rows:
                if run and column_rows[k] != prev_cols:
                    tables.append((run, "cols"))
                    run = []
                run.append(k)
                prev_cols = column_rows[k]
            elif run and k < len(lines) and (furniture[k] or not stripped[k]):
                continue
            elif run:
                tables.append((run, "cols"))
                run = []
        if run:
            tables.append((run, "cols"))
    for sep, kind, cells_in in (("|", "pipes", _pipe_cells), ("\t", "tabs", _tab_cells)):
        tables += [(rows, kind) for rows in _separated_runs(lines, stripped, furniture, column_rows, sep, cells_in)]
    out: dict[int, tuple[int, str, list[list[tuple[int, int, int]]]]] = {}
    for rows, kind in tables:
        if kind == "cols":
            cols = column_rows[rows[0]]
            cells_of = {k: _column_cells(lines[k], cols) for k in rows}
        elif kind == "tabs":
            cells_of = {k: _tab_cells(lines[k]) for k in rows}
        else:
            cells_of = {k: _pipe_cells(lines[k]) for k in rows}
        ncols = max(len(c) for c in cells_of.values())

        def first(k: int) -> str:
            a, b = cells_of[k][0] if cells_of[k] else (0, 0)
            return lines[k][a:b]

        numbered = sum(1 for k in rows if _ROW_NUMBER_START.match(first(k))) >= 2

        def runs_on(k: int) -> bool:
            """Whether a cell of line ``k`` ends on a word that goes on ("Memorandum of Understanding
            on a", "President and"): the row goes on on the next line."""
            for a, b in cells_of[k]:
                tail = lines[k][a:b]
                if tail and (tail[-1] in ",-" or tail.rsplit(None, 1)[-1].casefold() in continuing):
                    return True
            return False

        groups: list[list[int]] = []
        header_line = stripped[rows[0]]
        for i, k in enumerate(rows):
            head = first(k)
            if i and (stripped[k] == header_line or _PLAIN_RULE.fullmatch(lines[k]) is not None):
                # the header repeated on the next page, and the rule under it: no part of a row
                groups.append([k])
                continue
            if numbered:
                opens = bool(head) and _ROW_NUMBER_START.match(head) is not None
            else:
                # (nor does a line whose cells open on a small letter: "for Water and Sanitation"
                # under "Principal Secretary, State Department")
                opens = bool(head) and not (i and rows[i - 1] == k - 1 and (
                    runs_on(rows[i - 1]) or all(lines[k][a:a + 1].islower() for a, b in cells_of[k] if b > a)
                    or kind == "cols" and _hangs(_cells(lines[k]), column_rows[k])))
            if opens or not groups:
                groups.append([k])
            else:
                groups[-1].append(k)
        for g in groups:
            if len(g) < 2:
                continue
            segments: list[list[tuple[int, int, int]]] = [[] for _ in range(ncols)]
            for k in g:
                for c, (a, b) in enumerate(cells_of[k][:ncols]):
                    if b > a:
                        segments[c].append((k, a, b))
            out[g[0]] = (g[-1] + 1, " | " if kind == "pipes" else " " + CELL_BREAK, segments)
    return out


def _separated_runs(lines: list[str], stripped: list[str], furniture: bytearray, column_rows: dict,
                    sep: str, cells_in) -> list[list[int]]:
    """The runs of two lines or more of a table whose cells ``sep`` parts (pipes or tabs): lines
    of as many cells, three or more, one under another (page furniture, blank lines and rules
    between them aside)."""
    found = [k for k, line in enumerate(lines) if k not in column_rows and line.count(sep) >= 2]
    if len(found) < 2:
        return []
    out: list[list[int]] = []
    run: list[int] = []
    width = 0
    for k in range(found[0], found[-1] + 1):
        line = lines[k]
        if run and (furniture[k] or not stripped[k] or sep == "|" and _RULE_ROW.fullmatch(line)):
            continue
        cells = cells_in(line) if k not in column_rows and line.count(sep) >= 2 else []
        if len(cells) >= 3 and (not run or len(cells) == width):
            run.append(k)
            width = len(cells)
            continue
        if len(run) > 1:
            out.append(run)
        run, width = ([k], len(cells)) if len(cells) >= 3 else ([], 0)
    if len(run) > 1:
        out.append(run)
    return out


def _tab_cells(line: str) -> list[tuple[int, int]]:
    """The cells of a table's line whose cells tabs part: ``(start, end)`` of each cell's text (an
    empty cell: an empty span)."""
    out, pos = [], 0
    for part in line.split("\t"):
        body = part.strip()
        start = pos + (part.index(body[0]) if body else 0)
        out.append((start, start + len(body)))
        pos += len(part) + 1
    return out


def _column_cells(line: str, cols: tuple[int, ...]) -> list[tuple[int, int]]:
    """The cells of a line laid out in the columns ``cols``: ``(start, end)`` per column (empty
    columns as empty spans)."""
    out = [(0, 0)] * len(cols)
    cells = _cells(line)
    margin = None
    if _margin_number(line, cells, cols):
        margin, cells = cells[0], cells[1:]  # (read with the first column)
    for a, b in cells:
        c = _column_of(a, cols, out[0] == (0, 0))
        if c is not None and out[c] == (0, 0):
            out[c] = (a, b)
    if margin is not None and out[0] != (0, 0):
        out[0] = (margin[0], out[0][1])
    return out


def _dash_rows(lines: list[str], rules: "LayoutRules") -> dict[int, int]:
    """The rows of a participants list that set each office off from its name by a dash ("1. Hon.
    Jane Roe (MP) - Minister for Trade", "Mr. Ali Said – Director, Department of Africa"), two or
    more one under another: line index -> the position of the dash, which reads as a cell break
    (a headline's "Kenya - India Joint Statement" stands alone)."""
    found: dict[int, int] = {}
    for i, line in enumerate(lines):
        if " - " not in line and " – " not in line and " — " not in line:
            continue
        prefix = _ROW_PREFIX.match(line)
        body = line[prefix.end():]
        m = _ROW_DASH.search(body)
        if m is None or "," in body[:m.start()] or len(body[:m.start()].split()) > 9:
            continue
        row = _POST_NOMINAL.sub("", body[:m.start()].rstrip()) + ", " + body[m.end():].strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if rules.row_line.fullmatch(row) is not None or (
                nxt and not _ROW_DASH.search(nxt) and rules.row_line.fullmatch(row + " " + nxt) is not None):
            # (or an office wrapped onto the next line: "X - Head of ..., Ministry of Foreign Affairs and" / "Trade")
            found[i] = prefix.end() + m.start() + m.group().index(m.group().strip())
    out: dict[int, int] = {}
    for i, pos in found.items():
        if (i - 1) in found or (i + 1) in found:
            out[i] = pos
    return out


#: a list row's bullet or number before its name ("1. ", "- ", "(iii) ")
_ROW_PREFIX = re.compile(r"[ \t]*(?:(?:[-–—*•▪●·]|\(?(?:\d{1,3}|[ivx]{1,5}|[a-zA-Z])[.)])[ \t]+)?")
#: letters in brackets after a name ("Hon. Jane Roe (MP)")
_POST_NOMINAL = re.compile(r"[ \t]+\([A-Z][A-Za-z.]{0,8}\)")
#: the dash that sets a participant's office off from the name in a list ("Hon. X - Minister for Trade")
_ROW_DASH = re.compile(r"[ \t]+[-–—][ \t]+")


def _two_column_rows(lines: list[str], rows: bytearray) -> None:
    """Mark the lines of a block set in two columns, as the co-signers' blocks of agreed minutes
    copied from a PDF ("For the Government of the      For the Government of the" / "Dr. Jane
    Roe                  Ali Hassan" / "Minister of Trade         Minister of Commerce"): lines of
    two short cells apart by a wide run of spaces, the second cell starting at the same column on
    three lines or more of a block (blank lines apart), so one column's name does not run into the
    other's."""
    gaps: list[Optional[int]] = [None] * len(lines)
    for i, line in enumerate(lines):
        if "    " not in line or rows[i]:
            continue
        runs = _SPACED_CELLS.findall(line)
        if len(runs) != 1 or len(runs[0]) < _TWO_COLUMN_GAP:
            continue
        m = _SPACED_CELLS.search(line)
        left, right = line[:m.start()].split(), line[m.end():].split()
        if 0 < len(left) <= _TWO_COLUMN_WORDS and 0 < len(right) <= _TWO_COLUMN_WORDS:
            gaps[i] = m.end()
    i, n = 0, len(lines)
    while i < n:
        if gaps[i] is None:
            i += 1
            continue
        block = [i]
        k = i + 1
        blanks = 0
        while k < n and blanks <= 2:
            if not lines[k].strip():
                blanks += 1
            elif gaps[k] is not None and abs(gaps[k] - gaps[i]) <= 2:
                block.append(k)
                blanks = 0
            else:
                break
            k += 1
        if len(block) >= 3:
            for b in block:
                rows[b] = 2
        i = block[-1] + 1


def _two_column_lists(lines: list[str], rows: bytearray) -> dict[int, int]:
    """The lines of a list set in two columns and copied from a PDF with its layout (the two
    delegations of agreed minutes: "1. H.E. Shri A           1. H.E. Mr. B" / "   Minister of State    
    Deputy Minister of Investment," / "                        Industry and Trade"): line index -> the
    column the second column starts at. A block holds three lines or more whose second cell starts
    at one column (within two, or the few more of a numbered item's hanging indent) after a wide run
    of spaces, and the lines between and right after
    them that hold only the first column (ending before it) or only the second (indented to it), up
    to a blank line; its lines are marked as rows (never joined) and each line with a second cell
    gets a cell break before it."""
    cols: list[Optional[int]] = [None] * len(lines)
    for i, line in enumerate(lines):
        if "   " not in line or rows[i] == 1 or "|" in line or "\t" in line \
                or _CONTACT_MARK.search(_CELL_END_COLON.sub("", line)):
            continue  # (a table drawn with pipes or tabs, or spaced in three columns, has cells of its own;
            # a letterhead's address and numbers are no list of people; a colon may end a header's cells:
            # "The Egyptian delegation:        The Greek delegation:")
        m = _WIDE_GAP.search(line)
        if m is not None and _WIDE_GAP.search(line, m.end()) is None and line[:m.start()].strip():
            cols[i] = m.end()
    out: dict[int, int] = {}
    i, n = 0, len(lines)
    while i < n:
        c = cols[i]
        if c is None:
            i += 1
            continue
        block, k, last = [i], i + 1, i
        while k < n and lines[k].strip():
            line = lines[k]
            lead = len(line) - len(line.lstrip(" "))
            narrow = None if cols[k] is not None else next(
                (x for x in range(max(2, c - 2), c + _HANGING + 1) if x < len(line) and line[x - 2:x] == "  "
                 and line[x] != " " and line[:x].strip()), None)
            if narrow is not None:
                cols[k] = narrow  # ("Undersecretary for Latin America and the Caribbean  Vice Minister": a full first cell)
            if cols[k] is not None and -2 <= cols[k] - c <= _HANGING:
                block.append(k)
                last = k
            elif -2 <= lead - c <= _HANGING or len(line.rstrip()) < c - 2:
                block.append(k)  # only the second column's text, or only the first's
            else:
                break
            k += 1
        if sum(1 for b in block if cols[b] is not None) >= 2:
            # the header over the columns ("INDIAN DELEGATION        UZBEK DELEGATION"), a blank line or two above
            h = i - 1
            while h >= 0 and h >= i - 3 and not lines[h].strip():
                h -= 1
            if h >= 0 and h < i - 1 and cols[h] is not None and abs(cols[h] - c) <= _HANGING and rows[h] != 1:
                rows[h] = 2
                out[h] = cols[h]
            for b in block:
                if b > last and cols[b] is None and len(lines[b]) - len(lines[b].lstrip(" ")) < c - 2:
                    break  # (a first-column line after the last two-cell line ends the list's rows)
                rows[b] = 2
                lead = len(lines[b]) - len(lines[b].lstrip(" "))
                if cols[b] is not None:
                    out[b] = cols[b]
                elif -2 <= lead - c <= _HANGING and lead >= 1:
                    out[b] = lead
        i = max(k, i + 1)
    return out


#: what a letterhead's lines hold and a list of people's do not: an e-mail, a label's colon, a long number
_CONTACT_MARK = re.compile(r"@|:|\d{4,}")
#: a colon that ends a cell of a header of two columns ("The Egyptian delegation:   The Greek delegation:")
_CELL_END_COLON = re.compile(r"(?<=[^\W\d_]):(?= {3,}\S|[ \t]*$)")
#: how far right of its first line a column's lines may start (the hanging indent of "10. ")
_HANGING = 4
#: a wide run of spaces between the two columns of a list set in two columns
_WIDE_GAP = re.compile(r"(?<=[^\s.!?]) {3,}(?=\S)")  # (not after a sentence's end)
#: the run of spaces between the two columns of a block, and the most words a cell of it holds
_TWO_COLUMN_GAP = 6
_TWO_COLUMN_WORDS = 8


#: a run of spaces between two cells of a table row copied from a PDF (not after a sentence's end, nor
#: beside the bullets of a menu or ticker)
_SPACED_CELLS = re.compile(r"(?<=[^\s.!?:;,\u2022\u00b7|])  +(?=[^\s\u2022\u00b7|])")
#: the number opening a row of such a table, or the "No." heading its column, before a run of spaces
_SPACED_NUMBER_CELL = re.compile(r"^([ \t]*(?:S\.?[ \t]?No|Sl\.?[ \t]?No|Sr\.?[ \t]?No|No|\d{1,3}|[ivxIVX]{1,5})[.)])( {2,})(?=\S)")
_LINE_END_TERMINAL = (":",)
_HYPHENS = ("-", "\u2010", "\u00ad")


def _is_caps_line(line: str) -> bool:
    return _LOWER.search(line) is None and len(_UPPER.findall(line)) >= 4


_PAGE_NUMBER = re.compile(r"\d{1,4}")


def _running_headers(stripped: list[str], furniture: bytearray) -> None:
    """A page number alone on its line next to a line that recurs in the text ("MINISTRY OF
    EXTERNAL AFFAIRS   ANNUAL REPORT 2024-25" / "15"): both are page furniture."""
    numbers = [i for i, ln in enumerate(stripped) if ln and len(ln) <= 4 and _PAGE_NUMBER.fullmatch(ln)]
    if not numbers:
        return
    gaps = sorted(b - a for a, b in zip(numbers, numbers[1:]))
    first = int(stripped[numbers[0]])
    if len(numbers) >= 3 and gaps[(len(numbers) - 1) // 2] < 10 \
            and [int(stripped[i]) for i in numbers[:3]] == [first, first + 1, first + 2]:
        return  # numbers a few lines apart, counting up: the rows of a table copied one cell a line, no pages
    counts: dict[str, int] = {}
    for ln in stripped:
        if 8 <= len(ln) <= 120:
            counts[ln] = counts.get(ln, 0) + 1
    for i in numbers:
        for step in (-1, 1):
            k, seen = i + step, 0
            while 0 <= k < len(stripped) and seen < 2:
                if stripped[k]:
                    if counts.get(stripped[k], 0) >= 2 and not stripped[k].endswith((".", ":", "?", "!")):
                        furniture[i] = 1
                        furniture[k] = 2
                        break
                    seen += 1
                k += step


def _footnote_markers(text: str, stripped: list[str], line_starts: list[int],
                      rules: LayoutRules) -> dict[int, list[tuple[int, int]]]:
    """The footnote markers glued to the words they annotate ("Camila Rojas1 headed", "on 15 January
    2025.2 The"), by line: ``{line: [(start, end), ...]}`` in offsets of the text. A number glued so
    is only a marker when a footnote with that number stands on a line of its own further down
    ("1 Appointed in October 2024."); the view deletes it, so the name or date before it is read
    whole."""
    notes: dict[str, int] = {}  # footnote number -> its (last) line
    for i, ln in enumerate(stripped):
        if ln[:1].isdigit():
            m = rules.footnote_line.match(ln)
            if m is not None:
                notes[_digits(m.group("n"))] = i
    if not notes:
        return {}
    out: dict[int, list[tuple[int, int]]] = {}
    for rx in rules.footnote_markers:
        for m in rx.finditer(text):
            a, b = m.span("n")
            last = notes.get(_digits(m.group("n")))
            k = bisect_right(line_starts, a) - 1
            if last is not None and k < last:
                out.setdefault(k, []).append((a, b))
    return out


def _digits(s: str) -> str:
    """A footnote's number in ASCII digits ("\u00b9" -> "1")."""
    return "".join(str(unicodedata.digit(c)) for c in s)


#: a page number at either end of a running header's line ("Daily Report Tuesday, 11 February 2025 Answers 7")
_EDGE_PAGE_NUMBER = re.compile(r"^\d{1,4}[ \t]+(?P<a>\S.*)$|^(?P<b>.*\S)[ \t]+\d{1,4}$")
_DIGITS = re.compile(r"\d+")


def _page_break_headers(lines: list[str], stripped: list[str], furniture: bytearray) -> None:
    """The running header or footer at a page break of text from a PDF (the form feed opening a
    page's first line): the last line before the break or the first after it, when a page number
    stands at one end of it and the rest either opens with the document's title line ("Daily
    Report" over "Daily Report Tuesday, 11 February 2025 Answers 7") or recurs, numbers aside, at
    another page break."""
    title = next((ln for ln in stripped if ln), "")
    if len(title.split()) < 2 or len(title) > 60:
        title = ""
    candidates: dict[int, str] = {}
    for i, ln in enumerate(lines):
        if "\f" not in ln:
            continue
        k = i - 1 if ln.lstrip(" \t").startswith("\f") else i
        while k >= 0 and not stripped[k]:
            k -= 1
        for j in {k, i}:
            if 0 <= j < len(lines) and stripped[j] and not furniture[j] and len(stripped[j]) <= 120:
                m = _EDGE_PAGE_NUMBER.match(stripped[j])
                if m is not None:
                    candidates[j] = m.group("a") or m.group("b")
    if not candidates:
        return
    shapes: dict[str, int] = {}
    for rest in candidates.values():
        key = _DIGITS.sub("#", rest)
        shapes[key] = shapes.get(key, 0) + 1
    for j, rest in candidates.items():
        if (title and rest.startswith(title) and not rest[len(title):len(title) + 1].isalnum()) \
                or shapes[_DIGITS.sub("#", rest)] >= 2:
            furniture[j] = 2


#: a line opening with a number in the left margin, the line numbering of a PDF ("  7  President X is ...")
_MARGIN_NUMBER = re.compile(r"^[ \t]{0,4}(\d{1,3})(?:[ \t]{2,}(?=\S)|[ \t]*$)", re.M)


def blank_margin_numbers(text: str) -> str:
    """``text`` with the line numbers of its margin read as spaces (same length), when its lines are
    numbered one by one, the count starting again on each page ("  1  Ministry of ..." /
    "  2  Press Office"): the numbers are no part of the sentences and table rows they open.
    Numbered paragraphs are not this: their lines between the numbers are unnumbered, and their
    numbers stand one space from the text."""
    numbered = [(m.start(1), m.end(1), int(m.group(1))) for m in _MARGIN_NUMBER.finditer(text)]
    if len(numbered) < 8:
        return text
    lines = sum(1 for ln in text.split("\n") if ln.strip())
    steps = sum(1 for (_a, _b, x), (_c, _d, y) in zip(numbered, numbered[1:]) if y == x + 1 or y == 1)
    if len(numbered) < 0.8 * lines or steps < 0.9 * (len(numbered) - 1):
        return text
    chars = list(text)
    for a, b, _n in numbered:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def blank_signature_marks(text: str, rules: LayoutRules) -> str:
    """``text`` with the marks a signature leaves before a signer's name on its line ("(Sgd.)",
    "Sd/-") read as spaces (same length): the name then fills its line, as a signer's does."""
    rx = rules.signature_mark
    # (the pattern alone decides: about 20 microseconds on a release, and a form added to the data
    # file is not skipped by a test of letters written here)
    return text if rx is None else rx.sub(lambda m: " " * len(m.group()), text)


def _page_letterheads(lines: list[str], stripped: list[str], furniture: bytearray) -> None:
    """The letterhead or running header a page repeats next to the page break of text from a PDF
    ("Page 1 of 3", a form feed): the lines just after the break, and just before it, that the
    document holds more than once and that end no sentence and hold no number ("Ministry of
    External Affairs", "OFFICIAL", a table's header row repeated over the next page) are page
    furniture too, so that a table or a sentence cut by the break reads on."""
    counts: dict[str, int] = {}
    for ln in stripped:
        if 2 <= len(ln) <= 100:
            counts[ln] = counts.get(ln, 0) + 1
    marks = [i for i, ln in enumerate(lines) if furniture[i] == 1 or "\f" in ln]
    n = len(lines)
    for i in marks:
        for step in (1, -1):
            k = i + step
            while 0 <= k < n:
                ln = stripped[k].strip("\f \t")
                if not ln or furniture[k]:
                    k += step
                    continue
                if counts.get(stripped[k], 0) >= 2 and not ln.endswith((".", "!", "?", ",", ";")) \
                        and not any(ch.isdigit() for ch in ln):  # (a footer's date is the document's)
                    furniture[k] = 2
                    k += step
                    continue
                break


def layout_view(text: str, rules: Optional[LayoutRules] = None) -> tuple[str, Optional[OffsetMap]]:
    """The normalised view of ``text`` and the map of its offsets back (``None``: same offsets).

    The view has the same length as ``text`` unless characters were deleted or a table's cells were
    read in their own order; then the map is set.
    """
    rules = rules or load_rules()
    if "./." in text:  # a news agency's end mark after a story's last word ("... Bui Thanh Son./.")
        text = _END_MARK.sub(lambda m: "." + " " * (len(m.group()) - 1), text)
    if "\n" in text:
        text = blank_margin_numbers(text)
        text = blank_signature_marks(text, rules)
    ligature = rules.ligature if rules.ligature is not None and rules.ligature.search(text) else None
    if "\n" not in text and "<" not in text and ligature is None:
        view = recase_line(text, rules) if len(text) < 2000 else text
        return (text if view == text else view), None
    # -- lines (start, end without the newline) --------------------------------------------------
    bounds: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            bounds.append((pos, n))
            break
        bounds.append((pos, nl))
        pos = nl + 1
    lines = [text[s:e] for s, e in bounds]
    line_starts = [s for s, _ in bounds]
    stripped = [ln.strip() for ln in lines]
    # -- page furniture: page-number lines, and running headers/footers beside them -------------
    furniture = bytearray(len(lines))
    for i, ln in enumerate(stripped):
        if ln and len(ln) <= 120 and rules.furniture.fullmatch(ln):
            furniture[i] = 1
    _running_headers(stripped, furniture)
    if "\f" in text:
        _page_break_headers(lines, stripped, furniture)
    if any(furniture) or "\f" in text:
        _page_letterheads(lines, stripped, furniture)
    if any(furniture):
        for i, ln in enumerate(stripped):
            if furniture[i] or not ln or len(ln) > 120 or not rules.furniture_near.fullmatch(ln):
                continue
            # within two non-blank lines of a page-number line
            near = False
            for step in (-1, 1):
                k, seen = i + step, 0
                while 0 <= k < len(lines) and seen < 2:
                    if stripped[k]:
                        if furniture[k] and rules.furniture.fullmatch(stripped[k]):
                            near = True
                            break
                        seen += 1
                    k += step
                if near:
                    break
            if near:
                furniture[i] = 2
    # -- is the text hard-wrapped? ---------------------------------------------------------------
    widths = [len(ln.rstrip()) for ln in lines]
    long_lengths = sorted(w for w, f in zip(widths, furniture) if not f and w >= 30)
    width = long_lengths[int(0.9 * (len(long_lengths) - 1))] if long_lengths else 0
    wrapped = len(long_lengths) >= rules.wrap_min_lines and width <= rules.wrap_max_width
    min_wrapped = rules.wrap_min_share * width
    spaced_rows = _spaced_table_rows(lines)
    two_columns = _two_column_lists(lines, spaced_rows)
    column_rows = _column_tables(lines, furniture) if wrapped or any(spaced_rows) else {}
    if "     " in text:  # (two columns side by side are parted by a run of spaces)
        for k, cols in _two_column_blocks(lines, furniture).items():
            column_rows.setdefault(k, cols)
    dash_rows = _dash_rows(lines, rules)
    # the lines that stay lines of their own (no two marked lines are joined): an interleaved
    # two-column list's, a contents list's, a list's that a colon opens
    apart = _interleaved_lines(stripped)
    for k in dash_rows:  # ("NAME - OFFICE" rows one under another: each a row of its own)
        apart[k] = 1
    if rules.contents_label is not None:
        _mark_contents(stripped, rules.contents_label, apart)
    if ":" in text:
        _mark_colon_lists(stripped, apart)
    markers = _footnote_markers(text, stripped, line_starts, rules)
    row_groups = (_row_groups(lines, stripped, furniture, column_rows, rules.continuing_words)
                  if column_rows or "|" in text or "\t" in text else {})
    grouped = {k for start, (end, _sep, _segs) in row_groups.items() for k in range(start, end)}
    # -- build the view ----------------------------------------------------------------------------
    out: list[str] = []
    emit = out.append  # (the view's length is summed only where a deletion needs it)
    positions: list[int] = []
    shifts: list[int] = []
    deleted = 0
    vlen = 0
    counted = 0  # out[:counted] is summed in vlen

    def delete(count: int) -> None:
        nonlocal deleted, vlen, counted
        if count <= 0:
            return
        vlen += sum(map(len, out[counted:]))
        counted = len(out)
        deleted += count
        if positions and positions[-1] == vlen:
            shifts[-1] = deleted
        else:
            positions.append(vlen)
            shifts.append(deleted)

    def emit_expanded(s: str) -> None:
        """Text with its ligatures read as their letters: each letter after a ligature's first
        is a character the text does not have, mapped back to the ligature itself."""
        last = 0
        for m in ligature.finditer(s):
            letters = rules.ligatures[m.group()]
            emit(s[last:m.start()] + letters[0])
            emit_added(letters[1:])
            last = m.end()
        emit(s[last:])

    def emit_added(chars: str) -> None:
        """Characters the text does not have (a ligature's letters after its first, a space between
        columns run together), each mapped back to the character before them."""
        nonlocal deleted, vlen, counted
        vlen += sum(map(len, out[counted:]))
        counted = len(out)
        for char in chars:
            deleted -= 1
            if positions and positions[-1] == vlen:
                shifts[-1] = deleted
            else:
                positions.append(vlen)
                shifts.append(deleted)
            emit(char)
            vlen += 1
            counted = len(out)

    glued = rules.glued

    def emit_apart(s: str, breaks: list[int]) -> None:
        """Text with a space read at each of ``breaks`` (columns run together)."""
        last = 0
        for p in breaks:
            emit(s[last:p])
            emit_added(" ")
            last = p
        emit(s[last:])

    # the lines holding two capitals in a row, the only ones recase_line can change (found with
    # one scan of the text; a line's stripped body holds no more of them)
    caps = bytearray(len(lines))
    m = _CAPS2.search(text)
    while m is not None:
        k = bisect_right(line_starts, m.start()) - 1
        caps[k] = 1
        m = _CAPS2.search(text, bounds[k][1] + 1)

    def emit_line(s: str, k: int) -> None:
        """Line ``k``'s text ``s``, recased where it is in capitals, with its leftover inline
        markup deleted."""
        if caps[k]:
            s = recase_line(s, rules)
        if "\t" in s and sum(1 for cell in s.split("\t") if cell.strip()) >= 2:
            s = s.replace("\t", CELL_BREAK)  # a table row: its cells apart (same length)
        elif k in dash_rows:
            d = dash_rows[k]
            s = s[:d] + CELL_BREAK + s[d + 1:]  # "Hon. X (MP) - Minister": the dash is the cell break
        elif k in column_rows:
            # a table laid out in columns whose cells wrap: a cell break before each column
            s = _column_breaks(s, column_rows[k])
        elif k in two_columns:
            # a list set in two columns: the space before the second column's start is the cell break
            c = two_columns[k]
            if len(s) > c and s[c - 1] == " ":
                s = s[:c - 1] + CELL_BREAK + s[c:]
        elif spaced_rows[k]:
            # a table row copied from a PDF: the last space of each run between cells marks the
            # cell break (same length)
            s = _SPACED_CELLS.sub(lambda m: m.group()[:-1] + CELL_BREAK, s)
            # and after the row's number or the header's "No." ("1.      MoU on ...", "S.No.   Document")
            s = _SPACED_NUMBER_CELL.sub(lambda m: m.group(1) + m.group(2)[:-1] + CELL_BREAK, s, count=1)
        cuts = markers.get(k) if markers else None
        if "<" not in s and "&" not in s and cuts is None:
            if ligature is not None and ligature.search(s):
                emit_expanded(s)
            elif glued is not None and _CAMEL.search(s) or "." in s and glued is not None and glued.initial.search(s):
                emit_apart(s, glued.breaks(s))
            else:
                emit(s)
            return
        last = 0
        if "<" in s or cuts is not None:
            # leftover inline tags and footnote markers are deleted
            spans = [m.span() for m in rules.markup.finditer(s)] if "<" in s else []
            if cuts is not None:
                base = bounds[k][0]
                spans = sorted(spans + [(a - base, b - base) for a, b in cuts if 0 <= a - base and b - base <= len(s)])
            for a, b in spans:
                if a < last:
                    continue
                emit_text(s[last:a])
                delete(b - a)
                last = b
        emit_text(s[last:])

    def jump(orig: int) -> None:
        """What is emitted next is read from ``orig`` in the text (a table's cells are read one
        after another, not line by line: the view's order is no longer the text's)."""
        nonlocal deleted, vlen, counted
        vlen += sum(map(len, out[counted:]))
        counted = len(out)
        deleted = orig - vlen
        if positions and positions[-1] == vlen:
            shifts[-1] = deleted
        else:
            positions.append(vlen)
            shifts.append(deleted)

    def emit_row(start: int, end: int, sep: str, segments: list[list[tuple[int, int, int]]]) -> None:
        """The row of a table on lines ``start`` to ``end``, whose cells wrap, as one line: each
        cell's pieces joined (a word hyphenated across them rejoined), the cells apart by ``sep``
        (a cell break, or the pipe of a table drawn with pipes), each piece mapped back to its
        place in the text."""
        texts = {k: (recase_line(lines[k], rules) if caps[k] else lines[k]) for k in range(start, end)}
        for c, pieces in enumerate(segments):
            if c:
                emit(sep)
            # (a part of the cell "opened" holds a signatory; one "led" opened on a side's label)
            prev, prev_label, opened, led = "", False, False, False
            for k, a, b in pieces:
                piece = texts[k][a:b]
                label = rules.cell_label.match(piece)
                whole_label = label is not None and not piece[label.end():].strip()
                if prev:
                    last_word = prev.rsplit(None, 1)[-1]
                    if (label is not None and not (whole_label and opened and not led)) or (
                            (_PERSON_OPENS.match(piece) or rules.address_opens.match(piece)) and not prev_label
                            and prev[-1] not in ",-" and last_word.upper() not in rules.lower_words):
                        emit(sep)  # another side's part of the cell, or another signatory's
                        opened = led = False
                    elif prev[-1] in _HYPHENS and len(prev) >= 2 and prev[-2].isalpha() and piece[:1].isalpha():
                        if piece[:1].islower():  # "coopera-" / "tion": the hyphen is deleted
                            out[-1] = out[-1][:-1]
                    elif "," not in prev and prev[-1].isalpha() and last_word[:1].isupper() \
                            and last_word.upper() not in rules.lower_words and last_word not in _title_heads() \
                            and _opens_with_office(piece):
                        emit(", ")  # a name alone on its line, its office on the next ("A. Roe" / "Minister of ...")
                    else:
                        emit(" ")
                jump(bounds[k][0] + a)
                emit(piece)
                # a label alone on its line opens its part of the cell ("(Thai side)" over "Mr. X"),
                # or closes it after the signatory it follows ("Mr. X" / "Director-General" / "(Thai side)")
                if whole_label and opened and not led:
                    prev, prev_label, opened = piece, False, False  # (a label closing its signatory's part)
                else:
                    led = led or (whole_label and not opened)
                    prev, prev_label, opened = piece, whole_label, opened or not whole_label
        last = end - 1
        jump(bounds[last][1])
        if bounds[last][1] < n:
            emit("\n")

    def emit_text(s: str) -> None:
        """Text with its leftover entities read as their characters ("&amp;" -> "&") and its
        ligatures as their letters."""
        put = emit_expanded if ligature is not None and ligature.search(s) else emit
        if "&" not in s:
            put(s)
            return
        last = 0
        for m in _ENTITY.finditer(s):
            char = _entity_char(m.group(1))
            if char is None:
                continue
            put(s[last:m.start()] + char)
            delete(m.end() - m.start() - 1)
            last = m.end()
        put(s[last:])

    count = len(lines)
    i = 0
    while i < count:
        s, e = bounds[i]
        has_newline = e < n
        if furniture[i]:
            delete(e - s + (1 if has_newline else 0))
            i += 1
            continue
        if i in row_groups:
            end, sep, segments = row_groups[i]
            emit_row(i, end, sep, segments)
            if end < count:
                jump(bounds[end][0])
            i = end
            continue
        line = lines[i]
        if not has_newline:
            emit_line(line, i)
            break
        if not stripped[i]:  # a blank line (joins nothing, and nothing joins it)
            emit(line)
            emit("\n")
            i += 1
            continue
        # the next line that is not furniture: only furniture between them is deleted
        j = i + 1
        while j < count and furniture[j]:
            j += 1
        body = line.rstrip()
        if j < count and body and body[-1] not in ".!?:\"”)" and not stripped[j]:
            # a page break inside a sentence: "... Affairs,\n\n- 2 -\n\nMariana Ochoa": the blank
            # lines around the page furniture go with it
            k, saw = j, j > i + 1
            while k < count and (furniture[k] or not stripped[k]):
                saw = saw or bool(furniture[k])
                k += 1
            if saw and k < count:
                j = k
        nxt = lines[j] if j < count else ""
        nxt_body = nxt.lstrip()
        in_columns = i in column_rows or j in column_rows or j in grouped  # (a table's cells are no paragraph's lines)
        if j < count and body and nxt_body and body[-1] in _HYPHENS and len(body) >= 2 and not in_columns \
                and body[-2].isalpha() and nxt_body[0].isalpha() and " " not in body[-3:-1] \
                and not rules.structural_start.match(nxt_body):
            # "coopera-\ntion" -> "cooperation"; "Asia-\nPacific" -> "Asia-Pacific"
            keep_hyphen = nxt_body[0].isupper()
            emit_line(body if keep_hyphen else body[:-1], i)
            gap = (e - s - len(body)) + (0 if keep_hyphen else 1)  # trailing blanks (+ hyphen)
            gap += 1  # the newline
            gap += sum(bounds[k][1] - bounds[k][0] + 1 for k in range(i + 1, j))  # furniture
            gap += len(nxt) - len(nxt_body)  # the next line's indent
            delete(gap)
            # continue with the next line, minus its indent
            s2, e2 = bounds[j]
            bounds[j] = (s2 + len(nxt) - len(nxt_body), e2)
            lines[j] = nxt_body
            i = j
            continue
        emit_line(line, i)
        # (a line set far to the right, a signature's or an address's, is no wrapped paragraph's line)
        right_block = len(line) - len(stripped[i]) - (len(line) - len(line.rstrip())) >= _RIGHT_BLOCK_SHARE * width
        if j < count and not (spaced_rows[i] == 2 and spaced_rows[j] == 2) and not in_columns \
                and not (apart[i] and apart[j]) \
                and _soft_break(body.lstrip() if right_block else body, nxt_body, wrapped and not right_block,
                                min_wrapped, rules):
            emit(" ")
            # furniture between the two lines is deleted with its newline
            for k in range(i + 1, j):
                delete(bounds[k][1] - bounds[k][0] + 1)
            i = j
            continue
        emit("\n")
        i += 1
    view = "".join(out)
    if not positions:
        return (text if view == text else view), None
    return view, OffsetMap(positions, shifts)


def _mark_contents(stripped: list[str], label: re.Pattern, marks: bytearray) -> None:
    """Mark in ``marks`` the lines of a contents list: a label line ("Table of contents", "Answers to
    media questions:") and the headings under it (past blank lines right after the label), one a
    line, down to the next blank line; each stays a line of its own (no heading runs on into the
    next)."""
    i = 0
    while i < len(stripped):
        if stripped[i] and label.fullmatch(stripped[i]):
            marks[i] = 1
            k = i + 1
            while k < len(stripped) and not stripped[k]:
                k += 1
            while k < len(stripped) and stripped[k]:
                marks[k] = 1
                k += 1
            i = k
        i += 1


def _mark_colon_lists(stripped: list[str], marks: bytearray) -> None:
    """Mark in ``marks`` the lines of a list a line ending on a colon opens, one item a line
    ("The President was accompanied by:" / "Secretary of Foreign Affairs X" / "Trade Secretary Y"),
    down to the next blank line: two lines or more, each opening on a capital letter and holding
    no sentence's end (each stays a line of its own)."""
    for i, line in enumerate(stripped):
        if not line.endswith(":") or i + 2 >= len(stripped):
            continue
        k = i + 1
        while k < len(stripped) and stripped[k]:
            item = stripped[k]
            if not item[:1].isupper() or ". " in item or len(item) > 100:
                break
            k += 1
        if k - i > 2 and (k >= len(stripped) or not stripped[k]):
            for j in range(i + 1, k):
                marks[j] = 1


def _interleaved_lines(stripped: list[str]) -> bytearray:
    """The lines of a two-column numbered list that PDF extraction interleaved, one line of each
    column in turn ("1. H.E. Mr. A" / "1. H.E. Mr. B" / "Minister for Foreign Affairs" / "Minister of
    Trade"), from its first item to the next blank line: each line stays a line of its own (joining
    them would shift the columns' turn)."""
    marks = bytearray(len(stripped))
    i = 0
    while i + 1 < len(stripped):
        if marks[i] or not numbered_alike(stripped[i], stripped[i + 1]):
            i += 1
            continue
        k = i
        while k < len(stripped) and stripped[k]:
            marks[k] = 1
            k += 1
        i = k
    return marks


#: the longest short lines that, opening on the same two words, are parallel cells, not one sentence
_PARALLEL_WIDTH = 60


def _soft_break(body: str, nxt: str, wrapped: bool, min_wrapped: float, rules: LayoutRules) -> bool:
    """Whether the line break between line ``body`` and line ``nxt`` (both stripped at the break)
    falls inside a sentence of one paragraph."""
    if not body or not nxt:
        return False  # a blank line ends a paragraph
    if body.endswith(_LINE_END_TERMINAL) or "|" in body or "\t" in body or "|" in nxt or "\t" in nxt:
        return False
    if _BARE_ROW_NUMBER.fullmatch(nxt):
        return False  # "Signed for the Republic of Korea by\n1": a table's row number alone on its line
    if _date_runs_on(body, nxt, rules):
        return True  # "on July 4,\n1946. The ..." (no numbered paragraph); "in London on 28\nJanuary"
    if len(body) <= _PARALLEL_WIDTH and len(nxt) <= _PARALLEL_WIDTH:
        words = body.split()
        if len(words) > 2 and words[:2] == nxt.split()[:2]:
            return False  # "Exchanged on the Indian side by\nExchanged on the Uzbek side by": a table's header cells
    if rules.structural_start.match(nxt) or _is_caps_line(body) or _is_caps_line(nxt):
        return False
    if _DATELINE_LINE.fullmatch(nxt) is not None:
        return False  # "... Business Forum\nAccra, 12 March 2025": a dateline under a heading
    if _name_runs_on(body, nxt):
        return True  # "... of Canada, the Honourable David\nMcGuinty, and ..."
    if nxt[0].isupper() and (body[-1].isalnum() or body[-1] == ";"):
        row = rules.row_line
        if row.fullmatch(body) is not None:
            return False  # "Dr. Jane Roe, Minister of Trade\nMr. ...": a row of a signatories column
        label = rules.title_name_row
        if label.fullmatch(body) is not None and (label.fullmatch(nxt) is not None or row.fullmatch(nxt) is not None) \
                or label.fullmatch(nxt) is not None and label.fullmatch(body) is not None:
            return False  # "Ambassador to Chile: Ana Ruiz\nDirector of Protocol: Luis Paz": rows of a list
        if row.fullmatch(nxt) is not None and (_title_words(body, rules) or body.rsplit(None, 1)[-1].casefold()
                                                not in rules.continuing_words):
            return False  # "Agreement on Cooperation in Health\nDr. Jane Roe, Minister of Health"
    if body[-1] in ")]" and nxt[0].isupper():
        return False  # "Jane Roe (Bristol North) (Lab)\nWhat ...": a heading line
    last_word = body.rsplit(None, 1)[-1].rstrip(".,").casefold()
    if last_word in rules.months and nxt[0].isdigit():
        return True  # "June\n17, 2025"
    if body.rsplit(None, 1)[-1] in rules.body_line_after and rules.body_line_opens.match(nxt) is not None:
        return False  # "Director of the Press Department\nMinistry of Foreign Affairs": a signature block
    if rules.address_opens.match(nxt) is not None and body[-1] not in ",(" \
            and body.rsplit(None, 1)[-1].casefold() not in rules.continuing_words:
        return False  # "Memorandum of Understanding on ... Research\nYB Dato' Dr. X": a name's own line
    # (a name's small words are its particles: "Azlan bin Hashim", names/particles.tsv)
    if rules.address_opens.match(body) is not None and nxt[0].isupper() \
            and not any(w[0].islower() and not load_lexicon().is_particle(w) for w in body.split()):
        return False  # "YB Dato' Dr. X\nDeputy Minister of Higher Education": a name over its office
    if wrapped and len(body) >= min_wrapped and len(nxt) <= 1.5 * len(body) + 10:
        return True  # (a line far longer than the one before it goes unwrapped: a heading's paragraph)
    if last_word in rules.continuing_words and body[-1].isalpha() and len(body) >= 20:
        return True  # "... and the Minister of\nMining, Ms. Paula Herrera"
    if _ITEM_HEADING.match(body) is not None and _SENTENCE_STOP.search(body) is None and nxt[0].isupper():
        return False  # "5. Sheikh X, Minister of State of the UAE\nDr. Y commended ...": an item's heading
    if _BARE_NAME_LINE.fullmatch(nxt) is not None and _title_words(body, rules) and any(
            w in _title_heads() for w in body.split()):
        return False  # "The Director of Communication of the Presidency\nMamadou Lamine Gning": a signature
    if len(body) >= 60 and body[-1].isalnum() and len(nxt) >= 20 and nxt[0].isupper() \
            and _WORDS.match(nxt) is not None and not body.istitle() and len(nxt) <= 1.5 * len(body) + 10:
        return True  # a long line cut mid-sentence: "... said Fed Chair Jay\nPowell, who ..." (not a
        # heading over a paragraph of one long line, "Readout of the President's Call with X of
        # Argentina\nPresident Obama called ...": a text wrapped at the heading's width has no such line)
    if len(body) >= 20 and body[-1].isalpha() and _SENTENCE_TAIL.fullmatch(nxt) is not None:
        return True  # the last words of a sentence on a line of their own: "... Minister Bui Thanh\nSon."
    return nxt[0].islower() and body[-1] not in ".!?\"”"


#: the share of the text's width a line's indent reaches in a block set to the right (a signature)
_RIGHT_BLOCK_SHARE = 0.3
#: a line opening on an item's number or letter ("5. ", "(c) ", "b) ") and a capital: in a text not
#: wrapped at a fixed width, such a line that holds no sentence's end heads the paragraph below it
_ITEM_HEADING = re.compile(r"(?:\d{1,2}[.)]|\(?[a-h]\)|\(?[ivx]{1,4}\))[ \t]+[A-Z]")
#: a sentence's end inside a line: a word of small letters and a full stop ("dam. The"; not "Dr. X")
_SENTENCE_STOP = re.compile(r"[a-z]{3}[.!?][ \t]")
#: a row's number alone on its line ("1", "2.")
_BARE_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")
#: a line that is a bare name: two to five capitalised words, nothing after them
_BARE_NAME_LINE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*|[A-Z]\.)){1,4}")
#: a dateline alone on its line: a place (in up to three parts, or with a weekday), then a full date
#: ("Accra, 12 March 2025", "Lima, May 3, 2026", "Mita Campus, Tokyo, 21 October 2026")
_DATELINE_LINE = re.compile(r"[A-Z][\w.'’ /-]{1,40},[ \t]+(?:[A-Z][\w.'’ /-]{1,40},[ \t]+){0,2}(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?"
                            r"|[A-Z][a-z]+\.?[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?),?[ \t]+(?:19|20)\d\d[ \t]*")
#: a line ending on a month and day before the comma that a year follows ("... on July 4,")
_MONTH_DAY_END = re.compile(r"(?:^|\s)([^\W\d_]+)\.?[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,$")
#: a year opening a line ("1946. The next round ...")
_YEAR_START = re.compile(r"(?:1[89]|2\d)\d\d(?!\d)")
#: a line ending on a day of the month after a word ("... in London on 28", "from 20 to 22")
#: (after a word in small letters or a weekday's comma: "Item 28\nJanuary ..." is no date cut)
_DAY_END = re.compile(r"(?:^|\s)(?:[a-zß-öø-ÿ][\w'’-]*|[^\W\d_]+,)[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
#: a line ending on a month after its day or a word in small letters ("... on 8 December", "... in December")
_MONTH_END = re.compile(r"(?:^|\s)(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|[a-z]+)[ \t]+([^\W\d_]+)$")
#: a month opening a line, as a word ("January. They ...", "Sept 2025")
_MONTH_START = re.compile(r"([^\W\d_]+)(?![\w'’-])")


def _date_runs_on(body: str, nxt: str, rules: LayoutRules) -> bool:
    """Whether a date is cut by the line break: a month and day before a year ("July 4,\n1946", where
    the year and its full stop would read as a numbered paragraph), a day and month or a month after
    a word in small letters before a year ("on 8 December\n2025. I ...", "in December\n2025."), or a
    day before its month ("on 28\nJanuary")."""
    if body[-1] == ",":
        m = _MONTH_DAY_END.search(body)
        return m is not None and m.group(1).casefold() in rules.months and _YEAR_START.match(nxt) is not None
    if body[-1].isalpha() and _YEAR_START.match(nxt) is not None:
        m = _MONTH_END.search(body)  # "in Jakarta on 8 December\n2025. I raised ..."
        if m is not None and m.group(1).casefold() in rules.months and m.group(1)[:1].isupper():
            return True
    if body[-1].isdigit() or body[-1] in "htsd":
        m = _MONTH_START.match(nxt)
        return m is not None and m.group(1).casefold() in rules.months and m.group(1)[:1].isupper() \
            and _DAY_END.search(body) is not None
    return False


def _name_runs_on(body: str, nxt: str) -> bool:
    """Whether a line of a sentence ends inside a name that the next line finishes: on an
    honorific ("... Prime Minister of Tonga, Hon Dr\n'Aisake Valu Eke"), or on an honorific and a
    given name before a family name that the next line closes with its punctuation ("... of Canada,
    the Honourable David\nMcGuinty, and ..."). A line of a list ("H.E. Mr. Ahmad\nMinister of
    ...") holds no sentence (no comma, no word in lower case) and is left alone."""
    words = body.split()
    if len(words) < 2 or body[-1] in ",;" or not any(w[:1].islower() or w.endswith(",") for w in words[:-2]):
        return False
    lexicon = load_lexicon()
    if lexicon.honorific_word(words[-1]) is not None and words[-1][:1].isupper():
        return _NAME_START.match(nxt) is not None
    if len(words) >= 4 and words[-3] in _title_heads() and all(w.isalpha() and w[:1].isupper() and not w.isupper()
                                                                for w in words[-2:]) \
            and (_FAMILY_NAME_GOES_ON.match(nxt) is not None or _FAMILY_NAME_CLOSED.match(nxt) is not None):
        # "... called on President Anura Kumara\nDissanayake at the ...", "... of Nigeria,
        # Ambassador Ibrahim Danjuma\nGarba, and the Minister ..."
        return True
    # "... Training Hon. Julius\nMigos Ogamba, Cabinet Secretary": the name's last words, up to its comma
    return (words[-1].isalpha() and words[-1][:1].isupper() and lexicon.honorific_word(words[-2]) is not None
            and words[-2][:1].isupper() and _FAMILY_NAMES_CLOSED.match(nxt) is not None)


#: a family name opening a line before the sentence's words in small letters ("Dissanayake at the")
_FAMILY_NAME_GOES_ON = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+[ \t]+[a-z]")


#: a form of address opening a name: another person's line in a table's cell ("... Corporation" / "Mr. X, Chairman")
_PERSON_OPENS = re.compile(r"(?:Mr|Ms|Mrs|Mme|Dr|Prof|Engr|Eng|Amb)\.?[ \t]+[A-Z]")


def _opens_with_office(piece: str) -> bool:
    """Whether ``piece`` opens with an office: a title's head in its first three capitalised words
    ("Minister of ...", "Vice Minister of ...", "Deputy Permanent Representative")."""
    heads = _title_heads()
    for w in piece.split(None, 3)[:3]:
        if w.rstrip(",") in heads:
            return True
        if not w[:1].isupper():
            return False
    return False


@lru_cache(maxsize=1)
def _title_heads() -> frozenset:
    """The one-word heads of titles ("President", "Ambassador") from the title lexicon."""
    heads = read_json(data_path("titles.json")).get("heads", [])
    return frozenset(h for h in heads if " " not in h and h[:1].isupper())


#: the first word of a name opening a line ("'Aisake", "Tremblay-Ouellet", "O'Neill")
_NAME_START = re.compile(r"['’‘ʻ]?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*")
#: a family name alone before its clause's punctuation ("McGuinty, and ...")
_FAMILY_NAME_CLOSED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:[,;:)]|\.(?:\s|$)|$)")
#: the rest of a name, one to three capitalised words, before its clause's punctuation ("Migos Ogamba,")
_FAMILY_NAMES_CLOSED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*){0,2}(?:[,;:)]|\.(?:\s|$)|$)")


def _title_words(line: str, rules: LayoutRules) -> bool:
    """Whether every word of ``line`` is capitalised (or a function word): a heading or a cell."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.upper() in rules.lower_words for w in line.split())


_WORDS = re.compile(r"[^\W\d_]+")
#: one to three words closing a sentence, alone on a line
_SENTENCE_TAIL = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}[.!?]")
_ENTITY = re.compile(r"&(amp|nbsp|quot|apos|lt|gt|ndash|mdash|rsquo|lsquo|rdquo|ldquo|#\d{1,6}|#[xX][0-9a-fA-F]{1,6});")
_NAMED_ENTITIES = {"amp": "&", "nbsp": " ", "quot": '"', "apos": "'", "lt": "<", "gt": ">", "ndash": "\u2013",
                   "mdash": "\u2014", "rsquo": "\u2019", "lsquo": "\u2018", "rdquo": "\u201d", "ldquo": "\u201c"}


def _entity_char(name: str) -> Optional[str]:
    """The character a leftover HTML entity stands for (``None``: keep it as written)."""
    if name[0] != "#":
        return _NAMED_ENTITIES.get(name)
    try:
        code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        char = chr(code)
    except (ValueError, OverflowError):
        return None
    return char if char.isprintable() and not (0xD800 <= code <= 0xDFFF) else None


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {row["demonym"]: row["alpha3"] for row in read_tsv(data_path("countries/demonyms.tsv"))}


_ROW_SEPARATOR = re.compile(r"[ \t]\|[ \t]|\u00a6|\t")
#: the rule under a table's header row ("|---|:---:|", "----+----"): part of the header, no row
#: a rule of dashes or underscores alone on its line, under a table's header row laid out in columns
#: a rule under a header: one run of dashes, or runs of dashes under each column ("--- -------- ------")
_PLAIN_RULE = re.compile(r"[ \t]*(?:[-_=\u2013\u2014]{5,}|[-=]{2,}(?:[ \t]+[-=]{2,})+)[ \t]*")
_RULE_ROW = re.compile(r"[ \t]*(?:\|?(?:[ \t]*:?[-=]{2,}:?[ \t]*[|+])+(?:[ \t]*:?[-=]{2,}:?)?[ \t]*\|?"
                       r"|\+(?:[-=:]{2,}\+)+)[ \t]*")  # (and a grid's "+----+====+")


def side_cells(text: str, countries: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` of the table cells whose column a state's side heads: in a table
    (consecutive lines of cells apart by " | " or tabs), a header cell naming a state ("Signed by
    Mauritian side") gives its state to the cells below it; a header with no state takes the one the
    line above it names ("Delegation of Ghana"). ``countries``: sorted ``(start, end, code)`` of the
    state mentions. Linear in the text."""
    starts = [c[0] for c in countries]
    if "|" not in text and "\u00a6" not in text and "\t" not in text:
        return _with_dash_rows(text, countries, starts, _cell_per_line_sides(text, countries, starts))
    columns = _two_column_sides(text, countries, starts) if "\u00a6" in text else []
    return columns + _table_sides(text, countries, starts) if columns else _table_sides(text, countries, starts)


def _table_sides(text: str, countries: list[tuple[int, int, str]], starts: list[int]) -> list[tuple[int, int, str]]:
    """:func:`side_cells` of tables of three columns or more, drawn with pipes or tabs."""
    out: list[tuple[int, int, str]] = []
    header: Optional[list[Optional[str]]] = None
    prev_line: tuple[int, int] = (0, 0)
    gap = False  # a blank line since the last row of the table
    wrap_col: Optional[int] = None  # the column a row whose cells wrap over lines has reached
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        seps = [m.span() for m in _ROW_SEPARATOR.finditer(text, pos, end)]
        partial = header is not None and len(header) > 2 and len(seps) + 1 < len(header) and bool(text[pos:end].strip())
        opens_row = partial and _ROW_NUMBER_CELL.fullmatch(text[pos:seps[0][0] if seps else end].strip()) is not None
        if partial and (opens_row or wrap_col is not None):
            # a row whose cells wrap over several lines ("1.<tab>MoU on ...<tab>Dr. A" / "Secretary,
            # Department of X<tab>Mr. B" / "Vice Minister of Health"): a line opening on a row's
            # number starts the row; the next lines go on in the column the row has reached
            bounds = [pos] + [b for _a, b in seps]
            ends = [a for a, _b in seps] + [end]
            first = 0 if opens_row else wrap_col
            for k, (a, b) in enumerate(zip(bounds, ends), start=first):
                if k < len(header) and header[k]:
                    out.append((a, b, header[k]))
            wrap_col = first + len(bounds) - 1
            gap = False
            pos = end + 1
            continue
        wrap_col = None
        if header is not None and len(seps) == 1 and (seps[0][0] == pos or text[pos:seps[0][0]].isspace()):
            # a line of a table laid out in columns whose cells wrap, its first cell empty
            # ("        ¦Institute for Medical Research,"): the row goes on, in the same columns
            seps = seps + [(end, end)] if len(header) > 2 else seps
        if header is not None and len(seps) < 2 and (_RULE_ROW.fullmatch(text, pos, end)
                                                    or _PLAIN_RULE.fullmatch(text, pos, end)):
            pass  # the rule under the header row: the columns go on
        elif header is not None and len(seps) < 2 and (pos == end or text[pos:end].isspace()):
            gap = True  # a blank line between rows (tables taken from a page): the columns go on
        elif gap and len(seps) + 1 != len(header):
            header, gap = None, False  # after a blank line, a row of another shape: a new table, whose first row is its header
            continue
        elif len(seps) < 2:
            header, gap = None, False
            prev_line = (pos, end)
        else:
            gap = False
            bounds = [pos] + [b for _a, b in seps]
            ends = [a for a, _b in seps] + [end]
            if header is None:
                header = [_state_in(text, countries, starts, a, b) for a, b in zip(bounds, ends)]
                if any(header) and not all(header[1:]):
                    header = _other_side(text, header, bounds, ends, countries)
                if not any(header) and prev_line[1] == pos - 1 and prev_line[1] - prev_line[0] <= 80:
                    caption = _state_in(text, countries, starts, *prev_line)  # "Delegation of Ghana" right above the table
                    header = [caption] * len(bounds) if caption else header
            else:
                # a row of more cells than its header ("No. Title" read as one header cell over a
                # row's number and title): the header's cells stand over the row's last cells
                shift = max(0, len(bounds) - len(header))
                for k, (a, b) in enumerate(zip(bounds, ends)):
                    h = k - shift
                    if 0 <= h < len(header) and header[h]:
                        out.append((a, b, header[h]))
        pos = end + 1
    return _with_dash_rows(text, countries, starts, out or _cell_per_line_sides(text, countries, starts))


def _two_column_sides(text: str, countries: list[tuple[int, int, str]], starts: list[int]) -> list[tuple[int, int, str]]:
    """:func:`side_cells` of a list set in two columns (see :func:`_two_column_lists`): under a
    header line of two cells naming two states ("Indian Delegation ¦Uzbek Delegation"), up to two
    blank lines in a row or a line of one column after a blank line, the text before a line's cell
    break is the first state's side, after it the second's (a line with no break, the first's)."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    n = len(text)
    while pos < n:
        brk = text.find("\u00a6", pos)
        if brk < 0:
            break
        a = text.rfind("\n", 0, brk) + 1
        b = text.find("\n", brk)
        b = n if b < 0 else b
        pos = b + 1
        if text.count("\u00a6", a, b) != 1:
            continue
        left, right = _state_in(text, countries, starts, a, brk), _state_in(text, countries, starts, brk + 1, b)
        if not left or not right or left == right or b - a > 120:
            continue
        k, blanks = pos, 0
        while k < n and blanks < 2:
            e = text.find("\n", k)
            e = n if e < 0 else e
            if not text[k:e].strip():
                blanks += 1
            else:
                cut = text.find("\u00a6", k, e)
                if text.count("\u00a6", k, e) > 1 or blanks and cut < 0:
                    break  # (after a blank line, a line of one column only is past the list)
                blanks = 0
                out.append((k, e if cut < 0 else cut, left))
                if cut >= 0:
                    out.append((cut + 1, e, right))
            k = e + 1
        pos = k
    return out


#: the dash that parts the fields of a list's lines ("MoU on Trade – Minister A – Minister B")
_DASH_FIELD = re.compile(r"[ \t][–—][ \t]")
#: a legend's field naming a side's signatories ("signatory for the Philippines", "Indian side")
_SIDE_FIELD = re.compile(r"(?i)\b(?:signator(?:y|ies)|signed by|side|for)\b")


def _with_dash_rows(text: str, countries: list[tuple[int, int, str]], starts: list[int],
                    found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` and the fields of a list whose lines part their fields with dashes, under a legend
    line naming a state's side in two of its fields ("(document – signatory for the Philippines –
    signatory for Viet Nam)" over "1. MoU on Rice Trade – Secretary A – Minister B"): each field
    serves the state its legend names, down to the first line of another shape."""
    if "–" not in text and "—" not in text:
        return found
    rows: list[tuple[int, int, str]] = []
    legend: Optional[list[Optional[str]]] = None
    pos, n = 0, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        seps = [m.span() for m in _DASH_FIELD.finditer(text, pos, end)]
        bounds = [pos] + [b for _a, b in seps]
        ends = [a for a, _b in seps] + [end]
        if legend is not None and len(bounds) == len(legend):
            rows.extend((a, b, code) for a, b, code in zip(bounds, ends, legend) if code)
        elif legend is not None and pos < end and not text[pos:end].isspace():
            legend = None
        if legend is None and len(seps) >= 2:
            fields = [_state_in(text, countries, starts, a, b) if _SIDE_FIELD.search(text, a, b) else None
                      for a, b in zip(bounds, ends)]
            if len(set(filter(None, fields))) >= 2:
                legend = fields
        pos = end + 1
    return sorted(found + rows) if rows else found


#: a header cell naming the side of the state the release is about besides the one another cell names
_OTHER_SIDE = re.compile(r"\b(?i:other|partner|counterpart|foreign)[ \t]+(?i:side|party|country)\b")


def _other_side(text: str, header: list, bounds: list[int], ends: list[int],
                countries: list[tuple[int, int, str]]) -> list:
    """A header whose cells name one state's side and "the other side": the other side's column
    serves the one other state the text names (or one it names at least twice as often as any
    other)."""
    named = {h for h in header if h}
    if len(named) != 1:
        return header
    counts: dict[str, int] = {}
    for _s, _e, code in countries:
        if code not in named:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return header
    return [h or (ranked[0][0] if _OTHER_SIDE.search(text, a, b) else None)
            for h, a, b in zip(header, bounds, ends)]


def _state_in(text: str, countries: list[tuple[int, int, str]], starts: list[int], a: int, b: int) -> Optional[str]:
    """The state a header cell ``text[a:b]`` names: a country mention inside it, or a demonym alone
    ("Signed by Mauritian side")."""
    i = bisect_left(starts, a)
    if i < len(countries) and countries[i][1] <= b:
        return countries[i][2]
    demonyms = _demonyms()
    return next((demonyms[w] for w in _WORDS.findall(text, a, b) if w in demonyms), None)


#: the number alone on its line that opens a row of a table copied one cell a line ("1.")
_ROW_NUMBER_LINE = re.compile(r"[ \t]*\d{1,3}\.?[ \t]*")


def _cell_per_line_sides(text: str, countries: list[tuple[int, int, str]], starts: list[int]) -> list[tuple[int, int, str]]:
    """:func:`side_cells` of a table copied from a PDF one cell a line: a header of short lines, two
    of them naming a state's side ("Signatory – Egyptian Side"), then rows opening on a number alone
    on its line ("1.") with one line for each column after it."""
    if "\n1" not in text:
        return []
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1

    out: list[tuple[int, int, str]] = []
    k = 0
    n = len(lines)
    while k < n:
        a, b = lines[k]
        if not _ROW_NUMBER_LINE.fullmatch(text, a, b) or text[a:b].strip().rstrip(".") != "1":
            k += 1
            continue
        # the header: the short lines right above the first row, up to a blank line (a blank line may
        # stand between the header and the rows, and between the rows)
        top = k
        if top > 0 and not text[lines[top - 1][0]:lines[top - 1][1]].strip():
            top -= 1
        h = top
        while h > 0 and 0 < lines[h - 1][1] - lines[h - 1][0] <= 60 and text[lines[h - 1][0]:lines[h - 1][1]].strip():
            h -= 1
        header = [_state_in(text, countries, starts, *lines[i]) for i in range(h, top)]
        if any(header):  # "Signatory from the other side"
            header = _other_side(text, header, [lines[i][0] for i in range(h, top)], [lines[i][1] for i in range(h, top)],
                                 countries)
        width = len(header)  # the columns (the number's own among them)
        if width < 3 or sum(1 for c in header if c) < 2 or header[0]:
            k += 1
            continue
        row = k
        taken = len(out)
        while row < n and _ROW_NUMBER_LINE.fullmatch(text, *lines[row]):
            cells = lines[row + 1: row + width]
            if len(cells) < width - 1 or any(not text[c0:c1].strip() or _ROW_NUMBER_LINE.fullmatch(text, c0, c1)
                                             for c0, c1 in cells):
                break
            for col, (c0, c1) in enumerate(cells, start=1):
                if header[col]:
                    out.append((c0, c1, header[col]))
            row += width
            if top < k and row + 1 < n and not text[lines[row][0]:lines[row][1]].strip():
                row += 1  # (rows set apart by a blank line, as the header is)
            if row < n and text[lines[row][0]:lines[row][1]].strip() and not _ROW_NUMBER_LINE.fullmatch(text, *lines[row]) \
                    and row + 1 < n and any(_ROW_NUMBER_LINE.fullmatch(text, *lines[r]) for r in range(row + 1, min(n, row + 2 * width))):
                # a row goes on past one line a column (a signatory's name, then the office on the
                # next line) before the next row's number: the cells wrap, read by their forms of address
                del out[taken:]
                row = k
                break
        if row == k:  # cells that wrap over several lines: the signatories' cells by their forms of address
            found, row = _wrapped_signatory_cells(text, lines, k, [c for c in header if c])
            out.extend(found)
        k = row + 1
    return out


#: the line a signatory's cell opens with: a form of address before the name ("Hon. X, Minister
#: for Defence", "H.E. Prof. Dr. Y", "Mr. Z", "YB Dato' Seri W"; not the office "Ambassador of X to Y"
#: on the line under a name)
_SIGNATORY_CELL = re.compile(r"[ \t]*(?:H\.[ \t]?E\.|His[ \t]+Excellency|Her[ \t]+Excellency|(?:The[ \t]+)?Hon(?:ourable|\.)?|Rt\.?[ \t]+Hon\.?|"
                             r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Amb\.|Ambassador(?![ \t]+(?:of|to|for|in|at|Extraordinary)\b)|Senator|Sen\.|Shri|Smt\.|Dato['’]?|Datuk|Tan[ \t]+Sri|Sheikh|Sayyid"
                             r"|YA?B|Yang[ \t]+(?:Amat[ \t]+)?Berhormat|Tuan|Puan|Encik|Engr?\.|Alhaji|Chief)[ \t]")


def _wrapped_signatory_cells(text: str, lines: list[tuple[int, int]], k: int,
                             sides: list[str]) -> tuple[list[tuple[int, int, str]], int]:
    """The signatories' cells of a table copied one cell a line whose cells wrap over several lines,
    from its first row's number at line ``k``: each row (from its number alone on its line to the
    next) holds one cell per side, in the header's order, each opening with a form of address
    (``_SIGNATORY_CELL``) and running to the next one or the row's end; a row of another shape ends
    the table. Returns the cells and the index of the table's last line."""
    out: list[tuple[int, int, str]] = []
    n = len(lines)
    row, number = k, 1
    while row < n and text[lines[row][0]:lines[row][1]].strip().rstrip(".") == str(number):
        end = row + 1  # the row's lines: up to the next row's number, a blank line after its cells, or the text's end
        opens: list[int] = []
        while end < n and text[lines[end][0]:lines[end][1]].strip().rstrip(".") != str(number + 1):
            a, b = lines[end]
            if _SIGNATORY_CELL.match(text, a, b):
                opens.append(end)
            elif len(opens) == len(sides) and not text[a:b].strip():
                break
            end += 1
        if len(opens) != len(sides):
            break
        for j, (first, code) in enumerate(zip(opens, sides)):
            last = (opens[j + 1] if j + 1 < len(opens) else end) - 1
            while last > first and not text[lines[last][0]:lines[last][1]].strip():
                last -= 1
            out.append((lines[first][0], lines[last][1], code))
        row, number = end, number + 1
    return out, max(k, row - 1)


#: what may stand around the state alone on a heading line of a list of participants
#: (a heading may be lettered or numbered, "A. United Republic of Tanzania", and name the list:
#: "Members of the Indian Delegation", "Composition of the Delegation of Chile")
_HEADING_LIST = (r"(?:(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)][ \t]+)?"
                 # (an annex's label: "ANNEX A: BOTSWANA DELEGATION")
                 r"(?:(?i:annex(?:ure)?|appendix)[ \t]+(?:[A-Za-z]|[IVX]{1,4}|\d{1,2})[ \t]*[:.–—-][ \t]*)?"
                 r"(?:(?i:(?:members|composition|list)[ \t]+of)[ \t]+(?:(?i:the)[ \t]+)?)?")
_HEADING_BEFORE = re.compile(r"[ \t]*" + _HEADING_LIST
                             + r"(?:(?i:(?:the[ \t]+)?delegation[ \t]+of|for|from)[ \t]+)?(?:(?i:the)[ \t]+)?")
_HEADING_AFTER = re.compile(r"(?:[ \t]+(?i:delegation|side|team))?[ \t]*[:–—-]?[ \t]*")
_DEMONYM_HEADING = re.compile(r"[ \t]*" + _HEADING_LIST + r"(?:(?i:the)[ \t]+)?(?P<d>[^\W\d_][\w'’-]*)[ \t]+(?i:delegation|side|team)[ \t]*:?[ \t]*")
#: a line that heads the list of the people met in a state ("In Papua New Guinea, the Minister met:",
#: "2. During the visit to Ghana, the delegation called on:"): the state is the place, the line ends in a colon
_VISIT_HEADING_BEFORE = re.compile(r"[ \t]*(?:(?:[A-Za-z]|[IVX]{1,4}|\d{1,2})[.)][ \t]+)?(?i:in|while[ \t]+in|during[ \t]+(?:the|his|her|their)[ \t]+"
                                   r"(?:visit|stay)[ \t]+(?:to|in))[ \t]+(?:(?i:the)[ \t]+)?")
_VISIT_HEADING_AFTER = re.compile(r",[ \t]+[^\n:,]{3,60}:[ \t]*")
#: a bulleted line of such a list ("• the Prime Minister of Papua New Guinea;")
_BULLET_LINE = re.compile(r"[ \t]*[•·▪◦*–-][ \t]+\S")
#: a participant's line: a name and the office after a comma ("The Hon Jane Doe MP, Minister for Trade")
# (or "NAME   OFFICE", "NAME - OFFICE": a row whose cells a run of spaces, a tab, the layout view's
# cell break or a dash part)
_PARTICIPANT_LINE = re.compile(r"[^\n,\u00a6]{3,80}(?:,|[ \t]{3,}|[ \t]*[\t\u00a6]|[ \t][–-][ \t])[^\n]")
#: the column headings of a list of participants ("S/No.  NAME  DESIGNATION", "No. | Name | Position")
_COLUMN_HEADER = re.compile(r"(?i)[ \t]*(?:(?:s/|sl\.?[ \t]?|sr\.?[ \t]?)?no\.?[ \t\u00a6|]+)?name[ \t\u00a6|]+"
                            r"(?:designation|title|position|office|portfolio)s?"
                            r"(?:[ \t\u00a6|/]+(?:ministry|institution|organi[sz]ation|department|agency|body))*[ \t]*$")
#: a line that opens a numbered paragraph ("3. The Ministers ..."), not a participant's
_NUMBERED_LINE = re.compile(r"[ \t]*(?:\d{1,3}|[ivx]{1,4}|[a-z])[.)][ \t]")


#: a cell break and the spaces around it ("Mr. X        ¦Chairman, ..."), read as the dash of "NAME - OFFICE"
_CELL_GAP = re.compile(r"[ \t]*" + CELL_BREAK + r"[ \t]*")


def _numbered_participant(row: str) -> bool:
    """Whether ``row``, a numbered line without its number, is a participant's: "NAME, OFFICE" (or
    "NAME - OFFICE") in capitalised words, as the rows of a participants column are written."""
    row = _ROW_DASH.sub(", ", _CELL_GAP.sub(" - ", row.strip()).lstrip(" -"), count=1)
    row = _POST_NOMINAL.sub("", row)
    return "," in row and load_rules().row_line.fullmatch(row) is not None


def state_sections(text: str, countries: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` of the blocks of a list of participants that a heading line naming a
    state alone heads ("Australia", "Delegation of Ghana", "Indian side:"), down to the next heading,
    or to a blank line followed by a line that is no participant's (a closing paragraph, page
    furniture, "Secretariat"). The heading must be followed by a participant's line ("NAME,
    OFFICE"). ``countries``: sorted ``(start, end, code)`` of the state mentions."""
    heads: list[tuple[int, int, str]] = []  # (line start, line end, code)
    visits: set[int] = set()  # the heads of the people met in a state, whose list may be bulleted
    for s, e, code in countries:
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", e)
        b = len(text) if b < 0 else b
        if b - a > 80 or (heads and heads[-1][0] == a):
            continue
        if b - a <= 60 and _HEADING_BEFORE.fullmatch(text, a, s) and _HEADING_AFTER.fullmatch(text, e, b):
            heads.append((a, b, code))
        elif _VISIT_HEADING_BEFORE.fullmatch(text, a, s) and _VISIT_HEADING_AFTER.fullmatch(text, e, b):
            heads.append((a, b, code))
            visits.add(a)
    if "\n" in text and (" side" in text or "elegation" in text or " team" in text):
        demonyms = None
        for m in _DEMONYM_LINE.finditer(text):
            h = _DEMONYM_HEADING.fullmatch(text, m.start(), m.end())
            if h is None:
                continue
            demonyms = demonyms if demonyms is not None else _demonyms()
            code = demonyms.get(h.group("d"))
            if code and not any(a == m.start() for a, _b, _c in heads):
                heads.append((m.start(), m.end(), code))
        heads.sort()
    out: list[tuple[int, int, str]] = []
    starts = {a for a, _b, _c in heads}
    n = len(text)
    paired, paired_heads = _interleaved_columns(text, heads)
    out.extend(paired)
    for a, b, code in heads:
        if a in paired_heads:
            continue  # (its lines are read in turn with the other heading's)
        pos, end, gap, first, table = b + 1, None, False, True, False
        while pos < n:
            nl = text.find("\n", pos)
            line_end = n if nl < 0 else nl
            if pos in starts:
                break
            if text[pos:line_end].strip() == "":
                gap = True
            elif first and _COLUMN_HEADER.match(text, pos, line_end):
                gap, table = False, True  # "S/No.   NAME   DESIGNATION": the list's column headings
            else:
                numbered = _NUMBERED_LINE.match(text, pos, line_end)
                participant = _PARTICIPANT_LINE.match(text, pos, line_end) is not None \
                    or (a in visits and _BULLET_LINE.match(text, pos, line_end) is not None)
                if numbered is not None:
                    # "2. Dr. Jane Roe, Ambassador to Peru", "3. Hon. X (MP) - Minister for Trade": a
                    # numbered row of the list, not a numbered paragraph ("3. The Ministers agreed, ...")
                    # (a row under the headings, its cells parted by breaks or, flattened from a PDF, by spaces)
                    participant = _numbered_participant(text[numbered.end():line_end]) or table
                if (first and not participant) or (gap and not participant) or line_end - pos > 160 \
                        or (numbered is not None and not participant) or _PROSE_LINE.match(text, pos, line_end):
                    break
                first, gap, end = False, False, line_end
            pos = line_end + 1
        if end is not None:
            out.append((b + 1, end, code))
    if paired:
        out.sort()  # (in the text's order, as the blocks are looked up by their starts)
    return out


#: a line of prose, no participant's: a sentence with a finite verb, closed by a full stop ("The
#: Minister arrived on Tuesday, where he was received by the Deputy Minister, Hon. X.")
_PROSE_LINE = re.compile(r"[^\n]*\b(?:has|have|had|was|were|is|are|will|would|said|says|spoke|met|held|agreed|discussed"
                         r"|welcomed|thanked|called|received|signed|visited|reaffirmed|expressed|noted|told|took)\b"
                         r"[^\n]*\.[ \t]*$", re.MULTILINE)


def _interleaved_columns(text: str, heads: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], set[int]]:
    """The lines of a two-column list of delegations that PDF extraction interleaved: two heading
    lines one under the other, each naming a side ("INDONESIAN DELEGATION" / "SOUTH AFRICAN
    DELEGATION"), then lines that alternate between the two columns, the first two numbered alike
    ("1. H.E. Mr. A" / "1. H.E. Mr. B" / "Minister for Foreign Affairs" / "Minister of ..."): each
    line serves its column's side, down to the first blank line. ``(start, end, code)`` a line, and
    the starts of the heading lines so read."""
    out: list[tuple[int, int, str]] = []
    used: set[int] = set()
    for (a1, b1, c1), (a2, b2, c2) in zip(heads, heads[1:]):
        if b1 + 1 != a2 or c1 == c2:
            continue
        lines, pos, n = [], b2 + 1, len(text)
        while pos < n and text[pos] == "\n":
            pos += 1
        while pos < n:
            nl = text.find("\n", pos)
            end = n if nl < 0 else nl
            if not text[pos:end].strip():
                break
            lines.append((pos, end))
            pos = end + 1
        if len(lines) < 4:
            continue
        if not numbered_alike(text[slice(*lines[0])], text[slice(*lines[1])]):
            continue
        out.extend((a, b, c1 if k % 2 == 0 else c2) for k, (a, b) in enumerate(lines))
        used |= {a1, a2}
    return out, used


#: a short line (the candidates for a heading naming a side by its demonym: "Indian Delegation")
_DEMONYM_LINE = re.compile(r"(?m)^[^\n,.]{4,40}$")
