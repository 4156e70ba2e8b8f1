"""The word lists and layout rules of the person finder (``persons.json`` and the name lists in
``names/``), read once per pipeline through the data layer, and the grammar built from them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..data import read_json, read_tsv
from ..names import NameLexicon, load_lexicon
from .grammar import LinePattern, word_kinds

__all__ = ["PersonLexicon", "PersonGrammar"]


def with_dotted_letters(words) -> set[str]:
    """Post-nominal letters and their forms written with full stops: "CGH" also as "C.G.H." and
    "C.G.H" (a token ends on the last full stop or before it)."""
    out = set(words)
    for w in words:
        if 2 <= len(w) <= 5 and w.isalpha() and w.isupper():
            out.add(".".join(w) + ".")
            out.add(".".join(w))
    return out


@dataclass
class PersonLexicon:
    """The words around names (``persons.json``) and the name lists themselves (honorifics,
    particles, suffixes: the :class:`~dialogue_extract.names.NameLexicon` that
    :func:`~dialogue_extract.names.parse_name` reads, so a name is found and taken apart by one
    grammar)."""

    names: NameLexicon
    not_name_words: set[str]
    counterpart_words: set[str]
    relative_openers: set[str]
    determiners: set[str]
    possessor_nouns: set[str] = field(default_factory=set)
    appositive_words: set[str] = field(default_factory=set)
    appositive_followers: set[str] = field(default_factory=set)
    institution_words: set[str] = field(default_factory=set)
    institution_modifiers: set[str] = field(default_factory=set)
    speaker_headline_openers: tuple[str, ...] = ()
    conversation_openers: tuple[str, ...] = ()
    plural_offices: dict[str, Optional[str]] = field(default_factory=dict)
    place_prepositions: set[str] = field(default_factory=set)
    sent_from_nouns: frozenset[str] = frozenset()
    places: set[str] = field(default_factory=set)
    member_lines: list[str] = field(default_factory=list)
    member_next_line: Optional[str] = None
    chamber_record: Optional[str] = None
    member_labels: Optional[str] = None
    post_nominals: set[str] = field(default_factory=set)
    speaker_label: Optional[str] = None
    question_label: Optional[str] = None
    given_name_abbreviations: set[str] = field(default_factory=set)
    inner_honorifics: set[str] = field(default_factory=set)
    vessel_prefixes: frozenset[str] = frozenset()
    final_honorifics: set[str] = field(default_factory=set)
    calendar_given_names: set[str] = field(default_factory=set)
    calendar_family_names: set[str] = field(default_factory=set)
    titles_path: Optional[Path] = None
    given_name_titles: set[str] = field(default_factory=set)
    compound_name_openers: frozenset[str] = frozenset()
    pronoun_given_names: frozenset[str] = frozenset()
    given_name_title_address: set[str] = field(default_factory=set)
    ruler_titles: set[str] = field(default_factory=set)
    style_openers: set[str] = field(default_factory=set)
    appointment_verbs: set[str] = field(default_factory=set)

    @property
    def honorific_forms(self) -> tuple[tuple[str, str], ...]:
        """Every honorific written before a name, as listed, with its strength."""
        return self.names.forms_before

    @classmethod
    def from_files(cls, path: str | Path, names_dir: Optional[Path] = None) -> "PersonLexicon":
        data = read_json(path)
        return cls(
            names=load_lexicon(names_dir or Path(path).parent / "names"),
            not_name_words=set(data["not_name_words"]),
            counterpart_words=set(data["counterpart_words"]),
            relative_openers=set(data["relative_openers"]),
            determiners=set(data["determiners"]),
            possessor_nouns=set(data.get("possessor_nouns", [])),
            appositive_words=set(data.get("appositive_words", [])),
            appositive_followers=set(data.get("appositive_followers", [])),
            institution_words=set(data.get("institution_words", [])),
            institution_modifiers=set(data.get("institution_modifiers", [])),
            speaker_headline_openers=tuple(data.get("speaker_headline_openers", [])),
            conversation_openers=tuple(data.get("conversation_openers", [])),
            plural_offices=dict(data.get("plural_offices", {})),
            place_prepositions=set(data.get("place_prepositions", [])),
            sent_from_nouns=frozenset(data.get("sent_from_nouns", [])),
            places={row["place"] for row in read_tsv(Path(path).parent / "datelines.tsv")},
            member_lines=list(data.get("member_lines", [])),
            member_next_line=data.get("member_next_line"),
            chamber_record=data.get("chamber_record"),
            member_labels=data.get("member_labels"),
            speaker_label=data.get("speaker_label"),
            post_nominals=with_dotted_letters(data.get("post_nominals", [])),
            question_label=data.get("question_label"),
            given_name_abbreviations=set(data.get("given_name_abbreviations", [])),
            inner_honorifics=set(data.get("inner_honorifics", [])),
            vessel_prefixes=frozenset(data.get("vessel_prefixes", [])),
            final_honorifics=set(data.get("final_honorifics", [])),
            calendar_given_names=set(data.get("calendar_given_names", [])),
            calendar_family_names=set(data.get("calendar_family_names", [])),
            titles_path=Path(path).parent / "titles.json",
            given_name_titles=set(data.get("given_name_titles", [])),
            compound_name_openers=frozenset(data.get("compound_name_openers", [])),
            pronoun_given_names=frozenset(data.get("pronoun_given_names", [])),
            given_name_title_address=set(data.get("given_name_title_address", [])),
            ruler_titles=set(data.get("ruler_titles", [])),
            style_openers=set(data.get("style_openers", [])),
            appointment_verbs=set(data.get("appointment_verbs", [])),
        )


class PersonGrammar:
    """What the person finder knows before it sees a document (built once per pipeline, read-only
    afterwards, so any number of documents can be scanned with it at the same time): the lexicon,
    the kinds of written words, the last words of titles and the layout rules, compiled."""

    def __init__(self, lexicon: PersonLexicon, *, max_name_words: int = 6, cell_break: Optional[str] = None) -> None:
        self.lex = lexicon
        self.max_units = max_name_words
        # what separates a name from its title in "NAME, TITLE", "NAME | TITLE" (and a table's
        # cell break, as the layout view writes it)
        self.separators = (",", "|") + ((cell_break,) if cell_break else ())
        # the last words of title heads and the short forms: a title that ends on anything else
        # ran on into words the grammar does not know
        titles = read_json(lexicon.titles_path) if lexicon.titles_path else {}
        self.head_words = {h.split()[-1] for h in titles.get("heads", []) + titles.get("lowercase_heads", [])}
        self.head_words |= {w for w in titles.get("abbreviations", {})} | {")"}
        # military ranks and forms of address ("Gen.", "Ambassador"), as written or abbreviated: after
        # "TITLE," they open the name the title introduces ("the Chief of Defence Staff, Gen. X")
        ranks = set(titles.get("rank_heads", [])) | set(titles.get("address_titles", []))
        self.rank_titles = frozenset(ranks | {a for a, full in titles.get("abbreviations", {}).items() if full in ranks})
        # the words a title's complement is made of ("Production", "Affairs"): one of them after a
        # title is the title running on, not a one-word name
        self.title_words = frozenset(w for p in titles.get("portfolio", []) + titles.get("complement_words", [])
                                     for w in p.split())
        # the words naming a field of government ("Investments", "Research"): the end of an
        # instrument's name before a signatory's, in a table's row flattened onto a line
        self.field_words = frozenset(w for p in titles.get("portfolio", []) for w in p.split() if w[:1].isupper())
        # the beginnings of the heads of three words or more ("Ambassador Extraordinary" of "Ambassador
        # Extraordinary and Plenipotentiary"): a head cut by a cell's wrap, whose next word is no name
        self.head_prefixes = frozenset(" ".join(h.split()[:k]) for h in titles.get("heads", [])
                                       for k in range(2, len(h.split())))
        # post-nominal letters written in mixed case ("MdB", "PhD") would read as a name word
        mixed_post_nominals = {p for p in lexicon.post_nominals
                               if any(c.islower() for c in p) and not lexicon.names.is_suffix(p)}
        self.word_kind = word_kinds(lexicon.names, not_name_words=set(lexicon.not_name_words) | mixed_post_nominals,
                                    given_name_abbreviations=lexicon.given_name_abbreviations)
        self.calendar_given_names = frozenset(lexicon.calendar_given_names)
        self.calendar_family_names = frozenset(lexicon.calendar_family_names)
        self.inner_honorifics = frozenset(lexicon.inner_honorifics)
        self.vessel_prefixes = lexicon.vessel_prefixes
        self.final_honorifics = frozenset(lexicon.final_honorifics)
        self.style_openers = frozenset(lexicon.style_openers)
        self.is_suffix = lexicon.names.is_suffix
        self.member_lines = [LinePattern(p) for p in lexicon.member_lines]
        self.member_next = re.compile(lexicon.member_next_line) if lexicon.member_next_line else None
        # a legislature's own record (its first lines name the chamber) and the turn labels naming its members
        self.chamber_record = re.compile(lexicon.chamber_record) if lexicon.chamber_record else None
        self.member_labels = LinePattern(lexicon.member_labels) if lexicon.member_labels else None
        self.speaker_label = LinePattern(lexicon.speaker_label) if lexicon.speaker_label else None
        self.question_label = re.compile(lexicon.question_label) if lexicon.question_label else None
        # "Speech by ...", "Remarks by ...", "Interview with ...": a headline that introduces its speaker
        openers = "|".join(r"[ \t]+".join(map(re.escape, o.split()))
                           for o in sorted(lexicon.speaker_headline_openers, key=len, reverse=True))
        self.speaker_headline = re.compile(rf"[ \t]*(?:{openers})[ \t]+(?i:by|of|with|from)[ \t]") if openers else None
        # "Konstantin Volkov had a telephone conversation with President X": a name opening its sentence
        # as the partner of a call with an official
        calls = "|".join(r"[ \t]+".join(map(re.escape, o.split()))
                         for o in sorted(lexicon.conversation_openers, key=len, reverse=True))
        self.conversation = re.compile(
            rf"(?:(?<=[.!?][ \t])|(?<=\n)|\A)[ \t]*(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{1,3}})[ \t]+(?:{calls})[ \t]"
        ) if calls else None
        # a word each opener holds (its longest): a text holding none of them has no such call, and
        # is not searched (the pattern is tried at every character: it opens with look-behinds)
        self.conversation_words = tuple(sorted({max(o.split(), key=len) for o in lexicon.conversation_openers if o.split()}))
