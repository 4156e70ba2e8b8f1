"""Each component on a blank English pipeline holding only what it needs, added by factory name
with its defaults (the data shipped in the package)."""
from __future__ import annotations

import pytest
import spacy

import dialogue_extract  # noqa: F401  (the factories are also found through entry points)

CASES = [
    (["de_countries"], "countries", "Talks between India and the Republic of Korea and the Indian side.",
     {"India", "Republic of Korea", "Indian"}),
    (["de_countries", "de_organizations"], "organizations",
     "The Ministry of External Affairs and the Ministry of Foreign Affairs of Japan said.",
     {"Ministry of External Affairs", "Ministry of Foreign Affairs"}),
    (["de_dates"], "dates", "The talks on 3 March 2024 and from 12 to 14 May were useful.",
     {"3 March 2024", "12 to 14 May"}),
    (["de_countries", "de_organizations", "de_titles"], "titles",
     "External Affairs Minister S. Jaishankar met Foreign Minister Penny Wong.",
     {"External Affairs Minister", "Foreign Minister"}),
    (["de_countries", "de_organizations", "de_titles", "de_sectors"], "sectors",
     "They agreed to deepen cooperation in renewable energy, defence and trade.",
     {"renewable energy", "defence", "trade"}),
    (["de_boilerplate"], "boilerplate", "The ministers met.\nShare this article\nRead more", None),
]


@pytest.mark.parametrize("components, key, text, expected", CASES, ids=[c[1] for c in CASES])
def test_component_alone_on_a_blank_pipeline(components, key, text, expected):
    nlp = spacy.blank("en")
    for name in components:
        nlp.add_pipe(name)
    doc = nlp(text)
    found = {s.text for s in doc.spans.get(key, ())}
    if expected is None:
        assert found
    else:
        assert expected <= found, found


def test_the_whole_chain_added_by_name_equals_the_shipped_pipeline():
    import dialogue_extract as de

    nlp = spacy.blank("en")
    for name in de.load().pipe_names:
        nlp.add_pipe(f"de_{name}")
    assert not any(nlp.analyze_pipes()["problems"].values())
    text = ("New Delhi, 3 March 2024\n\nExternal Affairs Minister Dr. S. Jaishankar met Foreign Minister "
            "Penny Wong of Australia to discuss trade and defence.")
    assert de.Extractor(nlp).extract(text).model_dump() == de.Extractor().extract(text).model_dump()


def test_one_naming_scheme_for_components():
    """The file ``x.py`` holds the factory ``de_x``, the pipe ``x`` of the default pipeline and the
    class ``XComponent``."""
    import importlib

    import dialogue_extract as de

    nlp = de.load()
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        assert meta.factory == f"de_{name}"
        pipe = nlp.get_pipe(name)
        assert type(pipe).__name__ == name.capitalize() + "Component"
        assert type(pipe).__module__ == f"dialogue_extract.pipeline.components.{name}"
        importlib.import_module(type(pipe).__module__)


def test_a_pipeline_saved_under_the_old_factory_name_still_loads(tmp_path):
    import dialogue_extract as de

    nlp = spacy.blank("en")
    for name in de.load().pipe_names:
        nlp.add_pipe("de_resolver" if name == "officials" else f"de_{name}",
                     name="resolver" if name == "officials" else name)
    nlp.to_disk(tmp_path / "old")
    again = spacy.load(tmp_path / "old")
    text = "External Affairs Minister S. Jaishankar met Foreign Minister Penny Wong of Australia."
    assert [o.name for o in de.Extractor(again).extract(text).officials] == ["S. Jaishankar", "Penny Wong"]
