"""load_document(path) -> Document, dispatching by suffix."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from briefreader.document import Document
from briefreader.errors import BriefreaderError, LoadError
from briefreader.loading.files import decode_text, read_file_bytes

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
EPUB_SUFFIXES = {".epub"}
SUPPORTED_SUFFIXES = (TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
                      | DOCX_SUFFIXES | EPUB_SUFFIXES)
# Paged and packaged formats hold pictures and fonts beside the text: they may be larger.
MAX_PACKAGE_BYTES = 300 * 1024 * 1024

log = logging.getLogger(__name__)


Progress = Callable[[int, int], None]
Preview = Callable[[Document], None]


def load_document(path: str | Path, progress: Progress | None = None,
                  preview: Preview | None = None) -> Document:
    """The document in ``path``.

    For a PDF, ``progress(done, total)`` follows the pages as they are read, and ``preview(doc)``
    is called once, before the rest is read, with a Document of the first page that holds text
    (``doc.metadata["partial"]`` is True when pages remain): a window can show it at once and
    replace it with the returned Document. Other formats load in one step and never call them.
    """
    path = Path(path)
    suffix = _checked_suffix(path)
    try:
        if suffix in PDF_SUFFIXES | DOCX_SUFFIXES | EPUB_SUFFIXES:
            return _load_package(path, suffix, progress, preview)
        return _parse(read_file_bytes(path), path, suffix)
    except BriefreaderError:
        raise
    except Exception as exc:
        # A parser (lxml, Markdown, a format library) failing on a hostile file is a file we
        # cannot read, never a traceback; the log keeps the details for a bug report.
        log.info("parser failed on %s", path, exc_info=True)
        raise LoadError(f"cannot be read: the file is damaged or not what its name says "
                        f"({type(exc).__name__})", path) from None


def _parse(data: bytes, path: Path, suffix: str) -> Document:
    if suffix in HTML_SUFFIXES:
        from briefreader.loading.html import parse_html

        return parse_html(data, path)
    text, encoding = decode_text(data, path)
    if suffix in MARKDOWN_SUFFIXES:
        from briefreader.loading.markdown_file import parse_markdown

        return parse_markdown(text, path, encoding)
    from briefreader.loading.text import parse_plain_text

    return parse_plain_text(text, path, encoding)


def load_first_pages(path: str | Path, pages: int = 1) -> Document:
    """The first ``pages`` pages of a PDF that hold text, reading no further (under a tenth of
    a second for the first page of a 500-page report); the whole document for other formats."""
    path = Path(path)
    if _checked_suffix(path) not in PDF_SUFFIXES:
        return load_document(path)
    from briefreader.loading.pdf import first_pages

    return first_pages(read_file_bytes(path, MAX_PACKAGE_BYTES), path, pages)


def _checked_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(s for s in SUPPORTED_SUFFIXES if s))
        raise LoadError(
            f"unsupported file type '{path.suffix}' (briefreader opens {supported})", path)
    return suffix


def _load_package(path: Path, suffix: str, progress: Progress | None,
                  preview: Preview | None) -> Document:
    data = read_file_bytes(path, MAX_PACKAGE_BYTES)
    if suffix in PDF_SUFFIXES:
        from briefreader.loading.pdf import parse_pdf

        return parse_pdf(data, path, progress, preview)
    if suffix in DOCX_SUFFIXES:
        from briefreader.loading.docx import parse_docx

        return parse_docx(data, path)
    from briefreader.loading.epub import parse_epub

    return parse_epub(data, path)
