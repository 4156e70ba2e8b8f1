"""Actor lists: the user's known officials fix their country and name and merge their variants."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import dialogue_extract
from dialogue_extract import Extractor
from dialogue_extract.actors import ActorList, coerce_actors, read_actors
from dialogue_extract.cli import main
from dialogue_extract.corpus import resolve_corpus

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "actors.csv"

TEXT = ("Astana, 10 May 2024\n\nToday Daulet Nurpeisov met Minister of Energy Almas Bekov in the capital. "
        "Mr. Nurpeisov and D. A. Nurpeisov said Kazakhstan is ready. Carmen Torrealba sent greetings.")


def by_name(ex):
    return {o.name: o for o in ex.officials}


def test_the_example_list_reads():
    actors = read_actors(EXAMPLE)
    assert len(actors) >= 4
    first = next(iter(actors))
    assert first.id == "act-0001" and len(first.roles) == 2


def test_a_listed_actor_is_found_without_title_and_its_variants_merge(extractor):
    ex = extractor.extract(TEXT, actors=EXAMPLE)
    got = by_name(ex)
    o = got["Daulet Abenovich Nurpeisov"]
    assert (o.country, o.country_inferred, o.country_source, o.actor_id) == ("KAZ", False, "user_actors", "act-0001")
    assert {m.text for m in o.mentions} == {"Daulet Nurpeisov", "Nurpeisov", "D. A. Nurpeisov"}
    assert all(TEXT[m.start:m.end] == m.text for x in ex.officials for m in x.mentions)
    assert [x.id for x in ex.officials] == [f"P{i}" for i in range(1, len(ex.officials) + 1)]
    assert got["Carmen Lucía Torrealba"].country == "VEN"
    assert got["Almas Bekov"].actor_id is None  # not on the list: unchanged
    assert got["Almas Bekov"].country_source == "header"


def test_dated_roles_pick_the_title_valid_at_the_release_date(extractor):
    now = by_name(extractor.extract(TEXT, actors=EXAMPLE))["Daulet Abenovich Nurpeisov"]
    then = by_name(extractor.extract(TEXT.replace("2024", "2021"), actors=EXAMPLE))["Daulet Abenovich Nurpeisov"]
    assert now.titles == ["Minister of Foreign Affairs"]
    assert then.titles == ["Deputy Minister of Foreign Affairs"]


def test_the_text_wins_over_the_list(extractor):
    text = "Cairo, 2 May 2024\n\nEgypt received Kenyan Foreign Minister Daniel Mwangi. Kenya and Egypt agreed."
    o = by_name(extractor.extract(text, actors={"Daniel Mwangi": "UGA"}))["Daniel Mwangi"]
    assert (o.country, o.country_source, o.actor_id) == ("KEN", "title", "Daniel Mwangi")


def test_the_list_replaces_the_home_state_guess(extractor):
    text = "Cairo, 2 May 2024\n\nMinister Daniel Mwangi met the press. Egypt and Egypt's people."
    o = by_name(extractor.extract(text, actors={"Daniel Mwangi": {"country": "Kenya", "titles": "Foreign Minister"}}))["Daniel Mwangi"]
    assert (o.country, o.country_inferred, o.country_source) == ("KEN", False, "user_actors")
    assert o.titles == ["Minister"]  # the text's title is kept


def test_extractor_level_list_and_module_function(extractor):
    ex = Extractor(extractor.nlp, actors=[{"name": "Almas Bekov", "country": "UZB", "id": "u-17"}])
    o = by_name(ex.extract(TEXT))["Almas Bekov"]
    assert (o.country, o.actor_id) == ("UZB", "u-17")
    assert by_name(dialogue_extract.extract(TEXT, actors={"Almas Bekov": "UZB"}))["Almas Bekov"].country == "UZB"
    assert by_name(next(ex.extract_many([TEXT])))["Almas Bekov"].country == "UZB"


def test_jsonl_lists_and_bad_rows(tmp_path):
    p = tmp_path / "actors.jsonl"
    p.write_text(json.dumps({"name": "Almas Bekov", "aliases": ["A. Bekov"], "country": "KAZ"}) + "\n", encoding="utf-8")
    assert next(iter(read_actors(p))).aliases == ("A. Bekov",)
    with pytest.raises(ValueError, match="unknown country"):
        ActorList.from_rows([{"name": "X Y", "country": "Atlantis"}])
    with pytest.raises(ValueError, match="name"):
        ActorList.from_rows([{"country": "KAZ"}])
    with pytest.raises(FileNotFoundError):
        read_actors(tmp_path / "missing.csv")
    assert coerce_actors(None) is None


def test_the_actor_id_is_the_corpus_entity_id(extractor):
    a = extractor.extract(TEXT, actors=EXAMPLE)
    b = extractor.extract("Baku, 3 March 2025\n\nD. A. Nurpeisov arrived in Baku.", actors=EXAMPLE)
    corpus = resolve_corpus([("a", a), ("b", b)])
    assert corpus.entity_id("a", "P1") == corpus.entity_id("b", "P1") == "act-0001"


def test_tables_show_the_origin_of_the_country(extractor):
    tables = extractor.extract(TEXT, actors=EXAMPLE).to_pandas()
    row = tables["officials"].set_index("name").loc["Daulet Abenovich Nurpeisov"]
    assert row["country_source"] == "user_actors" and row["actor_id"] == "act-0001" and not row["country_inferred"]
    html = extractor.extract(TEXT, actors=EXAMPLE)._repr_html_()
    assert "Country from" in html and "header (guess)" in html


def test_cli_actors_option(tmp_path, capsys):
    release = tmp_path / "release.txt"
    release.write_text(TEXT, encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["extract", str(release), "--actors", str(EXAMPLE), "--compact"])
    assert e.value.code in (0, None)
    out = json.loads(capsys.readouterr().out)
    assert {o["actor_id"] for o in out["officials"]} >= {"act-0001", "act-0002"}
    with pytest.raises(SystemExit) as e:
        main(["batch", str(release), "--out", str(tmp_path / "out"), "--actors", str(EXAMPLE), "-q", "-f", "csv"])
    assert e.value.code == 0
    entities = [json.loads(line) for line in (tmp_path / "out" / "entities.jsonl").read_text().splitlines()]
    assert "act-0001" in {x["entity_id"] for x in entities}
    with pytest.raises(SystemExit) as e:
        main(["extract", str(release), "--actors", str(tmp_path / "nope.csv")])
    assert e.value.code == 2
