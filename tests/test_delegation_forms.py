"""Forms of delegations, instrument lists and offices: who accompanies whom, which side each
signatory of a list serves, names joined by "s/o", offices written with a hyphen. Each is written
here as a short release of its own, the officials it must give checked by name, office and state."""
from __future__ import annotations

import pytest

from dialogue_extract.people.grammar import row_body, row_line
from dialogue_extract.pipeline.components.titles import with_hyphen_spellings


def officials(extractor, text):
    return {o.name: o for o in extractor.extract(text).officials}


LED = ("Hanoi, 12 September 2025 - The consultations between the foreign ministries of Viet Nam and Poland "
       "took place on Thursday.\n\nThe Vietnamese side was led by Deputy Minister of Foreign Affairs Pham Quoc "
       "Thinh. The Polish side was led by Undersecretary of State Tomasz Wierzbicki, who is on a working visit. ")


@pytest.mark.parametrize("opening", ["Accompanying Wierzbicki were", "Joining Wierzbicki were"])
def test_those_accompanying_a_leader_named_by_surname_serve_the_leaders_state(extractor, opening):
    got = officials(extractor, LED + opening + " Ambassador Joanna Kaczmarek-Lis and Marek Domanski, "
                                                "Director of the Asia-Pacific Department.")
    assert got["Tomasz Wierzbicki"].country == "POL"
    assert [m.text for m in got["Tomasz Wierzbicki"].mentions] == ["Tomasz Wierzbicki", "Wierzbicki"]
    for name in ("Joanna Kaczmarek-Lis", "Marek Domanski"):
        assert (got[name].country, got[name].country_source) == ("POL", "delegation")


def test_an_office_after_was_that_heads_the_next_name_is_not_the_subjects(extractor):
    got = officials(extractor, LED + "Joining Wierzbicki was Ambassador Anna Nowak.")
    assert got["Tomasz Wierzbicki"].titles == ["Undersecretary of State"]
    assert got["Anna Nowak"].titles == ["Ambassador"]


def test_accompanying_her_is_the_subject_of_the_sentence_before(extractor):
    text = ("Warsaw, 3 May 2026. Minister Anna Roe of Poland met Foreign Minister Jan Smit of the Netherlands. "
            "Minister Roe also met Foreign Minister Smit again on Friday. Accompanying her were Ambassador "
            "Piet de Vries and Director Kees Bakker.")
    got = officials(extractor, text)
    assert got["Piet de Vries"].country == got["Kees Bakker"].country == "POL"


def test_a_verb_before_the_first_name_makes_it_no_subject(extractor):
    text = ("Warsaw, 3 May 2026. Minister Anna Roe of Poland met Foreign Minister Jan Smit of the Netherlands. "
            "The Minister received Foreign Minister Smit again on Friday. Accompanying him were Ambassador "
            "Piet de Vries and Director Kees Bakker.")
    got = officials(extractor, text)
    assert got["Piet de Vries"].country == got["Kees Bakker"].country == "NLD"


INSTRUMENTS = """Praia, 23 June 2026

The following instruments were signed at the Summit of Portugal and Cabo Verde.

1.  Strategic Cooperation Programme 2027-2031
    Ana Margarida Leitao, Minister of State and Foreign Affairs of Portugal;
    Filomena Barbosa Delgado, Minister of Foreign Affairs, Cooperation and Regional Integration

2.  Agreement on the Mobility of Students, Teachers and Researchers
    Rui Pedro Cardoso Mendes, Minister of Education, Science and Innovation;
    Edson Lopes Fortes, Minister of Education

3.  Memorandum of Understanding in the Field of Health
    Cristina Abreu Valente, Minister of Health;
    Helio Spencer Duarte, Ambassador of Cabo Verde to Portugal
"""


def test_the_signatories_of_an_instruments_list_serve_the_states_of_their_places(extractor):
    got = officials(extractor, INSTRUMENTS)
    assert got["Rui Pedro Cardoso Mendes"].titles == ["Minister of Education, Science and Innovation"]
    for name in ("Rui Pedro Cardoso Mendes", "Cristina Abreu Valente"):
        assert (got[name].country, got[name].country_source) == ("PRT", "sides")
    for name in ("Filomena Barbosa Delgado", "Edson Lopes Fortes"):
        assert (got[name].country, got[name].country_source) == ("CPV", "sides")


def test_places_whose_stated_states_disagree_give_no_state():
    # the rule itself: two pairs whose first places the text gives two states leave both places open
    from dialogue_extract.people.context import signatory_pairs
    from dialogue_extract.people.info import OfficialInfo, MentionSpan

    text = "1. Agreement A\nJane Roe, Minister of Trade\nJohn Doe, Minister of Health\n\n" \
           "2. Agreement B\nMary Poe, Minister of Energy\nPaul Loe, Minister of Finance\n"
    people = []
    for name, country in (("Jane Roe", "PRT"), ("John Doe", None), ("Mary Poe", "CPV"), ("Paul Loe", None)):
        start = text.index(name)
        o = OfficialInfo(id=name, name=name, mentions=[MentionSpan(text=name, start=start, end=start + len(name))])
        if country:
            o.give_country(country, "title")
        people.append(o)
    signatory_pairs(text, people)
    assert people[1].country is None and people[3].country is None


@pytest.mark.parametrize("line", [
    "Korea: HAN Ye-rin, Minister of Employment and Labor",
    "Viet Nam: Pham Thi Thu Ha, Deputy Minister of Home Affairs",
    "Rui Pedro Cardoso Mendes, Minister of Education, Science and Innovation;",
])
def test_a_rows_side_label_and_closing_semicolon(line):
    assert row_line().fullmatch(row_body(line)) is not None


def test_signatories_under_their_sides_labels_are_officials(extractor):
    text = ("Seoul, 3 November 2025\n\nANNEX\n\n1. Agreement on Nuclear Energy\n"
            "   Korea: HAN Ye-rin, Minister of Employment and Labor\n"
            "   Viet Nam: Pham Thi Thu Ha, Deputy Minister of Home Affairs\n")
    got = officials(extractor, text)
    assert got["HAN Ye-rin"].titles == ["Minister of Employment and Labor"]
    assert got["Pham Thi Thu Ha"].titles == ["Deputy Minister of Home Affairs"]


