"""Words as the unseen-phrase finder reads them: the shape of a term's word, crude singulars and
plurals for matching (never for display), hyphenated compounds and possessives as one word.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable


_ALPHA = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# A possessive is one word, as the list's terms write it ("alzheimer's disease"); the tokenizer and
# the lexicons split it ("alzheimer", "'s"), see join_hyphens and units. Measured on seven development
# fifths (seeds 11-17, the test fifth excluded): recall 2672 -> 2683/7079, Pok 91.30 % unchanged,
# harm 25 (11 more exact repairs: "lyme's malady", "alzheimer's infection", "huntington's malady").
_POSSESSIVE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*'s$")
POSSESSIVE_ENDS = frozenset(("'s", "\u2019s"))
HYPHENS = frozenset("-‐‑")

# Function words are not content swaps ("of" -> "in" aligns by accident); they may stand inside a
# term but are never themselves evidence.
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with and or as into onto over under than then that this these "
    "those its it is are be was were based using via per how what which who whose where when why most more "
    "less very such each every both all any some no not their our".split())
# ... and conjunctions and prepositions that join clauses or phrases rather than stand in a term
# ("but highlight" is no tortured "but feature"). Kept apart from FUNCTION_WORDS, which also decides
# the words of the dictionary synonyms file (tools/build_term_synonyms.py).
CONNECTIVES = frozenset(
    "but yet nor if while although because after before during between within without through among "
    "against".split())
NOT_CONTENT = FUNCTION_WORDS | CONNECTIVES


def _word_of_term(word: str) -> bool:
    """A word a standard term may hold: letters and digits, hyphenated parts, or a possessive."""
    return bool(_ALPHA.match(word) or _POSSESSIVE.match(word))


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A crude singular for matching terms (not for display): networks -> network."""
    if word.endswith(tuple(POSSESSIVE_ENDS)):
        return word   # a possessive ("alzheimer's") is no plural
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ys")):
        return word[:-1]
    return word


def _bare(word: str) -> str:
    """A possessive's name ("dulbecco's" -> "dulbecco"): a list entry that writes the name with its
    possessive on one side and without it on the other teaches no swap."""
    return word[:-2] if word.endswith(tuple(POSSESSIVE_ENDS)) else word


def plural(word: str) -> str:
    """A crude plural, the inverse of :func:`singular` for the regular cases: network -> networks."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _squash(word: str) -> str:
    """A word without its hyphens and a final "s": "k-means", "kmeans" and "k-mean" -> "kmean"."""
    word = word.replace("-", "")
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _norm(words: Iterable[str]) -> tuple[str, ...]:
    words = [w.lower() for w in words]
    if words:
        words[-1] = singular(words[-1])
    return tuple(words)


def join_hyphens(words: list[str]) -> list[str]:
    """Lexicon words as the detector sees them: ``half - breed`` -> ``half-breed``, ``Fick 's`` ->
    ``Fick's`` (the lexicons hold phrases split the way the tokenizer splits them; a compound and a
    possessive are one word here)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        while k + 2 < len(words) and words[k + 1] in HYPHENS and w[-1:].isalnum() and words[k + 2][:1].isalnum():
            w = w + "-" + words[k + 2]
            k += 2
        if k + 1 < len(words) and words[k + 1].lower() in POSSESSIVE_ENDS and w[-1:].isalnum():
            w = w + "'s"   # "alzheimer 's" as the tokenizer splits it: one word
            k += 1
        out.append(w)
        k += 1
    return out


def units(lowers: list[str], glued: list[bool] | None = None) -> list[tuple[str, int, int]]:
    """The words of a paragraph as ``(text, first token, end token)``: tokens glued by a hyphen
    without spaces ("half", "-", "breed") are one word "half-breed", a word glued to a possessive
    ("fick", "'s") one word "fick's"."""
    out = []
    n = len(lowers)
    k = 0
    while k < n:
        j, text = k, lowers[k]
        # the cheap tests first: few tokens are glued to a hyphen
        if glued is not None and k + 2 < n and glued[k] and lowers[k + 1] in HYPHENS and _ALPHA.match(text):
            while j + 2 < n and glued[j] and lowers[j + 1] in HYPHENS and glued[j + 1] \
                    and _ALPHA.match(lowers[j + 2]):
                text = text + "-" + lowers[j + 2]
                j += 2
        if glued is not None and j + 1 < n and glued[j] and lowers[j + 1] in POSSESSIVE_ENDS \
                and _ALPHA.match(text):
            text += "'s"   # "alzheimer" glued to "'s": one word "alzheimer's", as terms write it
            j += 1
        out.append((text, k, j + 1))
        k = j + 1
    return out
