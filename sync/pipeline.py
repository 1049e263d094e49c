"""The whole job: minutes + recording → captions and sync map.

Stages run in the order of the modules' names: minutes → media → asr → align → cues →
writers. Inputs are checked before the expensive work starts, and nothing is written
until every output has been rendered.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from . import asr, media, minutes as minutes_mod
from .align import AlignOptions, Alignment, align
from .cues import STAR_DISPLAY, Cue, CueOptions, display_times, make_cues, with_candidates
from .errors import AlignmentError, MediaError, OutputError
from .quality import assess
from .refine import (RefineOptions, Voicing, clause_starts, clause_weights, fill_gaps, refine,
                     reflow, trim_words, voicing)
from .minutes import STAR, Minutes
from .player import player_files
from .review import ReviewOptions, filled_minutes, review_csv, review_html, rows
from .speed import SpeedOptions, clamp
from .stars import Star, StarOptions, find as find_stars, whisper_decoder
from .writers import SyncMap, to_json, to_srt, to_vtt, write_all

# (stage, done, total): stage is "decode", "asr" or "align"; units are seconds of media.
Progress = Callable[[str, float, float], None]


@dataclass(frozen=True)
class SyncOptions:
    asr: asr.AsrOptions = field(default_factory=asr.AsrOptions)
    align: AlignOptions = field(default_factory=AlignOptions)
    refine: RefineOptions = field(default_factory=RefineOptions)
    stars: StarOptions = field(default_factory=StarOptions)
    review: ReviewOptions = field(default_factory=ReviewOptions)
    star_display: str = STAR_DISPLAY   # how a ★ with a candidate reads in subtitles
    cues: CueOptions = field(default_factory=CueOptions)
    speed: SpeedOptions = field(default_factory=SpeedOptions)
    player: bool = True                # per-speed tracks and the web player page
    hotwords_from_minutes: bool = False  # bias the ASR towards the minutes' names and terms
    cache_dir: Path | None = None      # None: the user cache folder
    use_cache: bool = True


@dataclass(frozen=True)
class SyncResult:
    minutes: Minutes
    cues: list[Cue]
    stars: list[Star]
    timing: Alignment
    words: list[asr.Word]
    outputs: list[Path]
    asr_cached: bool
    duration: float


def script_text(m: Minutes) -> tuple[str, list[int]]:
    """The turns' texts concatenated (what is aligned) and where each turn starts."""
    return minutes_mod.script(m)


def star_entries(m: Minutes, stars: list[Star], offsets: list[int]) -> list[dict]:
    """The sync map's ``stars``: one entry per ★ in document order."""
    out = []
    for star in stars:
        t = minutes_mod.turn_at(offsets, star.index)
        out.append({"start": star.start, "end": star.end, "candidate": star.candidate,
                    "confidence": star.confidence, "reason": star.reason,
                    "speaker": m.turns[t].name, "turn": t, "char": star.index - offsets[t],
                    "sources": star.sources})
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


def transcribe_cached(audio: media.Audio, media_sha: str, opts: SyncOptions,
                      transcriber: asr.Transcriber | None, progress: Progress | None
                      ) -> tuple[list[asr.Word], bool]:
    """The recording's words: from the cache (keyed by ``media_sha``, the model and the
    options), else from the engine, then cached."""
    cache_dir = opts.cache_dir or asr.default_cache_dir()
    key = asr.cache_key(media_sha, opts.asr)
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


def time_text(text: str, words: list[asr.Word], audio: media.Audio,
              opts: SyncOptions = SyncOptions(), voiced: Voicing | None = None
              ) -> tuple[Alignment, Voicing]:
    """Every character of the official ``text`` timed: the global alignment to the ASR
    words, then the refinements on the audio (see :mod:`sync.refine`)."""
    voiced = voiced or voicing(audio, opts.refine)
    timing = align(text, trim_words(words, voiced, opts.refine), audio.duration, opts.align)
    clauses = clause_starts(text)
    weights = clause_weights(text, opts.refine.within_clause)
    timing = fill_gaps(timing, weights, voiced, opts.refine)
    timing = refine(timing, clauses, voiced, opts.refine)
    timing = reflow(timing, clauses, weights, voiced, opts.refine)
    return timing, voiced


