"""Links from annotations to extracted items (a claim, an actor, a casualty figure) that outlive
re-extraction.

Extraction ids are numbered afresh on every run, so a link stores, besides the id, the item's
*key* (item_keys.py: an actor's name and aliases, a claim's or figure's text), made when the link
is made, and is found again by that key, the same way a correction finds its target. A link made
before keys were stored (no key), or whose key no longer matches (the extractor now cuts the claim
differently), is checked against the passage: the item it names holds when it overlaps the
annotation's passage, otherwise the item of the same kind under the passage takes its place; with
none, the link is dropped rather than shown on the wrong item. Orphans keep no link.

Typical use (the CLI, the window and the brief)::

    link = link_to(extraction, "claim", "c3")            # UsageError for an unknown id
    store.add_annotation(document, start, end, **link.fields())
    now = resolve_annotation_links(extraction, store.annotations_for(document))
    now[annotation.id]                                   # "c5" after re-extraction, or None
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from briefreader.annotations.model import LINK_KINDS, PlacedAnnotation
from briefreader.errors import UsageError
from briefreader.extraction.item_keys import find_by_key, item_by_id, item_key, shared_length
from briefreader.extraction.model import Extraction

_NOUNS = {"actor": "actor", "claim": "claim", "casualty": "casualty figure"}


class AnnotationLink(NamedTuple):
    """What an annotation stores of its link: ``store.add_annotation(..., **link.fields())``."""

    link_kind: str
    link_id: str
    link_key: dict[str, Any]

    def fields(self) -> dict[str, Any]:
        return self._asdict()


def link_to(extraction: Extraction, kind: str, item_id: str) -> AnnotationLink:
    """A link to the item with this id in the extraction the user sees, with the item's key."""
    if kind not in LINK_KINDS:
        raise UsageError(f"unknown link kind '{kind}' (one of {', '.join(LINK_KINDS)})")
    item = item_by_id(extraction, kind, item_id)
    if item is None:
        raise UsageError(f"no {_NOUNS[kind]} with id '{item_id}' (see 'briefreader correct FILE "
                         "--list' for the ids)")
    return AnnotationLink(kind, item.id, item_key(kind, item))


def resolve_annotation_links(
        extraction: Extraction,
        placed_annotations: Iterable[PlacedAnnotation]) -> dict[str, str | None]:
    """Annotation id -> the id its linked item has in ``extraction`` now, or None (no link, the
    item is gone, or the annotation is an orphan)."""
    return {p.annotation.id: resolve_annotation_link(p, extraction) for p in placed_annotations}


def resolve_annotation_link(placed: PlacedAnnotation, extraction: Extraction) -> str | None:
    """The current id of one annotation's linked item (see the module's docstring)."""
    a = placed.annotation
    if (a.link_kind not in LINK_KINDS or placed.orphaned or placed.start is None
            or placed.end is None):
        return None
    if a.link_key:
        item = find_by_key(extraction, a.link_kind, a.link_id, a.link_key,
                           near=(placed.start, placed.end))
        if item is not None:
            return item.id
    # A key that no longer matches means the id names another item now: it is trusted only where
    # the passage confirms it.
    return _item_under_passage(placed, extraction, trust_actor_id=not a.link_key)


def _item_under_passage(placed: PlacedAnnotation, extraction: Extraction,
                        trust_actor_id: bool) -> str | None:
    """The linked item when it overlaps the passage, else the one of its kind that overlaps it
    most, else None. An actor link made without a key and with no mention in the passage is
    kept: a passage about an actor need not name them."""
    a = placed.annotation
    assert placed.start is not None and placed.end is not None
    spans: list[tuple[str, int, int]]
    if a.link_kind == "actor":
        spans = [(actor.id, m.start, m.end) for actor in extraction.actors for m in actor.mentions]
    else:
        items = extraction.claims if a.link_kind == "claim" else extraction.casualties
        spans = [(i.id, i.start, i.end) for i in items]
    overlapping: dict[str, int] = {}
    for item_id, start, end in spans:
        shared = shared_length(placed.start, placed.end, start, end)
        if shared:
            overlapping[item_id] = max(overlapping.get(item_id, 0), shared)
    if not overlapping and trust_actor_id and a.link_kind == "actor" \
            and extraction.actor(a.link_id):
        return a.link_id
    if not overlapping or a.link_id in overlapping:
        return a.link_id if overlapping else None
    return max(sorted(overlapping), key=lambda item_id: overlapping[item_id])
