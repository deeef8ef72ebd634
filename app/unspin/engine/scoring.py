"""Document evidence: a spin score from unambiguous tells, and confidence that rises with it.

An ambiguous swap ("officers" for "officials", "nation" for "country") is common in clean
English, so on its own it is weak evidence. In a document full of unambiguous tells ("a go to",
"local weather", "p.c.") it is probably spun too. The spin score turns the density of tells into
0..1, and each ambiguous candidate's confidence moves from its prior towards a ceiling with it.
"""
from __future__ import annotations

# Tells per 1,000 words at which the score reaches one half. Measured by eye on spun news (20+
# tells per 1,000 words) and clean text (0-1): the midpoint sits well between them.
HALF_SCORE_DENSITY = 4.0
# Documents shorter than this are scored as if they had this many words, so a single tell in a
# two-line note cannot make it look heavily spun. Measured with bench/recall_loso.py (2026-12-02):
# at 300 one tell in a short page let its ambiguous swaps through (rough-spinner pages with one
# tell: three harmful edits); 400 gave LOSO ERR 31.2 -> 30.8 %, Pok 94.8 -> 95.6 %, harm 9 -> 7,
# clean text 0 either way (350: Pok 95.3 %, harm 9; 450: ERR 30.5 %, Pok 95.7 %, harm 6).
MIN_WORDS = 400
CEILING = 0.92


def spin_score(candidates, words: int) -> float:
    return _tell_score(sum(1 for c in candidates if c.is_tell), words)


# Ambiguous swaps, summed by prior, per 1,000 words at which they alone make a document count as
# probably spun (one half). A spun page with few unambiguous tells still holds many of them (the
# training pairs: 7-29 per 1,000 words, 11.7 on a box-office page with no tell at all); clean text
# holds few (our clean corpus: at most 5.8, scientific abstracts; news at most 1.8). The fourth
# power keeps clean text near zero (5.8 -> 0.05). Measured (bench/recall_loso.py): a midpoint of
# 12 gains 0.5 points of LOSO ERR with no new false alarm; 8 gained 0.7 but quadrupled them.
SOFT_HALF_DENSITY = 12.0


def soft_spin_score(candidates, words: int, half: float = SOFT_HALF_DENSITY) -> float:
    """How spun a document looks from its ambiguous swaps alone (their priors summed)."""
    return _soft_score(sum(c.prior for c in candidates if not c.is_tell), words, half)


# The same for ambiguous tortured phrases (one swapped word, or a swap-back no term list knows).
# Measured (2026-12-02, priors summed per 1,000 words): clean science and news at most 1.6 and 3.3
# (bench/corpus, the training pairs), so the score stays below 0.1 there; a paper-mill text whose
# tortured phrases are mostly unlisted holds 6 and more (carriers of the development fifth: 6-15).
# Midpoint 8 -> 6: development fifth recall 26.7 -> 27.6 %, Pok 92.2 -> 92.3 %, no new false find
# (bench/tortured.py --only dev, clean, mixed).
SOFT_TORTURED_HALF_DENSITY = 6.0
# Tortured-phrase tells per 1,000 words at which the tortured score reaches one half. Lower than
# the news spinner's (HALF_SCORE_DENSITY): clean science holds no tortured tell at all, where clean
# news holds a few spinner tells. 4 -> 2.5: development fifth recall 26.4 -> 26.7 %, Pok 92.2 %.
TORTURED_HALF_DENSITY = 2.5


def tortured_score(candidates, words: int) -> float:
    """How tortured a document looks: from its tells, or from many ambiguous tortured phrases."""
    tells = sum(1 for c in candidates if c.is_tell)
    return max(_tell_score(tells, words, TORTURED_HALF_DENSITY),
               soft_spin_score(candidates, words, SOFT_TORTURED_HALF_DENSITY))


