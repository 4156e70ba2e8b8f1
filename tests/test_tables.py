"""Tidy tables from Extraction results (dialogue_extract.tables)."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pd = pytest.importorskip("pandas")

from dialogue_extract import tables
from helpers import mention_at

from dialogue_extract.results import Country, DateValue, Extraction, Mention, Official, Organization, Sector

TEXT = (
    "New Delhi, June 2, 2025. Foreign Secretary K. Rao met Deputy Minister Ana Lima of Brazil. "
    "Rao and Lima discussed defence and energy, and Brazil's role, on 3-4 June 2025."
)


_m = mention_at


def make_extraction(text: str = TEXT) -> Extraction:
    """A hand-built result for TEXT (independent of the pipeline)."""
    return Extraction(
        text=text,
        reference_date=dt.date(2025, 6, 2),
        reference_date_source="dateline",
        officials=[
            Official(id="P1", name="K. Rao", aliases=["Rao"], titles=["Foreign Secretary"], country="IND",
                     mentions=[_m(text, "K. Rao"), _m(text, "Rao", 1)]),
            Official(id="P2", name="Ana Lima", aliases=["Lima"], titles=["Deputy Minister"], country="BRA",
                     organization="Ministry of Foreign Affairs",
                     mentions=[_m(text, "Ana Lima"), _m(text, "Lima", 1)]),
        ],
        countries=[Country(code="BRA", name="Brazil", mentions=[_m(text, "Brazil"), _m(text, "Brazil", 1)])],
        dates=[
            DateValue(text="June 2, 2025", start=text.index("June 2, 2025"), end=text.index("June 2, 2025") + 12,
                      value="2025-06-02"),
            DateValue(text="3-4 June 2025", start=text.index("3-4 June 2025"),
                      end=text.index("3-4 June 2025") + 13, value="2025-06-03", value_end="2025-06-04"),
        ],
        sectors=[
            Sector(id="defence", label="Defence", mentions=[_m(text, "defence")]),
            Sector(id="energy", label="Energy", mentions=[_m(text, "energy")]),
        ],
        organizations=[Organization(name="Ministry of Foreign Affairs", country="BRA")],
    )


def test_keys_and_columns():
    t = tables.extraction_tables(make_extraction())
    assert set(t) == set(tables.COLUMNS)
    for name, cols in tables.COLUMNS.items():
        assert list(t[name].columns) == cols


@pytest.mark.parametrize("ex", [Extraction(), Extraction(error="boom"), Extraction(text="")])
def test_empty_tables_have_stable_columns(ex):
    t = tables.extraction_tables(ex)
    for name, cols in tables.COLUMNS.items():
        assert list(t[name].columns) == cols
        assert len(t[name]) == (1 if name == "documents" else 0)  # the document itself is a row


def test_officials_rows():
    off = tables.extraction_tables(make_extraction())["officials"]
    assert off["name"].tolist() == ["K. Rao", "Ana Lima"]
    assert off["titles"].tolist() == [["Foreign Secretary"], ["Deputy Minister"]]
    assert off["aliases"].tolist() == [["Rao"], ["Lima"]]
    assert off["entity_id"].notna().all() and off["doc_id"].tolist() == ["0", "0"]
    assert off["country"].tolist() == ["IND", "BRA"]
    assert off["organization"].tolist() == [None, "Ministry of Foreign Affairs"]
    assert off["n_mentions"].tolist() == [2, 2]


@pytest.mark.parametrize(
    "table, column, expected",
    [
        ("countries", "code", ["BRA"]),
        ("dates", "value", ["2025-06-02", "2025-06-03"]),
        ("dates", "value_end", [None, "2025-06-04"]),
        ("sectors", "sector_id", ["defence", "energy"]),
        ("organizations", "name", ["Ministry of Foreign Affairs"]),
    ],
)
def test_table_values(table, column, expected):
    assert tables.extraction_tables(make_extraction())[table][column].tolist() == expected


def test_mentions_in_text_order_and_slice_the_text():
    ex = make_extraction()
    m = tables.extraction_tables(ex)["mentions"]
    assert m["start"].tolist() == sorted(m["start"].tolist())
    assert set(m["kind"]) == {"official", "country", "date", "sector"}
    for row in m.itertuples():
        assert ex.text[row.start:row.end] == row.text


def test_accepts_json_form():
    ex = make_extraction()
    data = json.loads(ex.model_dump_json())
    t = tables.extraction_tables(data)
    assert t["officials"]["name"].tolist() == ["K. Rao", "Ana Lima"]


def test_to_pandas_delegates():
    assert list(make_extraction().to_pandas()["sectors"]["sector_id"]) == ["defence", "energy"]


def test_corpus_tables_doc_id_column_and_documents_table():
    a = make_extraction()
    b = Extraction(dates=[DateValue(text="May 2024", start=0, end=8, value="2024-05"),
                          DateValue(text="1 May 2024", start=10, end=20, value="2024-05-01")])
    c = Extraction(error="TypeError: bad input")
    t = tables.corpus_tables([a, b, c], doc_ids=["a.txt", "b.txt", "c.txt"])
    assert set(t) == set(tables.COLUMNS)
    for name, cols in tables.COLUMNS.items():
        assert list(t[name].columns) == cols
    assert set(t["officials"]["doc_id"]) == {"a.txt"}
    docs = t["documents"].set_index("doc_id")
    assert docs.loc["a.txt", "document_date"] == pd.Timestamp("2025-06-02")
    assert docs.loc["b.txt", "document_date"] == pd.Timestamp("2024-05-01")  # earliest full date
    assert pd.isna(docs.loc["c.txt", "document_date"])
    assert docs.loc["c.txt", "error"] == "TypeError: bad input"
    assert docs["n_dates"].tolist() == [2, 2, 0]
    dates = t["dates"].set_index("value")
    assert dates.loc["2024-05", "granularity"] == "month" and dates.loc["2024-05", "date"] == pd.Timestamp("2024-05-01")
    assert dates.loc["2025-06-03", "date_end"] == pd.Timestamp("2025-06-04")
    assert str(t["dates"]["date"].dtype) == "datetime64[ns]"


def test_corpus_tables_default_ids_and_generators():
    t = tables.corpus_tables(make_extraction() for _ in range(3))
    assert t["documents"]["doc_id"].tolist() == ["0", "1", "2"]
    assert len(t["officials"]) == 6
    # one person across documents: one entity
    assert t["officials"].groupby("name")["entity_id"].nunique().tolist() == [1, 1]
    assert len(t["entities"]) == 2 and t["entities"]["n_documents"].tolist() == [3, 3]


def test_corpus_tables_rejects_mismatched_ids():
    with pytest.raises(ValueError):
        tables.corpus_tables([Extraction()], doc_ids=["a", "b"])


def test_to_tables_dispatch():
    one = tables.to_tables(make_extraction())
    assert "document" not in one["officials"].columns
    many = tables.to_tables([make_extraction(), Extraction()])
    assert "documents" in many


def test_rejects_other_types():
    with pytest.raises(TypeError):
        tables.extraction_tables("not an extraction")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 500), st.integers(1, 30)), max_size=12))
def test_one_mention_row_per_mention(spans):
    text = "x" * 600
    ms = [Mention(text=text[s:s + n], start=s, end=s + n) for s, n in spans]
    ex = Extraction(text=text, countries=[Country(code="FRA", name="France", mentions=ms)])
    m = tables.extraction_tables(ex)["mentions"]
    assert len(m) == len(ms)
    assert m["start"].is_monotonic_increasing
