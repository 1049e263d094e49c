"""Characters of the official text that the stages agree on: the ★ and punctuation.

One definition each, so that what the aligner calls a clause, what captions break at
and what a ★ candidate is trimmed of stay the same thing.
"""
from __future__ import annotations

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


def _starts(text: str, after: str) -> list[int]:
    """Indices of characters that follow one of ``after`` (and the quotes closing it)."""
    return [i for i in range(len(text))
            if i == 0 or (text[i - 1] in after and text[i] not in CLAUSE_BREAK + CLOSING)]


def sentence_starts(text: str) -> list[int]:
    """Indices of characters that open a sentence: after 。？！ (and quotes closing them)."""
    return _starts(text, SENTENCE_END)


def clause_starts(text: str) -> list[int]:
    """Indices of characters that open a clause: after 、。？！ (and quotes closing them)."""
    return _starts(text, CLAUSE_BREAK)


@lru_cache(maxsize=1)
def tokenizer():
    """The SudachiPy tokenizer (word boundaries: speaker labels, caption line breaks), or
    None where no dictionary is installed (callers then fall back to character rules)."""
    try:
        from sudachipy import dictionary
        d = dictionary.Dictionary()
        return d.tokenizer() if hasattr(d, "tokenizer") else d.create()
    except Exception:
        return None
