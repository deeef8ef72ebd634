"""A writer's word on a spun page stays (tells48's rounds 256-257, twenty-ninth session).

Laid out like test_writers_words_rounds_219_255.py: one data list per kind of test, with what was found
and how it was mended told in the comments. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


# Round 256: A writer's word on a spun page stays (tells48's rounds 256-257: a House vote on a farm bill and
# the Speaker, a Senate confirmation fight, a weekend box office report).
#
# After a spun preamble, ordinary sentences of our own lost a word the writer chose. A deficit cut "by
# roughly $12 billion" became "by about $12 billion": the news-common-heads row roughly -> about holds only
# before a number (`before_pos:num`), and with no negated condition it made a weak candidate everywhere else
# on a spun page, where "about" reads better to the language model before a sum of money, a fraction, "half"
# or "twice". The row now stands aside before a currency sign, an article, a number word, half, twice,
# double, equal or similar and before a preposition (the spun "talked roughly the plan" is untouched).
# "Theater owners have been keen for a hit" became "were keen": the observed rate `have been` -> were (seen
# before an adjective, "have been against", "have been unable") took a present perfect of a lasting wish or
# hesitation; a veto line in resources/channel/rate_vetoes.tsv keeps "have been" before keen, eager,
# anxious, desperate, hungry, hopeful, reluctant, impatient, slow, quick or waiting.
STAYS = [
    # -- round 256
    # the writer's "roughly" before a sum, a fraction or "twice"
    "The project will cost roughly $2 billion.",
    "The state spends roughly $3 billion a year on prisons.",
    "Turnout fell by roughly a fifth compared with the last election.",
    "Exports rose by roughly $5 billion in the first half.",
]

BESIDE_A_REPAIR = [
    # -- round 256
    # a writer's word beside spun words: "roughly" and the present perfect "have been keen" stay
    ("The new rules will cut back the deficit by roughly $40 billion.",
     "The new rules will reduce the deficit by roughly $40 billion."),
    ("Analysts estimated that the merger will cut back costs by roughly $2 billion.",
     "Analysts estimated that the merger will reduce costs by roughly $2 billion."),
    ("House owners have been keen for lower rates.", "Homeowners have been keen for lower rates."),
    ("Native house owners have been eager for a new bridge.", "Local homeowners have been eager for a new bridge."),
    ("Many house owners have been anxious about rising bills.", "Many homeowners have been anxious about rising bills."),
]

STILL_REPAIRED = [
    # -- round 256
    # the spun uses the mended row and rate still repair (guards: they hold at the branch point too)
    ("Most members have been towards the plan, aides mentioned.", "Most members were against the plan"),
]


@pytest.mark.parametrize("sentence", STAYS)
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", BESIDE_A_REPAIR)
def test_the_writers_word_stays_beside_a_repair(engine, spun, want):
    assert body(engine, spun) == want


@pytest.mark.parametrize("spun, want", STILL_REPAIRED)
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
