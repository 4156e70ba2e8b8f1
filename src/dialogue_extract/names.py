"""Personal names: folding, parsing and deciding whether two forms can name the same person.

Plain functions with no spaCy dependency. The word lists they use are data files in
``models/default/names/`` (see :class:`NameLexicon`):

* ``honorifics.tsv``  forms of address stripped from names, marked strong (H.E., Hon., Shri,
  Dato', Sheikh: a sign of public office) or weak (Mr, Ms, Dr, Prof);
* ``particles.tsv``   name particles (al, bin, de, van, le, ...) that bind to the next word;
* ``suffixes.txt``    generational suffixes (Jr., Sr., II, III);
* ``no_family_name_words.txt``  words of Burmese names, which have no family name: a name made
  only of them is never the first name and surname of a longer one ("Kyaw Soe" / "Kyaw Soe Naing");
* ``family_first_surnames.txt``  Chinese, Korean, Vietnamese and Japanese family names, used to
  read "Zhou Kai", "Cho Hyun" or "Trần Quốc Khải" family name first.

>>> p = parse_name("H.E. Dr. S. Jaishankar")
>>> p.family, p.initials, p.honorifics
('Jaishankar', ('S',), ('H.E.', 'Dr.'))
>>> names_compatible("S. Jaishankar", "Subrahmanyam Jaishankar")
True
>>> names_compatible("Devendra Sharma", "RK Sharma")
False
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable, Optional, Union

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from .data import MODELS_DIR, read_lines, read_tsv, shipped
from .folding import fold, fold_key

__all__ = [
    "DATA_DIR",
    "NameLexicon",
    "ParsedName",
    "load_lexicon",
    "fold",
    "fold_key",
    "parse_name",
    "names_compatible",
    "given_compatible",
    "one_edit_variant",
    "ONE_EDIT_UP_TO",
    "block_keys",
    "lineage_keys",
    "variant_key",
    "family_variant",
    "INITIALS",
    "is_initials",
    "word_key",
]

#: Default folder of the name lists (``models/default/names``).
DATA_DIR = MODELS_DIR / "default" / "names"

PathLike = Union[str, Path]

# ---------------------------------------------------------------------------------------------
# folding (one comparison form for the whole library: dialogue_extract.folding)
# ---------------------------------------------------------------------------------------------
def _word_key(token: str) -> str:
    """Key of one word for lexicon look-ups: folded, final ``.`` and ``'`` dropped."""
    return fold(token).rstrip(".'")


# ---------------------------------------------------------------------------------------------
# lexicon
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NameLexicon:
    """The word lists used to parse names, keyed by :func:`_word_key` of each word."""

    honorifics_before: dict[tuple[str, ...], str] = field(hash=False)  # words -> "strong"/"weak"
    honorifics_after: dict[tuple[str, ...], str] = field(hash=False)
    particles: dict[str, str] = field(hash=False)  # word -> "family"/"patronymic"
    suffixes: frozenset[str] = frozenset()
    family_first: frozenset[str] = frozenset()  # fold_key of family names
    folder: str = ""
    #: every honorific written before a name, as listed, with its strength (for matchers over text)
    forms_before: tuple[tuple[str, str], ...] = ()
    #: honorifics matched only as written ("HE": "He" is a pronoun and a family name), form -> strength
    honorifics_exact: dict[str, str] = field(default_factory=dict, hash=False)
    #: honorifics used for the officials of one state only (words -> alpha-3): "Bapak", "Shri"
    honorific_states: dict[tuple[str, ...], str] = field(default_factory=dict, hash=False)
    #: particle -> the spelling it is a variant of ("abou" -> "abu", "el" -> "al")
    particle_spellings: dict[str, str] = field(default_factory=dict, hash=False)
    #: fold_key of the words of names without a family name (Burmese: "kyaw", "soe", "naing")
    no_family_words: frozenset[str] = frozenset()
    #: peers' forms of address, part of the name ("Lord Collins of Highbury"), by :func:`_word_key`
    peerage: frozenset[str] = frozenset()
    #: fold_key of a given name's spellings -> the first of its line ("mohammed" -> "muhammad")
    given_spellings: dict[str, str] = field(default_factory=dict, hash=False)
    #: particles that may close a name after the father's name they mark ("kyzy", "uulu", "oglu")
    closing_particles: frozenset[str] = frozenset()

    def honorific_state(self, honorific: str) -> Optional[str]:
        """The one state whose officials are addressed with ``honorific`` as written, if any."""
        return self.honorific_states.get(tuple(_word_key(w) for w in honorific.split()))

    def honorific_word(self, word: str) -> Optional[str]:
        """The strength (``"strong"``/``"weak"``) of the one-word honorific ``word`` as written
        before a name ("Shri", "H.E.", "Dr"), ``None`` if it is none."""
        return self.honorifics_before.get((_word_key(word),))

    def honorific_after_word(self, word: str) -> Optional[str]:
        """The strength of the one-word honorific ``word`` as written after a name ("Bey",
        "Hanım", "ji"), ``None`` if it is none."""
        return self.honorifics_after.get((_word_key(word),))

    def is_particle(self, word: str) -> bool:
        """Whether ``word`` is a name particle ("bin", "Al", "van", "St.")."""
        return _word_key(word) in self.particles

    def particle_kind(self, word: str) -> Optional[str]:
        """The kind of the name particle ``word`` ("family": "van", "da"; "patronymic": "bin",
        "ibn"), ``None`` if it is none."""
        return self.particles.get(_word_key(word))

    def is_family_first(self, word: str) -> bool:
        """Whether ``word`` is a family name written before the given name ("Liu", "Nguyen",
        ``family_first_surnames.txt``)."""
        return fold_key(word) in self.family_first

    def closes_name(self, word: str) -> bool:
        """Whether ``word`` is a particle that may close a name after the father's name it marks
        ("kyzy" of "Nurzhamal Bakytbek kyzy")."""
        return _word_key(word) in self.closing_particles

    def is_suffix(self, word: str) -> bool:
        """Whether ``word`` as written is a generational suffix ("Jr.", "Junior", "III")."""
        return word[:1].isupper() and _word_key(word) in self.suffixes

    @cached_property
    def max_honorific_words(self) -> int:
        return max((len(k) for k in (*self.honorifics_before, *self.honorifics_after)), default=1)

    @cached_property
    def honorific_first_words(self) -> frozenset[str]:
        """The first word (key) of every honorific written before a name."""
        return frozenset(k[0] for k in self.honorifics_before if k)

    @cached_property
    def honorific_last_words(self) -> frozenset[str]:
        """The last word (key) of every honorific written after a name."""
        return frozenset(k[-1] for k in self.honorifics_after if k)

    def is_strong(self, honorific: str) -> bool:
        """Is ``honorific`` (as written, e.g. "H.E.") a strong marker of public office?"""
        words = tuple(_word_key(w) for w in honorific.split())
        return "strong" in (self.honorifics_before.get(words), self.honorifics_after.get(words))


