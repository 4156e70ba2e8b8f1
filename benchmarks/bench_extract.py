"""Throughput of the pipeline against the bare tokenizer on texts it has never seen, peak memory and
cold start.

    python benchmarks/bench_extract.py                       # unique real-length releases
    python benchmarks/bench_extract.py --source generated    # unique 50-100-word releases
    python benchmarks/bench_extract.py --source generated --n 3000 --processes 1 2   # extract_many(n_process=N), wall time
    python benchmarks/bench_extract.py --cold 5              # cold start only: import, load, first extract

Every run is a fresh process, so no cache of the library or of spaCy has seen the texts: it builds a
blank tokenizer (``spacy.blank("en")``) and the default pipeline, warms both on 30 other generated
releases and compiles the patterns otherwise compiled on first use (``Extractor.warm_up()``, as a
batch does: a one-time cost, not a rate), then times, in CPU seconds, the
tokenizer over the texts and ``extract_many`` over the same texts. The figure that matters is the
ratio of the two rates (machine-independent); the median of ``--runs`` runs is printed with all runs.

Sources: ``fixtures`` are the annotated releases under ``tests/fixtures`` (real-length, each one
different; about 450 words); ``generated`` are short releases from ``generate_releases.py``.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

COLD = (
    "import time; t=time.perf_counter(); c=time.process_time(); import dialogue_extract as de; "
    "t1=time.perf_counter(); c1=time.process_time(); de.get_extractor(); t2=time.perf_counter(); "
    "c2=time.process_time(); de.extract('New Delhi, 4 March 2024. External Affairs Minister Dr. R. Venkatesh "
    "met the Foreign Minister of Peru.'); t3=time.perf_counter(); c3=time.process_time(); "
    "print(f'{t1-t:.3f} {t2-t:.3f} {t3-t:.3f} {c1-c:.3f} {c2-c:.3f} {c3-c:.3f}')"
)


def cold_start(runs: int) -> None:
    """Import, + pipeline load, + first extract, each in a fresh process: medians of wall and CPU time."""
    colds = [subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout.split()
             for _ in range(runs)]
    c = [statistics.median(float(x[i]) for x in colds) for i in range(6)]
    print(f"cold start (median of {runs}): import {c[0]:.2f} s, + pipeline load {c[1]:.2f} s, "
          f"+ first extract {c[2]:.2f} s wall; CPU {c[3]:.2f} s, {c[4]:.2f} s, {c[5]:.2f} s")


def texts(source: str, n: int) -> list[str]:
    if source == "fixtures":
        out = [json.loads(p.read_text(encoding="utf-8"))["text"]
               for p in sorted((ROOT / "tests" / "fixtures").glob("annotated*/*.json"))]
        return out[:n] if n else out
    from generate_releases import generate

    return [r["text"] for r in generate(n or 2000) if "text" in r]


def one_run(source: str, n: int) -> dict:
    """Runs in a fresh process: CPU time of the tokenizer and of the pipeline on the same texts."""
    import resource

    import spacy

    import dialogue_extract as de

    docs = texts(source, n)
    words = sum(len(t.split()) for t in docs)
    blank = spacy.blank("en")
    ex = de.get_extractor()
    # one-time costs (patterns compiled on first use) belong to the cold start, not to the rate:
    # both sides first see a few generated releases, none of them among the timed texts
    from generate_releases import generate

    warm = [r["text"] for r in generate(30, seed=7) if "text" in r]
    assert not set(warm) & set(docs)
    for _ in blank.pipe(warm):
        pass
    ex.warm_up()
    for _ in ex.extract_many(warm):
        pass
    t = time.process_time()
    for _ in blank.pipe(docs, batch_size=64):
        pass
    t_tok = time.process_time() - t
    t = time.process_time()
    for _ in ex.extract_many(docs, batch_size=64):
        pass
    t_ext = time.process_time() - t
    return {"docs": len(docs), "words": words, "tok_wps": words / t_tok, "ext_wps": words / t_ext,
            "ext_dps": len(docs) / t_ext, "ratio": t_tok / t_ext,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", choices=["fixtures", "generated"], default="fixtures")
    ap.add_argument("--n", type=int, default=0, help="number of texts (0: all fixtures, 2000 generated)")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes; the median is reported")
    ap.add_argument("--processes", type=int, nargs="*", default=None,
                    help="instead: documents/s in wall time of extract_many(n_process=N) for each N")
    ap.add_argument("--one-run", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--cold", type=int, default=0, metavar="RUNS",
                    help="instead: only the cold start, in RUNS fresh processes (wall and CPU time)")
    args = ap.parse_args()
    if args.cold:
        cold_start(args.cold)
        return
    if args.processes:
        import dialogue_extract as de

        docs = texts(args.source, args.n)
        ex = de.get_extractor()
        ex.extract(docs[0])
        base = None
        import resource

        def children_cpu() -> float:
            ru = resource.getrusage(resource.RUSAGE_CHILDREN)
            return ru.ru_utime + ru.ru_stime

        for n in args.processes:
            t, c, k = time.perf_counter(), time.process_time(), children_cpu()
            for _ in ex.extract_many(docs, n_process=n, batch_size=64):
                pass
            rate = len(docs) / (time.perf_counter() - t)
            base = base or rate
            # on a busy machine wall time says little: the CPU time of the main process (which
            # sends texts and loads results) and of the workers tell where the time went
            print(f"n_process={n}: {rate:,.0f} documents/s (wall time, {len(docs)} documents), x{rate / base:.2f}; "
                  f"CPU main process {time.process_time() - c:.2f} s, workers {children_cpu() - k:.2f} s")
        return
    if args.one_run:
        print(json.dumps(one_run(args.source, args.n)))
        return
    runs = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, __file__, "--one-run", "--source", args.source, "--n", str(args.n)],
                             capture_output=True, text=True, check=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    med = lambda k: statistics.median(r[k] for r in runs)  # noqa: E731
    print(f"source: {args.source}, documents: {runs[0]['docs']}, words: {runs[0]['words']:,} "
          f"(~{runs[0]['words'] // runs[0]['docs']} per document), {args.runs} fresh processes, CPU time")
    print(f"tokenizer only : {med('tok_wps'):12,.0f} words/s")
    print(f"extract_many   : {med('ext_wps'):12,.0f} words/s  {med('ext_dps'):9,.1f} docs/s")
    print(f"ratio (pipeline / tokenizer speed): median {med('ratio'):.1%}; runs "
          + ", ".join(f"{r['ratio']:.1%}" for r in runs))
    print(f"peak RSS: {max(r['peak_rss_mb'] for r in runs):,.0f} MB")
    cold_start(3)


if __name__ == "__main__":
    main()
