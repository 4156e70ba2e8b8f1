"""The person recogniser: names are taken only where a title, honorific or counterpart vouches."""
from __future__ import annotations

import pytest


def persons(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.de_person_info.anchor if s._.de_person_info else None) for s in doc.spans["persons"]]


def names(nlp, text):
    return [t for t, _ in persons(nlp, text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("First Vice Foreign Minister Han Min-ho met the delegation.", "Han Min-ho"),
        ("External Affairs Minister (EAM) Dr. R. Venkatesh spoke.", "R. Venkatesh"),
        ("Secretary (West) Anand Prakash Mehta called on the minister.", "Anand Prakash Mehta"),
        ("Foreign Minister Nguyễn Văn Thắng arrived in Delhi.", "Nguyễn Văn Thắng"),
        ("Prime Minister Sheikh Rashida welcomed the guests.", "Rashida"),
        ("Crown Prince Khalid bin Faisal Al Thani received him.", "Khalid bin Faisal Al Thani"),
        ("Minister for Foreign Affairs SATO Kenji held talks.", "SATO Kenji"),
    ],
)
def test_title_before_name(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize(
    "text, found",
    [
        # a one-word name after a title with a complement, written again elsewhere: a name
        ("They hosted Indonesian Minister for Foreign Affairs Sugiono for lunch. Minister Sugiono thanked them.",
         True),
        ("Minister of Home Affairs Tito spoke first. Later Tito met the press.", True),
        # a word titles are made of: the title ran on, even when the text repeats it
        ("The Minister of Defence and Military Production received him. Production rose.", False),
        ("Minister of Foreign Aﬀairs met them. Aﬀairs of state were discussed.", False),
        # written only once, but before its clause's verb: a name
        ("Indonesian Minister for Foreign Affairs Sugiono arrived.", True),
        # written once and followed by more of the portfolio: no evidence it is a name
        ("Indonesian Minister for Foreign Affairs Sugiono and Trade arrived.", False),
    ],
)
def test_one_word_name_after_a_title_with_a_complement(nlp, text, found):
    got = names(nlp, text)
    assert any(len(n.split()) == 1 for n in got) == found, got


@pytest.mark.parametrize(
    "text, name",
    [
        ("A. R. Pillai, Secretary of the Ministry of External Affairs, led the side.", "A. R. Pillai"),
        ("Maria Helena Souza, the Brazilian Ambassador to India, said so.", "Maria Helena Souza"),
        ("The talks with Mr. Ren Tanaka, who is Japan's Sherpa, went well.", "Ren Tanaka"),
        ("Enrique P. Salazar, Jr., Secretary for Foreign Affairs, attended.", "Enrique P. Salazar, Jr."),
        ("Smt. Kavita Rao (MoS) led the delegation.", "Kavita Rao"),
        # an ordinal or 'founding' between the comma and a past office ("the first President of ...")
        ("Ahmed Ben Bella, the first President of Algeria, visited Delhi.", "Ahmed Ben Bella"),
        ("Julius Nyerere, the founding President of Tanzania, was remembered.", "Julius Nyerere"),
        ("Kofi Busia, the second Prime Minister of Ghana, wrote on it.", "Kofi Busia"),
    ],
)
def test_name_before_title(nlp, text, name):
    assert name in names(nlp, text)


def test_title_comma_name(nlp):
    text = "On Saturday, the Spanish Ambassador to India, Carlos Vidal, said the visit went well."
    assert "Carlos Vidal" in names(nlp, text)


def test_speaker_label(nlp):
    text = "Official Spokesperson, Shri Tarun Bose: Good afternoon.\nQuestion: Will he travel? (Ravi K., Daily News)"
    found = names(nlp, text)
    assert "Tarun Bose" in found and not any("Ravi" in n for n in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("He met H.E. Jean-Luc Moreau in Paris.", "Jean-Luc Moreau"),
        ("Talks were held with Dato' Razak Bin Hamid Yusof.", "Razak Bin Hamid Yusof"),
        ("The minister received Tan Sri Lim Boon Heng.", "Lim Boon Heng"),
        ("The Foreign Minister, YB Dato' Seri Diraja Dr. Rahim Abd Hamid, was present.", "Rahim Abd Hamid"),
        # Khmer and Swahili forms of address for heads of government and elder statesmen
        ("The delegation called on Samdech Heng Samrin in Phnom Penh.", "Heng Samrin"),
        ("The minister called on Samdech Moha Borvor Thipadei SAR Kheng in Phnom Penh.", "SAR Kheng"),
        # an Indian officer's decorations after the name are no part of it
        ("The Chief of the Air Staff, Air Chief Marshal AP Singh PVSM AVSM VM ADC, reviewed the parade.", "AP Singh"),
        # an engineer's abbreviation written without its stop inside a Chinese name is a word of it
        ("He met Minister for Defence Ng Eng Hen in Singapore.", "Ng Eng Hen"),
        ("A wreath was laid in memory of Mzee Ali Hassan Mwinyi.", "Ali Hassan Mwinyi"),
    ],
)
def test_honorific_anchors(nlp, text, name):
    assert name in names(nlp, text)


def test_counterpart_anchors(nlp):
    text = "Minister Ana Ruiz met her counterpart, Piotr Nowak. Later, Lena Berg, his Swedish counterpart, spoke."
    found = names(nlp, text)
    assert "Piotr Nowak" in found and "Lena Berg" in found


def test_bare_mentions_follow_anchored_names(nlp):
    text = "Foreign Minister Omar Haddad met the press. Haddad said talks were useful. Haddad's aide agreed."
    found = persons(nlp, text)
    assert found[0] == ("Omar Haddad", "title_before")
    assert [a for t, a in found[1:]] == ["bare", "bare"]


