"""Each anchor of the person finder alone, on a blank English pipeline holding only the
components it reads (titles need the countries and organisations before them), and the scan's
reentrancy: documents scanned interleaved give what they give one after the other."""
from __future__ import annotations

import pytest
import spacy

import dialogue_extract  # noqa: F401  (registers the factories)
from dialogue_extract.people import ANCHORS, Scan, bare_mentions, run_anchors

TITLES = ["de_countries", "de_organizations", "de_titles"]

# (anchor, components before de_persons, anchors run before it, text, name, anchor kind, title)
CASES = [
    ("name_under_title", TITLES, [], "The talks went well.\n\nThe Director of Communication of the Presidency\n"
     "Amadou Bocar Traoré\n", "Amadou Bocar Traoré", "title_before", "Director of Communication"),
    ("title_before_name", TITLES, [], "Second Vice Foreign Minister Han Seo-yeon arrived on Monday.",
     "Han Seo-yeon", "title_before", "Second Vice Foreign Minister"),
    ("title_before_name", TITLES, [], "External Affairs Minister (EAM) Dr. R. Venkatesh spoke.",
     "R. Venkatesh", "title_before", "External Affairs Minister"),
    ("title_before_name", TITLES, [], "The Minister for the Middle East (Rupert Alwyn)\nThe UK remains a donor.",
     "Rupert Alwyn", "title_before", "Minister for the Middle East"),
    ("title_before_name", TITLES, [], "Polish Ambassador to Ankara Jakub Wiśniewski-Zając attended.",
     "Jakub Wiśniewski-Zając", "title_before", "Ambassador"),
    ("title_before_name", TITLES, [], "He met the Ambassador in Nay Pyi Taw Kyaw Min Soe today.",
     "Kyaw Min Soe", "title_before", "Ambassador"),
    # the body an organisation list names, its short form in brackets after it
    ("title_before_name", TITLES, [], "He met Director of the Saudi Fund for Development (SFD) Faisal Al-Harbi today.",
     "Faisal Al-Harbi", "title_before", "Director"),
    ("title_before_name", TITLES, [], "He met Chief Executive Officer of the Saudi Fund for Development Faisal Al-Harbi.",
     "Faisal Al-Harbi", "title_before", "Chief Executive Officer"),
    ("title_before_name", TITLES, [], "The call was attended by Counsellor of the Indonesian Embassy Ibu Wahyuni.",
     "Wahyuni", "title_before", "Counsellor"),
    ("title_before_name", TITLES, [], "Director of the Thai Trade Centre Khun Siriporn opened it.",
     "Siriporn", "title_before", "Director"),
    ("stacked_titles", TITLES, ["title_before_name"], "The visit by Chairman of the State Council, Prime Minister "
     "of Laos General Somsak Vongsa ended.", "Somsak Vongsa", "title_before", "Chairman of the State Council"),
    ("name_before_title", TITLES, [], "P. Kumaran, Joint Secretary in the Ministry, led the talks.",
     "P. Kumaran", "title_after", "Joint Secretary"),
    ("name_before_title", TITLES, [], "Vikrant Sood, the Indian Ambassador, welcomed them.",
     "Vikrant Sood", "title_after", "Ambassador"),
    ("title_comma_name", TITLES, [], "He met the Italian Ambassador to India, Marco Benedetti, in Delhi.",
     "Marco Benedetti", "title_before", "Ambassador"),
    ("title_comma_name", TITLES, [], "Official Spokesperson, Shri Tarun Bose: Good afternoon.",
     "Tarun Bose", "title_before", "Official Spokesperson"),
    ("title_comma_name", TITLES, [], "The Minister received Foreign Minister of the Republic of Fiji, Natalino "
     "Pereira, at the Ministry.", "Natalino Pereira", "title_before", "Foreign Minister"),
    ("title_comma_name", TITLES, [], "He met the Commissioner for Enlargement, Marta Kos, today.",
     "Marta Kos", "title_before", "Commissioner"),
    ("title_comma_name", TITLES, [], "He met the Secretary of the PNG Department of Foreign Affairs, Elias Tamur, "
     "in Jakarta.", "Elias Tamur", "title_before", "Secretary"),
    ("title_comma_name", TITLES, [], "They called on the Executive Secretary of the Intergovernmental Authority on "
     "Development (IGAD), Dr. Ruth Abebe Kassa, to discuss it.", "Ruth Abebe Kassa", "title_before", "Executive Secretary"),
    ("honorific", [], [], "The talks were opened by H.E. Jean-Marc Le Floch yesterday.",
     "Jean-Marc Le Floch", "honorific", None),
    ("honorific", [], [], "Mr. Kenji Onodera thanked the hosts.", "Kenji Onodera", "honorific", None),
    ("title_under_name", TITLES, ["honorific"], "Participants:\nThe Hon Peter Marsh MP\nMinister for Trade\n",
     "Peter Marsh", "honorific", "Minister for Trade"),
    ("counterpart", [], [], "The minister met his counterpart, Cho Hyun, in Seoul.", "Cho Hyun", "counterpart", None),
    ("counterpart", ["de_countries"], [], "He spoke with Haruto Sasaki, his Japanese counterpart, on Friday.",
     "Haruto Sasaki", "counterpart", None),
    ("plural_office", [], [], "The two foreign ministers, Penny Ashe and Ratna Kusuma, met.",
     "Ratna Kusuma", "counterpart", None),
    ("call_partner", TITLES, [], "News\n\nMaxim Sergeyev had a telephone conversation with President of Kazakhstan "
     "Yerlan Ospanov.", "Maxim Sergeyev", "counterpart", None),
    ("member_line", [], [], "Oral Answers\n\n1. Helen Ashworth (Bristol North West) (Lab)\nWhat assessment he has made.",
     "Helen Ashworth", "honorific", None),
    ("member_line", [], [], "Sudan: Aid\n\nAsked by Helen Ashworth\n(Bristol North West)\n\nTo ask the Secretary of State, what.",
     "Helen Ashworth", "honorific", None),
    ("verb_title", TITLES, [], "Ingrid Vos, who heads the cybercrime centre, spoke.",
     "Ingrid Vos", "title_after", "heads"),
    ("verb_title", TITLES, [], "Tomas Berg, who now chairs the committee, spoke.",
     "Tomas Berg", "title_after", "chairs"),
    ("appointed_as", TITLES, [], "The cabinet appointed Lindiwe Mokoena, a former diplomat, as Special Envoy to the Sahel.",
     "Lindiwe Mokoena", "title_after", "Special Envoy"),
    ("appointed_as", TITLES, [], "Rashid Kamali has been named as Director General of the agency.",
     "Rashid Kamali", "title_after", "Director General"),
    ("appointed_as", TITLES, [], "The assembly elected Mrs. Ilona Varga as its President.",
     "Ilona Varga", "title_after", "President"),
    ("appointed_as", TITLES, [], "The Government of Kenya granted agrément to Luiz Ferraz as Ambassador of Brazil.",
     "Luiz Ferraz", "title_after", "Ambassador"),
    ("member_line", [], [], "Asked by Ms Helen Ashworth (Bristol North West)\nTo ask the Secretary of State, what.",
     "Helen Ashworth", "honorific", None),
    ("member_line", [], [], "Question No. 30112 (2026)\nPortfolio: Trade\nMember: Aroha Tipene-Clarke (Labour)\n"
     "Date lodged: 2/3/2026\n\nQuestion\nWhat trade missions are planned?", "Aroha Tipene-Clarke", "honorific", None),
    ("member_line", [], [], "QUESTION NO. 2210\n\n2210. Mr T J Botha-Venter (DA) to ask the Minister of Trade:\n",
     "T J Botha-Venter", "honorific", None),
    ("member_line", TITLES, [], "Answered on 3 May 2025\n\nAnswered by\nRupert Alwyn\nMinister of State (Foreign Office)\n\nThe UK remains a donor.",
     "Rupert Alwyn", "honorific", "Minister of State"),
    ("member_line", [], [], "Kenya: Elections\nDr Fiona Carrick-Bates:\n[30112]\nTo ask the Secretary of State, what "
     "discussions he has had.\n", "Fiona Carrick-Bates", "honorific", None),
    ("member_line", [], [], "Peru: Mining\nOwen Maddox: [30115]\nTo ask the Secretary of State, what steps he is "
     "taking.\n\nRuth North:\nWe support responsible mining.\n", "Ruth North", "honorific", None),
    ("member_line", [], [], "Chile: Trade\n\nAsked by: Moira Castleton\nLabour, Dunfermline\n\nTo ask the Secretary of "
     "State, what recent discussions he has had.", "Moira Castleton", "honorific", None),
    # the name on the line under the label, the party and the seat under it
    ("member_line", [], [], "Kenya: Defence\n\nAsked by:\nRhian Pryce-Edwards\nLabour - Cardiff East\n\nTo ask the "
     "Secretary of State, what recent discussions he has had.", "Rhian Pryce-Edwards", "honorific", None),
    ("member_line", TITLES, [], "Answered on 2 June 2025\n\nAnswered by: Rupert Alwyn\nMinister of State (Foreign Office)\n\n"
     "The UK remains a donor.", "Rupert Alwyn", "honorific", "Minister of State"),
    ("member_line", [], [], "Tuan Hafiz bin Mohd Noor [ Batu Pahat ] asks the MINISTER OF FOREIGN AFFAIRS to state the "
     "progress of talks.", "Hafiz bin Mohd Noor", "honorific", None),
    ("member_line", [], [], "Laos: Aid\nOwen Maddox:\n[30117]\nTo ask the Secretary of State, what funding\nhe has "
     "given.\n\nGareth Pryce:\nThe UK has given GBP 5 million.\n", "Gareth Pryce", "honorific", None),
]


