"""The figure ledger of a case: its documents' incidents grouped into events across sources, one
entry per event and category, with the event's low/best/high, its most conservative figure and
whether its figures disagree (revised over time, or differing at one time).

A document's incident joins an event when its description can be one with every description the
event holds (``same_incident``: type, places, time): complete linkage, so a report that names only
the province cannot chain a neighbouring district's blast into the city's. Among several events
it joins the likeliest. Documents are taken in date order, so an event is named by its first
report. The user's corrections come last: a figure moved to another figure's event, or split off
as "not the same event" (stored per case, undone by removing them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from briefreader.cases.case_file import CaseDocument, CaseFile
from briefreader.extraction.casualties.disputes import (
    can_all_be_final,
    estimate,
    is_revision,
    is_total,
)
from briefreader.extraction.casualties.incident_time import incident_when
from briefreader.extraction.casualties.incidents import likeness, same_incident
from briefreader.extraction.model import CASUALTY_CATEGORIES, CasualtyFigure, Incident
from briefreader.store.cases import CaseCorrection

_SCOPE_ORDER = {"event": 0, "historic": 1, "cumulative": 2}


@dataclass(frozen=True)
class LedgerFigure:
    source_document: CaseDocument
    figure: CasualtyFigure

    @property
    def key(self) -> str:
        return figure_key(self.source_document, self.figure)

    def to_json(self) -> dict[str, Any]:
        f = self.figure
        return {"path": self.source_document.path, "count": f.count, "count_high": f.count_high,
                "qualifier": f.qualifier, "source": f.source, "status": f.status,
                "scope": f.scope, "text": f.text, "start": f.start, "end": f.end,
                "key": self.key}


@dataclass(frozen=True)
class LedgerEntry:
    id: str
    event: str
    category: str
    incident: Incident  # the description of the event's first report
    low: int | None
    best: int | None
    high: int | None
    conservative: int | None
    disagreement: bool
    revised: bool
    figures: tuple[LedgerFigure, ...]  # in date order

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "event": self.event, "category": self.category,
                "description": self.incident.description, "scope": self.incident.scope,
                "place": (self.incident.places or self.incident.countries or (None,))[0],
                "when": incident_when(self.incident) or None,
                "low": self.low, "best": self.best, "high": self.high,
                "conservative": self.conservative, "disagreement": self.disagreement,
                "revised": self.revised, "figures": [f.to_json() for f in self.figures]}


@dataclass(frozen=True)
class Ledger:
    entries: tuple[LedgerEntry, ...]

    def to_json(self) -> dict[str, Any]:
        return {"incidents": [e.to_json() for e in self.entries]}


def figure_key(document: CaseDocument, figure: CasualtyFigure) -> str:
    """A figure's name in corrections: its text's fingerprint and offsets, stable across runs."""
    return f"{document.member.sha256}:{figure.start}:{figure.end}"


def _signature(incident: Incident) -> Incident:
    """What ``same_incident`` and ``likeness`` read: many reports describe an event alike."""
    return replace(incident, id="", description="")


class _Event:
    """An event's descriptions, each once with the number of reports that gave it: a thousand
    reports of one event cost as many comparisons as their distinct descriptions."""

    def __init__(self, first: Incident) -> None:
        self.members: Counter[Incident] = Counter({_signature(first): 1})

    def admits(self, incident: Incident) -> bool:
        return all(_same(m, incident) for m in self.members)

    def likeness(self, incident: Incident) -> int:
        return sum(likeness(m, incident) * n for m, n in self.members.items())

    def add(self, incident: Incident) -> None:
        self.members[_signature(incident)] += 1


@lru_cache(maxsize=100_000)
def _same(a: Incident, b: Incident) -> bool:
    return same_incident(a, b)


def _group(nodes: Sequence[Incident]) -> list[int]:
    """For each description, the index of its event."""
    events: list[_Event] = []
    by_kind: dict[tuple[str, str | None], list[int]] = {}  # scope and family -> events
    assigned = []
    for incident in map(_signature, nodes):
        kinds = [(incident.scope, incident.family)] if incident.family else \
            [k for k in by_kind if k[0] == incident.scope]
        if incident.family:
            kinds.append((incident.scope, None))
        candidates = [i for k in kinds for i in by_kind.get(k, ()) if events[i].admits(incident)]
        if candidates:
            chosen = max(candidates, key=lambda i: (events[i].likeness(incident), -i))
            events[chosen].add(incident)
        else:
            chosen = len(events)
            events.append(_Event(incident))
            by_kind.setdefault((incident.scope, incident.family), []).append(chosen)
        assigned.append(chosen)
    return assigned


def build_ledger(case: CaseFile, corrections: Iterable[CaseCorrection] = ()) -> Ledger:
    nodes: list[Incident] = []
    owners: list[tuple[int, str]] = []  # (document index, incident id) of each node
    for n, document in enumerate(case.documents):
        for incident in document.extraction.incidents:
            nodes.append(incident)
            owners.append((n, incident.id))
    order = sorted(range(len(nodes)), key=lambda i: _SCOPE_ORDER.get(nodes[i].scope, 3))
    grouped = _group([nodes[i] for i in order])
    event_of_node = {owners[i]: grouped[k] for k, i in enumerate(order)}
    first_of = {grouped[k]: nodes[i] for k, i in reversed(list(enumerate(order)))}
    placed: dict[str, tuple[int, LedgerFigure]] = {}
    for n, document in enumerate(case.documents):
        for figure in document.extraction.casualties:
            event = event_of_node.get((n, figure.incident or ""))
            if event is not None:
                item = LedgerFigure(document, figure)
                placed[item.key] = (event, item)
    _apply(placed, first_of, corrections)
    return Ledger(_entries(case, placed, first_of))


def _apply(placed: dict[str, tuple[int, LedgerFigure]], first_of: dict[int, Incident],
           corrections: Iterable[CaseCorrection]) -> None:
    for correction in corrections:
        key = str(correction.value.get("figure", ""))
        if key not in placed:
            continue  # its document left the case, or its text changed
        _, item = placed[key]
        if correction.kind == "split":
            new = max(first_of, default=-1) + 1
            first_of[new] = next(i for i in item.source_document.extraction.incidents
                                 if i.id == item.figure.incident)
            placed[key] = (new, item)
        elif correction.kind == "move" and str(correction.value.get("to")) in placed:
            placed[key] = (placed[str(correction.value["to"])][0], item)


def _entries(case: CaseFile, placed: dict[str, tuple[int, LedgerFigure]],
             first_of: dict[int, Incident]) -> tuple[LedgerEntry, ...]:
    groups: dict[tuple[int, str], list[LedgerFigure]] = {}
    for event, item in placed.values():
        groups.setdefault((event, item.figure.category), []).append(item)
    rank = {d.member.document_id: n for n, d in enumerate(case.documents)}
    ordered = sorted(groups, key=lambda k: (_SCOPE_ORDER.get(first_of[k[0]].scope, 3), k[0],
                                            CASUALTY_CATEGORIES.index(k[1])
                                            if k[1] in CASUALTY_CATEGORIES else 99))
    numbers: dict[int, str] = {}
    entries = []
    for event, category in ordered:
        items = sorted(groups[(event, category)],
                       key=lambda f: (rank[f.source_document.member.document_id], f.figure.start))
        label = numbers.setdefault(event, f"e{len(numbers) + 1}")
        entries.append(_entry(f"{label}:{category}", label, category, first_of[event], items))
    return tuple(entries)


def _time(items: Sequence[LedgerFigure]) -> list[Any]:
    """When each report was made: its date when all are dated, else the order of addition."""
    dates = [f.source_document.date for f in items]
    if all(dates):
        return dates
    return [f.source_document.member.position for f in items]


def _entry(entry_id: str, event: str, category: str, incident: Incident,
           items: Sequence[LedgerFigure]) -> LedgerEntry:
    totals = [f for f in items if is_total(f.figure)]
    figures = [f.figure for f in totals]
    disagree = not can_all_be_final(figures)
    revised = disagree and is_revision(figures, _time(totals))
    reports = [f.source_document.member.document_id for f in totals]
    found = estimate(figures, reports)
    return LedgerEntry(entry_id, event, category, incident, found.low, found.best, found.high,
                       found.conservative, disagree, revised, tuple(items))
