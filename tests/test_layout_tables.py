"""Tables and pages of text taken from PDFs: rows whose cells wrap over several lines are read cell by
cell, a page's margin line numbers and repeated letterhead are page furniture, and every offset still
slices the input exactly."""
from __future__ import annotations

import pytest

import dialogue_extract as de
from dialogue_extract.pipeline.layout import blank_margin_numbers, layout_view
from dialogue_extract.pipeline.text import OffsetMap
from helpers import assert_offsets_slice

PIPES = """Brasília, 25 August 2026. The Presidents witnessed the signing of the following acts:

No.  | Act                                | Signatory - Chile                 | Signatory - Ghana
-----+------------------------------------+-----------------------------------+--------------------------------
1    | Memorandum of Understanding on     | Ignacio Valdivia Rojas,           | Kwame Owusu Boateng,
     | Technical Cooperation in Tropical  | Minister of Agriculture and       | Minister of Food and
     | Agriculture                        | Livestock                         | Agriculture
2    | Agreement on Defence Cooperation   | Camila Fuentes Araya              | Mr. Yaw Darko Mensah,
     |                                    | Minister of National Defence      | Chief Director, Ministry
     |                                    |                                   | of Defence
"""

COLUMNS = """Tokyo, 18 November 2025. The documents listed below were exchanged.

Name of document                      Exchanged by                           Description
1. Exchange of Notes concerning       (Japanese side)                        Provides a loan for
   the ODA Loan for the Urban         Mr. SAITO Kenta, Ambassador            the construction of
   Railway Project                    Extraordinary and Plenipotentiary      the railway line.
                                      (Philippine side)
                                      Ms. Maria Dolores Reyes, Secretary
                                      of Finance

2. Memorandum of Cooperation in       (Japanese side)                        Promotes joint
   the Field of Disaster Risk         Mr. ONO Takeshi, Minister of State     programmes and the
   Reduction                          for Disaster Management                training of experts.
                                      (Philippine side)
                                      Mr. Jose Ramon Lacson, Secretary of
                                      National Defense
"""


def officials(text: str) -> dict:
    result = de.extract(text)
    assert_offsets_slice(result, text)
    return {o.name: (o.country, o.titles) for o in result.officials}


def test_a_table_drawn_with_pipes_reads_each_cell_whole_with_its_side():
    got = officials(PIPES)
    assert got["Ignacio Valdivia Rojas"] == ("CHL", ["Minister of Agriculture and Livestock"])
    assert got["Kwame Owusu Boateng"] == ("GHA", ["Minister of Food and Agriculture"])
    # a name alone on its line, the office on the next: still the name and its office
    assert got["Camila Fuentes Araya"] == ("CHL", ["Minister of National Defence"])
    assert got["Yaw Darko Mensah"][0] == "GHA"
    assert got["Yaw Darko Mensah"][1][0].startswith("Chief Director")


def test_a_table_laid_out_in_columns_reads_each_cell_whole_and_its_side_labels():
    got = officials(COLUMNS)
    assert got["SAITO Kenta"][0] == "JPN" and got["SAITO Kenta"][1] == ["Ambassador Extraordinary and Plenipotentiary"]
    assert got["Maria Dolores Reyes"] == ("PHL", ["Secretary of Finance"])
    assert got["ONO Takeshi"][0] == "JPN"
    assert got["Jose Ramon Lacson"] == ("PHL", ["Secretary of National Defense"])


@pytest.mark.parametrize("text", [PIPES, COLUMNS])
def test_a_row_read_cell_by_cell_maps_every_character_back_once(text):
    view, offsets = layout_view(text)
    assert offsets is not None
    mapped = {}
    for v, ch in enumerate(view):
        if ch in " ,|\u00a6\n":
            continue
        o = offsets(v)
        assert text[o].casefold() == ch.casefold()
        assert o not in mapped, (v, mapped.get(o))
        mapped[o] = v
    # every letter of the text is read
    assert {o for o, ch in enumerate(text) if ch.isalnum()} <= set(mapped)


