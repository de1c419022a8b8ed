"""Casualty figures in a sortable table; figures that disagree about one event are flagged.

Which figures disagree is decided by extraction/casualties/disagreement.py, the rule the brief
uses too; figures are never summed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QLabel, QStyle

from briefreader.extraction.casualties.disagreement import (
    contradicting,
    count_label,
    figure_label,
    figure_source,
    find_disputes,
    hedge,
    source_key,
)
from briefreader.extraction.model import CasualtyFigure
from briefreader.gui.idle_jobs import run_soon
from briefreader.gui.panels.correcting import Corrector
from briefreader.gui.panels.panel import Panel, overlaps
from briefreader.gui.panels.record_model import Column
from briefreader.gui.panels.record_table import RecordTable
from briefreader.gui.rule_names import found_by


class CasualtiesPanel(Panel):
    ORIGIN = "casualties"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Casualty figures")
        self.flags: set[str] = set()   # ids of the figures another source contradicts
        self._figures: list[CasualtyFigure] = []
        self._sources: dict[str, str | None] = {}
        warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        columns = [
            Column("Figure", self._figure_text, sort_key=lambda f: f.count,
                   tooltip=self._flag_tip,
                   decoration=lambda f: warning if f.id in self.flags else None),
            Column("Category", lambda f: f.category),
            Column("Subject", lambda f: f.subject or ""),
            Column("Qualifier", hedge),
            Column("Status", lambda f: f.status),
            Column("Source", lambda f: self._sources.get(f.id) or "",
                   tooltip=lambda f: self._sources.get(f.id)),
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
        return count_label(figure)

    def _source_key(self, figure: CasualtyFigure) -> tuple[int, str]:
        return source_key(self._sources.get(figure.id))

    def _sourced(self, figure: CasualtyFigure) -> str:
        return f"{figure_label(figure)} — {self._sources.get(figure.id) or 'no source'}"

    def _flag_tip(self, figure: CasualtyFigure) -> str:
        if figure.id not in self.flags:
            return f"<p>“{_esc(figure.text)}”{found_by(figure.rules)}</p>"
        # looked for on hover only: one figure against the others is cheap, all pairs are not
        others = contradicting(figure, self._figures, self._source_key)
        listed = "<br>".join(_esc(self._sourced(o)) for o in others)
        return (f"<b>Sources disagree</b> about {figure.category} ({_esc(figure.subject or '')})"
                f":<br>{_esc(self._sourced(figure))}<br>{listed}{found_by(figure.rules)}")

    def refresh(self) -> None:
        extraction = self.session.extraction if self.session else None
        figures = sorted(extraction.casualties if extraction else (), key=lambda f: f.start)
        actors = extraction.actors if extraction else ()
        self._figures = figures
        self._sources = {f.id: figure_source(f, actors) for f in figures}
        disputes = find_disputes(figures, self._source_key)
        self.flags = {f.id for dispute in disputes for f in dispute}
        self.table.source.set_records(figures)
        run_soon(self, lambda: self.table.fit_columns(keep=0))   # a turn of its own, as for claims
        if disputes:
            lines = [self._dispute_line(dispute) for dispute in disputes]
            more = f"<br>… and {len(lines) - 4} more" if len(lines) > 4 else ""
            self.summary.setText("<b>⚠ Sources disagree</b> (figures not summed):<br>"
                                 + "<br>".join(_esc(line) for line in lines[:4]) + more)
        else:
            self.summary.setText("No disagreement between sources found." if figures else "")
        self.summary.setVisible(bool(figures))

    def _dispute_line(self, dispute: tuple[CasualtyFigure, ...]) -> str:
        """One event, its figures side by side: "civilians killed: 12 (police) vs 19 (army)"."""
        sources: dict[str, list[str]] = {}
        for figure in dispute:
            named = self._sources.get(figure.id) or "no source"
            listed = sources.setdefault(figure_label(figure), [])
            if named not in listed:
                listed.append(named)
        first = dispute[0]
        verb = first.category if first.status == "reported" else f"{first.category}, projected"
        shown = " vs ".join(f"{label} ({', '.join(named)})" for label, named in sources.items())
        return f"{first.subject or 'figures'} {verb}: {shown}"

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
