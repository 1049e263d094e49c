"""Kana readings of text, character by character.

Minutes and ASR often disagree in writing but not in sound: 三 vs 3, 令和六年 vs 令和6年,
順次 vs 准理, DX vs ディーエックス. Alignment therefore compares *pronunciations*: every
character gets the katakana it contributes (possibly none, e.g. punctuation), computed by
OpenJTalk (pyopenjtalk-plus, offline) on the whole phrase so that readings depend on
context (十月 → ジューガツ, 一人 → ヒトリ).

OpenJTalk rewrites its input (18 → 十八, half-width → full-width), so node surfaces are
mapped back to the source characters by a character diff; a rewritten stretch shares its
reading out in proportion.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from .text import CLAUSE_BREAK, digit_group

# Kana that sound the same in speech; the aligner should not pay for spelling choices.
_SAME_SOUND = str.maketrans({"ヲ": "オ", "ヅ": "ズ", "ヂ": "ジ", "ヮ": "ワ", "ヰ": "イ", "ヱ": "エ"})
_KATAKANA = re.compile(r"[\u30A1-\u30FA\u30FC]")
# OpenJTalk is fed phrases, not whole sessions: cut after sentence and clause punctuation.
_PHRASE = re.compile(f"[^{re.escape(CLAUSE_BREAK)}\n]*[{re.escape(CLAUSE_BREAK)}\n]?")
_MAX_PHRASE = 200


def _normalize(text: str) -> str:
    """NFKC character by character, keeping the length: a character NFKC would turn into
    several (… → ..., ㍍ → メートル) stays as it is, so that positions in the text and in
    its normalized form stay the same (else every reading after it in the phrase shifts)."""
    return "".join(n if len(n := unicodedata.normalize("NFKC", c)) == 1 else c for c in text)


def _clean_pron(pron: str) -> str:
    """Pronunciation kana only: drop accent marks and punctuation placeholders."""
    return "".join(_KATAKANA.findall(pron)).translate(_SAME_SOUND)


def _phrase_readings(phrase: str) -> list[str]:
    import pyopenjtalk

    nodes = pyopenjtalk.run_frontend(phrase)
    surface = "".join(n["string"] for n in nodes)
    out = [""] * len(phrase)
    if not phrase:
        return out
    # node index for every character of the surface string
    owner: list[int] = []
    for k, n in enumerate(nodes):
        owner.extend([k] * len(n["string"]))
    src = _normalize(phrase)
    # source char -> surface chars that represent it
    shares: dict[int, list[int]] = {}
    sm = SequenceMatcher(None, src, _normalize(surface), autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            for d in range(i2 - i1):
                shares.setdefault(i1 + d, []).append(j1 + d)
        elif op == "replace":
            # rewritten stretch (18 → 十八): spread surface chars over source chars
            for j in range(j1, j2):
                i = i1 + (j - j1) * (i2 - i1) // (j2 - j1)
                shares.setdefault(i, []).append(j)
        elif op == "insert":  # OpenJTalk added characters (二〇二四 → 二千二十四)
            i = max(0, i1 - 1)
            shares.setdefault(i, []).extend(range(j1, j2))
    # each node's reading is split over its surface chars in proportion
    node_read = [_clean_pron(n["pron"]) for n in nodes]
    node_len = [len(n["string"]) for n in nodes]
    node_pos: list[int] = []
    for k, n in enumerate(nodes):
        node_pos.extend(range(len(n["string"])))
    for i, js in shares.items():
        parts = []
        for j in sorted(js):
            if j >= len(owner):
                continue
            k = owner[j]
            r, n_chars, pos = node_read[k], node_len[k], node_pos[j]
            a = pos * len(r) // n_chars
            b = (pos + 1) * len(r) // n_chars
            parts.append(r[a:b])
        out[i] = "".join(parts)
    return out


@lru_cache(maxsize=4096)
def _cached(phrase: str) -> tuple[str, ...]:
    return tuple(_phrase_readings(phrase))


def char_readings(text: str) -> list[str]:
    """The katakana each character of ``text`` contributes (``len`` equals ``len(text)``).
    A number's digit-group commas (４，０００万円) are read as nothing, and the number whole
    (ヨンセンマンエン, not ヨン / ゼロゼロゼロマンエン)."""
    out: list[str] = []
    groups = [i for i, ch in enumerate(text) if ch in "，," and digit_group(text, i)]
    skip = set(groups)
    plain = "".join(ch for i, ch in enumerate(text) if i not in skip) if groups else text
    for m in _PHRASE.finditer(plain):
        phrase = m.group(0)
        for a in range(0, len(phrase), _MAX_PHRASE):
            out.extend(_cached(phrase[a:a + _MAX_PHRASE]))
    if groups:          # (one pass: inserting one by one is quadratic in the groups)
        it = iter(out)
        out = ["" if i in skip else next(it) for i in range(len(text))]
    assert len(out) == len(text)
    return out


# Katakana by consonant row and vowel column, for a rough sound distance between kana.
_ROWS = {"": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ",
         "t": "タチツテト", "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ",
         "p": "パピプペポ", "m": "マミムメモ", "y": "ヤ\0ユ\0ヨ", "r": "ラリルレロ", "w": "ワ\0\0\0ヲ",
         "x": "ァィゥェォ", "xy": "ャ\0ュ\0ョ"}
_SOUND = {k: (c, "aiueo"[i]) for c, row in _ROWS.items() for i, k in enumerate(row) if k != "\0"}
_VOICED = {frozenset(p) for p in ("kg", "sz", "td", "hb", "hp", "bp")}


def kana_similarity(a: str, b: str) -> float:
    """How alike two katakana sound, 0–1: 1 the same, 0.7 differing only in voicing
    (シ/ジ), 0.4 the same consonant (キ/ク: a verb in another form), 0.3 the same vowel."""
    if a == b:
        return 1.0
    sa, sb = _SOUND.get(a), _SOUND.get(b)
    if sa is None or sb is None:
        # a long vowel mark against a vowel that lengthens (ー vs ウ/イ)
        return 0.5 if {a, b} & {"ー"} and ({a, b} - {"ー"}) <= {"ウ", "イ", "オ", "エ", "ア"} else 0.0
    if sa[1] == sb[1] and frozenset((sa[0], sb[0])) in _VOICED:
        return 0.7
    if sa[0] == sb[0]:
        return 0.4
    return 0.3 if sa[1] == sb[1] else 0.0
