"""Fixtures for window tests: one worker pool for the whole session (spaCy loads once), and a
window per test whose settings live in the test's private data directory."""

from __future__ import annotations

import pytest

from briefreader.gui.session.article_session import READY


@pytest.fixture(scope="session")
def workers(qapp):
    from briefreader.gui.session.workers import Workers

    pool = Workers()
    yield pool
    pool.wait_for_idle()


@pytest.fixture
def make_window(qtbot, workers):
    from briefreader.gui.settings import AppSettings
    from briefreader.gui.window.main_window import MainWindow

    made = []

    def make():
        settings = AppSettings()
        restored = settings.window_state()[0] is not None
        # quiet: errors go to the status bar and errorShown, no dialog
        window = MainWindow(settings, workers, quiet=True,
                            size=None if restored else (1200, 800))
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
    workers.wait_for_idle()


@pytest.fixture
def window(make_window):
    return make_window()


def open_and_wait(qtbot, window, path, timeout=60000):
    """Open ``path`` and wait until its extraction is shown and its marks are laid."""
    with qtbot.waitSignal(window.sessionFinished, timeout=timeout):
        (session,) = window.open_paths([str(path)])
    assert session.state == READY, session.error
    view = window.current_view()
    qtbot.waitUntil(lambda: view.marks_done and window.chrome.panels_filled())
    return session, view


@pytest.fixture
def opened(qtbot, window, sample_path):
    session, view = open_and_wait(qtbot, window, sample_path)
    return window, session, view
