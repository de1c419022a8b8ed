"""The reading desk as a new user meets it: readable claims, a first layout that fits the screen,
feedback on highlighting, explained columns, find with a count, assessments apart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import open_and_wait


def test_claims_show_speaker_and_claim_first_wrapped_over_several_lines(opened):
    window, session, view = opened
    table = window.chrome.claims.table
    shown = [table.source.columns[c].header for c in range(table.source.columnCount())
             if not table.isColumnHidden(c)]
    assert shown == ["Speaker", "Claim"]
    assert table.columnWidth(1) >= max(250, 1.5 * table.columnWidth(0))
    assert table.wordWrap()
    assert table.rowHeight(0) >= 3 * table.fontMetrics().lineSpacing()
    # how it was said is drawn under the speaker
    claim = table.record_at(0)
    assert claim.cue and claim.cue in window.chrome.claims._how(claim)
    # copying keeps every column, the hidden ones included
    csv_header = table.as_csv().splitlines()[0]
    assert csv_header == "Speaker,Claim,Cue,Kind,Assessment"


@pytest.mark.parametrize("size", [(1366, 768), (1600, 900), (1920, 1080)])
def test_first_layout_fits_common_window_sizes(qtbot, workers, sample_path, size):
    from briefreader.gui.settings import AppSettings
    from briefreader.gui.window.main_window import MainWindow

    window = MainWindow(AppSettings(), workers, quiet=True, size=size)
    qtbot.addWidget(window)
    window.show()
    try:
        open_and_wait(qtbot, window, sample_path)
        actors, claims, casualties, _annotations, case = window.chrome.docks
        width, height = size
        view = window.current_view()
        assert view.width() >= 0.42 * width          # the article keeps the most room
        assert claims.width() >= 440                 # wide enough for a wrapped claim
        assert casualties.height() >= 0.3 * height   # not two rows high
        assert claims.height() > casualties.height()
        assert window.chrome.casualties.table.viewport().height() >= 6 * \
            window.chrome.casualties.table.rowHeight(0)
        assert 240 <= actors.width() <= 360
        assert case.isHidden()        # until asked for (Ctrl+Alt+5)
    finally:
        window.close()


def test_the_users_own_layout_is_kept(make_window, qtbot):
    first = make_window()
    _actors, claims, casualties, _annotations, _case = first.chrome.docks
    first.resizeDocks([claims, casualties], [600, 120], Qt.Orientation.Vertical)
    qtbot.wait(20)
    kept = casualties.height()
    assert kept < 0.3 * first.height()        # not the first layout
    first.close()
    second = make_window()
    qtbot.waitUntil(lambda: second.chrome.docks[2].isVisible())
    assert abs(second.chrome.docks[2].height() - kept) <= 16


def test_a_new_highlight_shows_its_note_editor_and_esc_returns(opened, qtbot):
    window, session, view = opened
    window.activateWindow()
    chrome = window.chrome
    def in_front(dock) -> bool:     # tabbed docks all count as visible; only one is seen
        return not dock.visibleRegion().isEmpty()

    actors_dock, annotations_dock = chrome.docks[0], chrome.docks[3]
    assert in_front(actors_dock) and not in_front(annotations_dock)
    view.select_offsets(0, 12)
    assert chrome.annotating.highlight_selection()
    assert not view.textCursor().hasSelection()          # the highlight's colour shows
    qtbot.waitUntil(lambda: in_front(annotations_dock))
    assert not in_front(actors_dock)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chrome.annotations.note)
    assert chrome.annotations.current_annotation() is not None
    qtbot.keyClicks(chrome.annotations.note, "worth checking")
    qtbot.keyClick(chrome.annotations.note, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view
    assert chrome.annotations.current_annotation().note == "worth checking"   # saved


def test_column_headers_explain_themselves_and_help_shows_the_panels(opened, qtbot):
    window, _session, _view = opened
    chrome = window.chrome

    def tip(table, header: str) -> str:
        model = table.source
        column = [c.header for c in model.columns].index(header)
        return model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)

    assert "said" in tip(chrome.claims.table, "Cue")
    assert "direct" in tip(chrome.claims.table, "Kind")
    for header in ("Qualifier", "Status", "Source"):
        assert len(tip(chrome.casualties.table, header)) > 20
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert "&What the Panels Show" in [a.text() for a in help_menu.actions()]
    chrome.actions.panel_guide.trigger()
    box = chrome.panel_guide
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Qualifier" in box.text() and "Cue" in box.text()
    box.close()


def test_find_counts_the_matches_and_marks_them_all(opened, qtbot):
    window, session, view = opened
    bar = window.chrome.find_bar
    word = "Idlib"
    expected = session.document.text.count(word)
    assert expected >= 3
    window.chrome.show_find()
    bar.case.setChecked(True)          # not the file name's "idlib" on the meta line
    qtbot.keyClicks(bar.field, word)
    assert bar.match_count() == expected
    assert len(view.extraSelections()) == expected
    assert bar.status.text() == f"1 of {expected}"
    bar.find_next()
    assert bar.status.text() == f"2 of {expected}"
    bar.find_previous()
    bar.find_previous()              # wraps to the last
    assert bar.status.text() == f"{expected} of {expected}"
    bar.close_bar()
    assert view.extraSelections() == []


def test_assessments_are_listed_and_counted_apart_from_corrections(opened, qtbot):
    window, session, view = opened
    chrome = window.chrome
    claims = chrome.claims
    first, second = claims.table.record_at(0), claims.table.record_at(1)
    assert claims.assess(first, "disputed")
    assert claims.corrector.reject(second, "claim")
    panel = chrome.annotations
    qtbot.waitUntil(lambda: panel.correction_group.childCount() == 1)
    assert panel.assessment_group.childCount() == 1
    assert panel.assessment_group.text(0) == "Your assessments of claims (1)"
    assert panel.correction_group.text(0) == "Corrections to the extraction (1)"
    assert "disputed" in panel.assessment_group.child(0).text(0)


def test_tooltips_say_which_rules_found_an_item(opened):
    from dataclasses import replace

    from briefreader.gui.article.marks import marks_from_extraction
    from briefreader.gui.panels.actors import _actor_tip
    from briefreader.gui.panels.claims import columns

    _window, session, _view = opened
    extraction = session.extraction
    claim = replace(extraction.claims[0], rules=("said_after_content", "speaker_by_name"))
    actor = replace(extraction.actors[0], rules=("named_entity",))
    figure = replace(extraction.casualties[0], rules=("killed_count",))
    marked = replace(extraction, claims=(claim,), actors=(actor,), casualties=(figure,))
    tips = {m.kind: m.tooltip for m in marks_from_extraction(marked)}
    assert "found by said_after_content, speaker_by_name" in tips["claim"]
    assert "found by named_entity" in tips["actor"] and "found by killed_count" in tips["figure"]
    claim_column = next(c for c in columns(lambda _c: None) if c.header == "Claim")
    assert "found by said_after_content" in claim_column.tooltip(claim)
    assert "found by named_entity" in _actor_tip(actor)
    assert "found by" not in _actor_tip(replace(actor, rules=()))
    casualties = _window.chrome.casualties
    assert "found by killed_count" in casualties._flag_tip(figure)
    casualties.flags = {figure.id}                    # a flagged figure's tip says it too
    assert "found by killed_count" in casualties._flag_tip(figure)
    casualties.flags = set()
    assert "found by" not in casualties._flag_tip(replace(figure, rules=()))


def test_a_layout_saved_by_the_old_version_gives_way_to_the_first_layout(make_window, qtbot):
    from briefreader.gui.settings import AppSettings

    first = make_window()
    _actors, claims, casualties, _annotations, _case = first.chrome.docks
    first.resizeDocks([claims, casualties], [700, 60], Qt.Orientation.Vertical)
    qtbot.wait(20)
    old_state = first.saveState()       # version 0, as saved before the first layout changed
    first.close()
    AppSettings().save_window_state(first.saveGeometry(), old_state)
    second = make_window()
    qtbot.waitUntil(lambda: second.chrome.docks[2].isVisible())
    assert second.chrome.docks[2].height() >= 0.3 * second.height()


def test_a_long_reports_marks_are_made_a_few_items_at_a_time(opened):
    from briefreader.gui.article.marks import marks_from_extraction, marks_in_steps

    _window, session, view = opened
    extraction = session.extraction
    items = len(extraction.actors) + len(extraction.claims) + len(extraction.casualties)
    steps = list(marks_in_steps(extraction, items=4))
    assert len(steps) == -(-items // 4) and all(steps)
    assert [m for step in steps for m in step] == marks_from_extraction(extraction)
    # the view laid them all, the figures' marks with the rest
    laid = {(m.kind, m.start) for block in view.painter._by_block.values() for m in block}
    assert {(m.kind, m.start) for m in marks_from_extraction(extraction)} <= laid
