"""A writer's word on a spun page stays (helper tells44's rounds 243-244, twenty-ninth session).

After a spun preamble, ordinary sentences of our own lost a word the writer chose; each case was traced to its
rule and mended in general terms. One data list per kind of test, as in test_writers_words_rounds_219_238.py
(the lead merges the modules). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


# Round 243: A writer's word on a spun page stays (helper tells44's rounds 243-244: whole articles of our own, spun by hand).
#
# Four short articles (a rail strike in the north of England, a cyber attack on a hospital trust, a football
# side's defeat and its manager's sacking, a heatwave and power cuts in Spain) were spun by hand and repaired,
# and each clean sentence was repaired after a spun preamble. On the spun page and after the preamble the
# engine changed words the writers chose: "their information may have been stolen" read "data" (the observed
# information -> data, seen twice, stands aside near stolen, leaked, hacked, a breach, a helpline, personal),
# shops "in city centres" stood "in town centres" (the observed city -> town, seen once, stands aside before a
# centre, dwellers, limits, a break), a drought and a heatwave that "could last" read "would" (the observed
# could -> would stands aside near a heatwave, a drought, storms, wildfires, floods, temperatures, as it did near
# a forecast), "as the climate warms" read "the weather" (the courts-and-safety row climate -> weather stands
# aside near warms, warming, heatwaves, hotter, droughts, frequent, intense), patients who "should only come
# ... if" were made to "just" (or "simply") come (the observed only -> just/simply stands aside near "if" and
# "unless": the condition is the writer's), a committee that "had determined a change was needed" had
# "identified" it (the observed determine -> identify stands aside before a clause, "that", "to", "whether"),
# and passengers told not to travel "unless their journey was essential" were given a "trip" (the everyday
# journey -> trip rows stand aside near travel and essential). Beside a repair: a hail "damaging crops" was
# "hurting" them (the everyday row damage -> hurt, whose spun use is "nobody was damage", stands aside near
# crops, a harvest, trees, vines, buildings, roads), firefighters "fighting several wildfires" fought "multiple"
# ones (the observed several -> multiple, seen once, stands aside after a verb or an adverb), schools that sent
# children home became "colleges" and the children went "house" (the observed school -> college, seen once,
# stands aside near children, pupils, teachers, lunch; the observed home -> house stands aside for the adverb
# and after a verb of going or sending), and a port "seeking better links" was "looking" them (the observed
# seek -> look stands aside before an object: "look" would need "for"). Only on the whole spun pages (the
# articles' score): a union's "fair settlement" read "agreement" (the spinner row's weak candidate now stands
# aside after fair, good, pay, final and near a union, a strike, a dispute, staff), "Doctors and nurses have
# been writing notes" read "were writing" (the observed have been -> were stands aside before a present
# participle too), "had a person despatched off" read "one sent off" (the observed a person -> one stands aside
# before a participle), a "fast counter attack" became "rapid" (the observed fast -> rapid stands aside before a
# counter, a break, a bowler), "metropolis centres" became the American "city centers" (the row now restores
# "city centre"; "metropolis center" has its own row), and "Westbridge journey to Norwich" read "trip" (a row for
# a side named before a bare "journey to" a place restores "travel to"). A probe of clean sentences of our own in
# the same genres (round 244) found three more: a rail strike's "strikes were causing misery for passengers" read
# "moves" (the spinner row's weak candidate now stands aside near passengers, commuters, trains, drivers, nurses,
# staff, disruption, misery, a ballot, a stoppage), "avoid strenuous exercise" read "activity" (the observed
# exercise -> activity, seen once, stands aside after strenuous, regular, physical, military, joint), and "a fair
# offer" to a union read "reasonable" (the observed fair -> reasonable, seen once, stands aside before an offer,
# a deal, a settlement, a trial, a share, pay), "postponed all routine surgery" read "delayed" (the rewriter's
# postpone -> delay stands aside near surgery, operations, appointments, treatment, procedures, clinics), "the
# grid under severe strain" read "pressure" (the observed strain -> pressure, seen once, stands aside after severe,
# heavy, huge, before an injury, near a grid or a hamstring) and "Train speeds were cut" read "rates" (the observed
# speed -> rate stands aside after train, wind, top, average, broadband and near trains, rails, limits, mph),
# "Data protection officials" read "defense" (the spinner row and the observed protection -> defense stand aside
# after data, child, consumer, environmental, flood, witness, privacy) and firefighters who "contained the blaze
# after a six-hour battle" fought a "conflict" (the bare-battle row stands aside after a span of time and near a
# fire, a blaze, firefighters). Sentences written for this test.

STAYS = [
    # -- round 243
    'Customers have been warned that their information may have been stolen.',
    'Shops in city centres reported fewer visitors on Saturday.',
    'Officials said the drought could last until the autumn.',
    'The heatwave could last until Sunday, officials said.',
    'Heatwaves are becoming more intense as the climate warms.',
    'Patients should only come to the clinic if they have symptoms.',
    'The committee had determined a change was needed.',
    'Passengers were told not to travel unless their journey was essential.',
    # round 244: clean sentences of our own in the articles' genres (a probe)
    'The minister said the strikes were causing misery for passengers.',
    'Doctors advised people to avoid strenuous exercise in the afternoon.',
    'The company said it had made a fair offer and urged the union to put it to members.',
    'The hospital postponed all routine surgery until further notice.',
    'A week of extreme heat has left the grid under severe strain.',
    'Train speeds were cut because of fears that rails could buckle.',
    'Data protection officials said they were making inquiries.',
    'Firefighters contained the blaze after a six-hour battle.',
]

BESIDE_A_REPAIR = [
    # -- round 243
    ('The hail was damaging crops throughout the valley, farmers stated.',
     'The hail was damaging crops across the valley, farmers said.'),
    ('Firefighters were also fighting several wildfires close to the coast.',
     'Firefighters were also fighting several wildfires near the coast.'),
    ('Several schools despatched kids residence before lunch.',
     'Several schools sent children home before lunch.'),
    ('The port is seeking better hyperlinks with the motorway network.',
     'The port is seeking better links with the motorway network.'),
]

STILL_REPAIRED = [
    # -- round 243: the spun uses of the mended rows and rates still repair
    ('Nobody was damage in the crash.',
     'Nobody was hurt'),
    ('The two nations signed a commerce settlement last year.',
     'trade agreement'),
    ('Shops in the metropolis centre closed early.',
     'the city centre closed'),
    ('The minister will journey to Paris next week.',
     'travel to Paris'),
    ('Investigators will seek into the cause of the blackout.',
     'look into the cause'),
    ('Analysts said these strikes were aimed at forcing a deal.',
     'these moves were aimed'),
    ('The speed of inflation slowed in March.',
     'The rate of inflation'),
    ('The protection ministry announced new spending on tanks.',
     'The defense ministry'),
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
