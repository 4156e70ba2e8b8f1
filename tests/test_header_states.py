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
    # the issuing body named in the state's own language
    ("Ministerio de Relaciones Exteriores de Chile\nDiscursos\n\n", "CHL"),
    ("Ministère des Affaires étrangères du Mali\n\n", "MLI"),
])
def test_issuing_body_with_its_state_on_the_line_under_it(extractor, header, code):
    text = header + ("Vice Minister Arun Vale made an official visit to the Socialist Republic of Viet Nam from "
                     "3 to 5 March at the invitation of Deputy Prime Minister and Minister of Foreign Affairs "
                     "Bui Thanh Son. Viet Nam and Viet Nam.")
    got = officials(extractor, text)
    assert got["Arun Vale"].country == code and got["Arun Vale"].country_source == "header"
    assert got["Bui Thanh Son"].country == "VNM"


@pytest.mark.parametrize("text, code", [
    # a body's name two states give their ministries: the one the release names
    ("Department of Foreign Affairs and Trade\n\nPress releases\n\nThe Minister of State, Aoife Brennan, "
     "met Jordan's Minister of Foreign Affairs in Dublin to discuss Ireland's aid to refugees.", "IRL"),
    ("Department of Foreign Affairs and Trade\n\nMedia release\n\nAssistant Minister Tom Harlow met "
     "Jordan's Minister of Foreign Affairs in Canberra to discuss Australia's aid to refugees.", "AUS"),
])
def test_a_body_several_states_have_is_the_named_ones(extractor, text, code):
    got = [o for o in extractor.extract(text).officials if o.name in ("Aoife Brennan", "Tom Harlow")]
    assert got and got[0].country == code and got[0].country_source == "header"


@pytest.mark.parametrize("stamp, code", [
    ("Last Updated: July 8, 2025, 19:40 IST", "IND"),
    ("Published 08 Jul 2025 07:40 PM PKT", "PAK"),
    ("Updated: 8 July 2025 21.15 WIB", "IDN"),
    ("July 8, 2025 10:05 AEST", "AUS"),
])
def test_a_time_zone_of_one_state_in_the_header(extractor, stamp, code):
    text = ("THE DAILY LEDGER\nHome | World | Business\n\nPM in Chile: deals signed\n\n" + stamp + "\n\n"
            "Foreign Secretary Ravi Menon said Chile and Chile had agreed to more trade. Chile welcomed it.")
    got = officials(extractor, text)
    assert got["Ravi Menon"].country == code and got["Ravi Menon"].country_source == "header"


def test_a_time_zone_several_states_keep_names_no_home(extractor):
    text = ("THE DAILY LEDGER\n\nJuly 8, 2025 10:05 GMT\n\n"
            "Foreign Secretary Ravi Menon said Chile and Chile had agreed to more trade.")
    assert officials(extractor, text)["Ravi Menon"].country_source != "header"


@pytest.mark.parametrize("byline", [
    "Published on 05/06/2024 - 17:48 By Ana Lima - Reporter, National Agency - Brasília\n",
    "Published on 05/06/2024 - 17:48 By Ana Lima - Reporter, National Agency - Brasília\nUpdated on 05/06/2024 - 19:02\n",
    "By Our Correspondent | Brasília | 5 June 2024\n",
])
def test_byline_place_names_the_home_state(extractor, byline):
    text = ("Brazil and Mozambique sign agreements\n\n" + byline + "\nMinister of Agriculture Paulo Teixeira "
            "Fontes signed the plan. The Minister of Foreign Affairs of Mozambique, Rosa Mabote, thanked Brazil. "
            "Mozambique, Mozambique and Mozambique.")
    got = officials(extractor, text)
    assert got["Paulo Teixeira Fontes"].country == "BRA" and got["Paulo Teixeira Fontes"].country_source == "header"
    assert got["Rosa Mabote"].country == "MOZ"


