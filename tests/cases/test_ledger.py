"""The figure ledger across the documents of a case."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.cases.case_file import CaseDocument, CaseFile, open_case
from briefreader.cases.ledger import build_ledger
from briefreader.document import Document
from briefreader.extraction.model import CasualtyFigure, Extraction, Incident
from briefreader.store.cases import CaseCorrection, CaseMember


@pytest.fixture(scope="module")
def ledger(case_store):
    return build_ledger(open_case(case_store, "Darset"))


def entries_with(ledger, name: str, category: str = "killed"):
    return [e for e in ledger.entries if e.category == category
            and any(Path(f.source_document.path).name == name for f in e.figures)]


def test_one_event_across_sources_is_flagged(ledger):
    (entry,) = [e for e in entries_with(ledger, "2-lantern-daily.md")
                if e.incident.scope == "event"]
    files = {Path(f.source_document.path).name for f in entry.figures}
    assert files == {"1-harbour-wire.md", "2-lantern-daily.md", "3-meridian-post.md",
                     "4-no-date.txt"}
    assert entry.disagreement and not entry.revised  # 35 and 52 on the same day
    assert (entry.low, entry.high, entry.conservative) == (20, 52, 20)


def test_the_same_city_years_earlier_and_the_next_district_are_other_events(ledger):
    darset = entries_with(ledger, "2-lantern-daily.md")[0].event
    assert entries_with(ledger, "5-darset-2023.md")[0].event != darset
    assert entries_with(ledger, "6-orlen.md")[0].event != darset
    assert not entries_with(ledger, "6-orlen.md")[0].disagreement


def test_past_tolls_and_running_totals_stay_out_of_the_event(ledger):
    (flood,) = [e for e in entries_with(ledger, "ministry.md") if e.incident.scope == "event"]
    assert sorted({f.figure.count for f in flood.figures}) == [43, 61]
    assert flood.disagreement
    (displaced,) = [e for e in entries_with(ledger, "ministry.md", "displaced")
                    if e.incident.scope == "event"]
    assert [f.figure.count for f in displaced.figures] == [25_000]
    assert not displaced.disagreement
    historic = [e for e in ledger.entries if e.incident.scope == "historic"]
    assert {f.figure.count for e in historic for f in e.figures} == {31, 132}
    assert all(e.low is None and not e.disagreement for e in historic)


def test_json_shape(ledger):
    data = ledger.to_json()["incidents"][0]
    assert set(data) >= {"id", "event", "category", "description", "place", "when", "low",
                         "best", "high", "conservative", "disagreement", "revised", "figures"}
    assert set(data["figures"][0]) >= {"path", "count", "count_high", "qualifier", "source",
                                       "status", "scope", "text", "start", "end"}


# ---- built by hand: no extraction ----------------------------------------------------------

def report(n: int, date: str | None, *counts: tuple[int, str], place: str = "Kessel",
           year: int = 2024) -> CaseDocument:
    text = "x" * 200
    figures = tuple(CasualtyFigure(id=f"k{i}", count=c, count_high=None, category="killed",
                                   status="reported", qualifier=q, subject="people",
                                   source=None, text=str(c), start=10 * i, end=10 * i + 2,
                                   incident="i1") for i, (c, q) in enumerate(counts, 1))
    incident = Incident("i1", "event", "earthquake", "earthquake", (place,), year=year)
    metadata = {"date": date} if date else {}
    member = CaseMember(n, f"{n:064d}", f"/r/{n}.txt", f"report {n}", n, metadata)
    document = Document(text, (), f"report {n}", metadata)
    return CaseDocument(member, document, Extraction(casualties=figures, incidents=(incident,)))


def test_compatible_ranges_are_not_a_disagreement():
    case = CaseFile("q", (report(1, "2024-01-02", (12, "at least")),
                          report(2, "2024-01-03", (15, ""))))
    (entry,) = build_ledger(case).entries
    assert not entry.disagreement and (entry.low, entry.best, entry.high) == (12, 15, 15)


def test_a_rising_toll_is_a_revision():
    case = CaseFile("q", (report(1, "2024-01-02", (30, "")),
                          report(2, "2024-01-03", (50, "more than")),
                          report(3, "2024-01-05", (80, ""))))
    (entry,) = build_ledger(case).entries
    assert entry.disagreement and entry.revised
    assert (entry.low, entry.best, entry.high) == (30, 50, 80)


def test_move_and_split_are_corrections():
    a = report(1, "2024-01-02", (30, ""))
    b = report(2, "2024-01-02", (90, ""), place="Orvik")
    case = CaseFile("q", (a, b))
    assert len(build_ledger(case).entries) == 2
    key_a = build_ledger(case).entries[0].figures[0].key
    key_b = build_ledger(case).entries[1].figures[0].key
    move = CaseCorrection("m1", "move", {"figure": key_b, "to": key_a}, "now")
    (moved,) = build_ledger(case, [move]).entries
    assert moved.disagreement and len(moved.figures) == 2
    split = CaseCorrection("s1", "split", {"figure": key_b}, "later")
    assert len(build_ledger(case, [move, split]).entries) == 2  # the move undone by a split
    assert len(build_ledger(case, [CaseCorrection("x", "split", {"figure": "gone"}, "")])
               .entries) == 2


@pytest.fixture(scope="module")
def quake(tmp_path_factory):
    from briefreader.cases.analysis import add_documents
    from briefreader.store.annotations import AnnotationStore

    from .conftest import CASES

    with AnnotationStore.open(tmp_path_factory.mktemp("quake") / "s.sqlite3") as store:
        store.create_case("quake")
        add_documents(store, "quake", [CASES / "quake"], processes=1)
        yield build_ledger(open_case(store, "quake"))


def test_an_earthquake_told_by_four_sources(quake):
    """An undated wire story, a daily, an agency's situation report and a later report: one
    event; the same county's quake six years earlier and an aftershock next door are others."""
    (killed,) = [e for e in entries_with(quake, "3-agency.md") if e.incident.scope == "event"]
    files = {Path(f.source_document.path).name for f in killed.figures}
    assert files == {"1-wire.txt", "2-daily.md", "3-agency.md", "4-post.md"}
    assert killed.disagreement and killed.high == 410
    (wounded,) = [e for e in entries_with(quake, "3-agency.md", "wounded")
                  if e.incident.scope == "event"]
    assert wounded.disagreement and wounded.high == 3100
    assert entries_with(quake, "5-helu-2019.md")[0].event != killed.event
    assert entries_with(quake, "6-neighbour.md")[0].event != killed.event
    displaced = [e for e in entries_with(quake, "3-agency.md", "displaced")]
    assert {e.incident.scope for e in displaced} == {"event", "cumulative"}


