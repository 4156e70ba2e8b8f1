"""Merges the person mentions of one document into officials.

The clustering itself is :func:`dialogue_extract.resolve.resolve_mentions` (plain Python, usable
without spaCy); this component feeds it the mentions of ``doc.spans["persons"]`` with the
countries attribution found, keeps the clusters that something vouches for as officials, and
writes ``doc._.officials`` (a list of :class:`dialogue_extract.results.Official`).

A cluster is an official when one of its mentions carries a public title, a strong honorific
(H.E., Hon., Shri, Sheikh ...) or stands as someone's counterpart. A person known only by an
ordinary honorific (Mr, Dr) or only by an office of a company is not returned.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...organizations import names_international_body, with_canonical_bodies
from ...resolve import NameMention, resolve_mentions
from ...results import Mention, Official
from ..text import doc_text


@Language.factory("de_resolver", default_config={"fuzzy_threshold": 88, "set_ents": True})
def make_resolver(nlp: Language, name: str, fuzzy_threshold: int, set_ents: bool) -> "ResolverComponent":
    return ResolverComponent(fuzzy_threshold=fuzzy_threshold, set_ents=set_ents)


class ResolverComponent:
    def __init__(self, *, fuzzy_threshold: int = 88, set_ents: bool = True) -> None:
        self.fuzzy_threshold = fuzzy_threshold
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        # one record per person mention: (span, surface text, person info, attribution)
        records = [(sp, text[sp.start_char:sp.end_char], sp._.person_info, sp._.attribution)
                   for sp in doc.spans.get("persons", ())]
        officials: list[Official] = []
        kept: list[Span] = []
        if records:
            mentions = [NameMention(text=t, start=sp.start_char, end=sp.end_char,
                                    anchored=bool(info is not None and info.anchored),
                                    country=att.country if att is not None else None)
                        for sp, t, info, att in records]
            clusters = resolve_mentions(mentions, fuzzy_threshold=self.fuzzy_threshold)
            clusters = sorted(clusters, key=lambda c: min(mentions[i].start for i in c.members))
            home = doc._.home_country
            for cluster in clusters:
                members = [records[i] for i in sorted(cluster.members, key=lambda i: mentions[i].start)]
                official = self._official(cluster, members, f"P{len(officials) + 1}", home)
                if official is None:
                    continue
                officials.append(official)
                kept.extend(Span(doc, sp.start, sp.end, label="PERSON", kb_id=official.id) for sp, _t, _i, _a in members)
        doc.spans["persons"] = sorted(kept, key=lambda s: s.start)
        doc._.officials = officials
        if self.set_ents:
            self._set_ents(doc, kept)
        return doc

    @staticmethod
    def _official(cluster, members: list, ident: str, home: Optional[str] = None) -> Optional[Official]:
        infos = [(info, att) for _sp, _t, info, att in members]
        vouched = False
        titles: list[str] = []
        countries: Counter[str] = Counter()
        organization = None
        targets: set[str] = set()
        seen_titles: set[str] = set()  # case, "the" and the spelling of bodies do not make a new title
        for info, att in infos:
            if info is None:
                continue
            if info.anchored and ((att is not None and att.titles and not att.business_only)
                                  or info.strong_honorific or info.counterpart):
                vouched = True
            if att is None:
                continue
            if att.business_only:
                continue
            for t in att.titles:
                key = with_canonical_bodies(t).casefold().replace("the ", "")
                if key not in seen_titles:
                    seen_titles.add(key)
                    titles.append(t)
            if att.country:
                countries[att.country] += 1
            targets.update(att.target_countries)
            organization = organization or att.organization
        if not vouched:
            return None
        # no clue in the text: the release's home state (its dateline's, or the one it names most)
        # (never the state an ambassador is accredited to, nor for the staff of international bodies)
        if home in targets or (organization and names_international_body(organization)) \
                or any(names_international_body(t) for t in titles):
            home = None
        country = countries.most_common(1)[0][0] if countries else getattr(cluster, "country", None)
        inferred = country is None and home is not None
        country = country or home
        forms = []
        for _sp, t, _i, _a in members:
            if t != cluster.canonical and t not in forms:
                forms.append(t)
        return Official.model_construct(
            id=ident,
            name=cluster.canonical,
            aliases=forms,
            titles=titles,
            country=country,
            country_inferred=inferred,
            organization=organization,
            mentions=[Mention.trusted(t, sp.start_char, sp.end_char) for sp, t, _i, _a in members],
        )

    @staticmethod
    def _set_ents(doc: Doc, persons: list[Span]) -> None:
        """Fill ``doc.ents`` for displaCy: officials, countries, organisations, dates."""
        spans = list(persons)
        for key in ("countries", "organizations", "dates"):
            spans.extend(doc.spans.get(key, ()))
        doc.ents = filter_spans(spans)
