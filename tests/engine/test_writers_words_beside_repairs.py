"""A writer's word beside a repair stays on a spun page (the lead's probe rounds 148-150).

On a page that reads as spun, one applied swap in a sentence lifts the weaker candidates beside it
(the site calibration's dense tier). Rows written for one sense then reached a writer's word in
another: "resigned" (a "resigned teacher" is a spun retired one) after "the minister", "retained"
(before a gerund, a spun "kept") in "retained his world title", "retailer" (a spun "store" after
"grocery") as the subject of a sentence, "shopper" (a spun "consumer" before "confidence") as
one, the observed "attract" -> "draw" before "tens of thousands", "could" -> "would" after a fear,
"signal" -> "sign" before what is signalled ("signaled it will"), "lower" -> "cut" at a comparative
("closed lower"), "agency" -> "firm" of a government's agency, symptoms that "go away" ("leave") and a drug that
"lowered blood pressure" ("reduced"), a singer who "postponed" her concerts ("delayed"). Each row now carries a negated condition, which the restorer's weak candidates respect
too; the spun use next to the writer's word is still repaired. Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("spun, restored", [
    ("The minister resigned after a leaked e mail revealed he had misled parliament.",
     "The minister resigned after a leaked email revealed he had misled parliament."),
    ("The boxer retained his world title with a unanimous determination.",
     "The boxer retained his world title with a unanimous decision."),
    ("The retailer blamed the nice and cozy climate for weak gross sales of winter clothes.",
     "The retailer blamed the warm weather for weak sales of winter clothes."),
    ("The competition attracts tens of 1000's of holiday makers every summer time.",
     "The competition attracts tens of thousands of holiday makers every summer."),
    ("Investors fear the slowdown could deepen subsequent 12 months.",
     "Investors fear the slowdown could deepen next year."),
    ("Shoppers are chopping again on luxuries as costs rise.",
     "Shoppers are cutting back on luxuries as prices rise."),
    ("Oil costs climbed after OPEC signaled it will prolong output cuts.",
     "Oil prices climbed after OPEC signaled it will prolong output cuts."),
    ("Wall Street stocks closed lower after a risky session.",
     "Wall Street stocks closed lower after a volatile session."),
    ("The agency's inspector common opened an inquiry into the contract.",
     "The agency's inspector general opened an inquiry into the contract."),
    ("Medical doctors say the symptoms usually go away within a week.",
     "Doctors say the symptoms usually go away within a week."),
    ("The drug lowered blood strain in most of the patients.",
     "The drug lowered blood pressure in most of the patients."),
    ("The singer postponed her concerts after falling sick.",
     "The singer postponed her concerts after falling sick."),
    # "make it possible for X to ..." read "make sure that X to ...": a blind row whose repair cannot stand
    # before the infinitive that always follows it (dropped); Medicare's "hospital payments" are no bills
    ("Supporters mentioned the plan would make it possible for nurses to live near the hospital.",
     "Supporters said the plan would make it possible for nurses to live near the hospital."),
    ("The proposals would tie hospital payments to what Medicare pays, officers mentioned.",
     "The proposals would tie hospital payments to what Medicare pays, officials said."),
    # film as an art or an industry is the writer's word ("film musicals", "Scottish film")
    ("The new exhibit of props from film musicals of the 1940s opened on Friday.",
     "The new exhibit of props from film musicals of the 1940s opened on Friday."),
    # a shop's customers are no app's users (the observed "customer" -> "user", seen once)
    ("A new system lets customers collect orders from a store within two hours, officers mentioned.",
     "A new system lets customers collect orders from a store within two hours, officials said."),
])
def test_the_writers_word_stays_beside_a_repair(engine, spun, restored):
    assert body(engine, spun) == restored


@pytest.mark.parametrize("spun, restored", [
    # the rows' own spun uses still repair
    ("The resigned educator spoke at the meeting.", "The retired teacher spoke at the meeting."),
    ("The grocery retailer on the corner closed last week.", "The grocery store on the corner closed last week."),
])
def test_the_rows_spun_use_is_still_repaired(row_engine, spun, restored):
    assert body(row_engine, spun) == restored
