"""Layouts that name the release's home state apart from its text: an issuing body over its state's line,
a national body of one state, a visit's host behind a long title."""
from __future__ import annotations

import pytest


def officials(extractor, text):
    return {o.name: o for o in extractor.extract(text).officials}


@pytest.mark.parametrize("header, code", [
    ("MINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n\nPRESS RELEASE\n\n", "SGP"),
    ("Ministry of Foreign Affairs\nThe Republic of Korea\n\n", "KOR"),
    ("Department of Foreign Affairs and Trade\n\n", "AUS"),
])
def test_issuing_body_with_its_state_on_the_line_under_it(extractor, header, code):
    text = header + ("Vice Minister Arun Vale made an official visit to the Socialist Republic of Viet Nam from "
                     "3 to 5 March at the invitation of Deputy Prime Minister and Minister of Foreign Affairs "
                     "Bui Thanh Son. Viet Nam and Viet Nam.")
    got = officials(extractor, text)
    assert got["Arun Vale"].country == code and got["Arun Vale"].country_source == "header"
    assert got["Bui Thanh Son"].country == "VNM"
