"""The timing stage: every character of the official text gets a start and an end.

The global alignment to the ASR's words (:mod:`sync.align`), then the refinements on the
audio (:mod:`sync.refine`) over the speech/silence of :mod:`sync.voicing`.
"""
from __future__ import annotations

from collections.abc import Iterable

from .align import AlignOptions, Alignment, align, asr_kana_times
from .asr import Word
from .media import Audio
import numpy as np

from .reading import char_readings, kana_similarity
from .refine import (RefineOptions, clause_weights, doubt, fill_gaps, late_onsets, refine, reflow,
                     trim_words, unglue)
from .text import SENTENCE_END, clause_starts, sentence_starts
from .voicing import Voicing, longest_pause, longest_silence, voiced_share


def time_text(text: str, words: list[Word], audio: Audio, voiced: Voicing,
              align_opts: AlignOptions = AlignOptions(),
              refine_opts: RefineOptions = RefineOptions(), turns: Iterable[int] = ()) -> Alignment:
    """Every character of the official ``text`` timed against ``words``; ``turns``: where
    each speaker's turn starts in it."""
    words = trim_words(words, voiced, refine_opts)
    aligned = align(text, words, audio.duration, align_opts)
    clauses = clause_starts(text)
    weights = clause_weights(text, refine_opts.within_clause)
    timing = fill_gaps(aligned, weights, voiced, refine_opts, frozenset(sentence_starts(text)),
                       frozenset(t for t in turns if t > 0), text, words)
    timing = unglue(timing, text, voiced, refine_opts)
    timing = refine(timing, clauses, voiced, refine_opts)
    kana = np.fromiter((len(r) for r in char_readings(text)), dtype=np.int64, count=len(text))
    timing = late_onsets(timing, clauses, kana, voiced, refine_opts)
    timing = reflow(timing, clauses, weights, voiced, refine_opts)
    return doubt(aligned, timing, clauses, kana, refine_opts)


def agree(timing: Alignment, heard: Alignment, seconds: float = 0.5, cap: float = 0.5) -> Alignment:
    """``timing`` (the official text timed on the audio) with its confidence at most
    ``cap`` where ``heard`` (the same text timed through the transcription's words) had
    matched speech and starts it more than ``seconds`` away: two ways of timing a
    character that disagree do not make a sure caption."""
    apart = heard.evidence & (np.abs(timing.start - heard.start) > seconds)
    return Alignment(timing.start, timing.end, np.where(apart, np.minimum(timing.confidence, cap),
                                                       timing.confidence), timing.evidence)


