"""A time-compressed rendition: the recording re-encoded at rate r, captions retimed.

``python -m sync render RECORDING SYNCMAP --rate 1.5`` writes ``<stem>.x1.5.mp4``: video
sped up with ``setpts=PTS/r``, audio with ``atempo=r`` (which keeps the pitch), and the
captions of the 1.5× track (:mod:`sync.speed`, the viewer-time rules) with every time
divided by r, since this file plays at 1× what the original plays at r. Captions are a
soft subtitle stream (mov_text in MP4/MOV, WebVTT in MKV/WebM) or, with ``--burn``,
drawn into the picture by libass (this needs a Japanese font: fonts-noto-cjk).

The file is written under a temporary name in the output folder and renamed when ffmpeg
has finished, so a failed or interrupted run never leaves a half-written rendition.
"""
from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

import ffmpeg

from .cues import Cue, CueOptions, Shown
from .errors import MediaError, OutputError, RenderError
from .media import ffmpeg_exe
from .speed import SpeedOptions, check_rate, rate_label, speed_tracks
from .syncmap import STAR_DISPLAY, SyncMap, with_candidates
from .writers import to_srt

# container → (video codec, audio codec, subtitle codec): what each container carries
CONTAINERS = {
    ".mp4": ("libx264", "aac", "mov_text"),
    ".m4v": ("libx264", "aac", "mov_text"),
    ".mov": ("libx264", "aac", "mov_text"),
    ".mkv": ("libx264", "aac", "webvtt"),
    ".webm": ("libvpx-vp9", "libopus", "webvtt"),
}
_FORMATS = {".mp4": "mp4", ".m4v": "mp4", ".mov": "mov", ".mkv": "matroska", ".webm": "webm"}


@dataclass(frozen=True)
class RenderOptions:
    crf: int = 23                   # x264/VP9 quality (lower is better and larger); x264's default
    preset: str = "veryfast"        # x264 speed/size trade-off; a session is long
    font: str | None = None         # burned-in captions; None: the first Noto Sans CJK JP (or any ja font)
    font_size: int = 20             # libass units on a 288-line canvas: ~7 % of the picture height
    outline: float = 1.5            # black outline around burned-in text, readable on any picture


def retimed(shown: Sequence[Shown], rate: float) -> list[Shown]:
    """Captions for a file that is already ``rate`` times faster: every time ÷ rate."""
    return [replace(s, start=round(s.start / rate, 3), end=round(s.end / rate, 3)) for s in shown]


def rendition_captions(cues: Sequence[Cue], rate: float, cue_opts: CueOptions = CueOptions(),
                       speed_opts: SpeedOptions = SpeedOptions(),
                       duration: float | None = None) -> list[Shown]:
    """The ``rate`` track of :mod:`sync.speed` (cut at the media's ``duration``), retimed
    to the compressed file."""
    rate = check_rate(rate)
    track = speed_tracks(cues, cue_opts, replace(speed_opts, rates=(rate,)), duration)[rate]
    return retimed(track, rate)


def probe(media_path: str) -> tuple[set[str], float | None]:
    """Kinds of stream in the file ("video", "audio") and its duration, from ffmpeg's own
    listing, so that it works with any ffmpeg binary (ffprobe may be missing)."""
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", media_path],
                          capture_output=True, text=True, errors="replace")
    kinds, duration = set(), None
    for line in proc.stderr.splitlines():
        m = re.match(r"\s*Stream #\d+:\d+.*?: (Video|Audio):", line)
        if m and "attached pic" not in line:
            kinds.add(m.group(1).lower())
        d = re.match(r"\s*Duration: (\d+):(\d+):(\d+(?:\.\d+)?)", line)
        if d:
            duration = int(d.group(1)) * 3600 + int(d.group(2)) * 60 + float(d.group(3))
    if not kinds:
        raise MediaError("ffmpeg finds no audio or video in it; pass a recording", path=media_path)
    return kinds, duration


