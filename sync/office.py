"""Minutes as office documents: Word (.docx) and OpenDocument text (.odt).

Editors get a speed version from the stenographers' office as a Word file, and some
assemblies publish their minutes so. Both formats are ZIP archives of XML; the text is
read here from the document's body part with the standard library's XML parser, walking
what the document *shows*:

- paragraphs and headings, a line each; a table a row a line, its cells joined by a
  full-width space (as :func:`sync.sources.html_text` joins a page's cells); a text box
  after the paragraph that anchors it, once (Word stores each text box twice: for new and
  for old readers);
- tracked changes as accepted: inserted text kept, deleted text (``w:del``, moved-from
  text) left out — what the document reads when its changes are accepted;
- furigana (ruby) left out, the base text kept (佐藤（さとう）: 佐藤);
- hidden text, footnotes, endnotes, comments and field codes left out; a page's running
  head and foot live in other parts and are not read.

python-docx's ``Paragraph.text`` reads only a paragraph's direct runs: it loses the text
of tracked insertions and of ruby bases (a name with furigana), so this walks the XML
itself. A document holding a DOCTYPE (an entity declaration: no office program writes
one) is refused rather than expanded.
"""
from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from .errors import MinutesError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"

_MAX_PART = 256 * 1024 * 1024   # uncompressed bytes of one part: more is no minutes text

# Word: elements whose text is not shown (deleted or moved away, furigana, field codes,
# the copy of a text box for old readers, notes' and comments' marks)
_W_SKIP = {_W + n for n in ("del", "moveFrom", "rt", "instrText", "delInstrText", "footnoteReference",
                            "endnoteReference", "commentReference", "annotationRef", "pPr", "rPr",
                            "sectPr", "tblPr", "trPr", "tcPr", "tblGrid")} | {_MC + "Fallback"}
# OpenDocument: the same (furigana, notes, comments, the list of tracked changes)
_ODT_SKIP = {_TEXT + "ruby-text", _TEXT + "note", _OFFICE + "annotation", _TEXT + "tracked-changes",
             _TEXT + "note-citation", _OFFICE + "annotation-end"}


def _part(data: bytes, name: str, what: str) -> ElementTree.Element:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo(name)
            if info.file_size > _MAX_PART:
                raise MinutesError(f"the minutes file is {what} whose text part is too large to be minutes "
                                   f"({info.file_size // 2**20} MB)")
            xml = z.read(name)
    except KeyError:
        raise MinutesError(f"the minutes file is {what} with no document text in it "
                           f"({name} missing); open it in an office program and save it again") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError, EOFError) as e:
        raise MinutesError(f"the minutes file is {what} that cannot be read ({type(e).__name__}: it is "
                           "damaged or cut short); open it in an office program and save it again") from e
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise MinutesError(f"the minutes file is {what} declaring XML entities, which no office program "
                           "writes; save it again from an office program")
    try:
        return ElementTree.fromstring(xml)
    except ElementTree.ParseError as e:
        raise MinutesError(f"the minutes file is {what} whose text cannot be read ({e}); open it in an "
                           "office program and save it again") from e


