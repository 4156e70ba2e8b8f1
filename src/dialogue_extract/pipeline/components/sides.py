"""Which side of a meeting an official is on, read from the phrases that introduce the sides.

"The Polish side was led by X", "Australia was represented by X and Y", "At the head of Pakistan's
delegation was X", "X led the Venezuelan side", "signed for Mexico by X and, for Peru, by Y": the
phrases are data (``models/default/sides.json``), one regular expression per phrase with
``{state}`` where a country name or demonym stands. All phrases are matched in one pass over the
text, in which every country the countries component found is masked by a placeholder character
(offsets unchanged), so ``{state}`` needs no list of names.

Only officials whose country the text does not state otherwise (no country, or the home state's
guess) are given the side's state; the resolver calls :meth:`SideCues.apply` after it built them.
"""
from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from spacy.tokens import Doc

from .. import keys
from ..extensions import doc_value
from ..groups import spans_of
from ...data import read_json
from ...located import NOT_ALNUM, LineStarts, Located, first_chars, last_match, opens_at_line_start
from ...people import OfficialInfo
from ...people.context import sentence_end, sentence_start
from ...people.grammar import CLOCK_TIME, places_named
from ...roles import role_of

#: stands for every character of a country mention in the masked text
MASK = "\x01"
_STATE = "(" + MASK + "+)"
_VERB_AFTER = re.compile(r"\s*(?:was|were|is|are|will be)\b", re.I)
# the window searched around a country for a phrase naming it (characters before and after)
_BEFORE = 48  # the longest lead before {state}: "(?:members|composition) of the {state}"
_AFTER = 130  # the longest tail after it: "visit to {state} ... at the invitation of"
# what joins two officials of one phrase: "X and Y", "X, Y", "X and met Defence Minister Y"
_COORDINATION = re.compile(r"[^.;:\n]{0,40}?(?:,|\band\b)[^.;:\n]{0,40}$")
# between two officials named together with one office each: " and President "
_OFFICE_WORDS = r"[A-Z][\w-]*(?:(?: (?:of|for|the))* [A-Z][\w-]*){0,3}"
# (the second may hold another office first: "A and Deputy Prime Minister and Minister of Foreign Affairs B")
_AND_OFFICE = re.compile(r" (?:and|&) (?:" + _OFFICE_WORDS + r" and )?(" + _OFFICE_WORDS + r") ")
# "Minister A and his counterpart B", "A, together with her counterparts, B": B serves the other side
_AND_COUNTERPART = re.compile(r",?\s+(?:and|together with|with|alongside)\s+(?:his|her|their)\s+counterparts?,?\s+"
                              r"(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4})?")
# between two officials named together: "and", then the second one's office ("A and President B")
_AND_OFFICES = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:(?:[A-Z][\w.'’-]*|of|the|for)[ \t]+){0,6}")
# after them, a verb of their meeting each other, or of an instrument the two sides sign ("A and
# Minister B signed a plan of action")
_MET_EACH_OTHER = re.compile(r"[ \t]+(?:(?:have|has|had|also|already|recently|last|first)[ \t]+)*"
                             r"(?:met|meet|held talks|hold talks|spoke|speak|talked|conferred|signed|exchanged|co-chaired)\b")
# "he and " with the capitalised words of an office before a name
_PRONOUN_AND = re.compile(r"\b(?:[Hh]e|[Ss]he) and (?:[A-Z][\w.'’-]*[ \t]+){0,5}\Z")
# the two co-chairs of a meeting follow: they serve its two sides
_CO_CHAIRED = Located.of(r"\b[Cc]o-?chaired by\b")
# what joins the two co-chairs ("A, and Deputy Minister B", "A and by B")
_AND_BETWEEN = re.compile(r"\band\b")
# the subject of a call that is the visiting side
_VISITORS = Located.of(r"\b(?:[Vv]isiting|[Dd]elegations?|[Gg]uests?)\b")
# the release's own side as the subject of a meeting: "I", "we", and in a briefing or a speaker's turn
# "the Secretary" ("Yes, the Secretary spoke with X", "Has the Minister been in touch with X?", "the
# minister met X")
_OWN_SUBJECT = re.compile(r"\s*(?:\d{1,2}\.\s+)?(?:(?:[A-Z][a-z]{1,3}\.\s+)?[A-Z][^,.;:?!\n]{0,40},\s+)*"
                          r"(?:(?:[Hh]as|[Hh]ave|[Hh]ad|[Dd]id|[Ww]ill|[Ii]s|[Ww]as)\s+)?"
                          # ("During the Riyadh visit I also met X": a fronted phrase of time, no comma after it)
                          r"(?:(?:[Dd]uring|[Ii]n|[Aa]t|[Oo]n|[Ww]hile|[Aa]fter)\s+[^,.;:?!\n]{1,40}?\s+(?=I\s|[Ww]e\s))?"
                          # ("Secretary (CPV & OIA)": an office by its bracketed remit)
                          r"(?P<who>I|[Ww]e|He|She|(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+\([A-Z][^()\n]{0,25}\)"
                          r"|[Tt]he\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|(?:[Tt]he\s+)?[A-Z][A-Za-z]?[A-Z]{1,3}"
                          r"|[Tt]he\s+(?:prime\s+|foreign\s+|deputy\s+)?(?:minister|secretary|president|premier|chancellor))"
                          r"(?:\s+(?:has|have|had|will|would|also|then|later|just|already|recently|not|been|yet|ever))*"
                          # "The Prime Minister held a summit meeting with X" (the meeting word a noun)
                          r"(?:\s+(?:held|holds|hold|had|has|conducted|chaired)(?:\s+(?:a|an|the|his|her|their))?(?:\s+[a-z-]+){0,3}?)?\s*$")
# where the officials a meeting place gives its state end: a relative clause, a message or greetings
# a sentence set where the visit the sentence before announces goes: "During the visit, they will meet X"
# (or the traveller goes on in the next sentence: "I visited Dhaka on 23 August. I called on X")
_VISIT_SCENE = Located.of(r"(?:During (?:the|this|his|her|their) (?:visit|stay|trip)|While there"
                          # the traveller as the subject, after a time ("On Thursday afternoon, the PCS
                          # visited the College, where he was briefed by X"), by a pronoun or an office
                          r"|(?:(?:On|In|Later|Earlier|Afterwards)\b[^,.;\n]{0,30}, )?"
                          r"(?:He|She|I|We|(?<=, )(?:he|she|we)|[Tt]he (?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*)(?: also)?(?= ))\b[^.;\n]{0,80}?"
                          r"\b(?P<verb>meet|meets|met|hold talks with|held talks with|call on|called on|calls on"
                          r"|(?:was|were) (?:received|welcomed|greeted|briefed|hosted) by)\b")
# "his intention to visit Hanoi", "invited him to visit Lima": a journey intended, not the one made
_INFINITIVE_VISIT = re.compile(r"to [Vv]")


def _intended(masked: str, v: re.Match) -> bool:
    """Whether the travel cue ``v`` is an infinitive's ("to visit Hanoi"): a journey intended."""
    return _INFINITIVE_VISIT.match(masked, max(0, v.start() - 3), v.start() + 1) is not None
# a verb right after an official's name: the official is the subject of a clause of its own
_SUBJECT_VERB_AFTER = re.compile(r"[ \t]+(?:also[ \t]+)?(?:sent|sends|said|says|met|meets|held|holds|called|calls|conveyed|conveys"
                                 r"|extended|extends|received|receives|thanked|thanks|signed|signs|welcomed|welcomes|addressed)\b")
# after a body opening a sentence: the meeting there ("At the Ministry of ... (METI) the delegation met")
_MET_AFTER_BODY = re.compile(r"[^.;\n]{0,60}?\b(?:met|meets|held talks with|called on|was received by|were received by)\b")
# a paragraph's number before its first words ("4.2 ", "3. ")
_PARAGRAPH_NUMBER = re.compile(r"[ \t]*\d+(?:\.\d+)*\.?[ \t]*")
# a journey's further destination after the first ("visited Ghana and Togo", "Mexico, Chile and Peru")
_AND_MORE = re.compile(r"(?:,[ \t]*|[ \t]+and[ \t]+)(?:the[ \t]+)?(?:" + MASK + r"|[A-Z])")
# a day's heading in a visit's programme, with its place ("Monday, 18 May – The Hague", "Monday, 2
# November 2026 (Riyadh)")
_PROGRAMME_DAY = re.compile(r"^[ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t][^\n]{0,40}?"
                            r"(?:[ \t][–—-][ \t]*|[ \t]\()(?P<place>[A-Z][^\n()–—]{1,40}?)\)?[ \t]*$", re.MULTILINE)
# an item of a visit's programme: a time opening the line, then a meeting of the traveller's
# (a table's cells are parted by "\u00a6" in the text the rules read)
# (or a bullet, or nothing: an item's second line)
_PROGRAMME_ITEM = re.compile(r"^[ \t\u00a6]*(?:[-–•*▪][ \t]*)?(?:" + CLOCK_TIME + r")?"
                             r"[ \t\u00a6]*(?:[-–:|][ \t\u00a6]*)?"
                             r"(?:(?:Official|Bilateral|Delegation-level|Restricted)[ \t]+)?"
                             r"(?:[Mm]eetings? with|[Tt]alks with|[Cc]ourtesy calls? on|[Cc]alls? on|[Aa]udience with"
                             r"|[Rr]eceived by:?|[Ww]orking (?:lunch|dinner|breakfast) (?:with|offered by|hosted by))[ \t]",
                             re.MULTILINE)
_PLACE_STOP = Located.of(r",\s+(?:who|whom|which)\b|\b(?:greetings|messages?|invitation)\b")
# a meeting, call or talks with the officials named right after
_MEETING = Located.of(r"\b(?:(?:met|meets|meet)(?: with)?|(?:spoke|speaks|speak|spoken|talked)(?: \w+)? (?:with|to)"
                      r"|(?:spoke|speaks|speak|talked) (?:by (?:tele)?phone|over the (?:tele)?phone)(?: \w+){0,2}? with"
                      r"|in (?:touch|contact) with|discuss(?:ed|es)? with"
                      # (not "the talks dealt with ways of ...": what the talks were about)
                      r"|(?:talks|meetings?|calls?|conversations?|discussions?)(?: (?!(?:dealt|deals|deal|dealing|coincided|coincides)\b)(?:[a-z]+|on [A-Z][a-z]+day)){0,3}? with"
                      r"|co-?chair(?:ed|s|ing)? the (?:[\w'’-]+ ){1,6}?with"  # "co-chaired the Joint Commission with X", "the forum's ... with X"
                      r"|co-?chair(?:ed|s|ing)?,? with"  # "I also co-chaired, with Undersecretary X, the talks"
                      r"|signed (?:an? |the )(?:[\w'’-]+ ){1,7}?with"  # "signed a declaration of intent on training with X"
                      r"|(?:taken|took|take|takes) (?:it|this|the (?:matter|issue|case)) up with"  # "has taken it up with X"
                      r"|(?:raised|raises|raise) (?:it|this|the (?:matter|issue|case)) with"
                      r"|, and (?:also )?with)\s")  # "... held talks with X on A, and with Y on B"
# the titles of a state's envoys abroad: whom a visiting minister meets among their own officials
_ENVOYS = ("Ambassador", "High Commissioner", "Consul", "Permanent Representative", "Chargé")
# a sentence about a multilateral meeting: its place is a venue, not a side's state
_MULTILATERAL = Located.of(r"\b(?:sidelines|margins|[Ss]ummit|[Ff]orum|[Cc]onference|[Ss]ession|[Aa]ssembly|[Dd]ialogue)\b")
# "... and Minister of Petroleum and Mineral Resources ": a title alone between two coordinated officials
_TITLE_WORD = r"[A-Z][\w'’.-]*|of|and|for|the|&"  # a word of an office's name
_AND_TITLE = re.compile(r"(?:,?\s+(?:and\s+)?(?:(?:on|with)\s+)?)?(?:(?:" + _TITLE_WORD + r"),?\s+(?:and\s+(?:(?:on|with)\s+)?)?)+")
# the speaker's own official's office, with its posting ("our Ambassador in Riyadh, X")
_OUR_TITLE = re.compile(r"(?:,?\s+)?(?:(?:" + _TITLE_WORD + r"|in|to|at),?\s+)+")
_MEETING_GAP = 90
# a clause about the other side, which ends the reach of a side's phrase
_CONTRAST = re.compile(r"[,;]?\s+(?:while|whereas|whilst)\b")
# "X and Y joined Prime Minister Z", "X accompanied the President": those who join serve the one joined
# (not "was joined by", "joined the talks")
_JOINED = Located.of(r"(?<!was )(?<!were )(?<!been )(?<!be )(?<!is )(?<!are )\b(?:joined|accompanied|joins|accompanies)"
                     r" (?!by\b|the [a-z]|a\b|an\b|in\b|on\b|at\b|for\b|him\b|her\b|them\b)")
_JOINED_GAP = 40
# "She is accompanied by:" (and a list): the companions of the official named before
_ACCOMPANIED = re.compile(r"\b(?:is|was|are|were|will be|would be) (?:also )?accompanied by\b")
# a meeting in a sentence of a paragraph a place opens ("In Nairobi, ... He also called on X")
_SCENE_MEETING = Located.of(r"\b(?:met|meets|meet|(?:held|holds|hold) (?:[a-z]+ )?talks with|talks with"
                            r"|(?:called|calls|call) on|received by|hosted by)\b")
# a speaker's own official: "our State Secretary, X" (the title between is read with _AND_TITLE)
# the longest speaker's label of a transcript's turn ("President of the Government (Pedro Sánchez):")
_LABEL_CHARS = 120
_OUR = Located.of(r"\b[Oo]ur (?:own )?(?=[A-Z])")
# an official set against the speaker's own: "A and our Minister, B"
_AND_OUR = re.compile(r"[ \t]+and[ \t]+our[ \t]+(?=[A-Z])")
# a transcript's speaker label opening a line ("PRIME MINISTER LUXON:", "Minister Wong:")
_TURN_LABEL = re.compile(r"^[ \t]*[A-Z][\w.'’ ()\-,&]{0,%d}?:(?=[ \t\n])" % _LABEL_CHARS, re.MULTILINE)


def _guessed_home(o: OfficialInfo, home: str) -> bool:
    """Whether an official's state is only the release's home guessed."""
    return o.country == home and o.country_inferred  # the most characters from the phrase to the first official met (a title between)
# the most characters from a traveller's name to "came to", "arrived in" (a title between)
_VISITOR_GAP = 160
# between an official and "visit <place>": the official invites someone else to come ("invited his
# counterpart to visit", "extended an invitation to President Y to visit"); not "was invited to
# visit", "accepted the invitation to visit"
_INVITER = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?<!be )\binvit(?:ed|es|e|ing)\b"
                      r"|\binvitation to (?!visit\b)")
