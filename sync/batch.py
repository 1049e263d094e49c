"""Sync a whole archive: many (recording, minutes) pairs, in parallel, resumable.

``python -m sync batch SOURCE -o OUTDIR`` where SOURCE is

* a folder: every recording in it or its subfolders (by extension, :data:`MEDIA_SUFFIXES`)
  is paired with the minutes file of the same name and the extension ``.txt`` (else
  ``.html``, ``.htm``, ``.pdf``, ``.docx``, ``.odt`` or ``.csv``) in the same folder (``2024/0918.mp4`` ↔ ``2024/0918.txt``); outputs go to the same subfolder
  of OUTDIR (``OUTDIR/2024/0918.srt``). A recording without its ``.txt`` is reported as
  an error, never skipped silently;
* a CSV manifest with a header row and the columns ``recording,minutes[,output]``:
  recording and minutes relative to the manifest's folder, output (a folder) relative to
  OUTDIR; an empty output means OUTDIR.

Each item is one :func:`sync.pipeline.sync` call (:func:`run_job`) run by an
:class:`Executor`: by default a :class:`LocalPool` of worker processes (one per core,
each with its share of the cores for speech recognition), or Ray tasks on a cluster
(:class:`sync.cluster.RayCluster`). A failing item never stops the others: a
:class:`SyncError` makes it ``error``, anything else ``crash``, and a worker process that
dies (out of memory, a crash in native code) is retried alone once (on Ray: by Ray,
up to :data:`sync.cluster.RETRIES` times).

Resuming: every finished item appends a line to ``OUTDIR/batch-state.jsonl``, keyed by
the SHA-256 of the recording and minutes bytes, the options and the output place. A
later run skips items whose key is there as ``ok`` and whose outputs still exist (a
killed run continues where it stopped; changed files or options are done again);
failed items are always tried again. At the end a table is printed and a JSON report
written (default ``OUTDIR/batch-report.json``). Exit status: 0 when every item is ok
(or was done before), 4 when any failed, 2 when SOURCE itself is unusable (see
:mod:`sync.cli`).
"""
from __future__ import annotations

import csv
from contextlib import contextmanager
from collections import Counter
import hashlib
import itertools
import json
import multiprocessing
import os
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from glob import escape as glob_escape
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol, Sequence, Union

from .asr import Engine
from .errors import MinutesError, SyncError
from .files import media_digest, sha256_file, stamp, write_atomic
from .notices import clock, warnings
from .pipeline import SyncOptions, sync
from .sources import read_csv_rows

MEDIA_SUFFIXES = frozenset(
    ".mp4 .m4v .mov .mkv .webm .avi .wmv .flv .ts .mts .m2ts .mpg .mpeg .3gp "
    ".wav .flac .mp3 .m4a .aac .ogg .oga .opus .wma".split())
STATE_FILE = "batch-state.jsonl"
REPORT_FILE = "batch-report.json"


@dataclass(frozen=True)
class Item:
    """One job: a recording, its minutes, and the folder for its outputs."""

    recording: Path
    minutes: Path
    outdir: Path
    problem: str | None = None   # set when the item cannot even be tried (no minutes…)


@dataclass(frozen=True)
class ItemResult:
    recording: str
    minutes: str
    status: str              # ok | error | crash | skipped (ok in an earlier run)
    message: str = ""
    duration: float = 0.0    # seconds of media
    cues: int = 0            # speech captions
    stars: int = 0           # ★ in the minutes
    stars_filled: int = 0    # ★ with a candidate
    confidence: float = 0.0  # mean confidence of the captions
    seconds: float = 0.0     # wall time of this item in this run (0 when skipped)
    outputs: tuple[str, ...] = ()
    key: str = ""

    @property
    def failed(self) -> bool:
        return self.status in ("error", "crash")


Progress = Callable[[ItemResult, int, int], None]


# --- finding the items ----------------------------------------------------------------

