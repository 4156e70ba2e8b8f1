"""Located patterns find exactly what the patterns themselves find."""
from __future__ import annotations

import random
import re

import pytest

from dialogue_extract.located import NOT_ALNUM, NOT_WORD, Located, char_class, first_chars
from dialogue_extract.pipeline.components.sides import MASK, SideCues, _lead_width
from dialogue_extract.data import data_path, read_json

TEXTS = [
    "",
    "He met with her; she meets with him. They spoke today with the Minister.",
    "The Prime Minister was accompanied by H.E. Ms. Lind. Accompanying him were X and Y.",
    "KELVIN \u212a and long \u017f: the \u212aing met\u00a0with them. Caf\u00e9 talks with the Minister of \u00c9cole.",
    "The " + MASK * 5 + " side was led by Minister X; the delegation of " + MASK * 3 + " was led by Y.\n"
    "- " + MASK * 4 + ": A, B\n\u2022 " + MASK * 2 + " [C]\nsigned for " + MASK * 6 + " by Z, for " + MASK * 2 + "\n"
    "He paid a courtesy call on X and the visit to " + MASK * 3 + " at the invitation of Y. Greetings to Z.",
    "xmet with ymeets with_met with 3met with m\u00e9t with MET WITH met with\n",
    "Accompanying him were X. accompanying her; Naccompanying him, the counterparts counterpart's aaaa aaa",
]

PATTERNS = [
    (r"\b(?:met|meets) with\b", 0),
    (r"(?<=[a-z] )(?:on|at|upon) (?:an |the )?invitation (?:from|of)\b", re.I),
    (r"\b[Aa]ccompanying (?=[A-Z])", 0),
    (r"\b(?:was|were|is|are|will be)\s+(?:accompanied|joined)\s+by\b", 0),
    (r"met|with", re.I),
    (r",\s+(?:who|whom|which)\b|\b(?:greetings|messages?|invitation)\b", 0),
    (r"\w+", 0),  # any character may begin it: searched as it is
    (r"\b[Aa]ccompanying (?:him|her)\b", 0),  # located by "ccompanying h", one character in
    (r"\bcounterparts?\b", 0),
    (r"(?i)\bmet with\b", 0),
    (r"\bmet with\b", 0),
    (r"(?<=[a-z]) with (?:him|her)", 0),
    (r"aaa", 0),  # its occurrences may overlap: located by its first character
]


def _random_texts(n: int = 30) -> list[str]:
    rnd = random.Random(5)
    alphabet = "metwihs ,.;:\n-\u2022" + MASK + "KkS\u017f\u212a\u00e9AMT"
    words = [w for t in TEXTS for w in re.split(r"(\W)", t) if w]
    out = []
    for _ in range(n):
        parts = [rnd.choice(words) if rnd.random() < 0.7 else rnd.choice(alphabet) for _ in range(rnd.randint(1, 60))]
        out.append("".join(parts))
    return out


def _same(located: Located, text: str, pos: int, endpos: int) -> None:
    want = [(m.span(), m.lastgroup, m.groupdict()) for m in located.pattern.finditer(text, pos, endpos)]
    got = [(m.span(), m.lastgroup, m.groupdict()) for m in located.finditer(text, pos, endpos)]
    assert got == want
    a, b = located.pattern.search(text, pos, endpos), located.search(text, pos, endpos)
    assert (a.span() if a else None) == (b.span() if b else None)


