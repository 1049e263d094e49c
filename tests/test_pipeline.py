import json
from dataclasses import replace

import pytest

from sync.errors import MediaError, MinutesError, OutputError
from sync.cues import CueOptions
from sync.outputs import OutputOptions
from sync.pipeline import SyncOptions, sync

from conftest import SAMPLE_MEDIA, SAMPLE_MINUTES


@pytest.fixture
def opts(tmp_path):
    return SyncOptions(cache_dir=tmp_path / "cache")


def test_sync_writes_every_output_and_a_sorted_sync_map(tmp_path, opts, fake_engine, fake_transcriber):
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "out", opts, fake_engine)
    names = sorted(p.name for p in res.outputs)
    assert names == ["sample.filled.txt", "sample.html", "sample.json", "sample.review.csv",
                     "sample.review.html", "sample.srt", "sample.vtt", "sample.x1.0.vtt",
                     "sample.x1.2.vtt", "sample.x1.5.vtt", "sample.x2.0.vtt"]
    data = json.loads((tmp_path / "out" / "sample.json").read_text(encoding="utf-8"))
    starts = [c["start"] for c in data["cues"]]
    assert starts == sorted(starts)
    assert all(c["end"] >= c["start"] for c in data["cues"])
    # the chair and executives by role, members by name; role and name kept apart per turn
    assert data["speakers"] == ["議長", "山田 花子", "総務部長"]
    assert data["turns"][0] == {"speaker": "議長", "role": "議長", "name": "鈴木太郎"}
    assert data["turns"][3] == {"speaker": "総務部長", "role": "総務部長", "name": "佐藤恵子"}
    assert len(data["stars"]) == 2
    # the fake ASR heard the hidden words: they come back as candidates
    assert [s["candidate"] for s in data["stars"]] == ["運営や備", "協定による"]
    assert all(s["end"] >= s["start"] for s in data["stars"])
    assert data["cues"][0]["speaker"] == "議長"
    assert data["quality"]["unplaced_lines"] == [] and data["quality"]["uncovered_media"] == []
    assert "".join(c["text"] for c in data["cues"]).count("★") == 2


def test_a_run_after_the_stars_were_filled_in_leaves_no_candidates_behind(tmp_path, opts, fake_engine):
    # the editor fills the ★ in and syncs again into the same folder: the sheets of the
    # last run must not stay beside the new outputs with candidates that no longer exist
    sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "out", opts, fake_engine)
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(SAMPLE_MINUTES.read_text(encoding="utf-8").replace("の★蓄", "の運営や備蓄")
                         .replace("との★物資", "との協定による物資"), encoding="utf-8")
    res = sync(str(SAMPLE_MEDIA), str(corrected), tmp_path / "out", opts, fake_engine)
    assert "sample.review.csv" in {p.name for p in res.outputs}
    sheet = (tmp_path / "out" / "sample.review.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(sheet) == 1 and sheet[0].startswith("番号,")
    assert (tmp_path / "out" / "sample.filled.txt").read_text(encoding="utf-8") == corrected.read_text(encoding="utf-8")


def test_second_run_reuses_the_asr_cache(tmp_path, opts, fake_engine, fake_transcriber):
    sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "a", opts, fake_engine)
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "b", opts, fake_engine)
    assert res.asr_cached and len(fake_transcriber.calls) == 1


def test_bad_minutes_fail_before_any_transcription(tmp_path, opts, fake_engine, fake_transcriber):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(MinutesError):
        sync(str(SAMPLE_MEDIA), str(empty), tmp_path / "out", opts, fake_engine)
    assert fake_transcriber.calls == [] and not (tmp_path / "out").exists()


def test_bad_media_fails_before_any_transcription(tmp_path, opts, fake_engine, fake_transcriber):
    with pytest.raises(MediaError):
        sync(str(SAMPLE_MINUTES), str(SAMPLE_MINUTES), tmp_path / "out", opts, fake_engine)
    assert fake_transcriber.calls == []


def test_unwritable_output_fails_before_any_work(tmp_path, opts, fake_engine, fake_transcriber):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), blocker / "out", opts, fake_engine)
    assert fake_transcriber.calls == []


