"""The reader's highlights and notes: filter by tag and text, click to locate, edit beside.

Orphans (annotations whose passage is no longer in the text) are listed apart, never dropped;
so are annotations whose text changed under them (placed by approximate match): the editor shows
the old and the new words side by side, with Keep here and Make orphan (changed_passage.py).
The reader's assessments of claims (their judgement) and corrections to the extraction (fixes to
what the extractor found) are listed last, each in a group of its own; a right-click takes one
back. Esc in the note editor returns to the article.

Over 300 lines: the list and the editor beside it share one state (the annotation being edited,
the pending save of its note, the filters that may hide it); split apart, each half would reach
into the other's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefreader.annotations.model import PlacedAnnotation
from briefreader.gui.panels.changed_passage import CHANGED_TIP, ChangedPassage
from briefreader.gui.panels.guide import COLUMN_TIPS
from briefreader.gui.panels.panel import Panel

IdRole = Qt.ItemDataRole.UserRole + 1
CorrectionRole = Qt.ItemDataRole.UserRole + 2
ALL_TAGS = "All tags"
NOTE_SAVE_DELAY_MS = 600
NOTE_COLUMN_WIDTH = 96


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class AnnotationsPanel(Panel):
    ORIGIN = "annotations"
    leaveRequested = Signal()     # Esc in the note editor: back to the article

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Annotations")
        bar = QHBoxLayout()
        self.tag_filter = QComboBox(self.content)
        self.tag_filter.setAccessibleName("Filter annotations by tag")
        self.text_filter = QLineEdit(self.content)
        self.text_filter.setPlaceholderText("Filter highlights and notes")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setAccessibleName("Filter annotations by text")
        bar.addWidget(self.tag_filter, 1)
        bar.addWidget(self.text_filter, 2)
        self.tree = QTreeWidget(self.content)
        self.tree.setObjectName("annotationsTree")
        self.tree.setAccessibleName("Annotations list")
        self.tree.setHeaderLabels(["Passage", "Note"])
        for column, header in enumerate(("Passage", "Note")):
            self.tree.headerItem().setToolTip(column, COLUMN_TIPS[header])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(12)
        header = self.tree.header()    # the passage takes the room; notes show in the editor
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(1, NOTE_COLUMN_WIDTH)
        self.placed_group = QTreeWidgetItem(["In the text"])
        self.changed_group = QTreeWidgetItem(["The text changed under them"])
        self.orphan_group = QTreeWidgetItem(["Not found in the current text"])
        self.assessment_group = QTreeWidgetItem(["Your assessments of claims"])
        self.correction_group = QTreeWidgetItem(["Corrections to the extraction"])
        for group in self._annotation_groups + (self.assessment_group, self.correction_group):
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
        self.editor = self._build_editor()
        split = QSplitter(Qt.Orientation.Vertical, self.content)
        split.addWidget(self.tree)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.content_layout.addLayout(bar)
        self.content_layout.addWidget(split)
        self.tag_filter.currentTextChanged.connect(self._fill)
        self.text_filter.textChanged.connect(self._fill)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemClicked.connect(lambda item, _c: self._locate(item))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self._save_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_note)
        self.note.textChanged.connect(self._note_typed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.note, self._leave,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._editing: str | None = None
        self._filling = False
        self._notes = None

    def _build_editor(self) -> QWidget:
        box = QWidget(self.content)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        self.quote = QLabel(box)
        self.quote.setObjectName("annotationQuote")
        self.quote.setWordWrap(True)
        row = QHBoxLayout()
        self.tag = QComboBox(box)
        self.tag.setAccessibleName("Tag of the highlight")
        self.delete_button = QPushButton("Delete", box)
        self.delete_button.setAccessibleName("Delete the highlight")
        row.addWidget(QLabel("Tag:", box))
        row.addWidget(self.tag, 1)
        row.addWidget(self.delete_button)
        self.changed = ChangedPassage(box)
        self.changed.keepRequested.connect(lambda: self._decide(self._notes.keep_here))
        self.changed.orphanRequested.connect(lambda: self._decide(self._notes.make_orphan))
        self.note = QPlainTextEdit(box)
        self.note.setPlaceholderText("Your note (Markdown)…")
        self.note.setAccessibleName("Note on the highlight")
        layout.addWidget(self.quote)
        layout.addWidget(self.changed)
        layout.addLayout(row)
        layout.addWidget(self.note, 1)
        self.tag.activated.connect(self._tag_chosen)
        self.delete_button.clicked.connect(self.delete_current)
        box.setEnabled(False)
        return box

    # -- following the session ------------------------------------------------------------------
    def _connections(self):
        connections = super()._connections()
        s = self.session
        connections.append((s.notesReady, self._attach))
        return connections

    def _show_state(self, *_args) -> None:
        # annotations do not wait for the extraction: show them as soon as there is a session
        if self.session is None or self.session.notes is None:
            super()._show_state()
        else:
            self._stack_show_content()

    def _stack_show_content(self) -> None:
        self._stack.setCurrentWidget(self.content)

    def refresh(self) -> None:
        self._attach()

    def _attach(self) -> None:
        notes = self.session.notes if self.session else None
        if self._notes is not None and self._notes is not notes:
            self._notes.changed.disconnect(self._fill)
            self._notes.selected.disconnect(self.select_annotation)
        if notes is not None and notes is not self._notes:
            notes.changed.connect(self._fill)
            notes.selected.connect(self.select_annotation)
        self._notes = notes
        self._fill()
        self._show_state()

    def item_count(self) -> int:
        return len(self._notes.annotations) if self._notes else 0

    def _fill(self, *_args) -> None:
        notes = self._notes
        self._filling = True
        try:
            tags = [ALL_TAGS] + ([t.name for t in notes.tags] if notes else [])
            if [self.tag_filter.itemText(i) for i in range(self.tag_filter.count())] != tags:
                current = self.tag_filter.currentText()
                self.tag_filter.blockSignals(True)
                self.tag_filter.clear()
                self.tag_filter.addItems(tags)
                self.tag_filter.setCurrentText(current if current in tags else ALL_TAGS)
                self.tag_filter.blockSignals(False)
                self.tag.clear()
                for tag in (notes.tags if notes else []):
                    self.tag.addItem(swatch(tag.colour), tag.name)
            for group in self._annotation_groups + (self.assessment_group,
                                                    self.correction_group):
                group.takeChildren()
            shown = [p for p in (notes.annotations if notes else []) if self._accepts(p)]
            for placed in shown:
                a = placed.annotation
                item = QTreeWidgetItem([" ".join(a.quote.split()), " ".join(a.note.split())])
                item.setData(0, IdRole, a.id)
                item.setIcon(0, swatch(notes.tag_colour(a.tag)))
                state = {"moved": " (moved: the text changed around it)",
                         "changed": f"\n{CHANGED_TIP}"}.get(placed.state, "")
                item.setToolTip(0, f"{a.tag}{state}\n{a.quote}")
                item.setToolTip(1, a.note)
                self._group_of(placed).addChild(item)
            for group, title in ((self.placed_group, "In the text"),
                                 (self.changed_group, "⚠ The text changed under them"),
                                 (self.orphan_group, "Not found in the current text")):
                group.setText(0, f"{title} ({group.childCount()})")
                group.setHidden(group is not self.placed_group and group.childCount() == 0)
            self._fill_corrections()
            self.tree.expandAll()
        finally:
            self._filling = False
        if self._editing and notes and notes.placed(self._editing):
            self.select_annotation(self._editing, reveal=False)
        else:
            self._edit(None)

    @property
    def _annotation_groups(self) -> tuple[QTreeWidgetItem, ...]:
        return (self.placed_group, self.changed_group, self.orphan_group)

    def _group_of(self, placed: PlacedAnnotation) -> QTreeWidgetItem:
        return {"orphaned": self.orphan_group, "changed": self.changed_group}.get(
            placed.state, self.placed_group)

    def _fill_corrections(self) -> None:
        """Assessments (the reader's judgement of a claim) and corrections (fixes to the
        extraction) are both stored as corrections, but listed and counted apart."""
        from briefreader.corrections.describe import describe_correction

        tag = self.tag_filter.currentText()
        needle = self.text_filter.text().casefold()
        corrections = self._notes.corrections if self._notes and tag in ("", ALL_TAGS) else []
        for correction in corrections:
            text = describe_correction(correction)
            if needle and needle not in text.casefold():
                continue
            item = QTreeWidgetItem([text, correction.created[:16].replace("T", " ")])
            item.setData(0, CorrectionRole, correction.id)
            item.setToolTip(0, f"{text}\nRight-click to take it back.")
            assessed = correction.kind == "set_assessment"
            (self.assessment_group if assessed else self.correction_group).addChild(item)
        for group, title in ((self.assessment_group, "Your assessments of claims"),
                             (self.correction_group, "Corrections to the extraction")):
            group.setText(0, f"{title} ({group.childCount()})")
            group.setHidden(group.childCount() == 0)

    def correction_at(self, item: QTreeWidgetItem | None):
        correction_id = item.data(0, CorrectionRole) if item is not None else None
        corrections = self._notes.corrections if self._notes else []
        return next((c for c in corrections if c.id == correction_id), None)

    def _menu(self, pos) -> None:
        item = self.tree.itemAt(pos) or self.tree.currentItem()
        menu = QMenu(self.tree)
        correction = self.correction_at(item)
        if correction is not None and correction.kind == "set_assessment":
            menu.addAction("&Remove Assessment", lambda: self._notes.remove_correction(correction))
        elif correction is not None:
            menu.addAction("&Remove Correction", lambda: self._notes.remove_correction(correction))
        elif item is not None and item.data(0, IdRole):
            self.select_annotation(item.data(0, IdRole), reveal=False)
            menu.addAction("&Delete Highlight", self.delete_current)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _accepts(self, placed: PlacedAnnotation) -> bool:
        a = placed.annotation
        tag = self.tag_filter.currentText()
        if tag and tag != ALL_TAGS and a.tag != tag:
            return False
        needle = self.text_filter.text().casefold()
        return not needle or needle in (a.quote + " " + a.note + " " + a.tag).casefold()

    # -- choosing and editing ---------------------------------------------------------------------
    def _item_of(self, annotation_id: str) -> QTreeWidgetItem | None:
        for group in self._annotation_groups:
            for i in range(group.childCount()):
                if group.child(i).data(0, IdRole) == annotation_id:
                    return group.child(i)
        return None

    def select_annotation(self, annotation_id: str, reveal: bool = True) -> None:
        """Make ``annotation_id`` current and open it in the editor (a click on a highlight);
        ``reveal`` clears the filters when they hide it."""
        item = self._item_of(annotation_id)
        if item is None and not reveal:
            self._edit(annotation_id)
            return
        if item is None and self._notes and self._notes.placed(annotation_id):
            self.text_filter.clear()                 # it was filtered out: show everything
            self.tag_filter.setCurrentText(ALL_TAGS)
            item = self._item_of(annotation_id)
        if item is not None:
            self._filling = True
            try:
                self.tree.setCurrentItem(item)
            finally:
                self._filling = False
            self.tree.scrollToItem(item)
        self._edit(annotation_id if item is not None else None)

    def _current_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if self._filling or item is None:
            return
        annotation_id = item.data(0, IdRole)
        if annotation_id:
            self._edit(annotation_id)
            self._locate(item)

    def _locate(self, item: QTreeWidgetItem) -> None:
        placed = self._notes.placed(item.data(0, IdRole)) if self._notes else None
        if placed is not None and placed.start is not None and self.session is not None:
            self.session.select(placed.start, placed.end, self.ORIGIN)

    def _edit(self, annotation_id: str | None) -> None:
        if self._save_timer.isActive():
            self.save_note()
        placed = self._notes.placed(annotation_id) if (self._notes and annotation_id) else None
        self._editing = placed.annotation.id if placed else None
        self.editor.setEnabled(placed is not None)
        self.note.blockSignals(True)
        self.changed.show_placed(placed, self._notes.document.text if placed else "")
        self.quote.setVisible(placed is None or placed.state != "changed")
        if placed is None:
            self.quote.setText("Select a highlight to write a note on it.")
            self.note.setPlainText("")
        else:
            a = placed.annotation
            where = " — not found in the current text" if placed.orphaned else ""
            self.quote.setText(f"“{' '.join(a.quote.split())}”{where}")
            if self.note.toPlainText() != a.note:
                self.note.setPlainText(a.note)
            self.tag.setCurrentText(a.tag)
        self.note.blockSignals(False)

    def current_annotation(self):
        placed = self._notes.placed(self._editing) if (self._notes and self._editing) else None
        return placed.annotation if placed else None

    def _leave(self) -> None:
        self.save_note()
        self.leaveRequested.emit()

    def _note_typed(self) -> None:
        self._save_timer.start()

    def save_note(self) -> None:
        self._save_timer.stop()
        annotation = self.current_annotation()
        if annotation is not None:
            self._notes.edit(annotation, note=self.note.toPlainText())

    def _decide(self, decision) -> None:
        annotation = self.current_annotation()
        if annotation is not None:
            decision(annotation)

    def _tag_chosen(self, _index: int) -> None:
        annotation = self.current_annotation()
        if annotation is not None:
            self._notes.edit(annotation, tag=self.tag.currentText())

    def delete_current(self) -> None:
        annotation = self.current_annotation()
        if annotation is not None:
            self._notes.delete(annotation)

    def follow_selection(self, start: int, end: int) -> None:
        if not self._notes:
            return
        for placed in self._notes.annotations:
            if placed.start is not None and placed.start < end and start < placed.end:
                self.select_annotation(placed.annotation.id)
                return
