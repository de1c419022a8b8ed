"""EPUB books and reports: the container names the package file, its spine the reading order.

Read with zipfile and lxml only (no entity expansion, no network); each spine document's body
goes through the markup walker. Parts the spine names outside the package are refused.
"""

from __future__ import annotations

from pathlib import Path

from briefreader.document import Document, DocumentBuilder, clean_inline
from briefreader.errors import LoadError
from briefreader.loading.archive import Package, inside
from briefreader.loading.markup import BlockWalker, tag_name

_CONTAINER = "META-INF/container.xml"
_XHTML_TYPES = {"application/xhtml+xml", "text/html", "application/xml"}


def _xml(data: bytes, package: Package, name: str):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, recover=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise LoadError(f"this EPUB is damaged (its part '{name}' is not XML)", package.path)
    return root


def _children(el, name: str):
    return [c for c in el.iter() if tag_name(c) == name]


def parse_epub(data: bytes, path: Path) -> Document:
    package = Package(data, path, "EPUB")
    if _CONTAINER not in package.names:
        raise LoadError("not an EPUB (the zip has no META-INF/container.xml)", path)
    container = _xml(package.read(_CONTAINER), package, _CONTAINER)
    rootfiles = [el.get("full-path", "") for el in _children(container, "rootfile")]
    opf_name = next((inside("", name) for name in rootfiles if name), None)
    if not opf_name or opf_name not in package.names:
        raise LoadError("this EPUB's container names no package file inside it", path)
    opf = _xml(package.read(opf_name), package, opf_name)
    manifest = {item.get("id"): item for item in _children(opf, "item")}
    titles = [clean_inline("".join(el.itertext())) for el in _children(opf, "title")]
    title = next((t for t in titles if t), "") or clean_inline(path.stem) or "Untitled"
    builder = DocumentBuilder()
    builder.add("title", title)
    for ref in _children(opf, "itemref"):
        item = manifest.get(ref.get("idref"))
        if item is None or item.get("media-type", "") not in _XHTML_TYPES:
            continue
        name = inside(opf_name, item.get("href", ""))
        if name is None:
            raise LoadError("this EPUB's spine names a part outside the package: not opened",
                            path)
        if name in package.names:
            _add_chapter(builder, package, name, title)
    document = builder.build(title, {"path": str(path), "format": "epub"})
    if len(document.blocks) < 2:
        raise LoadError("this EPUB holds no text in its reading order", path)
    return document


def _add_chapter(builder: DocumentBuilder, package: Package, name: str, title: str) -> None:
    from lxml import html

    data = package.read(name)
    try:
        root = html.document_fromstring(data)
    except Exception:  # lxml's parser raises several types for junk; one chapter is skipped
        return
    body = next((el for el in root.iter() if tag_name(el) == "body"), root)
    first = next((el for el in body.iter("h1", "h2") if clean_inline(el.text_content())), None)
    if first is not None and clean_inline(first.text_content()) == title and len(builder) == 1:
        first.drop_tree()  # the book's title page repeats the title line
    BlockWalker(builder).walk(body)
