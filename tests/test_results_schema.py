"""One table schema: Python (to_tables), the batch output (Parquet and CSV) read back with
read_results, and extract_frame give the same columns, dtypes and values; plots take any of them."""
from __future__ import annotations

from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import dialogue_extract as de
from dialogue_extract import tables
from dialogue_extract.batch import run_batch

RELEASES = sorted((Path(__file__).resolve().parent.parent / "examples" / "releases").glob("*.txt"))[:4]


def _batch_tables(tmp_path, fmt):
    out = tmp_path / f"out-{fmt}"
    run_batch(RELEASES, out, table_format=fmt, progress=False)
    return out, de.read_results(out)


def _python_tables(out):
    docs = list(__import__("dialogue_extract.batch", fromlist=["x"]).read_documents(out / "documents.jsonl"))
    exs = [de.extract(d["text"], reference_date=d["reference_date"]) for d in docs]
    return tables.to_tables(exs, doc_ids=[d["id"] for d in docs])


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_batch_output_reads_back_in_the_schema_of_to_tables(tmp_path, fmt):
    assert RELEASES
    out, read = _batch_tables(tmp_path, fmt)
    made = _python_tables(out)
    assert set(read) == set(made) == set(tables.TABLES)
    for name in tables.TABLES:
        assert list(read[name].columns) == list(made[name].columns), name
        assert dict(read[name].dtypes.astype(str)) == dict(made[name].dtypes.astype(str)), name
    key = ["doc_id", "official_id", "entity_id", "name", "titles", "country", "n_mentions", "reference_date"]
    pd.testing.assert_frame_equal(read["officials"][key], made["officials"][key])
    pd.testing.assert_frame_equal(read["dates"], made["dates"])
    pd.testing.assert_frame_equal(read["sectors"], made["sectors"])
    assert read["documents"]["doc_id"].tolist() == made["documents"]["doc_id"].tolist()
    # a DuckDB or pandas user joins on doc_id and entity_id without reshaping
    joined = read["officials"].merge(read["documents"], on="doc_id").merge(read["entities"], on="entity_id")
    assert len(joined) == len(read["officials"])


def test_plots_take_a_batch_output_folder(tmp_path):
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    from dialogue_extract import plots

    out, read = _batch_tables(tmp_path, "parquet")
    assert plots.plot_sectors_over_time(out) is not None
    assert plots.plot_sectors_over_time(read) is not None
    assert plots.plot_official_network(str(out)) is not None


def test_read_results_says_what_is_missing(tmp_path):
    with pytest.raises(FileNotFoundError):
        de.read_results(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="documents"):
        de.read_results(tmp_path / "empty")


def test_extract_frame_with_missing_dates():
    df = pd.DataFrame({
        "id": ["a", "b"],
        "text": ["Foreign Minister Ana Ruiz of Peru met officials on Monday.",
                 "Defence Minister Omar Haddad of Jordan visited Amman on 3 March 2024."],
        "date": [pd.Timestamp("2024-03-06"), pd.NaT],
    })
    t = de.extract_frame(df, text="text", date="date", id="id")
    docs = t["documents"].set_index("doc_id")
    assert docs.loc["a", "reference_date"] == pd.Timestamp("2024-03-06")
    assert pd.isna(docs.loc["b", "reference_date"])
    assert set(t["officials"]["name"]) == {"Ana Ruiz", "Omar Haddad"}
    with pytest.raises(KeyError, match="body"):
        de.extract_frame(df, text="body")
