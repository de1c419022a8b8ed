"""What became of the people a shooting or stabbing harmed, when the sentence says it after them.

"shot" alone wounds (guidelines: "six people were shot" counts the wounded). A clause after the
people may say more: "shot three neighbours, killing them" (all three died), "shot eleven people,
four of them fatally" and "shot four people, killing two" (some died: the eleven and the four
join two categories, so they are `affected`, and the dead are a figure of their own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefreader.extraction.casualties import harm
from briefreader.extraction.numbers import find_amounts
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

# the people already named: "killing them", "killing them all", "killing him"
ANAPHORA = frozenset({"him", "her", "them", "both"})
# ", four of them fatally", ", three fatally": the part that died, right after the people
_FATAL_PART = re.compile(r"(?P<between>[^.;:!?]{0,60}?),\s*(?P<part>(?:[\w-]+\s+){0,2}?[\w-]+)"
                         r"(?:\s+of\s+them)?\s+(?:fatally|mortally)\b", re.I)


@dataclass(frozen=True)
class FatalPart:
    count: int
    start: int  # the part's amount, relative to the text searched
    end: int
    cue_start: int  # "fatally"
    cue_end: int


def _killing_clause(verb: Token) -> Token | None:
    """'shot three people, killing ...': the participle of killing hung on the verb."""
    for child in verb.children:
        if child.dep_ in ("advcl", "conj", "xcomp") and child.i > verb.i \
                and harm.VERBS.get(child.text.lower()) == "killed":
            return child
    return None


@rule("casualties.killing_them", "casualties",
      "'shot three neighbours, killing them', 'shot a clerk and a guard, killing both': the "
      "people a shooting harmed all died")
def killing_them(verb: Token) -> bool:
    clause = _killing_clause(verb)
    if clause is None:
        return False
    return any(c.dep_ == "dobj" and c.text.lower() in ANAPHORA for c in clause.children)


@rule("casualties.some_killed", "casualties",
      "'shot four people, killing two', 'shot eleven, four of them fatally': the people shot "
      "join the killed and the wounded, so they are affected")
def some_killed(verb: Token, text: str, victims_end: int) -> bool:
    clause = _killing_clause(verb)
    if clause is not None and any(c.dep_ == "dobj" and (c.tag_ == "CD" or any(
            g.dep_ == "nummod" for g in c.children)) for c in clause.children):
        return True
    return fatal_part(text, victims_end) is not None


def fatal_part(text: str, victims_end: int) -> FatalPart | None:
    """', four of them fatally' right after the people shot: the part that died."""
    m = _FATAL_PART.match(text, victims_end)
    if m is None:
        return None
    amounts = find_amounts(m.group("part"))
    if len(amounts) != 1 or amounts[0].end != len(m.group("part")):
        return None
    base = m.start("part")
    cue = m.end() - len(m.group().split()[-1])
    return FatalPart(amounts[0].count, base + amounts[0].start, base + amounts[0].end,
                     cue, m.end())
