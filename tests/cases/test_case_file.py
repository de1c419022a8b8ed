"""A case's documents, the extraction cache, actors across sources and claims by speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.cases import analysis
from briefreader.cases.actors import case_actors
from briefreader.cases.analysis import add_documents
from briefreader.cases.case_file import open_case
from briefreader.cases.claims import case_claims
from briefreader.errors import UsageError
from briefreader.extraction import pipeline
from briefreader.loading import load_document
from briefreader.store.annotations import AnnotationStore

from .conftest import CASES


def names(case) -> list[str]:
    return [Path(d.path).name for d in case.documents]


def test_documents_come_in_date_order_undated_last(case_store):
    case = open_case(case_store, "Darset")
    assert names(case) == ["5-darset-2023.md", "1-harbour-wire.md", "6-orlen.md",
                           "2-lantern-daily.md", "3-meridian-post.md", "ministry.md",
                           "4-no-date.txt"]


def test_a_second_open_runs_no_analysis_and_a_new_version_does(tmp_path, monkeypatch):
    with AnnotationStore.open(tmp_path / "s.sqlite3") as store:
        store.create_case("c")
        first = add_documents(store, "c", [CASES / "flood"], processes=1)
        assert (first.analysed, first.cached) == (1, 0)

        def no_analysis(document):
            raise AssertionError("analysed again")

        monkeypatch.setattr(pipeline, "extract_document", no_analysis)
        store.create_case("d")
        again = add_documents(store, "d", [CASES / "flood"], processes=1)
        assert (again.analysed, again.cached, again.added) == (0, 1, 1)
        assert len(open_case(store, "c").documents[0].extraction.casualties) > 3

        calls = []
        monkeypatch.setattr(pipeline, "extract_document", lambda d: calls.append(d) or
                            pipeline.Extraction())
        monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "next")
        assert open_case(store, "c").documents[0].extraction.casualties == ()
        assert len(calls) == 1
        open_case(store, "c")
        assert len(calls) == 1  # cached under the new version


def test_unreadable_files_are_named_and_the_rest_added(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    with AnnotationStore.open(tmp_path / "s.sqlite3") as store:
        store.create_case("c")
        summary = add_documents(store, "c", [bad, CASES / "flood"], processes=1)
        assert summary.added == 1 and len(summary.failed) == 1 and "bad.txt" in summary.failed[0]
        with pytest.raises(UsageError, match="no such file"):
            add_documents(store, "c", [tmp_path / "missing.txt"])
        with pytest.raises(UsageError, match="no case named"):
            add_documents(store, "none", [CASES / "flood"])


def test_a_pool_of_processes_gives_the_same_results(tmp_path):
    documents = [load_document(p) for p in sorted((CASES / "darset").iterdir())[:3]]
    alone = list(analysis.extract_many(documents, processes=1))
    pooled = list(analysis.extract_many(documents, processes=2))
    assert pooled == alone


def test_actors_merge_across_documents_by_name_forms(case_store):
    actors = {a.name: a for a in case_actors(open_case(case_store, "Darset"))}
    solberg = actors["Amira Solberg"]
    assert {Path(p).name for p in solberg.documents} == {"1-harbour-wire.md",
                                                         "2-lantern-daily.md", "4-no-date.txt"}
    assert "Solberg" in solberg.aliases and "Solberg" not in actors
    assert len({Path(p).name for p in actors["Kestranian Red Crescent"].documents}) == 2


def test_claims_by_speaker_follow_the_dates(case_store):
    case = open_case(case_store, "Darset")
    said = case_claims(case, case_actors(case), speaker="solberg")
    assert {c.speaker for c in said} == {"Amira Solberg"}
    assert [Path(c.source_document.path).name for c in said] == \
        ["1-harbour-wire.md", "2-lantern-daily.md", "2-lantern-daily.md", "4-no-date.txt"]
    assert said[0].claim.text.startswith("The explosion tore")
    everyone = case_claims(case, case_actors(case))
    assert len(everyone) > len(said)


def test_stopping_keeps_what_was_analysed(tmp_path):
    with AnnotationStore.open(tmp_path / "s.sqlite3") as store:
        store.create_case("c")
        seen = []
        summary = add_documents(store, "c", [CASES / "darset"], processes=1,
                                progress=lambda done, total: seen.append(done),
                                cancelled=lambda: len(seen) >= 3)
        assert summary.analysed == 2 and summary.cancelled == 4 and summary.added == 2
        assert "stopped, 4 left out" in summary.line("c")
        assert len(store.case_members("c")) == 2