# once visitors to the home state are known: the members of their delegation
_VISITING_MEMBERS = Located.of(r"\b(?:(?P<before>,? (?:a |as )?(?:members? of|part of) the (?:visiting )?delegation)"
                               r"|[Tt]he (?:visiting )?delegation (?:also )?(?:included|includes|comprised|comprises))\b")
_COLON_LIST = re.compile(r"[ \t]*:[ \t]*\r?\n")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


@dataclass(frozen=True)
class Cue:
    officials: str  # "after", "before", "before_all" or "either"
    source: str
    state: str  # "named", "subject" or "other"
    max_gap: int  # the first official after the phrase must start within this many characters (0: any)
    needs_subject: bool = False  # 'opposite' only when an official is named before the phrase in its sentence
    requires_before: Optional[re.Pattern] = None  # must match in the phrase's sentence before it


#: nouns of a topic whose "in X" names the state a matter is about, not where officials meet ("the
#: situation in Sudan", "the war in Ukraine", "developments in Syria")
_TOPIC_NOUNS = ("situation", "crisis", "conflict", "war", "developments", "events", "fighting", "violence",
                "peace", "stability", "elections", "ceasefire", "truce", "tensions", "unrest")
_TOPIC_BEFORE = re.compile(r"\b(?:" + "|".join(_TOPIC_NOUNS) + r") $")
#: the same topic's list going on: "the situation in Gaza and in Sudan"
_TOPIC_LIST = re.compile(r"\b(?:" + "|".join(_TOPIC_NOUNS) + r") in [A-Z][^.;:\n]{0,40}?(?:,|\band|\bor) $")


#: a meeting's verb between a sentence's subject and the one it meets
_MEETS = re.compile(r"\b(?:call(?:s|ed|ing)?\s+on|meet(?:s|ing)?(?:\s+with)?|met(?:\s+with)?|hold(?:s|ing)?\s+talks\s+with|held\s+talks\s+with)\b")


#: a courtesy call's verb
_CALL_ON = re.compile(r"\bcall(?:s|ed|ing)?\s+on\b", re.IGNORECASE)
#: a sentence opening on a pronoun as its subject ("He will also call on President X")
_PRONOUN_OPENS = re.compile(r"\s*(?:He|She|They)\s")
#: the travel's verb coordinated with the subject's first ("is to call on Y on Friday and to visit ..."):
#: the subject travels, not the one met (unlike "Y, who came to Japan", "during the latter's visit")
_COORDINATED_VERB = re.compile(r"\band\s+(?:(?:to|will|would|also)\s+)?$")


