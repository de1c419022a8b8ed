"""Analysing a case's documents: the store's extraction cache first, then a pool of processes.

A document's analysis is cached by its text's fingerprint and the extractor version, so opening
a case (or a document seen before) never re-runs it, and a new extractor version does. Adding many
documents runs whole extractions in a pool of processes: each loads the pipeline once, and the
parsing, the longest part, runs on every core (spaCy's own ``n_process`` splits only the parse).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
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
    # fork starts a worker at once and the parent holds no pipeline to copy, but forking a
    # process that runs other threads (the window) can copy a held lock: then a fork server
    # (a fresh process that forks the workers); elsewhere the platform's default (spawn)
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else None)


def extract_many(documents: Sequence[Document], processes: int | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Iterator[dict[str, Any]]:
    """Each document's extraction JSON, in order; with one process, in this one. Stops early
    once ``cancelled()`` is true (work already running in the pool is let finish)."""
    workers = min(processes or os.cpu_count() or 1, max(1, len(documents)))
    if workers <= 1:
        for document in documents:
            if cancelled and cancelled():
                return
            yield _extract_portable(_portable(document))
        return
    pool = ProcessPoolExecutor(workers, mp_context=_pool_context())
    try:
        for result in pool.map(_extract_portable, [_portable(d) for d in documents],
                               chunksize=CHUNK):
            yield result
            if cancelled and cancelled():
                return
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True)
class AddSummary:
    added: int  # new to the case
    already: int  # were members already (their text refreshed)
    analysed: int  # extractions run
    cached: int  # extractions found in the cache
    failed: tuple[str, ...]  # one line per file that could not be read
    cancelled: int = 0  # documents left out because the user stopped the work

    def line(self, name: str) -> str:
        text = (f"case '{name}': {self.added} added, {self.already} already in it; "
                f"{self.analysed} analysed, {self.cached} from the cache")
        text += f"; {len(self.failed)} not read" if self.failed else ""
        return text + (f"; stopped, {self.cancelled} left out" if self.cancelled else "")


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
                  processes: int | None = None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> AddSummary:
    """Read the files, analyse those the cache does not know, and add all to the case. When
    ``cancelled()`` turns true, the documents analysed so far are added and the rest left out."""
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
    done = _analyse(store, missing, processes, progress, cancelled, len(documents))
    kept = [d for d in documents if d.sha256 not in done.left_out]
    added = sum(store.add_to_case(name, [(d, document_metadata(d)) for d in kept]))
    return AddSummary(added, len(kept) - added, len(missing) - len(done.left_out),
                      len(documents) - len(missing), tuple(failed),
                      len(documents) - len(kept))


@dataclass(frozen=True)
class _Analysed:
    left_out: frozenset[str]  # fingerprints of the documents not analysed (cancelled)


def _analyse(store: AnnotationStore, missing: Sequence[Document], processes: int | None,
             progress: Progress | None, cancelled: Callable[[], bool] | None,
             total: int) -> _Analysed:
    """Analyse and cache, in batches (a crash loses at most one batch)."""
    version = extractor_version()
    done = total - len(missing)
    if progress:
        progress(done, total)
    batch: list[tuple[str, dict[str, Any]]] = []
    finished: set[str] = set()
    for document, result in zip(missing, extract_many(missing, processes, cancelled),
                                strict=False):
        batch.append((document.sha256, result))
        finished.add(document.sha256)
        done += 1
        if len(batch) >= 50:
            store.cache_extractions(batch, version)
            batch = []
        if progress:
            progress(done, total)
    store.cache_extractions(batch, version)
    return _Analysed(frozenset(d.sha256 for d in missing) - finished)
