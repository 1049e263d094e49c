"""What a session is: its date, meeting and number, read from the minutes' own header.

Minutes open with a header before the first speaker: ``令和六年十月八日（火曜日）``,
``第3回定例会 9月18日(水) 本会議(一般質問3日目)``, ``総務委員会 第5号``… The archive
site (:mod:`sync.site`) lists sessions by these facts, so the pipeline reads them once and
keeps them in the sync map (``session``); a batch manifest's optional columns fill in or
correct what a header lacks (:func:`merge`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, fields, replace
from typing import Mapping

_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_NUM = r"[0-9一二三四五六七八九十〇元]+"
_DATE = re.compile(rf"(?:(令和|平成|昭和)({_NUM})年|((?:19|20)\d\d)年)?\s*({_NUM})月({_NUM})日")
_YEAR = re.compile(rf"(令和|平成|昭和)({_NUM})年(?!度)|((?:19|20)\d\d)年(?!度)")   # (not a fiscal year, 令和5年度)
# a date as a manifest's cell may write it: 2024-06-17, 2024/6/17, 2024.6.17
_NUMERIC_DATE = re.compile(r"((?:19|20)\d\d)[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})日?")
# between the number and 定例会 an assembly may name itself (第1回下関市議会定例会, 3月市議会定例会)
# or add the month (第1回(3月)定例会)
_BODY = r"(?:[(（][^)）]{1,8}[)）])?\s*(?:[^\s0-9、。()（）「」]{1,12}?議会)?\s*"
_SESSION = re.compile(rf"第({_NUM})回\s*{_BODY}(定例会|臨時会)|({_NUM})月\s*{_BODY}(定例会|臨時会)")
_NUMBER = re.compile(rf"第({_NUM})号")
_COMMITTEE = re.compile(r"([^\s　○◯〇●◆◇◎()（）【】「」、。・:：]{1,24}?委員会)")
_PLENARY = re.compile(r"本会議(?:[(（]([^)）]{1,30})[)）])?")
# the assembly whose minutes these are: 下関市議会, 東京都議会, 後期高齢者医療広域連合議会, 参議院
_ASSEMBLY = re.compile(r"衆議院|参議院|[\u4e00-\u9fff々ヶ]{1,16}?(?:都|道|府|県|市|区|町|村|広域連合|組合)議会")
HEADER_CHARS = 600   # the facts stand at the very top; further down is speech and lists


@dataclass(frozen=True)
class SessionInfo:
    """The facts viewers browse by; "" where unknown."""

    date: str = ""        # ISO 2024-09-18, or --09-18 when the year is unknown
    session: str = ""     # 第3回定例会, 9月定例会, 臨時会…
    kind: str = ""        # 定例会 | 臨時会 | "" (others: 国会…)
    meeting: str = ""     # 本会議 | 総務委員会 …
    body: str = ""        # 本会議 | 委員会 (what the meeting is)
    number: str = ""      # 第5号
    detail: str = ""      # 一般質問3日目
    title: str = ""       # a display title set by hand (manifest)
    assembly: str = ""    # 下関市議会, 参議院 (whose minutes)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None

    def to_json(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}

    @classmethod
    def from_json(cls, data: Mapping[str, object] | None) -> SessionInfo:
        names = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in (data or {}).items() if k in names and v})


def _int(s: str) -> int:
    """Arabic or kanji numerals (十八, 二〇二四 digit by digit, 元 = 1) as an int."""
    s = unicodedata.normalize("NFKC", s)
    if s.isdigit():
        return int(s)
    if s == "元":
        return 1
    digits = "〇一二三四五六七八九"
    try:
        if "十" not in s:
            return int("".join(str(digits.index(c)) for c in s))
        tens, _, ones = s.partition("十")
        return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)
    except ValueError:   # 十十: not a number after all
        return 0


def from_header(text: str) -> SessionInfo:
    """The facts in a minutes header (the text before the first speaker)."""
    head = unicodedata.normalize("NFKC", text[:HEADER_CHARS])
    info = SessionInfo()
    m = _DATE.search(head)
    if m:
        era, era_year, western, month, day = m.groups()
        year = _ERAS[era] + _int(era_year) if era else int(western) if western else None
        near = head[head.rfind("\n", 0, max(0, head.rfind("\n", 0, m.start()))) + 1:m.start()]
        if year is None and (y := _YEAR.search(near)) is not None:
            # 令和6年第2回定例会　6月10日(月): the year named with the session, on the day's
            # line or the one above (not a year said in the speech after it)
            year = _ERAS[y.group(1)] + _int(y.group(2)) if y.group(1) else int(y.group(3))
        md = f"{_int(month):02d}-{_int(day):02d}"
        info = replace(info, date=f"{year}-{md}" if year else f"--{md}")
    m = _SESSION.search(head)
    if m:
        if m.group(1):
            info = replace(info, session=f"第{_int(m.group(1))}回{m.group(2)}", kind=m.group(2))
        else:
            info = replace(info, session=f"{_int(m.group(3))}月{m.group(4)}", kind=m.group(4))
    m = _NUMBER.search(head)
    if m:
        info = replace(info, number=f"第{_int(m.group(1))}号")
    m = _ASSEMBLY.search(head)
    if m:
        info = replace(info, assembly=re.sub("^[回年第度号月日]+", "", m.group()))
    committee, plenary = _COMMITTEE.search(head), _PLENARY.search(head)
    if plenary and (not committee or plenary.start() < committee.start()):
        info = replace(info, meeting="本会議", body="本会議", detail=plenary.group(1) or "")
    elif committee:
        info = replace(info, meeting=committee.group(1), body="委員会")
    elif info.kind and re.search(r"(?:定例会|臨時会)\s*(?:本会議)?\s*会議録", head):
        # 緑ヶ丘町議会定例会会議録（第２号）: a session's own minutes name no committee —
        # a committee's always names itself — they are its plenary's
        info = replace(info, meeting="本会議", body="本会議")
    return info


# after a date: its time (10:00, 10:00:00, T10:00, 午前10時30分) and its weekday ((火), 火曜日)
_DATE_TAIL = re.compile(r"(?<=[0-9日])\s*(?:[(][月火水木金土日](?:曜日?)?[)]|[月火水木金土日]曜日?)?"
                        r"(?:(?:T|\s+|(?<=[)日]))(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?|(?:午前|午後)?\d{1,2}時(?:\d{1,2}分)?))?$")


def as_date(value: str) -> str | None:
    """A date written 2024-06-17, 2024/6/17, 2024.6.17, 2024年6月17日 or 令和6年6月17日 (also
    full-width, also with its weekday or a time after it) as ISO 2024-06-17; None for
    anything else."""
    v = unicodedata.normalize("NFKC", value).strip()
    v = _DATE_TAIL.sub("", v)      # 2024/6/18 10:00 as a spreadsheet shows a date-time, 6月18日(火)
    if (m := _NUMERIC_DATE.fullmatch(v)) is not None:
        year, month, day = (int(g) for g in m.groups())
    elif (m := _DATE.fullmatch(v)) is not None and (m.group(1) or m.group(3)):
        era, era_year, western, month, day = m.groups()
        year = _ERAS[era] + _int(era_year) if era else int(western)
        month, day = _int(month), _int(day)
    else:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def merge(info: SessionInfo, given: Mapping[str, str]) -> SessionInfo:
    """``info`` with the non-empty values of ``given`` (a manifest row's columns:
    date, session, kind, meeting, body, number, detail, title, assembly) in place of its own."""
    names = {f.name for f in fields(SessionInfo)}
    values = {k: v.strip() for k, v in given.items() if k in names and v and v.strip()}
    if "date" in values:
        # 令和6年6月17日 or 2024/6/18 as a spreadsheet writes it; what is no date at all
        # leaves the minutes' own
        date = as_date(values["date"])
        values = {k: v for k, v in values.items() if k != "date"} | ({"date": date} if date else {})
    out = replace(info, **values)
    if "meeting" in values and "body" not in values:   # a meeting given by hand says its body
        out = replace(out, body="本会議" if "本会議" in out.meeting else "委員会" if "委員会" in out.meeting else "")
    if "session" in values and "kind" not in values:
        out = replace(out, kind=next((k for k in ("定例会", "臨時会") if k in out.session), ""))
    return out
