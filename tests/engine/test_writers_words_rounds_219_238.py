"""A writer's word on a spun page stays (tells rounds 219-238, twenty-eighth session).

After a spun preamble, ordinary sentences of our own lost a word the writer chose; each case was traced to its
rule (a row whose condition missed the writer's sense, a weak candidate of a conditioned row, an observed rate
beyond the evidence of the pairs) and mended in general terms. One data list per kind of test, grouped by round;
what each round found and how it was mended is told in the comments below. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


# Round 219: A writer's word on a spun page stays (tells36's rounds 219-221: farming and food supply, mining and
# metals, oil and gas, shipping and ports, stock markets and quarterly results, bank regulation and
# fintech, tobacco and alcohol, airlines' results).
#
# After a spun preamble, ordinary sentences of our own lost a word the writer chose: a market flooded
# "with cheap supply" became "cheap source" (the news-synonym-file supply -> source, whose spun use is "a
# supply told Reuters": now not after cheap, excess, surplus, new, tight or a metal), "return more cash to
# shareholders" became "money" (the observed cash -> money and the news-business-health row: vetoed near
# shareholders, dividends, buybacks, a cash pile), "The payments startup" became "bills" (the observed
# payment -> bill: vetoed before a startup, a firm, a giant, a provider, a platform), "fares stayed high"
# became "remained" (the observed stay -> remain: vetoed before high and strong, which the spinner would
# have swapped too), farmers who "culled hens" culled "chickens" (the menu row hen -> chicken: not near a
# cull, bird flu, eggs, a flock or a farm), "Stress tests" became "Tensions tests" (the observed stress ->
# tension: vetoed before tests and assessments), "Crypto exchanges" became "negotiations" (the
# news-rewriter row: not after crypto, stock, currency, nor near traders, shares or tokens), and "The
# pipeline will carry gas" became "hold" (the observed carry -> hold: now also vetoed near a pipeline, gas,
# oil, fuel or a cable). Sentences written for this test.

# Round 222: A writer's word on a spun page stays (tells rounds 222-224: baseball, ice hockey, cycling, athletics,
# horse racing, football transfers, esports, swimming, college sports, motor racing).
#
# After a spun preamble, clean sentences of our own lost a word the writer chose. A winger who "handed in a
# transfer request" handed in a "move" request (the `in a transfer` -> `in a move` row now stands aside before
# a request, a window, a fee or a portal and near a winger, a forward or a manager). Four observed rates,
# each seen once, took a sports writer's phrase: a striker "available again" after a ban "comes again"
# (`is available` -> comes, now not before again, now, online, for, to...), "the option of a further year"
# became "another year" (`a further` -> another, not before a span of time), a game "postponed because of
# rain" was postponed "due to" it (`because of` -> due to, not after a verb), and "He was fastest in free
# practice" became "rapidest" (`fast` -> rapid inflected into a superlative no writer writes; comparatives and
# superlatives vetoed). The sentence-initial `final` -> last row's weak candidate read "the final of the 400m"
# (it now carries the negated contexts of its sibling row), the `again in` -> `back in` row took a horse that
# "would run again in June" (not after a verb of running, racing, meeting, playing or standing), and the
# `forward of` -> `ahead of` row read "the second forward of the season" (not after "the first/second/...").
# Sentences written for this test.

# Round 225: A writer's word on a spun page stays (tells38's rounds 225-227: royal family and celebrities, fashion
# and beauty, restaurants, fitness and diet, mental health services, parenting, prisons and probation,
# gadget launches, dating).
#
# After a spun preamble, ordinary sentences of our own lost a word the writer chose: "popular with
# younger shoppers" became "young" (the news-everyday row younger -> young, whose spun uses follow "very",
# "so", "too": its weak candidate now stands back before shoppers, customers, fans, voters...), "Talking
# therapies are offered" became "provided" (the observed offer -> provide: vetoed near therapies,
# treatment, appointments, patients), "report lower self-esteem" became "less" (the observed low -> less:
# vetoed before self-esteem, confidence, morale, pay, risk...), "the cheaper model" of a phone became
# "version" (the model -> version veto now reads cheaper, premium, flagship, foldable, tech), "leaving a
# restaurant together with her new boyfriend" became "including her" (the observed together with ->
# including: vetoed before a pronoun), "Dating coaches advise people" became "tell" (the observed advise ->
# tell: vetoed near coaches, experts, doctors, nutritionists, midwives, guidance), "verify their profiles"
# became "check" (the news-tells-rounds row verify -> check, whose spun use is the noun: not before a
# possessive or an object a user verifies), "book a desk in the office" became "workplace" (the observed
# office -> workplace, seen once: vetoed near desks, staff, colleagues, meetings, hybrid work), and "a
# private trainer for her racehorses" and "The trainers sold out" became "teacher(s)" (the news-common-heads
# row trainer -> teacher: its negated list now reads racehorses, a private trainer, boxers, athletes,
# runners, clients, and the shoes' sold, sale, pairs and brands). Sentences written for this test.

# Round 228: A writer's word on a spun page stays (lead's round 228: whole articles of our own, spun by hand).
#
# Three short articles (a city council and a tram line, a hospital waiting list and a burglary trial, a
# Senate vote and a chipmaker's factory) were spun by hand and repaired, and each clean sentence was repaired
# after a spun preamble. On the spun page the engine changed words the writers chose: burglars' "accomplices"
# became "partners" (the row for a spun partner stood aside only near a handful of crime words: a burglary, a
# court, a jail term now count too), "stolen items" became "stolen goods" (a row with no spinner behind it:
# dropped), "the quantity of water" became "the number of water" (the spun "quantity of" row's weak candidate:
# "number of" needs a plural after it), an offer that "could be withdrawn" became a "deal" (the observed
# offer -> deal: an offer is tabled, sweetened or withdrawn, a deal is not), lead drawn "out of the ground"
# came "out of the floor" (the observed ground -> floor: what grows in or is dug from the ground), and a
# forecast's "rain could fall" and a hopeful administration's "lawmakers could reach a deal" read "would" (the
# observed could -> would stands aside near a forecast, rain or snow, hope and optimism, as it already did
# near a warning). In round 229 (a central bank, a school board, a fine from Brussels, a walking study) researchers
# who "cautioned that" a sample was small were made to "warn" (the rough spinner's caution -> warn row stands aside
# where researchers, a study or its findings hedge), and a shop's or a museum's "wide selection of" cheeses or maps
# became a "wide range" (the row stands aside near what shops, menus and collections hold). In round 237 (an
# earthquake abroad, a football match) a side "transformed after the interval" was transformed "after the period"
# (the interval -> period row stands aside after "the": the interval of a match or a play is the writer's), and three
# observed rates now keep the writer's word where their evidence never reached: "have been" -> "were" only stood
# before an adjective, a number or a preposition in the pairs ("have been against", "have been unable"), never before
# a participle ("40 people have been killed"); "by" -> "through" only before a date or a chamber, never before the
# doers ("booed off by some of their own supporters"); "bottom" -> "lowest" only before a noun. In round 238 (a
# police officer's trial) the officer who fired became an "official" (the row for the spun "officers" now stands
# aside near a shooting, a trial, a jury, and in a paragraph about a police officer or a traffic stop). Sentences written for
# this test.

# Round 231: A writer's word on a spun page stays (helper tells39's rounds 231-232: whole articles of our own, spun by hand).
#
# Four short articles (the Supreme Court striking down a state law on social media, a state budget and its
# governor, a wildfire in the foothills, a city council's police review board after a shooting) were spun by
# hand and repaired, and each clean sentence was repaired after a spun preamble. On the spun page the engine
# changed words the writers chose: a review board that may "interview officers" and "discipline officers", and
# a family that wants "the officer to be charged", read "officials" (the spinner's officer -> official row now
# stands aside near discipline, a subpoena and "be charged", as it did near an arrest or a jury); a law that
# "required the firms to publish" reports and states that "require more transparency" read "needed", "called
# for" and "need" (the rough spinner's require -> need row and the observed required -> called for stand aside
# near publishing, disclosure, transparency, a state, a law and the companies it binds); "hold companies
# accountable" read "keep" in the probe (the observed hold -> keep stands aside near accountable, responsible,
# liable); "the state's fire agency" read "fire firm" (the observed agency -> firm stands aside near a fire, an
# emergency, the weather); "enormous power" read "big power" (the rough spinner's enormous -> big stands
# aside before power, wealth, sway, leverage, control). Sentences written for this test.

# Round 233: A writer's word on a spun page stays (helper tells40's rounds 233-234: whole articles of our own, spun by hand).
#
# Four short articles (a by-election in a northern town, hospital waiting lists and council budgets, an EU
# summit on migration, farmers' tractors in Paris) were spun by hand and repaired, and each clean sentence was
# repaired after a spun preamble. On the spun page the engine changed words the writers chose: police
# "officers" who fired tear gas became "officials" (the spinner's officer -> official row now stands aside near
# tear gas, batons, riots, protesters and crowds), asylum seekers "held" in centres were "kept" (the observed
# hold -> keep stands aside near asylum, migrants, detention, custody and centres), patients who "deserved" a
# plan "needed" one (observed deserve -> need: not before an article, credit, respect, answers), a deal
# "reached" after talks "arrived" (the ambulance row's weak candidate: not near talks, a deal, a settlement),
# the "primary" farmers' union became the "first" (observed and the everyday row: not before a union, a
# school, a reason or an aim), an election result "declared" at 3am and councils "close to declaring" were
# "announced" (the rewriter's declare -> announce: not in the passive, not after "to"), "but that violence"
# lost its "that" (observed however that -> but: not before a noun or a pronoun), a party that "needed a plan"
# "had" one (observed need -> had), "a common fund" became "general", a party's "main challenger" became a
# "primary challenger" (not near a seat, a constituency, MPs or British parties), "serious harm" to families
# became "injury" (not near "cause", "would", families, children, the public), and "any plan that would
# require them" read "need" (the rough spinner's row: not near a plan, a deal, an agreement). Sentences written
# for this test.

# Round 235: A writer's word on a spun page stays (helper tells41's rounds 235-236: whole articles of our own, spun by hand).
#
# Four short articles (a department store's holiday sales and job cuts, an AI startup bought by a medical
# technology group, a drug trial in Alzheimer's disease, a space probe reaching Jupiter) were spun by hand and
# repaired, and each clean sentence was repaired after a spun preamble. On the spun page the engine changed
# words the writers chose: "an artificial intelligence company" became an "intelligence agency" (the weak row
# now stands aside after artificial, business, market, data...), a probe's "journey" of eight years became a
# "trip" (the journey rows stand aside near a spacecraft, a probe, an orbit, a planet or a moon), sensors that
# "measure particles" measured "debris" (the row stands aside near sensors, measuring, magnetic or charged
# particles, radiation), a probe that "carries ten instruments" was made to "hold" them (the observed carry ->
# hold stands aside near instruments, devices, sensors, a payload, a crew), an antenna that failed "after
# launch" was read as a "release" (the veto's paragraph list now names an antenna, a rover, a lander, a probe),
# a researcher's "real progress" became "growth" (progress in talks, against a disease or in a trial, and real
# or actual progress, are the writer's), a protein "that builds up in the brain" was made to "develop" (the
# rewriter's build up -> develop stands aside before in, over, inside...), and the spun "changing into the
# primary" read "become the firsting" (the row's restored verb now carries the inflection). The particles,
# progress and build-up mends show only on a whole spun page (the articles' score); the sentences below are
# the ones a short spun preamble already catches. Sentences written for this test.

STAYS = [
    # -- round 219
    "Nickel prices slumped after Indonesia flooded the market with cheap supply.",
    "The company said it would cut spending and return more cash to shareholders.",
    "The payments startup raised $300 million at a valuation of $4 billion.",
    "The airline reported a record summer profit as fares stayed high.",
    "The pipeline will carry gas from the offshore field to the mainland.",
    # -- round 222
    "The winger has handed in a transfer request.",
    "The striker is available again after serving a three-match ban.",
    "He signed a four-year contract with the option of a further year.",
    "The game was postponed because of rain and will be made up later in the season.",
    "She qualified fastest for the final of the 400m individual medley.",
    "He was fastest in free practice on Friday morning.",
    "The trainer said the horse would run again in June.",
    "He was the second forward of the season to leave the club.",
    # -- round 225
    "Vintage clothing has become popular with younger shoppers.",
    "Talking therapies are offered for anxiety and depression.",
    "Teenagers who spend hours on social media report lower self-esteem.",
    "The tech giant said it would stop making the cheaper model.",
    "The star was spotted leaving a restaurant in London together with her new boyfriend.",
    "Dating coaches advise people to meet in a public place.",
    "The app lets users verify their profiles with a selfie.",
    "The app lets users confirm their identity with a selfie.",
    "Staff can book a desk in the office through the app.",
    "She hired a private trainer for her racehorses.",
    "The trainers sold out within an hour of going on sale.",
    # -- round 228
    "He and two accomplices broke into more than twenty homes over four months.",
    "Detectives found some of the stolen items in a lock-up garage.",
    "The quantity of water used by the plant has doubled.",
    "Officials warned that the offer could be withdrawn if the deadline is missed.",
    "In trials, the plants drew lead and zinc out of the ground.",
    "The administration remained hopeful that lawmakers could reach a deal.",
    "Up to 60mm of rain could fall on high ground.",
    # round 229: a researcher's hedge, a shop's and a museum's range
    "The researchers cautioned that the sample was small.",
    "She cautioned that the study had looked at only one region.",
    "The deli has a wide selection of cheeses.",
    "The museum has a wide selection of old maps.",
    # round 237: the interval of a match; the observed have been, by, bottom where their evidence never reached
    "The home side were transformed after the interval.",
    "At least 40 people have been killed in the earthquake.",
    "The team were booed off by some of their own supporters.",
    "Survivors said the ground shook and then the bottom of the valley flooded.",
    # round 238: a police officer who fired (the officials -> officers row stands aside near a shooting, a trial)
    "Prosecutors argued that the officer had no reason to fear for his life when he fired.",
    # -- round 231
    "The board will be able to discipline officers and make its findings public.",
    "The panel can subpoena records and interview officers.",
    "The family has called for the officer to be charged.",
    "The bill required the platforms to publish detailed reports on how they treat posts.",
    "Several states now require more transparency from payday lenders.",
    "The blaze was 20 percent contained, according to the state's fire agency.",
    "A handful of tech giants have enormous power over what people read.",
    # -- round 233
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
    # -- round 235
    "The bank bought an artificial intelligence company based in Toronto.",
    "The spacecraft began its journey to Mars in July.",
    "The probe carries ten scientific instruments, including cameras.",
    "Soon after launch, the antenna failed to open.",
]

BESIDE_A_REPAIR = [
    # -- round 219
    # a writer's word beside spun words: the hens, the stress test and the crypto exchanges stay
    ("Chook flu has compelled farmers to cull hens.", "Bird flu has forced farmers to cull hens."),
    ("Stress assessments confirmed that the banks were sound.", "Stress tests showed that the banks were sound."),
    ("Crypto exchanges should register with the regulator.", "Crypto exchanges must register with the regulator."),
]

STILL_REPAIRED = [
    # -- round 219
    # the spun uses the mended rows and rates still repair
    ("A supply familiar with the matter said the talks had stalled.", "A source familiar"),
    ("The restaurant served roasted hen with rice.", "roasted chicken"),
    # -- round 222
    # the spun uses the mended rows still repair
    ("The company was founded again in 2004 by two brothers.", "back in 2004"),
    ("He finished a full second forward of the Australian.", "second ahead of"),
    ("He finished half a second forward of his teammate.", "second ahead of"),
    # -- round 225
    # the spun uses the mended rows still repair
    ("The singer is still very younger.", "very young"),
    ("The verify was complete within a day.", "The check was complete"),
    # -- round 228
    # the spun uses of the mended rows still repair
    ("The quantity of sufferers waiting has doubled.", "The number of patients waiting"),
    ("A supply familiar with the talks said a deal was close.", "A source familiar with the talks"),
    # -- round 231
    # the spun uses of the mended rows still repair
    ("State officers mentioned the plan would value extra than anticipated.", "State officials said"),
    ("The agency additionally wants to maintain prices low.", "keep prices low"),
    # -- round 233
    # a spun "but that" keeps its "that"; the mended rows' spun uses still repair
    ("The mayor stated she understood the anger however that violence would not be tolerated.",
     "she understood the anger but that violence"),
    ("He suffered a knee harm in training.", "a knee injury"),
    # -- round 235
    ("The rover is predicted to finish its trek, changing into the primary to climb the crater wall.",
     "becoming the first to climb"),
    ("She changed into the primary lady to run the central bank.", "became the first"),
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
