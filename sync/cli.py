"""The command line: ``python -m sync align|batch|site|render|setup-model``.

All of it lives here: argument parsing, the options dataclasses built from the arguments,
progress bars and printing, and exit statuses. The library modules never see argparse
and never print. Exit statuses: 0 done, 1 unexpected failure (a bug: please report it),
2 bad input or environment, 3 the minutes do not fit the recording, 4 some items of a
batch failed, 130 interrupted.
"""
from __future__ import annotations

import argparse
import logging
import math
import os
import re
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import AlignmentError, OptionError, OutputError, SyncError
from .notices import clock, warnings

EXIT_OK = 0
EXIT_BUG = 1
EXIT_INPUT = 2            # bad input or environment (a SyncError)
EXIT_MISMATCH = 3         # the minutes do not fit the recording (an AlignmentError)
EXIT_SOME_FAILED = 4      # batch: some items failed
EXIT_INTERRUPTED = 130


def exit_status(exc: SyncError) -> int:
    """The exit status a user error ends the command with."""
    return EXIT_MISMATCH if isinstance(exc, AlignmentError) else EXIT_INPUT


# --------------------------------------------------------------------------- parsing

def _number(kind: type, low: float, high: float = float("inf"), above: bool = False):
    """An argparse type: a ``kind`` (int or float) in [low, high] (``above``: > low), so that
    a value no caption or decoder can use is refused as a usage error, not met later as a
    division by zero or a silent nonsense result."""
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a {'whole ' if kind is int else ''}number: {text!r}")
        if not math.isfinite(value) or value > high or value < low or (above and value == low):
            bound = f"more than {low:g}" if above else f"at least {low:g}"
            if high != float("inf"):
                bound = f"from {low:g} to {high:g}"
            raise argparse.ArgumentTypeError(f"{text!r}: must be {bound}")
        return value
    return parse


