"""The people a verb of harm names, and how many they are: one person by role or name, a
conjunct's own amount, an enumeration ("a farmer and his two sons", "his wife, two children and a
neighbour"), the companions of a victim ("along with her brother"). Used by ``victims``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefreader.extraction.casualties import cues, harm
from briefreader.extraction.casualties.attackers import police_killed
from briefreader.extraction.casualties.victim_words import (
    NAME_TYPES,
    NOT_PEOPLE,
    OTHER_ONE,
    PAIRS,
    PERPETRATORS,
    PERSON_ENDING,
    ROLES,
    WEAPONS,
)
from briefreader.extraction.nlp import doc_text
from briefreader.extraction.numbers import Amount, find_amounts
from briefreader.extraction.rules import applies, note, register, rule

if TYPE_CHECKING:
    from spacy.tokens import Token

@rule("casualties.one_person", "casualties",
      "a singular noun for a person or a person's name names one victim; a pronoun does not "
      "(it mostly refers to someone already counted, or to the attacker)")
def one_person(tok: Token) -> bool:
    low = tok.text.lower()
    if tok.ent_type_ == "PERSON" or tok.tag_ == "NNP" and tok.ent_type_ in NAME_TYPES \
            and tok.dep_ in ("dobj", "nsubjpass", "nsubj"):
        return True
    if tok.tag_ == "NNP":  # "shot Abel Moro, a retired notary": the name's apposition says
        return any(c.dep_ == "appos" and c.tag_ == "NN" and one_person(c) for c in tok.children)
    if low in OTHER_ONE and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True  # "two rangers were killed and another wounded", "a third was hurt"
    if tok.tag_ != "NN" or low in NOT_PEOPLE:
        return False
    if low in PERPETRATORS:
        return True  # "the suspect died": counted apart from the victims (attackers.py)
    if low == "head":  # "the head of the village", "the village head"; not "injured his head"
        return any(c.dep_ == "compound" or c.dep_ == "prep" and c.text.lower() == "of"
                   for c in tok.children)
    return (low in cues.SINGULAR_PERSON or low in ROLES
            or PERSON_ENDING.search(low) is not None or harm.killed_someone(tok))



# What may stand between two conjuncts of one enumeration ("a farmer and his two sons",
# "husband, wife and four children"); "20 people including 15 guards and five civilians" is
# a whole and its parts, not three conjuncts.
JOINER = re.compile(r"\s*(?:,|--|—|–)?\s*(?:(?:and|or|as well as|plus)\s+)?")


def conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    text = doc_text(tok.doc)
    for child in tok.children:
        if child.dep_ == "conj" and JOINER.fullmatch(
                text, _phrase_end(tok, child), child.left_edge.idx) is not None:
            out.extend(conjuncts(child))
    return out


@rule("casualties.conjunct_with_its_place", "casualties",
      "'eight people inside the bar and one person outside were shot' -> 9: a conjunct's own "
      "place or time phrase stands between it and the next", off=0)
def _with_phrase(tok: Token, child: Token) -> int:
    ends = [t.idx + len(t.text) for t in tok.subtree if t.i < child.left_edge.i
            and t.dep_ not in ("cc", "punct") and t.i > tok.i]
    if not ends or any(t.dep_ in ("appos", "relcl", "acl") for t in tok.children
                       if t.i < child.i):
        return 0
    return max(ends)


def _phrase_end(tok: Token, child: Token) -> int:
    """Where the first conjunct ends: its word, or its own phrase ('people inside the bar')."""
    own = tok.idx + len(tok.text)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return own
    return _with_phrase(tok, child) or own


@rule("casualties.companions", "casualties",
      "people harmed 'along with' or 'with' the victim of a passive verb or of dying are "
      "counted with them: 'the judge was killed along with her brother and two drivers' -> 4")
def companions(verb: Token) -> list[Token]:
    if verb.text.lower() not in harm.DYING \
            and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []  # "gunmen killed the farmer with machetes": the weapon
    for child in verb.children:
        if child.dep_ == "prep" and child.text.lower() == "with":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            people = conjuncts(objs[0]) if objs else []
            if people and all(_people_noun(p) for p in people):
                return people
    return []


def _people_noun(tok: Token) -> bool:
    low = tok.text.lower()
    if tok.tag_ != "NNS":
        return one_person(tok)
    return low not in WEAPONS and low not in cues.THINGS


def _own_amount(tok: Token, base: int, text: str) -> Amount | None:
    """The amount a conjunct states itself: 'his two sons', 'at least nine people', 'Seven'."""
    if tok.tag_ == "CD":
        numeral = tok
    else:
        numeral = next((c for c in tok.children if c.dep_ == "nummod"), None)
        if numeral is None:
            return None
    start, end = numeral.left_edge.idx - base, numeral.idx + len(numeral.text) - base
    found = find_amounts(text[start:end])
    if not found:
        return None
    a = found[-1]
    return Amount(start + a.start, start + a.end, a.count, a.count_high, a.qualifier, a.text)


def people_count(tok: Token, base: int, text: str, earlier: int | None = None
             ) -> tuple[int, tuple[int, int], str] | None:
    if nobody(tok):
        return None
    amount = _own_amount(tok, base, text)
    low = tok.text.lower()
    if amount is not None and (low in cues.THINGS or low in cues.NON_PERSON):
        return None  # "shot five missiles", "killed two days"
    if amount is not None:
        return amount.count, (amount.start, amount.end), amount.qualifier
    start = tok.idx - base
    if both(tok):
        return 2, (start, start + len(tok.text)), ""
    if low in PAIRS and applies("casualties.one_person"):
        return 2, (start, start + len(tok.text)), ""  # "an elderly couple"
    if one_person(tok):
        return 1, (start, start + len(tok.text)), ""
    if earlier and same_number(tok):
        return earlier, (start, start + len(tok.text)), ""
    return None


@rule("casualties.same_number", "casualties",
      "'killed seven villagers and wounded the same number': the count of the people harmed "
      "before it in the sentence")
def same_number(tok: Token) -> bool:
    return tok.text.lower() == "number" and any(
        c.text.lower() in ("equal", "same", "similar") for c in tok.children)



@rule("casualties.comma_list", "casualties",
      "a list the parser took for an apposition ('killed his mother, father, brother and "
      "sister') is an enumeration, unless it breaks down the count before it ('three people, "
      "two herders and a trader')")
def listed_on(head: Token, base: int, text: str, cue: Token | None = None) -> list[Token]:
    if head.ent_type_ == "PERSON":
        return []  # "Ana Lopes, a baker and choir singer": a description of one person
    closed = closed_by_verb(head, cue, base, text) if cue is not None else []
    if closed:
        return closed
    for child in head.children:
        if child.dep_ != "appos" or not any(c.dep_ == "conj" for c in child.children) \
                or JOINER.fullmatch(text, head.idx + len(head.text) - base,
                                    child.left_edge.idx - base) is None:
            continue
        listed = conjuncts(child)
        counted = [people_count(p, base, text) for p in listed]
        if any(c is None for c in counted):
            return []
        own = _own_amount(head, base, text)
        if own is not None and own.count == sum(c[0] for c in counted):
            return []  # a breakdown of the count, not more people
        return listed
    return []


@rule("casualties.list_closed_by_verb", "casualties",
      "'killed the cashier, a porter and wounded three others': a comma list of people the "
      "'and' of the next verb closes is an enumeration (the parser takes it for an apposition)")
def closed_by_verb(head: Token, cue: Token, base: int, text: str) -> list[Token]:
    listed: list[Token] = []
    last = head
    while True:
        nxt = next((c for c in last.children if c.dep_ == "appos"), None)
        if nxt is None or _LIST_GAP.fullmatch(text, last.idx + len(last.text) - base,
                                              nxt.left_edge.idx - base) is None:
            break
        items = conjuncts(nxt)  # "the ferryman, a cook, a deckhand and wounded ..."
        listed.extend(items)
        last = max(items, key=lambda t: t.i)
    if not listed or not _closed(last, cue) \
            or any(people_count(p, base, text) is None or _description(p) for p in listed):
        return []
    return listed


def _description(tok: Token) -> bool:
    """'the chief, a father of six, and ...': an indefinite noun with an 'of' phrase describes
    the person before it."""
    return any(c.dep_ == "det" and c.text.lower() in ("a", "an") for c in tok.children) \
        and any(c.dep_ == "prep" and c.text.lower() == "of" for c in tok.children)


_LIST_GAP = re.compile(r"\s*,\s*")


@rule("casualties.both", "casualties",
      "'killing them both', 'shooting and killing both': two people")
def both(tok: Token) -> bool:
    low = tok.text.lower()
    if low == "both":
        return tok.dep_ in ("dobj", "nsubjpass", "nsubj")
    return low == "them" and any(c.text.lower() == "both" for c in tok.children)


@rule("casualties.objects_apart", "casualties",
      "'killing his boss, four clerks and wounded a fifth', 'killed his cousin and two of her "
      "friends and injured three': objects the parser hung apart on the verb are one enumeration")
def objects_apart(head: Token, cue: Token, base: int, text: str) -> list[Token]:
    out: list[Token] = []
    last = head
    for child in cue.children:
        if child.i <= head.i:
            continue
        if not (child.dep_ == "dobj" == head.dep_ or _subjects_apart(child, head)
                or child.dep_ == "conj" and child.tag_ in ("CD", "NN", "NNS")):
            continue
        if any(g.tag_ in ("VBN", "VBD", "VBG") or g.dep_ == "prep" and g.lower_ == "of"
               and any(o.lower_ in ("them", "whom") for o in g.children)
               for g in child.children):
            break  # "and displaced millions" (its own verb), "four of them" (a part)
        edge = last.right_edge
        if JOINER.fullmatch(text, edge.idx + len(edge.text) - base,
                            child.left_edge.idx - base) is None \
                or people_count(child, base, text) is None:
            break
        more = [c for c in conjuncts(child) if people_count(c, base, text) is not None]
        out.extend(more)  # "..., his cousin and her husband"
        if child.dep_ != "dobj" and child.dep_ == head.dep_:
            note("casualties.subjects_apart")
        last = max(more, key=lambda t: t.i)
    return out


register("casualties.subjects_apart", "casualties",
         "'a man, his wife and their three children were killed' -> 5: subjects the parser "
         "hung apart on the verb are one enumeration, as objects are")


def _subjects_apart(child: Token, head: Token) -> bool:
    """A list closed by 'and' ('a man, his wife and ...'); a lone second subject is an apposition"""
    return child.dep_ == head.dep_ in ("nsubjpass", "nsubj") and child.pos_ != "PROPN" \
        and any(c.dep_ == "conj" for c in child.children) \
        and applies("casualties.subjects_apart")


def _closed(last: Token, cue: Token) -> bool:
    """Whether the next verb's 'and' follows the list: '... four clerks and wounded a fifth'."""
    doc, after = last.doc, last.right_edge.i + 1
    while after < len(doc) and (doc[after].text in (",", "and") or doc[after].tag_ == "RB"):
        after += 1  # "... and seriously wounded a seventh"
    verb = doc[after] if after < len(doc) else None
    return verb is not None and "and" in {t.text for t in doc[last.right_edge.i + 1:after]} \
        and verb.dep_ == "conj" \
        and verb.tag_.startswith("VB") and (verb.head.i == cue.i or verb.head.is_ancestor(cue))


@rule("casualties.pronoun_antecedent", "casualties",
      "'asked for the manager, and shot and killed her': a pronoun harmed whose person is "
      "named earlier in the sentence and not counted yet is one victim")
def antecedent(pronoun: Token, counted: set[int]) -> Token | None:
    if pronoun.lower_ not in ("him", "her") or pronoun.dep_ != "dobj":
        return None
    verb = pronoun.head
    if police_killed(pronoun, verb):
        return None  # the attacker (attackers.py)
    for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if tok.i in counted:
            return None  # the nearest person is already counted: the pronoun is them
        if tok.tag_ == "NN" and tok.lower_ not in PERPETRATORS and one_person(tok):
            return tok
    return None


@rule("casualties.no_one", "casualties",
      "'no one was killed', 'not one guard was hurt': nobody harmed is no figure")
def nobody(tok: Token) -> bool:
    if tok.lower_ in ("nobody", "none", "noone"):
        return True
    return any(c.dep_ in ("det", "neg", "advmod") and c.lower_ in ("no", "not")
               for c in tok.children)