def test_a_span_over_a_jump_back_in_the_text_ends_with_its_first_piece():
    # view 0-4 read from text 10-14, view 5-9 from text 0-4
    omap = OffsetMap([0, 5], [10, -5])
    assert omap.span(1, 4) == (11, 14)
    assert omap.span(3, 8) == (13, 15)
    assert omap.span(6, 8) == (1, 3)


NUMBERED = "\n".join(f"{n:>3}  {line}" for n, line in enumerate([
    "Ministry of Foreign Affairs of Ruritania", "Press Release", "",
    "President Alma Kovac is receiving the Prime Minister of the Republic of",
    "Moldova, Ion Rusu Ciobanu, on an official visit from 3 to 5 May 2026. The",
    "two leaders will sign agreements on energy and on the recognition of",
    "diplomas. Foreign Minister Petar Ilic and his counterpart will hold talks",
    "on the same day. A joint press conference will follow the talks at the",
    "Presidential Palace.",
], start=1)) + "\n"


def test_margin_line_numbers_are_read_as_spaces():
    assert blank_margin_numbers(NUMBERED) != NUMBERED
    assert len(blank_margin_numbers(NUMBERED)) == len(NUMBERED)
    got = officials(NUMBERED)
    assert "Ion Rusu Ciobanu" in got


@pytest.mark.parametrize("text", [
    "1. The Ministers met in Lima.\n2. They agreed on trade.\n3. They will meet again.\n",
    "In 2025  the talks  resumed.\n",
    "Points:\n 1  first point of the list of the meeting\n 7  another point\n",
])
def test_numbered_paragraphs_and_numbers_in_sentences_stay(text):
    assert blank_margin_numbers(text) == text


def _row(cells: list[list[str]], widths=(8, 38, 36, 40)) -> str:
    """A table row laid out in columns, each cell's lines one under another."""
    n = max(len(c) for c in cells)
    return "\n".join("".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths)).rstrip()
                     for i in range(n)) + "\n"


def test_a_letterhead_repeated_after_a_page_break_is_page_furniture_and_the_table_reads_on():
    head = "                     Ministry of External Affairs\n                        Government of India\n\n"
    text = (head + "List of Outcomes: visit of the President of Ghana (4 May 2026)\n\n"
            + _row([["S.No."], ["Agreement / MoU"], ["Signed by Indian side"], ["Signed by Ghanaian side"]])
            + "-" * 100 + "\n"
            + _row([["1."], ["Memorandum of Understanding on", "Cooperation in Health"],
                    ["Shri Arun Mehta, Secretary,", "Ministry of Health"],
                    ["Mr. Kofi Adjei Mensah, Minister", "of Health"]])
            + "\nhttps://www.mea.gov.in" + " " * 50 + "Page 1 of 2\n\f" + head
            + _row([["2."], ["Memorandum of Understanding on", "Cooperation in Trade"],
                    ["Shri Ravi Shankar Rao, Secretary,", "Department of Commerce"],
                    ["Ms. Ama Serwaa Ofori, Deputy", "Minister of Trade and Industry"]])
            + "\nhttps://www.mea.gov.in" + " " * 50 + "Page 2 of 2\n")
    view, _ = layout_view(text)
    assert view.count("Ministry of External Affairs") == 1
    got = officials(text)
    assert got["Kofi Adjei Mensah"] == ("GHA", ["Minister of Health"])
    assert got["Ama Serwaa Ofori"] == ("GHA", ["Deputy Minister of Trade and Industry"])
    assert got["Ravi Shankar Rao"][0] == "IND"