def test_editor_rerun_after_filling_a_star(tmp_path, opts, fake_engine, fake_transcriber):
    """An editor replaces one ★ in the minutes and re-syncs: cached ASR, one ★ left."""
    sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "a", opts, fake_engine)
    edited = tmp_path / "sample.txt"
    edited.write_text(SAMPLE_MINUTES.read_text(encoding="utf-8").replace("の★蓄", "の運営や備蓄"), encoding="utf-8")
    res = sync(str(SAMPLE_MEDIA), str(edited), tmp_path / "b", opts, fake_engine)
    assert res.asr_cached and len(res.stars) == 1
    srt = (tmp_path / "b" / "sample.srt").read_text(encoding="utf-8")
    assert "［？協定による］" in srt and "運営や備蓄" in srt


def test_words_not_heard_marked_in_brackets_get_candidates_like_a_star(tmp_path, opts, fake_engine):
    """Minutes that mark words not heard as （聴取不能） (as some assemblies' do) instead of
    ★: the same candidates, and the filled minutes keep the mark beside its candidate."""
    marked = tmp_path / "sample.txt"
    marked.write_text(SAMPLE_MINUTES.read_text(encoding="utf-8").replace("★", "（聴取不能）"), encoding="utf-8")
    res = sync(str(SAMPLE_MEDIA), str(marked), tmp_path / "out", opts, fake_engine)
    assert [s.candidate for s in res.stars] == ["運営や備", "協定による"]
    filled = (tmp_path / "out" / "sample.filled.txt").read_text(encoding="utf-8")
    assert "（聴取不能）〔" in filled and "運営や備" in filled and "★" not in filled
    assert filled.count("（聴取不能）") == 3     # and the header that names the mark, as written


def test_speaker_label_style_names_the_chair(tmp_path, fake_engine):
    opts = SyncOptions(use_cache=False, output=OutputOptions(cues=CueOptions(speaker_style="both")))
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "out", opts, fake_engine)
    assert res.sync_map.speakers[0] == "議長\u3000鈴木太郎"
    srt = (tmp_path / "out" / "sample.srt").read_text(encoding="utf-8")
    assert srt.splitlines()[2] == "（議長\u3000鈴木太郎）"


def test_speech_the_minutes_lack_is_reported(tmp_path, capsys, fake_engine):
    """A turn missing from the minutes (here the executive's answer, 42–66 s) leaves
    speech without captions: the sync map and the console say where."""
    from sync.cli import main

    text = SAMPLE_MINUTES.read_text(encoding="utf-8")
    a, b = text.index("○総務部長"), text.index("○山田 花子君\n御答弁")
    short = tmp_path / "sample.txt"
    short.write_text(text[:a] + text[b:], encoding="utf-8")
    code = main(["align", str(SAMPLE_MEDIA), str(short), "-o", str(tmp_path / "out"), "-q",
                 "--no-cache"], engine=fake_engine)
    assert code == 0
    gaps = json.loads((tmp_path / "out" / "sample.json").read_text(encoding="utf-8"))["quality"]["uncovered_media"]
    assert len(gaps) == 1 and gaps[0][0] < 44 and gaps[0][1] > 64
    err = capsys.readouterr().err
    assert "warning: speech from 0:00:4" in err and "is not in the minutes" in err


def test_unplaced_minutes_lines_are_reported(tmp_path, capsys, fake_engine):
    from sync.cli import main

    text = SAMPLE_MINUTES.read_text(encoding="utf-8").replace(
        "○山田 花子君\n御答弁", "◎請願第３号の審査について、今後の日程を協議する。\n○山田 花子君\n御答弁")
    odd = tmp_path / "sample.txt"
    odd.write_text(text, encoding="utf-8")
    assert main(["align", str(SAMPLE_MEDIA), str(odd), "-o", str(tmp_path / "out"), "-q",
                 "--no-cache"], engine=fake_engine) == 0
    unplaced = json.loads((tmp_path / "out" / "sample.json").read_text(encoding="utf-8"))["quality"]["unplaced_lines"]
    assert [u["text"][:5] for u in unplaced] == ["◎請願第３"]
    assert "not read as speech" in capsys.readouterr().err


# --- guided or full transcription ----------------------------------------------------------

