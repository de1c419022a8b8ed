"""Claims: who said what, how (the cue), direct or reported; filter by speaker, click to locate."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit

from briefreader.extraction.model import Claim
from briefreader.gui.panels.panel import Panel, overlaps
from briefreader.gui.panels.record_table import RecordTable
from briefreader.gui.record_model import Column

ALL_SPEAKERS = "All speakers"
UNATTRIBUTED = "(unattributed)"


def speaker_of(claim: Claim) -> str:
    return claim.speaker or UNATTRIBUTED


COLUMNS = [
    Column("Speaker", speaker_of),
    Column("Cue", lambda c: c.cue or ""),
    Column("Kind", lambda c: c.kind),
    Column("Claim", lambda c: " ".join(c.text.split()), sort_key=lambda c: c.start,
           tooltip=lambda c: f"<p>{_esc(c.text)}</p>"),
]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


class ClaimsPanel(Panel):
    ORIGIN = "claims"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Claims")
        bar = QHBoxLayout()
        self.speakers = QComboBox(self.content)
        self.speakers.setAccessibleName("Filter claims by speaker")
        self.speakers.setMinimumContentsLength(14)
        self.search = QLineEdit(self.content)
        self.search.setPlaceholderText("Filter claims")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Filter claims by text")
        bar.addWidget(self.speakers, 1)
        bar.addWidget(self.search, 2)
        self.table = RecordTable(COLUMNS, "Claims table", self.content)
        self.table.setObjectName("claimsTable")
        self.content_layout.addLayout(bar)
        self.content_layout.addWidget(self.table)
        self.speakers.currentTextChanged.connect(self._refilter)
        self.search.textChanged.connect(self._refilter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.clicked.connect(lambda index: self._locate(self.table.current_record()))
        self._following = False

    def refresh(self) -> None:
        extraction = self.session.extraction if self.session else None
        claims = list(extraction.claims) if extraction else []
        self.table.source.set_records(sorted(claims, key=lambda c: c.start))
        self.speakers.blockSignals(True)
        self.speakers.clear()
        self.speakers.addItem(ALL_SPEAKERS)
        counts: dict[str, int] = {}
        for claim in claims:
            counts[speaker_of(claim)] = counts.get(speaker_of(claim), 0) + 1
        for speaker in sorted(counts, key=lambda s: (-counts[s], s)):
            self.speakers.addItem(speaker)
        self.speakers.blockSignals(False)
        self._refilter()
        self.table.fit_columns({0: 160, 1: 90, 2: 80})

    def item_count(self) -> int:
        return self.table.source.rowCount()

    def set_speaker(self, speaker: str) -> None:
        self.speakers.setCurrentText(speaker)

    def _refilter(self, *_args) -> None:
        speaker = self.speakers.currentText()
        needle = self.search.text().casefold()

        def accept(claim: Claim) -> bool:
            if speaker and speaker != ALL_SPEAKERS and speaker_of(claim) != speaker:
                return False
            return not needle or needle in (claim.text + " " + speaker_of(claim)).casefold()

        self.table.proxy.set_accept(accept)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._following and current.isValid():
            self._locate(self.table.current_record())

    def _locate(self, claim: Claim | None) -> None:
        if claim is not None and self.session is not None:
            self.session.select(claim.start, claim.end, self.ORIGIN)

    def follow_selection(self, start: int, end: int) -> None:
        self._following = True
        try:
            self.table.select_records(lambda c: overlaps(start, end, c.start, c.end))
        finally:
            self._following = False
