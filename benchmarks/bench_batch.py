"""The ``dialogue-extract batch`` command on generated releases with 1 and 2 workers.

    python benchmarks/bench_batch.py [--n 5000] [--workers 1 2]

Prints docs/s, the speed-up over one worker and, for each run, the peak memory of the whole
process tree of the command: the main process and its workers, read from ``/proc`` every 50 ms
and summed (RSS, and PSS, which counts pages shared between processes once), beside the peak RSS
of the largest single process (``getrusage``).
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


def _children() -> dict[int, list[int]]:
    """Child pids by parent pid, from /proc."""
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])  # after "(comm) state"
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _kb(path: str, field: str) -> int:
    try:
        with open(path, "rb") as fh:
            for line in fh:
                if line.startswith(field.encode()):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_memory(root: int) -> tuple[int, int, int]:
    """(processes, summed RSS kB, summed PSS kB) of ``root`` and all its descendants."""
    kids = _children()
    todo, seen = [root], []
    while todo:
        pid = todo.pop()
        seen.append(pid)
        todo.extend(kids.get(pid, ()))
    rss = sum(_kb(f"/proc/{p}/status", "VmRSS:") for p in seen)
    pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in seen)
    return len(seen), rss, pss


def run_measured(cmd: list[str], interval: float = 0.05) -> tuple[int, int, int, int]:
    """Run ``cmd``; its exit status and the peaks of (processes, tree RSS kB, tree PSS kB)."""
    proc = subprocess.Popen(cmd)
    peak = [0, 0, 0]
    while proc.poll() is None:
        sample = tree_memory(proc.pid)
        peak = [max(a, b) for a, b in zip(peak, sample)]
        time.sleep(interval)
    return proc.returncode, peak[0], peak[1], peak[2]


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
            code, nproc, tree_rss, tree_pss = run_measured(
                cli + ["batch", str(src), "--out", str(out), "--workers", str(w), "--format", args.format, "--quiet"])
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
                  f"{rate / base:.2f}x, exit {code}, peak memory of the process tree ({nproc} processes): "
                  f"RSS {tree_rss / 1024:,.0f} MB, PSS {tree_pss / 1024:,.0f} MB; largest single process "
                  f"{max(before, peak) / 1024:,.0f} MB; output {size:,.1f} MB, {failed} failed"
                  + (f" (first: {first_error})" if first_error else ""), flush=True)
        print(f"cpus: {os.cpu_count()}")


if __name__ == "__main__":
    main()
