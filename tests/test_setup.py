"""A fresh machine: the README names the system libraries the window needs, and the editable
install is a plain path entry, without setuptools' warning box."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_the_project_root_is_the_packages_root():
    """setuptools makes an editable install a plain .pth path entry (no import hook, no "may take
    precedence" warning box) when the package directory is given as the root and every package
    lies under it; the wheel still holds briefreader only."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    assert config["setuptools"]["package-dir"] == {"": "."}
    assert config["setuptools"]["packages"]["find"]["include"] == ["briefreader*"]


def _debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 -> libxcb-icccm4; libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    stem, major = re.match(r"(.+)\.so\.(\d+)", soname).groups()
    return f"{stem}{'-' if stem[-1].isdigit() else ''}{major}"


def test_the_readme_names_every_xcb_library_the_window_links():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugins = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    if shutil.which("ldd") is None or not all(p.exists() for p in plugins):
        pytest.skip("needs Linux, ldd and PySide6's xcb platform plugin")
    linked = set()
    for plugin in plugins:
        listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
        linked |= set(re.findall(r"^\s*(lib(?:xcb-|xkbcommon-x11)[\w-]*\.so\.\d+)", listing, re.M))
    assert linked, "the xcb plugin links the xcb libraries"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = sorted(_debian_package(soname) for soname in linked
                     if _debian_package(soname) not in readme.split())
    assert not missing
