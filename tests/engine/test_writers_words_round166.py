"""A writer's word on a spun page stays (tells rounds 166-168, helper tells31: obituaries, television,
restaurant inspections, housing, carmakers, cryptocurrency, defence, wildlife, planning, consumer
advice, tennis, football transfers, American football and basketball).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: a drama's "final
episode" and a game's "final minute" became "last" (the observed rate final -> last, then the weak
candidate of the news-phrases row once the rate was vetoed), "environmental health officers" became
"officials" (the spinner rows officer -> official after "health"; the spun "well being officers" row
too), a car's "new model" with a range of 300 miles became a "version", a coin that "lost half its
value in a single day" lost it "overnight" (the news-phrases row, lifted on a spun page), a planning
committee's "application" became a "program", "delivery firms" became "companies", a couple that
"confirmed their split" in a spun sentence "showed" it, and a basketball "forward" became "ahead" (the
observed rate forward -> ahead, whose spun use is "forward of the vote"). Each is mended by a negated
condition on its lexicon row or a veto in resources/channel/rate_vetoes.tsv; the spun use beside it is
still repaired. Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "The drama's final episode was watched by 8 million viewers, the broadcaster said.",
    "Free throws decided the game in the final minute.",
    "She won the final set on a tie-break.",
    "Environmental health officers said raw chicken had been stored next to cooked food.",
    "The new model has a range of 300 miles on a single charge.",
    "The coin lost half its value in a single day.",
    "The council's planning committee rejected the application by seven votes to two.",
    "Scammers are sending fake texts claiming to be from delivery firms.",
    "The forward hit a jumper to force overtime.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, kept, repaired", [
    ("The couple confirmed their break up in a joint assertion to followers.", "confirmed their split",
     "joint statement"),
    ("Environmental well being officers mentioned uncooked rooster had been saved subsequent to cooked meals.",
     "Environmental health officers", "raw chicken"),
    ("The forward missed the sport with a sprained ankle.", "The forward", "the game"),
])
def test_the_writers_word_stays_beside_a_repair(engine, spun, kept, repaired):
    fixed = body(engine, spun)
    assert kept in fixed and repaired in fixed


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows and rates still repair
    ("Sales fell in the final week of March.", "the last week"),
    ("Markets fell in a single day after the vote.", "fell overnight"),
    ("Well being officers mentioned the outbreak was over.", "Health officials said"),
    ("Shares rose forward of the vote.", "ahead of the vote"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