def test_unanchored_people_are_not_found(nlp):
    text = "By Priya Menon\n\nThe Foreign Minister met Rahul Verma, a businessman. Reporter Sam Lee filed this."
    assert names(nlp, text) == []


def test_bare_part_of_another_full_name_is_skipped(nlp):
    text = "Foreign Minister Paul Girard spoke. Paul Dubois, a banker, listened."
    assert "Paul" not in names(nlp, text)


def test_headline_names_end_at_unused_words(nlp):
    text = "EAM Venkatesh Meets Haddad Ahead of Talks\n\nExternal Affairs Minister R. Venkatesh met Foreign Minister Omar Haddad."
    found = names(nlp, text)
    assert "Venkatesh" in found and not any("Meets" in n for n in found)


def test_acronyms_are_not_names(nlp):
    text = "In addition to the JWGT, Secretary Menon met the delegation."
    assert names(nlp, text) == ["Menon"]


def test_comment_section_yields_no_person(nlp):
    text = "Foreign Minister Omar Haddad spoke.\n\nReader comments\n\nSecretary Nadia K\nGood talks."
    assert names(nlp, text) == ["Omar Haddad"]


def test_capitalised_family_name_alone_after_a_title(nlp):
    assert names(nlp, "Prime Minister ISHIDA met the press. ISHIDA said ties matter.") == ["ISHIDA", "ISHIDA"]


def test_all_capitals_headline_is_not_a_name(nlp):
    assert names(nlp, "EAM VENKATESH MEETS SAUDI FM IN RIYADH") == []


def test_a_place_opening_a_sentence_is_not_a_name(nlp):
    assert names(nlp, "In Seoul, the Foreign Minister said talks went well.") == []
    assert names(nlp, "After Paris, the Prime Minister flew home.") == []


def test_title_at_the_end_of_a_long_appositive(nlp):
    text = ("He met H.E. Mr. Zhou Kai, Member of the Political Bureau of the CPC Central Committee "
            "and Minister of Foreign Affairs of China, in Delhi.")
    doc = nlp(text)
    (person,) = [s for s in doc.spans["persons"] if s.text == "Zhou Kai"]
    assert [doc[a:b].text for a, b in person._.de_person_info.titles] == [
        "Member of the Political Bureau of the CPC Central Committee", "Minister of Foreign Affairs"]


def test_a_vocative_before_a_title_is_not_its_holder(nlp):
    text = "Official Spokesperson, Shri Tarun Bose: Rohan, the EAM is expected to travel on Monday."
    assert names(nlp, text) == ["Tarun Bose"]


def test_a_title_that_runs_on_is_not_followed_by_a_one_word_name(nlp):
    assert names(nlp, "The Minister of Defence and Space Production spoke.") == []


def test_name_after_the_body_a_title_belongs_to(nlp):
    text = ("The delegation included Deputy Minister of Health Trần Thu Hà, Vice Chairman of the "
            "Đà Nẵng People's Committee Phan Văn Lợi, and Ambassador Lê Minh.")
    doc = nlp(text)
    found = {s.text: [doc[a:b].text for a, b in s._.de_person_info.titles] for s in doc.spans["persons"]}
    assert found["Trần Thu Hà"] == ["Deputy Minister of Health"]
    assert found["Phan Văn Lợi"] == ["Vice Chairman"]


def test_video_teasers_are_page_furniture(nlp):
    text = "Foreign Minister Ana Ruiz spoke.\n\nVIDEO: Opposition MP Ravi Kant slams the budget (02:14)\n"
    assert names(nlp, text) == ["Ana Ruiz"]


def test_headline_word_used_nowhere_else_is_no_name(nlp):
    text = "Qatari, Moroccan Foreign Minister Review Relations\n\nDoha: Foreign Minister Sara Benali met him."
    assert "Review" not in names(nlp, text)


def test_coordinated_titles_before_the_next_name_are_not_the_previous_persons(nlp):
    text = ("At the invitation of Foreign Minister Lin Hao, Deputy Prime Minister and Minister of Foreign "
            "Affairs of the Kingdom of Cambodia Sok Vanna will visit China.")
    doc = nlp(text)
    found = {s.text: [doc[a:b].text for a, b in s._.de_person_info.titles] for s in doc.spans["persons"]}
    assert found["Lin Hao"] == ["Foreign Minister"]


def test_two_letter_honorific(nlp):
    text = "The Minister of Foreign Affairs of Malaysia, YB Dato' Seri Faizal Hakim bin Osman, received him."
    assert names(nlp, text) == ["Faizal Hakim bin Osman"]


@pytest.mark.parametrize("hon", ["Ms.", "Ms", "Mrs.", "Mr.", "Dr.", "Hon.", "Smt."])
def test_honorific_with_or_without_its_dot(nlp, hon):
    text = f"The Peruvian Foreign Minister, {hon} Quispe, said the talks went well."
    assert names(nlp, text) == ["Quispe"]


def test_long_arabic_name_with_several_particles(nlp):
    text = "H.H. Sheikh Saif bin Rashid bin Hamad Al Marri, the Amir's Personal Representative, met him."
    assert names(nlp, text) == ["Saif bin Rashid bin Hamad Al Marri"]


def test_list_after_a_plural_office(nlp, extractor):
    text = "A meeting of the two foreign ministers, Penny Ashe and Ratna Kusuma, followed. Leaders of industry came."
    assert names(nlp, text) == ["Penny Ashe", "Ratna Kusuma"]
    assert [o.titles for o in extractor.extract(text).officials] == [["Foreign Minister"], ["Foreign Minister"]]