def test_a_byline_without_a_place_names_no_home_state(extractor):
    text = ("Brazil and Mozambique sign agreements\n\nBy Ana Lima - Reporter\n\nMinister of Agriculture Paulo "
            "Teixeira Fontes signed the plan. The Minister of Foreign Affairs of Mozambique, Rosa Mabote, thanked Brazil.")
    assert officials(extractor, text)["Paulo Teixeira Fontes"].country_source != "header"


def test_a_member_tagged_by_a_party_of_one_legislature_names_the_home_state(extractor):
    text = ("Sudan: Humanitarian Situation\nVolume 770: debated on Tuesday 3 March 2026\n\n"
            "1. Jane Whitfield (Leeds Central) (Lab)\nWhat assessment he has made of the situation in Sudan.\n\n"
            "The Minister for Africa (Tom Ellery)\nThe UK remains a large donor to Sudan, and Sudan's neighbours.")
    got = officials(extractor, text)
    assert got["Tom Ellery"].country == "GBR" and got["Tom Ellery"].country_source == "header"


@pytest.mark.parametrize("text, name, code", [
    ("Questions to Ministers\n\n3. TAMATI REWETI (National\u2014Rangitata) to the Minister of Trade: What progress "
     "has been made on the agreement with Chile and Peru?\n\nHon MEREDITH CALLOW (Minister of Trade): Good progress. "
     "Chile and Peru have agreed to start talks, and Chile hosts the next round.\n", "Meredith Callow", "NZL"),
    ("QUESTIONS ON NOTICE\n\nSenator Bronwyn Teale asked the Minister for Trade, upon notice, on 4 March 2026:\n"
     "What trade missions went to Vietnam and Cambodia?\n\nSenator Pell: Missions went to Vietnam in May and to "
     "Vietnam and Cambodia in June.\n", "Bronwyn Teale", "AUS"),
])
def test_a_form_only_one_legislatures_papers_use_names_the_home_state(extractor, text, name, code):
    assert officials(extractor, text)[name].country == code


def test_a_party_tag_in_running_text_of_another_header_does_not_override_it(extractor):
    text = ("Ministry of Foreign Affairs of Japan\n\nTokyo, 3 March 2026\n\n"
            "Foreign Minister Ken Sato met Mr. Jon Reed (Lab)\nand discussed trade with the United Kingdom.")
    assert officials(extractor, text)["Ken Sato"].country == "JPN"


@pytest.mark.parametrize("dateline, code", [
    ("KAZAN, 14 May 2026 -", "RUS"),
    ("Daegu, Sept. 3 (Yonhap) --", "KOR"),
    ("Mombasa, Thursday, 4 June 2026:", "KEN"),
    ("Cebu City, 04/06/2026 -", "PHL"),
])
def test_a_city_of_the_gazetteer_opens_a_dateline(extractor, dateline, code):
    text = dateline + (" Vice Minister Arun Vale met Deputy Foreign Minister Tomas Ibarra of Chile. Chile and "
                       "Chile welcomed it.")
    got = officials(extractor, text)
    assert got["Arun Vale"].country == code and got["Arun Vale"].country_source == "header"


@pytest.mark.parametrize("line", [
    "Mombasa - Sports - Opinion\n",  # a menu: no date after the place
    "Kazan: 14°C, light rain\n",
])
def test_a_city_without_a_date_opens_no_dateline(extractor, line):
    text = line + "\nVice Minister Arun Vale met Deputy Foreign Minister Tomas Ibarra of Chile."
    assert officials(extractor, text)["Arun Vale"].country_source != "header"


@pytest.mark.parametrize("opening", [
    "As part of his working trip to Kenya, ",
    "During her official visit to Kenya, ",
    "On the occasion of his state visit to the Republic of Kenya, ",
])
def test_a_dateline_where_the_subject_travelled_is_not_the_home(extractor, opening):
    text = ("Nairobi, 12 May 2026 - " + opening + "Deputy Minister Tran Van Minh met Principal Secretary Jane "
            "Wambui. Viet Nam and Viet Nam welcomed it; Viet Nam will host the next round.")
    got = officials(extractor, text)
    assert got["Tran Van Minh"].country == "VNM"
    assert got["Tran Van Minh"].country_source != "header"


