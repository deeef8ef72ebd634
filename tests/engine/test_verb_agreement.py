"""A repaired verb agrees with its subject: an observed repair starting "needs", "was" or "is" for a
modal or "used to" is put in the plural after a plural subject. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_news_repair import body
from unspin.core.model import Suggestion
from unspin.engine.verb_agreement import agree_verbs, plural_verb


@pytest.mark.parametrize("word, subject, plural", [
    ("needs", "they", "need"), ("wants", "we", "want"), ("is", "they", "are"), ("was", "you", "were"),
    ("has", "farmers", "have"), ("does", "they", "do"), ("goes", "they", "go"), ("passes", "we", "pass"),
    ("is", "I", "am"), ("was", "I", None),
    # not a third-person singular verb: nothing to agree
    ("find", "they", None), ("press", "they", None), ("news", "they", None), ("bus", "we", None),
])
def test_plural_verb(word, subject, plural):
    assert plural_verb(word, subject) == plural


def _one(text: str, original: str, replacement: str, alternatives=()) -> Suggestion:
    start = text.index(original)
    return Suggestion(start, start + len(original), original, replacement, list(alternatives))


@pytest.mark.parametrize("text, original, replacement, want", [
    ("They must discover a route.", "must discover", "needs to find", "need to find"),
    ("The unions also must discover a route.", "must discover", "needs to find", "need to find"),
    ("Both sides used to be rivals.", "used to be", "was", "were"),
    ("We can be seen there.", "can be", "is also", "are also"),
    ("I can be reached.", "can be", "is also", "am also"),
    # a singular or unclear subject, a name, or a spun form that carries its person: as observed
    ("Johnson must discover a route.", "must discover", "needs to find", "needs to find"),
    ("The Smiths must discover a route.", "must discover", "needs to find", "needs to find"),
    ("The team must discover a route.", "must discover", "needs to find", "needs to find"),
    ("Since then, must discover a route.", "must discover", "needs to find", "needs to find"),
    ("They mentioned it.", "mentioned", "said", "said"),
    ("They would possibly go.", "would possibly", "might", "might"),
])
def test_the_repair_agrees_with_a_plural_subject(text, original, replacement, want):
    s = _one(text, original, replacement, [replacement])
    (fixed,) = agree_verbs(text, [s])
    assert fixed.replacement == want and fixed.first_choice == want and fixed.alternatives == [want]
    assert (fixed.start, fixed.end, fixed.original) == (s.start, s.end, s.original)


@pytest.mark.parametrize("spun, want", [
    ("They must discover a option to finish the combating.", "They need to find a way"),
    ("The two leaders must discover a option to finish the combating.", "leaders need to find a way"),
    # the singular subject the swap was observed with keeps its form
    ("Johnson must discover a option to finish the combating.", "Johnson needs to find a way"),
])
def test_a_spun_page_repairs_with_agreement(engine, spun, want):
    assert want in body(engine, spun)
