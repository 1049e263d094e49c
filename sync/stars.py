"""Candidates for ★: what was said where the stenographers heard nothing.

For every ★ the aligned official text around it fixes a short window of audio: from
the start of the clause the ★ sits in to the end of the text after it. That window is
read by several *sources* — the session's own ASR words, and fresh decodings of the
window with the preceding official text as prompt (so the decoder writes names, kanji
and numbers the way these minutes do) — and each source's text is aligned, by kana, to
the official text around the ★. What a source says between the last matched character
before the ★ and the first one after it is its candidate. The candidate of the source
that fits both neighbours best wins; agreement between sources raises the confidence.
A candidate is then cleaned up to read like the minutes: fillers dropped, words spelt
as the minutes spell them elsewhere.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Sequence

import numpy as np
from rapidfuzz.distance import Indel

from .align import Alignment
from . import numerals
from .asr import Decoder, Scorer, Word
from .media import Audio
from .text import EDGE_PUNCT, SENTENCE_END, STAR
from .reading import char_readings, kana_similarity


@dataclass(frozen=True)
class StarOptions:
    enabled: bool = True
    decode: bool = True           # re-decode each ★ window (else: the session ASR only)
    pad: float = 0.3              # seconds of audio added on each side of the window
    max_window: float = 25.0      # Whisper reads at most 30 s at once
    context_chars: int = 14       # official characters on each side used as anchors
    prompt_chars: int = 160       # preceding official text given to the decoder (its last 96 tokens)
    min_gap: float = 0.12         # a ★ with less time than this between its neighbours…
    min_voiced: float = 0.1       # …or less speech than this in it, was not said
    refit: float = 0.6            # re-decode when the session ASR fits the context worse; with
                                  # a judge to pick the reading, every ★ is re-decoded once
                                  # (forced to start with the text before it), and windows
                                  # fitting worse than this also get a free reading
    free_reading: str = "disagree"  # with a judge, add a free reading where the readings
                                    # "disagree" (or the session's fits poorly), or "always"
    session_words: bool = True    # the session's words are heard (False when the guided path
                                  # timed the official text there: the window is then read
                                  # unprompted, greedily, in their place)
    free_beam: int = 1            # beam of the free reading (greedy: measured as good as beam 5
                                  # with the judge, at a third of the time; README)
    judge: bool = True            # pick among readings by the model's likelihood of the
                                  # official text with each candidate in the ★ (teacher-forced)
    overlap: float = 0.05         # a word may overlap a timed neighbour by this much
    batch: int = 24               # ★ whose first decodes are made together (see find)


@dataclass(frozen=True)
class Star:
    """One ★ in document order."""

    index: int                    # position of the ★ in the aligned text
    start: float
    end: float
    candidate: str | None
    confidence: float
    reason: str                   # why the candidate is what it is (or why there is none)
    sources: dict = field(default_factory=dict)   # source name -> candidate text



_FILLERS = re.compile(r"(えー+|ええと|えっと|あのー+|あの、|そのー+|まあ、|うー+ん|えー、)")


def _context(text: str, i: int, n: int) -> tuple[int, int]:
    """[a, b): official text around the ★ at ``i``: back to the start of its clause
    (at least ``n`` characters) and forward ``n`` characters, stopping at other ★."""
    a = i
    while a > 0 and text[a - 1] != STAR and (i - a < n or text[a - 1] not in "、" + SENTENCE_END):
        a -= 1
        if i - a >= 3 * n:
            break
    b = i + 1
    while b < len(text) and text[b] != STAR and b - i <= n:
        b += 1
    return a, b


# Scores of the alignment after a ★ (see _right_alignment): a kana heard where the ★ is
# costs less than one heard in the official text after it, so what was heard between the
# neighbours goes to the ★. The official character right after the ★ belongs to a word
# it cuts, so its reading is a guess (動★き): leaving it unheard costs little.
_MATCH, _GAP, _HIDDEN, _GAP_EDGE = 2.0, -1.0, -0.5, -0.3


def _pair(a: str, b: str) -> float:
    """Score of hearing ``b`` for official ``a``: near-misses (voicing, the same
    consonant in another vowel) cost less than a miss; a shared vowel alone is a miss."""
    if a == b:
        return _MATCH
    sim = kana_similarity(a, b)
    return 2.5 * sim - 1.5 if sim >= 0.4 else -1.5


def _right_alignment(right: str, heard: str, edge: int = 0) -> tuple[int, int]:
    """Where the official text after a ★ resumes in ``heard`` (kana heard after the text
    before the ★): the ★ takes ``heard[:b]`` and ``right`` is aligned from there, ending
    anywhere (the window may end inside ``right`` or run past it). Returns ``b`` and how
    many kana of ``right`` were heard exactly. The first ``edge`` kana of ``right`` cost
    less to skip."""
    nr, m = len(right), len(heard)
    gr = [_GAP_EDGE if i < edge else _GAP for i in range(nr)]
    R = np.full((nr + 1, m + 1), -np.inf)
    R[0] = _HIDDEN * np.arange(m + 1)
    for i in range(1, nr + 1):
        R[i, 0] = R[i - 1, 0] + gr[i - 1]
        for j in range(1, m + 1):
            R[i, j] = max(R[i - 1, j - 1] + _pair(right[i - 1], heard[j - 1]),
                          R[i - 1, j] + gr[i - 1], R[i, j - 1] + _GAP)
    i, j = np.unravel_index(int(np.argmax(R)), R.shape)
    pairs: list[tuple[int, int]] = []          # (right kana, heard kana) aligned, backwards
    while i > 0:
        if j > 0 and R[i, j] == R[i - 1, j - 1] + _pair(right[i - 1], heard[j - 1]):
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif R[i, j] == R[i - 1, j] + gr[i - 1]:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    exact = {(p, q) for p, q in pairs if right[p] == heard[q]}
    # the ★ ends at the first kana of ``right`` that is heard for sure: its cut word
    # heard alike (テ for て, ク for き), or a run of two exact matches; a lone kana
    # matched further on (ッ, ス inside a misheard word) does not end it
    for p, q in pairs:
        run = (p, q) in exact and ((p + 1, q + 1) in exact or (p - 1, q - 1) in exact)
        if run or (p < edge and _pair(right[p], heard[q]) > _GAP):
            return int(q), len(exact)
    return m, len(exact)


def extract(official: str, star_at: int, heard: str) -> tuple[str, float, int, int]:
    """What ``heard`` says in place of the ★ at ``star_at`` of ``official`` (the window's
    official text), how well ``heard`` fits the official text on both sides (the share
    of their kana it matched, 0–1), and where in ``heard`` the gap is ([a, b)).

    The ★ starts after the last run of two or more kana matching the text before it (a
    lone matching kana inside the hidden words, ノ or ー, must not end it early). Where
    the text after it resumes is found by aligning that text with near-misses scored by
    sound, so an inflection heard across the cut (動★き heard as 動く) or a misheard word
    right after it (深刻 heard as 親国) still ends the ★ where it should."""
    left, right = official[:star_at], official[star_at + 1:]
    lk, rk = char_readings(left), char_readings(right)
    hk = char_readings(heard)
    l_kana, r_kana, h_kana = "".join(lk), "".join(rk), "".join(hk)
    if not l_kana + r_kana or not h_kana:
        return heard.strip(EDGE_PUNCT), 0.0, 0, len(heard)
    last_left, matched_l = -1, 0
    runs = [op for op in Indel.opcodes(l_kana + r_kana, h_kana) if op.tag == "equal"]
    for op in [op for op in runs if op.src_end - op.src_start >= 2] or runs:
        for d in range(op.src_end - op.src_start):
            if op.src_start + d < len(l_kana):
                last_left = max(last_left, op.dest_start + d)
                matched_l += 1
    ka = last_left + 1
    kb, matched_r = _right_alignment(r_kana, h_kana[ka:], len(next((r for r in rk if r), "")))
    kb += ka
    # a heard character belongs to the ★ when most of its kana do
    first = np.concatenate(([0], np.cumsum([len(r) for r in hk])))
    mid = (first[:-1] + first[1:]) / 2
    a = int(np.searchsorted(mid, ka, side="left"))
    b = int(np.searchsorted(mid, kb, side="left")) if kb > ka else a
    cand = heard[a:b] if b > a else ""
    fit = (matched_l + matched_r) / max(1, len(l_kana) + len(r_kana))
    return _trim_context(cand, left, right), fit, a, max(a, b)


def _trim_context(cand: str, left: str, right: str) -> str:
    """Drop official text the source repeated at the edges (構★る heard as 構成す,
    人工★妊娠 heard as 人工認診): compared by reading, so homophones count."""
    cand = cand.strip(EDGE_PUNCT)
    if not cand:
        return cand
    cr = char_readings(cand)
    lr, rr = "".join(char_readings(left)), "".join(char_readings(right))
    for k in range(len(cand) - 1, 0, -1):        # longest tail said again after the ★
        tail = "".join(cr[-k:])
        if (cand[-k:] == right[:k]) or (len(tail) >= 2 and rr.startswith(tail)):
            cand, cr = cand[:-k], cr[:-k]
            break
    for k in range(len(cand) - 1, 0, -1):        # longest head said again before it
        head = "".join(cr[:k])
        if (cand[:k] == left[-k:]) or (len(head) >= 2 and lr.endswith(head)):
            cand = cand[k:]
            break
    return cand.strip(EDGE_PUNCT)


class Vocabulary:
    """How these minutes spell words: reading → the official spelling, so that a
    candidate heard as 街づくり is written まちづくり when the minutes say so; and how
    they write numbers (2024年 heard, 二〇二四年 printed)."""

    def __init__(self, text: str, names: Sequence[str] = ()) -> None:
        import pyopenjtalk

        self.numbers = numerals.style(text.replace(STAR, ""))
        # thousands grouped (２，５００万円) unless the minutes print long numbers without
        self.commas = numerals.grouped(text)
        self.spelling: dict[str, str] = {}
        counts: dict[tuple[str, str], int] = {}
        # the people the minutes name (their speakers; 田中花子君 in a call): a ★ in a
        # name's place takes the one it sounds like
        whole = {n: n.replace(" ", "").replace("\u3000", "") for n in names}
        plain = set(whole.values()) | set(_NAMED.findall(text.replace(STAR, "。")))
        self.people = {n: "".join(char_readings(n)) for n in plain if 2 <= len(n) <= 8}
        # (the speakers' names as sentences of their own: a surname alone reads as one word)
        names = [p for n in names for p in {whole[n], *re.split("[ \u3000]", n)} if len(p) >= 2]
        for sentence in re.split(r"[。\n]", text.replace(STAR, "。")) + names:
            if not sentence:
                continue
            nodes = pyopenjtalk.run_frontend(sentence)
            for x, y in zip(nodes, nodes[1:] + [None]):
                for surf, pron in ((x["string"], x["pron"]),
                                   *(((x["string"] + y["string"], x["pron"] + y["pron"]),) if y else ())):
                    key = _plain(pron)
                    # (a word with the punctuation beside it, 、田中, is no spelling)
                    if len(surf) >= 2 and key and surf in sentence and not _PUNCT.search(surf):
                        counts[(key, surf)] = counts.get((key, surf), 0) + 1
        best: dict[str, tuple[int, str]] = {}
        for (key, surf), n in counts.items():
            if key not in best or n > best[key][0]:
                best[key] = (n, surf)
        self.spelling = {k: s for k, (_, s) in best.items()}

    def respell(self, cand: str) -> str:
        import pyopenjtalk

        if not cand:
            return cand
        nodes = pyopenjtalk.run_frontend(cand)
        out, i, respelt = [], 0, False
        while i < len(nodes):
            two = nodes[i:i + 2]
            for span in (two, nodes[i:i + 1]):
                surf = "".join(n["string"] for n in span)
                key = _plain("".join(n["pron"] for n in span))
                official = self.spelling.get(key)
                # (OpenJTalk writes DX as ＤＸ: a word in another width than the minutes'
                # is respelt too)
                if official and len(surf) >= 2 and (official != surf and surf in cand or official == surf
                                                    and surf not in cand and unicodedata.normalize("NFKC", surf)
                                                    in unicodedata.normalize("NFKC", cand)):
                    out.append(official)
                    i += len(span)
                    respelt = True
                    break
            else:
                out.append(nodes[i]["string"])
                i += 1
        result = "".join(out)
        # OpenJTalk normalises the surface (digits → kanji, half → full width); keep
        # the decoder's own characters unless a word was respelt
        return result if respelt else cand


    def complete(self, cand: str, right: str) -> str:
        """Respell a word the ★ cuts in two (お諮★りいたします heard as おはか): if the
        candidate's tail and the head of the text after the ★ read like a word of the
        minutes, the tail takes that word's spelling."""
        for k in range(1, min(3, len(right)) + 1):
            head = right[:k]
            for t in range(min(4, len(cand)), 0, -1):
                key = _plain("".join(char_readings(cand[-t:] + head)))
                word = self.spelling.get(key)
                if word and word.endswith(head) and len(word) > k and word[:-k] != cand[-t:]:
                    return cand[:-t] + word[:-k]
        return cand


