"""Forms of parliamentary records, signature blocks, briefings and delegation lists: each written
here as a short release of its own, the officials it must give checked by name, office and state."""
from __future__ import annotations

import pytest

from dialogue_extract.pipeline.layout import blank_signature_marks, layout_view, load_rules

LEAD = "Written answers of the Department of Foreign Affairs to the Committee on Finance, 4 March 2026.\n\n"


def officials(extractor, text):
    return {o.name: o for o in extractor.extract(text).officials}


@pytest.mark.parametrize("line, name, title", [
    ("QUERY NO. 1 – Sen. Aurora Macaraeg-Velasco", "Aurora Macaraeg-Velasco", "Sen."),
    ("Question No. 12 - Shri Rakesh Menon", "Rakesh Menon", None),
    ("Answered on 3 February 2026 by Alistair Penhaligon, Minister of State (Indo-Pacific)", "Alistair Penhaligon",
     "Minister of State (Indo-Pacific)"),
    ("BY / DE: Mr. Brendan Achterberg (Provencher)", "Brendan Achterberg", None),
])
def test_the_member_a_records_line_names_is_an_official(extractor, line, name, title):
    got = officials(extractor, LEAD + line + "\n\nKindly provide the list of the visits abroad this year.\n")
    assert name in got
    if title is not None:
        assert got[name].titles == [title]


@pytest.mark.parametrize("mark", ["(Sgd.)", "Sd/-", "(Signed)", "SGD."])
def test_a_signature_mark_before_the_signers_name(extractor, mark):
    text = LEAD + f"For the Secretary:\n\n{mark} Leoncio M. Salcedo\nUndersecretary for Bilateral Relations\n"
    got = officials(extractor, text)
    assert got["Leoncio M. Salcedo"].titles == ["Undersecretary for Bilateral Relations"]
    mention = got["Leoncio M. Salcedo"].mentions[0]
    assert text[mention.start:mention.end] == "Leoncio M. Salcedo"


def test_signature_marks_are_read_as_space_of_the_same_length():
    text = "For the Minister:\n(Sgd.) JANE ROE\nSd/- A. Rao\nThe (Sgd.) mark mid-line stays.\n"
    out = blank_signature_marks(text, load_rules())
    assert len(out) == len(text)
    assert out.splitlines() == ["For the Minister:", "       JANE ROE", "     A. Rao", "The (Sgd.) mark mid-line stays."]
    view, mapping = layout_view(text)
    assert "(Sgd.) JANE" not in view and mapping is None


def test_a_bodys_field_closing_on_and_two_words_is_the_bodys_name(extractor):
    text = LEAD + ("The Parliamentary Under-Secretary of State at the Department for Energy Security and Net Zero, "
                   "Hannah Treloar, visited Hanoi on 24 March 2025.\n")
    got = officials(extractor, text)
    assert got["Hannah Treloar"].titles == ["Parliamentary Under-Secretary of State"]
    assert got["Hannah Treloar"].country == "GBR"


def test_a_briefings_headline_names_its_spokesperson_after_the_ministry():
    import dialogue_extract as de
    text = ("Briefings\n\nBrasília, 12 March 2026\n\nPress briefing by the Spokesperson of the Ministry of Foreign "
            "Affairs, Mariana Albuquerque Sette\n\nPRESS OFFICE: Good morning. Brazil will host the meeting.\n")
    got = {o.name: o for o in de.extract(text).officials}
    assert got["Mariana Albuquerque Sette"].titles == ["Spokesperson"]


@pytest.mark.parametrize("text, name, title", [
    ("Prime Minister Fifita of Tonga called on the Governor-General of Papua New Guinea, Grand Chief Sir Tomas "
     "Kereme Avaisa, GCMG, at Government House.", "Tomas Kereme Avaisa", "Governor-General"),
    ("The talks were co-chaired by Amb. Dr. Fatma Rajab Mzee, Permanent Secretary of the Ministry of Foreign "
     "Affairs of Tanzania.", "Fatma Rajab Mzee", "Permanent Secretary"),
    ("The delegation included the High Commissioner of Tanzania to Mozambique, Mhe. Balozi Hassan Omar Kitwana.",
     "Hassan Omar Kitwana", "High Commissioner"),
    ("Barbados was represented by the Permanent Secretary in the Ministry of Foreign Affairs, Mr. Damian St. Clair "
     "Jordan, and others.", "Damian St. Clair Jordan", "Permanent Secretary"),
])
def test_forms_of_address_and_name_words_of_africa_the_pacific_and_the_caribbean(extractor, text, name, title):
    got = officials(extractor, LEAD + text + "\n")
    assert name in got and title in got[name].titles


def test_a_secretary_of_state_for_a_portfolio_is_no_united_states_office(extractor):
    got = officials(extractor, "Secretary of State for Foreign and Global Affairs Beatriz Olmedo met the press on Monday.")
    assert got["Beatriz Olmedo"].country != "USA"


BRIEFING = """Die Bundesregierung
Home > News > Government press conference

Government Press Conference of 4 November 2026
(English translation of the transcript, abridged to the items on foreign policy)

Chair: Ulrike Wolff (Press Association)
Speakers:
- Henrike Vossberg, Deputy Government Spokesperson
- Dr Kathrin Alsleben, Spokesperson, Federal Foreign Office (AA)

CHAIR WOLFF: Good morning, ladies and gentlemen.

DEPUTY SPOKESPERSON VOSSBERG: The Government will publish its schedule on Friday.

ALSLEBEN (AA): Federal Foreign Minister Konstantin Hollenbeck will travel to Kenya and Ethiopia. In Nairobi he will meet the Cabinet Secretary for Foreign and Diaspora Affairs, Daniel Chebet, on the migration agreement that Germany and Kenya signed. Kenya is also producing green hydrogen, and Kenya and Ethiopia host refugees.

QUESTION (Jonas Breuer): What about Kenya's debt?

ALSLEBEN (AA): Kenya decides that with its creditors.

QUESTION (Marlene Hacker): And the elections in Kenya?

VOSSBERG: No comment on Kenya.
"""


def test_a_briefing_transcript_is_its_spokespersons_states(extractor):
    got = officials(extractor, BRIEFING)
    assert got["Henrike Vossberg"].country == "DEU"
    assert got["Henrike Vossberg"].country_source == "header"  # not a guess from the states it names
    assert got["Daniel Chebet"].country == "KEN"
