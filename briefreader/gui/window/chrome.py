"""The window's chrome: panels in docks, actions, menus, toolbar, status bar, find bar, and the
annotation commands. Built once, right after the first article (or the start page) is on screen
(see main_window.py), it follows the window through the window's signals."""

from __future__ import annotations

from pathlib import Path
from weakref import WeakSet

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFontDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
)

from briefreader import __version__
from briefreader.gui.article.find_bar import FindBar
from briefreader.gui.idle_jobs import run_soon
from briefreader.gui.panels.actors import ActorsPanel
from briefreader.gui.panels.annotations import AnnotationsPanel
from briefreader.gui.panels.casualties import CasualtiesPanel
from briefreader.gui.panels.claims import ClaimsPanel
from briefreader.gui.panels.guide import PANEL_GUIDE
from briefreader.gui.session.article_session import EXTRACTING, LOADING, DocumentSession
from briefreader.gui.settings import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from briefreader.gui.theme import apply_style_sheet, effective_scheme
from briefreader.gui.window.actions import build_actions, build_menus, paint_icons
from briefreader.gui.window.annotations import AnnotationCommands
from briefreader.gui.window.case_dock import CaseDock
from briefreader.gui.window.dock_layout import DOCK_LAYOUT_VERSION, lay_out_docks

TYPE_CHECKING = False
if TYPE_CHECKING:   # the window imports this module when it builds its chrome, not before
    from briefreader.gui.window.main_window import MainWindow

ZOOM_STEP = 1.1


