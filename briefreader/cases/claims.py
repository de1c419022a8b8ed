"""Claims across the documents of a case, by speaker, in the order of the documents' dates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefreader.cases.actors import CaseActor, name_form
from briefreader.cases.case_file import CaseDocument, CaseFile
from briefreader.extraction.model import Claim


@dataclass(frozen=True)
class CaseClaim:
    speaker: str | None  # the case-wide name of the speaker
    claim: Claim
    source_document: CaseDocument
    paragraph: int

    def to_json(self) -> dict[str, Any]:
        c, d = self.claim, self.source_document
        return {"speaker": self.speaker, "text": c.text, "kind": c.kind, "cue": c.cue,
                "path": d.path, "title": d.document.title, "date": d.date,
                "start": c.start, "end": c.end, "paragraph": self.paragraph}


def case_claims(case: CaseFile, actors: Sequence[CaseActor], speaker: str | None = None
                ) -> tuple[CaseClaim, ...]:
    """Every claim, its speaker named as across the case; only ``speaker``'s (by any of their
    names) when given. Documents in date order, claims in reading order."""
    names: dict[tuple[int, str], str] = {}
    for actor in actors:
        for document, member in actor.members:
            names[(document.member.document_id, member.id)] = actor.name
    wanted = _speaker_forms(actors, speaker) if speaker else None
    found = []
    for document in case.documents:
        for claim in sorted(document.extraction.claims, key=lambda c: c.start):
            key = (document.member.document_id, claim.speaker_id or "")
            name = names.get(key) or claim.speaker
            if wanted is not None and not _is_wanted(name, wanted):
                continue
            found.append(CaseClaim(name, claim, document,
                                   document.document.block_index_at(claim.start)))
    return tuple(found)


def _speaker_forms(actors: Sequence[CaseActor], speaker: str) -> set[str]:
    forms = {name_form(speaker)}
    for actor in actors:
        if actor.known_as(speaker):
            forms.add(name_form(actor.name))
    return forms


def _is_wanted(name: str | None, wanted: set[str]) -> bool:
    """The speaker is one asked for, or is named by it as by a surname ("Ferrand" asks for a
    speaker the extraction left as "Prime Minister Tomas Ferrand")."""
    form = name_form(name or "")
    return form in wanted or any(form.endswith(" " + w) for w in wanted)
