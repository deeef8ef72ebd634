"""The third band of a synonym-file spinner's heads in news: resources/lexicons/news_common_band3.tsv.
Sentences written for these tests (each holds spun forms of this band and the repairs expected);
the file's own checks are in test_blind_lexicons.py."""
from __future__ import annotations

import pytest

from engine_fixtures import accepted_all as repaired, assert_restored

# (spun sentence, phrases the repair must contain)
TELLS = [
    ("The loss of life toll rose to 41 as fireplace crews searched the burn zone, and the names of the lacking "
     "was still long.",
     ["death toll", "fire crews", "names of the missing"]),
    ("Mortgage purposes fell last week as the 30-year mounted charge climbed a share level, and first-time "
     "patrons stayed away.",
     ["applications fell", "30-year fixed rate", "percentage point", "first-time buyers"]),
    ("The lively movie took the highest spot at the field workplace, and ticket gross sales beat forecasts.",
     ["animated film", "the top spot", "ticket sales"]),
    ("Friends voted again on Monday, and the higher chamber sent the invoice back to the Home of Commons.",
     ["Peers voted", "upper chamber", "House of Commons"]),
    ("The ruling social gathering rejected the election outcomes, and the opposition get together called for "
     "a recount.",
     ["ruling party", "election results", "opposition party"]),
    ("A federal decide dominated that the crypto change had misused buyer funds, and the jury discovered him "
     "responsible on all counts.",
     ["federal judge", "ruled that", "crypto exchange", "found him guilty"]),
    ("He was named to the Professional Bowl and will play in the flag soccer game and the expertise "
     "competitions.",
     ["Pro Bowl", "flag football", "skills competitions"]),
    ("The victim was in secure situation after being handled for accidents, the police said.",
     ["in stable condition", "treated for injuries"]),
    ("The examine exhibits that most voters back the plan, and the senator's approval ranking rose.",
     ["study shows", "approval rating"]),
    ("The senator gained the election in November and misplaced the runoff two years later.",
     ["won the election", "lost the runoff"]),
    ("In a submit on X, the singer thanked fans, and the Instagram publish drew a million likes.",
     ["a post on X", "Instagram post"]),
    ("The company reported fourth-quarter outcomes on Thursday, and its chief monetary officer resigned.",
     ["fourth-quarter results", "chief financial officer"]),
    ("Protesters gathered in Trafalgar Sq. and marched to Downing Road.",
     ["Trafalgar Square", "Downing Street"]),
    ("She teaches at a center faculty and studied at Stanford Regulation Faculty.",
     ["middle school", "Stanford Law School"]),
    ("The approval course of could take months, and the invoice will turn into regulation if the governor "
     "signs it.",
     ["approval process", "become law"]),
    ("The Senate model of the invoice cuts the Home-passed spending.",
     ["Senate version", "House-passed"]),
    ("Tens of millions of People still back similar-sex marriage, a ballot found.",
     ["millions of Americans", "same-sex marriage"]),
    ("The Inflation Discount Act and the Clear Air Act were both cited in the ruling.",
     ["Inflation Reduction Act", "Clean Air Act"]),
    ("The report is now out there on-line and was not instantly out there for remark.",
     ["now available", "available online"]),
    ("Late-season tiredness hurt the players, and the Chiefs' crime managed only 200 yards against the "
     "league's best defense.",
     ["fatigue", "Chiefs' offense"]),
    ("Providers inflation stayed high, and yearly inflation rose, the central bank said.",
     ["Services inflation", "annual inflation"]),
    ("The common charge on a 30-year loan fell, and a highway rage case went to court after a movement to "
     "dismiss failed.",
     ["average rate", "road rage", "motion to dismiss"]),
    ("The company removed the unlawful content material and hired content material moderators.",
     ["illegal content", "content moderators"]),
]

# Ordinary news with the same words in their own senses: nothing changes.
ORDINARY = [
    "The fireplace in the lobby was lit, and the loss of life in the flood shocked the town.",
    "The model of the new car sold well, and the workforce at the plant grew by 200.",
    "Her approval of the plan came late; the study found that voters were split.",
    "He gained weight over the winter and lost the habit of running.",
    "The process took months, and the course of the river changed after the storm.",
    "The law school admitted 300 students, and the legislation passed the Senate on Friday.",
    "The company's quarterly results beat forecasts, and its chief financial officer praised the team.",
    "The sizzling sound of the pan filled the kitchen, and the style was reminiscent of the 1970s.",
    "The social media post drew praise, and the court ruled that the search was lawful.",
    "Police said crime fell last year, and the movement to ban cars from the centre grew.",
    "The common cold kept her home, and exhaustion set in after the heat wave.",
]


@pytest.mark.parametrize("spun, originals", TELLS)
def test_spun_forms_of_the_third_band_are_restored(engine, spun, originals):
    assert_restored(engine, spun, originals)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_with_the_same_words_stay(engine, text):
    assert repaired(engine, text) == text
