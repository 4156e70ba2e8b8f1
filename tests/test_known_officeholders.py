"""The table of known officeholders: which names it matches, and what it gives an official whose state
the text does not state. The table here is written for the tests (invented people); the shipped one is
only checked for its form."""
from __future__ import annotations

import pytest

import dialogue_extract as de
from dialogue_extract.countries import is_country_code
from dialogue_extract.data import data_path, read_tsv
from dialogue_extract.people.known import KnownOfficeholders, name_key

ROWS = [
    {"name": "Arturo Belmonte Ruiz", "aliases": "Arturo Belmonte", "country": "CHL", "title": "President",
     "start": "2018", "end": "2022"},
    {"name": "Kenta Morishima", "aliases": "", "country": "JPN", "title": "Minister for Foreign Affairs",
     "start": "2021", "end": ""},
    {"name": "Amani Wekesa", "aliases": "Wekesa Amani", "country": "KEN", "title": "Prime Minister",
     "start": "2016", "end": "2019"},
    {"name": "Joaquim Tavares", "aliases": "Tavares|Quim", "country": "CPV", "title": "President",
     "start": "2020", "end": ""},
    # one person serving a state, then an international body
    {"name": "Halima Ouedraogo Sana", "aliases": "", "country": "BFA", "title": "Minister of Foreign Affairs",
     "start": "2015", "end": "2019"},
    {"name": "Halima Ouedraogo Sana", "aliases": "", "country": "", "title": "Secretary-General of the Union",
     "start": "2020", "end": ""},
    # two people of one family name in two states
    {"name": "Tomas Lind", "aliases": "", "country": "SWE", "title": "Prime Minister", "start": "2015", "end": ""},
    {"name": "Erik Lind", "aliases": "", "country": "NOR", "title": "Prime Minister", "start": "2015", "end": ""},
]


@pytest.fixture(scope="module")
def table():
    return KnownOfficeholders(ROWS)


@pytest.mark.parametrize("forms, titles, year, state", [
    (["Arturo Belmonte Ruiz"], [], 2020, "CHL"),
    (["Arturo Belmonte"], ["President"], None, "CHL"),
    # case, accents, initials and forms of address do not count
    (["H.E. Mr. ARTURO BELMONTE RUÍZ"], [], None, "CHL"),
    (["Kenta J. Morishima"], ["Foreign Minister"], 2023, "JPN"),
    # a name of two words in either order
    (["MORISHIMA Kenta"], [], None, "JPN"),
    # a whole name of three words is enough whatever the office ...
    (["Arturo Belmonte Ruiz"], ["Ambassador"], 2030, "CHL"),
    # ... of two words, the office must be one of the person's
    (["Kenta Morishima"], ["Ambassador"], 2023, None),
    # a single word: a listed alias or the family name, with the person's office at the date
    (["Tavares"], ["President"], 2024, "CPV"),
    (["Quim"], ["President"], 2024, "CPV"),
    (["Morishima"], ["Foreign Minister"], 2024, "JPN"),
    (["Morishima"], [], 2024, None),
    (["Morishima"], ["Foreign Minister"], 2015, None),
    (["Wekesa"], ["Prime Minister"], 2017, "KEN"),
    # a fuller name the table does not hold is someone else's, whatever its family name
    (["Carla Morishima"], ["Foreign Minister"], 2024, None),
    # a family name two states' leaders share says nothing
    (["Lind"], ["Prime Minister"], 2020, None),
    (["Tomas Lind"], ["Prime Minister"], 2020, "SWE"),
])
def test_lookup(table, forms, titles, year, state):
    person = table.lookup(forms, titles, year)
    assert (person[1] if person else None) == state


@pytest.mark.parametrize("year, served", [(2017, ("Halima Ouedraogo Sana", "BFA")),
                                          (2023, ("Halima Ouedraogo Sana", None)),
                                          (None, None)])
def test_one_person_of_a_state_then_of_an_international_body_is_read_at_the_date(table, year, served):
    assert table.lookup(["Halima Ouedraogo Sana"], [], year) == served


@pytest.mark.parametrize("form, key", [
    ("H.E. Sheikh Ahmed bin Ali", "ahmed bin ali"),
    ("Mr. Jean-Yves  Le Drian", "jean yves le drian"),
    ("Ferdinand R. Marcos Jr.", "ferdinand marcos jr"),
])
def test_name_key(form, key):
    assert name_key(form) == key


