"""The reader's annotations and corrections of one open article, kept in the shared store.

Intents (highlight, edit, delete, assess, correct the extraction) become undoable commands on the
session's QUndoStack; each command writes the store at once and reloads what the window shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefreader.annotations.model import Annotation, Correction, PlacedAnnotation, Tag
from briefreader.corrections.make import NewCorrection
from briefreader.errors import BriefreaderError
from briefreader.extraction.model import Claim
from briefreader.gui.session.undo_commands import (
    AddAnnotation,
    AddCorrection,
    DeleteAnnotation,
    EditAnnotation,
    PlaceAnnotation,
    RemoveCorrection,
)

log = logging.getLogger(__name__)


class DocumentNotes(QObject):
    changed = Signal()            # annotations, corrections or tags changed
    selected = Signal(str)        # an annotation the reader is now working on (its id)
    failed = Signal(str)          # a store error, one line

    def __init__(self, store, document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.annotations: list[PlacedAnnotation] = []
        self.corrections = []
        self.tags: list[Tag] = []
        self.reload()

    # -- reading ------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        try:
            self.tags = self.store.tags()
            self.annotations = self.store.annotations_for(self.document)
            self.corrections = self.store.corrections_for(self.document)
        except BriefreaderError as exc:
            self.failed.emit(str(exc))
            return
        self.changed.emit()
        if select:
            self.selected.emit(select)

    def placed(self, annotation_id: str) -> PlacedAnnotation | None:
        return next((p for p in self.annotations if p.annotation.id == annotation_id), None)

    def at(self, offset: int) -> list[PlacedAnnotation]:
        return [p for p in self.annotations
                if p.start is not None and p.start <= offset < p.end]

    def tag_colour(self, name: str) -> str:
        return next((t.colour for t in self.tags if t.name == name), "#ffe066")

    # -- intents ------------------------------------------------------------------------------
    def _push(self, command) -> bool:
        count = self.undo_stack.count()
        try:
            self.undo_stack.push(command)
        except BriefreaderError as exc:
            if self.undo_stack.count() > count:   # a step that did not happen cannot be undone:
                command.setObsolete(True)         # Qt drops an obsolete step without undoing it
                self.undo_stack.undo()
            self.failed.emit(str(exc))
            return False
        return True

    def highlight(self, start: int, end: int, tag: str | None = None, note: str = "",
                  link_kind: str | None = None, link_id: str | None = None) -> bool:
        if not self.document.text[start:end].strip():
            return False
        return self._push(AddAnnotation(self, start, end, tag, note, link_kind, link_id))

    def edit(self, annotation: Annotation, **fields) -> bool:
        changed = {k: v for k, v in fields.items() if getattr(annotation, k) != v}
        return bool(changed) and self._push(EditAnnotation(self, annotation, **changed))

    def delete(self, annotation: Annotation) -> bool:
        return self._push(DeleteAnnotation(self, annotation))

    def keep_here(self, annotation: Annotation) -> bool:
        """Accept the current words under a ``changed`` annotation as its passage."""
        return self._push(PlaceAnnotation(
            self, "Keep here:", annotation,
            lambda: self.store.keep_here(annotation.id, self.document)))

    def make_orphan(self, annotation: Annotation) -> bool:
        """Take an annotation off the text (its passage is gone); its note and tag stay."""
        return self._push(PlaceAnnotation(
            self, "Make orphan:", annotation,
            lambda: self.store.make_orphan(annotation.id)))

    def correct(self, label: str, make: Callable[..., NewCorrection], *args, **kwargs) -> bool:
        """Store the correction ``make(*args, **kwargs)`` as one undoable step named ``label``;
        a correction the extraction refuses (an id that is gone, an empty name) is a message."""
        try:
            new = make(*args, **kwargs)
        except BriefreaderError as exc:
            self.failed.emit(str(exc))
            return False
        return self._push(AddCorrection(self, label, *new))

    def remove_correction(self, correction: Correction) -> bool:
        return self._push(RemoveCorrection(self, correction))

    def assess(self, extraction, claim: Claim, assessment: str) -> bool:
        from briefreader.corrections.make import set_assessment

        speaker = claim.speaker or "unattributed"
        return self.correct(f"Assess {speaker}'s claim as {assessment}", set_assessment,
                            extraction, claim.id, assessment)

    def claim_assessments(self, extraction) -> dict[str, str]:
        """Claim id -> assessment, from corrections and from annotations linked to claims;
        the most recent wins (as in the brief)."""
        from briefreader.corrections.make import claim_assessments

        dated: list[tuple[str, str, str]] = []
        for placed in self.annotations:
            a = placed.annotation
            if a.link_kind == "claim" and a.link_id and a.assessment:
                dated.append((a.modified or a.created, a.link_id, a.assessment))
        by_correction = claim_assessments(extraction, self.corrections)
        created = {}
        for correction in self.corrections:
            if correction.kind == "set_assessment":
                created[correction.target] = correction.created
        for claim_id, assessment in by_correction.items():
            dated.append((created.get(claim_id, ""), claim_id, assessment))
        return {claim_id: assessment for _, claim_id, assessment in sorted(dated)}
