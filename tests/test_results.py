"""The result models' trusted constructor: the model ``model_construct`` gives, without its cost."""
from __future__ import annotations

import pytest

from dialogue_extract import results as r

MODELS = [r.Mention, r.Official, r.Country, r.DateValue, r.Sector, r.Organization, r.Extraction]
REQUIRED = {
    r.Mention: {"text": "India", "start": 0, "end": 5},
    r.Official: {"id": "P1", "name": "Penny Wong"},
    r.Country: {"code": "IND", "name": "India"},
    r.DateValue: {"text": "3 May 2024", "start": 0, "end": 10, "value": "2024-05-03"},
    r.Sector: {"id": "trade", "label": "Trade"},
    r.Organization: {"name": "Ministry of External Affairs"},
    r.Extraction: {},
}


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_trusted_equals_model_construct(model):
    values = {k: v for k, v in REQUIRED[model].items() if k in model.model_fields}
    built = model.trusted(**values)
    assert built == model.model_construct(**values)
    assert built.model_dump() == model.model_construct(**values).model_dump()
    assert built.model_fields_set == set(values)


def test_trusted_defaults_are_not_shared():
    a, b = r.Official.trusted(id="P1", name="A"), r.Official.trusted(id="P2", name="B")
    a.aliases.append("X")
    assert b.aliases == []


def test_trusted_refuses_an_unknown_field():
    with pytest.raises(TypeError, match="nam"):
        r.Official.trusted(id="P1", nam="A")


@pytest.mark.parametrize("build", ["trusted", "validated"])
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_a_pickled_model_comes_back_equal(model, build):
    import pickle

    values = {k: v for k, v in REQUIRED[model].items() if k in model.model_fields}
    built = model.trusted(**values) if build == "trusted" else model(**values)
    back = pickle.loads(pickle.dumps(built))
    assert type(back) is model and back == built
    assert back.model_fields_set == built.model_fields_set
    assert back.model_dump() == built.model_dump()


def test_a_pickled_extraction_comes_back_whole():
    import pickle

    ex = r.Extraction.trusted(
        text="India and Peru", officials=[r.Official.trusted(id="P1", name="A", mentions=[r.Mention.trusted("A", 0, 1)])],
        countries=[r.Country.trusted(code="IND", name="India", mentions=[r.Mention.trusted("India", 0, 5)])])
    back = pickle.loads(pickle.dumps(ex))
    assert back == ex and back.model_dump(mode="json") == ex.model_dump(mode="json")
    back.officials[0].mentions.append(r.Mention.trusted("B", 2, 3))  # a copy, not shared
    assert len(ex.officials[0].mentions) == 1