def test_names_joined_by_son_of_are_one_name(extractor):
    text = ("Singapore, 18 July 2025. Singapore's delegation included Minister of State Ravindran s/o Krishnan "
            "and Deputy Minister of Home Affairs Datuk Arumugam a/l Pillai. Mr Ravindran said the talks went well.")
    got = officials(extractor, text)
    assert set(got) == {"Ravindran s/o Krishnan", "Arumugam a/l Pillai"}
    assert [m.text for m in got["Ravindran s/o Krishnan"].mentions] == ["Ravindran s/o Krishnan", "Ravindran"]


def test_offices_closing_on_general_in_both_spellings():
    heads = with_hyphen_spellings(["Solicitor General", "Auditor-General", "Major General", "General"],
                                  ranks={"Major General", "General"})
    assert heads == ["Solicitor General", "Auditor-General", "Major General", "General", "Solicitor-General",
                     "Auditor General"]


def test_a_solicitor_general_with_a_hyphen_is_an_official(extractor):
    got = officials(extractor, "The treaty was signed by Mr. Vikash Ramdin, Solicitor-General of Mauritius.")
    assert (got["Vikash Ramdin"].titles, got["Vikash Ramdin"].country) == (["Solicitor-General"], "MUS")


@pytest.mark.parametrize("text, country", [
    ("Hon. Jane Wanjiru, Cabinet Secretary for Foreign Affairs, met the press.", "KEN"),
    ("Secretary for Foreign Affairs Maria Santos met the press.", "PHL"),
    ("London. Cabinet Secretary Simon Case briefed the UK Prime Minister.", "GBR"),
    ("Parliamentary Under-Secretary of State for Africa Lord Collins met the press.", "GBR"),
    ("The Secretary of State for the Home Department, Ms. Ruth Kelling, met the press.", "GBR"),
    ("Secretary of State for Foreign Affairs James Cleverly met the press.", None),
])
def test_a_form_beginning_inside_another_is_part_of_that_office(extractor, text, country):
    (o,) = extractor.extract(text).officials
    assert o.country == country


@pytest.mark.parametrize("text", [
    "Signed by Mr. Burak Tunali, Chief Executive Officer, Anadolu Rayli Sistemler A.Ş., and the Minister.",
    "The visit ends today.\n\n--\nOffice of the President, Communication Service\n#StateVisit",
])
def test_company_heads_and_a_services_name_are_no_officials(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text, name, titles", [
    ("Wellington, 4 September 2025. Chief of Navy Rear Admiral Simon Tremewan said a vessel would sail.",
     "Simon Tremewan", ["Chief of Navy", "Rear Admiral"]),
    ("Canberra. Chief of Army Lieutenant General Simon Stuart met the press.", "Simon Stuart",
     ["Chief of Army", "Lieutenant General"]),
    ("New Delhi. Chief of Army Staff General Upendra Dwivedi met the press.", "Upendra Dwivedi",
     ["Chief of Army Staff", "General"]),
])
def test_a_force_named_without_the_closes_the_office_before_a_rank_or_name(extractor, text, name, titles):
    assert officials(extractor, text)[name].titles == titles


SIGNATURES = """Done at Santiago, on 18 September 2025, in two original copies.

FOR THE GOVERNMENT OF THE                  FOR THE GOVERNMENT OF THE
REPUBLIC OF CHILE                          KINGDOM OF MOROCCO

________________________________           ________________________________
Rodrigo Alvear Sepulveda                   Salma Berrada Alami
Minister of Energy                         Minister of Energy Transition and
                                           Sustainable Development

In the presence of:

________________________________           ________________________________
Mariana Echeverria Loyola                  Youssef Tahiri
Undersecretary of Foreign Affairs          Ambassador to the Republic of
                                           Chile
"""


def test_a_signature_page_in_two_columns_reads_each_column_and_its_party(extractor):
    got = officials(extractor, SIGNATURES)
    assert got["Salma Berrada Alami"].titles == ["Minister of Energy Transition and Sustainable Development"]
    assert {name: o.country for name, o in got.items()} == {
        "Rodrigo Alvear Sepulveda": "CHL", "Salma Berrada Alami": "MAR",
        "Mariana Echeverria Loyola": "CHL", "Youssef Tahiri": "MAR"}
    assert got["Youssef Tahiri"].country_source == "sides"  # (the witness under the second heading)


def test_a_cell_going_on_in_small_letters_and_an_address_block_left_alone():
    from dialogue_extract.pipeline.layout import layout_view

    text = ("Witnessed by:\n\nEng. Daniel Mutua Kioko                       Sanna Kivela\n"
            "Principal Secretary, State Department         Ambassador of Finland to Kenya\n"
            "for Water and Sanitation\n")
    assert "Principal Secretary, State Department for Water and Sanitation \u00a6Ambassador" in layout_view(text)[0]
    address = ("Old Treasury Building, Harambee Avenue     Telephone: +254 (0)20 3318888\n"
               "P.O. Box 30551 - 00100                     Fax: +254 (0)20 2240066\n"
               "NAIROBI, KENYA                             Email: pcs@example.ke\n")
    assert "\u00a6" not in layout_view(address)[0]  # (no cell wraps: no columns read)