def test_a_dateline_without_the_subjects_own_trip_stays_the_home(extractor):
    text = ("Nairobi, 12 May 2026 - Permanent Secretary Jane Wambui received Deputy Minister Tran Van Minh of "
            "Viet Nam, on his first visit to Kenya. Kenya and Viet Nam agreed.")
    got = officials(extractor, text)
    assert (got["Jane Wambui"].country, got["Jane Wambui"].country_source) == ("KEN", "header")


@pytest.mark.parametrize("body", ["ASEAN Secretariat", "AU Commission"])
def test_an_international_bodys_office_in_a_headline_names_no_state(extractor, body):
    text = ("Deputy Minister Tran Van Minh works with " + body + ", co-chairs ASEAN-Germany meeting\n\n"
            "Jakarta, 26 September 2026 - Deputy Minister Tran Van Minh met State Secretary Karl Weber. "
            "Viet Nam and Germany agreed.")
    got = officials(extractor, text)
    assert got["Tran Van Minh"].country_source != "header" or got["Tran Van Minh"].country != "DEU"


def test_a_foreign_ministry_of_one_state_alone_in_the_header(extractor):
    text = ("MINISTRY OF FOREIGN AND DIASPORA AFFAIRS\n\nPRESS STATEMENT\n\nPermanent Secretary Jane Wambui held "
            "talks with the Ambassador of Peru, Rosa Varela. Peru and Peru agreed.")
    got = officials(extractor, text)
    assert (got["Jane Wambui"].country, got["Jane Wambui"].country_source) == ("KEN", "header")


@pytest.mark.parametrize("masthead, code", [
    ("Dhaka Sentinel", "BGD"),
    ("The Kathmandu Post", "NPL"),
    ("JAKARTA GLOBE", "IDN"),
])
def test_a_newspapers_masthead_named_after_a_city(extractor, masthead, code):
    text = (masthead + "\nHome | World | Politics\n\nTalks on hydropower\n\nForeign Secretary Anil Roy met the "
            "visiting Foreign Secretary of Peru, Rosa Varela. Peru, Peru and Peru signed; Peru will host next.")
    got = officials(extractor, text)
    assert (got["Anil Roy"].country, got["Anil Roy"].country_source) == (code, "header")


@pytest.mark.parametrize("first_line", ["Talks on hydropower in Dhaka", "Dhaka and Lima agree on hydropower trade"])
def test_a_headline_opening_with_a_city_is_no_masthead(extractor, first_line):
    text = (first_line + "\n\nForeign Secretary Anil Roy met the visiting Foreign Secretary of Peru, Rosa Varela. "
            "Peru, Peru and Peru signed; Peru will host next.")
    assert officials(extractor, text)["Anil Roy"].country_source != "header"


@pytest.mark.parametrize("dateline, state, code", [
    ("Nairobi, Feb 3 (Xinhua) --", "Kenya", "KEN"),   # a foreign agency on a story its state has no part in
    ("Lima, 9 June (Prensa Latina)", "Peru", "PER"),
    ("KABUL, Sept 2 (APP):", "The Afghan government", "AFG"),
])
def test_an_agency_reporting_from_abroad_gives_the_places_state(extractor, dateline, state, code):
    text = dateline + " " + state + (" and Chile agreed on Monday to open a consulate, Deputy Minister Arun Vale said after "
                                     "meeting Vice Minister Tomas Ibarra of Chile. Chile welcomed it.")
    got = officials(extractor, text)
    assert (got["Arun Vale"].country, got["Arun Vale"].country_source) == (code, "header")


@pytest.mark.parametrize("dateline, body", [
    # the agency's own state takes part
    ("Nairobi, Feb 3 (Xinhua) --", "Kenya and China agreed on Monday to open a consulate, Deputy Minister Arun Vale said."),
    # its own official, unmarked, named before the host
    ("Nairobi, Feb 3 (Xinhua) --", "Deputy Minister Arun Vale met Kenyan officials on Monday to open a consulate."),
    ("Lima, 9 June (Prensa Latina)", "Deputy Minister Arun Vale said Peru would open a consulate."),
])
def test_an_agency_abroad_on_its_own_states_story_gives_its_state(extractor, dateline, body):
    got = officials(extractor, dateline + " " + body + " Kenya, Peru and Chile welcomed it.")
    assert got["Arun Vale"].country in ("CHN", "CUB")


