"""Claims on text shaped like what the rules were not written for (issue 11): each test names the
rule it is about and fails with that rule switched off. Sentences written for these tests."""

from __future__ import annotations

import pytest

from briefreader.extraction import rules
from tests.extraction.test_claims import claims, extract


def without(names: list[str], *paragraphs: str, title: str | None = None):
    with rules.switched_off(names):
        if title is None:
            return claims(*paragraphs)
        return extract(*paragraphs, title=title).claims


def said(found) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker) for c in found]


INTRO = "Mark Olsen, a former party chairman, spoke to reporters on Monday."


def test_an_aside_before_the_main_verb_speaks_the_whole_sentence():
    text = ("Though the first change was smooth, he said, replacing the nominee would be far "
            "more bitter.")
    found = claims(INTRO, text)
    assert said(found) == [("Though the first change was smooth, he said, replacing the nominee "
                            "would be far more bitter", "Mark Olsen")]
    off = without(["claims.aside-inside-statement"], INTRO, text)
    assert said(off) != said(found)


def test_an_aside_closing_the_statement_leaves_the_writers_clause_out():
    found = claims("Talks stalled on Tuesday, mediators said, while fighting went on in the "
                   "north.")
    assert said(found) == [("Talks stalled on Tuesday", "mediators")]


def test_according_to_opening_a_misparsed_sentence_attributes_what_follows_the_comma():
    text = ("The campaign has asked the moderator to check the facts during the debate. "
            "According to conservative talk radio host Tom Berg, the move reeks of “fear” and "
            "desperation.")
    found = [c for c in claims(text) if c.cue == "according to"]
    assert said(found) == [("the move reeks of “fear” and desperation", "Tom Berg")]
    off = without(["claims.according-opens-sentence"], text)
    assert not [c for c in off if c.cue == "according to"]


LETTERS = ("“We were never asked about the dam. Nobody came to the village.” ― Ana Ruiz\n"
           "“The council must listen to farmers, not to the builders.” — Pedro Alvarez Soto.")


def test_a_quotation_credited_after_a_dash_is_the_named_persons():
    found = claims("Readers wrote to us after the vote.", LETTERS)
    assert said(found) == [
        ("We were never asked about the dam. Nobody came to the village.", "Ana Ruiz"),
        ("The council must listen to farmers, not to the builders.", "Pedro Alvarez Soto")]
    off = without(["claims.dash-credit"], "Readers wrote to us after the vote.", LETTERS)
    assert "Ana Ruiz" not in [c.speaker for c in off]


def test_a_closing_mark_typed_where_a_quotation_opens_opens_it():
    text = "”We were never asked about the dam.” ― Ana Ruiz"
    assert said(claims(text)) == [("We were never asked about the dam.", "Ana Ruiz")]
    assert said(without(["claims.reversed-opening-mark"], text)) == []


BODY = "Mayor Anna Lund spoke to residents on Monday as the river kept rising."


def headline(title: str, *names: str) -> list[tuple[str, str | None]]:
    with rules.switched_off(list(names)):
        found = extract(BODY, title=title).claims
    return said(c for c in found if c.start < len(title))


def test_a_headline_opening_with_a_source_and_a_speech_verb_attributes_the_rest():
    title = "Lawmaker Urges Talks on the Border Dispute"
    assert headline(title) == [("Talks on the Border Dispute", "Lawmaker")]
    assert headline(title, "claims.headline-says") == []


def test_a_headline_closing_with_a_source_and_a_speech_verb_attributes_what_comes_before():
    title = "Floods Will Worsen This Winter, Weather Agency Chief Says"
    assert headline(title) == [("Floods Will Worsen This Winter", "Weather Agency Chief")]
    assert headline(title, "claims.headline-says-after") == []


def test_a_quotation_after_a_colon_in_a_headline_is_the_named_actors():
    title = "Mayor Anna Lund: ‘We Will Rebuild the Bridge’"
    assert headline(title) == [("We Will Rebuild the Bridge", "Anna Lund")]
    assert headline(title, "claims.headline-colon-quote") == []


@pytest.mark.parametrize("title", ["What the Data Says About Floods",
                                   "River Rises Again in the North",
                                   "The Latest: Rain Says Nothing Good"])
def test_a_headline_without_a_named_source_makes_no_claim(title):
    assert headline(title) == []


