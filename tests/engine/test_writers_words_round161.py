"""A writer's word on a spun page stays (tells rounds 161-162, helper tells29: pensions, insurance, shipping,
mining, tourism, farming abroad, lotteries, space agencies, archaeology, gadget reviews, restaurants,
museums, charities, unions and sport).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: a space agency that
"launched a probe" had it "released" (the restorer took the weak candidate of the "launched from jail"
row), farmers "struggling as a result of a disease" were "suffering" (the observed rate struggle ->
suffer), "warned that the state pension age could rise" became "would" (the warning is six words
before the modal, outside the five-word window of the veto's near), and drawings "loaned from private
collections" became a television "series" (the weak candidate of the synonym file's collection ->
series row); in round 162 "demand had never been greater" became "more" (the observed greater -> more
row, whose spun use is "greater than 100 people", not a predicate after a copula) and an outfielder
"traded to Boston in exchange for two prospects" brought "candidates" (the observed rate prospect ->
candidate; the trade is seven words before, so the veto reads the clause). Each is mended by a negated condition on its lexicon row or a veto in
resources/channel/rate_vetoes.tsv; the spun use beside it is still repaired. Sentences written for
this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "The space agency launched a probe to study the surface of Mars.",
    "Cocoa farmers in Ghana are struggling as a result of a disease that is killing their trees.",
    "Retirees warned that the state pension age could rise to 68 before 2040.",
    "The gallery's new exhibition draws on works loaned from private collections.",
    # round 162: demand that had never been greater, a team's prospects
    "Volunteers at the food bank said demand had never been higher, and the need had never been greater.",
    "The outfielder was traded to Boston in exchange for two prospects.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, kept, repaired", [
    ("The area company launched a probe to review the floor of Mars.", "launched a probe", "space agency"),
    ("Cocoa farmers in Ghana are struggling as a result of a illness that is killing their timber.",
     "are struggling", "their trees"),
    ("Retirees warned that the state pension age could rise to 68 earlier than 2040.",
     "could rise", "before 2040"),
    ("The gallery's new exhibition attracts on works loaned from personal collections.",
     "private collections", "draws on"),
    ("Volunteers on the meals financial institution mentioned demand had by no means been greater.",
     "had never been greater", "food bank said"),
    ("The outfielder was traded to Boston in alternate for 2 prospects.", "two prospects", "in exchange for"),
])
def test_the_writers_word_stays_beside_a_repair(engine, spun, kept, repaired):
    fixed = body(engine, spun)
    assert kept in fixed and repaired in fixed


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows and rates still repair
    ("The prisoner was launched from jail on Friday.", "released from jail"),
    ("The collection returns for a second season on Netflix in May.", "The series returns"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
