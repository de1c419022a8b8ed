"""When an incident happened, as its report tells it: a date, a year, a weekday tied to the event.

A report's own date (its metadata, its dateline, "as of 10 August") is not its event's: a
follow-up days later would otherwise be another incident; only its year is used.
"""

from __future__ import annotations

import re
from datetime import date

from briefreader.extraction.casualties.event_words import EVENT_WORD, EVENT_WORDS
from briefreader.extraction.model import Incident

DATE_WINDOW_DAYS = 3  # two reports' dates of one event may differ by a time zone or a late count

_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
         r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_MDY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?\b",
                       re.IGNORECASE)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+((?:19|20)"
                       rf"\d\d))?\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)")
_YEAR = re.compile(r"(?<!since )(?<!since early )\b((?:19|20)\d\d)\b")
_WEEKDAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_OF_EVENT = re.compile(
    rf"\b{_WEEKDAY}(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:{EVENT_WORDS})\b"
    rf"|(?:{EVENT_WORDS})\b(?:(?!said|told|report|announc|confirm)[^.;\n]){{0,90}}?"
    rf"\b(?:on|late|early)\s+{_WEEKDAY}\b",
    re.IGNORECASE)

def _month(text: str) -> int:
    return next(n for n, name in enumerate(_MONTHS, 1) if name.startswith(text.lower()[:3]))


# dates that are not the event's: a dateline's ("JULY 31 (Reuters) -"), a report's cut-off ("as of
# 4 August"), the day something was said ("the mayor said on Friday, October 21") and a past
# event's ("the deadliest since the October 15 bombing"); a follow-up days later would otherwise
# be another incident, and another event the same as a past one
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-\u2013\u2014]")
_CUTOFF_BEFORE = re.compile(r"\b(?:as of|as at|by|until|through|updated|since(?: the)?)\s+$"
                            r"|\b(?:said|says|told|reported|announced|added)\b(?:\s+\w+){0,2}"
                            r"\s+on\s+(?:\w+day,?\s+)?$", re.IGNORECASE)


def _not_the_event_day(text: str, start: int, end: int) -> bool:
    return bool(_DATELINE_AFTER.match(text, end) or _CUTOFF_BEFORE.search(text, 0, start))


def date_in(text: str) -> tuple[int | None, int | None, int | None]:
    """Year, month and day of the first date the text gives (any may be None)."""
    m = _ISO_DATE.search(text)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    found = [(m.start(), _month(m.group(1)), int(m.group(2)), m.group(3), m.end())
             for m in _DATE_MDY.finditer(text)]
    found += [(m.start(), _month(m.group(2)), int(m.group(1)), m.group(3), m.end())
              for m in _DATE_DMY.finditer(text)]
    found = [f for f in found if 1 <= f[2] <= 31]
    for begin, month, day, year, end in sorted(found):
        if not _not_the_event_day(text, begin, end):
            return (int(year) if year else None), month, day
        if year:
            return int(year), None, None  # a report's own date still tells the year
    m = _YEAR.search(text)
    return (int(m.group(1)) if m else None), None, None


def event_date(text: str, start: int, end: int) -> tuple[int | None, int | None, int | None]:
    """The date of the first sentence of ``start:end`` that names the event; of a later one only
    a day and month ("on 3 August"): a bare year there is often a past event's ("in 2019")."""
    first = True
    for m in EVENT_WORD.finditer(text, start, end):
        left, right = sentence_span(text, m.start(), start, end)
        found = date_in(text[left:right])
        if (first and found != (None, None, None)) or found[1] is not None:
            return found
        first = False
    return None, None, None


def sentence_span(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", start, at), text.rfind("\n", start, at))
    right = min((i for i in (text.find(". ", at, end), text.find("\n", at, end)) if i != -1),
                default=end)
    return (left + 1 if left != -1 else start), right


def incident_when(incident: Incident) -> str:
    if incident.month and incident.day:
        stamp = f"{_MONTHS[incident.month - 1].capitalize()} {incident.day}"
        return f"{stamp}, {incident.year}" if incident.year else stamp
    if incident.year:
        return str(incident.year)
    return incident.weekday or ""


def days_apart(a: Incident, b: Incident) -> int | None:
    if not (a.month and a.day and b.month and b.day):
        return None
    year_a = a.year or b.year or 2001
    year_b = b.year or a.year or 2001
    try:
        return abs((date(year_a, a.month, a.day) - date(year_b, b.month, b.day)).days)
    except ValueError:
        return None


def times_agree(a: Incident, b: Incident) -> bool:
    if a.year and b.year and a.year != b.year:
        return False
    apart = days_apart(a, b)
    if apart is not None:
        return apart <= DATE_WINDOW_DAYS
    return not (a.weekday and b.weekday and a.weekday != b.weekday)




def event_weekday(text: str) -> str | None:
    """The weekday the text ties to the event ("Sunday's bombing", "struck ... on Sunday")."""
    found = WEEKDAY_OF_EVENT.search(text)
    return next((g for g in found.groups() if g), None) if found else None