class SideCues:
    def __init__(self, cues: list[dict], question_turn: Optional[str] = None,
                 counterpart_offices: Sequence[str] = (), own_envoy_titles: Sequence[str] = (),
                 mission_staff_titles: Sequence[str] = ()) -> None:
        """``question_turn``: a pattern of the line that opens a journalist's question (a text with
        one is a briefing transcript). ``counterpart_offices``: offices one state has one holder of
        at a time ("President"): two holders named together ("President A and President B") serve
        two states. ``mission_staff_titles``: a mission's diplomats under its envoy ("First
        Secretary"), of the envoy's state when listed right after the envoy."""
        self.question_turn = re.compile(question_turn, re.M) if question_turn else None
        self.counterpart_offices = frozenset(counterpart_offices)
        # "our Ambassador, X", "our own High Commissioner, X": a speaker's envoy with no posting named
        self.own_envoy_titles = frozenset(own_envoy_titles)
        self.mission_staff_titles = frozenset(mission_staff_titles)
        self.own_envoy = Located.of(r"\b[Oo]ur (?:own )?(?:" + "|".join(map(re.escape, own_envoy_titles))
                                    + r"),?\s+(?!in\b|to\b|at\b)") if own_envoy_titles else None
        self.cues: list[Cue] = []
        named, free = [], []
        for i, c in enumerate(cues):
            pattern = c["pattern"].replace("{state}", "(?P<s%d>" % i + MASK + "+)")
            (named if "{state}" in c["pattern"] else free).append("(?P<c%d>%s)" % (i, pattern))
            self.cues.append(Cue(c.get("officials", "after"), c.get("source", "side"),
                                 c.get("state", "named"), int(c.get("max_gap", 0)),
                                 bool(c.get("needs_subject", False)),
                                 re.compile(c["requires_before"]) if c.get("requires_before") else None))
        # phrases naming a state are looked for around the countries found, the others just before
        # the officials (so the pass is over small windows, not the whole text); a phrase naming a
        # state begins at most the longest lead before {state} ahead of a masked country
        self.named = _word_start_regexes(named, [_lead_width(c["pattern"]) for c in cues if "{state}" in c["pattern"]])
        self.free = _word_start_regexes(free)

        self.places: dict[str, str] = {}
        self.place_cue: Optional[Located] = None
        self.and_in_cue: Optional[Located] = None
        self.met_in_cue: Optional[Located] = None
        self.visit_cue: Optional[Located] = None
        self.visit_of_cue: Optional[Located] = None
        self.invited_to_cue: Optional[Located] = None
        self.visit_to_of_cue: Optional[Located] = None

    def set_places(self, places: dict[str, str]) -> "SideCues":
        """Places (dateline places: capitals, big cities) -> state, for "In Yerevan, the Minister
        co-chaired the commission with Foreign Minister X" or "he will visit Monterrey, where he will
        meet X" (X serves the place's state)."""
        self.places = dict(places)
        names = sorted(self.places, key=len, reverse=True)
        if names:
            # (a programme's item: "Mon 2 June - Suva: meetings with Prime Minister X")
            self.place_cue = Located.of(
                r"(?:\b(?:[Ii]n|[Ww]hile in|[Dd]uring (?:his|her|the) (?:stay|visit) (?:in|to)"
                r"|(?:[Vv]isit(?:s|ed|ing)?|[Tt]ravel(?:s|led|ling)?(?: together| jointly)? to|[Aa]rriv(?:e|es|ed|ing) in)(?: both)?) "
                r"|(?:(?<=[-–] )|(?<![^\n]))(?=[^\n:]{1,40}:[ \t]))("
                + "|".join(map(re.escape, names)) + "|" + MASK + "+"
                + r")(?![\w-])(?=[^.;\n]{0,160}?\b(?P<verb>(?<!together )(?<!along )with|met|meet|meets|meeting|call(?:ed|s)? on|received by|"
                r"talks with|hosted by)\b)")  # ("together with X": X goes along, is not met there)
            # "The minister met Prime Minister X in Honiara": the place after the officials met
            self.met_in_cue = Located.of(
                r"\b(?:met|meets|meet|meeting with|talks with|called on|calls on|call on|received by|hosted by)\b"
                # (not over a relative clause about the one met, nor to a state's possession: "met X, who said
                # investors were looking at Pakistan's farmland")
                r"(?P<who>(?:(?!,\s+(?:who|whom|which)\b)[^.;:\n]){1,120}?)\b(?:in|at) (?P<place>"
                + "|".join(map(re.escape, names)) + "|" + MASK + r"+)(?![\w-])(?!['’]s\b)")
        # "In Astana he will meet X, and in Tashkent Foreign Minister Y": a second place, its verb left out
        self.and_in_cue = Located.of(r",? and (?:in|at) (?P<place>" + "|".join(map(re.escape, names)) + "|" + MASK
                                     + r"+)(?![\w-])[ \t]+(?=[A-Z])") if names else None
        # a travel's destination: a state (masked) or a known place
        dest = r"(?P<dest>" + MASK + "+" + ("|" + "|".join(map(re.escape, names)) if names else "") + r")(?![\w-])"
        # "the state visit of President X to Viet Nam", "the visit of X to Islamabad": the traveller between
        # (a stop only after an initial or a short abbreviation: "Ferdinand Marcos Jr. to")
        # ("I welcome my friend X to Rabat": the host welcomes the traveller to the place)
        self.visit_of_cue = Located.of(
            r"\b(?:(?:[Vv]isit|[Tt]rip|[Jj]ourney) of|[Ww]elcom(?:e|es|ed|ing)(?! by\b)) (?P<who>(?:[^.;:\n]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){1,120}?)"
            r" to (?:the )?" + dest)
        # "during the visit to France of General Secretary X", "a State Visit to Nigeria by President X":
        # the traveller after the destination
        self.visit_to_of_cue = Located.of(
            r"\b(?:[Vv]isit|[Tt]rip|[Jj]ourney) to (?:the )?" + dest + r" (?:of|by) (?P<who>[^.;:\n]{1,80}?)(?=[.;:,\n]|$| at the invitation\b)")
        # "will take Prime Minister to Cairo at the invitation of President X": the inviter hosts the
        # place the traveller goes to
        self.invited_to_cue = Located.of(
            r"\bto (?:the )?" + dest + r"[^.;:\n]{0,60}?\bat the invitation of\b")
        # "X came to India", "X arrived in Kabul", "X paid a visit to New Delhi" (a state masked, or a place)
        self.visit_cue = Located.of(
            r"\b(?:(?:came|comes|come) to|travel(?:l?ed|s)? to|arriv(?:e|ed|es|ing) in|visit(?:s|ed)?|(?:visit|trip|journey) to)"
            r" (?:the )?" + dest)
        return self

    @classmethod
    def from_file(cls, path: str | Path) -> "SideCues":
        return cls.from_data(read_json(path))

    @classmethod
    def from_data(cls, data: dict) -> "SideCues":
        """The cues of a ``sides.json`` document already read."""
        return cls(list(data.get("cues", [])), question_turn=data.get("question_turn"),
                   counterpart_offices=data.get("counterpart_offices", ()),
                   own_envoy_titles=data.get("own_envoy_titles", ()),
                   mission_staff_titles=data.get("mission_staff_titles", ()))

    def apply(self, doc: Doc, text: str, officials: list[OfficialInfo],
              countries: Optional[list[tuple[int, int, str]]] = None, venue: Optional[str] = None) -> None:
        """Give the officials the phrases place on a side the state of that side. ``countries``:
        the countries found, ``(start, end, code)`` (read from the Doc when not given); ``venue``:
        the state a speech given abroad was delivered in (its hosts' state), when known."""
        if not self.named and not self.free:
            return
        spans = countries if countries is not None else [(s.start_char, s.end_char, s.kb_id_)
                                                   for s in spans_of(doc, keys.COUNTRIES)]
        if not spans:
            return
        code_at = {s: code for s, _e, code in spans}
        pieces, prev = [], 0
        for s, e, _code in sorted(spans):
            if s < prev:
                continue
            pieces.append(text[prev:s])
            pieces.append(MASK * (e - s))
            prev = e
        pieces.append(text[prev:])
        masked = "".join(pieces)
        mentions = sorted((mm.start, o) for o in officials for mm in o.mentions)
        starts = [s for s, _o in mentions]
        home = doc_value(doc, "de_home_country")
        states = _States(spans, home, text)
        if self.own_envoy is not None and home is not None and ("our " in text or "Our " in text) \
                and not doc_value(doc, "de_home_issuer"):
            self._apply_own_envoys(text, mentions, starts, home, states)
        if home is not None and ("our " in text or "Our " in text) and (
                self.question_turn is None or self.question_turn.search(text) is None):
            self._apply_our_own(text, mentions, starts, home, states)
        found: dict[int, re.Match] = {}
        windows = [(self.named, _merged((max(0, s - _BEFORE), min(len(masked), e + _AFTER)) for s, e, _c in spans)),
                   (self.free, _merged((max(0, ms - _BEFORE - 40), ms) for o in officials for ms in {mm.start for mm in o.mentions}))]
        for regexes, ranges in windows:
            for regex in regexes:
                for a, b in ranges:
                    for m in regex.finditer(masked, a, b):
                        # at one place the phrase listed first in the data wins, as in one alternation
                        seen = found.get(m.start())
                        if seen is None or int(m.lastgroup[1:]) < int(seen.lastgroup[1:]):
                            found[m.start()] = m
        matches = []
        for _start, m in sorted(found.items()):
            idx = int(m.lastgroup[1:])
            cue = self.cues[idx]
            if cue.state in ("subject", "opposite"):  # read when its turn comes: an earlier phrase may give it
                code = "?"
            elif cue.state == "other":  # the one state of the sentence that is not the home state
                code = states.other(_sentence_start(text, m.start()), self._scope_end(text, m.end()))
            else:
                code = code_at.get(m.start("s%d" % idx))
            if code:
                matches.append((m.start(), m.end(), cue, code))
        # each rule only gives a state to an official the text gives none: once every official
        # has one, the rules after have nothing to do. The phrases that name a state ("a Turkish
        # delegation led by X") are read first: what they state decides a meeting's sides
        self._apply_phrases(text, mentions, starts, home, states, matches, named=True)
        if not any(o.open_to_country for o in officials):
            return
        if "our " in text or "Our " in text:
            self._apply_our_in_turns(text, mentions, starts)
            if home is not None and " and our " in text:
                self._apply_and_our(text, mentions, home, states)
        if "the two " in text:
            self._apply_respective(text, mentions, starts, spans)
        if "his " in text or "her " in text:
            self._apply_own_staff(text, mentions, starts)
        self._apply_places(text, masked, code_at, officials, mentions, starts, home, {c for _s, _e, c in spans})
        if not any(o.open_to_country for o in officials):
            return
        self._apply_visitors(text, masked, officials, mentions, starts, home, spans, states)
        if not any(o.open_to_country for o in officials):
            return
        self._apply_met_at_body(doc, text, mentions, starts)
        if home is not None and "|" in text:
            self._apply_table_rows(text, mentions, starts, home, states)
        if home is not None and (". Met " in text or ". Called on " in text or ". Held talks with " in text):
            self._apply_list_items(text, mentions, starts, home, states)
        self._apply_meetings(text, mentions, starts, home, states, doc)
        if not any(o.open_to_country for o in officials):
            return
        if "ccompanied by" in text:
            self._apply_accompanied(text, mentions, starts)
        self._apply_joined(text, mentions, starts)
        if not any(o.open_to_country for o in officials):
            return
        self._apply_counterparts(text, mentions, starts, home, states, venue)
        if not any(o.open_to_country for o in officials):
            return
        self._apply_compound(text, mentions, starts, home, spans)
        if not matches or not any(o.open_to_country for o in officials):
            return
        self._apply_phrases(text, mentions, starts, home, states, matches, named=False, code_at=code_at)

    def _apply_own_staff(self, text: str, mentions: list, starts: list[int]) -> None:
        """"X told Y ..., according to his spokesman, Z": a spokesman, chief of staff or aide named
        after "his"/"her" serves the sentence's subject, the first official it names (when the text
        states that official's state)."""
        for m in _OWN_STAFF.finditer(text):
            i = bisect_left(starts, m.end())
            if i >= len(starts) or starts[i] - m.end() > 2:
                continue
            begin = _sentence_start(text, m.start())
            k = bisect_left(starts, begin)
            if k >= i:
                continue
            subject = mentions[k][1]
            if subject is mentions[i][1] or subject.international or subject.country is None \
                    or subject.country_inferred:
                continue
            self._give(mentions[i][1], subject.country, "context")

    def _apply_respective(self, text: str, mentions: list, starts: list[int],
                          spans: list[tuple[int, int, str]]) -> None:
        """"the two countries' transport ministers, A and B", "the two sides' foreign ministers, A
        and B": the two officials serve the two states the text names first, in that order (a text
        introduces its sides before it pairs their officials)."""
        ordered = sorted(spans)
        for m in _RESPECTIVE.finditer(text):
            i = bisect_left(starts, m.end())
            if i + 1 >= len(starts) or starts[i] != m.end():
                continue
            listed = [mentions[i][1]]
            last = _end_at(listed[0], starts[i])
            j = i + 1
            while j < len(starts):
                if mentions[j][1] in listed:
                    j += 1
                    continue
                sep = _LIST_SEP.fullmatch(text, last, starts[j])
                if sep is None:
                    break
                listed.append(mentions[j][1])
                last = _end_at(mentions[j][1], starts[j])
                j += 1
                if "and" in sep.group(0):
                    break
            codes: list[str] = []
            for s0, _e, code in ordered:
                if s0 >= m.start():
                    break
                if code not in codes:
                    codes.append(code)
            if len(listed) != 2 or len(codes) < 2:
                continue
            pairs = list(zip(listed, codes))
            if any(o.country is not None and not o.open_to_country and o.country != c for o, c in pairs):
                continue  # (the text states another order)
            for o, c in pairs:
                self._give(o, c, "side")

    def _apply_own_envoys(self, text: str, mentions: list, starts: list[int], home: str,
                          states: "_States") -> None:
        """"Let me thank our Ambassador, X": an envoy with no posting named, whom the speaker calls
        their own, is posted where the speech is given; when the release's home is only guessed to
        be that state (a speech abroad, datelined where it was given), the speaker serves the other
        state the release is about, and so do X and every official the speaker calls "our ..." (not
        when the home is the state of the body the header says issued it: see :meth:`apply`)."""
        other = None
        for m in self.own_envoy.finditer(text):
            i = bisect_left(starts, m.end())
            if i < len(starts) and starts[i] - m.end() <= 8 and _guessed_home(mentions[i][1], home):
                other = states.release_other
                break
        if other is None:
            return
        for m in _OUR.finditer(text):
            i = bisect_left(starts, m.end())
            if i < len(starts) and _AND_TITLE.fullmatch(text, m.end() - 1, starts[i]) is not None \
                    and starts[i] - m.end() <= _MEETING_GAP and _guessed_home(mentions[i][1], home):
                self._give(mentions[i][1], other, "context")

    def _apply_our_own(self, text: str, mentions: list, starts: list[int], home: str, states: "_States") -> None:
        """"I also wish to thank ... our own Minister of Foreign Affairs, X", "Our Minister of Economy,
        Y": in a release speaking for its home state (a speech, a statement; not a transcript, whose
        speakers are read by :meth:`_apply_our_in_turns`), an official the text calls "our ..." serves
        the home state, outside quotation marks (a quoted guest's "our" is the guest's)."""
        for m in _OUR.finditer(text):
            i = bisect_left(starts, m.end())
            if i >= len(starts) or starts[i] - m.end() > _MEETING_GAP or "\n" in text[m.end():starts[i]] \
                    or _OUR_TITLE.fullmatch(text, m.end() - 1, starts[i]) is None \
                    or _NOT_OURS.match(text, m.end()):
                continue  # (not "our Guest of Honour,\nHonorable X": the guest the speaker addresses)
            paragraph = text.rfind("\n", 0, m.start()) + 1
            if _QUOTES.search(text, paragraph, m.start()) is not None \
                    or _label_colon(text, paragraph, m.start()) >= 0:
                continue  # (a quoted guest's "our", or a speaker's turn: see _apply_our_in_turns)
            o = mentions[i][1]
            if o.open_to_country:
                self._give(o, home, "context")
            # "Our Minister of Economy, A, and His Excellency B, Minister of Energy": B, set beside
            # the speaker's own, serves the other state the paragraph is about
            after = _end_at(o, starts[i])
            if i + 1 < len(starts) and _AND_GUEST.fullmatch(text, after, starts[i + 1]) is not None \
                    and mentions[i + 1][1].open_to_country:
                code = states.other(_sentence_start(text, m.start()), self._scope_end(text, after), paragraph=True)
                if code and code != home:
                    self._give(mentions[i + 1][1], code, "side")

    def _apply_our_in_turns(self, text: str, mentions: list, starts: list[int]) -> None:
        """"Prime Minister (Name): ... our Minister of Finance, X": in a turn of a transcript whose
        speaker's label names an official the text gives a state, the officials the speaker calls
        "our ..." serve the speaker's state (in any paragraph of the turn, up to the next label)."""
        labels = None
        for m in _OUR.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            colon = _label_colon(text, line_start, m.start())
            if colon < 0:  # a later paragraph of the turn: the last speaker's label before it
                if labels is None:
                    labels = [(lm.start(), lm.end() - 1) for lm in _TURN_LABEL.finditer(text)]
                k = bisect_left(labels, (m.start(),)) - 1
                if k < 0:
                    continue
                line_start, colon = labels[k]
            k = bisect_left(starts, line_start)
            speaker = mentions[k][1] if k < len(starts) and starts[k] < colon else None
            if speaker is None or speaker.country is None or speaker.open_to_country:
                continue
            i = bisect_left(starts, m.end())
            if i < len(starts) and starts[i] - m.end() <= _MEETING_GAP and not _NOT_OURS.match(text, m.end()) \
                    and _OUR_TITLE.fullmatch(text, m.end() - 1, starts[i]) is not None:
                # (not "to meet our colleague, Foreign Minister X": a fellow minister of another state)
                self._give(mentions[i][1], speaker.country, "context")

    def _apply_and_our(self, text: str, mentions: list, home: str, states: "_States") -> None:
        """"Foreign Minister A and our External Affairs Minister, B": A, set against the speaker's
        own official, serves the other state the sentence (or its paragraph) is about."""
        ends = sorted((mm.end, o) for _s, o in mentions for mm in o.mentions)
        end_at = [e for e, _o in ends]
        for m in _AND_OUR.finditer(text):
            i = bisect_left(end_at, m.start())
            if i >= len(ends) or end_at[i] != m.start():
                continue
            a = ends[i][1]
            if not a.open_to_country:
                continue
            begin = _sentence_start(text, m.start())
            code = states.other(begin, self._scope_end(text, m.end()), paragraph=True)
            if code and code != home:
                self._give(a, code, "side")

    def _unnamed_office_subject(self, text: str, begin: int, start: int, mentions: list, home: str) -> bool:
        """Whether the sentence before ``start`` opens on an office one state has one holder of
        (``counterpart_offices``) that no official of the text holds but those stated to serve
        another state: the release's own office holder, whom it does not name ("Prime Minister
        arrived in Cairo ..." beside "Prime Minister X of Egypt")."""
        m = _UNNAMED_SUBJECT.match(text, begin, start)
        if m is None and begin > 0 and _PRONOUN_OPENING.match(text, begin, start):
            # "He will also call on X": the office the sentence before opens on
            before = _sentence_start(text, begin - 1)
            m = _UNNAMED_SUBJECT.match(text, before, text.rfind(".", before, begin) + 1 or begin)
        if m is None or m.group(1) not in self.counterpart_offices:
            return False
        office = m.group(1).casefold()
        return not any(_holds(o, office) and (o.country in (None, home) or o.country_inferred) for _s, o in mentions)

    def _apply_phrases(self, text: str, mentions: list, starts: list[int], home: Optional[str],
                       states: "_States", matches: list, *, named: bool,
                       code_at: Optional[dict[int, str]] = None) -> None:
        """The phrases of the cues: those naming their state (``named``), or those whose state is
        read from the official before them ("subject", "opposite")."""
        for k, (start, end, cue, code) in enumerate(matches):
            if (cue.state in ("subject", "opposite")) == named:
                continue
            if cue.requires_before is not None and not cue.requires_before.search(
                    text, _sentence_start(text, start), start):
                continue  # ("a visit to Kenya and Tanzania by X": no verb before to take)
            if cue.state in ("subject", "opposite"):  # the official named last before
                i = bisect_left(starts, start) - 1
                begin = _sentence_start(text, start)
                o = mentions[i][1] if i >= 0 and starts[i] >= begin else None
                if o is None and cue.state == "subject":  # "He conveyed greetings from X"
                    o = _pronoun_subject(text, begin, mentions, starts) or _office_subject(text, begin, start, mentions)
                elif o is not None and cue.state == "subject":
                    # "X paid a courtesy call on Y, where he conveyed the greetings of Z": the bearer
                    # a pronoun or a second verb points back to is the sentence's subject, not Y
                    o_end = _end_at(o, starts[i])
                    if _BACK_TO_SUBJECT.search(text, o_end, start):
                        o = _named_subject(text, begin, o, mentions, starts) or o
                    elif _RECIPIENT.search(text, begin, starts[i]):
                        # "A delivered to B an invitation from X": B receives it; A, the sentence's
                        # first official, bears it
                        first = mentions[bisect_left(starts, begin)][1]
                        if first is not o and first.country and not first.international:
                            o = first
                home_subject = visitor_calls = False
                if o is None and cue.state == "opposite":  # "He had called on X"; a phrase about
                    # one subject also "On the 22nd, he will hold talks with X"
                    # ("Prime Minister arrived in Cairo at the invitation of President X": the
                    # release's own leader, whom it does not name, is received by the hosts)
                    home_subject = home is not None and self._unnamed_office_subject(text, begin, start, mentions, home)
                    if not home_subject:
                        o = _pronoun_subject(text, begin, mentions, starts, anywhere=cue.needs_subject) \
                            or _office_subject(text, begin, start, mentions)
                    if o is None and not home_subject and home is not None:
                        # "He will also call on X": the pronoun goes back, over the sentences that open
                        # on one, to a named subject or to an office named without a name (the release's own)
                        named, unnamed = _pronoun_antecedent(text, begin, mentions, starts)
                        if named is not None and named.country and not named.country_inferred and not named.international:
                            o = named
                        # (a courtesy call is paid on the hosts; talks are held with either side's)
                        home_subject = unnamed and _CALL_ON.search(text, start, end) is not None
                    if o is None and not home_subject and home is not None and code_at:
                        # "During his stay, the Chilean Minister will call on X": an unnamed caller's demonym
                        caller = _demonym_subject(text, begin, start, code_at, starts)
                        visitor_calls = caller is not None and caller != home
                        home_subject = caller == home
                elif o is not None and cue.state == "opposite" and not _RELATIVE_SUBJECT.match(
                        text, _end_at(o, starts[i]), start):
                    # "He held talks with Prime Minister X ... and called on President Y": the caller
                    # is the sentence's subject, not the official an earlier verb took as object
                    # (unless the phrase is in a clause of X's own: "X, who asked him to convey
                    # greetings to President Y")
                    o = _pronoun_subject(text, begin, mentions, starts) or _named_subject(
                        text, begin, o, mentions, starts) or o
                if cue.state == "subject":  # the bearer's state
                    code = o.country if o is not None and not o.country_inferred else None
                    if o is None and not cue.needs_subject and code_at:
                        # "The Chilean ambassador conveyed the greetings of X": an unnamed bearer's demonym
                        code = _demonym_subject(text, begin, start, code_at, starts)
                elif home is None or (o is None and cue.needs_subject and not home_subject):
                    code = None
                elif o is None and visitor_calls:
                    code = home  # (the visitor named by demonym calls on the hosts)
                elif home_subject:  # (a tour's hosts: the state of the paragraph)
                    code = states.other(_sentence_start(text, start), self._scope_end(text, end), paragraph=True)
                elif o is None and _VISITORS.search(text, _sentence_start(text, start), start):
                    code = home  # "The visiting delegation called on X": the hosts
                elif o is None or o.country == home:
                    # a host calls on the visitors; a caller named by title only ("Secretary (West)
                    # also called on X") is the release's own official
                    code = states.other(_sentence_start(text, start), self._scope_end(text, end))
                else:  # a visitor calls on the hosts
                    code = home
                if code is None:
                    continue
            # (a phrase about the official right before it that has none there, "its Special Envoy
            # for Sudan, X", is part of a title and ends no other phrase's reach)
            next_cue = next((mm[0] for mm in matches[k + 1:] if not _idle_before(text, mm, mentions, starts)),
                            len(text))
            mode = cue.officials
            if mode == "either":
                mode = "after" if _VERB_AFTER.match(text, end) else "before"
            if mode == "after":
                stop = min(self._scope_end(text, end), next_cue)
                # "The Russian side was led by X, while Y headed ...": the other side's clause
                contrast = _CONTRAST.search(text, end, stop)
                stop = contrast.start() if contrast else stop
                i = bisect_left(starts, end)
                if cue.max_gap:  # a phrase about one person: the official right after it, and
                    # those coordinated with it ("... Prime Minister X and met Defence Minister Y",
                    # "... X, Minister of Foreign Affairs, and on Y": a title alone between)
                    last = end
                    if i < len(starts) and _CLAUSE_AFTER_OBJECT.search(text, end, min(starts[i], stop)):
                        continue  # "called on Prime Minister at the hotel, and Minister X held talks with Y":
                        # the one called on is unnamed; a new clause's officials are not
                    while i < len(starts) and starts[i] < stop and (
                            starts[i] - last <= cue.max_gap or last > end and starts[i] - last <= _MEETING_GAP
                            and (_AND_TITLE.fullmatch(text, last, starts[i]) or _and_met_title(text, last, starts[i]))):
                        o = mentions[i][1]
                        if last > end and _SUBJECT_VERB_AFTER.match(text, _end_at(o, starts[i])):
                            break  # "... to Speaker X, and Minister Y sent congratulations to Z": Y opens a clause
                        self._give(o, code, cue.source)
                        last = _end_at(o, starts[i])
                        i += 1
                        if i < len(starts) and not _coordinated(text, last, starts[i]):
                            break
                    continue
                while i < len(starts) and starts[i] < stop:
                    self._give(mentions[i][1], code, cue.source)
                    i += 1
            elif mode == "before_all":  # every official since the sentence's start or the phrase before
                begin = _sentence_start(text, start)
                if k > 0 and matches[k - 1][1] > begin:
                    begin = matches[k - 1][1]
                for i in range(bisect_left(starts, begin), bisect_left(starts, start)):
                    self._give(mentions[i][1], code, cue.source)
            else:
                begin = _sentence_start(text, start)
                i = bisect_left(starts, start) - 1
                # (a phrase about the name it follows: that name must end at most max_gap before it)
                if i >= 0 and starts[i] >= begin and (not cue.max_gap or start - _end_at(mentions[i][1], starts[i]) <= cue.max_gap):
                    self._give(mentions[i][1], code, cue.source)

    def _apply_places(self, text: str, masked: str, code_at: dict[int, str], officials: list[OfficialInfo],
                      mentions: list, starts: list[int], home: Optional[str], named: set[str]) -> None:
        """"In Yerevan, the Minister will co-chair the commission with Foreign Minister X, and in
        Tbilisi he will meet Y": the officials after the meeting word serve the place's state, when
        it is not the release's home (looked for just before each official). "The minister met Prime
        Minister X in Honiara": the officials met serve the place's state when the text names that
        state (elsewhere a third country's city is only where they met) and the sentence is not about
        a multilateral meeting."""
        if self.place_cue is None or home is None:
            return
        found: dict[int, re.Match] = {}
        for a, b in _merged((max(0, ms - 240), ms) for ms in sorted(set(starts))):
            for m in self.place_cue.finditer(masked, a, b):
                # (not a topic's state: "will the situation in Sudan be discussed with President X")
                if not _TOPIC_BEFORE.search(masked, max(0, m.start() - 20), m.start()):
                    found.setdefault(m.start(), m)
        cues = sorted(found.values(), key=lambda m: m.start())
        for k, m in enumerate(cues):
            code = self.places.get(m.group(1)) or code_at.get(m.start(1))
            if not code or code == home or _TOPIC_LIST.search(text, max(0, m.start() - 60), m.start()):
                continue
            stop = min(self._scope_end(text, m.end()), cues[k + 1].start() if k + 1 < len(cues) else len(text))
            # "..., who conveyed greetings to President Y": the clause is about someone else
            clause = _PLACE_STOP.search(text, m.end("verb"), stop) or _AND_IN_PLACE.search(text, m.end("verb"), stop)
            stop = clause.start() if clause else stop
            i = bisect_left(starts, m.end("verb"))
            while i < len(starts) and starts[i] < stop:
                self._give(mentions[i][1], code, "side")
                i += 1
            # a place opening a paragraph sets its scene: "In Addis Ababa, the Minister met X. He
            # later held talks with Y" (Y is met there too), up to the paragraph's end or the next place
            line_start = text.rfind("\n", 0, m.start()) + 1
            if text[line_start:m.start()].strip():
                continue
            end = text.find("\n", m.end())
            end = min(len(text) if end < 0 else end, cues[k + 1].start() if k + 1 < len(cues) else len(text))
            pos = self._scope_end(text, m.end()) + 1
            while pos < end:
                s_end = min(sentence_end(text, pos), end)
                verb = _SCENE_MEETING.search(text, pos, s_end)
                if verb is not None:
                    clause = _PLACE_STOP.search(text, verb.end(), s_end)
                    last = clause.start() if clause else s_end
                    i = bisect_left(starts, verb.end())
                    while i < len(starts) and starts[i] < last:
                        self._give(mentions[i][1], code, "side")
                        i += 1
                pos = s_end + 1
        if self.and_in_cue is not None and " and " in text:
            for m in self.and_in_cue.finditer(masked):
                code = self.places.get(m.group("place")) or code_at.get(m.start("place"))
                i = bisect_left(starts, m.end())
                if code and code != home and i < len(starts) and starts[i] - m.end() <= _MEETING_GAP \
                        and (starts[i] == m.end() or _AND_TITLE.fullmatch(text, m.end(), starts[i]) is not None):
                    self._give(mentions[i][1], code, "side")  # (its title alone before it)
        self._apply_visit_scene(text, masked, code_at, mentions, starts, home)
        self._apply_programme(text, masked, code_at, mentions, starts, home)
        if self.invited_to_cue is not None and "invitation of" in text:
            for m in self.invited_to_cue.finditer(masked):
                dest = self._dest_state(m, code_at)
                i = bisect_left(starts, m.end())
                if dest and dest != home and i < len(starts) and starts[i] - m.end() <= _MEETING_GAP \
                        and _AND_TITLE.fullmatch(text, m.end(), starts[i]) is not None:
                    self._give(mentions[i][1], dest, "side")  # the inviter, named after its office
        if self.met_in_cue is None:
            return
        found = {}
        for a, b in _merged((max(0, ms - 60), ms + 200) for ms in sorted(set(starts))):  # (the verb just before an official)
            for m in self.met_in_cue.finditer(masked, a, min(b, len(text))):
                found.setdefault(m.start(), m)
        for _start, m in sorted(found.items()):
            code = self.places.get(m.group("place")) or code_at.get(m.start("place"))
            if not code or code == home or code not in named:
                continue
            begin = _sentence_start(text, m.start())
            if _MULTILATERAL.search(text, begin, self._scope_end(text, m.end())):
                continue  # "met X in New York on the sidelines of the General Assembly": a venue
            i = bisect_left(starts, m.start("who"))
            while i < len(starts) and starts[i] < m.end("who"):
                self._give(mentions[i][1], code, "side")
                i += 1

    def _apply_visit_scene(self, text: str, masked: str, code_at: dict[int, str], mentions: list,
                           starts: list[int], home: str) -> None:
        """"X will visit Bogota on 9 March. During the visit, she will meet Y" ("... He called on Y"): a
        sentence opening on the visit the sentence before announces (``_VISIT_SCENE``), or on its
        traveller, is set at its destination: the officials met there serve the destination's state,
        when it is not the release's home."""
        if self.visit_cue is None:
            return
        for m in _VISIT_SCENE.finditer(text):
            if m.start() < 2 or text[_sentence_start(text, m.start()):m.start()].strip():
                continue  # (the phrase opens its sentence)
            i = bisect_left(starts, m.end("verb"))
            stop = self._scope_end(text, m.end())
            if i >= len(starts) or starts[i] >= stop:
                continue
            prev = _sentence_start(text, m.start() - 2)
            if m.group(0).startswith(("During", "While")):  # "During the visit": the visit named last before
                prev = 0
            else:
                # "... arrive in Hanoi the same evening. The next day he will hold talks with X. He
                # will call on Y": back over the sentences of the paragraph that go on about "he"
                for _ in range(_SCENE_SENTENCES):
                    # (each sentence passed over speaks of "he" itself)
                    if prev < 2 or self.visit_cue.search(masked, prev, m.start()) is not None \
                            or not _SUBJECT_PRONOUN.search(text, prev, sentence_end(text, prev)) \
                            or "\n" in text[prev - 2:prev]:
                        break
                    prev = _sentence_start(text, prev - 2)
            dest = None
            for v in self.visit_cue.finditer(masked, prev, m.start()):
                if not _intended(masked, v):
                    dest = self._dest_state(v, code_at)
            if dest is None and prev > 0 and not self._names_a_place(masked, text.rfind("\n", 0, m.start()) + 1, m.start()):
                # a later paragraph of a release about one journey ("... concluded a visit to
                # Ghana. [...] On Thursday, the PCS visited the College, where he was briefed by X"):
                # the one destination the release's visits name before (not a tour's: "visited
                # Ghana and Togo"), when the paragraph names no state or place of its own
                dests = {self._dest_state(v, code_at) for v in self.visit_cue.finditer(masked, 0, prev)
                         if not _intended(masked, v) and not _AND_MORE.match(masked, v.end())}
                dest = dests.pop() if len(dests) == 1 else None
            if not dest or dest == home:
                continue
            clause = _PLACE_STOP.search(text, m.end("verb"), stop)
            stop = clause.start() if clause else stop
            while i < len(starts) and starts[i] < stop:
                self._give(mentions[i][1], dest, "side")
                i += 1

    def _apply_met_at_body(self, doc: Doc, text: str, mentions: list, starts: list[int]) -> None:
        """"At the Ministry of Economy, Trade and Industry (METI) the delegation met Ms X, Director-General
        for Trade Policy": the officials met at a state's national body, the sentence opening on it,
        serve that state."""
        for org in spans_of(doc, keys.ORGANIZATIONS):
            code = org.id_
            if not code or org.start_char < 7 or text[org.start_char - 7:org.start_char] not in ("At the ", "at the "):
                continue
            begin = _sentence_start(text, org.start_char)
            lead = text[begin:org.start_char - 7]
            if lead.strip() and not _PARAGRAPH_NUMBER.fullmatch(lead):
                continue  # (the phrase opens its sentence, or a numbered paragraph: "4.2 At the ...")
            stop = sentence_end(text, org.end_char)
            met = _MET_AFTER_BODY.match(text, org.end_char, stop)
            if met is None:
                continue
            i = bisect_left(starts, met.end())
            while i < len(starts) and starts[i] < stop:
                self._give(mentions[i][1], code, "side")
                i += 1

    def _dest_state(self, v: re.Match, code_at: dict[int, str]) -> Optional[str]:
        """The state of a travel cue's destination: a known place's, or the masked country's."""
        return self.places.get(v.group("dest")) or code_at.get(v.start("dest"))

    def _names_a_place(self, masked: str, begin: int, end: int) -> bool:
        """Whether ``masked[begin:end]`` names a state (masked) or a dateline place."""
        return MASK in masked[begin:end] or bool(places_named(_CAPITALISED_WORD.findall(masked, begin, end), self.places))

    def _apply_programme(self, text: str, masked: str, code_at: dict[int, str], mentions: list,
                         starts: list[int], home: Optional[str]) -> None:
        """A visit's programme ("09:00  Official talks with Secretary of Foreign Affairs X", "• 16:30
        Meeting with Dr. Y, Secretary of Economy", "Received by: Amb. Z"): an item opening its line
        (after its time or bullet) whose subject is the traveller, unnamed. The officials it meets
        serve the state of the place its day's heading names ("Monday, 18 May – The Hague"), else of
        the release's one destination, when that is not the release's home."""
        if self.visit_cue is None or home is None:
            return
        items = list(_PROGRAMME_ITEM.finditer(text))
        if not items:
            return
        dests = {self._dest_state(v, code_at) for v in self.visit_cue.finditer(masked)}
        only = dests.pop() if len(dests) == 1 else None
        days = [(d.start(), self.places.get(d.group("place").strip())) for d in _PROGRAMME_DAY.finditer(text)]
        for m in items:
            # the place of the day's heading ("Monday, 18 May – The Hague"), else the journey's one destination
            k = bisect_left(days, (m.start(), "")) - 1
            dest = (days[k][1] if k >= 0 else None) or only
            if not dest or dest == home:
                continue
            stop = text.find("\n", m.end())
            stop = len(text) if stop < 0 else stop
            clause = _PLACE_STOP.search(text, m.end(), stop)
            stop = clause.start() if clause else stop
            i = bisect_left(starts, m.end())
            while i < len(starts) and starts[i] < stop:
                self._give(mentions[i][1], dest, "side")
                i += 1

    def _apply_joined(self, text: str, mentions: list, starts: list[int]) -> None:
        """"Deputy Prime Minister X and Foreign Minister Y joined Prime Minister Z (on the call)": the
        officials who join or accompany an official serve that official's state, when the text
        states it and the sentence names no other official after (joining several is meeting them)."""
        for m in _JOINED.finditer(text):
            i = bisect_left(starts, m.end())
            if i >= len(starts) or starts[i] - m.end() > _JOINED_GAP \
                    or starts[i] > m.end() and not _AND_TITLE.fullmatch(text, m.end() - 1, starts[i]):
                continue
            leader = mentions[i][1]
            if leader.country is None or leader.open_to_country:
                continue
            stop = sentence_end(text, m.end())
            if any(o is not leader for _s, o in mentions[i + 1:bisect_left(starts, stop)]):
                continue  # "X joined Foreign Minister Y of A and Foreign Minister Z of B": peers meeting
            for k in range(bisect_left(starts, _sentence_start(text, m.start())), bisect_left(starts, m.start())):
                if mentions[k][1] is not leader:
                    self._give(mentions[k][1], leader.country, "delegation")

    def _apply_accompanied(self, text: str, mentions: list, starts: list[int]) -> None:
        """"... is led by Ambassador X. She is accompanied by:\n- Y, ...\n- Z, ...": those listed as
        accompanying an official serve that official's state, when the text states it. The official is
        the one named last before the phrase, in its paragraph (in a sentence, "He will be accompanied
        by Y" may follow the host's name: only a list is read)."""
        for m in _ACCOMPANIED.finditer(text):
            if _COLON_LIST.match(text, m.end()) is None:
                continue
            i = bisect_left(starts, m.start()) - 1
            para = text.rfind("\n\n", 0, m.start())
            if i >= 0 and starts[i] >= para:
                leader = mentions[i][1]
            else:
                # "The President was accompanied by:" (no name in its paragraph): the one holder of
                # that office the text names
                office = _THE_OFFICE.match(text, max(0, para), m.end())
                holders = {id(o): o for _s, o in mentions[:i + 1] if office and office.group(1) in o.titles}
                if len(holders) != 1:
                    continue
                leader = next(iter(holders.values()))
            if leader.country is None or leader.open_to_country:
                continue
            stop = self._scope_end(text, m.end())
            for k in range(bisect_left(starts, m.end()), bisect_left(starts, stop)):
                if mentions[k][1] is not leader:
                    self._give(mentions[k][1], leader.country, "delegation")

    def _apply_met_each_other(self, text: str, mentions: list, starts: list[int], home: str,
                              states: "_States") -> None:
        """"Prime Minister A and President B have met several times", "A and B held talks": two
        officials who meet each other serve two sides. When the text states one's state and only
        guesses the other's: the home state's official meets the other state the sentence (or its
        paragraph) is about; the other state's official meets the home state's, in a release about
        those two states. Of two only guessed, the first named keeps the home state."""
        for i in range(len(starts) - 1):
            a, b = mentions[i][1], mentions[i + 1][1]
            if a is b or a.international or b.international:
                continue
            a_end = _end_at(a, starts[i])
            if _AND_OFFICES.fullmatch(text, a_end, starts[i + 1]) is None:
                continue
            b_end = _end_at(b, starts[i + 1])
            if _MET_EACH_OTHER.match(text, b_end) is None:
                continue
            begin = _sentence_start(text, starts[i])
            if a.open_to_country and b.open_to_country and a.country == b.country == home:
                # (both only guessed: the first named keeps the home state)
                code = states.other(begin, self._scope_end(text, b_end), paragraph=True)
                if code and code != home:
                    self._give(b, code, "side")
                continue
            self._met_other(text, a, b, begin, b_end, home, states)
        # "When Chancellor A visited Jakarta, he and President B spoke about ...": the pronoun is the
        # official named before it in its sentence
        for i in range(1, len(starts)):
            b = mentions[i][1]
            pronoun = _PRONOUN_AND.search(text, max(0, starts[i] - 60), starts[i])
            if pronoun is None or not b.open_to_country:
                continue
            begin = _sentence_start(text, pronoun.start())
            a = mentions[i - 1][1]
            if starts[i - 1] < begin or a is b or a.international or b.international:
                continue
            b_end = _end_at(b, starts[i])
            if _MET_EACH_OTHER.match(text, b_end) is not None:
                self._met_other(text, a, b, begin, b_end, home, states)

    def _met_other(self, text: str, a: OfficialInfo, b: OfficialInfo, begin: int, b_end: int, home: str,
                   states: "_States") -> None:
        """Of two officials who meet each other, the one whose state is only guessed serves the
        other side (:meth:`_apply_met_each_other`)."""
        for stated, guessed in ((a, b), (b, a)):
            if stated.country is None or stated.open_to_country or not guessed.open_to_country:
                continue
            if stated.country == home:
                code = states.other(begin, self._scope_end(text, b_end), paragraph=True)
            else:
                code = home if states.release_other == stated.country else None
            if code and code != stated.country:
                self._give(guessed, code, "side")

    def _apply_counterparts(self, text: str, mentions: list, starts: list[int], home: Optional[str],
                            states: "_States", venue: Optional[str] = None) -> None:
        """Two officials who serve two states: "President Xi Jinping and President Lula" (two
        holders of an office a state has one holder of, named together), "co-chaired by A and B"
        (the two co-chairs of a meeting). When one's state is only guessed and it is the other's,
        it serves the side opposite the other's. Of two holders both only guessed, the first named
        keeps the home state, but in a speech given abroad (``venue``: the hosts' state) courtesy
        names the hosts' one first ("the good health of President A and President B")."""
        if home is None:
            return
        self._apply_met_each_other(text, mentions, starts, home, states)
        for m in _CO_CHAIRED.finditer(text):
            stop = self._scope_end(text, m.end())
            i = bisect_left(starts, m.end())
            if i >= len(starts) or starts[i] >= stop or starts[i] - m.end() > _MEETING_GAP:
                continue
            a = mentions[i][1]
            a_end = _end_at(a, starts[i])
            j = i + 1
            while j < len(starts) and mentions[j][1] is a:
                j += 1
            if j >= len(starts) or starts[j] >= stop or starts[j] - a_end > _MEETING_GAP \
                    or not _AND_BETWEEN.search(text, a_end, starts[j]):
                continue
            b = mentions[j][1]
            if any(mentions[k][1] not in (a, b) for k in range(j + 1, bisect_left(starts, stop))):
                continue  # more than two co-chairs ("A and B for Australia, and for Indonesia C and D")
            begin = _sentence_start(text, m.start())
            # the stated one decides the guessed one; of two guesses, the first named keeps its own
            for x, y in ((a, b), (b, a)):
                if x.country is not None and (not x.country_inferred or y.country_inferred) \
                        and y.open_to_country and y.country in (None, x.country):
                    if x.country != home:
                        code = home
                    else:  # the other state of the sentence, or of the one before that names the
                        # meeting ("The meeting of the India-Saudi Arabia Joint Working Group was held
                        # in Riyadh. It was co-chaired by ..."), or of the paragraph
                        code = states.other(begin, stop) or (begin > 0 and states.other(
                            _sentence_start(text, begin - 1), begin)) or states.other(begin, stop, paragraph=True)
                    if code and code != x.country:
                        self._give(y, code, "side")
                    break
        for i in range(len(starts) - 1):
            a, b = mentions[i][1], mentions[i + 1][1]
            if a is b or not b.open_to_country or a.country is None or b.country not in (None, a.country):
                continue
            a_end = _end_at(a, starts[i])
            if _AND_COUNTERPART.fullmatch(text, a_end, starts[i + 1]) is None:
                continue
            begin = _sentence_start(text, starts[i])
            end = self._scope_end(text, starts[i + 1])
            code = states.other(begin, end, paragraph=True) if a.country == home else home
            if code and code != a.country:
                self._give(b, code, "side")
        if not self.counterpart_offices:
            return
        for i in range(len(starts) - 1):
            a, b = mentions[i][1], mentions[i + 1][1]
            if a is b or not b.open_to_country or a.country is None:
                continue
            a_end = _end_at(a, starts[i])
            m = _AND_OFFICE.fullmatch(text, a_end, starts[i + 1])
            if m is None:
                continue
            office = m.group(1)  # the same office before both names (or another name of it: "Foreign
            # Minister A and Deputy Prime Minister and Minister of Foreign Affairs B")
            if office not in self.counterpart_offices or b.country not in (None, a.country) \
                    or not (text.endswith(office + " ", 0, starts[i]) or self._same_role(office, a.titles)):
                continue
            begin = _sentence_start(text, starts[i])
            end = self._scope_end(text, starts[i + 1])
            # (a sentence naming no other state: the other state its paragraph names before it, as
            # "received the Minister of Foreign Affairs of Egypt ... President A and President B")
            if venue is not None and venue != home and a.country == home and a.country_inferred:
                # (the hosts' holder, named first; the other keeps the home), unless an earlier
                # sentence put the first with the home alone ("Under President A, Uzbekistan has ...")
                if not any(mm.start < begin and states.only_home(_sentence_start(text, mm.start), self._scope_end(text, mm.end))
                           for mm in a.mentions):
                    self._give(a, venue, "side")
                    continue
            pair = _compound_pair(text, spans_before(states, begin, starts[i]))
            if pair is not None and a.open_to_country and a.country in (None, *pair):
                # "the Türkiye-Iran Council ... chaired by President A and President B": in its order
                self._give(a, pair[0], "side")
                self._give(b, pair[1], "side")
                continue
            code = (states.other(begin, end) if states.names_other(begin, end)
                    else states.paragraph_other(begin) or states.other(begin, end)) if a.country == home else home
            if code and code != a.country:
                self._give(b, code, "side")

    def _same_role(self, office: str, titles: Sequence[str]) -> bool:
        """Whether one of ``titles`` is another name of the one-holder ``office`` (the same role of
        roles.tsv: "Foreign Minister" and "Minister of Foreign Affairs")."""
        role = role_of(office)
        return role is not None and any(role_of(t) == role for t in titles if t in self.counterpart_offices)

    def _apply_compound(self, text: str, mentions: list, starts: list[int], home: Optional[str],
                        spans: list[tuple[int, int, str]]) -> None:
        """"held the Japan-U.S.-ROK Vice-Ministerial Meeting with A and B": the officials of the
        sentence serve the states the compound names. The states the text gives them are taken, the
        home state goes to the first official without one; a single state left goes to a single
        official left."""
        ordered = sorted(spans)
        n = len(ordered)
        k = 0
        while k < n:
            j = k  # the last state of the compound
            while j + 1 < n and text[ordered[j][1]:ordered[j + 1][0]] in ("-", "–", "/"):
                j += 1
            run = ordered[k:j + 1]
            k = j + 1
            if len(run) < 3:
                continue
            states = list(dict.fromkeys(c for _s, _e, c in run))
            if len(states) < 3:
                continue
            begin = _sentence_start(text, run[0][0])
            stop = self._scope_end(text, run[-1][1])
            people = list(dict.fromkeys(mentions[i][1] for i in range(bisect_left(starts, begin), bisect_left(starts, stop))))
            people = [o for o in people if not o.international]
            left = [c for c in states if not any(o.country == c and not o.country_inferred for o in people)]
            open_ = [o for o in people if o.country is None or o.country_inferred]
            if home in left and open_:
                left.remove(home)
                open_ = open_[1:]
            if len(left) == 1 and len(open_) == 1:
                self._give(open_[0], left[0], "side")

    def _place_state(self, text: str, begin: int, end: int, home: Optional[str]) -> Optional[str]:
        """The one state other than ``home`` of the known places ``text[begin:end]`` names, else None."""
        found = places_named(_CAPITALISED_WORD.findall(text, begin, end), self.places)
        found.discard(home)
        return next(iter(found)) if len(found) == 1 else None

    def _apply_table_rows(self, text: str, mentions: list, starts: list[int], home: Optional[str],
                          states: "_States") -> None:
        """"2. | Ghana | MoS Shri J.S. Rathore | 8-10 April 2025 | Met Minister for Foreign Affairs
        Mr. X": in a table drawn with pipes, a cell opening on a meeting gives the official met the
        one state the row names before it (the row's country, not its visitor's)."""
        met_column, state_column, prev_end = None, None, -2
        for line in _PIPE_ROW.finditer(text):
            a, b = line.span()
            cells = [c.start() for c in _CELL_START.finditer(text, a, b)]
            if a != prev_end + 1 and (prev_end < 0 or "\n\n" in text[prev_end:a] or text.count("\n", prev_end + 1, a) > 1):
                # a table's first row, its header: a column of those met ("Officials met"); a line
                # of a cell between two rows ("   Minister of ...") does not end the table
                bounds = list(zip([a - 1] + cells, cells + [b]))
                met_column = next((k for k, (c0, c1) in enumerate(bounds) if _MET_HEADER.search(text, c0 + 1, c1)), None)
                # a column of the states the participants serve ("S/N | NAME | DESIGNATION | COUNTRY")
                state_column = next((k for k, (c0, c1) in enumerate(bounds)
                                     if _STATE_HEADER.fullmatch(text, c0 + 1, c1)), None)
            elif state_column is not None and state_column < len(cells) + 1:
                c0 = ([a - 1] + cells)[state_column] + 1
                c1 = (cells + [b])[state_column]
                named = {states.codes[k] for k in range(bisect_left(states.starts, c0), bisect_left(states.starts, c1))}
                if len(named) == 1:
                    code = named.pop()
                    for i in range(bisect_left(starts, a), bisect_left(starts, b)):
                        self._give(mentions[i][1], code, "delegation")
            elif met_column is not None and met_column < len(cells) + 1:
                c0 = ([a - 1] + cells)[met_column] + 1
                c1 = (cells + [b])[met_column]
                # (the row's state before the cell, or in a column after it: "Counterpart | Country")
                code = _row_state(text, a, c0, states, home) or _row_state(text, a, b, states, home)
                if code is not None:
                    for i in range(bisect_left(starts, c0), bisect_left(starts, c1)):
                        self._give(mentions[i][1], code, "side")
            prev_end = b
            for k, cell in enumerate(cells):
                m = _MET_CELL.match(text, cell + 1, b)
                if m is None:  # "5th India-Oman Joint Commission; EAM also met H.E. X, Minister of ..."
                    m = _MET_IN_CELL.search(text, cell + 1, cells[k + 1] if k + 1 < len(cells) else b)
                if m is None:
                    continue
                code = _row_state(text, a, cell, states, home)
                i = bisect_left(starts, m.end())
                if code is not None and i < len(starts) and starts[i] - m.end() <= _MEETING_GAP and starts[i] < b:
                    self._give(mentions[i][1], code, "side")

    def _apply_list_items(self, text: str, mentions: list, starts: list[int], home: Optional[str],
                          states: "_States") -> None:
        """"- Minister X - Honiara, Solomon Islands, 4-6 August 2025. Met the Minister for Police, Hon.
        Y; discussed ...": in a list of visits, one a line, a sentence opening on a meeting gives the
        officials met the one state the item names before it (the place visited, not the visitor's)."""
        for line in _LIST_ITEM.finditer(text):
            a, b = line.span()
            for m in _MET_SENTENCE.finditer(text, a, b):
                code = _row_state(text, a, m.start(), states, home)
                if code is None:
                    continue
                stop = text.find(";", m.end(), b)
                stop = b if stop < 0 else stop
                for i in range(bisect_left(starts, m.end()), bisect_left(starts, stop)):
                    self._give(mentions[i][1], code, "side")

    def _apply_meetings(self, text: str, mentions: list, starts: list[int], home: Optional[str],
                        states: "_States", doc: Optional[Doc] = None) -> None:
        """"X met Y", "X spoke today with Y", "... before a meeting with Z": the officials X meets
        serve the side opposite X's (the other state when X is the home state's, else the home
        state). X is the first official the sentence names, before its meeting phrase."""
        if home is None:
            return
        subject_of: dict[int, Optional[OfficialInfo]] = {}  # sentence start -> its subject
        # a briefing transcript (a journalist's question opens a line)
        transcript = self.question_turn is not None and self.question_turn.search(text) is not None
        # a release about its own official's trip abroad: "EAM also met X", "The Minister met X" is
        # the traveller meeting the hosts, as in a briefing
        own_named_by_title = transcript or (doc is not None and bool(doc_value(doc, "de_visit_abroad")))
        for m in _MEETING.finditer(text):
            begin = _sentence_start(text, m.start())
            if begin not in subject_of:  # the first official the sentence names (not a speaker's label)
                i = bisect_left(starts, begin)
                if i < len(starts) and starts[i] < m.start() and ":" in text[starts[i]:m.start()]:
                    # "Senator X (Minister for ...) (14:15): ... our High Commissioner, Y, met Z": the
                    # first official named after the label's colon
                    i = bisect_left(starts, text.rfind(":", starts[i], m.start()) + 1)
                subject_of[begin] = mentions[i][1] if i < len(starts) and starts[i] < m.start() \
                    and ":" not in text[starts[i]:m.start()] \
                    and not (_EARLIER_OBJECT.search(text, begin, starts[i])
                             and not _WHO.search(text, starts[i], m.start())) else None
                # ("The Minister called on the Vice President, X, and met Y": X is an earlier verb's
                # object, not the subject who meets Y)
            subject = subject_of[begin]
            if subject is not None:
                rel = last_match(_RELATIVE_PRONOUN, text, begin, m.start())
                if rel is not None:
                    # "X said that President Y's visit to Japan, during which he held a summit with Z":
                    # the meeting's subject is the one the relative clause is about, named last before it
                    j = bisect_left(starts, rel.start()) - 1
                    subject = mentions[j][1] if j >= 0 and starts[j] >= begin else None
            if subject is not None:
                # "X called on Prime Minister at the hotel, and Minister Y held a meeting with Z": the
                # meeting's clause has a subject of its own
                clauses = list(_CLAUSE_AFTER_OBJECT.finditer(text, begin, m.start()))
                j = bisect_left(starts, clauses[-1].end()) if clauses else len(starts)
                if j < len(starts) and starts[j] < m.start():
                    subject = mentions[j][1]
            stop = self._scope_end(text, m.end())
            paragraph = False
            if subject is None:  # "He held talks with X": the official the sentence before opens with
                subject = _pronoun_subject(text, begin, mentions, starts, anywhere=True)
                paragraph = True  # (where the sentence names no other state, its paragraph may)
            if subject is None:
                # "I spoke with X", "Yes, the Secretary spoke with X" said in a briefing: the release's
                # own side meets (no state, no visitor named before the phrase)
                own = _OWN_SUBJECT.match(text, text.rfind(":", begin, m.start()) + 1 or begin, m.start())
                # (in a speaker's turn, "The minister met X" is the speaker's side too: "Mr. X
                # (Parliamentary Secretary): Mr. Speaker, ... The minister met Y")
                in_turn = own is not None and _TURN_LABEL.search(text, text.rfind("\n", 0, begin) + 1, begin) is not None
                # ("the Georgian Deputy Foreign Minister held a meeting with X": the home state's own
                # office, named by its demonym)
                own_state = own is not None and states.only_home(own.start("who"), own.end("who"))
                if own is None or (own.group("who")[:1] not in "IWw" and not own_named_by_title and not in_turn
                                   and not own_state) \
                        or states.names_other(begin, m.start()) or _VISITORS.search(text, begin, m.start()):
                    continue
                # (the states of the meeting's clause: "..., where Canada announced sanctions against
                # Russia" names no side of it)
                clause = _WHERE_CLAUSE.search(text, m.end(), stop)
                code = states.other(begin, clause.start() if clause else stop, paragraph=True)
                if code is None and not states.starts and doc is not None:
                    # (a trip abroad whose destination the text names only by a place: "arrived in Tokyo")
                    code = doc_value(doc, "de_visit_destination")
                if code is None:
                    # "during the Riyadh visit I also met X": a place of another state in the clause
                    code = self._place_state(text, begin, m.start(), home)
            elif subject.international:
                continue
            else:
                if subject.open_to_country:
                    # "Canciller X met External Affairs Minister Y": X is only guessed, the official
                    # met is stated; X serves the side opposite
                    i = bisect_left(starts, m.end())
                    met = mentions[i][1] if i < len(starts) and starts[i] - m.end() <= _MEETING_GAP and starts[i] < stop else None
                    if met is not None and met is not subject and met.country == home and not met.open_to_country \
                            and not any(w in t for t in met.titles for w in _ENVOYS):  # (not the own envoy abroad)
                        other = states.other(begin, stop)
                        if other:
                            self._give(subject, other, "side")
                        continue
                if subject.country is None:
                    continue
                code = states.other(begin, stop, paragraph=paragraph) if subject.country == home else home
            if not code or (subject is not None and code == subject.country):
                continue
            i = bisect_left(starts, m.end())
            last = m.end()
            limit = _MEETING_GAP
            while i < len(starts) and starts[i] < stop and (
                    starts[i] - last <= limit or limit < _MEETING_GAP and (
                        starts[i] - last <= _MEETING_GAP and _AND_TITLE.fullmatch(text, last, starts[i])
                        or _TOGETHER_WITH.fullmatch(text, last, starts[i]))):
                o = mentions[i][1]
                if o is subject:
                    break
                self._give(o, code, "side")
                last = _end_at(o, starts[i])
                i += 1
                limit = 40  # the officials coordinated with the first one (or with a long title between)
                if i < len(starts) and not (_coordinated(text, last, starts[i])
                                            or _TOGETHER_WITH.fullmatch(text, last, starts[i])) \
                        or i < len(starts) and _AND_IN_PLACE.match(text, last, starts[i]):
                    break  # (", and in Tashkent Foreign Minister Y": met in another place)

    def _apply_visitors(self, text: str, masked: str, officials: list[OfficialInfo], mentions: list,
                        starts: list[int], home: Optional[str], spans: list[tuple[int, int, str]],
                        states: "_States") -> None:
        """"X came to India", "X arrived in Kabul", "X paid a visit to New Delhi", "the visit of X to
        Islamabad", "the visit to France of X": an official who travels to the release's home state
        is a visitor and serves the other state the sentence (or the release) is about. Once visitors
        are known, "the delegation included Y" and "Y, a member of the visiting delegation" are
        visitors too."""
        if home is None or self.visit_cue is None:
            return
        code_at = {s: code for s, _e, code in spans}

        def to_home(m: re.Match) -> bool:  # the travel's destination is the home state
            dest = m.group("dest")
            return (code_at.get(m.start("dest")) if dest[0] == MASK else self.places.get(dest)) == home

        def visitor(o: OfficialInfo, begin: int, end: int) -> bool:
            """Give the traveller ``o`` the other state of its sentence (from ``begin``) unless the
            text stated its own; whether ``o`` came from another state."""
            if o.country is not None and not o.country_inferred:
                return o.country != home
            other = states.other(begin, self._scope_end(text, end))
            if other:
                self._give(o, other, "side")
                return True
            return False

        arrived = False
        for m in self.visit_cue.finditer(masked):
            if not to_home(m):
                continue
            begin = _sentence_start(text, m.start())
            i = bisect_left(starts, m.start()) - 1
            if i < 0 or starts[i] < begin or m.start() - starts[i] > _VISITOR_GAP or ":" in text[starts[i]:m.start()]:
                continue  # the traveller is named just before ("Fang Yiran: ... will pay a visit" is a speaker's)
            j = bisect_left(starts, begin)
            if j < i and mentions[j][1] is not mentions[i][1] and _MEETS.search(text, starts[j], starts[i]) \
                    and _COORDINATED_VERB.search(text, starts[i], m.start()):
                # "X is to call on the Minister, Hon. Y, on Friday and to visit the Investment Centre":
                # the one met is no traveller; the sentence's subject is
                i = j
            if _INVITER.search(text, starts[i], m.end()) or _INVITATION_FROM.search(text, begin, starts[i]) \
                    or _HIS_INVITATION.match(text, _end_at(mentions[i][1], starts[i])):
                continue  # "X invited his counterpart to visit Buenos Aires", "an invitation from X to
                # visit Kyiv", "accepted X's invitation to visit Hanoi": X is the host
            arrived = visitor(mentions[i][1], begin, m.end()) or arrived
        for cue in (self.visit_of_cue, self.visit_to_of_cue):
            for m in cue.finditer(masked):
                if not to_home(m):
                    continue
                i = bisect_left(starts, m.start("who"))
                if i >= len(starts) or starts[i] >= m.end("who"):
                    continue
                arrived = visitor(mentions[i][1], _sentence_start(text, m.start()), m.end()) or arrived
        if not arrived or "delegation" not in text:  # (every phrase of the members names it)
            return
        for m in _VISITING_MEMBERS.finditer(text):
            begin, stop = _sentence_start(text, m.start()), self._scope_end(text, m.end())
            other = states.other(begin, stop)
            if not other:
                continue
            if m.group("before"):  # "Y, a member of the visiting delegation": the official named last before
                i = bisect_left(starts, m.start()) - 1
                if i >= 0 and starts[i] >= begin:
                    self._give(mentions[i][1], other, "delegation")
                continue
            i = bisect_left(starts, m.end())
            while i < len(starts) and starts[i] < stop:
                self._give(mentions[i][1], other, "delegation")
                i += 1

    @staticmethod
    def _scope_end(text: str, end: int) -> int:
        """The end of the sentence after a phrase; a phrase that opens a list with a colon and a
        line break reaches to the blank line that ends the list (blank lines between the colon and
        the list's first line, "comprised:\n\nName | Designation\n...", end nothing)."""
        colon = _COLON_LIST.match(text, end)
        if colon:
            first = colon.end()
            while first < len(text) and text[first] in " \t\r\n":
                first += 1
            m = _BLANK_LINE.search(text, first)
            return m.start() if m else len(text)
        return sentence_end(text, end)

    @staticmethod
    def _give(o: OfficialInfo, code: str, source: str) -> None:
        o.give_country(code, source)


