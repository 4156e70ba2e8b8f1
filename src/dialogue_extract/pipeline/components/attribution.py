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

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...data import data_path, read_json, read_tsv
from ..text import TokenView

from .. import extensions  # noqa: F401  (registers the de_* attributes)


@dataclass
class Attribution:
    titles: list[str] = field(default_factory=list)
    country: Optional[str] = None
    organization: Optional[str] = None
    business_only: bool = False  # every title is an office of a company
    target_countries: list[str] = field(default_factory=list)  # "Ambassador to India"
    prefix_country: Optional[str] = None  # a country named before the title ("Australian ...")


@Language.factory("de_attribution", default_config={"lexicon_path": None,
                                                      "persons_path": None, "datelines_path": None,
                                                      "dateline_chars": 400})
def make_attribution(nlp: Language, name: str, lexicon_path: Optional[str],
                     persons_path: Optional[str], datelines_path: Optional[str],
                     dateline_chars: int) -> "AttributionComponent":
    data = read_json(lexicon_path or data_path("titles.json"))
    persons = read_json(persons_path or data_path("persons.json"))
    places = {row["place"]: row["country"] for row in read_tsv(datelines_path or data_path("datelines.tsv"))}
    connectors = [tuple(c) for c in data.get("title_connectors", [["and"]])]
    return AttributionComponent(data.get("title_countries", {}), connectors, set(persons.get("copulas", [])),
                                places, dateline_chars=dateline_chars,
                                exclusive=set(data.get("exclusive_offices", [])),
                                address_titles=set(data.get("address_titles", [])))


def country_counts(doc: Doc) -> dict[str, int]:
    """How often each state is named in ``doc`` (alpha-3 -> count), in order of first mention."""
    counts: dict[str, int] = {}
    for span in doc.spans.get("countries", ()):
        counts[span.kb_id_] = counts.get(span.kb_id_, 0) + 1
    return counts


