"""The paper verdict: how many tortured phrases a document holds, how dense, and a plain risk level.

A research-integrity screen, not a judgement: a tortured phrase is the trace of automatic
paraphrasing, and one or two can be chance (a legitimate term that happens to match, or an
author's own clumsy wording). Paper mills leave many. So the level reads the count first and
lets the density raise it (a short text full of them is worse than a long one with a few):

* ``clean``: none found at the threshold;
* ``low``: one;
* ``suspicious``: two to four;
* ``high``: five or more, or at least three at ``HIGH_DENSITY`` per 1,000 words or more.

Only suggestions of category "tortured phrase" at or above the threshold count, whatever the user
decided about them (ignoring a suggestion does not make the text it points at less tortured).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

CATEGORY = "tortured phrase"
LEVELS = ("clean", "low", "suspicious", "high")
HIGH_DENSITY = 3.0
CAVEAT = "a screening signal, not proof: check the phrases in context"
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class TorturedVerdict:
    count: int
    per_1k: float
    level: str

    def to_json(self) -> dict:
        return {"count": self.count, "per_1k": round(self.per_1k, 2), "level": self.level}

    def summary(self) -> str:
        """One line for people: "Tortured phrases: 7 (2.3 per 1,000 words), high risk"."""
        if self.count == 0:
            return "Tortured phrases: none found"
        return f"Tortured phrases: {self.count} ({self.per_1k:.1f} per 1,000 words), {self.level} risk"


def level_for(count: int, per_1k: float) -> str:
    if count <= 0:
        return "clean"
    if count >= 5 or (count >= 3 and per_1k >= HIGH_DENSITY):
        return "high"
    if count >= 2:
        return "suspicious"
    return "low"


def tortured_verdict(suggestions: Iterable, words: int, min_confidence: float = 0.5) -> TorturedVerdict:
    count = sum(1 for s in suggestions if s.category == CATEGORY and s.confidence >= min_confidence)
    per_1k = 1000.0 * count / words if words > 0 else 0.0
    return TorturedVerdict(count, per_1k, level_for(count, per_1k))


def document_verdict(document, min_confidence: float = 0.5) -> TorturedVerdict:
    """The verdict of a :class:`~unspin.core.model.Document` (its words counted as the engine does;
    only the part analysed when the analysis was stopped before the end)."""
    words = getattr(document, "analysed_words", None)
    if words is None:
        words = len(_WORDS.findall(document.text))
    return tortured_verdict(document, words, min_confidence)
