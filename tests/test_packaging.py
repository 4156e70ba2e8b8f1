"""The wheel carries the top-level ``models/`` folder inside the package, and a wheel install reads
its data from there (the same files an editable install reads in place)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("hatchling") is None, reason="the build backend (hatchling) is not installed"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", str(ROOT), "-w", str(out)],
        check=True, capture_output=True,
    )
    (path,) = out.glob("dialogue_extract-*.whl")
    return path


def test_the_wheel_holds_every_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    source = ROOT / "models"
    expected = {
        "dialogue_extract/models/" + p.relative_to(source).as_posix()
        for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    assert expected and expected <= names


def test_an_installed_wheel_reads_its_own_data(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import json, dialogue_extract as de\n"
        "from dialogue_extract import data\n"
        "r = de.extract('Prime Minister Narendra Modi met President Joe Biden of the United States.')\n"
        "print(json.dumps({'models': str(data.MODELS_DIR), 'officials': [o.name for o in r.officials]}))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env={"PYTHONPATH": str(target)},
                         capture_output=True, text=True, check=True)
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert Path(out["models"]).resolve() == (target / "dialogue_extract" / "models").resolve()
    assert out["officials"] == ["Narendra Modi", "Joe Biden"]


def test_a_source_checkout_reads_the_top_level_folder():
    from dialogue_extract import data

    if (Path(data.__file__).parent / "models").is_dir():
        pytest.skip("installed from a wheel")
    assert data.MODELS_DIR.resolve() == (ROOT / "models").resolve()
