import csv
import html
import io
import re

import pytest
from dataclasses import replace
from html.parser import HTMLParser

from sync.minutes import load, parse_text, script
from sync.review import ReviewOptions, filled_minutes, hms, review_csv, review_html, rows
from sync.stars import Star
from sync.syncmap import star_entries

MINUTES = "○議長（山田太郎君）　ただいまから会議を開き★。\r\n　本日の日程は★のとおりです。\r\n"


def _setup(encoding="cp932"):
    m = parse_text(MINUTES, encoding)
    text, offsets = script(m)
    stars = [Star(text.index("★"), 1.0, 1.5, "ます", 0.9, "asr"),
             Star(text.rindex("★"), 4.0, 4.2, "お手元の<b>資料</b>", 0.2, "asr")]
    return m, offsets, star_entries(m, stars, offsets)


def test_filled_minutes_keep_layout_encoding_and_line_ends(tmp_path):
    _, offsets, stars = _setup()
    (tmp_path / "m.txt").write_bytes(MINUTES.encode("cp932"))
    m = load(tmp_path / "m.txt")   # CRLF and Shift_JIS, as the file has them
    data = filled_minutes(m, stars, ReviewOptions(threshold=0.5))
    text = data.decode("cp932")
    assert text == MINUTES.replace("★", "★〔候補：ます〕", 1)   # the second is below 0.5


def test_filled_minutes_replace_what_cp932_cannot_hold():
    m, offsets, stars = _setup()
    stars = [replace(stars[0], candidate="𠮷")]
    assert "〓" in filled_minutes(m, stars).decode("cp932")


@pytest.mark.parametrize("encoding", ["euc-jp", "iso2022_jp", "euc_jis_2004"])
def test_filled_minutes_replace_what_euc_or_jis_cannot_hold(encoding):
    # a candidate's full-width tilde or circled number: not in EUC-JP or JIS (it crashed)
    m, offsets, stars = _setup(encoding)
    stars = [replace(stars[0], candidate="10時～12時①𠮷")]
    text = filled_minutes(m, stars).decode(encoding)
    assert "〓" in text and text.startswith("○議長（山田太郎君）　ただいまから会議を開き★〔候補：10時")


def test_review_csv_has_bom_and_one_row_per_star():
    m, offsets, stars = _setup()
    sheet = rows(m, stars, "s")
    text = review_csv(sheet)
    assert text.startswith("\ufeff")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(table) == 3 and table[1][1] == "00:00:01.0" and table[1][4] == "ます"
    assert table[1][8] == "s.html#t=0.0"


def test_review_html_escapes_minutes_and_candidates():
    m, offsets, stars = _setup()
    page = review_html(rows(m, stars, "s"), "s<script>")
    assert "<b>資料</b>" not in page and "&lt;b&gt;資料&lt;/b&gt;" in page
    assert "<script>" not in page


def test_hms():
    assert hms(3725.25) == "01:02:05.2"


