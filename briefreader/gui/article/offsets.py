"""Code points (the core's offsets) to UTF-16 units (Qt's text positions) and back.

Python indexes strings by code point; QTextDocument counts UTF-16 code units, so every character
outside the Basic Multilingual Plane (emoji, some CJK, historic scripts) is one Python index but two
Qt positions. A text with no such character maps one to one, which is the common, fast case.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Utf16Map:
    """Converts offsets within one string between code points and UTF-16 units."""

    __slots__ = ("_astral", "_astral_utf16", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        # Code-point indices of characters that take two UTF-16 units, in ascending order.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if _has_astral(text) \
            else []
        # The same characters' UTF-16 positions (each shifted by the astral characters before it).
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]
        self.length = len(text)
        self.utf16_length = len(text) + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 position of code-point ``offset`` (0 <= offset <= len(text))."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def to_code_point(self, position: int) -> int:
        """Code-point offset of UTF-16 ``position``; the middle of a surrogate pair rounds down."""
        if not self._astral:
            return position
        before = bisect_right(self._astral_utf16, position - 1)
        offset = position - before
        # A position between the two halves of a pair counts one astral character too few.
        if before and self._astral_utf16[before - 1] == position - 1:
            offset = self._astral[before - 1]
        return offset


def _has_astral(text: str) -> bool:
    # Encoding is done in C and is far faster than a Python loop over a long, plain text.
    return len(text.encode("utf-16-le")) != 2 * len(text)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
