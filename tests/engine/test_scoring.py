"""Document evidence: the spin score from tells and the soft score from many ambiguous swaps."""
from __future__ import annotations

from types import SimpleNamespace

from unspin.engine.scoring import MIN_WORDS, SOFT_HALF_DENSITY, soft_spin_score, spin_score


def _cand(prior: float, tell: bool = False):
    return SimpleNamespace(prior=prior, is_tell=tell)


def test_soft_score_is_half_at_its_midpoint_and_ignores_tells():
    words = 1000
    n = int(SOFT_HALF_DENSITY / 0.5)       # priors of 0.5 summing to the midpoint
    assert abs(soft_spin_score([_cand(0.5)] * n, words) - 0.5) < 1e-9
    assert soft_spin_score([_cand(0.9, tell=True)] * 40, words) == 0.0
    assert spin_score([_cand(0.9, tell=True)] * 40, words) > 0.9


def test_a_few_ambiguous_swaps_stay_near_zero_and_many_count():
    few = [_cand(0.45)] * 6                 # about what our clean abstracts hold per 1,000 words
    many = [_cand(0.45)] * 30               # a spun page without a single unambiguous tell
    assert soft_spin_score(few, 1000) < 0.05
    assert soft_spin_score(many, 1000) > 0.6
    # a short note is scored as if it had MIN_WORDS words: two swaps in a line do not make it spun
    assert soft_spin_score([_cand(0.45)] * 2, 20) == soft_spin_score([_cand(0.45)] * 2, MIN_WORDS)
    assert soft_spin_score([_cand(0.45)] * 2, 20) < 0.01
