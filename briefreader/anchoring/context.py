"""What an anchor's surroundings say: folding the text editors change freely, and how well a
place on the current text agrees with the prefix and suffix an anchor was made with.

Context is compared within the annotation's own block (up to the nearest line break), because
whole paragraphs move. Used by the exact (anchoring.py) and approximate (anchor_fuzzy.py)
strategies alike.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from briefreader.anchoring.selectors import Anchor

LONG_QUOTE = 40  # a quote this long is distinctive by itself

_FOLD = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\t\n\r\x0b\x0c\u00a0\u2028\u2029\u202f\u205f\u3000", " "),
    **dict.fromkeys("".join(chr(c) for c in range(0x2000, 0x200B)), " "),
})


def fold(text: str) -> str:
    """Same length as ``text``: typographic quotes, dashes and white space made plain, 1 for 1."""
    return text.translate(_FOLD)


@lru_cache(maxsize=4)
def folded_text(text: str) -> str:
    return fold(text)


def context_needed(quote_length: int) -> float:
    """How much of the context must still agree for a quote this long to be trusted."""
    if quote_length >= LONG_QUOTE:
        return 0.0
    if quote_length >= 20:
        return 0.35
    return 0.5


class AnchorContext:
    """The anchor's prefix and suffix within its own block, and how well a place matches them."""

    def __init__(self, anchor: Anchor) -> None:
        self.prefix = fold(anchor.prefix.rsplit("\n", 1)[-1])
        self.suffix = fold(anchor.suffix.split("\n", 1)[0])
        self.quote = fold(anchor.quote)
        # Anchors from other tools may carry no context at all: then context cannot tell places
        # apart, and the quote and the distance decide.
        self.known = bool(anchor.prefix or anchor.suffix)

    def score(self, text: str, start: int, end: int) -> float:
        """0 (nothing in common) to 1 (the same words on both sides, to the block's edges)."""
        if not self.known:
            return 1.0
        before = text[max(0, start - len(self.prefix) - 1) : start].rsplit("\n", 1)[-1]
        after = text[end : end + len(self.suffix) + 1].split("\n", 1)[0]
        before = fold(before)[-len(self.prefix):] if self.prefix else fold(before)
        after = fold(after)[: len(self.suffix)] if self.suffix else fold(after)
        p = _side_similarity(self.prefix, before, from_end=True)
        s = _side_similarity(self.suffix, after, from_end=False)
        wp, ws = len(self.prefix) + 4, len(self.suffix) + 4
        return (p * wp + s * ws) / (wp + ws)


def _side_similarity(old: str, new: str, *, from_end: bool) -> float:
    if not old:  # the quote stood at its block's edge: does it still?
        return 1.0 if not new else 0.0
    if not new:
        return 0.0
    # Exact agreement next to the quote counts most; fuzzy agreement (typos fixed) beyond chance.
    pairs = zip(reversed(old), reversed(new), strict=False) if from_end else zip(old, new,
                                                                                 strict=False)
    adjacent = 0
    for a, b in pairs:
        if a != b:
            break
        adjacent += 1
    chance = 0.5  # two unrelated stretches of English score about this with ratio()
    fuzzy = max(0.0, (fuzz.ratio(old, new) / 100 - chance) / (1 - chance))
    return max(adjacent / len(old), fuzzy)
