"""Tables: lines that share baselines in aligned cells become rows, cells joined by " | ".

A table is found before the reading order is decided: its cell columns would otherwise look like
page columns and be read one after the other. Rows are runs of lines on one baseline; a run of
at least ``MIN_ROWS`` such rows whose cells fall into the same column strips, and whose cells
are short (running text in two or three page columns also shares baselines, but its "cells"
are long), is a table. A row whose first column is empty continues the row above (a cell whose
text wraps).
"""

from __future__ import annotations

import dataclasses
import re
from statistics import median

from briefreader.loading.pdf.lines import Line

MIN_ROWS = 3
# Cells of running text hold many words; table cells mostly few.
MAX_MEDIAN_CELL_WORDS = 5
# Rows of a table follow each other at most this many line heights apart.
MAX_ROW_GAP_EMS = 2.2
# ... or, lining up with the cells above, this many (a total row set off by white space).
MAX_SET_OFF_EMS = 4.0
# Table cells set closer than a gutter share a pdfium line; a gap in it that starts where
# other cells start (within this many points) parts two cells.
CELL_ALIGN = 2.0
# A first-column line this close to the one above (beyond the usual step to a wrapped line)
# carries on its cell; rows are set a little further apart.
WRAP_SLACK = 0.25
_NUMBER = re.compile(r"^[(\[]?[-+]?[$€£]?\d[\d,.\s]*%?[)\]]?\*?$")


def find_tables(lines: list[Line]) -> list[Line]:
    """The page's lines with each table replaced by one line holding its rows."""
    out: list[Line] = []
    run: list[list[Line]] = []
    cell_left: float | None = None  # left edge of the run's cells (rows of 2+ lines)
    for row in _rows(lines):
        if run and not _continues(run, row, cell_left):
            out.extend(_close(run))
            run, cell_left = [], None
        run.append(row)
        if len(row) > 1:
            left = min(c.x0 for c in row)
            cell_left = left if cell_left is None else min(cell_left, left)
    out.extend(_close(run))
    return out


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped by baseline, top to bottom, each row's cells left to right."""
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda c: (c.baseline, c.x0)):
        if rows and abs(rows[-1][0].baseline - ln.baseline) <= 0.3 * ln.size:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [sorted(row, key=lambda c: c.x0) if len(row) > 1 else row for row in rows]


def _continues(run: list[list[Line]], row: list[Line], cell_left: float | None) -> bool:
    gap = row[0].baseline - run[-1][0].baseline
    size = max(c.size for c in row)
    if gap > MAX_ROW_GAP_EMS * size + 2:
        # a total row set off by white space still lines up with the cells above it
        return gap <= MAX_SET_OFF_EMS * size and cell_left is not None and _lines_up(run, row)
    if len(row) == 1:
        # a wrapped cell's next line (right of the first column, under a row of cells), or a
        # line of text, which ends the run
        return cell_left is not None and row[0].x0 > cell_left + 1
    return cell_left is not None or len(run) == 1


def _lines_up(run: list[list[Line]], row: list[Line]) -> bool:
    """At least two of the row's cells start or end where cells of the run do."""
    edges = [(c.x0, c.x1) for r in run if len(r) > 1 for c in r]
    aligned = sum(1 for c in row if any(abs(c.x0 - a) <= 2 or abs(c.x1 - b) <= 2
                                        for a, b in edges))
    return len(row) >= 2 and aligned >= 2


