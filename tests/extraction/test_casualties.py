"""Casualty figures, one rule per test, on sentences written for these tests."""

from __future__ import annotations

import pytest

from briefreader.document import DocumentBuilder
from briefreader.extraction.casualties.figures import extract_casualties
from briefreader.extraction.model import Actor, Claim, Mention
from briefreader.extraction.nlp import parse_spans


def document(*paragraphs: str):
    builder = DocumentBuilder()
    builder.add("title", "A test report")
    for p in paragraphs:
        builder.add("paragraph", p)
    return builder.build("A test report", {})


def figures(*paragraphs: str, claims=(), actors=()):
    doc = document(*paragraphs)
    parsed = parse_spans(doc.text, [(b.start, b.end) for b in doc.blocks])
    found = extract_casualties(doc, parsed, tuple(claims), tuple(actors))
    for f in found:
        assert doc.text[f.start:f.end] == f.text
    return found


def counts(*paragraphs: str):
    return [(f.count, f.category) for f in figures(*paragraphs)]


# -- the cue before the amount --------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("An air strike on the market killed at least 30 people.", (30, "killed")),
    ("The blast wounded 14 shoppers.", (14, "wounded")),
    ("The floods have displaced more than 200,000 people.", (200_000, "displaced")),
    ("Police arrested 120 protesters on Saturday.", (120, "detained")),
    ("Gunmen abducted 30 schoolgirls from a boarding school.", (30, "detained")),
    ("The epidemic has claimed the lives of thousands of people.", (1000, "killed")),
])
def test_cue_before_the_amount(sentence, expected):
    assert counts(sentence) == [expected]


def test_lost_needs_people_after_it():
    assert counts("The militia lost hundreds of men in the siege.") == [(100, "killed")]
    assert counts("The team lost 3 matches in a row.") == []


# -- the cue after the amount ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Five soldiers were killed in a roadside bombing.", (5, "killed")),
    ("At least 23 villagers have died since the flooding began.", (23, "killed")),
    ("Officials said 17 hikers remain missing after the avalanche.", (17, "missing")),
    ("Some 1.2 million people are in need of humanitarian aid.", (1_200_000, "affected")),
    ("Around 300,000 civilians are trapped in the old city.", (300_000, "affected")),
    ("Thousands have fled their homes since the shelling began.", (1000, "displaced")),
    ("Between 40 and 50 migrants are feared drowned.", (40, "killed")),
    ("Eight people were reported killed in the clashes.", (8, "killed")),
    ("Nine of the passengers remain in hospital.", (9, "wounded")),
])
def test_cue_after_the_amount(sentence, expected):
    assert counts(sentence) == [expected]


def test_two_figures_in_one_sentence():
    assert counts("One person was killed and 12 others were wounded in the raid.") == [
        (1, "killed"), (12, "wounded")]
    assert counts("The bombing left 31 people dead and more than 100 injured.") == [
        (31, "killed"), (100, "wounded")]


def test_bare_amount_needs_its_cue_close_by():
    assert counts("Two teams were formed, one on the urgent need to reach civilians who are"
                  " trapped in the north.") == []


def test_a_detail_of_a_figure_does_not_hide_it():
    assert counts("Six people, including three children, were killed.") == [
        (6, "killed"), (3, "killed")]


# -- the head noun carries the category ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Rescuers pulled 14 bodies from the rubble.", (14, "killed")),
    ("Officials confirmed 23 fatalities.", (23, "killed")),
    ("The raid ended with dozens of casualties.", (12, "killed")),
    ("A little over 5,000 refugees crossed the border.", (5000, "displaced")),
    ("The blast claimed 17 lives.", (17, "killed")),
])
def test_head_noun_category(sentence, expected):
    assert counts(sentence) == [expected]


def test_saved_lives_are_not_casualties():
    assert counts("The new bridge has saved 40 lives a year.") == []


# -- tallies ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The death toll from the earthquake in the mountain villages has risen to 112.",
     (112, "killed")),
    ("The number of dead rose to 39 on Friday.", (39, "killed")),
    ("The ministry put the toll at 61 and the injured at 200.", None),
    ("Displaced People Pass 10 Million In The Region", (10_000_000, "displaced")),
])
def test_tallies(sentence, expected):
    found = counts(sentence)
    if expected is None:
        assert found == [(61, "killed"), (200, "wounded")]
    else:
        assert found == [expected]


