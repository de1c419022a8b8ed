"""Running headers, footers and page numbers: page furniture, not content.

A line is furniture when it stands in the top or bottom margin band and the same words (digits
ignored, so "Page 3 of 12" matches "Page 4 of 12") stand in that band on enough other pages, or
when it is a page number on its own there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from briefreader.loading.pdf.lines import Line

# Share of the page height at the top and at the bottom where headers and footers live.
MARGIN_BAND = 0.12
# A header repeats on this share of the pages (odd and even pages may alternate two headers).
MIN_REPEAT_SHARE = 0.3
# On a one-page document, a header is set at most this share of the body size.
LONE_HEADER_SIZE = 0.85
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|-|–)?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*(?:(?:of|/)\s*\d{1,4})?\s*(?:-|–)?$", re.I)
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


@dataclass
class PageLines:
    number: int  # 1-based
    height: float
    width: float
    lines: list[Line]


def _band(line: Line, page: PageLines) -> str | None:
    if line.bottom <= page.height * MARGIN_BAND:
        return "top"
    if line.top >= page.height * (1 - MARGIN_BAND):
        return "bottom"
    return None


def _key(line: Line) -> str:
    # the place is part of the key: furniture stands at one height on every page, while a
    # footnote that reads like another one ("see note 3") sits wherever its page ends
    words = _SPACE.sub(" ", _DIGITS.sub("#", line.text.lower())).strip()
    return f"{round(line.top / 4)}:{words}"


def remove_furniture(pages: list[PageLines]) -> None:
    """Drop running headers, footers and page numbers from every page, in place."""
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for page in pages:
        for line in page.lines:
            band = _band(line, page)
            if band:
                seen[(band, _key(line))].add(page.number)
    if len(pages) == 1:
        _drop_lone_header(pages[0])
    needed = max(2, round(MIN_REPEAT_SHARE * len(pages)))
    repeated = {key for key, where in seen.items() if len(where) >= needed}
    for page in pages:
        page.lines = [line for line in page.lines
                      if not _is_furniture(line, page, repeated)]


def _drop_lone_header(page: PageLines) -> None:
    """A one-page document cannot show a header repeating: a line in small type in the top
    band, standing well apart from the text below it, is taken for one."""
    sizes = sorted(ln.size for ln in page.lines)
    if len(sizes) < 4:
        return
    body = sizes[len(sizes) // 2]
    band = [ln for ln in page.lines
            if _band(ln, page) == "top" and ln.size <= LONE_HEADER_SIZE * body]
    below = [ln.top for ln in page.lines if _band(ln, page) != "top"]
    if not band or not below:
        return
    content_top = min(below)
    drop = {id(ln) for ln in band if content_top - ln.bottom >= 2 * ln.size}
    page.lines = [ln for ln in page.lines if id(ln) not in drop]


def _is_furniture(line: Line, page: PageLines, repeated: set[tuple[str, str]]) -> bool:
    band = _band(line, page)
    if band is None:
        return False
    if (band, _key(line)) in repeated:
        return True
    return bool(_PAGE_NUMBER.match(line.text.strip())) and not _leads_text(line, page)


def _leads_text(line: Line, page: PageLines) -> bool:
    """A number just left of a line of text on its row is a note's number, not a page's."""
    return any(o is not line and abs(o.middle - line.middle) < line.size
               and 0 <= o.x0 - line.x1 < 2 * line.size for o in page.lines)
