"""What the annotation commands share: opening the store (saying so when it was recovered) and
reading the document a command is about. Not a command itself (not in COMMAND_MODULES)."""

from __future__ import annotations

import sys

from briefreader.store import AnnotationStore


def open_store() -> AnnotationStore:
    store = AnnotationStore.open()
    if store.recovery is not None:
        print(f"briefreader: warning: {store.recovery}", file=sys.stderr)
    return store


def load(path: str):
    from briefreader.loading import load_document

    return load_document(path)
