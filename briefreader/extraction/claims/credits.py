"""Quotations credited after a dash, as in reader panels and letters pages:
'"We were never asked." ― Ana Ruiz'. The name after the dash, to the end of its line, speaks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefreader.extraction.claims.quotes import QuotePiece
from briefreader.extraction.claims.speakers import Speaker, SpeakerResolver
from briefreader.extraction.nlp import doc_text
from briefreader.extraction.rules import rule, tracing

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a dash after the closing mark, then a capitalised name of a few words (initials allowed:
# 'Ana M. Ruiz') ending its line (or
# running into the next credited quotation: the loader joins a paragraph's lines)
_CREDIT = re.compile(r"[ \t\u00a0]*(?:―|—|–|--)[ \t\u00a0]*"
                     r"([A-Z](?:[^\n\"“”«»―—–.,;:!?()]|(?<=\b[A-Z])\.){1,60}?)"
                     r"[ \t\u00a0.]*(?=\n|$|[“\"«„])")
_MAX_NAME_WORDS = 6


@rule("claims.dash-credit", "claims", "'\"We were never asked.\" ― Ana Ruiz': a quotation "
      "credited after a dash, the name ending its line, is that person's")
def _credited_name(text: str, q: QuotePiece, block_end: int) -> tuple[int, int] | None:
    if not q.closed:
        return None
    found = _CREDIT.match(text, q.mark_end, block_end)
    if found is None or len(found.group(1).split()) > _MAX_NAME_WORDS:
        return None
    return found.start(1), found.end(1)


def dash_credits(text: str, quotes: list[QuotePiece], doc: Doc, offset: int,
                 resolver: SpeakerResolver) -> dict[int, tuple[Speaker, list[str]]]:
    """The speaker of each quotation credited after a dash, by the quotation's start, with the
    rules that found it."""
    credits: dict[int, tuple[Speaker, list[str]]] = {}
    block_end = offset + len(doc_text(doc))
    for q in quotes:
        name = _credited_name(text, q, block_end)
        if name is None:
            continue
        span = doc.char_span(name[0] - offset, name[1] - offset, alignment_mode="expand")
        if span is None:
            continue
        with tracing() as names:
            speaker = resolver.resolve(span.root, offset)
        if speaker is not None and speaker.name:
            credits[q.start] = (speaker, ["claims.dash-credit", *names])
    return credits
