"""Markdown: structure from the Markdown, markup removed from the shown text.

Links keep their text in the text and their URLs in metadata.
"""

from __future__ import annotations

from pathlib import Path

from briefreader.document import Document, DocumentBuilder, clean_inline
from briefreader.loading.markup import BlockWalker, tag_name
from briefreader.loading.text import normalize_newlines

_META_KEYS = {"title": "title", "author": "byline", "authors": "byline", "byline": "byline",
              "date": "date", "published": "date", "outlet": "outlet", "source": "outlet",
              "publisher": "outlet", "sitename": "outlet"}


def parse_markdown(text: str, path: Path, encoding: str) -> Document:
    import lxml.html
    import markdown

    md = markdown.Markdown(extensions=["meta", "tables", "sane_lists"])
    html = md.convert(normalize_newlines(text))
    metadata: dict = {"path": str(path), "format": "markdown", "encoding": encoding}
    for key, values in getattr(md, "Meta", {}).items():
        if key.lower() in _META_KEYS and values:
            metadata[_META_KEYS[key.lower()]] = clean_inline(" ".join(values)).strip("\"'")
    # raw HTML in Markdown is markup to remove, never content to run: lxml only parses it
    root = lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div")
    title = metadata.pop("title", "")
    first = next((child for child in root if tag_name(child)), None)
    if not title and first is not None and tag_name(first) == "h1":
        title = clean_inline(first.text_content())
    heading = clean_inline(first.text_content()) if first is not None else None
    if first is not None and tag_name(first) == "h1" and heading == title:
        root.remove(first)
    title = title or clean_inline(path.stem) or "Untitled"
    builder = DocumentBuilder()
    builder.add("title", title)
    BlockWalker(builder).walk(root)
    return builder.build(title, metadata)
