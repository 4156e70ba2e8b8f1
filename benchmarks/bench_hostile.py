"""Time and peak memory of one document, by size and by pathological pattern, with growth
exponents. Every measurement runs in a fresh process (the least CPU time of ``extract`` over
``--repeat`` runs, 3 by default, so that a busy machine does not skew the exponents; peak RSS of
that process, which includes the loaded pipeline).

    python benchmarks/bench_hostile.py                 # the README table
    python benchmarks/bench_hostile.py --sizes 10e3 1e6  # fewer sizes

The exponent of a pattern is log(t(8n) / t(n)) / log(8): 1.0 is linear. The last line times
``resolve_mentions`` over n names of distinct people sharing one family name (each named in full,
by initial and by the family name alone).
"""
from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, %(here)r)
from generate_releases import generate
from dialogue_extract import get_extractor
kind, n, repeat = sys.argv[1], int(float(sys.argv[2])), int(sys.argv[3])
if kind == "namesakes":  # resolve_mentions over n names: distinct people sharing a family name
    import random, string
    from dialogue_extract import resolve_mentions
    rnd, names, seen = random.Random(7), [], set()
    while len(names) < n:
        g = rnd.choice(string.ascii_uppercase) + "".join(rnd.choice("aeiou" if j %% 2 else "bdfgklmnprstvz")
                                                         for j in range(7))
        if g not in seen:
            seen.add(g)
            names += [g + " Sharma", g[0] + ". Sharma", "Sharma"]
    names = names[:n]
    resolve_mentions(["Warm Up"])
    t = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        clusters = resolve_mentions(names)
        t = min(t, time.process_time() - t0)
    print(json.dumps({"chars": n, "seconds": t, "error": None,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    sys.exit(0)
if kind == "releases":
    parts, size = [], 0
    for rec in generate(10 ** 9):
        if "text" not in rec:
            continue
        parts.append(rec["text"]); size += len(rec["text"]) + 2
        if size >= n:
            break
    text = "\n\n".join(parts)[:n]
else:
    unit = json.loads(kind)
    text = "Tokyo, 12 June 2023. Foreign Minister Haruka Onodera met. " + unit * (n // len(unit))
ex = get_extractor()
ex.extract("Warm-up.")
t = float("inf")
for _ in range(repeat):
    t0 = time.process_time()
    res = ex.extract(text)
    t = min(t, time.process_time() - t0)
print(json.dumps({"chars": len(text), "seconds": t, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "error": res.error}))
"""

PATTERNS = [",", "(", ")", "'", "-", "U.S.-Vietnam and ", "U.S.-Vietnam-", "<<>>", "Minister ", "A. ",
            "Foreign Minister Ravi Kumar met Foreign Minister Penny Wong of Australia and "]  # one sentence of meetings


REPEAT = 3


def run(kind: str, n: float, repeat: int = 0) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD % {"here": str(HERE)}, kind, str(n), str(repeat or REPEAT)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", nargs="*", type=float, default=[10e3, 1e6, 10e6])
    ap.add_argument("--pattern-chars", type=float, default=40e3, help="n for a pattern (measured at n and 8n)")
    ap.add_argument("--names", type=float, default=5000, help="n names for resolve_mentions (at n and 8n)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the least CPU time counts")
    args = ap.parse_args()
    global REPEAT
    REPEAT = args.repeat
    print("| input | chars | CPU s | peak RSS MB | exponent |")
    print("|---|---:|---:|---:|---:|")
    prev = None
    for n in args.sizes:
        r = run("releases", n)
        exp = ""
        if prev and prev["seconds"] > 0.01:
            exp = f"{math.log(r['seconds'] / prev['seconds']) / math.log(r['chars'] / prev['chars']):.2f}"
        print(f"| releases | {r['chars']:,} | {r['seconds']:.2f} | {r['peak_mb']:.0f} | {exp} |", flush=True)
        prev = r
    for p in PATTERNS:
        a = run(json.dumps(p), args.pattern_chars)
        b = run(json.dumps(p), 8 * args.pattern_chars)
        exp = math.log(max(b["seconds"], 1e-3) / max(a["seconds"], 1e-3)) / math.log(8)
        print(f"| {p!r} x n | {a['chars']:,} / {b['chars']:,} | {a['seconds']:.2f} / {b['seconds']:.2f} "
              f"| {b['peak_mb']:.0f} | {exp:.2f} |", flush=True)
    a, b = run("namesakes", args.names), run("namesakes", 8 * args.names)
    exp = math.log(max(b["seconds"], 1e-3) / max(a["seconds"], 1e-3)) / math.log(8)
    print(f"| resolve_mentions, namesakes x n (names) | {a['chars']:,} / {b['chars']:,} "
          f"| {a['seconds']:.2f} / {b['seconds']:.2f} | {b['peak_mb']:.0f} | {exp:.2f} |", flush=True)


if __name__ == "__main__":
    main()
