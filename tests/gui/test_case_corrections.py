"""Correcting a case from its panel: a figure split off or moved, an actor renamed; each step
undone and redone, and the window's Undo following the focus into the Case dock."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.cases.analysis import add_documents
from briefreader.store.annotations import AnnotationStore

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


@pytest.fixture(scope="module")
def case_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("corrections") / "store.sqlite3"
    with AnnotationStore.open(path) as store:
        store.create_case("Darset")
        add_documents(store, "Darset", [CASES / "darset"], processes=1)
    return path


@pytest.fixture
def panel(qtbot, case_path, tmp_path):
    from briefreader.gui.panels.case import CasePanel

    copy = tmp_path / "store.sqlite3"   # each test corrects its own copy of the case
    with AnnotationStore.open(case_path) as source:
        source.backup(copy)
    with AnnotationStore.open(copy) as store:
        shown = CasePanel(store)
        qtbot.addWidget(shown)
        read(qtbot, shown)
        yield shown
        shown.wait()


def read(qtbot, panel) -> None:
    panel.case = None
    qtbot.waitUntil(lambda: panel.case is not None and not panel.busy, timeout=30_000)


def correct_and_read(qtbot, panel, act) -> None:
    panel.case = None
    act()
    qtbot.waitUntil(lambda: panel.case is not None and not panel.busy, timeout=30_000)


def ledger_places(panel) -> dict[str, str]:
    """Each figure's key -> the event of the entry it is under."""
    from briefreader.gui.panels.case_corrections import EVENT, FIGURE

    return {top.child(i).data(0, FIGURE)[0]: top.data(0, EVENT)[0]
            for top in panel.ledger.entries() for i in range(top.childCount())}


def menu_action(menu, text: str):
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None:
            found = menu_action(action.menu(), text)
            if found is not None:
                return found
    return None


def test_a_figure_given_an_incident_of_its_own_and_back(qtbot, panel):
    from briefreader.gui.panels.case_corrections import FIGURE, ledger_menu

    before = ledger_places(panel)
    events = len(set(before.values()))
    shared = next(top for top in panel.ledger.entries() if top.childCount() > 1)
    figure = shared.child(shared.childCount() - 1)
    key = figure.data(0, FIGURE)[0]
    menu = ledger_menu(panel, figure)
    assert menu_action(menu, "Open in its document") is not None
    correct_and_read(qtbot, panel, menu_action(menu, "Give it an incident of its own").trigger)
    after = ledger_places(panel)
    assert len(set(after.values())) == events + 1
    assert [k for k, e in after.items() if e == after[key]] == [key]   # alone in its event
    assert "Edit › Undo" in panel.status.text()
    assert [c.kind for c in panel.store.case_corrections("Darset")] == ["split"]

    correct_and_read(qtbot, panel, panel.undo_stack.undo)
    assert ledger_places(panel) == before
    assert panel.store.case_corrections("Darset") == []
    correct_and_read(qtbot, panel, panel.undo_stack.redo)
    assert ledger_places(panel) == after


def test_a_figure_moved_to_another_incident(qtbot, panel):
    from briefreader.gui.panels.case_corrections import EVENT, FIGURE, ledger_menu

    before = ledger_places(panel)
    tops = panel.ledger.entries()
    source = tops[0]
    target = next(t for t in tops if t.data(0, EVENT)[0] != source.data(0, EVENT)[0])
    figure = source.child(0)
    key = figure.data(0, FIGURE)[0]
    menu = ledger_menu(panel, figure)
    _, target_key, name, _ = target.data(0, EVENT)
    move = next(a for a in menu.actions() if a.menu() is not None).menu()
    # every other incident once, not the figure's own
    targets = [a.text() for a in move.actions()]
    assert len(targets) == len(set(before.values())) - 1
    action = next(a for a in move.actions() if name.startswith(a.text().rstrip("…")))
    correct_and_read(qtbot, panel, action.trigger)
    after = ledger_places(panel)
    assert after[key] == after[target_key]
    assert {k: e for k, e in after.items() if k != key} == \
        {k: e for k, e in before.items() if k != key}
    correct_and_read(qtbot, panel, panel.undo_stack.undo)
    assert ledger_places(panel) == before


def test_an_actor_renamed_across_the_case_and_back(qtbot, panel):
    from briefreader.gui.panels.case_corrections import rename_command

    names = {panel.actors.item(r, 0).text() for r in range(panel.actors.rowCount())}
    old = sorted(names)[0]
    correct_and_read(qtbot, panel, lambda: panel.correct(
        rename_command(panel, "Darset", old, "Renamed Body")))
    renamed = {panel.actors.item(r, 0).text() for r in range(panel.actors.rowCount())}
    assert "Renamed Body" in renamed and old not in renamed
    correct_and_read(qtbot, panel, panel.undo_stack.undo)
    assert {panel.actors.item(r, 0).text() for r in range(panel.actors.rowCount())} == names


def test_the_windows_undo_follows_the_focus_into_the_case_dock(window, qtbot, sample_path):
    with AnnotationStore.open() as store:
        store.create_case("Darset")
        add_documents(store, "Darset", [CASES / "darset"], processes=1)
    window.open_paths([str(sample_path)])
    qtbot.waitUntil(lambda: window.chrome is not None)
    dock = window.chrome.case_dock
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: dock.panel is not None and dock.panel.case is not None
                    and not dock.panel.busy, timeout=30_000)
    panel = dock.panel
    group = window.chrome.annotating.undo_group
    from briefreader.gui.panels.case_corrections import split_command

    panel.correct(split_command(panel, "Darset", "no-such-figure", "a figure"))
    window.activateWindow()
    panel.tabs.setCurrentWidget(panel.ledger)
    panel.ledger.setFocus()
    qtbot.waitUntil(lambda: group.activeStack() is panel.undo_stack)
    assert group.canUndo() and "a figure" in group.undoText()
    window.current_view().setFocus()
    qtbot.waitUntil(lambda: group.activeStack() is not panel.undo_stack)
    qtbot.waitUntil(lambda: not dock.panel.busy, timeout=30_000)
