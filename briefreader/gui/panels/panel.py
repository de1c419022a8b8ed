"""What every panel shares: following the current session, and a message while there is no data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from briefreader.gui.idle_jobs import run_soon
from briefreader.gui.session.article_session import EXTRACTING, FAILED, LOADING, DocumentSession


class Panel(QWidget):
    ORIGIN = ""  # the name this panel gives the selections it makes
    refreshed = Signal()   # the panel now shows its session's current extraction

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        self.shown_extraction = None   # the extraction this panel was last filled from
        self._stack = QStackedLayout(self)
        self.content = QWidget(self)
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(6, 6, 6, 6)
        self.content_layout.setSpacing(6)
        self.message = QLabel(self)
        self.message.setObjectName("panelMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._stack.addWidget(self.content)
        self._stack.addWidget(self.message)
        self._show_state()

    def set_session(self, session: DocumentSession | None) -> None:
        if self.session is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self.session = session
        if session is not None:
            for signal, slot in self._connections():
                signal.connect(slot)
        self._refresh_now()
        self._show_state()

    def _connections(self):
        s = self.session
        return [(s.extractionReady, self._refresh_soon), (s.stateChanged, self._show_state),
                (s.selectionChanged, self._on_selection)]

    def _refresh_soon(self) -> None:
        # Each panel fills on its own turn of the event loop: with a long report's thousands of
        # rows, filling all of them at once would hold the window for a noticeable moment.
        run_soon(self, self._refresh_now)

    def _refresh_now(self) -> None:
        self.refresh()
        self.shown_extraction = self.session.extraction if self.session else None
        self.refreshed.emit()

    def _show_state(self, *_args) -> None:
        s = self.session
        text = None
        if s is None:
            text = "Open an article to see what it holds."
        elif s.state == LOADING:
            text = "Opening the article…"
        elif s.state == EXTRACTING:
            text = "Analysing the article…"
        elif s.state == FAILED:
            text = "Nothing to show: the article could not be analysed."
        if text is None:
            self._stack.setCurrentWidget(self.content)
        else:
            self.message.setText(text)
            self._stack.setCurrentWidget(self.message)

    def _on_selection(self, start: int, end: int, origin: str) -> None:
        if origin != self.ORIGIN:
            self.follow_selection(start, end)

    # -- for subclasses ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild from self.session.extraction (which may be None)."""

    def follow_selection(self, start: int, end: int) -> None:
        """Select the items lying under [start, end) of the article."""

    def item_count(self) -> int:
        return 0


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end