@pytest.mark.parametrize("text, expected", [
    ("The Ministers of Foreign Affairs, Mr. Arief Wicaksono and Mr. Hakan Ozturk, met on Monday.",
     [("Arief Wicaksono", ["Minister of Foreign Affairs"]), ("Hakan Ozturk", ["Minister of Foreign Affairs"])]),
    ("The Ministers for Trade and Industry, Lea Vogt of Austria and Omar Saleh of Jordan, signed it.",
     [("Lea Vogt", ["Minister for Trade and Industry"]), ("Omar Saleh", ["Minister for Trade and Industry"])]),
    ("The two foreign ministers, Ana Ruiz of Chile and Piotr Nowak of Poland, met.",
     [("Ana Ruiz", ["Foreign Minister"]), ("Piotr Nowak", ["Foreign Minister"])]),
])
def test_plural_office_with_its_portfolio_or_states(extractor, text, expected):
    got = [(o.name, o.titles) for o in extractor.extract(text).officials]
    for name, titles in expected:
        assert (name, titles) in got, got


@pytest.mark.parametrize("text, name", [
    ("Ministry of Foreign Affairs\n\nWeekly Press Briefing by the Spokesperson of the Ministry, Ambassador Tuncay Keskin"
     "\n\nAnkara, 11 June 2026\n\nA: Good afternoon.", "Tuncay Keskin"),
    ("Media Briefing by the Spokesperson of DIRCO, Mr Sipho Ndlovu-Mabaso, on Current International Developments"
     "\n\nPretoria, 20 August 2026\n\nGood morning.", "Sipho Ndlovu-Mabaso"),
])
def test_a_headline_appositive_names_its_holder(nlp, text, name):
    assert name in names(nlp, text)


def test_a_headline_name_the_release_never_uses_again_is_still_cut(nlp):
    text = "Foreign Minister Meets Trade Envoy Of Japan Today\n\nThe two discussed trade."
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, name", [
    ("The Syrian Foreign Minister Hassan Khaled al-Omari was in Ankara.", "Hassan Khaled al-Omari"),
    ("President Abdel Fattah el-Sisi received him.", "Abdel Fattah el-Sisi"),
])
def test_a_particle_hyphenated_to_the_family_name_is_part_of_it(nlp, text, name):
    assert names(nlp, text) == [name]


@pytest.mark.parametrize("text, name, title", [
    ("Speech by Hon. Wanjiru Mwangi, EGH, Cabinet Secretary for Foreign and Diaspora Affairs, at the Forum.",
     "Wanjiru Mwangi", "Cabinet Secretary for Foreign and Diaspora Affairs"),
    ("The talks were led by Dame Jane Roe, DBE, Minister of State for Trade, in London.", "Jane Roe",
     "Minister of State for Trade"),
    ("Officials present: Ms Jan Whitcombe PSM, Secretary, Department of Foreign Affairs and Trade, and others.",
     "Jan Whitcombe", "Secretary"),
])
def test_post_nominals_set_off_by_commas(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in officials[name], officials


@pytest.mark.parametrize("text", [
    "He met the Georgian Ambassador in New Delhi, Mr. Levan Beridze, on Monday.",
    "I thank your Ambassador here in Tbilisi, Levan Beridze, for his work.",
])
def test_locative_before_the_comma(nlp, text):
    assert names(nlp, text) == ["Levan Beridze"]


def test_a_question_line_is_not_a_headline(nlp):
    text = "Kenji Sato, Kyodo News: Is Japanese Foreign Minister Yuko Mori expected in Delhi for the Strategic Dialogue?\n\nAnswer: Yes."
    assert "Yuko Mori" in names(nlp, text)


def test_a_hard_wrapped_paragraph_line_is_not_a_headline(nlp):
    text = ("New Delhi, March 3\n\nSecretary (East) A. R. Pillai met Han Min-ho, First Vice Foreign Minister\n"
            "of the Republic of Korea, on March 2-3.")
    assert names(nlp, text) == ["A. R. Pillai", "Han Min-ho"]


def test_headline_under_a_menu_line(nlp):
    text = "World | Diplomacy\nEAM Venkatesh Meets Haddad Ahead of Talks\nBy PTI\n\nEAM R. Venkatesh met Omar Haddad."
    assert not any("Meets" in n for n in names(nlp, text))


@pytest.mark.parametrize("text, name", [
    ("I welcome Ms Jan Whitcombe, Secretary of the department, and officers.", "Jan Whitcombe"),
    ("Officials included the Secretary, Ms Jan Whitcombe, and others.", "Jan Whitcombe"),
    ("Trade Minister June Ellery arrived in Jakarta.", "June Ellery"),
    ("He met Foreign Secretary Md. Jashim Uddin Chowdhury in Dhaka.", "Md. Jashim Uddin Chowdhury"),
    ("The Deputy Minister, Mohd Razali Ismail, spoke.", "Mohd Razali Ismail"),
])
def test_month_and_abbreviated_given_names_open_a_name(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("Foreign Minister Kato arrived on Jan 5 in Seoul.", "Jan"),
    ("The talks held in May Prime Minister Sato attended were useful.", "May Prime"),
])
def test_months_before_a_number_or_a_title_are_no_names(nlp, text, absent):
    assert not any(n.startswith(absent) for n in names(nlp, text))


