"""The quality check: planted evidence patterns, then real alignments of fitting,
mismatched and partial pairs (the corpora's truth as a perfect ASR)."""
from __future__ import annotations

import numpy as np
import pytest

from sync.align import Alignment, align
from sync.asr import Word
from sync.minutes import load, script
from sync.quality import Quality, QualityOptions, assess, density

from conftest import SAMPLE_MINUTES, SHARED, needs_shared, truth_words

KOKKAI = SHARED / "corpus" / "kokkai-synth"
SEED = SHARED / "corpus" / "seed-synth"


def planted(evidence: np.ndarray, cps: float = 7.0, t0: float = 0.0) -> Alignment:
    """An alignment at ``cps`` chars a second with the given evidence pattern."""
    n = len(evidence)
    start = t0 + np.arange(n) / cps
    return Alignment(start, start + 1 / cps, evidence.astype(float), evidence.astype(bool))


def words_over(t0: float, t1: float, step: float = 0.5) -> list[Word]:
    return [Word(t, t + step * 0.8, "はい") for t in np.arange(t0, t1, step)]


def test_fully_matched_text_fits():
    ev = np.ones(2000, bool)
    ev[5::17] = False  # a misheard char here and there
    q = assess("あ" * 2000, planted(ev), 300.0, words_over(0, 286))
    assert q.ok and q.reasons == ()
    assert q.evidence == pytest.approx(1 - 1 / 17, abs=0.01) and q.matched == 1.0
    assert q.unmatched_text == () and q.uncovered_media == ()
    assert q.covered[0] == 0.0 and q.covered[1] == pytest.approx(2000 / 7, abs=0.2)


def test_scattered_coincidences_are_a_mismatch():
    rng = np.random.default_rng(0)
    ev = np.zeros(3000, bool)
    for i in rng.choice(3000, 60, replace=False):  # 2-char coincidences, 4 % of the text
        ev[i:i + 2] = True
    q = assess("あ" * 3000, planted(ev), 500.0, words_over(0, 480))
    assert not q.ok and "do not match" in q.reasons[0] and "this session" in q.reasons[0]
    assert q.matched == 0.0 and q.covered == (0.0, 0.0)
    assert q.unmatched_text == ((0, 3000),)
    assert q.uncovered_media == ((0.0, words_over(0, 480)[-1].end),)


def test_no_speech_heard():
    q = assess("あ" * 500, planted(np.zeros(500, bool)), 60.0, [])
    assert len(q.reasons) == 1 and "no speech" in q.reasons[0]
    assert q.uncovered_media == ()


def test_empty_text_has_a_reason_not_a_crash():
    empty = Alignment(np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0, bool))
    assert not assess("", empty, 10.0, words_over(0, 10)).ok


def test_recording_of_the_first_half_reports_the_rest_of_the_text():
    ev = np.zeros(4000, bool)
    ev[:2000] = True
    q = assess("あ" * 4000, planted(ev), 290.0, words_over(0, 285))
    assert q.ok
    assert q.unmatched_text == ((2000, 4000),)
    assert q.covered[1] == pytest.approx(2000 / 7, abs=0.2)


def test_minutes_of_the_middle_report_speech_before_and_after():
    ev = np.ones(1000, bool)
    q = assess("あ" * 1000, planted(ev, t0=100.0), 400.0, words_over(5, 395))
    assert q.ok and q.unmatched_text == ()
    (a0, b0), (a1, b1) = q.uncovered_media
    assert a0 == pytest.approx(5.0) and b0 <= 100.0
    assert a1 >= 100 + 1000 / 7 and b1 == pytest.approx(394.9, abs=0.5)


def test_a_little_speech_outside_is_not_reported():
    ev = np.ones(1000, bool)
    q = assess("あ" * 1000, planted(ev, t0=10.0), 200.0, words_over(2, 9) + words_over(150, 160))
    assert q.uncovered_media == ()  # 7 s and 10 s of words: under min_uncovered_speech


