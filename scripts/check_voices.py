#!/usr/bin/env python3
"""Check the sentence onsets of a corpus' truth.json against its recording, independently of
how they were made.

Two checks, on the recording as users get it (decoded from the compressed file):

1. Silero VAD (the copy inside faster-whisper, no padding): for each sentence start and each
   ``extra_speech`` start, the nearest start of a VAD speech segment, and the difference.
   The VAD works on 32 ms windows, so it resolves onsets to about ±0.03 s.
2. Frame energy (20 ms every 10 ms) around a sample of onsets: the dB values from 0.2 s
   before to 0.2 s after, with the truth onset marked, so a reader can see that the level
   leaves the pause floor there and not earlier.

Usage:
    python scripts/check_voices.py media/voices/audio.opus media/voices/truth.json [--wav MIX]

``--wav`` (the uncompressed mix from make_voices.py) also measures the codec's time offset by
cross-correlation (it must be 0 for the truth to hold for the compressed file).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

import numpy as np

SR = 16000


def decode(path: str) -> np.ndarray:
    out = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-ac", "1", "-ar", str(SR),
                          "-f", "f32le", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(out, dtype=np.float32).copy()


def vad_starts(audio: np.ndarray) -> list[tuple[float, float]]:
    from faster_whisper.vad import VadOptions, get_speech_timestamps
    opts = VadOptions(threshold=0.5, min_speech_duration_ms=100, min_silence_duration_ms=300,
                      speech_pad_ms=0)
    return [(s["start"] / SR, s["end"] / SR) for s in get_speech_timestamps(audio, opts)]


def envelope(audio: np.ndarray, t: float, before=0.2, after=0.2) -> str:
    cells = []
    for k in range(int(-before * 100), int(after * 100) + 1, 2):
        a = int((t + k / 100) * SR)
        seg = audio[max(0, a):a + 320]
        db = 20 * np.log10(np.sqrt(np.mean(seg ** 2)) + 1e-9)
        cells.append(("|" if k == 0 else "") + f"{db:.0f}")
    return " ".join(cells)


def codec_offset(a: np.ndarray, b: np.ndarray) -> int:
    n = min(len(a), len(b), SR * 60)
    x, y = a[:n], b[:n]
    spec = np.fft.rfft(x, 2 * n) * np.conj(np.fft.rfft(y, 2 * n))
    cc = np.fft.irfft(spec)
    lag = int(np.argmax(np.concatenate([cc[-200:], cc[:201]]))) - 200
    return lag


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("audio")
    ap.add_argument("truth")
    ap.add_argument("--wav", help="the uncompressed mix, to measure the codec offset")
    ap.add_argument("--sample", type=int, default=12, help="onsets whose envelope is printed")
    args = ap.parse_args(argv)
    truth = json.load(open(args.truth, encoding="utf-8"))
    audio = decode(args.audio)
    if args.wav:
        lag = codec_offset(decode(args.wav), audio)
        print(f"codec offset (compressed vs uncompressed mix): {lag} samples "
              f"({lag / SR * 1000:.1f} ms)")
    segs = vad_starts(audio)
    starts = np.array([s for s, _ in segs])
    onsets = [(f"s{i}", s["start"], s["speaker"], s["text"]) for i, s in
              enumerate(truth["sentences"])]
    onsets += [(f"x{i}", e["start"], e.get("speaker", ""), e["text"]) for i, e in
               enumerate(truth["extra_speech"])]
    onsets.sort(key=lambda o: o[1])
    diffs, rows = [], []
    for name, t, spk, text in onsets:
        j = int(np.argmin(np.abs(starts - t)))
        d = float(starts[j] - t)
        diffs.append(d)
        rows.append((name, t, d, spk, text))
    ad = [abs(d) for d in diffs]
    print(f"VAD segments: {len(segs)}; onsets checked: {len(onsets)}")
    print(f"|VAD start - truth start|: median {statistics.median(ad):.3f} s, "
          f"p90 {sorted(ad)[int(0.9 * len(ad))]:.3f} s, max {max(ad):.3f} s; "
          f"within 0.1 s: {sum(a <= 0.1 for a in ad)}/{len(ad)}")
    print("signed (VAD - truth): mean "
          f"{statistics.mean(diffs):+.3f} s")
    worst = sorted(rows, key=lambda r: -abs(r[2]))[:8]
    print("largest differences:")
    for name, t, d, spk, text in worst:
        print(f"  {name:>4} {t:8.3f} s  VAD {d:+.3f} s  {spk} {text[:30]}")
    print("energy (dBFS, 20 ms frames every 20 ms, -0.2 s .. +0.2 s, | = truth onset):")
    picks = np.linspace(0, len(rows) - 1, args.sample).round().astype(int)
    for k in picks:
        name, t, d, spk, text = rows[k]
        print(f"  {name:>4} {t:8.3f} s: {envelope(audio, t)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
