"""PDF reports with a text layer: the page content in reading order, each block with its page.

The steps, one module each: ``lines`` (pdfium's text as lines with boxes), ``furniture``
(running headers, footers, page numbers), ``footnotes``, ``tables``, ``columns`` (reading
order), ``paragraphs`` (blocks from lines), ``hyphenation`` (joining lines), ``assemble``
(blocks into the Document). ``parse_pdf`` runs them; ``progress(done, total)`` is called after
each page is read, so a window can show how far a long report has come.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefreader.document import Document
from briefreader.errors import LoadError
from briefreader.loading.pdf.assemble import assemble
from briefreader.loading.pdf.furniture import PageLines
from briefreader.loading.pdf.lines import page_lines
from briefreader.loading.pdf.opening import MAX_PDF_BYTES, NO_TEXT, open_pdf, pdf_metadata

__all__ = ["MAX_PDF_BYTES", "NO_TEXT", "parse_pdf", "read_pages"]

Progress = Callable[[int, int], None]


def read_pages(data: bytes, path: Path,
               progress: Progress | None = None) -> tuple[list[PageLines], dict]:
    """Every page's lines, and the file's metadata."""
    import pypdfium2 as pdfium

    pdf = open_pdf(data, path)
    try:
        pages: list[PageLines] = []
        total = len(pdf)
        for index in range(total):
            page = pdf[index]
            try:
                left, bottom, right, top = page.get_bbox()
                textpage = page.get_textpage()
                try:
                    lines = page_lines(textpage, top, index + 1)
                finally:
                    textpage.close()
            except pdfium.PdfiumError:  # pdfium refusing one page must not lose the others
                lines, left, bottom, right, top = [], 0.0, 0.0, 1.0, 1.0
            finally:
                page.close()
            pages.append(PageLines(index + 1, top - bottom, right - left, lines))
            if progress:
                progress(index + 1, total)
        meta = pdf_metadata(pdf)
        meta["page_count"] = total
        return pages, meta
    finally:
        pdf.close()


def parse_pdf(data: bytes, path: Path, progress: Progress | None = None) -> Document:
    pages, meta = read_pages(data, path, progress)
    if not any(page.lines for page in pages):
        raise LoadError(NO_TEXT, path)
    return assemble(pages, meta, path)
