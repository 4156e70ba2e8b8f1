"""Lexicons users extend without copying files: add_patterns on the components, kept by
to_disk/spacy.load, and extra_patterns files in the config."""
from __future__ import annotations

import json

import pytest
import spacy

import dialogue_extract as de

TEXT = "Chief Negotiator Arvind Rao of Dhivehi Raajje met the Ocean Rim Technical Cell to discuss ocean accounting."

PATTERNS = {
    "organizations": [{"name": "Ocean Rim Technical Cell", "aliases": ["ORTC"], "kind": "international"}],
    "sectors": [{"id": "maritime", "pattern": "ocean accounting"}],
    "countries": [{"code": "MDV", "name": "Dhivehi Raajje"}],
    "titles": [{"head": "Chief Negotiator"}],
}


def _summary(ex):
    return ([(o.name, o.titles, o.country) for o in ex.officials], [c.code for c in ex.countries],
            [s.id for s in ex.sectors], [o.name for o in ex.organizations])


def _extended():
    nlp = de.load()
    for name, patterns in PATTERNS.items():
        nlp.get_pipe(name).add_patterns(patterns)
    return nlp


def test_shipped_pipeline_does_not_know_these():
    officials, countries, sectors, orgs = _summary(de.extract(TEXT))
    assert "maritime" not in sectors and "Ocean Rim Technical Cell" not in orgs and "MDV" not in countries


def test_added_patterns_are_used_and_listed():
    nlp = _extended()
    officials, countries, sectors, orgs = _summary(de.Extractor(nlp).extract(TEXT))
    assert officials == [("Arvind Rao", ["Chief Negotiator"], "MDV")]
    assert countries == ["MDV"] and "maritime" in sectors and "Ocean Rim Technical Cell" in orgs
    assert nlp.get_pipe("sectors").patterns == PATTERNS["sectors"]


def test_added_patterns_survive_to_disk_and_spacy_load(tmp_path):
    nlp = _extended()
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert de.Extractor(again).extract(TEXT).model_dump() == de.Extractor(nlp).extract(TEXT).model_dump()
    assert again.get_pipe("titles").patterns == PATTERNS["titles"]


@pytest.mark.parametrize("name, bad", [
    ("sectors", {"id": "no-such-sector", "pattern": "x"}),
    ("countries", {"code": "XXX", "name": "Atlantis"}),
    ("organizations", {"aliases": ["X"]}),
    ("titles", {"heads": "Envoy"}),
])
def test_a_bad_pattern_is_a_clear_error(name, bad):
    with pytest.raises(ValueError):
        de.load().get_pipe(name).add_patterns([bad])
    with pytest.raises(TypeError):
        de.load().get_pipe(name).add_patterns(bad)


def test_extra_patterns_files_in_the_config(tmp_path):
    files = {}
    for name, patterns in PATTERNS.items():
        files[name] = tmp_path / f"{name}.jsonl"
        files[name].write_text("".join(json.dumps(p) + "\n" for p in patterns), encoding="utf-8")
    nlp = de.load(overrides={f"components.{n}.extra_patterns": [str(f)] for n, f in files.items()})
    assert _summary(de.Extractor(nlp).extract(TEXT)) == _summary(de.Extractor(_extended()).extract(TEXT))


def test_the_example_runs(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    example = Path(__file__).resolve().parent.parent / "examples" / "extend_lexicons.py"
    out = subprocess.run([sys.executable, str(example)], cwd=tmp_path, check=True, capture_output=True,
                         text=True).stdout
    assert "Arvind Rao ['Chief Negotiator'] MDV" in out
    assert (tmp_path / "my_pipeline" / "titles" / "patterns.jsonl").is_file()
