"""AnnotationStore.data_version(): how the window notices writes made by other processes
(issue 15, item 4)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefreader.store.annotations import AnnotationStore

REPO = Path(__file__).resolve().parents[2]
TEXT = "Road report\n\nThe mountain pass reopened after the snow was cleared.\n"


class Report:
    text = TEXT
    title = "Road report"
    sha256 = "e" * 64
    path = None


def test_another_connections_write_changes_it_and_our_own_does_not():
    with AnnotationStore.open() as window, AnnotationStore.open() as other:
        seen = window.data_version()
        assert window.data_version() == seen   # nothing happened: unchanged
        window.add_annotation(Report(), 13, 30)
        assert window.data_version() == seen   # our own write: we know about it already
        other.add_annotation(Report(), 35, 41)
        changed = window.data_version()
        assert changed != seen
        assert len(window.annotations_for(Report())) == 2   # a reload sees the other write
        assert window.data_version() == changed


def test_a_write_by_another_process_changes_it(tmp_path):
    with AnnotationStore.open() as window:
        window.ensure_document(Report())
        seen = window.data_version()
        script = ("from briefreader.store.annotations import AnnotationStore\n"
                  "from tests.store.test_data_version import Report\n"
                  "with AnnotationStore.open() as s:\n    s.add_annotation(Report(), 13, 30)\n")
        subprocess.run([sys.executable, "-c", script], check=True, timeout=60,
                       cwd=REPO)
        assert window.data_version() != seen
        assert len(window.annotations_for(Report())) == 1
