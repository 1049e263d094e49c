from textwrap import dedent

import pysrt

from sync.cues import Cue, CueOptions, display_times
from sync.writers import to_srt, to_vtt

CUES = [Cue(1.0, 2.5, "18番、関谷博議員。", "安岡克昌", 0.9, 0, 0, 10),
        Cue(2.6, 4.1, "（拍手）", None, 1.0, 0, 10, 10, kind="sound"),
        Cue(10.0, 13.0, "<script>alert(1)</script>", "関谷 博", 0.2, 1, 0, 25)]


def shown():
    return display_times(CUES, CueOptions(reading_cps=100, min_duration=0.5))


def test_vtt_has_voice_spans_and_escapes_markup():
    vtt = to_vtt(shown())
    assert vtt.startswith("WEBVTT\n")
    assert dedent("""\
        1
        00:00:01.000 --> 00:00:02.500
        <v 安岡克昌>（安岡克昌）
        18番、関谷博議員。</v>
        """) in vtt
    assert "<script>" not in vtt and "&lt;script&gt;" in vtt


def test_srt_parses_back_with_pysrt_and_has_no_markup():
    text = to_srt(shown())
    subs = pysrt.from_string(text)
    assert len(subs) == 3
    assert subs[0].start.ordinal == 1000 and subs[0].text.splitlines()[-1] == "18番、関谷博議員。"
    assert subs[1].text == "（拍手）"
    assert "<" not in text
