"""Remembered between runs: window geometry and docks, font size, theme, mark kinds, recent files,
and the desk (the files open at the end of the last run, each with its place in the text).

Stored with QSettings as an INI file. When BRIEFREADER_DATA_DIR is set (development, tests) the file
lives there, so tests never read or write the user's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from briefreader.paths import ENV_DATA_DIR, data_dir, private_dir, private_file

DEFAULT_POINT_SIZE = 12.5
DEFAULT_FAMILY = "DejaVu Serif"
MIN_POINT_SIZE, MAX_POINT_SIZE = 7.0, 40.0
MAX_RECENT = 10


def open_settings() -> QSettings:
    if os.environ.get(ENV_DATA_DIR):
        settings = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                             "briefreader", "briefreader")
    # Made 0600 before Qt writes it: Qt's atomic save keeps an existing file's permissions.
    path = Path(settings.fileName())
    private_dir(path.parent)
    private_file(path)
    return settings


class AppSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or open_settings()

    # -- reading ------------------------------------------------------------------------------
    @property
    def point_size(self) -> float:
        value = _float(self.store.value("view/pointSize"), DEFAULT_POINT_SIZE)
        return min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, value))

    @point_size.setter
    def point_size(self, value: float) -> None:
        self.store.setValue("view/pointSize", float(value))

    @property
    def font_family(self) -> str:
        return str(self.store.value("view/fontFamily", DEFAULT_FAMILY)) or DEFAULT_FAMILY

    @font_family.setter
    def font_family(self, value: str) -> None:
        self.store.setValue("view/fontFamily", value)

    @property
    def theme(self) -> str:
        value = str(self.store.value("view/theme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.store.setValue("view/theme", value)

    def mark_visible(self, kind: str) -> bool:
        return str(self.store.value(f"marks/{kind}", "true")).lower() == "true"

    def set_mark_visible(self, kind: str, visible: bool) -> None:
        self.store.setValue(f"marks/{kind}", "true" if visible else "false")

    # -- files --------------------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.recent_files if p != path]
        self.store.setValue("files/recent", [path, *recent][:MAX_RECENT])

    def clear_recent(self) -> None:
        self.store.setValue("files/recent", [])

    def desk(self) -> list[tuple[str, int]]:
        """(path, offset at the top of its view) of each file open when the last run ended."""
        value = self.store.value("desk/files", [])
        if isinstance(value, str):
            value = [value]
        desk = []
        for entry in value or []:
            path, _sep, top = str(entry).rpartition("\t")
            if path:
                desk.append((path, int(_float(top, 0))))
        return desk

    def save_desk(self, files: list[tuple[str, int]]) -> None:
        self.store.setValue("desk/files", [f"{path}\t{top}" for path, top in files])
        self.store.sync()

    # -- window -------------------------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.store.value("window/geometry")
        state = self.store.value("window/state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)
        self.store.sync()


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