def heard_openings(timing: Alignment, words: list[Word], heard: Alignment, text: str,
                   voiced: Voicing, heard_words: list[Word] | None = None, pause: float = 0.5,
                   apart: float = 0.5, unlikely: float = 0.05, spelled_apart: float = 0.3,
                   spelled_unlikely: float = 0.1, spelled_kana: int = 3, near: float = 0.8,
                   glued: float = 0.1,
                   unheard_unlikely: float = 0.05, unheard_cap: float = 0.7) -> Alignment:
    """``timing`` with the openings it gave a pause or a dropped filler put where ``heard`` has them.

    The retimed timing comes from a forced alignment (its ``words``): a decoder made to
    read the official text must place every token somewhere, and an opening it cannot
    find after a pause (a drawn-out ああ？) goes to the end of the speech before that
    pause, with a probability near zero. The transcription *heard* the opening after the
    pause. Where a sentence's first character was matched to heard speech more than
    ``apart`` seconds after the forced time, a pause of at least ``pause`` seconds
    separates the two, and the forced word there has a probability under ``unlikely``,
    the heard times are taken for the opening up to the first character on which both
    agree again (within ``apart``), at confidence at most 0.5 (two timings disagreed).
    A filler slot (probability -1) is no forced word. A forced opening the decoder was
    sure of stays: one heard kana can match an opening by chance (a chair's 谷公一君。 the
    transcription missed, matched to the た of the next speaker's ただいま). A sentence the heard words put *earlier* is left
    alone: the transcription, not the forced alignment, glues openings to earlier speech
    (``refine.unglue``) — except an opening the forced alignment left untimed (its time
    only filled in), heard earlier and not within ``glued`` seconds of the heard words
    before it: it takes the heard times, at confidence at most 0.5.

    The same holds without a pause for any clause opening the transcription *spelled*
    (``heard_words``: its first ``spelled_kana`` kana heard from within ``near`` seconds of
    where the heard timing starts it) more than ``spelled_apart`` seconds after a forced word under
    ``spelled_unlikely``: minutes drop the fillers speakers say (あのー、まあ、), and a
    filler the filler slot did not take (its opening was not slow enough for one) is given
    to the clause's first word, which the decoder then finds improbable there. The heard
    words spelling the opening where it was said settle it; a single kana heard nearby
    does not (the あ of a drawn-out あーあ、 is heard everywhere). Confidence is kept at
    most 0.8 there.

    And a clause opening the transcription did not hear at all (no heard evidence) whose
    forced word has a probability under ``unheard_unlikely`` keeps its time at confidence
    at most 0.5: neither way of timing it heard it (a microphone switched on late); any other
    opening of which the transcription heard none of its first ``spelled_kana`` kana, at most
    ``unheard_cap``: only the forced decoder placed it."""
    start, end = timing.start.copy(), timing.end.copy()
    conf, ev = timing.confidence.copy(), timing.evidence.copy()
    w_start = np.array([w.start for w in words])
    w_end = np.maximum.accumulate(np.array([w.end for w in words])) if words else np.zeros(0)
    sentences = frozenset(sentence_starts(text))
    kana, k_start, _ = asr_kana_times(heard_words or [])
    readings = char_readings(text)

    def forced_probability(t: float) -> float | None:
        """The probability of the forced word that starts the text at ``t`` (a
        punctuation mark decoded at the same instant is not that word)."""
        k = int(np.searchsorted(w_start, t + 0.02)) - 1
        while k > 0 and not words[k].text.strip(_MARKS) and words[k - 1].end >= t - 0.02:
            k -= 1
        if k < 0 or words[k].end < t - 0.02 or words[k].probability < 0:
            return None
        return words[k].probability

    def squeezed(t: float, n: int = 4) -> bool:
        """Did the forced decoder rush through the words from ``t`` (most of the next
        ``n`` given no time): text it could not find in the audio there?"""
        k = int(np.searchsorted(w_end, t - 0.02))      # the first word not over before t
        ahead = [w for w in words[k:k + n] if w.text.strip(_MARKS)]
        return len(ahead) >= 2 and sum(w.end - w.start < 0.02 for w in ahead) >= len(ahead) - 1

    def spelled(i: int, t: float) -> bool:
        opening = "".join(readings[i:i + spelled_kana])[:spelled_kana]
        if len(opening) < 2:
            return False
        for q in np.flatnonzero(np.abs(k_start - t) < near):
            said = kana[int(q):int(q) + len(opening)]
            # the same kana, or voiced for unvoiced (また heard まだ)
            if len(said) == len(opening) and all(kana_similarity(a, b) >= 0.7
                                                   for a, b in zip(said, opening)):
                return True
        return False

    def unheard_until(i: int, evidence: np.ndarray) -> int:
        """Where, from ``i``, the sentence ends or ``evidence`` resumes."""
        j = i
        while j < len(text) and text[j] not in SENTENCE_END and not evidence[j]:
            j += 1
        return j

    def heard_any(i: int) -> bool:
        """Did the transcription hear any of the first ``spelled_kana`` sounding characters
        of the clause opening at ``i``?"""
        return bool(heard.evidence[_first_kana(i)].any())

    def heard_opening(i: int) -> bool:
        """Did the transcription hear the clause opening at ``i``: at least half of its
        first ``spelled_kana`` sounding characters (a single heard あ of あはは、 was the
        next sentence's あーあ、, 2.9 s late; one of ああ？ is that ああ？)?"""
        first = _first_kana(i)
        return bool(first) and 2 * int(heard.evidence[first].sum()) >= len(first)

    def _first_kana(i: int) -> list[int]:
        first = []
        for k in range(i, len(text)):
            if text[k] in SENTENCE_END + "、":
                break
            if readings[k]:
                first.append(k)
                if len(first) == spelled_kana:
                    break
        return first

    for first in clause_starts(text):
        i = first
        while i < len(text) - 1 and not readings[i]:  # 「 before the first word
            i += 1
        gap = heard.start[i] - start[i]
        if heard.evidence[i] and not timing.evidence[i] and gap < -apart and heard_opening(i) \
                and heard.start[i] >= (end[first - 1] if first else 0.0) \
                and not (first and heard.start[i] - heard.end[first - 1] <= glued):
            # an opening the forced alignment could not place (its time only filled in)
            # that the transcription heard earlier: heard there (seen in noise: 政治不 of
            # 政治不信, heard at 388.14 s, filled in at 388.81 s after a pause the voicing
            # did not see as speech) — unless the transcription glued it to the words
            # before it (what unglue mends; the forced time after the pause is right)
            j = unheard_until(i, timing.evidence)
            limit = start[j] if j < len(text) else np.inf
            start[i:j], end[i:j] = np.minimum(heard.start[i:j], limit), np.minimum(heard.end[i:j], limit)
            start[first:i] = end[first:i] = heard.start[i]
            conf[first:j] = np.minimum(conf[first:j], 0.5)
            ev[i:j] = heard.evidence[i:j]
            continue
        if not heard.evidence[i]:
            # an opening the transcription did not hear and the forced decoder found
            # improbable where it put it (a microphone switched on late: 立憲民主・ of
            # 立憲民主・社民… unheard, timed over the 社民 that was) is a guess
            p = forced_probability(float(start[i]))
            j = unheard_until(i, heard.evidence)
            if p is not None and p < unheard_unlikely and squeezed(float(start[i])):
                conf[first:max(j, i + 1)] = np.minimum(conf[first:max(j, i + 1)], 0.5)
            elif not heard_any(i):
                # nothing of its first kana heard: only the forced decoder placed it, which
                # in noise can be seconds off at probability 1 (seen: あはは、ラッキー！
                # 3.4 s late in brown noise, 陰謀を… 2.8 s early in babble)
                conf[first:max(j, i + 1)] = np.minimum(conf[first:max(j, i + 1)], unheard_cap)
            continue
        if gap <= min(apart, spelled_apart):
            continue
        p = forced_probability(float(start[i]))
        if p is None:
            continue
        if (first in sentences and gap > apart and p < unlikely and heard_opening(i)
                and longest_pause(voiced, float(start[i]), float(heard.start[i])) >= pause):
            cap, lead = 0.5, apart
        elif gap > spelled_apart and p < spelled_unlikely and spelled(i, float(heard.start[i])):
            cap, lead = 0.8, spelled_apart
        else:
            continue
        j = i
        while (j < len(text) and text[j] not in SENTENCE_END
               and start[j] < heard.start[j] - lead):
            j += 1
        j = max(j, i + 1)
        start[i:j], end[i:j] = heard.start[i:j], heard.end[i:j]
        start[first:i] = end[first:i] = heard.start[i]
        conf[first:j] = np.minimum(conf[first:j], cap)
        ev[i:j] = heard.evidence[i:j]
    np.maximum.accumulate(start, out=start)
    np.maximum(end, start, out=end)
    return Alignment(start, end, conf, ev)


