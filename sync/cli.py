"""Command line: ``python -m sync align RECORDING MINUTES -o OUTDIR``.

Thin on purpose: it builds the options dataclasses, shows progress bars, and turns a
:class:`SyncError` into a one-line message and an exit status. Exit codes: 0 done,
1 unexpected failure (a bug: please report it), 2 bad input or environment,
3 the minutes do not fit the recording, 130 interrupted.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import SyncError
from .render import add_render_parser, run_render

EXIT_OK, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m sync",
        description="Sync a Japanese assembly recording with its official minutes.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    a = sub.add_parser("align", help="write SRT, WebVTT and a JSON sync map for a recording",
                       description="Transcribe RECORDING, align the official MINUTES to it and "
                                   "write OUTDIR/<stem>.srt, .vtt and .json.")
    a.add_argument("recording", help="video or audio file (anything ffmpeg reads)")
    a.add_argument("minutes", help="official minutes as text (UTF-8 or Shift_JIS)")
    a.add_argument("-o", "--output", default=".", metavar="OUTDIR",
                   help="folder for the outputs (default: current folder)")
    g = a.add_argument_group("speech recognition")
    g.add_argument("--model", help="faster-whisper model name or folder (default: Whisper base in models/)")
    g.add_argument("--device", choices=("cpu", "cuda", "auto"), default="cpu")
    g.add_argument("--compute-type", default="auto",
                   help="CTranslate2 compute type (default: int8 on CPU, float16 on CUDA)")
    g.add_argument("--threads", type=int, default=0, help="CPU threads (default: all cores)")
    g.add_argument("--beam-size", type=int, default=5)
    g.add_argument("--hotwords-from-minutes", action="store_true",
                   help="bias recognition towards the minutes' names and terms (better ★ "
                        "candidates, slightly worse timing; see README)")
    g.add_argument("--no-cache", action="store_true", help="transcribe again even if cached")
    g.add_argument("--cache-dir", type=Path, help="ASR cache folder (default: ~/.cache/gikai-sync/asr)")
    c = a.add_argument_group("captions")
    c.add_argument("--line-chars", type=float, default=16.0,
                   help="full-width characters a line; half-width count 0.5 (default 16)")
    c.add_argument("--lines", type=int, default=2, help="lines a caption (default 2)")
    c.add_argument("--reading-cps", type=float, default=6.0,
                   help="characters a second a viewer reads (default 6)")
    c.add_argument("--min-duration", type=float, default=1.0, help="seconds (default 1.0)")
    c.add_argument("--max-duration", type=float, default=7.0, help="seconds (default 7.0)")
    c.add_argument("--no-speaker-labels", action="store_true",
                   help="do not put （氏名） on the first caption of each turn")
    a.add_argument("--no-player", action="store_true",
                   help="do not write the web player page and its per-speed tracks")
    a.add_argument("-q", "--quiet", action="store_true", help="no progress bars")

    add_render_parser(sub)

    s = sub.add_parser("setup-model", help="assemble the default model into models/ and verify it")
    s.add_argument("--force", action="store_true", help="assemble again even if present")
    return p


class _Bars:
    """One tqdm bar per stage, on stderr, created when the stage first reports."""

    LABELS = {"decode": "decoding", "asr": "transcribing", "align": "aligning"}

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bars: dict = {}

    def __call__(self, stage: str, done: float, total: float) -> None:
        if not self.enabled:
            return
        from tqdm import tqdm

        bar = self.bars.get(stage)
        if bar is None:
            for other in self.bars.values():
                other.close()
            bar = self.bars[stage] = tqdm(
                total=round(total, 1), desc=self.LABELS.get(stage, stage),
                unit="s" if stage != "align" else "step", file=sys.stderr,
                dynamic_ncols=True, mininterval=0.5 if sys.stderr.isatty() else 15,
                bar_format="{l_bar}{bar}| {n:.0f}/{total:.0f} [{elapsed}<{remaining}]")
        if total and round(total, 1) != bar.total:
            bar.total = round(total, 1)
        bar.update(max(0.0, round(done, 1) - bar.n))
        if bar.total and bar.n >= bar.total:
            bar.close()

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()


def _align(args: argparse.Namespace) -> int:
    from .asr import AsrOptions
    from .cues import CueOptions
    from .pipeline import SyncOptions, sync

    hotwords = None
    if args.hotwords_from_minutes:
        from .asr import vocabulary
        from .minutes import load, script
        mins = load(args.minutes)
        hotwords = vocabulary(script(mins)[0].replace("★", ""), mins.speakers)
    opts = SyncOptions(
        asr=AsrOptions(model=args.model, device=args.device, compute_type=args.compute_type,
                       threads=args.threads, beam_size=args.beam_size, hotwords=hotwords),
        cues=CueOptions(line_chars=args.line_chars, max_lines=args.lines,
                        reading_cps=args.reading_cps, min_duration=args.min_duration,
                        max_duration=args.max_duration,
                        speaker_labels=not args.no_speaker_labels),
        cache_dir=args.cache_dir, use_cache=not args.no_cache, player=not args.no_player)
    bars = _Bars(not args.quiet)
    try:
        result = sync(args.recording, args.minutes, Path(args.output), opts, progress=bars)
    finally:
        bars.close()
    speech = [c for c in result.cues if c.kind == "speech"]
    print(f"{len(speech)} captions, {len(result.minutes.turns)} turns, {len(result.stars)} ★, "
          f"{result.duration:.1f} s of media{' (cached ASR)' if result.asr_cached else ''}",
          file=sys.stderr)
    for path in result.outputs:
        print(path)
    return EXIT_OK


def _setup_model(args: argparse.Namespace) -> int:
    from .models import assemble

    print(assemble(force=args.force))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return {"align": _align, "setup-model": _setup_model, "render": run_render}[args.command](args)
    except SyncError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted; outputs were left as they were", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug, not the user's fault: one line, and how to see more
        if args.debug:
            raise
        print(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details, "
              "and please report it)", file=sys.stderr)
        return EXIT_BUG
