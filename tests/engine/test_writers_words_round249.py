"""A writer's word on a spun page stays (tells45's rounds 249-250, twenty-ninth session).

Laid out like test_writers_words_rounds_219_238.py (one data list per kind of test), for the lead to merge
into it. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


# Round 249: A writer's word on a spun page stays (tells45's rounds 249-250: whole articles of our own, spun by
# hand: an obituary of a former governor, a celebrity divorce ruling, a children's charity's spending scandal, a
# cardinal's visit to a refugee camp).
#
# On the spun pages the engine changed words the writers chose: "a former finance officer raised concerns"
# became "finance official" (the news-spinner row officer -> official, its weak candidate: a trade's officer
# now stands aside after finance, procurement, fundraising, safeguarding, audit, accounts and pensions, as it
# did after planning, licensing or compliance), "senior staff had flown business class to conferences"
# became "meetings" (the observed conference -> meeting, seen twice: vetoed near delegates, speakers, a
# keynote, a flight, travel, hotels, attending and an annual, academic, scientific or industry conference), and
# "called on world leaders" became "global leaders" (the observed world -> global: vetoed before leaders, war,
# cup, record, bank, champion, title, heritage, stage, order, health, food, trade and the like, the writer's
# collocations).

STAYS = [
    # -- round 249
    "A former finance officer raised the alarm about the accounts.",
    "The finance officer resigned in May.",
    "The cardinal called on world leaders to end the fighting.",
]

BESIDE_A_REPAIR = [
    # -- round 249
    # a writer's word beside spun words: the finance officer, the conferences abroad and world leaders stay
    ("The finance officer stated the accounts were late.",
     "The finance officer said the accounts were late."),
    ("Managers attended two conferences abroad this 12 months.",
     "Managers attended two conferences abroad this year."),
    ("The bishop urged world leaders to honour their pledges of assist.",
     "The bishop urged world leaders to honour their pledges of aid."),
]

STILL_REPAIRED = [
    # -- round 249
    # the spun uses of the mended row and rate still repair
    ("Senior officers stated the plan had been deliberate.", "Senior officials said"),
    ("Scientists warned that world warming is speeding up.", "global warming"),
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
