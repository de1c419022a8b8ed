"""The brief: what one or several read documents come to, as plain data ready to render.

``build_brief`` is pure: from each document, its (already corrected) extraction, its placed
annotations and its corrections, it computes the rows of every section (figures with paragraph
references and disagreements, actors, claims grouped by speaker with assessments and notes,
highlights in reading order, orphans). ``render_markdown`` (brief_render.py) turns a ``Brief`` into
Markdown under ``BriefOptions`` (sections, unassessed claims), so a live preview can re-render on
every option change without rebuilding. ``write_brief_atomically`` saves it without ever leaving a
half-written file. Nothing here imports Qt or spaCy.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefreader.annotation import Correction, PlacedAnnotation
from briefreader.brief_corrections import describe_corrections
from briefreader.brief_figures import (
    Disagreement,
    FigureRow,
    figure_rows,
    find_disagreements,
)
from briefreader.document import Document
from briefreader.errors import ExportError
from briefreader.extraction.model import Extraction

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
    state: str  # anchored | moved | orphaned
    assessment: str | None = None
    link_kind: str | None = None
    link_id: str | None = None
    link_label: str | None = None  # what the annotation is linked to, as the reader knows it


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
    claims_by_id = {c.id: c for c in extraction.claims}
    links = {p.annotation.id: resolve_link(p, extraction) for p in source.annotations}
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
        highlights=tuple(_highlight(document, p, extraction, claims_by_id, links)
                         for p in _reading_order(source.annotations) if not p.orphaned),
        orphans=tuple(_highlight(document, p, extraction, claims_by_id, links)
                      for p in _orphans_in_order(source.annotations)),
        corrections=describe_corrections(source.corrections, source.original or extraction),
    )


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def resolve_link(placed: PlacedAnnotation, extraction: Extraction) -> str | None:
    """The id of the extracted item an annotation is linked to, checked against where it stands.

    Extraction ids are numbered afresh on every run, so a stored ``link_id`` may now name another
    item. The link holds when that item overlaps the annotation's passage; otherwise the item of
    the same kind that overlaps it most takes its place; with none, the link is dropped rather
    than shown on the wrong item (an actor link with no mention in the passage is kept).
    Orphans keep no link: their passage is not in the text.
    """
    a = placed.annotation
    if not a.link_kind or placed.start is None or placed.end is None or placed.orphaned:
        return None
    spans: list[tuple[str, int, int]]
    if a.link_kind == "claim":
        spans = [(c.id, c.start, c.end) for c in extraction.claims]
    elif a.link_kind == "casualty":
        spans = [(k.id, k.start, k.end) for k in extraction.casualties]
    elif a.link_kind == "actor":
        spans = [(actor.id, m.start, m.end) for actor in extraction.actors for m in actor.mentions]
    else:
        return None
    overlapping: dict[str, int] = {}
    for item_id, start, end in spans:
        shared = _overlap(placed.start, placed.end, start, end)
        if shared:
            overlapping[item_id] = max(overlapping.get(item_id, 0), shared)
    if not overlapping and a.link_kind == "actor" and extraction.actor(a.link_id):
        return a.link_id  # a passage about an actor need not name them: nothing to check against
    if not overlapping or a.link_id in overlapping:
        return a.link_id if overlapping else None
    return max(sorted(overlapping), key=lambda item_id: overlapping[item_id])


def _actor_rows(extraction: Extraction) -> tuple[ActorRow, ...]:
    def first_mention(actor) -> int:
        return min((m.start for m in actor.mentions), default=1 << 62)

    # most-mentioned first: the reader of a brief wants the main protagonists at the top
    actors = sorted(extraction.actors, key=lambda a: (-len(a.mentions), first_mention(a), a.name))
    return tuple(ActorRow(a.name, a.kind, a.role, len(a.mentions)) for a in actors)


def _claim_assessments(extraction: Extraction, annotations: Sequence[PlacedAnnotation],
                       corrections: Sequence[Correction],
                       links: dict[str, str | None]) -> dict[str, str]:
    """claim id -> assessment; the most recently made one wins, whether annotation or correction.

    A set_assessment correction finds its claim by the key it stored (claim ids shift when
    extraction is re-run); an annotation's link is checked by ``resolve_link``.
    """
    from briefreader.correction_rules import find_item

    dated: list[tuple[str, int, str, str]] = []
    for order, placed in enumerate(annotations):
        a = placed.annotation
        claim_id = links.get(a.id) if a.link_kind == "claim" else None
        if claim_id and a.assessment:
            dated.append((a.modified or a.created, order, claim_id, a.assessment))
    for order, correction in enumerate(corrections):
        value = correction.value or {}
        if correction.kind != "set_assessment" or not value.get("assessment"):
            continue
        claim = find_item(extraction, "claim", correction)
        if claim is not None:
            dated.append((correction.created, len(annotations) + order, claim.id,
                          str(value["assessment"])))
    return {claim_id: assessment for _, _, claim_id, assessment in sorted(dated)}


def _speaker_claims(document: Document, extraction: Extraction,
                    annotations: Sequence[PlacedAnnotation],
                    corrections: Sequence[Correction],
                    links: dict[str, str | None]) -> tuple[SpeakerClaims, ...]:
    assessments = _claim_assessments(extraction, annotations, corrections, links)
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


def _link_label(kind: str | None, link_id: str | None, extraction: Extraction,
                claims_by_id: dict) -> str | None:
    if not kind or not link_id:
        return None
    if kind == "actor":
        actor = extraction.actor(link_id)
        return f"actor {actor.name}" if actor else None
    if kind == "claim":
        claim = claims_by_id.get(link_id)
        if claim is None:
            return None
        actor = extraction.actor(claim.speaker_id)
        speaker = (actor.name if actor else None) or claim.speaker
        return f"claim by {speaker}" if speaker else "claim"
    if kind == "casualty":
        figure = next((k for k in extraction.casualties if k.id == link_id), None)
        return f"figure \u201c{figure.text}\u201d" if figure else None
    return None


def _highlight(document: Document, placed: PlacedAnnotation, extraction: Extraction,
               claims_by_id: dict, links: dict[str, str | None]) -> HighlightEntry:
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
        link_label=_link_label(link_kind, link_id, extraction, claims_by_id),
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
    from briefreader.brief_render import render_brief

    return render_brief(brief, options or BriefOptions())


def markdown_to_html(text: str) -> str:
    """The brief as HTML, rendered as the tests check it (Python-Markdown with tables), for a
    preview; the brief's escaping keeps any HTML from the article or a note out of it."""
    import markdown

    return markdown.markdown(text, extensions=["tables"], output_format="html")


def write_brief_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the whole new one, never half.

    The text goes to a temporary file in the same directory (same file system, so the rename is
    atomic), is flushed and fsynced, then replaces the target with ``os.replace``. On any failure
    the temporary file is removed and an ``ExportError`` names the file; an old brief stays intact.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError("is a directory, not a file to write the brief to", target)
    if not directory.is_dir():
        raise ExportError(f"cannot write the brief: folder {directory} does not exist", target)
    temporary = directory / f".{target.name}.{secrets.token_hex(4)}.tmp"
    data = text.encode("utf-8")
    try:
        # mode 0o666 lets the umask decide, as for any file the user creates
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise ExportError(f"cannot write the brief: {exc.strerror or exc}", target) from None
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o7777)
        os.replace(temporary, target)
    except OSError as exc:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise ExportError(f"cannot write the brief: {exc.strerror or exc}", target) from None
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; not every platform lets a directory be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
