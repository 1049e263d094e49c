"""The whole job: minutes + recording → captions, sync map, ★ candidates, player.

Stages, in order: read the minutes (:mod:`sync.minutes`), decode the recording
(:mod:`sync.media`), find speech (:mod:`sync.voicing`), transcribe (:mod:`sync.asr`,
cached by :mod:`sync.cache`), time the official text (:mod:`sync.timing`), check the fit
(:mod:`sync.quality`), make captions (:mod:`sync.cues`), fill ★ (:mod:`sync.stars`),
build the sync map (:mod:`sync.syncmap`), render every output (:mod:`sync.outputs`) and
write them all or none (:mod:`sync.files`). Inputs are checked before the expensive work.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from . import cache, media, minutes as minutes_mod, models, outputs
from .align import AlignOptions, Alignment
from .asr import (STAR_DECODE_VERSION, AsrOptions, EncoderStore, Engine, Word, check as check_engine, give_back_memory,
                  release_lanes, spoken_language, vocabulary, whisper_engine)
from .cues import Cue, fit_to_media, make_cues
from .errors import AlignmentError, MediaError, OutputError
from .files import kept_edits, left_from_before, media_digest, write_all
from .guided import GUIDE_VERSION, GuidedOptions, Report, whisper_guide, windows
from .minutes import Minutes
from .player import relative_url
from .quality import assess
from .session import from_header
from .refine import RefineOptions, end_before_pauses
from .stars import Star, StarOptions, find as find_stars, timed as timed_stars
from .syncmap import SyncMap, speakers, star_entries
from .text import STAR
from .timing import agree, heard_openings, stranded, time_text
from .voicing import FRAME, VoicingOptions, voicing

# (stage, done, total): stage is "decode", "asr" or "align"; units are seconds of media.
Progress = Callable[[str, float, float], None]


@dataclass(frozen=True)
class SyncOptions:
    asr: AsrOptions = field(default_factory=AsrOptions)
    voicing: VoicingOptions = field(default_factory=VoicingOptions)
    align: AlignOptions = field(default_factory=AlignOptions)
    refine: RefineOptions = field(default_factory=RefineOptions)
    stars: StarOptions = field(default_factory=StarOptions)
    output: outputs.OutputOptions = field(default_factory=outputs.OutputOptions)
    speaker_pattern: str | None = None  # a regex for speaker lines of an unforeseen layout
                                        # (named groups role, name, optional text)
    hotwords_from_minutes: bool = False  # bias the ASR towards the minutes' names and terms
    full_asr: bool = True              # transcribe the whole recording; False: guided by the
                                       # official text, decoding only where they disagree
                                       # (faster; not yet as accurate on real voices: README)
    retime: bool = True                # full path: then time the official text itself on the
                                       # audio (window by window, placed by what was heard),
                                       # not only through the transcription's words (README)
    guided: GuidedOptions = field(default_factory=GuidedOptions)
    partial_media: bool = False        # a truncated recording: sync the part that decodes
    audio_track: int | None = None     # which audio track to sync (0: the first); None: the
                                       # first with speech
    cache_dir: Path | None = None      # None: the user cache folder
    use_cache: bool = True


@dataclass(frozen=True)
class SyncResult:
    minutes: Minutes
    sync_map: SyncMap
    stars: list[Star]
    timing: Alignment
    words: list[Word]
    outputs: list[Path]
    asr_cached: bool
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage
    guided: Report | None = None    # what the guided transcription did (None: full path or cached)
    retimed: Report | None = None   # what retiming the heard words did (None: not done now)
    notes: tuple[str, ...] = ()     # about the outputs: edits kept, files left from an earlier run

    @property
    def cues(self) -> tuple[Cue, ...]:
        return self.sync_map.cues

    @property
    def duration(self) -> float:
        return self.sync_map.duration


def letters(s: str) -> int:
    """Characters that are said or written (no punctuation, no spaces)."""
    return len(re.sub(r"[\W_]", "", s))


def heard_chars(heard: Sequence[Word], uncovered: Sequence[tuple[float, float]]) -> dict:
    """How much was heard: the characters of the words heard in the speech the minutes cover,
    and in each stretch they do not (see :func:`sync.notices.minutes_share`)."""
    outside = [0] * len(uncovered)
    covered = 0
    for w in heard:
        if w.probability < 0:
            continue
        k = next((k for k, (a, b) in enumerate(uncovered) if a <= w.start < b), None)
        if k is None:
            covered += letters(w.text)
        else:
            outside[k] += letters(w.text)
    return {"covered": covered, "uncovered": outside}


def _later_track(media_path: str, tracks: int, opts: SyncOptions,
                 wanted: Callable[[media.Audio, object], bool]):
    """(audio, voicing, index) of the first audio track after the first that has speech
    and is ``wanted``; None if none is."""
    for k in range(1, tracks):
        audio = media.load(media_path, track=k, partial=opts.partial_media)
        voiced = voicing(audio, opts.voicing)
        if voiced.speech.any() and wanted(audio, voiced):
            return audio, voiced, k
    return None


def check_outdir(outdir: Path) -> None:
    """Fail before any expensive work if outputs cannot be written."""
    probe = outdir
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError("is not a folder; pass -o with a folder", path=str(probe))
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OutputError("is not writable; pass -o with a writable folder", path=str(probe))


def not_heard(smap: SyncMap) -> tuple:
    """The sync map's ★ with no candidate where the ★ stands in a caption nobody was heard
    saying (:meth:`SyncMap.unheard`: minutes longer than the recording): whatever the audio
    near its squeezed time says is not what the ★ hides."""
    unheard = [smap.cues[i] for i in smap.unheard()]
    out = []
    for star in smap.stars:
        if any(c.turn == star.turn and c.first <= star.char < c.last for c in unheard):
            star = replace(star, candidate=None, confidence=0.0, sources={},
                           reason="not heard: this part of the minutes was not said in the recording")
        out.append(star)
    return tuple(out)


def check_inputs_kept(outdir: Path, names: list[str], *inputs: str) -> None:
    """Refuse before any work if an output would replace one of the ``inputs`` (minutes
    saved as ``s.html`` or ``s.json`` beside ``s.mp4``, synced into their own folder)."""
    for name in names:
        target = outdir / name
        for given in inputs:
            try:
                same = target.exists() and os.path.samefile(target, given)
            except OSError:
                same = False
            if same:
                raise OutputError(f"the output {name} would replace this input; pass -o with another "
                                  "folder, or rename the input", path=str(given))


def asr_options(opts: SyncOptions, mins: Minutes, text: str) -> AsrOptions:
    """The ASR's options for these minutes (their names and terms as hotwords, if asked)."""
    if not opts.hotwords_from_minutes:
        return opts.asr
    return replace(opts.asr, hotwords=vocabulary(text.replace(STAR, ""), mins.speakers))


