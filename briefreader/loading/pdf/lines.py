"""A PDF page's text as lines with boxes, read from pdfium in bulk.

pdfium already orders a page's characters and breaks them into lines ("\\r\\n") with the spaces
it infers. One Python call per character would cost more than pdfium's whole text extraction, so
a line's geometry comes from its text runs (``FPDFText_CountRects``/``GetRect``: one rectangle
per run of one text object), and characters are measured one by one only where a run shows that
pdfium put two things on one line: a column gutter between runs, or a raised footnote mark.

Coordinates are turned top-down (``top`` < ``bottom``), in points from the page's top edge.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field

import pypdfium2.raw as pdfium_c

from briefreader.loading.pdf.marks import page_marks, take_marks
from briefreader.loading.pdf.runs import (
    CELL_GAP_EMS,
    GUTTER_EMS,
    cell_gaps,
    has_gutter,
    split_at_gaps,
    split_at_runs,
)
from briefreader.loading.pdf.spacing import (
    drawn_char_by_char,
    drop_doubled_accents,
    has_combining,
    missing_spaces,
    with_spaces,
)

# pdfium marks a line-end hyphen it thinks it removed with U+FFFE; the layout rules decide.
PDFIUM_HYPHEN = "\ufffe"
# One pdfium line without its surrounding white space: between breaks and pdfium's hyphens.
_SEGMENT = re.compile("[^\\s\ufffe](?:[^\r\n\ufffe]*[^\\s\ufffe])?")
# pdfium's functions bound once: the line reader calls them a few times for every line
_COUNT_RECTS = pdfium_c.FPDFText_CountRects
_GET_RECT = pdfium_c.FPDFText_GetRect
_FONT_SIZE = pdfium_c.FPDFText_GetFontSize
_FONT_WEIGHT = pdfium_c.FPDFText_GetFontWeight
_FONT_INFO = pdfium_c.FPDFText_GetFontInfo
_NO_MARKS: list[tuple[int, int]] = []  # shared, never changed: most lines have no mark
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\t\u00a0]")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)


@dataclass(slots=True)
class Line:
    """One line of text on a page, in top-down page coordinates."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    page: int  # 1-based
    baseline: float = 0.0  # the first character's origin: steadier than the ink's edges
    hyphen: bool = False  # the line ended in a hyphen pdfium took away
    marks: list[str] = field(default_factory=list)  # footnote marks taken out of the text
    rows: list[str] | None = None  # set on the one line that stands for a whole table
    # gaps wider than a word space but narrower than a gutter between the line's text runs:
    # (left x, right x, offset in text where the right run starts); a table may cut cells there
    gaps: list[tuple[float, float, int]] = field(default_factory=list)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


class Measure:
    """The few pdfium calls the line reader needs, with their out-parameters made once."""

    def __init__(self, textpage, page_top: float) -> None:
        self.raw = textpage.raw
        self.page_top = page_top
        self._d = [ctypes.c_double() for _ in range(4)]
        self._refs = [ctypes.byref(d) for d in self._d]
        self._name = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()
        self._flags_ref = ctypes.byref(self._flags)
        self._bold_names: dict[bytes, bool] = {}

    def rects(self, start: int, count: int) -> list[tuple[float, float, float, float]]:
        """(x0, top, x1, bottom) of the text runs among ``count`` chars from ``start``."""
        raw, refs, page_top = self.raw, self._refs, self.page_top
        left, top, right, bottom = self._d
        get_rect = _GET_RECT
        out = []
        for i in range(_COUNT_RECTS(raw, start, count)):
            if get_rect(raw, i, *refs):
                out.append((left.value, page_top - top.value, right.value,
                            page_top - bottom.value))
        return out

    def char_box(self, index: int) -> tuple[float, float, float, float] | None:
        left, right, bottom, top = self._d
        if not pdfium_c.FPDFText_GetCharBox(self.raw, index, *self._refs):
            return None
        return left.value, self.page_top - top.value, right.value, self.page_top - bottom.value

    def char_at(self, x: float, y_down: float, size: float) -> int:
        """Index of the character at (x, top-down y), or a negative number if none is near."""
        return pdfium_c.FPDFText_GetCharIndexAtPos(self.raw, x, self.page_top - y_down,
                                                   0.5, size)

    def baseline(self, index: int) -> float | None:
        y = self._d[1]
        if not pdfium_c.FPDFText_GetCharOrigin(self.raw, index, self._refs[0], self._refs[1]):
            return None
        return self.page_top - y.value

    def size(self, index: int) -> float:
        return _FONT_SIZE(self.raw, index)

    def bold(self, first: int, last: int, one_run: bool) -> bool:
        """Whether the characters at both ends are bold (one text run has one font: its first
        character tells)."""
        bold = self._font_bold(first)
        return bold if one_run or not bold else self._font_bold(last)

    def _font_bold(self, index: int) -> bool:
        """By the font's weight where pdfium knows it (most fonts), else by its name
        ("Helvetica-Bold"); a report uses a handful of fonts, each is judged once by name."""
        if not _FONT_INFO(self.raw, index, self._name, 128, self._flags_ref):
            return False
        name = self._name.value
        bold = self._bold_names.get(name)
        if bold is None:
            weight = _FONT_WEIGHT(self.raw, index)
            bold = weight >= 600 if weight > 0 else bool(
                _BOLD_NAME.search(name.decode("latin-1")))
            self._bold_names[name] = bold
        return bold


