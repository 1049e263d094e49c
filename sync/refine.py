"""Refine the alignment's times on the audio: trim, snap, fill and reflow.

Whisper's word timestamps come from cross-attention and are good to a few tenths of a
second, but clause boundaries fall exactly where they are weakest: next to pauses. A
clause in the minutes starts after 、 or 。, where a speaker usually pauses, so its true
start is a speech onset. With the speech/silence found by :mod:`sync.voicing`, this
module trims pauses out of word spans, moves each clause boundary to the nearest onset
or offset within a small window, spreads untimed text over the speech in its gap, and
times the inside of a clause at a steady rate.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from .align import Alignment
from .asr import Word
from .reading import char_readings
from .text import CHAR_SECONDS, SENTENCE_END, SILENT, STAR, sentence_starts
from .voicing import FRAME, Voicing, longest_pause, model_speech, runs, speech_at


@dataclass(frozen=True)
class RefineOptions:
    enabled: bool = True
    start_back: float = 0.15     # a clause start looks this far back for an onset (further
                                 # back is usually a filler the minutes dropped)…
    start_ahead: float = 0.6     # …and this far ahead (Whisper starts words early)
    end_back: float = 0.6        # a clause end looks this far back for an offset…
    end_ahead: float = 0.35      # …and this far ahead
    max_jump: float = 1.5        # from inside a pause, look this far for the speech
    min_pause: float = 0.1       # a silence this long inside a word was absorbed by it
    head_speech: float = 0.15    # speech before such a silence that is the previous word's
    char_seconds: float = CHAR_SECONDS  # speaking time of one official character
    head_seconds: float = 1.0    # a sentence's untimed head this short, in a gap of unscripted
                                 # speech, was said just before its heard words
    spare_speech: float = 2.5    # a gap with this many times the speech its text needs is
                                 # shared with unscripted speech: the text keeps to its side…
    claim_pause: float = 0.5     # …but not across a pause this long
    silent_word: float = 0.3     # a word this long with no speech under it is misplaced
    word_base: float = 0.8       # longest plausible word: this…
    word_per_char: float = 0.3  # …plus this per character of its text
    unglue_pause: float = 1.0    # a sentence whose first words are glued to the previous
                                 # sentence's end and then cut off by a pause this long…
    unglue_within: float = 1.0   # …starting this soon after them, was said after that pause
    unglue_char: float = 0.08    # (seconds at least, per character of the opening moved)
    unglue_in_pause: float = 0.4  # an opening timed inside the pause itself moves only if it
                                  # takes no longer than this (else the voicing missed speech)
    within_clause: str = "chars" # inside a clause: "chars" / "kana" steady rate, or "asr" word times
    reflow_max_pause: float = 1.5  # a clause with a longer pause inside keeps its word times
    least_speech: float = 0.1    # a gap whose speech is under this share of what its text
                                 # needs holds no speech for it (a click, a breath): it is silent
    run_tail: float = 0.15       # a clause start this close to the end of a speech run that
                                 # began before it, with nothing timed in it, starts that run
    turn_pause: float = 0.5      # a turn's unheard opening sentences end this long before
                                 # its first heard words
    said_ratio: float = 60.0     # heard words in a gap that spell its untimed text this well
                                 # (rapidfuzz partial ratio of readings) were that text, misheard…
    unheard_run: float = 0.3     # …else speech no heard word covers, in runs this long, is where
                                 # it was said, when the gap is shared with unscripted speech
    heard_sure: float = 0.5      # (only words heard with this mean probability count)
    run_on: float = 0.3          # speech running on this far from a timed word into an
                                 # untimed gap is that word's (Whisper's word edges slip)
    own_pause: float = 0.3       # a clause opening, untimed, after unscripted speech and a pause
                                 # this long before its timed words, was said after the pause
    doubt_move: float = 0.5      # a clause start the audio moved further than this…
    doubt_kana: float = 0.3      # …or whose first characters last longer than this per kana
                                 # (a filler or pause absorbed) is not sure: its confidence
    doubt_confidence: float = 0.5  # is at most this; so is one whose first characters take
    doubt_rush: float = 0.04     # under this per kana (25 a second: twice the fastest speech)
    doubt_chars: int = 3         # sounding characters that make a clause's start
    late_pause: float = 0.2      # a slow clause opening with a pause this long inside it…
    late_kana: float = 0.05      # …starts after it, if the speech after leaves its kana this
                                 # much time each (what came before was noise or a filler)


def snap(t: float, edges: np.ndarray, lo: float, hi: float) -> float:
    """The edge nearest to ``t`` within [lo, hi], else ``t``."""
    a, b = np.searchsorted(edges, lo), np.searchsorted(edges, hi, side="right")
    if a >= b:
        return t
    cand = edges[a:b]
    return float(cand[np.argmin(np.abs(cand - t))])


def _snap_start(v: Voicing, t: float, lo: float, hi: float, opts: RefineOptions) -> float:
    """A clause start at ASR time ``t`` whose first character ends at ``hi``.

    Whisper gives the first word after a pause the pause too: it "starts" where the
    previous word ended. So if a pause begins after ``t`` and speech resumes before the
    character ends, the character starts there; from inside a pause, at the next onset;
    otherwise at the nearest onset.
    """
    k = int(np.searchsorted(v.onsets, t, side="right"))
    if k > 0 and lo <= v.onsets[k - 1] < t - opts.start_back and t <= v.offsets[k - 1] <= t + opts.run_tail:
        # the first word timed at the very end of a run of speech that holds nothing said
        # before it: Whisper put it late, glued to the speech after (なに！ said 562.7,
        # timed 563.56 right before こんな…): the clause started with that run
        return float(v.onsets[k - 1])
    while k < len(v.onsets) and v.onsets[k] <= hi:
        pause_from = v.offsets[k - 1] if k > 0 else 0.0
        if pause_from >= t - 0.05 and v.onsets[k] - pause_from >= opts.min_pause:
            return float(v.onsets[k])
        k += 1
    if not speech_at(v, t):
        k = int(np.searchsorted(v.onsets, t))
        if k < len(v.onsets) and v.onsets[k] <= min(hi + opts.start_back, t + opts.max_jump):
            return float(v.onsets[k])
    return snap(t, v.onsets, max(lo, t - opts.start_back), min(hi, t + opts.start_ahead))


def _snap_end(v: Voicing, t: float, lo: float, hi: float, opts: RefineOptions) -> float:
    """A clause end at ASR time ``t`` whose last character starts at ``lo``: the mirror
    image of :func:`_snap_start` (the last word before a pause swallows the pause)."""
    k = int(np.searchsorted(v.offsets, t, side="left")) - 1
    while k >= 0 and v.offsets[k] >= lo:
        pause_to = v.onsets[k + 1] if k + 1 < len(v.onsets) else float("inf")
        if pause_to <= t + 0.05 and pause_to - v.offsets[k] >= opts.min_pause:
            return float(v.offsets[k])
        k -= 1
    if not speech_at(v, t - FRAME):
        k = int(np.searchsorted(v.offsets, t, side="right")) - 1
        if k >= 0 and v.offsets[k] >= max(lo - opts.end_ahead, t - opts.max_jump):
            return float(v.offsets[k])
    return snap(t, v.offsets, max(lo, t - opts.end_back), min(hi, t + opts.end_ahead))


def refine(timing: Alignment, starts: list[int], v: Voicing,
           opts: RefineOptions = RefineOptions()) -> Alignment:
    """A copy of ``timing`` whose clause boundaries sit on speech onsets/offsets.

    ``starts`` are character indices where a clause begins (the end of the clause before
    is the character before it). A boundary never moves past the first (last) character
    of its clause, nor past the neighbouring clause. Times stay non-decreasing.
    """
    if not opts.enabled:
        return timing
    start, end = timing.start.copy(), timing.end.copy()
    for i in starts:
        if timing.evidence[i]:  # interpolated text stays interpolated
            lo = timing.end[i - 1] - 0.05 if i > 0 else 0.0
            start[i] = _snap_start(v, timing.start[i], lo, timing.end[i], opts)
        if i > 0 and timing.evidence[i - 1]:
            end[i - 1] = _snap_end(v, timing.end[i - 1], timing.start[i - 1],
                                   max(start[i], timing.end[i - 1]), opts)
    # keep the order: a boundary moved later pulls the characters after it along
    np.maximum.accumulate(start, out=start)
    np.maximum(end, start, out=end)
    return Alignment(start, end, timing.confidence, timing.evidence)


def unglue(timing: Alignment, text: str, v: Voicing, opts: RefineOptions = RefineOptions()
           ) -> Alignment:
    """Sentences whose first words Whisper put at the end of the previous sentence.

    After a long pause Whisper often times the first word of the next sentence right
    where the previous speech ended (seen: 今日 "said" 4 s early, glued to the last word
    before a 3.5 s silence, the rest of its sentence after it). A sentence whose first
    timed character starts with no gap after the text before it, with a pause of
    ``unglue_pause`` starting within ``unglue_within`` and its next timed character after
    that pause, was said after the pause: its opening is spread over the speech from the
    onset that ends the pause to that character, and counts as untimed.
    """
    if not opts.enabled:
        return timing
    start, end = timing.start.copy(), timing.end.copy()
    ev, conf = timing.evidence.copy(), timing.confidence.copy()
    timed = np.nonzero(ev)[0]
    for i in sentence_starts(text):
        if i == 0:
            continue
        p = int(np.searchsorted(timed, i))
        if p == 0 or p >= len(timed) or timed[p] - i > 3:
            continue
        k, before = int(timed[p]), int(timed[p - 1])
        m = int(np.searchsorted(v.offsets, start[k]))
        in_pause = False
        if m > 0:
            back = int(np.searchsorted(v.onsets, v.offsets[m - 1]))
            if back < len(v.onsets) and v.onsets[back] > start[k]:
                m -= 1  # the opening was put inside the pause itself
                in_pause = True
        if start[k] - end[before] > 0.1 and not in_pause:
            continue  # a pause before it: not glued
        if m >= len(v.offsets):
            continue
        pause_from = float(v.offsets[m])
        nxt = int(np.searchsorted(v.onsets, pause_from))
        if nxt >= len(v.onsets):
            continue
        pause_to = float(v.onsets[nxt])
        if pause_from - start[k] > opts.unglue_within or pause_to - pause_from < opts.unglue_pause:
            continue
        q = int(np.searchsorted(start[timed], pause_to - 0.05))
        if q >= len(timed):
            continue
        j = int(timed[q])
        if j - i > 40 or any(ch in SENTENCE_END for ch in text[i:j]):
            continue
        if in_pause and q > 0 and end[timed[q - 1]] - start[k] > opts.unglue_in_pause:
            continue  # words timed over much of the "pause": speech the voicing missed
        # the character after the opening may itself sit a little before the onset (a
        # forced alignment puts it there): the opening then starts at the onset all the same
        edges = np.linspace(pause_to, max(start[j], pause_to + opts.unglue_char * (j - i)), j - i + 1)
        start[i:j], end[i:j] = edges[:-1], edges[1:]
        ev[i:j] = False
        conf[i:j] = np.minimum(conf[i:j], 0.5)
    np.maximum.accumulate(start, out=start)
    np.maximum(end, start, out=end)
    return Alignment(start, end, conf, ev)


def trim_words(words: list[Word], v: Voicing, opts: RefineOptions = RefineOptions()) -> list[Word]:
    """Words whose spans lose the silence Whisper gave them.

    Whisper lets the first word after a pause start where the previous word ended, so
    the word "contains" the pause (and often the previous word's last syllable); the
    last word before a pause can run into it. A pause (offset→onset, at least
    ``min_pause``) inside a word is cut off at its head when the word starts in silence,
    right where the previous word ended, or only a syllable before the pause; at its
    tail when the word ends in silence. Words that lie wholly in silence are dropped.
    """
    if not opts.enabled:
        return words
    out = []
    prev_end = squeezed = -1.0
    for n, w in enumerate(words):
        s, e = w.start, w.end
        glued = abs(s - prev_end) < 0.03
        prev_end = w.end
        if e - s > opts.min_pause:
            # the first pause after the word's start, if it is long enough to count
            k = int(np.searchsorted(v.onsets, s, side="right"))
            while k < len(v.onsets) and v.onsets[k] < e - 0.02:
                po = v.offsets[k - 1] if k > 0 else 0.0
                if v.onsets[k] - po >= opts.min_pause:
                    if po <= s + 0.02 or glued or po - s <= opts.head_speech:
                        s = float(v.onsets[k])
                    break
                k += 1
            if not speech_at(v, e - FRAME):
                k = int(np.searchsorted(v.offsets, e, side="left")) - 1
                if k >= 0 and v.offsets[k] > s + 0.02:
                    e = float(v.offsets[k])
                    nxt = words[n + 1].start if n + 1 < len(words) else None
                    if glued and e - s <= opts.head_speech and e - s < w.end - e:
                        # Only the previous word's last syllable, then a pause past the
                        # word's end, and the next word after the pause: this word was
                        # said after the pause too (seen: それ of それでは put 3 s before
                        # it, at the end of ください).
                        s, e = _after_pause(v, e, nxt, s)
        # A word far longer than its text swallowed speech Whisper skipped (seen: one
        # kanji "lasting" 3 s over a whole clause). Its time says nothing: drop it, and
        # the official text there is spread over the gap it leaves.
        if e - s > opts.word_base + opts.word_per_char * len(w.text):
            squeezed = w.end
            continue
        # Whisper squeezes the words after such a word into no time at its end (seen:
        # なところ at 0 s after ろ "lasting" 13 s, the text said over those 13 s): their
        # time says nothing either.
        if w.end - w.start < FRAME and abs(w.start - squeezed) < FRAME:
            squeezed = w.end
            continue
        # A word of some length with no speech at all under it was put in a pause (seen:
        # 御 "said" right after the previous sentence, 4 s before the chair spoke): its
        # time is wrong, and the text it matches is better placed from the speech.
        if e - s >= opts.silent_word and not v.speech[int(s / FRAME):int(e / FRAME)].any():
            continue
        out.append(Word(s, e, w.text, w.probability) if (s, e) != (w.start, w.end) else w)
    return out


def _after_pause(v: Voicing, t: float, next_start: float | None, s: float) -> tuple[float, float]:
    """The span of a word that Whisper may have put before the pause that follows ``t``
    (its span so far ``[s, t]``): from the onset after the pause to the next word's
    start, if the next word starts after that onset; else it stays (the last word
    before the pause)."""
    k = int(np.searchsorted(v.onsets, t, side="right"))
    if k >= len(v.onsets) or next_start is None or v.onsets[k] >= next_start - FRAME:
        return s, t
    return float(v.onsets[k]), next_start


def _opening(i: int, stop: int, kana: np.ndarray, opts: RefineOptions) -> list[int]:
    """The first ``doubt_chars`` sounding characters from ``i`` (before ``stop``): what a
    clause's start is judged by."""
    return [c for c in range(i, min(stop, i + 4 * opts.doubt_chars)) if kana[c] > 0][:opts.doubt_chars]


def late_onsets(timing: Alignment, starts: list[int], kana: np.ndarray, v: Voicing,
                opts: RefineOptions = RefineOptions()) -> Alignment:
    """Clause starts moved past a sound the opening's first word swallowed.

    Whisper gives the first word of a clause whatever sounded before it: a cough, the
    gallery, a filler the minutes dropped. Its first characters then take far longer than
    their kana (the ``doubt`` test). If the speech inside that span breaks off for at
    least ``late_pause`` and resumes early enough to leave each kana of the opening
    ``late_kana`` seconds, the clause starts at the last such onset: the sound before it
    was not the clause's own words."""
    if not opts.enabled:
        return timing
    start, end = timing.start.copy(), timing.end.copy()
    bounds = list(starts) + [len(start)]
    for i, nxt in zip(bounds, bounds[1:]):
        if not timing.evidence[i]:
            continue
        # the opening's own characters only: a short clause (ああ？) ends before the pause
        head = _opening(i, nxt, kana, opts)
        if not head:
            continue
        n = float(kana[head].sum())
        t0, t1 = float(start[i]), float(end[head[-1]])
        if head[-1] + 1 < nxt:  # the opening has until the clause's next character starts
            t1 = max(t1, float(start[head[-1] + 1]))
        if t1 - t0 <= opts.doubt_kana * n + FRAME:
            continue
        k = int(np.searchsorted(v.onsets, t0, side="right"))
        best = None
        while k < len(v.onsets) and v.onsets[k] <= t1 - opts.late_kana * n:
            if k > 0 and v.onsets[k] - v.offsets[k - 1] >= opts.late_pause and v.offsets[k - 1] > t0:
                best = float(v.onsets[k])
            k += 1
        if best is None:
            continue
        j = head[-1] + 1
        edges = np.linspace(best, t1, j - i + 1)
        start[i:j], end[i:j] = edges[:-1], edges[1:]
    np.maximum.accumulate(start, out=start)
    np.maximum(end, start, out=end)
    return Alignment(start, end, timing.confidence, timing.evidence)


def reflow(timing: Alignment, starts: list[int], weights: np.ndarray, v: Voicing,
           opts: RefineOptions = RefineOptions()) -> Alignment:
    """Re-time the inside of each clause at a steady rate between its refined ends.

    Inside continuous speech Whisper's per-word times scatter by a few tenths of a
    second, more than a steady speaking rate does: measured on both evaluation corpora,
    a steady rate between the (refined) clause boundaries puts mid-clause caption starts
    closer to the truth than the per-word times (see README, "How alignment works").
    ``weights`` give each character's share of the clause (1 per character, or its kana
    count); a clause with an internal pause longer than ``reflow_max_pause`` keeps its
    per-word times, which then carry real information.
    """
    if not opts.enabled or opts.within_clause == "asr":
        return timing
    start, end = timing.start.copy(), timing.end.copy()
    bounds = list(starts) + [len(start)]
    for a, b in zip(bounds, bounds[1:]):
        if b - a < 3 or not (timing.evidence[a] and timing.evidence[b - 1]) or weights[a:b].min() < 0:
            continue  # untimed ends, or a ★ inside (its length is only known from the ASR)
        t0, t1 = float(start[a]), float(end[b - 1])
        if longest_pause(v, t0, t1) > opts.reflow_max_pause:
            continue
        cum = np.concatenate(([0.0], np.cumsum(weights[a:b])))
        if cum[-1] <= 0:
            continue
        edges = t0 + (t1 - t0) * cum / cum[-1]
        start[a:b], end[a:b] = edges[:-1], edges[1:]
    return Alignment(start, end, timing.confidence, timing.evidence)


def clause_weights(text: str, mode: str) -> np.ndarray:
    """Each character's share of its clause's duration: ``chars`` (every character but
    punctuation counts 1) or ``kana`` (its reading's length). A ★ is marked -1: the
    length of what it hides is unknown, so a clause holding one keeps its ASR times."""
    if mode == "kana":
        return np.array([-1.0 if ch == STAR else len(r) for ch, r in zip(text, char_readings(text))])
    return np.array([-1.0 if ch == STAR else 0.0 if ch in SILENT else 1.0 for ch in text])


# what a ★ hides is typically a word or two: its share of untimed text it sits in
STAR_SHARE = 4.0


def _claim(voiced: np.ndarray, weights: np.ndarray, i: int, j: int, opts: RefineOptions,
           unheard: Callable[[np.ndarray], np.ndarray | None] | None = None) -> np.ndarray:
    """The voiced frames a short untimed stretch [i, j) may use. When the gap holds far
    more speech than the stretch needs (unscripted speech, a misheard neighbour), the
    stretch keeps to the side it belongs to: a clause opening next to the evidence after
    it, a clause ending next to the evidence before it. ``unheard`` (see
    :func:`_unheard`) gives the gap's speech that no heard word covers, where the heard
    words do not spell the stretch — the transcription heard the unscripted speech and
    missed the stretch, so the stretch was said there, whichever side that is."""
    need = int(weights[i:j].sum() * opts.char_seconds / FRAME)
    have = np.nonzero(voiced)[0]
    if len(have) <= opts.spare_speech * need:
        return voiced
    opens = i == 0 or weights[i - 1] == 0           # after punctuation: a clause starts
    closes = weights[j - 1] == 0 and not opens      # ends with punctuation: a clause ends
    if not (opens or closes):
        return voiced
    unheard = unheard(voiced) if unheard is not None else None
    if unheard is not None and unheard.sum() >= need / 2:
        # seen: 早く片付けなさい！ missed by the transcription right after its sentence's
        # heard words, then a remark the minutes lack, heard: put after the remark, 11.8 s late
        have = np.nonzero(unheard)[0]       # …and in it, the side it belongs to, as below
    keep = have[-need:] if opens else have[:need]
    # …and to the speech next to it: not pieces gathered across a pause of ``claim_pause``
    # (seen: 一人でも, after a remark the minutes lack, a pause and a filler: its start took
    # the remark's last 0.1 s, 1.3 s early)
    pauses = (np.diff(keep) - 1) * FRAME
    cut = np.nonzero(pauses >= opts.claim_pause - 1e-9)[0]
    if len(cut):
        keep = keep[cut[-1] + 1:] if opens else keep[:cut[0] + 1]
    out = np.zeros_like(voiced)
    out[keep] = True
    return out


def fill_gaps(timing: Alignment, weights: np.ndarray, v: Voicing,
              opts: RefineOptions = RefineOptions(), opens: frozenset[int] = frozenset(),
              turns: frozenset[int] = frozenset(), text: str = "",
              words: Sequence[Word] = ()) -> Alignment:
    """Spread each stretch of text without evidence over the *speech* in its gap.

    Plain interpolation spreads such text (a short line the ASR missed, a misheard
    passage) evenly over the gap, pauses included, so a chair's two-word call between
    long pauses lands in the silence. Here the text follows the voiced frames only.
    A gap with no speech at all keeps the plain interpolation, except for text that
    opens a sentence (its index in ``opens``) before timed text of the same sentence:
    it was said just before that text, after the pause, at ``char_seconds`` a character
    and not before the onset that ends the pause (a sentence's first word dropped from a
    pause, 2 s early, seen on chamber audio); whole sentences before that opening, which
    nobody was heard saying, keep to the gap before it — unless they open a speaker's
    turn (its first character's index in ``turns``): a speaker starts after the chair's
    call and the walk to the rostrum, not when the last speaker stopped, so a turn's
    unheard opening sentences (a microphone switched on late, applause over them) end
    ``turn_pause`` before its first heard words. A gap whose speech is far too short for
    its text (``least_speech``: a click, a breath) counts as silent, and so is speech the
    voice-activity model did not hear (applause, a knock: only loud). With the official
    ``text`` and the transcription's ``words``, a gap shared with unscripted speech the
    transcription heard gives its untimed text the speech the transcription did not hear.
    """
    if not opts.enabled:
        return timing
    start, end = timing.start.copy(), timing.end.copy()
    ev, n = timing.evidence, len(start)
    weights = np.where(weights < 0, STAR_SHARE, weights)
    i = 0
    while i < n:
        if ev[i] or weights[i] == 0:
            i += 1
            continue
        j = i
        while j < n and not (ev[j] and weights[j] > 0):
            j += 1
        t0 = end[i - 1] if i > 0 else 0.0
        t1 = start[j] if j < n else float(end[n - 1])
        f0, f1 = int(t0 / FRAME), int(np.ceil(t1 / FRAME))
        gap_speech = model_speech(v, f0, f1)
        voiced = gap_speech.copy()
        # speech running on from the timed neighbours belongs to them, but only so far:
        # a long run into the next timed word is also the untimed text said before it
        # (seen: それでは、 unheard, its speech running on into 順に after no pause)
        inner = np.nonzero(~voiced)[0]
        run_on = int(opts.run_on / FRAME)
        if len(inner):
            voiced[:min(inner[0], run_on)] = False
            voiced[max(inner[-1] + 1, len(voiced) - run_on):] = False
        need = float(weights[i:j].sum()) * opts.char_seconds
        if j < n and (_after_unscripted(gap_speech, weights, i, j, need, opts)
                      or _head_among_unscripted(gap_speech, weights, ev, opens, i, j, need, opts)):
            _spread(start, end, weights, i, j, *_before(t0, t1, need, v, opts))
        elif f1 > f0 and voiced.sum() * FRAME >= opts.least_speech * need and need > 0:
            voiced = _claim(voiced, weights, i, j, opts,
                            (lambda g, i=i, j=j, f0=f0: _unheard(g, text[i:j], words, f0, opts)) if text else None)
            # cumulative voiced time → media time: a character starts on the frame where
            # its share of the speech begins and ends where that share is used up
            cum = np.concatenate(([0.0], np.cumsum(voiced)))
            share = np.concatenate(([0.0], np.cumsum(weights[i:j]))) / weights[i:j].sum() * cum[-1]
            first = np.searchsorted(cum, share[:-1], side="right") - 1
            last = np.searchsorted(cum, share[1:], side="left")
            start[i:j] = t0 + first * FRAME
            end[i:j] = t0 + last * FRAME
        elif j < n and (ts := _turn_opening(i, j, ev, weights, turns)) is not None:
            # a turn's opening, unheard: its sentences end just before its first heard words
            k = j if j in opens else _last_opening(ts, j, ev, weights, opens | turns)
            a, b = _before(t0, t1, opts.char_seconds * float(weights[k:j].sum()), v, opts) \
                if k < j else (t1, t1)
            _spread(start, end, weights, k, j, a, b)
            if k > ts:
                e = max(t0, a - opts.turn_pause)
                a = max(t0, e - opts.char_seconds * float(weights[ts:k].sum()))
                _spread(start, end, weights, ts, k, a, e)
            if ts > i:   # the last speaker's unheard end: right after their heard words
                _spread(start, end, weights, i, ts, t0,
                        min(a, t0 + opts.char_seconds * float(weights[i:ts].sum())))
        elif j < n and j not in opens and (k := _last_opening(i, j, ev, weights, opens)) is not None:
            a, b = _before(t0, t1, opts.char_seconds * float(weights[k:j].sum()), v, opts)
            _spread(start, end, weights, k, j, a, b)
            if k > i:   # whole sentences before it, unheard: they keep to the gap before it
                _spread(start, end, weights, i, k, t0, a)
        i = j
    np.maximum.accumulate(start, out=start)
    np.maximum(end, start, out=end)
    return Alignment(start, end, timing.confidence, timing.evidence)


def _unheard(voiced: np.ndarray, said: str, words: Sequence[Word], f0: int,
             opts: RefineOptions) -> np.ndarray | None:
    """The ``voiced`` frames (from frame ``f0``) that no heard word covers: the longest
    run of them (at least ``unheard_run`` of speech), or None when the heard words there
    spell ``said`` (misheard, not missed) or there are none."""
    t0, t1 = f0 * FRAME, (f0 + len(voiced)) * FRAME
    near = [w for w in words if w.end > t0 and w.start < t1]
    if not near or np.mean([w.probability for w in near]) < opts.heard_sure:
        return None          # words heard unsure in noise may be the text itself, misheard
    heard = "".join(r for w in near for r in char_readings(w.text))
    if fuzz.partial_ratio("".join(char_readings(said)), heard) >= opts.said_ratio:
        return None
    out = voiced.copy()
    pad = int(opts.run_on / FRAME)
    for w in near:
        out[max(0, int(w.start / FRAME) - f0 - pad):max(0, int(np.ceil(w.end / FRAME)) - f0 + pad)] = False
    # its runs, pauses under ``claim_pause`` bridged; the longest holds the stretch (the
    # others are the edges of heard words the transcription timed late or early)
    spans: list[list[int]] = []
    for a, b in zip(*runs(out)):
        if spans and (a - spans[-1][1]) * FRAME < opts.claim_pause:
            spans[-1][1] = b
        else:
            spans.append([a, b])
    if not spans:
        return None
    a, b = max(spans, key=lambda r: int(out[r[0]:r[1]].sum()))
    if int(out[a:b].sum()) * FRAME < opts.unheard_run:
        return None
    out[:a] = False
    out[b:] = False
    return out


def _before(t0: float, t1: float, need: float, v: Voicing, opts: RefineOptions) -> tuple[float, float]:
    """Where text that takes ``need`` seconds, said just before ``t1`` after a pause in
    the gap [t0, t1), was said: not in the silence, but in the speech that ends the gap —
    from the onset of the speech running at ``t1``, or where ``t1`` (a word Whisper starts
    early) is in a pause, the next onset within ``start_ahead`` (not an onset later in the
    next words: seen in noise, 政治不 put after its own next word, 1.4 s late)."""
    a = max(t0, t1 - need)
    on = int(np.searchsorted(v.onsets, t1, side="right")) - 1      # the last onset ≤ t1
    if not speech_at(v, t1) and on + 1 < len(v.onsets) and v.onsets[on + 1] <= t1 + opts.start_ahead:
        on += 1
    if on >= 0 and v.onsets[on] >= t0:
        a = max(a, float(v.onsets[on]))
    return a, max(a, t1)


def _after_unscripted(voiced: np.ndarray, weights: np.ndarray, i: int, j: int, need: float,
                      opts: RefineOptions) -> bool:
    """Whether the untimed stretch [i, j) opens a clause that runs on into the timed text
    at ``j`` and was said after the gap's speech: that speech is far more than the stretch
    needs (unscripted, a chair's remark the minutes lack) and a pause of at least
    ``own_pause`` separates it from the timed text. Its last frames are then not the
    stretch's (seen: 一 of 一人でも, unheard, put at the end of a remark 1.3 s early)."""
    if not (i == 0 or weights[i - 1] == 0) or weights[j - 1] == 0:
        return False
    have = np.nonzero(voiced)[0]
    if len(have) * FRAME <= opts.spare_speech * need:
        return False
    return (len(voiced) - 1 - have[-1]) * FRAME >= opts.own_pause


def _head_among_unscripted(voiced: np.ndarray, weights: np.ndarray, ev: np.ndarray, opens: frozenset[int],
                           i: int, j: int, need: float, opts: RefineOptions) -> bool:
    """Whether the untimed stretch [i, j) is the first word or two of a sentence whose
    rest is timed at ``j`` (お of おはようございます, its は… heard), in a gap with far more
    speech than it needs: speech the minutes lack (members greeting each other before the
    sitting). Said just before its sentence's heard words — not spread over that speech
    (seen: the chair's お put 68 s early, at the last murmur)."""
    if need > opts.head_seconds or j in opens or _last_opening(i, j, ev, weights, opens) != i:
        return False
    return float(np.count_nonzero(voiced)) * FRAME > opts.spare_speech * need and \
        np.count_nonzero(voiced) * FRAME > opts.head_seconds


def _turn_opening(i: int, j: int, ev: np.ndarray, weights: np.ndarray, turns: frozenset[int]
                  ) -> int | None:
    """Where the last turn that starts in the untimed stretch [i, j) starts (``i`` when
    the turn starts on the silent characters just before it), or None."""
    inside = [t for t in turns if i < t < j]
    if inside:
        return max(inside)
    k = i
    while k not in turns and k > 0 and weights[k - 1] == 0 and not ev[k - 1]:
        k -= 1
    return i if k in turns else None


def _last_opening(i: int, j: int, ev: np.ndarray, weights: np.ndarray, opens: frozenset[int]) -> int | None:
    """The last sentence opening in the untimed stretch [i, j) — counting, for ``i``, the
    silent characters (an opening 「 or （) just before it, which the stretch does not
    include — or None."""
    for k in range(j - 1, i, -1):
        if k in opens:
            return k
    k = i
    while k > 0 and weights[k - 1] == 0 and not ev[k - 1]:
        k -= 1
    return i if any(x in opens for x in range(k, i + 1)) else None


def _spread(start: np.ndarray, end: np.ndarray, weights: np.ndarray, i: int, j: int,
            t0: float, t1: float) -> None:
    """Characters [i, j) spread over [t0, t1) by their weights."""
    w = weights[i:j]
    edges = t0 + (t1 - t0) * np.concatenate(([0.0], np.cumsum(w))) / max(float(w.sum()), 1e-9)
    start[i:j], end[i:j] = edges[:-1], edges[1:]


def doubt(aligned: Alignment, timing: Alignment, starts: list[int], kana: np.ndarray,
          opts: RefineOptions = RefineOptions()) -> Alignment:
    """``timing`` with the confidence of unsure clause starts lowered.

    A clause start is what a caption's time is judged by, so its confidence must say
    when it is a guess: when the refinements on the audio moved it far from where the
    alignment (``aligned``) put it, or when the ASR gave its first characters far more
    time than their ``kana`` take (Whisper gives a word the filler or pause before it:
    its start is then anywhere in that span), or far less time than anyone takes to say
    them (text squeezed into the end of the speech before a pause, where it was not said:
    a chair's 総務部長。 0.18 s long, 2.5 s before it was said, on a recording drowned in
    rumble). Untimed starts already have a low one.
    """
    conf = timing.confidence.copy()
    for i in starts:
        head = _opening(i, len(kana), kana, opts)
        if not head:
            continue
        moved = abs(float(timing.start[head[0]]) - float(aligned.start[head[0]])) > opts.doubt_move
        span = float(aligned.end[head[-1]] - aligned.start[head[0]])
        slow = span > opts.doubt_kana * float(kana[head].sum()) + FRAME
        # timed faster than anyone speaks: text squeezed where it was not said
        rushed = float(timing.end[head[-1]] - timing.start[head[0]]) < opts.doubt_rush * float(kana[head].sum())
        if moved or slow or rushed:
            conf[i:head[-1] + 1] = np.minimum(conf[i:head[-1] + 1], opts.doubt_confidence)
    return Alignment(timing.start, timing.end, conf, timing.evidence)


def end_before_pauses(timing: Alignment, text: str, v: Voicing, pause: float = 1.0,
                      notes: frozenset[int] = frozenset()) -> Alignment:
    """No character is said across a pause of ``pause`` seconds or more that opens after it
    starts: its end is where its speech stops (trial 139: the chair's 「市長。」 said in
    0.9 s, the gallery's murmur eight seconds later heard as its last kana, stayed on screen
    through the walk to the rostrum). The punctuation after it ends there too. A ★ keeps
    its span: it stands for words, and words have pauses between them. Nor does a character
    a sound note follows (``notes``: the places in ``text`` notes stand at, （発言する者あり）):
    what it was stretched over may be that sound, which the note's caption is timed by."""
    starts, ends = timing.start.copy(), timing.end.copy()
    on, off = np.asarray(v.onsets, dtype=float), np.asarray(v.offsets, dtype=float)
    if not len(off):
        return timing
    i = 0
    while i < len(text):
        s, e = float(starts[i]), float(ends[i])
        if text[i] == STAR or text[i] in SILENT or e - s < pause:
            i += 1
            continue
        # the first speech run ending after the character starts, and the pause after it
        k = int(np.searchsorted(off, s, side="right"))
        if k >= len(off) or on[k] > s:
            i += 1             # (it starts in a pause: where it was said is not known here)
            continue
        stop = float(off[k])
        resume = float(on[k + 1]) if k + 1 < len(on) else float("inf")
        if resume - stop < pause or e - stop < pause:
            i += 1
            continue
        j = i + 1
        while j < len(text) and text[j] in SILENT and starts[j] >= stop:
            j += 1             # (its 。)
        if any(i < p <= j for p in notes):
            i = j
            continue
        ends[i] = round(stop, 3)
        starts[i + 1:j] = ends[i + 1:j] = round(stop, 3)
        i = j
    if np.array_equal(ends, timing.end) and np.array_equal(starts, timing.start):
        return timing
    return Alignment(starts, ends, timing.confidence, timing.evidence)
