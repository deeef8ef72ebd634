"""Standard terms added to ``resources/tortured/terms.txt`` in the thirty-first session (terms24):
families that were thin (named fatty and aromatic acids, nerves and arteries by name, named seas, the
"usual modifier and usual head" terms of medicine and engineering). A tortured variant of such a term
that no list holds is found and repaired because the term is in the bundled list, and only there."""
from __future__ import annotations

import pytest

from test_tortured_terms import swap_model

# Made-up rows that teach the finder a few swaps (written for this test, none a phrase of any list):
# "corrosive" for "acid", "audacity" for "nerve", "conduit" for "artery", "ocean" for "sea".
LEXICON = """#@ group: t
#@ category: tortured phrase
corrosive downpour	acid rain			0.9
cranial audacity	cranial nerve			0.9
carotid conduit	carotid artery			0.9
Ionian ocean	Ionian Sea			0.9
"""


@pytest.fixture(scope="module")
def model():
    return swap_model(LEXICON)


@pytest.mark.parametrize("term", [
    "palmitic acid", "lauric acid", "oleic acid", "sciatic nerve", "renal artery", "Arabian Sea",
    "Caribbean Sea", "polyvinyl acetate", "stearic acid", "sound absorption coefficient",
])
def test_the_bundled_terms_hold_the_new_families(model, term):
    assert tuple(term.lower().split()) in model.terms


@pytest.mark.parametrize("written, repair", [
    ("the palmitic corrosive content", "palmitic acid"),
    ("a lauric corrosive ester", "lauric acid"),
    ("the oleic corrosive fraction", "oleic acid"),
    ("the sciatic audacity was compressed", "sciatic nerve"),
    ("a narrowed renal conduit in the scan", "renal artery"),
    ("ships crossing the Arabian ocean", "Arabian Sea"),
    ("islands of the Caribbean ocean", "Caribbean Sea"),
])
def test_a_made_up_tortured_phrase_of_a_new_term_is_found_and_repaired(model, written, repair):
    # the term route: the swapped-back run is a known term of the bundled list (with the base list,
    # which lacked these terms, nothing is found)
    found = model.find(written.lower().split())   # the finder reads lowercased words
    assert [(f.display, f.route) for f in found if f.display.lower() == repair.lower()] == [(repair, "term")]


def test_the_engine_repairs_new_terms_on_a_paper_mill_page(engine):
    # the page's other tortured phrases vouch for the finds; with the base list "sciatic audacity" was
    # no find and "palmitic corrosive level" became "palmitic acid level" (no term: the composed route)
    text = ("Counterfeit consciousness and profound learning were used to grade the scans. Pain along the "
            "sciatic audacity was recorded in every patient, and the palmitic corrosive level was measured.")
    got = {(s.original, s.replacement) for s in engine.analyse(text).shown(0.5)}
    assert {("sciatic audacity", "sciatic nerve"), ("palmitic corrosive", "palmitic acid")} <= got