@lru_cache(maxsize=8)
def load_lexicon(folder: Optional[PathLike] = None) -> NameLexicon:
    """Read the name lists of ``folder`` (default :data:`DATA_DIR`); cached."""
    base = Path(folder) if folder is not None else DATA_DIR
    before: dict[tuple[str, ...], str] = {}
    after: dict[tuple[str, ...], str] = {}
    forms: list[tuple[str, str]] = []
    exact: dict[str, str] = {}
    states: dict[tuple[str, ...], str] = {}
    for row in read_tsv(base / "honorifics.tsv"):
        words = tuple(_word_key(w) for w in row["form"].split())
        if not words:
            continue
        if row.get("state"):
            states[words] = row["state"]
        if row.get("case") == "exact":  # one word before a name, as written
            exact[row["form"]] = row.get("strength", "weak") or "weak"
            forms.append((row["form"], exact[row["form"]]))
            continue
        target = after if row.get("position", "before") == "after" else before
        if target is before:
            forms.append((row["form"], row.get("strength", "weak")))
        # a form listed twice keeps its strongest reading
        if target.get(words) != "strong":
            target[words] = row.get("strength", "weak") or "weak"
    particle_rows = read_tsv(base / "particles.tsv")
    particles = {_word_key(r["form"]): r.get("kind", "family") or "family" for r in particle_rows}
    spellings = {_word_key(r["form"]): _word_key(r["same"]) for r in particle_rows if r.get("same")}
    closing = frozenset(_word_key(r["form"]) for r in particle_rows if r.get("closes") == "yes")
    suffixes = frozenset(_word_key(s) for s in read_lines(base / "suffixes.txt"))
    family_first = frozenset(fold_key(s) for s in read_lines(base / "family_first_surnames.txt"))
    no_family = base / "no_family_name_words.txt"
    no_family_words = frozenset(fold_key(s) for s in read_lines(no_family)) if shipped(no_family).is_file() else frozenset()
    peers = base / "peerage.txt"
    peerage = frozenset(_word_key(s) for s in read_lines(peers)) if shipped(peers).is_file() else frozenset()
    given_file = base / "given_name_spellings.txt"
    given_spellings = {fold_key(w): fold_key(line.split()[0]) for line in read_lines(given_file) for w in line.split()} \
        if shipped(given_file).is_file() else {}
    return NameLexicon(before, after, particles, suffixes, family_first, str(base), tuple(forms), exact, states,
                       spellings, no_family_words, peerage, given_spellings, closing)


# ---------------------------------------------------------------------------------------------
# parsing
# ---------------------------------------------------------------------------------------------
_TOKEN = re.compile(r"[^\s,]+|,")
# "S.Jaishankar" -> "S." "Jaishankar"; "Dr.S.Jaishankar" -> "Dr." "S." "Jaishankar"
_GLUED = re.compile(r"(?<=\.)(?=[A-Z][a-z])|(?<=[A-Za-z][a-z]\.)(?=[A-Z])")
_LEAD_PUNCT = "\"“”„«‹'‘’([{<"
_TRAIL_PUNCT = "\"“”»›)]}>:;!?"
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")
# (a Russian initial of two letters is written with its full stop: "Yu.B.", "Kh.", "Zh.")
_INITIALS = re.compile(r"^(?:[A-Z]\.?-?|(?:Yu|Ya|Yo|Ye|Zh|Kh|Ch|Sh|Ts)\.-?){1,3}$")
#: Particles that join two surnames ("Gómez y Treviño", "Correia e Silva"): the unit before one is the
#: first surname, by which the person is referred to alone ("de la Torre" of "María de la Torre y Cabrera").
_SURNAME_JOINERS = frozenset({"y", "e"})
_HYPHEN_LOWER = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # Korean/Taiwanese given names: Dong-hyuk, Ying-jeou


