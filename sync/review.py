"""What editors get for the ★: filled minutes and a review sheet.

* ``<stem>.filled.txt`` — the minutes exactly as they came (layout, line ends, encoding),
  each ★ replaced by its marked candidate (``★〔候補：…〕`` by default), or left alone
  when the candidate is missing or below the confidence threshold.
* ``<stem>.review.csv`` (UTF-8 with BOM, so Excel opens it) and ``<stem>.review.html`` —
  one row per ★: speaker, the official text around it, the candidate, confidence, the
  time, and a link that opens the player at that moment (``<stem>.html#t=…``).
"""
from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from typing import Sequence

from .minutes import Minutes
from .pages import render
from .syncmap import StarEntry
from .stars import JOINED
from .text import STAR


@dataclass(frozen=True)
class ReviewOptions:
    mark: str = "★〔候補：{}〕"    # how a candidate is written into the filled minutes
    threshold: float = 0.0         # below this confidence the ★ is left as it is
    context_chars: int = 20        # official text shown on each side in the sheet


def _cp932_fallback(err: UnicodeEncodeError):
    # 〓 (geta) is the typesetters' mark for a character that cannot be set
    return "〓" * (err.end - err.start), err.end


codecs.register_error("geta", _cp932_fallback)

LOW_CONFIDENCE = 0.5   # rows with a less sure candidate are tinted in the sheet


def hms(t: float) -> str:
    """``hh:mm:ss.s``"""
    t = max(0.0, t)
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:04.1f}"


def filled_minutes(m: Minutes, stars: Sequence[StarEntry],
                   opts: ReviewOptions = ReviewOptions()) -> bytes:
    """The minutes file with candidates written in, in its own encoding and line ends
    (marks of words not heard other than ★, such as （聴取不能）, stay as written where no
    candidate goes in)."""
    out = list(m.source_text)
    filled = False
    for star in stars:
        pos = m.turns[star.turn].source[star.char]
        assert out[pos] == STAR
        if star.candidate and star.confidence >= opts.threshold:
            out[pos] = opts.mark.format(star.candidate).replace(STAR, m.marks.get(pos, STAR))
            filled = True
        elif star.reason == JOINED and filled:
            out[pos] = ""        # ★★: the candidate written at the first stands for both
        else:
            filled = False
    for pos, mark in m.marks.items():      # （聴取不能） with no candidate: as it was written
        if out[pos] == STAR:
            out[pos] = mark
    text = "".join(out)
    if m.newline != "\n":
        text = text.replace("\n", m.newline)
    encoding = m.encoding
    # (a candidate's ～ or ① has no place in EUC-JP or JIS either)
    return text.encode(encoding, errors="strict" if encoding.startswith("utf") else "geta")


# The sync map keeps sync.stars' reasons in English (stable, for tools); editors read
# them in Japanese. One pattern per reason sync.stars writes; anything else passes as is.
_SOURCES = {"asr": "会議全体の音声認識", "decode1": "★の前の文に続けた再認識",
            "decode2": "★の周辺の自由な再認識"}
_REASONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(\w+); (\d+) of (\d+) sources agree"),
     "{source}（{3}通りの読みのうち{2}つが一致）"),
    (re.compile(r"(\w+); the most likely of (\d+) readings \((\d+)%\)"),
     "{source}（{2}通りの読みのうち最も確からしい読み：読みどうしの間で{3}%）"),
    (re.compile(r"no speech between the neighbours \(([\d.]+) s voiced\)"),
     "前後の語の間に発言がない（音声 {1} 秒）"),
    (re.compile(r"nothing recognisable was said there"), "聞き取れる語がない"),
    (re.compile(r"candidates are switched off"), "候補の推定をしない設定"),
    (re.compile(re.escape(JOINED)), "前の★と一続きの聞き取れない部分（候補は前の★に記入）"),
    (re.compile(r"not heard: this part of the minutes was not said in the recording"),
     "録音にない（会議録のこの部分は録音の中で話されていない）"),
]


def reason_ja(reason: str) -> str:
    """A ★'s reason (:mod:`sync.stars`, English in the sync map) in Japanese."""
    for pattern, template in _REASONS:
        m = pattern.fullmatch(reason)
        if m:
            groups = (m.group(0), *m.groups())
            source = _SOURCES.get(groups[1], groups[1]) if m.groups() else ""
            return template.format(*groups, source=source)
    return reason


@dataclass(frozen=True)
class Row:
    number: int
    time: float
    speaker: str
    before: str
    candidate: str | None
    after: str
    confidence: float
    reason: str                  # in Japanese (reason_ja)
    link: str
    joined: bool = False         # a ★ right after another: the candidate is the one before


def rows(m: Minutes, stars: Sequence[StarEntry], stem: str,
         opts: ReviewOptions = ReviewOptions()) -> list[Row]:
    """One row per ★, with the official text of its turn on each side."""
    out = []
    for k, star in enumerate(stars, 1):
        text, i = m.turns[star.turn].text, star.char
        out.append(Row(k, star.start, star.speaker or "",
                       text[max(0, i - opts.context_chars):i], star.candidate,
                       text[i + 1:i + 1 + opts.context_chars], star.confidence, reason_ja(star.reason),
                       f"{stem}.html#t={max(0.0, star.start - 2):.1f}", star.reason == JOINED))
    return out


HEADER = ["番号", "時刻", "発言者", "前の文", "候補", "後の文", "信頼度", "理由", "再生"]


def review_csv(rows_: Sequence[Row]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for r in rows_:
        w.writerow([r.number, hms(r.time), r.speaker, r.before, r.candidate or (
                        "（前の★に含む）" if r.joined else "（発言なし）"),
                    r.after, f"{r.confidence:.2f}", r.reason, r.link])
    return "\ufeff" + buf.getvalue()


def review_html(rows_: Sequence[Row], title: str) -> str:
    """The sheet as a page (``templates/review.html``); minutes text is autoescaped."""
    return render("review.html", rows=rows_, title=title, hms=hms, low=LOW_CONFIDENCE)
