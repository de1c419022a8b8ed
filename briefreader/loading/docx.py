"""Word documents (.docx): mammoth turns them into HTML, the markup walker into blocks.

mammoth maps Word's heading styles to h1-h6, lists to ul/ol, tables to table; footnotes come
out as a list at the end, their marks as links in <sup>: the marks go, the notes stay at the end.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from briefreader.document import Document, DocumentBuilder, clean_inline
from briefreader.errors import LoadError
from briefreader.loading.archive import Package
from briefreader.loading.markup import BlockWalker, tag_name

_NOTE_REF = re.compile(r"^#(?:footnote|endnote)-")
_NOTE_BACK = re.compile(r"^#(?:footnote|endnote)-ref-")
_CORE_TITLE = re.compile(rb"<dc:title>([^<]*)</dc:title>")
logging.getLogger("mammoth").setLevel(logging.ERROR)


def parse_docx(data: bytes, path: Path) -> Document:
    package = Package(data, path, "Word document")
    if "word/document.xml" not in package.names:
        raise LoadError("not a Word document (the zip has no word/document.xml)", path)
    package.check_all()
    import mammoth
    from lxml import html

    try:
        result = mammoth.convert_to_html(io.BytesIO(data))
    except Exception as exc:  # mammoth raises plain errors on malformed XML inside the zip
        raise LoadError(f"this Word document is damaged ({type(exc).__name__}): open it in "
                        "Word and save it again", path) from None
    root = html.fromstring(f"<div>{result.value}</div>")
    _drop_note_marks(root)
    heading = _first_heading(root)
    title = _core_title(package) or (clean_inline(heading.text_content()) if heading is not None
                                     else "") or clean_inline(path.stem) or "Untitled"
    if heading is not None and clean_inline(heading.text_content()) == title:
        heading.drop_tree()  # the title line says it already
    builder = DocumentBuilder()
    builder.add("title", title)
    BlockWalker(builder).walk(root)
    document = builder.build(title, {"path": str(path), "format": "docx"})
    if len(document.blocks) < 2:
        raise LoadError("this Word document holds no text", path)
    return document


def _drop_note_marks(root) -> None:
    for link in list(root.iter("a")):
        href = link.get("href", "")
        if _NOTE_BACK.match(href) or (_NOTE_REF.match(href) and link.getparent() is not None
                                      and tag_name(link.getparent()) == "sup"):
            target = link.getparent() if tag_name(link.getparent()) == "sup" else link
            target.drop_tree()


def _core_title(package: Package) -> str:
    if "docProps/core.xml" not in package.names:
        return ""
    match = _CORE_TITLE.search(package.read("docProps/core.xml"))
    return clean_inline(match.group(1).decode("utf-8", "replace")) if match else ""


def _first_heading(root):
    for el in root.iter("h1", "h2"):
        if clean_inline(el.text_content()):
            return el
    return None
