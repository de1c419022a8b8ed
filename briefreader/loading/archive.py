"""Zip packages (.docx, .epub) opened with limits: a file that is not a zip, a zip bomb, or a
member named outside the package's root gets one clear message instead of memory or a crash."""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

from briefreader.errors import LoadError

# Text-bearing packages expand to a few megabytes; pictures make them larger, never this large.
MAX_EXPANDED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 20_000
# A member that expands more than this many times over is built to explode, not to be read.
MAX_RATIO = 200
_CHUNK = 1 << 16


class Package:
    """A checked zip archive: every member name is inside the root and sizes are bounded."""

    def __init__(self, data: bytes, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
            raise LoadError(f"not a valid {kind} file (it is not a zip package): the file may "
                            "be damaged, or of another type renamed", path) from None
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise LoadError(f"this {kind} holds too many parts ({len(infos)})", path)
        declared = 0
        for info in infos:
            _check_name(info.filename, path, kind)
            declared += info.file_size
            if info.file_size > MAX_RATIO * max(info.compress_size, 1024):
                raise self._bomb()
        if declared > MAX_EXPANDED_BYTES:
            raise self._bomb()
        self.names = {info.filename for info in infos}

    def _bomb(self) -> LoadError:
        return LoadError(f"this {self.kind} expands to more than "
                         f"{MAX_EXPANDED_BYTES // 2**20} MB or far beyond its size (a zip bomb?): "
                         "not opened", self.path)

    def read(self, name: str) -> bytes:
        """A member's bytes, read in chunks so that a lying size cannot blow up memory."""
        if name not in self.names:
            raise LoadError(f"this {self.kind} lacks its part '{name}'", self.path)
        info = self.zip.getinfo(name)
        out = bytearray()
        try:
            with self.zip.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    out += chunk
                    if len(out) > info.file_size or len(out) > MAX_EXPANDED_BYTES:
                        raise self._bomb()
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
            raise LoadError(f"this {self.kind} is damaged (its part '{name}' cannot be "
                            "unpacked)", self.path) from None
        return bytes(out)

    def check_all(self) -> None:
        """Unpack every member once (bounded): a damaged or lying member is found up front."""
        for name in sorted(self.names):
            if not name.endswith("/"):
                self.read(name)


def _check_name(name: str, path: Path, kind: str) -> None:
    normal = posixpath.normpath(name.replace("\\", "/"))
    if (name.startswith(("/", "\\")) or normal.startswith("..") or ":" in name.split("/")[0]
            or "\x00" in name):
        raise LoadError(f"this {kind} holds a part named outside its root ('{name}'): "
                        "not opened", path)


def inside(base: str, href: str) -> str | None:
    """``href`` resolved against the folder ``base``, or None if it leaves the package."""
    href = href.split("#", 1)[0]
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), href))
    if joined.startswith("..") or joined.startswith("/"):
        return None
    return joined