def _japanese_font(opts: RenderOptions) -> str:
    """A font family libass can use for Japanese, or a RenderError saying what to install."""
    if opts.font:
        return opts.font
    fc_list = shutil.which("fc-list")
    families = []
    if fc_list:
        out = subprocess.run([fc_list, ":lang=ja", "family"], capture_output=True, text=True).stdout
        families = [f.split(",")[0].strip() for f in out.splitlines() if f.strip()]
    if not families:
        raise RenderError("no Japanese font for burned-in captions (they would show as boxes); "
                          "install fonts-noto-cjk (bash scripts/setup_browser.sh) or leave out --burn")
    return next((f for f in families if "Sans CJK JP" in f), sorted(families)[0])


def _check_burn(opts: RenderOptions) -> str:
    out = subprocess.run([ffmpeg_exe(), "-hide_banner", "-filters"], capture_output=True, text=True).stdout
    if not re.search(r"^\s*\S+\s+subtitles\s", out, re.M):
        raise RenderError("this ffmpeg has no 'subtitles' filter (built without libass), so captions "
                          "cannot be burned in; install Debian's ffmpeg (apt-get install ffmpeg) or "
                          "leave out --burn to get a subtitle stream")
    return _japanese_font(opts)


def _check_output(out_path: Path) -> None:
    if out_path.suffix.lower() not in CONTAINERS:
        raise OutputError(f"cannot write a '{out_path.suffix}' rendition; name it .mp4, .mov, .mkv or .webm",
                          path=str(out_path))
    if out_path.is_dir():
        raise OutputError("is a folder; pass a file name such as video.x1.5.mp4", path=str(out_path))
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder ({exc.strerror}); pass -o with a writable place",
                          path=str(out_path.parent)) from exc
    if not os.access(out_path.parent, os.W_OK | os.X_OK):
        raise OutputError("is not writable; pass -o with a writable place", path=str(out_path.parent))


def _command(media_path: str, kinds: set[str], rate: float, srt: str, tmp: str, ext: str,
             burn: bool, font: str | None, opts: RenderOptions):
    vcodec, acodec, scodec = CONTAINERS[ext]
    src = ffmpeg.input(media_path)
    streams, args = [], {"f": _FORMATS[ext]}
    if "video" in kinds:
        video = src.video.filter("setpts", f"PTS/{rate}")
        if burn:
            style = (f"FontName={font},FontSize={opts.font_size},Outline={opts.outline},"
                     "Shadow=0,BorderStyle=1,MarginV=12")
            video = video.filter("subtitles", srt, charenc="UTF-8", force_style=style)
        streams.append(video)
        # every frame kept at its new time (no duplicates to a frame-rate grid): exact length
        args.update(vcodec=vcodec, crf=opts.crf, pix_fmt="yuv420p", fps_mode="passthrough")
        # …on a fine clock: on the source's frame grid (1001/30000) the new times round onto
        # each other and every few frames two share one (the video judders)
        args["enc_time_base:v"] = "1/90000"
        if vcodec == "libx264":
            args["preset"] = opts.preset
        else:
            args["b:v"] = 0  # constant quality for VP9
    if "audio" in kinds:
        streams.append(src.audio.filter("atempo", rate))  # pitch kept; one atempo covers 0.5–100
        args["acodec"] = acodec
    if not burn:
        streams.append(ffmpeg.input(srt, f="srt", sub_charenc="UTF-8")["s"])
        args.update({"scodec": scodec, "metadata:s:s:0": "language=jpn"})
    if ext in (".mp4", ".m4v", ".mov"):
        args["movflags"] = "+faststart"
    return (ffmpeg.output(*streams, tmp, **args)
            .global_args("-nostdin", "-hide_banner", "-loglevel", "error", "-y"))


