"""Guided transcription: time the official text on the audio, decode only where it disagrees.

The minutes already say what was said, so decoding the whole recording mostly re-discovers
them. Here the speech is cut into windows of at most 30 s at pauses, and for each window:

1. the encoder runs once;
2. a *probe* — a short greedy decode of the window's first seconds — is placed in the
   official text (by kana, near where the text of the window before ended), which tells
   where the window's text starts; the probes are placed one after another, each from the
   last one placed, so the thread cannot be lost between them;
3. the official text between this window's start and the next one's is fed to the
   decoder once, teacher-forced (CTranslate2's ``align``, what faster-whisper's word
   timestamps use): its cross-attention gives every token a time, its output every token
   a probability;
4. a window whose probe cannot be placed (speech the minutes lack), whose text is far
   longer than its speech could hold, or whose text the model finds improbable
   (sentences never said, misheard stretches) is decoded in full, as the full path does
   (beam search, word timestamps). A ★ is not decoded here: it is timed as a slot that
   takes its time from its neighbours, and the ★ stage (:mod:`sync.stars`) reads each
   ★'s own short window. A clause that opens suspiciously slowly is timed again with a
   filler slot before it (minutes drop えー、あのー). When much of the speech needs full
   decoding, or the probes lose the thread, the guide gives up: the recording is
   transcribed in full from the start of the full path's block (10 minutes) where it lost
   its way, what it timed before that is kept, and the words heard are retimed as the full
   path's are.

The result is the same list of timed words the full transcription gives — mostly the
official text itself, timed — so the alignment, refinement, ★ and quality stages that
follow are the same for both paths. :class:`Report` says what each stage cost and how
much of the speech was decoded in full.
"""
from __future__ import annotations

import bisect
import contextlib
import re
import time
import zlib
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

import numpy as np
from rapidfuzz.distance import Indel

from .align import Alignment
from .asr import (AsrOptions, EncoderStore, Guide, Word, encode_once, load_model, quiet_cuts,
                  tokenizer_for, transcribe_samples, whisper_encode_ahead, whisper_transcriber)
from .media import Audio
from .reading import char_readings
from .text import CLAUSE_BREAK, CLOSING, SENTENCE_END, STAR
from .voicing import FRAME, Voicing, runs, voiced_share

Progress = Callable[[float], None]

# the words the guide makes depend on this code, not only on its options: cached guided and
# retimed words are keyed by this too — bump it when a change here changes them, or when
# the timing of the heard words (which places the retimed windows) changes
GUIDE_VERSION = 18

ENCODE_LOOKAHEAD = 3   # windows encoded ahead of the one the guide is at (3 MB each, Whisper base)


@dataclass(frozen=True)
class GuidedOptions:
    window: float = 29.5          # seconds of audio per window (Whisper hears 30 s at once)
    min_window: float = 24.0      # a window is cut at its longest pause after this much
    max_pause: float = 2.5        # a pause this long always ends a window (no silence encoded)
    pad: float = 0.25             # seconds of audio kept before and after the speech
    probe_tokens: int = 7         # tokens of the greedy probe at each window's start
    long_probe_tokens: int = 22   # a probe that fits nowhere is heard again this long (0: never)
    probe_min_kana: int = 4       # a probe with fewer kana says nothing
    place_similarity: float = 0.55  # share of a probe's kana the official text must match
    probe_unique: float = 0.05    # guided: a probe that fits two places this alike fits none
                                  # (a set phrase: the long probe hears more)
    long_similarity: float = 0.7  # guided: a long probe is placed whole only this alike…
    tail_step: int = 3            # …else without its first kana, this many more at a time
    tail_kana: int = 8            # (down to this many): speech the minutes lack, a remark
                                  # from the floor, may open the window
    kana_seconds: float = 0.1     # speaking time of one kana, before the session's own is known
    min_prob: float = 0.25        # a window whose text's median token probability is below
                                  # this is decoded in full
    max_kana_rate: float = 2.2    # …or whose text has this many times the kana its speech can hold
    max_squeezed: int = 6         # …or where this many spoken characters in a row get no time
                                  # (text not said there: the window's text is wrong)
    max_word: float = 2.0         # …or where one word spans this long with speech under most of
                                  # it (speech the text lacks)
    give_up_after: int = 16       # after this many windows (a session's opening formalities
                                  # often fill the first few), if more than ``give_up_share`` of
    give_up_share: float = 0.5    # the speech needed decoding in full, the recording is too
                                  # far from its text (noise, much unminuted speech) for the
                                  # guide to save time or keep accuracy: transcribe it in full
    give_up_unplaced: int = 3     # …or (also after those windows) when the probes of this many windows in a row fit
                                  # nowhere in the minutes (the thread is lost: babble or noise
                                  # the probes hear, speech far from the text — kokkai-hard's
                                  # 1070–1150 s, whose full decodes then timed captions 20 s late)
    filler_seconds: float = 0.6   # a clause whose first two characters take longer than this
                                  # may open with a filler the minutes dropped (えー): the text
                                  # is timed again with a filler slot there
    heard_probe_kana: int = 30    # retiming heard words: kana of a window's start placed
    heard_late: float = 0.5       # …unless the first heard word starts this long after the
                                  # window's speech does (a probe hears the start instead)
    expect_reach: int = 200       # …this many kana either side of where the alignment of
                                  # the heard words puts the window's start
    max_place_shift: float = 5.0  # retiming: a window is not placed where the heard words'
                                  # alignment times the text this far from its start
    bracket_seconds: float = 2.0  # retiming: a window no probe places (its opening heard
    bracket_chars: int = 10       # garbled) starts where the heard words' alignment puts its
                                  # start, if that alignment matched characters this close
                                  # to it on both sides, in seconds and in characters
    max_shift: float = 1.0        # retiming: a window whose timed text moves more than
    max_shifted: float = 0.25     # this share of the characters the heard words timed by
                                  # more than this many seconds keeps its heard words
    heard_share: float = 0.5      # a window whose heard words cover less than this share of
                                  # its speech is decoded in full where its text does not fit
    text_expected: float = 2.0    # …even where its probe heard no speech, if the heard words'
                                  # alignment puts this many characters of the minutes in it per
                                  # second of its speech (a speaker's opening in gallery noise
                                  # that Whisper skipped, not a recess's murmur)
    filler_improbable: float = 0.05  # …or whose first word the decoder finds this improbable
                                  # where it put it (a filler said there: えーと、メンツを…)
    filler_onset: float = 0.25    # …and is speech for most of this long from its start;
    filler_doubt: float = 0.1     # a slot after which the clause's first word loses this much
                                  # probability heard no filler (real voices' drawn-out
                                  # openings, うわー、あーあ: the slot took them)
    mend: bool = True             # guided: a window that misfits in part is mended there (a
    mend_share: float = 0.4       # sentence nobody said left untimed, a remark the minutes
                                  # lack decoded in full) where that part is at most this
                                  # share of it, not decoded in full
    unsaid_prob: float = 0.25     # guided: in a window whose text is improbable or squeezed
    unsaid_time: float = 0.3      # in part into no time, a sentence timed into less than this
                                  # share of its reading's time (at the session's rate) was not
                                  # said (minutes keep sentences nobody said) if the decoder
                                  # finds its characters this improbable on average, or squeezed
                                  # some into no time: left untimed, the rest timed again —
                                  # decoded in full only if the rest does not fit either
    decode_stars: bool = False    # decode in full every window whose text holds a ★ (off: its
                                  # text minus the ★ is timed; the ★ stage re-decodes each ★'s
                                  # own short window anyway: measured the same ★ CER, faster)


