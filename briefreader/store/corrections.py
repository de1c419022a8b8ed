"""The annotation store's corrections to extraction (see corrections.py for applying them)."""

from __future__ import annotations

import json
from typing import Any

from briefreader.annotations.model import CORRECTION_KINDS, Correction
from briefreader.errors import UsageError
from briefreader.store.connection import StoreBase, TextDocument, new_id, now_iso
from briefreader.store.records import correction_from_row


class CorrectionMethods(StoreBase):
    """Corrections are stored per document, in the order they were made."""

    def add_correction(self, document: TextDocument, kind: str, target: str,
                       value: dict[str, Any] | None = None) -> Correction:
        if kind not in CORRECTION_KINDS:
            raise UsageError(f"unknown correction '{kind}' (one of {', '.join(CORRECTION_KINDS)})")
        correction_id, now = new_id(), now_iso()
        with self._write() as conn:
            doc_id = self._ensure_document(conn, document)
            conn.execute("INSERT INTO corrections (id, document_id, kind, target, value, created) "
                         "VALUES (?,?,?,?,?,?)", (correction_id, doc_id, kind, target,
                                                  json.dumps(value or {}, ensure_ascii=False), now))
        return self.correction(correction_id)

    def correction(self, correction_id: str) -> Correction:
        key = self.resolve_id(correction_id, table="corrections")
        rows = self._read(_CORRECTION_SELECT + " WHERE c.id = ?", (key,))
        return correction_from_row(rows[0])

    def corrections_for(self, document: TextDocument) -> list[Correction]:
        """The document's corrections in the order they were made (later ones win)."""
        found = self.find_document(document)
        if found is None:
            return []
        rows = self._read(_CORRECTION_SELECT + " WHERE c.document_id = ? ORDER BY c.created, "
                          "c.rowid", (found.id,))
        return [correction_from_row(r) for r in rows]

    def restore_correction(self, document: TextDocument, correction: Correction) -> Correction:
        """Put back a removed correction with its id and time (undo of a removal)."""
        with self._write() as conn:
            doc_id = self._ensure_document(conn, document)
            conn.execute("INSERT OR REPLACE INTO corrections (id, document_id, kind, target, "
                         "value, created) VALUES (?,?,?,?,?,?)",
                         (correction.id, doc_id, correction.kind, correction.target,
                          json.dumps(correction.value, ensure_ascii=False),
                          correction.created or now_iso()))
        return self.correction(correction.id)

    def delete_correction(self, correction_id: str) -> Correction:
        correction = self.correction(correction_id)
        with self._write() as conn:
            conn.execute("DELETE FROM corrections WHERE id = ?", (correction.id,))
        return correction


_CORRECTION_SELECT = (
    "SELECT c.id, c.kind, c.target, c.value, c.created, d.sha256 AS document_sha256 "
    "FROM corrections c JOIN documents d ON d.id = c.document_id")
