"""The Export Brief preview draws its tables with padded, ruled cells."""

from __future__ import annotations


def test_preview_tables_have_cell_padding_and_borders(opened):
    window, _session, _view = opened
    window.chrome.actions.export.trigger()
    dialog = window.chrome.annotating.export_dialog
    tables = [frame for frame in dialog.preview.document().rootFrame().childFrames()
              if hasattr(frame, "cellAt")]
    assert tables, "the brief's Key figures table is rendered as a table"
    cell = tables[0].cellAt(1, 0).format().toTableCellFormat()
    assert cell.leftPadding() >= 6 and cell.topPadding() >= 2
    assert cell.leftBorder() >= 1 and tables[0].format().borderCollapse()
    dialog.close()
