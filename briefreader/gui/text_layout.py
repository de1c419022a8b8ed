"""The article as a QTextDocument, and the map between the core's offsets and Qt positions.

The core's ``Document.text`` separates blocks with a blank line; the view shows each block as one
QTextBlock with its own spacing, and adds a line of metadata (byline, outlet, date) under the
headline that is not part of the text. So positions are mapped per block: a core offset finds its
block, then its UTF-16 position inside that block's text (see offsets.py).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from briefreader.document import Block, Document
from briefreader.gui.offsets import Utf16Map

# Size of each block kind relative to the body text; applied again whenever the zoom changes.
SCALE = {"title": 1.75, "meta": 0.85, "heading": 1.25, "preformatted": 0.9}
WORDS_PER_MINUTE = 230


@dataclass
class _Placed:
    block: Block
    view_start: int
    utf16: Utf16Map


def meta_line(document: Document) -> str:
    """Byline, outlet and date when the source gave them, then file name and reading time."""
    meta = document.metadata
    parts = [str(meta[key]) for key in ("byline", "outlet", "date") if meta.get(key)]
    if document.path:
        parts.append(Path(document.path).name)
    words = len(document.text.split())
    minutes = max(1, round(words / WORDS_PER_MINUTE))
    parts.append(f"{words:,} words · {minutes} min read")
    return "  ·  ".join(parts)


class ArticleLayout:
    """Builds the QTextDocument of one Document and converts positions both ways."""

    def __init__(self, document: Document, qdoc: QTextDocument) -> None:
        self.document = document
        self.qdoc = qdoc
        self._placed: list[_Placed] = []
        self._starts: list[int] = []
        # QTextBlock number -> index into document.blocks (None for the metadata line)
        self._view_blocks: list[int | None] = []
        self._sized: list[tuple[int, int, str]] = []
        self._build()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        qdoc = self.qdoc
        qdoc.clear()
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        first = True
        for index, block in enumerate(self.document.blocks):
            text = self.document.block_text(block)
            fmt, kind = _block_format(block)
            if first:
                cursor.setBlockFormat(fmt)
                first = False
            else:
                cursor.insertBlock(fmt, QTextCharFormat())
            start = cursor.position()
            self._placed.append(_Placed(block, start, Utf16Map(text)))
            self._starts.append(block.start)
            self._view_blocks.append(index)
            cursor.insertText(text, _char_format(block))
            if kind in SCALE:
                self._sized.append((start, cursor.position(), kind))
            if index == 0 and block.kind == "title":
                self._insert_meta(cursor)
        cursor.endEditBlock()

    def _insert_meta(self, cursor: QTextCursor) -> None:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(18)
        cursor.insertBlock(fmt, QTextCharFormat())
        start = cursor.position()
        char = QTextCharFormat()
        char.setProperty(QTextCharFormat.Property.UserProperty, "meta")
        cursor.insertText(meta_line(self.document), char)
        self._sized.append((start, cursor.position(), "meta"))
        self._view_blocks.append(None)

    def apply_font(self, family: str, point_size: float, meta_colour=None) -> None:
        """Body font and the sizes of headline, headings and metadata, relative to it."""
        font = QFont(family)
        font.setPointSizeF(point_size)
        self.qdoc.setDefaultFont(font)
        cursor = QTextCursor(self.qdoc)
        cursor.beginEditBlock()
        for start, end, kind in self._sized:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontPointSize(point_size * SCALE[kind])
            if kind == "meta" and meta_colour is not None:
                fmt.setForeground(meta_colour)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    # -- mapping -----------------------------------------------------------------------------
    def block_index(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def view_block_of(self, index: int) -> int:
        """QTextBlock number of document block ``index``."""
        return index + (1 if index > 0 and self._view_blocks[1:2] == [None] else 0)

    def to_view(self, offset: int) -> int:
        """Qt position of core offset ``offset`` (an offset between blocks goes to a block end)."""
        if not self._placed:
            return 0
        placed = self._placed[self.block_index(offset)]
        inside = min(max(offset - placed.block.start, 0), placed.block.end - placed.block.start)
        return placed.view_start + placed.utf16.to_utf16(inside)

    def to_offset(self, position: int) -> int:
        """Core offset of Qt position ``position``; the metadata line maps to the next block."""
        qblock = self.qdoc.findBlock(position)
        number = qblock.blockNumber() if qblock.isValid() else len(self._view_blocks) - 1
        number = min(max(number, 0), len(self._view_blocks) - 1)
        index = self._view_blocks[number]
        if index is None:
            following = self._view_blocks[number + 1:number + 2]
            return self._placed[following[0]].block.start if following else len(self.document.text)
        placed = self._placed[index]
        inside = min(max(position - placed.view_start, 0), placed.utf16.utf16_length)
        return placed.block.start + placed.utf16.to_code_point(inside)

    def placed_blocks(self) -> list[tuple[int, Block, int, Utf16Map]]:
        """(document block index, block, view start, utf16 map) for every article block."""
        return [(i, p.block, p.view_start, p.utf16) for i, p in enumerate(self._placed)]


def _block_format(block: Block) -> tuple[QTextBlockFormat, str]:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(150.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setBottomMargin(12)
    kind = block.kind
    if kind == "title":
        fmt.setLineHeight(120.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(6)
        fmt.setHeadingLevel(1)
    elif kind == "heading":
        fmt.setTopMargin(14)
        fmt.setHeadingLevel(min(6, max(2, block.level + 1)))
    elif kind == "list_item":
        fmt.setIndent(1 + max(0, block.level - 1))
        fmt.setBottomMargin(6)
    elif kind == "blockquote":
        fmt.setLeftMargin(28)
        fmt.setRightMargin(12)
    elif kind == "preformatted":
        fmt.setNonBreakableLines(False)
        fmt.setLineHeight(120.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt, kind


def _char_format(block: Block) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if block.kind in ("title", "heading"):
        fmt.setFontWeight(QFont.Weight.Bold)
    elif block.kind == "blockquote":
        fmt.setFontItalic(True)
    elif block.kind == "preformatted":
        fmt.setFontFamilies(["DejaVu Sans Mono", "monospace"])
    return fmt
