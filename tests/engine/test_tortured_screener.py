"""The bundled Screener list (cleaning, merge, matching), unseen tortured phrases, the paper verdict."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from unspin.core.verdict import level_for, tortured_verdict
from unspin.engine.lexicon import load_lexicon_file, parse_lexicon
from unspin.engine.screener_list import clean_correct, clean_tortured, key
from unspin.engine.unseen import SwapModel
from unspin.resources_path import resource

ROOT = Path(__file__).resolve().parents[2]
LIST = ROOT.parent / "shared" / "data" / "pps-tortured-phrases.tsv"
SCREENER = resource("lexicons", "tortured_screener.tsv")
OWN = resource("lexicons", "tortured_science.tsv")


# -- cleaning the list's "correct" side ---------------------------------------------------------------
@pytest.mark.parametrize("raw, alternatives, review", [
    ("region of interest (roi)", ["region of interest", "ROI"], False),
    ("ngs (next-generation sequencing)", ["next-generation sequencing", "NGS"], False),
    ("fault analysis/diagnosis", ["fault analysis", "fault diagnosis"], False),
    ("brain cancer / brain tumor", ["brain cancer", "brain tumor"], False),
    ("tcp/ip packet", ["tcp/ip packet"], False),
    ("supervised (machine) learning", ["supervised machine learning", "supervised learning"], False),
    ("distributed denial-of-service (ddos) attack", ["distributed denial-of-service attack"], False),
    ("machine learning (in this context)", ["machine learning"], True),
    ("relative risk (please note that the hr does exist)", ["relative risk"], True),
    ("[neural network] layer outputs", ["layer outputs"], True),
    ("crow search algorithm ?", ["crow search algorithm"], True),
    ("rythm pattern (?)", ["rythm pattern"], True),
])
def test_correct_side_is_cleaned(raw, alternatives, review):
    got = clean_correct(raw)
    assert got.alternatives == alternatives
    assert got.review is review


@pytest.mark.parametrize("raw", ["???", "??? (found in 10.1155/2022/1332373)", "extracting [...] features",
                                 "meaning unclear, see https://example.org/x", "effort expectancy, see https://example.org"])
def test_unusable_correct_side_is_dropped(raw):
    assert clean_correct(raw).alternatives == []


def test_tortured_side_loses_acronyms_and_splits_like_spacy():
    assert clean_tortured("web of things (iot)") == "web of things"
    assert clean_tortured("k-closest neighbors") == "k - closest neighbors"
    assert clean_tortured("extreme acid/base") is None


# -- the bundled file ----------------------------------------------------------------------------------
def test_bundled_screener_lexicon_has_attribution_and_one_entry_per_phrase():
    head = SCREENER.read_text(encoding="utf-8").splitlines()[:12]
    source = next(l for l in head if l.startswith("#@ source:"))
    assert "Problematic Paper Screener" in source and "CC BY 4.0" in source and "Cabanac" in source
    screener, problems = load_lexicon_file(SCREENER)
    assert not problems
    assert len(screener) > 5000
    own, _ = load_lexicon_file(OWN)
    own_keys = {key(" ".join(e.spun)) for e in own}
    keys = [key(" ".join(e.spun)) for e in screener]
    assert len(keys) == len(set(keys)), "a phrase is listed twice"
    assert not own_keys & set(keys), "a phrase of the own list is repeated"
    assert all("(" not in r and "?" not in r for e in screener for r in e.restored)


@pytest.mark.skipif(not LIST.exists(), reason="../shared/data/pps-tortured-phrases.tsv is not there")
def test_bundled_file_is_what_the_script_generates():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_tortured_lexicon as builder
    finally:
        sys.path.pop(0)
    text, counts = builder.build(LIST)
    assert text == SCREENER.read_text(encoding="utf-8"), "rerun tools/build_tortured_lexicon.py"
    assert counts["written"] + counts["in_both"] == counts["list"]


def test_about_box_names_the_screener_list():
    from unspin.gui.about import _lexicon_sources
    assert any("Problematic Paper Screener" in s and "CC BY 4.0" in s for s in _lexicon_sources())


# -- matching --------------------------------------------------------------------------------------------
def _repairs(engine, text):
    return {s.original: s.replacement for s in engine.analyse(text).shown(0.5)}


def test_screener_phrase_matches_with_an_inflected_head(engine):
    got = _repairs(engine, "The test arrangements were drawn from three hospitals.")
    assert got == {"test arrangements": "test sets"}


def test_screener_phrase_is_never_matched_inside_a_longer_word(engine):
    assert _repairs(engine, "The multi-test arrangement was drawn from three hospitals.") == {}
    assert _repairs(engine, "The pretest arrangement was drawn from three hospitals.") == {}


def test_field_legitimate_phrase_stays_quiet(engine):
    education = "Students in the classroom reported profound learning when the teacher used worked examples."
    assert _repairs(engine, education) == {}
    science = "We trained a profound learning model on chest radiographs from four hospitals."
    assert any(v.startswith("deep learning") for v in _repairs(engine, science).values())



def test_a_one_word_screener_phrase_after_a_modifier_is_the_head_of_another_phrase(engine):
    # "jumble" alone is the list's ADHD in a clinical paragraph, but "psychiatric jumble" is a
    # tortured "psychiatric disorder" (the list says so), a "developmental jumble" never a
    # "developmental attention deficit hyperactivity disorder"
    alone = _repairs(engine, "Children with jumble showed more symptoms at the second visit.")
    assert any("attention deficit" in v for v in alone.values())
    modified = _repairs(engine, "Patients with a developmental jumble showed more symptoms at the second visit.")
    assert not any("attention deficit" in v for v in modified.values())

# -- unseen tortured phrases -------------------------------------------------------------------------------
LEXICON = """#@ group: t
#@ category: tortured phrase
profound learning	deep learning			0.9
profound neural organization	deep neural network			0.9
neural organization	neural network			0.9
irregular woodland	random forest			0.9
irregular variable	random variable			0.9
information mining	data mining			0.9
information stockpiling	data storage			0.9
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    entries, problems = parse_lexicon(LEXICON)
    assert not problems
    terms = tmp_path_factory.mktemp("terms") / "terms.txt"
    terms.write_text("# terms\ndeep network\ndeep convolutional network\ndata set\n", encoding="utf-8")
    return entries, SwapModel.from_entries(entries, [terms])


