"""Speech and silence in the recording, per 10 ms frame, and the onsets and offsets
between them.

A clause in the minutes starts after 、 or 。, where a speaker usually pauses, so its true
start is a speech onset — a rise out of the local noise floor after a silence.
:mod:`sync.refine` moves times onto what this module finds.

Two methods (:class:`VoicingOptions` ``method``):

- ``energy``: a 10 ms energy envelope against a noise floor estimated block by block
  (levels drift over a session). Cheap and exact on clean recordings, but in a chamber
  gallery babble, coughs and a speaker's walk to the rostrum rise out of the floor like
  speech, and a quiet speaker sinks into it.
- ``silero`` (default): the Silero voice-activity model faster-whisper ships decides what
  is speech (it is trained to tell speech from noise); the energy envelope, with its
  noise floor measured where the model hears no speech, then places the edges: a
  32 ms model frame is too coarse for an onset, and the model hears reverberation and
  short pauses as speech.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .media import SAMPLE_RATE, Audio

FRAME = 0.01  # seconds per envelope frame
# a frame at or under one 16-bit step of level (-90.3 dB) is digital silence (a muted
# channel, a cut), not the room: it takes no part in measuring the noise floor
DEAD_DB = -90.0


@dataclass(frozen=True)
class VoicingOptions:
    method: str = "silero"       # "silero": a voice-activity model says what is speech, the
                                 # energy envelope places its edges; "energy": energy only
    min_silence: float = 0.07    # a pause shorter than this is a consonant, not a boundary
    min_speech: float = 0.05     # a burst shorter than this is a click, not speech
    floor_block: float = 30.0    # noise floor estimated per block of this many seconds
    margin_db: float = 9.0       # "energy": speech is this much above the floor (at least)
    # "silero" only
    threshold: float = 0.5       # model probability that starts speech…
    neg_threshold: float = 0.35  # …and below which it ends (faster-whisper's VadOptions rule)
    pad: float = 0.15            # the model's speech widened by this on each side before the
                                 # energy places the edge: its frames are 32 ms and it hears
                                 # an onset up to ~0.1 s late
    vad_margin_db: float = 6.0   # inside the model's speech, energy this far above the floor
                                 # of the model's non-speech is speech
    loud_db: float = 15.0        # energy this far above that floor for at least ``loud_min``
    loud_min: float = 0.3        # seconds is speech even where the model hears none (seen:
                                 # a clause said 20 dB above the gallery at probability 0.1);
                                 # coughs and rustle are shorter
    loud_below: float = 30.0     # …but none more than this under the block's speech level (a
                                 # room's rumble drifting up in a pause of a near-silent
                                 # recording, 20 dB over its floor and 40 under the voices)
    loud_gap: float = 0.2        # dips this short between loud syllables do not end such a run
                                 # (seen: a laugh, あはは、ラッキー！, 20 dB over white noise, at
                                 # probability 0.1, its syllables 0.1–0.2 s apart)
    vad_block: float = 60.0      # seconds of audio per model call (memory stays bounded)
    vad_warmup: float = 1.0      # seconds before each block the model hears first (its
                                 # recurrent state settles)
    voice_min: float = 0.15      # a run of speech whose model probability never reaches this
                                 # is only loud (applause: under 0.1; a voice in a reverberant
                                 # chamber: 0.3): no untimed text is put on it
    tone_db: float = 12.0        # a steady tone this far above the room's spectrum around it
                                 # (mains hum, a test tone) is notched out before speech is
                                 # looked for (0: never)
    tone_width: float = 2.0      # Hz notched on each side of a tone
    rumble_hz: float = 80.0      # a room whose energy is at least ``rumble_share`` under this
    rumble_share: float = 0.9    # frequency has it cut there (0: never)


@dataclass(frozen=True)
class Voicing:
    """Speech/silence per 10 ms frame and the onset/offset times derived from it."""

    speech: np.ndarray   # bool per frame
    onsets: np.ndarray   # seconds, sorted
    offsets: np.ndarray  # seconds, sorted
    probability: np.ndarray | None = None  # the model's speech probability per frame ("silero")
    heard: np.ndarray | None = None  # bool per frame: speech runs the model heard a voice in
                                     # ("silero"); the others are only loud (applause, a knock)


def envelope(audio: Audio, block_seconds: float = 60.0) -> np.ndarray:
    """Log energy (dB) per 10 ms frame, computed block by block."""
    hop = int(SAMPLE_RATE * FRAME)
    n = len(audio.samples) // hop
    out = np.empty(n, dtype=np.float32)
    step = int(block_seconds / FRAME)
    for f0 in range(0, n, step):
        f1 = min(n, f0 + step)
        out[f0:f1] = frame_db(audio.samples[f0 * hop:f1 * hop].astype(np.float32) / 32768.0)
    return out


def frame_db(x: np.ndarray) -> np.ndarray:
    """Log energy (dB) of each whole 10 ms frame of float samples ``x``."""
    hop = int(SAMPLE_RATE * FRAME)
    return 10 * np.log10((x[:len(x) - len(x) % hop].reshape(-1, hop) ** 2).mean(axis=1) + 1e-10)


def room_spectrum(x: np.ndarray) -> np.ndarray | None:
    """The room without speech: in each 4-Hz bin, the power that ``x``'s quarter-second
    pieces exceed nine times out of ten (the tenth percentile per bin; digital silence
    left out). None when ``x`` has under 2 s of sound."""
    nper = SAMPLE_RATE // 4
    n = len(x) // nper
    pieces = x[:n * nper].reshape(n, nper)
    pieces = pieces[10 * np.log10((pieces ** 2).mean(axis=1) + 1e-20) > DEAD_DB]   # not digital silence
    if len(pieces) < 8:
        return None
    return np.percentile(np.abs(np.fft.rfft(pieces * np.hanning(nper), axis=1)) ** 2, 10, axis=0)


def tones(power: np.ndarray, opts: "VoicingOptions") -> list[float]:
    """Frequencies (Hz) of steady tones in a room's spectrum (:func:`room_spectrum`): mains
    hum and its harmonics, a test tone left on, a projector's whine — a bin standing
    ``tone_db`` above the spectrum's median over the 48 Hz on each side of it."""
    level = 10 * np.log10(power + 1e-20)
    half = 12
    local = np.median(np.lib.stride_tricks.sliding_window_view(np.pad(level, half, mode="edge"), 2 * half + 1),
                      axis=1)
    rise = level - local
    lowest = int(40 / 4)         # below 40 Hz: no tone, a drift of the level
    peaks = [k for k in np.nonzero(rise > opts.tone_db)[0]
             if lowest <= k < len(level) - 1 and level[k] >= level[k - 1] and level[k] >= level[k + 1]]
    return [k * 4.0 for k in peaks]


