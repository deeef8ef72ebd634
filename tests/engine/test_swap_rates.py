"""Observed swap rates: the file format, the posteriors, the channel, and what the restorer does with them."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from unspin.engine.channel import ChannelTable
from unspin.engine.langmodel import LanguageModel
from unspin.engine.restorer import Choice, Decision, Lattice, Site, decode_lattice
from unspin.engine.restorer.confidence import _rate_margin
from unspin.engine.restorer.decode import _priors
from unspin.engine.restorer.settings import CLEAN_FIT_CAP
from unspin.engine.swap_rates import (SINGLE_SOURCE, SMOOTHING, RateRow, bundled_rate_paths, load_rates,
                                      parse_rates, rates_text)

HEADER = "spun\tkind\tpos\tchanged\tkept\tsources\toriginals\n"


def test_rows_parse_and_bad_lines_are_reported_with_their_number():
    text = ("# a comment\n" + HEADER
            + "within\tsurface\t\t9\t1\t5\tin:9\n"
            + "mention\tlemma\tVERB\t4\t0\t3\tsay:3|note:1\n"
            + "too\tfew\tcolumns\n"
            + "state\tlemma\tVERB\tmany\t0\t1\tsay:1\n"
            + "hold\tstem\t\t1\t0\t1\tkeep:1\n"
            + "empty\tsurface\t\t1\t0\t1\t\n")
    rows, problems = parse_rates(text, "rates.tsv")
    assert [r.spun for r in rows] == ["within", "mention"]
    assert rows[1].pos == frozenset({"VERB"}) and rows[1].originals == (("say", 3), ("note", 1))
    assert [p.line for p in problems] == [5, 6, 7, 8]
    assert all(p.path == "rates.tsv" and p.message for p in problems)


def test_rates_are_smoothed_posteriors_and_single_stories_count_less():
    many = RateRow("within", "surface", frozenset(), 9, 1, 5, (("in", 9),))
    assert many.rates() == [("in", pytest.approx(9 / (10 + SMOOTHING)))]
    assert many.kept_rate() == pytest.approx(1 - 9 / (10 + SMOOTHING))
    once = RateRow("within", "surface", frozenset(), 9, 1, 1, (("in", 9),))
    assert once.rates()[0][1] == pytest.approx(SINGLE_SOURCE * many.rates()[0][1])
    assert once.kept_rate() > many.kept_rate()


def test_text_round_trips(tmp_path: Path):
    rows = [RateRow("a number of", "surface", frozenset(), 3, 2, 2, (("several", 2), ("some", 1))),
            RateRow("mention", "lemma", frozenset({"VERB"}), 4, 0, 3, (("say", 4),))]
    path = tmp_path / "r.tsv"
    path.write_text(rates_text(rows, "header line\nsecond"), encoding="utf-8")
    again, problems = load_rates([path])
    assert again == rows and problems == []
    _, problems = load_rates([tmp_path / "missing.tsv"])
    assert problems and "cannot read" in problems[0].message


def test_the_bundled_table_parses_cleanly():
    paths = bundled_rate_paths()
    assert paths, "resources/channel/ holds the observed swap rates"
    rows, problems = load_rates(paths)
    assert problems == [] and len(rows) > 100
    # counts only: every row is a form, its evidence and its originals, never a sentence
    assert all(len(r.spun.split()) <= 4 and all(len(o.split()) <= 4 for o, _ in r.originals) for r in rows)


def test_channel_keys_rates_by_lemma_or_surface_and_keeps_the_kept_rate():
    rows, _ = parse_rates(HEADER + "mention\tlemma\tVERB\t4\t0\t3\tsay:4\nwithin\tsurface\t\t9\t1\t5\tin:9\n")
    t = ChannelTable.build(rates=rows)
    say = t.lemmas[("mention",)]["say"]
    assert say.by_lemma and say.pos == frozenset({"VERB"}) and say.kept == pytest.approx(rows[0].kept_rate())
    inn = t.forms[("within",)]["in"]
    assert not inn.by_lemma and inn.odds == pytest.approx(rows[1].rates()[0][1])


def _lm(tmp_path: Path) -> LanguageModel:
    (tmp_path / "uni.txt").write_text("in 100000\nwithin 1000\nthe 200000\nroom 5000\n", encoding="utf-8")
    (tmp_path / "bi.txt").write_text("in the 10000\nwithin the 500\nthe room 800\n", encoding="utf-8")
    return LanguageModel.from_files(tmp_path / "uni.txt", tmp_path / "bi.txt", scale=1.0)


def test_a_rate_is_not_counted_twice_with_the_word_frequencies(tmp_path: Path):
    """The rate already holds that "in" is far more common than "within": the restorer divides the
    model's context-free odds back out, so only how well each word fits the sentence is added."""
    lm = _lm(tmp_path)
    site = Site(0, 6, "within", [Choice("within", ("within",), 0.2, rate=True),
                                 Choice("in", ("in",), 0.8, "observed:within", rate=True)])
    keep, change = _priors(site, 1.0, lm)
    assert keep == pytest.approx(math.log(0.2))
    assert change == pytest.approx(math.log(0.8) + lm.unigram_logp("within") - lm.unigram_logp("in"))
    d = decode_lattice(Lattice([site], ("the", "room"), 3), lm, 1.0)[0]
    # what is left of the margin: the rates' log odds plus the context's preference
    context = lm.logp("in", "the") - lm.logp("within", "the")
    assert d.margin == pytest.approx(math.log(0.8 / 0.2) + context, abs=1e-6)


