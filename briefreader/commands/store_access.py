"""What the annotation commands share: opening the store (saying so when it was recovered),
reading the document a command is about, and text cut to fit a line. Not a command itself (not in
COMMAND_MODULES)."""

from __future__ import annotations

import sys

from briefreader.store.annotations import AnnotationStore


def open_store() -> AnnotationStore:
    store = AnnotationStore.open()
    if store.recovery is not None:
        print(f"briefreader: warning: {store.recovery}", file=sys.stderr)
    return store


def load(path: str):
    from briefreader.loading import load_document

    return load_document(path)


def shorten(text: str, limit: int) -> str:
    """Text on one line, cut to ``limit`` characters with "..." when longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