def _end_at(o: OfficialInfo, start: int) -> int:
    """The end of ``o``'s mention that starts at ``start`` (``start`` when none does)."""
    return max((mm.end for mm in o.mentions if mm.start == start), default=start)


def _word_start_regexes(alternatives: list[str], leads: Optional[list[Optional[int]]] = None) -> list[Located]:
    """Case-insensitive alternations of phrases. The phrases that begin a word are tried only where
    no letter or digit comes before and a character one of them can begin with follows, and there
    only those that can begin with it (several times faster than trying every phrase at every
    character: see :class:`~dialogue_extract.located.Located`); the others (a list item at the
    start of a line) form a second alternation. ``leads``: of phrases naming a state, the most
    characters each reads before it (None: no bound): a phrase that begins a word is tried only
    that far before a masked country."""
    at_words, anywhere, near = [], [], []
    for k, alt in enumerate(alternatives):
        if " " in first_chars(alt, re.I):
            anywhere.append(alt)
        else:
            at_words.append(alt)
            near.append(leads[k] if leads is not None else None)
    out = []
    if at_words:
        firsts = first_chars("(?:" + "|".join(at_words) + ")", re.I)
        chars = "".join(ch for ch in string.ascii_letters + string.digits + MASK if ch in firsts)
        guard = r"(?<![^\W_][\s\S])"  # no letter or digit before the first character
        if near and None not in near:
            guard += r"(?<=(?=[^%s]{0,%d}%s)[\s\S])" % (MASK, max(near), MASK)
        runs = ""
        if all(_begins_with_state(alt) for alt in at_words if MASK in first_chars(alt, re.I)):
            # a phrase that begins with {state} also begins one character before, inside a
            # masked country, unless a letter or digit stands before that one: such places
            # are left out (the guard sees the first character of the match, and two before)
            guard += r"(?<![\W_]%s%s)" % (MASK, MASK)
            runs = MASK
        # (located on the character before a match: it begins where no letter or digit comes before)
        out.append(Located.any_of(at_words, re.I, lead=r"(?<![^\W_])(?=[" + re.escape(chars) + r"]|[^\x00-\x7f])",
                                  guard=guard, runs=runs, preceded_by=NOT_ALNUM))
    if anywhere:
        if all(opens_at_line_start(alt, re.I) for alt in anywhere):
            out.append(LineStarts(re.compile("(?:" + "|".join(anywhere) + ")", re.I)))
        else:
            out.append(Located.any_of(anywhere, re.I))
    return out


