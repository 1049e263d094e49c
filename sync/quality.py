"""Do the minutes fit the recording? A pure check on the alignment, before captions.

The aligner always returns a time for every character, even when the minutes are of
another session: it interpolates what it could not match. This module reads the
alignment's *evidence* (which characters were timed from matched speech) and says whether
the captions would be meaningful, and which parts of each side the other lacks.

The signal is the density of evidence along the text. In a fitting pair nearly every
stretch of 100 characters is mostly matched; in a mismatched pair the only evidence is
short coincidences (ます, いたします…) scattered at a few percent, and no stretch of 100
characters ever gets close to half matched (numbers in :class:`QualityOptions`). A
recording of only part of the minutes (or minutes of only part of a recording) gives one
solidly matched block and a long unmatched one: that is not a mismatch, it is reported.

Like ffsubsync's quality check, :func:`assess` only returns reasons; the pipeline turns
them into an :class:`~sync.errors.AlignmentError` (exit status 3).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .align import Alignment
from .asr import Word
from .text import CHAR_SECONDS
from .voicing import runs


@dataclass(frozen=True)
class QualityOptions:
    """Thresholds, measured with the cached Whisper-base words of both corpora
    (``seed-synth`` 38 min / 12,591 chars, ``kokkai-synth`` 25 min / 7,552 chars) by
    ``scripts/bench_long.py --quality``; the table is in docs/robustness.md.

    Highest evidence density over any ``window``: fitting pairs 1.00; mismatched pairs
    (seed audio + kokkai minutes and the reverse) 0.22 and 0.15. Share of the text heard:
    fitting 1.000 (seed) and 0.951 (kokkai, which has 8 unspoken sentences), mismatched
    0.000, half a recording against whole minutes 0.46–0.49.
    """

    window: int = 100             # chars over which evidence density is judged (≈15 s of speech)
    dense: float = 0.4            # a window this matched is "heard": mismatched pairs peak at
                                  # 0.22, fitting text sits at 0.9–1.0 except unspoken stretches
    min_matched_chars: int = 300  # fewer heard chars than this (≈45 s of speech) is a mismatch;
                                  # a shared formula (開会・散会の宣言) is well under 100
    min_matched_share: float = 0.3  # …or, for short inputs, under this share of the shorter
                                    # side (minutes, or the chars the ASR heard): a 74 s clip
                                    # of kokkai (372 ASR chars) against its whole minutes has
                                    # 174 chars heard (0.47)
    min_heard_within: float = 0.35  # between the first and last heard passage, less heard than
                                    # this is patchwork: fitting and partial pairs 0.95–1.00,
                                    # ASR with 50 % of its words garbled 0.75–0.82, with 70 %
                                    # garbled 0.11–0.20 (the captions would be mostly guessed)
    min_both_sides: float = 0.25  # under this share of the minutes heard, in a passage under
                                  # this share of the recording's speech: neither side fits the
                                  # other (a trial's recording too noisy and reverberant for the
                                  # model: 3 % of the text heard, in its first 25 s of 780);
                                  # a speaker's part of a day's minutes fits its whole recording
    min_unmatched_chars: int = 100  # report a stretch of text without evidence this long (≈15 s)
    min_uncovered_speech: float = 20.0  # report a head/tail with this much ASR speech (seconds)
                                        # outside the minutes; fitting corpora have none
    min_uncovered_inside: float = 10.0  # report a stretch inside the session with this much
                                        # more speech than its official text needs (seconds):
                                        # a turn the minutes lack, or one the parser skipped
    char_seconds: float = CHAR_SECONDS  # speaking time of one official character


@dataclass(frozen=True)
class Quality:
    """How well the minutes fit the recording. ``reasons`` empty: they fit."""

    evidence: float                   # share of chars timed from matched speech (0–1)
    matched: float                    # share of chars inside densely matched stretches ("heard")
    within: float                     # share heard between the first and last heard passage
    covered: tuple[float, float]      # media span the matched minutes cover; (0, 0): none
    uncovered_media: tuple[tuple[float, float], ...]   # speech not in the minutes (head, tail, inside)
    unmatched_text: tuple[tuple[int, int], ...]        # [a, b) char ranges nobody was heard saying
    reasons: tuple[str, ...]          # why the minutes do not fit; empty when they do

    @property
    def ok(self) -> bool:
        return not self.reasons

    def to_json(self, offsets: Sequence[int] | None = None) -> dict:
        """For the sync map. With the turns' ``offsets`` (see ``pipeline.script_text``),
        text ranges are given as turn and char inside the turn, like cues and stars."""
        def where(i: int) -> dict:
            if offsets is None:
                return {"char": i}
            t = max(0, int(np.searchsorted(offsets, i, side="right")) - 1)
            return {"turn": t, "char": i - int(offsets[t])}

        return {
            "evidence": round(self.evidence, 4),
            "matched": round(self.matched, 4),
            "within": round(self.within, 4),
            "covered": [round(self.covered[0], 3), round(self.covered[1], 3)],
            "uncovered_media": [[round(a, 3), round(b, 3)] for a, b in self.uncovered_media],
            "unmatched_text": [{"from": where(a), "to": where(b - 1), "length": b - a}
                               for a, b in self.unmatched_text],
            "reasons": list(self.reasons),
        }


def density(evidence: np.ndarray, window: int) -> np.ndarray:
    """Per char, the share of chars with evidence in the ``window`` centred on it."""
    n = len(evidence)
    csum = np.concatenate(([0], np.cumsum(evidence, dtype=np.int64)))
    w = min(window, n)
    # near the ends the window slides inwards rather than shrinking: a few matched chars
    # at the very end of the text must not make a stretch look heard on their own
    a = np.clip(np.arange(n) - w // 2, 0, n - w)
    return (csum[a + w] - csum[a]) / max(1, w)


def _unmatched(evidence: np.ndarray, heard: np.ndarray, min_chars: int) -> list[tuple[int, int]]:
    """Long stretches outside the heard text, widened to the evidence on either side
    (the density window blurs a boundary by up to half a window)."""
    ev_idx = np.nonzero(evidence & heard)[0]
    out = []
    for a, b in zip(*runs(~heard)):
        k = int(np.searchsorted(ev_idx, a)) - 1
        a = int(ev_idx[k]) + 1 if k >= 0 else 0
        k = int(np.searchsorted(ev_idx, b))
        b = int(ev_idx[k]) if k < len(ev_idx) else len(evidence)
        if out and a <= out[-1][1]:  # widened into the previous stretch: one stretch
            a = out.pop()[0]
        out.append((a, b))
    return [(a, b) for a, b in out if b - a >= min_chars]


def _speech_outside(words: Sequence[Word], lo: float, hi: float, min_speech: float
                    ) -> list[tuple[float, float]]:
    """The ASR speech before ``lo`` and after ``hi``, where there is enough of it."""
    out = []
    for side in ([w for w in words if w.end <= lo], [w for w in words if w.start >= hi]):
        if side and sum(w.end - w.start for w in side) >= min_speech:
            out.append((side[0].start, side[-1].end))
    return out


def _speech_inside(words: Sequence[Word], timing: Alignment, ev: np.ndarray,
                   opts: QualityOptions) -> list[tuple[float, float]]:
    """Stretches between two timed characters where the recording has far more speech
    than the official text between them needs: speech the minutes do not cover."""
    idx = np.nonzero(ev)[0]
    if len(idx) < 2 or not words:
        return []
    t0, t1 = timing.end[idx[:-1]], timing.start[idx[1:]]
    starts = np.array([w.start for w in words])
    spoken = np.concatenate(([0.0], np.cumsum([w.end - w.start for w in words])))
    out = []
    for k in np.nonzero(t1 - t0 >= opts.min_uncovered_inside)[0]:
        a = int(np.searchsorted(starts, t0[k]))
        b = int(np.searchsorted(starts, t1[k]))
        need = (idx[k + 1] - idx[k] - 1) * opts.char_seconds
        if spoken[b] - spoken[a] - need >= opts.min_uncovered_inside:
            out.append((round(float(t0[k]), 3), round(float(t1[k]), 3)))
    return out


# characters of minutes a second of speech says at most (Japanese speech: 7 to 9)
_SAYABLE_CPS = 10.0
# …and at an assembly's usual pace, pauses included (the corpora: 6 to 8)
_USUAL_CPS = 7.0

# what a refusal for too little matched asks the user to check
_CHECK_BOTH = ("check that the minutes are of this session and that the recording's speech can be "
               "understood (very noisy or reverberant sound: try a larger model, --model)")


def _parts_apart(heard: np.ndarray, a: int, b: int, least: float = 0.7) -> tuple[int, int] | None:
    """Where the text heard from ``a`` to ``b`` is two well-heard parts with a long stretch
    nobody was heard saying between them (``least`` of each part heard, the stretch longer
    than the parts together): that stretch [from, to), else None."""
    span = heard[a:b + 1]
    starts, ends = runs(~span)       # the unheard runs, relative to a
    if not len(starts):
        return None
    k = int(np.argmax(ends - starts))
    g0, g1 = int(starts[k]), int(ends[k])
    left, right = span[:g0], span[g1:]
    if g1 - g0 < len(left) + len(right) or not len(left) or not len(right) \
            or left.mean() < least or right.mean() < least:
        return None
    return a + g0, a + g1


def assess(text: str, timing: Alignment, duration: float, words: Sequence[Word] = (),
           opts: QualityOptions = QualityOptions()) -> Quality:
    """Judge the alignment of ``text`` to a recording of ``duration`` seconds.

    ``words`` are the ASR words the alignment was made from; they tell where the
    recording has speech (to report speech that the minutes lack), and none at all
    means nothing was heard.
    """
    n = len(text)
    ev = np.asarray(timing.evidence, dtype=bool)
    if n == 0:
        return Quality(0.0, 0.0, 0.0, (0.0, 0.0), (), (), ("the minutes hold no text to align",))
    heard = density(ev, opts.window) >= opts.dense
    matched = int(heard.sum())
    idx = np.nonzero(ev & heard)[0]
    covered = (float(timing.start[idx[0]]), float(timing.end[idx[-1]])) if len(idx) else (0.0, 0.0)
    evidence = float(ev.mean())
    within = float(heard[idx[0]:idx[-1] + 1].mean()) if len(idx) else 0.0
    asr_chars = sum(len(w.text) for w in words)
    reasons = []
    if not words:
        reasons.append("no speech was recognized in the recording; check that it is the "
                       "session's recording and that its sound is not muted")
    elif not len(idx) or matched < min(opts.min_matched_chars,
                                       opts.min_matched_share * min(n, asr_chars)):
        reasons.append(
            f"the minutes do not match the recording: only {evidence:.{0 if evidence >= 0.1 else 1}%} "
            "of their text was "
            f"heard, in scattered words, and no passage of {opts.window} characters matches; "
            + _CHECK_BOTH + (
                f", and that the recording is the whole session (it is {duration:.0f} s; their text takes "
                f"about {n / _USUAL_CPS:.0f} s to say)" if 0 < duration < 0.75 * n / _USUAL_CPS else ""))
    elif matched < opts.min_both_sides * n and (span := words[-1].end - words[0].start) > 0 \
            and covered[1] - covered[0] < opts.min_both_sides * span:
        reasons.append(
            f"the minutes and the recording hardly match: {matched / n:.0%} of the minutes' text "
            f"was heard, in {covered[1] - covered[0]:.0f} s of the recording's {span:.0f} s of speech; "
            + _CHECK_BOTH)
    elif within < opts.min_heard_within and duration > 0 and n > 3 * _SAYABLE_CPS * duration:
        # (minutes of many sittings, or a day's with a clip: not a matter of the sound)
        reasons.append(
            f"the minutes are far longer than the recording: {n:,} characters take about "
            f"{n / _SAYABLE_CPS / 60:,.0f} minutes to say, the recording is {duration / 60:,.1f} minutes, "
            f"and only {within:.0%} of the text between the first and last matching passages was "
            "heard; pass the minutes of this recording only (one sitting, or the part it holds)")
    elif within < opts.min_heard_within and (gap := _parts_apart(heard, idx[0], idx[-1])) is not None:
        # (two members' clips joined in one file, the day's minutes: each part heard well,
        # nothing between them — not a matter of the sound, trial 144)
        reasons.append(
            f"the recording holds parts of the minutes far apart: characters {idx[0]:,}–{gap[0]:,} and "
            f"{gap[1]:,}–{idx[-1]:,} were heard, the {gap[1] - gap[0]:,} between them not; sync each part "
            "with the minutes it holds (or cut the recording where the parts meet)")
    elif within < opts.min_heard_within:
        reasons.append(
            f"the minutes match the recording only in patches: {within:.0%} of the text "
            "between the first and last matching passages was heard; if the minutes are of "
            "this session, speech recognition is too poor on this recording: try a larger "
            "model (--model)")
    if len(idx):
        uncovered = sorted(_speech_outside(words, *covered, opts.min_uncovered_speech)
                           + _speech_inside(words, timing, ev, opts))
    else:  # nothing matched: all the speech is outside the minutes
        uncovered = [(words[0].start, words[-1].end)] if words else []
    return Quality(
        evidence=evidence, matched=matched / n, within=within, covered=covered,
        uncovered_media=tuple(uncovered),
        unmatched_text=tuple(_unmatched(ev, heard, opts.min_unmatched_chars)),
        reasons=tuple(reasons))

