"""A saved pipeline loads with plain ``spacy.load`` in a fresh process and gives the same results."""
from __future__ import annotations

import json
import subprocess
import sys

import dialogue_extract as de

TEXT = ("New Delhi, March 3\n\nExternal Affairs Minister Dr. S. Jaishankar met Foreign Minister "
        "Penny Wong of Australia on March 2 to review cooperation in trade, defence and renewable energy. "
        "Dr. Jaishankar thanked Ms. Wong for the visit.")


def test_saved_pipeline_reloads_with_spacy_load_in_a_fresh_process(tmp_path):
    nlp = de.load()
    nlp.to_disk(tmp_path / "pipeline")
    config = (tmp_path / "pipeline" / "config.cfg").read_text(encoding="utf-8")
    # no path of this machine in the saved config: the data is found in the installed package
    assert "site-packages" not in config and "/src/dialogue_extract" not in config
    assert "data = null" in config
    code = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"  # no import of dialogue_extract: entry points find the factories
        "from dialogue_extract import Extractor\n"
        "ex = Extractor(nlp).extract(sys.argv[2])\n"
        "print(json.dumps(ex.model_dump(mode='json')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipeline"), TEXT],
                         check=True, capture_output=True, text=True).stdout
    assert json.loads(out) == de.Extractor(de.load()).extract(TEXT).model_dump(mode="json")


def test_factories_are_declared_as_spacy_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {n for n in de.load().pipe_names if True} <= {n.removeprefix("de_") for n in names}
