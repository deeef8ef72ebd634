"""The bundled tortured-phrase lexicon: its file, and the repairs it makes in science text."""
from __future__ import annotations

from pathlib import Path

import pytest

from engine_fixtures import accepted_all as repaired
from unspin.engine.conditions import parse_condition
from unspin.engine.lexicon import TELL_CONFIDENCE, bundled_lexicon_paths, load_lexicon_file

GROUP = "tortured-science"


@pytest.fixture(scope="module")
def tortured_files() -> list[Path]:
    files = [p for p in bundled_lexicon_paths() if p.name.startswith("tortured_")]
    assert files, "no bundled tortured_*.tsv lexicon"
    return files


@pytest.fixture(scope="module")
def tortured_entries(tortured_files):
    entries = []
    for path in tortured_files:
        got, problems = load_lexicon_file(path)
        assert not problems, problems[:5]
        entries.extend(got)
    return entries


# -- the file ----------------------------------------------------------------------------------------
def test_lexicon_loads_cleanly_with_metadata(tortured_entries):
    assert {e.group for e in tortured_entries} == {GROUP, "tortured-screener"}
    assert {e.category for e in tortured_entries} == {"tortured phrase"}
    for e in tortured_entries:
        for w in e.when:
            parse_condition(w)  # every condition name exists
        assert 0.0 < e.confidence <= 1.0
        assert e.restored[0] and all(r != " ".join(e.spun) for r in e.restored)


def test_lexicon_has_at_least_800_distinct_spun_forms(tortured_entries):
    forms = {" ".join(e.spun) for e in tortured_entries}
    assert len(forms) >= 800
    assert len(forms) == len(tortured_entries), "a spun form is listed twice"


def test_most_entries_are_unambiguous_tells_and_ambiguous_ones_are_lower(tortured_entries):
    by_form = {" ".join(e.spun): e for e in tortured_entries}
    tells = sum(e.confidence >= TELL_CONFIDENCE for e in tortured_entries)
    assert tells / len(tortured_entries) > 0.75
    assert by_form["counterfeit consciousness"].confidence >= 0.9
    assert by_form["choice tree"].confidence < by_form["irregular woodland"].confidence
    assert by_form["direct relapse"].confidence < by_form["strategic relapse"].confidence
    assert by_form["profound learning"].when  # guarded against education writing


# -- repairs -----------------------------------------------------------------------------------------
def found(engine, text: str) -> dict[str, str]:
    return {s.original: s.replacement for s in engine.analyse(text).suggestions
            if s.category == "tortured phrase" and s.confidence >= 0.5}


def test_science_paragraph_is_repaired(engine):
    text = ("We train a profound neural organization on colossal information. The irregular woodland "
            "baseline and the backing vector machine reach a flag to commotion proportion of 12 dB, "
            "and the mean square mistake drops by half.")
    assert repaired(engine, text) == (
        "We train a deep neural network on big data. The random forest baseline and the support "
        "vector machine reach a signal-to-noise ratio of 12 dB, and the mean square error drops by half.")


def test_medical_paragraph_is_repaired(engine):
    text = ("Bosom peril and kidney disappointment were more common in patients whose circulatory strain "
            "stayed high; coronary illness was not.")
    assert repaired(engine, text) == (
        "Breast cancer and kidney failure were more common in patients whose blood pressure "
        "stayed high; heart disease was not.")


def test_inflection_follows_the_text(engine):
    got = found(engine, "Both profound neural organizations outperform irregular woodlands and choice trees "
                        "on remote sensor organizations.")
    assert got["profound neural organizations"] == "deep neural networks"
    assert got["irregular woodlands"] == "random forests"
    assert got["remote sensor organizations"] == "wireless sensor networks"


def test_capitalisation_at_sentence_start(engine):
    got = found(engine, "Counterfeit consciousness is everywhere. Profound learning needs colossal information.")
    assert got["Counterfeit consciousness"] == "Artificial intelligence"
    assert got["Profound learning"] == "Deep learning"
    assert got["colossal information"] == "big data"


def test_capitalised_name_is_not_a_restored_term_lowercased(engine):
    got = found(engine, "Sensors feed the web of things.")
    assert got["web of things"] == "Internet of Things"


def test_condition_keeps_education_writing_alone(engine):
    assert "profound learning" not in found(
        engine, "Teachers say that students in a calm classroom report profound learning experiences.")
    assert "profound learning" in found(engine, "The network relies on profound learning and labelled images.")


def test_fixed_expressions_do_not_match_other_inflections(engine):
    # "include space" is a tortured "feature space"; "includes spaces" is ordinary English.
    assert not found(engine, "The name includes spaces and the channel limited the rate.")


def test_clean_science_text_gets_no_tortured_suggestions(engine):
    text = ("Deep neural networks trained on big data now rival random forests for land-cover mapping. "
            "We report the signal-to-noise ratio, the mean squared error and a 95% confidence interval. "
            "Breast cancer screening in patients with chronic kidney disease was analysed with logistic "
            "regression. The decision tree, the support vector machine and principal component analysis "
            "gave similar results. A profound change in practice followed, and the actual work of the "
            "clinic was reorganised around the water system of the old hospital.")
    assert found(engine, text) == {}


def test_capitals_of_the_spun_term_are_not_carried_into_the_repair(engine):
    got = found(engine, "Methods from PC vision and AI calculations are compared. PC vision is older.")
    assert got["PC vision"] in ("computer vision", "Computer vision")
    s = {x.start: x.replacement for x in engine.analyse("We use PC vision. PC vision helps.").suggestions
         if x.category == "tortured phrase"}
    assert sorted(s.values()) == ["Computer vision", "computer vision"]
    assert got["AI calculations"] == "machine learning algorithms"
    assert found(engine, "Tests in Wistar rodents.")["Wistar rodents"] == "Wistar rats"


def test_possessive_terms_match(engine):
    got = found(engine, "Patients with Alzheimer's illness; the Youthful's modulus of bone.")
    assert got["Alzheimer's illness"] == "Alzheimer's disease"
    assert got["Youthful's modulus"] == "Young's modulus"


# -- paraphraser-family terms added in round 3 (sentences written for these tests) ------------------
@pytest.mark.parametrize("spun, standard", [
    ("supposition examination", "sentiment analysis"),
    ("natural surroundings misfortune", "habitat loss"),
    ("force lattice", "power grid"),
    ("compressive quality", "compressive strength"),
    ("coronary failure", "heart attack"),
    ("winged creature species", "bird species"),
])
def test_round3_tortured_terms(engine, spun, standard):
    text = f"In this paper, a novel method utilizing profound learning is proposed to study {spun} in detail."
    assert standard in repaired(engine, text)


@pytest.mark.parametrize("sentence", [
    "The results show that the cement content affects the setting time of the paste.",
    "As indicated by the dashed line in Figure 2, the peak shifts with temperature.",
    "A theoretical framework is proposed for the analysis of wetland habitat in coastal regions.",
    "Participants who were meant to attend the second visit were contacted by phone.",
])
def test_round3_clean_science_unchanged(engine, sentence):
    assert repaired(engine, sentence) == sentence
