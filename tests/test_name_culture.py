"""How a name reads: the state whose people's names it resembles (people.name_culture), and its use for
an official the release gives only the home state's guess."""
from __future__ import annotations

import pytest

import dialogue_extract as de
from dialogue_extract.people.info import OfficialInfo
from dialogue_extract.people.name_culture import NameCultures, culture_states

# a sample of invented names of three states
ROWS = ([{"name": n, "country": "VNM"} for n in ("Nguyen Van Long", "Tran Thi Mai", "Pham Van Dung", "Le Thi Hoa",
                                                  "Hoang Van Nam", "Vu Duc Thang", "Bui Thanh Tung", "Do Van Hai")]
        + [{"name": n, "country": "KOR"} for n in ("Kim Min-jun", "Park Ji-hoon", "Lee Seo-yeon", "Choi Hyun-woo",
                                                    "Jung Soo-min", "Kang Dong-won", "Yoon Ji-ho", "Cho Eun-ji")]
        + [{"name": n, "country": "DEU"} for n in ("Markus Schneider", "Katrin Hoffmann", "Stefan Becker",
                                                    "Julia Wagner", "Thomas Fischer", "Sabine Schulz",
                                                    "Andreas Weber", "Claudia Meyer")])


@pytest.fixture(scope="module")
def cultures():
    return NameCultures(ROWS, margin=0.5)


@pytest.fixture(scope="module")
def shipped():
    from dialogue_extract.data import data_path
    from dialogue_extract.people.name_culture import load_cultures

    return load_cultures(str(data_path("officeholders.tsv")))


@pytest.mark.parametrize("name, home, others, expected", [
    ("Nguyễn Thị Thu Hà", "FRA", ["VNM"], "VNM"),
    ("Choi Hyun-woo", "MEX", ["KOR", "USA"], "KOR"),
    # names of one region read alike: they stay
    ("Ahmad Fauzi bin Rahman", "IDN", ["MYS"], None),
    ("María José Fuenzalida", "CHL", ["ESP", "ARG"], None),
    ("Nguyễn Thị Thu Hà", "VNM", ["FRA"], None),
])
def test_reads_as_with_the_shipped_sample(shipped, name, home, others, expected):
    assert shipped.reads_as(name, home, others) == expected


@pytest.mark.parametrize("name, home, others, expected", [
    ("Nguyen Thi Lan", "DEU", ["VNM", "KOR"], "VNM"),
    ("Park Min-ho", "DEU", ["KOR"], "KOR"),
    ("Petra Schneider", "VNM", ["DEU"], "DEU"),
    # a name that reads as the home state's stays
    ("Jürgen Becker", "DEU", ["VNM", "KOR"], None),
    # no other state named: nowhere to go
    ("Nguyen Thi Lan", "DEU", [], None),
    # a state with no sample is never chosen
    ("Nguyen Thi Lan", "DEU", ["FRA"], None),
])
def test_reads_as(cultures, name, home, others, expected):
    assert cultures.reads_as(name, home, others) == expected


def test_only_a_guess_moves_and_stays_a_guess(cultures):
    guessed = OfficialInfo(id="P1", name="Tran Van Binh", country="DEU", country_inferred=True, country_source="header")
    stated = OfficialInfo(id="P2", name="Le Van Phuc", country="DEU", country_inferred=False, country_source="title")
    culture_states([guessed, stated], cultures, ["DEU", "VNM"])
    assert (guessed.country, guessed.country_inferred, guessed.country_source) == ("VNM", True, "name")
    assert (stated.country, stated.country_source) == ("DEU", "title")


def test_the_pipeline_moves_a_guessed_official_whose_name_reads_as_the_other_states(extractor):
    text = ("Kuala Lumpur, 3 May 2025 - The Joint Commission between Malaysia and Viet Nam met today. The "
            "documents were signed by Tran Quoc Hung and Nguyen Thi Thu Ha. Malaysia and Malaysia's partners "
            "welcomed the meeting, Malaysia said.")
    got = {o.name: o for o in extractor.extract(text).officials if o.country_source in ("name", "header")}
    assert all(o.country == "VNM" and o.country_inferred for o in got.values() if o.country_source == "name")


def test_name_cultures_can_be_switched_off():
    nlp = de.load(overrides={"components.officials.name_cultures": False})
    assert de.Extractor(nlp).nlp.get_pipe("officials").cultures is None


@pytest.mark.parametrize("first, second, first_state, second_state, expected", [
    ("Kim Dong-hyuk", "Nguyen Van Phuc", "VNM", "KOR", True),    # the guest named first
    ("Tran Thi Lan", "Park Se-jin", "VNM", "KOR", False),        # the order the text gives
    ("Katrin Vogel", "Lee Min-ho", "DEU", "KOR", False),
    ("Jung Hae-won", "Stefan Krause", "DEU", "KOR", True),
])
def test_a_pair_of_names_read_the_other_way_round(cultures, first, second, first_state, second_state, expected):
    assert cultures.pair_reversed(first, second, first_state, second_state) is expected


def test_names_of_one_region_keep_the_order_of_the_text(shipped):
    assert not shipped.pair_reversed("Rui Almeida", "Diego Fernández", "BRA", "ARG")
    assert not shipped.pair_reversed("Ahmad Fauzi", "Muhammad Rizal", "IDN", "MYS")


def test_signatories_named_guest_first_take_the_sides_their_names_read(extractor):
    text = ("Ministry of Foreign Affairs, Islamabad\n\nIslamabad, 7 June 2025\n\nPrime Minister of Pakistan and Premier "
            "of China witnessed the signing in Beijing.\n\n1. MoU on Trade\nSigned by: Mr. Wang Jianguo, Minister of "
            "Commerce, and Mr. Tariq Mehmood Awan, Federal Minister for Commerce\n\n2. MoU on Railways\nSigned by: "
            "Mr. Bilal Ahmed Qureshi, Federal Minister for Railways, and Ms. Liu Xiaoyan, Administrator of Railways\n")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Wang Jianguo"] == "CHN" and got["Tariq Mehmood Awan"] == "PAK"
    assert got["Bilal Ahmed Qureshi"] == "PAK" and got["Liu Xiaoyan"] == "CHN"
