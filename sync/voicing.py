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

from dataclasses import dataclass

import numpy as np

from .media import SAMPLE_RATE, Audio

FRAME = 0.01  # seconds per envelope frame


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
    vad_block: float = 60.0      # seconds of audio per model call (memory stays bounded)
    vad_warmup: float = 1.0      # seconds before each block the model hears first (its
                                 # recurrent state settles)


@dataclass(frozen=True)
class Voicing:
    """Speech/silence per 10 ms frame and the onset/offset times derived from it."""

    speech: np.ndarray   # bool per frame
    onsets: np.ndarray   # seconds, sorted
    offsets: np.ndarray  # seconds, sorted
    probability: np.ndarray | None = None  # the model's speech probability per frame ("silero")


def envelope(audio: Audio, block_seconds: float = 60.0) -> np.ndarray:
    """Log energy (dB) per 10 ms frame, computed block by block."""
    hop = int(SAMPLE_RATE * FRAME)
    n = len(audio.samples) // hop
    out = np.empty(n, dtype=np.float32)
    step = int(block_seconds / FRAME)
    for f0 in range(0, n, step):
        f1 = min(n, f0 + step)
        x = audio.samples[f0 * hop:f1 * hop].astype(np.float32) / 32768.0
        out[f0:f1] = 10 * np.log10((x.reshape(-1, hop) ** 2).mean(axis=1) + 1e-10)
    return out


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
    known not to be speech), the floor is measured there."""
    block = max(1, int(opts.floor_block / FRAME))
    floor = np.empty_like(env)
    loud = np.empty_like(env)
    for f0 in range(0, len(env), block):
        seg = env[f0:f0 + block]
        q = seg[quiet[f0:f0 + block]] if quiet is not None else seg
        floor[f0:f0 + block] = np.percentile(q if len(q) >= 50 else seg, 10)
        loud[f0:f0 + block] = np.percentile(seg, 90)
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
    block edges do not show. About 0.3 % of real time on one core.
    """
    from faster_whisper.vad import get_vad_model

    model = get_vad_model()
    n_frames = len(audio.samples) // int(SAMPLE_RATE * FRAME)
    n_chunks = -(-len(audio.samples) // VAD_CHUNK)
    chunk_p = np.zeros(n_chunks, dtype=np.float32)
    block = max(1, int(opts.vad_block * SAMPLE_RATE / VAD_CHUNK))   # chunks
    warm = int(opts.vad_warmup * SAMPLE_RATE / VAD_CHUNK)
    for c0 in range(0, n_chunks, block):
        c1 = min(n_chunks, c0 + block)
        w0 = max(0, c0 - warm)
        x = audio.samples[w0 * VAD_CHUNK:c1 * VAD_CHUNK].astype(np.float32) / 32768.0
        x = np.pad(x, (0, (c1 - w0) * VAD_CHUNK - len(x)))
        chunk_p[c0:c1] = np.asarray(model(x)).reshape(-1)[c0 - w0:]
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
    ``min_speech`` dropped (see :class:`VoicingOptions` for the two methods)."""
    env = envelope(audio)
    prob = None
    if opts.method == "energy":
        speech = _energy_speech(env, opts)
    elif opts.method == "silero":
        prob = speech_probability(audio, opts)[:len(env)]
        heard = hysteresis(prob, opts.threshold, opts.neg_threshold)
        region = _dilate(heard, int(round(opts.pad / FRAME)))
        floor, _ = _block_floors(env, opts, quiet=~region)
        speech = region & (env > floor + opts.vad_margin_db)
        if opts.loud_db:
            loud = _clean(env > floor + opts.loud_db, opts)
            for a, b in zip(*runs(loud)):
                if (b - a) * FRAME >= opts.loud_min:
                    speech[a:b] = True
    else:
        raise ValueError(f"unknown voicing method {opts.method!r}; use 'silero' or 'energy'")
    speech = _clean(speech, opts)
    starts, ends = runs(speech)
    return Voicing(speech, starts * FRAME, ends * FRAME, prob)


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
