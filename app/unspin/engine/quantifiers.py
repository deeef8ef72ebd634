"""Drop repairs that would put "much" in front of a plural noun.

The spinner writes "a lot" for "much", so "a lot" is a candidate spun form of "much". But "a lot of"
is ordinary English too, and before a plural ("a lot of members") the original cannot have been
"much": "much of members" is not English. The language model cannot see this (its pairs are "much
of" and "of members", both common), so it is settled here from the words after the repair.

Only "much" is checked: it is the one quantifier the bundled lexicons and observed swaps restore to
that takes mass nouns only. Plural nouns are recognised with lemminflect (the noun's lemma differs
from the word, "members" -> "member"; "news", "series" and "physics" are their own lemma).
"""
from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas

_NEXT_WORDS = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)")
_DETERMINERS = frozenset("the these those their its his her our your my such".split())
_MASS_ONLY = frozenset({"much"})
MAX_MODIFIERS = 2


@lru_cache(maxsize=4096)
def is_plural_noun(word: str) -> bool:
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss"):
        return False
    lemmas = getAllLemmas(low).get("NOUN", ())
    return bool(lemmas) and low not in lemmas


def _plural_common_noun(word: str) -> bool:
    return not word[:1].isupper() and is_plural_noun(word)


def _needs_mass_noun(replacement: str) -> bool:
    words = replacement.lower().split()
    return bool(words) and words[-1] in _MASS_ONLY


def _words_after(text: str, end: int, limit: int) -> list[str]:
    out = []
    while len(out) < limit:
        m = _NEXT_WORDS.match(text, end)
        if m is None:
            break
        out.append(m.group(1))
        end = m.end()
    return out


def _plural_follows(text: str, end: int) -> bool:
    """A plural noun next ("much members"), or after "of", a determiner and up to two modifiers
    ("much of their guided meditations"). A singular noun, or any other word, settles it the other
    way ("much of the economy", "much faster than rivals")."""
    words = _words_after(text, end, 3 + MAX_MODIFIERS)
    if not words:
        return False
    if words[0].lower() != "of":
        return _plural_common_noun(words[0])
    rest = words[1:]
    if rest and rest[0].lower() in _DETERMINERS:
        rest = rest[1:]
    for word in rest[:MAX_MODIFIERS + 1]:
        if word[:1].isupper():
            return False  # a name ("much of Wales")
        if is_plural_noun(word):
            return True
        readings = getAllLemmas(word)
        participle = "VERB" in readings and word.endswith(("ed", "ing", "en"))
        if "NOUN" in readings or not ("ADJ" in readings or participle):
            return False
    return False


def drop_mass_disagreement(text: str, suggestions: list) -> list:
    """The suggestions without those whose replacement ends in "much" before a plural noun."""
    return [s for s in suggestions
            if not (_needs_mass_noun(s.replacement) and _plural_follows(text, s.end))]