class _Parser(argparse.ArgumentParser):
    """argparse's parser, its errors one line (the usage block is what --help is for)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    # --debug is accepted before and after the command; SUPPRESS keeps the sub-command's
    # copy from overwriting a value given before it
    debug = _Parser(add_help=False)
    debug.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                       help="show tracebacks of internal errors")
    p = _Parser(
        prog="python -m sync", parents=[debug],
        description="Sync a Japanese assembly recording with its official minutes.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    a = sub.add_parser("align", parents=[debug],
                       help="write subtitles, a sync map, ★ candidates and a player page",
                       description="Transcribe RECORDING, align the official MINUTES to it and "
                                   "write OUTDIR/<stem>.srt, .vtt, .json, the per-speed tracks and "
                                   "player page, and (when the minutes have ★) the filled minutes "
                                   "and review sheet.")
    a.add_argument("recording", help="video or audio file (anything ffmpeg reads)")
    a.add_argument("minutes", help="official minutes: a text file (UTF-8, UTF-16, Shift_JIS, "
                                   "EUC-JP), a saved HTML page, a PDF with a text layer (also "
                                   "written vertically), a Word or OpenDocument text (.docx, .odt), "
                                   "a CSV export, a minutes API's JSON or "
                                   "XML answer (the Diet's), or an e-mail or web archive "
                                   "holding them (.eml, .mhtml, .mht)")
    a.add_argument("-o", "--output", default=".", metavar="OUTDIR",
                   help="folder for the outputs (default: current folder)")
    _job_options(a)
    a.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    a.add_argument("--timings", action="store_true",
                   help="print the seconds each stage took, and the share of speech the "
                        "official text was timed on (the rest: words heard, or decoded in full)")

    _batch_parser(sub, debug)
    _site_parser(sub, debug)
    _render_parser(sub, debug)

    s = sub.add_parser("setup-model", parents=[debug],
                       help="assemble the default model into models/ and verify it")
    s.add_argument("--force", action="store_true", help="assemble again even if present")
    return p


def _job_options(p: argparse.ArgumentParser) -> None:
    """Options of one sync job, shared by ``align`` and ``batch``."""
    from .cues import CueOptions
    from .review import ReviewOptions
    from .syncmap import STAR_DISPLAY

    g = p.add_argument_group("speech recognition")
    g.add_argument("--model", help="faster-whisper model name or folder (default: Whisper base in models/)")
    g.add_argument("--device", choices=("cpu", "cuda", "auto"), default="cpu", help="(default: cpu)")
    g.add_argument("--compute-type", default="auto",
                   help="CTranslate2 compute type (default: int8 on CPU, float16 on CUDA)")
    g.add_argument("--threads", type=_number(int, 0), default=0, help="CPU threads (default: all cores)")
    g.add_argument("--beam-size", type=_number(int, 1), default=5, help="(default: 5)")
    g.add_argument("--batch-size", type=_number(int, 1), default=8,
                   help="speech chunks the full transcription decodes together, the stretches "
                        "read badly heard again one after another (default 8: faster-whisper's "
                        "batched pipeline; 1: one after another, as its transcribe(), about 1.4 "
                        "times as slow on a CPU: README)")
    g.add_argument("--hotwords-from-minutes", action="store_true",
                   help="bias recognition towards the minutes' names and terms (better ★ "
                        "candidates, slightly worse timing; see README)")
    path = g.add_mutually_exclusive_group()
    path.add_argument("--guided", action="store_true",
                      help="time the official text on the audio and decode in full only the "
                           "windows where they disagree: about 0.3x / 0.4x the time of a "
                           "transcription on clean / chamber recordings, but less accurate on real "
                           "voices so far (README)")
    path.add_argument("--full-asr", action="store_true",
                      help="transcribe the whole recording, then align (the default)")
    g.add_argument("--no-retime", action="store_true",
                   help="full path: time the text only through the transcription's words, "
                        "without timing the official text itself on the audio (faster by about "
                        "a sixth of a transcription; less exact on chamber recordings: README)")
    g.add_argument("--audio-track", type=_number(int, 1), metavar="N",
                   help="sync the recording's audio track N (1: the first; default: the first "
                        "track with speech)")
    g.add_argument("--partial", action="store_true",
                   help="a truncated or damaged recording (a capture that stopped): sync the part "
                        "that decodes instead of refusing it")
    g.add_argument("--no-cache", action="store_true", help="transcribe again even if cached")
    g.add_argument("--cache-dir", type=Path, help="ASR cache folder (default: ~/.cache/gikai-sync/asr)")
    c = p.add_argument_group("captions")
    d = CueOptions()
    c.add_argument("--line-chars", type=_number(float, 1), default=d.line_chars,
                   help=f"full-width characters a line; half-width count 0.5 (default {d.line_chars:g})")
    c.add_argument("--lines", type=_number(int, 1), default=d.max_lines, help=f"lines a caption (default {d.max_lines})")
    c.add_argument("--reading-cps", type=_number(float, 0, above=True), default=d.reading_cps,
                   help=f"characters a second a viewer reads (default {d.reading_cps:g})")
    c.add_argument("--min-duration", type=_number(float, 0), default=d.min_duration,
                   help=f"seconds (default {d.min_duration:g})")
    c.add_argument("--max-duration", type=_number(float, 0, above=True), default=d.max_duration,
                   help=f"seconds (default {d.max_duration:g})")
    c.add_argument("--no-speaker-labels", action="store_true",
                   help="do not put （氏名） on the first caption of each turn")
    c.add_argument("--speaker-label", choices=("auto", "role", "name", "both"), default=d.speaker_style,
                   help="how speakers are named: auto (the chair and executives by role, "
                        "members by name), role, name, or both (議長　佐藤篤)")
    m = p.add_argument_group("minutes")
    m.add_argument("--speaker-pattern", metavar="REGEX",
                   help="a regular expression for speaker lines of a layout the parser does not "
                        "know, with named groups role and/or name and optionally text, e.g. "
                        "'^＜(?P<role>[^＞]+)＞(?P<name>\\S+)\\s*(?P<text>.*)'")
    s = p.add_argument_group("★ and player")
    s.add_argument("--star-mark", default=ReviewOptions.mark,
                   help="how a candidate is written into the filled minutes ({} = candidate; "
                        f"default: {ReviewOptions.mark})")
    s.add_argument("--star-threshold", type=_number(float, 0, 1), default=ReviewOptions.threshold,
                   help="leave ★ alone in the filled minutes below this confidence (0–1; "
                        f"default: {ReviewOptions.threshold})")
    s.add_argument("--star-subtitle", default=STAR_DISPLAY,
                   help=f"how a ★ with a candidate reads in subtitles ({{}} = candidate; default: {STAR_DISPLAY})")
    s.add_argument("--no-star-decode", action="store_true",
                   help="★ candidates from the session's ASR only (no re-decoding)")
    s.add_argument("--no-player", action="store_true",
                   help="do not write the web player page and its per-speed tracks")


def _batch_parser(sub, debug: argparse.ArgumentParser) -> None:
    from .batch import REPORT_FILE, STATE_FILE

    b = sub.add_parser(
        "batch", parents=[debug],
        help="sync a folder of recordings or a CSV manifest, in parallel, resumable",
        description="Sync every (recording, minutes) pair of SOURCE. A folder pairs each "
                    "recording with the minutes of the same name beside it (.txt, else .html, "
                    ".htm, .pdf, .docx, .odt, .csv, .json, .xml, .eml, .mhtml or .mht); a CSV manifest has "
                    "the columns recording,minutes[,output]. Finished items are remembered "
                    f"in OUTDIR/{STATE_FILE} and skipped when run again. Exit status: 0 all "
                    f"ok, {EXIT_SOME_FAILED} some items failed, {EXIT_INPUT} SOURCE unusable.")
    b.add_argument("source", help="folder of recordings and minutes, or a .csv manifest")
    b.add_argument("-o", "--output", default=".", metavar="OUTDIR",
                   help="folder for outputs, state and report (default: current folder)")
    b.add_argument("-j", "--workers", type=int, default=None, metavar="N",
                   help="items synced at once, each in its own process (default: one per "
                        "core, or with --cluster as many as the cluster runs; 0: in this "
                        "process)")
    b.add_argument("--cluster", metavar="ray[:ADDRESS]",
                   help="run the items as tasks on a Ray cluster: 'ray' (the one RAY_ADDRESS "
                        "names, else one on this machine), 'ray:auto', 'ray:local' or "
                        "'ray:HOST:PORT' of its head; paths must be on storage every node sees "
                        "(docs/cluster.md)")
    b.add_argument("--report", type=Path, metavar="PATH",
                   help=f"JSON report (default: OUTDIR/{REPORT_FILE})")
    b.add_argument("-q", "--quiet", action="store_true", help="no line per finished item")
    b.add_argument("--site", nargs="?", const="", default=None, metavar="SITE",
                   help="end with the archive site of OUTDIR (default folder: OUTDIR/site); a CSV "
                        "manifest's extra columns give session facts; --members, --media-base "
                        "and --site-title as for the site command")
    _site_options(b, prefix="site-")
    _job_options(b)


def _site_options(p: argparse.ArgumentParser, prefix: str = "") -> None:
    """Options of the archive site, shared by ``site`` and ``batch --site``."""
    p.add_argument("--members", type=Path, metavar="CSV",
                   help="members file: CSV with the header 氏名,会派,役職 (for the 会派 page)")
    p.add_argument("--media-base", metavar="URL_OR_PATH",
                   help="where the recordings live: a base URL, or a folder given from SITE "
                        "(default: beside their outputs in ARCHIVE); the archive's subfolders "
                        "are kept under it")
    p.add_argument(f"--{prefix}title", dest="site_title", default="会議録アーカイブ",
                   help="the site's name (default 会議録アーカイブ)")


def _site_parser(sub, debug: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "site", parents=[debug], help="write a static archive site over many synced sessions",
        description="Read every sync map (<stem>.json) under ARCHIVE and write a static site: "
                    "sessions by year and meeting, by member and 会派, search of every word, and "
                    "each session's player. It works from file:// and any static web host.")
    p.add_argument("archive", type=Path, metavar="ARCHIVE", help="the output folder of batch (or align runs)")
    p.add_argument("-o", "--output", type=Path, metavar="SITE",
                   help="folder for the site (default: ARCHIVE/site)")
    p.add_argument("--manifest", type=Path, metavar="CSV",
                   help="batch manifest whose optional columns date, session, kind, meeting, number, "
                        "detail, title give session facts the minutes' header lacks")
    _site_options(p)


def _render_parser(sub, debug: argparse.ArgumentParser) -> None:
    from .render import RenderOptions

    p = sub.add_parser(
        "render", parents=[debug], help="write a sped-up copy of the recording with its captions",
        description="Re-encode RECORDING at --rate (pitch kept) with the captions of SYNCMAP "
                    "retimed to it, as a subtitle stream or burned in.")
    p.add_argument("recording", help="the recording that was aligned")
    p.add_argument("sync_map", metavar="SYNCMAP", help="the JSON sync map 'align' wrote (OUTDIR/<stem>.json)")
    p.add_argument("-r", "--rate", type=float, default=1.5, help="speed, 1.0 to 2.0 (default 1.5)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="rendition .mp4/.mov/.mkv/.webm (default: <stem>.x<rate>.mp4 beside SYNCMAP)")
    p.add_argument("-y", "--overwrite", action="store_true",
                   help="replace the file -o names if it exists (the default output is replaced always)")
    p.add_argument("--burn", action="store_true",
                   help="draw the captions into the picture (needs a Japanese font: fonts-noto-cjk)")
    p.add_argument("--crf", type=int, default=RenderOptions.crf, help="video quality (default 23)")
    p.add_argument("--preset", default=RenderOptions.preset, help="x264 preset (default veryfast)")


def sync_options(args: argparse.Namespace):
    """The options dataclasses a job's arguments stand for."""
    from .asr import AsrOptions, cores
    from .cues import CueOptions
    from .outputs import OutputOptions
    from .pipeline import SyncOptions
    from .review import ReviewOptions
    from .stars import StarOptions
    from .syncmap import STAR_DISPLAY

    examples = {"--star-mark": ReviewOptions.mark, "--star-subtitle": STAR_DISPLAY}
    for flag, fmt in (("--star-mark", args.star_mark), ("--star-subtitle", args.star_subtitle)):
        if "{}" not in fmt:
            raise OptionError(f"{flag} needs {{}} where the candidate goes, e.g. {examples[flag]}")
        try:
            fmt.format("候補")
        except (KeyError, IndexError, ValueError):
            raise OptionError(f"{flag} {fmt}: only one {{}} (where the candidate goes) may stand in "
                              f"braces; write a brace itself as {{{{ or }}}}, e.g. {examples[flag]}") from None
    if args.min_duration > args.max_duration:
        raise OptionError(f"--min-duration {args.min_duration:g} is longer than --max-duration "
                          f"{args.max_duration:g}: a caption cannot stay both")
    if args.cache_dir is not None and args.cache_dir.exists() and not args.cache_dir.is_dir():
        raise OptionError(f"--cache-dir {args.cache_dir}: a file, not a folder")
    if args.threads and args.threads > (n := cores()) and args.device != "cuda":
        print(f"note: --threads {args.threads} is more than the {n} CPU cores here: {n} are used",
              file=sys.stderr)
    return SyncOptions(
        asr=AsrOptions(model=args.model, device=args.device, compute_type=args.compute_type,
                       threads=args.threads, beam_size=args.beam_size, batch_size=args.batch_size),
        stars=StarOptions(decode=not args.no_star_decode),
        output=OutputOptions(
            cues=CueOptions(line_chars=args.line_chars, max_lines=args.lines,
                            reading_cps=args.reading_cps, min_duration=args.min_duration,
                            max_duration=args.max_duration,
                            speaker_labels=not args.no_speaker_labels,
                            speaker_style=args.speaker_label),
            review=ReviewOptions(mark=args.star_mark, threshold=args.star_threshold),
            star_display=args.star_subtitle, player=not args.no_player),
        speaker_pattern=args.speaker_pattern, hotwords_from_minutes=args.hotwords_from_minutes,
        full_asr=not args.guided, retime=not args.no_retime, cache_dir=args.cache_dir,
        audio_track=args.audio_track - 1 if args.audio_track else None, partial_media=args.partial,
        use_cache=not args.no_cache)


