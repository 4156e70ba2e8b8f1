"""Speeches given abroad: the place the header puts the speech in, the hosts its salutation
addresses, and the speaker's own envoy and head of state."""
from __future__ import annotations

import pytest

from dialogue_extract.people.offices import header_place


@pytest.mark.parametrize("head, code", [
    ("Address by the Minister at the Lecture 2026, Singapore\n\n", "SGP"),
    ("Speech of the Ambassador at the National Day Reception\n\nNairobi, 3 March 2026\n\n", "KEN"),
    ("Embassy of the Republic of Chile – Canberra\nNews\n\n", "AUS"),
    ("Embassy of Brazil in Hanoi\n\n", "VNM"),
    ("Speech by the Minister at the Strategic Dialogue – Abuja, August 26, 2025\n\n", "NGA"),
    ("Remarks at the Forum\n\n", None),
])
def test_the_place_a_header_puts_a_speech_in(head, code):
    assert header_place(head, {"Nairobi": "KEN", "Canberra": "AUS", "Hanoi": "VNM", "Abuja": "NGA"}) == code


def officials(extractor, text):
    return {o.name: o for o in extractor.extract(text).officials}


def test_the_hosts_and_the_speakers_own_envoy_in_a_salutation(extractor):
    text = ("Ministry of Foreign Affairs of Mongolia\n\n"
            "Remarks by the Minister of Foreign Affairs at the Mongolia-Kenya Business Forum\n\n"
            "Nairobi, 3 March 2026\n\n"
            "Honourable Wanjiru Kamau, Cabinet Secretary for Trade,\n"
            "High Commissioner Bat-Erdene Dorj,\n"
            "Ladies and gentlemen,\n\n"
            "It is an honour to open this forum. Mongolia and Kenya have much to gain from trade.")
    got = officials(extractor, text)
    assert got["Wanjiru Kamau"].country == "KEN"  # the hosts'
    assert got["Bat-Erdene Dorj"].country == "MNG"  # the speaker's own envoy, posted there


def test_a_head_of_state_the_speech_put_with_its_home_stays_there(extractor):
    text = ("Ministry of Foreign Affairs of the Republic of Uzbekistan\n\n"
            "Remarks by the Deputy Minister at the Uzbekistan-Hungary Forum\n\n"
            "Budapest, 4 June 2026\n\n"
            "Dear friends,\n\n"
            "Under the leadership of President Shavkat Mirziyoyev, Uzbekistan has opened its economy. "
            "Trade with Hungary doubled last year.\n\n"
            "The agreements reached by President Shavkat Mirziyoyev and President Tamás Sulyok guide our work.")
    got = officials(extractor, text)
    assert got["Shavkat Mirziyoyev"].country == "UZB"
    assert got["Tamás Sulyok"].country == "HUN"


@pytest.mark.parametrize("head", [
    "Remarks by H.E. Tomasz Wilk, Minister of Foreign Affairs of the Republic of Poland, at the Business Forum\n\n"
    "Hanoi, 2 April 2026\n\n",
    "Opening Statement by Tomasz Wilk, Minister of Foreign Affairs of Poland, Co-Chair of the Commission\n\n"
    "Hanoi, 2 April 2026\n\n",
])
def test_a_speech_is_its_speakers_states_release_wherever_it_was_given(extractor, head):
    text = (head + "Excellency Minister Nguyen Van Hai,\nLadies and gentlemen,\n\n"
            "With me today is Anna Kowalczyk, Deputy Minister of Agriculture. Poland and Viet Nam "
            "agreed to expand trade.")
    got = officials(extractor, text)
    assert got["Tomasz Wilk"].country == "POL"
    assert got["Anna Kowalczyk"].country == "POL"  # the speaker's own delegation, not the venue's
    assert got["Nguyen Van Hai"].country == "VNM"  # addressed as a host in the salutation


def test_the_speakers_own_officials_in_a_speech_at_home(extractor):
    text = ("Remarks by H.E. Rahmat Hidayat, President of the Republic of Indonesia, at the State Banquet\n\n"
            "Jakarta, 5 May 2026\n\n"
            "Your Excellency Lucía Paredes, President of the Republic of Peru,\n"
            "Excellencies, members of the diplomatic corps,\n"
            "Ladies and gentlemen,\n\n"
            "Peru and Indonesia are old friends. In 1961 President Ahmad Subagyo, the father of our "
            "diplomacy, was received in Lima by President Jorge Medina. I thank my Foreign Minister, "
            "Dewi Anggraini, and Ambassador Rosa Quispe, who has served Peru in Jakarta with devotion.")
    got = officials(extractor, text)
    assert got["Dewi Anggraini"].country == "IDN"
    assert got["Ahmad Subagyo"].country == "IDN"
    assert got["Jorge Medina"].country == "PER"  # received in the other state's capital
    assert got["Rosa Quispe"].country == "PER"  # "who has served Peru"


