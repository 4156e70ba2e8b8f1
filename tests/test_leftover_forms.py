"""Signatory rows, post-nominals before an apposition, parentheses after a title's complement and
the remit of an envoy: invented sentences in the forms of MoU tables, parliamentary answers and
releases naming envoys."""
from __future__ import annotations

import pytest


def officials(extractor, text, **kw):
    return {o.name: o for o in extractor.extract(text, **kw).officials}


def test_a_signatory_row_gives_each_signatory_the_state_after_him(extractor):
    text = ("Outcomes of the visit of the President of Chile to Thailand\n\n"
            "1. | MoU on Tourism | Sihasak Phuangketkeow, Minister of Tourism, for Thailand; "
            "Alberto Montt Vidal, Minister of Foreign Affairs, for Chile\n")
    got = officials(extractor, text)
    assert got["Sihasak Phuangketkeow"].country == "THA"
    assert got["Alberto Montt Vidal"].country == "CHL"
    assert got["Alberto Montt Vidal"].country_source == "side"


def test_post_nominal_letters_do_not_hide_the_title_in_apposition(extractor):
    text = "The Governor received the Rt Hon Jane Roe MP, Minister of State for Overseas Territories, today."
    o = officials(extractor, text)["Jane Roe"]
    assert o.titles == ["Minister of State for Overseas Territories"]


def test_a_parenthesis_after_a_complement_belongs_to_the_title(extractor):
    got = officials(extractor, "The Speaker thanked Shri Arvind Kumar Rao, Member of Parliament (Lok Sabha), "
                               "and Omar Haddad, Minister of State (Middle East and North Africa), today.")
    assert got["Arvind Kumar Rao"].titles == ["Member of Parliament (Lok Sabha)"]
    assert got["Arvind Kumar Rao"].country == "IND"
    assert got["Omar Haddad"].titles == ["Minister of State (Middle East and North Africa)"]


def test_an_envoy_keeps_his_remit_and_is_not_given_its_state(extractor):
    o = officials(extractor, "The ministers heard Lars Eklund, Special Envoy for Syria, on the talks.")["Lars Eklund"]
    assert o.titles == ["Special Envoy for Syria"]


def test_the_asker_of_a_written_question_is_a_member(extractor):
    text = ("Question\nMr Tomasz Wierzbicki (Ealing Central):\nTo ask the Secretary of State for Foreign, "
            "Commonwealth and Development Affairs, what steps he is taking with the UK's partners.\n")
    assert "Tomasz Wierzbicki" in officials(extractor, text)


def test_an_envoy_of_the_secretary_general_keeps_the_whole_title(extractor):
    text = "We work with the UN Personal Envoy of the Secretary-General for Sudan, Ramtane Lamamra, on the talks."
    o = officials(extractor, text)["Ramtane Lamamra"]
    assert o.titles == ["Personal Envoy of the Secretary-General for Sudan"]


@pytest.mark.parametrize("line", [
    "Hon Ruth Kereama (Labour\u2014Hauraki) to the Minister of Foreign Affairs: Has she met her counterpart?",
    "Matiu Rangi (Te P\u0101ti M\u0101ori) to the Prime Minister: Will he visit Samoa this year?",
])
def test_the_asker_named_with_a_party_before_the_minister_is_a_member(extractor, line):
    text = "Question number: 1207 (2025)\n\n" + line + "\n\nReply\nThe Minister: Yes.\n"
    names = {o.name for o in extractor.extract(text).officials}
    assert any(n.endswith(("Ruth Kereama", "Matiu Rangi")) for n in names)


@pytest.mark.parametrize("text, name, title", [
    ("The talks were co-chaired by the Permanent Secretary, Ministry of Foreign Affairs, Dr. Halima Sani, "
     "and her counterpart.", "Halima Sani", "Permanent Secretary"),
    ("Also present was the Secretary, Department of Trade and Industry, Ms. Thandi Nkosi.", "Thandi Nkosi", "Secretary"),
])
def test_the_body_of_an_office_set_off_by_commas_before_the_name(extractor, text, name, title):
    got = officials(extractor, text)
    assert title in got[name].titles