class _Cells(HTMLParser):
    """The text of each ``<td>`` of each body row, as a browser would show it."""

    def __init__(self):
        super().__init__()
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "td":
            self.rows[-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def test_review_html_shows_markup_in_the_minutes_as_text():
    evil = '<script>alert("x")</script>&amp;\'q\''
    m = parse_text(f"○議長（山田太郎君）　{evil}★{evil}。\n", "utf-8")
    text, offsets = script(m)
    stars = star_entries(m, [Star(text.index("★"), 1.0, 1.5, evil, 0.9, evil)], offsets)
    stars = [replace(stars[0], speaker=evil)]   # a speaker label is minutes text too
    page = review_html(rows(m, stars, 's"<x>'), evil)
    assert "<script" not in page and "alert(\"" not in page
    cells = _Cells()
    cells.feed(page)
    body = [r for r in cells.rows if r]
    assert len(body) == 1 and len(body[0]) == 7
    _, _, speaker, context, candidate, _, reason = body[0]
    assert evil in speaker and candidate == evil and reason == evil
    said = m.turns[0].text   # the parser drops tags left in exported text; the rest stays
    i = said.index("★")
    assert context == f"…{said[max(0, i - 20):i]}★{said[i + 1:i + 21]}…" and "'q'" in context
    assert html.unescape(re.search(r'<a href="([^"]*)">', page).group(1)) == 's"<x>.html#t=0.0'


def test_reasons_read_in_japanese_in_the_sheet():
    from sync.review import reason_ja
    assert reason_ja("asr; 1 of 1 sources agree") == "会議全体の音声認識（1通りの読みのうち1つが一致）"
    assert reason_ja("decode1; the most likely of 3 readings (78%)") == \
        "★の前の文に続けた再認識（3通りの読みのうち最も確からしい読み：読みどうしの間で78%）"
    assert reason_ja("no speech between the neighbours (0.12 s voiced)") == "前後の語の間に発言がない（音声 0.12 秒）"
    assert reason_ja("nothing recognisable was said there") == "聞き取れる語がない"
    assert reason_ja("something new") == "something new"
    m, offsets, stars = _setup()
    stars = [replace(stars[0], reason="asr; 2 of 3 sources agree"), stars[1]]
    table = list(csv.reader(io.StringIO(review_csv(rows(m, stars, "s")).lstrip("\ufeff"))))
    assert table[1][7] == "会議全体の音声認識（3通りの読みのうち2つが一致）"
    assert "会議全体の音声認識" in review_html(rows(m, stars, "s"), "s")
    assert stars[0].reason == "asr; 2 of 3 sources agree"  # the sync map keeps the English


def test_the_sheet_says_what_confidence_and_the_percentage_measure():
    # trial 98: confidence 0.60 beside 「…最も確からしい：100%」 — an editor could not tell
    # what either meant
    m, offsets, stars = _setup()
    page = review_html(rows(m, stars, "s"), "s")
    assert "信頼度（0〜1）は" in page and "読みどうしの間での確からしさ" in page


def test_minutes_given_back_with_the_marks_left_in():
    # trial 101: the filled minutes saved with ★〔候補：…〕 left in wrote the mark twice on
    # the next run (★〔候補：ます〕〔候補：ます〕), and an editor who deleted only the ★ lost
    # the words from the captions (〔候補：…〕 read as a stage note) — both without a word
    given = "○議長（山田太郎君）　ただいまから会議を開き★〔候補：ます〕。\r\n　本日の日程は〔候補：お手元の資料〕のとおりです。\r\n"
    m = parse_text(given, "cp932")
    text, offsets = script(m)
    assert text.count("★") == 1 and "本日の日程はお手元の資料のとおりです。" in text
    assert len(m.warnings) == 2 and "still in the minutes" in m.warnings[0] and "lost their ★" in m.warnings[1]
    stars = star_entries(m, [Star(text.index("★"), 1.0, 1.5, "ます", 0.9, "asr")], offsets)
    filled = filled_minutes(m, stars).decode("cp932")
    assert filled.count("〔候補：") == 1 and "開き★〔候補：ます〕。" in filled


def test_stars_written_together_are_filled_once_and_the_second_says_so():
    # review: the second ★ of ★★ kept a stray ★ in the filled minutes, its reason in English
    # and （発言なし） in the sheet, where its words were the first's candidate
    from sync.stars import JOINED

    minutes = "○議長（山田太郎君）　本日は★★を行います。\n"
    m = parse_text(minutes)
    text, offsets = script(m)
    i = text.index("★")
    stars = [Star(i, 1.0, 2.0, "一般質問", 0.9, "asr"), Star(i + 1, 1.0, 2.0, None, 0.9, JOINED)]
    entries = star_entries(m, stars, offsets)
    assert filled_minutes(m, entries).decode("utf-8") == minutes.replace("★★", "★〔候補：一般質問〕")
    sheet = rows(m, entries, "s")
    assert sheet[1].joined and sheet[1].reason.startswith("前の★と一続き")
    table = list(csv.reader(io.StringIO(review_csv(sheet).lstrip("\ufeff"))))
    assert table[2][4] == "（前の★に含む）" and table[1][4] == "一般質問"
    assert "（前の★に含む）" in review_html(sheet, "t")
