"""The word lists and layout rules of the person finder (``persons.json`` and the name lists in
``names/``), read once per pipeline through the data layer, and the grammar built from them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..data import read_json, read_tsv
from .grammar import fold_honorific, word_kinds

__all__ = ["PersonLexicon", "PersonGrammar"]


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
                hon[fold_honorific(words[0])] = row.get("strength", "weak")
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
        self.word_kind = word_kinds(not_name_words=lexicon.not_name_words, honorifics=lexicon.honorifics,
                                    particles=lexicon.particles, suffixes=lexicon.suffixes)
        self.member_lines = [re.compile(p, re.MULTILINE) for p in lexicon.member_lines]
        self.member_next = re.compile(lexicon.member_next_line) if lexicon.member_next_line else None
        self.speaker_label = re.compile(lexicon.speaker_label, re.MULTILINE) if lexicon.speaker_label else None
        self.question_label = re.compile(lexicon.question_label) if lexicon.question_label else None
