"""Which state an official serves, read from the sentence around them.

* "Prime Minister Lind was accompanied by H.E. Ms. X, Minister ...; Mr. Y, ...", "Accompanying him
  were X and Y", "Faizal's delegation will include X": the members of a delegation belong to the
  state of the person they accompany;
* "Defence Minister X and her Indonesian counterpart, Y": X belongs to the other state the release
  is about.

Plain Python over the text, the officials found (:class:`~dialogue_extract.people.info.OfficialInfo`,
completed in place through ``give_country``) and the character starts of the states named; the
resolver component runs it after it built the officials.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from ..data import data_path, read_json
from ..located import Located, last_match
from ..names import load_lexicon
from .grammar import row_body, row_line
from .info import OfficialInfo

if TYPE_CHECKING:
    from .name_culture import NameCultures

__all__ = ["countries_from_context", "delegation_members", "sides_of_pairs", "signatory_cells", "signatory_pairs", "signature_columns",
           "state_label_lines"]


def _abbreviated_honorifics() -> frozenset[str]:
    """The honorifics the name lexicon lists abbreviated ("Prof.", "H.E.", "Mr", "Dr"): written
    with a full stop or without a vowel, and the abbreviated given names. Their full stop ends no
    sentence ("Prof. X")."""
    out = set()
    for form, _strength in load_lexicon().forms_before:
        word = form[:-1] if form.endswith(".") else form
        if " " not in form and (form.endswith(".") or not re.search(r"[AEIOUaeiou]", word)):
            out.add(word)
    # and the abbreviated given names ("Mohd. Ali", "Ma. Lourdes")
    out.update(w[:-1] for w in read_json(data_path("persons.json")).get("given_name_abbreviations", []) if w.endswith("."))
    return frozenset(out)


_ABBREVIATED = _abbreviated_honorifics()
_NOT_HONORIFIC = "".join(r"(?<!\b%s\.)" % re.escape(w) for w in sorted(_ABBREVIATED)
                         if re.fullmatch(r"[A-Z]?[a-z]*[a-z]{3}", w))

# a full stop after a word of three small letters or more ("H.E. Ms. X" does not end anything)
# but an abbreviated honorific's ("Prof. X")
# (the full stop is matched before the letters are checked behind it: a pattern that begins with a
# literal character is searched for character by character in C, not tried at every position)
# (letters outside ASCII count: "... Mr. Ondřej Kubíček. The Czech Ambassador ...", "... Şahin. Özdemir said")
_LOWER3 = r"(?<=[^\W\d_A-ZÀ-ÖØ-Þ]{3}\.)"
_UPPER_START = r"[A-Z\d(\[À-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ]"
_SENTENCE_END = re.compile(r"\." + _LOWER3 + _NOT_HONORIFIC + r"\s+(?=" + _UPPER_START + r")|\n")
# the one-character starts of those matches, which do not overlap (see sentence_end): the line
# breaks and these full stops
_FULL_STOP_AT = re.compile(r"\." + _LOWER3 + _NOT_HONORIFIC + r"(?=\s+" + _UPPER_START + r")")


@lru_cache(maxsize=1)
def _sentence_ends(text: str) -> list[int]:
    stops = [m.start() for m in _FULL_STOP_AT.finditer(text)]
    return sorted(_breaks(text)[0] + stops) if stops else _breaks(text)[0]


_LINE_BREAK = re.compile(r"\n")
_FULL_STOP = re.compile(r"\. ")


@lru_cache(maxsize=1)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Positions of the text's line breaks and of its ". " pairs, but those after an initial or
    an abbreviated honorific ("S. Rao", "Prof. Fathy", "H.E. Mr. Li")."""
    stops = []
    for m in _FULL_STOP.finditer(text):
        k = m.start()
        word = text[max(text.rfind(" ", 0, k), text.rfind("\n", 0, k)) + 1:k]
        if (len(word) == 1 and word.isupper()) or word in _ABBREVIATED:
            continue
        stops.append(k)
    return [m.start() for m in _LINE_BREAK.finditer(text)], stops


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last line break or ". " before it
    (``max(text.rfind("\\n", 0, pos), text.rfind(". ", 0, pos)) + 1``, but no ". " after an
    initial or an abbreviated honorific: "Dr. S. Rao"), read from an index of the text made once."""
    lines, stops = _breaks(text)
    i = bisect_left(lines, pos) - 1  # a line break before pos
    j = bisect_left(stops, pos - 1) - 1  # a ". " ending by pos
    return max(lines[i] if i >= 0 else -1, stops[j] if j >= 0 else -1) + 1


def sentence_end(text: str, pos: int) -> int:
    """Where the first sentence end at or after ``pos`` starts (``len(text)`` without one): what
    ``_SENTENCE_END.search(text, pos)`` finds, read from an index of the text made once, so that
    asking after every phrase of a text with few sentence ends stays linear."""
    ends = _sentence_ends(text)
    i = bisect_left(ends, pos)
    return ends[i] if i < len(ends) else len(text)
# (the occasion may stand between: "who was joined on the call by", "was accompanied at the talks by")
_ACCOMPANIED = Located.of(r"\b(?:was|were|is|are|will be)\s+(?:also\s+)?(?:accompanied|joined)\s+"
                          r"(?:(?:on|at|in|during|for)\s+the\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?by\b")
# ", while ...", "; ...": a clause of its own inside the sentence, with its own subject
_CLAUSE_TURN = re.compile(r",\s+(?:while|whereas|and\s+(?=the\s+[A-Z]))\s*|;\s+")
# "was accompanied by X, who held talks with Y": the clause turns to the other side's officials
_TURN_TO_OTHER = re.compile(r",\s+(?:who|which)\b[^.;\n]*?\b(?:with|met|meets|called on|calls on|received|hosted)\b")
# "X, who was accompanied by ...": a relative clause, and the main clause's verb after a comma that
# closes it ("..., was also received by", "..., held talks with")
_RELATIVE_OPEN = re.compile(r",\s*(?:who|whom)\s+$")
_MAIN_RESUMES = re.compile(r",\s+(?:(?:also|then|later|subsequently)\s+)?(?:was|were|is|are|has|have|had|will|would"
                           r"|met|meets|held|holds|called|calls|paid|pays|received|receives|signed|signs|visited"
                           r"|visits|said|says|conveyed|conveys|delivered|attended|attends|laid|toured)\b")
# "Accompanying him were X and Y", "Joining her was X": the last official named before
_ACCOMPANYING = Located.of(r"\b(?:[Aa]ccompanying|[Jj]oining) (?:him|her)\b")
# "Accompanying the Deputy Minister were X and Y": the last holder of that office named before
_ACCOMPANYING_OFFICE = Located.of(r"\b(?:[Aa]ccompanying|[Jj]oining) the ((?:[A-Z][\w-]*)(?: (?:[A-Z][\w-]*|of|for)){0,4}) (?:were|was|are|is)\b")
# "Accompanying Mr. Thapa were X and Y", "Joining Ortiz was X": the official named after it
_ACCOMPANYING_NAME = Located.of(r"\b(?:[Aa]ccompanying|[Jj]oining) (?=[A-Z])")
# "Faizal's delegation will include X": the official whose name the possessive ends
_PERSON_DELEGATION = Located.of(r"['’]s delegation (?:will include|includes|included|comprised|comprises|consisted of"
                                r"|was composed of|will comprise)\b")
# "The delegation of Türkiye also included X", "the Kyrgyz side by Y": a state's delegation named by
# the state, then its members (up to the next such phrase or the sentence's end)
_CAP_WORDS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}"
_STATE_DELEGATION = Located.of(
    r"\b[Tt]he (?:" + _CAP_WORDS + r" (?:delegation|side)|(?:delegation|side) of (?:the )?" + _CAP_WORDS + r")"
    r"(?:, (?:headed|led|chaired) by [^,;:\n]{1,80},)?"  # "The Peruvian delegation, headed by Vice Minister X, comprised"
    r",? (?:also |further )?(?:included|includes|comprised|comprises|consisted of|(?:was |were )?composed of"
    r"|(?:was |were |is |will be )?represented by|was led by|is led by|will include|will comprise|by)\b"
    # "a delegation of the Islamic Consultative Assembly (Majlis) of the Islamic Republic of Iran headed by":
    # a delegation of a state's body
    r"|\b(?:[Aa]|[Tt]he) delegation of (?:the )?[A-Z][^.;:\n]{2,80}?,? (?:headed|led) by\b")
_COUNTERPART = Located.of(r"\bcounterparts?\b")
# "at the invitation of President Y": Y, named right after it, is the host
_INVITED_BY = re.compile(r"\b(?:invitation|invited|hosted)\s+(?:of|from|by)\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")
_PRONOUN = re.compile(r"(?:He|She|They|he|she|they)")
_LEAD_PHRASE = re.compile(r"\s*(?:\d+\.\s+)?(?:At|On|Upon|In|Following|After|Before|With|Under|Further|As|From|For|By)\b")
_NAME_STOP = re.compile(r"\.\s+[A-Z]")
_PRONOUN_WORD = re.compile(r"\b(?:He|She|They|he|she|they)\b")
# how far a sentence is searched for its start or end (keeps the pass linear on text without stops)
_SENTENCE_WINDOW = 4000


# a host's verb whose object is a visitor: "X received Y", "X hosted Y", "X welcomed Y"
_RECEIVED = re.compile(r"\b(?:received|hosted|welcomed)\b")


# a sentence opening on an office its state's demonym or name qualifies, then a meeting verb: "The
# Rwandan minister also met X", "Kenya's Foreign Minister later called on X"
_UNNAMED_OPENING = re.compile(r"\s*(?:\d+\.\s+)?(?:[A-Z][^,.;:\n]{0,40},\s+)?(?:(?:The|the)\s+)?$")
_UNNAMED_VERB = re.compile(r"(?:['’]s)?(?:\s+[A-Za-z][\w-]*){1,3}?\s+(?:also\s+|later\s+|then\s+)?(?:met|meets|called on|calls on"
                           r"|held talks with|holds talks with)\b")


# a sentence opening on a phrase and an office with no name, its verb of meeting after it: "On 12
# April, Ambassador called on X", "During the visit, the Minister also met X", "Later in the day,
# the minister was received by X" (the release's own)
_UNNAMED_OFFICE_SUBJECT = re.compile(r"\s*(?:\d+\.\s+)?(?:At|On|Upon|In|Following|After|During|Earlier|Later)\b[^,.;\n]{0,60},\s+"
                                     r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Ambassador|High Commissioner|Minister|Secretary"
                                     r"|Consul General|Consul-General|Chargé d'Affaires|Envoy"
                                     r"|(?<=the )(?:ambassador|minister|secretary|envoy))\s+(?:also\s+|then\s+|later\s+)?"
                                     r"(?:called on|calls on|met|meets|held talks with|holds talks with|visited|received"
                                     r"|was (?:also )?(?:received|welcomed|hosted) by)\b")


def _unnamed_subject_state(text: str, begin: int, first: int, country_starts: list[tuple[int, str]]) -> Optional[str]:
    """The state of a sentence's subject named by office only, its demonym before it ("The Rwandan
    minister also met X"), when the sentence (from ``begin``) names no official before ``first``."""
    for start, code in country_starts:
        if start >= first:
            break
        if start < begin:
            continue
        if _UNNAMED_OPENING.fullmatch(text, begin, start):
            end = start
            while end < first and not text[end].isspace():
                end += 1
            if _UNNAMED_VERB.match(text, end, first):
                return code
        return None
    return None


