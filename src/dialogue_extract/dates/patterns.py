"""The regular expressions of the date recogniser, built from a :class:`DateLexicon`.

Each *kind* of expression is one small pattern with named groups (``d``, ``m``, ``y``, ...).
:func:`combined_pattern` joins them, in order, into one alternation in which every group is
renamed ``<kind>__<group>`` and every kind is wrapped in a group named after it, so
``match.lastgroup`` tells which kind matched. Order matters: at a given position the first
kind that matches wins, so longer, more specific forms (ranges, full dates) come first.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from .lexicon import DateLexicon

#: horizontal white space (a date never spans lines)
S = r"[^\S\n]+"
OS = r"[^\S\n]*"
#: between a day or month and its year: "14 February 2026", "February 14, 2026", "March, 2023"
SEPY = rf"(?:,?{S}|,{OS})"
#: range connectors: "12-13", "27 to 30", "2015 through 2017"
TO = rf"(?:{OS}[-–—]{OS}|{S}(?i:to|until|till|through|thru){S})"


def trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes (fast to match, since
    the engine tries alternatives one by one); a longer word is tried before its prefix.
    A space in a word matches any run of blanks."""
    branches = trie_branches(words)
    if not branches:
        return ""
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def trie_branches(words: Iterable[str]) -> list[str]:
    """The top-level alternatives of :func:`trie` (one per first character)."""
    tree: dict = {}
    for w in {w.strip() for w in words if w.strip()}:
        node = tree
        for ch in " ".join(w.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: c):
            branches.append((S if ch == " " else re.escape(ch)) + emit(node[ch]))
        if "" in node:
            branches.append("")
        if not branches:
            return ""
        if len(branches) == 1:
            return branches[0]
        if branches[-1] == "" and len(branches) == 2:
            return f"(?:{branches[0]})?"
        return "(?:" + "|".join(branches) + ")"

    top = []
    for ch in sorted(c for c in tree if c):
        top.append((S if ch == " " else re.escape(ch)) + emit(tree[ch]))
    if "" in tree:
        top.append("")
    return top


def words_alternation(words: Iterable[str], *, ignore_case: bool = True) -> str:
    """A non-capturing alternation of ``words`` (longest first); spaces match any blank run."""
    words = [w.lower() for w in words] if ignore_case else list(words)
    body = trie(words) or "(?!)"
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _cased(words: Iterable[str]) -> str:
    """Capitalised and UPPER CASE forms only (so the verbs 'may'/'march' never match)."""
    forms = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:].lower())
        forms.add(w.upper())
    return trie(forms)


def day(name: str) -> str:
    """A day of the month, with an optional ordinal suffix: "4", "04", "4th", "31st"."""
    return rf"(?<![\d.,/:])(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"


def day_plain() -> str:
    """A day of the month without a group (an item of a list of days)."""
    return r"(?<![\d.,/:])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"


def year(name: str) -> str:
    return rf"(?P<{name}>1[89]\d\d|20\d\d)(?!\w)"


