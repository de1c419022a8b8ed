"""Find in the article: Ctrl+F opens it; Enter or F3 finds the next match, Shift+Enter goes back."""

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


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName("Find in article")
        self.view: QTextEdit | None = None
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

    def open_bar(self, view: QTextEdit | None) -> None:
        self.view = view
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
        self._find(backward=False)

    def _find(self, backward: bool) -> bool:
        needle = self.field.text()
        view = self.view
        if view is None or not needle:
            self.status.clear()
            return False
        found = view.find(needle, self._flags(backward))
        if not found:  # wrap around
            cursor = view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward
                                else QTextCursor.MoveOperation.Start)
            view.setTextCursor(cursor)
            found = view.find(needle, self._flags(backward))
        self.status.setText("" if found else "Not found")
        self.field.setProperty("notFound", not found)
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)
        if found and hasattr(view, "centre_on"):
            view.centre_on(view.textCursor())
        return found
