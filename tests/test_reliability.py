"""Annotations are never lost: killed writers, concurrent writers, broken files, busy extraction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from briefreader.loading import load_document
from briefreader.store.annotations import AnnotationStore

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "idlib_bloodbath.txt"

WRITER = r"""
import sys, time
from briefreader.loading import load_document
from briefreader.store.annotations import AnnotationStore
document = load_document(sys.argv[1])
count, start_flag, label = int(sys.argv[2]), sys.argv[3], sys.argv[4]
while start_flag != "-" and not __import__("os").path.exists(start_flag):
    time.sleep(0.005)
store = AnnotationStore.open()  # both open a new store at the same moment, then write
words = [i for i, c in enumerate(document.text) if c == " "]
for n in range(count):
    start = words[n % len(words)] + 1
    a = store.add_annotation(document, start, start + 3, note=f"{label} {n}")
    print(a.id, flush=True)
if count == 0:
    print("ready", flush=True)
time.sleep(60 if label == "wait" else 0)
"""


def _writer(count: int, label: str, start_flag: str = "-") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(SAMPLE), str(count), start_flag,
                             label], stdout=subprocess.PIPE, text=True, cwd=REPO)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_returned_write_survives_sigkill():
    writer = _writer(40, "wait")
    ids = []
    for line in writer.stdout:  # each id is printed only after add_annotation returned
        ids.append(line.strip())
        if len(ids) == 25:
            os.kill(writer.pid, signal.SIGKILL)
            break
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    document = load_document(SAMPLE)
    with AnnotationStore.open() as store:
        stored = {p.annotation.id for p in store.annotations_for(document)}
        assert set(ids) <= stored
        assert store.integrity_check() == "ok"


EDITOR = r"""
import sys
from briefreader.loading import load_document
from briefreader.store.annotations import AnnotationStore
document = load_document(sys.argv[1])
store = AnnotationStore.open()
for n in range(200):
    a = store.add_annotation(document, 10 + n, 20 + n)
    print("add", a.id, flush=True)
    store.update_annotation(a.id, note=f"edited {n}", assessment="disputed")
    print("edit", a.id, f"edited {n}", flush=True)
    if n % 3 == 0:
        store.delete_annotation(a.id)
        print("delete", a.id, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_every_kind_of_save_survives_sigkill():
    editor = subprocess.Popen([sys.executable, "-c", EDITOR, str(SAMPLE)], stdout=subprocess.PIPE,
                              text=True, cwd=REPO)
    done: list[list[str]] = []
    for line in editor.stdout:
        done.append(line.split(maxsplit=2))
        if len(done) == 50:
            os.kill(editor.pid, signal.SIGKILL)
            break
    editor.wait(timeout=30)
    with AnnotationStore.open() as store:
        stored = {p.annotation.id: p.annotation
                  for p in store.annotations_for(load_document(SAMPLE))}
    deleted = {d[1] for d in done if d[0] == "delete"}
    assert deleted and not deleted & stored.keys()
    for op in done:
        if op[1] not in deleted:
            assert op[1] in stored
            if op[0] == "edit":
                assert stored[op[1]].note == op[2].strip()
                assert stored[op[1]].assessment == "disputed"


def test_two_processes_writing_at_once_both_keep_everything(tmp_path):
    flag = tmp_path / "go"
    writers = [_writer(60, label, str(flag)) for label in ("first", "second")]
    time.sleep(0.5)
    flag.touch()  # both start writing at the same moment
    outputs = [w.communicate(timeout=120)[0].split() for w in writers]
    assert [w.returncode for w in writers] == [0, 0]
    with AnnotationStore.open() as store:
        placed = store.annotations_for(load_document(SAMPLE))
        assert store.integrity_check() == "ok"
    notes = {p.annotation.note for p in placed}
    assert {f"first {n}" for n in range(60)} | {f"second {n}" for n in range(60)} == notes
    assert {p.annotation.id for p in placed} == set(outputs[0]) | set(outputs[1])


@pytest.mark.parametrize("damage", ["garbage", "truncated header"])
def test_a_broken_store_is_kept_aside_and_a_fresh_one_opened(private_data_dir, damage):
    path = Path(private_data_dir) / "annotations.sqlite3"
    with AnnotationStore.open() as store:
        store.add_annotation(load_document(SAMPLE), 0, 10)
    if damage == "garbage":
        path.write_bytes(b"this is not a database at all\n" * 200)
    else:
        path.write_bytes(path.read_bytes()[:50])
    broken = path.read_bytes()
    with AnnotationStore.open() as store:
        assert store.recovery is not None
        message = str(store.recovery)
        assert str(path) in message and "fresh annotation store" in message
        assert "\n" not in message
        (aside,) = Path(private_data_dir).glob("annotations.sqlite3.broken-*")
        assert aside.name in message and aside.read_bytes() == broken
        document = load_document(SAMPLE)
        added = store.add_annotation(document, 0, 10)
        assert [p.annotation.id for p in store.annotations_for(document)] == [added.id]


def test_the_cli_says_so_and_still_opens_the_document(private_data_dir):
    path = Path(private_data_dir) / "annotations.sqlite3"
    path.write_bytes(b"\x00garbage" * 100)
    result = subprocess.run([sys.executable, "-m", "briefreader", "annotations", str(SAMPLE)],
                            capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0
    assert '"annotations": []' in result.stdout
    (warning,) = result.stderr.strip().splitlines()
    assert str(path) in warning and "broken-" in warning and "Traceback" not in result.stderr


def test_saving_does_not_wait_for_the_extraction_pipeline():
    from briefreader.extraction import nlp

    document = load_document(SAMPLE)
    with AnnotationStore.open() as store:
        with nlp._lock:  # the pipeline is busy (being loaded) on another thread
            began = time.perf_counter()
            store.add_annotation(document, 0, 10, note="while busy")
            assert time.perf_counter() - began < 1.0


def test_saving_during_a_long_extraction_is_immediate(tmp_path):
    from briefreader.extraction.pipeline import extract_document

    long_text = tmp_path / "long.txt"
    body = SAMPLE.read_text(encoding="utf-8").split("\n\n", 1)[1]
    long_text.write_text("A long report\n\n" + "\n\n".join([body] * 15), encoding="utf-8")
    document = load_document(long_text)
    finished: list[float] = []
    worker = threading.Thread(target=lambda: (extract_document(document),
                                              finished.append(time.perf_counter())))
    with AnnotationStore.open() as store:
        worker.start()
        time.sleep(0.3)
        began = time.perf_counter()
        for n in range(5):
            store.add_annotation(document, 20 + n, 30 + n, note=f"during extraction {n}")
        saved = time.perf_counter()
        worker.join(timeout=600)
        assert finished and saved < finished[0]  # saved while the extraction was still running
        assert (saved - began) / 5 < 0.5
        assert len(store.annotations_for(document)) == 5
