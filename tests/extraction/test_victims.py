"""Victims read from the people a verb of harm governs; sentences written for these tests."""

from __future__ import annotations

import pytest

from briefreader.extraction import rules
from tests.extraction.test_casualties import counts


def without(names: list[str], *paragraphs: str):
    with rules.switched_off(names):
        return counts(*paragraphs)


@pytest.mark.parametrize("sentence, expected", [
    ("A bus conductor was shot dead at a checkpoint on Monday.", (1, "killed")),
    ("The mayor died two days later in hospital.", (1, "killed")),
    ("Police arrested a teacher outside the school.", (1, "detained")),
    ("Unknown attackers beheaded a village elder near the river.", (1, "killed")),
    ("Raiders have killed the treasurer of the cooperative.", (1, "killed")),
    ("A reporter who was stabbed to death in the market had covered the trial.", (1, "killed")),
    ("Residents protested after the killing of a shopkeeper in the old town.", (1, "killed")),
])
def test_one_person_named_by_role_is_a_figure_of_one(sentence, expected):
    assert expected in counts(sentence)
    assert expected not in without(["casualties.victims_of_verb"], sentence)


def test_a_persons_name_is_one_victim():
    sentence = "Masked men shot and killed Doreen Halloway outside her bakery on Sunday."
    assert (1, "killed") in counts(sentence)
    assert (1, "killed") not in without(["casualties.one_person"], sentence)


def test_a_pronoun_is_not_counted_again():
    found = counts("A watchman was stabbed by the intruders, and they then shot him dead.")
    assert len(found) == 1
    assert counts("The intruders came back at night and shot him dead.") == []


@pytest.mark.parametrize("sentence", [
    "A watchman saw the intruders, and they shot him dead.",
    "The robber asked to see the cashier and then shot and killed her.",
])
def test_a_pronoun_whose_person_is_named_before_is_one_victim(sentence):
    assert counts(sentence) == [(1, "killed")]
    assert without(["casualties.pronoun_antecedent"], sentence) == []


def test_a_verb_hung_on_its_subject_does_not_make_the_attacker_a_victim():
    sentence = "A gunman killed his wife and her two brothers before dawn."
    assert counts(sentence) == [(3, "killed")]
    assert (1, "killed") in without(["casualties.single_is_agent"], sentence)


def test_shot_without_a_stated_death_wounds():
    sentence = "Six people were shot outside a nightclub early on Sunday."
    assert counts(sentence) == [(6, "wounded")]
    assert (1, "killed") in counts("The clerk was shot dead behind the counter.")
    assert (6, "killed") in counts("A gunman fatally shot six people at the depot.")


def test_shooting_down_is_not_a_wound():
    assert counts("Air defences shot down five drones over the port.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("A farmer and his two sons were killed in the raid.", (3, "killed")),
    ("Gunmen killed the pilot and a mechanic near the airstrip.", (2, "killed")),
    ("Six men and two women were killed when the bus was ambushed.", (8, "killed")),
])
def test_an_enumeration_is_counted(sentence, expected):
    assert expected in counts(sentence)
    assert expected not in without(["casualties.enumeration"], sentence)


def test_the_verb_decides_the_category_of_an_enumeration():
    found = counts("The shell killed a nurse and two children and wounded 14.")
    assert (3, "killed") in found and (14, "wounded") in found
    assert (2, "killed") not in found


def test_the_verb_decides_over_a_modifier():
    sentence = "Three displaced people were shot dead in the camp."
    assert counts(sentence) == [(3, "killed")]
    assert without(["casualties.verb_decides"], sentence) == [(3, "displaced")]


def test_the_armed_are_counted_apart_in_an_enumeration():
    sentence = "Twelve villagers and a soldier were killed when the convoy was attacked."
    found = counts(sentence)
    assert (12, "killed") in found and (1, "killed") in found and (13, "killed") not in found
    assert (13, "killed") in without(["casualties.armed_apart"], sentence)


def test_a_group_noun_after_the_count_does_not_hide_it():
    sentence = "Seven members of a cycling club were killed when a lorry hit them."
    assert (7, "killed") in counts(sentence)


def test_an_unknown_plural_in_an_enumeration_gives_no_total():
    found = counts("A trader and his cousins were killed at the crossing.")
    assert all(count != 2 for count, _ in found)


