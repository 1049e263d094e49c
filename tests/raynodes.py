"""Ray nodes on this machine, for tests/test_cluster.py and scripts/bench_cluster.py.

Each node is one `ray start` in a session of its own, on free ports and the caller's
temporary folder (short: Ray's socket paths must fit in 107 bytes). It is stopped by
killing that session's processes: its daemons, and its workers, which put themselves in
process groups of their own but stay in the session. Never by `ray stop`, which would stop
every Ray on the machine, other people's included.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(temp: str, *args: str, env: dict[str, str], cwd: Path | None = None) -> int:
    """``ray start ARGS`` on 127.0.0.1 with ``temp`` as its folder; returns its session.
    ``args`` says which node (``--head --port=P`` or ``--address=…``) and its CPUs."""
    ray = Path(sys.executable).with_name("ray")
    proc = subprocess.Popen(
        [str(ray), "start", *args, "--node-ip-address=127.0.0.1", f"--temp-dir={temp}",
         f"--dashboard-agent-listen-port={free_port()}", "--disable-usage-stats"],
        env=env, cwd=cwd, start_new_session=True, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    out, _ = proc.communicate(timeout=120)
    if proc.returncode != 0:
        stop(proc.pid)
        raise RuntimeError(f"ray start failed:\n{out[-3000:]}")
    return proc.pid


def head_args(port: int, cpus: int) -> list[str]:
    return ["--head", f"--port={port}", f"--num-cpus={cpus}", "--include-dashboard=false",
            f"--dashboard-port={free_port()}"]


def stop(session: int) -> None:
    """Every process of that session: asked to end, then killed."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = _in_session(session)
        if not pids:
            break
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        time.sleep(1)


def _in_session(session: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and os.getsid(int(entry)) == session:
                found.append(int(entry))
        except OSError:
            continue
    return found