# -------------------------------------------------------------------------- commands

def _fill(bar) -> None:
    """A tqdm bar shown full."""
    if bar.total and bar.n < bar.total and not bar.disable:
        bar.update(bar.total - bar.n)


class _Bars:
    """One tqdm bar per stage, on stderr, created when the stage first reports."""

    LABELS = {"decode": "decoding", "asr": "transcribing", "retime": "retiming", "align": "aligning"}

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bars: dict = {}

    def __call__(self, stage: str, done: float, total: float) -> None:
        if not self.enabled:
            return
        from tqdm import tqdm

        if total and done > total:
            total = done        # (a recording's decoded length a little over its header's)
        bar = self.bars.get(stage)
        if bar is None:
            for other in self.bars.values():
                _fill(other)      # a stage that reports its end no more: done when the next starts
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

    def finish(self) -> None:
        """The job is done: every stage's bar full (a stage's last report may come short of
        its total, the last of a window or two)."""
        for bar in self.bars.values():
            _fill(bar)
        self.close()

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()


def _align(args: argparse.Namespace, engine) -> int:
    from .pipeline import sync

    opts = sync_options(args)
    bars = _Bars(not args.quiet)
    try:
        result = sync(args.recording, args.minutes, Path(args.output), opts, engine, progress=bars)
        bars.finish()
    finally:
        bars.close()
    smap = result.sync_map
    for line in warnings(result, opts.output):
        print(f"warning: {line}", file=sys.stderr)
    sounds = len(smap.sounds)
    shown = sum(1 for c in smap.shown if c.kind == "speech")
    left_out = f" shown, {len(smap.speech) - shown} left out" if shown < len(smap.speech) else ""
    print(f"{shown} captions{left_out}, {len(result.minutes.turns)} turns, {len(smap.stars)} ★, "
          + (f"{sounds} sound note{'s' if sounds != 1 else ''}, " if sounds else "")
          + f"{smap.duration:.1f} s of media{' (cached ASR)' if result.asr_cached else ''}",
          file=sys.stderr)
    if args.timings:
        for line in timings(result):
            print(line, file=sys.stderr)
    for path in result.outputs:
        print(path)
    return EXIT_OK


