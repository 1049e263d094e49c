"""How the minutes write numbers, and numbers heard by the ASR written that way.

Assemblies differ: some print 令和6年9月 (Arabic digits, half or full width), others
令和六年九月, 千五百万円 and — in the Diet's style — years digit by digit, 二〇二四年.
Whisper writes Arabic digits. A ★ candidate must read like the minutes it fills, so
its numbers follow the minutes' own convention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_KANJI_DIGITS = "〇一二三四五六七八九"
_COUNTER = "年月日時分秒人円件条号名回歳個本枚割倍％%"
_KANJI_NUMBER = re.compile(rf"[{_KANJI_DIGITS}十百千万億兆]+(?=[{_COUNTER}])")
_ARABIC_NUMBER = re.compile(r"[0-9０-９]+")
_DIGITWISE_YEAR = re.compile(rf"[{_KANJI_DIGITS}]{{4}}年")
_HALF_TO_FULL = str.maketrans("0123456789,.", "０１２３４５６７８９，．")
_FULL_TO_HALF = str.maketrans("０１２３４５６７８９，．", "0123456789,.")
# a number as the ASR writes it: digits with thousands separators and a decimal part
_HEARD_NUMBER = re.compile(r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?")


@dataclass(frozen=True)
class NumberStyle:
    kanji: bool = False            # 六年, 千五百万円
    digitwise_years: bool = False  # 二〇二四年 (with kanji)
    fullwidth: bool = False        # ６年 (with Arabic digits)


def style(text: str) -> NumberStyle:
    """The convention of ``text``: kanji when kanji numbers before a counter (六年, 三日)
    outnumber Arabic ones; else Arabic, full width when most digits are full width."""
    kanji = len(_KANJI_NUMBER.findall(text))
    arabic = _ARABIC_NUMBER.findall(text)
    if kanji > len(arabic):
        return NumberStyle(kanji=True, digitwise_years=bool(_DIGITWISE_YEAR.search(text)))
    full = sum(1 for a in arabic if a[0] in "０１２３４５６７８９")
    return NumberStyle(fullwidth=full > len(arabic) - full)


def kanji_number(n: int) -> str:
    """12345 → 一万二千三百四十五 (十, 百, 千 without a leading 一, as printed)."""
    if n == 0:
        return "〇"
    out = []
    for unit, big in ((10 ** 12, "兆"), (10 ** 8, "億"), (10 ** 4, "万"), (1, "")):
        group, n = divmod(n, unit)
        if group:
            out.append(_below_10000(group) + big)
    return "".join(out)


def _below_10000(n: int) -> str:
    out = []
    for unit, name in ((1000, "千"), (100, "百"), (10, "十")):
        d, n = divmod(n, unit)
        if d:
            out.append(("" if d == 1 else _KANJI_DIGITS[d]) + name)
    if n:
        out.append(_KANJI_DIGITS[n])
    return "".join(out)


def apply(text: str, conv: NumberStyle) -> str:
    """The numbers of ``text`` (as the ASR wrote them) in the convention ``conv``."""
    if not _ARABIC_NUMBER.search(text):
        return text
    if not conv.kanji:
        table = _HALF_TO_FULL if conv.fullwidth else _FULL_TO_HALF
        return _HEARD_NUMBER.sub(lambda m: m.group(0).translate(table), text)

    def to_kanji(m: re.Match) -> str:
        raw = m.group(0).translate(_FULL_TO_HALF).replace(",", "")
        whole, _, frac = raw.partition(".")
        after = text[m.end():m.end() + 1]
        if conv.digitwise_years and after == "年" and len(whole) == 4 and not frac:
            return "".join(_KANJI_DIGITS[int(d)] for d in whole)
        out = kanji_number(int(whole))
        if frac:
            out += "・" + "".join(_KANJI_DIGITS[int(d)] for d in frac)
        return out

    return _HEARD_NUMBER.sub(to_kanji, text)
