import pytest
import numpy as np

from sync import asr, cache
from sync.asr import AsrOptions, Word
from sync.media import SAMPLE_RATE, Audio


def test_cache_round_trip(tmp_path):
    words = [Word(0.5, 0.9, "通告", 0.98), Word(0.9, 1.2, "に", 0.5)]
    cache.store_words(tmp_path, "k", words)
    assert cache.load_words(tmp_path, "k") == words
    assert cache.load_words(tmp_path, "missing") is None
    (tmp_path / "bad.json").write_text("{not json")
    assert cache.load_words(tmp_path, "bad") is None


def test_cache_key_follows_what_changes_the_words():
    base = cache.asr_key("m" * 64, AsrOptions(), "sha256:1")
    assert base == cache.asr_key("m" * 64, AsrOptions(threads=7), "sha256:1")  # threads: same words
    assert base != cache.asr_key("n" * 64, AsrOptions(), "sha256:1")           # other media
    assert base != cache.asr_key("m" * 64, AsrOptions(), "sha256:2")           # other model
    assert base != cache.asr_key("m" * 64, AsrOptions(beam_size=1), "sha256:1")
    assert base != cache.asr_key("m" * 64, AsrOptions(batch_size=1), "sha256:1")  # sequential words differ
    assert base != cache.asr_key("m" * 64, AsrOptions(hotwords="関谷"), "sha256:1")
    assert base != cache.asr_key("m" * 64, AsrOptions(compute_type="float32"), "sha256:1")


def test_blocks_are_cut_at_quiet_moments():
    rng = np.random.default_rng(1)
    seconds = 100
    x = rng.normal(0, 0.2, seconds * SAMPLE_RATE)
    x[int(27.3 * SAMPLE_RATE):int(27.8 * SAMPLE_RATE)] = 0          # a pause near 30 s
    audio = Audio((x * 32767).clip(-32768, 32767).astype(np.int16), "noise")
    cuts = asr.quiet_cuts(audio, block_seconds=30, search=5)
    assert cuts[0] == 0 and cuts[-1] == audio.duration
    assert 27.3 <= cuts[1] <= 27.8
    assert all(b - a <= 35 for a, b in zip(cuts, cuts[1:]))


def test_vocabulary_names_and_terms():
    words = asr.vocabulary("非常用発電機を備えた指定避難所。非常用発電機は42か所。", ["山田 花子"])
    assert words.split()[:2] == ["山田花子", "非常用発電機"]


@pytest.mark.slow
def test_star_windows_decoded_together_read_as_decoded_alone(monkeypatch):
    # the real model: a batch of windows (same beam, prompts of the same length) gives
    # each window the text and score it gets alone — in two lanes, each a model instance
    # of its own (the second let go with the stage), on any machine with two cores or more
    from conftest import SAMPLE_MEDIA
    from sync import media
    from sync.asr import whisper_decoder

    audio = media.load(str(SAMPLE_MEDIA))
    decode = whisper_decoder(AsrOptions())
    prompt = "議長（佐藤篤君）ただいまから本日の会議を開きます。日程第１、一般質問を行います。" * 3
    # (windows of other lengths too: their encoder outputs are of other lengths, decoded
    # in other batches)
    requests = [(audio.block(a, a + n), prompt, "", None) for a, n in ((10.0, 12), (30.0, 12), (45.0, 12),
                                                                       (20.0, 6), (0.0, 25))]
    requests.append((audio.block(0.0, 12.0), "", "", 1))
    alone = [decode(*r) for r in requests]
    asr._ENCODED.clear()
    monkeypatch.setattr(asr, "cores", lambda: 2)
    real_load, lanes = asr.load_model, []
    monkeypatch.setattr(asr, "load_model", lambda opts, instance="": (lanes.append(instance), real_load(opts, instance))[1])
    together = decode.many(requests)
    assert [[(t, round(p, 3)) for t, p in x] for x in together] == [[(t, round(p, 3)) for t, p in x] for x in alone]
    assert all(x[0][0] for x in together)
    # (the second lane's instance stays for the stage's next group, until it is let go)
    assert "beside" in lanes and [k for k in asr._LOADED if k[-1] == "beside"]
    assert decode.many(requests) == together and lanes.count("beside") == 2
    assert len([k for k in asr._LOADED if k[-1] == "beside"]) == 1
    asr.release_lanes(AsrOptions())
    assert not [k for k in asr._LOADED if k[-1] == "beside"]
    # one lane (one core): the same readings
    asr._ENCODED.clear()
    monkeypatch.setattr(asr, "cores", lambda: 1)
    lanes.clear()
    assert decode.many(requests) == together and "beside" not in lanes