def lazy_decoder(opts: SyncOptions, media_sha: str):
    """A ★ decoder that loads the model only if a ★ needs it, and remembers what it
    decoded (keyed by the media, window and prompts) so an editor's re-run is instant."""
    cache_dir = opts.cache_dir or asr.default_cache_dir()
    path = cache_dir / f"{asr.cache_key(media_sha, opts.asr)}.stars.json"
    try:
        memo = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    state: dict = {}

    def decode(samples, prompt: str, left: str):
        key = hashlib.sha256(samples.tobytes() + f"\0{prompt}\0{left}".encode()).hexdigest()[:24]
        if key not in memo:
            if "decoder" not in state:
                state["decoder"] = whisper_decoder(asr.load_model(opts.asr), opts.asr.language,
                                                   opts.asr.beam_size)
            memo[key] = state["decoder"](samples, prompt, left)
            if opts.use_cache:
                try:
                    cache_dir.mkdir(parents=True, exist_ok=True)
                    path.write_text(json.dumps(memo, ensure_ascii=False), encoding="utf-8")
                except OSError:
                    pass
        return [tuple(x) for x in memo[key]]

    return decode


def sync(media_path: str, minutes_path: str, outdir: Path, opts: SyncOptions = SyncOptions(),
         transcriber: asr.Transcriber | None = None, progress: Progress | None = None,
         decoder=None) -> SyncResult:
    """Run the whole job and write ``<stem>.srt``, ``.vtt`` and ``.json`` into ``outdir``
    (and, when the minutes have ★, the filled minutes and the review sheet).

    ``transcriber`` and ``decoder`` replace the Whisper engine (tests pass fakes; with a
    fake transcriber and no decoder, ★ candidates come from its words only)."""
    mins = minutes_mod.load(minutes_path)
    check_outdir(outdir)
    if transcriber is None and opts.asr.model is not None:
        from . import models
        models.resolve(opts.asr.model)  # a missing model is reported before decoding
    audio = media.load(media_path, (lambda s, total: progress("decode", s, total or s)) if progress else None)
    voiced = voicing(audio, opts.refine)  # 0.3 s for 3 h: silence is refused before the ASR
    if not voiced.speech.any():
        raise MediaError("is silent (no sound above its noise floor); pass the recording with "
                         "the session's sound", path=media_path)
    text, offsets = script_text(mins)
    if opts.hotwords_from_minutes:
        opts = replace(opts, asr=replace(opts.asr, hotwords=asr.vocabulary(
            text.replace(STAR, ""), mins.speakers)))
    media_sha = media.content_hash(media_path)  # read once: a session is gigabytes
    words, cached = transcribe_cached(audio, media_sha, opts, transcriber, progress)

    if progress:
        progress("align", 0, 1)
    timing, voiced = time_text(text, words, audio, opts, voiced)
    quality = assess(text, timing, audio.duration, words)
    if quality.reasons:
        raise AlignmentError(f"{'; '.join(quality.reasons)} (recording: {media_path})",
                             path=minutes_path)
    cues = make_cues(mins, timing, offsets, opts.cues)
    if progress:
        progress("align", 1, 1)
    decoder = decoder if decoder is not None else (
        lazy_decoder(opts, media_sha) if transcriber is None else None)
    stars = find_stars(text, timing, audio, words, voiced.speech, decoder, opts.stars)

    stem = Path(media_path).stem
    by_index = {s.index: s.candidate for s in stars}
    display = [replace(c, text=with_candidates(c, lambda t, k: by_index.get(offsets[t] + k),
                                               opts.star_display)) for c in cues]
    shown = clamp(display_times(display, opts.cues), audio.duration)
    smap = SyncMap(
        media=os.path.basename(media_path), duration=audio.duration,
        model=opts.asr.model or asr.models.default_model_name(),
        speakers=mins.speakers, cues=cues, stars=star_entries(mins, stars, offsets),
        extra={"evidence": round(float(timing.evidence.mean()) if len(text) else 0.0, 4),
               "quality": quality.to_json(offsets)})
    files: dict[str, str | bytes] = {
        f"{stem}.srt": to_srt(shown), f"{stem}.vtt": to_vtt(shown), f"{stem}.json": to_json(smap)}
    if stars:
        sheet = rows(mins, stars, offsets, stem, opts.review)
        files[f"{stem}.filled.txt"] = filled_minutes(mins, stars, offsets, opts.review, mins.newline)
        files[f"{stem}.review.csv"] = review_csv(sheet)
        files[f"{stem}.review.html"] = review_html(sheet, stem)
    if opts.player:
        files.update(player_files(stem, smap.media, display, json.loads(files[f"{stem}.json"]),
                                  opts.cues, opts.speed))
    outputs = write_all(outdir, files)
    return SyncResult(mins, cues, stars, timing, words, outputs, cached, audio.duration)
