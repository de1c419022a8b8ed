"""The attacker's own death: a figure of one, apart from the victims.

"He killed four people before killing himself", "the gunman committed suicide", "she took her own
life", "police fired at the gunman, killing him": a person killed, so a figure of 1 (the
guidelines count every person killed), kept apart from the victims' figures so that a reader, or
a coder who counts attackers too, can add it to them or leave it out. Only a stated death counts:
"shot himself" and "turned the gun on himself" do not say he died.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefreader.extraction.casualties import harm
from briefreader.extraction.casualties.victim_words import LAW_ENFORCEMENT, PERPETRATORS
from briefreader.extraction.nlp import span_tokens
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

REFLEXIVE = frozenset({"himself", "herself"})
OBJECT_PRONOUNS = frozenset({"him", "her"})
SUBJECT_PRONOUNS = frozenset({"he", "she"})
TURN = frozenset("turn turns turned turning".split())
GUNS = frozenset("gun guns weapon rifle pistol handgun shotgun firearm".split())
COMMIT = frozenset("commit commits committed committing".split())  # the model has no lemmas
TAKE = frozenset("take takes took taken taking".split())


@dataclass(frozen=True)
class AttackerDeath:
    start: int  # the word for who died ("himself", "him", "suicide"), relative to the sentence
    end: int
    verb_start: int  # the verb that states the death
    verb_end: int
    subject_start: int  # who died: the attacker's noun, or the pronoun that stands for them
    subject_end: int
    rule: str  # the named rule that found it


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the clause a verb belongs to: 'the gunman wounded five before killing
    himself' -> gunman."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("pcomp", "advcl", "conj", "xcomp", "prep") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


@rule("casualties.killed_self", "casualties",
      "'killed four people before killing himself', 'killed her husband and then herself': "
      "the attacker's death is a figure of 1 apart from the victims")
def killed_self(tok: Token) -> Token | None:
    """The verb of killing a reflexive pronoun is the object of, or None."""
    if tok.text.lower() not in REFLEXIVE:
        return None
    verb = tok.head
    if tok.dep_ == "conj" and verb.dep_ == "dobj":
        verb = verb.head  # "killed her husband and then herself"
    elif tok.dep_ in ("conj", "npadvmod", "advmod", "appos") and verb.tag_.startswith("VB"):
        pass  # the parser may hang the reflexive on the verb itself: "..., then himself"
    elif tok.dep_ != "dobj":
        return None
    return verb if harm.verb_category(verb) == "killed" else None


@rule("casualties.suicide", "casualties",
      "'committed suicide', 'took his own life': the attacker's death is a figure of 1")
def suicide(tok: Token) -> Token | None:
    """The verb of 'committed suicide' or 'took his (own) life', or None."""
    low, verb = tok.text.lower(), tok.head
    if tok.dep_ != "dobj":
        return None
    if low == "suicide" and verb.text.lower() in COMMIT:
        return verb
    if low == "life" and verb.text.lower() in TAKE \
            and any(c.dep_ == "poss" and c.text.lower() in ("his", "her") for c in tok.children):
        return verb
    return None


def _law_enforcement(tok: Token) -> bool:
    return tok.text.lower() in LAW_ENFORCEMENT


@rule("casualties.turned_gun_on_self", "casualties",
      "'turned the gun on himself', the idiom for a suicide: the attacker's death is a figure "
      "of 1")
def turned_gun_on_self(tok: Token) -> Token | None:
    """The verb of 'turned the gun on himself', or None."""
    prep = tok.head
    if tok.text.lower() not in REFLEXIVE or tok.dep_ != "pobj" or prep.text.lower() != "on":
        return None
    verb = prep.head
    if verb.text.lower() in TURN and any(c.dep_ == "dobj" and c.text.lower() in GUNS
                                          for c in verb.children):
        return verb
    return None


def _kills(verb: Token) -> bool:
    """'killed', or 'shot and killed'."""
    return harm.verb_category(verb) == "killed" or any(
        c.dep_ == "conj" and harm.verb_category(c) == "killed" for c in verb.children)


def _subjectless_passive(tok: Token) -> bool:
    """'before being killed by police': a passive whose subject is the clause's."""
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.text.lower() == "being"
                                     for c in tok.children) \
        and not any(c.dep_ in ("nsubjpass", "nsubj") for c in tok.children)


@rule("casualties.killed_by_police", "casualties",
      "'police fired at the gunman, killing him', 'he was killed in a shoot-out with police', "
      "'before being shot dead by officers': one person the police killed, named by a pronoun "
      "or by no word, is the attacker")
def killed_by_police(tok: Token) -> Token | None:
    """The verb that killed the person a pronoun stands for, when the police did it."""
    low, verb = tok.text.lower(), tok.head
    if _subjectless_passive(tok):
        low, verb = "he", tok  # the verb itself: its subject is the clause's, the attacker
    elif not (low in OBJECT_PRONOUNS and tok.dep_ == "dobj"
              or low in SUBJECT_PRONOUNS and tok.dep_ == "nsubjpass"):
        return None
    return verb if police_killed(tok, verb) else None