def test_a_joined_clause_with_its_own_speaker_ends_the_first_statement():
    text = ("The minister stressed that the reforms were not complete, and rights groups warned "
            "that the government was giving up leverage over the army.")
    assert said(claims(text)) == [
        ("the reforms were not complete", "The minister"),
        ("the government was giving up leverage over the army", "rights groups")]
    off = said(without(["claims.another-speaker-joined"], text))
    assert off[0][0].endswith("leverage over the army")


def test_what_the_speaker_went_on_to_do_is_the_writers():
    text = ("Mr. Olsen claimed that the tax plan was fair, although he again refused to release "
            "his own returns before the vote.")
    assert said(claims(text)) == [("the tax plan was fair", "Olsen")]
    assert said(without(["claims.speaker-acts-after"], text))[0][0].endswith("before the vote")


def test_a_concession_the_speaker_makes_stays_in_the_statement():
    claim = said(claims("Ms. Lund said the plan was fair, although it could be improved."))
    assert claim == [("the plan was fair, although it could be improved", "Lund")]


def test_a_clause_of_circumstance_after_an_object_statement_is_the_writers():
    text = ("The council condemned the missile launch as the army fired three missiles into the "
            "sea on Monday.")
    assert said(claims(text)) == [("the missile launch", "The council")]
    off = said(without(["claims.circumstance-after-object"], text))
    assert off[0][0].endswith("on Monday")


ADVERT = ("Anna Lund is running for mayor. Her rival released a new advertisement on Sunday.",
          "The advertisement uses footage of Anna Lund asking, “Why are we not further ahead?”")


def test_the_one_named_before_a_participle_of_speech_speaks():
    assert said(claims(*ADVERT)) == [("Why are we not further ahead?", "Anna Lund")]
    assert said(without(["claims.heard-saying"], *ADVERT)) == [
        ("Why are we not further ahead?", "The advertisement")]


OUTLET = ("The Daily Courier has covered the port for years.",
          "The ministry had approved the sale in secret, as the newspaper first disclosed in "
          "March.")


def test_the_outlet_that_broke_a_story_is_its_source():
    assert said(claims(*OUTLET)) == [("The ministry had approved the sale in secret",
                                      "Daily Courier")]
    assert said(without(["claims.as-reported"], *OUTLET)) == []


def test_an_as_clause_of_a_promise_reports_nothing():
    assert said(claims("The mayor resigned on Friday, as he had promised.")) == []


LEAD = ("Governor Tom Berg spoke on the radio on Monday.", "The governor added:",
        "It is typical of the council. It knows nothing, but the talking never stops.",
        "The storm reached the coast a day later.")


def test_a_paragraph_that_only_attributes_with_a_colon_speaks_the_paragraph_after_it():
    assert said(claims(*LEAD)) == [
        ("It is typical of the council. It knows nothing, but the talking never stops.",
         "Tom Berg")]
    assert said(without(["claims.colon-lead-paragraph"], *LEAD)) == []


INTERVIEW = ("Mark Olsen spoke on the radio.",
             "“He is right. There is a severe gap between this council and frankly the mayor and "
             "our army,” Olsen, a top campaign surrogate, said Thursday morning on Channel Five’s "
             "“Breakfast and Friends.” “I mean, there is a lot of frustration.”")


def test_the_person_interviewed_speaks_not_the_programme_after_the_verb():
    found = said(claims(*INTERVIEW))
    assert [t[:9] for t, _ in found] == ["He is rig", "I mean, t"]
    assert [s for _, s in found] == ["Mark Olsen", "Mark Olsen"]
    off = said(without(["claims.quoted-title-after-verb"], *INTERVIEW))
    assert not any(t.startswith("He is right") for t, _ in off)


def test_a_quoted_programme_title_beside_an_attribution_is_no_statement():
    text = ("“The council has failed us,” the mayor said on Channel Five’s “Morning Show.”")
    assert said(claims(text)) == [("The council has failed us,", "the mayor")]
    assert ("Morning Show.", "the mayor") in said(without(["claims.quoted-title"], text))


SAID_FIRST = ("Experts say her plans would make the code more complicated. Said Olsen: “I do not "
              "get the sense she is interested in reform.”")