def _engines(truth_words, gave_up=None):
    """An engine whose full transcription and guide both "hear" the sample's truth,
    counting their calls."""
    from sync.asr import Engine
    from sync.guided import Report

    calls = {"transcribe": 0, "guide": 0, "retime": 0}

    def transcribe(audio, progress=None):
        calls["transcribe"] += 1
        return truth_words()

    def guide(audio, text, voiced, progress=None, heard=None, base=None, since=0.0):
        assert "★" in text and voiced.speech.any()  # the official text and its speech
        if heard is not None:  # retiming the full transcription's words, by their alignment
            calls["retime"] += 1
            if since:
                calls.setdefault("since", []).append(since)
            assert base is not None and len(base.start) == len(text) and len(heard) > 10
            return truth_words(), Report(windows=3, speech_seconds=60.0, kept_seconds=12.0,
                                         retimed=True)
        calls["guide"] += 1
        return truth_words(), Report(windows=3, speech_seconds=60.0, decoded_seconds=6.0,
                                     gave_up=gave_up)

    return Engine(transcribe, guide=guide), calls


def test_guided_asks_the_guide_and_full_asr_transcribes(tmp_path, opts):
    from dataclasses import replace
    from conftest import truth_words

    engine, calls = _engines(truth_words)
    # the default: the full transcription, then its words retimed
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "d", opts, engine)
    assert calls == {"transcribe": 1, "guide": 0, "retime": 1}
    assert res.guided is None and res.retimed.retimed and res.retimed.kept_share == pytest.approx(0.2)
    assert "retiming" in res.stages
    # the retimed words are cached too: a re-run transcribes and retimes nothing
    sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "e", opts, engine)
    assert calls == {"transcribe": 1, "guide": 0, "retime": 1}
    # --no-retime: the transcription (cached) alone
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "f", replace(opts, retime=False), engine)
    assert calls == {"transcribe": 1, "guide": 0, "retime": 1} and res.retimed is None
    opts = replace(opts, full_asr=False, cache_dir=tmp_path / "cache2")
    calls.update(transcribe=0, retime=0)
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "a", opts, engine)
    assert calls == {"transcribe": 0, "guide": 1, "retime": 0}
    assert res.guided is not None and res.guided.decoded_share == pytest.approx(0.1)
    assert "asr" in res.stages and "alignment" in res.stages
    # the guided words are cached under a key of their own: a re-run guides nothing
    sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "b", opts, engine)
    assert calls == {"transcribe": 0, "guide": 1, "retime": 0}
    # --full-asr does not take the guided words for a transcription
    sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "c", replace(opts, full_asr=True), engine)
    assert calls == {"transcribe": 1, "guide": 1, "retime": 1}


def test_a_full_transcription_in_the_cache_serves_a_guided_run(tmp_path, opts):
    from dataclasses import replace
    from conftest import truth_words

    engine, calls = _engines(truth_words)
    sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "a", replace(opts, full_asr=True), engine)
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "b", replace(opts, full_asr=False), engine)
    assert calls == {"transcribe": 1, "guide": 0, "retime": 1} and res.asr_cached


def test_a_guide_that_gave_up_keeps_its_words_and_the_ones_heard_after_are_retimed(tmp_path, opts):
    """A guide that gave up at 20 s kept what it timed before and the recording was
    transcribed from there: those words are retimed from 20 s on, as the full path's are,
    and cached with that time — not as a full transcription."""
    from dataclasses import replace
    from conftest import truth_words

    engine, calls = _engines(truth_words, gave_up=20.0)
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "a", replace(opts, full_asr=False), engine)
    assert res.guided.gave_up == 20.0 and res.retimed.retimed
    assert calls == {"transcribe": 0, "guide": 1, "retime": 1, "since": [20.0]}
    # a re-run takes both from the cache, the time they were heard from too
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "b", replace(opts, full_asr=False), engine)
    assert calls == {"transcribe": 0, "guide": 1, "retime": 1, "since": [20.0]} and res.asr_cached
    # the full path does not take them for its transcription
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "c", replace(opts, full_asr=True), engine)
    assert calls == {"transcribe": 1, "guide": 1, "retime": 2, "since": [20.0]} and not res.asr_cached


def test_guided_stars_are_read_from_their_window_not_from_the_timed_text(tmp_path, opts):
    """Guided, the words around a ★ are the official text timed: the ★ stage reads the
    window itself (unprompted), so the candidate comes from the decoder, not the words."""
    from sync.asr import Engine
    from conftest import truth_words

    seen = []

    def decode(samples, prompt, left, beam=None):
        seen.append((prompt, left))
        return [("運営や備蓄の" if not left else left + "運営や備", -0.1)]

    from dataclasses import replace

    base, _ = _engines(truth_words)
    engine = Engine(base.transcribe, decode, None, base.guide)
    res = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "a", replace(opts, full_asr=False), engine)
    assert ("", "") in seen  # the unprompted reading in place of the session words
    assert res.stars[0].candidate