def test_a_short_window_is_encoded_short_at_one_of_a_few_lengths():
    from types import SimpleNamespace

    from sync.asr import short_length

    model = SimpleNamespace(feature_extractor=SimpleNamespace(hop_length=160, nb_max_frames=3000))
    second = SAMPLE_RATE
    assert short_length(model, 5 * second) == 1000        # 5 s: padded to 10 s
    assert short_length(model, int(8.5 * second)) == 1000  # keeps at least 1 s of padding…
    assert short_length(model, 9 * second) == 2000        # …else the next length
    assert short_length(model, 25 * second) == 3000
    assert short_length(model, 30 * second) == 3000       # Whisper's own 30 s at most


def test_a_short_windows_decode_is_bounded_by_its_length():
    from sync.asr import decode_length

    assert decode_length(448, 100, 5.0) == 100 + 2 * (60 + 16)
    assert decode_length(448, 100, 25.0) == 448          # never past Whisper's own limit


@pytest.mark.slow
def test_the_bound_on_a_decode_cuts_no_speech():
    # the real model, a window of the sample full of speech: bounded or not (with a
    # previous-text prompt and without, CTranslate2 counts the two differently), the
    # same words
    from conftest import SAMPLE_MEDIA
    from sync import media
    from sync.asr import encode, load_model, tokenizer_for, decode_length

    audio = media.load(str(SAMPLE_MEDIA))
    model = load_model(AsrOptions())
    tok = tokenizer_for(model, "ja")
    window = audio.block(20.0, 32.0)
    encoded, _ = encode(model, window)
    plain = [*tok.sot_sequence, tok.no_timestamps]
    prompted = [tok.sot_prev, *tok.encode(" 通告に従いまして、地域の防災対策について質問いたします。"
                                          "令和6年1月の地震では、避難所の備蓄の在り方が、"), *plain]
    for seq in (plain, prompted):
        free = model.model.generate(encoded, [seq], beam_size=1, max_length=448)[0]
        bound = model.model.generate(encoded, [seq], beam_size=1,
                                     max_length=decode_length(448, len(seq), 12.0))[0]
        assert len(free.sequences_ids[0]) > 20
        assert bound.sequences_ids[0] == free.sequences_ids[0]


