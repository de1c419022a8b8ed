"""Word spaces pdfium left out, and accents drawn twice.

Some PDFs draw one character at a time, each placed on its own; pdfium infers a word space
from the distance between them and now and then misses one ("much ofthe"). On such lines (as
many text runs as characters, so only there) the characters' advance boxes are measured: inside
a word one ends where the next begins (a few hundredths of an em apart, for kerning), while a
word space leaves a tenth of an em or more.

Some writers put a combining accent after a letter that already carries it ("é" + U+0301): the
accent shows twice in the text and the word no longer matches; the repeated mark is dropped.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata

import pypdfium2.raw as pdfium_c

# Space between two characters' advance boxes that is a word space (share of the type size).
MISSING_SPACE_EMS = 0.08
# A line with at least this share of text runs per character is drawn one character at a time.
CHAR_AT_A_TIME_SHARE = 0.5
_COMBINING = re.compile("[\u0300-\u036f]")


def drawn_char_by_char(runs: int, chars: int) -> bool:
    return runs >= 4 and runs >= CHAR_AT_A_TIME_SHARE * chars


def missing_spaces(raw, text: str, start: int, end: int, size: float,
                   marks: list[tuple[int, int]],
                   rects: list[tuple[float, float, float, float]]) -> list[int]:
    """Indices in ``text`` (between ``start`` and ``end``) before which a word space is missing;
    never inside or at a footnote mark, which stands glued to its word. ``rects`` are the text
    runs from ``start - 1``: one per character, they tell where the ink leaves a gap, and only
    there are the advance boxes measured."""
    chars = [i for i in range(start - 1, end) if not text[i].isspace()]
    if len(rects) == len(chars):
        found = _gaps_at(raw, text, size, [
            j for i, j, a, b in zip(chars, chars[1:], rects, rects[1:], strict=False)
            if j == i + 1 and b[0] - a[2] > MISSING_SPACE_EMS * size])
    else:
        found = _gaps_along(raw, text, start, end, size)
    if marks:
        found = [i for i in found if not any(a <= i < b for a, b in marks)]
    return found


def _gaps_at(raw, text: str, size: float, candidates: list[int]) -> list[int]:
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)
    found = []
    for j in candidates:
        if unicodedata.combining(text[j]) or not pdfium_c.FPDFText_GetLooseCharBox(
                raw, j - 1, ref):
            continue
        right = box.right
        if (pdfium_c.FPDFText_GetLooseCharBox(raw, j, ref)
                and box.left - right > MISSING_SPACE_EMS * size):
            found.append(j)
    return found


def _gaps_along(raw, text: str, start: int, end: int, size: float) -> list[int]:
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)
    found = []
    prev_right = None
    for i in range(start, end):
        ch = text[i]
        if ch.isspace():
            prev_right = None
            continue
        if unicodedata.combining(ch) or not pdfium_c.FPDFText_GetLooseCharBox(raw, i, ref):
            continue
        if prev_right is not None and box.left - prev_right > MISSING_SPACE_EMS * size:
            found.append(i)
        prev_right = box.right
    return found


def with_spaces(text: str, start: int, end: int, spaces: list[int]) -> str:
    """``text[start:end]`` with a space before each index in ``spaces``."""
    if not spaces:
        return text[start:end]
    bounds = [start, *spaces, end]
    return " ".join(text[a:b] for a, b in zip(bounds, bounds[1:], strict=False))


def has_combining(text: str) -> bool:
    return _COMBINING.search(text) is not None


def drop_doubled_accents(text: str) -> str:
    """The text with a combining mark that repeats one its letter already has removed."""
    out: list[str] = []
    marks: set[str] = set()
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if ch in marks:
                continue
            marks.add(ch)
        else:
            marks = set()
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))
