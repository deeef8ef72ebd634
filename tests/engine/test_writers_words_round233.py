"""A writer's word on a spun page stays (helper tells40's rounds 233-234: whole articles of our own, spun by hand).

Four short articles (a by-election in a northern town, hospital waiting lists and council budgets, an EU
summit on migration, farmers' tractors in Paris) were spun by hand and repaired, and each clean sentence was
repaired after a spun preamble. On the spun page the engine changed words the writers chose: police
"officers" who fired tear gas became "officials" (the spinner's officer -> official row now stands aside near
tear gas, batons, riots, protesters and crowds), asylum seekers "held" in centres were "kept" (the observed
hold -> keep stands aside near asylum, migrants, detention, custody and centres), patients who "deserved" a
plan "needed" one (observed deserve -> need: not before an article, credit, respect, answers), a deal
"reached" after talks "arrived" (the ambulance row's weak candidate: not near talks, a deal, a settlement),
the "primary" farmers' union became the "first" (observed and the everyday row: not before a union, a
school, a reason or an aim), an election result "declared" at 3am and councils "close to declaring" were
"announced" (the rewriter's declare -> announce: not in the passive, not after "to"), "but that violence"
lost its "that" (observed however that -> but: not before a noun or a pronoun), a party that "needed a plan"
"had" one (observed need -> had), "a common fund" became "general", a party's "main challenger" became a
"primary challenger" (not near a seat, a constituency, MPs or British parties), "serious harm" to families
became "injury" (not near "cause", "would", families, children, the public), and "any plan that would
require them" read "need" (the rough spinner's row: not near a plan, a deal, an agreement). Sentences written
for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "Protesters set fire to tyres outside the ministry, and officers used tear gas to clear the road.",
    "Youths threw stones at the town hall, and officers used batons to push them back.",
    "Holding families with children in centres at the border would cause serious harm, the charity said.",
    "Residents deserve a proper explanation from the council.",
    "The result was declared shortly after 3am at the town hall.",
    "Two councils are close to declaring that they are effectively bankrupt.",
    "One backbencher said the party needed a plan to win back voters.",
    "Members would pay into a common fund for emergencies.",
    "Reform UK is now the main challenger in several Labour seats.",
    "Unions rejected any deal that would require staff to work longer hours.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    # a spun "but that" keeps its "that"; the mended rows' spun uses still repair
    ("The mayor stated she understood the anger however that violence would not be tolerated.",
     "she understood the anger but that violence"),
    ("He suffered a knee harm in training.", "a knee injury"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