def test_a_stretch_the_model_cannot_make_out_is_transcribed_the_same_every_run():
    # the real model on the sample buried in noise, in two processes: the temperature
    # fallback samples there, and unseeded two runs of one recording gave other words
    # (captions 25 s apart between two runs of kokkai-hard); seeded, the same
    import subprocess
    import sys
    from pathlib import Path

    script = ("import sys, numpy as np; sys.path[:0] = ['tests', '.']\n"
              "from sync import media\nfrom sync.asr import AsrOptions, load_model, transcribe_samples\n"
              "from conftest import SAMPLE_MEDIA\n"
              "x = media.load(SAMPLE_MEDIA).block(0.0, 20.0)\n"
              "noisy = x + np.random.default_rng(7).normal(0, 3.0 * float(np.std(x)), len(x)).astype(np.float32)\n"
              "print(''.join(w.text for w in transcribe_samples(load_model(AsrOptions()), noisy, AsrOptions())))\n")
    root = Path(__file__).resolve().parent.parent
    runs = [subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    assert runs[0] == runs[1] and runs[0].strip()


def _sample_windows():
    """The bundled sample and the guide's windows over its speech (at least 3)."""
    from conftest import SAMPLE_MEDIA
    from sync import media
    from sync.guided import GuidedOptions, windows
    from sync.voicing import voicing

    audio = media.load(str(SAMPLE_MEDIA))
    wins = windows(voicing(audio), audio.duration, GuidedOptions())
    assert len(wins) >= 3
    return audio, wins


@pytest.mark.slow
def test_windows_encoded_ahead_are_the_ones_the_retiming_would_make_and_leave_nothing_behind(tmp_path):
    # the real model on the sample: a second instance encodes the retiming's windows in a
    # thread while the session would be transcribed; each output read back is the very one
    # the retiming's own encoder pass makes (so no retimed word changes), a window it was
    # not asked for is not there, and closing the store stops the thread and removes its files
    import os

    audio, wins = _sample_windows()
    opts = AsrOptions()
    model = asr.load_model(opts)
    store = asr.whisper_encode_ahead(opts)(audio, wins, str(tmp_path))   # (under the cache's folder)
    assert store is not None
    with store:
        if os.path.isdir("/proc/self/task"):
            # …at a lower priority than the transcription's while it encodes: the second
            # model's own threads (made by the thread that loaded it) too, this one's not
            import threading
            import time

            def nices():
                out = []
                for t in os.listdir("/proc/self/task"):
                    try:
                        out.append(int(open(f"/proc/self/task/{t}/stat").read().rsplit(")", 1)[1].split()[16]))
                    except OSError:
                        pass        # (a thread that ended)
                return out

            lowered = 0
            while store._thread.is_alive() and lowered < 2:
                lowered = max(lowered, nices().count(asr.AHEAD_NICE))
                time.sleep(0.02)
            assert lowered >= 2
            assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == 0
        for a, b in wins:
            kept, frames = store.get(a, b)
            again, frames_again = asr.encode_once(model, audio.block(a, b))
            assert frames == frames_again and np.array_equal(np.asarray(kept), np.asarray(again))
        assert store.get(wins[0][0], wins[0][1] + 1.0) is None
        folder = store.folder
        assert folder and os.path.isdir(folder) and os.path.dirname(folder) == str(tmp_path) and store.seconds > 0
    assert not os.path.exists(folder)
    # on a GPU, or for a model too big to load twice, the retiming encodes its windows itself
    assert asr.whisper_encode_ahead(AsrOptions(device="cuda"))(audio, wins) is None


@pytest.mark.slow
def test_the_guides_windows_encoded_beside_are_given_once_in_order_and_few_are_kept(tmp_path):
    # the guided path's store: a few windows ahead of the one asked for, each given once
    # (its file removed), one asked for again is not waited for, the thread's priority is
    # the guide's own, and the second instance of the model is let go when it is done
    import os
    import threading
    import time

    audio, wins = _sample_windows()
    opts = AsrOptions()
    model = asr.load_model(opts)
    store = asr.whisper_encode_ahead(opts)(audio, wins, str(tmp_path), lookahead=2)
    assert store is not None
    with store:
        deadline = time.monotonic() + 120
        while len(store.index) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.5)
        assert len(store.index) == 2 and store.made == 2       # waits: two ahead, no more
        if os.path.isdir("/proc/self/task"):
            nices = {int(open(f"/proc/self/task/{t}/stat").read().rsplit(")", 1)[1].split()[16])
                     for t in os.listdir("/proc/self/task")}
            assert nices == {os.getpriority(os.PRIO_PROCESS, threading.get_native_id())}
        for a, b in wins:
            kept, frames = store.get(a, b)
            again, frames_again = asr.encode_once(model, audio.block(a, b))
            assert frames == frames_again and np.array_equal(np.asarray(kept), np.asarray(again))
            assert len(os.listdir(store.folder)) <= 2 and len(store.index) <= 2
        t0 = time.monotonic()
        assert store.get(*wins[0]) is None and time.monotonic() - t0 < 0.5
        store._thread.join(60)
        assert not store._thread.is_alive()
        assert not [k for k in asr._LOADED if k[-1] == "ahead"]
        assert os.listdir(store.folder) == []


