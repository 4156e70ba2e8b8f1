"""Pages that carry more than one story: a later story that opens with a dateline of its own is the
home of the officials it first names."""
from __future__ import annotations

import pytest

import dialogue_extract as de


def officials(extractor, text):
    return {o.name: o for o in extractor.extract(text).officials}


@pytest.mark.parametrize("second_dateline, code", [
    ("HANOI, March 4 (VNA) -", "VNM"),
    ("Nairobi, 4 March 2026 -", "KEN"),
    ("ASTANA, 04.03.2026 /Kazinform/ -", "KAZ"),
])
def test_a_later_story_with_its_own_dateline_is_the_home_of_its_officials(extractor, second_dateline, code):
    text = ("Lima, 4 March 2026 - Deputy Minister Arun Vale received Vice Minister Tomas Ibarra of Chile. Peru and "
            "Peru's people welcomed Chile.\n\nTalks on rail in the second capital\n\n" + second_dateline +
            " Deputy Foreign Minister Rosa Mendel met the visiting Chilean envoy. Both sides agreed to meet again.")
    got = officials(extractor, text)
    assert got["Arun Vale"].country == "PER"
    assert (got["Rosa Mendel"].country, got["Rosa Mendel"].country_source) == (code, "header")


def test_a_paragraph_opening_with_a_place_but_no_date_is_no_new_story(extractor):
    text = ("Lima, 4 March 2026 - Deputy Minister Arun Vale received Vice Minister Tomas Ibarra of Chile. Peru and "
            "Peru's people welcomed Chile.\n\nNairobi: Deputy Foreign Minister Rosa Mendel will host the next round, "
            "the ministry said.")
    assert officials(extractor, text)["Rosa Mendel"].country == "PER"


@pytest.mark.parametrize("dateline, code", [
    ("APA-Dakar (Senegal) -", "SEN"),
    ("MAP-Rabat -", "MAR"),
])
def test_an_agencys_initials_joined_to_the_place_open_a_dateline(extractor, dateline, code):
    text = dateline + (" Deputy Minister Arun Vale received Vice Minister Tomas Ibarra of Chile. Chile and "
                       "Chile welcomed it.")
    got = officials(extractor, text)
    assert (got["Arun Vale"].country, got["Arun Vale"].country_source) == (code, "header")


@pytest.mark.parametrize("passive", [
    "the Chilean envoy was received at the ministry by Deputy Minister Arun Vale",
    "the Chilean envoy had been welcomed in the capital by Deputy Minister Arun Vale",
])
def test_he_after_a_passive_is_not_its_agent(extractor, passive):
    text = ("Nairobi, 4 March 2026 - Kenya and Chile agreed on a consulate. On Tuesday, " + passive +
            ". He also met Principal Secretary Jane Wambui. Kenya welcomed Chile.")
    got = officials(extractor, text)
    assert got["Jane Wambui"].country == "KEN"


@pytest.mark.parametrize("place, code", [("Dar es Salaam", "TZA"), ("Kampala", "UGA")])
def test_a_place_and_a_full_stop_before_the_first_sentence_is_a_dateline(extractor, place, code):
    # as East African papers date a story: "Kampala. The Minister ..."
    text = (f"Trade minister flies in\n\nBy Staff Reporter\n\n{place}. Türkiye's Minister of Trade, Kaan Demirel, "
            "is in the country for a three-day visit. He held talks with the Minister for Energy, Baraka Mushi. "
            "Türkiye and its firms want a bigger role in Türkiye's projects.")
    got = officials(extractor, text)
    assert (got["Baraka Mushi"].country, got["Kaan Demirel"].country) == (code, "TUR")


def test_the_items_of_a_body_s_bulletin_are_its_own_wherever_they_are_datelined():
    text = ("Embassy of the Republic of the Philippines\nSeoul, Republic of Korea\n\nEMBASSY NEWSLETTER\n"
            "Issue 10 | 13 March 2026\n\nHere are the highlights of the Embassy's activities this week.\n\n"
            "-----\n\nCONSULAR OUTREACH IN INCHEON\n\nINCHEON, 12 March 2026 — The consular team, together with "
            "the Migrant Workers Office headed by Labor Attaché Jocelyn P. Manalastas, served more than 300 "
            "Filipinos at the community centre.\n\n-----\n\nSPACE AGENCY DELEGATION IN DAEJEON\n\n"
            "DAEJEON, 11 March 2026 — Deputy Director General Marlon I. Reyes held technical meetings on "
            "satellite data sharing.\n")
    got = {o.name: o.country for o in de.extract(text).officials}
    assert got == {"Jocelyn P. Manalastas": "PHL", "Marlon I. Reyes": "PHL"}


def test_a_later_storys_co_chairs_face_the_state_of_its_own_dateline(extractor):
    # the foreign co-chair's state puts the other co-chair on the side of the story's own home,
    # not of the page's first story
    text = ("DOHA, May 19 (QNA) -- Qatar and Rwanda signed an air services agreement. Minister of State "
            "Khalid Al-Misnad met Minister of Foreign Affairs Patrick Habineza of Rwanda.\n\n* * *\n\n"
            "Saudi Arabia, Korea eye ammonia cargo\n\nRIYADH, May 20 (SPA) -- Saudi Arabia and Korea agreed to "
            "ship clean ammonia. The meeting was co-chaired by Assistant Minister of Energy Nasser Al-Qahtani "
            "and Korea's Vice Minister of Energy Lee Sang-woo. Korea and Saudi Arabia will meet in Seoul.")
    got = officials(extractor, text)
    assert got["Khalid Al-Misnad"].country == "QAT"
    assert got["Nasser Al-Qahtani"].country == "SAU" and got["Lee Sang-woo"].country == "KOR"


DIGEST = """Diplomatic digest

WASHINGTON (State Department, March 3)
Readout of the Secretary's Call with Foreign Minister Ana Roe of Chile
Deputy Secretary Tom Hale called Chile's Foreign Minister Ana Roe today to discuss lithium supply chains, trade and regional security in the hemisphere, and they agreed to meet in Santiago in April.

BERLIN (Federal Foreign Office, March 4)
Government spokesman Lars Vogt issued a statement on the talks with the Nigerian delegation.
"""


def test_a_digest_of_readouts_each_under_its_own_source_and_date(extractor):
    got = officials(extractor, DIGEST)
    # "BERLIN (Federal Foreign Office, March 4)": a story of its own, with its own home
    assert got["Lars Vogt"].country == "DEU"
    # a heading over a paragraph written on one long line is no wrapped line of it
    assert got["Tom Hale"].country == "USA" and got["Ana Roe"].country == "CHL"