def timings(result) -> list[str]:
    """Seconds per stage, and what the guided transcription decoded in full (or what the
    retiming kept as heard)."""
    out = ["stage times: " + ", ".join(f"{k} {v:.1f} s" for k, v in result.stages.items())]
    for rep in (result.guided, result.retimed):
        if rep is None:
            continue
        why = ", ".join(f"{k} {n}" for k, n in rep.reasons.items()) or "none"
        if rep.retimed:
            out.append(f"retimed: {rep.windows} windows, the official text timed on "
                       f"{1 - rep.kept_share - rep.decoded_share:.1%} of {rep.speech_seconds:.0f} s "
                       f"of speech; {rep.kept_share:.1%} kept the words heard, "
                       f"{rep.decoded_share:.1%} decoded again (windows: {why})"
                       + (f"; {rep.skipped} of them skipped by Whisper where the minutes have text"
                          if rep.skipped else ""))
        elif rep.gave_up is not None:
            out.append(f"guided: gave up where the text and the audio disagreed too often "
                       f"(windows decoded: {why}); what it timed before {clock(rep.gave_up)} kept, "
                       "the rest transcribed in full")
        else:
            out.append(f"guided: {rep.windows} windows, {rep.decoded_share:.1%} of "
                       f"{rep.speech_seconds:.0f} s of speech decoded in full (windows: {why})")
    return out