def test_rate_margin_counts_every_other_reading():
    site = Site(0, 6, "method", [Choice("method", ("method",), 0.1, rate=True),
                                 Choice("way", ("way",), 0.3, rate=True),
                                 Choice("approach", ("approach",), 0.3, rate=True)])
    even = Decision(site, 1, [1, 2], 1.0, [0.0, 1.0, 1.0])
    clear = Decision(site, 1, [1, 2], 1.0, [0.0, 1.0, -3.0])
    assert _rate_margin(even)[1] < 0 < _rate_margin(clear)[1]
    assert _rate_margin(clear)[0] == 1


def test_in_a_document_that_does_not_look_spun_the_sentence_cannot_carry_a_rate_far():
    site = Site(0, 5, "might", [Choice("might", ("might",), 0.3, rate=True),
                                Choice("will", ("will",), 0.6, rate=True)])
    # even priors, and the sentence's fit (scores minus priors) is 6 nats for "will"
    priors, scores = [0.0, 0.0], [0.0, 6.0]
    spun = Decision(site, 1, [1], 6.0, scores, priors, gate=0.9)
    clean = Decision(site, 1, [1], 6.0, scores, priors, gate=0.2)
    assert _rate_margin(spun) == (1, pytest.approx(6.0))
    assert _rate_margin(clean) == (1, pytest.approx(CLEAN_FIT_CAP))
    # a fit below the cap is left as it is
    assert _rate_margin(Decision(site, 1, [1], 1.0, [0.0, 1.0], priors, gate=0.2))[1] == pytest.approx(1.0)


# -- through the engine -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def nlp():
    from unspin.engine.pipeline import available_pipeline, load_pipeline
    if available_pipeline() is None:
        pytest.skip("no spaCy pipeline installed")
    return load_pipeline()


SPUN = ("The invoice was handed within the Senate on Tuesday, the White Home mentioned. Officers mentioned the "
        "ultimate vote would come subsequent week. The invoice provides 5 p.c. extra cash for roads than final "
        "12 months, and the governor mentioned she would signal it at a celebration with the workforce.")


def _engine(nlp, tmp_path: Path, rows: str, **kw):
    from unspin.engine import Engine, EngineSettings
    path = tmp_path / "rates.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return Engine(EngineSettings(swap_rates=[path], **kw), nlp=nlp, processes=1)


def test_an_observed_rate_repairs_in_a_spun_text_and_can_be_switched_off(nlp, tmp_path: Path):
    # swaps no built-in lexicon lists: what repairs them here is the rates
    rows = "celebration\tlemma\tNOUN\t30\t0\t9\tparty:30\nworkforce\tsurface\t\t30\t0\t9\tteam:30\n"
    on = _engine(nlp, tmp_path, rows).analyse(SPUN)
    fixed = {(s.original, s.replacement) for s in on.suggestions if s.confidence >= 0.5}
    assert ("celebration", "party") in fixed
    off = _engine(nlp, tmp_path, rows, disabled_groups={"news-observed"}).analyse(SPUN)
    assert not [s for s in off.suggestions if s.rule.startswith("restorer:observed")]


def test_a_clean_text_stays_clean_with_rates(nlp, tmp_path: Path):
    engine = _engine(nlp, tmp_path, "within\tsurface\t\t40\t1\t20\tin:40\nmethod\tlemma\tNOUN\t5\t0\t3\tway:5\n")
    text = ("The clinic reported that most patients were seen within two hours of arrival. A new method for "
            "sorting cases was introduced in March, and staff said it had helped during the busy winter. "
            "The hospital plans to publish the results in the autumn.") * 2
    a = engine.analyse(text)
    assert not [s for s in a.suggestions if s.confidence >= 0.5 and s.rule.startswith("restorer")]


def test_a_bad_rates_file_is_reported_and_the_rest_loads(nlp, tmp_path: Path):
    engine = _engine(nlp, tmp_path, "within\tsurface\t\t40\t1\t20\tin:40\nbroken line\n")
    assert [r.spun for r in engine.rates] == ["within"]
    assert any(p.line == 3 for p in engine.problems)


def _entry(spun: str, restored: str, when: str = ""):
    from unspin.engine.lexicon import parse_entry
    return parse_entry([spun, restored, "", when, "0.5", ""], {"group": "test"}, "test.tsv", 1)


def test_a_lexicon_covered_form_stands_on_its_rate_only_where_one_original_dominates():
    rows = [RateRow("extra", "surface", frozenset(), 10, 2, 8, (("more", 10),)),
            RateRow("might", "surface", frozenset(), 4, 2, 2, (("could", 2), ("may", 1), ("will", 1))),
            RateRow("mention", "lemma", frozenset({"VERB"}), 9, 0, 7, (("say", 9),))]
    entries = [_entry("extra", "more", "before:than"), _entry("might", "could", "before:be"),
               _entry("mention", "say", "reporting")]
    t = ChannelTable.build(entries, rates=rows)
    # "extra" was "more" every time: outside its entry's conditions the restorer may weigh it
    assert "more" in t.forms[("extra",)] and ("extra",) not in t.backing.forms
    # several originals: the lexicon's conditions keep it; the rate only backs up its candidates
    # (the entry itself is a weak candidate outside its conditions, not an observed rate)
    assert all(o.weak and o.kept is None for o in t.forms.get(("might",), {}).values())
    assert "could" in t.backing.forms[("might",)]
    # an entry guarding the word's sense ("mentioned the report" is no "said") keeps it
    assert ("mention",) not in t.lemmas and "say" in t.backing.lemmas[("mention",)]
    # with no lexicon covering them, all three stand on their rates
    bare = ChannelTable.build([], rates=rows)
    assert {("extra",), ("might",)} <= set(bare.forms) and ("mention",) in bare.lemmas