# the minutes beside a recording, in this order: text, a saved page, a PDF, a Word or
# OpenDocument text, a CSV export, a minutes API's answer
MINUTES_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx", ".odt", ".csv", ".json", ".xml", ".eml", ".mhtml", ".mht")
_OTHER_SUFFIXES = tuple(s for s in MINUTES_SUFFIXES if s not in (".txt", ".htm", ".mht"))


def items_from_folder(folder: Path, outdir: Path) -> list[Item]:
    """Recordings under ``folder`` paired with the minutes of the same name beside them
    (``.txt``, else ``.html``/``.htm``, ``.pdf``, ``.docx``, ``.odt``, ``.csv``, ``.json``, ``.xml``,
    ``.eml`` or ``.mhtml``/``.mht``)."""
    items = []
    for media in sorted(p for p in folder.rglob("*")
                        if p.suffix.lower() in MEDIA_SUFFIXES and p.is_file()):
        rel = media.parent.relative_to(folder)
        # exactly <stem><suffix>, either case (not 0918.draft.txt, and no glob: 0920[1].txt)
        minutes = next((p for s in MINUTES_SUFFIXES for p in (media.with_suffix(s), media.with_suffix(s.upper()))
                        if p.is_file()), media.with_suffix(".txt"))
        twins = [p for p in media.parent.glob(f"{media.stem}.*")
                 if p.suffix.lower() in MEDIA_SUFFIXES and p != media]
        problem = None
        old = next((p for s in (".doc", ".rtf", ".jtd", ".xls", ".xlsx") for p in (media.with_suffix(s), media.with_suffix(s.upper()))
                    if p.is_file()), None)
        if not minutes.is_file() and old is not None:
            problem = (f"its minutes {old.name} are in a format not read here; save them as "
                       f"{media.stem}.docx or {media.stem}.txt")
        elif not minutes.is_file():
            problem = (f"no minutes file {minutes.name} beside it (or {', '.join(_OTHER_SUFFIXES)}); "
                       "save the minutes under that name")
        elif twins:
            problem = (f"{twins[0].name} has the same name, so their outputs would collide; "
                       "rename one or list them in a CSV manifest")
        items.append(Item(media, minutes, outdir / rel, problem))
    return items


# a manifest's columns, by the headers office staff write for them (English or Japanese)
MANIFEST_COLUMNS = {
    "recording": ("録画", "録画ファイル", "動画", "動画ファイル", "映像", "映像ファイル", "音声", "音声ファイル",
                  "録音", "メディア", "video", "audio", "media"),
    "minutes": ("会議録", "会議録ファイル", "議事録", "議事録ファイル", "速報版", "原稿", "テキスト", "text", "transcript"),
    "output": ("出力", "出力先", "出力フォルダ", "出力フォルダー", "保存先", "out"),
    # what a site shows (sync.session.merge)
    "date": ("日付", "開催日", "会議日", "年月日"),
    "session": ("会期", "会期名"),
    "kind": ("種別",),
    "meeting": ("会議名", "会議"),
    "body": ("会議体",),
    "number": ("号", "号数"),
    "detail": ("詳細",),
    "title": ("タイトル", "表題", "件名"),
    "assembly": ("議会", "議会名"),
}


def read_manifest(manifest: Path, required: Sequence[str] = ("recording", "minutes")):
    """A manifest's rows (:class:`sync.sources.Table`), its columns named as in
    :data:`MANIFEST_COLUMNS`. Raises :class:`SyncError` when it cannot be read or has no
    header with the ``required`` columns in its first ten rows."""
    try:
        table = read_csv_rows(manifest, MANIFEST_COLUMNS, required)
    except (OSError, MinutesError, csv.Error) as exc:
        raise SyncError(f"cannot read the manifest ({exc}); save it as CSV (UTF-8 or Shift_JIS)",
                        path=str(manifest)) from exc
    if not set(required) <= set(table.header):
        found = ",".join(c for c in table.header if c)[:80] or "nothing"
        raise SyncError("the manifest needs a header row with the columns recording,minutes[,output] "
                        f"(or 録画,会議録[,出力先]); none of its first ten rows has them, the first has {found}",
                        path=str(manifest))
    return table


