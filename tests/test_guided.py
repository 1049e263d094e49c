"""The guided transcription's parts: windows over the speech, where a probe's words sit in
the official text, what nobody says, and the alignment cut between anchors (memory)."""
import random

import numpy as np
import pytest

from conftest import needs_shared
from sync.align import _equal_runs
from sync.guided import GuidedOptions, _Script, place, unspoken_mask, windows
from sync.voicing import FRAME, Voicing, runs


def voicing_of(spans: list[tuple[float, float]], duration: float) -> Voicing:
    speech = np.zeros(int(duration / FRAME), dtype=bool)
    for a, b in spans:
        speech[int(a / FRAME):int(b / FRAME)] = True
    s, e = runs(speech)
    return Voicing(speech, s * FRAME, e * FRAME)


def test_windows_cover_all_speech_cut_at_pauses_and_skip_long_silence():
    # 2 s of speech every 2.5 s for 100 s, then 20 s of silence, then 10 s of speech
    spans = [(t, t + 2.0) for t in np.arange(0.0, 100.0, 2.5)] + [(120.0, 130.0)]
    v = voicing_of(spans, 140.0)
    opts = GuidedOptions()
    wins = windows(v, 140.0, opts)
    for a, b in spans:  # every stretch of speech lies inside one window
        assert any(wa <= a and b <= wb for wa, wb in wins), (a, b)
    assert all(b - a <= opts.window + 1e-6 for a, b in wins)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(wins, wins[1:]))
    # no window spans the 20 s of silence, and windows end in pauses, not in speech
    assert not any(a < 110.0 < b for a, b in wins)
    for a, b in wins:
        assert not v.speech[min(len(v.speech) - 1, int(b / FRAME) - 1)] or b >= 130.0


def test_a_speech_run_longer_than_a_window_is_cut():
    v = voicing_of([(1.0, 71.0)], 75.0)
    wins = windows(v, 75.0)
    assert len(wins) == 3 and wins[0][0] == pytest.approx(0.75)
    assert wins[-1][1] >= 71.0


def test_stage_notes_and_stars_are_not_spoken():
    text = "ありがとう。（拍手）〔山田君登壇〕質問★します。"
    mask = unspoken_mask(text)
    said = "".join(c for c, m in zip(text, mask) if not m)
    assert said == "ありがとう。質問します。"


@pytest.fixture(scope="module")
def script():
    text = ("ただいまから本日の会議を開きます。日程第一、一般質問を行います。"
            "順次発言を許します。十八番、関谷博議員。通告に従いまして、順次質問いたします。"
            "デジタル社会の将来のビジョンについてお尋ねします。")
    return _Script.of(text)


def test_a_probe_is_placed_where_its_words_are(script):
    heard = "".join(script.kana[script.kana_at(script.text.index("通告")):][:14])
    at = place(heard, script, 0, 0, len(script.kana), 0.55)
    assert script.char_at(at) == script.text.index("通告")


def test_a_filler_before_the_words_does_not_move_the_start(script):
    start = script.kana_at(script.text.index("順次発言"))
    heard = "エー" + script.kana[start:start + 12]
    at = place(heard, script, 0, start, len(script.kana), 0.55)
    assert script.char_at(at) == script.text.index("順次発言")


def test_a_probe_the_minutes_lack_is_not_placed(script):
    assert place("キョーワイーテンキデスネソトワハレ", script, 0, 0, len(script.kana), 0.55) is None


def test_of_two_copies_the_one_near_where_the_text_was_expected_wins():
    s = _Script.of("順次質問いたします。" + "あ" * 60 + "順次質問いたします。")
    second = s.kana_at(s.text.rindex("順次"))
    heard = s.kana[:8]
    assert place(heard, s, 0, second, len(s.kana), 0.55) == second
    assert place(heard, s, 0, 0, len(s.kana), 0.55) == 0


def test_the_alignment_cut_between_anchors_matches_as_much_as_the_whole():
    rng = random.Random(3)
    kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
    o = "".join(rng.choice(kana) for _ in range(30000))
    # the ASR: the text with 3 % of kana misheard, some dropped, and unscripted speech
    a = []
    for i, ch in enumerate(o):
        r = rng.random()
        if r < 0.03:
            a.append(rng.choice(kana))
        elif r < 0.04:
            continue
        else:
            a.append(ch)
        if i % 5000 == 2500:
            a.extend(rng.choice(kana) for _ in range(200))
    a = "".join(a)
    whole = _equal_runs(o, a, cells=float("inf"))
    cut = _equal_runs(o, a, cells=4e6)
    matched = lambda rs: sum(r[1] - r[0] for r in rs)
    assert matched(cut) >= 0.999 * matched(whole)
    # monotone, non-overlapping runs, each truly equal
    for (i1, i2, j1, j2), nxt in zip(cut, cut[1:] + [None]):
        assert o[i1:i2] == a[j1:j2]
        if nxt:
            assert i2 <= nxt[0] and j2 <= nxt[2]


def _cut_between_anchors(o: str, a: str, right, share: float, cells: float = 2e6) -> list[list[int]]:
    """The equal runs of ``o`` and ``a`` cut between anchors at ``cells``, checked: the
    anchors in order, at least ``share`` of them ``right(i, j)``, no stretch between them
    left for one LCS of more than ``cells``, and as much matched as one LCS over the whole."""
    from sync.align import _anchors

    anchors = _anchors(o, a, cells=cells)
    assert len(anchors) > 1000
    assert all(i2 > i1 and j2 > j1 for (i1, j1), (i2, j2) in zip(anchors, anchors[1:]))
    assert sum(bool(right(i, j)) for i, j in anchors) >= share * len(anchors)
    ends = [(-1, -1)] + anchors + [(len(o), len(a))]
    assert max((i2 - i1) * (j2 - j1) for (i1, j1), (i2, j2) in zip(ends, ends[1:])) <= cells
    whole = _equal_runs(o, a, cells=float("inf"))
    cut = _equal_runs(o, a, cells=cells)
    matched = lambda rs: sum(r[1] - r[0] for r in rs)
    assert matched(cut) >= 0.999 * matched(whole)
    return cut


