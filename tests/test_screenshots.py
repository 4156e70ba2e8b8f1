"""What a person looks at, rendered in a real browser (headless Chromium) and written as PNG
screenshots to build/screenshots/: the notebook view on a light and a dark page, and both plots
at 50 and 500 releases."""
from __future__ import annotations

import base64
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import dialogue_extract as de
from dialogue_extract.notebook import render_html

BROWSER = next((b for b in ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or "")
                if b and os.access(b, os.X_OK)), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="headless Chromium is not installed")

ROOT = Path(__file__).resolve().parent.parent
# (DE_SCREENSHOTS: another folder, for a run beside another one, as CI runs its Python versions)
SHOTS = Path(os.environ.get("DE_SCREENSHOTS") or ROOT / "build" / "screenshots")
sys.path.insert(0, str(ROOT / "benchmarks"))


def _shoot(html: str, name: str, tmp_path: Path, size: str = "1200,1400") -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    out = SHOTS / f"{name}.png"
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
           "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={size}",
           f"--screenshot={out}", page.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.is_file() and out.stat().st_size > 5000
    return out


def _page(body: str, dark: bool = False) -> str:
    style = "background:#1e1e1e;color:#ddd;" if dark else "background:#fff;color:#222;"
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body style='{style}'>{body}</body></html>"


def test_notebook_view_on_light_and_dark_pages(tmp_path):
    text = ("New Delhi, 3 March 2024\n\nExternal Affairs Minister Dr. S. Jaishankar met Foreign Minister "
            "Penny Wong of Australia. They agreed to deepen cooperation in renewable energy, defence and "
            "critical minerals. Secretary (East) Jaideep Mazumdar and Joint Secretary Anil Kumar were present.\n\n" + "The ministers also "
            "reviewed people-to-people ties. " * 40 + "\n\nLast line of the release.")
    ex = de.extract(text)
    html = render_html(ex)
    assert "max-height" not in html and "overflow" not in html  # the whole text, in static exports too
    assert "Last line of the release." in html
    assert "Renewable" in html or "renewable" in html.lower()
    assert "(guess)" in html  # a country from the home state is marked as a guess
    for dark in (False, True):
        _shoot(_page(html, dark), f"notebook_view_{'dark' if dark else 'light'}", tmp_path)


@pytest.mark.parametrize("n", [50, 500])
def test_plots_at_50_and_500_releases(tmp_path, n):
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from generate_releases import generate

    from dialogue_extract import plots

    records = [r for r in generate(n) if "text" in r]
    results = list(de.extract_many(((r["text"], r.get("date")) for r in records), as_tuples=True))
    tables = de.to_tables(results, doc_ids=[r["id"] for r in records])
    images = []
    for draw in (plots.plot_sectors_over_time, plots.plot_official_network):
        ax = draw(tables)
        buf = io.BytesIO()
        ax.figure.savefig(buf, format="png", dpi=90, bbox_inches="tight")
        plt.close(ax.figure)
        images.append(base64.b64encode(buf.getvalue()).decode())
    body = "".join(f"<img style='max-width:100%' src='data:image/png;base64,{b}'>" for b in images)
    _shoot(_page(f"<h3>{len(records)} releases</h3>{body}"), f"plots_{n}_releases", tmp_path, "1400,2200")