def transcribe(audio: media.Audio, keys: tuple[str, str | None] | None, cache_dir: Path,
               engine: Engine, progress: Progress | None, guide: tuple[str, object] | None = None
               ) -> tuple[list[Word], bool, Report | None, float | None]:
    """The recording's words: from the cache, else from the engine — guided by the
    official text and its speech (``guide``: text, voicing) when the engine can be —, then
    cached. ``keys``: the full transcription's cache key and the guided one (None: no
    cache). Words of the full transcription serve a guided run too. Returns the words,
    whether they were cached, the guide's report (None: not guided now) and from when on
    (seconds) the words were *heard* (the full transcription's) rather than the official
    text timed: 0 all of them, None none — a guide that gave up at 20 minutes kept what it
    timed before, and the recording was transcribed from there (its words are stored under
    the guided key, with that time; from the start, under the full key)."""
    full_key, guided_key = keys if keys else (None, None)
    for key in (full_key, guided_key if guide is not None else None):
        if key is not None and (entry := cache.load_entry(cache_dir, key)) is not None:
            words, meta = entry
            heard_from = 0.0 if key == full_key else meta.get("heard_from")
            return words, True, None, float(heard_from) if heard_from is not None else None
    total = audio.duration
    step = (lambda s: progress("asr", min(s, total), total)) if progress else None
    report = None
    if guide is not None and engine.guide is not None:
        words, report = engine.guide(audio, guide[0], guide[1], step)
        heard_from = report.gave_up
    else:
        words = engine.transcribe(audio, step)
        heard_from = 0.0
    store = full_key if heard_from == 0 else guided_key
    if store is not None:
        cache.store_words(cache_dir, store, words, {"heard_from": heard_from} if heard_from else None)
    return words, False, report, heard_from


