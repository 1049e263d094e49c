"""Per-speed tracks: merging within a turn, viewer-time rules, names, rate checks."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from sync.cues import Cue, CueOptions, width
from sync.cli import exit_status
from sync.errors import OptionError, SyncError
from sync.speed import (SpeedOptions, check_rate, clamp, merged_cues, player_tracks, rate_label,
                        readability, speed_files, speed_tracks, track_name)

RATES = (1.0, 1.2, 1.5, 2.0)


def cue(start, end, text, turn=0, speaker=None, kind="speech", first=0):
    return Cue(start, end, text, speaker, 0.9, turn, first, first + len(text), kind=kind)


def texts(cues):
    return [c.text for c in cues if c.kind == "speech"]


# ------------------------------------------------------------------- rates and names

@pytest.mark.parametrize("rate", [0.5, 0.99, 2.01, 4, math.nan, math.inf, "fast", None])
def test_rates_outside_1_to_2_raise_an_option_error(rate):
    with pytest.raises(OptionError) as err:
        check_rate(rate)
    assert isinstance(err.value, SyncError) and exit_status(err.value) == 2
    with pytest.raises(OptionError):
        SpeedOptions(rates=(1.0, rate))


def test_bad_rules_are_refused():
    for kwargs in ({"rates": ()}, {"min_seconds": 0}, {"reading_cps": -1}):
        with pytest.raises(OptionError):
            SpeedOptions(**kwargs)


@pytest.mark.parametrize("rate, label", [(1, "1.0"), (1.2, "1.2"), (1.25, "1.25"), (1.5, "1.5"),
                                         (2.0, "2.0"), (1.333333, "1.333")])
def test_track_names(rate, label):
    assert rate_label(rate) == label
    assert track_name("会議", rate) == f"会議.x{label}.vtt"


def test_every_default_rate_has_a_track():
    assert SpeedOptions().rates == RATES
    assert player_tracks("s") == {1.0: "s.x1.0.vtt", 1.2: "s.x1.2.vtt", 1.5: "s.x1.5.vtt", 2.0: "s.x2.0.vtt"}


# ------------------------------------------------------------------- planted merges

def _pair(turn_b=0, sound=False):
    """Two captions of one sentence, 1.3 s apart, then a long pause: the first has room
    for its minimum (1 s) at 1.0 and 1.2×, not at 1.5 and 2×."""
    cues = [cue(0.0, 1.0, "それでは、", speaker="山田"),
            cue(1.3, 2.0, "質問いたします。", turn=turn_b, first=5 if turn_b == 0 else 0),
            cue(6.0, 8.0, "総務部長。", turn=5, speaker="鈴木")]
    if sound:
        cues.append(cue(1.05, 2.5, "（拍手）", kind="sound"))
    return cues


def test_a_short_caption_is_merged_only_where_the_rate_needs_it():
    cues = _pair()
    for rate in (1.0, 1.2):
        assert texts(merged_cues(cues, rate)) == ["それでは、", "質問いたします。", "総務部長。"]
    for rate in (1.5, 2.0):
        merged = merged_cues(cues, rate)
        assert texts(merged) == ["それでは、質問いたします。", "総務部長。"]
        first = merged[0]
        assert (first.start, first.end, first.speaker, first.first, first.last) == (0.0, 2.0, "山田", 0, 13)
        shown = speed_tracks(cues, opts=SpeedOptions(rates=(rate,)))[rate]
        assert shown[0].lines[0] == "（山田）"
        assert (shown[0].end - shown[0].start) / rate >= 1.0  # the minimum, in viewer time


def test_never_merged_across_turns():
    for rate in RATES:
        assert len(texts(merged_cues(_pair(turn_b=1), rate))) == 3


def test_never_merged_across_a_sound_note():
    for rate in RATES:
        merged = merged_cues(_pair(sound=True), rate)
        assert len(texts(merged)) == 3
        assert [c.text for c in merged if c.kind == "sound"] == ["（拍手）"]


def test_a_merged_caption_still_fits_two_lines():
    a = "令和6年1月の地震では、避難所の"   # 15 wide
    b = "運営や備蓄の在り方が、改めて問わ"  # 16 wide: together too wide for 2 × 16
    cues = [cue(0.0, 0.3, a), cue(0.4, 0.7, b, first=len(a)), cue(0.8, 1.1, "れました。", first=len(a + b))]
    merged = merged_cues(cues, 2.0)
    assert "".join(texts(merged)) == a + b + "れました。"
    for c in merged:
        assert width(c.text) <= 32


def test_short_captions_of_a_turn_reach_the_minimum_at_2x():
    words = ["はい、", "ただいまの", "御質問に", "お答え", "いたします。"]
    cues, t, pos = [], 0.0, 0
    for w in words:
        cues.append(cue(t, t + 0.4, w, first=pos))
        t, pos = t + 0.5, pos + len(w)
    cues.append(cue(9.0, 10.0, "以上です。", turn=1))
    for rate in RATES:
        shown = speed_tracks(cues, opts=SpeedOptions(rates=(rate,)))[rate]
        assert not [r for r in readability(shown, rate) if "on screen" in r], rate
    assert len(speed_tracks(cues)[2.0]) < len(cues)


def test_comfortable_speech_is_readable_at_every_rate():
    cues = [cue(i * 5.0, i * 5.0 + 1.5, "ありがとうございました。", turn=i) for i in range(4)]
    for rate, shown in speed_tracks(cues).items():
        assert readability(shown, rate) == []
        assert [s.cue for s in shown] == cues  # nothing to merge


def test_fast_speech_is_reported_not_hidden():
    text = "非常用発電機を備えている指定避難所は、"  # 19 chars said in 2 s: 9.5 chars/s at 1×
    cues = [cue(0.0, 2.0, text), cue(2.1, 4.0, "現在42か所でございます。", first=len(text)),
            cue(4.1, 5.0, "以上です。", turn=1)]
    shown = speed_tracks(cues, opts=SpeedOptions(rates=(2.0,)))[2.0]
    reasons = readability(shown, 2.0)
    assert reasons and "chars/s at 2x" in reasons[0]
    assert shown[-2].end <= shown[-1].start == cues[2].start  # no lag: the next one starts on time


def test_clamp_cuts_at_the_end_of_the_media():
    cues = [cue(70.0, 70.8, "御答弁ありがとうございました。")]  # needs 5 media seconds at 2×
    shown = speed_tracks(cues, opts=SpeedOptions(rates=(2.0,)), duration=71.0)[2.0]
    assert shown[-1].end == 71.0
    assert clamp(shown, 50.0) == []


def test_speed_files_are_webvtt_named_by_rate():
    files = speed_files("s", _pair())
    assert sorted(files) == ["s.x1.0.vtt", "s.x1.2.vtt", "s.x1.5.vtt", "s.x2.0.vtt"]
    assert all(v.startswith("WEBVTT") for v in files.values())
    assert "それでは、質問いたします。" in files["s.x2.0.vtt"].replace("\n", "")


# ------------------------------------------------------------------- properties

@st.composite
def sessions(draw):
    """Random turns of short and long captions, with sound notes in between."""
    cues, t = [], 0.0
    for turn in range(draw(st.integers(1, 4))):
        pos = 0
        for i in range(draw(st.integers(1, 6))):
            n = draw(st.integers(2, 30))
            text = "あ" * (n - 1) + draw(st.sampled_from("、。す"))
            dur = draw(st.floats(0.2, 5.0))
            cues.append(Cue(round(t, 3), round(t + dur, 3), text, "話者" if i == 0 else None,
                            0.9, turn, pos, pos + n))
            pos += n
            t += dur + draw(st.floats(0.0, 1.5))
            if draw(st.booleans()) and draw(st.booleans()):
                cues.append(Cue(round(t, 3), round(t + 1.5, 3), "（拍手）", None, 1.0, turn, pos, pos, kind="sound"))
                t += draw(st.floats(0.0, 2.0))
    return cues


@settings(max_examples=60, deadline=None)
@given(sessions(), st.sampled_from(RATES + (1.33,)))
def test_tracks_keep_all_text_in_order_and_never_overlap(cues, rate):
    opts = CueOptions()
    speech = [c for c in cues if c.kind == "speech"]
    merged = merged_cues(cues, rate)
    # same text, same order, each merged caption from one turn's consecutive captions
    assert "".join(texts(merged)) == "".join(c.text for c in speech)
    for m in (c for c in merged if c.kind == "speech"):
        parts = [c for c in speech if c.turn == m.turn and m.first <= c.first and c.last <= m.last]
        assert "".join(p.text for p in parts) == m.text
        assert width(m.text) <= opts.line_chars * opts.max_lines
        between = [s for s in cues if s.kind == "sound" and parts[0].start < s.start < parts[-1].start]
        assert between == []
    shown = speed_tracks(cues, opts=SpeedOptions(rates=(rate,)))[check_rate(rate)]
    for a, b in zip(shown, shown[1:]):
        assert a.start <= b.start
        assert a.end <= b.start + 1e-6 or a.start == b.start
    assert all(s.end > s.start for s in shown)
