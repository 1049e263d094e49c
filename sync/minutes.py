"""Parse official minutes (speed version or final minutes) into speaker turns.

Two layouts are read, line by line, and may even be mixed in one file:

* speed version (速報版): the speaker marker stands alone on its line, e.g.
  ``○副議長(安岡克昌君)``, and the speech follows as unindented paragraphs;
* final minutes (会議録): marker, a full-width space and the speech share a line,
  ``○委員長（阿達雅志君）　ただいまから…``, and continuation paragraphs are indented by
  one full-width space.

Rules, in the order they matter:

* A line starting (at column 0) with a marker ``○ ◯ ◆ ◎ ●`` is a *speaker* line if its
  label ends with 君 (possibly inside trailing brackets) or is a surname + chair title
  (``○山口委員長``); otherwise it is a *heading* (``○議事日程``, ``○理事補欠選任の件``)
  and every line up to the next speaker line is skipped. Speech only ever follows a
  speaker line, so everything before the first one (site navigation, attendance lists)
  is skipped the same way.
* Inside a turn, lines indented by two or more full-width spaces are not speech
  (attendance lists, ``〔賛成者挙手〕``, ``午前九時二十六分散会``); their sound notes are
  still kept. Blank lines and separator lines (``─────``) are skipped.
* Once a turn has started, a page-footer line (:data:`FOOTER_STARTS`) ends the document.
* Stage notes in 〔〕/［］/[] are never speech. Parenthetical notes in （）/() are removed
  only when they contain a word of :data:`NOTE_WORDS`, so ``第十三条（定義）`` stays.
  Notes that are heard in the room become :class:`Sound` cues.
* A turn that ends up with neither text nor sounds is dropped; one with sounds only is
  kept with empty text.

Offsets: :attr:`Minutes.source_text` is the decoded text with CRLF/CR turned into LF (and
a leading BOM removed); ``Turn.source`` indexes into that normalized text, so
``source_text[turn.source[i]] == turn.text[i]`` always holds.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import MinutesError

from .text import STAR  # noqa: F401  (part of this module's interface)

MARKERS = "○◯◆◎●"
SPACES = " \t\u3000"          # half-width space, tab, full-width space
OPEN, CLOSE = "（(", "）)"     # brackets that may hold a speaker's name or a note

# A line indented this wide (two full-width spaces; a half-width space counts 1, a
# full-width one 2) is layout, not speech: the final minutes indent speech by exactly one
# full-width space and everything else (lists, stage notes, 散会) by more.
NOT_SPEECH_INDENT = 4

# Lines that start the page footer of a web page, ending the last turn. Matched as a
# prefix of the stripped line, and only on lines without 。 so that speech such as
# 「戻るべきだと思います。」 is never taken for a footer.
FOOTER_STARTS = (
    "著作権について", "このページに関するお問い合わせ", "このページの先頭へ",
    "ページの先頭へ", "ページのトップへ", "ページトップへ", "戻る", "前のページへ",
    "トップページへ", "このページを印刷", "Copyright", "copyright", "COPYRIGHT", "©",
    "All Rights Reserved",
)

# Words that mark a bracketed group as a note rather than speech. Only （…）/(…) groups
# containing one of these words are removed (and only if short, see NOTE_MAX_LEN):
# brackets in speech (第十三条（定義）, 法律案（衆第四号）, eLTAX(エルタックス)) must stay.
# True: the note is heard in the room (applause, laughter, voices from the floor) and
# becomes a Sound caption cue; False: it is only a stenographer's remark.
NOTE_WORDS: dict[str, bool] = {
    "拍手": True, "笑声": True, "笑い": True, "爆笑": True,
    "発言する者": True, "呼ぶ者": True, "言う者": True, "私語": True,
    "騒然": True, "ざわめき": True, "不規則発言": True,
    "参照": False, "登壇": False, "降壇": False, "退席": False, "離席": False,
    "退場": False, "入場": False, "着席": False, "議場": False, "速記": False,
}
NOTE_MAX_LEN = 40   # real notes are short; a long parenthetical is speech

# 〔…〕 ［…］ […] are stage notes whatever they say; （…） (…) are notes only by NOTE_WORDS.
_BRACKETED = re.compile(r"〔[^〔〕]*〕|［[^［］]*］|\[[^\[\]]*\]|[（(][^（()）]*[）)]")
_SEPARATOR = re.compile(r"[─━―\-－=＝_＿・*＊\s]+")
# Chair titles that may stand as a whole label after a surname: ○山口委員長, ○副議長.
_CHAIR = re.compile(
    r"(?P<name>[\u3005\u3040-\u30ff\u4e00-\u9fff]{0,6}?)"
    r"(?P<role>(?:副|仮)?(?:委員長|議長|会長|理事長|市長|区長|町長|村長|知事))"
)
# Control characters that never occur in a text file: their presence means binary data
# or UTF-16, which both decode "cleanly" byte by byte.
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LABEL_MAX = 100    # the longest real label (国務大臣（内閣府特命担当大臣（…））（…君）) is ~60


@dataclass(frozen=True)
class Sound:
    """A sound note such as （拍手）, kept for deaf viewers as a caption cue."""

    at: int          # index in Turn.text before which the sound occurs
    label: str       # the note as it should be shown, e.g. "（拍手）"


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the official speech text with notes removed.

    ``text`` is the speech as read by viewers (stars kept as ★, stage notes and
    parenthetical notes removed, paragraphs joined without separators); ``source[i]`` is
    the index in :attr:`Minutes.source_text` of ``text[i]``, so later features can write
    text back into the original layout.
    """

    speaker: str                 # label as written, e.g. "副議長(安岡克昌君)", "関谷 博君"
    name: str                    # the person's name without 君, e.g. "安岡克昌", "関谷 博"
    role: str | None             # e.g. "副議長", "委員長"; None for plain members
    marker: str                  # ○ ◆ ◎
    text: str
    source: tuple[int, ...]
    sounds: tuple[Sound, ...] = ()
    paragraphs: tuple[int, ...] = (0,)   # indices in text where a source paragraph starts


