"""The channel and the date of a statement, cut from the object that is its content; the
statement a speaker made, remembered for when it is named again.

"The group claimed the attack in a statement on Sunday": the claim is "the attack"; "in a
statement" and "on Sunday" say how and when it was made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction.lexicon.media import CHANNELS
from briefreader.extraction.lexicon.speech import STATEMENT_NOUNS
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CHANNEL_PREPS = frozenset("in on via through by over".split())


def channel_cut(doc: Doc, verb: Token, start: int, end: int) -> int:
    """'claimed the attack in a statement on Sunday': the channel and the date of the saying
    are not its content."""
    for tok in doc[start + 2 : end]:  # a claim keeps two words at least
        if tok.dep_ != "prep" or tok.text.lower() not in _CHANNEL_PREPS \
                or not _on_the_object(tok, verb):
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        dated = tok.text.lower() != "by" and all(
            t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in tok.subtree if t.i != tok.i)
        if objs and (objs[0].text.lower() in CHANNELS or dated) \
                and _only_circumstances(doc, tok, end):
            return tok.i
    return end


def _on_the_object(prep: Token, verb: Token) -> bool:
    """The phrase hangs on the saying or its noun object, not on a verb inside the content
    ("told them to leave by Friday": the date belongs to the instruction)."""
    head = prep.head
    for _ in range(8):
        if head == verb:
            return True
        if head.pos_ in ("VERB", "AUX") or head.head == head:
            return False
        head = head.head
    return False


def _only_circumstances(doc: Doc, prep: Token, end: int) -> bool:
    """After the phrase, only more of the same ("in an email to reporters on Monday"): a
    phrase in the middle ("described it in a call as dire") leaves the content running on."""
    for t in doc[prep.right_edge.i + 1 : end]:
        if not (t.is_punct or any(a.dep_ == "prep" and a.i > prep.i and a.text.lower() in
                                  _CHANNEL_PREPS | {"to"} for a in (t, *t.ancestors))):
            return False
    return True


@rule("claims.statement-named-again", "claims", "'X said in a statement ... \"...,\" the "
      "statement said': the statement named again is X's")
def statement_channel(verb: Token) -> str | None:
    """The statement noun of 'said in a statement', 'told in an interview', if any."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.text.lower() in ("in", "via"):
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.text.lower() in STATEMENT_NOUNS:
                return noun.text.lower()
    return None