def kinds(lex: DateLexicon) -> list[tuple[str, str]]:
    """``(kind, pattern)`` pairs, in matching order."""
    full = _cased(lex.months)
    abbr = _cased(lex.month_abbreviations)

    def month(name: str) -> str:
        return rf"(?P<{name}>\b(?:{full})\b|\b(?:{abbr})\b\.?)"

    def month_day(name: str) -> str:
        """A month and the blank before its day; a full name may touch the day, as text drawn
        from PDFs runs them together ("February18 to 21")."""
        return rf"(?:(?P<{name}>\b(?:{full})(?=\d)|\b(?:{full})\b|\b(?:{abbr})\b\.?)(?:{S}|(?<=[a-z])(?=\d)))"

    def month_full(name: str) -> str:
        return rf"(?P<{name}>\b(?:{full})\b)"

    wd_full = _cased(lex.weekdays)
    wd_any = rf"\b(?:(?:{wd_full})\b|(?:{_cased(lex.weekday_abbreviations)})\b\.?)"
    weekday_prefix = rf"(?:(?P<wd>{wd_any}),?{S})?"
    year_shift = words_alternation(lex.year_shifts)
    # a weekday before either end of a range of days: "from Monday, 26th January to Wednesday,
    # 28th January", "Wed 4 to Thu 5 June", "Monday, March 3 - Friday, March 7"
    wdp = rf"(?:{wd_any},?{S})?"
    # after a range of days, its year told by its distance: "4-6 March next year"
    yr = rf"(?:{SEPY}{year('y')}|(?:,?{S}(?i:of))?{S}(?P<shift>{year_shift}){S}(?i:year)\b)"
    shift = words_alternation(lex.shift_words)
    halves = words_alternation(lex.half_ordinals)
    quarters = words_alternation(lex.quarter_ordinals)
    preps = words_alternation(lex.month_prepositions)
    # "between 4 and 6 January" / "from 4 to 6 January" / "4-6 January"
    lead = rf"(?:(?P<btw>(?i:between){S})|(?:(?i:from){S})?)"
    conn = rf"(?(btw){S}and{S}|{TO})"
    conn_days = rf"(?(btw){S}and{S}|(?:{TO}|(?P<and>{S}(?i:and){S})))"
    rel_year = rf"(?P<yrel>(?i:this|next|last){S}(?i:year))"
    # ("the first half of the year": the reference date's year)
    part_rel_year = rf"(?P<yrel>(?i:this|next|last){S}(?i:year)|(?i:the){S}(?:(?i:current){S})?(?i:year)(?![ \t]*\d))"
    # "from the 22nd to the 25th of September"
    the = rf"(?:(?i:the){S})?"
    # lists joined by "and": "5 and 6 June", "June 5, 6 and 7", "March and April 2024"
    and_ = rf"{S}(?:(?i:and)|&){S}"
    day_item = rf"(?:(?i:the){S})?{day_plain()}"
    days = rf"(?P<days>{day_item}(?:,{S}{day_item})*,?{and_}{day_item})"
    # before a month, the days may also be joined by commas alone: "3rd, 4th of December"
    days_before_month = rf"(?P<days>{day_item}(?:(?:,{S}{day_item})*,?{and_}{day_item}|(?:,{S}{day_item})+))"
    month_item = rf"\b(?:(?:{full})\b|(?:{abbr})\b\.?)"
    wd_range_conn = rf"(?:(?P<and>{and_})|{conn})"
    day_alone_followers = words_alternation(lex.day_alone_followers)
    not_followed_by_number = rf"(?!{OS},?{OS}\d)"
    # a month alone may stand before a comma and a count ("Since October, 212 nationals have ..."):
    # only one or two digits after its comma may be its day, four its year (then a clause's comma
    # may follow: "in February, 2024, a decision"; a group of digits may not: "Since May, 2,500")
    not_followed_by_day = rf"(?!{OS}\d|{OS},{OS}(?:\d{{1,2}}|1[89]\d\d|20\d\d)(?!\d|[,.]\d))"
    count_nouns = words_alternation(lex.count_nouns)
    day_month_shifts = words_alternation(lex.day_month_shifts) if lex.day_month_shifts else "(?!)"
    list_followers = words_alternation(lex.list_day_followers)
    # the words after which a day/month stands for a date: "arrived on 30/7", "apply until 30/4"
    # (one fixed-width look-behind per word, the first letter in either case)
    numeric_preps = "(?:" + "|".join(rf"(?<=\b[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}\s)"
                                     for w in lex.numeric_day_prepositions or ("on",)) + ")"
    # "the 19th of September", and as treaties are dated, "this 19th day of September"
    day_of = rf"(?:(?:(?i:day){S})?(?i:of){S})?"
    # a part of a month or a year written before it: "early", "mid-", "the end of"
    part_of = rf"(?:(?:(?i:the){S})?(?i:early|late|mid|(?:end|beginning|start|middle){S}of)(?:{S}|-))"

    return [
        # year first: "2026-03-07", and as East Asian pages write it, "2026.03.07", "2026/3/7", "2026. 3. 7."
        ("iso", r"(?<![\d./-])(?P<y>1[89]\d\d|20\d\d)(?P<sep>-|/|\.[^\S\n]?)(?P<m>0?[1-9]|1[0-2])(?P=sep)"
                r"(?P<d>0?[1-9]|[12]\d|3[01])\b(?!-\d|[./]\d)"),
        # two numeric dates joined as a range, the year written at least at the end: "20/10/2025 - 23/10/2025",
        # "20.10. to 23.10.2025", "30/9 - 2/10/2025"
        ("range_numeric", rf"{lead}(?P<core>(?<![\d./-])(?P<a1>\d{{1,2}})(?P<sep>[./])(?P<b1>\d{{1,2}})"
                          rf"(?:(?P=sep)(?P<y1>1[89]\d\d|20\d\d)|(?P=sep)|(?<=/\d)|(?<=/\d\d)){conn}(?P<a2>\d{{1,2}})(?P=sep)(?P<b2>\d{{1,2}})"
                          rf"(?P=sep)(?P<y>1[89]\d\d|20\d\d)(?!\d|[./]\d))"),
        # two day/months without their year after "from" or "between": "from 28/10 to 30/10" (not shares:
        # "from 2/3 to 3/4 of the seats")
        ("range_dm_numeric", rf"(?=(?i:from|between){S}){lead}(?P<core>(?<![\d./-])(?P<a1>\d{{1,2}})/(?P<b1>\d{{1,2}}){conn}"
                             rf"(?P<a2>\d{{1,2}})/(?P<b2>\d{{1,2}}))(?![\d/]|[.,]\d|{S}(?i:of|per|share)\b)"),
        # a range of days before one numeric date: "28.-30.10.2025", "28-30/10/2025", "from 28 to 30.10.2025"
        ("range_d_numeric", rf"{lead}(?P<core>(?<![\d./-])(?P<d1>\d{{1,2}})\.?{conn}(?P<d2>\d{{1,2}})(?P<sep>[./])"
                            rf"(?P<mo>\d{{1,2}})(?P=sep)(?P<y>1[89]\d\d|20\d\d)(?!\d|[./]\d))"),
        # day (or month) first: "07.03.2026", "7/3/2026", and with dashes "07-03-2026"
        ("numeric", r"(?<![\d./-])(?P<a>\d{1,2})(?:[./](?P<b>\d{1,2})[./]|-(?P<b2>\d{1,2})-)(?P<y>1[89]\d\d|20\d\d)"
                    r"(?!\d|[./-]\d)"),
        # a range over two months may write the year of either end ("30 December 2025 - 2 January 2026"),
        # and two days that follow each other may be joined by "and" ("on 31 October and 1 November")
        ("range_dm_dm", rf"{lead}(?P<core>{wdp}{the}{day('d1')}{S}(?:(?i:of){S})?{month('m1')}(?:{SEPY}{year('y1')})?"
                        rf"{conn_days}{wdp}{the}{day('d2')}{S}(?:(?i:of){S})?{month('m2')}{yr}?)"),
        ("range_md_md", rf"{lead}(?P<core>{wdp}{month_day('m1')}{day('d1')}(?:(?:,{OS}|{S}){year('y1')})?{conn_days}"
                        rf"{wdp}{month_day('m2')}{day('d2')}{yr}?)"),
        ("range_dd_m", rf"{lead}(?P<core>{wdp}{the}{day('d1')}{conn}{wdp}{the}{day('d2')}{S}(?:(?i:of){S})?{month('m')}"
                       rf"{yr}?)"),
        ("range_m_dd", rf"{lead}(?P<core>{month_day('m')}{day('d1')}{conn}{day('d2')}{yr}?)"),
        # two months, each with its year: "from January 2024 to March 2026"
        ("range_my_my", rf"{lead}(?P<core>{month('m1')}{SEPY}{year('y1')}{conn}{month('m2')}{SEPY}{year('y2')})"),
        # (or its year told by its distance: "from January to August this year")
        ("range_m_m", rf"{lead}(?P<core>{month('m1')}{conn}{month('m2')}(?:(?:{SEPY}|{S}(?i:of){S}){year('y')}"
                      rf"|{S}(?:(?i:of){S})?(?P<shift>{year_shift}){S}(?i:year)\b))"),
        ("list_dd_m", rf"(?P<core>{days_before_month}{S}(?:(?i:of){S})?{month('m')}{yr}?)"),
        ("list_m_dd", rf"(?P<core>{month_day('m')}{days}(?:{yr}"
                      rf"|(?={OS}(?:[,.;:!?)]|$)|{S}(?:{list_followers})\b)))"),
        ("list_m_m", rf"(?:(?P<prep>{preps})(?:{S}|-))?(?P<core>(?P<months>{month_item}(?:,{S}{month_item})*,?{and_}"
                     rf"{month_item})(?:(?:{SEPY}|{S}(?i:of){S}){year('y')}"
                     rf"|{S}(?:(?i:of){S})?(?P<shift>{year_shift}){S}(?i:year)\b|{not_followed_by_number}))"),
        ("half", rf"(?P<core>(?:(?i:the){S})?(?P<ord>{halves}){S}(?i:half|semester){S}(?i:of){S}"
                 rf"(?:(?i:the{S}year){S})?(?:{year('y')}|{part_rel_year}))"),
        ("half_h", rf"\bH(?P<h>[12]){OS}[-–]?{OS}{year('y')}"),
        ("quarter", rf"(?P<core>(?:(?i:the){S})?(?P<ord>{quarters}){S}(?i:quarter){S}(?i:of){S}"
                    rf"(?:(?i:the{S}year){S})?(?:{year('y')}|{part_rel_year}))"),
        ("quarter_q", rf"\bQ(?P<q>[1-4]){OS}[-–]?{OS}(?:(?i:FY){OS})?{year('y')}"),
        # a fiscal year may be glued to its abbreviation: "FY2023-24"; an academic or financial
    # year may write both years in full after a slash: "2026/2027"
        ("range_years", rf"{lead}(?:FY{OS})?(?P<core>(?:(?<=FY)|(?<![\w.,+/$#@-])){year('y1')}(?:(?:{conn}|(?P<slash>/)){year('y2')}|[-–/](?P<y2s>\d\d)(?!\w)))"),
        ("dmy", rf"{weekday_prefix}(?:(?i:the|this){S})?{day('d')}{S}{day_of}{month('m')}{SEPY}{year('y')}"),
        ("mdy", rf"{weekday_prefix}{month_day('m')}{day('d')}(?:,{OS}|{S}){year('y')}"),
        ("dmony", rf"{day('d')}[-/ ]{month('m')}[-/]{year('y')}"),
        ("month_rel_after", rf"{month('m')}(?:,?{S}(?i:of))?{S}(?P<shift>{year_shift}){S}(?i:year)\b"),
        # a day and month in a year told by its distance: "November 29 last year", "3 March of next year"
        ("md_rel_after", rf"{month_day('m')}{day('d')}(?:,?{S}(?i:of))?{S}(?P<shift>{year_shift}){S}(?i:year)\b"),
        ("dm_rel_after", rf"(?:(?i:the){S})?{day('d')}{S}{day_of}{month('m')}(?:,?{S}(?i:of))?{S}(?P<shift>{year_shift}){S}(?i:year)\b"),
        ("month_rel_before", rf"(?P<shift>{shift}){S}{month_full('m')}{not_followed_by_number}"),
        ("my", rf"{month('m')}(?:{SEPY}|{S}(?i:of){S}){year('y')}"),
        ("md", rf"{weekday_prefix}{month_day('m')}{day('d')}(?!,\d|{OS}[-–]{OS}\d)"),
        ("dm", rf"{weekday_prefix}(?:(?i:the|this){S})?{day('d')}{S}{day_of}{month('m')}"),
        # a day of a month told by its distance: "the 20th of this month", "the 23rd instant"
        ("day_rel_month", rf"(?:(?i:the){S})?(?<![\d.,/:])(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b{S}"
                          rf"(?:(?i:day){S})?(?P<mshift>{day_month_shifts})(?!\w)"),
        # a day of the month alone, after "on" and with its ordinal suffix: "on the 22nd,"
        ("day_alone", rf"(?<=\b[Oo]n\s)(?P<core>(?i:the){S}(?<![\d.,/:])(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b)"
                      rf"(?!{OS}(?:[,&/–-]|{S}(?i:and|or|to|through|till|until){S}){OS}(?:(?i:the){S})?\d)"
                      rf"(?={OS}(?:[,.;:!?)]|$)|{S}(?:{day_alone_followers})\b)"),
        # a day/month after "on", the year left to the reference: "arrived on 30/7"
        ("dm_numeric", rf"{numeric_preps}(?<![\d./-])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})"
                       r"(?=\s*(?:[,.;:)]|$)|\s(?:and|to|till|until|at|in|when|with|for|the|a|an)\s)"),
        ("relative", rf"(?P<rel>{words_alternation(lex.relative)})\b"),
        ("weekday_range", rf"{lead}(?P<core>(?:(?P<shift>{shift}){S})?(?P<wd1>\b(?:{wd_full})\b){wd_range_conn}"
                          rf"(?P<wd2>\b(?:{wd_full})\b))"),
        # a weekday of a week told by its distance: "Thursday next week", "on Monday last week"
        ("weekday", rf"(?:(?P<shift>{shift}){S})?(?P<wdname>\b(?:{wd_full})\b)"
                    rf"(?:{S}(?P<wshift>(?i:next|last|this)){S}(?i:week)\b)?"),
        # (a part of the month is read with it: "late March", "mid-April", "the end of July")
        ("month_alone", rf"(?:(?={part_of})|{preps}(?:{S}|-))(?P<core>{part_of}?{month_full('m')}){not_followed_by_day}"
                        rf"(?!{S}(?:(?i:of){S})?{year_shift}{S}(?i:year))(?!{TO}{month_item}(?:{SEPY}|{S}(?i:of){S})(?:1[89]\d\d|20\d\d)\b)"),  # ("in January-April 2025": a range)
        # a part of the year read with it ("early 2026", "mid-2027", "the end of 2026"): its value is the year
        ("year", rf"(?:{part_of}(?=\d))?"
                 rf"(?<![\w.,+/$€£¥#@])(?<!\d-)(?<!\d–){year('y')}"
                 rf"(?![+%]|[.,:/-]\d|{S}{count_nouns}\b)"),
    ]