def rumbles(power: np.ndarray, opts: "VoicingOptions") -> bool:
    """Does rumble under ``rumble_hz`` (traffic, air conditioning, a handled microphone)
    hold at least ``rumble_share`` of the room's energy? Real rooms: under half."""
    return bool(opts.rumble_share) and power[:int(opts.rumble_hz / 4)].sum() >= opts.rumble_share * power.sum()


def conditioned(audio: Audio, opts: "VoicingOptions") -> Audio:
    """``audio`` as speech is looked for in it, block by block (the ASR hears the
    recording as it is): a DC offset taken out (a cheap sound card's: every frame's
    energy sits on it, pauses look like speech and captions stay up seconds too long),
    steady tones (:func:`tones`) notched out (hum at -30 dB under a quiet voice puts
    every pause at the hum's level and the voicing loses most of the speech), and a
    rumble that is most of the room's sound (:func:`rumbles`) cut. The same object when
    there is none of these; else a copy, held only while speech is looked for (before
    the model loads)."""
    block, margin = int(opts.vad_block * SAMPLE_RATE), SAMPLE_RATE
    x = audio.samples
    hop = int(SAMPLE_RATE * FRAME)
    # a last block under a fifth of one goes with the block before it (too short to
    # measure a room's spectrum on)
    starts = list(range(0, len(x), block))
    if len(starts) > 1 and len(x) - starts[-1] < block // 5:
        starts.pop()
    out = None
    for k, b0 in enumerate(starts):
        b1 = starts[k + 1] if k + 1 < len(starts) else len(x)
        a, b = max(0, b0 - margin), min(len(x), b1 + margin)
        seg = x[a:b].astype(np.float32) / 32768.0
        # digital silence (a mute) is no part of the offset and stays silence
        dead = np.repeat(frame_db(seg) <= DEAD_DB, hop)
        dead = np.concatenate((dead, np.zeros(len(seg) - len(dead), bool)))
        dc = float(seg[~dead].mean()) if (~dead).any() else 0.0
        power = room_spectrum(seg - dc)
        found = tones(power, opts) if opts.tone_db and power is not None else []
        low = power is not None and rumbles(power, opts)
        if not found and not low and abs(dc) < DC_MIN:
            continue
        if out is None:
            out = x.copy()
        seg -= dc
        if found or low:
            # tapered over the margins only: the file's own first and last second are sound
            taper = np.ones(len(seg), np.float32)
            left, right = b0 - a, b - b1
            if left:
                taper[:left] = np.hanning(2 * left)[:left]
            if right:
                taper[len(seg) - right:] = np.hanning(2 * right)[right:]
            spec = np.fft.rfft(seg * taper)
            freq = np.fft.rfftfreq(len(seg), 1 / SAMPLE_RATE)
            for f in found:
                near = np.nonzero(np.abs(freq - f) <= 4.0)[0]       # the 4-Hz bin it was found in…
                top = freq[near[np.argmax(np.abs(spec[near]))]]     # …and its exact frequency there
                spec[np.abs(freq - top) <= opts.tone_width] = 0
            if low:
                spec[freq < opts.rumble_hz] = 0
            seg = np.fft.irfft(spec, len(seg)).astype(np.float32)
        seg[dead] = 0.0
        lo = b0 - a
        out[b0:b1] = (np.clip(seg[lo:lo + b1 - b0], -1, 1) * 32767).astype(np.int16)
    return audio if out is None else replace(audio, samples=out)


