"""The Case panel in the window: its dock and toggle, and a passage opened at its place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTabBar

from briefreader.cases.analysis import add_documents
from briefreader.store.annotations import AnnotationStore

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


@pytest.fixture
def flood_case():
    """A case in the store the window opens (the test's private data directory)."""
    with AnnotationStore.open() as store:
        store.create_case("Floods")
        add_documents(store, "Floods", [CASES / "flood"], processes=1)
    return CASES / "flood" / "ministry.md"


def case_tabs(window) -> list[QTabBar]:
    """The dock tab bars on screen that name the Case panel."""
    return [bar for bar in window.findChildren(QTabBar)
            if bar.isVisible() and bar.geometry().x() >= 0
            and "Case" in (bar.tabText(i) for i in range(bar.count()))]


def test_the_case_dock_is_hidden_at_first_and_toggles_with_its_shortcut(window, qtbot):
    qtbot.waitUntil(lambda: window.chrome is not None)
    dock = window.chrome.case_dock
    assert dock.isHidden() and dock.panel is None     # nothing read from the store yet
    assert case_tabs(window) == []     # not even a tab for it
    toggle = dock.toggleViewAction()
    assert toggle.shortcut() == QKeySequence("Ctrl+Alt+5")
    toggle.trigger()
    qtbot.waitUntil(lambda: dock.isVisible() and dock.panel is not None, timeout=20_000)
    assert dock.widget() is dock.panel
    claims = window.chrome.docks[1]
    # a tab beside them, with one tab bar
    qtbot.waitUntil(lambda: dock in window.tabifiedDockWidgets(claims)
                    and len(case_tabs(window)) == 1, timeout=20_000)
    toggle.trigger()
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=20_000)


def test_a_search_hit_opens_its_document_at_the_passage(window, qtbot, flood_case):
    qtbot.waitUntil(lambda: window.chrome is not None)
    dock = window.chrome.case_dock
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: dock.panel is not None and dock.panel.case is not None
                    and not dock.panel.busy, timeout=20_000)
    panel = dock.panel
    panel.query.setText('"Red Crescent"')
    panel.search()
    assert panel.hits.count() == 1
    panel._open_item(panel.hits.item(0))
    assert [Path(s.path) for s in window.sessions] == [flood_case.resolve()]
    session, view = window.sessions[0], window.current_view()
    qtbot.waitUntil(lambda: view.textCursor().selectedText() == "Red Crescent", timeout=20_000)
    start, end = session.selection
    assert session.document.text[start:end] == "Red Crescent"

    # asked again, the open tab is used, not a second one
    window.open_paths([str(CASES / "quake" / "1-wire.txt")])
    assert window.current_session() is not session
    panel._open_item(panel.hits.item(0))
    assert len(window.sessions) == 2 and window.current_session() is session
    assert view.textCursor().selectedText() == "Red Crescent"


def test_a_ledger_figure_opens_at_its_figure(window, qtbot, flood_case):
    qtbot.waitUntil(lambda: window.chrome is not None)
    dock = window.chrome.case_dock
    dock.show()
    qtbot.waitUntil(lambda: dock.panel is not None and dock.panel.case is not None
                    and not dock.panel.busy, timeout=20_000)
    ledger = dock.panel.ledger
    flagged = next(ledger.topLevelItem(i) for i in range(ledger.topLevelItemCount())
                   if "⚠" in ledger.topLevelItem(i).text(0))
    figure = flagged.child(0)
    dock.panel._open_item(figure, 0)
    view = window.current_view()
    qtbot.waitUntil(lambda: view.textCursor().hasSelection(), timeout=20_000)
    assert figure.text(0).split()[-1] in view.textCursor().selectedText()
