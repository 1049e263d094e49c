#!/usr/bin/env python3
"""Score the alignment on a corpus from ASR words cached elsewhere, without running Whisper.

Runs the whole product job (:func:`sync.pipeline.sync`) with a fake engine that returns the
given words (``{"words": [[start, end, text, probability], ...]}``, the ASR cache format),
scores the sync map with ../shared/bench/score.py and prints one JSON line per corpus.
There is no ★ re-decoder, so ★ CER is the session-ASR-only figure.

Usage: .venv/bin/python scripts/bench_words.py CORPUS_DIR WORDS_JSON [CORPUS_DIR WORDS_JSON ...]
       [-o bench-words-out] [--worst N] [--set voicing.method=energy ...]
``--worst N`` also prints, per corpus, the N cues furthest from the truth with the ASR words
around them (to stderr).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "bench" / "score.py"
sys.path.insert(0, str(ROOT))

from sync.asr import Engine, Word  # noqa: E402
from sync.pipeline import SyncOptions, sync  # noqa: E402


def _score_module():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def options(settings: list[str]) -> SyncOptions:
    """SyncOptions with ``stage.field=value`` settings (value as a Python literal, else a
    string), e.g. ``voicing.method=energy`` or ``refine.start_back=0.2``."""
    import ast
    from dataclasses import replace
    opts = SyncOptions(use_cache=False)
    for item in settings:
        key, value = item.split("=", 1)
        stage, name = key.split(".")
        try:
            value = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            pass
        opts = replace(opts, **{stage: replace(getattr(opts, stage), **{name: value})})
    return opts


def run(corpus: Path, words_json: Path, outdir: Path, opts: SyncOptions) -> tuple[Path, float]:
    """Sync ``corpus`` with the cached words; the result JSON and the seconds it took."""
    words = [Word(*w) for w in json.loads(words_json.read_text())["words"]]
    rec = sorted(corpus.glob("audio.*"))[0]
    t = time.perf_counter()
    sync(str(rec), str(corpus / "official.txt"), outdir, opts,
         Engine(lambda audio, progress=None: list(words)))
    return outdir / f"{rec.stem}.json", time.perf_counter() - t


def score(score_mod, truth: dict, result: dict) -> dict:
    """score.py's JSON line for ``result`` (run in-process, same code)."""
    import contextlib
    import io
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        t, r = Path(d) / "t.json", Path(d) / "r.json"
        t.write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
        r.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        argv, sys.argv = sys.argv, ["score.py", str(t), str(r), "--json"]
        buf = io.StringIO()
        try:
            with contextlib.redirect_stdout(buf):
                score_mod.main()
        finally:
            sys.argv = argv
    return json.loads(buf.getvalue())


def worst(score_mod, truth: dict, result: dict, words: list, n: int) -> None:
    """Print the ``n`` cues whose start is furthest from the truth, with nearby ASR words."""
    import difflib
    ref, times, _ = score_mod.truth_chars(truth)
    cues = result["cues"]
    hyp = "".join(c["text"] for c in cues)
    owner = [i for i, c in enumerate(cues) for _ in c["text"]]
    first = {}
    for b in difflib.SequenceMatcher(None, hyp, ref, autojunk=False).get_matching_blocks():
        for k in range(b.size):
            first.setdefault(owner[b.a + k], b.b + k)
    errs = sorted(((cues[i]["start"] - times[r][0], i, r) for i, r in first.items()),
                  key=lambda x: -abs(x[0]))
    shown = errs[:n] + [x for x in errs[n:] if abs(x[0]) > 1.0 and cues[x[1]].get("confidence", 0) >= 0.8]
    for e, i, r in shown:
        c, t0 = cues[i], times[r][0]
        near = [f"{w[0]:.2f}-{w[1]:.2f}:{w[2]}" for w in words
                if min(t0, c["start"]) - 3 <= w[0] <= max(t0, c["start"]) + 2]
        print(f"  err {e:+.2f} cue {i} at {c['start']:.2f} truth {t0:.2f} "
              f"conf {c.get('confidence', 0):.2f} {c['text'][:30]!r}\n    asr: {' '.join(near)}",
              file=sys.stderr)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("pairs", nargs="+", help="CORPUS_DIR WORDS_JSON, repeated")
    p.add_argument("-o", "--output", type=Path, default=ROOT / "bench-words-out")
    p.add_argument("--worst", type=int, default=0)
    p.add_argument("--set", action="append", default=[], metavar="STAGE.FIELD=VALUE",
                   help="an option of SyncOptions, e.g. voicing.method=energy")
    a = p.parse_args()
    if len(a.pairs) % 2:
        p.error("give a WORDS_JSON after each CORPUS_DIR")
    score_mod = _score_module()
    opts = options(a.set)
    for corpus, words_json in zip(map(Path, a.pairs[::2]), map(Path, a.pairs[1::2])):
        result_json, wall = run(corpus, words_json, a.output / corpus.name, opts)
        truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
        result = json.loads(result_json.read_text(encoding="utf-8"))
        sure = sum((c.get("confidence") or 0) >= 0.8 for c in result["cues"]) / max(1, len(result["cues"]))
        row = {"corpus": corpus.name, **score(score_mod, truth, result), "confident_share": round(sure, 3),
               "wall_s": round(wall, 1)}
        print(json.dumps(row, ensure_ascii=False), flush=True)
        if a.worst:
            worst(score_mod, truth, result, json.loads(words_json.read_text())["words"], a.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
