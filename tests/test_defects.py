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


def test_resume_does_not_depend_on_how_the_folder_was_typed(tmp_path, monkeypatch):
    from dialogue_extract.batch import DOCUMENTS_FILE, read_documents, run_batch

    monkeypatch.chdir(tmp_path)
    (tmp_path / "releases").mkdir()
    for i in range(3):
        (tmp_path / "releases" / f"r{i}.txt").write_text(
            f"Foreign Minister Ana Ruiz of Peru met Deputy Minister Omar Haddad of Jordan on day {i}.",
            encoding="utf-8")
    s = run_batch(["releases"], tmp_path / "out", progress=False)
    assert s.succeeded == 3
    ids = [d["id"] for d in read_documents(tmp_path / "out" / DOCUMENTS_FILE)]
    assert ids == ["releases/r0.txt", "releases/r1.txt", "releases/r2.txt"]
    for typed in ("./releases", str(tmp_path / "releases"), "releases/../releases"):
        s = run_batch([typed], tmp_path / "out", resume=True, progress=False)
        assert (s.succeeded, s.failed, s.skipped) == (0, 0, 3), typed
    # the same file reached from another working folder (an absolute id) is done already too
    monkeypatch.chdir(tmp_path / "releases")
    s = run_batch(["."], tmp_path / "out", resume=True, progress=False)
    assert (s.succeeded, s.skipped) == (0, 3)
    assert len(list(read_documents(tmp_path / "out" / DOCUMENTS_FILE))) == 3


def test_every_field_of_every_result_is_described_in_the_json_schema():
    from dialogue_extract.results import Extraction

    schema = Extraction.model_json_schema()
    missing = [(model, prop) for model, d in [("Extraction", schema), *schema.get("$defs", {}).items()]
               for prop, v in d.get("properties", {}).items() if not v.get("description")]
    assert not missing


def test_one_office_named_in_full_then_shortened_is_one_office():
    ex = de.extract("New Delhi, 3 May 2024\n\nSecretary (East) Jaideep Mazumdar met Under-Secretary of Foreign "
                    "Affairs Carlos Mena of Peru. Secretary Mazumdar and Under-Secretary Mena reviewed trade.")
    by_name = {o.name: o for o in ex.officials}
    # titles keep every form the text uses; offices list each office once, in full
    assert by_name["Jaideep Mazumdar"].titles == ["Secretary (East)", "Secretary"]
    assert by_name["Jaideep Mazumdar"].offices == ["Secretary (East)"]
    assert by_name["Carlos Mena"].offices == ["Under-Secretary of Foreign Affairs"]
    from dialogue_extract.results import distinct_offices

    assert distinct_offices(["Minister of State", "Minister", "Secretary"]) == ["Minister of State", "Secretary"]
