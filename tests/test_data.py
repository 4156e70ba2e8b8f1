"""The data layer: every shipped data file reads and has its shape; a bad file is a named error."""
from __future__ import annotations

import json

import pytest

from dialogue_extract import data
from dialogue_extract.data import DataFileError, data_path, read_json, read_jsonl, read_lines, read_tsv


def test_every_shipped_file_reads():
    base = data.pipeline_dir()
    files = [p for p in base.rglob("*") if p.is_file()]
    assert files
    for p in files:
        if p.suffix == ".json":
            assert isinstance(read_json(p), dict)
        elif p.suffix == ".jsonl":
            assert read_jsonl(p)
        elif p.suffix == ".tsv":
            assert read_tsv(p)
        elif p.suffix == ".txt":
            assert read_lines(p)


@pytest.mark.parametrize("name", sorted(data.SCHEMAS))
def test_json_lexicons_match_their_schema(name):
    read_json(data_path(name))  # no DataFileError
    assert set(k for k in json.loads(data_path(name).read_text()) if not k.startswith("_")) \
        <= set(data.SCHEMAS[name].model_fields)


@pytest.mark.parametrize("content, message", [
    ({"heads": ["Minister"], "modifers": ["Deputy"]}, "unknown key(s) 'modifers'"),
    ({"heads": "Minister"}, "heads"),
    ({"abbreviations": {"FM": 3}}, "abbreviations"),
    (["heads"], "expected a JSON object"),
])
def test_a_misshapen_lexicon_is_a_named_error(tmp_path, content, message):
    p = tmp_path / "titles.json"
    p.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        read_json(p)
    assert str(p) in str(e.value) and message in str(e.value)


def test_comment_keys_are_documentation(tmp_path):
    p = tmp_path / "titles.json"
    p.write_text(json.dumps({"_doc": ["anything"], "_note": 3, "heads": ["Minister"]}), encoding="utf-8")
    assert read_json(p)["heads"] == ["Minister"]


def test_bad_json_and_missing_files_are_named_errors(tmp_path):
    p = tmp_path / "dates.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataFileError, match="not JSON"):
        read_json(p)
    q = tmp_path / "rules.jsonl"
    q.write_text('# a comment\n{"a": 1}\n{oops\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="line 3"):
        read_jsonl(q)
    with pytest.raises(DataFileError, match="cannot read"):
        read_lines(tmp_path / "missing.txt")


def test_tsv_columns_are_checked(tmp_path):
    p = tmp_path / "aliases.tsv"
    p.write_text("# comment\nalias\tcode\nBharat\tIND\n", encoding="utf-8")
    assert read_tsv(p, columns=("alias", "code")) == ({"alias": "Bharat", "code": "IND"},)
    with pytest.raises(DataFileError, match="no column 'country'"):
        read_tsv(p, columns=("country",))


def test_a_pipeline_with_a_bad_lexicon_says_which_file(tmp_path):
    import shutil

    import dialogue_extract as de

    folder = tmp_path / "custom"
    shutil.copytree(data.pipeline_dir(), folder)
    titles = json.loads((folder / "titles.json").read_text(encoding="utf-8"))
    titles["head"] = titles.pop("heads")
    (folder / "titles.json").write_text(json.dumps(titles), encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown key.*'head'"):
        de.load(str(folder))
