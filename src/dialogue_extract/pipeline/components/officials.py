"""The officials component: merges the person mentions of one document into officials.

The clustering itself is :func:`dialogue_extract.resolve.resolve_mentions` (plain Python, usable
without spaCy); this component feeds it the mentions of ``doc.spans["persons"]`` with the
countries attribution found, keeps the clusters that something vouches for as officials, and
writes ``doc._.de_officials`` (a list of :class:`dialogue_extract.people.OfficialInfo`: typed
plain data; the extractor builds the public :class:`dialogue_extract.results.Official` of each).

A cluster is an official when one of its mentions carries a public title, a strong honorific
(H.E., Hon., Shri, Sheikh ...) or stands as someone's counterpart. A person known only by an
ordinary honorific (Mr, Dr) or only by an office of a company is not returned.
"""
from __future__ import annotations

from collections import Counter
import re
from typing import Iterator, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...organizations import names_body_as_remit, names_international_body, with_canonical_bodies
from ...resolve import NameMention, merge_bracketed_aliases, resolve_mentions
from ...people import MentionSpan, OfficialInfo
from ...roles import role_of
from ...people.known import KnownOfficeholders, known_states, load_known, merge_known_forms
from ...people.name_culture import NameCultures, culture_states, load_cultures
from ...people.context import (countries_from_context, delegation_members, flowed_signatory_rows, for_state_labels, respective_holders, sides_of_pairs,
                               signatory_cells, instrument_item_pairs, mission_staff, signatory_pairs, signature_columns,
                               state_label_lines)
from ...people.offices import (definite_office_state, mission_hosts, office_held_at_home, offices_the_home_lacks,
                              pairs_from_question, salutation_block, salutation_hosts, speaker_hosts, speech_salutation,
                              heading_lines_end, shortened_office)
from .sides import SideCues
from ...data import data_path, read_json, read_tsv
from ...located import last_match
from ..text import TokenView, doc_text, token_view
from .. import keys
from ..extensions import doc_value, set_doc_value, span_value
from ..groups import set_spans, spans_of


_FACTORY = dict(default_config={"fuzzy_threshold": 88, "set_ents": True, "sides_path": None,
                                "known_officeholders_path": None, "name_cultures": True},
                requires=["doc.spans", "span._.de_person_info", "span._.de_attribution", "doc._.de_home_country"],
                assigns=["doc.spans", "doc._.de_officials", "doc.ents"])


#: an envoy's office and the place it is posted in, right before the envoy's name ("our Ambassador in
#: Berlin, X", "the High Commissioner in Nairobi, Y")
#: an envoy's office
_ENVOY_OFFICE = r"\b(?:Ambassador|High Commissioner|Consul[- ]General|Charg[ée] d['’][Aa]ffaires|Envoy)"
_POSTED_IN = re.compile(_ENVOY_OFFICE + r"[ \t]+(?:in|at)[ \t]+((?:[A-Z][\w'’.-]*[ \t]?){1,3}),?[ \t]*$")


# "..., who took up her post in Buenos Aires": the place an envoy is posted in, after the name
_POST_TAKEN_IN = re.compile(r",?[ \t]+who[ \t]+(?:took[ \t]+up|has[ \t]+taken[ \t]+up|assumed|took[ \t]+over)[ \t]+"
                            r"(?:her|his|their|the)[ \t]+(?:post|posting|duties|office)[ \t]+in[ \t]+((?:[A-Z][\w'’.-]*[ \t]?){1,3})")
# an envoy's office right before a name
_ENVOY_BEFORE = re.compile(_ENVOY_OFFICE + r"[ \t]+\Z")


def _posted_in(text: str, official: OfficialInfo, state: str, places: dict[str, str]) -> bool:
    """Whether a mention of ``official`` follows an envoy's office posted in a place of ``state``, or
    an envoy's is followed by the post taken up there ("Ambassador X, who took up her post in Buenos
    Aires last year")."""
    for m in official.mentions:
        hit = _POSTED_IN.search(text, max(0, m.start - 80), m.start)
        if hit is not None and places.get(hit.group(1).strip()) == state:
            return True
        after = _POST_TAKEN_IN.match(text, m.end)
        if after is not None and places.get(after.group(1).strip()) == state \
                and _ENVOY_BEFORE.search(text, max(0, m.start - 40), m.start):
            return True
    return False


