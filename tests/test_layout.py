"""The layout view: wrapped lines, hyphenation, page furniture and leftover markup are normalised
for recognition, and every reported offset still slices the input exactly."""
from __future__ import annotations

import textwrap

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import dialogue_extract as de
from dialogue_extract.pipeline.layout import layout_view
from helpers import assert_offsets_slice

RELEASE = (
    "At the invitation of the Prime Minister of India, Shri Mahendra Rawat, the President of the "
    "Republic of Chile, H.E. Mr. Tomás Ignacio Valdés Aránguiz, paid a State Visit to India on "
    "2 April 2025. He was accompanied by the Minister of Foreign Affairs, Mr. Rodrigo Fuenzalida. "
    "The leaders agreed to deepen cooperation in critical minerals and renewable energy. The Deputy "
    "Secretary General for Economic and Global Issues, Ms. Anna Lindqvist, also attended."
)


def check_offsets(text: str) -> de.Extraction:
    ex = de.extract(text, reference_date="2025-04-03")
    assert_offsets_slice(ex, text)
    assert ex.text == text
    return ex


def hyphenate(text: str, width: int) -> str:
    """Hard-wrap at ``width`` and hyphenate the long words that cross a line end."""
    out, line = [], ""
    for word in text.split(" "):
        if len(line) + 1 + len(word) <= width:
            line = f"{line} {word}" if line else word
            continue
        room = width - len(line) - 2
        if len(word) >= 8 and room >= 3 and word.isalpha():
            out.append(f"{line} {word[:room]}-")
            line = word[room:]
        else:
            out.append(line)
            line = word
    out.append(line)
    return "\n".join(out)


def names(ex: de.Extraction) -> set[str]:
    return {o.name for o in ex.officials}


def test_view_joins_wrapped_lines_and_keeps_length_without_deletions():
    text = textwrap.fill(RELEASE, 60)
    view, offsets = layout_view(text)
    assert offsets is None and len(view) == len(text)
    assert "\n" not in view


def test_wrapped_release_finds_the_same_officials_and_offsets_span_line_breaks():
    flat = check_offsets(RELEASE)
    for width in (42, 57, 71):
        ex = check_offsets(textwrap.fill(RELEASE, width))
        assert names(ex) == names(flat), width


def test_hyphenated_words_are_joined_in_names_and_slices_keep_the_hyphen():
    text = ("The President of Chile was accompanied on the visit by the Minister\n"
            "of Foreign Affairs, Mr. Rodrigo Fuen-\nzalida, and the Minister of\n"
            "Mining, Ms. Paula Herrera, and they discussed the deepening of bilateral\n"
            "coopera-\ntion in mining and in renewable energy with their hosts.\n")
    ex = check_offsets(text)
    off = ex.official("Rodrigo Fuenzalida")
    assert off is not None
    assert any(m.text == "Rodrigo Fuen-\nzalida" for m in off.mentions)


def test_page_furniture_and_markup_are_not_read():
    text = ("Ministry of External Affairs | Page 1 of 2\n\n"
            "1. The 1<sup>st</sup> meeting of the Joint Commission was co-chaired by the External Affairs\n"
            "Minister of India, Dr. S. Raghavan, and the Foreign Minister of Peru, Ms. Carla Ugarte\n"
            "Ministry of External Affairs | Page 2 of 2\n"
            "Ríos, in Lima on 3 March 2025, where both sides discussed trade and investment at length.\n")
    view, offsets = layout_view(text)
    assert "Page" not in view and "<sup>" not in view and "1st" in view
    ex = check_offsets(text)
    assert "Carla Ugarte Ríos" in names(ex)


def test_table_rows_list_items_and_speaker_labels_stay_on_their_lines():
    text = ("S.No. | Name of MoU | Signed by Indian side | Signed by Peruvian side\n"
            "1 | MoU on Mining | Shri A. Kumar, Secretary | Ms. Rosa Vega, Vice Minister\n\n"
            "MR. HALE: Thanks, Dana. We have a long list of items to go through this afternoon and\n"
            "Q: Thanks. Will the Secretary travel to Lima next week for the meetings of the group?\n"
            "(a) whether the Government has extended Lines of Credit to Ghana in the recent years;\n"
            "(b) if so, the details thereof, project-wise, along with the amounts disbursed so far;\n")
    view, _ = layout_view(text)
    assert view.count("\n") == text.count("\n")


@pytest.mark.parametrize("text, officials", [
    # an instruments list: each signatory's line opens with the state signing ("For X:")
    ("Agreement on Maritime Transport\n"
     "For Ecuador: Minister of Transport and Public Works, Roberto Andrade Villacís Montalvo\n"
     "For Panama: Vice Minister of Foreign Affairs, Dr. Carmen Isabel Quintero Saldaña\n",
     {"Roberto Andrade Villacís Montalvo": "ECU", "Carmen Isabel Quintero Saldaña": "PAN"}),
    ("Memorandum on Tourism\nOn behalf of Georgia: Minister of Economy, Levan Davitashvili\n"
     "On behalf of Armenia: Minister of Economy, Gevorg Papoyan\n",
     {"Levan Davitashvili": "GEO", "Gevorg Papoyan": "ARM"}),
])
def test_signatory_lines_of_an_instruments_list(extractor, text, officials):
    view, _ = layout_view(text)
    assert view.count("\n") == text.count("\n")  # each signatory keeps its own line
    assert {o.name: o.country for o in extractor.extract(text).officials} == officials


@pytest.mark.parametrize("line", ["Secretary of Culture, Elena Robles Ortiz", "Minister of Trade, Jorge Paz"])
def test_title_comma_name_line_is_no_headline(extractor, line):
    text = f"The agreements were signed in Quito.\n\n{line}\n\nThe next meeting will be held in 2027."
    assert [o.name for o in extractor.extract(text).officials] == [line.split(", ")[1]]


@st.composite
def wrapped_texts(draw):
    words = draw(st.lists(st.sampled_from(
        ["Foreign", "Minister", "Secretary", "(East)", "Prime", "Ambassador", "to", "India", "Chile",
         "the", "of", "and", "met", "said", "on", "February", "13,", "2025", "Shri", "Mahendra", "Rawat",
         "H.E.", "Mr.", "Rodrigo", "Fuenzalida", "cooperation", "renewable", "Page", "2", "of", "4", "|",
         "<sup>st</sup>", "1<sup>st</sup>", "MR.", "HALE:", "Q:", "-", "Asia-Pacific", "\u00a0", "\n", "\n\n",
         "Ministry of External Affairs | Page 2 of 4\n", "TÜRKİYE", "VISIT", "A\ufb00airs", "o\ufb03cial",
         "Paci\ufb01c", "\ufb02ights"]), max_size=90))
    width = draw(st.integers(min_value=8, max_value=90))
    return hyphenate(" ".join(words), width)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wrapped_texts())
# (a body's name running to the text's very end after an office: once an index past the last token)
@example("Foreign Foreign Foreign Foreign\nForeign Foreign Minister Ministry of\nExternal Affairs | Page 2 of 4\n\nForeign")
def test_offsets_slice_wrapped_and_hyphenated_input(text):
    check_offsets(text)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab -\n<>/|sup12P \u00adAİÖN\ufb00\ufb03")), max_size=200))
def test_view_offsets_map_back_monotonically(text):
    view, offsets = layout_view(text)
    if offsets is None:
        assert len(view) == len(text)
        return
    prev = -1
    seen = set()
    for v in range(len(view)):
        o = offsets(v)
        assert 0 <= o < len(text)
        if view[v] in SEPARATORS:  # (a table's cells read in their own order are joined by these)
            continue
        # in order, except where a table's cells are read one after another; each character of
        # the text is read once (the letters of a ligature all map back to it)
        if not _row_read_by_cells(view, v):
            assert prev < o or (prev == o and text[o] in LIGATURES)
        assert o not in seen or text[o] in LIGATURES
        seen.add(o)
        prev = o
        # kept characters are the input's own (capital lines may be read in title case), or a
        # line break turned into a space, or the hyphen of "NO-3321" in a capital line, or a
        # letter of a ligature
        assert view[v].casefold() == text[o].casefold() or (view[v] == " " and text[o] in "\n-") \
            or view[v] in LIGATURES.get(text[o], "")


#: what the view writes between the cells of a table row it reads cell by cell
SEPARATORS = {" ", ",", "|", "\u00a6"}


def _row_read_by_cells(view: str, v: int) -> bool:
    """Whether view position ``v`` is on a line the view wrote as a table row read cell by cell."""
    a = view.rfind("\n", 0, v) + 1
    b = view.find("\n", v)
    line = view[a:b if b >= 0 else len(view)]
    return "\u00a6" in line or line.count("|") >= 2


LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


