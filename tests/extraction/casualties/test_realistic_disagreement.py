"""On a realistic article, the flag 'sources disagree' knows what each figure is a figure of: two
sources' tolls of the same flood disagree; last year's toll and the war's running total do not
(an article written for this test: tests/data/text/flood_tolls.txt)."""

from __future__ import annotations

import pytest

from briefreader.brief.figures import figure_rows, find_disagreements
from briefreader.extraction.casualties.disagreement import figure_source, find_disputes, source_key
from briefreader.loading import load_document


@pytest.fixture(scope="module")
def analysed(request):
    from briefreader.extraction.pipeline import extract_document

    path = request.config.rootpath / "tests" / "data" / "text" / "flood_tolls.txt"
    document = load_document(path)
    return document, extract_document(document)


def test_scope_keeps_past_and_running_totals_apart(analysed):
    _, extraction = analysed
    by_count = {k.count: k for k in extraction.casualties}
    assert by_count[132].scope == "historic"
    assert by_count[100_000].scope == "cumulative"
    assert by_count[43].scope == by_count[61].scope == "event"
    assert by_count[43].incident == by_count[61].incident != by_count[132].incident


def test_panel_and_brief_flag_the_same_real_dispute_and_nothing_else(analysed):
    document, extraction = analysed
    sources = {k.id: figure_source(k, extraction.actors) for k in extraction.casualties}
    panel = find_disputes(extraction.casualties, lambda k: source_key(sources[k.id]))
    flagged = {k.count for dispute in panel for k in dispute}
    assert flagged == {43, 61}
    brief = find_disagreements(figure_rows(document, extraction, 1))
    assert {row.count for d in brief for row in d.rows} == flagged


ASIDE = """Shelling kills 9 in Velmora district

Government shelling killed at least nine civilians in Velmora district on Tuesday, a monitor said.

Meanwhile, drones struck targets in the Orsk and Tamlin provinces, state television reported.

The agency said one person was killed and four were wounded in the strikes.
"""


def test_a_paragraph_turning_to_another_event_counts_that_event(tmp_path):
    from briefreader.extraction import rules
    from briefreader.extraction.pipeline import extract_document

    path = tmp_path / "aside.txt"
    path.write_text(ASIDE, encoding="utf-8")
    document = load_document(path)
    by_count = {(k.count, k.category): k for k in extract_document(document).casualties}
    shelling, aside = by_count[(9, "killed")], by_count[(1, "killed")]
    assert aside.incident != shelling.incident and "casualties.aside-event" in aside.rules
    assert find_disputes([shelling, aside]) == []
    with rules.switched_off(["casualties.aside-event"]):
        by_count = {(k.count, k.category): k for k in extract_document(document).casualties}
    assert by_count[(1, "killed")].incident == by_count[(9, "killed")].incident
