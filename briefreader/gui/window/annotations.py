"""The window's side of annotations: the store, highlighting, undo, and the brief export.

Every store write happens here, on the GUI thread. Writes by others (``briefreader annotate``,
another window) are noticed when the window becomes active and before an export: the store's data
version says whether anyone else committed since the window last looked. What it needs from the
window is given to it when it is made (the open sessions, the current one and its view, where
messages go), so it can be read, and tested, on its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoGroup
from PySide6.QtWidgets import QWidget

from briefreader.errors import BriefreaderError
from briefreader.gui.article.view import ArticleView
from briefreader.gui.session.article_session import DocumentSession

log = logging.getLogger(__name__)


class AnnotationCommands(QObject):
    """Opens the store on first use, gives each loaded session its notes, and runs the
    highlight and export commands."""

    highlighted = Signal()     # a highlight was just made (the window shows its note editor)

    def __init__(self, dialog_parent: QWidget, sessions: Callable[[], list[DocumentSession]],
                 current_session: Callable[[], DocumentSession | None],
                 current_view: Callable[[], ArticleView | None],
                 show_error: Callable[[str], None], show_status: Callable[[str], None]) -> None:
        super().__init__(dialog_parent)
        self.dialog_parent = dialog_parent
        self.sessions = sessions
        self.current_session = current_session
        self.current_view = current_view
        self.show_error = show_error
        self.show_status = show_status
        self.undo_group = QUndoGroup(self)
        self.store = None
        self._store_failed = False
        self.export_dialog = None
        self._data_version: int | None = None    # the store's, when the window last looked
        dialog_parent.installEventFilter(self)
        QGuiApplication.instance().applicationStateChanged.connect(self._application_state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ActivationChange and watched is self.dialog_parent \
                and self.dialog_parent.isActiveWindow():
            self.notice_changes_elsewhere()
        return False

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.notice_changes_elsewhere()

    def notice_changes_elsewhere(self) -> bool:
        """Reload every open article's annotations if another connection or process wrote to
        the store since the window last looked; True if it did."""
        if self.store is None:
            return False
        try:
            version = self.store.data_version()
        except BriefreaderError as exc:
            self.show_error(str(exc))
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        for session in self.sessions():
            if session.notes is not None:
                session.notes.reload()
        return True

    def open_store(self):
        """The annotation store, opened on first use; None (after saying why) if it cannot be."""
        if self.store is None and not self._store_failed:
            from briefreader.store.annotations import AnnotationStore

            try:
                self.store = AnnotationStore.open()
            except BriefreaderError as exc:
                self._store_failed = True
                self.show_error(f"{exc} — highlights and notes cannot be saved")
                return None
            if self.store.recovery is not None:
                self.show_error(str(self.store.recovery))
            self._data_version = self.store.data_version()
        return self.store

    def attach_notes(self, session: DocumentSession) -> None:
        from briefreader.gui.session.annotating import DocumentNotes

        store = self.open_store()
        if store is None or session.notes is not None or session.document is None \
                or session.closed:
            return
        notes = DocumentNotes(store, session.document, session)
        notes.failed.connect(self.show_error)
        self.undo_group.addStack(notes.undo_stack)
        session.attach_notes(notes)
        if session is self.current_session():
            self.undo_group.setActiveStack(notes.undo_stack)

    def follow_current(self, session: DocumentSession | None) -> None:
        notes = session.notes if session is not None else None
        self.undo_group.setActiveStack(notes.undo_stack if notes is not None else None)

    def forget(self, session: DocumentSession) -> None:
        if session.notes is not None:
            self.undo_group.removeStack(session.notes.undo_stack)

    def highlight_selection(self, tag: str | None = None) -> bool:
        view = self.current_view()
        if view is None or not view.highlight_selection(tag):
            self.show_status("Select some text in the article to highlight it.")
            return False
        # the new highlight's colour shows instead of the selection's
        cursor = view.textCursor()
        cursor.clearSelection()
        view.setTextCursor(cursor)
        self.highlighted.emit()
        return True

    def highlight_with_tag(self, index: int) -> bool:
        session = self.current_session()
        if session is None or session.notes is None or index >= len(session.notes.tags):
            return False
        return self.highlight_selection(session.notes.tags[index].name)

    def tag_names(self) -> list[str]:
        session = self.current_session()
        return [t.name for t in session.notes.tags] if session and session.notes else []

    def export_brief(self) -> None:
        from briefreader.gui.window.export_dialog import ExportDialog

        self.notice_changes_elsewhere()    # a brief always reflects the store
        ready = [s for s in self.sessions() if s.extraction is not None]
        if not ready:
            self.show_error("Open an article and let its analysis finish before exporting.")
            return
        dialog = ExportDialog(ready, self.current_session(), self.dialog_parent)
        dialog.failed.connect(self.show_error)
        self.export_dialog = dialog
        dialog.open()
