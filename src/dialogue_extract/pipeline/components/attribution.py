"""Attaches titles, organisation and country to every anchored person mention.

Sources, nearest first: the titles that vouched for the name and titles chained to them ("Deputy
Prime Minister and Foreign Minister", "QUAD Sherpa as well as Senior Deputy Minister"), a
parenthesised short form ("(EAM)", "(MoS)"), what the title grammar found around each title (a
country prefix or complement, an organisation), an "of India" after the name, an organisation in
apposition ("First Vice Foreign Minister, Ministry of Foreign Affairs, ROK"), a demonym before a
counterpart ("his Japanese counterpart"), and finally words of the title that name a state
("External Affairs" is India's; ``title_countries`` in titles.json).

Writes ``span._.attribution`` (:class:`Attribution`) on every span of ``doc.spans["persons"]``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicons import data_path

if not Span.has_extension("attribution"):
    Span.set_extension("attribution", default=None)


@dataclass
class Attribution:
    titles: list[str] = field(default_factory=list)
    former_titles: list[str] = field(default_factory=list)
    country: Optional[str] = None
    organization: Optional[str] = None
    business_only: bool = False  # every title is an office of a company


@Language.factory("de_attribution", default_config={"max_gap": 12, "lexicon_path": None})
def make_attribution(nlp: Language, name: str, max_gap: int, lexicon_path: Optional[str]) -> "AttributionComponent":
    path = Path(lexicon_path) if lexicon_path else data_path("titles.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    connectors = [tuple(c) for c in data.get("title_connectors", [["and"]])]
    return AttributionComponent(data.get("title_countries", {}), connectors, max_gap=max_gap)


class AttributionComponent:
    def __init__(self, title_countries: dict[str, str], connectors: list[tuple[str, ...]], *, max_gap: int = 12) -> None:
        self.title_countries = sorted(title_countries.items(), key=lambda kv: -len(kv[0]))
        self.connectors = sorted(connectors, key=len, reverse=True)
        self.max_gap = max_gap

    def _connector_len(self, doc: Doc, i: int) -> int:
        for c in self.connectors:
            if i + len(c) <= len(doc) and tuple(t.lower_ for t in doc[i:i + len(c)]) == c:
                return len(c)
        return 0

    def _chain(self, doc: Doc, first: Span, title_at: dict[int, Span], title_end: dict[int, Span]) -> list[Span]:
        """Titles joined to ``first`` by 'and', 'as well as', ',' (both directions)."""
        chain = [first]
        cur = first
        while True:  # rightwards
            info = cur._.title_info
            end = max(cur.end, info.phrase_end if info is not None else cur.end)
            k = self._connector_len(doc, end)
            nxt = title_at.get(end + k) if k else None
            if nxt is None:
                # a prefix ("Japan's") may sit between connector and title
                nxt = next((t for t in title_at.values() if k and t._.title_info is not None
                            and t._.title_info.prefix_start == end + k), None)
            if nxt is None or nxt in chain:
                break
            chain.append(nxt)
            cur = nxt
        cur = first
        while True:  # leftwards
            info = cur._.title_info
            start = info.prefix_start if info is not None and info.prefix_start >= 0 else cur.start
            prev = None
            for c in self.connectors:
                s = start - len(c)
                if s > 0 and tuple(t.lower_ for t in doc[s:start]) == c and c != (",",):
                    prev = title_end.get(s)
                    if prev is None:
                        prev = next((t for t in title_at.values() if t._.title_info is not None
                                     and t._.title_info.phrase_end == s), None)
                    if prev is not None:
                        break
            if prev is None or prev in chain:
                break
            chain.insert(0, prev)
            cur = prev
        return chain

    def __call__(self, doc: Doc) -> Doc:
        titles = list(doc.spans.get("titles", ()))
        title_at = {t.start: t for t in titles}
        title_end = {t.end: t for t in titles}
        country_at = {s.start: s for s in doc.spans.get("countries", ())}
        org_at = {s.start: s for s in doc.spans.get("organizations", ())}
        n = len(doc)
        for person in doc.spans.get("persons", ()):
            pinfo = person._.person_info
            att = Attribution()
            person._.attribution = att
            if pinfo is None or not pinfo.anchored:
                continue
            attached: list[Span] = []
            for s, e in pinfo.titles:
                t = title_at.get(s)
                if t is None:
                    continue
                for c in self._chain(doc, t, title_at, title_end):
                    if c not in attached:
                        attached.append(c)
            # parenthesised short forms: "TITLE (EAM) NAME", "NAME (MoS)"
            for t in list(attached) + [person]:
                end = t._.title_info.phrase_end if t is not person and t._.title_info is not None and t._.title_info.phrase_end > t.end else t.end
                if end + 2 < n and doc[end].text == "(" and end + 1 in title_at:
                    abbr = title_at[end + 1]
                    if abbr.end < n and doc[abbr.end].text == ")" and abbr not in attached:
                        attached.append(abbr)
            business = bool(attached)
            for t in attached:
                info = t._.title_info
                text = t.text
                if info is not None and info.former:
                    if text not in att.former_titles:
                        att.former_titles.append(text)
                if text not in att.titles:
                    att.titles.append(text)
                if info is None:
                    business = False
                    continue
                business = business and info.business
                att.country = att.country or info.country or info.organization_country
                att.organization = att.organization or info.organization
            att.business_only = business
            # "NAME of India('s Ministry ...)", "NAME from Japan"
            e = person.end
            if e + 1 < n and doc[e].lower_ in ("of", "from"):
                k = e + 1 + (doc[e + 1].lower_ == "the")
                if k in country_at:
                    att.country = att.country or country_at[k].kb_id_
            # organisation in apposition after the title: "..., Ministry of Foreign Affairs, ROK"
            if attached:
                last = attached[-1]
                end = last._.title_info.phrase_end if last._.title_info is not None and last._.title_info.phrase_end > last.end else last.end
                if end + 1 < n and doc[end].text == "," and end + 1 in org_at:
                    org = org_at[end + 1]
                    att.organization = att.organization or org.kb_id_
                    att.country = att.country or org.id_ or None
                    if org.end + 1 < n and doc[org.end].text == "," and org.end + 1 in country_at:
                        att.country = att.country or country_at[org.end + 1].kb_id_
            # "his Japanese counterpart": the demonym before the counterpart word
            if pinfo.counterpart and att.country is None:
                att.country = self._counterpart_country(doc, person, country_at)
            # a title that names its state: "External Affairs" is India's
            if att.country is None:
                for text in att.titles:
                    for key, code in self.title_countries:
                        if key in text:
                            att.country = code
                            break
                    if att.country:
                        break
        return doc

    @staticmethod
    def _counterpart_country(doc: Doc, person: Span, country_at: dict[int, Span]) -> Optional[str]:
        for i in list(range(max(0, person.start - 5), person.start)) + list(range(person.end, min(len(doc), person.end + 6))):
            if doc[i].lower_.startswith("counterpart"):
                for k in range(max(0, i - 3), i):
                    if k in country_at:
                        return country_at[k].kb_id_
        return None
