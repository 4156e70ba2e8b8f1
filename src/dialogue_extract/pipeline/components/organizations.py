"""Recognises organisations: known bodies from ``organizations.tsv`` and the generic shapes of
government bodies ("Ministry of Economy, Trade and Industry", "Department of Foreign Affairs").

Writes ``doc.spans["organizations"]`` (label ``ORG``, ``kb_id_`` = canonical name).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ...data import data_path, read_json, read_lines, shipped
from ...names import load_lexicon, word_key
from ...organizations import OrgInfo, load_organizations
from ..text import doc_text, token_view
from ..zones import boilerplate_index, keep_longest
from .. import keys
from ..groups import set_spans, spans_of
from ..patterns import AddsPatterns


# "Ministry of X[, Y] and Z": capitalised words joined by 'and', '&', commas and 'of (the)'; a
# comma only inside a list that closes with "and"/"&" ("Economy, Trade and Industry"), so that
# "Ministry of Foreign Affairs, Datuk X" stops at the comma
_CAP = r"[A-Z](?:[\w-]|['’](?=\w))*"  # a capitalised word; a final apostrophe is a possessive
_LIST_COMMA = (r"\s*,\s*(?:(?:and|&)\s+|(?=(?:" + _CAP + r"\s*,\s*)*" + _CAP + r"(?:\s+" + _CAP + r")*,?\s+(?:and|&)\s+[A-Z]))")
_HEADS = (r"Ministry", r"Department", r"Office", r"Embassy", r"High\s+Commission", r"Consulate(?:\s+General)?",
          r"Secretariat", r"Permanent\s+Mission", r"Agency", r"Commission")


def _at_word_start(head: str) -> str:
    """``head`` (starting with a letter) matched only at the start of a word: ``\\b`` written
    after its first letter ("M(?<!\\wM)inistry"), so the search skips ahead to the heads' first
    letters instead of trying the pattern at every position."""
    return head[0] + r"(?<!\w" + head[0] + ")" + head[1:]


GENERIC = re.compile(
    r"(?:(?:" + "|".join(map(_at_word_start, _HEADS)) + r")\s+(?:of|for)\s+(?:the\s+)?"
    + _CAP + r"(?:(?:" + _LIST_COMMA + r"|\s+(?:and|&)\s+|\s+of\s+(?:the\s+)?|\s+)" + _CAP + r")*)"
)


@Language.factory("de_organizations", default_config={"extra_patterns": [], "organizations_path": None},
                  requires=["doc.spans"], assigns=["doc.spans"])
def make_organizations(nlp: Language, name: str, extra_patterns: list[str],
                       organizations_path: str | None) -> "OrganizationsComponent":
    organizations_path = organizations_path or str(data_path("organizations.tsv"))  # None: the shipped file
    # the meeting formats lie beside the organisations file; a pipeline folder may do without them
    path = shipped(data_path("meeting_formats.txt", Path(organizations_path).parent))
    formats = read_lines(path) if path.is_file() else ()
    # so do the title words, whose portfolios are the words bodies are named with
    titles = shipped(data_path("titles.json", Path(organizations_path).parent))
    title_data = read_json(titles) if titles.is_file() else {}
    field_words = _field_words(title_data) if title_data else ()
    # and the forms of address, which open the name of a person after a body's name
    names = shipped(data_path("names", Path(organizations_path).parent))
    honorifics = tuple(load_lexicon(names).honorifics_before) if (names / "honorifics.tsv").is_file() else ()
    component = OrganizationsComponent(nlp, load_organizations(organizations_path), formats, field_words, honorifics,
                                       office_heads=[h for h in title_data.get("heads", ()) if h[:1].isupper()])
    component.add_pattern_files(extra_patterns)  # on top of the shipped data
    return component


class OrganizationsComponent(AddsPatterns):
    """Known bodies and "Ministry of ..." shapes; ``add_patterns([{"name", "aliases", "country",
    "kind"}])`` adds bodies to the shipped list."""

    def __init__(self, nlp: Language, entries: dict[str, OrgInfo], formats: Iterable[str] = (),
                 field_words: tuple[Iterable[str], Iterable[str]] = (),
                 honorifics: Iterable[tuple[str, ...]] = (), office_heads: Iterable[str] = ()) -> None:
        self.nlp = nlp
        # offices as words ("Director General"): "the Ministry of Foreign Affairs and Director
        # General of the Wing" ends the body's name before "and" (a second office of its holder)
        self.office_heads = frozenset(tuple(h.split()) for h in office_heads)
        self._office_head_words = max((len(h) for h in self.office_heads), default=0)
        # forms of address written before a name, as word keys ("tan", "sri"): "... of Foreign
        # Affairs Tan Sri X" ends the body's name before them
        self.honorifics = frozenset(honorifics)
        # the words a body's field is named with ("Foreign", "Trade"), and the portfolios among them
        self.field_words = tuple(map(frozenset, field_words)) if field_words else ()
        self.entries = entries  # every name and alias -> OrgInfo
        self.formats = frozenset(formats)  # words after a body's name that make it a meeting format
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.by_name = {}  # a match's label (the body's name) -> OrgInfo
        for form, info in entries.items():
            self.matcher.add(info.name, [nlp.make_doc(form)])
            self.by_name[info.name] = info

    def _add_pattern(self, pattern: dict) -> None:
        name = pattern.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"an organisation pattern needs a 'name': {pattern!r}")
        aliases = pattern.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a for a in aliases.split("|") if a]
        info = OrgInfo(name.strip(), pattern.get("country") or None, pattern.get("kind") or "government")
        self.entries = dict(self.entries)
        self.by_name = {**self.by_name, info.name: info}
        for form in [info.name, *(a.strip() for a in aliases)]:
            self.entries[form] = info
            self.matcher.add(info.name, [self.nlp.make_doc(form)])

    def lookup(self, text: str) -> OrgInfo | None:
        return self.entries.get(text)

    def __call__(self, doc: Doc) -> Doc:
        # candidates as (start, end, (kb_id, span_id)); Spans are made for the kept ones only
        found: list[tuple[int, int, tuple[str, str]]] = []
        n = len(doc)
        text = doc_text(doc)
        matches = self.matcher(doc)
        if matches:
            view = token_view(doc)
            starts, lengths = view.starts, view.lengths
            for match_id, start, end in matches:
                if end < n and view.text(end) in self.formats:  # "Foreign Office Consultations": a meeting
                    continue
                if end - start == 1 and _opens_a_name(view, start, end, n):
                    continue  # "President Duma Gideon Boko": a given name the alias is written as
                if _name_goes_on_with_for(view, end, n):
                    continue  # "State Department for Trade" (Kenya's): a longer name than the alias
                # the body the pattern was added for: the text may space its words otherwise
                # ("Mekong - Ganga" for "Mekong-Ganga", the same tokens)
                form = text[starts[start]:starts[end - 1] + lengths[end - 1]]
                entry = self.entries.get(form) or self.by_name[self.nlp.vocab.strings[match_id]]
                found.append((start, end, (entry.name, entry.country or "")))
        country_starts = None
        for m in GENERIC.finditer(text):
            stop = text.find("\n", m.start(), m.end())  # a name never runs on to the next line
            stop = _first_item_and(text, m.start(), m.end() if stop < 0 else stop)
            span = doc.char_span(m.start(), stop, alignment_mode="contract")
            if span is None or not len(span):
                continue
            if country_starts is None:
                country_starts = {s.start for s in spans_of(doc, keys.COUNTRIES)}
            end = _cut_before_country(doc, span.start, span.end, country_starts)
            if self.field_words:
                end = _cut_before_name(doc, span.start, end, self.field_words, self.honorifics)
            if self.office_heads:
                end = self._cut_before_office(doc, span.start, end)
            while end - span.start > 1 and doc[end - 1].lower_ in _TRAILING_JOINERS:
                end -= 1  # "... Research and Innovation, and Dr. X": the list's joiner stays outside
            span = doc[span.start:end]
            entry = self.lookup(span.text)
            found.append((span.start, span.end, (entry.name, entry.country or "") if entry else (span.text, "")))
        zone_starts, zone_ends = boilerplate_index(doc)
        kept = []
        for start, end, (kb_id, span_id) in keep_longest(found):
            if zone_starts:  # touches a boilerplate zone (zones never overlap)
                i = bisect_right(zone_starts, end - 1) - 1
                if i >= 0 and zone_ends[i] > start:
                    continue
            kept.append(Span(doc, start, end, label="ORG", kb_id=kb_id, span_id=span_id))
        set_spans(doc, keys.ORGANIZATIONS, kept)
        return doc

    def _cut_before_office(self, doc: Doc, start: int, end: int) -> int:
        """End a generic body's name before "and" and an office that opens a phrase of its own
        ("... Ministry of Foreign Affairs and Director General of the External Publicity Wing, X"):
        the second office of the person the sentence names, not a word of the body's field."""
        for i in range(start + 1, end - 1):
            if doc[i].lower_ not in ("and", "&"):
                continue
            for size in range(min(self._office_head_words, len(doc) - i - 2), 0, -1):
                words = tuple(t.text for t in doc[i + 1:i + 1 + size])
                if words in self.office_heads and doc[i + 1 + size].lower_ in ("of", "for", ","):
                    return i
        return end


