"""The annotation store: location, schema and migrations, documents, annotations, tags, backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefreader.anchoring.selectors import Anchor
from briefreader.annotations.model import DEFAULT_TAGS
from briefreader.errors import StoreError, UsageError
from briefreader.loading import load_document
from briefreader.paths import store_path
from briefreader.store import schema as store_schema
from briefreader.store.annotations import AnnotationStore


@pytest.fixture
def store():
    with AnnotationStore.open() as opened:
        yield opened


@pytest.fixture
def document(sample_path):
    return load_document(sample_path)


def span_of(document, quote: str) -> tuple[int, int]:
    start = document.text.index(quote)
    return start, start + len(quote)


def test_store_is_created_in_the_overridden_data_dir_with_wal_and_foreign_keys(private_data_dir):
    with AnnotationStore.open() as store:
        assert store.path == store_path() == Path(private_data_dir) / "annotations.sqlite3"
        assert store.path.exists()
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.schema_version() == store_schema.SCHEMA_VERSION
        assert store.recovery is None


def test_missing_directories_are_created(tmp_path):
    path = tmp_path / "deep" / "er" / "store.sqlite3"
    with AnnotationStore.open(path) as store:
        assert store.tag_names() == list(DEFAULT_TAGS)
    assert path.exists()


def test_an_old_schema_is_migrated_forward_keeping_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    store_schema.migrate(conn, target=1)
    conn.execute("INSERT INTO documents (sha256, path, title, created, seen) "
                 "VALUES ('abc', NULL, 't', 'now', 'now')")
    conn.execute("INSERT INTO document_fingerprints VALUES ('abc', 1)")
    conn.execute('INSERT INTO annotations (id, document_id, tag_id, quote, prefix, suffix, start, '
                 '"end", anchor_sha256, created, modified) VALUES '
                 "('a1b2c3d4e5f6', 1, 2, 'q', '', '', 0, 1, 'abc', 'now', 'now')")
    conn.close()
    with AnnotationStore.open(path) as store:
        assert store.schema_version() == store_schema.SCHEMA_VERSION
        kept = store.annotation("a1b2c3d4e5f6")
        assert (kept.quote, kept.tag) == ("q", DEFAULT_TAGS[1])
        assert store.corrections_for(_Doc("x", "abc")) == []


def test_a_version_2_store_with_linked_annotations_gains_link_keys(tmp_path, document):
    from briefreader.annotations.links import resolve_annotation_links
    from briefreader.extraction.model import Claim, Extraction

    path = tmp_path / "v2.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    store_schema.migrate(conn, target=2)
    conn.execute("INSERT INTO documents (sha256, path, title, created, seen) VALUES (?, ?, 't', "
                 "'now', 'now')", (document.sha256, document.path))
    conn.execute("INSERT INTO document_fingerprints VALUES (?, 1)", (document.sha256,))
    start, end = span_of(document, "bloodbath")
    anchor = Anchor.from_text(document.text, start, end)
    conn.execute('INSERT INTO annotations (id, document_id, tag_id, quote, prefix, suffix, start, '
                 '"end", anchor_sha256, note, link_kind, link_id, created, modified) VALUES '
                 "('0123456789ab', 1, 1, ?, ?, ?, ?, ?, ?, 'old link', 'claim', 'c7', 'now', "
                 "'now')", (anchor.quote, anchor.prefix, anchor.suffix, start, end,
                            document.sha256))
    conn.close()
    with AnnotationStore.open(path) as store:
        assert store.schema_version() == store_schema.SCHEMA_VERSION == 5
        (placed,) = store.annotations_for(document)
        old = placed.annotation
        assert (old.note, old.link_kind, old.link_id, old.link_key) == ("old link", "claim", "c7",
                                                                       None)
        # without a key the link is checked against the passage: the claim under it now
        around = Claim("c2", document.text[start - 5 : end + 5], None, None, "indirect", None,
                       start - 5, end + 5)
        assert resolve_annotation_links(Extraction(claims=(around,)), [placed]) == {old.id: "c2"}
        assert resolve_annotation_links(Extraction(), [placed]) == {old.id: None}
        key = {"text": around.text, "start": around.start, "end": around.end}
        keyed = store.update_annotation(old.id, link_key=key)
        assert (keyed.link_id, keyed.link_key) == ("c7", key)
        assert store.integrity_check() == "ok"


class _Doc:
    def __init__(self, text: str, sha256: str, path: str | None = None) -> None:
        self.text, self.sha256, self.path, self.title = text, sha256, path, "t"


def test_a_store_from_a_newer_briefreader_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "new.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer briefreader"):
        AnnotationStore.open(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.broken-*"))


def test_add_list_update_delete_and_restore(store, document):
    start, end = span_of(document, "bloodbath")
    added = store.add_annotation(document, start, end, tag="verify", note="**why?**")
    assert (added.quote, added.tag, added.note) == ("bloodbath", "verify", "**why?**")
    (placed,) = store.annotations_for(document)
    assert (placed.start, placed.end, placed.state) == (start, end, "anchored")
    changed = store.update_annotation(added.id, assessment="disputed", tag="disputed")
    assert (changed.assessment, changed.tag, changed.note) == ("disputed", "disputed", "**why?**")
    assert changed.modified >= added.modified
    gone = store.delete_annotation(added.id[:6])  # a unique prefix is enough
    assert store.annotations_for(document) == []
    store.restore_annotation(document, gone)
    assert [p.annotation for p in store.annotations_for(document)] == [gone]


def test_default_tag_and_errors_that_name_the_problem(store, document):
    start, end = span_of(document, "Idlib")
    assert store.add_annotation(document, start, end).tag == DEFAULT_TAGS[0]
    with pytest.raises(UsageError, match="unknown tag 'nope'"):
        store.add_annotation(document, start, end, tag="nope")
    with pytest.raises(UsageError, match="unknown assessment"):
        store.add_annotation(document, start, end, assessment="maybe")
    with pytest.raises(UsageError, match="no annotation with id 'ffffffffffff'"):
        store.update_annotation("ffffffffffff", note="x")
    with pytest.raises(UsageError, match="no text"):
        store.add_annotation(document, 10, 10)


def test_documents_are_known_by_fingerprint_and_by_path(store, document, tmp_path):
    start, end = span_of(document, "the UN envoy to Syria")
    store.add_annotation(document, start, end)
    copy = tmp_path / "copy.txt"
    copy.write_text(Path(document.path).read_text(encoding="utf-8"), encoding="utf-8")
    assert len(store.annotations_for(load_document(copy))) == 1  # same text elsewhere
    copy.write_text("A new first paragraph.\n\n" + copy.read_text(encoding="utf-8"),
                    encoding="utf-8")
    edited = load_document(copy)
    (placed,) = store.annotations_for(edited)  # same path, changed text
    assert placed.state == "moved"
    assert edited.text[placed.start : placed.end] == "the UN envoy to Syria"
    assert len(store.documents()) == 1


def test_renamed_tags_follow_their_annotations(store, document):
    start, end = span_of(document, "bloodbath")
    added = store.add_annotation(document, start, end, tag="verify")
    store.rename_tag("verify", "check source")
    assert store.annotation(added.id).tag == "check source"
    assert "verify" not in store.tag_names()
    with pytest.raises(UsageError, match="already exists"):
        store.rename_tag("check source", "context")
    store.add_tag("rumour")
    assert store.tag_names()[-1] == "rumour"


def test_delete_a_documents_annotations_and_corrections(store, document):
    for quote in ("Idlib", "Putin", "Erdogan"):
        store.add_annotation(document, *span_of(document, quote))
    store.add_correction(document, "reject", "c1", {"item": "claim"})
    assert store.delete_document_annotations(document) == 4
    assert store.annotations_for(document) == [] and store.corrections_for(document) == []


def test_corrections_are_kept_in_order_and_can_be_removed(store, document):
    first = store.add_correction(document, "rename_actor", "a1", {"name": "A"})
    second = store.add_correction(document, "reject", "k1", {"item": "casualty"})
    assert [c.id for c in store.corrections_for(document)] == [first.id, second.id]
    assert store.corrections_for(document)[0].value == {"name": "A"}
    removed = store.delete_correction(first.id)
    assert [c.id for c in store.corrections_for(document)] == [second.id]
    store.restore_correction(document, removed)  # undo
    assert [c.id for c in store.corrections_for(document)] == [first.id, second.id]
    with pytest.raises(UsageError, match="unknown correction"):
        store.add_correction(document, "guess", "a1")


def test_backup_is_a_consistent_copy(store, document, tmp_path):
    store.add_annotation(document, *span_of(document, "Idlib"), note="kept")
    out = store.backup(tmp_path / "backups" / "b.sqlite3")
    with AnnotationStore.open(out) as copy:
        assert copy.integrity_check() == "ok"
        assert [p.annotation.note for p in copy.annotations_for(document)] == ["kept"]
    with pytest.raises(UsageError):
        store.backup(store.path)


def test_a_store_that_cannot_be_created_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match="store"):
        AnnotationStore.open(blocker / "annotations.sqlite3")
