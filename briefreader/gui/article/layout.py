"""The article as a QTextDocument, and the map between the core's offsets and Qt positions.

The core's ``Document.text`` separates blocks with a blank line; the view shows each block as one
QTextBlock with its own spacing, and adds a line of metadata (byline, outlet, date) under the
headline that is not part of the text (a PDF's first heading is its title block; a PDF with no
heading has no title line, and its title from the file's metadata and the metadata line stand
above the text, neither part of it). So positions are mapped per block: a core offset finds its
block, then its UTF-16 position inside that block's text (see offsets.py).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from briefreader.document import Block, Document
from briefreader.gui.article.offsets import Utf16Map
from briefreader.gui.lazy_qt import solid_brush

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
    pages = meta.get("page_count")
    if isinstance(pages, int) and pages > 0:
        parts.append(f"{pages:,} page{'s' if pages != 1 else ''}")
    if not meta.get("partial"):    # the first page of a report still loading: no count yet
        words = len(document.text.split())
        minutes = max(1, round(words / WORDS_PER_MINUTE))
        parts.append(f"{words:,} words · {minutes} min read")
    return "  ·  ".join(parts)


class ArticleLayout:
    """Builds the QTextDocument of one Document and converts positions both ways."""

    def __init__(self, document: Document, qdoc: QTextDocument, family: str = "DejaVu Serif",
                 point_size: float = 12.5, meta_colour: QColor | None = None,
                 build_now: bool = True) -> None:
        self.document = document
        self.qdoc = qdoc
        self.family, self.point_size, self.meta_colour = family, point_size, meta_colour
        self._placed: list[_Placed] = []
        self._starts: list[int] = []
        # QTextBlock number -> index into document.blocks (None for the metadata line)
        self._view_blocks: list[int | None] = []
        self._sized: list[tuple[int, int, str]] = []
        self._next = 0      # the next document block to insert
        qdoc.clear()
        qdoc.setDefaultFont(self._font())
        self._cursor = QTextCursor(qdoc)
        if build_now:
            self.build_step(None)

    @property
    def complete(self) -> bool:
        return self._next >= len(self.document.blocks)

    # -- building ----------------------------------------------------------------------------
    def build_step(self, max_blocks: int | None) -> bool:
        """Insert the next ``max_blocks`` blocks (all when None); True once the text is complete.

        A long report is built a slice per event-loop turn: each slice is laid out as it comes,
        where one insertion of the whole text would hold the window for a long layout pass."""
        blocks = self.document.blocks
        stop = len(blocks) if max_blocks is None else min(len(blocks), self._next + max_blocks)
        cursor = self._cursor
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        for index in range(self._next, stop):
            block = blocks[index]
            text = self.document.block_text(block)
            headline = index == 0 and block.kind == "title"
            if index == 0 and not headline:
                self._insert_header(cursor)
            fmt, kind = _block_format(block, block.kind)
            self._new_block(cursor, fmt)
            start = cursor.position()
            self._placed.append(_Placed(block, start, Utf16Map(text)))
            self._starts.append(block.start)
            self._view_blocks.append(index)
            cursor.insertText(text, self._char_format(kind, kind))
            if kind in SCALE:
                self._sized.append((start, cursor.position(), kind))
            if headline:
                self._insert_meta(cursor)
        cursor.endEditBlock()
        self._next = stop
        return self.complete

    def _new_block(self, cursor: QTextCursor, fmt: QTextBlockFormat) -> None:
        if self._view_blocks:      # the QTextDocument's first block is there already
            cursor.insertBlock(fmt, QTextCharFormat())
        else:
            cursor.setBlockFormat(fmt)

    def _insert_header(self, cursor: QTextCursor) -> None:
        """The title (a PDF's from its metadata) and the metadata line, above a text that does
        not begin with its title; neither is part of the text."""
        if self.document.title:
            self._new_block(cursor, _block_format(Block("title", 0, 0), "title")[0])
            start = cursor.position()
            cursor.insertText(self.document.title, self._char_format("title", "title"))
            self._sized.append((start, cursor.position(), "title"))
            self._view_blocks.append(None)
        self._insert_meta(cursor)

    def _insert_meta(self, cursor: QTextCursor) -> None:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(18)
        self._new_block(cursor, fmt)
        start = cursor.position()
        cursor.insertText(meta_line(self.document), self._char_format("meta", "meta"))
        self._sized.append((start, cursor.position(), "meta"))
        self._view_blocks.append(None)

    def _font(self) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(self.point_size)
        return font

    def _char_format(self, block_kind: str, size_kind: str) -> QTextCharFormat:
        fmt = _char_format(block_kind)
        if size_kind in SCALE:
            fmt.setFontPointSize(self.point_size * SCALE[size_kind])
        if block_kind == "meta" and self.meta_colour is not None:
            fmt.setForeground(solid_brush(self.meta_colour))   # before the first paint
        return fmt

    def apply_font(self, family: str, point_size: float, meta_colour=None) -> None:
        """Body font and the sizes of headline, headings and metadata, relative to it."""
        self.family, self.point_size = family, point_size
        if meta_colour is not None:
            self.meta_colour = meta_colour
        self.qdoc.setDefaultFont(self._font())
        cursor = QTextCursor(self.qdoc)
        cursor.beginEditBlock()
        for start, end, kind in self._sized:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(self._char_format(kind if kind == "meta" else "", kind))
        cursor.endEditBlock()

    # -- mapping -----------------------------------------------------------------------------
    def block_index(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def to_view(self, offset: int) -> int:
        """Qt position of core offset ``offset`` (an offset between blocks goes to a block end)."""
        if not self._placed:
            return 0
        placed = self._placed[self.block_index(offset)]
        inside = min(max(offset - placed.block.start, 0), placed.block.end - placed.block.start)
        return placed.view_start + placed.utf16.to_utf16(inside)

    def to_offset(self, position: int) -> int:
        """Core offset of Qt position ``position``; the header lines map to the next block."""
        qblock = self.qdoc.findBlock(position)
        number = qblock.blockNumber() if qblock.isValid() else len(self._view_blocks) - 1
        number = min(max(number, 0), len(self._view_blocks) - 1)
        index = self._view_blocks[number]
        if index is None:     # the header: its position is the text's next block
            following = next((i for i in self._view_blocks[number + 1:] if i is not None), None)
            return (self._placed[following].block.start if following is not None
                    else len(self.document.text))
        placed = self._placed[index]
        inside = min(max(position - placed.view_start, 0), placed.utf16.utf16_length)
        return placed.block.start + placed.utf16.to_code_point(inside)

    def placed_count(self) -> int:
        """How many of the article's blocks are in the view so far."""
        return len(self._placed)

    def view_start(self, index: int) -> int:
        """Where the ``index``-th placed block starts in the view."""
        return self._placed[index].view_start

    def placed_blocks(self) -> list[tuple[int, Block, int, Utf16Map]]:
        """(document block index, block, view start, utf16 map) for every article block."""
        return [(i, p.block, p.view_start, p.utf16) for i, p in enumerate(self._placed)]


def _block_format(block: Block, kind: str) -> tuple[QTextBlockFormat, str]:
    """The block's format when shown as ``kind``."""
    fmt = QTextBlockFormat()
    fmt.setLineHeight(150.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setBottomMargin(12)
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


def _char_format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind in ("title", "heading"):
        fmt.setFontWeight(QFont.Weight.Bold)
    elif kind == "blockquote":
        fmt.setFontItalic(True)
    elif kind == "preformatted":
        fmt.setFontFamilies(["DejaVu Sans Mono", "monospace"])
    return fmt