def _opens_a_name(view, start: int, end: int, n: int) -> bool:
    """Whether a one-word alias stands between a capitalised word (an office) and two more
    capitalised words: the first word of a person's name ("President Duma Gideon Boko"), not
    the body ("the Duma Speaker")."""
    if start == 0 or end + 1 >= n or view.text(start - 1) in ("The", "A", "An"):
        return False
    words = (view.text(start - 1), view.text(start), view.text(end), view.text(end + 1))
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


_COMMA_AND = re.compile(r"\s*,\s*(?:and|&)\s")
#: what a body's name never ends on, once a person's name after it is cut off
_TRAILING_JOINERS = frozenset({",", "and", "&", "of", "the", "for"})


def _name_goes_on_with_for(view, end: int, n: int) -> bool:
    """Whether "for" and a capitalised word follow the name ending at token ``end`` (past a line's
    break and a cell break of a column that wraps): the name goes on ("State Department for Trade")."""
    k = end
    while k < n and k - end < 3 and (view.text(k).isspace() or view.text(k) == "\u00a6"):
        k += 1
    return k + 1 < n and view.lower(k) == "for" and view.text(k + 1)[:1].isupper()


def _first_item_and(text: str, start: int, end: int) -> int:
    """Where a body's name ends before ", and": a serial "and" closes a list only after an earlier
    comma of that list ("Economy, Trade, and Industry"); "Ministry of Foreign Affairs, and U Zaw
    Phyo Win" is the body, then the next item of the sentence."""
    m = _COMMA_AND.search(text, start, end)
    if m is None or "," in text[start:m.start()]:
        return end
    return m.start()


