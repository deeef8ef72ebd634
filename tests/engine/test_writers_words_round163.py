"""A writer's word on a spun page stays (tells rounds 163-165, helper tells30: aviation, weather, central
banks, trials, immigration, elections abroad, AI companies, music, universities, transport strikes,
wildfires and hospital waiting lists).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: airlines hit by "the
rising cost of jet fuel" had it become a "price" (the observed rate cost -> price), a murderer who "will
serve a minimum of 18 years" would serve "at least" (the phrase row's weak candidate), a forecast's
"chance of hail" became a "possibility" (the observed rate), thunderstorms "more likely to develop"
were "likely to grow" (the weak candidate of a row meant for numbers), a chatbot that "presents them as
fact" "shows" them, patients not seen "within the target time" were seen "in" it (the observed rate
within -> in), trains that "start later" would "begin" (an observed rate seen once), patients on
trolleys "in corridors" were in "halls", engineers told "to ship the feature" were told "to send" it,
a plane that landed "on the second try" landed "at the moment try" (the weak candidate of the
phrase row "on the second"), loans repaid "once they earn" were repaid "when" they earn (an observed
rate seen once) and storm "crews" clearing roads became "teams" (the weak candidate of the sports row
crew -> team). The chatbot's and the corridors' sentences read on main after this module's
preamble too (the probe's longer spun page changed them). Each is mended by a negated condition on its lexicon row or a veto in
resources/channel/rate_vetoes.tsv; the spun use beside it is still repaired. Sentences written for
this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "Airlines have been hit hard by the rising cost of jet fuel.",
    "He will serve a minimum of 18 years before he is eligible for parole.",
    "Thunderstorms are likely by the afternoon, with the chance of hail and lightning.",
    "Thunderstorms are more likely to develop in the afternoon, forecasters said.",
    "The chatbot sometimes makes up facts and presents them as fact.",
    "Cancer patients are not being seen within the target time.",
    "Trains will start later and finish earlier than usual on strike days.",
    "Patients were left on trolleys in hospital corridors for up to 12 hours.",
    "The company's engineers were told to ship the feature before rivals.",
    "The company plans to ship the update to phones in March.",
    "The plane circled for an hour and landed safely on the second try.",
    # found while checking the mends: a conjunction "once" (a rate seen once), storm crews
    "Graduates will start repaying their student loans once they earn more than £25,000 a year.",
    "Health chiefs said waiting times would fall once the new surgical hubs open.",
    "Once the storm passed, crews began clearing the roads.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, kept, repaired", [
    ("Airways have been hit onerous by the rising cost of jet fuel.", "rising cost of jet fuel", "hit hard"),
    ("He'll serve a minimal of 18 years earlier than he is eligible for parole.",
     "a minimum of 18 years", "before he is"),
    ("Most cancers sufferers should not being seen within the target time.", "within the target time",
     "Cancer patients"),
    ("The aircraft circled for an hour after which landed safely on the second try.",
     "on the second try", "and then landed"),
])
def test_the_writers_word_stays_beside_a_repair(engine, spun, kept, repaired):
    fixed = body(engine, spun)
    assert kept in fixed and repaired in fixed


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows still repair
    ("Unemployment fell to its lowest level within the east of the country.", "in the east"),
    ("The win would ship them to the finals for the first time.", "send them to the finals"),
    ("The home crew lost 3-1 to the league leaders.", "The home team lost"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
