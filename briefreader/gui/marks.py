"""Marks in the article: actors tinted by kind, claims underlined, figures bold and tinted.

Marks are laid on each block's QTextLayout as additional formats (what QSyntaxHighlighter does
inside), never written into the document, so they can be toggled and re-coloured without touching
the text and, for a long report, applied a slice of blocks at a time without freezing the window.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextLayout

from briefreader.extraction.model import Extraction
from briefreader.gui.text_layout import ArticleLayout
from briefreader.gui.theme import MarkColours

MARK_KINDS = ("actor", "claim", "figure")
BLOCKS_PER_SLICE = 100  # blocks formatted per event-loop turn when marks arrive


@dataclass(frozen=True)
class Mark:
    kind: str        # one of MARK_KINDS
    start: int       # core offsets, end exclusive
    end: int
    item_id: str     # the actor, claim or figure it stands for
    subkind: str     # actor kind, claim kind, or figure category
    tooltip: str


def marks_from_extraction(extraction: Extraction) -> list[Mark]:
    marks: list[Mark] = []
    for actor in extraction.actors:
        role = f" — {actor.role}" if actor.role else ""
        tip = f"<b>{_esc(actor.name)}</b> ({actor.kind}){_esc(role)}<br>" \
              f"{len(actor.mentions)} mention{'s' if len(actor.mentions) != 1 else ''}"
        marks.extend(Mark("actor", m.start, m.end, actor.id, actor.kind, tip)
                     for m in actor.mentions)
    for claim in extraction.claims:
        speaker = claim.speaker or "unattributed"
        cue = f", “{claim.cue}”" if claim.cue else ""
        tip = f"Claim ({claim.kind}{_esc(cue)}) by <b>{_esc(speaker)}</b>"
        marks.append(Mark("claim", claim.start, claim.end, claim.id, claim.kind, tip))
    for fig in extraction.casualties:
        source = fig.source or "no source given"
        subject = f" · {fig.subject}" if fig.subject else ""
        tip = f"<b>{_esc(fig.text)}</b>: {fig.category} ({fig.status}){_esc(subject)}<br>" \
              f"Source: {_esc(source)}"
        marks.append(Mark("figure", fig.start, fig.end, fig.id, fig.category, tip))
    return marks


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mark_formats(colours: MarkColours) -> dict[tuple[str, str], QTextCharFormat]:
    formats: dict[tuple[str, str], QTextCharFormat] = {}
    for kind, colour in colours.actor.items():
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        formats[("actor", kind)] = fmt
    claim = QTextCharFormat()
    claim.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    claim.setUnderlineColor(colours.claim_underline)
    formats[("claim", "")] = claim
    figure = QTextCharFormat()
    figure.setFontWeight(QFont.Weight.Bold)
    figure.setForeground(colours.figure_text)
    figure.setBackground(colours.figure_background)
    formats[("figure", "")] = figure
    return formats


class MarkPainter(QObject):
    """Lays marks onto the article's blocks in slices; finished() when every block is done."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._layout: ArticleLayout | None = None
        self._by_block: dict[int, list[Mark]] = {}
        self._formats: dict[tuple[str, str], QTextCharFormat] = {}
        self.enabled: set[str] = set(MARK_KINDS)
        self._queue: list[int] = []
        self._timer = QTimer(self, interval=0, singleShot=False)
        self._timer.timeout.connect(self._paint_slice)

    @property
    def busy(self) -> bool:
        return bool(self._queue)

    def set_layout(self, layout: ArticleLayout | None) -> None:
        self._timer.stop()
        self._queue = []
        self._layout = layout
        self._by_block = {}

    def set_marks(self, marks: list[Mark]) -> None:
        by_block: dict[int, list[Mark]] = defaultdict(list)
        if self._layout is not None:
            for mark in marks:
                by_block[self._layout.block_index(mark.start)].append(mark)
        self._by_block = dict(by_block)
        self.repaint_all()

    def set_colours(self, colours: MarkColours) -> None:
        self._formats = mark_formats(colours)
        self.repaint_all()

    def set_enabled(self, kind: str, on: bool) -> None:
        (self.enabled.add if on else self.enabled.discard)(kind)
        self.repaint_all()

    def marks_at(self, offset: int) -> list[Mark]:
        if self._layout is None:
            return []
        block = self._layout.block_index(offset)
        return [m for m in self._by_block.get(block, ())
                if m.start <= offset < m.end and m.kind in self.enabled]

    def repaint_all(self) -> None:
        if self._layout is None or not self._formats:
            return
        # Blocks that had marks must be cleared too, so queue every block once.
        self._queue = list(range(len(self._layout.placed_blocks())))[::-1]
        if len(self._queue) <= BLOCKS_PER_SLICE:
            self._paint_slice()
        else:
            self._timer.start()

    def _paint_slice(self) -> None:
        layout = self._layout
        if layout is None:
            self._timer.stop()
            return
        placed = layout.placed_blocks()
        qdoc = layout.qdoc
        first = last = None
        for _ in range(min(BLOCKS_PER_SLICE, len(self._queue))):
            index = self._queue.pop()
            _, block, view_start, utf16 = placed[index]
            qblock = qdoc.findBlock(view_start)
            ranges = self._ranges(self._by_block.get(index, ()), block, utf16)
            if not ranges and not qblock.layout().formats():
                continue
            qblock.layout().setFormats(ranges)
            first = qblock if first is None else first
            last = qblock
        if first is not None:
            # One relayout for the slice: each call has a cost of its own, whatever its length.
            end = last.position() + last.length()
            qdoc.markContentsDirty(first.position(), end - first.position())
        if not self._queue:
            self._timer.stop()
            self.finished.emit()

    def _ranges(self, marks, block, utf16) -> list[QTextLayout.FormatRange]:
        block_start = block.start
        # A mark running past its block (a claim over two paragraphs) is cut at the block's end.
        marks = [Mark(m.kind, max(m.start, block.start), min(m.end, block.end), m.item_id,
                      m.subkind, m.tooltip) for m in marks if m.kind in self.enabled]
        marks = [m for m in marks if m.start < m.end]
        if not marks:
            return []
        # Overlapping marks (an actor inside a claim) merge: cut the block at every mark edge.
        edges = sorted({p for m in marks for p in (m.start, m.end)})
        ranges = []
        for a, b in zip(edges, edges[1:], strict=False):
            covering = [m for m in marks if m.start <= a and b <= m.end]
            if not covering:
                continue
            fmt = QTextCharFormat()
            for mark in sorted(covering, key=lambda m: MARK_KINDS.index(m.kind)):
                key = (mark.kind, mark.subkind if mark.kind == "actor" else "")
                fmt.merge(self._formats.get(key, QTextCharFormat()))
            r = QTextLayout.FormatRange()
            r.start = utf16.to_utf16(a - block_start)
            r.length = utf16.to_utf16(b - block_start) - r.start
            r.format = fmt
            ranges.append(r)
        return ranges
