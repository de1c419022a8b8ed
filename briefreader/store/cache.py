"""The extraction cache: results by text fingerprint and extractor version, so reopening a
document or a case never re-runs the analysis, and a new extractor version does."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from briefreader.store.connection import StoreBase, now_iso
from briefreader.store.records import json_object


class CacheMethods(StoreBase):
    def cached_extraction(self, sha256: str, version: str) -> dict[str, Any] | None:
        """The stored extraction JSON, or None (also when the stored value is unreadable)."""
        rows = self._read("SELECT extraction FROM extraction_cache WHERE sha256 = ? AND "
                          "version = ?", (sha256, version))
        return json_object(rows[0][0]) if rows else None

    def cached_extractions(self, sha256s: Iterable[str], version: str
                           ) -> dict[str, dict[str, Any]]:
        """Many stored extractions at once (opening a case), by fingerprint; missing ones left
        out."""
        wanted = list(dict.fromkeys(sha256s))
        found: dict[str, dict[str, Any]] = {}
        for at in range(0, len(wanted), 500):  # SQLite's limit on parameters
            part = wanted[at:at + 500]
            marks = ",".join("?" * len(part))
            rows = self._read(f"SELECT sha256, extraction FROM extraction_cache WHERE version = ? "
                              f"AND sha256 IN ({marks})", (version, *part))
            for row in rows:
                data = json_object(row["extraction"])
                if data is not None:
                    found[row["sha256"]] = data
        return found

    def cache_extraction(self, sha256: str, version: str, extraction: Mapping[str, Any]) -> None:
        self.cache_extractions([(sha256, extraction)], version)

    def cache_extractions(self, results: Iterable[tuple[str, Mapping[str, Any]]],
                          version: str) -> None:
        """Store many results in one transaction (a case of a thousand documents)."""
        now = now_iso()
        rows = [(sha, version, json.dumps(dict(data), ensure_ascii=False), now)
                for sha, data in results]
        with self._write() as conn:
            conn.executemany("INSERT OR REPLACE INTO extraction_cache (sha256, version, "
                             "extraction, created) VALUES (?,?,?,?)", rows)
            # results of older extractor versions are never read again
            conn.executemany("DELETE FROM extraction_cache WHERE sha256 = ? AND version != ?",
                             [(sha, version) for sha, *_ in rows])
