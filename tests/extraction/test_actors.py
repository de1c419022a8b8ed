"""Actors, one rule per test, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from briefreader.extraction.pipeline import extract_document
from briefreader.loading.text import parse_plain_text


def extract(*paragraphs: str, title: str = "Officials meet as talks resume"):
    document = parse_plain_text("\n\n".join((title, *paragraphs)), Path("t.txt"), "utf-8")
    return document, extract_document(document)


def actors(*paragraphs: str):
    return extract(*paragraphs)[1].actors


def named(found, name: str):
    hits = [a for a in found if a.name == name or name in a.aliases]
    assert len(hits) == 1, f"{name!r} in {[(a.name, a.aliases) for a in found]}"
    return hits[0]


def names(found) -> set[str]:
    return {a.name for a in found} | {n for a in found for n in a.aliases}


def test_surname_and_titled_name_are_one_person_with_a_role():
    found = actors("Russian President Vladimir Putin met the delegation on Monday.",
                   "Putin later told reporters that the talks had gone well.")
    putin = named(found, "Vladimir Putin")
    assert putin.kind == "person"
    assert "Putin" in putin.aliases
    assert putin.role and "President" in putin.role
    assert len([a for a in found if "Putin" in a.name]) == 1


def test_misspelt_full_name_joins_the_right_spelling():
    found = actors("Turkish President Recep Tayyip Erdogan spoke to the press in the morning.",
                   "Later, Regep Tayyip Erdogan said the border would stay open.")
    erdogan = [a for a in found if "Erdogan" in a.name]
    assert len(erdogan) == 1
    assert len(erdogan[0].mentions) == 2


def test_acronym_in_parentheses_joins_its_expansion():
    found = actors("The Norwegian Refugee Council (NRC) said 400 families had arrived.",
                   "The NRC added that more shelters were needed.")
    council = named(found, "Norwegian Refugee Council")
    assert "NRC" in council.aliases
    assert council.kind == "organization"


def test_acronym_joins_the_name_it_abbreviates_by_initials():
    found = actors("The International Organization for Migration issued a report on Monday.",
                   "IOM said the number of displaced people had risen.")
    agency = named(found, "IOM")
    assert agency.name == "International Organization for Migration"


def test_a_country_that_acts_is_a_state():
    found = actors("Russia has given the government crucial support throughout the war.")
    assert named(found, "Russia").kind == "state"


def test_a_country_named_only_as_a_place_is_not_an_actor():
    found = actors("The convoy travelled from Lebanon to the border town before dawn.")
    assert "Lebanon" not in names(found)


def test_towns_and_provinces_are_not_actors():
    found = actors("Shelling hit villages in Hama and Tartus provinces overnight.",
                   "Residents of Aleppo fled toward the coast.")
    assert not {"Hama", "Tartus", "Aleppo"} & names(found)


def test_nationality_adjectives_are_not_actors():
    found = actors("Russian jets and Iranian drones struck the outskirts of the city.")
    assert not {"Russian", "Iranian"} & names(found)


def test_a_name_in_apposition_to_a_title_is_a_person():
    found = actors("The special envoy to the region, Jan Kowalczyk, called for calm on Sunday.")
    assert named(found, "Jan Kowalczyk").kind == "person"


def test_a_news_agency_is_an_organization():
    found = actors("SANA news agency said the air defences had intercepted several missiles.")
    assert named(found, "SANA").kind == "organization"


def test_demonym_and_state_body_is_one_organization():
    found = actors("The Indian army sealed off the district on Friday.",
                   "The Indian military said the operation would continue.")
    army = [a for a in found if "Indian" in a.name]
    assert len(army) == 1
    assert army[0].kind == "organization"


def test_a_capital_acting_for_its_country_is_that_state():
    found = actors("Moscow has complained that the shipments violate the agreement.")
    russia = named(found, "Russia")
    assert "Moscow" in russia.aliases


def test_mentions_point_at_the_actor_names_in_the_text():
    document, extraction = extract("Foreign Minister Sergei Lavrov met his counterpart.",
                                   "Lavrov said the meeting was useful.")
    lavrov = named(extraction.actors, "Sergei Lavrov")
    texts = [document.text[m.start:m.end] for m in lavrov.mentions]
    assert texts == ["Sergei Lavrov", "Lavrov"]


def test_byline_and_credit_names_are_not_actors():
    found = actors("By Marta Lindqvist",
                   "The minister resigned on Tuesday.",
                   "(Additional reporting by Tomasz Nowak; Editing by Clara Weiss)",
                   "Pavel Dvorak contributed reporting from Prague.")
    assert not {"Tomasz Nowak", "Clara Weiss", "Marta Lindqvist", "Pavel Dvorak"} & names(found)


def test_a_shorter_name_of_an_organization_joins_the_full_name():
    found = actors("The United Nations Security Council met in New York on Friday.",
                   "The Security Council said it would vote next week.")
    council = [a for a in found if "Security Council" in a.name]
    assert len(council) == 1


def test_empty_and_odd_documents_give_no_actors():
    assert actors("") == ()
    assert isinstance(actors("((( ))) “ « ‘ ’ » ” 12345"), tuple)


def test_an_acronym_followed_by_its_expansion_in_parentheses():
    found = actors("The attack was claimed by KLF (Kivu Liberation Front) on Sunday.",
                   "KLF said its fighters had withdrawn.")
    front = named(found, "KLF")
    assert "Kivu Liberation Front" in front.aliases or front.name == "Kivu Liberation Front"


def test_two_people_tagged_as_one_name_are_split():
    found = actors("President Salva Kiir and Vice President Riek Machar met on Friday.",
                   "Later Kiir and Machar signed a ceasefire.")
    assert not any(" and " in a.name for a in found)
    assert len([a for a in found if "Kiir" in a.name]) == 1


def test_a_name_before_a_place_noun_is_a_place():
    found = actors("Rockets hit targets in Syria's Hama and Tartus provinces overnight.")
    assert not {"Hama", "Tartus"} & names(found)


def test_a_word_inside_a_title_is_not_a_person():
    found = actors("The unit is directed by Deputy Defense Minister Yunus Yevkurov, officials "
                   "said.")
    assert "Defense" not in names(found)


def test_the_head_of_an_organisation_name_joins_it():
    found = actors("The Syrian Observatory for Human Rights said 12 civilians were killed.",
                   "The Observatory added that the strikes continued.")
    assert len([a for a in found if "Observatory" in a.name]) == 1


def test_a_shortened_full_name_joins_the_person():
    found = actors("Tribal elder Mary Anne Walker spoke at the gathering on Monday.",
                   "Mary Anne said the whales had come ashore at dawn.")
    assert len([a for a in found if a.name.startswith("Mary Anne")]) == 1


def test_mentions_the_model_missed_are_found_by_name():
    document, extraction = extract(
        "Amnesty director Lotfi Azzouz said the law was too broad.",
        "“The attack is aimed at the transition,” Azzouz said. “We must be careful.”")
    person = named(extraction.actors, "Lotfi Azzouz")
    texts = [document.text[m.start:m.end] for m in person.mentions]
    assert texts.count("Azzouz") == 1 and texts.count("Lotfi Azzouz") == 1


def test_an_armed_movement_tagged_as_people_is_one_group():
    found = actors("The Houthis said they had fired a missile at the airport.",
                   "A Houthi spokesman said the attacks would continue.")
    group = [a for a in found if "Houthi" in a.name]
    assert len(group) == 1 and group[0].kind == "group"


def test_a_dateline_city_is_not_an_actor():
    found = actors("DUBAI (Reuters) - The ministry said on Tuesday that talks had resumed.")
    assert "DUBAI" not in names(found)


def test_a_state_body_named_with_its_country_in_either_form_is_one_organization():
    found = actors("Russia's Defense Ministry said its forces had hit a depot.",
                   "The Russian Defense Ministry later published a video of the strike.")
    ministry = [a for a in found if "Defense Ministry" in a.name]
    assert len(ministry) == 1
    assert ministry[0].name in ("Russia's Defense Ministry", "Russian Defense Ministry")


def test_an_acronym_alone_is_named_by_its_full_name_when_well_known():
    found = actors("The U.N. said aid convoys had reached the city.")
    assert named(found, "U.N.").name == "United Nations"


def test_abbreviated_military_ranks_are_roles_not_names():
    found = actors("Gen Abdel Fattah Idris vowed to retake the city on Monday.")
    general = [a for a in found if "Idris" in a.name]
    assert len(general) == 1 and not general[0].name.startswith("Gen ")


def test_known_as_gives_an_alias_and_later_mentions():
    document, extraction = extract(
        "Militia leader Mohamed Hamdan Dagalo, known as Hemedti, met the envoy on Monday.",
        "Hemedti said his forces were ready for talks.")
    leader = named(extraction.actors, "Mohamed Hamdan Dagalo")
    assert "Hemedti" in leader.aliases
    assert any(document.text[m.start:m.end] == "Hemedti" for m in leader.mentions)


def test_a_well_known_agency_by_acronym_is_an_actor_even_when_the_model_misses_it():
    found = actors("The government said it was sending tents to the valley. UNICEF warned that "
                   "as many as 5,000 children could fall ill.")
    assert named(found, "UNICEF").kind == "organization"


def test_a_well_known_body_by_full_name_and_acronym_is_one_actor():
    found = actors("The World Food Programme said it had run out of flour.",
                   "WFP trucks were stopped at the border, the agency added.")
    assert "WFP" in named(found, "World Food Programme").aliases


def test_a_title_abbreviation_is_not_a_person_of_its_own():
    found = actors("Army spokesman Brig. Dinesh Wijeratne said troops had reached the village.")
    assert {a.name for a in found if a.kind == "person"} == {"Dinesh Wijeratne"}


def test_a_first_name_after_a_title_joins_the_surname_tagged_alone():
    found = actors("Disaster Management Center spokesman Pradeep Kodippili said more than "
                   "600,000 people had been affected by the floods.")
    assert named(found, "Pradeep Kodippili").kind == "person"
    assert "Kodippili" not in {a.name for a in found}


def test_an_untagged_speaker_is_an_actor_joined_to_the_full_name():
    found = actors("The minister blamed the unrest on exiled cleric Fethullah Gulen.",
                   "Gulen, who has lived abroad since 1999, denied any involvement.")
    assert named(found, "Fethullah Gulen").kind == "person"


def test_an_acronym_in_parentheses_joins_the_name_before_it():
    found = actors("The officer blamed the raid on the Allied Democratic Forces (ADF), a rebel "
                   "group.",
                   "The ADF has been blamed for many attacks.")
    assert "ADF" in named(found, "Allied Democratic Forces").aliases


def test_a_town_in_apposition_to_the_capital_is_a_place():
    found = actors("Hundreds of families fled to the provincial capital, Lashkar Gah, officials "
                   "said.")
    assert "Lashkar Gah" not in names(found)


def test_a_well_known_body_named_after_a_un_prefix_is_that_body():
    found = actors("“Supplies are running out,” said Ana Costa, a spokeswoman for the U.N. Office "
                   "for the Coordination of Humanitarian Affairs.")
    assert "OCHA" in names(found)


def test_two_entities_side_by_side_are_one_persons_name():
    found = actors("Rebel spokesman Sheikh Abdiasis Abu Musab told reporters the group had "
                   "carried out the raid.")
    assert {a.name for a in found if a.kind == "person"} == {"Abdiasis Abu Musab"}


def test_al_shabaab_in_its_common_spelling_is_a_group():
    found = actors("Al Shabaab said it had carried out the attack on the base.")
    assert named(found, "Al Shabaab").kind == "group"


def test_a_town_after_attack_on_is_still_a_place():
    found = actors("Ten soldiers were killed in the attack on Bosso on Friday, the army said.",
                   "Thousands of people have arrived in the town of Bosso since the weekend.")
    assert "Bosso" not in names(found)


def test_a_world_region_is_not_a_person():
    found = actors("“Stop these killings,” said Anna Berg, the group's deputy Asia director.")
    assert "Asia" not in names(found)


def test_an_acronym_spelling_a_name_with_its_place_joins_the_whole_name():
    found = actors("Al Qaeda in the Arabian Peninsula (AQAP) said it carried out the raid.",
                   "The United Nations Support Mission in Libya (UNSMIL) condemned the attack.")
    assert "AQAP" in named(found, "Al Qaeda in the Arabian Peninsula").aliases
    assert "UNSMIL" in named(found, "United Nations Support Mission in Libya").aliases
    assert not names(found) & {"Arabian Peninsula", "Libya"}


def test_a_state_body_used_as_a_modifier_of_people_or_things_is_not_an_actor():
    found = actors("Russian military engineers were clearing mines in the old city.")
    assert "Russian military" not in names(found)


def test_a_state_body_whose_estimates_are_cited_is_an_actor():
    found = actors("About 4,000 militants defend the city, according to U.S. military estimates.")
    assert "U.S. military" in names(found)


def test_a_name_with_a_particle_speaking_is_a_person():
    found = actors("Henrik de Vries said in Vienna that the talks would resume.")
    assert named(found, "Henrik de Vries").kind == "person"


def test_a_name_before_group_is_the_whole_name_and_a_group():
    found = actors("Fighters from the Tehran-backed Kataib Jund Nasr group seized the bridge.")
    assert named(found, "Kataib Jund Nasr").kind == "group"


def test_movement_words_in_other_languages_make_a_group():
    found = actors("Jaish-ul-Nasr said it carried out the bombing.")
    assert named(found, "Jaish-ul-Nasr").kind == "group"


def test_a_name_with_an_organisation_word_is_not_a_person():
    found = actors("Children Relief Watch said the strikes were unlawful.")
    assert named(found, "Children Relief Watch").kind == "organization"


def test_a_role_in_apposition_drops_its_possessive_pronoun():
    found = actors("Her spokeswoman, Ilse Marwick, said the minister would travel on Monday.")
    assert named(found, "Ilse Marwick").role == "spokeswoman"


def test_a_capital_as_a_place_is_no_mention_of_its_state():
    found = actors("Nairobi was hit by heavy rain overnight, residents said. "
                   "Prices in Nairobi rose.")
    assert not any(a.kind == "state" for a in found)


def test_a_capital_speaking_is_its_state_but_its_place_mentions_are_not():
    document, extraction = extract("Cairo said the talks would go on. Delegates met in Cairo.")
    egypt = named(extraction.actors, "Egypt")
    assert [document.text[m.start:m.end] for m in egypt.mentions] == ["Cairo"]
    assert egypt.mentions[0].start < document.text.index("Delegates")


def test_a_surname_after_a_particle_takes_the_whole_name():
    found = actors("Anders da Costa said in Vienna that the talks would resume.")
    assert named(found, "Anders da Costa").kind == "person"


def test_a_name_opening_with_a_lower_case_particle_is_an_actor():
    found = actors("The al-Shabab extremist group said it carried out the attack.",
                   "Troops pressed on with the offensive against al-Shabab.")
    group = named(found, "al-Shabab")
    assert group.kind == "group"
    assert len(group.mentions) == 2


def test_a_surname_with_its_particle_tagged_as_an_organization_is_a_person():
    found = actors("de Villiers said the talks would resume on Monday.")
    assert named(found, "de Villiers").kind == "person"


def test_a_first_name_tagged_apart_from_its_particle_surname_joins_it():
    found = actors("“We fear the worst,” said Magnus van Loon, a hydrologist.")
    person = named(found, "Magnus van Loon")
    assert person.kind == "person"
    assert "Magnus" not in names(found) - {"Magnus van Loon"}


def test_a_surname_tagged_apart_after_a_particle_joins_the_name():
    found = actors("Ursula von der Leyen said the bloc would send aid.")
    assert named(found, "Ursula von der Leyen").kind == "person"


def test_a_peacekeeping_mission_in_a_country_is_its_own_actor_and_speaker():
    document, found = extract("The U.N. peacekeeping mission in Tarvelia condemned the attack.",
                              "“Such attacks are abhorrent,” the mission said.")
    mission = named(found.actors, "U.N. peacekeeping mission in Tarvelia")
    assert mission.kind == "organization"
    assert "UN peacekeeping mission in Tarvelia" in mission.aliases
    assert "United Nations" not in names(found.actors)
    assert {c.speaker for c in found.claims} == {"U.N. peacekeeping mission in Tarvelia"}


def test_a_known_body_written_with_un_is_known_by_its_acronym():
    found = actors("The UN Development Programme said the clinics would reopen.")
    assert named(found, "UNDP").kind == "organization"


def test_an_acronym_set_beside_a_mission_is_the_same_actor():
    found = actors("The U.N. force in Tarvelia, UNFT, said it had recorded dozens of violations.",
                   "UNFT urged both sides to show restraint.")
    mission = named(found, "UNFT")
    assert "U.N. force in Tarvelia" in (mission.name, *mission.aliases)
    assert len(found) == 1


def test_a_countrys_possessive_body_is_the_body_not_the_state():
    found = actors("Chad's army said it had retaken the bridge.",
                   "The Chadian army later said 12 soldiers were killed.")
    army = named(found, "Chadian army")
    assert army.kind == "organization"
    assert len(army.mentions) == 2
    assert "Chad" not in names(found)


def test_diseases_and_named_storms_are_not_actors():
    found = actors("The number of confirmed Ebola cases has risen to 164.",
                   "Cholera has spread to four provinces, the ministry said.",
                   "Cyclone Freddy has killed more than 200 people.",
                   "Hurricane Maria killed 64 people.")
    assert names(found) == set()


def test_a_body_tagged_with_the_region_of_a_title_after_it_is_the_body():
    found = actors("The World Health Organization's Europe director Hans Kluge said up to "
                   "23 million people could be affected.")
    assert named(found, "World Health Organization").kind == "organization"
    assert named(found, "Hans Kluge").kind == "person"
    assert not any("Europe" in n for n in names(found))


def test_a_shorter_name_inside_one_longer_name_is_the_same_body():
    found = actors("The Ostravian Red Cross Society said 12 people had died.",
                   "Red Cross spokeswoman Ana Ruiz said rescue teams were on their way.")
    society = named(found, "Ostravian Red Cross Society")
    assert "Red Cross" in (society.name, *society.aliases)
    assert len([a for a in found if a.kind == "organization"]) == 1


def test_a_mission_with_several_describing_words_is_its_own_actor():
    found = actors("The United Nations human rights monitoring mission in Tarvelia said at least "
                   "300 civilians had been killed.")
    mission = named(found, "United Nations human rights monitoring mission in Tarvelia")
    assert "UN human rights monitoring mission in Tarvelia" in mission.aliases


def test_the_other_name_given_with_known_as_is_the_same_actor_wherever_written():
    found = actors("A gang leader, Jimmy Cherizier, known as Barbecue, warned of civil war.",
                   "Barbecue said his men would not disarm.")
    person = named(found, "Jimmy Cherizier")
    assert "Barbecue" in person.aliases
    assert len(found) == 1


def test_a_body_named_with_its_place_and_known_as_keeps_the_place_in_its_name():
    found = actors("According to the U.N. Integrated Office in Haiti, known as BINUH, at least "
                   "1,500 people were killed.")
    office = named(found, "U.N. Integrated Office in Haiti")
    assert "BINUH" in office.aliases
    assert len(found) == 1


def test_an_other_name_the_model_tags_as_a_place_does_not_turn_the_person_into_one():
    found = actors("RSF commander Mohamed Hamdan Dagalo, known as Hemedti, accused the army "
                   "chief of trying to seize power.")
    assert "Hemedti" in named(found, "Mohamed Hamdan Dagalo").aliases


def test_a_known_body_written_with_u_n_inside_its_name_is_whole():
    found = actors("The Office of the U.N. High Commissioner for Human Rights said at least "
                   "900 civilians had been killed.")
    office = named(found, "OHCHR")
    assert office.name == "Office of the U.N. High Commissioner for Human Rights"


def test_a_first_name_left_out_of_a_name_in_apposition_joins_it():
    found = actors("According to the state's chief secretary, Pradeep Jena, about 200 ambulances "
                   "had been deployed.")
    assert named(found, "Pradeep Jena").kind == "person"


def test_a_description_run_into_a_bodys_name_is_left_out():
    found = actors("The cause was not known, railway spokesman Amitabh Sharma told the Press "
                   "Trust of Ostra news agency.")
    assert named(found, "Press Trust of Ostra").kind == "organization"


def test_buildings_and_places_hit_are_not_actors():
    found = actors("Smoke rose over Khan Younis as tanks advanced.",
                   "Shelling hit Al-Amal Hospital on Monday.",
                   "Gunmen attacked the Kuje prison overnight.")
    assert names(found) == set()


def test_a_hospital_that_speaks_is_an_actor():
    found = actors("Al-Amal Hospital said it had received 20 bodies.")
    assert named(found, "Al-Amal Hospital").kind == "organization"


def test_a_demonym_tagged_apart_from_a_state_body_is_in_its_name():
    found = actors("Chinese Foreign Ministry spokeswoman Hua Chunying told a daily briefing that "
                   "Beijing opposed the sanctions.")
    assert named(found, "Chinese Foreign Ministry").kind == "organization"


def test_two_bodies_tagged_as_one_name_are_two_actors():
    found = actors("Amnesty International and Human Rights Watch said the attack could amount "
                   "to a war crime.")
    assert named(found, "Amnesty International").kind == "organization"
    assert named(found, "Human Rights Watch").kind == "organization"


def test_a_body_with_and_in_its_name_stays_whole():
    found = actors("The Ministry of Peace and Reconciliation said the envoy had been recalled.")
    assert [a.name for a in found] == ["Ministry of Peace and Reconciliation"]


def test_a_movements_code_name_before_rebels_is_an_actor():
    found = actors("M23 rebels seized the town on Tuesday, the army said.")
    assert named(found, "M23").kind in ("organization", "group")


def test_a_plural_movement_name_read_as_a_modifier_is_still_the_group():
    found = actors("Iran-backed Houthis fired missiles at ships.")
    assert named(found, "Houthis").kind == "group"
    assert "Houthi" not in names(actors("Houthi fighters fired missiles at ships."))


def test_an_aid_charity_named_with_a_common_phrase_is_one_body():
    document, extraction = extract("Save the Children warned that thousands of children could "
                                   "go hungry.",
                                   "Volunteers rushed to save the children trapped in the school.")
    named(extraction.actors, "Save the Children")
    assert [c.speaker for c in extraction.claims] == ["Save the Children"]
    assert len(extraction.actors) == 1


def test_a_social_network_a_statement_is_posted_on_is_not_an_actor():
    found = actors("The rebel leader wrote on Instagram that his men had taken the bridge.",
                   "The governor wrote in a Facebook post that the town was calm.")
    assert not names(found) & {"Instagram", "Facebook"}, names(found)


def test_a_known_bodys_national_section_is_one_body_not_a_state():
    document, extraction = extract("Amnesty International Ghana said the police had arrested "
                                   "20 people.")
    named(extraction.actors, "Amnesty International Ghana")
    assert "Ghana" not in names(extraction.actors)
    assert [c.speaker for c in extraction.claims] == ["Amnesty International Ghana"]


def test_a_role_noun_opening_the_sentence_is_not_part_of_the_name():
    found = actors("Rescuer Tom Field said the basement had flooded.")
    named(found, "Tom Field")
    assert "Rescuer Tom Field" not in names(found)
