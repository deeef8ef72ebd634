"""A writer's word on a spun page stays (tells36's rounds 219-221: farming and food supply, mining and
metals, oil and gas, shipping and ports, stock markets and quarterly results, bank regulation and
fintech, tobacco and alcohol, airlines' results).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: a market flooded
"with cheap supply" became "cheap source" (the news-synonym-file supply -> source, whose spun use is "a
supply told Reuters": now not after cheap, excess, surplus, new, tight or a metal), "return more cash to
shareholders" became "money" (the observed cash -> money and the news-business-health row: vetoed near
shareholders, dividends, buybacks, a cash pile), "The payments startup" became "bills" (the observed
payment -> bill: vetoed before a startup, a firm, a giant, a provider, a platform), "fares stayed high"
became "remained" (the observed stay -> remain: vetoed before high and strong, which the spinner would
have swapped too), farmers who "culled hens" culled "chickens" (the menu row hen -> chicken: not near a
cull, bird flu, eggs, a flock or a farm), "Stress tests" became "Tensions tests" (the observed stress ->
tension: vetoed before tests and assessments), "Crypto exchanges" became "negotiations" (the
news-rewriter row: not after crypto, stock, currency, nor near traders, shares or tokens), and "The
pipeline will carry gas" became "hold" (the observed carry -> hold: now also vetoed near a pipeline, gas,
oil, fuel or a cable). Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "Nickel prices slumped after Indonesia flooded the market with cheap supply.",
    "The company said it would cut spending and return more cash to shareholders.",
    "The payments startup raised $300 million at a valuation of $4 billion.",
    "The airline reported a record summer profit as fares stayed high.",
    "The pipeline will carry gas from the offshore field to the mainland.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    # a writer's word beside spun words: the hens, the stress test and the crypto exchanges stay
    ("Chook flu has compelled farmers to cull hens.", "Bird flu has forced farmers to cull hens."),
    ("Stress assessments confirmed that the banks were sound.", "Stress tests showed that the banks were sound."),
    ("Crypto exchanges should register with the regulator.", "Crypto exchanges must register with the regulator."),
])
def test_the_writers_word_stays_beside_a_repair(engine, spun, want):
    assert body(engine, spun) == want


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows and rates still repair
    ("A supply familiar with the matter said the talks had stalled.", "A source familiar"),
    ("The restaurant served roasted hen with rice.", "roasted chicken"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