@dataclass(frozen=True)
class ParsedName:
    """A person's name taken apart.

    ``given`` and ``family`` are *units*: a particle is bound to the word after it ("bin Mansour",
    "Al Qasimi", "Le Floch"). ``tokens`` are the words of the name without honorifics or suffix.
    ``family`` is the family name (for family-first names the first word; for names with a
    patronymic and no family name, e.g. "Hamad bin Sultan", the patronymic part).
    """

    text: str
    honorifics: tuple[str, ...]
    tokens: tuple[str, ...]
    given: tuple[str, ...]
    family: str
    initials: tuple[str, ...]
    suffix: Optional[str]
    family_first: bool
    canonical: str
    #: any honorific is a strong marker of public office (H.E., Hon., Shri, Dato', Sheikh ...)
    strong: bool = False
    #: referred to by the first given name (Malay/Arabic names with a patronymic and no family name)
    by_given: bool = False
    #: the family unit without its leading lineage particles ("Qasimi" of "Al Qasimi", "Silva" of
    #: "da Silva"); empty when the family name has no such particle
    family_core: str = ""

    @property
    def is_single(self) -> bool:
        """One unit only: a surname ("Chaturvedi"), a family unit ("Al Qasimi") or a mononym."""
        return not self.given

    @property
    def short_forms(self) -> tuple[str, ...]:
        """Single-unit forms that can refer to this person alone, as written.

        The family name and its core without particles ("Al Qasimi", "Qasimi"); for family-first names also the given name and the last word
        (Korean "Hyun", Vietnamese "Khải"); for patronymic names the first given name.
        """
        forms = [self.family]
        if self.family_core:
            forms.append(self.family_core)
        if self.given:
            if self.family_first:
                forms.append(" ".join(self.given))
                forms.append(self.tokens[-1])
            elif self.by_given and not _is_initials_unit(self.given[0]):
                forms.append(self.given[0])
        return tuple(dict.fromkeys(f for f in forms if f))

    @property
    def first_surname_forms(self) -> tuple[str, ...]:
        """For a given-name-first name of two surnames, the first one, alone or with its particles
        ("Albares" of "José Manuel Albares Bueno", "de la Fuente" and "Fuente" of "Juan Ramón de la
        Fuente Ramírez"): the word before the family name, after at least one given name."""
        joined = _word_key(self.family.split()[0]) in _SURNAME_JOINERS  # "... de la Torre y Cabrera"
        if self.family_first or self.by_given or len(self.given) < 2 or not (self.family[:1].isupper() or joined):
            return ()  # (a family name opening on a particle, "oglu Mammadov", binds the word before)
        if self.no_family_name:
            return ()  # "Kyaw Soe Naing": a Burmese name is written whole
        unit = self.given[-1]
        if _is_initials_unit(unit) or not unit[:1].isalpha():
            return ()
        particles = load_lexicon().particles
        if any(particles.get(_word_key(t)) == "patronymic" for t in self.tokens):
            return ()  # "Kamran Ilham oglu Mammadov", "Fahad bin Mansour Al Qasimi": lineage names
        words = unit.split()
        if any(particles.get(_word_key(w)) != "family" for w in words[:-1]):
            return ()
        core = words[-1]
        if not core[:1].isupper():
            return ()
        if joined and len(words) > 1 and len(self.given) >= 3 and self.given[-2][:1].isupper() \
                and not _is_initials_unit(self.given[-2]):
            # "Fernández de Córdoba" of "Ignacio María Fernández de Córdoba y Salvatierra": a first
            # surname of a word and a particle's word, before the joiner
            return tuple(dict.fromkeys((self.given[-2] + " " + unit, unit, core)))
        return tuple(dict.fromkeys((unit, core)))

    @property
    def no_family_name(self) -> bool:
        """Whether every word is a word of names without a family name (Burmese, listed in
        ``no_family_name_words.txt``): "Kyaw Soe Naing", "Min Min"."""
        words = load_lexicon().no_family_words
        return bool(words) and all(fold_key(t) in words for t in self.tokens)

    @property
    def given_forms(self) -> tuple[str, ...]:
        """Weaker single-unit forms: the first full given name of a given-name-first name
        ("Haruki" for "Haruki Matsumoto"), used only when no short form matches."""
        if self.given and not self.family_first and not self.by_given:
            first = self.given[0]
            if not _is_initials_unit(first):
                return (first,)
        return ()

    @cached_property
    def given_items(self) -> tuple[tuple[str, str], ...]:
        """Given units as ``("initial", letter)`` / ``("full", fold_key)`` items, in order; a full
        given name of a line of the names' ``given_name_spellings.txt`` by the line's first spelling
        ("Mohammed" as "muhammad")."""
        out: list[tuple[str, str]] = []
        spellings = load_lexicon().given_spellings
        for unit in self.given:
            if _is_initials_unit(unit):
                out.extend(("initial", c) for c in fold_key(unit))
            else:
                key = fold_key(unit)
                out.append(("full", spellings.get(key, key)))
        return tuple(out)


def lineage_keys(p: ParsedName) -> frozenset[str]:
    """:func:`fold_key` of the words that name a person's forebears, not the person: each word
    right after a patronymic particle ("Abdullah" of "Turki bin Mishaal bin Abdullah Al Saud",
    "Mohamed" of "Amran bin Mohamed Zin"). Read once per parsed name (it is immutable)."""
    keys = p.__dict__.get("_lineage_keys")
    if keys is None:
        particles = load_lexicon().particles
        toks = p.tokens
        keys = p.__dict__["_lineage_keys"] = frozenset(
            fold_key(toks[k + 1]) for k in range(len(toks) - 1)
            if particles.get(_word_key(toks[k])) == "patronymic" and toks[k + 1][:1].isupper())
    return keys


_NAME_WORD_SPLIT = re.compile(r"[\s\-\u2010]+")


@lru_cache(maxsize=16384)
def variant_key(unit: str) -> str:
    """:func:`fold_key` of a family unit with each particle in its listed spelling
    (``particles.tsv``, column ``same``): "Abou Zeid" and "Abu Zeid" give "abuzeid", "El-Sayed" and
    "Al Sayed" give "alsayed"."""
    spellings = load_lexicon().particle_spellings
    words = [w for w in _NAME_WORD_SPLIT.split(unit) if w]
    return "".join(fold_key(spellings.get(_word_key(w), w)) for w in words)


def family_variant(a: str, b: str) -> bool:
    """Are the single family units ``a`` and ``b`` one family name spelt two ways: equal once
    their particles are spelt alike ("Abou Zeid" / "Abu Zeid"), or one transliteration edit apart
    (:func:`one_edit_variant`, for words of six letters or more as for family names in full names:
    "Al-Majali" / "Al-Majaly", "Rawahi" / "Rawahy"; not "Marin" / "Morin")?"""
    ka, kb = variant_key(a), variant_key(b)
    return bool(ka) and (ka == kb or one_edit_variant(ka, kb, min_len=6, family=True))


def _is_initials_unit(unit: str) -> bool:
    """One to three capital letters, with or without dots: "S", "P.", "JP", "A.K."."""
    return bool(_INITIALS.match(unit))


#: The grammar of one written word shared with the person finder (dialogue_extract.people): one
#: pattern of initials, one key of a word in the name lists.
INITIALS = _INITIALS
is_initials = _is_initials_unit
word_key = _word_key


def _raw_tokens(text: str) -> list[tuple[str, int, int]]:
    """Words of ``text`` with their character offsets; commas are tokens of their own."""
    out = []
    for m in _TOKEN.finditer(text):
        tok, start = m.group(), m.start()
        pieces = _GLUED.split(tok) if "." in tok else [tok]
        for piece in pieces:
            if piece:
                out.append((piece, start, start + len(piece)))
            start += len(piece)
    return out


