"""Writing a brief: atomic (old file intact and no temporary file left when the write fails), one-
line errors naming the file, and the export command's file handling."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from briefreader import files as brief_file
from briefreader.brief.build import write_brief_atomically
from briefreader.cli import main
from briefreader.errors import ExportError

OLD = "# Old brief\n\nkept whole\n"
NEW = "# New brief\n\n" + "line of the new brief\n" * 5000


def leftovers(directory) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name != "brief.md")


def test_writes_the_whole_text_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "brief.md"
    target.write_text(OLD, encoding="utf-8")
    write_brief_atomically(target, NEW)
    assert target.read_text(encoding="utf-8") == NEW
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_a_failed_write_keeps_the_old_brief_and_removes_the_temporary_file(tmp_path, monkeypatch,
                                                                            failing):
    target = tmp_path / "brief.md"
    target.write_text(OLD, encoding="utf-8")
    real_write = os.write

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    def half_write(fd, data):
        real_write(fd, bytes(data[: len(data) // 2]))  # some bytes land, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(brief_file.os, failing, half_write if failing == "write" else broken)
    with pytest.raises(ExportError) as caught:
        write_brief_atomically(target, NEW)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == OLD
    assert leftovers(tmp_path) == []
    message = str(caught.value)
    assert "\n" not in message and str(target) in message and "No space left" in message


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="needs POSIX permissions enforced (not root)")
def test_an_unwritable_folder_is_a_clear_error_and_the_old_brief_stays(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "brief.md"
    target.write_text(OLD, encoding="utf-8")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportError, match="brief.md: cannot write the brief: Permission"):
            write_brief_atomically(target, NEW)
    finally:
        folder.chmod(stat.S_IRWXU)
    assert target.read_text(encoding="utf-8") == OLD
    assert leftovers(folder) == []


def test_replacing_keeps_the_old_file_permissions(tmp_path):
    target = tmp_path / "brief.md"
    target.write_text(OLD, encoding="utf-8")
    target.chmod(0o640)
    write_brief_atomically(target, NEW)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_missing_folder_and_directory_target_are_errors(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_brief_atomically(tmp_path / "nowhere" / "brief.md", NEW)
    with pytest.raises(ExportError, match="is a directory"):
        write_brief_atomically(tmp_path, NEW)


# ---- the export command's file handling (no store content needed) ----------------------------

def test_export_refuses_to_overwrite_an_input(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("A title\n\nA paragraph.", encoding="utf-8")
    assert main(["export", str(article), "-o", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "article.txt" in err and "documents being exported" in err
    assert article.read_text(encoding="utf-8") == "A title\n\nA paragraph."


@pytest.mark.parametrize("args, expected", [
    (["--date", "14/03/2026"], "--date: '14/03/2026' is not a date"),
    (["--date", "2026-02-30"], "--date: '2026-02-30' is not a date"),
    (["--sections", "figures,summary"], "--sections: unknown section summary"),
])
def test_export_option_errors_are_one_line(tmp_path, capsys, args, expected):
    article = tmp_path / "article.txt"
    article.write_text("A title\n\nA paragraph.", encoding="utf-8")
    assert main(["export", str(article), *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and expected in captured.err


def test_export_of_a_missing_file_writes_nothing(tmp_path, capsys):
    out = tmp_path / "brief.md"
    out.write_text(OLD, encoding="utf-8")
    assert main(["export", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2
    assert "missing.txt" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == OLD
