"""The brief: what one or several read documents come to, as plain data ready to render.

``build_brief`` is pure: from each document, its (already corrected) extraction, its placed
annotations and its corrections, it computes the rows of every section (figures with paragraph
references and disagreements, actors, claims grouped by speaker with assessments and notes,
highlights in reading order, orphans). ``render_markdown`` (brief_render.py) turns a ``Brief`` into
Markdown under ``BriefOptions`` (sections, unassessed claims), so a live preview can re-render on
every option change without rebuilding. ``write_brief_atomically`` saves it without ever leaving a
half-written file. Nothing here imports Qt or spaCy.

Typical use (the export command and the Export Brief dialog)::

    source = BriefSource.with_corrections(document, extraction,
                                          store.annotations_for(document), corrections)
    brief = build_brief([source], date=None)          # None: today
    text = render_markdown(brief, BriefOptions(sections=("figures", "claims"),
                                               assessed_only=True))
    preview = markdown_to_html(text)
    write_brief_atomically(path, text)                # raises ExportError, one line
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefreader.annotations.links import resolve_annotation_links
from briefreader.annotations.model import Correction, PlacedAnnotation
from briefreader.brief.corrections import describe_corrections
from briefreader.brief.figures import (
    Disagreement,
    FigureRow,
    figure_rows,
    find_disagreements,
)
from briefreader.brief.links import link_label, resolve_link
from briefreader.corrections.make import apply_corrections, claim_assessments
from briefreader.document import Document
from briefreader.extraction.model import Extraction
from briefreader.files import write_brief_atomically

SECTIONS = ("figures", "actors", "claims", "highlights", "orphans")
UNATTRIBUTED = "Unattributed"

__all__ = [
    "SECTIONS", "BriefSource", "BriefOptions", "Brief", "DocumentBrief", "FigureRow",
    "Disagreement", "ActorRow", "ClaimEntry", "SpeakerClaims", "HighlightEntry",
    "build_brief", "render_markdown", "markdown_to_html", "write_brief_atomically",
    "parse_sections", "resolve_link",
]


@dataclass(frozen=True)
class BriefSource:
    """One document as the reader left it: extraction with corrections applied, annotations."""

    document: Document
    extraction: Extraction  # corrections already applied (corrections.apply_corrections)
    annotations: Sequence[PlacedAnnotation] = ()
    corrections: Sequence[Correction] = ()  # listed in the brief as "corrections applied"
    original: Extraction | None = None  # the extraction before corrections, to name what changed

    @classmethod
    def with_corrections(cls, document: Document, extraction: Extraction,
                         annotations: Sequence[PlacedAnnotation] = (),
                         corrections: Sequence[Correction] = ()) -> BriefSource:
        """The source from a fresh extraction: the corrections applied, the original kept."""
        return cls(document, apply_corrections(extraction, corrections), tuple(annotations),
                   tuple(corrections), original=extraction)


@dataclass(frozen=True)
class BriefOptions:
    sections: tuple[str, ...] = SECTIONS
    assessed_only: bool = False  # leave out claims nobody has assessed


@dataclass(frozen=True)
class ActorRow:
    name: str
    kind: str
    role: str | None
    mentions: int


@dataclass(frozen=True)
class ClaimEntry:
    claim_id: str
    text: str
    kind: str  # direct | indirect
    paragraph: int
    start: int
    assessment: str | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class SpeakerClaims:
    speaker: str
    claims: tuple[ClaimEntry, ...]


@dataclass(frozen=True)
class HighlightEntry:
    annotation_id: str
    quote: str
    tag: str
    note: str
    paragraph: int | None  # None for an orphan
    start: int | None
    state: str  # anchored | moved | changed | orphaned
    assessment: str | None = None
    link_kind: str | None = None
    link_id: str | None = None
    link_label: str | None = None  # what the annotation is linked to, as the reader knows it
    highlighted: str | None = None  # the words highlighted, when the text under it now differs


@dataclass(frozen=True)
class DocumentBrief:
    title: str
    source_name: str | None
    outlet: str | None
    byline: str | None
    published: str | None
    sha256: str
    figures: tuple[FigureRow, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    actors: tuple[ActorRow, ...] = ()
    claims: tuple[SpeakerClaims, ...] = ()
    highlights: tuple[HighlightEntry, ...] = ()
    orphans: tuple[HighlightEntry, ...] = ()
    corrections: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    notices: tuple[str, ...] = ()  # what extraction could not do (e.g. a language it cannot read)


@dataclass(frozen=True)
class Brief:
    date: str  # ISO date of the brief
    documents: tuple[DocumentBrief, ...]
    figures: tuple[FigureRow, ...] = ()  # all documents' figures, for the combined table
    disagreements: tuple[Disagreement, ...] = ()  # across all documents


def build_brief(sources: Sequence[BriefSource], date: dt.date | str | None = None) -> Brief:
    """The brief over ``sources`` in the given order; ``date`` defaults to today (local)."""
    if date is None:
        date = dt.date.today()
    date_text = date.isoformat() if isinstance(date, dt.date) else dt.date.fromisoformat(
        date).isoformat()
    documents = []
    all_figures: list[FigureRow] = []
    for number, source in enumerate(sources, start=1):
        doc_brief = _document_brief(source, number)
        documents.append(doc_brief)
        all_figures.extend(doc_brief.figures)
    return Brief(
        date=date_text,
        documents=tuple(documents),
        figures=tuple(all_figures),
        disagreements=find_disagreements(all_figures),
    )


def _meta(document: Document, key: str) -> str | None:
    value = document.metadata.get(key)
    if value is None:
        return None
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value if v)
    text = str(value).strip()
    return text or None


def _document_brief(source: BriefSource, number: int) -> DocumentBrief:
    document, extraction = source.document, source.extraction
    path = document.path
    figures = figure_rows(document, extraction, number)
    links = resolve_annotation_links(extraction, source.annotations)
    return DocumentBrief(
        title=document.title,
        source_name=Path(path).name if path else None,
        outlet=_meta(document, "outlet"),
        byline=_meta(document, "byline"),
        published=_meta(document, "date"),
        sha256=document.sha256,
        figures=figures,
        disagreements=find_disagreements(figures),
        actors=_actor_rows(extraction),
        claims=_speaker_claims(document, extraction, source.annotations, source.corrections,
                               links),
        highlights=tuple(_highlight(document, p, extraction, links)
                         for p in _reading_order(source.annotations) if not p.orphaned),
        orphans=tuple(_highlight(document, p, extraction, links)
                      for p in _orphans_in_order(source.annotations)),
        corrections=describe_corrections(source.corrections, source.original or extraction),
        # the notices of extraction itself; skipped corrections are told with the corrections
        notices=tuple((source.original or extraction).notices),
    )


def _actor_rows(extraction: Extraction) -> tuple[ActorRow, ...]:
    def first_mention(actor) -> int:
        return min((m.start for m in actor.mentions), default=1 << 62)

    # most-mentioned first: the reader of a brief wants the main protagonists at the top
    actors = sorted(extraction.actors, key=lambda a: (-len(a.mentions), first_mention(a), a.name))
    return tuple(ActorRow(a.name, a.kind, a.role, len(a.mentions)) for a in actors)


def _speaker_claims(document: Document, extraction: Extraction,
                    annotations: Sequence[PlacedAnnotation],
                    corrections: Sequence[Correction],
                    links: dict[str, str | None]) -> tuple[SpeakerClaims, ...]:
    assessments = claim_assessments(extraction, corrections, annotations, links)
    notes: dict[str, list[str]] = {}
    for placed in _reading_order(annotations) + _orphans_in_order(annotations):
        a = placed.annotation
        claim_id = links.get(a.id) if a.link_kind == "claim" else None
        if claim_id and a.note.strip():
            notes.setdefault(claim_id, []).append(a.note)
    groups: dict[str, list[ClaimEntry]] = {}
    for claim in sorted(extraction.claims, key=lambda c: (c.start, c.end, c.id)):
        actor = extraction.actor(claim.speaker_id)
        speaker = (actor.name if actor else None) or claim.speaker or UNATTRIBUTED
        groups.setdefault(speaker, []).append(ClaimEntry(
            claim_id=claim.id, text=claim.text, kind=claim.kind,
            paragraph=document.block_index_at(claim.start), start=claim.start,
            assessment=assessments.get(claim.id), notes=tuple(notes.get(claim.id, ())),
        ))
    # speakers in the order they first speak; the unattributed claims last
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == UNATTRIBUTED, kv[1][0].start))
    return tuple(SpeakerClaims(speaker, tuple(entries)) for speaker, entries in ordered)


def _reading_order(annotations: Sequence[PlacedAnnotation]) -> list[PlacedAnnotation]:
    placed = [p for p in annotations if not p.orphaned and p.start is not None]
    return sorted(placed, key=lambda p: (p.start, p.end or 0, p.annotation.created,
                                         p.annotation.id))


def _orphans_in_order(annotations: Sequence[PlacedAnnotation]) -> list[PlacedAnnotation]:
    orphans = [p for p in annotations if p.orphaned or p.start is None]
    return sorted(orphans, key=lambda p: (p.annotation.anchor.start, p.annotation.created,
                                          p.annotation.id))


def _highlight(document: Document, placed: PlacedAnnotation, extraction: Extraction,
               links: dict[str, str | None]) -> HighlightEntry:
    a = placed.annotation
    link_id = links.get(a.id)
    link_kind = a.link_kind if link_id else None
    anchored = not placed.orphaned and placed.start is not None and placed.end is not None
    quote = document.text[placed.start:placed.end] if anchored else a.anchor.quote
    return HighlightEntry(
        annotation_id=a.id, quote=quote, tag=a.tag, note=a.note,
        paragraph=document.block_index_at(placed.start) if anchored else None,
        start=placed.start if anchored else None, state=placed.state,
        assessment=a.assessment, link_kind=link_kind, link_id=link_id,
        link_label=link_label(link_kind, link_id, extraction),
        highlighted=a.anchor.quote if placed.state == "changed" else None,
    )


def parse_sections(spec: str) -> tuple[str, ...]:
    """``"figures,claims"`` -> the sections in the brief's own order; unknown names are an error."""
    names = [name.strip().lower() for name in spec.split(",") if name.strip()]
    unknown = [name for name in names if name not in SECTIONS]
    if unknown or not names:
        raise ValueError(f"unknown section {', '.join(unknown) or '(none given)'}; "
                         f"choose from {','.join(SECTIONS)}")
    return tuple(s for s in SECTIONS if s in names)


def render_markdown(brief: Brief, options: BriefOptions | None = None) -> str:
    """The brief as Markdown (see brief_render.py)."""
    from briefreader.brief.render import render_brief

    return render_brief(brief, options or BriefOptions())


def markdown_to_html(text: str) -> str:
    """The brief as HTML, rendered as the tests check it (Python-Markdown with tables), for a
    preview; the brief's escaping keeps any HTML from the article or a note out of it."""
    import markdown

    return markdown.markdown(text, extensions=["tables"], output_format="html")
