"""The title grammar: heads, modifiers, portfolios, parentheses, complements, prefixes."""
from __future__ import annotations

import pytest


def titles(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.de_title_info) for s in doc.spans["titles"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("First Vice Foreign Minister Han Min-ho arrived.", "First Vice Foreign Minister"),
        ("Minister of State for External Affairs Rekha Varma spoke.", "Minister of State for External Affairs"),
        ("Secretary (West) A. Menon met him.", "Secretary (West)"),
        ("He met Joint Secretary (Gulf, Haj) R. Iyer.", "Joint Secretary (Gulf, Haj)"),
        ("Deputy Minister for Political Affairs Kim Soo-jin said.", "Deputy Minister for Political Affairs"),
        ("Vice-Minister of Health Arman Seitkali attended.", "Vice-Minister of Health"),
        ("the speaker of the Lok Sabha opened the session.", "speaker of the Lok Sabha"),
        ("Secretary of State Jane Miller arrived.", "Secretary of State"),
        ("EAM Jaishankar met him.", "EAM"),
        ("Kundan Rao, JS(AMS), was present.", "JS(AMS)"),
        ("The Minister of Energy Transition and Sustainable Development, Lina Haddad, signed.",
         "Minister of Energy Transition and Sustainable Development"),
        ("Minister of the Defense Acquisition Program Administration Park Ji-ho attended.",
         "Minister of the Defense Acquisition Program Administration"),
        ("The Minister of State for Petroleum Resources (Gas), Ade Bello, said.",
         "Minister of State for Petroleum Resources (Gas)"),
        ("The delegation was headed by Vicecanciller Ana Ruiz Soto.", "Vicecanciller"),
        ("Chanceler Pedro Alves Costa received him.", "Chanceler"),
        ("Minister Counsellor Anna Berg attended.", "Minister Counsellor"),
        ("Deputy Prime Minister - Minister of Foreign Affairs Arman Sadykov spoke.", "Deputy Prime Minister"),
        # a senior minister of Portugal's government: one office ("Minister of State and Finance")
        ("The Minister of State and Foreign Affairs, Rui Tavares Lopes, arrived.", "Minister of State and Foreign Affairs"),
        ("Minister of State and Finance Joana Mendes Pinto spoke.", "Minister of State and Finance"),
        # a police rank abbreviated as a whole, not cut to its last word
        ("Pol. Lt. Gen. Surachai Boonmak, Deputy Commissioner, spoke.", "Pol. Lt. Gen."),
        ("Pol. Col. Wirat Chaiyo attended.", "Pol. Col."),
    ],
)
def test_title_text(nlp, text, expected):
    assert expected in [t for t, _ in titles(nlp, text)]


def test_country_prefix_is_not_part_of_the_title(nlp):
    (title, info), = titles(nlp, "Chinese Foreign Minister Li Wei said.")
    assert title == "Foreign Minister" and info.country == "CHN"


def test_possessive_country_prefix(nlp):
    (title, info), = titles(nlp, "Japan's Prime Minister Sato Ken visited.")
    assert title == "Prime Minister" and info.country == "JPN"


def test_of_country_complement_is_separated(nlp):
    (title, info), = titles(nlp, "Anna Berg, Minister for Foreign Affairs of Sweden, said.")
    assert title == "Minister for Foreign Affairs" and info.country == "SWE"


@pytest.mark.parametrize(
    "text, title, country",
    [
        # a body named by its state: apart from the title, it names the office's state; a force the
        # office commands stays in the title ("Commander of the Vietnam Coast Guard")
        ("the Commander of the Vietnam Coast Guard, Nguyen Van Son, said.", "Commander of the Vietnam Coast Guard", "VNM"),
        ("the Director General of the Indonesia National Police, Listyo Sigit, said.",
         "Director General of the Indonesia National Police", "IDN"),
        ("the Director of the Kenyan Ministry of Health, Jane Wanjiru, said.", "Director", "KEN"),
        # a name after the state is no body
        ("He met the Ambassador of Japan Kenji Tanaka.", "Ambassador", "JPN"),
        # a body written in small letters after a demonym
        ("He met Ana Lima, Director for Africa at the Brazilian foreign ministry.", "Director for Africa", "BRA"),
        ("Kofi Mensah, Counsellor at the Ghanaian embassy, attended.", "Counsellor", "GHA"),
    ],
)
def test_a_body_named_by_its_state(nlp, text, title, country):
    got, info = titles(nlp, text)[0]
    assert (got, info.country) == (title, country)


@pytest.mark.parametrize("text, title, country", [
    ("The Governor of the Bank of Uganda, Michael Atingi-Ego, spoke.", "Governor of the Bank of Uganda", "UGA"),
    ("She met the Deputy Governor of the Central Bank of Kenya, Susan Koech.",
     "Deputy Governor of the Central Bank of Kenya", "KEN"),
    ("The Governor of the Reserve Bank of Vanuatu, Noel Kalo, attended.", "Governor of the Reserve Bank of Vanuatu", "VUT"),
    # a ministry after the state stays apart
    ("the Minister of Finance of Uganda, Matia Kasaija, said.", "Minister of Finance", "UGA"),
])
def test_a_bank_named_after_its_state_keeps_it_in_the_title(nlp, text, title, country):
    got, info = titles(nlp, text)[0]
    assert (got, info.country) == (title, country)


@pytest.mark.parametrize("text, title", [
    ("Foreign Ministry Spokesperson Mao Ning said so.", "Spokesperson"),
    ("Chinese Foreign Ministry spokesperson Mao Ning said so.", "spokesperson"),
    ("MEA spokesperson Arindam Bagchi said so.", "spokesperson"),
])
def test_a_body_named_before_the_office_is_its_prefix(nlp, text, title):
    (got, info), = titles(nlp, text)
    assert got == title and info.organization == ("Ministry of External Affairs" if "MEA" in text
                                                  else "Ministry of Foreign Affairs")


def test_ambassador_to_keeps_target_country(nlp):
    (title, info), = titles(nlp, "the French Ambassador to India, Paul Martin, said.")
    assert title == "Ambassador to India"
    assert info.country == "FRA" and info.target_country == "IND"


@pytest.mark.parametrize("text,country,target", [
    ("Ms. Lena Berg, Ambassador of Norway to Kenya, said.", "NOR", "KEN"),
    ("the High Commissioner of Ghana to Canada, Mr. Kofi Mensah, said.", "GHA", "CAN"),
    ("Mr. Ali Reza, Ambassador of the Islamic Republic of Iran to the Kingdom, attended.", "IRN", None),
])
def test_state_and_posting_are_separable_from_an_envoys_office(nlp, text, country, target):
    """"Ambassador of X to Y": the state served and the posting are both read off, the office is
    what is left (as "Minister of Foreign Affairs of X" is the office without "of X")."""
    (title, info), = titles(nlp, text)
    assert title in ("Ambassador", "High Commissioner")
    assert info.country == country and info.target_country == target


def test_the_posting_keeps_the_name_after_it(extractor):
    res = extractor.extract("Oslo, 2 May 2025. Present were Ms. Lena Berg, Ambassador of Norway to the Kingdom, "
                            "and the Ambassador of Kenya to Norway, Mr. Peter Otieno Kamau.")
    got = {o.name: o for o in res.officials}
    assert got["Peter Otieno Kamau"].titles == ["Ambassador"] and got["Peter Otieno Kamau"].country == "KEN"
    assert got["Lena Berg"].country == "NOR"


@pytest.mark.parametrize("text,expected", [
    ("The Minister for Fisheries and Policing, Ms. Ana Tuilagi, spoke.", "Minister for Fisheries and Policing"),
    ("Mr. Omar Said, Deputy Minister of Plantation and Commodities, spoke.", "Deputy Minister of Plantation and Commodities"),
    ("Ms. Rita Obi, Minister for Trade, Agribusiness and Industry, spoke.", "Minister for Trade, Agribusiness and Industry"),
    ("the Commissioner for Enlargement, Ms. Vera Kol, spoke.", "Commissioner for Enlargement"),
    # a body's name takes an article: it is not the office's portfolio
    ("Mr. Raj Sen, President of the Confederation of Indian Industry, spoke.", "President"),
    # (a public body a person heads stays in the office: "Head of the ... Authority")
    ("Dr. Budi Santoso, Head of the National Disaster Management Authority, spoke.",
     "Head of the National Disaster Management Authority"),
    # a given name is no portfolio
    ("Minister for Health Clement Manyathela spoke.", "Minister for Health"),
])
def test_a_portfolio_named_by_an_abstract_noun(nlp, text, expected):
    assert [t for t, _ in titles(nlp, text)][0] == expected


@pytest.mark.parametrize("text,org_country", [
    ("Mr. Taro Sato, Counsellor at the Embassy of Japan in Peru, said.", "JPN"),
    ("Ms. Anu Rai, First Secretary of the High Commission of India in Ghana, said.", "IND"),
])
def test_a_missions_state_is_its_staffs_not_its_seat(nlp, text, org_country):
    (title, info), = titles(nlp, text)
    assert (info.organization_country or info.country) == org_country and not info.posted_in


@pytest.mark.parametrize("text,title,country", [
    ("Kenyan army chief Gen. Peter Njiru met the visitors.", "army chief", "KEN"),
    ("The meeting was attended by Ghanaian navy chief Rear Admiral Kofi Boateng.", "navy chief", "GHA"),
    ("Myanmar's junta chief, Senior General Min Tun, did not attend.", "junta chief", "MMR"),
])
def test_lowercase_service_chiefs(extractor, text, title, country):
    (official,) = extractor.extract(text).officials
    assert title in official.titles and official.country == country


@pytest.mark.parametrize("text,name,title", [
    ("UN chief Maria Lindqvist called for restraint.", "Maria Lindqvist", "chief"),
    ("NATO chief Jens Halvorsen met the defence ministers.", "Jens Halvorsen", "chief"),
    ("EU foreign policy chief Anna Berg welcomed the accord.", "Anna Berg", "foreign policy chief"),
    ("The bloc's foreign policy chief, Anna Berg, spoke to reporters.", "Anna Berg", "foreign policy chief"),
])
def test_a_bodys_chief_in_news_copy(extractor, text, name, title):
    (official,) = extractor.extract(text).officials
    assert official.name == name and title in official.titles and official.country is None


