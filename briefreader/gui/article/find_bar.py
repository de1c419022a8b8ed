"""Find in the article: Ctrl+F opens it; Enter or F3 finds the next match, Shift+Enter goes back.

Every match is tinted in the article, and the bar says which one is selected ("3 of 12")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

MAX_MARKED = 5000     # matches tinted at most (a one-letter search in a long report)


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName("Find in article")
        self.view = None      # the ArticleView searched
        self._matches: list[tuple[int, int]] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Find in article")
        self.field.setAccessibleName("Text to find")
        self.field.setClearButtonEnabled(True)
        self.previous_button = QToolButton(self, text="▲", toolTip="Previous match (Shift+F3)")
        self.previous_button.setAccessibleName("Previous match")
        self.next_button = QToolButton(self, text="▼", toolTip="Next match (F3)")
        self.next_button.setAccessibleName("Next match")
        self.case = QCheckBox("Match case", self)
        self.case.toggled.connect(lambda _on: self._incremental(""))
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        close = QToolButton(self, text="✕", toolTip="Close (Esc)")
        close.setAccessibleName("Close find bar")
        for widget in (self.field, self.previous_button, self.next_button, self.case):
            layout.addWidget(widget)
        layout.addWidget(self.status, 1)
        layout.addWidget(close)
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(self._incremental)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.field, self.find_previous,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()

    def set_view(self, view) -> None:
        """Search ``view`` from now on (the current tab changed); the old one's tints go."""
        if self.view is not None and self.view is not view:
            self.view.set_find_matches([])
        self.view = view
        self._matches = []
        if self.isVisible() and self.field.text():
            self._incremental("")

    def open_bar(self, view: QTextEdit | None) -> None:
        self.set_view(view)
        if view is not None and view.textCursor().hasSelection():
            selected = view.textCursor().selectedText()
            if "\u2029" not in selected and len(selected) < 80:
                self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.status.clear()
        if self.view is not None:
            self.view.set_find_matches([])
        self._matches = []
        self.closed.emit()

    def _flags(self, backward: bool) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        return flags

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _incremental(self, _text: str) -> None:
        # Search again from the start of the current match, so typing extends the same match.
        if self.view is not None:
            cursor = self.view.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.view.setTextCursor(cursor)
        self._mark_all()
        self._find(backward=False)

    def _mark_all(self) -> None:
        """Find every match of the field's text (view positions) and tint them."""
        needle, view = self.field.text(), self.view
        self._matches = []
        if view is not None and needle:
            document = view.document()
            cursor = QTextCursor(document)
            while len(self._matches) < MAX_MARKED:
                cursor = document.find(needle, cursor, self._flags(backward=False))
                if cursor.isNull():
                    break
                self._matches.append((cursor.selectionStart(), cursor.selectionEnd()))
        if view is not None:
            view.set_find_matches(self._matches)

    def match_count(self) -> int:
        return len(self._matches)

    def _where(self) -> str:
        """ "3 of 12": the selected match among all of them."""
        start = self.view.textCursor().selectionStart()
        index = next((i for i, (s, _e) in enumerate(self._matches) if s == start), None)
        total = f"{len(self._matches)}+" if len(self._matches) >= MAX_MARKED else \
            str(len(self._matches))
        return f"{index + 1} of {total}" if index is not None else f"{total} matches"

    def _find(self, backward: bool) -> bool:
        needle = self.field.text()
        view = self.view
        if view is None or not needle:
            self.status.clear()
            return False
        if not self._matches:
            self._mark_all()      # the text was searched before this view had it all
        found = view.find(needle, self._flags(backward))
        if not found:  # wrap around
            cursor = view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward
                                else QTextCursor.MoveOperation.Start)
            view.setTextCursor(cursor)
            found = view.find(needle, self._flags(backward))
        self.status.setText(self._where() if found else "Not found")
        self.field.setProperty("notFound", not found)
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)
        if found and hasattr(view, "centre_on"):
            view.centre_on(view.textCursor())
        return found
