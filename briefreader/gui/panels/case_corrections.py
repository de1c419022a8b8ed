"""Correcting a case from its panel: a ledger figure given an incident of its own or moved to
another incident, an actor renamed (or merged into another) across the case's documents.

Each correction is an undoable command on the Case panel's undo stack, which the window's Edit ›
Undo follows while the Case panel has the focus. A command writes the store at once, like the
annotation commands; the panel then reopens the case, so the ledger and the actor index show the
correction (``refresh``). Undo removes the correction's record; redo puts the same record back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMenu

from briefreader.errors import BriefreaderError

if TYPE_CHECKING:
    from briefreader.store.cases import CaseCorrection

TARGET_NAME_MAX = 48  # characters of an incident's name in the "Move to" menu
FIGURE = Qt.ItemDataRole.UserRole + 1  # on a ledger figure: (its key, its words: "at least 43")
# on a ledger entry: (its event's label, a figure's key, the incident's name, the entry's id)
EVENT = Qt.ItemDataRole.UserRole + 2


class CaseCorrectionCommand(QUndoCommand):
    """One correction to one case. ``panel`` has ``store``, ``refresh()`` and ``report(str)``."""

    def __init__(self, panel: Any, case: str, kind: str, value: dict[str, str], text: str
                 ) -> None:
        super().__init__(text)
        self.panel, self.case, self.kind, self.value = panel, case, kind, value
        self.made: CaseCorrection | None = None

    def redo(self) -> None:
        store = self.panel.store
        try:
            if self.made is None:
                self.made = store.add_case_correction(self.case, self.kind, self.value)
            else:
                store.restore_case_correction(self.case, self.made)
        except BriefreaderError as exc:
            self.setObsolete(True)   # it did not happen: nothing to undo
            self.panel.report(str(exc))
            return
        self.panel.refresh()

    def undo(self) -> None:
        if self.made is None:
            return
        try:
            self.panel.store.remove_case_correction(self.made.id)
        except BriefreaderError as exc:
            self.panel.report(str(exc))
            return
        self.panel.refresh()


def split_command(panel: Any, case: str, figure_key: str, figure_text: str) -> QUndoCommand:
    return CaseCorrectionCommand(panel, case, "split", {"figure": figure_key},
                                 f"Give {figure_text} an incident of its own")


def move_command(panel: Any, case: str, figure_key: str, figure_text: str, to_key: str,
                 incident_name: str) -> QUndoCommand:
    return CaseCorrectionCommand(panel, case, "move", {"figure": figure_key, "to": to_key},
                                 f"Move {figure_text} to {short(incident_name)}")


def rename_command(panel: Any, case: str, name: str, new_name: str) -> QUndoCommand:
    return CaseCorrectionCommand(panel, case, "rename_actor", {"name": name, "to": new_name},
                                 f"Rename {name} to {new_name} in the case")


def short(name: str, limit: int = TARGET_NAME_MAX) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def ledger_menu(panel: Any, item: Any) -> QMenu | None:
    """The menu of a ledger figure (a child row): open it, split it off, move it."""
    figure = item.data(0, FIGURE) if item is not None else None
    if not figure or item.parent() is None:
        return None
    key, text = figure
    menu = QMenu(panel)
    menu.addAction("Open in its document", lambda: panel.open_item(item))
    menu.addAction("Give it an incident of its own",
                   lambda: panel.correct(split_command(panel, panel.case_name, key, text)))
    targets = menu.addMenu("Move to the incident of…")
    own_event = item.parent().data(0, EVENT)[0]
    seen = {own_event}
    for n in range(panel.ledger.topLevelItemCount()):
        top = panel.ledger.topLevelItem(n)
        event, to_key, name, _ = top.data(0, EVENT)
        if event in seen:
            continue
        seen.add(event)
        targets.addAction(short(name), lambda to=to_key, name=name: panel.correct(
            move_command(panel, panel.case_name, key, text, to, name)))
    targets.setEnabled(not targets.isEmpty())
    return menu


def actor_menu(panel: Any, name: str) -> QMenu:
    """The menu of an actor of the case: rename it, or merge it into another, everywhere."""
    menu = QMenu(panel)
    menu.addAction("Rename or merge across the case…", lambda: panel.ask_rename(name))
    return menu