def _received_guest(text: str, k: int, end: int, all_mentions: list, all_starts: list[int]) -> Optional[OfficialInfo]:
    """The official named first after the host's verb that follows the sentence's subject (the
    mention at ``k``) in the sentence ending at ``end``; None when the verb does not follow it."""
    subject = all_mentions[k][1]
    j = k + 1
    while j < len(all_starts) and all_mentions[j][1] is subject:
        j += 1
    if j >= len(all_starts) or all_starts[j] >= end:
        return None
    verb = _RECEIVED.search(text, all_starts[k], all_starts[j])
    if verb is None or _SENTENCE_END.search(text, verb.end(), all_starts[j]):
        return None
    return all_mentions[j][1]


#: the small words of an office before a name ("Minister for Foreign Affairs X")
_OFFICE_JOINERS = frozenset(("of", "for", "and", "the", "&"))


def _previous_subject(text: str, pos: int, all_mentions: list, all_starts: list[int]) -> Optional[OfficialInfo]:
    """The official the sentence before ``pos`` opens with, its subject ("Ms Roe also met Dr X, ...
    Accompanying her were": Roe), in the same paragraph; None when that sentence opens otherwise
    (a phrase, a pronoun, a title without a name before the first official)."""
    begin = sentence_start(text, pos)
    if begin < 2 or "\n\n" in text[begin - 2:begin]:
        return None
    prev = sentence_start(text, begin - 2)
    k = bisect_left(all_starts, prev)
    if k >= len(all_starts) or all_starts[k] >= begin:
        return None
    opening = text[prev:all_starts[k]].split()
    if _LEAD_PHRASE.match(text, prev, all_starts[k]) or len(opening) > 8 or _PRONOUN_WORD.search(text, prev, all_starts[k]) \
            or any(not w[:1].isupper() and w not in _OFFICE_JOINERS for w in opening) or any(w.endswith(",") for w in opening):
        return None  # (not "At the talks, ...", "The Minister received X": X is no subject)
    return all_mentions[k][1]


#: "and Minister B by Ambassador C" after "A was accompanied by X": B, whom a verb left out joins to C
_GAPPED_LEADER = re.compile(r"[ \t]+by[ \t]+")


#: a colon closing its line: a list follows, one item a line
_COLON_LIST = re.compile(r"[ \t]*:[ \t]*\r?\n")


