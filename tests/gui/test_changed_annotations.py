"""Annotations whose text changed under them (state ``changed``): marked in the Annotations
panel, old and new words side by side, Keep here and Make orphan as undoable steps."""

from __future__ import annotations

from briefreader.store.annotations import AnnotationStore
from tests.gui.conftest import open_and_wait

REPORT = ("Storm Over The Coast\n\n"
          "Fishing boats stayed in the harbour for a second day.\n\n"
          "The port authority said four piers were damaged by the waves on Sunday morning.\n\n"
          "Schools along the shore will reopen next week, the mayor said.")
REWRITTEN = REPORT.replace("said four piers were damaged by the waves on Sunday morning",
                           "said five piers were damaged by the waves on Sunday night")
PIERS = "The port authority said four piers were damaged by the waves on Sunday morning"


def changed_window(make_window, qtbot, tmp_path):
    article = tmp_path / "storm.txt"
    article.write_text(REPORT, encoding="utf-8")
    window = make_window()
    session, _view = open_and_wait(qtbot, window, article)
    start = session.document.text.index(PIERS)
    assert session.notes.highlight(start, start + len(PIERS), note="count the piers")
    window.close_tab(window.tabs.currentIndex())
    article.write_text(REWRITTEN, encoding="utf-8")
    session, view = open_and_wait(qtbot, window, article)
    return window, session, view


def test_a_changed_annotation_is_marked_and_shows_old_and_new_text(make_window, qtbot, tmp_path):
    window, session, view = changed_window(make_window, qtbot, tmp_path)
    (placed,) = session.notes.annotations
    assert placed.state == "changed"
    panel = window.chrome.annotations
    assert panel.changed_group.childCount() == 1 and not panel.changed_group.isHidden()
    assert panel.placed_group.childCount() == 0
    assert "changed" in panel.changed_group.text(0)
    assert "changed since you highlighted" in panel.changed_group.child(0).toolTip(0)
    panel.select_annotation(placed.annotation.id)
    assert panel.changed.isVisibleTo(panel) and panel.changed.keep_button.isEnabled()
    old, new = panel.changed.old.text(), panel.changed.new.text()
    assert "<b>four</b>" in old and "<b>morning</b>" in old and "port authority" in old
    assert "<b>five</b>" in new and "<b>night" in new and "four" not in new
    tip = [m.tooltip for m in view.painter.marks_at(placed.start + 3) if m.kind == "highlight"]
    assert tip and "changed since you highlighted" in tip[0]


def test_keep_here_takes_the_new_words_and_undo_restores(make_window, qtbot, tmp_path):
    window, session, _view = changed_window(make_window, qtbot, tmp_path)
    (placed,) = session.notes.annotations
    panel = window.chrome.annotations
    panel.select_annotation(placed.annotation.id)
    panel.changed.keep_button.click()
    (kept,) = AnnotationStore.open().annotations_for(session.document)
    assert kept.state == "anchored" and kept.annotation.note == "count the piers"
    assert kept.annotation.quote == session.document.text[placed.start:placed.end]
    assert kept.annotation.quote.startswith(PIERS.replace("four", "five")[:40])
    assert panel.changed_group.isHidden() and panel.placed_group.childCount() == 1
    assert not panel.changed.isVisibleTo(panel)
    window.chrome.actions.undo.trigger()
    (back,) = AnnotationStore.open().annotations_for(session.document)
    assert back.state == "changed" and back.annotation.quote == PIERS
    assert panel.changed_group.childCount() == 1


def test_make_orphan_takes_it_off_the_text_and_undo_puts_it_back(make_window, qtbot, tmp_path):
    window, session, view = changed_window(make_window, qtbot, tmp_path)
    (placed,) = session.notes.annotations
    panel = window.chrome.annotations
    panel.select_annotation(placed.annotation.id)
    panel.changed.orphan_button.click()
    (gone,) = AnnotationStore.open().annotations_for(session.document)
    assert gone.state == "orphaned" and gone.annotation.note == "count the piers"
    assert panel.orphan_group.childCount() == 1 and panel.changed_group.isHidden()
    qtbot.waitUntil(lambda: view.marks_done)
    assert not [m for m in view.painter.marks_at(placed.start + 3) if m.kind == "highlight"]
    window.chrome.actions.undo.trigger()
    (back,) = AnnotationStore.open().annotations_for(session.document)
    assert back.state == "changed" and (back.start, back.end) == (placed.start, placed.end)
    window.chrome.actions.redo.trigger()
    assert AnnotationStore.open().annotations_for(session.document)[0].state == "orphaned"
