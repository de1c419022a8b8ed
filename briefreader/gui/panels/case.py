"""The Case panel: a case's documents, search over them, its figure ledger and its actor index.

Everything slow runs on a worker thread with its own store connection: adding documents (which
analyses them in a pool of processes, with progress and a Cancel button) and opening a case
(reading every document's cached analysis). The window never waits. A search result or a ledger
figure asks the window to open its document at the passage (``openPassage``). Corrections (a
figure's incident, an actor's name across the case) are steps on the panel's undo stack, after
which the case is read again (case_corrections.py). The module is over 300 lines because it
holds three small views (documents, search, actors) beside the ledger (case_ledger.py) and the
one worker that feeds them all; split, each would be a few lines of Qt around the same state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefreader.cases.actors import CaseActor, case_actors, case_renames
from briefreader.cases.analysis import add_documents
from briefreader.cases.case_file import CaseFile, open_case
from briefreader.cases.ledger import Ledger, build_ledger
from briefreader.errors import BriefreaderError
from briefreader.gui.panels.case_corrections import actor_menu, rename_command
from briefreader.gui.panels.case_ledger import PASSAGE, LedgerTree, fit_columns
from briefreader.store.annotations import AnnotationStore


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)   # cut short in a narrow column
    return item


class CaseWork(QObject):
    """Adding documents to a case, or opening one, on a worker thread."""

    progressed = Signal(int, int)
    added = Signal(str)  # the summary line
    opened = Signal(object, object, object)  # CaseFile, Ledger, actors
    failed = Signal(str)

    def __init__(self, store_path: Path, name: str, paths: list[str] | None = None) -> None:
        super().__init__()
        self.store_path, self.name, self.paths = store_path, name, paths
        self._stop = False

    def cancel(self) -> None:
        self._stop = True

    def run(self) -> None:
        try:
            with AnnotationStore.open(self.store_path) as store:
                if self.paths is not None:
                    summary = add_documents(store, self.name, self.paths,
                                            progress=self.progressed.emit,
                                            cancelled=lambda: self._stop)
                    self.added.emit(summary.line(self.name))
                case = open_case(store, self.name)
                corrections = store.case_corrections(self.name)
                self.opened.emit(case, build_ledger(case, corrections),
                                 case_actors(case, case_renames(corrections)))
        except BriefreaderError as exc:
            self.failed.emit(str(exc))


class CasePanel(QWidget):
    openPassage = Signal(str, int, int)  # path, start, end

    def __init__(self, store: AnnotationStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.case: CaseFile | None = None
        self._thread: QThread | None = None
        self._work: CaseWork | None = None
        self._reopen = False    # a correction came while the case was being read: read it again
        self.undo_stack = QUndoStack(self)   # corrections to the ledger and the actors
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._case_row())
        layout.addLayout(self._progress_row())
        self.tabs = QTabWidget(self)
        self.documents = self._table(("Title", "Outlet", "Date", "Actors", "Claims", "Figures"))
        self.ledger = LedgerTree(self)
        self.ledger.itemActivated.connect(self._open_item)
        self.actors = self._table(("Actor", "Kind", "Documents", "Mentions", "Also known as"))
        self.actors.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.actors.customContextMenuRequested.connect(self._actor_menu)
        self.tabs.addTab(self.documents, "Documents")
        self.tabs.addTab(self._search_tab(), "Search")
        self.tabs.addTab(self.ledger, "Figure ledger")
        self.tabs.addTab(self.actors, "Actors")
        layout.addWidget(self.tabs)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.reload_cases()

    # ---- building ------------------------------------------------------------------------
    def _case_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.chooser = QComboBox(self)
        self.chooser.currentTextChanged.connect(self.open_case)
        row.addWidget(self.chooser, 1)
        for text, slot in (("New case…", self._new_case), ("Add files…", self._add_files),
                           ("Add folder…", self._add_folder)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    def _progress_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.cancel = QPushButton("Cancel", self)
        self.cancel.clicked.connect(self._cancel)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        self.progress.hide()
        self.cancel.hide()
        return row

    def _search_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.query = QLineEdit(tab)
        self.query.setPlaceholderText('Search the case: words, "a phrase", prefix*')
        self.query.returnPressed.connect(self.search)
        self.hits = QListWidget(tab)
        self.hits.itemActivated.connect(self._open_item)
        layout.addWidget(self.query)
        layout.addWidget(self.hits)
        return tab

    def _table(self, headers: tuple[str, ...]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fit_columns(table.horizontalHeader())
        table.verticalHeader().hide()
        return table

    # ---- cases ---------------------------------------------------------------------------
    def reload_cases(self) -> None:
        current = self.chooser.currentText()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems([c.name for c in self.store.cases()])
        self.chooser.blockSignals(False)
        if current:
            self.chooser.setCurrentText(current)
        self.open_case(self.chooser.currentText())

    def _new_case(self) -> None:
        name, ok = QInputDialog.getText(self, "New case", "Name of the case:")
        if ok and name.strip():
            try:
                made = self.store.create_case(name)
            except BriefreaderError as exc:
                self.status.setText(str(exc))
                return
            self.reload_cases()
            self.chooser.setCurrentText(made.name)

    def open_case(self, name: str) -> None:
        if name != self.case_name:
            self.undo_stack.clear()   # its steps belong to the case that was shown
        if name:
            self._start(CaseWork(self.store.path, name))

    @property
    def case_name(self) -> str:
        return self.chooser.currentText()

    def add_paths(self, paths: list[str]) -> None:
        name = self.chooser.currentText()
        if not name:
            self.status.setText("Make a case first (New case…).")
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.show()
        self._start(CaseWork(self.store.path, name, paths))

    def _add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Add documents to the case")
        if files:
            self.add_paths(files)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add a folder to the case")
        if folder:
            self.add_paths([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_paths(paths)

    # ---- the worker ----------------------------------------------------------------------
    def _start(self, work: CaseWork) -> None:
        if self._thread is not None:
            if work.paths is None and work.name == self._work.name:
                self._reopen = True   # read again once the running work ends
            else:
                self.status.setText("Still working on the case…")
            return
        self._thread, self._work = QThread(self), work
        work.moveToThread(self._thread)
        self._thread.started.connect(work.run)
        work.progressed.connect(self._progressed)
        work.added.connect(self.status.setText)
        work.failed.connect(self.status.setText)
        work.opened.connect(self._show)
        for signal in (work.opened, work.failed):
            signal.connect(self._thread.quit)
        self._thread.finished.connect(self._finished)
        self._thread.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self._work is not None:
            self._work.cancel()
            self.status.setText("Stopping after the documents being analysed…")

    def _finished(self) -> None:
        self.progress.hide()
        self.cancel.hide()
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread, self._work = None, None
        if self._reopen:
            self._reopen = False
            self.refresh()

    @property
    def busy(self) -> bool:
        """Adding or opening is under way (its thread has not reported its end yet)."""
        return self._thread is not None

    def wait(self) -> None:
        """Let running work end (closing the window, tests)."""
        if self._thread is not None:
            self._thread.wait()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # a thread destroyed while it runs takes the process with it
        self._cancel()
        self.wait()
        super().closeEvent(event)

    # ---- showing -------------------------------------------------------------------------
    def _show(self, case: CaseFile, ledger: Ledger, actors: tuple[CaseActor, ...]) -> None:
        if case.name != self.case_name:
            return   # another case was chosen meanwhile; its own reading follows
        self.case = case
        self.documents.setRowCount(len(case.documents))
        for row, d in enumerate(case.documents):
            x = d.extraction
            cells = (d.document.title, str(d.document.metadata.get("outlet") or ""),
                     d.date or "", str(len(x.actors)), str(len(x.claims)),
                     str(len(x.casualties)))
            for column, text in enumerate(cells):
                self.documents.setItem(row, column, _cell(text))
        self.ledger.show_ledger(ledger)
        self.actors.setRowCount(len(actors))
        for row, a in enumerate(actors):
            cells = (a.name, a.kind, str(len(a.documents)), str(a.mentions), ", ".join(a.aliases))
            for column, text in enumerate(cells):
                self.actors.setItem(row, column, _cell(text))

    def search(self) -> None:
        self.hits.clear()
        name, query = self.chooser.currentText(), self.query.text()
        if not name or not query.strip():
            return
        try:
            hits = self.store.search_case(self.store.case(name).id, query)
        except BriefreaderError as exc:
            self.status.setText(str(exc))
            return
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}: {hit.snippet}")
            item.setData(PASSAGE, (hit.path or "", hit.start, hit.end))
            self.hits.addItem(item)
        self.status.setText(f"{len(hits)} passage(s)")

    # ---- corrections (case_corrections.py) ------------------------------------------------
    def correct(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)
        if not command.isObsolete():
            self.status.setText(f"{command.text()} (Edit › Undo takes it back)")

    def refresh(self) -> None:
        """Read the case again: the ledger and the actors with the corrections as they stand."""
        self.open_case(self.case_name)

    def report(self, message: str) -> None:
        self.status.setText(message)

    def ask_rename(self, name: str) -> None:
        others = sorted({self.actors.item(r, 0).text() for r in range(self.actors.rowCount())}
                        - {name}, key=str.casefold)
        new, ok = QInputDialog.getItem(
            self, "Rename across the case",
            f"New name for {name} in every document of the case\n"
            "(another actor's name merges the two):", [name, *others], 0, True)
        if ok and new.strip() and new.strip() != name:
            self.correct(rename_command(self, self.case_name, name, new.strip()))

    def _actor_menu(self, point: QPoint) -> None:
        item = self.actors.itemAt(point)
        if item is not None:
            name = self.actors.item(item.row(), 0).text()
            actor_menu(self, name).exec(self.actors.viewport().mapToGlobal(point))

    def open_item(self, item: QTreeWidgetItem | QListWidgetItem) -> None:
        self._open_item(item)

    def _open_item(self, item: QTreeWidgetItem | QListWidgetItem, *_column: int) -> None:
        data = item.data(0, PASSAGE) if isinstance(item, QTreeWidgetItem) else item.data(PASSAGE)
        if data:
            self.openPassage.emit(*data)