@pytest.mark.parametrize("text, name, mention, title", [
    ("The Minister of Foreign A\ufb00airs of Norway, Ms. Ingrid Solberg, received the delegation.",
     "Ingrid Solberg", "Ingrid Solberg", "Minister of Foreign Affairs"),
    ("The Director General for Scienti\ufb01c A\ufb00airs, Dr. Tomas Lindgren, and o\ufb03cials of the Ministry of\n"
     "Finance attended the meeting on the \ufb01nancing of \ufb02ood defences in Bergen.",
     "Tomas Lindgren", "Tomas Lindgren", "Director General for Scientific Affairs"),
    ("Mr. Kofi Ma\ufb03a, Deputy Director for Paci\ufb01c A\ufb00airs, led the o\ufb03cial delegation.",
     "Kofi Maffia", "Kofi Ma\ufb03a", "Deputy Director for Pacific Affairs"),
])
def test_ligatures_are_read_as_their_letters_and_sliced_as_written(text, name, mention, title):
    ex = check_offsets(text)
    official = next(o for o in ex.officials if o.name == name)
    assert title in official.titles
    assert [m.text for m in official.mentions] == [mention]
    view, offsets = layout_view(text)
    assert offsets is not None and len(view) > len(text)
    assert not any(c in view for c in LIGATURES)


def test_capital_lines_and_labels_are_read_in_title_case_and_sliced_as_written():
    text = ("LOK SABHA\nUNSTARRED QUESTION NO. 2417\nTO BE ANSWERED ON 06.12.2024\n\n"
            "2417. SHRI RAJESH KUMAR VERMA:\nSMT. KAVITHA NAIDU:\nDR. ANIL BORKAR:\n\n"
            "Will the Minister of EXTERNAL AFFAIRS be pleased to state:\n\n"
            "(a) whether the Government has extended Lines of Credit to Ghana;\n\n"
            "ANSWER\nTHE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS\n[SHRI KAMAL PRASAD SINGH]\n\n"
            "(a) Yes, Sir. The matter was discussed with the ASEAN and UN partners.\n")
    view, offsets = layout_view(text)
    assert offsets is None and len(view) == len(text)
    assert "Shri Rajesh Kumar Verma:" in view and "Minister of External Affairs be pleased" in view
    assert layout_view("UNSTARRED QUESTION NO-3321\nANSWERED ON-20/03/2025")[0].endswith("on 20/03/2025")
    assert "[Shri Kamal Prasad Singh]" in view and "ASEAN and UN" in view
    ex = check_offsets(text)
    assert {"Rajesh Kumar Verma", "Kavitha Naidu", "Anil Borkar", "Kamal Prasad Singh"} <= names(ex)
    singh = ex.official("Kamal Prasad Singh")
    assert singh.mentions[0].text == "KAMAL PRASAD SINGH"
    assert any(t.startswith("MINISTER OF STATE") for t in singh.titles)  # (read in title case, given as written)


@pytest.mark.parametrize("headline", ["OFFICIAL VISIT OF THE FOREIGN MINISTER OF TÜRKİYE TO MALAYSIA",
                                      "İSTANBUL MEETING OF THE FOREIGN MINISTERS", "MINISTER İLHAN ÖZDEMİR IN KUALA LUMPUR"])
def test_capital_lines_with_letters_whose_lower_case_is_longer_keep_every_offset(headline):
    # "İ".lower() is two characters: the title-cased view keeps it as written
    text = (f"{headline}\n\nForeign Minister Ahmet Demir received Dato' Seri Ahmad Zaki, "
            "Minister of Foreign Affairs of Malaysia, in Ankara on 5 August 2025.")
    view, _ = layout_view(text)
    assert len(view) == len(text)
    ex = check_offsets(text)
    assert {m.text for o in ex.officials for m in o.mentions} >= {"Ahmet Demir", "Ahmad Zaki"}


def test_speaker_label_with_name_in_brackets_and_debate_member_headings():
    text = ("Official Spokesperson (Shri Arvind Bhalla): Good afternoon. We have two announcements.\n\n"
            "1. Helen Ashworth (Bristol North West) (Lab)\nWhat recent assessment he has made of aid.\n\n"
            "The Minister for the Middle East and North Africa (Rupert Alwyn)\nThe UK remains a large donor.\n")
    ex = check_offsets(text)
    bhalla = ex.official("Arvind Bhalla")
    assert bhalla is not None and "Official Spokesperson" in bhalla.titles
    assert ex.official("Helen Ashworth") is not None
    alwyn = ex.official("Rupert Alwyn")
    assert alwyn is not None and alwyn.titles == ["Minister for the Middle East and North Africa"]


def test_table_cells_and_bracketed_delegation_lists():
    text = ("Sl. No.\tMoU\tExchanged by Indian side\tExchanged by Malaysian side\n"
            "1.\tMoU on Workers\tDr. S. Raghavan, External Affairs Minister\tDato' Seri Haji Rahim bin Osman, Minister of Foreign Affairs\n"
            "2.\tMoU on Digital Technologies\tShri Kunal Sinha, Secretary\tTan Sri Lim Boon Keat, Secretary-General\n\n"
            "Heads of delegation\n"
            "- Republic of Kazakhstan [Yerlan Abenov, Deputy Prime Minister and Minister of Foreign Affairs]\n"
            "- Kyrgyz Republic [Talant Beishenaliev, Minister of Foreign Affairs]\n\n"
            "They were received by Minister of State for External Affairs, Shri Pabitra Mehra, and "
            "Secretary (West), Shri Tarun Bhasin.\n")
    ex = check_offsets(text)
    got = {o.name: o.titles for o in ex.officials}
    assert got["S. Raghavan"] == ["External Affairs Minister"]
    assert got["Rahim bin Osman"] == ["Minister of Foreign Affairs"]
    assert got["Lim Boon Keat"] == ["Secretary-General"]
    assert "Yerlan Abenov" in got and "Talant Beishenaliev" in got
    assert got["Pabitra Mehra"] == ["Minister of State for External Affairs"]
    assert got["Tarun Bhasin"] == ["Secretary (West)"]


def test_journalists_addressed_by_first_name_are_not_officials_mentions():
    text = ("MR. HALE: Deputy National Security Advisor Josh Kellerman will join the Secretary in Jeddah.\n\n"
            "Q: Thanks, Greg. Will he meet the Saudi Foreign Minister?\n\n"
            "MS. WHITCOMB: Go ahead, Josh.\n\n"
            "Q: Thank you. On Denmark?\n\n"
            "MR. HALE: Josh, I'm not going to get ahead of the readout. Obviously the talks went well.\n")
    ex = check_offsets(text)
    kellerman = ex.official("Josh Kellerman")
    assert kellerman is not None
    assert [m.text for m in kellerman.mentions] == ["Josh Kellerman"]
    assert not any(o.name in ("Obviously", "Josh") for o in ex.officials)


def test_an_office_addressed_at_the_start_of_a_question_introduces_no_name():
    # "Minister, <question>": the journalist addresses the minister; what follows the comma is no name
    text = ("Chloe Peterson (Reuters): Chloe Peterson, Reuters. Minister, Stats SA figures show exports fell.\n\n"
            "Riaan Coetzee (Netwerk24): Thanks. Minister, Bafana Bafana qualified for the World Cup.\n\n"
            "Minister Ronald Lamola: Thank you. Minister of Trade, Parks Tau, will lead. Secretary, Dr. Zane Dangor, "
            "will attend.\n")
    ex = check_offsets(text)
    assert sorted(o.name for o in ex.officials) == ["Parks Tau", "Ronald Lamola", "Zane Dangor"]


def test_participant_blocks_and_capital_headlines_keep_names_and_titles_whole():
    text = ("MEDIA RELEASE\n\nSenator the Hon Claire Dunmore\nMinister for Foreign Affairs\n\n"
            "The Hon Peter Marsh MP\nMinister for Trade and Tourism\n\n21 August 2025\n\n"
            "Today Minister Dunmore and Minister Marsh welcomed the Coordinating Minister for Political and "
            "Security Affairs of Indonesia, Budi Santoso Wirawan, and the Commissioner of Police, Mr. Anil Boodhoo.\n\n"
            "PRESS BRIEFING BY NATIONAL SECURITY COMMUNICATIONS ADVISOR GREGORY HALE\n\n"
            "MR. HALE: Thanks, everybody.\n\nQ: Thanks.\n")
    ex = check_offsets(text)
    got = {o.name: o.titles for o in ex.officials}
    assert "Minister for Foreign Affairs" in got["Claire Dunmore"]
    assert "Minister for Trade and Tourism" in got["Peter Marsh"]
    assert got["Budi Santoso Wirawan"] == ["Coordinating Minister for Political and Security Affairs"]
    assert got["Anil Boodhoo"] == ["Commissioner of Police"]
    assert got["Gregory Hale"] == ["NATIONAL SECURITY COMMUNICATIONS ADVISOR"]  # (as written)


