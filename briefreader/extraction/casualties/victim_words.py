"""Words for the victims of harm: singular nouns for one person, the armed, the attackers.
General English news vocabulary, written for ``victims``."""

from __future__ import annotations

import re

# Singular nouns for one person by role or kinship (besides cues.SINGULAR_PERSON).
ROLES = frozenset("""
chief leader king queen prince princess ruler elder imam priest pastor monk nun cleric scholar
sheikh bishop rabbi mayor governor official lawmaker legislator politician ally wife husband son
daughter mother father brother sister nephew niece uncle aunt cousin grandson granddaughter
grandmother grandfather relative friend colleague activist candidate judge prosecutor lawyer
businessman businesswoman neighbour neighbor owner chairman chairwoman councillor councilor
commissioner administrator headman chieftain deputy secretary minister spokesman spokeswoman
manager victim individual toddler teen executive director editor cameraman photographer
blogger campaigner shopkeeper trader vendor herder shepherd chauffeur bodyguard musician singer
artist athlete coach principal headmaster lecturer professor surgeon physician paramedic
clerk mechanic dean warlord cook tailor barber guide cashier accountant technician
electrician plumber companion girlfriend boyfriend fiance fiancee fiancé fiancée partner
stepfather stepmother stepson stepdaughter stepbrother stepsister grandchild grandparent
""".split())
PAIRS = frozenset({"couple", "twins"})
OTHER_ONE = frozenset("""another second third fourth fifth sixth seventh eighth ninth tenth
eleventh twelfth""".split())
# Named-entity types a person's name may be mistaken for by the small model ("PRODUCT").
NAME_TYPES = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", ""})
# Nouns with a person's ending that are not people.
NOT_PEOPLE = frozenset("""
shoulder finger liver bladder tiger leopard elephant panther committee number border power water
order center centre shelter helicopter computer tower river cancer motor sector floor door
corridor reactor tractor plant event agent""".split())
PERSON_ENDING = re.compile(r"(?:[^e]er|[^o]or|ist|ian|man|woman|ee|ess|ant|(?<!m)ent)$")
# People under arms, counted apart in an enumeration of victims.
ARMED = frozenset("""
soldier soldiers troops trooper troopers serviceman servicemen police policeman policemen
policewoman officer officers militant militants fighter fighters rebel rebels insurgent insurgents
gunman gunmen attacker attackers assailant assailants militiaman militiamen jihadist jihadists
bomber bombers combatant combatants""".split())
# Those who did the harm: one of them killed (by police, by his own bomb) is no victim.
PERPETRATORS = frozenset("""shooter gunman attacker assailant perpetrator suspect bomber killer
robber burglar hijacker kidnapper abductor sniper murderer""".split())
# What a victim may be killed "with" that is no companion: "was killed with two bullets".
WEAPONS = frozenset("""bullets shots rounds knives machetes axes hatchets stones rocks clubs
sticks pistols grenades explosives""".split())
# Those who kill an attacker in the line of duty: "police fired at the gunman, killing him".
LAW_ENFORCEMENT = frozenset("""police policeman policemen officer officers deputy deputies
trooper troopers swat agents guards enforcement sheriff sheriffs marshals""".split())
