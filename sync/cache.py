"""What is remembered between runs: the session's words and the ★ re-decodes.

Re-syncing after an editor corrects the minutes must take seconds, not a transcription,
so the ASR's words are cached under a key of everything they depend on: the recording's
bytes, the model's *content* (a second clone of the project, or a touched ``model.bin``,
must not re-transcribe a 3-hour session), and every decoding option. The ★ decoder's
answers are remembered per window and prompt in a file beside the words.

A cache that cannot be written only costs time on the next run: writes never fail a job.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Sequence

import numpy as np

from . import models
from .asr import BATCH_REPAIR_VERSION, AsrOptions, Decoder, Word, compute_type_for
from .files import sha256_file, stamp, write_atomic


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gikai-sync" / "asr"


def model_identity(model: str | None, cache_dir: Path) -> str:
    """The model's content: SHA-256 of a model folder's ``model.bin`` (hashed once, then
    remembered in ``cache_dir/models.json`` by path, size and mtime), or the name of a
    model that faster-whisper finds in its own cache."""
    ref = models.resolve(model)
    weights = Path(ref) / "model.bin"
    if not weights.is_file():
        return ref
    seen_path = cache_dir / "models.json"
    try:
        seen = json.loads(seen_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        seen = {}
    key = stamp(weights)
    if key not in seen:
        sha256_file(weights, seen)
        try:
            write_atomic(seen_path, json.dumps(seen, indent=1))
        except OSError:
            pass
    return f"sha256:{seen[key]}"


def asr_key(media_sha256: str, opts: AsrOptions, model: str) -> str:
    """What the words depend on: the media's bytes, the model (:func:`model_identity`),
    and every decoding option (the resolved compute type and device included; not the
    thread count)."""
    ident = {"media": media_sha256, "model": model,
             **{k: v for k, v in asdict(opts).items() if k not in ("model", "threads")},
             "compute_type": compute_type_for(opts)}
    if opts.batch_size == 1:     # one chunk after another: the words as before batching existed
        del ident["batch_size"]
    else:                        # batched words with the stretches it read badly heard again
        ident["repaired"] = BATCH_REPAIR_VERSION
    return hashlib.sha256(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:32]


def derived_key(key: str, *parts: object) -> str:
    """A key for words that also depend on ``parts`` (JSON-able): the guided
    transcription's words depend on the official text and the guide's settings."""
    blob = json.dumps([key, *parts], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


def load_words(cache_dir: Path, key: str) -> list[Word] | None:
    entry = load_entry(cache_dir, key)
    return None if entry is None else entry[0]


def load_entry(cache_dir: Path, key: str) -> tuple[list[Word], dict] | None:
    """The words stored under ``key`` and what was stored with them (``store_words``'s
    ``meta``), or None."""
    try:
        with open(cache_dir / f"{key}.json", encoding="utf-8") as f:
            data = json.load(f)
        meta = data.get("meta", {})
        return [Word(*w) for w in data["words"]], meta if isinstance(meta, dict) else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


# cache folders a write failed in (read-only, full): the run says its work is not kept
UNWRITABLE: set[Path] = set()


def has_words(cache_dir: Path, key: str) -> bool:
    """Are words stored under ``key`` (without reading them)?"""
    return (cache_dir / f"{key}.json").is_file()


def store_words(cache_dir: Path, key: str, words: Sequence[Word], meta: dict | None = None) -> None:
    data = {"words": [[w.start, w.end, w.text, w.probability] for w in words],
            **({"meta": meta} if meta else {})}
    try:
        write_atomic(cache_dir / f"{key}.json", json.dumps(data, ensure_ascii=False))
    except OSError:
        UNWRITABLE.add(cache_dir)    # (the job goes on: the cache only saves time)


def memo_decoder(decode: Decoder | None, path: Path | None) -> Decoder | None:
    """``decode`` remembering its answers (by window samples and prompts) in ``path``, so
    an editor's re-run decodes nothing; ``path`` None: in this process only."""
    if decode is None:
        return None
    memo: dict[str, list] = {}
    if path is not None:
        try:
            memo = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            memo = {}

    def key_of(samples: np.ndarray, prompt: str, left: str, beam: int | None) -> str:
        tail = f"\0{prompt}\0{left}" + (f"\0beam={beam}" if beam else "")
        return hashlib.sha256(samples.tobytes() + tail.encode()).hexdigest()[:24]

    def save() -> None:
        if path is not None:
            try:
                write_atomic(path, json.dumps(memo, ensure_ascii=False))
            except OSError:
                pass

    def remembered(samples: np.ndarray, prompt: str, left: str, beam: int | None = None
                   ) -> list[tuple[str, float]]:
        key = key_of(samples, prompt, left, beam)
        if key not in memo:
            memo[key] = decode(samples, prompt, left, beam)
            save()
        return [tuple(x) for x in memo[key]]

    def prefetch(requests: list[tuple[np.ndarray, str, str, int | None]]) -> None:
        """Decode the requests not remembered yet together (the decoder's ``many``)."""
        keys = [key_of(*r) for r in requests]
        todo = [k for k, key in enumerate(keys) if key not in memo]
        if not todo or not hasattr(decode, "many"):
            return
        for k, said in zip(todo, decode.many([requests[k] for k in todo])):
            memo[keys[k]] = said
        save()

    remembered.prefetch = prefetch  # type: ignore[attr-defined]
    return remembered
