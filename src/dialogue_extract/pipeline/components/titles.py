"""The title grammar: finds offices such as "First Vice Foreign Minister", "Secretary (East)",
"Minister of State for External Affairs", "Ambassador to India", "EAM".

A title is ``modifier* portfolio* HEAD [(parenthesis)] complement*`` where every word class is a
list in ``models/default/titles.json``. Heads are found with a PhraseMatcher; the rest of the
grammar is walked outwards from each head, so the Python work is per title, not per token.

Writes ``doc.spans["titles"]`` (label ``TITLE``). What the grammar learns around each title is in
``span._.de_title_info`` (a :class:`TitleInfo`): the country it is attached to ("Chinese Foreign
Minister", "Minister for Foreign Affairs of Japan"), the country it points to ("Ambassador to
India"), the organisation ("at the Ministry of Foreign Affairs"), and whether it is a former office
or a business office.
"""
from __future__ import annotations

import re

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Collection, NamedTuple, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...data import data_path, read_json, read_tsv
from ...located import Located
from ...organizations import names_international_body
from ...people.grammar import ITEM_NUMBER, known_place_end
from ...roles import role_of
from ...names import load_lexicon as load_name_lexicon
from ..patterns import AddsPatterns
from ..text import TokenView, token_view
from ..zones import boilerplate_index, keep_longest


from .. import extensions  # noqa: F401  (registers the de_* attributes)
from .. import keys
from ..extensions import set_span_value, span_value
from ..groups import set_spans, spans_of


#: the number after an office that a second holder of one portfolio is given ("Minister of Finance II")
_SECOND_HOLDER = frozenset(("II", "III"))
#: the bodies of learning an office "of the" heads: a university's offices are no public ones
_ACADEMY_WORDS = frozenset({"University", "College", "Polytechnic"})


@dataclass
class TitleInfo:
    """What the grammar found around one title span."""

    country: Optional[str] = None  # the office's own state ("of Japan", "Chinese ...")
    target_country: Optional[str] = None  # the state it is accredited to ("Ambassador to India")
    organization: Optional[str] = None  # "at the Ministry of Foreign Affairs"
    organization_country: Optional[str] = None
    former: bool = False
    business: bool = False  # "Chairman of <a company>": not a public office
    trade_body: bool = False  # the business office's body is named as one of trade ("... Chamber of Commerce")
    expansion: Optional[str] = None  # for abbreviations: "EAM" -> "External Affairs Minister"
    prefix_start: int = -1  # first token of the whole title phrase incl. country/org prefixes
    phrase_end: int = -1  # token after the whole phrase incl. separable complements
    posted_in: bool = False  # ``country`` came from an "in <state>" complement ("Representative in Kenya")
    predicate: bool = False  # named by the verb of a relative clause ("who heads the agency")
    force_start: int = -1  # where the name of the force an office commands starts inside the title ("Philippine Coast Guard")
    own_people: bool = False  # ``country`` came from the state's own people in the portfolio ("... and Egyptian Expatriates")
    of_place: bool = False  # ``country`` came from the place the office is of ("Governor of Papua", "Mayor of Moscow")


@dataclass
class TitleLexicon:
    heads: list[str]
    lowercase_heads: list[str]
    modifiers: set[str]
    portfolio: set[str]
    complement_words: set[str]
    complement_preps: set[str]
    abbreviations: dict[str, str]
    business_heads: set[str]
    government_org_words: set[str]
    business_body_words: tuple[str, ...]
    paren_heads: set[str]
    body_end_words: set[str] = field(default_factory=set)
    company_forms: frozenset = frozenset()
    text_patterns: list[str] = field(default_factory=list)
    needs_complement: set[str] = field(default_factory=set)
    body_abbreviations: set[str] = field(default_factory=set)
    civil_qualifiers: set[str] = field(default_factory=set)
    rank_heads: set[str] = field(default_factory=set)
    remit_heads: set[str] = field(default_factory=set)
    remit_regions: frozenset = frozenset()
    paren_after_complement: set[str] = field(default_factory=set)
    unit_heads: set[str] = field(default_factory=set)
    unit_words: set[str] = field(default_factory=set)
    ministry_words: set[str] = field(default_factory=set)
    public_body_words: set[str] = field(default_factory=set)  # "Ministry": a company's office held in one is public
    hyphen_joiners: set[str] = field(default_factory=set)  # "cum": "Secretary-cum-Scientific Director" is one office
    force_words: set[str] = field(default_factory=set)
    state_named_bodies: set[str] = field(default_factory=set)
    force_portfolio_heads: set[str] = field(default_factory=set)
    command_heads: set[str] = field(default_factory=set)
    government_level_words: set[str] = field(default_factory=set)
    state_only_heads: set[str] = field(default_factory=set)
    predicate_heads: dict[str, str] = field(default_factory=dict)
    predicate_adverbs: list[str] = field(default_factory=list)
    title_suffixes: list[str] = field(default_factory=list)
    max_unknown_complement_words: int = 0
    portfolio_suffixes: dict[str, int] = field(default_factory=dict)
    # offices of a place ('Governor of Tokyo'), and the places they may name (datelines.tsv, cities.tsv)
    place_heads: set[str] = field(default_factory=set)
    places: frozenset = frozenset()
    place_states: dict[str, str] = field(default_factory=dict)  # a known place's state ("Moscow": RUS)
    city_places: frozenset = frozenset()  # cities.tsv: places too, their state not taken
    place_kind_words: set[str] = field(default_factory=set)  # "region", "Province" after a place's name
    held_body_words: set[str] = field(default_factory=set)  # "Court": the body an office presides over stays in its title
    relation_preps: dict[str, str] = field(default_factory=dict)  # "Relations with ...": a preposition a field word takes
    posting_participles: tuple[tuple[str, ...], ...] = ()  # "accredited" of "Ambassador accredited to X"
    not_before_ranks: set[str] = field(default_factory=set)  # modifiers that never open a rank ("Chief")
    private_body_words: set[str] = field(default_factory=set)  # "who heads the research team": no public body
    lower_business_bodies: frozenset[str] = frozenset()  # "who runs a chemicals firm": no public body
    business_initials: frozenset[str] = frozenset()  # "CII", "FICCI": national bodies of business by their initials
    gloss_words: frozenset[str] = frozenset()  # "(Subsecretario de Relaciones Exteriores)": the office's own name
    remit_unit_nouns: frozenset[str] = frozenset()  # "for American Affairs": the remit, not the state served
    status_modifiers: set[str] = field(default_factory=set)  # "acting", "outgoing": kept with the office
    surname_heads: set[str] = field(default_factory=set)  # "King": a family name right after a given name
    post_heads: set[str] = field(default_factory=set)  # "Consul General": the city of the post is in the title
    own_people_words: set[str] = field(default_factory=set)  # "Expatriates": after a demonym, a state's own people abroad
    religious_body_words: set[str] = field(default_factory=set)  # "Catholic": a church's body holds no public office
    comma_force_heads: set[str] = field(default_factory=set)  # "Director General, Border Security Force"
    comma_force_words: set[str] = field(default_factory=set)  # "Frontier", "Wing": close such a unit too
    place_direction_words: set[str] = field(default_factory=set)  # "East" of "Governor of East Java"
    rank_suffixes: list[str] = field(default_factory=list)  # "with the rank of": another office's rank, kept in the title
    royal_styles: list[tuple[str, ...]] = field(default_factory=list)  # "His Majesty" inside a complement

    @classmethod
    def from_file(cls, path: str | Path) -> "TitleLexicon":
        data = read_json(path)
        function_words = {"and", "&", "of", "for", "the", "to", "in"}
        words = lambda key: {w for phrase in data.get(key, []) for w in phrase.split()  # noqa: E731
                             if w not in function_words or w == phrase}
        return cls(
            heads=with_hyphen_spellings(data["heads"], set(data.get("rank_heads", []))),
            lowercase_heads=list(data.get("lowercase_heads", [])),
            modifiers=words("modifiers"),
            portfolio=words("portfolio"),
            complement_words=words("complement_words"),
            complement_preps=set(data.get("complement_preps", [])),
            abbreviations=dict(data.get("abbreviations", {})),
            business_heads=set(data.get("business_heads", [])),
            government_org_words=words("government_org_words"),
            business_body_words=tuple(data.get("business_body_words", ())),
            company_forms=frozenset(data.get("company_forms", ())),
            body_end_words=words("body_end_words"),
            paren_heads=set(data.get("paren_heads", [])),
            text_patterns=list(data.get("text_patterns", [])),
            needs_complement=set(data.get("needs_complement", [])),
            rank_heads={h.split()[-1] for h in data.get("rank_heads", [])},
            remit_heads=set(data.get("remit_heads", [])),
            remit_regions=frozenset(data.get("remit_regions", [])),
            paren_after_complement=set(data.get("paren_after_complement", [])),
            unit_heads=set(data.get("unit_heads", [])),
            unit_words=set(data.get("unit_words", [])),
            ministry_words=set(data.get("ministry_words", [])),
            public_body_words=set(data.get("public_body_words", [])),
            hyphen_joiners={w.lower() for w in data.get("hyphen_joiners", [])},
            force_words=set(data.get("force_words", [])),
            state_named_bodies=set(data.get("state_named_bodies", [])),
            force_portfolio_heads=set(data.get("force_portfolio_heads", [])),
            command_heads=set(data.get("command_heads", [])),
            government_level_words=set(data.get("government_level_words", [])),
            state_only_heads=set(data.get("state_only_heads", [])),
            predicate_heads=dict(data.get("predicate_heads", {})),
            predicate_adverbs=list(data.get("predicate_adverbs", [])),
            title_suffixes=list(data.get("title_suffixes", [])),
            max_unknown_complement_words=int(data.get("max_unknown_complement_words", 0)),
            portfolio_suffixes={k: int(v) for k, v in data.get("portfolio_suffixes", {}).items()},
            place_heads=set(data.get("place_heads", [])),
            place_kind_words=set(data.get("place_kind_words", [])),
            held_body_words=set(data.get("held_body_words", [])),
            relation_preps=dict(data.get("relation_preps", {})),
            posting_participles=tuple(sorted((tuple(p.lower().split()) for p in data.get("posting_participles", [])),
                                             key=len, reverse=True)),
            not_before_ranks=set(data.get("not_before_ranks", [])),
            status_modifiers=set(data.get("status_modifiers", [])),
            private_body_words=set(data.get("private_body_words", [])),
            lower_business_bodies=frozenset(data.get("lower_business_bodies", [])),
            business_initials=frozenset(data.get("business_initials", [])),
            gloss_words=frozenset(data.get("gloss_words", [])),
            remit_unit_nouns=frozenset(data.get("remit_unit_nouns", [])),
            surname_heads=set(data.get("surname_heads", [])),
            post_heads=set(data.get("post_heads", [])),
            own_people_words=set(data.get("own_people_words", [])),
            body_abbreviations=set(data.get("body_abbreviations", [])),
            civil_qualifiers=set(data.get("civil_qualifiers", [])),
            religious_body_words=set(data.get("religious_body_words", [])),
            comma_force_heads=set(data.get("comma_force_heads", [])),
            comma_force_words=set(data.get("comma_force_words", [])),
            place_direction_words=set(data.get("place_direction_words", [])),
            rank_suffixes=sorted(data.get("rank_suffixes", []), key=len, reverse=True),
            royal_styles=sorted((tuple(x.split()) for x in data.get("royal_styles", [])), key=len, reverse=True),
            place_states=_place_states(path) if data.get("place_heads") else {},
            # (and the cities of cities.tsv, "Consul-General in Perth", "Mayor of Surabaya", whose state
            # is not taken: a province may share a city's name, "Premier of Ontario")
            city_places=frozenset(row["place"] for row in read_tsv(_sibling(path, "cities.tsv")))
            if data.get("place_heads") and _sibling(path, "cities.tsv").is_file() else frozenset(),
        )

    def __post_init__(self) -> None:
        if self.place_states and not self.places:
            self.places = frozenset(self.place_states) | self.city_places


def _place_states(path) -> dict[str, str]:
    """The places an office of a place may name and their states: the datelines' places and the
    first-level subdivisions of states ("Governor of Papua", "Chief Minister of Kerala"), less a
    subdivision named as a city of cities.tsv (whose state another may share: "Victoria")."""
    states = {row["place"]: row["country"] for row in read_tsv(_sibling(path, "subdivisions.tsv"))} \
        if _sibling(path, "subdivisions.tsv").is_file() else {}
    cities = _sibling(path, "cities.tsv")
    if states and cities.is_file():
        for row in read_tsv(cities):
            states.pop(row["place"], None)
    states.update((row["place"], row["country"]) for row in read_tsv(_sibling(path, "datelines.tsv")))
    return states


def _sibling(path, name: str):
    """The data file ``name`` beside the lexicon at ``path``, else the shipped one."""
    sibling = Path(str(path)).parent / name
    return sibling if sibling.exists() else data_path(name)


@Language.factory("de_titles", default_config={"extra_patterns": [], "lexicon_path": None},
                  requires=["doc.spans"], assigns=["doc.spans", "span._.de_title_info"])
def make_titles(nlp: Language, name: str, extra_patterns: list[str], lexicon_path: str | None) -> "TitlesComponent":
    component = TitlesComponent(nlp, TitleLexicon.from_file(lexicon_path or data_path("titles.json")))  # None: shipped
    component.add_pattern_files(extra_patterns)  # on top of the shipped data
    return component


#: how many tokens a world region of ``remit_regions`` may have ("Middle East Peace Process", "Indo-Pacific")
_REGION_TOKENS = 5
#: how many words in small letters a remit after "the" may have ("to the peace process")
_COMMON_REMIT_WORDS = 4
#: nouns after "to the" that stand for the body or state an envoy is posted to, not a remit
_POSTING_NOUNS = frozenset({"bloc", "organisation", "organization", "union", "alliance", "kingdom", "republic",
                            "country", "state", "body", "court", "grouping", "association"})
_HYPHENS = {"-", "–", "‐"}
# the words a body of business's name ends on, right before an office in capitals ("Kenya National Chamber of
# Commerce and Industry President X", "Philippine Chamber President X")
_BODY_LAST_WORDS = frozenset({"Industry", "Industries", "Commerce", "Chamber", "Association", "Federation",
                              "Confederation", "Council", "Exporters", "Manufacturers", "Employers", "Business"})