@dataclass
class Report:
    """What the guided transcription did: seconds per stage, and its windows."""

    stages: dict[str, float] = field(default_factory=lambda: {
        "encoder": 0.0, "probes": 0.0, "alignment": 0.0, "fillers": 0.0, "re-decoding": 0.0})
    windows: int = 0
    speech_seconds: float = 0.0    # audio in windows
    decoded_seconds: float = 0.0   # of which decoded in full
    reasons: dict[str, int] = field(default_factory=dict)  # why windows were decoded
    gave_up: float | None = None   # media seconds from which the guide gave up for the full
                                   # path (its words before are kept)
    fillers: int = 0               # speech the minutes dropped, heard before clauses and timed
    retimed: bool = False          # the full transcription's words retimed (nothing decoded
                                   # but where they were far too few)
    kept_seconds: float = 0.0      # retimed: audio in windows that kept the heard words
    skipped: int = 0               # retimed: windows Whisper had skipped (no probe heard speech)
                                   # decoded because the minutes have text there (keeps_heard)

    def count(self, reason: str) -> None:
        """One more window for ``reason`` (decoded in full, kept as heard, or kept timed)."""
        self.reasons[reason] = self.reasons.get(reason, 0) + 1

    @property
    def decoded_share(self) -> float:
        return self.decoded_seconds / self.speech_seconds if self.speech_seconds else 0.0

    @property
    def kept_share(self) -> float:
        return self.kept_seconds / self.speech_seconds if self.speech_seconds else 0.0

    def to_json(self) -> dict:
        return {"stages": {k: round(v, 2) for k, v in self.stages.items()},
                "windows": self.windows, "speech_seconds": round(self.speech_seconds, 1),
                "decoded_seconds": round(self.decoded_seconds, 1),
                "decoded_share": round(self.decoded_share, 4), "reasons": dict(self.reasons),
                "gave_up": self.gave_up, "fillers": self.fillers, "retimed": self.retimed,
                "kept_share": round(self.kept_share, 4), "skipped": self.skipped}


class GaveUp(Exception):
    """The guide found too much of the recording far from its text (see
    :attr:`GuidedOptions.give_up_share`); carries its report, the words it made before
    ``report.gave_up`` (the windows it timed or decoded whole before where it lost its
    way: they stand), and that time, from which the recording is to be transcribed."""

    def __init__(self, report: Report, words: list[Word] | None = None, since: float = 0.0) -> None:
        super().__init__("the recording is too far from its text for the guided path")
        self.report = report
        self.words = words or []
        self.since = since


# --- windows --------------------------------------------------------------------------------

def windows(v: Voicing, duration: float, opts: GuidedOptions = GuidedOptions()) -> list[tuple[float, float]]:
    """Windows [a, b) (seconds) covering every stretch of speech: each at most
    ``opts.window`` long, cut at the longest pause after ``min_window`` seconds, and at
    every pause longer than ``max_pause``."""
    starts, ends = runs(v.speech)
    spans = [(a * FRAME, b * FRAME) for a, b in zip(starts, ends)]
    out: list[tuple[float, float]] = []
    i = 0
    while i < len(spans):
        a = max(0.0, spans[i][0] - opts.pad)
        # a speech run longer than a window is cut where the window ends
        if spans[i][1] + opts.pad - a > opts.window:
            b = a + opts.window
            out.append((a, b))
            spans[i] = (b, spans[i][1])
            continue
        j = i
        best, best_gap = i, -1.0
        while j + 1 < len(spans) and spans[j + 1][1] + opts.pad - a <= opts.window:
            gap = spans[j + 1][0] - spans[j][1]
            if gap >= opts.max_pause:
                break
            if spans[j][1] - a >= opts.min_window and gap >= best_gap:
                best, best_gap = j, gap
            j += 1
        last = j if (j + 1 >= len(spans) or spans[j + 1][0] - spans[j][1] >= opts.max_pause
                     or best_gap < 0) else best
        b = min(duration, spans[last][1] + opts.pad)
        if last + 1 < len(spans):  # never into the next speech
            b = min(b, (spans[last][1] + spans[last + 1][0]) / 2)
        out.append((a, b))
        i = last + 1
    return out


# --- the official text as kana ----------------------------------------------------------------

def unspoken_mask(text: str) -> np.ndarray:
    """Characters nobody says: stage notes in brackets ((拍手), 〔…登壇〕) and ★."""
    mask = np.zeros(len(text), dtype=bool)
    pairs = {"（": "）", "(": ")", "〔": "〕", "［": "］", "【": "】"}
    i = 0
    while i < len(text):
        close = pairs.get(text[i])
        if close:
            j = text.find(close, i + 1)
            if 0 < j - i <= 40:
                mask[i:j + 1] = True
                i = j + 1
                continue
        if text[i] == STAR:
            mask[i] = True
        i += 1
    return mask


@dataclass(frozen=True)
class _Script:
    text: str
    spoken: np.ndarray      # bool per char
    kana: str
    owner: np.ndarray       # kana -> char
    first: np.ndarray       # char -> its first kana (or the next char's)

    @classmethod
    def of(cls, text: str) -> "_Script":
        spoken = ~unspoken_mask(text)
        readings = [r if s else "" for r, s in zip(char_readings(text), spoken)]
        count = np.fromiter((len(r) for r in readings), dtype=np.int64, count=len(readings))
        first = np.concatenate(([0], np.cumsum(count)[:-1])) if len(count) else np.zeros(0, np.int64)
        return cls(text, spoken, "".join(readings), np.repeat(np.arange(len(text)), count), first)

    def char_at(self, k: int) -> int:
        return int(self.owner[k]) if k < len(self.owner) else len(self.text)

    def kana_at(self, c: int) -> int:
        return int(self.first[c]) if c < len(self.first) else len(self.kana)

    def spoken_index(self, a: int, b: int, star: str = "") -> np.ndarray:
        """For each character of ``spoken_text(a, b, star)``, its index in the text (-1:
        a ★'s stand-in)."""
        out: list[int] = []
        for c in range(a, b):
            if self.text[c] == STAR and star:
                out.extend([-1] * len(star))
            elif self.spoken[c]:
                out.append(c)
        return np.asarray(out, dtype=np.int64)

    def spoken_text(self, a: int, b: int, star: str = "") -> tuple[str, list[int]]:
        """The spoken characters of [a, b), each ★ written as ``star``, and where in
        the result each ★'s stand-in starts."""
        out, slots, n = [], [], 0
        for ch, said in zip(self.text[a:b], self.spoken[a:b]):
            if ch == STAR and star:
                slots.append(n)
                out.append(star)
                n += len(star)
            elif said:
                out.append(ch)
                n += 1
        return "".join(out), slots


def _moved(words: Sequence[Word], index: np.ndarray, base: Alignment, opts: GuidedOptions
           ) -> str | None:
    """Why a window's timed text cannot be trusted against the heard words' alignment
    (None: it can): many characters the heard words timed moved far from there.
    ``words`` time the spoken string whose characters ``index`` maps to the text (-1: a
    slot)."""
    pos, diffs = 0, []
    for x in words:
        c = int(index[pos]) if pos < len(index) else -1
        if c >= 0 and base.evidence[c]:
            diffs.append(abs(x.start - float(base.start[c])))
        pos += len(x.text)
    if len(diffs) >= 5 and np.mean(np.asarray(diffs) > opts.max_shift) > opts.max_shifted:
        return "far from what was heard"
    return None


def _kana(text: str) -> str:
    return "".join(char_readings(text))


