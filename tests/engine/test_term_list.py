"""The standard-term list of the unseen tortured-phrase detector (resources/tortured/terms.txt): every
line is a term the detector can use, none is listed twice, and the detector repairs a tortured variant
of a term that only this list knows."""
from __future__ import annotations

import re

import pytest

from unspin.engine.lexicon import parse_lexicon
from unspin.engine.unseen import MAX_WORDS, SwapModel, bundled_term_files, singular
from unspin.resources_path import resource

TERMS = resource("tortured") / "terms.txt"
# A word as the detector reads it (unseen._ALPHA, case aside): letters and digits, starting with a
# letter, hyphenated compounds allowed. A term with any other character would be skipped silently.
WORD = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")


def _terms() -> list[tuple[int, str]]:
    out = []
    for number, line in enumerate(TERMS.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append((number, line))
    return out


def test_term_file_is_bundled_and_large():
    assert bundled_term_files() == [TERMS]
    assert len(_terms()) >= 5000


def test_every_term_is_two_to_four_words_the_detector_can_read():
    bad = [(n, line) for n, line in _terms()
           if line != " ".join(line.split()) or not 2 <= len(line.split()) <= MAX_WORDS
           or not all(WORD.match(w) for w in line.split())]
    assert bad == []


def test_no_term_is_listed_twice():
    # The detector lowercases and reads the last word in the singular: "metal oxides" is "metal oxide".
    seen: dict[tuple[str, ...], int] = {}
    twice = []
    for n, line in _terms():
        words = line.lower().split()
        key = tuple(words[:-1] + [singular(words[-1])])
        if key in seen:
            twice.append((seen[key], n, line))
        seen.setdefault(key, n)
    assert twice == []


# Words that are only ever names: the repair shows the term as listed, so they keep their capital.
NAMES = frozenset("fourier markov bayes bayesian gaussian kalman laplace poisson euclidean boltzmann reynolds "
                  "nusselt prandtl lyapunov hilbert alzheimer parkinson huntington weibull pearson spearman".split())


def test_names_keep_their_capital():
    lower = [(n, line) for n, line in _terms() if any(w in NAMES for w in re.split(r"[ -]", line))]
    assert lower == []


def test_terms_are_grouped_under_field_comments():
    sections = [line for line in TERMS.read_text(encoding="utf-8").splitlines() if line.startswith("# ")]
    for field in ("Computing", "Machine learning", "Signal processing", "Medicine", "Chemistry", "Physics",
                  "Energy", "Earth sciences", "Biology", "Agriculture", "Mathematics", "Economics",
                  "Education", "Social science"):
        assert any(field in s for s in sections), field


LEXICON = """#@ group: t
#@ category: tortured phrase
profound learning	deep learning			0.9
profound organization	deep network			0.9
neural organization	neural network			0.9
information mining	data mining			0.9
"""


def test_a_term_from_the_list_is_what_a_swapped_phrase_restores_to():
    """With a tiny lexicon that teaches only the swaps, a tortured variant of a listed term is found
    because the term is in the bundled list (and only there)."""
    entries, problems = parse_lexicon(LEXICON)
    assert not problems
    without = SwapModel.from_entries(entries, [])
    assert without.find("we trained a profound belief organization here".split()) == []
    model = SwapModel.from_entries(entries, bundled_term_files())
    found = model.find("we trained a profound belief organization here".split())
    assert [(f.display, f.swapped) for f in found] == [("deep belief network", 2)]
    found = model.find("the information lake holds raw records".split())
    assert [f.display for f in found] == ["data lake"]


def test_engine_repairs_a_tortured_variant_of_a_listed_term(engine):
    got = engine.analyse("We trained a profound belief organization on the sensor readings.").shown(0.5)
    assert [(s.original, s.replacement, s.rule) for s in got] == [
        ("profound belief organization", "deep belief network", "tortured-unseen:deep belief network")]


@pytest.mark.parametrize("term", ["deep belief network", "heat transfer coefficient", "supply chain management",
                                  "blood pressure", "soil organic carbon", "articulation point"])
def test_a_listed_term_written_plainly_is_left_alone(engine, term):
    assert term in {line for _, line in _terms()}
    # at any confidence: without its line, "articulation point" read as a swap of "expression point"
    got = engine.analyse(f"The {term} was reported for every site.").suggestions
    assert [s.original for s in got if s.rule.startswith("tortured")] == []