@pytest.mark.parametrize(
    "text, name, not_title",
    [
        # an office that is also a given name, after a plain form of address, opens the name
        ("He met Mr. Amir Hossein Karimi, Director General for Gulf Affairs, in Tehran.", "Amir Hossein Karimi", "Amir"),
        ("Also present was Dr. Sultan Al-Harbi, Director of Protocol.", "Sultan Al-Harbi", "Sultan"),
        # the second word of a compound given name
        ("He said Transport Minister Abdul Amir Hasani had approved the plan.", "Abdul Amir Hasani", "Amir"),
        ("The Governor, Abdel Sultan Rahimi, opened the fair.", "Abdel Sultan Rahimi", "Sultan"),
    ],
)
def test_office_words_that_are_given_names(nlp, text, name, not_title):
    doc = nlp(text)
    assert name in [s.text for s in doc.spans["persons"]]
    official = [o for o in __import__("dialogue_extract").extract(text).officials if o.name == name]
    assert official and not_title not in official[0].titles


@pytest.mark.parametrize(
    "text, name",
    [
        ("Emir Tamim bin Hamad received him.", "Tamim bin Hamad"),  # a title before a lineage name
        ("Mr. President Carter spoke.", "Carter"),  # an office that is no given name stays a title
    ],
)
def test_office_words_before_names_stay_titles(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("He met his counterpart, Mr. Cho Hyun, in Seoul.", "Cho Hyun"),
        ("When my predecessor, Ibu Dewi Lestari Santoso, opened the Dialogue, she spoke.", "Dewi Lestari Santoso"),
        ("His successor, Bapak Agus Wirawan, took office in May.", "Agus Wirawan"),
    ],
)
def test_counterparts_and_predecessors_with_a_form_of_address(nlp, text, name):
    ex = __import__("dialogue_extract").extract(text)
    assert name in [o.name for o in ex.officials]


@pytest.mark.parametrize("text, name", [
    ("Bapak Anis Rahman, Deputy Minister for Foreign Affairs, spoke.", "Anis Rahman"),
    ("Ibu Sri Wahyuni, Minister of Finance, spoke.", "Sri Wahyuni"),
    ("I have asked Pak Budi Santoso, Minister of Trade, to lead.", "Budi Santoso"),
])
def test_indonesian_forms_of_address_stay_out_of_names(nlp, text, name):
    ex = __import__("dialogue_extract").extract(text)
    assert name in [o.name for o in ex.officials]


@pytest.mark.parametrize("text, name", [
    ("Ato Tesfaye Alemu, State Minister of Finance, received the delegation.", "Tesfaye Alemu"),
    ("The Ambassador, Weizero Meron Haile, presented her credentials.", "Meron Haile"),
])
def test_amharic_forms_of_address_stay_out_of_names(nlp, text, name):
    ex = __import__("dialogue_extract").extract(text)
    official = next(o for o in ex.officials if o.name == name)
    assert official.country == "ETH" and [m.text for m in official.mentions] == [name]


@pytest.mark.parametrize("text, mentions", [
    ("Secretary of Foreign Affairs Juan Ramón de la Fuente Ramírez came. Secretary de la Fuente spoke. "
     "De la Fuente said so.", ["de la Fuente", "De la Fuente"]),
    ("Prime Minister Mark van der Berg spoke. Later Van der Berg left.", ["Van der Berg"]),
])
def test_family_names_keep_their_particles(nlp, text, mentions):
    found = names(nlp, text)
    assert all(m in found for m in mentions)


def test_a_title_and_a_comma_list_of_portfolios(nlp):
    ex = __import__("dialogue_extract").extract(
        "The Minister of Foreign Affairs, European Union and Cooperation, José Luis Ortega Vidal, spoke.")
    (o,) = ex.officials
    assert o.name == "José Luis Ortega Vidal"
    assert o.titles == ["Minister of Foreign Affairs, European Union and Cooperation"]


@pytest.mark.parametrize("text, name", [
    # a body's name ends before ", and": the next item of the sentence is a person
    ("Present were Daw Hnin Aye, Permanent Secretary of the Ministry of Foreign Affairs, and U Zaw Min Oo, "
     "Director-General of the Political Department.", "Zaw Min Oo"),
    # a family name that is also a common word, after a form of address
    ("the visit of the Deputy Minister of Foreign Affairs, Mr. Do Thanh Binh, to Yangon.", "Do Thanh Binh"),
    # a unit's name ending the phrase stays whole in the title
    ("Mr. Anan Boonma, Director-General of the Department of International Organizations, spoke.", "Anan Boonma"),
])
def test_names_after_bodies_and_units(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize("text, people", [
    # "TITLE NAME and TITLE NAME": a body's name inside the first title ends before the second one
    ("The talks were attended by Director of the First Department of CIS Countries Pavel Ivanovich Orlov "
     "and Ambassador of Kazakhstan to Russia Nurlan Abenov.", ["Pavel Ivanovich Orlov", "Nurlan Abenov"]),
    ("It was attended by Director-General of the Department of African Affairs Wu Peng and "
     "Chinese Ambassador to India Zhou Ping.", ["Wu Peng", "Zhou Ping"]),
])
def test_title_name_lists_through_bodies(nlp, text, people):
    ex = __import__("dialogue_extract").extract(text)
    assert [o.name for o in ex.officials] == people
    assert not any("and" in t.split() for o in ex.officials for t in o.titles)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Signatories:\nLaila Haddad Mourad, Minister of Energy\nTomas Eriksen Vold, Minister of Fisheries\n"
         "Kofi Mensah Boateng, Minister of Health\n",
         {"Laila Haddad Mourad": "Minister of Energy", "Tomas Eriksen Vold": "Minister of Fisheries",
          "Kofi Mensah Boateng": "Minister of Health"}),
        ("1.\nAgreement on Transport\nDr. Laila Haddad Mourad, Minister of Transport\nMr. Tomas Eriksen Vold, Ambassador\n",
         {"Laila Haddad Mourad": "Minister of Transport", "Tomas Eriksen Vold": "Ambassador"}),
    ],
)
def test_a_title_ending_its_line_after_a_name_is_that_names(text, expected):
    """'NAME, TITLE' lines one under another (a signatories column): the title closing a line is
    the name's before it on that line, not a title before the name on the next line."""
    import dialogue_extract
    got = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    for name, title in expected.items():
        assert got.get(name) == [title], got