def countries_from_context(text: str, officials: list[OfficialInfo], countries: list[tuple[int, str]],
                           home: Optional[str] = None) -> None:
    """Countries the sentence gives an official who has none of their own.

    * "Prime Minister Lind was accompanied by H.E. Ms. X, Minister ...; Mr. Y, ...": the members of
      the delegation belong to the state of the person they accompany;
    * "Defence Minister X and her Indonesian counterpart, Y": X belongs to the other state the
      release is about.
    """
    firsts = sorted(((o.mentions[0].start, o) for o in officials if o.mentions), key=lambda t: t[0])
    first_starts = [s for s, _o in firsts]
    all_mentions = sorted(((m.start, o) for o in officials for m in o.mentions), key=lambda t: t[0])
    all_starts = [s for s, _o in all_mentions]

    def sentence_begin(pos: int) -> int:
        """The start of the sentence holding ``pos`` (looking back at most _SENTENCE_WINDOW)."""
        floor = max(0, pos - _SENTENCE_WINDOW)
        return max(text.rfind("\n", floor, pos), text.rfind(". ", floor, pos), floor - 1) + 1

    def sentence_end(pos: int) -> int:
        m = _SENTENCE_END.search(text, pos, pos + _SENTENCE_WINDOW)
        return m.start() if m else min(len(text), pos + _SENTENCE_WINDOW)

    def last_before(pos: int, floor: int) -> Optional[OfficialInfo]:
        i = bisect_left(all_starts, pos) - 1
        return all_mentions[i][1] if i >= 0 and all_starts[i] >= floor else None

    country_starts = countries
    accompanied = list(_ACCOMPANIED.finditer(text))
    for n_m, m in enumerate(accompanied):
        if m.group().startswith(("were", "are")) and "joined" in m.group():
            continue  # "They were joined by X and Y": both sides were
        begin = sentence_begin(m.start())
        for turn in _CLAUSE_TURN.finditer(text, begin, m.start()):
            begin = turn.end()  # "X was accompanied by A, while the Prime Minister was joined by B": B's leader follows "while"
        leader = last_before(m.start(), begin)
        unnamed_state: Optional[str] = None
        if leader is None and _PRONOUN.fullmatch(text[begin:m.start()].strip()):
            # "He is accompanied by": the official the sentence before opens with (its subject:
            # "X came to India ... and held talks with Y. She was accompanied by Z"), else the last named
            # (a sentence before that is about a pronoun too, "During the visit she called on Y", passes
            # the subject on from the one before it)
            leader, cur = None, begin
            for _hop in range(4):
                if cur < 2:
                    break
                prev = sentence_start(text, cur - 2)  # (no stop after "Dr." or an initial)
                k = bisect_left(all_starts, prev)
                first = all_starts[k] if k < len(all_starts) and all_starts[k] < cur else None
                if first is not None and not _PRONOUN_WORD.search(text, prev, first):
                    # (not a sentence opening on a phrase: "At the invitation of X, Y paid a visit")
                    named = _unnamed_subject_state(text, prev, first, country_starts)
                    if named is None and home is not None:
                        opening = _UNNAMED_OFFICE_SUBJECT.match(text, prev, first)
                        if opening is not None and not any(prev <= s < opening.end() for s, _c in country_starts):
                            named = home  # "On 12 April, Ambassador called on X. He was accompanied by": the release's own
                    if named is not None:  # "The Rwandan minister also met X. She was accompanied by"
                        unnamed_state = named
                    elif not _LEAD_PHRASE.match(text, prev, first):
                        leader = all_mentions[k][1]
                        # "X received Y, who is on a visit ... He was accompanied by": the guest
                        # the host's verb takes is the one accompanied
                        guest = _received_guest(text, k, cur, all_mentions, all_starts)
                        leader = guest or leader
                    break
                if first is None and "\n\n" in text[prev:cur]:
                    break  # (the paragraph's start: the subject is not passed on across paragraphs)
                # a sentence naming nobody ("The two leaders will review ...") passes the subject
                # on from the one before it, as a sentence about a pronoun does
                cur = prev
            if leader is None and unnamed_state is None:
                leader = last_before(begin, max(0, begin - 600))
        if leader is None and not any(begin <= start < m.start() for start, _c in country_starts):
            # "The President was accompanied by ...": the last holder of that office
            words = text[begin:m.start()].split()
            office = words[-1] if words else ""
            # (the release's protagonist when it already called them so: "the Minister called on X
            # ... The Minister was accompanied by": the first holder named, heading its title with
            # the office ("Minister for Foreign Affairs"), else the last)
            bare = office[:1].isupper() and re.compile(r"\b[Tt]he " + re.escape(office) + r"\b(?! of\b| for\b|,? [A-Z])"
                                                       ).search(text, 0, begin) is not None
            if not bare and office[:1].isupper() and firsts and _own(firsts[0][1]) is None \
                    and firsts[0][0] < begin and re.fullmatch(r"[Tt]he", words[-2] if len(words) > 1 else "") \
                    and any(t.split()[0] == office and len(t.split()) > 2 and t.split()[1] in ("of", "for")
                            for t in firsts[0][1].titles):
                # (the release's own protagonist, named first with the home state only guessed and
                # holding that office, "Minister of Foreign Affairs X received Y ... Accompanying him
                # were ... The Minister was joined by": the protagonist, not the last "Foreign Minister")
                bare = True
            if office[:1].islower() and office.isalpha():
                # "The prime minister was accompanied by": the office in small letters, read with the
                # word before it ("prime minister", not any "Minister")
                phrase = " ".join(words[-2:]).lower() if len(words) > 1 and words[-2].lower() != "the" else office
                holders = [o for _s, o in all_mentions[:bisect_left(all_starts, m.start())]
                           if any(t.lower() == phrase or t.lower().endswith(" " + phrase) for t in o.titles)]
            else:
                holders = [o for _s, o in all_mentions[:bisect_left(all_starts, m.start())]
                           if any(t.split()[-1] == office or bare and t.split()[0] == office for t in o.titles)]
            # (not the host: "X will pay a State Visit ... at the invitation of President Y. ... The
            # President will be accompanied by": the visitor, not Y)
            guests = [o for o in holders if not all(_INVITED_BY.search(text, max(0, mm.start - 60), mm.start)
                                                    for mm in o.mentions if mm.start < begin)]
            holders = guests or holders
            if not bare and len(holders) > 1 and firsts and holders[0] is firsts[0][1] \
                    and words[-2:-1] == ["The"] and _own(holders[0]) is None:
                # "President A spoke with President B ... The President was joined on the call by":
                # the release's protagonist, named first (a readout's own leader), whose state only
                # the release's home gives
                bare = True
            if home is not None and words[-2:-1] == ["The"] and len({id(o) for o in holders}) > 1:
                # "The President was accompanied by", two presidents named before: the release's own,
                # else one whose state is still open rather than one the text gives another state
                holders = [o for o in holders if _own(o) == home] \
                    or [o for o in holders if _own(o) is None] or holders
            leader = (holders[0] if bare else holders[-1]) if holders else None
        country = _own(leader) if leader is not None else unnamed_state
        if leader is None and country is None:  # "The Vietnamese Vice President was accompanied by": the subject's demonym
            named = {code for (start, code) in country_starts if begin <= start < m.start()}
            country = named.pop() if len(named) == 1 else None
        if country is None:
            continue
        end = sentence_end(m.end())
        turn = _TURN_TO_OTHER.search(text, m.end(), end)
        if turn is not None:  # "... accompanied by X, who discussed trade with Y": Y is the other side
            end = turn.end()
        if _RELATIVE_OPEN.search(text, max(0, m.start() - 12), m.start()):
            # "Minister X, who was accompanied by Ambassador Y, was received by Prime Minister Z":
            # the relative clause ends where the main clause's verb resumes after a comma
            resume = _MAIN_RESUMES.search(text, m.end(), end)
            if resume is not None:
                end = resume.start()
        if n_m + 1 < len(accompanied) and accompanied[n_m + 1].start() < end:
            # "... and Minister Y Li Min. Prime Minister Anwar was joined by ...": the next
            # delegation's leader ends this one
            j = bisect_left(all_starts, accompanied[n_m + 1].start()) - 1
            end = min(end, all_starts[j]) if j >= 0 and all_starts[j] > m.end() else end
        # "... accompanied by A and Minister B by Ambassador C": B, named before, leads those after "by"
        gapped = [(mm.end, o) for o in officials for mm in o.mentions
                  if m.end() < mm.start < end and _GAPPED_LEADER.match(text, mm.end)]
        for k in range(bisect_left(first_starts, m.end()), bisect_left(first_starts, end)):
            o = firsts[k][1]
            lead = [g for pos, g in gapped if pos <= firsts[k][0]]
            if lead and lead[-1] is not o:
                if _own(lead[-1]) is None:
                    break
                country = _own(lead[-1])
            if _own(o) is None:
                o.give_country(country, "delegation")
            # a full stop right after a name ends the sentence ("... Amrit Bahadur Rai. Foreign
            # Secretary X also called on her"), however short the name's last word
            if _NAME_STOP.match(text, o.mentions[0].end):
                break
    ends = {mm.end: o for o in officials for mm in o.mentions}
    for rx, leader_of in ((_ACCOMPANYING, "last"), (_ACCOMPANYING_NAME, "next"), (_PERSON_DELEGATION, "possessor"),
                          (_ACCOMPANYING_OFFICE, "office")):
        for m in rx.finditer(text):
            after = m.end()
            if leader_of == "last":  # "Accompanying him were": the subject of the sentence before, else the official named last
                leader = _previous_subject(text, m.start(), all_mentions, all_starts) \
                    or last_before(m.start(), max(0, m.start() - 600))
            elif leader_of == "office":  # "Accompanying the Deputy Minister were": the last holder named before
                office = m.group(1)
                holders = [o for _s, o in all_mentions[:bisect_left(all_starts, m.start())]
                           if any(t == office or t.startswith(office + " ") for t in o.titles)]
                leader = holders[-1] if holders else None
            elif leader_of == "next":  # "Accompanying Mr. Thapa were": the official named right after
                k = bisect_left(all_starts, m.end())
                leader = all_mentions[k][1] if k < len(all_starts) and all_starts[k] <= m.end() + 12 else None
                if leader is not None:
                    after = next(mm.end for mm in leader.mentions if mm.start == all_starts[k])
            else:  # "Faizal's delegation will include": the official the possessive ends
                leader = ends.get(m.start())
            country = _own(leader) if leader is not None else None
            end = sentence_end(after)
            if country is None and leader is not None and leader_of == "next":
                # "Joining Secretary X were Y, Philippine Coast Guard Commandant Z and Philippine Ambassador
                # W": the companions' one stated state is the official's they join, and the others'
                clause = _CLAUSE_TURN.search(text, after, end)
                party = {id(o): o for _s, o in all_mentions[bisect_left(all_starts, after):bisect_left(
                    all_starts, clause.start() if clause else end)] if o is not leader}
                stated = {_own(o) for o in party.values()} - {None}
                if len(stated) != 1:
                    continue
                country = stated.pop()
                leader.give_country(country, "delegation")
            if country is None:
                continue
            for k in range(bisect_left(all_starts, after), bisect_left(all_starts, end)):
                o = all_mentions[k][1]
                if _own(o) is None:
                    o.give_country(country, "delegation")
    state_delegations = list(_STATE_DELEGATION.finditer(text))
    for n_m, m in enumerate(state_delegations):
        named = {code for start, code in country_starts if m.start() <= start < m.end()}
        if len(named) != 1:
            continue
        country = named.pop()
        end = sentence_end(m.end())
        if _COLON_LIST.match(text, m.end()):
            # "The Peruvian delegation comprised:" over a list, one member a line: down to its blank line
            blank = text.find("\n\n", m.end())
            end = len(text) if blank < 0 else blank
        if n_m + 1 < len(state_delegations):
            end = min(end, state_delegations[n_m + 1].start())
        for k in range(bisect_left(all_starts, m.end()), bisect_left(all_starts, end)):
            o = all_mentions[k][1]
            if _own(o) is None:
                o.give_country(country, "delegation")
    counts: Optional[dict[str, int]] = None
    for m in _COUNTERPART.finditer(text):
        if counts is None:
            counts = {}
            for _start, code in countries:  # how often each state is named, in order of first mention
                counts[code] = counts.get(code, 0) + 1
        subject = last_before(m.start(), sentence_begin(m.start()))
        i = bisect_left(all_starts, m.end())
        after = all_mentions[i][1] if i < len(all_starts) and all_starts[i] < sentence_end(m.end()) else None
        if subject is None or after is None or subject is after or _own(subject) is not None:
            continue
        other = _own(after)
        rivals = [c for c in sorted(counts, key=lambda c: -counts[c]) if c != other]
        if other is not None and rivals:
            subject.give_country(rivals[0], "context")