#: kinds kept out of the main scan: lists and weekday ranges, tried only around a match of a
#: *member* kind that a list connector touches. Every list holds a member match: "7 June" in
#: "5 and 7 June", "June 5" in "June 5 and 6", "April 2024" in "March and April 2024", "March"
#: in "in March and April", "Monday" in "Monday-Tuesday".
LIST_KINDS = ("list_dd_m", "list_m_dd", "list_m_m", "weekday_range")
#: member kind -> (where its connector is: "before" or "after" it, the list kind to try)
LIST_MEMBERS = {
    "dmy": ("before", "list_dd_m"), "dm": ("before", "list_dd_m"), "dm_rel_after": ("before", "list_dd_m"),
    "md": ("after", "list_m_dd"), "md_rel_after": ("after", "list_m_dd"),
    "my": ("before", "list_m_m"), "month_rel_after": ("before", "list_m_m"), "month_alone": ("after", "list_m_m"),
    "weekday": ("after", "weekday_range"),
}
#: the farthest a list starts before its member match (connector before / after the member)
LIST_WINDOW_BEFORE = 60
LIST_WINDOW_AFTER = 20
#: a connector and the start of the next item right after a member ("June 5| and 6",
#: "June 5|, 6", "Monday|-Tuesday", "March|, April")
LIST_CONNECTOR_AFTER = (rf"(?:,{S}(?:\d|[JFMASOND][a-z][a-z])|(?:{OS}[-–—]{OS}|{S}(?:(?i:and|to|through|thru|until|till)|&){S})"
                        rf"(?:\d|[A-Z]))")