def _finish(lines: list[str], what: str) -> str:
    text = "\n".join(line.rstrip(" \t\u3000") for line in "\n".join(lines).split("\n"))
    # characters shown as nothing: zero-width space, word joiner, soft hyphen, BOM
    text = re.sub("[\u200b\u2060\u00ad\ufeff]", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    if not text.strip():
        raise MinutesError(f"the minutes file is {what} with no text in it")
    return text


# ---------------------------------------------------------------------------- Word

def docx_text(data: bytes) -> str:
    """The text a Word document (.docx) shows, a paragraph a line (see the module docstring)."""
    what = "a Word document (.docx)"
    root = _part(data, "word/document.xml", what)
    body = root.find(_W + "body")
    lines: list[str] = []
    if body is not None:
        _w_blocks(body, lines)
    return _finish(lines, what)


def _w_blocks(parent: ElementTree.Element, lines: list[str]) -> None:
    """Paragraphs and tables under ``parent`` (a body, a cell, a content control), in order."""
    for child in parent:
        tag = child.tag
        if tag == _W + "p":
            _w_paragraph(child, lines)
        elif tag == _W + "tbl":
            for row in _w_children(child, "tr"):
                cells = []
                for cell in _w_children(row, "tc"):
                    inner: list[str] = []
                    _w_blocks(cell, inner)
                    cells.append("\n".join(x for x in inner if x.strip()))
                lines.append("\u3000".join(c for c in cells if c))
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo"):
            _w_blocks(child, lines)


def _w_children(parent: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    """``parent``'s ``w:name`` children in order, those wrapped in a content control or a
    tracked insertion included (a table's rows, a row's cells)."""
    out = []
    for child in parent:
        if child.tag == _W + name:
            out.append(child)
        elif child.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins"):
            out.extend(_w_children(child, name))
    return out


def _w_paragraph(p: ElementTree.Element, lines: list[str]) -> None:
    out: list[str] = []
    boxes: list[str] = []

    def walk(el: ElementTree.Element) -> None:
        for child in el:
            tag = child.tag
            if tag in _W_SKIP:
                continue
            if tag == _W + "r":
                rpr = child.find(_W + "rPr")
                if rpr is not None and (rpr.find(_W + "vanish") is not None
                                        or rpr.find(_W + "webHidden") is not None):
                    continue
                walk(child)
            elif tag == _W + "t":
                out.append(child.text or "")
            elif tag == _W + "tab" or tag == _W + "ptab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("‐")
            elif tag == _W + "sym":
                code = child.get(_W + "char") or ""
                if re.fullmatch("[0-9A-Fa-f]{4}", code) and not 0xF000 <= int(code, 16) <= 0xF0FF:
                    out.append(chr(int(code, 16)))     # (F0xx: a symbol font's private glyph)
            elif tag == _W + "txbxContent":
                inner: list[str] = []
                _w_blocks(child, inner)
                boxes.extend(inner)
            else:
                walk(child)           # hyperlinks, fields' results, smart tags, ruby bases, ins

    walk(p)
    lines.append("".join(out))
    lines.extend(boxes)


# ---------------------------------------------------------------------------- OpenDocument

def odt_text(data: bytes) -> str:
    """The text an OpenDocument text file (.odt) shows, a paragraph a line."""
    what = "an OpenDocument text (.odt)"
    root = _part(data, "content.xml", what)
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    lines: list[str] = []
    if body is not None:
        _odt_blocks(body, lines)
    return _finish(lines, what)


def _odt_blocks(parent: ElementTree.Element, lines: list[str]) -> None:
    for child in parent:
        tag = child.tag
        if tag in _ODT_SKIP:
            continue
        if tag in (_TEXT + "p", _TEXT + "h"):
            _odt_paragraph(child, lines)
        elif tag == _TABLE + "table":
            for row in child.iter(_TABLE + "table-row"):
                cells = []
                for cell in row.findall(_TABLE + "table-cell"):
                    inner: list[str] = []
                    _odt_blocks(cell, inner)
                    cells.append("\n".join(x for x in inner if x.strip()))
                lines.append("\u3000".join(c for c in cells if c))
        elif tag.startswith(_TABLE):
            continue                      # (a table's columns and headers are walked as rows above)
        else:
            _odt_blocks(child, lines)     # lists, list items, sections, index bodies


def _odt_paragraph(p: ElementTree.Element, lines: list[str]) -> None:
    out: list[str] = []
    boxes: list[str] = []

    def walk(el: ElementTree.Element) -> None:
        if el.text:
            out.append(el.text)
        for child in el:
            tag = child.tag
            if tag in _ODT_SKIP:
                pass
            elif tag == _TEXT + "s":
                out.append(" " * int(child.get(_TEXT + "c") or 1))
            elif tag == _TEXT + "tab":
                out.append("\t")
            elif tag == _TEXT + "line-break":
                out.append("\n")
            elif tag.endswith("}text-box"):
                inner: list[str] = []
                _odt_blocks(child, inner)
                boxes.extend(inner)
            else:
                walk(child)                # spans, links, ruby bases, fields' shown text
            if child.tail:
                out.append(child.tail)

    walk(p)
    lines.append("".join(out))
    lines.extend(boxes)
