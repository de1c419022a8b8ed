"""The case brief (Markdown): the incident ledger first, then actors across sources, claims by
speaker, and each document's highlights and notes. Every line points back to its document ([D2])
and paragraph (¶4, the title being ¶0), so a reader can check it against the source.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefreader.annotations.model import PlacedAnnotation
from briefreader.brief.escape import escape_inline
from briefreader.cases.actors import CaseActor
from briefreader.cases.case_file import CaseDocument, CaseFile
from briefreader.cases.claims import CaseClaim
from briefreader.cases.ledger import Ledger, LedgerEntry, LedgerFigure

QUOTE_LIMIT = 240  # characters of a claim or highlight shown; the reference leads to the rest


def _count(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def _shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Refs:
    """Document numbers in date order: [D1], [D2] ..."""

    def __init__(self, case: CaseFile) -> None:
        self.number = {d.member.document_id: n for n, d in enumerate(case.documents, 1)}

    def doc(self, document: CaseDocument) -> str:
        return f"[D{self.number[document.member.document_id]}]"

    def at(self, document: CaseDocument, offset: int) -> str:
        return f"{self.doc(document)} ¶{document.document.block_index_at(offset)}"


def render_case_brief(case: CaseFile, ledger: Ledger, actors: Sequence[CaseActor],
                      claims: Sequence[CaseClaim],
                      annotations: dict[int, list[PlacedAnnotation]]) -> str:
    """``annotations``: each document's placed highlights, by store document id."""
    refs = _Refs(case)
    lines = [f"# Case: {escape_inline(case.name)}", ""]
    lines += _sources(case, refs)
    lines += ["## Incident ledger", ""]
    lines += [line for entry in ledger.entries for line in _entry(entry, refs)] or \
        ["No casualty figures.", ""]
    lines += ["## Actors across sources", ""]
    lines += [_actor(actor, refs) for actor in actors] or ["No actors."]
    lines += ["", "## Claims by speaker", ""]
    lines += _claims(claims, refs)
    lines += ["## Highlights and notes", ""]
    lines += _highlights(case, refs, annotations)
    return "\n".join(lines).rstrip() + "\n"


def _sources(case: CaseFile, refs: _Refs) -> list[str]:
    lines = ["## Sources", ""]
    for document in case.documents:
        outlet = document.document.metadata.get("outlet")
        details = ", ".join(escape_inline(str(x)) for x in (outlet, document.date) if x)
        where = f" ({details})" if details else ""
        lines.append(f"- {refs.doc(document)} {escape_inline(document.document.title)}{where}"
                     f" — `{document.path or 'no file'}`")
    return [*lines, ""]


def _entry(entry: LedgerEntry, refs: _Refs) -> list[str]:
    title = f"### {entry.event} · {escape_inline(entry.incident.description)} · {entry.category}"
    lines = [title, ""]
    if entry.incident.scope == "event":
        lines.append(f"Low {_count(entry.low)} · best {_count(entry.best)} · high "
                     f"{_count(entry.high)} · most conservative {_count(entry.conservative)}")
        if entry.disagreement:
            how = "revised upward over time" if entry.revised else "differing at the same time"
            lines.append(f"**Sources disagree** ({how}).")
        lines.append("")
    lines += ["| Figure | Source | Scope | Where |", "|---|---|---|---|"]
    lines += [_figure_row(item, refs, entry) for item in entry.figures]
    return [*lines, ""]


def _figure_row(item: LedgerFigure, refs: _Refs, entry: LedgerEntry) -> str:
    f = item.figure
    count = f"{f.count:,}" + (f"–{f.count_high:,}" if f.count_high else "")
    figure = f"{f.qualifier} {count}".strip()
    if entry.conservative is not None and f.count == entry.conservative and f.scope == "event":
        figure += " (most conservative)"
    source = f.source or item.source_document.label
    status = "" if f.status == "reported" else f", {f.status}"
    return (f"| {escape_inline(figure)} | {escape_inline(source)} | {f.scope}{status} "
            f"| {refs.at(item.source_document, f.start)} |")


def _actor(actor: CaseActor, refs: _Refs) -> str:
    seen = []
    for document, member in actor.members:
        first = min((m.start for m in member.mentions), default=0)
        seen.append(refs.at(document, first))
    also = f"; also {', '.join(escape_inline(a) for a in actor.aliases)}" if actor.aliases else ""
    mentions = f"{actor.mentions} mention" + ("" if actor.mentions == 1 else "s")
    return (f"- **{escape_inline(actor.name)}** ({actor.kind}, {mentions}): "
            f"{', '.join(dict.fromkeys(seen))}{also}")


def _claims(claims: Sequence[CaseClaim], refs: _Refs) -> list[str]:
    by_speaker: dict[str, list[CaseClaim]] = {}
    for claim in claims:
        by_speaker.setdefault(claim.speaker or "Unattributed", []).append(claim)
    if not by_speaker:
        return ["No claims.", ""]
    lines = []
    for speaker, said in by_speaker.items():
        lines += [f"### {escape_inline(speaker)}", ""]
        for c in said:
            date = f" ({c.source_document.date})" if c.source_document.date else ""
            lines.append(f"- {refs.at(c.source_document, c.claim.start)}{date}: "
                         f"“{escape_inline(_shorten(c.claim.text))}”")
        lines.append("")
    return lines


def _highlights(case: CaseFile, refs: _Refs, annotations: dict[int, list[PlacedAnnotation]]
                ) -> list[str]:
    lines = []
    for document in case.documents:
        placed = annotations.get(document.member.document_id, [])
        if not placed:
            continue
        lines += [f"### {refs.doc(document)} {escape_inline(document.document.title)}", ""]
        for item in placed:
            a = item.annotation
            where = refs.at(document, item.start) if item.start is not None else \
                f"{refs.doc(document)} (passage no longer found)"
            note = f" — {escape_inline(a.note)}" if a.note.strip() else ""
            lines.append(f"- {where} [{escape_inline(a.tag)}] “{escape_inline(_shorten(a.quote))}”"
                         f"{note}")
        lines.append("")
    return lines or ["No highlights or notes.", ""]