# the roles of a state's envoys: the state "in" which one is named is their posting, not their own
_ENVOY_ROLES = frozenset({"ambassador", "consul"})


def with_hyphen_spellings(heads: list[str], ranks: Collection[str] = ()) -> list[str]:
    """``heads`` and the other spelling of each two-word office closing on "General": with a
    hyphen ("Solicitor-General" of "Solicitor General") and with a space ("Auditor General" of
    "Auditor-General"); releases write both. Not of the ``ranks`` (their spellings are listed)."""
    out = dict.fromkeys(heads)
    for h in heads:
        if h in ranks:
            continue
        first, sep, last = h.replace("-", " ").partition(" ")
        if sep and last == "General" and first[:1].isupper() and first.isalpha():
            out.setdefault(first + " General")
            out.setdefault(first + "-General")
    return list(out)


class TitlesComponent(AddsPatterns):
    """The title grammar. ``add_patterns([{"head": "Chief Negotiator"}, {"modifier": "Acting"},
    {"portfolio": "Fisheries"}, {"abbreviation": "CNS", "expansion": "Chief of the Naval Staff"}])``
    adds words to the shipped ``titles.json``."""

    def __init__(self, nlp: Language, lexicon: TitleLexicon) -> None:
        self.nlp = nlp
        self.lex = lexicon
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        heads = set(lexicon.heads) | set(lexicon.business_heads)
        self.matcher.add("HEAD", [nlp.make_doc(h) for h in heads])
        self.matcher.add("HEAD", [nlp.make_doc(h) for h in lexicon.lowercase_heads])
        self.matcher.add("ABBR", [nlp.make_doc(a) for a in lexicon.abbreviations])
        self.head_words = {w for h in heads for w in nlp.make_doc(h).text.split()}
        self.head_set = set(lexicon.heads) | set(lexicon.lowercase_heads)
        self.head_first = {nlp.make_doc(h).text.split()[0] for h in heads if h.strip()}  # "Prime" of "Prime Minister"
        self.hyphen_heads = {h.casefold() for h in self.head_set if "-" in h}  # "Secretary-General"
        self.business_folded = {h.casefold() for h in lexicon.business_heads}
        # the business bodies' names that hold a public body's word ("Business Council", "Export Promotion Council")
        self._business_public_words = tuple(w for w in lexicon.business_body_words
                                            if any(p in w.split() for p in lexicon.public_body_words))
        self.lower_units = {w.lower() for w in lexicon.unit_words} | {"desk"}  # a unit written in lower case
        self.possessed_bodies = set(lexicon.body_end_words) | {"Government"}  # "the Thai embassy's", "the Thai government's"
        self.text_patterns = [Located.of(p) for p in lexicon.text_patterns]
        self.abbr_id = nlp.vocab.strings["ABBR"]
        # "X, who heads the agency": an office named by the verb of a relative clause
        self.pred_id = nlp.vocab.strings.add("PRED")
        self.pred_rx = Located.of(r"\bwho(?:\s+(?:" + "|".join(map(re.escape, lexicon.predicate_adverbs)) + r"))?\s+("
                                  + "|".join(map(re.escape, lexicon.predicate_heads)) + r")\b") \
            if lexicon.predicate_heads else None

    def _add_pattern(self, pattern: dict) -> None:
        if isinstance(pattern.get("head"), str) and pattern["head"].strip():
            head = pattern["head"].strip()
            self.lex.heads.append(head)
            self.head_set.add(head)
            doc = self.nlp.make_doc(head)
            self.head_words.update(doc.text.split())
            self.head_first.add(doc.text.split()[0])
            self.matcher.add("HEAD", [doc])
        elif isinstance(pattern.get("modifier"), str) and pattern["modifier"].strip():
            self.lex.modifiers.add(pattern["modifier"].strip())
        elif isinstance(pattern.get("portfolio"), str) and pattern["portfolio"].strip():
            self.lex.portfolio.add(pattern["portfolio"].strip())
        elif isinstance(pattern.get("abbreviation"), str) and isinstance(pattern.get("expansion"), str):
            self.lex.abbreviations[pattern["abbreviation"]] = pattern["expansion"]
            self.matcher.add("ABBR", [self.nlp.make_doc(pattern["abbreviation"])])
        else:
            raise ValueError("a title pattern is {'head': ...}, {'modifier': ...}, {'portfolio': ...} or "
                             f"{{'abbreviation': ..., 'expansion': ...}}: {pattern!r}")

    # -- the grammar ------------------------------------------------------------------------
    def _left(self, tv: TokenView, start: int, floor: int = 0, rank: bool = False) -> int:
        """Extend a head leftwards over modifiers and portfolio words, not before ``floor``; a
        rank never takes a modifier of ``not_before_ranks`` ("PNP Chief Police General X")."""
        i = start
        while i > floor:
            t = tv.text(i - 1)
            if rank and t in self.lex.not_before_ranks:
                break
            if t in self.lex.status_modifiers:
                i -= 1  # "the acting Under-Secretary", "the outgoing Ambassador"
                break
            if i >= 3 and tv.text(i - 2) in _HYPHENS and tv.glued(i - 3) and tv.glued(i - 2) \
                    and tv.text(i - 3) + "-" + t in self.lex.status_modifiers:
                i -= 3  # "the non-resident Ambassador": a status written with a hyphen
                break
            if t in self.lex.modifiers or t in self.lex.portfolio:
                i -= 1
            elif tv.text(start).islower() and t.islower() and t not in ("former", "then", "late", "ex", "new", "newly") and (
                    t.capitalize() in self.lex.modifiers or t.capitalize() in self.lex.portfolio):
                i -= 1  # "first deputy director", "the Nigerian foreign minister"
            elif t in ("'s", "’s") and i >= 2 and tv.text(i - 2) in self.head_words and tv.text(i - 2)[:1].isupper() \
                    and tv.text(i - 2) not in self.lex.force_words:
                i -= 2  # "the Amir's Personal Representative" (not "the Navy's Flag Officer in Command")
            elif t in _HYPHENS and tv.glued(i - 1) and i >= 2 and tv.text(i - 2) in self.lex.modifiers:
                i -= 1
            elif t in ("and", "&") and i >= 2 and tv.text(i - 2) in self.lex.portfolio and tv.text(i) in self.lex.portfolio:
                i -= 1
            elif t in ("and", "&") and i >= 2 and _field_adjective(tv.text(i)) and (
                    tv.text(i - 2) in self.lex.portfolio or tv.text(i - 2) in self.lex.modifiers) \
                    and (tv.text(i) in self.lex.portfolio or tv.text(i) in self.lex.modifiers):
                i -= 1  # "Political and Diplomatic Secretary", "Press and Cultural Attaché": two fields of one office
            else:
                break
        # never start a title on a connector
        while i < start and (tv.text(i) in ("and", "&") or tv.text(i) in _HYPHENS):
            i += 1
        if i < start and i > floor + 1 and tv.text(i - 1) == "of" and tv.text(i - 2) in _BODY_BEFORE_OF:
            return start  # "the Chamber of Commerce and Industry President X": the words after "of" name the body
        return i

    def _is_portfolio(self, t: str, guess: bool = True) -> bool:
        """A portfolio word: listed, or (``guess``) a Capitalised abstract noun of a field
        ("Policing", "Enlargement", "Municipality", "Commodities": an ending of
        ``portfolio_suffixes`` on a word at least that long), which no given name is. Guessed
        only in a complement without an article: a portfolio takes none ("Minister for Policing"),
        the name of a body does ("President of the Confederation of Indian Industry")."""
        if t in self.lex.portfolio:
            return True
        if not guess or not (t[:1].isupper() and t.isalpha() and not t.isupper()):
            return False
        for suffix, shortest in self.lex.portfolio_suffixes.items():
            if len(t) >= shortest and t.endswith(suffix):
                return True
        return False

    def _hyphened_portfolio_end(self, tv: TokenView, i: int) -> Optional[int]:
        """Index after a field word written with a hyphen that starts at token ``i`` ("Co-operatives",
        three tokens), or ``None``."""
        if i + 2 < tv.n and tv.text(i + 1) in _HYPHENS and tv.glued(i) and tv.glued(i + 1) \
                and f"{tv.text(i)}-{tv.text(i + 2)}" in self.lex.portfolio:
            return i + 3
        return None

    def _portfolio_list(self, tv: TokenView, i: int, guess: bool = False) -> bool:
        """Portfolio words up to an "and" and one more portfolio word: the rest of a list."""
        n = tv.n
        if i + 1 < n and tv.text(i) == "the" and tv.text(i + 1)[:1].isupper():
            i += 1  # "for the Maghreb, the Mediterranean and the Middle East": items with their article
        j = i
        # "European Union and Cooperation": a complement word may stand in the list too
        while j < n and j - i < 5:
            if self._is_portfolio(tv.text(j), guess) or (
                    j > i and tv.text(j)[:1].isupper() and tv.text(j) in self.lex.complement_words):
                j += 1
            elif (hyphened := self._hyphened_portfolio_end(tv, j)) is not None:
                j = hyphened  # "Trade, Co-operatives and ..."
            else:
                break
        if j == i or j + 1 >= n or tv.text(j) not in ("and", "&"):
            return self._long_portfolio_list(tv, i, guess)
        if j + 2 < n and tv.text(j + 1) == "the":
            j += 1  # "..., Tourism and the Creative Economy"
        last = tv.text(j + 1)  # "..., Emigration and Expatriates", "... and Egyptian Expatriates"
        if tv.text(j) == "the" and self._title_starts(tv, j + 1):
            return False  # "the Minister of Trade and the Minister of Finance": a second office
        if self._is_portfolio(last, guess) or (last[:1].isupper() and j + 2 < n and self._is_portfolio(tv.text(j + 2), guess)) \
                or self._hyphened_portfolio_end(tv, j + 1) is not None:  # "... and Co-operative Development"
            return True
        # "..., Francophonie and Central Africans Abroad": the state's own people abroad, named
        # by a demonym of a word or two
        k = j + 1
        while k < n and k - j <= 3 and tv.text(k)[:1].isupper() and tv.text(k).isalpha() \
                and tv.text(k) not in self.lex.own_people_words:
            k += 1
        return j + 1 < k < n and tv.text(k) in self.lex.own_people_words

    def _long_portfolio_list(self, tv: TokenView, i: int, guess: bool) -> bool:
        """The rest of a list of fields whose items may hold a word the vocabulary does not know
        before a field word ("Mining, Blue Economy and Maritime Affairs", "Agriculture, Maritime
        Fisheries, Rural Development, Water and Forests"): items of capitalised words, each ending
        with a portfolio word, parted by commas, the last after "and"."""
        n = tv.n
        j = i
        items = 0
        while j < n and items < 6:
            k = j
            while k < n and k - j < 3 and tv.text(k)[:1].isupper() and tv.text(k).isalpha() \
                    and not self._title_starts(tv, k):
                k += 1
            if k == j or not self._is_portfolio(tv.text(k - 1), guess):
                return False  # an item must end with a field word: no name ends a list
            items += 1
            if k < n and tv.text(k) == ",":
                j = k + 1
                continue
            if k + 1 < n and tv.text(k) in ("and", "&"):
                k2 = k + 1
                if k2 + 1 < n and tv.text(k2) == "the":
                    k2 += 1  # "..., Oceans and the Blue Economy"
                e = k2
                while e < n and e - k2 < 3 and tv.text(e)[:1].isupper() and tv.text(e).isalpha() \
                        and not self._title_starts(tv, e):
                    if self._hyphened_portfolio_end(tv, e) is not None:
                        return True  # "... Food Security and Co-operative Development X"
                    e += 1
                # (the last item ends on its field word: a name may follow it, "... Trade and
                # Services Paulo Arantes")
                return any(self._is_portfolio(tv.text(x), guess) for x in range(k2, e))
            return False
        return False

    def _rank_before_name(self, tv: TokenView, i: int) -> bool:
        """Whether a military rank starts at token ``i`` with a capitalised name word after it:
        modifiers or a rank's first word, glued by hyphens or not ("Vice-Admiral", "Major General",
        "Vice-Senior General"), up to one of ``rank_heads``."""
        n = tv.n
        j = i
        while j < n and j - i < 6 and tv.text(j) not in self.lex.rank_heads and (
                tv.text(j) in self.lex.modifiers or tv.text(j) in self.head_first):
            j += 1
            if j + 1 < n and tv.text(j) in _HYPHENS and tv.glued(j - 1) and tv.glued(j):
                j += 1
        if j >= n or tv.text(j) not in self.lex.rank_heads or not tv.text(j)[:1].isupper():
            return False
        return j + 1 < n and tv.text(j + 1)[:1].isupper() and tv.text(j + 1).isalpha() \
            and tv.text(j + 1) not in self.head_words

    def _take_principal(self, tv: TokenView, span: Span, info: TitleInfo) -> bool:
        """After "of the" / "to the" and the demonym ``span``, the office of the person an envoy or
        adviser serves, with no name after it ("Special Envoy of the Indonesian Foreign Minister"):
        in the phrase (no title of the envoy's own), its state the envoy's. Whether one was taken."""
        principal = self._office_end(tv, span.end)
        if principal is None or (principal < tv.n and tv.text(principal)[:1].isupper() and tv.text(principal).isalpha()):
            return False  # (none, or a named principal: "of the Indonesian President Joko Susilo")
        info.country = info.country or span.kb_id_
        info.phrase_end = max(info.phrase_end, principal)
        return True

    def _title_starts(self, tv: TokenView, i: int) -> bool:
        """Whether modifiers and portfolio words from token i lead to an office ("Foreign Minister")."""
        return self._office_end(tv, i) is not None

    def _office_end(self, tv: TokenView, i: int) -> Optional[int]:
        """The token after the office that modifiers and portfolio words from token i lead to
        ("Foreign Minister"), or None."""
        n = tv.n
        start = i
        while i < n and (tv.text(i) in self.lex.modifiers or tv.text(i) in self.lex.portfolio):
            i += 1
            if i + 1 < n and tv.text(i) in _HYPHENS and tv.glued(i - 1) and tv.glued(i):
                i += 1  # "Vice-President"
        # (the first word of a head: "Committee" of "Chairman Joint Chiefs of Staff Committee" or
        # "Naval" of "Chief of Naval Staff" opens no office: "the Select Committee", "the Eastern Naval Area")
        if i >= n or tv.text(i) not in self.head_first or not tv.text(i)[:1].isupper():
            return None
        return i + 1 if i == start or tv.text(i) not in self.lex.rank_heads else None

    @staticmethod
    def _common_remit_end(tv: TokenView, j: int, k: int) -> Optional[int]:
        """The token after a remit in small letters ("to the peace process") that ``the`` after the
        preposition at ``j`` opens and a comma closes (so an appositive name follows), or None."""
        if k != j + 2:  # (after "the" only)
            return None
        m = k
        while m < tv.n and m - k < _COMMON_REMIT_WORDS and tv.text(m).isalpha() and tv.text(m).islower():
            m += 1
        if not (k < m < tv.n and tv.text(m) == ",") or tv.lower(m - 1) in _POSTING_NOUNS:
            return None  # ("envoy to the bloc": a posting, separable as "Ambassador to India" is)
        return m

    def _principal_named(self, tv: TokenView, i: int) -> bool:
        """Whether an office without an article at token ``i`` is followed by its holder's name
        ("to Prime Minister Shehbaz Sharif"): the office after "adviser to" is then that person's."""
        e = self._office_end(tv, i)
        if e is None or e >= tv.n:
            return False
        word = tv.text(e)
        return word[:1].isupper() and word.isalpha() and word not in self.lex.complement_words \
            and not self._title_starts(tv, e)

    def _body_named(self, tv: TokenView, i: int) -> bool:
        """Whether the words from ``i`` on, after a state's name, name a body (apart from the
        title, whose state it names): a word of government bodies at once ("Ministry") or after a
        few capitalised words ("Coast Guard", "National Police"; not "of Japan Kenji Tanaka"), or
        a body written in small letters after a demonym ("the Mexican foreign ministry", "the
        Indian embassy")."""
        k = i
        while k < tv.n and k - i < 3 and tv.text(k).isalpha() and tv.text(k).islower():
            if tv.text(k).capitalize() in self.lex.body_end_words:
                return True  # "foreign ministry", "embassy"
            k += 1
        for k in range(i, min(tv.n, i + 4)):
            word = tv.text(k)
            if word in self.lex.government_org_words:
                return True
            if not word[:1].isupper() and word not in ("'s", "’s"):
                return False
        return False

    def _force_end(self, tv: TokenView, i: int) -> int:
        """Where the name of an armed or security force that starts at token ``i`` (after its
        state's name) ends: after the last force word (titles.json force_words) among the next few
        capitalised words ("Coast Guard", "Maritime Self-Defense Force"); else ``i``."""
        last = i
        m = i
        n = tv.n
        while m < n and m - i < 6:
            t = tv.text(m)
            if t in _HYPHENS and m > i and tv.glued(m - 1) and tv.glued(m):
                m += 1
                continue
            if not (t[:1].isupper() and t.isalpha()):
                break
            if t in self.lex.force_words:
                last = m + 1
            m += 1
        return last

    def _colon_remit_end(self, tv: TokenView, end: int) -> int:
        """Index after a remit written after a colon glued to a unit's office, the house style of
        some foreign services ("Chief Director: Asia and the Middle East", "Director: South Asia"):
        capitalised field or region words (and "and", "the") up to the phrase's end, the last a
        field word; else ``end`` (a name after the colon is no remit)."""
        n = tv.n
        if end + 1 >= n or tv.text(end) != ":" or not tv.glued(end - 1):
            return end
        m = end + 1
        last = -1
        while m < n and m - end <= 7:
            t = tv.text(m)
            if t in self.lex.portfolio and t[:1].isupper():
                last = m + 1
            elif t not in ("and", "&", "the") and not (t in _HYPHENS and tv.glued(m - 1) and tv.glued(m)):
                break
            m += 1
        if last < 0 or last != m:
            return end
        if m < n and tv.text(m) not in (",", ";", ".", ")", "|") and "\n" not in tv.text(m) \
                and not (m > 0 and "\n" in tv.doc_text[tv.starts[m - 1] + tv.lengths[m - 1]:tv.starts[m]]):
            return end
        return last

    def _commands_force(self, head_text: str) -> bool:
        """Whether an office commands the armed or security force its complement names ("Chief of
        Staff", "Commander"), not holds it as a portfolio ("Minister of the Armed Forces":
        ``force_portfolio_heads``)."""
        return head_text.split()[-1] not in self.lex.force_portfolio_heads if head_text else True

    def _held_body_end(self, tv: TokenView, m: int) -> int:
        """Index after a body an office presides over whose name starts at token ``m`` and ends,
        within three capitalised words, with a word of ``held_body_words`` ("Gujarat High
        Court", "Supreme People's Procuracy": a possessive inside); else -1."""
        e, words = m, 0
        while e < tv.n and words < 3:
            if tv.text(e) in ("'s", "’s") and e > m:
                e += 1
                continue
            if not (tv.text(e)[:1].isupper() and tv.text(e).isalpha()):
                break
            if tv.text(e) in self.lex.held_body_words:
                return e + 1
            e += 1
            words += 1
        return -1

    def _unlisted_place_end(self, tv: TokenView, k: int) -> Optional[int]:
        """Where the name of a place no list knows ends, after an office of a place and a bare 'of'
        ("Chief Minister of Gujarat,", "Khokim of Samarkand region"): one or two capitalised
        words, then the phrase's end (a comma, a full stop, a bracket, a line's end) or a kind of
        place; else ``None`` (a name may follow the place without a comma)."""
        n = tv.n
        m = k
        while m < n and m - k < 2 and tv.text(m)[:1].isupper() and tv.text(m).isalpha() \
                and tv.text(m) not in self.head_words and (tv.text(m) not in self.lex.complement_words
                                                           or m == k and tv.text(m) in self.lex.place_direction_words):
            m += 1  # ("Governor of East Java,": a direction may open a place's name)
        if m == k:
            return None
        if m < n and tv.text(m) in self.lex.place_kind_words:
            return m
        if m >= n or tv.text(m) in (",", ".", ";", ":", ")", "|") or "\n" in tv.text(m):
            return m
        return None

    def _remit_paren_end(self, tv: TokenView, end: int, org_at: dict[int, Span], info: TitleInfo) -> int:
        """Index after a parenthesis that names the office's remit ("Minister of State (Middle
        East and North Africa)", "Secretary (East)"); a parenthesis naming the body the office
        belongs to ("Minister of State (Foreign, Commonwealth and Development Office)", "(Department
        of Foreign Affairs)": its first or last word is a body's, ``body_end_words``) is no part of
        the title but its organisation."""
        after = self._paren_end(tv, end)
        if after > end + 2 and (tv.text(after - 2) in self.lex.body_end_words or tv.text(end + 1) in self.lex.body_end_words):
            org = org_at.get(end + 1)
            if org is not None and org.end == after - 1:
                info.organization = info.organization or org.kb_id_
                info.organization_country = info.organization_country or org.id_ or None
            info.phrase_end = max(info.phrase_end, after)
            return end
        gloss = self._gloss_end(tv, end)
        if gloss > end:  # (the office's name in its own language: no remit)
            info.phrase_end = max(info.phrase_end, gloss)
            return end
        return after

    def _gloss_end(self, tv: TokenView, end: int) -> int:
        """Index after a parenthesis that gives the office's name in the state's own language
        ("Undersecretary for Foreign Affairs (Subsecretario de Relaciones Exteriores), X"): in the
        title's phrase, not in the title; else ``end``."""
        after = self._paren_end(tv, end)
        if after > end + 3 and any(tv.lower(k) in self.lex.gloss_words for k in range(end + 2, after - 2)):
            return after
        return end

    def _paren_end(self, tv: TokenView, end: int) -> int:
        """Index after a parenthesis "(East)" / "(Pakistan, Afghanistan, Iran)", or ``end``."""
        if end < tv.n and tv.text(end) == "(":
            j = end + 1
            while j < tv.n and j - end <= 8 and tv.text(j) not in (")", "(", "\n"):
                j += 1
            if j < tv.n and tv.text(j) == ")" and j > end + 1 and tv.text(end + 1)[:1].isupper():
                return j + 1
        return end

    def _complements(self, tv: TokenView, end: int, country_at: dict[int, Span], org_at: dict[int, Span],
                      info: TitleInfo, head_text: str = "") -> tuple[int, int]:
        """Walk "of/for/to/in/at [the] X" complements. Returns (title_end, phrase_end)."""
        unit_head = head_text in self.lex.unit_heads
        names = load_name_lexicon()  # (the particles of names: "Sultan bin Saad" closes a complement)
        title_end = end
        j = end
        n = tv.n
        # "Special Envoy for Yemen", "the special envoy on Myanmar"
        remit = end > 0 and (tv.text(end - 1) in self.lex.remit_heads or tv.text(end - 1).capitalize() in self.lex.remit_heads)
        # a head written in lower case takes its portfolio in lower case too ("the deputy minister of health")
        lower_head = end > 0 and tv.text(end - 1).islower()
        own_state = False  # the office's state was named by an "of <state>" complement
        posting_cut: Optional[int] = None  # where the title ends when a posting follows that state
        remit_taken = False  # a "for/on" complement (the office's remit) is in the title
        if unit_head and j < n and tv.text(j)[:1].isupper() and j not in country_at:
            # "Fiji's Director Asia, Ms. X": the world region a ministry's unit covers, written
            # without a preposition, closed by a comma or a bracket
            region_end = known_place_end(tv, j, self.lex.remit_regions, longest=_REGION_TOKENS)
            if region_end is not None and region_end < n and tv.text(region_end) in (",", "(", ":"):
                title_end = j = region_end
        for words in self.lex.posting_participles:
            k = j + len(words)
            if k < n and tv.lower(k) in ("to", "in", "at") and all(tv.lower(j + i) == w for i, w in enumerate(words)):
                j = k  # "Ambassador accredited to Liberia": the posting after its participle
                break
        while j < n and (tv.lower(j) in self.lex.complement_preps
                         or j > 0 and self.lex.relation_preps.get(tv.text(j - 1)) == tv.lower(j)
                         # "Director of the Water Resources Service under the Ministry of Agriculture"
                         or tv.lower(j) == "under" and j + 2 < n and tv.lower(j + 1) == "the" and j + 2 in org_at
                         and _is_ministry(org_at[j + 2])):
            prep = tv.lower(j)  # (or the preposition a field word takes: "for Relations with States")
            if own_state and prep == "to":
                # "Ambassador of India to Armenia": the state served and the posting are both
                # separable from the office, which is "Ambassador" (the posting is target_country)
                # (the phrase goes on over the posting)
                k = j + 2 if j + 2 < n and tv.lower(j + 1) == "the" else j + 1
                if k in country_at:
                    info.target_country = info.target_country or country_at[k].kb_id_
                    # "Ambassador of Uzbekistan to Sweden and Finland": a posting to several states
                    j = _postings_end(tv, country_at[k].end, country_at, self._title_starts)
                    continue
                if k in org_at:
                    j = org_at[k].end
                    continue
                if posting_cut is None:  # "to the Kingdom": walked as a complement, outside the title
                    posting_cut = title_end
            k = j + 1
            if k < n and tv.lower(k) == "the":
                k += 1
            if k >= n:
                break
            if tv.text(j) == "To" and j == end and k == j + 1 and self._name_after_capital_to(tv, k, country_at, org_at):
                break  # "General Secretary To Lam of the Party": a family name, not "to"
            if prep in ("in", "at") and title_end == end and head_text in self.lex.post_heads and not own_state:
                # (after "of <state>" the post is as separable as the state: "Consul General of Indonesia in Kuching")
                place_end = None if k in country_at or k != j + 1 else known_place_end(tv, k, self.lex.places)
                if place_end is not None:  # "Consul General in Mumbai": the city of the post
                    title_end = j = place_end
                    continue
            # (or a public body's place: "President of the Regional Government of Madeira")
            if prep == "of" and (head_text in self.lex.place_heads or tv.text(end - 1) in self.lex.place_heads
                                 or j > end and title_end == j and tv.text(j - 1) in self.lex.government_org_words):
                place_end = None if k in country_at else known_place_end(tv, k, self.lex.places)
                if place_end is not None and info.country is None:
                    info.country = self.lex.place_states.get(tv.span_text(k, place_end))  # "Mayor of Moscow": RUS
                    info.of_place = info.country is not None
                if place_end is None and k == j + 1 and k not in country_at and k not in org_at:
                    place_end = self._unlisted_place_end(tv, k)
                if place_end is not None:  # "Governor of Tokyo", "Mayor of Paris": the office's place is in its title
                    if place_end < n and tv.text(place_end) in self.lex.place_kind_words:
                        place_end += 1  # "Khokim of Tashkent city", "Governor of Aceh Province"
                    title_end = j = place_end
                    continue
            if remit and prep in ("for", "on", "to"):
                region_end = known_place_end(tv, k, self.lex.remit_regions, longest=_REGION_TOKENS)
                while region_end is not None and region_end + 1 < n and tv.text(region_end) in ("and", "&"):
                    r = region_end + 1 + (tv.lower(region_end + 1) == "the")
                    more = known_place_end(tv, r, self.lex.remit_regions, longest=_REGION_TOKENS)
                    if more is None:
                        break
                    region_end = more  # "for Latin America and the Caribbean": regions in a list
                if region_end is not None:  # "Special Representative for the South Caucasus": the remit
                    title_end = j = region_end
                    continue
                remit_end = self._common_remit_end(tv, j, k)
                if remit_end is not None:  # "Special Envoy to the peace process, X": the remit, then the name
                    title_end = j = remit_end
                    continue
            if prep in ("of", "for") and k not in country_at:
                region_end = known_place_end(tv, k, self.lex.remit_regions, longest=_REGION_TOKENS)
                if region_end is not None and region_end < n and tv.text(region_end) in self.lex.remit_unit_nouns:
                    title_end = j = region_end + 1  # "Head of the Caribbean Desk", "Director of the Asia Division"
                    continue
            if prep == "of" and k == j + 1 and tv.text(k) in self.lex.force_words and k + 1 < n \
                    and tv.text(k + 1)[:1].isupper() and tv.text(k + 1) not in self.lex.complement_words \
                    and tv.text(k + 1) not in self.lex.force_words and k + 1 not in country_at and k + 1 not in org_at:
                # "Chief of Navy Rear Admiral X", "Chief of Army Jane Roe": the force named without
                # "the" closes the office before a rank or a name
                title_end = j = k + 1
                break
            if prep in ("on", "from", "for") and k in country_at and k == j + 2 and country_at[k].end < n \
                    and tv.lower(country_at[k].end) == "side":
                # "Co-Chairman of the Commission on the Kyrgyz side": the side the office serves,
                # in its phrase only
                info.country = info.country or country_at[k].kb_id_
                j = country_at[k].end + 1
                break
            if k in country_at:  # "of Japan", "to India", "of the Republic of Korea"
                span = country_at[k]
                if span.label_ == "NORP" and span.end < n and tv.text(span.end) in self.lex.remit_unit_nouns:
                    # "Assistant Secretary for American Affairs", "Director of the Japanese Desk": the
                    # office's remit is the state, which it does not serve
                    info.target_country = info.target_country or span.kb_id_
                    title_end = j = span.end + 1
                    continue
                unit = self._remit_list_unit(tv, span.end, n) if span.label_ == "NORP" else None
                if unit is not None:  # "Director General of American and European Affairs": two regions' remit
                    info.target_country = info.target_country or span.kb_id_
                    title_end = j = unit + 1
                    continue
                if span.label_ == "NORP" and prep in ("for", "on") and span.end < n \
                        and self._closes_on_remit_unit(tv, span.end, n):
                    # "Special Representative for Korean Peace and Security Affairs": the remit's field
                    info.target_country = info.target_country or span.kb_id_
                    k = span.end
                    while tv.text(k) not in self.lex.remit_unit_nouns:
                        k += 1
                    title_end = j = k + 1
                    continue
                if prep == "of" and title_end == j and k == j + 1 and tv.text(j - 1) in self.lex.state_named_bodies:
                    # "Governor of the Bank of Ghana", "Governor of the Central Bank of Samoa": a body
                    # named after its state, which the office keeps with its name
                    info.country = info.country or span.kb_id_
                    title_end = j = span.end
                    continue
                if prep == "of" and title_end == j and j > end and tv.text(j - 1) in self.lex.force_words \
                        and self._commands_force(head_text):
                    # "Chief of Staff of the Armed Forces of the Philippines": a force named with
                    # its state after it, kept whole as when the state comes first
                    info.country = info.country or span.kb_id_
                    title_end = j = span.end
                    continue
                force = self._force_end(tv, span.end) if prep == "of" else span.end
                if force > span.end:
                    # "Commandant of the Philippine Coast Guard", "Commander of the PNG Defence
                    # Force": the office commands the force, whose name (its state's too) it keeps;
                    # an office that names its service itself keeps it apart, in its phrase only
                    # ("Deputy Chief of General Staff of the Kuwait Army")
                    info.country = info.country or span.kb_id_
                    j = force
                    if len(head_text.partition(" of ")[2].split()) < 2:
                        title_end = force
                        if info.force_start < 0:
                            info.force_start = span.start
                    continue
                body = span.end < n and self._body_named(tv, span.end)
                if span.label_ == "NORP" and prep in ("of", "to") and k > 0 and tv.lower(k - 1) == "the" \
                        and self._take_principal(tv, span, info):  # "Special Envoy of the Indonesian Foreign Minister"
                    break
                if span.label_ == "NORP" and k == j + 1 and span.end < n and tv.text(span.end) in self.lex.own_people_words:
                    # "Minister of Protection of Indonesian Migrant Workers": the state's own people
                    # abroad, a field of its office (up to the field's last word)
                    e = span.end + 1
                    while e < n and e - span.end < 3 and tv.text(e)[:1].isupper() and self._is_portfolio(tv.text(e), False):
                        e += 1
                    if info.country is None:
                        info.country = span.kb_id_
                        info.own_people = True
                    title_end = j = e
                    continue
                if span.end < n and (span.label_ == "NORP" and tv.text(span.end)[:1].isupper() or body):
                    # "of the Mexican Space Agency", "at the Sudanese Ministry of Foreign Affairs",
                    # "of the Vietnam Coast Guard": the name of a body, which names the office's state
                    if prep in ("of", "at", "in", "for") and info.country is None and body:
                        info.country = span.kb_id_
                    if prep in ("of", "at", "in") and span.label_ == "NORP" and span.end in org_at \
                            and _is_ministry(org_at[span.end]):
                        # "... at the Saudi Ministry of Environment, Water and Agriculture Mansour bin
                        # Hamad Al-Mutairi": the ministry the office belongs to, in its phrase, then the name
                        org = org_at[span.end]
                        info.country = info.country or span.kb_id_
                        info.organization = info.organization or org.kb_id_
                        j = org.end
                    break
                if prep == "to" or (prep in ("for", "on") and remit):
                    info.target_country = span.kb_id_
                    # "Special Envoy to Sudan and South Sudan", "Ambassador to Nepal and Bhutan"
                    title_end = j = _postings_end(tv, span.end, country_at, self._title_starts)
                    continue
                if prep == "in" and info.organization_country is not None:
                    pass  # "Counsellor at the Embassy of Japan in Myanmar": the mission's state, not its seat
                elif prep == "in" and role_of(head_text) in _ENVOY_ROLES:
                    info.target_country = info.target_country or span.kb_id_  # "our Ambassador in Lima": the posting
                elif prep in ("of", "in") and info.country is None:
                    info.country = span.kb_id_
                    info.posted_in = prep == "in"
                    own_state = prep == "of" and span.label_ != "NORP"
                j = span.end
                if prep == "in":  # "Ambassador in Mexico City": a city named after its state
                    j = max(j, known_place_end(tv, k, self.lex.places) or j)
                continue
            # (a level of government may stand before the ministry: "of the Federal Department of ...")
            ko = k + 1 if tv.text(k) in self.lex.government_level_words and k + 1 in org_at else k
            if ko in org_at and prep in ("of", "at", "in", "for", "under") and _is_ministry(org_at[ko]):
                span = org_at[ko]
                if unit_head and prep == "of" and span.text.split(" ", 1)[0] in self.lex.unit_words:
                    # "Director-General of the Department of East Asian Affairs": the unit the
                    # office runs is part of the title
                    e = self._org_end(tv, span.start, span.end, country_at)
                    full = e
                    while e > ko + 3 and tv.text(e - 1) not in self.lex.portfolio \
                            and tv.text(e - 1) not in self.lex.complement_words:
                        e -= 1  # up to its last known word, or its first: a name may follow without a comma
                    if e < full and full < n and tv.text(full) == "," and not any(
                            tv.text(x)[:1].isupper() and (tv.text(x) in self.lex.portfolio or tv.text(x) in self.lex.complement_words)
                            for x in range(ko + 2, full)):
                        e = full  # no known word, and a comma closes it: the unit's own name ("Head of the Department of Safeguards, X")
                    title_end = j = e
                    if e < span.end:
                        break
                    continue
                info.organization = info.organization or span.kb_id_
                info.organization_country = info.organization_country or (span.id_ or None) \
                    or _mission_state(span, country_at)
                j = span.end
                continue
            # a complement made of title vocabulary: "of State", "for External Affairs", "to the President"
            m = k
            bare = k == j + 1  # no article: a portfolio ("for Policing"), not a body's name
            last_content = -1
            unknown = 0  # capitalised words outside the vocabulary since the last known one
            while m < n:
                t = tv.text(m)
                if m > k and t[:1].isupper() and m + 1 < n and names.particle_kind(tv.text(m + 1)) == "patronymic":
                    break  # "Minister of State for Foreign Affairs Sultan bin Saad X": a given name before "bin"
                if t in self.lex.ministry_words and m > k and last_content == m and m + 1 < n \
                        and tv.lower(m + 1) in ("of", "for"):
                    break  # "Director of Water Affairs Ministry of Lands ...": a table's next column, the body
                if t in self.lex.ministry_words and tv.lower(m - 1) == "the" and tv.lower(m - 2) in ("of", "at"):
                    # "Spokesperson of the Ministry", "Secretary of State of the Ministry of Foreign
                    # Affairs": the body the office belongs to, not the office
                    if m in org_at:
                        info.organization = info.organization or org_at[m].kb_id_
                        info.organization_country = info.organization_country or org_at[m].id_ or None
                    break
                if m in org_at:  # "Director of the National Security Office"
                    org = org_at[m]
                    after_remit = m == k and remit_taken and prep in ("of", "at") or (
                        prep in ("for", "on") and k < last_content < m and tv.lower(last_content) in ("of", "at")
                        and m == last_content + 1 + (tv.lower(last_content + 1) == "the"))
                    if after_remit and names_international_body(org.kb_id_ or org.text):
                        # "Assistant Director-General for Health Emergencies of the World Health
                        # Organization": after the office's remit, the international body it serves
                        # is its organisation, not part of the title
                        info.organization = info.organization or org.kb_id_
                        info.phrase_end = max(info.phrase_end, org.end)
                        break
                    cut = self._org_end(tv, org.start, org.end, country_at)
                    if cut < org.end:  # "... Department of CIS Countries Ivan Volynkin and Ambassador ..."
                        last_content = max(last_content, cut)
                        if info.country is None:  # "... of the Russian Foreign Ministry Ivan Petrov"
                            info.country = next((country_at[c].kb_id_ for c in range(org.start, cut)
                                                 if c in country_at and country_at[c].end <= cut), None)
                        break
                    if prep in ("for", "on") and m > k and (tv.lower(m - 1) in ("and", "&") or m > k + 1 and tv.lower(m - 1) == "the"
                                                            and tv.lower(m - 2) in ("and", "&")) \
                            and names_international_body(org.kb_id_ or org.text):
                        m = last_content = org.end  # "Director for Africa and the African Union": a remit, not the body served
                        continue
                    info.organization = info.organization or org.kb_id_
                    info.organization_country = info.organization_country or org.id_ or None
                    m = org.end
                    last_content = m
                    continue
                if m == k and not bare and m not in country_at and tv.lower(m - 1) == "the" and t.isupper() \
                        and t.isalpha() and 2 <= len(t) <= 6 and not (m + 1 < n and tv.text(m + 1).isupper()):
                    last_content = m = m + 1  # "Secretary of the SSPC General X": a body named by its initials
                    continue
                if m in country_at:
                    span = country_at[m]
                    force = self._force_end(tv, span.end) if m > k and span.end < n else span.end
                    if force > span.end and head_text in self.lex.command_heads:
                        # "deputy commander-in-chief of the Royal Cambodian Armed Forces": the force
                        # the office commands, named with its state inside, kept whole
                        info.country = info.country or span.kb_id_
                        m = last_content = force
                        unknown = 0
                        continue
                    if span.label_ == "NORP" and m > k and (tv.lower(m - 1) in ("and", "&") or last_content == m) \
                            and span.end < n \
                            and (tv.text(span.end) in self.lex.portfolio or tv.text(span.end) in self.lex.own_people_words):
                        # "Emigration and Egyptian Expatriates", "of Overseas Indian Affairs": a field named by a demonym
                        m = span.end
                        if tv.text(span.end) in self.lex.own_people_words and info.country is None:
                            info.country = span.kb_id_  # (a state's own people abroad: its office)
                            info.own_people = True
                        continue
                    if span.label_ == "NORP" and m > k and last_content == m and span.text.endswith("s") \
                            and tv.text(m - 1) in self.lex.own_people_words:
                        # "for Overseas Pakistanis and Human Resource Development": the state's own
                        # people abroad, a field of its office
                        m = last_content = span.end
                        if info.country is None:
                            info.country = span.kb_id_
                            info.own_people = True
                        continue
                    if span.label_ == "NORP" and m >= 2 and tv.lower(m - 1) == "the" and tv.lower(m - 2) in ("of", "to"):
                        self._take_principal(tv, span, info)  # "... for Humanitarian Affairs of the Indonesian Foreign Minister"
                    break
                if t == "-" and last_content == m and m + 1 < n \
                        and f"{tv.text(m - 1)}-{tv.text(m + 1)}".casefold() in self.hyphen_heads:
                    m += 2  # "Envoy of the Secretary-General"
                    last_content = m
                    continue
                if t == "(" and m + 2 < n and tv.text(m + 2) == ")" and tv.text(m + 1).isupper():
                    m += 3  # "(CPC)"
                    continue
                style = self._royal_style_end(tv, m) if t in ("His", "Her", "Their") else -1
                if style > 0:
                    if style < n and tv.text(style)[:1].isupper() and tv.text(style) not in self.lex.complement_words:
                        break  # "Adviser to His Majesty Sultan X": the principal is a named person
                    if style + 1 < n and tv.text(style)[:1].isupper() and tv.text(style) in self.lex.complement_words \
                            and tv.text(style + 1)[:1].isupper() \
                            and tv.text(style + 1).isalpha() and tv.text(style + 1) not in self.lex.complement_words:
                        break  # ("... to His Majesty King Abdullah")
                    last_content = m = style  # "Director of the Office of His Majesty", "Personal Envoy of His Highness the Amir"
                    if style + 1 < n and tv.lower(style) == "the" and tv.text(style + 1) in self.head_set \
                            and not (style + 2 < n and tv.text(style + 2)[:1].isupper() and tv.text(style + 2).isalpha()):
                        last_content = m = style + 2  # ("the Amir": the sovereign's office, no name after it)
                    unknown = 0
                    continue
                if t in ("and", "&") and (self._title_starts(tv, m + 1) or m + 2 < n and tv.lower(m + 1) == "the"
                                          and tv.text(m + 2) not in self.lex.portfolio and self._title_starts(tv, m + 2)):
                    # "... Central Committee and Foreign Minister X": the next title begins; "the
                    # Minister of Trade and the Minister of Finance": the next office's holder
                    break
                if t == "," and last_content == m and self._portfolio_list(tv, m + 1, bare):
                    m += 1  # "for Political Affairs, Peace and Security"
                    continue
                if (prep == "to" or prep == "of" and t not in self.lex.portfolio) and bare and m == k \
                        and self._principal_named(tv, m):
                    # "X, adviser to President Ilham Aliyev", "the Special Envoy of Prime Minister
                    # Y": the principal is another person, with an office of his own (not "State
                    # Minister of Foreign Affairs Ambassador X": a field, then the name's rank)
                    break
                # an office inside a complement comes after "the" ("Advisor to the President"); a
                # bare one after the complement starts the next title ("... Production General X")
                # (a field word of a head's own complement, "Foreign Affairs" of "Minister of State
                # and Foreign Affairs", is no office word: "Minister for Foreign Affairs Senator X")
                if m > k + 1 and last_content == m and tv.text(m - 1) in self.lex.public_body_words \
                        and (t in self.lex.modifiers or t in self.head_first) and self._title_starts(tv, m) \
                        and tv.text(self._office_end(tv, m) - 1) not in _BODY_HEADS:
                    break  # "Chairman of the State Peace Commission Prime Minister X": the body's name ends, the next office begins
                if m > k + 1 and last_content == m and self._rank_before_name(tv, m):
                    break  # "Head of the Joint Operations Command Major General X", "... Naval Forces Vice-Admiral X": a rank opens the name's phrase
                # (a small word before a capitalised one is none: "in" of "Commander-in-Chief" in "the
                # King in Lima", unlike "in charge of")
                head_here = t in self.head_words and (t[:1].isupper() or not (m + 1 < n and tv.text(m + 1)[:1].isupper())) \
                    and (tv.lower(m - 1) == "the" or tv.text(m - 1) in self.head_words
                                                      and tv.text(m - 1) not in self.lex.portfolio
                                                      or tv.text(m - 1) in self.lex.modifiers)
                portfolio = self._is_portfolio(t, bare) or (
                    lower_head and t.islower() and t.capitalize() in self.lex.portfolio)
                if portfolio and unknown and last_content == m - unknown and self._name_after_field(tv, m - unknown, m):
                    # "... and Irrigation Binod Raj Ghimire": a field word between words no field
                    # holds, right after the field, is a part of the name after the office
                    portfolio = False
                if unknown and not portfolio and t not in ("the", "and", "&", "of", "for", "in") \
                        and t not in _HYPHENS:
                    held = self._held_body_end(tv, m)
                    if held > 0:  # "of the Supreme Court of Justice", "of the Gujarat High Court"
                        last_content = m = held
                        unknown = 0
                        continue
                    state_at = m + 2 if t in self.lex.state_named_bodies and m + 2 < n and tv.lower(m + 1) == "of" else -1
                    if state_at in country_at:
                        # "Governor of the Reserve Bank of Fiji": a body named after its state, kept
                        # whole with its office
                        last_content = country_at[state_at].end
                        info.country = info.country or country_at[state_at].kb_id_
                        break
                    if not self._body_closes_unknown_run(tv, m, unknown, n):
                        break  # "of the Hà Nội People's Committee": a named body, separable from the office
                    # "of the National Drug Control Directorate": a public body, closed by its noun,
                    # which its head runs: named in the office
                # (a place named by its kind closes the words before it: "of the Borana Zone")
                place_kind = m > k and t in self.lex.place_kind_words and t[:1].isupper() and tv.text(m - 1)[:1].isupper()
                if portfolio or t in self.lex.complement_words or head_here or place_kind:
                    if t not in ("the", "and", "&", "of", "for", "'s", "’s"):
                        last_content = m + 1
                        unknown = 0
                    m += 1
                    continue
                if last_content > k and t == "in" and m + 1 < n and (tv.text(m + 1)[:1].isupper() or tv.lower(m + 1) == "the"):
                    m += 1  # "for Spanish in the World"
                    continue
                hyphened = self._hyphened_portfolio_end(tv, m) if t[:1].isupper() else None
                if hyphened is not None:  # "for Trade and Co-operatives"
                    last_content = m = hyphened
                    unknown = 0
                    continue
                if t in _HYPHENS and m > k and tv.glued(m - 1) and tv.glued(m) and m + 1 < n and tv.text(m + 1)[:1].isupper():
                    m += 1  # "Ibero-America", "Asia-Pacific"
                    continue
                if t in ("'", "’") and m > k and tv.glued(m - 1) and tv.text(m - 1).endswith("s") \
                        and m + 1 < n and (tv.text(m + 1) in self.lex.complement_words
                                        or tv.text(m + 1) in self.lex.portfolio and tv.text(m + 1) not in self.head_words) \
                        and tv.text(m + 1)[:1].isupper():
                    m += 1  # "of the ASEAN Foreign Ministers' Meeting", "for Expatriates' Welfare": a plural's possessive
                    continue
                # a field inside the complement ("for Political and Peacebuilding Affairs", "of the
                # Department of Latin American and Caribbean Affairs"): a few capitalised words the
                # vocabulary does not know, kept only when a portfolio word closes them and no new
                # title starts after
                if lower_head and t in self.lower_units and m > k and any(
                        tv.text(x) in ("'s", "’s") and tv.text(x - 1).capitalize() in self.possessed_bodies
                        for x in range(k + 1, m)):
                    # "head of the ministry's consular department", "director of the embassy's press
                    # office": a unit of a public body (not "head of the Acme sales division")
                    last_content = m + 1
                    unknown = 0
                    m += 1
                    continue
                held = self._held_body_end(tv, m) if t[:1].isupper() else -1
                if held > 0:
                    # "Chief Justice of the Gujarat High Court": the court a judge presides over is
                    # named in the office, unlike a body its staff serve
                    last_content = m = held
                    unknown = 0
                    continue
                if m > k and last_content == m and tv.text(m - 1) in self.lex.remit_unit_nouns \
                        and not self._more_portfolio_after(tv, m, n):
                    break  # "... on Korean Peninsula Affairs Liu Xiaoming": the unit noun closes the field, a name follows
                if self._unknown_word(tv, m, unknown, n):
                    unknown += 1
                    m += 1
                    continue
                break
            if last_content <= k:
                break
            if prep in ("at", "in") and tv.text(k) not in self.lex.complement_words and k not in org_at:
                break
            title_end = j = last_content
            remit_taken = remit_taken or prep in ("for", "on")
        if title_end == j and j > end and j + 2 < n and tv.text(j) in ("–", "—") and not tv.glued(j - 1):
            # "Director-General of the Middle East – Africa Department": a unit over two regions
            k = j + 1
            while k < n and k - j <= 4 and tv.text(k)[:1].isupper() and tv.text(k) not in self.lex.unit_words:
                k += 1
            if j + 1 < k < n and tv.text(k) in self.lex.unit_words:
                title_end = j = k + 1
        if posting_cut is not None:
            title_end = posting_cut
        return title_end, max(j, title_end)

    def _body_closes_unknown_run(self, tv: TokenView, m: int, unknown: int, n: int) -> bool:
        """Whether the capitalised words the vocabulary does not know from ``m`` on (with
        ``unknown`` such words before) are closed by a body's noun (or a place's kind) within the complement's limit:
        "Drug Control" of "the National Drug Control Directorate", "Anti-Terrorist" of "the
        Regional Anti-Terrorist Structure" (not "Aminata Diallo and", a name after the office)."""
        lex = self.lex
        while m < n:
            t = tv.text(m)
            if t in lex.government_org_words or (t in lex.place_kind_words and t[:1].isupper()):
                return True  # (a place named by its kind: "of the Borana Zone", "for Eastern Region")
            if t in _HYPHENS and tv.glued(m - 1) and tv.glued(m):
                m += 1
                continue
            if self._is_portfolio(t, False) and t not in lex.complement_words:
                return self._closes_on_remit_unit(tv, m, n)
            if t in lex.complement_words or not self._unknown_word(tv, m, unknown, n):
                return False
            unknown += 1
            m += 1
        return False

    def _remit_list_unit(self, tv: TokenView, m: int, n: int) -> Optional[int]:
        """The remit's unit noun after a demonym that "and" joins to another (at ``m``: "and
        European Affairs", ", Pacific and African Affairs"): its token, else None."""
        if not (m + 2 < n and tv.text(m) in ("and", "&", ",")):
            return None
        k = m
        while k < n and k - m < 7 and (tv.text(k) in ("and", "&", ",") or tv.text(k)[:1].isupper()
                                       and tv.text(k).isalpha() and tv.text(k) not in self.lex.remit_unit_nouns):
            k += 1
        return k if k < n and k > m + 1 and tv.text(k) in self.lex.remit_unit_nouns and tv.text(k - 1)[:1].isupper() else None

    def _more_portfolio_after(self, tv: TokenView, m: int, n: int) -> bool:
        """Whether the capitalised words from ``m`` on are followed by "and" (or "&") and a portfolio
        word ("Affairs Sugiono and Trade"): the field may go on over them."""
        k = m
        while k < n and tv.text(k)[:1].isupper():
            k += 1
        return k + 1 < n and tv.lower(k) in ("and", "&") and self._is_portfolio(tv.text(k + 1), False)

    def _closes_on_remit_unit(self, tv: TokenView, m: int, n: int) -> bool:
        """Whether the portfolio words from ``m`` on run to a remit's unit noun ("Peace and Security
        Affairs" of "for Korean Peninsula Peace and Security Affairs"): the capitalised words before
        them name the remit's field, not a body."""
        units, k = self.lex.remit_unit_nouns, m
        while k < n and k - m < 8:
            t = tv.text(k)
            if t in units:
                return True
            if not (t in ("and", "&", ",") or self._is_portfolio(t, False)):
                return False
            k += 1
        return False

    def _name_after_field(self, tv: TokenView, start: int, m: int) -> bool:
        """Whether the capitalised words from ``start`` (the field word at ``m`` among them) to
        the end of their run read as a person's name: two to four words, the one after ``m`` and
        the others outside the vocabulary, no body's noun among them."""
        n, lex = tv.n, self.lex
        if tv.text(m) in lex.government_org_words:
            return False  # "... Acquisition Program Administration X": a body's noun closes its name
        e = start
        while e < n and tv.text(e)[:1].isupper() and tv.text(e).replace("-", "").isalpha():
            word = tv.text(e)
            if e != m and (self._is_portfolio(word, False) or word in lex.complement_words
                           or word in lex.government_org_words or self._title_starts(tv, e)):
                return False
            e += 1
        return m + 1 < e and e - start <= 4

    def _unknown_word(self, tv: TokenView, m: int, unknown: int, n: int) -> bool:
        """Whether the word at ``m`` may be one more of the capitalised words a complement holds
        outside the vocabulary ("Drug Control" of "the National Drug Control Directorate"): kept
        only when a portfolio word or a body's noun closes the run."""
        t = tv.text(m)
        return unknown < self.lex.max_unknown_complement_words and t[:1].isupper() and t.isalpha() \
            and not self._title_starts(tv, m) and m + 1 < n and not self._title_starts(tv, m + 1)

    def __call__(self, doc: Doc) -> Doc:
        tv = token_view(doc)
        # each iteration of a span group creates a Span object per span: read each group once
        country_at, country_end = _by_start_and_end(spans_of(doc, keys.COUNTRIES))
        org_at, org_end = _by_start_and_end(spans_of(doc, keys.ORGANIZATIONS))
        candidates: list[tuple[int, int, int]] = list(
            (start, end, match_id) for match_id, start, end in self.matcher(doc))
        for rx in self.text_patterns:
            for m in rx.finditer(tv.doc_text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    candidates.append((span.start, span.end, self.abbr_id))
        if self.pred_rx is not None and "who" in tv.doc_text:
            for m in self.pred_rx.finditer(tv.doc_text):
                span = doc.char_span(m.start(1), m.end(1))
                if span is not None:
                    candidates.append((span.start, span.end, self.pred_id))
        spans = []
        floor = 0  # a title never reaches back into the phrase of the one before it
        zone_starts, zone_ends = boilerplate_index(doc)
        for start, end, label in keep_longest(candidates):
            if start < floor:
                continue
            if zone_starts:  # touches a boilerplate zone (zones never overlap)
                z = bisect_right(zone_starts, end - 1) - 1
                if z >= 0 and zone_ends[z] > start:
                    continue
            if end < tv.n and tv.text(end) in ("'s", "’s") and end + 1 < tv.n and tv.text(end + 1)[:1].isupper():
                continue  # "the Amir's Personal Representative": the possessor belongs to the next title
            if end - start == 1 and tv.text(start) in self.lex.surname_heads \
                    and self._ends_a_name(tv, start, country_end, org_end):
                continue  # "Alastair King said": a family name, no office
            if end - start == 1 and self._opens_a_hyphenated_name(tv, end):
                continue  # "Hossein Amir-Abdollahian": the first part of a family name, no office
            if label == self.abbr_id and (end + 1 < tv.n and tv.text(end) in _HYPHENS and tv.glued(end - 1)
                                          and tv.glued(end) and tv.text(end + 1)[:1].isalnum()
                                          or start > 1 and tv.text(start - 1) in _HYPHENS and tv.glued(start - 2)
                                          and tv.glued(start - 1)):
                continue  # "the Johor-Singapore Special Economic Zone (JS-SEZ)": part of a longer short form
            if label == self.abbr_id and end < tv.n and tv.text(start) in self.lex.body_abbreviations \
                    and len(tv.text(end)) >= 3 and tv.text(end).isalpha() and tv.text(end).isupper():
                continue  # "DG TRADE": a body named by the short form and its field
            if end - start > 2 and end + 1 < tv.n and tv.text(end) in _HYPHENS and tv.glued(end - 1) \
                    and tv.glued(end) and tv.text(end + 1)[:1].isalpha():
                # "Minister of State-Owned Enterprises": the head's last word opens a compound of the
                # portfolio; the office is the head before its "of", the compound its complement
                of = next((k for k in range(end - 2, start, -1) if tv.lower(k) == "of"), None)
                if of is None:
                    continue
                end = of
            head = _Head(start, end, label, tv.span_text(start, end))
            span = self._build(doc, tv, head, country_at, org_at, country_end, org_end, floor)
            if span is not None:
                spans.append(span)
                floor = max(span.end, span_value(span, "de_title_info").phrase_end)
        # each title starts at or after the end of the one before (the floor), so the spans do not
        # overlap and are in text order: filter_spans would keep them all, as they are
        if any(b.start < a.end for a, b in zip(spans, spans[1:])):
            spans = filter_spans(spans)
        if self.lex.hyphen_joiners and len(spans) > 1:
            spans = self._join_hyphenated(doc, tv, spans)
        set_spans(doc, keys.TITLES, spans)
        return doc

    def _ends_a_name(self, tv: TokenView, i: int, country_end, org_end) -> bool:
        """Whether the office word at ``i`` closes a personal name instead ("the Lord Mayor,
        Alastair King, said"): written after a capitalised word that is no office, rank, country
        or body word ("Saudi King", "His Majesty King" stay offices), with no capitalised word
        after it ("King Charles" is an office before a name)."""
        if i == 0:
            return False
        prev = tv.text(i - 1)
        if prev in ("-", "‐") and i >= 2 and tv.starts[i - 1] == tv.starts[i - 2] + tv.lengths[i - 2] \
                and tv.starts[i] == tv.starts[i - 1] + 1 and tv.text(i - 2)[:1].isupper() and tv.text(i - 2).isalpha():
            return True  # "Harriet Sandoval-King": the last part of a hyphenated family name
        if not (prev[:1].isupper() and prev.isalpha() and not prev.isupper()) or i in country_end or i in org_end:
            return False
        lex = self.lex
        if prev in self.head_words or prev in lex.modifiers or prev in lex.portfolio or prev in lex.surname_heads:
            return False
        names = load_name_lexicon()
        if names.honorific_word(prev):  # "Majesty King"
            return False
        if i + 1 < tv.n:
            nxt = tv.text(i + 1)
            if nxt[:1].isupper() and not names.is_suffix(nxt):  # "Angus King Jr." still ends a name
                return False
        return True

    def _opens_a_hyphenated_name(self, tv: TokenView, end: int) -> bool:
        """Whether the one-word office ending before ``end`` is glued by a hyphen to a capitalised
        word that no office is made of ("Amir-Abdollahian", "Sultan-Galiev": a family name; not
        "Minister-Counsellor", "Vice-Admiral", "Secretary-General")."""
        if end + 1 >= tv.n or tv.text(end) not in _HYPHENS or not tv.glued(end - 1) or not tv.glued(end):
            return False
        nxt = tv.text(end + 1)
        if not (nxt[:1].isupper() and nxt[1:].islower() and nxt.isalpha()):
            return False
        lex = self.lex
        return (f"{tv.text(end - 1)}-{nxt}".casefold() not in self.hyphen_heads and nxt not in self.head_words
                and nxt not in lex.modifiers and nxt not in lex.portfolio and nxt.lower() not in lex.modifiers)

    @staticmethod
    def _name_after_capital_to(tv: TokenView, k: int, country_at, org_at) -> bool:
        """Whether "To" written capitalised after an office, in running text, opens a name ("To Lam",
        a Vietnamese family name): one to three capitalised words after it, naming no state or body,
        then a word in small letters or a mark (a Title Case headline goes on capitalised:
        "Minister To Visit Japan")."""
        if k in country_at or k in org_at:
            return False
        m = k
        while m < tv.n and m - k < 3 and tv.text(m)[:1].isupper() and tv.text(m).isalpha() and m not in country_at:
            m += 1
        if m == k or m >= tv.n:
            return m > k
        nxt = tv.text(m)
        return nxt.islower() or not nxt[:1].isalnum()

    def _join_hyphenated(self, doc: Doc, tv: TokenView, spans: list[Span]) -> list[Span]:
        """"Secretary-cum-Scientific Director": two offices written as one with a hyphenated joiner
        (``hyphen_joiners``) are one title, with what the grammar found around the second."""
        out = [spans[0]]
        for span in spans[1:]:
            prev = out[-1]
            e = prev.end
            first = span_value(prev, "de_title_info")
            if span.start == e + 3 and tv.text(e) in _HYPHENS and tv.text(e + 2) in _HYPHENS \
                    and tv.lower(e + 1) in self.lex.hyphen_joiners and tv.glued(e) and tv.glued(e + 1) \
                    and tv.glued(e - 1) and (first is None or first.phrase_end <= e):
                info = replace(span_value(span, "de_title_info") or TitleInfo())
                if first is not None:
                    info.prefix_start = first.prefix_start
                    info.country = info.country or first.country
                    info.former = info.former or first.former
                    info.business = info.business and first.business
                joined = Span(doc, prev.start, span.end, label="TITLE")
                set_span_value(joined, "de_title_info", info)
                out[-1] = joined
            else:
                out.append(span)
        return out

    def _build(self, doc: Doc, tv: TokenView, head: "_Head", country_at, org_at, country_end, org_end, floor: int = 0) -> Optional[Span]:
        info = TitleInfo()
        if head.label == self.pred_id:  # "who heads the agency": the office is "head", the phrase runs to the comma
            info.expansion = self.lex.predicate_heads.get(head.text)
            info.predicate = True
            k = head.end
            while k < tv.n and k - head.end < 20 and tv.text(k) not in (",", ".", ";", ":", "\n") and "\n" not in tv.text(k):
                k += 1
            info.prefix_start = head.start
            info.phrase_end = k if k < tv.n and k - head.end < 20 else head.end
            org = next((org_at[i] for i in range(head.end, info.phrase_end) if i in org_at), None)
            b = head.end + (head.end < tv.n and tv.lower(head.end) in ("the", "a", "an"))
            if org is None and b < info.phrase_end and (self._names_business_body(tv, b) or any(
                    tv.text(x) in self.lex.private_body_words or tv.lower(x) in self.lex.lower_business_bodies
                    for x in range(b, info.phrase_end))):
                # "who chairs the Accra Traders Association", "who heads the research team", "who heads a
                # Mexican association of auto parts makers": no public office
                info.business = True
            if org is not None:  # "who heads the European Cybercrime Centre at Europol"
                info.organization = org.kb_id_
                info.organization_country = org.id_ or None
            span = Span(doc, head.start, head.end, label="TITLE")
            set_span_value(span, "de_title_info", info)
            return span
        if head.label == self.abbr_id:
            info.expansion = self.lex.abbreviations.get(head.text)
            start, end = head.start, self._suffix_end(tv, head.end)  # "Lt. Gen. (Retd.)"
            phrase_end = end
        else:
            start = self._left(tv, head.start, floor, head.text.split()[-1] in self.lex.rank_heads)  # ("... Security Policy and Vice-President")
            org = org_end.get(head.start)
            if org is not None and start <= org.start:
                start = head.start  # "Foreign Ministry Spokesperson": the body named before the office is its prefix
            end = head.end
            if end + 2 < tv.n and tv.text(end) == "(" and tv.text(end + 2) == ")" \
                    and load_name_lexicon().honorific_word(head.text) \
                    and load_name_lexicon().honorific_word(tv.text(end + 1)):
                return None  # "Chief (Mrs.) X", "Chief (Dr.) Y": a form of address, no office
            if tv.text(end - 1) in self.lex.paren_heads or head.text in self.lex.paren_heads \
                    or tv.text(end - 1) in self.lex.paren_after_complement:
                end = self._remit_paren_end(tv, end, org_at, info)
            end = self._suffix_end(tv, end)
            if head.text in self.lex.unit_heads:
                end = self._colon_remit_end(tv, end)  # "Chief Director: Asia and the Middle East"
            end, phrase_end = self._complements(tv, end, country_at, org_at, info, head.text)
            if end > head.end and end < tv.n and tv.text(end) in _SECOND_HOLDER:
                # "Minister of Foreign Affairs II": the second minister of one portfolio, as Brunei numbers them
                end += 1
                phrase_end = max(phrase_end, end)
            ranked = self._rank_suffix_end(tv, end)
            if ranked > end:  # "Adviser to the President with the rank of Minister"
                end = ranked
            unit = self._comma_force_end(tv, end, head.text, country_at) if end == head.end else end
            if unit > end:  # "Director General, Border Security Force", "Flag Officer Commanding-in-Chief, Eastern Naval Command"
                end = unit
                phrase_end = max(phrase_end, end)
            elif end == head.end and info.country is None:
                # "Chief of Staff, German Air Force": the state of the force after the comma
                info.country = self._comma_state_force(tv, end, country_at)
            if end > head.end and tv.text(end - 1) in self.lex.paren_after_complement:
                end = self._remit_paren_end(tv, end, org_at, info)  # "Minister of State (Middle East and North Africa)"
                phrase_end = max(phrase_end, end)
            phrase_end = max(phrase_end, self._gloss_end(tv, end))
            phrase_end = max(phrase_end, info.phrase_end)  # (over a body named in brackets after the office)
            if end == head.end and head.text in self.lex.needs_complement:
                return None  # "Member" alone is no office
            if info.country is None and info.target_country is None:
                # "Director of the Eastern Europe Department of the UAE Ministry of Foreign Affairs":
                # a unit of a state's ministry, the state named before the ministry in the title
                info.country = next((country_at[k].kb_id_ for k in range(head.end, end) if k in country_at
                                     and country_at[k].end < end and tv.text(country_at[k].end) in self.lex.ministry_words), None)
            info.business = self._is_business(tv, head, end, country_at, org_at)
            info.trade_body = info.business and (self._of_trade_body(tv, end, org_at)
                                                 or self._business_initials_in(tv, head.end, end)
                                                 or self._business_body_named_before(tv, head, org_at)
                                                 or end == head.end and self._body_after_name(tv, end, org_at))
        # lowercase words at the start ("former", "then") mark a former office; not part of the title
        # ("acting", "outgoing": the status of a current office, kept with it: status_modifiers)
        # (written with a capital too, opening a sentence or a headline: "Former Prime Minister X")
        while start < end and (tv.text(start).islower() or tv.lower(start) in ("former", "then", "late", "ex")) \
                and tv.text(start) in self.lex.modifiers and tv.text(start) not in self.lex.status_modifiers:
            if tv.lower(start) in ("former", "then", "late", "ex"):
                info.former = True
            start += 1
        if start >= end:
            return None
        if start > 0 and tv.lower(start - 1) in ("former", "then", "late"):
            info.former = True
        # prefixes that belong to the phrase, not to the title: "Chinese", "ROK", "Japan's", "MEA"
        # (also before "former": "Indonesia's former Foreign Minister")
        q = start
        while q > 0 and tv.lower(q - 1) in ("former", "then", "late", "ex"):
            q -= 1
        if q > 1 and tv.text(q - 1) == "new" and tv.text(q - 2) in ("'s", "’s"):
            q -= 1  # "Uruguay's new deputy foreign minister": "new" is no part of the office
        p = _skip_possessive(tv, q)
        if q < start and p not in country_end:
            p = _skip_possessive(tv, start)
        if p in country_end:
            info.country = info.country or country_end[p].kb_id_
            p = country_end[p].start
        elif p in org_end:
            org = org_end[p]
            if info.business and names_international_body(org.kb_id_ or org.text):
                info.business = False  # "UNICEF Executive Director": an international body's office
            info.organization = info.organization or org.kb_id_
            info.organization_country = info.organization_country or org.id_ or None
            p = _skip_possessive(tv, org.start)
            if p in country_end:  # "Japan's Foreign Ministry spokesperson", "Japan's QUAD Sherpa"
                info.country = info.country or country_end[p].kb_id_
                p = country_end[p].start
            else:
                p = org.start
        else:
            if p < start and p >= 2 and tv.text(p - 1).capitalize() in self.possessed_bodies and (p - 1) in country_end:
                info.country = info.country or country_end[p - 1].kb_id_  # "the Japanese embassy's spokesman"
            p = start
        if head.text in self.lex.state_only_heads and p == start:
            return None  # "opposition leader X": only "Brazil's leader", "the Thai leader" hold an office
        info.prefix_start = p
        info.phrase_end = phrase_end
        if info.posted_in and info.organization and names_international_body(info.organization):
            # "UN Resident Coordinator in Kenya": an international body's staff posted in a state
            # serve the body; the state is where they are posted, like an ambassador's
            info.target_country, info.country = info.country, None
        span = Span(doc, start, end, label="TITLE")
        set_span_value(span, "de_title_info", info)
        return span

    def _org_end(self, tv: TokenView, start: int, end: int, country_at: dict[int, Span]) -> int:
        """Where a body's name found inside a title really ends: before an "and" that opens the
        next title ("... Caribbean Affairs Cai Wei and Chinese Ambassador ..."), back over the
        name written before it; else ``end``."""
        for m in range(start + 1, end):
            if tv.text(m) not in ("and", "&"):
                continue
            nxt = m + 1
            if nxt in country_at:
                nxt = country_at[nxt].end
            if nxt < tv.n and self._title_starts(tv, nxt):
                e = m
                while e > start + 1 and (tv.text(e - 1) in ("and", "&", "the", "of", "for")
                                         or (tv.text(e - 1) not in self.lex.portfolio
                                             and tv.text(e - 1) not in self.lex.complement_words)):
                    e -= 1
                return e
        return self._name_after_body(tv, start, end)

    def _name_after_body(self, tv: TokenView, start: int, end: int) -> int:
        """Where a body's name ends when a person's name runs on after its last head word with no
        comma ("... of the Foreign Ministry Ivan Petrov"): after that head word, if 2 to 4
        capitalised words, none of them title or body vocabulary, close the span; else ``end``."""
        heads = self.lex.body_end_words
        if not heads:
            return end
        e = end
        while e > start + 1 and tv.text(e - 1) not in heads:
            word = tv.text(e - 1)
            if not (word[:1].isupper() and word.isalpha()) or word in self.lex.portfolio \
                    or word in self.lex.complement_words or word in self.lex.government_org_words:
                return end
            e -= 1
        return e if e > start + 1 and 2 <= end - e <= 4 else end

    def _comma_force_end(self, tv: TokenView, end: int, head_text: str, country_at: dict[int, Span]) -> int:
        """Index after the force, command or wing an office heads, written after a comma right after
        the office ("Director General, Border Security Force,", "Inspector General, South Bengal
        Frontier;", "Director General, Border Guard Bangladesh."): up to five capitalised words
        closed by a word of ``force_words`` or ``comma_force_words`` (and the state named right
        after it), then the phrase's end; else ``end``."""
        if head_text not in self.lex.comma_force_heads or end + 1 >= tv.n or tv.text(end) != ",":
            return end
        words = self.lex.force_words | self.lex.comma_force_words
        m, last = end + 1, -1
        while m < tv.n and m - end <= 5:
            t = tv.text(m)
            if m in country_at and last == m:  # ("Border Guard Bangladesh")
                last = country_at[m].end
                break
            if not (t[:1].isupper() and t.isalpha()):
                break
            if t in words:
                last = m + 1
            m += 1
        if last < 0:
            return end
        closed = last >= tv.n or tv.text(last) in (",", ";", ".", ")", "(", ":") or tv.lower(last) == "and" \
            or "\n" in tv.doc_text[tv.starts[last - 1] + tv.lengths[last - 1]:tv.starts[last]]
        return last if closed else end

    def _comma_state_force(self, tv: TokenView, end: int, country_at: dict[int, Span]) -> Optional[str]:
        """The state of an armed force named by its state's people after a comma right after an
        office ("Chief of Staff, German Air Force,", "Chief of Staff, French Air and Space Force
        and ..."): up to six words, capitalised or "and", closed by a word of ``force_words``, then
        the phrase's end; else None."""
        if end + 2 >= tv.n or tv.text(end) != "," or (end + 1) not in country_at:
            return None
        span = country_at[end + 1]
        if span.label_ != "NORP":
            return None
        m, last = span.end, -1
        while m < tv.n and m - span.end < 6:
            t = tv.text(m)
            if not (t[:1].isupper() and t.isalpha() or t == "and"):
                break
            if t in self.lex.force_words:
                last = m + 1
            m += 1
        if last < 0 or last < tv.n and tv.text(last) not in (",", ";", ".", ")", ":") and tv.lower(last) != "and":
            return None
        return span.kb_id_

    def _royal_style_end(self, tv: TokenView, m: int) -> int:
        """Index after a sovereign's style ("His Majesty", "His Royal Highness") starting at ``m``, or -1."""
        for style in self.lex.royal_styles:
            if m + len(style) <= tv.n and all(tv.text(m + x) == w for x, w in enumerate(style)):
                return m + len(style)
        return -1

    def _rank_suffix_end(self, tv: TokenView, end: int) -> int:
        """Index after "with the rank of <office>" ("with ministerial rank") written after an office
        that ends at ``end``, or ``end``."""
        if end >= tv.n or tv.lower(end) != "with":
            return end
        pos = tv.starts[end]
        for suffix in self.lex.rank_suffixes:
            if not tv.doc_text.startswith(suffix, pos):
                continue
            stop = pos + len(suffix)
            j = end
            while j < tv.n and tv.starts[j] + tv.lengths[j] <= stop:
                j += 1
            if tv.starts[j - 1] + tv.lengths[j - 1] != stop:
                continue
            if tv.lower(j - 1) not in ("of", "as"):
                return j  # "with ministerial rank"
            k = j + (j < tv.n and tv.lower(j) in ("a", "an"))
            office = self._office_end(tv, k)
            if office is None:
                return end
            if office + 1 < tv.n and tv.lower(office) == "of" and tv.text(office + 1) == "State":
                office += 2  # "with the rank of Minister of State"
            return office
        return end

    def _suffix_end(self, tv: TokenView, end: int) -> int:
        """Index after a suffix written right after the head ("Chargé d'Affaires a.i."), or ``end``."""
        if end >= tv.n or not self.lex.title_suffixes:
            return end
        pos = tv.starts[end]
        if not tv.doc_text.startswith(tuple(self.lex.title_suffixes), pos):
            return end
        for suffix in self.lex.title_suffixes:
            if tv.doc_text.startswith(suffix, pos):
                stop = pos + len(suffix)
                j = end
                while j < tv.n and tv.starts[j] + tv.lengths[j] <= stop:
                    j += 1
                if j > end and tv.starts[j - 1] + tv.lengths[j - 1] == stop:
                    return j
        return end

    def _is_business(self, tv: TokenView, head: "_Head", end: int, country_at, org_at) -> bool:
        """"Chairman of Rapidus": a business office, when the 'of/at X' is no public body."""
        core = head.text
        if core.islower() and head.start > 0 and tv.lower(head.start - 1) in self.lex.civil_qualifiers:
            return True  # "community representative Mrs. X", "the students' union leader": a role in civil society
        if head.start > 1 and tv.text(head.start - 1) in ("'s", "’s", ")") \
                and tv.text(head.start - 2) in self.lex.business_initials:
            return True  # "CNI's director of international affairs", "... Alliance (KEPSA) Chief Executive X":
            # the office of a body of business
        if core.islower():
            # "the director of international affairs of the National Confederation of Industry": a
            # later complement names the body of business the office is held in
            k = head.end
            while k + 2 < end:
                if tv.lower(k) == "of" and tv.lower(k + 1) == "the" and self._names_business_body(tv, k + 2):
                    return True
                k += 1
        if self._names_religious_body(tv, head.end, end):
            return True  # "Director of the Catholic Centre for Media", "General Secretary of the Council of Churches": a church's office
        if self._business_initials_in(tv, head.end, end):
            return True  # "Co-Chair of the CII Africa Committee": a unit of a body of business known by its initials
        if end + 1 < tv.n and tv.text(end) == "," and tv.text(end + 1) in self.lex.business_initials:
            return True  # "Chairperson, CII Africa Committee": the same unit in apposition after the office
        for b in range(end, min(end + 6, tv.n - 2)):
            if tv.text(b) == "(" and tv.text(b + 2) == ")" and tv.text(b + 1) in self.lex.business_initials:
                return True  # "President of the Foreign Economic Relations Board of Türkiye (DEİK)": its initials
            if tv.text(b) in (",", ".", ";", "\n") or "\n" in tv.text(b):
                break
        h = head.end
        if h + 1 < tv.n and tv.lower(h) == "of":
            # "Vice-Chancellor of the University of Melbourne", "of RMIT University", "of the Seoul National
            # University": an academic office, whatever its head ("Minister of University Affairs" is none)
            the = tv.lower(h + 1) == "the"
            k = m = h + 1 + the
            while m < tv.n and m - k < 5 and tv.text(m)[:1].isupper() and tv.text(m) not in _ACADEMY_WORDS:
                m += 1
            if (m > k or the) and m < tv.n and tv.text(m) in _ACADEMY_WORDS:
                return True
        if core.casefold() not in self.business_folded:
            return False
        if core not in self.head_set:
            # CEO, Managing Director, Founder; but a remit over a region or a field is a public
            # body's office ("Managing Director for Africa" of a foreign service)
            h = head.end
            if self._names_public_body(tv, h):
                return False  # "Executive Director, Ministry of Health", "... of the Planning Commission"
            if h + 1 < tv.n and tv.lower(h) in ("of", "at"):
                k = h + 1 + (tv.lower(h + 1) == "the")
                if k in org_at and names_international_body(org_at[k].kb_id_ or org_at[k].text):
                    return False  # "Managing Director of the International Monetary Fund": an international body's office
            if h + 1 < tv.n and tv.text(h) == "," and (h + 1) in org_at \
                    and names_international_body(org_at[h + 1].kb_id_ or org_at[h + 1].text):
                return False  # "Managing Director for the Americas, European External Action Service"
            k = h + 1 + (h + 2 < tv.n and tv.lower(h + 1) == "the")  # ("for the Americas")
            return not (k < tv.n and tv.lower(h) == "for" and tv.text(k) in self.lex.portfolio
                        and k not in country_at)
        h = head.end
        if h + 1 < end and tv.lower(h) in ("of", "at"):
            k = h + 1 + (tv.lower(h + 1) == "the")
            if k < end and k not in org_at and self._names_business_body(tv, k) and (not any(
                    tv.text(m) in self.lex.public_body_words for m in range(k, end))
                    or any(w in tv.span_text(k, end) for w in self._business_public_words)):
                return True  # "President of the Chamber of Commerce of Spain": the body in the title, its state
                # after it ("of the Business Coordinating Council": a business body's name with a public body's word)
            if k + 1 < end and self._business_initials(tv, k):
                return True  # "Chair of the CII Latin America and Caribbean Council": a unit of a body of business
        if end + 1 < tv.n and tv.text(end) == "," and self._names_business_body(tv, end + 1) \
                and ((end + 1) not in org_at or not self._names_public_body(tv, end)):
            return True  # "Chairman, Indonesian Chamber of Commerce", "Chief Executive Officer, PT Acme": the
            # body in apposition after the office is a company or a body of trade
        if self._business_body_named_before(tv, head, org_at):
            return True  # "the Chamber of Commerce ..., among them its president, NAME", "Tanzania Private
            # Sector Foundation chairperson NAME"
        if h + 1 < tv.n and tv.lower(h) == "of" and tv.lower(h + 1) == "its" \
                and self._business_body_before(tv, head.start):
            return True  # "a luncheon hosted by the Lima Chamber of Commerce, where X, President of its Asia Committee"
        if h + 2 < tv.n and tv.lower(h) == "of" and tv.lower(h + 1) == "the" \
                and tv.text(h + 2).capitalize() in _BARE_BODY_NOUNS \
                and (h + 3 >= tv.n or tv.lower(h + 3) != "of") and self._business_body_before(tv, head.start, True):
            return True  # "... the Peru-India Chamber of Commerce, ... Mr. X, President of the Chamber"
        if end + 2 < tv.n and tv.lower(end) == "of" and any(
                tv.text(m) == "Business" and all(tv.text(x)[:1].isupper() for x in range(end + 1, m))
                for m in range(end + 1, min(end + 4, tv.n))):
            return True  # "Chairman of the Asia-Pacific Committee of German Business": a body of business
        if any(tv.text(m) in self.lex.government_org_words for m in range(h, end)):
            return False  # "President of the Regional Government of Madeira": a public body, then its place
        if end == h and self._body_after_name(tv, end, org_at):
            return True  # "Chairman X Y of the Keidanren", "Chairman X of the Federation of Korean Industries"
        j = end
        if j < tv.n and tv.lower(j) in ("of", "at"):
            k = j + 1
            if k < tv.n and tv.lower(k) in ("a", "an"):
                return True  # "chairman of a shipping group": a company, not a public body
            if k < tv.n and tv.lower(k) == "the":
                k += 1
            if k < tv.n and k not in org_at and self._names_business_body(tv, k):
                return True  # "President of the Moroccan Association of Exporters"
            return k < tv.n and self._names_unknown_body(tv, k, country_at, org_at, tv.n)
        return False

    def _body_after_name(self, tv: TokenView, end: int, org_at) -> bool:
        """Whether a body of business follows the name a bare office stands before ("Chairman X Y of
        the Keidanren"): one to four capitalised words, "of", "the" maybe, then the body (its
        initials, or a name of business words)."""
        m = end
        while m < tv.n and m - end < 7 and (tv.text(m)[:1].isupper() and tv.text(m).replace(".", "").isalpha()
                                            or tv.text(m) == "-" and m > end and tv.glued(m - 1) and tv.glued(m)
                                            or m > end and tv.text(m - 1) == "-" and tv.text(m).isalpha()):
            m += 1  # (a hyphenated given name: "Kim Byong-joon")
        if m == end or m + 1 >= tv.n or tv.lower(m) != "of":
            return False
        k = m + 1 + (m + 2 < tv.n and tv.lower(m + 1) == "the")
        if k in org_at:
            return False  # a known body: a public one, or one the organisations read
        return tv.text(k) in self.lex.business_initials or self._names_business_body(tv, k)

    def _names_unknown_body(self, tv: TokenView, k: int, country_at, org_at, stop: int) -> bool:
        """Whether the capitalised run opening at token ``k`` (before ``stop``) names a body neither
        known nor public: no state, no organisation found, no word of a public body, portfolio or
        complement in it ("of Acme Widgets"; not "of the Hà Nội People's Committee")."""
        if k in country_at or k in org_at:
            return False
        t = tv.text(k)
        if not t[:1].isupper() or t in self.lex.government_org_words or t in self.lex.complement_words \
                or t in self.lex.portfolio:
            return False
        if t.isupper() and t.isalpha() and 3 <= len(t) <= 8:
            # initials the text spells out: the body they name ("Director General of IDFR", after "the
            # Institute of Diplomacy and Foreign Relations (IDFR)")
            full = _expansion(tv.doc_text, t)
            if full is not None and any(w in self.lex.public_body_words or w in ("Institute", "Academy")
                                        for w in full.split()):
                return False
        m = k
        while m < stop and m - k < 12 and (tv.text(m)[:1].isupper() or tv.lower(m) in ("of", "the", "'s", "’s", "and")):
            if tv.text(m) in self.lex.government_org_words:
                return False
            m += 1
        return True

    def _names_religious_body(self, tv: TokenView, h: int, end: int) -> bool:
        """Whether the body an office names in its complement (tokens ``h`` to ``end``) or in
        apposition after it (", the Catholic Relief Centre") is a church's: a word of
        ``religious_body_words`` in its name."""
        words = self.lex.religious_body_words
        if not words:
            return False
        named = False  # a body's name opened by "the" or a comma ("Minister of Church Affairs" names a field)
        m = h
        while m < tv.n and m < end + 8:
            t = tv.text(m)
            if t in words and named:
                return True
            if tv.lower(m) == "the" or t == ",":
                named = True
            elif m >= end and not (t[:1].isupper() or tv.lower(m) in ("of", "for", "and")):
                break
            m += 1
        return False

    def _business_body_named_before(self, tv: TokenView, head: "_Head", org_at) -> bool:
        """Whether the body the office belongs to, named before it, is one of business or trade: "its
        Vice-Chair" after the body ("the German-African Business Association, led by its
        Vice-Chair"), or the body's name right before an office in small letters ("Tanzania Private
        Sector Foundation chairperson", "Federation of Malaysian Manufacturers (FMM) president")."""
        first = head.start  # (past the office's modifiers: "its Vice-Chair")
        while first > 1 and (tv.text(first - 1) in _HYPHENS or tv.text(first - 1) in self.lex.modifiers):
            first -= 1
        if first > 0 and tv.lower(first - 1) == "its" and self._last_body_is_business(tv, first - 1, org_at):
            return True
        if first > 0 and tv.text(first - 1) in self.lex.business_initials:
            return True  # "CII President X": a body of business by its initials right before the office
        if first > 0 and tv.text(first - 1) in _BARE_BODY_NOUNS and not (first > 1 and tv.text(first - 2)[:1].isupper()) \
                and self._business_body_before(tv, first - 1, True):
            return True  # "... the Bahrain Chamber of Commerce hosted a forum. Chamber Chairman X said": the body again
        if first > 2 and tv.text(first - 1) in ("'s", "’s") and tv.text(first - 2).capitalize() in _BARE_BODY_NOUNS \
                and tv.lower(first - 3) == "the" and self._business_body_before(tv, first - 3, True):
            return True  # "... the Egyptian Businessmen's Association, where ... the association's chairman, X"
        before = head.start - 3 if head.start > 2 and tv.text(head.start - 1) == ")" and tv.text(head.start - 3) == "(" \
            else head.start  # (past the body's initials in brackets)
        return before > 0 and tv.text(before - 1)[:1].isupper() and (
            tv.text(head.start)[:1].islower() or tv.text(before - 1) in _BODY_LAST_WORDS) \
            and self._last_body_is_business(tv, before, org_at)

    def _last_body_is_business(self, tv: TokenView, i: int, org_at) -> bool:
        """Whether the last capitalised name before token ``i`` (a possessive "its") in its sentence,
        or in the sentence before when its own names none but a pronoun ("... with the Jamaica–Ghana
        Business Council brought together sixty companies. I wish to thank its Chairman, X"), names
        a body of business or trade: the body "its" office belongs to."""
        k = i - 1
        crossed = False
        while k >= 0 and i - k < 40 and (not tv.text(k)[:1].isupper() or tv.text(k) in _PRONOUNS):
            if tv.text(k) in (".", ";", "\n") or "\n" in tv.text(k):
                if crossed or tv.text(k) != "." or k + 1 >= i or tv.text(k + 1) not in _PRONOUNS:
                    return False
                crossed = True
            k -= 1
        if k < 0 or i - k >= 40 or not tv.text(k)[:1].isupper():
            return False
        while k > 0 and (tv.text(k - 1)[:1].isupper() or tv.lower(k - 1) in ("of", "and", "for", "in")) \
                and "\n" not in tv.text(k - 1):
            k -= 1
        while k < i and not tv.text(k)[:1].isupper():
            k += 1
        return k not in org_at and self._names_business_body(tv, k)

    def _business_body_before(self, tv: TokenView, i: int, paragraph: bool = False) -> bool:
        """Whether a name of a body of business or trade opens before token ``i`` in its sentence
        (at most 40 tokens back): the body "its" refers to after an office ("where X, President of
        its Asia Committee"); with ``paragraph``, in its paragraph or the one before (at most 100 tokens back: "...
        hosted by the Spain-Indonesia Chamber of Commerce. 'Our members ...,' said X, president
        of the chamber")."""
        k = i - 1
        reach = 100 if paragraph else 40
        breaks = 1 if paragraph else 0  # (the paragraph before too: the body named, then its head quoted)
        while k >= 0 and i - k < reach and (paragraph or tv.text(k) not in (".", ";")):
            if "\n" in tv.text(k):
                if not breaks:
                    break
                breaks -= 1
            if tv.text(k)[:1].isupper() and (k == 0 or not tv.text(k - 1)[:1].isupper()) \
                    and self._names_business_body(tv, k):
                return True
            k -= 1
        return False

    def _of_trade_body(self, tv: TokenView, end: int, org_at) -> bool:
        """Whether "of/at [the] X" or ", X" after the office ending at token ``end`` names a body of
        business or trade ("President of the Federation of Exporters", "Chairman, Federation of
        Indian Export Organisations")."""
        if end + 1 >= tv.n or tv.lower(end) not in ("of", "at", ","):
            return False
        k = end + 1 + (tv.lower(end + 1) == "the")
        return k < tv.n and k not in org_at and self._names_business_body(tv, k)

    def _names_public_body(self, tv: TokenView, h: int) -> bool:
        """Whether "of/at [the] X" or ", X" after the office ending at token ``h`` names a government
        body: a capitalised run holding one of ``public_body_words`` ("the National Planning
        Commission", "Ministry of Health and Social Services") and none of a business body."""
        if h + 1 < tv.n and tv.text(h) in self.lex.ministry_words and tv.lower(h + 1) in ("of", "for") \
                and ITEM_NUMBER.match(tv.doc_text, tv.doc_text.rfind("\n", 0, tv.starts[h]) + 1):
            return True  # "2. Mr. X Executive Director Ministry of Home Affairs": a flattened table's next column
        if h + 1 >= tv.n or tv.lower(h) not in ("of", "at", ","):
            return False
        k = h + 1 + (tv.lower(h + 1) == "the")
        if tv.lower(h) == "," and k < tv.n and self._public_initials(tv, k):
            return True  # ", MAS": a public body by its initials, written in full in the text
        if tv.lower(h) == "," and (k >= tv.n or not (tv.text(k) in self.lex.public_body_words or tv.text(k)[:1].isupper()
                                                     and self._last_word_public(tv, k))):
            return False  # ", X": only a body opening on its kind ("Ministry of ...") or closing on it ("Japan
            # International Cooperation Agency")
        if k >= tv.n or self._names_business_body(tv, k):
            return False
        m = k
        while m < tv.n and m - k < 10 and (tv.text(m)[:1].isupper() or tv.lower(m) in ("of", "and", "for", "the")):
            if tv.text(m) in self.lex.public_body_words:
                return True
            m += 1
        return False

    def _last_word_public(self, tv: TokenView, k: int) -> bool:
        """Whether the capitalised run of words opening at token ``k`` ends on a public body's word."""
        m, last = k, None
        while m < tv.n and m - k < 10 and tv.text(m)[:1].isupper():
            last = tv.text(m)
            m += 1
        return last in self.lex.public_body_words

    @staticmethod
    def _short_line_at(tv: TokenView, k: int) -> bool:
        """Whether the line that token ``k`` opens is short (a name's wrapped end, not a sentence)."""
        start = tv.starts[k]
        end = tv.doc_text.find("\n", start)
        return (len(tv.doc_text) if end < 0 else end) - start <= 40

    def _public_initials(self, tv: TokenView, k: int) -> bool:
        """Whether token ``k`` is the initials of a public body the text names in full ("MAS" after
        "the Monetary Authority of Singapore")."""
        t = tv.text(k)
        if not (t.isupper() and t.isalpha() and 2 <= len(t) <= 8):
            return False
        full = _expansion(tv.doc_text, t)
        return full is not None and any(w in self.lex.public_body_words for w in full.split()) \
            and not any(w in full for w in self.lex.business_body_words)

    def _business_initials_in(self, tv: TokenView, h: int, end: int) -> bool:
        """Whether the office's complement ("of the CII Africa Committee", tokens ``h`` to ``end``) opens
        on the initials of a national body of business (titles.json ``business_initials``)."""
        if not (h + 1 < end and tv.lower(h) in ("of", "at")):
            return False
        k = h + 1 + (tv.lower(h + 1) == "the")
        return k < end and tv.text(k) in self.lex.business_initials

    def _business_initials(self, tv: TokenView, k: int) -> bool:
        """Whether token ``k`` is the initials of a body of business the text names in full ("CII"
        after "the Confederation of Indian Industry")."""
        t = tv.text(k)
        if t in self.lex.business_initials:
            return True
        if not (t.isupper() and t.isalpha() and 3 <= len(t) <= 8):
            return False
        full = _expansion(tv.doc_text, t)
        return full is not None and any(w in full for w in self.lex.business_body_words)

    def _names_business_body(self, tv: TokenView, k: int) -> bool:
        """Whether the capitalised name opening at token ``k`` (a state's name or demonym
        included) names a body of business or trade ("the Moroccan Association of Exporters",
        "the Lima Chamber of Commerce", "the Indo-German Chamber of Commerce"; data: business_body_words)."""
        words = []
        m = k
        wrapped = False
        while m < tv.n and m - k < 12 and (tv.text(m)[:1].isupper() or tv.lower(m) in ("of", "and", "the", "for")
                                           or tv.text(m) in ("-", "–") and m > k and m + 1 < tv.n
                                           and tv.text(m + 1)[:1].isupper()
                                           or not wrapped and tv.text(m) == "\n" and m > k and m + 1 < tv.n
                                           and tv.text(m + 1)[:1].isupper() and self._short_line_at(tv, m + 1)):
            if tv.text(m) == "\n":  # (a name wrapped once onto a short line: "Türkiye–Ghana\nBusiness Council")
                wrapped = True
            else:
                words.append(tv.text(m))
            m += 1
        run = " ".join(words)
        if len(words) == 1 and words[0].isupper() and words[0].isalpha() and 3 <= len(words[0]) <= 8:
            expanded = _expansion(tv.doc_text, words[0])  # "President, GNCCI": the body its initials name
            if expanded and expanded.endswith(" Limited"):
                return True  # "Chief Executive Officer, NIPL" (NPCI International Payments Limited): a company
            run = expanded or run
        if "Chamber" in words and any("-" in w or "–" in w for w in words[:words.index("Chamber")]):
            return True  # "the Guatemalan-Mexican Chamber of" (wrapped): two states' chamber, of commerce
        if "Federation" in words and any(w.startswith("Industr") for w in words):
            return True  # "the Federation of Korean Industries": a federation of industry with its state
        # (a company's legal form, a word of its own: "PT Nusantara Nikel", "Acme Holdings Ltd")
        return any(w in run for w in self.lex.business_body_words) or any(
            w in self.lex.company_forms for w in words) or (m < tv.n and tv.text(m) in self.lex.company_forms)


#: a body's noun alone after "of the", which names again the body of business named before it
_BARE_BODY_NOUNS = frozenset({"Chamber", "Council", "Federation", "Association", "Confederation"})
#: the words of a body whose name runs on after "of" ("Chamber of Commerce and Industry"): the portfolio
#: words after them belong to the body, not to an office that follows ("... Industry President X")
_BODY_BEFORE_OF = _BARE_BODY_NOUNS | {"Chambers", "Board", "Union"}
#: pronouns that open a sentence in capitals, no name of a body ("I wish to thank its Chairman")
_PRONOUNS = frozenset({"I", "We", "He", "She", "They", "It"})
#: a run of capitalised words and the small words of a name ("Ghana National Chamber of Commerce and Industry")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of|and|the|for|[A-Z][\w'’-]*))+")
_NAME_SMALL_WORDS = frozenset({"of", "and", "the", "for"})


def _expansion(text: str, initials: str) -> Optional[str]:
    """The name in ``text`` whose capitalised words' initials are ``initials`` ("Ghana National
    Chamber of Commerce and Industry" for "GNCCI"), or that the text defines them with ("Kenya
    Private Sector Alliance (KEPSA)"), if the text writes one; else ``None``."""
    defined = re.search(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|&)\s+)*){1,8})\(" + re.escape(initials) + r"\)", text)
    if defined is not None:
        return " ".join(defined.group(1).split())
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        for start in range(len(words)):
            if words[start] in _NAME_SMALL_WORDS or words[start][0] != initials[0]:
                continue
            got = ""
            for end in range(start, len(words)):
                w = words[end]
                if w in _NAME_SMALL_WORDS:
                    continue
                got += w[0]
                if got == initials:
                    return " ".join(words[start:end + 1])
                if not initials.startswith(got):
                    break
    return None


