"""briefreader extract --explain, --rules, --without: the named rules from the command line."""

from __future__ import annotations

import json

import pytest

from briefreader.cli import main

ARTICLE = ("Flood toll rises in the valley\n\n"
           "At least 12 people were killed when the river burst its banks, according to the "
           "Regional Health Ministry.\n\n"
           "\"We are still searching for the missing,\" said Marta Kowalczyk, the ministry's "
           "spokeswoman.\n")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "flood.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_rules_lists_every_rule_with_its_stage_and_description(capsys):
    assert main(["extract", "--rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = [line.split()[0] for line in lines]
    assert len(names) == len(set(names)) > 40
    stages = {line.split()[1] for line in lines}
    assert stages == {"actors", "claims", "casualties"}
    assert "claims.according-to" in names and "casualties.cue-before" in names
    assert all(len(line.split(None, 2)) == 3 for line in lines)  # a description on each


def test_json_items_all_carry_the_rules_that_made_them(capsys, article):
    assert main(["extract", str(article)]) == 0
    data = json.loads(capsys.readouterr().out)
    items = data["actors"] + data["claims"] + data["casualties"]
    assert data["actors"] and data["claims"] and data["casualties"]
    assert all(item["rules"] for item in items)
    claim = next(c for c in data["claims"] if c["cue"] == "according to")
    assert "claims.according-to" in claim["rules"]
    figure = data["casualties"][0]
    assert figure["count"] == 12 and "casualties.cue-after" in figure["rules"]


def test_explain_prints_each_items_rules_and_text_shows_ids(capsys, article):
    assert main(["extract", str(article), "--format", "text", "--explain"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    items = [n for n, line in enumerate(lines) if line.startswith("  ") and
             line.split()[0][:1] in "ack" and line.split()[0][1:].isdigit()]
    assert items and {lines[n].split()[0][0] for n in items} == {"a", "c", "k"}
    for n in items:
        assert lines[n + 1].strip().startswith("rules: ")
        assert lines[n + 1].split("rules: ")[1] != "-"
    assert "  c1  " in out and "  k1  " in out and "  a1  " in out


def test_text_without_explain_has_ids_but_no_rules(capsys, article):
    assert main(["extract", str(article), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "  k1  " in out and "rules:" not in out


def test_without_switches_a_rule_off(capsys, article):
    assert main(["extract", str(article)]) == 0
    with_rule = json.loads(capsys.readouterr().out)
    assert main(["extract", str(article), "--without", "claims.according-to"]) == 0
    without = json.loads(capsys.readouterr().out)
    assert any(c["cue"] == "according to" for c in with_rule["claims"])
    assert not any(c["cue"] == "according to" for c in without["claims"])
    assert all("claims.according-to" not in c["rules"] for c in without["claims"])
    # the other stages go on as before
    assert [k["count"] for k in without["casualties"]] == [k["count"]
                                                           for k in with_rule["casualties"]]


def test_without_an_unknown_rule_is_one_clear_error(capsys, article):
    assert main(["extract", str(article), "--without", "claims.according-to,no-such"]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert "no-such" in out.err and "--rules" in out.err and out.err.count("\n") == 1


def test_extract_needs_a_file_unless_listing_rules(capsys):
    assert main(["extract"]) == 2
    assert "FILE" in capsys.readouterr().err


def test_rule_ablation_skips_cleanly_without_the_eval_material(tmp_path, capsys, monkeypatch):
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "rule_ablation.py"
    spec = importlib.util.spec_from_file_location("rule_ablation", path)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "rule_ablation", module)  # its dataclasses look it up
    spec.loader.exec_module(module)
    assert module.main(["--eval", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_explain_with_json_is_the_json_that_already_carries_rules(capsys, article):
    assert main(["extract", str(article), "--explain"]) == 0
    explained = json.loads(capsys.readouterr().out)
    assert main(["extract", str(article)]) == 0
    assert explained == json.loads(capsys.readouterr().out)
