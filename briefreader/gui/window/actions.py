"""The window's actions, menus and toolbar: every command reachable by menu and by keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from briefreader.gui.article.marks import MARK_KINDS
from briefreader.gui.icons import themed_icon
from briefreader.gui.theme import THEMES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from briefreader.gui.window.chrome import Chrome
    from briefreader.gui.window.main_window import MainWindow

MARK_TITLES = {"actor": "Actors", "claim": "Claims", "figure": "Figures"}


@dataclass
class WindowActions:
    open: QAction
    open_sample: QAction
    close_tab: QAction
    quit: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    marks: dict[str, QAction]
    themes: dict[str, QAction]
    recent_menu: QMenu
    about: QAction
    panel_guide: QAction
    choose_font: QAction
    undo: QAction
    redo: QAction
    highlight: QAction
    highlight_tags: list[QAction]
    export: QAction


def _action(window: QMainWindow, text: str, slot, shortcut=None, icon: QIcon | None = None,
            tip: str | None = None) -> QAction:
    action = QAction(text, window)
    if icon is not None:
        action.setIcon(icon)
    if shortcut is not None:
        action.setShortcuts(QKeySequence.keyBindings(shortcut)
                            if isinstance(shortcut, QKeySequence.StandardKey)
                            else [QKeySequence(shortcut)])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    return action


def build_actions(window: MainWindow, chrome: Chrome) -> WindowActions:
    keys = QKeySequence.StandardKey
    annotating = chrome.annotating
    acts = WindowActions(
        open=_action(window, "&Open…", window.open_dialog, keys.Open,
                     None, "Open an article (text, Markdown or HTML)"),
        open_sample=_action(window, "Open &Sample Article", window.open_sample),
        close_tab=_action(window, "&Close", lambda: window.close_tab(window.tabs.currentIndex()),
                           keys.Close),
        quit=_action(window, "&Quit", window.close, keys.Quit),
        find=_action(window, "&Find…", chrome.show_find, keys.Find,
                     None, "Find in the article"),
        find_next=_action(window, "Find &Next", chrome.find_bar.find_next, keys.FindNext),
        find_previous=_action(window, "Find &Previous", chrome.find_bar.find_previous,
                              keys.FindPrevious),
        zoom_in=_action(window, "Zoom &In", chrome.zoom_in, keys.ZoomIn,
                        None, "Larger text"),
        zoom_out=_action(window, "Zoom &Out", chrome.zoom_out, keys.ZoomOut,
                         None, "Smaller text"),
        zoom_reset=_action(window, "&Reset Zoom", chrome.zoom_reset, "Ctrl+0"),
        marks={}, themes={}, recent_menu=QMenu("Open &Recent", window),
        about=_action(window, "&About briefreader", chrome.show_about),
        panel_guide=_action(window, "&What the Panels Show", chrome.show_panel_guide,
                            keys.HelpContents, None, "What each panel and column means"),
        choose_font=_action(window, "Article &Font…", chrome.choose_font),
        undo=annotating.undo_group.createUndoAction(window, "&Undo"),
        redo=annotating.undo_group.createRedoAction(window, "&Redo"),
        highlight=_action(window, "&Highlight Selection", lambda: annotating.highlight_selection(),
                          "Ctrl+H", None, "Highlight the selected text with the first tag"),
        highlight_tags=[],
        export=_action(window, "&Export Brief…", annotating.export_brief, "Ctrl+E", None,
                       "Preview and save an annotated Markdown brief"),
    )
    acts.undo.setShortcuts(QKeySequence.keyBindings(keys.Undo))
    acts.redo.setShortcuts(QKeySequence.keyBindings(keys.Redo))
    for n in range(1, 5):   # the first four tags, named when the menu opens
        action = _action(window, f"Tag {n}",
                         lambda _c=False, i=n - 1: annotating.highlight_with_tag(i),
                         f"Ctrl+{n}")
        acts.highlight_tags.append(action)
    acts.zoom_in.setShortcuts([*acts.zoom_in.shortcuts(), QKeySequence("Ctrl+=")])
    for kind in MARK_KINDS:
        action = QAction(f"Mark {MARK_TITLES[kind]}", window, checkable=True)
        action.setChecked(window.settings.mark_visible(kind))
        action.toggled.connect(lambda on, k=kind: chrome.set_mark_visible(k, on))
        acts.marks[kind] = action
    group = QActionGroup(window)
    for mode in THEMES:
        action = QAction(mode.title() if mode != "system" else "Follow System", window,
                         checkable=True)
        action.setChecked(window.settings.theme == mode)
        action.triggered.connect(lambda _c=False, m=mode: window.set_theme(m))
        group.addAction(action)
        acts.themes[mode] = action
    acts.recent_menu.aboutToShow.connect(chrome.fill_recent_menu)
    return acts


TOOLBAR_ICONS = {"open": "open", "find": "find", "zoom_in": "zoom-in", "zoom_out": "zoom-out",
                 "highlight": "highlight", "export": "export"}


def paint_icons(acts: WindowActions, colour) -> None:
    """(Re)draw the toolbar icons in ``colour``; called again when the theme changes."""
    for attr, name in TOOLBAR_ICONS.items():
        getattr(acts, attr).setIcon(themed_icon(name, colour))


def build_menus(window: MainWindow, chrome: Chrome, acts: WindowActions) -> QToolBar:
    bar = window.menuBar()
    file = bar.addMenu("&File")
    file.addAction(acts.open)
    file.addMenu(acts.recent_menu)
    file.addAction(acts.open_sample)
    file.addSeparator()
    file.addAction(acts.export)
    file.addSeparator()
    file.addAction(acts.close_tab)
    file.addSeparator()
    file.addAction(acts.quit)
    edit = bar.addMenu("&Edit")
    edit.addAction(acts.undo)
    edit.addAction(acts.redo)
    edit.addSeparator()
    edit.addAction(acts.highlight)
    tags = edit.addMenu("Highlight &as")
    for action in acts.highlight_tags:
        tags.addAction(action)
    tags.aboutToShow.connect(chrome.name_tag_actions)
    edit.addSeparator()
    edit.addAction(acts.find)
    edit.addAction(acts.find_next)
    edit.addAction(acts.find_previous)
    view = bar.addMenu("&View")
    for action in (acts.zoom_in, acts.zoom_out, acts.zoom_reset, acts.choose_font):
        view.addAction(action)
    view.addSeparator()
    marks = view.addMenu("&Marks in Text")
    for action in acts.marks.values():
        marks.addAction(action)
    theme = view.addMenu("&Theme")
    for action in acts.themes.values():
        theme.addAction(action)
    view.addSeparator()
    panels = view.addMenu("&Panels")
    for n, dock in enumerate(chrome.docks, 1):
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(f"Ctrl+Alt+{n}"))
        panels.addAction(toggle)
    toolbar = QToolBar("Toolbar", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for action in (acts.open, acts.find, acts.zoom_out, acts.zoom_in, acts.highlight,
                   acts.export):
        toolbar.addAction(action)
    view.addAction(toolbar.toggleViewAction())
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(acts.panel_guide)
    help_menu.addAction(acts.about)
    return toolbar
