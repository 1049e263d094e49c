"""Batches on Ray: the option, and a real two-node Ray cluster on this machine.

The cluster is a head and a second node, each a `ray start` with one CPU, started by the
fixture (tests/raynodes.py: sessions of their own, free ports, torn down without `ray
stop`, which would stop every Ray on the machine).
Workers import this module to unpickle the fake engines, as nodes of a real cluster
import the installed package: the nodes get the checkout and tests/ on PYTHONPATH.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from sync.asr import AsrOptions, Engine
from sync.batch import REPORT_FILE, STATE_FILE, find_items, run_batch
from sync.cli import main
from sync.cluster import RayCluster
from sync.pipeline import SyncOptions

import raynodes
from conftest import ROOT
from test_batch import dying_transcriber, fake_transcriber, pair, statuses

needs_ray = pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                               reason="Ray is not installed (pip install '.[cluster]')")


# Module level, so that Ray workers can unpickle them.
def dying_once_transcriber(audio, progress=None):
    """Notes each attempt (process, node) beside the recording; the first attempt at
    'boom' kills its worker process outright, as the kernel's out-of-memory killer would."""
    import ray

    source = Path(audio.source)
    with open(source.with_suffix(".attempts"), "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()} {ray.get_runtime_context().get_node_id()}\n")
    if "boom" in source.name and len(source.with_suffix(".attempts").read_text().splitlines()) == 1:
        os._exit(9)
    return fake_transcriber(audio)


def attempts(src: Path, stem: str) -> list[list[str]]:
    return [ln.split() for ln in (src / f"{stem}.attempts").read_text().splitlines()]


