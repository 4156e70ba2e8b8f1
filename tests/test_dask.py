"""Extraction and corpus resolution on Dask: the same documents, tables and entity ids as a
single-process batch run (a LocalCluster with two worker processes)."""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_module_imports_without_dask_and_says_how_to_install(monkeypatch):
    import dialogue_extract.dask as dd_mod

    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"dialogue-extract\[dask\]"):
        dd_mod.extract_bag(object())


dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import pandas as pd  # noqa: E402

import dialogue_extract as de  # noqa: E402
from dialogue_extract.batch import DOCUMENTS_FILE, ENTITIES_FILE, TABLES, read_documents, run_batch  # noqa: E402
from dialogue_extract.corpus import CorpusRegistry  # noqa: E402
from dialogue_extract.dask import extract_bag, extract_dataframe, official_keys, resolve_documents  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_releases import generate  # noqa: E402


def corpus_records(n_generated: int = 240) -> list:
    """Generated releases, the annotated fixture releases and bad items."""
    recs: list = list(generate(n_generated, seed=7))
    for p in sorted(ROOT.glob("tests/fixtures/annotated*/*.json")):
        gold = json.loads(p.read_text(encoding="utf-8"))
        recs.append({"id": f"fx-{p.parent.name}-{p.stem}", "text": gold["text"], "date": gold.get("reference_date")})
    bad = [{"id": "bad-empty", "text": ""}, {"id": "bad-space", "text": "  \n "},
           {"id": "bad-surrogate", "text": "Foreign Minister \ud800 met"}, {"id": "bad-type", "text": 17},
           {"id": "bad-none"}, {"id": "bad-date", "text": "Minister Claire Dubreuil spoke.", "date": "March"}]
    for i, b in enumerate(bad):
        recs.insert(25 * (i + 1), b)
    return recs


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def single_run(tmp_path_factory):
    """The reference: the batch command's Python API in one process."""
    recs = corpus_records()
    tmp = tmp_path_factory.mktemp("single")
    src = tmp / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r) + "\n")  # \u-escaped: a lone surrogate survives
    out = tmp / "out"
    run_batch([src], out, progress=False)
    return recs, out


def _norm(rows):
    return [{k: (list(v) if hasattr(v, "__len__") and not isinstance(v, str) else v) for k, v in r.items()}
            for r in rows]


def _frame_rows(df: pd.DataFrame):
    return _norm([{k: (None if v is pd.NA else v) for k, v in r.items()} for r in df.to_dict("records")])


def _without_source(doc):
    return {k: v for k, v in doc.items() if k != "source"}


def test_cluster_equals_single_process_run(client, single_run):
    recs, out = single_run
    run = extract_bag(db.from_sequence(recs, npartitions=7), batch_size=16)
    got = run.compute()
    want_docs = list(read_documents(out / DOCUMENTS_FILE))
    assert len(got.documents) == len(want_docs) == len(recs)
    assert [_without_source(d) for d in got.documents] == [_without_source(d) for d in want_docs]
    assert sum(1 for d in got.documents if d["error"]) == 6
    read = de.read_results(out)  # the batch output in the one schema (columns and dtypes)
    for name in TABLES:
        got_rows, want_rows = _frame_rows(got.tables[name]), _frame_rows(read[name])
        if name == "documents":  # where a document came from: the bag, or the .jsonl line
            got_rows, want_rows = [_without_source(r) for r in got_rows], [_without_source(r) for r in want_rows]
        assert got_rows == want_rows, name
        assert list(got.tables[name].columns) == [c for c, _ in TABLES[name]]
        assert dict(got.tables[name].dtypes.astype(str)) == dict(read[name].dtypes.astype(str)), name
    want_entities = [json.loads(line) for line in (out / ENTITIES_FILE).open(encoding="utf-8")]
    assert got.entities == want_entities
    assert len(want_entities) > 30
    assert run.resolve().blocks > 10  # officials really were spread over many blocks
    # the pipeline was loaded once in each worker process, whatever the number of tasks
    loads = client.run(lambda: sys.modules["dialogue_extract.dask"].LOADS)
    assert sorted(loads.values()) == [1, 1]


