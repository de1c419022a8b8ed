"""The annotation store: one SQLite file holding documents, annotations, tags and corrections.

``AnnotationStore.open()`` opens the store at ``paths.store_path()`` (``BRIEFREADER_DATA_DIR``
overrides it), creating it when missing and migrating it forward (store_schema.py). A file that is
not a database is never fatal: it is moved aside under a timestamped name, a fresh store is opened
and ``store.recovery`` carries a one-line StoreError naming both files.

The store is independent of extraction: it never imports it, holds its own connection and lock,
so a highlight is saved at once even while a long document is being analysed on another thread.
Connection and documents: store_base.py; tags: store_tags.py; corrections: store_corrections.py.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from briefreader.anchoring.resolve import Placement, resolve_anchor
from briefreader.annotations.model import (
    ASSESSMENTS,
    LINK_KINDS,
    Anchor,
    Annotation,
    PlacedAnnotation,
)
from briefreader.errors import StoreError, UsageError
from briefreader.paths import private_file
from briefreader.store import schema as store_schema
from briefreader.store.cache import CacheMethods
from briefreader.store.cases import CaseMethods
from briefreader.store.connection import TextDocument, connect, is_busy, new_id, now_iso, path_key
from briefreader.store.corrections import CorrectionMethods
from briefreader.store.records import annotation_from_row, move_aside
from briefreader.store.search import SearchMethods
from briefreader.store.tags import TagMethods

__all__ = ["AnnotationStore", "TextDocument", "now_iso"]

log = logging.getLogger(__name__)

_UNSET: Any = object()
# Placements depend only on the text and the anchor: a window that lists annotations after every
# change re-anchors only what is new, even on a long, edited document.
PLACEMENT_CACHE_SIZE = 20_000


class AnnotationStore(TagMethods, CorrectionMethods, CaseMethods, CacheMethods, SearchMethods):
    """Open with ``AnnotationStore.open()``; every method is one short transaction, thread-safe."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovery: StoreError | None) -> None:
        super().__init__(conn, path, recovery)
        self._placements: dict[tuple[str, Anchor, bool], Placement] = {}

    # ---- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> AnnotationStore:
        from briefreader.paths import store_path

        try:
            path = Path(path) if path is not None else store_path()
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the annotation store's folder ({exc.strerror or exc})",
                             exc.filename or path) from None
        try:
            return cls(connect(path), path, None)
        except store_schema.NewerSchemaError as exc:
            raise StoreError(f"written by a newer briefreader (schema {exc.args[0]}, this one "
                             f"reads up to {store_schema.SCHEMA_VERSION}); upgrade briefreader",
                             path) from None
        except (sqlite3.DatabaseError, PermissionError, IsADirectoryError) as exc:
            if is_busy(exc):
                raise StoreError("the store is locked by another program; try again",
                                 path) from None
            reason = getattr(exc, "strerror", None) or str(exc)
            if isinstance(exc, PermissionError) and path.exists():   # not broken: never moved aside
                raise StoreError("permission denied: the store cannot be read and written; check "
                                 "its permissions (and its folder's)", path) from None
            if not path.exists():
                raise StoreError(f"cannot create the annotation store ({reason}); check that "
                                 "its folder is writable", path) from None
        aside = move_aside(path)
        recovery = StoreError(f"could not be read ({reason}); it was kept as {aside.name} "
                              f"and a fresh annotation store was opened", path)
        log.info("%s", recovery)  # callers show store.recovery: the CLI prints it, the GUI says it
        return cls(connect(path), path, recovery)

    # ---- annotations ---------------------------------------------------------------------
    def add_annotation(self, document: TextDocument, start: int, end: int, *,
                       tag: str | None = None, note: str = "", assessment: str | None = None,
                       link_kind: str | None = None, link_id: str | None = None,
                       link_key: dict[str, Any] | None = None) -> Annotation:
        """Store a highlight of ``document.text[start:end]``; returns it once it is durable.

        A link to an extracted item is best made with ``annotation_links.link_to`` (it adds the
        item's key, which keeps the link when extraction renumbers its ids)."""
        if not 0 <= start < end <= len(document.text) or not document.text[start:end].strip():
            raise UsageError(f"no text to annotate between offsets {start} and {end}")
        now = now_iso()
        annotation = Annotation(
            id=new_id(), document_sha256=document.sha256,
            anchor=Anchor.from_text(document.text, start, end),
            tag=(self.tag(tag) if tag else self.default_tag()).name, note=note,
            assessment=assessment, link_kind=link_kind, link_id=link_id, link_key=link_key,
            created=now, modified=now)
        return self._insert_annotation(document, annotation, replace=False)

    def restore_annotation(self, document: TextDocument, annotation: Annotation) -> Annotation:
        """Put back a deleted annotation with its id and times (undo of a delete, import)."""
        return self._insert_annotation(document, annotation, replace=True)

    def _insert_annotation(self, document: TextDocument, annotation: Annotation, *,
                           replace: bool) -> Annotation:
        _check_fields(annotation.assessment, annotation.link_kind)
        tag = next((t for t in self.tags() if t.name.casefold() == annotation.tag.casefold()),
                   None) or self.default_tag()
        a, now = annotation.anchor, now_iso()
        with self._write() as conn:
            doc_id = self._ensure_document(conn, document)
            conn.execute(
                f"INSERT {'OR REPLACE ' if replace else ''}INTO annotations (id, document_id, "
                'tag_id, quote, prefix, suffix, start, "end", anchor_sha256, note, assessment, '
                "link_kind, link_id, link_key, created, modified) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (annotation.id, doc_id, tag.id, a.quote, a.prefix, a.suffix, a.start, a.end,
                 annotation.document_sha256, annotation.note, annotation.assessment,
                 annotation.link_kind, annotation.link_id, _json_or_null(annotation.link_key),
                 annotation.created or now, annotation.modified or now))
        return self.annotation(annotation.id)

    def annotation(self, annotation_id: str) -> Annotation:
        rows = self._read(_ANNOTATION_SELECT + " WHERE a.id = ?", (self.resolve_id(annotation_id),))
        return annotation_from_row(rows[0])

    def annotations_for(self, document: TextDocument) -> list[PlacedAnnotation]:
        """The document's annotations placed on its current text, orphans last."""
        found = self.find_document(document)
        if found is None:
            return []
        if found.sha256 != document.sha256 or found.path != path_key(document.path):
            # Remember this copy or version, so that a later edit of it still finds its document.
            self.ensure_document(document)
        rows = self._read(_ANNOTATION_SELECT + " WHERE a.document_id = ? ORDER BY a.created, a.id",
                          (found.id,))
        text, sha = document.text, document.sha256
        placed = []
        for row in rows:
            annotation = annotation_from_row(row)
            same_text = annotation.document_sha256 == sha
            key = (sha, annotation.anchor, same_text)
            p = self._placements.get(key)
            if p is None:
                p = resolve_anchor(text, annotation.anchor, unchanged=same_text)
                if len(self._placements) > PLACEMENT_CACHE_SIZE:
                    self._placements.clear()
                self._placements[key] = p
            placed.append(PlacedAnnotation(annotation, p.start, p.end, p.state))
        placed.sort(key=lambda p: (p.start is None, p.start or 0, p.annotation.created))
        return placed

    def update_annotation(self, annotation_id: str, *, note: str = _UNSET, tag: str = _UNSET,
                          assessment: str | None = _UNSET, link_kind: str | None = _UNSET,
                          link_id: str | None = _UNSET,
                          link_key: dict[str, Any] | None = _UNSET) -> Annotation:
        """Change what is given, leave the rest; returns the annotation as stored now. A new link
        given without its key drops the old key, which described the old item."""
        annotation_id = self.resolve_id(annotation_id)
        changes: dict[str, Any] = {}
        if note is not _UNSET:
            changes["note"] = note
        if tag is not _UNSET:
            changes["tag_id"] = self.tag(tag).id
        if assessment is not _UNSET:
            _check_fields(assessment, None)
            changes["assessment"] = assessment
        if link_kind is not _UNSET:
            _check_fields(None, link_kind)
            changes["link_kind"] = link_kind
        if link_id is not _UNSET:
            changes["link_id"] = link_id
        if link_key is not _UNSET or "link_kind" in changes or "link_id" in changes:
            changes["link_key"] = _json_or_null(None if link_key is _UNSET else link_key)
        changes["modified"] = now_iso()
        assignments = ", ".join(f"{column} = ?" for column in changes)
        with self._write() as conn:
            conn.execute(f"UPDATE annotations SET {assignments} WHERE id = ?",
                         (*changes.values(), annotation_id))
        return self.annotation(annotation_id)

    def reanchor_annotation(self, annotation_id: str, document: TextDocument, start: int,
                            end: int) -> Annotation:
        """Attach an annotation (an orphan, say) to ``document.text[start:end]``."""
        annotation_id = self.resolve_id(annotation_id)
        if not 0 <= start < end <= len(document.text):
            raise UsageError(f"no text to annotate between offsets {start} and {end}")
        a = Anchor.from_text(document.text, start, end)
        with self._write() as conn:
            doc_id = self._ensure_document(conn, document)
            conn.execute('UPDATE annotations SET document_id = ?, quote = ?, prefix = ?, '
                         'suffix = ?, start = ?, "end" = ?, anchor_sha256 = ?, modified = ? '
                         "WHERE id = ?", (doc_id, a.quote, a.prefix, a.suffix, a.start, a.end,
                                          document.sha256, now_iso(), annotation_id))
        return self.annotation(annotation_id)

    def keep_here(self, annotation_id: str, document: TextDocument) -> Annotation:
        """Accept where a ``changed`` (or moved) annotation now stands: its quote becomes the
        current words there, and it is ``anchored`` on this text from now on."""
        placed = next((p for p in self.annotations_for(document)
                       if p.annotation.id == self.resolve_id(annotation_id)), None)
        if placed is None:
            raise UsageError(f"annotation {annotation_id} belongs to another document")
        if placed.start is None or placed.end is None:
            raise UsageError(f"annotation {placed.annotation.id} is orphaned: there is no place "
                             "to keep it at; attach it to a selection instead")
        return self.reanchor_annotation(placed.annotation.id, document, placed.start, placed.end)

    def make_orphan(self, annotation_id: str) -> Annotation:
        """Take an annotation off the text (its place is wrong); its quote, note and tag stay, and
        ``reanchor_annotation`` attaches it again."""
        annotation_id = self.resolve_id(annotation_id)
        with self._write() as conn:
            conn.execute('UPDATE annotations SET start = -1, "end" = -1, modified = ? '
                         "WHERE id = ?", (now_iso(), annotation_id))
        return self.annotation(annotation_id)

    def delete_annotation(self, annotation_id: str) -> Annotation:
        """Delete one annotation; returns it, so that the caller can restore it (undo)."""
        annotation = self.annotation(annotation_id)
        with self._write() as conn:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation.id,))
        return annotation

    def delete_document_annotations(self, document: TextDocument,
                                    include_corrections: bool = True) -> int:
        """Delete all of a document's annotations (and corrections); returns how many went."""
        found = self.find_document(document)
        if found is None:
            return 0
        with self._write() as conn:
            count = conn.execute("DELETE FROM annotations WHERE document_id = ?",
                                 (found.id,)).rowcount
            if include_corrections:
                count += conn.execute("DELETE FROM corrections WHERE document_id = ?",
                                      (found.id,)).rowcount
        return count

    # ---- whole store ---------------------------------------------------------------------
    def backup(self, destination: str | os.PathLike[str]) -> Path:
        """A consistent copy of the whole store (SQLite online backup), safe while in use."""
        destination = Path(destination).expanduser()
        if destination.resolve() == self.path.resolve():
            raise UsageError("the backup must not overwrite the store itself", destination)
        partial = destination.with_name(destination.name + ".partial")
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            target = sqlite3.connect(private_file(partial))   # a copy of private notes: 0600
            with self._lock:
                self._conn.backup(target)
            target.close()
            os.replace(partial, destination)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            raise StoreError(f"could not write the backup ({exc})", destination) from None
        return destination

    def integrity_check(self) -> str:
        return str(self._read("PRAGMA integrity_check")[0][0])

    def schema_version(self) -> int:
        with self._lock:
            return store_schema.schema_version(self._conn)


_ANNOTATION_SELECT = (
    'SELECT a.id, a.quote, a.prefix, a.suffix, a.start, a."end", a.anchor_sha256, a.note, '
    "a.assessment, a.link_kind, a.link_id, a.link_key, a.created, a.modified, t.name AS tag "
    "FROM annotations a JOIN tags t ON t.id = a.tag_id")


def _json_or_null(value: dict[str, Any] | None) -> str | None:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else None


def _check_fields(assessment: str | None, link_kind: str | None) -> None:
    if assessment is not None and assessment not in ASSESSMENTS:
        raise UsageError(f"unknown assessment '{assessment}' (one of {', '.join(ASSESSMENTS)})")
    if link_kind is not None and link_kind not in LINK_KINDS:
        raise UsageError(f"unknown link kind '{link_kind}' (one of {', '.join(LINK_KINDS)})")