class Chrome(QObject):
    panelsFilled = Signal(object)     # every panel shows this (current) session's extraction

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._loading: WeakSet[DocumentSession] = WeakSet()   # whose page progress is followed
        if effective_scheme(window.settings.theme) != window.scheme:
            window.set_theme(window.settings.theme)   # the platform's scheme: palette and sheet
        else:
            apply_style_sheet(QApplication.instance())
        self.find_bar = FindBar(window.centralWidget())
        window.centre_layout.addWidget(self.find_bar)
        self.actors = ActorsPanel()
        self.claims = ClaimsPanel()
        self.casualties = CasualtiesPanel()
        self.annotations = AnnotationsPanel()
        self.annotating = AnnotationCommands(
            window, lambda: window.sessions, window.current_session, window.current_view,
            window.show_error, lambda message: window.statusBar().showMessage(message, 4000))
        self.docks = [self._dock("Actors", "actorsDock", self.actors),
                      self._dock("Claims", "claimsDock", self.claims),
                      self._dock("Casualties", "casualtiesDock", self.casualties),
                      self._dock("Annotations", "annotationsDock", self.annotations)]
        # built when first shown (it reads the store's cases); Ctrl+Alt+5 like the others
        self.case_dock = CaseDock(window, self.annotating)
        self.docks.append(self.case_dock)
        self.actions = build_actions(window, self)
        self.toolbar = build_menus(window, self, self.actions)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(self.toolbar)
        paint_icons(self.actions, window.palette().windowText().color())
        self._build_status()
        self._connect()
        lay_out_docks(window, *self.docks)
        self.case_dock.tab_beside(self.docks[1])    # the Claims
        _geometry, state = window.settings.window_state()
        if state is not None:
            # the user's own layout, once there is one (a layout saved by a version whose
            # docks were laid out differently is dropped: restoreState refuses it)
            window.restoreState(state, DOCK_LAYOUT_VERSION)
        self.case_dock.follow_visibility()
        for session in window.sessions:
            if session.document is not None:
                self._attach_notes_soon(session)
        self._current_changed(window.current_session())
        # the sessions' extraction cache: those waiting (the first article) look it up now
        store = lambda: self.annotating.open_store()  # noqa: E731 (looked up when called)
        run_soon(self, lambda: window.store_when_ready.provide(store))

    def _dock(self, title: str, name: str, panel) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setAccessibleName(f"{title} panel")
        dock.setWidget(panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        return dock

    def _build_status(self) -> None:
        self.progress = QProgressBar(self.window)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Analysis in progress")
        self.progress.hide()
        self.status_label = QLabel(self.window)
        self.window.statusBar().addWidget(self.status_label, 1)
        self.window.statusBar().addPermanentWidget(self.progress)

    def _connect(self) -> None:
        window = self.window
        window.currentChanged.connect(self._current_changed)
        window.sessionLoaded.connect(self._attach_notes_soon)
        window.sessionClosing.connect(self._session_closing)
        window.sessionsChanged.connect(self._update_status)
        window.schemeChanged.connect(self._scheme_changed)
        window.closing.connect(self._window_closing)
        for panel in self.panels():
            panel.refreshed.connect(self._panel_refreshed)
        self.annotating.highlighted.connect(self.show_note_editor)
        self.annotations.leaveRequested.connect(self._back_to_article)
        QApplication.styleHints().colorSchemeChanged.connect(
            lambda _s: window.set_theme(window.settings.theme))

    # -- following the window -----------------------------------------------------------------
    def panels(self) -> list:
        return [self.actors, self.claims, self.casualties, self.annotations]

    def panels_filled(self) -> bool:
        """True when the current article is analysed and every panel shows its extraction."""
        session = self.window.current_session()
        return (session is not None and session.extraction is not None
                and all(p.shown_extraction is session.extraction for p in self.panels()))

    def _current_changed(self, session: DocumentSession | None) -> None:
        for panel in self.panels():
            panel.set_session(session)
        self.annotating.follow_current(session)
        if session is not None and session.state == LOADING and session not in self._loading:
            self._loading.add(session)    # a PDF's pages, as they load, in the status bar
            session.loadProgress.connect(self._update_status)
        if self.find_bar.isVisible():
            self.find_bar.set_view(self.window.current_view())
        self._update_status()

    def _attach_notes_soon(self, session: DocumentSession) -> None:
        # on turns of their own: the first time, the store's modules load (~50 ms in all)
        run_soon(self, self.annotating.open_store)
        run_soon(self, lambda: self.annotating.attach_notes(session))

    def _session_closing(self, session: DocumentSession) -> None:
        self.annotations.save_note()     # a note being typed is kept
        self.annotating.forget(session)

    def _panel_refreshed(self) -> None:
        self._update_status()      # corrections change the counts too
        if self.panels_filled():
            self.panelsFilled.emit(self.window.current_session())

    def _update_status(self, *_progress) -> None:
        sessions = self.window.sessions
        self.progress.setVisible(any(s.state in (LOADING, EXTRACTING) for s in sessions))
        session = self.window.current_session()
        pages = session.load_progress if session and session.state == LOADING else None
        done, total = pages or (0, 0)     # (0, 0): a busy bar, for work of unknown length
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if session is None:
            text = ""
        elif pages:
            text = f"Opening: page {done:,} of {total:,}…"
        elif session.state == LOADING:
            text = "Opening…"
        elif session.state == EXTRACTING:
            text = "Analysing the article (the text is ready to read)…"
        elif session.extraction is not None:
            ext = session.extraction
            text = (f"{len(ext.actors)} actors · {len(ext.claims)} claims · "
                    f"{len(ext.casualties)} figures")
        else:
            text = session.error or ""
        self.status_label.setText(text)

    def _scheme_changed(self, mode: str) -> None:
        self.actions.themes[mode].setChecked(True)
        paint_icons(self.actions, QApplication.palette().windowText().color())

    def _window_closing(self) -> None:
        self.annotations.save_note()
        self.case_dock.stop()
        self.window.settings.save_window_state(self.window.saveGeometry(),
                                               self.window.saveState(DOCK_LAYOUT_VERSION))

    # -- the article's type and marks ----------------------------------------------------------
    def set_point_size(self, size: float) -> None:
        size = round(min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size)), 1)
        self.window.settings.point_size = size
        for view in self.window.views():
            view.set_point_size(size)

    def set_font_family(self, family: str) -> None:
        self.window.settings.font_family = family
        for view in self.window.views():
            view.set_family(family)

    def zoom_in(self) -> None:
        self.set_point_size(self.window.settings.point_size * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_point_size(self.window.settings.point_size / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_point_size(DEFAULT_POINT_SIZE)

    def set_mark_visible(self, kind: str, visible: bool) -> None:
        self.window.settings.set_mark_visible(kind, visible)
        for view in self.window.views():
            view.set_mark_kind_visible(kind, visible)

    # -- commands -----------------------------------------------------------------------------
    def show_find(self) -> None:
        self.find_bar.open_bar(self.window.current_view())

    def show_note_editor(self) -> None:
        """After a highlight: the Annotations panel in front, the cursor in its note (Esc goes
        back to the article)."""
        dock = self.docks[3]
        dock.show()
        dock.raise_()
        # the panel selects the new highlight when the store reloads: focus after that
        QTimer.singleShot(0, self.annotations.note.setFocus)

    def _back_to_article(self) -> None:
        view = self.window.current_view()
        if view is not None:
            view.setFocus()

    def name_tag_actions(self) -> None:
        tags = self.annotating.tag_names()
        for index, action in enumerate(self.actions.highlight_tags):
            action.setVisible(index < len(tags))
            if index < len(tags):
                action.setText(tags[index])

    def choose_font(self) -> None:
        settings = self.window.settings
        initial = QFont(settings.font_family)
        initial.setPointSizeF(settings.point_size)
        result = QFontDialog.getFont(initial, self.window, "Article font")
        ok, font = (result[0], result[1]) if isinstance(result[0], bool) else (result[1], result[0])
        if ok:
            self.set_font_family(font.family())
            self.set_point_size(font.pointSizeF())

    def fill_recent_menu(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        for path in self.window.settings.recent_files:
            menu.addAction(Path(path).name,
                           lambda p=path: self.window.open_paths([p])).setToolTip(path)
        if menu.isEmpty():
            menu.addAction("No recent files").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("Clear Recent Files", self.window.clear_recent)

    def show_about(self) -> None:
        QMessageBox.about(self.window, "About briefreader",
                          f"<b>briefreader {__version__}</b><p>A briefing reader for analysts: "
                          "actors, claims and casualty figures beside the article.</p>")

    def show_panel_guide(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, "What the panels show", PANEL_GUIDE,
                          QMessageBox.StandardButton.Close, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.panel_guide = box
        box.open()

