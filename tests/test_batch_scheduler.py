"""dialogue-extract batch --scheduler: the same output folder as a local run, computed on Dask."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import dialogue_extract as de
from dialogue_extract.batch import DOCUMENTS_FILE, read_documents, run_batch

RELEASES = sorted((Path(__file__).resolve().parent.parent / "examples" / "releases").glob("*.txt"))


def _inputs(tmp_path):
    recs = tmp_path / "in.jsonl"
    with recs.open("w", encoding="utf-8") as fh:
        for i, p in enumerate(RELEASES):
            fh.write(json.dumps({"id": f"r{i}", "text": p.read_text(encoding="utf-8")}) + "\n")
        fh.write(json.dumps({"id": "bad-surrogate", "text": "Minister \ud800 met"}) + "\n")
        fh.write(json.dumps({"id": "bad-type", "text": 42}) + "\n")
    return recs


def _docs(out):
    return {d["id"]: (d.get("extraction"), bool(d.get("error"))) for d in read_documents(out / DOCUMENTS_FILE)}


def test_scheduler_writes_the_same_folder_as_a_local_run_and_resumes(tmp_path):
    from typer.testing import CliRunner

    from dialogue_extract.cli import app

    recs = _inputs(tmp_path)
    local = run_batch([recs], tmp_path / "local", progress=False)
    r = CliRunner().invoke(app, ["batch", str(recs), "--out", str(tmp_path / "dask"), "-q",
                                 "--scheduler", "local:2", "--batch-size", "2"])
    assert r.exit_code == 1, r.output  # the two bad documents are error records, the run goes on
    assert _docs(tmp_path / "dask") == _docs(tmp_path / "local")
    a, b = de.read_results(tmp_path / "local"), de.read_results(tmp_path / "dask")
    for name in ("officials", "mentions", "countries", "dates", "sectors", "entities"):
        pd.testing.assert_frame_equal(a[name], b[name], check_like=False)
    assert local.failed == 2
    # a rerun does not redo what is done (the failed documents are tried again)
    s = run_batch([recs], tmp_path / "dask", resume=True, progress=False, scheduler="local:1")
    assert s.skipped == len(RELEASES) and s.succeeded == 0


def test_a_bad_scheduler_is_a_usage_error(tmp_path):
    with pytest.raises(ValueError, match="local:N"):
        run_batch([_inputs(tmp_path)], tmp_path / "out", progress=False, scheduler="local:two")