@Language.factory("de_officials", **_FACTORY)
def make_officials(nlp: Language, name: str, fuzzy_threshold: int, set_ents: bool,
                   sides_path: Optional[str], known_officeholders_path: Optional[str] = None,
                   name_cultures: bool = True) -> "OfficialsComponent":
    sides_data = read_json(sides_path or data_path("sides.json"))
    sides = SideCues.from_data(sides_data)
    places = {row["place"]: row["country"] for row in read_tsv(data_path("datelines.tsv"))}
    # where a speech's header puts it ("São Paulo, 24 March 2026"): the places of datelines, and the
    # cities of the gazetteer (datelines.tsv wins)
    header_places = {row["place"]: row["country"] for row in read_tsv(data_path("cities.tsv"))} | places
    titles = read_json(data_path("titles.json"))
    persons = read_json(data_path("persons.json"))
    return OfficialsComponent(fuzzy_threshold=fuzzy_threshold, set_ents=set_ents, sides=sides.set_places(places),
                              salutation_closers=sides_data.get("salutation_closers", ()), places=header_places,
                              spouse_appositives=persons.get("spouse_appositives", ()),
                              consort_titles=persons.get("consort_titles", ()),
                              body_staff_heads=titles.get("body_staff_heads", []),
                              offices_absent=titles.get("offices_absent", {}),
                              single_holder_roles=titles.get("single_holder_roles", ()),
                              single_holder_stops=titles.get("single_holder_stops", ()),
                              national_body_offices=titles.get("national_body_offices", []),
                              meeting_roles=titles.get("meeting_roles", ()),
                              known=load_known(known_officeholders_path) if known_officeholders_path else None,
                              cultures=load_cultures(known_officeholders_path)
                              if known_officeholders_path and name_cultures else None)


# the roles of a state's leaders, who may hold an international body's rotating chair besides
_NATIONAL_LEADERS = frozenset({"head_of_state", "head_of_government", "foreign_minister"})
# an office held this many years or more before the release is history: it holds no place now
_HISTORY_YEARS = 10
# offices a state sends to an international body ("Permanent Representative of India to the UN")
_NATIONAL_ENVOYS = ("Permanent Representative", "Ambassador", "Deputy Permanent Representative")
# a state's envoy accredited to a body: the body after " to " is not the one the envoy serves
_ACCREDITED = _NATIONAL_ENVOYS + ("Head of Mission", "Head of the Mission", "Head of Delegation",
                                  "Head of the Delegation", "Observer")


def serves_international_body(title: str) -> bool:
    """Whether ``title`` makes its bearer staff of an international body: "Head of Mission to the
    European Union" or "Permanent Representative to the African Union" is a state's envoy to the
    body (only what comes before " to " counts; so before " for ": Australia's "Ambassador for
    ASEAN"), "Head of the EU Delegation to India" is not."""
    parts = next(_accredited_parts(title), None)
    if parts:
        return names_international_body(parts[0])
    head, sep, remit = title.partition(" for ")
    if sep:  # a body in the office's remit is not the one served ("Director for Africa and the African
        # Union" of a foreign ministry); one named after the remit is ("... for Children of the United Nations")
        return names_international_body(head) or names_international_body(remit.partition(" of ")[2])
    return names_international_body(title)


def accredited_to_body(title: str) -> bool:
    """Whether ``title`` is a state's envoy accredited to an international body ("Ambassador to the
    African Union", "Ambassador for ASEAN", "Permanent Representative to the UN"): its bearer
    serves the sending state, not the body."""
    for head, rest in _accredited_parts(title):
        if not names_international_body(head):
            return names_international_body(rest)
    return False


