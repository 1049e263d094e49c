"""Split the timed official text into readable captions.

Convention (see README, "Caption conventions"): deaf/hard-of-hearing style Japanese
captions, 16 full-width characters a line (half-width counts 0.5), at most two lines,
never across speaker turns, one sentence's end and the next one's start never share a
caption, breaks preferred after 。？！, then after 、, then at phrase boundaries (after a
run of hiragana particles), lines broken with kinsoku rules (JIS X 4051). A speaker
label （氏名） opens the first caption where the speaker changes, on a line of its own, and sound
notes such as （拍手） are captions of their own.

Cue times here are *speech* times (when the text is said: the sync map); display times
for subtitle files (minimum duration, reading speed, gaps) are derived in
:func:`display_times`.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from typing import Mapping, Sequence

from .align import Alignment
from .minutes import Minutes, Turn, speaker_label
from .text import CLAUSE_END, CLOSING, SENTENCE_END, SILENT, STAR, in_number, tokenizer


@dataclass(frozen=True)
class CueOptions:
    line_chars: float = 16.0      # full-width characters a line (Pixelogic JA SDH: 16)
    max_lines: int = 2            # lines of text a caption (Netflix, MASC)
    reading_cps: float = 6.0      # chars/s a viewer reads (deaf/HoH style, MASC 6)
    min_duration: float = 1.0     # seconds on screen at least (TED/Pixelogic)
    max_duration: float = 7.0     # seconds on screen at most (Netflix, Pixelogic)
    min_gap: float = 0.083        # 2 frames at 24 fps between captions (Netflix)
    speaker_labels: bool = True   # （氏名） line on the first caption of a turn
    speaker_style: str = "auto"   # how a speaker is named: auto/role (the chair and executives
                                  # by role, members by name), name, both (minutes.speaker_label)
    sound_seconds: float = 1.5    # how long a sound note such as （拍手） is shown at least…
    sound_max: float = 6.0        # …and at most, through the pause it stands in until speech goes on
    pause: float = 2.0            # seconds of silence after 、 or 。 that end a caption there


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str                     # official text, no speaker label
    speaker: str | None           # set on the first cue of a turn
    confidence: float
    turn: int                     # index of the turn in Minutes.turns
    first: int                    # [first, last) char indices in the turn's text
    last: int
    kind: str = "speech"          # "speech" | "sound"


_TINY = 5.0  # a caption narrower than this flashes by; avoid making one
# How far (full-width characters) a line may run over to keep a word whole: broadcast
# captioners work to 15.5–16.5 a line (NOTES-captions.md), so one more is within practice.
_SOFT_OVER = 1.0
# Characters that must not start a line (gyoto kinsoku) / end one (gyomatsu kinsoku).
_NO_LINE_START = set("、。，．,.）〕］｝〉》」』】・：；？！ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥")
_NO_LINE_END = set("（〔［｛〈《「『【")


def width(text: str) -> float:
    """Display width in full-width characters: half-width counts 0.5 (Netflix JA)."""
    return sum(0.5 if unicodedata.east_asian_width(ch) in "NaH" else 1.0 for ch in text)


def _is_kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


def phrase_breaks(text: str) -> list[int]:
    """Positions where a phrase (bunsetsu) plausibly ends: after a run of hiragana that
    follows content characters, before the next content character. Cheap and good
    enough to keep particles with the word before them."""
    out = []
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if in_number(text, i):
            continue        # ４，／０００万円, ８５０／人: one number, one word
        if _is_kana(a) and not _is_kana(b) and b not in _NO_LINE_START:
            out.append(i)
        elif a in CLAUSE_END + SENTENCE_END + CLOSING:
            out.append(i)
    return out


# A line may break before a word, but not before one that leans on the word before it
# (suffix 所 of 避難所, particle, auxiliary) nor after a prefix (御, 各).
_BOUND_LEFT = ("接尾辞", "助詞", "助動詞", "補助記号")


@lru_cache(maxsize=8192)
def word_breaks(text: str) -> frozenset[int]:
    """Positions between two words (SudachiPy) where a line may break: never inside a
    word (指定避／難所), never between a word and its suffix or particle, nor before a verb
    that leans on the word before it (:func:`_bound_verb`). Every position when no
    dictionary is installed."""
    tok = tokenizer()
    if tok is None:
        return frozenset(range(1, len(text)))
    out, pos, prev, prev_surface = set(), 0, None, ""
    for m in tok.tokenize(text):
        pos_tags = m.part_of_speech()
        if pos and pos_tags[0] not in _BOUND_LEFT and (prev is None or prev[0] != "接頭辞") \
                and not _bound_verb(pos_tags, m.dictionary_form(), prev, prev_surface):
            out.add(pos)
        pos += len(m.surface())
        prev, prev_surface = pos_tags, m.surface()
    return frozenset(out)


def _bound_verb(pos_tags, lemma: str, prev, prev_surface: str) -> bool:
    """A verb that leans on the word before it: する after a noun (終了／しました), an
    auxiliary verb after て (調査して／いる, させて／いただきます), つく of について and
    につき (新設に／ついて)."""
    if pos_tags[0] != "動詞" or prev is None:
        return False
    if pos_tags[1] == "非自立可能" and (prev[0] == "名詞" or prev_surface in ("て", "で")):
        return True
    return lemma == "つく" and prev_surface == "に" and prev[0] == "助詞"


_ITEM_SPACE = " \u3000"
# brackets a caption is never cut inside, nor right after one opens
_OPENING, _CLOSING_BRACKETS = "（(「『【［", "）)」』】］"
_DIGITS = "0123456789０１２３４５６７８９"


def _split_points(text: str) -> list[tuple[int, int]]:
    """Candidate breaks (position, rank): lower rank breaks first."""
    pts = []
    for i, ch in enumerate(text[:-1]):
        if ch in SENTENCE_END:
            pts.append((i + 1, 0))
        elif ch in CLAUSE_END and not in_number(text, i + 1):
            pts.append((i + 1, 1))
        elif ch in _ITEM_SPACE and text[i + 1] not in _ITEM_SPACE:
            # a list's items parted by spaces (１番　青木健二議員　２番　石井春子議員): before the
            # next item's number, as a clause's end; between its parts, as between phrases
            pts.append((i + 1, 1 if text[i + 1] in _DIGITS else 2))
    words = word_breaks(text)
    phrases = set(phrase_breaks(text))
    # a phrase boundary inside a word (飛び／降りて: kana then kanji, one verb) is no
    # better than any point inside a word
    pts += [(p, 2) for p in phrases if p in words]
    pts += [(p, 3) for p in sorted(words - phrases) if not in_number(text, p)]
    pts += [(p, 4) for p in sorted(phrases - words)]
    return pts


def split_text(text: str, max_width: float, shown: Mapping[int, str] | None = None,
               line_chars: float | None = None) -> list[tuple[int, int]]:
    """Split ``text`` into [a, b) chunks no wider than ``max_width`` (when possible),
    breaking at sentence ends, always; then at the best-ranked point that balances
    the chunks. ``shown`` maps a character (a ★) to the text that stands for it on screen
    (``［？候補］``): its width is what counts. With ``line_chars``, a chunk that fits but
    whose lines could only break inside a word (ミッショ／ン, 宮崎／勝: a full two lines)
    is split too, where a word ends."""
    widths = [width(shown[i]) if shown and i in shown else width(ch) for i, ch in enumerate(text)]
    acc = [0.0, *accumulate(widths)]
    out: list[tuple[int, int]] = []
    for a, b in _sentences(text):
        _split_range(text, a, b, max_width, out, acc,
                     line_chars if line_chars and not (shown and any(a <= i < b for i in shown)) else None)
    # no caption opens or ends with the space it was cut at (a transcript that parts its
    # words with spaces: … はなしあいが / できないなら …)
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def _cuts_a_word(seg: str, line_chars: float, max_lines: int) -> bool:
    """Would ``seg``, wrapped, break a line inside a word?"""
    lines = wrap(seg, line_chars, max_lines)
    if len(lines) < 2:
        return False
    words, pos = word_breaks(seg), 0
    for line in lines[:-1]:
        pos = seg.find(line, pos) + len(line)
        if pos not in words and seg[pos - 1] not in CLAUSE_END + SENTENCE_END and seg[pos] not in _OPENING:
            return True
    return False


def _sentences(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for i, ch in enumerate(text):
        if ch in SENTENCE_END and (i + 1 == len(text) or text[i + 1] not in SENTENCE_END + CLOSING):
            out.append((a, i + 1))
            a = i + 1
    if a < len(text):
        out.append((a, len(text)))
    return out


def _split_range(text: str, a: int, b: int, max_width: float, out: list[tuple[int, int]],
                 acc: list[float], line_chars: float | None = None) -> None:
    total = acc[b] - acc[a]
    seg = text[a:b]
    whole = total <= max_width or b - a < 4
    if whole and line_chars and total > line_chars + _SOFT_OVER and b - a >= 8 \
            and _cuts_a_word(seg, line_chars, max(1, round(max_width / line_chars))):
        # a full caption whose lines break only inside a word: two captions, cut where a
        # word ends — if one does (else the line break inside a word stays)
        depth = [0]
        for ch in seg:
            depth.append(depth[-1] + (ch in _OPENING) - (ch in _CLOSING_BRACKETS))
        cuts = [((rank, abs(acc[a + pos] - acc[a] - total / 2)), pos) for pos, rank in _split_points(seg)
                if 0 < pos < len(seg) and rank < 4 and depth[pos] <= 0
                and seg[pos - 1] not in _NO_LINE_END and seg[pos] not in _NO_LINE_START
                and min(acc[a + pos] - acc[a], total - acc[a + pos] + acc[a]) >= _TINY]
        # (never inside brackets, 山田　マリア　恵子君）, nor leaving 書類（ at a caption's end)
        cut = min(cuts) if cuts else None
        if cut is not None:
            out.extend([(a, a + cut[1]), (a + cut[1], b)])
            return
    if whole:
        out.append((a, b))
        return
    pieces = -(-total // max_width)
    # two pieces: halves that both fit; more: cut so the left part fills whole captions
    ideal = total / 2 if pieces <= 2 else max_width * (pieces // 2)
    best = None
    for pos, rank in _split_points(seg):
        if pos <= 0 or pos >= len(seg):
            continue
        left = acc[a + pos] - acc[a]
        tiny = min(left, total - left) < _TINY
        over = pieces <= 2 and max(left, total - left) > max_width
        # (a cut inside a word — 飛び／降りて — is worse than a short caption)
        score = (rank == 4, tiny, over, rank, abs(left - ideal))
        if best is None or score < best[0]:
            best = (score, pos)
    pos = best[1] if best else _hard_break(seg, max_width)
    _split_range(text, a, a + pos, max_width, out, acc, line_chars)
    _split_range(text, a + pos, b, max_width, out, acc, line_chars)


def _hard_break(seg: str, max_width: float) -> int:
    """No phrase boundary at all (a long katakana word…): cut at the width, kinsoku-safe."""
    pos, w = 0, 0.0
    while pos < len(seg) and w + width(seg[pos]) <= max_width:
        w += width(seg[pos])
        pos += 1
    while 1 < pos < len(seg) and seg[pos] in _NO_LINE_START:
        pos -= 1
    return max(1, min(pos, len(seg) - 1))


def wrap(text: str, line_chars: float, max_lines: int = 2) -> list[str]:
    """Break one caption's text into lines of roughly equal width, kinsoku-safe: after
    punctuation first, then between phrases, then between words; inside a word, or
    inside a marked ★ candidate ［？…］, only when nothing else fits."""
    if width(text) <= line_chars or max_lines < 2:
        return [text.strip(" \u3000") or text]
    total = width(text)
    candidates = []
    depth, inside = 0, set()
    for pos, ch in enumerate(text):
        depth += ch == "［"
        depth -= ch == "］"
        if depth > 0:
            inside.add(pos + 1)
    phrases, words = set(phrase_breaks(text)), word_breaks(text)
    for pos in range(1, len(text)):
        if text[pos] in _NO_LINE_START or text[pos - 1] in _NO_LINE_END or in_number(text, pos) \
                or text[pos - 2:pos] == "［？":
            continue        # (［？ opens a candidate: never left at a line's end)
        left = width(text[:pos])
        rank = (0 if text[pos - 1] in CLAUSE_END + SENTENCE_END else
                0 if text[pos - 1] in _ITEM_SPACE and text[pos] in _DIGITS else
                1 if (pos in phrases and pos in words) or text[pos - 1] in _ITEM_SPACE else 2 if pos in words else 3)
        over = max(0.0, left - line_chars) + max(0.0, total - left - line_chars)
        # a line one character too long reads better than a word cut in two
        candidates.append(((over > _SOFT_OVER, rank == 3, pos in inside, over > 0, rank,
                            abs(total / 2 - left)), pos))
    if not candidates:
        return [text]
    pos = min(candidates)[1]
    # (a space where a line breaks is shown at neither end)
    return [text[:pos].rstrip(" \u3000") or text[:pos], *wrap(text[pos:].lstrip(" \u3000") or text[pos:],
                                                                line_chars, max_lines - 1)]


# seconds of silence after which the speaker going on is named again (a recess, a vote)
_RENAMED_AFTER = 30.0


def make_cues(minutes: Minutes, timing: Alignment, offsets: Sequence[int],
              opts: CueOptions = CueOptions(), shown: Mapping[int, str] | None = None) -> list[Cue]:
    """Captions for every turn. ``offsets[t]`` is where turn ``t`` starts in the text
    that was aligned (the turns' texts concatenated). ``shown`` maps a ★ (its index in
    that text) to what stands for it in subtitles (``［？候補］``), so that captions are
    cut to fit as they will be displayed."""
    cues: list[Cue] = []
    max_width = opts.line_chars * opts.max_lines
    last_person, last_end = None, 0.0
    for t, turn in enumerate(minutes.turns):
        base = offsets[t]
        speech: list[Cue] = []
        local = {i - base: v for i, v in (shown or {}).items() if base <= i < base + len(turn.text)}
        for a, b in _at_pauses(split_text(turn.text, max_width, local, opts.line_chars), turn.text, base,
                               timing, opts.pause):
            lo, hi = base + a, base + b
            start, end = timing.span(lo, hi)
            conf = cue_confidence(timing.confidence[lo:hi], turn.text[a:b])
            speech.append(Cue(start, end, turn.text[a:b], None, round(conf, 3), t, a, b))
        if speech:
            person = (turn.role, turn.name, speaker_label(turn, opts.speaker_style))
            if person != last_person or speech[0].start - last_end > _RENAMED_AFTER:
                # (named where the speaker changes — another 参考人 is another person — and
                # after a long silence, a recess; the chair's turns on either side of a
                # heading or a note are one voice going on, not a new speaker)
                speech[0] = replace(speech[0], speaker=person[2])
            last_person, last_end = person, speech[-1].end
        cues.extend(speech)
        cues.extend(_sound_cues(turn, t, base, timing, opts))
    cues.sort(key=lambda c: (c.start, c.kind != "sound"))
    return cues


def _at_pauses(chunks: list[tuple[int, int]], text: str, base: int, timing: Alignment,
               pause: float) -> list[tuple[int, int]]:
    """``chunks`` of a turn's ``text`` cut once more after each 、 or 。 followed by a pause
    of ``pause`` seconds or more: a caption never shows what comes after a long silence
    before it is said, nor stays through the silence (一つ目は…ミルク、 / 10 s / 二つ目は…)."""
    out = []
    for a, b in chunks:
        cut = a
        for i in range(a + 1, b):
            if text[i - 1] in CLAUSE_END + SENTENCE_END and not in_number(text, i) and i - cut >= 2 and b - i >= 2 \
                    and timing.start[base + i] - timing.end[base + i - 1] >= pause:
                out.append((cut, i))
                cut = i
        out.append((cut, b))
    return out


def fit_to_media(cues: Sequence[Cue], duration: float, least: float = 0.01) -> list[Cue]:
    """The cues of a sync map as players need them: inside the media (text the recording
    does not hold — minutes longer than it — is timed at its very end, a frame or so
    past it), each at least ``least`` long (text squeezed between two timed neighbours has
    no time of its own), and a speech cue ending where the next one starts rather than
    after it (turns timed apart can overlap by a frame)."""
    end_of_media = round(duration, 3)
    out = [replace(c, start=round(max(0.0, min(c.start, end_of_media - least)), 3),
                   end=round(min(max(c.end, c.start + least), end_of_media), 3)) for c in cues]
    speech = [i for i, c in enumerate(out) if c.kind == "speech"]
    for i, j in zip(speech, speech[1:]):
        a, b = out[i], out[j]
        if a.end > b.start >= a.start + least:
            out[i] = replace(a, end=b.start)
    return out


def cue_confidence(conf: Sequence[float], text: str, head: int = 3) -> float:
    """How sure a caption's time is: the mean over its characters, but no more than its
    first sounding character's, nor the mean of its first ``head`` (a caption is judged
    by when it starts; a well-matched tail must not vouch for a guessed start)."""
    if not len(conf):
        return 0.0
    sounding = [float(c) for ch, c in zip(text, conf) if ch not in SILENT and ch != STAR][:head]
    mean = float(sum(conf) / len(conf))
    return min(mean, sounding[0], sum(sounding) / len(sounding)) if sounding else mean


# what the room waits through, its note shown until the speech goes on: a recess (RECESS,
# from the minutes' 休憩 line) and a roll call (（点呼・投票）)
_WAITED = ("休憩", "点呼")


def _sound_cues(turn: Turn, t: int, base: int, timing: Alignment, opts: CueOptions) -> list[Cue]:
    out = []
    n = len(timing.start)
    for s in turn.sounds:
        if s.at > 0:
            at = float(timing.end[base + s.at - 1])
        elif base < n:
            at = float(timing.start[base])
        else:
            continue
        # the sound fills the pause it is written in (applause after a speech, before the
        # next one starts): shown through it, not just as the speech before it ends
        after = float(timing.start[base + s.at]) if s.at > 0 and base + s.at < n else at
        if base + s.at >= n:
            after = at + opts.sound_max      # after the last speech: no speech goes on (the
            #                                  recording's end cuts it, see SyncMap)
        until = max(after, at + opts.sound_seconds)
        if not any(w in s.label for w in _WAITED):
            until = min(until, at + max(opts.sound_max, opts.sound_seconds))
        out.append(Cue(at, until, s.label, None, 1.0, t, s.at, s.at, kind="sound"))
    return out


@dataclass(frozen=True)
class Shown:
    """A caption as displayed: its lines and display times."""

    start: float
    end: float
    lines: list[str]
    speaker: str | None
    cue: Cue


def display_times(cues: Sequence[Cue], opts: CueOptions = CueOptions(), rate: float = 1.0) -> list[Shown]:
    """Display timing for subtitle files.

    A caption appears when its text starts being said and stays at least long enough to
    read (``reading_cps``, ``min_duration``; both in viewer time at playback ``rate``),
    as long as that does not run into the next caption (``min_gap`` before it), and never
    longer than ``max_duration``.
    """
    shown: list[Shown] = []
    note: list[str] | None = None      # a sound note left no time of its own
    speech = sorted(cues, key=lambda c: c.start)
    for i, c in enumerate(speech):
        need = max(opts.min_duration, len(c.text) / opts.reading_cps) * rate
        end = max(c.end, c.start + need)
        end = min(end, c.start + max(opts.max_duration * rate, c.end - c.start))
        nxt = next((d.start for d in speech[i + 1:] if d.start > c.start), None)
        if nxt is not None:
            end = min(end, nxt - opts.min_gap)
        end = max(end, c.start + 0.1)
        start = c.start
        if shown and start < shown[-1].end and c.kind == "speech" and shown[-1].cue.kind == "sound":
            # a sound note (（拍手）) never holds back the speech after it: it gives way, or,
            # left no time to be read, is not shown (the sync map keeps it)
            cut = start - opts.min_gap
            if cut - shown[-1].start >= 0.3:
                shown[-1] = replace(shown[-1], end=round(cut, 3))
            else:
                note = shown.pop().lines
        if shown and start < shown[-1].end:  # same start as the previous caption
            start = shown[-1].end
            end = max(end, start + 0.1)
        lines = wrap(c.text, opts.line_chars, opts.max_lines)
        if c.speaker and opts.speaker_labels:
            lines = [f"（{c.speaker}）", *lines]
        if note and c.kind == "speech" and len(note) == 1 and len(lines) <= opts.max_lines \
                and not (c.speaker and opts.speaker_labels) and width(note[0]) <= opts.line_chars + _SOFT_OVER:
            # …or, one short line, it heads the caption that took its time (the third
            # （「異議なし」と呼ぶ者あり） of a vote, said over the chair going on) — not one that
            # names its speaker, where it would read as another name
            lines = [*note, *lines]
        note = None
        shown.append(Shown(round(start, 3), round(end, 3), lines, c.speaker, c))
    return shown
