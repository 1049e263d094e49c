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


def grouped(text: str) -> bool:
    """Do the minutes group thousands (２，５００)? Yes unless they print a number of four
    digits or more without (2500万円; a year, 2024年, says nothing)."""
    if re.search(r"[0-9０-９][,，][0-9０-９]{3}", text):
        return True
    return not re.search(r"(?<![0-9０-９])[0-9０-９]{4,}(?![0-9０-９年]|[,，．.][0-9０-９])", text)


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


# a number written in kanji with a place of a hundred or more (三億二千五百万円, 三百人), not
# after a word that makes it vague (数百人, 何千万): in minutes that print Arabic digits, a
# heard reading that came out in kanji is written in digits too
_KANJI_AMOUNT = re.compile(rf"(?<![数何幾])[{_KANJI_DIGITS}十百千万億兆]*[百千万億兆][{_KANJI_DIGITS}十百千万億兆]*(?=[{_COUNTER}])")
_PLACES = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10 ** 4, "億": 10 ** 8, "兆": 10 ** 12}


def _kanji_value(k: str) -> int | None:
    """三億二千五百万 → 325000000; None where ``k`` is no well-formed number."""
    total = group = digit = 0
    for ch in k:
        if ch in _KANJI_DIGITS:
            digit = digit * 10 + _KANJI_DIGITS.index(ch)
        elif ch in _PLACES:
            group += (digit or 1) * _PLACES[ch]
            digit = 0
        elif ch in _BIG:
            if not (group or digit):
                return None
            total += (group + digit) * _BIG[ch]
            group = digit = 0
        else:
            return None
    return total + group + digit


def _arabic_amount(n: int, commas: bool) -> str:
    """325000000 → 3億2,500万 (the big units kept, as minutes print amounts)."""
    out = []
    for unit, name in ((10 ** 12, "兆"), (10 ** 8, "億"), (10 ** 4, "万"), (1, "")):
        group, n = divmod(n, unit)
        if group:
            out.append((f"{group:,}" if commas else str(group)) + name)
    return "".join(out) or "0"


def apply(text: str, conv: NumberStyle, commas: bool = True) -> str:
    """The numbers of ``text`` (as the ASR wrote them) in the convention ``conv``
    (``commas``: the minutes group thousands, ２，５００)."""
    if not conv.kanji:
        def to_arabic(m: re.Match) -> str:
            value = _kanji_value(m.group(0))
            return m.group(0) if value is None else _arabic_amount(value, commas)

        text = _KANJI_AMOUNT.sub(to_arabic, text)
    # a percent sign after a number, in the width of the minutes' digits
    text = re.sub(rf"(?<=[0-9０-９{_KANJI_DIGITS}十])[%％]", "％" if conv.fullwidth or conv.kanji else "%", text)
    if not _ARABIC_NUMBER.search(text):
        return text
    if not conv.kanji:
        table = _HALF_TO_FULL if conv.fullwidth else _FULL_TO_HALF

        def arabic(m: re.Match) -> str:
            number = m.group(0)
            whole, dot, frac = number.translate(_FULL_TO_HALF).partition(".")
            if commas and "," not in whole and len(whole) >= 4 and text[m.end():m.end() + 1] != "年":
                number = f"{int(whole):,}" + dot + frac      # 2500万円 heard, ２，５００万円 printed
            return number.translate(table)

        return _HEARD_NUMBER.sub(arabic, text)

    def to_kanji(m: re.Match) -> str:
        raw = m.group(0).translate(_FULL_TO_HALF).replace(",", "")
        whole, _, frac = raw.partition(".")
        after = text[m.end():m.end() + 1]
        # (a Western year in kanji is printed digit by digit, 二〇二四年, never 二千二十四年)
        if after == "年" and len(whole) == 4 and not frac and (conv.digitwise_years or 1800 <= int(whole) <= 2199):
            return "".join(_KANJI_DIGITS[int(d)] for d in whole)
        out = kanji_number(int(whole))
        if frac:
            out += "・" + "".join(_KANJI_DIGITS[int(d)] for d in frac)
        return out

    return _HEARD_NUMBER.sub(to_kanji, text)