@pytest.mark.parametrize("text, name, country", [
    # a leader's site on the first line, the meeting abroad in the dateline
    ("Prime Minister of Canada\n\nJuly 8, 2026\nAnkara, Türkiye\n\nPrime Minister Genevieve Arsenault met "
     "the President of Latvia, Rihards Ozolins, on the margins of the NATO Summit. The Prime Minister was joined "
     "by the Minister of Foreign Affairs, Priya Sandhu-Kerr.", "Priya Sandhu-Kerr", "CAN"),
    # "The President was joined on the call by": the readout's own leader, named first
    ("THE WHITE HOUSE\n\nReadout of President Whitcomb's Call with President Mwangi of Kenya\n\nSeptember 18, 2025\n\n"
     "President Whitcomb spoke today with President Samuel Mwangi of Kenya. The President was joined on the call "
     "by Secretary of State Margaret Hollis and National Security Advisor Curtis Oyelaran.", "Curtis Oyelaran", "USA"),
    # two holders of one office of several words, and two ministers who sign together
    ("Hanoi, 23 April 2026. Joint Statement between Viet Nam and Chile.\n\n3. Deputy Prime Minister and Minister "
     "of Foreign Affairs Doan Minh Khoi and Minister of Foreign Affairs Maria Jose Ossandon Vial agreed to meet "
     "again.", "Maria Jose Ossandon Vial", "CHL"),
    ("Hanoi, 23 April 2026. Joint Statement between Viet Nam and Chile.\n\n7. Minister of Agriculture and "
     "Environment Nguyen Huu Phuoc and Minister of Agriculture Rodrigo Pizarro Urrutia signed a plan of action.",
     "Rodrigo Pizarro Urrutia", "CHL"),
])
def test_readouts_and_joint_statements_sides(extractor, text, name, country):
    assert officials(extractor, text)[name].country == country


def test_an_office_the_home_lacks_counts_before_its_field(extractor):
    text = ("Ministry of External Affairs\nGovernment of India\n\nRemarks by External Affairs Minister Dr. Kavita "
            "Raghunathan at the India-Ghana Business Forum in Accra (February 12, 2026)\n\n"
            "Hon. Kofi Boakye Asamoah, Deputy Minister for Foreign Affairs and Regional Integration,\n"
            "Distinguished business leaders from Ghana and India,\n\n1. It is a pleasure to be in Accra again, and "
            "I assure Minister Asamoah that India remains a partner of Ghana.")
    assert officials(extractor, text)["Kofi Boakye Asamoah"].country == "GHA"


def test_two_names_of_one_office_joined_by_and_serve_the_two_sides(extractor):
    text = ("Putrajaya, 19 August 2026. Joint press conference of Malaysia and Viet Nam.\n\n8. I thank Foreign "
            "Minister Dato' Seri Rosli bin Ahmad and Deputy Prime Minister and Minister of Foreign Affairs "
            "Do Thanh Tung, who worked tirelessly to prepare this visit.")
    got = officials(extractor, text)
    assert (got["Rosli bin Ahmad"].country, got["Do Thanh Tung"].country) == ("MYS", "VNM")


def test_the_officials_met_in_a_list_of_visits_serve_the_state_of_the_place(extractor):
    text = ("Senate of Australia. Answer to question on notice, 10 February 2026.\n\n"
            "(4) Ministerial visits to Pacific Island countries:\n\n"
            "- Minister for International Development and the Pacific, the Hon Lachlan Birtles MP - Honiara, "
            "Solomon Islands, 4-6 August 2025. Met the Minister for Police, Hon. Peter Manetoali; discussed policing.\n"
            "- Assistant Minister for Foreign Affairs, the Hon Danielle Okoro MP - Port Moresby, Papua New Guinea, "
            "14 Oct 2025. Met the Minister for Foreign Affairs, Hon. Justin Kapaliwa; discussed policing.\n")
    got = officials(extractor, text)
    assert (got["Peter Manetoali"].country, got["Justin Kapaliwa"].country) == ("SLB", "PNG")
    assert got["Lachlan Birtles"].country == "AUS"


def test_an_official_met_inside_a_tables_cell_serves_the_rows_state(extractor):
    text = ("Ministry of External Affairs, India. Annexure\n\nSl. No. | Date | Visit | Outcomes\n"
            "1. | 08-09.09.2025 | Visit of EAM to Oman | 5th India-Oman Joint Commission Meeting; EAM also met "
            "H.E. Qais bin Salim Al Harthy, Minister of Commerce, Industry and Investment Promotion; review of "
            "maritime security.\n")
    assert officials(extractor, text)["Qais bin Salim Al Harthy"].country == "OMN"


def test_the_list_accompanying_an_office_named_with_the(extractor):
    text = ("Bandar Seri Begawan, 3 July 2025. Joint Statement of Brunei Darussalam and the Philippines.\n\n"
            "1. President Ramon Villareal Castillo of the Philippines paid a State Visit to Brunei Darussalam.\n\n"
            "The President was accompanied by:\nSecretary of Foreign Affairs Maria Teresa Lacson-Buenaventura\n"
            "Secretary of Migrant Workers Josefina Ramirez Agbayani\n\nThe visit ended on Thursday.")
    got = officials(extractor, text)
    assert got["Josefina Ramirez Agbayani"].country == "PHL"


@pytest.mark.parametrize("text, name, title", [
    ("Rabat, 10/11/2025. The talks were attended by the Ambassador of His Majesty the King in Lima, Mrs. Nadia "
     "El Idrissi Alaoui.", "Nadia El Idrissi Alaoui", "Ambassador of His Majesty the King"),
    ("Abidjan, 13 May 2026. The talks took place in the presence of the Secretary of State in charge of African "
     "Integration, Mrs. Mariam Fanny KONE-TRAORE.", "Mariam Fanny KONE-TRAORE",
     "Secretary of State in charge of African Integration"),
])
def test_a_small_word_of_an_office_before_a_place_ends_it(extractor, text, name, title):
    assert officials(extractor, text)[name].titles == [title]


ANNEX = """Seoul, 29 August 2025

[Annex] List of delegations

Republic of Korea                                                     Mongolia
------------------------------------------------------------          ------------------------------------------------------------
(Head) HAN Ji-woon                                                    (Head) Ts. BOLORMAA
       First Vice Minister of Foreign Affairs                                Deputy Minister of Foreign Affairs

CHOI Eun-ha                                                           B. GANZORIG
       Ambassador to Mongolia                                                Ambassador to the Republic of Korea
"""


def test_an_annex_of_two_columns_with_offices_set_in_under_the_names(extractor):
    got = officials(extractor, ANNEX)
    assert (got["B. GANZORIG"].titles, got["B. GANZORIG"].country) == (["Ambassador to the Republic of Korea"], "MNG")
    assert (got["CHOI Eun-ha"].titles, got["CHOI Eun-ha"].country) == (["Ambassador to Mongolia"], "KOR")


