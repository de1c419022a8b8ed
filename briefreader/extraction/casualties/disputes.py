"""Where an incident's figures disagree, and what its toll is estimated at.

Only an incident's totals can disagree: figures of scope ``event`` that are reported (a forecast
does not contradict a count). Parts of the toll, running totals and past events' tolls are other
counts (scope.py, incidents.py). Each total stands for the range of counts its qualifier allows:
"at least 12" is 12 or more, "more than 50" is 51 or more, "up to 20" is 20 or fewer, "about 500"
is 400 to 600, "hundreds" is 100 up to 1,000. The totals of an incident and category disagree when
no one count lies in all their ranges: they cannot all be its final count ("at least 12" and "15"
can; "30" and "more than 50" cannot).

A disagreement is ``revised`` when every pair of totals that cannot both stand comes from
different times and the later is the higher (tolls rise as bodies are found); otherwise the
sources differ at the same time. Times are given by the caller (a case orders its documents by
date); within one document all figures are of one time.

The estimate follows UCDP: low and high are the lowest and highest totals, best the middle of the
reports' own final counts (of two middles the higher, since a toll's early counts fall short), all
from exact or bounded totals ("about/nearly N" is no count);
``conservative`` is the lowest total reported (ACLED's rule).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from briefreader.extraction.casualties.disagreement import (
    CountedFigure,
    figure_range,
    is_approximate,
)
from briefreader.extraction.model import CasualtyFigure


@dataclass(frozen=True)
class Dispute:
    """The totals of one incident and category that cannot all be its final count."""

    incident: str | None
    category: str
    figures: tuple[CasualtyFigure, ...]  # every total of the incident and category, in order
    revised: bool


@dataclass(frozen=True)
class Estimate:
    low: int | None
    best: int | None
    high: int | None
    conservative: int | None


def is_total(figure: CasualtyFigure) -> bool:
    """A count of the whole incident's toll, as reported."""
    return figure.scope == "event" and figure.status == "reported"


def can_all_be_final(totals: Sequence[CountedFigure]) -> bool:
    ranges = [figure_range(f) for f in totals]
    return not ranges or max(r[0] for r in ranges) <= min(r[1] for r in ranges)


def is_revision(totals: Sequence[CasualtyFigure], times: Sequence[Any]) -> bool:
    """Every pair that cannot both stand is an earlier lower total and a later higher one:
    the totals of each time agree among themselves, and none lies below an earlier one."""
    by_time: dict[Any, list[CasualtyFigure]] = {}
    for figure, time in zip(totals, times, strict=True):
        by_time.setdefault(time, []).append(figure)
    if len(by_time) < 2:
        return False
    earlier_low = float("-inf")  # the highest floor the earlier reports set
    for time in sorted(by_time):
        group = by_time[time]
        if not can_all_be_final(group):
            return False
        if min(figure_range(f)[1] for f in group) < earlier_low:
            return False
        earlier_low = max(earlier_low, max(figure_range(f)[0] for f in group))
    return True


def estimate(totals: Sequence[CasualtyFigure], reports: Sequence[Hashable]) -> Estimate:
    """UCDP low/best/high and ACLED's conservative figure; ``reports[i]`` names the report
    ``totals[i]`` comes from (each report's highest total is its own final count)."""
    counted = [(f, r) for f, r in zip(totals, reports, strict=True) if not is_approximate(f)]
    if not counted:
        return Estimate(None, None, None, None)
    finals: dict[Hashable, int] = {}
    for figure, report in counted:
        finals[report] = max(finals.get(report, 0), figure.count_high or figure.count)
    middle = sorted(finals.values())[len(finals) // 2]
    low = min(f.count for f, _ in counted)
    return Estimate(low, middle, max(f.count_high or f.count for f, _ in counted), low)


def disagreements(figures: Sequence[CasualtyFigure],
                  time_of: Callable[[CasualtyFigure], Any] | None = None) -> tuple[Dispute, ...]:
    """The incidents and categories of ``figures`` (one document's, or figures whose incident ids
    are unique across documents) whose totals cannot all be the final count. ``time_of`` gives
    the time of each figure's report; without it all are of one time."""
    groups: dict[tuple[str | None, str], list[CasualtyFigure]] = {}
    for figure in figures:
        if is_total(figure):
            groups.setdefault((figure.incident, figure.category), []).append(figure)
    found = []
    for (incident, category), totals in groups.items():
        if can_all_be_final(totals):
            continue
        times = [time_of(f) if time_of else 0 for f in totals]
        found.append(Dispute(incident, category, tuple(totals), is_revision(totals, times)))
    return tuple(found)