def test_a_title_after_our_own_introduces_the_name_after_its_comma(nlp):
    text = "I thank the Minister and our own Ambassador, Ruth Pemberton-Hale, for the visit."
    assert "Ruth Pemberton-Hale" in names(nlp, text)


@pytest.mark.parametrize("text", [
    "Foreign Minister Receives Sudanese Leadership Delegation",
    "Prime Minister Meets Business Leaders in Mumbai",
    "Fifth Foreign Secretary Level Consultations Held in Dhaka",
    "Shri Alok Vasava, Vice Chairman and Chief Executive Officer of the Maritime Board, attended.",
])
def test_headline_verbs_and_office_nouns_are_no_names(nlp, text):
    assert not any(w in n for n in names(nlp, text) for w in ("Receives", "Meets", "Level", "Consultations", "Officer"))


@pytest.mark.parametrize("text, name, title", [
    ("On 6 October the Prime Minister of Papua New Guinea, the Hon. Jonathan Kaupa MP, signed the treaty.",
     "Jonathan Kaupa", "Prime Minister"),
    ("Last week the Minister for Defence Industry, the Hon Patrick Wellesley MP, met him.",
     "Patrick Wellesley", "Minister for Defence Industry"),
    ("He thanked the Minister for Trade, the Rt Hon Jane Roe, for her work.", "Jane Roe", "Minister for Trade"),
    ("The talks were led by the Minister for Finance, Senator the Hon Mark Dalby, in Canberra.", "Mark Dalby",
     "Minister for Finance"),
])
def test_a_small_the_before_a_form_of_address_after_the_comma(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in officials[name], officials


@pytest.mark.parametrize("text, name, title", [
    ("The matter was raised by the AFP Commissioner, Krissy Barrowcliffe, in Honiara.", "Krissy Barrowcliffe",
     "Commissioner"),
    ("He met the Refugee Relief and Repatriation Commissioner, Mohammed Mizanur Rahaman, in Dhaka.",
     "Mohammed Mizanur Rahaman", "Commissioner"),
])
def test_a_body_named_before_the_office_after_a_determiner(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in officials[name], officials


def test_a_title_before_the_comma_is_not_a_body_name():
    text = "Later in the day, the Deputy Secretary General, Sofia Marinescu, met the Minister."
    import dialogue_extract
    officials = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    assert "General" not in officials.get("Sofia Marinescu", []), officials


def test_headquarters_is_no_name(nlp):
    text = ("Secretary General welcomes Prime Minister of Finland to NATO Headquarters\n\n"
            "The Prime Minister of Finland, Mikael Lehtonen, visited NATO Headquarters.")
    assert "Headquarters" not in names(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Hon. (Dr.) Wilberforce Ochieng Odundo (Ugenya, ODM): Hon. Speaker, I beg to ask the Cabinet Secretary.",
     "Wilberforce Ochieng Odundo"),
    ("The Cabinet Secretary thanked Hon. (Eng.) Peter Kiprono Langat for the question.", "Peter Kiprono Langat"),
])
def test_a_bracketed_form_of_address_after_another(extractor, text, name):
    assert name in [o.name for o in extractor.extract(text).officials]


@pytest.mark.parametrize("text, expected", [
    # a month's short form inside a name, before another name word
    ("Ambassador Mr Lim Jun Wei presented his credentials.", ["Lim Jun Wei"]),
    ("Minister Park met him on Jun 5.", ["Park"]),
    # the verb of a headline with a plural subject, and the Diwan (a court, an office), are no names
    ("Gulf Foreign Ministers Meet in Muscat\n\nForeign Minister Ali Hassan opened the session.", ["Ali Hassan"]),
    ("The meeting was held at the Ministry's General Diwan. Minister Ali Hassan chaired it.", ["Ali Hassan"]),
])
def test_calendar_words_headline_verbs_and_offices_in_names(extractor, text, expected):
    assert [o.name for o in extractor.extract(text, reference_date="2025-07-01").officials] == expected


@pytest.mark.parametrize("line", [
    "Senator the Hon Ada Brennan, Minister for Trade and Tourism",
    "The Hon Ada Brennan MP, Minister for Trade and Tourism",
    "H.E. Ada Brennan, Minister for Trade and Tourism",
])
def test_a_masthead_line_with_a_formal_address_is_no_headline(extractor, line):
    text = f"Media release\n\n{line}\n\n9 February 2026\n\nToday I will travel to the region for talks."
    assert [o.name for o in extractor.extract(text).officials] == ["Ada Brennan"]


