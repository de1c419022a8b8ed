"""Every change to annotations is an undoable command; the store is written on the GUI thread
(a millisecond per write), never behind the extraction worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from briefreader.annotations.model import Annotation, Correction

EDIT_NOTE_ID = 1001  # consecutive note edits of one annotation merge into one undo step


class AddAnnotation(QUndoCommand):
    def __init__(self, notes, start: int, end: int, tag: str | None, note: str = "",
                 link_kind: str | None = None, link_id: str | None = None) -> None:
        super().__init__(f"Highlight “{_short(notes.document.text[start:end])}”")
        self.notes, self.args = notes, (start, end)
        self.fields: dict[str, Any] = {"tag": tag, "note": note, "link_kind": link_kind,
                                       "link_id": link_id}
        self.annotation: Annotation | None = None

    def redo(self) -> None:
        store, document = self.notes.store, self.notes.document
        if self.annotation is None:
            self.annotation = store.add_annotation(document, *self.args, **self.fields)
        else:  # redo after undo: the same annotation, same id and times
            store.restore_annotation(document, self.annotation)
        self.notes.reload(select=self.annotation.id)

    def undo(self) -> None:
        self.notes.store.delete_annotation(self.annotation.id)
        self.notes.reload()


class EditAnnotation(QUndoCommand):
    def __init__(self, notes, annotation: Annotation, **after: Any) -> None:
        super().__init__("Edit note" if set(after) == {"note"} else "Change highlight")
        self.notes, self.annotation_id = notes, annotation.id
        self.before = {k: getattr(annotation, k) for k in after}
        self.after = after

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return EDIT_NOTE_ID if set(self.after) == {"note"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditAnnotation) or other.annotation_id != self.annotation_id \
                or set(other.after) != {"note"}:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.notes.store.update_annotation(self.annotation_id, **self.after)
        self.notes.reload(select=self.annotation_id)

    def undo(self) -> None:
        self.notes.store.update_annotation(self.annotation_id, **self.before)
        self.notes.reload(select=self.annotation_id)


class DeleteAnnotation(QUndoCommand):
    def __init__(self, notes, annotation: Annotation) -> None:
        super().__init__(f"Delete highlight “{_short(annotation.quote)}”")
        self.notes, self.annotation = notes, annotation

    def redo(self) -> None:
        self.notes.store.delete_annotation(self.annotation.id)
        self.notes.reload()

    def undo(self) -> None:
        self.notes.store.restore_annotation(self.notes.document, self.annotation)
        self.notes.reload(select=self.annotation.id)


class PlaceAnnotation(QUndoCommand):
    """Decide where a ``changed`` annotation stands: keep it on the current words, or take it
    off the text (an orphan); undo puts the record back as it was (its quote and its place)."""

    def __init__(self, notes, verb: str, annotation: Annotation,
                 decide: Callable[[], Annotation]) -> None:
        super().__init__(f"{verb} “{_short(annotation.quote)}”")
        self.notes, self.decide = notes, decide
        self.before = annotation

    def redo(self) -> None:
        self.decide()
        self.notes.reload(select=self.before.id)

    def undo(self) -> None:
        self.notes.store.restore_annotation(self.notes.document, self.before)
        self.notes.reload(select=self.before.id)


class AddCorrection(QUndoCommand):
    """A correction to the extraction (a claim's assessment, say), undone by deleting it."""

    def __init__(self, notes, text: str, kind: str, target: str, value: dict[str, Any]) -> None:
        super().__init__(text)
        self.notes, self.new = notes, (kind, target, value)
        self.correction: Correction | None = None

    def redo(self) -> None:
        store, document = self.notes.store, self.notes.document
        if self.correction is None:
            self.correction = store.add_correction(document, *self.new)
        else:
            store.restore_correction(document, self.correction)
        self.notes.reload()

    def undo(self) -> None:
        self.notes.store.delete_correction(self.correction.id)
        self.notes.reload()


class RemoveCorrection(QUndoCommand):
    """Take a correction back (from the Annotations panel); undo puts it back as it was."""

    def __init__(self, notes, correction: Correction) -> None:
        from briefreader.corrections.describe import describe_correction

        super().__init__(f"Remove correction: {describe_correction(correction)}")
        self.notes, self.correction = notes, correction

    def redo(self) -> None:
        self.notes.store.delete_correction(self.correction.id)
        self.notes.reload()

    def undo(self) -> None:
        self.notes.store.restore_correction(self.notes.document, self.correction)
        self.notes.reload()


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
