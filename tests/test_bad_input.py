"""Every bad input of docs/robustness.md through the command line, in-process.

Each failing row checks: the exit status, one line on stderr starting with ``error:``
that names the file, no traceback, and no output written (or earlier outputs left
byte for byte). Speech recognition is the sample's truth (``whisper_transcriber`` is
replaced), so no model runs here.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from sync import asr, media
from sync.asr import Engine
from sync.cli import main
from sync.errors import MinutesError
from sync.minutes import load, parse_text

from conftest import SAMPLE_MEDIA, SAMPLE_MINUTES, SHARED, needs_shared, truth_words

OTHER_SESSION = SHARED / "corpus" / "kokkai-synth" / "official.txt"  # Shift_JIS, 25 min


def no_model(opts):
    raise AssertionError("the real model must not load in these tests")


CALLS: list[str] = []


def transcribe(audio, progress=None):
    """The sample's truth for a recording with sound, nothing for digital silence."""
    CALLS.append(audio.source)
    return truth_words() if audio.samples.any() else []


@pytest.fixture(autouse=True)
def fake_asr(monkeypatch):
    """The engine ``main()`` is given (★ candidates from its words only); loading the
    real model fails the test. Returns the recordings it was asked to transcribe."""
    CALLS.clear()
    monkeypatch.setattr(asr, "load_model", no_model)
    return CALLS


