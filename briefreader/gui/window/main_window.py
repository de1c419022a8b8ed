"""The reading desk: articles in tabs in the centre, the panels in docks around them."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefreader import __version__
from briefreader.gui.article.marks import MARK_KINDS
from briefreader.gui.article.view import ArticleView
from briefreader.gui.idle_jobs import run_soon
from briefreader.gui.lazy_qt import Qt
from briefreader.gui.session.article_session import (
    EXTRACTING,
    FAILED,
    LOADING,
    READY,
    DocumentSession,
)
from briefreader.gui.session.workers import Workers
from briefreader.gui.settings import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE, AppSettings
from briefreader.gui.theme import apply_style_sheet, apply_theme, effective_scheme, mark_colours
from briefreader.gui.window.annotations import AnnotationCommands
from briefreader.paths import sample_article

log = logging.getLogger(__name__)
FILE_FILTER = "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)"
ZOOM_STEP = 1.1


class MainWindow(AnnotationCommands, QMainWindow):
    errorShown = Signal(str)        # a message the user was shown (tests wait on it)
    sessionFinished = Signal(object)  # a session became ready or failed
    panelsFilled = Signal(object)     # every panel shows this (current) session's extraction
    firstShown = Signal()             # the first article, or the start page, is on screen

    def __init__(self, settings: AppSettings, workers: Workers, defer_chrome: bool = False,
                 parent=None) -> None:
        """``defer_chrome``: build panels, menus and toolbar only after the first article (or
        the start page) is on screen, so that reading can begin sooner (see run_app)."""
        super().__init__(parent)
        self.settings = settings
        self.workers = workers
        self.sessions: list[DocumentSession] = []
        self.last_error: str | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle("briefreader")
        self.setAcceptDrops(True)
        # the platform's palette for now; its colour scheme once the text is on screen
        self.scheme = apply_theme(QApplication.instance(), settings.theme, quick=True)
        self.colours = mark_colours(self.scheme)
        self.chrome_ready = False
        self._shown = False     # firstShown emitted
        self.find_bar = None   # chrome, built with the panels
        self.undo_group = QUndoGroup(self)
        self._build_centre()
        geometry, _state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        if not defer_chrome:
            self.build_chrome()

    # -- construction -------------------------------------------------------------------------
    def build_chrome(self) -> None:
        """Panels in docks, actions, menus, toolbar and status bar; then the saved dock layout."""
        if self.chrome_ready:
            return
        if effective_scheme(self.settings.theme) != self.scheme:
            self.set_theme(self.settings.theme)   # the platform's scheme: palette and sheet
        else:
            apply_style_sheet(QApplication.instance())
        from briefreader.gui.article.find_bar import FindBar
        from briefreader.gui.panels.actors import ActorsPanel
        from briefreader.gui.panels.annotations import AnnotationsPanel
        from briefreader.gui.panels.casualties import CasualtiesPanel
        from briefreader.gui.panels.claims import ClaimsPanel
        from briefreader.gui.window.actions import build_actions, build_menus, paint_icons

        self.find_bar = FindBar(self.centralWidget())
        self.centralWidget().layout().addWidget(self.find_bar)
        self.actors = ActorsPanel()
        self.claims = ClaimsPanel()
        self.casualties = CasualtiesPanel()
        self.annotations = AnnotationsPanel()
        self.docks = [
            self._dock("Actors", "actorsDock", self.actors, Qt.DockWidgetArea.LeftDockWidgetArea),
            self._dock("Claims", "claimsDock", self.claims, Qt.DockWidgetArea.RightDockWidgetArea),
            self._dock("Casualties", "casualtiesDock", self.casualties,
                       Qt.DockWidgetArea.RightDockWidgetArea),
            self._dock("Annotations", "annotationsDock", self.annotations,
                       Qt.DockWidgetArea.LeftDockWidgetArea),
        ]
        self.tabifyDockWidget(self.docks[0], self.docks[3])
        self.docks[0].raise_()
        for panel in (self.actors, self.claims, self.casualties, self.annotations):
            panel.refreshed.connect(self._panel_refreshed)
        self.splitDockWidget(self.docks[1], self.docks[2], Qt.Orientation.Vertical)
        self.resizeDocks(self.docks[:2], [285, 520], Qt.Orientation.Horizontal)
        self.actions_ = build_actions(self)
        self.toolbar = build_menus(self, self.actions_)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        paint_icons(self.actions_, self.palette().windowText().color())
        self.addToolBar(self.toolbar)
        self._build_status()
        hints = QApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _s: self.set_theme(self.settings.theme))
        self.chrome_ready = True
        for session in self.sessions:
            if session.document is not None:
                self._attach_notes_soon(session)
        self.restore_state()
        self._current_changed()

    def _build_centre(self) -> None:
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
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
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)   # the find bar goes under it with the chrome
        self.setCentralWidget(centre)

    @property
    def start_page(self):
        """The page shown when no article is open (open a file, the sample, a recent file)."""
        if self._start_page is None:
            from briefreader.gui.window.start_page import StartPage

            if not self.chrome_ready:   # shown before the chrome: styled now, not a turn later
                apply_style_sheet(QApplication.instance())
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

    def _dock(self, title: str, name: str, panel, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(f"{title} panel")
        dock.setWidget(panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_status(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Analysis in progress")
        self.progress.hide()
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

    # -- opening and closing ------------------------------------------------------------------
    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Open article", "", FILE_FILTER)
        self.open_paths(paths)

    def open_sample(self) -> None:
        self.open_paths([str(sample_article())])

    def open_paths(self, paths: list[str]) -> list[DocumentSession]:
        opened = []
        for path in paths:
            resolved = str(Path(path).expanduser().resolve())
            existing = next((s for s in self.sessions if s.path == resolved), None)
            if existing is not None:
                self.tabs.setCurrentIndex(self.sessions.index(existing))
                opened.append(existing)
                continue
            session = DocumentSession(resolved, self.workers, self)
            view = ArticleView(session, self.colours, self.settings.point_size,
                               self.settings.font_family)
            view.set_colours(self.colours, self.scheme)
            for kind in MARK_KINDS:
                view.set_mark_kind_visible(kind, self.settings.mark_visible(kind))
            session.stateChanged.connect(lambda _state, s=session: self._state_changed(s))
            session.failed.connect(lambda message, s=session: self._failed(s, message))
            session.documentLoaded.connect(lambda s=session: self._loaded(s))
            view.firstPainted.connect(self.chrome_soon)
            self.sessions.append(session)
            index = self.tabs.addTab(view, Path(resolved).name)
            self.tabs.setTabToolTip(index, resolved)
            self.tabs.setCurrentIndex(index)
            self.stack.setCurrentWidget(self.tabs)
            session.start()
            opened.append(session)
        return opened

    def _loaded(self, session: DocumentSession) -> None:
        index = self.sessions.index(session)
        title = session.title
        self.tabs.setTabText(index, title if len(title) <= 32 else title[:30] + "…")
        self.settings.add_recent(session.path)
        if self.chrome_ready:   # else with the chrome, once the text is on screen
            self._attach_notes_soon(session)
        if self._start_page is not None:
            self._start_page.set_recent(self.settings.recent_files)
        if session is self.current_session():
            self._current_changed()

    def _attach_notes_soon(self, session: DocumentSession) -> None:
        # on turns of their own: the first time, the store's modules load (~50 ms in all)
        run_soon(self, self.open_store)
        run_soon(self, lambda: session.closed or self.attach_notes(session))

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
        if not getattr(self, "quiet", False):
            box = QMessageBox(QMessageBox.Icon.Warning, "briefreader", message,
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.errorShown.emit(message)

    def close_current(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def close_tab(self, index: int) -> None:
        if not 0 <= index < len(self.sessions):
            return
        if self.chrome_ready:
            self.annotations.save_note()     # a note being typed is kept
        session = self.sessions.pop(index)
        session.close()
        if session.notes is not None:
            self.undo_group.removeStack(session.notes.undo_stack)
        view = self.tabs.widget(index)
        self.tabs.removeTab(index)
        view.deleteLater()
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

    def _current_changed(self, *_args) -> None:
        if not self.chrome_ready:
            return
        session = self.current_session()
        for panel in self.panels():
            panel.set_session(session)
        notes = session.notes if session is not None else None
        self.undo_group.setActiveStack(notes.undo_stack if notes is not None else None)
        self.setWindowTitle(f"{session.title} — briefreader" if session else "briefreader")
        if self.find_bar.isVisible():
            self.find_bar.view = self.current_view()
        self._update_status()

    def panels(self) -> list:
        if not self.chrome_ready:
            return []
        return [self.actors, self.claims, self.casualties, self.annotations]

    def panels_filled(self) -> bool:
        """True when the current article is analysed and every panel shows its extraction."""
        session = self.current_session()
        return (session is not None and session.extraction is not None and self.chrome_ready
                and all(p.shown_extraction is session.extraction for p in self.panels()))

    def _panel_refreshed(self) -> None:
        self._update_status()      # corrections change the counts too
        if self.panels_filled():
            self.panelsFilled.emit(self.current_session())

    def _state_changed(self, session: DocumentSession) -> None:
        if session.state in (READY, FAILED) and not session.closed:
            self.sessionFinished.emit(session)
        self._update_status()

    def _update_status(self) -> None:
        if not self.chrome_ready:
            return
        busy = any(s.state in (LOADING, EXTRACTING) for s in self.sessions)
        self.progress.setVisible(busy)
        session = self.current_session()
        if session is None:
            text = ""
        elif session.state == LOADING:
            text = "Opening…"
        elif session.state == EXTRACTING:
            text = "Analysing the article (the text is ready to read)…"
        elif session.state == READY and session.extraction is not None:
            ext = session.extraction
            text = (f"{len(ext.actors)} actors · {len(ext.claims)} claims · "
                    f"{len(ext.casualties)} figures")
        else:
            text = session.error or ""
        self.status_label.setText(text)

    # -- view ---------------------------------------------------------------------------------
    def views(self) -> list[ArticleView]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def set_point_size(self, size: float) -> None:
        size = round(min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size)), 1)
        self.settings.point_size = size
        for view in self.views():
            view.set_point_size(size)

    def set_font_family(self, family: str) -> None:
        self.settings.font_family = family
        for view in self.views():
            view.set_family(family)

    def choose_font(self) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QFontDialog

        initial = QFont(self.settings.font_family)
        initial.setPointSizeF(self.settings.point_size)
        result = QFontDialog.getFont(initial, self, "Article font")
        ok, font = (result[0], result[1]) if isinstance(result[0], bool) else (result[1], result[0])
        if ok:
            self.set_font_family(font.family())
            self.set_point_size(font.pointSizeF())

    def zoom_in(self) -> None:
        self.set_point_size(self.settings.point_size * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_point_size(self.settings.point_size / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_point_size(DEFAULT_POINT_SIZE)

    def set_theme(self, mode: str) -> None:
        self.settings.theme = mode
        self.scheme = apply_theme(QApplication.instance(), mode)
        self.colours = mark_colours(self.scheme)
        for view in self.views():
            view.set_colours(self.colours, self.scheme)
        if not self.chrome_ready:
            return
        from briefreader.gui.window.actions import paint_icons

        self.actions_.themes[mode].setChecked(True)
        paint_icons(self.actions_, QApplication.palette().windowText().color())

    def set_mark_visible(self, kind: str, visible: bool) -> None:
        self.settings.set_mark_visible(kind, visible)
        for view in self.views():
            view.set_mark_kind_visible(kind, visible)

    def show_find(self) -> None:
        self.find_bar.open_bar(self.current_view())

    def fill_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        for path in self.settings.recent_files:
            menu.addAction(Path(path).name, lambda p=path: self.open_paths([p])).setToolTip(path)
        if menu.isEmpty():
            menu.addAction("No recent files").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("Clear Recent Files", self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        if self._start_page is not None:
            self._start_page.set_recent([])

    def show_about(self) -> None:
        QMessageBox.about(self, "About briefreader",
                          f"<b>briefreader {__version__}</b><p>A briefing reader for analysts: "
                          "actors, claims and casualty figures beside the article.</p>")

    # -- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # -- state --------------------------------------------------------------------------------
    def restore_state(self) -> None:
        """The dock and toolbar layout (the geometry was restored before the window showed)."""
        _geometry, state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def save_state(self) -> None:
        if self.chrome_ready:  # before the docks exist there is no layout worth keeping
            self.settings.save_window_state(self.saveGeometry(), self.saveState())

    def chrome_soon(self) -> None:
        """Build the panels on the next turn of the event loop (after what is now on screen)."""
        if not self._shown:
            self._shown = True
            self.firstShown.emit()
        if not self.chrome_ready:
            QTimer.singleShot(0, self.build_chrome)

    def closeEvent(self, event) -> None:
        if self.chrome_ready:
            self.annotations.save_note()
        self.save_state()
        for session in self.sessions:
            session.close()
        super().closeEvent(event)