class AttributionComponent:
    def __init__(self, title_countries: dict[str, str], connectors: list[tuple[str, ...]],
                 copulas: set[str], places: dict[str, str], *,
                 dateline_chars: int = 400, exclusive: Optional[set[str]] = None,
                 address_titles: Optional[set[str]] = None) -> None:
        self.exclusive = exclusive or set()
        self.address_titles = address_titles or set()
        self.title_countries = sorted(title_countries.items(), key=lambda kv: -len(kv[0]))
        self.connectors = sorted(connectors, key=len, reverse=True)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for c in self.connectors:
            self.by_first.setdefault(c[0], []).append(c)
            self.by_last.setdefault(c[-1], []).append(c)
        self.copulas = copulas
        self.places_folded = {p.casefold(): code for p, code in places.items()}
        self.dateline_chars = dateline_chars
        names = sorted(places, key=len, reverse=True)
        # a place at the start of a line, followed by the dateline's punctuation
        self.dateline = re.compile(
            r"(?im)^[ \t]*(" + "|".join(re.escape(p) for p in names) + r")\b\.?[ \t]*(?:\[[^\]\n]*\])?[ \t]*[,:(—–-]"
        )

    def home_country(self, doc: Doc, text: str, stated: set[str]) -> Optional[str]:
        """The release's own state, for officials the text gives no country.

        In order: the state of the dateline's place; else, of the states the release names that are
        not stated for any official, the one named clearly most (releases mark the visitors, "Vietnamese Foreign Minister X",
        and leave their own officials unmarked); else the state it names most.
        """
        m = self.dateline.search(text[: self.dateline_chars])
        if m and m.group(1).casefold() in self.places_folded:
            return self.places_folded[m.group(1).casefold()]
        counts = country_counts(doc)
        # states named too seldom to be the release's own ("the Palestinian cause") do not count
        floor = max(2, max(counts.values(), default=0) / 2)
        unmarked = [c for c in counts if c not in stated and counts[c] >= floor]
        if stated and unmarked:  # the state named clearly most among those no official is marked with
            ranked_unmarked = sorted(unmarked, key=lambda c: -counts[c])
            if len(ranked_unmarked) == 1 or counts[ranked_unmarked[0]] >= 2 * counts[ranked_unmarked[1]]:
                return ranked_unmarked[0]
        # the state named most (the first named among equals): a guess, flagged as inferred, is
        # right more often than no answer
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # stable: first named first on ties
        return ranked[0][0] if ranked else None

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
        tv = TokenView(doc)
        n = tv.n
        # every title once, with its info and the extent of its whole phrase
        titles: list[tuple[Span, object, int, int]] = []
        for t in doc.spans.get("titles", ()):
            info = t._.de_title_info
            start = info.prefix_start if info is not None and info.prefix_start >= 0 else t.start
            end = max(t.end, info.phrase_end) if info is not None else t.end
            titles.append((t, info, start, end))
        by_start = {t.start: rec for rec in titles for t in (rec[0],)}
        by_phrase_start = {rec[2]: rec for rec in titles}
        by_phrase_end = {rec[3]: rec for rec in titles}
        country_at = {s.start: s for s in doc.spans.get("countries", ())}
        org_at = {s.start: s for s in doc.spans.get("organizations", ())}

        def chain(first) -> list:
            """Titles joined to ``first`` by 'and', 'as well as', ',' (both directions)."""
            out = [first]
            cur = first
            while True:
                # joined by a connector, or standing side by side ("Minister of Defence General X")
                k = self._connector_len(tv, cur[3])
                nxt = by_start.get(cur[3] + k) or by_phrase_start.get(cur[3] + k)
                if nxt is None or nxt in out or self._exclusive(cur[0].text, nxt[0].text):
                    break
                out.append(nxt)
                cur = nxt
            cur = first
            while True:
                prev = by_phrase_end.get(cur[2]) or next(
                    (by_phrase_end[s] for s in self._connector_before(tv, cur[2]) if s in by_phrase_end), None)
                if prev is None or prev in out or self._exclusive(prev[0].text, cur[0].text) \
                        or (prev[1] is not None and prev[1].expansion and prev[3] < cur[2]):
                    break  # ("EAM and Minister X": the short form names another person)
                out.insert(0, prev)
                cur = prev
            return out

        prev_person_end: dict[int, Span] = {}
        stated: set[str] = set()
        for person in doc.spans.get("persons", ()):
            pinfo = person._.de_person_info
            att = Attribution()
            person._.de_attribution = att
            if pinfo is None:
                continue
            attached: list = []
            # "Tanabe was appointed as Prime Minister", "Sood has previously been India's High Commissioner to Ghana"
            k = person.end
            while k < n and k - person.end < 8 and tv.lower(k) in self.copulas:
                k += 1
            if k > person.end and k in by_phrase_start and tv.lower(k - 1) in ("as", "been", "is", "was", "became", "become", "remains", "be"):
                attached.append(by_phrase_start[k])
            if not pinfo.anchored:
                for t, info, _s, _e in attached:
                    att.titles.append(t.text)
                    if info is not None:
                        att.country = att.country or info.country or info.organization_country
                continue
            for s, _e in pinfo.titles:
                rec = by_start.get(s)
                if rec is None:
                    continue
                for c in chain(rec):
                    if c not in attached:
                        attached.append(c)
            # parenthesised short forms: "TITLE (EAM) NAME", "NAME (MoS)"
            for end in [rec[3] for rec in attached] + [person.end]:
                if end + 2 < n and tv.text(end) == "(" and end + 1 in by_start:
                    abbr = by_start[end + 1]
                    if abbr[0].end < n and tv.text(abbr[0].end) == ")" and abbr not in attached:
                        attached.append(abbr)
            for implied in pinfo.implied_titles:
                if implied not in att.titles:
                    att.titles.append(implied)
            business = bool(attached)
            for idx, (t, info, _s, _e) in enumerate(attached):
                text = t.text
                if idx > 0 and text in self.address_titles and attached[idx - 1][3] == t.start:
                    continue  # "Foreign Secretary Ambassador X": a form of address, not a second office
                if info is not None and info.expansion and sum(c.isupper() for c in text) < 2:
                    text = info.expansion  # a contraction ("Secy", "Gen.") is given in full; acronyms ("EAM", "MoS") as written
                if text not in att.titles:
                    att.titles.append(text)
                if info is None:
                    business = False
                    continue
                business = business and info.business
                att.country = att.country or info.country or info.organization_country
                att.organization = att.organization or info.organization
            att.business_only = business
            att.target_countries = [info.target_country for _t, info, _s, _e in attached
                                    if info is not None and info.target_country]
            # "Joint Secretary Vikrant Sood of the Indian Ministry of Commerce"
            e = person.end
            if e + 1 < n and tv.lower(e) == "of":  # "... R. Menon of the Ministry of X" / "of India"
                k = e + 1 + (tv.lower(e + 1) == "the")
                if k in country_at:
                    att.country = att.country or country_at[k].kb_id_
                elif k in org_at:
                    att.organization = att.organization or org_at[k].kb_id_
                    att.country = att.country or org_at[k].id_ or None
            # organisation in apposition after the title: "..., Ministry of Foreign Affairs, ROK"
            if attached:
                end = attached[-1][3]
                if end + 1 < n and tv.text(end) == "," and end + 1 in org_at:
                    org = org_at[end + 1]
                    att.organization = att.organization or org.kb_id_
                    att.country = att.country or org.id_ or None
                    if org.end + 1 < n and tv.text(org.end) == "," and org.end + 1 in country_at:
                        att.country = att.country or country_at[org.end + 1].kb_id_
            # "his Japanese counterpart": the demonym before the counterpart word
            if att.country is None:
                att.country = self._counterpart_country(tv, person, country_at, pinfo.counterpart)
            # "Canadian Trade Minister Claire Dubois and Finance Minister Owen Fraser": the
            # demonym distributes over the coordination
            if att.country is None and attached:
                p = attached[0][2]
                if p >= 2 and tv.lower(p - 1) == "and" and (p - 1) in prev_person_end:
                    other = prev_person_end[p - 1]
                    if other._.de_attribution is not None and other._.de_attribution.prefix_country:
                        att.country = other._.de_attribution.prefix_country
            if attached and attached[0][1] is not None and attached[0][2] < attached[0][0].start:
                att.prefix_country = attached[0][1].country
            prev_person_end[person.end] = person
            # a title that names its state: "External Affairs" is India's
            if att.country:  # marked in the text: "Chinese ...", "... of Japan", "his Peruvian counterpart"
                stated.add(att.country)
            if att.country is None:  # (an abbreviation counts by its expansion: "EAM")
                names = att.titles + [info.expansion for _t, info, _s, _e in attached if info is not None and info.expansion]
                att.country = next((code for text in names for key, code in self.title_countries if key in text), None)
        doc._.de_home_country = self.home_country(doc, tv.doc_text, stated)
        return doc

    @staticmethod
    def _counterpart_country(tv: TokenView, person: Span, country_at: dict[int, Span],
                             counterpart_anchor: bool) -> Optional[str]:
        """The demonym of "his Japanese counterpart(,) NAME" or "NAME, his Japanese counterpart"."""
        window = list(range(max(0, person.start - 6), person.start))
        if counterpart_anchor and person.end < tv.n and tv.text(person.end) == ",":
            window += list(range(person.end, min(tv.n, person.end + 6)))
        for i in window:
            if tv.lower(i).startswith("counterpart"):
                for k in range(max(0, i - 3), i):
                    if k in country_at:
                        return country_at[k].kb_id_
                # "his counterpart from Saudi Arabia"
                if i + 2 < tv.n and tv.lower(i + 1) in ("from", "of"):
                    k = i + 2 + (tv.lower(i + 2) == "the")
                    if k in country_at:
                        return country_at[k].kb_id_
        return None
