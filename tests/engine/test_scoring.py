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


def test_tortured_score_rises_with_many_weak_tortured_phrases_not_a_few():
    from unspin.engine.scoring import tortured_score
    clean = [_cand(0.35)] * 4                # a clean methods section: a few weak look-alikes
    paper = [_cand(0.35)] * 30               # a paper whose tortured phrases no list holds
    assert tortured_score(clean, 1000) < 0.01
    assert tortured_score(paper, 1000) > 0.7
    # tortured tells weigh more than the spinner's: clean science holds none at all
    assert tortured_score([_cand(0.9, tell=True)] * 3, 1000) > spin_score([_cand(0.9, tell=True)] * 3, 1000)
    assert tortured_score([_cand(0.9, tell=True)] * 10, 1000) > 0.9


def test_weak_tortured_phrases_count_towards_a_paper_mill_verdict():
    from unspin.engine.scoring import paper_mill
    tells = [_cand(0.9, tell=True)] * 3
    spinner = [_cand(0.9, tell=True)] * 3
    assert not paper_mill(tells, spinner)                         # 3 tortured tells against 3
    assert paper_mill(tells + [_cand(0.35)] * 12, spinner)        # ... and a dozen weak tortured phrases
    assert not paper_mill([_cand(0.35)] * 40, [])                 # weak ones alone are no verdict


def _at(start: int, prior: float, tell: bool = False):
    return SimpleNamespace(start=start, prior=prior, is_tell=tell)


def test_a_tortured_phrase_is_judged_by_the_evidence_around_it():
    from unspin.engine.scoring import LOCAL_WORDS, local_tortured_scores, tortured_score
    words, chars = 4000, 24000                # six characters a word
    intro = [_at(60 * k, 0.9, tell=True) for k in range(20)]      # 20 tells in the first 200 words
    near, far = _at(1500, 0.35), _at(20000, 0.35)                 # 250 and 3,333 words in
    cands = intro + [near, far]
    scores = local_tortured_scores(cands, chars, words)
    assert tortured_score(cands, words) > 0.5          # the whole document reads as tortured ...
    assert scores[-2] > 0.5                            # ... and so does the introduction's neighbourhood
    assert scores[-1] < 0.01                           # but not a sentence far from every tell
    # a text no longer than the neighbourhood is read as a whole
    short = [_at(60 * k, 0.9, tell=True) for k in range(5)] + [_at(3000, 0.35)]
    length = LOCAL_WORDS * 6
    assert local_tortured_scores(short, length, LOCAL_WORDS) == [tortured_score(short, LOCAL_WORDS)] * 6
