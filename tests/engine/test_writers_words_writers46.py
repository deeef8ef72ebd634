"""A writer's word on a spun page stays (issue 15, helper writers46, twenty-ninth session).

A scan repairs every clean news paragraph of our corpus after a long spun preamble and counts the writer's words
the engine changes. After writers45's vetoes, the next groups were weak candidates of rows with only positive
conditions (laptop -> computer, fuel -> gas, physician -> doctor), rows whose negated contexts missed the writer's
idiom (addressing the nation, a film crew, a range "between 4 and 6 months", a race time in hours and minutes,
an object's "only a few", a police officer), and observed rates seen once or twice (evening -> night, a median ->
an average, across -> around, protect -> keep, turn -> become, worker -> employee, application -> program,
proper -> right). Each was mended in general terms; see bench/README.md. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


STAYS = [
    # "the nation" a leader addresses is the writer's idiom (news-spinner nation -> country: not near address)
    "The president addressed the nation on television after the floods.",
    # a film crew (news-business-health crew -> team: not near film, locations, studios, productions)
    "Small producers compete with the studios for the same crews and locations.",
    # a laptop's own parts and market: the weak candidate of laptop -> computer stands back
    "The new laptop chips will reach stores in the spring.",
    "The laptops will use the new chips from next year.",
    # an airline's fuel is no spun gas
    "Airlines warned that higher fuel prices would hit their profits.",
    # digits in a range and in a race time stay digits
    "The study followed children aged between 4 months and 2 years old.",
    "She won the race in 2 hours, 31 minutes and 12 seconds.",
    # an object's "only a few" after a verb is the writer's count
    "He has played only a few matches since the injury.",
    # a compound's physician (physician assistants) is no spun doctor
    "Patients will be seen by physician assistants at the new clinic.",
    # a writer's evening (observed evening -> night, one sighting: "days and evenings")
    "The club meets on Thursday evenings in the village hall.",
    "He walked the dog every evening before dinner.",
    # a report's median (observed a median -> an average, one sighting)
    "Homes sold in a median of 31 days last month.",
    "A median of 40 days passed before a claim was paid.",
    # a span over a number of places (observed across -> around, one sighting)
    "Storms closed roads across five northern states.",
    # a right is protected, not kept (observed protect -> keep, seen once and kept once)
    "The curators could not save every painting, but they protected the right ones.",
    # turning professional, a verb with an object and "into" (observed turn -> become)
    "She has no plans to turn professional before the Olympics.",
    "The bakery turned an old garage into a cafe.",
    # "employers and workers", a union's workers (observed worker -> employee, seen once and kept once)
    "Employers and workers will each pay a small levy.",
    "The deal gives workers a bonus, the union said.",
    # a housing or job application (observed application -> program)
    "Volunteers help tenants with housing applications every Friday.",
    # "without proper consent", "no proper training" (observed proper -> right and its grown lexicon row)
    "The app shared the data without proper consent.",
    "Staff at the bank received no proper training.",
    # a police officer who used excessive force (news-spinner officer -> official)
    "The inquiry found the officer had used excessive force.",
]

BESIDE_A_REPAIR = [
    # the spun "officers stated" beside the writer's nation, fuel and median is still repaired
    ("The prime minister addressed the nation, officers stated.",
     "The prime minister addressed the nation, officials said."),
    ("Airlines warned that higher fuel prices would hit income, officers stated.",
     "Airlines warned that higher fuel prices would hit income, officials said."),
    ("Homes sold in a median of 31 days, the agents mentioned.", "Homes sold in a median of 31 days, the agents said."),
]

STILL_REPAIRED = [
    ("The prime minister said the nation would recover.", "the country would recover"),
    ("Officials said the nation was ready.", "the country was ready"),
    ("The crews won the league title on Saturday.", "The teams won"),
    ("She studied laptop science at university.", "computer science"),
    ("The factory makes 3 cars an hour.", "three cars"),
    ("He worked 2 jobs to pay the rent.", "two jobs"),
    ("It turned clear that the plan had failed.", "It became clear"),
    ("Officers said the money would be kept safe.", "Officials said"),
    ("Volunteers cooked for the homeless during days and evenings in the winter.", "days and nights"),
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
