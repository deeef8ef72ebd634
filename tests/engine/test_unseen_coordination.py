"""The unseen finder's coordinated route (engine/unseen/coordination.py, SwapModel._coordinated): two words joined by
"and" that the paraphraser swapped one by one ("relapse and characterization" for "regression and
classification"). Made-up list rows, a tiny language model and a stand-in trigram model, so that each
test says exactly which swaps are habits, which words are a paraphraser's and which coordinations
English knows."""
from __future__ import annotations

from unspin.engine.langmodel import LanguageModel
from unspin.engine.lexicon import parse_lexicon
from unspin.engine.scoring import WEAK_PRIOR
from unspin.engine.unseen import SwapModel
from unspin.engine.unseen.tuning import COMPOSED_PRIOR

# each swap twice (a habit of the list: STRONG_SWAP)
LEXICON = "#@ group: t\n#@ category: tortured phrase\n" + "".join(
    f"{a}\t{b}\t\t\t0.9\n" for a, b in [
        ("relapse model", "regression model"), ("relapse analysis", "regression analysis"),
        ("characterization model", "classification model"),
        ("characterization accuracy", "classification accuracy"),
        ("disappearing point", "vanishing point"), ("disappearing act", "vanishing act"),
        ("detonating star", "exploding star"), ("detonating wire", "exploding wire"),
        ("inclination descent", "gradient descent"), ("inclination boosting", "gradient boosting"),
        ("information mining", "data mining"), ("information storage", "data storage"),
        ("data technology", "information technology"), ("data retrieval", "information retrieval"),
        ("profundity map", "depth map"), ("profundity estimation", "depth estimation"),
    ])

# "width map" makes "width" and "depth" siblings: not enough where one word was swapped
TERMS = "vanishing gradient\nexploding gradient\nwidth map\n"


class Coordinations:
    """A stand-in for the trigram model: the coordinations given ("a and b") are far likelier than
    their last word alone; everything else backs off."""

    def __init__(self, pairs=()):
        self.pairs = set(pairs)

    def unigram_logp(self, word):
        return -10.0

    def logp(self, prev, word):
        return -10.5

    def logp3(self, before, prev, word):
        return -3.0 if prev == "and" and f"{before} and {word}" in self.pairs else -10.5


def _model(tmp_path, counts=None, coordinations=()):
    entries, problems = parse_lexicon(LEXICON)
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text(TERMS, encoding="utf-8")
    # the paraphraser's words are rare in English (two swaps per million uses or more); "data" and
    # "information" are everyday words
    unigrams = {"the": 2e10, "and": 1.5e10, "relapse": 1e6, "characterization": 1e6, "disappearing": 1e6,
                "detonating": 2e5, "inclination": 1e6, "profundity": 1e5, "width": 3e7,
                "data": 4e8, "information": 9e8}
    unigrams.update(counts or {})
    return SwapModel.from_entries(entries, [terms], lm=LanguageModel(unigrams, {}),
                                  trigram=Coordinations(coordinations))


def test_two_swapped_conjuncts_whose_swap_backs_are_siblings_in_known_terms(tmp_path):
    # "regression" and "classification" fill the same place of two known terms ("... model"), as
    # coordinated words do
    found = _model(tmp_path).find("the relapse and characterization was applied".split())
    assert [(f.display, f.route, f.swapped, f.start, f.length) for f in found] == \
        [("regression and classification", "coordinated", 2, 1, 3)]
    assert SwapModel.prior(found[0]) == COMPOSED_PRIOR   # weak evidence: the document must vouch for it
    assert found[0].changed == (1, 3)


def test_a_shared_head_makes_a_known_term_with_each_conjunct(tmp_path):
    # "exploding gradient" is a find of its own (two swapped words); the coordination takes it in and
    # keeps its evidence
    model = _model(tmp_path)
    words = "the disappearing and detonating inclination problem".split()
    inner = [f for f in model.find(words, every=True) if f.route == "term"]
    assert [f.display for f in inner] == ["exploding gradient"]
    found = model.find(words)
    assert [(f.display, f.route, f.swapped) for f in found] == \
        [("vanishing and exploding gradient", "coordinated", 3)]
    assert SwapModel.prior(found[0]) == SwapModel.prior(inner[0]) > WEAK_PRIOR


def test_a_coordination_english_knows_with_one_swapped_word(tmp_path):
    # one swapped word: only where the trigram model knows the repaired coordination
    words = "the width and profundity of the channel".split()
    assert [f.route for f in _model(tmp_path).find(words)] == []
    found = _model(tmp_path, coordinations={"width and depth"}).find(words)
    assert [(f.display, f.route, f.swapped) for f in found] == [("width and depth", "coordinated", 1)]
    # ... and never where it knows the coordination as written
    assert _model(tmp_path, coordinations={"width and depth", "width and profundity"}).find(words) == []


def test_everyday_conjuncts_are_the_writers_own(tmp_path):
    # "data" and "information" swap both ways in the list, but ordinary English uses both far more
    # than the list swaps them: "data and information" is no tortured "information and data"
    assert _model(tmp_path).find("the data and information were stored".split()) == []
    # the same rows with "relapse" and "characterization" as common as "data": no find either
    common = _model(tmp_path, {"relapse": 4e8, "characterization": 4e8})
    assert common.find("the relapse and characterization was applied".split()) == []


def test_an_expression_of_the_phrasal_thesaurus_as_the_second_conjunct(tmp_path):
    # made-up rows of our own: "schooling" is the list's habit for "training"; the phrasal thesaurus
    # gives "try out" for "test" (and "trying out" for "testing"); "training" and "testing" fill the
    # same place of known terms
    entries, problems = parse_lexicon(LEXICON + "".join(
        f"{a}\t{b}\t\t\t0.9\n" for a, b in [("schooling set", "training set"), ("schooling data", "training data")]))
    assert not problems
    terms = tmp_path / "terms.txt"
    terms.write_text(TERMS + "testing set\ntesting data\n", encoding="utf-8")
    phrasal = tmp_path / "phrasal.tsv"
    phrasal.write_text("try out\ttest|attempt\n", encoding="utf-8")
    unigrams = {"the": 2e10, "and": 1.5e10, "schooling": 1e6, "design": 9e7}

    def model(on=True):
        from unspin.engine.unseen import tuning
        old, tuning.COORDINATED_PHRASAL = tuning.COORDINATED_PHRASAL, on
        try:
            m = SwapModel.from_entries(entries, [terms], lm=LanguageModel(unigrams, {}),
                                       trigram=Coordinations(), phrasal_files=[phrasal])
            return m, m.find("the schooling and trying out was applied".split()), \
                m.find("the design and trying out was applied".split())
        finally:
            tuning.COORDINATED_PHRASAL = old

    m, found, writers = model()
    assert [(f.display, f.route, f.swapped, f.start, f.length) for f in found] == \
        [("training and testing", "coordinated", 2, 1, 4)]
    assert found[0].changed == (1, 3, 4)
    assert SwapModel.prior(found[0]) == COMPOSED_PRIOR
    # the expression only beside another paraphraser's word: "design" is the writer's own
    assert [f.route for f in writers if f.route == "coordinated"] == []
    # without the expression read as a conjunct, nothing
    assert [f.route for f in model(False)[1] if f.route == "coordinated"] == []