@pytest.mark.parametrize("text, name", [
    # a written question page naming the asker's constituency and party in two brackets
    ("Written question - UIN 40211\n\nAsked by Gareth Pennington-Hale (Stroud) (Labour)\n\nQuestion\n"
     "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what support he is "
     "giving to Malawi.\n", "Gareth Pennington-Hale"),
    # a numbered question put to a minister by a member tagged with party and electorate
    ("Questions to Ministers\n\n7. JULIETTE FAAMAU (National\u2014Tauranga) to the Minister of Trade: What "
     "progress has been made with Chile?\n", "JULIETTE FAAMAU"),
    # a supplementary put by a member labelled with a party of the New Zealand House
    ("Hon TREVOR ASHBY (Minister of Trade): Good progress.\n\nSAMUEL HEMARA (Green): Has he met his "
     "Chilean counterpart?\n\nHon TREVOR ASHBY: Yes.\n", "SAMUEL HEMARA"),
    # an order paper question and its asker
    ("QUESTIONS ON THE ORDER PAPER\n\nQuestion No. 905 \u2014 Mrs. Louise Tremblay-Okoro (Beauce):\n\n"
     "With regard to Canada's assistance to Haiti since January 1, 2023: (a) what is the total?\n",
     "Louise Tremblay-Okoro"),
    ("Q-118 \u2014 Mr. Alain Desrosiers:\nWith regard to visas issued to Senegalese nationals, how many?\n",
     "Alain Desrosiers"),
])
def test_the_asker_of_a_parliamentary_question_in_its_printed_forms_is_a_member(extractor, text, name):
    names = {m.text for o in extractor.extract(text).officials for m in o.mentions}
    assert name in names


def test_a_members_seat_in_brackets_is_a_place_not_a_person(extractor):
    text = ("PENYATA RASMI PARLIMEN\nDEWAN RAKYAT\n\n"
            "3. Puan Nurul Huda binti Kassim [Sungai Petani] asks the Minister of Foreign Affairs to state "
            "the progress of talks with Thailand.\n\n"
            "The Minister of Foreign Affairs [Dato' Seri Ahmad Rizal bin Yusof]: Thank you, Mr Speaker, and I "
            "thank Yang Berhormat Sungai Petani for the question. Talks with Thailand resumed in March.\n\n"
            "Nurul Huda binti Kassim [Sungai Petani]: Thank you.")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert "Nurul Huda binti Kassim" in got
    assert not any("Sungai" in name for name in got)


def test_the_pronoun_after_a_name_is_no_initial(extractor):
    text = "In my meeting with Deputy Minister Naledi Khumalo I raised trade between Kenya and South Africa."
    assert [o.name for o in extractor.extract(text).officials] == ["Naledi Khumalo"]


@pytest.mark.parametrize("head", [
    "STATEMENT\nby\nH.E. Dr. Karim Nabil Haddad\nMinister of Economy and Trade\nof the Lebanese Republic\n\n",
    "H.E. Dr. Karim Nabil Haddad\nMinister of Economy and Trade\n\n",
])
def test_a_speakers_block_name_over_office_is_no_headline(extractor, head):
    text = head + "Mr. President,\n\nLebanon thanks the host for its hospitality."
    got = {o.name: o for o in extractor.extract(text).officials}
    assert "Karim Nabil Haddad" in got
    assert got["Karim Nabil Haddad"].titles[0] == "Minister of Economy and Trade"


@pytest.mark.parametrize("text, want", [
    # the office set off after a name with none of its own is that person's; the rank opens the next name
    ("The delegation included Mr. Tomás Ibarra, Deputy Minister of Finance, Ambassador Lucía Serrano and "
     "officials of the ministry.",
     {"Tomás Ibarra": ["Deputy Minister of Finance"], "Lucía Serrano": ["Ambassador"]}),
    # a name with an office of its own leaves the office after it to the next person
    ("He was accompanied by NSA R. K. Mehra, Chief of Army Staff, Gen. Arvind Pathak and others.",
     {"R. K. Mehra": ["NSA"], "Arvind Pathak": ["Chief of Army Staff", "Gen."]}),
])
def test_an_office_between_two_names_goes_to_the_one_without(extractor, text, want):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got == want


