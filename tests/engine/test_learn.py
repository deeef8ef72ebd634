"""Learning lexicon entries from (original, spun) pairs (texts written for these tests)."""
from __future__ import annotations

import pytest

from unspin.engine.learn import SubstitutionLearner, lexicon_text, safe_file_stem, user_lexicon
from unspin.engine.lexicon import parse_lexicon

ORIGINAL = ("The mayor said the council would pass the bill. Senator Pavel Marek said 5 members agreed. "
            "The White House said the bill was greater than expected. She said it again.")
SPUN = ("The mayor mentioned the council would cross the invoice. Senator Paul Marek mentioned five members agreed. "
        "The White Home mentioned the invoice was larger than anticipated. She mentioned it again.")


@pytest.fixture(scope="module")
def learner(engine):
    lr = SubstitutionLearner(engine.nlp)
    lr.add_pair(ORIGINAL, SPUN, "story-a")
    return lr


def by_form(learner):
    return {(e.form.spun, e.form.kind): e for e in learner.entries()}


def test_one_word_swaps_are_learned_by_lemma_with_counts(learner):
    entries = by_form(learner)
    said = entries[("mention", "lemma")]
    assert said.alternatives == [("say", 4)] and said.form.pos == "VERB" and said.sources == 1
    assert entries[("invoice", "lemma")].best == "bill"


def test_names_and_figures_are_not_learned(learner):
    forms = {e.form.spun.lower() for e in learner.entries()}
    assert "paul" not in forms and "five" not in forms
    assert learner.skipped_names >= 1 and learner.skipped_numbers >= 1


def test_one_number_word_for_another_is_not_learned_but_a_numbers_phrase_is(engine):
    # a copy whose sentence was rewritten around its figures must not teach "twenty" -> "two"
    lr = SubstitutionLearner(engine.nlp)
    lr.add_pair("The striker scored two goals on Saturday. Millions across the country watched the final.",
                "The striker scored twenty goals on Saturday. Thousands and thousands throughout the country "
                "watched the ultimate.", "story-n")
    forms = {e.form.spun.lower(): e.best for e in lr.entries()}
    assert "twenty" not in forms and lr.skipped_numbers == 1
    assert forms.get("thousands and thousands throughout") == "millions across"


def test_a_capital_mid_sentence_makes_a_case_exact_entry(learner):
    e = by_form(learner)[("Home", "cased")]
    assert e.best == "House" and e.form.when == "!sent_start"


def test_inflection_must_round_trip_for_a_lemma_entry(learner):
    # "greater" -> "more": inflecting the lemma "much"/"more" as a comparative would not give "more"
    kinds = {e.form.spun: e.form.kind for e in learner.entries()}
    assert kinds.get("larger") == "surface" or kinds.get("large") == "lemma"
    for e in learner.entries():
        if e.form.kind == "lemma":
            assert " " not in e.best


def test_kept_counts_the_form_left_as_written(engine):
    lr = SubstitutionLearner(engine.nlp)
    lr.add_pair("He said no. The invoice was paid.", "He mentioned no. The invoice was paid.", "a")
    lr.add_pair("She said yes. They sent the bill.", "She mentioned yes. They sent the invoice.", "b")
    e = by_form(lr)[("invoice", "lemma")]
    assert (e.changed, e.kept, e.sources) == (1, 1, 1)
    assert by_form(lr)[("mention", "lemma")].sources == 2
    assert {e.form.spun for e in lr.entries(exclude={"b"})} == {"mention"}


def test_user_lexicon_parses_back_and_holds_no_sentences(learner):
    text, entries = user_lexicon(learner, "original.txt and spun.txt")
    parsed, problems = parse_lexicon(text, "learned.tsv")
    assert not problems and len(parsed) == len(entries)
    assert all(e.group == "learned" for e in parsed)
    assert "council" not in text and "Marek" not in text
    mention = next(e for e in parsed if e.spun == ("mention",))
    assert mention.confidence == 0.5 and mention.pos == frozenset({"VERB"})


def test_lexicon_text_confidences_are_the_callers(learner):
    entries = learner.entries()
    for e in entries:
        e.confidence = 0.25
    parsed, problems = parse_lexicon(lexicon_text(entries, "g", "s", "d"), "x.tsv")
    assert not problems and {e.confidence for e in parsed} == {0.25}


def test_safe_file_stem():
    assert safe_file_stem("spun copy (2)") == "spun-copy-2"
    assert safe_file_stem("..") == "document"
