"""Decode any recording ffmpeg reads into 16 kHz mono audio.

The decoded audio is held once, as int16, in a buffer sized from ffprobe's duration and
filled straight from ffmpeg's pipe; stages take float32 views of the blocks they work on
(:meth:`Audio.block`), never a float copy of the whole file. A recording of an hour or more
(:data:`SPOOL_SECONDS`; a 3-hour session is 345 MB of int16) is kept in a temporary file
instead (:class:`Spool`) and read a block at a time.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from typing import Callable

import ffmpeg
import numpy as np

from .errors import MediaError

SAMPLE_RATE = 16000
_READ = 1 << 16  # bytes per pipe read (2 s of audio)


SPOOL_SECONDS = 3600.0   # recordings this long (or of unknown length) are spooled to disk


class Spool:
    """int16 samples kept in a temporary file (unlinked when made: nothing is left behind
    if the process dies) and read slice by slice, so that the decoded sound of a long
    session is not held in memory: the stages read it a block or a window at a time, and
    those reads come from the page cache. Slicing (step 1), ``len``, ``copy`` and slice
    assignment behave as on the int16 array it stands for; reads are thread-safe
    (``os.pread``)."""

    dtype = np.dtype(np.int16)

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="gikai-sync-audio-")
        self._fd = self._file.fileno()
        self._n = 0

    def append(self, chunk: np.ndarray) -> None:
        data = np.ascontiguousarray(chunk, dtype=np.int16).tobytes()
        self._write(data, self._n * 2)
        self._n += len(chunk)

    def _write(self, data: bytes, at: int) -> None:
        view = memoryview(data)
        while view:
            done = os.pwrite(self._fd, view, at)
            view, at = view[done:], at + done

    def __len__(self) -> int:
        return self._n

    def _range(self, key: slice) -> tuple[int, int]:
        a, b, step = key.indices(self._n)
        if step != 1:
            raise IndexError("a spooled recording is read in runs of samples (step 1)")
        return a, max(a, b)

    def __getitem__(self, key):
        if isinstance(key, slice):
            a, b = self._range(key)
            data = os.pread(self._fd, 2 * (b - a), 2 * a)
            return np.frombuffer(data, dtype=np.int16).copy()
        k = int(key) + (self._n if int(key) < 0 else 0)
        if not 0 <= k < self._n:
            raise IndexError(key)
        return self[k:k + 1][0]

    def __setitem__(self, key: slice, values) -> None:
        if not isinstance(key, slice):
            key = slice(int(key), int(key) + 1)
        a, b = self._range(key)
        values = np.broadcast_to(np.asarray(values, dtype=np.int16), (b - a,))
        self._write(np.ascontiguousarray(values).tobytes(), 2 * a)

    def blocks(self, size: int = 1 << 20):
        """The samples in consecutive arrays of at most ``size``."""
        for a in range(0, self._n, size):
            yield self[a:a + size]

    def copy(self) -> "Spool":
        out = Spool()
        for part in self.blocks():
            out.append(part)
        return out

    def any(self) -> bool:
        return any(part.any() for part in self.blocks())

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        whole = self[:]
        return whole if dtype is None else whole.astype(dtype)


@dataclass(frozen=True)
class Audio:
    """Mono 16 kHz PCM of a recording."""

    samples: np.ndarray | Spool  # int16, shape (n,)
    source: str
    offset: float = 0.0  # seconds of silence put first: the sound starts that late (see _probe)
    expected: float | None = None  # a truncated file read in part: how long it should have been
                                   # (0: unknown)
    antiphase: bool = False  # a stereo track whose channels cancel when mixed: decoded as their
                             # difference (see _antiphase)

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    def block(self, start: float = 0.0, end: float | None = None) -> np.ndarray:
        """Float32 samples in [-1, 1) for ``[start, end)`` seconds."""
        a = max(0, int(round(start * SAMPLE_RATE)))
        b = len(self.samples) if end is None else min(len(self.samples), int(round(end * SAMPLE_RATE)))
        return self.samples[a:b].astype(np.float32) / 32768.0


def ffmpeg_exe() -> str:
    """The system's ffmpeg, else the binary that imageio-ffmpeg ships."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg
        return imageio_ffmpeg.get_ffmpeg_exe()
    except Exception as exc:  # pragma: no cover - depends on the machine
        raise MediaError("ffmpeg was not found; run 'bash scripts/setup.sh' or install ffmpeg") from exc


