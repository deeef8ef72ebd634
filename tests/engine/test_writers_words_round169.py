"""A writer's word on a spun page stays (lead's tells rounds 169-170: churches, prisons, fire services,
councils, schools, regulation).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: a headteacher who
"praised pupils for their patience" praised "students" (the restorer took the weak candidate of the
"pupil loans" -> "student loans" row, whose spun uses are all compounds before a noun), and what a law, a
rule or a vote "requires" was "needed" (the rough spinner's blind require -> need row, at 0.2, lifted on a
spun page: "a law requiring that every kit be tested", "would require a separate vote"). The weak
candidate now stands only before a noun, and the blind row not near a law, a rule, a regulator, a council
or a vote. In round 173 a finding that "needs to be confirmed in larger studies" was "shown" (the observed
rate confirm -> show; a spun "showed" is active, so the passive and "confirmed in / by" are vetoed), and
people "more likely to develop dementia" were "likely to grow" it (the weak candidate of a row whose spun
use is a number or an economy that develops). In round 176 a bank that "set aside extra money" set aside "cash"
(the observed cash -> money swap, seen once, read backwards): a writer's money after a quantifier, a
determiner or a verb of saving, spending or raising is vetoed. In round 182 a phone's "new model" with "a bigger
screen" became a "version" (the model -> version veto now also reads screens, batteries and devices). In round 185
"the officer placed on administrative leave" became an "official" and "footage from nearby businesses" came from
"local" ones (the weak candidate of the "nearby authorities" row): the officer row now knows administrative
leave, and the nearby row stands aside before a place or a building. The paraphraser lexicon's blind "a few" ->
"several" row (0.2) changed a writer's "a few" eleven times in the scratch scan of clean news paragraphs after a
spun preamble; without it LOSO reads the same ERR (50.4 %: two stories gain, one loses a partial edit). In round 188
nurses "under enormous pressure" were under "big" pressure (the rough spinner's blind enormous -> big, now not
before pressure, an amount, a cost or a task). In round 189 an athlete "quitting the sport" quit "the game" (two
rows of the spun "sport": not near quitting, retiring, loving or governing it). Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "The headteacher praised pupils for their patience.",
    "Lawmakers passed a law in 2021 requiring that every new kit be tested within 60 days.",
    "Building the new station would require a separate vote and a bond.",
    "The rule also requires seat belts in vans used to carry workers.",
    # round 173: a finding still to be confirmed, an illness one develops
    "Doctors warned that the results need to be confirmed in larger studies.",
    "People who slept less than six hours a night were more likely to develop dementia.",
    # round 176: the writer's money after a quantifier
    "The bank set aside extra money to cover bad loans.",
    "Volunteers raised money for the hospice that cared for her.",
    # round 182: a phone's new model
    "The new model has a bigger screen and a longer battery life.",
    # round 185: a police officer on administrative leave, footage from nearby businesses
    "The officer has been placed on administrative leave pending an investigation.",
    "Detectives are reviewing surveillance footage from nearby businesses.",
    # the paraphraser's blind "a few" -> "several" row is dropped
    "The power company asked customers to set thermostats a few degrees higher.",
    # round 188: the rough spinner's blind enormous -> big before what is enormous in a writer's English
    "Nurses say they are under enormous pressure.",
    # round 189: an athlete who thought about quitting the sport
    "She admitted she had thought about quitting the sport last year.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows still repair
    ("Graduates with pupil loans will pay less under the plan.", "student loans"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)


def test_a_spun_fear_is_never_read_as_involve(engine):
    # round 184: "fear" spun to "concern" before a clause; the observed concern -> involve (seen once, "the
    # case concerns ...") turned it into "Shopkeepers involve the changes will ...", which is no English
    assert "involve" not in body(engine, "Shopkeepers concern the changes will drive customers away.")
