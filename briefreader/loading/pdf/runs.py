"""Cutting one pdfium line where its text runs stand apart.

pdfium may put two columns, or two table cells, on one line. The line's runs (one rectangle per
run of one text object) show where: a gap wider than ``GUTTER_EMS`` is a gutter, and the line is
cut there, asking pdfium which character starts the run after it (a few calls) or, if that
answer does not fit, measuring the characters one by one. Narrower gaps that are still wider
than a word space (``CELL_GAP_EMS``) are kept on the line for the tables to cut at.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from briefreader.loading.pdf.lines import Measure

# A gap this many ems wide inside one pdfium line is a gutter or a table cell border, never a
# word space (justified text stretches a space to about one em at most).
GUTTER_EMS = 1.6
# Between text runs, a gap this many ems wide may part two table cells set close together.
CELL_GAP_EMS = 0.6
Rect = tuple[float, float, float, float]


def has_gutter(rects: list[Rect], size: float) -> bool:
    if len(rects) == 1:
        return False
    ordered = sorted(rects)
    reach = ordered[0][2]
    for x0, _, x1, _ in ordered[1:]:
        if x0 - reach > GUTTER_EMS * size:
            return True
        reach = max(reach, x1)
    return False


def cell_gaps(rects: list[Rect], size: float, start: int,
               end: int, measure: Measure) -> list[tuple[float, float, int]]:
    """Gaps between runs too wide for a word space, with the offset where the next run starts
    (one pdfium question per such gap: most lines have none)."""
    gaps = []
    ordered = sorted(rects)
    reach = ordered[0][2]
    for x0, top, x1, bottom in ordered[1:]:
        if x0 - reach > CELL_GAP_EMS * size:
            cut = measure.char_at(x0 + 0.3, (top + bottom) / 2, size)
            if start < cut < end:
                gaps.append((reach, x0, cut - start))
        reach = max(reach, x1)
    return gaps


def split_at_runs(text: str, start: int, end: int, size: float,
                   rects: list[Rect],
                   measure: Measure) -> list[tuple[int, int]] | None:
    """Cut one pdfium line at the text runs that stand a gutter apart, asking pdfium which
    character starts each run: a few calls, where measuring every character costs as many as
    the line has. None when pdfium's answer does not fit (the runs out of reading order)."""
    ordered = sorted(rects)
    cuts = []
    reach = ordered[0][2]
    for x0, top, x1, bottom in ordered[1:]:
        if x0 - reach > GUTTER_EMS * size:
            cut = measure.char_at(x0 + 0.3, (top + bottom) / 2, size)
            box = measure.char_box(cut) if start < cut < end else None
            if box is None or abs(box[0] - x0) > 1 or (cuts and cut <= cuts[-1]):
                return None
            cuts.append(cut)
        reach = max(reach, x1)
    bounds = [start, *cuts, end]
    return [(a, _rstrip(text, a, b)) for a, b in zip(bounds, bounds[1:], strict=False)
            if text[a:b].strip()]


def split_at_gaps(text: str, start: int, end: int, size: float,
                   measure: Measure) -> list[tuple[int, int]]:
    """Cut one pdfium line where the ink leaves a gutter; only such lines are measured per char."""
    pieces = []
    piece_start = start
    reach = None
    for i in range(start, end):
        if text[i].isspace():
            continue
        box = measure.char_box(i)
        if box is None or box[2] - box[0] <= 0:
            continue
        if reach is not None and box[0] - reach > GUTTER_EMS * size:
            pieces.append((piece_start, i))
            piece_start = i
        reach = box[2] if reach is None else max(reach, box[2])
    pieces.append((piece_start, end))
    return [(a, _rstrip(text, a, b)) for a, b in pieces if text[a:b].strip()]


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b
