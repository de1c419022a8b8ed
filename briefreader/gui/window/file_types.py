"""Which files the window opens: the loader's own list of suffixes (loading/load.py), so that the
Open dialog, drag-and-drop and the loader never disagree."""

from __future__ import annotations

from pathlib import Path


def supported_suffixes() -> set[str]:
    from briefreader.loading.load import SUPPORTED_SUFFIXES

    return set(SUPPORTED_SUFFIXES)


def dialog_filter() -> str:
    """The Open dialog's filter: every supported type, then all files (a text without suffix)."""
    patterns = " ".join(f"*{s}" for s in sorted(supported_suffixes()) if s)
    return f"Documents ({patterns});;All files (*)"


def openable(path: str) -> bool:
    """A file the loader reads by its suffix (a folder is not: a dropped folder is refused)."""
    return Path(path).suffix.lower() in supported_suffixes() and not Path(path).is_dir()


def dropped_files(mime_data) -> tuple[list[str], list[str]]:
    """(files the window opens, other local files) among dropped URLs (a web address is
    neither: nothing is fetched)."""
    paths = [url.toLocalFile() for url in mime_data.urls() if url.isLocalFile()]
    return [p for p in paths if openable(p)], [p for p in paths if not openable(p)]


def refused_drop_message(paths: list[str]) -> str:
    names = ", ".join(Path(p).name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
    kinds = ", ".join(sorted(s for s in supported_suffixes() if s))
    return f"Not opened: {names} (briefreader opens {kinds})"
