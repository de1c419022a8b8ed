"""Highlights, notes, undo, orphans and claim assessments, driven through the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefreader.store.annotations import AnnotationStore
from tests.gui.conftest import open_and_wait


def select_words(view, session, words: str) -> tuple[int, int]:
    start = session.document.text.index(words)
    view.select_offsets(start, start + len(words))
    return start, start + len(words)


def stored(session):
    return AnnotationStore.open().annotations_for(session.document)


def test_highlight_selection_is_stored_marked_and_listed(opened, qtbot):
    window, session, view = opened
    start, end = select_words(view, session, "closely monitoring the situation")
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    (placed,) = stored(session)
    assert (placed.start, placed.end) == (start, end)
    assert placed.annotation.tag == session.notes.tags[0].name
    qtbot.waitUntil(lambda: view.marks_done)
    kinds = {m.kind for m in view.painter.marks_at(start + 2)}
    assert "highlight" in kinds
    assert window.chrome.annotations.item_count() == 1
    assert window.chrome.annotations.placed_group.childCount() == 1


def test_highlight_with_a_chosen_tag_and_write_a_note(opened, qtbot):
    window, session, view = opened
    select_words(view, session, "unacceptable, reckless escalation")
    tag = session.notes.tags[2].name
    window.chrome.actions.highlight_tags[2].trigger()
    (placed,) = stored(session)
    assert placed.annotation.tag == tag
    panel = window.chrome.annotations
    assert panel.current_annotation().id == placed.annotation.id   # opened in the editor
    panel.note.setPlainText("Check **who** said this first.")
    panel.save_note()
    assert stored(session)[0].annotation.note == "Check **who** said this first."
    panel.tag.setCurrentIndex(1)
    panel.tag.activated.emit(1)
    assert stored(session)[0].annotation.tag == session.notes.tags[1].name


def test_undo_and_redo_every_change(opened, qtbot):
    window, session, view = opened
    select_words(view, session, "hotbed of terrorism")
    window.chrome.annotating.highlight_selection()
    annotation = stored(session)[0].annotation
    session.notes.edit(annotation, note="first thought")
    window.chrome.actions.undo.trigger()                       # the note
    assert stored(session)[0].annotation.note == ""
    window.chrome.actions.undo.trigger()                       # the highlight itself
    assert stored(session) == []
    window.chrome.actions.redo.trigger()
    assert [p.annotation.id for p in stored(session)] == [annotation.id]
    window.chrome.actions.redo.trigger()
    assert stored(session)[0].annotation.note == "first thought"
    session.notes.delete(stored(session)[0].annotation)
    assert stored(session) == []
    window.chrome.actions.undo.trigger()
    assert stored(session)[0].annotation.note == "first thought"


def test_click_on_a_highlight_opens_it_and_delete_removes_it(opened, qtbot):
    window, session, view = opened
    start, end = select_words(view, session, "Russian jets carried out dozens of air strikes")
    window.chrome.annotating.highlight_selection()
    window.chrome.annotations._edit(None)
    qtbot.waitUntil(lambda: view.marks_done)
    cursor = view.textCursor()
    cursor.setPosition(view.layout_map.to_view(start + 3))
    view.setTextCursor(cursor)                           # no selection: a plain click
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.chrome.annotations.current_annotation() is not None
    qtbot.mouseClick(window.chrome.annotations.delete_button, Qt.MouseButton.LeftButton)
    assert stored(session) == []
    assert window.chrome.annotations.placed_group.childCount() == 0


def test_annotations_filter_and_click_to_locate(opened, qtbot):
    window, session, view = opened
    select_words(view, session, "hotbed of terrorism")
    window.chrome.annotating.highlight_with_tag(0)
    select_words(view, session, "closely monitoring the situation")
    window.chrome.annotating.highlight_with_tag(1)
    panel = window.chrome.annotations
    assert panel.placed_group.childCount() == 2
    panel.tag_filter.setCurrentText(session.notes.tags[1].name)
    assert panel.placed_group.childCount() == 1
    panel.tag_filter.setCurrentText("All tags")
    panel.text_filter.setText("hotbed")
    assert panel.placed_group.childCount() == 1
    item = panel.placed_group.child(0)
    view.select_offsets(0, 1)
    panel.tree.setCurrentItem(None)
    panel.tree.setCurrentItem(item)
    assert view.textCursor().selectedText() == "hotbed of terrorism"


def test_orphans_are_listed_apart(make_window, qtbot, tmp_path):
    article = tmp_path / "report.txt"
    article.write_text("Floods In The Valley\n\nThe river rose overnight, officials said.\n\n"
                       "A spokesman for the regional council said 40 families were evacuated.",
                       encoding="utf-8")
    window = make_window()
    session, view = open_and_wait(qtbot, window, article)
    select_words(view, session, "40 families were evacuated")
    window.chrome.annotating.highlight_selection()
    window.close_tab(window.tabs.currentIndex())
    article.write_text("Floods In The Valley\n\nThe river rose overnight, officials said.\n\n"
                       "Rescue boats reached the last villages by noon.", encoding="utf-8")
    session, view = open_and_wait(qtbot, window, article)
    panel = window.chrome.annotations
    assert panel.orphan_group.childCount() == 1 and not panel.orphan_group.isHidden()
    assert panel.placed_group.childCount() == 0


def test_highlight_is_saved_while_extraction_still_runs(window, qtbot, sample_path):
    (session,) = window.open_paths([str(sample_path)])
    with qtbot.waitSignal(session.notesReady, timeout=20000):
        pass
    if session.extraction is None:                       # normally still analysing here
        assert session.state in ("loading", "extracting")
    start = session.document.text.index("Idlib")
    assert session.notes.highlight(start, start + 5)
    assert len(stored(session)) == 1
    qtbot.waitUntil(lambda: session.finished, timeout=60000)


def test_assess_a_claim_from_the_claims_panel(opened, qtbot):
    window, session, view = opened
    panel = window.chrome.claims
    claim = panel.table.record_at(0)
    assert panel.assess(claim, "disputed")
    assert panel.assessments[claim.id] == "disputed"
    row_text = panel.table.proxy.index(0, 4).data()
    assert row_text == "disputed"
    window.chrome.actions.undo.trigger()
    assert claim.id not in panel.assessments