@pytest.mark.parametrize("text, expected", [
    # the headline of a speech, remarks or an interview introduces its speaker
    ("Speech by Federal Foreign Minister Greta Lindner at the Asia Society\n\nJakarta, 12 May\n\n"
     "Excellencies, I am glad to be here.", [("Greta Lindner", "DEU")]),
    ("Keynote Address by Secretary Lena Ortiz, Ministry of Trade\n\nGood morning to you all.", [("Lena Ortiz", None)]),
    # a headline's verb is no part of the name before it
    ("Minister Vogt Praises the Role of Youth\n\nThe minister spoke at length.", []),
    # behind forms of address, and in any headline where small words go on after the name
    ("Remarks by Foreign Minister Dr. Ravi Menon at the Trade Forum, Jakarta\n\nExcellencies, good morning.",
     [("Ravi Menon", None)]),
    ("Joint Statement on the State Visit of President Amadou Diallo to the Republic of Korea\n\n"
     "The two leaders met in Seoul.", [("Amadou Diallo", None)]),
    # a form of address that is an office ("Ambassador"), or one that vouches, after the opener's "by"
    ("Consulate General\n\nRemarks by Ambassador Teodora Vlasceanu at the Europe Day Reception in Chennai\n\n"
     "Dear friends, welcome.", [("Teodora Vlasceanu", None)]),
    ("Press Information Bureau\n\nInaugural Address by Shri Harish Chandra Pant, Minister of Textiles, at the "
     "Handloom Expo\n\nNew Delhi, 3 March\n\nFriends, good morning.", [("Harish Chandra Pant", "IND")]),
])
def test_the_speaker_a_headline_introduces(extractor, text, expected):
    got = [(o.name, o.country) for o in extractor.extract(text).officials]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (name, code), (_n, country) in zip(expected, got):
        assert code is None or country == code


@pytest.mark.parametrize("text, name", [
    ("The Minister of State, Shri Tapan Kumar Das, said so.", "Tapan Kumar Das"),
    ("ANSWER\nTHE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS\n(SHRI MANAS RANJAN DAS)\n", "Manas Ranjan Das"),
    ("Ambassador Maria das Dores Lima met Minister Joost Van, who said so.", "Maria das Dores Lima"),
])
def test_a_capitalised_particle_ending_a_name_is_its_family_name(nlp, text, name):
    ex = __import__("dialogue_extract").extract(text)
    assert name in [o.name for o in ex.officials]


@pytest.mark.parametrize("text, name, titles", [
    ("The Chair of the Council of Ministers, Hon. Rosa Timas, opened the session.", "Rosa Timas",
     ["Chair of the Council of Ministers"]),
    ("The Secretary of the Cabinet of Ministers, Mr. Paulo Semedo, read the report.", "Paulo Semedo",
     ["Secretary of the Cabinet of Ministers"]),
    ("The two foreign ministers, Ana Ruiz and Piotr Nowak, met in Warsaw.", "Piotr Nowak", ["Foreign Minister"]),
])
def test_a_plural_office_names_a_list_only_outside_a_title(nlp, text, name, titles):
    ex = __import__("dialogue_extract").extract(text)
    assert next(o for o in ex.officials if o.name == name).titles == titles


@pytest.mark.parametrize("text, name, mentions", [
    ("The Prime Minister of Portugal, Luís Montenegro, met Sánchez. Montenegro said so.",
     "Luís Montenegro", {"Luís Montenegro", "Montenegro"}),
    ("Foreign Minister Ayman Jordan received the envoy in Amman, Jordan.", "Ayman Jordan", {"Ayman Jordan"}),
])
def test_a_family_name_that_is_a_country_name(nlp, text, name, mentions):
    ex = __import__("dialogue_extract").extract(text)
    official = next(o for o in ex.officials if o.name == name)
    assert {m.text for m in official.mentions} == mentions


@pytest.mark.parametrize("text, names", [
    ("Present were Minister for Trade Tan Wei Ming, Senior Minister of State for Health Aisha Rahim, and others.",
     ["Tan Wei Ming", "Aisha Rahim"]),
    ("Ambassador Emilio S. Navarro, Jr., met Minister Ana Cruz.", ["Emilio S. Navarro, Jr.", "Ana Cruz"]),
])
def test_a_generational_suffix_after_a_comma_is_no_office_word(nlp, text, names):
    ex = __import__("dialogue_extract").extract(text)
    assert [o.name for o in ex.officials] == names


@pytest.mark.parametrize("text, name", [
    ("Secretary-General of the Ministry of Home Affairs Datuk Nor Hisham Ahmad attended.", "Nor Hisham Ahmad"),
    ("Ambassador Nor Aishah Rahman presented her credentials.", "Nor Aishah Rahman"),
])
def test_a_malay_given_name_that_is_a_conjunction(nlp, text, name):
    ex = __import__("dialogue_extract").extract(text)
    assert [o.name for o in ex.officials] == [name]


def test_nor_opening_a_sentence_is_no_name(nlp):
    ex = __import__("dialogue_extract").extract("Nor did the Ambassador comment. Neither side spoke.")
    assert ex.officials == []


@pytest.mark.parametrize(
    "text",
    ["1 | Protocol on a Joint Task Force on Counter-Terrorism | Joint Secretary (Security), Ministry of Home Affairs",
     "2 | Agreement on Community Projects | Director General, Ministry of Foreign Affairs",
     "3 | Memorandum on Terrorism | Under Secretary, Department of Justice"],
)
def test_a_documents_field_words_before_a_title_cell_are_no_name(text):
    import dialogue_extract
    assert not dialogue_extract.extract(text).officials


@pytest.mark.parametrize("text, name", [
    ("The delegation called on General Secretary To Van Hai in Hanoi.", "To Van Hai"),
    ("He was received by Deputy Minister Do Van Thanh.", "Do Van Thanh"),
    ("Ambassador Jan van Dijk presented his credentials.", "Jan van Dijk"),
])
def test_a_common_word_given_name_before_a_particle(nlp, text, name):
    ex = __import__("dialogue_extract").extract(text)
    assert [o.name for o in ex.officials] == [name]