def test_page_break_inside_a_sentence_numbered_askers_and_designation_columns():
    text = ("Deputy Secretary of State Christopher Vance met today in Washington with the Argentine\n"
            "Minister of Foreign Affairs, Ana Lucía Ferreyra. They were joined by the Assistant\n"
            "Secretary of State for Western Hemisphere Affairs,\n\n- 2 -\n\nMariana Ochoa, and by\n"
            "the Argentine Ambassador to the United States, Gerardo Lanús, at the Department.\n\n"
            "3321 SHRIMATI PRIYA DESHMUKH\nSHRI MOHAMMED NADEEM QURESHI\n\n"
            "Will the Minister of EXTERNAL AFFAIRS be pleased to state:-\n\n"
            "S.No. | Name | Designation\n1 | Mr. Yaw Boakye | Director, Asia and Pacific Bureau\n")
    view, _ = layout_view(text)
    assert "Affairs, Mariana Ochoa" in view
    ex = check_offsets(text)
    got = {o.name: o.titles for o in ex.officials}
    assert got["Mariana Ochoa"] == ["Assistant Secretary of State for Western Hemisphere Affairs"]
    assert "Priya Deshmukh" in got and "Mohammed Nadeem Qureshi" in got
    assert got["Yaw Boakye"] == ["Director"]


def test_table_sides_and_bracketed_entries_give_officials_their_state():
    text = ("List of Outcomes\n\n"
            "S.No. | Name of MoU | Signed by Indian side | Signed by Mauritian side\n"
            "1 | MoU on Health | Shri Naveen Kohli, Governor | Dr. Priscilla Ramgoolam-Seeburn, Governor\n\n"
            "Delegation of Ghana\nS.No. | Name | Designation\n1 | Hon. Abena Sarpong | Deputy Minister of Trade\n\n"
            "Heads of delegation\n- Kyrgyz Republic [Talant Beishenaliev, Minister of Foreign Affairs]\n")
    ex = check_offsets(text)
    got = {o.name: o.country for o in ex.officials}
    assert got["Naveen Kohli"] == "IND"
    assert got["Priscilla Ramgoolam-Seeburn"] == "MUS"
    assert got["Abena Sarpong"] == "GHA"
    assert got["Talant Beishenaliev"] == "KGZ"


def test_leftover_entities_and_a_long_line_cut_before_a_name():
    text = ("The central bank governors of India &amp; Japan met in Tokyo on Monday, said Deputy Governor Jay\n"
            "Powell Mehta, who leads the financial stability department of the Reserve Bank.\n")
    view, offsets = layout_view(text)
    assert "India & Japan" in view and "Jay Powell Mehta" in view
    ex = check_offsets(text)
    assert "Jay Powell Mehta" in names(ex)


def test_running_header_with_a_bare_page_number_and_a_governor_of_a_place():
    text = ("MINISTRY OF EXTERNAL AFFAIRS                 ANNUAL REPORT 2024-25\n\n                 14\n\n"
            "2.4 The Foreign Secretary, Shri Vikrant Desai, held Foreign Office Consultations with the Foreign\n\n"
            "MINISTRY OF EXTERNAL AFFAIRS                 ANNUAL REPORT 2024-25\n\n                 15\n\n"
            "Secretary of Bhutan, Mr. Pema Wangchuk, in Thimphu. He also met the Governor of Tokyo, Ms. Yuriko\n"
            "Sanada, at the reception that evening and thanked her for the hospitality of the city.\n")
    view, _ = layout_view(text)
    assert "ANNUAL" not in view.upper() and "the Foreign Secretary of Bhutan, Mr. Pema Wangchuk" in view
    ex = check_offsets(text)
    got = {o.name: o.titles for o in ex.officials}
    assert got["Pema Wangchuk"] == ["Foreign Secretary"]
    assert got["Yuriko Sanada"] == ["Governor of Tokyo"] or got["Yuriko Sanada"] == ["Governor"]


@pytest.mark.parametrize("rule", ["|---|---|---|", "| :--- | :---: | ---: |", "----+----+----"])
def test_table_sides_carry_over_the_rule_under_the_header_row(rule):
    text = ("Outcomes\n\n"
            "| No. | Exchanged by (Indian side) | Exchanged by (Mauritian side) |\n"
            f"{rule}\n"
            "| 1 | Shri Naveen Kohli, Governor | Dr. Priscilla Ramgoolam-Seeburn, Deputy Governor |\n")
    ex = check_offsets(text)
    got = {o.name: o.country for o in ex.officials}
    assert got["Naveen Kohli"] == "IND"
    assert got["Priscilla Ramgoolam-Seeburn"] == "MUS"


@pytest.mark.parametrize("line,expected", [
    ("THE MINISTER OF EXTERNAL AFFAIRS", "The Minister of External Affairs"),
    ("SHRI ADEYEMI-CLARKE O'NEILL (RETD)", "Shri Adeyemi-Clarke O'Neill (Retd)"),
    ("PRIME MINISTER'S OFFICE OF MALAYSIA", "Prime Minister's Office of Malaysia"),
    ("THE PEOPLE’S REPUBLIC", "The People’s Republic"),
    ("MEETING OF B2B PARTNERS IN 2025", "Meeting of B2b Partners in 2025"),
    ("ΟΔΟΣ ΣΥΝΟΔΟΣ KAI ΑΘΗΝΑ", "Οδοσ Συνοδοσ Kai Αθηνα"),  # a sigma is lower-cased letter by letter
    # 'İ' stays (same length); the state's name in Turkish capitals is an alias, kept as written
    ("VISIT TO TÜRKİYE AND İSTANBUL", "Visit to TÜRKİYE and İstanbul"),
    ("Talks with the MEA on trade", "Talks with the MEA on trade"),
    ("(SHRI A. K. MENON)", "(Shri A. K. Menon)"),  # an initial, not the article
    ("SHRI A. RAJAN: WILL THE MINISTER STATE A REASON", "Shri A. Rajan: Will the Minister State a Reason"),
    ("      SHRI N.K. PREMANATHAN:", "      Shri N.K. Premanathan:"),  # initials written with stops
])
def test_recased_lines(line, expected):
    from dialogue_extract.pipeline.layout import load_rules, recase_line

    assert recase_line(line, load_rules()) == expected
    assert len(recase_line(line, load_rules())) == len(line)


@pytest.mark.parametrize("text", [
    "Line one\n\n   \n\t\nLine TWO IN CAPS\nlast", "\n\n", "A\n \nB", "PAGE ONE\n\nSHRI X Y\nZ -\nwords",
])
def test_blank_and_capital_lines_keep_their_offsets(text):
    view, offsets = layout_view(text)
    assert offsets is None and len(view) == len(text)


@pytest.mark.parametrize("text", [
    "Signed by:\nMs. Laila Haddad Mourad, Minister of Energy and Mineral Resources\n"
    "Mr. Tomas Eriksen Vold, Minister of Fisheries and Coastal Affairs\n"
    "Dr. Kofi Mensah Boateng, Deputy Minister of Health\n"
    "The ceremony was held at the Ministry of Foreign Affairs after the talks between the two.\n",
    "2.\nAgreement on Cooperation in Higher Education and Scientific Research for the Years Ahead\n"
    "Prof. Laila Haddad Mourad, Minister of Higher Education and Scientific Research\n"
    "Mr. Tomas Eriksen Vold, Ambassador of Norway to Jordan\n",
])
def test_name_title_lines_one_under_another_stay_on_their_lines(text):
    """Signatory columns ('NAME, TITLE' lines) are rows, not a wrapped paragraph."""
    view, _ = layout_view(text)
    lines = text.split("\n")
    for k, line in enumerate(lines[1:-1], 1):
        if "," in line and lines[k + 1]:
            assert view.split("\n")[k] == line


def test_signatory_lines_keep_each_title_with_its_name():
    ex = check_offsets("Signed by:\nMs. Laila Haddad Mourad, Minister of Energy and Mineral Resources\n"
                       "Mr. Tomas Eriksen Vold, Minister of Fisheries and Coastal Affairs\n"
                       "Dr. Kofi Mensah Boateng, Deputy Minister of Health\n")
    got = {o.name: o.titles for o in ex.officials}
    assert got == {"Laila Haddad Mourad": ["Minister of Energy and Mineral Resources"],
                   "Tomas Eriksen Vold": ["Minister of Fisheries and Coastal Affairs"],
                   "Kofi Mensah Boateng": ["Deputy Minister of Health"]}, got


def test_row_numbers_alone_on_a_line_and_a_cell_over_a_signatory_stay_on_their_lines():
    text = ("1.\nProtocol on Cooperation in Fisheries for the years 2027-2029\n"
            "Mr. Tomas Eriksen Vold, Minister of Fisheries and Coastal Affairs\n"
            "Ms. Laila Haddad Mourad, Ambassador of Jordan to Norway\n2.\n"
            "Agreement on Air Services between the two Governments\n")
    view, _ = layout_view(text)
    assert view.count("\n") == text.count("\n")