# "co-chaired by A and (by) B", "talks between A and B": the two officials serve the two sides
# "a letter from President A to President B", "the greetings of A to B": B is on the other side
_PAIR = Located.of(r"\b(?:co-?chaired by|co-?chairs?|between|(?:[Oo]ur|[Tt]he two|[Bb]oth) (?:[Pp]residents|[Pp]rime [Mm]inisters|[Ll]eaders),?|(?P<sent>(?:letter|message|greetings|invitation) (?:from|of))"
                   r"|(?P<signed>(?:[Ss]igned|[Ee]xchanged|[Ii]nitiall?ed) by:?))\s")
_PAIR_GAP = 90  # the most characters from the phrase to A, and from A to B (titles between)
# an item of a list ("- the Joint Declaration, by A, ... and B, ...;", "(2) Terms of Reference ...: A
# and B"), up to its "by" or colon; read under a line that says the instruments were signed (or exchanged)
_SIGNED_ITEM_BY = Located.of(r"^[ \t]*(?:[-–•*▪]|\(?[a-z0-9ivx]{1,4}[.)])[ \t]+[^\n]{0,200}?(?:,[ \t]+by|:)[ \t]+",
                             re.MULTILINE)
# (or a heading of such a list: "Documents signed and exchanged during the visit")
_SIGNED_LIST = re.compile(r"\b(?:(?:were|have been|was) (?:also )?(?:signed|exchanged)\b[^\n]{0,80}:[ \t]*\n"
                          r"|(?:[Dd]ocuments|[Ii]nstruments|[Aa]greements|MoUs) (?:signed|exchanged)\b[^\n.]{0,80}\n)")
# the verb of a joint act right after the second of two officials ("A and B signed", "..., B, co-chaired")
_PAIR_THEN_ACT = re.compile(r",?[ \t]+(?:(?:have|had|also|jointly|then)[ \t]+)?(?:signed|exchanged|initiall?ed|co-?chaired|co-?signed)\b")
_PAIR_JOIN = re.compile(r"[^;:\n]*?\band\b[^;:\n]*$")
_GREETINGS_OF = Located.of(r"\bgreetings of\s")
_ADDRESSEE = re.compile(r"\bto\b")
_SENT_JOIN = re.compile(r"[^;:\n]*?\bto\b[^;:\n]*$")
# "Signed by: A, Secretary; B, Minister" / "exchanged by A ... and B": the two signatories of an outcome
_SIGNED_JOIN = re.compile(r"[^:\n]*?(?:\band\b|;)[^:\n]*$")
# "co-chaired by EAM and ...": a first co-chair named by a short title only
# (an office's head word or initials closes it: not "Planning and International Cooperation Minister X",
# a portfolio's words joined by "and")
_PAIR_UNNAMED = re.compile(r"(?:the )?(?:[A-Z][\w.'’-]* ){0,2}(?:[A-Z]{2,6}|Minister|Secretary|President|Ambassador|Chancellor"
                           r"|Premier|Governor|Commissioner|Director(?:[- ]General)?|Speaker|Chair(?:man|person|woman)?|Envoy) and\b")


def other_state(countries: list[tuple[int, str]], home: Optional[str], begin: int = 0, end: int = 0) -> Optional[str]:
    """The state besides ``home`` a release (or the sentence ``begin:end``) is about: the one other
    state the sentence names, else the one other state the release names, or one it names at least
    twice as often as any other."""
    if home is None:
        return None
    near = {c for s, c in countries if begin <= s < end and c != home}
    if len(near) == 1:
        return near.pop()
    counts: dict[str, int] = {}
    for _s, c in countries:
        if c != home:
            counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        # (a sentence naming several, "the Lamu Port-South Sudan-Ethiopia Corridor ... exchanged by
        # A and B": the one the release is about, when the sentence names it)
        return ranked[0][0] if not near or ranked[0][0] in near else None
    return None


