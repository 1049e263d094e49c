"""The bundled sample (media/, built by scripts/make_sample.py) is self-consistent."""
import json
import shutil
from pathlib import Path

import pytest

MEDIA = Path(__file__).resolve().parent.parent / "media"


@pytest.fixture(scope="module")
def truth():
    return json.loads((MEDIA / "sample.truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def minutes():
    return (MEDIA / "sample.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def probe():
    if not shutil.which("ffprobe"):
        pytest.skip("ffprobe is not installed")
    import ffmpeg
    return ffmpeg.probe(str(MEDIA / "sample.mp4"))


def test_mp4_has_one_video_and_one_audio_stream(probe):
    kinds = sorted(s["codec_type"] for s in probe["streams"])
    assert kinds == ["audio", "video"]


def test_mp4_duration_matches_truth(probe, truth):
    duration = float(probe["format"]["duration"])
    assert 30 <= duration <= 90
    assert abs(duration - truth["duration"]) <= 0.5


def test_star_count_matches_truth(minutes, truth):
    # the page boilerplate explains 「★」 in a notice line, as the real pages do: count the
    # ★ of the proceedings only (first speaker marker up to the copyright footer)
    body = minutes[minutes.index("\n○"):minutes.index("著作権について")]
    assert truth["stars"], "the sample should exercise ★"
    assert body.count("★") == len(truth["stars"])


def test_every_sentence_is_in_the_minutes(minutes, truth):
    for s in truth["sentences"]:
        assert s.get("official", s["text"]) in minutes, s


def test_truth_is_well_formed(truth):
    clauses = truth["clauses"]
    for i, s in enumerate(truth["sentences"]):
        a, b = s["clauses"]
        assert "".join(c["text"] for c in clauses[a:b]) == s["text"]
        assert all(c["sentence"] == i for c in clauses[a:b])
        assert s["speaker"] in truth["speakers"]
    times = [t for c in clauses for t in (c["start"], c["end"])]
    assert times == sorted(times) and times[-1] <= truth["duration"]
    for st in truth["stars"]:
        s = truth["sentences"][st["sentence"]]
        assert s["official"] == s["text"].replace(st["hidden"], "★", 1)
        assert st["hidden"] in clauses[st["clause"]]["text"]
