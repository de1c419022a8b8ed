"""The live path: `briefreader export` over the sample with real extraction and annotations made
through the store (in the test's private BRIEFREADER_DATA_DIR). Asserted on properties, not bytes:
extraction keeps improving, the golden files pin the rendering."""

from __future__ import annotations

import subprocess
import sys

import lxml.html
import markdown
import pytest

from briefreader.cli import main
from briefreader.corrections.make import set_assessment
from briefreader.extraction.pipeline import extract_document
from briefreader.loading import load_document
from briefreader.store.annotations import AnnotationStore

NOTE = "Check against the *UN* figure | <script>x</script>"


@pytest.fixture
def annotated_sample(sample_path):
    """The sample with a highlight, a claim assessment and a claim note, stored through the API."""
    document = load_document(sample_path)
    extraction = extract_document(document)
    assert extraction.claims, "the sample should yield claims"
    claim = max(extraction.claims, key=lambda c: c.end - c.start)
    with AnnotationStore.open() as store:
        passage = "Russia has given Assad crucial support"
        start = document.text.index(passage)
        store.add_annotation(document, start, start + len(passage), tag="verify", note=NOTE)
        store.add_annotation(document, claim.start, claim.end, tag="disputed",
                             note="Contradicted later.", link_kind="claim", link_id=claim.id)
        store.add_correction(document, *set_assessment(extraction, claim.id, "disputed"))
    return document, claim


def test_export_to_stdout_has_the_users_work(annotated_sample, sample_path, capsys):
    document, claim = annotated_sample
    assert main(["export", str(sample_path), "--date", "2026-04-01"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"# {document.title}\n")
    assert "- **Brief date:** 2026-04-01" in text and document.sha256 in text
    for heading in ("## Claims by speaker", "## Highlights and notes"):
        assert heading in text
    assert "assessment: **disputed**" in text and "Contradicted later." in text
    paragraph = document.block_index_at(claim.start)
    assert f"¶ {paragraph} · " in text
    html = lxml.html.fromstring(f"<div>{markdown.markdown(text, extensions=['tables'])}</div>")
    assert not html.findall(".//script")
    assert "<script>x</script>" in html.text_content()
    for table in html.findall(".//table"):
        width = len(table.findall("./thead/tr/th"))
        assert all(len(r.findall("td")) == width for r in table.findall("./tbody/tr"))
    assert html.findall(".//blockquote")


def test_export_to_a_file_is_deterministic_and_options_apply(annotated_sample, sample_path,
                                                             tmp_path, capsys):
    out = tmp_path / "brief.md"
    args = ["export", str(sample_path), "-o", str(out), "--date", "2026-04-01"]
    assert main(args) == 0
    first = out.read_bytes()
    assert main(args) == 0
    assert out.read_bytes() == first
    assert capsys.readouterr().out == ""
    assert main([*args, "--sections", "claims", "--assessed-only"]) == 0
    text = out.read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## Claims by speaker"]
    assert "not assessed" not in text and text.count("assessment: **") == 1


def test_export_of_several_documents(annotated_sample, sample_path, tmp_path, capsys):
    other = tmp_path / "second.txt"
    other.write_text("Clashes near the border\n\nMedics said 14 people were killed and 30 were "
                     "wounded in clashes on Monday, according to a local hospital.",
                     encoding="utf-8")
    assert main(["export", str(sample_path), str(other), "--date", "2026-04-01"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# Brief: 2 documents\n")
    assert "## 1. UN Urges Putin" in text and "## 2. Clashes near the border" in text
    if "## Key figures across documents" in text:
        assert text.count("| Doc ") == 1


def test_export_command_runs_as_a_program(sample_path, tmp_path):
    out = tmp_path / "brief.md"
    done = subprocess.run([sys.executable, "-m", "briefreader", "export", str(sample_path),
                           "-o", str(out), "--date", "2026-04-01", "--sections", "figures"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("# UN Urges Putin")
    failed = subprocess.run([sys.executable, "-m", "briefreader", "export", str(sample_path),
                             "-o", str(tmp_path / "no" / "brief.md")],
                            capture_output=True, text=True, timeout=300)
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1 and "Traceback" not in failed.stderr
    assert "brief.md: cannot write the brief" in failed.stderr
