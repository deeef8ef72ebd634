"""A writer's word on a spun page stays (lead's round 228: whole articles of our own, spun by hand).

Three short articles (a city council and a tram line, a hospital waiting list and a burglary trial, a
Senate vote and a chipmaker's factory) were spun by hand and repaired, and each clean sentence was repaired
after a spun preamble. On the spun page the engine changed words the writers chose: burglars' "accomplices"
became "partners" (the row for a spun partner stood aside only near a handful of crime words: a burglary, a
court, a jail term now count too), "stolen items" became "stolen goods" (a row with no spinner behind it:
dropped), "the quantity of water" became "the number of water" (the spun "quantity of" row's weak candidate:
"number of" needs a plural after it), an offer that "could be withdrawn" became a "deal" (the observed
offer -> deal: an offer is tabled, sweetened or withdrawn, a deal is not), lead drawn "out of the ground"
came "out of the floor" (the observed ground -> floor: what grows in or is dug from the ground), and a
forecast's "rain could fall" and a hopeful administration's "lawmakers could reach a deal" read "would" (the
observed could -> would stands aside near a forecast, rain or snow, hope and optimism, as it already did
near a warning). In round 229 (a central bank, a school board, a fine from Brussels, a walking study) researchers
who "cautioned that" a sample was small were made to "warn" (the rough spinner's caution -> warn row stands aside
where researchers, a study or its findings hedge), and a shop's or a museum's "wide selection of" cheeses or maps
became a "wide range" (the row stands aside near what shops, menus and collections hold). In round 237 (an
earthquake abroad, a football match) a side "transformed after the interval" was transformed "after the period"
(the interval -> period row stands aside after "the": the interval of a match or a play is the writer's), and three
observed rates now keep the writer's word where their evidence never reached: "have been" -> "were" only stood
before an adjective, a number or a preposition in the pairs ("have been against", "have been unable"), never before
a participle ("40 people have been killed"); "by" -> "through" only before a date or a chamber, never before the
doers ("booed off by some of their own supporters"); "bottom" -> "lowest" only before a noun. In round 238 (a
police officer's trial) the officer who fired became an "official" (the row for the spun "officers" now stands
aside near a shooting, a trial, a jury, and in a paragraph about a police officer or a traffic stop). Sentences written for
this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
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
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    # the spun uses of the mended rows still repair
    ("The quantity of sufferers waiting has doubled.", "The number of patients waiting"),
    ("A supply familiar with the talks said a deal was close.", "A source familiar with the talks"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