def _field_words(titles: dict) -> tuple[set[str], set[str]]:
    """The capitalised words of the title lexicon's portfolios and complements, and of its
    portfolios alone."""
    def words(keys: tuple[str, ...]) -> set[str]:
        return {w for key in keys for phrase in titles.get(key, []) for w in phrase.split() if w[:1].isupper()}
    return words(("portfolio", "complement_words")), words(("portfolio",))


#: how many words a person's name after a body's name may have
_NAME_WORDS = 4
#: what joins the words of a body's field ("Foreign Affairs and Trade", "Economy, Trade and Industry")
_FIELD_JOINERS = frozenset({"and", "&", "of", "the", ",", "for"})


def _honorific_at(doc: Doc, i: int, end: int, honorifics: frozenset) -> int:
    """Number of words of the longest form of address (word keys) at token ``i``, before ``end``."""
    for n in (4, 3, 2, 1):
        if i + n <= end and tuple(word_key(doc[k].text) for k in range(i, i + n)) in honorifics:
            return n
    return 0


def _cut_before_name(doc: Doc, start: int, end: int, field_words: tuple[frozenset, frozenset],
                     honorifics: frozenset = frozenset()) -> int:
    """End a generic body's name before the name of a person that follows it: "Secretary-General
    of the Ministry of Foreign Affairs Datuk Nor Azlina Ismail", "Deputy Secretary of the
    Department of Foreign Affairs and Trade Jane Roe", "... of Foreign Affairs Ali Musa and
    Admiral X". The body's field is named with the title lexicon's words; after one of them, one
    to four capitalised words that are none, closing the match or followed by "and" or a comma
    and no further field word, are a person's name (a single word only when no capitalised word
    follows it)."""
    ofs = [i for i in range(start + 1, end) if doc[i].lower_ in ("of", "for")]
    if not ofs:
        return end
    cut = _cut_after_field(doc, ofs[0], end, field_words, honorifics)
    if cut == end and ofs[-1] != ofs[0]:
        # "Department of the UAE Ministry of Foreign Affairs Hessa bint Obaid": a body named inside
        # the name of its unit, the field after its own "of"
        cut = _cut_after_field(doc, ofs[-1], end, field_words, honorifics)
    return cut


