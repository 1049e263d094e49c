"""The sync map: one typed model, its JSON form, and where ★ candidates sit in captions."""
import json
from dataclasses import replace
from textwrap import dedent

import pytest

from sync.cues import Cue
from sync.minutes import parse_text, script
from sync.stars import Star
from sync.syncmap import Speaker, StarEntry, SyncMap, star_entries, stars_in, with_candidates

CUES = (Cue(1.0, 2.5, "18番、関谷博議員。", "安岡克昌", 0.9, 0, 0, 10),
        Cue(2.6, 4.1, "（拍手）", None, 1.0, 0, 10, 10, kind="sound"),
        Cue(10.0, 13.0, "避難所の★蓄と、★物資。", "関谷 博", 0.2, 1, 0, 12))
STARS = (StarEntry(10.9, 11.4, "運営や備", 0.7, "asr; 1 of 1 sources agree", "関谷 博", 1, 4,
                   {"asr": "運営や備"}),
         StarEntry(12.0, 12.0, None, 0.1, "no speech between the neighbours (0.00 s voiced)",
                   "関谷 博", 1, 8, {}))
SMAP = SyncMap("a.mp4", 20.0, "whisper-base", ("議長", "関谷 博"), CUES, STARS, 0.97,
               {"evidence": 0.97, "reasons": []},
               (Speaker("議長", "議長", "安岡克昌"), Speaker("関谷 博", "", "関谷 博")))


def test_json_layout():
    data = json.loads(SMAP.to_json())
    assert list(data) == ["media", "duration", "model", "speakers", "turns", "cues", "sounds",
                          "stars", "evidence", "quality", "session"]
    assert data["turns"] == [{"speaker": "議長", "role": "議長", "name": "安岡克昌"},
                             {"speaker": "関谷 博", "role": "", "name": "関谷 博"}]
    assert data["cues"][0] == {"start": 1.0, "end": 2.5, "text": "18番、関谷博議員。", "speaker": "安岡克昌",
                               "confidence": 0.9, "turn": 0, "chars": [0, 10]}
    assert data["sounds"] == [{"start": 2.6, "end": 4.1, "text": "（拍手）", "turn": 0}]
    assert data["stars"][1] == {"start": 12.0, "end": 12.0, "candidate": None, "confidence": 0.1,
                                "reason": "no speech between the neighbours (0.00 s voiced)",
                                "speaker": "関谷 博", "turn": 1, "char": 8, "sources": {}}


def test_round_trip():
    text = SMAP.to_json()
    back = SyncMap.from_json(text)
    assert back.to_json() == text
    assert back.stars == STARS and back.speakers == SMAP.speakers and back.turns == SMAP.turns
    assert [c.kind for c in back.cues] == ["speech", "sound", "speech"]
    # a sound note keeps its time and turn (its place in the text is not in the JSON)
    assert (back.cues[1].start, back.cues[1].text, back.cues[1].turn) == (2.6, "（拍手）", 0)
    assert back.cues[0] == CUES[0] and back.cues[2] == CUES[2]


@pytest.mark.parametrize("text", ["{}", "[]", '{"cues": [{"start": 1}]}', "not json"])
def test_not_a_sync_map(text):
    with pytest.raises(ValueError):
        SyncMap.from_json(text)


def test_stars_in_a_cue_and_their_display():
    cue = CUES[2]
    assert stars_in(cue, SMAP) == [(4, STARS[0]), (8, STARS[1])]
    assert with_candidates(cue, SMAP, "［？{}］") == "避難所の［？運営や備］蓄と、★物資。"
    # a cue that starts inside a turn: places count from the turn's text, not the cue's
    later = Cue(13.0, 14.0, "★物資。", None, 0.5, 1, 8, 12)
    assert stars_in(later, SMAP) == [(0, STARS[1])]
    assert with_candidates(CUES[0], SMAP) == CUES[0].text


def test_star_entries_place_stars_by_turn():
    m = parse_text(dedent("""\
        ○議長（山田太郎君）　ただいまから会議を開き★。
        ○１番（鈴木花子君）　本日の日程は★のとおりです。
        """))
    text, offsets = script(m)
    stars = [Star(text.index("★"), 1.0, 1.5, "ます", 0.9, "asr"),
             Star(text.rindex("★"), 4.0, 4.2, None, 0.2, "none")]
    entries = star_entries(m, stars, offsets)
    assert [(e.turn, e.char, e.speaker) for e in entries] == [
        (0, m.turns[0].text.index("★"), "議長"), (1, m.turns[1].text.index("★"), "鈴木花子")]
    assert star_entries(m, stars, offsets, "name")[0].speaker == "山田太郎"


