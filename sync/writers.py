"""Write SRT (pysrt), WebVTT and the JSON sync map, atomically.

Every output is rendered to a string first; only when all of them rendered are they
written to temporary files in the output folder and renamed into place, so a failed run
leaves earlier outputs untouched and never a half-written file.
"""
from __future__ import annotations

import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import pysrt

from .cues import Cue, Shown
from .errors import OutputError


@dataclass(frozen=True)
class SyncMap:
    """Everything the JSON sync map holds."""

    media: str
    duration: float
    model: str
    speakers: list[str]
    cues: Sequence[Cue]
    stars: Sequence[dict]
    extra: dict


def _ms(seconds: float) -> int:
    return max(0, int(round(seconds * 1000)))


def _srt_safe(text: str) -> str:
    """SRT players honour <i>, <font>…: minutes text must never become markup."""
    return text.replace("<", "＜").replace(">", "＞")


def to_srt(shown: Sequence[Shown]) -> str:
    subs = pysrt.SubRipFile()
    for i, s in enumerate(shown, 1):
        subs.append(pysrt.SubRipItem(
            index=i, start=pysrt.SubRipTime(milliseconds=_ms(s.start)),
            end=pysrt.SubRipTime(milliseconds=_ms(s.end)), text="\n".join(_srt_safe(ln) for ln in s.lines)))
    buf = io.StringIO()
    subs.write_into(buf, eol="\n")
    return buf.getvalue()


def _vtt_time(seconds: float) -> str:
    ms = _ms(seconds)
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(shown: Sequence[Shown]) -> str:
    """WebVTT with a ``<v>`` voice span on each turn's first caption."""
    out = ["WEBVTT", "Language: ja", ""]
    for i, s in enumerate(shown, 1):
        text = "\n".join(_vtt_escape(ln) for ln in s.lines)
        if s.speaker:
            text = f"<v {_vtt_escape(s.speaker)}>{text}</v>"
        out += [str(i), f"{_vtt_time(s.start)} --> {_vtt_time(s.end)}", text, ""]
    return "\n".join(out)


def to_json(m: SyncMap) -> str:
    data = {
        "media": m.media,
        "duration": round(m.duration, 3),
        "model": m.model,
        "speakers": m.speakers,
        "cues": [{"start": round(c.start, 3), "end": round(c.end, 3), "text": c.text,
                  "speaker": c.speaker, "confidence": c.confidence, "turn": c.turn,
                  "chars": [c.first, c.last]}
                 for c in m.cues if c.kind == "speech"],
        "sounds": [{"start": round(c.start, 3), "end": round(c.end, 3), "text": c.text,
                    "turn": c.turn} for c in m.cues if c.kind == "sound"],
        "stars": list(m.stars),
        **m.extra,
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_all(outdir: Path, files: dict[str, str | bytes]) -> list[Path]:
    """Write ``{file name: content}`` into ``outdir``: all of them or none. Text is
    written as UTF-8 with LF line ends; bytes as they are.

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
    try:
        for name, content in files.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=outdir)
            temps.append((tmp, outdir / name))
            data = content.encode("utf-8") if isinstance(content, str) else content
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are for sharing
        for _, final in temps:
            if final.exists():
                backup = str(outdir / f".{final.name}.{os.getpid()}.bak")
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
        for path, _ in temps + backups:
            if os.path.exists(path):
                os.unlink(path)
    return [final for _, final in temps]
