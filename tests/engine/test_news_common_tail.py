"""The next band of a synonym-file spinner's heads in news, and the names and fixed pairings it
breaks: resources/lexicons/news_common_tail.tsv.
Sentences written for these tests; the file's own checks are in test_blind_lexicons.py."""
from __future__ import annotations

import pytest

from engine_fixtures import accepted_all as repaired


@pytest.mark.parametrize("spun, originals", [
    ("The senator, who pleaded not responsible last month, said the Home Republicans would vote "
     "on the invoice before the ultimate deadline.",
     ["pleaded not guilty", "House Republicans"]),
    ("Fans flew from Eire to Miami Seaside for the match, and the membership's supervisor praised "
     "the faculty district for its help.",
     ["Ireland", "Miami Beach", "school district"]),
    ("The firm declined to remark when requested about its share worth, which hit a report excessive "
     "two years in the past.",
     ["declined to comment", "share price", "years ago"]),
])
def test_spun_names_and_pairings_are_restored(engine, spun, originals):
    fixed = repaired(engine, spun)
    for original in originals:
        assert original in fixed, fixed


@pytest.mark.parametrize("text", [
    # the same words in their ordinary senses
    "The models identified several areas where the research firm found that sharing costs helped.",
    "She drove home along the coast, and the army officers met a research team in the space of a week.",
    "The company will report earnings on the way back from the summit on the border.",
])
def test_ordinary_sentences_with_the_same_words_stay(engine, text):
    assert repaired(engine, text) == text