#: a previous item and connector right before a member ("5 and |7 June", "March and |April 2024",
#: "3rd, |4th of December")
LIST_CONNECTOR_BEFORE = (rf"(?:[\w.],?{S}(?:(?i:and)|&){S}|(?<![\d.,/:])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,{S})"
                         rf"(?:(?i:the){S})?$")


_GROUP = re.compile(r"\(\?P<(\w+)>|\(\?\((\w+)\)|\(\?P=(\w+)\)")


def prefix_groups(kind: str, pattern: str) -> str:
    """Rename every named group (and reference to one) of ``pattern`` to ``<kind>__<name>``."""

    def sub(m: re.Match) -> str:
        if m.group(1):
            return f"(?P<{kind}__{m.group(1)}>"
        if m.group(2):
            return f"(?({kind}__{m.group(2)})"
        return f"(?P={kind}__{m.group(3)})"

    return _GROUP.sub(sub, pattern)


def combined_pattern(pairs: list[tuple[str, str]]) -> str:
    """One alternation of every kind; a match's ``lastgroup`` is its kind."""
    return r"\b(?:" + "|".join(f"(?P<{k}>{prefix_groups(k, p)})" for k, p in pairs) + ")"


#: the farthest an expression's anchor lies from its start ("between 31 October and ...")
ANCHOR_WINDOW = 48


