"""Minutes files as users have them: text in any Japanese encoding, saved HTML pages, PDFs, CSV,
Word and OpenDocument texts, e-mails and web archives (.eml, .mhtml).

:func:`read_bytes` tells the format by content (``%PDF`` → PDF; a ZIP holding a Word
document or an OpenDocument text → that (:mod:`sync.office`); mail header fields and a
blank line → the message's body or its one attached minutes file; a doctype or HTML tags
near the start → HTML; a table of comma-separated columns with a speaker and a speech →
CSV; a Markdown table of the same → that; else text) and returns a :class:`Source`: the text to parse, and how to write it
back. Text keeps its own encoding and line ends, so the filled minutes come back as the
user's file; for the other formats the text is what was extracted, and it is written
back as UTF-8 text (the writer names it ``.txt``).
"""
from __future__ import annotations

import bisect
import codecs
import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Mapping, NamedTuple, Sequence

from .errors import MinutesError
from . import layout
from .layout import HEADING_RULE


@dataclass(frozen=True)
class Source:
    text: str         # LF line ends, no BOM; Turn.source offsets index this text
    encoding: str     # how to write the text back: the file's own, or "utf-8" for HTML/PDF
    newline: str      # the file's line end ("\n" for HTML/PDF)
    kind: str         # "text", "html", "pdf", "csv", "records" (JSON, XML), "captions" (SRT, WebVTT), "docx" or "odt"
    title: str = ""   # a saved page's <title> (a frame showing one speech names its speaker only there)


# Control characters that never occur in a text file: their presence means binary data
# or a wrong guess at the encoding.
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Characters a Japanese text file is made of; a decoding that yields few of them is wrong.
_PLAUSIBLE = re.compile(r"[\s!-~\u3000-\u30ff\u4e00-\u9fff\uff01-\uff9f\u2010-\u266f\u3200-\u33ff"
                        r"\uf900-\ufaff\u00a0-\u00ff\u0370-\u03ff\u0400-\u04ff\u2460-\u24ff\u2500-\u257f]")
UNDECODABLE = ("cannot be decoded as UTF-8, UTF-16, Shift_JIS (CP932) or EUC-JP; "
               "save it as UTF-8 text")


# files that are no minutes text, told by their first bytes, and what to do instead
_OTHER_FORMATS = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"", "an old Word or Excel file (.doc, .xls); save it as text (.txt) or CSV"),
    (b"{\\rtf", b"", "a rich-text file (.rtf); save it as text (.txt)"),
    (b"\x89PNG", b"", "an image (PNG), not text; a scan needs OCR first — give the minutes as text, HTML or a PDF with a text layer"),
    (b"\xff\xd8\xff", b"", "an image (JPEG), not text; a scan needs OCR first — give the minutes as text, HTML or a PDF with a text layer"),
    (b"GIF8", b"", "an image (GIF), not text; give the minutes as text, HTML or a PDF with a text layer"),
    (b"II*\x00", b"", "an image (TIFF), not text; a scan needs OCR first — give the minutes as text, HTML or a PDF with a text layer"),
    (b"MM\x00*", b"", "an image (TIFF), not text; a scan needs OCR first — give the minutes as text, HTML or a PDF with a text layer"),
)
# a recording given where the minutes go (the arguments swapped): its container's mark
_MEDIA_MAGIC = re.compile(rb"^(?:.{4}ftyp|\x1aE\xdf\xa3|RIFF.{4}WAVE|ID3|\xff[\xfb\xf3\xf2]|fLaC|OggS)", re.DOTALL)


def read_bytes(data: bytes) -> Source:
    """Decode a minutes file of any supported format (see the module docstring)."""
    if data.lstrip()[:5] == b"%PDF-":
        return Source(pdf_text(data), "utf-8", "\n", "pdf")
    if data.startswith(b"PK\x03\x04"):
        return _zipped(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") and "EncryptedPackage".encode("utf-16-le") in data:
        # a Word file saved with a password: its package encrypted inside a compound file
        raise MinutesError("the minutes file is an office document protected by a password; save an "
                           "unlocked copy or export its text to a .txt file")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") and "__substg1.0_".encode("utf-16-le") in data:
        # a compound file whose streams are a message's properties: Outlook's .msg
        raise MinutesError("the minutes file is an Outlook message (.msg); open it in Outlook and save its "
                           "attachment (or the message as text, .txt) and give that file")
    for magic, inside, what in _OTHER_FORMATS:
        if data.startswith(magic) and inside in data[:65536]:
            raise MinutesError(f"the minutes file is {what}")
    if _MEDIA_MAGIC.match(data[:16]):
        raise MinutesError("the minutes file is a recording (video or audio), not text; give the "
                           "recording first and the minutes second")
    if (message := _message(data)) is not None:
        return message
    head = _sniff(data)
    if _is_html(head):
        if _frameset(head):
            raise MinutesError("the minutes file is a page of frames (a minutes system's window), not the minutes; "
                               "open the frame with the speech on its own (right-click it: open frame in a new "
                               "tab) and save that page")
        return Source(html_text(data), "utf-8", "\n", "html", html_title(data))
    text, encoding = decode(data)
    captions = captions_text(text)
    if captions is not None:
        return Source(captions, "utf-8", "\n", "captions")
    records = records_text(text)
    if records is not None:
        return Source(records, "utf-8", "\n", "records")
    table = csv_text(text)
    if table is None:
        table = pipe_table_text(text)
    if table is not None:
        return Source(table, "utf-8", "\n", "csv")
    raw = data.decode(encoding, errors="replace")     # (only its line ends are looked at)
    newline = "\r\n" if "\r\n" in raw else "\r" if "\r" in raw else "\n"
    return Source(text, encoding, newline, "text")


# an e-mail or a web archive (.eml, .mhtml): header fields, a blank line, then the body
_MESSAGE_HEAD = re.compile(rb"(?:From [^\r\n]*\r?\n)?(?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+\r?\n")
_MESSAGE_FIELDS = re.compile(rb"^(?:MIME-Version|Content-Type|Content-Transfer-Encoding|From|To|Subject|Date|Received"
                             rb"|Return-Path|Message-ID|Snapshot-Content-Location):", re.IGNORECASE | re.MULTILINE)
# 一太郎's documents, told by their names (the tool reads none of them)
ICHITARO_SUFFIXES = (".jtd", ".jtt", ".jtdc", ".jaw", ".jbw")
ICHITARO = "an 一太郎 document; in 一太郎 save it as text (.txt) or print it to PDF, and give that file"
# what a mail carries beside its text that is no document: a signature, a business card,
# an invitation
_NOT_DOCUMENTS = (".p7s", ".p7m", ".vcf", ".ics", ".asc", ".sig")
_NOT_DOCUMENT_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature", "text/vcard",
                       "text/x-vcard", "text/calendar", "application/pgp-signature")


def _document(part) -> bool:
    """Is a mail's attachment a document (not a signature, a card, an inline picture)?"""
    name = (part.get_filename() or "").lower()
    if not name or name.endswith(_NOT_DOCUMENTS) or part.get_content_type() in _NOT_DOCUMENT_TYPES:
        return False
    return not (part.get_content_maintype() == "image" and (
        part.get("Content-ID") or part.get("Content-Disposition", "").lower().startswith("inline")))
# an attachment that may hold the minutes, by its name
_ATTACHED = (".txt", ".pdf", ".docx", ".odt", ".html", ".htm", ".csv", ".tsv", ".json", ".xml")
# a body this long is the minutes themselves, not a covering note for an attachment
_BODY_MINUTES = 1000


def _message(data: bytes) -> Source | None:
    """An e-mail (.eml) or a web archive (.mhtml) holding the minutes: the text of its body —
    the page an archive saved, a mail's plain text (else its HTML) — decoded from its
    transfer encoding (base64, quoted-printable) and charset (ISO-2022-JP…); where the body
    is only a covering note and one attachment is a minutes file, that file. None where the
    data is no such message."""
    head = _MESSAGE_HEAD.match(data[:65536])
    if head is None or len(_MESSAGE_FIELDS.findall(head.group())) < 2:
        return None
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    leaves = [p for p in msg.walk() if not p.is_multipart()]
    attached = [p for p in leaves if p.get_filename() or p.get("Content-Disposition", "").lower().startswith("attachment")]
    shown = [p for p in leaves if p not in attached and p.get_content_maintype() == "text"]
    archive = msg.get_content_type() == "multipart/related" or msg.get("Snapshot-Content-Location") is not None
    order = ("text/html", "text/plain") if archive else ("text/plain", "text/html")
    body = next((p for kind in order for p in shown if p.get_content_type() == kind), None)
    html = body is not None and body.get_content_type() == "text/html"
    text = (html_text(_part_text(body)) if html else _part_text(body)) if body is not None else ""
    frames = [p for p in shown if p is not body and p.get_content_type() == "text/html"] if archive and html else []
    if frames:
        # a page whose minutes are in a frame (the viewer's iframe, saved as a part of its
        # own): the part that says the most (sentences; a list of speakers says none), the
        # page itself where none says more
        most = _sentences(text)
        for part in frames:
            try:
                framed = html_text(_part_text(part))
            except MinutesError:
                continue        # (an empty frame: an ad's, a counter's)
            if (found := _sentences(framed)) > most:
                text, most = framed, found
    files = [p for p in attached if (p.get_filename() or "").lower().endswith(_ATTACHED)]
    # …else any document (一太郎, old Word, an archive, a mail inside the mail: read or said
    # how to save) — a logo, a signature, a business card beside a covering note are none
    files = files or [p for p in attached if _document(p)]
    if len("".join(text.split())) < _BODY_MINUTES and files and not _has_labels(text):
        # a covering note: the minutes are attached, not in the note's "speaker lines"
        if len(files) > 1:
            names = ", ".join(p.get_filename() or "?" for p in files)
            raise MinutesError(f"the minutes file is an e-mail with {len(files)} attachments ({names}); "
                               "save the one with the minutes and give that file")
        name = files[0].get_filename() or "(no name)"
        try:
            if name.lower().endswith(ICHITARO_SUFFIXES):
                raise MinutesError(f"the minutes file is {ICHITARO}")
            return read_bytes(files[0].get_payload(decode=True) or b"")
        except MinutesError as exc:
            said = str(exc).removeprefix("the minutes file ")
            raise MinutesError(f"the minutes file is an e-mail whose attachment {name} {said}"
                               .replace("save it ", "save that attachment ")) from exc
    if not text.strip():
        raise MinutesError("the minutes file is an e-mail or web archive with no text in it; "
                           "save the minutes from it as text (.txt) or HTML")
    if html:
        return Source(text, "utf-8", "\n", "html")
    inner = read_bytes(text.encode("utf-8"))
    return Source(inner.text, "utf-8", "\n", inner.kind)


def _sentences(text: str) -> int:
    """How many sentences ``text`` ends (a list of speakers ends none)."""
    return len(re.findall("[。？！]", text))


def _has_labels(text: str) -> bool:
    """Does a short mail body hold the minutes themselves (two or more speaker lines), so
    that an attachment beside it (a schedule) is not what was meant?"""
    found = 0
    for line in text.split("\n"):
        marker, at = layout.split_marker(line)
        label = layout.parse_label(line, at, loose=bool(marker)) if marker or line[:1] not in layout.SPACES else None
        found += label is not None and bool(label.role or label.name) and bool(re.search("[（(]", label.text) or marker)
    return found >= 2


