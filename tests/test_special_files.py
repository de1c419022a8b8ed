"""Anything that is not a regular file is refused at once, before any read (issue 15, item 1).

A named pipe with no writer blocks a plain ``open`` forever; each check runs in a daemon thread with
a time limit so that a regression fails the test instead of hanging the suite.
"""

import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefreader.cli import main
from briefreader.errors import LoadError
from briefreader.loading import load_document

KINDS = ["fifo", "socket", "device", "directory"]
PROBLEMS = {"fifo": "named pipe", "socket": "socket", "device": "device", "directory": "directory"}


@pytest.fixture
def short_dir() -> Iterator[Path]:
    # A Unix socket's path is limited to ~100 bytes; pytest's tmp_path can be longer.
    directory = Path(tempfile.mkdtemp(prefix="br-"))
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


def _make(directory: Path, kind: str) -> Iterator[Path]:
    if kind == "fifo":
        path = directory / "pipe.txt"
        os.mkfifo(path)
        yield path
    elif kind == "socket":
        path = directory / "sock.txt"
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(path))
        server.listen(1)
        try:
            yield path
        finally:
            server.close()
    elif kind == "device":
        yield Path("/dev/null")
    else:
        path = directory / "folder.md"
        path.mkdir()
        yield path


def _within(seconds: float, call: Callable[[], object]) -> object:
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed back to the test thread below
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the call hung on a special file"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]


@pytest.mark.skipif(os.name != "posix", reason="FIFOs, Unix sockets and /dev/null are POSIX")
@pytest.mark.parametrize("kind", KINDS)
def test_load_document_refuses_a_special_file_at_once(short_dir, kind):
    for path in _make(short_dir, kind):
        with pytest.raises(LoadError) as info:
            _within(10, lambda p=path: load_document(p))
        assert str(path) in str(info.value)
        assert PROBLEMS[kind] in str(info.value)


@pytest.mark.skipif(os.name != "posix", reason="FIFOs, Unix sockets and /dev/null are POSIX")
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", ["text", "extract"])
def test_commands_refuse_a_special_file_with_one_line(short_dir, capsys, kind, command):
    for path in _make(short_dir, kind):
        assert _within(10, lambda p=path: main([command, str(p)])) == 2
        out, err = capsys.readouterr()
        assert out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert str(path) in lines[0] and PROBLEMS[kind] in lines[0]
        assert "Traceback" not in err
