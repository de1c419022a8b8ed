"""Whole enumerations, bodies listed, the buried and people in camps; sentences written for
these tests."""

from __future__ import annotations

import pytest

from briefreader.extraction import rules
from tests.extraction.test_casualties import counts


def without(names: list[str], *paragraphs: str):
    with rules.switched_off(names):
        return counts(*paragraphs)


# -- an enumeration with a possessive is counted whole ---------------------------------------

def test_the_subject_of_drowned_with_no_object_drowned():
    sentence = "An old fisherman and his three grandsons drowned when the ferry capsized."
    assert counts(sentence) == [(4, "killed")]
    assert (4, "killed") not in without(["casualties.drowned_subject"], sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Neighbours said a baker, his mother and their four lodgers were killed by the shell.",
     (6, "killed")),
    ("A shepherd, his brother and their two nephews died in the avalanche.", (4, "killed")),
])
def test_subjects_the_parser_hung_apart_are_one_enumeration(sentence, expected):
    assert expected in counts(sentence)
    assert expected not in without(["casualties.subjects_apart"], sentence)


@pytest.mark.parametrize("sentence", [
    "The head teacher of the village school in Korvo, Elan Mbeki was stabbed to death.",
    "The treasurer of the farmers' union, Tarvel district was murdered on Sunday.",
])
def test_a_name_or_place_after_the_victim_is_no_second_victim(sentence):
    assert counts(sentence) == [(1, "killed")]


def test_an_enumeration_among_those_harmed_is_counted_whole():
    sentence = "A grandfather and his six grandchildren were among those killed by the blast."
    assert counts(sentence) == [(7, "killed")]
    assert without(["casualties.among_those_harmed"], sentence) == [(6, "killed")]


# -- the bodies of an enumeration ------------------------------------------------------------

def test_the_bodies_of_an_enumeration_are_all_dead():
    sentence = "A nurse said she had seen the bodies of six teenagers, an old man and three girls."
    assert counts(sentence) == [(10, "killed")]
    assert (10, "killed") not in without(["casualties.victims_of_verb"], sentence)
    assert (10, "killed") not in without(["casualties.objects_apart"], sentence)


# -- burying people states their deaths ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("\"We buried seven of our cousins on Friday,\" the widow said.", (7, "killed")),
    ("Mourners gathered and buried eleven people near the old well.", (11, "killed")),
])
def test_people_who_bury_people_state_their_deaths(sentence, expected):
    assert counts(sentence) == [expected]
    assert without(["casualties.buried_the_dead"], sentence) == []


@pytest.mark.parametrize("sentence", [
    "Some 25 people were buried under the debris of the collapsed hotel.",
    "The mudslide buried 40 people on the hillside.",
    "The smugglers buried 60 crates of ammunition near the river.",
    "The families buried the dead at dusk.",
])
def test_the_trapped_and_things_buried_are_no_deaths(sentence):
    assert not any(category == "killed" for _, category in counts(sentence))


# -- people in camps or shelters are displaced -----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Almost 65,000 people remain squeezed into makeshift camps after the cyclone.",
     (65_000, "displaced")),
    ("About 7,000 families are still sheltering in school buildings turned into shelters.",
     (7000, "displaced")),
    ("Around 1,800 villagers spent the night in evacuation centres.", (1800, "displaced")),
    ("Officials said 30,000 residents were housed in a crowded camp on the plain.",
     (30_000, "displaced")),
    ("Some 4,000 Eritreans are packed into a transit camp by the coast.", (4000, "displaced")),
    ("Aid groups feed 90,000 people in shelters across the province.", (90_000, "displaced")),
])
def test_civilians_in_camps_or_shelters_are_displaced(sentence, expected):
    assert expected in counts(sentence)


def test_the_in_camps_rule_finds_those_no_other_cue_finds():
    sentence = "Almost 65,000 people remain squeezed into makeshift camps after the cyclone."
    assert without(["casualties.in_camps"], sentence) == []


@pytest.mark.parametrize("sentence", [
    "The army set up a camp of 400 soldiers outside the town.",
    "About 50 aid workers at the camp went on strike.",
])
def test_soldiers_and_staff_at_a_camp_are_not_displaced(sentence):
    assert counts(sentence) == []
