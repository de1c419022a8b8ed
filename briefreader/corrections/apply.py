"""How each kind of correction changes an Extraction, and how its target is found again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from briefreader.annotations.model import Correction
from briefreader.extraction.item_keys import find_by_key, kind_of_id
from briefreader.extraction.model import Extraction


def find_item(extraction: Extraction, kind: str, correction: Correction,
              target: str | None = None, key: dict[str, Any] | None = None):
    """The item a correction was made on, in this (perhaps re-run) extraction, or None."""
    target = target or correction.target
    key = key if key is not None else correction.value.get("key")
    return find_by_key(extraction, kind, target, key)


def target_kind(correction: Correction) -> str | None:
    """The kind of item (actor, claim, casualty) a correction is about."""
    if correction.kind == "reject":
        return correction.value.get("item") or kind_of_id(correction.target)
    return _TARGET_KIND.get(correction.kind)


_TARGET_KIND = {"rename_actor": "actor", "merge_actors": "actor", "set_speaker": "claim",
                "set_casualty": "casualty", "set_assessment": "claim"}


def _rename_everywhere(extraction: Extraction, actor_id: str, name: str,
                       new_id: str | None = None) -> Extraction:
    """Claims and figures that name the actor follow its new name (and id, after a merge)."""
    new_id = new_id or actor_id
    claims = tuple(replace(c, speaker=name, speaker_id=new_id) if c.speaker_id == actor_id else c
                   for c in extraction.claims)
    casualties = tuple(replace(k, source=name, source_id=new_id) if k.source_id == actor_id else k
                       for k in extraction.casualties)
    return replace(extraction, claims=claims, casualties=casualties)


def _rename_actor(extraction: Extraction, c: Correction) -> Extraction | None:
    actor = find_item(extraction, "actor", c)
    name = c.value.get("name")
    if actor is None or not name:
        return None
    aliases = tuple(dict.fromkeys(a for a in (*actor.aliases, actor.name) if a != name))
    renamed = replace(actor, name=name, aliases=aliases)
    actors = tuple(renamed if a.id == actor.id else a for a in extraction.actors)
    return _rename_everywhere(replace(extraction, actors=actors), actor.id, name)


def _merge_actors(extraction: Extraction, c: Correction) -> Extraction | None:
    kept = find_item(extraction, "actor", c)
    other = find_item(extraction, "actor", c, target=c.value.get("other"),
                      key=c.value.get("other_key"))
    if kept is None or other is None:
        return None
    if kept.id == other.id:  # already one actor in this extraction: nothing left to merge
        return extraction
    aliases = tuple(dict.fromkeys(a for a in (*kept.aliases, other.name, *other.aliases)
                                  if a != kept.name))
    mentions = tuple(sorted({*kept.mentions, *other.mentions}, key=lambda m: (m.start, m.end)))
    merged = replace(kept, aliases=aliases, mentions=mentions)
    actors = tuple(merged if a.id == kept.id else a for a in extraction.actors if a.id != other.id)
    return _rename_everywhere(replace(extraction, actors=actors), other.id, kept.name, kept.id)


def _reject(extraction: Extraction, c: Correction) -> Extraction | None:
    kind = target_kind(c)
    item = find_item(extraction, kind, c) if kind else None
    if item is None:
        return None
    if kind == "actor":
        actors = tuple(a for a in extraction.actors if a.id != item.id)
        claims = tuple(replace(x, speaker=None, speaker_id=None) if x.speaker_id == item.id else x
                       for x in extraction.claims)
        casualties = tuple(replace(k, source=None, source_id=None) if k.source_id == item.id
                           else k for k in extraction.casualties)
        return replace(extraction, actors=actors, claims=claims, casualties=casualties)
    if kind == "claim":
        return replace(extraction, claims=tuple(x for x in extraction.claims if x.id != item.id))
    return replace(extraction, casualties=tuple(k for k in extraction.casualties
                                                if k.id != item.id))


def _set_speaker(extraction: Extraction, c: Correction) -> Extraction | None:
    claim = find_item(extraction, "claim", c)
    if claim is None:
        return None
    speaker = c.value.get("speaker")
    folded = (speaker or "").casefold()
    actor = next((a for a in extraction.actors
                  if folded and folded in {n.casefold() for n in (a.name, *a.aliases)}), None)
    fixed = replace(claim, speaker=actor.name if actor else speaker,
                    speaker_id=actor.id if actor else None)
    return replace(extraction, claims=tuple(fixed if x.id == claim.id else x
                                            for x in extraction.claims))


def _set_casualty(extraction: Extraction, c: Correction) -> Extraction | None:
    figure = find_item(extraction, "casualty", c)
    if figure is None:
        return None
    changes = {k: c.value[k] for k in ("count", "count_high", "category") if k in c.value}
    fixed = replace(figure, **changes)
    return replace(extraction, casualties=tuple(fixed if k.id == figure.id else k
                                                for k in extraction.casualties))


def _set_assessment(extraction: Extraction, c: Correction) -> Extraction | None:
    # Claims carry no assessment field: see corrections.claim_assessments.
    return extraction if find_item(extraction, "claim", c) is not None else None


APPLY: dict[str, Callable[[Extraction, Correction], Extraction | None]] = {
    "rename_actor": _rename_actor,
    "merge_actors": _merge_actors,
    "reject": _reject,
    "set_speaker": _set_speaker,
    "set_casualty": _set_casualty,
    "set_assessment": _set_assessment,
}
