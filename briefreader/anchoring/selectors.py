"""Where an annotation stands on a text, as W3C Web Annotation selectors.

A TextQuoteSelector (the exact quote with 32 characters of prefix and suffix) and a
TextPositionSelector (start and end offsets into ``Document.text``, end exclusive). The context
finds the quote again after the text changed (resolve.py tries the strategies in order).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CONTEXT_CHARS = 32


@dataclass(frozen=True)
class Anchor:
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> Anchor:
        return cls(
            quote=text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
            start=start,
            end=end,
        )

    @property
    def detached(self) -> bool:
        """Made an orphan by the reader (the store keeps the quote, with a negative position)."""
        return self.start < 0

    def to_w3c_selectors(self) -> list[dict[str, Any]]:
        quote = {"type": "TextQuoteSelector", "exact": self.quote, "prefix": self.prefix,
                 "suffix": self.suffix}
        if self.detached:
            return [quote]
        return [quote, {"type": "TextPositionSelector", "start": self.start, "end": self.end}]
