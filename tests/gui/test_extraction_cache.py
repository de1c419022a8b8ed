"""A document analysed once opens from the store's extraction cache: no second analysis."""

from __future__ import annotations

from briefreader.gui.session.article_session import READY
from tests.gui.conftest import open_and_wait


def counting_extractions(monkeypatch, workers) -> list:
    calls = []
    extract = workers.extract

    def counted(document):
        calls.append(document.sha256)
        return extract(document)

    monkeypatch.setattr(workers, "extract", counted)
    return calls


def test_a_document_opened_again_fills_its_panels_from_the_cache(
        qtbot, window, workers, monkeypatch, sample_path):
    from briefreader.extraction.pipeline import EXTRACTOR_VERSION
    from briefreader.store.annotations import AnnotationStore

    calls = counting_extractions(monkeypatch, workers)
    first, _view = open_and_wait(qtbot, window, sample_path)
    assert len(calls) == 1
    analysed = first.extraction.to_json()
    with AnnotationStore.open() as store:     # written where the next open will look
        assert store.cached_extraction(first.document.sha256, EXTRACTOR_VERSION) is not None

    window.close_tab(0)
    second, view = open_and_wait(qtbot, window, sample_path)
    assert second is not first and len(calls) == 1     # no second analysis
    assert second.extraction.to_json() == analysed
    assert window.chrome.claims.item_count() == len(second.extraction.claims) > 0
    assert view.marks_done


def test_the_first_article_of_a_launch_waits_for_the_store_and_uses_the_cache(
        qtbot, workers, monkeypatch, sample_path):
    """With the chrome (and the store) built after the first paint, the first article's
    extraction asks the cache once the store is open."""
    from briefreader.cases.analysis import analysed
    from briefreader.gui.settings import AppSettings
    from briefreader.gui.window.main_window import MainWindow
    from briefreader.loading import load_document
    from briefreader.store.annotations import AnnotationStore

    with AnnotationStore.open() as store:
        expected = analysed(store, load_document(sample_path)).to_json()   # now in the cache
    calls = counting_extractions(monkeypatch, workers)
    window = MainWindow(AppSettings(), workers, defer_chrome=True, quiet=True)
    qtbot.addWidget(window)
    window.show()
    try:
        (session,) = window.open_paths([str(sample_path)])
        qtbot.waitUntil(lambda: session.state == READY and window.chrome is not None
                        and window.chrome.panels_filled(), timeout=30_000)
        assert calls == [] and session.extraction.to_json() == expected
    finally:
        window.close()
        workers.wait_for_idle()


def test_a_store_that_cannot_be_opened_means_the_document_is_analysed(
        qtbot, window, workers, monkeypatch, sample_path):
    from briefreader.cases.analysis import analysed
    from briefreader.loading import load_document
    from briefreader.store.annotations import AnnotationStore

    with AnnotationStore.open() as store:
        analysed(store, load_document(sample_path))     # cached, but out of reach
    calls = counting_extractions(monkeypatch, workers)
    qtbot.waitUntil(lambda: window.chrome is not None)
    monkeypatch.setattr(window.chrome.annotating, "open_store", lambda: None)
    session, _view = open_and_wait(qtbot, window, sample_path)
    assert len(calls) == 1 and session.extraction is not None
