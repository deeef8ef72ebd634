"""Swaps a synonym-file spinner makes in news: resources/lexicons/news_synonym_file.tsv.
Sentences written for the tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from engine_fixtures import accepted_all as repaired
from unspin.engine.lexicon import bundled_lexicon_paths, parse_lexicon

LEXICON = Path(__file__).resolve().parents[2] / "resources" / "lexicons" / "news_synonym_file.tsv"


def test_the_file_is_bundled_and_parses_cleanly():
    assert LEXICON in [Path(p) for p in bundled_lexicon_paths()]
    entries, problems = parse_lexicon(LEXICON.read_text(encoding="utf-8"), str(LEXICON))
    assert problems == []
    assert len(entries) >= 800
    assert {e.group for e in entries} == {"news-synonym-file"}


@pytest.mark.parametrize("spun, originals", [
    ("The Chiefs kicked a discipline purpose in time beyond regulation, and the working again scored "
     "a landing cross late in the common season.",
     ["field goal", "overtime", "running back", "touchdown pass", "regular season"]),
    ("The inventory change fell after the Shopper Worth Index rose, and knowledge facilities bought "
     "extra graphics processing items than analysts had anticipated.",
     ["Consumer Price Index", "data centers", "graphics processing units"]),
    ("Senators questioned the nominee at an affirmation listening to on Capitol Hill, days after "
     "the Inside Income Service issued new phrases and situations.",
     ["confirmation hearing", "Internal Revenue Service", "terms and conditions"]),
    ("Forecasters issued a twister warning as the warmth index climbed, and energy outages hit "
     "thousands of homes three years in the past.",
     ["tornado warning", "heat index", "power outages", "years ago"]),
])
def test_spun_phrases_are_restored(engine, spun, originals):
    fixed = repaired(engine, spun)
    for original in originals:
        assert original in fixed, fixed


def test_ordinary_sentences_stay(engine):
    text = ("The players were taking part in a charity walk on Sunday. She kept a close watch on the "
            "budget, and the committee gave careful consideration to the proposal before the vote. "
            "The hole in the fence was repaired, and the pink flowers in the garden drew visitors.")
    assert repaired(engine, text) == text