def test_one_word_names_in_a_list_of_offices(nlp):
    ex = __import__("dialogue_extract").extract(
        "The President was accompanied by Minister of Trade Hartono, Minister of Manpower Suharti, "
        "and Minister of Primary and Secondary Education Abdul Rahim.")
    assert [(o.name, o.titles) for o in ex.officials] == [
        ("Hartono", ["Minister of Trade"]), ("Suharti", ["Minister of Manpower"]),
        ("Abdul Rahim", ["Minister of Primary and Secondary Education"])]


def test_a_list_of_offices_without_names_names_nobody(nlp):
    ex = __import__("dialogue_extract").extract(
        "The delegation included the Minister of Defence, Minister of Trade and Industry, and Minister of Finance.")
    assert ex.officials == []


@pytest.mark.parametrize("text, name, mentions", [
    ("The Minister of State, Baroness Smith of Basildon, met the envoy. Baroness Smith said so.",
     "Baroness Smith of Basildon", ["Baroness Smith of Basildon", "Smith"]),
    ("Lord Browne of Ladyton, Minister for Defence Procurement, spoke.", "Lord Browne of Ladyton",
     ["Lord Browne of Ladyton"]),
    # a given name before the family name, read leftwards from the office after it
    ("The minister met Lord Imran Malik of Putney, Minister of State for Asia.", "Lord Imran Malik of Putney",
     ["Lord Imran Malik of Putney"]),
    # a Tongan noble's title, no designation: the form of address stays out of the name
    ("He called on the Speaker of the Legislative Assembly, Lord Tangitau.", "Tangitau", ["Tangitau"]),
])
def test_a_peer_is_named_with_the_designation(extractor, text, name, mentions):
    got = {o.name: o for o in extractor.extract(text).officials}
    assert [m.text for m in got[name].mentions] == mentions


def test_a_peers_label_over_a_written_question_is_a_member(extractor):
    text = ("Question for Foreign, Commonwealth and Development Office\n\nBaroness Evans of Rhyl:\nTo ask His "
            "Majesty's Government what support they give Ghana.\n\nAnswered on 2 May 2026\nLord Browne of "
            "Ladyton:\n\nThe Minister of State met the Foreign Minister of Ghana, Kofi Mensah.")
    names = {o.name for o in extractor.extract(text).officials}
    assert {"Baroness Evans of Rhyl", "Lord Browne of Ladyton", "Kofi Mensah"} <= names


def test_an_oral_question_debate_names_its_peers_by_their_lines(extractor):
    text = ("Ghana: Trade\nVolume 851: debated on Tuesday 2 June 2026\n\nAsked by Lord Pryce of Conwy\n\nTo ask His "
            "Majesty's Government what steps they are taking on trade with Ghana.\n\nThe Minister of State, Foreign "
            "Office (Baroness Ellis of Tring) (Lab)\n\nMy Lords, we are working with Ghana.\n\nLord Pryce of Conwy "
            "(CB)\n\nMy Lords, I thank the Minister.\n\nBaroness Adeyemi of Hackney (LD)\n\nMy Lords, will she act?")
    names = {o.name for o in extractor.extract(text).officials}
    assert {"Lord Pryce of Conwy", "Baroness Ellis of Tring", "Baroness Adeyemi of Hackney"} <= names


def test_a_numbered_oral_question_names_its_asker(extractor):
    text = ("QUESTIONS FOR ORAL ANSWERS\n\n12. *Mr. Kamran Aziz Bhatti:\n\nWill the Minister for Foreign Affairs "
            "be pleased to state the MoUs signed with Oman?\n\nMinister for Foreign Affairs: Pakistan and Oman signed two MoUs.")
    assert "Kamran Aziz Bhatti" in {o.name for o in extractor.extract(text).officials}


@pytest.mark.parametrize("text, absent", [
    # sentence adverbs of a speech before its vocative are no names
    ("Finally, Mr. President, my delegation thanks the Bureau.", "Finally"),
    ("Lastly, Madam Chair, we support the draft resolution.", "Lastly"),
    ("Secondly, Excellency, the Minister raised the matter of visas.", "Secondly"),
    # a session of an assembly is no person
    ("STATEMENT AT THE GENERAL DEBATE OF THE SIXTY-NINTH SESSION", "DEBATE"),
])
def test_speech_openers_are_no_names(nlp, text, absent):
    assert not any(absent.lower() in n.lower() for n in names(nlp, text)), names(nlp, text)



@pytest.mark.parametrize("text,place,name", [
    # a long headline ending on a name or an office is joined to the dateline under it: the place
    # and the date after it are no part of a name, nor a name after the office
    ("Republic of Korea Ministry of Foreign Affairs\nTranscript of the Weekly Press Briefing by Spokesperson "
     "Ambassador Lena Park\nSeoul, 10 September 2026\n\nAmbassador Lena Park: Welcome. The Minister met his "
     "counterpart in Seoul in March.", "Seoul", "Lena Park"),
    ("Joint press conference of the Korean Foreign Minister and the Deputy Prime Minister and Foreign Minister "
     "of Peru\nSeoul, April 15, 2026\n\nMinister of Foreign Affairs Cho Hyun and Deputy Prime Minister and "
     "Foreign Minister Elmer Schialer held a joint press conference at the Ministry in Seoul.", "Seoul", "Cho Hyun"),
])
def test_a_dateline_under_a_headline_is_no_part_of_a_name(text, place, name):
    import dialogue_extract as de
    found = [n for o in de.extract(text).officials for n in [o.name, *o.aliases]]
    assert name in found and not any(place in n for n in found)


