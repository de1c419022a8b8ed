"""Victims counted from the people a verb of harm governs, not from the nearest number.

"a bus driver was shot dead" is a figure of 1; "a farmer and his two sons were killed" of 3;
"killed the pilot and a mechanic" of 2; "nine members of a team were killed" of 9 whatever the
"of" phrase says. Each conjunct counts its own amount, or 1 when it names one person. Armed people
in an enumeration ("twelve villagers and a soldier") are counted apart from the others, so a panel
reader sees both totals. Figures found this way replace the figures of their parts, and the verb
decides their category ("three evacuated patients were shot dead": killed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from briefreader.extraction.casualties import cues, harm
from briefreader.extraction.casualties.phrases import Head, Sentence
from briefreader.extraction.casualties.victim_words import (
    ARMED,
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

register("casualties.victims_of_verb", "casualties",
         "the people a verb of harm governs are a figure: their amount, or 1 for one person "
         "named by role or name ('a bus driver was shot dead', 'the mayor died')")
register("casualties.verb_decides", "casualties",
         "the verb decides the category of the people it governs, not a nearer cue word "
         "('three evacuated patients were shot dead': killed)")

class _Categorised(Protocol):
    category: str


F = TypeVar("F", bound=_Categorised)


@dataclass(frozen=True)
class Victims:
    count: int
    category: str
    start: int  # the people named, relative to the sentence
    end: int
    cue_start: int  # the verb or noun of harm
    cue_end: int
    own: tuple[tuple[int, int], ...]  # each conjunct's own amount (or head word)
    qualifier: str
    subject: str


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
    if tok.tag_ != "NN" or low in NOT_PEOPLE or low in PERPETRATORS:
        return False
    if low == "head":  # "the head of the village", "the village head"; not "injured his head"
        return any(c.dep_ == "compound" or c.dep_ == "prep" and c.text.lower() == "of"
                   for c in tok.children)
    return (low in cues.SINGULAR_PERSON or low in ROLES
            or PERSON_ENDING.search(low) is not None or harm.killed_someone(tok))



# What may stand between two conjuncts of one enumeration ("a farmer and his two sons",
# "husband, wife and four children"); "20 people including 15 guards and five civilians" is
# a whole and its parts, not three conjuncts.
JOINER = re.compile(r"\s*(?:,|--|—|–)?\s*(?:(?:and|or|as well as|plus)\s+)?")


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    text = doc_text(tok.doc)
    for child in tok.children:
        if child.dep_ == "conj" and JOINER.fullmatch(
                text, tok.idx + len(tok.text), child.left_edge.idx) is not None:
            out.extend(_conjuncts(child))
    return out


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
            people = _conjuncts(objs[0]) if objs else []
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


def _counted(tok: Token, base: int, text: str, earlier: int | None = None
             ) -> tuple[int, tuple[int, int], str] | None:
    amount = _own_amount(tok, base, text)
    low = tok.text.lower()
    if amount is not None and (low in cues.THINGS or low in cues.NON_PERSON):
        return None  # "shot five missiles", "killed two days"
    if amount is not None:
        return amount.count, (amount.start, amount.end), amount.qualifier
    start = tok.idx - base
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


def _groups(people: list[Token]) -> list[list[Token]]:
    """The conjuncts in one group, or the unarmed and the armed apart."""
    if len(people) < 2 or not applies("casualties.armed_apart"):
        return [people]
    armed = [p for p in people if p.text.lower() in ARMED]
    unarmed = [p for p in people if p.text.lower() not in ARMED]
    if armed and unarmed:
        note("casualties.armed_apart")
        return [unarmed, armed]
    return [people]


register("casualties.armed_apart", "casualties",
         "in an enumeration of victims the armed (soldiers, police, fighters) are counted apart "
         "from the others: 'twelve villagers and a soldier were killed' -> 12 and 1")
register("casualties.enumeration", "casualties",
         "an enumeration of victims is counted: 'a farmer and his two sons were killed' -> 3, "
         "'killed the pilot and a mechanic' -> 2")


@rule("casualties.comma_list", "casualties",
      "a list the parser took for an apposition ('killed his mother, father, brother and "
      "sister') is an enumeration, unless it breaks down the count before it ('three people, "
      "two herders and a trader')")
def listed_on(head: Token, base: int, text: str) -> list[Token]:
    if head.ent_type_ == "PERSON":
        return []  # "Ana Lopes, a baker and choir singer": a description of one person
    for child in head.children:
        if child.dep_ != "appos" or not any(c.dep_ == "conj" for c in child.children) \
                or JOINER.fullmatch(text, head.idx + len(head.text) - base,
                                    child.left_edge.idx - base) is None:
            continue
        listed = _conjuncts(child)
        counted = [_counted(p, base, text) for p in listed]
        if any(c is None for c in counted):
            return []
        own = _own_amount(head, base, text)
        if own is not None and own.count == sum(c[0] for c in counted):
            return []  # a breakdown of the count, not more people
        return listed
    return []


def _victims(head: Token, category: str, cue: Token, base: int, text: str,
             earlier: int | None = None) -> Iterator[Victims]:
    # "killed himself and two guards": the attacker is not among the victims
    people = [p for p in _conjuncts(head) if p.tag_ != "PRP"]
    if people and cue.tag_.startswith("VB"):
        people.extend(companions(cue) or ())
        people.extend(listed_on(head, base, text) or ())
    if not people:
        return
    if len(people) > 1 and not applies("casualties.enumeration"):
        people = people[:1]
    cue_start = cue.idx - base
    for group in _groups(people):
        counted = [_counted(p, base, text, earlier) for p in group]
        if any(c is None for c in counted):
            continue  # "a farmer and his sons": the sons are not counted, nor is the total
        if len(counted) > 2 and counted[0][0] == sum(c[0] for c in counted[1:]):
            group, counted = group[:1], counted[:1]  # "three people, two herders and a trader"
        start = min(p.left_edge.idx for p in group) - base
        end = max(p.idx + len(p.text) for p in group) - base
        yield Victims(sum(c[0] for c in counted), category, start, end, cue_start,
                      cue_start + len(cue.text), tuple(c[1] for c in counted),
                      counted[0][2], text[group[0].idx - base:group[0].idx - base
                                          + len(group[0].text)])


def victims_in(sentence: Sentence) -> list[Victims]:
    """The people harmed in a parsed sentence, one entry per group of people, the worst harm."""
    span = sentence.span
    if span is None or not applies("casualties.victims_of_verb"):
        return []
    base = span.start_char
    harmed: dict[int, tuple[Token, str, Token]] = {}  # victim head -> (victim, category, cue)
    for tok in span:
        category = harm.verb_category(tok)
        victim = harm.verb_victim(tok) if category else None
        if category is not None:
            category = harm.either_harm(tok, category) or category
        if category is None and tok.text.lower() in harm.NOUNS and tok.pos_ == "NOUN":
            category, victim = harm.NOUNS[tok.text.lower()], harm.noun_victim(tok)
        if category is None or victim is None or not span.start <= victim.i < span.end:
            continue
        known = harmed.get(victim.i)
        if known is not None:
            category = harm.more_severe(known[1], category)
        harmed[victim.i] = (victim, category, tok if known is None else known[2])
    out: list[Victims] = []
    for victim, category, cue in harmed.values():
        earlier = out[-1].count if out else None
        out.extend(_victims(victim, category, cue, base, sentence.text, earlier))
    return out


def _overlaps(a: Amount, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(s < a.end and a.start < e for s, e in spans)


def merge_victims(sentence: Sentence, found: list[tuple[Amount, Head, F]],
                  make: Callable[[str, int, int], F]) -> list[tuple[Amount, Head, F]]:
    """Add the victims of the sentence to the figures found by cue words: an enumeration
    replaces the figures of its parts; one group of people adds a figure when no figure counts
    it yet, or replaces it when the verb gives another category."""
    for v in victims_in(sentence):
        parts = [f for f in found if _overlaps(f[0], v.own)]
        if len(v.own) == 1 and parts:
            if all(f[2].category == v.category for f in parts) \
                    or not applies("casualties.verb_decides"):
                continue
            note("casualties.verb_decides")
        elif len(v.own) > 1:
            note("casualties.enumeration")
        note("casualties.victims_of_verb")
        found = [f for f in found if not _overlaps(f[0], v.own)]
        amount = Amount(v.start, v.end, v.count, None, v.qualifier,
                        sentence.text[v.start:v.end])
        head = Head("person", v.subject.lower(), v.start, v.end)
        found.append((amount, head, make(v.category, v.cue_start, v.cue_end)))
    return [f for f in found if not perpetrators(f[1].word, f[0].count, f[2].category)]


@rule("casualties.perpetrators", "casualties",
      "an attacker killed or wounded ('one of the robbers was killed', 'the gunman was shot "
      "dead') is not counted among the victims; a count of 'suspects' killed may be victims")
def perpetrators(word: str, count: int, category: str) -> bool:
    if count != 1 or category not in ("killed", "wounded"):
        return False
    return word in PERPETRATORS or word[:-1] in PERPETRATORS or word == "gunmen"
