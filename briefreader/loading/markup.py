"""An HTML element tree to document blocks: shared by the Markdown and the HTML loaders.

Only text is kept; nothing in the tree is fetched or run. Link text stays in the text and the
link's URL goes to metadata with the link's offsets.
"""

from __future__ import annotations

import re

from briefreader.document import BULLET, DocumentBuilder

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
CONTAINERS = {
    "html", "body", "div", "section", "article", "main", "header", "footer", "figure", "aside",
    "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "doc", "main-text", "list", "center",
    "details", "summary", "hgroup", "address",
}
BLOCKS = {"p", "li", "blockquote", "pre", "tr", "dt", "dd", "figcaption", "hr", "item", "quote",
          "head", "caption"} | set(HEADINGS) | CONTAINERS
SKIPPED = {"script", "style", "noscript", "template", "iframe", "svg", "math", "nav", "form",
           "button", "select", "textarea", "input", "object", "embed", "canvas", "video", "audio",
           "source", "track", "map", "meta", "link", "title", "menu", "graphic", "img"}
# trafilatura's XML: <head rend="h2">, <row>/<cell>, <lb/> for a line break
_LINE_BREAKS = {"br", "lb"}
_ROWS = {"tr", "row"}
_WS = re.compile(r"\s+")
# Link targets worth keeping: web and mail addresses, and the page's own relative links.
# javascript:, data:, vbscript: and the like are code or payloads, never a source to cite.
_SAFE_SCHEMES = {"http", "https", "mailto", "ftp", "ftps", "tel", "news"}
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def safe_href(href: str | None) -> str | None:
    """The link target if it is an address to cite, else None (scripts and data URLs go)."""
    if not href:
        return None
    # browsers ignore control characters and white space inside a scheme ("java\tscript:")
    scheme = _SCHEME.match(_INVISIBLE.sub("", href))
    if scheme and scheme.group(1).lower() not in _SAFE_SCHEMES:
        return None
    return href.strip() or None


def tag_name(el) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions, entities
        return ""
    return tag.rsplit("}", 1)[-1].lower()


class _Inline:
    """Running text of one block, white space folded as it grows, links tracked by offset."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.links: list[tuple[str, str, int, int]] = []

    def add(self, text: str | None) -> None:
        if not text:
            return
        text = _WS.sub(" ", text.replace("\u00ad", ""))
        if text.startswith(" ") and (not self.parts or self.parts[-1].endswith(" ")):
            text = text[1:]
        if text:
            self.parts.append(text)
            self.length += len(text)

    def take(self) -> tuple[str, list[tuple[str, str, int, int]]]:
        text = "".join(self.parts)
        stripped = text.rstrip()
        links = [(t, h, a, min(b, len(stripped))) for t, h, a, b in self.links if a < len(stripped)]
        self.parts, self.length, self.links = [], 0, []
        return stripped, links


class BlockWalker:
    """Walks an lxml element into a DocumentBuilder."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder

    def walk(self, root) -> None:
        self._block(root, "paragraph", 0)

    def _kind_of(self, el, tag: str, inherited: str) -> tuple[str, int | None]:
        if tag in HEADINGS:
            return "heading", HEADINGS[tag]
        if tag in ("li", "item"):
            return "list_item", None
        if tag in ("blockquote", "quote"):
            return "blockquote", None
        if tag == "pre":
            return "preformatted", None
        if tag == "head":  # trafilatura's XML heading: <head rend="h3">
            return "heading", HEADINGS.get(str(el.get("rend", "")).lower(), 2)
        return inherited, None

    def _block(self, el, inherited: str, depth: int) -> None:
        tag = tag_name(el)
        kind, heading_level = self._kind_of(el, tag, inherited)
        if tag in ("ul", "ol", "list"):
            depth += 1
        if heading_level is not None:
            level = heading_level
        else:
            level = depth if kind == "list_item" else 0
        inline = _Inline()
        first = [True]

        def flush() -> None:
            text, links = inline.take()
            if not text:
                return
            if kind == "list_item" and tag in ("li", "item") and first[0]:
                text = BULLET + text
                links = [(t, h, a + len(BULLET), b + len(BULLET)) for t, h, a, b in links]
            first[0] = False
            self.builder.add(kind, text, level=level, links=links)

        inline.add(el.text)
        child_kind = kind if kind in ("blockquote", "list_item") else "paragraph"
        for child in el:
            ctag = tag_name(child)
            if ctag in SKIPPED:
                pass
            elif ctag in _ROWS:
                flush()
                self._table_row(child)
            elif ctag in BLOCKS:
                flush()
                self._block(child, child_kind, depth)
            elif ctag in _LINE_BREAKS:
                inline.add(" ")
            elif ctag:
                self._inline(child, inline)
            inline.add(child.tail)
        flush()

    def _inline(self, el, inline: _Inline) -> None:
        tag = tag_name(el)
        if tag in SKIPPED:
            return
        href = el.get("href") if tag in ("a", "ref") else None
        href = safe_href(href or (el.get("target") if tag == "ref" else None))
        start = inline.length
        inline.add(el.text)
        for child in el:
            if tag_name(child) in _LINE_BREAKS:
                inline.add(" ")
            elif tag_name(child):
                self._inline(child, inline)
            inline.add(child.tail)
        if href and inline.length > start:
            text = "".join(inline.parts)
            # leading space folded into this run is not part of the link
            while start < len(text) and text[start] == " ":
                start += 1
            end = len(text.rstrip())
            if end > start:
                inline.links.append((text[start:end], href, start, end))

    def _table_row(self, row) -> None:
        cells = []
        for cell in row:
            if tag_name(cell) in ("td", "th", "cell"):
                inline = _Inline()
                self._inline(cell, inline)
                text, _ = inline.take()
                if text:
                    cells.append(text)
        if cells:
            self.builder.add("paragraph", " | ".join(cells))