def page_lines(textpage, page_top: float, page_no: int) -> list[Line]:
    """The page's lines: pdfium's lines, split at gutters, their footnote marks taken out."""
    text = _CONTROLS.sub(" ", textpage.get_text_range())  # one for one: indices hold
    if len(text) != textpage.count_chars():
        # Characters outside the Basic Multilingual Plane come back as two UTF-16 units, which
        # would shift every index after them; such pages are rare enough to measure per line.
        text = "".join(textpage.get_text_range(i, 1) for i in range(textpage.count_chars()))
    measure = Measure(textpage, page_top)
    marks = page_marks(text, measure)
    lines: list[Line] = []
    k = 0  # marks and segments both run in text order: each segment gets the marks inside it
    for match in _SEGMENT.finditer(text):
        start, end = match.span()
        first = k
        while k < len(marks) and marks[k][0] < end:
            k += 1
        hyphen = text.startswith(PDFIUM_HYPHEN, end)
        inside = [m for m in marks[first:k] if m[0] >= start] if k > first else _NO_MARKS
        lines.extend(_segment_lines(text, start, end, hyphen, measure, page_no, inside))
    if has_combining(text):
        for line in lines:
            line.text = drop_doubled_accents(line.text)
    return _join_same_baseline(lines)


def _segment_lines(text: str, start: int, end: int, hyphen: bool, measure: Measure,
                   page_no: int, marks: list[tuple[int, int]]) -> list[Line]:
    rects = measure.rects(start, end - start)
    if not rects:
        return []
    size = measure.size(start)
    if len(rects) > 1:
        return _runs_lines(text, start, end, hyphen, measure, page_no, marks, rects, size)
    # most lines are one text run: nothing to split, measure or space out
    x0, top, x1, bottom = rects[0]
    if size < 2 or size > 4 * (bottom - top) + 4:  # a size set through the text matrix
        size = max(bottom - top, 1.0)
    line = Line(text[start:end], x0, x1, top, bottom, round(size, 1),
                measure.bold(start, end - 1, True), page_no)
    base = measure.baseline(start)
    line.baseline = base if base is not None else bottom
    if marks:
        take_marks(line, start, end, marks, [])
    line.hyphen = hyphen
    return [line]


def _runs_lines(text: str, start: int, end: int, hyphen: bool, measure: Measure,
                page_no: int, marks: list[tuple[int, int]],
                rects: list[tuple[float, float, float, float]], size: float) -> list[Line]:
    """A pdfium line of several text runs: cut at gutters, spaced out if drawn a character at
    a time, its gaps between runs kept for the tables."""
    height = max(r[3] - r[1] for r in rects)
    if size < 2 or size > 4 * height + 4:  # a size set through the text matrix: trust the ink
        size = max(height, 1.0)
    pieces = [(start, end)]
    if has_gutter(rects, size):
        pieces = (split_at_runs(text, start, end, size, rects, measure)
                  or split_at_gaps(text, start, end, size, measure))
    by_char = drawn_char_by_char(len(rects), end - start)
    out = []
    for a, b in pieces:
        piece_rects = rects if len(pieces) == 1 else measure.rects(a, b - a) or rects
        x0, top, x1, bottom = _union(piece_rects)
        spaces = (missing_spaces(measure.raw, text, a + 1, b, size, marks, piece_rects)
                  if by_char else [])
        line = Line(with_spaces(text, a, b, spaces), x0, x1, top, bottom, round(size, 1),
                    measure.bold(a, b - 1, len(piece_rects) == 1), page_no)
        base = measure.baseline(a)
        line.baseline = base if base is not None else line.bottom
        if marks:
            take_marks(line, a, b, marks, spaces)
        # (a line drawn a character at a time has a run per character: its gaps are words')
        if len(piece_rects) > 1 and not by_char and len(line.text) == b - a:
            line.gaps = cell_gaps(piece_rects, size, a, b, measure)
        out.append(line)
    out[-1].hyphen = hyphen
    return out


def _union(rects: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    if len(rects) == 1:
        return rects[0]
    x0s, tops, x1s, bottoms = zip(*rects, strict=True)
    return min(x0s), min(tops), max(x1s), max(bottoms)


def _join_same_baseline(lines: list[Line]) -> list[Line]:
    """pdfium breaks a line around a raised mark; pieces on one baseline that touch are one."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev and _is_raised_mark(prev, line):
            prev.marks.append(line.text)
            continue
        if (prev and prev.page == line.page and not prev.hyphen
                and abs(prev.baseline - line.baseline) < 0.25 * line.size
                and 0 <= line.x0 - prev.x1 < GUTTER_EMS * line.size
                and (abs(prev.size - line.size) < 0.5 or not line.text[:1].isalnum())):
            sep = "" if line.text[:1] in ".,;:)" else " "
            at = len(prev.text) + len(sep)
            if line.x0 - prev.x1 > CELL_GAP_EMS * line.size:
                prev.gaps.append((prev.x1, line.x0, at))
            prev.gaps.extend((left, right, at + off) for left, right, off in line.gaps)
            prev.text = prev.text + sep + line.text
            prev.x1, prev.top = line.x1, min(prev.top, line.top)
            prev.marks.extend(line.marks)
            prev.hyphen = line.hyphen
            continue
        out.append(line)
    return out


def _is_raised_mark(prev: Line, line: Line) -> bool:
    """A small number standing alone just after a line's end, above its baseline."""
    return (prev.page == line.page and line.text.isdigit() and len(line.text) <= 3
            and line.size < 0.8 * prev.size and line.baseline < prev.baseline - 0.5
            and -0.5 <= line.x0 - prev.x1 < 0.5 * prev.size and line.bottom > prev.top)
