"""A missing optional dependency is a clear message naming the extra to install, never a raw
ModuleNotFoundError from deep inside a feature."""
from __future__ import annotations

import sys

import pytest

from dialogue_extract.optional import MissingDependency, require


def _hide(monkeypatch, *modules):
    for m in modules:
        monkeypatch.setitem(sys.modules, m, None)  # "import m" now raises ImportError


@pytest.mark.parametrize("module, feature, extra", [
    ("pyarrow.parquet", "Parquet tables", "tables"),
    ("pandas", "Tables", "tables"),
    ("matplotlib.pyplot", "Plots", "notebook"),
    ("trafilatura", "Reading HTML", "html"),
])
def test_require_names_the_extra(monkeypatch, module, feature, extra):
    _hide(monkeypatch, module.split(".")[0], module)
    with pytest.raises(MissingDependency) as e:
        require(module, feature)
    assert f'pip install "dialogue-extract[{extra}]"' in str(e.value) and feature in str(e.value)
    assert isinstance(e.value, ImportError)


def test_features_use_it(monkeypatch):
    from dialogue_extract import plots, tables

    _hide(monkeypatch, "pandas", "matplotlib", "matplotlib.pyplot")
    with pytest.raises(MissingDependency, match=r"dialogue-extract\[tables\]"):
        tables.require_pandas()
    with pytest.raises(MissingDependency, match=r"dialogue-extract\[notebook\]"):
        plots._require_matplotlib()


def test_batch_without_pyarrow_says_so_before_writing_anything(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from dialogue_extract.batch import run_batch
    from dialogue_extract.cli import app

    (tmp_path / "a.txt").write_text("Foreign Minister Ana Ruiz of Peru met officials.", encoding="utf-8")
    _hide(monkeypatch, "pyarrow", "pyarrow.parquet")
    with pytest.raises(MissingDependency, match="--format csv"):
        run_batch([tmp_path / "a.txt"], tmp_path / "out", progress=False)
    assert not (tmp_path / "out").exists()
    r = CliRunner().invoke(app, ["batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "-q"])
    assert r.exit_code == 2 and 'pip install "dialogue-extract[tables]"' in r.output
    # CSV tables need nothing more
    s = run_batch([tmp_path / "a.txt"], tmp_path / "csv", table_format="csv", progress=False)
    assert s.succeeded == 1