def test_a_store_with_a_lookahead_drops_the_windows_passed_over():
    # a window the guide never asks for (it moved on) is dropped when a later one is asked
    # for: the thread is never left waiting for room behind it
    import threading

    store = asr.EncoderStore(lookahead=2)
    made = threading.Event()

    class Audio:
        def block(self, a, b):
            return np.zeros(int((b - a) * 16000), dtype=np.float32)

    encoder = object()
    wins = [(0.0, 1.0), (1.0, 2.0), (2.0, 3.0), (3.0, 4.0)]
    real = asr.encode_once
    try:
        asr.encode_once = lambda model, samples: (np.full((1, 3, 2), len(samples), dtype=np.float32), 7)
        with store:
            store.start(lambda: encoder, Audio(), wins, nice=0, release=made.set)
            got = store.get(2.0, 3.0)          # windows 0 and 1 passed over
            assert got is not None and got[1] == 7
            assert store.get(3.0, 4.0) is not None
            assert made.wait(10) and store.get(0.0, 1.0) is None
    finally:
        asr.encode_once = real


def _w(s, e, text="あ"):
    return Word(s, e, text, 0.9)


def test_batched_speech_no_word_covers_is_heard_again_between_the_words_around_it():
    # words to 10 s, then 20 s of speech (in three runs) with no word, then words again
    words = [_w(t, t + 0.3) for t in np.arange(0.5, 10, 0.5)] + [_w(t, t + 0.3) for t in np.arange(31, 40, 0.5)]
    speech = [(0.4, 10.2), (11.0, 18.0), (18.5, 25.0), (26.0, 40.0)]
    spans = asr.repair_spans(words, speech, [], 40.0)
    assert spans == [(pytest.approx(9.8), pytest.approx(31.0))]   # from the last word's end to the next's start
    # speech every word is near, and a short unheard run (a cough): nothing
    assert asr.repair_spans(words[:5], [(0.4, 2.9), (4.0, 5.5)], [], 6.0) == []


def test_batched_poor_segments_are_heard_again_and_overlapping_stretches_join():
    words = [_w(t, t + 0.3) for t in np.arange(0.0, 30, 0.5)]
    speech = [(0.0, 30.0)]
    # a loop read over 10-14 s, another over 13-16 s: one stretch, from the word before
    # the first to the word after the second
    spans = asr.repair_spans(words, speech, [(10.0, 14.0), (13.0, 16.0)], 30.0)
    assert spans == [(pytest.approx(9.8), pytest.approx(16.0))]
    # a poor reading at the very end: to the end of the audio
    assert asr.repair_spans(words, speech, [(27.0, 30.0)], 30.0) == [(pytest.approx(26.8), 30.0)]


def test_a_batched_segment_with_far_too_few_characters_for_its_speech_is_poor():
    seg = type("S", (), {"start": 0.0, "end": 30.0})
    speech = [(0.0, 14.0), (15.0, 29.0)]            # 28 s of speech
    seg.text = "大日君から通知説明をご調査に出します。第2項1項目。"      # 24 characters: < 2 a second
    assert asr._sparse(seg, speech)
    seg.text = "あ" * 120                             # 4.3 a second: a reading
    assert not asr._sparse(seg, speech)
    seg.text = "はい。"                                # little speech: not judged
    assert not asr._sparse(seg, [(0.0, 3.0)])


