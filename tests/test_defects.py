"""Defects found by users, each pinned by a test."""
from __future__ import annotations

import spacy

import dialogue_extract as de


def test_a_body_named_inside_a_meeting_format_is_no_organisation():
    ex = de.extract("New Delhi, 3 May 2024\n\nThe fifth round of India-Japan Foreign Office Consultations "
                    "was held in New Delhi. Foreign Secretary Vikram Misri led the Indian side.")
    assert "Foreign, Commonwealth and Development Office" not in {o.name for o in ex.organizations}


def test_organisations_from_the_lexicon_keep_their_state():
    ex = de.extract("New Delhi, 3 May 2024\n\nThe Ministry of External Affairs said Foreign Secretary "
                    "Vikram Misri would travel to Tokyo.")
    orgs = {o.name: o.country for o in ex.organizations}
    assert orgs.get("Ministry of External Affairs") == "IND"


def test_an_organisation_name_never_runs_on_to_the_next_line():
    ex = de.extract("Minister of State Pabitra Margherita met the delegation.\n\nMinistry of External Affairs\n"
                    "Government of India\nNew Delhi\n3 May 2024")
    assert all("\n" not in o.name for o in ex.organizations)
    assert all("\n" not in m.text for o in ex.organizations for m in o.mentions)


def test_the_resolver_keeps_entities_an_earlier_component_set():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "EVENT", "pattern": "Raisina Dialogue"}])
    source = de.load()
    for name in source.pipe_names:
        nlp.add_pipe(name, source=source)
    doc = nlp("At the Raisina Dialogue, External Affairs Minister S. Jaishankar met Foreign Minister "
              "Penny Wong of Australia.")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("Raisina Dialogue", "EVENT") in labels  # kept
    assert any(label == "PERSON" for _t, label in labels) and ("Australia", "GPE") in labels  # added


def test_the_package_ships_type_information():
    from importlib.resources import files

    assert files("dialogue_extract").joinpath("py.typed").is_file()


def test_the_library_logs_and_prints_nothing(caplog, capsys):
    import logging

    with caplog.at_level(logging.WARNING, logger="dialogue_extract"):
        results = list(de.extract_many(["Foreign Minister Ana Ruiz of Peru met officials.", 42]))
    assert results[1].error and any("TypeError" in r.getMessage() for r in caplog.records)
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""
