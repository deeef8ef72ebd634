"""The fourth band of a synonym-file spinner's heads in news: resources/lexicons/news_common_band4.tsv.
Sentences written for these tests (each holds spun forms of this band and the repairs expected);
the file's own checks are in test_blind_lexicons.py."""
from __future__ import annotations

import pytest

from engine_fixtures import accepted_all as repaired, assert_restored

# (spun sentence, phrases the repair must contain)
TELLS = [
    ("The Stanley Cup Closing went to a seventh game, and the home crowd stayed long after the remaining "
     "whistle.",
     ["Stanley Cup Final", "final whistle"]),
    ("The team traded the first total decide for two veterans, and the rookie who came in "
     "alternate for him joined the apply squad.",
     ["first overall pick", "practice squad"]),
    ("The veteran took the Cy Younger Award, and the documentary opened the Cannes Movie Pageant before "
     "a run at the Venice Movie Pageant.",
     ["Cy Young Award", "Cannes Film Festival", "Venice Film Festival"]),
    ("Police in Rapid Metropolis said the truck motive force fled, and a physique digital camera "
     "recorded the stop.",
     ["Rapid City", "truck driver", "body camera"]),
    ("The mayor took workplace in January and promised a ready checklist for public housing.",
     ["took office", "waiting list"]),
    ("The plan is in some unspecified time in the future a turning level for the region, officials said.",
     ["at some point", "a turning point"]),
    ("The two sides agreed to phrases and circumstances for a prisoner alternate on Tuesday.",
     ["terms and conditions", "prisoner exchange"]),
    ("Grants for the project were at challenge in court filings, and the judge took challenge with the "
     "agency's reading.",
     ["at issue", "took issue with"]),
    ("The Reserve Financial institution of India cut rates, and retailers with skinny margins breathed a "
     "sigh of reduction.",
     ["Reserve Bank of India", "thin margins", "sigh of relief"]),
    ("The singer sat in the entrance row at the artwork gallery and later spoke about mental property.",
     ["front row", "art gallery", "intellectual property"]),
    ("An professional said the company faces a essential test as medical payments rise in japanese "
     "Ukraine.",
     ["expert", "medical bills", "eastern Ukraine"]),
    ("Space officials at the Area Power base said the Solar Belt would see more launches, and the "
     "recovered black field was sent to investigators.",
     ["Space Force", "Sun Belt", "black box"]),
]

# Ordinary news with the same words in their own senses: nothing changes.
ORDINARY = [
    "The remaining minutes of the meeting were spent on the budget.",
    "The company had a profitable season, and inventory fell at its stores.",
    "She filed for Chapter 11 protection last year, and the book's next chapter is about her father.",
    "The entrance door was locked, and the entrance of the museum faces the river.",
    "The navy base employs 3,000 people, and the navy officers met the mayor.",
    "Her mother and father moved to Ohio, and the workplace safety rules changed.",
    "Overseas investors bought bonds, and the home market for cars grew.",
    "The storm damage report was filed, and the emergency staff worked through the night.",
    "A press release said the rocket was launched from Florida.",
    "The forged documents were found, and the lead position went to a newcomer.",
    "The climate system is changing, and the temperatures are rising.",
]


@pytest.mark.parametrize("spun, originals", TELLS)
def test_spun_forms_of_the_fourth_band_are_restored(engine, spun, originals):
    assert_restored(engine, spun, originals)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_with_the_same_words_stay(engine, text):
    assert repaired(engine, text) == text