def _accredited_parts(title: str) -> Iterator[tuple[str, str]]:
    """``(envoy's office, posting)`` of ``title`` split at " to ", then at " for ", wherever the part
    before is an envoy's office ("Ambassador" | "the African Union")."""
    for word in (" to ", " for "):
        head, sep, rest = title.partition(word)
        if sep and head.startswith(_ACCREDITED):
            yield head, rest


# the factory's name until version 0.1: pipelines saved then still load
Language.factory("de_resolver", **_FACTORY)(make_officials)



def _merge_country(att) -> Optional[str]:
    """The state a mention's own words give its person, as the resolver weighs it (two people of
    one name serving two states are kept apart): none from a form of address alone ("Shri" is
    used of India's people and of its diaspora alike) or from a body of trade or friendship
    ("President of the Fiji-India Friendship Association", which serves no state)."""
    if att is None or att.business_only or att.country_source == "honorific":
        return None
    return att.country

class OfficialsComponent:
    def __init__(self, *, fuzzy_threshold: int = 88, set_ents: bool = True,
                 sides: Optional[SideCues] = None, body_staff_heads: Sequence[str] = (),
                 offices_absent: Optional[dict[str, Sequence[str]]] = None,
                 single_holder_roles: Optional[Sequence[str]] = None,
                 single_holder_stops: Optional[Sequence[str]] = None,
                 national_body_offices: Sequence[str] = (), meeting_roles: Sequence[str] = (),
                 spouse_appositives: Sequence[str] = (),
                 consort_titles: Sequence[str] = (), salutation_closers: Sequence[str] = (),
                 places: Optional[dict[str, str]] = None, known: Optional[KnownOfficeholders] = None,
                 cultures: Optional[NameCultures] = None) -> None:
        # the generic lines that close a speech's salutation ("Excellencies,", "Ladies and gentlemen,")
        # (several on one line: "Excellencies, members of the diplomatic corps,")
        closer = r"(?:" + "|".join(salutation_closers) + r")"
        self.salutation_closer = (re.compile(r"[ \t]*%s(?:[ \t]*,[ \t]*(?:and[ \t]+)?%s)*[ \t]*[,;:!]?[ \t]*$"
                                             % (closer, closer), re.IGNORECASE) if salutation_closers else None)
        self.places = dict(places or {})
        # "X, the wife of King Y": a spouse, whose title by marriage ("Queen", "First Lady") is no office
        self.spouse = (re.compile(r",[ \t]*(?:" + "|".join(map(re.escape, sorted(spouse_appositives, key=len, reverse=True)))
                                  + r")(?![\w-])", re.IGNORECASE) if spouse_appositives else None)
        self.consort_titles = frozenset(t.casefold() for t in consort_titles)
        self.meeting_roles = frozenset(r.casefold() for r in meeting_roles)
        # offices of a state's own body named like an international one ("Secretary of the
        # Security Council"): their bearers are no staff of the international body
        self.national_body = (re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, national_body_offices)) + r")(?![\w-])",
                                         re.IGNORECASE) if national_body_offices else None)
        self.fuzzy_threshold = fuzzy_threshold
        # heads of state and government and foreign ministers whose state the text need not give
        self.known = known
        # how the names of each state's people read, for an official whose state is only the home's guess
        self.cultures = cultures
        # office -> the states whose government has no holder of it ("President": Japan, ...)
        self.offices_absent = {office: frozenset(codes) for office, codes in (offices_absent or {}).items()}
        self.single_holder_roles = frozenset(single_holder_roles or ())
        self.single_holder_stops = re.compile(r"\b(?:" + "|".join(map(re.escape, single_holder_stops or ())) + r")\b",
                                              re.I) if single_holder_stops else None
        self.set_ents = set_ents
        self.sides = sides
        # in an international body's release, the offices of its staff ("Deputy Spokesperson",
        # "Commissioner for ..."): their bearers are given no state by guess
        self.body_staff = (re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, body_staff_heads)) + r")(?![\w-])",
                                      re.IGNORECASE) if body_staff_heads else None)

    def warm_up(self) -> None:
        """Compile the pattern of the bodies' names otherwise compiled on first use (see
        :meth:`dialogue_extract.Extractor.warm_up`)."""
        with_canonical_bodies("")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        # one record per person mention: (span, surface text, person info, attribution)
        records = [(sp, text[sp.start_char:sp.end_char], span_value(sp, "de_person_info"), span_value(sp, "de_attribution"))
                   for sp in spans_of(doc, keys.PERSONS)]
        officials: list[OfficialInfo] = []
        kept: list[Span] = []
        # the later stories of a page and their datelines' states (the items of a body's bulletin are
        # its own, wherever their datelines place them)
        story_homes = () if doc_value(doc, "de_home_issuer") else doc_value(doc, "de_story_homes") or ()
        if records:
            tv = token_view(doc)
            mentions = [NameMention(text=t, start=sp.start_char, end=sp.end_char,
                                    anchored=bool(info is not None and info.anchored),
                                    country=_merge_country(att),
                                    context={"titles": frozenset(_span_text(tv, a, b).lower() for a, b in info.titles)}
                                    if info is not None and info.titles else {})
                        for sp, t, info, att in records]
            clusters = merge_bracketed_aliases(text, mentions, resolve_mentions(mentions, fuzzy_threshold=self.fuzzy_threshold))
            # (a cluster's members are in text order)
            clusters = sorted(clusters, key=lambda c: mentions[c.members[0]].start)
            home = doc_value(doc, "de_home_country")
            home_source = doc_value(doc, "de_home_country_source") or "home_state"
            staff = self.body_staff if doc_value(doc, "de_issuer_international") else None
            strings = doc.vocab.strings
            person = strings.add("PERSON")
            for cluster in clusters:
                members = [records[i] for i in cluster.members]
                # a later story's own dateline is the home of the officials it first names
                first = members[0][0].start_char
                story = next((code for start, code in reversed(story_homes) if start <= first), None)
                official = self._official(cluster, members, f"P{len(officials) + 1}",
                                          story or home, "header" if story else home_source, staff,
                                          self.national_body, self.meeting_roles)
                if official is None:
                    continue
                if official.country and official.country_source != "title" and self.places \
                        and _posted_in(text, official, official.country, self.places):
                    # "our Ambassador in Berlin, X": an envoy is no envoy of the state posted in;
                    # the state the release names most besides
                    named = Counter(sp.kb_id_ for sp in spans_of(doc, keys.COUNTRIES) if sp.kb_id_ != official.country)
                    top = named.most_common(2)
                    official.country = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
                    official.country_source = "context" if official.country else None
                    official.country_inferred = False
                if self.spouse is not None and any(self.spouse.match(text, sp.end_char) for sp, _t, _i, _a in members):
                    official.titles = [t for t in official.titles if t.casefold() not in self.consort_titles]
                    if not official.titles:
                        continue  # "Queen X, the wife of King Y": a spouse, no office of her own
                officials.append(official)
                # the mention's own Span takes the official's id (no new Span per mention: the
                # group holding it before is replaced below)
                kb_id = strings.add(official.id)
                for sp, _t, _i, _a in members:
                    if sp.label != person:
                        sp.label = person
                    sp.kb_id = kb_id
                    kept.append(sp)
        if self.known is not None and len(officials) > 1:
            # one known person under two forms ("Jokowi" / "Joko Widodo"): one official, the ids
            # of the others' mentions given to it and the officials numbered again in order
            reference = doc_value(doc, "de_reference_date")
            joined = merge_known_forms(officials, self.known, reference.year if reference is not None else None)
            if joined:
                renamed = {}
                for n, o in enumerate(officials, start=1):
                    renamed[o.id], o.id = f"P{n}", f"P{n}"
                for sp in kept:
                    old_id = sp.kb_id_
                    new_id = renamed.get(joined.get(old_id, old_id))
                    if new_id is not None and new_id != old_id:
                        sp.kb_id = strings.add(new_id)
        set_spans(doc, keys.PERSONS, sorted(kept, key=lambda s: s.start))
        if self.known is not None and any(o.open_to_country for o in officials):
            # (first: a leader the table knows anchors the sides of the others)
            reference = doc_value(doc, "de_reference_date")
            known_states(officials, self.known, reference.year if reference is not None else None)
        # the rules below only give a state to an official the text gives none (or the home
        # state's guess): with no such official they have nothing to do
        if any(o.open_to_country for o in officials):  # the states named: (start, end, code), read once
            states = [(sp.start_char, sp.end_char, sp.kb_id_) for sp in spans_of(doc, keys.COUNTRIES)]
            if self.offices_absent:  # (first: the side rules read the officials' states)
                offices_the_home_lacks(officials, self.offices_absent, doc_value(doc, "de_home_country"),
                                       [c for _s, _e, c in states], text, [(s, c) for s, _e, c in states])
            salutation = (speech_salutation(text, doc_value(doc, "de_home_country"), self.salutation_closer, self.places)
                          if self.salutation_closer is not None else None)
            venue = salutation.venue if salutation is not None else None
            if len(officials) > 3 and "their " in text:  # (first: the names read in order of the leaders')
                respective_holders(text, officials)
            if ":" in text:  # ("Japan: A, Minister ...; B, ...": a line's label states its officials' state)
                state_label_lines(text, officials, states)
            if "igned" in text or "ignator" in text or "xchanged" in text:  # (a table's header naming its sides)
                flowed_signatory_rows(text, officials, states)
            if "(for " in text or "(on behalf of " in text:  # ("A, Minister of X (for Japan)": a signatory's state)
                for_state_labels(text, officials, states)
            if self.sides is not None:
                self.sides.apply(doc, text, officials, states, venue=venue)
            # (the side rules may have given every official a state: then nothing is left to give)
            if any(o.open_to_country for o in officials) and "the " in text:
                block = salutation_block(text, self.salutation_closer) if self.salutation_closer is not None else None
                definite_office_state(text, officials, states, block[0] if block is not None else heading_lines_end(text))
            if len(officials) > 1 and any(o.open_to_country for o in officials) and (
                    "ccompan" in text or "counterpart" in text or "delegation" in text or "joined " in text or "oining " in text):
                countries_from_context(text, officials, [(s, c) for s, _e, c in states], doc_value(doc, "de_home_country"))
                if "delegation" in text:  # ("his delegation, which included A and B": one state's)
                    delegation_members(text, officials)
            if any(o.open_to_country for o in officials) and (
                    "between" in text or "chair" in text or " from " in text or " of " in text
                    or "Presidents" in text or "Ministers" in text or "eaders" in text):
                sides_of_pairs(text, officials, [(s, c) for s, _e, c in states], doc_value(doc, "de_home_country"),
                               story_homes, self.cultures)
            if any(o.open_to_country for o in officials) and ("ignator" in text or "igned by" in text
                                                               or "xchanged by" in text):
                signatory_cells(text, officials, [(s, c) for s, _e, c in states], doc_value(doc, "de_home_country"),
                                self.cultures)
            if len(officials) > 3 and any(o.open_to_country for o in officials):
                signatory_pairs(text, officials)
            if len(officials) > 3 and any(o.open_to_country for o in officials) and ("–" in text or " - " in text or "—" in text):
                instrument_item_pairs(text, officials, [(s, c) for s, _e, c in states], doc_value(doc, "de_home_country"))
            if "\u00a6" in text and any(o.open_to_country for o in officials):  # (a block of columns in the layout view)
                signature_columns(text, officials, [(s, c) for s, _e, c in states])
            if salutation is not None and any(o.open_to_country for o in officials):
                salutation_hosts(officials, doc_value(doc, "de_home_country"), salutation,
                                 self.sides.own_envoy_titles if self.sides is not None else frozenset())
                speaker_hosts(text, officials, doc_value(doc, "de_home_country"), salutation)
            if any(o.open_to_country for o in officials) and any(w in text[:400] for w in _MISSION_WORDS):
                mission_hosts(text, officials, doc_value(doc, "de_home_country"), self.places)
            if any(o.open_to_country for o in officials) and (" and " in text or "&" in text):
                pairs_from_question(text, officials, states, doc_value(doc, "de_home_country"))
            if self.sides is not None and len(officials) > 1 and any(o.open_to_country for o in officials):
                # ("X's Ambassador A and First Secretary B": B is of X too)
                mission_staff(text, officials, self.sides.own_envoy_titles, self.sides.mission_staff_titles)
            if self.single_holder_roles and any(o.open_to_country for o in officials):
                reference = doc_value(doc, "de_reference_date")
                office_held_at_home(text, officials, self.single_holder_roles, self.single_holder_stops,
                                    [(s, c) for s, _e, c in states], doc_value(doc, "de_home_country"), states,
                                    past_before=reference.year - _HISTORY_YEARS if reference is not None else None)
        if self.cultures is not None and any(o.country_inferred for o in officials):
            # (last: the weakest clue, read only where every rule left the home state's guess)
            culture_states(officials, self.cultures, [sp.kb_id_ for sp in spans_of(doc, keys.COUNTRIES)])
        set_doc_value(doc, "de_officials", officials)
        if self.set_ents:
            self._set_ents(doc, kept)
        return doc

    @staticmethod
    def _official(cluster, members: list, ident: str, home: Optional[str] = None,
                  home_source: str = "home_state", staff: Optional[re.Pattern] = None,
                  national_body: Optional[re.Pattern] = None,
                  meeting_roles: frozenset[str] = frozenset()) -> Optional[OfficialInfo]:
        infos = [(info, att) for _sp, _t, info, att in members]
        vouched = False
        vouched_by_address = business_office = False
        titles: list[str] = []
        countries: Counter[str] = Counter()
        sources: dict[str, str] = {}
        organization = None
        targets: set[str] = set()
        seen: set[str] = set()  # the titles as written
        seen_titles: Optional[set[str]] = None  # case, "the" and the spelling of bodies do not make a new title
        given: list = []  # the attributions that give a country
        described = False  # "Shri X, a nurse from Kottayam": a private person's calling in apposition
        for sp, _t, info, _att in members:
            if info is not None and info.strong_honorific and not info.counterpart \
                    and not any(_OFFICE_ADDRESS.match(h) for h in info.honorifics) \
                    and _CALLING.match(doc_text(sp.doc), sp.end_char) is not None:
                described = True
        # the attributions that give only offices of companies; and "Chairman X of the Federation of
        # ... Industries ... Thank you, Chairman X": the office of a body of business, named again
        # bare, is that office still
        business_titles = {t.casefold() for _i, att in infos if att is not None and att.business_only for t in att.titles}
        business = {id(att) for _i, att in infos if att is not None and (att.business_only or (
            business_titles and att.titles and not att.country
            and all(t.casefold() in business_titles and _BUSINESS_OFFICE.fullmatch(t) for t in att.titles)))}
        for info, att in infos:
            if info is None:
                continue
            if info.anchored and att is not None and (att.titles or att.verb_titles) and id(att) not in business:
                vouched = True
            elif info.anchored and (info.counterpart or info.strong_honorific and not described):
                vouched_by_address = True
            if att is None:
                continue
            if id(att) in business:
                business_office = business_office or att.trade_body
                continue
            for t in att.titles:
                if t in seen:
                    continue
                if seen:  # (read only once a second title is written otherwise than the first)
                    if seen_titles is None:
                        seen_titles = {_title_key(x) for x in seen}
                    key = _title_key(t)
                    if key in seen_titles:
                        seen.add(t)
                        continue
                    seen_titles.add(key)
                seen.add(t)
                titles.append(t)
            if att.country:
                given.append(att)
            targets.update(att.target_countries)
            organization = organization or att.organization
        short_only: set[str] = set()  # countries only a short form of a fuller title gave
        if any(att.country_source != "honorific" for att in given):
            # a form of address that one state uses ("Ibu X", "Bapak Y") says less than the text's
            # own words: "Ibu X, Minister of Foreign Affairs of Timor-Leste", then "Ibu X" four times
            given = [att for att in given if att.country_source != "honorific"]
        for att in given:
            if att.country_by_wording and att.titles and all(shortened_office(t, titles) for t in att.titles):
                short_only.add(att.country)  # "Secretary of State X", short for the "Secretary of State
                continue  # for ..." written before: the whole office says whose it is
            countries[att.country] += 1
            sources.setdefault(att.country, att.country_source or "title")
        # "Shri X, President of the Confederation of ... Industry": a form of address does not make
        # an official of one whose only office the text gives is held in a body named as one of trade
        if not vouched and not (vouched_by_address and not business_office):
            return None
        if not vouched and members and all(_civil_group_before(sp) for sp, _t, _i, _a in members):
            return None  # "community volunteers, including Shri X and Shri Y": a form of address, no office
        if titles and members and all(_BUSINESS_OFFICE.search(t) for t in titles) \
                and all(_civil_group_before(sp, _BUSINESS_GROUP) for sp, _t, _i, _a in members):
            return None  # "business leaders from both countries, including Samsung Electronics Executive
            # Chairman X": an office of a company, named in a list of business people
        if meeting_roles and len(titles) > 1 and any(t.casefold() in meeting_roles for t in titles):
            # "Minister of Foreign Affairs (Head of Delegation)": the part played in the meeting, no office
            titles = [t for t in titles if t.casefold() not in meeting_roles] or titles
        if not titles:  # "X, who heads the agency" and no other title: the verb's office
            titles = list(dict.fromkeys(t for _info, att in infos if att is not None and id(att) not in business
                                        for t in att.verb_titles))
        # no clue in the text: the release's home state (its dateline's, or the one it names most)
        # (never the state an ambassador is accredited to, nor for the staff of international bodies)
        # (a body that is only an office's remit, "Director General for ASEAN Cooperation", is no employer)
        # (nor is the body an envoy is accredited to, "Ambassador for ASEAN")
        body = bool(organization and names_international_body(organization)
                    and not any(names_body_as_remit(t) for t in titles)
                    and not (titles and all(accredited_to_body(t) for t in titles)))
        if national_body is not None and any(national_body.search(t) for t in titles):
            # ("Secretary of the Security Council": a state's own council, not the UN's)
            titles_international = False
            if body:
                organization, body = None, False
        else:
            titles_international = True
        international = titles_international and any(serves_international_body(t) for t in titles) or bool(
            body and not any(w in t for t in titles for w in _NATIONAL_ENVOYS)) or (
            staff is not None and not countries and any(staff.search(t) for t in titles))
        if international and any(role_of(t) in _NATIONAL_LEADERS and not names_international_body(t)
                                 and not shortened_office(t, titles) for t in titles) \
                and any(names_international_body(t) for t in titles):
            # "President X, Chairperson of the East African Community": a state's leader holding a
            # body's rotating chair, another of the titles (not "President", short for "President of the
            # European Commission", nor "IFAD President": the body's own head)
            international = body = False
        if home in targets or international or body:
            home = None
        country = countries.most_common(1)[0][0] if countries else getattr(cluster, "country", None)
        if country in short_only and country not in countries:
            country = None
        inferred = country is None and home is not None
        source = sources.get(country) if country else (home_source if home else None)
        country = country or home
        forms = []
        for _sp, t, _i, _a in members:
            if t != cluster.canonical and t not in forms:
                forms.append(t)
        return OfficialInfo(
            id=ident,
            name=cluster.canonical,
            aliases=forms,
            titles=titles,
            country=country,
            country_inferred=inferred,
            country_source=source,
            organization=organization,
            international=international,
            mentions=[MentionSpan(t, sp.start_char, sp.end_char) for sp, t, _i, _a in members],
        )

    @staticmethod
    def _set_ents(doc: Doc, persons: list[Span]) -> None:
        """Fill ``doc.ents`` for displaCy with officials, countries, organisations and dates,
        keeping every entity an earlier component of the pipeline set: ours only go where none is."""
        spans = list(persons)
        for key in (keys.COUNTRIES, keys.ORGANIZATIONS, keys.DATES):
            spans.extend(spans_of(doc, key))
        upstream = list(doc.ents)
        taken = bytearray(len(doc))
        for e in upstream:
            taken[e.start:e.end] = b"\x01" * (e.end - e.start)
        ours = [s for s in filter_spans(spans) if not any(taken[s.start:s.end])]
        doc.ents = sorted(upstream + ours, key=lambda s: s.start)


