"""Page breaks of a paged document (PDF), shown discreetly: "p. 4" in the margin left of the
column, level with the first line of the first block that starts on that page.

The labels are painted by a strip over the view's left margin (the room ``setViewportMargins``
leaves), never written into the text: copying, finding and the offsets stay the text's own. The
strip is built with the view, before the first paint: nothing here touches PySide6's ``Qt`` enums
(see lazy_qt.py); a wheel turned over it reaches the view as over any margin.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QTextEdit, QWidget

from briefreader.document import Document
from briefreader.gui.article.layout import ArticleLayout

LABEL_GAP = 10          # between a label and the column (px)
LABEL_SCALE = 0.75      # of the body text's size


def page_starts(document: Document) -> list[tuple[int, int]]:
    """(block index, page) for each block whose page differs from the previous block's (the
    first block's page too); [] for a document without pages."""
    starts: list[tuple[int, int]] = []
    previous: int | None = None
    for index, block in enumerate(document.blocks):
        if block.page is not None and block.page != previous:
            starts.append((index, block.page))
        previous = block.page
    return starts


def page_label(page: int) -> str:
    return f"p. {page}"


class PageMargin(QWidget):
    """Paints the page labels of ``view``'s document over its left margin."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self.view = view
        self.layout_map: ArticleLayout | None = None
        self.starts: list[tuple[int, int]] = []
        self._start_blocks: list[int] = []
        self._colour: QColor | None = None
        self.setObjectName("pageMargin")
        view.verticalScrollBar().valueChanged.connect(self.update)
        self.hide()

    def set_layout(self, layout_map: ArticleLayout | None) -> None:
        self.layout_map = layout_map
        self.starts = page_starts(layout_map.document) if layout_map is not None else []
        self._start_blocks = [index for index, _ in self.starts]
        self.setVisible(bool(self.starts))
        if self.starts and self._colour is not None:
            self.set_colour(self._colour)
        self.follow_view()

    def set_colour(self, colour: QColor) -> None:
        # the painter's pen comes from the palette: a QPen or a QColor copy would build Qt's
        # enums (lazy_qt.py) before the first paint
        self._colour = colour
        if not self.starts:
            return       # set when a paged document comes (set_layout)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)

    def label_width(self) -> int:
        """Room the longest label needs beside the column (0 without pages)."""
        if not self.starts:
            return 0
        widest = page_label(max(page for _, page in self.starts))
        return self.fontMetrics().horizontalAdvance(widest) + LABEL_GAP + 4

    def follow_view(self) -> None:
        """Cover the view's left margin (call after the margins or the size changed). Without
        pages there is nothing to cover: the strip stays hidden and costs the first paint
        nothing."""
        if not self.starts:
            return
        viewport = self.view.viewport().geometry()
        self.setGeometry(QRect(0, viewport.top(), viewport.left(), viewport.height()))
        font = QFont(self.view.document().defaultFont())
        font.setPointSizeF(font.pointSizeF() * LABEL_SCALE)
        self.setFont(font)
        self.update()

    def labels(self, low: float | None = None, high: float | None = None
               ) -> list[tuple[int, str]]:
        """(y in this strip, label) of each page start in the laid-out text, visible or not;
        with ``low`` and ``high``, only those whose y falls between them. The tops of the blocks
        grow down the text, so the first is found by bisection: a paint of a 500-page report
        asks the layout about the few pages on screen, not about all of them."""
        if self.layout_map is None:
            return []
        layout_map = self.layout_map
        qdoc = self.view.document()
        layout = qdoc.documentLayout()
        scroll = self.view.verticalScrollBar().value()
        # a long text is still being built: the pages of blocks not placed yet come with it
        count = bisect_left(self._start_blocks, layout_map.placed_count())

        def baseline(k: int) -> int:
            qblock = qdoc.findBlock(layout_map.view_start(self.starts[k][0]))
            line = qblock.layout().lineAt(0) if qblock.layout().lineCount() else None
            top = layout.blockBoundingRect(qblock).top() - scroll
            return int(top + (line.y() + line.ascent() if line else 0))

        k = 0 if low is None else bisect_left(range(count), low, key=baseline)
        found = []
        while k < count:
            y = baseline(k)
            if high is not None and y > high:
                break
            found.append((y, page_label(self.starts[k][1])))
            k += 1
        return found

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)     # its pen: the palette's text colour (set_colour)
        metrics = self.fontMetrics()
        right = self.width() - LABEL_GAP
        margin = metrics.height()
        for baseline, label in self.labels(-margin, self.height() + margin):
            painter.drawText(right - metrics.horizontalAdvance(label), baseline, label)
        painter.end()