def _sync_a_cut(tmp_path, name: str, cut: list[str], heard) -> int:
    """The sample cut by ffmpeg's arguments ``cut`` into ``name``, synced with all of its
    minutes from the ``heard`` words into tmp_path/out: the exit status."""
    import subprocess

    from sync.asr import Engine
    from sync.cli import main

    subprocess.run(["ffmpeg", "-v", "error", *cut, str(tmp_path / name)], check=True)
    return main(["align", str(tmp_path / name), str(SAMPLE_MINUTES), "-o", str(tmp_path / "out"), "-q", "--no-cache"],
                engine=Engine(lambda audio, progress=None: heard))


def test_minutes_longer_than_the_recording_are_reported_and_stay_inside_it(tmp_path, capsys):
    """The first 20 s of the sample with all of its minutes: the text nobody was heard
    saying is reported, and no cue starts or ends outside the recording or has no length."""
    from conftest import truth_words

    heard = [w for w in truth_words() if w.end <= 19.5]
    assert _sync_a_cut(tmp_path, "first20.mp4", ["-i", str(SAMPLE_MEDIA), "-t", "20", "-c", "copy"], heard) == 0
    err = capsys.readouterr().err
    assert "characters of the minutes from speech" in err and "were not heard in the recording" in err
    # the text after the first 20 s has no time left to be said: the subtitles leave it
    # out rather than flash it by in the last second; the sync map keeps every cue
    assert "the subtitles leave out their 11 captions" in err
    assert "(was the recording cut before the minutes end?)" in err      # the tail of the minutes
    data = json.loads((tmp_path / "out" / "first20.json").read_text(encoding="utf-8"))
    assert data["quality"]["unmatched_text"]
    assert all(0 <= c["start"] < c["end"] <= data["duration"] for c in data["cues"])
    srt = (tmp_path / "out" / "first20.srt").read_text(encoding="utf-8")
    assert "お答えいたします" not in srt and "御答弁ありがとうございました" not in srt
    assert len(data["cues"]) == 15 and srt.count(" --> ") == 15 - 11 + 1     # and （拍手）


def test_the_player_page_finds_the_recording_from_its_folder(tmp_path, opts, fake_engine):
    """Outputs written elsewhere than the recording (align media/sample.mp4 … -o out): the
    player page plays it by a path relative to its own folder, not a file beside it."""
    import os
    import re
    sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), tmp_path / "out", opts, fake_engine)
    page = (tmp_path / "out" / "sample.html").read_text(encoding="utf-8")
    src = re.search(r'<video[^>]*\ssrc="([^"]+)"', page).group(1)
    assert src.endswith("/sample.mp4") and src.startswith("..")
    assert os.path.samefile(tmp_path / "out" / src.replace("%20", " "), SAMPLE_MEDIA)


def test_a_recording_that_starts_after_the_minutes_do_says_so(tmp_path, capsys):
    """The sample from 31 s on with all of its minutes: the text before is reported as
    the part the recording does not start with, not as a shorter recording."""
    from conftest import truth_words

    heard = [replace(w, start=round(w.start - 31, 3), end=round(w.end - 31, 3)) for w in truth_words() if w.start >= 31.5]
    assert _sync_a_cut(tmp_path, "from31.mp4", ["-ss", "31", "-i", str(SAMPLE_MEDIA), "-c:v", "copy", "-c:a", "aac"],
                       heard) == 0
    err = capsys.readouterr().err
    assert "from speech 1 (" in err and "(does the recording start after the minutes do?)" in err, err
    assert "is the recording shorter" not in err


def test_a_recording_that_stops_before_the_minutes_last_words_says_so(tmp_path, capsys):
    """trial 110: the sample cut before its last sentence (御答弁ありがとうございました。,
    too short to be reported as a gap): its caption is left out as not said, and the
    warning guesses a cut recording, not sentences the speakers skipped."""
    from conftest import truth_words

    heard = [w for w in truth_words() if w.end <= 66.0]
    assert _sync_a_cut(tmp_path, "first66.mp4", ["-i", str(SAMPLE_MEDIA), "-t", "66.2", "-c:v", "copy", "-c:a", "aac"],
                       heard) == 0
    err = capsys.readouterr().err
    assert "had no time to be said" in err and "(was the recording cut before the minutes end?)" in err, err
    assert "sentences the speakers skipped" not in err