def test_a_bare_number_inherits_the_category_of_the_figure_before():
    found = counts("There were 2.1 million displaced people last year.",
                   "This year the number has passed 3 million.")
    assert found == [(2_100_000, "displaced"), (3_000_000, "displaced")]


# -- one person --------------------------------------------------------------------------------

def test_a_single_person_counts_one():
    assert counts("A soldier was killed when his patrol came under fire.") == [(1, "killed")]
    assert counts("Angry crowd drowns policeman") == [(1, "killed")]


def test_the_death_of_a_known_person_is_not_a_tally():
    assert counts("Protests followed the death of a popular rebel commander.") == []


# -- status ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The UN warned that up to 2 million people could be displaced if the fighting spreads.",
    "The famine could kill as many as 50,000 children, aid groups say.",
    "Hundreds of thousands of people might die this winter.",
    "Up to 800 families risk being forced from their homes.",
])
def test_warnings_and_scenarios_are_projected(sentence):
    found = figures(sentence)
    assert len(found) == 1 and found[0].status == "projected"


def test_reported_counts_are_reported():
    found = figures("At least 100 people were feared dead after the boat capsized.")
    assert [(f.count, f.status) for f in found] == [(100, "reported")]


# -- numbers that are not casualties ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The city is home to 3 million people.",
    "An estimated 10,000 fighters are holed up in the hills.",
    "The army fired 40 missiles at the base.",
    "He was sentenced to 20 years and fined $5 million.",
    "In 2015, the region saw its worst harvest in 30 years.",
    "Nearly 90 percent of the population depends on aid.",
    "Lebanon hosts 183 refugees for every 1,000 inhabitants.",
    "One in every 100 people on Earth lives in a war zone.",
    "Mohammed Salem, 22, died in the fighting.",
    "The rescue involved more than 500 personnel and some 14 helicopters.",
])
def test_not_casualty_figures(sentence):
    assert all(f.count not in (3_000_000, 10_000, 40, 20, 5_000_000, 2015, 30, 90, 183, 100,
                               22, 500, 14) for f in figures(sentence))


# -- fields ----------------------------------------------------------------------------------

def test_fields_of_a_figure():
    (f,) = figures("Shelling killed at least 12 civilians in the town.")
    assert (f.count, f.count_high, f.qualifier, f.subject) == (12, None, "at least", "civilians")
    assert f.text == "killed at least 12 civilians"


def test_range_keeps_its_high_end():
    (f,) = figures("Between 20 and 30 fishermen are missing.")
    assert (f.count, f.count_high, f.category) == (20, 30, "missing")


# -- source ----------------------------------------------------------------------------------

def test_source_is_the_speaker_of_the_claim_holding_the_figure():
    text = "The ministry said 40 people were killed in the raid."
    doc = document(text)
    start = doc.text.index("40 people")
    claim = Claim("c1", "40 people were killed in the raid", "Health Ministry", "a1", "indirect",
                  "said", start, start + len("40 people were killed in the raid"))
    parsed = parse_spans(doc.text, [(b.start, b.end) for b in doc.blocks])
    (f,) = extract_casualties(doc, parsed, (claim,), ())
    assert (f.source, f.source_id) == ("Health Ministry", "a1")


def test_source_from_according_to_without_a_claim():
    text = "At least 9 people died in the fire, according to the Red Cross."
    doc = document(text)
    start = doc.text.index("Red Cross")
    actor = Actor("a7", "Red Cross", "organization", mentions=(Mention(start, start + 9),))
    parsed = parse_spans(doc.text, [(b.start, b.end) for b in doc.blocks])
    (f,) = extract_casualties(doc, parsed, (), (actor,))
    assert (f.source, f.source_id) == ("Red Cross", "a7")


def test_without_parse_the_plain_fallback_still_finds_figures():
    doc = document("Officials said 15 people were killed.")
    found = extract_casualties(doc, [], (), ())
    assert [(f.count, f.category) for f in found] == [(15, "killed")]


