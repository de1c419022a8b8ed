"""Casualty figures: counts of people killed, wounded, displaced, missing, detained, affected
(baseline)."""

from __future__ import annotations

import re
from typing import Any

from briefreader.document import Document
from briefreader.extraction.model import Actor, CasualtyFigure, Claim

_CASUALTY = re.compile(
    r"\b(\d[\d,]*)\s+(?:\w+\s+){0,3}?(killed|dead|wounded|injured|displaced|missing|detained)\b",
    re.I)
_CATEGORY = {"killed": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded",
             "displaced": "displaced", "missing": "missing", "detained": "detained"}


def extract_casualties(document: Document, parsed: list[tuple[Any, int]],
                       claims: tuple[Claim, ...], actors: tuple[Actor, ...]
                       ) -> tuple[CasualtyFigure, ...]:
    figures = []
    for m in _CASUALTY.finditer(document.text):
        figures.append(CasualtyFigure(
            id=f"k{len(figures) + 1}", count=int(m.group(1).replace(",", "")), count_high=None,
            category=_CATEGORY[m.group(2).lower()], status="reported", qualifier="",
            subject=None, source=None, text=m.group(0), start=m.start(), end=m.end()))
    return tuple(figures)