def test_a_day_in_two_recordings_is_told_by_the_minutes_recess_line():
    # trial 118: the morning's recording with the whole day's minutes said "was the
    # recording cut…?"; the minutes' 午前１１時５８分休憩 stands where the recording ends
    from sync.minutes import parse_text
    from sync.notices import _break_at

    m = parse_text("○議長（山田太郎君）　開会します。\n○議長（山田太郎君）　休憩します。\n"
                   "　　　　午前１１時５８分休憩\n　　　　午後１時００分再開\n"
                   "○議長（山田太郎君）　再開します。\n○市長（佐藤一郎君）　お答えします。\n")
    assert _break_at(m, {"from": {"turn": 2, "char": 0}, "to": {"turn": 3, "char": 6}}, after=True) \
        == "午前１１時５８分休憩"
    assert _break_at(m, {"from": {"turn": 0, "char": 0}, "to": {"turn": 1, "char": 5}}, after=False) \
        == "午後１時００分再開"
    # no recess there: nothing said of one
    assert _break_at(m, {"from": {"turn": 3, "char": 0}, "to": {"turn": 3, "char": 6}}, after=True) == ""


def test_minutes_that_hold_far_less_than_was_said_are_told_as_a_summary(tmp_path, capsys, fake_engine):
    # trial 123: a committee's summary (要点筆記) synced without a word about it; every
    # stretch it left out was said to have "no captions there" while guessed captions stood
    # over it. The share of the heard words the minutes hold tells a summary (verbatim:
    # 0.92–1.06 on the corpora and trials; summaries 0.51–0.66)
    import re
    from sync.cli import main
    text = SAMPLE_MINUTES.read_text(encoding="utf-8")
    # each paragraph's first clause only, as a summary keeps a turn's gist
    summary = re.sub(r"(?m)^([^○〔\n][^、。\n]*)[、。][^\n]*", r"\1。", text)
    short = tmp_path / "sample.txt"
    short.write_text(summary, encoding="utf-8")
    assert main(["align", str(SAMPLE_MEDIA), str(short), "-o", str(tmp_path / "out"), "-q", "--no-cache"],
                engine=fake_engine) == 0
    err = capsys.readouterr().err
    data = json.loads((tmp_path / "out" / "sample.json").read_text(encoding="utf-8"))
    assert re.search(r"the minutes hold about (\d+)% of the words heard", err), err
    assert int(re.search(r"the minutes hold about (\d+)%", err).group(1)) < 70
    # where a stretch nobody's minutes cover has captions placed by guess over it, it says so
    for a, b in data["quality"]["uncovered_media"]:
        over = [c for c in data["cues"] if min(c["end"], b) - max(c["start"], a) > 1.0 and not c.get("unheard")]
        assert ("no captions there" in err) or over
    # the sample's own minutes: no such warning
    assert main(["align", str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), "-o", str(tmp_path / "out2"), "-q", "--no-cache"],
                engine=fake_engine) == 0
    assert "the minutes hold about" not in capsys.readouterr().err


def test_speech_where_the_minutes_note_a_roll_call_says_so(tmp_path, capsys, fake_engine):
    """trial 122: the clerk's roll call (90 s of names) was reported as speech the minutes
    lack, as any missing turn is; the minutes note it (〔点呼〕〔投票〕), and the warning says so."""
    from sync.cli import main

    text = SAMPLE_MINUTES.read_text(encoding="utf-8")
    a, b = text.index("○総務部長"), text.index("○山田 花子君\n御答弁")
    noted = tmp_path / "sample.txt"
    noted.write_text(text[:a] + "　　　〔点呼〕\n　　　〔投票〕\n" + text[b:], encoding="utf-8")
    assert main(["align", str(SAMPLE_MEDIA), str(noted), "-o", str(tmp_path / "out"), "-q", "--no-cache"],
                engine=fake_engine) == 0
    err = capsys.readouterr().err
    assert "is not in the minutes — they note 〔点呼〕〔投票〕 there, done but not written down" in err, err
