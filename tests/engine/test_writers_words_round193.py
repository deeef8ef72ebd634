"""A writer's word on a spun page stays (helper tells34's tells rounds 193-195: US local news, courts,
hospitals, public health, public transport).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: police "Officers
responded to a report of a burglary" became "Officials" (the spinner row officer -> official, at 0.3, lifted
on a spun page: its paragraph test now also knows burglaries, robberies, thefts and stolen goods), a robber
"left with an undisclosed amount of cash" left with "money" (the observed cash -> money, now vetoed near a
robbery, a till, a clerk, a weapon or "undisclosed", and the lexicon row's negated list likewise untouched),
children "up to date on their shots" were "updated" (the observed rate, seen once; vetoed before "on" and
"with"), a transit "agency" buying buses became a "firm" (the agency veto now also reads buses, trains,
riders, fares and passengers), bus drivers' "assaults" became "attacks" (the rewriter's assault -> attack
row: not near drivers, nurses, passengers, a charge or a conviction, nor in a paragraph about them), a
company that will "rent extra office space" would "hire more" (the rent -> hire and "rent extra" rows: not
near space, a flat, a landlord, a lease, cars or equipment), a store's "shopper loyalty program" became a
"consumer" one (the shopper -> consumer row: not before loyalty, rewards, a card or an app), and a
"controlled car parking zone" became a "car parking lot" (the parking zone row: not after "car"; the new
"car parking zone" row keeps the controlled zone too). Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "Officers responded to a report of a burglary at a home on Oak Avenue around 2 a.m.",
    "No one was injured, and the man left with an undisclosed amount of cash.",
    "The health department urged parents to make sure their children are up to date on their shots.",
    "The agency is buying 50 electric buses to replace its oldest diesel ones.",
    "Bus drivers say they need more protection from assaults.",
    "The company plans to rent extra office space downtown.",
    "The store manager said his shopper loyalty program had doubled in size.",
    "Parking is banned in the controlled car parking zone on match days.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows still repair
    ("Administration officers mentioned the plan would go ahead.", "Administration officials"),
    ("The district will rent 200 new teachers.", "hire 200 new teachers"),
    ("The school board wants to rent extra teachers.", "hire more teachers"),
    ("The retailer said shopper confidence fell in May.", "consumer confidence"),
    ("Deputies found the van in a car parking zone behind the store.", "in a parking lot"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
