"""A writer's word on a spun page stays (issue 15, helper writers45, twenty-ninth session).

A scan repaired every clean news paragraph of our corpus after a long, heavily spun preamble: each word changed
inside the clean paragraph was a writer's word lost (237 in 58,579 words on the branch point). The biggest groups
came from observed rates whose evidence in the training pairs is thin or whose spun use is narrower than the
form: "should" -> "must" (seen twice), "want" -> "need", "final" -> "last", "could" -> "would", "a few" -> "some",
"had been" -> "were", "used to be" -> "was", "film" -> "movie" (a director's or a coach's film), and two hand-written rows ("coverage" -> "policy" with no grammatical
condition; the rough spinner's blind "require" -> "need", which no spun pair ever showed). Each was mended in
general terms, by the writer's use of the word: a veto of the rate (resources/channel/rate_vetoes.tsv), a
negated condition on a row, a row dropped. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


STAYS = [
    # "should" giving advice or an opinion, a reproach ("should have") or a forecast: the rate
    # should -> must (two sightings, each a noun subject's obligation) is vetoed there
    '"We should be patient with the new coach," the chairman said.',
    '"It should have been done years ago," one resident said.',
    "Temperatures should rise into the low 80s by the weekend.",
    # a person's wish: the rate want -> need (a bill, an app that "wanted" something) is vetoed after a person
    '"People want a phone that lasts two days," the analyst said.',
    '"We wanted a square where families could sit," the architect said.',
    "You will want a warm coat for the evening tour.",
    # "the final week" of a series, with a determiner, and a match's "final day": the spun use is the
    # deictic "last week", which takes no determiner
    "The company spent heavily on advertising in the final month of the campaign.",
    "The club won the title on the final Saturday of the season.",
    "Rain washed out the final day of the match.",
    "Undecided voters will decide the race in the final week.",
    "Volunteers knocked on doors in the final week of the campaign.",
    # a possibility the writer weighs: a forecast of a figure, a relative clause's "who could"
    "Analysts said pump prices could fall another 5 cents by spring.",
    "There are teenagers in this town who could be champions one day.",
    # "a few" as an object (after a verb, a preposition, an adverb): the writer's count
    "Pack a few snacks for the drive.",
    "The village has no shops apart from a few market stalls.",
    "There are still a few tickets left for Saturday.",
    # the pluperfect beside an earlier time
    "Earlier floods had been recorded in 1952 and 1978.",
    # the habitual "used to be" before what a thing was (the spun one stood before a participle)
    "The bakery used to be a bank branch.",
    "The harbour used to be the busiest in the county.",
    # insurance coverage as a head noun (the spun use modifies a noun: "a coverage bill")
    "Families lost coverage for missing a renewal letter.",
    # a filmmaker's "film" and a coach's game film (the pairs' spun "film" was a box-office "movie")
    "The director said she was already writing her second film, a thriller set on a ferry.",
    "The coach said the players will watch the film on Monday morning.",
    # "require": the rough spinner's blind row is gone
    "None of the injured fans required hospital treatment.",
    "Landlords will be required to register every rental unit.",
]

BESIDE_A_REPAIR = [
    # a writer's word beside spun words that are still repaired
    ("The White Home says we should wait for the vote.", "The White House says we should wait for the vote."),
    ("Legal professionals mentioned the bakery used to be a bank branch.",
     "Lawyers said the bakery used to be a bank branch."),
    ("The coach mentioned the team wants to be the best in the league.",
     "The coach said the team wants to be the best in the league."),
]

STILL_REPAIRED = [
    # the spun uses of the mended rates and rows still repair
    ("The whole chamber should now debate the measure and vote on it.", "chamber must now debate"),
    ("Mortgage rates rose to 7.1 percent, up from 6.9 percent final week.", "6.9 percent last week"),
    # the calendar's "the last week of May" (a row of its own now that the rate stands aside after "the")
    ("The final week of May was the wettest on record.", "The last week of May"),
    ("The fund said it could have talks with the new owners next week.", "it would have talks"),
    ("Storms forced the cancellation of flights, and a few members were unable to vote.", "and some members"),
    ("Revelers had been plunged into darkness across the state by the storm.", "Revelers were plunged"),
    ("I used to be reminded of that summer every time it rained.", "I was reminded"),
    ("Lawmakers argued over the massive domestic coverage bill on Friday.", "domestic policy bill"),
    ("Bullish pundits suggest the film could clear 140 million dollars this weekend.", "the movie could clear"),
    # with the rough spinner's require -> need gone, the observed required -> called for takes its place
    ("The opposition has required a nationwide strike on Monday.", "has called for a national strike"),
]


@pytest.mark.parametrize("sentence", STAYS)
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", BESIDE_A_REPAIR)
def test_the_writers_word_stays_beside_a_repair(engine, spun, want):
    assert body(engine, spun) == want


@pytest.mark.parametrize("spun, want", STILL_REPAIRED)
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