# -- later rules -------------------------------------------------------------------------------

def test_negated_counts_are_not_figures():
    assert counts("No one was hurt in the fire.") == []
    assert counts("None of the 12 crew members were injured.") == []


def test_ages_in_a_list_do_not_hide_the_count():
    assert counts("Two boys, aged 12 and 14, were killed by the blast.") == [(2, "killed")]


def test_numbers_glued_to_names_are_not_counts():
    assert counts("COVID-19 has killed 5,000 people in the province.") == [(5000, "killed")]
    assert counts("An F-16 crashed, killing 2 pilots.") == [(2, "killed")]


def test_a_part_named_after_including_shares_the_category():
    assert counts("Gunmen opened fire, killing at least 19 people, including 17 tourists, in"
                  " the assault.") == [(19, "killed"), (17, "killed")]


@pytest.mark.parametrize("sentence, expected", [
    ("The UN condemned the killing of 14 aid workers.", (14, "killed")),
    ("The evacuation of 4,000 civilians from the city began.", (4000, "displaced")),
    ("Rights groups condemned the arrest of 30 journalists.", (30, "detained")),
])
def test_nominal_cues_before_the_amount(sentence, expected):
    assert counts(sentence) == [expected]


def test_hyphenated_modifiers_before_the_noun():
    assert counts("After nine Afro-Brazilian fishermen were killed, protests began.") == [
        (9, "killed")]


def test_people_at_risk_are_counted_as_affected_now():
    (f,) = figures("Some 2 million people are at risk of famine.")
    assert (f.category, f.status) == ("affected", "reported")


def test_left_without_shelter_is_displaced():
    assert counts("About 5,000 families have been left without shelter.") == [(5000, "displaced")]


@pytest.mark.parametrize("sentence, expected", [
    ("Twelve people were taken to hospital with burns.", (12, "wounded")),
    ("Four firefighters suffered minor injuries.", (4, "wounded")),
    ("About 30 protesters are still being held by police.", (30, "detained")),
    ("Dozens were taken into custody.", (12, "detained")),
    ("At least 60 people remain unaccounted, officials said.", (60, "missing")),
    ("Thousands flee as fighting nears the capital", (1000, "displaced")),
])
def test_more_cue_phrasings(sentence, expected):
    assert counts(sentence) == [expected]


def test_may_have_died_is_a_hedged_report_not_a_forecast():
    (f,) = figures("It is feared that 100 people may have died.")
    assert (f.count, f.category, f.status) == (100, "killed", "reported")


def test_released_prisoners_are_not_detainees():
    assert counts("The government released 26 prisoners on Tuesday.") == []


@pytest.mark.parametrize("sentence", [
    "More than 100 countries signed the declaration.",
    "The group has about 5,000 members.",
    "About 200 people attended the funeral.",
    "Hamas fired 4,000 rockets during the war.",
    "Two officials spoke on condition of anonymity.",
])
def test_counts_of_people_without_a_cue_are_not_figures(sentence):
    assert counts(sentence) == []


def test_a_cue_belongs_to_the_people_named_right_before_it():
    assert counts("About 10,000 troops were deployed to protect civilians fleeing the"
                  " violence.") == []


def test_a_tally_of_things_does_not_borrow_a_category():
    assert counts("Some 40 people were killed in May.",
                  "The number of attacks rose to 50 last year.") == [(40, "killed")]


def test_coordinated_amounts_share_the_cue_after_them():
    assert counts("Two days of fighting left 27 soldiers and at least 9 civilians dead.") == [
        (27, "killed"), (9, "killed")]


def test_a_cue_with_its_own_subject_is_not_the_amounts():
    assert counts("The group, which has about 3,000 fighters, said it had captured 40"
                  " government troops.") == [(40, "detained")]


def test_counts_of_places_between_do_not_cut_the_cue_off():
    assert counts("More than 20 million people in four countries are at risk of famine.") == [
        (20_000_000, "affected")]


def test_a_part_after_including_far_from_its_figure():
    assert counts("The group said at least 92 protesters had been killed in the crackdown,"
                  " including 6 minors.") == [(92, "killed"), (6, "killed")]


