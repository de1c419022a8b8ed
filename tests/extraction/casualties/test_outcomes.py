"""What became of the people shot, said after them; sentences written for these tests."""

from __future__ import annotations

import pytest

from briefreader.extraction import rules
from tests.extraction.test_casualties import counts, figures


def without(name: str, sentence: str):
    with rules.switched_off([name]):
        return counts(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The farmer shot two of the trespassers, killing them.", [(2, "killed")]),
    ("A masked man shot the night porter, killing him.", [(1, "killed")]),
    ("A man shot his neighbour and the neighbour's son, killing both.", [(2, "killed")]),
])
def test_a_shooting_whose_victims_all_died_kills(sentence, expected):
    assert counts(sentence) == expected
    assert without("casualties.killing_them", sentence) != expected


@pytest.mark.parametrize("sentence, expected", [
    ("The sniper shot ten worshippers, three of them fatally.", [(10, "affected"), (3, "killed")]),
    ("The sniper shot ten worshippers near the shrine, three fatally.",
     [(10, "affected"), (3, "killed")]),
    ("A guard shot five looters, killing two.", [(5, "affected"), (2, "killed")]),
])
def test_a_shooting_some_of_whose_victims_died_is_affected(sentence, expected):
    assert counts(sentence) == expected
    assert (10, "wounded") in without("casualties.some_killed", sentence) \
        or (5, "wounded") in without("casualties.some_killed", sentence)


def test_people_shot_with_no_death_stated_stay_wounded():
    assert counts("Seven fans were shot outside the stadium.") == [(7, "wounded")]


def test_a_modal_frames_only_its_own_clause():
    sentence = "The storm, which will weaken soon, has killed 11 fishermen."
    found = figures(sentence)
    assert [(f.count, f.status) for f in found] == [(11, "reported")]
    assert "casualties.modal_of_another_clause" in found[0].rules
    with rules.switched_off(["casualties.modal_of_another_clause"]):
        assert [f.status for f in figures(sentence)] == ["projected"]
    assert [f.status for f in figures("The storm could kill 40 fishermen.")] == ["projected"]


def test_a_fatal_part_after_a_passive():
    sentence = "Four cyclists were shot, two of them fatally, near the bridge."
    assert counts(sentence) == [(4, "affected"), (2, "killed")]


def test_a_plan_to_kill_is_projected():
    found = figures("The two cadets came planning to kill hundreds of their classmates.")
    assert [(f.count, f.status) for f in found] == [(100, "projected")]


def test_fatally_said_of_the_part_does_not_kill_all():
    assert counts("He walked in and shot twelve diners, three of them fatally.") \
        == [(12, "affected"), (3, "killed")]


def test_a_cue_in_a_relative_clause_of_another_noun_is_not_the_amounts():
    sentence = "A wedding with 250 guests ended in a shooting that killed one usher."
    assert counts(sentence) == [(1, "killed")]
    assert (250, "killed") in without("casualties.cue_of_another_noun", sentence)


def test_a_singular_category_noun_keeps_its_category():
    sentence = "The brawl ended with one death and three injured guards."
    assert counts(sentence) == [(1, "killed"), (3, "wounded")]
    assert (1, "killed") not in without("casualties.category_noun_first", sentence)
    assert counts("Officials reported one fatality at the crossing.") == [(1, "killed")]


def test_to_death_after_the_people_kills_them_all():
    sentence = ("A gunman shot his girlfriend, his girlfriend's cousin and her husband to death "
                "in a small apartment building.")
    assert counts(sentence) == [(3, "killed")]
    assert without("casualties.to_death_after_the_list", sentence) == [(3, "wounded")]


def test_no_one_harmed_is_no_figure():
    sentence = "Shots hit the tavern; no one was killed but four drinkers were wounded."
    assert counts(sentence) == [(4, "wounded")]
    assert (1, "killed") in without("casualties.no_one", sentence)


def test_what_could_have_happened_is_projected():
    sentence = "Witnesses said the driver could have killed dozens of pilgrims."
    assert [(f.count, f.status) for f in figures(sentence)] == [(12, "projected")]
    with rules.switched_off(["casualties.counterfactual"]):
        assert [f.status for f in figures(sentence)] == ["reported"]


def test_a_modal_whose_verb_governs_the_cue_projects_the_figure():
    sentence = "A breach of the levee would put 80,000 farmers at risk."
    assert [(f.count, f.status) for f in figures(sentence)] == [(80_000, "projected")]
    with rules.switched_off(["casualties.modal_frames_the_cue"]):
        assert [f.status for f in figures(sentence)] == ["reported"]
    found = figures("The agency would help 9,000 people trapped in the valley.")
    assert [f.status for f in found] == ["reported"]