def test_an_alignment_of_a_session_said_over_again_is_cut_between_anchors_too():
    # the same passages said two and three times (a bill read out twice; a benchmark that
    # joins the same sessions): few k-grams occur once, yet the LCS is still cut into pieces
    # of about ``cells`` — anchored by the k-grams said a few times, each airing paired
    # with its own — and matches as much as one LCS over the whole
    rng = random.Random(5)
    kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
    x = "".join(rng.choice(kana) for _ in range(4000))
    y = "".join(rng.choice(kana) for _ in range(3000))
    o = x + y + x + y + x
    a = "".join(ch if rng.random() > 0.03 else rng.choice(kana) for ch in o)
    # each airing with its own
    cut = _cut_between_anchors(o, a, lambda i, j: abs(i - j) < 300, share=1.0)
    for (i1, i2, j1, j2), nxt in zip(cut, cut[1:] + [None]):
        assert o[i1:i2] == a[j1:j2] and abs(i1 - j1) < 300
        if nxt:
            assert i2 <= nxt[0] and j2 <= nxt[2]


def test_an_alignment_of_a_session_said_eight_times_over_is_cut_between_anchors_too():
    # everything said eight times (a benchmark that joins the same sessions so): no k-gram
    # is found once, nor a few times; the anchors pair each place with the airing where the
    # line between the ends expects it — though unscripted speech moves each airing a little
    # further — and the LCS is still cut into pieces of about ``cells``
    rng = random.Random(8)
    kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
    x = "".join(rng.choice(kana) for _ in range(2000))
    y = "".join(rng.choice(kana) for _ in range(1500))
    o = (x + y) * 8
    a, src = [], []           # the ASR, and which official kana each of its kana said
    for i, ch in enumerate(o):
        a.append(ch if rng.random() > 0.03 else rng.choice(kana))
        src.append(i)
        if i % 3500 == 3000:
            a.extend(rng.choice(kana) for _ in range(rng.randrange(100, 400)))
            src.extend([-1] * (len(a) - len(src)))
    a = "".join(a)
    _cut_between_anchors(o, a, lambda i, j: src[j] == i, share=0.99)


def test_filler_slots_that_took_time_stay_and_empty_ones_go():
    from sync.asr import Word
    from sync.guided import FILLER, _take_slots

    spoken = "はい。" + FILLER + "住民の" + FILLER + "方"
    slots = {3, 3 + len(FILLER) + 3}
    words, t = [], 0.0
    durations = {3: 0.2, 4: 0.3, 5: 0.0, 9: 0.02, 10: 0.02, 11: 0.0}   # the first slot took 0.5 s
    for i, ch in enumerate(spoken):
        d = durations.get(i, 0.15)
        words.append(Word(round(t, 2), round(t + d, 2), ch))
        t += d
    out = _take_slots(words, dict.fromkeys(slots, True))
    assert "".join(w.text for w in out) == "はい。えー住民の方"
    kept = next(w for w in out if w.text == "えー")
    assert kept.end - kept.start == pytest.approx(0.5) and kept.probability == -1.0
    # a ★'s slot always goes: its time stays a gap between its neighbours
    out = _take_slots(words, {3: False, 9: True})
    assert "".join(w.text for w in out) == "はい。住民の方"
    assert out[3].start == pytest.approx(0.45 + 0.5)


def test_a_clause_squeezed_into_no_time_at_a_windows_end_goes_to_the_next_window():
    from sync.asr import Word
    from sync.guided import _squeezed_tail

    s = _Script.of("質問いたします。それでは、順に御説明します。")
    end = s.text.index("順")
    words, t = [], 10.0
    for ch in "質問いたします。":   # timed over speech
        words.append(Word(t, t + 0.15, ch))
        t += 0.15
    for ch in "それでは、":          # the next window's probe missed it: no time at the end
        words.append(Word(t, t, ch))
    assert _squeezed_tail(words, s, 0, end) == s.text.index("それでは")
    # a text timed to its end stays whole
    timed = [Word(10.0 + 0.15 * i, 10.15 + 0.15 * i, ch) for i, ch in enumerate(s.text[:end])]
    assert _squeezed_tail(timed, s, 0, end) is None
    # only a squeezed clause end (す。): no clause to move, it stays
    tail = timed[:-2] + [Word(timed[-3].end, timed[-3].end, "す"), Word(timed[-3].end, timed[-3].end, "。")]
    assert _squeezed_tail(tail, s, 0, s.text.index("それでは")) is None


def _words(spec):
    from sync.asr import Word
    return [Word(a, b, t, p) for a, b, t, p in spec]


def test_a_filler_slot_that_took_the_clauses_opening_is_found():
    from sync.guided import FILLER, _stolen, _unlikely

    # はい。[えー、]住民の方: the slot took 0.5 s and left 住 no time
    with_slots = _words([(0, .1, "は", .9), (.1, .2, "い", .9), (.2, .3, "。", .9),
                         (.3, .8, "えー", .0), (.8, .8, "、", .2), (.8, .8, "住", .9),
                         (.8, 1.0, "民", .9), (1.0, 1.2, "の", .9), (1.2, 1.4, "方", .9)])
    assert _stolen(with_slots, {3: True}) == [3]
    # the same slot with 住 timed: not stolen
    ok = with_slots[:5] + _words([(.8, 1.0, "住", .9)]) + with_slots[6:]
    assert _stolen(ok, {3: True}) == []
    # …but if 住 is much less probable after the slot than without it, the slot heard no filler
    plain = _words([(0, .1, "は", .9), (.1, .2, "い", .9), (.2, .3, "。", .9), (.3, 1.0, "住", .95),
                    (1.0, 1.1, "民", .9), (1.1, 1.2, "の", .9), (1.2, 1.4, "方", .9)])
    low = ok[:5] + _words([(.8, 1.0, "住", .3)]) + ok[6:]
    assert _unlikely(plain, low, {3: 3}, 0.1) == [3]
    assert _unlikely(plain, ok, {3: 3}, 0.1) == []
    assert len(FILLER) == 3
    # an opening the decoder found improbable without the slot (えーと、メンツを…: the filler's
    # time given to メ, probability 0.01) has nothing to lose to one: the slot stays
    improbable = plain[:3] + _words([(.3, 1.0, "住", .01)]) + plain[4:]
    lower = ok[:5] + _words([(.8, 1.0, "住", .001)]) + ok[6:]
    assert _unlikely(improbable, lower, {3: 3}, 0.1) == [3]
    assert _unlikely(improbable, lower, {3: 3}, 0.1, floor=0.05) == []
    assert _unlikely(plain, low, {3: 3}, 0.1, floor=0.05) == [3]


