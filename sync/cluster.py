"""A batch on a Ray cluster: each item is a Ray task running :func:`sync.batch.run_job`,
the same per-item function as the local process pool.

``python -m sync batch SOURCE -o OUTDIR --cluster ray[:ADDRESS]`` hands a
:class:`RayCluster` to :func:`sync.batch.run_batch` instead of the local pool; finding
the items, skipping those done before, the state file (written by this process only),
progress, the table and the report are unchanged. What differs:

* each task asks Ray for its resources: ``--threads`` CPUs (default 1, so a node runs
  one item per core, as the local pool does) and one GPU with ``--device cuda``;
* a task whose worker process dies (killed for memory, a crash in native code, a node
  lost) is run again by Ray, up to :data:`RETRIES` times; outputs are written all at once
  (:func:`sync.files.write_all`), so a killed attempt leaves no half-written file;
* paths (recordings, minutes, outputs, ``--cache-dir``, a ``--model`` folder) are made
  absolute before they are sent: they must be on storage every node sees at the same
  path (docs/cluster.md).

Ray is an optional dependency (``pip install 'gikai-sync[cluster]'``), imported only
here and only when a batch runs on it.
"""
from __future__ import annotations

import itertools
import logging
import os
import socket
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

from .batch import Job, Outcome, WorkerDied, run_job
from .errors import SyncError
from .pipeline import SyncOptions

# Attempts after the first for an item whose worker dies. A preemptible node or an
# out-of-memory kill is usually a matter of where the item ran, not of the item; an item
# that kills its worker every time is given up after this many and reported as a crash.
RETRIES = 3

# Seconds to wait for a cluster's head to accept a connection before saying it is down.
CONNECT_TIMEOUT = 10

INSTALL_HINT = "pip install 'gikai-sync[cluster]' (or pip install 'ray>=2.40')"


def _ray():
    """The ray module, or a :class:`SyncError` that says how to install it."""
    try:
        import ray
    except ImportError as exc:
        raise SyncError(f"--cluster ray needs Ray, which is not installed; {INSTALL_HINT}") \
            from exc
    return ray


def check_installed() -> None:
    """Fail before any work when Ray cannot be imported."""
    _ray()


@dataclass(frozen=True)
class RayCluster:
    """Run a batch's items as Ray tasks (an :class:`sync.batch.Executor`)."""

    address: str | None = None  # None: $RAY_ADDRESS, else the Ray started on this machine
                                # by 'ray start', else a new one for this run; "auto":
                                # an existing one only; "local": a new one; "HOST:PORT":
                                # that cluster's head
    workers: int | None = None  # items in flight at most (None: as many as the cluster runs)
    retries: int = RETRIES

    def item_options(self, opts: SyncOptions) -> SyncOptions:
        """One CPU thread per item unless ``--threads`` says otherwise, and every path
        absolute: a task may run on a node with another working folder."""
        model = opts.asr.model
        if model and Path(model).exists():
            model = str(Path(model).resolve())
        return replace(opts, asr=replace(opts.asr, threads=opts.asr.threads or 1, model=model),
                       cache_dir=opts.cache_dir.resolve() if opts.cache_dir else None)

    def __call__(self, jobs: Iterator[tuple[int, Job]]) -> Iterator[tuple[int, Outcome]]:
        ray = _ray()
        started = _connect(ray, self.address)
        task = ray.remote(run_job)
        running: dict = {}
        try:
            while True:
                room = None if self.workers is None else max(1, self.workers) - len(running)
                for i, job in itertools.islice(jobs, room):
                    try:
                        ref = task.options(**self.resources(job.opts)).remote(_absolute(job))
                    except Exception as exc:  # e.g. an engine that cannot be pickled
                        yield i, exc
                        continue
                    running[ref] = (i, job)
                if not running:
                    return
                (ref,), _ = ray.wait(list(running), num_returns=1)
                i, job = running.pop(ref)
                yield i, self._outcome(ray, ref, job)
        finally:
            for ref in running:  # interrupted: what has not finished is given up
                ray.cancel(ref)
            if started:
                ray.shutdown()

    def resources(self, opts: SyncOptions) -> dict:
        """What Ray reserves for one item's task."""
        return {"num_cpus": opts.asr.threads, "num_gpus": 1 if opts.asr.device == "cuda" else 0,
                "max_retries": self.retries, "retry_exceptions": False}

    def _outcome(self, ray, ref, job: Job) -> Outcome:
        try:
            result, memo = ray.get(ref)
        except ray.exceptions.RayTaskError as exc:  # run_job raised: a bug, reported as such
            return exc.cause if isinstance(exc.cause, Exception) else exc
        except ray.exceptions.RayError as exc:  # the worker or its node died, every attempt
            return WorkerDied(
                f"the worker died on each of {self.retries + 1} attempts "
                f"({type(exc).__name__}: out of memory, a crash in native code, or a lost "
                "node); try this item alone with 'python -m sync align'")
        # the paths as the user gave them, like the local pool's results
        return replace(result, recording=str(job.item.recording),
                       minutes=str(job.item.minutes)), memo


def _absolute(job: Job) -> Job:
    """The job with absolute paths, as every node sees them on shared storage."""
    item = job.item
    return replace(job, item=replace(item, recording=item.recording.resolve(),
                                     minutes=item.minutes.resolve(),
                                     outdir=item.outdir.resolve()))


def _connect(ray, address: str | None) -> bool:
    """Join the cluster (or start a Ray on this machine); True when this call did, so
    that it disconnects at the end. A caller already connected (a notebook, a test)
    keeps its own connection."""
    if ray.is_initialized():
        return False
    where = address or os.environ.get("RAY_ADDRESS") or "this machine"
    _check_reachable(where)
    try:
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 logging_level=logging.WARNING, configure_logging=True)
    except (ConnectionError, ValueError, RuntimeError) as exc:
        raise SyncError(f"cannot use the Ray cluster at {where} ({_first_line(exc)}); "
                        f"{_START_HINT}") from exc
    return True


_START_HINT = "start it with 'ray start --head' or pass --cluster ray:HOST:PORT of its head"


def _check_reachable(address: str) -> None:
    """A head given as HOST:PORT that does not answer fails now: Ray itself keeps trying
    to reach it for minutes."""
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        return  # "auto", "this machine", a ray:// client address: Ray checks those
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT).close()
    except OSError as exc:
        raise SyncError(f"cannot reach the Ray cluster at {address} ({exc.strerror or exc}); "
                        f"{_START_HINT}") from exc


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