_PDF_TABLE = (
    "Putrajaya, 12 May 2026\n\nThe following instruments were exchanged:\n\n"
    "No  Instrument  Signatory (Malaysia)  Signatory (Bangladesh)\n"
    "1  MoU on the Recruitment of Workers  Encik Ahmad Zaki bin Omar, Minister of Human Resources  "
    "Mr. Rafiqul Islam Khan, Minister of Labour\n"
    "2  MoU on Cooperation in Higher Education  Dr. Siti Aminah binti Yusof, Minister of Higher Education  "
    "Dr. Nasrin Akter Shila, Minister of Education\n"
)


@pytest.mark.parametrize("line", [
    "Politics   Economy   Culture   Sport   Photo",  # a menu: one-word items
    "He left at noon.  She came later.  They met at last.",  # sentences apart by two spaces
])
def test_spaced_lines_that_are_no_table_rows_keep_their_spaces(line):
    view, _ = layout_view(line + "\n")
    assert "\u00a6" not in view


def test_a_spaced_table_row_marks_its_cells_and_keeps_the_length():
    text = "No  Document  Signed by\n1  MoU on Health Research  Minister of Health of Kenya\n"
    view, _ = layout_view(text)
    assert len(view) == len(text) and view.count("\u00a6") == 4


_CELL_PER_LINE = (
    "List of Outcomes: State Visit of the President of Ghana to Kenya\n(Nairobi, 2 May 2026)\n\n"
    "No.\nTitle of Agreement\nSignatory – Kenyan Side\nSignatory – Ghanaian Side\n"
    "1.\nMemorandum of Understanding on Trade\nHon. Peter Kamau Njoroge, Cabinet Secretary for Trade\n"
    "Hon. Kwabena Osei Boateng, Minister of Trade\n"
    "2.\nAgreement on Higher Education\nHon. Mary Wanjiru Kariuki, Cabinet Secretary for Education\n"
    "Hon. Akosua Adjei Mensah, Minister of Education\n"
)


@pytest.mark.parametrize("text, sides", [
    (_PDF_TABLE, {"Ahmad Zaki bin Omar": "MYS", "Rafiqul Islam Khan": "BGD", "Siti Aminah binti Yusof": "MYS",
                  "Nasrin Akter Shila": "BGD"}),  # cells apart by runs of spaces
    (_CELL_PER_LINE, {"Peter Kamau Njoroge": "KEN", "Kwabena Osei Boateng": "GHA", "Mary Wanjiru Kariuki": "KEN",
                      "Akosua Adjei Mensah": "GHA"}),  # one cell a line
    # "No." heading a merged first column while the rows' numbers stand alone: the number's cell too
    ("No.    Document                         Signatory (Chile)                      Signatory (Kenya)\n"
     "1      MoU on Mining Research           Ana Torres Vidal, Minister of Mining   Peter Otieno Mwangi, Cabinet Secretary\n"
     "2      Agreement on Culture             Luis Pardo Rojas, Minister of Culture  Grace Wairimu Njeri, Principal Secretary\n",
     {"Ana Torres Vidal": "CHL", "Peter Otieno Mwangi": "KEN", "Luis Pardo Rojas": "CHL", "Grace Wairimu Njeri": "KEN"}),
], ids=["spaced", "cell-per-line", "spaced-numbered"])
def test_a_table_copied_from_a_pdf_keeps_its_columns_sides(text, sides):
    result = de.extract(text)
    assert {o.name: o.country for o in result.officials} == sides
    assert_offsets_slice(result, text)


@pytest.mark.parametrize("text", [
    # participant lines opening with "The Hon" / "Senator the Hon" are rows, even hard-wrapped
    "Delegations\n\nCanada\nThe Hon Claire Dubois MP, Minister of International Trade and Economic Development\n"
    "Senator the Hon Owen Fraser, Parliamentary Secretary to the Minister of Foreign Affairs\n"
    "Mr Marc Tremblay, Assistant Deputy Minister, Global Affairs Canada and the Asia Pacific\n",
])
def test_participant_lines_opening_with_the_hon_stay_on_their_lines(text):
    view, _ = layout_view(text)
    assert view.split("\n")[3:6] == text.split("\n")[3:6]


@pytest.mark.parametrize("text,expected", [
    # a heading line naming a state alone heads the participants under it
    ("List of Participants\n\nGhana\nHon. Abena Sarpong, Deputy Minister of Trade\n"
     "Mr Kwesi Owusu, Director, Trade Policy\n\nDelegation of Kenya\nDr. Jane Wambui, Principal Secretary\n"
     "Ms. Anne Otieno, Ambassador\n\nSecretariat\nMr Paul Ndlovu, Director General\nMs Rose Banda, Director\n",
     {"Abena Sarpong": "GHA", "Kwesi Owusu": "GHA", "Jane Wambui": "KEN", "Anne Otieno": "KEN", "Paul Ndlovu": None}),
    ("Participants:\nIndian side:\nShri Arun Mehta, Joint Secretary (East Asia)\n"
     "Japanese side:\nMr. Ken Mori, Director-General, Asian Affairs Bureau\n",
     {"Arun Mehta": "IND", "Ken Mori": "JPN"}),
])
def test_a_state_heading_a_list_of_participants_gives_them_its_state(text, expected):
    ex = check_offsets(text)
    got = {o.name: (o.country, o.country_source) for o in ex.officials}
    for name, code in expected.items():
        if code:
            assert got[name] == (code, "delegation"), (name, got)
        else:  # under a heading that names no state
            assert got[name][1] != "delegation", (name, got)


def test_a_state_line_over_a_paragraph_heads_no_list():
    text = ("Kenya\nPresident Daniel Kimani Omondi, who returned from Addis Ababa on Monday, told a rally in the "
            "capital that Minister Grace Atieno would travel to Accra to meet officials of Ghana next week.\n")
    ex = check_offsets(text)
    assert all(o.country_source != "delegation" for o in ex.officials)


def test_sections_of_one_participant_each_keep_their_participants():
    text = ("Ministerial Meeting on Fisheries\nApia, 2 June 2025\nList of Participants\n\n"
            "Tonga\nHon. Sione Vea, Minister of Fisheries\n\n"
            "Vanuatu\nHon. Marie Kalo, Minister of Agriculture, Livestock and Fisheries\n\n"
            "Secretariat\nDr Peter Lowe, Director-General\n")
    got = {o.name: o.country for o in check_offsets(text).officials}
    assert got["Sione Vea"] == "TON" and got["Marie Kalo"] == "VUT" and "Peter Lowe" in got


@pytest.mark.parametrize("text, mention", [
    ("1. The two Ministers met in Suva with the Minister for Trade of Fiji, the Honourable Manoa\n"
     "Kamikamica, and agreed to meet again in 2026 to review progress on the trade agreement.", "Manoa\nKamikamica"),
    ("They thanked the Deputy Director General for the Americas, Ms. Ingrid\n"
     "Solberg-Haugen; she will chair the next round.", "Ingrid\nSolberg-Haugen"),
    ("The delegation called on the Prime Minister of Samoa, Hon. Dr\n"
     "Tuilaepa Aiono Sailele, on the last day of their visit to Apia.", "Tuilaepa Aiono Sailele"),
])
def test_a_name_cut_after_its_honorific_and_given_name_runs_on(text, mention):
    ex = check_offsets(text)
    assert mention in [m.text for o in ex.officials for m in o.mentions]


@pytest.mark.parametrize("text", [
    "H.E. Mr. Ahmad\nMinister of Foreign Affairs\n",
    "Participants:\nDr. Lena\nProfessor of Economics, University of Oslo\n",
])
def test_list_lines_ending_on_a_name_stay_on_their_lines(text):
    view, _ = layout_view(text)
    assert view.count("\n") == text.count("\n")


@pytest.mark.parametrize("text, sides", [
    ("Visit of the Uzbek delegation to India\n\nS.No. | Document | Signatory from Indian side | Signatory from the other side\n"
     "1 | MoU on Health | Shri Arun Rao, Joint Secretary | Mr. Akmal Tursunov, Deputy Minister of Health\n"
     "2 | MoU on Culture | Shri Arun Rao, Joint Secretary | Ms. Dilnoza Karimova, Deputy Minister of Culture\n",
     {"Arun Rao": "IND", "Akmal Tursunov": "UZB", "Dilnoza Karimova": "UZB"}),
    ("Talks between Chile and Kenya\n\nNo.\nDocument\nChilean signatory\nSignatory of the partner side\n"
     "1.\nMoU on Mining\nMs. Ana Torres Vidal, Minister of Mining\nMr. Peter Otieno Mwangi, Cabinet Secretary\n"
     "2.\nMoU on Culture\nMr. Luis Pardo Rojas, Minister of Culture\nMs. Grace Wairimu Njeri, Principal Secretary\n",
     {"Ana Torres Vidal": "CHL", "Peter Otieno Mwangi": "KEN", "Luis Pardo Rojas": "CHL", "Grace Wairimu Njeri": "KEN"}),
])
def test_the_other_sides_column_serves_the_other_state(text, sides):
    result = de.extract(text)
    assert {o.name: o.country for o in result.officials} == sides


