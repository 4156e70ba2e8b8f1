"""Batch processing from Python: outputs, error records, resume, tables, reference dates."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from dialogue_extract import batch as batch_mod
from dialogue_extract.batch import (DOCUMENTS_FILE, ENTITIES_FILE, TABLES, process_records, read_documents,
                                    run_batch, table_rows)
from dialogue_extract.results import Extraction, Mention, Official
from dialogue_extract.sources import SourceRecord

RELEASE = ("Tokyo, 12 June 2023. Foreign Minister Haruka Onodera held talks with the visiting "
           "Minister of Foreign Affairs of Sweden, Sofia Lindqvist, on trade and renewable energy.")


def make_corpus(root, n=6):
    (root / "txt").mkdir(parents=True)
    for i in range(n):
        (root / "txt" / f"r{i}.txt").write_text(f"Release {i}. " + RELEASE, encoding="utf-8")
    (root / "bad.txt").write_bytes(b"\xff\xfe\xfd not utf-8")
    (root / "empty.txt").write_bytes(b"")
    with (root / "recs.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "j1", "text": RELEASE, "date": "2023-06-12"}) + "\n")
        fh.write('{"id": "j2", "text": \n')
        fh.write(json.dumps({"id": "j3", "url": "https://example.org/x"}) + "\n")
    return [root / "txt", root / "bad.txt", root / "empty.txt", root / "recs.jsonl"]


def ids(out):
    return [d["id"] for d in read_documents(out / DOCUMENTS_FILE)]


def test_run_batch_writes_documents_tables_entities(tmp_path):
    inputs = make_corpus(tmp_path / "in")
    summary = run_batch(inputs, tmp_path / "out", progress=False)
    assert (summary.succeeded, summary.failed) == (7, 4)
    docs = list(read_documents(tmp_path / "out" / DOCUMENTS_FILE))
    assert len(docs) == 11 and len(set(ids(tmp_path / "out"))) == 11
    by_id = {d["id"]: d for d in docs}
    j1 = by_id["j1"]
    assert j1["reference_date"] == "2023-06-12" and j1["reference_date_origin"] == "record"
    assert j1["source"]["line"] == 1 and j1["text_source"] == "text" and j1["text"] == RELEASE
    assert Extraction.model_validate(j1["extraction"]).error is None
    errors = {d["id"].rsplit("/", 1)[-1]: d["error"] for d in docs if d["error"]}
    assert set(errors) == {"bad.txt", "empty.txt", "recs.jsonl:2", "j3"}
    assert all(by_id[i]["extraction"] is None for i in by_id if by_id[i]["error"])
    for name in TABLES:
        df = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        assert list(df.columns) == [c for c, _ in TABLES[name]]
    assert (tmp_path / "out" / ENTITIES_FILE).exists()
    assert not list((tmp_path / "out").glob("*.partial"))


def test_csv_tables_are_readable(tmp_path):
    run_batch(make_corpus(tmp_path / "in", n=2), tmp_path / "out", table_format="csv", progress=False)
    for name in TABLES:
        df = pd.read_csv(tmp_path / "out" / f"{name}.csv")
        assert list(df.columns) == [c for c, _ in TABLES[name]]


def test_previous_run_needs_resume_or_overwrite(tmp_path):
    inputs = make_corpus(tmp_path / "in", n=1)
    run_batch(inputs, tmp_path / "out", progress=False)
    with pytest.raises(FileExistsError):
        run_batch(inputs, tmp_path / "out", progress=False)
    s = run_batch(inputs, tmp_path / "out", overwrite=True, progress=False)
    assert s.processed == 6 and len(ids(tmp_path / "out")) == 6


def test_missing_input_raises_before_any_output(tmp_path):
    with pytest.raises(FileNotFoundError):
        run_batch([tmp_path / "nothing-here"], tmp_path / "out", progress=False)
    assert not (tmp_path / "out" / DOCUMENTS_FILE).exists()


def test_resume_after_truncated_last_line(tmp_path):
    inputs = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    run_batch(inputs, out, progress=False)
    full = sorted(ids(out))
    lines = (out / DOCUMENTS_FILE).read_bytes().splitlines(keepends=True)
    (out / DOCUMENTS_FILE).write_bytes(b"".join(lines[:4]) + lines[4][: len(lines[4]) // 2])
    s = run_batch(inputs, out, resume=True, progress=False)
    assert s.skipped == 4 and s.processed == len(full) - 4
    assert sorted(ids(out)) == full  # nothing lost, nothing duplicated
    assert all(line.endswith(b"\n") for line in (out / DOCUMENTS_FILE).read_bytes().splitlines(keepends=True))
    n_ok = sum(1 for d in read_documents(out / DOCUMENTS_FILE) if not d["error"])
    assert pd.read_parquet(out / "officials.parquet")["doc_id"].nunique() <= n_ok


def test_interrupted_run_loses_nothing_and_resume_completes(tmp_path, monkeypatch):
    inputs = make_corpus(tmp_path / "in", n=8)
    out = tmp_path / "out"
    real = batch_mod.process_records
    calls = {"n": 0}

    def flaky(records, extractor, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(records, extractor, **kw)

    monkeypatch.setattr(batch_mod, "process_records", flaky)
    with pytest.raises(KeyboardInterrupt) as info:
        run_batch(inputs, out, batch_size=2, progress=False)
    assert info.value.summary.processed == 4
    assert len(ids(out)) == 4
    monkeypatch.setattr(batch_mod, "process_records", real)
    s = run_batch(inputs, out, batch_size=2, resume=True, progress=False)
    assert s.skipped == 4
    all_ids = ids(out)
    assert len(all_ids) == len(set(all_ids)) == 13
    entities = (out / ENTITIES_FILE).read_text(encoding="utf-8").splitlines()
    assert all(json.loads(e)["entity_id"] for e in entities)


def test_duplicate_ids_get_distinct_error_records(tmp_path):
    path = tmp_path / "dups.jsonl"
    path.write_text("\n".join(json.dumps({"id": "same", "text": RELEASE}) for _ in range(3)) + "\n", encoding="utf-8")
    s = run_batch([path], tmp_path / "out", progress=False)
    assert (s.succeeded, s.failed) == (1, 2)
    assert ids(tmp_path / "out") == ["same", "same#dup2", "same#dup3"]


def test_two_workers_give_the_same_documents(tmp_path):
    inputs = make_corpus(tmp_path / "in", n=5)
    run_batch(inputs, tmp_path / "one", progress=False)
    run_batch(inputs, tmp_path / "two", workers=2, batch_size=2, progress=False)
    strip = lambda out: [{k: v for k, v in d.items()} for d in read_documents(out / DOCUMENTS_FILE)]  # noqa: E731
    assert strip(tmp_path / "one") == strip(tmp_path / "two")


class FakeExtractor:
    """Returns a fixed reference date only when one is passed, like a text without dateline."""

    def __init__(self):
        self.calls = []

    def extract_many(self, items, *, as_tuples, batch_size):
        for text, ref in items:
            self.calls.append(ref)
            yield Extraction(text=text, reference_date=ref, reference_date_source="argument" if ref else None)


def test_html_page_date_is_only_a_fallback():
    html = ("<html><head><meta property='article:published_time' content='2022-02-03'></head><body><article>"
            "<p>" + RELEASE.split(". ", 1)[1] * 3 + "</p></article></body></html>")
    fake = FakeExtractor()
    (doc,) = process_records([SourceRecord(id="p", path="p.html", kind="html", content=html)], fake)
    assert fake.calls[0] is None  # first without a date, so a dateline would win
    assert str(fake.calls[1]) == "2022-02-03"
    assert doc["reference_date"] == "2022-02-03" and doc["reference_date_origin"] == "html_metadata"
    assert doc["text_source"] == "html_main_text" and "<p>" not in doc["text"]


@pytest.mark.parametrize("record_date,option,expected", [
    ("2021-01-01", "2020-05-05", ("2021-01-01", "record")),
    (None, "2020-05-05", ("2020-05-05", "option")),
    (None, None, (None, None)),
])
def test_reference_date_precedence(record_date, option, expected):
    fake = FakeExtractor()
    rec = SourceRecord(id="t", path="t", content=RELEASE, date=record_date)
    (doc,) = process_records([rec], fake, default_reference_date=option)
    assert (doc["reference_date"], doc["reference_date_origin"]) == expected


def test_bad_record_date_is_an_error_record():
    (doc,) = process_records([SourceRecord(id="t", path="t", content=RELEASE, date="12/06/2023")], FakeExtractor())
    assert "not an ISO date" in doc["error"]


def test_table_rows_carry_entity_ids():
    ex = Extraction(officials=[Official(id="P1", name="Sofia Lindqvist", titles=["State Secretary"], country="SWE",
                                        mentions=[Mention(text="Sofia Lindqvist", start=0, end=15)])])
    doc = {"id": "d1", "reference_date": "2023-06-12", "extraction": ex.model_dump(mode="json")}
    rows = table_rows(doc, {"P1": "sofia-lindqvist-abc123"})
    (off,) = rows["officials"]
    assert off["entity_id"] == "sofia-lindqvist-abc123" and off["titles"] == ["State Secretary"]
    assert rows["mentions"][0]["entity_id"] == "sofia-lindqvist-abc123"
    failed = table_rows({"id": "d2", "extraction": None, "error": "x"}, {})
    assert [(r["doc_id"], r["error"]) for r in failed["documents"]] == [("d2", "x")]  # a row, with its error
    assert all(not rows for name, rows in failed.items() if name != "documents")


def test_progress_bar_on_request(tmp_path, capsys):
    run_batch(make_corpus(tmp_path / "in", n=2), tmp_path / "out", progress=True)
    err = capsys.readouterr().err
    assert "7/7" in err and "doc/s" in err


def test_forked_workers_share_the_loaded_pipeline(tmp_path, monkeypatch):
    """Where the platform forks, the workers inherit the main process's Extractor (here one with
    an actor list of its own, which a pipeline loaded by name would not have): none of them
    builds a pipeline of its own."""
    import copy
    import multiprocessing as mp

    from dialogue_extract import get_extractor
    from dialogue_extract.actors import coerce_actors

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("no fork on this platform")
    ex = copy.copy(get_extractor())
    ex.actors = coerce_actors({"Haruka Onodera": {"country": "JPN", "titles": "Foreign Minister"}})
    inputs = make_corpus(tmp_path / "in", n=5)
    one = run_batch(inputs, tmp_path / "one", batch_size=2, progress=False, extractor=ex)

    def no_new_pipeline(*args, **kwargs):
        raise AssertionError("a worker loaded a pipeline of its own")

    monkeypatch.setattr(batch_mod, "Extractor", no_new_pipeline)
    two = run_batch(inputs, tmp_path / "two", workers=2, batch_size=2, progress=False, extractor=ex)
    assert (two.succeeded, two.failed) == (one.succeeded, one.failed)
    docs = list(read_documents(tmp_path / "two" / DOCUMENTS_FILE))
    assert docs == list(read_documents(tmp_path / "one" / DOCUMENTS_FILE))
    assert any(o.get("actor_id") for d in docs if d.get("extraction") for o in d["extraction"]["officials"])
