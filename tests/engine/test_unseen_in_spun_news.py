"""An unseen tortured find in spun news, with no tortured phrase around it, is for review only
(engine/analyzer.py, SPUN_NEWS_SCORE): the unseen finder's swaps overlap the news spinner's, and a
spun news page's "trial outcomes" is a spun "trial results", not "experimental results". Sentences
written for the tests."""
from __future__ import annotations

import pytest

from test_news_repair import body
from unspin.engine import analyzer


@pytest.mark.parametrize("sentence", [
    "The drugmaker said trial outcomes were encouraging.",
    "Trial outcomes were published on Monday, the company said.",
])
def test_an_unseen_tortured_find_stays_a_question_in_spun_news(engine, sentence):
    assert body(engine, sentence) == sentence


def test_without_the_rule_the_finder_would_rewrite_it(engine, monkeypatch):
    # the case the rule is for: the same page with the rule off
    monkeypatch.setattr(analyzer, "SPUN_NEWS_SCORE", 2.0)
    assert body(engine, "The drugmaker said trial outcomes were encouraging.") != \
        "The drugmaker said trial outcomes were encouraging."
