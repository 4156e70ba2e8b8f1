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
from ..text import TokenView

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

    def _connector_len(self, tv: TokenView, i: int) -> int:
        for c in self.connectors:
            k = len(c)
            if i + k <= tv.n and all(tv.lower(i + m) == c[m] for m in range(k)):
                return k
        return 0

    def _connector_before(self, tv: TokenView, start: int) -> list[int]:
        """Positions where a connector ending at ``start`` begins (',' excluded)."""
        out = []
        for c in self.connectors:
            k = len(c)
            s = start - k
            if c != (",",) and s > 0 and all(tv.lower(s + m) == c[m] for m in range(k)):
                out.append(s)
        return out

    def __call__(self, doc: Doc) -> Doc:
        tv = TokenView(doc)
        n = tv.n
        # every title once, with its info and the extent of its whole phrase
        titles: list[tuple[Span, object, int, int]] = []
        for t in doc.spans.get("titles", ()):
            info = t._.title_info
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
                k = self._connector_len(tv, cur[3])
                nxt = (by_start.get(cur[3] + k) or by_phrase_start.get(cur[3] + k)) if k else None
                if nxt is None or nxt in out:
                    break
                out.append(nxt)
                cur = nxt
            cur = first
            while True:
                prev = next((by_phrase_end[s] for s in self._connector_before(tv, cur[2]) if s in by_phrase_end), None)
                if prev is None or prev in out:
                    break
                out.insert(0, prev)
                cur = prev
            return out

        for person in doc.spans.get("persons", ()):
            pinfo = person._.person_info
            att = Attribution()
            person._.attribution = att
            if pinfo is None or not pinfo.anchored:
                continue
            attached: list = []
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
            business = bool(attached)
            for t, info, _s, _e in attached:
                text = t.text
                if info is not None and info.former and text not in att.former_titles:
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
            if e + 1 < n and tv.lower(e) in ("of", "from"):
                k = e + 1 + (tv.lower(e + 1) == "the")
                if k in country_at:
                    att.country = att.country or country_at[k].kb_id_
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
            if pinfo.counterpart and att.country is None:
                att.country = self._counterpart_country(tv, person, country_at)
            # a title that names its state: "External Affairs" is India's
            if att.country is None:
                att.country = next((code for text in att.titles for key, code in self.title_countries if key in text), None)
        return doc

    @staticmethod
    def _counterpart_country(tv: TokenView, person: Span, country_at: dict[int, Span]) -> Optional[str]:
        for i in list(range(max(0, person.start - 5), person.start)) + list(range(person.end, min(tv.n, person.end + 6))):
            if tv.lower(i).startswith("counterpart"):
                for k in range(max(0, i - 3), i):
                    if k in country_at:
                        return country_at[k].kb_id_
        return None
