"""The desk between runs: the files open when the window closed, each at its place in the text.

Started with no file, the window reopens them (app.py); a file that is gone is skipped, and the
skipped ones are named in one message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

TYPE_CHECKING = False   # typing itself is not imported before the first paint
if TYPE_CHECKING:
    from briefreader.gui.session.article_session import DocumentSession
    from briefreader.gui.window.main_window import MainWindow


def save_desk(window: MainWindow) -> None:
    """The open files, in tab order, each with the offset shown at the top of its view."""
    window.settings.save_desk([(s.path, v.top_offset()) for s, v in
                               zip(window.sessions, window.views(), strict=True)])


def restore_desk(window: MainWindow) -> list[DocumentSession]:
    """Reopen the files of the last run at their places; the sessions opened."""
    desk = window.settings.desk()
    present = [(path, top) for path, top in desk if Path(path).is_file()]
    missing = [Path(path).name for path, _top in desk if not Path(path).is_file()]
    opened = window.open_paths([p for p, _t in present], scroll_to=dict(present))
    if missing:   # on the next turn: the window is on screen to show it
        QTimer.singleShot(0, lambda: window.show_error(
            "Not reopened (no longer found): " + ", ".join(missing)))
    return opened