def test_a_table_whose_counterparts_have_their_office_set_in_under_the_name(extractor):
    text = ("Wellington, 12 July 2025. Mr Whitcombe's bilateral meetings were as follows:\n\n"
            "Date      Counterpart                                   Country             Main topics\n"
            "9 July    Azman bin Hashim                              Malaysia            ASEAN chairmanship; trade\n"
            "            Minister of Foreign Affairs\n"
            "10 July   Zhou Hanlin                                   China               Trade; climate change\n"
            "            Minister of Foreign Affairs\n")
    got = officials(extractor, text)
    assert (got["Azman bin Hashim"].titles, got["Zhou Hanlin"].titles) == (["Minister of Foreign Affairs"],) * 2


def test_a_header_in_turkish_capitals_and_an_invitation_conveyed_by_a_stated_official(extractor):
    text = ("REPUBLIC OF TÜRKİYE\nMINISTRY OF FOREIGN AFFAIRS\n\nContacts of the Foreign Minister\n\n"
            "Foreign Minister Kerem Aydinoglu received Tomasz Wisniewski, Secretary of State at the Ministry of "
            "Foreign Affairs of the Republic of Poland, 3 March 2026\n\nThe meeting addressed efforts towards a "
            "lasting peace in Ukraine. Wisniewski conveyed the invitation of Foreign Minister Zofia Kowal for the "
            "Foreign Minister to visit Warsaw in May.")
    got = officials(extractor, text)
    assert (got["Kerem Aydinoglu"].country, got["Zofia Kowal"].country) == ("TUR", "POL")


def test_a_function_word_of_an_alias_in_capitals_is_recased():
    from dialogue_extract.pipeline.layout import load_rules
    rules = load_rules()
    assert "OF" not in rules.keep_caps and "USA" in rules.keep_caps


@pytest.mark.parametrize("title, role", [
    ("President of the Halal Accreditation Agency", None),
    ("President of the Disaster and Emergency Management Authority (AFAD)", None),
    ("President of the Republic", "head_of_state"),
])
def test_the_president_of_a_national_agency_is_no_head_of_state(title, role):
    from dialogue_extract.roles import role_of
    assert (role_of(title) == "head_of_state") == (role == "head_of_state")


def test_a_table_of_counterparts_with_a_country_column_after_them(extractor):
    text = ("Wellington, 12 July 2025. Mr Whitcombe's bilateral meetings were as follows:\n\n"
            "Date | Counterpart | Country | Main topics\n"
            "9 July | Azman bin Hashim, Minister of Foreign Affairs | Malaysia | trade\n"
            "10 July | Zhou Hanlin, Minister of Foreign Affairs | China | climate change\n")
    got = officials(extractor, text)
    assert (got["Azman bin Hashim"].country, got["Zhou Hanlin"].country) == ("MYS", "CHN")


def test_the_officials_of_a_participants_line_serve_its_states_label(extractor):
    text = ("Tokyo, 24 September 2025. Participants\n\n"
            "Japan: SAKAGUCHI Takumi, Minister for Foreign Affairs; FUJIMOTO Ayaka, Director-General of the Asian "
            "and Oceanian Affairs Bureau\n"
            "United States: Daniel R. Whitfield, Secretary of State; Margaret L. Okafor, Assistant Secretary of "
            "State for East Asian and Pacific Affairs\n"
            "Republic of Korea: HAN Jeong-woo, Minister of Foreign Affairs; CHUNG Min-ah, Deputy Minister for "
            "Political Affairs\n")
    got = {name: o.country for name, o in officials(extractor, text).items()}
    assert got == {"SAKAGUCHI Takumi": "JPN", "FUJIMOTO Ayaka": "JPN", "Daniel R. Whitfield": "USA",
                   "Margaret L. Okafor": "USA", "HAN Jeong-woo": "KOR", "CHUNG Min-ah": "KOR"}


def test_a_delegations_line_labelled_by_its_state_and_a_dash(extractor):
    text = ("Vilnius, 21 October 2026. Joint Declaration.\n\nAnnex: Delegations\n"
            "Poland – Minister Tomasz Wierzbicki; Pawel Nowicki, Secretary of State at the Ministry of Foreign Affairs\n"
            "Ukraine – Minister Andrii Koval; Iryna Savchuk, Deputy Minister for Foreign Affairs\n")
    got = {name: o.country for name, o in officials(extractor, text).items()}
    assert got == {"Tomasz Wierzbicki": "POL", "Pawel Nowicki": "POL", "Andrii Koval": "UKR", "Iryna Savchuk": "UKR"}


@pytest.mark.parametrize("text, name, country", [
    ("U.S. DEPARTMENT of STATE\nHome › Press Briefings\n\nDepartment Press Briefing – September 9, 2025\n\n"
     "Daniel Whitcombe, Department Spokesperson\n\nMR WHITCOMBE: Yesterday Deputy Secretary Ellen Marchetti "
     "discussed aid to Sudan with China's envoy.", "Ellen Marchetti", "USA"),
    ("SAIGON ECONOMIC TIMES\n\nNZ Minister for Trade and Investment Grant Ellingham, in Ho Chi Minh City this "
     "week, talked to the paper about market access.", "Grant Ellingham", "NZL"),
])
def test_a_department_in_a_sites_capitals_and_nz(extractor, text, name, country):
    assert officials(extractor, text)[name].country == country


def test_a_portfolio_of_migration_and_asylum(extractor):
    text = ("Athens, 9 July 2025. Foreign Minister Stelios Anagnostakis of Greece was accompanied by Deputy Minister "
            "of Migration and Asylum Eleni Chrysafi, who signed a protocol.")
    got = officials(extractor, text)
    assert (got["Eleni Chrysafi"].titles, got["Eleni Chrysafi"].country) == (["Deputy Minister of Migration and Asylum"], "GRC")