def sides_of_pairs(text: str, officials: list[OfficialInfo], countries: list[tuple[int, str]],
                   home: Optional[str], stories: Sequence[tuple[int, str]] = (),
                   cultures: Optional["NameCultures"] = None) -> None:
    """"The Joint Commission was co-chaired by A and B", "the summit between President A and
    President B", "Our Presidents, A and B", "a letter from President A to President B": A and B serve
    the two sides. One whose state the text gives puts the other on the
    opposite side (the home state's counterpart is the other state, a foreign official's is the
    home state); when neither is given, the release names its own official first. On a page of
    several stories, ``stories`` (``(start, state)`` of each later story's dateline) gives the home
    state from where each story begins."""
    if home is None or not officials:
        return
    mentions, starts = mentions_by_start(officials)

    def opposite(code: str, begin: int, end: int) -> Optional[str]:
        here = next((c for s, c in reversed(stories) if s <= begin), home)
        return other_state(countries, here, begin, end) if code == here else here

    def side_between(begin: int, end: int) -> Callable[[str], Optional[str]]:
        return lambda code: opposite(code, begin, end)

    # "Prince Faisal conveyed the greetings of Crown Prince X": the bearer, named as the subject at
    # the start of the sentence, carries the greetings of a leader of their own state
    for m in _GREETINGS_OF.finditer(text):
        begin = max(0, m.start() - 600)
        for e in _SENTENCE_END.finditer(text, begin, m.start()):
            begin = e.end()
        k = bisect_left(starts, begin)
        if k >= len(starts) or starts[k] >= m.start() or starts[k] - begin > 30:
            continue
        bearer = mentions[k][2]
        i = bisect_left(starts, m.end())
        if _own(bearer) is None or i >= len(starts) or starts[i] - m.end() > _PAIR_GAP \
                or _SENTENCE_END.search(text, m.end(), starts[i]) or _ADDRESSEE.search(text, m.end(), starts[i]):
            continue  # ("the greetings of the Bangladesh leadership to the Amir X": X is the addressee)
        mentions[i][2].give_country(_own(bearer), "context")
    pairs = [(m.start(), m.end(), m.group("sent") is not None, m.group("signed") is not None,
              m.group().startswith("between"), -1) for m in _PAIR.finditer(text)]
    # "17 agreements were signed, including:\n- the Joint Declaration, by A, Minister ..., and B, ...;":
    # the items of a list of instruments signed, each naming its two signatories after "by" (the
    # list: the line before them that says so)
    for m in _SIGNED_ITEM_BY.finditer(text):
        intro = last_match(_SIGNED_LIST, text, max(0, m.start() - 2000), m.start())
        if intro is not None:
            pairs.append((m.start(), m.end(), False, True, False, intro.start()))
    pairs.sort()
    listed: dict[int, list] = {}  # a list's items whose signatories' states the text gives neither
    orders: dict[int, list[bool]] = {}  # for each list, whether its items name the home side first
    for m_start, m_end, sent, signed, between, in_list in pairs:
        i = bisect_left(starts, m_end)
        if i >= len(starts) or starts[i] - m_end > 2 * _PAIR_GAP \
                or _unwrapped_end(text, m_end, starts[i]):
            continue
        begin = sentence_start(text, m_start)
        end = sentence_end(text, m_end)
        if signed:  # "a. MoU ..., signed by A and B; b. Agreement ...": one item
            item_end = text.find(";", m_end, end)
            end = end if item_end < 0 else item_end
        if len({id(o) for s, _e, o in mentions[i:bisect_left(starts, end)]}) > 2:
            continue  # "co-chaired by A and B on the Indian side, and by C and D on ...": no pair
        unnamed = None if between or sent or signed \
            else _PAIR_UNNAMED.match(text, m_end, starts[i])
        if unnamed and starts[i] - unnamed.end() <= _PAIR_GAP:
            # "co-chaired by EAM and Foreign Minister B": the first co-chair named by title only is
            # the release's own official
            a, b, b_end = None, mentions[i][2], mentions[i][1]
        else:
            a_end, a = mentions[i][1], mentions[i][2]
            if i + 1 >= len(starts) or starts[i] - m_end > _PAIR_GAP:
                continue
            b_start, b_end, b = mentions[i + 1]
            join = _SENT_JOIN if sent else _SIGNED_JOIN if signed else _PAIR_JOIN
            if a is b or b_start - a_end > _PAIR_GAP or not join.match(text, a_end, b_start) \
                    or _unwrapped_end(text, a_end, b_start):
                continue
        if (a is not None and a.international) or b.international:
            continue
        side = side_between(begin, end)
        if in_list >= 0 and a is not None:
            ca, cb = _own(a), _own(b)
            if ca is None and cb is None:
                listed.setdefault(in_list, []).append((a, b, side))
                continue
            orders.setdefault(in_list, []).append(ca == home if ca else cb != home)
        _opposite_sides(a, b, home, side, cultures)
    for in_list, items in listed.items():
        # "(1) ...: Secretary A and Minister HAYASHI B; (2) ...: C and D": the order the items whose
        # states the text gives keep, when they agree, holds for the others
        order = set(orders.get(in_list, ()))
        for a, b, side in items:
            if order == {False}:
                code = side(home)
                if code and code != home:
                    a.give_country(code, "side")
                    b.give_country(home, "side")
            else:
                _opposite_sides(a, b, home, side, cultures)
    # "Chancellor A and the Chairman of the Commission, B, signed the Memorandum": the two named
    # right before a verb of a joint act, and nobody else since the sentence began
    for m in _PAIR_THEN_ACT.finditer(text):
        j = bisect_left(starts, m.start()) - 1
        if j < 1 or mentions[j][1] != m.start():
            continue
        b_start, b_end, b = mentions[j]
        begin = sentence_start(text, b_start)
        k = j - 1
        while k >= 0 and mentions[k][2] is b:
            k -= 1
        if k < 0 or mentions[k][0] < begin:
            continue
        a_start, a_end, a = mentions[k]
        if b_start - a_end > _PAIR_GAP or not _PAIR_JOIN.match(text, a_end, b_start) \
                or _unwrapped_end(text, a_end, b_start) or a.international or b.international \
                or len({id(o) for _s, _e, o in mentions[bisect_left(starts, begin):j + 1]}) != 2:
            continue
        end = sentence_end(text, m.end())
        _opposite_sides(a, b, home, lambda code: opposite(code, begin, end), cultures)


# a line break inside a sentence of hard-wrapped text (a PDF's lines): a word or comma before it, a
# word after it that opens no list item ("signed by\nMr. X", "Mr. Yusuf\nTekin, Minister")
_WRAP = re.compile(r"(?<=[\w,])\n(?=[^\W\d_])(?![a-z]\.\s)")


def _unwrapped_end(text: str, begin: int, end: int) -> bool:
    """Whether a sentence ends between ``begin`` and ``end``, a wrapped line's break not counted."""
    return any(m.group() != "\n" or not _WRAP.match(text, m.start())
               for m in _SENTENCE_END.finditer(text, begin, end))


def mentions_by_start(officials: list[OfficialInfo]) -> tuple[list[tuple[int, int, OfficialInfo]], list[int]]:
    """Every mention of ``officials`` as ``(start, end, official)`` in the order of the text, and
    their starts (for ``bisect``)."""
    mentions = sorted(((m.start, m.end, o) for o in officials for m in o.mentions), key=lambda t: t[0])
    return mentions, [s for s, _e, _o in mentions]


def officials_between(mentions: list[tuple[int, int, OfficialInfo]], starts: list[int], begin: int,
                       end: int) -> list[OfficialInfo]:
    """The officials :func:`mentions_by_start` names from ``begin`` to ``end``, each once, in the
    order of their first mention there."""
    return list({id(o): o for _s, _e, o in mentions[bisect_left(starts, begin):bisect_left(starts, end)]}.values())


# "his delegation, which included the US Ambassador, Mr. A, and the Assistant Secretary, Ms. B": the
# members it lists, up to the sentence's end or a verb turning to others ("..., held talks with")
_DELEGATION_MEMBERS = Located.of(r"\bdelegation,? (?:which|that|who) (?:also )?(?:included|includes|comprised|comprises"
                                 r"|consisted of)\b|\bdelegation,? (?:including|comprising)\b")
_MEMBERS_END = re.compile(r"\b(?:met|meets|held|holds|called on|calls on|received|receives|hosted|with|while|whereas)\b")


