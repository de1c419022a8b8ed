"""What a verb or noun of harm did to the people it governs, read from the dependency parse.

"a bus driver was shot dead", "gunmen killed the pilot and a mechanic", "the mayor died", "police
arrested a teacher", "the killing of a shopkeeper": the people harmed are the passive subject,
the object, the subject of a verb of dying, or the "of" phrase of a noun of harm. The verb decides
the category ("shot" alone wounds; "shot dead", "shot to death", "fatally shot", "shot and
killed" kill). General English news vocabulary, written for this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.extraction.casualties import other_deaths
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

_KILLED = """kill kills killed killing murder murders murdered murdering slay slays slew slain
slaying assassinate assassinates assassinated assassinating behead beheads beheaded beheading
decapitate decapitated decapitating execute executes executed executing lynch lynched lynching
massacre massacred massacring strangle strangled strangling drown drowned drowning""".split()
_WOUNDED = """wound wounds wounded wounding injure injures injured injuring maim maimed maiming
hurt""".split()
_DETAINED = """arrest arrests arrested arresting detain detains detained detaining abduct abducts
abducted abducting kidnap kidnaps kidnapped kidnapping""".split()
VERBS: dict[str, str] = ({w: "killed" for w in _KILLED} | {w: "wounded" for w in _WOUNDED}
                         | {w: "detained" for w in _DETAINED})
# Verbs that wound unless a death is stated: "six people were shot" is a count of the wounded.
WOUNDING = frozenset("shot shoot shoots shooting stabbed stab stabs stabbing".split())
# Verbs that harm only with a complement of death: "beaten to death", "gunned down".
DEADLY_WITH = frozenset("""gunned gun guns gunning mowed hacked hack hacking beaten beat beating
burned burnt burning clubbed stoned bludgeoned hanged""".split()) | WOUNDING
# Verbs whose subject suffered the wounds they take as object.
SUFFERING = frozenset("suffer suffers suffered suffering sustain sustains sustained sustaining "
                      "received receive receives".split())
WOUNDS = frozenset("wounds wound injuries injury burns".split())
# Verbs whose subject is the one who died.
DYING = frozenset("die dies died dying perish perished perishes".split())
# Nouns of harm whose "of" phrase names the people harmed: "the killing of two guards".
NOUNS: dict[str, str] = {
    "killing": "killed", "killings": "killed", "murder": "killed", "murders": "killed",
    "death": "killed", "deaths": "killed", "assassination": "killed", "beheading": "killed",
    "execution": "killed", "executions": "killed", "lynching": "killed", "slaying": "killed",
    "slayings": "killed", "body": "killed", "bodies": "killed",
    "abduction": "detained", "kidnapping": "detained", "arrest": "detained",
}
# "the death of" one person mostly recalls a death the story is not about: only a count counts.
COUNTED_ONLY = frozenset({"death"})
_SEVERITY = ("detained", "wounded", "affected", "killed")
BE = frozenset("be is are was were been being".split())
# "was found murdered", "were left dead": the people found are the ones harmed.
FOUND = frozenset("""found find finds discovered left leaving leaves pronounced declared
confirmed""".split())


def more_severe(a: str, b: str) -> str:
    """'shot and killed': the worse of two harms done to the same people."""
    return a if _SEVERITY.index(a) >= _SEVERITY.index(b) else b


@rule("casualties.death_stated", "casualties",
      "a shooting or beating kills only when a death is stated ('shot dead', 'shot to death', "
      "'fatally shot', 'gunned down'); 'six people were shot' counts the wounded")
def death_stated(verb: Token) -> bool:
    after = verb.doc[verb.i + 1:verb.i + 3].text.lower()
    if after.startswith("dead") or after == "to death":
        return True  # "shot dead 11 people": the parser may hang "dead" elsewhere
    for child in verb.children:
        low = child.text.lower()
        if child.dep_ == "dobj" and to_death_after(child):
            return True
        if low == "dead" or (child.dep_ == "advmod" and low in ("fatally", "mortally")
                             and not _of_a_part(child)):
            return True
        if child.dep_ == "prep" and low == "to" \
                and any(g.text.lower() == "death" for g in child.children):
            return True
        if child.dep_ == "prt" and low == "down" and verb.text.lower() not in WOUNDING:
            return True
    return False


@rule("casualties.to_death_after_the_list", "casualties",
      "'shot his wife, her sister and her neighbour to death': 'to death' after the people "
      "harmed says the verb killed them")
def to_death_after(obj: Token) -> bool:
    edge = obj.right_edge
    if edge.doc[edge.i + 1:edge.i + 3].text.lower() == "to death":
        return True
    return any(t.lower_ == "death" and t.head.lower_ == "to" for t in obj.subtree)


def _of_a_part(adverb: Token) -> bool:
    """'shot eleven people, four of them fatally': 'fatally' says what befell the part."""
    before = adverb.doc[adverb.i - 1] if adverb.i > 0 else None
    return before is not None and (before.tag_ == "CD" or before.lower_ == "them")


SEVERELY = frozenset("seriously severely badly brutally savagely critically".split())


@rule("casualties.badly_beaten", "casualties",
      "a beating wounds when it is said to be severe ('was badly beaten', 'beaten up'); "
      "a side beaten in a match is no casualty")
def badly_beaten(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.text.lower() in SEVERELY
               or c.dep_ == "prt" and c.text.lower() == "up" for c in verb.children)


def verb_category(verb: Token) -> str | None:
    """The harm a verb does to its people, or None when it is not a verb of harm."""
    low = verb.text.lower()
    if low == "dead" and verb.head.text.lower() in FOUND:
        return "killed"  # "was found dead", "left two guards dead"
    if not (verb.tag_.startswith("VB") or verb.tag_ == "JJ" and verb.dep_ == "acomp"):
        return None
    if low in DEADLY_WITH:
        if any(c.dep_ == "prt" for c in verb.children) and low in WOUNDING:
            return None  # "shot down five drones", "shot up the car"
        if death_stated(verb):
            return "killed"
        return "wounded" if low in WOUNDING or badly_beaten(verb) else None
    if low in DYING:
        return "killed"
    if low in other_deaths.BURYING:
        return "killed" if other_deaths.buried_the_dead(verb) else None
    if low in SUFFERING:
        return "wounded" if suffered_wounds(verb) else None
    category = VERBS.get(low)
    return "killed" if category == "wounded" and fatally(verb) else category


@rule("casualties.fatally_wounded", "casualties",
      "'fatally wounded three guards', 'was mortally injured': a wound said to be fatal kills")
def fatally(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.text.lower() in ("fatally", "mortally")
               for c in verb.children)


@rule("casualties.suffered_wounds", "casualties",
      "the subject of 'suffered / sustained / received wounds or injuries' was wounded, "
      "also in a relative clause ('a guard who suffered burns')")
def suffered_wounds(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.text.lower() in WOUNDS for c in verb.children)


def _relative(victim: Token, verb: Token) -> Token | None:
    """'a chief who was shot dead': the relative pronoun stands for the noun it follows."""
    if victim.tag_ in ("WP", "WDT") or victim.text.lower() == "that":
        return verb.head if verb.dep_ == "relcl" else None
    return victim


def _child(verb: Token, deps: tuple[str, ...]) -> Token | None:
    for dep in deps:
        for child in verb.children:
            if child.dep_ == dep:
                return _relative(child, verb)
    return None


@rule("casualties.victim_elsewhere", "casualties",
      "the people harmed stand by another word: 'were on Friday killed' (the copula's "
      "subject), 'was found murdered', 'Three killed in clashes' (the noun the participle "
      "follows), 'was seized and shot dead' (the first verb's passive subject)")
def _victim_elsewhere(verb: Token) -> Token | None:
    head, dep = verb.head, verb.dep_
    if dep == "acl" and head.lower_ == "those":
        return other_deaths.among_those(verb)
    if dep in ("acomp", "advcl", "xcomp", "oprd") and head.text.lower() in BE | FOUND:
        return _child(head, ("nsubjpass", "nsubj", "dobj"))
    if dep == "acl" and verb.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN", "NUM") \
            and not any(c.dep_ == "dobj" for c in verb.children):
        # not "a gunman killed his wife", a verb the parser hung on its subject
        return first_of_list(head) or head
    if dep == "conj" and head.tag_ == "VBN" and _child(verb, ("nsubj", "nsubjpass")) is None:
        return _child(head, ("nsubjpass",))
    if dep == "conj" and verb.tag_ == "VBN" and headline_passive(verb):
        return _child(head, ("nsubj",))  # "Suspect shot and killed by police"
    return None


@rule("casualties.headline_passive", "casualties",
      "'Suspect shot and killed by police': a participle with an agent, joined to a verb the "
      "parser read as active, is a passive with its 'was' left out, as headlines write")
def headline_passive(verb: Token) -> bool:
    head = verb.head
    return any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ == "dobj" for c in head.children) and head.tag_ == "VBD"


@rule("casualties.participle_after_list", "casualties",
      "'two guards and a driver injured': a participle after the last of a list of people is "
      "said of the whole list")
def first_of_list(last: Token) -> Token | None:
    first = last
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN", "NUM"):
        first = first.head
    if first.i == last.i or first.dep_ in ("dobj", "nsubjpass", "nsubj"):
        return None  # "killed three people and three others wounded": the list is not one
    return first


def verb_victim(verb: Token) -> Token | None:
    """The head of the people the verb harmed: passive subject, object, or who died."""
    low = verb.text.lower()
    deps = ("nsubjpass", "nsubj") if low in DYING or low in SUFFERING \
            or other_deaths.drowned_themselves(verb) \
        else ("nsubjpass", "dobj")
    return _child(verb, deps) or _elliptical_subject(verb) or _victim_elsewhere(verb)


@rule("casualties.elliptical_passive", "casualties",
      "a participle with a subject and no auxiliary is a passive with its 'was' left out: "
      "'two rangers were killed and another wounded'")
def _elliptical_subject(verb: Token) -> Token | None:
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "dobj") for c in verb.children):
        return None
    return _child(verb, ("nsubj",))


def noun_victim(noun: Token) -> Token | None:
    """'the killing of a shopkeeper': the people a noun of harm names in its 'of' phrase."""
    for child in noun.children:
        if child.dep_ == "prep" and child.text.lower() == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and (noun.text.lower() not in COUNTED_ONLY or obj.tag_ == "CD"
                                           or _a_death_caused(noun)
                                           or any(c.dep_ == "nummod" for c in obj.children)):
                    return obj
    return None


CAUSING = frozenset("""result results resulted resulting led lead leading leads cause caused
causes causing""".split())


@rule("casualties.death_caused", "casualties",
      "'led to the death of a nurse', 'the stabbing death of a clerk': a death the "
      "story reports, not one it recalls, counts one person")
def _a_death_caused(noun: Token) -> bool:
    if any(c.dep_ == "compound" for c in noun.children):
        return True  # "the shooting death of"
    return noun.head.text.lower() in CAUSING or noun.head.head.text.lower() in CAUSING


@rule("casualties.either_harm", "casualties",
      "a count two verbs of harm share with 'or' joins two categories: 'killed or wounded at "
      "least 40' is affected, neither killed nor wounded")
def either_harm(verb: Token, category: str) -> str | None:
    head = verb.head
    if verb.dep_ != "conj" or head is verb:
        return None
    other = verb_category(head)
    if other is None or other == category:
        return None
    if any(c.dep_ == "cc" and c.text.lower() == "or" for c in head.children):
        return "affected"
    if {category, other} == {"killed", "wounded"} and killed_and_wounded(verb, head):
        return "affected"
    return None


@rule("casualties.killed_and_wounded", "casualties",
      "'killed and wounded at least 40': no one is both, so a count the two verbs share joins "
      "two categories (affected); 'shot and killed' is one harm done to the same people")
def killed_and_wounded(verb: Token, head: Token) -> bool:
    if verb.text.lower() in DEADLY_WITH or head.text.lower() in DEADLY_WITH \
            or not head.tag_.startswith("VB"):
        return False  # "shot and killed"; "left 31 dead and 100 injured"
    # the two verbs stand side by side ("killed and wounded 40"), not "six died and two were
    # wounded" or "injured 5 and killed 3"
    between = verb.doc[head.i + 1:verb.i]
    return all(t.text.lower() in ("and", ",") for t in between)


# What a killing verb may take that is not a person: "the committee killed the bill".
NOT_KILLED = frozenset("""bill deal plan project engine idea proposal motion chance hope
momentum story talks process ceasefire truce agreement economy business industry market
program programme reform law measure amendment initiative effort attempt order warrant
strategy operation sentence campaign career relationship mood joke light lights
family household group crew party team convoy unit patrol""".split())  # groups: not one


@rule("casualties.killed_someone", "casualties",
      "the singular object of a verb of killing, or its passive subject, is one person unless "
      "it is a thing such a verb also takes ('killed the bill', 'executed the plan')")
def killed_someone(tok: Token) -> bool:
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.text.lower() in NOT_KILLED:
        return False
    if verb_category(verb) != "killed" or verb.text.lower().startswith("execut") \
            or verb.text.lower() in other_deaths.BURYING:  # "buried the dead": no one person
        return False
    return any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)
