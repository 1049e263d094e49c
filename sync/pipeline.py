"""The whole job: minutes + recording → captions and sync map.

Stages run in the order of the modules' names: minutes → media → asr → align → cues →
writers. Inputs are checked before the expensive work starts, and nothing is written
until every output has been rendered.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from . import asr, media, minutes as minutes_mod
from .align import AlignOptions, Alignment, align
from .cues import Cue, CueOptions, display_times, make_cues
from .errors import OutputError
from .refine import (RefineOptions, clause_starts, clause_weights, fill_gaps, refine, reflow,
                     trim_words, voicing)
from .minutes import STAR, Minutes
from .writers import SyncMap, to_json, to_srt, to_vtt, write_all

# (stage, done, total): stage is "decode", "asr" or "align"; units are seconds of media.
Progress = Callable[[str, float, float], None]


@dataclass(frozen=True)
class SyncOptions:
    asr: asr.AsrOptions = field(default_factory=asr.AsrOptions)
    align: AlignOptions = field(default_factory=AlignOptions)
    refine: RefineOptions = field(default_factory=RefineOptions)
    cues: CueOptions = field(default_factory=CueOptions)
    cache_dir: Path | None = None      # None: the user cache folder
    use_cache: bool = True


@dataclass(frozen=True)
class SyncResult:
    minutes: Minutes
    cues: list[Cue]
    stars: list[dict]
    timing: Alignment
    words: list[asr.Word]
    outputs: list[Path]
    asr_cached: bool
    duration: float


def script_text(m: Minutes) -> tuple[str, list[int]]:
    """The turns' texts concatenated (what is aligned) and where each turn starts."""
    offsets, pos = [], 0
    for t in m.turns:
        offsets.append(pos)
        pos += len(t.text)
    return "".join(t.text for t in m.turns), offsets


def star_entries(m: Minutes, timing: Alignment, offsets: list[int]) -> list[dict]:
    """One entry per ★ in document order: the gap between its timed neighbours."""
    out = []
    n = len(timing.start)
    for t, turn in enumerate(m.turns):
        for i, ch in enumerate(turn.text):
            if ch != STAR:
                continue
            g = offsets[t] + i
            start = float(timing.end[g - 1]) if g > 0 else 0.0
            end = float(timing.start[g + 1]) if g + 1 < n else float(timing.end[g])
            conf = min(float(timing.confidence[g - 1]) if g > 0 else 1.0,
                       float(timing.confidence[g + 1]) if g + 1 < n else 1.0)
            out.append({"start": round(start, 3), "end": round(max(start, end), 3),
                        "candidate": None, "confidence": round(conf, 3),
                        "speaker": turn.name, "turn": t, "char": i})
    return out


def check_outdir(outdir: Path) -> None:
    """Fail before any expensive work if outputs cannot be written."""
    probe = outdir
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError("is not a folder; pass -o with a folder", path=str(probe))
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OutputError("is not writable; pass -o with a writable folder", path=str(probe))


def transcribe_cached(audio: media.Audio, media_path: str, opts: SyncOptions,
                      transcriber: asr.Transcriber | None, progress: Progress | None
                      ) -> tuple[list[asr.Word], bool]:
    cache_dir = opts.cache_dir or asr.default_cache_dir()
    key = asr.cache_key(media.content_hash(media_path), opts.asr)
    if opts.use_cache:
        words = asr.load_cached(cache_dir, key)
        if words is not None:
            return words, True
    engine = transcriber or asr.whisper_transcriber(opts.asr)
    total = audio.duration
    words = engine(audio, (lambda s: progress("asr", min(s, total), total)) if progress else None)
    if opts.use_cache:
        try:
            asr.store_cached(cache_dir, key, words)
        except OSError:
            pass  # a read-only cache only costs time on the next run
    return words, False


def sync(media_path: str, minutes_path: str, outdir: Path, opts: SyncOptions = SyncOptions(),
         transcriber: asr.Transcriber | None = None, progress: Progress | None = None) -> SyncResult:
    """Run the whole job and write ``<stem>.srt``, ``.vtt`` and ``.json`` into ``outdir``."""
    mins = minutes_mod.load(minutes_path)
    check_outdir(outdir)
    if transcriber is None and opts.asr.model is not None:
        from . import models
        models.resolve(opts.asr.model)  # a missing model is reported before decoding
    audio = media.load(media_path, (lambda s, total: progress("decode", s, total or s)) if progress else None)
    words, cached = transcribe_cached(audio, media_path, opts, transcriber, progress)

    text, offsets = script_text(mins)
    if progress:
        progress("align", 0, 1)
    voiced = voicing(audio, opts.refine)
    timing = align(text, trim_words(words, voiced, opts.refine), audio.duration, opts.align)
    clauses = clause_starts(text)
    weights = clause_weights(text, opts.refine.within_clause)
    timing = fill_gaps(timing, weights, voiced, opts.refine)
    timing = refine(timing, clauses, voiced, opts.refine)
    timing = reflow(timing, clauses, weights, voiced, opts.refine)
    cues = make_cues(mins, timing, offsets, opts.cues)
    stars = star_entries(mins, timing, offsets)
    if progress:
        progress("align", 1, 1)

    stem = Path(media_path).stem
    shown = display_times(cues, opts.cues)
    smap = SyncMap(
        media=os.path.basename(media_path), duration=audio.duration,
        model=opts.asr.model or asr.models.default_model_name(),
        speakers=mins.speakers, cues=cues, stars=stars,
        extra={"evidence": round(float(timing.evidence.mean()) if len(text) else 0.0, 4)})
    outputs = write_all(outdir, {f"{stem}.srt": to_srt(shown), f"{stem}.vtt": to_vtt(shown),
                                 f"{stem}.json": to_json(smap)})
    return SyncResult(mins, cues, stars, timing, words, outputs, cached, audio.duration)