def delegation_members(text: str, officials: list[OfficialInfo]) -> None:
    """The members a delegation lists ("his delegation, which included A, the US Ambassador, and
    the Assistant Secretary, B") serve one state: the one the text gives those of them it gives
    one, when they agree, goes to the others."""
    mentions, starts = mentions_by_start(officials)
    for m in _DELEGATION_MEMBERS.finditer(text):
        end = sentence_end(text, m.end())
        turn = _MEMBERS_END.search(text, m.end(), end)
        members = officials_between(mentions, starts, m.end(), turn.start() if turn else end)
        if len(members) < 2 or any(o.international for o in members):
            continue
        stated = {_own(o) for o in members} - {None}
        if len(stated) != 1:
            continue
        code = stated.pop()
        for o in members:
            if _own(o) is None:
                o.give_country(code, "delegation")


def _own(o: OfficialInfo) -> Optional[str]:
    """The state the text gives ``o`` (None when it is the home state's guess)."""
    return None if o.country_inferred else o.country


def _opposite_sides(a: Optional[OfficialInfo], b: OfficialInfo, home: str,
                    opposite: Callable[[str], Optional[str]], cultures: Optional["NameCultures"] = None) -> None:
    """A and B serve the two sides (A None: the release's own official, named by title only). One
    whose state the text gives puts the other on the side ``opposite`` its state; when neither is
    given, the first named is the release's own (the home state's guess), unless their names read
    the other way round (``cultures``: "signed by Wang X, Minister of Commerce, and Jam Y, Federal
    Minister" in a release from Islamabad, the guest named first)."""
    ca, cb = (_own(a) if a is not None else home), _own(b)
    if ca and cb:
        return
    if cb:
        target, other = a, cb
    elif ca:
        target, other = b, ca
    else:
        target, other = b, (a.country or home)
    code = opposite(other)
    if not code or code == other:
        return
    if target is b and not ca and cultures is not None and cultures.pair_reversed(a.name, b.name, other, code):
        a.give_country(code, "side")  # (neither given: the names read the guest first)
        b.give_country(other, "side")
        return
    target.give_country(code, "side")


# a table column of signatories: its header cell, and what separates the two signatories of a cell
_SIGNATORY_HEADER = re.compile(r"(?i)\s*(?:signator(?:y|ies)|signed by|exchanged by|signing (?:officials|parties))\s*")
_CELL = re.compile(r"[ \t]*[\t\u00a6][ \t]*| \| |\|")  # (a tab: "\u00a6" in the layout view)
_SIGNATORY_SEPARATOR = re.compile(r"\s*(?:;|\band\b|/)\s*")


def signatory_cells(text: str, officials: list[OfficialInfo], countries: list[tuple[int, str]],
                    home: Optional[str], cultures: Optional["NameCultures"] = None) -> None:
    """A table whose header names a column of signatories ("No. | Document | Signatories | Date"):
    the two officials of each of its cells ("Minister A; Minister B") serve the two sides. One
    whose state the text gives puts the other on the opposite side; when neither is given, the
    first named is the release's own."""
    if home is None or not officials:
        return
    mentions, starts = mentions_by_start(officials)
    column, pos = None, 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        cells = _CELL.split(line)
        if len(cells) < 2:
            if not line.strip():
                continue  # a blank line between rows (a table taken from a page): the column goes on
            column = None
            continue
        if column is None:
            column = next((k for k, c in enumerate(cells) if _SIGNATORY_HEADER.fullmatch(c)), None)
            continue
        if column >= len(cells):
            continue
        bounds = [m.span() for m in _CELL.finditer(line)]  # the cell separators
        if len(bounds) < column:
            continue
        begin = line_start + (bounds[column - 1][1] if column else 0)
        end = line_start + (bounds[column][0] if column < len(bounds) else len(line))
        inside = mentions[bisect_left(starts, begin):bisect_left(starts, end)]
        people = list(dict.fromkeys(o for _s, _e, o in inside))
        if len(people) != 2 or any(o.international for o in people):
            continue
        a, b = people
        a_end = max(e for s, e, o in inside if o is a)
        b_start = min(s for s, e, o in inside if o is b)
        if not _SIGNATORY_SEPARATOR.search(text, a_end, b_start):
            continue
        _opposite_sides(a, b, home, lambda code: other_state(countries, home) if code == home else home, cultures)


#: a field of a table's header naming one side's signatories: "Signed by Pakistan", "Signatory for
#: Brazil", "Exchanged from Indian side" (the state's mention follows within the field)
_SIDE_FIELD_WORDS = re.compile(r"(?i)\b(?:signed|signatory|signatories|exchanged|initialled)(?:[ \t]+(?:by|for|from|on))?"
                               r"(?:[ \t]+behalf[ \t]+of)?(?:[ \t]+the)?[ \t]+")
#: the number opening a row of a table flattened into running lines ("2 MoU on ...", "3. Agreement ...")
_ROW_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,3})\.?[ \t\n]+(?=[A-Z])", re.M)
_FIRST_ROW = re.compile(r"(?<=\s)1\.?[ \t\n]+(?=[A-Z])")


def flowed_signatory_rows(text: str, officials: list[OfficialInfo], states: list[tuple[int, int, str]]) -> None:
    """A table of instruments flattened into lines of text under a header naming each column's side
    ("S.No Title Signed by Pakistan Signed by Saudi Arabia", "... Exchanged from Indian side
    Exchanged from Ghanaian side"): in each numbered row, the first official named signs for the
    first side, the second for the second. Taken for officials the text gives no state of their
    own; a row naming other than two officials, or one whose stated state is the other side's,
    gives nothing."""
    if not states:
        return
    mentions, starts = mentions_by_start(officials)
    for field in _SIDE_FIELD_WORDS.finditer(text):
        line_start = text.rfind("\n", 0, field.start()) + 1
        if field.start() - line_start > 120:
            continue
        line_end = text.find("\n", field.end())
        line_end = len(text) if line_end < 0 else line_end
        first_row = _FIRST_ROW.search(text, field.end(), line_end)
        if first_row is not None:  # (the layout view may read the first row on in the header's line)
            line_end = first_row.start()
        elif line_end < len(text) and len(_SIDE_FIELD_WORDS.findall(text, line_start, line_end)) == 1:
            # (a header of one cell a line: "Exchanged on behalf of India" / "Exchanged on behalf of Germany")
            nxt_end = text.find("\n", line_end + 1)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            if _SIDE_FIELD_WORDS.match(text[line_end + 1:nxt_end].lstrip()):
                line_end = nxt_end
        sides = _header_sides(text, line_start, line_end, states)
        if sides is None:
            continue
        _give_row_sides(text, line_end, sides, mentions, starts)
        return  # (one header per release)


def _header_sides(text: str, a: int, b: int, states: list[tuple[int, int, str]]) -> Optional[tuple[str, str]]:
    """The two states a header line ``text[a:b]`` names as its side fields, in order."""
    if b - a > 200:
        return None
    fields = [m.end() for m in _SIDE_FIELD_WORDS.finditer(text, a, b)]
    if len(fields) != 2:
        return None
    codes = []
    for f in fields:
        code = next((c for s, _e, c in states if f <= s <= f + 4), None)
        if code is None:
            return None
        codes.append(code)
    return (codes[0], codes[1]) if codes[0] != codes[1] else None


def _table_goes_on(text: str, a: int, b: int) -> bool:
    """Whether the row at ``a`` runs on to the next row's number at ``b``: no blank line between,
    or after it only short lines that end no sentence (a page's footer and header between rows)."""
    gap = text.find("\n\n", a, b)
    if gap < 0:
        return True
    return all(len(line.strip()) < 80 and not line.rstrip().endswith((".", ":", ";"))
               for line in text[gap:b].split("\n") if line.strip())


