"""Attaches titles, organisation and country to every anchored person mention.

Sources, nearest first: the titles that vouched for the name and titles chained to them ("Vice
President and Minister of Defence", "G20 Sherpa and also Deputy Foreign Minister"), a
parenthesised short form ("(EAM)", "(MoS)"), what the title grammar found around each title (a
country prefix or complement, an organisation), an "of India" after the name, an organisation in
apposition ("Deputy Director-General, Ministry of Trade, Kenya"), a demonym before a
counterpart ("his Japanese counterpart"), and finally words of the title that name a state
("External Affairs" is India's; ``title_countries`` in titles.json).

Writes ``span._.de_attribution`` (:class:`Attribution`) on every span of ``doc.spans["persons"]``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import islice

import re
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...data import data_path, read_json, read_tsv
from ..layout import side_cells, state_sections
from ..text import TokenView, token_view
from ...located import Located
from ...names import load_lexicon
from ...organizations import names_international_body
from ...countries import lookup_country
from ...people.anchors import restates_office
from ...people.offices import heading_lines_end, headline_end, shortened_office
from ...people.lexicon import with_dotted_letters
from ...people.grammar import MONTH_WORD, LinePattern, places_named
from ...roles import role_of

from .. import extensions  # noqa: F401  (registers the de_* attributes)
from .. import keys

#: titles of a state's envoys: "Ambassador of India to Brazil" marks its state in a release of either side
_ENVOY_TITLES = ("Ambassador", "High Commissioner", "Consul", "Permanent Representative", "Chargé")
from ..extensions import set_doc_value, set_span_value, span_value
from ..groups import spans_of


_UNREAD = object()
# between the states a travel phrase lists: "Viet Nam and Singapore", "Kenya, Uganda and the Sudan"
#: the words of an issuing body's name between its body word and its state ("Ministry| of Foreign Affairs of |Bangladesh")
_BODY_NAME_TAIL = re.compile(r"(?:[ \t]+(?:of|for|and|the|&|[A-Z][\w'’-]*))*?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")
_LISTED = re.compile(r"(?:[ \t]*(?:,|and|&|,[ \t]*and)[ \t]+(?:the[ \t]+)?)?")
def _alternation(words: list[str], flags: int = 0) -> str:
    """``words`` as one alternation of literals tried in their order, gathered by first letter (as
    ``flags`` compare letters) into groups the engine enters only on that letter. Words whose first
    letters differ never match at one place, so the first word that matches is the same."""
    groups: list[tuple[str, list[str]]] = []
    for word in words:
        first = word[:1]
        for key, members in groups:
            if first == key or (first and key and re.fullmatch(re.escape(key), first, flags)):
                members.append(word)
                break
        else:
            groups.append((first, [word]))
    return "|".join("(?:" + "|".join(re.escape(w) for w in members) + ")" for _key, members in groups)


# "his Japanese counterpart", "my Mauritanian colleague": an official of the state of the demonym
_COUNTERPART_WORDS = ("counterpart", "colleague")
_COUNTERPART = re.compile("|".join(_COUNTERPART_WORDS), re.IGNORECASE)
#: what joins two states named as the sides of one thing ("the South Africa–United States Dialogue")
_STATES_JOINED = re.compile(r"[ \t]*[-–—/][ \t]*")
#: "of (the)" after a body's word, before the place it serves ("Government of Maharashtra")
_OF_PLACE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
#: at most one capitalised word, as between a province's name and its body's word ("Prefectural")
_PLAIN_WORDS = re.compile(r"(?:[A-Z][a-z]+)?")
# a meeting word of a headline, the side met after it ("speaks with", "meets", "Call with")
_HEADLINE_MEETING = re.compile(r"\b(?:(?:[Mm]eets?|[Mm]et|[Rr]eceives?|[Rr]eceived|[Hh]osts?|[Hh]osted)[ \t]+"
                               r"(?!(?:with|in|at|on|over|about|for|to|ahead|amid|after|before)\b)"
                               r"|(?:[Ss]peaks?|[Ss]poke|[Tt]alks?|[Tt]alked|[Cc]all|[Cc]onversation|[Mm]eeting|[Mm]eets?|[Mm]et)"
                               r"(?:[ \t]+(?:by[ \t]+(?:tele)?phone|on[ \t]+the[ \t]+(?:tele)?phone))?[ \t]+(?:with|to)[ \t])")
# "Beijing's " right before an office: the place's name (checked against the dateline places)
_PLACE_POSSESSIVE = re.compile(r"(?<![\w'’-])([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s[ \t]+$")
# the subject's own travel, opening a phrase right before a state's name: "As part of his working trip to ",
# "During her official visit to the "
_OWN_TRIP = re.compile(r"\b(?:[Aa]s part of|[Dd]uring|[Oo]n the occasion of|[Ii]n the course of|(?:[Ww]ithin|[Ii]n) the framework of"
                       r"|[Ww]hile on)\s+(?:his|her|their)\s+(?:[a-z-]+\s+){0,3}(?:visit|trip|tour|stay|mission)\s+(?:to|in)\s+(?:the\s+)?$")
# a masthead: two to four capitalised words, no other ("The Kathmandu Post", "Dhaka Sentinel")
#: the words a newspaper's name ends with
_PAPER_WORDS = frozenset({"tribune", "times", "post", "herald", "observer", "standard", "gazette", "daily", "news",
                          "chronicle", "star", "sun", "mail", "telegraph", "courier", "express", "journal", "inquirer",
                          "monitor", "nation", "guardian", "independent", "mirror", "review", "record"})
_MASTHEAD = re.compile(r"(?:[Tt][Hh][Ee] )?((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){1,3})")
# a date right after a dateline's place and its punctuation ("RIYADH, Oct 21", "Dakar, 3 June")
# (or in brackets after the source that issued it: "BERLIN (Federal Government, November 25)")
_DATE_AFTER_PLACE = re.compile(r"[ \t]*(?:(?:(?<=\()|\()[^()\n,]{1,40},[ \t]*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b"
                               r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
                               r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})", re.IGNORECASE)
# a state opening the first paragraph as a meeting's host: "Norway hosted a meeting ..."
_HOSTED = re.compile(r"[ \t]+(?:hosted|hosts|will host|is hosting|has hosted|was host to|played host to)\b")
# a headline's giving of support to the state named after it (home_country: the giver is the issuer)
_GIVES = re.compile(r"[ \t]+(?:steps? up|extends?|provides?|sends?|delivers?|dispatch(?:es)?|hands? over|pledges?"
                    r"|donates?|gifts?|contributes?|announces?)\b[^\n]{0,80}?\b(?:support|assistance|aid|relief"
                    r"|supplies|help|funding|grant|vaccines?)\b[^\n]{0,30}?\b(?:to|for)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*")  # the capitalised words of a headline
_THE = re.compile(r"^[ \t]*(?:the|THE|The)[ \t]+")  # home_country(): the header not read yet
_PAREN_SUFFIX = re.compile(r"\s*\([^()]*\)$")  # a suffix in brackets after an office: "(Rtd)", "(ret.)"


#: a short note in brackets in small letters closing a line ("(meeting)", "(phone call)", "(bilateral visit)")
_NOTE_CLOSING_LINE = re.compile(r"\([a-z][a-z -]{0,30}\)[ \t]*(?:\n|\Z)")
#: the label of a release's issuer before its name ("From: Foreign, Commonwealth & Development Office")
_ISSUER_LABEL = re.compile(r"[ \t]*(?:From|Issued by|Published by|Source)[ \t]*:[ \t]*", re.IGNORECASE)


@dataclass
class Attribution:
    titles: list[str] = field(default_factory=list)
    verb_titles: list[str] = field(default_factory=list)  # offices a relative clause's verb names ("who heads")
    country: Optional[str] = None
    organization: Optional[str] = None
    business_only: bool = False  # every title is an office of a company
    trade_body: bool = False  # one of them is held in a body named as one of trade ("Chamber of Commerce")
    target_countries: list[str] = field(default_factory=list)  # "Ambassador to India"
    prefix_country: Optional[str] = None  # a country named before the title ("Australian ...")
    # the prefix's state, or the one inherited from the list it stands in ("Mongolian President X,
    # Prime Minister Y and Chairman Z"): what the next official of the list inherits
    shared_country: Optional[str] = None
    # where ``country`` came from: "title" (the title phrase, an apposition, a trailing ", Kenya",
    # a title of one state), "context" (a counterpart, a shared demonym)
    country_source: Optional[str] = None
    # the country is the one state that has an office of the titles' wording ("External Affairs",
    # ``title_countries``), not one the text states beside them
    country_by_wording: bool = False

    def set_country(self, code: Optional[str], source: str) -> None:
        """Take ``code`` unless a country is already known."""
        if code and self.country is None:
            self.country = code
            self.country_source = source


@Language.factory("de_attribution", default_config={"lexicon_path": None,
                                                      "persons_path": None, "datelines_path": None,
                                                      "cities_path": None, "subdivisions_path": None,
                                                      "headers_path": None,
                                                      "dateline_chars": 1500},
                  requires=["doc.spans", "span._.de_person_info", "span._.de_title_info"],
                  assigns=["span._.de_attribution", "doc._.de_home_country", "doc._.de_issuer_international",
                           "doc._.de_story_homes"])
def make_attribution(nlp: Language, name: str, lexicon_path: Optional[str],
                     persons_path: Optional[str], datelines_path: Optional[str], cities_path: Optional[str],
                     subdivisions_path: Optional[str], headers_path: Optional[str], dateline_chars: int) -> "AttributionComponent":
    data = read_json(lexicon_path or data_path("titles.json"))
    persons = read_json(persons_path or data_path("persons.json"))
    places = {row["place"]: row["country"] for row in read_tsv(datelines_path or data_path("datelines.tsv"))}
    # more places a dateline may open with (read only for datelines and bylines): the cities of the
    # GeoNames gazetteer, and the first-level subdivisions of states ("CHANTHABURI:", a province)
    subdivisions = {row["place"]: row["country"] for row in read_tsv(subdivisions_path or data_path("subdivisions.tsv"))}
    cities = dict(subdivisions)
    cities.update((row["place"], row["country"]) for row in read_tsv(cities_path or data_path("cities.tsv")))
    header = read_json(headers_path or data_path("headers.json"))
    connectors = [tuple(c) for c in data.get("title_connectors", [["and"]])]
    return AttributionComponent(data.get("title_countries", {}), connectors, set(persons.get("copulas", [])),
                                places, dateline_chars=dateline_chars, cities=cities, subdivisions=subdivisions,
                                capacity=[tuple(p.lower().split()) for p in persons.get("capacity_phrases", [])],
                                exclusive=set(data.get("exclusive_offices", [])),
                                address_titles=set(data.get("address_titles", [])), header=header,
                                shared=set(data.get("shared_state_forms", [])),
                                shared_users={k: tuple(v) for k, v in data.get("shared_state_users", {}).items()},
                                ranks={h.split()[-1] for h in data.get("rank_heads", [])},
                                speech_openers=persons.get("own_speech_openers", []),
                                business_heads=data.get("business_heads", ()),
                                question_label=persons.get("question_label"))


def country_counts(doc: Doc) -> dict[str, int]:
    """How often each state is named in ``doc`` (alpha-3 -> count), in order of first mention."""
    counts: dict[str, int] = {}
    for span in spans_of(doc, keys.COUNTRIES):
        counts[span.kb_id_] = counts.get(span.kb_id_, 0) + 1
    return counts


def _find_all(text: str, key: str) -> list[int]:
    """Where ``key`` occurs in ``text`` (each start)."""
    out, p = [], text.find(key)
    while p >= 0:
        out.append(p)
        p = text.find(key, p + 1)
    return out


#: how far into the body's first line a dateline may begin ("NEW DELHI, 3 March (PTI) - The ...")
_FIRST_LINE_DATELINE = 160


#: the first words of a curriculum vitae's paragraph under its subject's name
_CURRICULUM_OPENER = re.compile(r"[ \t]*(?:Born|Date of birth|Curriculum vitae|Career)\b")
#: at most this many capitalised words of a body's name between a state and the office it heads
_BODY_WORDS = 3


def _state_before_body(tv: TokenView, start: int, country_end_at: dict, by_phrase_end: dict,
                       acronyms: Optional[dict[str, str]] = None) -> Optional[str]:
    """The state named right before one to ``_BODY_WORDS`` capitalised words (the name of a body:
    "Police", "Coast Guard", "Army") that end where the office starting at token ``start`` begins
    ("Fiji Police Commissioner X"), or the state of a body's initials the text defined among those
    words (``acronyms``: "RSN Fleet Commander X" after "Republic of Singapore Navy (RSN)"); None when
    a title, a lower-case word or anything else comes first."""
    k = start
    if k > 2 and tv.text(k - 1) in ("'s", "’s"):
        k -= 1  # "the Royal Thai Navy's Commander-in-Chief X"
    for _ in range(_BODY_WORDS):
        if k < 2 or (k - 1) in by_phrase_end:
            return None
        word = tv.text(k - 1)
        if not (word[:1].isupper() and word.isalpha()):
            return None
        k -= 1
        span = country_end_at.get(k)
        if span is not None:
            return span.kb_id_
        if acronyms and word in acronyms:
            return acronyms[word]
    return None


#: a body's initials defined in brackets after its name: "Republic of Singapore Navy (RSN)"
_DEFINED_INITIALS = re.compile(r"[ \t]\(([A-Z][A-Za-z]{1,7})\)")
#: the words of a body's name before its initials: capitalised words and the small words inside one
_RUN_JOIN = re.compile(r"[ \t](?:and|&)[ \t]")
_NAME_RUN = re.compile(r"(?:(?:[A-Z][\w'’.-]*|of|the|and|for|&)[ \t]+)*[A-Z][\w'’.-]*$")


def defined_initials_states(text: str, states: Sequence[tuple[int, int, str]]) -> dict[str, str]:
    """The initials a text defines for a body of one state, by the state named inside the body's
    name ("Republic of Singapore Navy (RSN)": RSN is Singapore's; "Sri Lanka Bureau of Foreign
    Employment (SLBFE)"); ``states``: the states found, ``(start, end, code)`` in text order.
    Initials defined for two states, or for a name that holds two, are left out."""
    out: dict[str, Optional[str]] = {}
    if not states:
        return {}
    starts = [s for s, _e, _c in states]
    for m in _DEFINED_INITIALS.finditer(text):
        run = _NAME_RUN.search(text, max(0, m.start() - 80), m.start())
        if run is None:
            continue
        inside = [(s, c) for s, e, c in states[bisect_left(starts, run.start()):bisect_left(starts, m.start())]
                  if e <= m.start()]
        # (two bodies listed: "the Royal Thai Navy and the Republic of Singapore Navy (RSN)", the last one's)
        joins = [j.end() for j in _RUN_JOIN.finditer(text, run.start(), m.start())]
        last = [(s, c) for s, c in inside if joins and s >= joins[-1]]
        codes = {c for _s, c in (last or inside)}
        code = codes.pop() if len(codes) == 1 else None
        key = m.group(1)
        out[key] = code if out.get(key, code) == code else None
    return {k: v for k, v in out.items() if v}


class AttributionComponent:
    def __init__(self, title_countries: dict[str, str], connectors: list[tuple[str, ...]],
                 copulas: set[str], places: dict[str, str], *,
                 dateline_chars: int = 1500, exclusive: Optional[set[str]] = None,
                 address_titles: Optional[set[str]] = None, header: Optional[dict] = None,
                 shared: Optional[set[str]] = None, ranks: Optional[set[str]] = None,
                 shared_users: Optional[dict[str, tuple[str, ...]]] = None,
                 capacity: Optional[list[tuple[str, ...]]] = None,
                 cities: Optional[dict[str, str]] = None, subdivisions: Optional[dict[str, str]] = None,
                 speech_openers: Sequence[str] = (), business_heads: Sequence[str] = (),
                 question_label: Optional[str] = None) -> None:
        # a question turn of a briefing's transcript ("Q:", "QUESTION (Name):")
        self.question_label = re.compile(question_label, re.M) if question_label else None
        # the offices a company has ("President", "Chairman", "CEO"): a person named with one office
        # only a company has ("CEO") and others a company may have ("President and CEO") is no official
        self.business_heads = frozenset(h.casefold() for h in business_heads)
        # "Remarks by H.E. X, President of ...": a headline opening a speech its speaker's state issues
        self.speech_opener = re.compile(
            r"^[ \t]*(?:" + "|".join(r"[ \t]+".join(map(re.escape, o.split()))
                                     for o in sorted(speech_openers, key=len, reverse=True))
            + r")[ \t]+by[ \t]", re.M) if speech_openers else None
        # "X, in her capacity as Chair of ...": the phrases, by their first word
        self.capacity: dict[str, list[tuple[str, ...]]] = {}
        for phrase in capacity or ():
            self.capacity.setdefault(phrase[0], []).append(phrase)
        self.shared = shared or set()
        self.shared_users = shared_users or {}
        self.ranks = ranks or set()
        self.exclusive = exclusive or set()
        self.address_titles = address_titles or set()
        self.title_countries = sorted(title_countries.items(), key=lambda kv: -len(kv[0]))
        # whether a title holds any of them (before looking for the first, longest first)
        self.title_country_rx = re.compile("|".join(re.escape(k) for k, _code in self.title_countries) or r"(?!)")
        self.connectors = sorted(connectors, key=len, reverse=True)
        self._connector_gaps = tuple(sorted({0} | {len(c) for c in self.connectors}))
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for c in self.connectors:
            self.by_first.setdefault(c[0], []).append(c)
            self.by_last.setdefault(c[-1], []).append(c)
        self.copulas = copulas
        self.names = load_lexicon()  # the forms of address only one state's officials are given
        # letters after a name ("Hon. Jane Roe (MP)"): in brackets after it, no short form of an office
        self.post_nominals = frozenset(with_dotted_letters(read_json(data_path("persons.json")).get("post_nominals", [])))
        self.places_folded = {p.casefold(): code for p, code in places.items()}
        self.dateline_chars = dateline_chars
        names = sorted(places, key=len, reverse=True)
        alternation = _alternation(names, re.IGNORECASE)
        # a place at the start of a line, followed by the dateline's punctuation ("KABUL:", "Tokyo,
        # May 3", "Seoul (Yonhap) --"), by a full stop and an agency's name ("ASTANA. Agency –") or by
        # a full stop and the story's first sentence ("Kampala. The Minister ...")
        self.dateline = LinePattern(
            r"^[ \t]*(?:(?-i:[A-Z]{2,6})-)?(" + alternation + r")\b(?:\.?[ \t]*(?:\[[^\]\n]*\])?[ \t]*[,:(—–-]"
            r"|[ \t]*[|·•][ \t]*(?=[A-Z][a-z]{2,8}\.?[ \t]+\d|\d{1,2}[ \t]+[A-Z][a-z]{2,8}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
            r"|\.[ \t]+[A-Z][\w'’&. ]{0,40}?[ \t]*[—–-]"
            r"|(?-i:\.[ \t]+(?=[A-Z][^\n.]{40}))"  # "Dar es Salaam. Türkiye's Minister of Trade ...", as East African papers date
            r"|[ \t]*(?:,[ \t]*[^,/\n]{1,30}[ \t]*)?/[ \t]*[A-Z][\w'’&. -]{0,40}/)", re.IGNORECASE
        )  # or an agency between slashes: "Ulaanbaatar /MONTSAME/", "Astana, 3 June 2025 /Kazinform/ -";
        # the agency's initials may stand before the place, joined by a hyphen ("APA-Dakar (Senegal) -")
        # a city of the larger gazetteer opens a dateline only with a date right after it ("Bergen, 3
        # September 2026", "SIBU, Aug 3 (Bernama) -"): a line that merely begins with such a word
        # ("Metro - ...", "Sale: 50% off") is no dateline
        self.cities_folded = {p.casefold(): code for p, code in (cities or {}).items()
                              if p.casefold() not in self.places_folded}
        # the first-level subdivisions of states: "Catamarca's governor" is Argentina's
        self.subdivisions_folded = {p.casefold(): code for p, code in (subdivisions or {}).items()}
        month = MONTH_WORD
        self.city_dateline = LinePattern(
            r"^[ \t]*([^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,3}?)[ \t]*[,:(—–-][ \t]*"
            r"(?:\([^()\n]{1,40}\)[ \t]*[,—–-]?[ \t]*)?(?:[A-Z][a-z]+day,?[ \t]+)?"
            r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+" + month + r"|" + month + r"[ \t]+\d{1,2}\b"
            r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})", re.IGNORECASE
        ) if self.cities_folded else None
        # or before a colon that opens the story's first sentence ("CHANTHABURI: Thailand and Cambodia
        # agreed ...", which the layout view writes "Chanthaburi:")
        self.colon_city_dateline = LinePattern(
            r"^[ \t]*([A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,3})[ \t]*:[ \t]+(?=[A-Z][^\n]{40})"
        ) if self.cities_folded else None
        # a date first and the place after it, the line holding nothing else ("15 September 2026, Baku",
        # "March 3, 2026 | Astana -"), as ministries of the former Soviet states and some embassies date
        self.date_first_dateline = LinePattern(
            r"^[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+" + month + r",?[ \t]+\d{4}|" + month
            + r"[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})[ \t]*[,|—–-][ \t]*(" + alternation
            + r")[ \t]*(?:[.,:—–-][ \t]*)?$", re.IGNORECASE
        )
        # the place ending its line (after the issuing office and a comma, or alone) and the date alone on
        # the next ("STATE HOUSE, NAIROBI" over "Tuesday, March 26, 2024"; "Ministry of Foreign Affairs,
        # Accra" over "12 May 2024"), as presidencies and some ministries head their releases
        self.place_over_date = LinePattern(
            r"^[ \t]*(?:[^\n,]{2,60},[ \t]*)?(" + alternation + r")[ \t]*\n[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?"
            r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+" + month + r",?[ \t]+\d{4}|" + month
            + r"[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})[ \t]*$", re.IGNORECASE
        )
        # "BISHKEK" alone on its line, between blank lines, right above the story's first paragraph
        # (the wire layout that sets the dateline apart); a label above a headline is no such place
        self.bare_dateline = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*([^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2})"
                                        r"[ \t]*(?=\n[ \t]*\n)")
        header = header or {}
        self.desk_words = set(header.get("desk_words", []))
        # the words of a state's formal name in its own language ("República de Colombia")
        self.formal_name_words = frozenset(w.casefold() for w in header.get("formal_name_words", []))
        self.agencies = dict(header.get("agencies", {}))
        # "Havana, April 15 (VNA) -" or "Tokyo, August 26, 2025, SPA --": the agency in brackets, or
        # after a comma and before the dash that opens the story
        wires = sorted(header.get("wire_agencies", []), key=len, reverse=True)
        self.wire = re.compile(r"(?:\(|,[ \t]*)(?:" + "|".join(map(re.escape, wires)) + r")(?:\)|[ \t]*[—–-])"
                               if wires else r"(?!)")
        # "New York, 24 September - The Minister ... met X on the sidelines of the General Assembly": a venue
        venues = sorted(header.get("venue_phrases", []), key=len, reverse=True)
        self.venue = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, venues)) + r")(?![\w-])"
                                if venues else r"(?!)", re.IGNORECASE)
        self.agency = re.compile(r"(?:\(|,[ \t]*|/[ \t]*)(" + _alternation(sorted(self.agencies, key=len, reverse=True))
                                 + r")(?:\)|[ \t]*[—–-]|[ \t]*/)" if self.agencies else r"(?!)")
        # marks of one state in a header, each a pattern around a form (group 1) and the forms' states:
        # "Last Updated: July 8, 2025, 19:40 IST", a time in the zone of one state only; "1. Helen
        # Ashworth (Bristol North West) (Lab)", a member of a legislature tagged by a party only one
        # state has, at the end of the line that names them
        self.header_marks: list[tuple[re.Pattern, dict[str, str]]] = []
        for key, (before, after, flags) in (
                ("time_zones", (r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*\(?(", r")\b", 0)),
                ("party_tags", (r"\((", r")\)[ \t]*$", re.M))):
            forms = dict(header.get(key, {}))
            if forms:
                self.header_marks.append(
                    (re.compile(before + _alternation(sorted(forms, key=len, reverse=True)) + after, flags), forms))
        # "4. Jane Roe (Labour—Hutt South) to the Minister ...", "Senator X asked the Minister ..., upon
        # notice": forms the papers of one state's legislature alone use
        self.legislature_forms = [(re.compile(p), code) for p, code in header.get("legislature_forms", {}).items()]
        # "gov.br | Órgãos do Governo": a government's web domain, its state by the country code after it
        labels = header.get("government_domain_labels", [])
        self.government_domain = re.compile(r"(?<![\w-])(?:[a-z0-9-]+\.)*(?:" + "|".join(map(re.escape, labels))
                                            + r")\.([a-z]{2})(?![\w-]|\.[a-z])") if labels else None
        visit = "|".join(re.escape(w) for w in header.get("visit_words", []))
        self.visit = re.compile(r"(?:" + visit + r")\b" if visit else r"(?!)")
        # "I will visit the Republic of India": the speaker's destination, never the release's home
        own = sorted(header.get("own_visit_phrases", []), key=len, reverse=True)
        self.own_visit = Located.of(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in own) + r")[ \t]+(?:the[ \t]+)?"
                                    if own else r"(?!)")
        # "Prime Minister to lead delegation to Viet Nam and Singapore": the states after it
        travel = sorted(header.get("travel_phrases", []), key=len, reverse=True)
        # (a possessive phrase, "the President's Travel to China", opens at its apostrophe)
        self.travel = Located.of(r"(?:(?<![\w-])|(?=['’]))(?:" + "|".join(re.escape(w) for w in travel) + r")[ \t]+(?:the[ \t]+)?"
                                 if travel else r"(?!)")
        # "The Prime Minister arrived in Tokyo": the place after it
        arrival = sorted(header.get("arrival_phrases", []), key=len, reverse=True)
        self.arrival = Located.of(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in arrival) + r")[ \t]+(?:the[ \t]+)?"
                                  r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})" if arrival else r"(?!)")
        # (as listed, and in capitals: "PRIME MINISTER'S OFFICE OF MALAYSIA" heads a release)
        # (and its capitalised words in capitals, the small ones not: "U.S. DEPARTMENT of STATE")
        body_words = sorted({f for w in header.get("issuing_body_words", [])
                             for f in (w, w.upper(), " ".join(x.upper() if x[:1].isupper() else x for x in w.split()))},
                            key=len, reverse=True)
        self.issuing_body = Located.of(r"(?<![\w-])(?:" + _alternation(body_words) + r")(?![\w-])"
                                       if body_words else r"(?!)")
        # "Prime Minister of Canada", "President of the Republic of Kazakhstan" alone on the first
        # line: a leader's own site, the home state wherever the dateline puts the leader
        sites = sorted(header.get("site_offices", []), key=len, reverse=True)
        self.site_office = re.compile(r"(?i:the[ \t]+)?(?:" + "|".join(re.escape(w) for w in sites)
                                      + r")[ \t]+of[ \t]+(?:the[ \t]+)?" if sites else r"(?!)")
        self.max_header_line = 120
        self.body_line_words = max(2, int(header.get("body_line_words", 20)))
        openers = "|".join(re.escape(w) for w in header.get("byline_openers", ["By"]))
        # "By Our Correspondent | Windhoek | 27 July 2019": a place between the pipes of a byline, or
        # after the writer's name and a comma ("By A. Reporter, Abuja | September 10, 2026");
        # "Published 05/06/2024 - 17:48 By A. Reporter, Agency - Brasília": a place closing it after a
        # dash (at the line's end, or before the next line the layout view joined: "... - Brasília Updated ...")
        self.byline_place = LinePattern(
            r"^[ \t]*(?:[^\n|]{0,40}?[ \t])?(?:" + openers + r")\b[^\n|]{0,80}?(?:\|[ \t]*(" + alternation
            + r")[ \t]*(?:\||$)|[ \t][—–-][ \t]*(" + alternation + r")(?:[ \t]*$|[ \t]+(?-i:(?=[A-Z])))"
            + r"|,[ \t]*(" + alternation + r")[ \t]*(?:\||[—–-][ \t]|$))",
            re.IGNORECASE
        )

    def header_end(self, text: str) -> int:
        """Where the release's header (site menus, issuing body, headline, dateline) ends: the
        first line of ``body_line_words`` words or more, within ``dateline_chars``."""
        head = text[: self.dateline_chars]
        pos = 0
        words = self.body_line_words
        shortest = 2 * words - 1  # (a shorter line cannot hold that many words)
        for line in head.split("\n"):
            if len(line) >= shortest and len(line.split()) >= words:
                return pos
            pos += len(line) + 1
        return len(head)

    def header_state(self, doc: Doc, text: str, end: Optional[int] = None) -> Optional[str]:
        """The state of the issuing body named in the header ("Ministry of Foreign Affairs of the
        People's Republic of China", "Government of Mexico", "Saudi Press Agency"). ``end``: the
        header's end (:meth:`header_end`), when known."""
        end = self.header_end(text) if end is None else end
        spans = [s for s in spans_of(doc, keys.COUNTRIES) if s.start_char < end]
        # an international body's own office ("ASEAN Secretariat", "AU Commission"): no state's body
        intl = [org for org in spans_of(doc, keys.ORGANIZATIONS)
                if org.start_char < end and not org.id_ and names_international_body(org.text)]
        intl_ends = {org.end_char for org in intl}
        for m in self.issuing_body.finditer(text, 0, end):
            if m.start() - 1 in intl_ends and text[m.start() - 1] == " ":
                continue
            if any(org.start_char < m.start() < org.end_char for org in intl):
                continue  # (the body's word inside the international body's own name: "ASEAN Secretariat")
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if line_end - line_start > self.max_header_line:
                continue
            near = [s for s in spans if line_start <= s.start_char and s.end_char <= line_end]
            if len(near) > 1 and "|" in text[line_start:line_end]:
                # "Embajada de la República Argentina en Australia | Embassy of the Argentine Republic
                # in Australia": the cell of the body's name, when it names a state
                a = text.rfind("|", line_start, m.start()) + 1 or line_start
                b = text.find("|", m.end(), line_end)
                cell = [s for s in near if a <= s.start_char and s.end_char <= (line_end if b < 0 else b)]
                near = cell or near
            if near:  # the state nearest the body's name on its line
                return min(near, key=lambda s: abs(s.start_char - m.start())).kb_id_
            # the state alone on the next line ("MINISTRY OF FOREIGN AFFAIRS" / "SINGAPORE") or on
            # the line before, as a site's banner ("Socialist Republic of Viet Nam" / "Government Portal")
            next_end = text.find("\n", line_end + 1)
            next_end = len(text) if next_end < 0 else next_end
            prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else line_start
            for a, b in ((line_end + 1, next_end), (prev_start, line_start - 1)):
                alone = [s for s in spans if a <= s.start_char and s.end_char <= b]
                # (written as the state's formal name in its own language too: "República de Colombia")
                if len(alone) == 1 and all(w.casefold() in self.formal_name_words for w in _THE.sub("", text[a:b]).strip(
                        " \t.,:").replace(alone[0].text, "", 1).replace("'", " ").split()):
                    return alone[0].kb_id_
            # the city the body sits in alone on the next line, or closing its address there
            # ("MINISTRY OF FOREIGN AFFAIRS" / "ISLAMABAD", "Ministry of Foreign Affairs" / "Singha Durbar, Kathmandu")
            seat = text[line_end + 1:next_end].strip(" \t.,:").rpartition(",")[2].strip()
            if seat and len(seat) <= 30 and not any(line_end < s.start_char < next_end for s in spans):
                code = self.places_folded.get(seat.casefold())
                if code:
                    return code
            # a body of a state's province or state named on its line ("Hyogo Prefectural Government",
            # "Government of Maharashtra"): that state's
            code = self._subdivision_on_line(text, line_start, line_end, m)
            if code:
                return code
        if not spans:
            return None
        # a state's formal name alone on the first line, as a government's papers open
        # ("COMMONWEALTH OF AUSTRALIA", "Republic of the Philippines")
        first = spans[0]
        a = len(text) - len(text.lstrip())
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        line = text[a:b].strip()
        if first.start_char == a and first.end_char - a == len(line) and " of " in line.lower():
            return first.kb_id_
        if first.end_char - a == len(line) and self.site_office.fullmatch(text, a, first.start_char):
            return first.kb_id_  # "Prime Minister of Canada": a leader's site
        return None

    def _subdivision_on_line(self, text: str, start: int, end: int, body: re.Match) -> Optional[str]:
        """The state of a first-level subdivision (subdivisions.tsv) that a short header line opens
        with right before its body's word ("Hyogo Prefectural Government") or names right after
        the body's word and "of" ("Government of Maharashtra"), else None."""
        if end - start > 60:
            return None
        after = _OF_PLACE.match(text, body.end(), end)
        for at, stop in ((start, body.start()), (after.end() if after else -1, end)):
            if at < 0:
                continue
            words = text[at:stop].split()
            for k in range(min(len(words), 3), 0, -1):
                if stop == body.start() and len(words) - k > 1:
                    break  # (the body's word right after the place and one word at most: not "WASHINGTON
                    # (State Department, March 3)", a dateline)
                code = self.subdivisions_folded.get(" ".join(words[:k]).strip(" ,.").casefold())
                if code and (stop != body.start() or _PLAIN_WORDS.fullmatch(" ".join(words[k:])) is not None):
                    return code
        return None

    def header_body(self, doc: Doc, text: str, end: Optional[int] = None) -> Optional[str]:
        """The state of a national body the header names on a line of its own ("THE WHITE HOUSE",
        "Ministry of External Affairs | Page 1 of 3", or opening a short line of its own), when only
        one state has a body of that name; of a name several states give a body, the one of them the
        release names ("Department of Foreign Affairs and Trade" over a release naming Ireland, not
        Australia), or the lexicon's state when it names none of them."""
        end = self.header_end(text) if end is None else end
        named = None
        for org in spans_of(doc, keys.ORGANIZATIONS):
            if org.start_char >= max(end, self.dateline_chars):
                break
            if not org.id_:
                continue
            code = org.id_
            form = org.text if org.text in self.shared else org.kb_id_ if org.kb_id_ in self.shared else None
            if form is not None:  # a body of several states: the one of them the release names
                users = self.shared_users.get(form)
                if not users:
                    continue
                named = country_counts(doc) if named is None else named
                present = [c for c in users if named.get(c)]
                if len(present) > 1:
                    continue
                code = present[0] if present else code
            line_start = text.rfind("\n", 0, org.start_char) + 1
            line_end = text.find("\n", org.end_char)
            line = text[line_start: len(text) if line_end < 0 else line_end]
            # (a label of the issuer: "From: Foreign, Commonwealth & Development Office", read below
            # a page's title and summary too)
            label = _ISSUER_LABEL.match(text, line_start, org.start_char)
            if org.start_char >= end and label is None:
                continue
            opens = not text[label.end() if label else line_start:org.start_char].strip()
            words = len(line.split())
            # alone on its line, or opening a short line that lists who issued the release
            # ("Foreign, Commonwealth & Development Office and The Rt Hon Jane Roe MP")
            if words <= 8 or words <= (20 if label else 16) and opens:
                return code
        return None

    def dateline_state(self, text: str, doc: Optional[Doc] = None) -> Optional[str]:
        """The state of the dateline's place: "NEW DELHI, March 3", "KABUL:", "ASTANA. Agency –",
        "By Our Correspondent | Windhoek | 27 July 2019"; a desk header ("SEOUL-DELHI DESK") is none;
        with ``doc``, an international wire's dateline whose state the story names nowhere after it
        ("VIENNA, June 3 (Reuters) -") is none (:meth:`wire_venue`)."""
        return self._dateline(text, doc)[0]

    def wire_venue(self, text: str, doc: Doc) -> Optional[str]:
        """The state of an international wire's dateline the story names nowhere after it ("VIENNA,
        June 3 (Reuters) - Iranian Foreign Minister X met ..."): where the reporter was, not a side."""
        return self._dateline(text, doc)[1]

    def _dateline(self, text: str, doc: Optional[Doc] = None,
                  upto: Optional[int] = None) -> tuple[Optional[str], Optional[str]]:
        """(the dateline's state, the wire venue's state): see :meth:`dateline_state`; ``upto``
        ends the search earlier than ``dateline_chars``."""
        head = text[: self.dateline_chars if upto is None else min(upto, self.dateline_chars)]
        for m in self.dateline.finditer(head):
            line = self._line_at(head, m).split()
            if line and line[-1].strip(".:") in self.desk_words:
                continue
            found = self._read_dateline(m, self.places_folded.get(m.group(1).casefold()), head, text, doc)
            if found is not None:
                return found
        for m in self.date_first_dateline.finditer(head):
            found = self._read_dateline(m, self.places_folded.get(m.group(1).casefold()), head, text, doc)
            if found is not None:
                return found
        for m in self.place_over_date.finditer(head):
            found = self._read_dateline(m, self.places_folded.get(m.group(1).casefold()), head, text, doc)
            if found is not None:
                return found
        for m in self.bare_dateline.finditer(head):
            code = self.places_folded.get(m.group(1).casefold()) or self.cities_folded.get(m.group(1).casefold())
            if code is not None and self._opens_body(head, m.end()):
                return self._read_dateline(m, code, head, text, doc) or (None, None)
        for rx in (self.city_dateline, self.colon_city_dateline):
            for m in rx.finditer(head) if rx is not None else ():
                code = self.cities_folded.get(m.group(1).casefold())
                if code is not None:
                    return self._read_dateline(m, code, head, text, doc) or (None, None)
        m = self.byline_place.search(head)
        if m:
            return self.places_folded.get((m.group(1) or m.group(2) or m.group(3)).casefold()), None
        return None, None

    def story_homes(self, doc: Doc, text: str) -> tuple[tuple[int, str], ...]:
        """Where the later stories of a page open with a dateline of their own, and that dateline's
        state: ``(start, code)`` for each paragraph that opens with a place, a date or an agency and
        its punctuation ("RIYADH, Oct 21 (SPA): ...") after the first story's dateline."""
        if "\n\n" not in text:
            return ()
        out: list[tuple[int, str]] = []
        first_end = None
        for m in self.dateline.finditer(text):
            if first_end is None:
                if m.start() >= self.dateline_chars:
                    return ()  # no dateline opens the first story
                first_end = m.end()
                continue
            if m.start() < 2 or text[m.start() - 2:m.start()] != "\n\n":
                continue  # a later story opens a paragraph
            line = self._line_at(text, m)
            if not (self.agency.search(line[:120]) or self.wire.search(line[:120]) or _DATE_AFTER_PLACE.match(line, m.end() - m.start())):
                continue  # a dateline of its own carries its date or agency ("Beijing: the ministry said" does not)
            found = self._read_dateline(m, self.places_folded.get(m.group(1).casefold()), text, text, doc)
            if found and found[0]:
                out.append((m.start(), found[0]))
        return tuple(out)

    def _opens_body(self, head: str, pos: int) -> bool:
        """Whether the next line holding text after ``pos`` (a line's end) is a line of the body (at
        least ``body_line_words`` words)."""
        for line in head[pos:].split("\n")[1:4]:
            if line.strip():
                return len(line.split()) >= self.body_line_words
        return False

    @staticmethod
    def _line_at(head: str, m: re.Match) -> str:
        """The line of the header from the dateline's match ``m`` on."""
        line_end = head.find("\n", m.end())
        return head[m.start(): line_end if line_end >= 0 else len(head)]

    def _read_dateline(self, m: re.Match, code: Optional[str], head: str, text: str,
                       doc: Optional[Doc]) -> Optional[tuple[Optional[str], Optional[str]]]:
        """What the dateline ``m`` (its place's state ``code``) says: (home, wire venue), or ``None``
        when it says nothing."""
        line_text = self._line_at(head, m)
        agency = self.agency.search(line_text[:120])  # "Havana, April 15 (VNA) -": the agency's state
        if agency:
            own = self.agencies[agency.group(1)]
            if code and code != own and doc is not None and self._story_of_the_place(doc, text, m.start() + agency.end(), code, own):
                return code, None
            return own, None
        if not code:
            return None
        wire = self.wire.search(line_text[:120]) if doc is not None else None
        if wire:
            # "VIENNA, June 3 (Reuters) -": where the reporter was; a side only when the story names it
            after = m.start() + wire.end()
            if not any(s.kb_id_ == code and s.start_char >= after for s in spans_of(doc, keys.COUNTRIES)):
                return None, code
        if doc is not None and self._venue_dateline(text, doc, code, m.end()):
            return None, code
        return code, None

    @staticmethod
    def _story_of_the_place(doc: Doc, text: str, after: int, code: str, own: str) -> bool:
        """Whether a story whose dateline (ending at ``after``) carries a foreign agency (of ``own``) is
        about the dateline's state ``code``: the story's opening paragraph names ``own`` nowhere, and
        its first sentence names ``code`` before anyone ("Mexico City, Mar 5 (Prensa Latina) Mexican
        Foreign Minister X ...", "Nairobi, Feb 3 (Xinhua) -- Kenya and Somalia agreed ..."; a later
        paragraph may name the agency's state as a third party: "Kazakhstan's ambassador attended as
        an observer"). An agency's own officials abroad go unmarked ("Tokyo, August 26, 2025, SPA --
        Minister of Investment X met ..."): theirs."""
        stop = text.find(". ", after)
        line_end = text.find("\n", after)
        stop = min(x for x in (stop, line_end, len(text)) if x >= 0)
        para_end = text.find("\n\n", after)
        para_end = len(text) if para_end < 0 else para_end
        first = None
        for s in spans_of(doc, keys.COUNTRIES):
            if s.start_char >= para_end:
                break
            if s.start_char >= after:
                if s.kb_id_ == own:
                    return False
                if first is None and s.start_char < stop:
                    first = s
        if first is None or first.kb_id_ != code:
            return False
        return not any(after <= p.start_char < first.start_char for p in spans_of(doc, keys.PERSONS))

    def _venue_dateline(self, text: str, doc: Doc, code: str, end: int) -> bool:
        """Whether a dateline (its place's state ``code``, ending at ``end``) is only where a meeting
        of other states was held: its paragraph says so ("on the sidelines of the General Assembly",
        ``venue_phrases``), or the headline above it does ("Minister holds bilateral meetings on the
        sidelines of the OAS General Assembly" / "Panama City, 24 June - On the second day of ..."),
        and the text names ``code`` nowhere after the dateline."""
        para_end = text.find("\n\n", end)
        para_end = len(text) if para_end < 0 else para_end
        if not self.venue.search(text, 0 if end <= self.dateline_chars else end, para_end):
            return False
        masthead = self.masthead_place(text)
        if masthead is not None and masthead != code:
            return True  # a paper of another state's capital ("THE SEOUL OBSERVER") reporting from the summit
        return not any(s.kb_id_ == code and s.start_char >= end for s in spans_of(doc, keys.COUNTRIES))

    def visit_title(self, doc: Doc, text: str, end: Optional[int] = None) -> tuple[Optional[str], Optional[str]]:
        """(host, destination) read from a header line about a visit: "State Visit of the President of
        the United Mexican States to India" names its visitor's state, so the host (India) issued it;
        "Visit of Secretary (West) to Uzbekistan" does not, so Uzbekistan is the destination, not the
        release's home."""
        end = self.header_end(text) if end is None else end
        spans = None
        for m in self.visit.finditer(text, 0, min(len(text), end + 400)):
            to_by = text.startswith((" to ", " to the "), m.end())
            if not (text.startswith(" of ", m.end()) or to_by):
                continue  # "Visit of <visitor> to <State>", "Visit to <State> by <visitor>" only
            if spans is None:
                spans = [s for s in spans_of(doc, keys.COUNTRIES) if s.start_char < end + 400]
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if line_end - line_start > 220:
                continue
            if to_by:  # "Visit to the Philippines by Foreign Minister X": the state right after "to"
                by = text.find(" by ", m.end(), line_end)
                dest = next((s for s in spans if m.end() < s.start_char <= m.end() + 8), None)
                if by < 0 or dest is None or dest.end_char > by:
                    continue
                visitor = [s for s in spans if by < s.start_char < line_end and s.kb_id_ != dest.kb_id_]
                return (dest.kb_id_ if visitor else None), dest.kb_id_
            dest = next((s for s in spans if m.end() <= s.start_char < line_end
                         and text[max(m.end(), s.start_char - 8):s.start_char].rstrip().endswith((" to", " to the"))
                         or m.end() <= s.start_char < line_end and text[s.start_char - 7:s.start_char] == "to the "), None)
            if dest is None:
                continue
            visitor = [s for s in spans if m.end() <= s.start_char < dest.start_char and s.kb_id_ != dest.kb_id_]
            return (dest.kb_id_ if visitor else None), dest.kb_id_
        return None, None

    def header_home(self, doc: Doc, text: str) -> Optional[str]:
        """The home state the header names: its issuing body, the host of a visit its title
        announces, its dateline's place (or agency), a national body alone on a header line, the one
        state of the time zone its times are given in, or of the party tags of its legislature's
        members; a visit's destination whose visitor goes unnamed is never the home."""
        return self._header_home(doc, text, self.header_end(text))[0]

    def _header_home(self, doc: Doc, text: str, end: int) -> tuple[Optional[str], Optional[tuple]]:
        """:meth:`header_home` over the header ending at ``end``, and the ``(host, destination)`` of
        the visit the header announces when it was read (``None`` when not); a dateline whose state
        the opening calls the destination of the subject's own trip gives no home."""
        code = self.header_state(doc, text, end)
        if code:
            return code, None
        visit = self.visit_title(doc, text, end)
        host, dest = visit
        if host:
            return host, visit
        code = self.dateline_state(text, doc)
        if code and code != dest and self._own_trip_to(doc, text, code):
            return None, (None, code)  # "Jakarta - As part of his working trip to Indonesia": the visitor's release
        if code and self._dateline(text, doc, upto=end + _FIRST_LINE_DATELINE)[0] is None:
            # the only dateline is deep in the body (a date and a place heading an item of a
            # parliamentary answer: "8 July 2025 – Suva"): the issuing body the header names comes first
            code = self.header_body(doc, text, end) or code
        code = code or self.header_body(doc, text, end) or self.marked_state(text) or self.masthead_place(text)
        return (code if code != dest else None), visit

    def speaker_state(self, doc: Doc, text: str) -> Optional[str]:
        """The state of the speaker a speech's headline introduces, when the text states it ("Remarks
        by H.E. X, President of the Republic of Indonesia, at the State Banquet ...", "Opening Statement
        by X, Minister of Energy of the Russian Federation, at ..."): the speaker's government issues
        the speech, wherever it was given. Read from the first person named after the opener, in the
        headline (the block above the first blank line; below a site's menus, the heading line
        that opens the speech), whose state the text gives."""
        if self.speech_opener is None:
            return None
        end = headline_end(text)
        m = self.speech_opener.search(text, 0, end) if end else None
        if m is None:
            prose = heading_lines_end(text)  # (the line that opens the speech may be long: "Toast by ...")
            line_end = text.find("\n", prose) if prose else -1
            m = self.speech_opener.search(text, 0, line_end) if line_end > 0 else None
            if m is None:
                return None
            end = line_end
        for person in spans_of(doc, keys.PERSONS):
            if person.start_char < m.end():
                continue
            if person.start_char >= end:
                return None
            att = span_value(person, "de_attribution")
            return att.country if att is not None and att.country_source == "title" else None
        return None

    def briefing_state(self, doc: Doc, text: str) -> Optional[str]:
        """The state of a briefing's spokesperson, when the text is a briefing's transcript (two
        question turns or more) and gives the state of the first spokesperson it names by the
        office ("Dr X, Spokesperson, Federal Foreign Office"): the spokesperson's government
        holds the briefing, whatever states the questions are about."""
        rx = self.question_label
        if rx is None or len(list(islice(rx.finditer(text), 2))) < 2:
            return None
        for person in spans_of(doc, keys.PERSONS):
            att = span_value(person, "de_attribution")
            if att is not None and att.country and att.country_source == "title" \
                    and any(role_of(t) == "spokesperson" for t in att.titles):
                return att.country
        return None

    def masthead_place(self, text: str) -> Optional[str]:
        """The state of the city a newspaper's masthead, alone on the first line, is named after
        ("Dhaka Sentinel", "The Kathmandu Post", "JAKARTA GLOBE"): a paper's home."""
        start = _LEADING_SPACE.match(text).end()
        line_end = text.find("\n", start)
        line = text[start:line_end if line_end >= 0 else len(text)]
        # (or the first cell of a line of site menus: "THE SEOUL OBSERVER  |  National  |  Diplomacy")
        m = _MASTHEAD.fullmatch(line.split("|", 1)[0].strip())
        if m is None:
            return None
        words = m.group(1).split()
        for k in range(len(words) - 1, 0, -1):  # the longest place the line opens with
            code = self.places_folded.get(" ".join(words[:k]).casefold())
            if code:
                return code
        # a paper named after its state's people before a paper's word ("PHILIPPINE DAILY TRIBUNE",
        # "The Kenyan Standard")
        if len(words) >= 2 and words[-1].casefold() in _PAPER_WORDS:
            for k in (2, 1):
                if k < len(words):
                    code = lookup_country(" ".join(words[:k]))
                    if code:
                        return code
        return None

    def _own_trip_to(self, doc: Doc, text: str, code: str) -> bool:
        """Whether the release's opening, after its dateline, calls the dateline's state the
        destination of the subject's own travel ("Jakarta, 26 September - As part of his working
        trip to Indonesia, ...", "During her official visit to Kenya, ..."): the dateline is where
        the visitor was, not the release's home."""
        limit = self.dateline_chars + 200
        for s in spans_of(doc, keys.COUNTRIES):
            if s.start_char >= limit:
                break
            if s.kb_id_ == code and _OWN_TRIP.search(text, max(0, s.start_char - 60), s.start_char):
                return True
        return False

    def marked_state(self, text: str) -> Optional[str]:
        """The state a mark in the header names when only one state has it: the time zone its times
        are given in ("Last Updated: July 8, 2025, 19:40 IST"), the party tags of its legislature's
        members ("Helen Ashworth (Bristol North West) (Lab)"), a form only its legislature's papers
        use ("Senator X asked the Minister for Y, upon notice"), a government's web domain ("gov.br",
        "mofa.go.jp"); in that order."""
        for pattern, forms in self.header_marks:
            m = pattern.search(text, 0, self.dateline_chars)
            if m:
                return forms[m.group(1)]
        for pattern, code in self.legislature_forms:
            if pattern.search(text, 0, self.dateline_chars):
                return code
        m = self.government_domain.search(text, 0, self.dateline_chars) if self.government_domain is not None else None
        return _country_code_state(m.group(1)) if m else None

    def not_home(self, doc: Doc, text: str) -> Optional[str]:
        """The destination of a visit whose visitor goes unnamed ("Briefing on the visit of Prime
        Minister to Japan"): never the release's home."""
        host, dest = self.visit_title(doc, text)
        return None if host else dest

    def own_destination(self, doc: Doc, text: str) -> Optional[str]:
        """The state a speaker says they will visit ("I will visit the Republic of India"), first
        named: the speaker's destination, never the release's home."""
        starts = {s.start_char: s.kb_id_ for s in spans_of(doc, keys.COUNTRIES)}
        for m in self.own_visit.finditer(text):
            if m.end() in starts:
                return starts[m.end()]
        return None

    def travel_destinations(self, doc: Doc, text: str, end: Optional[int] = None) -> set[str]:
        """The states an unnamed traveller goes to, listed after a travel phrase in the header or
        just after it ("Prime Minister to lead delegation to Viet Nam and Singapore", "Minister X
        will travel to Kenya, Uganda and Rwanda"): never the release's home. A line naming a state
        before the phrase names the traveller's ("Indian Prime Minister to visit Japan"): none."""
        end = self.header_end(text) if end is None else end
        out: set[str] = set()
        spans = None
        for m in self.travel.finditer(text, 0, min(len(text), end + 400)):
            if spans is None:
                spans = _states(doc)
                starts = [s for s, _e, _c in spans]
            if self._traveller_named(text, starts, m.start()):
                continue
            i = bisect_left(starts, m.end())
            last = m.end()
            while i < len(spans) and _LISTED.fullmatch(text, last, spans[i][0]):
                out.add(spans[i][2])
                last = spans[i][1]
                i += 1
        for m in self.arrival.finditer(text, 0, min(len(text), end + 400)):
            if spans is None:
                spans = _states(doc)
                starts = [s for s, _e, _c in spans]
            if self._traveller_named(text, starts, m.start()):
                continue
            i = bisect_left(starts, m.start(1))
            if i < len(starts) and starts[i] == m.start(1):
                out.add(spans[i][2])  # "arrived in Japan"
                continue
            words = m.group(1).split()
            # the longest run of the words that is a place ("Kuala Lumpur", "Tokyo")
            code = next((c for k in range(len(words), 0, -1) for c in [self.places_folded.get(" ".join(words[:k]).casefold())
                         or self.cities_folded.get(" ".join(words[:k]).casefold())] if c), None)
            if code:
                out.add(code)
        return out

    def _traveller_named(self, text: str, starts: list[int], at: int) -> bool:
        """Whether the line of a travel phrase at ``at`` names a state before it (the traveller's:
        "Indian Prime Minister to visit Japan"), other than the issuing body's it opens with."""
        line_start = text.rfind("\n", 0, at) + 1
        i = bisect_left(starts, line_start)
        return i < len(starts) and starts[i] < at and not (
            self._issuers_state(text, line_start, starts[i]) and (i + 1 == len(starts) or starts[i + 1] > at))

    def _issuers_state(self, text: str, line_start: int, state: int) -> bool:
        """Whether the state at ``state`` closes the name of the issuing body its line opens with
        ("Ministry of Foreign Affairs of Bangladesh Prime Minister's visit to Japan", a header's
        lines joined): the issuer's, not a traveller's."""
        body = self.issuing_body.search(text, line_start, state)
        return body is not None and not text[line_start:body.start()].strip() \
            and _BODY_NAME_TAIL.fullmatch(text, body.end(), state) is not None

    def headline_guests(self, doc: Doc, text: str, end: Optional[int] = None) -> set[str]:
        """The states a header line names only after a meeting word, as the side met ("Prime Minister
        Luxon speaks with Prime Minister of Viet Nam", "Minister meets Indonesian counterpart"): the
        other side, never the release's home. A line naming a state before the word ("India, Japan
        hold talks") gives none."""
        end = self.header_end(text) if end is None else end
        out: set[str] = set()
        spans = None
        for m in _HEADLINE_MEETING.finditer(text, 0, end):
            if spans is None:
                spans = _states(doc)
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if line_end - line_start > 220:
                continue
            on_line = [(s, e, c) for s, e, c in spans if line_start <= s < line_end]
            if self._place_named(text[line_start:m.start()]):
                continue  # "Baku hosts trilateral meeting of ...": the place before the word is the host's
            if on_line and all(s >= m.end() for s, _e, c in on_line):
                # (not the two sides a dialogue's name joins: "to host X for the South Africa–United
                # States Strategic Dialogue")
                joined = {k for k in range(len(on_line) - 1)
                          if _STATES_JOINED.fullmatch(text, on_line[k][1], on_line[k + 1][0])}
                joined |= {k + 1 for k in joined}
                out.update(c for k, (_s, _e, c) in enumerate(on_line) if k not in joined)
        return out

    def opening_host(self, doc: Doc, text: str, end: Optional[int] = None) -> Optional[str]:
        """The state that opens the release's first paragraph as the host of the meeting it reports
        ("Norway hosted a meeting of the Troika on Sudan in Oslo on 20 January", "Kenya will host
        ..."): the issuer's own state, however often the release names the states it is about."""
        end = self.header_end(text) if end is None else end
        for s in spans_of(doc, keys.COUNTRIES):
            if s.start_char < end:
                continue
            para = text.rfind("\n", 0, s.start_char) + 1
            if text[para:s.start_char].strip() or not _HOSTED.match(text, s.end_char):
                return None
            return s.kb_id_
        return None

    def headline_giver(self, doc: Doc, text: str) -> Optional[str]:
        """The state that opens a heading line as the giver of support to another state the line
        names after it ("New Zealand steps up support to Vanuatu after Cyclone", "India extends
        humanitarian assistance to Myanmar"): the issuer's own, however often the release names
        the state it helps."""
        limit = heading_lines_end(text) or headline_end(text)
        spans = [(s.start_char, s.end_char, s.kb_id_) for s in spans_of(doc, keys.COUNTRIES) if s.start_char < limit]
        for k, (start, end, code) in enumerate(spans):
            line = text.rfind("\n", 0, start) + 1
            if text[line:start].strip(" \t") not in ("", "The", "THE"):
                continue
            m = _GIVES.match(text, end)
            if m is None:
                continue
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if any(m.end() <= s < line_end and c != code for s, _e, c in spans[k + 1:]):
                return code
        return None

    def _place_named(self, words: str) -> bool:
        """Whether ``words`` (a headline's words before a meeting word) hold a dateline place's name
        ("Baku", "Panama City")."""
        return bool(places_named(_CAPITALISED.findall(words), self.places_folded, fold=True))

    def home_country(self, doc: Doc, text: str, stated: set[str],
                     header_home: Any = _UNREAD, *, visit: Optional[tuple] = None,
                     counts: Optional[dict[str, int]] = None, end: Optional[int] = None,
                     international: Optional[bool] = None,
                     office_state: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
        """The release's own state, for officials the text gives no country, and where it came from.

        In order: the issuing body its header names ("Ministry of Foreign Affairs of X"), or the
        state of its dateline's place (source "header"); else, of the states the release names that
        are not stated for any official, the one named clearly most (releases mark the visitors,
        "Vietnamese Foreign Minister X", and leave their own officials unmarked), or the one the
        header names beside the marked ones (a trilateral meeting's host); else the state it names
        most (source "home_state"). An international body's release (its masthead names the
        body: "NATO - North Atlantic Treaty Organization", "ASEAN Secretariat News") has no header
        home.
        """
        # an international body's release: no dateline or header is a state's home, only the
        # state it names most may be guessed (and not for the body's staff: see the officials)
        # (``end``, ``international``: the header's end and :func:`international_masthead`, when read)
        if international is None:
            international = international_masthead(text)
        code = None if international else (
            self.header_home(doc, text) if header_home is _UNREAD else header_home)
        if code:
            return code, "header"
        counts = country_counts(doc) if counts is None else counts
        host = None if international else (self.opening_host(doc, text, end) or self.headline_giver(doc, text))
        if host is not None:
            return host, "home_state"
        if office_state is not None and office_state in counts:
            # the first person named holds an office only one state has ("the Minister of International
            # Relations and Cooperation, X" in an interview): the release is that state's
            return office_state, "home_state"
        venue = None if international else self.wire_venue(text, doc)
        if venue in counts and len(counts) > 1:  # (the wire's dateline names no side)
            counts = {c: k for c, k in counts.items() if c != venue}
        if visit is None:
            excluded = self.not_home(doc, text)
        else:  # the visit the header announces, read already
            excluded = None if visit[0] else visit[1]
        if excluded is None:
            excluded = self.own_destination(doc, text)
        excluded = ({excluded} if excluded else set()) | self.travel_destinations(doc, text, end) \
            | self.headline_guests(doc, text, end)
        if any(c in excluded for c in counts) and any(c not in excluded for c in counts):
            counts = {c: k for c, k in counts.items() if c not in excluded}
        # states named too seldom to be the release's own ("the Palestinian cause") do not count
        floor = max(2, max(counts.values(), default=0) / 2)
        unmarked = [c for c in counts if c not in stated and counts[c] >= floor]
        if stated and unmarked:  # the state named clearly most among those no official is marked with
            ranked_unmarked = sorted(unmarked, key=lambda c: -counts[c])
            if len(ranked_unmarked) == 1 or counts[ranked_unmarked[0]] >= 2 * counts[ranked_unmarked[1]]:
                return ranked_unmarked[0], "home_state"
        if stated and not international:
            # the one state the headline names beside the marked ones, named again below it ("Meeting of
            # the Ministers of Foreign Affairs of Türkiye, Azerbaijan and Georgia" over "Minister of
            # Foreign Affairs X, with Minister of Foreign Affairs of Georgia Y"): the issuer's own
            head_end = self.header_end(text) if end is None else end
            if not head_end:  # (no dateline: the headline, the block above the first blank line)
                head_end = headline_end(text)
            headed = {sp.kb_id_ for sp in spans_of(doc, keys.COUNTRIES) if sp.start_char < head_end}
            left = [c for c in headed if c not in stated and counts.get(c, 0) >= 2]
            if len(left) == 1 and len(headed) >= 2 and headed - {left[0]} <= stated:
                return left[0], "home_state"
        # the state named most (the first named among equals): a guess, flagged as inferred, is
        # right more often than no answer
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # stable: first named first on ties
        return (ranked[0][0], "home_state") if ranked else (None, None)

    @staticmethod
    def _anaphoric_before_formal(tv: TokenView, prev, cur) -> bool:
        """"the Hungarian minister and Minister of Foreign Affairs X": an office in small letters
        after 'the' points back to a person named before, as does a bare head after 'the' before
        a fuller office of that head ("the Secretary and Secretary of War X"); the capitalised
        office after 'and' is another person's, written before their name."""
        p_text = tv.text(prev[0].start)
        c_text = tv.text(cur[0].start)
        s = prev[2]
        if prev[0].end - prev[0].start == 1 and p_text == c_text and cur[0].end > cur[0].start + 1 \
                and s > 0 and tv.lower(s - 1) == "the":
            return True  # "the Secretary and Secretary of War X": the bare head points back too
        if not (p_text[:1].islower() and c_text[:1].isupper()):
            return False
        if tv.lower(s) == "the" or (s > 0 and tv.lower(s - 1) == "the"):
            return True
        # "the visiting minister and ...": one word in small letters between
        return s > 1 and tv.lower(s - 2) == "the" and tv.text(s - 1).isalpha() and tv.text(s - 1).islower()

    def _exclusive(self, a: str, b: str) -> bool:
        """"Prime Minister and President X" names two people: such offices are not chained."""
        return a != b and a in self.exclusive and b in self.exclusive

    def _connector_len(self, tv: TokenView, i: int) -> int:
        if i >= tv.n:
            return 0
        for c in self.by_first.get(tv.lower(i), ()):
            k = len(c)
            if i + k <= tv.n and all(tv.lower(i + m) == c[m] for m in range(1, k)):
                return k
        return 0

    def _connector_before(self, tv: TokenView, start: int) -> list[int]:
        """Positions where a connector ending at ``start`` begins (',' excluded)."""
        if start < 2:
            return []
        out = []
        for c in self.by_last.get(tv.lower(start - 1), ()):
            k = len(c)
            s = start - k
            if c != (",",) and s > 0 and all(tv.lower(s + m) == c[m] for m in range(k - 1)):
                out.append(s)
        return out

    def __call__(self, doc: Doc) -> Doc:
        tv = token_view(doc)
        n = tv.n

        def stext(sp: Span) -> str:  # Span.text builds the text token by token
            return tv.span_text(sp.start, sp.end)

        # every title once, with its info and the extent of its whole phrase
        titles: list[tuple[Span, object, int, int]] = []
        for t in spans_of(doc, keys.TITLES):
            info = span_value(t, "de_title_info")
            start = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
            end = max(t.end, info.phrase_end) if info is not None else t.end
            titles.append((t, info, start, end))
        by_start = {t.start: rec for rec in titles for t in (rec[0],)}
        by_phrase_start = {rec[2]: rec for rec in titles}
        by_phrase_end = {rec[3]: rec for rec in titles}
        country_at = {s.start: s for s in spans_of(doc, keys.COUNTRIES)}
        org_at = {s.start: s for s in spans_of(doc, keys.ORGANIZATIONS)}

        # how far from a title's end the next title of a chain can start (a connector's length, or
        # none), and from its start the one before can end
        gaps = self._connector_gaps

        named_office: dict[str, int] = {}  # (filled below, before any chain is read)
        apposed_office: dict[str, int] = {}  # (the same, for offices in apposition after a name)

        def chain(first) -> list:
            """Titles joined to ``first`` by 'and', 'as well as', ',' (both directions)."""
            out = [first]
            cur = first
            # "NAME, Vice President, Prime Minister and Ruler of Dubai,": offices set off after a
            # name are that one person's, exclusive or not
            after_name = first[2] >= 2 and tv.text(first[2] - 1) == "," and first[2] - 1 in persons_by_end
            while True:
                # joined by a connector, or standing side by side ("Minister of Defence General X")
                end = cur[3]
                if not any(end + g in by_start or end + g in by_phrase_start for g in gaps):
                    break  # no title there, whatever connects to it
                k = self._connector_len(tv, end)
                nxt = by_start.get(cur[3] + k) or by_phrase_start.get(cur[3] + k)
                if nxt is None or nxt in out or not after_name and self._exclusive(stext(cur[0]), stext(nxt[0])):
                    break
                if after_name and tv.lower(end) in (",", "and") and nxt[3] in persons_by_start:
                    break  # "Mr. X, Deputy Minister of A, Ambassador Y": the rank opens Y's name (or after
                    # "and": "Gen X, Chief of Staff, French Air Force and Gen Y")
                out.append(nxt)
                cur = nxt
            cur = first
            while True:
                start = cur[2]
                if not any(start - g in by_phrase_end for g in gaps):
                    break  # no title ends there, whatever connects it
                prev = by_phrase_end.get(cur[2]) or next(
                    (by_phrase_end[s] for s in self._connector_before(tv, cur[2]) if s in by_phrase_end), None)
                if prev is None and cur[2] >= 2 and tv.text(cur[2] - 1) == "," and cur[2] - 1 in by_phrase_end \
                        and _RANK_BEFORE_PORTFOLIO.fullmatch(stext(by_phrase_end[cur[2] - 1][0])) \
                        and by_phrase_end[cur[2] - 1][2] > 0 and tv.lower(by_phrase_end[cur[2] - 1][2] - 1) in _CHAIN_OPENERS:
                    # "attended by Minister of State, Minister of Energy X", "Deputy Prime Minister,
                    # Minister of Finance X": a rank set off before the portfolio office is the same person's
                    prev = by_phrase_end[cur[2] - 1]
                if prev is None or prev in out or self._exclusive(stext(prev[0]), stext(cur[0])) \
                        or (prev[1] is not None and prev[1].expansion and prev[3] < cur[2]) \
                        or self._anaphoric_before_formal(tv, prev, cur) \
                        or (prev[2] > 0 and tv.lower(prev[2] - 1) == "the" and prev[3] == prev[0].end
                            and stext(prev[0]) not in self.address_titles
                            and (named_office.get(stext(prev[0]), prev[3]) < prev[2]
                                 or cur[3] in persons_by_start and apposed_office.get(stext(prev[0]), prev[3]) < prev[2])):
                    # ("EAM and Minister X": the short form names another person; "the Foreign
                    # Secretary and Minister X": the office of a person named before)
                    break
                out.insert(0, prev)
                cur = prev
            return out

        country_end_at = {s.end: s for s in spans_of(doc, keys.COUNTRIES)}
        acronyms: Optional[dict[str, str]] = None  # (read on the first office that needs them)
        # a state right before an opening bracket ("Kyrgyz Republic [NAME, Minister ...]"): the
        # only places the layout gives a person a state by brackets
        bracketed = any(e < n and tv.text(e) in ("[", "(") for e in country_end_at)
        cells = None  # the table cells a state's side heads (read when a person first needs them)
        sections = None  # the blocks of a list of participants a state's heading heads (the same)
        states = None  # (start, end, code) of the states named, sorted (read for the two above)
        counterparts = self._counterpart_tokens(tv)
        prev_person_end: dict[int, Span] = {}
        named_before: set[str] = set()  # the last words of the persons named so far in full
        persons_by_end = {p.end: p for p in spans_of(doc, keys.PERSONS)}
        persons_by_start = {p.start for p in persons_by_end.values()}
        person_ends = persons_by_end.keys()
        # where an office is first written right before a name ("Foreign Secretary X spoke to ..."):
        # later, "the Foreign Secretary and Minister Y" points back to X
        for rec in titles:
            if rec[3] in persons_by_start:
                named_office.setdefault(stext(rec[0]), rec[3])
            elif rec[2] >= 2 and tv.text(rec[2] - 1) == "," and (rec[2] - 1) in persons_by_end:
                # (or in apposition right after the name: "Prince X, Crown Prince and Prime Minister,
                # ... the Crown Prince and Prime Minister Y held talks")
                apposed_office.setdefault(stext(rec[0]), rec[3])
        stated: set[str] = set()
        envoy_states: set[str] = set()  # the states of the envoys named with their postings
        counts = country_counts(doc)
        named = counts
        hend = self.header_end(tv.doc_text)  # (read once: the header rules below all need it)
        header_home, visit = self._header_home(doc, tv.doc_text, hend)
        if header_home:  # the state the header names counts as named (a title of it is no guess)
            named = {**named, header_home: named.get(header_home, 0)}
        first_office_state: list = []  # the state of the first person named, when a one-state office gives it
        first_named = next((p.text for p in spans_of(doc, keys.PERSONS)), None)
        for person in spans_of(doc, keys.PERSONS):
            pinfo = span_value(person, "de_person_info")
            att = Attribution()
            set_span_value(person, "de_attribution", att)
            if pinfo is None:
                continue
            attached: list = []
            lexicon_countries: list[Optional[str]] = []
            # "Tanabe was appointed as Prime Minister", "Sood has previously been India's High Commissioner to Ghana"
            k = person.end
            while k < n and k - person.end < 8 and tv.lower(k) in self.copulas:
                k += 1
            if k > person.end and k in by_phrase_start and tv.lower(k - 1) in ("as", "been", "is", "was", "became", "become", "remains", "be") \
                    and by_phrase_start[k][3] not in persons_by_start:
                # (not the office heading the next name: "Joining Ortiz was Ambassador Anna Nowak")
                attached.append(by_phrase_start[k])
            cap = self._capacity_title(tv, person.end + (person.end < n and tv.text(person.end) == ","), by_phrase_start)
            if cap is None and self.capacity:
                # "X, Prime Minister of Qatar, in his capacity as Chairman of the Council": after the
                # office in apposition to the name
                for ts, _te in pinfo.titles:
                    rec = by_start.get(ts)
                    if rec is not None and rec[2] >= person.end and rec[3] + 1 < n and tv.text(rec[3]) == ",":
                        cap = self._capacity_title(tv, rec[3] + 1, by_phrase_start)
                        if cap is not None:
                            break
            if cap is not None and cap not in attached:
                attached.append(cap)  # "X, in her capacity as Chair of the Council,"
            for rec in self._curriculum_titles(tv.doc_text, person, titles):
                if rec not in attached:
                    attached.append(rec)  # a curriculum vitae's offices, under its subject's name
            if not pinfo.anchored:
                for t, info, _s, _e in attached:
                    att.titles.append(stext(t))
                    if info is not None:
                        att.set_country(info.country, "title")
                        att.set_country(self._known(info.organization_country, self._org_form(_s, _e, org_at), named), "title")
                continue
            for s, _e in pinfo.titles:
                rec = by_start.get(s)
                if rec is None:
                    continue
                for c in chain(rec):
                    # (not a title word the name opens with: "Ambassador Amir Hamad Al Dosari")
                    if c not in attached and not person.start <= c[0].start < person.end:
                        attached.append(c)
            # parenthesised short forms: "TITLE (EAM) NAME", "NAME (MoS)"
            for end in [rec[3] for rec in attached] + [person.end]:
                if end + 2 < n and tv.text(end) == "(" and end + 1 in by_start \
                        and not (end == person.end and tv.text(end + 1) in self.post_nominals):
                    abbr = by_start[end + 1]
                    if abbr[0].end < n and tv.text(abbr[0].end) == ")" and abbr not in attached:
                        attached.append(abbr)
            # "the Sudanese Chairman of the Sovereignty Council, Lt. Gen. X", "Nigeria's Minister of
            # Foreign Affairs, Ambassador X": a rank or a form of address after a comma takes the
            # title before the comma (unless that title is in apposition to a name before it)
            if attached:
                t0, i0, p0, _e0 = attached[0]
                # (a rank's last word before a suffix: "Major-General (Rtd), X")
                word = _PAREN_SUFFIX.sub("", i0.expansion if i0 is not None and i0.expansion else stext(t0)).split()[-1]
                k = p0 - 1
                if k >= 2 and tv.text(k) == ",":  # "the Bhutanese Ambassador in Dhaka, Dasho X",
                    # "the Chief Director of the Ministry, Ambassador X"
                    m = k
                    while m > 0 and k - m < 4 and tv.text(m - 1)[:1].isupper() and (m - 1) not in by_phrase_end:
                        m -= 1
                    d = m - 1 if m < k and m >= 2 and tv.lower(m - 1) == "the" else m
                    if m < k and d >= 1 and tv.lower(d - 1) in ("in", "at", "of") and (d - 1) in by_phrase_end:
                        k = d - 1
                if p0 >= 2 and p0 < person.start and tv.text(p0 - 1) == "," and k in by_phrase_end \
                        and (word in self.ranks or stext(t0) in self.address_titles
                             or k == p0 - 1 and _e0 < person.start and self._opens_offices(tv, by_phrase_end[k][2])):
                    prev = by_phrase_end[k]
                    q = prev[2]
                    while q >= 2 and tv.lower(q - 1) == "and" and (q - 1) in by_phrase_end:
                        q = by_phrase_end[q - 1][2]  # ("X, Crown Prince and Prime Minister of Y, H.E. Z": the first of them)
                    if q >= 3 and tv.lower(q - 1) == "the" and self._restates_office(tv, prev, persons_by_end.get(q - 2), by_start):
                        q -= 1  # "Prime Minister X, the Prime Minister of Australia, Senator Y": X's apposition
                    if prev not in attached and not (q >= 2 and tv.text(q - 1) == "," and (q - 1) in person_ends):
                        attached.insert(0, prev)
            if len(attached) > 1 and self.exclusive:
                # "At the invitation of the Yang di-Pertuan Agong of Malaysia, X, President of
                # Kazakhstan": an office set before the name that the name's own office after it
                # excludes is another person's, not this one's
                after = [stext(r[0]) for r in attached if r[0].start >= person.end]
                attached = [r for r in attached if r[0].start >= person.end
                            or not any(self._exclusive(stext(r[0]), a) for a in after)]
            fronted = self._fronted_capacity(tv, min([r[2] for r in attached] + [person.start]), by_phrase_end)
            if fronted is not None and fronted not in attached:
                attached.append(fronted)  # "In her capacity as Chair of the Council, Minister X said"
            for implied in pinfo.implied_titles:
                if implied not in att.titles:
                    att.titles.append(implied)
            business = bool(attached)
            for idx, (t, info, _s, _e) in enumerate(attached):
                text = stext(t)
                if info is not None and info.predicate:
                    # "X, who heads the agency": the office the verb names counts only when nothing
                    # else names one (it restates it otherwise: "Ambassador Y, who heads the mission")
                    if info.expansion and info.expansion not in att.verb_titles:
                        att.verb_titles.append(info.expansion)
                    att.organization = att.organization or info.organization
                    business = business and info.business  # "who chairs the traders' association"
                    continue
                if idx > 0 and text in self.address_titles and attached[idx - 1][3] == t.start:
                    # "Deputy Minister of Foreign Affairs Ambassador X": a rank held with the office,
                    # which tells the state (not "Afghanistan" of "Special Envoy on Afghanistan Ambassador X")
                    if text not in att.titles:
                        att.titles.append(text)
                    continue
                if text not in att.titles:
                    att.titles.append(text)
                if info is None:
                    business = False
                    continue
                business = business and info.business
                att.set_country(info.country, "title")
                if info.organization_country:
                    lexicon_countries.append((info.organization_country, self._org_form(_s, _e, org_at)))
                att.organization = att.organization or info.organization
            if not business and len(att.titles) > 1 \
                    and any(info is not None and info.business for _t, info, _s, _e in attached) \
                    and all(t.casefold() in self.business_heads
                            or t.split(" of ")[0].split(",")[0].casefold() in self.business_heads for t in att.titles):
                business = True  # "President and CEO, X Corporation"
            att.business_only = business
            att.trade_body = business and any(info is not None and info.trade_body for _t, info, _s, _e in attached)
            att.target_countries = [info.target_country for _t, info, _s, _e in attached
                                    if info is not None and info.target_country]
            # "Joint Secretary Vikrant Sood of the Indian Ministry of Commerce"
            e = person.end
            if e + 1 < n and tv.lower(e) == "of":  # "... R. Menon of the Ministry of X" / "of India"
                k = e + 1 + (tv.lower(e + 1) == "the")
                if k in country_at and not _possessed_matter(tv, country_at[k].end):
                    att.set_country(country_at[k].kb_id_, "title")
                elif k in org_at:
                    att.organization = att.organization or org_at[k].kb_id_
                    lexicon_countries.append((org_at[k].id_ or None, stext(org_at[k])))
            # organisation in apposition after the title: "..., Ministry of Foreign Affairs, ROK"
            if attached:
                end = attached[-1][3]
                if end + 1 < n and tv.text(end) == "," and end + 1 in org_at:
                    org = org_at[end + 1]
                    att.organization = att.organization or org.kb_id_
                    if org.end + 1 < n and tv.text(org.end) == "," and org.end + 1 in country_at:
                        att.set_country(country_at[org.end + 1].kb_id_, "title")
                    lexicon_countries.append((org.id_ or None, stext(org)))
                # a state closing the title's line or list item: "..., Minister of Energy, Kenya;"
                elif end + 1 < n and tv.text(end) == "," and end + 1 in country_at \
                        and country_at[end + 1].label_ == "GPE" and self._closes_item(tv, country_at[end + 1].end):
                    att.set_country(country_at[end + 1].kb_id_, "title")
                # or standing between two offices of the item: "..., Minister of Foreign Affairs,
                # Kingdom of Bahrain, Chair of the Ministerial Council"
                elif end + 1 < n and tv.text(end) == "," and end + 1 in country_at \
                        and country_at[end + 1].label_ == "GPE" and country_at[end + 1].end + 1 < n \
                        and tv.text(country_at[end + 1].end) == "," and country_at[end + 1].end + 1 in by_start \
                        and "\n" not in tv.doc_text[tv.starts[end]:country_at[end + 1].start_char]:
                    att.set_country(country_at[end + 1].kb_id_, "title")
                    nxt = by_start[country_at[end + 1].end + 1]
                    if nxt[1] is not None and not nxt[1].business and stext(nxt[0]) not in att.titles:
                        att.titles.append(stext(nxt[0]))
            # "his Japanese counterpart": the demonym before the counterpart word
            if att.country is None and counterparts and self._near_counterpart(tv, person, counterparts, pinfo.counterpart):
                att.set_country(self._counterpart_country(tv, person, country_at, pinfo.counterpart, counterparts),
                                "context")
            # "Canadian Trade Minister Claire Dubois and Finance Minister Owen Fraser": the
            # demonym distributes over the coordination (not to one named again by the family name
            # alone: "Fiji's Minister for Policing, Hon. X, and Minister Pomare-Lindsay signed", the
            # other side's minister introduced before)
            # demonym distributes over the coordination, and over a list ("Sudanese Chairman X,
            # Prime Minister Y and Foreign Minister Z")
            inherited = None
            first = min(attached, key=lambda r: r[2]) if attached else None
            if att.country is None and first is not None:
                j = first[2] - 1
                if j >= 1 and tv.lower(j) == "and":
                    j -= tv.text(j - 1) == ","
                elif not (j >= 1 and tv.text(j) == ",") or not (
                        person.end < n and (tv.text(person.end) == "," or tv.lower(person.end) == "and")):
                    # (a comma joins a list's item only when the list goes on after it: "In his
                    # meeting with the US Deputy Secretary, X, Foreign Minister Y addressed" is a
                    # phrase before the sentence's subject)
                    j = -1
                other = prev_person_end.get(j) if j >= 1 else None
                other_att = span_value(other, "de_attribution") if other is not None else None
                if other_att is not None and other_att.shared_country \
                        and not any(map(_POSTED_ENVOY.match, other_att.titles)) \
                        and self._one_state_title(attached, named) in (None, other_att.shared_country) \
                        and not (" " not in person.text and person.text in named_before):
                    # (nor over an envoy's posting: "Canadian Ambassador to the Philippines X and
                    # Assistant Secretary Y", an envoy named beside the hosts' officials)
                    # (not over a title only another state's officials hold: "the Maldivian High
                    # Commissioner, X, and Joint Secretary (Indian Ocean Region) Y")
                    inherited = other_att.shared_country
                    att.set_country(inherited, "context")
            if first is not None and first[1] is not None and first[2] < first[0].start:
                att.prefix_country = first[1].country
            att.shared_country = att.prefix_country or inherited
            prev_person_end[person.end] = person
            if " " in person.text:
                named_before.add(person.text.rsplit(" ", 1)[1])
            if att.country is None and first is not None:
                # a place standing for its state before the office: "Beijing's top diplomat X",
                # "Moscow's ambassador Y" (a dateline place: datelines.tsv), "Catamarca's governor Z"
                # (a first-level subdivision: subdivisions.tsv)
                start_char = tv.starts[first[2]]
                m = _PLACE_POSSESSIVE.search(tv.doc_text, max(0, start_char - 40), start_char)
                if m is not None:
                    place = m.group(1).casefold()
                    att.set_country(self.places_folded.get(place) or self.subdivisions_folded.get(place), "title")
            if att.country is None and first is not None:
                # a state before the body the office heads: "Fiji Police Commissioner X", "the
                # Indian Army chief, Gen. X", "Philippine Coast Guard Commandant X"
                if acronyms is None:
                    acronyms = defined_initials_states(tv.doc_text, _states(doc)) if "(" in tv.doc_text else {}
                # (or one after the name: "X, the Royal Thai Navy's Commander-in-Chief")
                for rec in sorted(attached, key=lambda r: r[2]):
                    att.set_country(_state_before_body(tv, rec[2], country_end_at, by_phrase_end, acronyms), "title")
                    if att.country is not None:
                        break
            if att.country:  # marked in the text: "Chinese ...", "... of Japan", "his Peruvian counterpart"
                if attached and all(any(w in stext(t) for w in _ENVOY_TITLES) for t, *_ in attached):
                    # an envoy: a release names the posting of its own ambassadors as of the others'
                    envoy_states.add(att.country)
                elif att.country_source == "title" and any(
                        info is not None and (info.own_people or info.of_place) and info.country == att.country
                        for _t, info, _s, _e in attached) \
                        and not any(info is not None and not (info.own_people or info.of_place) and info.country == att.country
                                    for _t, info, _s, _e in attached):
                    # a ministry for the state's own people abroad, an office of a place at home
                    # ("Governor of Kars"): written so by the state's own releases too
                    pass
                else:
                    stated.add(att.country)
            # a national body the lexicon knows ("Ministry of External Affairs"), then a title that
            # names its state ("External Affairs" is India's): only for a state the release names
            # (several states have a "Foreign Office" or an "Official Spokesperson")
            for code, form in lexicon_countries:
                att.set_country(self._known(code, form, named), "title")
            if att.country is None:  # the layout: a table column's side, a bracketed list entry
                if cells is None:
                    states = _states(doc) if states is None else states
                    cells = _blocks(side_cells(tv.doc_text, states))
                if bracketed or cells[0]:
                    att.set_country(self._layout_country(tv, person, country_end_at, cells), "context")
            if att.country is None:  # a list of participants under a heading naming their state
                if sections is None:
                    states = _states(doc) if states is None else states
                    sections = _blocks(state_sections(tv.doc_text, states))
                att.set_country(_block_state(sections, person), "delegation")
            if att.country is None:  # (an abbreviation counts by its expansion: "EAM")
                names = att.titles + [info.expansion for _t, info, _s, _e in attached if info is not None and info.expansion]
                if any(map(self.title_country_rx.search, names)):  # (a title naming a state's office)
                    att.set_country(self._title_state(names, named), "title")
                    att.country_by_wording = att.country is not None
                    if not first_office_state and att.country and person.text == first_named and not any(
                            key in self.shared for text in names for key, _c in self.title_countries if key in text):
                        first_office_state.append(att.country)
            if att.country is None and pinfo.honorifics:  # "Bapak Sugiono", "Shri A. Rao"
                att.set_country(next(filter(None, map(self.names.honorific_state, pinfo.honorifics)), None), "honorific")
        if len(envoy_states) == 1:
            # envoys of one state only ("The Ambassador of Mexico in Brasilia also took part"): the
            # visiting side's, as other marked officials; envoys of both sides tell nothing
            stated |= envoy_states
        international = international_masthead(tv.doc_text)
        speaker = None if international else (self.speaker_state(doc, tv.doc_text)
                                              or self.briefing_state(doc, tv.doc_text))
        # (over the dateline, as a speech is often given abroad; not over the issuing body the header names)
        if speaker is not None and (header_home is None or self.header_state(doc, tv.doc_text, hend) is None):
            header_home, visit = speaker, None
        home, source = self.home_country(doc, tv.doc_text, stated, header_home, visit=visit, counts=counts,
                                         end=hend, international=international,
                                         office_state=first_office_state[0] if first_office_state else None)
        set_doc_value(doc, "de_home_country", home)
        set_doc_value(doc, "de_home_country_source", source)
        set_doc_value(doc, "de_issuer_international", international)
        # (the header's issuing body gave the home: the one branch of _header_home that reads no visit)
        set_doc_value(doc, "de_home_issuer", bool(header_home) and visit is None and source == "header" and home == header_home)
        set_doc_value(doc, "de_story_homes", () if international else self.story_homes(doc, tv.doc_text))
        abroad = self.trip_abroad(doc, tv.doc_text, home, visit, hend) if home is not None else None
        set_doc_value(doc, "de_visit_abroad", abroad is not None)
        set_doc_value(doc, "de_visit_destination", abroad or None)
        return doc

    def trip_abroad(self, doc: Doc, text: str, home: str, visit: Optional[tuple] = None,
                    end: Optional[int] = None) -> Optional[str]:
        """Whether the release is about its own official's trip abroad: its header announces an
        unnamed office's visit to another state ("Visit of External Affairs Minister to Egypt") or
        travel to other states ("Minister to travel to Chile and Peru", "The Prime Minister arrived
        in Tokyo"), or its dateline is a place of another state ("Ministry of Foreign Affairs of
        Bangladesh / Tokyo, 28 May 2026"). None when not; else the one state the trip goes to, or
        "" when it goes to several."""
        host, dest = visit if visit is not None else self.visit_title(doc, text, end)
        dests = ({dest} if dest and not host else set()) | self.travel_destinations(doc, text, end)
        if not dests:
            dateline = self.dateline_state(text, doc)
            dests = {dateline} if dateline else set()
        if not dests or home in dests:
            return None
        return next(iter(dests)) if len(dests) == 1 else ""

    @staticmethod
    def _layout_country(tv: TokenView, person: Span, country_end_at: dict[int, Span], cells) -> Optional[str]:
        """The state the layout gives a person: "Kyrgyz Republic [NAME, Minister ...]" (the state
        before the brackets), or the side heading the person's table column ("Signed by Mauritian
        side")."""
        k = person.start - 1
        while k > 0 and person.start - k < 5 and tv.text(k) not in ("[", "(") and not tv.text(k).isspace():
            k -= 1
        if k > 0 and tv.text(k) in ("[", "(") and k in country_end_at:
            return country_end_at[k].kb_id_
        return _block_state(cells, person)

    @staticmethod
    def _opens_offices(tv: TokenView, q: int) -> bool:
        """Whether a title starting at token ``q`` opens a run of one person's offices ("led by the
        Minister of State, Minister of Foreign Affairs, H.E. X"; a cell "Deputy Prime Minister,
        Minister of Defence, X"): it comes after "the" or opens its line or cell, so the office
        after its comma is no second person's."""
        if q == 0:
            return True
        before = tv.text(q - 1)
        return before.lower() == "the" or "\n" in before or before in ("\u00a6", "|", ":")

    @staticmethod
    def _restates_office(tv: TokenView, title: tuple, person: Optional[Span], by_start: dict) -> bool:
        """Whether the title record ``title`` repeats an office ``person`` was named with, of no
        other state ("Prime Minister X, the Prime Minister of Australia,"): an apposition of
        ``person``, not of a name after it (:func:`~dialogue_extract.people.anchors.restates_office`)."""
        pinfo = span_value(person, "de_person_info") if person is not None else None
        if pinfo is None:
            return False
        held = ((tv.span_text(s, e), getattr(by_start[s][1], "country", None) if s in by_start else None)
                for s, e in pinfo.titles)
        return restates_office(title[0].text, getattr(title[1], "country", None), held)

    @staticmethod
    def _curriculum_titles(text: str, person: Span, titles: list) -> list:
        """The offices of a curriculum vitae under its subject's name ("LUIZ HENRIQUE DOS SANTOS
        FERRAZ" alone on its line, then "Born in Recife, ... Ambassador in Luanda (2018-2023). Since
        January 2024, Director of the Department of Africa."): every title of the paragraph that
        opens on the birth, the name alone on the line above it."""
        if " " not in person.text:
            return []
        start, end = person.start_char, person.end_char
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0 or text[line_start:start].strip() or text[end:line_end].strip() \
                or not _CURRICULUM_OPENER.match(text, line_end + 1):
            return []
        para_end = text.find("\n\n", line_end)
        para_end = len(text) if para_end < 0 else para_end
        return [rec for rec in titles if line_end < rec[0].start_char < para_end]

    def _fronted_capacity(self, tv: TokenView, start: int, by_phrase_end: dict) -> Optional[tuple]:
        """The title a capacity phrase fronted before the clause of a person whose words (forms
        of address and offices) start at token ``start`` gives: "Speaking in his capacity as
        Co-Chair of the Commission, [Minister] X said"."""
        if not self.capacity:
            return None
        lexicon = load_lexicon()
        k = start
        while k > 0 and start - k < 4:  # "Hon." "Dr." "the"
            if tv.text(k - 1) == "." and k > 1 and lexicon.honorific_word(tv.text(k - 2)):
                k -= 2
            elif tv.text(k - 1)[:1].isupper() and lexicon.honorific_word(tv.text(k - 1)) or tv.lower(k - 1) == "the":
                k -= 1
            else:
                break
        k -= 1
        if k < 2 or tv.text(k) != "," or k not in by_phrase_end:
            return None
        rec = by_phrase_end[k]
        q = rec[2] - (rec[2] > 0 and tv.lower(rec[2] - 1) == "the")
        for phrases in self.capacity.values():
            for phrase in phrases:
                i = q - len(phrase)
                if i >= 0 and all(tv.lower(i + m) == w for m, w in enumerate(phrase)):
                    return rec
        return None

    def _capacity_title(self, tv: TokenView, i: int, by_phrase_start: dict) -> Optional[tuple]:
        """The title a capacity phrase starting at token ``i`` gives ("in her capacity as [the] TITLE")."""
        if i >= tv.n or not self.capacity:
            return None
        for phrase in self.capacity.get(tv.lower(i), ()):
            k = i + len(phrase)
            if k < tv.n and all(tv.lower(i + m) == w for m, w in enumerate(phrase)):
                k += k < tv.n and tv.lower(k) == "the"
                return by_phrase_start.get(k)
        return None

    def _one_state_title(self, attached: list, named: dict[str, int]) -> Optional[str]:
        """The state a title of ``attached`` names as one state's office ("External Affairs",
        "Joint Secretary (": ``title_countries``), as the last step of :meth:`__call__` reads it."""
        names = [stext for t, info, _s, _e in attached for stext in
                 ([t.text] + ([info.expansion] if info is not None and info.expansion else []))]
        if not any(map(self.title_country_rx.search, names)):
            return None
        return self._title_state(names, named)

    def _title_state(self, names: list[str], named: dict[str, int]) -> Optional[str]:
        """The state the first form of ``title_countries`` (the longest first) found in ``names``
        gives, skipping a shared form the release does not settle ("Principal Secretary for
        Foreign Affairs": not the shared "Secretary for Foreign Affairs", then "Principal Secretary")."""
        for text in names:
            if shortened_office(text, names):
                continue  # "the Secretary of State", short for "Secretary of State for ...": read the whole office
            # a form that begins inside another form the title holds is part of that office
            # ("Secretary for Foreign Affairs" of "Cabinet Secretary for Foreign Affairs"), and a form
            # no one state has hides the shorter forms it opens with ("Secretary of State" of
            # "Secretary of State for ..."); not a form that holds it whole ("Secretary of State for
            # the Home Department") or begins before it ("Parliamentary Under-Secretary of State for ...")
            present = [(key, code, _find_all(text, key)) for key, code in self.title_countries if key in text] \
                if self.title_country_rx.search(text) else []
            found = [(p, p + len(key), code) for key, code, starts in present for p in starts]
            for key, code, starts in present:
                if not code or all(any(b < p < e or not c and p == b and p + len(key) < e for b, e, c in found)
                                   for p in starts):
                    continue
                state = self._known(code, key, named)
                if state:
                    return state
        return None

    def _known(self, code: Optional[str], form: Optional[str], named: dict[str, int]) -> Optional[str]:
        """The state a lexicon gives a title or body (``form``): always when only one state uses
        that form, else only when the release names that state (or names none)."""
        if not code:
            return None
        users = self.shared_users.get(form, ())
        if form in self.shared and users and any(c in named for c in users):
            # "Union Minister" in a release naming India and Myanmar: either state's; "Governor-General"
            # in one naming New Zealand (and no other realm): New Zealand's
            present = [c for c in users if c in named]
            return present[0] if len(present) == 1 else None
        return code if form not in self.shared or code in named or not named else None

    @staticmethod
    def _org_form(start: int, end: int, org_at: dict[int, Span]) -> Optional[str]:
        """The text of the organisation inside a title phrase (tokens ``start:end``)."""
        return next((org_at[k].text for k in range(start, end) if k in org_at), None)

    @staticmethod
    def _closes_item(tv: TokenView, i: int) -> bool:
        """Whether token ``i`` ends a list item or line: ';', a line break, the end, or '.'/','
        followed by a line break."""
        if i >= tv.n:
            return True
        t = tv.text(i)
        if t in (";", ")") or "\n" in t or (i > 0 and "\n" in tv.doc_text[tv.starts[i - 1] + tv.lengths[i - 1]:tv.starts[i]]):
            return True
        if t == "(" and _NOTE_CLOSING_LINE.match(tv.doc_text, tv.starts[i]):
            return True  # "..., Commerce Secretary, India (meeting)": a note in brackets closes the row
        return t in (".", ",") and (i + 1 >= tv.n or "\n" in tv.text(i + 1)
                                    or "\n" in tv.doc_text[tv.starts[i] + tv.lengths[i]:tv.starts[i + 1]])

    @staticmethod
    def _counterpart_tokens(tv: TokenView) -> list[int]:
        """The tokens that open with "counterpart" or "colleague" (any case), in order."""
        text = tv.doc_text
        lowered = text.lower()
        if len(lowered) == len(text):  # (offsets shared: the words are found in the lowered text)
            places = []
            for word in _COUNTERPART_WORDS:
                p = lowered.find(word)
                while p >= 0:
                    places.append(p)
                    p = lowered.find(word, p + len(word))
            places.sort()
        else:  # a letter whose lower case is longer ("İ"): the offsets move
            places = [m.start() for m in _COUNTERPART.finditer(text)]
        out = []
        starts, n = tv.starts, tv.n
        for p in places:
            k = bisect_left(starts, p)
            if k < n and starts[k] == p and tv.lower(k).startswith(_COUNTERPART_WORDS):
                out.append(k)
        return out

    @staticmethod
    def _near_counterpart(tv: TokenView, person: Span, counterparts: list[int], counterpart_anchor: bool) -> bool:
        """Whether a "counterpart" token stands in the window :meth:`_counterpart_country` reads."""
        s = person.start
        if bisect_left(counterparts, max(0, s - 6)) < bisect_left(counterparts, s):
            return True
        if _apposed_counterpart(tv, person, counterparts) is not None:
            return True  # (or before an office in apposition)
        e = person.end
        return counterpart_anchor and e < tv.n and tv.text(e) == "," \
            and bisect_left(counterparts, e) < bisect_left(counterparts, min(tv.n, e + 6))

    @staticmethod
    def _counterpart_country(tv: TokenView, person: Span, country_at: dict[int, Span],
                             counterpart_anchor: bool, counterparts: list[int]) -> Optional[str]:
        """The demonym of "his Japanese counterpart(,) NAME" or "NAME, his Japanese counterpart" (or
        "colleague"). ``counterparts``: :meth:`_counterpart_tokens`."""
        window = list(range(max(0, person.start - 6), person.start))
        far = _apposed_counterpart(tv, person, counterparts)
        if far is not None:  # "her Mozambican counterpart, the Minister of Foreign Affairs, Ms X"
            window.insert(0, far)
        if counterpart_anchor and person.end < tv.n and tv.text(person.end) == ",":
            window += list(range(person.end, min(tv.n, person.end + 6)))
        for i in window:
            if i > person.end and _coordinated_counterpart(tv, person.end, i):
                continue
            if tv.lower(i).startswith(_COUNTERPART_WORDS) and not (
                    i < person.start and "\n" in tv.doc_text[tv.starts[i]:person.start_char]):
                # (a headline's "meets Malaysian counterpart" is not the name on the next line)
                named = [country_at[k].kb_id_ for k in range(max(0, i - 3), i) if k in country_at]
                if len(named) == 2 and tv.lower(i).endswith("s") and person.start > i and tv.lower(i - 2) in ("and", "&"):
                    # "his French and Polish counterparts, A and B": in their order
                    return named[1] if any(tv.lower(k) in ("and", "&") for k in range(i + 1, person.start)) else named[0]
                if named:
                    return named[0]
                # "his counterpart from Saudi Arabia"
                if i + 2 < tv.n and tv.lower(i + 1) in ("from", "of"):
                    k = i + 2 + (tv.lower(i + 2) == "the")
                    if k in country_at:
                        return country_at[k].kb_id_
        return None


#: an envoy's office with its posting ("Ambassador to the Philippines")
_POSTED_ENVOY = re.compile(r"(?:Ambassador|High Commissioner|Consul[- ]General|Envoy|Permanent Representative)\b.*\bto\b")

#: how many tokens back from a name "counterpart" may stand with an office in apposition between
_APPOSED_OFFICE_TOKENS = 20
#: between "counterpart" and the name: the office in apposition ("..., the Minister of Foreign Affairs
#: and Cooperation, Ms ")
_APPOSED_OFFICE = re.compile(r",\s+the\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|&))*,\s+"
                             r"(?:(?:[A-Z][a-z]{0,3}\.?|H\.E\.)\s+)*\Z")


def _apposed_counterpart(tv: TokenView, person: Span, counterparts: list[int]) -> Optional[int]:
    """The last "counterpart" token (of the sorted ``counterparts``) 7 to :data:`_APPOSED_OFFICE_TOKENS`
    tokens before ``person`` with only an office in apposition between them, else ``None``."""
    s = person.start
    k = bisect_left(counterparts, max(0, s - 6)) - 1
    while k >= 0 and s - counterparts[k] <= _APPOSED_OFFICE_TOKENS:
        if _appositive_office(tv, counterparts[k], person):
            return counterparts[k]
        k -= 1
    return None


def _appositive_office(tv: TokenView, i: int, person: Span) -> bool:
    """Whether only an office in apposition stands between the "counterpart" token ``i`` and ``person``."""
    return _APPOSED_OFFICE.match(tv.doc_text, tv.starts[i] + len(tv.text(i)), person.start_char) is not None


#: what may follow "counterpart" in an apposition ("X, the Japanese counterpart of Y")
_COUNTERPART_AFTER = frozenset(("of", "from", "in", "at", "for", "to", "and", "who"))
#: what makes "NAME, ... counterpart" an apposition however it goes on ("X, his Japanese counterpart")
_COUNTERPART_DETERMINERS = frozenset(("his", "her", "their", "the", "its"))


def _coordinated_counterpart(tv: TokenView, comma: int, i: int) -> bool:
    """Whether "NAME, Bahraini counterpart hold talks" joins two subjects (a headline's style: no
    determiner, a verb in small letters after "counterpart") rather than describing NAME."""
    if any(tv.lower(k) in _COUNTERPART_DETERMINERS for k in range(comma + 1, i)):
        return False
    if i + 1 >= tv.n:
        return False
    nxt = tv.text(i + 1)
    return nxt.isalpha() and nxt.islower() and nxt not in _COUNTERPART_AFTER


#: the words a masthead holds besides a body's name ("ASEAN Secretariat News", "EEAS Press Release")
_MASTHEAD_WORDS = 6
#: the lower-case words a masthead may hold: "of", "the", "and", "for", and what names the kind of
#: release ("WHO news release", "UNICEF press release", "IAEA media advisory")
_MASTHEAD_LOWER = frozenset(("of", "the", "and", "for", "news", "press", "release", "statement", "media",
                             "advisory", "update", "briefing"))
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


#: what a state's possessive after "of" may own and still be the person's state: "X of India's
#: delegation", "Y of Viet Nam's Ministry of Industry" (any capitalised word is a body's name too)
_OWN_BODY_NOUNS = frozenset(("delegation", "government", "side", "team", "embassy", "ministry", "mission",
                             "department", "office", "commission", "agency", "consulate", "administration"))


def _possessed_matter(tv: TokenView, end: int) -> bool:
    """Whether the state ending at token ``end`` is a possessive owning some matter rather than a
    body ("informed Minister X of Viet Nam's preparations", "briefed Y of Kenya's position"): then
    the "of" is the verb's, and the state is not the person's."""
    if end + 1 >= tv.n or tv.text(end) not in ("'s", "’s"):
        return False
    nxt = tv.text(end + 1)
    return nxt[:1].islower() and nxt.lower() not in _OWN_BODY_NOUNS


#: ranks that stand before a person's portfolio office, set off by a comma ("Minister of State,
#: Minister of Energy X"), and the words that may open such a chain (not a name or another title)
_RANK_BEFORE_PORTFOLIO = re.compile(r"(?:Senior )?Minister of State|(?:First |Second )?Deputy Prime Minister"
                                    r"|(?:First |Second )?Vice[- ]Prime Minister|Vice[- ]President|Vice[- ]Premier"
                                    r"|(?:First )?(?:Deputy|Vice)[- ]Chairman of the Cabinet of Ministers")
_CHAIN_OPENERS = frozenset(("by", "were", "was", "included", "include", "includes", ":", "and", "with", "from",
                            "\n", "of", "met", "received", "between"))


def _country_code_state(code: str) -> Optional[str]:
    """The alpha-3 of a web domain's country code ("br" -> "BRA"; "uk" -> "GBR")."""
    import pycountry
    found = pycountry.countries.get(alpha_2="GB" if code == "uk" else code.upper())
    return found.alpha_3 if found is not None else None


def _states(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` of the states ``doc`` names, in order."""
    return sorted((s.start_char, s.end_char, s.kb_id_) for s in spans_of(doc, keys.COUNTRIES))


def _blocks(found: list[tuple[int, int, str]]) -> tuple[list[int], list[tuple[int, int, str]]]:
    """``(start, end, code)`` blocks of text a state's side heads, with their starts for bisecting."""
    return [b[0] for b in found], found


def _block_state(blocks: tuple[list[int], list[tuple[int, int, str]]], person: Span) -> Optional[str]:
    """The state of the block (a table column's cells, a list's section) holding ``person``."""
    starts, found = blocks
    i = bisect_right(starts, person.start_char) - 1
    return found[i][2] if i >= 0 and found[i][1] >= person.end_char else None


_LEADING_SPACE = re.compile(r"\s*")


def international_masthead(text: str) -> bool:
    """Whether the release's first line is the masthead of an international body ("AFRICAN UNION",
    "United Nations | Secretary-General", "The Commonwealth"): a short line naming the body, with
    no lower-case word but "of", "the", "and", "for" and the kind of release ("WHO news release") (a
    headline has its verbs: "Secretary (ER) in Addis Ababa for talks with the African Union")."""
    start = _LEADING_SPACE.match(text).end()  # (not text.lstrip(): a copy of the whole text)
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)].strip()
    words = _WORD.findall(line)
    if not words or len(words) > _MASTHEAD_WORDS:
        return False
    if line.isupper():
        line = line.title()
        words = _WORD.findall(line)
    if any(w[:1].islower() and w not in _MASTHEAD_LOWER for w in words):
        return False
    return names_international_body(line) and lookup_country(line) is None  # (not "Commonwealth of Australia")
