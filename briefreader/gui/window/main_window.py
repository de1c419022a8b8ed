"""The reading desk: articles in tabs in the centre; the chrome (panels, menus) around them.

The window is built in two objects, each once. ``MainWindow`` holds what the first paint of an
article needs: the tabs, their sessions and views, the theme. ``Chrome`` (chrome.py) holds the
panels in docks, the actions, menus, toolbar, status bar, find bar and the annotation commands; it
is built right after the first paint (or at once, for a screenshot), so that reading begins as
soon as a bare window could show the text. The window never asks whether the chrome exists: it
announces what happened by its signals, and the chrome, once built, listens to them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefreader.gui.article.marks import MARK_KINDS
from briefreader.gui.article.view import ArticleView
from briefreader.gui.session.article_session import FAILED, READY, DocumentSession, StoreWhenReady
from briefreader.gui.session.workers import Workers
from briefreader.gui.settings import AppSettings
from briefreader.gui.theme import apply_style_sheet, apply_theme, mark_colours
from briefreader.gui.window import file_types
from briefreader.gui.window.chrome_steps import prepare_chrome
from briefreader.gui.window.desk import save_desk
from briefreader.gui.window.tab_titles import tab_titles
from briefreader.paths import sample_article

TYPE_CHECKING = False   # typing itself is not imported before the first paint
if TYPE_CHECKING:
    from briefreader.gui.window.chrome import Chrome

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    errorShown = Signal(str)          # a message the user was shown (tests wait on it)
    sessionFinished = Signal(object)  # a session became ready or failed
    firstShown = Signal()             # the first article, or the start page, is on screen
    chromeBuilt = Signal(object)      # the Chrome, once built
    # what the chrome follows
    currentChanged = Signal(object)   # the current session (None: no article open)
    sessionLoaded = Signal(object)    # a session's document is loaded
    sessionClosing = Signal(object)   # a session's tab is about to close
    sessionsChanged = Signal()        # a session changed state, or one opened or closed
    schemeChanged = Signal(str)       # the colour scheme in effect changed
    closing = Signal()                # the window is closing: save what is worth keeping

    def __init__(self, settings: AppSettings, workers: Workers, defer_chrome: bool = False,
                 quiet: bool = False, size: tuple[int, int] | None = None, parent=None) -> None:
        """``defer_chrome``: build the chrome once the first text is on screen (see run_app).
        ``quiet``: errors go to the status bar only (screenshots, tests). ``size``: this size."""
        super().__init__(parent)
        self.settings = settings
        self.workers = workers
        self.quiet = quiet
        self.sessions: list[DocumentSession] = []
        self.store_when_ready = StoreWhenReady()   # the extraction cache's, once the chrome is
        self.last_error: str | None = None
        self.chrome: Chrome | None = None     # set once, by build_chrome
        self._shown = False                   # firstShown emitted
        self.setObjectName("mainWindow")
        self.setWindowTitle("briefreader")
        self.setAcceptDrops(True)
        # the platform's palette for now; its colour scheme once the text is on screen
        self.scheme = apply_theme(QApplication.instance(), settings.theme, quick=True)
        self.colours = mark_colours(self.scheme)
        self._build_centre()
        geometry, _state = settings.window_state()
        if size is not None:
            self.resize(*size)
        elif geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        if not defer_chrome:
            self.build_chrome()

    # -- construction -------------------------------------------------------------------------
    def _build_centre(self) -> None:
        centre = QWidget(self)
        self.centre_layout = QVBoxLayout(centre)   # the chrome puts its find bar under the tabs
        self.centre_layout.setContentsMargins(0, 0, 0, 0)
        self.centre_layout.setSpacing(0)
        self.stack = QStackedWidget(centre)
        self._start_page = None   # built when first needed: not at all when files are opened
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("articleTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setTabBarAutoHide(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        self.tabs.tabBar().tabMoved.connect(self._tab_moved)
        self.stack.addWidget(self.tabs)
        self.centre_layout.addWidget(self.stack, 1)
        self.setCentralWidget(centre)

    def chrome_soon(self) -> None:
        """The first article (or the start page) is on screen, or never will be (a file that
        failed): say so, and build the chrome on the next turn of the event loop."""
        if not self._shown:
            self._shown = True
            self.firstShown.emit()
            QTimer.singleShot(0, lambda: prepare_chrome(self))

    def build_chrome(self) -> None:
        if self.chrome is None:     # the one place that builds it (at once, or after the paint)
            from briefreader.gui.window.chrome import Chrome

            self.chrome = Chrome(self)
            self.chromeBuilt.emit(self.chrome)

    @property
    def start_page(self):
        """The page shown when no article is open (open a file, the sample, a recent file)."""
        if self._start_page is None:
            from briefreader.gui.window.start_page import StartPage

            apply_style_sheet(QApplication.instance())   # styled now, not a turn later
            page = StartPage(sample_article(), self.stack)
            page.openRequested.connect(self.open_dialog)
            page.pathRequested.connect(lambda p: self.open_paths([p]))
            page.set_recent(self.settings.recent_files)
            self.stack.addWidget(page)
            self._start_page = page
        return self._start_page

    def showEvent(self, event) -> None:
        if not self.sessions and self.stack.currentWidget() is not self._start_page:
            self.stack.setCurrentWidget(self.start_page)
        super().showEvent(event)

    # -- opening and closing ------------------------------------------------------------------
    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Open", "", file_types.dialog_filter())
        self.open_paths(paths)

    def open_sample(self) -> None:
        self.open_paths([str(sample_article())])

    def open_paths(self, paths: list[str], scroll_to: dict[str, int] | None = None
                   ) -> list[DocumentSession]:
        """Open each file in a tab (an open one is shown again, never opened twice);
        ``scroll_to`` maps a path to the character offset to show at the top."""
        opened = []
        for path in paths:
            resolved = str(Path(path).expanduser().resolve())
            existing = next((s for s in self.sessions if s.path == resolved), None)
            if existing is not None:
                self.tabs.setCurrentIndex(self.sessions.index(existing))
                opened.append(existing)
                continue
            opened.append(self._open(resolved, (scroll_to or {}).get(path)))
        return opened

    def _open(self, path: str, top_offset: int | None) -> DocumentSession:
        session = DocumentSession(path, self.workers, self, self.store_when_ready)
        view = ArticleView(session, self.colours, self.settings.point_size,
                           self.settings.font_family)
        view.set_colours(self.colours, self.scheme)
        if top_offset:
            view.scroll_to_offset_once_complete(top_offset)
        for kind in MARK_KINDS:
            view.set_mark_kind_visible(kind, self.settings.mark_visible(kind))
        session.stateChanged.connect(lambda _state, s=session: self._state_changed(s))
        session.failed.connect(lambda message, s=session: self._failed(s, message))
        session.documentLoaded.connect(lambda s=session: self._loaded(s))
        view.firstPainted.connect(self.chrome_soon)
        self.sessions.append(session)
        index = self.tabs.addTab(view, Path(path).name)
        self.tabs.setCurrentIndex(index)
        self.stack.setCurrentWidget(self.tabs)
        self._retitle_tabs()
        session.start()
        return session

    def _loaded(self, session: DocumentSession) -> None:
        self._retitle_tabs()
        self.settings.add_recent(session.path)
        self.sessionLoaded.emit(session)
        if self._start_page is not None:
            self._start_page.set_recent(self.settings.recent_files)
        if session is self.current_session():
            self._current_changed()

    def _retitle_tabs(self) -> None:
        """Each tab shows its article's title; two with one title also say what tells them
        apart (file name, else folder)."""
        titles = tab_titles([(s.title, s.path) for s in self.sessions])
        for index, (short, full) in enumerate(titles):
            self.tabs.setTabText(index, short)
            self.tabs.setTabToolTip(index, full)

    def _tab_moved(self, source: int, target: int) -> None:
        self.sessions.insert(target, self.sessions.pop(source))

    def _failed(self, session: DocumentSession, message: str) -> None:
        if session.document is None:     # nothing to read: close the tab, keep the window usable
            self.close_tab(self.sessions.index(session))
        self.chrome_soon()
        self.show_error(message)

    def show_error(self, message: str) -> None:
        """A one-line message in a non-blocking dialog; the window stays usable."""
        log.warning("%s", message)
        self.last_error = message
        self.statusBar().showMessage(message, 10000)
        if not self.quiet:
            from briefreader.gui.lazy_qt import Qt

            box = QMessageBox(QMessageBox.Icon.Warning, "briefreader", message,
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.errorShown.emit(message)

    def close_tab(self, index: int) -> None:
        if not 0 <= index < len(self.sessions):     # -1: no tab is open
            return
        session = self.sessions[index]
        self.sessionClosing.emit(session)     # a note being typed is kept
        self.sessions.pop(index)
        session.close()
        view = self.tabs.widget(index)
        self.tabs.removeTab(index)
        view.deleteLater()
        self._retitle_tabs()
        self._state_changed(session)
        if not self.sessions:
            self.stack.setCurrentWidget(self.start_page)
            self._current_changed()

    # -- the current article ------------------------------------------------------------------
    def current_session(self) -> DocumentSession | None:
        index = self.tabs.currentIndex()
        return self.sessions[index] if 0 <= index < len(self.sessions) else None

    def current_view(self) -> ArticleView | None:
        view = self.tabs.currentWidget()
        return view if isinstance(view, ArticleView) else None

    def views(self) -> list[ArticleView]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def _current_changed(self, *_args) -> None:
        session = self.current_session()
        self.setWindowTitle(f"{session.title} — briefreader" if session else "briefreader")
        self.currentChanged.emit(session)

    def _state_changed(self, session: DocumentSession) -> None:
        if session.state in (READY, FAILED) and not session.closed:
            self.sessionFinished.emit(session)
        self.sessionsChanged.emit()

    # -- view ---------------------------------------------------------------------------------
    def set_theme(self, mode: str) -> None:
        self.settings.theme = mode
        self.scheme = apply_theme(QApplication.instance(), mode)
        self.colours = mark_colours(self.scheme)
        for view in self.views():
            view.set_colours(self.colours, self.scheme)
        self.schemeChanged.emit(mode)

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        if self._start_page is not None:
            self._start_page.set_recent([])

    # -- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if file_types.dropped_files(event.mimeData())[0]:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        chosen, refused = file_types.dropped_files(event.mimeData())
        if refused:
            self.statusBar().showMessage(file_types.refused_drop_message(refused), 10000)
        if chosen:
            event.acceptProposedAction()
            self.open_paths(chosen)

    def closeEvent(self, event) -> None:
        self.closing.emit()
        save_desk(self)
        for session in self.sessions:
            session.close()
        super().closeEvent(event)
