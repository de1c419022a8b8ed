"""The annotation store: one SQLite file holding documents, annotations, tags and corrections.

Durability and sharing: WAL journal with ``synchronous=FULL`` (a write that returned survives a
killed process and a power cut), explicit ``BEGIN IMMEDIATE`` write transactions and a busy
timeout (two processes writing at once both succeed), foreign keys on. A file that is not a
database is never fatal: it is moved aside under a timestamped name, a fresh store is opened and
``store.recovery`` carries a one-line StoreError naming both files.

The store is independent of extraction: it never imports it, holds its own connection and lock,
so a highlight is saved at once even while a long document is being analysed on another thread.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from briefreader import store_schema
from briefreader.anchoring import resolve_anchor
from briefreader.annotation import (
    ASSESSMENTS,
    CORRECTION_KINDS,
    LINK_KINDS,
    Anchor,
    Annotation,
    Correction,
    PlacedAnnotation,
    StoredDocument,
    Tag,
)
from briefreader.errors import StoreError, UsageError
from briefreader.store_records import annotation_from_row, correction_from_row, move_aside

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
_UNSET: Any = object()


class TextDocument(Protocol):
    """What the store needs of a document (briefreader.document.Document fits)."""

    text: str
    title: str

    @property
    def sha256(self) -> str: ...

    @property
    def path(self) -> str | None: ...


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    return secrets.token_hex(6)


def _path_key(path: str | os.PathLike[str] | None) -> str | None:
    return str(Path(path).expanduser().resolve()) if path else None


class AnnotationStore:
    """Open with ``AnnotationStore.open()``; every method is one short transaction, thread-safe."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovery: StoreError | None) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.recovery = recovery  # set when a broken file was moved aside on open

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
            return cls(_connect(path), path, None)
        except store_schema.NewerSchemaError as exc:
            raise StoreError(f"written by a newer briefreader (schema {exc.args[0]}, this one "
                             f"reads up to {store_schema.SCHEMA_VERSION}); upgrade briefreader",
                             path) from None
        except (sqlite3.DatabaseError, PermissionError, IsADirectoryError) as exc:
            if _is_busy(exc):
                raise StoreError("the store is locked by another program; try again",
                                 path) from None
            reason = getattr(exc, "strerror", None) or str(exc)
            if not path.exists():
                raise StoreError(f"cannot create the annotation store ({reason}); check that "
                                 "its folder is writable", path) from None
        aside = move_aside(path)
        recovery = StoreError(f"could not be read ({reason}); it was kept as {aside.name} "
                              f"and a fresh annotation store was opened", path)
        log.info("%s", recovery)  # callers show store.recovery: the CLI prints it, the GUI says it
        return cls(_connect(path), path, recovery)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreError(f"could not write ({exc})", self.path) from None
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _read(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # ---- documents -----------------------------------------------------------------------
    def find_document(self, document: TextDocument) -> StoredDocument | None:
        """The stored document with this text's fingerprint, else the one last seen at its path."""
        with self._lock:
            doc_id = self._document_id(document.sha256, _path_key(document.path))
            return self._stored_document(doc_id) if doc_id is not None else None

    def ensure_document(self, document: TextDocument) -> StoredDocument:
        with self._write() as conn:
            doc_id = self._ensure_document(conn, document)
        return self._stored_document(doc_id)

    def documents(self) -> list[StoredDocument]:
        rows = self._read("SELECT id, sha256, path, title FROM documents ORDER BY seen DESC")
        return [StoredDocument(r["id"], r["sha256"], r["path"], r["title"]) for r in rows]

    def _document_id(self, sha256: str, path: str | None) -> int | None:
        row = self._conn.execute("SELECT document_id FROM document_fingerprints WHERE sha256 = ?",
                                 (sha256,)).fetchone()
        if row is None and path:
            row = self._conn.execute("SELECT document_id FROM document_paths WHERE path = ?",
                                     (path,)).fetchone()
        return row[0] if row else None

    def _ensure_document(self, conn: sqlite3.Connection, document: TextDocument) -> int:
        sha, path, now = document.sha256, _path_key(document.path), now_iso()
        doc_id = self._document_id(sha, path)
        if doc_id is None:
            doc_id = conn.execute(
                "INSERT INTO documents (sha256, path, title, created, seen) VALUES (?,?,?,?,?)",
                (sha, path, document.title or "", now, now)).lastrowid
        else:
            conn.execute("UPDATE documents SET sha256 = ?, path = COALESCE(?, path), title = ?, "
                         "seen = ? WHERE id = ?", (sha, path, document.title or "", now, doc_id))
        conn.execute("INSERT OR IGNORE INTO document_fingerprints VALUES (?, ?)", (sha, doc_id))
        if path:
            conn.execute("INSERT OR REPLACE INTO document_paths VALUES (?, ?)", (path, doc_id))
        return doc_id

    def _stored_document(self, doc_id: int) -> StoredDocument:
        r = self._read("SELECT id, sha256, path, title FROM documents WHERE id = ?", (doc_id,))[0]
        return StoredDocument(r["id"], r["sha256"], r["path"], r["title"])

    # ---- tags ----------------------------------------------------------------------------
    def tags(self) -> list[Tag]:
        rows = self._read("SELECT id, name, colour, position FROM tags ORDER BY position, id")
        return [Tag(r["id"], r["name"], r["colour"], r["position"]) for r in rows]

    def tag_names(self) -> list[str]:
        return [t.name for t in self.tags()]

    def default_tag(self) -> Tag:
        return self.tags()[0]

    def tag(self, name: str) -> Tag:
        found = next((t for t in self.tags() if t.name.casefold() == name.strip().casefold()), None)
        if found is None:
            raise UsageError(f"unknown tag '{name}' (tags: {', '.join(self.tag_names())})")
        return found

    def add_tag(self, name: str, colour: str = "#cfd8dc") -> Tag:
        name = _clean_tag_name(name)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM tags WHERE name = ?", (name,)).fetchone():
                raise UsageError(f"a tag named '{name}' already exists")
            position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM tags").fetchone()
            conn.execute("INSERT INTO tags (name, colour, position) VALUES (?,?,?)",
                         (name, colour, position[0]))
        return self.tag(name)

    def rename_tag(self, old: str, new: str) -> Tag:
        tag, new = self.tag(old), _clean_tag_name(new)
        with self._write() as conn:
            clash = conn.execute("SELECT id FROM tags WHERE name = ?", (new,)).fetchone()
            if clash and clash[0] != tag.id:
                raise UsageError(f"a tag named '{new}' already exists")
            conn.execute("UPDATE tags SET name = ? WHERE id = ?", (new, tag.id))
        return self.tag(new)

    # ---- annotations ---------------------------------------------------------------------
    def add_annotation(self, document: TextDocument, start: int, end: int, *,
                       tag: str | None = None, note: str = "", assessment: str | None = None,
                       link_kind: str | None = None, link_id: str | None = None) -> Annotation:
        """Store a highlight of ``document.text[start:end]``; returns it once it is durable."""
        if not 0 <= start < end <= len(document.text) or not document.text[start:end].strip():
            raise UsageError(f"no text to annotate between offsets {start} and {end}")
        _check_fields(assessment, link_kind)
        tag_id = (self.tag(tag) if tag else self.default_tag()).id
        now, annotation_id = now_iso(), new_id()
        anchor = Anchor.from_text(document.text, start, end)
        with self._write() as conn:
            doc_id = self._ensure_document(conn, document)
            conn.execute(
                'INSERT INTO annotations (id, document_id, tag_id, quote, prefix, suffix, start, '
                '"end", anchor_sha256, note, assessment, link_kind, link_id, created, modified) '
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (annotation_id, doc_id, tag_id, anchor.quote, anchor.prefix, anchor.suffix,
                 anchor.start, anchor.end, document.sha256, note, assessment, link_kind, link_id,
                 now, now))
        return self.annotation(annotation_id)

    def restore_annotation(self, document: TextDocument, annotation: Annotation) -> Annotation:
        """Put back a deleted annotation with its id and times (undo of a delete, import)."""
        _check_fields(annotation.assessment, annotation.link_kind)
        tag = next((t for t in self.tags() if t.name.casefold() == annotation.tag.casefold()),
                   None) or self.default_tag()
        a = annotation.anchor
        with self._write() as conn:
            doc_id = self._ensure_document(conn, document)
            conn.execute(
                'INSERT OR REPLACE INTO annotations (id, document_id, tag_id, quote, prefix, '
                'suffix, start, "end", anchor_sha256, note, assessment, link_kind, link_id, '
                "created, modified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (annotation.id, doc_id, tag.id, a.quote, a.prefix, a.suffix, a.start, a.end,
                 annotation.document_sha256, annotation.note, annotation.assessment,
                 annotation.link_kind, annotation.link_id, annotation.created or now_iso(),
                 annotation.modified or now_iso()))
        return self.annotation(annotation.id)

    def annotation(self, annotation_id: str) -> Annotation:
        rows = self._read(_ANNOTATION_SELECT + " WHERE a.id = ?", (self.resolve_id(annotation_id),))
        return annotation_from_row(rows[0])

    def resolve_id(self, annotation_id: str, table: str = "annotations") -> str:
        """The full id of an annotation (or correction) given its id or a unique prefix of it."""
        key = annotation_id.strip().lower()
        rows = self._read(f"SELECT id FROM {table} WHERE id = ? OR (length(?) >= 4 AND id LIKE ?)",
                          (key, key, key.replace("%", "").replace("_", "") + "%"))
        exact = [r[0] for r in rows if r[0] == key]
        if exact or len(rows) == 1:
            return exact[0] if exact else rows[0][0]
        what = "annotation" if table == "annotations" else "correction"
        if not rows:
            raise UsageError(f"no {what} with id '{annotation_id}'")
        raise UsageError(f"'{annotation_id}' matches several {what}s; give more of the id")

    def annotations_for(self, document: TextDocument) -> list[PlacedAnnotation]:
        """The document's annotations placed on its current text, orphans last."""
        found = self.find_document(document)
        if found is None:
            return []
        if found.sha256 != document.sha256 or found.path != _path_key(document.path):
            # Remember this copy or version, so that a later edit of it still finds its document.
            self.ensure_document(document)
        rows = self._read(_ANNOTATION_SELECT + " WHERE a.document_id = ? ORDER BY a.created, a.id",
                          (found.id,))
        text, sha = document.text, document.sha256
        placed = []
        for row in rows:
            annotation = annotation_from_row(row)
            same_text = annotation.document_sha256 == sha
            p = resolve_anchor(text, annotation.anchor, unchanged=same_text)
            placed.append(PlacedAnnotation(annotation, p.start, p.end, p.state))
        placed.sort(key=lambda p: (p.start is None, p.start or 0, p.annotation.created))
        return placed

    def update_annotation(self, annotation_id: str, *, note: str = _UNSET, tag: str = _UNSET,
                          assessment: str | None = _UNSET, link_kind: str | None = _UNSET,
                          link_id: str | None = _UNSET) -> Annotation:
        """Change what is given, leave the rest; returns the annotation as stored now."""
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

    # ---- corrections ---------------------------------------------------------------------
    def add_correction(self, document: TextDocument, kind: str, target: str,
                       value: dict[str, Any] | None = None) -> Correction:
        if kind not in CORRECTION_KINDS:
            raise UsageError(f"unknown correction '{kind}' (one of {', '.join(CORRECTION_KINDS)})")
        correction_id, now = new_id(), now_iso()
        with self._write() as conn:
            doc_id = self._ensure_document(conn, document)
            conn.execute("INSERT INTO corrections (id, document_id, kind, target, value, created) "
                         "VALUES (?,?,?,?,?,?)", (correction_id, doc_id, kind, target,
                                                  json.dumps(value or {}, ensure_ascii=False), now))
        return self.correction(correction_id)

    def correction(self, correction_id: str) -> Correction:
        key = self.resolve_id(correction_id, table="corrections")
        rows = self._read(_CORRECTION_SELECT + " WHERE c.id = ?", (key,))
        return correction_from_row(rows[0])

    def corrections_for(self, document: TextDocument) -> list[Correction]:
        """The document's corrections in the order they were made (later ones win)."""
        found = self.find_document(document)
        if found is None:
            return []
        rows = self._read(_CORRECTION_SELECT + " WHERE c.document_id = ? ORDER BY c.created, "
                          "c.rowid", (found.id,))
        return [correction_from_row(r) for r in rows]

    def restore_correction(self, document: TextDocument, correction: Correction) -> Correction:
        """Put back a removed correction with its id and time (undo of a removal)."""
        with self._write() as conn:
            doc_id = self._ensure_document(conn, document)
            conn.execute("INSERT OR REPLACE INTO corrections (id, document_id, kind, target, "
                         "value, created) VALUES (?,?,?,?,?,?)",
                         (correction.id, doc_id, correction.kind, correction.target,
                          json.dumps(correction.value, ensure_ascii=False),
                          correction.created or now_iso()))
        return self.correction(correction.id)

    def delete_correction(self, correction_id: str) -> Correction:
        correction = self.correction(correction_id)
        with self._write() as conn:
            conn.execute("DELETE FROM corrections WHERE id = ?", (correction.id,))
        return correction

    # ---- whole store ---------------------------------------------------------------------
    def backup(self, destination: str | os.PathLike[str]) -> Path:
        """A consistent copy of the whole store (SQLite online backup), safe while in use."""
        destination = Path(destination).expanduser()
        if destination.resolve() == self.path.resolve():
            raise UsageError("the backup must not overwrite the store itself", destination)
        partial = destination.with_name(destination.name + ".partial")
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            target = sqlite3.connect(partial)
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
    "a.assessment, a.link_kind, a.link_id, a.created, a.modified, t.name AS tag "
    "FROM annotations a JOIN tags t ON t.id = a.tag_id")
_CORRECTION_SELECT = (
    "SELECT c.id, c.kind, c.target, c.value, c.created, d.sha256 AS document_sha256 "
    "FROM corrections c JOIN documents d ON d.id = c.document_id")


def _connect(path: Path) -> sqlite3.Connection:
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise PermissionError(13, "permission denied", str(path))
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        found = store_schema.schema_version(conn)  # before WAL, which rewrites the header
        if found > store_schema.SCHEMA_VERSION:
            raise store_schema.NewerSchemaError(found)
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            raise sqlite3.DatabaseError("could not switch to WAL journal")
        conn.execute("PRAGMA synchronous = FULL")
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"damaged: {check}")
        store_schema.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _is_busy(exc: BaseException) -> bool:
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED")


def _clean_tag_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise UsageError("a tag name cannot be empty")
    return name


def _check_fields(assessment: str | None, link_kind: str | None) -> None:
    if assessment is not None and assessment not in ASSESSMENTS:
        raise UsageError(f"unknown assessment '{assessment}' (one of {', '.join(ASSESSMENTS)})")
    if link_kind is not None and link_kind not in LINK_KINDS:
        raise UsageError(f"unknown link kind '{link_kind}' (one of {', '.join(LINK_KINDS)})")