DC_MIN = 2e-3   # a mean level under this (-54 dB of full scale) is no offset worth taking out


def runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end frame of every run of True."""
    d = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    return np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]


def _clean(speech: np.ndarray, opts: VoicingOptions) -> np.ndarray:
    """Pauses shorter than ``min_silence`` closed, then bursts shorter than ``min_speech``
    dropped (in place)."""
    starts, ends = runs(~speech)
    for a, b in zip(starts, ends):
        if (b - a) * FRAME < opts.min_silence and a > 0 and b < len(speech):
            speech[a:b] = True
    starts, ends = runs(speech)
    for a, b in zip(starts, ends):
        if (b - a) * FRAME < opts.min_speech:
            speech[a:b] = False
    return speech


def _block_floors(env: np.ndarray, opts: VoicingOptions, quiet: np.ndarray | None = None
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Per frame, its block's noise floor and speech level (dB). With ``quiet`` (frames
    known not to be speech), the floor is measured there. Digital silence (under
    ``DEAD_DB``: a channel muted while a microphone was off) is not the room's floor: a
    block that has enough other frames measures it on those, else every quiet frame of
    the recording would be "speech" above a floor of -100 dB."""
    block = max(1, int(opts.floor_block / FRAME))
    floor = np.empty_like(env)
    loud = np.empty_like(env)
    for f0 in range(0, len(env), block):
        seg = env[f0:f0 + block]
        live = seg > DEAD_DB
        q = quiet[f0:f0 + block] if quiet is not None else np.ones(len(seg), dtype=bool)
        for pick in (q & live, live, q):
            if pick.sum() >= 50:
                break
        else:
            pick = np.ones(len(seg), dtype=bool)
        floor[f0:f0 + block] = np.percentile(seg[pick], 10)
        loud[f0:f0 + block] = np.percentile(seg[live] if live.sum() >= 50 else seg, 90)
    return floor, loud


