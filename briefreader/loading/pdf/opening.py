"""Opening a PDF, with one clear message for each way a file can fail to be one we can read."""

from __future__ import annotations

import re
from pathlib import Path

from briefreader.errors import LoadError

NO_TEXT = "no text layer: this PDF is an image; run OCR first (for example with ocrmypdf)"
# Real reports run to a few hundred pages with pictures; the text files' 20 MB limit is too low.
MAX_PDF_BYTES = 300 * 1024 * 1024
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml)", re.I)
# pdfium's error codes (fpdfview.h)
_ERR_FILE, _ERR_FORMAT, _ERR_PASSWORD, _ERR_SECURITY = 2, 3, 4, 5
_NO_PAGES = re.compile(rb"/Count\s+0\b")
_A_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
NO_PAGES = "this PDF has no pages: there is nothing to read in it"
_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")


def check_pdf_bytes(data: bytes, path: Path) -> None:
    """Refuse what is plainly not a PDF before pdfium sees it."""
    head = data[:1024]
    if _HTML_START.match(head):
        raise LoadError("this .pdf file is really a web page (HTML), not a PDF: save the page "
                        "as .html, or download the PDF itself", path)
    if b"%PDF-" not in head:
        raise LoadError("not a PDF file (it has no PDF header): the file may be damaged or "
                        "of another type", path)


def open_pdf(data: bytes, path: Path):
    """A pypdfium2 PdfDocument over ``data``; LoadError for an encrypted or damaged file."""
    import pypdfium2 as pdfium

    check_pdf_bytes(data, path)
    try:
        # No password is given: a file whose user password is empty opens as it is.
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == _ERR_FORMAT and _NO_PAGES.search(data) and not _A_PAGE.search(data):
            raise LoadError(NO_PAGES, path) from None  # pdfium calls a page tree of 0 malformed
        raise LoadError(_open_problem(code), path) from None
    if len(pdf) == 0:
        pdf.close()
        raise LoadError(NO_PAGES, path)
    return pdf


def _open_problem(code: int | None) -> str:
    if code in (_ERR_PASSWORD, _ERR_SECURITY):
        return ("this PDF is encrypted with a password: open it in a PDF reader and save or "
                "print an unprotected copy, then open that")
    if code == _ERR_FILE:
        return "the PDF cannot be read"
    return ("this PDF is damaged or truncated (pdfium cannot read its structure): download or "
            "export it again")


def pdf_metadata(pdf) -> dict[str, str]:
    """Title, author and date from the document information, where the file has them."""
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # a broken information dictionary must not stop the text
        return {}
    meta = {}
    for key, name in (("Title", "pdf_title"), ("Author", "author"), ("Subject", "subject")):
        value = " ".join(str(info.get(key, "")).split())
        if value:
            meta[name] = value
    for key in ("CreationDate", "ModDate"):
        match = _DATE.match(str(info.get(key, "")))
        if match:
            year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
            meta["date"] = f"{year}-{month}-{day}"
            break
    return meta
