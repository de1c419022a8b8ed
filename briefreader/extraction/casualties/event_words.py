"""Words that name an event's type, and the families of types that may name one event ("a
bombing" and "the attack" may be one; "the floods" and "the earthquake" are not)."""

from __future__ import annotations

import re

# the reader's word for the event type, and the family of types that may name one event
EVENT_TYPES: dict[str, tuple[str, str]] = {}
for _label, _family, _words in (
    ("bombing", "violence", "bombing bombings bomb bombs bomber bombers blast blasts explosion "
                            "explosions suicide explosive explosives"),
    ("attack", "violence", "attack attacks attacked gunmen gunman shooting shootings gunfire "
                           "ambush raid massacre assault grenade"),
    ("strike", "violence", "shelling airstrike airstrikes air-strike missile missiles rocket "
                           "rockets drone shelled strike strikes"),
    ("clashes", "violence", "clashes fighting"),
    ("earthquake", "earthquake", "earthquake earthquakes quake quakes tremor aftershock "
                                 "aftershocks"),
    ("flood", "flood", "flood floods flooding landslide landslides mudslide mudslides monsoon"),
    ("storm", "storm", "cyclone hurricane typhoon storm tornado"),
    ("fire", "fire", "fire blaze wildfire wildfires"),
    ("collapse", "collapse", "collapse collapsed"),
    ("crash", "crash", "crash derailment capsized capsizing shipwreck"),
    ("outbreak", "disease", "outbreak cholera epidemic"),
    ("stampede", "stampede", "stampede crush"),
):
    for _word in _words.split():
        EVENT_TYPES[_word] = (_label, _family)
EVENT_WORDS = "|".join(sorted(EVENT_TYPES, key=len, reverse=True))
EVENT_WORD = re.compile(rf"\b({EVENT_WORDS})\b", re.IGNORECASE)


def event_type(word: str) -> tuple[str, str]:
    """The reader's word for the type ("bombing") and its family ("violence")."""
    return EVENT_TYPES[word.lower()]
