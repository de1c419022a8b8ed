"""Tables: lines that share baselines in aligned cells become rows, cells joined by " | ".

A table is found before the reading order is decided: its cell columns would otherwise look like
page columns and be read one after the other. Rows are runs of lines on one baseline; a run of
at least ``MIN_ROWS`` such rows whose cells fall into the same column strips, and whose cells
are short (running text in two or three page columns also shares baselines, but its "cells"
are long), is a table. A row whose first column is empty continues the row above (a cell whose
text wraps).
"""

from __future__ import annotations

from briefreader.loading.pdf.lines import Line

MIN_ROWS = 3
# Cells of running text hold many words; table cells mostly few.
MAX_MEDIAN_CELL_WORDS = 5
# Rows of a table follow each other at most this many line heights apart.
MAX_ROW_GAP_EMS = 2.2


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
    if gap > MAX_ROW_GAP_EMS * max(c.size for c in row) + 2:
        return False
    if len(row) == 1:
        # a wrapped cell's next line (right of the first column, under a row of cells), or a
        # line of text, which ends the run
        return cell_left is not None and row[0].x0 > cell_left + 1
    return cell_left is not None or len(run) == 1


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
    rows: list[list[str]] = []
    for row in run:
        cells = [""] * len(strips)
        for c in row:
            k = next(i for i, (a, b) in enumerate(strips) if a - 1 <= c.x0 <= b + 1)
            cells[k] = f"{cells[k]} {c.text}".strip()
        if rows and not cells[0]:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
    return [" | ".join(cell for cell in cells if cell) for cells in rows]
