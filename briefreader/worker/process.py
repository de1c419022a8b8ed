"""Extraction in a child process, for the window.

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
from types import MappingProxyType

from briefreader.errors import BriefreaderError

TYPE_CHECKING = False   # typing itself is not imported before the first paint (~4 ms)
if TYPE_CHECKING:   # the window makes its handle on the child before it needs these modules
    import subprocess
    from typing import Any, BinaryIO

    from briefreader.document import Document
    from briefreader.extraction.model import Extraction

log = logging.getLogger(__name__)
CHILD_NICENESS = 10
HOLD_LIMIT = 5.0   # seconds: the longest a held request waits for release()


def _document_state(document: Document) -> tuple:
    # metadata is a read-only mapping proxy, which pickle refuses: send a plain dict
    return (document.text, document.blocks, document.title, dict(document.metadata))


def _document_from_state(state: tuple) -> Document:
    from briefreader.document import Document

    text, blocks, title, metadata = state
    return Document(text=text, blocks=blocks, title=title, metadata=MappingProxyType(metadata))


def core_to_spare() -> bool:
    """True when a processor is idle beyond the one the window needs: the last minute's load
    average is below the number of processors minus one (True where there is no load average)."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return True
    return load < (os.cpu_count() or 1) - 1


def serve(requests: BinaryIO, replies: BinaryIO, warm_now: bool | None = None) -> int:
    """The child's loop: load the model, then answer each document with its extraction.

    The model is loaded at once when a processor is free (``warm_now`` None: see core_to_spare),
    in parallel with the window's start-up. On a busy machine it would only take processor time
    from the window's first paint (even at a lower priority), so it waits for the first document,
    which the window sends once the text is shown."""
    import pickle

    if warm_now is None:
        warm_now = core_to_spare()
    if warm_now:
        _warm_up()
    from briefreader.extraction.pipeline import extract_document

    while True:
        try:
            state = pickle.load(requests)
        except EOFError:      # the window closed its end: it is gone or quitting
            return 0
        try:
            reply: tuple[str, Any] = ("ok", extract_document(_document_from_state(state)))
        except Exception as exc:
            reply = ("error", exc)
        try:
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:    # an exception that does not pickle still reaches the window
            failure = reply[1] if reply[0] == "error" else exc
            data = pickle.dumps(("error", RuntimeError(f"{type(failure).__name__}: {failure}")))
        replies.write(data)
        replies.flush()


def _warm_up() -> None:
    from briefreader.extraction.nlp import get_pipeline

    try:
        get_pipeline()
    except Exception:    # reported with the first request, by extract_document failing the same way
        pass


def server_main() -> int:
    # Replies go to the original stdout only: anything else printing there (a library's notice)
    # would corrupt the stream, so file descriptor 1 now points at stderr.
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return serve(sys.stdin.buffer, replies)


def server_command() -> list[str]:
    from briefreader.cli import EXTRACTION_SERVER

    if getattr(sys, "frozen", False):   # a standalone build: the executable is briefreader itself
        return [sys.executable, EXTRACTION_SERVER]
    return [sys.executable, "-m", "briefreader", EXTRACTION_SERVER]


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
            pickle.dump(_document_state(document), child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
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