def test_patchwork_match_is_refused():
    ev = np.zeros(5000, bool)
    for a in range(0, 5000, 1000):  # a heard passage every 1000 chars, the rest unheard
        ev[a:a + 150] = True
    q = assess("あ" * 5000, planted(ev), 800.0, words_over(0, 780))
    assert not q.ok and "patches" in q.reasons[0] and "--model" in q.reasons[0]


def test_two_parts_far_apart_are_told_from_a_patchwork():
    # trial 144: two members' clips joined in one file, synced with the day's minutes — each
    # heard well, nothing between them — were refused as poor recognition (try --model)
    ev = np.zeros(6000, bool)
    ev[500:1200] = True
    ev[4800:5300] = True
    q = assess("あ" * 6000, planted(ev), 900.0, words_over(0, 880))
    assert not q.ok and "parts of the minutes far apart" in q.reasons[0] and "--model" not in q.reasons[0]


def test_a_refusal_of_a_recording_far_shorter_than_the_minutes_says_so():
    # trial 140: the first 16 s of a 38-s session was refused as minutes of another session
    rng = np.random.default_rng(0)
    ev = np.zeros(3000, bool)
    for i in rng.choice(3000, 60, replace=False):
        ev[i:i + 2] = True
    q = assess("あ" * 3000, planted(ev), 60.0, words_over(0, 55))
    assert not q.ok and "the recording is the whole session (it is 60 s; their text takes about 429 s" in q.reasons[0]
    q = assess("あ" * 3000, planted(ev), 500.0, words_over(0, 480))
    assert not q.ok and "whole session" not in q.reasons[0]


def test_short_minutes_need_only_a_share_matched():
    ev = np.ones(200, bool)  # 200 chars heard: under min_matched_chars, but all of them
    assert assess("あ" * 200, planted(ev), 40.0, words_over(0, 30)).ok


def test_unmatched_stretch_in_the_middle_is_reported_exactly():
    ev = np.ones(3000, bool)
    ev[1200:1500] = False  # sentences the speakers skipped
    q = assess("あ" * 3000, planted(ev), 450.0, words_over(0, 430))
    assert q.ok and q.unmatched_text == ((1200, 1500),)
    short = ev.copy()
    short[1200:1500] = True
    short[1200:1260] = False  # 60 chars: under min_unmatched_chars
    assert assess("あ" * 3000, planted(short), 450.0, words_over(0, 430)).unmatched_text == ()


def test_density_window_slides_inward_at_the_ends():
    ev = np.zeros(1000, bool)
    ev[-5:] = True  # five matched chars at the very end do not make the end "heard"
    d = density(ev, 100)
    assert d.max() == pytest.approx(0.05)
    assert density(np.ones(30, bool), 100).tolist() == [1.0] * 30


def test_to_json_gives_turn_relative_ranges():
    q = Quality(0.5, 0.5, 1.0, (1.0, 2.0), ((3.0, 40.0),), ((150, 400),), ())
    data = q.to_json(offsets=[0, 100, 300])
    assert data["unmatched_text"] == [{"from": {"turn": 1, "char": 50},
                                       "to": {"turn": 2, "char": 99}, "length": 250}]
    assert data["covered"] == [1.0, 2.0] and data["reasons"] == []


def test_thresholds_are_consistent():
    o = QualityOptions()
    assert 0 < o.dense < 1 and o.min_unmatched_chars <= o.min_matched_chars
    assert o.window <= o.min_matched_chars


# --- real alignments: the corpora's truth as a perfect ASR, the sample's minutes --------

def _text(path) -> str:
    return script(load(path))[0]


@pytest.fixture(scope="module")
def kokkai():
    words = truth_words(KOKKAI / "truth.json")
    return _text(KOKKAI / "official.txt"), words, words[-1].end + 1