def test_a_batched_segment_with_words_squeezed_into_no_time_is_poor():
    def seg(times):
        return type("S", (), {"words": [type("W", (), {"start": a, "end": b}) for a, b in times]})
    # 士 over and over at one instant (a loop the audio has no room for)
    assert asr._squeezed(seg([(925.0, 925.2)] + [(925.43, 925.43)] * 6 + [(925.45, 926.0)]))
    # three short words in a row happen in any reading
    assert not asr._squeezed(seg([(1.0, 1.2), (1.2, 1.2), (1.2, 1.21), (1.21, 1.21), (1.21, 1.5)]))


def test_batched_words_keep_the_good_reading_and_take_the_repairs(monkeypatch):
    import faster_whisper
    import faster_whisper.vad

    def seg(start, end, text, ratio=1.5, logprob=-0.4, words=()):
        return type("S", (), dict(start=start, end=end, text=text, compression_ratio=ratio,
                                  avg_logprob=logprob, no_speech_prob=0.1,
                                  words=[type("W", (), dict(start=a, end=b, word=t, probability=0.9))
                                         for a, b, t in words]))

    good = [(t, t + 0.4, "よ") for t in np.arange(0.0, 10.0, 0.5)]
    loop = [(t, t + 0.4, "母") for t in np.arange(10.0, 20.0, 0.5)]
    later = [(t, t + 0.4, "し") for t in np.arange(20.0, 25.0, 0.5)]

    class Pipeline:
        def __init__(self, model):
            pass

        def transcribe(self, samples, **kw):
            assert kw["batch_size"] == 8
            # pauses under 2 s stay inside a chunk, as transcribe() keeps them
            assert kw["vad_parameters"] == {"min_silence_duration_ms": 2000}
            return iter([seg(0.0, 10.0, "よ" * 20, words=good),
                         seg(10.0, 20.0, "母のように" * 20, ratio=3.1, words=loop),
                         seg(20.0, 25.0, "し" * 10, words=later)]), None

    heard = []

    class Model:
        def transcribe(self, samples, **kw):
            heard.append(len(samples) / SAMPLE_RATE)
            assert kw["condition_on_previous_text"] is False and kw["vad_filter"]
            return iter([seg(0.5, 9.5, "ほ" * 5, words=[(0.5, 1.0, "補償"), (2.0, 2.5, "金")])]), None

    monkeypatch.setattr(faster_whisper, "BatchedInferencePipeline", Pipeline)
    monkeypatch.setattr(faster_whisper.vad, "get_speech_timestamps",
                        lambda x, o: [{"start": 0, "end": 25 * SAMPLE_RATE}])
    samples = np.zeros(30 * SAMPLE_RATE, dtype=np.float32)
    seen = []
    out = asr.batched_words(Model(), samples, AsrOptions(batch_size=8), offset=600.0, progress=seen.append)
    assert seen == [10.0, 20.0, 25.0]                          # each chunk as it is read
    assert heard == [pytest.approx(20.0 - 9.9)]               # the loop only, from the word before it
    texts = [w.text for w in out]
    assert "母" not in texts and texts.count("よ") == 20 and texts.count("し") == 10
    assert [w.start for w in out if w.text in ("補償", "金")] == [pytest.approx(610.4), pytest.approx(611.9)]
    assert [w.start for w in out] == sorted(w.start for w in out) and out[0].start == 600.0


def test_words_squeezed_at_a_poor_segments_end_are_heard_again_with_it():
    # a batched segment ends where its last word does: 士 six times at that very instant
    # (and a segment all of whose words share one instant) is the segment's, not kept
    words = [_w(9.0, 9.5), _w(10.0, 10.5), _w(10.5, 11.0)] + [_w(11.0, 11.0, "士")] * 6 + [_w(13.0, 13.4)]
    assert asr.repair_spans(words, [(9.0, 14.0)], [(10.0, 11.0)], 20.0) == [(9.5, 13.0)]
    assert asr.repair_spans(words, [(9.0, 14.0)], [(11.0, 11.0)], 20.0) == [(11.0, 13.0)]
