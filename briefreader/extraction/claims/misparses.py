"""Speakers the parse put in the wrong place: after the statement and its comma ('<statement>,
the Dutch ambassador, Maria Lund, said'), inside the statement's clause ('<statement>, the
agency said on Thursday'), or after a closing quotation mark ('"...," the chairperson, X,
said'). Each gives the speaker's head token and the statement's token range."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction.claims.bounds import trim
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

Found = tuple["Token", tuple[int, int] | None]


def trailing_speaker(verb: Token) -> Found | None:
    """'<statement>, the Dutch ambassador, Maria Lund, said at a news conference.' misparsed
    with 'said' coordinated to the statement's verb: the phrase between the commas speaks."""
    doc, sent = verb.doc, verb.sent
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.i - 1 <= sent.start or doc[verb.i - 1].text != ",":
        return None
    if any(t.dep_ not in ("prep", "pobj", "det", "compound", "amod", "advmod", "npadvmod",
                          "punct", "nummod") for t in doc[verb.i + 1 : sent.end]):
        return None
    commas = [i for i in range(sent.start, verb.i - 1) if doc[i].text == ","]
    for first in commas:
        phrase = doc[first + 1 : verb.i - 1]
        if not phrase or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl")
                             for t in phrase):
            continue
        heads = [t for t in phrase if not (first < t.head.i < verb.i - 1) or t.head == t]
        if heads and heads[0].pos_ in ("NOUN", "PROPN"):
            return heads[0], trim(doc, sent.start, first)
    return None


def closing_speaker(verb: Token) -> Found | None:
    """'<statement>, the National Disaster Agency (NDA) said on Thursday.' misparsed with the
    verb's subject inside the statement: the noun phrase after the last comma speaks, and all
    before the comma is what it said."""
    doc, sent = verb.doc, verb.sent
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ not in ("conj", "ccomp", "advcl") or not subj and verb.dep_ != "conj":
        return None  # with no subject at all: "<statement>, governor X said" (X an apposition)
    commas = [i for i in range(sent.start + 3, verb.i) if doc[i].text == ","]
    if not commas or any(c.i > commas[-1] for c in subj):
        return None  # the parse found the speaker after the comma: not a misparse
    phrase = doc[commas[-1] + 1 : verb.i]
    if not 1 <= len(phrase) <= 10 or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    if any(t.dep_ not in ("prep", "pobj", "det", "compound", "amod", "advmod", "npadvmod",
                          "punct", "nummod") for t in doc[verb.i + 1 : sent.end]):
        return None
    depth, heads = 0, []
    for t in phrase:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text not in "()" and (t.head.i < phrase.start or t.head.i >= phrase.end
                                                  or t.head == t):
            heads.append(t)
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.tag_ == "VBN"
               for t in doc[sent.start : commas[-1]]):
        return None
    return heads[0], trim(doc, sent.start, commas[-1])


_MINOR_WORDS = frozenset("and or of the a an in on to for at by with".split())
_TITLE_OPENS = frozenset(("’s", "'s", "on", "in", "of", "at", "from", "with"))


@rule("claims.quoted-title-after-verb", "claims", "'\"...,\" X, an adviser, said on Channel "
      "Five's \"Morning Show\"': a quoted title after the verb is a programme, neither the "
      "speaker nor a sign that the name before the verb is not")
def _quoted_title(verb: Token) -> frozenset[int] | None:
    """The tokens of a quoted title after the verb ('on Channel Five's "Morning Show"')."""
    doc, sent = verb.doc, verb.sent
    if not any(t.is_quote for t in verb.rights):
        return None  # no quotation hangs on the verb's right
    opening = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text in ("“", '"', "‘")), None)
    if opening is None or doc[opening - 1].text.lower() not in _TITLE_OPENS:
        return None
    closing = next((t.i for t in doc[opening + 1 : sent.end] if t.text in ("”", '"', "’")),
                   sent.end)
    words = [t.text for t in doc[opening + 1 : closing] if t.is_alpha]
    if not 1 <= len(words) <= 8 or not all(w[0].isupper() or w in _MINOR_WORDS for w in words):
        return None
    return frozenset(range(opening, closing + 1))


def quoted_speaker(verb: Token) -> Found | None:
    """'"...," the commission's chairperson, X, said.' misparsed with the speaker as an object
    inside the quotation's clause and no subject for the verb: the noun phrase between the
    closing quotation mark and the verb speaks, and the quotation is what it said."""
    doc, sent = verb.doc, verb.sent
    title = _quoted_title(verb) or frozenset()
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i not in title for c in verb.children):
        return None
    if any(t.dep_ not in ("prep", "pobj", "det", "compound", "amod", "advmod", "npadvmod",
                          "punct", "nummod", "dobj", "dative", "nmod", "poss") and t.i not in title
           for t in doc[verb.i + 1 : sent.end]):
        return None  # "... told a news conference."
    closes = [t.i for t in doc[sent.start + 2 : verb.i]
              if t.is_quote and t.text in ('"', "”", "’’", "''") and doc[t.i - 1].is_punct]
    if not closes:
        return None
    phrase = [t for t in doc[closes[-1] + 1 : verb.i] if not t.is_punct]
    if not 1 <= len(phrase) <= 10 or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    inside = {t.i for t in phrase}
    heads = [t for t in phrase if t.head.i not in inside or t.head == t]
    if len(heads) != 1:
        return None
    head = heads[0] if heads[0].pos_ in ("NOUN", "PROPN") else _named_one(heads[0])
    return (head, trim(doc, sent.start, closes[-1] + 1)) if head is not None else None


@rule("claims.one-of-them-named", "claims", "'\"...,\" one of them, Karim Nasser, said': a "
      "number or pronoun with a name in apposition is that named person")
def _named_one(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
