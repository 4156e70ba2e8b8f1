"""Which state an official serves, read from the offices the officials hold and the speech they
are named in, once every official of a document is known.

* an office the release's home state has no holder of ("President" in a Japanese release) serves
  the other state the release is about (:func:`offices_the_home_lacks`);
* a second holder of an office the home state has one of ("Prime Minister") serves another state
  (:func:`office_held_at_home`), as does the one holder of an office written later with a
  demonym ("the Russian President", :func:`definite_office_state`);
* a speech given abroad addresses its hosts first (:func:`speech_salutation`, :func:`salutation_hosts`).

Plain Python over the text and the officials found (:class:`~dialogue_extract.people.info.OfficialInfo`,
completed in place); the officials component runs these after the side rules.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import NamedTuple, Optional, Sequence

from ..countries import lookup_country
from ..roles import role_of
from .context import mentions_by_start, sentence_end, sentence_start
from .info import OfficialInfo


def shortened_office(title: str, titles: Sequence[str]) -> bool:
    """Whether ``title`` is a short form of another of ``titles`` written out in full ("Secretary of
    State" beside "Secretary of State for Foreign and Global Affairs"): the whole office, not its
    short form, says which state's it is."""
    return any(title != other and title in other for other in titles)


def release_other(codes: Sequence[str], home: Optional[str]) -> Optional[str]:
    """The one state besides ``home`` a release is about: the only other one it names (``codes``:
    every country mention's code), or one it names at least twice as often as any other."""
    counts = Counter(c for c in codes if c != home)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


#: where an office's field begins ("Deputy Minister| for Foreign Affairs")
_FIELD = re.compile(r" (?:for|of) ")


def offices_the_home_lacks(officials: list[OfficialInfo], absent: dict[str, frozenset], home: Optional[str],
                           codes: Sequence[str], text: str = "",
                           states: Sequence[tuple[int, str]] = ()) -> None:
    """An official given the release's home state only by guess, titled only by an office that
    state's government has none of ("President" in a Japanese release, "Prime Minister" in an
    Indonesian one), serves the one other state the release is about; in a release about many
    (a briefing's questions on one state after another), the one other state named in the paragraph
    of one of their mentions ("Prime Minister Modi visits Washington" after a question naming India)."""
    if home is None:
        return
    other = None
    for o in officials:
        if not (o.country_inferred and o.country == home and o.titles):
            continue
        # (the office before its field counts: "Deputy Minister for Foreign Affairs and Regional
        # Integration" is a "Deputy Minister"; a short form of another of the titles says nothing)
        full = [t for t in o.titles if not shortened_office(t, o.titles)]
        if not all(home in absent.get(t, absent.get(_FIELD.split(t, 1)[0], ())) for t in full):
            continue
        # the one other state named in the paragraph first ("the situation in South Sudan ... urged
        # President X" in a release mostly about Sudan), else the one the release is about
        state = (_paragraph_state(text, o, states, home, before=True)
                 or _paragraph_state(text, o, states, home)) if text else None
        if state is None:
            other = other or release_other(codes, home)
            state = other or (_paragraph_state(text, o, states, home, answered=True) if text else None)
        if state is None:
            continue
        o.country, o.country_inferred, o.country_source = state, False, "title"


# a line that ends an address of a speech's salutation ("Minister Vivian Balakrishnan,")
_ADDRESS_LINE = re.compile(r"[^\n]{2,200}[,;][ \t]*$")
_COMMA = re.compile(r",[ \t]+")
# a header line's label of the place a speech was given at ("Location: Ho Chi Minh City")
_PLACE_LABEL = re.compile(r"^(?i:location|venue|place|delivered at)[ \t]*:[ \t]*")
# a header line's parenthesised ending ("(May 14, 2026)")
_PAREN_END = re.compile(r"\s*\([^()\n]*\)\s*$")
_MONTHS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                     r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")


def salutation_block(text: str, closer: re.Pattern, limit: int = 3000) -> Optional[tuple[int, int]]:
    """``(start, end)`` of the addresses a speech opens with, one a line, each ending in a comma or
    semicolon, up to a generic line that closes them ("Your Majesty King X,\nExcellency Prime
    Minister Y,\nExcellencies,\nLadies and gentlemen,"); None when the text opens with none."""
    lines, pos = [], 0
    for line in text[:limit].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    for k, (at, line) in enumerate(lines):
        if not closer.match(line):
            # the addresses on one line, closed by a generic one ("Minister X, Deputy Minister Y,
            # distinguished guests, friends,")
            if len(line) <= 300 and _ADDRESS_LINE.match(line):
                for comma in _COMMA.finditer(line):
                    if closer.match(line, comma.end()) and line[:comma.start()].strip()[:1].isupper():
                        return at, at + comma.start()
            continue
        first = k
        while first > 0 and lines[first - 1][1].strip() and _ADDRESS_LINE.match(lines[first - 1][1]) \
                and not closer.match(lines[first - 1][1]):
            first -= 1
        if first < k:
            # more addresses after a generic line, up to the one that closes the block ("Excellencies,
            # Members of the Diplomatic Corps;\nCouncillor X;\n...;\nFriends, ladies and gentlemen:")
            last, j = k, k + 1
            while j < len(lines) and lines[j][1].strip() and (_ADDRESS_LINE.match(lines[j][1])
                                                               or _closes(lines[j][1], closer)):
                if _closes(lines[j][1], closer):
                    last = j
                j += 1
            if last > k and (j == len(lines) or not lines[j][1].strip()) and j - 1 == last:
                at = lines[last][0]
            return lines[first][0], at
    return None


def _closes(line: str, closer: re.Pattern) -> bool:
    """Whether a salutation's line is a generic address, or ends with generic ones ("Friends,
    kababayan, ladies and gentlemen:")."""
    return closer.match(line) is not None or any(closer.match(line, c.end()) for c in _COMMA.finditer(line))


_DASH = re.compile(r"\s[–—-]\s")


def header_place(head: str, places: dict[str, str]) -> Optional[str]:
    """The state of the place the last header line naming one puts the speech in: the last segment
    after a comma that holds no date ("... Lecture 2026, Singapore", "Royal Palace of Laeken,
    Brussels, 14 October 2026", "Remarks ... in Suva, Fiji (May 14, 2026)", "... Mechanism – Abuja, August 26,
    2025"), or the place a
    mission names in its masthead ("Embassy of the United Arab Emirates in Manila", "Embassy of
    Qatar – Bangkok": its events are held there); a dateline's place ("Bangkok, 16 December 2026")."""
    for line in reversed(head.split("\n")):
        line = _PLACE_LABEL.sub("", _PAREN_END.sub("", line.strip()))  # ("Location: Ho Chi Minh City")
        if not line or len(line) > 250:
            continue
        segments = line.split(",")
        if len(segments) > 1 and all(any(ch.isdigit() for ch in seg) or _MONTHS.search(seg) for seg in segments[1:]):
            segments = segments[:1]  # a dateline: "Bangkok, 16 December 2026"
        for seg in reversed(segments[1:] if len(segments) > 1 else segments):
            seg = seg.strip().rstrip(".")
            if not seg or any(ch.isdigit() for ch in seg) or _MONTHS.search(seg):
                continue
            code = places.get(seg) or lookup_country(seg)
            if not code and _DASH.search(seg):  # "... Dialogue Mechanism – Abuja, August 26, 2025"
                last = _DASH.split(seg)[-1].strip()
                code = places.get(last) or lookup_country(last)
            if code:
                return code
            break
        mission = _MISSION_IN.match(line)
        if mission is not None:
            seg = (mission.group(1) or mission.group(2)).strip()
            code = places.get(seg) or lookup_country(seg)
            if code:
                return code
    return None


# a mission's masthead with the place it sits in: "Embassy of the United Arab Emirates in Manila"; the
# place ends the line, a cell, or runs into the site's menu ("... in the United Mexican States Home > News")
_MISSION_END = r"[ .]*(?:\||$|(?= (?:Home|HOME)\b| [>›»]))"
_MISSION_IN = re.compile(r"(?:The )?(?:Embassy|High Commission|Consulate(?: General)?|Permanent Mission|Mission)"
                         r" of [^|\n]{2,80}? (?:in|[–—-]) (?:the )?([A-Z][^|,\n]{1,40}?)" + _MISSION_END
                         # (in the languages of the hosts: "Embaixada do Reino do Marrocos no Brasil")
                         + r"|(?:Embaixada|Embajada|Ambassade|Botschaft) (?:d[oae]s?|de la|del|de l'|der) [^|\n]{2,80}? "
                         r"(?:n[oa]s?|em|en|au|aux|in) (?:(?:el|la|le|les|der) )?([A-Z][^|,\n]{1,40}?)" + _MISSION_END)


#: the longest headline whose offices the release then names
_HEADLINE_CHARS = 300


def headline_end(text: str) -> int:
    """The end of the headline, the block above the text's first blank line, when it is at most
    ``_HEADLINE_CHARS`` long; else 0 (no headline)."""
    end = text.find("\n\n")
    return end if 0 < end <= _HEADLINE_CHARS else 0

def heading_lines_end(text: str) -> int:
    """Where the release's heading lines end: the start of its first line of prose (a line of 25
    words or more, or one that ends a sentence after 8 words or more: not a menu, a headline or a
    dateline), within the first ``_HEADLINE_CHARS`` characters; else 0. A headline below the site's
    menus ("List of Outcomes: State Visit of the President of the Republic of Chile to India") is
    above it."""
    pos = 0
    while pos < min(len(text), _HEADLINE_CHARS):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        words = text[pos:end].split()
        if len(words) >= 25 or len(words) >= 8 and text[pos:end].rstrip().endswith((".", "!", "?", ":")):
            return pos
        pos = end + 1
    return 0


# what follows an office that names no person after it ("the Russian President and ...", "the Russian President.")
_NO_NAME_AFTER = re.compile(r"(?![ \t]+(?:[A-Z][\w.'’-]*)(?![\w-]))")


def definite_office_state(text: str, officials: list[OfficialInfo], states: Sequence[tuple[int, int, str]],
                          header_end: int = 0) -> None:
    """An office with a demonym and the definite article, naming no one after it ("conveyed greetings
    to the Russian President"), refers to the one official the text names in that office: when that
    official's state is only guessed and the phrase follows one of its mentions in its paragraph (in a
    later sentence), the demonym's state is his ("received by President X at the Kremlin ... the
    Russian President"), or "the President of Cyprus" likewise. In the headline (the block above the
    first blank line) such an office points ahead, to the one holder of its role the body names
    ("Receives the Greek Prime Minister" over "... received Prime Minister X"). Not when another
    official holds that office for that state, or several officials whose state is guessed hold it,
    or the holder is named in the phrase's own sentence. ``header_end``: where a speech's header ends
    (its salutation's start), read as the headline too ("Statement by the Prime Minister at the joint
    press conference with the President of the Republic of Ghana" over "Your Excellency President X,")."""
    holders: dict[str, list[OfficialInfo]] = {}
    written: dict[str, set[str]] = {}  # (the office as written: "the Japanese deputy minister" may be another's)
    for o in officials:
        for t in o.titles:
            written.setdefault(t.casefold(), set()).add(t)
        for t in dict.fromkeys(t.casefold() for t in o.titles):
            holders.setdefault(t, []).append(o)
    given: dict[int, str] = {}
    headline = max(headline_end(text), header_end)
    for start, end, code in states:
        if text.startswith(("'s", "’s"), end):
            continue
        for title, holding in holders.items():
            if text.endswith("the ", 0, start) and text.startswith(" ", end) \
                    and text[end + 1:end + 1 + len(title)] in written[title]:
                first, stop = start - 4, end + 1 + len(title)  # "the Russian President"
            else:  # "the President of Cyprus", "the President of the Republic of Chile"
                of = 8 if text.endswith(" of the ", 0, start) else 4 if text.endswith(" of ", 0, start) else 0
                first, stop = start - of - len(title) - 4, end
                if not of or first < 0 or text[first:first + 4] not in ("the ", "The ") \
                        or text[first + 4:start - of] not in written[title]:
                    continue
            if (stop < len(text) and (text[stop].isalnum() or text[stop] == "-")) or not _NO_NAME_AFTER.match(text, stop):
                continue
            # (a holder named in the phrase's own sentence is another: "President X receives the
            # President of Cyprus")
            sent_start, sent_end = sentence_start(text, first), text.find(". ", stop)
            sent_end = len(text) if sent_end < 0 else sent_end
            if first < headline:
                sent_end = headline
                # (the headline's office may be written otherwise in the body: every holder of its
                # role counts, "the Saudi Foreign Minister" over "Minister of Foreign Affairs X and
                # Foreign Minister Y")
                role = role_of(title)
                if role is None:
                    continue
                holding = [o for o in officials if any(role_of(t.casefold()) == role for t in o.titles)]
            open_ = [o for o in holding if o.open_to_country
                     and not any(sent_start <= m.start < sent_end for m in o.mentions)]
            if len(open_) != 1 or any(o.country == code for o in holding if not o.open_to_country):
                continue
            o = open_[0]
            # (in the paragraph of a mention before it: "the Kenyan Foreign Minister" asked about in
            # another paragraph may be one the text does not name)
            # (and not in its sentence: "will X meet the Japanese Foreign Minister" is another)
            # (or in the headline, which names the offices the release then gives names to: "President
            # X Receives the Greek Prime Minister" over "... received Prime Minister Y")
            para, sent = text.rfind("\n\n", 0, start), sentence_start(text, start)
            if (any(para < m.start < sent for m in o.mentions)
                    or first < headline and all(m.start > headline for m in o.mentions)) \
                    and given.get(id(o), code) == code:
                given[id(o)] = code
                o.country, o.country_inferred, o.country_source = code, False, "text"


class Salutation(NamedTuple):
    """A speech given abroad: the state of the place its header names (its hosts') and the
    character span of the addresses it opens with."""

    venue: str
    start: int
    end: int


def speech_salutation(text: str, home: Optional[str], closer: re.Pattern,
                      places: dict[str, str]) -> Optional[Salutation]:
    """The salutation of a speech given abroad: it opens with one, and its header puts it in a
    place of a state other than the release's home; else None."""
    if home is None:
        return None
    block = salutation_block(text, closer)
    venue = header_place(text[:block[0]], places) if block is not None else None
    return Salutation(venue, *block) if venue is not None and venue != home else None


def salutation_hosts(officials: list[OfficialInfo], home: str, salutation: Salutation,
                     envoys: frozenset = frozenset()) -> None:
    """A speech given abroad opens by addressing its hosts: an official first named in the salutation
    ("Minister X,\nDeputy Minister Y,\nExcellencies,") whom the text gives only the release's home state
    by guess serves the state of the place its header puts the speech in ("Address by the Minister
    at the Lecture, Singapore", in an Indian ministry's release); not an envoy whose every office is
    one of ``envoys`` ("High Commissioner X,", "X, Ambassador of His Majesty the King to ...": the
    speaker's own, posted there)."""
    def envoy(title: str) -> bool:
        return title in envoys or any(title.startswith(e + " ") for e in envoys)

    for o in officials:
        if o.mentions and o.country_inferred and o.country == home \
                and not (o.titles and all(map(envoy, o.titles))) \
                and salutation.start <= min(m.start for m in o.mentions) < salutation.end:
            o.country, o.country_inferred, o.country_source = salutation.venue, False, "context"


#: the speaker meeting someone where the speech is given: "I had the privilege of being received by
#: President X", "we met Minister Y yesterday", "I called on the Prime Minister, Z"
_SPEAKER_MET = re.compile(r"\b(?:I|[Ww]e)\b[^.;\n]{0,80}?\b(?:received by|welcomed by|hosted by|met(?: with)?|meet(?: with)?"
                          r"|called on|call on|calling on|held talks with)\s+")


def speaker_hosts(text: str, officials: list[OfficialInfo], home: str, salutation: Salutation) -> None:
    """In a speech given abroad, the one the speaker met there ("Yesterday I had the privilege of
    being received by President X at the State House") serves the state of the speech's place, when
    the text gives the official only the release's home state by guess."""
    starts = sorted(((m.start, o) for o in officials for m in o.mentions), key=lambda t: t[0])
    keys = [s for s, _o in starts]
    for m in _SPEAKER_MET.finditer(text, salutation.end):
        i = bisect_left(keys, m.end())
        if i >= len(keys) or keys[i] - m.end() > 60 or "." in text[m.end():keys[i]]:
            continue
        o = starts[i][1]
        if o.country_inferred and o.country == home:
            o.country, o.country_inferred, o.country_source = salutation.venue, False, "context"


#: an embassy's masthead on a line of its own ("EMBASSY OF JAPAN IN ZAMBIA", "Embassy of the Republic of
#: Korea to Papua New Guinea"): the state it is posted in
_EMBASSY_LINE = re.compile(r"^[ \t]*(?:THE[ \t]+|The[ \t]+)?(?:(?:EMBASSY|Embassy|CONSULATE(?:[ \t]+GENERAL)?"
                           r"|Consulate(?:[ \t]+General)?|Embajada|Consulado(?:[ \t]+General)?)[ \t]+(?:OF|of|de|del)"
                           r"[ \t]+[^\n]{2,80}?"
                           # ("U.S. Embassy & Consulate in Poland", "British Embassy in Hanoi": the state's name first)
                           r"|(?:[A-Z][\w.'’-]*[ \t]+){1,3}(?:EMBASSY|Embassy|High[ \t]+Commission)"
                           r"(?:[ \t]*(?:&|and)[ \t]*Consulates?(?:[ \t]+General)?)?)"
                           r"[ \t]+(?:IN|in|TO|to|AT|at|en)[ \t]+(?:THE[ \t]+|the[ \t]+)?"
                           r"([A-Z][^\n,|]{1,40}?)[ \t]*(?:$|\|)", re.M)
#: the words of a diplomat's office: an embassy's own staff
_DIPLOMAT_WORDS = ("Ambassador", "Counsellor", "Counselor", "Attaché", "Attache", "Consul", "Chargé", "Charge d",
                   "Chancery", "Chief of Mission", "Secretary of the Embassy", "First Secretary", "Second Secretary",
                   "Third Secretary", "High Commissioner", "Envoy", "Embassy")
#: a state's leaders, whom its embassies name as their own ("a toast to the health of President X")
_LEADER = re.compile(r"\b(?:President|Prime Minister|Premier|King|Queen|Emperor|Emir|Amir|Sultan|Chancellor|Crown Prince"
                     r"|Head of State|Head of Government)\b")
#: a government's department ("Ministry of Water Development"), and a local government's office
_MINISTRY = re.compile(r"\b(?:Ministry|Department)\b")
_LOCAL = re.compile(r"\b(?:Provincial|Province|Governor|Mayor|District|County|Municipal|Regional|Region|City|Voivode"
                    r"|Voivodeship|Prefect|Prefecture|Akim|Khokim|Hokim|Oblast)\b")
#: a national agency named in an office ("Director of the National Migration Service")
_NATIONAL_AGENCY = re.compile(r"\bNational\b(?:[ \t]+[A-Z][\w-]*){0,3}[ \t]+"
                              r"(?:Service|Agency|Authority|Directorate|Bureau|Office)\b")


#: the heading of a list of the travelling party ("ACCOMPANYING DELEGATION", "Visiting delegation:")
_PARTY_HEADING = re.compile(r"[^\w\n]*(?:accompanying|visiting|travelling|traveling)\s+(?:delegation|party)\b[^\n]*\n",
                            re.IGNORECASE)


def _in_travelling_party(text: str, at: int) -> bool:
    """Whether the block of lines holding ``at`` (after a blank line) opens with the heading of a
    list of the travelling party."""
    block = text.rfind("\n\n", 0, at)
    return _PARTY_HEADING.match(text, block + 2 if block >= 0 else 0) is not None


#: "the visit of the Secretary of State ..., Mr X, to the Socialist Republic of Viet Nam": the traveller
_VISIT_OF_BEFORE = re.compile(r"\b(?:visit|trip|travel|journey)\s+of\b[^.;]{0,160}$", re.IGNORECASE)
_TO_PLACE_AFTER = re.compile(r",?\s+to\s+(?:the\s+)?((?:[A-Z][\w'’-]*[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?){0,5}[A-Z][\w'’-]*)")


def _visits(text: str, start: int, end: int, host: str, places: dict[str, str]) -> bool:
    """Whether the mention at ``start:end`` names the traveller of a visit to ``host``."""
    if not _VISIT_OF_BEFORE.search(text, max(0, start - 200), start):
        return False
    m = _TO_PLACE_AFTER.match(text, end)
    return m is not None and (places.get(m.group(1)) or lookup_country(m.group(1))) == host


def mission_hosts(text: str, officials: list[OfficialInfo], home: Optional[str], places: dict[str, str]) -> None:
    """In a release of an embassy or a consulate whose masthead names the state or the city it is
    posted in ("EMBASSY OF JAPAN IN ZAMBIA", "Consulate General of Peru in Santiago"), an official the
    text gives only the release's home state by guess, whose offices are none of a diplomat's or a
    leader's, and who works in a ministry, a national agency or a local government ("Permanent
    Secretary, Ministry of Water Development"; "Director of the National Migration Service";
    "Provincial Administrator"), serves the state the mission is posted in: it reports on its hosts. Not one named in a sentence with an
    official the text gives the home state ("... attended by H.E. X, Ambassador of Poland, and Brig.
    Gen. Y of the Armament Agency": a companion)."""
    if home is None:
        return
    m = _EMBASSY_LINE.search(text, 0, 400)
    if m is None:
        return
    place = m.group(1).strip().rstrip(".")
    host = places.get(place) or lookup_country(place) or lookup_country(place.title())
    if host is None or host == home:
        return
    own = {sentence_start(text, mm.start) for p in officials if p.country == home and not p.country_inferred
           for mm in p.mentions}  # (the sentences that name the home state's own officials)
    for o in officials:
        if any(_in_travelling_party(text, mm.start) for mm in o.mentions):
            continue  # (the embassy's own minister's party on a visit: "ACCOMPANYING DELEGATION")
        if any(_visits(text, mm.start, mm.end, host, places) for mm in o.mentions):
            continue  # (the home state's official visiting the host: "the visit of ... X, to Viet Nam")
        if o.country_inferred and o.country == home and o.titles \
                and (o.organization and _MINISTRY.search(o.organization)
                     or any(_LOCAL.search(t) or _NATIONAL_AGENCY.search(t) for t in o.titles)) \
                and not any(w in t for t in o.titles for w in _DIPLOMAT_WORDS) \
                and not any(_LEADER.search(t) for t in o.titles) \
                and not any(sentence_start(text, mm.start) in own for mm in o.mentions):
            o.country, o.country_inferred, o.country_source = host, False, "context"


# the word and the capitalised title words right before a name ("Former President ")
_STOP_BEFORE = re.compile(r"\b[\w-]+\s+(?:[A-Z][\w.'’-]*\s+){1,4}$")


def office_held_at_home(text: str, officials: list[OfficialInfo], single: frozenset, stops: Optional[re.Pattern],
                        states: Sequence[tuple[int, str]], home: Optional[str],
                        spans: Sequence[tuple[int, int, str]] = (), past_before: Optional[int] = None) -> None:
    """An official given the release's home state only by guess, whose office the home state has one
    holder of ("President", "Prime Minister", "Foreign Minister": ``single_holder_roles``) while
    another official named before serves the home state in that office, serves another state: the
    one other state named in the paragraph of one of their mentions ("Premier Li Qiang ... and
    President Xi Jinping ... President Lula", in a paragraph on China and Brazil). Offices of the
    past or the future ("former", "acting", "-elect": ``single_holder_stops``) hold no place, nor
    do those of history: an official whose every sentence holds a year before ``past_before``
    ("proclaimed by President X on 11 November 1975")."""
    if home is None:
        return
    held: dict[str, OfficialInfo] = {}
    ordered = sorted((o for o in officials if o.mentions), key=lambda o: o.mentions[0].start)
    for o in ordered:
        if o.country != home:
            continue
        current = [t for t in o.titles if not (stops is not None and stops.search(t))]
        if stops is not None and any(_STOP_BEFORE.search(text, max(0, m.start - 60), m.start)
                                     and stops.search(_STOP_BEFORE.search(text, max(0, m.start - 60), m.start).group())
                                     or _stopped_office_before(text, m.start, o.titles, stops)
                                     for m in o.mentions):
            continue  # ("Former President X": the word stays out of the title, not out of the text)
        roles = {r for r in map(role_of, current) if r in single}
        if not roles or past_before is not None and _of_history(text, o, past_before):
            continue
        taken = [r for r in roles if r in held and held[r] is not o]
        if o.country_inferred and taken and len(current) == len(o.titles):
            other = _sentence_official_state(text, o, officials, home) or _paragraph_state(text, o, states, home)
            if other is None and spans:
                other = _office_state(text, o, spans, home) or _office_of_state(text, o, spans, home)
            if other is not None:
                o.country, o.country_inferred, o.country_source = other, False, "text"
                continue
        for r in roles:
            held.setdefault(r, o)


def _sentence_official_state(text: str, o: OfficialInfo, officials: list[OfficialInfo], home: str) -> Optional[str]:
    """The one state other than ``home`` that the text gives the other officials named in the
    sentences of ``o``'s mentions ("X of Poland conveyed the invitation of Foreign Minister Y"), else None."""
    found = set()
    for m in o.mentions:
        begin, end = sentence_start(text, m.start), sentence_end(text, m.end)
        for other in officials:
            if other is not o and other.country and not other.country_inferred and other.country != home \
                    and not other.international and any(begin <= mm.start < end for mm in other.mentions):
                found.add(other.country)
    return found.pop() if len(found) == 1 else None


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _of_history(text: str, o: OfficialInfo, before: int) -> bool:
    """Whether every mention of ``o`` stands in a sentence holding a year before ``before``."""
    for m in o.mentions:
        start = sentence_start(text, m.start)
        end = text.find(". ", m.end)
        end = len(text) if end < 0 else end
        if not any(int(y.group()) < before for y in _YEAR.finditer(text, start, end)):
            return False
    return True


_WORD_BEFORE = re.compile(r"([\w-]+)[ \t\n]*$")
# what may stand between an office and the name it is set off for: a comma, "the", forms of address
_OFFICE_TO_NAME = re.compile(r"[ \t\n]*,?[ \t\n]*(?:(?:the|[A-Z][\w]*\.?)[ \t\n]+){0,3}")


def _stopped_office_before(text: str, start: int, titles: Sequence[str], stops: re.Pattern) -> bool:
    """Whether one of ``titles`` stands before the name at ``start``, set off by a comma, forms of
    address or nothing, and opens after a word of the past or the future ("the then Minister of
    Foreign Affairs, the Honourable X", "former Secretary of State X")."""
    window_start = max(0, start - 160)
    window = text[window_start:start]
    for t in titles:
        k = window.rfind(t)
        if k < 0 or not _OFFICE_TO_NAME.fullmatch(window, k + len(t)):
            continue
        w = _WORD_BEFORE.search(window, max(0, k - 24), k)
        if w is not None and stops.fullmatch(w.group(1)):
            return True
    return False


def _paragraph_state(text: str, o: OfficialInfo, states: Sequence[tuple[int, str]], home: str,
                     answered: bool = False, before: bool = False) -> Optional[str]:
    """The one state other than ``home`` named in the paragraph of one of ``o``'s mentions; with
    ``answered``, a paragraph naming no other state is read with the one after it, the answer to a
    briefing's question ("... will Prime Minister X visit Washington?" / "Our partnership with India ...");
    with ``before``, only the paragraph's words before the mention are read."""
    for m in o.mentions:
        a, b = _paragraph_bounds(text, m.start, m.end)
        if before:
            b = m.start
        codes = {c for s, c in states if a <= s < b and c != home}
        if not codes and answered and b < len(text):
            _, c = _paragraph_bounds(text, b, b + 2)
            codes = {k for s, k in states if b <= s < c and k != home}
        if len(codes) == 1:
            return codes.pop()
    return None


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The character span of the paragraph (between blank lines) holding ``text[start:end]``."""
    a = text.rfind("\n\n", 0, start) + 1
    b = text.find("\n\n", end)
    return a, len(text) if b < 0 else b


def _office_state(text: str, o: OfficialInfo, spans: Sequence[tuple[int, int, str]], home: str) -> Optional[str]:
    """The one state other than ``home`` whose demonym or name stands before ``o``'s office, written
    without a name, in the paragraph of one of ``o``'s mentions or the one before it (a briefing's
    question: "You spoke with the Korean Foreign Minister on Friday?" / "... with Foreign Minister X")."""
    if not o.titles:
        return None
    office = re.compile(r"(?:['’]s)?[ \t]+(?:" + "|".join(re.escape(t) for t in o.titles) + r")(?![\w-])(?!(?-i:[ \t]+[A-Z]))",
                        re.IGNORECASE)
    for m in o.mentions:
        a, b = _paragraph_bounds(text, m.start, m.end)
        a = text.rfind("\n\n", 0, max(0, a - 2)) + 1 if a > 1 else a
        codes = {c for s, e, c in spans if a <= s < b and c != home and office.match(text, e)}
        if len(codes) == 1:
            return codes.pop()
    return None


def _office_of_state(text: str, o: OfficialInfo, spans: Sequence[tuple[int, int, str]], home: str) -> Optional[str]:
    """The one state other than ``home`` the text names an office of ``o`` for, written without a
    name ("Joint Press Statement with the Prime Minister of Papua New Guinea" over a salutation to
    "Prime Minister X")."""
    if not o.titles:
        return None
    office = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in o.titles) + r") of (?:the )?$")
    codes = set()
    for s, e, c in spans:
        if c == home or not office.search(text, max(0, s - 80), s):
            continue
        if _NO_NAME_AFTER.match(text, e) is None:
            continue  # "the Prime Minister of Papua New Guinea James Marape": that holder, named
        codes.add(c)
    return codes.pop() if len(codes) == 1 else None


# two holders of one office named together, the second with the office written again ("President A
# and President B", "Foreign Minister A and to Foreign Minister B"): the office between them
_SAME_OFFICE_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:to[ \t]+|with[ \t]+)?(?:the[ \t]+)?"
                                r"(?P<office>[A-Z][\w-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w-]*){0,3})[ \t]+")
# what joins two states named together ("the Russian and Ukrainian delegations", "Japan and Korea")
_STATES_JOINED = re.compile(r"[ \t]*(?:and|&)[ \t]*")


def pairs_from_question(text: str, officials: list[OfficialInfo], spans: Sequence[tuple[int, int, str]],
                        home: Optional[str]) -> None:
    """Two holders of one office named together ("President A and President B"), whose states the
    text leaves to a guess, serve the two states a question names together just before them, in
    that order ("... the Russian and Ukrainian delegations?" / "The President has told both President
    A and President B ..."; "his Japanese and South Korean counterparts?" / "spoke to Foreign Minister
    A and Foreign Minister B"): the pair of states is the last one named in the mention's paragraph
    before it, or in the paragraph before that (the question)."""
    by_start, starts = mentions_by_start(officials)
    ordered = sorted(spans)
    for k, (s, e, a) in enumerate(by_start):
        if not a.open_to_country or k + 1 >= len(by_start):
            continue
        m = _SAME_OFFICE_AFTER.fullmatch(text, e, starts[k + 1])
        if m is None:
            continue
        b = by_start[k + 1][2]
        office = m.group("office").casefold()
        if b is a or not b.open_to_country or not any(t.casefold() == office for t in a.titles) \
                or not any(t.casefold() == office for t in b.titles):
            continue
        para_start, _end = _paragraph_bounds(text, s, e)
        begin = text.rfind("\n\n", 0, max(0, para_start - 2)) + 1 if para_start > 1 else para_start
        pair = None
        for (s1, e1, c1), (s2, _e2, c2) in zip(ordered, ordered[1:]):
            if s1 < begin or s2 >= s:
                continue
            if c1 != c2 and home not in (c1, c2) and _STATES_JOINED.fullmatch(text, e1, s2):
                pair = (c1, c2)  # (the last pair before the mention)
        if pair is not None:
            a.give_country(pair[0], "context")
            b.give_country(pair[1], "context")