def _antiphase(path: str, track: int, duration: float | None, seconds: float = 10.0) -> bool:
    """Whether a stereo track's two channels cancel when mixed to mono: one of them wired
    with its polarity reversed (L = -R). Mixed, the speech all but vanishes (-60 dB) and
    the recording reads as silent; their difference holds it. Three stretches of
    ``seconds`` are read in stereo, at a fifth, a half and four fifths of the recording."""
    at = [0.0] if not duration or duration < 3 * seconds else [duration * f for f in (0.2, 0.5, 0.8)]
    mixed = apart = 0.0
    for t in at:
        proc = subprocess.run(
            [ffmpeg_exe(), "-nostdin", "-hide_banner", "-loglevel", "error", "-ss", f"{t:.2f}", "-t", f"{seconds}",
             "-i", path, "-map", f"0:a:{track}", "-ac", "2", "-ar", str(SAMPLE_RATE), "-f", "s16le", "pipe:"],
            capture_output=True)
        x = np.frombuffer(proc.stdout[:len(proc.stdout) - len(proc.stdout) % 4], dtype=np.int16)
        x = x.reshape(-1, 2).astype(np.float64)
        mixed += float((((x[:, 0] + x[:, 1]) / 2) ** 2).sum())
        apart += float(np.maximum((x[:, 0] ** 2).sum(), (x[:, 1] ** 2).sum()))
    return apart > 0 and mixed < apart * 10 ** (-ANTIPHASE_DB / 10)


ANTIPHASE_DB = 20.0   # mixed this much quieter than its louder channel: the channels cancel


def _probe(path: str, track: int = 0) -> tuple[float | None, float, int]:
    """The audio track's duration from ffprobe when it is available (to size the buffer;
    None when it cannot tell), and how long after the recording's start its sound begins:
    a file whose audio track starts later than its video (a capture muxed with an offset)
    is played with the sound that much later, so the captions must be too. And its number
    of channels (0: unknown; without ffprobe, 2 for a track ffmpeg lists as stereo)."""
    probe_exe = shutil.which("ffprobe")
    if not probe_exe:       # ffmpeg's own listing still tells a stereo track
        streams = _audio_streams(path)
        return None, 0.0, 2 if track < len(streams) and re.search(r", stereo[,(]", streams[track]) else 0
    try:
        info = ffmpeg.probe(path, cmd=probe_exe)
    except ffmpeg.Error:
        return None, 0.0, 0  # let the decoder report the real problem
    streams = [s for s in info.get("streams", []) if s.get("codec_type") == "audio"]
    if not streams:
        raise MediaError("has no audio stream; pass a recording with sound", path=path)
    chosen = streams[min(track, len(streams) - 1)]
    starts = [_seconds(s.get("start_time")) for s in info.get("streams", [])
              if s.get("codec_type") in ("audio", "video") and s.get("disposition", {}).get("attached_pic") != 1]
    starts = [t for t in starts if t is not None]
    offset = max(0.0, (_seconds(chosen.get("start_time")) or 0.0) - min(starts, default=0.0))
    duration = next((t for v in (chosen.get("duration"), info.get("format", {}).get("duration"))
                     if (t := _seconds(v)) is not None), None)
    channels = int(_seconds(chosen.get("channels")) or 0)
    return duration, (offset if offset >= MIN_OFFSET else 0.0), channels


MIN_OFFSET = 0.05   # seconds: an encoder's priming (AAC's 1024 samples, 21-46 ms) is no offset


def _seconds(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _ffmpeg_reason(stderr: bytes) -> str:
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    for ln in reversed(lines):
        if "matches no streams" in ln or "does not contain any stream" in ln:
            return "has no audio stream; pass a recording with sound"
    for ln in reversed(lines):
        if "Invalid data" in ln or "could not find" in ln.lower() or "error" in ln.lower():
            return f"ffmpeg cannot read it ({ln[-160:]}); is it a complete audio or video file?"
    return "ffmpeg cannot read it; is it a complete audio or video file?"


def audio_languages(path: str | os.PathLike) -> list[str]:
    """Each audio track's language tag as the file gives it (``jpn``, ``eng``; "" untagged):
    one entry a track (ffmpeg's own listing: ffprobe may be missing)."""
    return [(m.group(1) if (m := re.match(r"\s*Stream #\d+:\d+(?:\[\w+\])?\((\w{2,3})\)", line)) else "")
            for line in _audio_streams(path)]


# the tags of Japanese (ISO 639-2 and -1) and of no language in particular
JAPANESE = ("jpn", "ja")
UNTAGGED = ("", "und", "mul", "zxx")


def _audio_streams(path: str | os.PathLike) -> list[str]:
    """ffmpeg's line for each audio track of the file."""
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)],
                          capture_output=True, text=True, errors="replace")
    return [line for line in proc.stderr.splitlines() if re.match(r"\s*Stream #\d+:\d+.*?: Audio:", line)]


