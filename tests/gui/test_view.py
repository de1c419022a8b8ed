"""Find, zoom, themes, marks and what the window remembers between runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefreader.gui.settings import DEFAULT_POINT_SIZE, AppSettings
from briefreader.gui.theme import mark_colours, palette
from tests.gui.conftest import open_and_wait


def test_find_next_previous_and_wrap(opened, qtbot):
    window, session, view = opened
    word = "Idlib"
    count = view.document().toPlainText().count(word)
    assert count >= 3
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.chrome.find_bar.isVisible()
    window.chrome.find_bar.case.setChecked(True)
    qtbot.keyClicks(window.chrome.find_bar.field, word)
    positions = [view.textCursor().selectionStart()]
    for _ in range(count):                      # one more than the matches: wraps to the first
        assert window.chrome.find_bar.find_next()
        positions.append(view.textCursor().selectionStart())
        assert view.textCursor().selectedText() == word
    assert positions[-1] == positions[0]
    assert len(set(positions)) == count
    assert positions[:count] == sorted(positions[:count])
    window.chrome.find_bar.find_previous()
    assert view.textCursor().selectionStart() == positions[-2]
    window.chrome.find_bar.field.setText("no such words here")
    assert not window.chrome.find_bar.find_next()
    assert window.chrome.find_bar.status.text() == "Not found"


def test_zoom_changes_font_size_and_is_remembered(opened):
    window, _session, view = opened
    before = view.document().defaultFont().pointSizeF()
    window.chrome.zoom_in()
    window.chrome.zoom_in()
    after = view.document().defaultFont().pointSizeF()
    assert after > before * 1.15
    assert AppSettings().point_size == after
    title_block = view.document().begin()
    title_size = title_block.begin().fragment().charFormat().fontPointSize()
    assert title_size > after                  # the headline scales with the body
    window.chrome.zoom_reset()
    assert view.document().defaultFont().pointSizeF() == DEFAULT_POINT_SIZE
    window.chrome.zoom_out()
    assert view.document().defaultFont().pointSizeF() < DEFAULT_POINT_SIZE


def test_theme_switch_changes_palette_and_mark_colours(opened, qtbot):
    window, session, view = opened
    window.set_theme("dark")
    assert QApplication.palette().base().color() == palette("dark").base().color()
    assert window.colours == mark_colours("dark")
    actor = session.extraction.actors[0]
    block = view.document().findBlock(view.layout_map.to_view(actor.mentions[0].start))
    qtbot.waitUntil(lambda: not view.painter.busy)
    tints = {r.format.background().color().name() for r in block.layout().formats()}
    assert mark_colours("dark").actor[actor.kind].name() in tints
    window.set_theme("light")
    assert QApplication.palette().base().color() == palette("light").base().color()
    assert AppSettings().theme == "light"


def test_marks_toggle_per_kind_and_tooltips(opened, qtbot):
    window, session, view = opened
    figure = session.extraction.casualties[0]
    tips = [m.tooltip for m in view.painter.marks_at(figure.start)]
    assert any(figure.category in t for t in tips)
    window.chrome.actions.marks["figure"].setChecked(False)
    qtbot.waitUntil(lambda: not view.painter.busy)
    assert not [m for m in view.painter.marks_at(figure.start) if m.kind == "figure"]
    assert not AppSettings().mark_visible("figure")
    window.chrome.actions.marks["figure"].setChecked(True)
    assert [m for m in view.painter.marks_at(figure.start) if m.kind == "figure"]


def test_window_state_is_restored(make_window, qtbot, sample_path):
    first = make_window()
    claims_dock = first.chrome.docks[1]
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, claims_dock)
    first.chrome.docks[2].hide()
    first.resize(720, 540)
    saved_size = first.size()           # the window's minimum width may exceed 720
    first.set_theme("dark")
    first.close()                               # saves geometry and dock layout
    second = make_window()
    assert second.dockWidgetArea(second.chrome.docks[1]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert second.chrome.docks[2].isHidden()
    assert second.size() == saved_size
    assert second.scheme == "dark"
    second.set_theme("light")


def test_recent_files_on_start_page(make_window, qtbot, sample_path):
    first = make_window()
    open_and_wait(qtbot, first, sample_path)
    first.close()
    second = make_window()
    recent = second.start_page.recent
    assert recent.count() == 1
    assert str(sample_path.resolve()) in recent.item(0).toolTip()


def test_font_family_is_applied_and_remembered(opened):
    window, _session, view = opened
    window.chrome.set_font_family("DejaVu Sans")
    assert view.document().defaultFont().family() == "DejaVu Sans"
    assert AppSettings().font_family == "DejaVu Sans"
