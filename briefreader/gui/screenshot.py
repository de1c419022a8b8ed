"""--screenshot: wait until every article is analysed and marked, then save the window."""

from __future__ import annotations

from briefreader.errors import BriefreaderError, UsageError

TIMEOUT_MS = 120_000


def take_screenshot(app, window, out: str) -> int:
    from PySide6.QtCore import QTimer

    from briefreader.gui import idle_jobs

    outcome: dict[str, object] = {}

    def pending() -> bool:
        return any(not s.finished for s in window.sessions) or \
            (window.current_session() is not None and window.current_session().state == "ready"
             and not window.chrome.panels_filled()) or \
            any(not view.marks_done for view in window.views()) or idle_jobs.pending() > 0

    def check() -> None:
        if "error" in outcome or "saved" in outcome:
            return
        if window.last_error and not window.sessions:
            outcome["error"] = window.last_error
            app.exit(2)
            return
        if pending():
            return
        poll.stop()
        QTimer.singleShot(250, save)   # let layout and painting settle after the last result

    def save() -> None:
        pixmap = window.grab()
        if not pixmap.save(out):
            outcome["error"] = f"{out}: could not write the screenshot"
            app.exit(2)
            return
        outcome["saved"] = True
        app.exit(0)

    def give_up() -> None:
        if "saved" not in outcome:
            outcome["error"] = "timed out waiting for the analysis to finish"
            app.exit(2)

    poll = QTimer(window, interval=50)
    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(TIMEOUT_MS, give_up)
    window.errorShown.connect(lambda _m: check())
    code = app.exec()
    if "error" in outcome:
        message = str(outcome["error"])
        raise _as_error(message)
    return code


def _as_error(message: str) -> BriefreaderError:
    error = UsageError(message)
    return error
