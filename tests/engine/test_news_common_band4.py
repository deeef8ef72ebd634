"""The fourth band of a synonym-file spinner's heads in news: resources/lexicons/news_common_band4.tsv.
Sentences written for these tests (each holds spun forms of this band and the repairs expected);
the file's own checks are in test_blind_lexicons.py."""
from __future__ import annotations

import pytest

from engine_fixtures import accepted_all as repaired

# (spun sentence, phrases the repair must contain)
TELLS = [
    ("The Stanley Cup Closing went to a seventh game, and the home crowd stayed long after the remaining "
     "whistle.",
     ["Stanley Cup Final", "final whistle"]),
    ("The club signed the forward on mortgage from a Serie A side on the last day of the switch "
     "window, and he scored a game-winning objective on his debut.",
     ["on loan from", "the transfer window", "game-winning goal"]),
    ("The team traded the first total decide for two veterans before the commerce deadline.",
     ["first overall pick", "trade deadline"]),
    ("The rookie won Participant of the 12 months, and the veteran took the Cy Younger Award.",
     ["Player of the Year", "Cy Young Award"]),
    ("The drama won Finest Image, and its star was named Finest Actress at the ceremony.",
     ["Best Picture", "Best Actress"]),
    ("The documentary opened the Cannes Movie Pageant before a run at the Venice Movie Pageant.",
     ["Cannes Film Festival", "Venice Film Festival"]),
    ("Police in Rapid Metropolis said the driver was launched from jail on Friday.",
     ["Rapid City", "released from jail"]),
    ("The mayor took workplace in January and promised to cut workplace area downtown.",
     ["took office", "office space"]),
    ("The bank's chief of employees left, and the board of administrators named an interim chief.",
     ["chief of staff", "board of directors"]),
    ("Dollar weakness moved the change charge, and commerce tensions with Beijing rose again.",
     ["exchange rate", "trade tensions"]),
    ("The plan is in some unspecified time in the future a turning level for the region, officials said.",
     ["at some point", "a turning point"]),
    ("The two sides agreed to phrases and circumstances for a prisoner alternate on Tuesday.",
     ["terms and conditions", "prisoner exchange"]),
    ("Grants for the project were at challenge in court filings, and the judge took challenge with the "
     "agency's reading.",
     ["at issue", "took issue with"]),
    ("The Financial institution of Japan held rates, while the Reserve Financial institution of India cut.",
     ["Bank of Japan", "Reserve Bank of India"]),
    ("The singer sat in the entrance row and later shared the entrance web page with the senator.",
     ["front row", "front page"]),
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
    fixed = repaired(engine, spun)
    for original in originals:
        assert original in fixed, fixed


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_with_the_same_words_stay(engine, text):
    assert repaired(engine, text) == text
