"""The Qt binding itself: PySide6 6.12.0 dropped a reference to None on every call of a method
returning void, and on Python 3.11 (None not yet immortal) the app died after a few thousand
calls. This guards against installing such a build again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlockFormat


def test_void_calls_keep_none_alive():
    obj, fmt = QObject(), QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
        fmt.setBottomMargin(3.0)
    assert abs(sys.getrefcount(None) - before) < 100
