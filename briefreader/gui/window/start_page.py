"""Shown when no article is open: open a file, the sample article, or one of the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PathRole = Qt.ItemDataRole.UserRole + 1


class StartPage(QWidget):
    openRequested = Signal()          # the file dialog
    pathRequested = Signal(str)       # a given file

    def __init__(self, sample: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName("Start page")
        self._sample = sample
        outer = QHBoxLayout(self)
        card = QFrame(self)
        card.setObjectName("startCard")
        card.setMaximumWidth(560)
        outer.addStretch(1)
        outer.addWidget(card, 3)
        outer.addStretch(1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 48, 36, 36)
        layout.setSpacing(12)
        title = QLabel("briefreader", card)
        title.setObjectName("startTitle")
        subtitle = QLabel("Read an article beside its actors, claims and casualty figures.", card)
        subtitle.setObjectName("startSubtitle")
        subtitle.setWordWrap(True)
        buttons = QHBoxLayout()
        self.open_button = QPushButton("Open a file…", card)
        self.open_button.setObjectName("primaryButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button = QPushButton("Open the sample article", card)
        self.sample_button.clicked.connect(lambda: self.pathRequested.emit(str(self._sample)))
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        recent_label = QLabel("Recent files", card)
        recent_label.setObjectName("startSection")
        self.recent = QListWidget(card)
        self.recent.setAccessibleName("Recent files")
        self.recent.itemActivated.connect(lambda item: self.pathRequested.emit(item.data(PathRole)))
        self.recent.itemClicked.connect(lambda item: self.pathRequested.emit(item.data(PathRole)))
        self.empty = QLabel("Files you open appear here. You can also drop a file on the window.",
                            card)
        self.empty.setObjectName("startHint")
        self.empty.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addSpacing(18)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(PathRole, path)
            item.setToolTip(path)
            if not Path(path).exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.empty.setVisible(not paths)