@pytest.mark.parametrize("headline, expected", [
    ("Boko Haram Kidnaps 100 Girls In Northeast", (100, "detained")),
    ("Death Toll In Mountain Quake Tops 7,000", (7000, "killed")),
    ("Over 100 Dead In Clashes Between Herders And Farmers", (100, "killed")),
    ("Hundreds Feared Dead As Ferry Sinks", (100, "killed")),
    ("Suicide Bomber Kills 30 At Wedding", (30, "killed")),
])
def test_headlines_in_title_case(headline, expected):
    assert counts(headline) == [expected]


def test_seizing_things_is_not_detaining_people():
    assert counts("Police seized 40 kilograms of heroin and 3 rifles.") == []
    assert counts("Troops seized 12 suspects in dawn raids.") == [(12, "detained")]


def test_a_verb_between_two_amounts_splits_them():
    assert counts("Some 400 rebels surrendered and 50 were captured.") == [(50, "detained")]


def test_a_cue_used_as_a_noun_is_not_the_amounts():
    assert counts("About 2,000 soldiers were sent to search for the missing.") == []
    assert counts("Some 33 civilians were among the dead.") == [(33, "killed")]


@pytest.mark.parametrize("sentence", [
    "The floods have affected more than 800,000 people.",
    "More than 800,000 people have been affected by the floods.",
])
def test_affected_people(sentence):
    assert counts(sentence) == [(800_000, "affected")]


@pytest.mark.parametrize("sentence, expected", [
    ("Among the dead were 5 children.", (5, "killed")),
    ("The dead included 3 journalists.", (3, "killed")),
    ("The injured include two police officers.", (2, "wounded")),
])
def test_members_of_the_dead_or_injured(sentence, expected):
    assert counts(sentence) == [expected]


def test_people_who_are_refugees():
    assert counts("Of those, 21.3 million were refugees and 3.2 million were asylum"
                  " seekers.") == [(21_300_000, "displaced"), (3_200_000, "displaced")]


def test_an_amount_compared_with_a_figure_shares_its_category():
    assert counts("More than 2,500 people have died at sea this year, compared with 1,855"
                  " during the same period last year.") == [(2500, "killed"), (1855, "killed")]


@pytest.mark.parametrize("sentence, status", [
    ("The UN will hold talks after 300 people were killed in the city.", "reported"),
    ("If confirmed, the strike killed 12 civilians.", "reported"),
    ("If the dam fails, 20,000 people would be displaced.", "projected"),
    ("If 100 people are killed, the talks will collapse.", "projected"),
])
def test_status_reads_only_the_figures_own_clause(sentence, status):
    (f,) = figures(sentence)
    assert f.status == status


def test_source_named_in_a_headline_says():
    text = "Floods Leave 40 Dead, Red Cross Says"
    doc = document(text)
    start = doc.text.index("Red Cross")
    actor = Actor("a3", "International Red Cross", "organization",
                  mentions=(Mention(start, start + 9),))
    parsed = parse_spans(doc.text, [(b.start, b.end) for b in doc.blocks])
    (f,) = extract_casualties(doc, parsed, (), (actor,))
    assert (f.count, f.source, f.source_id) == (40, "International Red Cross", "a3")


def test_source_uses_the_canonical_name_of_the_claims_speaker():
    doc = document("The agency said 40 people were killed.")
    start = doc.text.index("40")
    actor = Actor("a1", "World Health Organization", "organization")
    claim = Claim("c1", "40 people were killed", "the agency", "a1", "indirect", "said",
                  start, start + len("40 people were killed"))
    parsed = parse_spans(doc.text, [(b.start, b.end) for b in doc.blocks])
    (f,) = extract_casualties(doc, parsed, (claim,), (actor,))
    assert f.source == "World Health Organization"


def test_parts_given_as_n_of_them():
    assert counts("Three people, two of them children, were killed when the roof"
                  " collapsed.") == [(3, "killed"), (2, "killed")]
    assert counts("The attack wounded more than 50 people, 10 of them seriously.") == [
        (50, "wounded"), (10, "wounded")]