@pytest.mark.parametrize("text", [
    "Prague, 14 November 2025. The Minister met the Vietnamese Business Association in Czechia, chaired by its "
    "President Vu Van Tuan.",
    "Accra, 26 June 2025. The delegation was accompanied by representatives of the German-African Business "
    "Association, led by its Vice-Chair, Ms. Ulrike Hahn, who held a roundtable.",
    "Kuala Lumpur, 20 November 2025. Federation of Malaysian Manufacturers (FMM) president Tan Sri Loh Boon Seng "
    "said the MoUs would help.",
])
def test_the_head_of_a_business_body_named_before_the_office_is_no_official(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text", [
    # a chairman of a cooperative or of a business roundtable holds no public office
    "Hanoi, 2 June 2025. Nguyen Van Binh, chairman of the Ha Long Fishing Cooperative, thanked the sailors.",
    "Ottawa, 2 June 2025. The delegation was led by Mr. Rohan Mehta, Chairman of the Canada-India Business Roundtable.",
    # a form of address with a private calling in apposition: no office ("H.E." or "Hon." would be one)
    "New Delhi, 2 June 2025. (c) whether Government is aware of the case of Shri Rajesh Pillai, a nurse from Kollam, "
    "who is in detention abroad;",
    # a unit of a body of business known by its initials, in apposition; a university's officers
    "Accra, 2 June 2025\n\nExcellencies,\nMs. Anita Rao, Chairperson, CII Africa Committee,\nLadies and gentlemen,\n\n"
    "I am glad to be here.",
    "Melbourne, 2 June 2025. Professor Jane Holt, Vice-Chancellor of the University of Melbourne, welcomed the guests.",
    "Melbourne, 2 June 2025. Professor Tom Reid, Vice-Chancellor of RMIT University, welcomed the guests.",
    # a list a group of civil society introduces: its members' forms of address make no office
    "New Delhi, 2 June 2025. Representatives of fishermen's associations, including Shri K. Murugan of Rameswaram, "
    "have also met officials of the Ministry.",
    "Seoul, 2 June 2025. Dr. Kim Jin-ho, President of Seoul National University, welcomed the guests.",
    "Dubai, 2 June 2025. Mr. Saeed Al Nuaimi, Chief Executive Officer of Al Noor Holdings, announced the venture.",
])
def test_private_callings_are_no_officials(extractor, text):
    assert extractor.extract(text).officials == []


MISSION = ("Wellington, 4 June 2026 - Minister of Foreign Affairs Aroha Tane met Minister of Trade Lukas "
           "Brenner of Austria on Tuesday. ")


@pytest.mark.parametrize("listing, staff", [
    ("Austria's Ambassador to New Zealand, Eva Maria Gruber, and First Secretary Johann Pichler were also "
     "present.", "Johann Pichler"),
    ("The Ambassador of Austria, Eva Maria Gruber, as well as Minister Counsellor (Trade) Johann Pichler "
     "attended the talks.", "Johann Pichler"),
])
def test_a_missions_diplomat_listed_after_the_envoy_serves_the_envoys_state(extractor, listing, staff):
    got = officials(extractor, MISSION + listing)
    assert got["Eva Maria Gruber"].country == "AUT"
    assert (got[staff].country, got[staff].country_source) == ("AUT", "context")


def test_another_official_listed_after_an_envoy_keeps_the_home_state(extractor):
    # a list of those present mixes the sides: a director after the guest's envoy is the host's
    got = officials(extractor, MISSION + "Austria's Ambassador to New Zealand, Eva Maria Gruber, and Director "
                                         "of the Europe Division Mere Walker were also present.")
    assert got["Mere Walker"].country == "NZL"


@pytest.mark.parametrize("companions", [
    "Joining Secretary Manuel Ortega were Undersecretary Lucia Ramos, Peruvian Navy Commander Admiral Jorge "
    "Paredes and Peruvian Ambassador Rosa Quispe.",
    "Accompanying Minister Manuel Ortega were Lucia Ramos, Director of Trade, and Peruvian Ambassador Rosa Quispe.",
])
def test_companions_stated_state_is_the_state_of_the_official_they_join(extractor, companions):
    text = ("MANILA - The second joint commission met on Tuesday. The Philippines and the Philippines' partners "
            "welcomed it. " + companions)
    got = officials(extractor, text)
    for name in ("Manuel Ortega", "Lucia Ramos"):
        assert (got[name].country, got[name].country_source) == ("PER", "delegation"), name
    assert (got["Rosa Quispe"].country, got["Rosa Quispe"].country_source) == ("PER", "title")


def test_companions_of_two_states_give_the_official_they_join_none(extractor):
    text = ("MANILA - The joint commission met on Tuesday. The Philippines and the Philippines' partners welcomed "
            "it. Joining Secretary Manuel Ortega were Peruvian Ambassador Rosa Quispe and Chilean Ambassador "
            "Pedro Soto.")
    assert officials(extractor, text)["Manuel Ortega"].country_source != "delegation"


def test_a_delegation_of_a_states_body_headed_by_an_official_is_that_states(extractor):
    text = ("Moscow, 1 October 2026. The Chairman of the State Duma, Pavel Orlov, met on Tuesday with a delegation "
            "of the National Assembly (Majlis) of the Islamic Republic of Iran headed by First Deputy Speaker "
            "Reza Karimi. Russia and Russia's partners welcomed it.")
    got = officials(extractor, text)
    assert (got["Reza Karimi"].country, got["Reza Karimi"].country_source) == ("IRN", "delegation")


def test_talks_held_on_a_weekday_with_an_official_are_a_meeting(extractor):
    text = ("OMAN NEWS\n\nANKARA, Jan 21 (ONA) - Khalid bin Said Al Harthy, Chairman of the State Council of Oman, "
            "held official talks on Tuesday with Selim Aydin, Speaker of the Assembly, in Ankara, as part of an "
            "official visit to the Republic of Türkiye. Oman and Oman's partners welcomed the visit.")
    got = officials(extractor, text)
    assert got["Selim Aydin"].country == "TUR"


