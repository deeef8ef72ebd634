"""Multi-word spinner tells in the collocations of news English:
resources/lexicons/news_collocations.tsv. Sentences written for these tests; the file's own checks
(bundled, parses, no spun form listed twice) are in test_blind_lexicons.py."""
from __future__ import annotations

import pytest

from engine_fixtures import accepted_all as repaired
from test_news_repair import CLEAN, body


@pytest.mark.parametrize("spun, restored", [
    ("The shortstop hit a residence run in the ninth inning.",
     "The shortstop hit a home run in the ninth inning."),
    ("Investors worried about the commerce deficit.",
     "Investors worried about the trade deficit."),
    ("The bank cut its forecast for the unemployment price.",
     "The bank cut its forecast for the unemployment rate."),
    ("The senator voted for the spending invoice on Friday.",
     "The senator voted for the spending bill on Friday."),
    ("Police fired tear fuel at the crowd.",
     "Police fired tear gas at the crowd."),
    ("The suspect was released on bond after being charged with a felony, and remains below investigation.",
     "The suspect was released on bond after being charged with a felony, and remains under investigation."),
    ("The company named a new chief monetary officer in March.",
     "The company named a new chief financial officer in March."),
    ("Rates rose by half a proportion level over the summer.",
     "Rates rose by half a percentage point over the summer."),
    ("The striker was sent off with a crimson card before halftime.",
     "The striker was sent off with a red card before halftime."),
    ("The group declared accountability for the bombing.",
     "The group claimed responsibility for the bombing."),
    ("The patient had a coronary heart assault at home.",
     "The patient had a heart attack at home."),
    ("The team signed the quarterback in free company.",
     "The team signed the quarterback in free agency."),
    ("Prosecutors said the teenager was stabbed to demise near the station.",
     "Prosecutors said the teenager was stabbed to death near the station."),
    ("The novel is being turned into a function movie.",
     "The novel is being turned into a feature film."),
    ("The governor ran for workplace in January.",
     "The governor ran for office in January."),
    ("She played the guitar in a nation music band.",
     "She played the guitar in a country music band."),
])
def test_collocation_tells(row_engine, spun, restored):
    # the rows alone: the calibration's dense tier changes writers' words too (conftest.row_engine)
    assert body(row_engine, spun) == restored


@pytest.mark.parametrize("sentence", [
    "The shop sent an invoice for the repairs, and the customer paid it in March.",
    "Temperatures fell below freezing, and the office stayed closed.",
    "He filed a motion to dismiss the case on Tuesday.",
    "The company reported record revenue and strong earnings for the quarter.",
    "She lost her train of thought during the interview.",
    "The new regulation requires banks to hold more capital.",
    "The faculty voted to change the grading policy at the school.",
    "He has a high point total this season, and the team won the game at home.",
    "Firms should take workplace safety seriously and take costs into account.",
])
def test_ordinary_sentences_stay(engine, sentence):
    # after a clean paragraph: the collocation tells must not fire on the same words used plainly
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence
