"""load_document(path) -> Document, dispatching by suffix."""

from __future__ import annotations

import logging
from pathlib import Path

from briefreader.document import Document
from briefreader.errors import BriefreaderError, LoadError
from briefreader.loading.files import decode_text, read_file_bytes

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

log = logging.getLogger(__name__)


def load_document(path: str | Path) -> Document:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(s for s in SUPPORTED_SUFFIXES if s))
        raise LoadError(
            f"unsupported file type '{path.suffix}' (briefreader opens {supported})", path)
    data = read_file_bytes(path)
    try:
        return _parse(data, path, suffix)
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
