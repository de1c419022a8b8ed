"""Key figures for the brief: casualty figures as table rows, and where sources disagree.

A disagreement is two figures for the same category, subject and status (reported vs projected:
a forecast does not contradict a count) that come from different sources and cannot both be true.
Each figure stands for a range read from its qualifier: "at least 12" is 12 or more, "up to 20" is
20 or fewer, "about 500" is roughly 400 to 600, "hundreds of thousands" is 100,000 up to a million;
two figures disagree when their ranges do not meet. A figure with no named source is the article's
own statement, so the same unattributed figure in two documents counts as two sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefreader.document import Document
from briefreader.extraction.model import CasualtyFigure, Extraction

EN_DASH = "\u2013"
_WORD_SCALES = {"million": 1_000_000, "billion": 1_000_000_000}
_SUBJECT_NOISE = re.compile(r"^(?:the|some|about|around|at least|more than|over)\s+")
# a qualifier that is itself the number, written in words ("hundreds of thousands", "dozens")
_VAGUE_SCALE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|billions|tens)\b",
                          re.IGNORECASE)
_AT_LEAST = re.compile(r"\b(?:at least|more than|over|above|upwards of|in excess of|no fewer than|"
                       r"not less than|no less than|exceed\w*)\b", re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:up to|fewer than|less than|under|at most|as many as|no more than|"
                      r"below)\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|around|some|nearly|almost|approximately|roughly|estimated|"
                    r"close to|an estimated|perhaps|possibly)\b", re.IGNORECASE)
_APPROXIMATION = 0.2  # "about 500" is taken to mean 400 to 600


@dataclass(frozen=True)
class FigureRow:
    figure_id: str
    document: int  # 1-based number of the document in the brief
    figure: str  # qualifier and number as a reader writes them: "more than 400,000", "15–20"
    count: int
    qualifier: str
    count_high: int | None
    category: str
    subject: str | None
    status: str  # reported | projected
    source: str | None  # who gives the figure; None: the article itself
    paragraph: int
    start: int
    document_label: str = ""  # the article's outlet or file name, standing in for a missing source


@dataclass(frozen=True)
class Disagreement:
    category: str
    subject: str | None
    status: str
    rows: tuple[FigureRow, ...]  # the figures that differ, in document and reading order

    @property
    def across_documents(self) -> bool:
        """Figures from different articles may be about different events: the reader decides."""
        return len({row.document for row in self.rows}) > 1


def format_count(count: int, text: str = "") -> str:
    """A count with thousands separators; "3 million" stays in words when the article says so."""
    lowered = text.lower()
    for word, scale in _WORD_SCALES.items():
        if word in lowered and count >= scale and (count * 10) % scale == 0:
            return f"{count / scale:g} {word}"
    return f"{count:,}"


def figure_label(figure: CasualtyFigure) -> str:
    qualifier = (figure.qualifier or "").strip()
    if qualifier and _VAGUE_SCALE.search(qualifier) and not re.search(r"\d", figure.text):
        return qualifier  # "hundreds of thousands": the words are the figure
    number = format_count(figure.count, figure.text)
    if figure.count_high is not None and figure.count_high != figure.count:
        number = f"{number}{EN_DASH}{format_count(figure.count_high, figure.text)}"
    return f"{qualifier} {number}" if qualifier else number


def figure_rows(document: Document, extraction: Extraction, number: int) -> tuple[FigureRow, ...]:
    path = document.path
    label = str(document.metadata.get("outlet") or "") or (path.rsplit("/", 1)[-1] if path else "")
    actor_names = {a.id: a.name for a in extraction.actors}
    rows = []
    for figure in sorted(extraction.casualties, key=lambda k: (k.start, k.end, k.id)):
        source = actor_names.get(figure.source_id or "") or figure.source
        rows.append(FigureRow(
            figure_id=figure.id, document=number, figure=figure_label(figure), count=figure.count,
            qualifier=(figure.qualifier or "").strip(),
            count_high=figure.count_high, category=figure.category, subject=figure.subject,
            status=figure.status, source=source, paragraph=document.block_index_at(figure.start),
            start=figure.start, document_label=label or f"document {number}",
        ))
    return tuple(rows)


def _subject_key(subject: str | None) -> str:
    text = " ".join((subject or "").lower().split())
    while True:
        shorter = _SUBJECT_NOISE.sub("", text)
        if shorter == text:
            return text
        text = shorter


def _source_key(row: FigureRow) -> tuple[int, str]:
    if row.source:
        return (0, " ".join(row.source.lower().split()))
    return (row.document, "")  # the article itself: each document is its own source


def find_disagreements(rows: Iterable[FigureRow]) -> tuple[Disagreement, ...]:
    groups: dict[tuple[str, str, str], list[FigureRow]] = {}
    for row in rows:
        groups.setdefault((row.category, _subject_key(row.subject), row.status), []).append(row)
    found = []
    for (category, _, status), members in groups.items():
        differing = _rows_in_dispute(members)
        if differing:
            found.append(Disagreement(category, members[0].subject, status, differing))
    found.sort(key=lambda d: (d.rows[0].document, d.rows[0].start))
    return tuple(found)


def figure_range(row: FigureRow) -> tuple[float, float]:
    """The counts a figure allows, read from its qualifier (see the module's docstring)."""
    low, high = float(row.count), float(row.count_high if row.count_high is not None
                                        else row.count)
    qualifier = row.qualifier
    if _VAGUE_SCALE.search(qualifier):
        return low, max(high, low) * 10
    if _AT_LEAST.search(qualifier):
        return low, float("inf")
    if _AT_MOST.search(qualifier):
        return 0.0, high
    if _ABOUT.search(qualifier):
        return low * (1 - _APPROXIMATION), high * (1 + _APPROXIMATION)
    return low, high


def _compatible(a: FigureRow, b: FigureRow) -> bool:
    a_low, a_high = figure_range(a)
    b_low, b_high = figure_range(b)
    return a_low <= b_high and b_low <= a_high


def _rows_in_dispute(members: Sequence[FigureRow]) -> tuple[FigureRow, ...]:
    """Members that some other member, from another source, contradicts."""
    disputed = [row for row in members
                if any(_source_key(other) != _source_key(row) and not _compatible(row, other)
                       for other in members)]
    return tuple(sorted(disputed, key=lambda r: (r.document, r.start)))