def _part_text(part) -> str | bytes:
    """A message part's text: its declared charset, else the same guess as for a file
    (an HTML part with no charset: its bytes, for :func:`html_text` to read its <meta>)."""
    raw = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    if charset:
        try:
            return normalize_newlines(raw.decode(charset).lstrip("\ufeff"))
        except (LookupError, UnicodeDecodeError):
            pass      # a charset mislabelled or unknown: guessed as a file's is
    if part.get_content_type() == "text/html":
        return raw
    return decode(raw)[0]


def _zipped(data: bytes) -> Source:
    """A ZIP file given as the minutes: a Word document or an OpenDocument text
    (:mod:`sync.office`, which refuses any other)."""
    from . import office

    text, kind = office.zip_text(data)
    return Source(plain_kanji(text), "utf-8", "\n", kind)


# ---------------------------------------------------------------------------- CSV

# the header of a column that names the speaker, and of the one that holds the speech
_SPEAKER_HEADS = ("発言者", "発言者名", "話者", "発言議員", "氏名", "名前", "質問者", "speaker", "name")
_ROLE_HEADS = ("役職", "役職名", "職名", "肩書", "肩書き", "role", "title", "position", "speakerposition",
               "speaker_position")
# the header of a column numbering the speeches: rows of one number are one speech's paragraphs
_ORDER_HEADS = ("発言順", "発言順序", "発言番号", "発言no", "発言no.", "番号", "no", "no.", "speechorder",
                "speech_order", "order")      # (a row's own number never repeats: no row is joined)
_SPEECH_HEADS = ("発言内容", "発言", "内容", "本文", "発言本文", "発言要旨", "要旨", "発言の要旨", "質疑内容",
                 "テキスト", "text", "speech", "body", "comment-body", "comment_body", "speech_text")


def csv_text(text: str) -> str | None:
    """Minutes exported as CSV (a row a speech: the speaker and the speech in columns,
    maybe a number, a date, the meeting) as text in the speaker-field layout the parser
    reads (``発言者：議長（佐藤篤）`` and the speech on the lines after it), or None if
    ``text`` is no such table. Python's csv module reads the quoting (a speech may hold
    commas, quotes and line breaks)."""
    import csv

    sample = [l for l in text.split("\n") if l.strip()][:8]
    # commas, or tabs (a table re-saved from Excel as Unicode text or tab-separated)
    delimiter = "\t" if sum(l.count("\t") for l in sample) > sum(l.count(",") for l in sample) else ","
    if not any(delimiter in l for l in sample[:6]):
        return None
    try:
        rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter, strict=True) if any(c.strip() for c in r)]
    except csv.Error:
        return None
    return _table_text(rows)


# a Markdown table: rows between pipes, the header row over a rule of dashes (|---|:--|)
_PIPE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
_PIPE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
_PIPE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def pipe_table_text(text: str) -> str | None:
    """Minutes written as a Markdown table (``| 発言者 | 発言 |`` over ``|---|---|``, a row a
    speech, ``<br>`` for its line breaks) as :func:`csv_text` gives them, or None if
    ``text`` holds no such table. Lines outside the table (a title) are left out."""
    lines = text.split("\n")
    rule = next((k for k, line in enumerate(lines) if _PIPE_RULE.match(line)), None)
    if rule is None or rule == 0 or not _PIPE_ROW.match(lines[rule - 1]):
        return None
    rows = []
    for line in lines[rule - 1:]:
        if _PIPE_RULE.match(line):
            continue
        m = _PIPE_ROW.match(line)
        if m is None:
            if line.strip():
                break
            continue
        cells = re.split(r"(?<!\\)\|", m.group(1))
        rows.append([_PIPE_BREAK.sub("\n", c.replace("\\|", "|")).strip() for c in cells])
    # a table among text (an attendance list above the speeches) is the text's, not the minutes
    if len(rows) < 2 or len(rows) + 1 < 0.7 * sum(1 for line in lines if line.strip()):
        return None
    return _table_text(rows)


def _table_text(rows: list[list[str]]) -> str | None:
    """:func:`csv_text` of a table already split into rows of cells."""
    # title lines above the header row (令和6年第4回定例会 会議録): the table starts at its header
    start = next((k for k, r in enumerate(rows[:6]) if any(_head(c) in _SPEECH_HEADS for c in r)
                  and any(_head(c) in _SPEAKER_HEADS + _ROLE_HEADS for c in r)), 0)
    rows = rows[start:]
    if len(rows) < 2:
        return None
    width = max(set(len(r) for r in rows), key=[len(r) for r in rows].count)
    if width < 2 or sum(len(r) == width for r in rows) < 0.9 * len(rows):
        return None
    rows = [r for r in rows if len(r) == width]
    head = [_head(c) for c in rows[0]]
    speaker = next((i for i, c in enumerate(head) if c in _SPEAKER_HEADS), None)
    role = next((i for i, c in enumerate(head) if c in _ROLE_HEADS), None)
    speech = next((i for i, c in enumerate(head) if c in _SPEECH_HEADS), None)
    order = next((i for i, c in enumerate(head) if c in _ORDER_HEADS), None)
    if speech is not None and (speaker is not None or role is not None):
        body = rows[1:]
    else:
        # no header: the speaker is the column whose cells read as speaker labels, the
        # speech the column with the most text
        body = rows
        def labels(i: int) -> int:
            return sum(1 for r in body if (lab := layout.parse_label(r[i].strip(), 0, loose=True)) is not None
                       and lab.speech_at >= len(r[i].strip()))
        counts = [labels(i) for i in range(width)]
        speaker = max(range(width), key=counts.__getitem__)
        if counts[speaker] < 0.8 * len(body):
            return None
        speech = max((i for i in range(width) if i != speaker), key=lambda i: sum(len(r[i]) for r in body))
        role = order = None
    lines: list[str] = []
    spoke = False
    last = None         # the speaker and number of the speech written last
    for r in body:
        name = r[speaker].strip() if speaker is not None else ""
        office = r[role].strip() if role is not None else ""
        who = f"{office}（{name}）" if office and name else office or name
        said = normalize_newlines(r[speech].strip())
        key = (who, r[order].strip()) if order is not None and r[order].strip() else None
        if said and spoke and (not who or (key is not None and key == last)):
            # a row that goes on with the speech above it (a speech a line a row, its speaker
            # written on its first row only, as in a merged cell — or on every row, with the
            # speech's number)
            if lines and lines[-1] == "":
                lines.pop()
            lines.extend(said.split("\n"))
            lines.append("")
            continue
        if not who or not said or name == "会議録情報":     # the Diet API's record 0: the sitting's header
            continue
        spoke, last = True, key
        said = _named_in_full(said, name)
        first = said.split("\n", 1)[0]
        marker, at = layout.split_marker(first)
        if not (marker and layout.parse_label(first, at)):   # the Diet's speech starts ○浮島委員長　…
            lines.append(f"発言者：{' '.join(who.split())}")
        lines.extend(said.split("\n"))
        lines.append("")
    return "\n".join(lines) + "\n" if lines else None


def _named_in_full(speech: str, speaker: str) -> str:
    """``speech`` whose own speaker line names a member by surname (the Diet's ○田野瀬委員長,
    ○山田（賢）委員) with that line naming them as its record's speaker field does, in full
    (田野瀬太道, 山田賢司: ○委員長（田野瀬太道君）, as the upper house's labels give it)."""
    full = "".join(speaker.split())
    first, _, rest = speech.partition("\n")
    marker, at = layout.split_marker(first)
    label = layout.parse_label(first, at) if marker and full else None
    if label is None or not label.role or not label.name:
        return speech
    short = "".join(re.sub(r"[（(][^）)]*[）)]", "", label.name).split())
    told = "".join(re.findall(r"[（(]([^）)]*)[）)]", label.name))
    if not (len(full) > len(short) and full.startswith(short) and all(ch in full for ch in told)):
        return speech
    first = f"{first[:at]}{label.role}（{full}君）\u3000{first[label.speech_at:].lstrip(layout.SPACES)}"
    return first + ("\n" + rest if rest or speech.endswith("\n") else "")


def _head(cell: str) -> str:
    """A table's header cell as looked up (case, BOM and spaces aside)."""
    return "".join(cell.split()).lower().lstrip("\ufeff")


# ---------------------------------------------------------------------------- captions

# a cue's timing line (SRT 00:00:01,020 --> 00:00:05,400; WebVTT 00:01.000 --> 00:04.000 and
# its settings), after the speaker on the same line where a transcription service writes
# one there (Notta: 話者 1 00:00:01,020 --> …)
_CUE_TIMING = re.compile(r"(?P<who>.*?)[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]*-->[ \t]*"
                         r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:[ \t]+\S.*)?")
_CUE_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]+)>")            # WebVTT's voice: <v 山田 太郎>
_CUE_TAG = re.compile(r"</?(?:v|c|i|b|u|ruby|rt|lang|font|span)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>",
                      re.IGNORECASE)
_ASS_TAG = re.compile(r"\{\\[^{}]*\}")                               # an SRT's styling, {\an8}
_CUE_SPEAKER = re.compile(r"\[(?P<who>[^\]\n]{1,30})\][:：]?[ \t\u3000]*")   # whisper's diarized [SPEAKER_00]:
_CUE_LABEL = re.compile(r"[（(](?P<who>[^（()）\n]{1,20})[）)]")       # this tool's own caption: （議長） over the text


