"""People: nouns for one person ("a guard was shot", "Rescuer Tom Field"), roles written
before a name, the people a speaker addresses or speaks as ("residents", "the official")."""

from __future__ import annotations

from briefreader.extraction.lexicon.time import WEEKDAYS
from briefreader.extraction.lexicon.titles import TITLES

SINGULAR_PERSON = frozenset("""
person civilian child kid infant baby boy girl man woman adult teenager youth resident
villager citizen soldier trooper serviceman marine sailor fighter militant rebel insurgent
militiaman mercenary gunman policeman policewoman officer guard peacekeeper worker member
volunteer journalist reporter student pupil protester demonstrator worshipper pilgrim
passenger tourist migrant patient doctor nurse medic farmer fisherman miner driver pilot
prisoner hostage refugee
""".split())

# people and parties a speaker may address: "told residents", "urged the government"
ADDRESSEE_NOUNS = frozenset("resident civilian parent family citizen people man woman child "
                            "member worker farmer villager voter leader government country nation "
                            "party side ally neighbour neighbor partner donor".split())

PERSON_NOUNS = TITLES | frozenset(
    "man woman person resident witness source father mother boy girl member worker doctor "
    "nurse soldier officer farmer student teacher".split())

SPEAKER_GROUP_NOUNS = frozenset("delegation officials sources residents witnesses analysts "
                                "channels media".split())

# anonymous people: "the official" is an earlier unnamed official, not the last person named
GENERIC_PEOPLE = frozenset("official source resident witness analyst man woman person "
                           "spokesperson".split())

# people described by what they do, written before a name ("Rescuer Tom Field")
ROLE_NOUNS = SINGULAR_PERSON | frozenset(
   "rescuer survivor witness activist lawyer attorney analyst researcher shopkeeper "
   "businessman businesswoman trader vendor engineer nurse paramedic volunteer "
   "fisherman lecturer professor economist historian writer poet artist "
   "singer photographer filmmaker mechanic carpenter labourer laborer".split())

ARMED_PEOPLE = frozenset("rebels militants fighters insurgents militiamen gunmen militia "
                         "group movement".split())

PERSON_HEADS = frozenset("resident woman man mother father survivor witness farmer teacher "
                         "nurse doctor student villager refugee migrant worker shopkeeper "
                         "driver fisherman trader".split())

NOT_SPEAKER_NAMES = WEEKDAYS | frozenset("god police army military government".split())
