"""A restart restores the desk: the tabs that were open, each at its place in the text; missing
files are skipped with a note; a file is never open twice; tabs with one title say what differs."""

from __future__ import annotations

from briefreader.gui.window.desk import restore_desk
from briefreader.gui.window.tab_titles import tab_titles
from tests.gui.conftest import open_and_wait

STORM = ("Storm Hits Coast\n\n" + "\n\n".join(
    f"Paragraph {n}: the mayor, Jane Holloway, said the rescue teams searched the coast "
    f"road again on day {n}, and the harbour office counted the boats." for n in range(1, 80)))


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_restart_reopens_the_tabs_at_their_places_and_notes_missing_files(
        make_window, qtbot, sample_path, tmp_path):
    storm = write(tmp_path / "storm.txt", STORM)
    gone = write(tmp_path / "gone.txt", "Gone Soon\n\nThe council said the road is shut.")
    first = make_window()
    for path in (sample_path, storm, gone):
        open_and_wait(qtbot, first, path)
    view = first.current_view()
    qtbot.waitUntil(lambda: view.text_complete)
    first.tabs.setCurrentIndex(1)                       # storm
    storm_view = first.current_view()
    target = STORM.index("Paragraph 40")
    storm_view.select_offsets(target, target + 5)
    bar = storm_view.verticalScrollBar()
    bar.setValue(bar.value() + storm_view.cursorRect().top())   # paragraph 40 at the top
    top = storm_view.top_offset()
    assert top > 0
    first.close()
    gone.unlink()

    second = make_window()
    with qtbot.waitSignal(second.errorShown, timeout=5000) as blocker:
        opened = restore_desk(second)
    assert "gone.txt" in blocker.args[0]
    assert [s.path for s in opened] == [str(sample_path.resolve()), str(storm.resolve())]
    assert second.tabs.count() == 2
    restored = second.views()[1]
    qtbot.waitUntil(lambda: restored.text_complete and restored.top_offset() > 0, timeout=20000)
    assert abs(restored.top_offset() - top) < 200       # the same paragraph at the top
    second.close()


def test_a_file_is_never_open_twice(window, qtbot, sample_path):
    open_and_wait(qtbot, window, sample_path)
    again = window.open_paths([str(sample_path), str(sample_path.parent / "." /
                                                     sample_path.name)])
    assert window.tabs.count() == 1 and len(set(map(id, again))) == 1


def test_tabs_with_the_same_title_say_what_tells_them_apart(window, qtbot, tmp_path):
    text = "Storm Hits Coast\n\nThe mayor said 14 people were killed in the storm."
    one = write(tmp_path / "storm-monday.txt", text)
    (tmp_path / "copy").mkdir()
    two = write(tmp_path / "copy" / "storm-tuesday.txt", text)
    open_and_wait(qtbot, window, one)
    open_and_wait(qtbot, window, two)
    texts = [window.tabs.tabText(i) for i in range(2)]
    assert texts[0] != texts[1]
    assert "storm-monday.txt" in texts[0] and "storm-tuesday.txt" in texts[1]
    window.close_tab(1)
    assert window.tabs.tabText(0) == "Storm Hits Coast"     # alone again: just the title


def test_tab_titles_fall_back_to_the_folder_when_file_names_match_too():
    titles = tab_titles([("Report", "/a/x/report.txt"), ("Report", "/a/y/report.txt"),
                         ("Other", "/a/other.txt")])
    assert [t for t, _tip in titles] == ["Report · x/report.txt", "Report · y/report.txt",
                                         "Other"]
    assert titles[0][1] == "Report\n/a/x/report.txt"


def test_started_with_files_the_window_opens_just_those(make_window, qtbot, sample_path,
                                                         tmp_path):
    from briefreader.gui.app import open_start_files

    storm = write(tmp_path / "storm.txt", STORM)
    first = make_window()
    open_and_wait(qtbot, first, storm)
    first.close()                                  # the desk now holds storm.txt
    second = make_window()
    opened = open_start_files(second, [str(sample_path), str(sample_path)], restore=True)
    assert opened == [str(sample_path.resolve())]
    assert second.tabs.count() == 1
    second.close()
    third = make_window()                          # no files: the desk comes back
    assert open_start_files(third, [], restore=True) == [str(sample_path.resolve())]
    assert open_start_files(make_window(), [], restore=False) == []
