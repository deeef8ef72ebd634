"""A writer's word on a spun page stays (tells46's rounds 251-252, twenty-ninth session).

Laid out like test_writers_words_rounds_219_238.py (one data list per kind of test), for the lead to merge
into it. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


# Round 251: A writer's word on a spun page stays (tells46's rounds 251-252: whole articles of our own, spun by
# hand: an advertising antitrust fine in Brussels, a weather satellite's launch, an air traffic control failure,
# an election in Portugal).
#
# On the spun pages the engine changed words the writers chose: "meals and hotel rooms" for stranded passengers
# became "food" (the news-everyday row meals -> food, its weak candidate: it now stands aside near a hotel,
# rooms, accommodation, overnight, a refund, compensation, breakfast, lunch, dinner, vouchers, stranded
# passengers), "they are not required to pay extra compensation" became "needed" (the rough spinner's require ->
# need: its !near list gains compensation, refunds, reimbursement, entitled, obliged, legally, pay, fees and
# taxes), "separated from the upper stage" became "level" (the observed stage -> level: vetoed in a paragraph on
# a rocket, a booster, a satellite, a spacecraft, a payload or an orbit, and after upper, booster or core), and
# "Europe can once more launch" became "is again", then "would again" (the observed can -> is and can -> would:
# vetoed before "once" or "again"). Test sentences found two more: "the law applies to" became "the law
# practices to", "the team applied pressure" "practiced" (the band rows "law apply" -> "law practice", "team
# apply" -> "team practice" and 24 like them matched every inflection: they now stand aside where the writer
# wrote applies, applied or applying), and "however big they are" became "but big" (the observed however -> but:
# vetoed before an adjective or a degree word: much, many, long, far, often, hard, well, little). The clean gold
# of the launch story lost a comparison: "help forecasters spot storms earlier than current instruments allow"
# became "before current instruments" (news-phrases earlier than -> before: it now stands aside before current,
# existing, conventional, traditional, rival, competing, older; and the news-everyday row for a gerund after it,
# before existing, competing, remaining, leading, emerging, prevailing, adjectives the tagger reads as gerunds).

STAYS = [
    # -- round 251
    "Stranded travellers were given meals and hotel rooms by the airline.",
    "Passengers are not required to pay extra compensation.",
    "The probe separated from the upper stage ten minutes after liftoff.",
    "The law applies to all firms, however big they are.",
    "The team applied pressure in the second half.",
    "The family applied for a visa in May.",
    "The new test finds tumours earlier than current scans allow.",
    "The sensors warn of floods earlier than existing gauges do.",
]

BESIDE_A_REPAIR = [
    # -- round 251
    # a writer's word beside spun words: the meals, the required payment, the rocket's stage, "can" and
    # "applies" stay
    ("Stranded passengers stated they were given meals and rooms.",
     "Stranded passengers said they were given meals and rooms."),
    ("Drivers are required to pay the fee, officers stated.",
     "Drivers are required to pay the fee, officials said."),
    ("The probe separated from the upper stage an hour later, the agency stated.",
     "The probe separated from the upper stage an hour later, the agency said."),
    ("\"We've proven that Europe can once more launch its own rockets,\" the minister stated.",
     "\"We've proven that Europe can again launch its own rockets,\" the minister said."),
    ("The law applies to each agency, the minister stated.",
     "The law applies to each agency, the minister said."),
]

STILL_REPAIRED = [
    # -- round 251
    # the spun uses of the mended rows and rates still repair
    ("Volunteers opened two meals banks in the city.", "food banks"),
    ("She opened a law apply in Boston last year.", "a law practice"),
    ("Tensions rose to a high stage of alarm in the capital.", "a high level of"),
    ("The ministers met earlier than the vote on Tuesday.", "met before the vote"),
    ("She left the party earlier than beginning to write.", "before beginning"),
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
