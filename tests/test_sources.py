"""Reading batch inputs: folders, globs, txt/html files, json and jsonl records."""
from __future__ import annotations

import json

import pytest

from dialogue_extract.sources import SourceProblem, SourceRecord, expand_inputs, iter_sources, prepare_text


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("First release.", encoding="utf-8")
    (tmp_path / "a" / "two.html").write_text("<html><body><p>Second</p></body></html>", encoding="utf-8")
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "a" / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "recs.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Record one.", "date": "2024-05-01", "url": "https://example.org/1"})
        + "\n\n" + "{not json\n" + json.dumps({"id": "x3"}) + "\n" + json.dumps([1, 2]) + "\n",
        encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"text": "A."}, {"html": "<p>B</p>"}]), encoding="utf-8")
    (tmp_path / "single.json").write_text(json.dumps({"text": "C.", "reference_date": "2023-01-02"}),
                                          encoding="utf-8")
    return tmp_path


def test_folder_is_walked_recursively_known_suffixes_only(tree):
    files = [p.name for p in expand_inputs([tree / "a"])]
    assert files == ["one.txt", "two.html"]


def test_glob_and_missing_inputs(tree):
    assert [p.name for p in expand_inputs([str(tree / "**" / "*.txt")])] == ["one.txt"]
    with pytest.raises(FileNotFoundError):
        list(expand_inputs([tree / "nope.txt"]))
    with pytest.raises(FileNotFoundError):
        list(expand_inputs([str(tree / "*.xml")]))


def test_jsonl_records_ids_lines_and_errors(tree):
    recs = list(iter_sources([tree / "recs.jsonl"]))
    assert [r.line for r in recs] == [1, 3, 4, 5]  # the blank line is skipped
    first, broken, no_text, not_object = recs
    assert (first.id, first.date, first.url, first.kind, first.error) == (
        "x1", "2024-05-01", "https://example.org/1", "text", None)
    assert broken.id.endswith("recs.jsonl:3") and "not valid JSON" in broken.error
    assert no_text.id == "x3" and "no 'text' or 'html'" in no_text.error
    assert "not an object" in not_object.error


@pytest.mark.parametrize("name,expected", [
    ("list.json", [("list.json#0", "text"), ("list.json#1", "html")]),
    ("single.json", [("single.json", "text")]),
])
def test_json_files(tree, name, expected):
    recs = list(iter_sources([tree / name]))
    assert [(r.id.rsplit("/", 1)[-1], r.kind) for r in recs] == expected


def test_json_date_alias(tree):
    (rec,) = iter_sources([tree / "single.json"])
    assert rec.date == "2023-01-02"


def test_broken_json_file_is_one_error_record(tmp_path):
    (tmp_path / "bad.json").write_text("[{", encoding="utf-8")
    (rec,) = iter_sources([tmp_path / "bad.json"])
    assert "not valid JSON" in rec.error


@pytest.mark.parametrize("content,kind,reason", [
    (b"\xff\xfe\x00bad", "text", "not valid UTF-8"),
    (b"", "text", "empty"),
    (b"   \n\t", "text", "empty"),
    (b"", "html", "empty"),
    (b"abc\x00def", "text", "NUL"),
])
def test_prepare_text_problems(content, kind, reason):
    with pytest.raises(SourceProblem, match=reason):
        prepare_text(SourceRecord(id="d", path="d", kind=kind, content=content))


def test_prepare_text_plain_keeps_text_exactly():
    text = "\ufeffNew Delhi, 4 March 2024.\r\nThe Minister met his counterpart.  "
    prepared = prepare_text(SourceRecord(id="d", path="d", kind="text", content=text.encode("utf-8")))
    assert prepared.text == text.lstrip("\ufeff")  # a BOM is dropped, nothing else changes
    assert prepared.text_source == "text"


def test_prepare_text_auto_detects_html():
    html = b"<!DOCTYPE html><html><body><article><p>" + b"The ministers met to discuss trade. " * 5 + b"</p></article></body></html>"
    prepared = prepare_text(SourceRecord(id="-", path="-", kind="auto", content=html))
    assert prepared.text_source == "html_main_text"
    assert "<p>" not in prepared.text