@pytest.mark.parametrize("text", [
    "The village chief Musa Bello welcomed the visitors.",
    "Their chief Musa Bello welcomed the visitors.",
])
def test_chief_alone_is_no_office(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text, name, office", [
    ("UNICEF Executive Director Anna Larsen visited the camps.", "Anna Larsen", "Executive Director"),
    ("WFP Executive Director Mark Olsen met the Minister.", "Mark Olsen", "Executive Director"),
    # the body named after the office, in full or by its initials
    ("The Minister met the Executive Director of the World Food Programme, Ms. Anna Larsen, in Rome.", "Anna Larsen",
     "Executive Director of the World Food Programme"),
    ("The Minister met the Managing Director of the IMF, Mr. Mark Olsen, on the sidelines.", "Mark Olsen",
     "Managing Director of the IMF"),
])
def test_a_business_office_of_an_international_body_is_public(extractor, text, name, office):
    (official,) = extractor.extract(text).officials
    assert official.name == name and official.country is None and office in official.titles


def test_a_companys_executive_director_is_no_official(extractor):
    assert extractor.extract("Acme Corp Executive Director Mark Olsen met the Minister.").officials == []


@pytest.mark.parametrize("text,country", [
    ("The note was signed by Mr. Aldo Ferri, Ambassador Extraordinary and Plenipotentiary of Italy to Chile.", "ITA"),
    ("| 2 | Loan agreement | Ms. Hana Kato, Ambassador Extraordinary and Plenipotentiary of Japan to Peru |", "JPN"),
    ("Ambassador Extraordinary and Plenipotentiary Aldo Ferri presented his credentials.", None),
])
def test_an_ambassador_extraordinary_and_plenipotentiary(extractor, text, country):
    (official,) = extractor.extract(text).officials
    assert official.titles[0] == "Ambassador Extraordinary and Plenipotentiary"
    assert country is None or official.country == country


@pytest.mark.parametrize("text,name,titles_,country", [
    ("Also present was the Commandant of the Sri Lankan Coast Guard, Rear Admiral Nimal Perera.",
     "Nimal Perera", ["Commandant of the Sri Lankan Coast Guard", "Rear Admiral"], "LKA"),
    ("They thanked the Commander of the Fiji Military Forces, Major General Ro Jone Kalouniwai, for his help.",
     "Ro Jone Kalouniwai", ["Commander of the Fiji Military Forces", "Major General"], "FJI"),
    ("The Chief of Staff of the Japan Ground Self-Defense Force, General MORISHITA Yasunori, spoke.",
     "MORISHITA Yasunori", ["Chief of Staff of the Japan Ground Self-Defense Force", "General"], "JPN"),
    ("The Chief of the Defence Force, Air Chief Marshal Mark Binskin, attended.",
     "Mark Binskin", ["Chief of the Defence Force", "Air Chief Marshal"], None),
    ("The Chief of Naval Staff of the Pakistan Navy, Admiral Naveed Ashraf, called on him.",
     "Naveed Ashraf", ["Chief of Naval Staff", "Admiral"], "PAK"),
])
def test_a_rank_between_an_office_and_a_name(extractor, text, name, titles_, country):
    official = next(o for o in extractor.extract(text).officials if o.name == name)
    assert sorted(official.titles) == sorted(titles_) and (country is None or official.country == country)


@pytest.mark.parametrize("text,expected", [
    ("Present were the Commander of the Malaysian Army, General Hafizuddeain Jantan, the Chief of the Royal "
     "Malaysian Navy, Admiral Zulhelmy Ithnain, and the Chief of the Air Force, General Norazlan Aris.",
     {"Hafizuddeain Jantan": "Commander of the Malaysian Army", "Zulhelmy Ithnain": "Admiral",
      "Norazlan Aris": "General"}),
    ("The delegation included the Commandant of the Indian Coast Guard, Director General Paramesh Sivamani, "
     "and the Chief of Staff of the Indian Navy, Admiral Dinesh Tripathi.",
     {"Paramesh Sivamani": "Commandant of the Indian Coast Guard", "Dinesh Tripathi": "Admiral"}),
])
def test_a_list_of_office_rank_name_items_gives_each_office_to_the_name_after_it(extractor, text, expected):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    for name, title in expected.items():
        assert title in got[name]
    assert "Chief of Staff of the Indian Navy" not in got.get("Paramesh Sivamani", [])
    assert "Chief of the Royal Malaysian Navy" not in got.get("Hafizuddeain Jantan", [])