def _pipeline(components: list[str], anchors: list[str]):
    nlp = spacy.blank("en")
    for name in components:
        nlp.add_pipe(name)
    nlp.add_pipe("de_persons", config={"anchors": anchors})
    return nlp


@pytest.mark.parametrize("anchor, components, before, text, name, kind, title", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_anchor_alone_on_a_blank_pipeline(anchor, components, before, text, name, kind, title):
    doc = _pipeline(components, before + [anchor])(text)
    found = {s.text: s._.de_person_info for s in doc.spans["persons"]}
    assert name in found, sorted(found)
    info = found[name]
    assert info.anchor == kind
    if title is not None:
        assert any(doc[s:e].text.startswith(title) for s, e in info.titles), info.titles
    # without the anchor, nothing vouches for the name (or gives it that title)
    without = _pipeline(components, before)(text)
    other = {s.text: s._.de_person_info for s in without.spans["persons"]}.get(name)
    assert other is None or (title is not None and not any(
        without[s:e].text.startswith(title) for s, e in other.titles))


def test_every_anchor_has_its_test():
    assert {c[0] for c in CASES} == set(ANCHORS)


def test_an_unknown_anchor_is_refused():
    with pytest.raises(ValueError, match="no anchor named"):
        _pipeline([], ["honourific"])


def test_bare_mentions_follow_the_anchored_names():
    doc = _pipeline([], ["honorific"])("Mr. Kenji Onodera spoke. Onodera said that Kenji was pleased.")
    assert [(s.text, s._.de_person_info.anchor) for s in doc.spans["persons"]] == [
        ("Kenji Onodera", "honorific"), ("Onodera", "bare"), ("Kenji", "bare")]


TEXTS = [
    "Foreign Minister Cho Hyun met H.E. Jean-Marc Le Floch. Cho thanked Le Floch.",
    "P. Kumaran, Joint Secretary, met his counterpart, Haruto Sasaki. Sasaki and Kumaran agreed.",
]


def _found(scan: Scan) -> tuple:
    return (sorted((k, v.anchor, tuple(v.titles), tuple(v.honorifics)) for k, v in scan.found.items()),
            bare_mentions(scan))


def test_scans_are_reentrant():
    """The component keeps no per-document state: two documents scanned interleaved (both scans
    built, then the anchors run on one and the other) give what each gives alone."""
    nlp = spacy.blank("en")
    for name in TITLES:
        nlp.add_pipe(name)
    persons = nlp.add_pipe("de_persons")
    docs = [nlp.make_doc(t) for t in TEXTS]
    for name, proc in nlp.pipeline[:-1]:
        docs = [proc(d) for d in docs]
    alone = [_found(run_anchors(persons.scan(d))) for d in docs]
    a, b = persons.scan(docs[0]), persons.scan(docs[1])
    for name in ANCHORS:  # the anchors of both documents one after the other
        run_anchors(a, [name])
        run_anchors(b, [name])
    assert [_found(a), _found(b)] == alone
    assert all(found for found, _bare in alone)
    assert [s.text for s in persons(docs[0]).spans["persons"]] == ["Cho Hyun", "Jean-Marc Le Floch", "Cho", "Le Floch"]


@pytest.mark.parametrize("text, name", [
    ("The President directed the Minister of Works, Chief Dave Umahi, to complete the road.", "Dave Umahi"),
    ("Chief Emeka Okafor, the Minister of Trade, led the delegation.", "Emeka Okafor"),
])
def test_chief_as_a_form_of_address_before_a_name(extractor, text, name):
    assert name in {o.name for o in extractor.extract(text).officials}


@pytest.mark.parametrize("text, name, title", [
    ("The next round will be held in Canberra.\n\n(Meenakshi Rao Iyengar)\nDirector (Pacific)\nNew Delhi\n"
     "9 June 2025\n", "Meenakshi Rao Iyengar", "Director (Pacific)"),
    ("Both sides agreed to meet again.\n\n(Harpreet Gill)\nJoint Secretary (Americas)\n", "Harpreet Gill",
     "Joint Secretary (Americas)"),
])
def test_a_signature_block_name_in_brackets_over_its_office(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in officials[name]


@pytest.mark.parametrize("text", [
    "Exports rose sharply (see Annex)\nMinister of Trade statement follows.\n",
    "The leaders met.\n(File Photo)\nMinister of Trade\n",
])
def test_a_bracketed_line_over_an_office_that_is_no_name_names_nobody(extractor, text):
    assert [o.name for o in extractor.extract(text).officials] == []


@pytest.mark.parametrize("text, name", [
    ("Unstarred Question No. 310\n\n310. SHRI P. K. MENON:\n     ADV. ROSHNI VARGHESE:\n\nWill the Minister of "
     "EXTERNAL AFFAIRS be pleased to state:\n", "ROSHNI VARGHESE"),
    ("The motion was moved by Adv. Thabo Mokoena of the Portfolio Committee.\n", None),
])
def test_advocate_is_a_form_of_address(extractor, text, name):
    got = {m.text for o in extractor.extract(text).officials for m in o.mentions}
    assert not any(m.startswith(("Adv", "ADV")) for m in got)
    if name:
        assert name in got


@pytest.mark.parametrize("text, name, title", [
    ("The President thanked the delegation for its visit.\n\nGarba Shehu\nSenior Special Assistant to the President\n"
     "(Media and Publicity)\n12 March 2025\n", "Garba Shehu", "Senior Special Assistant to the President"),
    ("The talks ended with a joint communique.\n\nAmina Yusuf\nDirector of Press\n3 June 2025\n", "Amina Yusuf",
     "Director of Press"),
])
def test_a_signature_block_bare_name_over_its_office(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in officials[name]


def test_the_component_in_threads_gives_what_it_gives_alone():
    from concurrent.futures import ThreadPoolExecutor

    nlp = spacy.blank("en")
    for name in TITLES:
        nlp.add_pipe(name)
    nlp.add_pipe("de_persons")
    def names(t):
        doc = nlp(t)
        return [s.text for s in doc.spans["persons"]]

    expected = [names(t) for t in TEXTS]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(names, TEXTS * 20))
    assert got == expected * 20


@pytest.mark.parametrize("text, name, title", [
    ("The envoy called on the Governor-General, His Excellency the Most Hon. Sir Howard Cooke, at King's House.",
     "Howard Cooke", "Governor-General"),
    ("The Prime Minister, the Most Honourable Portia Miller, opened the session.", "Portia Miller", "Prime Minister"),
    ("The Speaker, His Excellency the Hon. Dr. Kofi Mensah, welcomed the delegation.", "Kofi Mensah", "Speaker"),
])
def test_forms_of_address_chained_through_their_article(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in officials[name]


def test_each_office_of_a_list_keeps_its_holder_behind_senator_the_hon(extractor):
    # "TITLE, the Hon NAME MP, and TITLE, Senator the Hon NAME": the second office is the
    # senator's, not an appositive of the first holder
    text = ("Canberra's Minister for Trade, the Hon Daniel Reyes MP, and Minister for Finance, Senator the Hon "
            "Clare Dunmore, met the visiting delegation.")
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert officials["Daniel Reyes"] == ["Minister for Trade"]
    assert "Minister for Finance" in officials["Clare Dunmore"]


@pytest.mark.parametrize("text, name, titles", [
    ("Amman, March 3 (Petra) -- Minister of Industry, Karim Haddad, on Sunday received the visiting delegation.",
     "Karim Haddad", ["Minister of Industry"]),
    ("CAIRO, May 4 (MENA) - Deputy Prime Minister and Minister of Planning, Nabil Sorour, met the envoy.",
     "Nabil Sorour", ["Deputy Prime Minister", "Minister of Planning"]),
    ("Damascus, SANA- Deputy Prime Minister, Interior Minister Fares Haidar received the delegation.",
     "Fares Haidar", ["Deputy Prime Minister", "Interior Minister"]),
])
def test_an_office_and_its_holder_opening_the_sentence_after_a_dateline(extractor, text, name, titles):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert officials.get(name) == titles



def test_officials_leave_the_pipeline_as_typed_info_and_become_public_at_the_edge():
    import dialogue_extract as de
    from dialogue_extract.people import OfficialInfo
    from dialogue_extract.results import Official

    text = ("New Delhi, 3 March 2024\n\nExternal  Affairs Minister Dr. S. Jaishankar met his counterpart, "
            "Penny Wong. Wong was accompanied by H.E. Ms. Jane Roe.")
    ex = de.Extractor()
    doc = ex.nlp(ex.make_doc(text))
    infos = doc._.de_officials
    assert infos and all(isinstance(o, OfficialInfo) for o in infos)
    result = ex.to_extraction(doc)
    assert all(isinstance(o, Official) for o in result.officials)
    assert [o.name for o in result.officials] == [o.name for o in infos]
    for o in result.officials:  # mentions slice the caller's text (two spaces kept)
        assert all(text[m.start:m.end] == m.text for m in o.mentions)
    # the persons the resolver kept carry their official's id
    assert {s.kb_id_ for s in doc.spans["persons"]} == {o.id for o in infos}


@pytest.mark.parametrize("text", [
    "Han Seo-yeon met Dato' Sri Ali and O'Brien - the envoy - on 3-4 May; Jean-Marc Le Floch's aide ‐ Ann-",
    "-Lee ' Kim’s 'Ahn' Park-  Choi -",
])
def test_written_words_read_as_token_by_token(text):
    from dialogue_extract.people.grammar import GLOTTAL, JOINERS

    nlp = spacy.blank("en")
    persons = nlp.add_pipe("de_persons")
    scan = persons.scan(nlp(text))
    tv = scan.tv

    def unit_end(i):
        j = i + 1
        while j < tv.n and tv.glued(j - 1) and (tv.text(j) in JOINERS or tv.text(j - 1) in JOINERS):
            j += 1
        while j - 1 > i and tv.text(j - 1) in ("-", "‐"):
            j -= 1
        return j

    def unit_start(j):
        i = j - 1
        while i > 0 and tv.glued(i - 1) and (tv.text(i) in JOINERS or tv.text(i - 1) in JOINERS):
            i -= 1
        while i < j - 1 and tv.text(i) in JOINERS:
            if not (i > 0 and tv.glued(i - 1)) and tv.text(i) in GLOTTAL and tv.text(i + 1)[:1].isupper():
                break  # a name opening on its glottal stop keeps it ("'Ahn")
            i += 1
        return i

    assert [scan.unit_end(i) for i in range(tv.n)] == [unit_end(i) for i in range(tv.n)]
    assert [scan.unit_start(j) for j in range(1, tv.n + 1)] == [unit_start(j) for j in range(1, tv.n + 1)]
    assert scan.joins  # the text glues some words


@pytest.mark.parametrize("text, name", [
    # a family name said once after a title with a complement, before its clause's verb
    ("Will Secretary of Transportation Dunmore attend the launch?", "Dunmore"),
    ("Minister of Finance Adeyemi said the budget was ready.", "Adeyemi"),
])
def test_a_one_word_name_before_its_verb_after_a_title_with_a_complement(extractor, text, name):
    assert [o.name for o in extractor.extract(text).officials] == [name]


@pytest.mark.parametrize("text", [
    "The Minister of Defence and Military Production said so.",
    "Minister of Trade and Industry Development announced a plan.",
])
def test_a_title_that_runs_on_gives_no_one_word_name(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text, name, title", [
    ("Daily Press Briefing\nMinistry of Foreign Affairs, Lima, 4 June 2026\nSpokesperson: Carolina Vega Morales\n\n"
     "VEGA: Good afternoon. Let me begin with the visit of the Foreign Minister to Quito next week.",
     "Carolina Vega Morales", "Spokesperson"),
    ("Panel on maritime security, Colombo, 2 March 2026\n\nModerator: Ambassador Pieter de Wolf\n\n"
     "The panel heard from three navies about patrols in the Indian Ocean and the Bay of Bengal.",
     "Pieter de Wolf", "Ambassador"),
])
def test_office_label_and_name_alone_on_their_line(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in officials[name]


@pytest.mark.parametrize("text", [
    "MINISTER: Thank you all for coming\nSPOKESPERSON: Good Morning Friends\n",
    "Spokesperson: Visit To Be Announced Soon\n\nThe ministry said more details would follow.",
])
def test_office_label_before_speech_or_headline_names_nobody(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("text, absent, name, title", [
    # a document's name ending in capitalised words, then a cell holding an office: no person
    ("No. | Instrument | Signed by | Signed by\n"
     "1 | Protocol on Cooperation in Ocean Sciences and Polar Research | Director General, Department of Fisheries "
     "| Minister of Marine Affairs\n2 | MoU on Youth Affairs | Ms. Rhea Koll, Secretary | Mr. Ivo Stan, Ambassador\n",
     "Polar Research", "Rhea Koll", "Secretary"),
    ("S.No.\tDocument\tFirst side\tSecond side\n"
     "1.\tAgreement on Mutual Assistance in Customs Matters\tCommissioner of Customs\tShri A. Verghese, Consul General\n"
     "2.\tMoU on Archives\tMr. Pol Rendal, Chief Archivist\tDirector General of Archives\n",
     "Customs Matters", "A. Verghese", "Consul General"),
    # a cell holding only a name, then the office in the next cell: the name's
    ("No. | Name | Office\n3 | Mr. Lars Okonkwo-Berg | Deputy Minister of Trade\n4 | Ms. Ana Petrov | Ambassador\n",
     None, "Lars Okonkwo-Berg", "Deputy Minister of Trade"),
    ("Name\tDesignation\n(iv)\tMs. Tuulikki Rask\tPermanent Secretary\n(v)\tMr. Oskar Vale\tCounsellor\n",
     None, "Tuulikki Rask", "Permanent Secretary"),
    ("S.No. | Name | Designation\n1 | Hon. Sefa Owusu-Ansah | Deputy Minister of Energy\n2 | Mr. Kofi Lamptey | Director\n",
     None, "Sefa Owusu-Ansah", "Deputy Minister of Energy"),
    # "NAME MP, TITLE": a comma, not a cell, after the letters
    ("Jamaica\nThe Hon Dwayne Whitfield MP, Minister of Tourism and Culture\n", None, "Dwayne Whitfield",
     "Minister of Tourism and Culture"),
])
def test_a_name_before_an_office_in_the_next_cell_fills_its_cell(extractor, text, absent, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    if absent is not None:
        assert absent not in officials
    if name is not None:
        assert title in officials.get(name, []), officials


@pytest.mark.parametrize("text, name, title, organization", [
    # "TITLE, BODY, NAME" where the body's own name holds a comma
    ("Signed by the Secretary, Ministry of Labour, Employment and Social Security, Shri Ravindra Bhat.",
     "Ravindra Bhat", "Secretary", "Ministry of Labour, Employment and Social Security"),
    ("Joint Secretary, Department of Food, Public Distribution and Storage, Ms. Kavita Rao | Ambassador Jan Holm",
     "Kavita Rao", "Joint Secretary", "Department of Food, Public Distribution and Storage"),
])
def test_an_office_then_a_body_with_commas_then_the_name(extractor, text, name, title, organization):
    officials = {o.name: o for o in extractor.extract(text).officials}
    assert name in officials, sorted(officials)
    assert officials[name].titles == [title]
    assert officials[name].organization == organization


@pytest.mark.parametrize("text,name,titles", [
    ("The meeting was joined by Minister for Finance the Hon Kim Lowe, Minister for Health the Hon Dan Pike MP, and officials.",
     "Kim Lowe", ["Minister for Finance"]),
    ("Attending were Minister for Energy the Hon Ann Gale, Attorney-General the Hon Rob Hale MP, and staff.",
     "Ann Gale", ["Minister for Energy"]),
])
def test_post_nominal_letters_close_their_own_name_not_an_appositive_of_the_name_before(text, name, titles):
    got = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    assert got[name] == titles and not any("MP" in t for ts in got.values() for t in ts)


@pytest.mark.parametrize("text, name, titles, absent", [
    ("Prime Minister Ratu Tevita Lomaloma, MP, received the delegation in Suva.", "Tevita Lomaloma",
     ["Prime Minister"], "MP"),
    ("Thank you.\n\nMs Lindiwe Ngcobo, MP\nMinister of Home Affairs\nDate: 3 May 2025\n", "Lindiwe Ngcobo",
     ["Minister of Home Affairs"], "MP"),
    ("He met Jane Harrow, MP for Bristol North, in London.", "Jane Harrow", ["MP"], None),
    # in brackets, before the appositive office
    ("The Zambian delegation was led by Hon. Grace Mwale (MP), Minister of Commerce and Trade.", "Grace Mwale",
     ["Minister of Commerce and Trade"], "MP"),
    ("1. Hon. Peter Banda (MP) - Minister of Foreign Affairs\n2. Mr. Ali Phiri - Director of Protocol\n",
     "Peter Banda", ["Minister of Foreign Affairs"], "MP"),
])
def test_post_nominal_letters_set_off_by_a_comma_are_no_title(extractor, text, name, titles, absent):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert all(t in officials[name] for t in titles)
    if absent:
        assert absent not in officials[name]


@pytest.mark.parametrize("text", [
    "Senator ADAIR: Will the department brief us?\n\nMs Whitcombe: Certainly, Senator. We will.\n",
    "Senator ADAIR: And the budget?\n\nMr Hale: Absolutely, Senator. It rose.\n",
    "Mr HALE: Will it be ready?\n\nMs Tran: Sorry, Chair, I will take that on notice.\n",
])
def test_an_answer_word_before_a_vocative_office_is_no_name(extractor, text):
    names = {o.name for o in extractor.extract(text).officials}
    assert not names & {"Certainly", "Absolutely", "Sorry"}


@pytest.mark.parametrize("text,name", [
    # German and Nigerian post-nominals (a Bundestag member, a national honour) are no part of the name
    ("The delegation was received by the Minister of State at the Federal Foreign Office, Lena Kraus MdB.", "Lena Kraus"),
    ("Talks were held with the Parliamentary State Secretary at the Federal Ministry of Health, Tobias Lenz MdB, and others.", "Tobias Lenz"),
    ("The Minister of Finance, Mr. Wale Adebayo, OFR, signed the agreement.", "Wale Adebayo"),
])
def test_german_and_nigerian_post_nominals_are_no_part_of_the_name(text, name):
    got = [o.name for o in dialogue_extract.extract(text).officials]
    assert got == [name], got


@pytest.mark.parametrize("text,name,title", [
    # a second office held at the same time, in a relative clause
    ("Vice Minister Kim Hae-sun, who is concurrently Special Envoy for Climate Change, spoke.", "Kim Hae-sun",
     "Special Envoy for Climate Change"),
    ("Secretary Ana Cruz, who simultaneously serves as Chair of the National Security Council, presided.", "Ana Cruz",
     "Chair of the National Security Council"),
])
def test_an_office_held_concurrently_in_a_relative_clause(text, name, title):
    got = {o.name: o.titles for o in dialogue_extract.extract(text).officials}
    assert title in got.get(name, []), got


@pytest.mark.parametrize("text, holder, office, next_name", [
    # "NAME, the TITLE of X," restating NAME's own office is NAME's apposition, not the office of
    # the name after the comma
    ("Muscat - The Minister called on Sultan Haitham bin Tarik, the Sultan of Oman, H.E. Badr Albusaidi, "
     "Minister of Foreign Affairs, and senior officials.", "Haitham bin Tarik", "Sultan", "Badr Albusaidi"),
    ("Canberra - The delegation met Prime Minister Anthony Albanese, the Prime Minister of Australia, "
     "Senator the Hon Penny Wong, Minister for Foreign Affairs, and others.",
     "Anthony Albanese", "Prime Minister", "Penny Wong"),
])
def test_an_office_restated_after_its_holder_is_not_the_next_names(extractor, text, holder, office, next_name):
    officials = {o.name: o for o in extractor.extract(text).officials}
    assert office in officials[holder].titles
    assert office not in officials[next_name].titles


@pytest.mark.parametrize("text, name, title", [
    ("The Kenyan delegation included Kenya's Ambassador to Japan, who is also accredited to Korea, Ms. Ruth Wanjiru.",
     "Ruth Wanjiru", "Ambassador to Japan"),
    ("Present was Fiji's High Commissioner to Australia, who is concurrently accredited to Vanuatu and Tonga, "
     "H.E. Mr. Jone Tuiloma.", "Jone Tuiloma", "High Commissioner to Australia"),
])
def test_a_clause_on_another_accreditation_between_office_and_name(extractor, text, name, title):
    (official,) = [o for o in extractor.extract(text).officials if o.name == name]
    assert title in official.titles


@pytest.mark.parametrize("text", [
    # a known place after an office set off by a comma is the heading's venue, no person
    "Remarks by the Chairman of the Council of Heads of State, Bishkek\n\nThe Minister attended the meeting.",
    "Participation in the Meeting of the Council of Heads of Government, Tashkent\n\nThe Minister attended.",
])
def test_a_place_after_an_office_and_a_comma_is_no_name(extractor, text):
    assert extractor.extract(text).officials == []


@pytest.mark.parametrize("office, state, held, expected", [
    ("King", "JOR", [("King", None)], True),
    ("Prime Minister", "AUS", [("Prime Minister", "AUS")], True),
    ("Prime Minister", "CHL", [("Prime Minister", "PRT")], False),  # the same office of another state
    ("Prime Minister", None, [("Prime Minister", "PRT")], True),
    ("Foreign Minister", "AUS", [("Prime Minister", None)], False),
])
def test_restates_office(office, state, held, expected):
    from dialogue_extract.people.anchors import restates_office
    assert restates_office(office, state, held) is expected


@pytest.mark.parametrize("phrase, name, title", [
    ("the Consul General of the Indian Consulate in Dubai, Rakesh Menon,", "Rakesh Menon", "Consul General"),
    ("the Deputy Head of Mission of the Swedish Embassy in Nairobi, Anna Lind,", "Anna Lind", "Deputy Head of Mission"),
    ("the Director of the Africa Department at the Ministry, Omar Haddad,", "Omar Haddad",
     "Director of the Africa Department"),
    ("the Head of the Legal Division at the Ministry of Trade, Elif Demir,", "Elif Demir", "Head of the Legal Division"),
])
def test_a_body_located_by_in_or_at_between_office_and_name(extractor, phrase, name, title):
    # "TITLE of BODY in PLACE, NAME", "TITLE at the Ministry, NAME": where the body sits closes the
    # office's phrase at the comma before the name
    text = "Muscat, 3 June 2026\n\nThe talks were attended by " + phrase + " and others."
    got = {o.name: o for o in extractor.extract(text).officials}
    assert title in got[name].titles



@pytest.mark.parametrize("text", [
    "They met at the APEC Ministers Responsible for Trade meeting in May.",
    "The Ministers Concerned will report to the Council.",
])
def test_an_adjective_after_a_plural_office_names_nobody(extractor, text):
    assert extractor.extract("Manila, 3 June 2026\n\n" + text).officials == []


@pytest.mark.parametrize("text, expected", [
    # the second "TITLE, NAME" item after a list's ", and": its own person, not an appositive of the first
    ("Instruments exchanged.\n\n2. Agreement on Air Services\n   Signed by: Minister of Transport, Kwame Boateng Mensah, "
     "and Minister of Transport of Togo, Yawovi Agbeko Sena\n",
     {"Kwame Boateng Mensah": "Minister of Transport", "Yawovi Agbeko Sena": "Minister of Transport"}),
    ("Signatories: Minister of Health, Carla Mendes Rocha, and Minister of Public Health of Paraguay, Julio Benítez Ayala\n",
     {"Carla Mendes Rocha": "Minister of Health", "Julio Benítez Ayala": "Minister of Public Health"}),
])
def test_a_signatories_label_and_a_second_title_comma_name_item(extractor, text, expected):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    for name, title in expected.items():
        assert officials.get(name) == [title]


@pytest.mark.parametrize("text, name, title", [
    # the body's short form in brackets between the office and the comma before the name
    ("The accord was witnessed by the Director General of the Ghana Investment Promotion Centre (GIPC-Gh), "
     "Yofi Grant Asante.", "Yofi Grant Asante", "Director General of the Ghana Investment Promotion Centre"),
    ("Signatories: Head of the National Disaster Agency (NDA), Colonel Tomás Ferreira Lobo\n",
     "Tomás Ferreira Lobo", "Head of the National Disaster Agency"),
])
def test_a_bodys_short_form_in_brackets_before_the_name(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert any(title in t or t in title for t in officials[name])


@pytest.mark.parametrize("text, name, title, body", [
    ("The talks ended in a spirit of friendship.\n\nSigned:\nAdaeze Ifeoma Nwosu\nSpokesperson, Ministry of Foreign Affairs\n"
     "4 May 2026\n", "Adaeze Ifeoma Nwosu", "Spokesperson", "Ministry of Foreign Affairs"),
    ("Both sides agreed to meet in Lusaka.\n\nMwila Chanda Phiri\nDirector, Department of Protocol and Consular Services\n",
     "Mwila Chanda Phiri", "Director", "Department of Protocol and Consular Services"),
])
def test_a_signature_block_office_with_its_body_on_the_same_line(extractor, text, name, title, body):
    officials = {o.name: o for o in extractor.extract(text).officials}
    assert title in officials[name].titles and officials[name].organization == body


@pytest.mark.parametrize("text, name, title", [
    ("Singapore and Malaysia.\n\nThe agreement was witnessed by Minister-in-charge of Trade Relations Dr Lim Wei Ming.\n",
     "Lim Wei Ming", "Minister-in-charge of Trade Relations"),
    ("Ghana and Togo.\n\nThe MoU was signed by the Director-General, Ghana Ports and Harbours Authority, Mr. Kofi Adjei "
     "Boateng, and the Director-General of the Port of Lome.\n", "Kofi Adjei Boateng", "Director-General"),
])
def test_offices_with_a_hyphenated_head_or_a_body_after_the_comma(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in officials[name]


@pytest.mark.parametrize("text, name", [
    ("Third, a memorandum on tourism, signed on the Omani side by Chairman of the Omani Authority for Culture and "
     "Heritage Salim bin Rashid Al-Hinai.\n", "Salim bin Rashid Al-Hinai"),
    ("The agreement was signed by Director of the Kenyan Council for Scientific and Industrial Research Joseph Kiprop "
     "Mutai.\n", "Joseph Kiprop Mutai"),
])
def test_a_name_after_a_body_whose_name_holds_its_field(extractor, text, name):
    assert name in {o.name for o in extractor.extract(text).officials}


@pytest.mark.parametrize("text, name, title", [
    ("The agreement was exchanged by Minister of Labour, Invalids and Social Affairs Tran Van Long and Ambassador "
     "Choi Min-su.\n", "Tran Van Long", "Minister of Labour, Invalids and Social Affairs"),
    # a portfolio of a people or an age group, in apposition before the name
    ("The delegation included the Minister for Pacific Peoples, Hon. Tavita Leilua, and officials.\n",
     "Tavita Leilua", "Minister for Pacific Peoples"),
    ("The Minister for Seniors, Ruth Collier, opened the centre.\n", "Ruth Collier", "Minister for Seniors"),
])
def test_a_portfolio_list_before_the_name(extractor, text, name, title):
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert title in officials[name]


@pytest.mark.parametrize("text", [
    "The two sides agreed to renew the General Security of Military Information Agreement.\n",
    "They discussed the Japan-Korea Security Dialogue and the Economic Partnership.\n",
    # a plural office inside an event's name: "Leaders" before the event's field
    "The Vice Premier will attend the World Leaders Climate Action Summit in Baku.\n",
])
def test_institutional_words_after_a_rank_name_nobody(extractor, text):
    assert [o.name for o in extractor.extract(text).officials] == []


@pytest.mark.parametrize("text, names", [
    ("The ministers confirmed the designation of Pedro Salas Ortiz as Ambassador of Colombia in Caracas and of "
     "Luis Mora Páez as Ambassador of Venezuela in Bogotá.\n", ["Pedro Salas Ortiz", "Luis Mora Páez"]),
    ("The President appointed Pedro Salas as Ambassador to Peru and Luis Mora as Consul General in Lima.\n",
     ["Pedro Salas", "Luis Mora"]),
    ("The Council welcomed the election of Maria Okafor as Chairperson of the Commission.\n", ["Maria Okafor"]),
])
def test_appointments_named_by_a_noun_or_coordinated(extractor, text, names):
    got = {o.name for o in extractor.extract(text).officials}
    assert set(names) <= got


def test_and_as_without_an_appointment_names_nobody(extractor):
    got = {o.name for o in extractor.extract("Trade and Investment as well as Energy were discussed. Sales and "
                                              "Marketing as Director functions were reviewed.\n").officials}
    assert got == set()


def test_an_apposed_office_closed_by_its_state_before_a_joint_verb(extractor):
    text = ("Kathmandu, 4 January 2024\n\nHon. Mr. Ram Bahadur Thapa, Minister for Foreign Affairs of Nepal and H.E. Dr. "
            "Vikram Rao, External Affairs Minister of the Republic of India co-chaired the meeting.\n")
    got = {o.name: o for o in extractor.extract(text).officials}
    assert (got["Vikram Rao"].titles, got["Vikram Rao"].country) == (["External Affairs Minister"], "IND")


def test_an_office_without_its_state_before_a_verb_stays_unapposed(extractor):
    got = {o.name: o.titles for o in extractor.extract("Rohit, the EAM signed the book.\n").officials}
    assert "Rohit" not in got


@pytest.mark.parametrize("office, title", [
    ("Director, Press and Public Relations", "Director"),
    ("First Secretary – Press and Culture", "First Secretary"),
])
def test_a_signature_blocks_office_with_its_unit_after_a_mark(extractor, office, title):
    text = f"The meeting was attended by the Permanent Secretary.\n\nAde Oyelaran-Bello\n{office}\n21st November, 2017\n"
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert officials.get("Ade Oyelaran-Bello") == [title]


def test_general_inside_a_romance_bodys_name_is_no_rank(extractor):
    text = ("MINISTERIO DE RELACIONES EXTERIORES DEL ECUADOR\nOficina General de Prensa\n\nPRESS RELEASE N° 41-19\n\n"
            "The minister received General de Villiers.\n\nQuito, 12 March 2019\nOFICINA GENERAL DE PRENSA\n")
    names = [o.name for o in extractor.extract(text).officials]
    assert "de Prensa" not in names and "de Villiers" in names


def test_an_office_of_the_body_named_before_by_its_noun(extractor):
    text = ("The two ministers met in Abuja. The Permanent Secretary of the ministry, Bala Yusuf, and the visiting "
            "Ambassador, Ana Prado, signed the minutes.")
    officials = {o.name: o.titles for o in extractor.extract(text).officials}
    assert officials.get("Bala Yusuf") == ["Permanent Secretary"]
