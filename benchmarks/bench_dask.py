"""dialogue_extract.dask on a LocalCluster of 1 and 2 worker processes (one thread each).

    python benchmarks/bench_dask.py [--n 3000] [--workers 1 2] [--partitions 16]

Generated releases (benchmarks/generate_releases.py) in a dask.bag; prints documents/s of the
extraction (pipeline loading excluded: each worker loads it on a warm-up task first), the
speed-up over the first worker count, and each worker's peak resident memory.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_releases import generate  # noqa: E402


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm() -> int:
    from dialogue_extract import dask as de_dask

    de_dask.worker_extractor()
    return de_dask.LOADS


def main() -> None:
    import dask.bag as db
    from distributed import Client, LocalCluster

    from dialogue_extract.dask import extract_bag

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--partitions", type=int, default=16)
    args = ap.parse_args()
    recs = list(generate(args.n))
    base = None
    for w in args.workers:
        with LocalCluster(n_workers=w, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            client.run(_warm)  # load the pipeline in every worker first
            t = time.perf_counter()
            docs = extract_bag(db.from_sequence(recs, npartitions=args.partitions)).documents.compute()
            secs = time.perf_counter() - t
            peaks = client.run(_peak_rss_mb)
        failed = sum(1 for d in docs if d["error"])
        rate = len(docs) / secs
        base = base or rate
        print(f"{w} worker(s): {len(docs)} documents ({failed} failed) in {secs:.1f} s = {rate:.1f} docs/s "
              f"(x{rate / base:.2f}); peak RSS per worker: "
              + ", ".join(f"{v:.0f} MB" for v in sorted(peaks.values())), flush=True)


if __name__ == "__main__":
    main()