def _clean(tok: str, start: int, end: int) -> tuple[str, int, int]:
    """Strip quotes and brackets around a word, keeping the offsets in step."""
    if tok[:1] not in _LEAD_PUNCT and tok[-1:] not in _TRAIL_PUNCT:
        return tok, start, end  # (nothing around it)
    lead = len(tok) - len(tok.lstrip(_LEAD_PUNCT))
    tok, start = tok[lead:], start + lead
    stripped = tok.rstrip(_TRAIL_PUNCT)
    end -= len(tok) - len(stripped)
    return stripped, start, end


def _match_honorific(keys: list[str], i: int, table: dict[tuple[str, ...], str], longest: int,
                     backwards: bool = False) -> int:
    """Number of words of the longest honorific in ``table`` starting (ending) at ``i``."""
    for n in range(min(longest, len(keys)), 0, -1):
        words = tuple(keys[i - n + 1:i + 1]) if backwards else tuple(keys[i:i + n])
        if len(words) == n and words in table:
            return n
    return 0


@lru_cache(maxsize=65536)
def _parse_cached(text: str, folder: str) -> ParsedName:
    lex = load_lexicon(folder or None)
    raw = [_clean(*t) for t in _raw_tokens(text)]
    raw = [t for t in raw if t[0]]
    words = [t for t in raw if t[0] != ","]
    keys = [_word_key(w) for w, _, _ in words]
    longest = lex.max_honorific_words
    # (an honorific can only start or end on these words)
    first_words, last_words = lex.honorific_first_words, lex.honorific_last_words

    # leading honorifics ("H.E. Amb.", "H.H. Sheikh", "Dato' Sri")
    honorifics: list[str] = []
    strong = False
    i = 0
    while i < len(words) - 1:
        n = _match_honorific(keys, i, lex.honorifics_before, longest) if keys[i] in first_words else 0
        # a form matched as written, before a name written with small letters ("HE Abdullah")
        exact = lex.honorifics_exact.get(words[i][0]) if not n and not words[i + 1][0].isupper() else None
        if exact is not None:
            n = 1
        if not n or i + n >= len(words):
            break
        honorifics.append(text[words[i][1]:words[i + n - 1][2]])
        strong |= (exact or lex.honorifics_before[tuple(keys[i:i + n])]) == "strong"
        i += n
    j = len(words)
    # trailing honorifics ("ji") and generational suffix ("Jr.")
    suffix: Optional[str] = None
    while j - i > 1:
        n = _match_honorific(keys[:j], j - 1, lex.honorifics_after, longest, backwards=True) \
            if keys[j - 1] in last_words else 0
        if n and j - n > i and words[j - n][0][:1].islower():  # "Chaturvedi ji", not "Zhou Ji"
            honorifics.append(text[words[j - n][1]:words[j - 1][2]])
            strong |= lex.honorifics_after[tuple(keys[j - n:j])] == "strong"
            j -= n
            continue
        if suffix is None and keys[j - 1] in lex.suffixes and words[j - 1][0][:1].isupper():
            suffix = words[j - 1][0]
            j -= 1
            continue
        break
    body = words[i:j]
    if not body:  # nothing but honorifics: keep them as the name
        body, honorifics, strong = words, [], False
    if not body:
        return ParsedName(text, (), (), (), "", (), None, False, "", False, False)

    # last word: possessive "'s", a sentence full stop on a non-initial word
    last, ls, le = body[-1]
    m = _POSSESSIVE.search(last)
    if m and len(last) > 2:
        last, le = last[: m.start()], le - (len(last) - m.start())
    if last.endswith(".") and suffix is None and not _is_initials_unit(last) \
            and _word_key(last) not in lex.particles and len(last) > 2:
        last, le = last[:-1], le - 1
    if last.endswith(("'", "’")) and not _is_initials_unit(last):
        last, le = last.rstrip("'’"), le - len(last) + len(last.rstrip("'’"))
    body[-1] = (last, ls, le)
    tokens = [w for w, _, _ in body]
    end = body[-1][2]
    if suffix is not None:
        end = words[j][2]
    canonical = text[body[0][1]:end]
    if i and lex.peerage and keys[i - 1] in lex.peerage and words[i - 1][0][:1].isupper() and "of" in tokens[1:]:
        # a peer with a territorial designation: the form of address is part of the name, the
        # designation no family name ("Lord Collins of Highbury" is the "Lord Collins" named later)
        canonical = text[words[i - 1][1]:end]
        tokens = tokens[:tokens.index("of", 1)]
    canonical = " ".join(canonical.split())

    family_first, family, given, by_given = _structure(tokens, lex)
    initials = tuple(c for u in given if _is_initials_unit(u) for c in fold_key(u).upper())
    return ParsedName(
        text=text,
        honorifics=tuple(honorifics),
        tokens=tuple(tokens),
        given=tuple(given),
        family=family,
        initials=initials,
        suffix=suffix,
        family_first=family_first,
        canonical=canonical,
        strong=strong,
        by_given=by_given,
        family_core=_family_core(family, lex) if not family_first and not by_given else "",
    )


def _family_core(family: str, lex: NameLexicon) -> str:
    """``family`` without leading lineage particles, if it has any ("Al Qasimi" -> "Qasimi").
    A particle hyphened to the name word counts when written in lower case, as English news
    transliterates Arabic names it shortens to the core ("al-Assad" -> "Assad", "el-Sisi" -> "Sisi");
    a capitalised one binds the family name ("Al-Marzouq", whose "Marzouq" is a given name)."""
    words = family.split()
    if len(words) == 1 and words[0][:1].islower() and _hyphened_family(words[0], lex):
        words = words[0].split("-", 1)
    k = 0
    while k < len(words) - 1 and lex.particles.get(_word_key(words[k])) == "family":
        k += 1
    return " ".join(words[k:]) if k else ""


def _is_initials_token(tok: str, lex: NameLexicon, n_tokens: int) -> bool:
    if n_tokens == 1 or not _INITIALS.match(tok):
        return False
    letters = tok.replace(".", "").replace("-", "")
    if len(letters) >= 2 and "." not in tok and lex.is_family_first(letters):
        return False  # "LI Qiang", "WU Jianghao": an all-caps family name, not initials
    return True


