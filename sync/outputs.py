"""Every output file of a synced session: its name and its content.

For ``RECORDING`` = ``session.mp4``: ``session.srt`` and ``session.vtt`` (subtitles),
``session.json`` (the sync map), and when the minutes have ★, ``session.filled.txt`` and
``session.review.csv`` / ``.review.html`` (for editors); with the player,
``session.x1.0.vtt`` … (one track per playback speed) and ``session.html``. Everything is
rendered here, in memory; :func:`sync.files.write_all` writes it all or nothing.
"""
from __future__ import annotations

import hashlib

from dataclasses import dataclass, field, replace

from .cues import CueOptions, display_times
from .files import as_bytes
from .minutes import Minutes
from .player import player_files, player_name
from .review import ReviewOptions, filled_minutes, review_csv, review_html, rows
from .speed import SpeedOptions, clamp, player_tracks
from .syncmap import STAR_DISPLAY, SyncMap, with_candidates
from .writers import to_srt, to_vtt


@dataclass(frozen=True)
class OutputOptions:
    cues: CueOptions = field(default_factory=CueOptions)
    speed: SpeedOptions = field(default_factory=SpeedOptions)
    review: ReviewOptions = field(default_factory=ReviewOptions)
    star_display: str = STAR_DISPLAY   # how a ★ with a candidate reads in subtitles
    player: bool = True                # per-speed tracks and the web player page


def subtitle_captions(smap: SyncMap, opts: OutputOptions = OutputOptions(), display=None) -> list:
    """The captions the SRT and WebVTT files show: every cue viewers see
    (:attr:`SyncMap.shown`) with its display times, less those pushed past the end of the
    media (text piled at its very end)."""
    if display is None:
        display = [replace(c, text=with_candidates(c, smap, opts.star_display)) for c in smap.shown]
    return clamp(display_times(display, opts.cues), smap.duration)


def names(stem: str, opts: OutputOptions = OutputOptions()) -> list[str]:
    """The file names :func:`render` may write for the recording named ``stem`` (the ★
    files whether or not there are ★)."""
    found = [f"{stem}.srt", f"{stem}.vtt", f"{stem}.json", f"{stem}.filled.txt", f"{stem}.review.csv",
             f"{stem}.review.html"]
    if opts.player:
        found += [player_name(stem), *player_tracks(stem, opts.speed).values()]
    return found


def render(stem: str, minutes: Minutes, smap: SyncMap, opts: OutputOptions = OutputOptions(),
           media_url: str | None = None) -> dict[str, str | bytes]:
    """``{file name: content}`` of every output for the recording named ``stem``;
    ``media_url``: where the player page finds the recording (default: beside it)."""
    display = [replace(c, text=with_candidates(c, smap, opts.star_display)) for c in smap.shown]
    shown = subtitle_captions(smap, opts, display)
    files: dict[str, str | bytes] = {
        f"{stem}.srt": to_srt(shown), f"{stem}.vtt": to_vtt(shown), f"{stem}.json": smap.to_json()}
    # the ★ files too when there is no ★ (the minutes as they are, an empty sheet): a run
    # after the minutes were corrected must not leave the last run's candidates beside it
    sheet = rows(minutes, smap.stars, stem, opts.review)
    files[f"{stem}.filled.txt"] = filled_minutes(minutes, smap.stars, opts.review)
    files[f"{stem}.review.csv"] = review_csv(sheet)
    files[f"{stem}.review.html"] = review_html(sheet, stem)
    if opts.player:
        files.update(player_files(stem, smap, display, opts.cues, opts.speed, media_url))
    # the sync map records what else it was written with, so that a later run tells an
    # output an editor changed from one it wrote, whatever the files' times say (a folder
    # copied with cp -r)
    files[f"{stem}.json"] = replace(smap, written={name: hashlib.sha256(as_bytes(data)).hexdigest()
                                                    for name, data in files.items() if name != f"{stem}.json"}).to_json()
    return files

