"""Application start: ``briefreader [FILE...] [--screenshot OUT.png --size WxH]``.

Start-up stays light: the window shows the article first, doing as little as a bare PySide6 window
before that first paint. Only then does it start the child process that loads spaCy
(worker/process.py), open its log file, and build its panels, menus and store, so the text is
readable long before the model is ready. Started with no file, the window reopens the files that
were open when it last closed.
"""

from __future__ import annotations

import logging
import os
import sys
import time

from briefreader.errors import UsageError

log = logging.getLogger("briefreader.gui")
# "1": run spaCy in the window's own process (on its extraction thread), not in a child process.
IN_PROCESS_ENV = "BRIEFREADER_IN_PROCESS"
FIRST_TEXT_WAIT_MS = 60   # the longest the window waits for its articles' text before showing


def parse_size(size: str) -> tuple[int, int]:
    width, sep, height = size.lower().partition("x")
    try:
        w, h = int(width), int(height)
    except ValueError:
        w = h = 0
    if not sep or w < 200 or h < 150 or w > 10000 or h > 10000:
        raise UsageError(f"--size: expected WIDTHxHEIGHT such as 1400x900, got '{size}'")
    return w, h


def configure_log_file() -> None:
    """Warnings and errors (with tracebacks) go to a file a user can send."""
    from briefreader.log_file import PrivateRotatingFileHandler
    from briefreader.paths import log_dir

    try:
        handler = PrivateRotatingFileHandler(log_dir() / "briefreader.log", maxBytes=1_000_000,
                                             backupCount=2, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger("briefreader")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    root.propagate = False  # the window shows messages itself; stderr keeps the one-line error

    def log_uncaught(kind, value, tb):
        # A bug in a slot must not pass silently nor kill the app: log it with its traceback.
        logging.getLogger("briefreader").error("uncaught exception", exc_info=(kind, value, tb))
        sys.__excepthook__(kind, value, tb)

    sys.excepthook = log_uncaught


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file, not to the terminal next to our one-line errors."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("briefreader.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, _context, message: str) -> None:
        level = levels.get(kind, logging.WARNING)
        if _early_qt_messages is not None:   # the log file is not open yet (see after_first_paint)
            _early_qt_messages.append((level, message))
        else:
            qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


# Qt's messages from before the log file is configured, kept for it (None once it is)
_early_qt_messages: list[tuple[int, str]] | None = []


def _flush_early_qt_messages() -> None:
    global _early_qt_messages
    early, _early_qt_messages = _early_qt_messages or [], None
    for level, message in early:
        logging.getLogger("briefreader.qt").log(level, "%s", message)


def create_application(argv: list[str] | None = None, with_icon: bool = True):
    """The QApplication; ``with_icon`` False leaves the window icon for after the first paint
    (reading the SVG loads Qt's SVG plug-in)."""
    from PySide6.QtWidgets import QApplication

    # in Fusion from the start, as apply_theme wants it (without asking for the style: theme.py)
    app = QApplication.instance() or QApplication([*(argv or sys.argv[:1]), "-style", "fusion"])
    app.setApplicationName("briefreader")
    app.setOrganizationName("briefreader")
    app.setApplicationDisplayName("briefreader")
    app.setDesktopFileName("briefreader")
    if with_icon:
        set_window_icon(app)
    return app


def set_window_icon(app) -> None:
    from PySide6.QtGui import QIcon

    from briefreader.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "briefreader.svg")))


def start_extraction_process():
    """The child that loads spaCy and analyses for the window; None when IN_PROCESS_ENV is "1".
    It is held: it starts, and the window's requests reach it, once ``release`` is called (the
    window does so after its first paint)."""
    if os.environ.get(IN_PROCESS_ENV) == "1":
        return None
    from briefreader.worker.client import ExtractionProcess

    return ExtractionProcess(start_now=False, held=True)


def after_first_paint(app, extraction_process) -> None:
    """What waits for the first article (or the start page) to be on screen."""
    if extraction_process is not None:
        extraction_process.release()    # first: it has the longest way to go
    configure_log_file()
    _flush_early_qt_messages()
    set_window_icon(app)


def run_app(files: list[str], screenshot: str | None = None, size: str = "1400x900") -> int:
    shot_size = parse_size(size) if screenshot else None   # a usage error before anything starts
    extraction_process = start_extraction_process()
    try:
        return _run_window(files, screenshot, shot_size, extraction_process)
    finally:   # whatever happened, the child does not outlive the window
        if extraction_process is not None:
            extraction_process.close()


def open_start_files(window, files: list[str], restore: bool) -> list[str]:
    """Started with files: just those (each once). Started with none: the desk of the last run,
    unless ``restore`` is False (a screenshot shows the start page). The paths opened."""
    from briefreader.gui.window.desk import restore_desk

    sessions = window.open_paths(files) if files else restore_desk(window) if restore else []
    return list(dict.fromkeys(s.path for s in sessions))


def _run_window(files: list[str], screenshot: str | None, shot_size: tuple[int, int] | None,
                extraction_process) -> int:
    started = time.perf_counter()
    # The GUI thread asks for the interpreter lock when the extraction thread holds it; a short
    # switch interval hands it over sooner, so the window keeps answering while spaCy works.
    sys.setswitchinterval(0.001)
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    route_qt_messages()
    app = create_application(with_icon=False)

    from PySide6.QtCore import QCoreApplication, QTimer

    from briefreader.gui.session.workers import Workers
    from briefreader.gui.settings import AppSettings
    from briefreader.gui.window.main_window import MainWindow

    workers = Workers(app, extraction_process)
    settings = AppSettings()
    # Reading first: panels and menus are built once the article is on screen (not for a
    # screenshot, which must show them).
    window = MainWindow(settings, workers, defer_chrome=not screenshot,
                        quiet=bool(screenshot), size=shot_size)
    if screenshot:
        after_first_paint(app, extraction_process)
    else:
        window.firstShown.connect(lambda: after_first_paint(app, extraction_process))
    # first: shown with no article, the window builds its start page
    files = open_start_files(window, files, restore=not screenshot)
    if files and workers.loading.waitForDone(FIRST_TEXT_WAIT_MS):
        # The loading threads read a news article in a few milliseconds: waiting for them, and
        # taking their results now, lets the first paint show the text instead of an empty page
        # painted again a moment later. A long report keeps loading in the background.
        QCoreApplication.sendPostedEvents()
    window.show()
    if not files:  # an opened file loads the model itself; otherwise warm it up once idle
        window.chrome_soon()
        QTimer.singleShot(100, workers.warm_up)
    log.debug("window shown after %.3f s", time.perf_counter() - started)
    if screenshot:
        from briefreader.gui.screenshot import take_screenshot

        code = take_screenshot(app, window, screenshot)
    else:
        code = app.exec()
    workers.stop_extraction_process()   # before os._exit, which skips run_app's finally
    if workers.extraction.activeThreadCount() or workers.loading.activeThreadCount():
        # A long analysis cannot be interrupted inside spaCy, and waiting for it would make
        # quitting hang. Everything worth keeping is already written (settings synced, each
        # annotation committed when made), so leave without waiting.
        logging.shutdown()
        sys.stdout.flush()
        os._exit(code)
    return code

