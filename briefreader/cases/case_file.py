"""A case opened for reading: its documents, each with its analysis, in the order of their dates.

Documents come from the store alone (text, blocks and metadata kept when they were added), so a
case opens even when its files have moved. The analysis comes from the cache; a document whose
cached analysis is of another extractor version is analysed again (and cached). The user's
corrections to each document (renames, merges, rejections) are applied as in the window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefreader.cases.analysis import analysed
from briefreader.cases.records import stored_document
from briefreader.document import Document
from briefreader.extraction.model import Extraction
from briefreader.store.annotations import AnnotationStore
from briefreader.store.cases import CaseMember

_ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


@dataclass(frozen=True)
class CaseDocument:
    member: CaseMember
    document: Document
    extraction: Extraction

    @property
    def path(self) -> str | None:
        return self.member.path

    @property
    def label(self) -> str:
        """The outlet, else the file name: how a line of the brief names its source."""
        outlet = self.document.metadata.get("outlet")
        if outlet:
            return str(outlet)
        return (self.path or "").rsplit("/", 1)[-1] or f"document {self.member.position}"

    @property
    def date(self) -> str | None:
        """The document's date as YYYY-MM-DD, when its metadata gives one."""
        m = _ISO_DAY.search(str(self.document.metadata.get("date") or ""))
        return m.group() if m else None

    @property
    def order(self) -> tuple[str, int]:
        """Dated documents by date, undated ones after, each in the order they were added."""
        return (self.date or "9999-99-99", self.member.position)


@dataclass(frozen=True)
class CaseFile:
    name: str
    documents: tuple[CaseDocument, ...]  # in date order


def open_case(store: AnnotationStore, name: str, corrected: bool = True) -> CaseFile:
    documents = []
    for member in store.case_members(name):
        document = stored_document(store.document_text(member.document_id), member.metadata,
                                   member.path)
        extraction = analysed(store, document)
        if corrected:
            extraction = _corrected(store, document, extraction)
        documents.append(CaseDocument(member, document, extraction))
    documents.sort(key=lambda d: d.order)
    return CaseFile(store.case(name).name, tuple(documents))


def _corrected(store: AnnotationStore, document: Document, extraction: Extraction) -> Extraction:
    from briefreader.corrections.make import apply_corrections

    corrections = store.corrections_for(document)
    return apply_corrections(extraction, corrections) if corrections else extraction