def test_those_harmed_along_with_the_victim_are_counted_with_them():
    sentence = "The judge was killed along with her brother and two drivers in the ambush."
    assert (4, "killed") in counts(sentence)
    assert (4, "killed") not in without(["casualties.companions"], sentence)
    assert (1, "killed") in counts("Raiders killed the shepherd with two axes.")


def test_a_whole_and_its_parts_are_not_summed():
    found = counts("At least 30 people including 12 guards and four cooks were killed.")
    assert (30, "killed") in found and (34, "killed") not in found


def test_either_of_two_harms_is_affected():
    sentence = "The blast killed or wounded at least 40 people at the depot."
    assert (40, "affected") in counts(sentence)
    assert (40, "affected") not in without(["casualties.either_harm"], sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("A journalist was found murdered near the bridge.", (1, "killed")),
    ("Three killed in clashes near the northern market.", (3, "killed")),
    ("The clinic's director was stabbed and later strangled by the raiders.", (1, "killed")),
])
def test_the_victim_standing_by_another_word(sentence, expected):
    assert expected in counts(sentence)


def test_a_bracketed_insertion_does_not_break_the_sentence():
    from briefreader.extraction.pipeline import extract_document
    from tests.extraction.test_casualties import document

    doc = document("Five people were on Saturday [14 May] killed in the raid on the [western] "
                   "market, the agency [AFP] said.")
    found = [(f.count, f.category) for f in extract_document(doc).casualties]
    assert found == [(5, "killed")]
    with rules.switched_off(["casualties.bracketed_insertions"]):
        assert [(f.count, f.category) for f in extract_document(doc).casualties] != found


@pytest.mark.parametrize("sentence, expected", [
    ("Two rangers were killed and another wounded by the shell.", (1, "wounded")),
    ("The storekeeper was killed and his nephew wounded by the mob.", (1, "wounded")),
    ("Four pickers drowned when the boat capsized. A fifth was badly hurt.", (1, "wounded")),
])
def test_a_passive_with_its_auxiliary_left_out(sentence, expected):
    assert expected in counts(sentence)
    assert expected not in without(["casualties.elliptical_passive", "casualties.one_person"],
                                   sentence)


def test_escaping_with_injuries_is_being_wounded():
    found = counts("Raiders killed four herders while two others escaped with injuries.")
    assert found == [(4, "killed"), (2, "wounded")]


@pytest.mark.parametrize("sentence, rule", [
    ("Raiders killed a local notary near the ferry.", "casualties.killed_someone"),
    ("The strike led to the death of a nurse.", "casualties.death_caused"),
    ("Masked men shot and killed Tomas Verhoef, a retired notary, at his gate.",
     "casualties.one_person"),
    ("A surveyor was dragged from his car and shot dead.", "casualties.victim_elsewhere"),
])
def test_one_victim_named_in_other_ways(sentence, rule):
    assert (1, "killed") in counts(sentence)
    assert (1, "killed") not in without([rule], sentence)


def test_a_thing_killed_is_no_victim():
    assert counts("The committee killed the bill on Tuesday.") == []
    assert counts("The senator recalled the death of a colleague years ago.") == []


def test_the_body_of_a_person_is_a_death():
    assert (1, "killed") in counts("The body of a ferryman was recovered near the dam.")


def test_an_attacker_wounded_is_no_victim_but_one_killed_is_a_figure_of_his_own():
    sentence = "The gunman was wounded by the owner of the shop."
    assert (1, "wounded") not in counts(sentence)
    assert (1, "wounded") in without(["casualties.perpetrators"], sentence)
    killed = "Two burglars broke into the shop; one of the burglars was killed by the owner."
    assert counts(killed) == [(1, "killed")]
    assert counts("Officers shot and killed the suspect after a long chase.") == [(1, "killed")]


def test_a_comma_list_is_an_enumeration_unless_it_breaks_down_the_count():
    sentence = "The arsonist killed his wife, a lodger, a neighbour and a nurse."
    assert (4, "killed") in counts(sentence)
    assert (4, "killed") not in without(["casualties.comma_list"], sentence)
    found = counts("Three people, two herders and a trader, were killed at the well.")
    assert (3, "killed") in found and (6, "killed") not in found
    found = counts("Mira Castell, a baker and choir singer, was shot dead.")
    assert found == [(1, "killed")]


