"""Align the official text to the ASR words: every official character gets a time.

The official text is what viewers read; ASR only says *when* things were said. Both are
turned into kana readings (:mod:`sync.reading`) so that spelling differences (三 / 3,
順次 / 准理) do not break the match, then aligned in one global, monotonic pass over the
whole session (a longest-common-subsequence alignment, bit-parallel in rapidfuzz). One global pass cannot "lose the thread" the way a sequential forced
aligner does after one bad stretch; a bad stretch stays local.

Matches are then filtered: a run of identical kana is evidence only when it is long
enough, or short but squeezed between solid anchors. Characters with evidence take the
time of their kana in the ASR words; the rest (sentences never spoken, ★, misheard stretches)
are interpolated between their neighbours and get a low confidence.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from rapidfuzz.distance import Indel

from .asr import Word
from .text import OPENING, STAR, sentence_starts
from .reading import char_readings


@dataclass(frozen=True)
class AlignOptions:
    anchor_kana: int = 3        # a run of at least this many equal kana is an anchor
    short_gap_kana: int = 24    # shorter runs count only inside gaps this small (both sides)
    soft_max_kana: int = 6      # replace blocks up to this size map position by position
    extra_ratio: float = 1.8    # ASR kana this many times the text's between two anchors: the
                                # short runs there are coincidences in speech the minutes lack
    kana_seconds: float = 0.085 # typical duration of one kana in speech (for extrapolation)
    locate_ratio: float = 1.5   # ASR this many times longer than the minutes: locate them first
    locate_margin: int = 300    # kana of ASR kept around the located stretch
    locate_kgram: int = 6       # kana in the k-grams that locate the minutes
    locate_text_ratio: float = 2.5   # minutes this many times longer than the ASR (a day's
                                     # minutes, one member's clip): locate the clip in them…
    locate_text_margin: int = 150    # kana of the minutes kept around the located clip
    locate_stray: float = 0.02       # hits at each edge of the located stretch passed over
    locate_text_share: float = 0.8   # …where this share of the ASR's k-grams found in them
                                     # falls in one stretch (not where the ASR heard little
                                     # of a whole session: its hits are spread over it)
    airing_share: float = 0.3   # this share of the minutes' k-grams heard twice, the same
                                # distance apart: the recording holds the session twice
    isolated_kana: int = 6      # a run shorter than this…
    isolated_room: int = 72     # …with more unmatched kana than this on both sides (in either
                                # text) is chance, not evidence (see _isolated_dropped)
    call_pause: float = 0.2     # a short sentence (a chair's call) matched inside speech with
                                # less pause than this on both sides, in a long stretch the
                                # minutes lack, is chance (see _embedded_dropped)


@dataclass(frozen=True)
class Alignment:
    """Per official character: start, end (seconds) and confidence in [0, 1]."""

    start: np.ndarray
    end: np.ndarray
    confidence: np.ndarray
    evidence: np.ndarray        # bool: the time comes from matched speech, not interpolation

    def span(self, a: int, b: int) -> tuple[float, float]:
        """Start of char ``a`` and end of char ``b - 1``."""
        return float(self.start[a]), float(self.end[b - 1])


@dataclass(frozen=True)
class _Kana:
    """A text as a kana string with, per kana, its owning char and position in it."""

    kana: str
    owner: np.ndarray   # kana index -> char index
    first: np.ndarray   # char index -> index of its first kana (or next char's)
    count: np.ndarray   # char index -> number of kana


def _kana_of(text: str) -> _Kana:
    readings = char_readings(text)
    count = np.fromiter((len(r) for r in readings), dtype=np.int64, count=len(readings))
    first = np.concatenate(([0], np.cumsum(count)[:-1])) if len(count) else np.zeros(0, np.int64)
    owner = np.repeat(np.arange(len(readings)), count)
    return _Kana("".join(readings), owner, first, count)


def asr_kana_times(words: Sequence[Word]) -> tuple[str, np.ndarray, np.ndarray]:
    """ASR kana string with each kana's start and end, spreading a word over its kana."""
    text = "".join(w.text for w in words)
    k = _kana_of(text)
    starts = np.empty(len(k.kana))
    ends = np.empty(len(k.kana))
    pos = 0
    for w in words:
        n_chars = len(w.text)
        a = k.first[pos] if pos < len(k.first) else len(k.kana)
        n = int(k.count[pos:pos + n_chars].sum())
        if n:
            edges = np.linspace(w.start, w.end, n + 1)
            starts[a:a + n] = edges[:-1]
            ends[a:a + n] = edges[1:]
        pos += n_chars
    return k.kana, starts, ends


_SHORT_RUN = 3   # runs shorter than this (kana) need their neighbours' support
_FAR = 4         # kana of ASR between a short run and the run it continues: too far


_TWICE_RUN = 12          # kana: a run this long heard twice word for word (see _heard_twice)
_SOLID_RUN = 8     # runs this long (kana) are never coincidences
_MAX_REMATCH = 1000  # kana on either side of a gap re-matched longest-block-first


