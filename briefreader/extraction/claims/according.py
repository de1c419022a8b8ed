"""What "according to X" attributes: the clause the phrase modifies, without the phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction.claims.bounds import trim
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

_FINITE = ("VBD", "VBZ", "VBP", "MD")


@rule("claims.according-opens-sentence", "claims", "'According to the host, the move reeks of "
      "fear': the parser hung the clause on the phrase; the statement follows the comma that "
      "ends the source's phrase")
def _after_opening_phrase(according: Token, speaker: Token) -> tuple[int, int] | None:
    doc, sent = according.doc, according.sent
    if according.i != sent.start and not all(t.is_punct or t.dep_ == "cc"
                                             for t in doc[sent.start:according.i]):
        return None
    commas = [t.i for t in doc[speaker.i + 1:sent.end] if t.text == ","]
    if not commas:
        return None
    # "According to Jane Doe, a spokeswoman for the port, ...": an apposition has no verb
    for comma, nxt in zip(commas, [*commas[1:], sent.end], strict=True):
        if any(t.tag_ in _FINITE for t in doc[comma + 1:nxt]):
            return trim(doc, comma + 1, sent.end)
    return trim(doc, commas[0] + 1, sent.end)


def according_content(according: Token, speaker: Token) -> tuple[int, int] | None:
    """The clause "according to X" modifies, without the attribution phrase."""
    head = according.head
    while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    doc = according.doc
    sent = according.sent
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if lo > sent.start + 3 or hi < sent.end - 3:
        lo, hi = sent.start, sent.end
    skip_lo, skip_hi = according.i, max(according.right_edge.i, speaker.right_edge.i) + 1
    if skip_lo - lo >= hi - skip_hi:
        found = trim(doc, lo, skip_lo)
        if found is None and hi - skip_hi < 2:
            return _after_opening_phrase(according, speaker)
        return found
    return trim(doc, skip_hi, hi)