def test_those_who_suffered_wounds_were_wounded():
    sentence = "Three porters who suffered burns were treated at the clinic."
    assert (3, "wounded") in counts(sentence)
    assert (3, "wounded") not in without(["casualties.suffered_wounds"], sentence)


def test_an_equal_number_repeats_the_count_before_it():
    sentence = "The shelling killed seven villagers and wounded the same number on Monday."
    assert (7, "wounded") in counts(sentence)
    assert (7, "wounded") not in without(["casualties.same_number"], sentence)


def test_a_severe_beating_wounds():
    sentence = "A ferryman was badly beaten by the smugglers."
    assert (1, "wounded") in counts(sentence)
    assert (1, "wounded") not in without(["casualties.badly_beaten"], sentence)
    assert counts("The home side was beaten by the visitors in the final.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("The raider killed the ferryman, a cook, a porter and wounded five others.",
     [(3, "killed"), (5, "wounded")]),
    ("Gunmen killed two clerks, two drivers and wounded another man on the road.",
     [(4, "killed"), (1, "wounded")]),
])
def test_a_list_closed_by_the_next_verb_is_an_enumeration(sentence, expected):
    assert counts(sentence) == expected
    assert expected[0] not in without(["casualties.list_closed_by_verb"], sentence)


def test_a_description_of_the_victim_is_not_another_victim():
    found = counts("Raiders killed the headman, a father of two, and wounded his nephew.")
    assert (1, "killed") in found and (2, "killed") not in found


def test_a_wound_said_to_be_fatal_kills():
    sentence = "The sniper fatally wounded two porters near the gate."
    assert counts(sentence) == [(2, "killed")]
    assert counts("The sniper wounded two porters near the gate.") == [(2, "wounded")]
    assert without(["casualties.fatally_wounded"], sentence) == [(2, "wounded")]


@pytest.mark.parametrize("sentence, expected", [
    ("He found the ferryman and his son on the jetty, stabbing and killing both.",
     (2, "killed")),
    ("The raiders came back at night and killed them both.", (2, "killed")),
])
def test_both_are_two_people(sentence, expected):
    assert expected in counts(sentence)
    assert expected not in without(["casualties.both"], sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("He began shooting, killing his boss, four clerks and wounded a fifth before fleeing.",
     (5, "killed")),
    ("He shot and killed his cousin and two of her friends and injured three others.",
     (3, "killed")),
])
def test_objects_the_parser_hung_apart_are_one_enumeration(sentence, expected):
    assert expected in counts(sentence)
    assert expected not in without(["casualties.objects_apart"], sentence)


def test_killed_and_wounded_sharing_one_count_is_affected():
    sentence = "The raiders killed and wounded at least 30 herders."
    assert counts(sentence) == [(30, "affected")]
    assert (30, "affected") not in without(["casualties.killed_and_wounded"], sentence)
    assert counts("Masked men shot and killed two herders.") == [(2, "killed")]
    found = counts("The raiders killed five herders and wounded nine.")
    assert (5, "killed") in found and (9, "wounded") in found


def test_pronounced_dead_is_a_death():
    assert counts("The porter was pronounced dead in hospital.") == [(1, "killed")]


def test_an_attacker_who_died_is_one_person():
    assert counts("The suspect later died of his wounds.") == [(1, "killed")]


def test_an_attacker_in_an_enumeration_is_counted_apart():
    sentence = "The guards shot dead the smuggler and a robber in the crossfire."
    found = counts(sentence)
    assert found.count((1, "killed")) == 2 and (2, "killed") not in found
    assert (2, "killed") in without(["casualties.armed_apart"], sentence)


def test_a_noun_with_its_own_verb_is_no_second_object():
    found = counts("The war has killed more than 9,000 people and displaced millions.")
    assert found == [(9000, "killed"), (1_000_000, "displaced")]


def test_a_conjunct_with_its_own_place_phrase_is_still_counted():
    sentence = "Gunmen killed the head of the clinic and two of his nurses on Monday."
    assert (3, "killed") in counts(sentence)
    assert (3, "killed") not in without(["casualties.conjunct_with_its_place"], sentence)


def test_a_participle_after_a_list_is_said_of_the_whole_list():
    sentence = "Two clerks were killed and two porters and a cook injured when the roof fell."
    assert (3, "wounded") in counts(sentence)
    assert (3, "wounded") not in without(["casualties.participle_after_list"], sentence)
