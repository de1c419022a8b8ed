"""A long PDF's first page is on screen while the rest loads, then the whole text replaces it."""

from __future__ import annotations

import threading

import pytest

import briefreader.loading
from briefreader.gui.session.article_session import LOADING, READY
from tests.loading.pdfgen import Pdf

PAGES = 60
HELD_AT = 30     # the loading thread waits after this page until the test lets it go on


def sentence(n: int) -> str:
    return (f"Section {n} of the convoy log records which bridges stayed open and how many "
            f"trucks reached the northern camps.")


@pytest.fixture
def long_pdf(tmp_path):
    pdf = Pdf(tmp_path / "convoys.pdf")
    for n in range(1, PAGES + 1):
        y = 120
        for _ in range(12 if n == 1 else 1):   # a first page longer than the window
            y = pdf.paragraph(50, y, sentence(n), 450) + 20
        pdf.page()
    return pdf.save()


@pytest.fixture
def held_loading(monkeypatch):
    """Loading stops at page HELD_AT until the returned event is set; records what it calls."""
    gate, calls = threading.Event(), []
    load = briefreader.loading.load_document

    def slow_load(path, progress=None, preview=None):
        def held_progress(done: int, total: int) -> None:
            calls.append(("progress", done))
            progress(done, total)
            if done == HELD_AT:
                gate.wait(30)

        def noted_preview(document) -> None:
            calls.append(("preview", document.metadata.get("partial")))
            preview(document)

        return load(path, progress=held_progress, preview=noted_preview)

    monkeypatch.setattr(briefreader.loading, "load_document", slow_load)
    yield gate, calls
    gate.set()     # a failing test never leaves the loading thread waiting


def test_the_first_page_shows_while_the_rest_loads(window, qtbot, long_pdf, held_loading):
    gate, calls = held_loading
    (session,) = window.open_paths([str(long_pdf)])
    view = window.current_view()
    qtbot.waitUntil(lambda: sentence(1) in view.toPlainText() and window.chrome is not None
                    and session.load_progress == (HELD_AT, PAGES), timeout=20_000)
    assert ("preview", True) in calls
    assert calls.index(("preview", True)) < calls.index(("progress", HELD_AT))
    # still loading: the first page only, read-only, no offsets to select or mark by
    assert session.state == LOADING and session.document is None
    assert sentence(2) not in view.toPlainText()
    assert view.previewing and not view.text_complete and view.isReadOnly()
    view.selectAll()
    assert view.selected_offsets() is None
    # the progress stays, and the page where loading is at is told (a moment later at most)
    qtbot.waitUntil(lambda: "page 30 of 60" in window.chrome.status_label.text(), timeout=2000)

    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)      # the reader has scrolled down the first page
    read_at = bar.value()
    assert read_at > 0

    gate.set()
    qtbot.waitUntil(lambda: session.state == READY and view.marks_done, timeout=60_000)
    assert not view.previewing and view.text_complete
    text = view.toPlainText()
    assert sentence(1) in text and sentence(PAGES) in text
    assert text.count(sentence(1)) == 12      # replaced, not appended to
    assert bar.value() == read_at             # and the reader is where they were


def test_a_preview_that_arrives_after_the_whole_text_is_ignored(window, qtbot, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Convoy note\n\nThe bridge reopened at noon.\n", encoding="utf-8")
    (session,) = window.open_paths([str(path)])
    view = window.current_view()
    qtbot.waitUntil(lambda: session.document is not None)
    stale = briefreader.loading.load_document(path)
    session._previewed.emit(session._generation, stale)   # as a late signal from the thread
    assert not view.previewing and "The bridge reopened at noon." in view.toPlainText()
