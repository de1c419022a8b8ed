"""Marks in the article: actors tinted by kind, claims underlined, figures bold and tinted.

Marks are laid on each block's QTextLayout as additional formats (what QSyntaxHighlighter does
inside), never written into the document, so they can be toggled and re-coloured without touching
the text and, for a long report, applied a slice of blocks at a time without freezing the window.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextLayout

from briefreader.gui.article.layout import ArticleLayout
from briefreader.gui.idle_jobs import run_soon
from briefreader.gui.rule_names import found_by
from briefreader.gui.theme import MarkColours

TYPE_CHECKING = False   # typing itself is not imported before the first paint (~4 ms)
if TYPE_CHECKING:   # for annotations only: the first paint of a text does not wait for it
    from collections.abc import Iterator

    from briefreader.extraction.model import Actor, CasualtyFigure, Claim, Extraction

MARK_KINDS = ("actor", "claim", "figure")          # the kinds the reader can toggle
# Later layers win where marks overlap: a highlight's tint over an actor's, a figure stays bold.
LAYER_ORDER = ("actor", "claim", "figure", "highlight")
BLOCKS_PER_SLICE = 50  # blocks formatted per event-loop turn when marks arrive


STEP_ITEMS = 1500   # actors, claims and figures whose marks are made in one turn


@dataclass(frozen=True)
class Mark:
    kind: str        # one of MARK_KINDS
    start: int       # core offsets, end exclusive
    end: int
    item_id: str     # the actor, claim or figure it stands for
    subkind: str     # actor kind, claim kind, or figure category
    tooltip: str


def marks_from_extraction(extraction: Extraction) -> list[Mark]:
    return [mark for step in marks_in_steps(extraction) for mark in step]


def marks_in_steps(extraction: Extraction, items: int = STEP_ITEMS) -> Iterator[list[Mark]]:
    """The marks of the actors, claims and figures, made ``items`` items at a time: a report of
    ten thousand claims makes its marks over several turns of the event loop, not in one."""
    step: list[Mark] = []
    n = 0
    for make, found in ((_actor_marks, extraction.actors), (_claim_marks, extraction.claims),
                        (_figure_marks, extraction.casualties)):
        for item in found:
            step.extend(make(item))
            n += 1
            if n % items == 0:
                yield step
                step = []
    if step:
        yield step


def _actor_marks(actor: Actor) -> list[Mark]:
    role = f" — {actor.role}" if actor.role else ""
    tip = f"<b>{_esc(actor.name)}</b> ({actor.kind}){_esc(role)}<br>" \
          f"{len(actor.mentions)} mention{'s' if len(actor.mentions) != 1 else ''}" \
          f"{found_by(actor.rules)}"
    return [Mark("actor", m.start, m.end, actor.id, actor.kind, tip) for m in actor.mentions]


def _claim_marks(claim: Claim) -> list[Mark]:
    speaker = claim.speaker or "unattributed"
    cue = f", “{claim.cue}”" if claim.cue else ""
    tip = f"Claim ({claim.kind}{_esc(cue)}) by <b>{_esc(speaker)}</b>{found_by(claim.rules)}"
    return [Mark("claim", claim.start, claim.end, claim.id, claim.kind, tip)]


def _figure_marks(fig: CasualtyFigure) -> list[Mark]:
    source = fig.source or "no source given"
    subject = f" · {fig.subject}" if fig.subject else ""
    tip = f"<b>{_esc(fig.text)}</b>: {fig.category} ({fig.status}){_esc(subject)}<br>" \
          f"Source: {_esc(source)}{found_by(fig.rules)}"
    return [Mark("figure", fig.start, fig.end, fig.id, fig.category, tip)]


def marks_from_annotations(placed_annotations) -> list[Mark]:
    """The reader's highlights (those placed on the text; orphans have no place)."""
    marks = []
    for placed in placed_annotations:
        if placed.start is None:
            continue
        a = placed.annotation
        note = " ".join(a.note.split())
        note = note if len(note) <= 120 else note[:119] + "…"
        tip = f"<b>Highlight</b> · {_esc(a.tag)}" + (f"<br>{_esc(note)}" if note else "") + \
            (f"<br>Assessed: {a.assessment}" if a.assessment else "") + \
            ("<br><i>⚠ The text changed since you highlighted it</i>"
             if placed.state == "changed" else "")
        marks.append(Mark("highlight", placed.start, placed.end, a.id, a.tag, tip))
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
        self._extraction_marks: list[Mark] = []
        self._highlights: list[Mark] = []
        self._highlight_colours: dict[str, QColor] = {}
        self._scheme = "light"
        self._colours: MarkColours | None = None
        # made when first needed: a QBrush is the first use of PySide6's Qt enums (see lazy_qt),
        # which the view's construction, before its first paint, must not pay for
        self._formats_made: dict[tuple[str, str], QTextCharFormat] | None = None
        self.enabled: set[str] = set(MARK_KINDS)
        self._queue: list[int] = []
        self._scheduled = False   # a slice waits in the idle-job queue

    @property
    def busy(self) -> bool:
        return bool(self._queue)

    def set_layout(self, layout: ArticleLayout | None) -> None:
        self._queue = []
        self._layout = layout
        self._by_block = {}
        if layout is not None and (self._extraction_marks or self._highlights):
            self._regroup()

    def set_marks(self, marks: list[Mark]) -> None:
        self._extraction_marks = list(marks)
        self._regroup()

    def set_highlights(self, marks: list[Mark], colours: dict[str, str]) -> None:
        """The reader's highlights, each tinted by its tag's colour."""
        self._highlights = list(marks)
        self._highlight_colours = {tag: QColor(c) for tag, c in colours.items()}
        self._formats_made = None
        self._regroup()

    @property
    def _formats(self) -> dict[tuple[str, str], QTextCharFormat]:
        if self._formats_made is None:
            self._formats_made = mark_formats(self._colours) if self._colours else {}
            self._formats_made.update(self._highlight_formats())
        return self._formats_made

    def _highlight_formats(self) -> dict[tuple[str, str], QTextCharFormat]:
        formats = {}
        for tag, colour in self._highlight_colours.items():
            fmt = QTextCharFormat()
            tint = QColor(colour)
            if self._scheme == "dark":   # a pastel tag colour would glare under light text
                tint = tint.darker(260)
            fmt.setBackground(tint)
            formats[("highlight", tag)] = fmt
        return formats

    def _regroup(self) -> None:
        """Group marks by block and repaint only the blocks whose marks changed."""
        if self._layout is None:
            return
        by_block: dict[int, list[Mark]] = defaultdict(list)
        for mark in self._extraction_marks + self._highlights:
            by_block[self._layout.block_index(mark.start)].append(mark)
        old, self._by_block = self._by_block, dict(by_block)
        changed = {i for i in set(old) | set(by_block) if old.get(i) != by_block.get(i)}
        self._queue_blocks(changed | set(self._queue))

    def set_colours(self, colours: MarkColours, scheme: str = "light") -> None:
        self._scheme = scheme
        self._colours = colours
        self._formats_made = None
        self.repaint_all()

    def set_enabled(self, kind: str, on: bool) -> None:
        (self.enabled.add if on else self.enabled.discard)(kind)
        self.repaint_all()

    def marks_at(self, offset: int) -> list[Mark]:
        if self._layout is None:
            return []
        block = self._layout.block_index(offset)
        return [m for m in self._by_block.get(block, ())
                if m.start <= offset < m.end and (m.kind in self.enabled or m.kind == "highlight")]

    def repaint_all(self) -> None:
        if self._layout is None or self._colours is None:
            return
        # Blocks that had marks must be cleared too, so queue every block once.
        self._queue_blocks(set(range(self._layout.placed_count())))

    def _queue_blocks(self, blocks: set[int]) -> None:
        self._queue = sorted(blocks, reverse=True)
        if not self._queue:
            self.finished.emit()   # nothing to repaint: done as it is
            return
        if len(self._queue) <= BLOCKS_PER_SLICE:
            self._paint_slice()
        elif not self._scheduled:
            self._scheduled = True
            run_soon(self, self._next_slice)

    def _next_slice(self) -> None:
        # one slice per turn of the shared idle-job queue (see idle_jobs.py), then the next
        self._scheduled = False
        if self._queue:
            self._paint_slice()
        if self._queue and not self._scheduled:
            self._scheduled = True
            run_soon(self, self._next_slice)

    def _paint_slice(self) -> None:
        layout = self._layout
        if layout is None:
            self._queue = []
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
            self.finished.emit()

    def _ranges(self, marks, block, utf16) -> list[QTextLayout.FormatRange]:
        block_start = block.start
        # A mark running past its block (a claim over two paragraphs) is cut at the block's end.
        marks = [Mark(m.kind, max(m.start, block.start), min(m.end, block.end), m.item_id,
                      m.subkind, m.tooltip) for m in marks
                 if m.kind in self.enabled or m.kind == "highlight"]
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
            for mark in sorted(covering, key=lambda m: LAYER_ORDER.index(m.kind)):
                key = (mark.kind, mark.subkind if mark.kind in ("actor", "highlight") else "")
                fmt.merge(self._formats.get(key, QTextCharFormat()))
            r = QTextLayout.FormatRange()
            r.start = utf16.to_utf16(a - block_start)
            r.length = utf16.to_utf16(b - block_start) - r.start
            r.format = fmt
            ranges.append(r)
        return ranges
