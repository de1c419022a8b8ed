"""The claims table's two shown columns: who spoke, with how under it (cue, kind, assessment),
and the claim, wrapped over the row's lines.

The claim is what the analyst reads, so it gets the room and several lines. Cue, kind and
assessment stay columns of the model (copied as CSV and Markdown, explained in the header
tooltips); the view shows them, quieter, under the speaker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefreader.extraction.model import Claim
from briefreader.gui.panels.record_model import RecordRole


def _cell(delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem,
          index: QModelIndex) -> tuple[QStyleOptionViewItem, str, QRect]:
    """Draw the cell's background and selection; its option, its text and the text's rect."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    text = opt.text
    opt.text = ""
    style = opt.widget.style() if opt.widget else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
    return opt, text, rect.adjusted(2, 1, -2, -1)


def _colours(opt: QStyleOptionViewItem):
    """The text's colour, and a quieter one (the same when the row is selected)."""
    selected = bool(opt.state & QStyle.StateFlag.State_Selected)
    group = QPalette.ColorGroup.Normal
    text = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
    return text, text if selected else opt.palette.color(group,
                                                         QPalette.ColorRole.PlaceholderText)


class WrappedTextDelegate(QStyledItemDelegate):
    """Text wrapped over as many lines as the row holds, the last one elided (Qt's own wrapping
    lets the next line show, cut, under the last)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt, text, rect = _cell(self, painter, option, index)
        metrics = opt.fontMetrics
        room = max(1, rect.height() // metrics.lineSpacing())
        layout = QTextLayout(text, opt.font)
        layout.beginLayout()
        starts = []
        while len(starts) < room:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            starts.append((line.textStart(), line.textLength()))
        layout.endLayout()
        painter.save()
        painter.setPen(_colours(opt)[0])
        for number, (start, length) in enumerate(starts):
            last = number == len(starts) - 1
            shown = text[start:] if last else text[start:start + length]
            shown = metrics.elidedText(shown.strip(), Qt.TextElideMode.ElideRight, rect.width())
            line_rect = QRect(rect.left(), rect.top() + number * metrics.lineSpacing(),
                              rect.width(), metrics.lineSpacing())
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             shown)
        painter.restore()


class SpeakerAndCueDelegate(QStyledItemDelegate):
    def __init__(self, how: Callable[[Claim], str], parent=None) -> None:
        """``how``: the quieter line under the speaker ("said · direct · disputed")."""
        super().__init__(parent)
        self.how = how

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        claim = index.data(RecordRole)
        opt, speaker, rect = _cell(self, painter, option, index)
        metrics = opt.fontMetrics
        line = metrics.lineSpacing()
        text_colour, quiet_colour = _colours(opt)
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