# A tortured phrase is judged by the evidence around it: the other tortured phrases within this
# many words (half before it, half after). A paper-mill paper is paraphrased throughout, so there
# the neighbourhood holds as much evidence as the whole text; a document that is tortured in one
# part only (a paraphrased introduction before the authors' own methods) must not have its clean
# sentences "repaired" on the strength of the other part.
# 1000 -> 500 words (bench/tortured.py, with the two-word dictionary route): mixed documents' false
# finds in the clean science after a paper-mill preamble 12 -> 6, other genres 3 -> 1; the
# development fifth's recall unchanged (a paper-mill text holds its phrases every few sentences).
LOCAL_WORDS = 500


def local_tortured_scores(candidates, text_length: int, words: int, width: int = LOCAL_WORDS,
                          at: list[int] | None = None) -> list[float]:
    """Per candidate, :func:`tortured_score` of the tortured phrases in its neighbourhood
    (``width`` words around it, measured in characters at the document's mean word length; the
    whole text when it is shorter). Prefix sums over the candidates sorted by position: linear
    after the sort. ``at``: score these character offsets instead (a news swap's neighbourhood)."""
    import bisect
    n = len(candidates)
    if at is not None and n == 0:
        return [0.0] * len(at)
    if n == 0:
        return []
    chars_per_word = max(text_length, 1) / max(words, 1)
    half = width / 2 * chars_per_word
    order = sorted(range(n), key=lambda k: candidates[k].start)
    starts = [candidates[k].start for k in order]
    tells = [0]
    soft = [0.0]
    for k in order:
        c = candidates[k]
        tells.append(tells[-1] + (1 if c.is_tell else 0))
        soft.append(soft[-1] + (0.0 if c.is_tell else c.prior))
    positions = [c.start for c in candidates] if at is None else at
    out = [0.0] * len(positions)
    for k, pos in enumerate(positions):
        lo = max(0.0, pos - half)
        hi = min(float(text_length), pos + half)
        if hi - lo < 2 * half:   # at an end of the text: the window slides inwards
            lo, hi = max(0.0, min(lo, text_length - 2 * half)), min(float(text_length), max(hi, 2 * half))
        a, b = bisect.bisect_left(starts, lo), bisect.bisect_right(starts, hi)
        in_words = max(1, round((hi - lo) / chars_per_word))
        t = tells[b] - tells[a]
        w = soft[b] - soft[a]
        out[k] = max(_tell_score(t, in_words, TORTURED_HALF_DENSITY), _soft_score(w, in_words, SOFT_TORTURED_HALF_DENSITY))
    return out


def _tell_score(tells: int, words: int, half: float = HALF_SCORE_DENSITY) -> float:
    density = 1000.0 * tells / max(words, MIN_WORDS)
    return density * density / (density * density + half ** 2)


def _soft_score(soft: float, words: int, half: float) -> float:
    d = 1000.0 * soft / max(words, MIN_WORDS)
    return d ** 4 / (d ** 4 + half ** 4)


# Priors below this rise more slowly with the spin score: an entry with prior 0.1 (a swap that is
# as often the writer's own word) stays below the default threshold even in a heavily spun
# document; it is shown for review, never applied by --accept-all at the default threshold.
WEAK_PRIOR = 0.25


def confidence(candidate, score: float) -> float:
    prior = candidate.prior
    if candidate.is_tell:
        return prior
    weight = min(1.0, prior / WEAK_PRIOR)
    return prior + (CEILING - prior) * score * weight


# A document whose tortured-phrase tells outnumber the spinner's at least this many to one.
PAPER_MILL_RATIO = 2


def paper_mill(tortured, spinner) -> bool:
    """The text reads as a paper-mill paper rather than spun news: its tortured-phrase tells
    outnumber the news spinner's at least ``PAPER_MILL_RATIO`` to one. The spinner tells such a
    paper holds are mostly the same paraphraser's work ("sun powered" for "solar"), so they must
    not raise ambiguous news swaps ("technique" -> "strategy") or open the restorer's gate.
    Ambiguous tortured phrases count by their priors (three weak ones about as much as one tell):
    most of a paper's tortured phrases may be in no list."""
    t = sum(1 for c in tortured if c.is_tell)
    s = sum(1 for c in spinner if c.is_tell)
    weak = sum(c.prior for c in tortured if not c.is_tell)
    return t >= 2 and t + weak >= PAPER_MILL_RATIO * s