def test_two_signatories_in_one_cell_stay_two_people():
    text = ("Tokyo, 18 November 2025. Documents signed between private companies on the same occasion:\n\n"
            + _row([["Memorandum of Understanding on a", "joint venture"],
                    ["Mr. Kenji Ishida, President and", "CEO, Hinode Electronics Corporation",
                     "Mr. Vo Quang Minh, Chairman, Saigon", "Technology Park Joint Stock Company"],
                    ["Construction of a back-end", "facility in 2028."]], widths=(38, 39, 40)))
    view, _ = layout_view(text)
    assert "President and CEO, Hinode Electronics Corporation \u00a6Mr. Vo Quang Minh, Chairman" in view
    assert officials(text) == {}


GRID = """Cairo, 16 February 2026. The two sides signed the following agreements:

+----+-----------------------------------+-----------------------------------+------------------------------------+
| #  | Document                          | Egyptian signatory                | Saudi signatory                    |
+====+===================================+===================================+====================================+
| 1  | Agreement on the Promotion and    | Hossam Eldin Farouk               | Eng. Fahad bin Saleh Al-Mutairi    |
|    | Reciprocal Protection of          | Minister of Investment and        | Minister of Investment             |
|    | Investments                       | Foreign Trade                     |                                    |
+----+-----------------------------------+-----------------------------------+------------------------------------+
"""


def test_a_grid_table_reads_each_cell_whole_with_its_side():
    got = officials(GRID)
    assert got["Hossam Eldin Farouk"] == ("EGY", ["Minister of Investment and Foreign Trade"])
    assert got["Fahad bin Saleh Al-Mutairi"] == ("SAU", ["Minister of Investment"])


def test_a_side_label_opening_a_signatory_line():
    text = ("New Delhi, 18 September 2025. The following outcomes were concluded.\n\n"
            "1. Memorandum of Understanding on the training of diplomats\n   Signed by:\n"
            "   Indian side: Shri Rohit Bhandari, Dean, Foreign Service Institute\n"
            "   Omani side: Dr. Aisha bint Salim Al Rawahi, Director General, Diplomatic Institute\n")
    got = officials(text)
    assert got["Aisha bint Salim Al Rawahi"][0] == "OMN" and got["Rohit Bhandari"][0] == "IND"


def test_a_side_label_after_its_signatory_closes_that_signatory_s_part_of_the_cell():
    text = ("Bangkok, 8 October 2026. The two Ministers witnessed the signing of the following documents:\n\n"
            "No.  Document                                      Signatories\n"
            "---  --------------------------------------------  ------------------------------------------------\n"
            "1    Protocol amending the Agreement on the        Mr. Anan Srisuwan\n"
            "     Cross-Border Transport of Goods               Director-General, Department of Land Transport\n"
            "                                                   (Thai side)\n"
            "                                                   H.E. Mr. Ouk Rithy\n"
            "                                                   Secretary of State, Ministry of Public Works\n"
            "                                                   (Cambodian side)\n\n"
            "2    Memorandum of Understanding on Labour         Mrs. Pimchanok Rattanawong\n"
            "     Cooperation                                   Permanent Secretary, Ministry of Labour\n"
            "                                                   (Thai side)\n"
            "                                                   H.E. Mr. Tep Sovann\n"
            "                                                   Secretary of State, Ministry of Labour\n"
            "                                                   (Cambodian side)\n")
    got = officials(text)
    assert {name: country for name, (country, _t) in got.items()} == {
        "Anan Srisuwan": "THA", "Ouk Rithy": "KHM", "Pimchanok Rattanawong": "THA", "Tep Sovann": "KHM"}


def test_a_table_copied_one_cell_a_line_keeps_a_signatory_who_signs_twice():
    rows = []
    for n, (doc, a, b) in enumerate([("MoU on Renewable Energy", "Sultan Khalifa Al Nuaimi, Minister of Energy and Infrastructure",
                                      "Haryo Budi Prasetyo, Minister of Energy and Mineral Resources"),
                                     ("MoU on Health", "Yousef Abdulla Al Hammadi, Minister of Health and Prevention",
                                      "Budi Hartanto, Minister of Health"),
                                     ("MoU on Ports", "Sultan Khalifa Al Nuaimi, Minister of Energy and Infrastructure",
                                      "Hendra Gunawan Siregar, Minister of Transportation")], start=1):
        rows += [str(n), doc, a, b]
    text = ("Abu Dhabi, 4 November 2026. The agreements exchanged were:\n\nNo.\nAgreement / MoU\nExchanged by (UAE)\n"
            "Exchanged by (Indonesia)\n" + "\n".join(rows) + "\n")
    got = officials(text)
    assert {name: country for name, (country, _t) in got.items()} == {
        "Sultan Khalifa Al Nuaimi": "ARE", "Haryo Budi Prasetyo": "IDN", "Yousef Abdulla Al Hammadi": "ARE",
        "Budi Hartanto": "IDN", "Hendra Gunawan Siregar": "IDN"}


