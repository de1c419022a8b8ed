"""Casualty figures in a sortable table; figures that disagree about one event are flagged."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QLabel, QStyle

from briefreader.extraction.model import CasualtyFigure
from briefreader.gui.idle_jobs import run_soon
from briefreader.gui.panels.casualty_groups import disagreement_lines, disagreements, format_count
from briefreader.gui.panels.correcting import Corrector
from briefreader.gui.panels.panel import Panel, overlaps
from briefreader.gui.panels.record_model import Column
from briefreader.gui.panels.record_table import RecordTable


class CasualtiesPanel(Panel):
    ORIGIN = "casualties"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Casualty figures")
        self.flags: dict[str, list[CasualtyFigure]] = {}
        warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        columns = [
            Column("Figure", self._figure_text, sort_key=lambda f: f.count,
                   tooltip=self._flag_tip,
                   decoration=lambda f: warning if f.id in self.flags else None),
            Column("Category", lambda f: f.category),
            Column("Subject", lambda f: f.subject or ""),
            Column("Qualifier", lambda f: f.qualifier or ""),
            Column("Status", lambda f: f.status),
            Column("Source", lambda f: f.source or "", tooltip=lambda f: f.source),
        ]
        self.table = RecordTable(columns, "Casualty figures table", self.content)
        self.table.setObjectName("casualtiesTable")
        self.corrector = Corrector(self)
        self.table.extra_menu = self._menu
        self.summary = QLabel(self.content)
        self.summary.setObjectName("panelSummary")
        self.summary.setWordWrap(True)
        self.content_layout.addWidget(self.table)
        self.content_layout.addWidget(self.summary)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.clicked.connect(lambda _i: self._locate(self.table.current_record()))
        self._following = False

    @staticmethod
    def _figure_text(figure: CasualtyFigure) -> str:
        return format_count(figure)

    def _flag_tip(self, figure: CasualtyFigure) -> str:
        others = self.flags.get(figure.id)
        if not others:
            return f"“{figure.text}”"
        listed = "<br>".join(f"{format_count(o)} — {o.source or 'no source'}" for o in others)
        return (f"<b>Sources disagree</b> about {figure.category} ({figure.subject}):<br>"
                f"{format_count(figure)} — {figure.source or 'no source'}<br>{listed}")

    def refresh(self) -> None:
        extraction = self.session.extraction if self.session else None
        figures = sorted(extraction.casualties if extraction else (), key=lambda f: f.start)
        self.flags = disagreements(figures)
        self.table.source.set_records(figures)
        run_soon(self, self.table.fit_columns)   # on a turn of its own, as for claims
        if self.flags:
            lines = disagreement_lines(figures, self.flags)
            more = f"<br>… and {len(lines) - 4} more" if len(lines) > 4 else ""
            self.summary.setText("<b>⚠ Sources disagree</b> (figures not summed):<br>"
                                 + "<br>".join(_esc(line) for line in lines[:4]) + more)
        else:
            self.summary.setText("No disagreement between sources found." if figures else "")
        self.summary.setVisible(bool(figures))

    def item_count(self) -> int:
        return self.table.source.rowCount()

    def _menu(self, menu) -> None:
        figure = self.table.current_record()
        if figure is not None:
            self.corrector.add_figure_entries(menu, figure)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._following and current.isValid():
            self._locate(self.table.current_record())

    def _locate(self, figure: CasualtyFigure | None) -> None:
        if figure is not None and self.session is not None:
            self.session.select(figure.start, figure.end, self.ORIGIN)

    def follow_selection(self, start: int, end: int) -> None:
        self._following = True
        try:
            self.table.select_records(lambda f: overlaps(start, end, f.start, f.end))
        finally:
            self._following = False


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")
