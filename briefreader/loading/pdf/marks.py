"""Footnote marks in a page's text: found in one pass, then taken out of the lines they end.

A mark is digits glued to the end of a word, a number or punctuation ("people.3", "440,0001"),
set smaller than the character before it; which of the trailing digits are the mark, their type
size tells.
"""

from __future__ import annotations

import bisect
import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from briefreader.loading.pdf.lines import Line, Measure

_DIGIT_RUN = re.compile(r"\d+")
_BEFORE_MARK = frozenset(".;:?!)\"'\u2019\u201d")
_AFTER_MARK = frozenset(".,;:)]")


def page_marks(text: str, measure: Measure) -> list[tuple[int, int]]:
    """(start, end) of the footnote marks on the page: candidates found in one pass over the
    page's text, kept where their type is smaller than the character before them."""
    found = []
    for start, end in _mark_candidates(text):
        before = measure.size(start - 1)
        cut = end
        while cut > start:
            size = measure.size(cut - 1)
            if not 0 < size < 0.8 * before:
                break
            cut -= 1
        if cut < end:
            found.append((cut, end))
    return found


def _mark_candidates(text: str) -> list[tuple[int, int]]:
    """Digit runs that may end in a mark: glued to a word or its punctuation ("people.3"), or
    beyond a number's last group of three ("440,0001"). A plain digit-run search, filtered
    here, is several times faster than one pattern with look-behinds over a long page."""
    out = []
    for match in _DIGIT_RUN.finditer(text):
        start, end = match.span()
        if start == 0 or (end < len(text) and not (text[end].isspace()
                                                   or text[end] in _AFTER_MARK)):
            continue
        before = text[start - 1]
        if (before.isalpha() or before in _BEFORE_MARK) and end - start <= 3:
            out.append((start, end))
        elif before == "," and 4 <= end - start <= 6:
            out.append((start + 3, end))
    return out


def take_marks(line: Line, first: int, last: int, marks: list[tuple[int, int]],
                spaces: list[int]) -> None:
    """Take the marks out of the line; ``spaces`` were inserted before those indices."""
    i = bisect.bisect_left(marks, (first, first))
    inside = []
    while i < len(marks) and marks[i][1] <= last:
        inside.append(marks[i])
        i += 1
    for a, b in reversed(inside):
        shift = bisect.bisect_left(spaces, a) - first  # no space goes at or inside a mark
        line.marks.insert(0, line.text[a + shift: b + shift])
        line.text = line.text[: a + shift] + line.text[b + shift:]