def test_a_window_whose_text_moves_far_from_what_was_heard_is_refused():
    from sync.align import Alignment
    from sync.guided import GuidedOptions, _moved

    n = 20
    heard = Alignment(np.arange(n) * 0.2, np.arange(n) * 0.2 + 0.2, np.ones(n), np.ones(n, bool))
    index = np.arange(n)
    same = _words([(0.2 * i + 0.05, 0.2 * i + 0.2, "あ", .9) for i in range(n)])
    assert _moved(same, index, heard, GuidedOptions()) is None
    # half the characters 2 s away from where the heard words timed them
    far = same[:10] + _words([(0.2 * i + 2.0, 0.2 * i + 2.2, "あ", .9) for i in range(10, n)])
    assert _moved(far, index, heard, GuidedOptions()) == "far from what was heard"
    # characters the heard words did not match say nothing
    unheard = Alignment(heard.start, heard.end, heard.confidence, np.arange(n) < 10)
    assert _moved(far, index, unheard, GuidedOptions()) is None


def test_two_timings_that_disagree_make_no_sure_caption():
    from sync.align import Alignment
    from sync.timing import agree

    n = 6
    heard = Alignment(np.arange(n, dtype=float), np.arange(n) + 1.0, np.ones(n),
                      np.array([True, True, True, False, True, True]))
    retimed = Alignment(heard.start + np.array([0, 0.2, 2.0, 2.0, 0, 0.6]), heard.end,
                        np.full(n, 0.9), np.ones(n, bool))
    out = agree(retimed, heard)
    assert out.confidence.tolist() == [0.9, 0.9, 0.5, 0.9, 0.9, 0.5]
    assert np.array_equal(out.start, retimed.start)


def _opening_case(prob: float, heard_from: float = 6.2):
    """Text ああ？最低だ。 after 'まえ。': speech 0-3 s, a 3 s pause, speech 6-9 s. The forced
    alignment glued ああ？ to the end of the earlier speech (3.0 s) with probability ``prob``;
    the transcription heard ああ at ``heard_from``."""
    from sync.align import Alignment
    from sync.asr import Word

    text = "まえ。ああ？最低だ。"
    n = len(text)
    v = voicing_of([(0.0, 3.0), (6.0, 9.0)], 10.0)
    start = np.array([1.0, 2.0, 2.9, 3.0, 3.1, 3.2, 6.8, 7.2, 7.6, 8.0])
    timing = Alignment(start, start + 0.1, np.full(n, 0.9), np.ones(n, bool))
    words = [Word(1.0, 2.9, "まえ。", 0.9), Word(3.0, 3.3, "ああ？", prob), Word(6.8, 8.1, "最低だ。", 0.9)]
    hstart = np.array([1.0, 2.0, 2.9, heard_from, heard_from + 0.3, heard_from + 0.5, 6.8, 7.2, 7.6, 8.0])
    heard = Alignment(hstart, hstart + 0.1, np.full(n, 0.9), np.ones(n, bool))
    return text, v, timing, words, heard


def test_an_opening_the_forced_alignment_could_not_place_goes_where_it_was_heard():
    from sync.timing import heard_openings

    text, v, timing, words, heard = _opening_case(prob=0.0)
    out = heard_openings(timing, words, heard, text, v)
    assert out.start[3] == pytest.approx(6.2)            # ああ: after the pause, as heard
    assert out.confidence[3] <= 0.5
    assert out.start[6] == pytest.approx(6.8)            # 最: both agreed, untouched
    assert np.all(np.diff(out.start) >= 0)
    assert np.array_equal(out.start[:3], timing.start[:3])


def test_an_opening_the_decoder_was_sure_of_stays():
    # one heard kana can match an opening by chance: a forced opening with a high
    # probability is kept, and so is one the heard words put only a little later
    from sync.timing import heard_openings

    text, v, timing, words, heard = _opening_case(prob=0.6)
    assert np.array_equal(heard_openings(timing, words, heard, text, v).start, timing.start)
    text, v, timing, words, heard = _opening_case(prob=0.0, heard_from=3.3)
    assert np.array_equal(heard_openings(timing, words, heard, text, v).start, timing.start)
    # a filler slot (probability -1) where the opening sits is no unsure forced word
    text, v, timing, words, heard = _opening_case(prob=-1.0)
    assert np.array_equal(heard_openings(timing, words, heard, text, v).start, timing.start)


def _filler_case(prob: float, heard_text: str):
    """Text 申し上げます。このような過ち、 spoken without a pause: the speaker said あのー
    (5.0-5.6 s) before このような, which the minutes drop. The forced alignment gave the
    filler's time to この (5.0 s, probability ``prob``); the heard timing starts it at
    5.7 s, where the transcription heard ``heard_text`` (after あの、)."""
    from sync.align import Alignment
    from sync.asr import Word

    text = "申し上げます。このような過ち、"
    n = len(text)
    v = voicing_of([(1.0, 9.0)], 10.0)
    start = np.array([1.0, 1.3, 1.6, 1.9, 2.2, 2.5, 2.8, 5.0, 5.25, 5.6, 5.9, 6.1, 6.4, 6.8, 7.0])
    timing = Alignment(start, start + 0.2, np.full(n, 0.9), np.ones(n, bool))
    words = [Word(1.0, 3.0, "申し上げます。", 0.9), Word(5.0, 5.5, "この", prob),
             Word(5.5, 6.4, "ような", 0.8), Word(6.4, 7.2, "過ち、", 0.9)]
    hstart = start.copy()
    hstart[7:11] = [5.7, 5.9, 6.05, 6.2]
    heard = Alignment(hstart, hstart + 0.15, np.full(n, 0.9), np.ones(n, bool))
    said = [Word(1.0, 3.0, "申し上げます。", 0.9), Word(5.0, 5.6, "あの、", 0.3),
            Word(5.65, 6.0, heard_text, 0.8), Word(6.0, 6.4, "ような", 0.9), Word(6.4, 7.2, "過ち、", 0.9)]
    return text, v, timing, words, heard, said


