"""News-spinner swaps inside paper-mill prose: a usual word of science is the writer's own.

The news lexicons restore what article spinners put for common words ("knowledge" for "data",
"vitality" for "energy"). A paper-mill paper is paraphrased by a tool of the same family, so many of
those swaps are right there too ("vitality" -> "energy", "mannequin" -> "model"). But a word that
stands as written in many standard scientific terms ("knowledge": "knowledge base", "prior
knowledge") is, in scientific prose, far more often the writer's own than a swap: the conditions
that make "knowledge" -> "data" safe in news ("the national knowledge", "knowledge factors") were
written for news. Where the neighbourhood reads as tortured (the tortured finder's own evidence,
:func:`scoring.local_tortured_scores`), such a swap is shown for review, not applied. Tells (the
swaps nobody writes by choice) keep their confidence: they are evidence on their own.

Measured on the development fifths of ``bench/tortured.py`` (see bench/README.md, tortured section).
"""
from __future__ import annotations

import re

from unspin.engine import scoring

# The local tortured score (0..1) at which a neighbourhood reads as a paper-mill paper: half the
# score, as for the tortured phrases' own ambiguous candidates.
TORTURED_NEIGHBOURHOOD = 0.5
# A word that stands as written in this many standard terms (the unseen finder's term list) is a
# usual word of science ("knowledge" stands in some 30). Of the 45 news swaps applied in the
# carriers of the development fifths (seeds 11-13), it holds back three: "knowledge" -> "data"
# twice (harmful) and "monetary" -> "financial" once (right: "monetary disaster", a tortured
# "financial crisis"; "monetary policy" is a standard term).
TERM_USES = 3

_WORD = re.compile(r"[a-z]+")
ARTICLES = {"a", "an", "the"}


def usual_in_science(original: str, model) -> bool:
    """``original`` (less a leading article) stands as written in :data:`TERM_USES` standard
    terms or more: a usual word ("knowledge") or phrase ("electrical energy") of science. The
    phrase as a whole, not word by word: "most cancers" (a spinner's "cancer"), "coronary heart
    failure" and "in response to" are made of words of science but are no science."""
    words = _WORD.findall(original.lower())
    if words and words[0] in ARTICLES:
        words.pop(0)
    return bool(words) and model.term_uses(" ".join(words)) >= TERM_USES


def held_for_review(spinner, tortured, text_length: int, words: int, model_of) -> set[int]:
    """The ids of the ambiguous spinner candidates (not tells) that stand in a tortured
    neighbourhood and whose words are usual words of science. ``model_of()`` gives the unseen
    finder's :class:`unseen.SwapModel` (or None); it is asked only when some candidate stands in
    such a neighbourhood, so clean news never builds it."""
    ambiguous = [c for c in spinner if not c.is_tell]
    if not ambiguous or not tortured:
        return set()
    scores = scoring.local_tortured_scores(tortured, text_length, words, at=[c.start for c in ambiguous])
    near = [c for c, s in zip(ambiguous, scores) if s >= TORTURED_NEIGHBOURHOOD]
    if not near:
        return set()
    model = model_of()
    if model is None:
        return set()
    return {id(c) for c in near if usual_in_science(c.original, model)}