def _plain(pron: str) -> str:
    return re.sub(r"[^\u30A1-\u30FC]", "", pron)


_PUNCT = re.compile(r"[、。，．,.・：:；;「」『』（）()\[\]【】！？!?\s]")
# a person named in the minutes' text: a full name before how a call ends (田中花子君。)
_NAMED = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{3,6})君")
# what follows a name: a ★ before it is a person's name (★君。, ★委員、; not ★委員会)
_NAME_PLACE = re.compile(r"[ 　]*(?:君|議員|委員(?!会)|さん|氏|様)")


def _person(cand: str, vocab: Vocabulary) -> str | None:
    """The person of the minutes ``cand`` sounds like (田中華 heard: 田中花子), if one does."""
    heard = "".join(char_readings(cand))
    if not heard:
        return None
    # (its start as said: サトウ heard is no カトウ, however alike the rest)
    alike = [(Indel.normalized_similarity(heard, kana), name) for name, kana in vocab.people.items()
             if kana and kana[:2] == heard[:2]]
    best = max(alike, default=None)
    return best[1] if best is not None and best[0] >= 0.8 else None


def clean(cand: str, vocab: Vocabulary | None, right: str = "") -> str:
    cand = _FILLERS.sub("", cand).strip(EDGE_PUNCT)
    if not vocab:
        return cand
    if _NAME_PLACE.match(right) and (person := _person(cand, vocab)) is not None:
        return person
    cand = numerals.apply(cand, vocab.numbers, vocab.commas)
    return vocab.complete(vocab.respell(cand), right) if right else vocab.respell(cand)


