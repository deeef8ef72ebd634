"""The learned second opinion on possible swaps (engine/site_calibration.py): the shipped
coefficients load, the features the engine decides on are the ones its recorder gives the
training tool, and only suggestions in the band below the threshold are lifted. Sentences
written for these tests."""
from __future__ import annotations

import math
import random

import pytest

from test_news_repair import CLEAN, SPUN_PREAMBLE
from unspin.engine import Engine, EngineSettings
from unspin.engine import site_calibration as sc
from unspin.engine.analyzer import DEFAULT_MIN_CONFIDENCE as THRESHOLD

SPUN = SPUN_PREAMBLE + ("The corporate's earnings climbed sharply within the third quarter, and its chief "
                        "government mentioned the agency would rent extra employees subsequent 12 months. "
                        "Analysts anticipated a smaller achieve, however gross sales of its major product "
                        "had been stronger than forecast.")


def test_the_shipped_coefficients_load_with_the_engines_features():
    model = sc.load(sc.bundled_path())
    assert len(model.weights) == len(sc.FEATURES) == len(model.mean) == len(model.scale)
    assert 0.5 < model.threshold < 1.0
    assert all(math.isfinite(w) for w in model.weights + [model.bias])
    assert all(s > 0 for s in model.scale)
    assert sc.bundled() is not None


def test_a_file_for_other_features_or_with_a_bad_line_is_refused():
    good = sc.Calibration([0.0] * len(sc.FEATURES), [1.0] * len(sc.FEATURES), [0.1] * len(sc.FEATURES), 0.0, 0.9)
    text = good.to_tsv("test")
    assert sc.parse(text).weights == pytest.approx(good.weights)
    with pytest.raises(ValueError, match="features"):
        sc.parse(text.replace("logit_conf\t", "confidence\t"))
    with pytest.raises(ValueError, match=":3: not a calibration line"):  # the line number, after one header line
        sc.parse(text.replace("bias\t0.000000", "bias\tmany"))
    with pytest.raises(ValueError, match="threshold"):
        sc.parse("\n".join(line for line in text.splitlines() if not line.startswith("threshold")))


def test_a_fit_learns_the_direction_of_the_evidence_and_survives_the_file():
    rng = random.Random(7)
    rows, labels = [], []
    for _ in range(400):
        x = [rng.gauss(0, 1) for _ in sc.FEATURES]
        rows.append(x)
        labels.append(int(x[1] - x[3] + rng.gauss(0, 0.5) > 0))   # margin helps, channel odds hurt
    model = sc.fit(rows, labels, threshold=0.8)
    assert model.weights[1] > 1.0 and model.weights[3] < -1.0
    assert abs(model.weights[5]) < 0.5
    again = sc.parse(model.to_tsv("a test"))
    for x in rows[:20]:
        assert again.probability(x) == pytest.approx(model.probability(x), abs=1e-5)


def test_only_suggestions_in_the_band_below_the_threshold_are_lifted():
    always = sc.Calibration([0.0] * len(sc.FEATURES), [1.0] * len(sc.FEATURES), [0.0] * len(sc.FEATURES), 30.0, 0.9)
    x = [0.0] * len(sc.FEATURES)
    assert always.lifts(0.3, THRESHOLD, x)
    assert always.lifts(sc.BAND_LOW, THRESHOLD, lambda: x)
    assert not always.lifts(sc.BAND_LOW / 2, THRESHOLD, x)      # hardly ever right down there
    assert not always.lifts(THRESHOLD, THRESHOLD, x)            # applied already
    never = sc.Calibration(always.mean, always.scale, always.weights, -30.0, 0.9)
    assert not never.lifts(0.3, THRESHOLD, x)


@pytest.fixture(scope="module")
def nlp():
    from unspin.engine.pipeline import available_pipeline, load_pipeline
    if available_pipeline() is None:
        pytest.skip("no spaCy pipeline installed")
    return load_pipeline()


def _analyse(nlp, text, calibration=None, calibrate=True, recorded=None):
    engine = Engine(EngineSettings(floor=0.0, calibrate=calibrate), nlp=nlp, processes=1)
    if calibration is not None:
        engine.calibration = calibration
    if recorded is not None:
        engine.site_recorder = lambda s, x: recorded.append((s.start, s.end, x))
    return {(s.start, s.end): s for s in engine.analyse(text).suggestions}


def test_the_engine_lifts_exactly_the_band_it_records(nlp):
    recorded = []
    off = _analyse(nlp, SPUN, calibrate=False, recorded=recorded)
    assert recorded and all(len(x) == len(sc.FEATURES) for _, _, x in recorded)
    band = {(a, b) for (a, b), s in off.items() if sc.BAND_LOW <= s.confidence < THRESHOLD}
    assert band, "the test text should hold possible swaps"
    assert band <= {(a, b) for a, b, _ in recorded}
    n = len(sc.FEATURES)
    always = sc.Calibration([0.0] * n, [1.0] * n, [0.0] * n, 30.0, 0.9)
    on = _analyse(nlp, SPUN, always)
    for span, s in off.items():
        if span in band:
            assert on[span].confidence >= THRESHOLD and on[span].replacement == s.replacement
            assert on[span].category != "possible spin"
        else:
            assert on[span].confidence == pytest.approx(s.confidence)
    never = sc.Calibration([0.0] * n, [1.0] * n, [0.0] * n, -30.0, 0.9)
    assert {k: s.confidence for k, s in _analyse(nlp, SPUN, never).items()} == \
        pytest.approx({k: s.confidence for k, s in off.items()})


def test_the_shipped_calibration_decides_on_the_recorded_features(nlp):
    model = sc.bundled()
    recorded = []
    off = _analyse(nlp, SPUN, calibrate=False, recorded=recorded)
    on = _analyse(nlp, SPUN)
    for a, b, x in recorded:
        before = off.get((a, b))
        if before is None or not sc.BAND_LOW <= before.confidence < THRESHOLD:
            continue
        assert (on[(a, b)].confidence >= THRESHOLD) == (model.probability(x) >= model.threshold)


def test_clean_news_stays_clean_with_the_shipped_calibration(nlp):
    assert not [s for s in _analyse(nlp, CLEAN).values() if s.confidence >= THRESHOLD]


def test_a_possible_swap_the_model_finds_likely_enough_is_applied_in_spun_text(engine):
    # "a number of" -> "several" in a spun paragraph is a possible swap (about 0.2) whose probability
    # under the shipped model is about 0.89: applied at the threshold of 0.85, not at 0.9
    from test_news_repair import body
    assert sc.bundled().threshold == pytest.approx(sc.THRESHOLD)
    assert body(engine, "The bank said that a number of branches would close.") == \
        "The bank said that several branches would close."
    # the same sentence in a clean document is left alone (the gate is a feature, and the band's)
    clean = CLEAN + " The bank said that a number of branches would close."
    assert engine.analyse(clean).spin_score < 0.5
    assert [s for s in engine.analyse(clean).suggestions if s.original == "a number of" and s.confidence >= THRESHOLD] == []
