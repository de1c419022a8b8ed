"""Saving a brief (or any exported file): the old file or the whole new one, never a half-written
file."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from briefreader.errors import ExportError


def write_brief_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the whole new one, never half
    (see ``write_text_atomically``)."""
    write_text_atomically(path, text, "the brief")


def write_text_atomically(path: str | os.PathLike[str], text: str, what: str) -> None:
    """Write ``text`` (``what`` it is, for messages: "the brief") to ``path`` atomically.

    The text goes to a temporary file in the same directory (same file system, so the rename is
    atomic), is flushed and fsynced, then replaces the target with ``os.replace``. On any failure
    the temporary file is removed and an ``ExportError`` names the file; an old file stays intact.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"is a directory, not a file to write {what} to", target)
    if not directory.is_dir():
        raise ExportError(f"cannot write {what}: folder {directory} does not exist", target)
    temporary = directory / f".{target.name}.{secrets.token_hex(4)}.tmp"
    data = text.encode("utf-8")
    try:
        # mode 0o666 lets the umask decide, as for any file the user creates
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise ExportError(f"cannot write {what}: {exc.strerror or exc}", target) from None
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o7777)
        os.replace(temporary, target)
    except OSError as exc:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise ExportError(f"cannot write {what}: {exc.strerror or exc}", target) from None
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; not every platform lets a directory be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
