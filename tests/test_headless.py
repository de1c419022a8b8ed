"""The core is headless: the CLI never pulls in Qt, and --help loads neither Qt nor spaCy."""

import json
import subprocess
import sys

PROBE = """
import json, sys
{body}
heavy = ('PySide6', 'spacy', 'shiboken6', 'trafilatura')
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))
"""


def _loaded(body: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(body=body)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_the_cli_leaves_qt_and_spacy_out():
    assert _loaded("import briefreader.cli") == []


def test_help_loads_neither_qt_nor_spacy():
    body = ("import contextlib, io\nfrom briefreader.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n        main(['--help'])\n    except SystemExit:\n        pass\n"
            "    for c in ('text', 'extract'):\n"
            "        try:\n            main([c, '--help'])\n        except SystemExit:\n"
            "            pass")
    assert _loaded(body) == []


def test_extract_uses_spacy_but_not_qt(sample_path):
    body = ("import contextlib, io\nfrom briefreader.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main(['extract', {str(sample_path)!r}])")
    loaded = _loaded(body)
    assert "spacy" in loaded
    assert not any(m.startswith(("PySide6", "shiboken6")) for m in loaded)


def test_core_modules_never_import_pyside6():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "briefreader"
    offenders = [str(p) for p in root.rglob("*.py")
                 if "gui" not in p.relative_to(root).parts and "PySide6" in p.read_text("utf-8")]
    assert offenders == []
