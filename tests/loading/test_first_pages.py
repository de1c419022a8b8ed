"""A long PDF shows its first page before the rest is read: load_first_pages and preview."""

from __future__ import annotations

import pytest

from briefreader.errors import LoadError
from briefreader.loading import load_document, load_first_pages
from tests.loading.pdfgen import Pdf

HEADER = "Flood response update | district coordination"


def report(tmp_path, pages: int, blank_first: bool = False):
    """Pages with a running header and a page number, each with its own paragraph."""
    pdf = Pdf(tmp_path / "long.pdf")
    for n in range(1, pages + 1):
        pdf.text(50, 40, HEADER, ("Helvetica", 8))
        pdf.text(290, 810, str(n), ("Helvetica", 8))
        if not (blank_first and n == 1):
            pdf.paragraph(50, 120, f"Page {words(n)} tells how the water rose along the river "
                          "and which roads the convoys could still use that week.", 450)
        pdf.page()
    return pdf.save()


def words(n: int) -> str:
    return ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"][n - 1]


def test_first_pages_reads_the_first_page_without_its_furniture(tmp_path):
    doc = load_first_pages(report(tmp_path, 12))
    assert doc.text.startswith("Page one tells how the water rose")
    assert "Page two" not in doc.text and HEADER not in doc.text
    assert {b.page for b in doc.blocks} == {1}
    assert doc.metadata["partial"] is True and doc.metadata["pages_read"] == 1
    assert doc.metadata["page_count"] == 12


def test_first_pages_count_and_a_picture_only_cover(tmp_path):
    path = report(tmp_path, 12, blank_first=True)
    doc = load_first_pages(path, pages=2)
    assert doc.text.startswith("Page two") and "Page three" in doc.text
    assert "Page four" not in doc.text
    assert [b.page for b in doc.blocks] == [2, 3]


def test_a_one_page_pdf_is_not_partial(tmp_path):
    doc = load_first_pages(report(tmp_path, 1))
    assert doc.metadata["partial"] is False
    assert doc.text == load_document(tmp_path / "long.pdf").text


def test_preview_comes_once_before_the_rest_is_read_then_the_whole(tmp_path):
    path = report(tmp_path, 12)
    events: list = []
    whole = load_document(path, progress=lambda done, total: events.append(done),
                          preview=lambda doc: events.append(doc))
    previews = [e for e in events if not isinstance(e, int)]
    assert len(previews) == 1
    at = events.index(previews[0])
    assert events[:at] == list(range(1, at + 1)) and at < 12  # pages still to read
    assert previews[0].text == load_first_pages(path).text
    assert whole.text.startswith(previews[0].text) and "Page twelve" in whole.text
    assert "partial" not in whole.metadata


def test_other_formats_load_whole_and_never_preview(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Title\n\nOne paragraph.\n", encoding="utf-8")
    shown: list = []
    doc = load_document(path, preview=shown.append)
    assert shown == [] and load_first_pages(path).text == doc.text


def test_first_pages_of_a_pdf_without_text_says_so(tmp_path):
    pdf = Pdf(tmp_path / "scan.pdf")
    pdf.c.rect(50, 50, 200, 200, fill=1)
    pdf.page()
    path = pdf.save()
    with pytest.raises(LoadError, match="no text layer"):
        load_first_pages(path)