def test_an_opening_said_and_a_name_before_a_colon_give_the_quotation_to_the_name():
    assert said(claims(SAID_FIRST))[-1] == (
        "I do not get the sense she is interested in reform.", "Olsen")
    assert ("I do not get the sense she is interested in reform.", "Olsen") not in said(
        without(["claims.said-first"], SAID_FIRST))


def test_a_quotation_after_said_and_a_comma_is_what_was_said():
    text = ("Olsen made the remark on Monday as he discussed his plans for veterans at an event "
            "held by a political action committee.",
            "Olsen said, “When people come back from war and combat, and they see things that "
            "maybe a lot of the folks in this room have seen many times over, and you’re strong "
            "and you can handle it. But a lot of people can’t handle it.”")
    assert [s for _, s in said(claims(*text))] == ["Olsen"]
    assert said(without(["claims.said-comma-quote"], *text)) == []


def test_a_clause_with_its_own_subject_parsed_as_adverbial_is_the_statement():
    text = "Lund said after the meeting she would not accept the offer if it were made."
    assert said(claims(text)) == [
        ("after the meeting she would not accept the offer if it were made", "Lund")]
    assert said(without(["claims.complement-read-as-adverbial"], text)) == []


def test_the_one_who_delivered_a_speech_speaks_for_what_it_says():
    text = ("Senator Ana Ruiz has a plan for taxes.",
            "But the goal is not revenue; it is supposed to curb short-term investors, according "
            "to a speech Ms. Ruiz delivered at the university in July.")
    assert [s for _, s in said(claims(*text))] == ["Ana Ruiz"]
    assert [s for _, s in said(without(["claims.statement-giver"], *text))] == ["a speech"]


@pytest.mark.parametrize("sentence, content", [
    ("The auditor pointed out that one contract may cover several sites.",
     "one contract may cover several sites"),
    ("The mayor reiterated that the bridge would reopen in May.",
     "the bridge would reopen in May"),
    ("Residents questioned whether the dam could hold another winter.",
     "the dam could hold another winter"),
])
def test_verbs_that_restate_or_query_report_their_clause(sentence, content):
    assert [t for t, _ in said(claims(sentence))] == [content]


def test_a_restating_verb_with_only_an_object_says_nothing():
    assert said(claims("The mayor mentioned the bridge twice in her speech.")) == []


DOUBLED = ("''That's the region's weak point,'' said Ana Ruiz, who heads a trade center. ''There "
           "is nothing more 'vital' to us than the river trade.''")


def test_doubled_apostrophes_mark_quotations():
    assert said(claims(DOUBLED)) == [
        ("That's the region's weak point,", "Ana Ruiz"),
        ("There is nothing more 'vital' to us than the river trade.", "Ana Ruiz")]
    off = said(without(["claims.doubled-apostrophes"], DOUBLED))
    assert ("That's the region's weak point,", "Ana Ruiz") not in off


CAMP = ("Interior Minister Pavel Novak said the camps would be closed by March. “We cannot keep "
        "them open forever,” he said.",
        "Tomas Berg, 62, lost his farm to the floods. “Nobody from the ministry has ever come "
        "here.”",
        "Residents of the camp say the water is unsafe. Maria Lund, who runs the clinic, has "
        "treated dozens of children for fever.",
        "“We are running out of medicine every week.”")


def test_a_quotation_after_a_person_is_introduced_is_that_persons():
    found = said(claims(*CAMP))
    assert ("Nobody from the ministry has ever come here.", "Tomas Berg") in found
    assert ("We are running out of medicine every week.", "Maria Lund") in found
    off = said(without(["claims.quote-follows-introduced-person"], *CAMP))
    assert ("Nobody from the ministry has ever come here.", "Pavel Novak") in off


def test_a_credit_after_a_dash_may_hold_initials():
    text = "“We were never asked about the dam.” ― Ana M. Ruiz"
    assert said(claims(text)) == [("We were never asked about the dam.", "Ana M. Ruiz")]


TOUR = ("Ms. Maria Lund, the health minister, toured the hospital on Monday with Mr. Pavel Novak, "
        "the mayor. Mr. Novak spoke to the staff.",
        "She said the hospital would receive new beds by March.",
        "He said the city would pay for the roof.")


def test_a_pronoun_skips_a_person_the_text_gave_the_other_pronoun():
    assert [s for _, s in said(claims(*TOUR))] == ["Maria Lund", "Pavel Novak"]
    off = [s for _, s in said(without(["claims.pronoun-gender"], *TOUR))]
    assert off == ["Pavel Novak", "Pavel Novak"]


