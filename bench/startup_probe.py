"""Runs the app as ``briefreader FILE`` does, and prints the wall-clock time of one moment.

``python bench/startup_probe.py visible FILE``: when the first paint of the article's text is
done; ``panels``: when every panel is filled and every mark laid. Then the app quits. The hooks are
installed from here, from outside the app (bench_startup.py runs this script): the window's
``show`` is wrapped so that, once the window exists with its views, the probe watches them.
"""

from __future__ import annotations

import sys
import time


def report_and_exit(app, event: str) -> None:
    print(f"BENCH {event} {time.time():.6f}", flush=True)
    app.exit(0)


def watch_first_paint(app, window) -> None:
    """visible = the first paint of the article's text is done: a zero timer started by the
    viewport's first paint event (with the text in it) fires on the next turn, after it. Only the
    viewport is watched, as in bench_startup.py's bare script."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    view = window.current_view()
    if view is None:    # nothing opened (a file that failed): report at once
        QTimer.singleShot(0, lambda: report_and_exit(app, "visible"))
        return

    class FirstPaint(QObject):
        def eventFilter(self, watched, ev) -> bool:
            if ev.type() == QEvent.Type.Paint and view.layout_map is not None:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: report_and_exit(app, "visible"))
            return False

    watcher = FirstPaint(view)
    view.viewport().installEventFilter(watcher)


def watch_panels(app, window) -> None:
    """panels = every panel filled and every mark laid, in whichever order they come."""
    from PySide6.QtCore import QTimer

    reported = []

    def check(*_args) -> None:
        view = window.current_view()
        chrome = window.chrome
        if not reported and chrome is not None and chrome.panels_filled() \
                and view is not None and view.marks_done:
            reported.append(True)
            QTimer.singleShot(0, lambda: report_and_exit(app, "panels"))

    window.chromeBuilt.connect(lambda chrome: chrome.panelsFilled.connect(check))
    for view in window.views():
        view.marksPainted.connect(check)


def install(event: str) -> None:
    """Wrap MainWindow.show: after the app shows its window (its views exist, nothing is
    painted yet), watch for ``event``."""
    from PySide6.QtWidgets import QApplication

    from briefreader.gui.window.main_window import MainWindow

    show = MainWindow.show
    watch = watch_panels if event == "panels" else watch_first_paint

    def show_and_watch(window) -> None:
        show(window)
        watch(QApplication.instance(), window)

    MainWindow.show = show_and_watch


def main() -> int:
    event, files = sys.argv[1], sys.argv[2:]
    install(event)
    from briefreader.cli import main as briefreader_main  # the way `briefreader FILE` starts

    return briefreader_main(files)


if __name__ == "__main__":
    sys.exit(main())
