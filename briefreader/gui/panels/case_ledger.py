"""The Case panel's figure ledger: each incident and category with its low, best and high, and
under it the figures the sources gave, each opening at its passage.

A figure's menu corrects the grouping (case_corrections.py): give the figure an incident of its
own, or move it to another incident. Once the case is read again with the correction, the ledger
keeps open the entries the user had opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from briefreader.gui.panels.case_corrections import EVENT, FIGURE, ledger_menu

if TYPE_CHECKING:
    from briefreader.cases.ledger import Ledger, LedgerEntry
    from briefreader.gui.panels.case import CasePanel

PASSAGE = Qt.ItemDataRole.UserRole  # (path, start, end) on a search hit or a ledger figure
OTHER_COLUMNS_MAX = 140  # px: in a narrow dock, the first column (title, name) keeps some room
SOURCE_WIDTH = 100  # px: the ledger's source column, at first


def fit_columns(header: QHeaderView) -> None:
    """The first column takes the room left; the others fit their contents, up to a cap."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    header.setMaximumSectionSize(OTHER_COLUMNS_MAX)


class LedgerTree(QTreeWidget):
    def __init__(self, panel: CasePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        # low, best and high in one column, and no column for the scope (an entry's name says
        # "past" or "running total", a figure says "partial"): a narrow dock keeps room for the
        # incident's name
        self.setHeaderLabels(("Incident / figure", "Low · best · high", "Source"))
        fit_columns(self.header())
        # the sources: a name cut short (its tooltip has it whole), the incident keeps its room
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.header().resizeSection(2, SOURCE_WIDTH)
        self.setIndentation(12)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def entries(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(n) for n in range(self.topLevelItemCount())]

    def show_ledger(self, ledger: Ledger) -> None:
        expanded = {top.data(0, EVENT)[3] for top in self.entries() if top.isExpanded()}
        self.clear()
        for entry in ledger.entries:
            top = self._entry(entry)
            top.setExpanded(entry.disagreement or entry.id in expanded)

    def _entry(self, entry: LedgerEntry) -> QTreeWidgetItem:
        name = f"{entry.incident.description} — {entry.category}"
        if entry.disagreement:   # the mark first: a long name is cut at its end
            name = f"⚠ {name} ({'revised' if entry.revised else 'sources differ'})"
        counts = " · ".join("–" if v is None else f"{v:,}"
                            for v in (entry.low, entry.best, entry.high))
        top = QTreeWidgetItem(self, [name, counts, ""])
        top.setToolTip(0, f"{name}\nscope: {entry.incident.scope}")
        top.setData(0, EVENT, (entry.event, entry.figures[0].key, entry.incident.description,
                               entry.id))
        for item in entry.figures:
            f = item.figure
            figure = f"{f.qualifier} {f.count:,}".strip()
            source = f.source or item.source_document.label
            shown = figure if f.scope == entry.incident.scope else f"{figure} ({f.scope})"
            child = QTreeWidgetItem(top, [shown, "", source])
            child.setToolTip(0, f"{f.text}\nscope: {f.scope}")
            child.setToolTip(2, source)
            child.setData(0, PASSAGE, (item.source_document.path or "", f.start, f.end))
            child.setData(0, FIGURE, (item.key, f"{figure} {entry.category} ({source})"))
        return top

    def _menu(self, point: QPoint) -> None:
        menu = ledger_menu(self.panel, self.itemAt(point))
        if menu is not None:
            menu.exec(self.viewport().mapToGlobal(point))
