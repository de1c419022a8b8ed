"""Keys of extracted items, and finding an item again by its key after extraction ran anew.

Extraction ids (a3, c2, k1) are numbered afresh on every run and shift whenever the extractor or
the text changes. What the user pointed at is better known by what it says: an actor by its name,
aliases and first mention, a claim or a casualty figure by its text and offsets. Corrections
(corrections.py) and annotation links (annotation_links.py) both store such a *key* when they are
made and find their item with ``find_by_key``: one mechanism for both.
"""

from __future__ import annotations

from typing import Any

from briefreader.extraction.model import Actor, CasualtyFigure, Claim, Extraction

ITEM_KINDS = ("actor", "claim", "casualty")
# The letter an extraction id starts with says the kind of item: a3, c2, k1.
_KIND_OF_PREFIX = {"a": "actor", "c": "claim", "k": "casualty"}
MIN_OVERLAP = 0.5  # share of the two spans' union that makes an item "the same place"

Item = Actor | Claim | CasualtyFigure


def kind_of_id(item_id: str | None) -> str | None:
    """``"c3"`` -> ``"claim"``; None for an id that is not an extraction id."""
    return _KIND_OF_PREFIX.get((item_id or "")[:1])


def actor_key(actor: Actor) -> dict[str, Any]:
    first = actor.mentions[0] if actor.mentions else None
    return {"name": actor.name, "aliases": list(actor.aliases),
            "start": first.start if first else None, "end": first.end if first else None}


def item_key(kind: str, item: Item) -> dict[str, Any]:
    if isinstance(item, Actor):
        return actor_key(item)
    return {"text": item.text, "start": item.start, "end": item.end}


def items_of(extraction: Extraction, kind: str) -> tuple[Item, ...]:
    if kind == "actor":
        return extraction.actors
    if kind == "claim":
        return extraction.claims
    if kind == "casualty":
        return extraction.casualties
    return ()


def item_by_id(extraction: Extraction, kind: str | None, item_id: str | None) -> Item | None:
    """The item of ``kind`` with this id (any kind when ``kind`` is None), or None."""
    kinds = (kind,) if kind else ITEM_KINDS
    return next((i for k in kinds for i in items_of(extraction, k) if i.id == item_id), None)


def shared_length(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """How many characters two spans have in common."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def overlap_ratio(a_start: int | None, a_end: int | None, b_start: int, b_end: int) -> float:
    """Characters in common over the span the two cover together (0 when a side is unknown)."""
    if a_start is None or a_end is None:
        return 0.0
    shared = shared_length(a_start, a_end, b_start, b_end)
    return shared / max(1, max(a_end, b_end) - min(a_start, b_start))


def find_by_key(extraction: Extraction, kind: str, item_id: str | None,
                key: dict[str, Any] | None,
                near: tuple[int, int] | None = None) -> Item | None:
    """The item a key was made of, in this (perhaps re-run) extraction, or None.

    By key first (same name for actors, same text for claims and figures, the one nearest the
    place wins), then by overlapping place; by bare id only when there is no key. ``near`` is where
    the item is expected in the current text; by default the offsets stored in the key (a link
    passes the annotation's current place: the key's offsets may be from an older text).
    """
    if not key:
        return item_by_id(extraction, kind, item_id)
    start, end = near if near is not None else (key.get("start"), key.get("end"))
    if kind == "actor":
        return _find_actor(extraction, item_id, key, start, end)
    items: tuple[Claim | CasualtyFigure, ...] = (
        extraction.claims if kind == "claim" else extraction.casualties)
    same_text = [i for i in items if i.text == key.get("text")]
    if same_text:
        return min(same_text, key=lambda i: abs(i.start - (start or 0)))
    scored = [(overlap_ratio(start, end, i.start, i.end), i) for i in items]
    best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return best[1] if best[0] >= MIN_OVERLAP else None


def _find_actor(extraction: Extraction, item_id: str | None, key: dict[str, Any],
                start: int | None, end: int | None) -> Actor | None:
    names = {n.casefold() for n in [key.get("name") or "", *key.get("aliases", [])] if n}
    # The display name first: it is what the user saw.
    shown = (key.get("name") or "").casefold()
    by_name = [a for a in extraction.actors if a.name.casefold() == shown]
    if not by_name:
        by_name = [a for a in extraction.actors
                   if names & {n.casefold() for n in (a.name, *a.aliases)}]
    if by_name:
        return next((a for a in by_name if a.id == item_id), by_name[0])
    for actor in extraction.actors:
        if any(overlap_ratio(start, end, m.start, m.end) >= MIN_OVERLAP for m in actor.mentions):
            return actor
    return None