@pytest.mark.parametrize("sentence, expected", [
    ("A UN report said 14 million people are on the brink of famine.", (14_000_000, "affected")),
    ("Some 5.1 million people face severe food shortages.", (5_100_000, "affected")),
    ("The UN has verified 10,000 civilian deaths.", (10_000, "killed")),
    ("Two U.S. service members were killed in the attack.", (2, "killed")),
])
def test_humanitarian_and_conflict_phrasings(sentence, expected):
    assert counts(sentence) == [expected]


def test_animals_are_not_casualty_figures():
    assert counts("Some 140 pilot whales died after beaching on the island.") == []


def test_people_in_critical_condition_are_wounded():
    assert counts("Officials said 89 people remain in critical condition.") == [(89, "wounded")]


def test_a_single_person_named_by_nationality():
    assert counts("A Palestinian was shot dead near the village.") == [(1, "killed")]
    assert counts("An American was detained at the border.") == [(1, "detained")]
    assert counts("A Russian official said the talks would continue.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Seven people were beaten to death by the mob.", (7, "killed")),
    ("The militants beheaded 21 hostages.", (21, "killed")),
    ("Twelve people, most of them civilians, were killed in the strike.", (12, "killed")),
    ("Officials reported 45 confirmed deaths.", (45, "killed")),
])
def test_killing_phrasings(sentence, expected):
    assert counts(sentence) == [expected]


def test_a_modal_before_the_subject_belongs_to_another_verb():
    (f,) = figures("The UN said it would deliver aid to 20,000 people trapped in the city.")
    assert (f.count, f.category, f.status) == (20_000, "affected", "reported")


def test_the_bundled_sample_article(sample_path):
    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading import load_document

    document = load_document(sample_path)
    found = {(f.count, f.category, f.status) for f in extract_document(document).casualties}
    assert {(12, "killed", "reported"), (800_000, "displaced", "projected"),
            (100_000, "killed", "projected"), (400_000, "killed", "reported"),
            (1, "killed", "reported"), (12, "wounded", "reported")} <= found
    assert not any(count in (3_000_000, 10_000, 5) for count, _, _ in found)  # population,
    # fighters, missiles


def test_people_moved_to_shelters_are_displaced():
    assert counts("More than 9,000 homes were flooded and some 40,000 had been moved to "
                  "temporary shelters, officials said.") == [(40000, "displaced")]


def test_detentions_and_arrests_count_detained_people():
    assert counts("Around 3,000 detentions have been made.",
                  "Police made 45 arrests overnight.") == [(3000, "detained"), (45, "detained")]


def test_prisoners_who_escaped_are_not_detained():
    assert counts("Officials said 210 prisoners had escaped from the jail after the quake.") == []


def test_people_in_shelters_or_ordered_to_evacuate_are_displaced():
    assert counts("About 8,200 people were in shelters, the agency said.",
                  "Some 3 million people were ordered to evacuate their homes.") == [
        (8200, "displaced"), (3_000_000, "displaced")]


def test_two_coordinated_figures_with_asides_share_the_cue_after_them():
    assert counts("About 900 villagers, most of them farmers, and 40 soldiers, most of them "
                  "conscripts, were killed in the fighting.") == [(900, "killed"), (40, "killed")]


def test_people_who_might_have_to_leave_their_homes_are_projected_displaced():
    found = figures("The agency warned that as many as 1,200 people living on the slopes might "
                    "have to leave their homes.")
    assert [(f.count, f.category, f.status) for f in found] == [(1200, "displaced", "projected")]


def test_a_cue_inside_an_including_aside_belongs_to_the_detail_only():
    assert counts("Officials said 140 people, including 25 wounded, had been freed after "
                  "soldiers retook the building.") == [(25, "wounded")]


def test_people_taken_hostage_are_detained():
    assert counts("The gunmen stormed the hotel and took dozens hostage.") == [(12, "detained")]


def test_a_casualty_adjective_on_the_counted_noun_beats_the_verb():
    found = figures("Ambulance crews evacuated 23 badly injured miners to the regional hospital.")
    assert [(f.count, f.category) for f in found] == [(23, "wounded")]


def test_n_more_goes_on_with_the_count_before_it():
    found = counts("Divers brought up nine bodies from the lake on Friday, and four more "
                   "were recovered on Saturday.")
    assert found == [(9, "killed"), (4, "killed")]