def test_a_state_s_label_inside_a_cell():
    text = ("Berlin, 14 May 2026. The two leaders witnessed the signing of the following instruments:\n\n"
            "S/No  | INSTRUMENT                                     | SIGNATORIES\n"
            "------+------------------------------------------------+-----------------------------------------------\n"
            "1.    | Joint Declaration of Intent on a Partnership   | Kenya: Hon. Wanjiru Kamau-Odhiambo,\n"
            "      | on Green Hydrogen                              | Cabinet Secretary, Ministry of Energy\n"
            "      |                                                | Germany: Dr. Jörg Schellhaas, Parliamentary\n"
            "      |                                                | State Secretary, Federal Ministry for Economic\n"
            "      |                                                | Affairs and Energy\n")
    got = officials(text)
    assert got["Wanjiru Kamau-Odhiambo"][0] == "KEN" and got["Jörg Schellhaas"][0] == "DEU"


FLOWED_ROWS = """Ministry of Foreign Affairs
Lusaka, 9 March 2026

Instruments signed
No. Instrument Signed by Zambia Signed by Malawi
1 Agreement on Road Transport Mr. Chanda Mwale, Minister for Transport H.E.
Tiwonge Banda, Minister of Transport and Public Works
2 MoU on Fisheries Cooperation Dr. Mutinta Hamoonga, Minister for Fisheries H.E. Grace
Phiri, Minister of Natural Resources
"""


def test_a_table_row_run_onto_one_line_gives_each_signatory_their_own_office(extractor):
    """Two signatories' cells flattened onto one line, "N1, T1 N2, T2": T1 is N1's, not N2's
    (the row's number is bare, so the line is no headline either)."""
    got = {o.name: o.titles for o in extractor.extract(FLOWED_ROWS).officials}
    assert got["Chanda Mwale"] == ["Minister for Transport"]
    assert got["Tiwonge Banda"] == ["Minister of Transport and Public Works"]
    assert got["Mutinta Hamoonga"] == ["Minister for Fisheries"]


@pytest.mark.parametrize("text, name, titles", [
    # a list of offices before names keeps each office with the name after it
    ("Lusaka, 9 March 2026. He met Prime Minister Ana Roe, Foreign Minister Ben Doe, Defence Minister Cy Poe.",
     "Ben Doe", ["Foreign Minister"]),
    ("Lusaka, 9 March 2026. The talks were attended by Mr. Ian Lowe, Foreign Minister Kofi Mensah, and others.",
     "Kofi Mensah", ["Foreign Minister"]),
])
def test_offices_before_names_in_running_text_stay_with_the_name_after(extractor, text, name, titles):
    assert {o.name: o.titles for o in extractor.extract(text).officials}[name] == titles


FLOWED_ACROSS_PAGES = """Ministry of Foreign Affairs
Lusaka, 9 March 2026

1. The two Presidents held talks on trade and energy.

Instruments signed
No. Instrument Exchanged from Zambian side Exchanged from Malawian side
1 Agreement on Road Transport Mr. Chanda Mwale, Minister for Transport H.E.
Tiwonge Banda, Minister of Transport and Public Works

                              - Page 1 of 2 -
Ministry of Foreign Affairs, Republic of Zambia

2 MoU on Fisheries Cooperation Dr. Mutinta Hamoonga, Minister for Fisheries H.E. Grace
Phiri, Minister of Natural Resources

III. Other outcomes

3. President Hakainde Hichilema thanked President Lazarus Chakwera for the visit, and the Minister
of Finance, Mr. Situmbeko Musokotwane, briefed the press.
"""