def test_a_clause_opening_given_a_dropped_fillers_time_goes_where_it_was_spelled():
    from sync.timing import heard_openings

    text, v, timing, words, heard, said = _filler_case(0.02, "この")
    out = heard_openings(timing, words, heard, text, v, said)
    assert out.start[7] == pytest.approx(5.7)            # こ: where この was heard, no pause needed
    assert out.start[8] == pytest.approx(5.9)
    assert out.confidence[7] <= 0.8
    assert np.array_equal(out.start[:7], timing.start[:7])
    assert np.all(np.diff(out.start) >= 0)
    # a voiced kana for an unvoiced one still spells it (また heard まだ)
    out = heard_openings(timing, words, heard, text, v, _filler_case(0.02, "ごの")[5])
    assert out.start[7] == pytest.approx(5.7)


def test_a_clause_opening_stays_unless_the_transcription_spelled_it_there():
    from sync.timing import heard_openings

    # heard only one kana of it nearby (the あ of あーあ is heard everywhere)
    text, v, timing, words, heard, said = _filler_case(0.02, "こ")
    said = [w for w in said if w.text != "ような"]
    assert np.array_equal(heard_openings(timing, words, heard, text, v, said).start, timing.start)
    # the decoder was sure of its forced opening
    text, v, timing, words, heard, said = _filler_case(0.6, "この")
    assert np.array_equal(heard_openings(timing, words, heard, text, v, said).start, timing.start)
    # no transcription given: only the sentence rule (a pause) applies
    text, v, timing, words, heard, said = _filler_case(0.02, "この")
    assert np.array_equal(heard_openings(timing, words, heard, text, v).start, timing.start)


def test_an_opening_neither_heard_nor_probable_is_no_sure_caption():
    # a microphone switched on late: the transcription heard nothing of この, and the
    # forced decoder found it improbable where it put it — its time is kept, unsure
    from sync.timing import heard_openings

    from sync.align import Alignment
    from sync.asr import Word

    text, v, timing, _, heard, _ = _filler_case(0.01, "この")
    ev = heard.evidence.copy()
    ev[7:9] = False                                      # こ の: not heard
    unheard = Alignment(heard.start, heard.end, heard.confidence, ev)

    def forced(prob: float, rushed: bool) -> list:
        # the decoder rushed through このよ (no time each) or gave them their time
        d = 0.0 if rushed else 0.25
        return [Word(1.0, 3.0, "申し上げます。", 0.9), Word(5.0, 5.0 + d, "こ", prob),
                Word(5.0 + d, 5.0 + 2 * d, "の", prob), Word(5.0 + 2 * d, 5.0 + 3 * d, "よ", prob),
                Word(5.8, 6.4, "うな", 0.8), Word(6.4, 7.2, "過ち、", 0.9)]

    out = heard_openings(timing, forced(0.01, True), unheard, text, v)
    assert np.array_equal(out.start, timing.start)
    assert np.all(out.confidence[7:9] <= 0.5) and out.confidence[9] == timing.confidence[9]
    assert np.array_equal(out.confidence[:7], timing.confidence[:7])
    # a forced opening the decoder was sure of, or gave its time, keeps its confidence
    for words in (forced(0.6, True), forced(0.01, False)):
        assert np.array_equal(heard_openings(timing, words, unheard, text, v).confidence, timing.confidence)


def test_no_official_text_is_matched_to_a_filler_slot():
    # a retimed window keeps the time of a dropped filler as a word of probability -1; the
    # minutes' own ええ、 must take the ええ said before it, not the slot's えー
    from sync.align import align
    from sync.asr import Word

    words = [Word(1.0, 1.4, "ええ", 0.01), Word(1.4, 1.9, "、", 0.04),
             Word(1.9, 2.3, "えー", -1.0), Word(2.3, 2.6, "掃", 0.6), Word(2.6, 2.9, "除", 0.9)]
    out = align("ええ、掃除", words, 5.0)
    assert out.start[0] == pytest.approx(1.0)
    assert out.start[3] == pytest.approx(2.3)


def test_a_guided_opening_forced_onto_silence_is_dropped():
    # speech 0-3 s and 6-9 s; the forced あれ sits 3.0-3.3 s over silence with probability 0,
    # then 2.7 s of silence: dropped. A squeezed word (no time, また) and a probable one stay.
    from sync.asr import Word
    from sync.timing import stranded

    v = voicing_of([(0.0, 3.0), (6.0, 9.0)], 10.0)
    words = [Word(2.5, 2.95, "です", 0.9), Word(2.95, 3.0, "。", 0.5), Word(3.0, 3.3, "あれ", 0.0),
             Word(3.3, 3.3, "、", 0.1), Word(6.0, 6.4, "あの", 0.8)]
    assert [w.text for w in stranded(words, v)] == ["です", "。", "、", "あの"]
    squeezed = words[:2] + [Word(3.0, 3.0, "また", 0.004)] + words[3:]
    assert len(stranded(squeezed, v)) == len(squeezed)
    sure = words[:2] + [Word(3.0, 3.3, "あれ", 0.6)] + words[3:]
    assert len(stranded(sure, v)) == len(sure)
    # the decoder could not place the next word either: the speech after the pause was
    # the stranded word (the next word forced over it) — it goes to that onset
    doubted = words[:4] + [Word(6.0, 6.8, "あの", 0.01)]
    assert stranded(doubted, v) == words[:2] + [Word(6.0, 6.3, "あれ", 0.0), Word(6.3, 6.3, "、", 0.1),
                                                Word(6.3, 6.8, "あの", 0.01)]