@pytest.mark.parametrize("place, code", [("ALMATY", "KAZ"), ("Nairobi", "KEN"), ("SAO PAULO", "BRA")])
def test_a_place_alone_on_its_line_above_the_first_paragraph_is_the_dateline(extractor, place, code):
    text = ("Ministers agree on a rail corridor\n\nBy A Reporter | 04.03.2026\n\n" + place + "\n\n"
            "The two governments agreed on Tuesday to build a rail corridor, Deputy Minister Arun Vale said after he "
            "met Vice Minister Tomas Ibarra of Chile at the talks. Chile and Chile welcomed it.")
    got = officials(extractor, text)
    assert (got["Arun Vale"].country, got["Arun Vale"].country_source) == (code, "header")


def test_a_place_alone_on_its_line_above_a_headline_is_no_dateline(extractor):
    text = ("Nairobi\n\nMinisters agree on a rail corridor\n\n"
            "The two governments agreed on Tuesday to build a rail corridor, Deputy Minister Arun Vale said after he "
            "met Vice Minister Tomas Ibarra of Chile at the talks. Chile and Chile welcomed it.")
    assert officials(extractor, text)["Arun Vale"].country_source != "header"


@pytest.mark.parametrize("banner, code", [
    ("REPUBLIC OF KENYA\n\nTHE HANSARD\n\n", "KEN"),
    # a state named like an international body ("Commonwealth") is a state's banner, not the body's
    ("COMMONWEALTH OF AUSTRALIA\n\nProof Committee Hansard\n\n", "AUS"),
])
def test_a_states_formal_name_alone_on_the_first_line_names_the_home(extractor, banner, code):
    text = banner + ("Senator Ruth Wamalwa asked about the visit to Uganda. The Minister, Ms. Grace Achieng, said "
                     "that Uganda and Uganda's ministers had agreed to the plan for Uganda.")
    got = officials(extractor, text)
    assert got["Grace Achieng"].country == code


@pytest.mark.parametrize("dateline, code", [
    ("Ha Noi, 18 March 2026 -", "VNM"),
    ("HA NOI, March 18 (VNA) -", "VNM"),
    ("Tshwane, 3 April 2026 -", "ZAF"),
    ("Washington DC, April 3, 2026 -", "USA"),
])
def test_a_capitals_other_official_spelling_opens_a_dateline(extractor, dateline, code):
    text = dateline + (" Vice Minister Arun Vale met Deputy Foreign Minister Tomas Ibarra of Chile. Chile and "
                       "Chile welcomed it.")
    got = officials(extractor, text)
    assert got["Arun Vale"].country == code and got["Arun Vale"].country_source == "header"


@pytest.mark.parametrize("dateline, lead, later, code", [
    # a later paragraph names the agency's state only as a third party
    ("YEREVAN, May 4 (Anadolu) -", "Armenia and Georgia agreed on Monday to reopen a rail crossing.",
     "Turkish Ambassador Ali Kaya attended as an observer, since freight would continue to Türkiye.", "ARM"),
    ("Dakar, 3 June (Xinhua) --", "Senegal and Mauritania signed a gas accord on Tuesday.",
     "The pipeline was built by Chinese firms and China financed part of it.", "SEN"),
])
def test_an_agency_abroad_naming_its_state_only_after_the_lead_gives_the_places_state(extractor, dateline, lead,
                                                                                        later, code):
    text = (dateline + " " + lead + "\n\nDeputy Minister Arun Vale said after the talks that the line would open in "
            "spring.\n\n" + later)
    got = officials(extractor, text)
    assert (got["Arun Vale"].country, got["Arun Vale"].country_source) == (code, "header")


