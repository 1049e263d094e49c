"""Files on disk: one hasher, one atomic writer, one all-or-nothing writer.

Every file the product writes (outputs, caches, the batch report) goes through
:func:`write_atomic` or :func:`write_all`: content is written to a temporary file in the
destination folder and renamed into place, so a reader never sees a half-written file,
and a failed run leaves earlier files as they were.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import tempfile
from pathlib import Path

from .errors import OutputError

_CHUNK = 1 << 20

# stamp -> SHA-256: a 3-hour video is hashed once per process
_SHA_SEEN: dict[str, str] = {}


def stamp(path: str | os.PathLike) -> str:
    """What identifies a file's version without reading it: ``path:size:mtime_ns``."""
    p = Path(path).resolve()
    st = p.stat()
    return f"{p}:{st.st_size}:{st.st_mtime_ns}"


PLAYLISTS = (".m3u8", ".m3u")


def media_digest(path: str | os.PathLike, memo: dict[str, str] | None = None, depth: int = 0) -> str:
    """What identifies a recording's content: its file's SHA-256 — and for a playlist
    (HLS ``.m3u8``), the playlist's with those of the segments it names on this disk,
    since the playlist alone may stay the same while its segments change."""
    p = Path(path)
    if p.suffix.lower() not in PLAYLISTS or depth > 2:
        return sha256_file(p, memo)
    h = hashlib.sha256(sha256_file(p, memo).encode())
    for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "://" not in line and (p.parent / line).is_file():
            h.update(media_digest(p.parent / line, memo, depth + 1).encode())
    return h.hexdigest()


def sha256_file(path: str | os.PathLike, memo: dict[str, str] | None = None) -> str:
    """SHA-256 of a file's bytes, remembered by :func:`stamp` in ``memo`` (a caller's
    table kept between runs, e.g. the batch state) or else for this process."""
    seen = _SHA_SEEN if memo is None else memo
    key = stamp(path)
    if key not in seen:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                h.update(chunk)
        seen[key] = h.hexdigest()
    return seen[key]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp_beside(path: Path) -> tuple[int, str]:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are for sharing
    return fd, tmp


def as_bytes(content: str | bytes) -> bytes:
    """Text as UTF-8; bytes as they are."""
    return content.encode("utf-8") if isinstance(content, str) else content


def write_atomic(path: str | os.PathLike, content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8) to ``path`` whole or not at all.

    Raises ``OSError``: callers decide whether a failed write matters (a cache does not).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temp_beside(path)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(as_bytes(content))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_all(outdir: Path, files: dict[str, str | bytes]) -> list[Path]:
    """Write ``{file name: content}`` into ``outdir``: all of them or none. Text is
    written as UTF-8 with its line ends as given; bytes as they are.

    New contents go to temporary files first; earlier outputs are kept as hard-link
    backups while the new ones are renamed into place, and restored if any rename fails.
    """
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder ({exc.strerror}); "
                          "pass -o with a writable folder", path=str(outdir)) from exc
    for name in files:
        if (outdir / name).is_dir():
            raise OutputError(f"{name} is a folder in the way of an output; move it or pass "
                              "another -o", path=str(outdir))
    temps: list[tuple[str, Path]] = []
    backups: list[tuple[str, Path]] = []
    replaced: list[Path] = []
    held = _hold_signals()
    try:
        for name, content in files.items():
            fd, tmp = _temp_beside(outdir / name)
            temps.append((tmp, outdir / name))
            with os.fdopen(fd, "wb") as f:
                f.write(as_bytes(content))
        # from here to the end, Ctrl-C or a kill waits (milliseconds): a stop midway would
        # leave new outputs beside old ones, and the backups behind
        held.hold()
        for _, final in temps:
            if final.exists():
                backup = str(final.parent / f".{final.name}.{os.getpid()}.bak")  # beside it: names may hold folders
                os.link(final, backup)
                backups.append((backup, final))
        for tmp, final in temps:
            os.replace(tmp, final)
            replaced.append(final)
    except OSError as exc:
        for backup, final in backups:
            if final in replaced:
                os.replace(backup, final)
        for final in replaced:
            if final not in {f for _, f in backups}:
                final.unlink(missing_ok=True)
        raise OutputError(f"cannot write outputs ({exc.strerror or exc}); pass -o with a "
                          "writable folder", path=str(outdir)) from exc
    finally:
        try:
            for path, _ in temps + backups:
                if os.path.exists(path):
                    os.unlink(path)
        finally:
            if replaced and len(replaced) == len(temps):
                WRITTEN.extend(replaced)
            held.release()     # (a signal that came meanwhile is raised now)
    return [final for _, final in temps]