def police_killed(tok: Token, verb: Token) -> bool:
    """Whether the police killed the person ``tok`` (the verb's object, passive subject, or the
    verb itself when it has no subject) stands for."""
    if not _kills(verb):
        return False
    if tok.dep_ == "dobj":
        subject = _clause_subject(verb)
        return subject is not None and _law_enforcement(subject)
    # "was shot dead by officers", "killed in a shoot-out with police"
    return any(_law_enforcement(t) for t in verb.subtree if t.i > verb.i)


def attacker_deaths(span: Span) -> Iterator[AttackerDeath]:
    """The attacker's deaths a parsed sentence states."""
    base = span.start_char
    for tok in span_tokens(span):
        if tok.lower_ not in _TRIGGERS and not _after_being(tok):
            continue  # most words: a cheap test before the named rules
        verb, name = next(((v, n) for find, n in _FINDERS if (v := find(tok)) is not None),
                          (None, ""))
        if verb is None:
            continue
        subject = tok
        if verb is tok or tok.text.lower() in REFLEXIVE or tok.dep_ == "dobj":
            own = _clause_subject(verb)  # "the gunman killed himself", "... committed suicide"
            if name in OWN_DEATH and not the_attacker(own, span, verb):
                continue
            if own is not None and own.tag_ in ("NN", "NNP") and tok.text.lower() != "him":
                subject = own
        yield AttackerDeath(tok.idx - base, tok.idx + len(tok.text) - base, verb.idx - base,
                            verb.idx + len(verb.text) - base, subject.idx - base,
                            subject.idx + len(subject.text) - base, name)


@rule("casualties.own_death_of_the_attacker", "casualties",
      "a death by one's own hand is the attacker's when he is named as one ('the gunman', "
      "'he') or harmed others in the same sentence; not 'a veteran commits suicide' or 'a man "
      "who committed suicide in 2015'", off=True)
def the_attacker(subject: Token | None, span: Span, verb: Token) -> bool:
    if subject is None and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True  # "Then killed himself.": the story's subject, the attacker
    low = subject.lower_ if subject is not None else ""  # not "the urge to commit suicide"
    if low in SUBJECT_PRONOUNS or low in PERPETRATORS or low[:-1] in PERPETRATORS:
        return True
    # otherwise ("a man who committed suicide", "a veteran commits suicide") only beside an
    # attack in the same sentence
    return any(harm.verb_category(t) in ("killed", "wounded")
               and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in REFLEXIVE
                       for c in t.children) for t in span)


def _after_being(tok: Token) -> bool:
    """'being (fatally) shot': the only passive without its own subject the finders read."""
    if tok.tag_ != "VBN":
        return False
    doc = tok.doc
    return any(doc[i].lower_ == "being" for i in range(max(0, tok.i - 3), tok.i))


_TRIGGERS = REFLEXIVE | OBJECT_PRONOUNS | SUBJECT_PRONOUNS | {"suicide", "life"}
_FINDERS = ((killed_self, "casualties.killed_self"), (suicide, "casualties.suicide"),
            (turned_gun_on_self, "casualties.turned_gun_on_self"),
            (killed_by_police, "casualties.killed_by_police"))


OWN_DEATH = frozenset({"casualties.killed_self", "casualties.suicide",
                       "casualties.turned_gun_on_self"})


@rule("casualties.attacker_once", "casualties",
      "the attacker's own death told twice ('before taking his own life ... he ended up "
      "committing suicide') is one figure: the first")
def told_again(rules: tuple[str, ...], seen: list[str]) -> bool:
    if not OWN_DEATH.intersection(rules):
        return False
    if seen:
        return True
    seen.append(rules[0])
    return False


ATTACKER_RULES = OWN_DEATH | {"casualties.killed_by_police"}


@rule("casualties.attacker_not_the_toll", "casualties",
      "the attacker's own death is one person of the event, not its toll: its scope is "
      "partial, so it disagrees with no other source's toll")
def attacker_figure(rules: tuple[str, ...], subject: str | None) -> bool:
    if ATTACKER_RULES.intersection(rules):
        return True
    words = (subject or "").lower().split()
    # "the gunman was shot dead", "one of the robbers was killed"
    return bool(words) and (words[-1] in PERPETRATORS or words[-1][:-1] in PERPETRATORS)


@rule("casualties.own_death_needs_an_attack", "casualties",
      "a death by one's own hand counts as an attacker's only in a text that counts victims "
      "('killed four before killing himself'); 'his brother took his own life in 2009' alone "
      "is no figure")
def victims_counted(categories_and_rules: list[tuple[str, tuple[str, ...]]]) -> bool:
    return any(category in ("killed", "wounded", "affected") and not OWN_DEATH.intersection(rules)
               for category, rules in categories_and_rules)
