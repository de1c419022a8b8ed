"""Victims counted from the people a verb of harm governs, not from the nearest number.

"a bus driver was shot dead" is a figure of 1; "a farmer and his two sons were killed" of 3;
"killed the pilot and a mechanic" of 2; "nine members of a team were killed" of 9 whatever the
"of" phrase says. Each conjunct counts its own amount, or 1 when it names one person. Armed people
in an enumeration ("twelve villagers and a soldier") are counted apart from the others, so a panel
reader sees both totals. Figures found this way replace the figures of their parts, and the verb
decides their category ("three evacuated patients were shot dead": killed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from briefreader.extraction.casualties import harm, outcomes
from briefreader.extraction.casualties.people import (
    antecedent,
    both,
    companions,
    conjuncts,
    listed_on,
    objects_apart,
    people_count,
)
from briefreader.extraction.casualties.phrases import Head, Sentence
from briefreader.extraction.casualties.victim_words import ARMED, PERPETRATORS
from briefreader.extraction.nlp import span_tokens
from briefreader.extraction.numbers import Amount
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



def _groups(people: list[Token]) -> list[list[Token]]:
    """The conjuncts in one group, or the unarmed and the armed apart."""
    if len(people) < 2 or not applies("casualties.armed_apart"):
        return [people]
    attackers = [p for p in people if p.text.lower() in PERPETRATORS]
    armed = [p for p in people if p.text.lower() in ARMED and p not in attackers]
    others = [p for p in people if p not in armed and p not in attackers]
    groups = [g for g in (others, armed, attackers) if g]
    if len(groups) > 1:
        note("casualties.armed_apart")
    return groups


register("casualties.armed_apart", "casualties",
         "in an enumeration of victims the armed (soldiers, police, fighters) and the attackers "
         "are counted apart from the others: 'twelve villagers and a soldier were killed' -> 12 "
         "and 1")
register("casualties.enumeration", "casualties",
         "an enumeration of victims is counted: 'a farmer and his two sons were killed' -> 3, "
         "'killed the pilot and a mechanic' -> 2")



def _victims(head: Token, category: str, cue: Token, base: int, text: str,
             earlier: int | None = None) -> Iterator[Victims]:
    # "killed himself and two guards": the attacker is not among the victims
    people = [p for p in conjuncts(head) if p.tag_ != "PRP" or both(p)]
    if people and cue.tag_.startswith("VB"):
        people.extend(companions(cue) or ())
        people.extend(listed_on(head, base, text, cue) or ())
        people.extend(objects_apart(people[-1], cue, base, text) or ())
    elif people and cue.pos_ == "NOUN":  # "the bodies of six men, a woman and ..." hung apart
        people.extend(objects_apart(people[-1], cue, base, text) or ())
    if not people:
        return
    if len(people) > 1 and not applies("casualties.enumeration"):
        people = people[:1]
    cue_start = cue.idx - base
    for group in _groups(people):
        counted = [people_count(p, base, text, earlier) for p in group]
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
    for tok in span_tokens(span):
        category = harm.verb_category(tok)
        victim = harm.verb_victim(tok) if category else None
        if category is not None:
            category = harm.either_harm(tok, category) or _outcome(tok, category, sentence)
        if category is None and tok.text.lower() in harm.NOUNS and tok.pos_ == "NOUN":
            category, victim = harm.NOUNS[tok.text.lower()], harm.noun_victim(tok)
        if category is None or victim is None or not span.start <= victim.i < span.end:
            continue
        known = harmed.get(victim.i)
        if known is not None:
            category = harm.more_severe(known[1], category)
        harmed[victim.i] = (victim, category, tok if known is None else known[2])
    out: list[Victims] = []
    counted = {t.i for v, _, _ in harmed.values() for t in conjuncts(v)}
    # "both" last: "shot a clerk and a guard, killing both" counts the two once
    ordered = sorted(harmed.values(), key=lambda h: bool(both(h[0])) and h[0].tag_ != "PRP")
    for victim, category, cue in ordered:
        if both(victim) and victim.tag_ != "PRP" \
                and any(v.start < victim.idx - base for v in out):
            continue
        if antecedent(victim, counted) is not None:  # "... the manager, and shot her dead"
            start = victim.idx - base
            out.append(Victims(1, category, start, start + len(victim.text), cue.idx - base,
                               cue.idx - base + len(cue.text), ((start, start + 1),), "",
                               victim.text))
            continue
        earlier = out[-1].count if out else None
        for group in _victims(victim, category, cue, base, sentence.text, earlier):
            out.append(group)
            if category == "affected" and cue.text.lower() in harm.WOUNDING:
                out.extend(_fatal_part(group, sentence.text))
    return out


def _outcome(verb: Token, category: str, sentence: Sentence) -> str:
    """'shot three, killing them' -> killed; 'shot four, killing two' -> affected."""
    if category != "wounded" or verb.text.lower() not in harm.WOUNDING:
        return category
    if outcomes.killing_them(verb):
        return "killed"
    victim = harm.verb_victim(verb)
    end = victim.idx + len(victim.text) - sentence.span.start_char \
        if victim is not None and sentence.span is not None else len(sentence.text)
    return "affected" if outcomes.some_killed(verb, sentence.text, end) else category


def _fatal_part(shot: Victims, text: str) -> Iterator[Victims]:
    """'shot eleven people, four of them fatally': the four are a figure of the killed."""
    part = outcomes.fatal_part(text, shot.end)
    if part is not None:
        yield Victims(part.count, "killed", part.start, part.end, part.cue_start, part.cue_end,
                      ((part.start, part.end),), "", shot.subject)


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
      "an attacker wounded ('the gunman was shot in the leg') is no victim; an attacker killed "
      "('one of the robbers was killed') stays a figure of its own, as every person killed does")
def perpetrators(word: str, count: int, category: str) -> bool:
    if count != 1 or category != "wounded":
        return False
    return word in PERPETRATORS or word[:-1] in PERPETRATORS or word == "gunmen"
