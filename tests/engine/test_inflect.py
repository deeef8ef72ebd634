"""Inflecting a restored word like the word it replaces (engine/inflect.py)."""
from __future__ import annotations

import pytest

from unspin.engine.inflect import inflect_phrase, inflect_word, verb_forms


@pytest.mark.parametrize("lemma, tag, expected", [
    ("say", "VBD", "said"),
    ("company", "NNS", "companies"),
    ("start-up", "NNS", "start-ups"),
    ("weak", "JJR", "weaker"),
    ("large", "JJS", "largest"),
    ("good", "JJR", "better"),
    ("soon", "RBR", "sooner"),
])
def test_words_inflect_as_english_does(lemma, tag, expected):
    assert inflect_word(lemma, tag) == expected


@pytest.mark.parametrize("lemma, tag, expected", [
    ("vulnerable", "JJR", "more vulnerable"),
    ("important", "JJS", "most important"),
    ("expensive", "JJR", "more expensive"),
    ("quickly", "RBR", "more quickly"),
])
def test_long_adjectives_and_ly_adverbs_compare_with_more_and_most(lemma, tag, expected):
    # lemminflect's rules for words outside its dictionary made "vulnerabler" and "importanter"
    assert inflect_word(lemma, tag) == expected


def test_a_word_that_is_a_degree_already_is_left_as_it_is():
    assert inflect_word("more", "JJR") == "more"
    assert inflect_word("fewer", "JJR") == "fewer"


def test_a_phrase_inflects_its_head_only():
    assert inflect_phrase("interest rate", 1, "NNS") == "interest rates"
    assert inflect_phrase("vulnerable group", 0, "JJR") == "more vulnerable group"


@pytest.mark.parametrize("lemma, expected", [
    ("aircraft", "aircraft"), ("spacecraft", "spacecraft"), ("offspring", "offspring"),
    ("plane", "planes"), ("series", "series"), ("child", "children"), ("company", "companies"),
    ("staff", "staff"),
])
def test_a_noun_whose_plural_is_itself_stays_itself(lemma, expected):
    # lemminflect lists "aircrafts" first: a restored "army planes" read "military aircrafts"
    assert inflect_word(lemma, "NNS") == expected


@pytest.mark.parametrize("plural", ["children", "women", "men", "teeth", "mice", "criteria", "feet", "geese"])
def test_an_irregular_plural_in_a_repair_gets_no_second_ending(plural):
    # "ladies and youngsters" repaired read "women and childrens" (helper tortured24)
    assert inflect_word(plural, "NNS") == plural
    assert inflect_word("child", "NNS") == "children" and inflect_word("company", "NNS") == "companies"


def test_a_past_written_as_its_base_form_is_known_by_its_tag():
    from unspin.engine.inflect import past_as_base
    assert past_as_base("shut", "shut", "VBD") and past_as_base("cut", "cut", "VBN")
    assert not past_as_base("shut", "shut", "VB") and not past_as_base("handed", "hand", "VBD")


@pytest.mark.parametrize("sentence, repaired", [
    ("The bakery has shut its doorways after 90 years.", "The bakery has closed its doors after 90 years."),
    ("The shop shut its doorways for good in 2020.", "The shop closed its doors for good in 2020."),
    ("The surgery will shut its doorways in March.", "The surgery will close its doors in March."),
    ("The cafe shuts its doorways every winter.", "The cafe closes its doors every winter."),
])
def test_a_repair_takes_the_tense_of_a_past_that_looks_like_its_base(engine, sentence, repaired):
    # the row "shut* its doorways" -> "close* its doors": "shut" shows no past, its tag does
    from test_news_repair import body
    assert body(engine, sentence) == repaired


@pytest.mark.parametrize("word, expected", [
    ("credits", "credits"), ("homes", "homes"), ("glasses", "glasses"),   # plurals already
    ("bus", "buses"), ("status", "statuses"), ("credit", "credits"),     # their own lemmas: inflected
])
def test_a_regular_plural_in_a_repair_gets_no_second_ending(word, expected):
    # lemminflect inflects a plural again ("homeses"): a lemma match of the row "tax credit" ->
    # "tax credits" on "tax credits" wrote "tax creditses"
    assert inflect_word(word, "NNS") == expected


def test_a_row_whose_repair_is_the_texts_plural_writes_no_second_ending(engine):
    from test_news_repair import body
    assert "creditses" not in body(engine, "The state has offered $12 million in tax credits tied to new jobs.")


@pytest.mark.parametrize("word, expected", [
    ("grow", ("grows", "grew", "grown", "growing")),
    ("bring", ("brings", "brought", "brought", "bringing")),   # a base form in -ing
    ("speed", ("speeds", "sped", "sped", "speeding")),         # ... and in -ed
    ("omit", ("omits", "omitted", "omitted", "omitting")),
    ("frobnicate", ("frobnicates", "frobnicated", "frobnicated", "frobnicating")),   # no dictionary verb
    ("wanting", None),   # a form already, not a verb's base
    ("covered", None),
])
def test_a_verbs_four_forms_for_the_phrasal_route(word, expected):
    assert verb_forms(word) == expected
