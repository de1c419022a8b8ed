"""Saved news pages: the main article extracted with trafilatura, readability as a fallback.

Nothing is fetched and nothing from the page is run: both extractors only parse the string given
(no URL is passed to them, and none of trafilatura's download functions is called). Scripts,
styles, comments, forms and embedded frames never reach the text.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from briefreader.document import Document, DocumentBuilder, clean_inline
from briefreader.errors import LoadError
from briefreader.loading.boilerplate import BlockCollector, clean_blocks, words
from briefreader.loading.markup import BlockWalker

log = logging.getLogger(__name__)
# The extractors log their doubts about a page as warnings; a reader wants the article or one
# clear error line, so only our own messages reach the console.
for _name in ("trafilatura", "readability", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

NO_ARTICLE = "no article text found in this HTML page"
# Below this much text trafilatura probably missed the article, and readability gets a turn.
MIN_ARTICLE_CHARS = 250
# An article has at least this many words; a page with less is a menu, a form or an error page.
MIN_ARTICLE_WORDS = 12
# Where a saved page declares its encoding: a <meta charset> or the XML declaration, near the top.
_PRESCAN_BYTES = 32 * 1024
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)
# Browsers read these labels as Windows-1252 (WHATWG Encoding), and so must we.
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii",
                        "windows-1252", "cp1252", "x-cp1252"}
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# trafilatura's own balance of precision and recall: favor_recall gave the same text on all 20
# development pages, favor_precision lost a fifth of the recall (F1 0.975 -> 0.924), and the
# default is the setting whose benchmark score (0.943) is known. Tables and links are kept
# (links for metadata; tables made no difference on the pages). Never deduplicate=True:
# trafilatura's cache spans calls, so a second load of the same page would lose text.
TRAFILATURA_OPTIONS = {
    "include_comments": False, "include_tables": True, "include_links": True,
    "include_images": False, "deduplicate": False,
}
# trafilatura's tree walk grows with the square of the page: a 20 MB page would take a minute.
# Real saved pages stay under this once scripts and styles are gone; a larger one is read whole.
MAX_EXTRACTOR_CHARS = 3_000_000
_HEAVY_TAGS = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object",
               "embed", "canvas", "video", "audio")
_OUTSIDE_ARTICLE = ("nav", "header", "footer", "aside", "form", "menu", "dialog")
_PLACEHOLDER_AUTHORS = {"username", "user", "admin", "administrator", "author", "unknown",
                        "anonymous", "none", "null", "undefined", "editor", "webmaster"}
_META_KEYS = {"byline": "author", "outlet": "sitename", "date": "date", "url": "url",
              "description": "description"}


def parse_html(data: bytes, path: Path) -> Document:
    html_text, encoding = decode_html(data, path)
    body, meta = extract_article(html_text)
    if body is None:
        raise LoadError(NO_ARTICLE, path)
    title = meta.get("title") or clean_inline(path.stem) or "Untitled"
    collector = BlockCollector()
    BlockWalker(collector).walk(body)
    blocks = clean_blocks(collector.blocks, title=title, byline=meta.get("byline", ""),
                          summary=meta.get("description", ""))
    if sum(len(words(b.text)) for b in blocks) < MIN_ARTICLE_WORDS:
        raise LoadError(NO_ARTICLE, path)
    builder = DocumentBuilder()
    builder.add("title", title)
    page_url = meta.get("url", "")
    for block in blocks:
        links = [(text, _absolute(href, page_url), a, b) for text, href, a, b in block.links]
        builder.add(block.kind, block.text, level=block.level, links=links)
    metadata: dict = {"path": str(path), "format": "html", "encoding": encoding}
    metadata.update((k, v) for k, v in meta.items() if k != "title" and v)
    return builder.build(title, metadata)


def _absolute(href: str, page_url: str) -> str:
    """A page-relative link made absolute against the page's own address (a string operation:
    nothing is fetched), so that it can be cited from the brief."""
    from urllib.parse import urljoin, urlsplit

    if not page_url.startswith(("http://", "https://")) or urlsplit(href).scheme:
        return href
    try:
        return urljoin(page_url, href)
    except ValueError:
        return href


def decode_html(data: bytes, path: Path) -> tuple[str, str]:
    """The page's text: a byte order mark first, then the declared charset, then detection."""
    from briefreader.loading.files import decode_text

    if not data.startswith(_BOMS) and b"\x00" not in data:
        declared = _DECLARED_CHARSET.search(data[:_PRESCAN_BYTES])
        if declared:
            label = (declared.group(1) or declared.group(2)).decode("ascii").lower()
            if label in _WINDOWS_1252_LABELS:
                label = "cp1252"
            elif label.startswith(("utf-16", "utf-32", "unicode")):
                label = "utf-8"  # a page read as bytes cannot be UTF-16 if it declares so in ASCII
            try:
                return data.decode(label), label
            except (LookupError, UnicodeDecodeError):
                log.debug("declared charset %r does not fit %s; detecting", label, path)
    return decode_text(data, path)