class _Head(NamedTuple):
    """A matched office word or short form, before the grammar extends it."""

    start: int
    end: int
    label: int
    text: str


#: adjectives of a field that name an office with another field ("Economic and Commercial Counsellor");
#: not those of rank ("Principal", "Special", "General")
_FIELD_ADJECTIVE_ENDINGS = ("al", "ic", "ive")
_RANK_ADJECTIVES = frozenset({"Principal", "Special", "General", "Official"})


def _field_adjective(word: str) -> bool:
    """Whether ``word`` is a capitalised adjective of a field ("Diplomatic", "Cultural")."""
    return word[:1].isupper() and word.endswith(_FIELD_ADJECTIVE_ENDINGS) and word not in _RANK_ADJECTIVES


def _postings_end(tv: TokenView, j: int, country_at: dict[int, Span], title_starts=None) -> int:
    """Past the further states of a posting after the state ending at token ``j`` ("to Sudan and
    South Sudan"): "and" and a state, while that state opens no phrase of its own (a demonym, a
    possessive, a capitalised word after it: "to Nepal and Bhutan's Prime Minister"; with
    ``title_starts``, the office's test, only one opening an office: "to Sweden and Finland
    Bakhtiyor Ibragimov" names the envoy after the postings)."""
    n = tv.n
    while j + 1 < n and (tv.lower(j) in ("and", "&") or tv.text(j) == "," and j + 1 in country_at
                         and country_at[j + 1].end < n and tv.lower(country_at[j + 1].end) in ("and", "&", ",")):
        # (a list of them: "to Latvia, Lithuania and Estonia")
        k = j + 1 + (tv.lower(j + 1) == "to")  # ("to the Kingdom of Sweden and to the Kingdom of Norway")
        k += k < n and tv.lower(k) == "the" and k > j + 1
        if k not in country_at:
            break
        more = country_at[k]
        if more.label_ == "NORP" or more.end < n and (
                tv.text(more.end) in ("'s", "’s") or tv.text(more.end)[:1].isupper()
                and (title_starts is None or title_starts(tv, more.end))):
            break
        j = more.end
    if j < n and tv.lower(j) in _CONCURRENTLY and j > 0 and tv.lower(j - 1) not in ("and", "&"):
        j += 1  # "... and to the Kingdom of Norway concurrently X"
    return j