_RAY_ADDRESS = re.compile(r"auto|local|[\w.-]+:\d{1,5}")


def executor(cluster: str | None, workers: int | None):
    """Where a batch's items run: None (the local process pool) or a Ray cluster."""
    if cluster is None:
        return None
    kind, colon, address = cluster.partition(":")
    if kind != "ray" or (colon and not _RAY_ADDRESS.fullmatch(address)):
        raise OptionError(f"--cluster {cluster}: not a cluster this tool knows; pass --cluster "
                          "ray (RAY_ADDRESS, else this machine), ray:auto, ray:local or "
                          "ray:HOST:PORT")
    if workers == 0:
        raise OptionError("-j 0 runs the items in this process, not on a cluster; leave out "
                          "-j with --cluster, or pass -j N for at most N items at once")
    from .cluster import RayCluster, check_installed

    check_installed()
    return RayCluster(address or None, workers)


def _batch(args: argparse.Namespace, engine) -> int:
    from .batch import ItemResult, find_items, format_table, orphan_minutes, run_batch

    opts = sync_options(args)
    where = executor(args.cluster, args.workers)
    outdir = Path(args.output)
    items = find_items(Path(args.source), outdir)
    if Path(args.source).is_dir():
        for lone in orphan_minutes(Path(args.source), outdir):
            print(f"warning: {lone}: minutes with no recording of the same name beside them; not synced "
                  "(name the recording after them)", file=sys.stderr)

    def progress(r: ItemResult, done: int, total: int) -> None:
        if not args.quiet:
            note = f" ({r.message})" if r.message and r.status != "skipped" else ""   # (an ok item's notes on its outputs)
            print(f"[{done}/{total}] {r.status}: {r.recording}{note}", file=sys.stderr)

    results = run_batch(items, outdir, opts, args.workers, args.report, progress, engine,
                        executor=where)
    print(format_table(results))
    if args.site is not None:
        source = Path(args.source)
        manifest = source if source.suffix.lower() == ".csv" else None
        site = Path(args.site) if args.site else outdir / "site"
        if args.media_base is None and source.is_dir():
            # the recordings stay in the archive folder, in the same subfolders as their outputs
            args.media_base = os.path.relpath(source, site)
        _write_site(outdir, site, manifest, args)
    return EXIT_SOME_FAILED if any(r.failed for r in results) else EXIT_OK


