"""The real-voice corpus builder's clause times (scripts/make_voices.py): inside a clip a clause
starts at the pause before it, found in the signal, not where its characters would put it."""
import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "make_voices.py"
spec = importlib.util.spec_from_file_location("make_voices", SCRIPT)
mv = importlib.util.module_from_spec(spec)
sys.modules["make_voices"] = mv            # dataclasses look their module up
spec.loader.exec_module(mv)

SR = mv.SR


def clip(spans, length, level=0.3, breath=()):
    """Harmonic 'speech' over the (start, end) spans, a faint floor elsewhere, and optional
    short faint breaths at the given times."""
    rng = np.random.default_rng(7)
    t = np.arange(int(length * SR)) / SR
    x = 1e-4 * rng.standard_normal(len(t))
    voice = level * (np.sin(2 * np.pi * 180 * t) + 0.5 * np.sin(2 * np.pi * 360 * t)
                     + 0.3 * np.sin(2 * np.pi * 900 * t))
    for a, b in spans:
        k = (t >= a) & (t < b)
        x[k] += voice[k]
    for a in breath:
        k = (t >= a) & (t < a + 0.08)
        x[k] += 0.003 * rng.standard_normal(k.sum())
    return x.astype(np.float32)


def measure(x, parts):
    on, off, levels = mv.speech_bounds(x)
    return on, off, mv.clause_times(parts, on, off, mv.pauses_in(x, on, off, levels))


def test_long_interjection_moves_the_clauses_after_it_to_their_pauses():
    # あーあ、 takes 1.4 s (its characters would give it 0.5 s); the next two clauses start
    # after measured pauses at 2.4 s and 5.0 s
    x = clip([(0.5, 1.9), (2.4, 4.6), (5.0, 6.0)], 6.6)
    on, off, times = measure(x, ["あーあ、", "仕事が思うように進まなくて、", "疲れている。"])
    assert on == pytest.approx(0.5, abs=0.05) and off == pytest.approx(6.0, abs=0.05)
    starts = [a for a, _, _ in times]
    assert starts[1] == pytest.approx(2.4, abs=0.05)
    assert starts[2] == pytest.approx(5.0, abs=0.05)
    assert times[0][1] == pytest.approx(1.9, abs=0.05)      # a clause ends where its pause begins
    assert all(m for _, _, m in times)
    # the old rule (characters over the whole clip) put the second clause about 1 s early
    n = 4 + 14 + 6
    assert abs((on + (off - on) * 4 / n) - 2.4) > 0.8


def test_a_pause_inside_a_clause_is_not_taken_for_its_boundary():
    # one boundary, two pauses: the hesitation at 1.3 s is far from where the characters put
    # the boundary; the pause at 4.1-4.5 s is near it
    x = clip([(0.5, 1.3), (1.5, 4.1), (4.5, 6.0)], 6.5)
    _, _, times = measure(x, ["あの人に傷つけられた時の気持ちは、", "今でも忘れない。"])
    assert times[1][0] == pytest.approx(4.5, abs=0.05) and times[1][2]


def test_without_a_pause_near_it_a_boundary_keeps_the_character_estimate():
    x = clip([(0.5, 4.5)], 5.0)
    on, off, times = measure(x, ["昨日、", "宝くじを買った。"])
    assert not times[1][2]
    assert times[1][0] == pytest.approx(on + (off - on) * 3 / 11, abs=0.01)


def test_a_faint_breath_inside_a_pause_does_not_split_it():
    # a breath 40 dB under the speech at 2.0 s: the clause still starts at 2.4 s, the end of
    # the whole pause, not at the breath
    x = clip([(0.5, 1.6), (2.4, 4.6)], 5.2, breath=[2.0])
    _, _, times = measure(x, ["ああ？", "最低な態度だよ。"])
    assert times[1][0] == pytest.approx(2.4, abs=0.05)
    assert times[0][1] == pytest.approx(1.6, abs=0.05)


def test_a_short_loud_gasp_between_pauses_is_a_clause_of_its_own():
    # ひっ、 is a 0.15 s gasp as loud as the speech between two pauses: it keeps its own start
    x = clip([(0.5, 3.6), (4.0, 4.15), (4.6, 6.0)], 6.5)
    _, _, times = measure(x, ["私の腕には鳥肌が立ち上がっている、", "ひっ、", "何かが見える。"])
    assert times[1][0] == pytest.approx(4.0, abs=0.05)
    assert times[2][0] == pytest.approx(4.6, abs=0.05)


def test_an_onset_it_cannot_measure_is_named_for_a_check_by_ear():
    # a clean clip: its onset is measured, no doubt
    x = clip([(0.5, 1.5)], 2.0)
    on, _, _ = mv.speech_bounds(x)
    assert mv.doubtful_onset(x, on) is None
    # microphone noise from the first frame (a Common Voice clip): the onset is 0
    y = x.copy()
    y[:int(0.35 * SR)] += 0.05 * np.random.default_rng(1).standard_normal(int(0.35 * SR)).astype(np.float32)
    on, _, _ = mv.speech_bounds(y)
    assert "starts with sound" in mv.doubtful_onset(y, on)
    # a faint sound long enough to count, well before the first word
    z = x.copy()
    z[int(0.1 * SR):int(0.35 * SR)] += 0.01 * np.random.default_rng(2).standard_normal(int(0.25 * SR)).astype(np.float32)
    on, _, _ = mv.speech_bounds(z)
    assert on < 0.45 and "under the speech" in mv.doubtful_onset(z, on)
