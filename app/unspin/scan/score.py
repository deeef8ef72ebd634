"""The scan score: how spun a whole document looks, for ranking a corpus.

The engine's spin score (:mod:`unspin.engine.scoring`) counts only unambiguous tells; it sets how
far ambiguous swaps are trusted while repairing, and it is 0 on many short spun pages whose
spinner used ambiguous swaps only ("stated", "instructed", "solely"). Ranking needs all the
evidence, so the scan score adds up every reported suggestion weighted by its confidence, per
1,000 words, and maps that density to 0..1.

Measured on the labelled set of ``bench/scan_auc.py`` (spun news vs its originals, carrier texts,
and the clean corpus cut into 250-word passages) with the lexicons of 2026-12-02 (which report
many weak 0.1-prior swaps): clean passages give a median of 13 confidence points per 1,000 words
(90th percentile 20), spun pages 16 and up (median 70). The midpoint is set between them; the
ranking (AUC) does not depend on it, only the level names do.
"""
from __future__ import annotations

from collections import Counter

# Confidence points per 1,000 words at which the score is one half.
HALF_EVIDENCE = 25.0
# Short texts are scored as if they had this many words: one swap in a 40-word note is not
# evidence of a spun document (spun pages as short as 50 words exist, so it is kept low).
MIN_WORDS = 150
# "4" -> "four" style suggestions (house style, not spin: common in clean scientific text).
NUMERAL_WEIGHT = 0.25
NUMERAL_RULE_PREFIX = "numerals"

# (lowest score, name): the level printed beside the score.
LEVELS = ((0.6, "high"), (0.3, "medium"), (0.05, "low"), (0.0, "none"))


def weight(suggestion) -> float:
    w = suggestion.confidence
    if suggestion.rule.startswith(NUMERAL_RULE_PREFIX):
        w *= NUMERAL_WEIGHT
    return w


def evidence(suggestions, words: int) -> float:
    """Confidence-weighted suggestions per 1,000 words."""
    return 1000.0 * sum(weight(s) for s in suggestions) / max(words, MIN_WORDS)


def scan_score(suggestions, words: int) -> float:
    e = evidence(suggestions, words)
    return e * e / (e * e + HALF_EVIDENCE * HALF_EVIDENCE)


def level(score: float) -> str:
    for floor, name in LEVELS:
        if score >= floor:
            return name
    return "none"


def tortured_verdict(analysis, min_confidence: float) -> dict:
    """The paper verdict on tortured phrases (:mod:`unspin.core.verdict`, the one the window and
    ``check --json`` give): ``{count, per_1k, level}``."""
    return analysis.tortured(min_confidence).to_json()


def strongest_tells(suggestions, limit: int = 5) -> list[dict]:
    """The most confident distinct swaps ("a go to" -> "a visit"), with how often each occurs."""
    counts = Counter(s.key for s in suggestions)
    best: dict[tuple[str, str], object] = {}
    for s in suggestions:
        if s.rule.startswith(NUMERAL_RULE_PREFIX):
            continue
        kept = best.get(s.key)
        if kept is None or s.confidence > kept.confidence:
            best[s.key] = s
    ranked = sorted(best.values(), key=lambda s: (-s.confidence, -counts[s.key], s.original.lower()))
    return [{"original": s.original, "replacement": s.replacement, "confidence": round(s.confidence, 2),
             "count": counts[s.key]} for s in ranked[:limit]]
