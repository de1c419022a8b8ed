"""Where briefreader keeps its data, and keeping it private.

platformdirs in one place; BRIEFREADER_DATA_DIR overrides it. An analyst's notes are nobody
else's business: on POSIX every directory briefreader makes for its data is 0700 and every file it
writes there (the store, its -wal and -shm, logs, settings) 0600, whatever the umask; an older
install's 0755/0644 ones are narrowed when next opened. The mode is given at creation (or set on
an empty file before anything is written), so there is no moment when the data is readable.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "briefreader"
ENV_DATA_DIR = "BRIEFREADER_DATA_DIR"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """``path`` as a directory only its owner can enter (created when missing)."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    owner_only(path)
    return path


def private_file(path: Path) -> Path:
    """``path`` as a file only its owner can read: created empty with mode 0600 when missing,
    narrowed to 0600 when it exists."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        if path.is_file():   # a directory or a device in the way is left for the caller to refuse
            owner_only(path)
    return path


def owner_only(path: Path) -> None:
    """Take away the group's and others' permissions; the owner's stay as they are (a store its
    owner made read-only stays read-only)."""
    if os.name != "posix":
        return   # Windows keeps a user's profile private by its own access lists
    try:
        mode = os.stat(path).st_mode & 0o7777
        if mode & 0o077:
            os.chmod(path, mode & ~0o077)
    except OSError:
        pass   # not ours to change: leave it as it is


def _app_dir(kind: str, under_override: str = "") -> Path:
    """platformdirs' user ``kind`` directory (data, log, cache) for briefreader, or the given
    folder under BRIEFREADER_DATA_DIR when it is set; created private when missing."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override).expanduser() / under_override
    else:
        import platformdirs

        path = Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False))
    return private_dir(path)


def data_dir() -> Path:
    """The directory of the annotation store (created when missing)."""
    return _app_dir("data")


def log_dir() -> Path:
    """The directory of the log file; under the data directory when it is overridden."""
    return _app_dir("log", "logs")


def cache_dir() -> Path:
    """Derived data worth keeping between runs (made again when missing); under the data
    directory when it is overridden."""
    return _app_dir("cache", "cache")


def store_path() -> Path:
    return data_dir() / "annotations.sqlite3"


def resources_dir() -> Path:
    """The bundled resources (samples, icons, stylesheets)."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"


def sample_article() -> Path:
    return resources_dir() / "samples" / "idlib_bloodbath.txt"
