"""Rows that the seventeenth session's closing note named as rewriting ordinary English, and the spun
uses they keep.

"safety" -> "security" after "public", "personal", "water", "campus", "operational", "tight", "cyber"
(all ordinary collocations of "safety") now needs a page that reads as spun; the after-words that are
rare with "safety" in clean news ("nationwide", "national", "homeland", "border") keep the 0.55 prior.
"cabinets" -> "shelves" near a shop, "normal election" and "the normal election" -> general election
are below 0.5; "getting older" -> "aging" before a noun no longer fires after a noun or a pronoun
("Cars getting older need more repairs"). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN, body

CLEAN_SENTENCES = [
    "The police chief said public safety was her first priority.",
    "The mayor promised to improve personal safety in the city's parks.",
    "The charity teaches water safety at the lake every summer.",
    "The new law puts public safety ahead of profit.",
    "Campus safety has improved since the lights were installed.",
    "Officials said the tight safety rules at the plant had worked.",
    "The firm's operational safety record is among the best in the industry.",
    "Schools now hold lessons on cyber safety.",
    "The shop's cabinets stood empty after the sale.",
    "Thieves left the empty cabinets open in the shop.",
    "Cars getting older need more repairs each year.",
    "The party lost the normal election cycle advantage.",
    "Turnout was higher than in a normal election year.",
]


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
def test_a_clean_writers_sentence_stays(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


SPUN_PAGE_USES = [
    ("Officers mentioned the nationwide safety risk had grown.",
     "Officials said the national security threat had grown."),
    ("The supermarket cabinets stood empty for days, officers mentioned.",
     "The supermarket shelves stood empty for days, officials said."),
    ("The getting older water pipes burst, officers mentioned.",
     "The ageing water pipes burst, officials said."),
    ("Voters will go to the polls in the normal election, officers mentioned.",
     "Voters will go to the polls in the general election, officials said."),
]


@pytest.mark.parametrize("spun, original", SPUN_PAGE_USES)
def test_the_rows_still_repair_a_spun_page(engine, spun, original):
    assert body(engine, spun) == original
