"""Every bad input gets one line on stderr naming the file and the problem, exit 2, no traceback."""

import random
import subprocess
import sys
from pathlib import Path

import pytest

from briefreader.cli import main
from briefreader.errors import LoadError
from briefreader.loading import files, load_document


def _make(tmp_path: Path, kind: str) -> tuple[Path, str]:
    if kind == "missing":
        return tmp_path / "nope.txt", "no such file"
    if kind == "directory":
        d = tmp_path / "folder.txt"
        d.mkdir()
        return d, "directory"
    if kind == "empty":
        p = tmp_path / "empty.txt"
        p.write_bytes(b"")
        return p, "empty"
    if kind == "whitespace":
        p = tmp_path / "blank.md"
        p.write_bytes(b"  \n\n\t \r\n")
        return p, "empty"
    if kind == "binary":
        p = tmp_path / "image.txt"
        p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
        return p, "binary"
    if kind == "undecodable":
        rng = random.Random(7)
        p = tmp_path / "junk.txt"
        p.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(4000)))
        return p, "not text"
    if kind == "unsupported":
        p = tmp_path / "report.odt"  # .pdf opens now (issue 12); OpenDocument does not
        p.write_bytes(b"PK\x03\x04")
        return p, "unsupported file type"
    if kind == "no_article":
        p = tmp_path / "empty_page.html"
        p.write_text("<html><head><title>x</title><script>var a=1;</script></head>"
                     "<body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
        return p, "no article"
    raise AssertionError(kind)


KINDS = ["missing", "directory", "empty", "whitespace", "binary", "undecodable", "unsupported",
         "no_article"]


@pytest.mark.parametrize("kind", KINDS)
def test_bad_input_raises_a_load_error_naming_the_file(tmp_path, kind):
    path, problem = _make(tmp_path, kind)
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", ["text", "extract"])
def test_cli_prints_one_line_and_exits_2(tmp_path, capsys, kind, command):
    path, problem = _make(tmp_path, kind)
    assert main([command, str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("briefreader: ") and str(path) in lines[0] and problem in lines[0]
    assert "Traceback" not in err


def test_file_over_the_size_limit_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1000)
    p = tmp_path / "huge.txt"
    p.write_text("Title\n\n" + "word " * 400, encoding="utf-8")
    assert main(["text", str(p)]) == 2
    err = capsys.readouterr().err
    assert "too large" in err and str(p) in err


def test_default_size_limit_is_twenty_megabytes(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:
        fh.write(b"Title\n\n")
        fh.write(b"a" * (files.MAX_FILE_BYTES + 10))
    with pytest.raises(LoadError, match="too large"):
        load_document(p)


def test_several_files_a_bad_one_does_not_stop_the_others(tmp_path, sample_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = subprocess.run(
        [sys.executable, "-m", "briefreader", "extract", str(bad), str(sample_path)],
        capture_output=True, text=True, timeout=300,
    )
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and str(bad) in out.stderr and "Traceback" not in out.stderr
    import json

    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["document"]["path"] == str(sample_path)


def test_unreadable_file_is_a_clear_error(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    p = tmp_path / "locked.txt"
    p.write_text("Title\n\nText", encoding="utf-8")
    p.chmod(0)
    with pytest.raises(LoadError, match="permission denied"):
        load_document(p)
