"""The archive's word search: a character n-gram index small enough for a phone.

Japanese has no spaces between words, so the index is by characters: every single
character and every pair of neighbouring characters (of the NFKC-normalized, lower-cased
text) lists the sessions it occurs in. A query's pairs (its one character, if it has only
one) narrow the sessions down; the page then loads the text of those sessions only
(``data/t/<n>.js``, newest first, a page of results at a time) and finds the exact
matches in their lines, so a result is never a false hit of the n-grams.

Postings are session numbers in ascending order (0 = the newest session), written as
gaps in a base-32 variable-length code of URL-safe characters: a gram found in every
session costs one character a session. The page reads both files as ``<script>`` data
files (a function call with a JSON literal), because pages opened from ``file://`` may
not fetch.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Sequence

from .player import json_for_script

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
_SKIP = set(" 　\n\t")


# kanji written two ways in names and words that citizens type either way (髙橋 / 高橋,
# 齋藤 / 斎藤 / 斉藤, 渡邊 / 渡辺, 國 / 国): each variant, then the form it is searched as —
# one character for one, so a match's place in a line stays where it is (search.js has the
# same table)
VARIANTS = ("髙高﨑崎嵜崎碕崎齋斎齊斎斉斎邊辺邉辺澤沢國国險険濱浜嶋島嶌島廣広榮栄櫻桜惠恵眞真"
            "德徳冨富槇槙淵渕瀧滝藏蔵實実團団會会學学縣県驛駅當当體体萬万與与竝並靜静黑黒")
_FOLD = str.maketrans(VARIANTS[0::2] + "".join(chr(c) for c in range(0x30A1, 0x30F7)),
                      VARIANTS[1::2] + "".join(chr(c - 0x60) for c in range(0x30A1, 0x30F7)))


# a long-vowel mark after kana (コミュニティー, サーバー)
_LONG_VOWEL = re.compile("(?<=[\u3041-\u309f\u30a1-\u30fa])ー+")


def normalize(text: str) -> str:
    """What the index's pairs and a query's agree on (the page's search.js folds the same
    way, character by character): NFKC, lower case, one form of each kanji written two ways
    (:data:`VARIANTS`), katakana as hiragana (コミュニティバス = こみゅにてぃばす), and no
    long-vowel mark after kana, so that a session is a candidate however either writes them
    (コミュニティーバス, コミュニティバス). The page then matches the lines, keeping their marks:
    a word of five kana or more with marks or without, a shorter one as written (メール is no
    める)."""
    # (NFC again: a voicing mark after a dropped mark joins the kana before it, ｶｰﾞ = が, as the page reads it)
    return unicodedata.normalize("NFC", _LONG_VOWEL.sub("", unicodedata.normalize("NFKC", text).lower().translate(_FOLD)))


def grams(text: str) -> set[str]:
    """The single characters and neighbouring pairs of ``text`` (normalized)."""
    t = [c for c in normalize(text) if c not in _SKIP]
    return set(t) | {a + b for a, b in zip(t, t[1:])}


def encode(numbers: Iterable[int]) -> str:
    """Ascending non-negative ints as gaps in a base-32 varint of :data:`ALPHABET`
    (continuation digits from its upper half)."""
    out, last = [], -1
    for n in numbers:
        gap = n - last - 1
        last = n
        digits = [gap & 31]
        gap >>= 5
        while gap:
            digits.append(32 + (gap & 31))
            gap >>= 5
        out.extend(ALPHABET[d] for d in reversed(digits))
    return "".join(out)


def decode(code: str) -> list[int]:
    """The inverse of :func:`encode` (the page's script does the same)."""
    out, value, last = [], 0, -1
    for ch in code:
        d = ALPHABET.index(ch)
        value = value * 32 + (d & 31)
        if d < 32:
            last += value + 1
            out.append(last)
            value = 0
    return out


def build(texts: Sequence[Iterable[str]]) -> dict[str, str]:
    """``{gram: postings}`` over sessions ``texts[n]`` (each an iterable of its lines)."""
    postings: dict[str, list[int]] = {}
    for n, lines in enumerate(texts):
        seen: set[str] = set()
        for line in lines:
            seen |= grams(line)
        for g in seen:
            postings.setdefault(g, []).append(n)
    return {g: encode(p) for g, p in sorted(postings.items())}


def script_data(callback: str, data: object) -> str:
    """A ``<script>`` data file: ``callback(<JSON>);`` with nothing that could end the
    script early or be read as markup (``<`` ``>`` ``&`` and line separators escaped)."""
    return f"{callback}({json_for_script(data)});\n"