@pytest.mark.parametrize("headline, dateline", [
    ("Foreign Minister meets counterparts on the sidelines of the UN General Assembly", "New York, 24 September 2026 -"),
    ("Minister holds talks in the margins of the Commonwealth summit", "Kigali, 23 June 2026."),
])
def test_a_headline_naming_a_multilateral_meetings_sidelines_makes_the_dateline_its_venue(extractor, headline, dateline):
    text = (headline + "\n\n" + dateline + " On the opening day of the high-level week, Foreign Minister Arun Vale met "
            "Vice Minister Tomas Ibarra of Chile. He reaffirmed Ghana's support for the reform agenda, and Ghana and "
            "Chile agreed to hold consultations in Accra. Ghana will host them in May.")
    got = officials(extractor, text)
    assert got["Arun Vale"].country == "GHA"


@pytest.mark.parametrize("line, code", [
    ("15 September 2026, Baku", "AZE"),
    ("March 3, 2026 | Astana", "KAZ"),
    ("04.03.2026, Tashkent", "UZB"),
])
def test_a_date_first_and_its_place_after_it_alone_on_a_line_is_the_dateline(extractor, line, code):
    text = ("Ministers meet on a rail corridor\n\n" + line + "\n\nThe meeting was chaired by Minister Arun Vale. "
            "Georgia was represented by Vice Minister Tomas Ibarra of Georgia. Georgia, Georgia and Georgia agreed.")
    got = officials(extractor, text)
    assert (got["Arun Vale"].country, got["Arun Vale"].country_source) == (code, "header")


@pytest.mark.parametrize("headline, guests", [
    ("Troika and partners meet in Oslo on Sudan", set()),          # a place and a topic, no guest
    ("Baku hosts trilateral meeting of ministers of Azerbaijan, Georgia and Türkiye", set()),  # the place hosts
    ("Minister meets Vietnamese counterpart", {"VNM"}),
    # the two sides a dialogue's name joins are no guests; the guest named on its own is
    ("Minister to host Japanese Foreign Minister for the Kenya–Japan Policy Dialogue", {"JPN"}),
    ("Secretary hosts the Chile-Peru Joint Commission", set()),
])
def test_a_headline_names_guests_only_after_a_meeting_word_with_no_place_before(extractor, headline, guests):
    text = headline + "\n\nThe ministers agreed on Tuesday to hold the next round of talks in the spring of next year.\n"
    doc = extractor.nlp(extractor.make_doc(text))
    assert extractor.nlp.get_pipe("attribution").headline_guests(doc, doc.text) == guests


def test_a_provinces_name_before_a_colon_opens_a_dateline(extractor):
    text = ("Border committee meets\n\nSONGKHLA: Thailand and Malaysia agreed on Wednesday to reopen two crossings. "
            "Malaysia's deputy minister attended. Malaysia and Thailand will meet again in May.\n\n"
            "Deputy spokeswoman Ratchanee Boonyarat said the talks went well.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Ratchanee Boonyarat"] == "THA"


@pytest.mark.parametrize("header, state", [
    ("Ministerio de Relaciones Exteriores\nRepública de Colombia\n\n", "COL"),
    ("Ministerio de Relaciones Exteriores\nRepública Oriental del Uruguay\n\n", "URY"),
])
def test_a_ministrys_state_written_as_its_formal_name_in_its_own_language(extractor, header, state):
    text = header + ("Brussels, 3 June 2026. – The Minister of Foreign Affairs, Ana Ruiz, concluded today a working "
                     "visit to Belgium. She met the Minister of Foreign Affairs of Belgium, Sophie Maes.")
    assert extractor.nlp(text)._.de_home_country == state


def test_a_south_african_members_question_tagged_with_party_names_the_home(extractor):
    text = ("NATIONAL ASSEMBLY\n\nQUESTION FOR WRITTEN REPLY\n\n1204. Mr J K Roe (EFF) to ask the Minister of "
            "International Relations and Cooperation:\n\nWhat agreements were signed with Angola?\n\nREPLY:\n\n"
            "Two agreements were signed with Angola in Luanda.")
    assert extractor.nlp(text)._.de_home_country == "ZAF"


