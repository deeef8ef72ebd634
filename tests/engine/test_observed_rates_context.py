"""Observed swap rates learned from one fixed phrase must not turn the writer's own word on a spun page.

A one-word swap whose every observed change sat beside the same content word ("field" -> "box",
always in "field workplace" = "box office"; "price" -> "cost", only in "borrowing price") is recorded
by bench/grow_observed_lexicon.py for the phrase, not the word. Sentences written for these tests.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import body

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("sentence", [
    "The borrowing price of the city fell last year.",          # "price" -> "cost" (only "borrowing price")
    "The typical house in the area has three bedrooms.",        # "typical" -> "average" (only "typical fee")
    "The workers fasten the panels to the roof.",               # "fasten" -> "fix" (only after a changed word)
])
def test_the_writers_own_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


def _grower():
    spec = importlib.util.spec_from_file_location("grow_observed_lexicon", ROOT / "bench" / "grow_observed_lexicon.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, mod)
    spec.loader.exec_module(sys.modules[spec.name])
    mod = sys.modules[spec.name]
    return mod


@pytest.fixture(scope="module")
def nlp():
    from unspin.engine.pipeline import available_pipeline, load_pipeline
    if available_pipeline() is None:
        pytest.skip("no spaCy pipeline installed")
    return load_pipeline()


def _rows(text: str) -> dict[str, str]:
    return {line.split("\t")[0]: line for line in text.splitlines()
            if line and not line.startswith(("#", "spun\t"))}


def test_a_swap_seen_only_beside_one_word_is_recorded_for_the_phrase(nlp):
    from unspin.engine.learn import SubstitutionLearner
    grow = _grower()
    learner = SubstitutionLearner(nlp)
    pairs = [
        ("The film topped the box office on Sunday. Its borrowing cost rose to a record.",
         "The film topped the field workplace on Sunday. Its borrowing price rose to a record."),
        ("A cartoon led the box office this weekend. The state's borrowing cost fell in May.",
         "A cartoon led the field workplace this weekend. The state's borrowing price fell in May."),
        ("The thriller won the box office again. The town's borrowing cost is high.",
         "The thriller won the field workplace again. The town's borrowing price is high."),
    ]
    for n, (original, spun) in enumerate(pairs):
        learner.add_pair(original, spun, f"story{n}")
    rows = _rows(grow.observed_rates(learner))
    # Beside a word left as written: the phrase carries the swap, the word alone does not.
    assert "price" not in rows
    assert "borrowing price" in rows and "borrowing cost:3" in rows["borrowing price"]
    lexicon = grow.observed_lexicon(learner, covered=set())
    assert not any(line.startswith(("field\t", "price\t")) for line in lexicon.splitlines())


# Issue 15, rates19: the writer's own words on a spun page, from observed rates and from lexicon rows
# that the rates lean on. Sentences written for these tests.
@pytest.mark.parametrize("sentence", [
    "After the summit, the delegates will first go to Berlin.",            # "first go to" -> "visit"
    "The club sells a digital bundle that gives fans every match.",        # a product bundle, not a "package"
    "She was one of a few students chosen for the programme.",             # "one of a few" -> "several"
    "The head teacher said pupils would return after half term.",          # a British school's pupils
    "Pupils at the primary school raised £500 for the hospital.",
    "The film opened in cinemas across the country on Friday.",            # a British "film"
    "The film won the top prize at the festival, and its director thanked the programme's organisers.",
    "The car brand sponsored the fashions shown on the catwalk.",          # clothes beside a car brand
])
def test_the_writers_own_word_stays_beside_spun_text(engine, sentence):
    assert body(engine, sentence) == sentence


def test_a_crossed_mark_is_no_passed_bill(engine):
    """The observed "cross" -> "pass" (a spun "passed the bill") respects the entry that rules out
    marks, lines and borders: not even a possible-spin suggestion."""
    from test_news_repair import SPUN_PREAMBLE
    text = SPUN_PREAMBLE + "Shares crossed the $100 mark for the first time on Tuesday."
    assert not [s for s in engine.analyse(text).suggestions if s.original == "crossed" and s.replacement == "passed"]


def test_stay_excessive_waits_for_a_spun_page(engine):
    from test_news_repair import CLEAN
    sentence = "Prices for fresh fruit stay excessive at the local markets, shoppers complain."
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence
    assert "remain high" in body(engine, "Prices stay excessive throughout the area, the report mentioned.")


@pytest.mark.parametrize("spun, original", [
    ("The Labour get together won the by-election in the north.", "The Labour party won"),
    ("The minister's upcoming go to to Beijing was postponed.", "upcoming visit to Beijing"),
    ("The automaker unveiled two new fashions of electric cars.", "two new models"),
    ("Senators hope to cross the spending invoice before the deadline.", "pass the spending bill"),
    ("The new film from the studio grossed $12 million over the weekend.", "The new movie"),
])
def test_the_spun_forms_are_still_repaired(engine, spun, original):
    assert original in body(engine, spun)
