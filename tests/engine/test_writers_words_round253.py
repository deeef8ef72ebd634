"""A writer's word on a spun page stays (tells47's rounds 253-254, twenty-ninth session).

Laid out like test_writers_words_rounds_219_238.py (one data list per kind of test), for the lead to merge
into it. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


# Round 253: A writer's word on a spun page stays (tells47's rounds 253-254: whole articles of our own, spun by
# hand: an earthquake and its death toll, an NCAA football rivalry game, a crypto exchange's withdrawal freeze,
# a pop star's record-breaking tour).
#
# On the spun pages the engine changed words the writers chose: "as crews reached remote villages" became
# "crews arrived remote villages" (the tells-rounds row reach -> arrive, whose weak candidate on a spun page
# reads only its negated conditions: "arrive" takes no object, so it now stands aside before a determiner, an
# adjective, a noun, a name, a number or a pronoun), "the first planes carrying search dogs" became "aircraft"
# (the two plane -> aircraft rows: negated near passengers, landing, carrying, relief, supplies, search, rescue,
# airports and airlines, a civilian flight's words), "rescue crews" on the earthquake page became "teams" (the
# crew -> team row: its negated list now also names an earthquake, landslides, villages, survivors, rubble and
# digging), "$2 billion in trades a day" became "exchanges" (the observed trade -> exchange: vetoed before "a",
# "per", "worth", "were", "are" and after an amount, "daily", "insider", "options", "futures" or "crypto"),
# "handled about $2 billion" became "treated about" (the rows handled -> treated and handled about -> treated
# about: negated near money, trades, payments, orders, cargo, calls and exchanges), and a withdrawal freeze's
# "local customers" came out as "candidates" (the observed prospect -> candidate: its veto near a bank's or a
# shop's words now also names withdrawals, exchanges, funds, a freeze, users and "affected").

STAYS = [
    # -- round 253
    "Rescue crews reached remote villages on Wednesday.",
    "The first planes carrying search dogs landed on Tuesday evening.",
]

BESIDE_A_REPAIR = [
    # -- round 253
    # a writer's word beside spun words: reached, the planes, the trades and "handled" stay
    ("Rescue crews reached remote villages after the quake, officers stated.",
     "Rescue crews reached remote villages after the quake, officials said."),
    ("Crews reached distant villages cut off by landslides as the dying toll rose.",
     "Crews reached remote villages cut off by landslides as the death toll rose."),
    ("The first planes carrying medical supplies landed on Tuesday, officers stated.",
     "The first planes carrying medical supplies landed on Tuesday, officials said."),
    ("The primary planes carrying search canine landed on Tuesday.",
     "The first planes carrying search dogs landed on Tuesday."),
    ("The exchanges handled about $2 billion in trades a day final yr.",
     "The exchanges handled about $2 billion in trades a day last year."),
    ("The exchange handled about $2 billion in payments final yr.",
     "The exchange handled about $2 billion in payments last year."),
    # the spun "prospects" of a withdrawal freeze is a customers', not a candidates'
    ("Regulators stated they were checking whether local prospects had been affected by the freeze.",
     "Regulators said they were checking whether local customers had been affected by the freeze."),
]

STILL_REPAIRED = [
    # -- round 253
    # the spun uses of the mended rows and rates still repair
    ("The crew had won the league title, the coach stated.", "The team had won the league title"),
    ("Warships and plane patrolled the strait, officers stated.", "Warships and aircraft"),
    ("Shares fell on the New York inventory trade.", "stock exchange"),
    ("Paramedics handled about 30 folks on the scene.", "Paramedics treated about 30 people"),
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