def _neighbours(spoken: Sequence[bool], i: int) -> tuple[int, int]:
    """The spoken characters either side of the ★ at ``i`` (-1 / len: none): punctuation
    (質★。) and other ★ have no time of their own."""
    lo, hi = i - 1, i + 1
    while lo >= 0 and not spoken[lo]:
        lo -= 1
    while hi < len(spoken) and not spoken[hi]:
        hi += 1
    return lo, hi


def find(text: str, timing: Alignment, audio: Audio, words: Sequence[Word], speech: np.ndarray,
         decoder: Decoder | None, opts: StarOptions = StarOptions(), frame: float = 0.01,
         scorer: Scorer | None = None, names: Sequence[str] = ()) -> list[Star]:
    """A :class:`Star` for every ★ of the aligned ``text``, in document order.

    ``speech`` is the voiced/unvoiced flag per ``frame`` seconds (see sync.refine);
    ``names``: the speakers' names, spellings a candidate takes (おかだ heard, 岡田 in a label).
    """
    at = [i for i, ch in enumerate(text) if ch == STAR]
    if not at:
        return []
    vocab = Vocabulary(text, names) if opts.enabled else None
    n = len(text)
    spoken = [bool(r) for r in char_readings(text)]
    places = []
    for i in at:
        lo, hi = _neighbours(spoken, i)
        start = float(timing.end[lo]) if lo >= 0 else 0.0
        end = float(timing.start[hi]) if hi < n else audio.duration
        end = max(start, end)
        conf_nb = min(float(timing.confidence[lo]) if lo >= 0 else 1.0,
                      float(timing.confidence[hi]) if hi < n else 1.0)
        voiced = float(speech[int(start / frame):int(np.ceil(end / frame))].sum()) * frame
        places.append((i, start, end, conf_nb, voiced, hi < n and bool(timing.evidence[hi])))
    if not opts.enabled:
        return [Star(i, start, end, None, 0.0, "candidates are switched off")
                for i, start, end, *_ in places]
    # ★★ (★ with nothing said between them) is one stretch the stenographers did not hear:
    # its first ★ gets the candidate for all of it, the others none (each read alone took
    # the whole stretch, and the filled minutes said it twice)
    # (also apart by punctuation, ★。★: nothing said between them, so one window holds both,
    # and each read alone took all of it)
    following = {i for i, prev in zip(at[1:], at) if not any(spoken[prev + 1:i])}
    joined = [p for p in places if p[0] in following]
    places = [p for p in places if p[0] not in following]
    judge = scorer if opts.judge else None
    out = []
    for g in range(0, len(places), opts.batch):
        group = places[g:g + opts.batch]
        windows = [_window(text, i, start, end, timing, audio, opts) for i, start, end, *_ in group]
        if decoder is not None and opts.decode and hasattr(decoder, "prefetch"):
            # the decodes every ★ of the group needs, decoded together (far cheaper on a CPU),
            # then the free readings of those whose first readings disagree, together too
            decoder.prefetch([r for (i, *_), win in zip(group, windows)
                              for r in _first_reads(text, i, win, opts, judge)])
            wanted: list[tuple] = []
            for (i, start, end, conf_nb, voiced, sure), win in zip(group, windows):
                _candidate(text, i, start, end, conf_nb, sure, win, words, decoder, vocab,
                           opts, judge, wanted)
            if wanted:
                decoder.prefetch(wanted)
        for (i, start, end, conf_nb, voiced, sure), win in zip(group, windows):
            star = _candidate(text, i, start, end, conf_nb, sure, win, words, decoder, vocab,
                              opts, judge)
            if star.candidate is None and (end - start < opts.min_gap or voiced < opts.min_voiced):
                star = Star(i, start, end, None, round(conf_nb, 3),
                            f"no speech between the neighbours ({voiced:.2f} s voiced)", star.sources)
            out.append(star)
    for i, start, end, *_ in joined:
        first = max((x for x in out if x.index < i), key=lambda x: x.index)
        out.append(Star(i, first.start, first.end, None, first.confidence, JOINED))
    return sorted(out, key=lambda x: x.index)


