"""Claims, one rule per test, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.extraction.pipeline import extract_document
from briefreader.loading.text import parse_plain_text


def extract(*paragraphs: str, title: str = "Talks resume after a week of clashes"):
    document = parse_plain_text("\n\n".join((title, *paragraphs)), Path("t.txt"), "utf-8")
    extraction = extract_document(document)
    for claim in extraction.claims:
        assert document.text[claim.start:claim.end] == claim.text
    return extraction


def claims(*paragraphs: str):
    return extract(*paragraphs).claims


def only(found):
    assert len(found) == 1, [(c.text, c.speaker) for c in found]
    return found[0]


@pytest.mark.parametrize("open_mark, close_mark", [
    ("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"),
])
def test_direct_quote_in_every_quote_style(open_mark, close_mark):
    found = claims(f"{open_mark}We will rebuild the bridge before winter,{close_mark} "
                   "Mayor Anna Kowalska said on Monday.")
    claim = only(found)
    assert claim.kind == "direct"
    assert claim.text == "We will rebuild the bridge before winter,"
    assert claim.speaker == "Anna Kowalska"
    assert claim.cue == "said"


def test_reported_speech_keeps_the_content_without_the_attribution():
    claim = only(claims("Interior Minister Pavel Novak said that the border would reopen "
                        "on Thursday."))
    assert claim.kind == "indirect"
    assert claim.text == "the border would reopen on Thursday"
    assert claim.speaker == "Pavel Novak"


def test_attribution_after_the_reported_statement():
    claim = only(claims("At least 40 houses were damaged by the flood, local officials said."))
    assert claim.text.startswith("At least 40 houses were damaged")
    assert claim.speaker == "local officials"


def test_according_to_names_the_source():
    claim = only(claims("Some 300 families fled the valley overnight, according to the "
                        "Norwegian Refugee Council."))
    assert claim.speaker == "Norwegian Refugee Council"
    assert "according" not in claim.text
    assert claim.text.startswith("Some 300 families fled the valley")


def test_told_a_news_agency():
    claim = only(claims("Army spokesman Karim Haddad told Reuters the road had been cleared."))
    assert claim.speaker == "Karim Haddad"
    assert claim.text == "the road had been cleared"


def test_quoted_as_saying():
    claim = only(claims("“The situation is stable,” the state news agency quoted Defence "
                        "Minister Omar Saleh as saying."))
    assert claim.kind == "direct"
    assert claim.text == "The situation is stable,"
    assert claim.speaker is not None


def test_urged_and_warned_take_their_object_as_content():
    found = claims("The Red Cross urged both sides to let the convoys through.",
                   "President Maria Lind warned the rebels not to attack the capital.")
    texts = [c.text for c in found]
    assert "both sides to let the convoys through" in texts
    assert "the rebels not to attack the capital" in texts


def test_quote_split_by_its_attribution_gives_two_claims():
    found = claims("“The dam has held,” engineer Lukas Berg said. “But the river is still "
                   "rising.”")
    assert [c.text for c in found] == ["The dam has held,", "But the river is still rising."]
    assert {c.speaker for c in found} == {"Lukas Berg"}


def test_quote_interrupted_mid_sentence_is_one_claim():
    claim = only(claims("“And every year,” Director Sofia Marin wrote, “the agency hopes for "
                        "better news.”"))
    assert claim.text.startswith("And every year,")
    assert claim.text.endswith("better news.")
    assert claim.speaker == "Sofia Marin"


def test_quote_running_over_two_paragraphs():
    found = claims("Commander Ivan Petrov described the night. “We held the bridge until dawn. "
                   "Then the shelling stopped.",
                   "“By noon the first trucks had crossed,” he said.")
    texts = [c.text for c in found]
    assert any(t.startswith("We held the bridge until dawn. Then the shelling") for t in texts)
    assert "By noon the first trucks had crossed," in texts
    assert all(c.speaker == "Ivan Petrov" for c in found if c.kind == "direct")


def test_he_refers_to_the_last_person_who_spoke():
    found = claims("Health Minister Jonas Weber said the hospital was full.",
                   "“We need more doctors,” he added.")
    assert [c.speaker for c in found] == ["Jonas Weber", "Jonas Weber"]


def test_it_refers_to_the_last_organization():
    found = claims("The World Food Programme said supplies would last a week.",
                   "It added that trucks were waiting at the border.")
    assert [c.speaker for c in found] == ["World Food Programme"] * 2


def test_the_spokesman_refers_to_the_actor_so_described():
    found = claims("Police spokesman Tomas Kral told reporters that two suspects had fled.",
                   "The spokesman said the search would continue overnight.")
    assert [c.speaker for c in found] == ["Tomas Kral", "Tomas Kral"]


def test_a_described_source_is_kept_as_written():
    claim = only(claims("Analysts say the ceasefire is unlikely to hold."))
    assert claim.speaker == "Analysts"
    assert claim.speaker_id is None


def test_a_standalone_quote_continues_the_previous_speaker():
    found = claims("Finance Minister Clara Holm told the parliament that taxes would rise.",
                   "“There is no other way to pay for the reconstruction.”")
    assert found[-1].kind == "direct"
    assert found[-1].speaker == "Clara Holm"


def test_scare_quotes_are_not_claims():
    assert claims("The town has become a \"fortress\" for the fighters.") == ()


def test_a_quoted_phrase_inside_reported_speech_is_one_indirect_claim():
    claim = only(claims("The ministry said the shelling was a \"grave violation\" of the "
                        "truce."))
    assert claim.kind == "indirect"
    assert claim.text == "the shelling was a \"grave violation\" of the truce"


def test_the_headline_is_not_a_claim():
    found = extract("The talks ended on Friday.", title="“We will not give up,” says minister")
    assert found.claims == ()


def test_unmatched_quotes_and_empty_paragraphs_do_not_fail():
    assert isinstance(claims("“He said", "”", "\"", "'''", "«» “”"), tuple)
    assert claims("") == ()


def test_speaker_id_points_at_the_actor():
    found = extract("Foreign Minister Ana Costa said the embassy would reopen.")
    claim = only(found.claims)
    actor = found.actor(claim.speaker_id)
    assert actor is not None and actor.name == "Ana Costa"


def test_a_colon_ended_attribution_speaks_the_bulleted_list():
    document = parse_plain_text(
        "Talks\n\nIn an interview, President Lena Holt also said:\n\n"
        "- The bridge will reopen in May\n- Taxes will not rise this year",
        Path("t.txt"), "utf-8")
    found = extract_document(document).claims
    assert [c.text for c in found] == ["The bridge will reopen in May",
                                       "Taxes will not rise this year"]
    assert {c.speaker for c in found} == {"Lena Holt"}


def test_the_writer_speaking_in_the_first_person_is_not_a_claim():
    assert claims("I asked him how many votes he expected to win.") == ()


def test_adding_speaks_for_the_speaker_not_for_the_reported_subject():
    found = claims("The agency said the air defences shot down five missiles, adding that one "
                   "person was killed.")
    assert len(found) == 2
    assert len({c.speaker for c in found}) == 1
    assert found[1].text == "one person was killed"


def test_an_unattributed_quotation_in_a_new_paragraph_continues_the_account():
    found = claims("Channels linked to the group said that its fighters had held the line.",
                   "But the attackers regrouped and the command “sent more forces to the area.”")
    assert len(found) == 2
    assert found[1].speaker == found[0].speaker


def test_a_dateline_is_not_the_speaker():
    claim = only(claims("KAMPALA (Reuters) - The army said on Tuesday it had retaken the town."))
    assert claim.speaker == "The army"
    assert claim.text == "it had retaken the town"


def test_a_that_clause_after_an_adjunct_is_still_the_content():
    claim = only(claims("The rebels said in a statement carried by their radio station that "
                        "the convoy had been destroyed."))
    assert claim.text == "the convoy had been destroyed"


def test_according_to_after_reported_content_is_left_out_of_the_text():
    found = claims("Envoy Hana Berg urged all parties to show restraint, according to a "
                   "statement from her office.")
    assert [c.text for c in found] == ["all parties to show restraint"]
    assert found[0].speaker == "Hana Berg"


def test_a_quotation_continued_in_the_next_paragraph_without_attribution_is_one_claim():
    found = claims("“The river rose overnight,” engineer Lukas Berg said. “We moved the families "
                   "to the school.",
                   "“By morning the road was gone.”")
    assert len(found) == 2
    assert found[1].text.startswith("We moved the families to the school.")
    assert found[1].text.endswith("By morning the road was gone.")
    assert found[1].speaker == "Lukas Berg"


def test_the_official_is_the_unnamed_official_not_the_last_person_named():
    found = claims("President Joe Biden met the prime minister on Monday.",
                   "A senior U.S. official said the talks had been productive. The official "
                   "added that no deal had been signed.")
    assert [c.speaker for c in found] == ["A senior U.S. official"] * 2


def test_and_and_conditional_clauses_after_the_content_are_still_reported():
    found = claims("The alliance said it is ready to accept a truce, but only if the army "
                   "withdraws its tanks and the air strikes stop.")
    claim = only(found)
    assert claim.text.endswith("the air strikes stop")


def test_a_quotation_broken_by_an_ellipsis_keeps_its_whole_sentence():
    claim = only(claims("The governor said the floods \"will not stop us ... but they will "
                        "slow the work\" of the crews for weeks."))
    assert claim.text.startswith("the floods")
    assert "but they will slow the work" in claim.text


def test_an_attribution_trailing_after_commas_is_found_when_misparsed():
    found = claims("That same day, the council will hold a meeting on the crisis, the French "
                   "ambassador to the world body, Nicolas Bernard, said at a news conference.")
    claim = only(found)
    assert claim.text.endswith("the council will hold a meeting on the crisis")
    assert claim.speaker == "Nicolas Bernard"


def test_an_unnamed_spokesman_for_a_body_speaks_for_it():
    found = claims("The World Food Programme warned of shortages on Monday.",
                   "A spokesman for the World Food Programme said stocks would run out in May.")
    assert found[-1].speaker == "World Food Programme"


def test_inverted_attribution_followed_by_a_circumstance_clause():
    claim = only(claims("Air strikes killed at least 30 people in the city overnight, the "
                        "regional health ministry said on Wednesday, as mediators struggled to "
                        "revive the talks."))
    assert claim.text == "Air strikes killed at least 30 people in the city overnight"
    assert claim.speaker == "the regional health ministry"


def test_an_attribution_set_inside_the_sentence():
    claim = only(claims("The army, officials said, had withdrawn from the town by Friday."))
    assert claim.text == "The army, officials said, had withdrawn from the town by Friday"
    assert claim.speaker == "officials"


def test_blame_and_vow_take_their_object_as_content():
    found = claims("The rights group blamed the militia for the massacre.",
                   "General Omar Haddad vowed to retake the city.")
    assert [c.text for c in found] == ["the militia for the massacre", "to retake the city"]


def test_a_request_for_anonymity_is_not_a_claim():
    found = claims("A doctor said the wards were full, asking not to be named for his safety.")
    assert [c.text for c in found] == ["the wards were full"]


def test_everything_before_a_closing_attribution_is_the_content():
    claim = only(claims("At least 40 people have been killed after the militia shelled a busy "
                        "market, local activists say."))
    assert claim.text.startswith("At least 40 people have been killed")


def test_titles_in_quotation_marks_are_not_claims():
    found = claims("The company said the game would launch in May.",
                   "“Super Mario Run” costs ten dollars.")
    assert [c.text for c in found] == ["the game would launch in May"]


def test_call_with_a_bare_object_is_an_act_not_a_statement():
    assert claims("The residents called a taxi to the hospital.") == ()


def test_told_someone_to_do_something_is_reported_and_the_audience_alone_is_not():
    found = claims("The governor told residents to leave the coast by Friday.",
                   "Mayor Rosa Lind warned the minister on Tuesday.")
    assert [c.text for c in found] == ["residents to leave the coast by Friday"]


def test_the_army_is_not_the_agency_named_before_it():
    found = claims("The flooding has cut off 40 villages, according to the World Food Programme.",
                   "The army said it had sent boats to the area.")
    assert [c.speaker for c in found] == ["World Food Programme", "The army"]


def test_the_agency_is_the_body_named_before_it():
    found = claims("The World Food Programme said supplies would last a week.",
                   "The agency said trucks were waiting at the border.")
    assert [c.speaker for c in found] == ["World Food Programme"] * 2


def test_a_statement_before_said_then_warning_is_a_claim_too():
    found = claims("A strong earthquake killed at least 80 people along the coast, President Ana "
                   "Morales said on Sunday, warning that the toll would rise.")
    assert [c.text for c in found] == [
        "A strong earthquake killed at least 80 people along the coast", "the toll would rise"]
    assert {c.speaker for c in found} == {"Ana Morales"}


def test_a_closing_relay_does_not_swallow_the_speakers_statement():
    claim = only(claims("Ivan Petrov, a rebel commander, said two civilians had been killed by "
                        "shelling, the rebel news agency DAN reported."))
    assert claim.text == "two civilians had been killed by shelling"
    assert claim.speaker == "Ivan Petrov"


def test_words_after_a_closing_attribution_are_the_writers():
    claim = only(claims("Gunmen killed nine farm workers in the north early on Tuesday, a regional "
                        "official said, in the latest in a series of raids on the area."))
    assert claim.text == "Gunmen killed nine farm workers in the north early on Tuesday"


def test_a_titled_name_with_a_particle_in_apposition_speaks():
    claim = only(claims("The U.N. envoy for Libya, Jan de Groot, warned on Monday that the "
                        "truce could collapse."))
    assert claim.speaker == "Jan de Groot"


def test_a_speaker_the_model_tags_as_a_work_of_art_is_a_person():
    found = claims('"We are preparing for the worst," Lise Grande, the U.N. humanitarian '
                   "coordinator in Iraq, told reporters in Baghdad.",
                   "She said about 9,000 people had already been displaced.")
    assert [c.speaker for c in found] == ["Lise Grande", "Lise Grande"]


def test_a_second_object_misparsed_as_a_conjunct_stays_in_the_content():
    claim = only(claims("The council called on the government and the opposition to resume "
                        "talks."))
    assert claim.text == "the government and the opposition to resume talks"


def test_a_named_agency_behind_a_possessor_speaks_for_itself():
    claim = only(claims("Islamic State's Amaq news agency said the fighters had destroyed four "
                        "armored vehicles."))
    assert claim.speaker == "Amaq"


def test_the_agency_after_its_spokesman_is_the_agency():
    found = claims("“Roads are cut off,” said Budi Santoso, spokesman for the National Disaster "
                   "Agency.",
                   "The agency warned in a statement that more landslides could hit the area.")
    assert [c.speaker for c in found] == ["Budi Santoso", "National Disaster Agency"]


def test_a_group_named_in_apposition_is_an_organization_that_it_refers_to():
    found = claims("A jihadist group, Ansar Dine, said its fighters had carried out the attack.",
                   "It said it had seized weapons.")
    assert [c.speaker for c in found] == ["Ansar Dine", "Ansar Dine"]


def test_a_passive_clause_joined_by_and_is_reported_too():
    claim = only(claims("Officials said 9,000 homes had been flooded, and some 4,000 people had "
                        "been moved to shelters."))
    assert claim.text.endswith("some 4,000 people had been moved to shelters")


def test_a_name_after_a_description_noun_is_the_speaker():
    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading.text import parse_plain_text
    text = "Camp report\n\nThe charity Feed the Valley said the camp was running out of water."
    document = parse_plain_text(text, Path("t.txt"), "utf-8")
    found = extract_document(document)
    assert [c.speaker for c in found.claims] == ["Feed the Valley"]
    assert any(a.name == "Feed the Valley" for a in found.actors)


def test_the_channel_and_date_of_a_statement_are_not_its_content():
    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading.text import parse_plain_text
    text = ("Bombing report\n\nThe militants claimed responsibility for the bombing in a video "
            "posted online. The minister described the situation in a phone call as dire.")
    found = extract_document(parse_plain_text(text, Path("t.txt"), "utf-8"))
    assert [c.text for c in found.claims] == ["responsibility for the bombing",
                                              "the situation in a phone call as dire"]


def test_a_noun_misread_as_a_verb_opening_the_subject_still_speaks():
    from briefreader.extraction.pipeline import extract_document
    from briefreader.loading.text import parse_plain_text
    text = "Prices report\n\nAid workers in Kabul said food prices had doubled."
    found = extract_document(parse_plain_text(text, Path("t.txt"), "utf-8"))
    assert [c.speaker for c in found.claims] == ["Aid workers in Kabul"]


def test_a_relative_clause_after_an_inverted_attribution_is_not_a_statement():
    found = claims("“The road is closed. Nobody can leave,” said Lena Marsh, a nurse at the "
                   "clinic, who spoke by phone.")
    claim = only(found)
    assert claim.kind == "direct"
    assert claim.text == "The road is closed. Nobody can leave,"
    assert claim.speaker == "Lena Marsh"


def test_an_attribution_after_the_main_verb_closes_the_statement_before_a_writers_clause():
    claim = only(claims("The number of cases rose to 4,100 on Monday, the country's health "
                        "agency NCDC said, while 72 people have died."))
    assert claim.text == "The number of cases rose to 4,100 on Monday"
    assert claim.speaker == "NCDC"


def test_an_attribution_between_subject_and_verb_keeps_the_whole_sentence():
    claim = only(claims("The army, officials said, had withdrawn from the town."))
    assert claim.text == "The army, officials said, had withdrawn from the town"


def test_a_described_source_keeps_its_hyphenated_words():
    claim = only(claims("At least 90 people were killed, a rescue group in the rebel-held "
                        "north said."))
    assert claim.speaker == "a rescue group in the rebel-held north"


def test_a_surname_misread_as_an_adverb_after_a_quotation_speaks():
    found = claims("Its head, Abdoulaye Bathily, said he was in contact with the parties.",
                   "“Citizens deserve better,” Bathily said.")
    assert [(c.text, c.speaker) for c in found] == [
        ("he was in contact with the parties", "Abdoulaye Bathily"),
        ("Citizens deserve better,", "Abdoulaye Bathily")]


def test_an_unknown_surname_after_a_quotation_is_an_actor_and_speaker():
    found = extract("“Citizens deserve better,” Bathily said.")
    assert [c.speaker for c in found.claims] == ["Bathily"]
    assert [(a.name, a.kind) for a in found.actors] == [("Bathily", "person")]


def test_a_statement_from_a_body_speaks_for_the_body():
    found = extract("Gunmen attacked an aid convoy on Tuesday, killing five drivers, a "
                    "statement from the World Food Programme said.")
    assert [c.speaker for c in found.claims] == ["World Food Programme"]
    assert [a.name for a in found.actors] == ["World Food Programme"]


def test_a_closing_attribution_misparsed_into_the_statement_still_speaks():
    claim = only(claims("More than 100 people have been killed and hundreds injured in floods "
                        "triggered by heavy monsoon rains across Malawi, the National Disaster "
                        "Management Authority (NDMA) said on Thursday."))
    assert claim.speaker == "National Disaster Management Authority"
    assert claim.text.startswith("More than 100 people have been killed")
    assert claim.text.endswith("heavy monsoon rains across Malawi")


def test_a_title_word_of_a_described_source_refers_back_to_it_not_to_the_last_person():
    found = claims("Police fired on protesters on Thursday, killing two people, the country's "
                   "ombudsman's office said.",
                   "Ana Ruiz, a spokeswoman for the unions, said: “The police came to kill.”",
                   "The unrest has killed 48 people in two months, according to the ombudsman.")
    assert found[-1].speaker == "the country's ombudsman's office"


def test_a_fronted_place_with_a_relative_clause_is_not_the_statement():
    claim = only(claims("In Ostra town, where some 40,000 people are sheltering in schools, "
                        "partners warn of a risk of disease outbreaks."))
    assert claim.text == "a risk of disease outbreaks"
    assert claim.speaker == "partners"


def test_a_clause_subject_misread_as_the_object_of_said_stays_in_the_statement():
    claim = only(claims("Police Captain Omar Diriye said the attacker, wearing an explosives "
                        "vest, walked into a crowd of young men queueing to sign up."))
    assert claim.text.startswith("the attacker, wearing an explosives vest, walked into")


def test_a_titled_name_closing_a_statement_with_no_subject_parsed_speaks():
    found = extract("Three missiles hit an eight-storey building near the main square, regional "
                    "governor Viacheslav Chaus said on the Telegram messaging app.")
    claim = only(found.claims)
    assert claim.speaker == "Viacheslav Chaus"
    assert claim.text == "Three missiles hit an eight-storey building near the main square"
    assert any(a.name == "Viacheslav Chaus" for a in found.actors)


def test_an_office_word_before_a_title_keeps_it_from_the_last_person_named():
    found = claims("“This is a disaster,” said Maria Lund, the agency's human rights "
                   "commissioner.",
                   "“We will not be blackmailed,” the interior minister told a news conference.")
    assert [c.speaker for c in found] == ["Maria Lund", "the interior minister"]


def test_a_first_name_tagged_as_a_place_with_an_apposition_speaks_as_a_person():
    found = extract("“We have been here for four days without food,” said Karim, a 28-year-old "
                    "from Aleppo who gave only his first name.")
    assert [(a.name, a.kind) for a in found.actors] == [("Karim", "person")]


def test_a_clause_joined_by_and_after_a_mid_sentence_attribution_stays_in_the_statement():
    claim = only(claims("More than 400 people have been detained since the protests began, the "
                        "Interior Ministry said, and 176 police officers have been injured."))
    assert claim.text.endswith("176 police officers have been injured")


def test_a_second_attribution_with_its_own_subject_after_as_is_its_own_claim():
    found = claims("The ministry said on Tuesday that the talks had stalled, as local officials "
                   "said shelling had killed nine people in the city.")
    assert [(c.text, c.speaker) for c in found] == [
        ("the talks had stalled", "The ministry"),
        ("shelling had killed nine people in the city", "local officials")]


def test_a_name_in_apposition_to_a_speaking_person_noun_is_the_speaker():
    found = claims("Local residents said dozens of families had fled the area overnight. One, "
                   "Um Khalid, said her house had been destroyed. “Where do we go now?” she asked.")
    assert [c.speaker for c in found] == ["Local residents", "Um Khalid", "Um Khalid"]


def test_the_statement_of_the_body_referred_to_speaks_for_it():
    found = claims("The charity Doctors Without Borders said an air strike had hit a hospital it "
                   "supports.",
                   "The group's statement said the hospital's coordinates had been shared.")
    assert [c.speaker for c in found] == ["Doctors Without Borders"] * 2


def test_a_titled_name_in_apposition_after_a_body_is_the_speaking_person():
    found = extract("A spokesman for the coalition, Col. Turki al-Maliki, said the strike had "
                    "targeted a weapons depot.")
    assert [c.speaker for c in found.claims] == ["Turki al-Maliki"]
    assert [(a.name, a.kind) for a in found.actors] == [("Turki al-Maliki", "person")]


def test_a_that_clause_read_as_relative_to_the_audience_is_the_statement():
    claim = only(claims("Chinese Foreign Ministry spokeswoman Hua Chunying told a daily "
                        "briefing that Beijing opposed the sanctions."))
    assert claim.text == "Beijing opposed the sanctions"


def test_another_title_than_the_last_persons_role_is_not_that_person():
    found = claims("Its spokesman, Ali Haddad, told reporters that many of the victims were "
                   "children.",
                   "The governor, quoted by the state news agency, said the situation was under "
                   "control.")
    assert [c.speaker for c in found] == ["Ali Haddad", "The governor"]


def test_a_clause_subject_misread_as_the_object_of_warned_stays_in_the_statement():
    claim = only(claims("The disease control agency has warned the virus could infect tens of "
                        "thousands more people without a rapid response."))
    assert claim.text.startswith("the virus could infect")


@pytest.mark.parametrize("paragraph, dateline", [
    ("OSTRA/VELIN (Reuters) - Tarvelia has recorded 537 deaths.", "OSTRA/VELIN (Reuters) - "),
    ("OSTRA (AP) — Rescuers dug through the night.", "OSTRA (AP) — "),
])
def test_a_dateline_naming_one_or_two_cities_is_found(paragraph, dateline):
    from briefreader.extraction.pipeline import dateline_length
    assert paragraph[:dateline_length(paragraph)] == dateline



def test_the_that_opening_an_added_statement_is_left_out():
    found = claims("Health Minister Roger Okoye said vaccines would arrive within weeks.",
                   "Most of the dead were children, he said, adding that malnutrition had made "
                   "many more vulnerable.")
    assert found[-1].text == "malnutrition had made many more vulnerable"
    assert found[-1].speaker == "Roger Okoye"


def test_the_body_a_statement_came_from_is_the_same_source_later():
    found = claims("According to a statement by the army, its forces shelled rebel positions "
                   "near the river.",
                   "The army posted on social media that 30 fighters had been captured.")
    assert [c.speaker for c in found] == ["a statement by the army", "the army"]


def test_a_quoted_sentence_after_the_attribution_continues_it_without_a_tagged_verb():
    found = claims('"The fighting must stop now," said Ingrid Solberg, the regional director. '
                   '"Every day of delay costs lives."')
    assert [(c.text, c.speaker) for c in found] == [
        ("The fighting must stop now,", "Ingrid Solberg"),
        ("Every day of delay costs lives.", "Ingrid Solberg")]


def test_a_statement_before_a_closing_attribution_and_an_as_clause_is_found():
    found = claims("Talks on a ceasefire stalled on Tuesday, mediators said, as both sides "
                   "accused each other of violating a truce agreed last week.")
    assert ("Talks on a ceasefire stalled on Tuesday", "mediators") in [
        (c.text, c.speaker) for c in found]


def test_the_channel_of_a_saying_is_not_the_start_of_its_statement():
    claim = only(claims("The army said in a statement it had launched an operation to track down "
                        "the gunmen."))
    assert claim.text == "it had launched an operation to track down the gunmen"


@pytest.mark.parametrize("sentence", [
    "No group has claimed responsibility for the attack.",
    "Nobody has said what caused the blast.",
])
def test_a_negated_subject_makes_no_statement(sentence):
    assert claims(sentence) == ()


@pytest.mark.parametrize("sentence, text", [
    ("The hospital director told reporters the ward had received 63 bodies, a figure that could "
     "not be independently verified.", "the ward had received 63 bodies"),
    ("Rights groups accused the army of killing civilians, an accusation it denies.",
     "the army of killing civilians"),
])
def test_a_writers_note_after_a_statement_is_left_out(sentence, text):
    assert only(claims(sentence)).text == text


def test_a_statement_whose_verb_the_parse_reads_as_a_modifier_before_a_closing_attribution():
    found = claims("At least 40 migrants drowned when their boat capsized off the coast early "
                   "on Friday, the coast guard said, and dozens more were feared missing.")
    assert found[0].text == ("At least 40 migrants drowned when their boat capsized off the "
                             "coast early on Friday")
    assert found[0].speaker == "the coast guard"


def test_a_title_with_another_office_word_is_not_the_earlier_described_source():
    found = claims("The prime minister's office said the cabinet would meet on Sunday.",
                   "In a tweet, the foreign minister said the embassy would reopen.")
    assert [c.speaker for c in found] == ["The prime minister's office", "the foreign minister"]


@pytest.mark.parametrize("sentence, text", [
    ("The army says it has killed more than 900 militants, without providing evidence.",
     "it has killed more than 900 militants"),
    ("Local media reported that 30 people had been killed, citing hospital sources.",
     "30 people had been killed"),
])
def test_a_note_on_the_statements_evidence_is_left_out(sentence, text):
    assert only(claims(sentence)).text == text


def test_a_titled_speaker_after_a_quotation_read_as_its_object_speaks():
    claim = only(claims('"The police used live ammunition against unarmed demonstrators," the '
                        "commission's chairperson, Rosa Mbeki, told a news conference."))
    assert claim.text == "The police used live ammunition against unarmed demonstrators,"
    assert claim.speaker == "Rosa Mbeki"


def test_describing_something_without_saying_what_it_is_is_no_statement():
    assert claims("Rescuer Tom Field described the scene.") == ()
    claim = only(claims("The minister described the attack as a cowardly act."))
    assert claim.text == "the attack as a cowardly act"


def test_the_person_before_a_colon_speaks_the_quotation_after_it():
    found = claims("Rescuer Tom Field said the basement had flooded.",
                   'The mayor, Lena Ortiz, was blunt: "The city was not prepared for this."')
    assert [(c.text, c.speaker) for c in found][1] == (
        "The city was not prepared for this.", "Lena Ortiz")


def test_a_source_putting_a_toll_at_a_figure_states_it():
    found = claims("The ministry put the number of dead at 47, while local officials said 52 "
                   "people had died.")
    assert [(c.text, c.speaker) for c in found] == [
        ("the number of dead at 47", "The ministry"), ("52 people had died", "local officials")]
    assert claims("She put the book on the table.") == ()


@pytest.mark.parametrize("paragraphs, speaker", [
    (("Governor Elena Marsh toured the flooded wards on Sunday.",
      '"The levees held where we rebuilt them," her spokeswoman said.'), "Elena Marsh"),
    (("Prime Minister Oskar Velde rejected the offer.",
      "His spokesman said the cabinet would meet again on Friday."), "Oskar Velde"),
    (("President Amadou Sileye flew to the coast on Tuesday.",
      "A spokesman for the president said the visit would last two days."), "Amadou Sileye"),
])
def test_a_spokesperson_speaks_for_the_principal_named_before(paragraphs, speaker):
    found = claims(*paragraphs)
    assert [c.speaker for c in found] == [speaker]


def test_a_spokesperson_for_no_named_principal_is_kept_as_written():
    claim = only(claims("A spokesman for the governor said the roads would reopen on Monday."))
    assert claim.speaker == "A spokesman for the governor"


def test_a_writers_aside_on_a_decision_is_not_the_speakers():
    found = only(claims("The harbour authority said the port would stay closed until Friday, "
                        "a decision that traders criticised."))
    assert found.text == "the port would stay closed until Friday"
