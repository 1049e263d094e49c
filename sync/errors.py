"""One exception hierarchy for the whole pipeline.

Every error the user can cause (bad media, bad minutes, a missing model, an unwritable
output folder) is a :class:`SyncError`; the CLI prints its message on one line and exits
with the status :func:`sync.cli.exit_status` gives it. Messages say what went wrong
*and* what to do about it.
"""
from __future__ import annotations


class SyncError(Exception):
    """Base class: a problem with the user's input or environment, not a bug."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:  # one line, always
        msg = super().__str__().replace("\n", " ")
        return f"{self.path}: {msg}" if self.path else msg


class MediaError(SyncError):
    """The recording cannot be read, has no audio, or is empty."""


class MinutesError(SyncError):
    """The minutes file cannot be read or holds no speech."""


class ModelError(SyncError):
    """The ASR model is missing, damaged, or cannot be loaded."""


class OutputError(SyncError):
    """Outputs cannot be written where asked."""


class AlignmentError(SyncError):
    """The minutes do not match the recording well enough to write captions."""


class OptionError(SyncError):
    """An option is out of range (a playback rate outside 1.0–2.0, a negative time…)."""


class RenderError(SyncError):
    """ffmpeg cannot make the sped-up rendition (missing filter, font or codec)."""
