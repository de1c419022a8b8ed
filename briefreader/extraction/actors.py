"""Actors: named people, organizations, states acting as agents and armed groups (baseline)."""

from __future__ import annotations

from typing import Any

from briefreader.document import Document
from briefreader.extraction.model import Actor, Mention

_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "state"}


def extract_actors(document: Document, parsed: list[tuple[Any, int]]) -> tuple[Actor, ...]:
    by_name: dict[str, dict] = {}
    for doc, offset in parsed:
        for ent in doc.ents:
            kind = _KINDS.get(ent.label_)
            if not kind:
                continue
            entry = by_name.setdefault(ent.text, {"kind": kind, "mentions": []})
            entry["mentions"].append(Mention(offset + ent.start_char, offset + ent.end_char))
    return tuple(
        Actor(id=f"a{i}", name=name, kind=v["kind"], mentions=tuple(v["mentions"]))
        for i, (name, v) in enumerate(by_name.items(), 1)
    )
