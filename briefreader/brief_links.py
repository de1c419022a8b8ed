"""Which extracted item an annotation is linked to, checked against where its passage stands now,
and how the brief names it."""

from __future__ import annotations

from briefreader.annotation import PlacedAnnotation
from briefreader.extraction.model import Extraction


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def resolve_link(placed: PlacedAnnotation, extraction: Extraction) -> str | None:
    """The id of the extracted item an annotation is linked to, checked against where it stands.

    Extraction ids are numbered afresh on every run, so a stored ``link_id`` may now name another
    item. The link holds when that item overlaps the annotation's passage; otherwise the item of
    the same kind that overlaps it most takes its place; with none, the link is dropped rather
    than shown on the wrong item (an actor link with no mention in the passage is kept).
    Orphans keep no link: their passage is not in the text.
    """
    a = placed.annotation
    if not a.link_kind or placed.start is None or placed.end is None or placed.orphaned:
        return None
    spans: list[tuple[str, int, int]]
    if a.link_kind == "claim":
        spans = [(c.id, c.start, c.end) for c in extraction.claims]
    elif a.link_kind == "casualty":
        spans = [(k.id, k.start, k.end) for k in extraction.casualties]
    elif a.link_kind == "actor":
        spans = [(actor.id, m.start, m.end) for actor in extraction.actors for m in actor.mentions]
    else:
        return None
    overlapping: dict[str, int] = {}
    for item_id, start, end in spans:
        shared = _overlap(placed.start, placed.end, start, end)
        if shared:
            overlapping[item_id] = max(overlapping.get(item_id, 0), shared)
    if not overlapping and a.link_kind == "actor" and extraction.actor(a.link_id):
        return a.link_id  # a passage about an actor need not name them: nothing to check against
    if not overlapping or a.link_id in overlapping:
        return a.link_id if overlapping else None
    return max(sorted(overlapping), key=lambda item_id: overlapping[item_id])


def link_label(kind: str | None, link_id: str | None, extraction: Extraction,
                claims_by_id: dict) -> str | None:
    if not kind or not link_id:
        return None
    if kind == "actor":
        actor = extraction.actor(link_id)
        return f"actor {actor.name}" if actor else None
    if kind == "claim":
        claim = claims_by_id.get(link_id)
        if claim is None:
            return None
        actor = extraction.actor(claim.speaker_id)
        speaker = (actor.name if actor else None) or claim.speaker
        return f"claim by {speaker}" if speaker else "claim"
    if kind == "casualty":
        figure = next((k for k in extraction.casualties if k.id == link_id), None)
        return f"figure \u201c{figure.text}\u201d" if figure else None
    return None
