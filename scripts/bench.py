#!/usr/bin/env python3
"""Benchmark: sync accuracy, speed against bare faster-whisper, and peak memory.

For each corpus folder (audio.* — flac, an mp4 video, opus —, official.txt, truth.json;
default: every folder in ../shared/corpus and the real-voice corpus media/voices) this
runs, each in its own process so that peak memory is its own:

1. ``align``: the whole product job (decode, ASR without cache, alignment, writers) —
   guided by the official text (``align --guided``; this benchmark's default), or
   ``--full-asr`` (the product's default: the full transcription, then its words retimed;
   ``--no-retime`` skips the retiming);
2. ``bare``:  faster-whisper's ``transcribe()`` on the same file with the same model,
   threads, compute type, beam size, language and VAD, consuming every segment;

then scores the sync map with ../shared/bench/score.py and prints one JSON line per
corpus: accuracy, wall times and their ratio, peak memory, the seconds of each stage
(``stages``; the guided ones prefixed ``asr:``, the retiming's ``retiming:``) and, guided,
the share of the speech decoded in full (``decoded_share``), retimed, the share that kept
the heard words (``kept_share``). ``--cached`` skips both timings and scores alignment from
the cached ASR (seconds; retimed words are cached too).

Usage: .venv/bin/python scripts/bench.py [CORPUS_DIR ...] [-o bench-out] [--cached | --no-bare]
       [--full-asr [--no-retime]]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def recording(corpus: Path) -> Path:
    """The corpus's recording: ``audio.flac`` in the clean corpora, ``audio.mp4`` in the hard ones."""
    found = sorted(corpus.glob("audio.*"))
    if not found:
        raise SystemExit(f"{corpus}: no audio.* recording")
    return found[0]


def child_align(corpus: Path, outdir: Path, cached: bool, threads: int, full: bool,
                device: str = "cpu", retime: bool = True, batch_size: int = 0,
                compute_type: str = "auto") -> dict:
    sys.path.insert(0, str(ROOT))
    from sync.asr import AsrOptions
    from sync.pipeline import SyncOptions, sync

    # a cache of the benchmark's own: the timed run always transcribes (and fills it),
    # --cached runs reuse it
    opts = SyncOptions(asr=AsrOptions(threads=threads, device=device,
                                      batch_size=batch_size or AsrOptions().batch_size,
                                      compute_type=compute_type),
                       cache_dir=outdir / "asr-cache",
                       full_asr=full, retime=retime)
    if not cached:
        import shutil
        shutil.rmtree(outdir / "asr-cache", ignore_errors=True)
    t = time.perf_counter()
    res = sync(str(recording(corpus)), str(corpus / "official.txt"), outdir, opts)
    wall = time.perf_counter() - t
    # alignment alone (global alignment and refinement on the audio), from the ASR words
    # just produced: what an editor's re-run costs beyond decoding the media
    from sync import media
    from sync.minutes import script
    from sync.timing import time_text
    from sync.voicing import voicing
    audio = media.load(str(recording(corpus)))
    text, turns = script(res.minutes)
    t = time.perf_counter()
    time_text(text, res.words, audio, voicing(audio, opts.voicing), opts.align, opts.refine, turns)
    return {"wall": wall, "align_only": time.perf_counter() - t,
            "json": str(outdir / f"{recording(corpus).stem}.json"), "chars": len(text),
            "stages": {k: round(v, 2) for k, v in res.stages.items()},
            "guided": res.guided.to_json() if res.guided else None,
            "retimed": res.retimed.to_json() if res.retimed else None}


def child_bare(corpus: Path, threads: int, device: str = "cpu", compute_type: str = "auto") -> dict:
    sys.path.insert(0, str(ROOT))
    from faster_whisper import WhisperModel
    from sync import models
    from sync.asr import AsrOptions, compute_type_for

    opts = AsrOptions(threads=threads, device=device, compute_type=compute_type)
    t = time.perf_counter()
    model = WhisperModel(models.resolve(None), device=device, compute_type=compute_type_for(opts),
                         cpu_threads=threads or os.cpu_count(), local_files_only=True)
    segments, _ = model.transcribe(str(recording(corpus)), language="ja",
                                   beam_size=opts.beam_size, vad_filter=True)
    n = sum(1 for _ in segments)
    return {"wall": time.perf_counter() - t, "segments": n}


