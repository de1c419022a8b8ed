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
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from briefreader.document import Document
from briefreader.extraction.casualties.attackers import attacker_figure
from briefreader.extraction.casualties.event_words import EVENT_WORD, EVENT_WORDS, event_type
from briefreader.extraction.casualties.incident_places import (
    PlaceName,
    place_names,
    places_agree,
    places_in,
)
from briefreader.extraction.casualties.incident_time import (
    date_in,
    days_apart,
    event_date,
    event_weekday,
    incident_when,
    sentence_span,
    times_agree,
)
from briefreader.extraction.casualties.phrases import Sentence, sentences
from briefreader.extraction.casualties.scope import clause_around, figure_scope, historic_year
from briefreader.extraction.model import CasualtyFigure, Incident
from briefreader.extraction.rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Doc

LEAD_CHARS = 700  # the title and opening paragraphs say what the report is about
SCOPE_WINDOW = 300  # characters of a figure's sentence either side of it that tell its scope

# another event than the one the report is about, named in the sentence
# ("another 20 were wounded" is more of the same toll: "another" needs an event word after it)
_ANOTHER_EVENT = re.compile(rf"\b(?:separate(?:ly)?|elsewhere|(?:another|a second|a similar)\s+"
                            rf"(?:[\w-]+\s+){{0,2}}?(?:{EVENT_WORDS}))\b", re.IGNORECASE)
# groups of the victims: such a figure beside a larger general one is a part of the toll
_SUBGROUPS = re.compile(r"\b(?:children|child|women|girls|boys|students|pupils|police(?:men)?"
                        r"|officers|soldiers|troops|foreigners|journalists|aid workers|workers"
                        r"|staff|doctors|nurses|teachers|worshippers|members|leaders|babies"
                        r"|infants|minors|elderly)\b", re.IGNORECASE)



def describe(text: str, start: int, end: int, names: Sequence[PlaceName], scope: str,
             metadata: Mapping[str, Any] | None = None, incident_id: str = "") -> Incident:
    """The incident that ``text[start:end]`` reports: type, places and time; the year of the
    metadata's date stands in for a year the text does not give."""
    passage = text[start:end]
    kind = EVENT_WORD.search(passage)
    event, family = event_type(kind.group(1)) if kind else (None, None)
    first = sentence_span(text, start + kind.start(), start, end) if kind else None
    found = places_in(text, names, start, end, first)
    # the date of a sentence that tells of the event: other years in the lead are often of
    # other events ("a bombing at the same market in 2023 killed 31")
    year, month, day = event_date(text, start, end) if kind else date_in(passage)
    if year is None and metadata and metadata.get("date"):
        # the day a report was published is not the day of its event: its year only
        year = date_in(str(metadata["date"]))[0]
    weekday_name = event_weekday(passage)
    incident = Incident(incident_id, scope, event, family, found.places, found.regions,
                        found.countries, year, month, day,
                        weekday_name.capitalize() if weekday_name else None)
    return replace(incident, description=incident_description(incident))



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


def same_incident(a: Incident, b: Incident) -> bool:
    """Whether two descriptions can be of one event: nothing they say tells them apart."""
    if a.scope != b.scope:
        return False
    if a.family and b.family and a.family != b.family:
        return False
    return times_agree(a, b) and places_agree(a, b)


def likeness(a: Incident, b: Incident) -> int:
    """How much two descriptions share, to pick the best of several matching incidents."""
    shared = len(set(a.places) & set(b.places)) * 2 + len(set(a.countries) & set(b.countries))
    if a.places and b.places and a.places[0] == b.places[0]:
        shared += 3
    if a.event and a.event == b.event:
        shared += 1
    if days_apart(a, b) == 0 or (a.weekday and a.weekday == b.weekday):
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
    asides = aside_events(document, names, main)
    if asides:
        placed = [_aside(document, figure, asides, grouping) for figure in placed]
    return _mark_parts(tuple(placed)), tuple(grouping.incidents)


# a paragraph that turns to another event: "Meanwhile, jets struck targets in X ..."
_ASIDE_OPENER = re.compile(r"^(?:Meanwhile|Separately|Elsewhere|In a separate|In another)\b")


@rule("casualties.aside-event", "casualties",
      "a paragraph that turns to another event ('Meanwhile, jets struck targets in X', "
      "'Separately, ...') in other places than the report's own, and the paragraphs right after "
      "it that go on about an event without naming a place, count that other event")
def aside_events(document: Document, names: Sequence[PlaceName], main: Incident
                 ) -> dict[int, Incident]:
    """Block index -> the other event its figures count."""
    found: dict[int, Incident] = {}
    context: Incident | None = None
    for index, block in enumerate(document.blocks):
        text = document.block_text(block)
        if _ASIDE_OPENER.match(text):
            other = describe(document.text, block.start, block.end, names, "event")
            context = other if other.places and not same_incident(other, main) else None
        elif context is not None and (places_in(document.text, names, block.start,
                                                block.end).places
                                       or not EVENT_WORD.search(text)):
            context = None   # a place of its own, or no event: the aside is over
        if context is not None:
            found[index] = context
    return found


def _aside(document: Document, figure: CasualtyFigure, asides: dict[int, Incident],
           grouping: _Grouping) -> CasualtyFigure:
    other = asides.get(document.block_index_at(figure.start))
    if other is None or figure.scope != "event":
        return figure
    if figure.incident != grouping.keep(grouping.main).id:   # already another event's
        return figure
    return replace(figure, incident=grouping.keep(other).id,
                   rules=(*figure.rules, "casualties.aside-event"))


def latest_year(text: str) -> int | None:
    now = date.today().year
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text) if int(y) <= now]
    return max(years, default=None)


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
        # the year the report speaks from, for "in 2019" to be history: its event's, else the
        # latest year it names up to now (a report is no older than the years it mentions)
        self.year = main.year or latest_year(text)

    def place(self, figure: CasualtyFigure, sentence: Sentence | None) -> CasualtyFigure:
        if sentence is None:
            return replace(figure, incident=self.keep(self.main).id)
        # the sentence, cut to a window around the figure: a paragraph with no sentence breaks
        # must not make each of its figures cost the whole paragraph
        base = max(sentence.start, figure.start - SCOPE_WINDOW)
        stop = min(sentence.start + len(sentence.text), figure.end + SCOPE_WINDOW)
        window = self.text[base:stop]
        start, end = figure.start - base, figure.end - base
        scope = figure_scope(window, start, end, self.year)
        if scope == "event" and attacker_figure(figure.rules, figure.subject):
            scope = "partial"
            figure = replace(figure, rules=(*figure.rules, "casualties.attacker_not_the_toll"))
        left, right = clause_around(window, start, end)
        if scope in ("cumulative", "historic"):
            other = describe(self.text, base + left, base + right, self.names, scope)
            if scope == "historic":
                other = replace(other, year=historic_year(window[left:right], self.year),
                                month=None, day=None)
            return replace(figure, scope=scope, incident=self.keep(other).id)
        if _ANOTHER_EVENT.search(window):
            other = describe(self.text, base, stop, self.names, "event")
            if other.places and not same_incident(other, self.main):
                return replace(figure, scope=scope, incident=self.keep(other).id)
        return replace(figure, scope=scope, incident=self.keep(self.main).id)

    def keep(self, incident: Incident) -> Incident:
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
