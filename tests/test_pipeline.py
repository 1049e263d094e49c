import json

import pytest

from sync.errors import MediaError, MinutesError, OutputError
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
    assert data["speakers"] == ["鈴木太郎", "山田 花子", "佐藤恵子"]
    assert len(data["stars"]) == 2
    # the fake ASR heard the hidden words: they come back as candidates
    assert [s["candidate"] for s in data["stars"]] == ["運営や備", "協定による"]
    assert all(s["end"] >= s["start"] for s in data["stars"])
    assert data["cues"][0]["speaker"] == "鈴木太郎"
    assert "".join(c["text"] for c in data["cues"]).count("★") == 2


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