def _begins_with_state(alternative: str) -> bool:
    """Whether a phrase's alternative begins with its masked country (``\x01+``) and refers to
    no group: then wherever it matches inside a masked country, it matches one character before."""
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as C
        import sre_parse as P

    def refers(seq) -> bool:
        for op, av in seq:
            if op in (C.GROUPREF, C.GROUPREF_EXISTS):
                return True
            for sub in (av if isinstance(av, (list, tuple)) else ()):
                if isinstance(sub, P.SubPattern) and refers(sub):
                    return True
                if isinstance(sub, (list, tuple)) and any(isinstance(x, P.SubPattern) and refers(x) for x in sub):
                    return True
        return False

    parsed = P.parse(alternative, re.I)
    items = list(parsed)
    while len(items) == 1 and items[0][0] is C.SUBPATTERN:  # the phrase's own group
        items = list(items[0][1][-1])
    if not items or items[0][0] is not C.SUBPATTERN:
        return False
    state = list(items[0][1][-1])  # the {state} group
    if len(state) != 1 or state[0][0] not in (C.MAX_REPEAT, C.MIN_REPEAT):
        return False
    lo, hi, body = state[0][1]
    return lo >= 1 and hi == C.MAXREPEAT and list(body) == [(C.LITERAL, ord(MASK))] and not refers(parsed)


