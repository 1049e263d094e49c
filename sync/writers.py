"""Subtitle formats: SRT (pysrt) and WebVTT, rendered to strings.

Minutes text is never markup: SRT players honour tags, so ``<``/``>`` become full-width;
WebVTT text is escaped. The JSON sync map is :mod:`sync.syncmap`; files are written by
:mod:`sync.files`.
"""
from __future__ import annotations

import io
from typing import Sequence

import pysrt

from .cues import Shown


def _ms(seconds: float) -> int:
    return max(0, int(round(seconds * 1000)))


def _srt_safe(text: str) -> str:
    """SRT players honour <i>, <font>…: minutes text must never become markup."""
    return text.replace("<", "＜").replace(">", "＞")


def to_srt(shown: Sequence[Shown]) -> str:
    subs = pysrt.SubRipFile()
    for i, s in enumerate(shown, 1):
        subs.append(pysrt.SubRipItem(
            index=i, start=pysrt.SubRipTime(milliseconds=_ms(s.start)),
            end=pysrt.SubRipTime(milliseconds=_ms(s.end)), text="\n".join(_srt_safe(ln) for ln in s.lines)))
    buf = io.StringIO()
    subs.write_into(buf, eol="\n")
    return buf.getvalue()


def _vtt_time(seconds: float) -> str:
    ms = _ms(seconds)
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(shown: Sequence[Shown]) -> str:
    """WebVTT with a ``<v>`` voice span on each turn's first caption."""
    out = ["WEBVTT", "Language: ja", ""]
    for i, s in enumerate(shown, 1):
        text = "\n".join(_vtt_escape(ln) for ln in s.lines)
        if s.speaker:
            text = f"<v {_vtt_escape(s.speaker)}>{text}</v>"
        out += [str(i), f"{_vtt_time(s.start)} --> {_vtt_time(s.end)}", text, ""]
    return "\n".join(out)