#: a group of people of civil society introducing the names after it ("community volunteers, including",
#: "students such as", "business leaders like")
_CIVIL_GROUP = re.compile(r"\b(?:volunteers|students|entrepreneurs|businessmen|businesspeople|business\s+leaders|community\s+leaders"
                          r"|members\s+of\s+the\s+(?:community|diaspora)|activists|artists|scholars|academics|journalists"
                          r"|residents|athletes|alumni|fishermen|farmers|workers|traders"
                          r"|(?:representatives|members|leaders)\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:associations?|unions?|groups?|cooperatives?))"
                          r"\b,?\s+(?:including|such\s+as|like|namely|among\s+them)\s+", re.IGNORECASE)


#: people of business introducing the names after them, even with their offices ("business leaders from
#: the two countries, including", "Japanese business executives led by")
_BUSINESS_GROUP = re.compile(r"\b(?:business(?:men|people|women)|(?:business|industry|corporate)\s+(?:leaders|executives|chiefs|community)"
                             r"|chief\s+executives|CEOs|investors|captains\s+of\s+industry)"
                             r"(?:\s+[\w'’-]+){0,6}?,?\s+(?:including|such\s+as|like|namely|among\s+them|led\s+by|headed\s+by)\s+",
                             re.IGNORECASE)