def run_child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"child {args[0]} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def scorer(corpus: Path) -> Path:
    """score.py beside the corpus's folder (``corpus/NAME`` next to ``bench/``), else ../shared's."""
    beside = corpus.resolve().parent.parent / "bench" / "score.py"
    return beside if beside.exists() else SHARED / "bench" / "score.py"


def score(corpus: Path, result_json: str) -> dict:
    out = subprocess.run([sys.executable, str(scorer(corpus)),
                          str(corpus / "truth.json"), result_json, "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpora", nargs="*", type=Path)
    p.add_argument("-o", "--output", type=Path, default=ROOT / "bench-out")
    p.add_argument("--cached", action="store_true", help="alignment only, from cached ASR")
    p.add_argument("--no-bare", action="store_true",
                   help="skip the bare faster-whisper run (accuracy and align time only)")
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--full-asr", action="store_true", help="time the full transcription path")
    p.add_argument("--no-retime", action="store_true", help="full path without retiming")
    p.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    p.add_argument("--compute-type", default="auto",
                   help="CTranslate2 compute type for both runs (auto: int8 on CPU, float16 on CUDA)")
    p.add_argument("--batch-size", type=int, default=0,
                   help="the full transcription's batch (0: the product's default; 1: sequential, "
                        "as transcribe())")
    p.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.child:
        kind, corpus = a.child[0], Path(a.child[1])
        res = (child_align(corpus, Path(a.child[2]), a.cached, a.threads, a.full_asr, a.device,
                           not a.no_retime, a.batch_size, a.compute_type)
               if kind == "align" else child_bare(corpus, a.threads, a.device, a.compute_type))
        res["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(res))
        return 0

    corpora = a.corpora or [*sorted(d for d in (SHARED / "corpus").iterdir() if (d / "truth.json").exists()),
                            ROOT / "media" / "voices"]
    rows = []
    for corpus in corpora:
        outdir = a.output / corpus.name
        print(f"== {corpus.name}", file=sys.stderr, flush=True)
        extra = ((["--cached"] if a.cached else []) + (["--full-asr"] if a.full_asr else [])
                 + (["--no-retime"] if a.no_retime else []) + ["--device", a.device]
                 + ["--batch-size", str(a.batch_size), "--compute-type", a.compute_type])
        al = run_child(["align", str(corpus), str(outdir), *extra, "--threads", str(a.threads)])
        row = {"corpus": corpus.name, **score(corpus, al["json"]),
               "align_s": round(al["wall"], 1), "align_only_s": round(al["align_only"], 2),
               "official_chars": al["chars"], "align_peak_mb": round(al["peak_mb"]),
               "path": ("guided" if not a.full_asr else "full" if a.no_retime else "full+retime"),
               "stages": al["stages"]}
        if al["guided"]:
            row.update(decoded_share=al["guided"]["decoded_share"], windows=al["guided"]["windows"],
                       decoded_why=al["guided"]["reasons"])
        if al["retimed"]:
            row.update(kept_share=al["retimed"]["kept_share"], windows=al["retimed"]["windows"],
                       kept_why=al["retimed"]["reasons"], skipped=al["retimed"].get("skipped", 0))
        if not a.cached and not a.no_bare:
            bare = run_child(["bare", str(corpus), "--threads", str(a.threads), "--device", a.device,
                              "--compute-type", a.compute_type])
            row.update(bare_s=round(bare["wall"], 1), bare_peak_mb=round(bare["peak_mb"]),
                       ratio=round(al["wall"] / bare["wall"], 3))
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    a.output.mkdir(parents=True, exist_ok=True)
    (a.output / "bench.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
