"""The benchmark helpers that README figures rely on."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_batch_memory_is_summed_over_the_whole_process_tree():
    sys.path.insert(0, str(BENCH))
    try:
        import bench_batch
    finally:
        sys.path.remove(str(BENCH))
    # a parent holding ~60 MB that starts a child holding ~60 MB: the tree's peak counts both
    code = ("import subprocess, sys, time; x = b'x' * (60 << 20); "
            "c = subprocess.Popen([sys.executable, '-c', 'import time; y = bytes([121]) * (60 << 20); time.sleep(1.5)']); "
            "c.wait()")
    status, processes, rss_kb, pss_kb = bench_batch.run_measured([sys.executable, "-c", code], interval=0.02)
    assert status == 0 and processes >= 2
    assert rss_kb > 120 * 1024 and pss_kb > 100 * 1024
    n, rss_self, _ = bench_batch.tree_memory(os.getpid())
    assert n >= 1 and rss_self > 0
    assert subprocess.run([sys.executable, str(BENCH / "bench_batch.py"), "--help"],
                          capture_output=True).returncode == 0
