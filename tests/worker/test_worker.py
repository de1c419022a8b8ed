"""The window's extraction child process: same results as in-process, and never a new failure."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from briefreader.errors import BriefreaderError
from briefreader.extraction.pipeline import extract_document
from briefreader.loading import load_document
from briefreader.worker.client import ExtractionProcess


@pytest.fixture(scope="module")
def child():
    process = ExtractionProcess()
    yield process
    process.close()


def test_the_child_gives_the_same_extraction_as_this_process(child, sample_path, data_path):
    paths = [sample_path, *sorted((data_path / "text").glob("*.txt"))[:3],
             *sorted((data_path / "html").glob("*.html"))]
    for path in paths:
        document = load_document(path)
        assert child.alive
        assert child.extract(document).to_json() == extract_document(document).to_json()


def test_a_child_that_cannot_start_means_extracting_here(sample_path):
    process = ExtractionProcess(["/nonexistent/briefreader-child"])
    assert not process.alive
    document = load_document(sample_path)
    assert process.extract(document).to_json() == extract_document(document).to_json()


def test_a_child_that_dies_means_extracting_here(sample_path):
    process = ExtractionProcess([sys.executable, "-c", "pass"])   # exits at once, answers nothing
    document = load_document(sample_path)
    assert process.extract(document).to_json() == extract_document(document).to_json()
    assert not process.alive


def test_a_closed_child_stops_the_request_instead_of_starting_over(sample_path):
    process = ExtractionProcess()
    process.close()
    assert not process.alive
    with pytest.raises(BriefreaderError, match="stopped"):
        process.extract(load_document(sample_path))


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX priorities")
def test_the_child_runs_at_a_lower_priority_than_the_window(child):
    pid = child._child.pid
    assert os.getpriority(os.PRIO_PROCESS, pid) >= os.getpriority(os.PRIO_PROCESS, 0) + 5


def test_the_child_loads_the_model_at_once_only_with_a_processor_to_spare(monkeypatch):
    from briefreader.worker import server as process

    monkeypatch.setattr(process.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(process.os, "getloadavg", lambda: (0.4, 0.4, 0.4))
    assert process.core_to_spare()
    monkeypatch.setattr(process.os, "getloadavg", lambda: (1.6, 1.0, 1.0))
    assert not process.core_to_spare()
    monkeypatch.setattr(process.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(process.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert not process.core_to_spare()


@pytest.mark.parametrize("warm_now", [True, False])
def test_serving_answers_each_document_whether_warmed_first_or_not(warm_now, sample_path):
    import io
    import pickle

    from briefreader.worker.server import document_state, serve

    document = load_document(sample_path)
    requests = io.BytesIO(pickle.dumps(document_state(document)) * 2)
    replies = io.BytesIO()
    assert serve(requests, replies, warm_now=warm_now) == 0   # ends at the end of the requests
    replies.seek(0)
    expected = extract_document(document).to_json()
    for _ in range(2):
        status, extraction = pickle.load(replies)
        assert status == "ok" and extraction.to_json() == expected


def test_a_child_started_with_the_first_document(sample_path):
    process = ExtractionProcess(start_now=False)
    try:
        assert not process.alive
        document = load_document(sample_path)
        assert process.extract(document).to_json() == extract_document(document).to_json()
        assert process.alive
        if hasattr(os, "getpriority"):   # started after the window's start-up: not lowered
            assert os.getpriority(os.PRIO_PROCESS, process._child.pid) == \
                os.getpriority(os.PRIO_PROCESS, 0)
    finally:
        process.close()
    assert not process.alive


def test_a_child_closed_before_its_first_document_is_never_started(sample_path):
    process = ExtractionProcess(start_now=False)
    process.close()
    with pytest.raises(BriefreaderError, match="stopped"):
        process.extract(load_document(sample_path))
    assert process._child is None


def test_a_held_child_starts_and_answers_only_once_released(sample_path):
    document = load_document(sample_path)
    process = ExtractionProcess(start_now=False, held=True)
    results = []
    waiting = threading.Thread(target=lambda: results.append(process.extract(document)))
    try:
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive() and results == [] and process._child is None
        process.release()
        assert process.alive          # started by release itself, not by the request
        waiting.join(120)
        assert results[0].to_json() == extract_document(document).to_json()
    finally:
        process.close()
        waiting.join(5)


def test_a_held_request_goes_ahead_if_nobody_releases_it(sample_path, monkeypatch):
    from briefreader.worker import client as process_module

    monkeypatch.setattr(process_module, "HOLD_LIMIT", 0.2)
    process = ExtractionProcess([sys.executable, "-c", "pass"], start_now=False, held=True)
    document = load_document(sample_path)
    try:   # the child answers nothing: the window's own process does the work, after the limit
        assert process.extract(document).to_json() == extract_document(document).to_json()
    finally:
        process.close()


def test_closing_fails_a_held_request_at_once(sample_path):
    process = ExtractionProcess(start_now=False, held=True)
    errors = []

    def ask() -> None:
        try:
            process.extract(load_document(sample_path))
        except BriefreaderError as exc:
            errors.append(str(exc))

    waiting = threading.Thread(target=ask)
    waiting.start()
    waiting.join(0.3)
    process.close()
    waiting.join(5)
    assert not waiting.is_alive() and errors and "stopped" in errors[0]
    assert process._child is None