def test_an_official_who_will_lead_a_states_delegation_is_that_states(extractor):
    text = ("Naypyitaw, 3 May 2025. The Ambassador informed the Union Minister that Deputy Minister of Foreign Affairs "
            "Tran Van Long would lead a Vietnamese delegation to Nay Pyi Taw next month. Myanmar and Myanmar's "
            "partners welcomed it.")
    got = officials(extractor, text)
    assert (got["Tran Van Long"].country, got["Tran Van Long"].country_source) == ("VNM", "delegation")


def test_the_one_invited_to_lead_a_delegation_is_not_the_inviter(extractor):
    text = ("New Delhi, 3 May 2025. Vice Speaker Park Min-ho of the Republic of Korea met the Speaker. Vice Speaker "
            "Park invited the Speaker to lead an Indian parliamentary delegation to Seoul next year.")
    assert officials(extractor, text)["Park Min-ho"].country == "KOR"


@pytest.mark.parametrize("phrase", ["has also taken it up with", "raised the matter with"])
def test_taking_a_matter_up_with_an_official_is_meeting_the_other_side(extractor, phrase):
    text = ("New Delhi, 12 December 2024. The fishermen's release is a priority. Our High Commissioner, Shri Arun "
            "Mehta, " + phrase + " the Minister of Fisheries, Mr. Ruwan Senanayake, in Colombo. Sri Lanka has "
            "conveyed that it is conscious of the issue; Sri Lanka will respond.")
    got = officials(extractor, text)
    assert got["Ruwan Senanayake"].country == "LKA"


@pytest.mark.parametrize("subject, host", [("The prime minister", "President Ilham Aliyev"),
                                           ("The president", "Prime Minister Ali Asadov")])
def test_an_office_in_small_letters_heading_accompanied_by_is_its_holders(extractor, subject, host):
    """At a summit abroad, "The prime minister was accompanied by ..." names the companions of the
    leader who holds that office, not the host's officials."""
    office = subject.split(" ", 1)[1].title()
    text = ("Baku, 12 November 2024\n\n"
            f"{office} Ana Roe of Chile met {host} of Azerbaijan on the sidelines of the summit.\n\n"
            f"{subject} was accompanied by Finance Minister Luis Paz and Climate Envoy Marta Gil.")
    got = officials(extractor, text)
    assert got["Luis Paz"].country == "CHL" and got["Marta Gil"].country == "CHL"


def test_high_as_a_rank_before_an_office_keeps_the_state_before_it(extractor):
    text = ("Brussels, 12 December 2016\n\nAlso present was Rafael Soto, Colombia's High Presidential Counsellor "
            "for the Post-Conflict, who met EU officials.")
    got = officials(extractor, text)["Rafael Soto"]
    assert got.country == "COL" and got.titles[0].startswith("High Presidential Counsellor")


def test_a_state_label_in_brackets_after_signatories_gives_them_its_state(extractor):
    text = ("Manila, 9 February 2026\n\nThe following documents were signed:\n\n"
            "1. Memorandum of Cooperation on Ports\nSigned by: Rosa M. Cruz, Undersecretary, Department of "
            "Transportation (for the Philippines) and SATO Kenji, Minister of Land and Transport (for Japan)\n\n"
            "2. Memorandum of Cooperation on Roads\nSigned by: Luis P. Reyes, Secretary, Department of Public Works, "
            "and Ana T. Lim, Secretary, Department of Budget (for the Philippines) and MORI Aiko, State Minister (for Japan)")
    got = officials(extractor, text)
    assert got["SATO Kenji"].country == "JPN" and got["MORI Aiko"].country == "JPN"
    assert {got[n].country for n in ("Rosa M. Cruz", "Luis P. Reyes", "Ana T. Lim")} == {"PHL"}


ANNEX_HEAD = ("Protocol of the fifth meeting of the Intergovernmental Commission, signed in Baku on 4 May 2025. "
              "The parties reviewed trade, energy and transport.\n\nAnnex 1\n\n")


@pytest.mark.parametrize("row", ["{name}                  {office}", "{name}\t{office}", "{name} - {office}",
                                 "{name}, {office}"])
def test_a_state_heading_over_rows_of_names_and_offices_gives_their_state(extractor, row):
    rows = lambda people: "\n".join(row.format(name=n, office=o) for n, o in people)
    text = (ANNEX_HEAD + "REPUBLIC OF AZERBAIJAN\n\n"
            + rows([("Elchin Mammadov", "Minister of Economy"), ("Nigar Huseynova", "Minister of Culture")])
            + "\n\nREPUBLIC OF TÜRKIYE\n\n"
            + rows([("Murat Yildiz", "Minister of Trade"), ("Ayse Demirtas", "Minister of Transport")]) + "\n")
    got = officials(extractor, text)
    assert {n: got[n].country for n in ("Elchin Mammadov", "Nigar Huseynova", "Murat Yildiz", "Ayse Demirtas")} \
        == {"Elchin Mammadov": "AZE", "Nigar Huseynova": "AZE", "Murat Yildiz": "TUR", "Ayse Demirtas": "TUR"}


def test_a_participants_line_with_a_dash_before_the_office(extractor):
    text = ("The working group met in Shymkent on 12 March 2024 and discussed water allocation.\n\nList of participants\n\n"
            "From the Republic of Kazakhstan:\nB. Zhaksylykov - Minister of Water Resources (head of delegation)\n"
            "D. Orazbek - Akim of Turkistan region\n\nFrom the Republic of Uzbekistan:\n"
            "Sh. Rakhimov – Minister of Water Resources\n\nThe next meeting will be held in Tashkent.\n")
    got = officials(extractor, text)
    assert got["D. Orazbek"].titles == ["Akim of Turkistan region"]
    assert {n: got[n].country for n in ("B. Zhaksylykov", "D. Orazbek", "Sh. Rakhimov")} \
        == {"B. Zhaksylykov": "KAZ", "D. Orazbek": "KAZ", "Sh. Rakhimov": "UZB"}


def test_a_dash_inside_a_sentence_opens_no_participants_line(extractor):
    got = officials(extractor, "The talks were frank - Minister of Trade Aliyev said so.\n")
    assert "The talks" not in " ".join(got)


