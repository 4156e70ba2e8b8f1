"""The ``dialogue-extract batch`` command on generated releases with 1 and 2 workers.

    python benchmarks/bench_batch.py [--n 5000] [--workers 1 2]

Prints docs/s, the speed-up over one worker and the peak RSS of the command (main process and,
separately, the largest worker) for each run.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_releases import write  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--format", default="parquet", choices=["parquet", "csv"])
    args = ap.parse_args()
    cli = [sys.executable, "-c", "from dialogue_extract.cli import main; main()"]
    with tempfile.TemporaryDirectory() as tmp:
        src = write(args.n, Path(tmp) / "releases.jsonl")
        base = None
        for w in args.workers:
            out = Path(tmp) / f"out{w}"
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            t = time.perf_counter()
            proc = subprocess.run(cli + ["batch", str(src), "--out", str(out), "--workers", str(w),
                                         "--format", args.format, "--quiet"])
            secs = time.perf_counter() - t
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            n_lines = failed = 0
            first_error = None
            for line in (out / "documents.jsonl").open("rb"):
                n_lines += 1
                if b'"error": null}' not in line[-20:]:
                    failed += 1
                    first_error = first_error or json.loads(line)["error"]
            rate = n_lines / secs
            base = base or rate
            size = sum(f.stat().st_size for f in out.iterdir()) / 1e6
            print(f"workers={w}: {n_lines} docs in {secs:.1f} s = {rate:,.1f} docs/s, speed-up "
                  f"{rate / base:.2f}x, exit {proc.returncode}, peak RSS of any process so far "
                  f"{max(before, peak) / 1024:,.0f} MB, output {size:,.1f} MB, {failed} failed"
                  + (f" (first: {first_error})" if first_error else ""))
        print(f"cpus: {os.cpu_count()}")


if __name__ == "__main__":
    main()
