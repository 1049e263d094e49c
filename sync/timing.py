"""The timing stage: every character of the official text gets a start and an end.

The global alignment to the ASR's words (:mod:`sync.align`), then the refinements on the
audio (:mod:`sync.refine`) over the speech/silence of :mod:`sync.voicing`.
"""
from __future__ import annotations

from .align import AlignOptions, Alignment, align
from .asr import Word
from .media import Audio
import numpy as np

from .reading import char_readings
from .refine import (RefineOptions, clause_weights, doubt, fill_gaps, refine, reflow, trim_words,
                     unglue)
from .text import clause_starts
from .voicing import Voicing


def time_text(text: str, words: list[Word], audio: Audio, voiced: Voicing,
              align_opts: AlignOptions = AlignOptions(),
              refine_opts: RefineOptions = RefineOptions()) -> Alignment:
    """Every character of the official ``text`` timed against ``words``."""
    aligned = align(text, trim_words(words, voiced, refine_opts), audio.duration, align_opts)
    clauses = clause_starts(text)
    weights = clause_weights(text, refine_opts.within_clause)
    timing = fill_gaps(aligned, weights, voiced, refine_opts)
    timing = unglue(timing, text, voiced, refine_opts)
    timing = refine(timing, clauses, voiced, refine_opts)
    timing = reflow(timing, clauses, weights, voiced, refine_opts)
    kana = np.fromiter((len(r) for r in char_readings(text)), dtype=np.int64, count=len(text))
    return doubt(aligned, timing, clauses, kana, refine_opts)


def agree(timing: Alignment, heard: Alignment, seconds: float = 0.5, cap: float = 0.5) -> Alignment:
    """``timing`` (the official text timed on the audio) with its confidence at most
    ``cap`` where ``heard`` (the same text timed through the transcription's words) had
    matched speech and starts it more than ``seconds`` away: two ways of timing a
    character that disagree do not make a sure caption."""
    apart = heard.evidence & (np.abs(timing.start - heard.start) > seconds)
    return Alignment(timing.start, timing.end, np.where(apart, np.minimum(timing.confidence, cap),
                                                       timing.confidence), timing.evidence)
