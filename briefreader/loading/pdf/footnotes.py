"""Footnotes: the small numbered lines at a page's foot, moved to the end of the document.

A page's footnote area starts at the first line, in the lower half of the page, that is set
smaller than the body and begins with a number (or has a number set small just before it);
every smaller line below it belongs to the notes. Each number at a line's start opens a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefreader.loading.pdf.lines import Line

# Footnotes are set at most this share of the body size.
MAX_NOTE_SIZE_RATIO = 0.92
_NOTE_START = re.compile(r"^(\d{1,3})[.)]?\s+\S")


@dataclass
class Footnote:
    number: str
    lines: list[Line]

    @property
    def page(self) -> int:
        return self.lines[0].page


def split_footnotes(lines: list[Line], page_height: float,
                    body_size: float) -> tuple[list[Line], list[Footnote]]:
    """(the page's other lines, its footnotes in order)."""
    small = sorted((ln for ln in lines if ln.rows is None
                    and ln.size <= MAX_NOTE_SIZE_RATIO * body_size
                    and ln.top > page_height / 2), key=lambda ln: (ln.top, ln.x0))
    start = next((ln for ln in small if _opens_note(ln, small)), None)
    if start is None or any(ln.top > start.top and ln.size > MAX_NOTE_SIZE_RATIO * body_size
                            for ln in lines):
        return lines, []  # body text below it: small print in a box, not the notes
    area = [ln for ln in small if ln.top >= start.top - 0.5]
    # a note number set as a separate small line glues onto its note's first line
    area_ids = {id(ln) for ln in area}
    notes: list[Footnote] = []
    pending_number = ""
    for ln in area:
        if ln.text.strip().isdigit() and len(ln.text.strip()) <= 3:
            pending_number = ln.text.strip()
            continue
        match = _NOTE_START.match(ln.text)
        if pending_number or match or not notes:
            number = pending_number or (match.group(1) if match else "")
            if pending_number:
                ln.text = f"{pending_number} {ln.text}"
            notes.append(Footnote(number, [ln]))
            pending_number = ""
        else:
            notes[-1].lines.append(ln)
    rest = [ln for ln in lines if id(ln) not in area_ids]
    return rest, notes


def _opens_note(line: Line, small: list[Line]) -> bool:
    if _NOTE_START.match(line.text):
        return True
    # a raised number standing alone, then its text on the same line
    return (line.text.strip().isdigit() and len(line.text.strip()) <= 3
            and any(o is not line and abs(o.top - line.top) < line.size and o.x0 > line.x0
                    for o in small))