def test_a_window_keeps_its_text_only_where_the_decoding_heard_less_of_it():
    from sync.asr import Word
    from sync.guided import _text_beats
    opts = GuidedOptions()
    # speech the text lacks stretched a word; the decoding of the 20 s of speech heard 1 s
    skipped = [Word(28.0, 28.6, "道路"), Word(28.6, 29.0, "を")]
    assert _text_beats("speech without text", skipped, 20.0, opts)
    # …but where it heard most of the speech, its words are taken
    heard = [Word(t, t + 0.9, "語") for t in range(5, 25)]
    assert not _text_beats("speech without text", heard, 20.0, opts)
    # text squeezed into no time was not said there, whatever the decoding heard
    assert not _text_beats("text squeezed into no time", skipped, 20.0, opts)


def test_a_probe_that_repeats_itself_or_is_improbable_heard_no_speech():
    from sync.guided import _intelligible

    assert _intelligible("内閣委員会を開会いたします。委員の異動について御報告いたします。", -0.24)
    assert not _intelligible("アメラレボトミルイコスタッチアテクニーの女の", -1.61)   # murmur
    assert not _intelligible("おうおうおうおうおうおうおうおうおうおうおう", -0.74)     # repeats itself


@pytest.mark.slow
def test_the_real_model_hears_speech_in_speech_and_none_in_murmur():
    # a recess's murmur (the sample's speech reversed, low-passed) against the speech: the
    # retiming decodes a window again only where a probe heard speech there
    import numpy as np

    from conftest import SAMPLE_MEDIA
    from sync import media
    from sync.asr import AsrOptions, encode_once, load_model, tokenizer_for
    from sync.guided import _generated, _intelligible

    model = load_model(AsrOptions())
    tok = tokenizer_for(model, "ja")
    prompt = [*tok.sot_sequence, tok.no_timestamps]
    audio = media.load(str(SAMPLE_MEDIA))
    speech = audio.block(0.0, 25.0)
    murmur = np.convolve(speech[::-1], np.ones(8) / 8, "same").astype(np.float32) * 0.1

    def heard(samples):
        ids, score = _generated(model, encode_once(model, samples)[0], prompt, 22)
        return _intelligible(tok.decode([t for t in ids if t < tok.eot]), score)

    assert heard(speech) and not heard(murmur)


def test_one_heard_kana_is_no_hearing_of_a_longer_opening():
    # あはは、ラッキー！ (said 3.2–4.5 s, after まえ。) was forced right, at 3.2 with a low
    # probability; the transcription missed it and its heard timing matched only the あ,
    # to the next sentence's あーあ、 at 6.0 after a pause: that is not where it was heard
    from sync.align import Alignment
    from sync.asr import Word
    from sync.timing import heard_openings

    text = "まえ。あはは、ラッキー！あーあ、"
    n = len(text)
    v = voicing_of([(0.0, 3.0), (3.2, 4.5), (6.0, 7.0)], 8.0)
    start = np.array([1.0, 2.0, 2.9, 3.2, 3.3, 3.4, 3.5, 3.8, 3.9, 4.0, 4.1, 4.4, 6.0, 6.2, 6.4, 6.8])
    timing = Alignment(start, start + 0.1, np.full(n, 0.9), np.ones(n, bool))
    words = [Word(1.0, 2.9, "まえ。", 0.9), Word(3.2, 3.5, "あはは、", 0.01),
             Word(3.8, 4.4, "ラッキー！", 0.2), Word(6.0, 6.8, "あーあ、", 0.9)]
    hstart = start.copy()
    hstart[3:12] = 6.0
    evidence = np.ones(n, bool)
    evidence[4:12] = False              # only あ of あはは heard (and ー of ラッキー, also there)
    evidence[10] = True
    heard = Alignment(hstart, hstart + 0.1, np.full(n, 0.9), evidence)
    out = heard_openings(timing, words, heard, text, v)
    assert out.start[3] == pytest.approx(3.2)
    # two of its three kana heard there: the opening was heard after the pause
    evidence[4] = True
    out = heard_openings(timing, words, Alignment(hstart, hstart + 0.1, np.full(n, 0.9), evidence), text, v)
    assert out.start[3] == pytest.approx(6.0)


def test_an_opening_the_forced_alignment_left_untimed_goes_where_it_was_heard_earlier():
    # 政治不信を: the forced alignment placed 信を (5.0 s) but not 政治不, whose time was
    # only filled in just before 信 (4.6 s); the transcription heard 政治不 at 3.2 s, after
    # まえ。 (ended 2.9 s): heard there, at confidence ≤ 0.5
    from sync.align import Alignment
    from sync.timing import heard_openings

    text = "まえ。政治不信を"
    n = len(text)
    v = voicing_of([(0.0, 3.0), (3.2, 6.0)], 8.0)
    start = np.array([1.0, 2.0, 2.9, 4.6, 4.7, 4.8, 5.0, 5.2])
    ev = np.array([True, True, True, False, False, False, True, True])
    timing = Alignment(start, start + 0.1, np.full(n, 0.9), ev)
    hstart = np.array([1.0, 2.0, 2.9, 3.2, 3.5, 3.8, 5.0, 5.2])
    heard = Alignment(hstart, hstart + 0.1, np.full(n, 0.9), np.ones(n, bool))
    out = heard_openings(timing, [], heard, text, v)
    assert out.start[3:6].tolist() == [3.2, 3.5, 3.8] and out.start[6] == 5.0
    assert (out.confidence[3:6] <= 0.5).all()
    # heard glued to the words before it (the transcription's habit, unglue's work): stays
    glued = Alignment(hstart - np.array([0, 0, 0, 0.2, 0.2, 0.2, 0, 0]), hstart + 0.1, np.full(n, 0.9),
                      np.ones(n, bool))
    assert np.array_equal(heard_openings(timing, [], glued, text, v).start, start)
    # a forced opening (with evidence) the transcription put earlier stays: unglue's work
    timing = Alignment(start, start + 0.1, np.full(n, 0.9), np.ones(n, bool))
    assert np.array_equal(heard_openings(timing, [], heard, text, v).start, start)