def captions_text(text: str) -> str | None:
    """A caption file (SRT, WebVTT: a meeting app's or a transcription service's
    transcript, a video's captions, this tool's own) as minutes text: each cue's text,
    without numbers, timings, settings and tags, a line a cue; the speaker a cue names (a
    WebVTT voice ``<v 山田 太郎>``, a diarized ``[SPEAKER_00]``, a service's ``話者 1`` before
    the timing, this tool's ``（議長）`` line) a ``発言者：`` line where it changes; a line a
    rolling caption repeats from the cue before said once. None for a file that is no
    caption file (fewer than two cues, or cues a small part of its lines)."""
    lines = normalize_newlines(text).removeprefix("\ufeff").split("\n")
    timings = [k for k, line in enumerate(lines) if _CUE_TIMING.fullmatch(line.strip())]
    filled = sum(1 for line in lines if line.strip())
    webvtt = lines[0].strip().startswith("WEBVTT")
    # (a cue opens the file or follows a blank line, or its number or id: a minutes text that
    # quotes a span of its video, 映像記録　00:00:01.000 --> …, is none)
    opened = sum(1 for k in timings if k == 0 or not lines[k - 1].strip()
                 or ((k == 1 or not lines[k - 2].strip()) and (webvtt or re.fullmatch(r"\d{1,6}", lines[k - 1].strip()))))
    if webvtt and not timings:
        raise MinutesError("the caption file (WebVTT) holds no cues — no text with its times; give the "
                           "file with the captions, or the minutes")
    # (one cue is enough where the file opens as a caption file does: WEBVTT, or 1 and a timing)
    first = next((k for k, line in enumerate(lines) if line.strip()), 0)
    srt = bool(timings) and timings[0] == first + 1 and re.fullmatch(r"\d{1,6}", lines[first].strip()) is not None
    if len(timings) < (1 if webvtt or srt else 2) or opened < 0.8 * len(timings) \
            or (not webvtt and len(timings) < 0.2 * filled):
        return None
    import html as _html

    out: list[str] = []
    speaker = None
    said: list[str] = []              # the last cue's lines (a rolling caption repeats them)
    said_by = None                    # …and who said them
    for n, k in enumerate(timings):
        end = timings[n + 1] if n + 1 < len(timings) else len(lines)
        block = lines[k + 1:end]
        # (the next cue's number or id stands before its timing, after a blank line — any
        # line there in WebVTT: q1-answer)
        if n + 1 < len(timings) and len(block) >= 2 and block[-1].strip() and not block[-2].strip() \
                and (webvtt or re.fullmatch(r"\d{1,6}", block[-1].strip())):
            block.pop()
        while block and not block[-1].strip():
            block.pop()
        # (WebVTT's comments and styles between cues: NOTE …, STYLE, REGION blocks)
        for j, raw in enumerate(block):
            if webvtt and (j == 0 or not block[j - 1].strip()) and re.match(r"(?:NOTE|STYLE|REGION)(?:\s|$)", raw):
                block = block[:j]
                while block and not block[-1].strip():
                    block.pop()
                break
        who = _CUE_TIMING.fullmatch(lines[k].strip()).group("who").strip() or None
        if who and re.fullmatch(r"[0-9]{1,6}", who):
            who = None        # (1 00:00:01,000 --> …: the cue's number on its timing line)
        span = [sum(float(x) * 60 ** i for i, x in enumerate(reversed(t.replace(",", ".").split(":"))))
                for t in re.findall(r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}", lines[k])[:2]]
        flash = len(span) == 2 and span[1] - span[0] < 0.1      # (a rolling caption's 10-ms cue)
        cue: list[str] = []
        for raw in block:
            voice = _CUE_VOICE.search(raw)
            if voice:
                who = voice.group(1).strip()
            raw = re.sub(r"<(rt|rp)>.*?</\1>", "", raw)          # (a reading over a word: <ruby>会議<rt>かいぎ</rt>)
            line = _html.unescape(_CUE_TAG.sub("", _ASS_TAG.sub("", raw))).replace("\u200e", "").replace("\u200f", "").strip()
            if not cue and (m := _CUE_SPEAKER.match(line)) is not None:
                named = m.group(0).rstrip(" \t\u3000").endswith((":", "：")) \
                    or layout.SERVICE_SPEAKER.fullmatch(m.group("who").strip())
                if named and line[m.end():]:
                    who, line = m.group("who").strip(), line[m.end():]
                elif not re.match(r"[\u3041-\u3096]", line[m.end():]):
                    # [拍手], [咳払い]: a sound, as minutes write one (not [資料１]を御覧ください。)
                    cue.append(f"（{m.group('who').strip()}）")
                    line = line[m.end():]
            if not cue and (m := _CUE_LABEL.fullmatch(line)) is not None and len(block) > 1 \
                    and not _is_sound(m.group("who")) and not re.search(r"[\u3041-\u3093]", m.group("who")):
                who = m.group("who").strip()
                continue
            line = re.sub(r"^[-‐－][ \u3000]+", "", line)      # (- 賛成。: a second voice in one cue)
            if line:
                cue.append(line)
        fresh = [line for line in cue if line not in said] if who == said_by else cue
        if not flash and len(fresh) == 0 and len(cue) == 1:
            fresh = cue       # (はい。 said again in a cue of its own, not a rolling caption's repeat)
        said, said_by = cue, who
        if not fresh:
            continue
        fresh = _unwrapped(fresh)
        if who:
            who = re.sub(r"(?<=[^\s\d])[ \t\u3000]+(?=\d+$)", "", " ".join(who.split()))
        if who and who != speaker:
            if out:
                out.append("")
            out.append(f"発言者：{who}")
            speaker = who
        out.extend(fresh)
    if sum(1 for line in out if line.startswith("発言者：")) == 1:
        # one speaker named: a database's field label needs two to be read as labels, a
        # marked one does not (○議長)
        k = next(j for j, line in enumerate(out) if line.startswith("発言者："))
        who = out[k][len("発言者："):]
        if (label := layout.parse_label(f"○{who}", 1, loose=True)) is not None and label.speech_at >= len(who) + 1:
            out[k] = f"○{who}"
    return "\n".join(out) + "\n" if out else None


def _unwrapped(lines: list[str]) -> list[str]:
    """A cue's lines, one caption wrapped for the screen, as one line of text (a word cut by
    the wrap is whole again); a sentence ending a line, or a note, stays apart."""
    joined: list[str] = []
    for line in lines:
        if joined and not re.search(r"[。？！?!）)」]$", joined[-1]) and not line.startswith(("（", "(")):
            gap = " " if re.search(r"[A-Za-z0-9]$", joined[-1]) and re.match(r"[A-Za-z0-9]", line) else ""
            joined[-1] += gap + line
        else:
            joined.append(line)
    return joined


def _is_sound(note: str) -> bool:
    """A note of a sound or of what the room does, in brackets (拍手, 笑い, 音楽, 挙手多数),
    not a speaker's label."""
    return any(w in note for w in ("拍手", "笑", "音楽", "ざわ", "発言する者", "呼ぶ者", "異議なし", "休憩", "チャイム",
                                   "ブザー", "挙手", "起立", "多数", "少数", "全員", "登壇", "退席", "着席", "声", "音",
                                   "聞き取", "不明", "無音", "沈黙"))


# ---------------------------------------------------------------------------- JSON, XML

_RECORD_SPEECH = ("speech", "発言", "発言内容", "本文", "text", "body", "utterance", "発話")
_RECORD_SPEAKER = ("speaker", "発言者", "発言者名", "name")
_RECORD_ROLE = ("speakerposition", "speakerrole", "役職", "職名", "role", "position")


def records_text(text: str) -> str | None:
    """Minutes as a database's JSON or XML answer — the Diet's minutes API
    (国会会議録検索システム: ``speechRecord`` items with ``speaker``, ``speakerPosition``
    and ``speech``) or any list of records with a speech field — as text the parser
    reads, or None if ``text`` is neither. A speech that starts with its own speaker line
    (the Diet's ``○大西委員長　…``) stands as it is; any other gets one made of its
    record's speaker fields — the office, where a record gives only a name, from a list
    of the sitting's people beside the speeches (a crawler's ``speakers``: name, position)."""
    head = text.lstrip("\ufeff \t\r\n")[:1]
    people: dict[str, str] = {}
    if head in "{[":
        import json
        try:
            data = json.loads(text.lstrip("\ufeff"))
        except ValueError:
            # JSON Lines (.jsonl): a record a line
            try:
                data = [json.loads(line) for line in text.lstrip("\ufeff").split("\n") if line.strip()]
            except ValueError:
                return None
            if not data or not all(isinstance(d, dict) for d in data):
                return None
        records = _json_records(data)
        people = _json_people(data)
    elif head == "<" and re.match(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?!html|!DOCTYPE html)[A-Za-z_]",
                                  text.lstrip("\ufeff"), re.IGNORECASE | re.DOTALL):
        import xml.etree.ElementTree as ElementTree
        try:
            root = ElementTree.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff")))
        except ElementTree.ParseError:
            return None
        records = [{child.tag.split("}")[-1]: _xml_text(child) for child in element}
                   for element in root.iter()
                   if any(child.tag.split("}")[-1].lower() in _RECORD_SPEECH for child in element)]
    else:
        return None
    fields = [{str(k).lower(): v for k, v in r.items() if isinstance(v, str)} for r in records]
    sittings = {f["issueid"] for f in fields if f.get("issueid")} or \
        {(f.get("nameofhouse") or "", f["nameofmeeting"], f.get("issue") or "") for f in fields if f.get("nameofmeeting")}
    if len(sittings) > 1:
        # the Diet API's speech search: hits from several sittings, each record naming its own
        raise MinutesError(f"the minutes file holds speeches of {len(sittings)} sittings (a search's hits?), "
                           "not one sitting's minutes — save the minutes of the sitting recorded (the API's "
                           "meeting answer for its issueID)")
    lines: list[str] = []
    for record in records:
        fields = {str(k).lower(): v for k, v in record.items() if isinstance(v, str)}
        speech = next((fields[k] for k in _RECORD_SPEECH if fields.get(k, "").strip()), None)
        if speech is None:
            continue
        if _MARKUP.search(speech):
            # a search system's API serves the speech as a page fragment (DiscussNet SSP:
            # "<pre>○議長（…）　…</pre>"): its text, as a saved page's
            if not re.search(r"<pre\b", speech, re.IGNORECASE):
                # the record's own line breaks are lines, as <br> (a highlight's <b>, a
                # closing <br>: the fragment is no page of paragraphs)
                speech = normalize_newlines(speech).replace("\n", "<br>")
            try:
                speech = html_text(speech.encode("utf-8"))
            except MinutesError:     # a fragment with no text
                continue
        speech = normalize_newlines(speech).strip("\n")
        name = next((fields[k].strip() for k in _RECORD_SPEAKER if fields.get(k, "").strip()), "")
        speech = _named_in_full(speech, name)
        first = speech.split("\n", 1)[0]
        marker, at = layout.split_marker(first)
        if not (marker and layout.parse_label(first, at)):
            office = next((fields[k].strip() for k in _RECORD_ROLE if fields.get(k, "").strip()),
                          people.get("".join(name.split()), ""))
            if name == "会議録情報" or (name.lower() in ("null", "none", "-") and not office and not any(lines)):
                # the Diet's record 0, a dataset's record with no speaker ("null"): the
                # sitting's header (its room, the members present, its business)
                lines.extend(speech.split("\n") + [""])
                continue
            who = f"{office}（{name}）" if office and name else office or name
            if who:
                lines.append(f"発言者：{' '.join(who.split())}")
        lines.extend(speech.split("\n"))
        lines.append("")
    return "\n".join(lines) + "\n" if any(lines) else None


_MARKUP = re.compile(r"</?(?:pre|br|p|div|span|a|b|font|table|tr|td)\b[^<>]*>", re.IGNORECASE)


def _xml_text(element) -> str:
    """An XML element's text, a line break for each <br/> in it."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag.split("}")[-1].lower() == "br" else _xml_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _json_records(data) -> list[dict]:
    """The first list of objects with a speech field anywhere in ``data``."""
    if isinstance(data, list):
        if any(isinstance(x, dict) and any(str(k).lower() in _RECORD_SPEECH for k in x) for x in data):
            return [x for x in data if isinstance(x, dict)]
        items = data
    elif isinstance(data, dict):
        items = list(data.values())
    else:
        return []
    for x in items:
        found = _json_records(x)
        if found:
            return found
    return []


def _json_people(data) -> dict[str, str]:
    """Name → office from the first list of objects anywhere in ``data`` that each give a
    name and an office but no speech (the sitting's people, listed apart from the speeches)."""
    if isinstance(data, list):
        rows = [{str(k).lower(): v for k, v in x.items()} for x in data if isinstance(x, dict)]
        if rows and len(rows) == len(data) and not any(k in _RECORD_SPEECH for r in rows for k in r):
            out = {}
            for r in rows:
                name = next((r[k] for k in _RECORD_SPEAKER if isinstance(r.get(k), str) and r[k].strip()), None)
                office = next((r[k] for k in _RECORD_ROLE if isinstance(r.get(k), str) and r[k].strip()), None)
                if name and office and layout.is_role(layout.compact(office)) \
                        and not layout.compact(office).endswith(("質問者", "答弁者", "発言者")):
                    # (an office: not a vote, 賛成, nor what someone did, 質問者)
                    out["".join(name.split())] = layout.compact(office)
            if out:
                return out
        items = data
    elif isinstance(data, dict):
        items = list(data.values())
    else:
        return {}
    for x in items:
        found = _json_people(x)
        if found:
            return found
    return {}


def _sniff(data: bytes) -> str:
    """The first 64 KB of the file as text, well enough to tell HTML by (UTF-16 too)."""
    head = data[:65536]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore")
    return head.decode("latin-1")


_HTML_START = re.compile(r"<(?:!doctype\s+html|\?xml[^>]*>\s*<(?:!doctype\s+html|html)|!--|(?:html|head|body|meta|title|div|p|table|span|section|article|main"
                         r"|h[1-6]|font|center|pre|br|dl|ul|ol)[\s>/])", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:p|br|div|table|tr|td|th|span|body|html|head|meta|font|li|ul|h[1-6])(?:\s[^<>]*)?/?>|<a\s[^<>]*>",
                       re.IGNORECASE)


