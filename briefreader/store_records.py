"""Rows of the annotation store turned into model records, and broken files moved aside."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from briefreader.annotation import Anchor, Annotation, Correction
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
    )


def correction_from_row(row: sqlite3.Row) -> Correction:
    try:
        value = json.loads(row["value"])
    except ValueError:
        value = {}
    return Correction(id=row["id"], document_sha256=row["document_sha256"], kind=row["kind"],
                      target=row["target"], value=value if isinstance(value, dict) else {},
                      created=row["created"])


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
