"""The Case panel: opening a case off the window's thread, the ledger, search, the passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.cases.analysis import add_documents
from briefreader.store.annotations import AnnotationStore

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


@pytest.fixture
def store(tmp_path):
    with AnnotationStore.open(tmp_path / "store.sqlite3") as opened:
        opened.create_case("Floods")
        add_documents(opened, "Floods", [CASES / "flood"], processes=1)
        yield opened


def test_the_panel_shows_the_case_and_opens_passages(qtbot, store):
    from briefreader.gui.panels.case import PASSAGE, CasePanel

    panel = CasePanel(store)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.case is not None and not panel.busy, timeout=20_000)
    assert panel.documents.rowCount() == 1
    assert panel.documents.item(0, 1).text() == "Harbour Wire"
    tops = [panel.ledger.topLevelItem(i) for i in range(panel.ledger.topLevelItemCount())]
    flagged = [t for t in tops if "⚠" in t.text(0)]
    assert len(flagged) == 1 and "killed" in flagged[0].text(0)
    assert {flagged[0].child(i).text(0) for i in range(flagged[0].childCount())} == {"43", "61"}

    panel.query.setText('"Red Crescent"')
    panel.search()
    assert panel.hits.count() == 1
    with qtbot.waitSignal(panel.openPassage) as opened:
        panel._open_item(panel.hits.item(0))
    path, start, end = opened.args
    assert Path(path).name == "ministry.md" and end - start == len("Red Crescent")
    assert panel.hits.item(0).data(PASSAGE) == (path, start, end)


def test_adding_again_reports_and_refreshes(qtbot, store):
    from briefreader.gui.panels.case import CasePanel

    panel = CasePanel(store)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.case is not None and not panel.busy, timeout=20_000)
    panel.case = None
    panel.add_paths([str(CASES / "flood")])
    qtbot.waitUntil(lambda: panel.case is not None and not panel.busy, timeout=20_000)
    assert "1 from the cache" in panel.status.text()