@pytest.mark.parametrize("text, date_text, value", [
    # a day and month at a line's end, the year opening the next line before a full stop
    ("The envoys last met in Nairobi on 14 October\n2024. Both sides welcomed the progress made.",
     "14 October\n2024", "2024-10-14"),
    # a month alone after a word in small letters
    ("The joint commission last sat in Lima in March\n2023. It will meet again in Delhi.", "March\n2023", "2023-03"),
])
def test_a_year_cut_from_its_month_by_the_line_break_is_one_date(text, date_text, value):
    got = [(d.text, d.value) for d in de.extract(text, reference_date="2025-06-01").dates]
    assert (date_text, value) in got
    assert "2024" not in [d for d, _ in got] and "2023" not in [d for d, _ in got]


@pytest.mark.parametrize("text, names", [
    # co-signers' blocks of agreed minutes set in two columns: one column's name does not run into
    # the other's, and each keeps the office under it
    ("Signed at Accra on 3 June 2026.\n\n"
     "For the Republic of Ghana                 For the Republic of Namibia\n\n"
     "(signed)                                  (signed)\n\n"
     "Kofi Mensah Asante                        Helena Shikongo\n"
     "Minister of Trade                         Minister of Industrialisation\n",
     {"Kofi Mensah Asante", "Helena Shikongo"}),
    ("For the Government of Peru               For the Government of Japan\n"
     "Rosa Elena Quispe                        Sato Kenji\n"
     "Vice Minister of Foreign Trade           Deputy Minister for Foreign Affairs\n",
     {"Rosa Elena Quispe", "Sato Kenji"}),
], ids=["blank-lines-between", "adjacent"])
def test_a_two_column_signature_block_keeps_its_columns_apart(text, names):
    view, _ = layout_view(text)
    assert len(view) == len(text)
    for name in names:  # each name ends its cell: the other column's name is no part of it
        line = next(ln for ln in view.split("\n") if name in ln)
        assert "\u00a6" in line
    result = de.extract(text)
    assert not any(o.name not in names and any(n in o.name for n in names) for o in result.officials)
    assert_offsets_slice(result, text)


@pytest.mark.parametrize("text", [
    "He left at noon.      She came later.\nThey met at last.      All went home.\nNobody stayed.      The end.\n",
    "Politics      Economy\n",  # one line alone: no block
])
def test_lines_that_are_no_two_column_block_keep_their_spaces(text):
    view, _ = layout_view(text)
    assert "\u00a6" not in view


@pytest.mark.parametrize("text, expected", [
    # a list whose rows set each office off by a dash, numbered or bulleted, with letters in brackets
    ("The meeting closed in Lusaka.\n\n1. Hon. Grace Mwale (MP) - Minister of Commerce\n"
     "2. Mr. Daniel Phiri - Director, Department of Trade\n",
     {"Grace Mwale": "Minister of Commerce", "Daniel Phiri": "Director"}),
    ("Participants:\n- Dr. Amal Haddad – Secretary-General of the Ministry of Economy\n"
     "- Ms. Rania Saleh – Head of the Asia Division\n",
     {"Amal Haddad": "Secretary-General of the Ministry of Economy", "Rania Saleh": "Head of the Asia Division"}),
], ids=["numbered", "bulleted"])
def test_dash_rows_of_a_participants_list(text, expected):
    view, _ = layout_view(text)
    assert len(view) == len(text)
    result = de.extract(text)
    got = {o.name: o.titles for o in result.officials}
    assert set(got) == set(expected)
    for name, title in expected.items():
        assert any(title in t or t in title for t in got[name])
    assert_offsets_slice(result, text)


@pytest.mark.parametrize("text", [
    "Kenya - India Joint Statement\n\nThe two sides met in Nairobi.\n",  # a headline's dash stands alone
    "1. Hon. Grace Mwale - Minister of Commerce\n",  # one row alone
])
def test_a_dash_alone_is_no_cell_break(text):
    view, _ = layout_view(text)
    assert "\u00a6" not in view


@pytest.mark.parametrize("text, sides", [
    # numbered participant rows under a lettered heading or "Members of the X Delegation"
    ("The session ended in Lusaka.\n\nA. Republic of Zambia\n1. Hon. Grace Mwale, Minister of Commerce\n"
     "2. Mr. Daniel Phiri, Director, Department of Trade\n\nB. Republic of Malawi\n"
     "1. Hon. Peter Banda, Minister of Trade\n2. Ms. Alice Chirwa, Director of Trade\n",
     {"Grace Mwale": "ZMB", "Daniel Phiri": "ZMB", "Peter Banda": "MWI", "Alice Chirwa": "MWI"}),
    ("The talks were held in Doha.\n\nMembers of the Qatari Delegation\n1. H.E. Ali Al-Kuwari, Minister of State\n"
     "2. Mr. Saad Al-Marri, Director (Asia)\n\nMembers of the Thai Delegation\n1. H.E. Somchai Wongsa, Deputy Minister\n"
     "2. Ms. Ploy Chaiyasit, Director (Gulf)\n",
     {"Ali Al-Kuwari": "QAT", "Saad Al-Marri": "QAT", "Somchai Wongsa": "THA", "Ploy Chaiyasit": "THA"}),
], ids=["lettered-headings", "members-of-the-delegation"])
def test_numbered_participants_under_a_side_heading(text, sides):
    result = de.extract(text)
    assert {o.name: o.country for o in result.officials} == sides
    assert_offsets_slice(result, text)


@pytest.mark.parametrize("text, names", [
    # 'TITLE: NAME' rows of a participants list stay on their lines (a long row is no wrapped line)
    ("The Council met in Brussels on 3 March 2026.\n\nDelegation of Peru\n"
     "Ambassador of Peru to the European Union: Carmen Rosa Villanueva\n"
     "Director General for European Affairs: Jorge Luis Medina\n",
     {"Carmen Rosa Villanueva": "Ambassador", "Jorge Luis Medina": "Director General for European Affairs"}),
    # with the body in apposition before the colon: its words are no name
    ("Participants\n\nDirector for Trade Policy, DG TRADE: Anneli Virtanen\n"
     "Managing Director for the Middle East, European External Action Service: Tomás Ibarra\n",
     {"Anneli Virtanen": "Director for Trade", "Tomás Ibarra": "Managing Director for the Middle East"}),
], ids=["title-colon-name", "title-body-colon-name"])
def test_title_colon_name_rows_of_a_participants_list(text, names):
    result = de.extract(text)
    got = {o.name: o.titles for o in result.officials}
    assert set(got) == set(names)
    for name, title in names.items():
        assert any(title in t for t in got[name])
    assert_offsets_slice(result, text)


@pytest.mark.parametrize("text, name, title", [
    # a row whose name opens on a capital of Latin Extended-A ("Š", "Ł", "Ž") is a row as any other
    ("European Union\nAnna Berger, Commissioner for Energy / Vice-President of the European Commission\n"
     "Łukasz Nowicki, Commissioner for Health\n", "Łukasz Nowicki", "Commissioner for Health"),
    ("Delegation of Slovenia\nMarta Kos Horvat, Minister of Foreign Affairs / Deputy Prime Minister\n"
     "Žiga Novak, State Secretary\n", "Žiga Novak", "State Secretary"),
])
def test_a_row_under_a_row_that_runs_on_keeps_its_own_titles(text, name, title):
    result = de.extract(text)
    got = {o.name: o.titles for o in result.officials}
    assert got[name] == [title]


def _column_table(rows, widths):
    out = []
    for row in rows:
        for i in range(max(len(c) for c in row)):
            out.append("".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(row, widths)).rstrip())
    return "\n".join(out)


@pytest.mark.parametrize("other, code, page_break", [
    ("Signed by (Ghanaian side)", "GHA", False),
    ("Signatory for Ghana", "GHA", True),
])
def test_a_table_laid_out_in_columns_whose_cells_wrap(extractor, other, code, page_break):
    # pdftotext -layout: each cell wraps onto the lines under its row, the columns stay aligned
    widths = [7, 34, 36, 40]
    head = _column_table([[["No."], ["Document"], ["Signed by (Indian side)"], [other]]], widths)
    rows = _column_table([
        [["1."], ["Agreement on Cooperation in", "Fisheries and Aquaculture"],
         ["Shri Rohan Pillai Varma,", "Joint Secretary (West Africa)"], ["Hon. Kwaku Mensah Boadu, Deputy", "Minister of Fisheries"]],
        [["2."], ["Programme of Exchanges in", "Vocational Training and Sports"],
         ["Smt. Leela Nair Joshi,", "Director (Skills)"], ["Mrs. Efua Asantewaa Owusu,", "Chief Director"]],
    ], widths)
    furniture = "\n\n                                                      Page 1 of 2\n\n" if page_break else "\n"
    first, second = rows.split("\n2.")
    text = f"List of Outcomes\n\n{head}\n\n{first}{furniture}2.{second}\n\nAccra\n12 March 2026\n"
    view, _ = layout_view(text)
    # each row is read cell by cell: a cell's lines joined, the cells apart
    assert "Agreement on Cooperation in Fisheries and Aquaculture \u00a6Shri Rohan Pillai Varma, Joint Secretary" in view
    assert view.count("\n") <= text.count("\n")
    ex = check_offsets(text)
    got = {o.name: o.country for o in ex.officials}
    assert got == {"Rohan Pillai Varma": "IND", "Kwaku Mensah Boadu": code, "Leela Nair Joshi": "IND",
                   "Efua Asantewaa Owusu": code}
    titles = {o.name: o.titles for o in ex.officials}
    assert titles["Kwaku Mensah Boadu"] == ["Deputy Minister of Fisheries"]
    assert titles["Rohan Pillai Varma"] == ["Joint Secretary (West Africa)"]


