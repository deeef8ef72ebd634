"""A row matches however the tokenizer splits its words: "No. 1" (No, ., 1), "2%" (2, %), "id" (i, d).
The row parser splits words its own way; where the tokenizer differs, the matcher adds a twin with
the tokenizer's tokens. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_news_repair import body
from unspin.engine.lexicon import parse_lexicon
from unspin.engine.matcher import tokenizer_twins


def _rows(text: str):
    entries, problems = parse_lexicon(text, "<test>")
    assert not problems
    return entries


def test_twins_take_the_tokenizers_tokens_and_keep_the_head(engine):
    rows = _rows("No. 1 decide*\tNo. 1 pick\nnationwide id card\tnational ID card\n2% goal\t2% target\n"
                 "mentioned\tsaid\nlong-term\tlasting\n")
    twins = {t.spun: t for t in tokenizer_twins(rows, engine.matcher.nlp)}
    assert set(twins) == {("No", ".", "1", "decide"), ("nationwide", "i", "d", "card"), ("2", "%", "goal")}
    assert twins["No", ".", "1", "decide"].head == 3
    assert twins["No", ".", "1", "decide"].restored == ("No. 1 pick",)


@pytest.mark.parametrize("spun, want", [
    ("The guard was the No. 1 decide within the draft.", "the No. 1 pick in the draft"),
    ("The central financial institution stored its 2% goal.", "its 2% target"),
])
def test_a_row_the_tokenizer_splits_otherwise_is_repaired(engine, spun, want):
    assert want in body(engine, spun)
