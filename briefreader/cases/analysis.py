"""Analysing a case's documents: the store's extraction cache first, then a pool of processes.

A document's analysis is cached by its text's fingerprint and the extractor version, so opening
a case (or a document seen before) never re-runs it, and a new extractor version does. Adding many
documents runs whole extractions in a pool of processes: each loads the pipeline once, and the
parsing, the longest part, runs on every core (spaCy's own ``n_process`` splits only the parse).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefreader.cases.records import extraction_from_json
from briefreader.document import Block, Document
from briefreader.errors import BriefreaderError, UsageError
from briefreader.extraction.model import Extraction
from briefreader.store.annotations import AnnotationStore

Progress = Callable[[int, int], None]  # (documents done, documents in all)
CHUNK = 4  # documents a worker takes at once: fewer round trips, still an even spread


def extractor_version() -> str:
    from briefreader.extraction.pipeline import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def cached_extraction(store: AnnotationStore, document: Document) -> Extraction | None:
    data = store.cached_extraction(document.sha256, extractor_version())
    return extraction_from_json(data) if data is not None else None


def analysed(store: AnnotationStore, document: Document) -> Extraction:
    """The document's extraction: from the cache, else made now and cached."""
    found = cached_extraction(store, document)
    if found is not None:
        return found
    from briefreader.extraction.pipeline import extract_document

    extraction = extract_document(document)
    store.cache_extraction(document.sha256, extractor_version(), extraction.to_json())
    return extraction


def _portable(document: Document) -> tuple[str, list[tuple[str, int, int, int]], str, dict]:
    """A document as plain values a child process can receive."""
    blocks = [(b.kind, b.start, b.end, b.level) for b in document.blocks]
    return document.text, blocks, document.title, dict(document.metadata)


def _extract_portable(item: tuple[str, list[tuple[str, int, int, int]], str, dict]
                      ) -> dict[str, Any]:
    from briefreader.extraction.pipeline import extract_document

    text, blocks, title, metadata = item
    document = Document(text, tuple(Block(*b) for b in blocks), title, metadata)
    return extract_document(document).to_json()


def _pool_context() -> Any:
    # fork starts a worker at once and the parent holds no pipeline to copy; elsewhere the
    # platform's default (spawn) is the safe one
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def extract_many(documents: Sequence[Document], processes: int | None = None
                 ) -> Iterator[dict[str, Any]]:
    """Each document's extraction JSON, in order; with one process, in this one."""
    workers = min(processes or os.cpu_count() or 1, max(1, len(documents)))
    if workers <= 1:
        yield from (_extract_portable(_portable(d)) for d in documents)
        return
    with ProcessPoolExecutor(workers, mp_context=_pool_context()) as pool:
        yield from pool.map(_extract_portable, [_portable(d) for d in documents],
                            chunksize=CHUNK)


@dataclass(frozen=True)
class AddSummary:
    added: int  # new to the case
    already: int  # were members already (their text refreshed)
    analysed: int  # extractions run
    cached: int  # extractions found in the cache
    failed: tuple[str, ...]  # one line per file that could not be read

    def line(self, name: str) -> str:
        text = (f"case '{name}': {self.added} added, {self.already} already in it; "
                f"{self.analysed} analysed, {self.cached} from the cache")
        return text + (f"; {len(self.failed)} not read" if self.failed else "")


def case_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, folders expanded to the documents they hold (sorted)."""
    from briefreader.loading import SUPPORTED_SUFFIXES

    found: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()
                                and p.suffix.lower() in SUPPORTED_SUFFIXES))
        elif path.exists():
            found.append(path)
        else:
            raise UsageError("no such file or folder", path)
    return found


def add_documents(store: AnnotationStore, name: str, paths: Iterable[str | Path],
                  processes: int | None = None, progress: Progress | None = None
                  ) -> AddSummary:
    """Read the files, analyse those the cache does not know, and add all to the case."""
    from briefreader.cases.records import document_metadata
    from briefreader.loading import load_document

    store.case(name)  # the case must exist before any work is done
    files = case_files(paths)
    documents: list[Document] = []
    failed: list[str] = []
    for path in files:
        try:
            documents.append(load_document(path))
        except BriefreaderError as exc:
            failed.append(str(exc))
    version = extractor_version()
    missing = [d for d in documents if store.cached_extraction(d.sha256, version) is None]
    missing = list({d.sha256: d for d in missing}.values())  # one analysis per text
    total, done = len(documents), len(documents) - len(missing)
    if progress:
        progress(done, total)
    batch: list[tuple[str, dict[str, Any]]] = []
    for document, result in zip(missing, extract_many(missing, processes), strict=True):
        batch.append((document.sha256, result))
        done += 1
        if len(batch) >= 50:
            store.cache_extractions(batch, version)
            batch = []
        if progress:
            progress(done, total)
    store.cache_extractions(batch, version)
    added = sum(store.add_to_case(name, [(d, document_metadata(d)) for d in documents]))
    return AddSummary(added, len(documents) - added, len(missing),
                      len(documents) - len(missing), tuple(failed))
