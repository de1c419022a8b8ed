"""Render a ``Brief`` as Markdown that reads well as plain text and renders on GitHub and with
Python-Markdown (``tables`` extension).

Layout, one document: ``# title``, a metadata list, then ``##`` sections (Key figures, Actors,
Claims by speaker, Highlights and notes, Orphaned annotations), each left out when empty. Several
documents: ``# Brief: N documents``, the brief's date, one combined Key figures table (a Doc column
numbers the documents; disagreements are looked for across all of them), then one ``##`` section
per document with its metadata and ``###`` sections; figures are not repeated per document.

A claim linked to an annotation shows that annotation's assessment and note under Claims; such an
annotation is not repeated under Highlights unless its claim is left out (``--assessed-only``, or
the claims section not chosen). Every piece of article or user text goes through
escape.py; the output ends with exactly one newline and depends on nothing but the brief and
the options.

Over 300 lines because the whole Markdown layout (every section, one and several documents) is
kept in one place, where its consistency can be read at a glance; each function is one section.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefreader.brief.escape import (
    block_quote,
    escape_inline,
    escape_note,
    note_starts_with_block,
)
from briefreader.brief.figures import Disagreement, FigureRow
from briefreader.brief.model import (
    PARAGRAPH,
    Brief,
    BriefOptions,
    ClaimEntry,
    DocumentBrief,
    HighlightEntry,
    SpeakerClaims,
    citation,
)

NONE = "\u2014"  # an empty table cell, so the plain text shows that nothing is known
ARTICLE_SOURCE = "(the article)"
DOT = " \u00b7 "


def render_markdown(brief: Brief, options: BriefOptions | None = None) -> str:
    """The brief as Markdown (see the module's docstring)."""
    options = options or BriefOptions()
    blocks: list[str] = []
    if len(brief.documents) == 1:
        document = brief.documents[0]
        blocks.append(f"# {escape_inline(document.title)}")
        blocks.append(_metadata(document, brief.date))
        blocks.extend(_document_sections(document, options, level=2, with_figures=True))
    else:
        count = len(brief.documents)
        blocks.append(f"# Brief: {count} document{'s' if count != 1 else ''}")
        lines = [f"- **Brief date:** {brief.date}"]
        lines += [f"- **{i}.** {escape_inline(d.title)}"
                  for i, d in enumerate(brief.documents, start=1)]
        blocks.append("\n".join(lines))
        if "figures" in options.sections:
            blocks.extend(_combined_figures(brief))
        for number, document in enumerate(brief.documents, start=1):
            blocks.append(f"## {number}. {escape_inline(document.title)}")
            blocks.append(_metadata(document, None))
            blocks.extend(_document_sections(document, options, level=3, with_figures=False))
    return "\n\n".join(block for block in blocks if block) + "\n"


def _metadata(document: DocumentBrief, date: str | None) -> str:
    fields = [("Source file", document.source_name), ("Outlet", document.outlet),
              ("Byline", document.byline), ("Published", document.published)]
    lines = [f"- **{label}:** {escape_inline(value)}" for label, value in fields if value]
    lines.append(f"- **Text fingerprint:** SHA-256 `{document.sha256}`")
    lines += [f"- **Extraction notice:** {escape_inline(notice)}" for notice in document.notices]
    if date:
        lines.append(f"- **Brief date:** {date}")
    return "\n".join(lines)


def _heading(level: int, text: str) -> str:
    return f"{'#' * level} {text}"


def _document_sections(document: DocumentBrief, options: BriefOptions, level: int,
                       with_figures: bool) -> list[str]:
    chosen = options.sections
    blocks: list[str] = []
    if "figures" in chosen and with_figures:
        blocks += _figures_section(document, level)
    if "actors" in chosen:
        blocks += _actors_section(document, level)
    shown_claims: set[str] = set()
    if "claims" in chosen:
        blocks += _claims_section(document, options, level, shown_claims)
    if "highlights" in chosen:
        highlights = [h for h in document.highlights
                      if not (h.link_kind == "claim" and h.link_id in shown_claims)]
        if highlights:
            blocks.append(_heading(level, "Highlights and notes"))
            for entry in highlights:
                blocks.extend(_highlight(entry))
    if "orphans" in chosen and document.orphans:
        blocks.append(_heading(level, "Orphaned annotations"))
        blocks.append("These annotations could not be placed on the current text of the "
                      "document. They are kept as they were made.")
        for entry in document.orphans:
            blocks.extend(_highlight(entry))
    return [block for block in blocks if block]


def _figures_section(document: DocumentBrief, level: int) -> list[str]:
    figures = document.figures
    corrections = document.corrections.get("figures", ())
    if not figures and not corrections:
        return []
    blocks = [_heading(level, "Key figures")]
    if figures:
        blocks.append(_figures_table(figures, with_document=False))
        blocks.append(_disagreements(document.disagreements, with_document=False))
    blocks.append(_corrections(corrections))
    return blocks


def _actors_section(document: DocumentBrief, level: int) -> list[str]:
    corrections = document.corrections.get("actors", ())
    if not document.actors and not corrections:
        return []
    blocks = [_heading(level, "Actors")]
    if document.actors:
        blocks.append(_table(
            ("Name", "Kind", "Role", "Mentions"), ("", "", "", ":"),
            [(escape_inline(a.name), escape_inline(a.kind),
              escape_inline(a.role) if a.role else NONE, str(a.mentions))
             for a in document.actors]))
    blocks.append(_corrections(corrections))
    return blocks


def _claims_section(document: DocumentBrief, options: BriefOptions, level: int,
                    shown_claims: set[str]) -> list[str]:
    """Claims grouped by speaker; ``shown_claims`` collects the ids shown."""
    groups = _claim_groups(document.claims, options.assessed_only)
    corrections = document.corrections.get("claims", ())
    if not groups and not corrections:
        return []
    blocks = [_heading(level, "Claims by speaker")]
    claims = [claim for group in groups for claim in group.claims]
    unassessed = sum(1 for claim in claims if not claim.assessment)
    if unassessed:   # said once, not on every claim
        assessed = len(claims) - unassessed
        blocks.append(f"*{assessed} of {len(claims)} claims assessed.*" if assessed
                      else f"*No claim assessed yet ({len(claims)} listed).*")
    for group in groups:
        blocks.append(_heading(level + 1, escape_inline(group.speaker)))
        for claim in group.claims:
            shown_claims.add(claim.claim_id)
            blocks.extend(_claim(claim))
    blocks.append(_corrections(corrections))
    return blocks


def _table(header: Sequence[str], align: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A pipe table padded to column width, so that it also reads as a table in plain text."""
    widths = [max([len(header[i]), 3] + [len(row[i]) for row in rows])
              for i in range(len(header))]

    def line(cells: Sequence[str], right: Sequence[bool]) -> str:
        padded = [cell.rjust(w) if r else cell.ljust(w)
                  for cell, w, r in zip(cells, widths, right, strict=True)]
        return "| " + " | ".join(padded) + " |"

    right = [a == ":" for a in align]
    rule = ["-" * (w - 1) + ":" if r else "-" * w for w, r in zip(widths, right, strict=True)]
    out = [line(header, [False] * len(header)), line(rule, [False] * len(header))]
    out += [line(row, right) for row in rows]
    return "\n".join(out)


def _figure_cells(row: FigureRow, disputed: set[tuple[int, str]], flag: bool,
                  with_document: bool) -> list[str]:
    cells = [str(row.document)] if with_document else []
    cells += [escape_inline(row.figure), escape_inline(row.category),
              escape_inline(row.subject) if row.subject else NONE, escape_inline(row.status),
              escape_inline(row.source) if row.source else ARTICLE_SOURCE,
              citation(row.paragraph, row.page) if row.page else str(row.paragraph)]
    if flag:
        cells.append("sources differ" if (row.document, row.figure_id) in disputed else "")
    return cells


def _figures_table(rows: Sequence[FigureRow], with_document: bool,
                   disagreements: Sequence[Disagreement] = ()) -> str:
    disputed = {(r.document, r.figure_id) for d in disagreements for r in d.rows}
    header = (["Doc"] if with_document else []) + ["Figure", "Category", "Subject", "Status",
                                                   "Source", PARAGRAPH]
    align = ([":"] if with_document else []) + ["", "", "", "", "", ":"]
    if disputed:
        header.append("Check")
        align.append("")
    return _table(header, align, [_figure_cells(r, disputed, bool(disputed), with_document)
                                  for r in rows])


def _disagreements(disagreements: Sequence[Disagreement], with_document: bool) -> str:
    if not disagreements:
        return ""
    lines = ["**Sources disagree:**", ""]
    for d in disagreements:
        what = escape_inline(d.category) + (f", {escape_inline(d.subject)}" if d.subject else "")
        figures = "; ".join(_attributed(row, with_document) for row in d.rows)
        caveat = " (different documents: check that they report the same event)" \
            if d.across_documents else ""
        lines.append(f"- {what} ({escape_inline(d.status)}): {figures}{caveat}")
    return "\n".join(lines)


def _attributed(row: FigureRow, with_document: bool) -> str:
    if row.source:
        source = escape_inline(row.source)
    elif with_document:
        source = f"the article ({escape_inline(row.document_label)})"
    else:
        source = "the article"
    where = citation(row.paragraph, row.page)
    if with_document:
        where = f"doc {row.document}, {where}"
    return f"{escape_inline(row.figure)} according to {source} ({where})"


def _combined_figures(brief: Brief) -> list[str]:
    corrections = [f"- Document {number}: {escape_inline(sentence)}"
                   for number, d in enumerate(brief.documents, start=1)
                   for sentence in d.corrections.get("figures", ())]
    if not brief.figures and not corrections:
        return []
    blocks = ["## Key figures across documents"]
    if brief.figures:
        disputed_table = _figures_table(brief.figures, True, brief.disagreements)
        blocks += [disputed_table, _disagreements(brief.disagreements, with_document=True)]
    if corrections:
        blocks.append("**Corrections:**\n\n" + "\n".join(corrections))
    return [block for block in blocks if block]


def _corrections(sentences: Sequence[str]) -> str:
    if not sentences:
        return ""
    return "**Corrections:**\n\n" + "\n".join(f"- {escape_inline(s)}" for s in sentences)


def _claim_groups(groups: Sequence[SpeakerClaims], assessed_only: bool) -> list[SpeakerClaims]:
    if not assessed_only:
        return list(groups)
    kept = [SpeakerClaims(g.speaker, tuple(c for c in g.claims if c.assessment)) for g in groups]
    return [g for g in kept if g.claims]


def _note_blocks(note: str) -> list[str]:
    text = escape_note(note)
    if not text:
        return []
    if note_starts_with_block(text):
        return ["**Note:**", text]
    return [f"**Note:** {text}"]


def _claim(claim: ClaimEntry) -> list[str]:
    kind = {"direct": "direct quote", "indirect": "reported speech"}.get(claim.kind, claim.kind)
    about = [citation(claim.paragraph, claim.page), escape_inline(kind)]
    if claim.assessment:
        about.append(f"assessment: **{escape_inline(claim.assessment)}**")
    # a quote cut before "..., he said" keeps the comma that led into the attribution
    blocks = [block_quote(claim.text.strip().rstrip(",;:").rstrip()), DOT.join(about)]
    for note in claim.notes:
        blocks.extend(_note_blocks(note))
    return blocks


def _highlight(entry: HighlightEntry) -> list[str]:
    parts = []
    if entry.state == "orphaned" or entry.paragraph is None:
        parts.append("**Orphaned**")
    else:
        parts.append(f"**{citation(entry.paragraph, entry.page)}**")
    parts.append(f"*{escape_inline(entry.tag)}*" if entry.tag.strip() else "*untagged*")
    if entry.link_label:
        parts.append(f"linked to {escape_inline(entry.link_label)}")
    if entry.assessment:
        parts.append(f"assessment: **{escape_inline(entry.assessment)}**")
    if entry.state == "moved":
        parts.append("re-anchored after the text changed")
    elif entry.state == "changed":
        parts.append("**the words changed**: now (first) and as highlighted (second)")
    blocks = [DOT.join(parts), block_quote(entry.quote) or "> " + NONE]
    if entry.highlighted is not None:
        blocks.append(block_quote(entry.highlighted) or "> " + NONE)
    blocks.extend(_note_blocks(entry.note))
    return blocks


def markdown_to_html(text: str) -> str:
    """The brief as HTML, rendered as the tests check it (Python-Markdown with tables), for a
    preview; the brief's escaping keeps any HTML from the article or a note out of it."""
    import markdown

    return markdown.markdown(text, extensions=["tables"], output_format="html")
