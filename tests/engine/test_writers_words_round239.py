"""A writer's word on a spun page stays (tells42's rounds 239-240, twenty-ninth session).

Laid out like test_writers_words_rounds_219_238.py (one data list per kind of test), for the lead to merge
into it. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


# Round 239: A writer's word on a spun page stays (tells42's rounds 239-240: whole articles of our own, spun by
# hand: an awards night and the box office, a music festival and a world tour, a game publisher's delayed
# release, a literary prize and independent publishers).
#
# On the spun pages the engine changed words the writers chose: a studio that would rather wait "than ship a
# game" would "send" it (the news-tells-rounds row ship -> send, whose spun use is "ship them to the finals":
# its weak candidate now stands back near the goods a firm ships: a game, a title, a console, a phone,
# copies, cargo...), the union "representing game staff" represented a "game team" (the news-everyday row
# staff -> team of sports news: not near a union, job cuts, layoffs, wages, a strike, employees or
# management), "an open-world adventure game", spun "journey recreation", became a "trip" (the news-everyday
# rows journey -> trip: not near a game, a console, a novel or a film, nor before across, through, into,
# towards: a trip goes "to" a place, a journey "across" it is the writer's), and "unknown writers" became
# "authors" (the observed writer -> author, seen once: vetoed after the words that name a kind of writer:
# unknown, young, aspiring, crime, staff, freelance...).

STAYS = [
    # -- round 239
    "The developer has decided to ship the game without its online mode.",
    "The game follows a knight on a journey through a ruined city.",
    "The documentary follows her journey across the desert to find her father.",
    "The prize is open to unknown writers under the age of 35.",
]

BESIDE_A_REPAIR = [
    # -- round 239
    # a writer's word beside spun words: the shipped game, the game staff and the unknown writers stay
    ("The studio mentioned it would not ship the game till the autumn.",
     "The studio said it would not ship the game until the autumn."),
    ("Gamers have been upset after the union representing recreation staff referred to as a strike.",
     "Players have been upset after the union representing game staff called a strike."),
    ("The prize is open to unknown writers, the organisers mentioned.",
     "The prize is open to unknown writers, the organisers said."),
]

STILL_REPAIRED = [
    # -- round 239
    # the spun uses of the mended rows and rate still repair
    ("A win would ship them to the finals for the first time.", "send them to the finals"),
    ("The staff scored twice in the second half to win the match.", "The team scored twice"),
    ("The writer of the report said the data were incomplete.", "The author of the report"),
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