def _lead_width(pattern: str) -> Optional[int]:
    """The most characters a phrase's pattern reads before its ``{state}`` (None: no bound, or
    ``{state}`` is not a part every match of the pattern has)."""
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as C
        import sre_parse as P
    parsed = P.parse(pattern.replace("{state}", "(?P<state>" + MASK + "+)", 1).replace("{state}", MASK + "+"), re.I)
    state = parsed.state.groupdict["state"]
    width = 0
    for item in parsed:  # the parts of the pattern in sequence, up to {state}
        if item[0] is C.SUBPATTERN and item[1][0] == state:
            return width
        width += P.SubPattern(parsed.state, [item]).getwidth()[1]
        if width >= C.MAXREPEAT:
            return None
    return None


def _merged(windows) -> list[tuple[int, int]]:
    """Overlapping or touching ``(start, end)`` windows joined, in order."""
    out: list[list[int]] = []
    for a, b in sorted(windows):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


class _States:
    """The states a text names (its country spans, with the release's home state), read once:
    :meth:`other` is asked after every phrase that puts officials on the other side."""

    def __init__(self, spans: list[tuple[int, int, str]], home: Optional[str], text: str = "") -> None:
        self.text = text
        self.spans = sorted(spans)
        self._paragraphs: Optional[list[int]] = None
        ordered = [(s, c) for s, _e, c in sorted(spans) if c != home]
        self.home_starts = [s for s, _e, c in sorted(spans) if c == home]
        self.starts = [s for s, _c in ordered]
        self.codes = [c for _s, c in ordered]
        # the index of the next span naming another state than span i's (len: none)
        self.next_other = [len(ordered)] * len(ordered)
        for i in range(len(ordered) - 2, -1, -1):
            self.next_other[i] = i + 1 if self.codes[i + 1] != self.codes[i] else self.next_other[i + 1]
        counts: dict[str, int] = {}
        for _s, _e, c in spans:
            if c != home:
                counts[c] = counts.get(c, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        self.release_other: Optional[str] = None
        if ranked and home is not None and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            self.release_other = ranked[0][0]

    def other(self, begin: int = 0, end: int = 0, paragraph: bool = False) -> Optional[str]:
        """The state a bilateral release is about besides its home: the one other state named in
        the sentence ``begin:end``, else the one other state named, or one named at least twice as
        often as any other; with ``paragraph``, else the one other state the paragraph names before
        the sentence, or the paragraph before it (a release about a tour: "In Lusaka ... President of
        Zambia. On 3 March, he held talks with X")."""
        i, j = bisect_left(self.starts, begin), bisect_left(self.starts, end)
        if i >= j:  # no other state in the sentence
            return self.release_other or (self._paragraph_other(begin) if paragraph else None)
        return self.codes[i] if self.next_other[i] >= j else None  # one, or several

    def names_other(self, begin: int, end: int) -> bool:
        """Whether ``begin:end`` names a state other than the home state."""
        return bisect_left(self.starts, begin) < bisect_left(self.starts, end)

    def only_home(self, begin: int, end: int) -> bool:
        """Whether ``begin:end`` names the home state and no other."""
        return bisect_left(self.home_starts, begin) < bisect_left(self.home_starts, end) \
            and not self.names_other(begin, end)

    def paragraph_other(self, begin: int) -> Optional[str]:
        """The one other state the paragraph of ``begin`` names before it, or the paragraph before."""
        return self._paragraph_other(begin) if self.starts else None

    def _paragraph_other(self, begin: int) -> Optional[str]:
        if self._paragraphs is None:
            self._paragraphs = [m.end() for m in _BLANK_LINE.finditer(self.text)]
        # the sentence's paragraph, or when it names no other state, the paragraph before
        k = bisect_right(self._paragraphs, begin) - 1
        j = bisect_left(self.starts, begin)
        i = bisect_left(self.starts, self._paragraphs[k] if k >= 0 else 0)
        if i >= j and k >= 0:
            i = bisect_left(self.starts, self._paragraphs[k - 1] if k >= 1 else 0)
        return self.codes[i] if i < j and self.next_other[i] >= j else None


# a sentence opening on an unnamed office a state's name or demonym qualifies: "The Chilean ambassador "
_THE_STATE = re.compile(r"\s*(?:\d+\.\s+)?(?:(?:During|On|In|At|After|Before|Later|Earlier|Following|Upon|Prior|Separately|Meanwhile|Subsequently|Thereafter)\b[^,.;:\n]{0,40},\s+)?(?:The|the)\s+")
_SUBJECT_WORDS = re.compile(r"(?:\s+[A-Za-z-]+){1,3}\s*")


def _demonym_subject(text: str, begin: int, start: int, code_at: dict[int, str], starts: list[int]) -> Optional[str]:
    """The state of a sentence's unnamed subject, when the sentence (at ``begin``) opens on "the"
    and a state's name or demonym and at most three words of an office before the phrase at
    ``start`` ("The Chilean ambassador conveyed the greetings of X"), with no official named between."""
    m = _THE_STATE.match(text, begin, start)
    if m is None or m.end() not in code_at:
        return None
    i = bisect_left(starts, begin)
    if i < len(starts) and starts[i] < start:
        return None
    # the state's span ends where its word does; then the office's words and the verb
    k = m.end()
    while k < start and (text[k].isalnum() or text[k] in "'’-"):
        k += 1
    return code_at[m.end()] if _SUBJECT_WORDS.fullmatch(text, k, start) else None


# "X met President Y during his visit, together with the Minister of Foreign Affairs, Z": those met
# with the one met (a phrase of time or place between, then the title alone)
_TOGETHER_WITH = re.compile(r"[^.;:\n]{0,80}?,\s+(?:together|along)\s+with\s+"
                            r"(?:(?:[A-Z][\w'’.-]*|of|and|for|the|&),?\s+)*")


#: a relative clause whose subject is a pronoun ("..., during which he held talks with")
_RELATIVE_PRONOUN = re.compile(r"\b(?:(?:during|in|at|after|on) which|where|when) (?:he|she|they)\b")


def _coordinated(text: str, last: int, start: int) -> bool:
    """Whether the official at ``start`` is coordinated with the one ending at ``last``: "X and Y",
    "X, Y", or a title alone between ("X, Minister of Foreign Affairs, and on H.E. Y")."""
    return bool(_COORDINATION.match(text, last, start) or _AND_TITLE.fullmatch(text, last, start)
                or start - last <= _MEETING_GAP and _and_met_title(text, last, start))


def _row_state(text: str, line_start: int, cell: int, states: "_States", home: Optional[str]) -> Optional[str]:
    """The one state other than ``home`` that a table row opening at ``line_start`` names before
    its cell at ``cell``, else None."""
    named = {states.codes[k] for k in range(bisect_left(states.starts, line_start), bisect_left(states.starts, cell))}
    named.discard(home)
    return next(iter(named)) if len(named) == 1 else None


#: a meeting inside a table's cell, after a sentence's or a clause's end ("...; EAM also met X")
_MET_IN_CELL = re.compile(r"(?<=[.;][ \t])[^|\u00a6\n.;]{0,40}?\b(?:also[ \t]+)?(?:met|called[ \t]+on)[ \t]+(?:with[ \t]+)?")
#: a paragraph opening on an office with "the", its subject ("The President was accompanied by:")
_THE_OFFICE = re.compile(r"\s*The ((?:[A-Z][\w-]*)(?: (?:[A-Z][\w-]*|of|for)){0,4}) (?:was|is|will be|were|are) ")
#: a line of a list, opening on its mark ("- ", "• ", "(a) ", "3. ")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-–•*▪][ \t]|\(?[a-z0-9]{1,3}[.)][ \t])[^\n]*$", re.M)
#: a sentence of a list's item opening on a meeting ("... 2025. Met the Minister for Police, Hon. X")
_MET_SENTENCE = re.compile(r"(?<=[.;:][ \t])(?:Met|Called on|Held talks with|Meeting with)(?:[ \t]+with)?[ \t]")


#: a capitalised word (of a place's name)
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’.-]*")
#: a line of a table drawn with pipes (three cells or more), and where each of its cells opens
_PIPE_ROW = re.compile(r"^[^\n|\u00a6]*[|\u00a6][^\n|\u00a6]*[|\u00a6][^\n]*$", re.M)
_CELL_START = re.compile(r"[|\u00a6]")  # (the layout view reads a table's pipes as cell breaks)
#: a table's header cell over the states its participants serve ("COUNTRY", "Delegation")
_STATE_HEADER = re.compile(r"(?i)[ \t]*(?:country|nationality|state|delegation|side)[ \t]*")
#: a table cell opening on a meeting ("Met ...", "Called on ...", "Co-chaired the Joint Commission with ...")
#: a table's header cell over those met ("Ministers and senior officials met", "Met with", "Meetings")
_MET_HEADER = re.compile(r"(?i)\b(?:met|met with|meetings?|interlocutors|counterparts?|(?:persons|officials) met)[ \t]*$")
_MET_CELL = re.compile(r"[ \t]*(?:[Mm]et(?:[ \t]+with)?|[Cc]alled[ \t]+on|[Hh]eld[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:talks|a[ \t]+meeting)[ \t]+with"
                       r"|[Cc]o-?chaired[ \t][^|\u00a6\n]{1,80}?[ \t]with)[ \t]")