@pytest.mark.parametrize("dateline, state", [("KUWAIT, Feb 9 (KUNA) --", "KWT"), ("DJIBOUTI, 3 May 2026 -", "DJI"),
                                             ("PANAMA, 3 de mayo de 2026 -", "PAN")])
def test_a_capital_named_like_its_state_opens_a_dateline(extractor, dateline, state):
    text = dateline + (" The Foreign Minister received the Philippine Ambassador, Maria Ocampo, and the "
                       "Japanese Ambassador, Kenji Sato. Both meetings were attended by the Assistant Minister.")
    assert extractor.nlp(text)._.de_home_country == state


@pytest.mark.parametrize("header, state", [
    ("RECORD OF THE SENATE\nSession No. 62\n\nTWENTIETH CONGRESS\nSECOND REGULAR SESSION\n\n", "PHL"),
    ("New Zealand Parliament | Pāremata Aotearoa\nHome › Written questions\n\n", "NZL"),
    ("NATIONAL ASSEMBLY OF ZAMBIA\nHome | Hansard | Speeches\n\n", "ZMB"),
])
def test_a_legislatures_own_record_names_the_home(extractor, header, state):
    text = header + ("SENATOR REYES. The agreement with Australia and with Australia again covers the training of "
                     "troops. The Ambassador, Ms. Ana Cruz, of New Zealand, attended. Senator Lim agreed.")
    assert extractor.nlp(text)._.de_home_country == state


def test_a_dateline_whose_place_a_bar_parts_from_its_date():
    import dialogue_extract as de
    text = ("ANATOLIAN REVIEW\nPolitics | Diplomacy\n\nTürkiye, Jordan agree to study rail revival\n\nBy Elif Kaya\n"
            "ANKARA | Oct 28, 2026 10:14 AM GMT+3\n\nTürkiye and Jordan will set up a committee, Foreign Minister "
            "Kemal Arslan said on Wednesday, a day after hosting his Jordanian counterpart. Jordan and Jordan's "
            "partners welcomed it.")
    officials = {o.name: o for o in de.extract(text).officials}
    assert officials["Kemal Arslan"].country == "TUR"


def test_a_paper_named_after_its_state_s_people():
    import dialogue_extract as de
    text = ("PHILIPPINE DAILY TRIBUNE\nNATION | METRO | WORLD\n\nJapan's man in Manila\n\nBy Carmela Reyes\n"
            "June 29, 2025 | 5:15 AM\n\nJapan's Foreign Minister is expected in Manila. Japan and Japan's partners "
            "welcome it. Defense Secretary Eduardo Lagman Cruz said the vessels were welcome.")
    officials = {o.name: o for o in de.extract(text).officials}
    assert officials["Eduardo Lagman Cruz"].country == "PHL"


@pytest.mark.parametrize("header, code", [
    ("PRESIDENTIAL PALACE, ACCRA\nMonday, 4 August 2025\n\n", "GHA"),
    ("Ministry of Foreign Affairs, Lima\nAugust 4, 2025\n\n", "PER"),
    ("HANOI\n04/08/2025\n\n", "VNM"),
])
def test_a_place_ending_its_line_over_a_date_alone_on_the_next_is_the_dateline(extractor, header, code):
    text = header + ("OFFICIAL VISIT TO PORTUGAL\n\nPresident Kwame Asante-Boateng received the visiting Portuguese "
                     "Minister of Foreign Affairs, Rui Tavares Lobo. Portugal and Portugal's partners welcomed "
                     "the visit to Portugal.")
    got = officials(extractor, text)
    assert (got["Kwame Asante-Boateng"].country, got["Kwame Asante-Boateng"].country_source) == (code, "header")
    assert got["Rui Tavares Lobo"].country == "PRT"


def test_a_date_line_under_a_line_that_names_no_place_gives_no_home(extractor):
    text = ("PRESS STATEMENT\nMonday, 4 August 2025\n\nPresident Kwame Asante-Boateng received the visiting "
            "Portuguese Minister of Foreign Affairs, Rui Tavares Lobo. Portugal and Portugal's partners welcomed it.")
    assert officials(extractor, text)["Kwame Asante-Boateng"].country_source != "header"