def test_an_accusation_of_a_person_named_by_a_pronoun_is_a_statement():
    found = said(claims("Prime Minister Hanna Berg visited the flooded districts on Tuesday.",
                        "Opposition leader Ruth Okello accused her of ignoring earlier warnings."))
    assert ("her of ignoring earlier warnings", "Ruth Okello") in found


WITHHELD = "The ministry did not say how many of the dead were civilians."


def test_a_negated_speech_verb_before_an_open_question_states_nothing():
    assert said(claims(WITHHELD)) == []
    assert said(without(["claims.withheld"], WITHHELD)) != []


STATEMENT = ("Its spokeswoman, Leila Farah, said in a statement that the army remained in control "
             "of the city. “These are lies spread by criminals,” the statement said.")


def test_a_statement_named_again_is_the_speakers_who_made_it():
    assert [s for _, s in said(claims(STATEMENT))] == ["Leila Farah", "Leila Farah"]
    assert [s for _, s in said(without(["claims.statement-named-again"], STATEMENT))] == [
        "Leila Farah", "the statement"]


@pytest.mark.parametrize("sentence, statement", [
    ("The minister said the talks had failed, days after the army launched a new offensive in "
     "the north.", "the talks had failed"),
    ("The governor told reporters the army had withdrawn, before boarding a plane to the "
     "capital.", "the army had withdrawn"),
    ("The governor said the town was calm, even as gunfire could be heard across the city.",
     "the town was calm"),
])
def test_a_frame_the_writer_sets_after_a_comma_is_not_what_was_said(sentence, statement):
    assert [t for t, _ in said(claims(sentence))] == [statement]
    assert [t for t, _ in said(without(["claims.writers-frame"], sentence))] != [statement]


def test_a_time_clause_without_a_comma_stays_in_the_statement():
    found = said(claims("The minister said the bridge would reopen after engineers finished "
                        "repairs."))
    assert found == [("the bridge would reopen after engineers finished repairs", "The minister")]


TITLES = ("The minister said the talks had failed.", "The governor told reporters the army had "
          "withdrawn.")


def test_a_person_known_only_by_a_title_is_not_the_next_title_named():
    assert [s for _, s in said(claims(*TITLES))] == ["The minister", "The governor"]
    off = [s for _, s in said(without(["claims.described-by-its-title"], *TITLES))]
    assert off == ["The minister", "The minister"]


ONE_OF_THEM = ("Residents reached by telephone said the shelling had stopped by midnight. “It is "
               "quiet now, but nobody sleeps,” one of them, Karim Nasser, said.")


def test_one_of_them_with_a_name_in_apposition_is_the_named_person():
    assert ("It is quiet now, but nobody sleeps,", "Karim Nasser") in said(claims(ONE_OF_THEM))
    off = said(without(["claims.one-of-them-named"], ONE_OF_THEM))
    assert ("It is quiet now, but nobody sleeps,", "Karim Nasser") not in off


VISIT = ("Foreign Minister Anna Lind met her counterpart in Ankara on Friday. Omar Saleh, the "
         "host, welcomed the guests. Mr. Kaya said the talks had gone well.",
         "She said the deal would be renewed in June.")


def test_a_possessive_after_a_persons_verb_tells_the_pronoun_she_takes():
    assert [s for _, s in said(claims(*VISIT))] == ["Kaya", "Anna Lind"]
    off = [s for _, s in said(without(["claims.possessive-gives-pronoun"], *VISIT))]
    assert off[1] != "Anna Lind"


MID_PHRASE = ("Mark Olsen runs the firm.",
              "He has come up with a model, he said, for how the industry can keep producing "
              "coal.")


def test_a_phrase_of_the_statement_after_a_mid_sentence_aside_goes_on_with_it():
    assert [t for t, _ in said(claims(*MID_PHRASE))] == [
        "He has come up with a model, he said, for how the industry can keep producing coal"]
    off = [t for t, _ in said(without(["claims.aside-mid-phrase"], *MID_PHRASE))]
    assert off == ["He has come up with a model"]