def test_a_salutation_line_may_hold_several_closers(extractor):
    text = ("Remarks by the Ambassador of Chile at the National Day Reception\n\n"
            "Seoul, 18 September 2026\n\n"
            "Honourable Park Ji-won, Deputy Minister of Trade,\n"
            "Your Excellencies, members of the diplomatic corps,\n"
            "Distinguished guests, ladies and gentlemen,\n\n"
            "Chile and Korea signed the first free trade agreement of Asia with Latin America.")
    assert officials(extractor, text)["Park Ji-won"].country == "KOR"


@pytest.mark.parametrize("generic", ["Your Excellencies, Ambassadors and High Commissioners,",
                                     "Heads of Mission, dear compatriots,", "My fellow Peruvians, dear friends,"])
def test_generic_addresses_of_an_embassys_reception_close_a_salutation(extractor, generic):
    text = ("Embassy of Peru in Australia\n\nSpeech by the Ambassador at the National Day reception\n"
            "Official Residence, Canberra\n\n"
            "Senator the Hon. Mary Lane, Minister for Trade,\n"
            f"{generic}\nLadies and gentlemen,\n\nWelcome to our home on this day of Peru.")
    assert officials(extractor, text)["Mary Lane"].country == "AUS"


def test_an_official_singled_out_after_the_state_thanked_serves_it(extractor):
    text = ("Bangkok, 3 March 2026\n\nThe Foreign Minister of Thailand said: \"I thank Singapore as chair, "
            "and especially Minister Tan Boon Huat, who has been a steady partner.\" Thailand and Singapore "
            "will meet again.")
    assert officials(extractor, text)["Tan Boon Huat"].country == "SGP"


def test_a_colleague_of_a_named_nationality_serves_that_state(extractor):
    text = ("Rabat, 4 May 2026\n\nThe Minister of Foreign Affairs of Morocco said he had discussed the "
            "corridor with his Senegalese colleague, Minister Awa Diagne Ndiaye, in Dakar.")
    assert officials(extractor, text)["Awa Diagne Ndiaye"].country == "SEN"


def test_the_officials_a_traveller_meets_after_arriving_are_the_hosts(extractor):
    text = ("Ministry of External Affairs\n\nSpecial Briefing on the Prime Minister's visit to Laos\nMarch 2, 2026\n\n"
            "Foreign Secretary: Prime Minister will emplane on the 4th and arrive in Vientiane the same evening. "
            "The next day he will hold talks with Prime Minister Sonexay Vongkham. He will call on President "
            "Bounmy Phommachanh and meet the Speaker, Khamla Sisavath. India and Laos will sign two agreements.")
    got = officials(extractor, text)
    assert got["Bounmy Phommachanh"].country == "LAO"


def test_the_speakers_own_envoy_with_a_posting_in_a_press_conference(extractor):
    text = ("Joint Press Conference of the Foreign Ministers of Qatar and Peru\nDoha, 3 March 2026\n\n"
            "MODERATOR: Welcome to the Minister of Foreign Affairs of Qatar, Khalid Al-Kuwari, and the Minister of "
            "Foreign Affairs of Peru, Ana Paredes Soto.\n\n"
            "MINISTER AL-KUWARI: Welcome to Doha, Minister Paredes.\n\n"
            "MINISTER PAREDES: Thank you. Peru will open an embassy in Doha. Until then, our Ambassador in "
            "Abu Dhabi, Rosa Huamán Quispe, remains accredited to Qatar.")
    got = officials(extractor, text)
    assert got["Rosa Huamán Quispe"].country == "PER"


@pytest.mark.parametrize("text, name, country", [
    # the body an office speaks for names its state
    ("Bangkok, 3 May 2026. Major General Chan Sovann, spokesman for Cambodia's Ministry of National Defence, "
     "said Thailand and Cambodia agreed.", "Chan Sovann", "KHM"),
    # a state's possession in the relative clause about the official met is no place of the meeting
    ("Riyadh, 3 May 2026. Later in the day, Foreign Minister Imran Qureshi of Pakistan called on Minister of "
     "Investment Saad Al-Harbi, who said investors were looking at Pakistan's farmland. Saudi Arabia and "
     "Pakistan agreed to meet.", "Saad Al-Harbi", "SAU"),
])
def test_what_names_the_state_of_an_official_met(extractor, text, name, country):
    assert officials(extractor, text)[name].country == country


def test_our_own_minister_in_a_speech_serves_the_speakers_state(extractor):
    text = ("Presidency of the Republic of Chile\n\nToast by the President at the State Banquet in honour of the "
            "King of Sweden\n\nSantiago, 4 May 2026\n\nYour Majesty,\nExcellencies,\n\nI wish to thank Ms Karin "
            "Lindqvist, Minister for Foreign Affairs, and our own Minister of Foreign Affairs, Tomás Reyes Lagos, "
            "for preparing this visit. Our Minister of Mining, Ana Soto Vidal, and His Excellency Erik Holm, "
            "Minister for Energy, have agreed to meet again in Stockholm. Sweden and Chile will cooperate.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Tomás Reyes Lagos"] == "CHL" and got["Ana Soto Vidal"] == "CHL"
    assert got["Erik Holm"] == "SWE"


