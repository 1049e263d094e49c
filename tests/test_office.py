"""Minutes as Word (.docx) and OpenDocument (.odt) files: the text they show, a paragraph a line."""
import io
import zipfile

import pytest

from sync.errors import MinutesError
from sync.minutes import load

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _docx(path, body: str) -> None:
    """A Word document whose body is ``body`` (WordprocessingML), with the parts Word writes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                        f'<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>')
        # a running head and a footnote live in parts of their own: never the speech
        z.writestr("word/header1.xml", f'<w:hdr {W}><w:p><w:r><w:t>令和６年第４回定例会会議録</w:t></w:r></w:p></w:hdr>')
        z.writestr("word/footnotes.xml", f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>注　字句を訂正'
                                         '</w:t></w:r></w:p></w:footnote></w:footnotes>')


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_a_word_documents_paragraphs_are_its_lines(tmp_path):
    path = tmp_path / "minutes.docx"
    _docx(path, _p(_r("令和６年第４回定例会")) +
          _p(_r("○議長（佐藤篤君）"), '<w:r><w:tab/></w:r>', _r("ただいまから本日の会議を開きます。")) +
          _p(_r("○１８番（山田太郎君）　質問いたします。"), '<w:r><w:br/></w:r>', _r("　二点お伺いします。")) +
          _p(_r("○市長（前田晋太郎君）　お答えいたします。")))
    m = load(path)
    assert m.kind == "docx" and m.encoding == "utf-8"
    assert [(t.role, t.name, t.text) for t in m.turns] == [
        ("議長", "佐藤篤", "ただいまから本日の会議を開きます。"),
        ("１８番", "山田太郎", "質問いたします。二点お伺いします。"),
        ("市長", "前田晋太郎", "お答えいたします。")]
    assert "定例会会議録" not in m.source_text and "訂正" not in m.source_text


def test_a_word_document_reads_as_its_changes_accepted_without_furigana_notes_or_hidden_text(tmp_path):
    path = tmp_path / "minutes.docx"
    ruby = ('<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>さとう</w:t></w:r></w:rt>'
            '<w:rubyBase><w:r><w:t>佐藤</w:t></w:r></w:rubyBase></w:ruby></w:r>')
    _docx(path, _p(_r("○議長（"), ruby, _r("篤君）　ただいまから"),
                   '<w:del w:id="1" w:author="a"><w:r><w:delText>昨日の</w:delText></w:r></w:del>',
                   '<w:ins w:id="2" w:author="a"><w:r><w:t>本日の</w:t></w:r></w:ins>',
                   _r("会議を開きます。"), '<w:r><w:footnoteReference w:id="1"/></w:r>',
                   '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（非表示のメモ）</w:t></w:r>',
                   '<w:r><w:commentReference w:id="0"/></w:r>') +
          _p('<w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
             _r("○市長（前田晋太郎君）　"), '</w:hyperlink>',
             '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', _r("お答えいたします。"),
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    m = load(path)
    assert [(t.role, t.name, t.text) for t in m.turns] == [
        ("議長", "佐藤篤", "ただいまから本日の会議を開きます。"), ("市長", "前田晋太郎", "お答えいたします。")]


def test_a_text_box_is_read_once_and_a_table_a_row_a_line(tmp_path):
    path = tmp_path / "minutes.docx"
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
           + _p(_r("〔市長　前田晋太郎君登壇〕")) + '</w:txbxContent></w:drawing></mc:Choice>'
           '<mc:Fallback><w:pict><w:txbxContent>' + _p(_r("〔市長　前田晋太郎君登壇〕"))
           + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    cell = lambda *paras: "<w:tc>" + "".join(_p(_r(x)) for x in paras) + "</w:tc>"
    _docx(path, _p(_r("○議長（佐藤篤君）　市長。")) + _p(box) +
          "<w:tbl><w:tr>" + cell("○市長（前田晋太郎君）") + cell("お答えいたします。", "以上です。") +
          "</w:tr></w:tbl>")
    m = load(path)
    assert m.source_text.count("登壇") == 1
    assert "○市長（前田晋太郎君）\u3000お答えいたします。\n以上です。" in m.source_text
    assert [(t.role, t.text) for t in m.turns] == [("議長", "市長。"), ("市長", "お答えいたします。以上です。")]
    assert m.unplaced == ()      # the stage note is known as one


def test_a_word_document_written_by_python_docx_reads(tmp_path):
    import docx
    d = docx.Document()
    d.add_paragraph("令和６年第４回定例会")
    d.add_paragraph("○議長（佐藤篤君）　ただいまから本日の会議を開きます。")
    d.add_paragraph("○市長（前田晋太郎君）　お答えいたします。")
    d.sections[0].header.paragraphs[0].text = "－１－"
    d.save(tmp_path / "minutes.docx")
    m = load(tmp_path / "minutes.docx")
    assert [(t.role, t.text) for t in m.turns] == [("議長", "ただいまから本日の会議を開きます。"),
                                                  ("市長", "お答えいたします。")]


def _odt(path, body: str, mimetype: str = "application/vnd.oasis.opendocument.text") -> None:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)          # stored first, as the format asks
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
                                  f'<office:body><office:text>{body}</office:text></office:body>'
                                  '</office:document-content>')


def test_an_opendocument_text_reads(tmp_path):
    path = tmp_path / "minutes.odt"
    _odt(path, '<text:tracked-changes><text:changed-region><text:deletion><text:p>消した文</text:p>'
               '</text:deletion></text:changed-region></text:tracked-changes>'
               '<text:h>令和６年第４回定例会</text:h>'
               '<text:p>○議長（<text:ruby><text:ruby-base>佐藤</text:ruby-base><text:ruby-text>さとう</text:ruby-text>'
               '</text:ruby>篤君）<text:s text:c="1"/>ただいまから本日の会議を開きます。'
               '<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>注記</text:p>'
               '</text:note-body></text:note></text:p>'
               '<text:list><text:list-item><text:p>○市長（前田晋太郎君）<text:tab/>お答えいたします。'
               '<text:line-break/>以上です。</text:p></text:list-item></text:list>'
               '<table:table><table:table-row><table:table-cell><text:p>○１８番（山田太郎君）</text:p>'
               '</table:table-cell><table:table-cell><text:p>再質問いたします。</text:p></table:table-cell>'
               '</table:table-row></table:table>')
    m = load(path)
    assert m.kind == "odt"
    assert [(t.role, t.name, t.text) for t in m.turns] == [
        ("議長", "佐藤篤", "ただいまから本日の会議を開きます。"), ("市長", "前田晋太郎", "お答えいたします。以上です。"),
        ("１８番", "山田太郎", "再質問いたします。")]
    assert "消した文" not in m.source_text and "注記" not in m.source_text


def _zip(path, parts: dict) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


@pytest.mark.parametrize("parts, says", [
    ({"xl/workbook.xml": "<workbook/>"}, "a spreadsheet"),
    ({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}, "a spreadsheet"),
    ({"ppt/presentation.xml": "<p/>"}, "not text .slides"),
    ({"minutes.txt": "○議長　開会します。"}, "a ZIP archive; unpack it"),
    ({"word/document.xml": "<w:document"}, "Word document .* whose text cannot be read"),
    ({"word/document.xml": '<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'}, "declaring XML entities"),
    ({"word/styles.xml": "<s/>", "word/document.xml": f"<w:document {W}><w:body></w:body></w:document>"},
     "Word document .* with no text"),
])
def test_office_files_that_hold_no_minutes_say_what_they_are(tmp_path, parts, says):
    path = tmp_path / "minutes.bin"
    _zip(path, parts)
    with pytest.raises(MinutesError, match=says):
        load(path)


def test_a_damaged_office_file_is_refused_in_one_line(tmp_path):
    path = tmp_path / "minutes.docx"
    buf = io.BytesIO()
    _docx(buf, _p(_r("○議長（佐藤篤君）　開会します。")))
    path.write_bytes(buf.getvalue()[:200])       # cut short, as a failed download leaves it
    with pytest.raises(MinutesError, match="cannot be read") as e:
        load(path)
    assert "\n" not in str(e.value)
