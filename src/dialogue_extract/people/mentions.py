"""Later bare uses of the names the anchors found ("Kumaran", "Hyun", "Al Qasimi").

Every written word of an anchored name (and a particle with its word) is a form; all forms are
found in one linear pass over the text (:func:`~dialogue_extract.people.grammar.find_forms`).
A form is no mention inside page furniture, on a blocked token, as part of a longer name nothing
vouches for ("Pierre" in "Pierre Lambert"), or when an official of a briefing says a given name
as a vocative to a journalist ("Go ahead, Josh.").
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ..names import fold_key, names_compatible, parse_name
from .grammar import find_forms, vocative
from .scan import Bounds, Scan

__all__ = ["bare_mentions"]

_UNREAD = object()


def bare_mentions(scan: Scan) -> list[Bounds]:
    """Token bounds of the later uses of the names ``scan`` found, or of their parts."""
    tv = scan.tv
    anchored = list(scan.found)
    forms: set[str] = set()
    word_kind = scan.grammar.word_kind
    unit_end = scan.unit_end
    span_text = tv.span_text
    anchored_by_form: dict[str, list[str]] = {}
    for s, e in anchored:
        whole = span_text(s, e)
        forms.add(whole)
        k = s
        units = []
        while k < e:
            j = unit_end(k)
            w = span_text(k, j)
            anchored_by_form.setdefault(w, []).append(whole)
            units.append((k, j, word_kind(w, j - k == 1), w))
            k = j
        for idx, (a, b, kind, w) in enumerate(units):
            if (kind == "word" or kind == "caps") and len(w) >= 3:
                forms.add(w)
                if kind == "caps":
                    forms.add(w.capitalize())
                # "Al Qasimi", "Le Floch", "de la Fuente": particles with their word, and written
                # with a capital when they open a sentence ("De la Fuente said")
                if idx + 2 == len(units) and units[-1][2] == "particle" \
                        and scan.grammar.lex.names.closes_name(units[-1][3]):
                    forms.add(span_text(a, units[-1][1]))  # "Bakytbek kyzy": with the particle closing the name
                p = idx
                while p > 0 and units[p - 1][2] == "particle":
                    p -= 1
                    form = span_text(units[p][0], b)
                    forms.add(form)
                    if form[:1].islower():
                        forms.add(form[:1].upper() + form[1:])
    if not forms:
        return []
    out: list[Bounds] = []
    starts = tv.starts
    n = tv.n
    blocked = scan.blocked
    text = tv.doc_text
    # the given names of the anchored names, and the speaker turns of a transcript (read the
    # first time such a name stands as a vocative)
    given = {span_text(s, unit_end(s)) for s, e in anchored if unit_end(s) < e}
    first_anchor: dict[str, int] = {}
    for s, e in sorted(anchored):
        first_anchor.setdefault(span_text(s, e), s)
    fuller_seen: set[Bounds] = set()
    turns = _UNREAD
    for m_start, m_end in find_forms(text, starts, forms):
        if given and text[m_start:m_end] in given and vocative(text, m_start, m_end):
            if turns is _UNREAD:
                turns = _answer_turns(scan, text)
            if turns is not None and _vocative_to_journalist(text, m_start, m_end, turns):
                continue  # "Go ahead, Josh." said by an official: a journalist, not Josh Kellerman
        start = bisect_left(starts, m_start)
        end = start + 1
        while end < n and starts[end] < m_end:
            end += 1
        if starts[end - 1] + tv.lengths[end - 1] != m_end:
            continue
        if blocked.find(1, start, end) >= 0 or scan.in_boilerplate(start, end):
            continue
        if scan.in_institution_name(end - 1, end):
            continue  # "the King Salman International Airport": a place named after the person
        # part of a longer name that nothing vouches for ("Pierre" in "Pierre Lambert", "Sultan"
        # in "Sultan Al Mansouri"): the longer name is a mention when it can only name one of the
        # anchored people ("Sultan Al Mansouri" of "Sultan bin Saeed Al Mansoori")
        goes_on = end < n and not tv.glued(end - 1) and _name_goes_on(scan, end)
        after_name = start > 0 and not tv.glued(start - 1) and \
            scan.kind(scan.unit_start(start), start) in ("word", "caps", "initial") and \
            not _opening_participle(text, starts[scan.unit_start(start)], starts[start])
        if goes_on or after_name:
            form = text[m_start:m_end]
            longer = _vouched_longer(scan, start, form, anchored_by_form) if goes_on else None
            if longer is None and after_name:
                longer = _vouched_before(scan, start, end, form, anchored_by_form)
            if longer is None:
                longer = _fuller_name(scan, start, end, form, anchored_by_form, first_anchor)
            if longer is not None and longer not in fuller_seen:
                fuller_seen.add(longer)
                if out and out[-1][1] > longer[0] and longer[1] > out[-1][0]:
                    # (one run of capitals read from two of its forms: the longer reading stands)
                    if longer[1] - longer[0] > out[-1][1] - out[-1][0]:
                        out[-1] = longer
                    continue
                out.append(longer)
            continue
        out.append((start, end))
    return out


def _opening_participle(text: str, a: int, b: int) -> bool:
    """Whether the word at ``text[a:b]`` (and the space after it) is a participle opening its
    sentence ("Accompanying Wierzbicki were ...", "Joining Ms Ortiz was ..."): capitalised for the
    sentence, no name word before the name it precedes."""
    word = text[a:b].rstrip()
    if len(word) < 6 or not word.endswith("ing") or not word[1:].islower():
        return False
    k = a - 1
    while k >= 0 and text[k] in " \t\"'“‘(":
        k -= 1
    return k < 0 or text[k] in ".!?:;\n"


def _fuller_name(scan: Scan, start: int, end: int, form: str, anchored_by_form: dict[str, list[str]],
                 first_anchor: dict[str, int]) -> Optional[Bounds]:
    """The whole name around a form of a name anchored only later and only in short ("President
    of the Oriental Republic of Uruguay Martín Echeverría Sosa will visit ...", then "President
    Echeverría"): a release writes a person's full name at the first mention, where an office too
    long to read may stand before it. Taken when the whole name comes before the short name's
    first anchor, overlaps no anchored name and fits that one anchored name and no other."""
    owners = set(anchored_by_form.get(form, ()))
    if form in first_anchor:
        owners.add(form)
    if len(owners) != 1:
        return None
    short = owners.pop()
    if start >= first_anchor[short]:
        return None  # (the whole name would end after the first anchor: read no further)
    left = _name_words_before(scan, start)
    bounds = scan.scan_right(left)
    if bounds is None or not (bounds[0] <= start and end <= bounds[1]) or bounds[1] >= first_anchor[short]:
        return None
    if any(s < bounds[1] and bounds[0] < e for s, e in scan.found):
        return None
    longer = scan.tv.span_text(*bounds)
    if len(longer.split()) <= len(short.split()):
        return None
    names = scan.grammar.lex.names
    parsed = parse_name(longer, lexicon=names)
    first_surnames = {fold_key(f) for f in parsed.first_surname_forms}  # "Ibarra" of "Valeria Ibarra Lozano"
    fits = [a for a in first_anchor if names_compatible(parsed, a, lexicon=names) or fold_key(a) in first_surnames]
    return bounds if fits == [short] else None


def _answer_turns(scan: Scan, text: str) -> Optional[tuple[list[int], list[bool]]]:
    """Starts of the speaker turns of a transcript and whether each is a question turn;
    ``None`` when the text has no question turn (it is no briefing transcript)."""
    speaker, question = scan.grammar.speaker_label, scan.grammar.question_label
    if speaker is None or question is None:
        return None
    starts: list[int] = []
    questions: list[bool] = []
    for m in speaker.finditer(text):
        starts.append(m.start())
        questions.append(question.match(m.group()) is not None)
    return (starts, questions) if any(questions) else None


def _vocative_to_journalist(text: str, start: int, end: int, turns) -> bool:
    """A given name said as a vocative in a turn that is not a question: the speaker (an
    official) addresses a journalist."""
    if not vocative(text, start, end):
        return False
    starts, questions = turns
    k = bisect_left(starts, start + 1) - 1
    return k >= 0 and not questions[k]


def _name_goes_on(scan: Scan, end: int) -> bool:
    """A name word follows token ``end``, or particles and a name word ("... Al Mansouri",
    "Peña de la Torre")."""
    j = scan.unit_end(end)
    kind = scan.kind(end, j)
    if kind in ("word", "caps"):
        return True
    hops = 0
    while kind == "particle" and j < scan.tv.n and hops < 3:
        i, j = j, scan.unit_end(j)
        kind = scan.kind(i, j)
        hops += 1
    return hops > 0 and kind in ("word", "caps")


def _vouched_longer(scan: Scan, start: int, form: str, anchored_by_form: dict[str, list[str]]) -> Optional[Bounds]:
    """The longer name opening at token ``start`` with the anchored ``form``, when it is
    compatible with exactly one anchored name that has that form (a spelling variant of one
    person, "Sultan Al Mansouri" of "Sultan bin Saeed Al Mansoori"), else ``None``."""
    bounds = scan.scan_right(start)
    if bounds is None or bounds[1] - bounds[0] < 2:
        return None
    longer = scan.tv.span_text(*bounds)
    names = scan.grammar.lex.names
    fits = {a for a in anchored_by_form.get(form, ()) if names_compatible(longer, a, lexicon=names)}
    return bounds if len(_people(fits, names)) == 1 else None


def _people(fits: set[str], names) -> set[str]:
    """The anchored names of ``fits`` less those that are a shorter form of another one ("Lavrov"
    of "Mr Lavrov" beside "Sergei Lavrov"): the people they can name."""
    return {a for a in fits if not any(len(b.split()) > len(a.split()) and names_compatible(a, b, lexicon=names)
                                       for b in fits)}


def _name_words_before(scan: Scan, start: int) -> int:
    """Where the written name words (words, capitals, initials, particles) that end at token
    ``start`` begin (``start`` when there are none)."""
    left = start
    while left > 0 and not scan.tv.glued(left - 1):
        i = scan.unit_start(left)
        if i >= left or scan.kind(i, left) not in ("word", "caps", "initial", "particle"):
            break
        left = i
    return left


def _vouched_before(scan: Scan, start: int, end: int, form: str,
                    anchored_by_form: dict[str, list[str]]) -> Optional[Bounds]:
    """The longer name ending with the anchored ``form`` at token ``end``, when it is compatible
    with exactly one anchored name that has that form (a transliteration of the given name,
    "Sergei Lavrov" of "Sergey Viktorovich Lavrov"), else ``None``."""
    left = _name_words_before(scan, start)
    if left == start:
        return None
    bounds = scan.scan_right(left)
    if bounds is None or bounds != (left, end):
        return None
    if any(s < end and left < e for s, e in scan.found):
        return None
    longer = scan.tv.span_text(*bounds)
    names = scan.grammar.lex.names
    fits = {a for a in anchored_by_form.get(form, ()) if names_compatible(longer, a, lexicon=names)}
    return bounds if len(_people(fits, names)) == 1 else None
