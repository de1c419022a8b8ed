"""Loading spaCy: the pipeline works without spaCy's command-line package, which is not imported."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from briefreader.extraction.nlp import get_pipeline
doc = get_pipeline()("The minister said twelve people were killed in the capital.")
loaded_cli = sorted(m for m in sys.modules if m == "spacy.cli" or m.startswith(("typer", "weasel")))
import spacy.cli   # the real package is still there for whoever asks for it
print(json.dumps({"subject": [t.text for t in doc if t.dep_ == "nsubj"], "cli_at_load": loaded_cli,
                  "real_cli": hasattr(spacy.cli, "download")}))
"""


def test_the_pipeline_loads_without_spacys_command_line_which_stays_importable():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {"subject": ["minister"], "cli_at_load": [], "real_cli": True}, seen


def test_catalogue_finds_the_same_entry_points_once_they_are_grouped():
    from importlib.metadata import entry_points

    import catalogue

    from briefreader.extraction.nlp import get_pipeline

    get_pipeline()
    grouped = catalogue.AVAILABLE_ENTRY_POINTS
    assert hasattr(grouped, "select") and type(grouped).__name__ == "_EntryPointsByGroup"
    installed = entry_points()
    groups = set(installed.groups) | {"spacy_factories", "no_such_group"}
    for group in groups:
        assert sorted(p.name for p in grouped.select(group=group)) == \
            sorted(p.name for p in installed.select(group=group)), group
    registry = catalogue.create("briefreader_test_registry", entry_points=True)
    assert registry.get_all() == {}


def test_a_docs_token_list_is_made_once_and_released():
    from briefreader.extraction.nlp import parse_spans, release, tokens

    text = "Officials said the road reopened. Traffic resumed."
    ((doc, offset),) = parse_spans(text, [(0, len(text))])
    listed = tokens(doc)
    assert [t.text for t in listed] == [t.text for t in doc] and offset == 0
    assert tokens(doc) is listed            # kept on the doc, not made again
    release([(doc, offset)])
    assert "tokens" not in doc.user_data
    assert tokens(doc) is not listed
