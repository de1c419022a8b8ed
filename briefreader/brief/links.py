"""How the brief names the extracted item an annotation is linked to.

Which item that is, now that extraction may have renumbered its ids, is decided in
annotations/links.py (by the key stored with the link, else by the passage).
"""

from __future__ import annotations

from briefreader.extraction.item_keys import item_by_id
from briefreader.extraction.model import Extraction


def link_label(kind: str | None, link_id: str | None, extraction: Extraction) -> str | None:
    """"actor NAME", "claim by SPEAKER" or "figure “TEXT”" for the item, as the reader knows it."""
    if not kind or not link_id:
        return None
    item = item_by_id(extraction, kind, link_id)
    if item is None:
        return None
    if kind == "actor":
        return f"actor {item.name}"
    if kind == "claim":
        actor = extraction.actor(item.speaker_id)
        speaker = (actor.name if actor else None) or item.speaker
        return f"claim by {speaker}" if speaker else "claim"
    return f"figure \u201c{item.text}\u201d"