def test_a_flattened_table_under_a_header_naming_its_sides_gives_each_column_its_state(extractor):
    got = {o.name: o for o in extractor.extract(FLOWED_ACROSS_PAGES).officials}
    assert got["Tiwonge Banda"].country == "MWI" and got["Tiwonge Banda"].country_source == "sides"
    assert got["Chanda Mwale"].country == "ZMB"
    assert got["Mutinta Hamoonga"].country == "ZMB"  # (the row after the page's footer and header)
    # a numbered paragraph after the table is no row of it
    assert got["Situmbeko Musokotwane"].country_source != "sides"


GLUED = """Tashkent, 12 May 2026

No. Document Signed from the Uzbek side Signed from the Korean side
1. Agreement on Investments B.Tursunov, Minister of FinanceLee Jae-won, Minister of Economy
and Finance
2. MoU on Health Cooperation Mr. Alisher Karimov, Minister of HealthDr. Choi Min-seo, Minister
of Health and Welfare
"""


def test_columns_run_together_are_read_apart_and_map_back_exactly():
    view, offsets = layout_view(GLUED)
    assert "Finance Lee Jae-won" in view and "Health Dr. Choi" in view and "B. Tursunov" in view
    assert offsets is not None
    for name in ("Lee Jae-won", "Choi Min-seo", "Tursunov", "Alisher Karimov"):
        at = view.index(name)
        start, end = offsets.span(at, at + len(name))
        assert GLUED[start:end] == name


@pytest.mark.parametrize("line", [
    "Talks with McDonald and DeSantis at the PetroChina office on the iPhone deal.",
    "The MacArthur Foundation and LaGuardia airport, J.R.R. Tolkien, U.S.A. and St. Lucia.",
])
def test_words_written_with_inner_capitals_stay_whole(line):
    text = f"Lima, 3 May 2026\n\n{line}\n\nThe ministers met."
    view, _ = layout_view(text)
    assert line in view


def test_signatories_of_columns_run_together_are_found_with_their_offices(extractor):
    got = {o.name: o for o in extractor.extract(GLUED).officials}
    assert got["Lee Jae-won"].titles == ["Minister of Economy and Finance"]
    assert got["Lee Jae-won"].country == "KOR"
    assert got["B. Tursunov"].titles == ["Minister of Finance"]
    assert got["Choi Min-seo"].country == "KOR" and got["Alisher Karimov"].country == "UZB"
    result = extractor.extract(GLUED)
    assert_offsets_slice(result, GLUED)


WRAPPED_CELLS = """Lusaka, 9 March 2026

No. Instrument Signed by Zambia Signed by Malawi
1 MoU on Standards between the two bureaus of standards Mr. Chanda Mwale, Director-General, ZABS Dr.
Thoko Banda, Director-General, MBS
2 MoU on Technical and Vocational Training and Skills Development Hon. Mutinta
Hamoonga Chileshe, Minister of Education Hon. Grace Phiri, Minister of Labour
"""


def test_a_name_cut_by_a_row_wrap_and_a_body_closing_a_row(extractor):
    got = {o.name: o for o in extractor.extract(WRAPPED_CELLS).officials}
    # "Hon. Mutinta\\nHamoonga Chileshe, Minister": the name goes on past the line's end
    assert got["Mutinta Hamoonga Chileshe"].titles == ["Minister of Education"]
    # "Director-General, ZABS Dr.\\nThoko Banda, Director-General, MBS": each keeps their own office
    assert got["Chanda Mwale"].titles == ["Director-General"]
    assert got["Thoko Banda"].titles == ["Director-General"] and got["Thoko Banda"].country == "MWI"
    assert "Hamoonga" not in got
