"""One open article: its document, its extraction and the reader's current selection.

Widgets never talk to each other: they render a session and send it intents (open, locate, select);
the session changes state and emits signals. Results of background work carry the generation they
were started for, so the result of a file that was replaced or closed meanwhile is dropped.

A document analysed before is not analysed again: the store's extraction cache (by the text's
fingerprint and the extractor version) is read before the extraction worker is started, and a new
result is written to it. The store is opened with the window's chrome, after the first paint, so
the session asks for it through a ``StoreWhenReady`` that answers once it is open.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from briefreader.errors import BriefreaderError
from briefreader.gui.session.workers import FunctionTask, Workers

PROGRESS_EVERY = 0.1   # seconds: the least time between two loadProgress signals
TYPE_CHECKING = False   # typing itself is not imported before the first paint (~4 ms)
if TYPE_CHECKING:   # for annotations only: the first paint of a text does not wait for them
    from briefreader.document import Document
    from briefreader.extraction.model import Extraction
    from briefreader.store.annotations import AnnotationStore

    StoreUser = Callable[[AnnotationStore | None], None]

log = logging.getLogger(__name__)

LOADING, EXTRACTING, READY, FAILED = "loading", "extracting", "ready", "failed"


class StoreWhenReady:
    """Calls each function given to it with the annotation store (None when it cannot be
    opened), at once if the store's opener is known, else when it is (``provide``)."""

    def __init__(self) -> None:
        self._open: Callable[[], AnnotationStore | None] | None = None
        self._waiting: list[StoreUser] = []

    def provide(self, open_store: Callable[[], AnnotationStore | None]) -> None:
        self._open = open_store
        waiting, self._waiting = self._waiting, []
        for use in waiting:
            use(open_store())

    def __call__(self, use: StoreUser) -> None:
        if self._open is None:
            self._waiting.append(use)
        else:
            use(self._open())