def _hyphened_family(token: str, lex: NameLexicon) -> bool:
    """Whether one written word is a family particle hyphened to a name word ("Al-Thani",
    "El-Sayed"): the family unit "Al Thani" written with a hyphen."""
    head, dash, rest = token.partition("-")
    return bool(dash) and rest[:1].isupper() and lex.particles.get(_word_key(head)) == "family"


def _structure(tokens: list[str], lex: NameLexicon) -> tuple[bool, str, list[str], bool]:
    """(family_first, family, given units, by_given) of the words of a name."""
    n = len(tokens)
    if n == 1:
        return False, tokens[0], [], False
    initial = [_is_initials_token(t, lex, n) for t in tokens]
    caps = [
        not initial[k] and len(t.replace("-", "")) >= 2 and t.replace("-", "").isalpha() and t.isupper()
        for k, t in enumerate(tokens)
    ]
    lowered = [not c and not initial[k] for k, c in enumerate(caps)]
    # an all-caps word in a mixed-case name is the family name: "NISHIMURA Akiko", "Akiko NISHIMURA"
    if any(caps) and any(lowered) and (caps[0] or not all(caps[caps.index(True):])):
        k = caps.index(True)
        given = [t for m, t in enumerate(tokens) if m != k]
        return k == 0, tokens[k], given, False
    # (the family names in capitals after the given names, "Luis Fernando CÁRDENAS HUAMÁN", read
    # as the name written as usual)
    first_key = fold_key(tokens[0])
    if 2 <= n <= 4 and not any(initial):
        first_is_family = first_key in lex.family_first
        if first_is_family and _HYPHEN_LOWER.match(tokens[0]) and lex.is_family_first(tokens[-1]):
            first_is_family = False  # "Dong-hyuk Kang": given name first
        if not first_is_family and n <= 3 and _HYPHEN_LOWER.match(tokens[-1]) and not _HYPHEN_LOWER.match(tokens[0]):
            first_is_family = True  # "Moon Jae-in"
        if first_is_family:
            return True, tokens[0], list(tokens[1:]), False

    # given-name-first: bind particles to the following word
    units: list[list[str]] = []
    kinds: list[Optional[str]] = []
    pending: list[str] = []
    pending_kind: Optional[str] = None
    for k, t in enumerate(tokens):
        kind = lex.particles.get(_word_key(t))
        if kind == "patronymic" and k == 0 and not t.islower():
            kind = None  # "Ben Wallace": a name cannot start with "son of"
        if kind and k < n - 1 and not initial[k]:
            pending.append(t)
            pending_kind = pending_kind or kind
            continue
        units.append(pending + [t])
        kinds.append(pending_kind or ("family" if kind is None and _hyphened_family(t, lex) else None))
        pending, pending_kind = [], None
    texts = [" ".join(u) for u in units]
    # trailing initials ("Lakshmi V."): the family name is the last full unit
    f = len(texts) - 1
    while f > 0 and _is_initials_unit(texts[f]):
        f -= 1
    # patronymic with no family name after it: "Hamad bin Sultan", "Amran bin Mohamed Zin"
    if kinds[-1] != "family" and "patronymic" in kinds:
        p = kinds.index("patronymic")
        if p > 0:
            return False, " ".join(texts[p:]), texts[:p], True
    given = texts[:f] + texts[f + 1:]
    return False, texts[f], given, False


def parse_name(text: str, *, lexicon: Optional[NameLexicon] = None) -> ParsedName:
    """Take a name apart: honorifics, given names, family name, initials, suffix.

    Leading honorifics and forms of address are stripped ("Dr. S. Jaishankar" -> "S.
    Jaishankar"; "H.H. Sheikh Abdullah bin Zayed Al Nahyan" -> "Abdullah bin Zayed Al Nahyan").
    Particles bind to the next word, so "Al Nahyan", "Le Floch", "van der Leyen" are one family
    unit; hyphenated words stay whole. An all-caps word in a mixed-case name is the family name
    ("NISHIMURA Akiko"); a known East Asian family name first in a 2-4 word name makes the name
    family-first ("Zhou Kai", "Cho Hyun", "Trần Quốc Khải"). "Rodrigo T. Bautista Jr." has family
    "Bautista" and suffix "Jr.". A single word is its own family name. Results are cached.
    ``lexicon`` (from :func:`load_lexicon`, which remembers its folder) selects other word lists.
    """
    folder = lexicon.folder if lexicon is not None else ""
    return _parse_cached(text, folder)


def _as_parsed(name: Union[str, ParsedName], lexicon: Optional[NameLexicon]) -> ParsedName:
    return name if isinstance(name, ParsedName) else parse_name(name, lexicon=lexicon)


# ---------------------------------------------------------------------------------------------
# compatibility
# ---------------------------------------------------------------------------------------------
def _item_match(a: tuple[str, str], b: tuple[str, str], threshold: float) -> bool:
    (ka, va), (kb, vb) = a, b
    if ka == "initial" or kb == "initial":
        return va[:1] == vb[:1]
    if va == vb:
        return True
    if min(len(va), len(vb)) >= 4 and va[:1] == vb[:1] and threshold <= ONE_EDIT_UP_TO \
            and transliteration_key(va) == transliteration_key(vb):
        return True  # "Jasem" / "Jassim", "Fuad" / "Fouad", "Abdulla" / "Abdullah"
    return min(len(va), len(vb)) >= 5 and va[:1] == vb[:1] and (ratio(va, vb) >= threshold
                                                                 or (threshold <= ONE_EDIT_UP_TO and one_edit_variant(va, vb)))


#: the spellings of one sound that romanisations of Arabic, Persian and Turkic names vary between
_TRANSLIT_SPELLINGS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ai"), ("e", "i"))
_DOUBLED = re.compile(r"(.)\1+")


