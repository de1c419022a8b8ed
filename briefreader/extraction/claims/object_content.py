"""Statements that are a verb's object: 'urged the government to ...', 'called for a truce',
'described the attack as ...' report the rest of their verb phrase; only a person addressed
('asked the minister'), an idiom ('has claimed the lives of') or a name ('what it calls X') says
nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
from briefreader.extraction.claims.bounds import before_according, cut_nested, trim
from briefreader.extraction.claims.channels import channel_cut
from briefreader.extraction.lexicon.speech import (
    AUDIENCES,
    CALL_ACTS,
    CIRCUMSTANCE_WORDS,
    CONCESSIVE_MARKS,
    CONCESSIVE_PREPOSITIONS,
    REFLEXIVE_PRONOUNS,
    VERB_PREPOSITIONS,
)
from briefreader.extraction.lexicon.time import TIME_WORDS
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

_COMPLEMENT_DEPS = ("dobj", "xcomp", "prep", "attr", "oprd", "dative", "acomp", "npadvmod")
_ANONYMITY = re.compile(r"\bnot to be (?:named|identified)\b|\banonymity\b", re.I)

@rule("claims.instruction-read-as-adverbial", "claims", "'tells his supporters at a rally to "
      "\"go and vote\"': a to-clause parsed as an adverbial is the instruction told")
def to_clause(clause: Token) -> bool:
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.text.lower() == "to" for c in clause.children)


def _object_parts(verb: Token, base: str) -> list[Token]:
    preps = VERB_PREPOSITIONS.get(base, ())
    parts = []
    for c in verb.children:
        if c.i > verb.i and to_clause(c):
            parts.append(c)
            continue
        if c.i < verb.i or c.dep_ not in _COMPLEMENT_DEPS or c.text.lower() in TIME_WORDS:
            continue
        if c.dep_ == "prep" and (c.text.lower() not in preps or any(
                g.ent_type_ in ("DATE", "TIME") for g in c.children)):
            continue
        if c.dep_ == "npadvmod":
            continue
        parts.append(c)
    return parts


@rule("claims.refusal-or-filing", "claims", "'could deny them permits', 'appealed the ruling': "
      "denying someone a thing refuses it, appealing a ruling files a case; neither says anything")
def _refusal_or_filing(base: str, parts: list[Token]) -> bool:
    return base == "deny" and any(p.dep_ == "dative" for p in parts) \
        or base == "appeal" and parts[0].dep_ == "dobj"


def _no_statement(verb: Token, base: str, parts: list[Token]) -> bool:
    """Objects that say nothing: only the person addressed ('asked the minister', 'warned
    Okafor') or an idiom ('has claimed the lives of', 'called a meeting', 'puts a stop to')."""
    if all(p.dep_ in ("dobj", "dative") for p in parts) and all(
            p.pos_ in ("PROPN", "PRON") or p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or p.text.lower() in AUDIENCES or p.text.lower() in lexicon.TITLES
            or p.text.lower().rstrip("s") in lexicon.TITLES for p in parts):
        return True
    first = parts[0]
    if _refusal_or_filing(base, parts):
        return True
    return base == "claim" and first.text.lower() in ("lives", "life") or base == "call" \
        and (first.dep_ == "dobj" and first.text.lower() in CALL_ACTS
             or any(c.text.lower() == "into" for c in verb.children)
             or all(p.dep_ == "dobj" for p in parts)) \
        or first.dep_ == "dobj" and first.text.lower() in REFLEXIVE_PRONOUNS


@rule("claims.circumstance-after-object", "claims", "'condemned the launch as the army fired "
      "three more': a clause of circumstance with its own subject tells when it was said, not "
      "what")
def _circumstance(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.text.lower() in CIRCUMSTANCE_WORDS for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


@rule("claims.concession-to-the-verb", "claims", "'denies backing the rebels, despite a report "
      "that found ...', ', in spite of', ', although ...': a concession made to the speech verb "
      "itself is the writer's answer to the statement, not part of it")
def _concession(clause: Token) -> bool:
    low = clause.text.lower()
    if clause.dep_ == "prep":
        return low in CONCESSIVE_PREPOSITIONS or low == "in" and any(
            c.dep_ == "pobj" and c.text.lower() == "spite" for c in clause.children)
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.text.lower() in CONCESSIVE_MARKS for c in clause.children)


def _object_end(verb: Token, first: Token) -> int:
    """A noun coordinated to the verb is a misparsed second object ('called on the government
    and the opposition to ...'); a verb starts a statement of its own."""
    end = verb.right_edge.i + 1
    for c in verb.children:
        if c.i > first.i and (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                              or c.dep_ == "advcl" and lexicon.speech_verb(c.text)
                              or _circumstance(c) or _concession(c)):
            end = min(end, c.left_edge.i, *(k.i for k in verb.children
                                            if k.dep_ == "cc" and first.i < k.i < c.i))
    return end


@rule("claims.object-content", "claims", "verbs like 'urge', 'call for', 'describe ... as' "
      "report the rest of their verb phrase (not a person addressed, an idiom or 'what it "
      "calls X')")
def object_content(verb: Token, base: str) -> tuple[int, int] | None:
    doc = verb.doc
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "was described as X by Y": the object is the passive subject
    if base == "describe" and not any(t.text.lower() == "as" for t in verb.subtree):
        return None  # "described the night": what was told about, not a statement
    parts = _object_parts(verb, base)
    if not parts or _no_statement(verb, base, parts):
        return None
    first = parts[0]
    start = first.left_edge.i
    if first.dep_ == "prep" and first.text.lower() != "as":
        start += 1
    end = _object_end(verb, first)
    if any(c.text.lower() in ("what", "which") for c in verb.children):
        return None  # "what it calls X", "which diplomats call X": a name, not a statement
    if _ANONYMITY.search(doc[start:end].text):
        return None  # "asking not to be named": a condition of the interview, not a statement
    end = channel_cut(doc, verb, start, end)
    end = cut_nested(doc, verb, start, end)
    return trim(doc, start, before_according(doc, start, end))
