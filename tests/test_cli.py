import json
import subprocess
import sys

from briefreader import __version__
from briefreader.cli import main
from briefreader.loading import load_document


def test_text_prints_exactly_the_document_text(capsys, sample_path):
    assert main(["text", str(sample_path)]) == 0
    out = capsys.readouterr().out
    assert out == load_document(sample_path).text + "\n"


def test_extract_json_has_the_schema_shape(capsys, sample_path):
    assert main(["extract", str(sample_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    doc = load_document(sample_path)
    assert data["document"] == {"path": str(sample_path), "title": doc.title,
                                "sha256": doc.sha256, "text": doc.text}
    assert {"actors", "claims", "casualties"} <= set(data)
    assert data["actors"], "the sample article names actors"
    for actor in data["actors"]:
        assert {"id", "name", "aliases", "kind", "role", "mentions"} <= set(actor)
        assert actor["kind"] in ("person", "organization", "state", "group")
        for m in actor["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(doc.text)
    for claim in data["claims"]:
        assert {"id", "text", "speaker", "speaker_id", "kind", "cue", "start", "end"} <= set(claim)
        assert claim["kind"] in ("direct", "indirect")
        assert 0 <= claim["start"] < claim["end"] <= len(doc.text)
    assert data["casualties"], "the sample article states casualty figures"
    for fig in data["casualties"]:
        assert {"id", "count", "count_high", "category", "status", "qualifier", "subject",
                "source", "text", "start", "end"} <= set(fig)
        assert isinstance(fig["count"], int)
        assert fig["category"] in ("killed", "wounded", "displaced", "missing", "detained",
                                   "affected")
        assert fig["status"] in ("reported", "projected")
        assert doc.text[fig["start"]:fig["end"]] == fig["text"]


def test_extract_several_files_prints_one_json_object_per_line(capsys, sample_path, data_path):
    other = data_path / "text" / "utf8.txt"
    assert main(["extract", str(sample_path), str(other)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(line)["document"]["path"] for line in lines] == [str(sample_path),
                                                                        str(other)]


def test_extract_text_format_is_readable(capsys, sample_path):
    assert main(["extract", str(sample_path), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Actors (" in out and "Claims (" in out and "Casualty figures (" in out


def test_version_and_help_on_every_subcommand():
    from briefreader.commands import COMMAND_MODULES

    out = subprocess.run([sys.executable, "-m", "briefreader", "--version"],
                         capture_output=True, text=True)
    assert out.returncode == 0 and __version__ in out.stdout
    for name in COMMAND_MODULES:
        out = subprocess.run([sys.executable, "-m", "briefreader", name, "--help"],
                             capture_output=True, text=True)
        assert out.returncode == 0, name
        assert out.stdout.startswith(f"usage: briefreader {name}"), name


def test_top_level_help_lists_the_commands():
    out = subprocess.run([sys.executable, "-m", "briefreader", "--help"],
                         capture_output=True, text=True)
    assert out.returncode == 0
    assert "text " in out.stdout and "extract " in out.stdout and "--screenshot" in out.stdout


def test_unknown_option_is_a_usage_error_not_a_traceback():
    out = subprocess.run([sys.executable, "-m", "briefreader", "text", "--bogus", "x.txt"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "Traceback" not in out.stderr
