"""Evidence about one swap from the rest of its document: what the language model cannot see.

The restorer and the lexicons judge each site in its sentence. One fact of the whole document says
more about a site that the sentence leaves uncertain: **the spin around it.** A spinner rewrites a
passage through, not one word in it: where the other changes of a paragraph are applied thickly, an
uncertain swap there is more likely spun too; in a paragraph the spinner left alone (a quotation
copied as written, a clean page) it is not. Measured on every suggestion of the leave-one-story-out
folds (bench/recall_loso.py, confidences 0.1-0.5): in a paragraph with at least 8 applied changes per
100 words, 97 helped and 12 harmed; elsewhere 39 helped and 11 harmed (below 0.1: 88/34 against
52/42).

Measured the same way and left out, since what they would add is right less often than the edits
applied already (each lowered Pok for a point or less of recall): the candidate written literally
elsewhere in the document (as words or any inflection; below 0.5 it helped 48 times and harmed 7),
how much more common the candidate is than the form, and the same swap applied elsewhere in the
document. See the README ("How it decides").

Computed once per document from the text and the suggestions' spans and confidences, without the
language model, so it costs nothing next to the restorer's lattices.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from typing import Sequence

# A paragraph with at least DENSE_PER_100 applied changes per 100 words (counting a short one as
# MIN_PARAGRAPH_WORDS words) lends an uncertain change in it DENSE_BONUS nats of evidence. Hand-set
# (bench/recall_loso.py, bench/restorer_eval.py --oracle): at 8 per 100 LOSO gained more (ERR
# 34.5 % against 34.0 %) but the oracle's Pok fell to 94.8 %; a bonus of 0.7 gained less for the
# same Pok. The changes it adds are right about nine times in ten, so it trades a little Pok.
DENSE_PER_100 = 10.0
DENSE_BONUS = 1.0
MIN_PARAGRAPH_WORDS = 30

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def logistic(x: float) -> float:
    if x < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def with_bonus(confidence: float, bonus: float) -> float:
    """A confidence moved by ``bonus`` nats of log odds (0: unchanged)."""
    return confidence if not bonus else logistic(logit(confidence) + bonus)


class Paragraphs:
    """The paragraphs (lines) of a text, their word counts, and which paragraph an offset is in."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        words = [0] * len(self.starts)
        for m in _WORD.finditer(text):
            words[bisect_right(self.starts, m.start()) - 1] += 1
        self.words = words

    def index(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1


def density_bonuses(text: str, spans: Sequence[tuple[int, int, float]], threshold: float,
                    paragraphs: Paragraphs | None = None) -> list[float]:
    """For each (start, end, confidence): the bonus (nats) its paragraph's spin lends it.

    Only changes below ``threshold`` get one; the density counts the *other* changes of the
    paragraph at or above it (not overlapping this one: a lexicon candidate and a restorer site
    over the same words are one change), as they were before any bonus, so nothing feeds on itself.
    """
    if all(c >= threshold for _, _, c in spans) or all(c < threshold for _, _, c in spans):
        return [0.0] * len(spans)   # nothing to lend, or no one to lend it (a clean document)
    paras = paragraphs or Paragraphs(text)
    where = [paras.index(s) for s, _, _ in spans]
    applied: dict[int, list[tuple[int, int]]] = {}
    for (s, e, c), p in zip(spans, where):
        if c >= threshold:
            applied.setdefault(p, []).append((s, e))
    for p in applied:
        applied[p].sort()
    longest = max(e - s for s, e, _ in spans)
    out = []
    for (s, e, c), p in zip(spans, where):
        if c >= threshold or p not in applied:
            out.append(0.0)
            continue
        here = applied[p]
        # the applied changes overlapping this one start before its end and less than the longest
        # change before its start (one bisect and a few steps, not a pass over the paragraph)
        k = bisect_left(here, (e, -1)) - 1
        overlapping = 0
        while k >= 0 and here[k][0] > s - longest:
            if here[k][1] > s:
                overlapping += 1
            k -= 1
        per_100 = 100.0 * (len(here) - overlapping) / max(paras.words[p], MIN_PARAGRAPH_WORDS)
        out.append(DENSE_BONUS if per_100 >= DENSE_PER_100 else 0.0)
    return out
