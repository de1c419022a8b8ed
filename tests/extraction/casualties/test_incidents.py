"""Scope and incidents of casualty figures, from sentences written for these tests."""

from __future__ import annotations

import pytest

from briefreader.extraction.casualties.disputes import (
    can_all_be_final,
    disagreements,
    estimate,
    figure_range,
    is_revision,
)
from briefreader.extraction.casualties.incidents import same_incident
from briefreader.extraction.casualties.scope import figure_scope
from briefreader.extraction.model import CasualtyFigure, Incident


def scope_of(sentence: str, figure: str, year: int | None = 2025) -> str:
    start = sentence.index(figure)
    return figure_scope(sentence, start, start + len(figure), year)


@pytest.mark.parametrize(("sentence", "figure", "scope"), [
    ("The interior ministry said 43 people were killed.", "43 people", "event"),
    ("Last year's floods in the same valley killed 132 people.", "132 people", "historic"),
    ("A similar blast in 2019 killed 18 people.", "18 people", "historic"),
    ("The war has displaced 100,000 people since 2011.", "100,000 people", "cumulative"),
    ("Since the conflict began, 9,000 people have been killed.", "9,000 people", "cumulative"),
    ("It was the deadliest attack since 2014, killing 40 people.", "40 people", "event"),
    ("The floods forced 25,000 residents from their homes, and the war has displaced 100,000 "
     "since 2011.", "25,000 residents", "event"),
    ("Of them, 12 were children.", "12 were children", "partial"),
    ("One hospital alone received 20 bodies.", "20 bodies", "partial"),
    ("Police said 8 students were among those killed.", "8 students were among those killed",
     "partial"),
    ("The blast killed 30 people in 2025.", "30 people", "event"),
    ("The storm killed 14 people two years ago.", "14 people", "historic"),
    ("In total, 43 people died in Sunday's attack.", "43 people", "event"),
    ("At least 90 people have been killed in the fighting, a doctor said.", "90 people",
     "event"),
    ("He spoke of the civil war in Korvia, which has killed 300,000 people since it began.",
     "300,000 people", "cumulative"),
    ("Last week's attack killed 50 people, officials said.", "50 people", "event"),
    ("It was the deadliest bombing since the 2019 market attack that killed 90 people.",
     "90 people", "historic"),
    ("It was the deadliest since 2019, when a truck bomb killed 90 people.", "90 people",
     "historic"),
    ("It was the deadliest attack since 2014, killing 40 people.", "40 people", "event"),
])
def test_scope(sentence: str, figure: str, scope: str) -> None:
    assert scope_of(sentence, figure) == scope


def figure(count: int, qualifier: str = "", *, high: int | None = None, scope: str = "event",
           incident: str | None = "i1", category: str = "killed", fid: str = "k") -> CasualtyFigure:
    return CasualtyFigure(id=fid, count=count, count_high=high, category=category,
                          status="reported", qualifier=qualifier, subject="people", source=None,
                          text=str(count), start=0, end=1, scope=scope, incident=incident)


def test_ranges_and_qualifiers() -> None:
    assert figure_range(figure(12, "at least")) == (12, float("inf"))
    assert figure_range(figure(50, "more than"))[0] == 51
    assert can_all_be_final([figure(12, "at least"), figure(15)])
    assert not can_all_be_final([figure(30), figure(50, "more than")])
    assert can_all_be_final([figure(15, high=20), figure(18)])
    assert not can_all_be_final([figure(12, "at least"), figure(15), figure(20)])


def test_only_totals_of_one_incident_disagree() -> None:
    figures = [figure(43, fid="k1"), figure(61, fid="k2"),
               figure(132, scope="historic", incident="i2", fid="k3"),
               figure(12, scope="partial", fid="k4"),
               figure(25_000, category="displaced", fid="k5"),
               figure(100_000, category="displaced", scope="cumulative", incident="i3", fid="k6")]
    found = disagreements(figures)
    assert [(d.incident, d.category, [f.count for f in d.figures]) for d in found] == \
        [("i1", "killed", [43, 61])]
    assert not found[0].revised  # one document: one time


def test_revised_or_differing() -> None:
    a, b, c = figure(20, "at least"), figure(35), figure(41)
    assert is_revision([a, b, c], [1, 2, 3])
    assert not is_revision([a, b, c], [1, 3, 2])  # a later report lower: sources differ
    assert not is_revision([b, c], [1, 1])


def test_estimate_leaves_out_approximations() -> None:
    totals = [figure(20, "at least"), figure(43), figure(61), figure(90, "about")]
    result = estimate(totals, ["a", "b", "c", "d"])
    assert (result.low, result.best, result.high, result.conservative) == (20, 43, 61, 20)


def incident(**fields) -> Incident:
    base = dict(id="i1", scope="event", event="bombing", family="violence", places=("Darset",),
                countries=("Kestrania",), year=2025)
    base.update(fields)
    return Incident(**base)


