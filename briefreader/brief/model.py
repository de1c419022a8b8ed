"""What a brief holds, as plain frozen data: built by build.py, rendered by render.py."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefreader.brief.figures import Disagreement, FigureRow

SECTIONS = ("figures", "actors", "claims", "highlights", "orphans")
UNATTRIBUTED = "Unattributed"


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
    page: tuple[int, int] | None = None  # (page, paragraph on it) in a paged document


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
    page: tuple[int, int] | None = None  # (page, paragraph on it) in a paged document
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


def parse_sections(spec: str) -> tuple[str, ...]:
    """``"figures,claims"`` -> the sections in the brief's own order; unknown names are an error."""
    names = [name.strip().lower() for name in spec.split(",") if name.strip()]
    unknown = [name for name in names if name not in SECTIONS]
    if unknown or not names:
        raise ValueError(f"unknown section {', '.join(unknown) or '(none given)'}; "
                         f"choose from {','.join(SECTIONS)}")
    return tuple(s for s in SECTIONS if s in names)


PARAGRAPH = "\u00b6"


def citation(paragraph: int | None, page: tuple[int, int] | None) -> str:
    """Where a passage stands, as the brief cites it: "p. 3, ¶ 2" in a paged document (a PDF),
    else "¶ 7" (paragraphs counted from the title, 0)."""
    if page is not None:
        return f"p. {page[0]}, {PARAGRAPH} {page[1]}"
    return f"{PARAGRAPH} {paragraph}"
