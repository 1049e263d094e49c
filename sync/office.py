"""Minutes as office documents: Word (.docx) and OpenDocument text (.odt).

Editors get a speed version from the stenographers' office as a Word file, and some
assemblies publish their minutes so. Both formats are ZIP archives of XML; the text is
read here from the document's body part with the standard library's XML parser, walking
what the document *shows*:

- paragraphs and headings, a line each; a table a row a line, its cells joined by a
  full-width space (as :func:`sync.sources.html_text` joins a page's cells); a text box or
  a shape's text on lines of its own after the paragraph that anchors it, once (Word
  stores each text box twice: for new and for old readers); a drop cap joined to its
  paragraph;
- tracked changes as accepted: inserted text kept, deleted text (``w:del``, moved-from
  text) left out, a paragraph whose mark was deleted joined to the next;
- furigana (ruby) left out, the base text kept (佐藤（さとう）: 佐藤);
- hidden text (by the run, by a character style, by an OpenDocument style or section),
  footnotes, endnotes, comments, field codes and pictures' titles and descriptions left
  out; a page's running head and foot live in other parts and are not read.

The main part is found through the package's relationships (Word Online and SharePoint
save it as ``word/document2.xml``); Strict Open XML is read as the transitional form.

python-docx's ``Paragraph.text`` reads only a paragraph's direct runs: it loses the text
of tracked insertions and of ruby bases (a name with furigana), so this walks the XML
itself. A part declaring a DOCTYPE or entities (no office program writes one) is refused
rather than expanded; parts are read in bounded chunks, so a ZIP bomb costs no memory.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from xml.etree import ElementTree

from .errors import MinutesError
from .layout import HEADING_RULE

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"

WORD = "a Word document (.docx)"
ODT = "an OpenDocument text (.odt)"
_MAX_PART = 256 * 1024 * 1024   # uncompressed bytes of one part: more is no minutes text
_OFF = ("0", "false", "off", "none")

# Word: elements whose text is not shown (deleted or moved away, furigana, field codes,
# notes' and comments' marks, properties)
_W_SKIP = {_W + n for n in ("del", "moveFrom", "rt", "instrText", "delInstrText", "footnoteReference",
                            "endnoteReference", "commentReference", "annotationRef", "pPr", "rPr",
                            "sectPr", "tblPr", "trPr", "tcPr", "tblGrid")}
# OpenDocument: the same (furigana, notes, comments, the list of tracked changes, the
# title and description of a picture or a shape)
_ODT_SKIP = {_TEXT + "ruby-text", _TEXT + "note", _OFFICE + "annotation", _TEXT + "tracked-changes",
             _TEXT + "note-citation", _OFFICE + "annotation-end", _SVG + "title", _SVG + "desc"}


# ---------------------------------------------------------------------------- the package

class _Package:
    """The ZIP archive of an office document, its parts read with bounds."""

    def __init__(self, data: bytes, what: str = "a ZIP file (maybe an office document)") -> None:
        self.what = what
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            self.names = set(self.zip.namelist())
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError, EOFError) as e:
            raise self.damaged(e) from e
        # an OpenDocument's type, its first entry (its first bytes only: a bomb costs nothing)
        self.mimetype = self.read("mimetype", limit=100, cut=True).decode("ascii", "replace").strip() \
            if "mimetype" in self.names else ""

    def damaged(self, e: BaseException) -> MinutesError:
        return MinutesError(f"the minutes file is {self.what} that cannot be read ({type(e).__name__}: it is "
                            "damaged or cut short); open it in an office program and save it again")

    def read(self, name: str, limit: int = _MAX_PART, cut: bool = False) -> bytes:
        """Part ``name``'s bytes; refused past ``limit`` (counted as it is unpacked, not as
        the archive declares it), or with ``cut`` its first ``limit`` bytes."""
        try:
            info = self.zip.getinfo(name)
            if info.flag_bits & 0x1:
                raise MinutesError(f"the minutes file is {self.what} protected by a password; save an unlocked "
                                   "copy or export its text to a .txt file")
            out = bytearray()
            with self.zip.open(info) as part:
                while chunk := part.read(min(1 << 20, limit + 1 - len(out))):
                    out += chunk
                    if cut and len(out) >= limit:
                        return bytes(out[:limit])
                    if len(out) > limit:
                        raise MinutesError(f"the minutes file is {self.what} whose part {name} is too large "
                                           f"to be minutes (over {limit // 2**20} MB)")
            return bytes(out)
        except MinutesError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError, EOFError,
                NotImplementedError, ValueError) as e:
            raise self.damaged(e) from e

    def xml(self, name: str) -> ElementTree.Element:
        """Part ``name`` parsed; a part declaring a DOCTYPE or entities is refused."""
        return parse_xml(self.read(name), self.what)


def parse_xml(data: bytes, what: str) -> ElementTree.Element:
    """``data`` parsed as XML, refusing a DOCTYPE or an entity declaration in any encoding."""
    head = data[:4]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head in (b"<\x00?\x00", b"\x00<\x00?"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise MinutesError(f"the minutes file is {what} whose text cannot be read ({e.reason}); open "
                               "it in an office program and save it again") from e
        data = re.sub(r"""encoding\s*=\s*["'][^"']*["']""", 'encoding="UTF-8"', text.lstrip("\ufeff"),
                      count=1).encode("utf-8")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise MinutesError(f"the minutes file is {what} declaring XML entities, which no office program "
                           "writes; save it again from an office program")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as e:
        raise MinutesError(f"the minutes file is {what} whose text cannot be read ({e}); open it in an "
                           "office program and save it again") from e


def zip_text(data: bytes) -> tuple[str, str]:
    """The text of a ZIP file given as the minutes and its kind (``"docx"`` or ``"odt"``);
    a workbook, a slide deck or any other archive is refused, saying what to give instead."""
    pkg = _Package(data)
    if pkg.mimetype == "application/vnd.oasis.opendocument.text":
        pkg.what = ODT
        return _guarded(_odt_text, pkg, ODT), "odt"
    if "word/document.xml" in pkg.names or "[Content_Types].xml" in pkg.names and any(
            n.startswith("word/") and n.endswith(".xml") for n in pkg.names):
        pkg.what = WORD
        return _guarded(_docx_text, pkg, WORD), "docx"
    if any(n.startswith("xl/") for n in pkg.names) or pkg.mimetype == "application/vnd.oasis.opendocument.spreadsheet":
        raise MinutesError("the minutes file is a spreadsheet (.xlsx, .ods); save the sheet with the "
                           "speeches as CSV")
    if any(n.startswith("ppt/") for n in pkg.names) or pkg.mimetype.startswith("application/vnd.oasis.opendocument"):
        raise MinutesError("the minutes file is an office document that is not text (slides or a "
                           "drawing); give the minutes as text, a Word or OpenDocument text, HTML or PDF")
    raise MinutesError("the minutes file is a ZIP archive; unpack it and give the minutes file inside")


def _row_line(cells: list[ElementTree.Element], blocks) -> str:
    """A table's row as a line: each cell's lines (``blocks`` reads them) joined, the cells
    joined by a full-width space."""
    texts = []
    for k, cell in enumerate(cells):
        inner: list[str] = []
        blocks(cell, inner)
        lines = [x for x in inner if x.strip()]
        # a cell before others holding short lines and no sentence (委員長 / 中村一郎: a
        # speaker's office and name a paragraph each) is one label, its lines on one line
        short = k + 1 < len(cells) and 2 <= len(lines) <= 3 and all(
            len(x.strip()) <= 12 and not re.search("[。、？！]", x) for x in lines)
        texts.append(("\u3000" if short else "\n").join(x.strip() if short else x for x in lines))
    return "\u3000".join(t for t in texts if t)


def _finish(lines: list[str], what: str, why_empty: str = "") -> str:
    text = "\n".join(line.rstrip(" \t\u3000") for line in "\n".join(lines).split("\n"))
    # characters shown as nothing: zero-width space, word joiner, soft hyphen, BOM
    text = re.sub("[\u200b\u2060\u00ad\ufeff]", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    if not text.strip():
        raise MinutesError(f"the minutes file is {what} with no text in it{why_empty}")
    return text


def _guarded(read, pkg: _Package, what: str) -> str:
    try:
        return read(pkg)
    except RecursionError:
        raise MinutesError(f"the minutes file is {what} nested too deeply to read (tables in tables…); "
                           "open it in an office program and save it as text") from None


# ---------------------------------------------------------------------------- Word

def _docx_text(pkg: _Package) -> str:
    """The text a Word document (.docx) shows, a paragraph a line (see the module docstring)."""
    main = _main_part(pkg)
    root = _transitional(pkg.xml(main))
    body = root.find(_W + "body")
    lines: list[str] = []
    if body is not None:
        _Word(*_styles(pkg, posixpath.join(posixpath.dirname(main), "styles.xml"))).blocks(body, lines)
    alt = body is not None and body.find(f".//{_W}altChunk") is not None
    return _finish(lines, WORD, " that Word shows (its text is in imported parts only Word assembles: open "
                                "it in Word and save it again)" if alt else "")


def _main_part(pkg: _Package) -> str:
    """The document's main part: the officeDocument relationship's target (Word Online
    and SharePoint write ``word/document2.xml``), else ``word/document.xml``."""
    if "_rels/.rels" in pkg.names:
        for rel in pkg.xml("_rels/.rels").iter(_REL + "Relationship"):
            if (rel.get("Type") or "").endswith("/officeDocument"):
                target = (rel.get("Target") or "").lstrip("/")
                if target in pkg.names:
                    return target
    if "word/document.xml" in pkg.names:
        return "word/document.xml"
    raise MinutesError(f"the minutes file is {WORD} with no document text in it (its main part is "
                       "missing); open it in an office program and save it again")


def _transitional(root: ElementTree.Element) -> ElementTree.Element:
    """A Strict Open XML part read as the transitional form (the same elements in another
    namespace)."""
    if not root.tag.startswith(_W_STRICT):
        return root
    n = len(_W_STRICT)
    for el in root.iter():
        if el.tag.startswith(_W_STRICT):
            el.tag = _W + el.tag[n:]
        for key in [k for k in el.attrib if k.startswith(_W_STRICT)]:
            el.attrib[_W + key[n:]] = el.attrib.pop(key)
    return root


def _on(el: ElementTree.Element | None) -> bool:
    """Is a Word toggle property (``w:vanish``) set? ``w:val="0"`` turns it off."""
    return el is not None and (el.get(_W + "val") or "true").lower() not in _OFF


def _styles(pkg: _Package, name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The ids of the character and paragraph styles that hide their text, and of the
    paragraph styles that make a heading (見出し 1, heading 2, Title, or a style with an
    outline level)."""
    if name not in pkg.names:
        return frozenset(), frozenset()
    hidden, headings = set(), set()
    for style in _transitional(pkg.xml(name)).iter(_W + "style"):
        sid = style.get(_W + "styleId") or ""
        rpr = style.find(_W + "rPr")
        if rpr is not None and _on(rpr.find(_W + "vanish")):
            hidden.add(sid)
        named = style.find(_W + "name")
        said = (named.get(_W + "val") or "").lower() if named is not None else ""
        ppr = style.find(_W + "pPr")
        if style.get(_W + "type") == "paragraph" and (said.startswith(("heading", "見出し")) or said == "title" or (
                ppr is not None and ppr.find(_W + "outlineLvl") is not None)):
            headings.add(sid)
    return frozenset(hidden - {""}), frozenset(headings - {""})


