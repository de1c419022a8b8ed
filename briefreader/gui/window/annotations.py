"""The window's side of annotations: the store, highlighting, undo, and the brief export."""

from __future__ import annotations

import logging

from briefreader.errors import BriefreaderError

log = logging.getLogger(__name__)


class AnnotationCommands:
    """Mixed into MainWindow: every store write happens here, on the GUI thread."""

    _store = None
    _store_failed = False

    def open_store(self):
        """The annotation store, opened on first use; None (after saying why) if it cannot be."""
        if self._store is None and not self._store_failed:
            from briefreader.store.annotations import AnnotationStore

            try:
                self._store = AnnotationStore.open()
            except BriefreaderError as exc:
                self._store_failed = True
                self.show_error(f"{exc} — highlights and notes cannot be saved")
                return None
            if self._store.recovery is not None:
                self.show_error(str(self._store.recovery))
        return self._store

    def attach_notes(self, session) -> None:
        from briefreader.gui.session.annotating import DocumentNotes

        store = self.open_store()
        if store is None or session.notes is not None or session.document is None:
            return
        notes = DocumentNotes(store, session.document, session)
        notes.failed.connect(self.show_error)
        self.undo_group.addStack(notes.undo_stack)
        session.attach_notes(notes)
        if session is self.current_session():
            self.undo_group.setActiveStack(notes.undo_stack)

    def highlight_selection(self, tag: str | None = None) -> bool:
        view = self.current_view()
        if view is None or not view.highlight_selection(tag):
            self.statusBar().showMessage("Select some text in the article to highlight it.", 4000)
            return False
        return True

    def highlight_with_tag(self, index: int) -> bool:
        session = self.current_session()
        if session is None or session.notes is None or index >= len(session.notes.tags):
            return False
        return self.highlight_selection(session.notes.tags[index].name)

    def name_tag_actions(self) -> None:
        session = self.current_session()
        tags = session.notes.tags if session and session.notes else []
        for index, action in enumerate(self.actions_.highlight_tags):
            action.setVisible(index < len(tags))
            if index < len(tags):
                action.setText(tags[index].name)

    def export_brief(self) -> None:
        from briefreader.gui.window.export_dialog import ExportDialog

        ready = [s for s in self.sessions if s.extraction is not None]
        if not ready:
            self.show_error("Open an article and let its analysis finish before exporting.")
            return
        dialog = ExportDialog(ready, self.current_session(), self)
        dialog.failed.connect(self.show_error)
        self.export_dialog = dialog
        dialog.open()