def timed(text: str, timing: Alignment, stars: Sequence[Star], speech: np.ndarray, frame: float = 0.01,
          min_seconds: float = 0.3) -> Alignment:
    """``timing`` with each ★ said (a candidate found) timed by the speech in its window —
    the stretch between its timed neighbours, where the stenographers heard nothing —
    rather than as the alignment squeezed it (a sentence that is only ★。 was captioned
    after it was said, or for 0.01 s before it)."""
    start, end = timing.start.copy(), timing.end.copy()
    spoken = [bool(r) for r in char_readings(text)]
    for star in stars:
        lo, hi = _neighbours(spoken, star.index)
        # (between its timed neighbours — the heard word's own times may reach past them)
        a = max(star.start, float(timing.end[lo]) if lo >= 0 else 0.0)
        b = min(star.end, float(timing.start[hi]) if hi < len(text) else star.end)
        if star.candidate is None or b - a < min_seconds:
            continue
        star = replace(star, start=a, end=b)
        f0, f1 = int(star.start / frame), min(len(speech), int(np.ceil(star.end / frame)))
        voiced = speech[f0:f1].copy()
        # speech running into the window from before it (the chair's 市長。 ending late) or
        # on past it is its neighbours', where the window holds other speech too
        if f0 > 0 and len(voiced) and speech[f0 - 1] and not voiced.all():
            voiced[:int(np.argmin(voiced))] = False
        if f1 < len(speech) and len(voiced) and speech[f1] and voiced.any() and not voiced.all():
            last_gap = len(voiced) - int(np.argmin(voiced[::-1]))
            if voiced[:last_gap].any():
                voiced[last_gap:] = False
        on = np.flatnonzero(voiced)
        if len(on):
            start[star.index] = max(star.start, (f0 + on[0]) * frame)
            end[star.index] = min(star.end, (f0 + on[-1] + 1) * frame)
            k = star.index + 1
            while k < len(text) and not spoken[k]:
                # (its closing punctuation, 。, and a ★ written with it, ★★, go with it)
                if text[k] == STAR:
                    start[k], end[k] = start[star.index], end[star.index]
                else:
                    start[k] = max(start[k], start[star.index])
                    end[k] = max(end[k], end[star.index])
                k += 1
    return Alignment(start, end, timing.confidence, timing.evidence)


