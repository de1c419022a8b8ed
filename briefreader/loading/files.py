"""Reading a file's bytes and deciding its text.

Every check that turns bad input into one clear message lives here.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

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
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    if not path.exists():
        raise LoadError("no such file", path)
    if path.is_dir():
        raise LoadError("is a directory, not a file", path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(
                f"file is too large ({size / 2**20:.1f} MB; "
                f"the limit is {max_bytes / 2**20:.0f} MB)", path
            )
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise LoadError("permission denied: the file cannot be read", path) from None
    except OSError as exc:
        raise LoadError(f"cannot be read ({os.strerror(exc.errno or 0) or exc})", path) from None
    if len(data) > max_bytes:
        raise LoadError(f"file is too large (the limit is {max_bytes / 2**20:.0f} MB)", path)
    if not data.strip():
        raise LoadError("file is empty", path)
    return data


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
