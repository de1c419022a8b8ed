"""Words of time: days, months, and the words that say when ("yesterday", "earlier")."""

from __future__ import annotations

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("january february march april may june july august september october "
                   "november december".split())
# an object of a speech verb that says when, not what: "said Monday", "warned earlier"
TIME_WORDS = WEEKDAYS | frozenset("today yesterday tonight earlier later".split())