def test_same_incident() -> None:
    in_province = incident(places=("Darset", "Velmora"), regions=("Velmora",))
    assert same_incident(in_province, incident(event="attack", places=("Velmora", "Darset"),
                                               regions=("Velmora",)))
    assert same_incident(in_province, incident(places=("Velmora",), regions=("Velmora",)))
    assert not same_incident(incident(), incident(year=2023))  # same city, another year
    # the next district, whose report names the city in passing
    next_district = incident(places=("Orlen", "Velmora", "Darset"), regions=("Orlen", "Velmora"))
    assert not same_incident(in_province, next_district)
    assert not same_incident(incident(), incident(family="flood", event="flood"))
    assert not same_incident(incident(), incident(scope="historic"))
    assert not same_incident(incident(month=3, day=2), incident(month=3, day=9))
    assert same_incident(incident(month=3, day=2), incident(month=3, day=4))


def test_a_report_with_a_past_toll_and_a_war_total() -> None:
    """The defect this replaces: 43 vs 61 is the dispute; 132 (last year's floods) and 100,000
    (the war's displaced) are other counts."""
    from pathlib import Path

    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading import load_document

    path = Path(__file__).parents[2] / "data" / "cases" / "flood" / "ministry.md"
    extraction = extract_document(load_document(path))
    by_count = {f.count: f for f in extraction.casualties}
    assert by_count[132].scope == "historic" and by_count[100_000].scope == "cumulative"
    assert by_count[43].incident == by_count[61].incident == by_count[25_000].incident
    assert by_count[132].incident != by_count[43].incident
    found = disagreements(extraction.casualties)
    assert [(d.category, sorted({f.count for f in d.figures})) for d in found] == \
        [("killed", [43, 61])]
    main = extraction.incidents[0]
    assert main.family == "flood" and main.year == 2025 and "Velmora" in main.places[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("A bomb exploded on July 30, 2023, killing 43.", (2023, 7, 30)),
    ("KHAR, July 31 (Wire) - The toll from the bombing rose to 54.", (None, None, None)),
    ("KHAR, July 31, 2023 (Wire) - The toll from the bombing rose to 54.", (2023, None, None)),
    ("As of 10 August, the earthquake had killed 398 people.", (None, None, None)),
    ("The earthquake struck on 3 August; as of 10 August it had killed 398.", (None, 8, 3)),
])
def test_the_event_date_is_not_a_dateline_or_a_cutoff(text: str, expected) -> None:
    from briefreader.extraction.casualties.incident_time import date_in as _date

    assert _date(text) == expected


def test_another_event_in_the_report_is_its_own_incident() -> None:
    from pathlib import Path

    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading.text import parse_plain_text

    text = ("Bomb kills 12 in Darset\n\nA bomb exploded at a bus station in Darset on Monday, "
            "killing 12 people, police said. Another 20 people were wounded.\n\n"
            "In a separate attack in the town of Kessel, gunmen killed 5 soldiers.")
    extraction = extract_document(parse_plain_text(text, Path("t.txt"), "utf-8"))
    by_count = {f.count: f for f in extraction.casualties}
    assert by_count[12].incident == by_count[20].incident
    assert by_count[5].incident != by_count[12].incident


def test_the_brief_and_panel_interface() -> None:
    """find_disputes / contradicting / event_key, as extraction/casualties/disagreement.py
    calls them: figures of one source do not contradict each other when sources are given."""
    from briefreader.extraction.casualties.disagreement import contradicting, find_disputes

    a, b, c = (figure(43, fid="k1"), figure(61, fid="k2"),
               figure(132, scope="historic", incident="i2", fid="k3"))
    d = figure(12, "at least", fid="k4")
    assert find_disputes([a, b, c, d]) == [(a, b)]
    assert find_disputes([a, b, c, d], source_of=lambda f: "one") == []
    assert contradicting(a, [a, b, c, d]) == [b]
    many = [figure(12, "at least", fid=str(n)) for n in range(2000)]
    (disputed,) = find_disputes([*many, figure(5, fid="low")])  # linear: no pair is compared
    assert len(disputed) == 2001


def test_a_report_with_no_date_speaks_from_the_latest_year_it_names() -> None:
    from pathlib import Path

    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading.text import parse_plain_text

    text = ("Blast kills 30 in Darset\n\nA bomb exploded at a market in Darset, killing 30 "
            "people, the deadliest attack in 2024, police said.\n\n"
            "A bombing in the city in 2019 killed 18 people.")
    extraction = extract_document(parse_plain_text(text, Path("t.txt"), "utf-8"))
    by_count = {f.count: f for f in extraction.casualties}
    assert by_count[30].scope == "event" and by_count[18].scope == "historic"


def test_the_day_something_was_said_or_a_past_date_is_not_the_event_day() -> None:
    from briefreader.extraction.casualties.incident_time import date_in

    assert date_in("The toll rose to 230, the mayor said on Friday, October 21.") == \
        (None, None, None)
    assert date_in("the deadliest since the October 15 bombing") == (None, None, None)
