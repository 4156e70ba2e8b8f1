"""Which officials serve an international body and which serve a state accredited to one."""
from __future__ import annotations

import pytest

import dialogue_extract
from dialogue_extract.pipeline.components.officials import accredited_to_body, serves_international_body


@pytest.mark.parametrize("title, expected", [
    ("Head of Mission to the European Union", False),
    ("Permanent Representative to the African Union", False),
    ("Ambassador to ASEAN", False),
    ("Ambassador for the Pacific Islands Forum", False),
    ("Head of the Mission of Armenia to the EU", False),
    ("Head of the EU Delegation to India", True),
    ("Special Representative of the UN Secretary-General to Somalia", True),
    ("Special Adviser to the UN Secretary-General", True),
    ("Commissioner for Political Affairs, Peace and Security", False),
    ("Chairperson of the African Union Commission", True),
])
def test_serves_international_body(title, expected):
    assert serves_international_body(title) is expected


def test_state_envoy_to_a_body_keeps_the_state():
    text = ("Brussels, 9 October 2025\n\nThe High Representative, Helena Virtanen, met the Foreign Minister of "
            "Kenya, Joseph Karanja. Kenya was also represented by its Ambassador to Belgium and Head of "
            "Mission to the European Union, Grace Wanjiru Otieno.\n")
    res = dialogue_extract.extract(text)
    got = {o.name: o.country for o in res.officials}
    assert got.get("Grace Wanjiru Otieno") == "KEN"


@pytest.mark.parametrize("text, name, expected", [
    ("GENEVA, Aug 14 (Wire) - Talks on a ceasefire stalled on Thursday.\n\nSudan's army-backed government did not "
     "send a delegation. Its Foreign Minister, Hassan Osman Idris, said the talks ignored the country's institutions.\n",
     "Hassan Osman Idris", "SDN"),
    ("VIENNA, May 2 (Wire) - Negotiators met again on Friday.\n\nThe Iranian government rejected the draft. Its "
     "Deputy Foreign Minister, Reza Kamali, called it unbalanced.\n", "Reza Kamali", "IRN"),
])
def test_its_official_serves_the_state_of_the_sentence_before(text, name, expected):
    got = {o.name: o.country for o in dialogue_extract.extract(text).officials}
    assert got.get(name) == expected


@pytest.mark.parametrize("title, expected", [
    ("Ambassador for ASEAN", True),
    ("Permanent Representative to the United Nations", True),
    ("Ambassador for Climate Change", False),
    ("Ambassador to Japan", False),
    ("Secretary-General of ASEAN", False),
])
def test_accredited_to_body(title, expected):
    assert accredited_to_body(title) is expected


def test_an_envoy_for_a_body_is_given_the_release_home_state():
    text = ("Wellington, 4 June 2025\n\nThe Minister met Pacific leaders in Wellington. Ms Aroha Tipene-Ngata, "
            "Ambassador for the Pacific Islands Forum, briefed them on the Forum's work.\n")
    got = {o.name: o.country for o in dialogue_extract.extract(text).officials}
    assert got.get("Aroha Tipene-Ngata") == "NZL"


@pytest.mark.parametrize("office, name", [
    ("Executive Director of UN-Habitat", "Mariela Ocampo"),
    ("Commissioner-General of UNRWA", "Henrik Lund"),
    ("Secretary-General of the International Maritime Organization", "Tomasz Wrona"),
    ("President of the African Development Bank", "Kwame Asante"),
    ("Director-General of IRENA", "Anjali Rao"),
    ("Secretary-General of the Trilateral Cooperation Secretariat", "Kim Tae-woo"),
    ("Executive Secretary of the Community of Portuguese Language Countries", "Rui Matos"),
])
def test_staff_of_an_international_body_serve_no_state(office, name):
    # the heads of UN agencies, development banks and regional secretariats, met on a visit, serve
    # none of the two states of the release
    text = ("Seoul, 4 June 2026\n\nMinister of Foreign Affairs Park Ji-hoon met the " + office + ", " + name
            + ", who is visiting Korea, and the Foreign Minister of Chile, Luis Prado.\n")
    got = {o.name: o for o in dialogue_extract.extract(text).officials}
    assert got[name].country is None and got[name].organization is not None


@pytest.mark.parametrize("text", [
    # an office only a company has, beside one a company may have: a company's officer
    "Tokyo - Mr. Kenji Ishida, President and CEO, Hinode Electronics Corporation, signed the memorandum.",
    "Tokyo - Mr. Kenji Ishida, President and CEO of Hinode Electronics Corporation, signed the memorandum.",
    # a university's office
    "Melbourne - At RMIT University, Professor Helen Carrow, Deputy Vice-Chancellor (International), "
    "showed the Ambassador the new centre.",
])
def test_officers_of_companies_and_universities_are_no_officials(text):
    assert dialogue_extract.extract(text).officials == []


