"""PDF reports with a text layer: the page content in reading order, each block with its page.

The steps, one module each: ``lines`` (pdfium's text as lines with boxes), ``furniture``
(running headers, footers, page numbers), ``footnotes``, ``tables``, ``columns`` (reading
order), ``paragraphs`` (blocks from lines), ``hyphenation`` (joining lines), ``assemble``
(blocks into the Document). ``parse_pdf`` runs them; ``progress(done, total)`` is called after
each page is read, so a window can show how far a long report has come.

A long report is worth showing before it is all read: ``parse_pdf(..., preview=show)`` calls
``show`` with a Document of the first pages (``metadata["partial"]`` is True) as soon as they are
read, then goes on to the whole; ``first_pages`` reads only the first pages. Paragraphs may run
on past the last page of a preview, so its text is not a prefix of the whole document's: a
window shows it and replaces it, and annotations wait for the whole.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path

from briefreader.document import Document
from briefreader.errors import LoadError
from briefreader.loading.pdf.assemble import assemble
from briefreader.loading.pdf.furniture import PageLines, remove_furniture
from briefreader.loading.pdf.lines import page_lines
from briefreader.loading.pdf.opening import MAX_PDF_BYTES, NO_TEXT, open_pdf, pdf_metadata

__all__ = ["MAX_PDF_BYTES", "NO_TEXT", "first_pages", "parse_pdf", "read_pages"]

Progress = Callable[[int, int], None]
Preview = Callable[[Document], None]
# Pages read past a preview's last page only to tell running headers and footers (which repeat)
# from the content: a few milliseconds each.
FURNITURE_SAMPLE_PAGES = 4


def _iter_pages(pdf, progress: Progress | None) -> Iterator[PageLines]:
    import pypdfium2 as pdfium

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
        yield PageLines(index + 1, top - bottom, right - left, lines)
        if progress:
            progress(index + 1, total)


def _metadata(pdf) -> dict:
    meta = pdf_metadata(pdf)
    meta["page_count"] = len(pdf)
    return meta


def read_pages(data: bytes, path: Path,
               progress: Progress | None = None) -> tuple[list[PageLines], dict]:
    """Every page's lines, and the file's metadata."""
    pdf = open_pdf(data, path)
    try:
        meta = _metadata(pdf)
        return list(_iter_pages(pdf, progress)), meta
    finally:
        pdf.close()


def parse_pdf(data: bytes, path: Path, progress: Progress | None = None,
              preview: Preview | None = None, preview_pages: int = 1) -> Document:
    """The whole document; ``preview`` (if given) first gets one of the first pages."""
    pdf = open_pdf(data, path)
    try:
        meta = _metadata(pdf)
        pages: list[PageLines] = []
        shown = preview is None
        for page in _iter_pages(pdf, progress):
            pages.append(page)
            if not shown and len(pages) >= min(len(pdf), preview_pages + FURNITURE_SAMPLE_PAGES):
                shown = _show_preview(pages, meta, path, preview_pages, preview)
    finally:
        pdf.close()
    if not any(page.lines for page in pages):
        raise LoadError(NO_TEXT, path)
    return assemble(pages, meta, path)


def first_pages(data: bytes, path: Path, count: int = 1) -> Document:
    """A Document of the first ``count`` pages that hold text (``metadata["partial"]`` True
    unless they are all the pages), reading only as far as needed."""
    pdf = open_pdf(data, path)
    try:
        meta = _metadata(pdf)
        pages: list[PageLines] = []
        found: list[Document] = []
        for page in _iter_pages(pdf, None):
            pages.append(page)
            if len(pages) >= min(len(pdf), count + FURNITURE_SAMPLE_PAGES) and _show_preview(
                    pages, meta, path, count, found.append):
                break
    finally:
        pdf.close()
    if not found:
        raise LoadError(NO_TEXT, path)
    return found[0]


def _show_preview(pages: list[PageLines], meta: dict, path: Path, count: int,
                  preview: Preview) -> bool:
    """Give ``preview`` the Document of the first ``count`` pages that hold text, headers and
    footers told by all the pages read; False while those pages hold no text yet."""
    if sum(1 for page in pages if page.lines) < count and len(pages) < meta["page_count"]:
        return False  # before copying: a report may open with many pages of pictures
    sample = copy.deepcopy(pages)  # the layout steps change lines: the whole keeps its own
    remove_furniture(sample)
    with_text = [i for i, page in enumerate(sample) if page.lines]
    if len(with_text) < count and len(pages) < meta["page_count"]:
        return False
    if not with_text:
        return False
    last = with_text[min(count, len(with_text)) - 1]
    partial = last + 1 < meta["page_count"]
    shown = sample[: last + 1]
    preview(assemble(shown, {**meta, "partial": partial, "pages_read": last + 1}, path,
                     furniture_removed=True))
    return True