def _anchor_forms(lex: DateLexicon) -> set[str]:
    heads = {k.split()[-1] for k in lex.relative} | {"year", "month"}
    forms = set()
    for w in [*lex.months, *lex.month_abbreviations, *lex.weekdays, *lex.weekday_abbreviations]:
        forms.update({w[:1].upper() + w[1:].lower(), w.upper()})
    for w in heads:
        forms.update({w.lower(), w[:1].upper() + w[1:].lower(), w.upper()})
    return forms


#: the years an anchor is (the last branches of the anchor pattern), a day with its ordinal
#: suffix (the anchor of a day standing alone: "on the 22nd": 1-31 and st/nd/rd/th) and a
#: day/month ("on 30/7"), one branch
#: per first digit: as every branch then starts with a literal character, the regex engine skips
#: ahead to the positions where one can begin (a branch opening with a group or a character
#: class would make it try the whole pattern at every position of the text)
_ORDINAL = r"(?:st|nd|rd|th)\b"
_ANCHOR_YEARS = [r"18\d\d", r"19\d\d", r"20\d\d", rf"1\d?{_ORDINAL}", rf"2\d?{_ORDINAL}", rf"3[01]?{_ORDINAL}",
                 *(f"{d}{_ORDINAL}" for d in "456789"), *(rf"{d}\d?/\d" for d in "0123456789")]