class DocumentSession(QObject):
    documentLoaded = Signal()
    extractionReady = Signal()
    failed = Signal(str)              # one-line message: loading or extraction went wrong
    stateChanged = Signal(str)
    # A range of the text the reader picked, in core offsets, and who picked it ("article",
    # "actors", "claims", "casualties"): the others follow, the origin does not echo it back.
    selectionChanged = Signal(int, int, str)
    # Ranges to show all at once (every mention of an actor), the one to scroll to, and the origin.
    focusChanged = Signal(list, int, str)
    notesReady = Signal()             # the annotations of this document are loaded (self.notes)
    loadProgress = Signal(int, int)   # pages loaded and pages in all, while a PDF loads
    # A PDF's first page, while the rest loads (a Document whose offsets are not the full
    # text's: to read only, never to mark or annotate); documentLoaded replaces it.
    previewReady = Signal(object)
    # emitted on the loading thread (generation, done, total); delivered on the GUI thread
    _pagesLoaded = Signal(int, int, int)
    _previewed = Signal(int, object)    # (generation, Document), likewise

    def __init__(self, path: str | Path, workers: Workers, parent: QObject | None = None,
                 cache: StoreWhenReady | None = None) -> None:
        """``cache``: where the extraction cache's store comes from (None: no cache)."""
        super().__init__(parent)
        self.cache = cache
        self.path = str(path)
        self.workers = workers
        self.document: Document | None = None
        self.extraction: Extraction | None = None       # with the user's corrections applied
        self.raw_extraction: Extraction | None = None   # as the extractor found it
        self.notes = None                                # DocumentNotes, once the store is open
        self._applied: tuple[str, ...] = ()
        self.error: str | None = None
        self.state = LOADING
        self.selection: tuple[int, int] = (0, 0)
        self._generation = 0
        self._extract_task: FunctionTask | None = None
        self.closed = False
        self.load_progress: tuple[int, int] | None = None   # (done, total) of a paged file
        self._progress_told = 0.0     # when loadProgress was last emitted (time.monotonic)
        self._progress_due = False    # a later signal will tell the latest page
        self._pagesLoaded.connect(self._pages_loaded)
        self._previewed.connect(self._preview_loaded)

    @property
    def title(self) -> str:
        if self.document is not None and self.document.title:
            return self.document.title
        return Path(self.path).name

    @property
    def finished(self) -> bool:
        return self.state in (READY, FAILED)

    def start(self) -> None:
        """Load (and then extract) the file in the background."""
        from briefreader.loading import load_document

        self._generation += 1
        generation, path = self._generation, self.path
        self._set_state(LOADING)
        self.load_progress = None

        def progress(done: int, total: int) -> None:   # on the loading thread: only a signal
            self._pagesLoaded.emit(generation, done, total)

        def preview(document: Document) -> None:       # likewise
            self._previewed.emit(generation, document)

        self.workers.submit(
            self.workers.loading,
            lambda: load_document(path, progress=progress, preview=preview),
            lambda doc: self._loaded(generation, doc), lambda msg: self._failed(generation, msg))

    @Slot(int, int, int)
    def _pages_loaded(self, generation: int, done: int, total: int) -> None:
        if self._current(generation) and self.document is None:
            self.load_progress = (done, total)
            # a 500-page report reads a page every few milliseconds: the status bar and the
            # view are told a few times a second (and of the first and last page), not 500 times
            now = time.monotonic()
            if done in (1, total) or now - self._progress_told >= PROGRESS_EVERY:
                self._tell_progress()
            elif not self._progress_due:   # the latest page is told a moment later
                self._progress_due = True
                QTimer.singleShot(int(PROGRESS_EVERY * 1000), self, self._tell_progress)

    def _tell_progress(self) -> None:
        self._progress_due = False
        if self.load_progress is not None and self.document is None and not self.closed:
            self._progress_told = time.monotonic()
            self.loadProgress.emit(*self.load_progress)

    @Slot(int, object)
    def _preview_loaded(self, generation: int, document: Document) -> None:
        if self._current(generation) and self.state == LOADING and self.document is None:
            self.previewReady.emit(document)

    def close(self) -> None:
        self.closed = True
        self._generation += 1
        self.workers.cancel(self.workers.extraction, self._extract_task)

    def _current(self, generation: int) -> bool:
        return not self.closed and generation == self._generation

    def _loaded(self, generation: int, document: Document) -> None:
        if not self._current(generation):
            return
        self.document = document
        self.documentLoaded.emit()
        self._set_state(EXTRACTING)
        # Start one event-loop turn later: the text gets painted before spaCy's import (on the
        # extraction thread) starts competing for the interpreter lock.
        QTimer.singleShot(0, self, lambda: self._extract(generation, document))

    def _extract(self, generation: int, document: Document) -> None:
        if not self._current(generation):
            return
        if self.cache is None:
            self._run_extraction(generation, document, None)
        else:
            self.cache(lambda store: self._extract_unless_cached(generation, document, store))

    def _extract_unless_cached(self, generation: int, document: Document,
                               store: AnnotationStore | None) -> None:
        """The cached analysis when there is one, else a new one. The cache is read and written
        on the loading threads: a long report's analysis is megabytes of JSON, whose decoding or
        saving on the GUI thread would stall the window."""
        if not self._current(generation):
            return
        if store is None:
            self._run_extraction(generation, document, None)
            return

        def found(extraction: Extraction | None) -> None:
            if extraction is not None:
                self._extracted(generation, extraction)
            elif self._current(generation):
                self._run_extraction(generation, document, store)

        self.workers.submit(self.workers.loading, lambda: _cached(store, document), found,
                            lambda _msg: found(None))

    def _run_extraction(self, generation: int, document: Document,
                        store: AnnotationStore | None) -> None:
        def analyse() -> Extraction:
            extraction = self.workers.extract(document)
            if store is not None and not self.closed:   # closed: so may the store be
                _cache(store, document, extraction)     # on this thread, never the window's
            return extraction

        self._extract_task = self.workers.submit(
            self.workers.extraction, analyse, lambda ex: self._extracted(generation, ex),
            lambda msg: self._failed(generation, msg))

    def _extracted(self, generation: int, extraction: Extraction) -> None:
        if not self._current(generation):
            return
        self._extract_task = None
        self.raw_extraction = extraction
        self._applied = self._correction_ids()
        self.extraction = self._corrected(extraction)
        self._set_state(READY)
        self.extractionReady.emit()

    # -- annotations and corrections ----------------------------------------------------------
    def attach_notes(self, notes) -> None:
        self.notes = notes
        notes.changed.connect(self._notes_changed)
        self.notesReady.emit()
        self._notes_changed()

    def _correction_ids(self) -> tuple[str, ...]:
        # assessments do not change the extraction; every other correction does
        corrections = self.notes.corrections if self.notes is not None else []
        return tuple(c.id for c in corrections if c.kind != "set_assessment")

    def _corrected(self, extraction: Extraction) -> Extraction:
        if self.notes is None or not self.notes.corrections:
            return extraction
        from briefreader.corrections.make import apply_corrections

        return apply_corrections(extraction, self.notes.corrections)

    def _notes_changed(self) -> None:
        if self.raw_extraction is None or self._correction_ids() == self._applied:
            return
        self._applied = self._correction_ids()
        self.extraction = self._corrected(self.raw_extraction)
        self.extractionReady.emit()

    def _failed(self, generation: int, message: str) -> None:
        if not self._current(generation):
            return
        self.error = message
        self._set_state(FAILED)
        self.failed.emit(message)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.stateChanged.emit(state)

    # -- intents ------------------------------------------------------------------------------
    def select(self, start: int, end: int, origin: str) -> None:
        self.selection = (start, end)
        self.selectionChanged.emit(start, end, origin)

    def focus(self, ranges: list[tuple[int, int]], current: int, origin: str) -> None:
        self.focusChanged.emit(list(ranges), current, origin)


def _cached(store: AnnotationStore, document: Document) -> Extraction | None:
    from briefreader.cases.analysis import cached_extraction

    try:
        return cached_extraction(store, document)
    except BriefreaderError as exc:   # a damaged cache: analyse again
        log.warning("extraction cache: %s", exc)
        return None


def _cache(store: AnnotationStore, document: Document, extraction: Extraction) -> None:
    from briefreader.extraction.pipeline import EXTRACTOR_VERSION

    try:
        store.cache_extraction(document.sha256, EXTRACTOR_VERSION, extraction.to_json())
    except BriefreaderError as exc:   # the next open analyses it again; nothing else is lost
        log.warning("extraction cache: %s", exc)
