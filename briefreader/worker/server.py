"""The extraction child process: the side that loads spaCy and answers the window.

Requests and replies are pickles on the child's stdin and stdout, one at a time (the window's
side is client.py). The child is the briefreader command started with ``SERVER_FLAG``.
"""

from __future__ import annotations

import os
import sys
from types import MappingProxyType

TYPE_CHECKING = False   # typing itself is not imported before the first paint (~4 ms)
if TYPE_CHECKING:
    from typing import Any, BinaryIO

    from briefreader.document import Document

SERVER_FLAG = "--extraction-server"   # hidden: the window starts briefreader with it, as a child


def document_state(document: Document) -> tuple:
    """What the window sends: the document as plain picklable values."""
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