_CHUNK_CELLS = 4e7   # an LCS over more cells than this (o × a kana) is cut between anchors
_ANCHOR_GRAM = 12    # kana in the k-grams that anchor the cuts


def _anchors(o: str, a: str, k: int = _ANCHOR_GRAM, cells: float = _CHUNK_CELLS) -> list[tuple[int, int]]:
    """Pairs (i, j): a k-gram that occurs once in ``o`` at i and once in ``a`` at j,
    kept as the longest chain increasing in both (so they can all be true at once).

    Where that chain leaves a stretch of more than ``cells`` (o × a kana) between two
    anchors — a session that says a long passage again (a bill read out twice, a vote
    repeated; a benchmark that joins the same sessions), whose k-grams seldom occur once —,
    the stretch is anchored by the k-grams it holds at most :data:`_ANCHOR_REPEAT` times in
    each: every pairing of their places, again the longest chain increasing in both (the
    passage said first pairs with its first airing: the chain that crosses over is shorter).
    A stretch still that big — a text said more often than that, as a benchmark that joins
    the same sessions eight times — is anchored by every k-gram, each place paired with the
    airing where it is expected (:func:`_expected_anchors`), twice: the second time between
    the anchors the first found."""
    def once(s: str) -> dict[str, int]:
        seen: dict[str, int] = {}
        for i in range(len(s) - k + 1):
            g = s[i:i + k]
            seen[g] = -1 if g in seen else i
        return seen

    so, sa = once(o), once(a)
    chain = _increasing(sorted((i, sa[g]) for g, i in so.items() if i >= 0 and sa.get(g, -1) >= 0))
    return _filled(o, a, (-1, -1), (len(o), len(a)), chain, k, cells,
                   (_repeated_anchors, _expected_anchors, _expected_anchors))


def _filled(o: str, a: str, after: tuple[int, int], before: tuple[int, int],
            found: list[tuple[int, int]], k: int, cells: float, finders: Sequence) -> list[tuple[int, int]]:
    """``found`` (anchors strictly between ``after`` and ``before``, in order) with every
    stretch they leave of more than ``cells`` anchored by the first of ``finders``, and the
    stretches those leave by the next (each finds more anchors than the one before it,
    less surely: the chain in order keeps the right ones)."""
    out: list[tuple[int, int]] = []
    last = after
    for p in found + [before]:
        if finders and (p[0] - last[0]) * (p[1] - last[1]) > cells:
            out += _filled(o, a, last, p, finders[0](o, a, last, p, k), k, cells, finders[1:])
        if p != before:
            out.append(p)
        last = p
    return out


_ANCHOR_REPEAT = 4   # (see _anchors) a k-gram said more often pairs too many ways
_NEARER = 2.0        # (see _expected_anchors) how much nearer the place taken than the next


def _expected_anchors(o: str, a: str, after: tuple[int, int], before: tuple[int, int],
                      k: int) -> list[tuple[int, int]]:
    """Anchors strictly between the anchors ``after`` and ``before`` from k-grams however
    often they occur (a session that says everything eight times: no k-gram is found once,
    or a few times): each place in ``o`` pairs with the place of its k-gram in ``a`` nearest
    to where the straight line between the two anchors puts it, when the next nearest is
    :data:`_NEARER` times as far (the airing said there, not one of the others), and the
    longest chain of those in order is kept (the line's errors fall out of it)."""
    lo_o, hi_o, lo_a, hi_a = after[0] + 1, before[0], after[1] + 1, before[1]
    at = _places(a, lo_a, hi_a, k)
    slope = (hi_a - lo_a) / max(1, hi_o - lo_o)
    pairs = []
    for x in range(lo_o, hi_o - k + 1):
        js = at.get(o[x:x + k])
        if not js:
            continue
        e = lo_a + (x - lo_o) * slope
        n = bisect_left(js, e)
        near = sorted(js[max(0, n - 2):n + 2], key=lambda y: abs(y - e))
        if len(near) == 1 or abs(near[1] - e) >= _NEARER * abs(near[0] - e) + k:
            pairs.append((x, near[0]))
    return _increasing(pairs)


def _repeated_anchors(o: str, a: str, after: tuple[int, int], before: tuple[int, int],
                      k: int) -> list[tuple[int, int]]:
    """Anchors strictly between the anchors ``after`` and ``before`` from k-grams that occur
    in both stretches, at most :data:`_ANCHOR_REPEAT` times in each (see :func:`_anchors`)."""
    po, pa = _places(o, after[0] + 1, before[0], k), _places(a, after[1] + 1, before[1], k)
    pairs = [(i, j) for g, its in po.items() if len(its) <= _ANCHOR_REPEAT
             and len(js := pa.get(g, ())) <= _ANCHOR_REPEAT for i in its for j in js]
    # (the same i with several j: the larger first, so no two of them chain)
    return _increasing(sorted(pairs, key=lambda p: (p[0], -p[1])))