@pytest.mark.parametrize("text, name", [
    ("Accra - President and Commander-in-Chief Kofi Mensah met the delegation.", "Kofi Mensah"),
    ("Berlin - Vice-Chancellor Robert Lindner met the minister.", "Robert Lindner"),
])
def test_public_offices_beside_them_stay(text, name):
    assert [o.name for o in dialogue_extract.extract(text).officials] == [name]


@pytest.mark.parametrize("text", [
    # an office of a body of trade, in apposition, even with a form of address of office
    "Muscat - The talks were attended by Shri Harish Chandra Pillai, Chairman, Federation of Indian Export "
    "Organisations.",
    # "the chamber" named in the sentence before
    "Madrid - The minister met companies at a breakfast hosted by the Spain-Indonesia Chamber of Commerce. "
    "\"Our members are keen,\" said Javier Olmedo Castrillo, president of the chamber.",
])
def test_officers_of_bodies_of_trade_are_no_officials(text):
    assert dialogue_extract.extract(text).officials == []


def test_the_president_of_a_chamber_of_parliament_stays():
    text = ("Madrid - The delegation visited the Chamber of Deputies. Later, Mr. Luis Ortega, President of the "
            "Chamber, received the minister.")
    assert [o.name for o in dialogue_extract.extract(text).officials] == ["Luis Ortega"]


@pytest.mark.parametrize("text, expected", [
    # "Chief (Mrs.)": a Nigerian form of address, no office
    ("Lagos - Also speaking, the President of the Lagos Chamber of Commerce and Industry (LCCI), Chief (Mrs.) "
     "Folasade Adeyemi-Bello, said the business community welcomed the deal.", {}),
    ("Abuja - The Minister of Trade, Chief (Dr.) Emeka Obi, received the delegation.", {"Emeka Obi": ["Minister of Trade"]}),
])
def test_a_form_of_address_in_brackets_after_chief(text, expected):
    assert {o.name: o.titles for o in dialogue_extract.extract(text).officials} == expected


def test_the_officer_of_a_company_named_by_its_initials():
    text = ("New Delhi - 3. Memorandum of Understanding between NPCI International Payments Limited (NIPL) and the "
            "State Bank of Viet Nam\n   Signed by:\n   Indian side: Ms. Ritika Sabharwal, Chief Executive Officer, NIPL\n"
            "   Vietnamese side: Mr. Doan Minh Khue, Deputy Governor, State Bank of Viet Nam\n")
    assert [o.name for o in dialogue_extract.extract(text).officials] == ["Doan Minh Khue"]


@pytest.mark.parametrize("text, name, code", [
    # a state's leader holding an international body's rotating chair serves the state
    ("Nairobi, 3 May 2025. President Daniel Kiptoo, Chairperson of the East African Community, spoke with "
     "President Amani Juma of Tanzania.", "Daniel Kiptoo", "KEN"),
    ("Dakar, 3 May 2025. President Ousmane Ba, Chairperson of the African Union, received the Prime Minister "
     "of Japan.", "Ousmane Ba", "SEN"),
])
def test_a_leader_holding_a_bodys_rotating_chair_serves_the_state(text, name, code):
    got = {o.name: o for o in dialogue_extract.extract(text).officials}
    assert got[name].country == code


def test_a_bodys_president_named_again_by_the_bare_office_stays_its_staff():
    text = ("Brussels, 3 May 2025. Anna Keller, President of the European Commission, met the Prime Minister of "
            "Japan. President Keller said the talks went well.")
    got = {o.name: o for o in dialogue_extract.extract(text).officials}
    assert got["Anna Keller"].country is None


def test_the_head_of_the_world_bank_group_serves_no_state():
    text = ("Abuja, 10 September 2023\n\nThe President also exchanged views with the President of the World "
            "Bank Group, Mr. Tunde Bello, on concessional financing.")
    got = {o.name: o for o in dialogue_extract.extract(text).officials}
    assert got["Tunde Bello"].titles == ["President of the World Bank Group"] and got["Tunde Bello"].country is None


@pytest.mark.parametrize("text, name", [
    ("Riyadh, 3 May 2026\n\nThe forum brought together business leaders from both countries, including Orion "
     "Motors Executive Chairman Park Min-ho and Daewon Steel President Kim Ha-eun.", "Park Min-ho"),
    ("Tokyo, 3 May 2026\n\nThe President met Japanese business leaders led by Keidanren Chairman SATO Ken.", "SATO Ken"),
    ("Nairobi, 3 May 2026\n\nThe roundtable was moderated by Kenya Private Sector Alliance (KEPSA) Chief Executive "
     "Mary Wanjiru.", "Mary Wanjiru"),
])
def test_officers_of_companies_and_business_bodies_are_no_officials(text, name):
    assert name not in {o.name for o in dialogue_extract.extract(text).officials}


def test_a_minister_leading_business_leaders_stays_an_official():
    text = ("Riyadh, 3 May 2026\n\nThe business leaders were led by Minister of Investment Khalid Al-Amri, who "
            "opened the forum.")
    assert "Khalid Al-Amri" in {o.name for o in dialogue_extract.extract(text).officials}