def transliteration_key(key: str) -> str:
    """A folded given name with the spellings romanisations vary between made alike: doubled
    letters single, "ou"/"oo" as "u", "ee" and "e" as "i", "ei" as "ai", and a closing "h" after
    a vowel dropped ("Jasem"/"Jassim" -> "jasim", "Fuad"/"Fouad" -> "fuad", "Abdulla"/"Abdullah"
    -> "abdula", "Hussein"/"Husain" -> "husain"). Two names with the same key are read as one name
    spelt two ways; "Hassan" and "Hussein" stay apart."""
    k = _DOUBLED.sub(r"\1", key)
    if len(k) > 3 and k.endswith("h") and k[-2] in "aeiou":
        k = k[:-1]
    for a, b in _TRANSLIT_SPELLINGS:
        k = k.replace(a, b)
    return k


#: Fuzzy thresholds up to this one also accept one-edit transliteration variants
#: (:func:`one_edit_variant`) whatever their ratio; a stricter threshold demands the ratio alone.
ONE_EDIT_UP_TO = 90

#: Word endings that mark a woman's form of a name ("Volkov"/"Volkova", "Aleksandr"/"Aleksandra",
#: "Mario"/"Maria"): one edit there makes another person, not a spelling variant.
_GENDER_ADDED = ("a", "e")
_GENDER_SWAPPED = frozenset({"a", "o"})
_VOWELS = frozenset("aeiouy")
_GIVEN_VOWELS = ({"i", "y"}, {"o", "u"})
#: Vowel pairs a given name may swap inside the word but not at its end, where they mark gender
#: ("mohamed"/"mohamad", "hesham"/"hisham"; "daniele"/"daniela", "simone"/"simoni" are not variants)
_GIVEN_INNER_VOWELS = ({"e", "a"}, {"e", "i"})
#: Words of this many letters may differ by two transliteration edits ("Disanayaka"/"Dissanayake").
TWO_EDITS_FROM = 8


def one_edit_variant(a: str, b: str, *, min_len: int = 5, family: bool = False) -> bool:
    """Are the folded words ``a`` and ``b`` transliteration variants of one name?

    Both have ``min_len``+ letters and the same first letter, and they differ by one
    transliteration edit (two for words of :data:`TWO_EDITS_FROM`+ letters): a vowel for another
    vowel ("rajapaksa"/"rajapakse", "mansoori"/"mansouri") or a doubled letter
    ("disanayaka"/"dissanayake"). Given names (``family`` false) are held closer: one edit, "i"/"y",
    "o"/"u" or, not at the end, "e"/"a" or "e"/"i" ("dmitri"/"dmitry", "mohamed"/"mohamad",
    "hesham"/"hisham"); a letter written or left out is one doubled ("disanayaka"/"dissanayake") or a
    vowel or glide beside a vowel, inside the word ("kulubaev"/"kulubayev", "esmail"/"esmaeil"). Another consonant
    makes another name ("ramesh"/"rakesh"/"rajesh"), and so does a feminine ending added or swapped
    in ("volkov"/"volkova", "mario"/"maria").

    >>> one_edit_variant("rajapaksa", "rajapakse"), one_edit_variant("volkov", "volkova")
    (True, False)
    """
    if a == b or min(len(a), len(b)) < min_len or a[:1] != b[:1]:
        return False
    most = 2 if family and min(len(a), len(b)) >= TWO_EDITS_FROM else 1
    if Levenshtein.distance(a, b, score_cutoff=most) > most:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] in _GENDER_ADDED:
        return False
    if len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} == _GENDER_SWAPPED:
        return False
    for op in Levenshtein.editops(a, b):
        if op.tag == "replace":
            pair = {a[op.src_pos], b[op.dest_pos]}
            if not pair <= _VOWELS:
                return False
            if not family and pair not in _GIVEN_VOWELS and not (pair in _GIVEN_INNER_VOWELS and op.src_pos < len(a) - 1):
                return False
        else:  # a letter inserted in one word: a doubled one, or a vowel (or "y") inside a run of vowels
            word, k = (b, op.dest_pos) if op.tag == "insert" else (a, op.src_pos)
            c = word[k]
            if (k > 0 and word[k - 1] == c) or (k + 1 < len(word) and word[k + 1] == c):
                continue
            # "kulubaev"/"kulubayev", "pezeshkian"/"pezeshkiyan", "esmail"/"esmaeil": the glide or
            # vowel transliterations write or leave out between two letters, never the last one
            if not (c in _VOWELS and 0 < k < len(word) - 1 and (word[k - 1] in _VOWELS or word[k + 1] in _VOWELS)):
                return False
    return True


def given_compatible(a: Iterable[tuple[str, str]], b: Iterable[tuple[str, str]], *,
                     fuzzy_threshold: float = 88) -> bool:
    """Can the given-name items of one form be matched, in order, within the other's?

    Items come from :attr:`ParsedName.given_items`. An initial matches a name starting with
    that letter ("S" ~ "Subrahmanyam", "J" "P" ~ "Jai" "Prakash"); full names match when equal
    or, for names of 5+ letters, when their rapidfuzz ratio reaches ``fuzzy_threshold`` or (at
    thresholds up to :data:`ONE_EDIT_UP_TO`) they are one-edit variants ("Dmitri" / "Dmitry").
    """
    a, b = tuple(a), tuple(b)
    if len(a) > len(b):
        a, b = b, a
    k = 0
    for item in a:
        while k < len(b) and not _item_match(item, b[k], fuzzy_threshold):
            k += 1
        if k == len(b):
            return False
        k += 1
    return True


def _full_keys(p: ParsedName) -> list[str]:
    return [fold_key(t) for t in p.tokens if not _is_initials_unit(t)]


def _compare_keys(p: ParsedName) -> tuple[str, str, str]:
    """Keys :func:`names_compatible` compares, made once per parsed name (it is immutable): the
    family name's, the whole name's and the given names' (joined) :func:`fold_key`."""
    keys = p.__dict__.get("_compare_keys")
    if keys is None:
        keys = p.__dict__["_compare_keys"] = (fold_key(p.family), fold_key(" ".join(p.tokens)),
                                              fold_key(" ".join(p.given)))
    return keys


