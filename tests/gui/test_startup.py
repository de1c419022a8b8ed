"""Start-up order: the article is painted first; the store, panels and menus follow it."""

from __future__ import annotations

import json
import subprocess
import sys

from briefreader.gui.session.article_session import READY


def printed_by(probe: str):
    """Run ``probe`` in a fresh interpreter; the JSON its last line prints."""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_window_parser_reads_no_command_module_unless_help_is_shown():
    probe = ("import json, sys\nfrom briefreader.cli import build_window_parser\n"
             "build_window_parser().parse_args(['article.txt'])\n"
             "print(json.dumps([m for m in sys.modules if m.startswith('briefreader.commands.')]))")
    assert printed_by(probe) == []


def test_deferred_window_opens_the_store_and_builds_the_chrome_after_the_text(
        qtbot, workers, sample_path):
    from briefreader.gui.settings import AppSettings
    from briefreader.gui.window.main_window import MainWindow

    window = MainWindow(AppSettings(), workers, defer_chrome=True, quiet=True)
    qtbot.addWidget(window)
    window.show()
    (session,) = window.open_paths([str(sample_path)])
    seen_at_load = {}

    def at_load() -> None:   # connected after the window's own slot, so it runs after it
        seen_at_load.update(notes=session.notes, chrome=window.chrome)

    session.documentLoaded.connect(at_load)
    with qtbot.waitSignal(window.current_view().firstPainted, timeout=20000):
        pass
    assert seen_at_load == {"notes": None, "chrome": None}
    qtbot.waitUntil(lambda: window.chrome is not None and session.notes is not None,
                    timeout=20000)
    assert window.chrome.find_bar is not None and not window.chrome.find_bar.isVisible()
    qtbot.waitUntil(lambda: session.state == READY and window.chrome.panels_filled(), timeout=60000)
    assert window.chrome.actors.item_count() == len(session.extraction.actors) > 0
    window.close()
    workers.wait_for_idle()


def test_a_window_whose_extraction_runs_in_a_child_process_fills_its_panels(
        qtbot, sample_path):
    from briefreader.extraction.pipeline import extract_document
    from briefreader.gui.session.workers import Workers
    from briefreader.gui.settings import AppSettings
    from briefreader.gui.window.main_window import MainWindow
    from briefreader.worker.client import ExtractionProcess

    workers = Workers(extraction_process=ExtractionProcess())
    try:
        window = MainWindow(AppSettings(), workers, quiet=True)
        qtbot.addWidget(window)
        window.show()
        (session,) = window.open_paths([str(sample_path)])
        qtbot.waitUntil(lambda: session.state == READY and window.chrome.panels_filled()
                        and window.current_view().marks_done, timeout=60000)
        assert session.extraction.to_json() == extract_document(session.document).to_json()
        assert window.chrome.claims.item_count() == len(session.extraction.claims) > 0
        window.close()
    finally:
        workers.wait_for_idle()
        workers.stop_extraction_process()


def test_the_window_module_leaves_the_extraction_model_and_digests_for_later():
    probe = ("import json, sys\nimport briefreader.gui.window.main_window\n"
             "print(json.dumps(sorted(m for m in sys.modules if m in "
             "('hashlib', 'briefreader.extraction.model', 'briefreader.store.annotations', "
             "'briefreader.gui.article.find_bar', 'briefreader.gui.window.actions'))))")
    assert printed_by(probe) == []


def test_the_benchmarks_panels_moment_waits_for_the_marks_too(qtbot, capsys):
    from PySide6.QtCore import QObject, Signal

    from bench.startup_probe import watch_panels

    class View(QObject):
        marksPainted = Signal()
        marks_done = False

    class Chrome(QObject):
        panelsFilled = Signal(object)
        filled = False

        def panels_filled(self) -> bool:
            return self.filled

    class Window(QObject):
        chromeBuilt = Signal(object)
        chrome = None

        def __init__(self) -> None:
            super().__init__()
            self.view = View()

        def views(self):
            return [self.view]

        def current_view(self):
            return self.view

    class App:
        exits: list[int] = []

        def exit(self, code: int) -> None:
            self.exits.append(code)

    window, app = Window(), App()
    watch_panels(app, window)
    window.chrome = Chrome()
    window.chromeBuilt.emit(window.chrome)
    window.chrome.filled = True
    window.chrome.panelsFilled.emit(None)   # panels first, marks not laid yet: not the moment
    qtbot.wait(20)
    assert app.exits == [] and "BENCH" not in capsys.readouterr().out
    window.view.marks_done = True
    window.view.marksPainted.emit()
    window.view.marksPainted.emit()     # reported once
    qtbot.waitUntil(lambda: app.exits == [0], timeout=2000)
    qtbot.wait(20)
    assert app.exits == [0]
    assert capsys.readouterr().out.startswith("BENCH panels ")