def _places(s: str, lo: int, hi: int, k: int) -> dict[str, list[int]]:
    """Each k-gram of ``s[lo:hi]`` and where it starts, in order."""
    at: dict[str, list[int]] = {}
    for x in range(lo, hi - k + 1):
        at.setdefault(s[x:x + k], []).append(x)
    return at


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of ``pairs`` (sorted by i) whose j increase too (patience sorting
    with back-pointers)."""
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[pos], tail_at[pos] = j, n
        back[n] = tail_at[pos - 1] if pos else -1
    chain, n = [], (tail_at[-1] if tail_at else -1)
    while n >= 0:
        chain.append(pairs[n])
        n = back[n]
    return chain[::-1]


def _equal_runs(o: str, a: str, cells: float = _CHUNK_CELLS) -> list[list[int]]:
    """The equal runs [i1, i2, j1, j2] of an LCS of ``o`` and ``a``.

    The back-tracking of one LCS over a whole session needs memory in the product of the
    lengths (about 0.8 GB at 3 hours). Past ``cells`` the alignment is cut between
    anchors (unique k-grams of both, in order) into pieces of about ``cells`` each, cut
    in the middle of an anchor, so memory stays linear in the session's length."""
    if len(o) * len(a) <= cells:
        return [[op.src_start, op.src_end, op.dest_start, op.dest_end]
                for op in Indel.opcodes(o, a) if op.tag == "equal"]
    step = max(1000, int((cells * len(o) / max(1, len(a))) ** 0.5))  # o-kana per piece
    half = _ANCHOR_GRAM // 2
    cuts = [(0, 0)]
    for i, j in _anchors(o, a, cells=cells):
        if i + half - cuts[-1][0] >= step and j + half > cuts[-1][1]:
            cuts.append((i + half, j + half))
    cuts.append((len(o), len(a)))
    runs: list[list[int]] = []
    for (i0, j0), (i1, j1) in zip(cuts, cuts[1:]):
        for op in Indel.opcodes(o[i0:i1], a[j0:j1]):
            if op.tag != "equal":
                continue
            r = [i0 + op.src_start, i0 + op.src_end, j0 + op.dest_start, j0 + op.dest_end]
            if runs and runs[-1][1] == r[0] and runs[-1][3] == r[2]:
                runs[-1][1], runs[-1][3] = r[1], r[3]  # one run across a cut
            else:
                runs.append(r)
    return runs


def _rematch_gaps(o: str, a: str, runs: list[list[int]]) -> list[list[int]]:
    """Re-match the stretches between solid runs longest-block-first.

    Between two solid runs an LCS may pick any of several equally long matchings, e.g.
    three scattered kana of an unspoken sentence instead of the four contiguous kana of
    the misheard clause after it. Taking the longest common block first (difflib's
    rule) prefers contiguous matches; inside a gap bounded by solid runs it cannot jump
    to a wrong copy far away, which is what makes it unsafe on the whole session.
    """
    from difflib import SequenceMatcher

    solid = [r for r in runs if r[1] - r[0] >= _SOLID_RUN]
    bounds = [[0, 0, 0, 0]] + solid + [[len(o), len(o), len(a), len(a)]]
    out: list[list[int]] = []
    for left, right in zip(bounds, bounds[1:]):
        oi, oj, ai, aj = left[1], right[0], left[3], right[2]
        if oj - oi <= _MAX_REMATCH and aj - ai <= _MAX_REMATCH:
            sm = SequenceMatcher(None, o[oi:oj], a[ai:aj], autojunk=False)
            out += [[oi + b.a, oi + b.a + b.size, ai + b.b, ai + b.b + b.size]
                    for b in sm.get_matching_blocks() if b.size]
        else:
            out += [r for r in runs if oi <= r[0] and r[1] <= oj and ai <= r[2] and r[3] <= aj]
        if right[1] > right[0]:
            out.append(list(right))
    return out


