"""The claims table's first column: who spoke, and under it, quieter, how (cue, kind, assessment).

The claim is what the analyst reads, so the claims table shows two columns: this one and the
claim, wrapped over the row's lines. Cue, kind and assessment stay columns of the model (copied as
CSV and Markdown, explained in the header tooltips); the view shows them here instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefreader.extraction.model import Claim
from briefreader.gui.panels.record_model import RecordRole


class SpeakerAndCueDelegate(QStyledItemDelegate):
    def __init__(self, how: Callable[[Claim], str], parent=None) -> None:
        """``how``: the quieter line under the speaker ("said · direct · disputed")."""
        super().__init__(parent)
        self.how = how

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        claim = index.data(RecordRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        speaker = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect = rect.adjusted(2, 3, -2, -3)
        metrics = opt.fontMetrics
        line = metrics.lineSpacing()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                        else QPalette.ColorRole.Text)
        quiet_colour = text_colour if selected else opt.palette.color(
            group, QPalette.ColorRole.PlaceholderText)
        name_lines = max(1, rect.height() // line - 1)   # the last line is for the cue
        painter.save()
        painter.setPen(text_colour)
        name_rect = QRect(rect.left(), rect.top(), rect.width(), name_lines * line)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, speaker)
        painter.setPen(quiet_colour)
        how_rect = QRect(rect.left(), rect.top() + name_lines * line, rect.width(), line)
        painter.drawText(how_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(self.how(claim) if claim else "",
                                            Qt.TextElideMode.ElideRight, how_rect.width()))
        painter.restore()
