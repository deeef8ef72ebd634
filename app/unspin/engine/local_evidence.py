"""Evidence about one swap from the rest of its document: what the language model cannot see.

The restorer and the lexicons judge each site in its sentence. Two facts of the whole document say
more about a site that the sentence leaves uncertain:

* **The spin around it.** A spinner rewrites a passage through, not one word in it: where the
  other changes of a paragraph are applied thickly, an uncertain swap there is more likely spun
  too; in a paragraph the spinner left alone (a quotation copied as written, a clean page) it is
  not. Measured on every suggestion of the leave-one-story-out folds (bench/recall_loso.py,
  confidences 0.1-0.5): in a paragraph with at least 8 applied changes per 100 words, 97 helped
  and 12 harmed; elsewhere 39 helped and 11 harmed (below 0.1: 88/34 against 52/42).
* **The original written elsewhere.** A synonym-file spinner picks among a word and its
  alternatives at every occurrence, so the original word survives in some places; a writer's own
  word does not make its synonym appear. Measured the same way, for the restorer's observed swaps
  below the threshold whose candidate stands as written elsewhere in the document (outside every
  applied change): 33 helped, 3 harmed; the 3 were in paragraphs with almost no other change (a
  quotation, an unspun passage: "only" -> "just" in a page that has "just" too), so it counts only
  in a paragraph with at least ``ATTESTED_PER_100`` changes per 100 words (then 24 helped, none
  harmed). Not for a thesaurus's candidates: with one of every pair's swaps (both ways: "film" and
  "movie" for each other) the candidate written elsewhere helped 26 times and harmed 13 below the
  threshold (bench/restorer_eval.py --oracle), no better than the rest.

Measured the same way and left out, since what they would add is right less often than the edits
applied already (each lowered Pok for a point or less of recall): the candidate's inflections
written elsewhere (lemmas, not forms: 5 more harmful edits), how much more common the candidate is
than the form, and the same swap applied elsewhere in the document. See the README.

Computed once per document from the text and the suggestions' spans and confidences, without the
language model: one pass over the text's words and a bisect per suggestion.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Sequence

# A paragraph with at least DENSE_PER_100 applied changes per 100 words (counting a short one as
# MIN_PARAGRAPH_WORDS words) lends an uncertain change in it DENSE_BONUS nats of evidence. Hand-set
# (bench/recall_loso.py, bench/restorer_eval.py --oracle): at 8 per 100 LOSO gained more (ERR
# 34.5 % against 34.0 %) but the oracle's Pok fell to 94.8 %; a bonus of 0.7 gained less for the
# same Pok. The changes it adds are right about nine times in ten, so it trades a little Pok.
DENSE_PER_100 = 10.0
DENSE_BONUS = 1.0
MIN_PARAGRAPH_WORDS = 30
# An observed swap whose candidate stands as written elsewhere in the document, in a paragraph with at
# least ATTESTED_PER_100 applied changes per 100 words, gains ATTESTED_BONUS nats (hand-set on the
# leave-one-story-out folds; at 4 nats the development article's "challenges" became "issues", which
# the writer also used; lemmas instead of forms added harm).
ATTESTED_PER_100 = 4.0
ATTESTED_BONUS = 3.0
# Words that every text has: their standing elsewhere says nothing ("in" for "within").
COMMON_WORDS = frozenset(
    "a an the of in on at to for from by with and or but nor as into onto over under than then that this "
    "these those it its is are be been being was were has have had do does did will would can could may "
    "might shall should must not no so if while about after before during through within without between "
    "among against upon up down out off he she they we you i me him her them us my his our your their "
    "there here what which who whom whose where when why how all any some each every both more most "
    "also just only even still very too".split())

# Words of letters only: figures are no words here (counting them as words lost 0.8 points of the
# oracle's ERR: a table of rates reads as a thinly spun paragraph).
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
        self.starts, at = [], 0
        for line in text.split("\n"):
            self.starts.append(at)
            at += len(line) + 1
        self._text = text
        self._words: dict[int, int] = {}
        self._counts: Counter | None = None

    def words(self, p: int) -> int:
        """Words in paragraph ``p`` (counted when first asked: most paragraphs never are)."""
        n = self._words.get(p)
        if n is None:
            end = self.starts[p + 1] if p + 1 < len(self.starts) else len(self._text)
            n = self._words[p] = len(_WORD.findall(self._text, self.starts[p], end))
        return n

    @property
    def counts(self) -> Counter:
        """Lowercase word -> occurrences in the whole text (counted when first asked)."""
        if self._counts is None:
            self._counts = Counter(_WORD.findall(self._text.lower()))
        return self._counts

    def index(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1


def document_bonuses(text: str, spans: Sequence[tuple[int, int, float]], threshold: float,
                     candidates: Sequence[str | None] | None = None,
                     paragraphs: Paragraphs | None = None) -> list[float]:
    """For each (start, end, confidence): the evidence (nats) the rest of the document lends it.

    Only changes below ``threshold`` get any. The density counts the *other* changes of the
    paragraph at or above it (not overlapping this one: a lexicon candidate and a restorer site
    over the same words are one change), as they were before any bonus, so nothing feeds on itself.
    ``candidates``, parallel to ``spans``: the candidate original of a change that attestation may
    back (an observed swap), else None; it is attested when each of its words outside
    ``COMMON_WORDS`` stands as written somewhere outside this change and every applied one.
    """
    if all(c >= threshold for _, _, c in spans) or all(c < threshold for _, _, c in spans):
        return [0.0] * len(spans)   # nothing to lend, or no one to lend it (a clean document)
    candidates = candidates or [None] * len(spans)
    paras = paragraphs or Paragraphs(text)
    where = [paras.index(s) for s, _, _ in spans]
    applied: dict[int, list[tuple[int, int]]] = {}
    for (s, e, c), p in zip(spans, where):
        if c >= threshold:
            applied.setdefault(p, []).append((s, e))
    for p in applied:
        applied[p].sort()
    longest = max(e - s for s, e, _ in spans)
    in_applied: Counter | None = None   # words inside applied changes, counted when first needed
    out = []
    for (s, e, c), p, cand in zip(spans, where, candidates):
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
        per_100 = 100.0 * (len(here) - overlapping) / max(paras.words(p), MIN_PARAGRAPH_WORDS)
        bonus = DENSE_BONUS if per_100 >= DENSE_PER_100 else 0.0
        if cand and per_100 >= ATTESTED_PER_100:
            if in_applied is None:
                in_applied = _words_in(text, _merged([x for here in applied.values() for x in here]))
            if _attested(cand, text[s:e], paras.counts, in_applied, own_applied=overlapping > 0):
                bonus += ATTESTED_BONUS
        out.append(bonus)
    return out


def _attested(candidate: str, written: str, counts: Counter, in_applied: Counter, own_applied: bool) -> bool:
    words = [w for w in (m.group().lower() for m in _WORD.finditer(candidate)) if w not in COMMON_WORDS]
    if not words:
        return False
    own = Counter(m.group().lower() for m in _WORD.finditer(written)) if not own_applied else Counter()
    return all(counts[w] - in_applied[w] - own[w] > 0 for w in words)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _words_in(text: str, spans: list[tuple[int, int]]) -> Counter:
    """Lowercase words inside the spans (which do not overlap)."""
    out: Counter = Counter()
    for s, e in spans:
        out.update(m.group().lower() for m in _WORD.finditer(text, s, e))
    return out