_MARKS = SENTENCE_END + "、，,…・「」『』（）"


def stranded(words: list[Word], voiced: Voicing, pause: float = 1.0, unlikely: float = 0.05,
             max_chars: int = 3) -> list[Word]:
    """Guided words without the short forced words the decoder could not place.

    A guided window's text is forced onto its audio: an opening it cannot find after a
    pause (a drawn-out ああ？, あれ、 said after speech the minutes lack) is put at the end
    of the speech before that pause, with a probability near zero. With no transcription
    to say where it was heard (:func:`heard_openings`), such a word — at most
    ``max_chars`` characters, probability under ``unlikely``, timed mostly over silence
    (a word squeezed into no time is another failure, and often right: また、<pause>), the
    next word more than a ``pause`` of silence later — is dropped: its text is then
    untimed, and an untimed sentence opening is put just before its own next words
    (``refine.fill_gaps``). Seen:
    あれ、 15 s early on the real-voice corpus, matched to the forced word rather than to
    the same word heard in a window decoded in full. Where the decoder could not place the
    next word either (as improbable: the speech after the pause was the stranded word, and
    the next word was forced over it — ああ？ 3.2 s early on the real-voice corpus, 最 of
    最低な態度だよ put over its ああ), the word goes to the speech onset that ends the
    pause, with its own length, and the next word starts after it."""
    spoken = [k for k, w in enumerate(words) if w.text.strip(SENTENCE_END + "、，,…")]
    out = list(words)
    drop = set()
    for a, b in zip(spoken, spoken[1:]):
        w, nxt = words[a], words[b]
        if (0 <= w.probability < unlikely and len(w.text) <= max_chars
                and w.end - w.start >= 0.1 and voiced_share(voiced, w.start, w.end) < 0.5
                and nxt.start - w.end >= pause and longest_silence(voiced, w.end, nxt.start) >= pause):
            on = _onset_after_pause(voiced, w.end, pause)
            if 0 <= nxt.probability < unlikely and on is not None and on < nxt.end - 0.1:
                moved = Word(on, round(min(on + (w.end - w.start), nxt.end - 0.1), 3), w.text, w.probability)
                out[a] = moved
                out[b] = Word(max(nxt.start, moved.end), nxt.end, nxt.text, nxt.probability)
                # (its punctuation, timed right after it before the pause, goes with it)
                for k in range(a + 1, b):
                    if words[k].start < nxt.start:
                        out[k] = Word(moved.end, moved.end, words[k].text, words[k].probability)
            else:
                drop.add(a)
    return [w for k, w in enumerate(out) if k not in drop]


def _onset_after_pause(voiced: Voicing, t: float, pause: float) -> float | None:
    """The first speech onset after ``t`` that ends a silence of at least ``pause``."""
    k = int(np.searchsorted(voiced.onsets, t, side="right"))
    while k < len(voiced.onsets):
        before = voiced.offsets[k - 1] if k > 0 else 0.0
        if voiced.onsets[k] - max(before, t) >= pause:
            return float(voiced.onsets[k])
        k += 1
    return None