def _frameset(head: str) -> bool:
    """A page that is only a frameset (an older minutes system's window): the minutes are in
    one of its frames, a page of its own."""
    return re.search(r"<frameset\b", head, re.IGNORECASE) is not None and \
        re.search(r"<body\b[^>]*>(?:(?!</body).){200,}", head, re.IGNORECASE | re.DOTALL) is None


def _is_html(head: str) -> bool:
    """Is this (the start of a file) an HTML page? It starts with markup (after blank
    lines, a BOM: a doctype, <html>, a comment banner), or tags are everywhere in it —
    not a text file that quotes a tag or kept one <br> of an export."""
    if _HTML_START.match(head.lstrip("\ufeff \t\r\n")):
        return True
    tags = len(_HTML_TAG.findall(head))
    return tags >= 8 and tags * 200 >= len(head)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Table(NamedTuple):
    """A CSV file's header, its rows (a dict a row, keyed by the header's cells) and the
    line each row starts on (for messages: 1 is the file's first)."""
    header: list[str]
    rows: list[dict[str, str]]
    lines: list[int]


def _head_key(cell: str) -> str:
    """A header cell as it is matched: 録画 ファイル, ＲＥＣＯＲＤＩＮＧ and Recording alike."""
    return re.sub(r"[\s\ufeff]", "", unicodedata.normalize("NFKC", cell or "")).lower()


def read_csv_rows(path, columns: Mapping[str, Sequence[str]] | None = None,
                  required: Sequence[str] = ()) -> Table:
    """The header and the rows of a CSV file, in whatever encoding and form Japanese tools
    save it: Excel's CSV is Shift_JIS, its 「Unicode テキスト」 UTF-16 with tabs; UTF-8 with or
    without BOM. Tabs part the cells where they outnumber commas.

    ``columns`` names each column the caller reads by the headers people write for it
    (``{"recording": ("録画", "動画", …)}``): such a header cell is read as its column's
    name. With ``required``, the header is the first of the first ten rows that has those
    columns — a title typed above it (``令和6年度 録画一覧``) is skipped; without one, the
    first row. Raises OSError, csv.Error or :class:`MinutesError` (the bytes decode as no
    known encoding)."""
    import csv

    with open(path, "rb") as f:
        text, _ = decode(f.read())
    sample = [line for line in text.split("\n") if line.strip()][:10]
    tabs = sum(l.count("\t") for l in sample) > sum(l.count(",") for l in sample)
    names = {_head_key(alias): name for name, aliases in (columns or {}).items()
             for alias in (name, *aliases)}
    read = None
    for delimiter in ("\t", ",") if tabs else (",", "\t"):
        records, lines, end = [], [], 0
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        for record in reader:
            records.append(record)
            lines.append(end + 1)         # where it starts (a quoted cell may hold line breaks)
            end = reader.line_num
        at = next((k for k, record in enumerate(records[:10])
                   if required and set(required) <= {names.get(_head_key(c)) for c in record}), None)
        if at is not None or read is None:
            # (the other delimiter only where it finds the header: a tab-separated file whose
            # cells hold comma lists, 議案第1号,議案第2号)
            read = (records, lines, at or 0)
        if at is not None:
            break
    records, lines, at = read
    if not records:
        return Table([], [], [])
    header: list = []
    for c in records[at]:
        name = names.get(_head_key(c))
        # the first column a name stands for holds it (録画,会議録,速報版: the 会議録); the
        # others keep their own heading
        header.append(name if name and name not in header else (c or "").strip())
    rows = []
    for record in records[at + 1:]:
        row = dict(zip(header, record))
        if len(record) > len(header):
            row[None] = record[len(header):]     # (as csv.DictReader keeps extra cells)
        rows.append(row)
    return Table(header, rows, lines[at + 1:])


def _valid_utf8(data: bytes) -> bool:
    """Is ``data`` UTF-8 of text (non-ASCII characters, no ASCII control characters)?"""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not re.search(r"[\x00-\x08\x0e-\x1f\x7f]", text) and re.search(r"[^\x00-\x7f]", text) is not None


