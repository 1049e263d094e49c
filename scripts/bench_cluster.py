#!/usr/bin/env python3
"""Benchmark: the cost of running `batch` on Ray instead of the local process pool.

The same N items (copies of the bundled 71-second sample, default 8) are synced with the
real model, without the ASR cache (the copies are identical, so a cache would make every
item after the first free), each run as the user runs it, in a process of its own:

1. ``local``:     ``python -m sync batch SRC -o OUT -j W`` (a process pool of W workers);
2. ``ray``:       ``... --cluster ray:HOST:PORT -j W`` on a Ray already running on this
   machine (one head, W CPUs, started by this script with ``ray start --head``): what a
   batch costs on a cluster that exists;
3. ``ray-start``: ``... --cluster ray -j W`` with no Ray running, so the command starts
   one for the run and stops it at the end: the one-machine case, Ray's start included.

All give each item one CPU thread and run W at once, so the differences are what Ray
costs: starting (3 only), scheduling, moving arguments and results. On a machine shared
with other work the wall times wander, so ``--rounds R`` runs every mode R times in a
rotating order and the overheads are taken from the best time of each, with every time
printed. Ray's token authentication is turned off for these runs (RAY_AUTH_MODE=disabled):
the cluster listens on this machine only, and ~/.ray is left as it was. Also says whether
the outputs of the runs are byte-identical.

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
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import raynodes  # noqa: E402  (a head on this machine, stopped without 'ray stop')

MODES = ("local", "ray", "ray-start")


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
                    help="items at once: local processes, Ray CPUs (default: all cores)")
    ap.add_argument("--rounds", type=int, default=1, help="runs of each mode (default 1)")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "bench-cluster-out")
    args = ap.parse_args()
    make_items(args.output / "src", args.items)
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "disabled"}
    env.pop("RAY_ADDRESS", None)
    j = ["-j", str(args.workers)]
    load = os.getloadavg()[0]
    temp = tempfile.mkdtemp(prefix="raybench")
    port = raynodes.free_port()
    session = raynodes.start(temp, *raynodes.head_args(port, args.workers), env=env, cwd=ROOT)
    address = f"127.0.0.1:{port}"
    try:
        extra = {"local": j, "ray": ["--cluster", f"ray:{address}", *j],
                 "ray-start": ["--cluster", "ray:local", *j]}
        walls: dict[str, list[float]] = {m: [] for m in MODES}
        items: dict[str, list[float]] = {m: [] for m in MODES}
        for r in range(args.rounds):
            for mode in MODES[r % 3:] + MODES[:r % 3]:
                walls[mode].append(timed_batch(args.output / "src", args.output / mode, extra[mode], env))
                items[mode].append(item_seconds(args.output / mode))
    finally:
        raynodes.stop(session)
        shutil.rmtree(temp, ignore_errors=True)
    print(f"{args.items} items (copies of the 71 s sample), real model, {args.workers} at a time, "
          f"one CPU thread each; load average {load:.1f} at the start")
    local = min(walls["local"])
    for mode in MODES:
        best = min(walls[mode])
        times = ", ".join(f"{w:.1f}" for w in walls[mode])
        over = "" if mode == "local" else f"  overhead {100 * (best - local) / local:+5.1f} %"
        print(f"{mode + ':':10} best {best:6.1f} s wall{over}   (runs: {times} s; items summed "
              f"in the best: {items[mode][walls[mode].index(best)]:.1f} s)")
    same = all(same_outputs(args.output / "local", args.output / m) for m in MODES[1:])
    print(f"outputs identical: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