class _Word:
    def __init__(self, hidden: frozenset[str], headings: frozenset[str] = frozenset()) -> None:
        self.hidden = hidden
        self.headings = headings

    def blocks(self, parent: ElementTree.Element, lines: list[str]) -> None:
        """Paragraphs and tables under ``parent`` (a body, a cell, a content control), in order."""
        carry = ""        # a paragraph joined to the next: its mark deleted, or a drop cap
        for child in parent:
            tag = child.tag
            if tag == _W + "p":
                text, boxes, joins = self.paragraph(child)
                style = child.find(f"{_W}pPr/{_W}pStyle")
                if style is not None and style.get(_W + "val") in self.headings and text.strip() and not carry:
                    lines.append(HEADING_RULE)     # an agenda item between two speeches: a title
                if joins:
                    carry += text
                else:
                    lines.append(carry + text)
                    carry = ""
                lines.extend(boxes)
            elif tag == _W + "tbl":
                lines.extend(_row_line(_w_children(row, "tc"), self.blocks) for row in _w_children(child, "tr"))
            elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo"):
                self.blocks(child, lines)
        if carry:
            lines.append(carry)

    def paragraph(self, p: ElementTree.Element) -> tuple[str, list[str], bool]:
        """A paragraph's shown text, the lines of the text boxes it anchors, and whether it
        runs on into the next paragraph."""
        out: list[str] = []
        boxes: list[str] = []
        ppr = p.find(_W + "pPr")
        joins = False
        if ppr is not None:
            mark = ppr.find(_W + "rPr")
            frame = ppr.find(_W + "framePr")
            joins = (mark is not None and mark.find(_W + "del") is not None) or (
                frame is not None and (frame.get(_W + "dropCap") or "none") != "none")
            style = ppr.find(_W + "pStyle")
            if style is not None and style.get(_W + "val") in self.hidden:
                return "", [], False

        def walk(el: ElementTree.Element) -> None:
            for child in el:
                tag = child.tag
                if tag in _W_SKIP:
                    continue
                if tag == _W + "r":
                    rpr = child.find(_W + "rPr")
                    if rpr is not None:
                        style = rpr.find(_W + "rStyle")
                        own = rpr.find(_W + "vanish")
                        if _on(own) or (own is None and style is not None and style.get(_W + "val") in self.hidden):
                            continue
                    walk(child)
                elif tag == _W + "t":
                    out.append(child.text or "")
                elif tag == _W + "tab" or tag == _W + "ptab":
                    out.append("\t")
                elif tag in (_W + "br", _W + "cr"):
                    out.append("\n")
                elif tag == _W + "noBreakHyphen":
                    out.append("‑")
                elif tag == _W + "sym":
                    code = child.get(_W + "char") or ""
                    if re.fullmatch("[0-9A-Fa-f]{4}", code) and not 0xF000 <= int(code, 16) <= 0xF0FF:
                        out.append(chr(int(code, 16)))     # (F0xx: a symbol font's private glyph)
                elif tag == _MC + "AlternateContent":
                    # the choice for new readers where it holds text this reads (a text box),
                    # else the fallback (an emoji Word 2016 writes as a symbol for new readers)
                    choice, fallback = child.find(_MC + "Choice"), child.find(_MC + "Fallback")
                    readable = choice is not None and any(
                        e.tag in (_W + "t", _W + "txbxContent") for e in choice.iter())
                    if readable or fallback is None:
                        walk(choice if choice is not None else child)
                    else:
                        walk(fallback)
                elif tag == _W + "txbxContent":
                    self.blocks(child, boxes)
                else:
                    walk(child)       # hyperlinks, fields' results, smart tags, ruby bases, ins

        walk(p)
        return "".join(out), boxes, joins


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


