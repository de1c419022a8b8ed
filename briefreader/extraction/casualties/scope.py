"""What a casualty figure counts: the toll of the reported incident, or something else.

A report gives the toll of its event beside other numbers of the same kind: a running total of the
war ("since 2011", "the conflict has displaced"), the toll of a past event mentioned in passing
("last year's floods killed 132") and parts of the toll (one hospital, one district, "of them 12
children"). Only the first can disagree with another source's toll of the same event, so each
figure gets a scope read from the clause it stands in:

- ``event``: the toll of the incident the text reports (the default);
- ``cumulative``: a total over a period or a war;
- ``historic``: the toll of a past event;
- ``partial``: one place, one group or one hospital's share of the event's toll.

The clause is the part of the sentence between breaks (";", a dash, ", when", ", up from" ...),
so "killed 43 people, the deadliest attack since 2014, when 150 died" keeps 43 an event figure.
"""

from __future__ import annotations

import re

SCOPES = ("event", "cumulative", "historic", "partial")

_YEAR = r"(?:19|20)\d\d"
# a long war, not the fighting a report is about: "killed in the fighting" is the event's toll,
# "since the fighting broke out on Thursday" too
_WAR = r"(?:war|conflict|insurgency|uprising|crisis|invasion|occupation)"
_EVENT_NOUN = (r"(?:attacks?|bombings?|blasts?|explosions?|earthquakes?|quakes?|floods?|flooding"
               r"|storms?|cyclones?|hurricanes?|typhoons?|landslides?|fires?|shelling|strikes?"
               r"|raids?|massacres?|clashes|violence|disasters?|tsunami|famine|outbreaks?)")

# breaks between clauses: what stands on the other side speaks of something else
_CLAUSE_BREAK = re.compile(
    r"[;:()\u2014\u2013]|\s-\s|,\s+(?=(?:and|when|while|whereas|but|compared|up from|down from"
    r"|after|against|which|the (?:deadliest|worst|bloodiest|largest|biggest))\b)",
    re.IGNORECASE)

# "the deadliest attack since 2014": a comparison, not a running total
_COMPARISON = re.compile(r"\b(?:deadliest|worst|bloodiest|largest|biggest|highest|first)\b"
                         r"[\w\s'-]{0,40}?\bsince\b[\w\s'-]{0,30}", re.IGNORECASE)

_CUMULATIVE = re.compile(
    rf"\bsince (?:(?:early |late |mid-)?{_YEAR}|(?:january|february|march|april|may|june|july"
    rf"|august|september|october|november|december)\b|the (?:start|beginning|outbreak|onset)\b"
    rf"|(?:the {_WAR}|it) (?:began|started|broke out|erupted)|(?:the )?{_WAR}\b)"
    rf"|\b(?:so far|to date) this year\b|\bthis year alone\b|\bin recent years\b"
    rf"|\bover the (?:past|last) (?:\w+ )?(?:years|months|decades?)\b"
    rf"|\b(?:the|a|this|its|their) (?:[\w-]+ )?{_WAR}(?:'s)?\b(?: (?:has|have|had))?"
    rf" (?:so far |already )?(?:killed|displaced|left|forced|uprooted|driven|claimed|wounded)\b"
    rf"|\b(?:the|this) (?:[\w-]+ )?{_WAR}'s\b|\b(?:throughout|during|in) the (?:[\w-]+ )?{_WAR}\b"
    rf"|\bcumulative\b|\beach year\b|\bevery year\b|\bannually\b",
    re.IGNORECASE)

_HISTORIC = re.compile(
    rf"\blast (?:year|decade)(?:'s)?\b"
    rf"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:years?|decades?)"
    rf" (?:ago|earlier|before)\b"
    rf"|\b(?:in|of|during) (?:(?:early|late|mid-)\s?)?{_YEAR}\b"
    rf"|\bthe {_YEAR} (?:[\w-]+ )?{_EVENT_NOUN}"
    rf"|\b(?:previous|prior|past|earlier|similar|former) {_EVENT_NOUN}"
    rf"|\b(?:a|the) {_EVENT_NOUN} (?:in|of) (?:{_YEAR})\b"
    rf"|\bin (?:19|20)\d0s\b",
    re.IGNORECASE)

_PARTIAL_BEFORE = re.compile(
    r"\b(?:of them|among them|of whom|among whom|including|among (?:the|those) (?:\w+ )?"
    r"(?:dead|killed|victims|injured|wounded|casualties|missing|displaced))\b"
    r"|\b(?:one|a single|another|each) (?:hospital|clinic|district|village|town|camp|province"
    r"|neighbou?rhood|morgue)\b|\balone\b",
    re.IGNORECASE)
_PARTIAL_AFTER = re.compile(
    r"^[\w\s,-]{0,40}?\b(?:of (?:them|whom|the (?:\w+ )?(?:dead|victims|killed|injured|wounded"
    r"|casualties|missing|displaced))|(?:were|are) among (?:the|those))\b"
    r"|^[\w\s,-]{0,60}?\balone\b",
    re.IGNORECASE)


# "33 civilians were among those killed": the cue inside the figure's own words
_PARTIAL_WITHIN = re.compile(r"\b(?:were|are|was) among (?:the|those)\b", re.IGNORECASE)


def clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``start:end`` (offsets into the sentence)."""
    left, right = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


# "the deadliest since the 2017 bombing that killed 500", "... since 2017, when a truck bomb
# killed 587": the figure after the comparison counts the past event
_PAST_RELATIVE = re.compile(r"\bsince\b.{0,60}?\b(?:that|which|when|in which)\b", re.IGNORECASE)
_WAR_BEFORE = re.compile(rf"\b{_WAR}\b[^,;]{{0,40}},?\s*$", re.IGNORECASE)
_RELATIVE_START = re.compile(r"\s*(?:when|in which|which|that)\b", re.IGNORECASE)


def _historic(text: str, document_year: int | None) -> bool:
    for m in _HISTORIC.finditer(text):
        year = re.search(_YEAR, m.group())
        if year is None or document_year is None or int(year.group()) < document_year:
            return True
    return False


def figure_scope(sentence: str, start: int, end: int, document_year: int | None = None) -> str:
    """The scope of the figure at ``start:end`` of ``sentence`` (offsets into the sentence).
    ``document_year``, the year the text reports on: "in 2019" is history only before it."""
    left, right = clause_around(sentence, start, end)
    clause = sentence[left:right]
    if _CUMULATIVE.search(_COMPARISON.sub(" ", clause)):
        return "cumulative"
    if _RELATIVE_START.match(clause) and _WAR_BEFORE.search(sentence[:left]):
        return "cumulative"  # "the war in Syria, which has killed hundreds of thousands"
    if _PAST_RELATIVE.search(sentence[left:start]) and _COMPARISON.search(sentence[:start]):
        return "historic"
    if _RELATIVE_START.match(clause) and _COMPARISON.search(sentence[:left]):
        return "historic"
    if _historic(_COMPARISON.sub(" ", clause), document_year):
        return "historic"
    before = sentence[left:start]
    if _PARTIAL_BEFORE.search(before) or _PARTIAL_AFTER.search(sentence[end:right]) \
            or _PARTIAL_WITHIN.search(sentence[start:end]):
        return "partial"
    return "event"


def historic_year(clause: str, document_year: int | None) -> int | None:
    """The year a historic figure's event happened in, when the clause says."""
    m = re.search(rf"\b{_YEAR}\b", clause)
    if m:
        return int(m.group())
    if document_year is not None and re.search(r"\blast year\b|\blast year's\b", clause, re.I):
        return document_year - 1
    return None