def items_from_manifest(manifest: Path, outdir: Path) -> list[Item]:
    """Rows ``recording,minutes[,output]`` of a CSV file with a header row."""
    base = manifest.parent
    table = read_manifest(manifest)
    items = []
    for number, row in zip(table.lines, table.rows):
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue          # a blank row (a spreadsheet's ,,,,,,)
        rec, mins = manifest_path(row.get("recording")), manifest_path(row.get("minutes"))
        out = manifest_path(row.get("output"))
        problem = None if rec and mins else f"manifest row {number} has no recording or no minutes"
        if out and (Path(out).is_absolute() or ".." in Path(out).parts):
            problem = f"manifest row {number}: its output {out} is not a folder inside the output folder"
        items.append(Item(base / rec, base / mins, outdir / out if out else outdir, problem))
    return items


def manifest_path(cell: str | None) -> str:
    """A manifest cell's path: trimmed, and a Windows path's backslashes (録画\\2024\\0618.mp4,
    a manifest made on Windows) as slashes."""
    return (cell or "").strip().replace("\\", "/")


def orphan_minutes(folder: Path, outdir: Path) -> list[Path]:
    """Minutes under ``folder`` with no recording of their name beside them (most often a
    recording named otherwise): not synced, so the user is told. Outputs (in ``outdir``,
    or named ``stem.filled.txt`` …) are not minutes."""
    out = outdir.resolve()
    found = []
    for p in sorted(folder.rglob("*")):
        if p.suffix.lower() not in MINUTES_SUFFIXES or "." in p.stem or not p.is_file() \
                or p.name in (STATE_FILE, REPORT_FILE):
            continue
        if p.resolve().is_relative_to(out) and out != folder.resolve():
            continue
        if p.suffix.lower() == ".json" and (p.parent / f"{p.stem}.srt").exists():
            continue          # a sync map written beside its recording
        if not any(m.suffix.lower() in MEDIA_SUFFIXES for m in p.parent.glob(f"{glob_escape(p.stem)}.*")):
            found.append(p)
    return found


def find_items(source: Path, outdir: Path) -> list[Item]:
    """Items from a folder or a ``.csv`` manifest; raises :class:`SyncError` if none."""
    if source.is_dir():
        items = items_from_folder(source, outdir)
        hint = "put recordings with minutes of the same name (.txt, .html, .pdf, .docx, .odt or .csv) in it"
    elif source.is_file() and source.suffix.lower() == ".csv":
        items = items_from_manifest(source, outdir)
        hint = "add rows recording,minutes to it"
    elif source.exists():
        raise SyncError("is neither a folder nor a .csv manifest; pass one of them",
                        path=str(source))
    else:
        raise SyncError("not found; pass a folder of recordings or a .csv manifest",
                        path=str(source))
    if not items:
        raise SyncError(f"holds no recordings to sync; {hint}", path=str(source))
    return _without_collisions(items)


def _without_collisions(items: list[Item]) -> list[Item]:
    """An item whose outputs would overwrite an earlier item's is refused, not run."""
    seen: dict[Path, Item] = {}
    out = []
    for item in items:
        target = item.outdir.resolve() / item.recording.stem
        first = seen.setdefault(target, item)
        if first is not item and not item.problem:
            item = replace(item, problem=f"its outputs {target}.* would overwrite those of "
                                         f"{first.recording}; give it another output folder")
        out.append(item)
    return out


# --- resuming -------------------------------------------------------------------------

def _options_identity(opts: SyncOptions) -> dict:
    """The options that change outputs (not where the ASR cache is, nor thread counts)."""
    data = asdict(opts)
    for k in ("cache_dir", "use_cache"):
        data.pop(k, None)
    for k in ("threads", "device"):
        data.get("asr", {}).pop(k, None)
    return data


def item_key(item: Item, opts: SyncOptions, memo: dict[str, str]) -> str:
    """What identifies a finished item: both files' contents, the options, the outputs."""
    ident = {"recording": media_digest(item.recording, memo),
             "minutes": sha256_file(item.minutes, memo),
             "options": _options_identity(opts),
             "output": str(item.outdir.resolve() / item.recording.stem)}
    return hashlib.sha256(json.dumps(ident, sort_keys=True, default=str).encode()).hexdigest()


