"""A case opened for reading: its documents, each with its analysis, in the order of their dates.

Documents come from the store alone (text, blocks and metadata kept when they were added), so a
case opens even when its files have moved. The analysis comes from the cache; a document whose
cached analysis is of another extractor version is analysed again (and cached). The user's
corrections to each document (renames, merges, rejections) are applied as in the window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefreader.cases.analysis import analysed, extractor_version
from briefreader.cases.records import extraction_from_json, stored_document
from briefreader.corrections.make import apply_corrections
from briefreader.document import Document
from briefreader.extraction.casualties.incident_time import date_in
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
        """The document's date as YYYY-MM-DD, when its metadata gives one ("2023-07-30T09:00Z",
        "July 30, 2023", "30 July 2023")."""
        written = str(self.document.metadata.get("date") or "")
        m = _ISO_DAY.search(written)
        if m:
            return m.group()
        year, month, day = date_in(written)
        return f"{year:04d}-{month:02d}-{day:02d}" if year and month and day else None

    @property
    def order(self) -> tuple[str, int]:
        """Dated documents by date, undated ones after, each in the order they were added."""
        return (self.date or "9999-99-99", self.member.position)


@dataclass(frozen=True)
class CaseFile:
    name: str
    documents: tuple[CaseDocument, ...]  # in date order


def open_case(store: AnnotationStore, name: str, corrected: bool = True) -> CaseFile:
    members = store.case_members(name)
    version = extractor_version()
    cached = store.cached_extractions((m.sha256 for m in members), version)
    corrections = store.member_corrections(name) if corrected else {}
    texts = store.case_texts(name)
    documents = []
    for member in members:
        document = stored_document(texts[member.document_id], member.metadata, member.path)
        data = cached.get(document.sha256)
        extraction = extraction_from_json(data) if data is not None else \
            analysed(store, document)
        if corrections.get(member.document_id):
            extraction = apply_corrections(extraction, corrections[member.document_id])
        documents.append(CaseDocument(member, document, extraction))
    documents.sort(key=lambda d: d.order)
    return CaseFile(store.case(name).name, tuple(documents))
