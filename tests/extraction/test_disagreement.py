"""The one rule for how a casualty figure reads and where figures disagree."""

from __future__ import annotations

import pytest

from briefreader.extraction.casualties.disagreement import (
    contradicting,
    count_label,
    figure_label,
    find_disputes,
    hedge,
    source_key,
    vague_amount,
)
from briefreader.extraction.model import CasualtyFigure


def figure(fid="k1", count=12, *, qualifier="", text=None, source=None, high=None,
           subject="villagers", category="killed", status="reported"):
    return CasualtyFigure(id=fid, count=count, count_high=high, category=category, status=status,
                          qualifier=qualifier, subject=subject, source=source,
                          text=text if text is not None else f"{count} villagers", start=0, end=1)


def by_source(f):
    return source_key(f.source)


@pytest.mark.parametrize("qualifier, text, count, label", [
    ("hundreds of thousands", "hundreds of thousands of villagers", 100_000,
     "hundreds of thousands (>= 100,000)"),
    ("dozens", "dozens of villagers", 12, "dozens (>= 12)"),
    ("several hundred", "several hundred villagers", 100, "several hundred (>= 100)"),
    ("at least", "at least dozens of villagers", 12, "at least dozens (>= 12)"),
    ("at least", "at least 40 villagers", 40, "at least 40"),
    ("", "3 million villagers", 3_000_000, "3 million"),
    ("", "two villagers", 2, "2"),
])
def test_a_figure_reads_as_written(qualifier, text, count, label):
    assert figure_label(figure(count=count, qualifier=qualifier, text=text)) == label


def test_the_hedge_and_the_count_apart_for_the_panel_columns():
    vague = figure(count=12, qualifier="dozens", text="dozens of villagers")
    assert (hedge(vague), count_label(vague)) == ("", "dozens (>= 12)")
    hedged = figure(count=12, qualifier="at least", text="at least dozens of villagers")
    assert (hedge(hedged), count_label(hedged)) == ("at least", "dozens (>= 12)")
    ranged = figure(count=15, high=20, text="15 to 20 villagers")
    assert (hedge(ranged), count_label(ranged)) == ("", "15\u201320")
    # a number written in digits is never a vague amount, whatever words surround it
    assert vague_amount(figure(count=12, qualifier="dozens", text="12 of the dozens")) is None


@pytest.mark.parametrize("first, second, disputed", [
    (dict(count=12, source="A"), dict(count=15, source="B"), True),
    (dict(count=12, source="A", qualifier="at least"), dict(count=15, source="B"), False),
    (dict(count=20, source="A", qualifier="up to"), dict(count=25, source="B"), True),
    (dict(count=500, source="A", qualifier="about"), dict(count=550, source="B"), False),
    (dict(count=12, source="A"), dict(count=15, source="A"), False),
    (dict(count=12, source="A"), dict(count=15, source=None), True),
    (dict(count=12, source=None), dict(count=15, source=None), False),
    (dict(count=100, source="A", qualifier="several hundred"), dict(count=250, source="B"), False),
    (dict(count=100, source="A", qualifier="hundreds"), dict(count=2500, source="B"), True),
    (dict(count=12, source="A"), dict(count=15, source="B", subject="the villagers"), True),
    (dict(count=12, source="A"), dict(count=15, source="B", status="projected"), False),
])
def test_figures_disagree_when_their_ranges_do_not_meet(first, second, disputed):
    figures = [figure("k1", **first), figure("k2", **second)]
    assert bool(find_disputes(figures, by_source)) is disputed


def test_a_figure_is_disputed_only_by_another_source():
    figures = [figure("k1", 10, source="A"), figure("k2", 30, source="A"),
               figure("k3", 30, source="B", qualifier="about")]
    # B's "about 30" (24 to 36) contradicts A's 10, not A's 30
    assert [[f.id for f in d] for d in find_disputes(figures, by_source)] == [["k1", "k3"]]
    assert [f.id for f in contradicting(figures[2], figures, by_source)] == ["k1"]
    assert contradicting(figures[1], figures, by_source) == []


def test_many_figures_of_one_event_are_compared_without_all_pairs():
    figures = [figure(f"k{i}", 100 + i, source=f"source {i}") for i in range(3000)]
    (dispute,) = find_disputes(figures, by_source)
    assert len(dispute) == 3000
    agreeing = [figure(f"k{i}", 100, source=f"source {i}") for i in range(3000)]
    assert find_disputes(agreeing, by_source) == []
