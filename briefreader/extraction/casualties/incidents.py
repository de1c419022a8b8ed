"""Incidents: what each casualty figure of a document counts, told from the text alone.

A document reports one event (its lead says which: the type word, the places, the date) and may
mention others: a past event's toll, a war's running total, "in a separate attack in ...". Each
figure gets a scope (scope.py) and the id of the incident it counts; figures of the same document
that count the same thing share it. ``same_incident`` decides whether two descriptions (of one
document or of two) can be one event; the case ledger groups documents' incidents with it.

Documents may carry no date or outlet, so time comes from the text (dates, years, a weekday tied
to the event) and only then from the document's metadata.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from briefreader.document import Document
from briefreader.extraction import lexicon
from briefreader.extraction.casualties.phrases import Sentence, sentences
from briefreader.extraction.casualties.scope import clause_around, figure_scope, historic_year
from briefreader.extraction.model import CasualtyFigure, Incident

if TYPE_CHECKING:
    from spacy.tokens import Doc

LEAD_CHARS = 700  # the title and opening paragraphs say what the report is about
SCOPE_WINDOW = 300  # characters of a figure's sentence either side of it that tell its scope
PLACE_LABELS = frozenset({"GPE", "LOC"})  # not FAC: a market or a bridge is a spot, not where
_REGION = re.compile(r"\b(?:province|region|state|governorate|county|prefecture|oblast|district"
                     r"|division|department|tehsil|valley)\b", re.IGNORECASE)
DATE_WINDOW_DAYS = 3  # two reports' dates of one event may differ by a time zone or a late count

# the reader's word for the event type, and the family of types that may name one event
_EVENT_TYPES: dict[str, tuple[str, str]] = {}
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
        _EVENT_TYPES[_word] = (_label, _family)
_EVENT_WORDS = "|".join(sorted(_EVENT_TYPES, key=len, reverse=True))
_EVENT_WORD = re.compile(rf"\b({_EVENT_WORDS})\b", re.IGNORECASE)

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
_WEEKDAY_OF_EVENT = re.compile(
    rf"\b{_WEEKDAY}(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:{_EVENT_WORDS})\b"
    rf"|(?:{_EVENT_WORDS})\b(?:(?!said|told|report|announc|confirm)[^.;\n]){{0,90}}?"
    rf"\b(?:on|late|early)\s+{_WEEKDAY}\b",
    re.IGNORECASE)
# another event than the one the report is about, named in the sentence
_ANOTHER_EVENT = re.compile(r"\b(?:separate(?:ly)?|another|elsewhere|a second|in a similar)\b",
                            re.IGNORECASE)
# groups of the victims: such a figure beside a larger general one is a part of the toll
_SUBGROUPS = re.compile(r"\b(?:children|child|women|girls|boys|students|pupils|police(?:men)?"
                        r"|officers|soldiers|troops|foreigners|journalists|aid workers|workers"
                        r"|staff|doctors|nurses|teachers|worshippers|members|leaders|babies"
                        r"|infants|minors|elderly)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PlaceName:
    start: int
    end: int
    text: str


# places the small model misses: "Orlen district", "the town of Kessel"
_NAMED_PLACE = re.compile(
    r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:[Pp]rovince|[Dd]istrict|[Rr]egion|[Gg]overnorate"
    r"|[Cc]ounty|[Tt]ehsil|[Vv]alley)\b"
    r"|(?<=\b(?:city|town) of )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    r"|(?<=\bvillage of )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def place_names(text: str, parsed: Sequence[tuple[Doc, int]]) -> list[PlaceName]:
    """The named places of the parsed text, with offsets into ``Document.text``, in order."""
    found = []
    for doc, offset in parsed:
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                found.append(PlaceName(offset + ent.start_char, offset + ent.end_char, ent.text))
    taken = [(n.start, n.end) for n in found]
    for m in _NAMED_PLACE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            found.append(PlaceName(m.start(), m.end(), m.group()))
    return sorted(found, key=lambda n: n.start)


def _place_key(text: str) -> str:
    text = re.sub(r"(?:'s|’s)$", "", text.strip())
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return _REGION.sub("", text).strip(" ,")


@dataclass(frozen=True)
class _Places:
    places: tuple[str, ...]
    regions: tuple[str, ...]
    countries: tuple[str, ...]


def _places(text: str, names: Sequence[PlaceName], start: int, end: int,
            first: tuple[int, int] | None = None) -> _Places:
    """The places named in ``start:end``; those named in ``first`` (the sentence that tells of
    the event) come first: the first of them is where it happened."""
    first_name = bisect_left(names, start, key=lambda n: n.start)
    inside = []
    for name in names[first_name:]:
        if name.start >= end:
            break
        if name.end <= end:
            inside.append(name)
    if first:
        inside.sort(key=lambda n: not (first[0] <= n.start < first[1]))
    places: list[str] = []
    regions: list[str] = []
    countries: list[str] = []
    for name in inside:
        key = _place_key(name.text)
        country = lexicon.country_of(key)
        if country and country not in countries:
            countries.append(country)
        elif not country and key:
            if key not in places:
                places.append(key)
            if key not in regions and (_REGION.search(name.text)
                                       or _REGION.match(text, name.end, name.end + 16)):
                regions.append(key)
    return _Places(tuple(places), tuple(regions), tuple(countries))


def _month(text: str) -> int:
    return next(n for n, name in enumerate(_MONTHS, 1) if name.startswith(text.lower()[:3]))


# dates that are not the event's: a dateline's ("JULY 31 (Reuters) -") and a report's cut-off
# ("as of 4 August"); a follow-up days later would otherwise be another incident
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-\u2013\u2014]")
_CUTOFF_BEFORE = re.compile(r"\b(?:as of|as at|by|until|through|updated)\s+$", re.IGNORECASE)


def _not_the_event_day(text: str, start: int, end: int) -> bool:
    return bool(_DATELINE_AFTER.match(text, end) or _CUTOFF_BEFORE.search(text, 0, start))


def _date(text: str) -> tuple[int | None, int | None, int | None]:
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


def describe(text: str, start: int, end: int, names: Sequence[PlaceName], scope: str,
             metadata: Mapping[str, Any] | None = None, incident_id: str = "") -> Incident:
    """The incident that ``text[start:end]`` reports: type, places and time; the year of the
    metadata's date stands in for a year the text does not give."""
    passage = text[start:end]
    kind = _EVENT_WORD.search(passage)
    event, family = _EVENT_TYPES[kind.group(1).lower()] if kind else (None, None)
    first = _sentence_span(text, start + kind.start(), start, end) if kind else None
    found = _places(text, names, start, end, first)
    # the date of a sentence that tells of the event: other years in the lead are often of
    # other events ("a bombing at the same market in 2023 killed 31")
    year, month, day = _event_date(text, start, end) if kind else _date(passage)
    if year is None and metadata and metadata.get("date"):
        # the day a report was published is not the day of its event: its year only
        year = _date(str(metadata["date"]))[0]
    weekday = _WEEKDAY_OF_EVENT.search(passage)
    weekday_name = next((g for g in weekday.groups() if g), None) if weekday else None
    incident = Incident(incident_id, scope, event, family, found.places, found.regions,
                        found.countries, year, month, day,
                        weekday_name.capitalize() if weekday_name else None)
    return replace(incident, description=incident_description(incident))


