"""Pages in the document model and in `briefreader text --format json` / `--blocks`."""

from __future__ import annotations

import json

from briefreader.cli import main
from briefreader.document import DocumentBuilder
from briefreader.loading import load_document
from tests.loading.pdfgen import Pdf

PARAS = ["First page paragraph about the floods in the north of the country.",
         "Second page paragraph about the response of the agencies on the ground.",
         "Third page paragraph about the funding that was pre-arranged last year."]


def three_pages(tmp_path):
    pdf = Pdf(tmp_path / "pages.pdf")
    for text in PARAS:
        pdf.paragraph(50, 100, text, 450)
        pdf.page()
    return pdf.save()


def test_every_block_knows_its_page_and_any_offset_too(tmp_path):
    doc = load_document(three_pages(tmp_path))
    assert [b.page for b in doc.blocks] == [1, 2, 3]
    assert doc.page_at(0) == 1
    assert doc.page_at(doc.blocks[1].start + 5) == 2
    assert doc.page_at(doc.blocks[2].start - 1) == 2  # the separator before page 3's block
    assert doc.page_at(len(doc.text)) == 3
    assert doc.metadata["page_count"] == 3


def test_unpaged_documents_have_no_page(tmp_path):
    builder = DocumentBuilder()
    builder.add("title", "Title")
    builder.add("paragraph", "Text.")
    doc = builder.build("Title", {})
    assert [b.page for b in doc.blocks] == [None, None] and doc.page_at(3) is None
    assert DocumentBuilder().build("x", {}).page_at(0) is None


def test_text_format_json(tmp_path, capsys):
    path = three_pages(tmp_path)
    assert main(["text", str(path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"title", "text", "blocks", "metadata"}
    assert out["text"] == "\n\n".join(PARAS)
    assert out["blocks"][1] == {"kind": "paragraph", "start": len(PARAS[0]) + 2,
                                "end": len(PARAS[0]) + 2 + len(PARAS[1]), "page": 2}
    assert out["metadata"]["format"] == "pdf"


def test_text_format_json_for_a_text_file_has_null_pages(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nA paragraph of text.\n")
    assert main(["text", str(path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [b["page"] for b in out["blocks"]] == [None, None]


def test_blocks_listing_shows_the_page_column(tmp_path, capsys):
    assert main(["text", str(three_pages(tmp_path)), "--blocks"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert [row.split()[3] for row in rows] == ["1", "2", "3"]


def test_page_and_paragraph_for_a_citation(tmp_path):
    pdf = Pdf(tmp_path / "cite.pdf")
    pdf.paragraph(50, 100, PARAS[0], 450)
    pdf.paragraph(50, 140, PARAS[1], 450)
    pdf.page()
    pdf.paragraph(50, 100, PARAS[2], 450)
    doc = load_document(pdf.save())
    assert [doc.page_paragraph(b.start + 3) for b in doc.blocks] == [(1, 1), (1, 2), (2, 1)]
    builder = DocumentBuilder()
    builder.add("title", "Unpaged")
    assert builder.build("Unpaged", {}).page_paragraph(0) is None


def test_a_reports_first_heading_is_its_title_block_and_no_text_is_added(tmp_path):
    pdf = Pdf(tmp_path / "titled.pdf")
    pdf.text(50, 60, "Floods along the river", ("Helvetica-Bold", 18))
    pdf.paragraph(50, 100, PARAS[0], 450)
    doc = load_document(pdf.save())
    assert [b.kind for b in doc.blocks] == ["title", "paragraph"]
    assert doc.title == "Floods along the river"
    assert doc.text.startswith("Floods along the river\n\n")
    assert doc.text.count("Floods along the river") == 1
