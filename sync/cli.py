"""Command line: ``python -m sync align RECORDING MINUTES -o OUTDIR``.

Thin on purpose: it builds the options dataclasses, shows progress bars, and turns a
:class:`SyncError` into a one-line message and an exit status. Exit codes: 0 done,
1 unexpected failure (a bug: please report it), 2 bad input or environment,
3 the minutes do not fit the recording, 4 some items of a batch failed, 130 interrupted.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .batch import add_batch_parser, run_batch_cli
from .errors import OptionError, SyncError
from .render import add_render_parser, run_render

EXIT_OK, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m sync",
        description="Sync a Japanese assembly recording with its official minutes.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    a = sub.add_parser("align", help="write subtitles, a sync map, ★ candidates and a player page",
                       description="Transcribe RECORDING, align the official MINUTES to it and "
                                   "write OUTDIR/<stem>.srt, .vtt, .json, the per-speed tracks and "
                                   "player page, and (when the minutes have ★) the filled minutes "
                                   "and review sheet.")
    a.add_argument("recording", help="video or audio file (anything ffmpeg reads)")
    a.add_argument("minutes", help="official minutes as text (UTF-8 or Shift_JIS)")
    a.add_argument("-o", "--output", default=".", metavar="OUTDIR",
                   help="folder for the outputs (default: current folder)")
    _job_options(a)
    a.add_argument("-q", "--quiet", action="store_true", help="no progress bars")

    add_batch_parser(sub, _job_options)
    add_render_parser(sub)

    s = sub.add_parser("setup-model", help="assemble the default model into models/ and verify it")
    s.add_argument("--force", action="store_true", help="assemble again even if present")
    return p


def _job_options(p: argparse.ArgumentParser) -> None:
    """Options of one sync job, shared by ``align`` and ``batch``."""
    g = p.add_argument_group("speech recognition")
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
    c = p.add_argument_group("captions")
    c.add_argument("--line-chars", type=float, default=16.0,
                   help="full-width characters a line; half-width count 0.5 (default 16)")
    c.add_argument("--lines", type=int, default=2, help="lines a caption (default 2)")
    c.add_argument("--reading-cps", type=float, default=6.0,
                   help="characters a second a viewer reads (default 6)")
    c.add_argument("--min-duration", type=float, default=1.0, help="seconds (default 1.0)")
    c.add_argument("--max-duration", type=float, default=7.0, help="seconds (default 7.0)")
    c.add_argument("--no-speaker-labels", action="store_true",
                   help="do not put （氏名） on the first caption of each turn")
    s = p.add_argument_group("★ and player")
    s.add_argument("--star-mark", default="★〔候補：{}〕",
                   help="how a candidate is written into the filled minutes ({} = candidate)")
    s.add_argument("--star-threshold", type=float, default=0.0,
                   help="leave ★ alone in the filled minutes below this confidence (0–1)")
    s.add_argument("--star-subtitle", default="［？{}］",
                   help="how a ★ with a candidate reads in subtitles ({} = candidate)")
    s.add_argument("--no-star-decode", action="store_true",
                   help="★ candidates from the session's ASR only (no re-decoding)")
    s.add_argument("--no-player", action="store_true",
                   help="do not write the web player page and its per-speed tracks")


def _sync_options(args: argparse.Namespace):
    """The options dataclasses a job's arguments stand for."""
    from .asr import AsrOptions
    from .cues import CueOptions
    from .pipeline import SyncOptions
    from .review import ReviewOptions
    from .stars import StarOptions

    for flag, fmt in (("--star-mark", args.star_mark), ("--star-subtitle", args.star_subtitle)):
        if "{}" not in fmt:
            raise OptionError(f"{flag} needs {{}} where the candidate goes, e.g. ★〔候補：{{}}〕")
    return SyncOptions(
        asr=AsrOptions(model=args.model, device=args.device, compute_type=args.compute_type,
                       threads=args.threads, beam_size=args.beam_size),
        cues=CueOptions(line_chars=args.line_chars, max_lines=args.lines,
                        reading_cps=args.reading_cps, min_duration=args.min_duration,
                        max_duration=args.max_duration,
                        speaker_labels=not args.no_speaker_labels),
        stars=StarOptions(decode=not args.no_star_decode),
        review=ReviewOptions(mark=args.star_mark, threshold=args.star_threshold),
        star_display=args.star_subtitle, hotwords_from_minutes=args.hotwords_from_minutes,
        cache_dir=args.cache_dir, use_cache=not args.no_cache, player=not args.no_player)


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


def _align(args: argparse.Namespace, transcriber=None, decoder=None) -> int:
    from .pipeline import sync

    opts = _sync_options(args)
    bars = _Bars(not args.quiet)
    try:
        result = sync(args.recording, args.minutes, Path(args.output), opts, transcriber,
                      progress=bars, decoder=decoder)
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


def main(argv: Sequence[str] | None = None, transcriber=None, decoder=None) -> int:
    """Run the command line; ``transcriber``/``decoder`` replace the Whisper engine (tests)."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        if args.command == "align":
            return _align(args, transcriber, decoder)
        if args.command == "batch":
            return run_batch_cli(args, _sync_options(args), transcriber)
        return {"setup-model": _setup_model, "render": run_render}[args.command](args)
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
