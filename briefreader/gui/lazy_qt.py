"""``Qt``, PySide6's namespace of enums, looked up on first use.

The first touch of ``PySide6.QtCore.Qt`` builds the Python types of all its ninety-odd enums at
once: about 20 ms, more than a tenth of a bare PySide6 window's whole start. The modules on the way
to the first paint of an article (main window, article view, theme, start page) use this stand-in
instead, and nothing they run before that paint reads an attribute of it, so the cost falls after
the text is on screen (tests/gui/test_startup.py checks that it does).
"""

from __future__ import annotations


class _LazyQt:
    __slots__ = ()

    def __getattr__(self, name: str):
        from PySide6.QtCore import Qt as real

        return getattr(real, name)

    def __repr__(self) -> str:
        return "<PySide6.QtCore.Qt, looked up on first use>"


Qt = _LazyQt()


def solid_brush(colour):
    """A solid QBrush of ``colour``, made without touching ``Qt``: QBrush(QColor), and every other
    call with an overload taking a Qt enum (QBrush.setColor, or a QColor where a QBrush is
    expected), makes PySide6 build the enums. A palette's brush is the same solid brush."""
    from PySide6.QtGui import QPalette

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, colour)
    return palette.brush(QPalette.ColorRole.Text)