def test_feared_buried_counts_as_killed_like_feared_dead():
    assert counts("Nearly 60 villagers were feared buried after the hillside collapsed.") == [
        (60, "killed")]


def test_people_infected_by_an_outbreak_are_affected():
    assert counts("The fever has infected more than 2,300 people across the district.") == [
        (2300, "affected")]


def test_n_more_with_a_state_of_its_own_does_not_inherit():
    assert counts("At least 9 people have died of typhoid in the camp, and dozens more were "
                  "sick.") == [(9, "killed"), (12, "affected")]


# -- vocabulary around the amount ----------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ('The militants said they had killed "more than 30 soldiers."', [(30, "killed")]),
    ("About 380,000 people have taken refuge in schools.", [(380_000, "displaced")]),
    ("Without new funding, some 200,000 people will go hungry.", [(200_000, "affected")]),
    ("Some 5,000 people need shelter after the storm.", [(5_000, "affected")]),
    ("About 3,000 families are in need of food.", [(3_000, "affected")]),
])
def test_cue_words_around_the_amount(sentence, expected):
    assert counts(sentence) == expected


def test_going_hungry_tomorrow_is_projected():
    (figure,) = figures("Without new funding, some 200,000 people will go hungry.")
    assert figure.status == "projected"


# -- amounts joined to the figure before them ----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The strike killed 4 soldiers and 9 civilians.", [(4, "killed"), (9, "killed")]),
    # an enumeration is counted (GUIDELINES), the armed apart (casualties.armed_apart)
    ("Gunmen abducted 12 students and two teachers.", [(14, "detained")]),
    ("The raid killed 4 soldiers, 9 civilians and 2 police officers.",
     [(6, "killed"), (9, "killed")]),
    ("Rescuers evacuated 40 wounded soldiers and 300 residents.",
     [(40, "wounded"), (300, "displaced")]),
    ("Shelling killed 12 people and 300 cattle.", [(12, "killed")]),
    ("Police arrested 40 people and seized 12 rifles.", [(40, "detained")]),
    ("The attack wounded 30, 5 critically.", [(30, "wounded")]),
])
def test_an_amount_joined_by_and_shares_the_verb_before_the_first(sentence, expected):
    assert counts(sentence) == expected


def test_a_part_of_the_wounded_who_died_is_killed():
    assert counts("The toll rose to 27 after four of the wounded died.") == [
        (27, "killed"), (4, "killed")]


@pytest.mark.parametrize("sentence, expected", [
    ("Clinics treated 450 cholera patients last week.", [(450, "affected")]),
    ("About 120 people were treated for suspected measles.", [(120, "affected")]),
    ("Doctors treated 45 people for burns.", [(45, "wounded")]),
])
def test_people_treated_for_a_disease_are_affected_not_wounded(sentence, expected):
    assert counts(sentence) == expected


def test_a_part_of_its_own_people_is_counted():
    assert counts("The force said two of its soldiers were wounded.") == [(2, "wounded")]


@pytest.mark.parametrize("sentence, expected", [
    ("Officials say 1,100 people were killed in the raid on Oct. 7 and 240 were taken hostage.",
     [(1_100, "killed"), (240, "detained")]),
    ("The militants attacked on 7 October and killed 40 soldiers.", [(40, "killed")]),
    ("The strike on Jan 3 killed 9 civilians.", [(9, "killed")]),
])
def test_the_day_of_a_date_is_not_a_count(sentence, expected):
    assert counts(sentence) == expected


def test_people_in_detention_are_detained():
    assert counts("Some 20,000 people are in detention.") == [(20_000, "detained")]


@pytest.mark.parametrize("sentence, expected", [
    ("The deaths bring to 48 the number of people killed in two months of unrest.",
     [(48, "killed")]),
    ("The clashes raised to 112 the total number of civilians wounded.", [(112, "wounded")]),
])
def test_a_tally_named_after_its_amount(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Officials said 600 prisoners had been pardoned.",
    "The two sides agreed that 90 prisoners would be exchanged on Friday.",
    "Some 40 detainees were set free on Sunday.",
])
def test_held_people_who_are_let_go_are_not_counted(sentence):
    assert counts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("More than 100,000 people have crossed into Chad since April.", [(100_000, "displaced")]),
    ("About 3,000 fighters crossed into the town overnight.", []),
    ("Over 300 people sought asylum in the country last month.", [(300, "displaced")]),
    ("The floods left 2,000 families without a roof over their heads.",
     [(2_000, "displaced")]),
])
def test_crossing_a_border_seeking_asylum_and_losing_a_roof_are_displacement(sentence, expected):
    assert counts(sentence) == expected


