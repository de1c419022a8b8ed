"""Place a stored anchor on a text that may have changed, the way the Hypothesis client does.

The order of strategies:

1. **position**: the stored offsets, if the text there still equals the quote (and, when the
   text changed, the context still agrees: a common word can sit at the old offsets by chance);
2. **quote**: the exact quote (after folding quote marks, dashes and white space, which editors
   change freely), each occurrence scored by its context and its distance from the old position;
3. **fuzzy**: an approximate match of the quote (rapidfuzz alignment) in a window around the old
   position and around places where pieces of the quote or its context still occur exactly,
   scored by quote similarity, context and distance (anchor_fuzzy.py).

States: **anchored** (the same words at the same place), **moved** (the same words, after
folding quote marks, dashes and white space, at another place), **changed** (placed by an
approximate match on words that differ from the quote: a rewritten sentence, which the reader is
shown old and new side by side to keep or orphan), **orphaned** (not placed; also any anchor
whose stored position is negative, which is how the store records "Make orphan").

Anything that does not pass its strategy's thresholds is **orphaned**: an annotation may be lost
from view, but it must never be shown on words it was not made on. Context is compared within
the annotation's own block (up to the nearest line break), because whole paragraphs move
(anchor_context.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from briefreader.anchoring.context import (
    LONG_QUOTE,
    AnchorContext,
    context_needed,
    fold,
    folded_text,
)
from briefreader.anchoring.fuzzy import FUZZY_MIN_QUOTE, FUZZY_WINDOW, approximate_match
from briefreader.anchoring.selectors import Anchor

# Thresholds of the policy (see tests/test_anchoring.py and tests/data/reanchor/); the context
# and approximate-match ones are in anchor_context.py and anchor_fuzzy.py.
MAX_CANDIDATES = 12  # occurrences looked at per search, nearest the old position first
SEED_LENGTH = 12  # characters of context that must stand next to a moved quote

__all__ = ["FUZZY_MIN_QUOTE", "FUZZY_WINDOW", "LONG_QUOTE", "ORPHANED", "Placement", "find_quote",
           "fold", "resolve_anchor", "resolve_anchors"]


@dataclass(frozen=True)
class Placement:
    """Where an anchor stands on the current text; start/end are None when orphaned."""

    start: int | None
    end: int | None
    state: str  # anchored | moved | changed | orphaned
    strategy: str = "none"  # position | quote | fuzzy | none
    score: float = 0.0


ORPHANED = Placement(None, None, "orphaned")


def resolve_anchor(text: str, anchor: Anchor, *, unchanged: bool = False) -> Placement:
    """Place ``anchor`` on ``text``. ``unchanged`` says the text is the one the anchor was made on
    (same fingerprint), in which case the stored offsets are trusted as they are."""
    quote, start, end = anchor.quote, anchor.start, anchor.end
    if not quote.strip() or anchor.detached:   # the reader made it an orphan
        return ORPHANED
    at_position = 0 <= start < end <= len(text) and text[start:end] == quote
    if at_position and unchanged:
        return Placement(start, end, "anchored", "position", 1.0)
    context = AnchorContext(anchor)
    if at_position and context.score(text, start, end) >= context_needed(len(quote)):
        return Placement(start, end, "anchored", "position", 1.0)
    folded = folded_text(text)
    placement = _exact(text, folded, anchor, context)
    if placement is not None:
        return placement
    approximate = approximate_match(text, folded, anchor, context)
    if approximate is None:
        return ORPHANED
    start, end, similarity = approximate
    # The words under it are not the words highlighted (a rewritten sentence): the reader must
    # see both and decide. Only an exact placement may claim the same words.
    same_words = fold(text[start:end]).split() == fold(quote).split()
    return Placement(start, end, "moved" if same_words else "changed", "fuzzy", similarity)


def resolve_anchors(text: str, anchors: Iterable[Anchor], *,
                    unchanged: bool = False) -> list[Placement]:
    return [resolve_anchor(text, a, unchanged=unchanged) for a in anchors]


def _exact(text: str, folded: str, anchor: Anchor, context: AnchorContext) -> Placement | None:
    quote = context.quote
    occurrences, complete = _find_all(folded, quote, anchor.start, MAX_CANDIDATES)
    if not occurrences:
        spans = _spaced_candidates(folded, quote, anchor.start) if " " in quote.strip() else []
    else:
        every = occurrences if complete else None
        whole = _with_whole_context(text, folded, anchor, context, every)
        if whole is not None:
            return _placed_exactly(text, whole, anchor, 1.0)
        starts = set(occurrences)
        if not complete:  # a common quote: also look where it stands with part of its context
            starts |= _context_candidates(folded, quote, context, anchor.start)
        spans = [(s, s + len(quote)) for s in starts]
    if not spans:
        return None
    need = context_needed(len(anchor.quote))
    best = max(spans, key=lambda span: _rank(text, span, anchor, context))
    ctx = context.score(text, *best)
    if ctx < need:
        return None
    return _placed_exactly(text, best, anchor, ctx)


def _placed_exactly(text: str, span: tuple[int, int], anchor: Anchor, ctx: float) -> Placement:
    same = span == (anchor.start, anchor.end) and text[span[0] : span[1]] == anchor.quote
    return Placement(span[0], span[1], "anchored" if same else "moved", "quote", ctx)


def _with_whole_context(text: str, folded: str, anchor: Anchor, context: AnchorContext,
                        occurrences: list[int] | None) -> tuple[int, int] | None:
    """The common case, settled cheaply: the quote still stands with all of its context (only
    other paragraphs changed). No other place can score higher; the nearest such place wins.
    ``occurrences``, when given, are all the places of the quote: no search is needed then."""
    if not context.known:
        return None
    pre, quote, suf = context.prefix, context.quote, context.suffix
    if occurrences is not None:
        hits = [i for i in occurrences
                if folded.startswith(pre, i - len(pre)) and folded.startswith(suf, i + len(quote))]
    else:
        whole = pre + quote + suf
        hits = [i + len(pre) for i in _find_all(folded, whole, anchor.start - len(pre), 2)[0]]
    if not hits:
        return None
    start = min(hits, key=lambda i: abs(i - anchor.start))
    span = (start, start + len(quote))
    return span if context.score(text, *span) >= 0.999 else None


def _rank(text: str, span: tuple[int, int], anchor: Anchor, context: AnchorContext) -> float:
    distance = abs(span[0] - anchor.start) / max(len(text), 1)
    return context.score(text, *span) - 0.05 * distance


def _find_all(haystack: str, needle: str, around: int, limit: int) -> tuple[list[int], bool]:
    """Up to ``limit`` occurrences after ``around`` and as many before it; and whether that is
    all of them."""
    found: list[int] = []
    if not needle:
        return found, True
    after = before = 0
    i = haystack.find(needle, max(0, around))
    while i != -1 and after < limit:
        found.append(i)
        after += 1
        i = haystack.find(needle, i + 1)
    complete = i == -1
    j = haystack.rfind(needle, 0, max(0, around) + len(needle) - 1)
    while j != -1 and before < limit:
        if j not in found:
            found.append(j)
        before += 1
        j = haystack.rfind(needle, 0, j + len(needle) - 1) if j > 0 else -1
    return found, complete and j == -1


def _context_candidates(folded: str, quote: str, context: AnchorContext, around: int) -> set[int]:
    """Starts of the quote where it stands with part of its context (a moved paragraph)."""
    starts: set[int] = set()
    pre, suf = context.prefix, context.suffix
    for before, after in ((pre[-SEED_LENGTH:], ""), ("", suf[:SEED_LENGTH])):
        if before or after:
            hits, _ = _find_all(folded, before + quote + after, around - len(before), 4)
            starts.update(i + len(before) for i in hits)
    return starts


def _spaced_candidates(folded: str, quote: str, around: int) -> list[tuple[int, int]]:
    """The quote with its white space changed (added, removed, a paragraph split)."""
    pattern = " *".join(re.escape(word) for word in quote.split())
    matches = []
    for m in re.finditer(pattern, folded):
        matches.append((m.start(), m.end()))
        if len(matches) >= 4 * MAX_CANDIDATES:
            break
    matches.sort(key=lambda span: abs(span[0] - around))
    return matches[:MAX_CANDIDATES]


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place ``quote`` stands in ``text`` (as typed, else with quote marks, dashes and white
    space folded): what ``briefreader annotate --quote`` and a search box need."""
    quote = quote.strip()
    if not quote:
        return []
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(quote), text)]
    if spans:
        return spans
    pattern = r"\s*".join(re.escape(word) for word in fold(quote).split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, folded_text(text))]
