"""Errors a user can act on. Each message names the file and the problem; none shows a traceback."""

from __future__ import annotations

from pathlib import Path


class BriefreaderError(Exception):
    """Base of every error briefreader reports to a user as one line."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.problem = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class LoadError(BriefreaderError):
    """A file could not be opened as a document."""


class StoreError(BriefreaderError):
    """The annotation store could not be read or written."""


class ExportError(BriefreaderError):
    """A brief could not be written."""


class UsageError(BriefreaderError):
    """A command was given something it cannot act on (a quote not in the text, an unknown id)."""
