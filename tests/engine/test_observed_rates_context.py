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
