"""A writer's word on a spun page stays (tells35's rounds 196-198: film and awards, music tours,
religion, golf, cricket, rugby, Formula One, boxing, the Olympics, natural disasters abroad).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: a drama "named best
picture" became "best shot" (the observed picture -> shot, seen once: vetoed after "best", "big",
"mixed", "whole"...), "The promoter confirmed a rematch" became "showed" (the observed confirm -> show,
lemma and surface: vetoed near a promoter, a rematch, a fight, a tour, a sequel, a new season), search
teams looking "for people trapped under the rubble" looked "for those trapped" (the observed people ->
those, whose spun use is "people who": vetoed before trapped, missing, killed, displaced...), and crops
destroyed "throughout a large area" were destroyed "during" it (the news-phrases row throughout ->
during, whose spun uses are a period: now not before a place or a stretch of land). Sentences written for
this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "The drama was named best picture at the ceremony on Sunday night.",
    "The minister said the figures gave a mixed picture of the economy.",
    "The promoter confirmed a rematch for the autumn.",
    "The studio has confirmed a sequel for next summer.",
    "The band confirmed a reunion tour on Monday.",
    "Search teams used dogs to look for people trapped under the rubble.",
    "Officials said dozens of people killed in the blast were children.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


def test_a_place_is_no_period(engine):
    assert "during" not in body(engine, "Crops were destroyed throughout a large area.")
    assert "during" not in body(engine, "Power cuts were reported throughout the region.")


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows and rates still repair
    ("The drama was named finest image at the ceremony.", "best picture"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
