"""The alternatives a synonym-file spinner gives for the most common words of news:
resources/lexicons/news_common_heads.tsv.
Sentences written for these tests; the file's own checks are in test_blind_lexicons.py."""
from __future__ import annotations

import pytest

from engine_fixtures import accepted_all as repaired


@pytest.mark.parametrize("spun, originals", [
    ("On Monday native officers said the peace course of got here again below strain, regardless that "
     "both sides had agreed to a truce.",
     ["local officials", "peace process", "came back", "under pressure", "even though"]),
    ("The governor sent a textual content message to lawmakers, warning that the vote would possibly slip "
     "again, as it has ever for the reason that budget talks stalled.",
     ["text message", "might", "ever since"]),
])
def test_spun_phrases_are_restored(engine, spun, originals):
    fixed = repaired(engine, spun)
    for original in originals:
        assert original in fixed, fixed


@pytest.mark.parametrize("text", [
    # the same words in their ordinary senses
    "Most cancers are found early, and the exterior of the building was repaired before winter.",
    "Every part of the river changed course of its own accord, and an identical coil was tested.",
    "They finally got here after a long drive, and the temperature fell below freezing overnight.",
])
def test_ordinary_sentences_with_the_same_words_stay(engine, text):
    assert repaired(engine, text) == text
