"""A writer's word on a spun page stays (helper tells39's rounds 231-232: whole articles of our own, spun by hand).

Four short articles (the Supreme Court striking down a state law on social media, a state budget and its
governor, a wildfire in the foothills, a city council's police review board after a shooting) were spun by
hand and repaired, and each clean sentence was repaired after a spun preamble. On the spun page the engine
changed words the writers chose: a review board that may "interview officers" and "discipline officers", and
a family that wants "the officer to be charged", read "officials" (the spinner's officer -> official row now
stands aside near discipline, a subpoena and "be charged", as it did near an arrest or a jury); a law that
"required the firms to publish" reports and states that "require more transparency" read "needed", "called
for" and "need" (the rough spinner's require -> need row and the observed required -> called for stand aside
near publishing, disclosure, transparency, a state, a law and the companies it binds); "hold companies
accountable" read "keep" in the probe (the observed hold -> keep stands aside near accountable, responsible,
liable); "the state's fire agency" read "fire firm" (the observed agency -> firm stands aside near a fire, an
emergency, the weather); "enormous power" read "big power" (the rough spinner's enormous -> big stands
aside before power, wealth, sway, leverage, control). Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "The board will be able to discipline officers and make its findings public.",
    "The panel can subpoena records and interview officers.",
    "The family has called for the officer to be charged.",
    "The bill required the platforms to publish detailed reports on how they treat posts.",
    "Several states now require more transparency from payday lenders.",
    "The blaze was 20 percent contained, according to the state's fire agency.",
    "A handful of tech giants have enormous power over what people read.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    # the spun uses of the mended rows still repair
    ("State officers mentioned the plan would value extra than anticipated.", "State officials said"),
    ("The agency additionally wants to maintain prices low.", "keep prices low"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
