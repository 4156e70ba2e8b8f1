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

The logic is plain Python in :mod:`dialogue_extract.people` (one registered function per anchor over
a per-document :class:`~dialogue_extract.people.Scan`); this component only finds the honorific
and counterpart words with a PhraseMatcher, builds each document's scan from the spans the
components before it marked, and writes the spans. It keeps no state between documents.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Any, Optional

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ...data import data_path
from ...people import ANCHORS, PersonGrammar, PersonInfo, PersonLexicon, Scan, Title, bare_mentions, run_anchors
from ...people.grammar import GLUED_INITIALS
from ...people.grammar import find_forms  # noqa: F401  (its former home)
from ..layout import CELL_BREAK
from ..text import TokenView, offset_map, original_text, token_view
from ..zones import boilerplate_index

from .. import extensions  # noqa: F401  (registers the de_* attributes)
from .. import keys
from ..extensions import set_span_value, span_value
from ..groups import set_spans, spans_of

__all__ = ["PersonsComponent", "PersonInfo", "PersonLexicon", "make_persons"]


@Language.factory("de_persons", default_config={"lexicon_path": None, "max_name_words": 6, "anchors": None},
                  requires=["doc.spans", "span._.de_title_info"], assigns=["doc.spans", "span._.de_person_info"])
def make_persons(nlp: Language, name: str, lexicon_path: Optional[str], max_name_words: int,
                 anchors: Optional[list[str]]) -> "PersonsComponent":
    """``anchors``: the names of the anchors to run, in order (default: every registered one,
    :data:`dialogue_extract.people.ANCHORS`)."""
    path = Path(lexicon_path) if lexicon_path else data_path("persons.json")
    return PersonsComponent(nlp, PersonLexicon.from_files(path), max_name_words=max_name_words, anchors=anchors)


