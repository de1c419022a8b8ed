"""Quotation marks in a paragraph: which pairs open and close a quotation.

Handles straight and curly double quotes, guillemets, low-9 quotes and single quotes (told apart
from apostrophes by what stands around them). News style lets a quotation run over paragraphs: a
paragraph that ends inside a quotation has no closing mark, and the next paragraph opens with a
fresh one. Each paragraph's part of such a quotation is returned as its own piece, ending at the
paragraph's end, so that a pairing error never runs past one paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefreader.extraction.rules import applies, register

register("claims.doubled-apostrophes", "claims", "''Like this'': two apostrophes typed for "
         "each quotation mark open and close a quotation")
register("claims.reversed-opening-mark", "claims", "'”We were never asked.”': a closing mark "
         "typed where a quotation opens (after a space, before a letter) opens it")

_DOUBLE_OPEN = "“„«‹"
_DOUBLE_CLOSE = "”»›"
_SINGLE_OPEN = "‘‚"
_SINGLE_CLOSE = "’"
_BEFORE_OPEN = " \t\n([{—–-/:;,\u00a0"


@dataclass(frozen=True)
class QuotePiece:
    start: int        # first character inside the quotation marks (text offset)
    end: int          # end of the quoted content (exclusive), before the closing mark
    mark_start: int   # offset of the opening mark
    mark_end: int     # offset just after the closing mark (== end when unclosed)
    closed: bool


def _is_open(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in _BEFORE_OPEN or text[i - 1] in _DOUBLE_OPEN + _SINGLE_OPEN


def _reversed_open(text: str, i: int, end: int) -> bool:
    """'”We were never asked.”': a closing mark typed where the quotation opens, after a space
    or at the paragraph's start and before a letter, opens it."""
    return text[i] == "”" and _is_open(text, i) and i + 1 < end and text[i + 1].isalpha() \
        and applies("claims.reversed-opening-mark")


def _single_closes(text: str, i: int) -> bool:
    """A single quote closes when no letter follows it (else it is an apostrophe: don't, Iran's)."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not nxt.isalnum()


def _doubled(text: str, start: int, end: int) -> list[QuotePiece]:
    """Quotations marked with doubled apostrophes (''like this''), paired in order."""
    pieces: list[QuotePiece] = []
    open_at: int | None = None
    i = text.find("''", start, end)
    while i != -1:
        if open_at is None:
            if _is_open(text, i) and i + 2 < end and text[i + 2].isalnum():
                open_at = i
        else:
            pieces.append(QuotePiece(open_at + 2, i, open_at, i + 2, True))
            open_at = None
        i = text.find("''", i + 2, end)
    if open_at is not None:
        pieces.append(QuotePiece(open_at + 2, end, open_at, end, False))
    return pieces


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[QuotePiece]:
    """Quotation pieces in ``text[start:end]`` (one paragraph), in order."""
    end = len(text) if end is None else end
    if text.find("''", start, end) == -1 or not applies("claims.doubled-apostrophes"):
        return _marked(text, start, end)
    doubled = _doubled(text, start, end)
    # the doubled marks blanked, the paragraph's other marks are paired as usual
    others = _marked(text[start:end].replace("''", "  "), 0, end - start)
    shifted = [QuotePiece(p.start + start, p.end + start, p.mark_start + start,
                          p.mark_end + start, p.closed) for p in others]
    inside = [p for p in shifted if not any(d.mark_start <= p.mark_start < d.mark_end
                                            for d in doubled)]
    return sorted(doubled + inside, key=lambda p: p.start)


def _marked(text: str, start: int, end: int) -> list[QuotePiece]:
    """Quotation pieces marked with single characters in ``text[start:end]``."""
    pieces: list[QuotePiece] = []
    open_at: int | None = None
    kind = ""
    i = start
    while i < end:
        c = text[i]
        if open_at is None:
            if c in _DOUBLE_OPEN or c == '"' and _is_open(text, i) \
                    or c == "”" and _reversed_open(text, i, end):
                open_at, kind = i, "double"
            elif (c in _SINGLE_OPEN or c == "'") and _is_open(text, i) and i + 1 < end \
                    and text[i + 1].isalnum():
                open_at, kind = i, "single"
        elif kind == "double" and (c in _DOUBLE_CLOSE or c == '"' or c in _DOUBLE_OPEN):
            if c in _DOUBLE_OPEN or c == '"' and _is_open(text, i) and i + 1 < end \
                    and text[i + 1].isalnum():
                # a second opening mark: the first quotation never closed; start again here
                pieces.append(QuotePiece(open_at + 1, i, open_at, i, False))
                open_at = i
            else:
                pieces.append(QuotePiece(open_at + 1, i, open_at, i + 1, True))
                open_at = None
        elif kind == "single" and c in (_SINGLE_CLOSE + "'") and _single_closes(text, i):
            if text[i - 1] == "s" and i + 1 < end and text[i + 1] == " " and \
                    text.find("'" if c == "'" else "’", i + 1, end) != -1:
                pass  # "the officials' cars": a plural possessive, keep looking
            else:
                pieces.append(QuotePiece(open_at + 1, i, open_at, i + 1, True))
                open_at = None
        i += 1
    if open_at is not None and kind == "double" and end - open_at > 1:
        pieces.append(QuotePiece(open_at + 1, end, open_at, end, False))
    return [p for p in pieces if p.end > p.start and text[p.start:p.end].strip()]
