"""Documents and extractions as the store keeps them (JSON), made into model records again."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

from briefreader.document import Block, Document
from briefreader.extraction.model import (
    Actor,
    CasualtyFigure,
    Claim,
    Extraction,
    Incident,
    Mention,
)

_Record = TypeVar("_Record")


@cache
def _field_names(kind: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(kind))


def _record(kind: type[_Record], data: Mapping[str, Any], **fields: Any) -> _Record:
    """A record from its JSON: the fields the class knows; lists become tuples."""
    names = _field_names(kind)
    values = {k: tuple(v) if type(v) is list else v for k, v in data.items() if k in names}
    values.update(fields)
    return kind(**values)


def extraction_from_json(data: Mapping[str, Any]) -> Extraction:
    """The inverse of ``Extraction.to_json``."""
    actors = tuple(_record(Actor, a, mentions=tuple(Mention(m["start"], m["end"])
                                                    for m in a.get("mentions", ())))
                   for a in data.get("actors", ()))
    return Extraction(
        actors=actors,
        claims=tuple(_record(Claim, c) for c in data.get("claims", ())),
        casualties=tuple(_record(CasualtyFigure, k) for k in data.get("casualties", ())),
        incidents=tuple(_record(Incident, i) for i in data.get("incidents", ())),
        language=data.get("language", "en"),
        notices=tuple(data.get("notices", ())))


def document_metadata(document: Document) -> dict[str, Any]:
    """What the store keeps beside a case document's text: its metadata and its blocks."""
    meta = {k: v for k, v in document.metadata.items() if isinstance(v, str | int | float)}
    meta["blocks"] = [[b.kind, b.start, b.end, b.level] for b in document.blocks]
    meta["title"] = document.title
    return meta


def stored_document(text: str, metadata: Mapping[str, Any], path: str | None) -> Document:
    """The document a case member was read as, from the store alone (the file may be gone)."""
    blocks = tuple(Block(str(k), int(a), int(b), int(level))
                   for k, a, b, level in metadata.get("blocks", ()))
    if not blocks:  # kept without its blocks: one per line
        start = 0
        found = []
        for line in text.split("\n"):
            if line.strip():
                found.append(Block("paragraph", start, start + len(line)))
            start += len(line) + 1
        blocks = tuple(found)
    meta = {k: v for k, v in metadata.items() if k not in ("blocks", "title")}
    if path:
        meta["path"] = path
    return Document(text, blocks, str(metadata.get("title", "")), meta)
