"""The architecture holds by contract: the import-linter contracts in pyproject.toml (the arrows
DESIGN.md forbids) are kept and do fail when a forbidden import is added, ruff (with the C901
complexity limit) finds nothing, and no module grows past its size limit without saying why."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "briefreader"
BIN = Path(sys.executable).parent
SIZE_LIMIT = 400   # lines; a module over SIZE_NOTE lines says why in its docstring
SIZE_NOTE = 300


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """lint-imports over the package under ``root``, which must be found before the installed
    one (PYTHONPATH comes before the editable install's path entries and finder)."""
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "300"}
    return subprocess.run([str(BIN / "lint-imports"), "--no-cache"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)


def said(result: subprocess.CompletedProcess) -> str:
    return " ".join(result.stdout.split())


def test_the_import_contracts_are_kept():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_forbidden_import_breaks_its_contract(tmp_path):
    shutil.copytree(PACKAGE, tmp_path / "briefreader",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    numbers = tmp_path / "briefreader" / "extraction" / "numbers.py"
    numbers.write_text(numbers.read_text(encoding="utf-8") + "\nimport briefreader.store  # noqa\n",
                       encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "Extraction knows nothing of what is done with its results BROKEN" in said(result)
    assert "briefreader.extraction.numbers -> briefreader.store" in said(result)


def test_a_qt_import_outside_gui_breaks_its_contract(tmp_path):
    shutil.copytree(PACKAGE, tmp_path / "briefreader",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    files = tmp_path / "briefreader" / "files.py"
    files.write_text(files.read_text(encoding="utf-8") + "\nimport PySide6.QtCore  # noqa\n",
                     encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "nothing imports Qt or the window (cli opens it lazily) BROKEN" in said(result)
    assert "briefreader.files -> PySide6" in said(result)


def test_ruff_finds_nothing_in_the_package():
    """With the project's rules, C901 at max-complexity 12 among them (pyproject.toml)."""
    result = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "briefreader"], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def _long_modules() -> list[tuple[Path, int, str]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > SIZE_NOTE:
            found.append((path.relative_to(REPO), lines, ast.get_docstring(ast.parse(text)) or ""))
    return found


def test_no_module_is_over_400_lines_and_one_over_300_says_why():
    """A module over 300 lines says why in its docstring, in a sentence naming its length
    ("... over 300 lines because ...")."""
    too_long = [f"{path}: {lines}" for path, lines, _ in _long_modules() if lines > SIZE_LIMIT]
    assert not too_long, f"modules over {SIZE_LIMIT} lines: {too_long}"
    unexplained = [f"{path}: {lines}" for path, lines, doc in _long_modules()
                   if f"{SIZE_NOTE} lines" not in " ".join(doc.split())]
    assert not unexplained, f"over {SIZE_NOTE} lines with no reason given: {unexplained}"


def _import_graph():
    import grimp  # comes with import-linter

    # imports under TYPE_CHECKING name types for the reader and the type checker; they never run
    return grimp.build_graph("briefreader", cache_dir=None, exclude_type_checking_imports=True)


def test_no_two_packages_import_each_other():
    """cli -> gui.app -> worker -> cli and brief.build <-> brief.render were such circles."""
    graph = _import_graph()

    def package(module: str) -> str:
        return ".".join(module.split(".")[:2])

    arrows = {(package(m), package(w)) for m in graph.modules if m != "briefreader"
              for w in graph.find_modules_directly_imported_by(m) if w != "briefreader"}
    both_ways = sorted(f"{a} <-> {b}" for a, b in arrows if a < b and (b, a) in arrows)
    assert not both_ways


def test_no_module_reaches_itself_through_its_imports():
    graph = _import_graph()
    circular = sorted(m for m in graph.modules
                      if any(graph.chain_exists(imported, m)
                             for imported in graph.find_modules_directly_imported_by(m)))
    assert not circular
