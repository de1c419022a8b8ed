"""Extraction in a child process: the window's side (the child's side is server.py).

spaCy's import and model load take about a second of mostly pure-Python work, and its analysis of a
long report holds the interpreter lock for long stretches. In the window's own process that work
competes with the GUI thread for the lock, however it is scheduled. A child process started with
the window loads the model on another core while the window is being built (when a core is free:
see serve), and analyses without ever holding the window's lock; the window's extraction thread
only sends the document and waits. The child runs at a lower priority: the window comes first.

Requests and replies are pickles on the child's stdin and stdout, one at a time. If the child cannot
be started or dies, extraction falls back to the window's own process (as before), so the process is
an optimisation, never a new way to fail.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

from briefreader.errors import BriefreaderError
from briefreader.worker.server import SERVER_FLAG, document_state

TYPE_CHECKING = False   # typing itself is not imported before the first paint (~4 ms)
if TYPE_CHECKING:   # the window makes its handle on the child before it needs these modules
    import subprocess
    from typing import Any

    from briefreader.document import Document
    from briefreader.extraction.model import Extraction

log = logging.getLogger(__name__)
CHILD_NICENESS = 10
HOLD_LIMIT = 5.0   # seconds: the longest a held request waits for release()


def server_command() -> list[str]:
    if getattr(sys, "frozen", False):   # a standalone build: the executable is briefreader itself
        return [sys.executable, SERVER_FLAG]
    return [sys.executable, "-m", "briefreader", SERVER_FLAG]


class ExtractionProcess:
    """The window's handle on the child. ``extract`` blocks, so call it from the extraction thread
    (one request at a time, which that thread's one-thread pool guarantees)."""

    def __init__(self, command: list[str] | None = None, start_now: bool = True,
                 held: bool = False) -> None:
        """``start_now`` False: start the child with the first document. ``held``: requests wait
        until ``release`` (the window calls it once its first article is on screen, so that
        neither the child's start nor its work competes with the first paint)."""
        self._lock = threading.Lock()          # one request at a time
        self._start_lock = threading.Lock()    # never held while waiting for the child
        self._released = threading.Event()
        if not held:
            self._released.set()
        self._command = command
        self._child: subprocess.Popen | None = None
        self._stopped = False
        self._started = False
        if start_now:
            self._start(lower_priority=True)

    def release(self) -> None:
        """Start the child now (unless it is started or closed) and let requests through."""
        self._start_once()
        self._released.set()

    def _start_once(self) -> None:
        with self._start_lock:
            if not self._started and not self._stopped:
                self._start()

    def _start(self, lower_priority: bool = False) -> None:
        import subprocess

        self._started = True
        try:
            self._child = subprocess.Popen(
                self._command or server_command(), stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as exc:
            log.warning("extraction process not started (%s); extracting in the window", exc)
            return
        # Started with the window: its start-up comes first if the machine gets busy. Set from here
        # at once, not by the child, whose own start-up would otherwise compete with the window's.
        # Started later (with the first document, on a busy machine), it runs at the window's
        # priority, or the analysis would wait behind every other program.
        if lower_priority and hasattr(os, "setpriority"):
            try:
                os.setpriority(os.PRIO_PROCESS, self._child.pid, CHILD_NICENESS)
            except OSError:
                pass

    @property
    def alive(self) -> bool:
        return self._child is not None and self._child.poll() is None

    def extract(self, document: Document) -> Extraction:
        # held until the window's first paint; never longer than HOLD_LIMIT, should the window
        # fail to say so
        self._released.wait(HOLD_LIMIT)
        with self._lock:
            self._start_once()
            child = self._child   # read once: close() may clear it from the GUI thread
            reply = self._ask(child, document) if child and child.poll() is None else None
        if self._stopped:
            raise BriefreaderError("the analysis was stopped")
        if reply is None:   # no child (or it died): the window's own process does it
            from briefreader.extraction.pipeline import extract_document

            return extract_document(document)
        status, value = reply
        if status == "error":
            raise value
        return value

    def _ask(self, child: subprocess.Popen, document: Document) -> tuple[str, Any] | None:
        import pickle

        try:
            pickle.dump(document_state(document), child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            child.stdin.flush()
            return pickle.load(child.stdout)
        except (OSError, EOFError, pickle.UnpicklingError) as exc:
            log.warning("extraction process failed (%s); extracting in the window", exc)
            self._kill()
            return None

    def close(self) -> None:
        """Stop the child now (it may be loading the model or analysing a long report); a request
        waiting for it fails rather than starting the analysis again here."""
        self._stopped = True
        self._released.set()    # a request held until the first paint fails at once
        self._kill()

    def _kill(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        if child.poll() is None:
            child.kill()
            child.wait()
        for pipe in (child.stdin, child.stdout):
            try:
                pipe.close()
            except OSError:
                pass