def _energy_speech(env: np.ndarray, opts: VoicingOptions) -> np.ndarray:
    """Speech per frame: above the block's noise floor by ``margin_db`` (or 30 % of its
    dynamic range)."""
    floor, loud = _block_floors(env, opts)
    return env > floor + np.maximum(opts.margin_db, 0.3 * (loud - floor))


VAD_CHUNK = 512  # samples per Silero frame (32 ms at 16 kHz)


def speech_probability(audio: Audio, opts: VoicingOptions = VoicingOptions()) -> np.ndarray:
    """The Silero model's speech probability per 10 ms frame.

    The model runs on blocks of ``vad_block`` seconds, each preceded by ``vad_warmup``
    seconds it hears but whose output is dropped, so memory stays bounded by a block and
    block edges do not show. About 0.3 % of real time on one core; the blocks, each heard
    on its own, are heard side by side on every core (the model's session runs each call on
    one thread, and gives the interpreter up while it runs).
    """
    from concurrent.futures import ThreadPoolExecutor

    from faster_whisper.vad import get_vad_model

    from .asr import cores

    model = get_vad_model()
    n_frames = len(audio.samples) // int(SAMPLE_RATE * FRAME)
    n_chunks = -(-len(audio.samples) // VAD_CHUNK)
    chunk_p = np.zeros(n_chunks, dtype=np.float32)
    block = max(1, int(opts.vad_block * SAMPLE_RATE / VAD_CHUNK))   # chunks
    warm = int(opts.vad_warmup * SAMPLE_RATE / VAD_CHUNK)

    def hear(c0: int) -> None:
        c1 = min(n_chunks, c0 + block)
        w0 = max(0, c0 - warm)
        x = audio.samples[w0 * VAD_CHUNK:c1 * VAD_CHUNK].astype(np.float32) / 32768.0
        x = np.pad(x, (0, (c1 - w0) * VAD_CHUNK - len(x)))
        chunk_p[c0:c1] = np.asarray(model(x)).reshape(-1)[c0 - w0:]

    starts = range(0, n_chunks, block)
    if len(starts) < 2 or cores() < 2:
        for c0 in starts:
            hear(c0)
    else:
        with ThreadPoolExecutor(min(cores(), len(starts)), thread_name_prefix="voicing") as pool:
            list(pool.map(hear, starts))
    # each 10 ms frame takes the model frame holding its centre
    centre = (np.arange(n_frames) * FRAME + FRAME / 2) * SAMPLE_RATE
    return chunk_p[np.minimum((centre // VAD_CHUNK).astype(np.int64), n_chunks - 1)]


def hysteresis(p: np.ndarray, high: float, low: float) -> np.ndarray:
    """True on every run of ``p >= low`` that reaches ``high`` somewhere."""
    out = np.zeros(len(p), dtype=bool)
    starts, ends = runs(p >= low)
    if len(starts):
        peak = np.maximum.reduceat(p, starts)
        for a, b, m in zip(starts, ends, peak):
            if m >= high:
                out[a:b] = True
    return out


def _dilate(mask: np.ndarray, frames: int) -> np.ndarray:
    if frames <= 0:
        return mask.copy()
    starts, ends = runs(mask)
    out = np.zeros_like(mask)
    for a, b in zip(starts, ends):
        out[max(0, a - frames):b + frames] = True
    return out


def voicing(audio: Audio, opts: VoicingOptions = VoicingOptions()) -> Voicing:
    """Speech per frame, pauses shorter than ``min_silence`` closed, bursts shorter than
    ``min_speech`` dropped (see :class:`VoicingOptions` for the two methods). Steady
    tones are notched out and a DC offset taken out first (:func:`conditioned`)."""
    audio = conditioned(audio, opts)
    env = envelope(audio)
    prob = None
    if opts.method == "energy":
        speech = _energy_speech(env, opts)
    elif opts.method == "silero":
        prob = speech_probability(audio, opts)[:len(env)]
        voice = hysteresis(prob, opts.threshold, opts.neg_threshold)
        region = _dilate(voice, int(round(opts.pad / FRAME)))
        floor, level = _block_floors(env, opts, quiet=~region)
        speech = region & (env > floor + opts.vad_margin_db)
        if opts.loud_db:
            above = (env > floor + opts.loud_db) & (env > level - opts.loud_below)
            loud = _clean(above.copy(), opts)
            for a, b in zip(*runs(loud)):
                if (b - a) * FRAME >= opts.loud_min:
                    speech[a:b] = True
            # loud syllables apart (a laugh in noise): a run of its own the model heard some
            # voice in — not a breath before speech already found, which it would join
            loud = _clean(above.copy(), replace(opts, min_silence=opts.loud_gap))
            for a, b in zip(*runs(loud)):
                if (b - a) * FRAME >= opts.loud_min and prob[a:b].max() >= opts.voice_min \
                        and not speech[max(0, a - 1):b + 1].any():
                    speech[a:b] = env[a:b] > floor[a:b] + opts.vad_margin_db
    else:
        raise ValueError(f"unknown voicing method {opts.method!r}; use 'silero' or 'energy'")
    speech = _clean(speech, opts)
    starts, ends = runs(speech)
    heard = None
    if prob is not None:
        heard = np.zeros_like(speech)
        for a, b in zip(starts, ends):
            heard[a:b] = prob[a:b].max() >= opts.voice_min
    return Voicing(speech, starts * FRAME, ends * FRAME, prob, heard)


def model_speech(v: Voicing, f0: int, f1: int) -> np.ndarray:
    """Speech per frame in frames [f0, f1), only the runs the model heard a voice in (when
    it ran): a run only loud — applause, a knock — holds no words of the minutes."""
    f0, f1 = max(0, f0), max(0, f1)
    speech = v.speech[f0:f1].copy()
    if v.heard is not None:
        speech &= v.heard[f0:f1]
    return speech


def speech_at(v: Voicing, t: float) -> bool:
    f = int(t / FRAME)
    return bool(v.speech[f]) if 0 <= f < len(v.speech) else False


def longest_pause(v: Voicing, t0: float, t1: float) -> float:
    k0 = int(np.searchsorted(v.offsets, t0))
    best = 0.0
    for k in range(k0, len(v.offsets)):
        if v.offsets[k] >= t1:
            break
        nxt = v.onsets[k + 1] if k + 1 < len(v.onsets) else t1
        best = max(best, min(nxt, t1) - v.offsets[k])
    return best


def voiced_share(v: Voicing, t0: float, t1: float) -> float:
    """The share of [t0, t1) (at least one frame) found to be speech."""
    f0 = int(t0 / FRAME)
    f1 = max(f0 + 1, int(t1 / FRAME))
    return float(v.speech[f0:f1].mean()) if 0 <= f0 < len(v.speech) else 0.0


def longest_silence(v: Voicing, t0: float, t1: float) -> float:
    """The longest run without speech inside [t0, t1), seconds (``longest_pause`` counts
    only pauses that begin after ``t0``)."""
    starts, ends = runs(~v.speech[max(0, int(t0 / FRAME)):max(0, int(t1 / FRAME))])
    return float((ends - starts).max()) * FRAME if len(starts) else 0.0
