"""A save that fails in the window (full disk, read-only store) is one message; the window keeps
what is on disk and goes on working (issue 15, item 6)."""

from __future__ import annotations

import sqlite3

import pytest

from briefreader.store.annotations import AnnotationStore
from tests.store.test_private_store import Note, _FailingWrites

pytest.importorskip("PySide6")


def test_a_highlight_that_cannot_be_saved_is_a_message_and_nothing_shown_changes(qapp):
    from briefreader.gui.session.annotating import DocumentNotes

    with AnnotationStore.open() as store:
        kept = store.add_annotation(Note(), 15, 27, note="on disk")
        notes = DocumentNotes(store, Note())
        messages: list[str] = []
        notes.failed.connect(messages.append)
        real = store._conn
        store._conn = _FailingWrites(real, "database or disk is full")
        assert notes.highlight(32, 38) is False
        assert not notes.edit(notes.annotations[0].annotation, note="lost?")
        assert len(messages) == 2 and all("the disk is full" in m for m in messages)
        assert [p.annotation.id for p in notes.annotations] == [kept.id]
        assert notes.undo_stack.count() == 0
        store._conn = real
        assert notes.highlight(32, 38) is True
        assert len(notes.annotations) == 2
        assert isinstance(real, sqlite3.Connection)
