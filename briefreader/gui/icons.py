"""Toolbar icons from the bundled SVGs, drawn in the palette's text colour (so both themes fit)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

from briefreader.paths import resources_dir


def themed_icon(name: str, colour: QColor) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        svg = path.read_bytes().replace(b"currentColor", colour.name().encode())
    except OSError:
        return QIcon()
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        if pixmap.loadFromData(svg, "SVG"):
            icon.addPixmap(pixmap)
    return icon
