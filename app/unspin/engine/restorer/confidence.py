"""From a decision's margin to a suggestion: the confidence curve, the odds an observed rate or a
weak candidate needs, and how a lexicon's own confidence moves with the restorer's reading.
"""
from __future__ import annotations

import math

from .settings import (
    CATEGORY,
    CLEAN_FIT_CAP,
    CLEAN_GATE,
    CROSS_MIN_PRIOR,
    LEXICON_CROSS_MARGIN,
    LEXICON_SPREAD,
    NAME_FIT_CAP,
    OFFSET,
    ORIGINALS_COMPETE,
    POSSIBLE,
    RATE_OFFSET,
    RATE_SLOPE,
    RULE_PREFIX,
    SLOPE,
    SPUN_GATE,
    SPUN_RATE_OFFSET,
    WEAK_CREDIT,
    WEAK_GATE,
)
from .lattice import Decision


def name_fit(d: Decision) -> float:
    """How much better the sentence reads with a name's best repair than as written, the channel
    terms taken out (nats): the language model's own verdict on the repaired name."""
    b = d.ranked[0]
    return (d.scores[b] - d.priors[b]) - (d.scores[0] - d.priors[0])


def confidence(margin: float, rate: bool = False, gate: float = 0.0) -> float:
    """How sure a change is, from its margin over keeping the text. A choice scored by an observed
    rate has a margin that is already a log posterior odds; the others' margins are calibrated.
    ``gate``: the document's spin probability; in a document that is surely spun an observed swap
    needs less (``SPUN_RATE_OFFSET``)."""
    offset = SPUN_RATE_OFFSET if gate >= SPUN_GATE else RATE_OFFSET
    x = RATE_SLOPE * (margin - offset) if rate else SLOPE * (margin - OFFSET)
    if x < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def adjust_lexicon_confidence(conf: float, margin: float | None, threshold: float, gate: float = 0.0,
                              prior: float = 1.0) -> float:
    """A matcher candidate's confidence, moved by how well its repair reads in context.

    The lexicon's prior and the document's spin score put most ambiguous repairs of a spun
    document at the same ceiling; the language model's margin for the repair in its sentence
    separates the ones that read naturally from the ones that do not, by at most
    ``LEXICON_SPREAD`` either way. It never carries a candidate across ``threshold``: the
    conditions decide what is applied, the language model only ranks within each side; except
    in a document that looks spun (``gate``, the spin probability, at least ``WEAK_GATE``), where a
    margin of ``LEXICON_CROSS_MARGIN`` nats or more lifts a candidate to the threshold, unless its
    entry's ``prior`` is ``CROSS_MIN_PRIOR`` or less.
    """
    if margin is None or math.isinf(margin):
        return conf
    moved = conf + LEXICON_SPREAD * math.tanh(margin / 4.0)
    if conf >= threshold:
        return min(0.99, max(threshold, moved))
    if gate >= WEAK_GATE and margin >= LEXICON_CROSS_MARGIN and prior > CROSS_MIN_PRIOR:
        return threshold
    return max(0.01, min(threshold - 0.01, moved))


def _rate_margin(d: Decision) -> tuple[int, float]:
    """Log odds of the best change against every other reading (keeping the text or another
    original): a form that stood for several originals ("method": way, approach, process) is only
    sure when the sentence picks one of them clearly."""
    scores = d.scores
    best = max(range(1, len(scores)), key=lambda b: scores[b])
    margin = _over_the_rest(scores, best)
    if d.gate < CLEAN_GATE and d.priors:
        prior = _over_the_rest(d.priors, best)
        margin = prior + min(margin - prior, NAME_FIT_CAP if d.site.name else CLEAN_FIT_CAP)
    return best, margin


def _over_the_rest(values: list[float], best: int) -> float:
    """Log odds of reading ``best`` against every other reading of the site together."""
    return values[best] - _log_sum([v for b, v in enumerate(values) if b != best])


def _log_sum(values: list[float]) -> float:
    m = max(values)
    return m + math.log(sum(math.exp(v - m) for v in values))


def decision_confidence(d: Decision, bonus: float = 0.0) -> tuple[int, float]:
    """The choice a decision offers and how sure it is: from its sentence, plus ``bonus`` nats of
    evidence from the rest of the document (:mod:`local_evidence`), added to the margin."""
    best = d.ranked[0]
    if d.site.choices[best].rate:
        best, margin = _rate_margin(d)
        return best, confidence(margin + bonus, True, d.gate)
    if d.site.choices[best].weak:
        # its credit was measured on the margin over keeping the text, and its tenfold-lower odds
        # already let it win only where the sentence clearly prefers it
        return best, confidence(d.margin + bonus + WEAK_CREDIT)
    return best, confidence(_change_margin(d, best) + bonus)


def _change_margin(d: Decision, best: int) -> float:
    """How much more likely the best change is than every other reading of the site: keeping the
    text, and, where the site offers several originals (``ORIGINALS_COMPETE``), the other originals
    too. A form several heads swap to ("method": way, process, approach) may be surely spun and still
    not surely *this* original; the margin over keeping the text alone says only the first."""
    if not ORIGINALS_COMPETE or len(d.ranked) < 2:
        return d.margin
    return _over_the_rest(d.scores, best)


def sure_of_original(d: Decision) -> bool:
    """Whether the doubt about a change is only whether the site was spun, not which original it
    stood for: evidence that the passage is spun (:mod:`local_evidence`) settles only the first. An
    observed rate weighs every original already (``_rate_margin``); otherwise the site must offer
    one original. (With a thesaurus of every pair's swaps, ``bench/restorer_eval.py --oracle``,
    lending sites of several candidates that evidence added 2 harmful edits for every 5 helpful.)"""
    return d.site.choices[d.ranked[0]].rate or len(d.ranked) == 1


def observed_swap(d: Decision) -> bool:
    """The change a decision offers is an observed swap (:mod:`swap_rates`), whose candidate the
    rest of the document may attest (:mod:`local_evidence`)."""
    return d.site.choices[decision_confidence(d)[0]].rate


def suggestion_for(d: Decision, threshold: float, bonus: float = 0.0, lifted: bool = False):
    """The suggestion a decision makes: a repair when the best reading changes the text with a margin
    that gives at least ``threshold`` confidence, else a quiet "possible spin" with its candidates.
    ``bonus``: log odds the rest of the document lends the change (:mod:`local_evidence`); ``lifted``:
    the learned calibration (:mod:`site_calibration`) finds the change likely enough to apply."""
    from unspin.core.model import Suggestion

    site = d.site
    best, conf = decision_confidence(d, bonus)
    if lifted:
        conf = max(conf, threshold)
    choice = site.choices[best]
    alternatives = [site.choices[b].text for b in d.ranked if b != best]
    rule = f"{RULE_PREFIX}:{choice.rule}" if choice.rule else RULE_PREFIX
    if conf >= threshold:
        category = CATEGORY
        why = (f'"{site.original}" is a spinner\'s swap for "{choice.text}" in some synonym lists, and in this '
               f'sentence "{choice.text}" reads as ordinary English where "{site.original}" does not.')
        if choice.weak:
            why = (f'"{site.original}" is a spinner\'s swap for "{choice.text}" in the lexicon only in other contexts; '
                   f'this document looks spun, and in this sentence "{choice.text}" reads far better.')
    else:
        category = POSSIBLE
        why = (f'Possibly spun: "{site.original}" may stand for "{choice.text}" (a known spinner swap), but '
               f'the sentence reads about as well as written. Check it against the source if you have one.')
    return Suggestion(site.start, site.end, site.original, choice.text, alternatives, conf, category, rule, why)
