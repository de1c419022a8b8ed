"""The brief: what one or several read documents come to, as plain data ready to render.

``build_brief`` is pure: from each document, its (already corrected) extraction, its placed
annotations and its corrections, it computes the rows of every section (figures with paragraph
references and disagreements, actors, claims grouped by speaker with assessments and notes,
highlights in reading order, orphans) as the plain data of model.py. ``render_markdown``
(render.py, re-exported here) turns a ``Brief`` into Markdown under ``BriefOptions`` (sections,
unassessed claims), so a live preview can re-render on every option change without rebuilding.
A claim that is a fragment of a few words with no verb is left out unless the reader highlighted,
noted or assessed it (see ``is_fragment``). ``write_brief_atomically`` saves it without ever
leaving a half-written file. Nothing here imports Qt or spaCy.

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
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefreader.annotations.links import resolve_annotation_links
from briefreader.annotations.model import Correction, PlacedAnnotation
from briefreader.brief.figures import Disagreement, FigureRow, figure_rows, find_disagreements
from briefreader.brief.links import link_label
from briefreader.brief.model import (
    SECTIONS,
    UNATTRIBUTED,
    ActorRow,
    Brief,
    BriefOptions,
    ClaimEntry,
    DocumentBrief,
    HighlightEntry,
    SpeakerClaims,
    parse_sections,
)
from briefreader.brief.render import markdown_to_html, render_markdown
from briefreader.corrections.describe import describe_corrections
from briefreader.corrections.make import apply_corrections, claim_assessments
from briefreader.document import Document
from briefreader.extraction.model import Extraction
from briefreader.files import write_brief_atomically

__all__ = [
    "SECTIONS", "BriefSource", "BriefOptions", "Brief", "DocumentBrief", "FigureRow",
    "Disagreement", "ActorRow", "ClaimEntry", "SpeakerClaims", "HighlightEntry",
    "build_brief", "render_markdown", "markdown_to_html", "write_brief_atomically",
    "parse_sections",
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
    marked = _marked_claims(extraction, annotations, links)
    groups: dict[str, list[ClaimEntry]] = {}
    for claim in sorted(extraction.claims, key=lambda c: (c.start, c.end, c.id)):
        if is_fragment(claim.text) and claim.id not in assessments and claim.id not in marked:
            continue
        actor = extraction.actor(claim.speaker_id)
        speaker = (actor.name if actor else None) or claim.speaker or UNATTRIBUTED
        groups.setdefault(speaker, []).append(ClaimEntry(
            claim_id=claim.id, text=claim.text, kind=claim.kind,
            paragraph=document.block_index_at(claim.start), start=claim.start,
            assessment=assessments.get(claim.id), notes=tuple(notes.get(claim.id, ())),
            page=document.page_paragraph(claim.start),
        ))
    # speakers in the order they first speak; the unattributed claims last
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == UNATTRIBUTED, kv[1][0].start))
    return tuple(SpeakerClaims(speaker, tuple(entries)) for speaker, entries in ordered)


# Words that make a few words a statement rather than a label: auxiliaries and common verbs, and
# subject pronouns (a pronoun and a word, "they lied", is a sentence). Cheap, without spaCy: a
# fragment wrongly kept costs a line of the brief, a claim wrongly dropped is still in the window.
_VERB_WORDS = frozenset("""
am is are was were be been being has have had do does did will would shall should can could may
might must won't can't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't
i we you he she they it there this that say says said tell tells told want wants need needs
""".split())
_VERB_ENDINGS = ("ed", "ing", "'s", "'re", "'ll", "'ve", "'d", "n't")
FRAGMENT_WORDS = 4   # a claim of more words is kept whatever its words


def is_fragment(text: str) -> bool:
    """A few words with nothing verb-like in them: "a bloodbath", "the northern bridge"."""
    words = re.findall(r"[\w'’]+", text.lower().replace("’", "'"))
    if len(words) > FRAGMENT_WORDS:
        return False
    return not any(w in _VERB_WORDS or w.endswith(_VERB_ENDINGS) for w in words)


def _marked_claims(extraction: Extraction, annotations: Sequence[PlacedAnnotation],
                   links: dict[str, str | None]) -> set[str]:
    """Ids of the claims the reader highlighted: linked to an annotation, or under one."""
    marked = {claim_id for p in annotations if p.annotation.link_kind == "claim"
              and (claim_id := links.get(p.annotation.id))}
    spans = [(p.start, p.end) for p in annotations
             if not p.orphaned and p.start is not None and p.end is not None]
    marked |= {c.id for c in extraction.claims
               if any(start < c.end and c.start < end for start, end in spans)}
    return marked


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
        page=document.page_paragraph(placed.start) if anchored else None,
        highlighted=a.anchor.quote if placed.state == "changed" else None,
    )


