"""The actor a speaker phrase names: a mention inside it ("Ministry spokesman Ivan Orlik",
"Xinhua"), an actor in apposition or named in its phrase ("the envoy, Maria Lund", "Ghana's
presidency"), the actor behind a statement or office ("a report by the council"), or the body an
anonymous source speaks for ("a Transport Ministry source", "UNICEF officials")."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.lexicon.people import PERSON_NOUNS
from briefreader.extraction.lexicon.speech import (
    ANONYMOUS_SOURCES,
    OFFICE_NOUNS,
    UTTERANCE_NOUNS,
)
from briefreader.extraction.model import Actor
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token



class MentionIndex:
    """Actor mentions by text offset, for token look-ups in O(log n)."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        spans = sorted((m.start, m.end, a) for a in actors for m in a.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

    def at(self, offset: int) -> Actor | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0:
            start, end, actor = self._spans[i]
            if start <= offset < end:
                return actor
        return None


@rule("claims.speaker-mention", "claims", "a speaker phrase holding an actor's mention "
      "('Ministry spokesman Ivan Orlik', 'Xinhua') is that actor")
def _mention_actor(index: MentionIndex, head: Token, offset: int) -> Actor | None:
    return index.at(offset + head.idx)

@rule("claims.speaker-apposition", "claims", "an actor in apposition or named in the "
      "speaker's phrase ('the envoy, Maria Lund', 'Ghana's presidency') speaks")
def _apposed_actor(index: MentionIndex, head: Token, offset: int,
                   person_head: bool) -> Actor | None:
    office = head.text.lower() in OFFICE_NOUNS
    children = sorted(head.children, key=lambda c: c.dep_ != "appos")
    for child in children:
        if child.dep_ == "appos" or child.dep_ == "acl" and not person_head or (
                child.dep_ in ("compound", "poss", "nmod") and office):
            actor = index.at(offset + child.idx) or _span_actor(index, child, offset)
            if actor and (not person_head or actor.kind == "person"
                          or " " not in actor.name and not actor.name.isupper()):
                return actor
    return None

@rule("claims.office-of-actor", "claims", "\"a statement from the agency\", \"a report by "
      "the council\": the actor behind the statement speaks")
def _office_by(index: MentionIndex, head: Token, offset: int) -> Actor | None:
    if head.text.lower() not in OFFICE_NOUNS:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.text.lower() in ("from", "by", "of"):
            for obj in child.children:
                actor = index.at(offset + obj.idx) if obj.dep_ == "pobj" else None
                if actor is not None:
                    return actor
    return None

@rule("claims.statement-giver", "claims", "\"according to a speech the senator delivered\": "
      "the one who gave the speech, interview or letter speaks")
def _statement_giver(index: MentionIndex, head: Token, offset: int) -> Actor | None:
    if head.text.lower() not in UTTERANCE_NOUNS:
        return None
    for clause in head.children:
        if clause.dep_ in ("relcl", "acl") and clause.i > head.i:
            giver = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            actor = index.at(offset + giver.idx) if giver is not None else None
            if actor is not None:
                return actor
    return None


@rule("claims.agency-of-body", "claims", "\"Islamic State's Amaq news agency\": the body "
      "named in the agency's name speaks")
def _agency_of_body(index: MentionIndex, head: Token, offset: int) -> Actor | None:
    if head.text.lower() not in lexicon.ORG_HEADS:
        return None
    for child in head.children:
        actor = index.at(offset + child.idx) if child.dep_ == "compound" else None
        if actor and actor.kind in ("organization", "group"):
            return actor
    return None

@rule("claims.person-in-phrase", "claims", "a person noun with a name inside its phrase "
      "('a resident of X, Ali Nur') is that person")
def _person_in_phrase(index: MentionIndex, head: Token, offset: int) -> Actor | None:
    modifiers = {t.i for c in head.children if c.dep_ in ("compound", "poss", "nmod",
                                                           "amod") for t in c.subtree}
    for tok in head.subtree:
        if tok.i != head.i and tok.i not in modifiers \
                and tok.ent_type_ in ("PERSON", "ORG"):
            actor = index.at(offset + tok.idx)
            if actor and (actor.kind == "person" or " " not in actor.name
                          and not actor.name.isupper()):
                return actor
    return None

@rule("claims.source-for-body", "claims", "\"a Transport Ministry source\", \"UNICEF "
      "officials\", \"a spokesman for the coast guard\": the body speaks through them")
def _source_for_body(index: MentionIndex, head: Token, offset: int) -> Actor | None:
    if head.text.lower() not in ANONYMOUS_SOURCES:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.text.lower() in ("for", "of", "at", "from"):
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in ("compound", "poss"):
            continue
        actor = index.at(offset + child.idx)
        if actor and actor.kind in ("organization", "group", "state"):
            return actor
    return None

def phrase_actor(index: MentionIndex, head: Token, offset: int) -> Actor | None:
    found = _mention_actor(index, head, offset)
    if found:
        return found
    person_head = head.text.lower() in PERSON_NOUNS or head.text.lower().rstrip("s") in \
        PERSON_NOUNS
    found = _apposed_actor(index, head, offset, person_head) or _office_by(index, head, offset) \
        or _agency_of_body(index, head, offset) or _statement_giver(index, head, offset)
    if found:
        return found
    if person_head and (found := _person_in_phrase(index, head, offset)):
        return found
    return _source_for_body(index, head, offset)


def _span_actor(index: MentionIndex, tok: Token, offset: int) -> Actor | None:
    for t in tok.subtree:
        actor = index.at(offset + t.idx)
        if actor:
            return actor
    return None


def description(head: Token) -> str:
    """The words of a described source: its phrase up to a comma, dash or relative clause."""
    doc = head.doc
    toks = [t for t in head.subtree]
    out = []
    while toks and toks[0].is_punct:
        toks = toks[1:]
    stop = min((c.left_edge.i for c in head.children if c.dep_ in ("relcl", "appos")
                and c.i > head.i), default=len(doc))
    for t in toks:
        joined = t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_
        if t.i > head.i and (t.is_punct and t.text in ",;:()–—-" and not joined
                             or t.i >= stop):  # "rebel-held" is one word
            break
        if t.i < head.i and t.is_punct and t.text in ",;()–—":
            out = []
            continue
        out.append(t)
    if not out:
        return head.text
    return doc[out[0].i : out[-1].i + 1].text