def test_a_concession_with_its_own_speech_verb_is_a_statement_of_its_own():
    found = said(claims("Lund said the demands of government work sometimes erase the barriers "
                        "that women face, though she noted clients are beginning to demand "
                        "diverse legal teams."))
    assert [t for t, _ in found] == [
        "the demands of government work sometimes erase the barriers that women face",
        "clients are beginning to demand diverse legal teams"]


@pytest.mark.parametrize("text", [
    "We do not care. Everything the mayor says is a lie unless proven otherwise.",
    "The mayor will also find it difficult to repeat his attacks on the council.",
])
def test_what_is_said_named_as_a_thing_states_nothing(text):
    assert said(claims(text)) == []
    assert said(without(["claims.said-as-a-thing"], text)) != []


def test_a_clause_experts_say_about_a_noun_is_still_their_statement():
    found = said(claims("The plan is vague, experts say, including a provision they say could "
                        "exclude single mothers."))
    assert ("could exclude single mothers", "experts") in found


@pytest.mark.parametrize("text", [
    "If they failed, the government could deny them mining permits until the work was done.",
    "The coalition appealed the case to the high court.",
])
def test_refusing_someone_a_thing_or_appealing_a_case_says_nothing(text):
    assert said(claims(text)) == []
    assert said(without(["claims.refusal-or-filing"], text)) != []


RALLY = ("Mayor Anna Lund spoke on Monday.",
         "Lund tells her supporters at a rally to “go to your place and vote” and then “go sit "
         "there.”")


def test_an_instruction_parsed_as_an_adverbial_is_what_was_told():
    assert [s for _, s in said(claims(*RALLY))] == ["Anna Lund"]
    assert said(without(["claims.instruction-read-as-adverbial"], *RALLY)) == []


PUT_IT = ("Critics doubt the plan. As Steven Marsh, a tax lawyer at the policy center, recently "
          "put it, ''Did the mayor lower his taxes through avoidance, or evasion?''")


def test_the_one_who_put_it_speaks_the_quotation_after_the_aside():
    found = said(claims(PUT_IT))
    assert found == [("Did the mayor lower his taxes through avoidance, or evasion?",
                      "Steven Marsh")]
    assert said(without(["claims.as-put-it"], PUT_IT)) != found


CHANT = "Protesters marching through the streets chanted “What curfew?” and kept going."


def test_a_chanted_quotation_is_what_was_said():
    assert said(claims(CHANT)) == [("What curfew?", "Protesters")]
    assert said(without(["claims.chanted-quotation"], CHANT)) == []


SMART = ("Mark Olsen said he had paid no tax for years.",
         "Olsen smiled. “That makes me smart.” He was similarly defensive when forced to defend "
         "not paying an architect who said he was stiffed after he designed a clubhouse.")


def test_a_quotation_ending_its_sentence_is_not_spoken_by_the_next_sentence():
    found = said(claims(*SMART))
    assert ("That makes me smart.", "Mark Olsen") in found
    off = said(without(["claims.quote-ends-its-sentence"], *SMART))
    assert ("That makes me smart.", "Mark Olsen") not in off


def test_a_speech_verb_tagged_as_a_participle_with_its_own_subject_speaks():
    found = said(claims("When Lund noted that the mayor had not paid any taxes ― as was true for "
                        "the few years his returns were made public ― Olsen boasted, “That "
                        "makes me smart.” Olsen was similarly defensive."))
    assert ("That makes me smart.", "Olsen") in found


@pytest.mark.parametrize("concession", [
    "despite a report by independent monitors that found its soldiers beside the rebels",
    "in spite of photographs showing its trucks at the border",
])
def test_a_concession_made_to_the_speech_verb_is_the_writers(concession):
    text = f"The Tarvelian government denies arming the Q9 militia, {concession}."
    texts = [c.text for c in claims(text)]
    assert "arming the Q9 militia" in texts
    off = [c.text for c in without(["claims.concession-to-the-verb"], text)]
    assert "arming the Q9 militia" not in off


@pytest.mark.parametrize("statement", ["about half of those in the shelters were elderly",
                                       "up to a quarter of the harvest was lost"])
def test_an_amount_read_as_a_phrase_of_the_speech_verb_is_the_statements_subject(statement):
    text = f"The Tarvel Relief Society said {statement}."
    assert said(claims(text)) == [(statement, "Tarvel Relief Society")]
    off = said(without(["claims.quantity-subject"], text))
    assert off != said(claims(text))