def _cut_after_field(doc: Doc, of: int, end: int, field_words: tuple[frozenset, frozenset],
                     honorifics: frozenset) -> int:
    """:func:`_cut_before_name` for the field named after the "of" or "for" at token ``of``."""
    words, portfolio = field_words
    seen = False
    i = of + 1
    while i < end:
        t = doc[i]
        if t.text in words:
            seen = True
        elif t.lower_ not in _FIELD_JOINERS:
            break
        i += 1
    if seen and honorifics:
        # a form of address after the field opens a person's name, however long ("... of Foreign
        # Affairs and Expatriates Ambassador Sufian Al-Qudah", "... of Foreign Affairs Tan Sri X")
        for k in range(of + 2, end):
            if doc[k].text in words or not doc[k].text[:1].isupper():
                continue
            h = _honorific_at(doc, k, end, honorifics)
            if h and k + h < end and doc[k + h].text[:1].isupper():
                return k
    if i >= end or not seen or not doc[i].text[:1].isupper():
        return end
    j = i
    while j < end and (doc[j].text[:1].isupper() and doc[j].text not in words or doc[j].text in ("'", "’")
                       # a field word between two that no field holds is a part of the name ("Binod Raj Ghimire")
                       or j > i and j + 1 < end and doc[i - 1].text in words and doc[j].text in words
                       and doc[j + 1].text[:1].isupper() and doc[j + 1].text.isalpha() and doc[j + 1].text not in words
                       or doc[j].text in ("-", "‐") and j > i and not doc[j - 1].whitespace_  # "Al-Momani"
                       or doc[j].is_lower and j > i and j + 1 < end and doc[j + 1].text[:1].isupper()
                       and load_lexicon().is_particle(doc[j].text)):  # "Abdulaziz bin Fahad"
        j += 1
    # (counted as written: "Al-Momani" and "O'Brien" are one word each)
    if sum(1 for k in range(i, j) if k == i or doc[k - 1].whitespace_) > _NAME_WORDS:
        return end
    if j == end:
        if doc[i - 1].lower_ in ("and", "&"):
            # "Department of Food, Public Distribution and Storage", "Department for Energy Security
            # and Net Zero": the field's last words
            return end
        # (one word left in the name before a capitalised one is the field's, unless that one is an
        # initial: "Department of National Defense Carlito G. Galvez Jr.")
        return end if j - i == 1 and end < len(doc) and doc[end].text[:1].isupper() \
            and not _INITIAL.fullmatch(doc[end].text) else i
    if doc[j].lower_ in ("and", "&", ",") and not (j + 1 < end and doc[j + 1].text in portfolio):
        return i
    return end


_INITIAL = re.compile(r"[A-Z]\.")


def _cut_before_country(doc: Doc, start: int, end: int, country_starts: set[int]) -> int:
    """End a generic organisation name before a trailing "of (the) <country>" or ", <country>"."""
    for i in range(start + 2, end):
        if doc[i].lower_ in ("of", ","):
            j = i + 1
            if j < end and doc[j].lower_ == "the":
                j += 1
            if j in country_starts:
                return i
    return end