#: a word after an envoy's postings that says they are held at once
_CONCURRENTLY = frozenset({"concurrently", "simultaneously"})


#: office words that also name a body: after a body's name they go on naming it ("Federation Council Committee")
_BODY_HEADS = {"Committee", "Council", "Board", "Commission", "Court", "Assembly", "Office", "Secretariat", "Bureau"}

_SEPARABLE_ORG_HEADS = {"Ministry", "Department", "Office", "Embassy", "High", "Consulate", "Secretariat", "Permanent"}


def _is_ministry(span: Span) -> bool:
    """Organisations that are separable from a title ("at the Ministry of Foreign Affairs")."""
    return span.text.split(" ", 1)[0] in _SEPARABLE_ORG_HEADS or span.kb_id_.split(" ", 1)[0] in _SEPARABLE_ORG_HEADS


#: the first words of a state's mission abroad, whose state is named inside ("Embassy of Japan")
_MISSIONS = {"Embassy", "High", "Consulate", "Permanent", "Mission"}


def _mission_state(span: Span, country_at: dict[int, Span]) -> Optional[str]:
    """The state of a mission named by it: "Embassy of Japan", "High Commission of India"."""
    if span.text.split(" ", 1)[0] not in _MISSIONS:
        return None
    return next((c.kb_id_ for i, c in country_at.items() if span.start < i and c.end <= span.end), None)


def _skip_possessive(tv: TokenView, i: int) -> int:
    """Step back over a possessive ending before token i ("Japan's", "the Ministry's", "Affairs'")."""
    if i > 1 and tv.text(i - 1) in ("'s", "’s", "'", "’") and tv.glued(i - 2):
        return i - 1
    return i


def _by_start_and_end(group) -> tuple[dict[int, Span], dict[int, Span]]:
    """The spans of ``group`` by start token and by end token (the last one wins, as before)."""
    at: dict[int, Span] = {}
    end: dict[int, Span] = {}
    for s in group:
        at[s.start] = s
        end[s.end] = s
    return at, end
