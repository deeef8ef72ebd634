"""Decoding the lattices: Viterbi over each sentence's sites under the channel and the language model,
the max-marginals that give each site its margin, and the document gate (:func:`spin_probability`).
"""
from __future__ import annotations

import math

from unspin.engine.langmodel import LanguageModel
from .settings import (
    BACKED_BONUS,
    FLOOR_ODDS,
    GATE_CEILING,
    GATE_FLOOR,
    HALF_SHARE,
    IMPOSSIBLE,
    KEEP_UNKNOWN,
    LEAN_GATE,
    MIN_REPORTED_MARGIN,
    MIN_SITES,
    NAME_GATE,
    NAME_STRONG_FIT,
    NAME_TELLS,
    STRONG_MARGIN,
    WEAK_GATE,
)
from .lattice import Choice, Decision, Lattice, Site
from .confidence import _rate_margin, confidence, name_fit


def _channel(choice_index: int, choice: Choice, s: float) -> float:
    if (choice.weak or choice.quiet) and s < WEAK_GATE or choice.lean and s < LEAN_GATE:
        return IMPOSSIBLE
    s = max(GATE_FLOOR, s)  # no document is certainly clean: a strong enough reading may still win
    if choice_index == 0:
        keep = KEEP_UNKNOWN if choice.odds is None else choice.odds
        return math.log((1.0 - s) + s * keep)
    return math.log(max(s * choice.odds, FLOOR_ODDS))


def _priors(site: Site, s: float, lm: LanguageModel) -> list[float]:
    """The channel term of each choice of a site (log).

    An observed rate is a posterior, P(original | form): it already says how much more common the
    original is than the form. The language model scores each reading with its own word
    frequencies too, so for those choices the context-free probability of the reading is divided
    back out (times that of the words as written): what the model then adds is only how much
    better each reading fits *this* sentence than words of its frequency would."""
    out = []
    keep_logp = None
    for b, ch in enumerate(site.choices):
        v = _channel(b, ch, s)
        if b and ch.rate:
            if keep_logp is None:
                keep_logp = lm.sequence_logp(None, list(site.choices[0].words))
            v += keep_logp - lm.sequence_logp(None, list(ch.words))
        out.append(v)
    return out


History = tuple  # (the word before the previous one, the previous one); None where unknown or a break
NO_HISTORY: History = (None, None)


def _lm_run(lm: LanguageModel, hist: History, words) -> tuple[float, History]:
    total = 0.0
    before, prev = hist
    for w in words:
        if w is None:
            before = prev = None
            continue
        total += lm.logp3(before, prev, w)
        before, prev = prev, w
    return total, (before, prev)


def _history_after(site: Site, choice: Choice, before: str | None = None) -> History:
    """The two words a reading of a site leaves for the words after it. With a one-word reading the
    word before it is the last fixed word before the site; when another site stands right before,
    that word depends on the other site's choice, which the chain does not carry: ``before``, the
    caller's best guess at it (that site's best choice given this one), or unknown."""
    words = choice.words
    if len(words) >= 2:
        return words[-2], words[-1]
    if len(words) == 1:
        fixed = site.fixed_before
        return (fixed[-1] if fixed else before), words[0]
    return NO_HISTORY


def _word_before(lm: LanguageModel, sites: list[Site], k: int, back: list[list[int]], b: int) -> str | None:
    """The word before site ``k`` when no fixed word stands between it and the site before: that
    site's best choice given choice ``b`` at ``k`` (the forward pass's back-pointer), or the
    sentence start."""
    if k == 0:
        return lm.sentence_start
    a = back[k][b]
    words = sites[k - 1].choices[a].words if a >= 0 else ()
    return words[-1] if words else None


def decode_lattice(lat: Lattice, lm: LanguageModel, s: float) -> list[Decision]:
    sites = lat.sites
    k_n = len(sites)
    # alpha[k][b]: best score of the sentence up to site k with choice b.
    chan = [_priors(site, s, lm) for site in sites]
    alpha: list[list[float]] = []
    back: list[list[int]] = []
    for k, site in enumerate(sites):
        # each previous choice's score through the fixed words up to this site, and the history it leaves
        if k:
            entries = []
            for a, prev in enumerate(sites[k - 1].choices):
                before = _word_before(lm, sites, k - 1, back, a)
                fixed_score, hist = _lm_run(lm, _history_after(sites[k - 1], prev, before), site.fixed_before)
                entries.append((a, alpha[k - 1][a] + fixed_score, hist))
        else:
            fixed_score, hist = _lm_run(lm, (None, lm.sentence_start), site.fixed_before)
            entries = [(-1, fixed_score, hist)]
        row, bp = [], []
        for b, ch in enumerate(site.choices):
            best, arg = -math.inf, -1
            for a, base, hist in entries:
                own, _ = _lm_run(lm, hist, ch.words)
                v = base + own
                if v > best:
                    best, arg = v, a
            row.append(best + chan[k][b])
            bp.append(arg)
        alpha.append(row)
        back.append(bp)
    # beta[k][b]: best score of everything after site k given choice b at k.
    beta: list[list[float]] = [[0.0] * len(site.choices) for site in sites]
    ending = (lm.sentence_end,) if lm.sentence_end else ()
    for k in range(k_n - 1, -1, -1):
        for b, ch in enumerate(sites[k].choices):
            hist = _history_after(sites[k], ch, _word_before(lm, sites, k, back, b))
            if k == k_n - 1:
                beta[k][b], _ = _lm_run(lm, hist, lat.tail + ending)
                continue
            nxt = sites[k + 1]
            fixed_score, hist = _lm_run(lm, hist, nxt.fixed_before)
            best = -math.inf
            for c, ch2 in enumerate(nxt.choices):
                own, _ = _lm_run(lm, hist, ch2.words)
                v = fixed_score + own + chan[k + 1][c] + beta[k + 1][c]
                best = max(best, v)
            beta[k][b] = best
    # The joint best path.
    path = [0] * k_n
    if k_n:
        last = max(range(len(sites[-1].choices)), key=lambda b: alpha[-1][b] + beta[-1][b])
        path[-1] = last
        for k in range(k_n - 1, 0, -1):
            path[k - 1] = max(back[k][path[k]], 0)
    out = []
    for k, site in enumerate(sites):
        scores = [alpha[k][b] + beta[k][b] for b in range(len(site.choices))]
        ranked = sorted(range(1, len(site.choices)), key=lambda b: -scores[b])
        margin = scores[ranked[0]] - scores[0] if ranked else -math.inf
        out.append(Decision(site, path[k], ranked, margin, scores, chan[k], s, _beside(sites, path, k)))
    return out


