"""Case files in the store: named sets of documents (one document may be in several cases), the
text each was read with (for search and the case brief), and the user's corrections to a case's
figure ledger (moves and splits; undone by removing them)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from briefreader.annotations.model import Correction
from briefreader.errors import UsageError
from briefreader.store.connection import StoreBase, TextDocument, new_id, now_iso, path_key
from briefreader.store.records import correction_from_row, json_object

CASE_CORRECTION_KINDS = ("move", "split", "rename_actor")


@dataclass(frozen=True)
class CaseRecord:
    id: int
    name: str
    created: str
    documents: int


@dataclass(frozen=True)
class CaseMember:
    """A document of a case, as stored: its text and metadata as it was read when added."""

    document_id: int
    sha256: str
    path: str | None
    title: str
    position: int  # order of addition, 1-based
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseCorrection:
    id: str
    kind: str  # move | split (a figure in the ledger) | rename_actor (case-wide)
    value: Mapping[str, Any]
    created: str


class CaseMethods(StoreBase):
    # ---- cases ---------------------------------------------------------------------------
    def create_case(self, name: str) -> CaseRecord:
        name = " ".join(name.split())
        if not name:
            raise UsageError("a case needs a name")
        try:
            with self._write() as conn:
                conn.execute("INSERT INTO cases (name, created) VALUES (?, ?)", (name, now_iso()))
        except sqlite3.IntegrityError:
            raise UsageError(f"a case named '{name}' exists already") from None
        return self.case(name)

    def case(self, name: str) -> CaseRecord:
        rows = self._read(_CASE_SELECT + " WHERE c.name = ? GROUP BY c.id",
                          (" ".join(name.split()),))
        if not rows:
            raise UsageError(f"no case named '{name}' (make it with: briefreader case create "
                             f"\"{name}\")")
        return _case_record(rows[0])

    def cases(self) -> list[CaseRecord]:
        rows = self._read(_CASE_SELECT + " GROUP BY c.id ORDER BY c.name")
        return [_case_record(r) for r in rows]

    # ---- members -------------------------------------------------------------------------
    def add_to_case(self, name: str, documents: Iterable[tuple[TextDocument, Mapping[str, Any]]]
                    ) -> list[bool]:
        """Add documents with their metadata (their text kept for search), in one transaction;
        for each, whether it is new to the case. Adding one again refreshes its text."""
        case_id = self.case(name).id
        added = []
        with self._write() as conn:
            for document, metadata in documents:
                added.append(self._add_member(conn, case_id, document, metadata))
        return added

    def _add_member(self, conn: sqlite3.Connection, case_id: int, document: TextDocument,
                    metadata: Mapping[str, Any]) -> bool:
        meta = json.dumps(dict(metadata), ensure_ascii=False, default=str)
        doc_id = self._ensure_document(conn, document)
        conn.execute("INSERT INTO document_texts (document_id, sha256, text, metadata) "
                     "VALUES (?,?,?,?) ON CONFLICT(document_id) DO UPDATE SET "
                     "sha256 = excluded.sha256, text = excluded.text, "
                     "metadata = excluded.metadata WHERE sha256 != excluded.sha256 "
                     "OR metadata != excluded.metadata",
                     (doc_id, document.sha256, document.text, meta))
        return conn.execute(
            "INSERT OR IGNORE INTO case_documents (case_id, document_id, position, added) "
            "SELECT ?, ?, COALESCE(MAX(position), 0) + 1, ? FROM case_documents "
            "WHERE case_id = ?", (case_id, doc_id, now_iso(), case_id)).rowcount == 1

    def remove_from_case(self, name: str, path: str) -> CaseMember:
        """Remove the case's document last seen at ``path`` (the document stays in the store)."""
        key = path_key(path)
        member = next((m for m in self.case_members(name) if m.path == key), None)
        if member is None:
            raise UsageError(f"'{path}' is not in case '{name}'")
        with self._write() as conn:
            conn.execute("DELETE FROM case_documents WHERE case_id = ? AND document_id = ?",
                         (self.case(name).id, member.document_id))
        return member

    def case_members(self, name: str) -> list[CaseMember]:
        rows = self._read(
            "SELECT d.id, d.path, d.title, cd.position, t.sha256, t.metadata "
            "FROM case_documents cd JOIN documents d ON d.id = cd.document_id "
            "JOIN document_texts t ON t.document_id = d.id "
            "WHERE cd.case_id = ? ORDER BY cd.position", (self.case(name).id,))
        return [CaseMember(r["id"], r["sha256"], r["path"], r["title"], r["position"],
                           json_object(r["metadata"]) or {}) for r in rows]

    def case_texts(self, name: str) -> dict[int, str]:
        """The text of each of the case's documents, by document id."""
        rows = self._read("SELECT t.document_id, t.text FROM document_texts t JOIN case_documents "
                          "cd ON cd.document_id = t.document_id AND cd.case_id = ?",
                          (self.case(name).id,))
        return {row[0]: row[1] for row in rows}

    def document_text(self, document_id: int) -> str:
        rows = self._read("SELECT text FROM document_texts WHERE document_id = ?", (document_id,))
        if not rows:
            raise UsageError(f"the store keeps no text for document {document_id}")
        return rows[0][0]

    def member_corrections(self, name: str) -> dict[int, list[Correction]]:
        """The corrections of each of the case's documents, by document id, in the order they
        were made (one query for the whole case)."""
        rows = self._read(
            "SELECT c.id, c.kind, c.target, c.value, c.created, c.document_id, "
            "d.sha256 AS document_sha256 FROM corrections c "
            "JOIN documents d ON d.id = c.document_id "
            "JOIN case_documents cd ON cd.document_id = c.document_id AND cd.case_id = ? "
            "ORDER BY c.created, c.rowid", (self.case(name).id,))
        found: dict[int, list[Correction]] = {}
        for row in rows:
            found.setdefault(row["document_id"], []).append(correction_from_row(row))
        return found

    # ---- corrections to the ledger -------------------------------------------------------
    def add_case_correction(self, name: str, kind: str, value: Mapping[str, Any]
                            ) -> CaseCorrection:
        if kind not in CASE_CORRECTION_KINDS:
            raise UsageError(f"unknown ledger correction '{kind}' "
                             f"(one of {', '.join(CASE_CORRECTION_KINDS)})")
        correction = CaseCorrection(new_id(), kind, dict(value), now_iso())
        with self._write() as conn:
            conn.execute("INSERT INTO case_corrections (id, case_id, kind, value, created) "
                         "VALUES (?,?,?,?,?)", (correction.id, self.case(name).id, kind,
                                                json.dumps(dict(value)), correction.created))
        return correction

    def restore_case_correction(self, name: str, correction: CaseCorrection) -> None:
        """Put back a correction that was undone, with its id and time (redo)."""
        if correction.kind not in CASE_CORRECTION_KINDS:
            raise UsageError(f"unknown ledger correction '{correction.kind}'")
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO case_corrections (id, case_id, kind, value, "
                         "created) VALUES (?,?,?,?,?)",
                         (correction.id, self.case(name).id, correction.kind,
                          json.dumps(dict(correction.value)), correction.created))

    def case_corrections(self, name: str) -> list[CaseCorrection]:
        rows = self._read("SELECT id, kind, value, created FROM case_corrections WHERE "
                          "case_id = ? ORDER BY created, rowid", (self.case(name).id,))
        return [CaseCorrection(r["id"], r["kind"], json_object(r["value"]) or {}, r["created"])
                for r in rows]

    def remove_case_correction(self, correction_id: str) -> None:
        """Undo a move, a split or a case-wide rename."""
        with self._write() as conn:
            if conn.execute("DELETE FROM case_corrections WHERE id = ?",
                            (correction_id,)).rowcount != 1:
                raise UsageError(f"no ledger correction with id '{correction_id}'")


_CASE_SELECT = ("SELECT c.id, c.name, c.created, COUNT(cd.document_id) AS n FROM cases c "
                "LEFT JOIN case_documents cd ON cd.case_id = c.id")


def _case_record(row: sqlite3.Row) -> CaseRecord:
    return CaseRecord(row["id"], row["name"], row["created"], row["n"])
