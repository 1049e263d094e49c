"""The sped-up rendition, with the real ffmpeg on the bundled sample."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import SAMPLE_MEDIA, SAMPLE_MINUTES, truth_words
from sync.cues import Cue
from sync.errors import MediaError, OptionError, OutputError, RenderError
from sync.media import ffmpeg_exe
from sync.pipeline import SyncOptions, sync
from sync.asr import Engine
from sync.cli import main
from sync.render import RenderOptions, cues_from_sync_map, probe, render, rendition_captions
from sync.speed import SpeedOptions, speed_tracks

FAST = RenderOptions(preset="ultrafast")
SAMPLE_SECONDS = 71.4


@pytest.fixture(scope="module")
def synced(tmp_path_factory):
    """The sample synced with the fake ASR: (output folder, cues)."""
    out = tmp_path_factory.mktemp("synced")
    result = sync(str(SAMPLE_MEDIA), str(SAMPLE_MINUTES), out, SyncOptions(use_cache=False),
                  Engine(lambda audio, progress=None: truth_words()))
    return out, result.cues


@pytest.fixture(scope="module")
def soft(synced, tmp_path_factory):
    out = tmp_path_factory.mktemp("soft") / "sample.x1.5.mp4"
    return render(SAMPLE_MEDIA, synced[1], 1.5, out, opts=FAST)


def _listing(path: Path) -> str:
    return subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)],
                          capture_output=True, text=True).stderr


def _subtitle_times(path: Path) -> list[tuple[float, float]]:
    vtt = subprocess.run([ffmpeg_exe(), "-v", "error", "-nostdin", "-i", str(path), "-map", "0:s:0",
                          "-f", "webvtt", "-"], capture_output=True, text=True, check=True).stdout

    def secs(s: str) -> float:
        parts = [float(p) for p in s.split(":")]
        return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    return [(secs(a), secs(b)) for a, b in re.findall(r"([\d:.]+) --> ([\d:.]+)", vtt)]


W, H = 160, 90


def _frame(path: Path, t: float) -> bytes:
    """One frame at ``t`` as raw W x H grey pixels."""
    return subprocess.run([ffmpeg_exe(), "-v", "error", "-nostdin", "-ss", str(t), "-i", str(path),
                           "-frames:v", "1", "-vf", f"scale={W}:{H}", "-f", "rawvideo", "-pix_fmt", "gray", "-"],
                          capture_output=True, check=True).stdout


def test_rendition_is_shorter_by_the_rate_and_carries_captions(soft):
    kinds, duration = probe(str(soft))
    assert kinds == {"video", "audio"}
    assert duration == pytest.approx(SAMPLE_SECONDS / 1.5, abs=0.1)
    listing = _listing(soft)
    assert re.search(r"Stream #0:\d+.*\(jpn\).*: Subtitle: mov_text", listing), listing
    assert re.search(r"Video: h264", listing) and re.search(r"Audio: aac", listing)


def test_caption_times_are_the_rate_track_divided_by_the_rate(synced, soft):
    cues = synced[1]
    _, duration = probe(str(SAMPLE_MEDIA))
    track = speed_tracks(cues, opts=SpeedOptions(rates=(1.5,)), duration=duration)[1.5]
    expected = [(s.start / 1.5, s.end / 1.5) for s in track]
    got = _subtitle_times(soft)
    assert len(got) == len(expected)
    for (a, b), (c, d) in zip(got, expected):
        assert a == pytest.approx(c, abs=0.002) and b == pytest.approx(d, abs=0.002)
    assert got[-1][1] <= duration / 1.5 + 1e-3  # nothing past the end of the rendition


def test_rendition_captions_retime_every_caption():
    cues = _few_cues()
    at_2 = rendition_captions(cues, 2.0)
    track = speed_tracks(cues, opts=SpeedOptions(rates=(2.0,)))[2.0]
    assert [(s.start, s.end, s.lines) for s in at_2] == [
        (round(s.start / 2, 3), round(s.end / 2, 3), s.lines) for s in track]


def _few_cues() -> list[Cue]:
    return [Cue(1.0, 3.0, "5番、山田花子議員。", "鈴木太郎", 0.9, 0, 0, 10),
            Cue(3.0, 4.5, "（拍手）", None, 1.0, 0, 10, 10, kind="sound"),
            Cue(10.3, 15.0, "通告に従いまして、地域の防災対策について質問いたします。", "山田 花子", 1.0, 1, 0, 28)]


def test_burned_in_captions_are_drawn_into_the_picture(synced, soft, tmp_path):
    burned = render(SAMPLE_MEDIA, synced[1], 1.5, tmp_path / "burned.mp4", burn=True, opts=FAST)
    assert "Subtitle:" not in _listing(burned)
    t = 27.0 / 1.5  # a caption is on screen (media 26.1–30.7 s)
    plain, drawn = _frame(soft, t), _frame(burned, t)
    changed = [abs(x - y) > 40 for x, y in zip(plain, drawn)]
    top, bottom = changed[:W * H // 2], changed[W * H * 3 // 4:]
    assert sum(bottom) > 50, "no caption drawn in the lower part"
    assert sum(top) == 0, "the picture itself changed"


@pytest.mark.parametrize("ext, codec", [(".webm", "webvtt"), (".mkv", "webvtt")])
def test_other_containers_get_webvtt(synced, tmp_path, ext, codec):
    out = render(SAMPLE_MEDIA, synced[1], 2.0, tmp_path / f"x{ext}", opts=FAST)
    assert f"Subtitle: {codec}" in _listing(out)
    assert probe(str(out))[1] == pytest.approx(SAMPLE_SECONDS / 2, abs=0.15)


@pytest.mark.parametrize("rate", [0.5, 0.99, 2.01, 3.0, float("nan")])
def test_rates_outside_1_to_2_are_refused_before_any_work(synced, tmp_path, rate):
    with pytest.raises(OptionError, match="1.0"):
        render(SAMPLE_MEDIA, synced[1], rate, tmp_path / "x.mp4")
    assert list(tmp_path.iterdir()) == []


def test_bad_inputs_say_what_to_do(synced, tmp_path):
    with pytest.raises(OutputError, match=r"\.mp4"):
        render(SAMPLE_MEDIA, synced[1], 1.5, tmp_path / "x.avi")
    with pytest.raises(MediaError, match="no such file"):
        render(tmp_path / "missing.mp4", synced[1], 1.5, tmp_path / "x.mp4")
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"not a video at all" * 100)
    with pytest.raises(MediaError):
        render(junk, synced[1], 1.5, tmp_path / "out" / "x.mp4")
    assert list((tmp_path / "out").iterdir()) == []  # no half-written or temporary file


def test_a_failed_encode_leaves_no_file(synced, tmp_path):
    out = tmp_path / "x.mp4"
    with pytest.raises(RenderError, match="ffmpeg failed"):
        render(SAMPLE_MEDIA, synced[1], 1.5, out, opts=RenderOptions(preset="no-such-preset"))
    assert list(tmp_path.iterdir()) == []


def test_burn_without_a_japanese_font_says_what_to_install(synced, tmp_path, monkeypatch):
    import sync.render as render_mod

    monkeypatch.setattr(render_mod.shutil, "which", lambda name: None)
    with pytest.raises(RenderError, match="fonts-noto-cjk"):
        render(SAMPLE_MEDIA, synced[1], 1.5, tmp_path / "x.mp4", burn=True)


def test_sync_map_round_trip(synced):
    folder, cues = synced
    loaded = cues_from_sync_map(folder / "sample.json")
    key = lambda c: (round(c.start, 3), c.kind, c.turn) + ((c.first, c.last) if c.kind == "speech" else ())  # noqa: E731
    assert [key(c) for c in loaded] == [key(c) for c in sorted(cues, key=lambda c: (c.start, c.kind != "sound"))]
    stars = json.loads((folder / "sample.json").read_text(encoding="utf-8"))["stars"]
    with_candidate = [c for c in loaded if "［？" in c.text]
    assert len(with_candidate) == sum(1 for s in stars if s["candidate"])
    for c in with_candidate:  # the 1× subtitles' convention: ★ shows its candidate, marked
        assert "★" not in c.text
        assert any(f"［？{s['candidate']}］" in c.text for s in stars)


def test_unreadable_sync_map(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"cues": [{"start": 1}]}), encoding="utf-8")
    with pytest.raises(RenderError, match="not a sync map"):
        cues_from_sync_map(bad)
    with pytest.raises(RenderError, match="cannot read"):
        cues_from_sync_map(tmp_path / "none.json")


def test_cli_subcommand(synced, capsys):
    folder, _ = synced
    assert main(["render", str(SAMPLE_MEDIA), str(folder / "sample.json"), "--rate", "1.2",
                 "--preset", "ultrafast"]) == 0
    out = folder / "sample.x1.2.mp4"
    assert capsys.readouterr().out.strip() == str(out)
    assert probe(str(out))[1] == pytest.approx(SAMPLE_SECONDS / 1.2, abs=0.1)


def test_the_recording_itself_and_a_recording_of_another_length_are_refused(synced, tmp_path):
    import shutil
    folder, cues = synced
    copy = tmp_path / "sample.mp4"
    shutil.copy(SAMPLE_MEDIA, copy)
    before = copy.read_bytes()
    with pytest.raises(OutputError, match="is the recording itself"):
        render(copy, cues, 1.5, copy, opts=FAST)
    assert copy.read_bytes() == before
    short = tmp_path / "short.mp4"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-nostdin", "-i", str(SAMPLE_MEDIA), "-t", "20", "-c", "copy",
                    str(short)], check=True)
    assert main(["render", str(short), str(folder / "sample.json"), "-o", str(tmp_path / "x.mp4")]) == 2
    assert not (tmp_path / "x.mp4").exists()


def test_frames_keep_distinct_times_from_a_2997_fps_source(synced, tmp_path):
    # on the source's own frame grid the sped-up times round onto each other (the picture
    # judders); every frame keeps a time of its own
    src = tmp_path / "ntsc.mp4"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-nostdin", "-i", str(SAMPLE_MEDIA), "-vf", "fps=30000/1001",
                    "-t", "10", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "copy", str(src)], check=True)
    out = render(src, synced[1][:3], 1.5, tmp_path / "fast.mp4", opts=FAST)
    listing = subprocess.run([ffmpeg_exe(), "-v", "error", "-nostdin", "-i", str(out), "-map", "0:v:0",
                              "-f", "framemd5", "-"], capture_output=True, text=True, check=True).stdout
    times = [int(line.split(",")[2]) for line in listing.splitlines() if line and not line.startswith("#")]
    assert len(times) > 250 and len(set(times)) == len(times)


def test_a_file_named_by_o_is_replaced_only_with_y(synced, tmp_path, capsys):
    # trial 112: render -o an existing video of the user's overwrote it without a word
    folder, _ = synced
    theirs = tmp_path / "holiday.mp4"
    theirs.write_bytes(b"not ours")
    argv = ["render", str(SAMPLE_MEDIA), str(folder / "sample.json"), "-o", str(theirs), "--preset", "ultrafast"]
    assert main(argv) == 2
    assert "exists; pass -y to replace it" in capsys.readouterr().err
    assert theirs.read_bytes() == b"not ours"
    assert main([*argv, "-y"]) == 0
    assert probe(str(theirs))[1] == pytest.approx(SAMPLE_SECONDS / 1.5, abs=0.1)


def test_a_stopped_render_stops_ffmpeg_and_leaves_no_part_file(synced, tmp_path, monkeypatch):
    # trial 112: SIGTERM left a hidden .part file that ffmpeg went on writing after Python exited
    import sync.render as render_mod

    started = []
    real_popen = subprocess.Popen

    class Stopped(real_popen):
        def communicate(self, *a, **k):
            started.append(self)
            raise KeyboardInterrupt

    monkeypatch.setattr(subprocess, "Popen", Stopped)
    with pytest.raises(KeyboardInterrupt):
        render_mod.render(SAMPLE_MEDIA, synced[1], 1.5, tmp_path / "x.mp4", opts=FAST)
    monkeypatch.undo()
    assert started and started[0].poll() is not None       # ffmpeg was stopped
    assert list(tmp_path.iterdir()) == []