# ---------------------------------------------------------------------------- OpenDocument

def _odt_text(pkg: _Package) -> str:
    """The text an OpenDocument text file (.odt) shows, a paragraph a line."""
    if "META-INF/manifest.xml" in pkg.names and b"encryption-data" in pkg.read("META-INF/manifest.xml"):
        raise MinutesError(f"the minutes file is {ODT} protected by a password; save an unlocked copy or "
                           "export its text to a .txt file")
    if "content.xml" not in pkg.names:
        raise MinutesError(f"the minutes file is {ODT} with no document text in it (content.xml missing); "
                           "open it in an office program and save it again")
    root = pkg.xml("content.xml")
    hidden = _odt_hidden_styles(root)
    if "styles.xml" in pkg.names:
        hidden |= _odt_hidden_styles(pkg.xml("styles.xml"))
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    lines: list[str] = []
    if body is not None:
        _Odt(frozenset(hidden)).blocks(body, lines)
    return _finish(lines, ODT)


def _odt_hidden_styles(root: ElementTree.Element) -> set[str]:
    """The names of the styles whose text is not displayed."""
    out = set()
    for style in root.iter(_STYLE + "style"):
        props = style.find(_STYLE + "text-properties")
        if props is not None and props.get(_TEXT + "display") == "none":
            out.add(style.get(_STYLE + "name") or "")
    return out - {""}


