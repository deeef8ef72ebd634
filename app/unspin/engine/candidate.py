"""A match of the lexicons (or an unseen tortured find) before the engine weighs it: the
:class:`Candidate` that becomes a suggestion."""
from __future__ import annotations

from dataclasses import dataclass

from unspin.core.model import Suggestion
from unspin.engine.unseen import GROUP as UNSEEN_GROUP

FIXED_CATEGORY = "tortured phrase"  # entries of this category match as fixed expressions


@dataclass
class Candidate:
    start: int
    end: int
    original: str
    replacement: str
    alternatives: list[str]
    prior: float
    is_tell: bool
    category: str
    rule: str
    explanation: str
    tokens: int = 1
    # the news spinner's gate may lift it across the threshold when its repair reads far better
    # (restorer.adjust_lexicon_confidence); not an unseen tortured find that no term list knows
    spinner_lift: bool = True
    # the words its entry accepts just before it (after:, after_lemma:) and just after it (before:),
    # None where it reads no such word: the restorer must not change that word to one the entry
    # would not accept
    words_before: frozenset | None = None
    words_after: frozenset | None = None
    # an unseen tortured find's: the matches of other kinds it displaced in its words (no overlaps
    # among them). In spun news a find with no tortured phrase around it is noise, and these stand
    # in its place (analyzer.finish, with the sentence's shadow lattice)
    displaced: tuple = ()

    @property
    def unseen(self) -> bool:
        """An unseen tortured find (in no list): see :mod:`unseen`."""
        return self.rule.split(":", 1)[0] == UNSEEN_GROUP

    def to_suggestion(self, confidence: float) -> Suggestion:
        return Suggestion(self.start, self.end, self.original, self.replacement, list(self.alternatives),
                          confidence, self.category, self.rule, self.explanation)