# an output changed this long after the sync map written with it was changed by hand
_EDITED_AFTER = 2.0


def kept_edits(outdir: Path, files: dict[str, str | bytes], reference: str
               ) -> dict[str, tuple[str, bytes, str]]:
    """Files ``files`` would replace with other content that no earlier run left as they
    are: outputs someone changed after it (an editor's confirmed ★ in the filled minutes,
    a corrected caption), or files in the folder no run of ours wrote
    (a hand-made ``session.srt``; any output where the sync map is gone). Returns ``{a free
    name beside each: (its name, its bytes, "edited" or "foreign")}``, to be written with them.

    An earlier run wrote all its outputs at once with ``reference`` (the sync map), which
    records each one's SHA-256: an output that no longer has it was edited. (A sync map
    of an older version records none: an output modified later than it was edited.)"""
    ref = outdir / reference
    recorded: dict[str, str] | None = None
    if ref.is_file():
        try:
            data = json.loads(ref.read_text(encoding="utf-8"))
            recorded = (data.get("written") or {}) if isinstance(data, dict) and "cues" in data else None
        except (OSError, ValueError, UnicodeDecodeError, AttributeError):
            recorded = None          # no sync map of ours: a file of the user's by that name
    kept: dict[str, tuple[str, bytes, str]] = {}

    def keep(name: str, old: bytes, why: str) -> None:
        if old != as_bytes(files[name]):
            kept[free_name(outdir, name, set(files) | set(kept))] = (name, old, why)

    if recorded is None:
        for name in files:
            if (outdir / name).is_file():
                keep(name, (outdir / name).read_bytes(), "foreign")
        return kept
    since = ref.stat().st_mtime + _EDITED_AFTER
    for name in files:
        path = outdir / name
        if name == reference or not path.is_file():
            continue
        if name in recorded:
            old = path.read_bytes()
            if hashlib.sha256(old).hexdigest() == recorded[name]:
                continue       # as the last run wrote it
        elif path.stat().st_mtime <= since:
            continue
        else:
            old = path.read_bytes()
        keep(name, old, "edited")
    return kept


def free_name(outdir: Path, name: str, taken: set[str]) -> str:
    """``session.filled.txt`` → ``session.filled.edited.txt`` (or ``…edited-2.txt``, …): a name
    beside ``name`` that no file and nothing in ``taken`` has."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    for k in range(1, 1000):
        candidate = f"{stem}.edited{'' if k == 1 else f'-{k}'}" + (f".{ext}" if ext else "")
        if candidate not in taken and not (outdir / candidate).exists():
            return candidate
    raise OutputError(f"too many kept copies of {name}; move them away", path=str(outdir))


def left_from_before(outdir: Path, files: dict[str, str | bytes], stem: str) -> list[str]:
    """This stem's player page and per-speed tracks in ``outdir`` that ``files`` does not
    write (a run with --no-player after one without): they show the earlier captions."""
    if not outdir.is_dir():
        return []
    old = [outdir / f"{stem}.html", *sorted(outdir.glob(f"{glob.escape(stem)}.x*.vtt"))]
    return [p.name for p in old if p.is_file() and p.name not in files]


# every output this process has put in place (write_all): an interrupted run says whether
# its outputs were written before it stopped
WRITTEN: list[Path] = []


class _hold_signals:
    """Ctrl-C, kill and a closed terminal held back between :meth:`hold` and
    :meth:`release`, then acted on as they would have been (in the main thread, where
    Python handles signals; elsewhere a no-op). Python-level handlers, not a signal mask:
    the kernel hands a process's signal to any thread that does not block it."""

    SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")

    def __init__(self) -> None:
        self.before: dict = {}
        self.came: list[int] = []

    def hold(self) -> None:
        import signal
        import threading

        if threading.current_thread() is not threading.main_thread():
            return
        for name in self.SIGNALS:
            if hasattr(signal, name):
                signum = getattr(signal, name)
                self.before[signum] = signal.signal(signum, lambda n, frame: self.came.append(n))

    def release(self) -> None:
        import signal

        before, self.before = self.before, {}
        for signum, handler in before.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(self.came):
            handler = before.get(signum)
            if callable(handler):
                handler(signum, None)         # (Python's own for SIGINT: KeyboardInterrupt)
            elif handler == signal.SIG_DFL:
                os.kill(os.getpid(), signum)  # (a batch worker's SIGTERM: it ends now)