#: between two officials met: a second place ("X, and in Tashkent Foreign Minister Y")
_AND_IN_PLACE = re.compile(r",?\s+and\s+(?:in|at)\s+(?:the\s+)?[A-Z]")

_sentence_start = sentence_start  # (one index of the text's sentence breaks, shared with people.context)

# a sentence opening on a pronoun: its subject is the one the sentence before opens with
_PRONOUN = re.compile(r"\s*(?:He|She)\b")
# ... or on a phrase of time or place before it: "On 3 March, he held talks with X"
_PRONOUN_AFTER_LEAD = re.compile(r"\s*(?:He|She|[A-Z][^,.;:\n]{0,40},\s+(?:he|she))\b")


# what opens a sentence before its subject's name: a phrase of time ("The same day, ", "On 3 March, ")
# and the subject's office in capitals ("Deputy Prime Minister ", "Minister ")
_SUBJECT_LEAD = re.compile(r"\s*(?:\d+\.\s+)?(?:[A-Z][^,.;:\n]{0,40},\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}")
# between an official taken as object and a message's phrase: a pronoun or a second verb of the
# sentence's subject ("..., where he conveyed", "... and conveyed", "... and also conveyed")
_BACK_TO_SUBJECT = re.compile(r"\b(?:he|she)\b|\band\s+(?:also\s+)?(?:conveyed|delivered|handed)\b")
# between the subject and an official named later in the sentence: a verb that took that official as object
_OBJECT_VERB = re.compile(r"\b(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|called on|calls on"
                          r"|congratulated|congratulates|thanked|thanks|briefed|briefs|assured|assures|informed|informs"
                          r"|paid (?:a )?(?:courtesy )?calls? on|pays (?:a )?(?:courtesy )?calls? on"
                          r"|(?:held|holds) (?:[a-z]+ ){0,2}?(?:talks|a meeting|consultations|discussions) with"
                          r"|spoke (?:by (?:tele)?phone )?with|talked (?:by (?:tele)?phone )?with)\b")