def test_sample_fits_its_recording():
    text, words = _text(SAMPLE_MINUTES), truth_words()
    q = assess(text, align(text, words, 71.4), 71.4, words)
    assert q.ok and q.evidence > 0.95 and q.unmatched_text == () and q.uncovered_media == ()


@needs_shared
def test_minutes_of_another_session_are_refused(kokkai):
    _, kwords, dur = kokkai
    words = [w for w in kwords if w.end < 240]  # four minutes of the committee meeting
    text = _text(SEED / "official.txt")[:1500]  # against a city council's minutes
    q = assess(text, align(text, words, 240.0), 240.0, words)
    assert not q.ok and "do not match" in q.reasons[0]


@needs_shared
def test_first_minutes_of_a_session_against_its_minutes(kokkai):
    text, kwords, _ = kokkai
    words = [w for w in kwords if w.end < 300]
    q = assess(text, align(text, words, 300.0), 300.0, words)
    assert q.ok
    (a, b), = q.unmatched_text
    assert b == len(text) and 0.1 * len(text) < a < 0.3 * len(text)
    assert q.covered[1] <= 300.0


def test_a_recording_the_model_hardly_understands_is_refused():
    # a trial's real voices with reverberation, babble and a band limit: the ASR heard
    # words all through 780 s, but only the first passage of the minutes matched (3 %).
    # Before, that passed (one passage is "dense" throughout) and 180 captions were guessed
    ev = np.zeros(3400, bool)
    ev[:120] = True
    q = assess("あ" * 3400, planted(ev), 780.0, words_over(0, 775, step=5.0))   # few words heard
    assert not q.ok and "hardly match" in q.reasons[0] and "--model" in q.reasons[0]
    # a speaker's video against the whole day's minutes: its passage spans the recording
    ev = np.zeros(20000, bool)
    ev[5000:6200] = True
    q = assess("あ" * 20000, planted(ev, t0=-5000 / 7), 175.0, words_over(0, 170))
    assert q.ok


def test_minutes_far_longer_than_the_recording_are_told_so():
    # trial 112: the sample's minutes 3,000 times over for its 71-s recording were refused
    # with "speech recognition is too poor … try a larger model"
    ev = np.zeros(60000, bool)
    for k in range(0, 60000, 6000):
        ev[k:k + 300] = True          # the recording's part matches here and there
    q = assess("あ" * 60000, planted(ev), 71.0, words_over(0, 70))
    assert not q.ok and q.reasons[0].startswith("the minutes are far longer than the recording: 60,000 characters")
    assert "larger" not in q.reasons[0]


def test_speech_not_in_the_minutes_where_they_mark_a_recess_is_told_as_one():
    # trial 110: a 50-s recess (the room's murmur) was told as "speech … is not in the
    # minutes", with nothing of the minutes' 午前１１時５分休憩 / 午前１１時１０分再開 there
    from sync.minutes import parse_text
    from sync.notices import _recess_between
    from sync.syncmap import Cue, SyncMap

    m = parse_text("○議長（山田太郎君）　暫時休憩いたします。\n　　　午前１１時５分休憩\n"
                   "　　　午前１１時１０分再開\n○議長（山田太郎君）　再開いたします。\n")
    cues = (Cue(1.0, 3.0, "暫時休憩いたします。", "（議長）", 1.0, 0, 0, 10),
            Cue(60.0, 62.0, "再開いたします。", "（議長）", 1.0, 1, 0, 8))
    smap = SyncMap(media="r.mp4", duration=70.0, model="base", speakers=("（議長）",), cues=cues, stars=())
    assert _recess_between(m, smap, 5.0, 58.0) == "「午前１１時５分休憩」 … 「午前１１時１０分再開」"
    plain = parse_text("○議長（山田太郎君）　暫時休憩いたします。\n○議長（山田太郎君）　再開いたします。\n")
    assert _recess_between(plain, smap, 5.0, 58.0) == ""
