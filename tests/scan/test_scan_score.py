from unspin.core.model import Suggestion
from unspin.scan import score


def _s(conf, category="spinner", rule="r", original="a", replacement="b"):
    return Suggestion(0, 1, original, replacement, [], conf, category, rule, "")


def test_more_confident_evidence_per_word_scores_higher():
    few = score.scan_score([_s(0.9)], 500)
    many = score.scan_score([_s(0.9)] * 10, 500)
    weak = score.scan_score([_s(0.2)] * 10, 500)
    assert 0 <= few < weak < many < 1
    assert score.scan_score([], 500) == 0


def test_short_texts_are_not_inflated_and_numerals_weigh_little():
    assert score.scan_score([_s(0.9)], 20) == score.scan_score([_s(0.9)], score.MIN_WORDS)
    digits = [_s(0.4, rule="numerals:digit-word")] * 4
    assert score.scan_score(digits, 300) < score.scan_score([_s(0.4)] * 4, 300)
    assert score.level(score.scan_score(digits, 300)) in ("none", "low")


def test_strongest_tells_are_distinct_ranked_and_counted():
    sugg = [_s(0.5, original="stated", replacement="said")] * 3 + [_s(0.97, original="a go to", replacement="a visit"),
            _s(0.4, rule="numerals:digit-word", original="5", replacement="five")]
    tells = score.strongest_tells(sugg)
    assert [t["original"] for t in tells] == ["a go to", "stated"]
    assert tells[1]["count"] == 3