def anchor_pattern(lex: DateLexicon) -> str:
    """Words one of which every date expression contains: month and weekday names, years,
    the head words of relative expressions ("today", "year", "evening"). No leading
    assertion, so the regex engine can skip ahead by first character."""
    # One flat alternation whose branches all start with a literal character: the regex
    # engine then skips every position whose character starts no branch.
    return "(?:" + "|".join(trie_branches(_anchor_forms(lex)) + _ANCHOR_YEARS) + ")"


def anchor_parts(lex: DateLexicon) -> tuple[str, list[str]]:
    """:func:`anchor_pattern` in two parts: the pattern of the anchors that begin with a capital
    or a digit, and the lower-case words (the head words of relative expressions, plain strings
    found with ``str.find``). At a position only the branch of its first character can match, so
    the anchor pattern's matches are those of both parts, as long as none overlaps another
    (see :meth:`~dialogue_extract.dates.DateFinder.anchor_starts`). Words whose first letter also
    begins a form holding a blank stay in the pattern."""
    forms = _anchor_forms(lex)
    spaced = {f[0] for f in forms if any(c.isspace() for c in f)}
    words = sorted(f for f in forms if f[0].islower() and f[0] not in spaced)
    rest = forms.difference(words)
    return "(?:" + "|".join(trie_branches(rest) + _ANCHOR_YEARS) + ")", words


def _start_words(lex: DateLexicon) -> tuple[set[str], list[str]]:
    lead = {"from", "between", "the"}
    for group in (lex.relative, lex.shift_words, lex.year_shifts, lex.month_prepositions,
                  lex.half_ordinals, lex.quarter_ordinals):
        lead.update(k.split()[0].lower() for k in group if k.strip())
    return lead, [*lex.months, *lex.month_abbreviations, *lex.weekdays, *lex.weekday_abbreviations]


