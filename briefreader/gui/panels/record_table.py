"""A sortable, filterable table of records with copy as CSV or Markdown (claims and casualties)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from briefreader.gui.panels.record_model import Column, RecordRole, RecordTableModel, SortRole


class RecordFilter(QSortFilterProxyModel):
    """Keeps the records ``accept`` lets through; sorts by each column's sort key."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.accept: Callable[[Any], bool] = lambda _r: True
        self.setSortRole(SortRole)

    def set_accept(self, accept: Callable[[Any], bool], refilter: bool = True) -> None:
        """``refilter`` False: the rows are about to be replaced, which filters them anyway."""
        if not refilter:
            self.accept = accept
        elif hasattr(self, "beginFilterChange"):     # Qt 6.9+; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self.accept = accept
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.accept = accept
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        # the record itself, not model.data(model.index(...)): called once per row of a table
        # that can hold thousands
        return self.accept(self.sourceModel().records[row])


class RecordTable(QTableView):
    """``stretch``: the column that takes the room the others leave (default: the last);
    ``lines``: rows this many text lines high, long text wrapped (and elided at the end)."""

    def __init__(self, columns: list[Column], name: str, parent=None, stretch: int | None = None,
                 lines: int = 1) -> None:
        super().__init__(parent)
        self._stretch = len(columns) - 1 if stretch is None else stretch
        self.setAccessibleName(name)
        self.source = RecordTableModel(columns, self)
        if lines > 1:
            self.source.alignment = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)   # article order until a header click
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(lines > 1)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        # a fixed height, not sized to contents: a long report's thousands of rows would each
        # be measured
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * lines
                                                    + (10 if lines == 1 else 6))
        self.horizontalHeader().setHighlightSections(False)
        # measure column contents on a sample of rows: a long report has thousands
        self.horizontalHeader().setResizeContentsPrecision(150)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(self._stretch == len(columns) - 1)
        if self._stretch != len(columns) - 1:
            self.horizontalHeader().setSectionResizeMode(self._stretch,
                                                         QHeaderView.ResizeMode.Stretch)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.copy_csv = QAction("Copy as CSV", self, shortcut=QKeySequence.StandardKey.Copy,
                                shortcutContext=Qt.ShortcutContext.WidgetShortcut)
        self.copy_csv.triggered.connect(lambda: self._copy(self.as_csv()))
        self.copy_markdown = QAction("Copy as Markdown", self,
                                     shortcut=QKeySequence("Ctrl+Shift+C"),
                                     shortcutContext=Qt.ShortcutContext.WidgetShortcut)
        self.copy_markdown.triggered.connect(lambda: self._copy(self.as_markdown()))
        self.addActions([self.copy_csv, self.copy_markdown])

    # -- column widths ------------------------------------------------------------------------
    def fit_columns(self, limits: dict[int, int] | None = None, keep: int | None = None) -> None:
        """Size columns to their content, then share the width: the widest are cut first (to a
        common cap, elided) so that every column stays in view; the stretch column takes what is
        left. ``limits`` caps some columns (the claims' speaker) whatever the room; the column
        ``keep`` (the casualty figure as written) keeps its width, up to 40% of the view, and the
        others share the rest."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        limits = limits or {}
        self._natural = [min(header.sectionSize(i) + 6, limits.get(i, 10_000))
                         for i in range(header.count())]
        self._keep = keep
        self._apply_fit()

    def _apply_fit(self) -> None:
        natural = getattr(self, "_natural", None)
        if not natural:
            return
        available = max(self.viewport().width() - 2, 100)
        keep = getattr(self, "_keep", None)
        if keep is not None:
            kept = min(natural[keep], available * 2 // 5)
            self.horizontalHeader().resizeSection(keep, kept)
            natural = [0 if i == keep else n for i, n in enumerate(natural)]
            available = max(available - kept, 100)
        cap = max(natural)
        if sum(natural) > available:
            low, high = 40, cap
            while low < high:          # the largest cap that still fits
                middle = (low + high + 1) // 2
                if sum(min(n, middle) for n in natural) <= available:
                    low = middle
                else:
                    high = middle - 1
            cap = low
        header = self.horizontalHeader()
        for column, width in enumerate(natural):
            if column == keep:
                continue
            if column != self._stretch or self._stretch == len(natural) - 1:
                header.resizeSection(column, min(width, cap))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_fit()

    def record_at(self, proxy_row: int) -> Any:
        return self.proxy.index(proxy_row, 0).data(RecordRole)

    def current_record(self) -> Any:
        index = self.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def select_records(self, predicate: Callable[[Any], bool]) -> int:
        """Select the visible rows whose record matches; returns how many."""
        self.clearSelection()
        rows = [r for r in range(self.proxy.rowCount()) if predicate(self.record_at(r))]
        selection = self.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for r in rows:
            selection.select(self.proxy.index(r, 0), flags)
        if rows:
            selection.setCurrentIndex(self.proxy.index(rows[0], 0),
                                      selection.SelectionFlag.NoUpdate)
            self.scrollTo(self.proxy.index(rows[0], 0))
        return len(rows)

    # -- copying ------------------------------------------------------------------------------
    def _rows_to_copy(self) -> list[list[str]]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()}) \
            or range(self.proxy.rowCount())
        columns = self.source.columns
        return [[c.display(self.record_at(r)) for c in columns] for r in rows]

    def headers(self) -> list[str]:
        return [c.header for c in self.source.columns]

    def as_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.headers())
        writer.writerows(self._rows_to_copy())
        return out.getvalue()

    def as_markdown(self) -> str:
        def cell(text: str) -> str:
            return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

        lines = ["| " + " | ".join(self.headers()) + " |",
                 "|" + "|".join("---" for _ in self.headers()) + "|"]
        lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in self._rows_to_copy()]
        return "\n".join(lines) + "\n"

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    extra_menu = None   # a panel's own entries: extra_menu(menu) adds them

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        if self.extra_menu is not None:
            self.extra_menu(menu)
            if not menu.isEmpty():
                menu.addSeparator()
        menu.addAction(self.copy_csv)
        menu.addAction(self.copy_markdown)
        menu.exec(self.viewport().mapToGlobal(pos))
