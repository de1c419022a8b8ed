"""Corrections from the panels: rename, merge, reject, fix a speaker or a figure; undo."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from briefreader.gui.panels.correcting import FigureDialog
from tests.gui.conftest import open_and_wait


def refreshed(qtbot, session, *panels):
    """Wait until every panel shows the session's current (corrected) extraction."""
    qtbot.waitUntil(lambda: all(p.shown_extraction is session.extraction for p in panels))


def actor_named(session, name):
    return next((a for a in session.extraction.actors if a.name == name), None)


def menu_texts(fill) -> list[str]:
    menu = QMenu()
    fill(menu)
    return [a.text() for a in menu.actions() if a.text()]


def test_rename_an_actor_and_undo(opened, qtbot):
    window, session, _view = opened
    panel = window.chrome.actors
    actor = max(session.extraction.actors, key=lambda a: len(a.mentions))
    assert panel.corrector.rename_actor(actor, "Renamed Actor")
    refreshed(qtbot, session, panel)
    renamed = actor_named(session, "Renamed Actor")
    assert renamed is not None and len(renamed.mentions) == len(actor.mentions)
    assert actor_named(session, actor.name) is None
    assert [c.kind for c in session.notes.corrections] == ["rename_actor"]
    window.chrome.actions.undo.trigger()
    refreshed(qtbot, session, panel)
    assert actor_named(session, actor.name) is not None
    assert session.notes.corrections == []


def test_merge_two_actors(opened, qtbot):
    window, session, _view = opened
    people = [a for a in session.extraction.actors if a.kind == "person"]
    other, kept = people[-1], people[0]
    before = len(session.extraction.actors)
    assert window.chrome.actors.corrector.merge_actor(other, kept)
    refreshed(qtbot, session, window.chrome.actors)
    assert len(session.extraction.actors) == before - 1
    merged = actor_named(session, kept.name)
    assert len(merged.mentions) == len(kept.mentions) + len(other.mentions)
    assert window.chrome.actors.item_count() == before - 1


def test_reject_a_claim_then_take_the_correction_back_from_the_annotations_panel(opened, qtbot):
    window, session, _view = opened
    claims = window.chrome.claims
    claim = claims.table.record_at(0)
    before = claims.item_count()
    assert claims.corrector.reject(claim, "claim")
    refreshed(qtbot, session, claims)
    assert claims.item_count() == before - 1
    assert all(c.text != claim.text for c in session.extraction.claims)
    assert f"{before - 1} claims" in window.chrome.status_label.text()
    listed = window.chrome.annotations.correction_group
    assert listed.childCount() == 1 and not listed.isHidden()
    described = listed.child(0).text(0)   # the sentence the brief and the CLI use too
    assert described.startswith("Claim “") and described.endswith("marked as wrong and left out.")
    correction = window.chrome.annotations.correction_at(listed.child(0))
    assert session.notes.remove_correction(correction)
    refreshed(qtbot, session, claims)
    assert claims.item_count() == before
    assert listed.childCount() == 0 and listed.isHidden()
    window.chrome.actions.undo.trigger()      # undoing the removal brings the correction back
    refreshed(qtbot, session, claims)
    assert claims.item_count() == before - 1


def test_set_and_clear_a_claims_speaker(opened, qtbot):
    window, session, _view = opened
    claims = window.chrome.claims
    claim = next(c for c in session.extraction.claims if c.speaker)
    target = next(a.name for a in session.extraction.actors if a.name != claim.speaker)
    assert claims.corrector.set_speaker(claim, target)
    refreshed(qtbot, session, claims)
    fixed = next(c for c in session.extraction.claims if c.start == claim.start)
    assert fixed.speaker == target
    assert claims.corrector.set_speaker(fixed, None)
    refreshed(qtbot, session, claims)
    assert next(c for c in session.extraction.claims if c.start == claim.start).speaker is None


def test_fix_a_figure_from_the_casualties_panel(opened, qtbot):
    window, session, _view = opened
    panel = window.chrome.casualties
    figure = panel.table.record_at(0)
    category = "wounded" if figure.category != "wounded" else "killed"
    assert panel.corrector.fix_figure(figure, figure.count + 5, None, category)
    refreshed(qtbot, session, panel)
    fixed = next(f for f in session.extraction.casualties if f.start == figure.start)
    assert (fixed.count, fixed.category) == (figure.count + 5, category)
    assert not panel.corrector.fix_figure(fixed, fixed.count, None, fixed.category)  # no change


def test_corrections_outlive_the_window(make_window, qtbot, sample_path):
    window = make_window()
    session, _view = open_and_wait(qtbot, window, sample_path)
    figure = session.extraction.casualties[0]
    assert window.chrome.casualties.corrector.reject(figure, "figure")
    refreshed(qtbot, session, window.chrome.casualties)
    count = len(session.extraction.casualties)
    window.close()
    again = make_window()
    session2, _view2 = open_and_wait(qtbot, again, sample_path)
    assert len(session2.extraction.casualties) == count
    assert all(f.text != figure.text or f.start != figure.start
               for f in session2.extraction.casualties)


def test_context_menus_offer_the_corrections(opened, qtbot):
    window, session, _view = opened
    actor = session.extraction.actors[0]
    assert menu_texts(lambda m: window.chrome.actors.corrector.add_actor_entries(m, actor)) == [
        "&Rename Actor…", "&Merge Into…", "Mark Actor as &Wrong"]
    window.chrome.claims.table.selectRow(0)
    texts = menu_texts(window.chrome.claims._menu)
    assert "&Assess claim as" in texts and "Set &Speaker…" in texts
    assert "Mark Claim as &Wrong" in texts
    window.chrome.casualties.table.selectRow(0)
    assert menu_texts(window.chrome.casualties._menu) == ["&Correct Figure…",
                                                          "Mark Figure as &Wrong"]


def test_figure_dialog_gives_count_range_and_category(opened, qtbot):
    _window, session, _view = opened
    figure = session.extraction.casualties[0]
    dialog = FigureDialog(figure)
    qtbot.addWidget(dialog)
    assert dialog.values() == (figure.count, figure.count_high, figure.category)
    dialog.count.setValue(20)
    dialog.high.setValue(30)
    dialog.category.setCurrentText("missing")
    assert dialog.values() == (20, 30, "missing")
    dialog.high.setValue(10)                # not above the count: no range
    assert dialog.values() == (20, None, "missing")


def test_a_refused_correction_is_a_message(opened, qtbot):
    window, session, _view = opened
    actor = session.extraction.actors[0]
    with qtbot.waitSignal(window.errorShown) as blocker:
        assert not window.chrome.actors.corrector.rename_actor(actor, "   ")
    assert "empty" in blocker.args[0]
    assert session.notes.corrections == []
