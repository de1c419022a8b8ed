"""Regression floors on the shared development set, scored by the shared score.py.

Skipped when ../shared/eval is not there (a checkout outside the project workspace). The floors
sit a little under the scores reached when they were set, so that a rule change that costs
accuracy on real articles fails here, not at the next review.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

# located as tests/conftest.py's SHARED_EVAL: beside the repository, in ../shared/eval
SHARED_EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"

DEV = SHARED_EVAL / "dev"
FLOORS = {"actors": 0.95, "claims": 0.94, "attributed": 0.91}

pytestmark = pytest.mark.skipif(not (SHARED_EVAL / "score.py").is_file() or not DEV.is_dir(),
                                reason="shared evaluation set not available")


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def totals():
    from briefreader.commands.extract import extraction_json
    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading import load_document

    score = _scorer()
    counts = {t: score.Counts() for t in ("actors", "claims", "attributed")}
    for gold_file in sorted(DEV.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = gold_file.with_name(gold_file.name.replace(".gold.json", ".txt"))
        document = load_document(article)
        # the same JSON the CLI prints, so the scorer reads what it reads from the command
        pred = json.loads(json.dumps(extraction_json(document, extract_document(document))))
        actors, _ = score.score_actors(gold, pred)
        (claims, attributed), _ = score.score_claims(gold, pred)
        counts["actors"].add(*actors)
        counts["claims"].add(*claims)
        counts["attributed"].add(*attributed)
    return {t: c.prf()[2] for t, c in counts.items()}


@pytest.mark.parametrize("table", sorted(FLOORS))
def test_dev_set_f1_stays_above_its_floor(totals, table):
    assert totals[table] >= FLOORS[table], f"{table} F1 {totals[table]:.3f} < {FLOORS[table]}"
