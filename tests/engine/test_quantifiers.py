""""much" is never restored in front of a plural noun (engine/quantifiers.py)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from unspin.engine.quantifiers import drop_mass_disagreement, is_plural_noun


def suggestion(text: str, original: str, replacement: str):
    start = text.index(original)
    return SimpleNamespace(start=start, end=start + len(original), original=original, replacement=replacement)


@pytest.mark.parametrize("text", [
    "The app offers a lot of guided lessons.",
    "They sold a lot of their older homes.",
    "It drew a lot members to the rally.",
])
def test_much_before_a_plural_is_dropped(text):
    assert drop_mass_disagreement(text, [suggestion(text, "a lot", "much")]) == []


@pytest.mark.parametrize("text", [
    "They spent a lot of the money.",
    "Trade drives a lot of the economy in the region.",
    "Prices rose a lot faster than wages.",
    "He travelled a lot of Wales by bus.",
    "She liked it a lot.",
])
def test_much_before_a_mass_noun_or_other_words_stays(text):
    s = suggestion(text, "a lot", "much")
    assert drop_mass_disagreement(text, [s]) == [s]


def test_other_replacements_are_not_checked():
    text = "The app offers a great deal of guided lessons."
    s = suggestion(text, "a great deal", "plenty")
    assert drop_mass_disagreement(text, [s]) == [s]


@pytest.mark.parametrize("word, plural", [("members", True), ("homes", True), ("news", False),
                                          ("physics", False), ("series", False), ("class", False)])
def test_plural_nouns(word, plural):
    assert is_plural_noun(word) is plural