def _heard_twice(runs: list[list[int]], a: str, least: int = _TWICE_RUN) -> list[list[int]]:
    """``runs`` with each long run (``least`` kana: a formula, ただいまから本日の会議を開きます)
    that the recording holds word for word once more, between the long runs around it,
    moved to the copy that stands nearer to them — the recording's other sitting opened the
    same way (an LCS takes the first copy; the text after it then jumps far ahead). Runs
    that the move leaves out of order are dropped (their text is timed by the speech
    around it). ``runs`` itself when nothing moves."""
    longs = [k for k, r in enumerate(runs) if r[1] - r[0] >= least]
    out = [list(r) for r in runs]
    changed = False
    for n_, k in enumerate(longs):
        i1, i2, j1, j2 = out[k]
        size = i2 - i1
        prev = out[longs[n_ - 1]] if n_ else None
        nxt = out[longs[n_ + 1]] if n_ + 1 < len(longs) else None

        def cost(j: int) -> int:
            return (j - prev[3] if prev else 0) + (nxt[2] - j - size if nxt else 0)

        lo, hi = prev[3] if prev else 0, nxt[2] if nxt else len(a)
        best, at = j1, a.find(a[j1:j2], lo, hi)
        while at >= 0:
            if at != j1 and cost(at) < 0.5 * cost(best):
                best = at
            at = a.find(a[j1:j2], at + 1, hi)
        if best != j1:
            out[k] = [i1, i2, best, best + size]
            changed = True
    if not changed:
        return runs
    # keep the long runs; a shorter one only where it stays between its long neighbours
    kept: list[list[int]] = []
    bounds = [out[k] for k in longs]
    ends, starts = [b[1] for b in bounds], [b[0] for b in bounds]
    for r in out:
        if r[1] - r[0] >= least:
            kept.append(r)
            continue
        k = bisect_right(ends, r[0])            # the long runs that end before it: bounds[:k]
        after = bisect_left(starts, r[1])       # the first that starts after it
        if (not k or bounds[k - 1][3] <= r[2]) and (after == len(bounds) or r[3] <= bounds[after][2]) \
                and (not kept or kept[-1][3] <= r[2]):
            kept.append(r)
    return kept


def _lcs_runs(o: str, a: str, breaks: frozenset[int] = frozenset()) -> list[list[int]]:
    """Equal runs [i1, i2, j1, j2] of an LCS alignment, with ties broken towards
    contiguity.

    An LCS is indifferent to *which* of several equal-length matchings it returns: after
    "…お願いいたします" followed by unscripted "確認をいたします", it may match the official
    "いたします" to the second one. When a run can equally sit right after the previous
    run (closing the gap on one side), it is moved there: text that is contiguous in the
    minutes was most likely said contiguously. Speech the minutes lack comes between
    their sentences, not inside a word: a short run that could open the next sentence
    (``breaks``: official kana that start one) glued to the one after it is, even when
    it is also glued to the end of the sentence before.
    """
    runs = _rematch_gaps(o, a, _equal_runs(o, a))
    moved = _heard_twice(runs, a)
    if moved is not runs:
        runs = _rematch_gaps(o, a, moved)
    if breaks:  # a run across a sentence boundary is two runs, each free to move
        cut = sorted(breaks)
        split = []
        for i1, i2, j1, j2 in runs:
            for b in cut[bisect_right(cut, i1):bisect_left(cut, i2)]:
                split.append([i1, b, j1, j1 + b - i1])
                i1, j1 = b, j1 + b - i1
            split.append([i1, i2, j1, j2])
        runs = split

    def glued(x: list[int], y: list[int]) -> bool:
        return x[1] == y[0] and x[3] == y[2]

    # first glue runs to the run after them, then (if still loose) to the one before
    for k in range(len(runs) - 2, -1, -1):
        i1, i2, j1, j2 = runs[k]
        nxt = runs[k + 1]
        n = i2 - i1
        opens = i1 in breaks and n < _SHORT_RUN and i2 == nxt[0]
        if k > 0 and glued(runs[k - 1], runs[k]) and not opens:
            continue
        if i2 == nxt[0] and j2 < nxt[2] and a[nxt[2] - n:nxt[2]] == o[i1:i2]:
            runs[k] = [i1, i2, nxt[2] - n, nxt[2]]      # extra speech before, not inside
        elif j2 == nxt[2] and i2 < nxt[0] and o[nxt[0] - n:nxt[0]] == a[j1:j2]:
            runs[k] = [nxt[0] - n, nxt[0], j1, j2]      # unspoken text before, not inside
    for k in range(1, len(runs)):
        prev, (i1, i2, j1, j2) = runs[k - 1], runs[k]
        n = i2 - i1
        if glued(prev, runs[k]) or (k + 1 < len(runs) and glued(runs[k], runs[k + 1])):
            continue
        if i1 == prev[1] and j1 > prev[3] and a[prev[3]:prev[3] + n] == o[i1:i2]:
            runs[k] = [i1, i2, prev[3], prev[3] + n]    # extra speech after, not inside
        elif j1 == prev[3] and i1 > prev[1] and o[prev[1]:prev[1] + n] == a[j1:j2]:
            runs[k] = [prev[1], prev[1] + n, j1, j2]    # unspoken text after, not inside
    # A short run that the minutes join to a neighbouring run but the ASR puts far from
    # it (開波 read ヒラキハ, so 会派's カ and イ matched inside unscripted speech) is a
    # coincidence, not evidence.
    keep = []
    for k, r in enumerate(runs):
        n = r[1] - r[0]
        if n < _SHORT_RUN:
            nb = [x for x in (runs[k - 1] if k else None, runs[k + 1] if k + 1 < len(runs) else None)
                  if x is not None and x[1] - x[0] >= _SHORT_RUN]
            if not any(glued(x, r) or glued(r, x) for x in nb) and any(
                    (x[1] == r[0] and r[2] - x[3] > _FAR) or (r[1] == x[0] and x[2] - r[3] > _FAR)
                    for x in nb):
                continue
        keep.append(r)
    return keep


