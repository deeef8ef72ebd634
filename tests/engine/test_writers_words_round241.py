"""A writer's word on a spun page stays (tells43's rounds 241-242, twenty-ninth session, issue 15).

Laid out like test_writers_words_rounds_219_238.py (one data list per kind of test, the round's explanation in
the comments) so that the lead can merge it there. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


# Round 241: A writer's word on a spun page stays (tells43's rounds 241-242: immigration and border policy, the
# housing market and mortgages, a flood and insurance claims, a teachers' strike).
#
# Four whole articles of our own were spun by hand and repaired, and each clean sentence of theirs was repaired
# after a spun preamble. On the spun page the engine changed words the writers chose. "The Nationwide Building
# Society" became "National" (the observed nationwide -> national of the names table, read at capitalised words:
# a veto before building, constructing, society; the names table now keeps the veto rows written for a swap,
# channel.py), "The Home Builders Federation" became "House" (the news-spinner row "the Home" -> "the House" and
# the observed home -> house: not before builders, buyers, owners, sales, prices, loans, insurance), a British
# teachers' story's "pupils" became "students" (the news-common-heads row stands back in a paragraph with
# Scotland, Wales, England or a British city, a head teacher or a council), "a cut of almost a third" became
# "nearly" (the observed almost -> nearly, seen twice: vetoed before a, an, half, all, every, certainly...),
# "a financial data firm" became "economic" (the news-business-health row: not near a firm, a provider or a
# terminal), soldiers who "carry elderly residents to safety" would "hold" them (the observed carry -> hold:
# vetoed near residents, children, the injured, boats, safety, rescuers), "the agency's area manager" of a flood
# story became "the firm's" (the observed agency -> firm: vetoed in a paragraph of floods, rivers, a clean-up),
# budgets "under severe strain" were "under severe pressure" (the observed strain -> pressure, seen once: vetoed
# after severe, financial, mental, a hamstring, a new strain), "any extra money" became "any more money" (the
# news-everyday row extra -> more after "any": not before money, funding, staff or pay), "council tax for
# damaged properties" became "damaged homes" (the news-everyday row properties -> homes: not near a tax, rates,
# a landlord or a rental), households who "battle to pay" would "conflict" (the news-spinner row battle ->
# conflict: not before "to", the verb), and a dam "under extreme pressure" was "under excessive force" (the
# news-synonym-file row, whose spun use is police who "used extreme pressure": not after under, beneath,
# intense, huge). Sentences written for this test.

STAYS = [
    # -- round 241
    "The Nationwide Building Society cut its mortgage rates.",
    "The Home Builders Federation said sales had slowed.",
    "Pupils in Glasgow returned to school on Monday.",
    "Officials cut the budget by almost a third.",
    "The report used figures from a financial data firm in London.",
    "Soldiers helped firefighters carry two children to safety.",
    "Rescuers had to carry the injured driver to a waiting helicopter.",
    "The agency's area manager said the river would peak overnight.",
    "The hospital has been under severe strain all winter.",
    "The council said any extra money would go to roads.",
    "The council will waive the tax on damaged properties for a year.",
    "Many families in flood-prone areas battle to pay for cover.",
    "The dam was under extreme pressure after days of rain.",
]

BESIDE_A_REPAIR = [
    # -- round 241
    ("Officials stated the budget was cut by almost a third.",
     "Officials said the budget was cut by almost a third."),
]

STILL_REPAIRED = [
    # -- round 241
    # the spun uses of the mended rows and rates still repair
    ("The tower is almost full and will open in May.", "is nearly"),
    ("She will not take any extra questions.", "any more questions"),
    ("The bank is beneath strain to cut rates.", "under pressure to cut"),
    ("Pupils at Harvard protested against the tuition increase.", "Students at Harvard"),
    ("The Home voted on the bill on Friday.", "The House voted"),
    ("Nationwide safety officials met on Monday.", "National security officials"),
    ("The financial growth of the region slowed.", "economic growth"),
    ("Police used extreme pressure on the protesters.", "excessive force"),
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