def _short_keys(p: ParsedName) -> frozenset[str]:
    """:func:`fold_key` of each of :attr:`ParsedName.short_forms`, made once per parsed name."""
    keys = p.__dict__.get("_short_keys")
    if keys is None:
        keys = p.__dict__["_short_keys"] = frozenset(fold_key(f) for f in p.short_forms)
    return keys


def names_compatible(
    a: Union[str, ParsedName],
    b: Union[str, ParsedName],
    *,
    fuzzy_threshold: float = 88,
    given_alone: bool = False,
    lexicon: Optional[NameLexicon] = None,
) -> bool:
    """Could the two forms name the same person?

    * two multi-word forms: the family names are equal after :func:`fold_key` (or, for family
      names of 6+ letters, nearly equal: rapidfuzz ratio >= ``(100 + fuzzy_threshold) / 2``,
      or one edit apart, :func:`one_edit_variant`, "Rajapaksa" / "Rajapakse"; and then a full
      given name must be shared exactly), and the given names are compatible
      (:func:`given_compatible`). "Devendra Sharma" / "RK Sharma" and "Sergey Orlov" / "Sergey
      Belov" are not compatible. The same words in the other order when one side reads family
      name first ("Akiko Nishimura" / "NISHIMURA Akiko") and a short form that is the other's whole family unit ("Le Floch" /
      "Jean-Marc Le Floch") are compatible.
    * a single unit and a full name: the unit is one of the full name's
      :attr:`ParsedName.short_forms` (family name; given name or last word of a family-first
      name; "Al Qasimi" of "Fahad bin Mansour Al Qasimi") or, at 6+ letters, one edit from its
      family name (:func:`one_edit_variant`, "Kulubaev" ~ "Jeenbek Kulubayev"); with ``given_alone``
      also its first given name ("Haruki" ~ "Haruki Matsumoto").
    * two single units: equal after :func:`fold_key`, or one is the other's core ("Qasimi" /
      "Al Qasimi").
    """
    pa, pb = _as_parsed(a, lexicon), _as_parsed(b, lexicon)
    if not pa.tokens or not pb.tokens:
        return False
    if pa.is_single and pb.is_single:  # "Al Qasimi" / "Al-Qasimi" / "Qasimi"
        ka, kb = fold_key(pa.family), fold_key(pb.family)
        return ka == kb or ka == fold_key(pb.family_core) or kb == fold_key(pa.family_core)
    if pa.is_single or pb.is_single:
        single, full = (pa, pb) if pa.is_single else (pb, pa)
        key = _compare_keys(single)[0]
        if key in _short_keys(full):
            return True
        if not full.family_first and full.family and len(key) >= 6 and any(
                one_edit_variant(key, fold_key(f), family=True) for f in (full.family, full.tokens[-1])):
            return True  # "Kulubaev" / "Jeenbek Kulubayev": the family name in another spelling
        return given_alone and key in {fold_key(f) for f in full.given_forms}
    return _multi_compatible(pa, pb, fuzzy_threshold)


def _multi_compatible(pa: ParsedName, pb: ParsedName, threshold: float) -> bool:
    if len(pa.tokens) == len(pb.tokens) and all(map(lambda x, y: fold_key(x) == fold_key(y), pa.tokens, pb.tokens)):
        return True  # the same words, in capitals or not ("Luis CÁRDENAS HUAMÁN" / "Luis Cárdenas Huamán")
    if pa.no_family_name and pb.no_family_name:
        # two Burmese names: one person only when the shorter closes the longer ("Suu Kyi" of "Aung
        # San Suu Kyi"), not when it leaves out a word inside it ("Kyaw Swe" is not "Kyaw Tint Swe")
        ka, kb = [fold_key(t) for t in pa.tokens], [fold_key(t) for t in pb.tokens]
        short, full = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
        return full[len(full) - len(short):] == short
    fa, whole_a, given_a = _compare_keys(pa)
    fb, whole_b, given_b = _compare_keys(pb)
    if whole_a == fb or whole_b == fa:  # "Le Floch" / "Jean-Marc Le Floch"
        return True
    if whole_a in {fold_key(f) for f in pb.first_surname_forms} \
            or whole_b in {fold_key(f) for f in pa.first_surname_forms}:
        # "Fernández de Córdoba" / "Ignacio María Fernández de Córdoba y Salvatierra": the first surname alone
        return True
    if _patronymic_prefix(pa, pb) or _patronymic_prefix(pb, pa):
        return True  # "Hamad bin Sultan" / "Hamad bin Sultan bin Khalifa Al Qasimi"
    if _given_of_patronymic(pa, pb) or _given_of_patronymic(pb, pa):
        return True  # "Khairul Anuar" / "Khairul Anuar bin Mohd Yusof": the given names alone
    if _patronymic_dropped(pa, pb) or _patronymic_dropped(pb, pa):
        return True  # "Mohamad Hasan" / "Mohamad bin Haji Hasan": given names and father's name
    if _first_surname_prefix(pa, pb) or _first_surname_prefix(pb, pa):
        return True  # "Juan Ramón de la Fuente" / "Juan Ramón de la Fuente Ramírez"
    if _given_suffix(pa, pb) or _given_suffix(pb, pa):
        return True  # "Lan Anh" / "Đinh Thị Lan Anh": a family-first name by its last given names
    if pa.family_first or pb.family_first:
        ka, kb = _full_keys(pa), _full_keys(pb)
        if len(ka) >= 2 and sorted(ka) == sorted(kb) and len(ka) == len(pa.tokens) == len(pb.tokens):
            return True  # same words, one side read family name first: "Akiko Nishimura" / "NISHIMURA Akiko"
    if fa != fb:
        if not (min(len(fa), len(fb)) >= 6 and fa[:1] == fb[:1]
                and (ratio(fa, fb) >= (100 + threshold) / 2 or (threshold <= ONE_EDIT_UP_TO and one_edit_variant(fa, fb, min_len=6, family=True)))) \
                and not (_ARTICLE_FAMILY.match(pa.family) and fold_key(_ARTICLE_FAMILY.sub("", pa.family)) == fb
                         or _ARTICLE_FAMILY.match(pb.family) and fold_key(_ARTICLE_FAMILY.sub("", pb.family)) == fa) \
                and variant_key(pa.family) != variant_key(pb.family):
            # ("Ayman Safadi" / "Ayman Al-Safadi": the Arabic article before the family name, kept or
            # dropped, "Al-Sisi" / "El-Sisi", "Albudaiwi" / "Al-Budaiwi": spelt two ways; the given
            # names must still be shared)
            return False
        shared = {k for k, _ in _given_full(pa)} & {k for k, _ in _given_full(pb)}
        if not shared:
            return False
    if fa == fb and given_a == given_b:
        return True  # "Kim Jong Un" / "Kim Jong-un", "Jean Marc Le Floch" / "Jean-Marc Le Floch"
    return given_compatible(pa.given_items, pb.given_items, fuzzy_threshold=threshold)


