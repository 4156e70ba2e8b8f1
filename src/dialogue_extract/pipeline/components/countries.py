"""The countries component: states referred to by name, abbreviation or demonym.

Writes ``doc.spans["countries"]``: label ``GPE`` for names and abbreviations, ``NORP`` for
demonyms, ``kb_id_`` the ISO 3166-1 alpha-3 code. Matching is one case-sensitive
PhraseMatcher (names must be capitalised as written; all-capitals headings are matched through
upper-case variants), then per match: boilerplate zones, the not-a-country blocklist, given names
("Jordan Peterson"), family names ("Prime Minister Luís Montenegro"), streets ("Dominica Drive") and
longest-match-wins.

Tokens that glue a country to something with a hyphen and that the tokenizer keeps whole
("U.S.-Vietnam", "U.S.-led") are split first, so every country gets its own exact offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Optional

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ...countries import country_forms, demonym_forms, is_abbreviation
from ...data import data_path, read_lines, read_tsv
from ..text import doc_text
from ..zones import Cover, boilerplate_index, keep_longest
from .. import keys
from ..groups import set_spans
from ..patterns import AddsPatterns

NAME_LABEL = "GPE"
DEMONYM_LABEL = "NORP"

_HYPHEN_SPLIT = re.compile(r"([-–])")
_HYPHEN = re.compile(r"[-–]")
_BLANK = re.compile(r"\s")
_NON_BLANK = re.compile(r"\S*")
_BLOCK_KEY = "de_countries.BLOCK"
# before a country name that is also a given name, the words that make it the place ("Ambassador to Chad X")
_PLACE_PREPOSITIONS = frozenset({"to", "in"})
# before a country name that is also a family name read so elsewhere, the words that keep it the state
_STATE_OPENERS = frozenset({"to", "in", "of", "from", "and", "with", "visit", "visited", "visiting", "across", "toward", "towards"})
# a demonym that names the language a text is in ("held in Portuguese", "translated into Arabic",
# "in Russian and English."); "Spanish-speaking", "the Japanese language" are phrases of not_countries.txt
_LANGUAGE_BEFORE = frozenset({"in", "into", "from"})
_LANGUAGE_LIST = frozenset({"and", "or", ","})


def _opens_language(doc: Doc, start: int) -> bool:
    """Whether "in"/"into"/"from" opens the list of capitalised single words that ends at token
    ``start`` ("in Russian", "in Arabic, French and Portuguese")."""
    i = start - 1
    for _ in range(12):
        if i < 0:
            return False
        t = doc[i]
        if t.lower_ in _LANGUAGE_BEFORE:
            return True
        if t.lower_ in _LANGUAGE_LIST:
            i -= 1
            if i < 0 or not (doc[i].is_title and doc[i].is_alpha):
                return False
            i -= 1
        else:
            return False
    return False


def _closes_language(doc: Doc, end: int) -> bool:
    """Whether the clause ends after the list of capitalised single words that starts at token
    ``end`` ("in Russian and English." but not "in Japanese and Korean start-ups")."""
    n = len(doc)
    k = end
    while k < n and doc[k].lower_ in _LANGUAGE_LIST and k + 1 < n and doc[k + 1].is_title and doc[k + 1].is_alpha:
        k += 2
    return k >= n or doc[k].is_space or (doc[k].is_punct and doc[k].text not in ("-", "–"))


@Language.factory(
    "de_countries",
    # a path left out is the shipped file (nlp.add_pipe("de_countries") works on any pipeline);
    # extra_patterns: JSONL files of patterns added to it
    default_config={"extra_patterns": [], "aliases_path": None, "demonyms_path": None, "blocklist_path": None,
                    "personal_names_path": None, "family_names_path": None, "shared_demonyms_path": None,
                    "split_hyphenated": True},
    assigns=["doc.spans"],
    retokenizes=True,
)
def make_countries(
    nlp: Language,
    name: str,
    extra_patterns: list[str],
    aliases_path: Optional[str],
    demonyms_path: Optional[str],
    blocklist_path: Optional[str],
    personal_names_path: Optional[str],
    family_names_path: Optional[str],
    shared_demonyms_path: Optional[str],
    split_hyphenated: bool,
) -> "CountriesComponent":
    aliases_path = aliases_path or data_path("countries/aliases.tsv")
    demonyms_path = demonyms_path or data_path("countries/demonyms.tsv")
    blocklist_path = blocklist_path or data_path("countries/not_countries.txt")
    personal_names_path = personal_names_path or data_path("countries/personal_names.txt")
    names = country_forms(str(aliases_path), str(blocklist_path))
    demonyms = demonym_forms(str(demonyms_path))
    blocklist = read_lines(blocklist_path)
    family_names_path = family_names_path or data_path("countries/family_names.txt")
    personal = read_lines(personal_names_path) if personal_names_path else ()
    family = read_lines(family_names_path) if family_names_path else ()
    shared_demonyms_path = shared_demonyms_path or data_path("countries/shared_demonyms.tsv")
    shared = read_tsv(shared_demonyms_path) if shared_demonyms_path else ()
    component = CountriesComponent(nlp, names, demonyms, blocklist, personal, family,
                                   split_hyphenated=split_hyphenated,
                                   shared_demonyms=[(r["demonym"], r["alpha3"]) for r in shared])
    component.add_pattern_files(extra_patterns)  # on top of the shipped data
    return component


#: the words a street's name ends with ("21 Dominica Drive", "India Street"): a state before one
#: names the street
_STREET_WORDS = frozenset({"Drive", "Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Boulevard", "Blvd.", "Lane",
                           "Crescent", "Close", "Marg", "Straat", "Strasse", "Straße"})


#: the verbs of a language learnt, taught or spoken ("Spanish is taught", "they speak Arabic")
_LANGUAGE_VERBS = frozenset({"taught", "spoken", "learnt", "learned", "studied", "speak", "speaks", "spoke",
                             "speaking", "learn", "learning", "teach", "teaching", "study", "studying"})


def _language_taught(doc: Doc, start: int, end: int) -> bool:
    """Whether the demonym ``doc[start:end]`` is a language a verb of learning or speaking governs:
    "Spanish is (now) taught", "learn Arabic" (and no noun after it: "learn Japanese methods")."""
    k = end
    if k < len(doc) and doc[k].lower_ in ("is", "are", "was", "were"):
        k += 1
        if k < len(doc) and doc[k].lower_ in ("now", "also", "widely", "still", "increasingly"):
            k += 1
        return k < len(doc) and doc[k].lower_ in _LANGUAGE_VERBS
    return start > 0 and doc[start - 1].lower_ in _LANGUAGE_VERBS and (
        end >= len(doc) or not doc[end].is_alpha or doc[end].is_lower and doc[end].lower_ in ("and", "or", "to", "at", "in"))


def upper_variant(form: str) -> Optional[str]:
    """The all-capitals spelling of a name as it appears in headings, or None if it is the same."""

    if is_abbreviation(form):
        return None
    up = form.upper()
    return up if up != form else None


def _hyphens(text: str) -> list[int]:
    """Offsets of the hyphens and en dashes of ``text``, in order."""
    out = []
    for dash in "-–":
        p = text.find(dash)
        while p >= 0:
            out.append(p)
            p = text.find(dash, p + 1)
    if "–" in text and "-" in text:
        out.sort()
    return out


def hyphen_parts(text: str) -> list[str]:
    """ "U.S.-Vietnam" -> ["U.S.", "-", "Vietnam"] (empty pieces dropped)."""
    return [p for p in _HYPHEN_SPLIT.split(text) if p]


#: words that open a state's office or body: a state's name that is also a given name is the state before
#: them ("Kenya Foreign Minister X", "Jordan Armed Forces", "Georgia Prime Minister X")
_OFFICE_OPENERS = frozenset({"Foreign", "Prime", "President", "Presidential", "Minister", "Ministry", "Ambassador",
                             "High", "Deputy", "Vice", "Defence", "Defense", "Army", "Navy", "Air", "Armed", "Trade",
                             "Embassy", "Government", "Permanent", "Chief", "Senate", "Parliament", "Police",
                             "Coast", "Cabinet", "Interior", "Finance", "Health", "State", "Secretary"})


class CountriesComponent(AddsPatterns):
    """Finds country names, abbreviations and demonyms; see the module docstring.
    ``add_patterns([{"code": "IND", "name": "Bharat"}, {"code": "IND", "demonym": "Bharatiya"}])``
    adds forms of a state (ISO 3166-1 alpha-3)."""

    def __init__(
        self,
        nlp: Language,
        names: dict[str, str],
        demonyms: dict[str, str],
        blocklist: Iterable[str] = (),
        personal_names: Iterable[str] = (),
        family_names: Iterable[str] = (),
        *,
        split_hyphenated: bool = True,
        shared_demonyms: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.nlp = nlp
        # a demonym two states share ("Congolese"): the other state it may mean, by its casefolded form
        self.shared_demonyms: dict[str, set[str]] = {}
        for form, code in shared_demonyms:
            self.shared_demonyms.setdefault(form.casefold(), set()).add(code)
        self.split_hyphenated = split_hyphenated
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.blocker = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.personal_names = frozenset(personal_names)
        self.family_names = frozenset(family_names)
        self._upper_forms: set[str] = set()
        self._single_forms: set[str] = set()
        self._first_words: set[str] = set()
        self._plans: dict[int, Optional[list[str]]] = {}
        self._longest_single = 0
        by_key: dict[str, list[Doc]] = {}
        for label, forms in ((NAME_LABEL, names), (DEMONYM_LABEL, demonyms)):
            for form, code in forms.items():
                variants = [form]
                up = upper_variant(form)
                if up:
                    variants.append(up)
                    self._upper_forms.add(up)
                for v in variants:
                    doc = nlp.make_doc(v)
                    if len(doc) == 1:
                        self._single_forms.add(v)
                    self._first_words.add(doc[0].text)
                    by_key.setdefault(f"{label}|{code}", []).append(doc)
        self._longest_single = max(map(len, self._single_forms), default=0)
        # a match's text can only be an all-capitals variant if its first token starts one
        self._upper_prefixes = {u[:j] for u in self._upper_forms for j in range(1, len(u) + 1)}
        strings = nlp.vocab.strings
        self._keys: dict[int, tuple[int, int]] = {}
        for key, docs in by_key.items():
            self.matcher.add(key, docs)
            label, _, code = key.partition("|")
            self._keys[strings.add(key)] = (strings.add(label), strings.add(code))
        # (as written, in capitals, and with every word capitalised, as in a body's name: "the
        # Community of Portuguese Language Countries")
        blocked = [nlp.make_doc(v) for b in blocklist
                   for v in {b, b.upper(), re.sub(r"(?:^|(?<=[ -]))\w", lambda m: m.group().upper(), b)}]
        # Blocked phrases share the name matcher (one pass over the Doc) unless one of them is
        # also a name pattern; then they keep a matcher of their own, so that the order of the
        # name matches stays the one of the name patterns alone.
        self._block_id: Optional[int] = None
        if blocked:
            name_tuples = {tuple(t.orth for t in d) for docs in by_key.values() for d in docs}
            if any(tuple(t.orth for t in d) in name_tuples for d in blocked):
                self.blocker.add("BLOCK", blocked)
            else:
                self.matcher.add(_BLOCK_KEY, blocked)
                self._block_id = strings.add(_BLOCK_KEY)

    # -- hyphen-joined tokens -----------------------------------------------------------------
    def _split_plan(self, orth: int, text_of) -> Optional[list[str]]:
        """The parts to split a token type into, or None; cached per token type."""
        plan = self._plans.get(orth, False)
        if plan is False:
            text = text_of(orth)
            plan = None
            if len(text) > 2 and ("-" in text or "–" in text):
                parts = hyphen_parts(text)
                if len(parts) > 1 and any(p in self._single_forms for p in parts):
                    plan = parts
            if len(self._plans) < 500_000:
                self._plans[orth] = plan
        return plan

    def _form_edges(self) -> tuple[frozenset, dict[str, list[int]], dict[str, list[int]]]:
        """The one-token country forms (made on first use), with the lengths of those ending and
        of those starting with each character. Forms holding a hyphen or a blank are left out: a
        piece between two hyphens of a chunk holds neither."""
        edges = self.__dict__.get("_edges")
        if edges is None:
            forms = frozenset(f for f in self._single_forms if not _HYPHEN.search(f) and not _BLANK.search(f))
            ends: dict[str, set[int]] = {}
            starts: dict[str, set[int]] = {}
            for f in forms:
                ends.setdefault(f[-1], set()).add(len(f))
                starts.setdefault(f[0], set()).add(len(f))
            edges = self.__dict__["_edges"] = (forms, {c: sorted(v) for c, v in ends.items()},
                                               {c: sorted(v) for c, v in starts.items()})
        return edges

    def _beside_form(self, text: str, q: int) -> bool:
        """Whether a one-token form ends right before the hyphen at ``q`` or starts right after it."""
        forms, ends, starts = self._form_edges()
        if q and any(text[q - j:q] in forms for j in ends.get(text[q - 1], ()) if j <= q):
            return True
        return q + 1 < len(text) and any(text[q + 1:q + 1 + j] in forms for j in starts.get(text[q + 1], ()))

    def _hyphen_candidates(self, text: str) -> list[int]:
        """Offsets of the hyphens in white-space-delimited chunks that could hold a token to split.

        A part of a split token lies whole between the token's hyphens, so within its chunk it
        ends a piece that a hyphen follows or starts a piece that follows a hyphen; only chunks
        where such a piece end or start is a one-token country form are kept: a form starting
        right after one of the chunk's hyphens or ending right before one.
        """
        out: list[int] = []
        hyphens = _hyphens(text)
        if not hyphens:
            return out
        i, count = 0, len(hyphens)
        while i < count:
            # the chunk of the next hyphen runs to the next white space (no hyphen of it lies
            # before this one: the previous chunk ended at white space)
            right = _NON_BLANK.match(text, hyphens[i] + 1).end()
            k = i + 1
            while k < count and hyphens[k] < right:
                k += 1
            if any(self._beside_form(text, q) for q in hyphens[i:k]):
                out.extend(hyphens[i:k])
            i = k
        return out

    def split_hyphenated_tokens(self, doc: Doc) -> Doc:
        """Split tokens such as "U.S.-Vietnam" when one of their parts is a country form.

        Candidates come from a scan of the text for hyphens next to a country form; only their
        tokens are looked at (with a cache per token type).
        """
        if not len(doc):
            return doc
        text = doc_text(doc)
        if "-" not in text and "–" not in text:
            return doc
        hyphens = self._hyphen_candidates(text)
        if not hyphens:
            return doc
        strings = doc.vocab.strings
        todo = {}
        for p in hyphens:
            span = doc.char_span(p, p + 1, alignment_mode="expand")
            if span is None or span.start in todo:
                continue
            i = span.start
            parts = self._split_plan(doc[i].orth, strings.__getitem__)
            if parts:
                todo[i] = parts
        if not todo:
            return doc
        saved = {
            key: [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in group]
            for key, group in doc.spans.items()
        }
        # one rebuilt Doc (linear) instead of a retokenizer split per token (each shifts the
        # whole token array: quadratic when a text holds thousands of such tokens)
        words: list[str] = []
        spaces: list[bool] = []
        # (token texts and spacing read from arrays: no Token object per token)
        for i, (idx, length, space) in enumerate(doc.to_array([IDX, LENGTH, SPACY]).tolist()):
            parts = todo.get(i)
            if parts:
                words.extend(parts)
                spaces.extend([False] * (len(parts) - 1))
            else:
                words.append(text[idx:idx + length])
            spaces.append(bool(space))
        new = Doc(doc.vocab, words=words, spaces=spaces)
        new.user_data.update(doc.user_data)
        doc = new
        for key, rows in saved.items():
            spans = []
            for start, end, label, kb_id, span_id in rows:
                s = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)
                if s is not None:
                    spans.append(s)
            doc.spans[key] = spans
        return doc

    # -- matching -----------------------------------------------------------------------------
    def _blocked_ranges(self, doc: Doc) -> list[tuple[int, int]]:
        return [(s, e) for _, s, e in self.blocker(doc)]

    def _looks_like_given_name(self, doc: Doc, start: int, end: int) -> bool:
        if end - start != 1 or doc[start].text not in self.personal_names or end >= len(doc):
            return False
        if start > 0 and doc[start - 1].lower_ in _PLACE_PREPOSITIONS:
            return False  # "Ambassador to Chad Kenji Mori", "Representative in Jordan Ali Rahimi": the state
        if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title:
            return False  # "Deputy Minister of Foreign Affairs of Georgia Giorgi X": the office's state
            # (not "the remarks of Georgia Hale")
        nxt = doc[end]
        return nxt.is_alpha and nxt.is_title and nxt.text not in self._first_words and nxt.text not in _OFFICE_OPENERS

    def _looks_like_family_name(self, doc: Doc, start: int, end: int, demonym: bool = False) -> bool:
        """"Luís Montenegro", "Prime Minister Ana Jordan": the name's last word after a given name,
        a capitalised word inside its sentence that is no function word and opens no country name
        ("Serbia and Montenegro", "In Jordan", "Visit Jordan" at a line's start keep the state).
        A demonym ("Datuk Tan Yang Thai met ...") also needs no capitalised word after it: before
        one it is the state's adjective ("the Royal Thai Navy")."""
        if end - start != 1 or start < 2 or doc[start].text not in self.family_names:
            return False
        if demonym and end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            return False
        if end < len(doc) and doc[end].text in ("'s", "’s"):
            return False  # "... Montenegro's Prime Minister": the state's
        prev, before = doc[start - 1], doc[start - 2]
        if not (prev.is_alpha and prev.is_title and len(prev) > 1 and not prev.is_stop
                and prev.text not in self._first_words):
            return False
        return not (before.is_space or before.is_punct and before.text in ".!?:;")

    @staticmethod
    def _names_the_state(doc: Doc, start: int) -> bool:
        """Whether the words around a country name at token ``start`` make it the place: after a
        preposition, a conjunction or a comma, or before a possessive."""
        if start + 1 < len(doc) and doc[start + 1].text in ("'s", "’s"):
            return True
        return start > 0 and (doc[start - 1].lower_ in _STATE_OPENERS or doc[start - 1].text == ",")

    def _heading_context(self, doc: Doc, start: int, end: int) -> bool:
        """An all-capitals name counts only among other all-capitals words (a heading)."""
        if sum(len(t) for t in doc[start:end]) >= 5 and end - start > 1:
            return True
        for i in (start - 2, start - 1, end, end + 1):
            if 0 <= i < len(doc):
                t = doc[i]
                if t.is_alpha and len(t) > 1 and t.is_upper:
                    return True
        return False

    def find(self, doc: Doc) -> list[Span]:
        """Country spans of ``doc`` (without writing them).

        Matches are filtered as plain (start, end) tuples; Span objects are made for the
        kept ones only.
        """
        matches = self.matcher(doc)
        if not matches:
            return []
        blocked: Optional[Cover] = None
        block_id = self._block_id
        if block_id is not None:
            blocked = Cover((s, e) for m, s, e in matches if m == block_id)
            if blocked:
                matches = [m for m in matches if m[0] != block_id]
        zone_starts, zone_ends = boilerplate_index(doc)
        match_keys = self._keys
        upper_prefixes = self._upper_prefixes
        personal = self.personal_names
        family = self.family_names
        surnames: set[str] = set()  # family names read as such in this text
        demonym = doc.vocab.strings[DEMONYM_LABEL]
        text = None
        candidates = []
        for match_id, start, end in matches:
            if zone_starts:  # in_boilerplate: the last zone starting before the match's end
                z = bisect_right(zone_starts, end - 1) - 1
                if z >= 0 and zone_ends[z] > start:
                    continue
            first = doc[start]
            first_text = first.text
            if first_text in upper_prefixes:
                if text is None:
                    text = doc_text(doc)
                last = doc[end - 1]
                if (text[first.idx:last.idx + len(last)] in self._upper_forms
                        and not self._heading_context(doc, start, end)):
                    continue
            if end - start == 1 and first_text in personal and self._looks_like_given_name(doc, start, end):
                continue
            if end - start == 1 and first_text in family:
                is_demonym = match_keys[match_id][0] == demonym
                if self._looks_like_family_name(doc, start, end, demonym=is_demonym):
                    if not is_demonym:  # (a demonym said alone is the state's: "the Thai side")
                        surnames.add(first_text)
                    continue
            if blocked is None:
                blocked = Cover(self._blocked_ranges(doc))
            if blocked and blocked.covers(start, end):
                continue
            if end < len(doc) and doc[end].text in _STREET_WORDS and match_keys[match_id][0] != demonym:
                continue  # "21 Dominica Drive", "Kenya Road": a street named after a state
            candidates.append((start, end, match_id))
        if surnames:
            # "Luís Montenegro ... Montenegro said": the person's name said alone; the state
            # keeps the forms that name a place ("of Montenegro", "in Montenegro", "Serbia and Montenegro")
            candidates = [c for c in candidates
                          if not (c[1] - c[0] == 1 and doc[c[0]].text in surnames and not self._names_the_state(doc, c[0]))]
        if not candidates:
            return []
        kept = keep_longest(candidates)
        kept = self._drop_languages(doc, kept, match_keys)
        out = []
        for start, end, match_id in kept:
            label, code = match_keys[match_id]
            out.append(Span(doc, start, end, label=label, kb_id=code))
        if self.shared_demonyms:
            out = self._settle_shared_demonyms(out)
        return out

    @staticmethod
    def _drop_languages(doc: Doc, kept: list, match_keys: dict) -> list:
        """Drop demonyms that name the language a text is in: after "in"/"into"/"from" and before
        the clause's end, alone or in a list of languages ("held in Russian and English.",
        "translated into Arabic, French"); a noun after the demonym keeps the state
        ("investment in Japanese companies")."""
        out = []
        n = len(doc)
        demonym = doc.vocab.strings[DEMONYM_LABEL]
        for start, end, match_id in kept:
            if match_keys[match_id][0] != demonym or end - start != 1:
                out.append((start, end, match_id))
                continue
            if _closes_language(doc, end) and _opens_language(doc, start):
                continue
            if _language_taught(doc, start, end):
                continue  # "Spanish is now taught in more universities", "to learn Arabic."
            out.append((start, end, match_id))
        return out

    def _settle_shared_demonyms(self, spans: list[Span]) -> list[Span]:
        """A demonym two states share ("Congolese": the DR Congo's by default, the Republic of the
        Congo's too) means the other state in a text that names that one, and not the default
        one, by name ("President of the Republic of the Congo ... the Congolese side")."""
        named = {sp.kb_id_ for sp in spans if sp.label_ == NAME_LABEL}
        out = []
        for sp in spans:
            others = self.shared_demonyms.get(sp.text.casefold()) if sp.label_ == DEMONYM_LABEL else None
            if others and sp.kb_id_ not in named:
                meant = others & named
                if len(meant) == 1:
                    sp = Span(sp.doc, sp.start, sp.end, label=sp.label_, kb_id=next(iter(meant)))
            out.append(sp)
        return out

    def _add_pattern(self, pattern: dict) -> None:
        from ...countries import is_country_code

        code = pattern.get("code")
        if not isinstance(code, str) or not is_country_code(code):
            raise ValueError(f"a country pattern needs an ISO 3166-1 alpha-3 'code': {pattern!r}")
        label, form = (NAME_LABEL, pattern.get("name")) if pattern.get("name") else (DEMONYM_LABEL, pattern.get("demonym"))
        if not isinstance(form, str) or not form.strip():
            raise ValueError(f"a country pattern needs a 'name' or a 'demonym': {pattern!r}")
        variants = [form.strip()]
        up = upper_variant(variants[0])
        if up:
            variants.append(up)
            self._upper_forms.add(up)
        key = f"{label}|{code}"
        docs = []
        for v in variants:
            doc = self.nlp.make_doc(v)
            if len(doc) == 1:
                self._single_forms.add(v)
            self._first_words.add(doc[0].text)
            docs.append(doc)
        self.matcher.add(key, docs)
        strings = self.nlp.vocab.strings
        self._keys[strings.add(key)] = (strings.add(label), strings.add(code))
        self._longest_single = max(map(len, self._single_forms), default=0)
        self._upper_prefixes = {u[:j] for u in self._upper_forms for j in range(1, len(u) + 1)}
        self._plans.clear()
        self.__dict__.pop("_edges", None)

    def __call__(self, doc: Doc) -> Doc:
        if self.split_hyphenated:
            doc = self.split_hyphenated_tokens(doc)
        set_spans(doc, keys.COUNTRIES, self.find(doc))
        return doc