def test_a_list_of_agreements_under_a_legend_of_the_sides(extractor):
    text = ("Manila, 2 March 2026\n\nThe Philippines and Indonesia signed four agreements. The following documents "
            "were signed (document – signatory for the Philippines – signatory for Indonesia):\n\n"
            "1. MoU on Fisheries – Secretary of Agriculture Ramon T. Villar – Minister of Marine Affairs Budi Santosa\n"
            "2. MoU on Tourism – Secretary of Tourism Liza M. Reyes – Minister of Tourism Sri Wahyuni\n\n"
            "The Philippines will host the next meeting.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got == {"Ramon T. Villar": "PHL", "Budi Santosa": "IDN", "Liza M. Reyes": "PHL", "Sri Wahyuni": "IDN"}


@pytest.mark.parametrize("text, name, title", [
    # the office's name in its own language, in brackets: not a name
    ("The delegation included the Undersecretary for Foreign Affairs (Subsecretario de Relaciones Exteriores), "
     "Ramiro Ochoa Vidal; and others.", "Ramiro Ochoa Vidal", "Undersecretary for Foreign Affairs"),
    # a body's name, then its short form, then the name
    ("The delegation included the Executive Director of the Chilean Agency for International Development "
     "Cooperation (AGCID), Paula Soto Lagos; and others.", "Paula Soto Lagos", "Executive Director"),
    # a court or procuracy an office presides over, its possessive inside
    ("He met Deputy Procurator General of the Supreme People's Procuracy Nguyễn Thị Hà.", "Nguyễn Thị Hà",
     "Deputy Procurator General of the Supreme People's Procuracy"),
])
def test_what_stands_between_an_office_and_its_name(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got[name][0] == title


def test_a_unit_named_wing_or_division_closes_the_office(extractor):
    text = "I am Tanvir Hasan Chowdhury, Director General of the External Publicity Wing. I have two announcements."
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got == {"Tanvir Hasan Chowdhury": ["Director General of the External Publicity Wing"]}


@pytest.mark.parametrize("text, want", [
    # a numbered list of delegates, each name over its office
    ("LIST OF DELEGATIONS\n\n1. H.E. Mrs. Laila Sari Utami\nAmbassador of Indonesia to Kenya\n2. Mr. Budi Hartono\n"
     "Director for African Affairs\n",
     {"Laila Sari Utami": ["Ambassador"], "Budi Hartono": ["Director for African Affairs"]}),
    # Malaysian forms of address before a name on its own line, an office under it
    ("Signatories\n\nYB Dato’ Dr. Razak bin Ismail\nDeputy Minister of Higher Education\n"
     "YBhg. Dato’ Hafiz bin Mohd Nor\nSecretary-General, Ministry of Tourism, Arts and Culture\n",
     {"Razak bin Ismail": ["Deputy Minister of Higher Education"], "Hafiz bin Mohd Nor": ["Secretary-General"]}),
    # a table copied one cell a line: the name's line is not the rest of the instrument's
    ("No.\nInstrument\nMalaysian Signatory\n1.\nMemorandum of Understanding on Cooperation in Scientific Research\n"
     "Datuk Siti Aminah binti Yusof\nDirector-General, Department of Standards Malaysia\n",
     {"Siti Aminah binti Yusof": ["Director-General"]}),
])
def test_names_on_their_own_lines_under_forms_of_address(extractor, text, want):
    assert {o.name: o.titles for o in extractor.extract(text).officials} == want


def test_a_two_column_delegation_list_the_pdf_interleaved(extractor):
    text = ("ANNEX\n\nLIST OF DELEGATIONS\n\nKENYAN DELEGATION\nJAPANESE DELEGATION\n"
            "1. H.E. Mr. Peter Kiprop Ruto\n1. H.E. Mr. Kenji Watanabe\n"
            "Cabinet Secretary for Foreign Affairs (Head of Delegation)\nState Minister for Foreign Affairs (Head of Delegation)\n"
            "2. Ms. Grace Wanjiru Mwangi\n2. Mr. Hiroshi Sato\n"
            "Director for Asia and the Pacific,\nDirector of the Second Africa Division,\n"
            "Ministry of Foreign Affairs\nMinistry of Foreign Affairs\n\nPage 4 of 4\n")
    got = {o.name: (o.country, o.titles[0] if o.titles else None) for o in extractor.extract(text).officials}
    assert got["Grace Wanjiru Mwangi"] == ("KEN", "Director for Asia and the Pacific")
    assert got["Hiroshi Sato"] == ("JPN", "Director of the Second Africa Division")
    assert got["Kenji Watanabe"][0] == "JPN"


def test_a_signature_page_gives_each_signer_the_government_above(extractor):
    text = ("Memorandum of Understanding\n\nNamibia and Chile agree as follows.\n\nHAVE AGREED AS FOLLOWS:\n\n"
            "Article 1\nThe Parties shall cooperate.\n\n"
            "For the Government of the\nRepublic of Namibia\n\n(signed)\n______________\nHON. MARIA SHIKONGO\n"
            "Minister of Fisheries\n\nFor the Government of the\nRepublic of Chile\n\n(signed)\n______________\n"
            "TOMÁS IGNACIO ROJAS VERA\nUndersecretary for Fisheries\n")
    got = {o.name.casefold(): o.country for o in extractor.extract(text).officials}
    assert got == {"maria shikongo": "NAM", "tomás ignacio rojas vera": "CHL"}


def test_a_head_of_a_business_association_is_no_official(extractor):
    text = ("Mexico City, 3 May 2026. Ramiro Salas Ortega, who heads a Mexican association of auto parts makers, "
            "said his members wanted reciprocity.")
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text, name, title", [
    # the sender of a call is no place after "from"
    ("Abu Dhabi, 3 May 2026. The Minister received a phone call today from Pablo Arriaga Solís, Minister of "
     "Foreign Affairs of Spain.", "Pablo Arriaga Solís", "Minister of Foreign Affairs"),
])
def test_the_sender_of_a_call(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got[name][0] == title


def test_a_short_form_of_a_longer_short_form_is_no_office(extractor):
    text = "They discussed the Johor-Singapore Special Economic Zone (JS-SEZ) and the rail link."
    assert extractor.extract(text).officials == []


def test_a_table_one_cell_a_line_whose_header_cells_open_alike(extractor):
    text = ("New Delhi, 3 May 2026\n\nThe following documents were exchanged:\n\nS.No.\nName of MoU\n"
            "Exchanged on the Indian side by\nExchanged on the Kazakh side by\n1.\nMoU on Agriculture\n"
            "Shri Arvind Rao, Joint Secretary\nMr. Yerlan Abenov, Vice Minister of Agriculture\n")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got == {"Arvind Rao": "IND", "Yerlan Abenov": "KAZ"}


def test_a_ministry_named_by_a_list_of_fields_before_the_next_signatory(extractor):
    text = ("6. MoU on Science, signed by Mr. Somchai Rattanakul, Permanent Secretary of the Ministry of Higher "
            "Education, Science, Research and Innovation, and Lic. Rosa Elvira Quispe, Undersecretary of Science.")
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got == {"Somchai Rattanakul": ["Permanent Secretary"], "Rosa Elvira Quispe": ["Undersecretary of Science"]}



def test_the_sections_of_a_list_before_an_interleaved_annex_stay_in_the_texts_order():
    from dialogue_extract.pipeline.layout import state_sections
    text = ("Participants in the opening session:\n\nJapan\nMr. Taro Yamada, Director-General\n\n"
            "ANNEX\n\nKenyan Delegation\nJapanese Delegation\n"
            "1. H.E. Mr. Peter Kiprop Ruto\n1. H.E. Mr. Kenji Watanabe\n"
            "Cabinet Secretary for Foreign Affairs\nState Minister for Foreign Affairs\n")
    at = text.index("Japan\n")
    sections = state_sections(text, [(at, at + 5, "JPN")])
    assert sections == sorted(sections)
    assert [code for _s, _e, code in sections] == ["JPN", "KEN", "JPN", "KEN", "JPN"]


def test_the_people_met_in_a_state_listed_under_a_line_naming_it(extractor):
    text = ("Answer:\n\n2. In Fiji, the Minister met:\n• the Prime Minister of Fiji;\n"
            "• the Minister for Foreign Affairs, the Hon Ratu Josaia Vakatale; and\n"
            "• the Minister for Finance, the Hon Semi Tuilau.\n\n"
            "In Tonga, the Minister met:\n• the Minister for Health, Hon Dr Siaosi Fonua.\n\n"
            "3. The Minister for Trade, Senator Claire Whitby, announced new funding.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Josaia Vakatale"] == "FJI" and got["Semi Tuilau"] == "FJI"
    assert got["Siaosi Fonua"] == "TON"


@pytest.mark.parametrize("text, hosts", [
    ("Visit of Prime Minister to Ghana\n\nAccra\n\nPrime Minister arrived in Accra on a State Visit at the invitation "
     "of President Kwame Osei-Bonsu. Ghana and India agreed to expand trade.", {"Kwame Osei-Bonsu": "GHA"}),
    ("Ministry of External Affairs\nGovernment of India\n\nPrime Minister's visit to Peru and Chile\n\nThe visit to Lima marks fifty years of ties with Peru. On Monday, "
     "Prime Minister will hold talks with Prime Minister Rosa Huamaní. He will also call on President Jorge Villca "
     "Quispe.\n\nIn Chile, Prime Minister will meet President Ana Torres.", {"Jorge Villca Quispe": "PER"}),
])
def test_the_unnamed_leader_of_the_release_is_received_by_the_hosts(extractor, text, hosts):
    got = {o.name: o.country for o in extractor.extract(text).officials}
    for name, state in hosts.items():
        assert got[name] == state


def test_a_clause_after_and_has_a_subject_of_its_own(extractor):
    text = ("Special briefing on the Prime Minister's visit to Kenya\n\nNairobi\n\nForeign Secretary: The visit went "
            "well. President David Kiprotich Mutua of Kenya called on Prime Minister at the hotel, and External Affairs "
            "Minister Dr. Anil Mehra held a separate meeting with Cabinet Secretary Joyce Wanjiku Kamau.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Anil Mehra"] == "IND" and got["Joyce Wanjiku Kamau"] == "KEN"


def test_a_signatories_table_copied_one_cell_a_line_whose_cells_wrap(extractor):
    text = ("LIST OF OUTCOMES\n\nNo.\nTitle of Instrument\nSignatory for Kenya\nSignatory for Norway\n1.\n"
            "Memorandum of Understanding on Cooperation in\nthe Field of Fisheries\n"
            "Hon. Peter Mwangi Kariuki, Cabinet Secretary for\nBlue Economy\n"
            "H.E. Ingrid Solbakken, State Secretary of\nFisheries\n2.\nAgreement on Visa Exemption\n"
            "Hon. Mercy Atieno Odhiambo, Cabinet Secretary\nH.E. Lars Haugland, Ambassador\n\n"
            "The two sides agreed to meet again in Oslo.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got == {"Peter Mwangi Kariuki": "KEN", "Ingrid Solbakken": "NOR",
                   "Mercy Atieno Odhiambo": "KEN", "Lars Haugland": "NOR"}


def test_an_unnamed_visitor_named_by_demonym_calls_on_the_hosts(extractor):
    text = ("JOINT PRESS RELEASE\nCanberra, 4 May 2026\n\nThe Minister of Foreign Affairs of Peru, Rosa Quispe "
            "Mamani, and the Minister for Foreign Affairs of Australia, Senator Claire Whitby, met today. During her "
            "stay, the Peruvian Minister will call on the Prime Minister, Hon Daniel Ashcroft, on Tuesday.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Daniel Ashcroft"] == "AUS"


def test_the_members_of_a_delegation_its_head_led(extractor):
    text = ("JOINT PRESS RELEASE\nWellington, 9 March 2026\n\nThe Minister of Foreign Affairs of Chile, Ignacio "
            "Ruiz, and the Minister of Foreign Affairs of New Zealand, Hon Hana Whitcombe, met in Wellington today. "
            "Minister Ruiz, who arrived on Saturday at the head of a delegation that included Undersecretary Carolina "
            "Bravo Lagos, was welcomed at Parliament.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Carolina Bravo Lagos"] == "CHL"


def test_a_tab_table_whose_signatory_cells_wrap_over_lines(extractor):
    text = ("List of documents signed\n\nSl. No.\tTitle of the Document\tSignatory from the Indian side\t"
            "Signatory from the Kazakh side\n1.\tMemorandum of Understanding on Health\tDr. Meera Pillai\n"
            "Secretary, Department of Health\tMr. Arman Seitkali\nVice Minister of Health\n"
            "2.\tAgreement on Energy\tShri Rohan Verma\nJoint Secretary\tMr. Dauren Abenov\nVice Minister of Energy\n\n"
            "India and Kazakhstan agreed to meet again.")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Meera Pillai"].country == "IND" and got["Rohan Verma"].country == "IND"
    assert got["Arman Seitkali"].country == "KAZ" and got["Dauren Abenov"].country == "KAZ"
    assert got["Meera Pillai"].titles == ["Secretary"] and got["Rohan Verma"].titles == ["Joint Secretary"]


@pytest.mark.parametrize("text", [
    # the visit in a header line joined to the issuing body's ("... of Bangladesh Prime Minister's visit to Japan")
    "Ministry of Foreign Affairs of Bangladesh\nPrime Minister's visit to Japan\n\nThe Prime Minister met Prime Minister "
    "Kenji Aramaki this morning. Bangladesh and Japan agreed to expand trade.",
    "Ministry of Foreign Affairs of Bangladesh\nBriefing on the Prime Minister's official visit to Japan\n\nGood evening. "
    "The Prime Minister held a summit meeting with Prime Minister Kenji Aramaki this morning. Japan welcomed it.",
    # the trip said in the opening sentence
    "Ministry of Foreign Affairs of Bangladesh\nPress Release\n\nThe Prime Minister is on an official visit to Japan. "
    "The Prime Minister met Prime Minister Kenji Aramaki today.",
    "Ministry of Foreign Affairs of Bangladesh\nPress Release\n\nThe Prime Minister arrived in Tokyo on an official "
    "visit. He held a summit meeting with Prime Minister Kenji Aramaki today.",
    # the dateline abroad, under the home ministry's name
    "Ministry of Foreign Affairs of Bangladesh\nTokyo, 28 May 2026\n\nThe Prime Minister met Prime Minister Kenji "
    "Aramaki this morning. Bangladesh and Japan agreed to expand trade.",
])
def test_an_unnamed_leader_abroad_meets_the_hosts(extractor, text):
    got = {o.name: (o.country, o.country_source) for o in extractor.extract(text).officials}
    assert got["Kenji Aramaki"] == ("JPN", "side")


def test_a_named_traveller_of_a_stated_state_gives_no_destination(extractor):
    # the line names the traveller's state: the release is the hosts', whose minister meets the visitor
    text = ("Ministry of Foreign Affairs of Japan\n\nThe Bangladeshi Prime Minister is on an official visit to Japan. "
            "The Foreign Minister met Minister of Commerce Rafiq Hasan of Bangladesh. Foreign Minister Hiroshi "
            "Tanabe hosted a lunch.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Hiroshi Tanabe"] == "JPN" and got["Rafiq Hasan"] == "BGD"


def test_an_office_by_its_bracketed_remit_abroad_meets_the_hosts(extractor):
    text = ("Ministry of External Affairs\nGovernment of India\n\nVisit of Secretary (CPV & OIA) to the Kingdom of Saudi "
            "Arabia\n\n2. On 14 July, Secretary (CPV & OIA) co-chaired the meeting with Dr. Abdulrahman Al-Otaibi, "
            "Deputy Minister for Consular Affairs.\n\n6. Later the same day, Secretary (CPV & OIA) met H.E. Sheikh "
            "Dr. Saleh bin Abdullah Al-Harbi, Deputy Minister of Hajj and Umrah. India and Saudi Arabia agreed.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Saleh bin Abdullah Al-Harbi"] == "SAU"


def test_a_speaker_who_met_someone_during_a_visit_to_a_place_abroad(extractor):
    text = ("Nairobi, 13 May 2026\n\nThe Cabinet Secretary (Hon. Catherine Wainaina): Hon. Speaker, during the Riyadh "
            "visit I also met the Minister of Commerce, Mr. Turki bin Abdulaziz Al-Harbi. Kenya and Kenya.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Turki bin Abdulaziz Al-Harbi"] == "SAU" and got["Catherine Wainaina"] == "KEN"


def test_a_pronoun_after_a_sentence_whose_official_was_met_is_the_unnamed_subject(extractor):
    text = ("Ministry of External Affairs\nGovernment of India\n\nVisit of Minister of State to Fiji\n\nMoS held "
            "discussions with Hon. Lavinia Tuilau Vosa, Minister for Health and Medical Services, on medicines. She also "
            "met Hon. Vinod Kumar Lal, Minister for Sugar Industry, and discussed sugar mills. India and Fiji agreed.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Vinod Kumar Lal"] == "FJI"


def test_a_table_one_cell_a_line_whose_rows_stand_apart(extractor):
    text = ("Lisbon, 10 February 2026\n\nINSTRUMENTS SIGNED\n\nNo.\nInstrument\nSignatory for Portugal\nSignatory for "
            "Oman\n\n1\nAgreement on Investments\nRui Matos Pinto, Minister of Economy\nSalim bin Nasser Al-Harthy, "
            "Minister of Commerce\n\n2\nAir Services Agreement\nAna Sousa Reis, Minister of Infrastructure\n"
            "Hamed bin Said Al-Busaidi, Minister of Transport\n")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got == {"Rui Matos Pinto": "PRT", "Salim bin Nasser Al-Harthy": "OMN", "Ana Sousa Reis": "PRT",
                   "Hamed bin Said Al-Busaidi": "OMN"}


def test_indented_lines_that_name_each_sides_signatory(extractor):
    text = ("Madrid, 22 October 2026\n\n1.  Memorandum of Understanding on tourism.\n    For Spain: Rocío Gaitán "
            "Olmedo, Minister of Industry and Tourism.\n    For Morocco: Kenza Bennis, Minister of Tourism.\n")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got == {"Rocío Gaitán Olmedo": "ESP", "Kenza Bennis": "MAR"}


def test_a_signature_set_to_the_right_keeps_its_lines(extractor):
    text = ("EMBASSY OF JAPAN IN ZAMBIA\n\n1.  On 18th February 2026, the Ambassador of Japan and the Minister of "
            "Finance of Zambia signed and exchanged Notes concerning grant aid for the Project for the Improvement\n"
            "of Water Supply in the Peri-Urban Areas of Lusaka. The Grant Agreement was signed between the agency\n"
            "and the Government of the Republic of Zambia at the Ministry of Finance and National Planning.\n\n"
            "                                                        SATO Kenji\n"
            "                                                        Ambassador of Japan to Zambia\n"
            "                                                        Lusaka\n")
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got == {"SATO Kenji": ["Ambassador"]}


def test_a_two_column_delegation_list_under_headers_ending_in_colons(extractor):
    text = ("Athens, 27 May 2026\n\n2.   The composition of the two delegations was as follows:\n\n"
            "The Egyptian delegation:                          The Greek delegation:\n"
            "- Ms. Nermine Salah El-Din, Ambassador of         - Ms. Eleni Kotsaki, Ambassador of Greece\n"
            "  Egypt to the Hellenic Republic                    to Egypt\n"
            "- Mr. Tarek Shalaby, Deputy Assistant             - Mr. Dimitrios Papas, Director of\n"
            "  Minister for European Affairs                     the A4 Directorate\n\n"
            "3.   The two sides reviewed relations.\n")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Nermine Salah El-Din"] == "EGY" and got["Eleni Kotsaki"] == "GRC"