def test_bad_items_are_error_records_never_failed_tasks(client):
    items = ["", "Foreign Minister \ud800 met", 42, None, b"bytes", {"text": ["a list"]},
             "Tokyo, 12 June 2023. Foreign Minister Haruka Onodera met Sofia Lindqvist."]
    docs = extract_bag(db.from_sequence(items, npartitions=2)).documents.compute()
    assert [d["error"] is None for d in docs] == [False] * 6 + [True]
    assert "not a text" in docs[2]["error"]
    assert docs[6]["extraction"]["officials"]
    assert [d["id"] for d in docs[:2]] == ["00000-000000", "00000-000001"]


def test_extract_dataframe_columns(client):
    dd = pytest.importorskip("dask.dataframe")
    pdf = pd.DataFrame({
        "body": ["Tokyo, 12 June 2023. Foreign Minister Haruka Onodera met Sofia Lindqvist.", "", None],
        "issued": pd.to_datetime(["2023-06-12", "2023-06-13", None]),
        "key": [10, 11, 12],
    })
    run = extract_dataframe(dd.from_pandas(pdf, npartitions=2), text="body", date="issued", id="key")
    out = run.compute()
    assert [d["id"] for d in out.documents] == ["10", "11", "12"]
    assert out.documents[0]["reference_date"] == "2023-06-12"
    assert out.documents[0]["reference_date_origin"] == "record"
    assert out.documents[1]["error"] == "empty document"
    assert out.documents[2]["error"]  # no text at all
    assert set(out.tables["officials"]["doc_id"]) == {"10"}
    assert out.tables["officials"]["entity_id"].notna().all()
    with pytest.raises(KeyError, match="nope"):
        extract_dataframe(dd.from_pandas(pdf, npartitions=1), text="nope")


# -- distributed resolution on synthetic officials (no pipeline needed) ---------------------------
GIVEN = ["Akiko", "Maria", "Jean-Marc", "S.", "Subrahmanyam", "Wei", "Lin", "Ahmed", "Hamad", "Min-jun", "Ana"]
FAMILY = ["Nishimura", "Lopez", "Le Floch", "Jaishankar", "Zhao", "Qiao", "Al-Mansouri", "Seo", "Sharma"]
COUNTRIES = [None, None, "JPN", "MEX", "FRA", "IND", "CHN"]


def _variants(rng: random.Random) -> str:
    g, f = rng.choice(GIVEN), rng.choice(FAMILY)
    forms = [f"{g} {f}", f"{f.upper()} {g}", f, f"{g[0]}. {f}", f"{f} {g}", f"Dr. {g} {f}", g + " " + f + " Jr."]
    return rng.choice(forms)


def _synthetic_docs(n: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        offs = []
        for j in range(rng.randint(0, 4)):
            country = rng.choice(COUNTRIES)
            offs.append({"id": f"P{j + 1}", "name": _variants(rng), "aliases": [], "titles": [rng.choice(["Minister", "Envoy"])],
                         "country": country, "country_inferred": bool(country) and rng.random() < 0.3,
                         "organization": None, "mentions": []})
        docs.append({"id": f"d{i}", "reference_date": f"2024-01-{1 + i % 28:02d}",
                     "extraction": {"officials": offs} if i % 17 else None, "error": None})
    return docs


def test_distributed_resolution_equals_the_registry_on_hard_names():
    docs = _synthetic_docs(600)
    reg = CorpusRegistry()
    want_ids = {}
    for i, d in enumerate(docs):
        if d["extraction"]:
            want_ids[i] = reg.add(d["id"], d["extraction"], d["reference_date"])
    with dask.config.set(scheduler="sync"):
        res = resolve_documents(db.from_sequence(docs, npartitions=5))
    # positions (partition, index) -> the document's position: from_sequence makes 5 x 120
    got = {k * 120 + i: ids for (k, i), ids in res.ids.items()}
    assert got == {i: ids for i, ids in want_ids.items() if ids}
    assert res.entities == [e.to_dict() for e in reg.entities()]
    assert res.blocks >= 1  # these crossed variants chain most names into one block


def test_keys_join_family_first_and_single_names():
    # a family-first name and its Western order, a bare family name and a particle name share keys
    assert set(official_keys("NISHIMURA Akiko")) & set(official_keys("Akiko Nishimura"))
    assert set(official_keys("Le Floch")) & set(official_keys("Jean-Marc Le Floch"))
    assert set(official_keys("Zhao")) & set(official_keys("Zhao Wei"))
    assert "=" + "zhao wei" in official_keys("Zhao Wei")