@pytest.mark.parametrize("text", [
    "COMMITTEE REPORT NO. 12\n(2026 General Appropriations Bill)\n\nThe Senate resumed its debate.",
    "The Supplementary Estimates were tabled by the committee.",
])
def test_the_names_of_budget_bills_are_no_names(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text, members", [
    ("RAJYA SABHA\n\nSTARRED QUESTION NO. 77\n\nMR. CHAIRMAN: Question 77.\n\nDR. MEERA DAS NAIR: Sir, how many "
     "workers went to Japan?\n\nPROF. R. K. VERMA: Sir, what of Korea?", {"Meera Das Nair", "R. K. Verma"}),
    ("Hansard\n\nThe Speaker: Order.\n\nMs. Jane Roe (Ind): Will the Minister say more on Ghana?", {"Jane Roe"}),
])
def test_a_turn_label_in_a_chambers_own_record_names_a_member(extractor, text, members):
    names = {o.name for o in extractor.extract(text).officials}
    assert members <= names and not any("Chairman" in n or "Speaker" in n for n in names)


def test_a_turn_label_outside_a_chambers_record_is_not_taken_for_a_member(extractor):
    text = "Department Press Briefing\n\nDR. MEERA DAS NAIR: Thank you. Any questions?\n\nQUESTION: Yes."
    assert "Meera Das Nair" not in {o.name for o in extractor.extract(text).officials}


@pytest.mark.parametrize("text", [
    "King Salman received the envoy. Later they toured the King Salman International Airport.",
    "Sultan Haitham received the envoy. Later they opened the Sultan Haitham National Convention Centre.",
])
def test_a_place_named_after_a_person_is_no_mention_of_them(extractor, text):
    (official,) = extractor.extract(text).officials
    assert len(official.mentions) == 1


@pytest.mark.parametrize("text, expected", [
    # the French form of address before a given name and a family name in capitals
    ("Dakar, 3 May 2026. President M. Ousmane DIALLO received M. Aliou BA, Minister of Trade.",
     {"Ousmane DIALLO": ["President"], "Aliou BA": ["Minister of Trade"]}),
    # (a run of capitals the recognition view recases: the mention keeps the caller's capitals)
    ("Yaoundé, 3 May 2026. M. Jean-Pierre MBALLA MBALLA, Minister of Trade, attended.",
     {"Jean-Pierre Mballa Mballa": ["Minister of Trade"]}),
    # an initial before names written as usual stays one
    ("New Delhi, 3 May 2026. Vice President M. Venkaiah Naidu met Minister M. Nurtleu.",
     {"M. Venkaiah Naidu": ["Vice President"], "M. Nurtleu": ["Minister"]}),
])
def test_the_french_form_of_address_is_no_initial(extractor, text, expected):
    got = {o.name: o for o in extractor.extract(text).officials}
    assert {name: got[name].titles for name in expected if name in got} == expected
    for name in expected:
        assert all(not m.text.startswith("M. ") or name.startswith("M. ") for m in got[name].mentions)


@pytest.mark.parametrize("text, absent", [
    ("The minister toured HMS Queen Elizabeth in Yokosuka with Captain Angus Reid.", "Elizabeth"),
    ("The President visited INS Vikrant and met Admiral Ravi Kumar.", "Vikrant"),
])
def test_a_ships_name_after_its_prefix_is_no_person(extractor, text, absent):
    names = {o.name for o in extractor.extract("Tokyo, 6 September 2021\n\n" + text).officials}
    assert not any(absent in n for n in names) and len(names) == 1, names


def test_the_service_alone_at_the_top_names_the_home_state(extractor):
    text = ("Royal Navy\nHome | News | Operations\n\nJapanese minister tours carrier\n\n6 September 2021\n\nJapan's "
            "Minister of Defense Taro Sato toured the carrier in Yokosuka. Japan and Japan's forces trained with "
            "the group. Defence Secretary Ben Wallace said Japan is a close partner.")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert got["Ben Wallace"].country == "GBR"


@pytest.mark.parametrize("text, name", [
    ("Will Vice Premier Zhou He travel to Berlin again?", "Zhou He"),
    ("State Councilor Liu He and the visiting minister held talks.", "Liu He"),
])
def test_a_pronoun_that_is_a_given_name_after_a_family_name_written_first(text, name):
    import dialogue_extract as de

    assert name in [o.name for o in de.extract(text).officials]


@pytest.mark.parametrize("text, name", [
    # a country's other name that is also a given name, before a name word
    ("Foreign Secretary Bharat Raj Koirala led the delegation.", "Bharat Raj Koirala"),
    # a Malay form of address that is a syllable of a Burmese name, inside it
    ("Also present was General Aye Tun Naing, Chief of General Staff.", "Aye Tun Naing"),
    # a ruler's title that is a syllable of a Chinese name, between its words after "H.E."
    ("The MoU was signed by H.E. Tiong King Hua, Minister of Tourism.", "Tiong King Hua"),
])
def test_words_of_names_that_are_also_other_things(text, name):
    import dialogue_extract as de

    assert name in [o.name for o in de.extract(text).officials]


def test_senior_wrapped_before_its_office_is_no_suffix():
    import dialogue_extract as de

    text = ("1. MoU on river water\nShri Anil Mehra, Secretary,\nDepartment of Water Resources\n"
            "Mr. Rafiq Bin Hossain, Senior\nSecretary, Ministry of Water\nResources\n")
    assert not any("Senior" in o.name for o in de.extract(text).officials)
