"""Explanations quote the words the text has (issue 13, defect 11: "Chinese officers" was explained
with '"senior officers" / "administration officers" are spun "officials"')."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from unspin.engine.explain import note_fits

ROOT = Path(__file__).resolve().parents[2]
QUOTED = re.compile(r'"([^"\n]+)"|“([^”\n]+)”')


def _quotes_are_in_the_text(text, suggestions):
    """Every phrase an explanation quotes is in its paragraph, as written or as repaired."""
    bad = []
    for s in suggestions:
        if text[s.start - 1:s.start].isalnum() or text[s.end:s.end + 1].isalnum():
            continue  # a piece of a longer word ("can" of "cannot"): the matcher's business, not this test's
        lo = text.rfind("\n", 0, s.start) + 1
        hi = text.find("\n", s.end)
        hi = len(text) if hi < 0 else hi
        para = text[lo:hi]
        repaired = text[lo:s.start] + s.replacement + text[s.end:hi]
        if not note_fits(s.explanation, para, repaired):
            bad.append((s.original, s.explanation))
    return bad


def test_an_example_that_is_not_in_the_text_is_not_quoted(engine):
    text = "Chinese officers said the talks would continue after a short break.\n"
    analysis = engine.analyse(text)
    s = next(s for s in analysis.suggestions if s.original == "officers")
    assert "senior" not in s.explanation and "administration" not in s.explanation
    assert '"Chinese officers"' in s.explanation and '"Chinese officials"' in s.explanation


def test_a_note_whose_quotes_are_in_the_text_is_kept(engine):
    text = "The town will spend 4 p.c. of its budget on the new wall.\n"
    s = next(s for s in engine.analyse(text).suggestions if s.original == "p.c.")
    assert "p.c." in s.explanation and "percent" in s.explanation


@pytest.mark.parametrize("name", ["resources/samples/sample.txt", "../shared/corpus/news-blinken.spun.txt"])
def test_every_explanation_quotes_only_words_of_its_text(engine, name):
    path = ROOT / name
    if not path.is_file():
        pytest.skip(f"{name} not here")
    text = path.read_text(encoding="utf-8")
    suggestions = engine.analyse(text).suggestions
    assert suggestions
    assert _quotes_are_in_the_text(text, suggestions) == []


def test_train_passages_explanations_quote_their_own_words(engine):
    folder = ROOT.parent / "shared" / "corpus" / "train"
    files = sorted(folder.glob("t*.spun.txt"))[:12] if folder.is_dir() else []
    if not files:
        pytest.skip("../shared/corpus/train not here")
    bad = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        bad += _quotes_are_in_the_text(text, engine.analyse(text).suggestions)
    assert bad == []


def test_note_fits_counts_inflections():
    assert note_fits('Spinners swap "officials" for "officers".', "the officer left", "the official left")
    assert not note_fits('"senior officers" are spun "officials".', "Chinese officers left", "Chinese officials left")
    assert note_fits("A plain reason with no quotes.", "anything", "anything")