def load(path: str | os.PathLike,
         progress: Callable[[float, float | None], None] | None = None, track: int = 0,
         partial: bool = False, spool: bool | None = None) -> Audio:
    """Decode ``path`` (anything ffmpeg reads) to 16 kHz mono; ``track``: which of its audio
    tracks (0: the first); ``partial``: a truncated file gives the part that decodes
    (``Audio.expected`` then says how long it should have been) instead of an error.

    ``progress(done, total)`` is called with the seconds decoded so far and the expected
    duration (None when ffprobe cannot tell). ``spool``: keep the samples in a temporary
    file (:class:`Spool`); None: for a recording of :data:`SPOOL_SECONDS` or more, or of
    unknown length.
    """
    path = str(path)
    if not os.path.exists(path):
        raise MediaError("recording not found; check the path", path=path)
    if os.path.isdir(path):
        raise MediaError("is a folder; pass a recording file", path=path)
    expected, offset, channels = _probe(path, track)
    antiphase = channels == 2 and _antiphase(path, track, expected)
    lead = int(round(offset * SAMPLE_RATE))      # the sound starts this late: silence first
    if spool is None:
        spool = not expected or expected >= SPOOL_SECONDS
    disk = None
    if spool:
        try:
            disk = Spool()
        except OSError:   # no writable temporary folder: held in memory
            disk = None
    capacity = lead + int((expected or 600.0) * SAMPLE_RATE) + SAMPLE_RATE
    buf = np.zeros(0 if disk is not None else capacity, dtype=np.int16)
    n = lead
    if disk is not None and lead:
        disk.append(np.zeros(lead, dtype=np.int16))
    mix = {"af": "pan=mono|c0=0.5*c0-0.5*c1"} if antiphase else {"ac": 1}
    proc = (
        ffmpeg.input(path)
        .output("pipe:", format="s16le", acodec="pcm_s16le", ar=SAMPLE_RATE, map=f"0:a:{track}", **mix)
        .global_args("-nostdin", "-hide_banner", "-loglevel", "error")
        .run_async(cmd=ffmpeg_exe(), pipe_stdout=True, pipe_stderr=True)
    )
    try:
        pending = b""
        while True:
            data = proc.stdout.read(_READ)
            if not data:
                break
            data = pending + data
            usable = len(data) - len(data) % 2
            pending = data[usable:]
            chunk = np.frombuffer(data[:usable], dtype=np.int16)
            if disk is not None:
                try:
                    disk.append(chunk)
                except OSError as exc:
                    raise MediaError(f"the temporary folder has no room for the decoded sound "
                                     f"({exc.strerror}); free some space there or set TMPDIR to a "
                                     "folder with room", path=path) from None
            else:
                if n + len(chunk) > len(buf):  # duration unknown or underestimated: grow
                    buf = np.resize(buf, max(len(buf) * 2, n + len(chunk)))
                buf[n:n + len(chunk)] = chunk
            n += len(chunk)
            if progress:
                progress((n - lead) / SAMPLE_RATE, expected)
        stderr = proc.stderr.read()
        rc = proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    if rc != 0 and not (partial and n > lead):     # (--partial: what decoded before the damage)
        raise MediaError(_ffmpeg_reason(stderr), path=path)
    # a cut file often decodes in part with ffmpeg still exiting 0
    cut = rc != 0 or (bool(expected) and ((n - lead) / SAMPLE_RATE < expected * 0.97 - 1.0
                                          or b"partial file" in stderr))
    if cut and not partial:
        raise MediaError(f"is truncated or damaged: only {(n - lead) / SAMPLE_RATE:.1f} s of its "
                         f"{expected:.1f} s could be decoded; copy or download the whole file again "
                         "(or pass --partial to sync the part that decodes)", path=path)
    if n == lead:
        raise MediaError("has no audio (zero length); pass a recording with sound", path=path)
    # Trim a much-too-large buffer (unknown duration); a near fit stays a view.
    samples = disk if disk is not None else buf[:n].copy() if n < len(buf) // 2 else buf[:n]
    return Audio(samples=samples, source=path, offset=lead / SAMPLE_RATE, antiphase=antiphase,
                 expected=(expected or 0.0) if cut else None)
