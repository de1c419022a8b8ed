"""The panels' first layout, fitted to the window's size; once the user changes it, theirs is
saved and restored instead (chrome.py).

Actors and Annotations share the left side (tabs); Claims above Casualties on the right, where the
claims, the panel read most, get the larger share. The Case panel (a case's documents, search,
ledger and actors: tables that want width) is a tab beside Claims, hidden until asked for. The
article keeps at least its reading column where the screen allows it (about 620 px at the
default size)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

# saved with the layout: one saved under another number (0: the layout where the Casualties
# panel opened two rows high) is not restored
DOCK_LAYOUT_VERSION = 1
LEFT_SHARE, LEFT_MIN, LEFT_MAX = 0.19, 240, 360
RIGHT_SHARE, RIGHT_MIN, RIGHT_MAX = 0.36, 460, 720
CLAIMS_SHARE = 0.56      # of the right side's height; the figures below get the rest


def _clamp(value: float, low: int, high: int) -> int:
    return int(min(high, max(low, value)))


def dock_sizes(width: int, height: int) -> tuple[int, int, int, int]:
    """(left width, right width, claims height, casualties height) for a window of this size."""
    left = _clamp(width * LEFT_SHARE, LEFT_MIN, LEFT_MAX)
    right = _clamp(width * RIGHT_SHARE, RIGHT_MIN, RIGHT_MAX)
    claims = int(height * CLAIMS_SHARE)
    return left, right, claims, max(height - claims, 120)


def lay_out_docks(window: QMainWindow, actors: QDockWidget, claims: QDockWidget,
                  casualties: QDockWidget, annotations: QDockWidget, case: QDockWidget) -> None:
    left_area, right_area = Qt.DockWidgetArea.LeftDockWidgetArea, \
        Qt.DockWidgetArea.RightDockWidgetArea
    window.addDockWidget(left_area, actors)
    window.addDockWidget(left_area, annotations)
    window.tabifyDockWidget(actors, annotations)
    actors.raise_()
    window.addDockWidget(right_area, claims)
    window.splitDockWidget(claims, casualties, Qt.Orientation.Vertical)
    window.addDockWidget(right_area, case)   # tabbed with the Claims when first shown (case_dock)
    case.hide()
    left, right, top, bottom = dock_sizes(window.width(), window.height())
    window.resizeDocks([actors, claims], [left, right], Qt.Orientation.Horizontal)
    window.resizeDocks([claims, casualties], [top, bottom], Qt.Orientation.Vertical)
