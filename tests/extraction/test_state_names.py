"""One state body under two names; sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from briefreader.extraction import rules
from briefreader.extraction.actors.state_names import state_key_of
from briefreader.extraction.pipeline import extract_document
from briefreader.loading.text import parse_plain_text

TEXT = ("Talks stall over mining permits\n\n"
        "The Uruguayan government said on Monday it would suspend the permits. A spokesman for "
        "the Government of Uruguay later said the decision was final.")


def actor_names() -> list[str]:
    document = parse_plain_text(TEXT, Path("t.txt"), "utf-8")
    return [a.name for a in extract_document(document).actors]


def test_a_state_body_named_two_ways_is_one_actor():
    assert len(actor_names()) == 1
    with rules.switched_off(["actors.state_body_name"]):
        assert len(actor_names()) == 2


def test_the_key_names_the_state_and_the_body():
    assert state_key_of("Government of Uruguay") == state_key_of("the Uruguayan government")
    assert state_key_of("Uruguay's government") == ("Uruguay", "government")
    assert state_key_of("Council for Peace and Security") is None
