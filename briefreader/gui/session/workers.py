"""Work off the GUI thread: loading on the shared pool, extraction on one dedicated thread.

spaCy's pipeline must never run on two threads at once, so every extraction (and the model's
warm-up) goes through one QThreadPool limited to a single thread. Results come back by signals of a
QObject living on the GUI thread, so the receiving slots run there (queued connections).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from briefreader.errors import BriefreaderError

TYPE_CHECKING = False   # typing itself is not imported before the first paint (~4 ms)
if TYPE_CHECKING:
    from typing import Any

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    """Lives on the GUI thread: emitted from a pool thread, its own slots run on the GUI thread
    (a queued connection to a QObject's slot), and they call the plain Python callbacks there."""

    succeeded = Signal(object)   # the function's result
    failed = Signal(str)         # one-line message for the user

    def __init__(self, on_success: Callable[[Any], None], on_failure: Callable[[str], None],
                 on_done: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_success, self._on_failure, self._on_done = on_success, on_failure, on_done
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        self._on_done()
        self._on_success(result)

    @Slot(str)
    def _deliver_failure(self, message: str) -> None:
        self._on_done()
        self._on_failure(message)


class FunctionTask(QRunnable):
    """Runs ``fn()`` on a pool thread and reports through ``signals``."""

    def __init__(self, fn: Callable[[], Any], signals: TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns the task, so tryTake() stays safe
        self._fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except BriefreaderError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug must reach the log and the user, not kill the thread
            log.exception("background task failed")
            self.signals.failed.emit(f"internal error: {exc.__class__.__name__}: {exc}")
        else:
            self.signals.succeeded.emit(result)


class Workers(QObject):
    """The application's two pools; one instance for the whole application.

    ``extraction_process`` (an ExtractionProcess, see extraction/process.py): when given, the
    extraction thread hands each document to that child process and waits, instead of running
    spaCy in this process."""

    def __init__(self, parent: QObject | None = None, extraction_process=None) -> None:
        super().__init__(parent)
        self.extraction_process = extraction_process
        self.loading = QThreadPool(self)
        self.loading.setMaxThreadCount(2)
        self.extraction = QThreadPool(self)
        self.extraction.setMaxThreadCount(1)
        self.extraction.setExpiryTimeout(-1)  # keep the one thread (and spaCy's state) alive
        self._tasks: set[FunctionTask] = set()
        self.warmed_up = False

    def submit(self, pool: QThreadPool, fn: Callable[[], Any],
               on_success: Callable[[Any], None], on_failure: Callable[[str], None],
               priority: int = 0) -> FunctionTask:
        holder: list[FunctionTask] = []
        signals = TaskSignals(on_success, on_failure, lambda: self._done(holder[0]), self)
        task = FunctionTask(fn, signals)
        holder.append(task)
        self._tasks.add(task)
        pool.start(task, priority)
        return task

    def cancel(self, pool: QThreadPool, task: FunctionTask | None) -> None:
        """Drop a task that has not started; one already running finishes and is ignored."""
        if task is not None and pool.tryTake(task):
            self._done(task)

    def _done(self, task: FunctionTask) -> None:
        self._tasks.discard(task)
        task.signals.deleteLater()

    def extract(self, document):
        """The document's extraction (call it on the extraction pool's thread)."""
        if self.extraction_process is not None:
            return self.extraction_process.extract(document)
        from briefreader.extraction.pipeline import extract_document

        return extract_document(document)

    def warm_up(self) -> None:
        """Load the spaCy pipeline on the extraction thread, before the first article needs it
        (a child process warms itself up as soon as it starts)."""
        if self.extraction_process is not None:
            self.warmed_up = True
            return

        def load() -> bool:
            from briefreader.extraction.nlp import get_pipeline

            get_pipeline()
            return True

        self.submit(self.extraction, load, self._warmed,
                    lambda msg: log.warning("warm-up: %s", msg), priority=10)

    def _warmed(self, _result: object) -> None:
        self.warmed_up = True

    def wait_for_idle(self, msecs: int = 30000) -> None:
        self.loading.waitForDone(msecs)
        self.extraction.waitForDone(msecs)

    def stop_extraction_process(self) -> None:
        """Quitting: stop the child at once, whatever it is doing."""
        if self.extraction_process is not None:
            self.extraction_process.close()
