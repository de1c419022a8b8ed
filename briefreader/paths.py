"""Where briefreader keeps its data.

platformdirs in one place; BRIEFREADER_DATA_DIR overrides it.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "briefreader"
ENV_DATA_DIR = "BRIEFREADER_DATA_DIR"


def data_dir() -> Path:
    """The directory of the annotation store (created when missing)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The directory of the log file; under the data directory when it is overridden."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override).expanduser() / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


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
