"""Opening articles: by path, by drop, several in tabs, a bad file, and a result gone stale."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from briefreader.gui.session.article_session import FAILED, READY
from tests.gui.conftest import open_and_wait


def test_start_page_offers_the_sample_when_nothing_is_open(window, qtbot):
    assert window.stack.currentWidget() is window.start_page
    assert window.chrome.actors.message.isVisible() or window.chrome.actors.session is None
    with qtbot.waitSignal(window.sessionFinished, timeout=60000):
        qtbot.mouseClick(window.start_page.sample_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.tabs
    assert window.current_session().state == READY


def test_open_by_path_fills_panels_from_the_extraction(opened):
    window, session, view = opened
    extraction = session.extraction
    assert window.chrome.actors.item_count() == len(extraction.actors) > 0
    assert window.chrome.claims.item_count() == len(extraction.claims)
    assert window.chrome.casualties.item_count() == len(extraction.casualties)
    assert window.windowTitle().startswith(session.document.title)
    # the headline and the text are shown; marks were laid on the blocks holding mentions
    shown = view.document().toPlainText()
    assert session.document.title in shown
    assert session.document.block_text(session.document.blocks[-1]) in shown
    first = extraction.actors[0].mentions[0]
    block = view.document().findBlock(view.layout_map.to_view(first.start))
    assert block.layout().formats(), "the block of an actor's mention carries a mark"


def test_text_is_shown_before_extraction_finishes(window, qtbot, sample_path):
    (session,) = window.open_paths([str(sample_path)])
    with qtbot.waitSignal(session.documentLoaded, timeout=20000):
        pass
    view = window.current_view()
    assert session.document.title in view.document().toPlainText()
    qtbot.waitUntil(lambda: session.finished, timeout=60000)


def test_open_by_drop(window, qtbot, sample_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_path))])
    event = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.sessionFinished, timeout=60000):
        window.dropEvent(event)
    assert event.isAccepted()
    assert window.current_session().path == str(sample_path.resolve())


def test_several_files_open_in_tabs_and_panels_follow_the_tab(window, qtbot, sample_path,
                                                              tmp_path):
    other = tmp_path / "storm.txt"
    other.write_text("Storm Hits Coast\n\nThe mayor, Jane Holloway, said 14 people were killed "
                     "in the storm on Monday.\n\nRescue teams from the Red Cross searched the "
                     "coast.", encoding="utf-8")
    open_and_wait(qtbot, window, sample_path)
    open_and_wait(qtbot, window, other)
    assert window.tabs.count() == 2
    assert window.current_session().path == str(other.resolve())
    assert window.chrome.actors.item_count() == len(window.current_session().extraction.actors)
    window.tabs.setCurrentIndex(0)
    assert window.chrome.actors.session is window.sessions[0]
    assert window.chrome.actors.item_count() == len(window.sessions[0].extraction.actors)
    # opening an already open file switches to its tab instead of opening it twice
    window.open_paths([str(other)])
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 1


def test_bad_file_shows_one_line_message_and_window_stays_usable(window, qtbot, tmp_path,
                                                                 sample_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    with qtbot.waitSignal(window.errorShown, timeout=20000) as blocker:
        window.open_paths([str(bad)])
    message = blocker.args[0]
    assert "broken.txt" in message and "\n" not in message
    assert window.tabs.count() == 0
    assert window.stack.currentWidget() is window.start_page
    open_and_wait(qtbot, window, sample_path)      # still usable


def test_missing_and_unsupported_files_are_errors(window, qtbot, tmp_path):
    odd = tmp_path / "table.xlsx"
    odd.write_bytes(b"PK")
    for path in (tmp_path / "nowhere.txt", odd):
        with qtbot.waitSignal(window.errorShown, timeout=20000) as blocker:
            window.open_paths([str(path)])
        assert path.name in blocker.args[0]
    assert window.tabs.count() == 0


def test_closing_a_tab_while_extracting_drops_the_stale_result(window, qtbot, sample_path):
    (session,) = window.open_paths([str(sample_path)])
    window.close_tab(window.tabs.currentIndex())   # closed before its extraction came back
    assert session.closed and window.tabs.count() == 0
    window.workers.wait_for_idle()
    qtbot.wait(50)                               # let any queued result arrive
    assert session.state != READY and session.extraction is None
    assert session.state != FAILED
    assert window.chrome.actors.session is None
