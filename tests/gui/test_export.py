"""File > Export Brief: live preview rendered from Markdown, options, atomic save."""

from __future__ import annotations

from tests.gui.test_annotations import select_words


def test_export_preview_follows_options_and_saves(opened, qtbot, tmp_path):
    window, session, view = opened
    select_words(view, session, "hotbed of terrorism")
    window.chrome.annotating.highlight_selection()
    session.notes.edit(session.notes.annotations[0].annotation, note="A *loaded* phrase.")
    window.chrome.actions.export.trigger()
    dialog = window.chrome.annotating.export_dialog
    assert dialog.isVisible()
    assert session.document.title in dialog.markdown
    assert "hotbed of terrorism" in dialog.markdown
    assert "<table" in dialog.preview.toHtml()         # the Markdown tables were rendered
    assert "Highlights and notes" in dialog.markdown
    assert "loaded" in dialog.markdown
    dialog.sections["highlights"].setChecked(False)     # the preview follows the options
    assert "Highlights and notes" not in dialog.markdown
    assert "Highlights and notes" not in dialog.preview.toPlainText()
    out = tmp_path / "brief.md"
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save_to(str(out))
    assert out.read_text(encoding="utf-8") == dialog.markdown
    dialog.close()


def test_export_failure_is_a_message_not_a_crash(opened, qtbot, tmp_path):
    window, _session, _view = opened
    window.chrome.annotating.export_brief()
    dialog = window.chrome.annotating.export_dialog
    target = tmp_path / "a-directory"
    target.mkdir()
    with qtbot.waitSignal(window.errorShown) as blocker:
        assert not dialog.save_to(str(target))
    assert "\n" not in blocker.args[0]
    dialog.close()