def _blocks(o: str, a: str, breaks: frozenset[int] = frozenset()) -> list[tuple[str, int, int, int, int]]:
    """Equal runs and the gaps between them, as (tag, i1, i2, j1, j2).

    The edit script is an LCS (insertions and deletions only): a Levenshtein script
    would rather *substitute* an unspoken sentence against nearby extra speech than skip
    both, smearing the text over the wrong stretch.
    """
    out: list[tuple[str, int, int, int, int]] = []
    pi, pj = 0, 0
    for i1, i2, j1, j2 in _lcs_runs(o, a, breaks):
        if i1 > pi or j1 > pj:
            out.append(("gap", pi, i1, pj, j1))
        out.append(("equal", i1, i2, j1, j2))
        pi, pj = i2, j2
    if pi < len(o) or pj < len(a):
        out.append(("gap", pi, len(o), pj, len(a)))
    return out


def _matches(o: str, a: str, opts: AlignOptions, breaks: frozenset[int] = frozenset(),
             stars: tuple[int, ...] = (), pauses: tuple[np.ndarray, np.ndarray] | None = None
             ) -> tuple[np.ndarray, np.ndarray]:
    """For each official kana: the ASR kana it matches (-1: none) and its weight.
    ``stars``: official kana positions where a ★ hides words (the ASR heard them);
    ``pauses``: the silence before and after each ASR kana (seconds), where known."""
    match = np.full(len(o), -1, dtype=np.int64)
    weight = np.zeros(len(o))
    blocks = _isolated_dropped(_blocks(o, a, breaks), opts)
    calls: list[tuple[int, int, int, int]] = []
    if pauses is not None:
        blocks, calls = _embedded_dropped(blocks, len(o), breaks, pauses, opts)
    anchors = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in blocks
               if tag == "equal" and i2 - i1 >= opts.anchor_kana]
    # room between consecutive anchors, to judge short runs and gaps by it
    bounds_o = np.array([0] + [x for b in anchors for x in (b[0], b[1])] + [len(o)])
    bounds_a = np.array([0] + [x for b in anchors for x in (b[2], b[3])] + [len(a)])
    room_o = bounds_o[1::2] - bounds_o[0::2]
    room_a = bounds_a[1::2] - bounds_a[0::2]
    room_starts = bounds_o[0::2]
    starred = np.zeros(len(room_o), dtype=bool)
    for k in stars:
        starred[max(0, int(np.searchsorted(room_starts, k, side="right")) - 1)] = True
    # a sentence's first kana, right before the anchor that continues it, are part of it
    anchor_starts = {(b[0], b[2]) for b in anchors}
    for tag, i1, i2, j1, j2 in blocks:
        n = i2 - i1
        if tag == "equal" and n >= opts.anchor_kana:
            match[i1:i2] = np.arange(j1, j2)
            weight[i1:i2] = 1.0
            continue
        g = max(0, int(np.searchsorted(room_starts, i1, side="right")) - 1)
        continues = tag == "equal" and i1 in breaks and (i2, j2) in anchor_starts
        if (room_o[g] > opts.short_gap_kana or room_a[g] > opts.short_gap_kana) and not continues:
            continue  # a short coincidence inside a long unmatched stretch: not evidence
        if room_a[g] >= opts.extra_ratio * max(room_o[g], 4) and not continues and not starred[g]:
            continue  # …or inside far more speech than text: speech the minutes lack
                      # (ただいまの件について確認をいたします around an unheard 御異議ないと認めます)
        if tag == "equal":
            match[i1:i2] = np.arange(j1, j2)
            weight[i1:i2] = 0.8
        elif 0 < n <= opts.soft_max_kana and 0 < j2 - j1 <= opts.soft_max_kana:
            # a misheard word of about the same length: position by position
            match[i1:i2] = j1 + (np.arange(n) * (j2 - j1)) // n
            weight[i1:i2] = 0.4
    floor = 0
    for i1, i2, lo, hi in sorted(calls):
        # the call itself, heard on its own between pauses (and maybe in part: 市 lost, 聴);
        # two calls in one stretch are found in their order
        for oi, aj in _said_apart(o[i1:i2], a, max(lo, floor), hi, pauses, opts):
            if match[i1 + oi] < 0:
                match[i1 + oi], weight[i1 + oi] = aj, 0.6
                floor = aj + 1
    return match, weight


