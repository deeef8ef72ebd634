"""A writer's word on a spun page stays (tells38's rounds 225-227: royal family and celebrities, fashion
and beauty, restaurants, fitness and diet, mental health services, parenting, prisons and probation,
gadget launches, dating).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: "popular with
younger shoppers" became "young" (the news-everyday row younger -> young, whose spun uses follow "very",
"so", "too": its weak candidate now stands back before shoppers, customers, fans, voters...), "Talking
therapies are offered" became "provided" (the observed offer -> provide: vetoed near therapies,
treatment, appointments, patients), "report lower self-esteem" became "less" (the observed low -> less:
vetoed before self-esteem, confidence, morale, pay, risk...), "the cheaper model" of a phone became
"version" (the model -> version veto now reads cheaper, premium, flagship, foldable, tech), "leaving a
restaurant together with her new boyfriend" became "including her" (the observed together with ->
including: vetoed before a pronoun), "Dating coaches advise people" became "tell" (the observed advise ->
tell: vetoed near coaches, experts, doctors, nutritionists, midwives, guidance), "verify their profiles"
became "check" (the news-tells-rounds row verify -> check, whose spun use is the noun: not before a
possessive or an object a user verifies), "book a desk in the office" became "workplace" (the observed
office -> workplace, seen once: vetoed near desks, staff, colleagues, meetings, hybrid work), and "a
private trainer for her racehorses" and "The trainers sold out" became "teacher(s)" (the news-common-heads
row trainer -> teacher: its negated list now reads racehorses, a private trainer, boxers, athletes,
runners, clients, and the shoes' sold, sale, pairs and brands). Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
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
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows still repair
    ("The singer is still very younger.", "very young"),
    ("The verify was complete within a day.", "The check was complete"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
