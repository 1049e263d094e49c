#!/usr/bin/env python3
"""Benchmark: the cost of running `batch` on Ray instead of the local process pool.

The same N items (copies of the bundled 71-second sample, default 8) are synced with the
real model, without the ASR cache (the copies are identical, so a cache would make every
item after the first free), twice, each as the user runs it, in a process of its own:

1. ``local``: ``python -m sync batch SRC -o OUT -j W`` (a process pool of W workers);
2. ``ray``:   ``python -m sync batch SRC -o OUT --cluster ray -j W``, on a Ray started
   for the run on this machine (or the one RAY_ADDRESS names), one CPU per item, at most
   W items at once.

Both give each item one CPU thread, so the difference is what Ray costs: starting the
cluster, scheduling, moving the arguments and results. On a machine shared with other
work the wall times wander, so ``--rounds R`` runs them in the order local, ray, ray,
local… (R of each) and the overhead is taken from the best time of each, with every time
printed. Also says whether the outputs of the two are byte-identical.

Usage: .venv/bin/python scripts/bench_cluster.py [-n 8] [-j 2] [--rounds 2] [-o bench-cluster-out]
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_items(src: Path, n: int) -> None:
    src.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        shutil.copy(ROOT / "media" / "sample.mp4", src / f"item{k:02d}.mp4")
        shutil.copy(ROOT / "media" / "sample.txt", src / f"item{k:02d}.txt")


def timed_batch(src: Path, out: Path, extra: list[str], env: dict[str, str]) -> float:
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "sync", "batch", str(src), "-o", str(out), "--no-cache", "-q", *extra]
    print("$", " ".join(cmd[1:]), file=sys.stderr, flush=True)
    t = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"exit {done.returncode}:\n{done.stdout}\n{done.stderr[-3000:]}")
    print(done.stdout.splitlines()[-1], file=sys.stderr)
    return wall


def same_outputs(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir() if p.is_file() and not p.name.startswith("batch-"))
    match, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors


def item_seconds(out: Path) -> float:
    return json.loads((out / "batch-report.json").read_text(encoding="utf-8"))["summary"]["seconds"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--items", type=int, default=8)
    ap.add_argument("-j", "--workers", type=int, default=os.cpu_count() or 1,
                    help="local processes, and CPUs of the local Ray (default: all cores)")
    ap.add_argument("--rounds", type=int, default=1, help="runs of each (default 1)")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "bench-cluster-out")
    args = ap.parse_args()
    make_items(args.output / "src", args.items)
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    extra = {"local": ["-j", str(args.workers)], "ray": ["--cluster", "ray", "-j", str(args.workers)]}
    order = [m for r in range(args.rounds) for m in (("local", "ray") if r % 2 == 0 else ("ray", "local"))]
    walls: dict[str, list[float]] = {"local": [], "ray": []}
    items: dict[str, list[float]] = {"local": [], "ray": []}
    load = os.getloadavg()[0]
    for mode in order:
        walls[mode].append(timed_batch(args.output / "src", args.output / mode, extra[mode], env))
        items[mode].append(item_seconds(args.output / mode))
    print(f"{args.items} items (copies of the 71 s sample), real model, {args.workers} at a time, "
          f"one CPU thread each; load average {load:.1f} at the start")
    for mode, label in (("local", "local pool"), ("ray", "ray")):
        times = ", ".join(f"{w:.1f}" for w in walls[mode])
        print(f"{label + ':':11} best {min(walls[mode]):7.1f} s wall  (runs: {times} s; "
              f"summed over items in the best: {items[mode][walls[mode].index(min(walls[mode]))]:.1f} s)")
    best = 100 * (min(walls["ray"]) - min(walls["local"])) / min(walls["local"])
    print(f"overhead:   {best:+6.1f} % (best against best)")
    print(f"outputs identical: {same_outputs(args.output / 'local', args.output / 'ray')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