def _give_row_sides(text: str, header_end: int, sides: tuple[str, str], mentions, starts) -> None:
    """:func:`flowed_signatory_rows` over the rows after a header ending at ``header_end``."""
    rows: list[int] = []
    expected = 1
    for m in _ROW_NUMBER.finditer(text, header_end):
        if int(m.group(1)) != expected:
            continue
        if rows and not _table_goes_on(text, rows[-1], m.start()):
            break
        rows.append(m.start())
        expected += 1
    if len(rows) < 2:
        return
    para = text.find("\n\n", rows[-1])
    bounds = list(zip(rows, rows[1:] + [len(text) if para < 0 else para]))
    pairs = []
    for a, b in bounds:
        inside = officials_between(mentions, starts, a, b)
        if len(inside) != 2 or any(o.international for o in inside):
            continue
        first, second = inside
        if _own(first) == sides[1] or _own(second) == sides[0]:
            continue  # (the row's officials are not in the header's order)
        pairs.append((first, second))
    for first, second in pairs:
        first.give_country(sides[0], "sides")
        second.give_country(sides[1], "sides")


#: a state's label in brackets after a signatory ("(for the Philippines)", "(on behalf of Japan)")
_FOR_STATE_LABEL = re.compile(r"\((?:signed[ \t]+)?(?:for|on[ \t]+behalf[ \t]+of)[ \t]+(?:the[ \t]+)?[^()\n]{2,60}\)")


def for_state_labels(text: str, officials: list[OfficialInfo], states: list[tuple[int, int, str]]) -> None:
    """A state's label in brackets closing a signatory's entry ("Signed by: A, Senior
    Undersecretary, Department of National Defense (for the Philippines) and B, Minister of Defense
    (for Japan)"): the officials named since the label before it on the line (or the line's start)
    serve the state it names."""
    if not states:
        return
    mentions, starts = mentions_by_start(officials)
    state_starts = [s for s, _e, _c in states]
    prev_end = -1
    for m in _FOR_STATE_LABEL.finditer(text):
        k = bisect_left(state_starts, m.start())
        codes = {c for s, e, c in states[k:k + 3] if s < m.end() and e <= m.end()}
        line_start = text.rfind("\n", 0, m.start()) + 1
        begin = max(line_start, prev_end)
        prev_end = m.end()
        if len(codes) != 1:
            continue
        code = codes.pop()
        for o in officials_between(mentions, starts, begin, m.start()):
            if not o.international:
                o.give_country(code, "text")


def signatory_pairs(text: str, officials: list[OfficialInfo]) -> None:
    """An instruments list whose items each name two signatories, one 'NAME, TITLE' line each under
    the instrument ("1. Agreement on X" / "A, Minister of ...;" / "B, Minister of ..."): the first
    of every pair serve one state, the second the other. Taken when the states the text gives
    the officials of each place agree (one state for the first places, another for the second),
    for the officials of either place it gives none."""
    mentions, starts = mentions_by_start(officials)
    row = row_line()
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), "," in line and row.fullmatch(row_body(line)) is not None))
        pos += len(line) + 1

    def holder(a: int, b: int) -> Optional[OfficialInfo]:
        inside = officials_between(mentions, starts, a, b)
        return inside[0] if len(inside) == 1 else None

    pairs = []
    for k in range(1, len(lines) - 1):
        if lines[k][2] and lines[k + 1][2] and not lines[k - 1][2] and text[lines[k - 1][0]:lines[k - 1][1]].strip() \
                and (k + 2 >= len(lines) or not lines[k + 2][2]):
            a, b = holder(*lines[k][:2]), holder(*lines[k + 1][:2])
            if a is not None and b is not None and a is not b:
                pairs.append((a, b))
    if len(pairs) < 2 or any(o.international for pair in pairs for o in pair):
        return
    firsts = {_own(a) for a, _b in pairs} - {None}
    seconds = {_own(b) for _a, b in pairs} - {None}
    if len(firsts) != 1 or len(seconds) != 1 or firsts == seconds:
        return
    first, second = firsts.pop(), seconds.pop()
    for a, b in pairs:
        a.give_country(first, "sides")
        b.give_country(second, "sides")


# an item of a list of instruments, its name, then a dash or a colon before its two signatories:
# "3. Memorandum of Understanding on Agriculture – Minister of Agriculture A and Minister B;"
_INSTRUMENT_ITEM = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[•·*▪–-])[ \t]+[^\n]{8,200}?(?:[ \t][–—-][ \t]|:[ \t])(?P<rest>[^\n]+)")


def instrument_item_pairs(text: str, officials: list[OfficialInfo], countries: list[tuple[int, str]],
                          home: Optional[str]) -> None:
    """A list of instruments whose items each name two signatories after a dash ("1. Agreement on X
    – Minister of Y A and Minister of Z B;"): the first of every pair serves one state, the second
    the other. The states the text gives the officials of each place must agree; a place whose
    officials it gives none is the release's own (the first) or the other state it is about (the
    second), as a release names its own signatory first."""
    if home is None:
        return
    mentions, starts = mentions_by_start(officials)
    pairs = []
    for m in _INSTRUMENT_ITEM.finditer(text):
        a, b = m.start("rest"), m.end("rest")
        inside = officials_between(mentions, starts, a, b)
        if len(inside) == 2:
            pairs.append((inside[0], inside[1]))
    if len(pairs) < 2 or any(o.international for pair in pairs for o in pair):
        return
    firsts = {_own(a) for a, _b in pairs} - {None}
    seconds = {_own(b) for _a, b in pairs} - {None}
    if len(firsts) > 1 or len(seconds) > 1 or firsts & seconds:
        return
    first = next(iter(firsts), home)
    second = next(iter(seconds), None) or other_state(countries, first)
    if second is None or first == second or (first != home and second != home):
        return
    for a, b in pairs:
        a.give_country(first, "sides")
        b.give_country(second, "sides")


def state_label_lines(text: str, officials: list[OfficialInfo], spans: list[tuple[int, int, str]]) -> None:
    """A line of a participants list opening on a state and a colon ("Japan: A, Minister for Foreign
    Affairs; B, Director-General ...", "Republic of Korea: C, Minister ..."): the officials the line
    names serve that state (``spans``: the states named, ``(start, end, code)``)."""
    mentions, starts = mentions_by_start(officials)
    # the labels a cell of a table opens (or a sentence of the cell): "| Japan: held talks with X.
    # ROK: co-chaired the Commission with Y;" (each reaches to the next label, or the cell's end)
    cell_labels = [(start, end, code) for start, end, code in spans
                   if _CELL_LABEL_BEFORE.search(text, max(0, start - 4), start) and _CELL_LABEL_COLON.match(text, end)]
    for k, (start, end, code) in enumerate(cell_labels):
        stop = _CELL_END.search(text, end)
        stop = stop.start() if stop else len(text)
        if k + 1 < len(cell_labels):
            stop = min(stop, cell_labels[k + 1][0])
        for _s, _e, o in mentions[bisect_left(starts, end):bisect_left(starts, stop)]:
            if o.open_to_country and not o.international:
                o.give_country(code, "side")
    for start, end, code in spans:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if _LINE_OPENING.fullmatch(text, line_start, start) and _LABEL_COLON.match(text, end):
            # "Japan: A, Minister ...; B, ...", "Poland – Minister A; B, Secretary of State": the line's officials
            for _s, _e, o in mentions[bisect_left(starts, end):bisect_left(starts, line_end)]:
                if o.open_to_country and not o.international:
                    o.give_country(code, "delegation")
        elif _FOR_STATE.fullmatch(text, line_start, start) and not text[end:line_end].strip(" \t:"):
            # "For the Republic of Poland" alone on its line, a signature's: the name on the line under it
            k = bisect_left(starts, line_end)
            if k < len(starts) and text.count("\n", line_end, starts[k]) == 1:
                o = mentions[k][2]
                if o.open_to_country and not o.international:
                    o.give_country(code, "delegation")


#: a signature's party line before its state: "For the Republic of Poland", "On behalf of Ukraine"
_FOR_STATE = re.compile(r"[ \t]*(?i:for|on behalf of)[ \t]+(?:(?i:the)[ \t]+)?(?:(?i:government)[ \t]+of[ \t]+(?:the[ \t]+)?)?")


