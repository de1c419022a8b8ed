"""The store is private, and a failed save loses nothing (issue 15, item 6).

Files briefreader writes under its data directory are 0600 and its directories 0700 whatever the
umask; a full disk or a read-only store during a save is one clear StoreError, what was saved
before stays, and the store keeps working once the cause is gone.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from briefreader.errors import StoreError
from briefreader.log_file import PrivateRotatingFileHandler
from briefreader.paths import data_dir, log_dir, store_path
from briefreader.store.annotations import AnnotationStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

TEXT = "Port bulletin\n\nThe dockers' union called a strike for Monday morning.\n"


class Note:
    """A document as the store sees it."""

    text = TEXT
    title = "Port bulletin"
    sha256 = "f" * 64
    path = None


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The most common umask (files 0644, directories 0755): what made the store readable."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_store_and_its_wal_and_shm_are_0600_in_a_0700_folder(open_umask, private_data_dir):
    private_data_dir.chmod(0o755)   # as an older briefreader left it
    with AnnotationStore.open() as store:
        store.add_annotation(Note(), 15, 27)
        files = [store_path(), *(store_path().with_name(store_path().name + s)
                                 for s in ("-wal", "-shm"))]
        assert all(f.exists() for f in files)
        assert [mode(f) for f in files] == [0o600] * 3
    assert mode(data_dir()) == 0o700


def test_an_older_readable_store_is_narrowed_when_opened(open_umask):
    with AnnotationStore.open() as store:
        store.add_annotation(Note(), 15, 27)
    store_path().chmod(0o644)
    with AnnotationStore.open() as store:
        assert len(store.annotations_for(Note())) == 1
    assert mode(store_path()) == 0o600


def test_a_store_its_owner_made_read_only_is_not_made_writable(open_umask):
    AnnotationStore.open().close()
    store_path().chmod(0o444)
    from briefreader.paths import private_file

    private_file(store_path())
    assert mode(store_path()) == 0o400


def test_a_backup_is_0600(open_umask, tmp_path):
    with AnnotationStore.open() as store:
        store.add_annotation(Note(), 15, 27)
        backup = store.backup(tmp_path / "copy.sqlite3")
    assert mode(backup) == 0o600


def test_log_files_are_0600_after_rotation_too(open_umask):
    folder = log_dir()
    assert mode(folder) == 0o700
    handler = PrivateRotatingFileHandler(folder / "briefreader.log", maxBytes=200, backupCount=2,
                                         encoding="utf-8")
    logger = logging.getLogger("briefreader.test_private_store")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(20):
            logger.warning("message number %d with some words to fill the file", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    logs = sorted(folder.glob("briefreader.log*"))
    assert len(logs) == 3
    assert [mode(f) for f in logs] == [0o600] * 3


def test_settings_file_is_0600(open_umask):
    pytest.importorskip("PySide6")
    from briefreader.gui.settings import open_settings

    settings = open_settings()
    settings.setValue("font/size", 13)
    settings.sync()
    path = Path(settings.fileName())
    assert path.parent == data_dir() and "font" in path.read_text(encoding="utf-8")
    assert mode(path) == 0o600


# ---- a failed save --------------------------------------------------------------------------

def test_a_full_disk_during_a_save_is_a_clear_error_and_loses_nothing():
    with AnnotationStore.open() as store:
        kept = store.add_annotation(Note(), 15, 27, note="saved before the disk filled")
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's own SQLITE_FULL: the store may not grow by a single page
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError) as info:
            for _ in range(200):
                store.add_annotation(Note(), 15, 27, note="x" * 4000)
        message = str(info.value)
        assert "disk is full" in message and "everything saved before is kept" in message
        assert str(store.path) in message
        assert kept.id in [p.annotation.id for p in store.annotations_for(Note())]
        store._conn.execute(f"PRAGMA max_page_count = {2**30}")   # space freed
        store.add_annotation(Note(), 32, 38)
    with AnnotationStore.open() as reopened:
        notes = [p.annotation.note for p in reopened.annotations_for(Note())]
        assert "saved before the disk filled" in notes
        assert reopened.integrity_check() == "ok"


class _FailingWrites:
    """The store's connection, with every write failing as a full or read-only disk makes it."""

    def __init__(self, conn: sqlite3.Connection, message: str) -> None:
        self._conn, self._message = conn, message

    def execute(self, sql: str, *args):
        if sql.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            raise sqlite3.OperationalError(self._message)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


@pytest.mark.parametrize("message, problem", [
    ("database or disk is full", "the disk is full"),
    ("attempt to write a readonly database", "the store is read-only"),
])
def test_a_failing_write_is_one_store_error_and_the_store_keeps_working(message, problem):
    with AnnotationStore.open() as store:
        kept = store.add_annotation(Note(), 15, 27, note="first")
        real = store._conn
        store._conn = _FailingWrites(real, message)
        with pytest.raises(StoreError, match=problem):
            store.update_annotation(kept.id, note="second")
        with pytest.raises(StoreError, match=problem):
            store.add_annotation(Note(), 32, 38)
        assert not real.in_transaction
        store._conn = real
        assert [p.annotation.note for p in store.annotations_for(Note())] == ["first"]
        store.update_annotation(kept.id, note="third")
        assert store.annotation(kept.id).note == "third"


def test_a_read_only_store_during_a_save_is_a_clear_error():
    with AnnotationStore.open() as store:
        kept = store.add_annotation(Note(), 15, 27, note="kept")
        store._conn.execute("PRAGMA query_only = ON")   # SQLite's own SQLITE_READONLY
        with pytest.raises(StoreError, match="read-only"):
            store.delete_annotation(kept.id)
        store._conn.execute("PRAGMA query_only = OFF")
        assert store.annotation(kept.id).note == "kept"
