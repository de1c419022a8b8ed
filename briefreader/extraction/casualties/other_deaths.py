"""Deaths told by verbs that are not verbs of killing: "a woman and her two children drowned"
(the subject of "drowned" with no object died, as with "died"), "we buried twelve people"
(people who bury people state their deaths); and the people "among those killed". Used by
``harm``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction.casualties import cues
from briefreader.extraction.casualties.victim_words import NOT_PEOPLE, PERSON_ENDING, ROLES
from briefreader.extraction.lexicon.people import SINGULAR_PERSON
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

DROWNING = frozenset("drown drowns drowned drowning".split())


@rule("casualties.drowned_subject", "casualties",
      "'a woman and her two children drowned': the subject of 'drowned' with no object is "
      "who died, as with 'died'; 'the flood drowned 20 people' names them as its object")
def drowned_themselves(verb: Token) -> bool:
    return verb.text.lower() in DROWNING and not any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass", "prt") for c in verb.children)


BURYING = frozenset("bury buries buried burying".split())


@rule("casualties.buried_the_dead", "casualties",
      "people who bury people state their deaths: 'we buried twelve people', 'villagers "
      "buried 14 of the dead'; 'were buried under rubble', 'buried alive' and a landslide "
      "that buried a village are no deaths")
def buried_the_dead(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") or c.lower_ == "alive" for c in verb.children):
        return False  # "were buried under the rubble": trapped, maybe alive
    buried = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if buried is None or any(c.lower_ == "alive" for c in buried.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "villagers gathered and buried ..."
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and _someone(subject) and _people(buried)


def _someone(tok: Token) -> bool:
    """A person or people, not a landslide or the rubble: who can bury the dead."""
    low = tok.lower_
    if tok.tag_ == "PRP":
        return low != "it"
    one = low[:-1] if tok.tag_ == "NNS" and low.endswith("s") else low  # "cousins", "mourners"
    if tok.tag_ == "NNS" and PERSON_ENDING.search(one) and one not in NOT_PEOPLE:
        return True
    return tok.ent_type_ in ("PERSON", "NORP") or low in cues.PERSON_NOUNS \
        or one in SINGULAR_PERSON or one in ROLES or cues.PERSON_SUFFIX.search(low) is not None


def _people(tok: Token) -> bool:
    """'twelve people', 'nine of my neighbours', 'her son': people, not the weapons buried."""
    if tok.tag_ == "CD":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        tok = next((c for c in of.children if c.dep_ == "pobj"), tok) if of is not None else tok
    return tok.tag_ != "CD" and _someone(tok)


@rule("casualties.among_those_harmed", "casualties",
      "'a mother and her four children were among those killed' -> 5: the subject of 'were "
      "among those killed / wounded' are the people harmed")
def among_those(verb: Token) -> Token | None:
    those = verb.head
    if those.dep_ != "pobj" or those.head.lower_ != "among":
        return None
    return next((c for c in those.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
