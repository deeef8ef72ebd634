"""A writer's word on a spun page stays (helper tells33's rounds 190-192: science and space, the energy
transition, farming and food prices, retail and consumer prices, insurance and pensions).

After a spun preamble, clean sentences of our own lost a word the writer chose, each time through an observed
swap rate seen once or a weak candidate of a row outside its conditions: a government that "offered subsidies"
had "provided" them and an insurer would no longer "provide" cover (offer -> provide), a mine "expected to
start production" was to "begin" it and prices that "started to fall" had "begun" to (start -> begin),
"fertiliser costs", "wholesale costs" and growers who "counted the cost" of a frost became "prices" (cost ->
price), a saver's "larger monthly payment" became "higher" (the weak candidate of the larger -> higher row,
whose spun uses are prices and wages), claims "not often paid in full" became "not usually" paid (often ->
usually), collectors who "would value about half of the paintings" would "cost" them (value -> cost),
passengers' "extreme sickness on the ferry crossing" became "severe" and homeowners urged to insulate their
lofts became "owners" of "apartments". Each now has a vetoed context or a negated condition. Sentences written
for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    # offer -> provide (observed once): what a government offers to those who take it up
    "The government offered subsidies to households that install heat pumps.",
    "The council offered grants to shops that fit new windows.",
    "Many insurers no longer offer cover for homes built on flood plains.",
    # start -> begin (observed once): production starts, prices start to fall
    "The lithium mine is expected to start production next year.",
    "Olive oil prices have started to fall after a bumper crop in Spain.",
    # cost -> price (observed): fertiliser, feed, wholesale costs; counting the cost
    "Fertiliser costs have soared since the war in Ukraine began.",
    "Supermarkets cut the price of bread and butter as wholesale costs eased.",
    "Growers in Kent counted the cost after frost damaged blossom on apple trees.",
    # larger -> higher (a row's weak candidate): a larger payment
    "Savers who delay taking their pension can receive a larger monthly payment.",
    # often -> usually (observed once): "not often"
    "Such claims are not often paid in full, the ombudsman said.",
    # value -> cost (a row's weak candidate): collectors value paintings
    "Collectors at the auction would value about half of the paintings at more than $1 million each.",
    # extreme -> severe before sickness: a rough crossing
    "Passengers reported extreme sickness on the ferry crossing as waves reached six metres.",
    # homeowners -> owners (a row's weak candidate), lofts -> apartments (a row's weak candidate): a loft insulated
    "Homeowners are being urged to insulate their lofts before the winter.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows still repair
    ("Borrowers face larger charges as the bank passes on the rise.", "higher"),
    ("The upgrade would value about $40 million, the council said.", "would cost about"),
    ("The vaccine halved the risk of extreme sickness in older adults.", "severe illness"),
    ("Business homeowners say the new rates will close shops.", "owners"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
