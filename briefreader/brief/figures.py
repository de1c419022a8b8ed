"""Key figures for the brief: casualty figures as table rows, and where sources disagree.

Which figures disagree, and how a figure is written, is decided in
``extraction/casualties/disagreement.py``: the Casualties panel uses the same rule. Here a figure
with no named source is the article's own statement, so the same unattributed figure in two
documents counts as two sources.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefreader.document import Document
from briefreader.extraction.casualties import disagreement
from briefreader.extraction.casualties.disagreement import (
    figure_label,
    figure_source,
    find_disputes,
)
from briefreader.extraction.model import Extraction


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
    page: tuple[int, int] | None = None  # (page, paragraph on it) in a paged document
    scope: str = "event"  # event | cumulative | historic | partial: only event totals disagree
    incident: str | None = None  # within a document; each document's main incident is "i1"


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


def figure_rows(document: Document, extraction: Extraction, number: int) -> tuple[FigureRow, ...]:
    path = document.path
    label = str(document.metadata.get("outlet") or "") or (path.rsplit("/", 1)[-1] if path else "")
    rows = []
    for figure in sorted(extraction.casualties, key=lambda k: (k.start, k.end, k.id)):
        source = figure_source(figure, extraction.actors)
        rows.append(FigureRow(
            figure_id=figure.id, document=number, figure=figure_label(figure), count=figure.count,
            qualifier=(figure.qualifier or "").strip(),
            count_high=figure.count_high, category=figure.category, subject=figure.subject,
            status=figure.status, source=source, paragraph=document.block_index_at(figure.start),
            start=figure.start, document_label=label or f"document {number}",
            page=document.page_paragraph(figure.start), scope=figure.scope,
            incident=figure.incident,
        ))
    return tuple(rows)


def source_key(row: FigureRow) -> tuple[int, str]:
    """Who stands behind a row: its named source, else the article (each document its own)."""
    return disagreement.source_key(row.source, row.document)


def find_disagreements(rows: Iterable[FigureRow]) -> tuple[Disagreement, ...]:
    found = []
    for disputed in find_disputes(rows, source_key):
        first = disputed[0]
        ordered = tuple(sorted(disputed, key=lambda r: (r.document, r.start)))
        found.append(Disagreement(first.category, first.subject, first.status, ordered))
    found.sort(key=lambda d: (d.rows[0].document, d.rows[0].start))
    return tuple(found)