def _said_apart(sentence: str, a: str, lo: int, hi: int, pauses: tuple[np.ndarray, np.ndarray],
                opts: AlignOptions, apart: float = 0.5, least: float = 0.7) -> list[tuple[int, int]]:
    """(kana of ``sentence``, heard kana) pairs of the one utterance in ``a[lo:hi]`` heard
    with ``apart`` seconds of silence before and after it that reads like ``sentence``
    (Indel similarity ≥ ``least``); none if no utterance or several do."""
    before, after = pauses
    found = []
    j = lo
    while j < hi:
        if before[j] >= apart:
            e = j
            while e < hi - 1 and after[e] < apart:
                e += 1
            if after[e] >= apart and e + 1 - j <= len(sentence) + 2 \
                    and Indel.normalized_similarity(sentence, a[j:e + 1]) >= least:
                found.append((j, e + 1))
            j = e + 1
        else:
            j += 1
    if len(found) != 1:
        return []
    j1, j2 = found[0]
    pairs = []
    for op in Indel.opcodes(sentence, a[j1:j2]):
        if op.tag == "equal":
            pairs += [(op.src_start + k, j1 + op.dest_start + k) for k in range(op.src_end - op.src_start)]
    return pairs


def _isolated_dropped(blocks: list[tuple[str, int, int, int, int]], opts: AlignOptions
                      ) -> list[tuple[str, int, int, int, int]]:
    """``blocks`` with a short equal run far from any other on both sides made a gap: in
    speech the transcription garbled for a minute (a chamber's echo and noise), 不良 or
    長期 matched by chance 30 s and 60 s from where they were said, and the unheard text
    around them was squeezed towards them. A word or two the transcription got right
    inside so long a garble is more likely chance than evidence; the text there is timed
    by the speech around it instead."""
    runs = [k for k, b in enumerate(blocks) if b[0] == "equal" and b[2] - b[1] >= opts.anchor_kana]
    drop = set()
    for n, k in enumerate(runs):
        _, i1, i2, j1, j2 = blocks[k]
        if i2 - i1 >= opts.isolated_kana:
            continue
        before = blocks[runs[n - 1]] if n else None
        after = blocks[runs[n + 1]] if n + 1 < len(runs) else None
        far_before = before is None or i1 - before[2] > opts.isolated_room or j1 - before[4] > opts.isolated_room
        far_after = after is None or after[1] - i2 > opts.isolated_room or after[3] - j2 > opts.isolated_room
        if far_before and far_after and (before is not None or after is not None):
            drop.add(k)
    return _as_gaps(blocks, drop)


def _as_gaps(blocks: list[tuple[str, int, int, int, int]], drop: set[int]
             ) -> list[tuple[str, int, int, int, int]]:
    """``blocks`` with those at the indices ``drop`` made gaps, merged with the gaps beside them."""
    if not drop:
        return blocks
    out: list[tuple[str, int, int, int, int]] = []
    for k, b in enumerate(blocks):
        b = ("gap", *b[1:]) if k in drop else b
        if out and out[-1][0] == "gap" and b[0] == "gap":
            out[-1] = ("gap", out[-1][1], b[2], out[-1][3], b[4])     # one gap
        else:
            out.append(b)
    return out


def _embedded_dropped(blocks: list[tuple[str, int, int, int, int]], n_o: int, breaks: frozenset[int],
                      pauses: tuple[np.ndarray, np.ndarray], opts: AlignOptions
                      ) -> tuple[list[tuple[str, int, int, int, int]], list[tuple[int, int, int, int]]]:
    """``blocks`` with a whole short sentence (a chair's call, 市長。) made a gap where it
    matched a word inside running speech — no pause before it nor after — amid a long
    stretch of speech the minutes lack: a member's withdrawn remark that named the mayor
    (…さっきの市長の態度は…) took the chair's 市長。 17 s before it was said. A call stands
    apart from the speech around it; this match is chance, and the sentence is timed by
    the speech and silence around it instead — or by the call heard on its own there
    (:func:`_said_apart`). Also returns each dropped sentence's kana and the heard room
    around it: (i1, i2, lo, hi)."""
    before, after = pauses
    drop, calls = set(), []
    equal = [k for k, b in enumerate(blocks) if b[0] == "equal"]
    for n, k in enumerate(equal):
        _, i1, i2, j1, j2 = blocks[k]
        if i2 - i1 >= opts.isolated_kana or i1 not in breaks or not (i2 in breaks or i2 == n_o):
            continue
        lo = blocks[equal[n - 1]][4] if n else 0
        hi = blocks[equal[n + 1]][3] if n + 1 < len(equal) else len(before)
        if (hi - lo) - (j2 - j1) <= opts.short_gap_kana:
            continue          # no long stretch of unminuted speech around it
        if before[j1] < opts.call_pause and after[j2 - 1] < opts.call_pause:
            drop.add(k)
            calls.append((i1, i2, lo, hi))
    return _as_gaps(blocks, drop), calls


def _kgram_counts(s: str, k: int) -> dict[str, int]:
    """How often each k-gram of ``s`` occurs in it."""
    counts: dict[str, int] = {}
    for i in range(len(s) - k + 1):
        g = s[i:i + k]
        counts[g] = counts.get(g, 0) + 1
    return counts


