"""Highlights added by another process (``briefreader annotate``) while the article is open show
in the window when it becomes active, and in a brief exported right after."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from briefreader.store.annotations import AnnotationStore

QUOTE = "closely monitoring the situation"


def add_elsewhere(session, quote=QUOTE, note="added from the command line"):
    # a connection of its own, as `briefreader annotate` in another process opens
    with AnnotationStore.open() as other:
        start = session.document.text.index(quote)
        return other.add_annotation(session.document, start, start + len(quote), note=note)


def activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))


def test_a_highlight_added_elsewhere_shows_when_the_window_is_activated(opened, qtbot):
    window, session, view = opened
    qtbot.waitUntil(lambda: window.chrome.annotating.store is not None
                    and session.notes is not None)
    added = add_elsewhere(session)
    assert session.notes.placed(added.id) is None          # not seen yet
    activate(window, qtbot)
    placed = session.notes.placed(added.id)
    assert placed is not None and placed.state == "anchored"
    panel = window.chrome.annotations
    assert panel.placed_group.childCount() == 1
    qtbot.waitUntil(lambda: view.marks_done)
    assert "highlight" in {m.kind for m in view.painter.marks_at(placed.start + 1)}
    assert not window.chrome.annotating.notice_changes_elsewhere()   # nothing new since


def test_an_export_built_right_after_includes_a_highlight_added_elsewhere(opened, qtbot):
    window, session, _view = opened
    qtbot.waitUntil(lambda: window.chrome.annotating.store is not None
                    and session.notes is not None)
    add_elsewhere(session, note="a note written in the terminal")
    window.chrome.annotating.export_brief()          # no activation in between
    dialog = window.chrome.annotating.export_dialog
    assert "a note written in the terminal" in dialog.markdown
    assert QUOTE in dialog.markdown
    dialog.close()


def test_the_windows_own_highlights_do_not_count_as_changes_elsewhere(opened, qtbot):
    window, session, _view = opened
    qtbot.waitUntil(lambda: window.chrome.annotating.store is not None
                    and session.notes is not None)
    start = session.document.text.index(QUOTE)
    assert session.notes.highlight(start, start + len(QUOTE))
    assert not window.chrome.annotating.notice_changes_elsewhere()
