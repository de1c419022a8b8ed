"""The Case panel in its dock, and a case's passage opened in the window.

The panel reads the store (its cases, then a case's documents on a worker thread), so it is built
the first time its dock is shown, not with the chrome: a window whose Case dock stays hidden never
touches the cases. A search hit or a ledger figure opens its document in a tab (the open tab, if
it is open already) and selects the passage once the text is in the view. The panel's corrections
are on its own undo stack, which the window's Undo and Redo follow while the focus is in the dock
(the current article's stack otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QWidget

from briefreader.gui.article.view import ArticleView
from briefreader.gui.idle_jobs import run_soon
from briefreader.gui.session.article_session import DocumentSession

TYPE_CHECKING = False
if TYPE_CHECKING:
    from briefreader.gui.panels.case import CasePanel
    from briefreader.gui.window.annotations import AnnotationCommands
    from briefreader.gui.window.main_window import MainWindow

ORIGIN = "case"


class CaseDock(QDockWidget):
    def __init__(self, window: MainWindow, annotating: AnnotationCommands) -> None:
        super().__init__("Case", window)
        self.main_window = window
        self.annotating = annotating
        self.panel: CasePanel | None = None
        self._beside: QDockWidget | None = None
        self.setObjectName("caseDock")
        self.setAccessibleName("Case panel")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        placeholder = QLabel("Opening the cases…", self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(placeholder)

    def follow_visibility(self) -> None:
        """From now on (the docks laid out, the user's layout restored), build the panel when
        the dock is shown; at once (on a later turn) if the restored layout shows it."""
        self.visibilityChanged.connect(self._shown)
        # a turn later: the action changes before the dock is shown
        self.toggleViewAction().toggled.connect(
            lambda on: on and QTimer.singleShot(0, self, self._bring_forward))
        if not self.isHidden():
            run_soon(self, self.build_panel)

    def tab_beside(self, dock: QDockWidget) -> None:
        """Be a tab beside ``dock`` when first shown, if still where the first layout put it.
        (Qt mislays a dock that is tabbed while hidden: it is tabbed once it is visible.)"""
        self._beside = dock

    def _bring_forward(self) -> None:
        window, beside = self.main_window, self._beside
        self._beside = None
        if beside is not None and not self.isFloating() and not beside.isHidden() \
                and window.dockWidgetArea(self) == window.dockWidgetArea(beside) \
                and not window.tabifiedDockWidgets(self):
            window.tabifyDockWidget(beside, self)
        self.raise_()     # a tab behind another would stay out of sight

    def _shown(self, visible: bool) -> None:
        if visible and self.panel is None:
            self.build_panel()

    def build_panel(self) -> CasePanel | None:
        """The panel, made now if it is not yet (None, with a message in its place, when the
        store cannot be opened)."""
        if self.panel is not None:
            return self.panel
        store = self.annotating.open_store()
        if store is None:
            self.widget().setText("The store cannot be opened: cases are not available.")
            return None
        from briefreader.gui.panels.case import CasePanel

        self.panel = CasePanel(store, self)
        self.panel.openPassage.connect(self.open_passage)
        self.setWidget(self.panel)
        self.annotating.undo_group.addStack(self.panel.undo_stack)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        return self.panel

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Undo and Redo act on the case while the focus is in its dock, on the current
        article's highlights and notes when it moves to the rest of the window."""
        if new is None or self.panel is None:
            return
        group = self.annotating.undo_group
        if self.isAncestorOf(new):
            group.setActiveStack(self.panel.undo_stack)
        elif group.activeStack() is self.panel.undo_stack and new.window() is self.window():
            self.annotating.follow_current(self.main_window.current_session())

    def open_passage(self, path: str, start: int, end: int) -> None:
        if not path:
            self.main_window.show_error("This passage's document has no file to open.")
            return
        (session,) = self.main_window.open_paths([path])
        view = self.main_window.tabs.widget(self.main_window.sessions.index(session)) \
            if session in self.main_window.sessions else None
        if isinstance(view, ArticleView):
            select_when_shown(session, view, start, end)

    def stop(self) -> None:
        """The window is closing: let the panel's worker end first."""
        if self.panel is not None:
            self.panel.close()


def select_when_shown(session: DocumentSession, view: ArticleView, start: int, end: int) -> None:
    """Select [start, end) in the article now if its text is complete, else once it is."""
    if view.text_complete:
        session.select(start, end, ORIGIN)
        return

    def select() -> None:
        view.textComplete.disconnect(select)
        session.select(start, end, ORIGIN)

    view.textComplete.connect(select)