def test_a_date_written_out_orders_the_reports():
    assert report(1, "July 30, 2023").date == "2023-07-30"
    assert report(1, "30 July 2023 09:14").date == "2023-07-30"
    assert report(1, "2023-07-30T09:14:00Z").date == "2023-07-30"
    assert report(1, "last week").date is None


def test_undated_reports_are_told_apart_by_the_days_in_their_text(tmp_path):
    """No metadata at all: the weekday tied to each event and the dates in the text keep a
    later car bombing in the same city apart; its mention of the earlier toll is history."""
    from briefreader.cases.analysis import add_documents
    from briefreader.store.annotations import AnnotationStore

    from .conftest import CASES

    with AnnotationStore.open(tmp_path / "s.sqlite3") as store:
        store.create_case("u")
        add_documents(store, "u", [CASES / "undated"], processes=1)
        ledger = build_ledger(open_case(store, "u"))
    (truck,) = [e for e in entries_with(ledger, "a3.txt") if e.incident.scope == "event"]
    assert {Path(f.source_document.path).name for f in truck.figures} == {"a1.txt", "a2.txt",
                                                                         "a3.txt"}
    assert truck.disagreement and truck.revised and truck.high == 300
    (car,) = [e for e in entries_with(ledger, "b-other-year.txt") if e.incident.scope == "event"]
    assert car.event != truck.event and {f.figure.count for f in car.figures} == {12}
