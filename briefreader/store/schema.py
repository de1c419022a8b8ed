"""The annotation store's schema: a ladder of forward migrations on ``PRAGMA user_version``.

Each rung takes the database from version N-1 to N and is never edited once released: a new
column or table is a new rung at the end. The store applies the missing rungs in one write
transaction, so two processes opening an old store at once migrate it exactly once.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from briefreader.annotations.model import ASSESSMENTS, DEFAULT_TAGS

DEFAULT_TAG_COLOURS = ("#ffd54f", "#ef9a9a", "#90caf9", "#a5d6a7")

_ASSESSMENT_CHECK = ", ".join(f"'{a}'" for a in ASSESSMENTS)

# Version 1: documents, their fingerprints and paths, tags, annotations.
_V1 = [
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,
        path TEXT,
        title TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        seen TEXT NOT NULL)""",
    # Every fingerprint a document's text has had, so an older copy of the file still finds it.
    """CREATE TABLE document_fingerprints (
        sha256 TEXT PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE)""",
    """CREATE TABLE document_paths (
        path TEXT PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE)""",
    """CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        colour TEXT NOT NULL,
        position INTEGER NOT NULL)""",
    f"""CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id),
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        anchor_sha256 TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        assessment TEXT CHECK (assessment IS NULL OR assessment IN ({_ASSESSMENT_CHECK})),
        link_kind TEXT,
        link_id TEXT,
        created TEXT NOT NULL,
        modified TEXT NOT NULL)""",
    *(
        f"INSERT INTO tags (name, colour, position) VALUES ('{name}', '{colour}', {i})"
        for i, (name, colour) in enumerate(zip(DEFAULT_TAGS, DEFAULT_TAG_COLOURS, strict=True))
    ),
]

# Version 2: corrections to the extraction, and the indexes a per-document listing needs.
_V2 = [
    """CREATE TABLE corrections (
        id TEXT PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        value TEXT NOT NULL DEFAULT '{}',
        created TEXT NOT NULL)""",
    "CREATE INDEX annotations_by_document ON annotations(document_id)",
    "CREATE INDEX corrections_by_document ON corrections(document_id)",
    "CREATE INDEX documents_by_sha256 ON documents(sha256)",
]

# Version 3: the key of an annotation's linked item (JSON: an actor's name, a claim's text, see
# item_keys.py), so that a link finds its item again after re-extraction renumbered the ids.
# Links made before have none (NULL): they are checked against the passage instead.
_V3 = ["ALTER TABLE annotations ADD COLUMN link_key TEXT"]

# Version 4: case files (named sets of documents), each document's text and metadata for the
# case's full-text search (FTS5, kept in step by triggers), the extraction cache keyed by text
# fingerprint and extractor version, and the user's corrections to a case's figure ledger.
_V4 = [
    """CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL)""",
    """CREATE TABLE case_documents (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        added TEXT NOT NULL,
        PRIMARY KEY (case_id, document_id))""",
    "CREATE INDEX case_documents_by_document ON case_documents(document_id)",
    """CREATE TABLE document_texts (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL,
        text TEXT NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}')""",
    """CREATE VIRTUAL TABLE document_search USING fts5(
        text, content='document_texts', content_rowid='document_id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER document_texts_added AFTER INSERT ON document_texts BEGIN
        INSERT INTO document_search(rowid, text) VALUES (new.document_id, new.text); END""",
    """CREATE TRIGGER document_texts_removed AFTER DELETE ON document_texts BEGIN
        INSERT INTO document_search(document_search, rowid, text)
        VALUES ('delete', old.document_id, old.text); END""",
    """CREATE TRIGGER document_texts_changed AFTER UPDATE ON document_texts BEGIN
        INSERT INTO document_search(document_search, rowid, text)
        VALUES ('delete', old.document_id, old.text);
        INSERT INTO document_search(rowid, text) VALUES (new.document_id, new.text); END""",
    """CREATE TABLE extraction_cache (
        sha256 TEXT NOT NULL,
        version TEXT NOT NULL,
        extraction TEXT NOT NULL,
        created TEXT NOT NULL,
        PRIMARY KEY (sha256, version))""",
    """CREATE TABLE case_corrections (
        id TEXT PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value TEXT NOT NULL DEFAULT '{}',
        created TEXT NOT NULL)""",
]

# Version 5: the case search finds a word's other forms ("killed" for "kill"): its index is made
# again with FTS5's Porter stemmer. The index is derived from document_texts, rebuilt from them.
_V5 = [
    "DROP TABLE document_search",
    """CREATE VIRTUAL TABLE document_search USING fts5(
        text, content='document_texts', content_rowid='document_id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    "INSERT INTO document_search(document_search) VALUES ('rebuild')",
]

MIGRATIONS: tuple[list[str], ...] = (_V1, _V2, _V3, _V4, _V5)
# Rungs that change an existing store copy it aside first (a store that is still empty is not)
BACKUP_BEFORE = frozenset({4})
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(Exception):
    """The file was written by a newer briefreader; it is not corrupt and must not be touched."""


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_path(database: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return database.with_name(f"{database.name}.v{version}-backup-{stamp}")


def back_up(conn: sqlite3.Connection, version: int) -> Path | None:
    """Copy the database (a consistent snapshot, WAL included) beside its file, before a
    migration from ``version`` changes it; None for an in-memory database."""
    row = conn.execute("PRAGMA database_list").fetchone()
    if not row or not row[2]:
        return None
    target = backup_path(Path(row[2]), version)
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to ``target``; returns the version it was at. The connection must be in
    autocommit mode (isolation_level=None): the migration is one explicit transaction. A store
    made by an earlier release is copied aside first when a rung in BACKUP_BEFORE will run."""
    found = schema_version(conn)
    if 0 < found < target and any(found < rung <= target for rung in BACKUP_BEFORE):
        back_up(conn, found)
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = schema_version(conn)  # read inside the lock: another process may have migrated
        if found > SCHEMA_VERSION:
            raise NewerSchemaError(found)
        for version in range(found + 1, target + 1):
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found
