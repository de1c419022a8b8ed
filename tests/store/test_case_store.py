"""Cases, the extraction cache and full-text search in the store, and the migration that adds
them to a store made by the previous release."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import pytest

from briefreader.errors import UsageError
from briefreader.store import schema as store_schema
from briefreader.store.annotations import AnnotationStore


@dataclass(frozen=True)
class Doc:
    text: str
    sha256: str
    path: str | None
    title: str = "t"


@pytest.fixture
def store(tmp_path):
    with AnnotationStore.open(tmp_path / "store.sqlite3") as opened:
        yield opened


def test_a_version_3_store_is_backed_up_then_gains_cases(tmp_path):
    path = tmp_path / "v3.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    store_schema.migrate(conn, target=3)
    conn.execute("INSERT INTO documents (sha256, path, title, created, seen) "
                 "VALUES ('abc', '/x/a.txt', 'kept', 'now', 'now')")
    conn.execute("INSERT INTO document_fingerprints VALUES ('abc', 1)")
    conn.close()
    with AnnotationStore.open(path) as store:
        assert store.schema_version() == store_schema.SCHEMA_VERSION
        assert [d.title for d in store.documents()] == ["kept"]
        store.create_case("Harbour")
        assert [c.name for c in store.cases()] == ["Harbour"]
    (backup,) = tmp_path.glob("v3.sqlite3.v3-backup-*")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 3
    assert old.execute("SELECT title FROM documents").fetchall() == [("kept",)]
    old.close()


def test_a_new_store_makes_no_backup(tmp_path):
    with AnnotationStore.open(tmp_path / "new.sqlite3"):
        pass
    assert not list(tmp_path.glob("*backup*"))


def test_cases_hold_documents_in_order_and_share_them(store, tmp_path):
    a = Doc("Floods hit the valley.", "a" * 64, str(tmp_path / "a.txt"))
    b = Doc("A second report.", "b" * 64, str(tmp_path / "b.txt"))
    store.create_case("one")
    store.create_case("two")
    with pytest.raises(UsageError, match="exists already"):
        store.create_case("one")
    assert store.add_to_case("one", [(a, {"outlet": "Wire"})])[0]
    assert store.add_to_case("one", [(b, {})])[0]
    assert not store.add_to_case("one", [(a, {"outlet": "Wire"})])[0]  # already a member
    store.add_to_case("two", [(a, {"outlet": "Wire"})])
    members = store.case_members("one")
    assert [(m.title, m.position, dict(m.metadata)) for m in members] == \
        [("t", 1, {"outlet": "Wire"}), ("t", 2, {})]
    assert [(c.name, c.documents) for c in store.cases()] == [("one", 2), ("two", 1)]
    store.remove_from_case("one", a.path)
    assert [m.path for m in store.case_members("one")] == [b.path]
    assert [m.path for m in store.case_members("two")] == [a.path]
    with pytest.raises(UsageError, match="not in case"):
        store.remove_from_case("one", a.path)
    with pytest.raises(UsageError, match="no case named"):
        store.case_members("three")


def test_the_cache_keys_on_fingerprint_and_version(store):
    store.cache_extraction("f" * 64, "v1", {"actors": [1]})
    assert store.cached_extraction("f" * 64, "v1") == {"actors": [1]}
    assert store.cached_extraction("f" * 64, "v2") is None
    store.cache_extraction("f" * 64, "v2", {"actors": [2]})
    assert store.cached_extraction("f" * 64, "v1") is None  # an older version is dropped


def test_search_returns_every_passage_with_offsets(store):
    text = "The blast in Darset killed 40. Rescuers in Darset dug through the rubble. Darsets."
    other = "Nothing about it here, only the Harbour."
    store.create_case("c")
    store.create_case("d")
    store.add_to_case("c", [(Doc(text, "1" * 64, "/t/one.txt", "One"), {})])
    store.add_to_case("c", [(Doc(other, "2" * 64, "/t/two.txt", "Two"), {})])
    store.add_to_case("d", [(Doc("Darset again", "3" * 64, "/t/three.txt"), {})])
    case = store.case("c")
    hits = store.search_case(case.id, "darset")
    assert [(h.title, text[h.start:h.end]) for h in hits] == \
        [("One", "Darset"), ("One", "Darset"), ("One", "Darsets")]   # its plural too
    assert "Rescuers in Darset dug" in hits[1].snippet
    assert len(store.search_case(case.id, "darset", limit=1)) == 1
    assert [text[h.start:h.end] for h in store.search_case(case.id, "darset*")] == \
        ["Darset", "Darset", "Darsets"]
    phrase = store.search_case(case.id, '"the rubble"')
    assert [text[h.start:h.end] for h in phrase] == ["the rubble"]
    assert store.search_case(case.id, "darset harbour") == []  # no document holds both
    assert [text[h.start:h.end] for h in store.search_case(case.id, "the rubble")] == \
        ["The", "the rubble"]  # words side by side are one passage
    assert store.search_case(case.id, 'OR AND "(') == store.search_case(case.id, "or and")
    with pytest.raises(UsageError):
        store.search_case(case.id, "  ...  ")


def test_ledger_corrections_are_undone_by_removing_them(store):
    store.create_case("c")
    made = store.add_case_correction("c", "split", {"figure": "x"})
    assert [c.kind for c in store.case_corrections("c")] == ["split"]
    store.remove_case_correction(made.id)
    assert store.case_corrections("c") == []
    with pytest.raises(UsageError):
        store.add_case_correction("c", "merge", {})


def test_an_undone_correction_comes_back_with_its_id_and_place(store):
    store.create_case("c")
    first = store.add_case_correction("c", "split", {"figure": "x"})
    second = store.add_case_correction("c", "move", {"figure": "y", "to": "x"})
    store.remove_case_correction(first.id)
    store.restore_case_correction("c", first)   # redo
    assert store.case_corrections("c") == [first, second]   # in the order they were made
    store.restore_case_correction("c", first)   # twice is still once
    assert len(store.case_corrections("c")) == 2


def test_a_word_finds_its_other_forms_and_a_phrase_keeps_its_order(store):
    from briefreader.store.search import stem

    text = ("Shelling killed nine. The killing went on; two were wounded and 300 people displaced. "
            "Displacement camps filled. Kills were counted. A skilled medic helped.")
    store.create_case("c")
    store.add_to_case("c", [(Doc(text, "1" * 64, "/t/one.txt", "One"), {})])
    case = store.case("c")

    def found(query: str) -> list[str]:
        return [text[h.start:h.end] for h in store.search_case(case.id, query)]

    assert found("kill") == ["killed", "killing", "Kills"]    # not "skilled"
    assert found("wounds") == ["wounded"]
    assert found("displacement") == ["displaced", "Displacement"]
    assert found('"people displacing"') == ["people displaced"]
    assert found('"displaced people"') == []     # a phrase keeps its words' order
    assert (stem("us"), stem("killed")) == ("us", "kill")  # FTS5 leaves two letters whole


def test_a_version_4_store_gets_a_search_index_that_stems(tmp_path):
    path = tmp_path / "v4.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    store_schema.migrate(conn, target=4)
    conn.execute("INSERT INTO documents (id, sha256, path, title, created, seen) "
                 "VALUES (1, 'abc', '/x/a.txt', 'kept', 'now', 'now')")
    conn.execute("INSERT INTO cases (id, name, created) VALUES (1, 'Harbour', 'now')")
    conn.execute("INSERT INTO case_documents VALUES (1, 1, 0, 'now')")
    conn.execute("INSERT INTO document_texts (document_id, sha256, text) "
                 "VALUES (1, 'abc', 'Floods displaced thousands.')")
    conn.close()
    with AnnotationStore.open(path) as store:
        assert store.schema_version() == store_schema.SCHEMA_VERSION
        (hit,) = store.search_case(store.case("Harbour").id, "displacing")
        assert (hit.title, hit.start, hit.end) == ("kept", 7, 16)