def _first_airing(o: str, a: str, lo: int, hi: int, opts: AlignOptions) -> tuple[int, int]:
    """[lo, hi) cut to the first airing where the recording holds the minutes' speech
    twice (a rebroadcast after the live session, a stream restarted from the start): the
    minutes' k-grams then occur twice in the transcription, most of them the same
    distance apart. A global alignment would time some of the text on one airing and the
    rest on the other, each airing half captioned; the second airing is then speech no
    text covers (and reported as such)."""
    k = opts.locate_kgram
    if hi - lo < 1.2 * len(o) or len(o) < 20 * k:
        return lo, hi
    in_o = _kgram_counts(o, k)
    seen: dict[str, list[int]] = {}
    for j in range(lo, hi - k + 1):
        g = a[j:j + k]
        if in_o.get(g) == 1:
            seen.setdefault(g, []).append(j)
    twice = [js for js in seen.values() if len(js) == 2]
    if len(twice) < 20 or len(twice) < opts.airing_share * len(seen):
        return lo, hi
    gaps = sorted(js[1] - js[0] for js in twice)
    d = gaps[len(gaps) // 2]
    if d < 0.2 * len(o) or sum(abs(g - d) <= 0.1 * d for g in gaps) < opts.airing_share * len(twice):
        return lo, hi
    first = min(js[0] for js in twice)
    cut = first + d
    # the airing that holds more of the minutes: the first, unless the stream was
    # restarted partway (the first airing stops short; the second holds the whole session)
    hits = [j for js in seen.values() for j in js]
    before = sum(j < cut for j in hits)
    return (lo, min(hi, cut)) if before >= len(hits) - before else (max(lo, cut), hi)


def _locate(o: str, a: str, opts: AlignOptions) -> tuple[int, int]:
    """The stretch [lo, hi) of the ASR kana to align the official kana against.

    Normally all of it. When the recording holds far more speech than the minutes (the
    minutes of one item of a long session), a global alignment smears the minutes'
    edges over the rest of the session: it gains more matched kana by scattering them.
    Then the minutes are first *located*: the densest window of the ASR in which exact
    kana k-grams of the minutes occur (each at most twice in them), widened by a margin.
    """
    k = opts.locate_kgram
    if len(a) < opts.locate_ratio * len(o) + opts.locate_margin or len(o) < k:
        return 0, len(a)
    seen = _kgram_counts(o, k)
    hits = np.array([j for j in range(len(a) - k + 1) if 0 < seen.get(a[j:j + k], 0) <= 2])
    if len(hits) == 0:
        return 0, len(a)
    held = _densest(hits, int(opts.locate_ratio * len(o)) + opts.locate_margin)
    lo = max(0, int(held[0]) - opts.locate_margin)
    hi = min(len(a), int(held[-1]) + k + opts.locate_margin)
    return lo, hi


def _densest(hits: np.ndarray, width: int) -> np.ndarray:
    """The hits (sorted positions) in the window of ``width`` that holds the most of them."""
    right = np.searchsorted(hits, hits + width, side="right")
    best = int(np.argmax(right - np.arange(len(hits))))
    return hits[best:right[best]]


def _locate_text(o: str, a: str, opts: AlignOptions) -> tuple[int, int]:
    """The stretch [lo, hi) of the official kana to align the ASR kana against: the mirror
    image of :func:`_locate`.

    Normally all of it. When the minutes hold far more than the recording (the day's
    minutes with one member's clip, as assemblies publish their videos), a global
    alignment smears the clip's edges over the rest of the day: its first words (次に、５番、
    …議員。) are matched kana by kana to the other members' calls before it, and left
    unheard (trial 143). Then the clip is first located in the minutes: the densest stretch
    of the minutes in which exact kana k-grams of the ASR occur (each at most twice in it),
    widened by a margin — only where most of those k-grams fall in it (each also at most
    twice in the minutes)."""
    k = opts.locate_kgram
    if len(o) < opts.locate_text_ratio * len(a) + opts.locate_margin or len(a) < 20 * k:
        return 0, len(o)
    seen, mine = _kgram_counts(a, k), _kgram_counts(o, k)
    # (only k-grams at most twice in each: the chair's set phrases, said in every member's
    # part of the day, would spread the hits over all of it — review 145)
    hits = np.array([i for i in range(len(o) - k + 1)
                     if 0 < seen.get(o[i:i + k], 0) <= 2 and mine[o[i:i + k]] <= 2])
    if len(hits) < 20:
        return 0, len(o)
    held = _densest(hits, int(opts.locate_ratio * len(a)) + opts.locate_margin)
    if len(held) < opts.locate_text_share * len(hits):
        return 0, len(o)
    # the stretch's edges where its hits are, a few strays at the window's edges left out (a
    # phrase of the clip said in another member's part too), then the margin
    stray = int(opts.locate_stray * len(held))
    lo = max(0, int(held[stray]) - opts.locate_text_margin)
    hi = min(len(o), int(held[len(held) - 1 - stray]) + k + opts.locate_text_margin)
    return lo, hi


def align(text: str, words: Sequence[Word], duration: float,
          opts: AlignOptions = AlignOptions()) -> Alignment:
    """Time every character of the official ``text`` from the ASR ``words``.

    A word of probability -1 is speech the minutes lack (the filler slot of a retimed or
    guided window, :data:`sync.guided.FILLER`): no character is matched to it, or an
    official ええ、 would take the slot's えー instead of its own word."""
    words = [w for w in words if w.probability >= 0]
    n = len(text)
    off = _kana_of(text)
    asr_kana, a_start, a_end = asr_kana_times(words)
    lo, hi = _locate(off.kana, asr_kana, opts)
    lo, hi = _first_airing(off.kana, asr_kana, lo, hi, opts)
    olo, ohi = _locate_text(off.kana, asr_kana[lo:hi], opts) if (lo, hi) == (0, len(asr_kana)) \
        else (0, len(off.kana))
    breaks = frozenset(int(off.first[c]) - olo for c in sentence_starts(text) if olo <= off.first[c] < ohi)
    stars = tuple(int(off.first[c]) - olo for c in range(n) if text[c] == STAR and olo <= off.first[c] < ohi)
    # the silence before and after each heard kana (inside a word: none)
    gaps = a_start[1:] - a_end[:-1] if len(a_start) else np.zeros(0)
    pause_before = np.concatenate(([np.inf], gaps)) if len(a_start) else np.zeros(0)
    pause_after = np.concatenate((gaps, [np.inf])) if len(a_start) else np.zeros(0)
    match, weight = np.full(len(off.kana), -1, dtype=np.int64), np.zeros(len(off.kana))
    if ohi > olo and hi > lo:
        match[olo:ohi], weight[olo:ohi] = _matches(off.kana[olo:ohi], asr_kana[lo:hi], opts, breaks, stars,
                                                   (pause_before[lo:hi], pause_after[lo:hi]))
    match[match >= 0] += lo

    start = np.full(n, np.nan)
    end = np.full(n, np.nan)
    conf = np.zeros(n)
    for c in range(n):
        k0, cnt = int(off.first[c]), int(off.count[c])
        if cnt == 0:
            continue
        m = match[k0:k0 + cnt]
        hit = np.nonzero(m >= 0)[0]
        if len(hit) == 0:
            continue
        f, l = hit[0], hit[-1]
        start[c] = a_start[m[f]] - f * opts.kana_seconds
        end[c] = a_end[m[l]] + (cnt - 1 - l) * opts.kana_seconds
        conf[c] = weight[k0:k0 + cnt].mean()
    evidence = ~np.isnan(start)
    _interpolate(start, end, conf, evidence, off.count, duration)
    # punctuation has no sound: it shares the evidence of what it closes (★ does not),
    # an opening bracket the time and evidence of what it opens (a clause that starts
    # with 「 starts when its first word is said, not where the text before it ended)
    silent = np.nonzero(off.count == 0)[0]
    for c in silent[::-1]:
        if text[c] in OPENING and c + 1 < n and (off.count[c + 1] > 0 or text[c + 1] in OPENING):
            start[c] = end[c] = start[c + 1]
            evidence[c], conf[c] = evidence[c + 1], conf[c + 1]
    for c in silent:
        if c > 0 and text[c] != STAR and text[c] not in OPENING:
            evidence[c] = evidence[c - 1]
            conf[c] = conf[c - 1]
    return Alignment(start, end, conf, evidence)


def _interpolate(start: np.ndarray, end: np.ndarray, conf: np.ndarray, evidence: np.ndarray,
                 kana_count: np.ndarray, duration: float) -> None:
    """Fill characters without evidence between their timed neighbours, in place.

    Time is shared by reading length (a kanji with three kana takes longer than a
    particle); punctuation gets a zero-length slot at its place. Afterwards times are
    made non-decreasing, so captions never go backwards.
    """
    n = len(start)
    weight = np.maximum(kana_count, 0).astype(float)
    i = 0
    while i < n:
        if evidence[i]:
            i += 1
            continue
        j = i
        while j < n and not evidence[j]:
            j += 1
        t0 = end[i - 1] if i > 0 else 0.0
        t1 = start[j] if j < n else duration
        if i == 0 and j < n:  # leading stretch: assume normal speech rate before it
            t0 = max(0.0, t1 - weight[i:j].sum() * 0.12)
        if j == n and i > 0:  # trailing stretch
            t1 = min(duration, t0 + weight[i:j].sum() * 0.12)
        w = weight[i:j]
        total = w.sum()
        edges = t0 + (t1 - t0) * np.concatenate(([0.0], np.cumsum(w))) / (total or 1.0)
        if total == 0:
            edges = np.full(j - i + 1, t0)
        start[i:j] = edges[:-1]
        end[i:j] = edges[1:]
        conf[i:j] = 0.1 if (j - i) < 20 else 0.0
        i = j
    np.maximum.accumulate(start, out=start)
    np.maximum(end, start, out=end)
    np.maximum.accumulate(end, out=end)