class _Odt:
    def __init__(self, hidden: frozenset[str]) -> None:
        self.hidden = hidden

    def shown(self, el: ElementTree.Element) -> bool:
        return el.tag not in _ODT_SKIP and el.get(_TEXT + "display") != "none" \
            and el.get(_TEXT + "style-name") not in self.hidden

    def blocks(self, parent: ElementTree.Element, lines: list[str]) -> None:
        for child in parent:
            tag = child.tag
            if not self.shown(child):
                continue
            if tag in (_TEXT + "p", _TEXT + "h"):
                self.paragraph(child, lines)
            elif tag == _TABLE + "table":
                lines.extend(_row_line(row.findall(_TABLE + "table-cell"), self.blocks) for row in self.rows(child))
            elif tag.startswith(_TABLE):
                continue                      # (a table's columns: its rows are walked above)
            else:
                self.blocks(child, lines)     # lists, list items, sections, index bodies, frames

    @staticmethod
    def rows(table: ElementTree.Element) -> list[ElementTree.Element]:
        """A table's own rows (not those of a table in one of its cells)."""
        out = []
        for child in table:
            if child.tag == _TABLE + "table-row":
                out.append(child)
            elif child.tag in (_TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group"):
                out.extend(_Odt.rows(child))
        return out

    def paragraph(self, p: ElementTree.Element, lines: list[str]) -> None:
        out: list[str] = []
        boxes: list[str] = []

        def walk(el: ElementTree.Element) -> None:
            if el.text:
                out.append(el.text)
            for child in el:
                tag = child.tag
                if not self.shown(child):
                    pass
                elif tag == _TEXT + "s":
                    out.append(" " * int(child.get(_TEXT + "c") or 1))
                elif tag == _TEXT + "tab":
                    out.append("\t")
                elif tag == _TEXT + "line-break":
                    out.append("\n")
                elif tag in (_TEXT + "p", _TEXT + "h", _TABLE + "table") or tag.endswith("}text-box"):
                    self.blocks(child if tag.endswith("}text-box") else _wrapped(child), boxes)
                else:
                    walk(child)                # spans, links, ruby bases, fields, frames, shapes
                if child.tail:
                    out.append(child.tail)

        walk(p)
        lines.append("".join(out))
        lines.extend(boxes)


def _wrapped(el: ElementTree.Element) -> ElementTree.Element:
    """``el`` as the only child of a new element (to walk it as a block)."""
    holder = ElementTree.Element("holder")
    holder.append(el)
    return holder
