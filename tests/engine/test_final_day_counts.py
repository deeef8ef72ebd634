"""A day's completed count stays "final" on a spun page (thirty-first session, the lead).

In a box-office report of the training pairs' originals, the writer's "Final Wednesday numbers" (the day's
completed count) was read as a spun "Last Wednesday": the phrase row, the sentence-start row and the
observed rate of final -> last all took a weekday after "final". They now stand aside where the weekday or
"weekend" is followed by its count (numbers, figures, estimates, grosses, totals, tallies, results,
returns). The spinner's "final Wednesday" for a day gone by is still repaired. Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body

STAYS = [
    "Final Wednesday numbers for the sequel came in slightly above the studio's estimate.",
    "The chain will publish final weekend figures on Monday afternoon.",
    "Final Sunday estimates put the thriller at $3.1 million for the day.",
    "Officials expect final Tuesday results from the rural precincts by noon.",
]

STILL_REPAIRED = [
    ("The studio mentioned the sequel earned $4 million final Wednesday, its best day.", "last Wednesday"),
    ("Final weekend, the sequel earned $41 million, the studio mentioned.", "Last weekend"),
    ("The council voted final Tuesday to close the branch library.", "last Tuesday"),
]


@pytest.mark.parametrize("sentence", STAYS)
def test_a_days_count_keeps_final(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", STILL_REPAIRED)
def test_a_day_gone_by_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
