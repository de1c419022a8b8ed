"""The article: readable typography, marks with tooltips, selection shared with the panels.

Over 300 lines: one QTextEdit whose overrides (paint, resize, tooltip, mouse, context menu) and
slots share its state (the layout map, the marks, the tints of picked mentions and find matches);
split further, the parts would need a mixin relying on each other's attributes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip

from briefreader.gui.article.layout import ArticleLayout
from briefreader.gui.article.marks import MarkPainter, marks_from_annotations, marks_in_steps
from briefreader.gui.article.page_margin import PageMargin
from briefreader.gui.idle_jobs import run_in_steps, run_soon
from briefreader.gui.lazy_qt import Qt
from briefreader.gui.session.article_session import DocumentSession
from briefreader.gui.theme import MarkColours

COLUMN_CHARS = 72          # comfortable line length, in average character widths
MIN_SIDE_MARGIN = 28
DEFAULT_FAMILY = "DejaVu Serif"
FIRST_SLICE_BLOCKS = 60     # blocks shown at once when a text opens
BUILD_SLICE_BLOCKS = 100    # blocks added per event-loop turn after that
ORIGIN = "article"


class ArticleView(QTextEdit):
    """Shows one session's document; emits nothing itself: intents go to the session."""

    marksPainted = Signal()
    textComplete = Signal()   # every block of a long text is in the view
    firstPainted = Signal()   # the text is on screen for the first time

    def __init__(self, session: DocumentSession, colours: MarkColours, point_size: float,
                 family: str = DEFAULT_FAMILY, parent=None) -> None:
        super().__init__(parent)
        self._painted = False
        self.previewing = False    # a PDF's first page is shown while the rest loads
        self._marks_for = None     # the extraction whose marks are laid
        self.session = session
        self.layout_map: ArticleLayout | None = None
        self._colours = colours
        self._family = family
        self._point_size = point_size
        self.setReadOnly(True)   # selectable by keyboard too from the first paint (_painted_once)
        self.setAcceptDrops(False)          # files dropped here go to the window
        self.viewport().setAcceptDrops(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # the page's colour around the column too, from the first paint (before the style sheet)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setAccessibleName("Article text")
        self.setObjectName("articleView")
        self.painter = MarkPainter(self)
        self.painter.finished.connect(self.marksPainted)
        self.painter.set_colours(colours)
        self.page_margin = PageMargin(self)     # "p. 4" beside a PDF's page breaks
        self.document().setDocumentMargin(36)   # "Loading page 12 of 500…" stands in the column
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self._selection_timer = QTimer(self, singleShot=True, interval=150)
        self._selection_timer.timeout.connect(self._send_selection)
        self.selectionChanged.connect(self._selection_timer.start)
        self._following = False  # true while showing a selection made elsewhere
        self._focus_ranges: list[tuple[int, int]] = []   # view positions, tinted
        self._find_ranges: list[tuple[int, int]] = []
        session.documentLoaded.connect(self._show_document)
        session.extractionReady.connect(lambda: run_soon(self, self._show_marks))
        session.selectionChanged.connect(self._follow_selection)
        session.focusChanged.connect(self._follow_focus)
        session.notesReady.connect(self._attach_notes)
        session.loadProgress.connect(self._show_progress)
        session.previewReady.connect(self._show_preview)
        self._scheme = "light"
        if session.document is not None:
            self._show_document()
            if session.extraction is not None:
                self._show_marks()
        if session.notes is not None:
            self._attach_notes()

    # -- content ------------------------------------------------------------------------------
    def _show_preview(self, document) -> None:
        """A PDF's first page while the rest loads: to read only (see offset_map)."""
        if self.session.document is not None:
            return
        self.previewing = True
        self._show_text(document).build_step(None)   # one page: all at once

    def _show_document(self) -> None:
        kept = self.verticalScrollBar().value() if self.previewing else 0  # both start alike
        self.previewing = False
        layout = self._show_text(self.session.document)
        self.verticalScrollBar().setValue(kept)
        if layout.complete:
            self._text_complete()
        else:
            run_soon(self, lambda: self._build_more(layout))

    def _show_text(self, document) -> ArticleLayout:
        """A new QTextDocument for ``document``, its first slice built and shown."""
        qdoc = QTextDocument(self)
        qdoc.setUndoRedoEnabled(False)
        layout = ArticleLayout(document, qdoc, self._family, self._point_size,
                               self._colours.meta_text, build_now=False)
        qdoc.setDocumentMargin(0)
        root = qdoc.rootFrame()
        fmt = root.frameFormat()
        fmt.setTopMargin(36)
        fmt.setBottomMargin(48)
        root.setFrameFormat(fmt)         # set while empty: no layout to redo
        layout.build_step(FIRST_SLICE_BLOCKS)   # a screenful at once, the rest a slice per turn
        self.layout_map = layout
        self._fit_column(qdoc)    # first: the document is laid out once, at its column's width
        self.setDocument(qdoc)
        self.page_margin.set_layout(layout)
        self._fit_column()
        return layout

    def _build_more(self, layout: ArticleLayout) -> None:
        # one slice per turn of the shared idle-job queue, so that it never shares a turn with
        # a panel's fill or a slice of marks
        if layout is not self.layout_map:
            return       # a newer text replaced this one
        done = layout.build_step(BUILD_SLICE_BLOCKS)
        self.page_margin.update()     # the labels of the pages just built
        if done:
            self._text_complete()
        else:
            run_soon(self, lambda: self._build_more(layout))

    def _show_progress(self, done: int, total: int) -> None:
        self.setPlaceholderText(f"Loading page {done:,} of {total:,}…")

    def _text_complete(self) -> None:
        self.painter.set_layout(self.layout_map)
        self.textComplete.emit()
        if self.session.extraction is not None:
            self._show_marks()

    @property
    def offset_map(self) -> ArticleLayout | None:
        """The offsets' map; None while a preview (whose offsets are not the document's) shows."""
        return None if self.previewing else self.layout_map

    @property
    def text_complete(self) -> bool:
        return self.layout_map is not None and self.layout_map.complete and not self.previewing

    def _show_marks(self) -> None:
        if not self.text_complete or self.session.extraction is None:
            return       # laid when the text is complete
        extraction = self.session.extraction   # a long report's: made over several turns
        run_in_steps(self, marks_in_steps(extraction), lambda m: self._lay_marks(extraction, m),
                     lambda: extraction is self.session.extraction)

    def _lay_marks(self, extraction, marks) -> None:
        if extraction is self.session.extraction and self.text_complete:
            self._marks_for = extraction   # first: marksPainted may come from set_marks itself
            self.painter.set_marks(marks)

    # -- the reader's highlights --------------------------------------------------------------
    def _attach_notes(self) -> None:
        self.session.notes.changed.connect(self._show_highlights)
        self._show_highlights()

    def _show_highlights(self) -> None:
        notes = self.session.notes
        self.painter.set_highlights(marks_from_annotations(notes.annotations),
                                    {t.name: t.colour for t in notes.tags})

    def highlight_selection(self, tag: str | None = None) -> bool:
        """Highlight the selected text (with ``tag``, else the default tag); False if nothing
        is selected or the store is not available."""
        offsets = self.selected_offsets()
        notes = self.session.notes
        if notes is None or offsets is None or offsets[0] >= offsets[1]:
            return False
        return notes.highlight(*offsets, tag=tag)

    def highlights_at_position(self, pos) -> list:
        notes = self.session.notes
        if notes is None or self.offset_map is None:
            return []
        return notes.at(self.offset_map.to_offset(self.cursorForPosition(pos).position()))

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        # A plain click on a highlight opens it in the Annotations panel (to edit or delete).
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            found = self.highlights_at_position(event.position().toPoint())
            if found:
                self.session.notes.selected.emit(found[-1].annotation.id)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        notes = self.session.notes
        if notes is not None:
            menu.addSeparator()
            highlight = menu.addMenu("&Highlight as")
            highlight.setEnabled(self.textCursor().hasSelection())
            for tag in notes.tags:
                highlight.addAction(tag.name, lambda t=tag.name: self.highlight_selection(t))
            for placed in self.highlights_at_position(event.pos()):
                a = placed.annotation
                menu.addAction(f"Edit highlight “{a.tag}”…",
                               lambda i=a.id: notes.selected.emit(i))
                menu.addAction("Delete highlight", lambda a=a: notes.delete(a))
        menu.exec(event.globalPos())
        menu.deleteLater()

    @property
    def marks_done(self) -> bool:
        """The text is complete and the marks of the current extraction are all laid."""
        extraction = self.session.extraction
        return self.text_complete and not self.painter.busy and (
            extraction is None or self._marks_for is extraction)

    def set_colours(self, colours: MarkColours, scheme: str = "light") -> None:
        self._colours = colours
        self._scheme = scheme
        self.painter.set_colours(colours, scheme)
        self.page_margin.set_colour(colours.meta_text)
        if self.layout_map is not None:
            self.layout_map.apply_font(self._family, self._point_size, colours.meta_text)
        self._show_extra_selections()

    def set_family(self, family: str) -> None:
        self._family = family
        if self.layout_map is not None:
            self.layout_map.apply_font(family, self._point_size, self._colours.meta_text)
        self._fit_column()

    def set_point_size(self, point_size: float) -> None:
        self._point_size = point_size
        if self.layout_map is not None:
            self.layout_map.point_size = point_size
            self.layout_map.apply_font(self._family, point_size, self._colours.meta_text)
        else:
            font = self.font()
            font.setPointSizeF(point_size)
            self.document().setDefaultFont(font)
        self._fit_column()

    @property
    def point_size(self) -> float:
        return self._point_size

    def set_mark_kind_visible(self, kind: str, visible: bool) -> None:
        self.painter.set_enabled(kind, visible)

    # -- typography ---------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self, qdoc: QTextDocument | None = None) -> None:
        """Lines of about COLUMN_CHARS characters of ``qdoc`` (the shown document), centred by
        the view's margins.

        The text is laid out at a fixed width, so resizing the window only moves the column
        (no new layout of a long text); only a window too narrow for it, or a zoom, rewraps."""
        metrics = QFontMetricsF((qdoc or self.document()).defaultFont())
        column = int(metrics.averageCharWidth() * COLUMN_CHARS)
        scrollbar = self.verticalScrollBar().sizeHint().width()
        # Not shown yet, the view has no size of its own: until the panels come, the text has
        # the window's width, so the first layout is done at the width the first paint shows.
        shown_width = self.width() if self.isVisible() else self.window().width()
        room = shown_width - 2 * self.frameWidth() - scrollbar
        left = max(MIN_SIDE_MARGIN, self.page_margin.label_width())   # room for "p. 12"
        width = max(200, min(column, room - left - MIN_SIDE_MARGIN))
        side = max(left, (room - width) // 2)
        if width != self.lineWrapColumnOrWidth():
            self.setLineWrapColumnOrWidth(width)
        margins = self.viewportMargins()
        if (margins.left(), margins.right()) != (side, room - width - side):
            self.setViewportMargins(side, 0, room - width - side, 0)
        self.page_margin.follow_view()

    # -- tooltips -----------------------------------------------------------------------------
    def viewportEvent(self, event) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint \
                and self.layout_map is not None:
            handled = super().viewportEvent(event)
            self._painted_once()
            return handled
        if event.type() == QEvent.Type.ToolTip and self.layout_map is not None:
            cursor = self.cursorForPosition(event.pos())
            offset = self.layout_map.to_offset(cursor.position())
            tips = [m.tooltip for m in self.painter.marks_at(offset)]
            if tips:
                QToolTip.showText(event.globalPos(), "<br>".join(dict.fromkeys(tips)), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _painted_once(self) -> None:
        self._painted = True
        # Settings that need PySide6's Qt enums wait until the paint showing the text is done
        # (see lazy_qt); the window then builds its chrome.
        QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.firstPainted.emit()     # first: the window starts the analysis's process
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)

    # -- selection ----------------------------------------------------------------------------
    def selected_offsets(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if self.offset_map is None or not cursor.hasSelection():
            return None
        return (self.offset_map.to_offset(cursor.selectionStart()),
                self.offset_map.to_offset(cursor.selectionEnd()))

    def _send_selection(self) -> None:
        if self._following:
            return
        offsets = self.selected_offsets()
        if offsets and offsets[0] < offsets[1]:
            self.session.select(offsets[0], offsets[1], ORIGIN)

    def select_offsets(self, start: int, end: int) -> None:
        """Select core range [start, end) and bring it to the middle of the view."""
        if self.offset_map is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offset_map.to_view(start))
        cursor.setPosition(self.offset_map.to_view(end), QTextCursor.MoveMode.KeepAnchor)
        self._following = True
        try:
            self.setTextCursor(cursor)
        finally:
            self._following = False
        self._selection_timer.stop()
        self.centre_on(cursor)

    def centre_on(self, cursor: QTextCursor) -> None:
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)

    def _follow_selection(self, start: int, end: int, origin: str) -> None:
        if origin != ORIGIN:
            self._focus_ranges = []
            self._show_extra_selections()
            self.select_offsets(start, end)

    def _follow_focus(self, ranges: list, current: int, origin: str) -> None:
        if self.offset_map is None:
            return
        to_view = self.offset_map.to_view
        self._focus_ranges = [(to_view(start), to_view(end)) for start, end in ranges]
        self._show_extra_selections()
        if 0 <= current < len(ranges):
            self.select_offsets(*ranges[current])

    def set_find_matches(self, view_ranges: list[tuple[int, int]]) -> None:
        """Mark every match of the find bar (in view positions; [] clears them)."""
        self._find_ranges = view_ranges
        self._show_extra_selections()

    def _show_extra_selections(self) -> None:
        # the mentions picked in a panel and the find bar's matches, both tinted
        selections = []
        for start, end in [*self._focus_ranges, *self._find_ranges]:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format.setBackground(QColor(self._colours.focus))
            selections.append(sel)
        self.setExtraSelections(selections)

    # -- the place in the text, kept between runs ---------------------------------------------
    def top_offset(self) -> int:
        """The core offset of the text at the top of the view (0 before the text is shown)."""
        if self.offset_map is None:
            return 0
        return self.offset_map.to_offset(self.cursorForPosition(self.viewport().rect().topLeft())
                                         .position())

    def scroll_to_offset_once_complete(self, offset: int) -> None:
        """Show ``offset`` at the top once every block of the text is in the view."""
        def scroll() -> None:
            self.textComplete.disconnect(scroll)
            if self.layout_map is None:
                return
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.layout_map.to_view(offset))
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.cursorRect(cursor).top())

        self.textComplete.connect(scroll)