def place(probe: str, script: _Script, lo: int, expected: int, hi: int,
          min_similarity: float, opts_penalty: float = 0.2, unique: float | None = None) -> int | None:
    """Where (kana index of ``script``) the heard ``probe`` (kana) starts, searched in
    [lo, hi) and preferring ``expected`` (a fit loses up to ``opts_penalty`` of its
    similarity with its distance from there: assemblies repeat whole phrases, 旧優生保護法に
    基づく…, so of two equal fits the nearer wins); None when it fits nowhere.

    The start is the first kana of the probe's first exactly matched block of two or
    more kana, so a filler the minutes dropped (えー) does not move it.

    With ``unique``: None also where another place, apart from the best, fits as well
    within ``unique`` (a set phrase, としております, heard alone fits many places: the
    caller hears more)."""
    m = len(probe)
    hi = min(hi, len(script.kana))
    if m == 0 or hi - lo < 2:
        return None
    from rapidfuzz.process import cdist

    offsets = np.arange(lo, max(lo + 1, hi - m // 2))
    cands = [script.kana[d:d + m] for d in offsets]
    sim = cdist([probe], cands, scorer=Indel.normalized_similarity, workers=1)[0]
    span = max(expected - lo, 20)
    score = sim - opts_penalty * np.minimum(1.0, np.abs(offsets - expected) / span)
    best = int(np.argmax(score))
    if sim[best] < min_similarity:
        return None
    if unique is not None:
        apart = np.abs(offsets - offsets[best]) > m
        if apart.any() and float(sim[apart].max()) >= sim[best] - unique:
            return None
    d = int(offsets[best])
    ref = script.kana[max(0, d - 4):d + m + 4]
    base = max(0, d - 4)
    for blk in Indel.opcodes(probe, ref).as_matching_blocks():
        if blk.size >= 2:
            return base + blk.b
    return d


def place_tail(probe: str, script: _Script, lo: int, expected: int, hi: int,
               opts: GuidedOptions) -> int | None:
    """:func:`place` for a long probe, heard because the short one fitted nowhere: speech
    the minutes lack may open the window (ただいまの件について確認をいたします。 before
    御異議ないと認めます), and the whole probe then fits a far place by chance. It is
    placed whole only where it fits well (``opts.long_similarity``), else by its later
    part: the window's text starts there (its opening is then the speech without text
    that :func:`_mend` decodes)."""
    for k in range(0, max(1, len(probe) - opts.tail_kana + 1), opts.tail_step):
        # (a part, down to a few kana, fits some place by chance in a long text: placed
        # only where no other place fits it as well)
        at = place(probe[k:], script, lo, expected, hi, opts.long_similarity,
                   unique=opts.probe_unique if k else None)
        if at is not None:
            return at
    return None


def _snap_to_clause(script: _Script, c: int, reach: int = 3) -> int:
    """A window starts at a pause, and pauses sit at clause ends: a start up to ``reach``
    characters after one moves back to it."""
    text = script.text
    for d in range(0, reach + 1):
        i = c - d
        if i <= 0:
            return max(i, 0)
        if text[i - 1] in CLAUSE_BREAK + CLOSING:
            return i
    return c


# --- the engine ---------------------------------------------------------------------------------

@dataclass
class _Window:
    a: float
    b: float
    start: int | None = None       # official char where its text starts (None: not placed)
    decoded: list[Word] | None = None
    encoded: object = None
    frames: int = 0
    probed: bool | None = None     # did a probe hear speech at its start (None: no probe)


def keeps_heard(heard_seconds: float, speech_seconds: float, probed: bool | None, chars: int,
                opts: GuidedOptions) -> bool:
    """Does a retimed window whose text does not fit keep its heard words (else it is decoded
    in full)? Where they cover its speech — or cover little, its probe heard no speech, and
    the minutes have little text for it (``chars``: their characters the heard words'
    alignment puts in it): a recess's murmur, not a speaker Whisper skipped in noise."""
    return heard_seconds >= opts.heard_share * speech_seconds or (
        probed is False and chars < opts.text_expected * speech_seconds)


def guided_words(model, audio: Audio, text: str, voiced: Voicing, opts: GuidedOptions,
                 decode: Callable[[np.ndarray], list[Word]], language: str = "ja",
                 progress: Progress | None = None, heard: Sequence[Word] | None = None,
                 base: Alignment | None = None, encoded: EncoderStore | None = None,
                 since: float = 0.0) -> tuple[list[Word], Report]:
    """The session's timed words, guided by the official ``text`` (see the module).

    ``model`` is a faster-whisper ``WhisperModel``; ``decode`` decodes a window in full
    (samples → words in window seconds).

    With ``heard`` (the full transcription's words, already made), nothing is decoded: a
    window is placed by what was heard in it, and a window whose text does not fit keeps
    the words heard there (or, where they are far too few for its speech — the
    transcription skipped it —, is decoded in full). The guide never gives up then.
    ``base`` is the alignment of the heard words: it holds the thread over the whole
    session (each window is placed near where it puts the window's start, not only after
    the window before), and a window whose timed text moves characters the heard words
    had timed by more than ``opts.max_shift`` (many of them) keeps its heard words.
    ``encoded`` holds windows' encoder outputs made while the session was transcribed
    (:func:`sync.asr.whisper_encode_ahead`): a window found there is not encoded again.
    ``since`` (with ``heard``): the windows before it keep the words as they are, and are
    not counted (a guide that gave up there timed them; the transcription heard the rest)."""
    report = Report(retimed=heard is not None)
    tok = tokenizer_for(model, language)
    script = _Script.of(text)
    wins = [_Window(a, b) for a, b in windows(voiced, audio.duration, opts)]
    before = [w for w in wins if heard is not None and w.b <= since]
    for w in before:
        w.decoded = [x for x in heard if w.a <= x.start < w.b]
    wins = wins[len(before):]
    report.windows = len(wins)
    order = {id(x): k for k, x in enumerate(wins)}   # a window's place among them
    report.speech_seconds = sum(w.b - w.a for w in wins)
    probe_prompt = [*tok.sot_sequence, tok.no_timestamps]
    words: list[Word] = []
    clock = time.perf_counter

    def timed(stage: str, t0: float) -> None:
        report.stages[stage] += clock() - t0

    def full(w: _Window, reason: str) -> list[Word]:
        report.count(reason)
        if w.decoded is None:
            t0 = clock()
            if heard is not None and keeps_heard(sum(x.end - x.start for x in heard_in(w)), speech_in(w),
                                                 w.probed, chars_in(w), opts):
                # the transcription heard this window's speech — or heard little, and the
                # probes heard no speech either (only Whisper's guesses at murmur, music,
                # a hall's noise during a recess): decoding it again finds nothing and
                # costs up to a minute a window (every temperature of the fallback). But
                # where the minutes have text for it, it is speech Whisper skipped in
                # noise (kokkai-hard with float32 or float16: a member's first 25 s at
                # 394 s had no word, and a caption went 24 s off)
                w.decoded = heard_in(w)
                report.kept_seconds += w.b - w.a
            else:
                if heard is not None and w.probed is False:
                    report.skipped += 1     # (decoded only because the minutes have text there)
                w.decoded = [Word(round(w.a + x.start, 3), round(w.a + x.end, 3), x.text,
                                  x.probability) for x in decode(audio.block(w.a, w.b))]
                report.decoded_seconds += w.b - w.a
            timed("re-decoding", t0)
        return w.decoded

    def chars_in(w: _Window) -> int:
        """The characters of the minutes the heard words' alignment puts in ``w``."""
        if base_starts is None:
            return 0
        return int(np.searchsorted(base_starts, w.b) - np.searchsorted(base_starts, w.a))

    def heard_in(w: _Window) -> list[Word]:
        """The heard words that start in window ``w`` (windows never share speech)."""
        i = bisect.bisect_left(heard_starts, w.a)
        j = bisect.bisect_left(heard_starts, w.b)
        return list(heard[i:j])

    heard_starts = [x.start for x in heard] if heard is not None else []
    base_starts = np.maximum.accumulate(base.start) if base is not None and len(base.start) else None

    rate = opts.kana_seconds      # seconds per kana, learnt as windows are placed
    placed_kana, placed_seconds = 0, 0.0
    cursor = 0                    # kana: where the text of the last placed window starts
    cursor_window: _Window | None = None
    pending: _Window | None = None  # placed, encoded, waiting for where its text ends
    last_done: tuple | None = None  # the window timed last, where its text ended, where its
                                    # words start, its kana and seconds of speech

    def speech_in(w: _Window) -> float:
        f0, f1 = int(w.a / FRAME), int(w.b / FRAME)
        return float(voiced.speech[f0:f1].sum()) * FRAME

    def speech_onset(w: _Window) -> float:
        f0, f1 = int(w.a / FRAME), int(w.b / FRAME)
        on = np.flatnonzero(voiced.speech[f0:f1])
        return (f0 + int(on[0])) * FRAME if len(on) else w.a

    class Undo(Exception):
        """A tentative timing (``finish(tentative=True)``) that would decode in full."""

    def finish(w: _Window, end_char: int, carry: bool = True, moved: bool = False,
               tentative: bool = False) -> int:
        """Time window ``w``'s text [w.start, end_char) with the decoder fed that text;
        returns where the next window's text starts (``end_char``, or earlier: a clause
        the decoder squeezed into no time at the window's very end was said in the next
        window — its probe missed it — and goes there)."""
        nonlocal placed_kana, placed_seconds, rate, last_done

        def give(reason: str) -> list[Word]:
            if tentative:
                raise Undo
            return full(w, reason)

        t0 = clock()
        body = text[w.start:end_char]
        # a ★ was said but is unknown: a slot takes its time, so its neighbours are not
        # stretched over it (and the ★ stage reads the right stretch of audio)
        spoken, star_slots = script.spoken_text(w.start, end_char, FILLER)
        kana = script.kana_at(end_char) - script.kana_at(w.start)
        speech = speech_in(w)
        if opts.decode_stars and STAR in body:
            give("★")
            return end_char
        if not spoken.replace(FILLER, "").strip():
            give("no text")
            return end_char
        if kana * rate > opts.max_kana_rate * max(speech, 0.5) + 2.0:
            give("more text than speech")
            return end_char
        probs, timed_all = forced(w, spoken)
        timed("alignment", t0)
        unsaid = False
        if len(probs) == 0 or float(np.median(probs)) < opts.min_prob:
            rest = said_rest(w, timed_all, star_slots, tentative) if len(probs) else None
            if rest is None:
                give("improbable text")
                return end_char
            # (guided) sentences of the minutes nobody said there: left untimed — the
            # alignment finds no time for them, as the full path does for text nobody
            # said —, the rest timed without them
            spoken, probs, timed_all = rest
            report.count("sentences nobody said left untimed")
            unsaid = True
        if carry and not star_slots and not unsaid:
            cut = _squeezed_tail(timed_all, script, w.start, end_char)
            if cut is not None:
                return finish(w, cut, carry=False, moved=moved, tentative=tentative)
        stars_out = dict.fromkeys(star_slots, False)
        timed_words = _take_slots(timed_all, stars_out)
        squeezed = _squeezed_runs(timed_words, opts) \
            if heard is None and opts.mend and not star_slots and not unsaid else []
        if squeezed and timed_words[squeezed[0][0]].start - timed_words[0].start < 0.5 and not moved \
                and last_done is not None \
                and last_done[1] == w.start and order[id(last_done[0])] == order[id(w)] - 1:
            # (guided) the window's text opens (within its first half second) with
            # characters squeezed into no time: they
            # were said in the window before (a probe heard a set phrase, としております, at a
            # window that opens in the middle of a clause, and placed it too early) — that
            # window is timed again with them, and this one from after them
            head = sum(len(x.text) for x in timed_words[:squeezed[0][1]])
            index = script.spoken_index(w.start, end_char, FILLER)
            start = int(index[head]) if head < len(index) else end_char
            if w.start < start < end_char:
                prev, _, at_words, prev_kana, prev_speech = last_done
                kept, state = words[at_words:], (placed_kana, placed_seconds, rate, last_done)
                del words[at_words:]
                placed_kana -= prev_kana      # (counted again as it is timed again)
                placed_seconds -= prev_speech
                encode(prev)
                try:
                    finish(prev, start, carry=False, moved=True, tentative=True)
                except Undo:
                    # it does not fit there either: a sentence nobody said, mended below
                    words[at_words:] = kept
                    placed_kana, placed_seconds, rate, last_done = state
                else:
                    report.count("text said in the window before")
                    w.start = start
                    return finish(w, end_char, carry, moved=True)
                finally:
                    prev.encoded = None
        why = _misfit(timed_words, voiced, opts)
        if not why and base is not None:
            why = _moved(timed_all, script.spoken_index(w.start, end_char, FILLER), base, opts)
        if why == "text squeezed into no time" and not unsaid:
            rest = said_rest(w, timed_all, star_slots, tentative, _squeezed_runs(timed_all, opts))
            if rest is not None:
                spoken, probs, timed_all = rest
                timed_words, unsaid, why = timed_all, True, None
                report.count("sentences nobody said left untimed")
        mended = False
        plain, plain_timed, plain_stars, heard_spans = spoken, timed_all, stars_out, []
        if why and heard is None and opts.mend and not tentative:
            # (guided) where the misfit is a part of the window — a sentence of the minutes
            # never said, a remark from the floor the minutes lack —, only that part is
            # mended: decoded in full, or left untimed
            t0 = clock()
            kept_ids = {id(x) for x in timed_words}
            parts = _mend(timed_words, voiced, opts, lambda a, b: part(w, a, b))
            timed("re-decoding", t0)
            if parts is not None:
                report.count(f"mended in part ({why})")
                mended, why = True, None
                # the window's text as mended — its sentences nobody said left out, the
                # remarks the minutes lack as decoded, each ★'s slot back before the word
                # it preceded — is what the filler slots below go into
                before_star = _slot_words(timed_all, stars_out)
                plain_timed = [y for x in parts for y in before_star.get(id(x), []) + [x]]
                plain, plain_stars, heard_spans = _laid_out(plain_timed, kept_ids, before_star)
                if any(x.probability == _AFTER_REMARK for x in plain_timed):
                    # a clause put after the remark it was pinned to: the text as mended timed
                    # again (or, where that misfits, the clause left untimed)
                    t0 = clock()
                    again = forced(w, plain)[1]
                    timed("alignment", t0)
                    if _misfit(_take_slots(again, plain_stars), voiced, opts) is None:
                        plain_timed = again
                    else:
                        plain_timed = [x for x in plain_timed if x.probability != _AFTER_REMARK]
                        plain, plain_stars, heard_spans = _laid_out(plain_timed, kept_ids, before_star)
                timed_words = _take_slots(plain_timed, plain_stars)
        if why:
            got = give(why)
            if not (heard is not None and _text_beats(why, got, speech, opts)):
                return end_char
            w.decoded = None
            report.count("text kept: the decoding heard less")
        # (in a mended window too: kokkai-hard's えーと、国会で…, after a remark, had no slot;
        # none before a decoded clause)
        after_star = {at + len(FILLER) for at in plain_stars}
        # (in a mended window the slow ones only: kokkai-synth, clean speech with no filler,
        # lost 0.2–0.4 s of four clauses' openings to slots the improbable ones got there —
        # 一 of 一九九六年…, improbable as a kanji numeral —, p90 0.131 → 0.158 s)
        slow = [at for at in (suspects(plain, plain_timed, improbable_too=not mended)
                              if opts.filler_seconds else [])
                if at not in after_star and not any(a <= at < b for a, b in heard_spans)]
        if slow:
            # a filler slot before each: the time a filler took goes to it, not to the text;
            # a slot nothing was said in gets next to no time and is dropped
            t0 = clock()
            for _ in range(3):
                slotted, slots, at_char = _slotted(plain, slow, plain_stars)
                with_slots = forced(w, slotted)[1]
                # a slot that took the time of the clause's own first words (they are left
                # with none), or after which the decoder finds them much less likely than
                # without it, heard no filler: timed again without it
                stolen = {at_char[k] for k in _stolen(with_slots, slots)}
                # (an opening improbable without its slot has nothing to lose to it — unless
                # it is an interjection, which the slot would take: うわ、)
                said = {k: c for k, c in at_char.items() if _INTERJECTION.match(plain, c)}
                stolen |= {at_char[k] for k in _unlikely(plain_timed, with_slots, at_char,
                                                           opts.filler_doubt, opts.filler_improbable)}
                stolen |= {at_char[k] for k in _unlikely(plain_timed, with_slots, said, opts.filler_doubt)}
                if not stolen:
                    slotted_words = _take_slots(with_slots, slots)
                    # (a mended window timed again misfits no more, or keeps its mending)
                    if not (mended and _misfit(slotted_words, voiced, opts)):
                        timed_words = slotted_words
                    break
                slow = [i for i in slow if i not in stolen]
                if not slow:
                    break
            report.fillers += sum(1 for x in timed_words if x.probability == -1.0)
            timed("fillers", t0)
        placed_kana += kana
        placed_seconds += speech
        if placed_kana > 200:
            rate = min(0.2, max(0.05, placed_seconds / placed_kana))
        last_done = (w, end_char, len(words), kana, speech)
        words.extend(timed_words)
        return end_char

    def said_rest(w: _Window, timed_all: list[Word], star_slots: list[int],
                  tentative: bool, squeezed: Sequence[tuple[int, int]] = ()
                  ) -> tuple[str, np.ndarray, list[Word]] | None:
        """(guided) A window whose text is improbable or squeezed in part into no time,
        timed again without its sentences nobody said (:func:`_unsaid`): the rest's text,
        probabilities and words — None where no sentence stands out, nothing would be
        left, or the rest does not fit either (improbable as a whole or in one of its
        sentences, squeezed into no time, or speech left without text: a sentence that
        was said, heard badly). The window's kana stay counted whole: the speaking rate
        that places the next windows is of the minutes' text, said or not."""
        if heard is not None or not opts.mend or tentative or star_slots:
            return None
        drop = _unsaid(timed_all, opts, reading, squeezed)
        said = "".join(x.text for x in timed_all)   # (its spans count the words' characters)
        rest = "".join(said[b:a] for b, a in
                       zip([0] + [j for _, j in drop], [i for i, _ in drop] + [len(said)]))
        if not drop or not rest.strip() or len(rest) < opts.probe_min_kana:
            return None
        t0 = clock()
        probs, timed_rest = forced(w, rest)
        timed("alignment", t0)
        if len(probs) == 0 or float(np.median(probs)) < opts.min_prob \
                or _unsaid(timed_rest, opts, reading) or _misfit(timed_rest, voiced, opts):
            return None
        return rest, probs, timed_rest

    def reading(said: str) -> float:
        """Seconds ``said`` takes to say at the session's speaking rate."""
        return len(_kana(said)) * rate

    def part(w: _Window, a: float, b: float) -> list[Word]:
        """The words of [a, b) inside window ``w``, decoded in full."""
        a, b = max(w.a, a), min(w.b, b)
        report.decoded_seconds += b - a
        return [Word(round(a + x.start, 3), round(a + x.end, 3), x.text, x.probability)
                for x in decode(audio.block(a, b))]

    def forced(w: _Window, said: str) -> tuple[np.ndarray, list[Word]]:
        """``said`` fed to the decoder over window ``w``: its tokens' probabilities and
        its words, timed."""
        tokens = tok.encode(said)
        res = model.model.align(w.encoded, tok.sot_sequence, [tokens], w.frames)[0]
        return (np.asarray(res.text_token_probs[:len(tokens)]),
                _timed_words(tok, tokens, res, w.a, model.tokens_per_second))

    def suspects(spoken: str, timed_text: list[Word], improbable_too: bool = True) -> list[int]:
        """Clauses that open suspiciously slowly (see ``filler_seconds``), or with a word the
        decoder finds improbable where it put it (``filler_improbable``; not an interjection
        that is the clause's whole opening, ええ、 うわ、 あーあ、: drawn out, it is improbable
        as it is, and a slot would take its time): their index in ``spoken``. The window's
        own first words too, where improbable: it starts after a pause, where speech the
        minutes lack is said as often as before a clause (seed-hard: 英語は、 before
        オンライン化を…, which the text forced over it put 1.2 s early)."""
        starts, pos = [], 0
        for k, x in enumerate(timed_text):
            if pos < len(spoken) and (spoken[pos - 1] in CLAUSE_BREAK if pos else not spoken.startswith(FILLER)):
                later = timed_text[min(k + 1, len(timed_text) - 1)] if len(x.text) < 2 else x
                # slow from speech on, not from a pause before the clause (refinement
                # moves a start out of a pause; a slot there would take the clause's own
                # opening); the window's first word, forced from its start in the pause it
                # was cut at: from the speech onset inside it
                t = x.start
                if not pos:
                    on = int(np.searchsorted(voiced.onsets, x.start))
                    t = float(voiced.onsets[on]) if on < len(voiced.onsets) and voiced.onsets[on] < x.end else t
                improbable = improbable_too and 0 <= x.probability < opts.filler_improbable \
                    and not _INTERJECTION.match(spoken, pos)
                # (the window's first words: where improbable only — a slow start there is
                # as often a breath or the end of the pause it was cut at)
                if ((pos and later.end - t > opts.filler_seconds) or improbable) and \
                        voiced_share(voiced, t, t + opts.filler_onset) >= 0.5:
                    starts.append(pos)
            pos += len(x.text)
        return starts

    def probe(w: _Window, tokens: int) -> str:
        """The kana of a greedy decode of the window's first ``tokens`` tokens."""
        t0 = clock()
        ids, score = _generated(model, w.encoded, probe_prompt, tokens)
        text = tok.decode([t for t in ids if t < tok.eot])
        said = _kana(text)
        timed("probes", t0)
        w.probed = bool(w.probed) or (len(said) >= opts.probe_min_kana and _intelligible(text, score))
        return said

    def where(said: str, w: _Window, lo: int, expected: int, hi: int, long: bool = False) -> int | None:
        """Where in the kana ``said`` (heard at window ``w``'s start) is; with the heard
        words' alignment, not where that alignment, from words heard there, times the
        text far from the window's start (a common phrase, あの人…, fits elsewhere too)."""
        if base is None and long:
            return place_tail(said, script, lo, expected, hi, opts)
        at = place(said, script, lo, expected, hi, opts.place_similarity,
                   unique=opts.probe_unique if base is None else None)
        if at is None or base is None:
            return at
        c = script.char_at(at)
        near = np.nonzero(base.evidence[c:c + 30])[0][:5]  # the first matched characters
        if len(near) >= 3:
            t = float(np.median(base.start[c + near]))
            if abs(t - w.a) > opts.max_place_shift:
                return None
        return at

    def encode(w: _Window) -> None:
        t0 = clock()
        kept = encoded.get(w.a, w.b) if encoded is not None else None
        w.encoded, w.frames = kept if kept is not None else encode_once(model, audio.block(w.a, w.b))
        timed("encoder", t0)

    unplaced = 0                  # windows in a row whose probes fit nowhere
    for n, w in enumerate(wins):
        if heard is None:
            encode(w)
        # where its text should start: after the text of the window before, at the
        # session's speaking rate
        # (all the speech since that window started: windows placed nowhere in between
        # still said text, and the thread must not be lost behind them)
        prev_speech = speech_in(_Window(cursor_window.a, w.a)) if cursor_window else 0.0
        expected = cursor + int(prev_speech / rate)
        lo = cursor
        hi = cursor + int(2.2 * (expected - cursor)) + 60 if cursor_window else \
            len(script.kana) + 1
        if base_starts is not None:
            expected = script.kana_at(int(np.searchsorted(base_starts, w.a)))
            lo, hi = max(0, expected - opts.expect_reach), expected + opts.expect_reach
        at = None
        if heard is not None:
            # what the full transcription heard at the window's start is the probe — unless
            # it heard nothing of the window's opening (a chair's short call, 総務部長。,
            # is often skipped): then a probe hears it
            got = heard_in(w)
            said = _kana("".join(x.text for x in got))[:opts.heard_probe_kana]
            if got and got[0].start - speech_onset(w) > opts.heard_late:
                said = ""
            if len(said) >= opts.probe_min_kana:
                at = where(said, w, lo, expected, hi)
            if at is None:
                encode(w)  # the transcription heard too little here: probe it as below
        if at is None:
            said = probe(w, opts.probe_tokens)
            if len(said) >= opts.probe_min_kana:
                at = where(said, w, lo, expected, hi)
            if at is None and opts.long_probe_tokens:
                # a cough, applause or a late microphone at the window's start: hear more of it
                said = probe(w, opts.long_probe_tokens)
                if len(said) >= opts.probe_min_kana:
                    at = where(said, w, lo, expected, hi, long=True)
            if at is None and base is not None and (c := bracketed(base, w.a, opts)) is not None:
                # the window's opening was heard garbled, not missed: its text is known
                # from the windows around it
                at = script.kana_at(c)
                report.count("placed by the heard alignment")
            if at is None and heard is not None:
                full(w, "probe not placed")
        unplaced = unplaced + 1 if at is None else 0
        lost = heard is None and n + 1 >= opts.give_up_after and unplaced >= opts.give_up_unplaced
        if at is None and heard is None and not lost:
            # the probe says too little or fits nowhere: read the window in full, and
            # place what it says (speech the minutes lack places nowhere)
            got = full(w, "probe not placed")
            said = _kana("".join(x.text for x in got))
            if len(said) >= opts.probe_min_kana:
                at = where(said[:60], w, lo, expected, hi, long=True)
        w_start = None if at is None else _snap_to_clause(script, script.char_at(at))
        if w_start is not None and pending is not None and w_start <= pending.start:
            w_start = None  # never backwards: read it in full
            full(w, "probe placed backwards")
        if w_start is not None:
            if pending is not None:
                w_start = finish(pending, w_start)
                pending.encoded = None
            w.start = w_start
            cursor, cursor_window = script.kana_at(w_start), w
            if w.decoded is None:
                pending = w
                if w.encoded is None:
                    encode(w)
            else:
                pending = None
        if w is not pending:
            w.encoded = None
        if progress:
            progress(w.b)
        done = sum(x.b - x.a for x in wins[:n + 1])
        # (the thread lost: given up before this window is read in full — whatever it says,
        # the guide gives up here, and the transcription reads it again; babble can take far
        # longer to decode than speech: a window of kokkai-hard's took 47 s, its temperature
        # fallbacks looping)
        if lost or heard is None and n + 1 >= opts.give_up_after and \
                report.decoded_seconds > opts.give_up_share * done:
            # what stands: every window before the one placed last (its text's end is not
            # known yet) — before the windows that lost the thread, if none is pending
            since = pending.a if pending is not None else \
                wins[n + 1 - unplaced].a if unplaced >= opts.give_up_unplaced else w.b
            report.gave_up = round(since, 2)
            kept = [x for x in words if x.start < since]
            kept += [x for v in wins[:n + 1] if v.b <= since for x in v.decoded or ()]
            raise GaveUp(report, sorted(kept, key=lambda x: x.start), since)
    if pending is not None:
        finish(pending, len(text))
    for w in before + wins:
        words.extend(w.decoded or ())
    if heard is not None:
        # heard where no speech was found: kept, as the full path keeps it
        inside = np.zeros(len(heard), dtype=bool)
        for w in before + wins:
            inside[bisect.bisect_left(heard_starts, w.a):bisect.bisect_left(heard_starts, w.b)] = True
        words.extend(x for x, kept in zip(heard, inside) if not kept)
    words.sort(key=lambda x: x.start)
    return words, report


def bracketed(base: Alignment, t: float, opts: GuidedOptions) -> int | None:
    """The character where the heard words' alignment ``base`` puts the time ``t`` (a
    window's start), if it matched characters close to it on both sides — within
    ``opts.bracket_seconds`` and ``opts.bracket_chars`` —, else None."""
    c = int(np.searchsorted(np.maximum.accumulate(base.start), t))
    matched = np.flatnonzero(base.evidence)
    k = int(np.searchsorted(matched, c))
    if k == 0 or k >= len(matched):
        return None
    before, after = int(matched[k - 1]), int(matched[k])
    if after - before > opts.bracket_chars or t - base.start[before] > opts.bracket_seconds \
            or base.start[after] - t > opts.bracket_seconds:
        return None
    return c


# a clause opening that is a short word of kana alone before a break: an interjection (ええ、
# わーい！ あーあ、) — or a conjunction (しかし、), left out of the filler rules alike
_INTERJECTION = re.compile(r"[ぁ-んァ-ンー～っッ]{1,4}[、。！？!?…]")

FILLER = "えー、"   # the slot a dropped filler is timed in (the comma keeps its tokens apart)


def _take_slots(words: list[Word], slots: dict[int, bool], min_seconds: float = 0.15) -> list[Word]:
    """The timed words without the slots (:data:`FILLER` starting at the character
    offsets of ``slots``). A slot marked True (a filler's) that took time stays, as speech
    the minutes lack (probability -1: no text of the minutes); the others go."""
    out: list[Word] = []
    pos, slot = 0, None   # slot: [start, end, chars still owed, keep] of the slot being read
    for w in words:
        if slot is None and pos in slots:
            slot = [w.start, w.end, len(FILLER), slots[pos]]
        if slot is not None:
            slot[1] = w.end
            slot[2] -= len(w.text)
            if slot[2] <= 0:
                if slot[3] and slot[1] - slot[0] >= min_seconds:
                    out.append(Word(slot[0], slot[1], FILLER.rstrip("、"), -1.0))
                slot = None
        else:
            out.append(w)
        pos += len(w.text)
    return out


def _stolen(words: list[Word], slots: dict[int, bool], min_seconds: float = 0.15,
            after: int = 1, squeezed: float = 0.03) -> list[int]:
    """The filler slots (offsets in ``slots``, marked True) that took time while the
    ``after`` characters following them took next to none (``squeezed`` seconds): the
    slot took the clause's own opening, not a filler."""
    out: list[int] = []
    pos, slot, watch = 0, None, None   # watch: [slot offset, chars still to see, seconds]
    for w in words:
        if watch is not None:
            watch[1] -= len(w.text)
            watch[2] += w.end - w.start
            if watch[1] <= 0:
                if watch[2] < squeezed:
                    out.append(watch[0])
                watch = None
        if slot is None and pos in slots and slots[pos]:
            slot = [pos, w.start, len(FILLER)]
        if slot is not None:
            slot[2] -= len(w.text)
            if slot[2] <= 0:
                if w.end - slot[1] >= min_seconds:
                    watch = [slot[0], after, 0.0]
                slot = None
        pos += len(w.text)
    return out


def _slotted(spoken: str, fillers: Sequence[int], stars: dict[int, bool]
             ) -> tuple[str, dict[int, bool], dict[int, int]]:
    """``spoken`` with a :data:`FILLER` slot before each clause of ``fillers`` (offsets):
    the text, its slots (offset → a filler's, True, or a ★'s stand-in, False, which is
    already in ``spoken``) and, per filler slot, its clause's offset in ``spoken``."""
    slots: dict[int, bool] = {}
    at_char: dict[int, int] = {}
    out, n = [], 0
    for i, ch in enumerate(spoken):
        if i in fillers:
            slots[n] = True
            at_char[n] = i
            out.append(FILLER)
            n += len(FILLER)
        if i in stars:
            slots[n] = False
        out.append(ch)
        n += 1
    return "".join(out), slots, at_char


def _unlikely(plain: Sequence[Word], with_slots: Sequence[Word], at_char: dict[int, int],
              margin: float, floor: float = 0.0) -> list[int]:
    """The filler slots (offsets in the slotted text; ``at_char`` maps each to its clause's
    offset in the plain text) after which the clause's first word is more than ``margin``
    (or half) less probable than it is timed without slots (``plain``) — where it was at
    least ``floor`` probable there (an opening improbable without a slot has nothing to
    lose to one)."""
    def word_at(words: Sequence[Word], offset: int) -> Word | None:
        n = 0
        for x in words:
            if n >= offset:
                return x
            n += len(x.text)
        return None

    out = []
    for k, c in at_char.items():
        before, after = word_at(plain, c), word_at(with_slots, k + len(FILLER))
        if before is not None and after is not None and before.probability >= floor and (
                after.probability < before.probability - margin
                or after.probability < 0.5 * before.probability):
            out.append(k)
    return out


def _squeezed_tail(words: Sequence[Word], script: _Script, a: int, b: int,
                   min_seconds: float = 0.021) -> int | None:
    """Where (official char in (a, b)) a clause starts that the decoder put, with all that
    follows it, into next to no time (under ``min_seconds`` a character: nobody speaks that
    fast) at the window's very end (``words``: the timed spoken text of [a, b)); None when
    there is none."""
    owed = 0
    for x in reversed(words):
        if x.end - x.start >= min_seconds * len(x.text):
            break
        owed += len(x.text)
    if owed == 0:
        return None
    c, n = b, 0
    while c > a and n < owed:
        c -= 1
        n += bool(script.spoken[c])
    # the clause it begins: a squeezed clause end (す。) stays where it was
    while c < b and c > a and script.text[c - 1] not in CLAUSE_BREAK + CLOSING:
        c += 1
    return c if a < c < b else None


def _generated(model, encoded, prompt: list[int], n: int) -> tuple[list[int], float]:
    """The first ``n`` tokens of a greedy decode after ``prompt`` (its forced text — what
    follows the no-timestamps token — included), and the decode's log probability per
    token. CTranslate2 counts ``max_length`` in its own way (measured: a result of about
    half of it), so ask for enough and cut."""
    res = model.model.generate(encoded, [prompt], beam_size=1, max_length=len(prompt) + 2 * n,
                               suppress_blank=True, suppress_tokens=[-1], return_scores=True)[0]
    return list(res.sequences_ids[0][:n]), float(res.scores[0])


def _intelligible(text: str, score: float) -> bool:
    """Did a probe hear speech, by Whisper's own tests of a decode (faster-whisper's
    defaults): a log probability per token of at least -1, and text that does not repeat
    itself (gzip compression ratio at most 2.4)? Measured on a recess's murmur and on
    music: -1.3 to -4.9, or おうおうおう…; on speech, chamber speech too: -0.2 to -0.6."""
    data = text.encode("utf-8")
    ratio = len(data) / max(1, len(zlib.compress(data)))
    return score >= -1.0 and ratio <= 2.4


def _text_beats(why: str, decoded: Sequence[Word], speech: float, opts: GuidedOptions) -> bool:
    """Is a misfit window's text, timed, better than the words decoded there?

    Only when the misfit is speech the text lacks (a chair's unminuted remark stretched
    one word over it) and the decoding heard even less of the window's ``speech`` than
    ``heard_share`` (Whisper skipped 20 s there on chamber audio): the rest of the text
    is timed right, and the refinements move a clause start over the stretched word.
    Text squeezed into no time was not said there: it never beats a decoding."""
    return why == "speech without text" and sum(x.end - x.start for x in decoded) < opts.heard_share * speech


def _sentences(words: Sequence[Word]) -> list[tuple[int, int, int, int]]:
    """The sentences of the text ``words`` time (the last one may be cut by the window's
    end): for each, [a, b) of the text's characters and [i, j) of ``words``."""
    out: list[tuple[int, int, int, int]] = []
    pos, start, first = 0, 0, 0
    for k, w in enumerate(words):
        pos += len(w.text)
        if (w.text and w.text[-1] in SENTENCE_END) or k == len(words) - 1:
            out.append((start, pos, first, k + 1))
            start, first = pos, k + 1
    return out


def _unsaid(words: Sequence[Word], opts: GuidedOptions, seconds: Callable[[str], float],
            squeezed: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """[a, b) of the text ``words`` time (the decoder fed it): its sentences nobody said
    there — timed into far less time than their reading takes (``seconds(text)``: at the
    session's speaking rate; a said sentence the decoder doubts, in noise, still gets
    about its time) and either improbable to the decoder (their characters on average
    less probable than ``opts.unsaid_prob``) or holding one of the runs of ``squeezed``
    words ([i, j): characters timed into no time). A slot's stand-in (probability -1)
    counts for nothing."""
    out: list[tuple[int, int]] = []
    for a, b, i, j in _sentences(words):
        text = "".join(w.text for w in words[i:j])
        if words[j - 1].end - words[i].start >= opts.unsaid_time * seconds(text):
            continue
        probs = [(w.probability, len(w.text)) for w in words[i:j] if w.probability >= 0]
        chars = sum(n for _, n in probs)
        if (chars and sum(p * n for p, n in probs) / chars < opts.unsaid_prob) or \
                any(i <= r < j for r, _ in squeezed):
            out.append((a, b))
    return out


def _misfit(words: Sequence[Word], voiced: Voicing, opts: GuidedOptions) -> str | None:
    """Why a window's timed text cannot be right (None: it can): characters squeezed into
    no time (the text was not said there), or one word stretched over a long stretch of
    speech (speech the text lacks)."""
    run = 0
    for w in words:
        if w.text in CLAUSE_BREAK:
            continue
        run = run + len(w.text) if w.end - w.start < 0.021 else 0
        if run >= opts.max_squeezed:
            return "text squeezed into no time"
        if _stretched(w, voiced, opts):
            return "speech without text"
    return None


def _stretched(w: Word, voiced: Voicing, opts: GuidedOptions) -> bool:
    """Does the timed word ``w`` span more than ``opts.max_word`` with speech under most of
    it (speech the text lacks)?"""
    return w.end - w.start > opts.max_word and \
        voiced.speech[int(w.start / FRAME):int(w.end / FRAME)].mean() > 0.5


def _squeezed_runs(words: Sequence[Word], opts: GuidedOptions) -> list[tuple[int, int]]:
    """[i, j) of ``words``: the runs of at least ``opts.max_squeezed`` spoken characters
    in a row timed into no time (as :func:`_misfit` counts them)."""
    out, first, run = [], None, 0
    for k, w in enumerate(words):
        if w.text in CLAUSE_BREAK:
            continue
        if w.end - w.start < 0.021:
            first = k if run == 0 else first
            run += len(w.text)
            continue
        if run >= opts.max_squeezed:
            out.append((first, k))
        run = 0
    if run >= opts.max_squeezed:
        out.append((first, len(words)))
    return out


def _slot_words(words: Sequence[Word], slots: dict[int, bool]) -> dict[int, list[Word]]:
    """The words of each slot of ``slots`` (character offsets in the text ``words`` time),
    by the ``id`` of the word after it (a slot with none after it is left out)."""
    out: dict[int, list[Word]] = {}
    pos, taking, owed = 0, [], 0
    for w in words:
        if owed <= 0 and taking:
            out[id(w)], taking = taking, []
        if owed <= 0 and pos in slots:
            owed = len(FILLER)
        if owed > 0:
            taking.append(w)
            owed -= len(w.text)
        pos += len(w.text)
    return out


def _laid_out(words: Sequence[Word], kept: set[int], before: dict[int, list[Word]]
              ) -> tuple[str, dict[int, bool], list[tuple[int, int]]]:
    """A mended window's words (:func:`_mend`, with ★ slots' words ``before`` the words
    they precede) as a text: it, its ★ slots (offset → False) and the spans [a, b) of its
    words that were decoded (neither ``kept`` ids, slots, nor clauses put after a remark)."""
    slot_ids = {id(x) for v in before.values() for x in v}
    first = {id(v[0]) for v in before.values()}
    text, stars, spans, pos = [], {}, [], 0
    for x in words:
        if id(x) in first:
            stars[pos] = False
        elif id(x) not in slot_ids and id(x) not in kept and x.probability != _AFTER_REMARK:
            spans.append((pos, pos + len(x.text)))
        text.append(x.text)
        pos += len(x.text)
    return "".join(text), stars, spans


# the kana a decoded stretch ends with are this alike to a clause's opening: it heard that
# much of the clause — the whole, if at least this share of its kana
_HEARD_ALIKE = 0.7
_HEARD_WHOLE = 0.8
# the probability :func:`_mend` gives a clause it puts after a remark, to be timed again
_AFTER_REMARK = -2.0


def _heard_opening(words: Sequence[Word], said: str, least: int = 2) -> tuple[int, int]:
    """How many of the last ``words`` heard the opening of the kana ``said`` (at least
    ``least`` kana of it, :data:`_HEARD_ALIKE` alike), cut off where they end, and how
    many kana of it they heard; (0, 0): none."""
    best = (0, 0)
    for m in range(1, min(len(words), 8) + 1):
        tail = _kana("".join(x.text for x in words[-m:]))
        if len(tail) > len(said):
            break
        if len(tail) >= least and Indel.normalized_similarity(tail, said[:len(tail)]) >= _HEARD_ALIKE:
            best = (m, len(tail))
    return best


def _mend(words: list[Word], voiced: Voicing, opts: GuidedOptions,
          part: Callable[[float, float], list[Word]]) -> list[Word] | None:
    """A window's timed text mended where it misfits in part (None: it cannot be):

    - characters squeezed into no time (a sentence of the minutes nobody said there) are
      left untimed — the alignment then finds no time for them, as the full path does for
      text nobody said;
    - a word stretched over speech (a remark the minutes lack, said before or after it)
      is replaced by that stretch decoded in full (``part(a, b)``: its words).

    Only where what is mended is a minor part of the window (at most ``opts.mend_share``
    of its characters untimed, of its time decoded) and the rest then fits."""
    runs_ = _squeezed_runs(words, opts)
    drop = {k for i, j in runs_ for k in range(i, j)}
    chars = sum(len(w.text) for w in words if w.text not in CLAUSE_BREAK) or 1
    if sum(len(words[k].text) for k in drop) > opts.mend_share * chars:
        return None
    kept = [w for k, w in enumerate(words) if k not in drop]
    span = (kept[-1].end - kept[0].start) if kept else 0.0
    long = [k for k, w in enumerate(kept) if _stretched(w, voiced, opts)]
    if not kept or sum(kept[k].end - kept[k].start for k in long) > opts.mend_share * span:
        return None
    # the words of the stretched one's clause pinned at the stretch's start, which the
    # decoder finds improbable there, were not said there either: the remark the minutes
    # lack is said first, and the clause after it (kokkai-hard: 国 of 国会で… forced onto
    # the onset of ただいまの件について確認を…, its 会 stretched over the rest) — they go
    # with the stretch, decoded in full
    first = {k: k for k in long}
    for k in long:
        j = k
        while j > 0 and j - 1 not in long and kept[j - 1].text not in CLAUSE_BREAK \
                and 0 <= kept[j - 1].probability < opts.filler_improbable \
                and kept[j].start - kept[j - 1].end < 0.021:
            j -= 1
        first[k] = j
    taken = {i for k in long for i in range(first[k], k)}
    out: list[Word] = []
    for k, w in enumerate(kept):
        if k in taken:
            continue
        if k in long:
            # (with a little audio on each side, but none of a timed neighbour's: its
            # characters would be heard twice)
            s, j = kept[first[k]].start, first[k]
            a = max(s - opts.pad, kept[j - 1].end if j > 0 else s - opts.pad)
            b = min(w.end + opts.pad, kept[k + 1].start if k + 1 < len(kept) else w.end + opts.pad)
            got = part(min(a, s), max(b, w.end))
            said = _kana("".join(x.text for x in kept[j:k + 1])) if j < k else ""
            heard_m, heard_kana = _heard_opening(got, said) if said else (0, 0)
            if said and heard_kana < _HEARD_WHOLE * len(said):
                # …and their clause, which the decoding did not hear at the stretch's end (a
                # word cut there is dropped, or only its first kana heard: コド for 子供 —
                # that misheard copy goes), follows it: untimed here, timed with the
                # window's text as mended (:func:`guided_words`)
                out.extend(got[:len(got) - heard_m])
                out.extend(Word(w.end, w.end, x.text, _AFTER_REMARK) for x in kept[j:k + 1])
            else:
                out.extend(got)
        else:
            out.append(w)
    return out


def _timed_words(tok, tokens: Sequence[int], res, offset: float, tokens_per_second: float
                 ) -> list[Word]:
    """Words (whole characters) with times from an alignment result, as faster-whisper
    makes word timestamps from the same result."""
    pairs = np.asarray(res.alignments)
    if len(pairs) == 0:
        return []
    text_idx, time_idx = pairs[:, 0], pairs[:, 1]
    jumps = np.pad(np.diff(text_idx), (1, 0), constant_values=1).astype(bool)
    jump_times = time_idx[jumps] / tokens_per_second
    texts, groups = tok.split_to_word_tokens(list(tokens) + [tok.eot])
    bounds = np.pad(np.cumsum([len(g) for g in groups[:-1]]), (1, 0))
    probs = np.asarray(res.text_token_probs)
    out = []
    for k, word in enumerate(texts[:-1]):
        i, j = int(bounds[k]), int(bounds[k + 1])
        if not word.strip() or i >= len(jump_times):
            continue
        start = float(jump_times[i])
        end = float(jump_times[min(j, len(jump_times) - 1)])
        out.append(Word(round(offset + start, 3), round(offset + max(end, start), 3), word.strip(),
                        round(float(np.mean(probs[i:j])) if j > i else 0.0, 3)))
    return out


def whisper_guide(asr_opts: AsrOptions, opts: GuidedOptions = GuidedOptions(),
                  encode_beside: bool = True) -> Guide:
    """The guided transcription with faster-whisper as an :data:`sync.asr.Guide`; a window
    decoded in full is decoded as the full path decodes (beam search, VAD, word
    timestamps). When the guide gives up (:class:`GaveUp`), the recording is transcribed
    by the full path from the start of its block (``AsrOptions.block_seconds``) that holds
    where the guide lost its way (``report.gave_up``), the guided words before it stand,
    and the caller retimes the heard ones as the full path's (``since``).

    On the CPU the windows are encoded by a second instance of the model in a thread of its
    own (``encode_beside``; :func:`sync.asr.whisper_encode_ahead`, a few windows ahead) while
    the guide probes and times the windows before: a greedy probe, a decoder fed one token
    at a time, keeps one of two cores busy (measured, base int8: 0.18 s with 2 threads and
    with 1), and the encoder takes the other. The outputs are the ones the guide would make,
    so no word changes.

    Given ``heard`` (the full transcription's words), it *retimes* them: the official text
    is timed window by window as above, each window placed by what was heard at its start,
    and a window whose text does not fit keeps its heard words; nothing is decoded."""

    def guide(audio: Audio, text: str, voiced: Voicing, progress: Progress | None = None,
              heard: Sequence[Word] | None = None, base: Alignment | None = None,
              encoded: EncoderStore | None = None, since: float = 0.0) -> tuple[list[Word], Report]:
        model = load_model(asr_opts)

        def decode(samples: np.ndarray) -> list[Word]:
            # one window: nothing to batch, and the sequential loop's seek and fallback
            return transcribe_samples(model, samples, replace(asr_opts, batch_size=1))

        if heard is not None:
            return guided_words(model, audio, text, voiced, opts, decode, asr_opts.language,
                                progress, heard, base, encoded, since)
        store = None
        try:
            # the windows encoded in a thread of their own while the ones before are probed
            # and timed: a greedy probe leaves one of two cores idle, and the encoder fills it
            store = whisper_encode_ahead(asr_opts)(audio, windows(voiced, audio.duration, opts),
                                                   lookahead=ENCODE_LOOKAHEAD) if encode_beside else None
            with store or contextlib.nullcontext():
                words, report = guided_words(model, audio, text, voiced, opts, decode,
                                             asr_opts.language, progress, encoded=store)
                if store is not None:
                    report.stages["encoder beside"] = store.seconds
                return words, report
        except GaveUp as stop:
            if store is not None:       # (its time, up to where the guide gave up)
                stop.report.stages["encoder beside"] = store.seconds
            t0 = time.perf_counter()
            # transcribed from the start of the full transcription's own block that holds
            # where the guide lost its way, so what is heard from there is what the full path
            # hears (a block started elsewhere — mid-babble — is heard differently: Whisper
            # skipped 30 s of kokkai-hard's gallery babble so); the guided words before stand
            since = max(c for c in quiet_cuts(audio, asr_opts.block_seconds) if c <= stop.since)
            stop.report.gave_up = round(since, 2)
            words = [x for x in stop.words if x.start < since] + \
                whisper_transcriber(asr_opts)(audio, progress, since=since)
            stop.report.stages["full transcription"] = time.perf_counter() - t0
            return sorted(words, key=lambda x: x.start), stop.report

    return guide
