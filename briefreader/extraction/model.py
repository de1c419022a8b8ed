"""What extraction finds: frozen records addressed by offsets into ``Document.text``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ACTOR_KINDS = ("person", "organization", "state", "group")
CLAIM_KINDS = ("direct", "indirect")
CASUALTY_CATEGORIES = ("killed", "wounded", "displaced", "missing", "detained", "affected")
CASUALTY_STATUSES = ("reported", "projected")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int

    def to_json(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    mentions: tuple[Mention, ...] = ()
    rules: tuple[str, ...] = ()  # the named rules that made or changed it (extraction/rules.py)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "aliases": list(self.aliases), "kind": self.kind,
                "role": self.role, "mentions": [m.to_json() for m in self.mentions],
                "rules": list(self.rules)}


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    speaker: str | None
    speaker_id: str | None
    kind: str
    cue: str | None
    start: int
    end: int
    rules: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "speaker": self.speaker,
                "speaker_id": self.speaker_id, "kind": self.kind, "cue": self.cue,
                "start": self.start, "end": self.end, "rules": list(self.rules)}


@dataclass(frozen=True)
class CasualtyFigure:
    id: str
    count: int
    count_high: int | None
    category: str
    status: str
    qualifier: str
    subject: str | None
    source: str | None
    text: str
    start: int
    end: int
    source_id: str | None = None
    rules: tuple[str, ...] = ()
    scope: str = "event"  # event | cumulative | historic | partial (casualties/scope.py)
    incident: str | None = None  # the id of the Incident it counts

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "count": self.count, "count_high": self.count_high,
                "category": self.category, "status": self.status, "qualifier": self.qualifier,
                "subject": self.subject, "source": self.source, "source_id": self.source_id,
                "text": self.text, "start": self.start, "end": self.end,
                "rules": list(self.rules), "scope": self.scope, "incident": self.incident}


@dataclass(frozen=True)
class Incident:
    """What a document's figures count: an event told apart by its type, places and time."""

    id: str
    scope: str  # event | cumulative | historic
    event: str | None = None  # the type word as a reader writes it: "bombing", "earthquake"
    family: str | None = None  # types that name one event alike: "bombing" and "attack"
    places: tuple[str, ...] = ()  # below a country; where it happened first, then the others
    regions: tuple[str, ...] = ()  # those of the places that are regions ("Velmora province")
    countries: tuple[str, ...] = ()
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None  # only when the text ties it to the event ("Sunday's bombing")
    description: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "scope": self.scope, "event": self.event, "family": self.family,
                "places": list(self.places), "regions": list(self.regions),
                "countries": list(self.countries),
                "year": self.year, "month": self.month, "day": self.day,
                "weekday": self.weekday, "description": self.description}


@dataclass(frozen=True)
class Extraction:
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    casualties: tuple[CasualtyFigure, ...] = ()
    incidents: tuple[Incident, ...] = ()
    language: str = "en"
    notices: tuple[str, ...] = field(default=())

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_json(self) -> dict[str, Any]:
        return {"actors": [a.to_json() for a in self.actors],
                "claims": [c.to_json() for c in self.claims],
                "casualties": [k.to_json() for k in self.casualties],
                "incidents": [i.to_json() for i in self.incidents],
                "language": self.language, "notices": list(self.notices)}