def _windows(text: str):
    n = len(text)
    return [(0, n), (0, n // 2), (n // 3, n), (n // 4, 3 * n // 4 + 1)]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_of_finds_what_the_pattern_finds(pattern, flags):
    located = Located.of(pattern, flags)
    for text in TEXTS + _random_texts():
        for pos, endpos in _windows(text):
            _same(located, text, pos, endpos)


@pytest.mark.parametrize("pattern,anchor", [
    (r"\b[Aa]ccompanying (?:him|her)\b", ("ccompanying h", 1)),
    (r"\bgreetings of\s", ("greetings of", 0)),
    (r"(?<![\w-])[Mm]et with", ("et with", 1)),
    (r"\b(?:was|were) accompanied", None),  # no word at one distance from the start
    (r"(?i)met with", None),
    (r"abcab", None),  # "abcabcab": two occurrences overlap
    (r"ab", None),  # too short
])
def test_literal_anchor(pattern, anchor):
    from dialogue_extract.located import _literal_anchor

    assert _literal_anchor(pattern, 0) == anchor


def test_a_pattern_that_may_begin_anywhere_has_no_locator():
    assert Located.of(r"\w+").locator is None
    assert Located.of(r"\bmet\b").locator is not None


@pytest.mark.parametrize("alternatives,flags,lead", [
    ([r"(?P<a>the (?:side|team))", r"(?P<b>on the side)", r"(?P<c>the)"], re.I, r"(?<![^\W_])"),
    ([r"met", r"meet(?:s)?", r"(?<=, )for\b", r"\bx"], 0, ""),
])
def test_any_of_finds_what_the_alternation_finds(alternatives, flags, lead):
    located = Located.any_of(alternatives, flags, lead=lead)
    texts = TEXTS + _random_texts() + ["On the side, the team met; THE SIDE meets, for x; for the"]
    for text in texts:
        for pos, endpos in _windows(text):
            _same(located, text, pos, endpos)


def _phrase_texts(n: int) -> list[str]:
    """Texts made of side phrases around masked countries of 1-4 characters, glued to letters,
    digits, commas and line breaks (a phrase may begin inside a masked country)."""
    rnd = random.Random(2)

    def state() -> str:
        return MASK * rnd.randint(1, 4)

    pieces = [lambda: "the " + state() + " side was led by", lambda: state() + " was represented by",
              lambda: state() + "\u2019s delegation was led by", lambda: state() + ", where he will meet",
              lambda: "on the " + state() + " side", lambda: "for " + state() + ",", lambda: "on behalf of " + state() + ":",
              lambda: "visit to " + state() + " at the invitation of", lambda: state() + "s delegation",
              lambda: "- " + state() + ": ", state, lambda: "x", lambda: " ", lambda: ", ", lambda: "and ",
              lambda: "\n", lambda: "1", lambda: "_", lambda: "called on "]
    return ["".join(rnd.choice(pieces)() for _ in range(rnd.randint(1, 12))) for _ in range(n)]


def test_side_phrases_find_what_their_alternations_find():
    cues = SideCues(list(read_json(data_path("sides.json")).get("cues", [])))
    assert cues.named[0].runs  # phrases that begin with {state} are not tried inside one
    rnd = random.Random(4)
    for located in cues.named + cues.free:
        for text in TEXTS + _random_texts(60) + _phrase_texts(800):
            n = len(text)
            for pos, endpos in _windows(text) + [(rnd.randint(0, n), n), (0, rnd.randint(0, n))]:
                _same(located, text, pos, endpos)


@pytest.mark.parametrize("pattern,width", [
    ("the {state} side", 4),
    ("{state}, where", 0),
    ("(?:members|composition) of the {state} side", 19),
    ("(?<=and )the {state} side", 4),
    ("(?<![^\\n])[ \\t]*{state}:", None),  # no bound
    ("the {state}|on {state}", None),  # {state} not in every match
    ("(?:for {state})?x", None),
])
def test_lead_width(pattern, width):
    assert _lead_width(pattern) == width


def test_first_chars_folds_case():
    assert set(first_chars("met", re.I)) == {"m", "M"}
    assert first_chars(r"\bmet") == "m"


def test_runs_resume_where_a_match_ends_inside_one():
    """Inside a run the guard leaves positions out; a match that ends inside the run (or a
    search that starts there) is followed by a try at that position."""
    located = Located.any_of([r"(?P<s>\x01+)x", r"a\x01\x01?"], 0, lead=r"(?<![^\W_])",
                             guard=r"(?<![^\W_][\s\S])(?<![\W_]\x01\x01)", runs=MASK)
    for text in ["a\x01\x01\x01x", " a\x01\x01x a\x01x", "\x01\x01x", "b\x01\x01x", "a\x01\x01\x01\x01x\x01x"]:
        for pos in range(len(text) + 1):
            _same(located, text, pos, len(text))


@pytest.mark.parametrize("alternative,begins", [
    ("(?P<c8>(?P<s8>\x01+) (?:was|is) x)", True),
    ("(?P<c8>(?P<s8>\x01+?) x)", True),
    ("(?P<c8>(?P<s8>\x01+) (?:a(?P=s8)|b))", False),  # refers to the group
    ("(?P<c8>(?P<s8>\x01{1,3}) x)", False),  # a bounded run
    ("(?P<c8>x(?P<s8>\x01+))", False),
])
def test_begins_with_state(alternative, begins):
    from dialogue_extract.pipeline.components.sides import _begins_with_state

    assert _begins_with_state(alternative) is begins


@pytest.mark.parametrize("alternative,opens", [
    ("(?P<c5>(?<![^\n])[ \t]*(?P<s5>\x01+):)", True),
    ("(?<![^\n])x", True),
    ("(?P<c5>(?:(?<![^\n])|(?<=, ))for (?P<s5>\x01+))", False),  # also after a comma
    ("(?P<c5>(?<![^\t])x)", False),
    ("(?P<c5>(?<=\n)x)", False),
    ("(?P<c5>x(?<![^\n]))", False),
])
def test_opens_at_line_start(alternative, opens):
    from dialogue_extract.located import LineStarts, opens_at_line_start

    assert opens_at_line_start(alternative, re.I) is opens
    if opens:  # then searched at line starts only, with the matches of the pattern
        rx = LineStarts(re.compile(alternative))
        for text in ["x\nx", "\n\x01:\n \x01\x01:x", " x\nxx\n", "", "\n\n"]:
            for pos in range(len(text) + 1):
                _same(rx, text, pos, len(text))


@pytest.mark.parametrize("chars", ["", "a", "MPSD", "()[]^-\\", "".join(chr(c) for c in range(128))])
def test_char_class_holds_the_characters_and_every_non_ascii_one(chars):
    rx = re.compile(char_class(chars), re.I)
    for c in [chr(i) for i in range(128)] + ["é", "İ", "ğ", "\u200b", "\U0001F600"]:
        assert bool(rx.fullmatch(c)) == (c in chars or ord(c) > 127), repr(c)


@pytest.mark.parametrize("pattern,flags,preceded_by", [
    (r"\b(?:met|meets) with\b", 0, NOT_WORD),
    (r"\b(?:was|were|is|are|will be)\s+(?:accompanied|joined)\s+by\b", 0, NOT_WORD),
    (r"(?<![^\W_])(?:the|on the|for) (?:side|\x01+)", re.I, NOT_ALNUM),
    (r"(?<![^\W_])(?=[mk])(?:met|m\u00e9t|king)", re.I, NOT_ALNUM),
])
def test_located_on_the_character_before_finds_what_the_pattern_finds(pattern, flags, preceded_by):
    located = Located.of(pattern, flags, preceded_by=preceded_by)
    assert located.offset == -1  # (stops on the character before each match)
    for text in TEXTS + _random_texts(60) + _phrase_texts(200) + ["met with", "x met with", "\x01\x01 side"]:
        n = len(text)
        for pos, endpos in _windows(text) + [(1, n), (0, 0), (0, 1)]:
            _same(located, text, pos, endpos)


def test_any_of_located_on_the_character_before():
    located = Located.any_of([r"(?P<a>the (?:side|team))", r"(?P<b>on the side)", r"(?P<s>\x01+)x", r"a\x01\x01?"],
                             re.I, lead=r"(?<![^\W_])", guard=r"(?<![^\W_][\s\S])(?<![\W_]\x01\x01)", runs=MASK,
                             preceded_by=NOT_ALNUM)
    assert located.offset == -1
    for text in TEXTS + _random_texts() + _phrase_texts(200) + ["a\x01\x01\x01x", "\x01\x01x the side", "the team"]:
        for pos in range(len(text) + 1):
            _same(located, text, pos, len(text))


def test_a_located_pattern_without_a_locator_ignores_preceded_by():
    assert Located.of(r"\w+", preceded_by=NOT_WORD).locator is None
    assert Located.of(r"\b[Aa]ccompanying (?:him|her)\b", preceded_by=NOT_WORD).offset == 1  # (its word)
