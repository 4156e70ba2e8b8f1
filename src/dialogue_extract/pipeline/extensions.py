"""Every custom attribute the pipeline sets, registered once here, on import.

All names carry the ``de_`` prefix so that they never collide with another package's extensions
when the components are added to someone else's pipeline.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    # datetime.date or None: what relative dates are resolved against
    "de_reference_date": None,
    # "argument" (given by the caller), "dateline" (read from the release) or None
    "de_reference_date_source": None,
    # alpha-3 of the state the release speaks for (its dateline, else its most named state),
    # set by the attribution component
    "de_home_country": None,
    # where de_home_country came from: "header" (the issuing body or the dateline's place) or
    # "home_state" (the state the release names most), set by the attribution component
    "de_home_country_source": None,
    # list of (start character, alpha-3): where a later story of the page opens with a dateline of
    # its own ("RIYADH, Oct 21 (SPA): ..." under a first story) and that dateline's state, the home
    # of the officials first named in it; set by the attribution component
    "de_story_homes": (),
    # True when the release is an international body's (its masthead names the body), set by the
    # attribution component: its staff are given no state by guess
    "de_issuer_international": False,
    # True when the home state is the state of the issuing body the header names ("Ministry of
    # Foreign Affairs of X"), not a dateline's place, set by the attribution component
    "de_home_issuer": False,
    # True when the release is about its own official's visit or travel abroad (its header or
    # opening says so, or its dateline is abroad), set by the attribution component: an official named by title only meets the hosts
    "de_visit_abroad": False,
    # alpha-3 of the one state that trip goes to (None: no trip, or to several), set with de_visit_abroad
    "de_visit_destination": None,
    # list[dialogue_extract.people.OfficialInfo] (typed plain data; the extractor makes the public
    # Official of each), set by the officials component
    "de_officials": None,
}

SPAN_EXTENSIONS = {
    # TitleInfo of a title span, set by the titles component
    "de_title_info": None,
    # PersonInfo of a person span, set by the persons component
    "de_person_info": None,
    # Attribution (titles, country, organisation) of a person span, set by the attribution component
    "de_attribution": None,
    # dialogue_extract.dates.DateInfo (ISO value(s), how they were resolved) of a date span,
    # set by the dates component
    "de_date_info": None,
    # SectorEvidence (label, licensing frame, cue token range) of a sector span, set by the sectors component
    "de_sector_evidence": None,
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()


def span_value(span: Span, name: str):
    """``span._.<name>`` for one of the span extensions above (plain values, default None),
    read without making spaCy's ``Underscore`` object: the components read them by the
    hundred per document. spaCy keeps a span's value in ``doc.user_data`` under this key."""
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))


def set_span_value(span: Span, name: str, value) -> None:
    """``span._.<name> = value`` (see :func:`span_value`)."""
    span.doc.user_data[("._.", name, span.start_char, span.end_char)] = value


def doc_value(doc: Doc, name: str):
    """``doc._.<name>`` for one of the Doc extensions above, read without making spaCy's
    ``Underscore`` object (spaCy keeps the value in ``doc.user_data`` under this key; the
    extension's default when none was set)."""
    return doc.user_data.get(("._.", name, None, None), DOC_EXTENSIONS[name])


def set_doc_value(doc: Doc, name: str, value) -> None:
    """``doc._.<name> = value`` (see :func:`doc_value`)."""
    doc.user_data[("._.", name, None, None)] = value