# the reason of a ★ written right after another (★★): the first's candidate is for both
JOINED = "heard with the ★ before it: its candidate covers them"


# a decoder stuck in a loop (事効効効効…) says nothing about the ★
_LOOP = re.compile(r"(.)\1{3,}|(..)\2{3,}")


def _reading(c: str, vocab: Vocabulary | None, right: str) -> str:
    """A source's candidate as the minutes would write it; empty when it is a loop."""
    c = clean(c, vocab, right)
    return "" if _LOOP.search(c) else c


def _votes(readings: dict[str, tuple[str, float]]) -> dict[str, int]:
    """How many sources give each reading (as :func:`_reading` wrote it)."""
    votes: dict[str, int] = {}
    for c, _ in readings.values():
        if c:
            votes[c] = votes.get(c, 0) + 1
    return votes


def _window(text: str, i: int, start: float, end: float, timing: Alignment, audio: Audio,
            opts: StarOptions) -> tuple[int, int, float, float, np.ndarray]:
    """The official text [a, b) around the ★ at ``i``, and the span [t0, t1) of audio it
    was said in, with its samples."""
    a, b = _context(text, i, opts.context_chars)
    t0 = max(0.0, min(float(timing.start[a]), start) - opts.pad)
    t1 = min(audio.duration, max(float(timing.end[b - 1]), end) + opts.pad)
    if t1 - t0 > opts.max_window:  # keep the ★ itself in the middle of what fits
        mid = (start + end) / 2
        t0, t1 = max(0.0, mid - opts.max_window / 2), min(audio.duration, mid + opts.max_window / 2)
    return a, b, t0, t1, audio.block(t0, t1)


