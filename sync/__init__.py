"""Sync Japanese assembly recordings with their official minutes.

Pipeline, one module per stage: :mod:`sync.minutes` (parse the official text) →
:mod:`sync.media` (decode audio) → :mod:`sync.asr` (timed words) → :mod:`sync.align`
(time every official character) → :mod:`sync.cues` (captions) → :mod:`sync.writers`
(SRT, WebVTT, JSON). :mod:`sync.pipeline` runs them; :mod:`sync.cli` is the command line.
"""
__version__ = "0.1.0"