def render(media_path: str | os.PathLike, cues: Sequence[Cue], rate: float, out_path: str | os.PathLike,
           burn: bool = False, cue_opts: CueOptions = CueOptions(),
           speed_opts: SpeedOptions = SpeedOptions(), opts: RenderOptions = RenderOptions(),
           aligned: SyncMap | None = None) -> Path:
    """Write the recording sped up ``rate`` times, with its captions, to ``out_path``;
    ``aligned``: the sync map the captions come from (a recording of another length is refused)."""
    media_path, out = str(media_path), Path(out_path)
    rate = check_rate(rate)
    if not os.path.isfile(media_path):
        raise MediaError("no such file; pass the recording that was aligned", path=media_path)
    _check_output(out)
    if out.exists() and os.path.samefile(out, media_path):
        raise OutputError("is the recording itself; pass -o with another file name", path=str(out))
    font = _check_burn(opts) if burn else None
    kinds, duration = probe(media_path)
    if aligned is not None and duration and aligned.duration and \
            abs(duration - aligned.duration) > max(2.0, 0.02 * aligned.duration):
        raise RenderError(f"is {duration:.1f} s long, but the sync map is of a {aligned.duration:.1f}-s "
                          f"recording ({aligned.media}); pass the recording that was aligned", path=media_path)
    if burn and "video" not in kinds:
        raise RenderError("has no video to burn captions into; leave out --burn", path=media_path)
    shown = rendition_captions(cues, rate, cue_opts, speed_opts, duration)
    with tempfile.TemporaryDirectory(prefix="gikai-render-") as work:
        srt = os.path.join(work, "captions.srt")
        Path(srt).write_text(to_srt(shown), encoding="utf-8")
        # ffmpeg creates the file itself (the user's umask, not mkstemp's 0600)
        tmp = str(out.parent / f".{out.name}.{secrets.token_hex(4)}.part")
        try:
            proc = _command(media_path, kinds, rate, srt, tmp, out.suffix.lower(), burn, font, opts).run_async(
                cmd=ffmpeg_exe(), pipe_stdout=True, pipe_stderr=True)
            try:
                _, stderr = proc.communicate()
            except BaseException:
                proc.kill()          # stopped (Ctrl-C, kill): ffmpeg stops too, not minutes later
                proc.wait()
                raise
            if proc.returncode:
                raise RenderError(f"ffmpeg failed: {_last_line(stderr)}", path=media_path)
            os.replace(tmp, out)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return out


def _last_line(stderr: bytes | None) -> str:
    lines = [ln.strip() for ln in (stderr or b"").decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1][-200:] if lines else "no message"


def cues_from_sync_map(path: str | os.PathLike, star_display: str = STAR_DISPLAY) -> list[Cue]:
    """The captions (speech and sound notes) of a JSON sync map written by ``align``, each
    ★ that has a candidate shown as ``star_display`` like the 1× subtitles."""
    return captions_of(read_sync_map(path), star_display)


def captions_of(smap: SyncMap, star_display: str = STAR_DISPLAY) -> list[Cue]:
    """A sync map's captions as :func:`cues_from_sync_map` gives them."""
    return [replace(c, text=with_candidates(c, smap, star_display)) for c in smap.shown]


def read_sync_map(path: str | os.PathLike) -> SyncMap:
    """The JSON sync map ``align`` wrote, or a :class:`RenderError` saying what it is not."""
    try:
        smap = SyncMap.from_json(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise RenderError(f"cannot read the sync map ({exc.strerror}); pass the .json that "
                          "'align' wrote", path=str(path)) from exc
    except ValueError as exc:
        raise RenderError("is not a sync map written by 'align'; pass OUTDIR/<stem>.json",
                          path=str(path)) from exc
    return smap


def default_output(media_path: str, sync_map: str, rate: float) -> Path:
    """``<sync map's folder>/<recording stem>.x1.5.mp4``."""
    return Path(sync_map).parent / f"{Path(media_path).stem}.x{rate_label(rate)}.mp4"