@pytest.mark.parametrize("header", [
    "Joint Communique - Fourth Session of the JPC                          Page 1 of 3",
    "MOFA Press Release | Ghana-Togo Talks                                   2 of 3",
])
def test_running_header_ending_on_its_page_number_and_the_rule_over_it(header):
    text = ("The two Ministers reviewed the progress in trade and agreed to meet in Lome\n"
            "before the end of the year.\n\n"
            "______________________________________________________________\n"
            f"{header}\n\n"
            "The delegation of Togo was led by the Minister of Trade, Mr. Kodjo Amevor Adedze.\n")
    view, _ = layout_view(text)
    assert "Page" not in view and "of 3" not in view and "____" not in view
    ex = check_offsets(text)
    assert names(ex) == {"Kodjo Amevor Adedze"}


@pytest.mark.parametrize("text, name", [
    ("The session was co-chaired by the Minister of Foreign Affairs of Ghana, Ambassador Kwabena Osei\n"
     "Darko, and the Minister of Trade of Togo.\n", "Kwabena Osei Darko"),
    ("The visit was led by the Honourable Minister of Defence of Zambia, General Mwamba Chileshe\n"
     "Banda; he met the Chief of Staff.\n", "Mwamba Chileshe Banda"),
])
def test_a_family_name_closed_by_its_punctuation_on_the_next_line_after_an_office(text, name):
    view, _ = layout_view(text)
    assert name in view
    ex = check_offsets(text)
    assert name in names(ex)


def test_a_dateline_under_a_long_heading_is_not_joined_to_it():
    from dialogue_extract.pipeline.layout import layout_view

    text = ("Address by Hon. Kofi Mensah, Minister for Foreign Affairs and Regional Integration, at the Ghana-Japan "
            "Business Forum\nAccra, 12 March 2025\n\nYour Excellency,")
    view, _ = layout_view(text)
    assert "Forum\nAccra, 12 March 2025" in view


def _pipe_table(rows, widths):
    """A table drawn with pipes and a '-----+-----' rule under each row, its cells wrapping onto the
    lines under the row (each row: one list of lines per column)."""
    rule = "+".join("-" * w for w in widths)
    out = []
    for n, row in enumerate(rows):
        for i in range(max(len(c) for c in row)):
            out.append("|".join((" " + (c[i] if i < len(c) else "")).ljust(w) for c, w in zip(row, widths)).rstrip())
        if n == 0 or n == len(rows) - 1:
            out.append(rule)
    return "\n".join(out)


@pytest.mark.parametrize("signer, office", [
    ("Rustam Kairatuly Beisenov", "Minister of Trade and Integration"),
    ("Do Quang Vinh", "Minister of Agriculture and Environment"),  # a name opening on a word sentences open on
])
def test_a_table_drawn_with_pipes_whose_cells_wrap(signer, office):
    widths = [5, 40, 38, 44]
    table = _pipe_table([
        [["No."], ["Document"], ["Signatory for Kazakhstan"], ["Signatory for Viet Nam"]],
        [["1"], ["Memorandum of Understanding on", "Cooperation in Agriculture"],
         ["Aliya Serikovna Dzhaksybekova", "Vice Minister of Agriculture"], [signer, office]],
    ], widths)
    text = ("Documents signed during the visit\n\nOn 11 November 2025 the two Presidents witnessed the exchange "
            f"of the documents below.\n\n{table}\n")
    ex = check_offsets(text)
    got = {o.name: (o.titles, o.country) for o in ex.officials}
    assert got["Aliya Serikovna Dzhaksybekova"] == (["Vice Minister of Agriculture"], "KAZ")
    assert got[signer] == ([office], "VNM")


def test_a_head_cut_by_its_cells_wrap_is_no_name():
    # "Ambassador Extraordinary and" / "Plenipotentiary": the head's next word is no one's name
    widths = [5, 30, 36]
    table = _pipe_table([
        [["No."], ["Document"], ["Signatory for Kazakhstan"]],
        [["1"], ["Memorandum on Tourism"], ["Nurlan Askarovich Temirov", "Ambassador Extraordinary and",
                                             "Plenipotentiary"]],
    ], widths)
    ex = check_offsets(f"Outcomes of the visit\n\n{table}\n")
    assert [o.name for o in ex.officials] == ["Nurlan Askarovich Temirov"]


def test_a_signers_office_and_unit_over_the_line_of_his_body():
    # a hard-wrapped page: the long line of the signer's offices is not joined to the body's line
    body = ("The consultations were held in a friendly atmosphere and the two delegations agreed to meet\n"
            "again next year in the capital of the other side, at a date to be agreed through diplomatic\n"
            "channels, and to prepare a plan of consultations for the period until the end of next year.\n")
    text = (body + "\n\nMarketa Dvorakova\nSpokesperson and Director of the Press and Information Department\n"
            "Ministry of Foreign Affairs of the Czech Republic\n")
    ex = check_offsets(text)
    assert [(o.name, o.titles) for o in ex.officials] == [
        ("Marketa Dvorakova", ["Spokesperson", "Director of the Press and Information Department"])]


@pytest.mark.parametrize("signature", [
    "CHIAMAKA NNEKA OKONJO (MRS)\nSPOKESPERSON\nMINISTRY OF FOREIGN AFFAIRS\n",
    "Chiamaka Nneka Okonjo (Mrs)\nSpokesperson\nMinistry of Foreign Affairs\n",
])
def test_a_signers_form_of_address_in_brackets_after_the_name(signature):
    ex = check_offsets("The two sides agreed to meet again next year.\n\n" + signature)
    assert [(o.name, [t.casefold() for t in o.titles]) for o in ex.officials] == [
        ("Chiamaka Nneka Okonjo", ["spokesperson"])]


def test_a_signatories_table_under_a_header_of_sides_laid_out_with_spaces(extractor):
    text = ("Astana, 3 May 2026\n\nThe following documents were exchanged:\n\n"
            "No.   Document   Kazakh side   Saudi side\n"
            "1   Memorandum of Understanding on cooperation in the field of renewable energy\n"
            "A. Zhaksylykov, Minister of Energy   Faisal bin Ahmed Al-Qahtani, Deputy Minister of Energy\n"
            "2   Memorandum of Understanding on cooperation in agriculture\n"
            "D. Seitkali, Vice Minister of Agriculture   Mansour bin Hamad Al-Mutairi, Deputy Minister for\n"
            "Agriculture, Ministry of Environment, Water and Agriculture\n\nKazakhstan and Saudi Arabia agreed.")
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert "Vice Minister of Agriculture" not in got["Mansour bin Hamad Al-Mutairi"]
    assert got["D. Seitkali"] == ["Vice Minister of Agriculture"]


def test_a_fixed_width_table_whose_number_and_title_share_a_header_cell(extractor):
    # "No. Title" is one header cell over two columns, and a rule of dashes stands under each column
    text = ("Seoul, 15 September 2026\n\nDocuments signed\n\n"
            "No. Title                                   Korean side                          Polish side\n"
            "--- --------------------------------------- ------------------------------------ -----------------------------------\n"
            "1   MOU on Cooperation in Nuclear Power     Minister of Trade, Industry and      Minister of Industry\n"
            "    Plant Construction and Supply Chain     Energy Park Sung-jae                 Marta Zielinska-Kowal\n"
            "2   MOU on Space Cooperation                Korea AeroSpace Administration       President of the Polish Space\n"
            "                                            Administrator Lim Chang-ho           Agency (POLSA) Jakub Wrobel\n"
            "\nKorea and Poland agreed.")
    got = {o.name: (o.country, o.titles) for o in extractor.extract(text).officials}
    assert got["Park Sung-jae"][0] == "KOR" and got["Marta Zielinska-Kowal"][0] == "POL"
    assert got["Lim Chang-ho"] == ("KOR", ["Administrator"])
    assert got["Jakub Wrobel"] == ("POL", ["President"])


