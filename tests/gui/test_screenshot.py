"""briefreader FILE --screenshot OUT.png: a real process, offscreen, exit status and image."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def run(args, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "briefreader", *args], capture_output=True,
                          text=True, timeout=180, env=env, cwd=tmp_path)


def test_screenshot_of_the_sample(tmp_path, sample_path):
    out = tmp_path / "shot.png"
    result = run([str(sample_path), "--screenshot", str(out), "--size", "1000x700"], tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    # not a blank window: many distinct colours (text, marks, panels)
    colours = {image.pixel(x, y) for x in range(0, 1000, 7) for y in range(0, 700, 7)}
    assert len(colours) > 20


def test_screenshot_of_a_bad_file_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "shot.png"
    result = run([str(bad), "--screenshot", str(out)], tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert [line for line in lines if "empty.txt" in line]
    assert not any("Traceback" in line for line in lines)
    assert not out.exists()


def test_bad_size_is_a_usage_error(tmp_path, sample_path):
    result = run([str(sample_path), "--screenshot", str(tmp_path / "x.png"), "--size", "big"],
                 tmp_path)
    assert result.returncode == 2
    assert "--size" in result.stderr