@pytest.mark.parametrize("headline", [
    "New Zealand steps up support to Fiji after Cyclone Rewa",
    "Australia extends humanitarian assistance to Fiji",
    "Japan provides emergency relief goods for Fiji",
])
def test_the_state_a_headline_opens_on_as_giver_of_support_is_the_issuers(extractor, headline):
    text = (headline + "\n\nMinister of Foreign Affairs Anna Keller announced today a further package for Fiji. "
            "Fiji's Minister of Home Affairs, Pio Tikoduadua, thanked the partners. Fiji has been hit hard; "
            "the people of Fiji will rebuild, Fiji said.")
    got = officials(extractor, text)
    code = {"New": "NZL", "Australia": "AUS", "Japan": "JPN"}[headline.split()[0]]
    assert got["Anna Keller"].country == code
    assert got["Pio Tikoduadua"].country == "FJI"


def test_a_headline_naming_only_the_helped_state_gives_no_giver(extractor):
    text = ("Support to Fiji after Cyclone Rewa\n\nMinister of Foreign Affairs Anna Keller announced today a "
            "further package for Fiji. Fiji has been hit hard; the people of Fiji will rebuild, Fiji said.")
    assert officials(extractor, text)["Anna Keller"].country == "FJI"


@pytest.mark.parametrize("head", ["NINETEENTH CONGRESS, THIRD REGULAR SESSION", "NINETEENTH CONGRESS\nThird Regular Session"])
def test_a_congress_and_its_regular_session_on_one_line_or_two_name_the_philippines(extractor, head):
    text = ("RECORD OF THE SENATE\n" + head + "\nMonday, December 16, 2024\n\nSenator Ramon Dizon Cruz. Mr. President, "
            "the agreement with Japan was signed by Japan's Foreign Minister and ours. Japan and Japan's partners "
            "welcomed it, Japan said.")
    got = officials(extractor, text)
    assert got["Ramon Dizon Cruz"].country == "PHL"


@pytest.mark.parametrize("masthead, home", [
    ("MINISTRY OF FOREIGN AFFAIRS\nISLAMABAD", "PAK"),
    ("Ministry of Foreign Affairs\nSingha Durbar, Kathmandu", "NPL"),
])
def test_the_seat_of_the_issuing_ministry_on_the_line_under_it_gives_the_home_state(masthead, home):
    import dialogue_extract as de
    text = (masthead + "\n\nPress Release No. 251/2025\n\nMinister concludes official visit to Bangladesh\n\nDhaka, 24 "
            "August 2025\n\nThe Minister called on the Chief Adviser. They welcomed the visit of the Federal Minister "
            "for Commerce, Tariq Aziz Malik, to Bangladesh.\n")
    got = {o.name: o.country for o in de.extract(text).officials}
    assert got["Tariq Aziz Malik"] == home


def test_a_line_under_the_ministry_that_is_no_place_gives_no_home():
    import dialogue_extract as de
    text = ("Ministry of Foreign Affairs\nPress Release\n\nDhaka, 24 August 2025\n\nThe Minister welcomed the visit of "
            "the Minister for Commerce, Tariq Aziz Malik, to Bangladesh.\n")
    got = {o.name: o.country_source for o in de.extract(text).officials}
    assert got["Tariq Aziz Malik"] != "header"


@pytest.mark.parametrize("header, code", [
    ("Hyogo Prefectural Government\nPress Release\nOctober 16, 2023", "JPN"),
    ("Government of Maharashtra\nPress Note\n17 August 2023", "IND"),
])
def test_a_provinces_own_body_in_the_header_names_its_state(extractor, header, code):
    text = (header + "\n\nThe Governor received a delegation of the State of Washington, United States of America, "
            "led by Lieutenant Governor Dan Harper. The United States and the State of Washington were thanked.")
    doc = extractor.nlp(extractor.make_doc(text))
    assert extractor.nlp.get_pipe("attribution").header_home(doc, doc.text) == code
