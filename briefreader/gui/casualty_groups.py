"""Casualty figures that seem to report the same event, and where their sources disagree.

Figures are never summed: two figures of the same category about the same subject are taken to
describe the same event; when they differ and come from different sources (or one has no source),
each is flagged with the others beside it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefreader.extraction.model import CasualtyFigure

_WORDS = re.compile(r"[a-z0-9]+")
_STOP = {"the", "a", "an", "of", "in", "on", "and", "some", "at", "least"}


def event_key(figure: CasualtyFigure) -> tuple[str, str]:
    """Category and the subject's content words, so "civilians" and "the civilians" match."""
    words = [w for w in _WORDS.findall((figure.subject or "").lower()) if w not in _STOP]
    return figure.category, " ".join(w[:-1] if w.endswith("s") else w for w in words)


def _value(figure: CasualtyFigure) -> tuple[int, int]:
    return figure.count, figure.count_high or figure.count


def disagreements(figures: list[CasualtyFigure] | tuple[CasualtyFigure, ...]
                  ) -> dict[str, list[CasualtyFigure]]:
    """For each flagged figure id, the other figures of its event that give a different count."""
    groups: dict[tuple[str, str], list[CasualtyFigure]] = defaultdict(list)
    for figure in figures:
        key = event_key(figure)
        if key[1]:  # without a subject nothing says two figures are about the same event
            groups[key].append(figure)
    flagged: dict[str, list[CasualtyFigure]] = {}
    for group in groups.values():
        for figure in group:
            others = [o for o in group if o.id != figure.id and _value(o) != _value(figure)
                      and (o.source or "") != (figure.source or "") and o.status == figure.status]
            if others:
                flagged[figure.id] = others
    return flagged


def format_count(figure: CasualtyFigure) -> str:
    low = f"{figure.count:,}"
    return f"{low}–{figure.count_high:,}" if figure.count_high else low