def test_a_header_repeated_after_a_page_break_is_no_part_of_the_row_above(extractor):
    text = ("Tokyo, 17 July 2025\n\n"
            "No.  Title                                  Signatory (Japan)                 Signatory (Philippines)\n"
            "---  -------------------------------------  --------------------------------  -------------------------------\n"
            "1    Memorandum of Cooperation in the       Mr. HIRANO Koji, Minister of      Hon. Rogelio T. Villacorta,\n"
            "     Field of Disaster Risk Reduction       Land, Infrastructure, Transport   Secretary of Public Works and\n"
            "     and Resilient Infrastructure           and Tourism                       Highways\n\n\n"
            "                                      - 1 -\n\n"
            "No.  Title                                  Signatory (Japan)                 Signatory (Philippines)\n"
            "---  -------------------------------------  --------------------------------  -------------------------------\n"
            "2    Memorandum of Cooperation in the       Mr. MATSUDA Yoshinori, Minister   Hon. Jose Reyes, Secretary\n"
            "     Fields of Agriculture                  of Agriculture                    of Agriculture\n")
    got = {o.name: (o.country, o.titles) for o in extractor.extract(text).officials}
    assert got["HIRANO Koji"] == ("JPN", ["Minister of Land, Infrastructure, Transport and Tourism"])
    assert got["Rogelio T. Villacorta"] == ("PHL", ["Secretary of Public Works and Highways"])
    assert "Signatory" not in got and got["Jose Reyes"][0] == "PHL"


def test_a_table_flattened_one_cell_a_line_whose_signatories_take_two_lines(extractor):
    # each signatory's name on a line, the office on the next: the cells are read by their forms of
    # address, not one line a column; an office's body may close its line with its short form
    text = ("Ankara, 15 October 2025\n\nThe instruments exchanged are as follows:\n\nNo.\nInstrument\n"
            "Signatory for Malaysia\nSignatory for the Republic of Türkiye\n"
            "1.\nMemorandum of Understanding on Defence Industry\nYB Dato' Seri Kamarul Ariffin bin Hashim\n"
            "Minister of Defence\nMr. Levent Başaran\nPresident, Presidency of Defence Industries (SSB)\n"
            "2.\nMemorandum of Understanding on Higher Education\nYB Dato' Seri Dr. Rosli bin Mat Daud\n"
            "Minister of Higher Education\nH.E. Mr. Emre Tuncer Aydın\nAmbassador of the Republic of Türkiye to Malaysia\n"
            "3.\nMemorandum of Understanding on Trade\nYB Datuk Seri Faridah binti Omar\n"
            "Minister of Investment, Trade and Industry\nMr. Caner Ertürk\nMinister of Trade\n\n"
            "Malaysia and Türkiye welcomed the outcomes.")
    got = {o.name: (o.country, o.titles) for o in extractor.extract(text).officials}
    assert got["Levent Başaran"] == ("TUR", ["President"])
    assert got["Caner Ertürk"][0] == "TUR" and got["Faridah binti Omar"][0] == "MYS"
    assert got["Kamarul Ariffin bin Hashim"][0] == "MYS"


def test_a_row_number_alone_on_its_line_is_not_joined_to_the_header_above():
    from dialogue_extract.pipeline.layout import layout_view
    text = ("The instruments signed are listed below.\n\nNo.\nInstrument\nSigned for Kenya by\n"
            "Signed for the Republic of Korea by\n1\nMemorandum of Understanding on Fisheries\n"
            "Hon. Joseph Kiprotich Cheruiyot, Cabinet Secretary\nPark Jun-seo, Minister of Trade\n")
    view, _ = layout_view(text)
    assert "Republic of Korea by\n1\n" in view


def test_a_signatorys_line_for_a_government_is_never_joined_to_the_line_above(extractor):
    text = ("Done in Nairobi on this 25th day of September, 2025.\n\n"
            "For the Government of the Republic of Kenya: Hon. Dr. Wanjiru Kamau-Odhiambo, EGH, Cabinet Secretary\n"
            "For the Government of the Federal Democratic Republic of Ethiopia: H.E. Dawit Alemayehu Gebre, Minister of "
            "Foreign Affairs\n")
    got = {o.name: (o.country, o.titles) for o in extractor.extract(text).officials}
    assert got["Wanjiru Kamau-Odhiambo"] == ("KEN", ["Cabinet Secretary"])
    assert got["Dawit Alemayehu Gebre"][0] == "ETH"


TWO_COLUMNS = ("Tashkent, 24 September 2025\n\nThe composition of the delegations is given below.\n\n"
               "INDIAN DELEGATION                               UZBEK DELEGATION\n\n"
               "1. H.E. Shri Devendra Prasad Kulkarni           1. H.E. Mr. Otabek Sh. Nurmatov\n"
               "   Minister of State for External Affairs          Deputy Minister of Investment,\n"
               "                                                   Industry and Trade\n"
               "2. H.E. Shri Arvind Sethuraman                  2. H.E. Mr. Bekzod Khamrayev\n"
               "   Ambassador of India to the Republic             Deputy Minister of Agriculture\n"
               "   of Uzbekistan\n"
               "3. Shri Rohit Anand Joshi                       3. Mr. Jasur Tokhtasinov\n"
               "   Joint Secretary (Eurasia),                      Deputy Director, Agency for\n"
               "   Ministry of External Affairs                    Development of the Pharmaceutical\n"
               "4. Ms. Sneha Kapadia\n"
               "   First Secretary (Commerce),\n"
               "   Embassy of India, Tashkent\n")


def test_a_delegation_list_set_in_two_columns_keeps_its_columns():
    from dialogue_extract.pipeline.layout import CELL_BREAK, layout_view
    view, _ = layout_view(TWO_COLUMNS)
    assert f"Kulkarni          {CELL_BREAK}1. H.E. Mr. Otabek" in view
    assert f"   {CELL_BREAK}Industry and Trade" in view and "of Uzbekistan\n" in view


def test_the_people_of_a_delegation_list_set_in_two_columns(extractor):
    got = {o.name: (o.country, o.titles[:1]) for o in extractor.extract(TWO_COLUMNS).officials}
    assert got["Devendra Prasad Kulkarni"] == ("IND", ["Minister of State for External Affairs"])
    assert got["Otabek Sh. Nurmatov"][0] == "UZB" and got["Bekzod Khamrayev"] == ("UZB", ["Deputy Minister of Agriculture"])
    assert got["Rohit Anand Joshi"] == ("IND", ["Joint Secretary (Eurasia)"])
    assert got["Jasur Tokhtasinov"] == ("UZB", ["Deputy Director"])
    assert got["Sneha Kapadia"] == ("IND", ["First Secretary (Commerce)"])


def test_a_line_of_a_two_column_list_whose_first_cell_fills_its_column(extractor):
    text = ("Mexico City, 6 November 2026\n\nThe delegations are listed below.\n\n"
            "MEXICAN DELEGATION                                  GUATEMALAN DELEGATION\n\n"
            "Mtra. Adriana Beltrán Ochoa                         Luis Fernando Quiñónez Barrios\n"
            "Secretary of Foreign Affairs                        Minister of Foreign Affairs\n"
            "Dr. Emiliano Rosas Villaseñor                       María José Arriola Pinto\n"
            "Undersecretary for Latin America and the Caribbean  Vice Minister of Foreign Affairs\n"
            "Rodrigo Alcázar Peña                                Julio César Monterroso Cifuentes\n"
            "Ambassador of Mexico to Guatemala                   Ambassador of Guatemala to Mexico\n")
    got = {o.name: (o.country, o.titles[:1]) for o in extractor.extract(text).officials}
    assert got["María José Arriola Pinto"] == ("GTM", ["Vice Minister of Foreign Affairs"])
    assert got["Adriana Beltrán Ochoa"][0] == "MEX" and "Mtra" not in got


def test_a_numbered_delegation_list_laid_out_in_columns_under_its_state(extractor):
    text = ("Kathmandu, 12 February 2026\n\nList of Delegations\n\nA. Bangladesh Delegation\n\n"
            "1.  Mr. Md. Rafiqul Islam Chowdhury   Senior Secretary, Power Division (Leader)\n"
            "2.  Mr. Tanvir Ahmed Siddiqui         Chairman, Bangladesh Power Development Board\n"
            "3.  Ms. Farhana Yasmin                Joint Secretary, Power Division\n\n"
            "B. Nepal Delegation\n\n"
            "1.  Mr. Suman Raj Adhikari            Secretary, Ministry of Energy (Leader)\n"
            "2.  Mr. Rabindra Man Joshi            Joint Secretary, Ministry of Energy\n")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Tanvir Ahmed Siddiqui"] == "BGD" and got["Farhana Yasmin"] == "BGD"
    assert got["Suman Raj Adhikari"] == "NPL"