def outputs(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` but the batch's own state and report."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in (STATE_FILE, REPORT_FILE)}


# --- the option -----------------------------------------------------------------------

@pytest.mark.parametrize("value", ["slurm", "ray:", "ray:nohost", "ray:host:port", "dask:auto"])
def test_a_bad_cluster_is_a_one_line_error(tmp_path, capsys, value):
    pair(tmp_path / "src", "a")
    code = main(["batch", str(tmp_path / "src"), "-o", str(tmp_path / "out"), "--cluster", value],
                engine=Engine(fake_transcriber))
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and err.startswith(f"error: --cluster {value}:")
    assert not (tmp_path / "out").exists()  # refused before anything was done


def test_in_this_process_is_not_a_cluster(tmp_path, capsys):
    pair(tmp_path / "src", "a")
    code = main(["batch", str(tmp_path / "src"), "-o", str(tmp_path / "out"), "-j", "0",
                 "--cluster", "ray"], engine=Engine(fake_transcriber))
    assert code == 2 and "-j 0" in capsys.readouterr().err


def test_without_ray_installed_it_says_how(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ImportError
    pair(tmp_path / "src", "a")
    code = main(["batch", str(tmp_path / "src"), "-o", str(tmp_path / "out"), "--cluster", "ray"],
                engine=Engine(fake_transcriber))
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "pip install 'gikai-sync[cluster]'" in err


def test_an_unreachable_head_fails_at_once(tmp_path, capsys):
    pair(tmp_path / "src", "a")
    t0 = time.monotonic()
    code = main(["batch", str(tmp_path / "src"), "-o", str(tmp_path / "out"),
                 "--cluster", f"ray:127.0.0.1:{raynodes.free_port()}"], engine=Engine(fake_transcriber))
    assert code == 2 and "cannot reach the Ray cluster" in capsys.readouterr().err
    assert time.monotonic() - t0 < 15


def test_each_item_asks_for_its_threads_and_a_gpu_with_cuda(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ray = RayCluster()
    cpu = ray.item_options(SyncOptions(cache_dir=Path("cache")))
    assert cpu.asr.threads == 1 and cpu.cache_dir == tmp_path / "cache"  # as every node sees it
    assert ray.resources(cpu) == {"num_cpus": 1, "num_gpus": 0, "max_retries": 3,
                                  "retry_exceptions": False}
    gpu = ray.item_options(SyncOptions(asr=AsrOptions(device="cuda", threads=4)))
    assert ray.resources(gpu)["num_cpus"] == 4 and ray.resources(gpu)["num_gpus"] == 1


def test_without_the_option_ray_is_not_imported(tmp_path):
    pair(tmp_path / "src", "a")
    script = ("import sys; from sync.asr import Engine; from sync.cli import main; "
              "from test_batch import fake_transcriber; "
              f"code = main(['batch', {str(tmp_path / 'src')!r}, '-o', {str(tmp_path / 'out')!r}, "
              "'-j', '0', '-q', '--no-cache'], engine=Engine(fake_transcriber)); "
              "print(code, 'ray' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=_env(), cwd=ROOT, timeout=120)
    assert done.stdout.split()[-2:] == ["0", "False"], done.stderr[-2000:]


# --- a real cluster -------------------------------------------------------------------

def _env() -> dict[str, str]:
    path = os.pathsep.join([str(ROOT), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")])
    # no token authentication: Ray turns it on for a head when ~/.ray holds a token, but
    # not for the second node; this cluster listens on this machine for a minute only
    return {**os.environ, "PYTHONPATH": path.rstrip(os.pathsep), "RAY_USAGE_STATS_ENABLED": "0",
            "RAY_AUTH_MODE": "disabled"}


@pytest.fixture(scope="module")
def cluster():
    """The address of a head and a second node, one CPU each, on this machine."""
    temp = tempfile.mkdtemp(prefix="ray")
    port = raynodes.free_port()
    small = ["--num-cpus=1", "--object-store-memory=100000000"]
    sessions = []
    try:
        sessions.append(raynodes.start(temp, *raynodes.head_args(port, 1), *small[1:], env=_env()))
        sessions.append(raynodes.start(temp, f"--address=127.0.0.1:{port}", *small, env=_env()))
        yield f"127.0.0.1:{port}"
    finally:
        for session in reversed(sessions):
            raynodes.stop(session)
        shutil.rmtree(temp, ignore_errors=True)


@needs_ray
def test_a_killed_worker_is_retried_and_outputs_match_a_local_run(cluster, tmp_path, capsys):
    src = tmp_path / "src"
    for stem in ("a", "boom", "c", "d"):
        pair(src, stem)
    argv = ["batch", str(src), "--no-cache"]
    assert main([*argv, "-o", str(tmp_path / "local"), "-j", "2"], engine=Engine(fake_transcriber)) == 0
    capsys.readouterr()

    out = tmp_path / "ray"
    code = main([*argv, "-o", str(out), "--cluster", f"ray:{cluster}"],
                engine=Engine(dying_once_transcriber))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "[4/4] ok" in captured.err and "4 items: 4 ok" in captured.out

    killed = attempts(src, "boom")
    assert len(killed) == 2 and killed[0][0] != killed[1][0]  # died once, done by another worker
    assert all(len(attempts(src, s)) == 1 for s in ("a", "c", "d"))
    nodes = {ln[1] for s in ("a", "boom", "c", "d") for ln in attempts(src, s)}
    assert len(nodes) == 2  # both nodes took items

    assert outputs(out) == outputs(tmp_path / "local")  # byte for byte, nothing half-written
    state = [json.loads(ln)["result"] for ln in (out / STATE_FILE).read_text().splitlines()]
    assert sorted(Path(r["recording"]).stem for r in state) == ["a", "boom", "c", "d"]
    report = json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))
    assert [i["status"] for i in report["items"]] == ["ok"] * 4
    assert [i["recording"] for i in report["items"]] == [str(src / f"{s}.mp4") for s in ("a", "boom", "c", "d")]

    # resumable by content hash, as locally: nothing runs again
    assert main([*argv, "-o", str(out), "--cluster", f"ray:{cluster}", "-q"],
                engine=Engine(dying_once_transcriber)) == 0
    assert "4 done before" in capsys.readouterr().out and len(attempts(src, "a")) == 1


@needs_ray
def test_an_item_that_always_kills_its_worker_is_a_crash(cluster, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    pair(src, "a")
    pair(src, "boom")
    results = run_batch(find_items(src, out), out, SyncOptions(use_cache=False),
                        engine=Engine(dying_transcriber),
                        executor=RayCluster(cluster, retries=1))
    assert statuses(results) == {"a": "ok", "boom": "crash"}
    assert "died on each of 2 attempts" in results[1].message
    assert not list(out.glob("boom*")) and not list(out.glob(".*"))
