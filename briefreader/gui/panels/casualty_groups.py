"""Casualty figures that seem to report the same event, and where their sources disagree.

Figures are never summed: two figures of the same category about the same subject are taken to
describe the same event; when they differ and come from different sources (or one has no source),
each is flagged with the others beside it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from briefreader.extraction.model import CasualtyFigure

_WORDS = re.compile(r"[a-z0-9]+")
_STOP = {"the", "a", "an", "of", "in", "on", "and", "some", "at", "least"}


def event_key(figure: CasualtyFigure) -> tuple[str, str]:
    """Category and the subject's content words, so "civilians" and "the civilians" match."""
    words = [w for w in _WORDS.findall((figure.subject or "").lower()) if w not in _STOP]
    return figure.category, " ".join(w[:-1] if w.endswith("s") else w for w in words)


def _value(figure: CasualtyFigure) -> tuple[int, int]:
    return figure.count, figure.count_high or figure.count


def disagreements(figures: list[CasualtyFigure] | tuple[CasualtyFigure, ...], shown: int = 6
                  ) -> dict[str, list[CasualtyFigure]]:
    """For each flagged figure id, up to ``shown`` figures of the same event that give another
    count from another source (one per count and source). Linear in the number of figures, so a
    long report with a thousand figures does not stall the window."""
    groups: dict[tuple[str, str, str], list[CasualtyFigure]] = defaultdict(list)
    for figure in figures:
        category, subject = event_key(figure)
        if subject:  # without a subject nothing says two figures are about the same event
            groups[(category, subject, figure.status)].append(figure)
    flagged: dict[str, list[CasualtyFigure]] = {}
    for group in groups.values():
        by_value = Counter(_value(f) for f in group)
        by_source = Counter(f.source or "" for f in group)
        by_both = Counter((_value(f), f.source or "") for f in group)
        distinct = list({(_value(f), f.source or ""): f for f in reversed(group)}.values())[::-1]
        for figure in group:
            value, source = _value(figure), figure.source or ""
            # figures differing in both count and source, by inclusion and exclusion
            differing = len(group) - by_value[value] - by_source[source] + by_both[(value, source)]
            if differing > 0:
                flagged[figure.id] = [o for o in distinct if _value(o) != value
                                      and (o.source or "") != source][:shown]
    return flagged


def format_count(figure: CasualtyFigure) -> str:
    low = f"{figure.count:,}"
    return f"{low}–{figure.count_high:,}" if figure.count_high else low


def disagreement_lines(figures: list[CasualtyFigure] | tuple[CasualtyFigure, ...],
                       flagged: dict[str, list[CasualtyFigure]]) -> list[str]:
    """One line per event whose sources disagree, the figures side by side."""
    events: dict[tuple[str, str, str], dict[tuple[int, int], list[str]]] = {}
    subjects: dict[tuple[str, str, str], str] = {}
    for figure in figures:
        if figure.id not in flagged:
            continue
        category, subject = event_key(figure)
        key = (category, subject, figure.status)
        subjects.setdefault(key, figure.subject or subject)
        sources = events.setdefault(key, {}).setdefault(_value(figure), [])
        source = figure.source or "no source"
        if source not in sources:
            sources.append(source)
    lines = []
    for key, values in events.items():
        category, _subject, status = key
        shown = " vs ".join(f"{format_count_value(v)} ({', '.join(s)})"
                            for v, s in values.items())
        verb = category if status == "reported" else f"{category}, projected"
        lines.append(f"{subjects[key]} {verb}: {shown}")
    return lines


def format_count_value(value: tuple[int, int]) -> str:
    low, high = value
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"
