"""The rough word-by-word spinners' lexicon (resources/lexicons/news_rough_spinner.tsv), on sentences
written for these tests: broken fixed expressions are repaired, and the same words used normally stay.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from engine_fixtures import shown_repair as repaired
from unspin.engine.lexicon import TELL_CONFIDENCE, load_lexicon_file

ROOT = Path(__file__).resolve().parents[2]
LEXICON = ROOT / "resources" / "lexicons" / "news_rough_spinner.tsv"

CLEAN = ("The city council approved the budget on Tuesday after a long debate. The mayor said the "
         "plan would add two parks and repair several roads. Residents who attended the meeting "
         "asked about property taxes, and officials promised to publish the figures next week.")


def test_lexicon_loads_cleanly():
    entries, problems = load_lexicon_file(LEXICON)
    assert problems == []
    assert len(entries) > 500
    assert {e.group for e in entries} == {"news-rough-spinner"}
    # Most of the file is odd collocations that only a spinner writes: unambiguous tells.
    assert sum(e.is_tell for e in entries) > 0.8 * len(entries)


@pytest.mark.parametrize("spun, restored", [
    ("The jury found him guilty past a sensible doubt, and he argued blameworthy to the criminal fees.",
     "The jury found him guilty beyond a reasonable doubt, and he pleaded guilty to the criminal charges."),
    ("Bank offers fell 3% on Divider Street after the Government Save raised intrigue rates.",
     "Bank shares fell 3% on Wall Street after the Federal Reserve raised interest rates."),
    ("The striker was placed on the harmed rundown with a crotch injury before the Head Association match.",
     "The striker was placed on the injured list with a groin injury before the Premier League match."),
    ("Basic freedoms gatherings said the resistance pioneer was killed by obscure shooters.",
     "Human rights groups said the opposition leader was killed by unidentified gunmen."),
    ("The informing application said it uses start to finish encryption for every single web based life client.",
     "The messaging app said it uses end-to-end encryption for every single social media client."),
    ("Forecasters issued a climate cautioning as substantial downpour brought streak flooding.",
     "Forecasters issued a weather warning as heavy rain brought flash flooding."),
    ("In any event 12 people were hurt, and the first run through the bridge closed was in 1990.",
     "At least 12 people were hurt, and the first time the bridge closed was in 1990."),
])
def test_rough_spinner_collocations_repaired(engine, spun, restored):
    assert repaired(engine, spun) == restored


@pytest.mark.parametrize("sentence", [
    "The offers rose sharply once the job market tightened.",           # job offers, not shares
    "Her lawyer said there was reasonable suspicion for the stop.",
    "The drill bit wears down after every coordinate is measured.",
    "He was elected to lead the resistance against the occupation.",
    "The species is adapted to a harsh climate and a short growing season.",
    "The team's group of volunteers cleaned the park in any weather.",
    "The first time she saw the sea, she was six years old.",
    "The court said the state claimed too much and dismissed the case.",
])
def test_ordinary_sentences_unchanged(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


def test_tells_raise_the_spin_score(engine):
    spun = ("The Place Republicans passed the assignments bill. Government Save officials said the "
            "harmony talks were delayed, and the Equity Division filed a claim against the wellbeing "
            "authorities.")
    assert engine.analyse(spun).spin_score > engine.analyse(CLEAN).spin_score + 0.3
    assert all(e.confidence >= TELL_CONFIDENCE for e in load_lexicon_file(LEXICON)[0]
               if " ".join(e.spun) in ("Divider Street", "Government Save", "harmony talks"))
