"""The Casualties panel and the brief flag the same figures, by the one rule in
extraction/casualties/disagreement.py; vague amounts read as written, with their count beside."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from briefreader.brief.build import BriefSource, build_brief, render_markdown
from briefreader.document import DocumentBuilder
from briefreader.extraction.model import Actor, CasualtyFigure, Extraction
from briefreader.gui.panels.casualties import CasualtiesPanel

PARAGRAPHS = [
    "The river authority said at least 12 people drowned near the old mill.",
    "Fishermen said 15 people drowned there, and a clinic counted 40.",
    "Up to 20 were hurt, the authority said; a volunteer said 25 were hurt.",
    "About 500 homes were damaged, the council said, while a charity spoke of 550.",
    "The council said dozens of people were missing; a radio station said 3 were missing.",
    "Hundreds of thousands of people left the valley, aid workers said.",
]


def _document():
    builder = DocumentBuilder()
    for paragraph in PARAGRAPHS:
        builder.add("paragraph", paragraph)
    return builder.build("Floods in the valley", {"path": "/data/valley.txt"})


def _figure(document, fid, fragment, count, category, subject, qualifier="", source=None,
            source_id=None):
    start = document.text.index(fragment)
    return CasualtyFigure(id=fid, count=count, count_high=None, category=category,
                          status="reported", qualifier=qualifier, subject=subject, source=source,
                          text=fragment, start=start, end=start + len(fragment),
                          source_id=source_id)


def _extraction(document):
    authority = Actor("a1", "The river authority", "organization")
    figures = (
        _figure(document, "k1", "at least 12 people drowned", 12, "killed", "people",
                "at least", source_id="a1"),
        _figure(document, "k2", "15 people drowned", 15, "killed", "people", source="Fishermen"),
        _figure(document, "k3", "counted 40", 40, "killed", "people", source="a clinic"),
        _figure(document, "k4", "Up to 20 were hurt", 20, "wounded", "people", "up to",
                source="the authority"),
        _figure(document, "k5", "25 were hurt", 25, "wounded", "people", source="a volunteer"),
        _figure(document, "k6", "About 500 homes", 500, "affected", "homes", "about",
                source="the council"),
        _figure(document, "k7", "550", 550, "affected", "homes", source="a charity"),
        _figure(document, "k8", "dozens of people were missing", 12, "missing", "people",
                "dozens", source="The council"),
        _figure(document, "k9", "3 were missing", 3, "missing", "people",
                source="a radio station"),
        _figure(document, "k10", "Hundreds of thousands of people", 100_000, "displaced",
                "people", "hundreds of thousands", source="aid workers"),
    )
    return Extraction(actors=(authority,), casualties=figures)


def _panel_flags(qtbot, extraction) -> tuple[CasualtiesPanel, set[str]]:
    panel = CasualtiesPanel()
    qtbot.addWidget(panel)
    panel.session = SimpleNamespace(extraction=extraction)
    panel.refresh()
    table = panel.table
    flagged = {table.record_at(r).id for r in range(table.proxy.rowCount())
               if table.proxy.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is not None}
    return panel, flagged


def test_the_panel_and_the_brief_flag_the_same_figures(qtbot):
    document = _document()
    extraction = _extraction(document)
    brief = build_brief([BriefSource(document, extraction)], date="2026-01-01")
    brief_flags = {row.figure_id for d in brief.documents[0].disagreements for row in d.rows}
    _panel, panel_flags = _panel_flags(qtbot, extraction)
    # "at least 12" stands beside 15 and 40, which contradict each other; "up to 20"
    # contradicts 25; "about 500" and 550 agree; "dozens" (12 or more) contradicts 3
    assert brief_flags == {"k2", "k3", "k4", "k5", "k8", "k9"}
    assert panel_flags == brief_flags


def test_the_panel_names_the_source_actor_as_the_brief_does(qtbot):
    document = _document()
    panel, _flags = _panel_flags(qtbot, _extraction(document))
    table = panel.table
    source_column = 5
    sources = {table.record_at(r).id: table.proxy.index(r, source_column).data()
               for r in range(table.proxy.rowCount())}
    assert sources["k1"] == "The river authority"
    assert "15 (Fishermen) vs 40 (a clinic)" in panel.summary.text()
    brief = render_markdown(build_brief([BriefSource(document, _extraction(document))],
                                        date="2026-01-01"))
    assert "| The river authority |" in brief.replace("  ", " ")


def test_a_vague_amount_reads_as_written_in_the_panel_copies_and_the_brief(qtbot):
    document = _document()
    extraction = _extraction(document)
    panel, _flags = _panel_flags(qtbot, extraction)
    table = panel.table
    shown = {table.record_at(r).id: table.proxy.index(r, 0).data()
             for r in range(table.proxy.rowCount())}
    assert shown["k10"] == "hundreds of thousands (>= 100,000)"
    assert shown["k8"] == "dozens (>= 12)"
    assert shown["k1"] == "12"
    table.selectAll()
    table.copy_csv.trigger()
    assert "hundreds of thousands (>= 100,000)" in QGuiApplication.clipboard().text()
    table.copy_markdown.trigger()
    assert "| dozens (>= 12) |" in QGuiApplication.clipboard().text().replace("  ", " ")
    text = render_markdown(build_brief([BriefSource(document, extraction)], date="2026-01-01"))
    assert "hundreds of thousands (>= 100,000)" in text and "dozens (>= 12)" in text
