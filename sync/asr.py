"""Speech recognition: audio → timed words, with a content-keyed cache.

The aligner only needs :class:`Word` objects, so any engine fits behind the
:data:`Transcriber` type; tests pass a fake one. The real engine is faster-whisper with
Japanese, VAD and word timestamps. Long recordings are transcribed in blocks cut at quiet
moments, so memory stays bounded by the block size, not by the session length.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .errors import ModelError
from .media import SAMPLE_RATE, Audio
from . import models


@dataclass(frozen=True)
class Word:
    """One recognized word (for Japanese: one or a few characters) in media seconds."""

    start: float
    end: float
    text: str
    probability: float = 1.0


@dataclass(frozen=True)
class AsrOptions:
    model: str | None = None        # name or folder; None: the pinned default (Whisper base)
    device: str = "cpu"             # cpu | cuda | auto
    compute_type: str = "auto"      # CTranslate2 type; auto: int8 on CPU, float16 on CUDA
    threads: int = 0                # CPU threads; 0: every core
    beam_size: int = 5              # faster-whisper's default
    block_seconds: float = 600.0    # transcribe at most this much audio at once (memory bound)
    initial_prompt: str | None = None
    hotwords: str | None = None     # words to bias every window towards (see vocabulary())
    language: str = "ja"


Progress = Callable[[float], None]
Transcriber = Callable[[Audio, Progress | None], list[Word]]


def _cpu_threads(opts: AsrOptions) -> int:
    return opts.threads or os.cpu_count() or 1


def compute_type_for(opts: AsrOptions) -> str:
    """``auto`` picks what runs fastest without hurting accuracy on each device."""
    if opts.compute_type != "auto":
        return opts.compute_type
    if opts.device == "cuda":
        return "float16"
    if opts.device == "auto":
        return "default"
    return "int8"


_LOADED: dict[tuple, object] = {}


def load_model(opts: AsrOptions):
    """A faster-whisper ``WhisperModel`` for ``opts``; never downloads. Loaded once per
    process for the same model and device settings: the session's transcription and the
    ★ re-decoding share it."""
    from faster_whisper import WhisperModel

    ref = models.resolve(opts.model)
    key = (ref, opts.device, compute_type_for(opts), _cpu_threads(opts))
    if key in _LOADED:
        return _LOADED[key]
    try:
        _LOADED[key] = WhisperModel(ref, device=opts.device, compute_type=compute_type_for(opts),
                                    cpu_threads=_cpu_threads(opts), local_files_only=True)
        return _LOADED[key]
    except Exception as exc:
        raise ModelError(
            f"cannot load model '{opts.model or ref}' ({type(exc).__name__}: {str(exc)[:160]}); "
            "pass --model with a faster-whisper model folder or a name already in the local cache"
        ) from exc


def quiet_cuts(audio: Audio, block_seconds: float, search: float = 20.0) -> list[float]:
    """Block boundaries (seconds) near every ``block_seconds``, each at the quietest
    100 ms within ``search`` seconds before the nominal cut, so no word is split."""
    cuts = [0.0]
    hop = SAMPLE_RATE // 10
    while audio.duration - cuts[-1] > block_seconds + search:
        nominal = cuts[-1] + block_seconds
        seg = audio.block(nominal - search, nominal)
        frames = len(seg) // hop
        energy = (seg[: frames * hop].reshape(frames, hop) ** 2).mean(axis=1)
        cuts.append(nominal - search + (int(np.argmin(energy)) + 0.5) * hop / SAMPLE_RATE)
    cuts.append(audio.duration)
    return cuts


def whisper_transcriber(opts: AsrOptions) -> Transcriber:
    """The faster-whisper engine as a :data:`Transcriber`."""
    model = load_model(opts)

    def transcribe(audio: Audio, progress: Progress | None = None) -> list[Word]:
        words: list[Word] = []
        cuts = quiet_cuts(audio, opts.block_seconds)
        for a, b in zip(cuts, cuts[1:]):
            segments, _ = model.transcribe(
                audio.block(a, b), language=opts.language, beam_size=opts.beam_size,
                vad_filter=True, word_timestamps=True, condition_on_previous_text=False,
                initial_prompt=opts.initial_prompt, hotwords=opts.hotwords)
            for seg in segments:
                for w in seg.words or ():
                    if w.word.strip():
                        words.append(Word(round(a + w.start, 3), round(a + w.end, 3),
                                          w.word.strip(), round(w.probability, 3)))
                if progress:
                    progress(a + seg.end)
            if progress:
                progress(b)
        return words

    return transcribe


def vocabulary(text: str, names: Sequence[str], terms: int = 25) -> str:
    """Hotwords from the minutes: the speakers' names and the most frequent long terms.

    Measured on kokkai-synth (README): they make Whisper write the minutes' words more
    often (★ candidates: mean CER 0.28 → 0.19) but its word timings worse (clause start
    p90 0.19 → 0.27 s), so they are off by default (``--hotwords-from-minutes``).
    """
    import collections
    import re

    counts = collections.Counter(re.findall(r"[\u4e00-\u9fff]{3,}|[\u30a0-\u30ff]{4,}", text))
    return " ".join([n.replace(" ", "") for n in names] + [t for t, _ in counts.most_common(terms)])


# --- cache -----------------------------------------------------------------------------

def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gikai-sync" / "asr"


def _model_identity(opts: AsrOptions) -> str:
    ref = models.resolve(opts.model)
    p = Path(ref)
    if p.is_dir():
        st = (p / "model.bin").stat()
        return f"{p.resolve()}:{st.st_size}:{int(st.st_mtime)}"
    return ref


def cache_key(media_sha256: str, opts: AsrOptions) -> str:
    """What the words depend on: the media's bytes, the model, and every decoding option
    (the resolved compute type and device included; not the thread count)."""
    ident = {"media": media_sha256, "model": _model_identity(opts),
             **{k: v for k, v in asdict(opts).items() if k not in ("model", "threads")},
             "compute_type": compute_type_for(opts)}
    return hashlib.sha256(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:32]


def load_cached(cache_dir: Path, key: str) -> list[Word] | None:
    path = cache_dir / f"{key}.json"
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        return [Word(*w) for w in data["words"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store_cached(cache_dir: Path, key: str, words: Sequence[Word]) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"words": [[w.start, w.end, w.text, w.probability] for w in words]},
                  f, ensure_ascii=False)
    os.replace(tmp, cache_dir / f"{key}.json")