def test_minutes_longer_than_the_recording_are_left_out_of_what_viewers_see():
    # turn 0 was never said in this recording (a day's minutes, one member's video): its
    # 400 characters were squeezed into 2 s before the first heard speech; turn 1 was heard
    from sync.outputs import subtitle_captions
    squeezed = tuple(Cue(k * 0.1, k * 0.1 + 0.1, "あ" * 20, "議長" if k == 0 else None, 0.0, 0, 20 * k, 20 * k + 20)
                     for k in range(20))
    heard = (Cue(5.0, 8.0, "お答えいたします。", "市長", 0.95, 1, 0, 9),
             Cue(8.2, 9.0, "（拍手）", None, 1.0, 1, 9, 9, kind="sound"))
    quality = {"unmatched_text": [{"from": {"turn": 0, "char": 0}, "to": {"turn": 0, "char": 399}, "length": 400}]}
    smap = SyncMap("a.mp4", 20.0, "whisper-base", ("議長", "市長"), squeezed + heard, (), 0.1, quality)
    assert smap.shown == list(heard) and smap.unheard() == set(range(20))
    assert [s.cue.text for s in subtitle_captions(smap)] == ["お答えいたします。", "（拍手）"]
    # (the player's minutes pane too: trial 143 found a day's other members' lines stamped in a
    # member's clip's first seconds)
    from sync.player import minutes_view
    assert [[it["parts"][0]["t"] for it in t["items"]] for t in minutes_view(smap)] == [["お答えいたします。", "（拍手）"]]
    # (a person whose earlier turn is left out whole is named where their captions start: the
    # chair before and after a heading, review 145)
    again = (Cue(5.0, 8.0, "次に進みます。", None, 0.95, 1, 0, 7),)
    chair = (Speaker("（議長）", "議長", "山田太郎"), Speaker("（議長）", "議長", "山田太郎"))
    named = replace(smap, cues=squeezed + again, turns=chair)
    assert [c.speaker for c in named.shown] == ["（議長）"]
    # the same text spread over time enough to be said stays: placed by guess, shown
    spread = tuple(replace(c, start=c.start * 40, end=c.end * 40) for c in squeezed)
    slow = replace(smap, cues=spread + tuple(replace(c, start=c.start + 90, end=c.end + 90) for c in heard))
    assert len(slow.shown) == 22 and not slow.unheard()


def test_a_skipped_passage_squeezed_between_heard_speech_is_left_out():
    # minutes text the speaker did not read (a quoted passage), untimed and squeezed into
    # 0.6 s between two heard captions: no caption for it, the heard ones stay
    heard = Cue(0.0, 3.0, "最高裁判決を受け、次のように述べています。", "議員", 0.95, 0, 0, 21)
    skipped = tuple(Cue(3.0 + k * 0.2, 3.2 + k * 0.2, "国会と政府は調査も謝罪もしませんでした、", None, 0.0, 0,
                        21 + 20 * k, 41 + 20 * k) for k in range(3))
    after = Cue(3.6, 6.0, "この言葉を真摯に受け止めます。", None, 0.9, 0, 81, 96)
    unsure = Cue(6.0, 9.0, "ただいまから会議を開きます。", None, 0.1, 0, 96, 110)   # unsure, but time enough
    smap = SyncMap("a.mp4", 20.0, "whisper-base", ("議員",), (heard,) + skipped + (after, unsure), (), 0.5, {})
    assert smap.shown == [heard, after, unsure]


