"""The calibration's dense tier (engine/site_calibration.py, ``DENSE_THRESHOLD``): a probable swap in a
sentence that already holds a swap applied at the accept-all threshold is lifted at a lower bar than
the coefficient file's, and only there. On the training pairs, left out one story at a time, the
tier took LOSO ERR from 47.7 to 49.7 % (bench/README.md, twenty-third session). Sentences written
for these tests.
"""
from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import CLEAN, body
from unspin.engine import site_calibration
from unspin.engine.site_calibration import DENSE_THRESHOLD, Calibration, SentenceCounts


def _calibration(probability: float, threshold: float = 0.85) -> Calibration:
    """A model that gives every suggestion ``probability`` (no weights, only the bias)."""
    n = len(site_calibration.FEATURES)
    bias = math.log(probability / (1.0 - probability))
    return Calibration([0.0] * n, [1.0] * n, [0.0] * n, bias, threshold)


FEATURES = [0.0] * len(site_calibration.FEATURES)


def test_the_dense_bar_lies_below_the_files_threshold():
    assert site_calibration.BAND_LOW < DENSE_THRESHOLD < site_calibration.THRESHOLD


@pytest.mark.parametrize("probability, alone, dense", [
    (0.9, True, True),     # above both bars
    (0.75, False, True),   # between the dense bar and the file's
    (0.6, False, False),   # below both
])
def test_a_suggestion_in_the_band_is_lifted_at_the_bar_of_its_sentence(probability, alone, dense):
    model = _calibration(probability)
    assert model.lifts(0.3, 0.5, FEATURES) is alone
    assert model.lifts(0.3, 0.5, FEATURES, dense=True) is dense


def test_the_dense_bar_never_raises_a_files_lower_threshold():
    model = _calibration(0.65, threshold=0.6)
    assert model.lifts(0.3, 0.5, FEATURES)
    assert model.lifts(0.3, 0.5, FEATURES, dense=True)


@pytest.mark.parametrize("confidence", [0.01, 0.5, 0.9])
def test_outside_the_band_nothing_is_lifted_even_in_a_dense_sentence(confidence):
    model = _calibration(0.99)
    assert not model.lifts(confidence, 0.5, FEATURES, dense=True)


def _lattice(start, end, *sites):
    return SimpleNamespace(sites=[SimpleNamespace(start=s, end=s + 4) for s in sites], start=start, end=end)


def test_sentence_counts_find_each_position_its_sentence():
    counts = SentenceCounts([_lattice(0, 40, 10, 20), _lattice(50, 90, 60), _lattice(90, 120, 95)])
    counts.add([2, 55])            # "Officers" at 2 is no site, but in the first sentence
    assert counts.dense(25)
    assert counts.dense(60)        # the second sentence holds the swap at 55
    assert not counts.dense(95)    # the third holds none
    assert not counts.dense(45)    # between sentences with sites: in none


def test_a_swap_in_a_sentence_without_sites_counts_for_no_other_sentence():
    counts = SentenceCounts([_lattice(0, 40, 10), _lattice(80, 120, 90)])
    counts.add([50])               # a sentence of its own (40..80) that holds no site
    assert not counts.dense(10) and not counts.dense(90)


def test_sentence_counts_read_lattices_in_any_order_and_without_bounds():
    counts = SentenceCounts([_lattice(50, 90, 60), _lattice(-1, -1, 10, 30)])
    counts.add([12])               # the second lattice spans its sites: 10..34
    assert counts.dense(30) and not counts.dense(70)


# "householders" for homeowners: a weak candidate (an entry outside its conditions) in the band
DENSE = "Officers mentioned householders in the village would pay the levy."
ALONE = "The council said householders in the village would pay the levy."


def test_a_probable_swap_beside_an_applied_one_is_lifted(engine):
    assert body(engine, DENSE) == "Officials said homeowners in the village would pay the levy."


def test_the_same_word_in_a_sentence_with_no_swap_stays(engine):
    assert body(engine, ALONE) == ALONE


def test_the_setting_turns_the_dense_tier_off(row_engine):
    assert body(row_engine, DENSE) == "Officials said householders in the village would pay the levy."


THESAURUS = "road|street\n"
THESAURUS_PAGE = "Officers mentioned the council would discuss the scheme for the street."


def test_an_imported_thesaurus_candidate_keeps_the_files_bar(tmp_path):
    """A model that rates every possible swap 0.75 (between the two bars): the built-in swap in a
    sentence with an applied one is lifted, the thesaurus' candidate beside it is not."""
    from unspin.engine import Engine, EngineSettings
    calibration = tmp_path / "calibration.tsv"
    calibration.write_text(_calibration(0.75).to_tsv("every swap 0.75"), encoding="utf-8")
    thesaurus = tmp_path / "thesaurus.txt"
    thesaurus.write_text(THESAURUS, encoding="utf-8")
    eng = Engine(EngineSettings(site_calibration=calibration, thesauri=[thesaurus]))
    assert body(eng, DENSE) == "Officials said homeowners in the village would pay the levy."
    shown = body(eng, THESAURUS_PAGE)
    assert shown.startswith("Officials said") and shown.endswith("for the street.")


def test_a_clean_page_keeps_the_word(engine):
    text = CLEAN + " " + ALONE
    assert repaired(engine, text) == text