def _web_western(text: str) -> bytes:
    """``text`` in the bytes a browser's or an editor's Western (windows-1252, as the WHATWG
    decoder reads it) took it from: the five bytes 1252 leaves undefined read as the C1
    controls of the same number."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if not 0x80 <= ord(ch) <= 0x9f:
                raise
            out.append(ord(ch))
    return bytes(out)


def _unmojibaked(text: str) -> str | None:
    """Japanese that was read in the wrong encoding and saved as UTF-8 (文字化け: ‚±‚ê for
    これ read as Western, 縺薙ｌ for UTF-8 read as Shift_JIS), read back: the characters as
    that encoding wrote them, decoded as what they were. None unless that gives plain
    Japanese (not where the wrong reading lost bytes: �)."""
    for western in ("latin-1", "cp1252", "web-western", "cp932"):
        try:
            raw = _web_western(text) if western == "web-western" else text.encode(western)
        except UnicodeEncodeError:
            continue
        for encoding in ("cp932", "euc-jp", "utf-8"):
            try:
                fixed = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not _BINARY.search(fixed) and _japanese_score(fixed) >= 0.9 and _kana_score(fixed) >= 0.1:
                return fixed
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes; return ``(text, encoding)``.

    A BOM decides (``utf-8-sig``, ``utf-16``); else valid UTF-8 is UTF-8; else CP932,
    EUC-JP and UTF-16 without a BOM may all decode the same bytes, and the one that reads
    as more Japanese (hiragana, 、。) wins. CRLF and CR become LF. Raises
    :class:`MinutesError` when nothing fits.
    """
    # a DOS end-of-file mark (Ctrl-Z) or NUL padding after the text is no part of it
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        core = data.rstrip(b"\x1a")
        if b"\x00" not in core.rstrip(b"\x00"):
            core = core.rstrip(b"\x00")
        data = core.rstrip(b"\x1a")
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif re.search(rb"\x1b\$(?:[@B]|\(Q)", data[:65536]) and not re.search(rb"[\x80-\xff]", data[:65536]):
        # JIS, as some mail programs still save Japanese; written by Windows it may hold the
        # NEC special characters (①, ㈱) that plain ISO-2022-JP lacks: read as their EUC-JP
        # (Windows's own JIS, CP50220, also holds its IBM extensions, 髙 﨑, in rows 89–92,
        # which ISO-2022-JP-2004 reads as other kanji: as CP932 reads them first)
        candidates = ["iso2022_jp", "jis-as-cp932", "iso2022_jp_2004", "jis-as-euc"]
        if re.search(rb"\x1b\$\([OPQ]", data):
            candidates.remove("jis-as-cp932")   # (JIS X 0213 announced: its own rows 89–92)
    else:
        # (EUC-JP from Unix tools holds ① and ㈱ in row 13, as JIS X 0213 does)
        # (Shift_JIS-2004, as macOS writes JIS X 0213, differs from CP932 where CP932 is
        # silent: －, a minutes' page number, is 81AF there)
        # (eucJP-ms, as PHP and iconv write Windows's characters in EUC-JP, holds IBM's 髙 﨑
        # after SS3 at F3F3–F4FE, where EUC-JIS-2004 has other kanji: read that way first;
        # rows 89–94 of two bytes stay EUC-JIS-2004's, 祐)
        candidates = ["utf-8", "cp932", "shift_jis_2004", "euc-jp", "euc-as-cp932", "euc_jis_2004"] + \
            (["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else [])
    decoded = []
    for encoding in candidates:
        try:
            text = _jis_as_euc(data).decode("euc_jis_2004") if encoding == "jis-as-euc" else \
                _euc_as_cp932(_jis_as_euc(data), jis=True) if encoding == "jis-as-cp932" else \
                _euc_as_cp932(data) if encoding == "euc-as-cp932" else data.decode(encoding)
            encoding = {"jis-as-euc": "iso2022_jp", "jis-as-cp932": "iso2022_jp",
                        "euc-as-cp932": "euc-jp"}.get(encoding, encoding)
        except (UnicodeDecodeError, ValueError):
            continue
        stray = _BINARY.findall(text)
        if stray and encoding in ("utf-8", "utf-8-sig") and len(stray) <= max(3, len(text) // 1000) \
                and _japanese_score(text) >= 0.9:
            text = _BINARY.sub("", text)   # a stray control character (a bell, a NUL) in a good file
        elif stray:
            if encoding in ("utf-8", "utf-8-sig") and (fixed := _unmojibaked(text)) is not None:
                return normalize_newlines(fixed), encoding
            continue
        if encoding in ("utf-8", "utf-8-sig", "iso2022_jp", "iso2022_jp_2004"):
            return normalize_newlines(text), encoding   # valid UTF-8 is never a guess
        score = _japanese_score(text)
        # UTF-16 without a BOM is a guess that any even number of bytes passes: only
        # text with plenty of hiragana (as all minutes have) counts.
        if score >= 0.9 and (encoding not in ("utf-16-le", "utf-16-be") or _kana_score(text) >= 0.1):
            decoded.append((score, encoding, text))
    if not decoded:
        if "utf-8" in candidates and _valid_utf8(data):
            raise MinutesError("the minutes file is UTF-8 but its text is garbled (文字化け: Japanese read in "
                               "the wrong encoding before it was saved); open the original file and save it "
                               "as UTF-8 text")
        raise MinutesError(f"the minutes file {UNDECODABLE}")
    score, encoding, text = max(decoded, key=lambda d: (_kana_score(d[2]), d[0]))
    return normalize_newlines(text).removeprefix("\ufeff"), encoding


_JIS_ESCAPE = re.compile(rb"\x1b(\$[@B]|\$\(Q|\$\(O|\([BJ]|\(I)")


def _jis_as_euc(data: bytes) -> bytes:
    """ISO-2022-JP bytes as EUC-JP: each double-byte run's bytes with their high bit set,
    half-width katakana after SS2; ValueError for other escapes or a broken pair."""
    out, mode, pos = bytearray(), b"(B", 0
    for m in [*_JIS_ESCAPE.finditer(data), None]:
        run = data[pos:m.start() if m else len(data)]
        if mode in (b"$@", b"$B", b"$(Q", b"$(O"):
            if len(run.replace(b"\n", b"").replace(b"\r", b"")) % 2:
                raise ValueError("a broken double-byte run")
            out += bytes(b if b in b"\r\n" else b | 0x80 for b in run)
        elif mode == b"(I":
            out += b"".join(b"\x8e" + bytes([b | 0x80]) for b in run)
        else:
            out += run
        if m:
            mode, pos = m.group(1), m.end()
    if b"\x1b" in out:
        raise ValueError("an escape that is not ISO-2022-JP's")
    return bytes(out)


# eucJP-ms (what glibc's iconv, PHP's eucJP-win and Windows-minded Unix tools write): the
# characters JIS X 0212 lacks that Windows has (small and capital roman numerals, ＇＂, ㈱ № ℡,
# IBM's kanji), at 8F F3F3…F3FE, 8F F4A1…F4FE in this order, as iconv's EUC-JP-MS decodes them
# (compatibility ideographs such as U+FA10 塚 kept, as CP932 reads them)
_EUCJP_MS_IBM = ("\u2170\u2171\u2172\u2173\u2174\u2175\u2176\u2177\u2178\u2179\u2160\u2161\u2162\u2163\u2164\u2165"
                 "\u2166\u2167\u2168\u2169\uff07\uff02\u3231\u2116\u2121\u70bb\u4efc\u50f4\u51ec\u5307\u5324\ufa0e"
                 "\u548a\u5759\ufa0f\ufa10\u589e\u5bec\u5cf5\u5d53\ufa11\u5fb7\u6085\u6120\u654e\u663b\u6665\ufa12"
                 "\uf929\u6801\ufa13\ufa14\u6a6b\u6ae2\u6df8\u6df2\u7028\ufa15\ufa16\u7501\u7682\u769e\ufa17\u7930"
                 "\ufa18\ufa19\ufa1a\ufa1b\u7ae7\ufa1c\ufa1d\u7da0\u7dd6\ufa1e\u8362\ufa1f\u85b0\ufa20\ufa21\u8807"
                 "\ufa22\u8b7f\u8cf4\u8d76\ufa23\ufa24\ufa25\u90de\ufa26\u9115\ufa27\ufa28\u9592\uf9dc\ufa29\u973b"
                 "\u974d\u9751\ufa2a\ufa2b\ufa2c\u999e\u9ad9\u9b72\ufa2d\u9ed1")


def _euc_as_cp932(data: bytes, jis: bool = False) -> str:
    """EUC-JP as Windows-minded tools write it (eucJP-ms): each JIS pair read as its
    Shift_JIS pair by CP932 (NEC's characters in row 13: ①, ㈱), half-width katakana after
    SS2, JIS X 0212 after SS3 and eucJP-ms's IBM characters there (:data:`_EUCJP_MS_IBM`).
    Rows 85–94 only from JIS (``jis``: Windows's CP50220 puts IBM's 髙 﨑 in rows 89–92,
    where EUC-JIS-2004 has other kanji, 祐 U+FA4F). ValueError for bytes that are none of
    these."""
    out, k = [], 0
    pairs = bytearray()

    def flush() -> None:
        if pairs:
            out.append(pairs.decode("cp932"))
            pairs.clear()

    while k < len(data):
        b = data[k]
        nxt = data[k + 1] if k + 1 < len(data) else 0
        if b < 0x80:
            pairs.append(b)
            k += 1
        elif b == 0x8E and 0xA1 <= nxt <= 0xDF:
            pairs.append(nxt)
            k += 2
        elif b == 0x8F and k + 2 < len(data) and 0xA1 <= nxt <= 0xFE and 0xA1 <= data[k + 2] <= 0xFE:
            flush()
            at = (nxt - 0xF3) * 94 + data[k + 2] - 0xA1 - (0xF3 - 0xA1) if nxt in (0xF3, 0xF4) else -1
            if 0 <= at < len(_EUCJP_MS_IBM):
                out.append(_EUCJP_MS_IBM[at])
            else:
                out.append(data[k:k + 3].decode("euc_jp"))
            k += 3
        elif 0xA1 <= b <= 0xFE and 0xA1 <= nxt <= 0xFE and (jis or b <= 0xF4):
            j1, j2 = b - 0x80, nxt - 0x80
            pairs += bytes((((j1 + 1) >> 1) + (0x70 if j1 <= 0x5E else 0xB0),
                            j2 + (0x1F + (j2 >= 0x60) if j1 & 1 else 0x7E)))
            k += 2
        else:
            raise ValueError("no EUC-JP that CP932 can read")
    flush()
    return "".join(out)


def _japanese_score(text: str) -> float:
    """Share of characters a Japanese document is made of (1.0 for an empty text)."""
    if not text:
        return 1.0
    return len(_PLAUSIBLE.findall(text)) / len(text)


def _kana_score(text: str) -> float:
    """Share of hiragana and common punctuation: high for real Japanese, low for EUC-JP
    bytes read as CP932 (half-width katakana) and the other way round."""
    if not text:
        return 0.0
    return sum("\u3041" <= ch <= "\u309f" or ch in "、。" for ch in text) / len(text)


# ---------------------------------------------------------------------------- HTML

_DROP = ("script", "style", "noscript", "template", "head", "iframe", "button", "input",
         "select", "option", "svg", "canvas", "rt", "rp")
# page parts that are chrome — unless they hold most of the page's text (a site that
# wraps the whole page in one, as ASP.NET pages do with <form>)
_CHROME_TAGS = ("nav", "header", "footer", "aside", "form")
_PRE_STYLE = re.compile(r"white-space\s*:\s*pre", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# hidden text this short is a preview or a tooltip, not a speech a page folds away
HIDDEN_PREVIEW_MAX = 200
# the page around the minutes, by the class or id a site gives it (CMS pages: the footer
# with お問い合わせ先, the menu, the bread crumbs, the pager)
# (a municipal CMS's template prefixes its parts: tmp_header, tmp_pankuzu, tmp_lnavi, tmp_footer)
_CHROME = re.compile(r"^(?:(?:tmp|site|common|cmn|g|l)[-_])?(?:(?:footer|gnav|global-?nav|breadcrumbs?|pankuzu|"
                     r"topicpath|sidebar|side-?nav|side-?menu|page-?top|pager|pagination|sns-?share|feedback|"
                     r"questionnaire|enquete|contact|inquiry|[lshg]navi)(?:$|[-_])|(?:header|nav|menu|share|foot)$)",
                     re.IGNORECASE)
_CJK = "\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60"
_CJK_WORDS = "\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff"     # kana and kanji: words, not symbols
_IMAGE_MARKERS = "○◯〇●◆◇◎△□■"       # a label's marker, before a name's first character drawn
# the forms of kanji a page describes in an image's alt text, as people name them
_DESCRIBED_KANJI = {"はしご高": "髙", "はしごだか": "髙", "はしごの高": "髙", "たつさき": "﨑", "立つ崎": "﨑",
                    "たつざき": "﨑", "つちよし": "𠮷", "土吉": "𠮷", "つち吉": "𠮷"}
# links that are the page's controls, never the minutes
_NAV_LINKS = {"前を検索", "次を検索", "前へ", "次へ", "このページのトップへ", "ページのトップへ", "ページの先頭へ",
              "ページトップへ", "トップへ戻る", "先頭へ", "末尾へ", "印刷", "印刷する", "閉じる", "ウィンドウを閉じる",
              "戻る", "前のページへ", "次のページへ", "検索結果一覧へ", "一覧へ戻る",
              "全文を見る", "発言全文を見る", "議事録を見る", "会議録を見る", "続きを読む", "もっと見る"}
_BLOCK = {"p", "div", "tr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
          "h6", "table", "thead", "tbody", "tfoot", "section", "article", "main", "header",
          "footer", "aside", "blockquote", "pre", "address", "figure", "caption", "hr", "center",
          "details", "summary"}
# a fold's control (<summary>続きを表示</summary>): the page's, not said
_FOLDS = {"続きを表示", "続きを見る", "全文を表示", "全文表示", "詳細を表示", "詳細", "開く", "閉じる", "表示",
          "もっと見る", "続きを読む", "発言を表示", "発言を開く"}
_CELL = {"td", "th"}


# what office software writes beside a document's text when it saves it as a web page:
# comments, footnotes and endnotes (their lists and their marks in the text) and text a
# tracked change deleted — Word (mso-element:comment-list, msocomanchor, _ftn, msoDel),
# LibreOffice (sdfootnote), Google Docs (#cmnt, #ftnt). None of it was said.
_OFFICE_LISTS = re.compile(r"mso-element:\s*(?:comment-list|footnote-list|endnote-list|comment|footnote|endnote)\b")
_OFFICE_MARKS = {"msocomanchor", "MsoCommentReference", "msocomoff", "msoDel", "sdfootnoteanc", "sdendnoteanc"}
_OFFICE_LINKS = re.compile(r"#(?:_ftn|_edn|_msocom_|_msoanchor_|cmnt|ftnt|sdfootnote|sdendnote)(?:_?ref)?\d")
_FOOTNOTE_MARK = re.compile(r"注[0-9０-９]{0,3}|(?:※|＊|\*)[0-9０-９]{1,3}|[\[［]注?[0-9０-９]{1,3}[\]］]")
_OFFICE_BLOCKS = re.compile(r"(?:sdfootnote|sdendnote|ftn|edn|_com_)\d+")


def _drop_office_notes(soup) -> None:
    for tag in soup.find_all(lambda t: t.name == "del" or bool(_OFFICE_MARKS & set(t.get("class") or ()))
                             or _OFFICE_LISTS.search(t.get("style") or "") is not None
                             or (t.name == "div" and _OFFICE_BLOCKS.fullmatch(t.get("id") or "") is not None)):
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all("a", href=_OFFICE_LINKS):
        if tag.decomposed:
            continue
        target = (tag.get("id") or tag.get("name") or "")
        if re.fullmatch(r"(?:cmnt|ftnt)\d+", target):
            # Google Docs: the comment's or footnote's own block, its back link first
            block = tag.find_parent("div")
            if block is None or len(block.get_text()) > 2000:
                block = tag.find_parent("p")
            (block if block is not None else tag).decompose()
        else:
            (tag.find_parent("sup") or tag).decompose()      # the mark in the text
    for tag in soup.find_all("sup"):
        # a footnote's mark by hand (<sup>注１</sup>, <sup>※1</sup>, <sup>[1]</sup>; not m<sup>2</sup>),
        # and the note it marks where it opens a paragraph (<p><sup>注１</sup>　令和５年度…</p>)
        mark = "".join(tag.get_text().split())
        if tag.decomposed or not _FOOTNOTE_MARK.fullmatch(mark):
            continue
        block = tag.find_parent(["p", "li", "div", "dd", "td"])
        first = block is not None and "".join(block.get_text().split()).startswith(mark)
        note = first and len(block.get_text()) <= 300 and not re.search("(?:ます|です)[。？]", block.get_text())
        (block if note else tag).decompose()      # (not a speech's paragraph: …予定であります。)


_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def html_title(data: bytes) -> str:
    """A saved page's ``<title>``, its whitespace collapsed ("" where it has none)."""
    from bs4 import UnicodeDammit

    head = data[:65536]
    if not _TITLE.search(head.decode("latin-1")):
        return ""
    found = _TITLE.search(UnicodeDammit(head, ["utf-8", "cp932", "euc_jp"]).unicode_markup or "")
    return " ".join(found.group(1).split()) if found else ""


def html_text(data: bytes | str) -> str:
    """The visible text of a saved HTML page, one line per ``<br>``, paragraph, row.

    Scripts, styles, forms, navigation and other page chrome are dropped (unless they
    hold the minutes: see :func:`_holds_the_minutes`); table cells in a row are joined by a
    full-width space; whitespace inside lines collapses as a browser shows it, except in
    ``<pre>``.
    """
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

    from .layout import MARKERS

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(attrs={"aria-hidden": "true"}):
        if not re.search(f"[{_CJK_WORDS}A-Za-z0-9０-９★]", tag.get_text()) and len(tag.get_text().strip()) <= 3:
            tag.decompose()     # an icon (<span aria-hidden="true">▼</span> before ○議長…): decoration
    _drop_office_notes(soup)
    # a search system's list of speakers keeps each speech's first words hidden
    # (<div style="display:none">ただいまから…直ちに日程</div>): not the speech. Only a page
    # whose hidden blocks are all that short and mostly cut off mid-sentence is one; a page
    # that folds its speeches away (a short one among them) keeps them all
    hidden = list(soup.find_all(lambda t: t.has_attr("hidden") or _HIDDEN_STYLE.search(t.get("style") or "")))
    said = ["".join(t.get_text().split()) for t in hidden]
    if said and all(len(x) <= HIDDEN_PREVIEW_MAX for x in said) \
            and sum(bool(x) and x[-1] not in "。．？！?!」）)" for x in said) * 3 >= 2 * len(said):
        for tag in hidden:
            if not tag.decomposed:
                tag.decompose()
    for tag in soup.find_all("a"):
        if "".join(tag.get_text().split()) in _NAV_LINKS:
            tag.decompose()       # 前を検索 次を検索, このページのトップへ, 印刷 閉じる: the page's controls
    for tag in soup.find_all("summary"):
        if "".join(tag.get_text().split()).strip("▶▼▸▾►+＋-－") in _FOLDS:
            tag.decompose()
    for tag in soup.find_all("img"):
        # a character the page draws as a picture (外字: <img alt="𠮷">) inside a name or a
        # sentence: its alt text, or 〓 (the printers' mark for a character not at hand)
        # where it has none and stands between two characters of text
        alt = (tag.get("alt") or "").strip()
        before, after = tag.previous_sibling, tag.next_sibling
        touching = isinstance(before, NavigableString) and re.search(f"[{_CJK}]$", str(before)) \
            or isinstance(after, NavigableString) and re.match(f"[{_CJK}]", str(after))
        # between text on both sides, one of them a kanji: also a name's first character after
        # a label's marker or bracket, its last before the closing bracket (山<img>), ◯<img>田委員)
        inline = touching and isinstance(before, NavigableString) and isinstance(after, NavigableString) \
            and re.search(f"[{_CJK}(「、{_IMAGE_MARKERS}]$", str(before).rstrip()) \
            and re.match(f"[{_CJK})]", str(after).lstrip())
        # drawn as a character: named so (gaiji/…), or the size of one (width="14" height="14")
        # inside a label's brackets or right after its marker (not an icon in a sentence:
        # icon_q.gif, ico_pdf.png after a label or a word)
        sized = all((v := str(tag.get(d) or "")).isdigit() and 0 < int(v) <= 24 for d in ("width", "height")) \
            and isinstance(before, NavigableString) and re.search(f"[（({_IMAGE_MARKERS}]$", str(before).rstrip()) \
            and not re.search(r"ico|btn|arrow|bullet|mark|pdf|new|link|logo", " ".join(
                [tag.get("src") or "", *(tag.get("class") or [])]), re.IGNORECASE)
        if re.fullmatch(f"[{_CJK}\U00020000-\U0003134f][\ufe00-\ufe0f\U000e0100-\U000e01ef]?", alt) and touching:
            tag.replace_with(alt)
        elif inline and alt in _DESCRIBED_KANJI:
            tag.replace_with(_DESCRIBED_KANJI[alt])      # alt="はしご高": the form it describes, 髙
        elif inline and (not alt or "外字" in alt or re.fullmatch("[\u3041-\u309f\u30a0-\u30ffー]{1,8}", alt)
                         or re.fullmatch(f"[\u3041-\u309f\u30a0-\u30ffー]{{1,6}}[{_CJK_WORDS}]", alt)) \
                and (sized or re.search("gaiji|外字|moji|char|kanji", " ".join(
                    [tag.get("src") or "", alt, *(tag.get("class") or [])]), re.IGNORECASE)):
            tag.replace_with("〓")      # (not a decorative icon: icon_new.gif; an alt that says
            #                             外字, gives its reading, たつさき, or describes it, つち吉,
            #                             is no character)
    page = soup.get_text()
    total = len("".join(page.split()))
    # a block of links with no sentence is a menu only on a page whose speech has sentence
    # ends (a page that writes its speech with none, a link a phrase, says nothing by them)
    stops = "。" in page
    for tag in soup.find_all(lambda t: t.name in _CHROME_TAGS or _is_chrome(t) or (stops and _is_link_list(t))):
        if not tag.decomposed and not _holds_the_minutes(tag, total):
            tag.decompose()
    out: list[str] = []
    # headings that hold a label mark a speaker over the speech that follows (江別市:
    # <h4>吉本和子君</h4> over its speech); not headings over 議長（…）　… paragraphs, which
    # name the member whose questions follow
    label_headings = {id(h) for h in _label_headings(soup)}

    def walk(node, pre: bool) -> None:
        for child in node.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                s = str(child)
                if not pre:   # a source line wrapped inside Japanese text (Word's HTML) is no space
                    s = re.sub(rf"(?<=[{_CJK}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_CJK}])", "", s)
                    s = re.sub(r"[ \t\r\n\f]+", " ", s)
                else:         # preformatted lines keep their indent (a heading set in from the
                    #           speech's margin), as full-width spaces the page's end strip leaves
                    s = re.sub(r"(?:(?<=\n)|\A) +", lambda m: "\u3000" * ((len(m.group()) + 1) // 2)
                               if m.start() or _at_line_start(out) else m.group(), s)
                out.append(s)
                continue
            name = child.name
            if name == "br":
                out.append("\n")
            elif name in _CELL and (parts := _label_cell(child)):
                # <td>議長<br>山田太郎</td><td>ただいまから…: the speaker's office and name,
                # a line each in their cell, are one label before the speech cell
                out.append("\u3000".join(parts) + "\u3000")
            elif name in _CELL:
                walk(child, pre)
                out.append("\u3000")
            elif _is_label_element(child) or _inline_label(child, out):
                # <span class="speaker">山田委員</span><span>再質問…: the page says it is a
                # speaker's label; written as a marked label line of a text file
                label = child.get_text().strip()
                starts_line = _at_line_start(out)
                if label and label[0] not in MARKERS and starts_line:
                    out.append("○")      # not ただいまの<a class="speaker-name">佐藤花子</a>議員の…
                walk(child, pre)
                if starts_line:
                    out.append("\u3000")
            elif name == "dt" and _dt_label(child):
                # <dt>浅野委員</dt><dd>市債残高の…</dd>: a term list of speakers and speeches;
                # the term written as a marked label line
                out.append("\n○")
                walk(child, pre)
                out.append("\n")
            elif name in _BLOCK or name == "textarea":
                out.append("\n")
                if id(child) in label_headings:
                    out.append("○")     # <h4>吉本和子君</h4> over the speech: its speaker's label
                elif name in _HEADINGS and child.get_text().strip():
                    # a heading of the page's own between two speeches (<h3>所管事務調査について</h3>):
                    # a section's title, set apart as a rule sets the Diet's (a topic under
                    # a speaker's label, with the speech going on under it, stays said)
                    out.append(HEADING_RULE + "\n")
                walk(child, pre or name in ("pre", "textarea") or bool(_PRE_STYLE.search(child.get("style") or "")))
                out.append("\n")
            else:
                walk(child, pre)

    walk(soup, False)
    # characters a browser shows as nothing: zero-width space, word joiner, soft hyphen, BOM
    shown = re.sub("[\u200b\u2060\u00ad\ufeff]", "", "".join(out))
    lines = [line.strip(" \t").rstrip("\u3000") for line in normalize_newlines(shown).split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    if not text.strip():
        raise MinutesError("the HTML page holds no text; save the minutes page itself "
                           "(the frame or window with the minutes), or copy its text into a .txt file")
    return text


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_TEXT_BLOCKS = ("p", "div", "li", "td", "dd", "pre")


def _label_headings(soup) -> list:
    """The heading elements that are a speaker's label over the speech after them.

    On a page whose paragraphs hold no label, every heading that is a whole label is one
    (江別市). On a page whose paragraphs open with labels too, a heading is one only where
    the paragraphs after it open with none and hold a sentence before the next label: a
    page of <h4> labels with one answer written ``<p>○町長（…）　お答えします。</p>``; not
    a heading naming the member whose labelled exchange follows."""
    heads = [h for h in soup.find_all(_HEADINGS) if _is_label_heading(h.get_text())]
    if not heads:
        return []
    blocks = [tag for tag in soup.find_all(_TEXT_BLOCKS) if not tag.find(_TEXT_BLOCKS)]
    if not any(_starts_with_label(tag.get_text()) for tag in blocks):
        return heads
    return [head for head in heads if _speech_follows(head)]


def _speech_follows(head) -> bool:
    """Does a sentence follow a heading before the next label (heading or labelled block)?"""
    for tag in head.find_all_next((*_HEADINGS, *_TEXT_BLOCKS)):
        text = tag.get_text()
        if tag.name in _TEXT_BLOCKS and tag.find(_TEXT_BLOCKS) or not text.strip():
            continue
        if tag.name in _HEADINGS:
            if _is_label_heading(text):
                return False
        elif _starts_with_label(text):
            return False
        elif re.search("[。？！?!]", text):
            return True
    return False


def _label_cell(tag) -> list[str] | None:
    """The lines of a row's first cell that holds a speaker's label broken over two or
    three short lines (議長 / 山田太郎) and nothing else, before a cell of speech; or None."""
    speech = tag.find_next_sibling(("td", "th"))
    if speech is None or tag.find_previous_sibling(("td", "th")) is not None \
            or not re.search("[。？！?!]", speech.get_text()):
        return None       # (not a roster's cells: １番 / 鈴木花子, ２番 / 佐藤一郎, …)
    parts = [p for p in (" ".join(line.split()) for line in tag.get_text("\n").split("\n")) if p]
    if not 2 <= len(parts) <= 3 or any(len(p) > 20 or re.search("[。？！?!、，]", p) for p in parts):
        return None
    label = _whole_label("\u3000".join(parts))
    return parts if label is not None and label.role and label.name else None


def _whole_label(text: str):
    """The speaker label ``text`` is, with nothing after it, or None."""
    from .layout import parse_label

    label = parse_label(text, 0, loose=True)
    return label if label is not None and not text[label.speech_at:].strip() else None


def _dt_label(tag) -> bool:
    """Is a ``<dt>`` a speaker's label and nothing else, its speech the ``<dd>`` after it?"""
    from .layout import MARKERS

    text = " ".join(tag.get_text().split())
    nxt = tag.find_next_sibling()
    if not text or len(text) > 40 or text[0] in MARKERS or nxt is None or nxt.name != "dd":
        return False
    label = _whole_label(text)
    # (a person: 浅野委員 — not a glossary's <dt>議長</dt><dd>議会を代表し…</dd>)
    return label is not None and bool(label.name)


def _at_line_start(out: list[str]) -> bool:
    """Does the text written so far end a line (or is there none)? Looks back only to
    the last piece with text."""
    for piece in reversed(out):
        text = piece.rstrip(" \t\u3000")
        if text:
            return text.endswith("\n")
    return True


def _holds_the_minutes(tag, total: int) -> bool:
    """Does an element named like the page around the minutes hold them (a site that
    wraps the whole page in one)? More than half the page's text, with speaker lines; or
    a form or header with a marked speaker line in it."""
    from .layout import parse_label, split_marker

    text = tag.get_text("\n")
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    labels = [label for l in lines if (m := split_marker(l))[0] and (label := parse_label(l, m[1])) is not None]
    if tag.name == "form" and labels and any("。" in l and not split_marker(l)[0] for l in lines) \
            or tag.name == "header" and any(label.name for label in labels):
        # a form around some of the speeches (a checkbox a speech, to download them), a
        # speech's own header holding its speaker's label: the minutes, not the page's chrome
        return True
    if len("".join(text.split())) <= total // 2:
        return False
    return sum(1 for l in lines if split_marker(l)[0] or parse_label(l, 0, loose=False)) >= 1


def _is_chrome(tag) -> bool:
    """Is this element the page around the minutes (by its class or id)?"""
    names = list(tag.get("class") or []) + [tag.get("id") or ""]
    return tag.name not in ("html", "body") and any(_CHROME.match(n) for n in names if n)


# an inline element a minutes page names as the speaker's: a space goes after it, as
# between the label and the speech of a text file
_LABEL_CLASS = re.compile(r"^(?:speaker|talker|hatsugen-?sha|spk|speaker-?name)$|^speaker[-_]", re.IGNORECASE)


def _starts_with_label(text: str) -> bool:
    """Does a block's text open with a speaker line (a marker and a label, or a bracketed label)?"""
    from .layout import parse_label, split_marker

    first = next((l.strip() for l in text.split("\n") if l.strip()), "")
    marker, at = split_marker(first)
    return bool(first) and parse_label(first, at, loose=bool(marker)) is not None


def _is_label_heading(text: str) -> bool:
    """Is a heading element's text a speaker's label and nothing else, with no marker
    (a CMS page's ``<h4>議長（島田泰美君）</h4>``, ``<h4>吉本和子君</h4>``)?"""
    from .layout import SPACES, heading_words, is_item_heading, parse_label, split_marker

    text = " ".join(text.split())
    if not text or split_marker(text)[0] or is_item_heading(text) or heading_words(text):
        return False      # ◎ 一般質問, 1　出席議員
    label = parse_label(text, 0, loose=True)
    return label is not None and bool(label.name or label.role) and not text[label.speech_at:].strip(SPACES)


def _is_label_element(tag) -> bool:
    names = list(tag.get("class") or []) + [tag.get("id") or ""]
    return tag.name in ("span", "b", "strong", "em", "a", "label") and any(_LABEL_CLASS.match(n) for n in names if n)


def _inline_label(tag, out: list[str]) -> bool:
    """An inline element that opens a line and holds a whole speaker label — office and
    name (<span>山田太郎議長</span>ただいまから…) — with the speech after it in the same
    block: a label, though the page gives it no class to say so."""
    if tag.name not in ("span", "b", "strong", "em", "label") or not _at_line_start(out):
        return False
    text = " ".join(tag.get_text().split())
    if not 2 <= len(text) <= 30 or re.search("[。？！?!、]", text):
        return False
    label = _whole_label(text)
    if label is None or not (label.role and label.name):
        return False
    after = tag.next_sibling
    broken = False        # (the speech on the next line: <p><strong>村長（岡野修）</strong><br>お答え…)
    while getattr(after, "name", None) == "br" or (
            isinstance(after, str) and not after.strip() and getattr(after.next_sibling, "name", None) == "br"):
        broken, after = True, after.next_sibling
    rest = (after if isinstance(after, str) else after.get_text() if after is not None else "").strip()
    if broken and (after is None or not re.search("[。？！?!]", "".join(
            s if isinstance(s, str) else s.get_text() for s in [after, *after.next_siblings]))):
        return False      # (no sentence below it: a bold row of a roster, <b>市長(岡野修)</b><br>副市長(…))
    return bool(rest) and rest[0] not in "のがをにはとも、。"     # (not <b>山田太郎議長</b>の発言)


def _is_link_list(tag) -> bool:
    """A block that is mostly links and no sentence: a menu, a list of the speakers or of
    the speeches beside the minutes (発言者 / 議長（吉田崇仁） / 市長（大泉潤）…)."""
    if tag.name in ("html", "body", "a") or tag.name not in _BLOCK | {"td", "table", "aside", "section"}:
        return False
    links = tag.find_all("a")
    if len(links) < 3:
        return False
    text = "".join(tag.get_text().split())
    linked = sum(len("".join(a.get_text().split())) for a in links)
    return bool(text) and not re.search("[。．？?！!]", text) and linked >= 0.8 * len(text)


# ---------------------------------------------------------------------------- PDF

# Word's PDFs often put radical code points in the text layer for ordinary kanji: the
# Kangxi radicals (⼀ U+2F00 for 一, ⾏ for 行; NFKC maps them) and some of the CJK
# radicals supplement (⻑ U+2ED1 for 長, which NFKC leaves): 議⻑ must read 議長.
_SUPPLEMENT = str.maketrans("⺟⺠⻁⻄⻆⻑⻘⻝⻤⻩⻭⻯⻲", "母民虎西角長青食鬼黄歯竜亀")


def _unligated(page: str) -> str:
    """A PDF page's text with the Latin ligatures its text layer keeps (ﬁ U+FB01 in a
    browser's footer, ﬁle:///… 1/1) as their letters."""
    return re.sub("[\ufb00-\ufb06]", lambda m: unicodedata.normalize("NFKC", m.group()), page)


def plain_kanji(text: str) -> str:
    """``text`` with radical code points read as the kanji they stand for, and vertical
    presentation forms (︵ ︒ ︑ ﹁: a copy of text written vertically) as the characters
    they stand for."""
    if re.search("[\ufe10-\ufe19\ufe30-\ufe4f]", text):
        text = text.translate(_VERTICAL_FORMS)
    if not re.search("[\u2e80-\u2fdf]", text):
        return text
    text = re.sub("[\u2f00-\u2fd5]", lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text.translate(_SUPPLEMENT)


# a run of lines of one character each on a page written across: a word spread over its
# cell's width (均等割り付け: 議 / 長, 岡 / 田 / 町 / 長 in a Word table's speaker cell),
# which the text layer gives a glyph a line
_SPREAD = re.compile(r"(?:^[^\S\n]*[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff0-9０-９々〆ヶ][^\S\n]*\n){2,12}",
                     re.MULTILINE)   # (letters and digits: not a vote table's ○ × columns)


def _unspread(page: str) -> str:
    """``page`` with each run of one-character lines (see ``_SPREAD``) written as one line."""
    return _SPREAD.sub(lambda m: "".join(m.group().split()) + "\n", page)


def _in_reading_order(page) -> str:
    """pypdf's text of a page, in the order its content draws the text — or, where that
    order runs up the page (lines drawn from the bottom: some imposition tools), in the
    order of the lines' places (pypdf's layout mode), its common indent taken off."""
    items: list[tuple[float, float, float, str]] = []     # x, y, a character's width, text

    def seen(text, cm, tm, font, size) -> None:
        if text.strip():
            scale = (abs(tm[0] * cm[0] + tm[1] * cm[2]) or 1.0)
            items.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5],
                          size * scale, text.strip("\n")))

    text = page.extract_text(visitor_text=seen) or ""
    rows = _table_by_rows(items)
    if rows is not None:
        return rows
    text = _without_ruby(text, items)
    heights = [i[1] for i in items]
    steps = [b - a for a, b in zip(heights, heights[1:]) if abs(b - a) > 1]
    if len(steps) < 4 or sum(step > 0 for step in steps) <= 0.6 * len(steps):
        return text
    lines = [line.rstrip() for line in (page.extract_text(extraction_mode="layout") or "").split("\n")]
    indent = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    return "\n".join(line[indent:] for line in lines)


_KANA_ONLY = re.compile("[\u3041-\u3096\u30a1-\u30faー]{1,12}")


def _without_ruby(text: str, items: list[tuple[float, float, float, str]], small: float = 0.7) -> str:
    """``text`` without the readings printed small over words (ルビ: しょうじ over 東海林, つつじ
    over 躑躅): kana alone in a font under ``small`` times the page's body size. The text
    layer gives them as text of their own, in the middle of the sentence they stand over
    or on a line of their own, and they are not said. pypdf's text is its draws' texts in
    order, so each draw is found after the one before."""
    sizes = sorted(size for _, _, size, t in items for _ in t.strip())
    if not sizes:
        return text
    body = sizes[len(sizes) // 2]
    cuts, cursor = [], 0
    for _, _, size, t in items:
        k = text.find(t, cursor)
        if k < 0:
            continue
        if size <= small * body and _KANA_ONLY.fullmatch(t.strip()):
            a, b = k, k + len(t)
            if (a == 0 or text[a - 1] == "\n") and text[b:b + 1] == "\n":
                b += 1        # a line of its own: the line goes too
            cuts.append((a, b))
        cursor = k + len(t)
    for a, b in reversed(cuts):
        text = text[:a] + text[b:]
    return text


def _table_by_rows(items: list[tuple[float, float, float, str]], least: int = 3) -> str | None:
    """A page's text rebuilt row by row where its content draws a table a column at a
    time — the narrow columns (日程, 発言者: short cells) first, then the speech column
    down the same heights (真狩村's minutes: the text layer gives every speaker of the page
    before any speech) — or None for any other page. Two columns of running text (2段組:
    both wide) are no such table and keep their order."""
    if len(items) < 2 * least:
        return None
    # the speech column: the last pass down the page, after a jump back up
    start = max((k for k in range(1, len(items)) if items[k][1] > items[k - 1][1] + 4), default=None)
    if start is None:
        return None
    speech = items[start:]
    top, bottom = max(i[1] for i in speech), min(i[1] for i in speech)
    left = min(i[0] for i in speech)
    beside = [bottom - 2 <= i[1] <= top + 2 for i in items[:start]]
    cells = [i for i, b in zip(items, beside) if b]
    if len(speech) < least or len(cells) < least or any(i[0] >= left - 2 for i in cells) \
            or max(len("".join(i[3].split())) for i in cells) > 12 \
            or sorted(len("".join(i[3].split())) for i in speech)[len(speech) // 2] < 12:
        return None
    heads = [i for i, b in zip(items, beside) if not b]
    # a cell's lines stay together (議 長 / ( 石 井 豊 ): a line apart, under each other), at
    # the height of its first
    blocks: list[list[tuple[float, float, float, str]]] = []
    for i in cells:
        if blocks and 0 < blocks[-1][-1][1] - i[1] <= 2 * i[2] and abs(blocks[-1][-1][0] - i[0]) <= 3 * i[2]:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    rows = [(-round(b[0][1]), 0, b[0][0], [i[3] for i in b]) for b in blocks] + \
           [(-round(i[1]), 1, i[0], [i[3]]) for i in speech]
    lines: list[str] = [i[3] for i in heads if i[1] > top + 2]
    for *_, texts in sorted(rows, key=lambda r: r[:3]):
        lines += texts
    lines += [i[3] for i in heads if i[1] <= top + 2]
    return "\n".join(lines)


def letter_spaced(line: str, least: int = 4) -> bool:
    """Is every character of ``line`` (most: 80 %) followed by one space, in a line of
    ``least`` characters or more?"""
    chars = [i for i, ch in enumerate(line.rstrip()) if not ch.isspace()]
    if len(chars) < least:
        return False
    spaced = sum(1 for i in chars[:-1] if line[i + 1:i + 2] == " " and not line[i + 2:i + 3].isspace())
    return spaced >= 0.8 * (len(chars) - 1)


def all_spaced(lines: list[str]) -> bool:
    """Do most lines of four characters or more (60 %, three at least) space every
    character (see :func:`letter_spaced`)?"""
    long = [line for line in lines if len("".join(line.split())) >= 4]
    return len(long) >= 3 and sum(map(letter_spaced, long)) >= 0.6 * len(long)


# an OCR layer's ○ at a speaker line's start: Latin O or o, a digit 0 (full width too)
_OCR_MARKER = re.compile(r"^[ \u3000]*[O0oＯ０ｏ](?=[\u3400-\u9fff\uf900-\ufaff])")


def _unspace(page: str) -> str:
    """A page whose text has a space after every character (a scanned page's OCR layer,
    some PDF makers) as written: lines with their single spaces taken out — the short ones
    too (ご ざ い ま す 。), which alone do not look spaced — and an OCR's ○ read as O or 0
    (O 議 長 ( 佐 藤 一 郎 君 )) as ○ where a speaker label follows. Other pages as they are."""
    from .layout import parse_label

    lines = page.split("\n")
    if not all_spaced(lines):
        return page
    out = []
    for line in lines:
        line = re.sub(r"(?<=\S) (?=\S)", "", line)
        if _OCR_MARKER.match(line):
            rest = _OCR_MARKER.sub("", line)
            if parse_label(rest, 0) is not None:
                line = "○" + rest
        out.append(line)
    return "\n".join(out)


def _written_vertically(page: str) -> bool:
    """Could pypdf's text of a page be 縦書き: mostly a character a line, columns lost?
    (A table of names set upright or of ○ and × reads so too: the glyphs decide, see
    :func:`_touching`.)"""
    lines = [compact for line in page.split("\n") if (compact := "".join(line.split()))]
    return len(lines) >= 3 and sum(len(line) <= 2 for line in lines) >= 0.6 * len(lines)


# vertical presentation forms (︵ ︒ ︑ ﹁ …) as the characters they stand for, full width
_VERTICAL_FORMS = {
    code: unicodedata.normalize("NFKC", chr(code)).translate(
        {c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    for code in list(range(0xFE10, 0xFE1A)) + list(range(0xFE30, 0xFE4F))
    if unicodedata.normalize("NFKC", chr(code)) != chr(code)}


def _vertical_pages(data: bytes, numbers: list[int]) -> list[str | None]:
    """The text of pages written vertically, one column a line, right to left.

    pypdf reads such a page a character a line; pdfminer.six gives each glyph's box,
    from which the lines are rebuilt (:func:`_page_lines`).
    """
    import logging

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    logging.getLogger("pdfminer").setLevel(logging.ERROR)    # font warnings, not ours

    def glyphs(obj):
        if isinstance(obj, LTChar):
            yield obj
        elif isinstance(obj, LTContainer):
            for child in obj:
                yield from glyphs(child)

    try:
        pages = [[_Glyph(c.x0, c.y0, c.x1, c.y1, c.get_text()) for c in glyphs(page) if c.get_text()]
                 for page in extract_pages(io.BytesIO(data), page_numbers=numbers, laparams=None)]
    except Exception as e:      # pdfminer raises its own types and plain ones alike
        raise MinutesError(f"the PDF cannot be read ({type(e).__name__}); export its text to a .txt file") from e
    counts = [_touching(found) for found in pages]
    # a short page (the last, a few lines and the running head) goes with the document
    upright_document = any(down >= 10 and down > 2 * across for down, across in counts)
    out: list[str | None] = []
    for found, (down, across) in zip(pages, counts):
        if (down >= 10 and down > 2 * across) or (upright_document and down >= 3):
            out.append(_page_lines(found))      # (its vertical forms: plain_kanji, in pdf_text)
        else:      # written across, a glyph a line in pypdf's reading: rows rebuilt
            out.append(_rows(found) if len(found) >= 20 else None)
    return out


def _touching(glyphs: list[_Glyph]) -> tuple[int, int]:
    """How many glyphs touch the next one below, and how many the next one to the right.
    Text written in columns has far more of the first, text written across far more of
    the second, however close its lines."""
    if not glyphs:
        return 0, 0
    size = _glyph_size(glyphs)
    down = across = 0
    for g, near in _neighbours(glyphs, 1.5 * size):
        for h in near:
            if abs(h.x - g.x) < 0.2 * size and -0.1 * size < g.y0 - h.y1 < 0.15 * size:
                down += 1
            elif abs(h.y - g.y) < 0.2 * size and -0.1 * size < h.x0 - g.x1 < 0.15 * size:
                across += 1
    return down, across


def _neighbours(glyphs: list[_Glyph], reach: float):
    """Each glyph (left to right) with the others whose middles are within ``reach`` of
    its own across the page."""
    order = sorted(glyphs, key=lambda g: g.x)
    xs = [g.x for g in order]
    for g in order:
        lo = bisect.bisect_left(xs, g.x - reach)
        hi = bisect.bisect_right(xs, g.x + reach)
        yield g, [h for h in order[lo:hi] if h is not g]


def _rows(glyphs: list[_Glyph]) -> str:
    """Glyphs written across as lines: rows top to bottom, left to right, a full-width
    space for each em of gap inside a row and of indent from the page's left margin."""
    if not glyphs:
        return ""
    size = _glyph_size(glyphs)
    left = min(g.x0 for g in glyphs)
    lines = []
    for row in _group_rows(glyphs, size):
        row.sort(key=lambda g: g.x0)
        out, edge = ["\u3000" * int((row[0].x0 - left) / size + 0.3)], None
        for g in row:
            if edge is not None and g.x0 - edge >= 0.8 * size:
                out.append("\u3000" * max(1, int((g.x0 - edge) / size + 0.3)))
            out.append(g.text)
            edge = g.x1
        lines.append("".join(out))
    return "\n".join(lines)


def _glyph_size(glyphs: list[_Glyph]) -> float:
    """The median glyph's size: the body text's em."""
    sizes = sorted(max(g.x1 - g.x0, g.y1 - g.y0) for g in glyphs)
    return (sizes[len(sizes) // 2] if sizes else 0.0) or 1.0


def _group_rows(glyphs: list[_Glyph], size: float) -> list[list[_Glyph]]:
    """Glyphs written across grouped into rows (middles within 0.4 em), top row first."""
    rows: list[list[_Glyph]] = []
    for g in sorted(glyphs, key=lambda g: -g.y):
        if rows and abs(rows[-1][0].y - g.y) <= 0.4 * size:
            rows[-1].append(g)
        else:
            rows.append([g])
    return rows


@dataclass(frozen=True)
class _Glyph:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def x(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def y(self) -> float:
        return (self.y0 + self.y1) / 2


def _page_lines(glyphs: list[_Glyph]) -> str:
    """A page's glyphs as lines of text.

    A glyph with another right above or below it (a stack) is written vertically; the
    rest (a running head, a page number) across. Stacked glyphs are cut into tiers at
    empty strips across them, each tier read column by column from the right, top to
    bottom (縦中横 digits side by side in a column left to right); a column that starts
    lower than its tier is indented by as many full-width spaces. The rest is read row by
    row. Blocks come in the order they stand on the page, top first.
    """
    if not glyphs:
        return ""
    size = _glyph_size(glyphs)
    upright, across = [], []
    for g, near in _neighbours(glyphs, size):
        # right above or below: sharing a third of the narrower's width, less than half a
        # character between
        stacked = any(min(g.x1, h.x1) - max(g.x0, h.x0) > 0.3 * min(g.x1 - g.x0, h.x1 - h.x0) and (
            -0.5 * size < h.y0 - g.y1 < 0.5 * size or -0.5 * size < g.y0 - h.y1 < 0.5 * size) for h in near)
        (upright if stacked else across).append(g)
    blocks: list[tuple[float, str]] = []      # (top, text)
    for tier in _tiers(upright, size):
        blocks.append((max(g.y1 for g in tier), _columns(tier, size)))
    for row in _group_rows(across, size):
        blocks.append((max(g.y1 for g in row), "".join(g.text for g in sorted(row, key=lambda g: g.x))))
    return "\n".join(text for _, text in sorted(blocks, key=lambda b: -b[0]) if text.strip())


def _tiers(glyphs: list[_Glyph], size: float) -> list[list[_Glyph]]:
    """Stacked glyphs cut at empty strips across them at least a character high."""
    tiers: list[list[_Glyph]] = []
    low = 0.0
    for g in sorted(glyphs, key=lambda g: -g.y1):
        if not tiers or g.y1 < low - size:
            tiers.append([])
            low = g.y0
        tiers[-1].append(g)
        low = min(low, g.y0)
    return tiers


def _columns(glyphs: list[_Glyph], size: float) -> str:
    columns: list[list] = []      # [mean centre, glyphs]
    for g in sorted(glyphs, key=lambda g: -g.x):
        if columns and abs(columns[-1][0] - g.x) <= 0.6 * size:
            col = columns[-1][1]
            col.append(g)
            columns[-1][0] += (g.x - columns[-1][0]) / len(col)
        else:
            columns.append([g.x, [g]])
    top = max(g.y1 for g in glyphs)
    lines = []
    for _, col in columns:
        col.sort(key=lambda g: -g.y)
        cells: list[list[_Glyph]] = []        # glyphs side by side in a column: 縦中横 (18)
        for g in col:
            if cells and abs(cells[-1][0].y - g.y) <= 0.3 * size:
                cells[-1].append(g)
            else:
                cells.append([g])
        indent = int(max(0.0, top - col[0].y1) / size + 0.25)
        lines.append("\u3000" * indent + "".join(g.text for cell in cells for g in sorted(cell, key=lambda g: g.x)))
    return "\n".join(lines)


def pdf_text(data: bytes) -> str:
    """The text layer of a PDF, page after page (pypdf).

    Raises :class:`MinutesError` for a damaged or locked file, and for a scanned PDF
    (pages but no text): those need a text export or OCR first.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise MinutesError("the PDF is password-protected; save an unlocked copy or export its text to a .txt file")
        pages = [_in_reading_order(page) for page in reader.pages]
    except MinutesError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, NotImplementedError) as e:
        raise MinutesError(f"the PDF cannot be read ({type(e).__name__}); export its text to a .txt file") from e
    upright = [k for k, p in enumerate(pages) if _written_vertically(p)]
    if upright:
        for k, text in zip(upright, _vertical_pages(data, upright)):
            if text is not None:      # None: the glyphs say the page is written across after all
                pages[k] = text
    # a running head or foot on every page (令和６年第１回…会議録, －１－) sits at a page's
    # edge: it goes here, where the pages are still known
    from .layout import strip_page_heads

    pages = strip_page_heads([_unspace(_unspread(plain_kanji(_unligated(normalize_newlines(p))))).rstrip("\n")
                              for p in pages])
    text = "\n".join(pages)
    if len("".join(text.split())) < 10 * max(1, len(pages)) // 2:
        raise MinutesError("the PDF has no text layer (a scanned PDF); export its text "
                           "(or run OCR) and give the .txt file instead")
    return text + "\n"
