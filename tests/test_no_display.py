"""No graphical session, or a mistyped command: one line and exit 2, never Qt's silent abort
(issue 15, item 8). Real processes, with the display variables stripped from the environment."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the display check applies to X11/Wayland sessions")

_DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _headless_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _DISPLAY_VARIABLES}
    env.update(extra)
    return env


def _run(args: list[str], cwd, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefreader", *args], capture_output=True,
                          text=True, timeout=180, env=_headless_env(**extra), cwd=cwd)


def test_a_file_with_no_display_prints_one_line_naming_the_headless_commands(tmp_path,
                                                                            sample_path):
    result = _run([str(sample_path)], tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "no graphical display" in lines[0]
    assert "extract" in lines[0] and "text" in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert result.stdout == ""


def test_no_arguments_with_no_display_is_the_same_clear_line(tmp_path):
    result = _run([], tmp_path)
    assert result.returncode == 2
    assert "no graphical display" in result.stderr and result.stderr.count("\n") == 1


def test_a_mistyped_command_names_the_closest_one(tmp_path):
    result = _run(["extrct", "list"], tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == \
        "briefreader: no such file or command 'extrct'; did you mean 'extract'?"


def test_a_mistyped_command_is_caught_with_a_display_too(tmp_path):
    result = _run(["annotatons"], tmp_path, DISPLAY=":99")
    assert result.returncode == 2
    assert "did you mean 'annotations'?" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_word_near_no_command_lists_the_commands(tmp_path):
    result = _run(["zzzzqqq"], tmp_path)
    assert result.returncode == 2
    assert "no such file or command 'zzzzqqq'" in result.stderr
    assert "extract" in result.stderr and "Traceback" not in result.stderr


def test_help_and_version_need_no_display(tmp_path):
    assert _run(["--help"], tmp_path).returncode == 0
    assert _run(["--version"], tmp_path).returncode == 0


def test_screenshot_works_with_no_display(tmp_path, sample_path):
    out = tmp_path / "shot.png"
    result = _run([str(sample_path), "--screenshot", str(out), "--size", "600x400"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