class PersonsComponent:
    def __init__(self, nlp: Language, lexicon: PersonLexicon, *, max_name_words: int = 6,
                 anchors: Optional[list[str]] = None) -> None:
        unknown = [a for a in anchors or () if a not in ANCHORS]
        if unknown:
            raise ValueError(f"no anchor named {unknown[0]!r}; known: {', '.join(ANCHORS)}")
        self.anchors = list(anchors) if anchors is not None else None
        self.grammar = PersonGrammar(lexicon, max_name_words=max_name_words, cell_break=CELL_BREAK)
        # an abbreviated given name ("Mohd. Hasan", "Ma. Lourdes") is one token, as "Md." already is
        for form in lexicon.given_name_abbreviations:
            if form.endswith(".") and len(nlp.make_doc(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        # Russian initials glued with a two-letter one ("Yu.B. Tsvetkov") are one token, as "S.V." is
        if nlp.tokenizer.token_match is None:
            nlp.tokenizer.token_match = GLUED_INITIALS.match
        # honorifics and counterpart words are found with one PhraseMatcher, not a token loop
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for form, strength in lexicon.honorific_forms:
            # "Ms" and "Ms.", "Hon." and "Hon" (the lexicon lists a form once, with or without its dot)
            bare = form.rstrip(".")
            variants = {form, bare + "."} if form == bare and bare.isalpha() else {form}
            if form.endswith(".") and len(bare) > 2:
                variants.add(bare)
            if "'" in form:  # "Dato' Seri", also written "Dato Seri" and "Dato’ Seri"
                variants |= {form.replace("'", ""), form.replace("'", "’")}
            for v in variants:
                # tokenised as before a name: "Ms." alone would split off its period
                tokens = nlp.make_doc(v + " Name")[:-1]
                self.matcher.add("HON_" + strength.upper(), [tokens.as_doc()])
        self.matcher.add("COUNTERPART", [nlp.make_doc(w) for w in lexicon.counterpart_words])
        for plural, singular in lexicon.plural_offices.items():
            self.matcher.add("PLURAL_" + (singular or ""), [nlp.make_doc(plural)])
        self.hon_strong = nlp.vocab.strings["HON_STRONG"]
        self.counterpart_id = nlp.vocab.strings["COUNTERPART"]
        self.plural_titles = {nlp.vocab.strings["PLURAL_" + (v or "")]: v for v in lexicon.plural_offices.values()}

    @property
    def lex(self) -> PersonLexicon:
        return self.grammar.lex

    def scan(self, doc: Doc) -> Scan:
        """The scan of ``doc``: its token view and the tables the anchors read (nothing is run)."""
        tv = token_view(doc)
        # each span group read once (reading a SpanGroup creates its Span objects)
        blocked = {key: [(sp.start, sp.end) for sp in spans_of(doc, key)]
                   for key in (keys.COUNTRIES, keys.ORGANIZATIONS, keys.DATES)}
        titles = [Title(t.start, t.end, span_value(t, "de_title_info")) for t in spans_of(doc, keys.TITLES)]
        # a title that ends inside a body's name ("Director-General of the Department of ... Affairs
        # Cai Wei and ...") ends that name: the words after it are free for a person
        title_ends = sorted(t.end for t in titles)
        if title_ends and blocked[keys.ORGANIZATIONS]:
            clipped = []
            for s, e in blocked[keys.ORGANIZATIONS]:
                k = bisect_right(title_ends, s)
                clipped.append((s, title_ends[k]) if k < len(title_ends) and title_ends[k] < e else (s, e))
            blocked[keys.ORGANIZATIONS] = clipped
        honorifics, counterparts, plurals = [], [], []
        for match_id, start, end in self.matcher(doc):
            if match_id == self.counterpart_id:
                counterparts.append(start)
            elif match_id in self.plural_titles:
                plurals.append((end, self.plural_titles[match_id]))
            elif end >= len(doc) or not self._before_capitals(doc, tv, end):
                honorifics.append((start, end, match_id == self.hon_strong))
        honorifics.extend((k, k + 1, False) for k in _french_addresses(doc, tv))
        return Scan.build(self.grammar, tv, titles=titles, blocked_spans=blocked,
                          boilerplate=boilerplate_index(doc), honorifics=honorifics,
                          counterparts=counterparts, plurals=plurals)

    def _before_capitals(self, doc: Doc, tv: Any, k: int) -> bool:
        """Whether the word at token ``k`` follows a form matched only as written ("HE") and was
        written in capitals by the caller ("HE SAID", a heading the Doc holds recased)."""
        if tv.text(k - 1) not in self.lex.names.honorifics_exact:
            return False
        start, end = tv.starts[k], tv.starts[k] + tv.lengths[k]
        shift = offset_map(doc)
        if shift is not None:
            start, end = shift.span(start, end)
        word = original_text(doc)[start:end]
        return word.isupper() and len(word) > 1

    def __call__(self, doc: Doc) -> Doc:
        scan = run_anchors(self.scan(doc), self.anchors)
        spans = []
        for (s, e), info in scan.found.items():
            span = Span(doc, s, e, label="PERSON")
            set_span_value(span, "de_person_info", info)
            spans.append(span)
        for s, e in bare_mentions(scan):
            span = Span(doc, s, e, label="PERSON")
            set_span_value(span, "de_person_info", PersonInfo(anchor="bare"))
            spans.append(span)
        spans.sort(key=lambda sp: sp.start)
        set_spans(doc, keys.PERSONS, spans)
        return doc


#: a word written in capitals in the text the caller gave (two letters or more)
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")


def _french_addresses(doc: Doc, tv: Any) -> list[int]:
    """The tokens "M." that are the French form of address ("M. Macky SALL", "M. Ferdinand NGOH
    NGOH"): before a given name and a family name written in capitals in the caller's text (the
    Doc may hold a run of capitals recased), not an initial ("M. Nurtleu", "M. Venkaiah Naidu")."""
    text = tv.doc_text
    i = text.find("M. ")
    if i < 0:
        return []
    original, shift = original_text(doc), offset_map(doc)
    out = []
    while i >= 0:
        k = bisect_left(tv.starts, i)
        if (i == 0 or not text[i - 1].isalnum()) and k + 2 < tv.n and tv.starts[k] == i and tv.text(k) == "M.":
            given = tv.text(k + 1)
            if given[:1].isupper() and given[1:].islower() and given.replace("-", "").isalpha():
                for j in range(k + 2, min(tv.n, k + 7)):
                    a, b = tv.starts[j], tv.starts[j] + tv.lengths[j]
                    if shift is not None:
                        a, b = shift.span(a, b)
                    word = original[a:b].replace("-", "").replace("'", "").replace("\u2019", "")
                    if not word:
                        continue  # (the hyphen of "Jean-Pierre")
                    if not word[:1].isupper():
                        break
                    if _CAPS_WORD.fullmatch(word) and word.isupper():
                        out.append(k)
                        break
        i = text.find("M. ", i + 3)
    return out
