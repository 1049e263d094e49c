"""Parse official minutes (speed version or final minutes) into speaker turns.

(Implementation in progress: see parse().)
"""
from __future__ import annotations

from dataclasses import dataclass, field

STAR = "★"


@dataclass(frozen=True)
class Sound:
    """A sound note such as （拍手）, kept for deaf viewers as a caption cue."""

    at: int          # index in Turn.text before which the sound occurs
    label: str       # the note as it should be shown, e.g. "（拍手）"


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the official speech text with notes removed.

    ``text`` is the speech as read by viewers (stars kept as ★, stage notes and
    parenthetical notes removed, paragraphs joined without separators); ``source[i]`` is
    the index in :attr:`Minutes.source_text` of ``text[i]``, so later features can write
    text back into the original layout.
    """

    speaker: str                 # label as written, e.g. "副議長(安岡克昌君)", "関谷 博君"
    name: str                    # the person's name without 君, e.g. "安岡克昌", "関谷 博"
    role: str | None             # e.g. "副議長", "委員長"; None for plain members
    marker: str                  # ○ ◆ ◎
    text: str
    source: tuple[int, ...]
    sounds: tuple[Sound, ...] = ()
    paragraphs: tuple[int, ...] = (0,)   # indices in text where a source paragraph starts


@dataclass(frozen=True)
class Minutes:
    turns: tuple[Turn, ...]
    source_text: str             # the whole decoded file
    encoding: str                # "utf-8", "utf-8-sig", "cp932"
    path: str | None = None

    @property
    def speakers(self) -> list[str]:
        seen: dict[str, None] = {}
        for t in self.turns:
            seen.setdefault(t.name, None)
        return list(seen)
