"""speed20: the engine's caches hold what the garbage collector need not walk, the term indexes
answer as the scans they replace, and an analysis raises the full-collection threshold only
while it runs (output unchanged; the timings are in bench/README.md, not here)."""
from __future__ import annotations

import gc
import threading

import pytest

from unspin.engine import analyzer
from unspin.engine.analyzer import fewer_full_collections
from unspin.engine.unseen import singular
from unspin.engine.unseen.words import _squash

SPUN = ("The counterfeit consciousness of the organization was evaluated. Officials mentioned the "
        "White Home would release the invoice in the close to future, and the profound learning "
        "approach was tested on irregular woodland models and a bolster vector machine.")


def _scan_term_uses(model, phrase: str) -> int:
    """term_uses as it was written before its index: a scan of every term."""
    words = phrase.lower().split()
    if len(words) == 1:
        return model.term_uses(phrase)
    if not words or any(w not in model._term_uses and singular(w) not in model._term_uses for w in words):
        return 0
    forms = [{w, singular(w)} for w in words]
    n = len(words)
    return sum(1 for t in model.terms if any(all(t[i + k] in forms[k] for k in range(n))
                                             for i in range(len(t) - n + 1)))


def test_term_uses_of_phrases_answers_as_a_scan_of_the_terms(engine):
    model = engine.matcher.unseen
    terms = sorted(model.terms)[::97]
    phrases = [" ".join(t[:2]) for t in terms] + [" ".join(t[1:]) for t in terms if len(t) > 2]
    phrases += [" ".join(t) for t in terms if len(t) > 2]
    phrases += ["heart disease", "coronary heart diseases", "electrical energy", "neural networks",
                "energy the", "deep learning model", "zzz energy", "learning deep", "data data"]
    checked = 0
    for phrase in phrases:
        got = model.term_uses(phrase)
        assert got == _scan_term_uses(model, phrase), phrase
        checked += got > 0
    assert checked > 100   # most phrases taken from the terms are found


def test_spellings_index_is_built_with_the_model_and_answers_as_a_scan(engine):
    model = engine.matcher.unseen
    assert isinstance(model._spelling_index, dict) and model._spelling_index   # before any analysis
    assert model.lm is not None
    tried = 0
    for word in ["kmeans", "k-mean", "leastsquares", "zzzz"] + sorted(model.term_words)[::53]:
        word = word.replace("-", "") if "-" in word else word + "-x"
        if model.known_word(word):
            continue
        scan = [w for w in model.term_words if w != word and _squash(w) == _squash(word)]
        assert sorted(model._spellings(word)) == sorted(scan), word
        tried += bool(scan)
    assert tried > 5


def test_matcher_hits_and_unseen_finds_are_not_tracked_by_the_collector(engine):
    engine.analyse(SPUN)
    finds = engine.matcher.unseen._cache
    # A tuple is untracked once the tuples inside it are, one level a collection: the deepest finds
    # of a session-wide engine (every earlier test's documents) took four in the full suite. Ten is far more
    # than any find nests; a list, a set or an object inside one would stay tracked however many.
    for _ in range(10):
        gc.collect()
        if not any(gc.is_tracked(v) for v in finds.values()):
            break
    split = engine.matcher._split_cache
    assert split
    for always, by_second in split.values():
        assert not gc.is_tracked(always)
        assert not any(gc.is_tracked(v) for v in by_second.values())
    assert finds and not any(gc.is_tracked(v) for v in finds.values())


def test_matcher_hits_name_the_entries_of_the_index(engine):
    m = engine.matcher
    for key in ("the", "mentioned", "counterfeit", "close"):
        always, by_second = m._split(key)
        named = [m._entries[slot] for g in (0, 1) for _, _, slot in always[g]]
        named += [m._entries[slot] for hits in by_second.values() for g in (0, 1) for _, _, slot in hits[g]]
        assert {id(e) for e in named} == {id(e) for e in m.index[key]}
        for hits in [always] + list(by_second.values()):
            for g in (0, 1):
                assert [r for _, r, _ in hits[g]] == sorted(r for _, r, _ in hits[g])
                assert all(m.index[key][r] is m._entries[slot] for _, r, slot in hits[g])


def test_an_analysis_raises_the_full_collection_threshold_only_while_it_runs(engine):
    before = gc.get_threshold()
    seen = []
    it = engine.iter_candidates(SPUN + "\n\n" + SPUN)
    for _ in it:
        seen.append(gc.get_threshold())
    assert seen and all(t[2] >= analyzer.FULL_COLLECTION_EVERY and t[:2] == before[:2] for t in seen)
    assert gc.get_threshold() == before
    # an analysis left half-way restores it when closed (a cancelled or abandoned one)
    it = engine.iter_candidates(SPUN + "\n\n" + SPUN)
    next(it)
    assert gc.get_threshold()[2] >= analyzer.FULL_COLLECTION_EVERY
    it.close()
    assert gc.get_threshold() == before


def test_nested_and_concurrent_analyses_restore_the_threshold_once():
    before = gc.get_threshold()
    try:
        gc.set_threshold(before[0], before[1], 7)
        inside = threading.Event()
        leave = threading.Event()

        def other():
            with fewer_full_collections():
                inside.set()
                leave.wait(5)

        t = threading.Thread(target=other)
        with fewer_full_collections():
            assert gc.get_threshold()[2] == analyzer.FULL_COLLECTION_EVERY
            t.start()
            assert inside.wait(5)
            with fewer_full_collections():
                assert gc.get_threshold()[2] == analyzer.FULL_COLLECTION_EVERY
        assert gc.get_threshold()[2] == analyzer.FULL_COLLECTION_EVERY   # the other still runs
        leave.set()
        t.join(5)
        assert gc.get_threshold() == (before[0], before[1], 7)
        with pytest.raises(RuntimeError):
            with fewer_full_collections():
                raise RuntimeError("an analysis that fails")
        assert gc.get_threshold() == (before[0], before[1], 7)
    finally:
        gc.set_threshold(*before)