def extract_article(html_text: str):
    """(article element or None, metadata): trafilatura first, readability when it finds little."""
    if len(html_text) > MAX_EXTRACTOR_CHARS:
        html_text = _without_scripts(html_text)
        if len(html_text) > MAX_EXTRACTOR_CHARS:
            return _large_page(html_text)
    body, meta = _trafilatura(html_text)
    if body is None or len(_plain(body)) < MIN_ARTICLE_CHARS:
        fallback = _readability(html_text)
        if fallback is not None and len(_plain(fallback)) > len(_plain(body)):
            body = fallback
    if not meta.get("title"):
        meta["title"] = _page_title(html_text)
    return body, meta


def _trafilatura(html_text: str):
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html_text, with_metadata=True, **TRAFILATURA_OPTIONS)
    except Exception:  # readability gets its turn; a traceback never reaches the reader
        log.debug("trafilatura failed", exc_info=True)
        return None, _page_metadata(html_text)
    if result is None:  # no article found; the page's metadata may still be good
        return None, _page_metadata(html_text)
    meta = {"title": clean_inline(result.title or ""), **_metadata_fields(result)}
    return result.body, meta


def _without_scripts(html_text: str) -> str:
    """The page without scripts, styles and comments (JSON-LD metadata kept), for huge pages."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html_text)
    except (lxml.etree.ParserError, ValueError):
        return html_text
    for el in list(root.iter(lxml.etree.Comment, *_HEAVY_TAGS)):
        if el.tag == "script" and "ld+json" in (el.get("type") or ""):
            continue
        el.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")


def _large_page(html_text: str):
    """A page too large for the extractors: the <article> (or <main>, or <body>) read whole."""
    import lxml.etree
    import lxml.html

    meta = _head_metadata(html_text)
    try:
        root = lxml.html.document_fromstring(html_text)
    except (lxml.etree.ParserError, ValueError):
        return None, meta
    for el in list(root.iter(*_OUTSIDE_ARTICLE)):
        el.drop_tree()
    articles = root.xpath("//article|//main|//*[@role='main']")
    body = max(articles, key=lambda el: len(el.text_content())) if articles else root.find("body")
    return body, meta


def _head_metadata(html_text: str) -> dict:
    """Title, byline, outlet and date from the page's <head> alone: cheap on any page size."""
    end = html_text.find("</head>")
    head = html_text[: end + len("</head>")] if end >= 0 else html_text[:100_000]
    return _page_metadata(head + "<body></body></html>")


def _page_metadata(html_text: str) -> dict:
    meta: dict = {"title": ""}
    try:
        import trafilatura

        info = trafilatura.extract_metadata(html_text)
    except Exception:
        log.debug("metadata extraction failed", exc_info=True)
        info = None
    if info is not None:
        meta["title"] = clean_inline(info.title or "")
        meta.update(_metadata_fields(info))
    return meta


def _metadata_fields(info) -> dict:
    fields = {}
    for key, attribute in _META_KEYS.items():
        value = clean_inline(str(getattr(info, attribute, None) or ""))
        if key == "byline":
            value = _clean_byline(value)
        if value:
            fields[key] = value
    return fields


def _clean_byline(value: str) -> str:
    """Authors once each, in page order; placeholder names from publishing systems dropped."""
    names: list[str] = []
    for name in value.split(";"):
        name = name.strip()
        if name and name.casefold() not in _PLACEHOLDER_AUTHORS and \
                name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    return "; ".join(names)


def _readability(html_text: str):
    import lxml.html

    try:
        from readability import Document as ReadabilityDocument

        summary = ReadabilityDocument(html_text).summary(html_partial=True)
        return lxml.html.fragment_fromstring(summary, create_parent="div")
    except Exception:
        log.debug("readability failed", exc_info=True)
        return None


def _page_title(html_text: str) -> str:
    try:
        from readability import Document as ReadabilityDocument

        return clean_inline(ReadabilityDocument(html_text).short_title() or "")
    except Exception:
        return ""


def _plain(element) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())

