"""Approximate placement of an anchor whose quote no longer stands in the text as it was
(typos fixed, words changed): the third strategy of anchoring.py.

The quote is aligned (rapidfuzz) in a window around the old position and around places where
rare words of the quote or its context still occur exactly (a moved paragraph); each alignment,
also snapped to whole words, is scored by quote similarity, context and distance. What does not
reach the thresholds is not placed: the caller orphans it.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

from briefreader.anchoring.context import AnchorContext, context_needed
from briefreader.anchoring.selectors import Anchor

FUZZY_MIN_QUOTE = 0.80  # quote similarity an approximate match needs at least
FUZZY_WINDOW = 4000  # characters searched either side of the old position
SEEDS = 6  # rare words of the quote and its context that seed approximate search


def approximate_match(text: str, folded: str, anchor: Anchor,
                      context: AnchorContext) -> tuple[int, int, float] | None:
    """(start, end, quote similarity) of the best approximate place, or None."""
    quote = context.quote.strip()
    if len(quote) < 4:
        return None
    best: tuple[float, int, int, float] | None = None
    for lo, hi in _fuzzy_windows(folded, anchor, context):
        hit = fuzz.partial_ratio_alignment(quote, folded[lo:hi],
                                           score_cutoff=FUZZY_MIN_QUOTE * 100)
        if hit is None:
            continue
        for start, end in _boundary_variants(folded, lo + hit.dest_start, lo + hit.dest_end,
                                             anchor):
            similarity = fuzz.ratio(quote, folded[start:end]) / 100
            if similarity < FUZZY_MIN_QUOTE:
                continue
            ctx = context.score(text, start, end)
            if ctx < context_needed(len(quote)):
                continue
            distance = abs(start - anchor.start) / max(len(text), 1)
            rank = similarity + 0.5 * ctx - 0.05 * distance
            if best is None or rank > best[0]:
                best = (rank, start, end, similarity)
    return None if best is None else (best[1], best[2], best[3])


def _fuzzy_windows(folded: str, anchor: Anchor, context: AnchorContext) -> list[tuple[int, int]]:
    """Stretches of the text worth an approximate search: near the old place, and wherever a
    rare word of the quote or its context still occurs (a moved paragraph)."""
    span = len(context.quote)
    windows = [(max(0, anchor.start - FUZZY_WINDOW), anchor.end + FUZZY_WINDOW)]
    index = _word_index(folded)
    combined = context.prefix + context.quote + context.suffix
    seeds = [(index[m.group()], m.start()) for m in _WORD.finditer(combined) if m.group() in index]
    seeds.sort(key=lambda seed: len(seed[0]))
    for positions, offset in seeds[:SEEDS]:
        expected = anchor.start - len(context.prefix) + offset
        nearest = bisect.bisect_left(positions, expected)
        for hit in positions[max(0, nearest - 1) : nearest + 1]:
            guess = hit - offset + len(context.prefix)
            lo, hi = max(0, guess - span // 2 - 16), guess + span + span // 2 + 16
            # The wide window's single best alignment may be another occurrence: seed windows
            # inside it are searched on their own.
            if not any(a <= lo and hi <= b for a, b in windows[1:]):
                windows.append((lo, hi))
    return windows


_WORD = re.compile(r"\w{4,}")


@lru_cache(maxsize=2)
def _word_index(folded: str) -> dict[str, list[int]]:
    """Where each word of four letters or more starts: seeds for approximate search without
    scanning the whole text once per seed."""
    index: dict[str, list[int]] = defaultdict(list)
    for m in _WORD.finditer(folded):
        index[m.group()].append(m.start())
    return dict(index)


def _boundary_variants(folded: str, start: int, end: int,
                       anchor: Anchor) -> list[tuple[int, int]]:
    """The aligned span, and the span snapped to whole words where the quote had whole words."""
    variants = [(start, end)]
    s, e = start, end
    if anchor.quote[:1].isalnum() and not anchor.prefix[-1:].isalnum():
        while s > 0 and s > start - 4 and folded[s - 1].isalnum():
            s -= 1
    if anchor.quote[-1:].isalnum() and not anchor.suffix[:1].isalnum():
        while e < len(folded) and e < end + 4 and folded[e].isalnum():
            e += 1
    while s < e and folded[s] == " ":
        s += 1
    while e > s and folded[e - 1] == " ":
        e -= 1
    if (s, e) != (start, end) and e > s:
        variants.append((s, e))
    return variants
