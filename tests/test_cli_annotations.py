"""The headless annotation commands: annotate, annotations, correct, store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefreader.cli import main

REPO = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def article(sample_path, tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def listing(capsys, path: Path) -> dict:
    code, out, _ = run(capsys, "annotations", str(path))
    assert code == 0
    return json.loads(out)


def test_annotate_then_list_as_json(capsys, article):
    code, out, err = run(capsys, "annotate", str(article), "--quote", "bloodbath", "--tag",
                         "verify", "--note", "Who said it *first*?")
    assert code == 0 and err == ""
    new_id = out.strip()
    data = listing(capsys, article)
    assert data["document"]["path"] == str(article)
    (item,) = data["annotations"]
    text = article.read_text(encoding="utf-8")
    assert item["id"] == new_id and item["quote"] == "bloodbath"
    assert text[item["start"] : item["end"]] == "bloodbath"
    assert (item["tag"], item["note"], item["assessment"], item["state"]) == (
        "verify", "Who said it *first*?", None, "anchored")
    assert item["created"] and item["modified"] and item["link"] is None


def test_occurrence_default_tag_and_text_format(capsys, article):
    code, out, err = run(capsys, "annotate", str(article), "--quote", "Idlib", "--occurrence", "3")
    assert code == 0
    text = article.read_text(encoding="utf-8")
    third = text.index("Idlib", text.index("Idlib", text.index("Idlib") + 1) + 1)
    (item,) = listing(capsys, article)["annotations"]
    assert item["start"] == third and item["tag"] == "key claim"
    code, out, _ = run(capsys, "annotations", str(article), "--format", "text")
    assert code == 0 and item["id"] in out and "[key claim]" in out


@pytest.mark.parametrize(("args", "message"), [
    (("--quote", "words that are nowhere"), "is not in the text"),
    (("--quote", "Idlib", "--tag", "no such tag"), "unknown tag 'no such tag'"),
    (("--quote", "Idlib", "--occurrence", "99"), "out of range"),
])
def test_annotate_errors_are_one_line_with_exit_2(capsys, article, args, message):
    code, out, err = run(capsys, "annotate", str(article), *args)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_edit_delete_and_errors(capsys, article):
    _, out, _ = run(capsys, "annotate", str(article), "--quote", "Staffan de Mistura")
    new_id = out.strip()
    code, _, _ = run(capsys, "annotations", str(article), "--edit", new_id, "--note", "envoy",
                     "--tag", "context", "--assessment", "corroborated")
    assert code == 0
    (item,) = listing(capsys, article)["annotations"]
    assert (item["note"], item["tag"], item["assessment"]) == ("envoy", "context", "corroborated")
    code, _, err = run(capsys, "annotations", str(article), "--edit", "deadbeef0000", "--note", "x")
    assert code == 2 and "no annotation with id 'deadbeef0000'" in err
    code, _, err = run(capsys, "annotations", str(article), "--edit", new_id)
    assert code == 2 and "say what to change" in err
    other = article.with_name("other.txt")
    other.write_text("Another article\n\nIt says nothing of the envoy.", encoding="utf-8")
    code, _, err = run(capsys, "annotations", str(other), "--delete", new_id)
    assert code == 2 and "belongs to another document" in err
    assert run(capsys, "annotations", str(article), "--delete", new_id[:6])[0] == 0
    assert listing(capsys, article)["annotations"] == []


def test_an_edited_file_shows_moved_and_orphaned_annotations(capsys, article):
    text = article.read_text(encoding="utf-8")
    run(capsys, "annotate", str(article), "--quote", "the UN envoy to Syria")
    run(capsys, "annotate", str(article), "--quote", "pile up sandbags")
    title, caption, rest = text.split("\n\n", 2)
    article.write_text(f"{title}\n\nA paragraph added by the editor.\n\n{rest}", encoding="utf-8")
    states = {a["quote"]: a for a in listing(capsys, article)["annotations"]}
    assert states["the UN envoy to Syria"]["state"] == "moved"
    assert states["pile up sandbags"]["state"] == "orphaned"
    assert states["pile up sandbags"]["start"] is None


def test_w3c_export_import_and_delete_all(capsys, article, tmp_path):
    run(capsys, "annotate", str(article), "--quote", "bloodbath", "--note", "n1")
    run(capsys, "annotate", str(article), "--quote", "Vladimir Putin", "--tag", "disputed")
    out = tmp_path / "w3c.json"
    assert run(capsys, "annotations", str(article), "--export-w3c", str(out))[0] == 0
    before = listing(capsys, article)["annotations"]
    code, _, err = run(capsys, "annotations", str(article), "--delete-all")
    assert code == 2 and "--yes" in err
    assert run(capsys, "annotations", str(article), "--delete-all", "--yes")[0] == 0
    assert listing(capsys, article)["annotations"] == []
    assert run(capsys, "annotations", str(article), "--import-w3c", str(out))[0] == 0
    assert listing(capsys, article)["annotations"] == before


def test_store_backup_check_and_tags(capsys, article, tmp_path):
    run(capsys, "annotate", str(article), "--quote", "bloodbath", "--tag", "verify")
    backup = tmp_path / "backup.sqlite3"
    assert run(capsys, "store", "--backup", str(backup))[0] == 0 and backup.exists()
    code, out, _ = run(capsys, "store", "--check")
    assert code == 0 and ": ok" in out
    assert run(capsys, "store", "--rename-tag", "verify", "check")[0] == 0
    (item,) = listing(capsys, article)["annotations"]
    assert item["tag"] == "check"
    code, _, err = run(capsys, "store", "--rename-tag", "nope", "x")
    assert code == 2 and "unknown tag 'nope'" in err


def test_listing_annotations_loads_neither_spacy_nor_qt(article):
    script = ("import sys; from briefreader.cli import main; "
              f"code = main(['annotate', {str(article)!r}, '--quote', 'bloodbath']); "
              f"code += main(['annotations', {str(article)!r}]); "
              "assert code == 0; "
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'PySide6')))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_correct_rename_list_and_undo(capsys, article):
    code, out, _ = run(capsys, "correct", str(article), "--list", "--format", "json")
    assert code == 0
    found = json.loads(out)
    actor = found["actors"][0]
    code, out, _ = run(capsys, "correct", str(article), "--rename-actor", actor["id"], "--to",
                       "Someone Else")
    assert code == 0
    correction_id, described = out.strip().split(": ", 1)
    assert described == f"Actor “{actor['name']}” renamed “Someone Else”."
    code, out, _ = run(capsys, "correct", str(article), "--list", "--format", "json")
    data = json.loads(out)
    assert "Someone Else" in {a["name"] for a in data["actors"]}
    assert [c["id"] for c in data["corrections"]] == [correction_id]
    code, _, err = run(capsys, "correct", str(article), "--rename-actor", "a999", "--to", "X")
    assert code == 2 and "no actor with id 'a999'" in err
    assert run(capsys, "correct", str(article), "--undo", correction_id)[0] == 0
    code, out, _ = run(capsys, "correct", str(article), "--list", "--format", "json")
    assert json.loads(out)["actors"][0]["name"] == actor["name"]


def test_annotate_with_a_link_stores_the_items_key_and_refuses_unknown_ids(capsys, article):
    code, out, _ = run(capsys, "correct", str(article), "--format", "json")
    claim = json.loads(out)["claims"][0]
    code, out, err = run(capsys, "annotate", str(article), "--quote", "bloodbath", "--link",
                         f"claim:{claim['id']}")
    assert code == 0, err
    (item,) = listing(capsys, article)["annotations"]
    assert item["link"] == {"kind": "claim", "id": claim["id"],
                            "key": {"text": claim["text"], "start": claim["start"],
                                    "end": claim["end"]}}
    code, out, err = run(capsys, "annotate", str(article), "--quote", "Idlib", "--link",
                         "claim:c999")
    assert code == 2 and "no claim with id 'c999'" in err
    assert len(listing(capsys, article)["annotations"]) == 1
    code, out, _ = run(capsys, "annotations", str(article), "--format", "text")
    assert code == 0
    assert f"    linked to claim {claim['id']} \u201c{claim['text'][:20]}" in out


def test_annotate_help_says_where_item_ids_come_from(capsys):
    with pytest.raises(SystemExit):
        run(capsys, "annotate", "--help")
    said = " ".join(capsys.readouterr().out.split())
    assert "'briefreader extract FILE --format text'" in said
    assert "c3 for a claim" in said
