"""Sync Japanese assembly recordings with their official minutes.

The pipeline (:mod:`sync.pipeline`) runs one module per stage: :mod:`sync.minutes` (read
the official text) → :mod:`sync.media` (decode the recording) → :mod:`sync.voicing`
(speech and silence) → :mod:`sync.asr` (timed words, cached by :mod:`sync.cache`) →
:mod:`sync.timing` (every official character timed) → :mod:`sync.cues` (captions) →
:mod:`sync.stars` (★ candidates) → :mod:`sync.syncmap` (the sync map) →
:mod:`sync.outputs` (every file). :mod:`sync.cli` is the command line.
"""
__version__ = "0.1.0"