def test_an_opening_nobody_heard_is_not_sure():
    # the forced decoder placed 最低だ。 with probability 0.9, but the transcription heard
    # none of its first kana: only one timing saw it (in noise, seconds off at 1.0)
    from sync.timing import heard_openings

    text, v, timing, words, heard = _opening_case(prob=0.9)
    ev = np.ones(len(text), bool)
    ev[6:9] = False                     # 最低だ unheard
    heard = type(heard)(heard.start, heard.end, heard.confidence, ev)
    out = heard_openings(timing, words, heard, text, v)
    assert out.confidence[6] <= 0.7 and np.array_equal(out.start, timing.start)
    # one of its kana heard: the two agree, it stays sure
    ev[7] = True
    heard = type(heard)(heard.start, heard.end, heard.confidence, ev)
    assert heard_openings(timing, words, heard, text, v).confidence[6] == 0.9


def test_a_window_heard_garbled_is_placed_between_the_characters_heard_around_it():
    from sync.align import Alignment
    from sync.guided import bracketed

    n = 30
    start = np.arange(n) * 0.25
    # the transcription matched characters 0-11 and 14-29; 12 and 13 were heard garbled
    evidence = (np.arange(n) < 12) | (np.arange(n) >= 14)
    base = Alignment(start, start + 0.25, np.ones(n), evidence)
    opts = GuidedOptions()
    assert bracketed(base, 3.1, opts) == 13           # between 3.0 (char 12) and 3.25 (char 13)
    # nothing matched for a long stretch around the window's start: the thread is lost there
    lost = Alignment(start, start + 0.25, np.ones(n), (np.arange(n) < 3) | (np.arange(n) >= 27))
    assert bracketed(lost, 3.1, opts) is None
    # before the first or after the last matched character there is no thread either
    assert bracketed(base, -1.0, opts) is None
    assert bracketed(base, 9.0, opts) is None


def test_an_interjection_opening_a_clause_is_told_from_a_word():
    from sync.guided import _INTERJECTION

    # a drawn-out interjection is improbable to the decoder as it is: no filler slot for it
    # (a short kana word before a break, しかし、, is left out of the rule the same way)
    for said in ("ええ、伝染病に", "うわ、あんな", "あーあ、また", "わーい！", "ひっ、こんな", "しかし、"):
        assert _INTERJECTION.match(said), said
    for said in ("メンツを傷つける", "同法に基づく", "ただいまから", "あらかじめ申し上げます"):
        assert not _INTERJECTION.match(said), said


def test_a_window_whisper_skipped_is_decoded_where_the_minutes_have_text_for_it():
    from sync.guided import GuidedOptions, keeps_heard

    o = GuidedOptions()
    # heard words cover the speech: kept
    assert keeps_heard(15.0, 17.0, False, 0, o)
    # little heard, the probe heard speech: decoded
    assert not keeps_heard(0.6, 17.7, True, 0, o)
    # little heard, the probe heard none, the minutes have no text there (a recess's murmur): kept
    assert keeps_heard(0.6, 17.7, False, 10, o)
    # …but where the alignment puts 65 characters in it (kokkai-hard, float32: a member's first
    # 25 s in gallery noise, with no word heard): decoded
    assert not keeps_heard(0.6, 17.7, False, 65, o)


def test_the_retiming_report_says_how_many_skipped_windows_it_decoded():
    from types import SimpleNamespace

    from sync.cli import timings
    from sync.guided import Report

    rep = Report(windows=10, speech_seconds=200.0, kept_seconds=40.0, decoded_seconds=20.0,
                 retimed=True, skipped=1, reasons={"probe not placed": 2})
    assert rep.to_json()["skipped"] == 1
    lines = timings(SimpleNamespace(stages={"asr": 1.0}, guided=None, retimed=rep))
    assert any("1 of them skipped by Whisper where the minutes have text" in line for line in lines)
    rep.skipped = 0
    lines = timings(SimpleNamespace(stages={"asr": 1.0}, guided=None, retimed=rep))
    assert not any("skipped by Whisper" in line for line in lines)


def test_a_set_phrase_that_fits_two_places_is_placed_nowhere_when_asked_to_be_sure():
    # kokkai-synth: としております (7 kana) heard at a window's start fitted an earlier
    # こととしております, and the window before it was timed with too little text
    s = _Script.of("支給することとしております。" + "あ" * 40 + "請求することができることとしております。")
    heard = "トシテオリマス"
    assert place(heard, s, 0, 0, len(s.kana), 0.55) is not None
    assert place(heard, s, 0, 0, len(s.kana), 0.55, unique=0.05) is None
    # a probe that fits one place only is placed as before
    one = s.kana[s.kana_at(s.text.index("請求")):][:10]
    assert s.char_at(place(one, s, 0, 0, len(s.kana), 0.55, unique=0.05)) == s.text.index("請求")


def test_a_long_probe_opened_by_speech_the_minutes_lack_is_placed_by_its_later_part():
    from sync.guided import place_tail

    text = ("御異議ございませんか。御異議ないと認めます。それでは、理事に山本佐知子君を指名いたします。"
            "国政調査に関する件についてお諮りいたします。")
    s = _Script.of(text)
    start = s.kana_at(text.index("御異議ない"))
    heard = "タダイマノケンニツイテカクニンオイタシマス" + s.kana[start:start + 12]
    opts = GuidedOptions()
    at = place_tail(heard, s, 0, start, len(s.kana), opts)
    assert at is not None and s.char_at(at) == text.index("御異議ない")
    # speech the minutes lack throughout: placed nowhere
    assert place_tail("キョーワイーテンキデスネソトワハレテイマスアシタモハレルデショー", s, 0, 0, len(s.kana), opts) is None
    # a later part that fits two places as well (a set phrase: お諮りいたします) is no place
    twice = _Script.of(text + "あ" * 40 + "次に、国政調査に関する件についてお諮りいたします。" + "あ" * 40)
    phrase = twice.kana_at(twice.text.index("についてお諮り"))
    heard = "キョーワイーテンキデスネ" + twice.kana[phrase:phrase + 12]
    assert place_tail(heard, twice, 0, 0, len(twice.kana), opts) is None