def ffmpeg(*args: str) -> None:
    subprocess.run([media.ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-y", *args], check=True)


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("bad-media")
    ffmpeg("-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "20", str(d / "silent.wav"))
    ffmpeg("-f", "lavfi", "-i", "color=c=black:s=64x64:r=5:d=3", "-c:v", "libx264",
           str(d / "no-audio.mp4"))
    data = SAMPLE_MEDIA.read_bytes()
    # the sample has its index first (faststart): a cut file still opens and decodes
    # about half, with ffmpeg exiting 0, so only the duration betrays it
    (d / "truncated.mp4").write_bytes(data[: len(data) // 2])
    corrupt = bytearray(data)
    corrupt[:64] = bytes(64)  # the container header overwritten
    (d / "corrupt.mp4").write_bytes(bytes(corrupt))
    return d


def run(capsys, tmp_path, recording, minutes, *extra, out: Path | None = None):
    out = out or tmp_path / "out"
    code = main(["align", str(recording), str(minutes), "-o", str(out), "-q",
                 "--cache-dir", str(tmp_path / "cache"), *extra], engine=Engine(transcribe))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_refused(code, err, expected_code, path, *words, out: Path | None = None):
    assert code == expected_code, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert str(path) in lines[0], f"the message does not name {path}: {lines[0]}"
    for w in words:
        assert w in lines[0], f"{w!r} not in: {lines[0]}"
    assert "Traceback" not in err
    if out is not None:
        assert not out.exists() or not any(out.iterdir()), list(out.iterdir())


# --- the recording --------------------------------------------------------------------

def test_missing_recording(capsys, tmp_path, fake_asr):
    code, _, err = run(capsys, tmp_path, tmp_path / "nope.mp4", SAMPLE_MINUTES)
    assert_refused(code, err, 2, tmp_path / "nope.mp4", "not found", out=tmp_path / "out")
    assert fake_asr == []


def test_folder_as_recording(capsys, tmp_path):
    (tmp_path / "folder.mp4").mkdir()
    code, _, err = run(capsys, tmp_path, tmp_path / "folder.mp4", SAMPLE_MINUTES)
    assert_refused(code, err, 2, tmp_path / "folder.mp4", "folder", out=tmp_path / "out")


def test_text_file_as_recording(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path, SAMPLE_MINUTES, SAMPLE_MINUTES)
    assert_refused(code, err, 2, SAMPLE_MINUTES, "cannot read", out=tmp_path / "out")


def test_recording_without_audio_stream(capsys, tmp_path, made):
    code, _, err = run(capsys, tmp_path, made / "no-audio.mp4", SAMPLE_MINUTES)
    assert_refused(code, err, 2, made / "no-audio.mp4", "no audio stream", out=tmp_path / "out")


def test_corrupt_recording(capsys, tmp_path, made, fake_asr):
    code, _, err = run(capsys, tmp_path, made / "corrupt.mp4", SAMPLE_MINUTES)
    assert_refused(code, err, 2, made / "corrupt.mp4", "cannot read", out=tmp_path / "out")
    assert fake_asr == []


def test_truncated_recording(capsys, tmp_path, made, fake_asr):
    code, _, err = run(capsys, tmp_path, made / "truncated.mp4", SAMPLE_MINUTES)
    assert_refused(code, err, 2, made / "truncated.mp4", "truncated", "--partial", out=tmp_path / "out")
    assert fake_asr == []


def test_a_truncated_recording_synced_in_part_when_asked(capsys, tmp_path, made):
    # a capture that stopped: --partial syncs what decodes and says so; no caption runs
    # past the end of what decoded
    code, _, err = run(capsys, tmp_path, made / "truncated.mp4", SAMPLE_MINUTES, "--partial")
    assert code == 0, err
    assert "the recording is truncated" in err
    smap = _sync_map(tmp_path, "truncated")
    cut = smap["quality"]["truncated"]
    assert cut["decoded"] < cut["expected"] - 10 and abs(smap["duration"] - cut["decoded"]) < 0.1
    assert all(c["end"] <= smap["duration"] + 1e-6 for c in smap["cues"])


def test_silent_recording(capsys, tmp_path, made, fake_asr):
    code, _, err = run(capsys, tmp_path, made / "silent.wav", SAMPLE_MINUTES)
    assert_refused(code, err, 2, made / "silent.wav", "silent", out=tmp_path / "out")
    assert fake_asr == []  # found before speech recognition


# --- the minutes ----------------------------------------------------------------------

def test_a_silent_first_audio_track_gives_way_to_the_track_with_speech(capsys, tmp_path, fake_asr):
    # a chamber's video with the floor's sound on its second track
    both = tmp_path / "two-tracks.mp4"
    ffmpeg("-i", str(SAMPLE_MEDIA), "-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo", "-map", "0:v",
           "-map", "1:a", "-map", "0:a", "-t", "71.4", "-c:v", "copy", "-c:a", "aac", "-shortest", str(both))
    code, out, err = run(capsys, tmp_path, both, SAMPLE_MINUTES)
    assert code == 0 and "first audio track is silent: its audio track 2" in err and "-map 0:a:1" in err
    assert _sync_map(tmp_path, "two-tracks")["quality"]["audio_track"] == 2
    # every track silent: refused, naming how many were tried
    none = tmp_path / "silent-tracks.mp4"
    ffmpeg("-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono",
           "-map", "0:a", "-map", "1:a", "-t", "5", "-c:a", "aac", str(none))
    code, _, err = run(capsys, tmp_path, none, SAMPLE_MINUTES, out=tmp_path / "out2")
    assert_refused(code, err, 2, none, "on any of its 2 audio tracks", out=tmp_path / "out2")


def test_an_interpreters_first_track_is_named_in_the_refusal_and_another_can_be_chosen(
        capsys, tmp_path, monkeypatch):
    # the first track an interpreter's (here a tone: other sound, not the session's words),
    # the floor's on the second: the minutes do not fit the first, and the refusal says
    # that there is another track and how to choose it
    both = tmp_path / "interpreter.mp4"
    ffmpeg("-i", str(SAMPLE_MEDIA), "-f", "lavfi", "-i", "sine=f=330:r=48000:d=71.4", "-map", "0:v",
           "-map", "1:a", "-map", "0:a", "-t", "71.4", "-c:v", "copy", "-c:a", "aac", "-shortest", str(both))
    session = media.load(SAMPLE_MEDIA).samples.astype(float).std()
    monkeypatch.setitem(globals(), "transcribe", lambda audio, progress=None:
                        truth_words() if abs(audio.samples.astype(float).std() / session - 1) < 0.2 else [])
    code, _, err = run(capsys, tmp_path, both, SAMPLE_MINUTES)
    assert_refused(code, err, 3, SAMPLE_MINUTES, "2 audio tracks and track 1 was synced", "--audio-track",
                   out=tmp_path / "out")
    code, _, err = run(capsys, tmp_path, both, SAMPLE_MINUTES, "--audio-track", "2")
    assert code == 0, err
    quality = _sync_map(tmp_path, "interpreter")["quality"]
    assert quality["audio_track"] == 2 and quality["audio_track_chosen"]      # chosen, not a fallback
    # …and players play the first track all the same: the user is told how to give viewers the second
    assert "audio track 2 was synced, as asked; players and the player page play the first track" in err
    code, _, err = run(capsys, tmp_path, both, SAMPLE_MINUTES, "--audio-track", "3", out=tmp_path / "out3")
    assert_refused(code, err, 2, both, "no track 3", "from 1 to 2", out=tmp_path / "out3")


def test_missing_minutes(capsys, tmp_path, fake_asr):
    code, _, err = run(capsys, tmp_path, SAMPLE_MEDIA, tmp_path / "nope.txt")
    assert_refused(code, err, 2, tmp_path / "nope.txt", "not found", out=tmp_path / "out")
    assert fake_asr == []


def test_folder_as_minutes(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path, SAMPLE_MEDIA, tmp_path)
    assert_refused(code, err, 2, tmp_path, "folder", out=tmp_path / "out")


@pytest.mark.parametrize("content", [b"", b"   \r\n\xe3\x80\x80\n\n"], ids=["empty", "blank"])
def test_empty_minutes(capsys, tmp_path, content, fake_asr):
    (tmp_path / "m.txt").write_bytes(content)
    code, _, err = run(capsys, tmp_path, SAMPLE_MEDIA, tmp_path / "m.txt")
    assert_refused(code, err, 2, tmp_path / "m.txt", "empty", out=tmp_path / "out")
    assert fake_asr == []


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])  # UTF-16 and EUC-JP are read since minutes accept them
def test_minutes_in_an_undecodable_encoding(capsys, tmp_path, encoding):
    (tmp_path / "m.txt").write_bytes(SAMPLE_MINUTES.read_text(encoding="utf-8").encode(encoding))
    code, _, err = run(capsys, tmp_path, SAMPLE_MEDIA, tmp_path / "m.txt")
    assert_refused(code, err, 2, tmp_path / "m.txt", "cannot be decoded", "UTF-8",
                   out=tmp_path / "out")


@needs_shared
def test_minutes_of_another_session(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path, SAMPLE_MEDIA, OTHER_SESSION)
    assert_refused(code, err, 3, OTHER_SESSION, "do not match", out=tmp_path / "out")


# --- partial pairs: aligned, and the rest reported --------------------------------------

def _minutes_of_first_two_turns(tmp_path) -> Path:
    src = SAMPLE_MINUTES.read_text(encoding="utf-8")
    p = tmp_path / "head.txt"
    p.write_text(src[: src.index("○議長(鈴木太郎君)\n総務部長。")], encoding="utf-8")
    return p


def _minutes_with_more_than_was_recorded(tmp_path) -> Path:
    src = SAMPLE_MINUTES.read_text(encoding="utf-8")
    other = "".join(t.text for t in load(OTHER_SESSION).turns[:4])
    foot = src.index("著作権について")
    p = tmp_path / "longer.txt"
    p.write_text(src[:foot] + "○総務部長(佐藤恵子君)\n" + other + "\n" + src[foot:], encoding="utf-8")
    return p


def _sync_map(tmp_path, stem: str = "sample") -> dict:
    return json.loads((tmp_path / "out" / f"{stem}.json").read_text(encoding="utf-8"))


def test_minutes_of_part_of_the_recording_are_aligned(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path, SAMPLE_MEDIA, _minutes_of_first_two_turns(tmp_path))
    assert code == 0, err
    cues = _sync_map(tmp_path)["cues"]
    assert cues[0]["start"] == pytest.approx(1.0, abs=0.3)
    assert cues[-1]["end"] == pytest.approx(36.7, abs=0.5)  # the minutes end there


def test_minutes_of_part_of_the_recording_report_the_rest(capsys, tmp_path):
    run(capsys, tmp_path, SAMPLE_MEDIA, _minutes_of_first_two_turns(tmp_path))
    q = _sync_map(tmp_path)["quality"]
    assert q["reasons"] == [] and q["unmatched_text"] == []
    (a, b), = q["uncovered_media"]  # the answer of the 総務部長, 39–70 s
    assert 36 < a < 40 and b == pytest.approx(70.1, abs=0.5)


@needs_shared
def test_recording_of_part_of_the_minutes_is_aligned(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path, SAMPLE_MEDIA, _minutes_with_more_than_was_recorded(tmp_path))
    assert code == 0, err
    cues = _sync_map(tmp_path)["cues"]
    last_heard = next(c for c in cues if c["text"].startswith("御答弁"))
    assert last_heard["start"] == pytest.approx(68.1, abs=0.5)


@needs_shared
def test_recording_of_part_of_the_minutes_reports_the_rest(capsys, tmp_path):
    run(capsys, tmp_path, SAMPLE_MEDIA, _minutes_with_more_than_was_recorded(tmp_path))
    data = _sync_map(tmp_path)
    q = data["quality"]
    assert q["reasons"] == [] and q["uncovered_media"] == []
    (gap,) = q["unmatched_text"]  # the appended turn (the sixth), never said in this recording
    assert gap["from"] == {"turn": 5, "char": 0} and gap["length"] > 300


@needs_shared
def test_a_star_in_minutes_the_recording_does_not_hold_gets_no_candidate(capsys, tmp_path):
    # the appended turn was never said in this recording: its ★ is squeezed at the end,
    # and whatever the audio says there is not what the ★ hides
    longer = _minutes_with_more_than_was_recorded(tmp_path)
    text = longer.read_text(encoding="utf-8")
    at = text.index("○総務部長(佐藤恵子君)\n") + 200
    longer.write_text(text[:at] + "★" + text[at + 1:], encoding="utf-8")
    run(capsys, tmp_path, SAMPLE_MEDIA, longer)
    stars = _sync_map(tmp_path)["stars"]
    unsaid = [s for s in stars if s["turn"] == 5]
    assert len(unsaid) >= 1 and all(s["candidate"] is None and s["reason"].startswith("not heard") for s in unsaid)
    assert [s["candidate"] for s in stars if s["turn"] < 5] == ["運営や備", "協定による"]


# --- the output folder ----------------------------------------------------------------

def test_output_folder_in_the_way_of_a_file(capsys, tmp_path, fake_asr):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, tmp_path, SAMPLE_MEDIA, SAMPLE_MINUTES, out=blocker / "out")
    assert_refused(code, err, 2, blocker, "not a folder")
    assert blocker.read_text() == "x" and fake_asr == []


@pytest.mark.parametrize("suffix", [".html", ".json"])
def test_outputs_never_replace_the_inputs(capsys, tmp_path, fake_asr, suffix):
    # minutes saved as s.html (a page) or s.json (an API answer) beside s.mp4, synced into
    # their own folder: the player page or the sync map would replace them
    folder = tmp_path / "session"
    folder.mkdir()
    recording = folder / "s.mp4"
    shutil.copy(SAMPLE_MEDIA, recording)
    text = SAMPLE_MINUTES.read_text(encoding="utf-8")
    minutes = folder / f"s{suffix}"
    minutes.write_text(f"<html><body><pre>{text}</pre></body></html>" if suffix == ".html" else
                       json.dumps([{"speech": t} for t in text.split("\n\n")], ensure_ascii=False),
                       encoding="utf-8")
    before = minutes.read_bytes()
    code, _, err = run(capsys, tmp_path, recording, minutes, out=folder)
    assert_refused(code, err, 2, minutes, f"s{suffix} would replace this input")
    assert minutes.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == sorted(["s.mp4", f"s{suffix}"])
    assert fake_asr == []
    # batch over that folder into itself: the item fails with the same words, the file stays
    assert main(["batch", str(folder), "-o", str(folder), "-q", "--cache-dir", str(tmp_path / "cache")],
                engine=Engine(transcribe)) != 0
    said = capsys.readouterr()
    assert "would replace this input" in said.out + said.err
    assert minutes.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_output_folder(capsys, tmp_path, fake_asr):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        code, _, err = run(capsys, tmp_path, SAMPLE_MEDIA, SAMPLE_MINUTES, out=ro)
    finally:
        ro.chmod(0o755)
    assert_refused(code, err, 2, ro, "not writable", out=ro)
    assert fake_asr == []


def test_existing_outputs_are_replaced_whole(capsys, tmp_path, made):
    """Policy: outputs are replaced atomically (no --force needed); a failed run leaves
    the earlier ones byte for byte and no temporary files."""
    out = tmp_path / "out"
    out.mkdir()
    old = {name: f"earlier {name}\n".encode() for name in ("sample.srt", "sample.vtt", "sample.json")}
    for name, data in old.items():
        (out / name).write_bytes(data)
    # a failing run over the same stem: nothing changes
    shutil.copy(made / "corrupt.mp4", tmp_path / "sample.mp4")
    code, _, err = run(capsys, tmp_path, tmp_path / "sample.mp4", SAMPLE_MINUTES)
    assert code == 2
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old
    # a good run replaces all three
    code, stdout, err = run(capsys, tmp_path, SAMPLE_MEDIA, SAMPLE_MINUTES)
    assert code == 0, err
    names = {p.name for p in out.iterdir()}
    assert set(old) <= names and not any(n.startswith(".") for n in names)  # no temp files
    assert all((out / n).read_bytes() != data for n, data in old.items())
    assert (out / "sample.srt").read_text(encoding="utf-8").startswith("1\n")


# --- the minutes parser never crashes -------------------------------------------------

_PIECES = ["○", "◯", "◆", "◎", "●", "君", "(", ")", "（", "）", "〔", "〕", "［", "］", "[", "]",
           "　", " ", "\t", "\n", "\r\n", "\r", "★", "。", "、", "議長", "委員長", "副議長",
           "山田太郎", "拍手", "登壇", "─────", "著作権について", "戻る", "\ufeff",
           "ただいまから会議を開きます", "1", "２", "a", "\x00", "\u200b", "𠮷", "ｶﾅ"]
minutes_like = st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(minutes_like)
def test_parser_never_crashes_and_keeps_offsets(text):
    try:
        m = parse_text(text)
    except MinutesError as exc:
        assert "\n" not in str(exc)
        return
    assert any(t.text for t in m.turns)
    for t in m.turns:
        assert len(t.source) == len(t.text)
        assert all(m.source_text[i] == ch for i, ch in zip(t.source, t.text))
        assert all(0 <= s.at <= len(t.text) for s in t.sounds)