def test_the_child_is_not_started_for_a_usage_error_and_never_outlives_the_window(monkeypatch):
    import pytest

    from briefreader.errors import UsageError
    from briefreader.gui import app as app_module

    started, closed = [], []

    class Child:
        def close(self) -> None:
            closed.append(True)

    def start():
        started.append(True)
        return Child()

    monkeypatch.setattr(app_module, "start_extraction_process", start)
    with pytest.raises(UsageError):
        app_module.run_app([], screenshot="out.png", size="10x10")
    assert started == []

    def broken_window(*_args):
        raise RuntimeError("the window could not be built")

    monkeypatch.setattr(app_module, "_run_window", broken_window)
    with pytest.raises(RuntimeError):
        app_module.run_app([])
    assert started == [True] and closed == [True]


FIRST_PAINT_PROBE = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from briefreader.worker import client as process
from briefreader.gui import app
from briefreader.gui.article import view as article_view
seen = {}
painted_once = article_view.ArticleView._painted_once
def at_first_paint(self):
    seen["qt_enums_built"] = "Qt" in vars(QtCore)
    seen["modules"] = sorted(m for m in sys.modules if m in (
        "logging.handlers", "subprocess", "briefreader.gui.window.start_page",
        "briefreader.store.annotations"))
    seen["style_sheet"] = QApplication.instance().styleSheet()
    painted_once(self)
    QtCore.QTimer.singleShot(0, lambda: report(self))
def report(view):
    page = view.palette().base().color().name()   # the page's colour, left of the text column
    seen["margin_is_page"] = view.window().grab().toImage().pixelColor(4, 300).name() == page
    print(json.dumps(seen), flush=True)   # now: quitting may skip the end of the script
    QApplication.instance().exit(0)
article_view.ArticleView._painted_once = at_first_paint
start = process.ExtractionProcess._start
def started(self, *args, **kwargs):
    seen.setdefault("child_started_before_paint", "qt_enums_built" not in seen)
    return start(self, *args, **kwargs)
process.ExtractionProcess._start = started
app.run_app([sys.argv[1]])
"""


def test_nothing_before_the_first_paint_builds_qt_enums_or_starts_the_child(sample_path):
    # What a bare PySide6 window does not do either waits until the text is on screen: PySide6's
    # Qt enums (lazy_qt.py), the extraction child, the log file, the start page, the store and
    # the style sheet.
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, str(sample_path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen.pop("child_started_before_paint", False) is False   # started after, or not yet
    assert seen == {"qt_enums_built": False, "modules": [], "style_sheet": "",
                    "margin_is_page": True}, seen


def test_the_systems_scheme_is_checked_once_the_text_is_on_screen(qtbot, workers, monkeypatch):
    # Before the first paint the scheme comes from the platform's palette (light here); once the
    # chrome is built the window asks the system, and switches when the system says otherwise.
    from PySide6.QtWidgets import QApplication

    from briefreader.gui import theme as theme_module
    from briefreader.gui.settings import AppSettings
    from briefreader.gui.theme import palette
    from briefreader.gui.window import chrome as chrome_module
    from briefreader.gui.window.main_window import MainWindow

    settings = AppSettings()
    settings.theme = "system"
    window = MainWindow(settings, workers, defer_chrome=True)
    qtbot.addWidget(window)
    try:
        assert window.scheme == "light"

        def system_says_dark(mode: str, quick: bool = False) -> str:
            return "light" if quick else "dark"

        monkeypatch.setattr(chrome_module, "effective_scheme", system_says_dark)
        monkeypatch.setattr(theme_module, "effective_scheme", system_says_dark)
        QApplication.instance().setStyleSheet("")
        window.build_chrome()
        assert window.scheme == "dark"
        assert QApplication.palette().base().color() == palette("dark").base().color()
        assert QApplication.instance().styleSheet()      # the chrome's sheet, with the theme
        assert settings.theme == "system"                # still following the system
    finally:
        window.set_theme("light")
        window.close()