def test_swap_table_is_learnt_from_the_list(small):
    _, model = small
    assert model.swaps["profound"] == ["deep"] and model.swap_counts["profound"]["deep"] == 2
    assert model.swaps["organization"] == ["network"]
    assert model.swaps["information"] == ["data"]
    assert "of" not in model.swaps and "learning" not in model.swaps  # unchanged words are no swaps


def test_unseen_phrase_is_found_when_it_swaps_back_to_a_known_term(small):
    _, model = small
    found = model.find("we used a profound convolutional organization here".split())
    assert [(f.start, f.length, f.display, f.swapped) for f in found] == [(3, 3, "deep convolutional network", 2)]
    assert SwapModel.prior(found[0]) >= 0.8  # two well-attested swaps around a kept word: a tell
    assert model.find("we used a deep network here".split()) == []        # the term itself
    assert model.find("the neural organization of the cortex".split()) == []  # listed: the lexicon's job
    bare = model.find("a profound organization".split())  # every word swapped, a rare term: weak
    assert bare and bare[0].swapped == 2 and 0 < SwapModel.prior(bare[0]) < 0.5
    one = model.find("the information set".split())
    assert one and one[0].swapped == 1 and 0 < SwapModel.prior(one[0]) < 0.5  # one swap: weak alone


def test_engine_repairs_an_unseen_phrase(engine, small):
    from unspin.engine import Engine
    entries, model = small
    eng = Engine(nlp=engine.nlp, entries=entries, swap_model=model)
    got = eng.analyse("We trained profound convolutional organizations on the images.").shown(0.5)
    assert [(s.original, s.replacement, s.rule) for s in got] == [
        ("profound convolutional organizations", "deep convolutional networks",
         "tortured-unseen:deep convolutional network")]
    assert "not in any list" in got[0].explanation


def test_staged_analysis_finds_unseen_phrases_like_a_full_parse(engine, small):
    from unspin.engine import Engine
    entries, model = small
    text = "Nothing to see here.\n\nWe trained profound convolutional organizations on the images."
    staged = Engine(nlp=engine.nlp, entries=entries, swap_model=model, staged=True).analyse(text)
    full = Engine(nlp=engine.nlp, entries=entries, swap_model=model, staged=False).analyse(text)
    assert [s.to_json() for s in staged.suggestions] == [s.to_json() for s in full.suggestions] != []


# -- the paper verdict -------------------------------------------------------------------------------------
@pytest.mark.parametrize("count, per_1k, level", [
    (0, 0.0, "clean"), (1, 0.2, "low"), (1, 9.0, "low"), (2, 0.5, "suspicious"), (4, 1.0, "suspicious"),
    (3, 3.0, "high"), (5, 0.3, "high")])
def test_verdict_levels(count, per_1k, level):
    assert level_for(count, per_1k) == level


def test_verdict_counts_only_shown_tortured_phrases():
    from unspin.core.model import Suggestion
    sugg = [Suggestion(0, 1, "a", "b", [], 0.9, "tortured phrase", "r", ""),
            Suggestion(2, 3, "c", "d", [], 0.3, "tortured phrase", "r", ""),
            Suggestion(4, 5, "e", "f", [], 0.9, "spinner", "r", "")]
    v = tortured_verdict(sugg, 500)
    assert (v.count, v.per_1k, v.level) == (1, 2.0, "low")
    assert v.to_json() == {"count": 1, "per_1k": 2.0, "level": "low"}


def test_check_json_reports_the_tortured_verdict(tmp_path):
    paper = tmp_path / "paper.txt"
    text = ("We trained a profound learning model and a counterfeit consciousness agent on huge "
            "information. The irregular woodland classifier was compared with the neural organization.\n")
    paper.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "unspin", "check", str(paper), "--json"],
                         capture_output=True, text=True, check=True).stdout
    verdict = json.loads(out)["tortured"]
    assert verdict["count"] >= 4 and verdict["level"] == "high"
    words = len(re.findall(r"\w+", text))
    assert verdict["per_1k"] == pytest.approx(1000 * verdict["count"] / words, abs=0.01)


def test_change_report_states_the_verdict_as_a_screening_signal(tmp_path):
    from unspin.core.model import Document, Suggestion
    from unspin.formats.report import report_bytes
    text = "the profound learning model"
    doc = Document(text, [Suggestion(4, 21, "profound learning", "deep learning", [], 0.9, "tortured phrase",
                                     "r", "")])
    page = report_bytes(doc, tmp_path / "r.html").decode("utf-8")
    assert "Tortured phrases: 1" in page and "low risk" in page and "not proof" in page
