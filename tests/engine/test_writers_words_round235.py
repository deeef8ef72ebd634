"""A writer's word on a spun page stays (helper tells41's rounds 235-236: whole articles of our own, spun by hand).

Four short articles (a department store's holiday sales and job cuts, an AI startup bought by a medical
technology group, a drug trial in Alzheimer's disease, a space probe reaching Jupiter) were spun by hand and
repaired, and each clean sentence was repaired after a spun preamble. On the spun page the engine changed
words the writers chose: "an artificial intelligence company" became an "intelligence agency" (the weak row
now stands aside after artificial, business, market, data...), a probe's "journey" of eight years became a
"trip" (the journey rows stand aside near a spacecraft, a probe, an orbit, a planet or a moon), sensors that
"measure particles" measured "debris" (the row stands aside near sensors, measuring, magnetic or charged
particles, radiation), a probe that "carries ten instruments" was made to "hold" them (the observed carry ->
hold stands aside near instruments, devices, sensors, a payload, a crew), an antenna that failed "after
launch" was read as a "release" (the veto's paragraph list now names an antenna, a rover, a lander, a probe),
a researcher's "real progress" became "growth" (progress in talks, against a disease or in a trial, and real
or actual progress, are the writer's), a protein "that builds up in the brain" was made to "develop" (the
rewriter's build up -> develop stands aside before in, over, inside...), and the spun "changing into the
primary" read "become the firsting" (the row's restored verb now carries the inflection). The particles,
progress and build-up mends show only on a whole spun page (the articles' score); the sentences below are
the ones a short spun preamble already catches. Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "The bank bought an artificial intelligence company based in Toronto.",
    "The spacecraft began its journey to Mars in July.",
    "The probe carries ten scientific instruments, including cameras.",
    "Soon after launch, the antenna failed to open.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    ("The rover is predicted to finish its trek, changing into the primary to climb the crater wall.",
     "becoming the first to climb"),
    ("She changed into the primary lady to run the central bank.", "became the first"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