def without_lean(lat: Lattice) -> Lattice:
    """The lattice with its lean sites read as fixed words (as written)."""
    if not any(site.choices[-1].lean for site in lat.sites):
        return lat
    sites: list[Site] = []
    carry: tuple = ()
    for site in lat.sites:
        if site.choices[-1].lean:
            carry += site.fixed_before + site.choices[0].words
            continue
        if carry:
            site = Site(site.start, site.end, site.original, site.choices, carry + site.fixed_before, site.external,
                        site.name, site.words_before, site.words_after)
            carry = ()
        sites.append(site)
    return Lattice(sites, carry + lat.tail, lat.words, lat.start, lat.end, lat.shadow)


def _beside(sites: list[Site], path: list[int], k: int) -> bool:
    """Whether a site next to site ``k`` (no fixed word between) changes on the best path with a
    choice that is not itself lean. A lexicon entry that holds because of this site's word ("as much
    as" -> "up to" after "faces") is no reason to change that word to one the entry would not accept
    ("faces as much as 20 years" is no "stands up to 20 years"; "Home handed" may be "House passed")."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(sites) and path[j] and not sites[j].choices[path[j]].lean \
                and not sites[max(j, k)].fixed_before and _accepted_beside(sites[j], sites[k].choices[path[k]], j > k):
            return True
    return False


def _accepted_beside(site: Site, choice: Choice, after: bool) -> bool:
    """``choice`` (a lean change just before ``site`` when ``after``, else just after it) leaves a word
    that ``site``'s entry accepts next to it (any word, if its entry reads none)."""
    accepted = site.words_before if after else site.words_after
    if accepted is None or not choice.words:
        return True
    word = choice.words[-1] if after else choice.words[0]
    return word in accepted or any(word.startswith(a) and len(word) - len(a) <= 3 for a in accepted if len(a) >= 3)


def spin_probability(lattices: list[Lattice], lm: LanguageModel, tell_score: float = 0.0) -> float:
    """The document gate: how likely this document is spun.

    The evidence is the share of the restorer's sites where the language model, with an even prior,
    strongly prefers a candidate original to the words as written (margin >= ``STRONG_MARGIN``):
    in spun news one site in five or more, in clean text a few in a hundred (measured on the
    training pairs and bench/corpus, see bench/README.md). Short documents count as having at
    least ``MIN_SITES`` sites so that two lucky sites do not make a note look spun. The matcher's
    spin score from unambiguous tells (``tell_score``) is evidence too: the larger one wins.
    """
    strong = sites = names = 0
    for lat in lattices:
        # lean sites wait for this gate like weak candidates (and would only cost decoding here)
        for d in decode_lattice(without_lean(lat), lm, 0.5):
            if d.site.name and d.ranked and name_fit(d) >= NAME_STRONG_FIT:
                names += 1
            if d.site.external or d.site.choices[0].rate:
                # observed rates say how a form reads *given* spun text; they are no evidence of spin
                continue
            sites += 1
            if d.best and d.margin >= STRONG_MARGIN and not d.site.choices[d.best].weak:
                strong += 1  # a weak candidate waits for this gate: it cannot open it
    share = strong / max(sites, MIN_SITES)
    p = share * share / (share * share + HALF_SHARE * HALF_SHARE)
    if names >= NAME_TELLS:
        p = max(p, NAME_GATE)
    return min(GATE_CEILING, max(p, tell_score))


def decode(lattices: list[Lattice], lm: LanguageModel, s: float,
           rated: dict | None = None) -> tuple[list[Decision], dict]:
    """Decisions for the restorer's own sites (not the matcher's), in text order, and the margins of
    the matcher's candidates in context: {(start, end): margin}. ``rated`` receives, for matcher
    candidates whose repair is also an observed swap and wins in context, the confidence that
    the observed rate gives it: {(start, end): confidence}."""
    rated = {} if rated is None else rated
    out: list[Decision] = []
    external: dict[tuple[int, int], float] = {}
    for lat in lattices:
        if s < LEAN_GATE:
            lat = without_lean(lat)  # their changes are impossible here: the same decisions, less work
        for d in decode_lattice(lat, lm, s):
            if d.site.external:
                external[(d.site.start, d.site.end)] = d.margin
                if d.site.choices[0].rate and d.ranked and d.site.choices[1].rate:
                    best, margin = _rate_margin(d)
                    if best == 1:
                        rated[(d.site.start, d.site.end)] = confidence(margin + BACKED_BONUS, True)
            elif d.ranked and d.margin >= MIN_REPORTED_MARGIN:
                if d.site.choices[d.ranked[0]].lean and not (d.beside and s >= LEAN_GATE):
                    continue  # a backing rate stands only beside a change
                out.append(d)
    return out, external
