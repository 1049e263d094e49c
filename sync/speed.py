"""Per-speed caption tracks: captions that stay readable at 1.0–2.0× playback.

Cue times are media time. At playback rate r a caption authored for d seconds is on
screen d / r seconds and its reading speed is r times the authored one (see
NOTES-captions.md), so the rules here are stated in *viewer* time and converted:

- every caption stays on screen at least ``min_seconds`` of viewer time;
- no caption asks for more than ``reading_cps`` characters per viewer second.

Captions that cannot meet them in the time before the next caption starts are merged
with a neighbour of the same speaker turn (never across turns, never across a sound
note such as （拍手）), so that a merged caption can use the pauses inside it. Merging
shows text a little before it is said and may put the end of one sentence and the start
of the next in one caption; both are costed, and :func:`group_cues` picks, per run of
captions, the grouping with the least total cost (a small dynamic programme).

Merging cannot make sustained fast speech readable: the text per second of media stays
the same. Where speech itself is faster than ``reading_cps / r`` the captions run back
to back and :func:`readability` reports them; it never hides the problem by letting
captions lag behind the speech.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Sequence

from .cues import Cue, CueOptions, Shown, display_times, width, wrap
from .errors import OptionError
from .text import SENTENCE_END
from .writers import to_vtt

MIN_RATE, MAX_RATE = 1.0, 2.0          # what the assembly's player offers, and the range
_MAX_GROUP = 8                         # members in one merged caption; the width limit binds first


@dataclass(frozen=True)
class SpeedOptions:
    """Rules for the per-speed tracks, in viewer time (what the viewer experiences)."""

    rates: tuple[float, ...] = (1.0, 1.2, 1.5, 2.0)  # the assembly player's speed buttons
    min_seconds: float = CueOptions.min_duration  # on screen at least, viewer seconds (the 1× track's rule)
    reading_cps: float = CueOptions.reading_cps   # chars per viewer second at most (the 1× track's rule)
    # Costs of a grouping, in viewer seconds of reading time missing (weight 1):
    flash_weight: float = 10.0    # a second under min_seconds: a caption that flashes by is far worse
    early_weight: float = 0.1     # text shown one viewer second before it is said (mild: read ahead)
    sentence_weight: float = 0.3  # one sentence's end and the next's start in one caption (style)

    def __post_init__(self) -> None:
        if not self.rates:
            raise OptionError("no playback rate given; pass at least one rate between 1.0 and 2.0")
        for r in self.rates:
            check_rate(r)
        if self.min_seconds <= 0 or self.reading_cps <= 0:
            raise OptionError("minimum seconds and reading speed must be positive")


def check_rate(rate: float) -> float:
    """``rate`` as a float, or :class:`OptionError` when it is outside [1.0, 2.0]."""
    try:
        r = float(rate)
    except (TypeError, ValueError):
        raise OptionError(f"playback rate {rate!r} is not a number; pass e.g. 1.5") from None
    if not MIN_RATE <= r <= MAX_RATE or math.isnan(r):
        raise OptionError(f"playback rate {r:g} is outside {MIN_RATE:.1f}–{MAX_RATE:.1f}; "
                          "pass a rate between 1.0 and 2.0")
    return round(r, 3)


def rate_label(rate: float) -> str:
    """``1.0`` → ``"1.0"``, ``1.25`` → ``"1.25"``: the rate as written in file names."""
    s = f"{check_rate(rate):.3f}".rstrip("0")
    return s + "0" if s.endswith(".") else s


def track_name(stem: str, rate: float) -> str:
    """File name of the track for ``rate``: ``<stem>.x1.5.vtt``.

    Every rate has its own file, ``x1.0`` included: the player's tracks all follow the
    same viewer-time rules, while ``<stem>.vtt`` stays the plain 1× captions (finest
    sync, nothing merged) for other players.
    """
    return f"{stem}.x{rate_label(rate)}.vtt"


def runs(cues: Sequence[Cue]) -> list[list[Cue]]:
    """Maximal runs of speech cues that may be merged: one speaker turn, no sound note
    between them (in time order)."""
    out: list[list[Cue]] = []
    current: list[Cue] = []
    for c in sorted(cues, key=lambda c: (c.start, c.kind != "sound")):
        if c.kind != "speech" or (current and c.turn != current[-1].turn):
            if current:
                out.append(current)
            current = []
        if c.kind == "speech":
            current.append(c)
    if current:
        out.append(current)
    return out


def merge(group: Sequence[Cue]) -> Cue:
    """One caption for consecutive cues of a turn: their text joined (the turn's text
    from the first's start to the last's end), confidence weighted by length."""
    first, last = group[0], group[-1]
    text = "".join(c.text for c in group)
    n = sum(len(c.text) for c in group) or 1
    conf = sum(c.confidence * len(c.text) for c in group) / n
    return Cue(first.start, last.end, text, first.speaker, round(conf, 3), first.turn,
               first.first, last.last)


def _fits(group: Sequence[Cue], rate: float, cue_opts: CueOptions) -> bool:
    text = "".join(c.text for c in group)
    if width(text) > cue_opts.line_chars * cue_opts.max_lines:
        return False
    if len(wrap(text, cue_opts.line_chars, cue_opts.max_lines)) > cue_opts.max_lines:
        return False
    return (group[-1].end - group[0].start) / rate <= cue_opts.max_duration


def _cost(group: Sequence[Cue], next_start: float | None, rate: float,
          cue_opts: CueOptions, opts: SpeedOptions) -> float:
    """Viewer seconds of reading time missing, plus the costs of merging."""
    first = group[0]
    chars = sum(len(c.text) for c in group)
    span = (group[-1].end - first.start) / rate
    room = math.inf if next_start is None else (next_start - cue_opts.min_gap - first.start) / rate
    room = min(room, max(cue_opts.max_duration, span))  # the longest display_times allows
    short_read = max(0.0, chars / opts.reading_cps - room)
    short_min = max(0.0, opts.min_seconds - room)
    early = sum(c.start - first.start for c in group[1:]) / rate
    crossings = sum(1 for c in group[:-1] if c.text and c.text[-1] in SENTENCE_END)
    return (short_read + opts.flash_weight * short_min + opts.early_weight * early
            + opts.sentence_weight * crossings)


def group_cues(run: Sequence[Cue], next_start: float | None, rate: float,
               cue_opts: CueOptions, opts: SpeedOptions) -> list[list[Cue]]:
    """The cheapest split of one run into consecutive groups (dynamic programme over
    the run; ``next_start`` is when the first caption after the run starts)."""
    n = len(run)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for i in range(1, n + 1):
        for j in range(i - 1, max(-1, i - 1 - _MAX_GROUP), -1):
            group = run[j:i]
            if len(group) > 1 and not _fits(group, rate, cue_opts):
                break  # a longer group only gets wider
            after = run[i].start if i < n else next_start
            cost = best[j] + _cost(group, after, rate, cue_opts, opts)
            if cost < best[i] - 1e-9:  # ties keep the smaller group: fewer merges
                best[i], back[i] = cost, j
    groups: list[list[Cue]] = []
    i = n
    while i > 0:
        groups.append(list(run[back[i]:i]))
        i = back[i]
    return groups[::-1]


def merged_cues(cues: Sequence[Cue], rate: float, cue_opts: CueOptions = CueOptions(),
                opts: SpeedOptions = SpeedOptions()) -> list[Cue]:
    """The cues for playback at ``rate``: short ones merged within their turn; sound
    notes unchanged."""
    rate = check_rate(rate)
    ordered = sorted(cues, key=lambda c: (c.start, c.kind != "sound"))
    position = {id(c): i for i, c in enumerate(ordered)}
    out = [c for c in ordered if c.kind != "speech"]
    for run in runs(ordered):
        last = run[-1]
        nxt = next((c.start for c in ordered[position[id(last)] + 1:] if c.start > last.start), None)
        out += [g[0] if len(g) == 1 else merge(g) for g in group_cues(run, nxt, rate, cue_opts, opts)]
    return sorted(out, key=lambda c: (c.start, c.kind != "sound"))


def speed_cue_options(cue_opts: CueOptions, opts: SpeedOptions) -> CueOptions:
    """The caption options with the viewer-time rules of ``opts`` in place of the 1× ones."""
    return replace(cue_opts, reading_cps=opts.reading_cps, min_duration=opts.min_seconds)


def clamp(shown: Sequence[Shown], duration: float | None) -> list[Shown]:
    """Captions cut at the end of the media: a longer display end (a slow rate's reading
    time) would make players and muxers think the recording is longer."""
    if duration is None:
        return list(shown)
    return [replace(s, end=min(s.end, round(duration, 3))) for s in shown if s.start < duration]


def speed_tracks(cues: Sequence[Cue], cue_opts: CueOptions = CueOptions(),
                 opts: SpeedOptions = SpeedOptions(), duration: float | None = None
                 ) -> dict[float, list[Shown]]:
    """``{rate: captions}`` for every rate in ``opts.rates``; times stay media time, display
    ends follow the viewer-time rules at that rate (:func:`display_times` with ``rate``)
    and stop at ``duration`` (the media's length) when it is given."""
    shown_opts = speed_cue_options(cue_opts, opts)
    return {check_rate(r): clamp(display_times(merged_cues(cues, r, cue_opts, opts), shown_opts,
                                               check_rate(r)), duration)
            for r in opts.rates}


def speed_files(stem: str, cues: Sequence[Cue], cue_opts: CueOptions = CueOptions(),
                opts: SpeedOptions = SpeedOptions(), duration: float | None = None) -> dict[str, str]:
    """``{file name: WebVTT}`` for every rate, ready for :func:`sync.writers.write_all`."""
    return {track_name(stem, r): to_vtt(shown)
            for r, shown in speed_tracks(cues, cue_opts, opts, duration).items()}


def player_tracks(stem: str, opts: SpeedOptions = SpeedOptions()) -> dict[float, str]:
    """``{rate: track file name}`` as the player page links them."""
    return {check_rate(r): track_name(stem, r) for r in opts.rates}


def readability(shown: Sequence[Shown], rate: float, opts: SpeedOptions = SpeedOptions()) -> list[str]:
    """Reasons a track is hard to read at ``rate`` (empty when every caption meets the
    viewer-time rules): captions too short on screen, or faster than ``reading_cps``."""
    reasons = []
    for s in shown:
        seconds = (s.end - s.start) / rate
        chars = len(s.cue.text)
        where = f"caption at {s.start:.2f}s ({s.cue.text[:12]})"
        if seconds < opts.min_seconds - 1e-6:
            reasons.append(f"{where}: {seconds:.2f}s on screen at {rate:g}x, under {opts.min_seconds:g}s")
        elif chars / seconds > opts.reading_cps + 1e-6:
            reasons.append(f"{where}: {chars / seconds:.1f} chars/s at {rate:g}x, over {opts.reading_cps:g}")
    return reasons
