"""Reading a file's bytes and deciding its text.

Every check that turns bad input into one clear message lives here.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from briefreader.errors import LoadError

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MB: far above any article, far below trouble
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PREFERRED_SINGLE_BYTE = ("cp1252", "latin_1", "iso8859_15")
_NEAR_TIE = 0.05
# Share of characters in decoded text that may be controls or replacement marks
# before we call it junk.
_MAX_JUNK_SHARE = 0.02
# Controls other than tab, newline, carriage return and form feed, and replacement marks. A regex
# counts them in C: a Python loop over a long report's characters held the interpreter lock (and
# so the window, while it loads in the background) for ~50 ms.
_JUNK = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def read_file_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, refusing at once anything that is not a regular file.

    A FIFO or a character device would block a plain ``open`` or ``read`` forever (the window
    and ``briefreader text`` hung on a named pipe), so the kind is checked with ``stat`` before
    any open, and the open itself is non-blocking with a second check on the open descriptor, in
    case the path was swapped in between.
    """
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    try:
        _require_regular(path.stat().st_mode, path)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise LoadError("no such file", path) from None
    except PermissionError:
        raise LoadError("permission denied: the file cannot be read", path) from None
    except OSError as exc:
        raise LoadError(f"cannot be read ({os.strerror(exc.errno or 0) or exc})", path) from None
    with os.fdopen(fd, "rb") as fh:
        data = _read_regular(fh, path, max_bytes)
    if not data.strip():
        raise LoadError("file is empty", path)
    return data


def _read_regular(fh: BinaryIO, path: Path, max_bytes: int) -> bytes:
    try:
        status = os.fstat(fh.fileno())
        _require_regular(status.st_mode, path)
        if status.st_size > max_bytes:
            raise LoadError(
                f"file is too large ({status.st_size / 2**20:.1f} MB; "
                f"the limit is {max_bytes / 2**20:.0f} MB)", path
            )
        data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(f"cannot be read ({os.strerror(exc.errno or 0) or exc})", path) from None
    if len(data) > max_bytes:
        raise LoadError(f"file is too large (the limit is {max_bytes / 2**20:.0f} MB)", path)
    return data


_SPECIAL_KINDS = (
    (stat.S_ISDIR, "is a directory, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a file: briefreader reads only regular files"),
    (stat.S_ISSOCK, "is a socket, not a file: briefreader reads only regular files"),
    (stat.S_ISCHR, "is a device, not a file: briefreader reads only regular files"),
    (stat.S_ISBLK, "is a device, not a file: briefreader reads only regular files"),
)


def _require_regular(mode: int, path: Path) -> None:
    if stat.S_ISREG(mode):
        return
    for is_kind, problem in _SPECIAL_KINDS:
        if is_kind(mode):
            raise LoadError(problem, path)
    raise LoadError("is not a regular file: briefreader reads only regular files", path)


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding). Never decodes junk as latin-1 garbage."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(encoding), path), encoding + " (BOM)"
            except UnicodeDecodeError:
                raise LoadError(f"the file starts with a {encoding} mark but is not "
                                f"{encoding} text", path) from None
    if b"\x00" in data:
        raise LoadError("binary file (it holds NUL bytes), not a text document", path)
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise LoadError("not text in any encoding briefreader recognises", path)
    # Short texts leave the detector torn between single-byte code pages that differ in a few
    # letters; for the English-language files this reader is for, Windows-1252 is by far the
    # likeliest, so it wins a near tie.
    for match in matches:
        if (match.encoding in _PREFERRED_SINGLE_BYTE
                and match.chaos <= best.chaos + _NEAR_TIE
                and match.coherence >= best.coherence - _NEAR_TIE):
            best = match
            break
    return _checked(str(best), path), best.encoding


def _checked(text: str, path: Path) -> str:
    if not text.strip():
        raise LoadError("file is empty", path)
    junk = len(_JUNK.findall(text))
    if junk > max(2, len(text) * _MAX_JUNK_SHARE):
        raise LoadError("binary or corrupt file: it does not decode to readable text", path)
    return text
