import json
import os
from textwrap import dedent

import pysrt
import pytest

from sync.cues import Cue, CueOptions, display_times
from sync.errors import OutputError
from sync.writers import SyncMap, to_json, to_srt, to_vtt, write_all

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


def test_json_sync_map_keys():
    data = json.loads(to_json(SyncMap("a.mp4", 20.0, "whisper-base", ["安岡克昌", "関谷 博"], CUES,
                                      [{"start": 3.0, "end": 3.5, "candidate": None, "confidence": 0.1}], {})))
    assert {"media", "duration", "model", "speakers", "cues", "stars"} <= set(data)
    assert [c["text"] for c in data["cues"]] == ["18番、関谷博議員。", "<script>alert(1)</script>"]
    assert data["cues"][0] | {} == data["cues"][0]
    assert {"start", "end", "text", "speaker", "confidence"} <= set(data["cues"][0])
    assert data["sounds"][0]["text"] == "（拍手）"


def test_write_all_replaces_atomically(tmp_path):
    write_all(tmp_path, {"a.srt": "old", "a.vtt": "old"})
    write_all(tmp_path, {"a.srt": "new", "a.vtt": "new"})
    assert (tmp_path / "a.srt").read_text() == "new"
    assert sorted(os.listdir(tmp_path)) == ["a.srt", "a.vtt"]  # no temporary files left


def test_write_all_failure_keeps_earlier_outputs(tmp_path, monkeypatch):
    write_all(tmp_path, {"a.srt": "old", "a.vtt": "old"})
    real_replace = os.replace
    calls = []

    def failing_second_rename(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_second_rename)
    with pytest.raises(OutputError):
        write_all(tmp_path, {"a.srt": "new", "a.vtt": "new"})
    monkeypatch.undo()
    assert (tmp_path / "a.srt").read_text() == "old"
    assert (tmp_path / "a.vtt").read_text() == "old"
    assert sorted(os.listdir(tmp_path)) == ["a.srt", "a.vtt"]


def test_write_all_refuses_a_folder_in_the_way(tmp_path):
    write_all(tmp_path, {"a.srt": "old"})
    (tmp_path / "a.vtt").mkdir()
    with pytest.raises(OutputError):
        write_all(tmp_path, {"a.srt": "new", "a.vtt": "new"})
    assert (tmp_path / "a.srt").read_text() == "old"


def test_write_all_unwritable_folder(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(OutputError):
        write_all(target / "sub", {"a.srt": "x"})
