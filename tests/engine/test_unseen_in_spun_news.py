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
    # never the finder's "experimental results"; the news reading ("outcomes" a spun "results",
    # judged by the restorer once the find is set aside) may apply
    assert body(engine, sentence) in (sentence, sentence.replace("outcomes", "results"))


def test_without_the_rule_the_finder_would_rewrite_it(engine, monkeypatch):
    # the case the rule is for: the same page with the rule off
    monkeypatch.setattr(analyzer, "SPUN_NEWS_SCORE", 2.0)
    assert body(engine, "The drugmaker said trial outcomes were encouraging.") != \
        "The drugmaker said trial outcomes were encouraging."


# The news swaps inside such a find: the finder reads "revenue development" as a tortured "income
# growth" and takes the words; on a spun news page the find is noise, and the news lexicon's
# "development" -> "growth" (after "revenue") stands in its place (analyzer._without_noise_finds).
DISPLACED = [
    ("The bank raised its forecast for annual revenue development.",
     "The bank raised its forecast for annual revenue growth."),
    ("Quarterly sales development slowed in the spring.",
     "Quarterly sales growth slowed in the spring."),
]


def _find_in(engine, text: str):
    return [c for c in engine.iter_candidates(text) if getattr(c, "unseen", False)]


@pytest.mark.parametrize("sentence, repaired", DISPLACED)
def test_a_news_swap_inside_a_noise_find_is_applied(engine, sentence, repaired):
    assert body(engine, sentence) == repaired


def test_the_find_keeps_the_matches_it_displaced(engine):
    finds = _find_in(engine, DISPLACED[0][0])
    assert [f.original for f in finds] == ["revenue development"]
    assert [(c.original, c.replacement) for c in finds[0].displaced] == [("development", "growth")]


def test_shadow_lattices_only_for_the_sentences_of_finds(engine):
    from unspin.engine.restorer import Lattice
    text = "Officers mentioned the plan on Monday. " + DISPLACED[0][0]
    lattices = [c for c in engine.iter_candidates(text) if isinstance(c, Lattice)]
    shadows = [lat for lat in lattices if lat.shadow]
    second = text.index("The bank")
    assert shadows and all(lat.start >= second for lat in shadows)
    assert any(lat.start < second for lat in lattices if not lat.shadow)


def test_without_the_shadow_the_find_would_keep_the_news_swap_out(engine, monkeypatch):
    monkeypatch.setattr(analyzer, "_without_noise_finds", lambda lattices, shadows, candidates, local:
                        (lattices, candidates))
    assert body(engine, DISPLACED[0][0]) == DISPLACED[0][0]


def test_outside_spun_news_the_find_still_wins(engine):
    # a short page with no spin: the find is the only reading of its words (held below the threshold,
    # for review, as an unseen find alone is)
    text = "Annual revenue development slowed."
    rules = [s.rule for s in engine.analyse(text).suggestions]
    assert rules and all(r.startswith("tortured-unseen:") for r in rules)
