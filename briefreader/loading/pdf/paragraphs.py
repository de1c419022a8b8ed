"""Blocks from the lines of one region (a column, a box): paragraphs, headings, list items, rows.

A new block starts where a reader sees one: a wider gap between baselines than the region's
usual line pitch, a first-line indent, a short line that ends a sentence, a change of type
(a heading is larger than the body, or bold where the body is not), or a bullet or number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefreader.loading.pdf.lines import Line

# A heading is set at least this much larger than the body text...
HEADING_SIZE_RATIO = 1.15
# ... or bold and short, without a sentence's closing punctuation.
MAX_HEADING_WORDS = 16
# Words a wrapped heading line may end on (English and French reports).
HEADING_JOINERS = frozenset("""
    a an and as at by for from in into of on or the to with de des du la le les et en au aux
    pour par sur
""".split())
# A baseline this much further than the region's usual pitch opens a paragraph.
PARAGRAPH_PITCH_RATIO = 1.3
# A line that ends a sentence this short of the column's right edge (share of its width) is a
# paragraph's last line. Ragged-right lines fall short by a word, rarely by a quarter.
SHORT_LINE_SHARE = 0.25
BULLETS = "•●▪■◦‣∙·○►▶➢✓-–—*\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0b2"
# Word's second-level bullet is a letter o in a symbol font: a bullet when a capital follows.
_LIST_START = re.compile(rf"^(?:[{re.escape(BULLETS)}]\s*(?=\S)|o\s+(?=[A-Z])"
                         r"|(?:\d{1,2}|[a-z])[.)]\s+|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+)")
_GLYPH_BULLET = re.compile(rf"^(?:[{re.escape(BULLETS)}]\s*|o\s+(?=[A-Z]))")
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?:;][\"'\u2019\u201d)]*$")
# A bold line ending so is a sentence, not a heading; a colon may end a heading's first line
# ("A year in perspective:" over its subtitle).
_NOT_HEADING_END = re.compile(r"[.!?;,][\"'\u2019\u201d)]*$")


@dataclass
class PendingBlock:
    kind: str
    lines: list[Line] = field(default_factory=list)
    level: int = 0
    opens_region: bool = False  # the first block of a column or box
    closes_region: bool = False  # the last

    @property
    def page(self) -> int:
        return self.lines[0].page


def heading_level(line: Line, body_size: float, body_bold: bool) -> int:
    """1-3 for a heading line (by how much larger than the body), 0 for anything else."""
    ratio = line.size / body_size if body_size else 1.0
    if ratio < HEADING_SIZE_RATIO and (body_bold or not line.bold):
        return 0  # most lines: body type, decided before looking at the words
    words = len(line.text.split())
    if line.rows is not None or not words or words > MAX_HEADING_WORDS * 2:
        return 0
    if not _LETTER.search(line.text):
        return 0  # a key figure set large ("2.4M") is a figure, not a heading
    if ratio >= 1.8:
        return 1
    if ratio >= 1.4:
        return 2
    if ratio >= HEADING_SIZE_RATIO:
        return 3
    if (line.bold and not body_bold and words <= MAX_HEADING_WORDS
            and not _NOT_HEADING_END.search(line.text.rstrip())):
        return 4
    return 0


def _heading_goes_on(before: str, after: str) -> bool:
    """A heading wraps mid-phrase: the next line starts small, or this one ends on a colon,
    a comma, a dash or a word that joins ("framework for | the river"). Bold lines that each
    stand whole ("Endorsed by ... 2021", "Pre-approved by ...") and a line in brackets (a
    note on the heading) are blocks of their own."""
    if after[:1] == "(":
        return False
    if after[:1].islower():
        return True
    last = before.rstrip()
    words = last.split()
    return last.endswith((":", ",", "-", "\u2013", "&")) or bool(
        words and words[-1].lower() in HEADING_JOINERS)


def region_blocks(lines: list[Line], body_size: float, body_bold: bool) -> list[PendingBlock]:
    """The blocks of one region, whose lines are given top to bottom."""
    if not lines:
        return []
    pitch = _usual_pitch(lines)
    left = min(ln.x0 for ln in lines if ln.rows is None) if any(
        ln.rows is None for ln in lines) else 0.0
    right = max(ln.x1 for ln in lines)
    blocks: list[PendingBlock] = []
    prev: Line | None = None
    for ln in lines:
        level = heading_level(ln, body_size, body_bold)
        kind = "heading" if level else _body_kind(ln)
        current = blocks[-1] if blocks else None
        if (current is None or prev is None or ln.rows is not None or prev.rows is not None
                or _starts_block(current, prev, ln, kind, level, pitch, left, right)):
            blocks.append(PendingBlock(kind, [ln], level))
        else:
            current.lines.append(ln)
        prev = ln
    return blocks


def _body_kind(line: Line) -> str:
    if line.rows is not None:
        return "table"
    return "list_item" if _LIST_START.match(line.text) else "paragraph"


def _starts_block(current: PendingBlock, prev: Line, ln: Line, kind: str, level: int,
                  pitch: float | None, left: float, right: float) -> bool:
    if kind == "list_item" or level != current.level or (kind == "heading") != (
            current.kind == "heading"):
        return True
    if current.kind == "heading":
        return (abs(ln.size - prev.size) > 0.5 or ln.bold != prev.bold
                or not _heading_goes_on(prev.text, ln.text))
    step = ln.baseline - prev.baseline
    if step < -0.5 * ln.size:  # the line stands above the last one: another column or box
        return True
    expected = pitch or 1.45 * ln.size
    if step > PARAGRAPH_PITCH_RATIO * expected or abs(ln.size - prev.size) > 1.0:
        return True
    if current.kind == "list_item":
        return False  # a hanging indent continues the item
    if ln.x0 - left >= 0.6 * ln.size and prev.x0 - left < 0.3 * ln.size:
        return True  # first-line indent
    short = right - prev.x1 > SHORT_LINE_SHARE * max(1.0, right - left)
    return short and bool(_SENTENCE_END.search(prev.text))


def _usual_pitch(lines: list[Line]) -> float | None:
    steps = sorted(
        b.baseline - a.baseline for a, b in zip(lines, lines[1:], strict=False)
        if abs(a.size - b.size) < 0.5 and 0 < b.baseline - a.baseline < 2.5 * b.size)
    return steps[len(steps) // 3] if steps else None


def list_item_text(text: str) -> str:
    """A list item's text with its bullet glyph made the document's plain bullet."""
    from briefreader.document import BULLET

    if _GLYPH_BULLET.match(text):
        return BULLET + _GLYPH_BULLET.sub("", text, count=1)
    return text
