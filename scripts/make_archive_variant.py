#!/usr/bin/env python3
"""Make a corpus sound like an archived session recording, for the benchmark.

Archived assembly videos are rarely cut to the speech: a title card with music runs
before the session, the camera keeps rolling through a recess while the hall murmurs,
and microphones are switched on late, so each speaker's first words are faint. This
makes such a variant of a corpus (a folder with ``audio.*``, ``official.txt`` and
``truth.json``, e.g. ``../shared/corpus/kokkai-synth``):

* ``--intro S`` seconds of music before the session (chords with a soft beat, 12 dB
  under the speech);
* ``--recess S`` seconds of a recess in the widest pause between sentences near the
  session's middle: murmur (three stretches of the session's own speech, reversed so
  that no word is intelligible, low-passed, 22 dB under the speech) and mains hum;
* ``--late S``: the first S seconds of every sentence after a change of speaker 24 dB
  quieter (a microphone switched on late).

The truth's times move by what was inserted (``truth.json`` → ``variant`` says what),
so ``../shared/bench/score.py`` and ``scripts/bench.py`` score the variant as they score
the corpus. The official text is copied as it is.

Usage: .venv/bin/python scripts/make_archive_variant.py CORPUS OUT [--intro 90] [--recess 240] [--late 0.6]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sync import media  # noqa: E402

SR = 16000


def music(seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    y = np.zeros_like(t)
    for k in range(int(seconds / 2) + 1):
        seg = (t >= 2 * k) & (t < 2 * k + 2)
        root = (220, 247, 196, 262)[k % 4]
        for ratio in (1, 1.25, 1.5, 2):
            for harmonic, amp in ((1, 1.0), (2, 0.4), (3, 0.2)):
                y[seg] += amp * np.sin(2 * np.pi * root * ratio * harmonic * t[seg]) * np.exp(-(t[seg] - 2 * k) * 0.8)
    y += (np.sin(2 * np.pi * 2 * t) > 0.95) * rng.normal(0, 0.5, len(t))
    return (y / np.sqrt(np.mean(y ** 2) + 1e-12) * level).astype(np.float32)


def murmur(speech: np.ndarray, seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
    n = int(seconds * SR)
    if len(speech) <= n:
        raise SystemExit("the recording is shorter than the recess; make the recess shorter")
    y = np.zeros(n, np.float32)
    for _ in range(3):
        at = int(rng.integers(0, len(speech) - n))
        y += speech[at:at + n][::-1]
    y = np.convolve(y, np.ones(8) / 8, "same")
    y = y / np.sqrt(np.mean(y ** 2) + 1e-12) * level
    y += np.sin(2 * np.pi * 50 * np.arange(n) / SR) * level * 10 ** (-13 / 20)
    return y.astype(np.float32)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--intro", type=float, default=90.0, help="seconds of music before the session")
    ap.add_argument("--recess", type=float, default=240.0, help="seconds of a recess with murmur")
    ap.add_argument("--late", type=float, default=0.6, help="seconds of each speaker's start 24 dB down")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    recording = next((p for p in sorted(a.corpus.glob("audio.*"))), None)
    if recording is None or not (a.corpus / "truth.json").is_file():
        raise SystemExit(f"{a.corpus}: no audio.* or truth.json; give a corpus folder")
    rng = np.random.default_rng(a.seed)
    x = media.load(str(recording)).block(0.0).copy()
    truth = json.loads((a.corpus / "truth.json").read_text(encoding="utf-8"))
    rms = float(np.sqrt(np.mean(x[np.abs(x) > 1e-3] ** 2)))

    previous = None
    for s in truth["sentences"]:
        if s["speaker"] != previous and a.late > 0:
            at, n, ramp = int(s["start"] * SR), int(a.late * SR), int(0.1 * SR)
            gain = np.concatenate([np.full(n, 10 ** (-24 / 20)), np.linspace(10 ** (-24 / 20), 1, ramp)])
            part = x[at:at + len(gain)]
            part *= gain[:len(part)]
        previous = s["speaker"]

    sentences, duration = truth["sentences"], truth["duration"]
    gaps = [(sentences[i + 1]["start"] - sentences[i]["end"], i) for i in range(len(sentences) - 1)
            if abs(sentences[i]["end"] - duration / 2) < duration / 6] or [(0.0, len(sentences) // 2)]
    _, i = max(gaps)
    at = (sentences[i]["end"] + sentences[i + 1]["start"]) / 2 if i + 1 < len(sentences) else duration
    y = np.concatenate([music(a.intro, rms * 10 ** (-12 / 20), rng), x[:int(at * SR)],
                        murmur(x, a.recess, rms * 10 ** (-22 / 20), rng) if a.recess > 0 else np.zeros(0, np.float32),
                        x[int(at * SR):]])

    def shift(t: float) -> float:
        return round(t + a.intro + (a.recess if t >= at else 0.0), 3)

    for item in truth["clauses"] + truth["sentences"] + truth.get("extra_speech", []):
        item["start"], item["end"] = shift(item["start"]), shift(item["end"])
    truth["duration"] = round(len(y) / SR, 3)
    truth["variant"] = {"intro_music": a.intro, "recess_at": round(at, 3), "recess": a.recess, "late_mic": a.late}
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    shutil.copy(a.corpus / "official.txt", a.out / "official.txt")
    subprocess.run([media.ffmpeg_exe(), "-v", "error", "-y", "-f", "f32le", "-ar", str(SR), "-ac", "1", "-i", "-",
                    str(a.out / "audio.flac")],
                   input=np.clip(y, -1, 1).astype(np.float32).tobytes(), check=True)
    print(f"{a.out}: {len(y) / SR:.1f} s; music {a.intro:g} s, recess {a.recess:g} s at {at:.1f} s, "
          f"late microphones {a.late:g} s")


if __name__ == "__main__":
    main()