def _write_site(archive: Path, site: Path | None, manifest: Path | None, args: argparse.Namespace) -> None:
    from .site import SiteOptions, is_url, write_site

    site = site or archive / "site"
    opts = SiteOptions(title=args.site_title, media_base=args.media_base, manifest=manifest,
                       members=args.members)
    notes: list[str] = []
    written = write_site(archive, site, opts, notes)
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    pages = sum(p.parent.name == "s" and p.suffix == ".html" for p in written)
    print(f"site: {pages} sessions, {len(written)} files: {site / 'index.html'}")
    from .site import batch_recordings

    # where the pages play the recordings from: --media-base, else where batch read them
    # (its state in the archive), else beside their outputs
    found = [p.parent for p in batch_recordings(archive).values()] if not args.media_base else []
    target = ((site / args.media_base) if args.media_base else
              Path(os.path.commonpath([str(p) for p in found])) if found else archive).resolve()
    if pages and not (args.media_base and is_url(args.media_base)) and not target.is_relative_to(site.resolve()):
        where = Path(os.path.relpath(target, Path.cwd()))
        print(f"note: the session pages play the recordings from {where} by a path relative to the site, "
              "outside its folder: open the pages from this disk, serve a folder that holds both, or pass "
              "--media-base with the recordings' web address", file=sys.stderr)


def _site(args: argparse.Namespace, engine=None) -> int:
    _write_site(args.archive, args.output, args.manifest, args)
    return EXIT_OK


def _render(args: argparse.Namespace, engine=None) -> int:
    from .render import RenderOptions, captions_of, default_output, read_sync_map, render
    from .speed import check_rate

    rate = check_rate(args.rate)
    smap = read_sync_map(args.sync_map)
    cues = captions_of(smap)
    if args.output is not None and args.output.is_file() and not args.overwrite:
        # (a file of the user's, maybe another video: ffmpeg's own rule, -y to replace)
        raise OutputError("exists; pass -y to replace it, or another -o", path=str(args.output))
    out = args.output or default_output(args.recording, args.sync_map, rate)
    print(render(args.recording, cues, rate, out, burn=args.burn,
                 opts=RenderOptions(crf=args.crf, preset=args.preset), aligned=smap))
    return EXIT_OK


def _setup_model(args: argparse.Namespace, engine=None) -> int:
    from .models import assemble

    print(assemble(force=args.force))
    return EXIT_OK


COMMANDS = {"align": _align, "batch": _batch, "site": _site, "render": _render, "setup-model": _setup_model}


def main(argv: Sequence[str] | None = None, engine=None) -> int:
    """Run the command line; ``engine`` (:class:`sync.asr.Engine`) replaces Whisper (tests)."""
    args = _parser().parse_args(argv)
    debug = getattr(args, "debug", False)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    import signal

    from .files import WRITTEN

    def stop(signum, frame):      # kill, timeout, a closed terminal: stopped as by Ctrl-C
        raise KeyboardInterrupt

    # (not one a caller ignores: nohup's SIGHUP stays ignored)
    before = {signum: signal.signal(signum, stop) for signum in (signal.SIGTERM, signal.SIGHUP)
              if signal.getsignal(signum) is not signal.SIG_IGN}
    written = len(WRITTEN)
    try:
        return COMMANDS[args.command](args, engine)
    except SyncError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exit_status(exc)
    except KeyboardInterrupt:
        # (outputs are put in place all at once, never stopped halfway: see files.write_all)
        print("interrupted; " + ("the items done before it stopped have their outputs, whole; the rest "
                                 "were left as they were (run the batch again to go on)" if args.command == "batch"
                                 else "outputs were left as they were" if len(WRITTEN) == written
                                 else "it stopped after its outputs were written"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug, not the user's fault: one line, and how to see more
        if debug:
            raise
        print(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details, "
              "and please report it)", file=sys.stderr)
        return EXIT_BUG
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
