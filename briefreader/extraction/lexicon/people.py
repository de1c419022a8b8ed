"""Nouns for one person ("a guard was shot", "Rescuer Tom Field"): what casualty figures count
and what a role written before a name may be."""

from __future__ import annotations

SINGULAR_PERSON = frozenset("""
person civilian child kid infant baby boy girl man woman adult teenager youth resident
villager citizen soldier trooper serviceman marine sailor fighter militant rebel insurgent
militiaman mercenary gunman policeman policewoman officer guard peacekeeper worker member
volunteer journalist reporter student pupil protester demonstrator worshipper pilgrim
passenger tourist migrant patient doctor nurse medic farmer fisherman miner driver pilot
prisoner hostage refugee
""".split())