def test_head_of_delegation_is_the_part_played_in_the_meeting_not_an_office(extractor):
    text = ("Annex I: List of the Delegation of the Republic of Indonesia\n\n1. Amb. Rina Setiawati, Director General "
            "for Asia, Pacific and African Affairs (Head of Delegation)\n2. Director for Middle East Affairs\n\n"
            "The delegation of the European Union was led by Mr. Paolo Ricci, Head of the Delegation of the European "
            "Union to Indonesia.\n")
    got = officials(extractor, text)
    assert got["Rina Setiawati"].titles == ["Director General for Asia, Pacific and African Affairs"]
    assert got["Paolo Ricci"].titles == ["Head of the Delegation of the European Union to Indonesia"]


@pytest.mark.parametrize("text, name, title", [
    ("2. H.E. Mr. Ashraf Sultan, Ambassador of the Arab Republic of Egypt to Indonesia\n", "Ashraf Sultan", "Ambassador"),
    ("The Minister received Dr. Khalid Amir, Ambassador of Jordan, on Monday.\n", "Khalid Amir", "Ambassador"),
])
def test_a_rulers_title_closing_a_name_is_the_family_name(extractor, text, name, title):
    got = officials(extractor, text)
    assert got[name].titles == [title]


def test_the_second_delegation_of_a_gapped_sentence_is_its_own_state(extractor):
    text = ("Cairo, 4 May 2025\n\nThe delegation of the Republic of Indonesia was led by Ambassador Rina Setiawati, "
            "Director General for Asia, Pacific and African Affairs, and the delegation of the Arab Republic of Egypt "
            "by Ambassador Tarek Fouad, Assistant Minister of Foreign Affairs for Asian Affairs.\n")
    got = officials(extractor, text)
    assert (got["Rina Setiawati"].country, got["Tarek Fouad"].country) == ("IDN", "EGY")


@pytest.mark.parametrize("verb", ["signed the Memorandum", "exchanged the instruments", "co-chaired the session"])
def test_two_officials_before_a_verb_of_a_joint_act_serve_the_two_sides(extractor, verb):
    text = ("Buenos Aires, 6 February 2022\n\nPresident Alberto Fernández met the President of China in Beijing. "
            f"Chancellor Santiago Cafiero of Argentina and the Chairman of the Development Commission, Zhao Lifeng, {verb}.\n")
    got = officials(extractor, text)
    assert (got["Santiago Cafiero"].country, got["Zhao Lifeng"].country) == ("ARG", "CHN")


def test_three_officials_before_the_verb_are_no_pair(extractor):
    text = ("Buenos Aires, 6 February 2022\n\nArgentina and China held talks. Minister Ana Ruiz, Minister Pablo Diaz "
            "and Minister Jorge Lopez signed the agreements.\n")
    got = officials(extractor, text)
    assert {got[n].country_source for n in ("Ana Ruiz", "Pablo Diaz", "Jorge Lopez")} != {"side"}


def test_the_members_a_delegation_lists_serve_the_state_given_one_of_them(extractor):
    text = ("Abuja, 23 January 2024\n\nThe Minister welcomed the Secretary and his delegation, which included the "
            "United States Ambassador to Nigeria, Mr. Daniel Harper, and the Assistant Secretary of State for African "
            "Affairs, Ms. Laura Whitfield.\n")
    got = officials(extractor, text)
    assert (got["Daniel Harper"].country, got["Laura Whitfield"].country) == ("USA", "USA")


def test_a_delegation_list_that_turns_to_its_hosts_gives_them_nothing(extractor):
    text = ("Abuja, 23 January 2024\n\nThe Secretary's delegation, which included the United States Ambassador to "
            "Nigeria, Mr. Daniel Harper, held talks with the Minister of Trade, Mr. Musa Bello.\n")
    got = officials(extractor, text)
    assert got["Musa Bello"].country == "NGA"


def test_officials_met_one_after_another_with_and_with_serve_the_same_side(extractor):
    text = ("Global Affairs Canada does not disclose the content of diplomatic conversations.\n\nWith regard to the "
            "Minister of Foreign Affairs, the Hon. Marie Tremblay:\n\nTrip 1: April 14 to 17, 2026; Mexico City, Mexico. "
            "The minister met with Mexico's Secretary of Foreign Affairs, Jorge Salinas Vega, and with the "
            "Undersecretary for North America, Paula Ibarra Luna. She was accompanied by Canada's Ambassador to "
            "Mexico, Anne Dubois. Topics: the review of the trade agreement.\n")
    got = officials(extractor, text)
    assert got["Paula Ibarra Luna"].country == got["Jorge Salinas Vega"].country == "MEX"


EMBASSY = ("Embassy of India\nBrasilia\n\nPress Release\n\nAmbassador Suresh Rao visited São Paulo, Brazil, from 11 to 13 "
           "April 2023 for meetings with the State Government.\n\n2. On 12 April, Ambassador called on H.E. Mr. Paulo "
           "Mendes, Governor of the State of São Paulo. He was accompanied by Consul General Arjun Nair. Brazil and India "
           "discussed ethanol.\n\n3. Ambassador also met Mr. Carlos Teixeira, Vice-Governor, who oversees the State's "
           "international relations.\n")


def test_he_after_an_unnamed_callers_sentence_is_the_caller(extractor):
    got = officials(extractor, EMBASSY)
    assert got["Arjun Nair"].country == "IND"


def test_the_one_an_unnamed_envoy_meets_by_form_of_address_is_the_other_side(extractor):
    got = officials(extractor, EMBASSY)
    assert got["Carlos Teixeira"].country == "BRA"


def test_a_meeting_in_a_relative_clause_is_its_own_subjects(extractor):
    text = ("Embassy of Japan in Kenya\n\nMarch 15, 2024\n\nOn March 12, Ambassador SATO Ken paid a courtesy call on H.E. "
            "Juma Ali Hassan, Governor of Mombasa County. Ambassador Sato said that President William Ruto's visit to "
            "Japan last month, during which he held a summit meeting with Prime Minister KISHIDA Fumio, had opened a "
            "new chapter in Japan-Kenya relations.\n")
    got = officials(extractor, text)
    assert (got["SATO Ken"].country, got["Juma Ali Hassan"].country) == ("JPN", "KEN")