#: the offices of a company ("Executive Chairman", "Chief Executive", "Managing Director", "President")
_BUSINESS_OFFICE = re.compile(r"(?:Chair(?:man|woman|person)?|President|Chief\s+Executive(?:\s+Officer)?|CEO|Managing\s+Director"
                              r"|Founder|Director(?:\s+General)?|Partner|Head)$", re.IGNORECASE)


#: the words of a mission's masthead (an embassy's or a consulate's), read near the text's start
_MISSION_WORDS = ("mbassy", "MBASSY", "onsulate", "ONSULATE", "mbajada", "onsulado")
#: an indefinite noun in apposition after a name: the person's calling ("Shri X, a nurse from
#: Kottayam", "Sheikh Y, a businessman"), which a form of address alone does not make public office
_CALLING = re.compile(r",[ \t]+an?[ \t]+[a-z]")
#: the forms of address only office gives ("H.E.", "Hon."): a calling after them is no private one
_OFFICE_ADDRESS = re.compile(r"(?i)(?:h\.?\s?e\.?|his excellency|her excellency|(?:the\s+)?hon(?:ou?rable|\.)?"
                             r"|excellency)$")


def _civil_group_before(span, group: "re.Pattern" = None) -> bool:
    """Whether the person's mention ``span`` stands in a list a civil-society group introduces
    (``group``: the pattern of the group's words, :data:`_CIVIL_GROUP` by default)."""
    text = doc_text(span.doc)  # (read once per Doc: span.doc.text joins every token again)
    start = span.start_char
    m = last_match(group or _CIVIL_GROUP, text, max(0, start - 160), start)
    return m is not None and not any(c in text[m.end():start] for c in ".;:\n")


def _title_key(title: str) -> str:
    """What two titles that are one title share."""
    return with_canonical_bodies(title).casefold().replace("the ", "")


def _span_text(tv: TokenView, start: int, end: int) -> str:
    """``doc[start:end].text`` read from the token view (no Span is made)."""
    return tv.span_text(start, end) if end > start else ""
