"""Speeches given abroad: the place the header puts the speech in, the hosts its salutation
addresses, and the speaker's own envoy and head of state."""
from __future__ import annotations

import pytest

from dialogue_extract.people.offices import header_place


@pytest.mark.parametrize("head, code", [
    ("Address by the Minister at the Lecture 2026, Singapore\n\n", "SGP"),
    ("Speech of the Ambassador at the National Day Reception\n\nNairobi, 3 March 2026\n\n", "KEN"),
    ("Embassy of the Republic of Chile – Canberra\nNews\n\n", "AUS"),
    ("Embassy of Brazil in Hanoi\n\n", "VNM"),
    ("Remarks at the Forum\n\n", None),
])
def test_the_place_a_header_puts_a_speech_in(head, code):
    assert header_place(head, {"Nairobi": "KEN", "Canberra": "AUS", "Hanoi": "VNM"}) == code


def officials(extractor, text):
    return {o.name: o for o in extractor.extract(text).officials}


def test_the_hosts_and_the_speakers_own_envoy_in_a_salutation(extractor):
    text = ("Ministry of Foreign Affairs of Mongolia\n\n"
            "Remarks by the Minister of Foreign Affairs at the Mongolia-Kenya Business Forum\n\n"
            "Nairobi, 3 March 2026\n\n"
            "Honourable Wanjiru Kamau, Cabinet Secretary for Trade,\n"
            "High Commissioner Bat-Erdene Dorj,\n"
            "Ladies and gentlemen,\n\n"
            "It is an honour to open this forum. Mongolia and Kenya have much to gain from trade.")
    got = officials(extractor, text)
    assert got["Wanjiru Kamau"].country == "KEN"  # the hosts'
    assert got["Bat-Erdene Dorj"].country == "MNG"  # the speaker's own envoy, posted there


def test_a_head_of_state_the_speech_put_with_its_home_stays_there(extractor):
    text = ("Ministry of Foreign Affairs of the Republic of Uzbekistan\n\n"
            "Remarks by the Deputy Minister at the Uzbekistan-Hungary Forum\n\n"
            "Budapest, 4 June 2026\n\n"
            "Dear friends,\n\n"
            "Under the leadership of President Shavkat Mirziyoyev, Uzbekistan has opened its economy. "
            "Trade with Hungary doubled last year.\n\n"
            "The agreements reached by President Shavkat Mirziyoyev and President Tamás Sulyok guide our work.")
    got = officials(extractor, text)
    assert got["Shavkat Mirziyoyev"].country == "UZB"
    assert got["Tamás Sulyok"].country == "HUN"