@pytest.mark.parametrize("masthead", ["U.S. Embassy & Consulate in Poland", "British Embassy in Poland",
                                      "Embassy of the United States in Poland"])
def test_a_missions_masthead_named_by_its_state_first_gives_its_hosts(extractor, masthead):
    text = (masthead + "\nHome | News\n\nJune 14, 2023\n\nThe Ambassador traveled to the Podkarpackie Voivodeship on "
            "Tuesday. In Rzeszów, the Ambassador met with Podkarpackie Voivode Ewa Nowicka. The Ambassador then met "
            "Rzeszów Mayor Piotr Zielinski at City Hall.\n")
    got = officials(extractor, text)
    assert (got["Ewa Nowicka"].country, got["Piotr Zielinski"].country) == ("POL", "POL")


def test_a_national_agencys_story_abroad_and_the_president_it_calls_its_own(extractor):
    text = ("ANTARA News\nHome | Politics\n\nAnkara (ANTARA News) - President Joko Widodo and Turkish President Recep "
            "Tayyip Erdogan on Thursday agreed to begin negotiations on an Indonesia-Turkey trade agreement.\n\nThe "
            "President was accompanied by Trade Minister Budi Santoso and Cabinet Secretary Arif Hidayat. On the "
            "Turkish side, the talks were attended by Economy Minister Ali Kaya.\n")
    got = officials(extractor, text)
    assert {n: got[n].country for n in ("Budi Santoso", "Arif Hidayat", "Ali Kaya")} \
        == {"Budi Santoso": "IDN", "Arif Hidayat": "IDN", "Ali Kaya": "TUR"}


def test_a_header_of_one_cell_a_line_names_the_sides_of_the_rows(extractor):
    text = ("New Delhi, 25 October 2024\n\nPrime Minister Narendra Modi and Chancellor Olaf Scholz co-chaired the "
            "consultations in New Delhi today.\n\nThe following documents were signed/exchanged:\n\nS.No.\nName of "
            "MoU/Agreement\nExchanged on behalf of India\nExchanged on behalf of Germany\n\n1.\nAgreement on the "
            "Exchange and Mutual Protection of Classified Information\nShri Rakesh Sharma,\nForeign Secretary\n"
            "Dr. Klaus Becker,\nAmbassador of the Federal Republic of Germany to India\n\n2.\nJoint Declaration of "
            "Intent on Cooperation in the field of Employment and Labour\nDr. Anil Gupta,\nMinister of Labour and "
            "Employment\nMr. Peter Vogel,\nFederal Minister of Labour and Social Affairs\n")
    got = officials(extractor, text)
    assert {n: got[n].country for n in ("Peter Vogel", "Anil Gupta")} == {"Peter Vogel": "DEU", "Anil Gupta": "IND"}


def test_the_president_of_a_visit_release_is_the_home_states_not_the_host_who_invited(extractor):
    # the host, named first in "at the invitation of", also holds the office the release calls
    # its own protagonist by; the delegation is the visitor's
    text = ("Ministry of Foreign Affairs\nRepublic of Chile\n\nPress Release\n4 March 2026\n\n"
            "At the invitation of the President of the Republic of Finland, Lauri Aaltonen, President "
            "Camila Fuentes Rojas will pay a State visit to Finland from 9 to 11 March.\n\n"
            "On 10 March, President Fuentes will be received by President Aaltonen at the Presidential "
            "Palace. The President will also address a business forum in Helsinki.\n\n"
            "The President will be accompanied by the Minister of Mining, Diego Araya, and the Minister "
            "of Science, Valentina Soto.")
    got = officials(extractor, text)
    assert got["Lauri Aaltonen"].country == "FIN"
    for name in ("Camila Fuentes Rojas", "Diego Araya", "Valentina Soto"):
        assert got[name].country == "CHL", name


def test_the_items_of_a_list_of_instruments_signed_name_both_sides_after_by(extractor):
    text = ("Ankara, 4 September 2024\n\nThe two Presidents met in Ankara.\n\nFollowing the meeting, 9 agreements "
            "were signed, including:\n- the Joint Declaration, by Ali Demir, Minister of Foreign Affairs of "
            "Türkiye, and Omar Nabil, Minister of Foreign Affairs of Egypt;\n- a Memorandum of Understanding on "
            "Trade, by Murat Aksoy, Minister of Trade, and Tarek Fawzy, Minister of Investment;\n- a Programme on "
            "Tourism, by Emre Kaya, Minister of Culture and Tourism, and Sherif Adel, Minister of Antiquities.\n")
    got = officials(extractor, text)
    assert {n: got[n].country for n in ("Murat Aksoy", "Tarek Fawzy", "Emre Kaya", "Sherif Adel")} == {
        "Murat Aksoy": "TUR", "Tarek Fawzy": "EGY", "Emre Kaya": "TUR", "Sherif Adel": "EGY"}


def test_a_list_of_instruments_keeps_one_order_of_the_sides(extractor):
    # the guest's signatory first in every item: the items whose states the text gives set the
    # order for those it gives none
    text = ("Tokyo, 9 February 2023\n\nThe two leaders held a summit meeting.\n\n(Reference) Documents signed and "
            "exchanged during the visit\n\n(1) Exchange of Notes on a Loan: Secretary of Foreign Affairs of the "
            "Philippines Maria Santos and Minister for Foreign Affairs of Japan SATO Kenji\n(2) Memorandum on "
            "Agriculture: Undersecretary Jose Reyes and Minister SUZUKI Taro\n(3) Memorandum on Transport: "
            "Secretary Ana Cruz and Minister TANAKA Jiro\n")
    got = officials(extractor, text)
    assert {n: got[n].country for n in ("Jose Reyes", "SUZUKI Taro", "Ana Cruz", "TANAKA Jiro")} == {
        "Jose Reyes": "PHL", "SUZUKI Taro": "JPN", "Ana Cruz": "PHL", "TANAKA Jiro": "JPN"}