def test_a_part_named_in_an_aside_keeps_the_category_of_its_figure():
    found = figures("The blast killed 12 people, including four children, and wounded 30.")
    assert [(f.count, f.category) for f in found] == [
        (12, "killed"), (4, "killed"), (30, "wounded")]


@pytest.mark.parametrize("sentence, expected", [
    ("The strike killed a family of five.", [(5, "killed")]),
    ("Police detained the two men on Sunday.", [(2, "detained")]),
    ("Gunmen abducted a group of 14 students.", [(14, "detained")]),
])
def test_a_cue_before_a_family_a_group_or_the_people_counted(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The storm is forecast to affect about 3 million people.",
     (3_000_000, "affected", "projected")),
    ("The cyclone is projected to displace 400,000 people.", (400_000, "displaced", "projected")),
    ("Without aid, nearly 600,000 children face death from severe malnutrition.",
     (600_000, "affected", "reported")),
])
def test_a_forecast_is_projected_and_people_facing_death_are_affected(sentence, expected):
    assert [(f.count, f.category, f.status) for f in figures(sentence)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Those killed included two journalists.", [(2, "killed")]),
    ("Those arrested include 40 students, police said.", [(40, "detained")]),
])
def test_who_the_people_of_a_category_were_counts_them(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The agency recorded 8,200 families arriving in camps around the town.",
     [(8200, "displaced")]),
    ("Some 3,000 people arrived at shelters in the capital overnight.", [(3000, "displaced")]),
    ("About 200 trucks arrived in camps.", []),
])
def test_people_arriving_in_camps_or_shelters_are_displaced(sentence, expected):
    assert counts(sentence) == expected


def test_a_part_with_its_own_verb_in_the_aside_takes_that_verbs_category():
    found = figures("Assessments indicate that over 90,000 people have been affected, of whom an "
                    "estimated 15,000 are displaced and staying in schools.")
    assert [(f.count, f.category) for f in found] == [(90_000, "affected"), (15_000, "displaced")]


def test_one_person_named_among_the_people_of_a_category_counts_one():
    assert counts("The dead included a 12-year-old boy.") == [(1, "killed")]
    assert counts("The team included a doctor.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("The shelling killed several dozen people near the depot.", (12, "killed")),
    ("Riot police detained a few dozen students outside the court.", (12, "detained")),
    ("Dozens of villagers were abducted by the militia.", (12, "detained")),
    ("Scores of protesters were injured in the clashes.", (20, "wounded")),
    ("Hundreds of families have fled the fighting in the hills.", (100, "displaced")),
])
def test_vague_amounts_of_dozens_scores_and_hundreds_count(sentence, expected):
    found = figures(sentence)
    assert [(f.count, f.category) for f in found] == [expected]
    assert found[0].qualifier.split()[-1] in ("dozen", "dozens", "scores", "hundreds")


@pytest.mark.parametrize("sentence", [
    "Two-thirds of the 4,700 villagers have fled since the dam was breached.",
    "Half of the 1,800 families in the settlement have been displaced again.",
    "A third of the district's 15,000 people have fled to the hills.",
    "The offensive displaced half of the 6,000 households in the valley.",
    "About 40 percent of the 700 miners are still missing.",
])
def test_a_part_of_a_whole_does_not_give_the_whole_the_parts_fate(sentence):
    assert counts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Half of the 36 people killed were children.", (36, "killed")),
    ("Most of the 52 dead were women, the clinic said.", (52, "killed")),
    ("All of the 340 residents have fled.", (340, "displaced")),
])
def test_a_cue_on_the_whole_still_counts_the_whole(sentence, expected):
    assert counts(sentence) == [expected]
