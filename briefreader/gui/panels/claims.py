"""Claims: who said what, how (the cue), direct or reported; filter by speaker, click to locate."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit

from briefreader.extraction.model import Claim
from briefreader.gui.idle_jobs import run_soon
from briefreader.gui.panels.claim_rows import SpeakerAndCueDelegate, WrappedTextDelegate
from briefreader.gui.panels.correcting import Corrector
from briefreader.gui.panels.panel import Panel, overlaps
from briefreader.gui.panels.record_model import Column
from briefreader.gui.panels.record_table import RecordTable
from briefreader.gui.rule_names import found_by

ALL_SPEAKERS = "All speakers"
UNATTRIBUTED = "(unattributed)"


def speaker_of(claim: Claim) -> str:
    return claim.speaker or UNATTRIBUTED


CLAIM_COLUMN = 1      # wrapped over the row's lines, and given the room the others leave
ROW_LINES = 3
SPEAKER_WIDTH = (110, 150)    # the speaker column's least and most width (px)
HOW_COLUMNS = (2, 3, 4)       # cue, kind, assessment: shown under the speaker (claim_rows.py)


def columns(assessment_of) -> list[Column]:
    """Who and what first: the claim is what the analyst reads; how it was said comes after."""
    return [
        Column("Speaker", speaker_of),
        Column("Claim", lambda c: " ".join(c.text.split()), sort_key=lambda c: c.start,
               tooltip=lambda c: f"<p>{_esc(c.text)}{found_by(c.rules)}</p>"),
        Column("Cue", lambda c: c.cue or ""),
        Column("Kind", lambda c: c.kind),
        Column("Assessment", lambda c: assessment_of(c) or "—"),
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
        self.assessments: dict[str, str] = {}
        self.table = RecordTable(columns(lambda c: self.assessments.get(c.id)), "Claims table",
                                 self.content, stretch=CLAIM_COLUMN, lines=ROW_LINES)
        self.table.setItemDelegateForColumn(0, SpeakerAndCueDelegate(self._how, self.table))
        self.table.setItemDelegateForColumn(CLAIM_COLUMN, WrappedTextDelegate(self.table))
        for column in HOW_COLUMNS:
            self.table.setColumnHidden(column, True)
        self.corrector = Corrector(self)
        self.table.extra_menu = self._menu
        self.table.setObjectName("claimsTable")
        self.content_layout.addLayout(bar)
        self.content_layout.addWidget(self.table)
        self.speakers.currentTextChanged.connect(self._refilter)
        self.search.textChanged.connect(self._refilter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.clicked.connect(lambda index: self._locate(self.table.current_record()))
        self._following = False
        self._notes = None

    def _how(self, claim: Claim) -> str:
        # the assessment first: the reader's own judgement is cut last when the column is narrow
        how = [self.assessments.get(claim.id, ""), claim.cue or "", claim.kind]
        return " · ".join(part for part in how if part)

    def _connections(self):
        return [*super()._connections(), (self.session.notesReady, self._attach_notes)]

    def _attach_notes(self) -> None:
        notes = self.session.notes if self.session else None
        if self._notes is not None and self._notes is not notes:
            self._notes.changed.disconnect(self._show_assessments)
        if notes is not None and notes is not self._notes:
            notes.changed.connect(self._show_assessments)
        self._notes = notes
        self._show_assessments()

    def _show_assessments(self) -> None:
        extraction = self.session.extraction if self.session else None
        notes = self._notes
        self.assessments = notes.claim_assessments(extraction) if notes and extraction else {}
        model = self.table.source
        if model.rowCount():    # shown in the speaker's column too
            column = [c.header for c in model.columns].index("Assessment")
            model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, column))

    def _menu(self, menu) -> None:
        from briefreader.annotations.model import ASSESSMENTS

        claim = self.table.current_record()
        if claim is None or self._notes is None or self.session.extraction is None:
            return
        assess = menu.addMenu("&Assess claim as")
        for value in ASSESSMENTS:
            action = assess.addAction(value.title(), lambda v=value: self.assess(claim, v))
            action.setCheckable(True)
            action.setChecked(self.assessments.get(claim.id) == value)
        self.corrector.add_claim_entries(menu, claim)

    def assess(self, claim: Claim, assessment: str) -> bool:
        if self._notes is None or self.session.extraction is None:
            return False
        return self._notes.assess(self.session.extraction, claim, assessment)

    def refresh(self) -> None:
        self._attach_notes()
        extraction = self.session.extraction if self.session else None
        claims = list(extraction.claims) if extraction else []
        self.speakers.blockSignals(True)
        self.speakers.clear()
        self.speakers.addItem(ALL_SPEAKERS)
        counts: dict[str, int] = {}
        for claim in claims:
            counts[speaker_of(claim)] = counts.get(speaker_of(claim), 0) + 1
        for speaker in sorted(counts, key=lambda s: (-counts[s], s)):
            self.speakers.addItem(speaker)
        self.speakers.blockSignals(False)
        # the new rows are filtered once, as they come in (a refilter first would filter the old
        # rows, and one after them would filter the new rows twice)
        self._refilter(refilter=False)
        self.table.source.set_records(sorted(claims, key=lambda c: c.start))
        # sizing thousands of rows costs as much as filling them: on a turn of its own
        run_soon(self, self._fit_speaker)

    def _fit_speaker(self) -> None:
        self.table.resizeColumnToContents(0)
        least, most = SPEAKER_WIDTH
        self.table.setColumnWidth(0, min(most, max(least, self.table.columnWidth(0) + 8)))

    def item_count(self) -> int:
        return self.table.source.rowCount()

    def set_speaker(self, speaker: str) -> None:
        self.speakers.setCurrentText(speaker)

    def _refilter(self, *_args, refilter: bool = True) -> None:
        speaker = self.speakers.currentText()
        needle = self.search.text().casefold()

        def accept(claim: Claim) -> bool:
            if speaker and speaker != ALL_SPEAKERS and speaker_of(claim) != speaker:
                return False
            return not needle or needle in (claim.text + " " + speaker_of(claim)).casefold()

        self.table.proxy.set_accept(accept, refilter)

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
