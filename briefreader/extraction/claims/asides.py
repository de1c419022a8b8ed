"""Attributions set beside the statement in its own sentence: in the middle ("Though the first
change was smooth, she said, a second would be bitter"; the parser hangs such an aside on
whatever clause stands nearest, so the statement is read from the sentence, not from the aside's
head), or as a clause of their own ("..., as the newspaper first disclosed")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.claims.bounds import cut_nested, trim
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

_QUOTE_MARKS = "“‘«\"'"


def _comma_after(verb: Token) -> int | None:
    """The comma closing the aside: right after the verb and the words hung on it ('he
    explained earlier in the hearing,')."""
    doc, sent = verb.doc, verb.sent
    end = max(verb.i, verb.right_edge.i)
    if doc[end].text == ",":
        return end
    if end + 1 < sent.end and doc[end + 1].text == ",":
        return end + 1
    return None


@rule("claims.aside-inside-statement", "claims", "'Though the first change was smooth, she "
      "said, a second would be bitter': an attribution between commas before the sentence's "
      "main verb speaks the whole sentence")
def aside_inside_statement(verb: Token) -> tuple[int, int] | None:
    doc, sent = verb.doc, verb.sent
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.dep_ != "parataxis" or subject is None:
        return None
    before = subject.left_edge.i - 1
    after = _comma_after(verb)
    if before <= sent.start or doc[before].text != "," or after is None:
        return None
    first = next(t for t in sent if not (t.is_punct and t.text not in _QUOTE_MARKS))
    if first.text in _QUOTE_MARKS or first.is_quote:
        return None  # '"A," he said, "B"': a quotation split by its attribution
    root = sent.root
    if (root.i <= after or not any(t.pos_ in ("VERB", "AUX") for t in doc[after + 1:sent.end])) \
            and not _phrase_goes_on(verb, after):
        return None  # the aside closes the statement; what follows is the writer's
    end = cut_nested(doc, verb, sent.start, sent.end)
    return trim(doc, sent.start, end)


_ARGUMENTS = frozenset(("prep", "dobj", "attr", "acomp", "xcomp", "oprd", "pobj"))


@rule("claims.aside-mid-phrase", "claims", "'He has come up with a model, he said, for how the "
      "industry can ...': a phrase of the statement's verb after the aside goes on with it")
def _phrase_goes_on(verb: Token, after: int) -> bool:
    doc, head = verb.doc, verb.head
    nxt = doc[after + 1] if after + 1 < verb.sent.end else None
    return nxt is not None and nxt.dep_ in _ARGUMENTS and nxt.head.i < verb.i \
        and head in nxt.ancestors


# verbs that report what is known; "as he had promised" tells of an act, not a statement
_AS_REPORTED = frozenset("say report disclose reveal write note announce confirm state tweet post "
                         "claim allege estimate".split())


@rule("claims.as-reported", "claims", "'The ministry approved the sale, as the newspaper first "
      "disclosed': the clause an 'as X reported' aside modifies is X's statement")
def as_reported(verb: Token) -> tuple[int, int] | None:
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX") \
            or lexicon.speech_verb(verb.text) not in _AS_REPORTED \
            or not any(c.dep_ == "mark" and c.text.lower() == "as" for c in verb.children) \
            or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    doc = verb.doc
    before = (head.left_edge.i, verb.left_edge.i)
    after = (verb.right_edge.i + 1, head.right_edge.i + 1)
    lo, hi = before if before[1] - before[0] >= after[1] - after[0] else after
    return trim(doc, lo, hi) if hi - lo >= 3 else None  # "as wealthy as he claims": a comparison


@rule("claims.as-put-it", "claims", "'As the economist put it, \"...\"': the one who put it speaks "
      "the quotation after the aside")
def as_put_it(verb: Token) -> Token | None:
    kids = list(verb.children)
    if verb.text.lower() not in ("put", "puts") or not any(
            c.dep_ == "dobj" and c.text.lower() == "it" for c in kids) or not any(
            c.dep_ == "mark" and c.text.lower() == "as" for c in kids):
        return None
    return next((c for c in kids if c.dep_ == "nsubj" and c.pos_ != "PRON" or
                 c.dep_ == "nsubj" and c.text.lower() in ("he", "she", "they")), None)
