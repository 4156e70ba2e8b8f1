"""Throughput of the pipeline against the bare tokenizer, peak memory and cold start.

    python benchmarks/bench_extract.py [--n 2000] [--source generated|samples]

Prints words/s and docs/s of ``extract_many`` and of ``spacy.blank("en")`` tokenising the same
texts, their ratio, the peak RSS of this process, and the cold start (``import dialogue_extract``
plus the first ``extract()``) measured in a fresh subprocess.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_releases import generate  # noqa: E402

COLD = (
    "import time; t=time.perf_counter(); import dialogue_extract as de; t1=time.perf_counter(); "
    "de.extract('New Delhi, 4 March 2024. External Affairs Minister Dr. R. Venkatesh met the "
    "Foreign Minister of Peru.'); t2=time.perf_counter(); print(f'{t1-t:.3f} {t2-t:.3f}')"
)


SAMPLES = Path(__file__).resolve().parent.parent / "examples" / "releases"


def _texts(n: int, source: str) -> list[str]:
    if source == "samples":  # the shipped sample releases (300-600 words, like real ones), repeated
        samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
        return [samples[i % len(samples)] for i in range(n)]
    return [r.get("text") or r["html"] for r in generate(n) if "text" in r]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000, help="number of generated releases")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    ap.add_argument("--source", choices=["generated", "samples"], default="generated",
                    help="short generated releases (about 90 words) or the sample releases in examples/")
    args = ap.parse_args()
    import spacy

    import dialogue_extract as de

    texts = _texts(args.n, args.source)
    words = sum(len(t.split()) for t in texts)
    blank = spacy.blank("en")
    ex = de.get_extractor()
    list(ex.extract_many(texts[:50]))  # warm up

    def best(fn) -> float:
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return min(times)

    t_tok = best(lambda: [None for _ in blank.pipe(texts, batch_size=64)])
    t_ext = best(lambda: [None for _ in ex.extract_many(texts, batch_size=64)])
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cold = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout.split()
    print(f"documents: {len(texts)}, words: {words:,}")
    print(f"tokenizer only : {words / t_tok:12,.0f} words/s  {len(texts) / t_tok:9,.1f} docs/s")
    print(f"extract_many   : {words / t_ext:12,.0f} words/s  {len(texts) / t_ext:9,.1f} docs/s")
    print(f"ratio (pipeline / tokenizer speed): {t_tok / t_ext:.1%}")
    print(f"peak RSS: {rss_mb:,.0f} MB")
    print(f"cold start: import {float(cold[0]):.2f} s, import + first extract {float(cold[1]):.2f} s")


if __name__ == "__main__":
    main()
