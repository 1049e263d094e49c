"""Writing files: all or nothing, never half-written; one hasher."""
import os

import pytest

from sync.errors import OutputError
from sync.files import sha256_file, write_all, write_atomic


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


@pytest.mark.parametrize("signum", ["SIGINT", "SIGTERM"])
def test_a_stop_while_outputs_are_put_in_place_waits_for_them(tmp_path, monkeypatch, signum):
    # trial 112: Ctrl-C or a kill during the renames left new .srt/.vtt beside the old sync
    # map and page, and hidden .bak files; the stop now comes when all are in place
    import signal

    from sync import files

    write_all(tmp_path, {"a.json": "old", "a.srt": "old", "a.vtt": "old"})
    real_replace = os.replace
    calls = []

    def stopped_after_the_first(src, dst):
        calls.append(dst)
        real_replace(src, dst)
        if len(calls) == 1:
            os.kill(os.getpid(), getattr(signal, signum))

    def stop(signum, frame):
        raise KeyboardInterrupt

    # (Python's own Ctrl-C handler, as a command line has it, whatever an earlier test left)
    before = {signal.SIGTERM: signal.signal(signal.SIGTERM, stop),
              signal.SIGINT: signal.signal(signal.SIGINT, signal.default_int_handler)}
    monkeypatch.setattr(os, "replace", stopped_after_the_first)
    try:
        with pytest.raises(KeyboardInterrupt):
            write_all(tmp_path, {"a.json": "new", "a.srt": "new", "a.vtt": "new"})
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
    monkeypatch.undo()
    assert len(calls) == 3
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {"a.json": "new", "a.srt": "new", "a.vtt": "new"}
    assert files.WRITTEN[-3:] == [tmp_path / "a.json", tmp_path / "a.srt", tmp_path / "a.vtt"]


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


def test_write_atomic_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "sub" / "cache.json"
    write_atomic(target, "old")
    real_replace = os.replace

    def failing(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    monkeypatch.setattr(os, "replace", real_replace)
    assert target.read_text() == "old" and os.listdir(target.parent) == ["cache.json"]


def test_sha256_file_follows_the_content(tmp_path):
    a = tmp_path / "a.bin"
    a.write_bytes(b"one")
    first = sha256_file(a)
    assert first == "7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed"
    a.write_bytes(b"two!")   # a new size: a new version, hashed again
    assert sha256_file(a) != first
    memo: dict[str, str] = {}
    assert sha256_file(a, memo) == sha256_file(a) and len(memo) == 1


def test_a_playlists_identity_is_its_segments_too(tmp_path):
    # trial 102: an HLS playlist names its segments; another recording with the same
    # playlist text got the first one's cached transcription and its captions
    from sync.files import media_digest, sha256_file

    hls = tmp_path / "hls"
    hls.mkdir()
    (hls / "index.m3u8").write_text("#EXTM3U\n#EXTINF:6.0,\nseg0.ts\n#EXTINF:6.0,\nseg1.ts\n#EXT-X-ENDLIST\n")
    (hls / "seg0.ts").write_bytes(b"first airing, part one")
    (hls / "seg1.ts").write_bytes(b"first airing, part two")
    before = media_digest(hls / "index.m3u8", {})
    (hls / "seg1.ts").write_bytes(b"another recording, part two")
    assert media_digest(hls / "index.m3u8", {}) != before
    plain = tmp_path / "a.mp4"
    plain.write_bytes(b"not a playlist")
    assert media_digest(plain) == sha256_file(plain)
