import subprocess

import numpy as np
import pytest

from sync import media
from sync.errors import MediaError
from sync.files import sha256_file


def ffmpeg(*args: str) -> None:
    subprocess.run([media.ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-y", *args], check=True)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("media")
    tone = "sine=frequency=440:sample_rate=44100:duration=3"
    ffmpeg("-f", "lavfi", "-i", tone, "-ac", "2", str(d / "tone.wav"))
    ffmpeg("-f", "lavfi", "-i", tone, "-f", "lavfi", "-i", "color=c=blue:s=64x64:r=5:d=3",
           "-shortest", "-c:v", "libx264", "-c:a", "aac", str(d / "tone.mp4"))
    ffmpeg("-f", "lavfi", "-i", "color=c=blue:s=64x64:r=5:d=2", "-c:v", "libx264", str(d / "silent-video.mp4"))
    (d / "notes.txt").write_text("これは会議録です。", encoding="utf-8")
    data = (d / "tone.mp4").read_bytes()
    (d / "truncated.mp4").write_bytes(data[: len(data) // 3])
    ffmpeg("-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "0", str(d / "empty.wav"))
    return d


@pytest.mark.parametrize("name", ["tone.wav", "tone.mp4"])
def test_decodes_to_16k_mono(files, name):
    audio = media.load(files / name)
    assert audio.samples.dtype == np.int16
    assert abs(audio.duration - 3.0) < 0.1
    block = audio.block(1.0, 2.0)
    assert block.dtype == np.float32 and len(block) == 16000
    # the 440 Hz tone survives resampling: 1 s of audio → 1 Hz FFT bins
    peak = int(np.argmax(np.abs(np.fft.rfft(block))))
    assert abs(peak - 440) <= 1


def test_progress_reports_decoded_seconds(files):
    seen = []
    media.load(files / "tone.wav", lambda done, total: seen.append((done, total)))
    assert seen and abs(seen[-1][0] - 3.0) < 0.1 and abs(seen[-1][1] - 3.0) < 0.1


@pytest.mark.parametrize("name, words", [
    ("silent-video.mp4", "no audio stream"),
    ("notes.txt", "cannot read"),
    ("truncated.mp4", "cannot read"),
    ("empty.wav", "zero length"),
    ("missing.mp4", "not found"),
    (".", "is a folder"),
])
def test_bad_media_is_a_clear_error(files, name, words):
    with pytest.raises(MediaError) as exc:
        media.load(files / name)
    assert words in str(exc.value)
    assert "\n" not in str(exc.value)


def test_content_hash_changes_with_content(files):
    assert sha256_file(files / "tone.wav") != sha256_file(files / "tone.mp4")
    assert sha256_file(files / "tone.wav") == sha256_file(files / "tone.wav")


@pytest.mark.skipif(media.shutil.which("ffprobe") is None, reason="ffprobe tells the tracks' start times")
def test_a_sound_track_that_starts_after_the_video_starts_as_late(files, tmp_path):
    # a capture muxed with its audio 2 s after its video plays the sound 2 s in: the
    # samples (and every caption) start there too
    late = tmp_path / "late.mp4"
    ffmpeg("-i", str(files / "tone.mp4"), "-itsoffset", "2", "-i", str(files / "tone.mp4"),
           "-map", "0:v", "-map", "1:a", "-c", "copy", str(late))
    audio = media.load(late)
    loud = np.flatnonzero(np.abs(audio.samples) > 1000)
    assert abs(loud[0] / media.SAMPLE_RATE - 2.0) < 0.1
    assert abs(audio.duration - 5.0) < 0.15
    on_time = media.load(files / "tone.mp4")      # no offset: as it was
    assert np.flatnonzero(np.abs(on_time.samples) > 1000)[0] / media.SAMPLE_RATE < 0.1


@pytest.mark.skipif(media.shutil.which("ffprobe") is None, reason="ffprobe tells the channels")
def test_stereo_whose_channels_cancel_is_decoded_as_their_difference(files, tmp_path):
    # one channel wired with its polarity reversed (L = -R): mixed to mono the sound
    # vanishes and the recording would read as silent
    inverted = tmp_path / "inverted.wav"
    ffmpeg("-i", str(files / "tone.wav"), "-af", "pan=stereo|c0=c0|c1=-1*c0", str(inverted))
    audio = media.load(inverted)
    assert audio.antiphase
    level = np.sqrt(np.mean(audio.block(0.5, 2.5) ** 2))
    plain = media.load(files / "tone.wav")       # an ordinary stereo file: mixed, as it was
    assert not plain.antiphase
    assert level > 0.5 * np.sqrt(np.mean(plain.block(0.5, 2.5) ** 2))


def test_channels_that_cancel_are_found_without_ffprobe(files, tmp_path, monkeypatch):
    # a machine with only the ffmpeg binary imageio-ffmpeg ships: its listing tells stereo
    inverted = tmp_path / "inverted.wav"
    ffmpeg("-i", str(files / "tone.wav"), "-af", "pan=stereo|c0=c0|c1=-1*c0", str(inverted))
    which = media.shutil.which
    monkeypatch.setattr(media.shutil, "which", lambda name: None if name == "ffprobe" else which(name))
    assert media.load(inverted).antiphase


@pytest.mark.skipif(media.shutil.which("ffprobe") is None, reason="ffprobe tells the tracks' start times")
def test_a_spooled_recording_reads_as_the_one_held_in_memory(files, tmp_path):
    # a long session's sound is kept in a temporary file and read a block at a time: every
    # read gives what the array in memory gives (a late sound track's silence first too)
    late = tmp_path / "late.mp4"
    ffmpeg("-i", str(files / "tone.mp4"), "-itsoffset", "2", "-i", str(files / "tone.mp4"),
           "-map", "0:v", "-map", "1:a", "-c", "copy", str(late))
    held, spooled = media.load(late, spool=False), media.load(late, spool=True)
    assert isinstance(held.samples, np.ndarray) and isinstance(spooled.samples, media.Spool)
    assert spooled.duration == held.duration and spooled.offset == held.offset > 1.9
    x, s = held.samples, spooled.samples
    for cut in (slice(None), slice(100, 2000), slice(-500, None), slice(len(x) - 10, len(x) + 99),
                slice(5000, 10), slice(0, 0)):
        assert np.array_equal(s[cut], x[cut]) and s[cut].dtype == np.int16
    assert s[-1] == x[-1] and s[40000] == x[40000] and s.any() and np.array_equal(np.asarray(s), x)
    assert np.array_equal(spooled.block(2.5, 4.0), held.block(2.5, 4.0))
    copy = s.copy()
    copy[0:100] = np.arange(100, dtype=np.int16)
    assert np.array_equal(copy[0:100], np.arange(100)) and np.array_equal(s[0:100], x[0:100])
    with pytest.raises(IndexError):
        s[::2]


def test_a_recording_of_an_hour_or_more_is_spooled(files, monkeypatch):
    assert isinstance(media.load(files / "tone.wav").samples, np.ndarray)
    monkeypatch.setattr(media, "SPOOL_SECONDS", 2.0)
    audio = media.load(files / "tone.wav")
    assert isinstance(audio.samples, media.Spool) and abs(audio.duration - 3.0) < 0.1


def test_no_room_for_the_spooled_sound_is_a_clear_error(files, monkeypatch):
    import errno

    def full(fd, data, at):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(media.os, "pwrite", full)
    with pytest.raises(MediaError) as exc:
        media.load(files / "tone.wav", spool=True)
    assert "no room for the decoded sound (No space left on device)" in str(exc.value)
    assert "TMPDIR" in str(exc.value) and "\n" not in str(exc.value)
