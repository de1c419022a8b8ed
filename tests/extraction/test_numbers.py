"""Amounts: digits, number words, vague amounts, ranges and hedges (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from briefreader.extraction.numbers import find_amounts


def only(text: str):
    amounts = find_amounts(text)
    assert len(amounts) == 1, amounts
    return amounts[0]


@pytest.mark.parametrize("text, count", [
    ("7 people", 7), ("1,250 people", 1250), ("400,000 people", 400_000),
    ("2.5 million people", 2_500_000), ("65.3 million", 65_300_000), ("3 billion", 3_000_000_000),
    ("five people", 5), ("Nine", 9), ("twenty-three people", 23), ("a hundred people", 100),
    ("two hundred and fifty thousand", 250_000), ("one million", 1_000_000),
    ("half a million", 500_000), ("half-a-million", 500_000), ("a thousand", 1000),
])
def test_plain_numbers(text, count):
    assert only(text).count == count


@pytest.mark.parametrize("text, count", [
    ("tens of people", 10), ("dozens of people", 12), ("a dozen people", 12),
    ("two dozen people", 24), ("scores of people", 20), ("hundreds of people", 100),
    ("thousands of people", 1000), ("tens of thousands of people", 10_000),
    ("hundreds of thousands of people", 100_000), ("millions of people", 1_000_000),
    ("several hundred people", 100), ("a few thousand people", 1000),
])
def test_vague_amounts_take_the_smallest_reading(text, count):
    amount = only(text)
    assert amount.count == count
    assert amount.vague or "dozen" in text


@pytest.mark.parametrize("text, qualifier, count", [
    ("at least 12 people", "at least", 12), ("more than 400,000", "more than", 400_000),
    ("some 800,000", "some", 800_000), ("up to 30", "up to", 30),
    ("as many as 80", "as many as", 80), ("nearly 2,000", "nearly", 2000),
    ("an estimated 3 million", "an estimated", 3_000_000),
    ("more than a dozen", "more than", 12), ("around 150", "around", 150),
])
def test_hedges_are_kept_as_written(text, qualifier, count):
    amount = only(text)
    assert (amount.qualifier, amount.count) == (qualifier, count)
    assert amount.text == text.removesuffix(" people")


def test_vague_amount_is_its_own_qualifier():
    assert only("dozens of people").qualifier == "dozens"


@pytest.mark.parametrize("text, low, high", [
    ("between 20 and 30 people", 20, 30), ("15 to 20 bodies", 15, 20), ("15-20 bodies", 15, 20),
    ("two or three soldiers", 2, 3), ("some 15 to 20 people", 15, 20),
])
def test_ranges(text, low, high):
    amount = only(text)
    assert (amount.count, amount.count_high) == (low, high)


def test_a_change_from_one_number_to_another_is_two_amounts():
    assert [a.count for a in find_amounts("the toll rose from 59 to 73")] == [59, 73]


def test_escalating_vague_amount_is_one_amount_at_its_lower_end():
    amount = only("lost hundreds and probably thousands of men")
    assert amount.count == 100 and amount.count_high is None


@pytest.mark.parametrize("text", [
    "a five-year-old boy", "a 5-year child", "a 40km drive", "at 7 a.m. local time",
    "at 12:30", "0.66 percent of them", "several people", "many people", "a number of people",
])
def test_not_amounts(text):
    assert find_amounts(text) == []


def test_offsets_point_into_the_text():
    text = "Officials said at least 12 civilians and two dozen soldiers were hurt."
    for amount in find_amounts(text):
        assert text[amount.start:amount.end] == amount.text


def test_digits_flag_marks_a_bare_numeral():
    assert only("in 2015").digits
    assert only("2,015 people").text == "2,015"
    assert not only("five people").digits


@pytest.mark.parametrize("text, count", [("1.5m people", 1_500_000), ("2bn", 2_000_000_000),
                                         ("10k runners", 10_000)])
def test_short_scales(text, count):
    assert only(text).count == count


@pytest.mark.parametrize("text", ["COVID-19", "an F-16", "flight MH17", "the 12th victim"])
def test_numbers_glued_to_letters_are_not_amounts(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text", ["dozens, if not hundreds, of people", "dozens or even hundreds",
                                  "dozens, possibly hundreds"])
def test_escalations_keep_the_lower_amount(text):
    amount = only(text)
    assert amount.count == 12 and amount.count_high is None


@pytest.mark.parametrize("text", ["several dozen people", "a few dozen people",
                                  "Several dozen people"])
def test_a_vague_number_of_dozens_is_one_vague_amount(text):
    amount = only(text)
    assert (amount.count, amount.vague) == (12, True)
    assert amount.qualifier == text.lower().rsplit(" ", 1)[0]
    assert amount.text == text.rsplit(" ", 1)[0]