@dataclass(frozen=True)
class Minutes:
    turns: tuple[Turn, ...]
    source_text: str             # the whole decoded file
    encoding: str                # "utf-8", "utf-8-sig", "cp932"
    path: str | None = None
    newline: str = "\n"          # the file's own line end, to write it back the same way

    @property
    def speakers(self) -> list[str]:
        seen: dict[str, None] = {}
        for t in self.turns:
            seen.setdefault(t.name, None)
        return list(seen)


# ---------------------------------------------------------------------------- reading

def decode(data: bytes) -> tuple[str, str]:
    """Decode minutes bytes; return ``(text, encoding)``.

    UTF-8 with a BOM gives ``"utf-8-sig"``, plain UTF-8 ``"utf-8"``, else Shift_JIS as
    Windows writes it, ``"cp932"``. CRLF and CR become LF, and ``Turn.source`` offsets
    index into this normalized text. Raises :class:`MinutesError` when neither decodes
    cleanly (this includes UTF-16 and binary files).
    """
    encodings = ["utf-8-sig"] if data.startswith(codecs.BOM_UTF8) else ["utf-8", "cp932"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _BINARY.search(text):
            return _normalize_newlines(text), encoding
    raise MinutesError("the minutes file cannot be decoded as UTF-8 or Shift_JIS; save it as UTF-8")


def load(path: str | Path) -> Minutes:
    """Read, decode and parse a minutes file (see :func:`parse_text`)."""
    p = Path(path)
    where = str(path)
    if p.is_dir():
        raise MinutesError("is a folder, not a minutes file; give the path of the minutes .txt file", path=where)
    if not p.exists():
        raise MinutesError("minutes file not found; check the path", path=where)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise MinutesError(f"cannot read the minutes file ({e.strerror}); check its permissions", path=where) from e
    try:
        text, encoding = decode(data)
    except MinutesError as e:
        raise MinutesError(str(e), path=where) from e
    newline = "\r\n" if b"\r\n" in data else "\r" if b"\r" in data else "\n"
    return replace(parse_text(text, encoding, path=where), newline=newline)


def parse_text(text: str, encoding: str = "utf-8", path: str | None = None) -> Minutes:
    """Split minutes text into speaker turns (rules in the module docstring).

    ``text`` is normalized like :func:`decode` does, and that normalized text is what
    :attr:`Minutes.source_text` holds and ``Turn.source`` indexes. Raises
    :class:`MinutesError` if the text is empty or holds no speech.
    """
    text = _normalize_newlines(text).removeprefix("\ufeff")
    if not text.strip():
        raise MinutesError("the minutes file is empty; paste the minutes text into it and save it", path=path)
    turns = tuple(_parse_turns(text))
    if not any(t.text for t in turns):
        raise MinutesError(
            "no speech found; the minutes need speaker lines such as ○議長（山田太郎君） "
            "or ○山田太郎君 with the speech after them", path=path)
    return Minutes(turns=turns, source_text=text, encoding=encoding, path=path)


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------- lines

def _parse_turns(text: str) -> list[Turn]:
    """Walk the lines: speaker lines open a turn, headings and footers close it."""
    turns: list[Turn] = []
    current: _TurnBuilder | None = None   # None: skipping (preamble or heading)
    started = False
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if started and _is_footer(line):
            break
        if line[:1] in MARKERS and line[1:2] not in MARKERS:   # ○○市… is speech, not a marker
            if current is not None:
                turns.append(current.build())
            current = _speaker_line(line, start)
            started = started or current is not None
            continue
        if current is None or _is_separator(line):
            continue
        current.add(line, start, speech=_indent(line) < NOT_SPEECH_INDENT)
    if current is not None:
        turns.append(current.build())
    return [t for t in turns if t.text or t.sounds]


def _indent(line: str) -> int:
    """Indentation width: a full-width space or a tab counts 2, a half-width space 1."""
    width = 0
    for ch in line:
        if ch not in SPACES:
            break
        width += 1 if ch == " " else 2
    return width


def _is_footer(line: str) -> bool:
    stripped = line.strip(SPACES)
    return "。" not in stripped and stripped.startswith(FOOTER_STARTS)


def _is_separator(line: str) -> bool:
    """Blank lines and rules such as ─────."""
    return _SEPARATOR.fullmatch(line) is not None or not line.strip(SPACES)


def _speaker_line(line: str, start: int) -> _TurnBuilder | None:
    """A builder for the turn a marker line opens, or None if the line is a heading."""
    rest = line[1:]
    split = _split_label(rest)
    if split is None:
        return None
    label, speech_at = split
    name, role = _name_and_role(label)
    turn = _TurnBuilder(speaker=label, name=name, role=role, marker=line[0])
    turn.add(rest[speech_at:], start + 1 + speech_at, speech=True)
    return turn


# ---------------------------------------------------------------------------- labels

def _split_label(rest: str) -> tuple[str, int] | None:
    """Find the speaker label at the start of ``rest`` (the line after the marker).

    Returns ``(label, index where the speech starts)``, or None when the line is a heading.
    The label ends at a 君 (plus the closing brackets it needs) that is followed by the end
    of the line, a space, or — after a closing bracket — the speech itself. Every 君 is
    tried in turn because names may contain one (君塚).
    """
    for m in re.finditer("君", rest):
        end = m.end()
        if end > _LABEL_MAX:
            break   # no label is this long: the line is a heading that mentions someone
        depth = _depth(rest[:end])
        while depth > 0 and end < len(rest) and rest[end] in CLOSE:
            end, depth = end + 1, depth - 1
        label = rest[:end]
        if depth != 0 or len(label) > _LABEL_MAX or "。" in label:
            continue
        if end == len(rest) or rest[end] in SPACES or label[-1] in CLOSE:
            return label, _skip_spaces(rest, end)
    # ○山口委員長 / ○議長: a chair title, maybe after a surname, then a space or the end.
    end = next((i for i, ch in enumerate(rest) if ch in SPACES), len(rest))
    if _CHAIR.fullmatch(rest[:end]):
        return rest[:end], _skip_spaces(rest, end)
    return None


def _depth(s: str) -> int:
    """Open minus closed round brackets; negative means unbalanced."""
    return sum(ch in OPEN for ch in s) - sum(ch in CLOSE for ch in s)


def _skip_spaces(s: str, i: int) -> int:
    while i < len(s) and s[i] in SPACES:
        i += 1
    return i


def _name_and_role(label: str) -> tuple[str, str | None]:
    """``委員長（阿達雅志君）`` → ("阿達雅志", "委員長"); ``関谷 博君`` → ("関谷 博", None).

    With brackets, the name is the *last* bracketed group ending in 君, since the role
    itself may hold brackets: 国務大臣（内閣府特命担当大臣（…））（三原じゅん子君）.
    """
    if label[-1] in CLOSE:
        depth, i = 0, len(label) - 1
        for i in range(len(label) - 1, -1, -1):
            depth += (label[i] in CLOSE) - (label[i] in OPEN)
            if depth == 0:
                break
        inner = label[i + 1:-1].strip(SPACES)
        if inner.endswith("君"):
            return inner[:-1].strip(SPACES), label[:i].strip(SPACES) or None
    if label.endswith("君"):
        return label[:-1].strip(SPACES), None
    chair = _CHAIR.fullmatch(label)
    if chair:
        return chair["name"] or chair["role"], chair["role"]
    return label, None   # unreachable from _split_label; kept total for safety


# ---------------------------------------------------------------------------- speech

def _note(bracketed: str) -> tuple[bool, str | None]:
    """Is this bracketed group a note, and if so the Sound label it makes (or None)."""
    inner = bracketed[1:-1]
    stage = bracketed[0] in "〔［["
    words = [w for w in NOTE_WORDS if w in inner]
    if not stage and (not words or len(bracketed) > NOTE_MAX_LEN):
        return False, None
    sound = any(NOTE_WORDS[w] for w in words)
    return True, f"（{inner.strip(SPACES)}）" if sound else None


@dataclass
class _TurnBuilder:
    """Mutable accumulator for one turn; :meth:`build` freezes it into a :class:`Turn`."""

    speaker: str
    name: str
    role: str | None
    marker: str
    chars: list[str] = field(default_factory=list)
    source: list[int] = field(default_factory=list)
    sounds: list[Sound] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)

    def add(self, line: str, start: int, speech: bool) -> None:
        """Add one source line starting at ``start``; with ``speech=False`` only its sounds."""
        kept: list[int] = []            # offsets in line of the speech characters
        sounds: list[tuple[int, str]] = []   # (number of kept chars before it, label)
        pos = 0
        for m in _BRACKETED.finditer(line):
            is_note, label = _note(m.group())
            if not is_note:
                continue
            kept.extend(range(pos, m.start()))
            if label:
                sounds.append((len(kept), label))
            pos = m.end()
        kept.extend(range(pos, len(line)))
        if not speech:
            kept = []
        # Leading and trailing spaces are layout, also around a removed note.
        lead = next((k for k, i in enumerate(kept) if line[i] not in SPACES), len(kept))
        while len(kept) > lead and line[kept[-1]] in SPACES:
            kept.pop()
        kept = kept[lead:]
        base = len(self.chars)
        for at, label in sounds:
            self.sounds.append(Sound(at=base + min(max(at - lead, 0), len(kept)), label=label))
        if kept:
            self.paragraphs.append(base)
            self.chars.extend(line[i] for i in kept)
            self.source.extend(start + i for i in kept)

    def build(self) -> Turn:
        return Turn(
            speaker=self.speaker, name=self.name, role=self.role, marker=self.marker,
            text="".join(self.chars), source=tuple(self.source), sounds=tuple(self.sounds),
            paragraphs=tuple(self.paragraphs) or (0,),
        )


# ---------------------------------------------------------------------------- script

def script(m: Minutes) -> tuple[str, list[int]]:
    """The turns' texts concatenated (what is aligned) and where each turn starts."""
    offsets, pos = [], 0
    for t in m.turns:
        offsets.append(pos)
        pos += len(t.text)
    return "".join(t.text for t in m.turns), offsets


def turn_at(offsets: list[int], index: int) -> int:
    """The turn holding character ``index`` of the script (turns without text are
    skipped: they share their offset with the next turn)."""
    import bisect

    return max(0, bisect.bisect_right(offsets, index) - 1)