def retime(audio: media.Audio, text: str, voiced, heard: list[Word], timing: Alignment,
           engine: Engine, key: str | None, cache_dir: Path, progress: Progress | None,
           ahead: EncoderStore | None = None, since: float = 0.0) -> tuple[list[Word], Report | None]:
    """The official text timed on the audio window by window, each window placed by the
    ``heard`` words at its start near where ``timing`` (their alignment) puts it
    (:func:`sync.guided.guided_words`); a window whose text does not fit keeps its heard
    words. Cached under ``key``; the report is None when cached. ``ahead``: the windows'
    encoder outputs made while the session was transcribed. ``since``: the words before
    are the official text timed already (a guide that gave up there), and kept."""
    if key is not None:
        words = cache.load_words(cache_dir, key)
        if words is not None:
            return words, None
    total = audio.duration
    step = (lambda s: progress("retime", min(s, total), total)) if progress else None
    words, report = engine.guide(audio, text, voiced, step, heard=heard, base=timing,
                                 **({"encoded": ahead} if ahead is not None else {}),
                                 **({"since": since} if since else {}))
    if key is not None:
        cache.store_words(cache_dir, key, words)
    return words, report




def sync(media_path: str, minutes_path: str, outdir: Path, opts: SyncOptions = SyncOptions(),
         engine: Engine | None = None, progress: Progress | None = None) -> SyncResult:
    """Run the whole job and write every output (:mod:`sync.outputs`) into ``outdir``.

    ``engine`` replaces Whisper (tests pass a fake one; without a decoder, ★ candidates
    come from the session's words only)."""
    mins = minutes_mod.load(minutes_path, opts.speaker_pattern)
    check_outdir(outdir)
    check_inputs_kept(outdir, outputs.names(Path(media_path).stem, opts.output), media_path, minutes_path)
    if engine is None:
        check_engine(opts.asr)  # a missing model or GPU is reported before decoding
    stages: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        stages[stage] = stages.get(stage, 0.0) + now - clock
        clock = now

    track = opts.audio_track or 0
    language = ""
    # the audio tracks' language tags, one probe for every question below about the tracks
    langs = media.audio_languages(media_path) if os.path.isfile(media_path) else []
    if opts.audio_track is None and len(langs) > 1 and langs[0] not in media.JAPANESE + media.UNTAGGED \
            and (k := next((k for k, lang in enumerate(langs) if lang in media.JAPANESE), None)) is not None:
        # a first track tagged in another language (an interpreter's English) beside one
        # tagged Japanese: the Japanese one is the session's
        track, language = k, langs[0]
    # a track that is not there, in a file that is (a missing or unreadable file is
    # media.load's to report)
    if opts.audio_track and 0 < (tracks := len(langs)) <= opts.audio_track:
        raise MediaError(f"has {tracks} audio track{'s' if tracks != 1 else ''}: there is no track "
                         f"{opts.audio_track + 1}; pass --audio-track from 1 to {tracks}", path=media_path)
    audio = media.load(media_path, (lambda s, total: progress("decode", s, total or s)) if progress else None,
                       track=track, partial=opts.partial_media)
    lap("media")
    voiced = voicing(audio, opts.voicing)  # ~0.3 % of real time: silence is refused before the ASR
    give_back_memory()
    lap("voicing")
    if not voiced.speech.any() and opts.audio_track is not None:
        raise MediaError(f"is silent on its audio track {track + 1} (no sound above its noise floor); "
                         "pass another --audio-track, or none to take the first with speech", path=media_path)
    if not voiced.speech.any():
        # a chamber's video may carry the floor's sound on a later track (the first one an
        # interpreter's, or silent): the first track with speech is the session's
        tracks = len(langs)
        audio = voiced = None       # not held while the others are decoded (memory at 3 h)
        found = _later_track(media_path, tracks, opts, lambda a, v: True)
        if found is None:
            raise MediaError("is silent (no sound above its noise floor" +
                             (f" on any of its {tracks} audio tracks" if tracks > 1 else "") +
                             "); pass the recording with the session's sound", path=media_path)
        audio, voiced, track = found
        lap("media")
    text, offsets = minutes_mod.script(mins)
    asr_opts = asr_options(opts, mins, text)
    if engine is None and opts.audio_track is None and len(langs) > 1 and track == 0 \
            and all(lang in media.UNTAGGED for lang in langs) and asr_opts.language == "ja":
        # several audio tracks, none tagged: the first may be an interpreter's (English,
        # sign-language voice-over) — Whisper says which language each one speaks
        heard, sure = spoken_language(asr_opts, audio, voiced.speech, FRAME)
        if heard != "ja" and sure >= 0.5:
            audio = voiced = None
            found = _later_track(media_path, len(langs), opts,
                                 lambda a, v: spoken_language(asr_opts, a, v.speech, FRAME)[0] == "ja")
            if found is not None:
                (audio, voiced, track), language = found, heard
            else:                   # no track speaks Japanese: the first, as before
                audio = media.load(media_path, track=0, partial=opts.partial_media)
                voiced = voicing(audio, opts.voicing)
        lap("media")
    if engine is None:
        engine = whisper_engine(asr_opts)
        engine = replace(engine, guide=whisper_guide(asr_opts, opts.guided))
    guided = not opts.full_asr and engine.guide is not None
    cache_dir = opts.cache_dir or cache.default_dir()
    keys = key = None
    if opts.use_cache:
        # (the words are timed on the recording's clock: a sound track's start offset counts)
        full_key = cache.asr_key(media_digest(media_path) + (f":track{track}" if track else "")
                                 + (f":offset{audio.offset:.3f}" if audio.offset else "")
                                 + (":antiphase" if audio.antiphase else ""), asr_opts,
                                 cache.model_identity(asr_opts.model, cache_dir))
        # guided words depend on the text, the speech found and the guide's settings
        keys = (full_key, cache.derived_key(full_key, text, GUIDE_VERSION, asdict(opts.guided),
                                            asdict(opts.voicing)))
    lap("hashing")
    rkey = cache.derived_key(keys[0], "retime", text, GUIDE_VERSION, asdict(opts.guided), asdict(opts.voicing),
                             asdict(opts.align), asdict(opts.refine)) if keys else None
    # the retiming's windows encoded while the session is transcribed (the full path, its
    # retiming not cached): the cores the beam search leaves idle do it
    ahead = engine.encode_ahead(audio, windows(voiced, audio.duration, opts.guided),
                                str(cache_dir) if cache_dir.is_dir() else None) \
        if engine.encode_ahead is not None and engine.guide is not None and not guided and opts.retime \
        and not (rkey is not None and cache.has_words(cache_dir, rkey)) else None
    try:
        words, cached, report, heard_from = transcribe(audio, keys, cache_dir, engine, progress,
                                                       (text, voiced) if guided else None)
        heard = heard_from == 0     # (all heard: the full transcription's words)
        lap("asr")
        if report is not None:
            stages.update({f"asr: {k}": v for k, v in report.stages.items()})
        if keys:
            key = keys[0] if heard else keys[1]
            if heard_from:           # (its retiming is of the words heard from then on)
                rkey = cache.derived_key(rkey, heard_from)
        heard_words = words
        retimed = None
        if progress:
            progress("align", 0, 1)
        # guided: the official text forced onto the audio, with no transcription to check an
        # opening it could not place against: such words are dropped (timing.stranded)
        if heard:
            given = words
        elif heard_from is None:
            given = stranded(words, voiced)
        else:       # (guided up to heard_from, heard from there)
            given = stranded([x for x in words if x.start < heard_from], voiced) + \
                [x for x in words if x.start >= heard_from]
        timing = time_text(text, given, audio, voiced, opts.align, opts.refine, offsets)
        if heard_from is not None and opts.retime and engine.guide is not None:
            lap("alignment")
            words, retimed = retime(audio, text, voiced, words, timing, engine, rkey, cache_dir, progress,
                                    ahead, heard_from)
            lap("retiming")
            if retimed is not None:
                stages.update({f"retiming: {k}": v for k, v in retimed.stages.items()})
            if ahead is not None:
                stages["retiming: encoder ahead"] = round(ahead.seconds, 2)   # (beside the transcription)
            retimed_timing = time_text(text, words, audio, voiced, opts.align, opts.refine, offsets)
            timing = agree(heard_openings(retimed_timing, words, timing, text, voiced, heard_words), timing)
    finally:
        if ahead is not None:
            ahead.close()   # (its thread stopped, its files removed)

    quality = assess(text, timing, audio.duration, words)
    if quality.reasons:
        tracks = len(langs) if opts.audio_track is None else 0
        other = (f"; the recording has {tracks} audio tracks and track {track + 1} was synced: if the "
                 "session's sound is on another (the first an interpreter's, a second the floor's), "
                 "pass --audio-track N") if tracks > 1 else ""
        raise AlignmentError(f"{'; '.join(quality.reasons)} (recording: {media_path}){other}",
                             path=minutes_path)
    if progress:
        progress("align", 1, 1)
    lap("alignment")
    # (the remembered ★ decodes are of this decoder's version: the way it reads a window)
    decoder = cache.memo_decoder(engine.decode, cache_dir / f"{key}.stars{STAR_DECODE_VERSION}.json"
                                 if key else None)
    # guided, the words around a ★ are the official text timed, not heard: the ★ stage
    # reads each ★'s window itself
    star_opts = opts.stars if heard else replace(opts.stars, session_words=False)
    try:
        stars = find_stars(text, timing, audio, heard_words, voiced.speech, decoder, star_opts,
                           scorer=engine.score, names=[s for s in mins.speakers if "★" not in s])
    finally:
        release_lanes(opts.asr)
    lap("★")
    # a ★ said is shown while its words were (the speech between its neighbours)
    timing = timed_stars(text, timing, stars, voiced.speech, FRAME)
    if opts.refine.enabled:
        timing = end_before_pauses(timing, text, voiced, notes=frozenset(
            offsets[t] + note.at for t, turn in enumerate(mins.turns) for note in turn.sounds))
    # captions are cut after the ★ are filled: a candidate ［？…］ takes room on screen
    cues = make_cues(mins, timing, offsets, opts.output.cues,
                     {s.index: opts.output.star_display.format(s.candidate) for s in stars if s.candidate})
    cues = fit_to_media(cues, audio.duration)

    style = opts.output.cues.speaker_style
    turns = speakers(mins, style)
    smap = SyncMap(
        media=os.path.basename(media_path), duration=audio.duration,
        model=opts.asr.model or models.default_model_name(),
        speakers=tuple(dict.fromkeys(t.label for t in turns if t.label)),
        cues=tuple(cues), stars=star_entries(mins, stars, offsets, style),
        evidence=round(float(timing.evidence.mean()) if len(text) else 0.0, 4),
        quality={**quality.to_json(offsets),
                 # a track other than the first, taken because the first was silent or chosen
                 # by the user: players play the first all the same (the warning says so)
                 **({"audio_track": track + 1} if track else {}),
                 **({"audio_track_chosen": True} if track and opts.audio_track is not None else {}),
                 **({"audio_track_other_language": language} if track and language else {}),
                 **({"audio_track_tagged": False} if track and language and langs[0] in media.UNTAGGED else {}),
                 **({"antiphase": True} if audio.antiphase else {}),
                 **({"heard_chars": heard_chars(heard_words, quality.uncovered_media)} if heard else {}),
                 **({"truncated": {"decoded": round(audio.duration, 2), "expected": round(audio.expected, 2)}}
                    if audio.expected is not None else {}),
                 "unplaced_lines": [asdict(u) for u in mins.unplaced]},
        turns=turns,
        session=from_header(mins.source_text[:mins.turns[0].source[0]] if mins.turns and mins.turns[0].source
                            else mins.source_text).to_json())
    smap = replace(smap, stars=not_heard(smap))
    stem = Path(media_path).stem
    files = outputs.render(stem, mins, smap, opts.output, relative_url(media_path, outdir))
    # an editor's changes to the last run's outputs are kept beside the new ones, never lost
    kept = kept_edits(outdir, files, f"{stem}.json")
    notes = [f"{name} was changed after the last run: the changed file is kept as {copy}" if why == "edited" else
             f"{name} was in the output folder and no earlier run wrote it as it is: it is kept as {copy}"
             for copy, (name, _, why) in kept.items()]
    if cache_dir in cache.UNWRITABLE:
        notes.append(f"the transcription could not be cached in {cache_dir} (not writable): a run "
                     "again transcribes again (pass --cache-dir with a writable folder)")
    if left := left_from_before(outdir, files, stem):
        notes.append(f"{', '.join(left)} {'is' if len(left) == 1 else 'are'} left from an earlier run and "
                     "show its captions (not written now: --no-player); delete them or run without --no-player")
    written = write_all(outdir, {**files, **{copy: data for copy, (_, data, _) in kept.items()}})
    lap("outputs")
    return SyncResult(mins, smap, stars, timing, words, written, cached, stages, report, retimed, tuple(notes))
