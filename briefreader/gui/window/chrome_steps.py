"""The chrome built after the first paint in small steps: its modules are imported one per
event-loop turn, then it is built. In one turn, the imports (and the Qt enums they make) held the
window for some 200 ms while a long report was still loading on another thread."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QTimer

TYPE_CHECKING = False
if TYPE_CHECKING:
    from briefreader.gui.window.main_window import MainWindow

# what the chrome imports, heaviest first
CHROME_MODULES = (
    "briefreader.gui.panels.annotations", "briefreader.gui.panels.actors",
    "briefreader.gui.panels.casualties", "briefreader.gui.panels.claims",
    "briefreader.gui.article.find_bar", "briefreader.gui.window.actions",
    "briefreader.gui.window.case_dock", "briefreader.gui.window.chrome",
)


def prepare_chrome(window: MainWindow, modules: tuple[str, ...] = CHROME_MODULES) -> None:
    """Import the next module on this turn and come back on the next; build the chrome last
    (unless something built it already: an action the user took needs it at once)."""
    if window.chrome is not None:
        return
    if not modules:
        window.build_chrome()
        return
    importlib.import_module(modules[0])
    QTimer.singleShot(0, lambda: prepare_chrome(window, modules[1:]))
