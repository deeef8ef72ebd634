"""A writer's word on a spun page stays (tells rounds 178-180, helper tells32: war and diplomacy,
refugees and aid, elections in Africa and Asia, luxury brands, video games, telecoms, drugmakers,
commercial property, ports and travel advice).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: visitors urged to
carry passports "at all times" would carry them "always" (the phrase row's weak candidate), "5G
coverage" became "5G policy" (the spinner row coverage -> policy: "5G" is two tokens, "5" and "G"),
a freight story's "delivery charges" became "birth rates" (the weak candidate of a demographic row) and then "delivery rates" (the
observed rate charge -> rate), passports "carried" were "held" (the observed rate carry -> hold),
"entry rules" became "access rules" (the observed rate entry -> access), "staff can not provide help"
became "staff is not" (the observed rate can -> is), a ceasefire "broken within hours" was broken "in
hours" (the observed rate within -> in), a travel advisory's "border area" became a "border region"
(the band-0.15 spinner row area -> region) and a drugmaker's "shares" became "stocks" (the weak
candidate of the fish-stocks row). Each is mended by a negated condition on its lexicon row or a veto
in resources/channel/rate_vetoes.tsv; the spun use beside it is still repaired. Sentences written for
this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "Visitors are urged to carry their passports at all times.",
    "The operator's chief executive said 5G coverage now reaches 90 percent of the population.",
    "Delivery charges have doubled since the attacks forced vessels to sail around Africa.",
    "Entry rules changed last month, and visitors now need to apply for a permit online.",
    "Consular staff can not provide help in remote parts of the country.",
    "The ceasefire was broken within hours when artillery fire resumed near the city.",
    "Travellers are advised to avoid the border area because of the risk of kidnapping.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, kept, repaired", [
    ("Entry guidelines modified final month.", "Entry rules", "changed last month"),
    ("The ceasefire was damaged inside hours.", "within hours", "was broken"),
    ("The operator's chief govt mentioned 5G protection now reaches most houses.", "5G coverage",
     "chief executive said"),
    ("The drug failed in a late-stage trial, sending shares down 20 p.c.", "sending shares down",
     "20 percent"),
])
def test_the_writers_word_stays_beside_a_repair(engine, spun, kept, repaired):
    fixed = body(engine, spun)
    assert kept in fixed and repaired in fixed
