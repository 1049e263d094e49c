"""Characters of the official text that the stages agree on: the ★ and punctuation.

One definition each, so that what the aligner calls a clause, what captions break at
and what a ★ candidate is trimmed of stay the same thing.
"""
from __future__ import annotations

import re
from functools import lru_cache

STAR = "★"                      # words the stenographers could not hear

SENTENCE_END = "。？！?!"         # a sentence ends here (captions never run across)
CLAUSE_END = "、，,"              # a clause ends here (a speaker usually pauses)
CLAUSE_BREAK = SENTENCE_END + CLAUSE_END
CLOSING = "」』）"                # closing brackets that stay with the punctuation before them
OPENING = "「『（〔［【〈《"        # opening brackets: silent, they belong to what follows
# characters that take no speaking time of their own
SILENT = frozenset("、。，．？！「」『』（）〔〕…‥・ 　")
# speaking time of one official character: assembly speech runs at about 7 a second
CHAR_SECONDS = 0.14
# what a ★ candidate is trimmed of at both ends
EDGE_PUNCT = "、。，．,.!?！？ 　"


DIGITS = "0123456789０１２３４５６７８９"


# the comma of a number's digit groups: three digits after it, no fourth
_GROUP_COMMA = "[，,](?=[0-9０-９]{3}(?![0-9０-９]))"


def digit_group(text: str, i: int) -> bool:
    """Is ``text[i]`` the comma of a number's digit groups (４，０００万円, 2億3,000万円):
    no clause ends there, no caption and no line breaks there."""
    return 0 < i and text[i - 1] in DIGITS and re.match(_GROUP_COMMA, text[i:]) is not None


# a number written in digits: its digits, digit-group commas, decimal point, and the kanji
# of its units between digit groups (2億3,000万, ４，０００万)
_NUMBER = re.compile(f"[0-9０-９](?:[0-9０-９]|{_GROUP_COMMA}|[.．](?=[0-9０-９])|[万億兆](?=[0-9０-９]))*[万億兆]?")


def in_number(text: str, pos: int) -> bool:
    """Does ``pos`` (between ``text[pos - 1]`` and ``text[pos]``) fall inside a number written
    in digits — between its digits, at a digit-group comma or decimal point, after a unit
    between digits, or between the number and its counter or unit (８５０／人, ４，／０００,
    2億3,000万／円, 3.／5%)?"""
    if pos <= 0 or pos >= len(text):
        return False
    for m in _NUMBER.finditer(text, max(0, pos - 24), min(len(text), pos + 24)):
        if m.start() >= pos:
            break
        if pos < m.end() or (pos == m.end() and text[pos] not in SILENT and text[pos] not in CLAUSE_BREAK):
            return True
    return False


def _starts(text: str, after: str) -> list[int]:
    """Indices of characters that follow one of ``after`` (and the quotes closing it); a
    digit-group comma (４，０００) is no clause's end."""
    return [i for i in range(len(text))
            if i == 0 or (text[i - 1] in after and text[i] not in CLAUSE_BREAK + CLOSING
                          and not digit_group(text, i - 1))]


def sentence_starts(text: str) -> list[int]:
    """Indices of characters that open a sentence: after 。？！ (and quotes closing them)."""
    return _starts(text, SENTENCE_END)


def clause_starts(text: str) -> list[int]:
    """Indices of characters that open a clause: after 、。？！ (and quotes closing them)."""
    return _starts(text, CLAUSE_BREAK)


@lru_cache(maxsize=1)
def dictionary():
    """The SudachiPy dictionary (its ``lookup`` lists every entry of a word), or None
    where none is installed."""
    try:
        from sudachipy import dictionary as sudachi
        return sudachi.Dictionary()
    except Exception:
        return None


@lru_cache(maxsize=1)
def tokenizer():
    """The SudachiPy tokenizer (word boundaries: speaker labels, caption line breaks), or
    None where no dictionary is installed (callers then fall back to character rules)."""
    d = dictionary()
    if d is None:
        return None
    try:
        return d.tokenizer() if hasattr(d, "tokenizer") else d.create()
    except Exception:
        return None
