"""The dialogue-extract command: extract, batch, exit codes, help."""
from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

from dialogue_extract.batch import DOCUMENTS_FILE, read_documents
from dialogue_extract.cli import app

RELEASE = ("Seoul, 3 October 2024. Vice Minister for Foreign Affairs Min-jun Seo met the Ambassador of "
           "Mexico, Maria Castellanos, to discuss cooperation in tourism and education.")
PAGE = ("<!DOCTYPE html><html><head><title>Vice Minister meets Ambassador</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/press'>Press room</a></nav><article><p>" + RELEASE + "</p>"
        "<p>Both sides agreed to deepen exchanges between universities and to promote tourism.</p></article>"
        "<div id='comments'><p>Quentin Blake wrote: lovely news, thanks for sharing this update.</p></div>"
        "</body></html>")

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "in"
    (root / "nested").mkdir(parents=True)
    (root / "a.txt").write_text(RELEASE, encoding="utf-8")
    (root / "nested" / "page.html").write_text(PAGE, encoding="utf-8")
    (root / "one.json").write_text(json.dumps({"id": "json-1", "text": RELEASE, "date": "2024-10-03"}), encoding="utf-8")
    (root / "recs.jsonl").write_text(json.dumps({"id": "l1", "html": PAGE, "url": "https://example.org/p"}) + "\n"
                                     + json.dumps({"id": "l2", "text": RELEASE}) + "\n", encoding="utf-8")
    return root


def test_extract_text_file_prints_extraction_json(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(RELEASE, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--reference-date", "2024-10-03"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["reference_date"] == "2024-10-03"
    assert set(data) >= {"officials", "countries", "dates", "sectors"}
    compact = runner.invoke(app, ["extract", str(f), "--compact"])
    assert compact.exit_code == 0 and len(compact.stdout.strip().splitlines()) == 1


def test_extract_html_from_stdin_with_record():
    res = runner.invoke(app, ["extract", "-", "--record"], input=PAGE)
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout)
    assert rec["text_source"] == "html_main_text"
    assert "Press room" not in rec["text"] and "Quentin Blake" not in rec["text"]
    for o in rec["extraction"]["officials"]:
        for m in o["mentions"]:
            assert rec["text"][m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize("args", [
    ["extract", "missing.txt"],
    ["extract", "-", "--reference-date", "March 3"],
    ["batch", "nowhere/", "--out", "o"],
    ["batch", "x.txt"],  # --out missing
    ["frobnicate"],
])
def test_usage_errors_exit_2(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text(RELEASE, encoding="utf-8")
    assert runner.invoke(app, args, input="").exit_code == 2


def test_extract_empty_file_exits_1(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 1 and "empty" in res.output


def test_batch_all_ok_exits_0_and_writes_parquet(corpus, tmp_path):
    out = tmp_path / "out"
    res = runner.invoke(app, ["batch", str(corpus), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "5 succeeded, 0 failed" in res.output
    docs = {d["id"]: d for d in read_documents(out / DOCUMENTS_FILE)}
    assert len(docs) == 5
    assert docs["l1"]["text_source"] == "html_main_text" and docs["l1"]["url"] == "https://example.org/p"
    assert docs["json-1"]["reference_date_origin"] == "record"
    for table in ("officials", "mentions", "countries", "dates", "sectors"):
        pd.read_parquet(out / f"{table}.parquet")


def test_batch_with_failures_exits_1_and_goes_on(corpus, tmp_path):
    (corpus / "bad.txt").write_bytes(b"caf\xe9 \xff")
    (corpus / "empty.txt").write_bytes(b"")
    with (corpus / "recs.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("{this is not json\n")
        fh.write(json.dumps({"id": "no-text", "date": "2024-01-01"}) + "\n")
    out = tmp_path / "out"
    res = runner.invoke(app, ["batch", str(corpus), "--out", str(out), "--format", "csv"])
    assert res.exit_code == 1
    assert "5 succeeded, 4 failed" in res.output
    docs = list(read_documents(out / DOCUMENTS_FILE))
    assert len(docs) == 9 and sum(1 for d in docs if d["error"]) == 4
    for table in ("officials", "mentions", "countries", "dates", "sectors"):
        pd.read_csv(out / f"{table}.csv")


def test_batch_resume_and_overwrite(corpus, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(app, ["batch", str(corpus), "--out", str(out), "-q"]).exit_code == 0
    again = runner.invoke(app, ["batch", str(corpus), "--out", str(out)])
    assert again.exit_code == 2 and "--resume" in again.output
    lines = (out / DOCUMENTS_FILE).read_bytes().splitlines(keepends=True)
    (out / DOCUMENTS_FILE).write_bytes(b"".join(lines[:2]) + lines[2][:40])  # killed mid-write
    res = runner.invoke(app, ["batch", str(corpus), "--out", str(out), "--resume"])
    assert res.exit_code == 0, res.output
    assert "2 skipped" in res.output
    ids = [d["id"] for d in read_documents(out / DOCUMENTS_FILE)]
    assert len(ids) == len(set(ids)) == 5
    res = runner.invoke(app, ["batch", str(corpus), "--out", str(out), "--overwrite", "-q"])
    assert res.exit_code == 0 and res.output == ""


def test_glob_input(corpus, tmp_path):
    out = tmp_path / "out"
    res = runner.invoke(app, ["batch", str(corpus / "**" / "*.html"), "--out", str(out), "-q"])
    assert res.exit_code == 0
    assert [d["id"].rsplit("/", 1)[-1] for d in read_documents(out / DOCUMENTS_FILE)] == ["page.html"]


@pytest.mark.parametrize("args", [[], ["extract"], ["batch"]])
def test_help_has_examples(args):
    res = runner.invoke(app, args + ["--help"])
    assert res.exit_code == 0
    assert "Examples" in res.output and "dialogue-extract" in res.output


def test_console_script_entry_point(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(RELEASE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", "from dialogue_extract.cli import main; main()", "extract",
                           str(f), "--compact"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["officials"] is not None
