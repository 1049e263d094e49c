"""The guided engine (`guided_words`) driven end to end by a fake Whisper: the real
tokenizer, a scripted recording (what is said when), and an encoder, probe, forced
alignment and full decode that answer from that script. Unit tests of the stage as a
whole: windows placed in turn, text timed where it was said, and the give-up."""
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from sync.asr import Word
from sync.guided import GaveUp, GuidedOptions, guided_words
from sync.media import SAMPLE_RATE, Audio
from sync.voicing import FRAME, Voicing, runs

TOKENIZER = Path(__file__).resolve().parent.parent / "models" / "whisper-base" / "tokenizer.json"


@dataclass
class _Result:
    sequences_ids: list = None
    scores: list = None
    alignments: list = None
    text_token_probs: list = None


class FakeWhisper:
    """Says ``said`` — (start, end, text) — and nothing else. Each sample of the recording
    holds its own time (10 ms steps), so a window's encoder output knows where it starts."""

    tokens_per_second = 50

    def __init__(self, said: list[tuple[float, float, str]]):
        import tokenizers

        self.said = said
        self.hf_tokenizer = tokenizers.Tokenizer.from_file(str(TOKENIZER))
        self.model = self
        self.is_multilingual = True
        self.feature_extractor = self

    hop_length, nb_max_frames = 160, 3000

    def __call__(self, samples):                       # feature extractor
        start = round(float(samples[0]) * 32768) / 100
        return np.full((1, len(samples) // 160 + 1), start, dtype=np.float32)

    def encode(self, features):
        return {"start": float(features[0, 0])}

    def _heard(self, start: float) -> tuple[float, float, str]:
        return next(u for u in self.said if u[1] > start + 0.01)

    def _tok(self):
        from sync.asr import tokenizer_for
        return tokenizer_for(self, "ja")

    def generate(self, encoded, prompts, max_length=448, **_):
        a, b, text = self._heard(encoded["start"])
        ids = self._tok().encode(text)[:max_length // 2]
        return [_Result(sequences_ids=[ids], scores=[-0.3])]

    def align(self, encoded, sot, tokens, frames):
        a, b, _ = self._heard(encoded["start"])
        n = len(tokens[0])
        at = [round((a + (b - a) * j / n - encoded["start"]) * self.tokens_per_second) for j in range(n + 1)]
        return [_Result(alignments=[(j, t) for j, t in enumerate(at)], text_token_probs=[0.9] * n)]

    def decode(self, samples):
        start = round(float(samples[0]) * 32768) / 100
        a, b, text = self._heard(start)
        step = (b - a) / len(text)
        return [Word(round(a - start + k * step, 3), round(a - start + (k + 1) * step, 3), ch, 0.9)
                for k, ch in enumerate(text)]


def _session(said: list[tuple[float, float, str]], duration: float) -> tuple[Audio, Voicing]:
    t = np.arange(int(duration * SAMPLE_RATE)) / SAMPLE_RATE
    audio = Audio(np.round(t * 100).astype(np.int16), "scripted")
    speech = np.zeros(int(duration / FRAME), dtype=bool)
    for a, b, _ in said:
        speech[int(a / FRAME):int(b / FRAME)] = True
    s, e = runs(speech)
    return audio, Voicing(speech, s * FRAME, e * FRAME)


SENTENCES = [f"議案第{n}号について{topic}を説明いたします。" for n, topic in enumerate(
    ["道路の補修", "学校の給食", "公園の整備", "図書館の開館時間", "消防団の装備", "水道料金",
     "ごみの収集", "市民会館の改修", "防災無線", "子育ての支援", "空き家の対策", "観光の振興",
     "農業の振興", "商店街の活性化", "高齢者の見守り", "交通の安全", "下水道の整備", "橋の耐震化",
     "河川の改修", "住宅の補助"], start=1)]


@pytest.mark.skipif(not TOKENIZER.exists(), reason="the model's tokenizer is assembled by setup")
def test_each_window_is_placed_and_its_text_timed_where_it_was_said():
    said = [(10.0 * k + 1.0, 10.0 * k + 5.0, s) for k, s in enumerate(SENTENCES[:6])]
    audio, voiced = _session(said, 62.0)
    fake = FakeWhisper(said)
    words, report = guided_words(fake, audio, "".join(SENTENCES[:6]), voiced, GuidedOptions(), fake.decode)
    assert report.windows == 6 and report.decoded_seconds == 0.0
    assert "".join(w.text for w in words) == "".join(SENTENCES[:6])
    # each sentence's first character starts when it was said, its last ends then
    at = np.cumsum([0] + [len(w.text) for w in words])
    for k, (a, b, _) in enumerate(said):
        first = int(np.searchsorted(at, sum(map(len, SENTENCES[:k])), side="right")) - 1
        last = int(np.searchsorted(at, sum(map(len, SENTENCES[:k + 1])) - 1, side="right")) - 1
        assert abs(words[first].start - a) < 0.05 and abs(words[last].end - b) < 0.3, (k, words[first], words[last])


@pytest.mark.skipif(not TOKENIZER.exists(), reason="the model's tokenizer is assembled by setup")
def test_the_guide_gives_up_where_three_windows_in_a_row_fit_nowhere():
    # 17 sentences said as written, then babble the minutes lack in three windows
    babble = "ガヤガヤザワザワドヨドヨガヤガヤ"
    said = [(10.0 * k + 1.0, 10.0 * k + 5.0, s) for k, s in enumerate(SENTENCES[:17])]
    said += [(10.0 * k + 1.0, 10.0 * k + 5.0, babble) for k in range(17, 20)]
    audio, voiced = _session(said, 202.0)
    fake = FakeWhisper(said)
    decoded = []
    with pytest.raises(GaveUp) as stop:
        guided_words(fake, audio, "".join(SENTENCES), voiced, GuidedOptions(),
                     lambda samples: decoded.append(len(samples) / SAMPLE_RATE) or fake.decode(samples))
    # what it timed stands: every sentence before the last one placed (whose text's end it
    # cannot know), and the recording is to be transcribed from that one's window on
    assert stop.value.report.gave_up == stop.value.since == pytest.approx(160.75, abs=0.3)
    # the third window of babble is not read in full: whatever it says, the guide gives up
    # there (a window of real babble took 47 s to decode), and the transcription reads it
    assert len(decoded) == 2 and stop.value.report.reasons == {"probe not placed": 2}
    assert "".join(w.text for w in stop.value.words) == "".join(SENTENCES[:16])
    assert all(w.end <= stop.value.since for w in stop.value.words)
    # …but not within the session's opening windows (its formalities may not fit)
    said = [(10.0 * k + 1.0, 10.0 * k + 5.0, babble) for k in range(3)]
    said += [(10.0 * k + 1.0, 10.0 * k + 5.0, s) for k, s in enumerate(SENTENCES[:6], start=3)]
    audio, voiced = _session(said, 92.0)
    fake = FakeWhisper(said)
    words, report = guided_words(fake, audio, "".join(SENTENCES[:6]), voiced, GuidedOptions(), fake.decode)
    assert report.gave_up is None
    assert "".join(SENTENCES[:6]) in "".join(w.text for w in words)


class SaysLess(FakeWhisper):
    """As :class:`FakeWhisper`, but the minutes hold a sentence nobody said: fed it, the
    decoder finds its tokens improbable and gives them no time (they take the time of
    the next said token), as Whisper's forced alignment does."""

    def __init__(self, said: list[tuple[float, float, str]], unsaid: str):
        super().__init__(said)
        self.unsaid = unsaid

    def align(self, encoded, sot, tokens, frames):
        tok, ids = self._tok(), list(tokens[0])
        at = tok.decode(ids).find(self.unsaid)
        if at < 0:
            return super().align(encoded, sot, tokens, frames)
        reach = [len(tok.decode(ids[:j + 1]).replace("\ufffd", "")) for j in range(len(ids))]
        inside = [at <= (reach[j - 1] if j else 0) and reach[j] <= at + len(self.unsaid)
                  for j in range(len(ids))]
        a, b, _ = self._heard(encoded["start"])
        n = len(ids) - sum(inside)
        times, k = [], 0
        for j in range(len(ids)):
            times.append(a + (b - a) * k / n)
            k += not inside[j]
        times.append(b)
        at_ = [round((t - encoded["start"]) * self.tokens_per_second) for t in times]
        return [_Result(alignments=[(j, t) for j, t in enumerate(at_)],
                        text_token_probs=[0.02 if x else 0.9 for x in inside])]


@pytest.mark.skipif(not TOKENIZER.exists(), reason="the model's tokenizer is assembled by setup")
@pytest.mark.parametrize("unsaid", [
    "委員の異動に伴い現在理事が二名欠員となっております。",       # a few characters: squeezed
    "旧優生保護法は障害のある人を不良な子孫として命の選別を肯定し不妊手術と中絶を強制し"
    "子供を持つことを自分で決める権利を奪いました。",                # most of the text: improbable
])
def test_a_sentence_nobody_said_is_left_untimed_and_the_rest_timed_without_it(unsaid):
    said = [(15.0 * k + 1.0, 15.0 * k + 9.0, s) for k, s in enumerate(SENTENCES[:6])]
    # the minutes hold a sentence nobody said, after the third sentence
    minutes = "".join(SENTENCES[:3]) + unsaid + "".join(SENTENCES[3:6])
    audio, voiced = _session(said, 92.0)
    fake = SaysLess(said, unsaid)
    words, report = guided_words(fake, audio, minutes, voiced, GuidedOptions(), fake.decode)
    assert report.decoded_seconds == 0.0                     # nothing decoded in full
    assert report.reasons == {"sentences nobody said left untimed": 1}
    assert "".join(w.text for w in words) == "".join(SENTENCES[:6])   # the sentence untimed
    # the sentence it was given with is timed where it was said, all of it
    third = [w for w in words if 31.0 - 0.05 <= w.start < 40.0]
    assert "".join(w.text for w in third) == SENTENCES[2]
    assert abs(third[0].start - 31.0) < 0.05 and abs(third[-1].end - 39.0) < 0.5


@pytest.mark.skipif(not TOKENIZER.exists(), reason="the model's tokenizer is assembled by setup")
def test_retiming_after_a_guide_gave_up_keeps_the_words_it_timed_before():
    """A guide that gave up at 50.75 s kept what it timed; the recording was transcribed
    from there. Retimed ``since`` then, the windows before keep their words untouched (no
    encoder, no probe) and only the ones after are timed."""
    said = [(10.0 * k + 1.0, 10.0 * k + 5.0, s) for k, s in enumerate(SENTENCES[:10])]
    audio, voiced = _session(said, 102.0)
    heard = []
    for k, (a, b, s) in enumerate(said):
        step = (b - a) / len(s)
        heard += [Word(round(a + j * step, 3), round(a + (j + 1) * step, 3), ch, 0.5 if k < 5 else 0.6)
                  for j, ch in enumerate(s)]
    fake = FakeWhisper(said)
    encoded = []
    encode = fake.encode
    fake.encode = lambda features: encoded.append(float(features[0, 0])) or encode(features)
    words, report = guided_words(fake, audio, "".join(SENTENCES[:10]), voiced, GuidedOptions(),
                                 fake.decode, heard=heard, since=50.75)
    before = [w for w in words if w.start < 50.75]
    assert before == [w for w in heard if w.start < 50.75]
    after = [w for w in words if w.start >= 50.75]
    assert "".join(w.text for w in after) == "".join(SENTENCES[5:10])
    assert all(w.probability == pytest.approx(0.9) for w in after)   # timed by the decoder
    assert report.windows == 5 and encoded and all(t >= 50.0 for t in encoded)


def test_a_guide_that_gives_up_reports_its_encoder_beside_too(monkeypatch):
    # the give-up path's report holds the time of the encoder beside the guide (up to where
    # the guide gave up) as the finished guide's does; the words before that stand
    import contextlib

    from sync import guided
    from sync.asr import AsrOptions
    from sync.guided import Report

    class Store(contextlib.nullcontext):
        seconds = 12.5

    kept = [Word(1.0, 2.0, "議長", 0.9)]
    monkeypatch.setattr(guided, "load_model", lambda opts: object())
    monkeypatch.setattr(guided, "whisper_encode_ahead", lambda opts: lambda audio, wins, lookahead: Store())

    def lost(*args, **kwargs):
        raise GaveUp(Report(), kept, 30.0)

    monkeypatch.setattr(guided, "guided_words", lost)
    monkeypatch.setattr(guided, "quiet_cuts", lambda audio, block: [0.0, 28.0, 60.0])
    monkeypatch.setattr(guided, "whisper_transcriber",
                        lambda opts: lambda audio, progress, since: [Word(since + 1.0, since + 2.0, "以上", 0.9)])
    audio = Audio(np.zeros(90 * SAMPLE_RATE, np.int16), "x")
    speech = np.zeros(9000, bool)
    speech[100:8000] = True
    voiced = Voicing(speech, np.zeros(0), np.zeros(0))
    words, report = guided.whisper_guide(AsrOptions(), GuidedOptions())(audio, "議長以上", voiced)
    assert report.gave_up == 28.0 and report.stages["encoder beside"] == 12.5
    assert [w.text for w in words] == ["議長", "以上"] and "full transcription" in report.stages