@pytest.mark.parametrize("text,name,title", [
    ("Petra Holm, who is head of the Danish Security and Intelligence Service, spoke.", "Petra Holm", "head"),
    ("Petra Holm, who heads the national cyber agency, told reporters.", "Petra Holm", "head"),
    ("Petra Holm, who now chairs the donor group, told reporters.", "Petra Holm", "chair"),
    ("Peace is near, said Petra Holm, who leads the ministry's Horn of Africa desk.", "Petra Holm", "head"),
    ("Petra Holm, who leads the Danish delegation to the talks, told reporters.", "Petra Holm", "head"),
    ("Petra Holm, the Commission's executive vice-president for energy, said.", "Petra Holm", "executive vice-president for energy"),
    ("Sweden was represented by Petra Holm, who serves as undersecretary for trade.", "Petra Holm", "undersecretary for trade"),
    ("Petra Holm, the commander-in-chief of the navy, said.", "Petra Holm", "commander-in-chief"),
    ("Denmark's leader Petra Holm arrived in Oslo.", "Petra Holm", "leader"),
    ("Oslo hosted the talks, and Petra Holm, the country's top diplomat, opened them.", "Petra Holm", "top diplomat"),
    ("The plan was presented by Petra Holm, the bloc's envoy for the Arctic, on Monday.", "Petra Holm", "envoy for the Arctic"),
    ("Grants will follow, said Petra Holm, the embassy's deputy chief of mission, on Monday.", "Petra Holm", "deputy chief of mission"),
    ("The talks went well, said Petra Holm, the government's official spokesperson.", "Petra Holm", "official spokesperson"),
    ("Visas will be eased, said Petra Holm, the consulate's spokeswoman.", "Petra Holm", "spokeswoman"),
    ("Veteran senator Petra Holm called the treaty a mistake.", "Petra Holm", "senator"),
])
def test_lowercase_and_predicative_offices(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in got[name]


@pytest.mark.parametrize("text,title", [
    ("Visas will be faster, said Petra Holm, head of the ministry's consular department.", "head of the ministry's consular department"),
    ("Petra Holm, director of the ministry's Asia division, confirmed the visit.", "director of the ministry's Asia division"),
])
def test_a_lowercase_office_over_a_unit_of_a_public_body(extractor, text, title):
    (o,) = extractor.extract(text).officials
    assert o.name == "Petra Holm" and o.titles == [title]


def test_a_lowercase_office_over_a_company_unit_is_not_extended(extractor):
    got = extractor.extract("Petra Holm, head of the Acme Asia division, said sales rose.").officials
    assert not any(t.endswith("division") for o in got for t in o.titles)


@pytest.mark.parametrize("text,name,title,country", [
    ("Ports will open, said Petra Holm, Norway's new trade minister.", "Petra Holm", "trade minister", "NOR"),
    ("Ports will open, said Petra Holm, the country's new deputy trade minister.", "Petra Holm", "deputy trade minister", None),
])
def test_new_is_no_part_of_an_office(extractor, text, name, title, country):
    (o,) = extractor.extract(text).officials
    assert (o.name, o.titles) == (name, [title]) and (country is None or o.country == country)


@pytest.mark.parametrize("text, name, title", [
    ("Party General Secretary Nguyen Van Binh received the visiting delegation.", "Nguyen Van Binh", "Party General Secretary"),
    ("The Party Secretary Li Wen attended the opening of the trade fair.", "Li Wen", "Party Secretary"),
])
def test_party_as_a_rank_of_a_party_office(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got[name] == [title]



@pytest.mark.parametrize("text", [
    "Opposition leader Petra Holm criticised the plan.",
    "The man who heads to Oslo, Petra Holm, is a writer.",
])
def test_a_leader_without_a_state_and_heading_somewhere_are_no_offices(extractor, text):
    assert not extractor.extract(text).officials


@pytest.mark.parametrize("text", [
    "Senator the Hon Ruth Calder, Minister for Resources\n",
    "The talks were opened by Senator the Hon Ruth Calder, who chairs the committee.",
])
def test_senator_the_hon_keeps_senator_as_a_title(extractor, text):
    (official,) = extractor.extract(text).officials
    assert official.name == "Ruth Calder" and "Senator" in official.titles


@pytest.mark.parametrize("text,name,country", [
    ("DOHA, May 4 -- Qatar and Norway held talks. Grants will follow, said Ola Berg, the Norwegian embassy's deputy chief of mission.", "Ola Berg", "NOR"),
    ("LIMA, May 4 -- Peru and Korea met. The plan is ready, said Kim Min-ji, the Korean consulate's spokeswoman.", "Kim Min-ji", "KOR"),
])
def test_the_state_before_a_possessed_body_is_the_officials(extractor, text, name, country):
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got[name] == country


@pytest.mark.parametrize("text", [
    "Samuel Owusu, who chairs the Kumasi Timber Exporters Association, welcomed the deal.",
    "The plan was backed by Lina Haddad, who heads the Beirut Chamber of Commerce, on Monday.",
    "Rafael Soto, who leads the National Association of Coffee Growers, spoke to reporters.",
    "Ana Lima, who heads the opposition Green bloc, called the treaty rushed.",
    "The study was led by Tom Reyes, who chairs the migration programme at Makerere University.",
    "Jon Berg, who heads the civic movement Fair Borders, said the plan was unfair.",
    "Jon Berg, who leads the polls ahead of the vote, said the plan was unfair.",
    # a business body named in small letters
    "Investor Pavel Orlov, who chairs a Russian-Kenyan business council, said firms were ready.",
    "Mei Tan, who leads the business delegation from Penang, met buyers on Monday.",
])
def test_heading_a_business_or_trade_body_is_no_public_office(extractor, text):
    assert not extractor.extract(text).officials


def test_a_verb_restating_an_office_gives_no_second_title(extractor):
    text = "The talks were attended by Ambassador Petra Holm, who heads the Danish mission in Oslo."
    (official,) = extractor.extract(text).officials
    assert official.titles == ["Ambassador"]


@pytest.mark.parametrize("text,title", [
    ("The talks were led by Lt. Gen. (Retd.) Anil Rao, the envoy.", "Lt. Gen. (Retd.)"),
    ("Major General (ret.) Tomas Hruby chaired the panel.", "Major General (ret.)"),
])
def test_a_retired_rank_keeps_its_marker(extractor, text, title):
    (official,) = extractor.extract(text).officials
    assert title in official.titles


def test_ministry_complement_becomes_organisation(nlp):
    (title, info), = titles(nlp, "R. Das, Secretary of the Ministry of External Affairs, said.")
    assert title == "Secretary"
    assert info.organization == "Ministry of External Affairs" and info.organization_country == "IND"


def test_company_office_is_business(nlp):
    (title, info), = titles(nlp, "Ken Mori, Chairman of Acme Widgets, joined.")
    assert title == "Chairman" and info.business


@pytest.mark.parametrize("text", [
    # a speaker list's row: the company or trade body in apposition after the office
    "Panel:\n- Ms. Dewi Kartika, Managing Director, PT Sinar Baja Utama\n- Mr. Omar Saleh, Chairman, Jordan Chamber of Commerce\n",
    "The forum heard Mr. Li Wei, Chief Executive Officer, Harbour Logistics Pte, on shipping costs.",
    "Closing remarks: Dr. Ana Costa, Managing Director, Iberia Renewables S.A.\n",
])
def test_an_office_before_a_company_in_apposition_is_business(extractor, text):
    assert not extractor.extract(text).officials


@pytest.mark.parametrize("text, name", [
    ("Panel:\n- Hon. Grace Mwale, Minister of Commerce, Republic of Zambia\n- Mr. Daniel Phiri, Director, Department of Trade\n",
     "Daniel Phiri"),
    ("Mr. Ravi Kumar, Chairman, National Highways Authority of India, spoke on roads.", "Ravi Kumar"),
])
def test_an_office_before_a_public_body_in_apposition_stays_public(extractor, text, name):
    assert name in {o.name for o in extractor.extract(text).officials}


@pytest.mark.parametrize("text", [
    "Ms. Rhea Patel, Managing Director for the Americas, European External Action Service, attended.",
    "The talks were joined by Mr. Jon Ode, Managing Director for the Middle East and North Africa.",
])
def test_a_foreign_service_managing_director_for_a_region_is_public(extractor, text):
    assert extractor.extract(text).officials


def test_public_office_is_not_business(nlp):
    (_, info), = titles(nlp, "Ken Mori, President of the Republic of Korea, joined.")
    assert not info.business


def test_plural_is_not_a_title(nlp):
    assert titles(nlp, "The Foreign Ministers' Meeting was held.") == []


def test_former_office(nlp):
    (title, info), = titles(nlp, "the former Ambassador to Japan spoke.")
    assert title == "Ambassador to Japan" and info.former


def test_no_titles_in_boilerplate(nlp):
    doc = nlp("Text.\n\nReader comments\n\nAmit\nThe Prime Minister should act.")
    assert list(doc.spans["titles"]) == []


def test_possessive_office_belongs_to_the_title(nlp):
    found = [t for t, _ in titles(nlp, "Sheikh Faleh Al Thani, the Amir's Personal Representative, spoke.")]
    assert found == ["Amir's Personal Representative"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # heads that were missing
        ("State Councilor Li Ming met the delegation.", "State Councilor"),
        ("Pol. Gen. Anan Srisuk, Commissioner-General of the Royal Police, spoke.", "Commissioner-General"),
        ("Air Marshal Tan Boon, Chief of Defence Forces, attended.", "Chief of Defence Forces"),
        ("The delegation included Dame Caroline Whitfield, Chief Nursing Officer for England.", "Chief Nursing Officer"),
        ("Sir John Hale, Chief Medical Officer, briefed them.", "Chief Medical Officer"),
        # a ministry's sector or section the office runs
        ("The Head of the Sector for Neighbouring Countries, Goran Stefkovski, took part.",
         "Head of the Sector for Neighbouring Countries"),
        ("The Head of the Section for Central Europe, Ivo Markov, took part.", "Head of the Section for Central Europe"),
        # the region a ministry's unit covers, without a preposition, before a comma
        ("Fiji's Director Asia, Ms. Losana Tuivaga, briefed the delegation.", "Director Asia"),
        # the chambers of a legislature
        ("He called on the President of the House of Representatives of Morocco, Mr. Abdelhak Sounni.",
         "President of the House of Representatives"),
        ("Leader of the House of Commons Tom Reed spoke.", "Leader of the House of Commons"),
        # an air force's rank by its letters
        ("The CDS was represented by the Chief of Defence Policy and Plans, AVM Ibrahim Yakasai.", "AVM"),
        # a field written with a hyphen closing a list
        ("The mission was led by Minister of Trade, Commerce, Food Security and Co-operative Development Chaminda "
         "Wickramasuriya, who visited Sydney.", "Minister of Trade, Commerce, Food Security and Co-operative Development"),
        # a list of four fields or more, the name right after the last
        ("Minister of Development, Industry, Trade and Services Paulo Arantes spoke.",
         "Minister of Development, Industry, Trade and Services"),
        # a hyphenated head of three parts and a complement word outside the vocabulary
        ("The Under-Secretary-General for Political and Peacebuilding Affairs, Jane Roe, said.",
         "Under-Secretary-General for Political and Peacebuilding Affairs"),
        # a suffix written after the head
        ("Mr. Ken Sato, Chargé d'Affaires a.i. of the Embassy of Japan, said.", "Chargé d'Affaires a.i."),
        # the unit an office runs stays in the title
        ("Ms. Anong Saelim, Director-General of the Department of East Asian Affairs, said.",
         "Director-General of the Department of East Asian Affairs"),
        # field words outside the vocabulary inside a complement, closed by a portfolio word
        ("the Undersecretary for Latin America and the Caribbean, Ana Ruiz Soto, said.",
         "Undersecretary for Latin America and the Caribbean"),
        ("Director-General of the Department of Latin American and Caribbean Affairs Li Hua attended.",
         "Director-General of the Department of Latin American and Caribbean Affairs"),
        # a unit named by words outside the vocabulary keeps them: all of them before a comma, its
        # first before a name written without one
        ("The Ambassador called on the Head of the Department of Verification and Monitoring, Ilse Brandt, "
         "on Monday.", "Head of the Department of Verification and Monitoring"),
        ("The Ambassador called on Director of the Department of Safeguards Ilse Brandt on Monday.",
         "Director of the Department of Safeguards"),
        # an international body's deputy head written without a hyphen is not a "Deputy Secretary"
        ("Later, the Deputy Secretary General, Sofia Marinescu, met the minister.", "Deputy Secretary General"),
        ("Assistant Secretary General Sofia Marinescu met the minister.", "Assistant Secretary General"),
    ],
)
def test_whole_titles(nlp, text, expected):
    assert expected in [t for t, _ in titles(nlp, text)]


@pytest.mark.parametrize("text, name, title", [
    ("The talks were attended by Assistant to the President for Economic Policy Dilnoza Karimova.", "Dilnoza Karimova",
     "Assistant to the President for Economic Policy"),
    ("Also present was the Assistant to the Prime Minister, Rustam Aliev.", "Rustam Aliev", "Assistant to the Prime Minister"),
    ("Assistant Minister for Trade Mark Ellis opened the forum.", "Mark Ellis", "Assistant Minister for Trade"),
    ("Head of the Protocol Department of the Presidential Administration Timur Bekov greeted the guests.", "Timur Bekov",
     "Head of the Protocol Department of the Presidential Administration"),
    ("Deputy Chairman of the Halk Maslahaty Myrat Orazov received the delegation.", "Myrat Orazov",
     "Deputy Chairman of the Halk Maslahaty"),
])
def test_an_assistant_to_a_principal_and_a_unit_of_the_presidential_administration(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got[name] == [title]


@pytest.mark.parametrize(
    "text, expected",
    [
        # unknown words not closed by a known one stay out of the title
        ("Ken Mori, Chairman of Acme Widgets, joined.", "Chairman"),
        # a named local body after the office is separable: the office is the title
        ("Vice Chairman of the Hai Phong People's Committee Tran Van An spoke.", "Vice Chairman"),
        ("Minister of Foreign Affairs Wang Li and Secretary of State Ann Lee met.", "Minister of Foreign Affairs"),
        # a name followed by the next title is no complement
        ("Secretary of State Rubio Meets Foreign Minister Lee", "Secretary of State"),
        # a ministry stays separable from a unit head's title
        ("R. Das, Director of the Ministry of External Affairs, said.", "Director"),
        # a public body named by field words and unknown words, closed by an institution word: the
        # body its head runs is named in the office
        ("Mr. Budi Hartono, Head of the Halal Product Assurance Agency, signed.", "Head of the Halal Product Assurance Agency"),
        ("Dr. Wahyu Nugroho, Head of the National Disaster Management Authority (BNPB), signed.",
         "Head of the National Disaster Management Authority"),
        ("Mr. Serdar Kaya, President of the Disaster and Emergency Management Authority, signed.",
         "President of the Disaster and Emergency Management Authority"),
        # the ministry an office belongs to is its body, not its title
        ("H.E. Sok Dara, Secretary of State of the Ministry of Foreign Affairs and International Cooperation, spoke.",
         "Secretary of State"),
        ("Ms. Mali Chan, Spokesperson of the Ministry, said.", "Spokesperson"),
        # a remit over two states keeps both; a demonym after "and" is no second state
        ("Our Special Envoy to Sudan and South Sudan, Ambassador Ann Roe, is in Juba.",
         "Special Envoy to Sudan and South Sudan"),
        ("The Ambassador to India and Indian officials met.", "Ambassador to India"),
    ],
)
def test_titles_stop_where_the_office_ends(nlp, text, expected):
    assert expected in [t for t, _ in titles(nlp, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The High Representative for Foreign Affairs and Security Policy and Vice-President of the Commission, "
         "Ana Roe, met him.", ["High Representative for Foreign Affairs and Security Policy",
                               "Vice-President of the Commission"]),
        ("Mr. Jon Berg, Minister for Energy, Business and Industry, said.", ["Minister for Energy, Business and Industry"]),
        ("Dr. Ali Saad, Minister of Higher Education and Scientific Research, said.",
         ["Minister of Higher Education and Scientific Research"]),
        ("Mr. Chai Boon, Minister of Digital Economy and Society, said.", ["Minister of Digital Economy and Society"]),
    ],
)
def test_every_title_whole_and_apart(nlp, text, expected):
    assert [t for t, _ in titles(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ana Ruiz Soto, Director-General for Ibero-America and the Caribbean, spoke.",
     "Director-General for Ibero-America and the Caribbean"),
    ("the Secretary of State for Ibero-America and the Caribbean, Ana Ruiz Soto, said.",
     "Secretary of State for Ibero-America and the Caribbean"),
])
def test_hyphenated_field_words_inside_a_complement(nlp, text, expected):
    assert expected in [t for t, _ in titles(nlp, text)]


