"""Word and EPUB structure: headings, lists, tables, footnotes; the spine's reading order."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from briefreader.loading import load_document


def test_docx_headings_lists_tables(tmp_path):
    d = docx.Document()
    d.core_properties.title = "Flash update 3"
    d.add_heading("Flash update 3", level=1)
    d.add_paragraph("Floods displaced 12,000 people in the north, officials said on Monday.")
    d.add_heading("Needs", level=2)
    d.add_paragraph("Shelter for families", style="List Bullet")
    d.add_paragraph("Clean water", style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    for r, row in enumerate([("District", "Displaced"), ("Kurigram", "8,000")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "update.docx"
    d.save(str(path))
    doc = load_document(path)
    blocks = [(b.kind, doc.block_text(b)) for b in doc.blocks]
    assert blocks == [
        ("title", "Flash update 3"),
        ("paragraph", "Floods displaced 12,000 people in the north, officials said on Monday."),
        ("heading", "Needs"),
        ("list_item", "• Shelter for families"), ("list_item", "• Clean water"),
        ("paragraph", "District | Displaced"), ("paragraph", "Kurigram | 8,000"),
    ]
    assert all(b.page is None for b in doc.blocks) and doc.page_at(5) is None
    assert doc.metadata["format"] == "docx"


def test_docx_footnote_marks_leave_the_body_and_the_note_stays(tmp_path):
    # python-docx cannot write footnotes: the parts are written by hand
    body = ('<w:p><w:r><w:t xml:space="preserve">About 2,000 families fled</w:t></w:r>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>')
    notes = ('<w:footnote w:id="1"><w:p><w:r><w:t>Figure from the district office.</w:t></w:r>'
             '</w:p></w:footnote>')
    path = tmp_path / "notes.docx"
    path.write_bytes(_docx_with_footnotes(body, notes))
    doc = load_document(path)
    assert "About 2,000 families fled." in doc.text
    assert doc.text.endswith("Figure from the district office.")
    assert "[1]" not in doc.text and "↑" not in doc.text


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx_with_footnotes(body: str, notes: str) -> bytes:
    rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships"
    doc_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    members = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (f'<Relationships xmlns="{rels_ns}"><Relationship Id="r1" '
                        f'Type="{doc_type}/officeDocument" Target="word/document.xml"/>'
                        '</Relationships>'),
        "word/_rels/document.xml.rels": (
            f'<Relationships xmlns="{rels_ns}"><Relationship Id="r2" Type="{doc_type}/'
            'footnotes" Target="footnotes.xml"/></Relationships>'),
        "word/document.xml": f"<w:document {W}><w:body>{body}</w:body></w:document>",
        "word/footnotes.xml": f"<w:footnotes {W}>{notes}</w:footnotes>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return buffer.getvalue()


def epub_bytes(chapters: dict[str, str], spine: list[str], title: str = "Annual report",
               opf_href: str | None = None) -> bytes:
    items = "".join(f'<item id="{n}" href="{n}.xhtml" media-type="application/xhtml+xml"/>'
                    for n in chapters)
    refs = "".join(f'<itemref idref="{n}"/>' for n in spine)
    opf = ('<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f'<dc:title>{title}</dc:title></metadata><manifest>{items}</manifest>'
           f'<spine>{refs}</spine></package>')
    container = ('<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'version="1.0"><rootfiles><rootfile full-path="'
                 f'{opf_href or "OEBPS/content.opf"}" '
                 'media-type="application/oebps-package+xml"/></rootfiles></container>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("META-INF/container.xml", container)
        zf.writestr("OEBPS/content.opf", opf)
        for name, body in chapters.items():
            zf.writestr(f"OEBPS/{name}.xhtml",
                        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/'
                        f'1999/xhtml"><head><title>x</title></head><body>{body}</body></html>')
    return buffer.getvalue()


def test_epub_follows_the_spine_not_the_file_order(tmp_path):
    path = tmp_path / "report.epub"
    path.write_bytes(epub_bytes(
        {"a": "<h1>Annual report</h1><p>Opening chapter text.</p>",
         "b": "<h2>Second</h2><ul><li>one item</li></ul><p>Closing text.</p>"},
        spine=["b", "a"]))
    doc = load_document(path)
    assert [doc.block_text(b) for b in doc.blocks] == [
        "Annual report", "Second", "• one item", "Closing text.", "Annual report",
        "Opening chapter text."]
    assert doc.title == "Annual report" and doc.blocks[0].kind == "title"


def test_epub_whose_package_file_is_outside_the_root_is_refused(tmp_path):
    from briefreader.errors import LoadError

    path = tmp_path / "evil.epub"
    path.write_bytes(epub_bytes({"a": "<p>Text here.</p>"}, ["a"], opf_href="../content.opf"))
    with pytest.raises(LoadError, match="package file"):
        load_document(path)
