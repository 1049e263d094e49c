"""The player page as text: escaping, structure, the minutes view (the browser tests
check its behaviour)."""
from __future__ import annotations

import html
import json
import re
from dataclasses import replace

from sync.cues import Cue
from sync.syncmap import SyncMap
from sync.player import LOW_CONFIDENCE, minutes_view, player_files, player_html

EVIL = '</script><script>alert(1)</script><img src=x onerror=alert(2)>&amp;<!--\u2028'
TRACKS = {1.0: "s.x1.0.vtt", 1.2: "s.x1.2.vtt", 1.5: "s.x1.5.vtt", 2.0: "s.x2.0.vtt"}


def sync_map(text: str = "通告に従いまして、質問いたします。", stars: bool = True) -> SyncMap:
    data = {
        "media": "s.mp4", "duration": 20.0, "speakers": ["鈴木太郎", "山田 花子"],
        "cues": [
            {"start": 1.0, "end": 2.0, "text": "5番、山田花子議員。", "speaker": "鈴木太郎",
             "confidence": 0.9, "turn": 0, "chars": [0, 10]},
            {"start": 5.0, "end": 8.0, "text": text, "speaker": "山田 花子", "confidence": 0.95,
             "turn": 1, "chars": [0, len(text)]},
            {"start": 8.5, "end": 11.0, "text": "避難所の★蓄と、★物資。", "speaker": None,
             "confidence": 0.3, "turn": 1, "chars": [len(text), len(text) + 12]},
        ],
        "sounds": [{"start": 2.0, "end": 3.5, "text": "（拍手）", "turn": 0}],
        "stars": [
            {"start": 9.1, "end": 9.6, "candidate": "運営や備", "confidence": 0.7, "reason": "asr",
             "speaker": "山田 花子", "turn": 1, "char": len(text) + 4},
            {"start": 10.0, "end": 10.0, "candidate": None, "confidence": 0.1, "reason": "none",
             "speaker": "山田 花子", "turn": 1, "char": len(text) + 8},
        ][:2 if stars else 0],
    }
    return SyncMap.from_json(json.dumps(data))


def embedded(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="sync-data">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


def test_minutes_text_cannot_close_the_data_block():
    page = player_html("s", sync_map(EVIL), TRACKS)
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<img" not in page and "<!--" not in page and "\u2028" not in page
    data = embedded(page)
    line = data["turns"][1]["items"][0]
    assert line["parts"] == [{"t": EVIL}]


def test_the_page_never_writes_minutes_as_html():
    script = player_html("s", sync_map(), TRACKS).split('<script nonce=')[1]
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "document.write" not in script and "eval(" not in script


def test_names_are_escaped_in_markup():
    stem = 'a<b>"c\'&{{ data }}@DATA@'
    page = player_html(stem, replace(sync_map(), media='x "y" <z>.mp4'), TRACKS)
    title = re.search(r"<title>(.*) — 会議録つき再生</title>", page).group(1)
    assert not set(title) & set('<>"\'') and html.unescape(title) == stem
    assert f"<h1>{title}</h1>" in page
    assert 'src="x%20%22y%22%20%3Cz%3E.mp4"' in page
    assert embedded(page)["stem"] == stem


def test_markup_in_the_minutes_stays_text():
    text = '<script>alert("x")</script>&amp; \'q\' <b>'
    page = player_html("s", sync_map(text), TRACKS)
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<b>" not in page and "alert" not in page.split('id="sync-data"')[0]
    assert embedded(page)["turns"][1]["items"][0]["parts"] == [{"t": text}]


def test_tracks_speed_buttons_and_policy():
    page = player_html("s", sync_map(), TRACKS)
    tracks = re.findall(r"<track [^>]*>", page)
    assert [re.search(r'src="([^"]+)"', t).group(1) for t in tracks] == list(TRACKS.values())
    assert "default" in tracks[0] and all("default" not in t for t in tracks[1:])
    assert 'label="字幕 1.5倍速"' in tracks[2]
    assert re.findall(r'<button type="button" data-rate="([\d.]+)"', page) == ["1", "1.2", "1.5", "2"]
    assert [b for b in re.findall(r">([\d.]+倍)</button>", page)] == ["1.0倍", "1.2倍", "1.5倍", "2.0倍"]
    nonce = re.search(r"script-src 'nonce-([0-9a-f]+)'", page).group(1)
    assert f'<script nonce="{nonce}">' in page
    assert "http://" not in page and "https://" not in page  # nothing from the network
    assert '<html lang="ja">' in page


def test_the_page_is_the_same_for_the_same_input():
    assert player_html("s", sync_map(), TRACKS) == player_html("s", sync_map(), TRACKS)


def test_minutes_view_groups_turns_and_marks_stars_and_low_confidence():
    turns = minutes_view(sync_map())
    assert [t["speaker"] for t in turns] == ["鈴木太郎", "山田 花子"]
    assert [(i["kind"], i["start"]) for i in turns[0]["items"]] == [("line", 1.0), ("sound", 2.0)]
    second = turns[1]["items"]
    assert [i["low"] for i in second] == [False, True]
    assert second[1]["confidence"] < LOW_CONFIDENCE
    assert second[1]["parts"] == [
        {"t": "避難所の"},
        {"star": {"start": 9.1, "candidate": "運営や備", "confidence": 0.7}},
        {"t": "蓄と、"},
        {"star": {"start": 10.0, "candidate": None, "confidence": 0.1}},
        {"t": "物資。"},
    ]


def test_a_star_without_an_entry_still_shows():
    parts = minutes_view(sync_map(stars=False))[1]["items"][1]["parts"]
    assert parts[1] == {"star": {"start": 8.5, "candidate": None, "confidence": None}}


def test_player_files_embed_every_track():
    cues = [Cue(1.0, 2.0, "5番、山田花子議員。", "鈴木太郎", 0.9, 0, 0, 10),
            Cue(5.0, 8.0, "通告に従いまして、質問いたします。", "山田 花子", 0.95, 1, 0, 17)]
    files = player_files("s", sync_map(), cues)
    assert sorted(files) == ["s.html", *sorted(TRACKS.values())]
    data = embedded(files["s.html"])
    assert [t["rate"] for t in data["tracks"]] == [1.0, 1.2, 1.5, 2.0]
    assert [t["vtt"] for t in data["tracks"]] == [files[name] for name in TRACKS.values()]
