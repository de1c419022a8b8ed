"""Corrections from the panels: what a right-click on an actor, a claim or a figure offers.

Each entry asks for what it needs (a name, a speaker, a count) and hands a correction to the
session's notes, where it becomes one undoable step stored at once; the session then re-applies
all corrections and the panels, marks and brief follow. The same corrections as
``briefreader correct``: rename or merge actors, reject an item, fix a speaker or a figure.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QSpinBox,
    QWidget,
)

from briefreader.corrections import make as fix
from briefreader.extraction.model import (
    CASUALTY_CATEGORIES,
    Actor,
    CasualtyFigure,
    Claim,
    Extraction,
)

NO_HIGH = 0   # the "to" box of a figure at its minimum: no upper end


class Corrector:
    """Turns a panel's intents into stored corrections of its session's extraction."""

    def __init__(self, panel: QWidget) -> None:
        self.panel = panel

    @property
    def _target(self) -> tuple[object, Extraction] | None:
        session = getattr(self.panel, "session", None)
        if session is None or session.notes is None or session.extraction is None:
            return None
        return session.notes, session.extraction

    def available(self) -> bool:
        return self._target is not None

    def _correct(self, label: str, make, item_id: str, *args, **kwargs) -> bool:
        target = self._target
        if target is None:
            return False
        notes, extraction = target
        return notes.correct(label, make, extraction, item_id, *args, **kwargs)

    # -- the corrections ------------------------------------------------------------------------
    def rename_actor(self, actor: Actor, name: str) -> bool:
        return self._correct(f"Rename {actor.name} to {name}", fix.rename_actor, actor.id, name)

    def merge_actor(self, actor: Actor, into: Actor) -> bool:
        return self._correct(f"Merge {actor.name} into {into.name}", fix.merge_actors,
                             actor.id, into.id)

    def reject(self, item: Actor | Claim | CasualtyFigure, what: str) -> bool:
        return self._correct(f"Mark {what} as wrong", fix.reject, item.id)

    def set_speaker(self, claim: Claim, speaker: str | None) -> bool:
        label = f"Speaker: {speaker}" if speaker else "Speaker: nobody"
        return self._correct(label, fix.set_speaker, claim.id, speaker)

    def fix_figure(self, figure: CasualtyFigure, count: int, count_high: int | None,
                   category: str) -> bool:
        changes = {}
        if count != figure.count:
            changes["count"] = count
        if count_high != figure.count_high and count_high is not None:
            changes["count_high"] = count_high
        if category != figure.category:
            changes["category"] = category
        if not changes:
            return False
        return self._correct(f"Correct figure to {count:,} {category}", fix.set_casualty,
                             figure.id, **changes)

    # -- menus --------------------------------------------------------------------------------
    def add_actor_entries(self, menu: QMenu, actor: Actor) -> None:
        if not self.available():
            return
        menu.addAction("&Rename Actor…", lambda: self.ask_rename(actor))
        menu.addAction("&Merge Into…", lambda: self.ask_merge(actor))
        menu.addAction("Mark Actor as &Wrong", lambda: self.reject(actor, f"actor {actor.name}"))

    def add_claim_entries(self, menu: QMenu, claim: Claim) -> None:
        if not self.available():
            return
        menu.addAction("Set &Speaker…", lambda: self.ask_speaker(claim))
        if claim.speaker:
            menu.addAction("&No Speaker", lambda: self.set_speaker(claim, None))
        menu.addAction("Mark Claim as &Wrong", lambda: self.reject(claim, "claim"))

    def add_figure_entries(self, menu: QMenu, figure: CasualtyFigure) -> None:
        if not self.available():
            return
        menu.addAction("&Correct Figure…", lambda: self.ask_figure(figure))
        menu.addAction("Mark Figure as &Wrong", lambda: self.reject(figure, "figure"))

    # -- asking -------------------------------------------------------------------------------
    def _actors(self) -> list[Actor]:
        target = self._target
        return list(target[1].actors) if target else []

    def ask_rename(self, actor: Actor) -> bool:
        name, ok = QInputDialog.getText(self.panel, "Rename Actor",
                                        f"New name for “{actor.name}”:", QLineEdit.EchoMode.Normal,
                                        actor.name)
        return ok and name.strip() != actor.name and self.rename_actor(actor, name)

    def ask_merge(self, actor: Actor) -> bool:
        others = [a for a in self._actors() if a.id != actor.id]
        if not others:
            return False
        labels = [f"{a.name} ({a.kind})" for a in others]
        choice, ok = QInputDialog.getItem(self.panel, "Merge Actor",
                                          f"Merge “{actor.name}” into:", labels, 0, False)
        return ok and choice in labels and self.merge_actor(actor, others[labels.index(choice)])

    def ask_speaker(self, claim: Claim) -> bool:
        names = [a.name for a in self._actors()]
        current = names.index(claim.speaker) if claim.speaker in names else 0
        speaker, ok = QInputDialog.getItem(self.panel, "Set Speaker",
                                           "Who made this claim (an actor, or type a name):",
                                           names, current, True)
        speaker = " ".join(speaker.split())
        return ok and bool(speaker) and speaker != claim.speaker \
            and self.set_speaker(claim, speaker)

    def ask_figure(self, figure: CasualtyFigure) -> bool:
        dialog = FigureDialog(figure, self.panel)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.fix_figure(figure, *dialog.values())


class FigureDialog(QDialog):
    """Count, upper end of a range and category of one casualty figure."""

    def __init__(self, figure: CasualtyFigure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Correct Figure")
        form = QFormLayout(self)
        quoted = " ".join(figure.text.split())
        form.addRow(f"“{quoted[:80]}{'…' if len(quoted) > 80 else ''}”", None)
        self.count = QSpinBox(self, minimum=0, maximum=2_000_000_000, value=figure.count)
        self.count.setGroupSeparatorShown(True)
        self.count.setAccessibleName("Count")
        self.high = QSpinBox(self, minimum=NO_HIGH, maximum=2_000_000_000,
                             value=figure.count_high or NO_HIGH)
        self.high.setGroupSeparatorShown(True)
        self.high.setSpecialValueText("—")
        self.high.setAccessibleName("Upper end of a range")
        self.category = QComboBox(self)
        self.category.addItems(list(CASUALTY_CATEGORIES))
        self.category.setCurrentText(figure.category)
        self.category.setAccessibleName("Category")
        form.addRow("&Count:", self.count)
        form.addRow("&To (a range):", self.high)
        form.addRow("C&ategory:", self.category)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int, int | None, str]:
        high = self.high.value()
        return self.count.value(), (high if high > self.count.value() else None), \
            self.category.currentText()