def test_a_recording_that_starts_inside_a_turn_names_its_speaker_where_its_captions_start():
    # cut after the chair's call and into the member's first sentence: the call and that
    # sentence were never (or barely) heard and are left out — with the applause after the
    # call, and the member's label moved to her first caption shown
    call = Cue(0.0, 0.3, "5番、山田花子議員。", "議長", 0.1, 0, 0, 10)
    applause = Cue(0.3, 1.8, "（拍手）", None, 1.0, 0, 10, 10, kind="sound")
    opening = Cue(0.3, 0.9, "通告に従いまして、地域の防災対策について質問いたします。", "山田 花子", 0.1, 1, 0, 27)
    heard = (Cue(3.0, 5.0, "令和6年1月の地震では、", None, 0.95, 1, 27, 39),
             Cue(5.2, 9.0, "避難所の備蓄の在り方が問われました。", None, 0.9, 1, 39, 56))
    smap = SyncMap("a.mp4", 20.0, "whisper-base", ("議長", "山田 花子"), (call, applause, opening) + heard, (), 0.5, {})
    assert [(c.text, c.speaker) for c in smap.shown] == [("令和6年1月の地震では、", "山田 花子"),
                                                         ("避難所の備蓄の在り方が問われました。", None)]
    assert smap.unheard() == {0, 1, 2}


def test_one_sentence_before_a_late_start_is_left_out_and_marked_in_the_json():
    # trial 98: a recording started 4 s late, its chair's first sentence squeezed into the
    # first 0.1 s — one caption alone, said before the recording began: left out, and the
    # sync map says so; one unsure caption in the middle with as little time stays (its
    # tail may have been heard), and so does one at the start with time enough
    lost = Cue(0.0, 0.1, "日程第１、一般質問を行います。", "議長", 0.1, 0, 0, 15)
    call = Cue(0.1, 1.86, "３番、中村健太議員。", None, 0.86, 0, 15, 25)
    middle = (Cue(6.0, 8.0, "おはようございます。", "中村健太", 0.9, 1, 0, 10),
              Cue(8.0, 8.1, "学校給食の無償化について伺います。", None, 0.1, 1, 10, 27),
              Cue(8.1, 11.0, "現在、町内の小学校では、", None, 0.9, 1, 27, 39))
    smap = SyncMap("a.mp4", 20.0, "whisper-base", ("議長", "中村健太"), (lost, call) + middle, (), 0.5, {})
    assert smap.shown == [replace(call, speaker="議長"), *middle]     # (the label moves on)
    data = json.loads(smap.to_json())
    assert [c.get("unheard", False) for c in data["cues"]] == [True, False, False, False, False]
    assert SyncMap.from_json(smap.to_json()).to_json() == smap.to_json()
    said = replace(lost, end=2.0)
    assert SyncMap("a.mp4", 20.0, "whisper-base", ("議長",), (said,) + middle, (), 0.5, {}).shown == [said, *middle]


def test_of_untimed_captions_only_those_squeezed_are_left_out():
    # trial 98: a sentence nobody said (two captions squeezed into 0.95 s), then one that was
    # said, untimed too but spread over its own 4.75 s of speech: only the first two go
    said = Cue(11.67, 18.03, "現在、町内の小学校では、約８５０人の児童が給食を利用しています。", "中村健太", 0.8, 1, 0, 32)
    unsaid = (Cue(18.03, 18.5, "近隣の市町村では、既に３つの自治体が給食費の全額助成を", None, 0.0, 1, 32, 59),
              Cue(18.5, 18.98, "実施しており、本町の対応が注目されているところであります。", None, 0.0, 1, 59, 88))
    spread = Cue(18.98, 23.73, "保護者の負担を減らすため、無償化を検討すべきではないでしょうか。", None, 0.0, 1, 88, 120)
    after = Cue(25.24, 28.01, "町長。", "議長", 0.4, 2, 0, 3)
    smap = SyncMap("a.mp4", 45.0, "whisper-base", ("中村健太", "議長"), (said, *unsaid, spread, after), (), 0.5, {})
    assert smap.shown == [said, spread, after]


def test_a_map_without_a_duration_has_no_end_to_be_at():
    # review of 2026-12-04: with duration 0 (a map without the field) every lone unsure
    # caption squeezed into little time counted as at the recording's end and was dropped
    said = Cue(10.0, 12.0, "ただいまから会議を開きます。", "議長", 0.9, 0, 0, 14)
    unsure = Cue(100.0, 100.3, "本日の会議を開きます。", None, 0.1, 0, 14, 25)
    after = Cue(101.0, 103.0, "日程第１に入ります。", None, 0.9, 0, 25, 35)
    assert SyncMap("a.mp4", 0.0, "whisper-base", ("議長",), (said, unsure, after), (), 0.5, {}).unheard() == set()