#: what opens a label inside a table's cell: the cell's break, or the end of a sentence of the cell
_CELL_LABEL_BEFORE = re.compile(r"(?:[|\u00a6]|[.;])[ \t]+\Z")
#: the colon closing such a label
_CELL_LABEL_COLON = re.compile(r"[ \t]*:[ \t]+(?=\S)")
#: the end of a table's cell (or of its line)
_CELL_END = re.compile(r"[|\u00a6\n]")
#: what may stand before a line's label: blanks, a list's mark
_LINE_OPENING = re.compile(r"[ \t]*(?:[-–•*][ \t]+)?")
#: the colon (or the dash) closing a line's label, then a name
_LABEL_COLON = re.compile(r"[ \t]*(?::|[ \t][–—-])[ \t]+(?=\S)")


#: a signature column's heading: the party it signs for ("For the Government of the Republic of Chile",
#: "FOR THE MINISTRY OF FOREIGN AFFAIRS OF FINLAND", "On behalf of ...")
_FOR_PARTY = re.compile(r"\s*(?:(?i:for|on behalf of)\s+(?i:the\s+)?)\S")
#: the cell break of the layout view's columns (pipeline.layout.CELL_BREAK)
_CELL_BREAK = "\u00a6"


def signature_columns(text: str, officials: list[OfficialInfo], countries: list[tuple[int, str]]) -> None:
    """A signature page or a list of delegations set in columns, each headed by the party it signs
    for or the state alone ("For the Government of the Republic of Chile ¦ For the Government of the
    Kingdom of Morocco", "Republic of Korea ¦ Mongolia", as the layout view parts a block of two
    columns): the officials under a heading, in its column, serve the state it names, down to the
    first paragraph (witnesses under a label such as "In the presence of:" keep the columns' order)."""
    starts = sorted(((s, c) for s, c in countries), key=lambda t: t[0])
    country_at = [s for s, _c in starts]
    mentions, mention_at = mentions_by_start(officials)
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1

    def cells(a: int, line: str) -> list[tuple[int, int]]:
        out, b = [], a
        for piece in line.split(_CELL_BREAK):
            out.append((b, b + len(piece)))
            b += len(piece) + 1
        return out

    k = 0
    while k < len(lines):
        a, line = lines[k]
        k += 1
        if _CELL_BREAK not in line:
            continue
        heads = cells(a, line)
        # (a heading is the party ("For the Government of X") or the state alone ("Republic of Korea",
        # "Mongolia", "The Mongolian side"), a few words)
        if not all(_FOR_PARTY.match(text, x, y) or len(text[x:y].split()) <= 5 for x, y in heads):
            continue
        states = []
        for x, y in heads:
            named = {c for s, c in starts[bisect_left(country_at, x):bisect_left(country_at, y)]}
            states.append(named.pop() if len(named) == 1 else None)
        if None in states or len(set(states)) != len(states):
            continue
        while k < len(lines):
            b, below = lines[k]
            if _CELL_BREAK not in below:
                if len(below.strip()) > 60 and any(ch.isalpha() for ch in below) or _FOR_PARTY.match(below):
                    break  # a paragraph, or another heading: the columns end (not a rule of dots)
                k += 1
                continue
            for c, (x, y) in enumerate(cells(b, below)[:len(states)]):
                for _s, _e, o in mentions[bisect_left(mention_at, x):bisect_left(mention_at, y)]:
                    if o.open_to_country and not o.international:
                        o.give_country(states[c], "sides")
            k += 1


# "their Ministers of Foreign Affairs, A, B and C": the plural office the leaders named before have,
# and the names it lists, each the holder for one of them
_THEIR_OFFICE = Located.of(r"\btheir[ \t]+(?:respective[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*s"
                           r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]*){0,3})?,?[ \t]+")
# between two names of such a list
_LIST_JOIN = re.compile(r"(?:[ \t]*,)?[ \t]+(?:and[ \t]+)?(?:(?:[A-Z][\w.'’-]*)[ \t]+){0,3}|[ \t]*,[ \t]*")


def respective_holders(text: str, officials: list[OfficialInfo]) -> None:
    """"The Presidents of A, B and C ... instructed their Ministers of Foreign Affairs, X, Y and Z":
    the names a plural office the leaders hold lists serve the leaders' states in the order the
    text first named them (the first officials of distinct stated states, as many as the names);
    nothing when a listed name's stated state disagrees with that order."""
    mentions, starts = mentions_by_start(officials)
    for m in _THEIR_OFFICE.finditer(text):
        i = bisect_left(starts, m.end())
        if i >= len(starts) or starts[i] != m.end():
            continue
        listed = [mentions[i][2]]
        end = mentions[i][1]
        i += 1
        while i < len(mentions) and len(listed) < 6:
            gap = _LIST_JOIN.fullmatch(text, end, starts[i])
            if gap is None:
                break
            if mentions[i][2] not in listed:
                listed.append(mentions[i][2])
            end = mentions[i][1]
            i += 1
        if len(listed) < 2:
            continue
        leaders: list[str] = []
        for _s, _e, o in mentions:
            if _s >= m.start() or len(leaders) == len(listed):
                break
            if o.country and not o.country_inferred and not o.international and o.country not in leaders \
                    and o not in listed:
                leaders.append(o.country)
        if len(leaders) != len(listed):
            continue
        if any(o.country and not o.open_to_country and o.country != code for o, code in zip(listed, leaders)):
            continue
        for o, code in zip(listed, leaders):
            o.give_country(code, "text")


# "Sri Lanka's Ambassador to Korea, X, and Minister Counsellor (Labour) Y were also present", "the
# Ambassador of Peru, X, as well as the First Secretary, Y": a mission's diplomat listed right after
# its envoy, with nothing between but the envoy's appositive and the diplomat's title, is of the
# envoy's state (a list of other officials mixes the sides: "attended by the Saudi Ambassador X and
# Director Y" names a host's director)
_STAFF_FRONT = re.compile(r"(?:,\s+(?:(?:who|whose)\b[^,;:\n]{0,120}|[A-Z(][^,;:\n]{0,90}),)?")
_STAFF_JOIN = re.compile(r",?\s+(?:and|as well as|along with|together with)(?:\s+(?:by|to|with|also))?\s+")
_STAFF_TITLE = re.compile(r"(?:(?:[A-Z][\w.'’-]*|\([A-Z][\w .'’-]*\)|of|for|the|and|on|in|at|to),?\s+){1,12}")


def mission_staff(text: str, officials: list[OfficialInfo], envoy_titles: frozenset[str],
                  staff_titles: frozenset[str]) -> None:
    """Give a mission's diplomat the text names no state for the state of the envoy listed right
    before them (see ``_STAFF_FRONT``), when the text, not the home state's guess, gives that state."""
    mentions, starts = mentions_by_start(officials)
    staff_words = {t.casefold() for t in staff_titles}
    for o in officials:
        if not o.open_to_country or not o.mentions or not o.titles \
                or not all(_bare_office(t) in staff_words for t in o.titles):
            continue
        first = o.mentions[0]
        i = bisect_left(starts, first.start) - 1
        if i < 0:
            continue
        _s, p_end, p = mentions[i]
        state = _own(p)
        if p is o or state is None or not any(t == e or t.startswith(e + " ") for t in p.titles for e in envoy_titles):
            continue
        between = text[p_end:first.start]
        front = _STAFF_FRONT.match(between)
        join = _STAFF_JOIN.match(between, front.end())
        if join is None or len(between) > 260:
            continue
        rest = between[join.end():]
        if rest and not _STAFF_TITLE.fullmatch(rest):
            continue
        o.give_country(state, "context")


def _bare_office(title: str) -> str:
    """A title without a bracketed field ("Minister Counsellor (Labour)"), case-folded."""
    return re.sub(r"\s*\([^)]*\)", "", title).strip().casefold()
