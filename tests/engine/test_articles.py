"""The article in front of a repaired word agrees with the repair ("a possibility" -> "an opportunity")."""
from __future__ import annotations

import pytest

from unspin.core.model import Suggestion
from unspin.engine.articles import agree_articles, article_for


@pytest.mark.parametrize("word, article", [
    ("opportunity", "an"), ("issue", "an"), ("average", "an"), ("example", "an"),
    ("possibility", "a"), ("problem", "a"), ("year", "a"), ("huge", "a"),
    ("hour", "an"), ("honest", "an"), ("house", "a"),
    # the spelling does not settle these: left alone
    ("university", None), ("unusual", None), ("one-off", None), ("European", None),
    ("FBI", None), ("8", None), ("", None),
])
def test_article_for(word, article):
    assert article_for(word) == article


def _one(text: str, original: str, replacement: str, alternatives=()) -> Suggestion:
    start = text.index(original)
    return Suggestion(start, start + len(original), original, replacement, list(alternatives))


def _apply(text: str, s: Suggestion) -> str:
    return text[:s.start] + s.replacement + text[s.end:]


def test_article_comes_along_when_the_repair_needs_the_other_one():
    text = "It was a possibility to vote. An enormous crowd came."
    a = _one(text, "possibility", "opportunity", ["chance"])
    b = _one(text, "enormous", "huge")
    fixed = agree_articles(text, [a, b])
    assert [_apply(text, s) for s in fixed] == ["It was an opportunity to vote. An enormous crowd came.",
                                                 "It was a possibility to vote. A huge crowd came."]
    assert fixed[0].original == "a possibility" and fixed[0].alternatives == ["a chance"]
    assert fixed[0].first_choice == "an opportunity"


def test_articles_that_already_agree_or_are_unclear_are_left_alone():
    text = "It was a problem, a huge one, an unusual day, a data point and a.m. time."
    for original, replacement in [("problem", "difficulty"), ("huge", "massive"), ("unusual", "odd"),
                                  ("time", "era")]:
        s = _one(text, original, replacement)
        assert agree_articles(text, [s]) == [s]
    # "an" before a consonant in the text was not the spinner's doing: not touched either
    odd = "He wrote an possibility."
    s = _one(odd, "possibility", "opportunity")
    assert agree_articles(odd, [s]) == [s]


def test_an_article_inside_another_suggestion_is_not_taken():
    text = "Officers saw a possibility."
    first = Suggestion(0, text.index("possibility") - 1, "Officers saw a", "Officials saw a")
    second = _one(text, "possibility", "opportunity")
    assert agree_articles(text, [first, second]) == [first, second]


def test_engine_repairs_the_article_with_the_word(tmp_path, engine):
    from unspin.engine import Engine, EngineSettings
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text("spun\trestored\tpos\twhen\tconfidence\tnote\n"
                       "possibility\topportunity\tNOUN\t\t0.9\t\n", encoding="utf-8")
    eng = Engine(EngineSettings(user_lexicons=[lexicon]), nlp=engine.matcher.nlp, processes=1)
    text = "The council saw a possibility to act."
    [s] = [s for s in eng.analyse(text).suggestions if "opportunity" in s.replacement]
    assert _apply(text, s) == "The council saw an opportunity to act."
