"""The annotation store's foundation: its connection, transactions and the documents it knows.

See store.py for the whole store. Durability and sharing are decided here: WAL journal with
``synchronous=FULL`` (a write that returned survives a killed process and a power cut), explicit
``BEGIN IMMEDIATE`` write transactions and a busy timeout (two processes writing at once both
succeed), foreign keys on.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, Self

from briefreader.annotations.model import StoredDocument
from briefreader.errors import StoreError, UsageError
from briefreader.paths import private_file
from briefreader.store import schema as store_schema

BUSY_TIMEOUT_MS = 15_000


class TextDocument(Protocol):
    """What the store needs of a document (briefreader.document.Document fits)."""

    text: str
    title: str

    @property
    def sha256(self) -> str: ...

    @property
    def path(self) -> str | None: ...


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def new_id() -> str:
    return secrets.token_hex(6)


def path_key(path: str | os.PathLike[str] | None) -> str | None:
    return str(Path(path).expanduser().resolve()) if path else None


class StoreBase:
    """One connection, one lock; every public method is one short transaction, thread-safe."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovery: StoreError | None) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.recovery = recovery  # set when a broken file was moved aside on open

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Every write inside is one transaction: all of them are saved, or none (an import)."""
        with self._write():
            yield

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._conn.in_transaction:   # inside transaction(): the outer one commits
                yield self._conn
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise save_error(exc, self.path) from None
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:   # SQLite may have rolled back already (disk full)
                    with suppress(sqlite3.Error):
                        self._conn.execute("ROLLBACK")
                # a constraint the caller checks for (a name taken) is the caller's to word
                if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.IntegrityError):
                    raise save_error(exc, self.path) from None
                raise

    def _read(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def data_version(self) -> int:
        """A number that changes when any *other* connection (another process: ``briefreader
        annotate``, a second window) has committed to the store since it was last read; this
        connection's own writes leave it as it is. Cheap (no disk read when nothing changed):
        the window compares it with the value it last saw when it regains focus and before an
        export, and reloads the annotations when it differs."""
        return int(self._read("PRAGMA data_version")[0][0])

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

    # ---- documents -----------------------------------------------------------------------
    def find_document(self, document: TextDocument) -> StoredDocument | None:
        """The stored document with this text's fingerprint, else the one last seen at its path."""
        with self._lock:
            doc_id = self._document_id(document.sha256, path_key(document.path))
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
        sha, path, now = document.sha256, path_key(document.path), now_iso()
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


def connect(path: Path) -> sqlite3.Connection:
    """Open, switch to WAL, check and migrate. Two processes opening a new store at once can get
    SQLITE_BUSY where SQLite does not wait (the switch to WAL, WAL recovery): retry those."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            return _connect_once(path)
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def _connect_once(path: Path) -> sqlite3.Connection:
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise PermissionError(13, "permission denied", str(path))
    # SQLite gives the -wal and -shm files the store's own mode: made 0600 here, they are too.
    try:
        for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if file is path or file.exists():
                private_file(file)
    except OSError as exc:   # a read-only or full file system: open() says it in one line
        raise sqlite3.OperationalError(exc.strerror or str(exc)) from None
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


def save_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """One line a user can act on; what was saved before stays saved (the write rolled back)."""
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or "disk is full" in str(exc):
        problem = "the disk is full"
        advice = "free some space and try again"
    elif name.startswith("SQLITE_READONLY") or "readonly" in str(exc):
        problem = "the store is read-only"
        advice = "check the file's and its folder's permissions, or the disk's write protection"
    elif is_busy(exc):
        problem = "the store is locked by another program"
        advice = "try again"
    else:
        problem = f"the store could not be written ({exc})"
        advice = "try again; 'briefreader store --check' checks the file"
    return StoreError(f"not saved: {problem}; everything saved before is kept; {advice}", path)


def is_busy(exc: BaseException) -> bool:
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED")