def _state_records(path: Path):
    """(line as read, its result) for each whole line of a batch state file; a line cut
    short by a kill is passed over."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    for line in lines:
        try:
            rec = json.loads(line)
            result = ItemResult(**{**rec["result"], "outputs": tuple(rec["result"]["outputs"])})
        except (ValueError, KeyError, TypeError):
            continue
        yield rec, result


def read_state(path: Path) -> tuple[dict[str, ItemResult], dict[str, str]]:
    """Items done before (key → result) and the file hashes they used."""
    done, memo = {}, {}
    for rec, result in _state_records(path):
        memo.update(rec.get("hashes", {}))
        if result.status == "ok":
            done[result.key] = result
    return done, memo


def recordings(outdir: Path) -> dict[Path, Path]:
    """{sync map: the recording batch read for it} of the items a batch into ``outdir``
    made, as absolute paths ({} where no batch ran there)."""
    found: dict[Path, Path] = {}
    for rec, result in _state_records(outdir / STATE_FILE):
        # (absolute since they were recorded so; as given, resolved here, for older files)
        recording = Path(rec.get("recording_path") or result.recording).resolve()
        for sync_map in rec.get("sync_maps") or [o for o in result.outputs if str(o).endswith(".json")]:
            found[Path(sync_map).resolve()] = recording
    return found


def _hashes_of(memo: dict[str, str], *paths: str) -> dict[str, str]:
    """The remembered hashes of these files (any size and mtime)."""
    where = {str(Path(p).resolve()) for p in paths}
    return {k: v for k, v in memo.items() if k.rsplit(":", 2)[0] in where}


def _append_state(path: Path, result: ItemResult, memo: dict[str, str]) -> None:
    """One line per finished item, flushed to disk before the next item is counted."""
    hashes = _hashes_of(memo, result.recording, result.minutes)
    # where the recording and the sync map are, from anywhere (the archive site plays the
    # recordings from where batch read them, whatever folder it is built from)
    found = {"recording_path": str(Path(result.recording).resolve()),
             "sync_maps": [str(Path(p).resolve()) for p in result.outputs if str(p).endswith(".json")]}
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps({"result": asdict(result), "hashes": hashes, **found}, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())


# --- one item -------------------------------------------------------------------------

def _filled(stars: Sequence) -> int:
    return sum(1 for s in stars
               if (s.get("candidate") if isinstance(s, dict) else getattr(s, "candidate", None)))


def _skipped(earlier: ItemResult | None, item: Item) -> ItemResult | None:
    """An earlier ``ok`` result, as skipped, when all its outputs are still there."""
    if earlier and all(os.path.exists(p) for p in earlier.outputs):
        return replace(earlier, status="skipped", recording=str(item.recording),
                       minutes=str(item.minutes), seconds=0.0)
    return None


def run_item(item: Item, opts: SyncOptions, engine: Engine | None,
             done: dict[str, ItemResult], memo: dict[str, str]) -> tuple[ItemResult, dict[str, str]]:
    """Sync one item, or skip it when done before; never raises (except on Ctrl-C)."""
    base = ItemResult(str(item.recording), str(item.minutes), "error")
    t0 = time.perf_counter()
    if item.problem:
        return replace(base, message=f"{item.recording}: {item.problem}"), memo
    try:
        key = item_key(item, opts, memo)
    except OSError:
        key = ""  # a missing or unreadable file: sync() says so in its own words below
    skipped = _skipped(done.get(key), item)
    if skipped:
        return skipped, memo
    try:
        res = sync(str(item.recording), str(item.minutes), item.outdir, opts, engine)
    except SyncError as exc:
        return replace(base, message=str(exc), key=key,
                       seconds=round(time.perf_counter() - t0, 3)), memo
    except Exception as exc:  # a bug: report it with the item, keep going
        return replace(base, status="crash", message=f"{type(exc).__name__}: {exc}", key=key,
                       seconds=round(time.perf_counter() - t0, 3)), memo
    # the captions viewers get (not those of text nobody was heard saying), and what
    # align would have printed as warnings: an archive's sessions that need a look say so
    speech = [c for c in res.sync_map.shown if c.kind == "speech"]
    return replace(
        base, status="ok", key=key, duration=round(res.duration, 3), cues=len(speech),
        stars=len(res.stars), stars_filled=_filled(res.stars),
        confidence=round(sum(c.confidence for c in speech) / len(speech), 3) if speech else 0.0,
        seconds=round(time.perf_counter() - t0, 3), message="; ".join(warnings(res, opts.output)),
        outputs=tuple(str(p) for p in res.outputs)), memo


def _done_before(item: Item, opts: SyncOptions, done: dict[str, ItemResult],
                 memo: dict[str, str]) -> ItemResult | None:
    """The earlier result of an item whose files are unchanged since (same size and
    mtime, so nothing is read), when its outputs are all still there."""
    try:
        if not all(stamp(p) in memo for p in (item.recording, item.minutes)):
            return None
        return _skipped(done.get(item_key(item, opts, memo)), item)
    except OSError:
        return None


# --- where items run ------------------------------------------------------------------

@dataclass(frozen=True)
class Job:
    """What a worker needs to sync one item: the arguments of :func:`run_item`, with only
    the item's own part of the state."""

    item: Item
    opts: SyncOptions
    engine: Engine | None
    done: dict[str, ItemResult]
    memo: dict[str, str]


