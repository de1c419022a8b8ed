"""Towns the model takes for actors; sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from briefreader.extraction import rules
from briefreader.extraction.pipeline import extract_document
from briefreader.loading.text import parse_plain_text

TEXT = ("Clashes spread in the north\n\n"
        "Gunmen attacked Kafanchan on Sunday, and residents of Zonkwa fled to Kagoro. The "
        "fighting in Bukavu and Uvira spread to the Kalehe district, officials said.\n\n"
        "Lieutenant Amani Bwira said the army had retaken the hills. Residents said Kindu was "
        "calm.")


def actor_names(text: str = TEXT) -> set[str]:
    document = parse_plain_text(text, Path("t.txt"), "utf-8")
    return {a.name for a in extract_document(document).actors}


def test_towns_in_the_gazetteer_are_not_actors():
    names = actor_names()
    assert "Amani Bwira" in names
    assert not names & {"Kagoro", "Uvira", "Kindu"}
    with rules.switched_off(["actors.gazetteer_place"]):
        assert actor_names() & {"Kagoro", "Uvira", "Kindu"}


def test_a_surname_that_is_also_a_town_stays_a_person():
    names = actor_names("Mayor resigns\n\nThe mayor, Ruth Hamilton, resigned on Friday. "
                        "Hamilton said she would not stand again.")
    assert "Ruth Hamilton" in names


def test_a_titled_or_speaking_name_stays_a_person_whatever_town_shares_it():
    names = actor_names("Budget passes\n\nPresident Kindu signed the budget on Friday. "
                        "Kindu said the deficit would fall.")
    assert "Kindu" in names
