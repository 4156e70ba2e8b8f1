"""Which state each official serves: the release's header, the phrases that introduce the sides,
and where each official's country came from (``country_source``)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_extract.dates import find_reference_date
from dialogue_extract.organizations import names_international_body


def officials(extractor, text, **kw):
    return {o.name: o for o in extractor.extract(text, **kw).officials}


# -- the release's header ---------------------------------------------------------------------
def test_issuing_body_in_the_header_names_the_home_state(extractor):
    text = ("Ministry of Foreign Affairs\nGovernment of the Republic of Zambia\nPress Statement\n\n"
            "The Permanent Secretary, Mr. Chanda Mwale, met a delegation from Kenya and Tanzania today. "
            "Kenya and Tanzania were invited to the next trade fair in Kenya.")
    got = officials(extractor, text)
    o = got["Chanda Mwale"]
    assert (o.country, o.country_inferred, o.country_source) == ("ZMB", True, "header")


def test_a_department_and_its_state_on_the_banner_line_outrank_a_dateline_abroad(extractor):
    # a department's release from the trip: the banner names the issuer, the dateline the venue
    text = ("Skip to main content\nDepartment of Agriculture | Republic of the Philippines\n\n"
            "DA, Viet Nam agree on rice supply\n\nHANOI – Agriculture Secretary Ramon Villacorta and Viet Nam's "
            "Minister of Agriculture Tran Duc Hai agreed on Tuesday to draw up a multi-year rice framework. "
            "Villacorta was joined by Undersecretary Lorenzo Abad. Viet Nam and Viet Nam's "
            "exporters welcomed it.")
    got = officials(extractor, text)
    assert (got["Ramon Villacorta"].country, got["Ramon Villacorta"].country_source) == ("PHL", "header")
    assert got["Lorenzo Abad"].country == "PHL"


def test_a_defence_headquarters_banner_names_the_home_state(extractor):
    text = ("DEFENCE HEADQUARTERS\nARMED FORCES OF NIGERIA\n\nPRESS RELEASE\n\nThe Armed Forces of Nigeria and the Ghana "
            "Armed Forces concluded staff talks. The Chief of Defence Policy, AVM Ibrahim Yakasai, opened the talks. "
            "Ghana and Ghana's delegation thanked the hosts.")
    o = officials(extractor, text)["Ibrahim Yakasai"]
    assert (o.country, o.country_source) == ("NGA", "header")


def test_a_desk_header_is_no_dateline(extractor):
    text = ("BANGKOK-JAKARTA DESK\n\nJakarta, 18 June 2025 - Minister of Trade Budi Santoso will visit "
            "Thailand next week. Thailand and Thailand's traders welcome it, Thailand said.")
    o = officials(extractor, text)["Budi Santoso"]
    assert (o.country, o.country_source) == ("IDN", "header")


@pytest.mark.parametrize("header", [
    "ASTANA. Steppe Wire – ",
    "By Our Correspondent | Astana | 14 November 2024\n\n",
    # the place after the writer's name and a comma
    "By Dana Seitkali, Astana | November 14, 2024 | 4:15 pm\n\n",
    "By Dana Seitkali, Astana\n\n",
    "ASTANA:\n",
    # a national agency between slashes after the place (and date)
    "Astana /Steppe Wire/ ",
    "Astana, 14 November 2024 /Steppe Wire/ – ",
])
def test_dateline_shapes(extractor, header):
    text = header + ("Prime Minister Askar Zhumanov met Uzbek Foreign Minister Bakhtiyor Saidov. "
                     "Uzbekistan and Uzbekistan's business leaders joined.")
    o = officials(extractor, text)["Askar Zhumanov"]
    assert (o.country, o.country_source) == ("KAZ", "header")


@pytest.mark.parametrize("header, code", [
    ("Moscow /Kabar/ ", "KGZ"),  # the agency between slashes names its state, wherever the place
    ("Beijing, 14 November 2024 /UzA/ – ", "UZB"),
])
def test_an_agency_between_slashes_names_the_home_state(extractor, header, code):
    text = header + ("Minister of Economy Askar Zhumanov met Uzbek Foreign Minister Bakhtiyor Saidov. "
                     "Uzbekistan and Uzbekistan's business leaders joined.")
    assert officials(extractor, text)["Askar Zhumanov"].country == code


@pytest.mark.parametrize("place, code", [
    ("HONIARA", "SLB"), ("Lusaka", "ZMB"), ("MONTEVIDEO", "URY"), ("Nuku'alofa", "TON"), ("Tegucigalpa", "HND"),
    ("Vilnius", "LTU"), ("Mogadishu", "SOM"), ("Port of Spain", "TTO"),
])
def test_capitals_of_every_region_open_a_dateline(extractor, place, code):
    text = place + (", 14 March 2026 - Minister of Economy Askar Zhumanov met Uzbek Foreign Minister Bakhtiyor Saidov. "
                    "Uzbekistan and Uzbekistan's business leaders joined.")
    o = officials(extractor, text)["Askar Zhumanov"]
    assert (o.country, o.country_source) == (code, "header")


def test_dateline_after_site_menus(extractor):
    menu = "".join(f"Menu item number {i}\n" for i in range(60))  # well past the first 600 characters
    text = menu + ("\nMuscat, 14 April 2025\n\nThe session was opened by Sheikh Hamood Al Rawahi, Undersecretary for "
                   "Political Affairs, who welcomed the visiting delegation from Jordan and recalled the close ties "
                   "between the two peoples. Jordan thanked the hosts today.")
    res = extractor.extract(text)
    assert res.reference_date == dt.date(2025, 4, 14)
    assert res.official("Hamood Al Rawahi").country == "OMN"


@pytest.mark.parametrize("text, date", [
    ("NEW DELHI (Agency / Source - 10th September, 2020) – India and Japan said", dt.date(2020, 9, 10)),
    ("Riyadh, Rabi Al-Awwal 05, 1446, September 08, 2024, SPA -- The minister said", dt.date(2024, 9, 8)),
    ("October 20, 2025 7:34 AM GMT+7\nBANGKOK - The minister said", dt.date(2025, 10, 20)),
    ("KABUL:\n02 Mar 2023 12:17:58\nThe minister said", dt.date(2023, 3, 2)),
    ("By Our Correspondent | Windhoek | 27 July 2019\nThe minister said", dt.date(2019, 7, 27)),
    ("[Suva, 4/11/2025]\nThe minister said", dt.date(2025, 11, 4)),
])
def test_reference_date_from_agency_datelines(text, date):
    assert find_reference_date(text)[0] == date


def test_a_transcript_without_dateline_has_no_reference_date():
    text = ("Briefing by Foreign Ministry Spokeswoman Anna Petrova\n\nAnna Petrova: Good afternoon. On Monday "
            "the Minister held talks with his Kazakh counterpart.\n")
    assert find_reference_date(text) == (None, None)


# -- the sides of a meeting -------------------------------------------------------------------
def test_the_adjective_side_was_led_by(extractor):
    text = ("Muscat, 14 April 2025\n\nOman and Jordan held consultations. The Jordanian side was led by Dr. Rami "
            "Haddad, Secretary-General of the Ministry, with the participation of Ms. Lina Nasser, Ambassador. "
            "Undersecretary Hamood Al Rawahi welcomed them.")
    got = officials(extractor, text)
    assert got["Rami Haddad"].country == "JOR" and got["Rami Haddad"].country_source == "side"
    assert got["Lina Nasser"].country == "JOR"
    assert got["Hamood Al Rawahi"].country == "OMN" and got["Hamood Al Rawahi"].country_inferred


def test_state_was_represented_by(extractor):
    text = ("ISLAMABAD: Pakistan and Uzbekistan signed a rail framework. Minister for Railways Aamir Leghari "
            "signed for the host, while Uzbekistan was represented by its Minister of Transport, Mr. Bakhtiyor "
            "Nurmatov.")
    o = officials(extractor, text)["Bakhtiyor Nurmatov"]
    assert (o.country, o.country_inferred, o.country_source) == ("UZB", False, "delegation")


@pytest.mark.parametrize("sentence", [
    "The delegation of Azerbaijan also included Rashad Mammadli, Director of the Asia Department.",
    "The Azerbaijani delegation comprised Rashad Mammadli, Director of the Asia Department, and others.",
    "The Ghanaian side was represented by Kofi Mensah, and the Azerbaijani side by Rashad Mammadli, "
    "Director of the Asia Department.",
])
def test_a_delegation_named_by_its_state_gives_its_members_that_state(extractor, sentence):
    text = "ANKARA (Wire - 3rd November, 2024) - Minister of Transport Kerem Aksoy hosted talks. " + sentence
    got = officials(extractor, text)
    assert got["Rashad Mammadli"].country == "AZE"
    assert got["Kerem Aksoy"].country == "TUR"


@pytest.mark.parametrize("sentence", [
    "At the head of Azerbaijan's delegation was Rashad Mammadli, Minister of Digital Development.",
    "Rashad Mammadli, Minister of Digital Development, was at the head of Azerbaijan's delegation.",
    "Minister of Digital Development Rashad Mammadli led the Azerbaijani delegation.",
    "Also present was Ambassador Rashad Mammadli, who heads the Azerbaijani mission in Ankara.",
    "Ambassador Rashad Mammadli, who leads the Azerbaijani Embassy, also attended.",
    # a team named with its purpose
    "Rashad Mammadli, then Deputy Minister, headed the Azerbaijani technical team.",
    "Deputy Minister Rashad Mammadli led the Azerbaijani negotiating team.",
])
def test_head_of_the_delegation(extractor, sentence):
    text = "ANKARA (Wire - 3rd November, 2024) – Minister of Transport Kerem Aksoy hosted talks. " + sentence
    got = officials(extractor, text)
    assert got["Rashad Mammadli"].country == "AZE"
    assert got["Kerem Aksoy"].country == "TUR"


@pytest.mark.parametrize("phrase", [
    "received a Kyrgyz delegation led by",
    "received a delegation of Kyrgyzstan headed by",
    "hosted the Kyrgyz delegation headed by",
])
def test_a_delegation_led_by(extractor, phrase):
    text = ("ASTANA, 4 May 2025. Prime Minister Daniyar Seitkali " + phrase + " Minister of Economy Nurlan "
            "Abdyrakhmanov and Minister of Energy Taalaibek Ibraev.")
    got = officials(extractor, text)
    for name in ("Nurlan Abdyrakhmanov", "Taalaibek Ibraev"):
        assert (got[name].country, got[name].country_source) == ("KGZ", "delegation")
    assert got["Daniyar Seitkali"].country == "KAZ"


@pytest.mark.parametrize("sentence", [
    "Mr Tanaka arrived on Monday and was received at the Presidential Palace by President Amara Conteh.",
    "Mr Tanaka was warmly received by President Amara Conteh.",
])
def test_the_host_who_received_a_visitor(extractor, sentence):
    text = ("Japan pledges support\n\nPublished: 2 June 2025\n\nJapan will fund two schools in Sierra Leone, the "
            "visiting Japanese Minister for Foreign Affairs, Kenji Tanaka, announced in Freetown today.\n\n" + sentence)
    got = officials(extractor, text)
    # (Japan, the guessed home, has no President: the office says it before the phrase does)
    assert (got["Amara Conteh"].country, got["Amara Conteh"].country_source) in {("SLE", "context"), ("SLE", "title")}
    assert got["Kenji Tanaka"].country == "JPN"


def test_for_state_and_signature_tables(extractor):
    text = ("Mexico City, October 16, 2024\n\nThe meeting was co-chaired, for Mexico, by Undersecretary Valeria "
            "Ibarra and, for Peru, by Vice Minister Jorge Quispe.\n\nMemorandum on Plant Health\n"
            "For Mexico: signed by the Secretary of Agriculture, Arturo Medina.\n"
            "For Peru: signed by the Minister of Agriculture, Hernan Caceres.\n")
    got = officials(extractor, text)
    assert got["Valeria Ibarra"].country == "MEX"
    assert got["Jorge Quispe"].country == "PER" and got["Jorge Quispe"].country_source == "side"
    assert got["Arturo Medina"].country == "MEX"
    assert got["Hernan Caceres"].country == "PER"


@pytest.mark.parametrize("sentence", [
    "The memoranda were signed, for the State of Qatar, by H.E. Hamad Al-Kuwari, Minister of State, and, for the "
    "Hashemite Kingdom of Jordan, by H.E. Omar Haddad, Minister of Foreign Affairs.",
    "The agreement was signed on behalf of Qatar by Hamad Al-Kuwari, Minister of State, and on behalf of Jordan "
    "by Omar Haddad, Minister of Foreign Affairs.",
    # the state after the signatory: "for Qatar, and by ..." closes the first, it opens nothing
    "The agreement was signed by Hamad Al-Kuwari, Minister of State, for Qatar, and by Omar Haddad, Minister of "
    "Foreign Affairs, for Jordan.",
])
def test_signed_for_a_state(extractor, sentence):
    got = officials(extractor, "Amman, 3 May 2025\n\n" + sentence)
    assert (got["Hamad Al-Kuwari"].country, got["Omar Haddad"].country) == ("QAT", "JOR")
    assert got["Hamad Al-Kuwari"].country_source == "side"


@pytest.mark.parametrize("sentence, name, country", [
    ("Minister Bustamante invited his counterpart to visit Buenos Aires in 2026.", "Santiago Bustamante", "ARG"),
    ("Vice Minister Pedro Lima accepted the invitation to visit Buenos Aires in 2026.", "Pedro Lima", "URY"),
    ("Vice Minister Pedro Lima was invited to visit Buenos Aires in 2026.", "Pedro Lima", "URY"),
    ("Minister Bustamante extended an invitation to Vice Minister Pedro Lima to visit Buenos Aires.", "Pedro Lima", "URY"),
])
def test_who_invites_someone_to_visit_is_no_visitor(extractor, sentence, name, country):
    text = ("Buenos Aires, Friday 7 November 2025\n\nForeign Minister Santiago Bustamante held talks with Foreign "
            "Minister Carla Rossi of Uruguay on trade. " + sentence)
    assert officials(extractor, text)[name].country == country


def test_who_welcomes_a_visitor_on_arrival_is_no_visitor(extractor):
    # "welcomed by X ... to Fiji" is the passive: X is the host, unlike "welcomed X to Fiji"
    text = ("SUVA, Monday 4 March 2024\n\nPrime Minister Mere Tawake of Samoa will visit Fiji this week. "
            "On arrival she will be welcomed by the Minister for Trade, Hon. Josefa Nailatikau, and the "
            "Samoan High Commissioner to Fiji, Mr Leota Faamausili.")
    got = officials(extractor, text)
    assert got["Josefa Nailatikau"].country == "FJI"
    assert got["Leota Faamausili"].country == "WSM"


@pytest.mark.parametrize("verb", ["dismissed", "appointed", "sacked"])
def test_who_a_leader_appoints_or_dismisses_serves_the_leaders_state(extractor, verb):
    # a briefing of one state, asked about another's cabinet: the minister is the leader's
    text = ("Beijing, 8 November 2024\n\nSpokesperson Lin Jian answered questions.\n\nReporter: In Austria, "
            f"Chancellor Karl Nehammer {verb} Finance Minister Magnus Brunner. Will this affect relations?\n\n"
            "Lin Jian: China hopes for stable ties with Austria.")
    got = officials(extractor, text)
    assert got["Karl Nehammer"].country == "AUT"
    assert got["Magnus Brunner"].country == "AUT"


def test_a_delegation_phrase_decides_whom_its_members_meet(extractor):
    # "a Turkish delegation led by ... Y" is read before "Y met Z": Z is on the host's side, not on
    # the side of a third state the sentence names in passing
    text = ("BAKU, June 12, 2025 — President Elchin Huseynli of Azerbaijan received a Turkish delegation led by "
            "Minister of Energy Hakan Ozmen. The sides discussed gas.\n\nOzmen met Minister of Economy Rauf "
            "Mammadli on Wednesday to review a pipeline that will end the dependence on gas supplies through Iran.")
    got = officials(extractor, text)
    assert got["Hakan Ozmen"].country == "TUR"
    assert got["Rauf Mammadli"].country == "AZE"


@pytest.mark.parametrize("pair, second", [
    ("President Xi Jinping and President Luiz Lula da Silva", "Luiz Lula da Silva"),
    ("Prime Minister Li Qiang and Prime Minister Anthony Albanese", "Anthony Albanese"),
])
def test_two_holders_of_one_office_serve_two_states(extractor, pair, second):
    text = ("Beijing, 3 May 2025\n\nForeign Minister Wang Yi met Foreign Minister Mauro Vieira of Brazil. The sides "
            "reviewed the consensus reached by " + pair + " last year.")
    if "Albanese" in second:
        text = text.replace("Mauro Vieira of Brazil", "Penny Wong of Australia")
    assert officials(extractor, text)[second].country == ("AUS" if "Albanese" in second else "BRA")


@pytest.mark.parametrize("first, second, state", [
    ("Vice President Aurelio Campos", "Vice President Francia Mena", "COL"),
    ("Vice-President Aurelio Campos", "Vice-President Francia Mena", "COL"),
    ("Crown Prince Aurelio Campos", "Crown Prince Francia Mena", "COL"),
])
def test_a_second_deputy_head_of_state_serves_the_other_state(extractor, first, second, state):
    # a state has one Vice President (or Crown Prince) at a time: the second one named, with no state
    # of his own, serves the other state the paragraph names
    text = ("Quito, 3 May 2026\n\n" + first + " spoke with Foreign Minister Luis Gaitan of Colombia on trade. "
            "Following the call, the " + " ".join(first.split()[:-2]) + " spoke separately with " + second
            + " about roads.")
    got = officials(extractor, text)
    assert got[" ".join(second.split()[-2:])].country == state
    assert got[" ".join(first.split()[-2:])].country == "ECU"


def test_a_former_holder_of_the_office_is_no_counterpart(extractor):
    text = ("Pretoria, 3 May 2025\n\nPresident Cyril Ramaphosa and former President Thabo Mbeki met Minister "
            "Mauro Vieira of Brazil.")
    assert officials(extractor, text)["Thabo Mbeki"].country != "BRA"


def test_the_two_co_chairs_of_a_meeting_serve_two_sides(extractor):
    text = ("New Delhi, 12 February 2026\n\nThe Minister visited Kuwait in January. The 3rd meeting of the India-Saudi "
            "Arabia Joint Working Group on Labour was held in Riyadh on 9 February. It was co-chaired by Joint "
            "Secretary (Gulf), Shri Vikram Joshi, and Deputy Minister for Labour, Dr. Saad Al-Harbi.")
    got = officials(extractor, text)
    assert got["Vikram Joshi"].country == "IND" and got["Saad Al-Harbi"].country == "SAU"


def test_four_co_chairs_are_not_two_sides(extractor):
    text = ("Canberra, 3 March 2025\n\nThe 2+2 was co-chaired by the Minister for Foreign Affairs, Mr Julian Ashcombe, "
            "and the Deputy Prime Minister, Mr Richard Moylan, for Australia, and for Indonesia by Minister Budi "
            "Wibisono and Minister Sri Kusuma.")
    assert officials(extractor, text)["Julian Ashcombe"].country == "AUS"


def test_an_envoy_for_a_state_is_no_side(extractor):
    text = ("Washington, D.C.\n\nOur Special Envoy for Sudan, Ambassador Raymond Kettering, is in the region. "
            "The United States works with Egypt.")
    assert officials(extractor, text)["Raymond Kettering"].country == "USA"


def test_accompanying_him_and_a_persons_delegation(extractor):
    text = ("March 11, 2025 4:05 PM GMT+7\n\nForeign Minister Pradit Chaiyaporn met Myanmar's Deputy Prime Minister "
            "and Minister for Foreign Affairs, U Than Htike Aung, in Mae Sot. Thailand hosted.\n\nAccompanying him "
            "were Lt. Gen. Aung Kyaw Moe, Deputy Minister for Home Affairs, and Zaw Min Thein, Director-General of "
            "the Consular Department. Than Htike Aung's delegation will include Deputy Minister Khin Maung Soe. "
            "Thailand and Thailand's people welcome them.")
    got = officials(extractor, text)
    assert got["Than Htike Aung"].country == "MMR"
    assert got["Aung Kyaw Moe"].country == "MMR" and got["Aung Kyaw Moe"].country_source == "delegation"
    assert got["Zaw Min Thein"].country == "MMR"
    assert got["Khin Maung Soe"].country == "MMR"
    assert got["Pradit Chaiyaporn"].country == "THA"


def test_messages_and_greetings_go_to_the_other_side(extractor):
    text = ("Muscat, 14 April 2025\n\nThe Jordanian side was led by Dr. Rami Haddad, Secretary-General. Later, "
            "Minister of Foreign Affairs Faisal Al Busaidi received the Jordanian delegation and conveyed his "
            "greetings to King Abdullah II. Dr. Haddad handed over a written message addressed to him by Ayman "
            "Fayez, Deputy Prime Minister. Oman and Oman's people welcomed it.")
    got = officials(extractor, text)
    assert got["Abdullah II"].country == "JOR"
    assert got["Ayman Fayez"].country == "JOR"
    assert got["Faisal Al Busaidi"].country == "OMN"


# -- what the text says around the title ------------------------------------------------------
def test_country_closing_a_list_item(extractor):
    text = ("The working group included:\n- Samira Huseynova, Deputy Minister of Transport, Azerbaijan;\n"
            "- Nurcan Akbulut, Director General of Infrastructure Investments, Türkiye;\n")
    got = officials(extractor, text)
    assert got["Samira Huseynova"].country == "AZE" and got["Samira Huseynova"].country_source == "title"
    assert got["Nurcan Akbulut"].country == "TUR"


def test_ministry_of_a_demonym(extractor):
    text = "Cairo, 2 September 2024\n\nAlso present was Mohamed Saber, Under Secretary at the Sudanese Ministry of Foreign Affairs."
    o = officials(extractor, text)["Mohamed Saber"]
    assert o.country == "SDN" and o.organization is None or o.country == "SDN"


def test_a_demonym_shared_by_a_list(extractor):
    text = ("Cairo, 2 September 2024\n\nThe Foreign Minister received the Sudanese Chairman of the Sovereignty "
            "Council, Lt. Gen. Othman Idris, Prime Minister Dr. Kamal Osman and Foreign Minister Hussein Al-Tayeb.")
    got = officials(extractor, text)
    assert {got[n].country for n in ("Othman Idris", "Kamal Osman", "Hussein Al-Tayeb")} == {"SDN"}
    assert "Chairman of the Sovereignty Council" in got["Othman Idris"].titles


def test_a_phrase_before_the_subject_shares_no_demonym_with_it(extractor):
    # "In his meeting with <Demonym> A, Minister B addressed": B is the sentence's subject, no list's item
    text = ("Cairo, 2 September 2024\n\nIn his meeting with the Sudanese Minister of Health, Dr. Kamal Osman, "
            "Foreign Minister Hesham Salah addressed the supply of medicines. Egypt and Sudan agreed.")
    got = officials(extractor, text)
    assert got["Kamal Osman"].country == "SDN"
    assert got["Hesham Salah"].country == "EGY"


def test_possessive_title_then_form_of_address(extractor):
    text = ("Riyadh, September 08, 2024, SPA -- Nigeria's Minister of Foreign Affairs, Ambassador Ibrahim Bello, "
            "took part. Saudi Arabia hosted.")
    o = officials(extractor, text)["Ibrahim Bello"]
    # (the rank after the comma is a second title: "Ambassador" may follow the office)
    assert o.country == "NGA" and o.titles[0] == "Minister of Foreign Affairs"


def test_a_title_several_states_use_needs_its_state_named(extractor):
    text = ("Cairo, 2 September 2024\n\nAmbassador Tamer Ghali, the Official Spokesperson of the Ministry, said Egypt "
            "supports Sudan.")
    o = officials(extractor, text)["Tamer Ghali"]
    assert o.country == "EGY" and o.country_inferred


@pytest.mark.parametrize("text, name, country", [
    # the form is Myanmar's as well as India's: a release naming both gets no state from it
    ("Excellency U Kyaw Zin Htet, Union Minister for Foreign Affairs of the Republic of the Union of Myanmar, "
     "spoke. I thank Union Minister U Kyaw Zin Htet for his cooperation with India.", "Kyaw Zin Htet", "MMR"),
    ("New Delhi, 3 May\n\nUnion Minister Shri Ravi Shankar Rao met the Ambassador of Japan.", "Ravi Shankar Rao", "IND"),
    # a federal defence minister: Germany's in a release naming Germany and no other federation with one
    ("Vilnius, 18.12.2023\n\nFederal Minister of Defence Klaus Weber and Lithuanian Minister of National Defence "
     "Jonas Petraitis signed a roadmap for a German brigade in Lithuania.", "Klaus Weber", "DEU"),
    # a Gulf state's ministry of the same name as India's: a release that does not name India
    ("DOHA, 3 May 2026 (QNA) - HH the Amir met the German Chancellor. The talks were attended by HE Minister of "
     "Commerce and Industry Sheikh Hamad bin Ali Al-Thani.", "Hamad bin Ali Al-Thani", "QAT"),
])
def test_a_shared_title_gives_no_state_when_another_of_its_states_is_named(extractor, text, name, country):
    found = [o for o in extractor.extract(text).officials if o.name == name]
    assert len(found) == 1 and found[0].country == country, found


def test_a_national_security_council_is_no_international_body():
    assert not names_international_body("Secretary-General of the National Security Council")
    assert names_international_body("President of the Security Council")
    assert names_international_body("UN Security Council")


@pytest.mark.parametrize("title, international", [
    ("Director General for ASEAN Cooperation", False),
    ("Deputy Director of UN Affairs", False),
    ("Head of the Division for EU Relations", False),
    ("Director General of the South Asia and SAARC Division", False),  # a ministry's unit
    ("Director of the ASEAN Desk", False),
    ("ASEAN Deputy Secretary-General for Community Affairs", True),
    ("UN Under-Secretary-General for Political Affairs", True),
])
def test_a_body_named_as_an_offices_remit_is_not_its_employer(title, international):
    assert names_international_body(title) is international


def test_a_national_official_for_cooperation_with_a_body_keeps_the_side(extractor):
    text = ("Bangkok, 4 May 2026\n\nThailand and Cambodia held talks. The Cambodian side was accompanied by "
            "Director General for ASEAN Affairs Sok Vanna and Colonel Chea Rith. Permanent Secretary Anan Wong "
            "welcomed them.")
    got = officials(extractor, text)
    assert (got["Sok Vanna"].country, got["Sok Vanna"].country_source) == ("KHM", "side")
    assert got["Chea Rith"].country == "KHM"


@pytest.mark.parametrize("sentence", [
    "The Kenyan side was accompanied by Deputy Minister Otieno Kamau.",
    "The Kenyan delegation was accompanied by Deputy Minister Otieno Kamau.",
])
def test_the_side_was_accompanied_by(extractor, sentence):
    text = ("Oslo, 3 March 2026\n\nNorway and Kenya held political consultations. " + sentence
            + " State Secretary Ingrid Dahl led the talks.")
    got = officials(extractor, text)
    assert (got["Otieno Kamau"].country, got["Otieno Kamau"].country_source) == ("KEN", "side")


@pytest.mark.parametrize("title", [
    "WFP Country Director Paolo Rinaldi",
    "UNDP Country Director Paolo Rinaldi",
])
def test_a_country_director_of_an_international_body_gets_no_state(extractor, title):
    text = ("Lusaka, 2 June 2026\n\nMinister of Health Grace Banda met " + title
            + " to discuss nutrition in Zambia.")
    o = officials(extractor, text)["Paolo Rinaldi"]
    assert o.country is None and o.titles == ["Country Director"]


@pytest.mark.parametrize("header", [
    "Prime Minister to lead delegation to Chile and Peru\n\n",
    "Minister to travel to Chile and Peru\n\n",
    "Foreign Minister will visit Chile, Peru and Colombia\n\n",
    "Background Briefing Previewing the Minister's Travel to Chile and Peru\n\n",
    "On the Minister's trip to Chile and Peru\n\n",
])
def test_the_destinations_of_an_unnamed_traveller_are_not_home(extractor, header):
    text = (header + "The Minister, Tom Harlow, will meet counterparts in Chile and Peru. In Chile he will hold talks "
            "with President Ana Rojas. Chile's Ambassador to Canada, Luis Mena, briefed him in Ottawa. Peru too.")
    got = officials(extractor, text)
    assert got["Tom Harlow"].country == "CAN"
    assert got["Ana Rojas"].country == "CHL"


@pytest.mark.parametrize("header, name, country", [
    ("Ministry of Foreign Affairs of Japan\n\n", "Ama Owusu", "GHA"),  # Japan has no President
    ("Ministry of Foreign Affairs of Indonesia\n\n", "Kofi Mensah", "GHA"),  # Indonesia no Prime Minister
])
def test_an_office_the_home_state_lacks_serves_the_other_state(extractor, header, name, country):
    text = (header + "Prime Minister Kofi Mensah and President Ama Owusu witnessed the signing of three documents "
            "on the visit to Tokyo and Ghana's trade.")
    got = officials(extractor, text)
    assert got[name].country == country


@pytest.mark.parametrize("question, answer, name, country", [
    ("QUESTION: On West Africa. Will Prime Minister Kwame Boateng come to Washington in May?",
     "MS. REYES: Our partnership with Ghana is strong, and we'll have more to say.", "Kwame Boateng", "GHA"),
    ("Q: Is President Ama Owusu expected in Tokyo this winter?",
     "A: We value our ties with Ghana and will announce visits in due course.", "Ama Owusu", "GHA"),
])
def test_an_office_the_home_lacks_in_a_briefing_serves_the_state_of_its_exchange(extractor, question, answer,
                                                                                   name, country):
    header = ("Department Press Briefing\nWashington, D.C.\n\n" if "Washington" in question
              else "Ministry of Foreign Affairs of Japan\n\n")
    text = (header + "The Secretary met the Foreign Minister of Chile, and the Minister of Peru. Chile and Peru.\n\n"
            + question + "\n\n" + answer + "\n\nQ: And on Peru?\n\nA: Nothing on Chile today.\n")
    assert officials(extractor, text)[name].country == country


def test_an_office_the_home_state_has_keeps_the_home_guess(extractor):
    text = ("Ministry of External Affairs\nGovernment of India\n\nPrime Minister Kofi Mensah and President Ama "
            "Owusu witnessed the signing of three documents with Japan.")
    got = officials(extractor, text)
    assert got["Ama Owusu"].country == "IND" and got["Kofi Mensah"].country == "IND"


@pytest.mark.parametrize("sentence", [
    "EAM also met Prime Minister Samuel Otieno.",
    "The MoS also met Prime Minister Samuel Otieno.",
    "Later in the day, the Minister met Prime Minister Samuel Otieno.",
])
def test_the_traveller_named_by_title_meets_the_hosts(extractor, sentence):
    text = ("Ministry of External Affairs\nGovernment of India\n\nVisit of Minister of State to Kenya\n\n"
            "Minister of State Shri Arun Pal held talks in Nairobi on trade with Kenya. " + sentence + "\n")
    o = officials(extractor, text)["Samuel Otieno"]
    assert (o.country, o.country_source) == ("KEN", "side")


def test_a_minister_named_by_title_at_home_is_no_traveller(extractor):
    text = ("Ministry of External Affairs\nGovernment of India\n\nVisit of the Foreign Minister of Kenya to India\n\n"
            "Foreign Minister Samuel Otieno of Kenya held talks in New Delhi. The Minister met Commerce Minister "
            "Shri Arun Pal.\n")
    assert officials(extractor, text)["Arun Pal"].country == "IND"


def test_officials_met_together_with_a_long_title_between(extractor):
    text = ("Ministry of External Affairs\nGovernment of India\n\nVisit of Minister of State to Kenya\n\n"
            "Minister of State Shri Arun Pal was in Nairobi for talks with Kenya. He also met Prime Minister Samuel "
            "Otieno and Cabinet Secretary for Petroleum and Mining Grace Wanjiru.\n")
    got = officials(extractor, text)
    assert got["Samuel Otieno"].country == "KEN" and got["Grace Wanjiru"].country == "KEN"


@pytest.mark.parametrize("sentence", [
    "Shri Arun Pal called on H.E. Jean Morel, Minister of the Interior, and on H.E. Claire Dubois, Minister of Armed Forces.",
    "Shri Arun Pal called on Jean Morel, Minister of the Interior, and Claire Dubois, Minister of Armed Forces.",
])
def test_a_call_reaches_the_officials_after_a_title_between(extractor, sentence):
    text = ("Ministry of External Affairs\nGovernment of India\n\nIndia and France held talks in Paris. " + sentence
            + " India and France.\n")
    got = officials(extractor, text)
    assert got["Jean Morel"].country == "FRA" and got["Claire Dubois"].country == "FRA"


@pytest.mark.parametrize("verb", ["co-chaired", "will co-chair", "co-chairs"])
def test_who_co_chairs_a_commission_with_someone_meets_them(extractor, verb):
    text = ("Ministry of External Affairs\nGovernment of India\n\nMinister of State Shri Arun Pal " + verb
            + " the India-Oman Joint Commission with Foreign Minister Salim Al Harthy in Muscat.\n")
    assert officials(extractor, text)["Salim Al Harthy"].country == "OMN"


def test_co_chairing_with_someone_set_off_by_commas_meets_them(extractor):
    text = ("Written answer, 12 March 2026\n\nThe Minister for Asia: I also co-chaired, with Undersecretary for "
            "Bilateral Relations Maria Santos, the third round of the UK-Philippines Senior Officials' Talks.\n")
    assert officials(extractor, text)["Maria Santos"].country == "PHL"


_SPEECH_ABROAD = ("Speech by the Minister at the Lima Forum\n\nLima, 3 May 2026\n\nDear friends,\n\nIt is a joy to "
                  "visit Peru again. Sweden and Swedish firms will invest more. {sentence} Peru and Peru.\n")


@pytest.mark.parametrize("sentence", [
    "Let me thank our Ambassador, Karin Holm, and our State Secretary, Nils Berg, for their work.",
    "Let me thank our own Ambassador Karin Holm and our State Secretary Nils Berg.",
])
def test_a_speakers_own_envoy_abroad_names_the_speakers_state(extractor, sentence):
    got = officials(extractor, _SPEECH_ABROAD.format(sentence=sentence))
    assert (got["Karin Holm"].country, got["Karin Holm"].country_source) == ("SWE", "context")
    assert got["Nils Berg"].country == "SWE"


def test_a_speakers_envoy_posted_elsewhere_is_the_homes(extractor):
    text = ("Remarks by the Minister\n\nLima, 3 May 2026\n\nWe welcome our partners from Sweden and Sweden. Let me "
            "thank our Ambassador in Stockholm, Rosa Quispe, and our Vice Minister, Luis Paredes. Peru and Peru.\n")
    got = officials(extractor, text)
    assert got["Rosa Quispe"].country == "PER" and got["Luis Paredes"].country == "PER"


def test_country_source_is_described_in_the_schema():
    from dialogue_extract.results import Official

    props = Official.model_json_schema()["properties"]
    assert "country_source" in props and "header" in props["country_source"]["description"]


# -- the host and the visitor -----------------------------------------------------------------
def test_he_is_accompanied_by(extractor):
    text = ("India-Chile Joint Statement\n\n1. At the invitation of the Prime Minister of India, Shri Mahendra Rawat, the "
            "President of the Republic of Chile, H.E. Mr. Tomas Valdes, is on a State Visit to India. He is accompanied "
            "by the Minister of Mining, Mr. Rodrigo Fuenzalida, and a business delegation. India and India's "
            "partners welcomed it; India will host more.")
    o = officials(extractor, text)["Rodrigo Fuenzalida"]
    assert (o.country, o.country_source) == ("CHL", "delegation")


@pytest.mark.parametrize("sentence, other", [
    ("The President was also accompanied by the Minister of Energy, Mr. Samuel Adjei.", None),
    ("The President was accompanied by the Minister of Energy, Mr. Samuel Adjei, who discussed trade with the "
     "Minister of Power, Mr. Arvind Soni.", "Arvind Soni"),
])
def test_a_delegation_ends_where_its_clause_turns_to_the_hosts(extractor, sentence, other):
    text = "New Delhi, 3 March 2026\n\nPrime Minister Mahendra Rawat met President Kwame Boateng of Ghana. " + sentence
    got = officials(extractor, text)
    assert (got["Samuel Adjei"].country, got["Samuel Adjei"].country_source) == ("GHA", "delegation")
    if other:
        assert got[other].country == "IND"


def test_a_visit_at_the_invitation_of_the_host(extractor):
    text = ("New Delhi, July 4\n\nPrime Minister Devendra Kashyap will pay a State Visit to Kenya from 7 to 8 July at "
            "the invitation of President Daniel Kiprono. India values the partnership; India and India's people.")
    got = officials(extractor, text)
    assert got["Daniel Kiprono"].country == "KEN" and got["Devendra Kashyap"].country == "IND"


def test_where_he_will_meet(extractor):
    text = ("SEOUL, Nov. 4 (Yonhap) -- Seo will leave on Thursday for Kyrgyzstan, where he will hold talks with "
            "President Ulan Abdyrakhmanov. Korea and Korea's firms will join. President Seo Jae-hoon said so.")
    assert officials(extractor, text)["Ulan Abdyrakhmanov"].country == "KGZ"


def test_an_elliptical_second_delegation(extractor):
    text = ("New Delhi, October 9\n\nThe working group met in Beijing. The Indian delegation was led by Joint Secretary "
            "Pranav Malik, and the Chinese delegation by Mr. Hou Jianping, Director-General of the Department of "
            "Boundary Affairs.")
    got = officials(extractor, text)
    assert got["Pranav Malik"].country == "IND" and got["Hou Jianping"].country == "CHN"


def test_the_white_house_names_the_home_state(extractor):
    text = ("THE WHITE HOUSE\nOffice of the Press Secretary\n\nToday, Deputy National Security Advisor Marcus Leland met "
            "with Indonesia's Coordinating Minister Budi Hartono. Indonesia and Indonesia's partners welcomed it.")
    o = officials(extractor, text)["Marcus Leland"]
    assert (o.country, o.country_source) == ("USA", "header")


def test_participant_list_items(extractor):
    text = ("Central Asia - India Dialogue\nNew Delhi, 15 September 2025\n\nHeads of delegation\n"
            "- Republic of Kazakhstan [Yerlan Abenov, Minister of Foreign Affairs]\n"
            "- Kyrgyz Republic [Talant Beishenaliev, Minister of Foreign Affairs]\n\n"
            "The delegation of Tajikistan was led by First Deputy Minister Farrukh Saidzoda.\n")
    got = officials(extractor, text)
    assert got["Yerlan Abenov"].country == "KAZ" and got["Talant Beishenaliev"].country == "KGZ"
    assert got["Farrukh Saidzoda"].country == "TJK"


def test_a_visitor_calls_on_the_hosts_and_a_host_on_the_visitors(extractor):
    visitor = ("Canberra, 8 November 2024\n\nIndia's External Affairs Minister Arjun Iyengar arrived today. Later, "
               "Iyengar called on Prime Minister Gregory Hanlon and met Defence Minister Ruth Keane. Australia and "
               "Australia's partners welcomed him.")
    got = officials(extractor, visitor)
    assert got["Gregory Hanlon"].country == "AUS" and got["Ruth Keane"].country == "AUS"
    host = ("New Delhi, 8 November 2024\n\nMinister of State Kirti Vardhan met the visiting delegation of Australia. "
            "Later, Minister of State Kirti Vardhan called on Governor-General Sam Mostyn. Australia and India agreed; "
            "Australia will host the next round.")
    got = officials(extractor, host)
    assert got["Kirti Vardhan"].country == "IND" and got["Sam Mostyn"].country == "AUS"


def test_a_visit_title_names_the_host_and_an_agency_its_state(extractor):
    host = ("Joint Statement on the State Visit of the President of the United Mexican States to India\n\n1. The "
            "President of the United Mexican States, H.E. Ms. Valeria Montano, paid a State Visit to India. Mexico and "
            "Mexico's people thanked the hosts; Mexico will host next. Minister of Petroleum Mohan Lal Deora met her.")
    assert officials(extractor, host)["Mohan Lal Deora"].country == "IND"
    agency = ("Vice President Tran Thi Mai pays official visit to Cuba\n\nHavana, April 15 (VNA) - Vice President Tran "
              "Thi Mai held talks with Cuban President Alejandro Morales. The Vietnamese Vice President was accompanied "
              "by Minister of Agriculture Hoang Van Tung. Cuba and Cuba's people welcomed her.")
    got = officials(extractor, agency)
    assert got["Tran Thi Mai"].country == "VNM" and got["Hoang Van Tung"].country == "VNM"
    assert got["Alejandro Morales"].country == "CUB"


def test_the_place_of_a_meeting_and_a_caller_named_by_title(extractor):
    text = ("New Delhi, November 20\n\nEAM will travel to Armenia and Georgia. In Yerevan, EAM will co-chair the "
            "commission with Foreign Minister Davit Ghukasyan, and in Tbilisi he will meet Foreign Minister Tamar "
            "Lomidze. India and India's partners welcome it; India will host the next round.")
    got = officials(extractor, text)
    assert got["Davit Ghukasyan"].country == "ARM" and got["Tamar Lomidze"].country == "GEO"
    text = ("New Delhi, February 14\n\nSecretary (West) visited Uzbekistan. Secretary (West) also called on H.E. Mr. "
            "Farrukh Tashpulatov, Minister of Investment. India and India's firms; Uzbekistan welcomed it.")
    assert officials(extractor, text)["Farrukh Tashpulatov"].country == "UZB"


def test_one_who_goes_together_with_the_speaker_is_not_met_at_the_place(extractor):
    text = ("Ministry of Foreign Affairs of Japan\n\nMinister KANZAKI: I will visit Australia. In Canberra, together "
            "with Minister of Defense KOBAYASHI Jun, I will attend the consultations with Foreign Minister Claire "
            "Dunmore. Japan and Australia will meet again.")
    got = officials(extractor, text)
    assert got["KOBAYASHI Jun"].country == "JPN" and got["Claire Dunmore"].country == "AUS"


def test_the_two_signatories_after_a_dash_in_each_item_of_a_list_of_instruments(extractor):
    # the release's own signatory first, the other state's second
    text = ("Brasília, 9 July 2026. Brazil and Indonesia signed four instruments:\n\n"
            "1. Memorandum of Understanding on Biofuels – Minister of Mines and Energy Rodrigo Moreira and Minister of "
            "Energy Agus Nugroho;\n"
            "2. Agreement on Visas – Minister of Foreign Affairs Helena Rocha and Minister of Foreign Affairs Arief Prasetyo;\n"
            "3. Memorandum of Understanding on Agriculture – Minister of Agriculture Otavio Lins and Minister of "
            "Agriculture Bambang Purnomo;\n"
            "4. Memorandum of Understanding on Defence – Minister of Defence Jose Figueiredo and Minister of Defence "
            "Dedi Saputra.\n")
    got = officials(extractor, text)
    assert [got[n].country for n in ("Rodrigo Moreira", "Helena Rocha", "Otavio Lins", "Jose Figueiredo")] == ["BRA"] * 4
    assert [got[n].country for n in ("Agus Nugroho", "Arief Prasetyo", "Bambang Purnomo", "Dedi Saputra")] == ["IDN"] * 4


def test_a_sentence_ending_on_a_name_with_letters_outside_ascii_ends_a_sides_reach(extractor):
    text = ("Accra, 18 September 2025. The Ghana delegation was led by the Chief Director, Mr. Ebenezer Amponsah, "
            "while the Czech delegation was led by the Deputy Minister of Foreign Affairs of the Czech Republic, Mr. "
            "Ondřej Kubíček. The Czech Ambassador to Ghana, H.E. Mrs. Jana Prochazkova, and the Director of the Europe "
            "Bureau, Ambassador Cecilia Owusu-Ansah, were also in attendance.")
    assert officials(extractor, text)["Cecilia Owusu-Ansah"].country == "GHA"


def test_the_subject_travels_when_a_visit_is_coordinated_with_a_call(extractor):
    text = ("Accra, 18 September 2025. Ghana and the Czech Republic held consultations. Deputy Minister Ondrej Kubicek "
            "of the Czech Republic is also scheduled to call on the Minister for Foreign Affairs, Hon. Kwabena "
            "Asiedu-Darko, on Friday and to visit the Ghana Investment Promotion Centre before departing Accra.")
    got = officials(extractor, text)
    assert got["Kwabena Asiedu-Darko"].country == "GHA" and got["Ondrej Kubicek"].country == "CZE"


def test_a_pronoun_for_a_named_visitor_calls_on_the_hosts(extractor):
    # "She" goes back to the visitor the paragraph names, not to the release's own unnamed leader
    text = ("Ministry of External Affairs\nGovernment of India\n\nForeign Minister Ingrid Brekke of Norway will be in "
            "New Delhi on 15-16 September. She will hold talks with EAM Dr. Anil Nambiar on trade. She will also call "
            "on Prime Minister Vikram Solanki.\n\nFinland and Norway are partners of India.")
    got = officials(extractor, text)
    assert got["Vikram Solanki"].country == "IND" and got["Ingrid Brekke"].country == "NOR"


def test_an_unnamed_visitors_destination_is_not_home(extractor):
    text = ("Transcript of Media Briefing by Secretary (East) on the visit of Prime Minister to Japan (August 28, 2025)\n\n"
            "Official Spokesperson, Shri Arvind Bhalla: Good evening. We have with us Secretary (East), Shri Jaideep "
            "Malhotra. Japan is a key partner; Japan and Japan's firms invest in India. India welcomes them.\n")
    assert officials(extractor, text)["Jaideep Malhotra"].country == "IND"


def test_a_visiting_delegation_calls_on_the_hosts(extractor):
    text = ("New Delhi, June 5, 2025\n\nThe Ghanaian delegation held talks with Joint Secretary Arun Bose. The "
            "delegation called on Vice President Smt. Lakshmi Narayan on June 4. Ghana and Ghana's people thanked "
            "India; Ghana will host the next round.")
    assert officials(extractor, text)["Lakshmi Narayan"].country == "IND"


# -- readouts, visits and international staff ---------------------------------------------------
def test_an_agency_after_the_date_names_the_home_state_wherever_the_dateline_is(extractor):
    text = ("Tokyo, August 26, 2025, SPA -- Minister of Investment Eng. Faisal Al-Qahtani delivered a speech at the "
            "business forum. Japan and Japan's firms welcomed it; Japan will host more.")
    o = officials(extractor, text)["Faisal Al-Qahtani"]
    assert (o.country, o.country_source) == ("SAU", "header")


def test_an_issuing_body_opening_a_short_header_line(extractor):
    text = ("Press release\n\nForeign Secretary call with Mexican Secretary of Foreign Affairs\n\nFrom:\n"
            "Foreign, Commonwealth & Development Office and The Rt Hon Jane Roe MP\n\nThe Foreign Secretary, "
            "Jane Roe, spoke to the Secretary of Foreign Affairs of Mexico, Juan Ortiz, today. Mexico and Mexico's "
            "people; Mexico will host the next round.")
    o = officials(extractor, text)["Jane Roe"]
    assert (o.country, o.country_source) == ("GBR", "header")


@pytest.mark.parametrize("sentence, name", [
    ("The UN Resident Coordinator in Kenya, Ms. Anna Berg, attended.", "Anna Berg"),
    ("She also met Under-Secretary-General Pieter Aalst.", "Pieter Aalst"),
])
def test_staff_of_international_bodies_get_no_state(extractor, sentence, name):
    text = "Nairobi, 3 June 2025 - Cabinet Secretary Joseph Wambugu opened the forum. " + sentence
    o = officials(extractor, text)[name]
    assert o.country is None and not o.country_inferred


@pytest.mark.parametrize("sentence, name, gold", [
    ("The Joint Commission was co-chaired by Cabinet Secretary Joseph Wambugu and the Minister of Foreign "
     "Affairs, H.E. Dr. Hesham Abdelaziz.", "Hesham Abdelaziz", "EGY"),
    ("The two leaders recalled the summit between President William Kiprono and President Adel Mansour.",
     "Adel Mansour", "EGY"),
    ("The economic track was co-chaired by the Principal Secretary, Amb. Grace Kamau, and the "
     "Director-General for Economic Promotion, Lucia Ramadan.", "Lucia Ramadan", "EGY"),
])
def test_co_chairs_and_the_two_sides_of_a_summit_serve_two_states(extractor, sentence, name, gold):
    text = ("Nairobi, 3 June 2025 - The Kenya-Egypt Joint Commission met in Egypt. " + sentence
            + " Egypt and Kenya agreed.")
    got = officials(extractor, text)
    assert (got[name].country, got[name].country_source) == (gold, "side")
    assert all(o.country == "KEN" for n, o in got.items() if n != name)


def test_a_visit_to_a_place_where_he_will_meet(extractor):
    text = ("London, 21 May 2025\n\nThe Minister for the Americas, Daniel Pryce, will visit Mexico City next month, "
            "where he will meet Undersecretary for Foreign Trade Mariana Solis. The UK and the UK's firms; Mexico.")
    assert officials(extractor, text)["Mariana Solis"].country == "MEX"


def test_a_ministry_only_one_state_has(extractor):
    text = ("Riyadh, 3 May 2025 - The forum was addressed by the Minister of Economy, Trade and Industry, Kenji "
            "Morimoto. Saudi Arabia and Japan agreed.")
    o = officials(extractor, text)["Kenji Morimoto"]
    assert (o.country, o.country_source) == ("JPN", "title")


@pytest.mark.parametrize("title, international", [
    ("Minister of State (Foreign, Commonwealth and Development Office)", False),
    ("Minister of State (National Security Council)", False),
    ("Secretary-General (Commonwealth)", True),
    ("Adviser (UN Security Council)", True),
])
def test_a_national_body_in_brackets_is_no_international_body(title, international):
    assert names_international_body(title) is international


@pytest.mark.parametrize("text, visitors, hosts", [
    ("New Delhi, February 12, 2025\n\nMr. Jamshid Tursunov, Minister of Investment, came to India on an official "
     "visit. Deputy Minister of Energy Umid Rakhimov, a member of the visiting delegation, met Secretary (Power) "
     "Shri Alok Verma. Uzbekistan and Uzbekistan's firms; Uzbekistan will host next.",
     {"Jamshid Tursunov": "UZB", "Umid Rakhimov": "UZB"}, {"Alok Verma": "IND"}),
    ("KABUL: A delegation of India's Ministry of External Affairs, led by Joint Secretary Rohan Srivastava, arrived "
     "in Kabul on Sunday and met Acting Minister of Commerce Nooruddin Azizi. The delegation also included Director "
     "Kavita Menon. Afghanistan and Afghanistan's traders welcomed it.",
     {"Rohan Srivastava": "IND", "Kavita Menon": "IND"}, {"Nooruddin Azizi": "AFG"}),
    # the host who invited the visitor
    ("NEW DELHI — Prime Minister Pham Van Hoa reached New Delhi late on July 30 to open a State visit to India made "
     "on an invitation from Prime Minister Narendra Modi. Viet Nam and Viet Nam's people.",
     {"Pham Van Hoa": "VNM"}, {"Narendra Modi": "IND"}),
])
def test_who_travels_to_the_home_state_is_a_visitor(extractor, text, visitors, hosts):
    got = officials(extractor, text)
    assert {n: got[n].country for n in visitors} == visitors
    assert {n: got[n].country for n in hosts} == hosts


def test_a_speaker_announcing_a_visit_is_no_visitor(extractor):
    text = ("Foreign Ministry Spokesperson Fang Yiran's Regular Press Conference on June 12, 2025\n\nFang Yiran: At the "
            "invitation of the Chinese government, President Martin Sosa will pay a state visit to China. Uruguay and "
            "Uruguay's people welcomed it.")
    assert officials(extractor, text)["Fang Yiran"].country == "CHN"


@pytest.mark.parametrize("sentence, sender, receiver", [
    # a host sends greetings to the visitor's leader
    ("While in Cairo, the Cabinet Secretary called on Prime Minister Tarek Hafez, who conveyed greetings to "
     "President William Kiprono.", ("Tarek Hafez", "EGY"), ("William Kiprono", "KEN")),
    # the home state's minister sends them to the other side's leader
    ("Minister of Foreign Affairs Joseph Wambugu conveyed greetings to President Adel Mansour.",
     ("Joseph Wambugu", "KEN"), ("Adel Mansour", "EGY")),
])
def test_greetings_go_to_the_side_opposite_their_sender(extractor, sentence, sender, receiver):
    text = "Nairobi, 3 June 2025 - " + sentence + " Egypt and Egypt's people; Egypt will host the next round."
    got = officials(extractor, text)
    assert (got[sender[0]].country, got[receiver[0]].country) == (sender[1], receiver[1])


@pytest.mark.parametrize("text, gold", [
    # the home state's official meets the other side's
    ("WASHINGTON, Sept. 25 (Yonhap) -- Foreign Minister Yoon Seung-ho arrived on Tuesday. Later in the day, Yoon met "
     "Deputy Secretary of State Christopher Landau and Senator Jim Risch, chairman of the committee, before a "
     "meeting with Commerce Secretary Howard Lutnick. The U.S. and the U.S. Congress; the U.S. welcomed him.",
     {"Yoon Seung-ho": "KOR", "Jim Risch": "USA", "Howard Lutnick": "USA"}),
    # a visitor meets the hosts; the first official of the sentence is its subject
    ("Canberra, 8 November 2024\n\nIndia's External Affairs Minister Arjun Iyengar arrived today. Later, Iyengar "
     "called on Prime Minister Gregory Hanlon and met Defence Minister Ruth Keane. India and India's people.",
     {"Arjun Iyengar": "IND", "Ruth Keane": "AUS"}),
    # a speaker's label is no subject
])
def test_the_officials_met_serve_the_side_opposite_the_subject(extractor, text, gold):
    got = officials(extractor, text)
    assert {n: got[n].country for n in gold} == gold


def test_a_speakers_label_is_no_subject_of_a_meeting(extractor):
    text = ("Foreign Ministry Spokesperson Fang Yiran's Regular Press Conference\n\nFang Yiran: The Minister met "
            "President Martin Sosa yesterday. Uruguay and Uruguay's people; China.")
    assert officials(extractor, text)["Martin Sosa"].country_source != "side"


def test_the_states_of_a_trilateral_meeting_go_to_its_officials(extractor):
    text = ("Japan-U.S.-ROK Vice-Ministerial Meeting\n\nOctober 28, 2025\n\nOn October 27, Mr. SHIMIZU Kenta, "
            "Vice-Minister for Foreign Affairs, held the Japan-U.S.-ROK Vice-Ministerial Meeting with the Honorable "
            "Marcus Ellery, Deputy Secretary of State, and H.E. Mr. CHOI Dong-hwan, First Vice Minister of Foreign "
            "Affairs, in Tokyo. Japan and Japan's partners; Japan will host.")
    got = officials(extractor, text)
    assert {n: got[n].country for n in ("SHIMIZU Kenta", "Marcus Ellery", "CHOI Dong-hwan")} == \
        {"SHIMIZU Kenta": "JPN", "Marcus Ellery": "USA", "CHOI Dong-hwan": "KOR"}
    assert got["CHOI Dong-hwan"].country_source == "side"


@pytest.mark.parametrize("sentence, gold", [
    ("Minister Karim Adel delivered a letter from President Omar Sayed to President William Kiprono.",
     {"Omar Sayed": "EGY", "William Kiprono": "KEN"}),
    ("Minister Karim Adel held a telephone call this morning with Foreign Minister William Kiprono.",
     {"Karim Adel": "EGY", "William Kiprono": "KEN"}),
    # the bearer named at the start of the sentence carries the greetings of a leader of their own state
    ("Kenya's Cabinet Secretary Grace Mwangi conveyed the greetings of His Excellency President William Kiprono to "
     "President Omar Sayed.", {"Grace Mwangi": "KEN", "William Kiprono": "KEN", "Omar Sayed": "EGY"}),
    # so does the message of a leader conveyed by the bearer
    ("Kenya's Cabinet Secretary Grace Mwangi conveyed the message of President William Kiprono on the "
     "partnership.", {"Grace Mwangi": "KEN", "William Kiprono": "KEN"}),
    ("Kenya's Cabinet Secretary Grace Mwangi conveyed a verbal message of President William Kiprono.",
     {"Grace Mwangi": "KEN", "William Kiprono": "KEN"}),
    # greetings of the bearer's leadership "to" a leader: the one named is the addressee
    ("Kenya's Cabinet Secretary Grace Mwangi conveyed the greetings of the Kenyan leadership to His Excellency "
     "President Omar Sayed.", {"Grace Mwangi": "KEN", "Omar Sayed": "EGY"}),
])
def test_letters_greetings_and_calls_cross_the_sides(extractor, sentence, gold):
    text = "Cairo, 18 September 2025\n\n" + sentence + " Kenya and Kenya's people welcomed it; Kenya."
    got = officials(extractor, text)
    assert {n: got[n].country for n in gold} == gold


def test_greetings_conveyed_by_an_unnamed_minister_stay_with_the_home_state(extractor):
    text = ("New Delhi, 5 May 2024\n\n3. EAM also called on the Prime Minister of Fiji, Hon. Viliame Rokodrau, and "
            "conveyed the warm greetings of Prime Minister Shri Devendra Kashyap. Fiji and Fiji's people.")
    assert officials(extractor, text)["Devendra Kashyap"].country == "IND"


def test_two_delegations_one_after_the_other(extractor):
    text = ("Putrajaya, 9 January 2026\n\n1. Prime Minister of Malaysia Anwar Ibrahim and Prime Minister of Singapore "
            "Lawrence Tan held the Retreat.\n\n2. Prime Minister Tan was accompanied by Minister for Foreign Affairs Dr "
            "Vivian Balakrishnan and Minister for Digital Development Josephine Teo Li Min. Prime Minister Anwar was "
            "joined by Minister of Transport Anthony Loke Siew Fook. They were joined by Ambassador Kwek Jun Hao.")
    got = officials(extractor, text)
    assert got["Vivian Balakrishnan"].country == "SGP" and got["Josephine Teo Li Min"].country == "SGP"
    assert (got["Anthony Loke Siew Fook"].country, got["Anthony Loke Siew Fook"].country_source) == ("MYS", "delegation")


def test_our_presidents_a_and_b_serve_the_two_states(extractor):
    text = ("Statement by H.E. Hakan Fidan, Minister of Foreign Affairs of the Republic of Türkiye\n\nOur Presidents, "
            "His Excellency Recep Tayyip Erdoğan and His Excellency Kassym-Jomart Tokayev, have set the goal. "
            "Türkiye and Türkiye's people welcomed Kazakhstan's support.")
    got = officials(extractor, text)
    assert got["Recep Tayyip Erdoğan"].country == "TUR" and got["Kassym-Jomart Tokayev"].country == "KAZ"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.sampled_from(["IND", "JPN", "KOR"])), max_size=12),
       st.sampled_from(["IND", None]), st.integers(0, 55), st.integers(0, 55))
def test_the_other_state_of_a_stretch_is_the_one_other_state_it_names(rows, home, begin, end):
    from dialogue_extract.pipeline.components.sides import _States

    spans = [(s, s + 3, c) for s, c in rows]
    near = {c for s, _e, c in spans if begin <= s < end and c != home}
    counts = {}
    for _s, _e, c in spans:
        if c != home:
            counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    release = (ranked[0][0] if ranked and home is not None
               and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None)
    expected = near.pop() if len(near) == 1 else (None if near else release)
    assert _States(spans, home).other(begin, end) == expected


@pytest.mark.parametrize("text, name, country", [
    # a joint statement whose signatories the text gives no state: the form of address tells
    ("Bogor, 2 May 2025. The memorandum was signed by Bapak Rudi Hartanto, Head of the National Agency, and "
     "Mr. Mehmet Yalçın, Minister of Trade.", "Rudi Hartanto", "IDN"),
    ("Bangkok, 2 May 2025. The session was opened by Shri Naveen Kapoor, Joint Secretary, and Mr. Arthit Chaiyo, "
     "Director-General.", "Naveen Kapoor", "IND"),
    ("New Delhi, 2 May 2025. The talks were attended by Khun Somchai Rattanakul, Deputy Permanent Secretary.",
     "Somchai Rattanakul", "THA"),
])
def test_a_form_of_address_of_one_state_gives_that_state(extractor, text, name, country):
    got = {o.name: o for o in extractor.extract(text).officials}
    assert (got[name].country, got[name].country_source, got[name].country_inferred) == (country, "honorific", False)


def test_the_text_wins_over_the_form_of_address(extractor):
    text = "Jakarta, 2 May 2025. Malaysian Deputy Minister Ibu Siti Rahmah met the delegation."
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Siti Rahmah"].country == "MYS"


@pytest.mark.parametrize("text, expected", [
    ("Canberra, 2 May 2025. The dialogue was co-chaired by Foreign Minister Ruth Calder and Defence Minister "
     "Owen Pratt on the Australian side, and by External Affairs Minister Arjun Mehta and Defence Minister "
     "Kiran Bose on the Indian side.",
     {"Ruth Calder": "AUS", "Owen Pratt": "AUS", "Arjun Mehta": "IND", "Kiran Bose": "IND"}),
    # the phrase before its officials still reads forward
    ("Canberra, 2 May 2025. The talks were attended, on the Indian side, by Secretary Meera Nair and Joint "
     "Secretary Vikram Sood.", {"Meera Nair": "IND", "Vikram Sood": "IND"}),
])
def test_a_side_named_after_its_officials(extractor, text, expected):
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("New Delhi, 2 May 2025. The President of Peru paid a State Visit to India.\n\n1. MoU on Mining. Exchanged by "
     "Shri Ravi Menon, Secretary, Ministry of Mines, and H.E. Ms. Lucía Paredes Quispe, Minister of Energy and Mines.",
     {"Ravi Menon": "IND", "Lucía Paredes Quispe": "PER"}),
    ("New Delhi, 2 May 2025. The President of Peru paid a State Visit to India.\n\n2. MoU on Space. Signed by: "
     "Shri Ravi Menon, Chairman; Dr. Jorge Salas Rivera, Director of the Space Agency.",
     {"Ravi Menon": "IND", "Jorge Salas Rivera": "PER"}),
])
def test_the_two_signatories_of_an_outcome_serve_the_two_sides(extractor, text, expected):
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, name, country", [
    # a national office for European affairs is no office of an international body
    ("Warsaw, 2 May 2025. The Polish side was led by Undersecretary of State Anna Lis and included Ambassador "
     "Piotr Nowacki, Director of the Department of European Policy.", "Piotr Nowacki", "POL"),
    ("Addis Ababa, 2 May 2025. The Kenyan delegation also included Ambassador Grace Mutua Wanjiru, Principal "
     "Secretary for Foreign Affairs.", "Grace Mutua Wanjiru", "KEN"),
])
def test_delegation_members(extractor, text, name, country):
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got[name].country == country


def test_a_pronoun_caller_is_the_official_the_sentence_before_opens_with(extractor):
    text = ("Hanoi, 12 March 2026 - Prime Minister Le Van Thanh received Indonesian Minister of Foreign Affairs "
            "Budi Santoso.\n\nMinister Santoso said that Indonesia wished to buy more rice. He added that he had "
            "earlier called on Minister of Industry Tran Thi Mai and Minister of Health Do Quang Huy.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Tran Thi Mai"] == "VNM" and got["Do Quang Huy"] == "VNM"
    assert got["Budi Santoso"] == "IDN"


@pytest.mark.parametrize("sep, gap", [(" | ", "\n"), ("\t", "\n"), (" | ", "\n\n")])
def test_the_two_signatories_of_a_table_cell_serve_the_two_sides(extractor, sep, gap):
    rows = [["No.", "Document", "Signatories", "Date"],
            ["1", "MoU on Ports", "Minister of Transport Karim Nabil Saleh; Minister of Commerce Liu Guoqiang", "9 April 2026"],
            ["2", "MoU on Health", "Minister of Health Mona Adel Fahmy; Minister of Health Zhao Yiming", "9 April 2026"]]
    text = ("Cairo, 10 April 2026\n\nOutcomes of the talks between Egypt and China\n\n"
            + gap.join(sep.join(r) for r in rows) + "\n")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert {k: got.get(k) for k in ("Karim Nabil Saleh", "Liu Guoqiang", "Mona Adel Fahmy", "Zhao Yiming")} == {
        "Karim Nabil Saleh": "EGY", "Liu Guoqiang": "CHN", "Mona Adel Fahmy": "EGY", "Zhao Yiming": "CHN"}


def test_a_tour_gives_the_officials_met_after_a_pronoun_the_paragraphs_state(extractor):
    text = ("Visit of Minister of State for External Affairs to Ghana and Togo\n\nNew Delhi, 9 May 2026\n\n"
            "Minister of State for External Affairs Shri Arun Mehta visited Ghana and Togo from 4 to 8 May.\n\n"
            "2. In Accra, MoS Mehta called on H.E. Mr. Kwame Asante, President of the Republic of Ghana. "
            "On 5 May, he held talks with Mr. Kofi Boateng, Minister for Foreign Affairs.\n\n"
            "3. In Lome, MoS Mehta called on H.E. Mr. Essoham Kpatcha, President of the Togolese Republic. "
            "He also met Mr. Yawa Agbodjan, Minister of Trade.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Kofi Boateng"] == "GHA"
    assert got["Yawa Agbodjan"] == "TGO"
    assert got["Arun Mehta"] == "IND"


def test_a_title_between_two_named_officials_of_a_list_is_the_first_ones(extractor):
    text = ("Addis Ababa, 5 May 2026 - The meeting was attended by H.E. Ms. Sahra Abdi Ali, Minister of "
            "Foreign Affairs of Somalia, H.E. Mr. Daniel Kiprop, Cabinet Secretary of Kenya.")
    got = officials(extractor, text)
    assert got["Sahra Abdi Ali"].titles == ["Minister of Foreign Affairs"]
    assert got["Sahra Abdi Ali"].country == "SOM"
    assert got["Daniel Kiprop"].titles == ["Cabinet Secretary"]


@pytest.mark.parametrize("answer", [
    "Yes, the Secretary spoke with Foreign Minister Taras Melnyk on Monday.",
    "The Secretary has been in touch with Foreign Minister Taras Melnyk.",
    "I spoke with Foreign Minister Taras Melnyk this morning.",
])
def test_the_own_side_meets_in_a_briefing(extractor, answer):
    text = ("Department Press Briefing\n\nWashington, April 3, 2026\n\nMR GRANT: Good afternoon.\n\n"
            "QUESTION: On Poland, any news on the summit?\n\nMR GRANT: Nothing to announce.\n\n"
            "QUESTION: On Ukraine, what is new?\n\nMR GRANT: " + answer)
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Taras Melnyk"] == "UKR"


def test_the_own_title_meeting_someone_outside_a_briefing_is_no_side(extractor):
    # a joint statement: "the Prime Minister" may be the visitor
    text = ("Joint Statement\n\nRiyadh, 9 May 2026\n\nThe Prime Minister of Pakistan visited Saudi Arabia.\n\n"
            "During the visit, the Prime Minister met the Minister of Energy Faisal Al-Harbi.")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Faisal Al-Harbi"].country_source != "side"


def test_she_discussed_with(extractor):
    text = ("Press Briefing\n\nWashington, 9 May 2026\n\nQUESTION: On Ukraine, what came out of the Deputy "
            "Secretary's meetings in Kyiv?\n\nMR CALDWELL: Deputy Secretary Helen Ward was in Kyiv last week. "
            "She discussed with Prime Minister Olena Bondar our support for the energy grid.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Olena Bondar"] == "UKR"


def test_a_guessed_official_meeting_the_home_states_official_is_the_other_side(extractor):
    text = ("THE DAILY LEDGER\n\nJuly 8, 2025, 19:40 IST\n\nPM in Chile LIVE: India, Chile sign deals\n\n"
            "India and Chile concluded talks. Chile is a partner of India in Latin America.\n\n"
            "17:30 IST\nCanciller Lucia Herrera Soto met External Affairs Minister Dr. Arun Nair ahead of the talks.\n\n"
            "Minister Nair also met Chile's Ambassador to India, Mr. Pablo Rios, and the Indian Ambassador to Chile, "
            "Ms. Devika Rao.")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Lucia Herrera Soto"].country == "CHL"
    assert got["Arun Nair"].country == "IND"


@pytest.mark.parametrize("sentence, code", [
    ("The minister met Prime Minister Peter Tovua in Honiara on 14 January.", "SLB"),
    ("The minister met Prime Minister Peter Tovua in Dubai on 14 January.", None),  # a third country's city
    ("The minister met Prime Minister Peter Tovua in Honiara on the sidelines of the Forum.", None),
])
def test_the_place_where_officials_were_met(extractor, sentence, code):
    text = ("Estimates hearing\n\nCanberra, 27 February 2026\n\nSenator GRAY: When did the minister last meet "
            "the Prime Minister of Solomon Islands?\n\nMs Hale: " + sentence)
    got = {o.name: o for o in extractor.extract(text).officials}
    if code:
        assert got["Peter Tovua"].country == code
    else:
        assert got["Peter Tovua"].country_source != "side" or got["Peter Tovua"].country != "ARE"


# -- an international body's release ------------------------------------------------------------
@pytest.mark.parametrize("masthead, expected", [
    ("AFRICAN UNION\nPress Release", True),
    ("United Nations | Secretary-General\nHome", True),
    ("ASEAN Secretariat News\n", True),
    ("The Commonwealth\nHome | About us", True),
    ("EEAS Press Release\n", True),
    ("Ministry of External Affairs\n", False),
    ("Minister leads delegation to the African Union summit in Addis Ababa\n", False),
])
def test_international_masthead(masthead, expected):
    from dialogue_extract.pipeline.components.attribution import international_masthead

    assert international_masthead(masthead + "\nThe Secretary-General met the Minister.") is expected


def test_staff_of_the_issuing_body_get_no_guessed_state(extractor):
    text = ("AFRICAN UNION\nPress Release\n\nAddis Ababa, Ethiopia, 3 March 2025: The Chairperson of the "
            "Commission received the Minister of Foreign Affairs of Ghana, Hon. Kofi Mensah. Also present was "
            "the Commissioner for Trade and Industry, Ambassador Amina Yusuf. Minister Mensah thanked the "
            "Chairperson for the support of the Union to Ghana.")
    got = officials(extractor, text)
    assert got["Amina Yusuf"].country is None
    assert got["Kofi Mensah"].country == "GHA"


@pytest.mark.parametrize("text, name, country", [
    ("New Delhi, 5 February 2026. India and Kuwait reviewed labour ties. The Minister of State visited Kuwait on "
     "20 January and met the Minister of Interior, Sheikh Fahad Al-Sabah, and raised pending cases.",
     "Fahad Al-Sabah", "KWT"),
    ("Canberra, 3 May 2025. Australia and Fiji agreed to work together. While in Fiji, the Minister called on "
     "the Minister for Policing, Hon. Isikeli Tuiwai.", "Isikeli Tuiwai", "FJI"),
])
def test_a_state_visited_is_the_state_of_the_officials_met_there(extractor, text, name, country):
    got = officials(extractor, text)
    assert got[name].country == country and got[name].country_source == "side"


@pytest.mark.parametrize("text, name, code", [
    ("Press Conference by Spokesperson SATO Hiroki\n\nVisit to Indonesia by Foreign Minister TANAKA Jiro\n\n"
     "Spokesperson SATO: Foreign Minister TANAKA Jiro will travel to Jakarta next week. On the 14th, he will hold the "
     "Japan-Indonesia Foreign Ministers' Meeting with Minister of Foreign Affairs Dewi Pratiwi. Indonesia and "
     "Indonesia's firms welcome Japan. Indonesia will host the summit.", "SATO Hiroki", "JPN"),
    ("Press Conference by Spokesperson SATO Hiroki\n\nVisit to Indonesia by Foreign Minister TANAKA Jiro\n\n"
     "Spokesperson SATO: Foreign Minister TANAKA Jiro will travel to Jakarta next week. On the 14th, he will hold the "
     "Japan-Indonesia Foreign Ministers' Meeting with Minister of Foreign Affairs Dewi Pratiwi. Indonesia and "
     "Indonesia's firms welcome Japan. Indonesia will host the summit.", "Dewi Pratiwi", "IDN"),
])
def test_a_visit_to_a_state_by_an_unnamed_visitor_and_a_meeting_with_the_hosts(extractor, text, name, code):
    assert officials(extractor, text)[name].country == code


@pytest.mark.parametrize("verb", ["hosted", "welcomed"])
def test_the_guest_a_host_welcomes_serves_the_other_side(extractor, verb):
    text = ("Hanoi, 4 March 2026\n\nForeign Minister Tran Duc Binh " + verb + " Foreign Minister Ana Kovac of Croatia. "
            "Later Tran Duc Binh " + verb + " Deputy Minister Ivo Maric at the guesthouse, and Croatia and Viet Nam "
            "agreed to open direct flights. Viet Nam and Viet Nam's firms welcome it.")
    got = officials(extractor, text)
    assert got["Ivo Maric"].country == "HRV"


@pytest.mark.parametrize("phrase", ["I will visit the", "I will travel to the", "my visit to the"])
def test_the_state_a_speaker_will_visit_is_not_the_home_state(extractor, phrase):
    text = ("Press Conference by Foreign Minister Anna Lindgren\n\nMinister Lindgren: Good morning. Next week "
            + phrase + " Republic of Chile. Chile and Chile's ports matter to Sweden. In Santiago I meet Foreign "
            "Minister Pablo Rojas of Chile. State Secretary Erik Holm of the ministry will join me.")
    assert officials(extractor, text)["Erik Holm"].country == "SWE"


@pytest.mark.parametrize("title, country", [
    ("Secretary of Defense", "USA"), ("Taoiseach", "IRL"), ("Parliamentary Vice-Minister for Foreign Affairs", "JPN"),
    ("Cabinet Secretary for Foreign and Diaspora Affairs", "KEN"),
])
def test_a_title_only_one_state_uses_gives_its_state(extractor, title, country):
    text = (f"Manila, 3 May 2025. The Philippines and its partners met in Manila. {title} Mark Ellison spoke "
            "after the talks in the Philippines.")
    got = officials(extractor, text)
    assert got["Mark Ellison"].country == country and got["Mark Ellison"].country_source == "title"


@pytest.mark.parametrize("title", ["President of the Government", "First Vice-President of the Government"])
def test_a_title_of_one_state_gives_it_when_the_release_names_that_state(extractor, title):
    text = (f"Statement after the summit\n\nThe {title}, Lucía Ferrer Pons, and the Prime Minister of Portugal, "
            "Rui Tavares Melo, met in Badajoz. Portugal and Spain agreed to link their grids. Portugal and Portugal's "
            "ports will gain.")
    assert officials(extractor, text)["Lucía Ferrer Pons"].country == "ESP"


@pytest.mark.parametrize("phrase", ["the Benin Bronzes", "a Benin Bronze", "two Benin bronzes"])
def test_an_artefact_named_after_a_state_names_no_state(extractor, phrase):
    result = extractor.extract(f"London, 3 March 2026. The museum agreed with Nigeria to return {phrase} to Nigeria.")
    assert "BEN" not in {c.code for c in result.countries}


@pytest.mark.parametrize("row, name, code", [
    ("led by Deputy Secretary Ana Lima for Brazil, Director-General Kenji Mori for Japan and Minister Anil Kumar Verma for India.",
     "Kenji Mori", "JPN"),
    ("led by Deputy Secretary Ana Lima for Brazil, Director-General Kenji Mori for Japan and Minister Anil Kumar Verma for India.",
     "Anil Kumar Verma", "IND"),
    ("represented by Counsellor Marta Silva for Portugal; Counsellor Tomas Berg for Sweden.", "Tomas Berg", "SWE"),
])
def test_a_name_followed_by_for_a_state_serves_it(extractor, row, name, code):
    text = ("Canberra, 3 May 2025\n\nAustralia hosted the talks in Canberra. Australia and Australia's partners agreed "
            "to meet again. The working groups will be " + row)
    assert officials(extractor, text)[name].country == code


def test_for_a_state_far_from_the_name_gives_no_side(extractor):
    text = ("Canberra, 3 May 2025\n\nAustralia hosted the talks. Australia and Australia's partners agreed to meet "
            "again. Deputy Secretary Ana Lima said it was a good day for Japan.")
    assert officials(extractor, text)["Ana Lima"].country == "AUS"


@pytest.mark.parametrize("opening", ["In Lusaka,", "While in Lusaka,", "During his stay in Lusaka,"])
def test_a_place_opening_a_paragraph_gives_its_state_to_those_met_later_in_it(extractor, opening):
    text = ("MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF SENEGAL\n\nThe Minister of Foreign Affairs, Mr. Cheikh Ba, "
            "visited Zambia and Malawi this week. Senegal and Senegal's partners welcomed the visit.\n\n"
            f"{opening} the Minister met the Minister of Finance, Mr. Peter Mwale. He later held talks with the "
            "Speaker of the National Assembly, Ms. Grace Banda. He also called on the Chief Justice, Mr. John Tembo.\n\n"
            "The Minister was accompanied by the Director of Africa, Ms. Awa Sow.")
    got = officials(extractor, text)
    assert got["Grace Banda"].country == "ZMB" and got["John Tembo"].country == "ZMB"
    assert got["Awa Sow"].country == "SEN"


def test_a_place_inside_a_paragraph_reaches_only_its_sentence(extractor):
    text = ("MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF SENEGAL\n\nThe Minister of Foreign Affairs, Mr. Cheikh Ba, "
            "visited Zambia this week. Senegal and Senegal's partners welcomed the visit. Zambia too. The Minister "
            "arrived on Monday, and in Lusaka he met Mr. Peter Mwale. He later held talks with Ms. Awa Sow, the "
            "Director of Africa.")
    assert officials(extractor, text)["Awa Sow"].country == "SEN"


def test_a_demonym_does_not_cross_into_an_office_of_another_state(extractor):
    text = ("NEW DELHI, 3 May 2025\n\nIndia and Bhutan held talks in New Delhi. India and India's partners "
            "welcomed them. The Bhutanese Ambassador, Dasho Karma Wangdi, and Joint Secretary (North) Rohan Mehta "
            "attended the talks.")
    assert officials(extractor, text)["Rohan Mehta"].country == "IND"


def test_a_demonym_still_runs_over_a_list_of_offices_of_its_own_state(extractor):
    text = ("NEW DELHI, 3 May 2025\n\nIndia and Bhutan held talks in New Delhi. India and India's partners "
            "welcomed them. Bhutanese Foreign Minister Lyonpo Tenzin Dorji and Finance Minister Namgay Tshering "
            "attended the talks.")
    assert officials(extractor, text)["Namgay Tshering"].country == "BTN"


@pytest.mark.parametrize("dialogue", ["the forum's annual dialogue", "the council's second session"])
def test_a_co_chair_of_a_possessed_meeting_serves_the_other_side(extractor, dialogue):
    text = ("London, 3 May 2026\n\nThe United Kingdom and Ghana renewed their partnership. Ghana and Ghana's firms "
            f"welcomed it. The Minister for Trade, Paul Hart, co-chaired {dialogue} with the Minister of Trade, "
            "Kofi Mensah.")
    assert officials(extractor, text)["Kofi Mensah"].country == "GHA"


@pytest.mark.parametrize("title", ["Secretary of the Security Council", "Deputy Chairman of the Security Council"])
def test_an_office_of_a_states_own_security_council_is_no_un_staff(extractor, title):
    text = ("VIENNA, May 3 (Reuters) - Kazakhstan and Kyrgyzstan held border talks in Vienna. Kazakh Foreign Minister "
            f"Arman Nurlanov was accompanied by Deputy Foreign Minister Erlan Sadykov and Bolat Zhunusov, {title}.")
    got = officials(extractor, text)["Bolat Zhunusov"]
    assert got.country == "KAZ" and got.country_source == "delegation"


def test_the_un_security_council_president_is_still_staff_free_of_a_guess(extractor):
    text = ("New York, 3 May 2026. Japan and Brazil spoke at the UN. Japan and Japan's partners agreed. "
            "The Under-Secretary-General of the United Nations, Maria Olsen, briefed the Security Council.")
    assert officials(extractor, text)["Maria Olsen"].country is None


@pytest.mark.parametrize("realm, code", [("New Zealand", "NZL"), ("Canada", "CAN")])
def test_governor_general_is_the_one_realm_the_release_names(extractor, realm, code):
    text = (f"Statement\n\nThe Prime Minister of {realm} welcomed the President of Chile. {realm} and Chile signed a "
            f"trade deal. Chile and Chile's firms welcomed it. The Governor-General, Dame Rosa Whitley, hosted a dinner.")
    assert officials(extractor, text)["Rosa Whitley"].country == code


def test_governor_general_with_two_realms_named_takes_neither(extractor):
    text = ("Statement\n\nAustralia and Canada signed a trade deal. Chile and Chile's firms welcomed it. Chile again. "
            "The Governor-General, Dame Rosa Whitley, hosted a dinner.")
    assert officials(extractor, text)["Rosa Whitley"].country_source != "title"


@pytest.mark.parametrize("headline", [
    "Prime Minister Dalton speaks with Prime Minister of Malaysia",
    "Minister Dalton meets Malaysian counterpart",
    "Readout of the Prime Minister's call with the Prime Minister of Malaysia",
])
def test_a_state_a_headline_names_only_as_the_side_met_is_not_home(extractor, headline):
    text = (f"{headline}\n\nPrime Minister Ruth Dalton spoke by telephone today with Prime Minister Anwar Osman. "
            "The leaders discussed trade between Malaysia and Ireland and Malaysia's palm oil. Malaysia will host "
            "talks. Minister for Trade Ciara Byrne joined the call.")
    got = officials(extractor, text)
    assert got["Ciara Byrne"].country == "IRL" and got["Anwar Osman"].country == "MYS"


@pytest.mark.parametrize("headline", ["Second Meeting of the Malaysia-Ireland Dialogue",
                                      "Malaysia and Ireland hold talks"])
def test_a_headline_naming_the_states_as_subjects_excludes_neither(extractor, headline):
    text = (f"{headline}\n\nMinister Ruth Dalton opened the talks in Kuala Lumpur. Malaysia and Malaysia's partners "
            "welcomed them. Malaysia will host more talks. Ireland agreed.")
    assert officials(extractor, text)["Ruth Dalton"].country == "MYS"


@pytest.mark.parametrize("verb", ["joined", "accompanied"])
def test_officials_who_join_one_official_serve_that_officials_state(extractor, verb):
    text = ("Media statement\n\nPrime Minister Ruth Dalton spoke by telephone with Prime Minister Anwar Osman of "
            "Malaysia. Ireland and Ireland's partners welcomed the call. Ireland again. Deputy Prime Minister Farid "
            f"Salleh and Foreign Minister Aziz Rahim {verb} Prime Minister Anwar Osman on the call.")
    got = officials(extractor, text)
    assert got["Farid Salleh"].country == "MYS" and got["Aziz Rahim"].country == "MYS"


def test_joining_officials_of_several_states_is_meeting_them(extractor):
    text = ("Department of Foreign Affairs\nRepublic of Ireland\n\nIreland, Malaysia and Chile ministers meet\n\n"
            "3 May 2026 - Minister Ruth Dalton joined Foreign Minister Aziz Rahim of Malaysia and Foreign Minister "
            "Pablo Soto of Chile for a trilateral meeting.")
    assert officials(extractor, text)["Ruth Dalton"].country == "IRL"


@pytest.mark.parametrize("middle", [
    "During the visit she called on Prime Minister Pedro Alves and held talks with Foreign Minister Rui Costa. ",
    "She held talks with Foreign Minister Rui Costa. ",
    "",
])
def test_she_was_accompanied_by_reads_the_subject_not_the_last_name(extractor, middle):
    text = ("Ministry of Foreign Affairs of Portugal\n\nVisit of the Foreign Minister of Chile\n\n"
            "Foreign Minister of Chile Ana Morales Vidal came to Portugal on an official visit from 3 to 5 May. "
            + middle + "She was accompanied by Deputy Minister Jorge Pinto Rivas. Portugal and Portugal's firms "
            "welcomed the visit.")
    assert officials(extractor, text)["Jorge Pinto Rivas"].country == "CHL"


def test_he_was_accompanied_after_an_invitation_reads_the_visitor(extractor):
    text = ("Ministry of Foreign Affairs of Portugal\n\n1. At the invitation of the Prime Minister of Portugal, "
            "Mr. Pedro Alves, the Prime Minister of Chile, Ms. Ana Morales Vidal, paid a visit to Portugal. She was "
            "accompanied by Mr. Jorge Pinto Rivas, Minister of Foreign Affairs. Portugal and Portugal's firms agreed.")
    assert officials(extractor, text)["Jorge Pinto Rivas"].country == "CHL"


def test_a_delegation_list_stops_at_a_full_stop_after_a_short_name(extractor):
    text = ("Ministry of Foreign Affairs of Portugal\n\nForeign Minister of Nepal Sita Rana came to Portugal on a "
            "visit. She was accompanied by Foreign Secretary Amrit Bahadur Rai. Portugal's Secretary of State "
            "Pedro Alves Costa also called on her. Portugal and Portugal's firms agreed.")
    assert officials(extractor, text)["Pedro Alves Costa"].country == "PRT"


@pytest.mark.parametrize("joiner", [", while", "; whereas", " whilst"])
def test_a_side_led_by_stops_at_the_other_sides_clause(extractor, joiner):
    text = ("GENEVA (Reuters) - Russian and Ukrainian delegations met in Geneva on Monday. The Russian side was led "
            f"by Vladimir Orlov, deputy foreign minister{joiner} Defence Minister Taras Bondar headed Ukraine's "
            "delegation.")
    assert officials(extractor, text)["Taras Bondar"].country == "UKR"


@pytest.mark.parametrize("form", ["Indian Army chief Gen. Rohit Sinha", "the Indian Navy chief, Admiral Rohit Sinha,",
                                  "Indian Air Force chief Air Chief Marshal Rohit Sinha"])
def test_a_force_chief_with_the_forces_name_capitalised_is_a_title(extractor, form):
    text = ("DOHA, 5 June 2025 (QNA) - Qatar and India held defence talks in Doha. Qatar's Minister of State "
            f"Khalid Al Mannai hosted {form} at the ministry.")
    assert officials(extractor, text)["Rohit Sinha"].country == "IND"


@pytest.mark.parametrize("label", ["Prime Minister of Ireland (Ruth Dalton):", "PRIME MINISTER RUTH DALTON:"])
def test_our_official_in_a_speakers_turn_serves_the_speakers_state(extractor, label):
    text = ("Joint press conference of the Prime Minister of Ireland, Ruth Dalton, and the President of Chile, "
            "Pablo Soto\n\nModerator: Good afternoon.\n\n"
            f"{label} Thank you. Chile and Chile's people are friends. Chile again. Our Minister for Enterprise, "
            "Ciara Byrne, and the Chilean Minister of Economy, Jorge Pinto Rivas, signed the agreement.")
    assert officials(extractor, text)["Ciara Byrne"].country == "IRL"


@pytest.mark.parametrize("dateline", ["VIENNA, June 3 (Reuters) -", "GENEVA (AP) —", "DOHA, Qatar (AFP) -"])
def test_an_international_wires_dateline_is_no_side_when_the_story_names_it_nowhere(extractor, dateline):
    text = (f"{dateline} Iranian Foreign Minister Hamid Karimi met European envoys on Tuesday. Deputy Foreign "
            "Minister Reza Tavakoli, who also attended, said Iran would answer the proposal. Iran wants talks.")
    assert officials(extractor, text)["Reza Tavakoli"].country == "IRN"


@pytest.mark.parametrize("dateline, code", [
    ("GENEVA, June 3 (Reuters) -", "CHE"),  # the story names Switzerland: a side
    ("KABUL, June 3 (Bakhtar) -", "AFG"),  # a national agency: its state
    ("VIENNA, June 3 -", "AUT"),  # no wire: the dateline's state
])
def test_a_dateline_still_gives_its_state_otherwise(extractor, dateline, code):
    text = (f"{dateline} Iranian Foreign Minister Hamid Karimi met envoys on Tuesday. Deputy Foreign Minister "
            "Reza Tavakoli said the talks, hosted by Switzerland, were useful. Iran wants talks. Iran again.")
    if code != "CHE":
        text = text.replace(", hosted by Switzerland,", "")
    assert officials(extractor, text)["Reza Tavakoli"].country == code


@pytest.mark.parametrize("masthead, code", [("Press Information Bureau", "IND"), ("10 Downing Street", "GBR"),
                                             ("Malacañang Palace", "PHL"), ("Casa Rosada", "ARG")])
def test_a_seat_of_government_alone_on_the_header_line_names_the_home(extractor, masthead, code):
    text = (f"{masthead}\n\nThe visiting Foreign Minister of Norway, Ingrid Haugland, called on the Prime Minister "
            "today. She also met the Minister of State, Karan Mehra Bose. Norway and Norway's firms welcomed it.")
    assert officials(extractor, text)["Karan Mehra Bose"].country == code


@pytest.mark.parametrize("phrase", ["conveyed greetings from", "conveyed the best wishes from", "passed on a message from"])
def test_he_conveyed_greetings_from_serves_the_pronouns_state(extractor, phrase):
    text = ("NEW DELHI, 3 May 2025\n\nThe Foreign Minister of Norway, Ingrid Haugland, called on the Prime Minister "
            f"of India today. She {phrase} Prime Minister Jonas Berg. India and India's firms welcomed the visit.")
    assert officials(extractor, text)["Jonas Berg"].country == "NOR"


@pytest.mark.parametrize("masthead", ["WHO news release", "UNICEF press release", "IAEA media advisory"])
def test_an_international_bodys_masthead_naming_the_kind_of_release_gives_its_staff_no_guess(extractor, masthead):
    text = (f"{masthead}\n\nGENEVA - The Director-General today met Kenya's Minister of Health, Amina Odhiambo. "
            "Assistant Director-General Dr Lars Peterson also attended. Kenya and Kenya's partners welcomed it.")
    assert officials(extractor, text)["Lars Peterson"].country is None


def test_a_headline_with_a_verb_is_still_no_masthead(extractor):
    text = ("Minister briefs press on WHO talks\n\nNAIROBI, 3 May 2025 - Kenya's Minister of Health, Amina Odhiambo, "
            "spoke. Principal Secretary Lars Peterson also attended. Kenya and Kenya's partners welcomed it.")
    assert officials(extractor, text)["Lars Peterson"].country == "KEN"


@pytest.mark.parametrize("form, name, code", [
    ("Beijing's top diplomat Li Wenhua", "Li Wenhua", "CHN"),
    ("Moscow's ambassador Pavel Sokolov", "Pavel Sokolov", "RUS"),
    ("New Delhi's envoy Arjun Mehta Rao", "Arjun Mehta Rao", "IND"),
])
def test_a_place_standing_for_its_state_before_an_office_gives_it(extractor, form, name, code):
    text = (f"LONDON, June 3 (Reuters) - Britain's Foreign Secretary Helen Ward met {form} on Tuesday. Britain and "
            "Britain's partners welcomed the talks.")
    assert officials(extractor, text)[name].country == code


def test_a_possessive_that_is_no_place_gives_no_state(extractor):
    text = ("LONDON, June 3 (Reuters) - Britain's Foreign Secretary Helen Ward met Orlov's envoy Pavel Sokolov on "
            "Tuesday. Britain and Britain's partners welcomed the talks.")
    assert officials(extractor, text)["Pavel Sokolov"].country_source != "title"


@pytest.mark.parametrize("sentence", [
    "The Peruvian side at the consultations also included Minister Counsellor Rosa Quispe Mamani.",
    "The Peruvian delegation in the plenary session further included Minister Counsellor Rosa Quispe Mamani.",
    "The Peruvian side during the talks included Minister Counsellor Rosa Quispe Mamani.",
])
def test_a_sides_members_named_after_the_meeting_it_sat_in(extractor, sentence):
    text = ("Canberra, 3 May 2025\n\nAustralia and Peru held talks. Deputy Secretary Mark Ellery led. "
            + sentence + " Australia and Australia's partners welcomed it.")
    assert officials(extractor, text)["Rosa Quispe Mamani"].country == "PER"


@pytest.mark.parametrize("phrase", [
    "an Egyptian business mission, which will be led by",
    "an Egyptian trade and investment delegation to Lagos led by",
    "the Egyptian technical team, to be headed by",
])
def test_a_delegation_with_its_kind_or_destination_led_by(extractor, phrase):
    text = ("ABUJA, 3 May 2025 - The Minister of Trade, Amaka Obi, welcomed " + phrase + " Deputy Minister "
            "of Industry Hany Fathi Mansour. Nigeria and Nigeria's firms welcomed it.")
    got = officials(extractor, text)
    assert got["Hany Fathi Mansour"].country == "EGY"


@pytest.mark.parametrize("apposition", [
    "a member of the Turkish delegation",
    "the head of the Turkish team",
    "part of the Turkish side",
])
def test_an_official_named_as_a_member_of_a_states_delegation(extractor, apposition):
    text = ("BERLIN, 3 May 2025 - Minister of State Lena Vogt opened the forum. Colonel Murat Kaya Demir, "
            + apposition + ", spoke on drones. Germany and Germany's partners welcomed it.")
    assert officials(extractor, text)["Murat Kaya Demir"].country == "TUR"


@pytest.mark.parametrize("phrase", [
    "who was joined on the call by",
    "who was accompanied by",
    "who was accompanied at the talks by",
])
def test_those_who_join_a_named_official_serve_that_officials_state(extractor, phrase):
    text = ("Stockholm, 3 May 2025\n\nMinister for Foreign Affairs Karin Lund spoke with the President of Ghana, "
            f"Kofi Mensah Asare, {phrase} Minister of Finance Ama Boateng Osei. Sweden and Sweden's partners "
            "welcomed the call.")
    got = officials(extractor, text)
    assert got["Ama Boateng Osei"].country == "GHA"
    assert got["Karin Lund"].country == "SWE"


def test_a_pronoun_before_was_accompanied_by_gives_no_state(extractor):
    # "He was accompanied by" after a sentence naming the host first: the pronoun is not the host
    text = ("NEW DELHI, 3 May 2025\n\nAt the invitation of the Prime Minister of India, Shri Arun Mehta, the "
            "Prime Minister of Malta, Dr. Joseph Farrugia Vella, paid a visit to India. He was accompanied by "
            "Mr. Karl Borg Camilleri, Minister for Foreign Affairs, and a business delegation.")
    assert officials(extractor, text)["Karl Borg Camilleri"].country != "IND"


@pytest.mark.parametrize("dateline, phrase", [
    ("Geneva, 14 March 2026 –", "on the sidelines of the Human Rights Council"),
    ("NEW YORK, 23 September 2025:", "on the margins of the General Assembly"),
    ("Vienna, 2 June 2025 -", "on the sidelines of the IAEA Board of Governors"),
])
def test_a_dateline_at_a_multilateral_venue_is_not_the_home_state(extractor, dateline, phrase):
    text = (f"{dateline} The Minister of Foreign Affairs and Senegalese Abroad, Mr. Cheikh Ba Sall, met the Foreign "
            f"Minister of Peru, Ms. Rosa Quispe Mamani, {phrase}. Director Awa Ndiaye Fall attended. Senegal and "
            "Senegal's partners welcomed the talks with Peru.")
    got = officials(extractor, text)
    assert got["Awa Ndiaye Fall"].country == "SEN"
    assert got["Rosa Quispe Mamani"].country == "PER"


def test_a_venue_phrase_keeps_a_dateline_whose_state_the_text_names(extractor):
    text = ("Geneva, 14 March 2026 – Federal Councillor Anna Keller met the Foreign Minister of Peru, Ms. Rosa "
            "Quispe Mamani, on the sidelines of the Human Rights Council. Director Urs Baumann attended. Switzerland "
            "and Peru agreed to meet again.")
    assert officials(extractor, text)["Urs Baumann"].country == "CHE"


@pytest.mark.parametrize("sentence", [
    "The Kenyan envoy conveyed the greetings of President Daniel Mwangi Kariuki.",
    "The Kenyan High Commissioner conveyed greetings from President Daniel Mwangi Kariuki.",
    "The Kenyan delegation passed on a message from President Daniel Mwangi Kariuki.",
])
def test_an_unnamed_bearer_with_a_demonym_carries_the_greetings_of_its_state(extractor, sentence):
    text = ("WELLINGTON, 3 May 2025 - Prime Minister Tom Hadley received the new envoys of Kenya and Chile today. "
            + sentence + " New Zealand and New Zealand's partners welcomed them.")
    assert officials(extractor, text)["Daniel Mwangi Kariuki"].country == "KEN"


@pytest.mark.parametrize("visit, scene", [
    ("Deputy Minister Lars Eklund will visit Lima on 4 May.", "During the visit, he will meet Vice Minister Rosa Quispe Mamani."),
    ("Deputy Minister Lars Eklund travelled to Peru on Monday.", "During his stay he called on Vice Minister Rosa Quispe Mamani."),
    ("Deputy Minister Lars Eklund arrived in Lima today for talks.", "While there, he will hold talks with Vice Minister Rosa Quispe Mamani."),
    # the traveller goes on in the next sentence
    ("Deputy Minister Lars Eklund visited Lima on 4 May.", "He called on Vice Minister Rosa Quispe Mamani."),
    # "During the visit" points back to the visit named last, sentences before
    ("Deputy Minister Lars Eklund visited Lima on 4 May. The two sides discussed trade and mining.",
     "During the visit, he also called on the Minister of Energy and Mines, Rosa Quispe Mamani."),
])
def test_a_sentence_set_during_the_announced_visit_places_the_officials_met(extractor, visit, scene):
    text = (f"Stockholm, 3 May 2025\n\nMinister for Foreign Affairs Karin Lund spoke about Peru. {visit} {scene} "
            "Sweden and Sweden's partners welcomed it.")
    got = officials(extractor, text)
    assert got["Rosa Quispe Mamani"].country == "PER"
    assert got["Lars Eklund"].country == "SWE"


def test_a_visit_to_the_home_state_sets_no_scene(extractor):
    text = ("Stockholm, 3 May 2025\n\nThe Foreign Minister of Peru, Rosa Quispe Mamani, will visit Sweden on 4 May. "
            "During the visit, she will meet State Secretary Lars Eklund. Sweden and Sweden's partners welcomed it.")
    assert officials(extractor, text)["Lars Eklund"].country == "SWE"


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n\n"])
def test_a_delegation_list_after_a_colon_and_blank_lines(extractor, gap):
    text = ("Colombo, 4 May 2025\n\nThe Sri Lanka delegation was led by Foreign Secretary Amal Perera.\n\n"
            "The Ghanaian delegation comprised:" + gap + "Name | Designation\n"
            "Dr. Kwame Asante | Chief Director, Ministry of Foreign Affairs\n"
            "Ms. Ama Boateng | Minister-Counsellor, High Commission of Ghana, New Delhi\n\n"
            "The talks covered trade.\n")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Ama Boateng"] == "GHA" and got["Amal Perera"] == "LKA"


@pytest.mark.parametrize("text,name,code", [
    ("Lima, 3 May 2026 - The Foreign Minister received a delegation of the Republic of Korea headed by "
     "the Vice Minister for Multilateral Affairs, Park Min-soo.", "Park Min-soo", "KOR"),
    ("Accra, 9 March 2026 - The Minister met a delegation from the United Arab Emirates led by "
     "Minister of State Khalid Al Mansoori.", "Khalid Al Mansoori", "ARE"),
])
def test_a_delegation_of_a_state_named_with_the_article_is_led_by_its_official(extractor, text, name, code):
    o = officials(extractor, text)[name]
    assert (o.country, o.country_source) == (code, "delegation")


def test_each_item_of_a_signed_list_is_one_pair_of_sides(extractor):
    # a list of documents, each "signed by" one official of each side, the lines wrapped as in a PDF
    text = ("Surabaya, 9 March 2026\n\n1. President Lestari Wibowo of Indonesia received President Baran Yilmaz "
            "of Türkiye.\n2. The following were signed:\na. MoU on Trade, signed by\nBapak Rudi Hartanto, Head "
            "of the Trade Agency, and Mr. Kemal\nAydin, Minister of Trade;\nb. MoU on Health, signed by Ibu Sari "
            "Dewi, Minister of Health, and Mr. Orhan\nKaya, Minister of Health.\n")
    got = officials(extractor, text)
    assert (got["Kemal Aydin"].country, got["Kemal Aydin"].country_source) == ("TUR", "side")
    assert (got["Orhan Kaya"].country, got["Orhan Kaya"].country_source) == ("TUR", "side")
    assert got["Rudi Hartanto"].country == got["Sari Dewi"].country == "IDN"


@pytest.mark.parametrize("text, name, country", [
    # a state that has a President as well as a Prime Minister keeps its own President
    ("ABU DHABI, 2nd March, 2026 (WAM) -- President Mohamed bin Zayed Al Nahyan and President Bola Tinubu "
     "of Nigeria today witnessed the exchange of five agreements.", "Mohamed bin Zayed Al Nahyan", "ARE"),
    # the caller is the sentence's subject, not the official an earlier verb took as object: the
    # President called on is the host's
    ("Ministry of External Affairs\n\nPrime Minister Shri Narendra Modi paid a visit to the Republic of Suriname "
     "on 5 May 2026. He held talks with Vice President Ronnie Brunswijk at the Presidential Palace and called on "
     "President Jennifer Geerlings-Simons.", "Jennifer Geerlings-Simons", "SUR"),
])
def test_the_home_states_own_president_and_the_host_a_visitor_calls_on(extractor, text, name, country):
    got = officials(extractor, text)
    assert got[name].country == country


def test_a_side_column_named_by_a_states_abbreviation(extractor):
    text = ("Outcomes of the visit to Trinidad and Tobago\n\nNo.\tDocument\tIndian Signatory\tT&T Signatory\n"
            "1.\tMoU on Sports\tShri Vivek Rao, Joint Secretary\tMr. Keith Baptiste, Permanent Secretary\n"
            "2.\tMoU on Archives\tShri Vivek Rao, Joint Secretary\tMs. Ria Mohan, Director\n")
    got = officials(extractor, text)
    assert got["Keith Baptiste"].country == "TTO"
    assert got["Vivek Rao"].country == "IND"


# -- the guest a host received is the one accompanied; the caller is the sentence's subject -------
@pytest.mark.parametrize("verb", ["received", "hosted", "welcomed"])
def test_he_was_accompanied_after_a_host_received_a_guest(extractor, verb):
    text = ("Lima, 3 May 2026 - Minister of Foreign Affairs Elena Quispe " + verb + " Ghana's Minister "
            "for Foreign Affairs Kofi Mensah, who is on an official visit to Peru. He was accompanied by Director "
            "of Protocol Ama Owusu and Ambassador Yaw Boateng. Peru and Peru agreed to more trade.")
    got = officials(extractor, text)
    for name in ("Ama Owusu", "Yaw Boateng"):
        assert (got[name].country, got[name].country_source) == ("GHA", "delegation")


def test_he_was_accompanied_keeps_the_subject_when_no_host_verb_follows(extractor):
    text = ("Lima, 3 May 2026\n\nGhana's Minister for Foreign Affairs Kofi Mensah arrived in Lima and held talks "
            "with Minister of Foreign Affairs Elena Quispe. He was accompanied by Ambassador Yaw Boateng. Peru "
            "and Peru agreed to more trade.")
    assert officials(extractor, text)["Yaw Boateng"].country == "GHA"


@pytest.mark.parametrize("opening", ["The same day, Minister Varela", "On 5 June, Foreign Minister Varela"])
def test_a_caller_named_as_subject_calls_on_the_hosts(extractor, opening):
    # the official named before "called on" is the object of "held talks with": the caller is the subject
    text = ("Hanoi, 5 June 2026 - Deputy Prime Minister Bui Van Son received Chile's Minister of Foreign Affairs "
            "Rosa Varela, who is paying an official visit to Viet Nam.\n\n" + opening + " held talks with Deputy "
            "Minister of Foreign Affairs Le Van Tam and called on the Minister of Industry and Trade, Tran Quoc "
            "Bao.\n\nViet Nam and Viet Nam agreed.")
    assert officials(extractor, text)["Tran Quoc Bao"].country == "VNM"


def test_the_other_side_was_led_by(extractor):
    text = ("Jakarta, 5 June 2026\n\nForeign Minister Sugiono spoke with the Foreign Minister of Peru, Rosa "
            "Varela. Indonesia will be represented by Director General Budi Santoso, while the other side will be "
            "led by the Director General of Economic Affairs, Carla Ruiz. Peruvian exporters and Indonesia "
            "welcomed it; Indonesia and Indonesia agreed.")
    got = officials(extractor, text)
    assert (got["Carla Ruiz"].country, got["Carla Ruiz"].country_source) == ("PER", "side")


@pytest.mark.parametrize("other, sentence, name", [
    ("Uzbekistan", "They prepared the visit of President Arman Sadykov to Islamabad, expected in October.",
     "Arman Sadykov"),
    ("the Philippines", "Dar recalled the state visit of President Juan Dela Cruz Jr. to Pakistan last year.",
     "Juan Dela Cruz Jr."),
    # the traveller after the destination
    ("Uzbekistan", "Ties grew during the visit to Pakistan of President Arman Sadykov in 2024.", "Arman Sadykov"),
])
def test_the_visit_of_an_official_to_the_home_state(extractor, other, sentence, name):
    text = ("ISLAMABAD, Jul 31 (APP): Foreign Minister Ishaq Dar spoke with the Foreign Minister of " + other +
            ", Rahim Saidov. " + sentence + " Pakistan and Pakistan agreed.")
    got = officials(extractor, text)
    assert got[name].country == got["Rahim Saidov"].country and got[name].country_source == "side"


def test_the_visit_of_a_home_official_abroad_is_no_visit_to_the_home(extractor):
    text = ("ISLAMABAD, Jul 31 (APP): Foreign Minister Ishaq Dar met Foreign Minister Bakhtiyor Saidov of "
            "Uzbekistan. They prepared the visit of Prime Minister Shahid Karim to Tashkent. Pakistan and "
            "Pakistan agreed.")
    assert officials(extractor, text)["Shahid Karim"].country == "PAK"


@pytest.mark.parametrize("item, name, code", [
    ("Mon 2 June - Suva: meetings with Prime Minister Sitiveni Naqara", "Sitiveni Naqara", "FJI"),
    ("Apia: meeting with Prime Minister Tuala Leota; visit to a school", "Tuala Leota", "WSM"),
])
def test_a_programmes_item_opened_by_a_place(extractor, item, name, code):
    text = ("Hon Jane Harlow\nMinister of Foreign Affairs\n\n28 May 2025\n\nMEDIA ADVISORY: Minister to travel "
            "to Fiji and Samoa\n\nForeign Minister Jane Harlow will travel to Fiji and Samoa next week. New "
            "Zealand and New Zealand value the Pacific. The programme is as follows:\n\n" + item +
            "\nFri 6 June - returns to New Zealand\n")
    assert officials(extractor, text)[name].country == code


# -- the subject after a speaker's label; an unnamed subject's demonym; those met together -------

def test_an_envoy_named_after_a_speakers_label_meets_the_hosts(extractor):
    text = ("QUESTIONS WITHOUT NOTICE\n\nSenator HALE (Queensland) (14:12): My question is about Fiji.\n\n"
            "Senator WONG (South Australia-Minister for Foreign Affairs) (14:15): I can advise the Senate that our "
            "High Commissioner to Fiji, Ms Ruth Adair, met the Minister for Home Affairs, the Hon. Pio Tabaiwalu, "
            "on 2 February. Australia, Australia and Australia will keep working with the region.")
    got = officials(extractor, text)
    assert (got["Pio Tabaiwalu"].country, got["Pio Tabaiwalu"].country_source) == ("FJI", "side")


@pytest.mark.parametrize("opening", ["The Rwandan minister also met", "Later, the Rwandan delegation head met",
                                     "Rwanda's Foreign Minister then held talks with"])
def test_she_was_accompanied_after_an_unnamed_subject_with_a_demonym(extractor, opening):
    text = ("Doha, 9 February 2025 - Minister of State Sultan Al-Muraikhi received Rwanda's Minister of Foreign "
            "Affairs Olivier Nduhungirehe. " + opening + " Minister of Transport Fahad Al Thani. She was "
            "accompanied by Ambassador Igor Kayitare. Qatar and Qatar agreed.")
    got = officials(extractor, text)
    assert (got["Igor Kayitare"].country, got["Igor Kayitare"].country_source) == ("RWA", "delegation")
    assert got["Fahad Al Thani"].country == "QAT"


@pytest.mark.parametrize("joiner", ["together with", "along with"])
def test_officials_met_together_with_the_one_met(extractor, joiner):
    text = ("London, 28 January 2026\n\nForeign Secretary Joan Hale met President Adamu Bello during his state visit on "
            "9 December, " + joiner + " the Minister of Foreign Affairs, Ambassador Musa Danjuma, and the Minister "
            "of Information, Grace Okafor. Nigeria and the United Kingdom agreed; the United Kingdom will host.")
    got = officials(extractor, text)
    for name in ("Musa Danjuma", "Grace Okafor"):
        assert got[name].country == "NGA"


def test_two_presidents_named_together_in_a_paragraph_about_one_other_state(extractor):
    text = ("Ankara, 2 December 2026\n\nOn Monday, Minister of Foreign Affairs Hakan Yilmaz received the Minister of "
            "Foreign Affairs of Egypt, Omar Fathy, in Ankara. The two Ministers agreed that the next council will "
            "meet in Cairo under the co-chairmanship of President Recep Kaya and President Adel Mansour.\n\n"
            "Syria, Syria and Syria were discussed too; Türkiye and Türkiye welcomed it.")
    got = officials(extractor, text)
    assert got["Adel Mansour"].country == "EGY"


@pytest.mark.parametrize("clause", ["", ", which chairs the bloc next year,", ", which takes over the chair in 2026,"])
def test_a_state_represented_by_after_a_relative_clause(extractor, clause):
    text = ("KUALA LUMPUR, 22 May 2025 - Foreign ministers met on Thursday. The Philippines" + clause + " was "
            "represented by Teresa Dizon, who serves as undersecretary for bilateral relations and ASEAN affairs. "
            "Malaysia, Malaysia and Malaysia hosted.")
    got = officials(extractor, text)
    assert got["Teresa Dizon"].country == "PHL"


@pytest.mark.parametrize("office", ["Deputy Minister", "Minister of Foreign Affairs"])
def test_accompanying_the_office_were(extractor, office):
    text = ("Jakarta, 26 September 2025 - " + office + " Le Van Tam of Viet Nam met State Secretary Karl Weber of "
            "Germany. Accompanying the " + office + " were Ambassador Ha Thi Lan and Director Pham Quoc Huy. "
            "Germany, Germany and Germany agreed; Germany will host.")
    got = officials(extractor, text)
    for name in ("Ha Thi Lan", "Pham Quoc Huy"):
        assert (got[name].country, got[name].country_source) == ("VNM", "delegation")


@pytest.mark.parametrize("text, sender, state", [
    ("Lima, 3 May 2025 - Minister of Foreign Affairs Elmer Rivas held talks with the Foreign Minister of "
     "Chile, Alberto Soto. Mr. Soto also paid a courtesy call on President Dina Quispe, where he conveyed "
     "the greetings of President Gabriel Morales.", "Gabriel Morales", "CHL"),
    ("Accra, 9 June 2025 - Foreign Minister Kwame Asante received the Foreign Minister of Togo, Robert "
     "Dussey. Minister Dussey met Vice-President Jane Opoku and also conveyed the greetings of President "
     "Faure Gnassingbe.", "Faure Gnassingbe", "TGO"),
])
def test_a_message_borne_by_the_sentences_subject_after_a_call(extractor, text, sender, state):
    """'X called on Y, where he conveyed the greetings of Z': the bearer is X (a pronoun or a second
    verb points back to the sentence's subject), so Z serves X's state, not Y's."""
    assert officials(extractor, text)[sender].country == state


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n"])
def test_a_table_whose_rows_are_apart_by_blank_lines_keeps_its_columns(extractor, gap):
    # a table taken from a page often has a blank line between its rows: the header's states
    # still head the cells below it, until a row of another shape opens a new table
    text = ("Outcomes of the visit of the President of Ghana to Japan\n\nTokyo, 4 April 2026\n\n"
            "No. | Document | Signed for Japan | Signed for Ghana" + gap +
            "1. | MoU on health | Mr. Taro Kimura, State Minister for Foreign Affairs | Ms. Abena Owusu, Deputy Minister "
            "of Health" + gap +
            "2. | Agreement on air services | Mr. Kenji Aso, Vice-Minister of Land | Mr. Kojo Mensah, Minister of "
            "Transport" + gap + "Other outcomes" + gap + "No. | Outcome" + gap + "1. | Launch of a scholarship\n")
    got = officials(extractor, text)
    assert got["Abena Owusu"].country == "GHA" and got["Kojo Mensah"].country == "GHA"
    assert got["Taro Kimura"].country == "JPN" and got["Kenji Aso"].country == "JPN"


@pytest.mark.parametrize("turn", [", while", ", whereas", ";"])
def test_a_second_clause_with_its_own_subject_leads_its_own_delegation(extractor, turn):
    # "A was accompanied by X, while the Prime Minister was joined by Y": Y is the Prime Minister's
    text = ("Canberra, 3 March 2026 - Prime Minister Anthony Albanese welcomed President Prabowo Subianto to "
            "Australia. The President was accompanied by Indonesia's Minister of Defence, Sjafrie Sjamsoeddin"
            + turn + " the Prime Minister was joined at the talks by the Minister for Defence Industry, Pat Conroy. "
            "Indonesia and Australia agreed to deepen defence cooperation.")
    got = officials(extractor, text)
    assert got["Pat Conroy"].country == "AUS"
    assert got["Sjafrie Sjamsoeddin"].country == "IDN"


@pytest.mark.parametrize("text, host, state", [
    ("Nairobi, 2 May 2025 - Foreign Minister Ruth Kamau received the Minister of Foreign Affairs of Ghana, Kofi "
     "Mensah. Minister Mensah, who was accompanied by Ghana's High Commissioner to Kenya, Ms. Ama Owusu, later "
     "called on Deputy President Peter Njoroge.", "Peter Njoroge", "KEN"),
    ("Dakar, 4 April 2025 - Foreign Minister Aminata Diop received the Minister of Foreign Affairs of Gabon, "
     "Paul Ndong. Minister Ndong, who was accompanied by the Ambassador of Gabon to Senegal, Mr. Luc Obame, "
     "was also received by the Prime Minister, Mr. Ousmane Ba.", "Ousmane Ba", "SEN"),
])
def test_a_delegation_in_a_relative_clause_ends_where_the_main_verb_resumes(extractor, text, host, state):
    """'X, who was accompanied by Y, was received by Z': Y is X's delegation, Z is not."""
    assert officials(extractor, text)[host].country == state


@pytest.mark.parametrize("question", [
    "Q: Will the situation in Chad be discussed with President Amadou Tahir?",
    "Q: Will the crisis in Chad and in Libya come up with President Amadou Tahir?",
    "Q: Is the war in Chad on the agenda of the talks with President Amadou Tahir?",
])
def test_a_topics_state_is_not_where_the_officials_are_met(extractor, question):
    text = ("Ministry of External Affairs\nGovernment of India\n\nThe Prime Minister will visit Niger. "
            "India and Niger are partners, and Niger welcomed it.\n\n" + question + "\n\nA: We will see.\n")
    assert officials(extractor, text)["Amadou Tahir"].country != "TCD"


@pytest.mark.parametrize("question", [
    "Q: You met the Chilean Foreign Minister yesterday. What did you discuss?",
])
def test_a_questions_state_before_the_office_gives_the_holder_named_in_the_answer(extractor, question):
    text = ("Press Conference by Foreign Minister Hana Kato\n\nMinister Kato: Good morning. Japan and its partners "
            "signed a pact, and Japan welcomed it.\n\n" + question + "\n\nMinister Kato: Yes, I spoke by telephone with "
            "Foreign Minister Luis Araya on Friday. Events in Brazil, Peru and Bolivia also came up.\n")
    assert officials(extractor, text)["Luis Araya"].country == "CHL"


@pytest.mark.parametrize("sentence", [
    "Kenya was represented by Cabinet Secretary Rose Achieng and Ghana by Deputy Minister Kofi Boateng.",
    "Kenya was represented by Cabinet Secretary Rose Achieng, and Ghana by Deputy Minister Kofi Boateng.",
])
def test_a_gapped_second_state_takes_its_own_representative(extractor, sentence):
    # "A was represented by X and B by Y": the verb left out, B's representative is B's
    text = ("Addis Ababa, 9 May 2026 - The ministerial meeting of the regional bloc was held today. " + sentence
            + " Uganda and Tanzania also attended.")
    got = officials(extractor, text)
    assert got["Rose Achieng"].country == "KEN" and got["Kofi Boateng"].country == "GHA"


@pytest.mark.parametrize("text, person, state", [
    # "of" + a state's possessive owning a matter is the verb's object, not the person's state
    ("Nairobi, 4 May 2026 - Cabinet Secretary for Foreign Affairs Amos Kiprop met Foreign Minister Lars "
     "Holm of Norway. Later, Minister Holm informed Cabinet Secretary Kiprop of Norway's plans for a new "
     "embassy.", "Amos Kiprop", "KEN"),
    ("Lima, 2 June 2026 - Minister of Foreign Affairs Elena Paredes met Foreign Minister Tomas Brandt of "
     "Austria. Minister Brandt briefed Minister Paredes of Austria’s position on the mercosur agreement.",
     "Elena Paredes", "PER"),
    # a body the possessive owns still names the person's state
    ("Hanoi, 3 March 2026 - Director-General Tran Van Minh of Viet Nam's Ministry of Industry and Trade met "
     "the visiting delegation from Chile.", "Tran Van Minh", "VNM"),
    ("Canberra, 3 March 2026 - Joint Secretary Priya Nair of India's delegation and Minister for Trade Don Farrell "
     "signed the minutes.", "Priya Nair", "IND"),
])
def test_of_a_states_possessive_matter_is_not_the_persons_state(extractor, text, person, state):
    assert officials(extractor, text)[person].country == state


@pytest.mark.parametrize("joined", [
    "Minister of Trade Ana Ruiz and her counterpart Kofi Mensah",
    "Minister of Trade Ana Ruiz, together with her counterpart, Kofi Mensah,",
    "Minister of Trade Ana Ruiz and her counterpart, Trade Minister Kofi Mensah,",
])
def test_an_official_and_his_counterpart_serve_two_sides(extractor, joined):
    # "A and her counterpart B": B, named without a state, serves the other state of the release
    text = ("Lima, 3 March 2026\n\nMinister of Foreign Affairs Elena Paredes received the Foreign Minister of "
            "Ghana, Samuel Boateng, for talks.\n\nThe meeting was later joined by " + joined
            + " who reviewed the trade agreement.")
    got = officials(extractor, text)
    assert got["Kofi Mensah"].country == "GHA"
    assert got["Ana Ruiz"].country == "PER"


@pytest.mark.parametrize("office, joined", [
    ("Minister of Foreign Affairs", "The Minister was joined by"),
    ("Minister for Foreign Affairs and Trade", "The Minister was accompanied by"),
    ("Secretary of Foreign Affairs", "The Secretary was joined by"),
])
def test_the_bare_office_is_the_releases_protagonist_not_the_last_guest(extractor, office, joined):
    # the release's own official, named first and given no state, is "The Minister"; the guest
    # "Foreign Minister of X" named after is not, though his title ends with the office's word
    text = ("Accra, 12 March 2026\n\nThe " + office + ", Kwesi Annan, received the Foreign Minister of Norway, "
            "Lars Holm, who arrived in the capital on a working visit.\n\nAccompanying him were the Norwegian "
            "Ambassador to Ghana, Mr. Per Olsen, and the Director-General Ms. Kari Berg.\n\n" + joined
            + " the Chief Director, Ambassador Ama Owusu, and the Director of Europe, Ambassador Yaw Darko.")
    got = officials(extractor, text)
    assert got["Ama Owusu"].country == "GHA" and got["Yaw Darko"].country == "GHA"
    assert got["Kari Berg"].country == "NOR"


@pytest.mark.parametrize("sentence, name, code", [
    ("The Prime Minister will travel to Nairobi at the invitation of President Daniel Kamau Otieno.", "Daniel Kamau Otieno", "KEN"),
    ("The first leg will take the Prime Minister to Cairo at the invitation of President Omar Farouk Hassan.",
     "Omar Farouk Hassan", "EGY"),
])
def test_the_inviter_of_a_trip_to_a_place_hosts_it(extractor, sentence, name, code):
    text = "New Delhi, 3 May 2026\n\n" + sentence + " India and India's partners welcomed it; India and Kenya and Egypt."
    got = officials(extractor, text)
    assert (got[name].country, got[name].country_source) == (code, "side")


@pytest.mark.parametrize("paragraph, name, country", [
    # the one other state named before the official in their paragraph, not the state the release names most
    ("The talks also covered the situation in Venezuela, where President Rosa Medina has called early elections.",
     "Rosa Medina", "VEN"),
    ("On Bolivia, the ministers welcomed the transfer of power. They invited President Luis Aranda to the next "
     "summit.", "Luis Aranda", "BOL"),
])
def test_an_office_the_home_lacks_serves_the_state_named_before_it_in_its_paragraph(extractor, paragraph, name,
                                                                                     country):
    text = ("Ministry of Foreign Affairs of Japan\n\nForeign Minister Ken Sato held talks with the Foreign Minister "
            "of Brazil, Ana Lima, on trade with Brazil. Brazil and Brazil will hold a dialogue in Brazil.\n\n"
            + paragraph + " Japan's envoy will travel to Brazil.\n")
    assert officials(extractor, text)[name].country == country


@pytest.mark.parametrize("header", ["Ministry of Foreign Affairs\n\n", "Press release | 4 March 2026 | Government\n\n"])
def test_a_state_opening_the_release_as_the_meetings_host_is_the_home(extractor, header):
    text = (header + "Sweden hosted a meeting of the contact group on Myanmar in Stockholm on 4 March. Myanmar's "
            "neighbours and partners attended.\n\nThe meeting was chaired by State Secretary Eva Lind. Thailand was "
            "represented by Deputy Minister Somchai Rattana. The situation in Myanmar, the refugees from Myanmar and "
            "the elections in Myanmar were discussed. Myanmar must open access.\n")
    got = officials(extractor, text)
    assert got["Eva Lind"].country == "SWE" and got["Somchai Rattana"].country == "THA"


@pytest.mark.parametrize("sentence", [
    "The Minister also called on the Vice President, Mehmet Aras.",
    "The Minister then called on the Vice President, Mehmet Aras, and the Speaker.",
])
def test_the_minister_after_the_hosts_minister_is_the_travellers_own(extractor, sentence):
    # "the Minister" is the release's own traveller, not the host's minister named just before by title
    text = ("PRESS RELEASE\n\nOFFICIAL VISIT OF THE MINISTER OF FOREIGN AFFAIRS TO THE REPUBLIC OF TÜRKIYE\n\n"
            "The Minister of Foreign Affairs, Dato' Aziz Rahman, is undertaking an official visit to the Republic "
            "of Türkiye at the invitation of the Minister of Foreign Affairs of the Republic of Türkiye, Kemal "
            "Demir.\n\n2. The Minister held a bilateral meeting with Minister Demir in Ankara on trade between "
            "Malaysia and Türkiye.\n\n3. " + sentence + "\n\nMINISTRY OF FOREIGN AFFAIRS\nPUTRAJAYA\n")
    got = officials(extractor, text)
    assert got["Mehmet Aras"].country == "TUR"


@pytest.mark.parametrize("clause", [
    "who thanked Zimbabwe for its support and asked the Minister to convey his greetings to President Farai Chuma.",
    "who asked him to convey warm greetings to President Farai Chuma.",
])
def test_greetings_sent_from_a_relative_clause_go_to_the_other_side(extractor, clause):
    # the clause's own official (the host) sends them, not the sentence's subject (the visitor)
    text = ("Ministry of Foreign Affairs of Botswana\n\nZimbabwe's Minister of Foreign Affairs, Tendai Moyo, held talks "
            "in Gaborone on trade.\n\nLater, Minister Moyo paid a courtesy call on the Vice President, Kgosi Molefe, "
            + clause + "\n")
    got = officials(extractor, text)
    assert got["Farai Chuma"].country == "ZWE"


@pytest.mark.parametrize("sentence, name, country", [
    # a title's "for <state>" ends no side's phrase
    ("The United Kingdom was represented by its Special Envoy for Libya, Anne Cole, and Italy by Marco Ferri.",
     "Anne Cole", "GBR"),
    # "represented at the <meeting> by"
    ("Georgia was represented at the talks by Nino Beridze, Deputy Minister of Economy.", "Nino Beridze", "GEO"),
    ("Chile was represented in the working group by Ambassador Ana Soto.", "Ana Soto", "CHL"),
    # a state's body "led by" someone
    ("The fighting between the Sudanese Armed Forces, led by General Omar Salih, and a militia goes on.",
     "Omar Salih", "SDN"),
    ("The Malian Transitional Government, headed by Colonel Issa Traore, was not invited.", "Issa Traore", "MLI"),
])
def test_a_state_represented_by_or_its_body_led_by_an_official(extractor, sentence, name, country):
    text = ("Ministry of Foreign Affairs of Norway\n\nState Secretary Eva Berg chaired the meeting on Libya in Oslo. "
            + sentence + " Libya, Libya and Libya.\n")
    assert officials(extractor, text)[name].country == country


@pytest.mark.parametrize("office", ["Vice President", "First Vice President"])
def test_a_vice_president_in_a_monarchys_release_serves_the_other_state(extractor, office):
    text = ("Ministry of Foreign Affairs of Japan\n\nForeign Minister Ken Sato held talks in Tokyo with " + office
            + " Maria Duarte on trade with the Philippines. The Philippines and the Philippines agreed.\n")
    assert officials(extractor, text)["Maria Duarte"].country == "PHL"


@pytest.mark.parametrize("second", [
    "and met the Minister of National Defence, His Excellency Mehmet Aras.",
    "and also met the Minister of Trade and Industry, Mehmet Aras.",
])
def test_a_second_official_the_traveller_meets_after_a_long_title_is_the_hosts(extractor, second):
    # the official called on first is the object of the call, not the subject who meets the second
    text = ("PRESS RELEASE\n\nOFFICIAL VISIT OF THE MINISTER OF FOREIGN AFFAIRS TO THE REPUBLIC OF TÜRKIYE\n\n"
            "The Minister of Foreign Affairs, Dato' Aziz Rahman, is undertaking an official visit to the Republic "
            "of Türkiye at the invitation of the Minister of Foreign Affairs of the Republic of Türkiye, Kemal "
            "Demir.\n\n2. The Minister held a bilateral meeting with Minister Demir in Ankara on trade between "
            "Malaysia and Türkiye.\n\n3. The Minister also called on the Vice President, His Excellency Cem Tekin, "
            + second + "\n\nMINISTRY OF FOREIGN AFFAIRS\nPUTRAJAYA\n")
    got = officials(extractor, text)
    assert got["Cem Tekin"].country == "TUR" and got["Mehmet Aras"].country == "TUR"


def test_a_guest_named_after_a_verb_is_the_subject_of_his_own_relative_clause(extractor):
    text = ("Embassy of the Republic of Indonesia in Wellington\n\nThe Ambassador met Foreign Minister Winston Peters "
            "of New Zealand on trade.\n\nThe Embassy also hosted a dinner for Inspector General Budi Santoso, who was "
            "in Wellington for talks with the Commissioner of Police, Andrew Coster, on people smuggling.\n")
    got = officials(extractor, text)
    assert got["Budi Santoso"].country == "IDN" and got["Andrew Coster"].country == "NZL"


@pytest.mark.parametrize("pair", [
    "the two countries' trade ministers, Peter Odhiambo and Neema Mushi",
    "the two sides' foreign ministers, Peter Odhiambo and Neema Mushi",
])
def test_the_two_countries_officials_named_in_the_order_of_their_states(extractor, pair):
    text = ("LUSAKA, May 3 (Reuters) - Kenya and Tanzania signed a border trade accord on Tuesday, officials said.\n\n"
            "The accord was signed by " + pair + ", after talks in Lusaka.\n")
    got = officials(extractor, text)
    assert got["Peter Odhiambo"].country == "KEN" and got["Neema Mushi"].country == "TZA"


@pytest.mark.parametrize("pair, first, second", [
    ("the Kenya-Uganda Joint Permanent Commission", "KEN", "UGA"),
    ("the Uganda-Kenya border talks", "UGA", "KEN"),
])
def test_two_holders_of_one_office_follow_the_order_of_the_compound_before_them(extractor, pair, first, second):
    text = ("KAMPALA, May 3 - Foreign Minister Odongo Jeje met his counterpart in Kampala on Tuesday to prepare "
            + pair + ", whose next session will be chaired by President Amos Kiprono and President Grace Namono "
            "in Entebbe.\n")
    got = officials(extractor, text)
    assert got["Amos Kiprono"].country == first and got["Grace Namono"].country == second



@pytest.mark.parametrize("phrase", [
    "The Chilean delegation to the General Assembly was composed of",
    "The Chilean delegation at the Summit of the Americas included",
])
def test_a_delegation_to_a_named_meeting_gives_its_members_the_state(extractor, phrase):
    text = ("Ministry of Foreign Affairs of Ghana\n\nForeign Minister Kofi Mensah met counterparts in Panama on "
            "migration with Ghana and Ghana.\n\n" + phrase + " the Undersecretary of Foreign Affairs, Ana Ruiz, and "
            "the Director of Multilateral Policy, Tomas Vial.\n")
    got = officials(extractor, text)
    assert got["Ana Ruiz"].country == "CHL" and got["Tomas Vial"].country == "CHL"


@pytest.mark.parametrize("sentence", [
    "President Ana Reyes told Prime Minister Tom Hale that Chile wanted long contracts, according to her spokesman, "
    "Luis Ortega.",
    "President Ana Reyes met Prime Minister Tom Hale, accompanied by her Chief of Staff, Luis Ortega.",
])
def test_a_spokesman_after_his_or_her_serves_the_sentences_subject(extractor, sentence):
    text = ("SINGAPORE, Oct 26 (Reuters) - Chilean President Ana Reyes and New Zealand Prime Minister Tom Hale met on "
            "the sidelines of the APEC summit.\n\n" + sentence + " New Zealand and Chile will meet again.\n")
    assert officials(extractor, text)["Luis Ortega"].country == "CHL"


# -- the headline's offices, a verb left out, the headline's one unmarked state -----------------
@pytest.mark.parametrize("headline", [
    "President Karim Salah Receives the Greek Prime Minister and the President of Cyprus",
    "President Karim Salah receives the Prime Minister of Greece and the Cypriot President",
])
def test_offices_the_headline_gives_a_state_are_those_the_body_names(extractor, headline):
    text = (f"{headline}\n\nCairo, 20 April 2026\n\nPresident Karim Salah received today Prime Minister "
            "Nikos Andreadis and President Stelios Petrides for the trilateral summit. Prime Minister "
            "Andreadis was accompanied by Minister of Foreign Affairs Yannis Kostakis. The Egyptian side "
            "included Prime Minister Dr. Samir Abdel-Fattah.")
    got = officials(extractor, text)
    assert {n: got[n].country for n in got} == {
        "Karim Salah": "EGY", "Nikos Andreadis": "GRC", "Stelios Petrides": "CYP", "Yannis Kostakis": "GRC",
        "Samir Abdel-Fattah": "EGY"}


def test_a_headline_office_written_otherwise_in_the_body_settles_no_holder(extractor):
    # "the Saudi Foreign Minister": the body's 'Minister of Foreign Affairs' is the same role, so
    # which of the two holders the headline means is not said by the office's wording
    text = ("Joint press conference of the Saudi Foreign Minister and the Foreign Minister of Oman\n\n"
            "Minister of Foreign Affairs Prince Khalid bin Saad and Foreign Minister Salim Al-Harthy held a "
            "joint press conference after their talks.")
    got = officials(extractor, text)
    assert got["Salim Al-Harthy"].country != "SAU"


def test_a_companion_after_a_verb_left_out_follows_his_own_leader(extractor):
    text = ("Ankara, 6 October 2025\n\nForeign Minister Kaan Demirel received Minister of Foreign Affairs of "
            "Georgia Levan Kapanadze and Minister of Foreign Affairs of Azerbaijan Elnur Hasanli. Minister "
            "Kapanadze was accompanied by Deputy Foreign Minister Nino Tsereteli and Minister Hasanli by "
            "Ambassador Rauf Mammadli.")
    got = officials(extractor, text)
    assert (got["Nino Tsereteli"].country, got["Rauf Mammadli"].country) == ("GEO", "AZE")


def test_the_one_state_the_headline_names_beside_the_marked_ones_is_the_issuers(extractor):
    text = ("No: 231, 7 October 2025, Press Release Regarding the Trilateral Meeting of the Ministers of "
            "Foreign Affairs of Türkiye, Azerbaijan and Georgia\n\nThe Trilateral Meeting of the Ministers "
            "of Foreign Affairs of the Republic of Türkiye, the Republic of Azerbaijan and Georgia was held "
            "under the chairmanship of Minister of Foreign Affairs Kaan Demirel, with Minister of Foreign "
            "Affairs of the Republic of Azerbaijan Elnur Hasanli and Minister of Foreign Affairs of Georgia "
            "Levan Kapanadze. The next meeting will be held in Azerbaijan, and Azerbaijan and Georgia "
            "welcomed the new railway to Georgia and Azerbaijan.")
    got = officials(extractor, text)
    assert (got["Kaan Demirel"].country, got["Elnur Hasanli"].country, got["Levan Kapanadze"].country) \
        == ("TUR", "AZE", "GEO")


def test_a_delegation_headed_by_its_leader_over_a_list_gives_each_member_its_state(extractor):
    text = ("Lima, 12 March 2026 - Indonesia and Peru held the Joint Commission in Lima.\n\n"
            "The Peruvian delegation, headed by Vice Minister Carmen Alvarado, comprised:\n"
            "• Ambassador Luis Salazar Ñique, Director General for Asia, Ministry of Foreign Affairs\n"
            "• Rocío Vilca Huamán, Director of International Cooperation, Ministry of Production\n\n"
            "The meeting adopted the Agreed Minutes.")
    got = officials(extractor, text)
    assert {got[n].country for n in ("Luis Salazar Ñique", "Rocío Vilca Huamán")} == {"PER"}


def test_the_official_whose_invitation_is_accepted_is_the_host_not_the_traveller(extractor):
    text = ("MINISTRY OF FOREIGN AFFAIRS OF VIET NAM\n\nBrasília (MOFA) - On 15 October, Prime Minister "
            "Tran Van Duc and President of the Federative Republic of Brazil Heitor Brandão witnessed the "
            "signing of documents. President Brandão accepted Prime Minister Tran Van Duc's invitation to "
            "visit Viet Nam next year.")
    got = officials(extractor, text)
    assert (got["Tran Van Duc"].country, got["Heitor Brandão"].country) == ("VNM", "BRA")


def test_counterparts_of_two_states_named_in_order(extractor):
    text = ("Government press conference, Berlin\n\nSPOKESPERSON: The Minister will meet his French and Polish "
            "counterparts, Claire Dumontel and Marek Wysocki, in Weimar on the 24th. Germany.")
    got = officials(extractor, text)
    assert got["Claire Dumontel"].country == "FRA" and got["Marek Wysocki"].country == "POL"


def test_a_second_place_in_one_sentence_gives_the_second_officials_state(extractor):
    text = ("Government press conference, Berlin\n\nFederal Foreign Minister Carsten Vollrath will travel to "
            "Kazakhstan and Uzbekistan. In Astana he will meet his Kazakh counterpart, Foreign Minister Nurlan "
            "Abenov, and in Tashkent Foreign Minister Sardor Rakhimov. Germany.")
    got = officials(extractor, text)
    assert got["Nurlan Abenov"].country == "KAZ" and got["Sardor Rakhimov"].country == "UZB"


def test_the_issuing_body_in_one_cell_of_a_two_language_masthead(extractor):
    text = ("Embajada de la República Argentina en Australia | Embassy of the Argentine Republic in Australia\n\n"
            "Canberra, 26 de mayo de 2026\n\nIn March, our Foreign Minister, Tomás Aldao, visited Canberra and "
            "Perth. I thank Assistant Minister Whitcombe of Australia.")
    assert officials(extractor, text)["Tomás Aldao"].country == "ARG"


def test_the_second_delegation_named_with_its_verb_left_out(extractor):
    text = ("Tashkent, 3 May 2026\n\nPolitical consultations were held. The Uzbek delegation was headed by Deputy "
            "Minister of Foreign Affairs Farrukh Tursunmetov, the Jordanian delegation - by Secretary General of the "
            "Ministry of Foreign Affairs and Expatriates Majed Khalil Al-Qatarneh.")
    got = officials(extractor, text)
    assert got["Farrukh Tursunmetov"].country == "UZB" and got["Majed Khalil Al-Qatarneh"].country == "JOR"


def test_a_table_of_visits_gives_those_met_the_state_of_their_row(extractor):
    text = ("GOVERNMENT OF INDIA\nMINISTRY OF EXTERNAL AFFAIRS\n\nRAJYA SABHA\nUNSTARRED QUESTION NO-742\n\n"
            "S.No. | Country | Visit by | Dates | Meetings held\n"
            "1. | Ghana | MoS Shri J.S. Rathore | 8-10 April 2025 | Met Minister for Foreign Affairs Mr. Yaw Boateng Asiedu.\n"
            "2. | Namibia | MoS Shri J.S. Rathore | 11-12 April 2025 | Called on Deputy Prime Minister Ms. Ndapewa Shikongo.\n"
            "3. | Ethiopia | External Affairs Minister | 3-5 November 2025 | Co-chaired the Joint Commission with "
            "Foreign Minister Mr. Dawit Alemayehu Bekele.\n")
    got = officials(extractor, text)
    assert [got[n].country for n in ("Yaw Boateng Asiedu", "Ndapewa Shikongo", "Dawit Alemayehu Bekele", "J.S. Rathore")] \
        == ["GHA", "NAM", "ETH", "IND"]


def test_an_envoys_demonym_does_not_reach_the_official_named_after_the_envoy(extractor):
    text = ("Department of Foreign Affairs\nRepublic of the Philippines\n\nThe signing was witnessed by Philippine "
            "Ambassador to Canada Rolando G. Dimaculangan, Canadian Ambassador to the Philippines Claire Bouchard and "
            "Assistant Secretary Renato B. Macaraeg of the Office of Civil Defense. Canada and the Philippines agreed.")
    got = officials(extractor, text)
    assert got["Claire Bouchard"].country == "CAN" and got["Renato B. Macaraeg"].country == "PHL"


def test_the_office_a_headline_below_the_menus_names_with_its_state(extractor):
    text = ("Ministry of External Affairs\nGovernment of India\n\nHome | Media Center | Documents | Print\n\n"
            "List of Outcomes: State Visit of the President of the Republic of Chile to India (04-06 August 2025)\n\n"
            "August 05, 2025\n\nThe following agreements were signed at Hyderabad House, New Delhi, in the presence of "
            "the Prime Minister of India and President Matías Ferrada Undurraga, following talks between the two sides.")
    assert officials(extractor, text)["Matías Ferrada Undurraga"].country == "CHL"


def test_co_chairs_whose_first_holds_a_portfolio_joined_by_and(extractor):
    text = ("Amman, 3 May 2026\n\nThe negotiations were co-chaired by Planning and International Cooperation Minister "
            "Hala Suleiman Nimri and Katrin Hollmann, Parliamentary State Secretary at the Federal Ministry for "
            "Economic Cooperation and Development (BMZ). Germany and Jordan.")
    got = officials(extractor, text)
    assert got["Hala Suleiman Nimri"].country == "JOR" and got["Katrin Hollmann"].country == "DEU"


def test_a_foreign_minister_in_a_release_of_a_state_that_has_none_serves_the_other_state(extractor):
    text = ("Ministry of External Affairs\nGovernment of India\n\nExternal Affairs Minister held talks with Foreign "
            "Minister Hiroshi Tanabe in New Delhi today. India and Japan agreed to expand trade. Japan welcomed it.")
    assert officials(extractor, text)["Hiroshi Tanabe"].country == "JPN"


@pytest.mark.parametrize("header, code", [
    ("Ministério das Relações Exteriores\ngov.br | Órgãos do Governo | English version\n\n", "BRA"),
    ("Press release\nhttps://www.mofa.go.jp/press/release\n\n", "JPN"),
    ("Secretaría de Relaciones Exteriores\ngob.mx | Inicio\n\n", "MEX"),
])
def test_a_government_web_domain_in_the_header_names_the_home_state(extractor, header, code):
    text = header + ("The Minister received Minister Ana Ruiz of Peru today. Peru and Peru welcomed the talks. "
                     "Minister Tomas Vela attended.")
    assert officials(extractor, text)["Tomas Vela"].country == code


@pytest.mark.parametrize("text, name, country", [
    # those who accompany an official serve that official's state (a list after a colon, or a clause)
    ("Ministry of Foreign Affairs of Jamaica\n\nKingston, 2 May 2026 - The Minister received a delegation from "
     "Ghana. The Ghanaian delegation is led by the Chief Director, Ambassador Kofi Mensah Asare. He is accompanied "
     "by:\n\n- Ms. Efua Boateng, Director of Trade;\n- Mr. Yaw Darko, Counsellor.\n\nThe talks covered trade.",
     "Yaw Darko", "GHA"),
    # the credentials an envoy presents name the envoy's state
    ("Office of the President of Mongolia\n\nUlaanbaatar, 8 April 2026 - The President received the letters of "
     "credence of the new Ambassador Ingrid Solberg, thanking Oslo for its support. Norway is a partner.",
     "Ingrid Solberg", "NOR"),
    # "he and X met": the pronoun's official meets the other side
    ("Federal Foreign Office\n\nBerlin, 5 May 2026 - When Chancellor Klaus Berger visited Nairobi last year, he and "
     "President Daniel Kiptoo Rono spoke about trade. Germany and Kenya agree.", "Daniel Kiptoo Rono", "KEN"),
    # "your Speaker": the addressee's state
    ("Lusaka, 7 October 2026. Honourable Deputy Speaker, when I visited Helsinki last year, your Speaker, Hon. "
     "Antti Virtanen, showed me how Finland works. Zambia thanks Finland.", "Antti Virtanen", "FIN"),
    # "signed a ... with X": X signs for the other side
    ("Berlin, 5 May 2026 - The German State Secretary, Jonas Weber, signed a declaration of intent on vocational "
     "training with Deputy Minister of Labour Pham Thi Lan in Hanoi. Germany and Viet Nam agree.",
     "Pham Thi Lan", "VNM"),
])
def test_who_accompanies_presents_credentials_or_meets_the_one_before(text, name, country):
    import dialogue_extract as de
    got = {o.name: o.country for o in de.extract(text).officials}
    assert got[name] == country


def test_an_embassys_release_reports_on_its_hosts():
    import dialogue_extract as de
    text = ("EMBASSY OF JAPAN IN ZAMBIA\n\nLusaka, 19 February 2026\n\n1. On 18th February 2026, Ambassador SATO Kenji "
            "and the Minister of Finance, Hon. Mwansa Bwalya, signed the Notes. The ceremony was also attended by "
            "Mr. Kelvin Phiri, Permanent Secretary, Ministry of Water Development. The talks were also attended "
            "by H.E. Mr. Abe Taro, Ambassador of Japan to Zambia, and Brig. Gen. Ono Ken of the Defence Agency.")
    got = {o.name: o.country for o in de.extract(text).officials}
    assert got["Kelvin Phiri"] == "ZMB" and got["SATO Kenji"] == "JPN"
    assert got["Ono Ken"] == "JPN"  # (named beside the home state's own official: a companion)


@pytest.mark.parametrize("masthead", ["Consulate General of Peru in Santiago | Home | Consular services | Contact",
                                      "Consulado General del Perú en Santiago | Inicio | Trámites consulares"])
def test_a_consulates_release_reports_on_its_hosts(extractor, masthead):
    text = (masthead + "\n\nCOMMUNIQUÉ\n\nThe Consulate General will hold a mobile consulate in Antofagasta on Saturday 14 June "
            "2025. Consul General Rosa Quispe Mamani will lead it. The Consulate General thanks the Director of the "
            "National Migration Service, Mr. Tomás Ibáñez Rojas, and the Presidential Delegate for the Antofagasta "
            "Region, Ms. Camila Soto Vera, for their support to Peruvian nationals in Chile.")
    got = officials(extractor, text)
    assert got["Tomás Ibáñez Rojas"].country == "CHL" and got["Camila Soto Vera"].country == "CHL"
    assert got["Rosa Quispe Mamani"].country == "PER"


def test_the_home_states_visitor_in_an_embassys_report_is_no_host():
    import dialogue_extract as de
    text = ("EMBASSY OF THE REPUBLIC OF POLAND IN HANOI\n\nHanoi, 10 November 2025\n\nVISIT REPORT\n\n"
            "on the visit of the Secretary of State in the Ministry of Development and Technology, Mr Tomasz "
            "Wierzbicki, to the Socialist Republic of Viet Nam\n\nThe visit took place at the invitation of the "
            "Deputy Minister of Industry and Trade of Viet Nam, Mr Dinh Quang Thuan. The United States and New "
            "Zealand supply apples to Viet Nam.")
    got = {o.name: o.country for o in de.extract(text).officials}
    # (not the United States' Secretary of State: "Secretary of State in the Ministry of ..." is any state's)
    assert got["Tomasz Wierzbicki"] == "POL" and got["Dinh Quang Thuan"] == "VNM"


def test_a_tables_column_of_those_met_gives_each_the_state_of_its_row():
    import dialogue_extract as de
    text = ("SENATE\n\nQUESTIONS ON NOTICE\n\nSenator Tarrant asked the Minister for the Pacific, upon notice, on 3 "
            "September 2025: which countries has the Minister visited?\n\nSenator Fairweather: The Minister has provided "
            "the following answer:\n\nDate | Country | Ministers and senior officials met\n"
            "8 July 2025 | Papua New Guinea | Hon. Gabriel Kumbu MP, Minister for Foreign Affairs\n"
            "21 July 2025 | Fiji | Hon. Semi Vakaloloma MP, Minister for Employment\n")
    got = {o.name: o.country for o in de.extract(text).officials}
    assert got["Gabriel Kumbu"] == "PNG" and got["Semi Vakaloloma"] == "FJI"


def test_an_envoy_posted_in_a_state_s_capital_is_no_envoy_of_that_state(extractor):
    text = ("Berlin, 20 February 2026 - Nigeria's Foreign Minister Amina Garba Yelwa spoke to the Rundschau "
            "about Nigeria and Germany.\n\nQ: Will the Chancellor visit Nigeria?\n\nA: I hope so. Before that, "
            "our Ambassador in Berlin, Ibrahim Tanko Maikano, is preparing a business forum with Nigerian "
            "companies. Nigeria welcomes German investment.\n")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Ibrahim Tanko Maikano"] == "NGA"


def test_a_date_and_place_heading_an_item_deep_in_the_body_yields_to_the_issuing_body(extractor):
    # the header names the issuing department; "8 July 2025 – Suva" heads an item of the answer
    text = ("Senate Standing Committee on Economics\nQUESTIONS ON NOTICE\n\n"
            "Department/Agency: Department of Foreign Affairs and Trade\nTopic: Ministerial engagement\n\n"
            "Question:\n\nSenator ASHCOMBE: Could the department list the ministerial meetings held with Fiji since "
            "1 July, and say what was agreed at each of them, with the dates?\n\nAnswer:\n\n"
            "8 July 2025 – Suva\nThe Minister for Pacific Affairs, the Hon Daniel Kerrigan, met Fiji's Minister "
            "for Finance, Hon. Josaia Vakaloloma. Fiji and Australia agreed to meet again.")
    got = officials(extractor, text)
    assert (got["ASHCOMBE"].country, got["ASHCOMBE"].country_source) == ("AUS", "header")
    assert got["Daniel Kerrigan"].country == "AUS" and got["Josaia Vakaloloma"].country == "FJI"


@pytest.mark.parametrize("text, states, expected", [
    ("the Republic of Singapore Navy (RSN) and", [(4, 13, "SGP")], {"RSN": "SGP"}),
    ("the Sri Lanka Bureau of Foreign Employment (SLBFE) said", [(4, 13, "LKA")], {"SLBFE": "LKA"}),
    # a name of two states, or initials defined for two, give none
    ("the India-Japan Forum (IJF) met", [(4, 9, "IND"), (10, 15, "JPN")], {}),
    ("the Kenya Navy (KN) and the Nigerian Navy (KN)", [(4, 9, "KEN"), (28, 36, "NGA")], {}),
    # two bodies listed before the initials: the last one's
    ("the Royal Thai Navy and the Republic of Singapore Navy (RSN)", [(10, 14, "THA"), (40, 49, "SGP")], {"RSN": "SGP"}),
    # initials after words naming no state
    ("the Maritime Domain Awareness Centre (MDAC) opened", [], {}),
])
def test_initials_defined_for_a_body_of_one_state(text, states, expected):
    from dialogue_extract.pipeline.components.attribution import defined_initials_states
    assert defined_initials_states(text, states) == expected


SERVICES = ("U.S. 7th Fleet | News\n\nMay 23, 2025\n\nSATTAHIP, Thailand -- Sailors from the U.S. Navy, the Royal "
            "Thai Navy and the Republic of Singapore Navy (RSN) concluded the exercise on Thursday. ")


@pytest.mark.parametrize("sentence, name, state", [
    # a service's initials the text defined, before the office
    ("Rear Adm. Mark Hollis was joined by RSN Fleet Commander Rear-Admiral Tan Wei Ming.", "Tan Wei Ming", "SGP"),
    # a service's possessive before an office after the name
    ("Rear Adm. Mark Hollis was joined by Adm. Chatchai Srisomboon, the Royal Thai Navy's Commander in Chief of "
     "the Fleet.", "Chatchai Srisomboon", "THA"),
    # the service's own page: its header names the home state, wherever its dateline is
    ("Rear Adm. Mark Hollis, Commander of Task Force 73, said the exercise went well.", "Mark Hollis", "USA"),
])
def test_the_state_of_an_armed_service_named_around_an_office(extractor, sentence, name, state):
    assert officials(extractor, SERVICES + sentence)[name].country == state


def test_consultations_between_two_states_with_a_counterpart(extractor):
    # "... Consultations between A and B with X": X, met by the home state's official, is of the other state
    text = ("Ankara, 21 May 2024\n\nDeputy Foreign Minister Mehmet Kaya held consultations in Bogotá on 20 May. "
            "Deputy Minister Kaya will proceed to Quito for the second round of Political Consultations between "
            "Türkiye and Ecuador with Vice Minister of Foreign Affairs Mr. Andrés Villacís Mora.")
    got = officials(extractor, text)
    assert (got["Andrés Villacís Mora"].country, got["Andrés Villacís Mora"].country_source) == ("ECU", "context")
    assert got["Mehmet Kaya"].country == "TUR"


def test_a_cabinet_secretary_for_a_portfolio_is_kenyas_where_india_is_named_too():
    import dialogue_extract as de
    text = ("Speech by the President of Kenya at the Kenya-India Business Forum, New Delhi, India, on 5 December 2023\n\n"
            "Hon. Amit Verma, Minister of Commerce of India;\nHon. Grace Wanjiru, Cabinet Secretary for Investments, Trade "
            "and Industry;\nExcellencies,\nLadies and gentlemen,\n\nKenya and India share a long history.\n")
    got = {o.name: o.country for o in de.extract(text).officials}
    assert got["Grace Wanjiru"] == "KEN"


def test_a_state_the_office_names_outweighs_a_form_of_address_said_more_often(extractor):
    # "Ibu" is how Indonesians address a woman: the guest is addressed so four times, her office
    # names her own state once
    text = ("Jakarta, Friday, 24 February 2023\n\nYang saya hormati Ibu Maria Soares, Minister of Foreign "
            "Affairs and Cooperation of the Democratic Republic of Timor-Leste,\n\n1. I welcome Ibu Maria to "
            "Jakarta. 2. As I told Ibu Maria this morning, we support her country. 3. Ibu Maria and I "
            "discussed the border.")
    got = officials(extractor, text)
    assert (got["Maria Soares"].country, got["Maria Soares"].country_source) == ("TLS", "title")


def test_who_welcomes_the_visitor_serves_the_other_side(extractor):
    text = ("ISTANBUL, 21 October 2021\n\nTurkish President Ahmet Kaya addressed the National Assembly of "
            "Angola on Monday. He spoke in Luanda, where he was welcomed by the Speaker of the National "
            "Assembly, Joana Manuel Pedro.")
    got = officials(extractor, text)
    assert got["Joana Manuel Pedro"].country == "AGO"


def test_a_visit_to_two_states_by_the_visitor_gives_the_visitor_neither(extractor):
    # "and Tanzania by X" takes its verb from a clause before it only when one says "by"
    text = ("Visit to the Republic of Kenya and the United Republic of Tanzania by Mr. SATO Kenji, State Minister "
            "for Foreign Affairs\n\nNovember 24, 2023\n\nFrom November 19 to 23, Mr. SATO Kenji, State Minister "
            "for Foreign Affairs, visited Kenya and Tanzania. He said Japan attaches importance to Kenya, and "
            "that Japan would support Tanzania. Japan and Kenya agreed to meet again.")
    got = officials(extractor, text)
    assert got["SATO Kenji"].country_source != "delegation"


def test_on_each_side_of_the_officials_present(extractor):
    text = ("Algiers, 23 January 2023\n\nThe talks took place in the presence, on the Algerian side, of the Prime "
            "Minister, M. Karim BELKACEM, and the Minister of Energy and Mines, M. Nadir HAMDI, and, on the Italian "
            "side, of the Minister of the Environment, M. Paolo ROSSI, and the Minister of Enterprises, M. Luca "
            "BIANCHI.")
    got = officials(extractor, text)
    assert {n: got[n].country for n in ("Nadir HAMDI", "Paolo ROSSI", "Luca BIANCHI")} == {
        "Nadir HAMDI": "DZA", "Paolo ROSSI": "ITA", "Luca BIANCHI": "ITA"}


def test_what_talks_dealt_with_is_no_meeting(extractor):
    # "the talks dealt with ways of ..." says what the talks were about: the spokesman who says it
    # does not meet the president named after it, and serves the release's own state
    text = ("CAIRO, May 3 (MENA) - Foreign Minister Karim Nassar held talks with Jordanian Foreign Minister "
            "Omar Khatib.\n\nForeign Ministry Spokesman Adel Fahmy said the talks dealt with ways of following "
            "up the directives of President Samir Aziz of Egypt and King Faisal of Jordan.")
    got = officials(extractor, text)
    assert got["Adel Fahmy"].country == "EGY"


def test_a_sentence_opening_with_from_a_state_gives_it_to_the_officials_it_lists(extractor):
    text = ("ISLAMABAD, 28 November 2018\n\nThe ceremony was attended by the Prime Minister of Pakistan. From India, "
            "Union Minister Asha Rani, and Punjab Minister Karan Singh Dhillon crossed over to join it.")
    got = officials(extractor, text)
    assert got["Karan Singh Dhillon"].country == "IND"


def test_companions_of_the_minister_an_unnamed_subject_was_received(extractor):
    # "Later in the day, the minister was received by President Y. He was accompanied by Z": Z
    # goes with the release's own minister, not with the president who received him
    text = ("Budapest, 6 February 2025\n\nForeign Minister Gabor Kertesz held talks in Belgrade with his Serbian "
            "counterpart. Later in the day, the minister was received by Serbian President Milan Ristic. He was accompanied "
            "on the visit by Deputy State Secretary Dr. Anna Fekete.")
    got = officials(extractor, text)
    assert got["Anna Fekete"].country == "HUN"



def test_a_visitor_named_by_demonym_after_a_fronted_phrase_calls_on_the_hosts(extractor):
    # "Following the consultations, the Bangladesh Foreign Secretary called on X and Y": the
    # visitor calls on the release's own ministers
    text = ("Colombo, 28 November 2023\n\nThe Foreign Office Consultations between Sri Lanka and Bangladesh were "
            "held in Colombo. Following the consultations, the Bangladesh Foreign Secretary called on the Minister "
            "of Foreign Affairs, Hon. Anura Perera, and the State Minister of Foreign Affairs, Hon. Ruwan Senanayake.")
    got = officials(extractor, text)
    assert got["Ruwan Senanayake"].country == "LKA"


def test_an_international_body_in_the_name_of_a_ministrys_unit_is_no_employer(extractor):
    text = ("Colombo, 28 November 2023\n\nThe Foreign Office Consultations were held in Colombo. Director General of "
            "the South Asia and SAARC Division Nadeeka Perera attended.")
    got = officials(extractor, text)
    assert got["Nadeeka Perera"].country == "LKA"
