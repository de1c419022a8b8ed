"""Saved news pages: the main article extracted with trafilatura, readability as a fallback.

Nothing is fetched and nothing from the page is run: both extractors only parse the bytes given.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from briefreader.document import Document, DocumentBuilder, clean_inline
from briefreader.errors import LoadError
from briefreader.loading.markup import BlockWalker

log = logging.getLogger(__name__)
MIN_ARTICLE_CHARS = 200  # below this, trafilatura probably missed the article: try the fallback


def parse_html(data: bytes, path: Path) -> Document:
    import lxml.html

    html_text = _decode_html(data, path)
    body_html, meta = _extract(html_text)
    if not body_html:
        raise LoadError("no article text found in this HTML page", path)
    root = lxml.html.fragment_fromstring(body_html, create_parent="div")
    title = clean_inline(meta.get("title") or "") or clean_inline(path.stem) or "Untitled"
    builder = DocumentBuilder()
    builder.add("title", title)
    _drop_leading_title(root, title)
    BlockWalker(builder).walk(root)
    if len(builder) <= 1:
        raise LoadError("no article text found in this HTML page", path)
    metadata = {"path": str(path), "format": "html"}
    for key in ("byline", "outlet", "date", "url", "description"):
        if meta.get(key):
            metadata[key] = clean_inline(str(meta[key]))
    return builder.build(title, metadata)


def _decode_html(data: bytes, path: Path) -> str:
    from briefreader.loading.files import decode_text

    declared = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    text, _ = decode_text(data, path)
    return text


def _extract(html_text: str) -> tuple[str, dict]:
    import trafilatura

    meta: dict = {}
    try:
        info = trafilatura.extract_metadata(html_text)
    except Exception:  # a broken page's metadata is optional
        log.debug("metadata extraction failed", exc_info=True)
        info = None
    if info is not None:
        meta = {"title": info.title, "byline": info.author, "outlet": info.sitename,
                "date": info.date, "url": info.url, "description": info.description}
    body = None
    try:
        body = trafilatura.extract(
            html_text, output_format="html", include_comments=False, include_tables=True,
            include_links=True, include_images=False, favor_recall=True, with_metadata=False,
        )
    except Exception:
        log.debug("trafilatura failed", exc_info=True)
    if not body or len(_plain(body)) < MIN_ARTICLE_CHARS:
        fallback = _readability(html_text)
        if fallback and len(_plain(fallback)) > len(_plain(body or "")):
            body = fallback
            if not meta.get("title"):
                meta["title"] = _readability_title(html_text)
    return body or "", meta


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html).strip()


def _readability(html_text: str) -> str | None:
    try:
        from readability import Document as ReadabilityDocument

        return ReadabilityDocument(html_text).summary(html_partial=True)
    except Exception:
        log.debug("readability failed", exc_info=True)
        return None


def _readability_title(html_text: str) -> str:
    try:
        from readability import Document as ReadabilityDocument

        return ReadabilityDocument(html_text).short_title()
    except Exception:
        return ""


def _drop_leading_title(root, title: str) -> None:
    """The headline often opens the extracted body too; the title line already shows it."""
    from briefreader.loading.markup import HEADINGS, tag_name

    for child in root.iter():
        tag = tag_name(child)
        if tag in HEADINGS or tag == "p":
            if clean_inline(child.text_content()).casefold() == title.casefold():
                child.drop_tree()
            return