# a verb that takes the official after it as its object (the sentence's subject is someone before)
_EARLIER_OBJECT = re.compile(r"\b(?:called on|calls on|call on|paid (?:a )?(?:courtesy )?calls? on|met|meets|met with"
                             r"|received|receives|hosted|hosts|welcomed|visited|held talks with|spoke with)\s")
# "... called on X, and met the Minister of National Defence, His Excellency Y": a second call, a long title between
_AND_MET = re.compile(r",?\s+and\s+(?:also\s+)?(?:met(?:\s+with)?|called\s+on|held\s+talks\s+with)(?=\s)")


def _and_met_title(text: str, last: int, start: int) -> bool:
    """Whether ``text[last:start]`` is "and met" and a title alone (the second official a caller meets)."""
    m = _AND_MET.match(text, last, start)
    return m is not None and _AND_TITLE.fullmatch(text, m.end(), start) is not None


def spans_before(states: "_States", begin: int, end: int) -> list[tuple[int, int, str]]:
    """The country mentions (all states, the home's too) between ``begin`` and ``end``."""
    return [(s, e, c) for s, e, c in states.spans if begin <= s < end]


def _compound_pair(text: str, spans: list[tuple[int, int, str]]) -> Optional[tuple[str, str]]:
    """The two states of the one compound of two ("Türkiye-Iran", "India–Japan") among ``spans``."""
    found = []
    for (s1, e1, c1), (s2, _e2, c2) in zip(spans, spans[1:]):
        if c1 != c2 and text[e1:s2] in ("-", "–", "/"):
            found.append((c1, c2))
    return found[0] if len(found) == 1 else None


# "his spokesman, ", "her chief of staff, ": the sentence's subject's own staff
# (the "h" first, its word boundary checked behind it: the pattern is searched for at C speed)
_OWN_STAFF = re.compile(r"h(?<=\bh)(?:is|er) (?:own )?(?i:spokes(?:man|woman|person)|press secretary|chief of staff"
                        r"|principal secretary|private secretary|aide|senior aide|communications director),? ")
# "the two countries' transport ministers, " before two officials named in the order of their states
_RESPECTIVE = Located.of(r"\bthe (?P<two>two) (?:countries|sides|nations|governments|states)['’] (?:[a-z-]+ ){0,3}[a-z-]+s,? ")
_LIST_SEP = re.compile(r",?\s+and\s+|,\s+")
_WHO = re.compile(r",\s+who\b")
# a relative clause of the official named last, running up to a phrase ("X, who expressed ... and asked
# the Minister to convey greetings to"): that official is the phrase's subject
_RELATIVE_SUBJECT = re.compile(r",\s+who\b[^,;.:\n]*\Z")


def _idle_before(text: str, match: tuple, mentions: list, starts: list[int]) -> bool:
    """Whether a phrase about the one official named right before it (``max_gap``) has none there."""
    start, _end, cue, _code = match
    if cue.officials != "before" or not cue.max_gap:
        return False
    i = bisect_left(starts, start) - 1
    if i < 0:
        return True
    last_end = _end_at(mentions[i][1], starts[i])
    return not 0 <= start - last_end <= cue.max_gap


def _named_subject(text: str, begin: int, o: OfficialInfo, mentions: list, starts: list[int]
                   ) -> Optional[OfficialInfo]:
    """"Minister X held talks with Y and called on Z": the caller is the official the sentence opens
    on (after a phrase of time and their office), not Y, whom an earlier verb took as object; the
    subject's state must be known (a home state's guess included)."""
    i = bisect_left(starts, begin)
    if i >= len(starts) or mentions[i][1] is o or mentions[i][1].international or not mentions[i][1].country:
        return None
    lead = _SUBJECT_LEAD.match(text, begin, starts[i])
    if lead is None or lead.end() != starts[i]:
        return None
    subject = mentions[i][1]
    end = _end_at(subject, starts[i])
    j = next((k for k in range(i + 1, len(starts)) if mentions[k][1] is o), None)
    if j is None or _OBJECT_VERB.search(text, end, starts[j]) is None:
        return None
    return subject


# a relative clause about the meeting's place or event, after the officials met
_WHERE_CLAUSE = re.compile(r",[ \t]+(?:where|at which|during which|which)\b")
# an official right after "an invitation from": the inviter, whom a visit "to visit P" does not move
#: an official's invitation ("accepted Prime Minister X's invitation to visit Hanoi"): X invites
_HIS_INVITATION = re.compile(r"['’]s[ \t]+(?:kind[ \t]+|cordial[ \t]+)?invitation\b")
_INVITATION_FROM = re.compile(r"\binvitations?[ \t]+(?:from|of|by)[ \t]+(?:(?:the|[A-Z][\w.'’-]*)[ \t]+){0,5}\Z")
# an official right after "to": the one a message is delivered to, not its bearer
_RECIPIENT = re.compile(r"\b(?:to|for)[ \t]+(?:(?:the|[A-Z][\w.'’-]*)[ \t]+){0,5}\Z")
# a sentence opening on an official's office alone, before a verb ("Following the ceremony, the
# Ambassador paid courtesy calls on ...")
_OFFICE_SUBJECT = re.compile(r"\s*(?:[A-Z][^,.;:\n]{0,40},\s+)?[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)(?:\s+[a-z][^A-Z,.;:\n]*)?\s*\Z")


#: between "our Minister, A" and the official set beside A: ", and His Excellency " (a guest's style)
_AND_GUEST = re.compile(r",?\s+and\s+(?:His|Her)\s+(?:Excellency|Highness|Royal\s+Highness)\s+")
#: what "our" may call another state's official by: a guest, a friend, a partner of the speaker's
_NOT_OURS = re.compile(r"(?:[Gg]uests?|[Ff]riends?|[Pp]artners?|[Hh]osts?|[Cc]olleagues?|[Bb]rothers?|[Ss]isters?|[Cc]ounterparts?)\b")
#: a quotation mark: what follows it in its paragraph may be a quoted speaker's words
_QUOTES = re.compile("[\"“”]")
#: a sentence whose subject is a pronoun ("He will also call on X")
_PRONOUN_OPENING = re.compile(r"\s*(?:He|She)\s")
#: between a phrase about one person and the first official after it: the phrase's object ended
#: unnamed and a clause of its own began ("called on Prime Minister at the hotel, and ...")
_CLAUSE_AFTER_OBJECT = re.compile(r"[a-z][,;] (?:and|while|whereas) ")
#: a sentence opening on an office alone, the subject of a verb ("Prime Minister arrived in Cairo on
#: a State Visit", "The President was received by"): group 1 the office
_UNNAMED_SUBJECT = re.compile(r"\s*(?:[A-Z][^,.;:\n]{0,40},\s+)?"
                              r"(?:[Tt]he\s+)?((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+(?:also\s+|later\s+)?"
                              r"(?:was|were|is|will|has|had|arrived|arrives|met|meets|called|calls|held|holds|paid|pays|"
                              r"visited|visits|travelled|traveled|reached|landed|began|begins)\b[^;:\n]*\Z")


def _label_colon(text: str, line_start: int, at: int) -> int:
    """The colon of a speaker's label opening the line at ``line_start`` before ``at``, or -1."""
    return text.find(":", line_start, min(at, line_start + _LABEL_CHARS))


def _holds(o: OfficialInfo, office: str) -> bool:
    """Whether ``o`` holds the office ``office`` (case-folded), alone or written in full ("the Minister"
    of "the Minister of Foreign Affairs")."""
    return any(t.casefold() == office or t.casefold().startswith(office + " of ") for t in o.titles)


def _office_subject(text: str, begin: int, start: int, mentions: list) -> Optional[OfficialInfo]:
    """The official a sentence opening on an office alone ("the Ambassador paid courtesy calls on
    X") is about: the one official of the text who holds that office, when the text gives their state."""
    m = _OFFICE_SUBJECT.match(text, begin, start)
    if m is None:
        return None
    office = m.group(1).casefold()
    # (a holder of the office written in full counts too: "the Minister" after "the Minister of
    # Foreign Affairs, X" and "Minister Y", the other side's, is no one's for sure)
    holders = {id(o): o for _s, o in mentions if _holds(o, office)}
    if len(holders) != 1:
        return None
    o = next(iter(holders.values()))
    return o if o.country and not o.country_inferred and not o.international else None


# the agent of a passive just before an official ("... was received at the Palace by President "): the
# official is not the sentence's subject
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|had been|has been)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+(?:ed|en|wn)\b[^.\n]{0,80}?"
                            r"\bby(?:[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*)*[ \t]*\Z")


#: how many sentences back a traveller's "he" may go to the sentence that names where they went
_SCENE_SENTENCES = 3
#: a pronoun that is a sentence's subject before the first official it names: that sentence too is
#: about someone it does not name there
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _pronoun_antecedent(text: str, begin: int, mentions: list, starts: list[int]) -> tuple[Optional[OfficialInfo], bool]:
    """What "He"/"She" opening the sentence at ``begin`` stands for, back over the sentences that
    open on a pronoun: the official the first sentence that does not names as its subject ("Foreign
    Minister Brekke of Norway will be in New Delhi. She will hold talks ... She will also call on Y"),
    or, when that sentence names none as its subject, an office the text gives no name (True: "On
    Monday, Prime Minister will hold talks with X. He will also call on Y"); ``(None, False)`` when
    the sentence opens on no pronoun."""
    if not _PRONOUN_OPENS.match(text, begin):
        return None, False
    for _ in range(4):
        if not _PRONOUN_OPENS.match(text, begin) or begin < 2:
            break
        begin = _sentence_start(text, begin - 2)
    else:
        return None, False
    if _PRONOUN_OPENS.match(text, begin):
        return None, False
    i = bisect_left(starts, begin)
    if i < len(starts) and starts[i] - begin <= _SUBJECT_REACH and "," not in text[begin:starts[i]]:
        return mentions[i][1], False
    return None, True


#: how far into a sentence its subject's name may begin ("Foreign Minister Brekke of Norway will ...")
_SUBJECT_REACH = 40


def _pronoun_subject(text: str, begin: int, mentions: list, starts: list[int],
                     anywhere: bool = False) -> Optional[OfficialInfo]:
    """The official a sentence opening on "He"/"She" (at ``begin``; with ``anywhere``, also after a
    phrase of time or place) is about: the first one the sentence before it names, when the text
    gives that official's state (with ``anywhere``, also the release's home state as a guess)."""
    if not (_PRONOUN_AFTER_LEAD if anywhere else _PRONOUN).match(text, begin) or begin < 2:
        return None
    prev = _sentence_start(text, begin - 2)
    i = bisect_left(starts, prev)
    if i < len(starts) and starts[i] < begin:
        if _PASSIVE_AGENT.search(text, prev, starts[i]):
            return None  # "The minister was received by President X. He also met Y": "He" is the minister
        if _SUBJECT_PRONOUN.search(text, prev, starts[i]):
            return None  # "The next day he will hold talks with Prime Minister X. He will call on Y": "he" goes on
        if _OBJECT_VERB.search(text, prev, starts[i]) or _MEETING.search(text, prev, starts[i]):
            return None  # "MoS held discussions with Hon. X. She also met Y": X was met; "she" is the unnamed MoS
        o = mentions[i][1]
        if o.country and (anywhere or not o.country_inferred) and not o.international:
            return o
    return None