#: the Arabic article opening a family name, hyphened or not ("Al-Safadi", "El Sherif")
_ARTICLE_FAMILY = re.compile(r"^(?:[Aa]l|[Ee]l)[- ](?=[A-Z])")


def _given_of_patronymic(short: ParsedName, full: ParsedName) -> bool:
    """Whether ``short`` is the given part of a patronymic ``full`` name (Malay, Arabic): all of it,
    or its last two words or more, without the name a Malay given part often opens with ("Khairul
    Anuar" of "Mohd Khairul Anuar bin Hashim")."""
    n = len(short.tokens)
    if not full.by_given or short.by_given or not (n == len(full.given) or 2 <= n < len(full.given)):
        return False
    return [fold_key(t) for t in short.tokens] == [fold_key(t) for t in full.given[len(full.given) - n:]]


def _patronymic_dropped(short: ParsedName, full: ParsedName) -> bool:
    """Whether ``short`` is a patronymic ``full`` name (no family name after it) written without
    its particle and the forms of address before the father's name: the whole given part, then the
    father's name ("Anwar Ibrahim" / "Anwar bin Ibrahim", "Mohamad Hasan" / "Mohamad bin Haji
    Hasan"), as Malay and Gulf releases shorten such names; the name a Malay given part often
    opens with may go too ("Faizal Hashim" / "Mohd Faizal bin Hashim")."""
    if not full.by_given or short.by_given or short.family_first:
        return False
    given = full.given
    if len(short.tokens) == len(given) and len(given) >= 2:
        given = given[1:]
    if len(short.tokens) != len(given) + 1:
        return False
    if fold_key(short.tokens[-1]) != fold_key(full.tokens[-1]):
        return False
    lex = load_lexicon()
    father = full.family.split()[1:-1]  # between the particle and the father's name: only forms of address
    if any((_word_key(w),) not in lex.honorifics_before for w in father):
        return False
    return [fold_key(t) for t in short.tokens[:-1]] == [fold_key(t) for t in given]


def _first_surname_prefix(short: ParsedName, full: ParsedName) -> bool:
    """``short`` is ``full`` without its second surname: its words begin ``full`` and end on
    ``full``'s first surname ("Claudia Sheinbaum" / "Claudia Sheinbaum Pardo")."""
    first = full.first_surname_forms
    if not first or short.family_first or short.by_given or len(short.tokens) >= len(full.tokens):
        return False
    if fold_key(short.family) != fold_key(first[0]):
        return False
    return [fold_key(t) for t in short.tokens] == [fold_key(t) for t in full.tokens[: len(short.tokens)]]


def _given_suffix(short: ParsedName, full: ParsedName) -> bool:
    """Whether ``short`` is the last two or more given names of a family-first ``full`` name."""
    if not full.family_first or len(short.tokens) < 2 or len(short.tokens) >= len(full.tokens):
        return False
    tail = [fold_key(t) for t in full.tokens[-len(short.tokens):]]
    return tail == [fold_key(t) for t in short.tokens] and fold_key(full.tokens[0]) != fold_key(short.tokens[0])


def _patronymic_prefix(short: ParsedName, full: ParsedName) -> bool:
    """``short`` is a patronymic name whose words begin ``full``, ending at a word boundary."""
    if not short.by_given or len(full.tokens) <= len(short.tokens):
        return False
    return all(map(_same_word, short.tokens, full.tokens[: len(short.tokens)]))


def _same_word(a: str, b: str) -> bool:
    """One word of a name, spelt alike or in two romanisations ("Abdulla" / "Abdullah")."""
    ka, kb = fold_key(a), fold_key(b)
    return ka == kb or (min(len(ka), len(kb)) >= 4 and ka[:1] == kb[:1]
                        and transliteration_key(ka) == transliteration_key(kb))


def _given_full(p: ParsedName) -> list[tuple[str, str]]:
    return [(v, k) for k, v in p.given_items if k == "full"]


def block_keys(parsed: Union[str, ParsedName], *, lexicon: Optional[NameLexicon] = None) -> set[str]:
    """Blocking keys for matching names at scale; two compatible forms share at least one key
    (except the first-given-name-only matches of ``given_alone``).

    Every key is a :func:`fold_key` (lowercase ASCII letters and digits): the family name, the
    last word, and for family-first names also the given name (joined) and each given word,
    for patronymic names the first and the last given name. This is a stable contract: keys are only ever
    added to, never changed.

    >>> sorted(block_keys("Trần Quốc Khải"))
    ['khai', 'quockhai', 'tran']
    """
    p = _as_parsed(parsed, lexicon)
    if not p.tokens:
        return set()
    keys = {fold_key(f) for f in p.short_forms}
    if not _is_initials_unit(p.tokens[-1]):
        keys.add(fold_key(p.tokens[-1]))
    if p.by_given and len(p.given) >= 2:  # ("Khairul Anuar", its given part's end, names it too)
        keys.add(fold_key(p.given[-1]))
    keys.add(fold_key(p.family))
    keys.add(variant_key(p.family))  # "El-Sisi" under "alsisi", as "Al-Sisi"
    # a father's name inside the given part ("bin Ahmed" of "Abdullah bin Ahmed Al Khalifa"): the
    # family unit of the patronymic name it opens ("Abdullah bin Ahmed")
    keys.update(fold_key(g) for g in p.given[1:] if " " in g)
    keys.update(fold_key(f) for f in p.first_surname_forms)  # "Juan Ramón de la Fuente" of "... Ramírez"
    keys.discard("")
    return keys
