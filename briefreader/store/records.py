"""Rows of the annotation store turned into model records, and broken files moved aside."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefreader.anchoring.selectors import Anchor
from briefreader.annotations.model import Annotation, Correction
from briefreader.errors import StoreError


def annotation_from_row(row: sqlite3.Row) -> Annotation:
    return Annotation(
        id=row["id"],
        document_sha256=row["anchor_sha256"],
        anchor=Anchor(row["quote"], row["prefix"], row["suffix"], row["start"], row["end"]),
        tag=row["tag"],
        note=row["note"],
        assessment=row["assessment"],
        link_kind=row["link_kind"],
        link_id=row["link_id"],
        created=row["created"],
        modified=row["modified"],
        link_key=json_object(row["link_key"]),
    )


def correction_from_row(row: sqlite3.Row) -> Correction:
    return Correction(id=row["id"], document_sha256=row["document_sha256"], kind=row["kind"],
                      target=row["target"], value=json_object(row["value"]) or {},
                      created=row["created"])


def json_object(text: str | None) -> dict[str, Any] | None:
    """A JSON object stored as text; None when missing or unreadable (never an exception: a damaged
    value must not hide the annotation or correction it belongs to)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def move_aside(path: Path) -> Path:
    """Rename a broken store (and its -wal/-shm companions) to ``NAME.broken-TIMESTAMP``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    try:
        path.rename(aside)
        for companion in ("-wal", "-shm", "-journal"):
            extra = path.with_name(path.name + companion)
            if extra.exists():
                extra.rename(aside.with_name(aside.name + companion))
    except OSError as exc:
        raise StoreError(f"could not be read, nor moved aside ({exc.strerror or exc}); move or "
                         "delete it by hand", path) from None
    return aside