@pytest.mark.parametrize("salutation", [
    "Honourable Dr. Grace Wambui, Principal Secretary for Trade,\nHonourable Peter Kiptoo, Cabinet Secretary for "
    "Energy,\nExcellencies, Heads of Mission and representatives of international organizations,\n",
    "Cabinet Secretary Peter Kiptoo, Principal Secretary Grace Wambui, distinguished guests, friends,\n",
])
def test_hosts_addressed_in_a_salutation_ended_by_a_longer_or_a_one_line_closer(extractor, salutation):
    text = ("Embassy of Chile in Kenya\n\nRemarks by the Ambassador at the National Day Reception\n\nLocation: "
            "Nairobi\n\n" + salutation + "\nIt is a joy to welcome you. Chile and Kenya are partners in trade.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Peter Kiptoo"] == "KEN" and got["Grace Wambui"] == "KEN"


def test_addresses_after_a_generic_line_up_to_the_line_that_closes_them(extractor):
    text = ("Embassy of Ghana in Canada\n\nRemarks by the High Commissioner at the Independence Day Reception\n\n"
            "Westin Hotel, Ottawa, 6 March 2026\n\nHon. Claire Dubois, Minister of Development;\n"
            "Excellencies, Members of the Diplomatic Corps;\nCouncillor Mark Ellison of the City of Ottawa;\n"
            "Friends, ladies and gentlemen:\n\nGood evening, and thank you for joining us tonight to mark the "
            "sixty-ninth anniversary of the independence of Ghana, which our forebears won in 1957.\n\nGhana and "
            "Canada have been friends ever since, and our people have built bridges of trade and learning.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Claire Dubois"] == "CAN" and got["Mark Ellison"] == "CAN"


def test_a_speech_headline_below_the_sites_menus_names_the_speakers_state(extractor):
    text = ("State House\nHome | Speeches | Media\n\nSPEECHES\n\nAddress by H.E. Joseph Kamau Mwangi, E.G.H., "
            "President of the Republic of Kenya, at the State Banquet hosted by the President of the Republic of "
            "Indonesia in Jakarta\n\nJakarta, 4 May 2026\n\nYour Excellency,\nExcellencies,\nLadies and gentlemen,\n\n"
            "I thank you for your welcome. Our Cabinet Secretary for Trade, Hon. Ruth Njeri Otieno, will lead "
            "exporters to Surabaya. Kenya and Indonesia will trade more.")
    got = {o.name: (o.country, o.titles) for o in extractor.extract(text).officials}
    assert got["Joseph Kamau Mwangi"] == ("KEN", ["President"])
    assert got["Ruth Njeri Otieno"][0] == "KEN"


def test_the_envoy_of_the_speakers_state_to_the_hosts_stays_the_speakers(extractor):
    text = ("Ministry of Trade of the Kingdom of Morocco\n\nSpeech by the Minister at the Business Forum\n\n"
            "Lima, 3 March 2026\n\nMr. Carlos Quispe Rojas, Vice Minister of Foreign Trade,\nMrs. Laila Bennani, "
            "Ambassador of His Majesty the King to the Republic of Peru,\nLadies and Gentlemen,\n\n"
            "Morocco and Peru can trade far more.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Carlos Quispe Rojas"] == "PER" and got["Laila Bennani"] == "MAR"


@pytest.mark.parametrize("masthead, host", [
    ("Embassy of the Republic of Korea in the United Mexican States\nHome > News > Remarks", "MEX"),
    ("Embaixada do Reino do Marrocos no Brasil\nInício · Notícias · Contato", "BRA"),
])
def test_an_embassys_masthead_in_any_form_puts_its_speech_among_its_hosts(extractor, masthead, host):
    text = (masthead + "\n\nToast by the Ambassador at the Reception\n\nUndersecretary for Trade Lucía Ortega Villa,\n"
            "General Raúl Medina Ruiz, of the Secretariat of Defense,\nDear colleagues of the diplomatic corps,\n"
            "Dear members of the Korean community,\n\nThank you for joining us this evening. Our two peoples have "
            "been friends for many decades, and our trade grows every year.")
    got = {o.name: o.country for o in extractor.extract(text).officials}
    assert got["Lucía Ortega Villa"] == host and got["Raúl Medina Ruiz"] == host


def test_the_one_the_speaker_was_received_by_abroad_is_a_host(extractor):
    text = ("Ministry of Foreign Affairs\n\n"
            "Speech by the Minister at the II Meeting of the Brazil–Nigeria Strategic Dialogue – Abuja, August 26, 2025\n\n"
            "Your Excellency Abubakar Danladi, Minister of Foreign Affairs of the Federal Republic of Nigeria,\n"
            "Honourable Minister of State, Mrs. Folake Adeyemi,\n"
            "Ladies and gentlemen,\n\n"
            "It is a joy to return to Abuja. Yesterday I had the privilege of being received by President Adekunle Ojo "
            "at the State House, and I conveyed to him the greetings of President Marcos Tavares. Brazil and Brazil's "
            "people admire Nigeria.")
    got = officials(extractor, text)
    assert got["Adekunle Ojo"].country == "NGA" and got["Folake Adeyemi"].country == "NGA"
    assert got["Marcos Tavares"].country == "BRA"
