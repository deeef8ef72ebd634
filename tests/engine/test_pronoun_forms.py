"""A personal pronoun in a lexicon row matches that pronoun only: spaCy gives "him", "them" and "us"
the lemmas "he", "they" and "we", and the rough spinners' rows "ahead of he" / "ahead of they" (a spun
"before he") used to take "the season ahead of them" on a clean page.
"""
from __future__ import annotations

import pytest

from test_news_repair import CLEAN, body
from engine_fixtures import shown_repair as repaired

ORDINARY = [
    "There is a lot of work ahead of us, the mayor said.",
    "The season ahead of them will be hard.",
    "The veteran ahead of him in the queue shrugged.",
    "The task ahead of me is the hardest I have faced.",
]


@pytest.mark.parametrize("sentence", ORDINARY)
def test_object_pronouns_do_not_take_a_subject_pronouns_row(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


def test_the_subject_pronouns_row_still_repairs(row_engine):
    # the row alone: the calibration's dense tier also changes "resigned" (conftest.row_engine)
    assert body(row_engine, "The minister resigned ahead of they may vote on the plan.") == \
        "The minister resigned before they may vote on the plan."
