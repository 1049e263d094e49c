"""Shared fixtures: the bundled sample and a fake ASR that "hears" its truth."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sync.asr import Engine, Word

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_MEDIA = ROOT / "media" / "sample.mp4"
SAMPLE_MINUTES = ROOT / "media" / "sample.txt"
SAMPLE_TRUTH = ROOT / "media" / "sample.truth.json"
SHARED = ROOT.parent / "shared"
# the evaluation corpora sit beside the checkout (CI lays them there); elsewhere the
# tests that read them say so and skip
needs_shared = pytest.mark.skipif(not (SHARED / "corpus").is_dir(),
                                  reason="../shared/corpus is not beside this checkout")


def truth_words(truth_path: Path = SAMPLE_TRUTH, chunk: int = 2) -> list[Word]:
    """What a perfect ASR would say: every clause as spoken (fillers included, ★ text
    audible), in words of ``chunk`` characters spread evenly over the clause."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    words = []
    for c in truth["clauses"]:
        text, a, b = c["spoken"], c["start"], c["end"]
        step = (b - a) / max(1, len(text))
        for i in range(0, len(text), chunk):
            piece = text[i:i + chunk]
            words.append(Word(round(a + i * step, 3), round(a + (i + len(piece)) * step, 3), piece))
    return words


def fake_engine_for(truth_path: Path = SAMPLE_TRUTH) -> Engine:
    """An Engine that "hears" a truth file's clauses (no ★ re-decoder)."""
    return Engine(lambda audio, progress=None: truth_words(truth_path))


@pytest.fixture
def fake_engine(fake_transcriber):
    """An Engine around :func:`fake_transcriber`, with no ★ re-decoder."""
    return Engine(fake_transcriber)


@pytest.fixture
def fake_transcriber():
    """A Transcriber (audio, progress) -> words for the bundled sample; counts its calls."""
    calls = []

    def transcribe(audio, progress=None):
        calls.append(audio.duration)
        return truth_words()

    transcribe.calls = calls
    return transcribe
