"""The attacker's own death, a figure of one apart from the victims; sentences written for
these tests."""

from __future__ import annotations

import pytest

from briefreader.extraction import rules
from tests.extraction.test_casualties import counts, figures


def without(name: str, sentence: str):
    with rules.switched_off([name]):
        return counts(sentence)


@pytest.mark.parametrize("sentence, victims, rule", [
    ("The gunman killed five shoppers before killing himself.", (5, "killed"),
     "casualties.killed_self"),
    ("She strangled her landlord and then herself.", (1, "killed"), "casualties.killed_self"),
    ("The sniper wounded six cyclists and then took his own life.", (6, "wounded"),
     "casualties.suicide"),
    ("The gunman killed three guards before committing suicide.", (3, "killed"),
     "casualties.suicide"),
    ("The raider wounded two tellers. Officers then fired at the raider, killing him.",
     (2, "wounded"), "casualties.killed_by_police"),
    ("The raider wounded two tellers. He was later killed in a gunfight with police.",
     (2, "wounded"), "casualties.killed_by_police"),
    ("The raider wounded two tellers before being shot dead by officers.",
     (2, "wounded"), "casualties.killed_by_police"),
    ("The sniper killed three cyclists and then turned the gun on himself.", (3, "killed"),
     "casualties.turned_gun_on_self"),
    ("Man killed his wife and son, then himself.", (2, "killed"), "casualties.killed_self"),
])
def test_the_attackers_death_is_a_figure_of_one_apart_from_the_victims(sentence, victims, rule):
    found = counts(sentence)
    assert victims in found and (1, "killed") in found and len(found) == 2
    assert (1, "killed") not in without(rule, sentence) or victims == (1, "killed")


def test_a_victim_killed_before_being_buried_is_no_attacker():
    assert counts("The clerk was killed before being buried.") == [(1, "killed")]


def test_the_attackers_death_names_the_attacker():
    found = figures("The gunman killed five shoppers before killing himself.")
    assert [f.subject for f in found if f.count == 1] == ["gunman"]


@pytest.mark.parametrize("sentence", [
    "The gunman shot himself in the leg.",  # no death stated
    "He turned the lamp on himself.",
    "The soldiers fired at the crowd, killing him.",  # not the police: who is unknown
    "The intruders came back at night and shot him dead.",
])
def test_no_attacker_death_unless_it_is_stated_or_the_police_killed_him(sentence):
    assert counts(sentence) == []


def test_the_attackers_own_death_told_twice_is_one_figure():
    text = ("The sniper killed four hikers before taking his own life.",
            "Witnesses said he committed suicide as officers closed in.")
    assert counts(*text) == [(4, "killed"), (1, "killed")]
    with rules.switched_off(["casualties.attacker_once"]):
        assert counts(*text) == [(4, "killed"), (1, "killed"), (1, "killed")]


def test_the_attackers_death_is_not_the_events_toll(tmp_path):
    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading import load_document

    path = tmp_path / "mill.txt"
    path.write_text("Shooting at a mill\n\nA gunman killed five workers at the mill on Monday "
                    "before killing himself, police said.\n", encoding="utf-8")
    found = {f.count: f for f in extract_document(load_document(path)).casualties}
    assert found[5].scope == "event" and found[1].scope == "partial"
    assert "casualties.attacker_not_the_toll" in found[1].rules
    with rules.switched_off(["casualties.attacker_not_the_toll"]):
        again = {f.count: f for f in extract_document(load_document(path)).casualties}
    assert again[1].scope == "event"


def test_a_death_by_ones_own_hand_with_no_victims_is_no_attackers_death():
    sentence = "The gunman took his own life in the cellar."
    assert counts(sentence) == []
    assert without("casualties.own_death_needs_an_attack", sentence) == [(1, "killed")]


def test_a_headline_passive_names_the_attacker_killed():
    sentence = "Suspect shot and killed by police after wounding two guards."
    assert counts(sentence) == [(1, "killed"), (2, "wounded")]
    assert (1, "killed") not in without("casualties.headline_passive", sentence)


def test_an_attacker_named_by_role_is_not_the_toll():
    from briefreader.extraction.casualties.attackers import attacker_figure

    assert attacker_figure(("casualties.cue-after",), "robbers")
    assert attacker_figure(("casualties.victims_of_verb",), "the gunman")
    assert not attacker_figure(("casualties.cue-after",), "people")


def test_a_suicide_is_the_attackers_only_when_he_is_the_attacker():
    text = ("Four miners were killed in the blast on Monday.",
            "The report recalls a clerk who committed suicide in 2011 after years in jail.",
            "Every week, a veteran commits suicide.")
    assert counts(*text) == [(4, "killed")]
    with rules.switched_off(["casualties.own_death_of_the_attacker"]):
        assert (1, "killed") in counts(*text)
    assert counts("He shot two guards. He then committed suicide.") == [(2, "wounded"),
                                                                         (1, "killed")]


def test_a_year_before_a_singular_death_is_no_count():
    sentence = "The film recalls the 1999 shooting death of a taxi driver."
    assert (1999, "killed") not in counts(sentence)
    assert (1999, "killed") in without("casualties.singular_category_counts_one", sentence)


def test_an_urge_to_commit_suicide_is_no_death():
    text = ("Three guards were wounded in the riot.",
            "Counsellors help inmates manage the urge to commit suicide.")
    assert counts(*text) == [(3, "wounded")]