def test_a_window_that_misfits_in_part_is_mended_there():
    from sync.asr import Word
    from sync.guided import _mend

    opts = GuidedOptions()
    v = voicing_of([(0.0, 30.0)], 30.0)
    said = [Word(0.0 + k * 0.2, 0.2 + k * 0.2, ch, 0.9) for k, ch in enumerate("理事の補欠選任についてお諮りいたします")]
    # a sentence of the minutes nobody said: squeezed into no time at 4.0 s
    squeezed = [Word(4.0, 4.0, ch, 0.1) for ch in "委員の異動に伴い欠員となっております"]
    after = [Word(4.0 + k * 0.2, 4.2 + k * 0.2, ch, 0.9) for k, ch in enumerate("理事の選任につきましては先例により")]
    mended = _mend(said + squeezed + after, v, opts, lambda a, b: [])
    assert mended == said + after                   # left untimed; the rest kept as timed
    # a remark the minutes lack, 3 s of speech, taken by one word: that stretch is decoded
    # in full and its words replace the word, the rest kept
    asked = []
    heard = [Word(8.1, 10.9, "ただいまの件について確認をいたします", 0.8), Word(11.0, 11.3, "御", 0.9)]
    stretched = said + [Word(8.0, 11.3, "御", 0.5)] + [Word(11.3 + k * 0.2, 11.5 + k * 0.2, ch, 0.9)
                                                       for k, ch in enumerate("異議ないと認めます")]
    mended = _mend(stretched, v, opts, lambda a, b: asked.append((a, b)) or heard)
    # (with a little audio before it, none of the next word's: it stays timed)
    assert asked == [(8.0 - opts.pad, 11.3)]
    assert mended[:len(said)] == said and mended[len(said):len(said) + 2] == heard
    assert "".join(w.text for w in mended[len(said) + 2:]) == "異議ないと認めます"
    # the stretched word's clause-mates pinned at the remark's onset, which the decoder finds
    # improbable there, were said after it: the stretch from them on is decoded, and their
    # clause, which it did not hear, follows it, to be timed again (probability -2)
    asked.clear()
    pinned = said + [Word(8.0, 8.9, "国", 0.0), Word(8.9, 11.3, "会", 0.3)] + \
        [Word(11.3 + k * 0.2, 11.5 + k * 0.2, ch, 0.9) for k, ch in enumerate("で議員立法で")]
    mended = _mend(pinned, v, opts, lambda a, b: asked.append((a, b)) or heard)
    assert asked == [(8.0 - opts.pad, 11.3)]
    assert "".join(w.text for w in mended[len(said):]) == "".join(w.text for w in heard) + "国会で議員立法で"
    assert [w.probability for w in mended[len(said) + 2:len(said) + 4]] == [-2.0, -2.0]
    # …not where the stretch heard them at its end
    asked.clear()
    mended = _mend(pinned, v, opts, lambda a, b: heard[:1] + [Word(10.8, 11.2, "国会", 0.7)])
    assert "".join(w.text for w in mended[len(said):]) == heard[0].text + "国会で議員立法で"
    assert all(w.probability >= 0 for w in mended)
    # …and where it heard only their first kana, cut off at its end (コッカ for 国会), that
    # misheard copy goes and the clause follows the remark
    mended = _mend(pinned, v, opts, lambda a, b: heard[:1] + [Word(10.9, 11.0, "こっ", 0.3),
                                                              Word(11.0, 11.2, "か", 0.2)])
    assert "".join(w.text for w in mended[len(said):]) == heard[0].text + "国会で議員立法で"
    assert [w.probability for w in mended[len(said) + 1:len(said) + 3]] == [-2.0, -2.0]
    # …but a probable one was said there, and stays timed
    asked.clear()
    sure = pinned[:len(said)] + [Word(8.0, 8.9, "国", 0.8)] + pinned[len(said) + 1:]
    mended = _mend(sure, v, opts, lambda a, b: asked.append((a, b)) or heard)
    assert asked == [(8.9, 11.3)] and mended[len(said)].text == "国"
    # where most of the window misfits, it is not mended (decoded in full instead)
    assert _mend([Word(0.0, 0.0, ch, 0.1) for ch in "委員の異動に伴い欠員となっております"] + said[:3],
                 v, opts, lambda a, b: []) is None


def test_a_sentence_nobody_said_is_told_by_its_time_and_how_improbable_it_is():
    from sync.asr import Word
    from sync.guided import _sentences, _squeezed_runs, _unsaid

    opts = GuidedOptions()

    def timed(text: str, p: float, t: float, step: float = 0.1) -> list[Word]:
        return [Word(t + k * step, t + (k + 1) * step, ch, p) for k, ch in enumerate(text)]

    def reading(text: str) -> float:                # a tenth of a second a character
        return 0.1 * len(text)

    said = timed("非人道的な違憲立法でした。", 0.8, 0.0)
    # nobody said it: the decoder fed it gives it next to no time and finds it improbable
    unsaid = timed("旧優生保護法は命の選別を肯定しました。", 0.12, 1.3, 0.01)
    cut = timed("一時金支給法制定時、", 0.9, 1.5)    # the window ends inside a sentence
    words = said + unsaid + cut
    spans = _sentences(words)
    assert [(a, b) for a, b, _, _ in spans] == [(0, 13), (13, 32), (32, 42)]
    assert [(i, j) for _, _, i, j in spans] == [(0, 13), (13, 32), (32, 42)]
    assert _unsaid(words, opts, reading) == [(13, 32)]
    # said, in noise: as improbable, but timed over about its reading's time
    noisy = said + timed("旧優生保護法は命の選別を肯定しました。", 0.12, 1.3) + cut
    assert _unsaid(noisy, opts, reading) == []
    # a word or two the decoder doubts do not make a sentence unsaid; a filler slot's
    # stand-in (probability -1) counts for nothing
    doubted = said[:3] + [Word(0.3, 0.31, "的", 0.01)] + said[4:] + [Word(1.3, 1.3, "・・", -1.0)]
    assert _unsaid(doubted, opts, reading) == []
    # a sentence holding characters squeezed into no time is unsaid however probable
    squeezed = said + [Word(1.3, 1.3, ch, 0.9) for ch in "委員の異動に伴い。"] + cut
    runs_ = _squeezed_runs(squeezed, opts)
    assert runs_ == [(13, 22)]
    assert _unsaid(squeezed, opts, reading, runs_) == [(13, 22)]


