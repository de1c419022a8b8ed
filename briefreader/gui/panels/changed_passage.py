"""A ``changed`` annotation in the Annotations panel's editor: the words the reader highlighted
beside the words now under it, the differing words in bold, and the two decisions (Keep here,
Make orphan) the reader can take."""

from __future__ import annotations

from difflib import SequenceMatcher
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from briefreader.annotations.model import PlacedAnnotation

CHANGED_TIP = "The text changed since you highlighted it: check that the note still fits."


def marked_differences(old: str, new: str) -> tuple[str, str]:
    """``old`` and ``new`` as HTML, the words one has and the other has not in bold."""
    old_words, new_words = old.split(), new.split()
    old_html: list[str] = []
    new_html: list[str] = []
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    for tag, a, b, c, d in matcher.get_opcodes():
        for words, start, end, out in ((old_words, a, b, old_html), (new_words, c, d, new_html)):
            text = escape(" ".join(words[start:end]))
            if text:
                out.append(text if tag == "equal" else f"<b>{text}</b>")
    return " ".join(old_html), " ".join(new_html)


class ChangedPassage(QWidget):
    """Shown in the editor for a ``changed`` annotation only."""

    keepRequested = Signal()
    orphanRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedPassage")
        self.setToolTip(CHANGED_TIP)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel("<b>⚠ The text changed under this highlight</b>", self)
        self.old = self._passage("You highlighted")
        self.new = self._passage("The text now says")
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(QLabel("<i>You highlighted</i>", self), 1, 0)
        grid.addWidget(QLabel("<i>The text now says</i>", self), 1, 1)
        grid.addWidget(self.old, 2, 0)
        grid.addWidget(self.new, 2, 1)
        self.keep_button = QPushButton("Keep here", self)
        self.keep_button.setToolTip("The highlight stays on the new words, which become its "
                                    "passage; the note and tag stay")
        self.orphan_button = QPushButton("Make orphan", self)
        self.orphan_button.setToolTip("Take the highlight off the text (its passage is gone); "
                                      "it is listed apart with its note, and can be undone")
        grid.addWidget(self.keep_button, 3, 0)
        grid.addWidget(self.orphan_button, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.keep_button.clicked.connect(self.keepRequested)
        self.orphan_button.clicked.connect(self.orphanRequested)
        self.hide()

    def _passage(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setObjectName("changedText")
        return label

    def show_placed(self, placed: PlacedAnnotation | None, text: str) -> None:
        """Show ``placed`` (on the document's ``text``) if it is ``changed``; else hide."""
        if placed is None or placed.state != "changed" or placed.start is None:
            self.hide()
            return
        old, new = marked_differences(placed.annotation.quote, text[placed.start:placed.end])
        self.old.setText(f"“{old}”")
        self.new.setText(f"“{new}”")
        self.show()
