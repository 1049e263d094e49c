#!/usr/bin/env python3
"""Build the real-voice evaluation corpus (``media/voices/``) from open-licence recordings.

The clips are real human speech (JVNV, Common Voice, FLEURS, LibriVox; see
``media/voices/SOURCES.md``).  They are not stored in this repository: extract them into a
folder (SRC) and give the list file that names them (``media/voices/clips.tsv``), whose
columns are

    clip     path of the recording, relative to SRC (anything ffmpeg reads)
    speaker  the speaker as the minutes name them (``議長（北村弘君）``, ``田中由美子君``)
    voice    which real voice it is (one per source speaker)
    pause    seconds of silence between the end of the previous clip's speech and the start
             of this clip's speech (the first clip: from the start of the recording)
    flags    ``extra`` (said but left out of the minutes) or ``star=WORD`` (the minutes show
             WORD as ★), comma-separated, or empty
    source   where the clip comes from (dataset, licence, repository)
    text     the clip's transcript, as the minutes print it

For each clip the script finds where the speech begins and ends (frame energy against the
clip's own noise floor, see ``speech_bounds``), keeps a short lead-in and tail of the clip's
own room tone, and places the clip so that its speech begins exactly ``pause`` seconds after
the previous speech ended.  So every sentence start in ``truth.json`` is the measured onset
of that clip's speech, moved by a known number of samples.  Inside a clip, a clause starts
where the pause before it ends (see ``clause_times``); the few boundaries without a pause
near them are placed by characters between their measured neighbours.

Writes into OUT: ``audio.opus`` (Opus in Ogg, 16 kHz mono, 24 kbit/s), ``official.txt``
(the minutes, UTF-8) and ``truth.json`` (the schema of ``shared/corpus/*/truth.json``, so
``bench/score.py`` scores it).  ``--wav`` also keeps the uncompressed mix.

Usage:
    python scripts/make_voices.py SRC media/voices/clips.tsv -o media/voices [--wav mix.wav]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SR = 16000
SEED = 20250101
HOP = 160                 # 10 ms analysis frames
WIN = 320                 # 20 ms window
LEAD_S = 0.12             # clip's own room tone kept before the speech onset
TAIL_S = 0.25             # ... and after the speech offset
FADE_S = 0.01
SPEECH_DBFS = -24.0       # every clip's active speech is brought to this level ...
VOICE_GAIN_DB = 3.0       # ... then each voice gets a fixed offset within ±this (mic distance)
FLOOR_DBFS = -62.0        # steady pink noise under the whole recording (a quiet room)
BITRATE = "24k"
CLAUSE_END = "、。？！"

# speech_bounds thresholds (dB; the floor is the clip's 10th-percentile frame)
RISE_DB = 15.0            # a frame this far above the floor ...
BELOW_PEAK_DB = 35.0      # ... and no more than this below the loud frames counts as sound
MERGE_GAP = 5             # frames: sound runs closer than 50 ms are one island
MIN_ISLAND = 3            # frames: shorter runs are clicks
SMALL_ISLAND = 20         # frames: an island shorter than 200 ms ...
QUIET_DB = 12.0           # ... whose loudest frame is this far below the peak is a lip smack,
                          # a button click or a breath, not the start of the sentence
BACKTRACK_DB = 10.0       # from an island's first frame walk back while frames are this far
BACKTRACK_MAX = 15        # above the floor, at most 150 ms: the soft start of /s/, /h/, /w/

# clause onsets inside a clip (see ``pauses_in`` and ``clause_times``)
PAUSE_MIN = 15            # frames: a silent run this long inside the speech is a pause (a
                          # geminate's closure or a stop is shorter)
PAUSE_NEAR = 0.6          # s: a clause boundary is put at a pause at most this far from where
                          # the characters between its neighbours' known times place it
WEAK_DB = 25.0            # a short island of sound this far below the peak inside a pause is a
                          # breath (a gasp like ひっ is louder and stays speech)

@dataclass(frozen=True)
class Clip:
    path: str
    speaker: str
    voice: str
    pause: float
    extra: bool
    star: str
    source: str
    text: str


def read_list(path: Path) -> list[Clip]:
    clips = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            flags = [x.strip() for x in row["flags"].split(",") if x.strip()]
            star = next((x[5:] for x in flags if x.startswith("star=")), "")
            text = row["text"].strip()
            if text[-1] not in CLAUSE_END + "…":
                text += "。"          # a clip cut mid-sentence still ends a sentence here
            if star and text.count(star) != 1:
                sys.exit(f"{row['clip']}: star word {star!r} must occur once in its text")
            clips.append(Clip(row["clip"], row["speaker"], row["voice"], float(row["pause"]),
                              "extra" in flags, star, row["source"], text))
    return clips


def decode(path: Path) -> np.ndarray:
    """Any recording → 16 kHz mono float32 (ffmpeg's resampler keeps time zero in place)."""
    out = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-ac", "1", "-ar", str(SR),
                          "-f", "f32le", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(out, dtype=np.float32).copy()


def frame_db(x: np.ndarray) -> np.ndarray:
    """20 ms RMS every 10 ms, in dBFS, after removing rumble below ~100 Hz."""
    # zero-phase high-pass (FFT, ramp 60-120 Hz): rumble and DC would lift the floor, and a
    # zero-phase filter does not move the onset
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / SR)
    spec *= np.clip((f - 60) / 60, 0, 1)
    y = np.fft.irfft(spec, len(x))
    n = max(1, 1 + (len(y) - WIN) // HOP)
    idx = np.arange(WIN)[None, :] + HOP * np.arange(n)[:, None]
    idx = np.minimum(idx, len(y) - 1)
    rms = np.sqrt(np.mean(y[idx] ** 2, axis=1) + 1e-12)
    return 20 * np.log10(rms)


def speech_bounds(x: np.ndarray) -> tuple[float, float, dict]:
    """(onset, offset) of the speech in a clip, in seconds, and the levels used.

    Frames RISE_DB above the clip's noise floor (and within BELOW_PEAK_DB of its loud frames)
    are sound; runs of them form islands.  The speech starts at the first island that is
    either long or loud: a short quiet island before it (a click of the record button, a lip
    smack, a breath) is skipped.  From that island's first frame the onset walks back over
    the soft beginning of the first sound; the offset is found the same way from the end."""
    db = frame_db(x)
    floor = float(np.percentile(db, 10))
    peak = float(np.percentile(db, 99))
    hi = max(floor + RISE_DB, peak - BELOW_PEAK_DB)
    idx = np.flatnonzero(db >= hi)
    if not len(idx):
        raise ValueError("no speech found")
    islands, s0, prev = [], idx[0], idx[0]
    for i in idx[1:]:
        if i - prev > MERGE_GAP:
            islands.append((s0, prev))
            s0 = i
        prev = i
    islands.append((s0, prev))
    islands = [(a, b) for a, b in islands if b - a + 1 >= MIN_ISLAND]

    def real(isl):
        a, b = isl
        return b - a + 1 >= SMALL_ISLAND or db[a:b + 1].max() >= peak - QUIET_DB

    first = next(isl for isl in islands if real(isl))
    last = next(isl for isl in reversed(islands) if real(isl))
    lo = floor + BACKTRACK_DB
    j = first[0]
    while j > 0 and first[0] - j < BACKTRACK_MAX and db[j - 1] >= lo:
        j -= 1
    m = last[1]
    while m < len(db) - 1 and m - last[1] < BACKTRACK_MAX and db[m + 1] >= lo:
        m += 1
    onset = j * HOP / SR
    offset = min(len(x), m * HOP + WIN) / SR
    skipped = sum(1 for isl in islands if isl[1] < first[0])
    return onset, offset, {"floor_db": round(floor, 1), "peak_db": round(peak, 1),
                           "threshold_db": round(hi, 1), "skipped_islands": skipped}


ONSET_EDGE_S = 0.05         # a clip whose sound starts this close to its start has no room tone
                            # before it to tell its onset from
FAINT_START_DB = 20.0       # a first sound this far below the speech's peak may be noise or a
                            # breath, not the first word


def doubtful_onset(x: np.ndarray, onset: float) -> str | None:
    """Why the measured ``onset`` of a clip should be checked by ear, or None. Seen on Common
    Voice clips: microphone noise from the clip's first frame (onset 0.02 s, speech at
    0.56 s), and a faint blob 0.6 s before the first word taken for it."""
    if onset < ONSET_EDGE_S:
        return f"the clip starts with sound ({onset:.2f} s): no room tone before it to measure from"
    db = frame_db(x)
    a = int(round(onset * SR / HOP))
    head = db[a:a + int(0.2 * SR / HOP)]
    if len(head) and head.max() < np.percentile(db, 99) - FAINT_START_DB:
        return (f"its first 0.2 s of sound is over {FAINT_START_DB:.0f} dB under the speech: "
                "noise or a breath before the first word?")
    return None


def pauses_in(x: np.ndarray, onset: float, offset: float, levels: dict
              ) -> list[tuple[float, float]]:
    """Silent runs of at least PAUSE_MIN frames strictly inside the speech, in clip seconds:
    frames below the threshold ``speech_bounds`` used for the clip's sound, where a short quiet
    island of sound far below the speech (a breath or a click) counts as part of the pause.  Each end of a
    pause is then moved into it over the soft edge of the sound next to it, exactly as the
    sentence onset is (frames BACKTRACK_DB above the floor, at most BACKTRACK_MAX): a clause
    starts where its first sound starts, as a sentence does."""
    db = frame_db(x)
    a, b = int(round(onset * SR / HOP)), int(round(offset * SR / HOP))
    quiet = db[a:b] < levels["threshold_db"]
    i = 0
    while i < len(quiet):              # short quiet islands of sound are not speech
        if quiet[i]:
            i += 1
            continue
        j = i
        while j < len(quiet) and not quiet[j]:
            j += 1
        if (0 < i and j < len(quiet) and j - i < SMALL_ISLAND
                and db[a + i:a + j].max() < levels["peak_db"] - WEAK_DB):
            quiet[i:j] = True
        i = j
    lo = levels["floor_db"] + BACKTRACK_DB
    out, i = [], 0
    while i < len(quiet):
        if quiet[i]:
            j = i
            while j < len(quiet) and quiet[j]:
                j += 1
            if j - i >= PAUSE_MIN and i > 0 and j < len(quiet):
                s0, e0 = a + i, a + j          # first quiet frame, first sound frame after
                s, e = s0, e0
                while s < e0 - 1 and s - s0 < BACKTRACK_MAX and db[s] >= lo:
                    s += 1
                while e > s + 1 and e0 - e < BACKTRACK_MAX and db[e - 1] >= lo:
                    e -= 1
                out.append((s * HOP / SR, e * HOP / SR))
            i = j
        else:
            i += 1
    return out


def clause_times(parts: list[str], onset: float, offset: float,
                 pauses: list[tuple[float, float]]) -> list[tuple[float, float, bool]]:
    """(start, end, measured) of each clause of a clip, in the clip's seconds.

    There is no word timing inside a clip, but speakers pause at most clause ends and a pause
    is measured.  The boundaries are settled one at a time, surest first: each unsettled
    boundary is placed by its characters between the nearest settled times on either side
    (the clip's onset and offset to begin with), and the boundary that lies closest to an
    unused pause -- at most PAUSE_NEAR away, in order with the boundaries already settled --
    is put there: the clause before it ends where the pause begins and the next one starts
    where it ends.  Boundaries that no pause fits keep the character estimate.  Settling
    the surest first matters: a drawn-out interjection (あーあ、) takes far more time than its
    characters, and once its own pause is settled the estimates after it move to the truth."""
    cum = [0]                                   # cum[j]: characters before parts[j]
    for p in parts:
        cum.append(cum[-1] + len(p))
    k = len(parts) - 1                          # boundaries 1..k: before parts[1..k]
    at: dict[int, tuple[float, float]] = {0: (onset, onset), k + 1: (offset, offset)}
    used: set[int] = set()

    def estimate(j):
        lo = max(i for i in at if i < j)
        hi = min(i for i in at if i > j)
        t0, t1 = at[lo][1], at[hi][0]
        return t0 + (t1 - t0) * (cum[j] - cum[lo]) / max(1, cum[hi] - cum[lo]), lo, hi

    while True:
        best = None
        for j in range(1, k + 1):
            if j in at:
                continue
            e, lo, hi = estimate(j)
            for m, (ps, pe) in enumerate(pauses):
                if m in used or ps < at[lo][1] or pe > at[hi][0]:
                    continue
                d = max(0.0, ps - e, e - pe)
                if d <= PAUSE_NEAR and (best is None or d < best[0]):
                    best = (d, j, m)
        if best is None:
            break
        _, j, m = best
        at[j] = pauses[m]
        used.add(m)
    edges = []
    for j in range(1, k + 1):
        if j in at:
            edges.append((at[j][0], at[j][1], True))
        else:
            e, _, _ = estimate(j)
            edges.append((e, e, False))
    out, start, measured = [], onset, True
    for j in range(k):
        out.append((start, edges[j][0], measured))
        start, measured = edges[j][1], edges[j][2]
    out.append((start, offset, measured))
    return out


def pink_noise(n: int, rng: np.random.Generator) -> np.ndarray:
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.arange(len(spec))
    spec[1:] /= np.sqrt(f[1:])
    spec[0] = 0
    y = np.fft.irfft(spec, n)
    return (y / (np.sqrt(np.mean(y ** 2)) + 1e-12)).astype(np.float32)


def clauses_of(text: str) -> list[str]:
    parts = re.findall(rf"[^{CLAUSE_END}]+[{CLAUSE_END}]*|[{CLAUSE_END}]+", text)
    return [p for p in parts if p]


def build(clips: list[Clip], src: Path):
    rng = np.random.default_rng(SEED)
    voices = sorted({c.voice for c in clips})
    voice_gain = {v: float(rng.uniform(-VOICE_GAIN_DB, VOICE_GAIN_DB)) for v in voices}
    placed = []                    # (segment, start sample, speech onset s, speech offset s)
    measured = []
    cursor = 0.0                   # end of the previous speech, in seconds
    for c in clips:
        x = decode(src / c.path)
        on, off, levels = speech_bounds(x)
        if (doubt := doubtful_onset(x, on)) is not None:
            print(f"warning: {c.path}: onset {on:.2f} s: {doubt}; check it by ear (trim the clip "
                  "to just before the first word if so)", file=sys.stderr)
            levels = {**levels, "check": doubt}
        a = int(round((on - LEAD_S) * SR))
        b = min(len(x), int(round((off + TAIL_S) * SR)))
        seg = x[max(0, a):b].copy()
        if a < 0:                  # the clip starts with its speech: pad with silence
            seg = np.concatenate([np.zeros(-a, np.float32), seg])
        # level: active speech (frames within 20 dB of the peak) to SPEECH_DBFS + voice offset
        db = frame_db(x[int(on * SR):int(off * SR)])
        active = db[db >= db.max() - 20]
        level = 10 * np.log10(np.mean(10 ** (active / 10)))
        gain = 10 ** ((SPEECH_DBFS + voice_gain[c.voice] - level) / 20)
        seg *= gain
        nf = int(FADE_S * SR)
        seg[:nf] *= np.linspace(0, 1, nf, dtype=np.float32)
        seg[-3 * nf:] *= np.linspace(1, 0, 3 * nf, dtype=np.float32)
        onset_at = cursor + c.pause
        start = int(round(onset_at * SR)) - int(round(LEAD_S * SR))
        onset_at = (start + int(round(LEAD_S * SR))) / SR      # exact sample position
        offset_at = onset_at + (off - on)
        if placed and start < placed[-1][1] + len(placed[-1][0]):
            sys.exit(f"{c.path}: pause {c.pause} s is shorter than the kept lead-in and tail")
        placed.append((seg, start, onset_at, offset_at))
        clause_at = clause_times(clauses_of(c.text), on, off,
                                 pauses_in(x, on, off, levels))
        measured.append({"clip": c.path, "onset_in_clip": round(on, 3),
                         "offset_in_clip": round(off, 3), "clip_length": round(len(x) / SR, 3),
                         **levels,
                         "clauses": [{"start_in_clip": round(a0, 3), "end_in_clip": round(a1, 3),
                                      "at_pause": m} for a0, a1, m in clause_at]})
        cursor = offset_at
    total = int(round((cursor + 2.0) * SR))
    mix = pink_noise(total, rng) * 10 ** (FLOOR_DBFS / 20)
    for seg, start, _, _ in placed:
        mix[start:start + len(seg)] += seg[:total - start]
    peak = float(np.max(np.abs(mix)))
    if peak > 0.98:
        mix *= 0.98 / peak
    return mix, [(p[2], p[3]) for p in placed], measured


def truth_and_minutes(clips, times, duration, measured):
    sentences, clauses, stars, extra = [], [], [], []
    speakers = {}
    for c, (t0, t1), m in zip(clips, times, measured):
        speakers.setdefault(c.speaker, c.voice)
        if c.extra:
            extra.append({"text": c.text, "start": round(t0, 3), "end": round(t1, 3),
                          "speaker": c.speaker})
            continue
        si = len(sentences)
        parts = clauses_of(c.text)
        a = len(clauses)
        shift = t0 - m["onset_in_clip"]           # clip seconds -> recording seconds
        for p, cm in zip(parts, m["clauses"]):
            # clause starts at measured pauses (see clause_times); the characters of a
            # clause are spread over its own time by score.py
            clauses.append({"sentence": si, "text": p, "spoken": p,
                            "start": round(cm["start_in_clip"] + shift, 3),
                            "end": round(cm["end_in_clip"] + shift, 3)})
        sent = {"speaker": c.speaker, "text": c.text, "start": round(t0, 3), "end": round(t1, 3),
                "clauses": [a, len(clauses)], "voice": c.voice, "clip": c.path}
        if c.star:
            official = c.text.replace(c.star, "★")
            sent["official"] = official
            off = c.text.index(c.star)
            ci = a + next(i for i, p in enumerate(parts)
                          if sum(len(q) for q in parts[:i + 1]) > off)
            stars.append({"sentence": si, "clause": ci, "hidden": c.star, "official": official})
        sentences.append(sent)
    truth = {"sentences": sentences, "clauses": clauses, "stars": stars, "unspoken": [],
             "extra_speech": extra, "duration": round(duration, 3), "speakers": speakers,
             "encoding": "utf-8", "source": "real human speech (see SOURCES.md)"}
    return truth, minutes_text(clips)


def minutes_text(clips: list[Clip]) -> str:
    lines = ["令和７年第１回定例会　本会議（一般質問）", "【会議録（速報版）】",
             "・速報版の会議録は校正前原稿であり、今後修正されることがあります。",
             "なお、音声で認識できなかった部分は一時的に「★」で表示しています。", ""]
    prev = None
    para: list[str] = []
    first_member_turn = True

    def flush():
        if para:
            lines.append("".join(para))
            para.clear()

    for c in clips:
        if c.extra:
            continue
        if c.speaker != prev:
            flush()
            lines.append(f"○{c.speaker}")
            if first_member_turn and "（" not in c.speaker:
                lines.insert(len(lines) - 1, f"〔{c.speaker}登壇〕")
                first_member_turn = False
            prev = c.speaker
        para.append(c.text.replace(c.star, "★") if c.star else c.text)
        if len(para) == 3:           # the speed version prints a few sentences per paragraph
            flush()
    flush()
    return "\n".join(lines) + "\n"


def encode(mix: np.ndarray, out: Path) -> None:
    with tempfile.NamedTemporaryFile(suffix=".f32") as tmp:
        mix.astype(np.float32).tofile(tmp.name)
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "f32le", "-ar", str(SR), "-ac", "1",
                        "-i", tmp.name, "-c:a", "libopus", "-b:a", BITRATE, "-vbr", "on",
                        "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
                        str(out)], check=True)


def write_wav(path: Path, mix: np.ndarray) -> None:
    import wave
    pcm = np.clip(mix * 32767, -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm.tobytes())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", type=Path, help="folder the clips were extracted into")
    ap.add_argument("list", type=Path, help="clips.tsv")
    ap.add_argument("-o", "--out", type=Path, default=Path("media/voices"))
    ap.add_argument("--wav", type=Path, help="also write the uncompressed mix here")
    args = ap.parse_args(argv)
    clips = read_list(args.list)
    mix, times, measured = build(clips, args.src)
    duration = len(mix) / SR
    truth, minutes = truth_and_minutes(clips, times, duration, measured)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    (args.out / "official.txt").write_text(minutes, encoding="utf-8")
    (args.out / "onsets.json").write_text(json.dumps(measured, ensure_ascii=False, indent=1),
                                          encoding="utf-8")
    encode(mix, args.out / "audio.opus")
    if args.wav:
        write_wav(args.wav, mix)
    speech = sum(t1 - t0 for t0, t1 in times)
    print(f"{len(clips)} clips, {len({c.voice for c in clips})} voices, speech {speech / 60:.2f} "
          f"min, recording {duration / 60:.2f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
