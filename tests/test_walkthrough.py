"""The analyst walkthrough notebook runs from top to bottom without errors (headless)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NOTEBOOK = EXAMPLES / "analyst_walkthrough.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], "strip the notebook's outputs before committing"
            assert cell.get("execution_count") is None


def test_walkthrough_executes():
    nbformat = pytest.importorskip("nbformat", reason="nbformat is needed to read the notebook")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is needed to execute the notebook")
    pytest.importorskip("ipykernel", reason="ipykernel provides the python3 kernel")
    pytest.importorskip("matplotlib", reason="the notebook draws plots")
    pytest.importorskip("pandas", reason="the notebook builds tables")
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        pytest.skip("no 'python3' Jupyter kernel is installed")

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name="python3",
        timeout=300,
        resources={"metadata": {"path": str(EXAMPLES)}},  # relative paths resolve from examples/
        allow_errors=False,
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    html = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if "text/html" in o.get("data", {})]
    assert any("dialogue-extract" in o["data"]["text/html"] for o in html), "the highlighted view is shown"
    # the kernel's inline backend renders figures to PNG without a display
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2, "both plots are drawn"



@pytest.mark.parametrize("release", [None, "releases/news_page.html"])
def test_quickstart_runs(release):
    import subprocess
    import sys

    args = [sys.executable, str(EXAMPLES / "quickstart.py")] + ([release] if release else [])
    proc = subprocess.run(args, cwd=EXAMPLES, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    for heading in ("Officials (", "Countries:", "Dates:", "Sectors:"):
        assert heading in proc.stdout