def _event_date(text: str, start: int, end: int) -> tuple[int | None, int | None, int | None]:
    """The date of the first sentence of ``start:end`` that names the event; of a later one only
    a day and month ("on 3 August"): a bare year there is often a past event's ("in 2019")."""
    first = True
    for m in _EVENT_WORD.finditer(text, start, end):
        left, right = _sentence_span(text, m.start(), start, end)
        found = _date(text[left:right])
        if (first and found != (None, None, None)) or found[1] is not None:
            return found
        first = False
    return None, None, None


def _sentence_span(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", start, at), text.rfind("\n", start, at))
    right = min((i for i in (text.find(". ", at, end), text.find("\n", at, end)) if i != -1),
                default=end)
    return (left + 1 if left != -1 else start), right


def incident_description(incident: Incident) -> str:
    """'bombing in Khar, 2023-07-30': what a reader needs to tell incidents apart."""
    what = incident.event or "incident"
    if incident.scope == "cumulative":
        what = f"running total ({what})" if incident.event else "running total"
    elif incident.scope == "historic":
        what = f"past {what}"
    where = (incident.places or incident.countries)[:1]
    text = f"{what} in {where[0]}" if where else what
    when = incident_when(incident)
    return f"{text}, {when}" if when else text


def incident_when(incident: Incident) -> str:
    if incident.month and incident.day:
        stamp = f"{_MONTHS[incident.month - 1].capitalize()} {incident.day}"
        return f"{stamp}, {incident.year}" if incident.year else stamp
    if incident.year:
        return str(incident.year)
    return incident.weekday or ""


def _days_apart(a: Incident, b: Incident) -> int | None:
    if not (a.month and a.day and b.month and b.day):
        return None
    year_a = a.year or b.year or 2001
    year_b = b.year or a.year or 2001
    try:
        return abs((date(year_a, a.month, a.day) - date(year_b, b.month, b.day)).days)
    except ValueError:
        return None


def _times_agree(a: Incident, b: Incident) -> bool:
    if a.year and b.year and a.year != b.year:
        return False
    apart = _days_apart(a, b)
    if apart is not None:
        return apart <= DATE_WINDOW_DAYS
    return not (a.weekday and b.weekday and a.weekday != b.weekday)


def places_agree(a: Incident, b: Incident) -> bool:
    """Whether the places of two descriptions can be of one event. Each names first where it
    happened: the same place, or each names the other's; or one names a region first that the
    other names too ("in Velmora province" and "in Darset, Velmora province"). A district and the
    next one are two places even when one report names the other in passing."""
    if a.places and b.places:
        if a.places[0] == b.places[0]:
            return True
        if a.places[0] in b.places and b.places[0] in a.places:
            return True
        return any(x.places[0] in x.regions and x.places[0] in y.places
                   for x, y in ((a, b), (b, a)))
    if a.countries and b.countries:
        return bool(set(a.countries) & set(b.countries))
    return True


def same_incident(a: Incident, b: Incident) -> bool:
    """Whether two descriptions can be of one event: nothing they say tells them apart."""
    if a.scope != b.scope:
        return False
    if a.family and b.family and a.family != b.family:
        return False
    return _times_agree(a, b) and places_agree(a, b)


def likeness(a: Incident, b: Incident) -> int:
    """How much two descriptions share, to pick the best of several matching incidents."""
    shared = len(set(a.places) & set(b.places)) * 2 + len(set(a.countries) & set(b.countries))
    if a.places and b.places and a.places[0] == b.places[0]:
        shared += 3
    if a.event and a.event == b.event:
        shared += 1
    if _days_apart(a, b) == 0 or (a.weekday and a.weekday == b.weekday):
        shared += 2
    return shared


def lead_end(document: Document) -> int:
    """Where the opening (title and first paragraphs) ends."""
    end = 0
    for block in document.blocks:
        end = block.end
        if end >= LEAD_CHARS:
            break
    return min(end, len(document.text)) if end else min(len(document.text), LEAD_CHARS)


def assign_incidents(document: Document, figures: tuple[CasualtyFigure, ...],
                     parsed: Sequence[tuple[Doc, int]]
                     ) -> tuple[tuple[CasualtyFigure, ...], tuple[Incident, ...]]:
    """Each figure with its scope and incident id; the incidents they count, main one first."""
    if not figures:
        return figures, ()
    names = place_names(document.text, parsed)
    main = describe(document.text, 0, lead_end(document), names, "event", document.metadata,
                    "i1")
    grouping = _Grouping(document.text, names, main)
    ordered = _sentence_index(document, parsed)
    starts = [s.start for s in ordered]
    placed = [grouping.place(figure, _sentence_of(ordered, starts, figure)) for figure in figures]
    return _mark_parts(tuple(placed)), tuple(grouping.incidents)


def _sentence_index(document: Document, parsed: Sequence[tuple[Doc, int]]) -> list[Sentence]:
    return sorted(sentences(document, list(parsed)), key=lambda s: s.start)


def _sentence_of(ordered: list[Sentence], starts: list[int], figure: CasualtyFigure
                 ) -> Sentence | None:
    at = bisect_right(starts, figure.start) - 1
    return ordered[at] if at >= 0 else None


class _Grouping:
    """The incidents of one document, made as its figures are placed."""

    def __init__(self, text: str, names: Sequence[PlaceName], main: Incident) -> None:
        self.text = text
        self.names = names
        self.main = main
        self.incidents: list[Incident] = []

    def place(self, figure: CasualtyFigure, sentence: Sentence | None) -> CasualtyFigure:
        if sentence is None:
            return replace(figure, incident=self._keep(self.main).id)
        # the sentence, cut to a window around the figure: a paragraph with no sentence breaks
        # must not make each of its figures cost the whole paragraph
        base = max(sentence.start, figure.start - SCOPE_WINDOW)
        stop = min(sentence.start + len(sentence.text), figure.end + SCOPE_WINDOW)
        window = self.text[base:stop]
        start, end = figure.start - base, figure.end - base
        scope = figure_scope(window, start, end, self.main.year)
        left, right = clause_around(window, start, end)
        if scope in ("cumulative", "historic"):
            other = describe(self.text, base + left, base + right, self.names, scope)
            if scope == "historic":
                other = replace(other, year=historic_year(window[left:right], self.main.year),
                                month=None, day=None)
            return replace(figure, scope=scope, incident=self._keep(other).id)
        if _ANOTHER_EVENT.search(window):
            other = describe(self.text, base, stop, self.names, "event")
            if other.places and not same_incident(other, self.main):
                return replace(figure, scope=scope, incident=self._keep(other).id)
        return replace(figure, scope=scope, incident=self._keep(self.main).id)

    def _keep(self, incident: Incident) -> Incident:
        """The kept incident this description is one with, or it, numbered and kept."""
        for kept in self.incidents:
            if kept.scope == incident.scope and same_incident(kept, incident) \
                    and (incident.scope == "event" or kept.event == incident.event):
                return kept
        numbered = replace(incident, id=f"i{len(self.incidents) + 1}")
        numbered = replace(numbered, description=incident_description(numbered))
        self.incidents.append(numbered)
        return numbered


def _mark_parts(figures: tuple[CasualtyFigure, ...]) -> tuple[CasualtyFigure, ...]:
    """A group of the victims ("12 children") beside a larger toll of the same incident and
    category with no such group is a part of that toll."""
    general: dict[tuple[str | None, str], int] = {}
    for f in figures:
        if f.scope == "event" and not _SUBGROUPS.search(f.subject or ""):
            key = (f.incident, f.category)
            general[key] = max(general.get(key, 0), f.count_high or f.count)
    out = []
    for f in figures:
        larger = general.get((f.incident, f.category), 0) > (f.count_high or f.count)
        if f.scope == "event" and larger and _SUBGROUPS.search(f.subject or ""):
            f = replace(f, scope="partial")
        out.append(f)
    return tuple(out)
