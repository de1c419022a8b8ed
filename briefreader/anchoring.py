"""Place a stored anchor on a text that may have changed, the way the Hypothesis client does.

The order of strategies:

1. **position**: the stored offsets, if the text there still equals the quote (and, when the
   text changed, the context still agrees: a common word can sit at the old offsets by chance);
2. **quote**: the exact quote (after folding quote marks, dashes and white space, which editors
   change freely), each occurrence scored by its context and its distance from the old position;
3. **fuzzy**: an approximate match of the quote (rapidfuzz alignment) in a window around the old
   position and around places where pieces of the quote or its context still occur exactly,
   scored by quote similarity, context and distance.

Anything that does not pass its strategy's thresholds is **orphaned**: an annotation may be lost
from view, but it must never be shown on words it was not made on. Context is compared within
the annotation's own block (up to the nearest line break), because whole paragraphs move.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from briefreader.annotation import Anchor

# Thresholds of the policy (see tests/test_anchoring.py and tests/data/reanchor/).
LONG_QUOTE = 40  # a quote this long is distinctive by itself
FUZZY_MIN_QUOTE = 0.80  # quote similarity an approximate match needs at least
FUZZY_WINDOW = 4000  # characters searched either side of the old position
MAX_CANDIDATES = 12  # occurrences looked at per search, nearest the old position first
SEED_LENGTH = 12
SEEDS = 6  # rare words of the quote and its context that seed approximate search

_FOLD = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\t\n\r\x0b\x0c\u00a0\u2028\u2029\u202f\u205f\u3000", " "),
    **dict.fromkeys("".join(chr(c) for c in range(0x2000, 0x200B)), " "),
})


@dataclass(frozen=True)
class Placement:
    """Where an anchor stands on the current text; start/end are None when orphaned."""

    start: int | None
    end: int | None
    state: str  # anchored | moved | orphaned
    strategy: str = "none"  # position | quote | fuzzy | none
    score: float = 0.0


ORPHANED = Placement(None, None, "orphaned")


def fold(text: str) -> str:
    """Same length as ``text``: typographic quotes, dashes and white space made plain, 1 for 1."""
    return text.translate(_FOLD)


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    return fold(text)


def resolve_anchor(text: str, anchor: Anchor, *, unchanged: bool = False) -> Placement:
    """Place ``anchor`` on ``text``. ``unchanged`` says the text is the one the anchor was made on
    (same fingerprint), in which case the stored offsets are trusted as they are."""
    quote, start, end = anchor.quote, anchor.start, anchor.end
    if not quote.strip():
        return ORPHANED
    at_position = 0 <= start < end <= len(text) and text[start:end] == quote
    if at_position and unchanged:
        return Placement(start, end, "anchored", "position", 1.0)
    context = _Context(anchor)
    if at_position and context.score(text, start, end) >= _need(len(quote)):
        return Placement(start, end, "anchored", "position", 1.0)
    folded = _folded(text)
    placement = _exact(text, folded, anchor, context)
    if placement is None:
        placement = _fuzzy(text, folded, anchor, context)
    return placement or ORPHANED


def resolve_anchors(text: str, anchors: Iterable[Anchor], *,
                    unchanged: bool = False) -> list[Placement]:
    return [resolve_anchor(text, a, unchanged=unchanged) for a in anchors]


def _need(quote_length: int) -> float:
    """How much of the context must still agree for a quote this long to be trusted."""
    if quote_length >= LONG_QUOTE:
        return 0.0
    if quote_length >= 20:
        return 0.35
    return 0.5


class _Context:
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


def _exact(text: str, folded: str, anchor: Anchor, context: _Context) -> Placement | None:
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
    need = _need(len(anchor.quote))
    best = max(spans, key=lambda span: _rank(text, span, anchor, context))
    ctx = context.score(text, *best)
    if ctx < need:
        return None
    return _placed_exactly(text, best, anchor, ctx)


def _placed_exactly(text: str, span: tuple[int, int], anchor: Anchor, ctx: float) -> Placement:
    same = span == (anchor.start, anchor.end) and text[span[0] : span[1]] == anchor.quote
    return Placement(span[0], span[1], "anchored" if same else "moved", "quote", ctx)


def _with_whole_context(text: str, folded: str, anchor: Anchor, context: _Context,
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


def _rank(text: str, span: tuple[int, int], anchor: Anchor, context: _Context) -> float:
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


def _context_candidates(folded: str, quote: str, context: _Context, around: int) -> set[int]:
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


def _fuzzy(text: str, folded: str, anchor: Anchor, context: _Context) -> Placement | None:
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
            if ctx < _need(len(quote)):
                continue
            distance = abs(start - anchor.start) / max(len(text), 1)
            rank = similarity + 0.5 * ctx - 0.05 * distance
            if best is None or rank > best[0]:
                best = (rank, start, end, similarity)
    if best is None:
        return None
    return Placement(best[1], best[2], "moved", "fuzzy", best[3])


def _fuzzy_windows(folded: str, anchor: Anchor, context: _Context) -> list[tuple[int, int]]:
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
    return [(m.start(), m.end()) for m in re.finditer(pattern, _folded(text))]
