"""The kind of an actor (person, organization, state, group), from its label and name.

The model tags many organisations and movements as people; the words of a name say otherwise:
a name holding an organisation word ("Watch", "International", "Front") is not a person, and
well-known armed movements and the Arabic and Urdu words their names are made of ("Lashkar",
"Jaish", "Ansar": army, army, supporters) make a group.
"""

from __future__ import annotations

import re

from briefreader.extraction import lexicon
from briefreader.extraction.lexicon.bodies import (
    FOREIGN_GROUP_WORDS,
    GROUP_NAME_WORDS,
    ORG_NAME_WORDS,
)


def name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–]+", name.lower()) if w]


def actor_kind(label: str, name: str, armed: bool = False) -> str:
    """``armed``: the text calls the name a group, militia or movement ("the X group")."""
    if label == "country":
        return "state"
    low = name.lower()
    words = name_words(name)
    if armed or any(w in FOREIGN_GROUP_WORDS for w in words):
        return "group"
    if any(w in low for w in GROUP_NAME_WORDS) and (label != "person" or " " not in name
                                               or any(w in low for w in
                                                      lexicon.ARMED_GROUP_WORDS)):
        return "group"
    if label == "person" and any(w in ORG_NAME_WORDS for w in words):
        return "organization"
    return label
