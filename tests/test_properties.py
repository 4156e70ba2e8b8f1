"""Invariants checked on generated text (hypothesis)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dialogue_extract as de
from dialogue_extract.sectors import SECTOR_IDS
from helpers import assert_offsets_slice

WORDS = [
    "Foreign", "Minister", "Secretary", "(East)", "Prime", "External", "Affairs", "Ambassador", "to",
    "India", "Japan", "ROK", "Korean", "Indian", "the", "of", "and", "met", "said", "on", "Friday",
    "February", "12-13", "2026", "from", "2015", "to", "2017", "AI", "semiconductors", "defence",
    "Mr.", "H.E.", "Dr.", "Shri", "P.", "Kumar", "Park", "Yoon-joo", "Cho", "Hyun", "Nguyễn", "Thị",
    "Al", "bin", "Saud", ",", ".", ":", "\n", "\n\n", "Reader", "Comments", "Share", "this", "article",
    "counterpart", "his", "Jr.", "KIM", "Sato", "Viet", "Nam", "today", "last", "year", "—", "’s",
]

texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.text(max_size=300),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offsets_slice_the_input(text):
    ex = de.extract(text, reference_date="2026-02-14")
    assert_offsets_slice(ex, text)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_codes_and_ids_are_valid(text):
    import pycountry

    ex = de.extract(text, reference_date="2026-02-14")
    for c in ex.countries:
        assert pycountry.countries.get(alpha_3=c.code) is not None
    for o in ex.officials:
        assert o.country is None or pycountry.countries.get(alpha_3=o.country) is not None
        assert o.mentions, "an official always has a mention"
    assert {s.id for s in ex.sectors} <= set(SECTOR_IDS)
    assert len({o.id for o in ex.officials}) == len(ex.officials)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_every_mention_belongs_to_one_official(text):
    ex = de.extract(text, reference_date="2026-02-14")
    spans = [(m.start, m.end) for o in ex.officials for m in o.mentions]
    assert len(spans) == len(set(spans))