def start_pattern(lex: DateLexicon) -> str:
    """Where an expression can begin: a digit, Q1/H1, a month or weekday name, or a lead word
    ("from", "between", "the", "last", "in", "first", "today", ...)."""
    lead, names = _start_words(lex)
    # every branch begins with a word character, so the boundary before it is a position that
    # follows none: tested first, it turns away the end of every word at once
    word_first = all(re.match(r"\w", w.strip()[:1] or " ") for w in [*lead, *names])
    boundary = r"(?<!\w)" if word_first else r"\b"
    return rf"{boundary}(?:\d|[QH]\d|FY{OS}\d|(?:{_cased(names)})(?:\b|(?=\d))|{words_alternation(lead)}\b)"


def start_reach(lex: DateLexicon) -> int:
    """How far past its first character :func:`start_pattern` reads: its longest match plus
    the character its final ``\\b`` looks at."""
    lead, names = _start_words(lex)
    return max(2, *(len(w) for w in [*lead, *names])) + 1


# -- which kinds can start with a given character ---------------------------------------------
def first_char_test(pattern: str) -> Callable[[str], bool]:
    """A test ``ch -> bool`` that is False only when no match of ``pattern`` can begin with
    the character ``ch`` (read from the parsed pattern; anything not understood counts as
    "may begin with any character")."""
    anything = (lambda ch: True,)
    try:  # the standard library's own regular expression parser (its module names vary by version)
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover - Python 3.10
        try:
            import sre_constants as C
            import sre_parse as P
        except ImportError:
            return anything[0]

    def literal(code: int, icase: bool):
        c = chr(code)
        if not icase:
            return lambda ch: ch == c
        if not c.isascii():
            return lambda ch: True
        low = c.lower()
        return lambda ch: ch.lower() == low or not ch.isascii()

    def in_set(items, icase: bool):
        tests = []
        for op, av in items:
            if op is C.LITERAL:
                tests.append(literal(av, icase))
            elif op is C.RANGE and not icase:
                lo, hi = av
                tests.append(lambda ch, lo=lo, hi=hi: lo <= ord(ch) <= hi)
            elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
                tests.append(str.isdigit)
            else:
                return anything
        return tuple(tests)

    def first(items, icase: bool) -> tuple[tuple, bool]:
        """(tests, nullable) for a sequence of parsed items."""
        tests: list = []
        for op, av in items:
            t, nullable = first_item(op, av, icase)
            tests.extend(t)
            if not nullable:
                return tuple(tests), False
        return tuple(tests), True

    def first_item(op, av, icase: bool) -> tuple[tuple, bool]:
        if op is C.LITERAL:
            return (literal(av, icase),), False
        if op is C.IN:
            return in_set(av, icase), False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return (), True
        if op is C.BRANCH:
            tests, nullable = [], False
            for alt in av[1]:
                t, n = first(alt, icase)
                tests.extend(t)
                nullable = nullable or n
            return tuple(tests), nullable
        if op is C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            sub_icase = (icase or bool(add_flags & C.SRE_FLAG_IGNORECASE)) and not del_flags & C.SRE_FLAG_IGNORECASE
            return first(sub, sub_icase)
        if op in repeats:
            lo, _, sub = av
            t, n = first(sub, icase)
            return t, n or lo == 0
        if op is C.GROUPREF_EXISTS:
            _, yes, no = av
            t1, n1 = first(yes, icase)
            t2, n2 = first(no, icase) if no is not None else ((), True)
            return t1 + t2, n1 or n2
        if atomic is not None and op is atomic:
            return first(av, icase)
        return anything, True

    # possessive repeats and atomic groups exist from Python 3.11
    repeats = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
    atomic = getattr(C, "ATOMIC_GROUP", None)
    try:
        parsed = P.parse(pattern)
        tests, nullable = first(parsed, bool(parsed.state.flags & C.SRE_FLAG_IGNORECASE))
    except Exception:  # pragma: no cover - a parser this code does not know: no shortcut
        return anything[0]
    if nullable:
        return lambda ch: True
    return lambda ch: any(t(ch) for t in tests)
