"""Reading order on a page: columns left to right, bands top to bottom.

The page is cut recursively. A gutter is a vertical strip that (almost) no line crosses; the few
lines that do cross it (a full-width heading, a table, a figure caption) cut the page into
horizontal bands, each read in turn, and a band that no line crosses is read column after
column. Cutting at full-width lines first, rather than at every horizontal gap, keeps two
columns whose paragraph breaks happen to line up from being read across.
"""

from __future__ import annotations

import bisect
import math

from briefreader.loading.pdf.lines import Line

# A gutter is at least this wide (points), and at least this share of a line height.
MIN_GUTTER = 7.0
MIN_GUTTER_EMS = 0.8
# Share of a region's lines that may cross a gutter (headings, captions, tables spanning it).
MAX_CROSSING_SHARE = 0.25
_MAX_DEPTH = 12
# White space across the whole region this many line heights tall separates two sections.
SECTION_GAP_EMS = 2.2


def reading_order(lines: list[Line]) -> list[list[Line]]:
    """The page's regions in reading order, each region's lines from top to bottom."""
    return _order(lines, 0)


def _order(lines: list[Line], depth: int) -> list[list[Line]]:
    if not lines:
        return []
    sections = _sections(lines) if depth < _MAX_DEPTH else [lines]
    if len(sections) > 1:
        return [region for part in sections for region in _order(part, depth + 1)]
    gutter = _find_gutter(lines) if len(lines) > 1 and depth < _MAX_DEPTH else None
    if gutter is None:
        return [sorted(lines, key=lambda ln: (round(ln.baseline), ln.x0))]
    lo, hi = gutter
    crossing = [ln for ln in lines if ln.x0 < lo and ln.x1 > hi]
    if not crossing:
        left = [ln for ln in lines if ln.x1 <= hi]
        right = [ln for ln in lines if ln.x1 > hi]
        return _order(left, depth + 1) + _order(right, depth + 1)
    bands = _bands(lines, crossing)
    if len(bands) < 2:
        return [sorted(lines, key=lambda ln: (round(ln.baseline), ln.x0))]
    out: list[list[Line]] = []
    for band in bands:
        out.extend(_order(band, depth + 1))
    return out


def _sections(lines: list[Line]) -> list[list[Line]]:
    """Cut where white space wider than a paragraph break runs across the whole region (under a
    key-figures box, above a full-width table): each part is laid out on its own."""
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    parts: list[list[Line]] = []
    reach = None
    for ln in sorted(lines, key=lambda c: c.top):
        if reach is not None and ln.top - reach > SECTION_GAP_EMS * size:
            parts.append([])
        if not parts:
            parts.append([])
        parts[-1].append(ln)
        reach = ln.bottom if reach is None else max(reach, ln.bottom)
    return parts


def _find_gutter(lines: list[Line]) -> tuple[float, float] | None:
    """The widest strip crossed by the fewest lines, if few enough cross it and text is on
    both sides of it."""
    starts = sorted(ln.x0 for ln in lines)
    ends = sorted(ln.x1 for ln in lines)
    if ends[0] + MIN_GUTTER > starts[-1]:
        return None  # no line ends a gutter's width before another starts: one column
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    min_width = max(MIN_GUTTER, MIN_GUTTER_EMS * size)
    allowed = int(MAX_CROSSING_SHARE * len(lines))
    best: tuple[int, float, float, float] | None = None
    for lo, hi, crossing in _strips(starts, ends):
        if hi - lo < min_width or lo <= starts[0] or hi >= ends[-1] or crossing > allowed:
            continue
        left = bisect.bisect_right(ends, lo)  # lines ending left of the strip
        right = len(starts) - bisect.bisect_left(starts, hi)  # lines starting right of it
        if left < 2 or right < 2 and not _is_text(lines, hi):
            continue
        key = (crossing, -(hi - lo), lo, hi)
        if best is None or key < best:
            best = key
    return None if best is None else (best[2], best[3])


def _is_text(lines: list[Line], hi: float) -> bool:
    """One line right of a strip is a column only if it is running text, not a stray label:
    words enough, or the lower-case end of a paragraph carried over from the column before."""
    return any(len(ln.text.split()) >= 5 or ln.text[:1].islower() for ln in lines if ln.x0 >= hi)


def _strips(x0s: list[float], x1s: list[float]) -> list[tuple[float, float, int]]:
    """Vertical strips between line edges (given sorted), with how many lines cross each."""
    # whole points: lines of one column start a few hundredths apart, and each distinct edge
    # would make a strip of its own (rounding keeps the order: no sorting again)
    starts = [math.floor(x) for x in x0s]
    ends = [math.ceil(x) for x in x1s]
    edges = sorted(set(starts) | set(ends))
    out = []
    i = j = 0
    for lo, hi in zip(edges, edges[1:], strict=False):
        while i < len(starts) and starts[i] <= lo:
            i += 1
        while j < len(ends) and ends[j] <= lo:
            j += 1
        out.append((lo, hi, i - j))  # lines begun minus lines ended: those covering (lo, hi)
    return _merge_strips(out)


def _merge_strips(strips: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    merged: list[tuple[float, float, int]] = []
    for lo, hi, n in strips:
        if merged and merged[-1][2] == n and merged[-1][1] == lo:
            merged[-1] = (merged[-1][0], hi, n)
        else:
            merged.append((lo, hi, n))
    return merged


def _bands(lines: list[Line], crossing: list[Line]) -> list[list[Line]]:
    """Horizontal bands: runs of crossing lines, and the lines between them."""
    crossing_ids = {id(ln) for ln in crossing}
    spans: list[list[float]] = []
    for ln in sorted(crossing, key=lambda c: c.top):
        # crossing lines with nothing between them are one band, however far apart
        if spans and not _between(lines, spans[-1], ln, crossing_ids):
            spans[-1][1] = max(spans[-1][1], ln.bottom)
        else:
            spans.append([ln.top, ln.bottom])
    bands: list[list[Line]] = [[] for _ in range(2 * len(spans) + 1)]
    for ln in lines:
        bands[_band_index(ln, spans, id(ln) in crossing_ids)].append(ln)
    return [band for band in bands if band]


def _between(lines: list[Line], span: list[float], ln: Line, crossing_ids: set[int]) -> bool:
    return any(span[1] - 1 <= o.middle <= ln.top + 1 for o in lines if id(o) not in crossing_ids)


def _band_index(ln: Line, spans: list[list[float]], is_crossing: bool) -> int:
    for k, (top, bottom) in enumerate(spans):
        if is_crossing and top <= ln.middle <= bottom:
            return 2 * k + 1
        if not is_crossing and ln.middle < top:
            return 2 * k
    return 2 * len(spans) if not is_crossing else 2 * len(spans) - 1
