"""How a sentence uses a name: as an agent (subject, "by X", possessor), as a place ("in Tarvel",
"Ostra province"), or as the state behind a body ("the Chilean army", "Chad's army")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.lexicon.places import (
    INHABITANT_NOUNS,
    LOCATIVE_PREPOSITIONS,
    PLACE_NOUNS,
    SETTLEMENT_NOUNS,
)
from briefreader.extraction.lexicon.speech import SENDER_NOUNS, VOICE_NOUNS
from briefreader.extraction.nlp import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_COPULA = frozenset("is are was were be been being 's am".split())


def agentive(tok: Token, depth: int = 0) -> bool:
    dep = tok.dep_
    if dep in ("nsubj", "nsubjpass"):
        return not (tok.head.text.lower() in _COPULA and tok.head.pos_ == "AUX")
    if dep == "poss":
        return tok.head.text.lower() not in PLACE_NOUNS
    if dep == "pobj":
        prep = tok.head
        if prep.dep_ == "agent" or prep.text.lower() == "by":
            return True
        return prep.text.lower() == "to" and prep.head.text.lower() == "according"
    if dep == "conj" and depth < 4:
        # "a deal between the EU and Turkey": a party beside an organisation acts with it
        return tok.head.ent_type_ in ("ORG", "PERSON") and not lexicon.country_of(
            tok.head.text) or agentive(tok.head, depth + 1)
    return False


def _object_of_place(tok: Token) -> bool | None:
    """A name after a preposition: True for a place ("in X"), False when it is acted upon or
    sends something ("blamed on X", "a statement from X"), None when undecided."""
    prep = tok.head
    word = prep.text.lower()
    if word == "on" and tok.ent_type_ in ("PERSON", "ORG") and prep.head.pos_ == "VERB":
        return False  # "blamed the attack on the Allied Forces": acted upon, not a place
    if word == "from" and prep.head.text.lower() in VOICE_NOUNS | SENDER_NOUNS:
        return False  # "a statement from the agency", "officials from the ministry"
    if word in LOCATIVE_PREPOSITIONS:
        return True
    if word == "of" and prep.head.text.lower() in PLACE_NOUNS:
        return True
    return None


def locative(tok: Token, last: Token, depth: int = 0) -> bool:
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.text.lower() in PLACE_NOUNS:
        return True
    if tok.dep_ == "pobj":
        place = _object_of_place(tok)
        if place is not None:
            return place
    if tok.dep_ == "appos" and tok.head.text.lower() in PLACE_NOUNS and not any(
            c.dep_ == "compound" and c.text.lower() in lexicon.TITLES for c in tok.children):
        return True  # "the provincial capital, Ostra"; not "..., governor X said"
    head, steps = tok, 0
    while head.dep_ in ("compound", "conj", "nmod", "amod", "poss") and steps < 3:
        head, steps = head.head, steps + 1
        if head.text.lower() in PLACE_NOUNS:
            return True
    if tok.dep_ == "conj" and depth < 4:
        return locative(tok.head, tok.head, depth + 1)
    return False


def _conj_first(tok: Token) -> Token:
    """The first of coordinated names: "Ntepa" in "the towns of Ntepa and Litandi"."""
    steps = 0
    while tok.dep_ == "conj" and steps < 4:
        tok, steps = tok.head, steps + 1
    return tok


def settlement_marked(tok: Token, last: Token) -> bool:
    """A settlement noun marks the name as a place: "the village of X", "X and Y communities",
    "the X camp", "the district capital, X", "residents of X"."""
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.text.lower() not in SETTLEMENT_NOUNS and last.i + 2 < len(doc) \
            and (nxt.text.islower() or nxt.text.isupper()) and nxt.dep_ in ("compound", "amod"):
        nxt = doc[last.i + 2]  # "the X refugee camp", "the X IDP camp", "the X border town"
    if nxt is not None and nxt.text.lower() in SETTLEMENT_NOUNS:
        return nxt.dep_ != "compound"  # "a CNN town hall", "the Ostra city council": no place
    first = _conj_first(tok)
    head = first.head
    if first.dep_ == "pobj" and head.text.lower() in ("of", "in") and (
            head.head.text.lower() in SETTLEMENT_NOUNS and head.text.lower() == "of"
            or head.head.text.lower() in INHABITANT_NOUNS):
        return True
    if first.dep_ == "appos" and head.text.lower() in SETTLEMENT_NOUNS:
        return True
    return first.dep_ in ("compound", "nmod") and head.text.lower() in SETTLEMENT_NOUNS \
        and head.i > last.i


def place_of_name(doc: Doc, i: int) -> int | None:
    """End of 'in <Place>' right after a body's name at token ``i``, or None."""
    if i + 1 >= len(doc) or doc[i].text not in ("in", "for") or doc[i + 1].ent_iob_ != "B" \
            or doc[i + 1].ent_type_ not in ("GPE", "LOC"):
        return None
    end = i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def state_body(doc: Doc, i: int) -> tuple[str, str, int] | None:
    """A demonym, country or capital at ``i`` followed by a state body: (country, body, end)."""
    word = tokens(doc)[i].text   # asked of every token: a list, not a new Token from the Doc
    if not word[:1].isupper():
        return None
    country = lexicon.country_of(word) or lexicon.CAPITALS.get(word.lower())
    if not country:
        return None
    # "Chad's army" is the body "Chadian army" is
    gap = 1 if i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s") \
        and lexicon.COUNTRIES.get(word.lower()) else 0
    for size in (2, 1):
        if i + gap + size >= len(doc):
            continue
        tail = doc[i + 1 + gap : i + 1 + gap + size]
        body = lexicon.STATE_ORG_HEADS.get(tail.text.lower())
        # "Syrian army troops", "Russian military jets": a modifier of the noun, not the body;
        # "U.S. military estimates", "Chilean army officials": the body speaks through them
        modifier = tail[-1].dep_ in ("compound", "amod") and tail[-1].head.text.lower() \
            not in VOICE_NOUNS
        if body and not modifier:
            return country, body, i + 1 + gap + size
    return None
