"""Speech withheld: "The ministry did not say how many were civilians", "police would not say
whether anyone was arrested". The clause names what was not said; nobody stated it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

_OPEN_QUESTION = frozenset("how what when where whether which who why if".split())


@rule("claims.withheld", "claims", "'did not say how many were civilians': a negated speech "
      "verb before an open question states nothing")
def withheld(verb: Token, content: tuple[int, int] | None) -> bool:
    if content is None or not any(c.dep_ == "neg" for c in verb.children):
        return False
    doc = verb.doc
    first = next((t for t in doc[verb.i + 1 : content[0] + 1] if not t.is_punct), None)
    return first is not None and first.text.lower() in _OPEN_QUESTION