def _guided_clip(corpus_name: str, cut: float, end: float, first: str, last: str | None = None,
                 chars: int = 0):
    """The real model's guided words (times from the clip's start) and report for
    [cut, end) s of a chamber corpus, with its text from ``first`` to ``last`` (or
    ``chars`` characters)."""
    from dataclasses import replace

    from conftest import SHARED
    from sync import media
    from sync.asr import AsrOptions, load_model, transcribe_samples
    from sync.guided import guided_words
    from sync.media import SAMPLE_RATE, Audio
    from sync.minutes import load, script
    from sync.voicing import voicing

    corpus = SHARED / "corpus" / corpus_name
    whole = media.load(str(corpus / "audio.mp4"))
    clip = Audio(whole.samples[int(cut * SAMPLE_RATE):int(end * SAMPLE_RATE)], "clip")
    text = script(load(str(corpus / "official.txt")))[0]
    a = text.index(first)
    text = text[a:text.index(last, a) + len(last)] if last else text[a:a + chars]
    opts = AsrOptions()
    model = load_model(opts)
    return guided_words(model, clip, text, voicing(clip), GuidedOptions(),
                        lambda s: transcribe_samples(model, s, replace(opts, batch_size=1)))


@pytest.mark.slow
@needs_shared  # (the chamber recording)
def test_speech_the_minutes_lack_at_a_windows_start_goes_to_a_filler_slot():
    # the real model on seed-hard's chamber recording: a window that opens with a remark the
    # minutes lack (英語は、, 468.8–469.7 s) before its text (オンライン化を…, said from 469.91 s).
    # Forced from the window's start, オ took the remark's time (468.75 s, 1.2 s early); a
    # filler slot before the window's first words takes it now, as before a clause inside one
    cut = 468.3
    words, report = _guided_clip("seed-hard", cut, 493.0, "オンライン化を推進", chars=120)
    opening = next(w for w in words if w.text.startswith("オ"))
    assert report.fillers >= 1 and words[0].probability == -1.0 and words[0].end <= opening.start
    assert abs(opening.start + cut - 469.91) < 0.7


@pytest.mark.slow
@needs_shared  # (the chamber recording)
def test_a_clause_after_a_remark_is_timed_after_it_with_its_filler_slot():
    # the real model on kokkai-hard's chamber recording, two windows each holding a remark the
    # minutes lack (ただいまの件について確認をいたします, 458.4–461.5 s and 476.9–480.0 s), mended:
    # decoded in full there. The first characters of the clauses after the remarks (子 of
    # 子供を…, 国 of 国会で…) were forced onto the remarks' onsets, improbable there, and stayed
    # there; and a mended window got no filler slots (国会で… follows an えーと)
    cut = 444.3
    words, report = _guided_clip("kokkai-hard", cut, 494.04, "戦後初めて", "行われたのです。")
    assert report.reasons == {"mended in part (speech without text)": 2}
    said = "".join(w.text for w in words)
    assert "確認をいたします" in said[said.index("産み") - 40:said.index("産み")]
    at = {round(w.start + cut, 2): w for w in words}
    for remark in (458.3, 476.9):
        first = min(t for t in at if t >= remark)
        assert at[first].text not in ("子", "国") and at[first].probability >= 0
    # …but timed after them, where they were said (子供を, from 462.2 s; 国会で…, from 481.8 s
    # after an えーと, in a window whose ★ keeps its slot as the text as mended is timed again)
    kid = next(t for t, w in at.items() if w.text.startswith("子") and t > 455)
    assert 461.5 < kid < 462.5
    diet = next(t for t, w in at.items() if w.text.startswith("国") and t > 476)
    assert 481.0 < diet < 482.0 and at[max(t for t in at if t < diet)].probability == -1.0


def test_a_mended_windows_text_keeps_its_stars_slots_and_knows_its_decoded_words():
    from sync.asr import Word
    from sync.guided import FILLER, _AFTER_REMARK, _laid_out, _slot_words, _take_slots

    def timed(text: str, t: float, p: float = 0.9) -> list[Word]:
        return [Word(t + k * 0.1, t + (k + 1) * 0.1, ch, p) for k, ch in enumerate(text)]

    # 最高★、 timed with the ★'s slot (えー、) before its 、 — its words, by the word after them
    a, slot, b = timed("最高", 0.0), timed(FILLER, 0.2), timed("、大法廷は", 0.5)
    words = a + slot + b
    before = _slot_words(words, {2: False})
    assert before == {id(b[0]): slot}
    assert _take_slots(words, {2: False}) == a + b
    # mended: a remark decoded before them, a clause put after it; laid out again
    heard = [Word(0.0, 0.0, "ただいま", 0.8)]
    back = [Word(0.2, 0.2, "国", _AFTER_REMARK)]
    laid = [y for x in heard + back + a + b for y in before.get(id(x), []) + [x]]
    text, stars, spans = _laid_out(laid, {id(x) for x in a + b}, before)
    assert text == "ただいま国最高" + FILLER + "、大法廷は"
    assert stars == {7: False} and spans == [(0, 4)]
