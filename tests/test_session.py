"""Session facts from the minutes' header, and from a manifest row where it has none."""
import pytest

from conftest import SAMPLE_MINUTES
from sync.session import SessionInfo, from_header, merge


def test_a_city_assembly_header():
    info = from_header("市議会サイトトップへ\n第3回定例会 9月18日(水) 本会議(一般質問3日目)\n創世下関\n")
    assert info == SessionInfo(date="--09-18", session="第3回定例会", kind="定例会", meeting="本会議",
                               body="本会議", detail="一般質問3日目")
    assert info.year is None


def test_a_diet_committee_header_in_kanji_numerals():
    info = from_header("第二百十三回国会　衆議院\n総務委員会議録　第五号\n令和六年三月十二日（火曜日）\n")
    assert (info.date, info.meeting, info.body, info.number, info.kind) == \
        ("2024-03-12", "総務委員会", "委員会", "第5号", "")
    assert info.year == 2024


def test_the_bundled_sample():
    info = from_header(SAMPLE_MINUTES.read_text(encoding="utf-8"))
    assert (info.session, info.meeting, info.date) == ("第1回定例会", "本会議", "--03-05")


def test_a_manifest_row_fills_in_and_corrects():
    info = from_header("令和6年第3回臨時会\n")
    out = merge(info, {"date": "2024-05-01", "meeting": "建設委員会", "number": "", "other": "x"})
    assert (out.date, out.session, out.kind, out.meeting, out.body) == \
        ("2024-05-01", "第3回臨時会", "臨時会", "建設委員会", "委員会")
    assert SessionInfo.from_json(out.to_json()) == out


def test_dates_as_a_spreadsheet_or_a_header_write_them():
    # trial 113: a manifest's 令和6年6月17日 or 2024/6/18 replaced the minutes' date with one
    # the site could not read (年不明, listed first); a header naming the year with the
    # session (令和6年第2回定例会　6月10日(月)) lost it
    from sync.session import as_date

    assert [as_date(v) for v in ("2024-06-17", "2024/6/18", "令和6年6月17日", "２０２４年６月１８日", "R6.6.17", "未定")] \
        == ["2024-06-17", "2024-06-18", "2024-06-17", "2024-06-18", None, None]
    info = from_header("令和6年第2回定例会　6月10日(月)\n")
    assert info.date == "2024-06-10"
    assert merge(info, {"date": "令和6年6月17日"}).date == "2024-06-17"
    assert merge(info, {"date": "未定"}).date == "2024-06-10"       # no date: the minutes' own
    # review: a date-time cell (Excel's 2024/6/18 10:00) or one with its weekday was ignored
    assert [as_date(v) for v in ("2024/6/18 10:00", "2024-06-18T10:00:00", "令和6年6月18日(火)",
                                 "2024年6月18日（火曜日） 午前10時", "令和6年6月16日日曜日", "2024/6/1810:00")] \
        == ["2024-06-18"] * 3 + ["2024-06-18", "2024-06-16", None]
    # a year said in the speech after the day is not the day's
    assert from_header("第1回定例会 3月5日(火) 本会議\n令和6年1月の地震では\n").date == "--03-05"


def test_round_trip_through_the_sync_map():
    from sync.syncmap import SyncMap
    smap = SyncMap("s.mp4", 1.0, "m", (), (), (), session={"date": "2024-09-18", "meeting": "本会議"})
    assert SyncMap.from_json(smap.to_json()).session == {"date": "2024-09-18", "meeting": "本会議"}


@pytest.mark.parametrize("head, session, kind", [
    ("令和６年第１回下関市議会定例会会議録（第２号）", "第1回定例会", "定例会"),
    ("令和６年３月下関市議会定例会", "3月定例会", "定例会"),
    ("令和6年第1回(3月)定例会", "第1回定例会", "定例会"),
    ("下関市議会第４回臨時会", "第4回臨時会", "臨時会"),
])
def test_the_assembly_may_name_itself_inside_the_session_name(head, session, kind):
    info = from_header(head)
    assert (info.session, info.kind) == (session, kind)


@pytest.mark.parametrize("head, assembly", [
    ("第1回定例会 3月5日(火) 本会議(一般質問1日目)\n【下関市議会 本会議速報版】", "下関市議会"),
    ("令和６年第１回下関市議会定例会会議録（第２号）", "下関市議会"),
    ("第213回国会 参議院 内閣委員会 第2号", "参議院"),
    ("長野県後期高齢者医療広域連合議会 令和6年第2回定例会", "長野県後期高齢者医療広域連合議会"),
    ("第3回定例会 9月18日(水) 本会議", "")])
def test_whose_minutes_these_are(head, assembly):
    assert from_header(head).assembly == assembly


def test_a_sessions_own_minutes_are_its_plenarys():
    # trial 98: 「…町議会定例会会議録（第２号）」 names no meeting: it was filed under その他
    info = from_header("令和６年第２回緑ヶ丘町議会定例会会議録（第２号）\n令和６年６月１２日（水曜日）午前１０時開議\n")
    assert (info.meeting, info.body, info.number, info.date) == ("本会議", "本会議", "第2号", "2024-06-12")
    committee = from_header("令和６年第２回緑ヶ丘町議会定例会\n総務常任委員会会議録（第２号）\n")
    assert committee.body == "委員会"


def test_a_fiscal_year_in_the_header_is_not_the_days_year():
    # review: 令和５年度決算特別委員会 meets in 令和６年; its 年度 is no calendar year
    assert from_header("令和５年度決算特別委員会\n９月１０日（火）\n").date == "--09-10"
