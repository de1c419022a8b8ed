"""Corrections to the extraction: make them from an Extraction, apply them to a fresh one.

Extraction ids (a3, c2, k1) are numbered afresh on every run and shift when the extractor or the
text changes, so a correction also records a *key* of its target: an actor's name and first
mention, a claim's or figure's text and offsets. On applying, targets are found by key first
(same name, same text), then by overlapping offsets, and by bare id only for corrections made
without a key. A correction whose target is gone is skipped and reported in the notices.

Typical use::

    store.add_correction(document, *rename_actor(extraction, "a2", "Staffan de Mistura"))
    shown = apply_corrections(extraction, store.corrections_for(document))
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from briefreader.annotations.model import ASSESSMENTS, Correction, PlacedAnnotation
from briefreader.errors import UsageError
from briefreader.extraction.item_keys import ITEM_KINDS, actor_key, item_by_id, item_key, items_of
from briefreader.extraction.model import (
    CASUALTY_CATEGORIES,
    Actor,
    CasualtyFigure,
    Claim,
    Extraction,
)


class NewCorrection(NamedTuple):
    """What ``AnnotationStore.add_correction(document, *new)`` needs."""

    kind: str
    target: str
    value: dict[str, Any]


# ---- making corrections (ids checked against the extraction the user sees) --------------------
def rename_actor(extraction: Extraction, actor_id: str, name: str) -> NewCorrection:
    actor = _actor(extraction, actor_id)
    name = " ".join(name.split())
    if not name:
        raise UsageError("the new name cannot be empty")
    return NewCorrection("rename_actor", actor.id, {"name": name, "key": actor_key(actor)})


def merge_actors(extraction: Extraction, other_id: str, into_id: str) -> NewCorrection:
    other, kept = _actor(extraction, other_id), _actor(extraction, into_id)
    if other.id == kept.id:
        raise UsageError(f"cannot merge actor {other.id} into itself")
    return NewCorrection("merge_actors", kept.id, {"other": other.id, "key": actor_key(kept),
                                                   "other_key": actor_key(other)})


def reject(extraction: Extraction, item_id: str) -> NewCorrection:
    kind, item = _item(extraction, item_id)
    return NewCorrection("reject", item.id, {"item": kind, "key": item_key(kind, item)})


def set_speaker(extraction: Extraction, claim_id: str, speaker: str | None) -> NewCorrection:
    claim = _claim(extraction, claim_id)
    speaker = " ".join(speaker.split()) if speaker else None
    return NewCorrection("set_speaker", claim.id, {"speaker": speaker,
                                                   "key": item_key("claim", claim)})


def set_casualty(extraction: Extraction, figure_id: str, *, count: int | None = None,
                 count_high: int | None = None, category: str | None = None) -> NewCorrection:
    figure = _figure(extraction, figure_id)
    if category is not None and category not in CASUALTY_CATEGORIES:
        raise UsageError(f"unknown category '{category}' (one of {', '.join(CASUALTY_CATEGORIES)})")
    if count is not None and count < 0:
        raise UsageError("a count cannot be negative")
    changes = {k: v for k, v in (("count", count), ("count_high", count_high),
                                 ("category", category)) if v is not None}
    if not changes:
        raise UsageError("say what to change: a count or a category")
    return NewCorrection("set_casualty", figure.id, {**changes,
                                                     "key": item_key("casualty", figure)})


def set_assessment(extraction: Extraction, claim_id: str, assessment: str) -> NewCorrection:
    claim = _claim(extraction, claim_id)
    if assessment not in ASSESSMENTS:
        raise UsageError(f"unknown assessment '{assessment}' (one of {', '.join(ASSESSMENTS)})")
    return NewCorrection("set_assessment", claim.id, {"assessment": assessment,
                                                      "key": item_key("claim", claim)})


# ---- applying them ----------------------------------------------------------------------------
def apply_corrections(extraction: Extraction, corrections: Iterable[Correction]) -> Extraction:
    """The extraction as the user corrected it; corrections apply in order, later ones win."""
    from briefreader.corrections.apply import APPLY
    from briefreader.corrections.describe import describe_correction

    skipped: list[str] = []
    for correction in corrections:
        rule = APPLY.get(correction.kind)
        if rule is None:
            continue
        corrected = rule(extraction, correction)
        if corrected is None:
            skipped.append(describe_correction(correction))
        else:
            extraction = corrected
    if skipped:
        notice = (f"{len(skipped)} correction(s) no longer match the extraction: "
                  + "; ".join(skipped))
        extraction = replace(extraction, notices=(*extraction.notices, notice))
    return extraction


def claim_assessments(extraction: Extraction, corrections: Iterable[Correction],
                      annotations: Sequence[PlacedAnnotation] = (),
                      links: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """Claim id -> the assessment the user gave it, by a set_assessment correction or by an
    annotation linked to the claim (with ``annotations``); the most recently made one wins.

    A correction finds its claim by the key it stored, an annotation by its link
    (annotation_links.py; pass ``links`` when they are resolved already)."""
    from briefreader.corrections.apply import find_item

    dated: list[tuple[str, int, str, str]] = []
    if annotations and links is None:
        from briefreader.annotations.links import resolve_annotation_links

        links = resolve_annotation_links(extraction, annotations)
    for order, placed in enumerate(annotations):
        a = placed.annotation
        claim_id = (links or {}).get(a.id) if a.link_kind == "claim" else None
        if claim_id and a.assessment:
            dated.append((a.modified or a.created, order, claim_id, a.assessment))
    for order, correction in enumerate(corrections, start=len(annotations)):
        assessment = (correction.value or {}).get("assessment")
        if correction.kind != "set_assessment" or not assessment:
            continue
        claim = find_item(extraction, "claim", correction)
        if claim is not None:
            dated.append((correction.created, order, claim.id, str(assessment)))
    return {claim_id: assessment for _, _, claim_id, assessment in sorted(dated)}


# ---- lookups that explain themselves -----------------------------------------------------------
def _actor(extraction: Extraction, actor_id: str) -> Actor:
    found = extraction.actor(actor_id)
    if found is None:
        known = ", ".join(f"{a.id} {a.name}" for a in extraction.actors[:12]) or "none"
        raise UsageError(f"no actor with id '{actor_id}' (actors: {known})")
    return found


def _claim(extraction: Extraction, claim_id: str) -> Claim:
    return _listed(extraction, "claim", claim_id, "claim")


def _figure(extraction: Extraction, figure_id: str) -> CasualtyFigure:
    return _listed(extraction, "casualty", figure_id, "casualty figure")


def _listed(extraction: Extraction, kind: str, item_id: str, noun: str):
    found = item_by_id(extraction, kind, item_id)
    if found is None:
        count = len(items_of(extraction, kind))
        raise UsageError(f"no {noun} with id '{item_id}' ({count} {noun.split()[-1]}s: "
                         f"see 'briefreader correct FILE --list')")
    return found


def _item(extraction: Extraction, item_id: str) -> tuple[str, Actor | Claim | CasualtyFigure]:
    found = item_by_id(extraction, None, item_id)
    if found is None:
        raise UsageError(f"no actor, claim or casualty figure with id '{item_id}'")
    return next(k for k in ITEM_KINDS if found in items_of(extraction, k)), found


__all__ = ["NewCorrection", "apply_corrections", "claim_assessments", "merge_actors",
           "reject", "rename_actor", "set_assessment", "set_casualty", "set_speaker"]
