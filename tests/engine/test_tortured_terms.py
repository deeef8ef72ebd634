"""The bundled list of standard terms (``resources/tortured/terms.txt``) that the unseen
tortured-phrase finder swaps back to: the families that were thin before the twenty-first session
(named distributions, divergences and tests of statistics, attacks of network security, measures of
signal processing, eponymous numbers of heat transfer, conditions of medicine)."""
from __future__ import annotations

import pytest

from unspin.engine.langmodel import LanguageModel
from unspin.engine.lexicon import parse_lexicon
from unspin.engine.unseen import SwapModel, bundled_term_files

# Made-up rows that teach the finder a few swaps (none of them a phrase of any list).
LEXICON = """#@ group: t
#@ category: tortured phrase
typical dissemination	normal distribution			0.9
irregular dissemination	random distribution			0.9
otherworldly investigation	spectral analysis			0.9
otherworldly thickness	spectral density			0.9
warm limit layer	thermal boundary layer			0.9
disparity investigation	divergence analysis			0.9
uniqueness examination	divergence analysis			0.9
"""


def swap_model(lexicon: str) -> SwapModel:
    """The finder's model of the bundled terms with the swaps of a small lexicon written for a test
    (a language model of two words: the tests ask about terms, not about English)."""
    entries, problems = parse_lexicon(lexicon)
    assert not problems
    lm = LanguageModel({"the": 2e10, "of": 1.5e10}, {})
    return SwapModel.from_entries(entries, bundled_term_files(), lm=lm)


@pytest.fixture(scope="module")
def model():
    return swap_model(LEXICON)


@pytest.mark.parametrize("term", [
    "kullback-leibler divergence", "nakagami distribution", "breusch-pagan test", "spectral centroid",
    "sobel operator", "haralick feature", "sql injection attack", "peclet number", "hematoxylin and eosin",
    "gabor kernel", "zero crossing rate", "energy dispersive spectroscopy",
])
def test_the_bundled_terms_hold_standard_terms_of_the_thin_families(model, term):
    assert tuple(term.split()) in model.terms


@pytest.mark.parametrize("written, repair", [
    ("the nakagami dissemination", "nakagami distribution"),
    ("the kullback-leibler disparity", "kullback-leibler divergence"),
    ("the otherworldly centroid", "spectral centroid"),
])
def test_a_swapped_back_phrase_of_a_thin_family_is_found(model, written, repair):
    # a known term (the term route), not a composition of favourite swaps that no list knows
    found = model.find(written.split())
    assert any(f.display.lower() == repair and f.route == "term" and f.term_weight > 0 for f in found)


@pytest.fixture(scope="module")
def bundled():
    from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicon_file
    entries = []
    for path in bundled_lexicon_paths():
        found, _ = load_lexicon_file(path)
        entries.extend(found)
    return SwapModel.bundled(entries)


@pytest.mark.parametrize("text", [
    "subject to continued monitoring", "blaming weaker demand for the fall", "with a combined circulation of",
    "the average rate on a loan", "retinal photographs were graded", "the top rate of income tax",
    "towns in the north-west of england", "the national screen agency said",
])
def test_ordinary_phrases_stay_clear_of_the_terms(bundled, text):
    # a general word pair is no term of its own: "continuous monitoring", "higher order", "average value",
    # "cumulative distribution", "retinal image", "peak value", "bank of england" and "national security
    # agency" were left out of the list for these phrases (the mixed documents of bench/tortured.py:
    # science 6 -> 8 false finds, other genres 13 -> 16 with the first five; weak finds of the
    # finder alone over bench/corpus with the last three)
    assert not [f for f in bundled.find(text.split(), every=True) if SwapModel.prior(f) >= 0.3]