def test_a_states_list_of_delegates_under_its_column_headings(extractor):
    text = ("Kampala, 8 May 2026\n\nANNEX I: LIST OF DELEGATES\n\nA. REPUBLIC OF KENYA\n\n"
            "S/No.  NAME                                  DESIGNATION\n\n"
            "1.     Hon. Dr. Joseph Kiprono Langat, EGH   Cabinet Secretary, Ministry of Foreign Affairs\n"
            "2.     H.E. Peter Odhiambo Ouma              High Commissioner of Kenya to Uganda\n\n"
            "B. REPUBLIC OF UGANDA\n\n"
            "S/No.  NAME                                  DESIGNATION\n\n"
            "1.     Hon. Patrick Mugisha Byaruhanga       Minister of Foreign Affairs – Head of\n"
            "                                             Delegation\n"
            "2.     Hon. Margaret Akello Opio             Minister of State for Foreign Affairs\n"
            "3.     Ms. Harriet Nabukeera                 Commissioner for External Trade,\n"
            "                                             Ministry of Trade\n")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Margaret Akello Opio"] == "UGA" and got["Harriet Nabukeera"] == "UGA"
    assert got["Joseph Kiprono Langat"] == "KEN"


def test_an_office_under_a_name_found_by_its_form_of_address_in_a_two_column_list(extractor):
    text = ("Mexico City, 6 November 2026\n\n"
            "MEXICAN DELEGATION                                  GUATEMALAN DELEGATION\n\n"
            "Mtra. Adriana Beltrán Ochoa                         Luis Fernando Quiñónez Barrios\n"
            "Secretary of Foreign Affairs                        Minister of Foreign Affairs\n"
            "Dr. Emiliano Rosas Villaseñor                       María José Arriola Pinto\n"
            "Undersecretary for Latin America and the Caribbean  Vice Minister of Foreign Affairs\n")
    got = {o.name: (o.country, o.titles) for o in extractor.extract(text).officials}
    assert got["Emiliano Rosas Villaseñor"] == ("MEX", ["Undersecretary for Latin America and the Caribbean"])


def test_every_row_of_a_delegation_list_in_title_case_is_read():
    import dialogue_extract as de
    text = ("Kathmandu, 12 February 2026\n\nA. Bangladesh Delegation\n\n"
            "1.  Mr. Md. Rafiqul Islam Chowdhury   Senior Secretary, Power Division, MoPEMR (Leader)\n"
            "2.  Mr. Tanvir Ahmed Siddiqui         Chairman, Bangladesh Power Development Board\n"
            "3.  Ms. Farhana Yasmin                Joint Secretary, Power Division\n"
            "4.  Engr. Kamrul Hasan Bhuiyan        Director General, Power Cell\n"
            "5.  Mr. Nazmul Haque Sarker           Counsellor, Embassy of Bangladesh, Kathmandu\n")
    got = {o.name: (o.country, o.titles) for o in de.extract(text).officials}
    assert got["Kamrul Hasan Bhuiyan"] == ("BGD", ["Director General"])
    assert got["Nazmul Haque Sarker"] == ("BGD", ["Counsellor"]) and "Power Division" not in got


CONTENTS = """The Ministry of Foreign Affairs of the Russian Federation

Briefing by Foreign Ministry Spokeswoman Yelena Voronkova, Moscow, April 15, 2026

Table of contents

Foreign Minister Gennady Rudnev's talks with Minister of Foreign Affairs of Mozambique Amelia Cossa
Deputy Foreign Minister Pavel Dremov's consultations in Vientiane with the Lao side
NATO exercises near Russia's borders and the situation in the Baltic region
Kiev regime's attacks on civilian infrastructure in the Russian regions

On April 13-14, Deputy Foreign Minister Pavel Dremov held consultations in Vientiane.
"""


def test_the_headings_of_a_contents_list_stay_lines_of_their_own():
    view = layout_view(CONTENTS)[0]
    assert "Amelia Cossa\nDeputy Foreign Minister Pavel Dremov's" in view
    got = {o.name: o.country for o in de.extract(CONTENTS).officials}
    assert got["Pavel Dremov"] == "RUS"  # (not the state of the heading above his, run on into it)


SIDELINE_MEETINGS = (
    "Cairo, 3 May 2025\n\nThe Minister of Foreign Affairs held bilateral meetings with several of his counterparts "
    "on the sidelines of the ministerial meeting, as follows:\n\n"
    "1. Mr. Oleg Ivanovich Petrov, Minister of Foreign Affairs of the Russian Federation\n"
    "The two ministers reviewed the preparations for the next session of the intergovernmental commission and the "
    "progress of the joint projects in energy, and they agreed to keep in close touch ahead of the summit.\n\n"
    "{item}\n"
    "Minister Hesham Salah affirmed the importance of close coordination on regional issues.\n")


@pytest.mark.parametrize("item, name, state", [
    ("3. Dr. Amara Tesfaye Worku, Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia",
     "Amara Tesfaye Worku", "ETH"),
    ("(b) Mr. Thabo Sipho Nkosi, Minister of International Relations and Cooperation of the Republic of South "
     "Africa", "Thabo Sipho Nkosi", "ZAF"),
])
def test_a_numbered_line_naming_a_counterpart_heads_the_paragraph_below(extractor, item, name, state):
    # an item's heading over its paragraph: the next line's first name does not take its title
    got = {o.name: o for o in extractor.extract(SIDELINE_MEETINGS.format(item=item)).officials}
    assert set(got) == {"Oleg Ivanovich Petrov", name, "Hesham Salah"}
    assert (got[name].country, got[name].country_source) == (state, "title")
    assert got["Hesham Salah"].titles == ["Minister"]


@pytest.mark.parametrize("text", [
    "Hanoi (VNA) - The talks were held with Foreign Minister Bui Thanh Son./.",
    "Hanoi (VNA) - The talks were held with Foreign Minister Bui Thanh Son./.\n\nRelated news\n",
])
def test_an_agencys_end_mark_after_the_last_name_is_read_as_its_full_stop(text):
    view, offsets = layout_view(text)
    assert offsets is None and len(view) == len(text) and "Son.  " in view + " "
    got = de.extract(text)
    assert [o.name for o in got.officials] == ["Bui Thanh Son"]
    assert all(text[m.start:m.end] == m.text for o in got.officials for m in o.mentions)


TWIN_ROWS = ("The Joint Commission met in Ha Noi on 16 October 2023.\n\nANNEX I\nCOMPOSITION OF DELEGATIONS\n\n"
             "INDIAN DELEGATION                                VIETNAMESE DELEGATION\n"
             "1. H.E. Dr. Arun Mehta, External Affairs Minister      1. H.E. Mr. Tran Van Hoa, Minister of Foreign Affairs\n"
             "2. H.E. Mr. Vikram Desai, Ambassador to Viet Nam      2. H.E. Mr. Le Quang Minh, Deputy Minister of Foreign Affairs\n"
             "3. Joint Secretary (Indo-Pacific), Ministry of External Affairs      3. H.E. Mr. Pham Duc Long, Ambassador to India\n")


def test_two_numbered_columns_run_together_are_read_apart():
    from dialogue_extract.pipeline.layout import CELL_BREAK

    view, _offsets = layout_view(TWIN_ROWS)
    lines = {line.split(CELL_BREAK)[0].strip(): line.split(CELL_BREAK)[1:] for line in view.splitlines()}
    assert lines["Indian Delegation"] == ["Vietnamese Delegation"]
    assert lines["2. H.E. Mr. Vikram Desai, Ambassador to Viet Nam"] \
        == ["2. H.E. Mr. Le Quang Minh, Deputy Minister of Foreign Affairs"]


def test_the_officials_of_two_numbered_columns_serve_their_headings_states(extractor):
    got = {o.name: o.country for o in extractor.extract(TWIN_ROWS).officials}
    assert {n: got[n] for n in ("Vikram Desai", "Le Quang Minh", "Pham Duc Long")} \
        == {"Vikram Desai": "IND", "Le Quang Minh": "VNM", "Pham Duc Long": "VNM"}


def test_one_numbered_line_with_a_run_of_spaces_is_no_twin_row():
    view, _offsets = layout_view("1. The Ministers agreed      1. to meet again in March.\n")
    from dialogue_extract.pipeline.layout import CELL_BREAK
    assert CELL_BREAK not in view


def test_a_dateline_with_a_slashed_place_under_a_heading_stays_its_own_line():
    view, _offsets = layout_view("Federal President at the state banquet hosted by President Tran Van Minh\n"
                                 "Hanoi/Viet Nam, 23 January 2024\n\nCheck against delivery.\n")
    assert "Tran Van Minh\nHanoi/Viet Nam" in view


def test_an_agencys_sign_off_glued_to_the_last_stop_is_no_part_of_a_name(extractor):
    text = ("HANOI (VNA) - The two leaders met.\n\nThe agreement was signed by Minister of Higher Education "
            "Claire Duval.-VNA\n\nRELATED NEWS")
    got = extractor.extract(text)
    assert [(o.name, [m.text for m in o.mentions]) for o in got.officials] == [("Claire Duval", ["Claire Duval"])]
    assert all(text[m.start:m.end] == m.text for o in got.officials for m in o.mentions)
