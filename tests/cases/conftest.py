"""A case of reports written for these tests (tests/data/cases): a market bombing told by four
sources on different days with tolls that rose and disagreed, the same market's bombing two years
earlier, a blast in the neighbouring district the same day, and a flood report that mentions last
year's floods and the war's displaced. Built once per module: extraction is the slow part."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.cases.analysis import add_documents
from briefreader.store.annotations import AnnotationStore

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


@pytest.fixture(scope="module")
def case_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("case-store") / "store.sqlite3"
    with AnnotationStore.open(path) as store:
        store.create_case("Darset")
        add_documents(store, "Darset", [CASES / "darset", CASES / "flood"], processes=1)
        yield store