def _close(run: list[list[Line]]) -> list[Line]:
    """A run of rows: a table if it looks like one, else its lines as they were."""
    lead = 0
    while lead < len(run) and len(run[lead]) == 1:
        lead += 1  # a caption or a line of text above the first row of cells
    if lead:
        return [ln for row in run[:lead] for ln in row] + (_close(run[lead:]) if run[lead:]
                                                           else [])
    multi = [row for row in run if len(row) > 1]
    plain = [ln for row in run for ln in row]
    if len(multi) < MIN_ROWS:
        return plain
    words = sorted(len(c.text.split()) for row in multi for c in row)
    if words[len(words) // 2] > MAX_MEDIAN_CELL_WORDS:
        return plain
    run = _split_close_cells(run)
    strips = _column_strips([c for row in run for c in row])
    if len(strips) < 2 or _is_running_text(multi, strips):
        return plain
    texts = _row_texts(run, strips)
    first = plain[0]
    table = Line(
        text="\n".join(texts), x0=min(c.x0 for c in plain), x1=max(c.x1 for c in plain),
        top=min(c.top for c in plain), bottom=max(c.bottom for c in plain),
        size=first.size, bold=False, page=first.page, baseline=min(c.baseline for c in plain),
    )
    table.rows = texts
    table.marks = [m for c in plain for m in c.marks]
    return [table]


def _split_close_cells(run: list[list[Line]]) -> list[list[Line]]:
    """Cut lines at the gaps where other rows' cells start: two cells pdfium read as one."""
    starts = [c.x0 for row in run for c in row]
    out = []
    for row in run:
        cells: list[Line] = []
        for c in row:
            cells.extend(_cut_cell(c, starts) if c.gaps else [c])
        out.append(cells)
    return out


def _cut_cell(cell: Line, starts: list[float]) -> list[Line]:
    pieces = []
    rest, done = cell, 0
    for left, right, offset in cell.gaps:
        if not any(abs(right - x) <= CELL_ALIGN for x in starts if x != cell.x0):
            continue
        head = rest.text[: offset - done].rstrip()
        pieces.append(dataclasses.replace(rest, text=head, x1=left, gaps=[]))
        rest = dataclasses.replace(rest, text=rest.text[offset - done:].lstrip(), x0=right,
                                   gaps=[])
        done = offset
    return [*pieces, rest] if pieces else [cell]


def _is_running_text(rows: list[list[Line]], strips: list[tuple[float, float]]) -> bool:
    """Narrow page columns: most "cells" are lines of words that fill their column's width."""
    cells = [c for row in rows for c in row]
    full = 0
    for c in cells:
        a, b = next(((a, b) for a, b in strips if a - 1 <= c.x0 <= b + 1), (c.x0, c.x1))
        if len(c.text.split()) >= 3 and c.x1 - c.x0 >= 0.8 * (b - a):
            full += 1
    return full >= 0.5 * len(cells)


def _column_strips(cells: list[Line]) -> list[tuple[float, float]]:
    """Column extents: the x ranges the cells cover, overlapping ranges merged."""
    strips: list[list[float]] = []
    for c in sorted(cells, key=lambda c: c.x0):
        if strips and c.x0 <= strips[-1][1] + 1:
            strips[-1][1] = max(strips[-1][1], c.x1)
        else:
            strips.append([c.x0, c.x1])
    return [(a, b) for a, b in strips]


def _row_texts(run: list[list[Line]], strips: list[tuple[float, float]]) -> list[str]:
    """One text per row: lines under a row that carry on its cells (a wrapped cell, a first
    column cell wrapping with others) are joined to it; a number under a number starts a
    sub-row."""
    lines = [(row[0].baseline, _cells(row, strips)) for row in run]
    pitch = _wrap_pitch(lines)
    rows: list[list[str]] = []
    last, first_above = 0.0, False
    for baseline, cells in lines:
        wraps = pitch is not None and first_above and baseline - last <= pitch + WRAP_SLACK
        if rows and _carries_on(rows[-1], cells, wraps):
            rows[-1] = [_join_cell(a, b) for a, b in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
        last, first_above = baseline, bool(cells[0])
    return [" | ".join(cell.replace("\x00", "") for cell in cells if cell) for cells in rows]


def _cells(row: list[Line], strips: list[tuple[float, float]]) -> list[str]:
    cells = [""] * len(strips)
    for c in row:
        k = next(i for i, (a, b) in enumerate(strips) if a - 1 <= c.x0 <= b + 1)
        # a hyphen pdfium took from a wrapped cell's line end comes back, marked to join on
        cells[k] = _join_cell(cells[k], c.text + ("-\x00" if c.hyphen else ""))
    return cells


def _join_cell(a: str, b: str) -> str:
    if a.endswith("\x00"):
        return a[:-1] + b if b else a
    return f"{a} {b}".strip()


def _carries_on(above: list[str], cells: list[str], first_wraps: bool) -> bool:
    numbers = [bool(_NUMBER.match(c)) for c in above]
    if any(cell and num and cell[:1].isdigit() for cell, num in zip(cells, numbers, strict=True)):
        return False  # a number under a number: a row (or sub-row) of its own
    if not cells[0]:
        return True
    # the first column wraps too (right under its first line, as close as the table's wrapped
    # lines), and only below text
    return (first_wraps and all(not cell or (a and not num)
                    for cell, a, num in zip(cells, above, numbers, strict=True)))


def _wrap_pitch(lines: list[tuple[float, list[str]]]) -> float | None:
    """The usual step to a wrapped line of a row (one whose first column is empty)."""
    steps = [b - a for (a, _), (b, cells) in zip(lines, lines[1:], strict=False)
             if not cells[0]]
    return median(steps) if steps else None