def test_the_shipped_table_is_well_formed():
    rows = read_tsv(data_path("officeholders.tsv"), columns=("name", "aliases", "country", "title", "start", "end"))
    assert len(rows) > 1500
    for row in rows:
        assert row["name"] and row["title"], row
        assert not row["country"] or is_country_code(row["country"]), row
        for key in ("start", "end"):
            assert not row[key] or (row[key].isdigit() and len(row[key]) == 4), row
        assert not (row["start"] and row["end"]) or row["start"] <= row["end"], row


# a release of one state naming another's leader in passing (the table's real entries)
PASSING = ("Nairobi, 12 May 2023 - Foreign Minister Maria Otieno received the Ambassador of Japan, Kenji Sato, "
           "and conveyed the greetings of President Ruto to Prime Minister Kishida. Kenya and Japan agreed to "
           "deepen trade. Kenya will host the next round.")


def test_a_leader_named_in_passing_takes_the_state_the_table_gives(extractor):
    got = {o.name: o for o in extractor.extract(PASSING, reference_date="2023-05-12").officials}
    assert (got["Kishida"].country, got["Kishida"].country_source) == ("JPN", "known")
    assert not got["Kishida"].country_inferred
    assert got["Ruto"].country == "KEN"
    assert got["Kenji Sato"].country == "JPN"


def test_the_text_wins_over_the_table(extractor):
    text = ("Tokyo, 3 March 2024 - Prime Minister Kishida of Peru met the visiting delegation. "
            "Japan and Japan's partners welcomed the visit.")
    got = {o.name: o for o in extractor.extract(text, reference_date="2024-03-03").officials}
    assert (got["Kishida"].country, got["Kishida"].country_source) == ("PER", "title")


def test_the_table_can_be_switched_off():
    nlp = de.load(overrides={"components.officials.known_officeholders_path": ""})
    got = {o.name: o for o in de.Extractor(nlp).extract(PASSING, reference_date="2023-05-12").officials}
    assert got["Kishida"].country_source != "known"


def _official(ident, name, titles, country=None, inferred=False, start=0):
    from dialogue_extract.people.info import MentionSpan, OfficialInfo
    return OfficialInfo(id=ident, name=name, titles=list(titles), country=country, country_inferred=inferred,
                        mentions=[MentionSpan(name, start, start + len(name))])


def test_one_known_person_under_a_listed_alias_and_the_name_is_one_official(table):
    from dialogue_extract.people.known import merge_known_forms
    officials = [_official("P1", "Quim", ["President"], "PRT", inferred=True, start=10),
                 _official("P2", "Ana Roe", ["Minister"], "CPV", start=40),
                 _official("P3", "Joaquim Tavares", ["President"], start=80)]
    joined = merge_known_forms(officials, table, 2024)
    assert joined == {"P3": "P1"} and [o.id for o in officials] == ["P1", "P2"]
    quim = officials[0]
    assert quim.name == "Joaquim Tavares" and "Quim" in quim.aliases and quim.country == "CPV"
    assert [m.start for m in quim.mentions] == [10, 80]


def test_officials_the_text_gives_other_states_are_not_joined(table):
    from dialogue_extract.people.known import merge_known_forms
    officials = [_official("P1", "Quim", ["President"], "PRT"), _official("P2", "Joaquim Tavares", ["President"], "CPV")]
    assert merge_known_forms(officials, table, 2024) == {} and len(officials) == 2


def test_a_leaders_nickname_and_name_in_one_release_are_one_official(extractor):
    text = ("Canberra, 12 November 2019\n\nPrime Minister Scott Morrison met President Joko Widodo of Indonesia "
            "in Bangkok. Later, President Jokowi and the Prime Minister agreed to finish the trade deal.")
    got = extractor.extract(text)
    widodo = [o for o in got.officials if o.name == "Joko Widodo"]
    assert len(widodo) == 1 and {m.text for m in widodo[0].mentions} == {"Joko Widodo", "Jokowi"}
    assert [o.id for o in got.officials] == [f"P{n}" for n in range(1, len(got.officials) + 1)]
