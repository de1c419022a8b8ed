"""Every panel item leads to its place in the text, and a selection in the text leads back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from briefreader.extraction.casualties.disagreement import find_disputes, source_key
from briefreader.extraction.model import CasualtyFigure
from briefreader.gui.panels.actors import ActorIdRole


def selected_text(view) -> str:
    return view.textCursor().selectedText()


def click_row(qtbot, item_view, index):
    item_view.scrollTo(index)
    rect = item_view.visualRect(index)
    qtbot.mouseClick(item_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def actor_index(panel, actor_id):
    return panel.proxy.match(panel.proxy.index(0, 0), ActorIdRole, actor_id, 1,
                             Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]


def test_click_actor_highlights_all_mentions_and_cycles(opened, qtbot):
    window, session, view = opened
    text = session.document.text
    actor = max(session.extraction.actors, key=lambda a: len(a.mentions))
    assert len(actor.mentions) >= 2, "the sample names some actor at least twice"
    tree = window.chrome.actors.tree
    click_row(qtbot, tree, actor_index(window.chrome.actors, actor.id))
    first = actor.mentions[0]
    assert selected_text(view) == text[first.start:first.end]
    assert len(view.extraSelections()) == len(actor.mentions)
    click_row(qtbot, tree, actor_index(window.chrome.actors, actor.id))   # second click: next
    second = actor.mentions[1]
    assert view.layout_map.to_offset(view.textCursor().selectionStart()) == second.start
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)                            # Enter: and the next
    expected = actor.mentions[2 % len(actor.mentions)]
    assert view.layout_map.to_offset(view.textCursor().selectionStart()) == expected.start


def test_actor_filter_keeps_matching_actors(opened, qtbot):
    window, session, _view = opened
    actor = session.extraction.actors[0]
    qtbot.keyClicks(window.chrome.actors.filter, actor.name)
    shown = set()
    proxy = window.chrome.actors.proxy
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        rows = range(proxy.rowCount(parent))
        shown |= {proxy.index(r, 0, parent).data(ActorIdRole) for r in rows}
    assert actor.id in shown
    assert len(shown) < len(session.extraction.actors) or len(session.extraction.actors) == 1


def test_click_claim_selects_it_in_the_article(opened, qtbot):
    window, session, view = opened
    assert session.extraction.claims, "the sample holds quoted claims"
    table = window.chrome.claims.table
    index = table.proxy.index(table.proxy.rowCount() - 1, 0)
    claim = table.record_at(index.row())
    click_row(qtbot, table, index)
    assert selected_text(view) == session.document.text[claim.start:claim.end]


def test_claims_filter_by_speaker(opened):
    window, session, _view = opened
    panel = window.chrome.claims
    speaker = panel.speakers.itemText(1)
    panel.set_speaker(speaker)
    rows = [panel.table.record_at(r) for r in range(panel.table.proxy.rowCount())]
    assert rows and all((c.speaker or "(unattributed)") == speaker for c in rows)
    panel.set_speaker("All speakers")
    assert panel.table.proxy.rowCount() == len(session.extraction.claims)


def test_click_figure_selects_it_and_copy_as_csv_and_markdown(opened, qtbot):
    window, session, view = opened
    table = window.chrome.casualties.table
    assert table.proxy.rowCount() > 0
    index = table.proxy.index(0, 0)
    figure = table.record_at(0)
    click_row(qtbot, table, index)
    assert selected_text(view) == session.document.text[figure.start:figure.end]
    table.copy_csv.trigger()
    csv_text = QGuiApplication.clipboard().text()
    assert csv_text.splitlines()[0] == "Figure,Category,Subject,Qualifier,Status,Source"
    assert figure.category in csv_text.splitlines()[1]
    table.copy_markdown.trigger()
    md = QGuiApplication.clipboard().text().splitlines()
    assert md[0].startswith("| Figure | Category") and md[1].startswith("|---")


def test_casualty_table_sorts_by_number(opened):
    window, session, _view = opened
    table = window.chrome.casualties.table
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    counts = [table.record_at(r).count for r in range(table.proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)


def test_selecting_text_selects_what_lies_under_it(opened, qtbot):
    window, session, view = opened
    figure = session.extraction.casualties[0]
    claim = session.extraction.claims[0]
    with qtbot.waitSignal(session.selectionChanged, timeout=3000):
        view.select_offsets(figure.start, figure.end)
        view._following = False
        view._send_selection()
    assert window.chrome.casualties.table.current_record() == figure
    session.select(claim.start, claim.end, "article")
    assert window.chrome.claims.table.current_record() == claim
    mention_owner = next(a for a in session.extraction.actors if a.mentions)
    m = mention_owner.mentions[0]
    session.select(m.start, m.end, "article")
    owner = window.chrome.actors.tree.currentIndex().data(ActorIdRole)
    owners = {a.id for a in session.extraction.actors
              if any(x.start < m.end and m.start < x.end for x in a.mentions)}
    assert owner in owners


def _figure(fid, count, source, subject="civilians", category="killed"):
    return CasualtyFigure(id=fid, count=count, count_high=None, category=category,
                          status="reported", qualifier="", subject=subject, source=source,
                          text=str(count), start=0, end=1)


def _flagged(figures):
    disputes = find_disputes(figures, lambda f: source_key(f.source))
    return {f.id for dispute in disputes for f in dispute}


def test_disagreement_needs_same_event_different_sources_different_counts(opened):
    window, session, _view = opened
    figures = [_figure("f1", 12, "Ministry of Health"), _figure("f2", 19, "local monitors"),
               _figure("f3", 12, "a hospital"), _figure("f4", 500, "monitors", "homes",
                                                         "affected"),
               _figure("f5", 30, "Ministry of Health", "the civilian", "wounded")]
    assert _flagged(figures) == {"f1", "f2", "f3"}
    assert _flagged([_figure("a", 3, "police"), _figure("b", 3, "army")]) == set()
    from dataclasses import replace

    session.extraction = replace(session.extraction, actors=(), casualties=tuple(figures))
    window.chrome.casualties.refresh()
    f2 = window.chrome.casualties.table.record_at(1)
    tip = window.chrome.casualties._flag_tip(f2)
    assert tip.index("12 — Ministry of Health") < tip.index("12 — a hospital")


def test_disagreeing_figures_are_shown_side_by_side(opened):
    from dataclasses import replace

    window, session, _view = opened
    figures = (_figure("k1", 12, "the health ministry"), _figure("k2", 19, "local monitors"),
               _figure("k3", 7, "the army", "soldiers"))
    session.extraction = replace(session.extraction, casualties=figures)
    window.chrome.casualties.refresh()
    summary = window.chrome.casualties.summary.text()
    assert "12 (the health ministry) vs 19 (local monitors)" in summary
    assert "soldiers" not in summary
    table = window.chrome.casualties.table
    flagged = {table.record_at(r).id for r in range(table.proxy.rowCount())
               if table.proxy.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is not None}
    assert flagged == {"k1", "k2"}