def run_job(job: Job) -> tuple[ItemResult, dict[str, str]]:
    """The one per-item function: every executor runs this, in a pool process or as a
    Ray task on any node."""
    return run_item(job.item, job.opts, job.engine, job.done, job.memo)


class WorkerDied(Exception):
    """An item's worker process died (out of memory, a crash in native code, a lost
    node) and the executor gave up running it again."""


# What an executor yields for a job: what run_job returned, or why it never returned.
Outcome = Union[tuple[ItemResult, dict[str, str]], BaseException]


class Executor(Protocol):
    """Where the items of a batch run: a local process pool, or a cluster
    (:class:`sync.cluster.RayCluster`). The batch loop, state file, progress and report
    are the same for all; an executor only runs :func:`run_job`."""

    def item_options(self, opts: SyncOptions) -> SyncOptions:
        """The options each item runs with there (its share of the CPU cores…)."""

    def __call__(self, jobs: Iterator[tuple[int, Job]]) -> Iterator[tuple[int, Outcome]]:
        """Run every job; yield ``(index, outcome)`` as each finishes, in any order.
        ``jobs`` is pulled lazily: a job is made when it can start."""


DIED = ("the worker process died (out of memory, or a crash in native code); "
        "try this item alone with 'python -m sync align'")


@dataclass(frozen=True)
class LocalPool:
    """Items in worker processes on this machine. A worker that dies breaks the pool:
    the items then in flight are run again one at a time, so only the one that kills
    its worker is lost."""

    workers: int | None = None   # processes (None: one per core; 0: in this process)

    @property
    def processes(self) -> int:
        return (os.cpu_count() or 1) if self.workers is None else max(0, self.workers)

    def item_options(self, opts: SyncOptions) -> SyncOptions:
        if not self.processes or opts.asr.threads:
            return opts
        share = max(1, (os.cpu_count() or 1) // self.processes)
        return replace(opts, asr=replace(opts.asr, threads=share))

    def __call__(self, jobs: Iterator[tuple[int, Job]]) -> Iterator[tuple[int, Outcome]]:
        if not self.processes:  # no isolation from a crash in native code; for tests
            for i, job in jobs:
                yield i, run_job(job)
            return
        while True:
            died, jobs = yield from _pooled(jobs, self.processes)
            if not died:
                return
            for i, job in died:
                again, _ = yield from _pooled(iter([(i, job)]), 1)
                if again:
                    yield i, WorkerDied(DIED)


def _die_with_parent() -> None:
    """In a worker: be stopped when the batch process dies however it dies (kill -9
    included), not left running an item nobody will record (Linux; elsewhere a no-op)."""
    import signal

    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the driver's to handle
    for signum in (signal.SIGTERM, signal.SIGHUP):  # the defaults, whatever the driver set
        signal.signal(signum, signal.SIG_DFL)


_TRACKER_WARNING = "ignore::UserWarning:multiprocessing.resource_tracker"


@contextmanager
def _quiet_resource_tracker():
    """Workers stopped in the middle of an item (Ctrl-C, SIGTERM) leave their progress
    bars' locks for multiprocessing's resource tracker to remove, which it does, but with
    a Python warning and its source line after the one-line message: the tracker, a
    process started (with the pool) in this environment, is told not to warn. The
    environment is as it was afterwards."""
    given = os.environ.get("PYTHONWARNINGS")
    if _TRACKER_WARNING not in (given or ""):
        os.environ["PYTHONWARNINGS"] = ",".join(w for w in (given, _TRACKER_WARNING) if w)
    try:
        yield
    finally:
        if given is None:
            os.environ.pop("PYTHONWARNINGS", None)
        else:
            os.environ["PYTHONWARNINGS"] = given


def _pooled(jobs: Iterator[tuple[int, Job]], workers: int):
    """Run ``jobs`` with at most ``workers`` in flight, yielding outcomes. If a worker
    process dies the pool is unusable: return the jobs then in flight, and the rest."""
    # workers are started afresh, not forked: a fork copies the driver's threads' locks
    # (the model's and the tokenizer's thread pools, a progress bar's) held, and a worker
    # could wait on one forever
    with ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        running: dict[Future, tuple[int, Job]] = {}
        try:
            while True:
                for i, job in itertools.islice(jobs, workers - len(running)):
                    try:
                        running[pool.submit(run_job, job)] = (i, job)
                    except BrokenProcessPool:  # a worker died while we were submitting
                        return list(running.values()), itertools.chain([(i, job)], jobs)
                if not running:
                    return [], jobs
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for fut in finished:
                    try:
                        outcome = fut.result()
                    except BrokenProcessPool:
                        return list(running.values()), jobs
                    except Exception as exc:  # e.g. an engine that cannot be pickled
                        outcome = exc
                    yield running.pop(fut)[0], outcome
        except BaseException:
            # interrupted (Ctrl-C, SIGTERM, SIGHUP): the items in flight stop now, not after
            # minutes of work nobody will record; their outputs are written whole or not at all
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


# --- the batch ------------------------------------------------------------------------

@dataclass
class _Run:
    """Book-keeping of one batch run: results in item order, and the state file. Only
    the driver (this process) writes the state file."""

    items: list[Item]
    opts: SyncOptions
    engine: Engine | None
    state: Path
    done: dict[str, ItemResult]
    memo: dict[str, str]
    progress: Progress | None
    results: dict[int, ItemResult] = field(default_factory=dict)

    def job(self, i: int) -> Job:
        """What a worker needs for item ``i`` (only its own part of the state)."""
        item = self.items[i]
        mine = {k: r for k, r in self.done.items() if r.recording == str(item.recording)}
        return Job(item, self.opts, self.engine, mine,
                   _hashes_of(self.memo, str(item.recording), str(item.minutes)))

    def finish(self, i: int, outcome: Outcome) -> None:
        if isinstance(outcome, BaseException):
            why = str(outcome) if isinstance(outcome, WorkerDied) else \
                f"{type(outcome).__name__}: {outcome}"
            result, memo = _crashed(self.items[i], why), {}
        else:
            result, memo = outcome
        self.memo.update(memo)
        self.results[i] = result
        if result.status != "skipped":
            _append_state(self.state, result, self.memo)
        if self.progress:
            self.progress(result, len(self.results), len(self.items))


def _crashed(item: Item, message: str) -> ItemResult:
    return ItemResult(str(item.recording), str(item.minutes), "crash", message)


def run_batch(items: Sequence[Item], outdir: Path, opts: SyncOptions = SyncOptions(),
              workers: int | None = None, report_path: Path | None = None,
              progress: Progress | None = None, engine: Engine | None = None,
              executor: Executor | None = None) -> list[ItemResult]:
    """Sync every item; return one result per item, in order, and write the report.

    ``executor``: where the items run (default: :class:`LocalPool` of ``workers``
    processes, one per core; 0 runs the items in this process, with no isolation from a
    crash in native code: for tests and debugging). Unless it runs in this process,
    ``engine`` must be picklable (module-level functions).
    """
    outdir.mkdir(parents=True, exist_ok=True)
    done, memo = read_state(outdir / STATE_FILE)
    executor = executor or LocalPool(workers)
    opts = executor.item_options(opts)
    run = _Run(list(items), opts, engine, outdir / STATE_FILE, done, memo, progress)
    pending = []
    for i, item in enumerate(run.items):  # done before and unchanged: no worker needed
        earlier = _done_before(item, opts, done, memo) if not item.problem else None
        if earlier:
            run.finish(i, (earlier, {}))
        else:
            pending.append(i)
    if pending:
        with _quiet_resource_tracker():
            for i, outcome in executor((i, run.job(i)) for i in pending):
                run.finish(i, outcome)
    results = [run.results[i] for i in range(len(run.items))]
    write_report(report_path or outdir / REPORT_FILE, results)
    return results


# --- reporting ------------------------------------------------------------------------

def summary(results: Sequence[ItemResult]) -> dict:
    counts = {s: sum(r.status == s for r in results) for s in ("ok", "skipped", "error", "crash")}
    return {**counts, "items": len(results), "media_seconds": round(sum(r.duration for r in results), 1),
            "seconds": round(sum(r.seconds for r in results), 1)}


def write_report(path: Path, results: Sequence[ItemResult]) -> None:
    """The JSON report, written whole or not at all."""
    data = {"summary": summary(results), "items": [asdict(r) for r in results]}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _labels(paths: Sequence[str]) -> list[str]:
    """File names, or paths below their common folder when names repeat — and a recording
    listed twice (a manifest's two rows) numbered by its listing: ``0618.mp4 (2)``."""
    names = [Path(p).name for p in paths]
    if len(set(names)) < len(names) and len(paths) >= 2 and len({os.path.abspath(p) for p in paths}) > 1:
        base = os.path.commonpath([os.path.abspath(p) for p in paths])
        names = [os.path.relpath(os.path.abspath(p), base) for p in paths]
    seen: Counter = Counter()
    out = []
    for name in names:
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _width(s: str) -> int:
    """Terminal columns of ``s``: two for each wide (CJK, full-width) character."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def format_table(results: Sequence[ItemResult]) -> str:
    """The summary table: one row per item, then the failures' messages and the warnings
    of the items synced now (as ``align`` prints them)."""
    head = ("status", "recording", "duration", "cues", "★ filled", "confidence", "time")
    rows = [(r.status, label, clock(r.duration) if r.duration else "-",
             str(r.cues) if r.cues else "-", f"{r.stars_filled}/{r.stars}" if r.stars else "-",
             f"{r.confidence:.2f}" if r.cues else "-", f"{r.seconds:.1f} s")
            for r, label in zip(results, _labels([r.recording for r in results]))]
    widths = [max(_width(x) for x in col) for col in zip(head, *rows)]
    right = {2, 3, 4, 5, 6}

    def line(cells: Iterable[str]) -> str:
        # padded by the columns a terminal gives each character (本会議 takes six, not three)
        return "  ".join((" " * (w - _width(c)) + c) if k in right else (c + " " * (w - _width(c)))
                         for k, (c, w) in enumerate(zip(cells, widths))).rstrip()

    out = [line(head), line("-" * w for w in widths), *map(line, rows)]
    s = summary(results)
    out.append(f"{s['items']} items: {s['ok']} ok, {s['skipped']} done before, "
               f"{s['error']} errors, {s['crash']} crashes; {clock(s['media_seconds'])} of media")
    out += [f"{r.status}: {r.message}" for r in results if r.failed]
    out += [f"warning: {label}: {r.message}" for r, label in zip(results, _labels([r.recording for r in results]))
            if r.status == "ok" and r.message]
    return "\n".join(out)