@pytest.mark.parametrize("pattern", [
    r"\b(?:JS|AS|DS|Dir)\s?\((?:[A-Z][A-Za-z]*)\)",
    r"\b(?:PM|FM)(?:/(?:PM|FM))+\b",
    r"\bx?",
    r"\bAS|JS",
    r"(?:PM|FM)/",
])
@pytest.mark.parametrize("text", [
    "JS(AMS) and DS (West), BJS(X), AS(Y)JS(Z) PM/FM met; xAS and x AS", "", "a", "PM/FM/PM xPM/FM _JS(Q)",
])
def test_text_patterns_find_what_the_pattern_finds(pattern, text):
    import re

    from dialogue_extract.located import Located

    assert [m.span() for m in Located.of(pattern).finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("text,name,title", [
    ("USAID Administrator Jane Roe met the minister.", "Jane Roe", "Administrator"),
    ("Chief Trade Negotiator Mary Ann Palma met them.", "Mary Ann Palma", "Chief Trade Negotiator"),
    ("Special Assistant to the President Kofi Mensah spoke.", "Kofi Mensah", "Special Assistant to the President"),
    ("OSD Rakesh Kumar attended the talks.", "Rakesh Kumar", "OSD"),
    ("Inspector General Maria Santos testified.", "Maria Santos", "Inspector General"),
])
def test_common_offices_are_heads(extractor, text, name, title):
    (official,) = extractor.extract(text).officials
    assert official.name == name and title in official.titles


@pytest.mark.parametrize("text,name,country", [
    # a body named by its state's name ends on one of its words; the name follows the body
    ("Administrator of the China National Space Administration Shan Zhongde attended.", "Shan Zhongde", "CHN"),
    ("Head of the Indonesian Investment Coordinating Board Budi Santoso attended.", "Budi Santoso", "IDN"),
])
def test_a_name_after_a_body_named_by_its_state(extractor, text, name, country):
    (official,) = extractor.extract(text).officials
    assert (official.name, official.country) == (name, country)


@pytest.mark.parametrize("text,name,title", [
    # an office of a place keeps the place ('of' and a known city)
    ("He also met Governor of Tokyo Aiko Sato.", "Aiko Sato", "Governor of Tokyo"),
    ("Mayor of Paris Claire Martin welcomed them.", "Claire Martin", "Mayor of Paris"),
    ("The Governor of Tokyo, Aiko Sato, hosted a lunch.", "Aiko Sato", "Governor of Tokyo"),
])
def test_an_office_of_a_place_keeps_the_place(extractor, text, name, title):
    (official,) = extractor.extract(text).officials
    assert (official.name, official.titles) == (name, [title])


@pytest.mark.parametrize("text,official", [
    # a company office with a remit over a region or a field is a public body's office
    ("The Managing Director for Asia and the Pacific, Jean-Marc Laval, took part.", "Jean-Marc Laval"),
    # ... not a company's own
    ("The CEO for India of Acme Steel, Raj Patel, attended.", None),
    ("Managing Director Raj Patel of Acme Steel attended.", None),
])
def test_a_business_office_with_a_public_remit(extractor, text, official):
    got = [o.name for o in extractor.extract(text).officials]
    assert got == ([official] if official else [])


@pytest.mark.parametrize("text, title", [
    ("The Special Envoy on Sudan, Ms. Clara Voss, visited Port Sudan.", "Special Envoy on Sudan"),
    ("Kaito Mori, Japan's special envoy on Afghanistan, met the delegation.", "special envoy on Afghanistan"),
    ("The Special Representative on Climate, Mr. Arne Dahl, spoke.", "Special Representative on Climate"),
])
def test_an_envoys_remit_after_on_stays_in_the_title(extractor, text, title):
    ex = extractor.extract(text)
    assert [title] in [o.titles for o in ex.officials]


@pytest.mark.parametrize("text, title", [
    ("The Deputy Secretary-General (Political), Ms. Lina Haddad, attended.", "Deputy Secretary-General (Political)"),
    ("Secretary General (Economic), Dr. Omar Saleh, spoke first.", "Secretary General (Economic)"),
])
def test_a_secretary_generals_portfolio_in_brackets(extractor, text, title):
    ex = extractor.extract(text)
    assert [title] in [o.titles for o in ex.officials]


@pytest.mark.parametrize("text, title", [
    ("Lieutenant-General Jane Roe, Chief of Army, met him.", "Lieutenant-General"),
    ("The Commander, Major-General Ro Tevita Vuki, said so.", "Major-General"),
    ("He met Rear-Admiral Tom Ashby.", "Rear-Admiral"),
    ("Air Vice-Marshal Sam Poe, Chief of Air Force, attended.", "Air Vice-Marshal"),
    # the Russian and Central Asian rank, and hyphenated short forms of ranks
    ("Colonel-General Oleg Petrovich Sidorov, Commander of the Ground Forces, attended.", "Colonel-General"),
    ("He met Colonel General Ruslan Akhmetov.", "Colonel General"),
    ("Lt-Gen Aung Kyaw Min, Chief of Military Security Affairs, attended.", "Lt-Gen"),
    ("The Deputy Minister, Maj-Gen Than Htike Oo, said so.", "Maj-Gen"),
    ("He met Lt-Col Peter Mwangi, the defence attaché.", "Lt-Col"),
])
def test_hyphenated_ranks_are_read_whole(extractor, text, title):
    ex = extractor.extract(text)
    assert any(title in o.titles for o in ex.officials)


@pytest.mark.parametrize("text, holder, holder_titles, principal, principal_titles", [
    ("Lena Markova, senior adviser to President Pavel Orlov, said so.",
     "Lena Markova", ["senior adviser"], "Pavel Orlov", ["President"]),
    ("Idris Khan, Special Assistant to Prime Minister Rana Aslam, spoke.",
     "Idris Khan", ["Special Assistant"], "Rana Aslam", ["Prime Minister"]),
    ("The Adviser to the President, Mr. Goh Wei, said so.", "Goh Wei", ["Adviser to the President"], None, None),
    ("The Principal Secretary to Prime Minister, Dr. Anil Rao, said so.",
     "Anil Rao", ["Principal Secretary to Prime Minister"], None, None),
])
def test_an_office_after_adviser_to_is_the_principals_when_a_name_follows(
        extractor, text, holder, holder_titles, principal, principal_titles):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got[holder] == holder_titles
    if principal is not None:
        assert got[principal] == principal_titles


@pytest.mark.parametrize("text, name, titles, country", [
    # Indonesia's offices in Indonesian, whole with their portfolio, in apposition or alone
    ("Jakarta - The Minister of Trade (Menteri Perdagangan) Budi Santoso received the delegation.",
     "Budi Santoso", ["Minister of Trade", "Menteri Perdagangan"], "IDN"),
    ("The talks were attended by Wakil Menteri Pertahanan Donny Ermawan Taufanto.",
     "Donny Ermawan Taufanto", ["Wakil Menteri Pertahanan"], "IDN"),
    ("Menko Perekonomian Rahmat Hidayat opened the business forum in Hanoi.",
     "Rahmat Hidayat", ["Menko Perekonomian"], "IDN"),
    ("Wamenlu Siti Rahayu Pratiwi met the ambassador of Chile.", "Siti Rahayu Pratiwi", ["Wamenlu"], "IDN"),
])
def test_indonesian_offices_in_indonesian(extractor, text, name, titles, country):
    got = {o.name: o for o in extractor.extract(text).officials}
    assert list(got) == [name]
    assert got[name].titles == titles and got[name].country == country


@pytest.mark.parametrize("text, name, title", [
    ("The Tánaiste and Minister for Foreign Affairs and Trade, Mary Brennan, arrived in Lima.", "Mary Brennan", "Tánaiste"),
    ("The Apostolic Nuncio to Kenya, Archbishop Hubert Lang, presented his letters.", "Hubert Lang", "Apostolic Nuncio to Kenya"),
    ("The Apostolic Nuncio to Kenya, Archbishop Hubert Lang, presented his letters.", "Hubert Lang", "Archbishop"),
    ("His Eminence Cardinal Marco Bellini met the Foreign Minister.", "Marco Bellini", "Cardinal"),
    ("Raksha Mantri Shri Arvind Rao inaugurated the exhibition.", "Arvind Rao", "Raksha Mantri"),
    ("Air Commodore Tunde Bello, Defence Attaché, was present.", "Tunde Bello", "Air Commodore"),
    ("Vice Admiral Ravi Menon, Flag Officer Commanding-in-Chief of the Eastern Naval Command, received them.",
     "Ravi Menon", "Flag Officer Commanding-in-Chief of the Eastern Naval Command"),
    ("Air Marshal Vikas Joshi, Air Officer Commanding-in-Chief of the Southern Air Command, met them.",
     "Vikas Joshi", "Air Officer Commanding-in-Chief of the Southern Air Command"),
    ("The Khokim of Tashkent, Rustam Aliev, hosted a dinner.", "Rustam Aliev", "Khokim of Tashkent"),
    ("Police General Somchai Wong met the visiting delegation.", "Somchai Wong", "Police General"),
    ("The Director General for the Maghreb, the Sahel and the Gulf, Elena Ruiz Castro, took part.",
     "Elena Ruiz Castro", "Director General for the Maghreb, the Sahel and the Gulf"),
    # two offices in a row with no comma: the body's name ends the first ("... Commission Prime Minister")
    ("Chairman of the National Unity and Peace Commission Prime Minister General Thura Aung received them.",
     "Thura Aung", "Prime Minister"),
    ("Chairman of the National Unity and Peace Commission Prime Minister General Thura Aung received them.",
     "Thura Aung", "Chairman of the National Unity and Peace Commission"),
    ("He met the Chair of the Planning Council Deputy Prime Minister Ana Ruiz Soto.", "Ana Ruiz Soto", "Deputy Prime Minister"),
    # a body named by its initials closes the complement before a rank or a name
    ("Secretary of the NSPC General Kyaw Zeya attended.", "Kyaw Zeya", "Secretary of the NSPC"),
    ("Also present was the Chairman of the NDRA Kyaw Thu Aung.", "Kyaw Thu Aung", "Chairman of the NDRA"),
    # ... but an office word that names a body goes on naming it
    ("He met the Chair of the Federation Council Committee on Budget Oleg Petrov.", "Oleg Petrov",
     "Chair of the Federation Council Committee on Budget"),
    ("ACM Narong Thepsiri, Commander of the Air Force, received the attaché.", "Narong Thepsiri", "ACM"),
    ("She met the Ambassador-designate to Chile, Ana Perez Soto, on Monday.", "Ana Perez Soto", "Ambassador-designate to Chile"),
    ("Mr. Tom Ngata, High Commissioner-designate to Fiji, called on him.", "Tom Ngata", "High Commissioner-designate to Fiji"),
    ("He also met the President of the Supreme Court, Carla Duarte, in Lima.", "Carla Duarte", "President of the Supreme Court"),
    ("He also met the Vice President of the Nation, Juan Gomez Ruiz, in Lima.", "Juan Gomez Ruiz", "Vice President of the Nation"),
])
def test_offices_of_states_churches_and_services(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in got[name]


def test_a_judges_form_of_address_is_no_part_of_the_name(extractor):
    ex = extractor.extract("The Chief Justice of Kenya, Justice Martha Wanjiru, opened the conference.")
    assert [o.name for o in ex.officials] == ["Martha Wanjiru"]


@pytest.mark.parametrize("text, name, titles_", [
    ("The Chief Minister of Kerala, Shri P. Varghese, welcomed them.", "P. Varghese", ["Chief Minister of Kerala"]),
    ("She met Dilshod Karimov, Khokim of Bukhara region, on Monday.", "Dilshod Karimov", ["Khokim of Bukhara region"]),
    ("The Governor of Ondo State, Mr. Tunde Ajayi, hosted the envoy.", "Tunde Ajayi", ["Governor of Ondo State"]),
    ("The Crown Prince of Dubai, Sheikh Rashid bin Saeed, opened the forum.", "Rashid bin Saeed", ["Crown Prince of Dubai"]),
])
def test_an_office_of_a_place_keeps_a_place_no_list_knows(extractor, text, name, titles_):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got[name] == titles_


def test_a_state_after_an_office_of_a_place_stays_separable(extractor):
    ex = extractor.extract("The Emir of Kuwait, Sheikh Nawaf Salem, arrived in Delhi.")
    assert [(o.titles, o.country) for o in ex.officials] == [(["Emir"], "KWT")]


@pytest.mark.parametrize("text, name, title", [
    ("He called on the Chief Justice of the Delhi High Court, Justice Rekha Sood.", "Rekha Sood",
     "Chief Justice of the Delhi High Court"),
    ("The President of the Constitutional Tribunal, Dr. Ana Lopes, received him.", "Ana Lopes",
     "President of the Constitutional Tribunal"),
    ("Mr. Jean Morel, Minister for Relations with Parliament, answered.", "Jean Morel",
     "Minister for Relations with Parliament"),
    ("The Chief of Protocol, Ms. Amina Diallo, met the delegation.", "Amina Diallo", "Chief of Protocol"),
    ("Brigadier Kofi Mensah, Director of Plans, attended.", "Kofi Mensah", "Director of Plans"),
])
def test_offices_naming_a_court_a_relation_or_a_staff_branch(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in got[name]


def test_chief_before_a_rank_closes_the_office_before_it(extractor):
    ex = extractor.extract("Army Chief General Omar Farouk met the visiting delegation.")
    assert any("General" in o.titles and "Chief General" not in o.titles for o in ex.officials)


@pytest.mark.parametrize("text, name, title", [
    ("The talks were joined by Petra Lind, the EU Special Representative for the Horn of Africa.",
     "Petra Lind", "Special Representative for the Horn of Africa"),
    ("Special Envoy for the Sahel Omar Diallo arrived.", "Omar Diallo", "Special Envoy for the Sahel"),
    ("Karl Ness, the bloc's special representative for the Western Balkans, said so.",
     "Karl Ness", "special representative for the Western Balkans"),
])
def test_a_remit_names_a_world_region(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got[name] == [title]


@pytest.mark.parametrize("text, name, title", [
    ("The talks were joined by the acting Director-General for Trade, Ms. Lena Vogt, on Friday.", "Lena Vogt",
     "acting Director-General for Trade"),
    ("Kenya's outgoing High Commissioner to India, Dr. Paul Mutua, paid a farewell call.", "Paul Mutua",
     "outgoing High Commissioner to India"),
    ("The former Minister of Trade, Jorge Lopez Vidal, was also present.", "Jorge Lopez Vidal", "Minister of Trade"),
    ("He thanked Rear Admiral Tomas Reyes, the Navy's Flag Officer in Command, for the visit.", "Tomas Reyes",
     "Flag Officer in Command"),
])
def test_the_status_of_an_office_and_the_force_it_serves(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in got[name]


@pytest.mark.parametrize("text, name, country", [
    ("The Indian delegation in Delhi will also meet the Mayor of Moscow, Pavel Orlov, next week.", "Pavel Orlov", "RUS"),
    ("In New Delhi the minister received the Crown Prince of Abu Dhabi, Sheikh Saeed bin Rashid.", "Saeed bin Rashid", "ARE"),
])
def test_an_office_of_a_known_place_serves_the_places_state(extractor, text, name, country):
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got[name] == country


@pytest.mark.parametrize("text,name,title", [
    ("The ties were built by King Father Norodom Sihanouk and his generation.", "Norodom Sihanouk", "King Father"),
    ("Queen Mother Norodom Monineath received the delegation at the palace.", "Norodom Monineath", "Queen Mother"),
])
def test_a_former_monarchs_style_is_a_title(text, name, title):
    import dialogue_extract
    got = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    assert got[name] == [title]


@pytest.mark.parametrize("text,name,titles", [
    ("A cable of thanks was sent to the Custodian of the Two Holy Mosques King Fahd bin Abdulaziz in 1998.",
     "Fahd bin Abdulaziz", ["Custodian of the Two Holy Mosques", "King"]),
    ("The Custodian of the Two Holy Mosques, King Abdullah bin Abdulaziz Al Saud, opened the session.",
     "Abdullah bin Abdulaziz Al Saud", ["Custodian of the Two Holy Mosques", "King"]),
])
def test_the_saudi_kings_style_is_a_title(text, name, titles):
    import dialogue_extract
    got = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    assert sorted(got[name]) == sorted(titles)


def test_a_unit_closes_the_office_of_its_director(extractor):
    ex = extractor.extract("She will be succeeded by Mr Liam Byrne, currently Director of the Asia Pacific Unit, in May.")
    assert [o.titles for o in ex.officials] == [["Director of the Asia Pacific Unit"]]


@pytest.mark.parametrize("text, name, title", [
    ("The Minister of State (Asia and the Pacific), Jane Holt, met him.", "Jane Holt", "Minister of State (Asia and the Pacific)"),
    ("The Minister of State (Foreign, Commonwealth and Development Office), Jane Holt, met him.", "Jane Holt", "Minister of State"),
    ("The Parliamentary Secretary (Department of Foreign Affairs), Tom Reid, replied.", "Tom Reid", "Parliamentary Secretary"),
])
def test_a_bracket_naming_a_body_is_no_part_of_the_title(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got[name] == [title]


@pytest.mark.parametrize("text, name, title", [
    ("The Speaker of the Legislative Assembly, Mr. Tomas Vela, welcomed them.", "Tomas Vela", "Speaker of the Legislative Assembly"),
    ("The Minister for Workers' Welfare and Overseas Employment, Mr. Karim Uddin, met them.", "Karim Uddin",
     "Minister for Workers' Welfare and Overseas Employment"),
])
def test_a_legislature_and_a_plurals_possessive_portfolio(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got[name] == [title]


@pytest.mark.parametrize("text, name, title", [
    ("The Cabinet Secretary for Lands, Blue Economy and Urban Development, Ms. Rose Wanjiku, spoke.", "Rose Wanjiku",
     "Cabinet Secretary for Lands, Blue Economy and Urban Development"),
    ("The Minister of Agriculture, Livestock Development, Blue Economy and Fisheries, Ms. Leila Bennani, spoke.",
     "Leila Bennani", "Minister of Agriculture, Livestock Development, Blue Economy and Fisheries"),
    ("The Minister of Finance, Jane Roe and the Minister of Trade, Ali Khan, met.", "Jane Roe", "Minister of Finance"),
    # the last field with its article, and fields the vocabulary lists as nouns of a portfolio
    ("The Minister of Sports, Arts and the Orange Economy, Ms. Lucia Pardo, spoke.", "Lucia Pardo",
     "Minister of Sports, Arts and the Orange Economy"),
    ("He met the Minister of Oceans, Fisheries and the Blue Economy, Ama Mensah, on Friday.", "Ama Mensah",
     "Minister of Oceans, Fisheries and the Blue Economy"),
    ("He met the Minister of Art, Heritage and Tourism, Kofi Boateng, on Friday.", "Kofi Boateng",
     "Minister of Art, Heritage and Tourism"),
    ("He met the Minister of Sanitation and Hygiene, Kofi Boateng, on Friday.", "Kofi Boateng",
     "Minister of Sanitation and Hygiene"),
    ("The Minister of Tolerance and Coexistence, Mr. Khalid Al Marri, hosted them.", "Khalid Al Marri",
     "Minister of Tolerance and Coexistence"),
])
def test_a_long_list_of_fields_in_a_portfolio(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got[name] == [title]


@pytest.mark.parametrize("text, name, title, organization", [
    # an office companies have too is a public one in a government body
    ("The agreement was signed by the Managing Director, Department of Water Affairs, Mr. Tomas Halvorsen.",
     "Tomas Halvorsen", "Managing Director", "Department of Water Affairs"),
    ("Ms. Ilse Brandvold, Executive Director, Ministry of Fisheries and Marine Resources, opened the session.",
     "Ilse Brandvold", "Executive Director", "Ministry of Fisheries and Marine Resources"),
    ("The Chief Executive Officer of the National Roads Authority, Dr. Amara Kintu, briefed the delegation.",
     "Amara Kintu", "Chief Executive Officer", None),
])
def test_a_company_office_held_in_a_government_body_is_public(extractor, text, name, title, organization):
    officials = {o.name: o for o in extractor.extract(text).officials}
    assert name in officials, sorted(officials)
    assert officials[name].titles[0].startswith(title)
    if organization is not None:
        assert officials[name].organization == organization


@pytest.mark.parametrize("text", [
    "The Executive Director of Northwind Shipping Company, Mr. Tomas Halvorsen, spoke at the forum.",
    "Ms. Ilse Brandvold, Managing Director, Brandvold Holding Ltd, joined the business delegation.",
])
def test_a_company_office_outside_government_stays_no_official(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text, name, title", [
    ("Shri Vivek Menon, Commissioner-cum-Secretary, Department of Tourism, welcomed the delegates.",
     "Vivek Menon", "Commissioner-cum-Secretary"),
    ("Director-cum-Joint Secretary Dr. Leela Das signed the protocol.", "Leela Das", "Director-cum-Joint Secretary"),
])
def test_two_offices_joined_by_cum_are_one_title(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert officials.get(name) == [title], officials


@pytest.mark.parametrize("text, name, title", [
    # "To" written capitalised after an office, before a name and small letters: a family name
    ("The talks with General Secretary To Van Hai of the Party covered trade.", "To Van Hai", "General Secretary"),
    ("She later received Chairman To Minh Duc at the Palace.", "To Minh Duc", "Chairman"),
])
def test_a_capitalised_to_after_an_office_opens_a_name(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert officials.get(name) == [title], officials


def test_a_title_case_headline_keeps_to_as_a_preposition(extractor):
    assert extractor.extract("Minister To Visit Japan Next Week").officials == []


@pytest.mark.parametrize("text,name,title", [
    ("The forum was opened by Minister for Foreign Affairs Senator the Hon Maria Kell.", "Maria Kell", "Minister for Foreign Affairs"),
    ("Minister of Foreign Affairs Ambassador Omar Haddad received the envoys.", "Omar Haddad", "Minister of Foreign Affairs"),
    ("Union Minister for Defence General Min Thu inspected the unit.", "Min Thu", "Union Minister for Defence"),
])
def test_a_field_word_of_a_heads_complement_does_not_carry_an_office_after_it(text, name, title):
    # 'Minister of State and Foreign Affairs' is a head: its 'Foreign Affairs' is no office word that
    # would run the portfolio into the rank or form of address after it
    import dialogue_extract
    got = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    assert title in got[name] and not any(t.startswith(title + " ") for t in got[name])


@pytest.mark.parametrize("text, name, titles", [
    # a police rank written in full, as the abbreviated "Pol. Lt. Gen." is read
    ("Police Major General Anek Srisuk spoke to reporters.", "Anek Srisuk", ["Police Major General"]),
    ("The report was signed by Police Colonel Dao Van Minh.", "Dao Van Minh", ["Police Colonel"]),
    # a retired officer's "(Rtd)" belongs to the rank, and the office before the comma is still his
    ("The Defence Attaché, Brigadier-General (rtd) Yaw Mensah Boateng, attended.", "Yaw Mensah Boateng",
     ["Defence Attaché", "Brigadier-General (rtd)"]),
    # "commander" in small letters is an office with what it commands, not alone
    ("Colonel Nasser Qadri, commander of the Coast Guard, briefed them.", "Nasser Qadri",
     ["Colonel", "commander of the Coast Guard"]),
    ("Lina Park, who is director-general of the General Department of Customs, signed.", "Lina Park",
     ["director-general of the General Department of Customs"]),
    # a member of Switzerland's seven-member government
    ("Federal Councillor Urs Amrein opened the forum.", "Urs Amrein", ["Federal Councillor"]),
    # "Agenda" is a field of a remit, closing the list it ends
    ("Ms. Rosa Nkosi, Chief Director for the Africa Agenda, spoke.", "Rosa Nkosi",
     ["Chief Director for the Africa Agenda"]),
])
def test_ranks_suffixes_and_lowercase_offices(text, name, titles):
    import dialogue_extract
    got = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    assert sorted(got.get(name, [])) == sorted(titles), got


@pytest.mark.parametrize("text", [
    "The rebel commander Abu Khalid said the ceasefire would hold.",
])
def test_a_commander_without_a_complement_is_no_office(text):
    import dialogue_extract
    assert dialogue_extract.extract(text).officials == []


@pytest.mark.parametrize("text, name, title", [
    # a force the office commands keeps its state, before or after it
    ("Tomas Reyes, Commander of the Navy of Ecuador, arrived.", "Tomas Reyes", "Commander of the Navy of Ecuador"),
    ("Lon Pheap, commander of the Royal Cambodian Navy, attended.", "Lon Pheap",
     "commander of the Royal Cambodian Navy"),
    # a minister holds the force as a portfolio: the state after it is separable
    ("Minister of the Armed Forces of France Sophie Durand arrived.", "Sophie Durand", "Minister of the Armed Forces"),
    # after the office's remit, the international body it serves is its organisation
    ("Ms. Ana Lopes, Assistant Director-General for Climate of the Food and Agriculture Organization, spoke.",
     "Ana Lopes", "Assistant Director-General for Climate"),
    ("Mr. Jan Novak, Managing Director for Asia at the European External Action Service, said.", "Jan Novak",
     "Managing Director for Asia"),
    # the remit of an envoy of the Secretary-General stays whole
    ("The Personal Envoy of the Secretary-General of the United Nations for Yemen, Karl Holm, said.", "Karl Holm",
     "Personal Envoy of the Secretary-General of the United Nations for Yemen"),
    # "at the Ministry" alone is the body, not the office
    ("Ms. Hind Bennani, Director of Asia at the Ministry, spoke.", "Hind Bennani", "Director of Asia"),
])
def test_forces_and_bodies_after_an_office(text, name, title):
    import dialogue_extract
    got = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    assert got.get(name) == [title], got


@pytest.mark.parametrize("text, name, title", [
    # a ministry named with its level of government stays separable from the office
    ("Ms. Eva Roth, Parliamentary State Secretary at the Federal Ministry of Finance, said.", "Eva Roth",
     "Parliamentary State Secretary"),
    ("Ambassador Karin Vogt, State Secretary of the Federal Department of Finance, spoke.", "Karin Vogt",
     "State Secretary"),
    # the head of a unit keeps the unit, level and all
    ("Federal Councillor Beat Imhof, Head of the Federal Department of Home Affairs, spoke.", "Beat Imhof",
     "Head of the Federal Department of Home Affairs"),
])
def test_a_ministry_named_with_its_level_of_government(text, name, title):
    import dialogue_extract
    got = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    assert title in got.get(name, []), got


@pytest.mark.parametrize("text, name, title", [
    # a remit after a colon glued to a unit's office (a house style of some foreign services)
    ("The delegation included Ms. Naledi Sithole, Chief Director: Europe and the Americas, and others.",
     "Naledi Sithole", "Chief Director: Europe and the Americas"),
    ("Mr. Pieter Botha, Director: West Africa; Ms. Ama Owusu, Director: East Africa.", "Pieter Botha", "Director: West Africa"),
    # a name after the colon is no remit
    ("Chief Director: Mr. Sipho Dube, Deputy Minister of Trade, opened the forum.", "Sipho Dube", "Deputy Minister of Trade"),
])
def test_a_remit_after_a_colon_belongs_to_a_units_office(text, name, title):
    import dialogue_extract
    got = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    assert title in got.get(name, []) and not any(t.endswith(":") for t in got.get(name, [])), got


@pytest.mark.parametrize("text, name, title, country", [
    ("The minister met the Director-General of the Qatar Fund for Development, Fahad Al-Sulaiti, in Doha.",
     "Fahad Al-Sulaiti", "Director-General", "QAT"),
    ("Talks were held with the Chairman of the Saudi Fund for Development, Ahmed Al-Khateeb, on the loans.",
     "Ahmed Al-Khateeb", "Chairman", "SAU"),
])
def test_an_office_of_a_states_fund_is_public(extractor, text, name, title, country):
    """A fund named after its state ('the Kuwait Fund for ...') is a public body, not the state
    the office serves written after 'of': the name after it is its holder's."""
    (official,) = extractor.extract(text).officials
    assert official.name == name and title in official.titles and official.country == country


@pytest.mark.parametrize("text", [
    "The deal was signed by the Chairman of the Gulf Capital Fund, Karim Nassar, a private investor.",
    "The Managing Partner of the Atlas Equity Fund, Karim Nassar, spoke.",
])
def test_an_office_of_a_private_fund_is_no_public_office(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text, title, country", [
    # a state's own people abroad, named by its demonym in the portfolio, give the office its state
    ("Mr. Sami Haddad, Minister of Foreign Affairs and Lebanese Emigrants, said.",
     "Minister of Foreign Affairs and Lebanese Emigrants", "LBN"),
    ("the Minister of Foreign Affairs, Cooperation and Togolese Abroad, Mr. Robert Dussey, said.",
     "Minister of Foreign Affairs, Cooperation and Togolese Abroad", "TGO"),
])
def test_own_people_abroad_in_a_portfolio_name_the_offices_state(nlp, text, title, country):
    found = dict(titles(nlp, text))
    assert title in found and found[title].country == country


@pytest.mark.parametrize("text, name, title", [
    ("The delegation included the non-resident Ambassador of Chile to Fiji, Mr. Pablo Soto.",
     "Pablo Soto", "non-resident Ambassador"),
    ("Mr. Pablo Soto, non-resident Ambassador to Fiji, said the mission would open soon.",
     "Pablo Soto", "non-resident Ambassador to Fiji"),
    ("Kenya's non-resident High Commissioner to Samoa, Ms. Ruth Wanjiru, presented her credentials.",
     "Ruth Wanjiru", "non-resident High Commissioner to Samoa"),
])
def test_a_hyphenated_status_stays_with_the_office(extractor, text, name, title):
    (official,) = [o for o in extractor.extract(text).officials if o.name == name]
    assert title in official.titles


@pytest.mark.parametrize("text, name, country", [
    ("The visit was prepared with the Ambassador of Peru to Kenya and Uganda, Mr. Luis Soto.", "Luis Soto", "PER"),
    ("Present was the Ambassador of Norway to Chile and Bolivia, Ms. Ingrid Holm.", "Ingrid Holm", "NOR"),
])
def test_an_envoy_of_a_state_posted_to_several_states(extractor, text, name, country):
    """'Ambassador of X to Y and Z, NAME': the posting goes on over 'and Z', and the name after it is anchored."""
    (official,) = [o for o in extractor.extract(text).officials if o.name == name]
    assert official.country == country and "Ambassador" in official.titles[0]


@pytest.mark.parametrize("text, office, rank", [
    # a rank written right after an office's body, with no comma, opens the name's phrase
    ("Dhaka - Commander of the Coast Guard Rear-Admiral Kamal Hossain met the delegation.",
     "Commander of the Coast Guard", "Rear-Admiral"),
    ("Wellington - Head of the Joint Operations Command Major General Ann Roe met the delegation.",
     "Head of the Joint Operations Command", "Major General"),
    ("Nay Pyi Taw - Chairman of the National Solidarity Council Vice-Senior General Aung Lin received them.",
     "Chairman of the National Solidarity Council", "Vice-Senior General"),
])
def test_a_rank_after_a_body_opens_the_next_title(extractor, text, office, rank):
    (official,) = extractor.extract(text).officials
    assert official.titles == [office, rank]


@pytest.mark.parametrize("text, name, title", [
    # the noun that closes a public body's name keeps the body in the office of the person who heads it
    ("Oslo - Mari Lund, Governor of the Sovereign Wealth Fund, met the delegation.", "Mari Lund",
     "Governor of the Sovereign Wealth Fund"),
    ("Mari Lund, Head of the Defence Staff Headquarters, met the delegation.", "Mari Lund",
     "Head of the Defence Staff Headquarters"),
    ("Mari Lund, Director of the National Drug Control Directorate, met the delegation.", "Mari Lund",
     "Director of the National Drug Control Directorate"),
    ("Mari Lund, Director of the Regional Training Centre, met the delegation.", "Mari Lund",
     "Director of the Regional Training Centre"),
])
def test_a_body_closed_by_a_fund_headquarters_or_directorate_stays_in_its_heads_office(extractor, text, name, title):
    (official,) = [o for o in extractor.extract(text).officials if o.name == name]
    assert official.titles == [title]


@pytest.mark.parametrize("text", [
    "Tashkent - the Director of the Executive Committee of the Regional Anti-Terrorist Structure spoke.",
    "Kabul - the Head of the Counter-Narcotics Directorate spoke.",
])
def test_a_bodys_closing_noun_is_no_name(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text, name, country", [
    # the state "in" which an envoy is named is the posting, never the envoy's own
    ("Dublin, 3 May 2026\n\nIreland and Mexico met. The talks were prepared by our Ambassador in Mexico City, "
     "Sile Brennan.", "Sile Brennan", "IRL"),
    ("Oslo, 3 May 2026\n\nNorway and Kuwait met. The talks were prepared by our Ambassador in Kuwait City, Ola Berg.",
     "Ola Berg", "NOR"),
])
def test_an_envoy_in_a_state_or_its_city_is_posted_there(extractor, text, name, country):
    (official,) = [o for o in extractor.extract(text).officials if o.name == name]
    assert official.titles == ["Ambassador"] and official.country == country


@pytest.mark.parametrize("text, name, title", [
    ("The Ruler of Ajman, Sheikh Humaid bin Rashid Al Nuaimi, received the delegation.",
     "Humaid bin Rashid Al Nuaimi", "Ruler of Ajman"),
    ("Sheikh Humaid bin Rashid Al Nuaimi, Deputy Ruler of Ajman, received the delegation.",
     "Humaid bin Rashid Al Nuaimi", "Deputy Ruler of Ajman"),
])
def test_the_ruler_of_an_emirate_is_an_office_of_its_place(extractor, text, name, title):
    (official,) = [o for o in extractor.extract(text).officials if o.name == name]
    assert official.titles == [title]


@pytest.mark.parametrize("text, name", [
    ("The President of the Regional Government of Madeira, Ana Lopes, received the delegation.", "Ana Lopes"),
    ("Ana Lopes, President of the Provincial Council of Leon, received the delegation.", "Ana Lopes"),
    ("The President of the Generalitat of Valencia, Ana Lopes, received the delegation.", "Ana Lopes"),
])
def test_a_public_body_in_the_office_makes_the_place_after_it_no_company(extractor, text, name):
    assert name in {o.name for o in extractor.extract(text).officials}


@pytest.mark.parametrize("text, name, expected", [
    # "Cabinet Member" is an office of its own in a chain of offices before the name
    ("Minister of State for Foreign Affairs, Cabinet Member and Climate Envoy Omar Al-Rashid met them.",
     "Omar Al-Rashid", ["Minister of State for Foreign Affairs", "Cabinet Member", "Climate Envoy"]),
    ("Minister of State and Cabinet Member Dr. Faisal Al-Qahtani received the delegation.",
     "Faisal Al-Qahtani", ["Minister of State", "Cabinet Member"]),
])
def test_cabinet_member_joins_a_chain_of_offices(extractor, text, name, expected):
    got = {o.name: o for o in extractor.extract("Riyadh, 3 June 2026\n\n" + text).officials}
    assert all(t in got[name].titles for t in expected)


@pytest.mark.parametrize("text, name, title", [
    # portfolio nouns of land and property ministries close the title before the name
    ("Minister of Lands and Public Domain Jean Okemba spoke.", "Jean Okemba", "Minister of Lands and Public Domain"),
    ("Minister of Economy and State Property Ana Petrescu spoke.", "Ana Petrescu",
     "Minister of Economy and State Property"),
    ("Minister of Housing and Urbanism Awa Diallo spoke.", "Awa Diallo", "Minister of Housing and Urbanism"),
    ("Minister of Land Tenure and Real Estate Kofi Boateng spoke.", "Kofi Boateng",
     "Minister of Land Tenure and Real Estate"),
])
def test_land_and_property_portfolios_close_the_title(extractor, text, name, title):
    got = {o.name: o for o in extractor.extract("Dakar, 3 June 2026\n\n" + text).officials}
    assert title in got[name].titles


@pytest.mark.parametrize("text, name, expected", [
    # a rank set off by a comma before the portfolio office, at the head of the phrase, is that person's
    ("The talks were attended by Minister of State, Minister of Energy Paul Ndinga.", "Paul Ndinga",
     ["Minister of State", "Minister of Energy"]),
    ("The delegation included Deputy Prime Minister, Minister of Finance Mara Lindqvist.", "Mara Lindqvist",
     ["Deputy Prime Minister", "Minister of Finance"]),
    # the rank as a cabinet of ministers' deputy chair, after "between"
    ("Talks were held between Deputy Chairman of the Cabinet of Ministers, Minister of Energy Batyr Amanov "
     "and the guests.", "Batyr Amanov", ["Deputy Chairman of the Cabinet of Ministers", "Minister of Energy"]),
])
def test_a_rank_set_off_before_the_portfolio_office(extractor, text, name, expected):
    got = {o.name: o for o in extractor.extract("Dakar, 3 June 2026\n\n" + text).officials}
    assert all(t in got[name].titles for t in expected)


@pytest.mark.parametrize("text, name, title", [
    # a state secretariat's minister is one office, not a minister of state and a secretary
    ("Also present was Minister of State Secretary Budi Santoso.", "Budi Santoso", "Minister of State Secretary"),
    # an office's word that opens a patronymic name is the given name ("Sultan bin ...")
    ("Also present was HE Minister of State for Foreign Affairs Sultan bin Nasser Al-Kuwari.",
     "Sultan bin Nasser Al-Kuwari", "Minister of State for Foreign Affairs"),
    # an acting head, and a department's name that stops before a given name and an initial
    ("He met Officer-in-Charge of the Department of National Defense Carlos G. Reyes Jr. today.",
     "Carlos G. Reyes Jr.", "Officer-in-Charge"),
    # a treasury's minister, as Australia and Papua New Guinea call theirs
    ("She met Prime Minister James Marape, Treasurer Ian Ling-Stuckey and other ministers.", "Ian Ling-Stuckey",
     "Treasurer"),
    # a remit's unit noun closes the field; the words after it are the name
    ("He spoke with Chinese Special Representative on Korean Peninsula Affairs Liu Xiaoming on Thursday.",
     "Liu Xiaoming", "Special Representative on Korean Peninsula Affairs"),
    # a compound of the portfolio opens on the head's last word
    ("Also present was Minister of State-Owned Enterprises Rini Wulandari.", "Rini Wulandari",
     "Minister of State-Owned Enterprises"),
])
def test_an_office_read_whole_before_its_holders_name(extractor, text, name, title):
    got = {o.name: o for o in extractor.extract("Jakarta, 3 June 2026\n\n" + text).officials}
    assert got[name].titles == [title]


def test_an_office_named_before_with_its_holder_points_back_across_a_comma(extractor):
    text = ("Jakarta, 13 December 2021\n\nForeign Minister Sri Lestari said the talks went well. According to "
            "the Foreign Minister, President Budi Santoso also raised the G20.")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Budi Santoso"].titles == ["President"]
    assert got["Sri Lestari"].titles == ["Foreign Minister"]
    # (an office of one holder written otherwise before)
    text = text.replace("Foreign Minister Sri Lestari", "Minister of Foreign Affairs Sri Lestari")
    assert {o.name: o for o in extractor.extract(text).officials}["Budi Santoso"].titles == ["President"]


def test_an_office_in_a_phrase_opening_the_sentence_is_not_the_subjects(extractor):
    text = ("Jakarta, 13 December 2021\n\nPresident Budi Santoso received Secretary Jane Roe. Following the "
            "meeting with the President, Roe is scheduled to meet Foreign Minister Sri Lestari.")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Jane Roe"].titles == ["Secretary"]


def test_the_second_minister_of_a_portfolio_keeps_its_number(extractor):
    text = ("Bandar Seri Begawan, 3 June 2026\n\nThe talks were co-chaired by Dato Rahman Osman, Minister of "
            "Foreign Affairs II, and the guest.")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Rahman Osman"].titles == ["Minister of Foreign Affairs II"]


def test_a_rank_after_another_persons_name_stays_apart(extractor):
    text = ("Dakar, 3 June 2026\n\nThe talks were attended by Ambassador Ali Sow, Minister of State, and Minister of "
            "Energy Paul Ndinga.")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert "Minister of State" not in got["Paul Ndinga"].titles


@pytest.mark.parametrize("text, title", [
    ("Ana Lopes, President of the Regional Government of Madeira, received us.",
     "President of the Regional Government of Madeira"),
    ("The President of the Generalitat of Valencia, Ana Lopes, received us.", "President of the Generalitat of Valencia"),
    # a state after the body stays its state, out of the title
    ("Ana Lopes, Speaker of the National Assembly of Kenya, received us.", "Speaker of the National Assembly"),
])
def test_the_place_of_a_regional_body_stays_in_the_office(extractor, text, title):
    (official,) = extractor.extract(text).officials
    assert official.titles == [title]


@pytest.mark.parametrize("text, title", [
    # a word inside a longer head ("Committee" of "Chairman Joint Chiefs of Staff Committee") opens no office
    ("Hon. Ruth Wambui, Chairperson of the Select Committee on Energy and Petroleum, spoke.",
     "Chairperson of the Select Committee on Energy and Petroleum"),
    ("Mr. Omar Sheikh, Chair of the Departmental Committee on Education, welcomed them.",
     "Chair of the Departmental Committee on Education"),
    # the formation a commander leads, named by its military noun
    ("Rear Admiral Lim Teck Soon, Commander of the Northern Naval Area, briefed them.", "Commander of the Northern Naval Area"),
    ("Vice Admiral Rafael Cruz, Commander of the Pacific Fleet, hosted the visit.", "Commander of the Pacific Fleet"),
])
def test_a_committee_or_a_formation_named_by_unknown_words_stays_in_the_office(extractor, text, title):
    (official,) = extractor.extract(text).officials
    assert title in official.titles


@pytest.mark.parametrize("text", [
    "Father Elias Haddad, Director of the Catholic Centre for Media Studies, attended the meeting.",
    "Rev. Samuel Otieno, General Secretary of the National Council of Churches of Kenya, spoke.",
    "Bishop Anna Larsen, chair of the Evangelical Lutheran Church Council, welcomed the guests.",
])
def test_an_office_of_a_churchs_body_is_no_public_office(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text, title", [
    ("Mr. Ola Berg, Minister of Church Affairs, spoke.", "Minister of Church Affairs"),
    ("Archbishop Paul Gallagher, Secretary for Relations with States, met him.", "Secretary for Relations with States"),
])
def test_a_states_office_over_church_matters_stays_public(extractor, text, title):
    (official,) = extractor.extract(text).officials
    assert title in official.titles


@pytest.mark.parametrize("text, title", [
    # offices of a legislature's parties and a state's religious office
    ("The Leader of the Opposition, Hon. Paul Otieno, walked out.", "Leader of the Opposition"),
    ("Hon. Mary Ndegwa, Majority Whip, moved the motion.", "Majority Whip"),
    ("Sheikh Yusuf Adam, Grand Mufti of the Republic, led the prayers.", "Grand Mufti of the Republic"),
    # the Indonesian head of a state body or company
    ("Mr. Budi Hartono, President Director of the National Port Authority, met them.",
     "President Director of the National Port Authority"),
])
def test_party_leaders_muftis_and_president_directors_are_offices(extractor, text, title):
    (official,) = extractor.extract(text).officials
    assert title in official.titles


@pytest.mark.parametrize("text, title", [
    ("Dr. Salim Haddad, Adviser to the Prime Minister with the rank of Minister, attended.",
     "Adviser to the Prime Minister with the rank of Minister"),
    ("Ms. Noura Saeed, Special Envoy with the rank of Minister of State, spoke.",
     "Special Envoy with the rank of Minister of State"),
    ("Mr. Tariq Aziz, Adviser to the President with ministerial rank, was present.",
     "Adviser to the President with ministerial rank"),
])
def test_another_offices_rank_after_an_office_stays_in_it(extractor, text, title):
    (official,) = extractor.extract(text).officials
    assert title in official.titles


@pytest.mark.parametrize("text, title", [
    ("Mr. Fahad Nasser, Director of the Office of His Highness, received them.", "Director of the Office of His Highness"),
    ("Sheikh Khalid Al Thani, Personal Envoy of His Highness the Amir, arrived.", "Personal Envoy of His Highness the Amir"),
    ("Dr. Omar Rifai, Adviser to His Majesty for Tribal Affairs, attended.", "Adviser to His Majesty for Tribal Affairs"),
])
def test_a_sovereigns_style_inside_the_complement_stays_in_the_title(extractor, text, title):
    (official,) = extractor.extract(text).officials
    assert official.titles == [title]


def test_a_sovereign_named_after_the_style_is_another_person(extractor):
    got = {o.name: o.titles for o in extractor.extract("Mr. Omar Rifai, Adviser to His Majesty King Hamad, attended.").officials}
    assert "Adviser to His Majesty King" not in got.get("Omar Rifai", [])


@pytest.mark.parametrize("text, title", [
    # a consul's post in a city of cities.tsv; a province's or a state's office of its place
    ("The Consul General in Hamburg, Ms. Rita Das, opened the fair.", "Consul General in Hamburg"),
    ("Mr. Arjun Menon, Chief Secretary of Kerala, received the delegation.", "Chief Secretary of Kerala"),
    ("Ms. Jane Roe, Deputy Premier of Queensland, spoke.", "Deputy Premier of Queensland"),
    ("Mr. Ravi Kumar, Deputy Chief Minister of Telangana, spoke.", "Deputy Chief Minister of Telangana"),
    # after "of <state>" the post is as separable as the state
    ("Mr. Rudi Santoso, Consul General of Indonesia in Hamburg, spoke.", "Consul General"),
])
def test_posts_and_sub_national_offices_keep_their_place(extractor, text, title):
    (official,) = extractor.extract(text).officials
    assert official.titles == [title]


def test_a_province_named_like_a_city_gives_no_state(extractor):
    (official,) = extractor.extract("Mr. Li Wei, Premier of Ontario, spoke.").officials
    assert official.titles == ["Premier of Ontario"] and official.country != "USA"


@pytest.mark.parametrize("text, title", [
    ("Shri Vivek Joshi, Inspector General, North Bengal Frontier, briefed the delegation.",
     "Inspector General, North Bengal Frontier"),
    ("Vice Admiral Rahul Dev, Flag Officer Commanding-in-Chief, Southern Naval Command, hosted them.",
     "Flag Officer Commanding-in-Chief, Southern Naval Command"),
    ("Major General Abdul Karim, Director General, Border Guard Bangladesh, led the delegation.",
     "Director General, Border Guard Bangladesh"),
    # a ministry after the comma stays separable
    ("Mr. Ahmed Khan, Director General, Ministry of Foreign Affairs, said.", "Director General"),
])
def test_a_force_or_command_after_a_comma_stays_in_its_heads_title(extractor, text, title):
    (official,) = extractor.extract(text).officials
    assert title in official.titles and not any(t != title and t.startswith(title + ",") for t in official.titles)


@pytest.mark.parametrize("text, title", [
    ("He met the Governor of West Java, Dedi Mulyana, in Bandung.", "Governor of West Java"),
    ("Ms. Rina Sari, Governor of North Sumatra, welcomed them.", "Governor of North Sumatra"),
    ("The Clerk of the Senate, Mr. Jeremiah Nyegenye, read the message.", "Clerk of the Senate"),
])
def test_a_direction_opens_a_place_and_a_legislatures_clerk_is_an_office(extractor, text, title):
    (official,) = extractor.extract(text).officials
    assert official.titles == [title]


def test_a_clerk_alone_is_no_office(extractor):
    assert extractor.extract("The Clerk, Mr. John Doe, said no.").officials == [] or \
        all(not o.titles for o in extractor.extract("The Clerk, Mr. John Doe, said no.").officials)


@pytest.mark.parametrize("text, person", [
    ("The Prime Minister thanked Chairman Nakamura Kenji of the Keidanren for the business mission.\n", "Nakamura Kenji"),
    ("Minister Park welcomed Chairman Lee Soo-hyun of the Federation of Korean Industries. Thank you, Chairman Lee, "
     "for your support.\n", "Lee Soo-hyun"),
    ("Honourable Chairwoman Ana Torres of the Lima Chamber of Commerce,\nExcellencies,\n", "Ana Torres"),
    ("The leaders were welcomed by Mr. Klaus Weber, Chairman of the Asia-Pacific Committee of German Business.\n",
     "Klaus Weber"),
])
def test_a_body_of_business_after_the_name_makes_no_official(extractor, text, person):
    names = {o.name for o in extractor.extract(text).officials}
    assert not any(person.split()[0] in n for n in names)


def test_a_public_body_after_the_name_keeps_the_official(extractor):
    names = {o.name for o in extractor.extract("The minister met Chairman Zhao Wenjun of the National Development "
                                                "and Reform Commission.\n").officials}
    assert "Zhao Wenjun" in names


def test_the_high_representative_vice_president_is_one_office(extractor):
    text = ("BRUSSELS, 21 May 2025 - The meeting was co-chaired by the High Representative/Vice-President, Maria "
            "Lindholm, and by the Minister of External Relations of Angola.\n")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Maria Lindholm"].titles == ["High Representative/Vice-President"]
    assert got["Maria Lindholm"].country is None


def test_general_director_is_one_office(extractor):
    got = {o.name: o.titles for o in extractor.extract("Signed by Mr. Tran Van Son, General Director, Voice of Viet Nam.\n").officials}
    assert got["Tran Van Son"] == ["General Director"]


@pytest.mark.parametrize("text, name, title", [
    ("Wang Jun, a member of the Political Bureau of the CPC Central Committee, said China supports the talks.\n",
     "Wang Jun", "member of the Political Bureau of the CPC Central Committee"),
    ("Khalid Al-Harbi, Minister of State, member of the Council of Ministers and National Security Advisor, said so.\n",
     "Khalid Al-Harbi", "member of the Council of Ministers"),
])
def test_membership_of_a_partys_bureau_or_a_council_of_ministers_is_an_office(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in got[name]


def test_an_office_set_after_one_name_then_joined_before_another_is_the_first_ones(extractor):
    text = ("1. At the invitation of His Royal Highness Prince Faisal bin Khalid, Crown Prince and Prime Minister of the "
            "Kingdom of Saudi Arabia, H.E. Mr. SATO Kenji, Prime Minister of Japan, paid an official visit.\n\n2. His Royal "
            "Highness the Crown Prince and Prime Minister Sato held talks at Al-Salam Palace in Jeddah.\n")
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got["SATO Kenji"] == ["Prime Minister"]


@pytest.mark.parametrize("text, name, title", [
    ("The state visit by His Majesty the Emperor Emeritus Akihito and Her Majesty the Empress Emerita in 2017.\n",
     "Akihito", "Emperor Emeritus"),
])
def test_a_retired_monarchs_style_is_one_office(extractor, text, name, title):
    got = {o.name: o.titles for o in extractor.extract(text).officials}
    assert got == {name: [title]}


def test_my_right_honourable_friend_names_nobody(extractor):
    got = {o.name for o in extractor.extract("The Foreign Secretary, my Rt Hon Friend the Member for Braintree, "
                                             "has spoken to the ministers.\n").officials}
    assert "Friend" not in got


def test_kazakhstans_leader_of_the_nation_is_an_office_before_the_name(extractor):
    text = ("Astana, 12 June 2019\n\nThey praised the policy pursued under the leadership of the First President "
            "of Kazakhstan – Elbasy Nursultan Nazarbayev.")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Nursultan Nazarbayev"].titles == ["First President", "Elbasy"]
    assert got["Nursultan Nazarbayev"].country == "KAZ"


def test_a_ships_commanding_officer_before_the_rank_and_name(extractor):
    text = "Yokosuka, 6 September 2021\n\nHe was welcomed by the carrier's Commanding Officer, Captain Angus Reid."
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Angus Reid"].titles == ["Commanding Officer", "Captain"]


@pytest.mark.parametrize("text, name, title", [
    ("He met the Marshal of the Sejm Ewa Nowicka in Warsaw.", "Ewa Nowicka", "Marshal of the Sejm"),
    ("He met Marshal of the Lubuskie Voivodeship Jan Kowalczyk in Zielona Gora.", "Jan Kowalczyk",
     "Marshal of the Lubuskie Voivodeship"),
    ("Flowers were laid where Marshal Adam Zielinski is buried.", "Adam Zielinski", "Marshal"),
])
def test_marshal_heads_an_office(text, name, title):
    import dialogue_extract as de

    officials = {o.name: o.titles for o in de.extract(text).officials}
    assert title in officials.get(name, [])


def test_an_envoys_posting_after_its_participle():
    import dialogue_extract as de

    text = ("Also present were Foreign Minister Kwame Boateng and Ghana's Ambassador accredited to Togo, "
            "H.E. Kojo Asante-Mensah.")
    got = {o.name: o for o in de.extract(text).officials}
    assert got["Kojo Asante-Mensah"].titles == ["Ambassador accredited to Togo"]
    assert got["Kojo Asante-Mensah"].country == "GHA"