def _prompt(text: str, a: int, opts: StarOptions) -> str:
    return text[max(0, a - opts.prompt_chars):a].replace(STAR, "")


def _first_reads(text, i, win, opts, scorer) -> list[tuple]:
    """The decodes :func:`_candidate` makes of the ★ at ``i`` (its :func:`_window` ``win``)
    whatever it finds: the free reading where the session's words are not heard ones, and
    with a judge the reading forced to start with the text before the ★."""
    a, _, _, _, window = win
    reads = [] if opts.session_words else [(window, "", "", opts.free_beam)]
    if scorer is not None:
        reads.append((window, _prompt(text, a, opts), text[a:i], None))
    return reads


def _alike(cand: str, cleaned: dict[str, tuple[str, float]], least: float = 0.75) -> tuple[int, int]:
    """How many of the sources that read something read ``cand`` alike (their kana at least
    ``least`` alike: 川沿いの低地 and かわぞいの低地 are one reading), and how many read something."""
    said = [c for c, _ in cleaned.values() if c]
    if not cand or not said:
        return 0, 0
    mine = "".join(char_readings(cand))
    return sum(Indel.normalized_similarity("".join(char_readings(c)), mine) >= least for c in said), len(said)


def _candidate(text, i, start, end, conf_nb, sure, win, words, decoder, vocab, opts,
               scorer=None, wanted: list | None = None) -> Star | None:
    """The ★ at ``i``'s candidate. With ``wanted`` (a list), only the decode it still
    needs after its first readings is added there (to decode many together), and None
    returned."""
    a, b, t0, t1, window = win
    official, star_at = text[a:b], i - a
    found: dict[str, tuple[str, float]] = {}
    if opts.session_words or not (decoder and opts.decode):
        near = [w for w in words if w.end > t0 and w.start < t1]
        heard = "".join(w.text for w in near)
    else:  # the guided path timed the text without the ★: read the window as the full one would
        near, heard = [], decoder(window, "", "", opts.free_beam)[0][0]
    cand, fit, ha, hb = extract(official, star_at, heard)
    if cand and near:
        # where the session alignment (more context than this window) timed the next
        # official character, words said after it are not the ★'s: a misheard neighbour
        # (妊娠 heard as 認診) must not stick to the candidate. (The same cut on the left
        # removed good text: a character's time inside its word is too coarse there.)
        owner = np.repeat(np.arange(len(near)), [len(w.text) for w in near])
        cut_a, cut_b = ha, hb
        if sure:
            while cut_b > cut_a and near[owner[cut_b - 1]].start >= end - opts.overlap:
                cut_b -= 1
        if (cut_a, cut_b) != (ha, hb) and cut_b > cut_a:
            ha, hb = cut_a, cut_b
            cand = _trim_context(heard[ha:hb], official[:star_at], official[star_at + 1:])
    found["asr"] = (cand, fit)
    if cand and near:  # the words that said it give the ★ its time
        start, end = near[owner[ha]].start, near[owner[max(ha, hb - 1)]].end
    right = official[star_at + 1:]
    poor = not cand or fit < opts.refit
    if decoder and opts.decode and (poor or scorer):
        prompt = _prompt(text, a, opts)
        found["decode1"] = extract(official, star_at, decoder(window, prompt, official[:star_at])[0][0])[:2]
    cleaned = {name: (_reading(c, vocab, right), fit) for name, (c, fit) in found.items()}
    # where the readings disagree (or the session's fits poorly), a free reading too:
    # decoding is spent where the text and the audio disagree
    if decoder and opts.decode and scorer and official[:star_at] and (
            poor or opts.free_reading == "always" or len(_votes(cleaned)) > 1):
        if wanted is not None:
            wanted.append((window, prompt, "", opts.free_beam))
            return None
        said, fit2 = extract(official, star_at, decoder(window, prompt, "", opts.free_beam)[0][0])[:2]
        cleaned["decode2"] = (_reading(said, vocab, right), fit2)
    if wanted is not None:
        return None
    votes = _votes(cleaned)
    if not votes:
        return Star(i, start, end, None, round(0.3 * conf_nb, 3), "nothing recognisable was said there",
                    {k: v[0] for k, v in cleaned.items()})
    if scorer and len(votes) > 1:
        # the model judges: which reading makes the official text around the ★ most likely
        # in this audio (a wrong or cut reading also makes the words after it less likely)
        readings = list(votes)
        left_said, right_said = official[:star_at].replace(STAR, ""), right.replace(STAR, "")
        # (in the spelling Whisper writes, NFKC: full-width digits and ％ are rare in its
        # training, and a reading without them — １２．５ for １２．５％ — read as likelier)
        logp = np.array(scorer(window, [unicodedata.normalize("NFKC", left_said + c + right_said)
                                        for c in readings]))
        share = np.exp(logp - logp.max())
        share /= share.sum()
        best = int(np.argmax(logp))
        cand = readings[best]
        name, (_, fit) = next((k, v) for k, v in cleaned.items() if v[0] == cand)
        agree = float(share[best])
        reason = f"{name}; the most likely of {len(readings)} readings ({agree:.0%})"
        # …and the judge's certainty is no agreement: where the sources read something else,
        # the candidate is less sure (trial 139: 嶋さんのもの at 0.89, the others お姉さんのもの and
        # 市場のお姉さんの; on the corpora and trials' 83 ★ the area under the curve of
        # confidence against being right rose from 0.67 to 0.74; wrong candidates at 0.5 or more
        # 19 → 14, right ones under it 4 → 8)
        alike, read = _alike(cand, cleaned)
        support = alike / read if read else 1.0
        if read and alike < read:
            reason += f", {alike} of {read} sources read it alike"
    else:
        # fit to both neighbours first, then agreement between sources, then prompted decodes
        name, (cand, fit) = max(cleaned.items(),
                                key=lambda kv: (bool(kv[1][0]), round(kv[1][1], 1), votes.get(kv[1][0], 0),
                                                kv[0] == "asr"))
        agree = votes[cand] / len(cleaned)
        reason = f"{name}; {votes[cand]} of {len(cleaned)} sources agree"
        support = 1.0      # (the agreement is counted above)
    conf = fit * (0.6 + 0.4 * agree) * (0.5 + 0.5 * conf_nb) * (0.5 + 0.5 * support)
    return Star(i, round(start, 3), round(end, 3), cand, round(float(conf), 3), reason,
                {k: v[0] for k, v in cleaned.items()})
