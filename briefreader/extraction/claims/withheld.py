"""Speech that states nothing here: withheld ("The ministry did not say how many were
civilians"), or named only as a thing ("Everything the mayor says is a lie", "the figure the
agency reported", "finds it difficult to ..."). The words around it are the writer's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction import lexicon
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


_THING_VERBS = frozenset(("say", "claim", "report", "tell", "write"))


@rule("claims.said-as-a-thing", "claims", "'Everything the mayor says is a lie', 'finds it "
      "hard to ...': what is said named as a thing, or 'find it' + adjective, states nothing")
def said_of_a_thing(verb: Token) -> bool:
    base = lexicon.speech_verb(verb.text)
    head = verb.head
    if verb.dep_ == "relcl" and base in _THING_VERBS and head.pos_ in ("NOUN", "PRON") \
            and head.i < verb.i and head.dep_ in ("ROOT", "nsubj", "nsubjpass") and not any(
            c.dep_ in ("dobj", "xcomp") or c.dep_ == "ccomp" and _has_subject(c)
            for c in verb.children):
        return True  # the subject it modifies is what was said: "Everything X says is ..."
    return base == "find" and any(c.text.lower() == "it" and c.i == verb.i + 1
                                  and c.dep_ in ("dobj", "nsubj") for c in verb.subtree)


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
