"""Test set-up: Qt offscreen, and a private data directory so tests never touch the user's store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    path = tmp_path_factory.mktemp("briefreader-data")
    monkeypatch.setenv("BRIEFREADER_DATA_DIR", str(path))
    return path


@pytest.fixture
def sample_path() -> Path:
    return REPO / "resources" / "samples" / "idlib_bloodbath.txt"


@pytest.fixture
def data_path() -> Path:
    return DATA
