"""Observed swaps at capitalised words: the spinner rewrites the words of names and titles too
("Workplace for Nationwide Statistics"), which the restorer otherwise leaves alone as names."""
from __future__ import annotations

from pathlib import Path

import pytest

from unspin.engine.channel import ChannelTable
from unspin.engine.swap_rates import RateRow, parse_rates

HEADER = "spun\tkind\tpos\tchanged\tkept\tsources\toriginals\n"


def test_cased_rows_parse_and_stay_out_of_the_lowercase_tables():
    rows, problems = parse_rates(HEADER + "tremendous\tcased\t\t5\t0\t3\tsuper:5\n", "rates.tsv")
    assert problems == [] and rows[0].kind == "cased"
    t = ChannelTable.build([], rates=rows)
    assert "super" in t.names.forms[("tremendous",)]
    # "a tremendous effort" is no "a super effort": the row is read at capitalised words only
    assert ("tremendous",) not in t.forms and ("tremendous",) not in t.lemmas
    assert "tremendous" in t.first_words   # a paragraph holding it is worth parsing (staged analysis)


def test_a_content_words_rate_stands_in_names_but_a_function_words_does_not():
    rows = [RateRow("workplace", "lemma", frozenset({"NOUN"}), 9, 0, 4, (("office", 9),)),
            RateRow("could", "surface", frozenset(), 4, 2, 3, (("would", 4),))]
    t = ChannelTable.build([], rates=rows)
    opt = t.names.lemmas[("workplace",)]["office"]
    assert opt.pos == frozenset()   # a word of a name is tagged PROPN, not NOUN
    # a capitalised "Could" mid-sentence is a spun month ("in Could" for "in May"), not a modal
    assert ("could",) not in t.names.forms and ("could",) in t.forms


def test_a_verbs_rate_does_not_stand_in_names():
    # "State Rep. Dunne" and "State's new quarterback" read "Say" from the observed "state" -> "say"
    # (reported speech): a word in a name is a noun or an adjective, never the verb
    rows = [RateRow("state", "lemma", frozenset({"VERB"}), 19, 0, 11, (("say", 19),)),
            RateRow("protection", "lemma", frozenset({"NOUN"}), 8, 0, 5, (("defense", 8),))]
    t = ChannelTable.build([], rates=rows)
    assert ("state",) not in t.names.lemmas and ("state",) in t.lemmas
    assert "defense" in t.names.lemmas[("protection",)]   # a noun's rate stands in names as before


def test_a_state_in_a_name_is_no_spun_say(engine):
    from test_news_repair import body
    for sentence in ("State Rep. Marisol Dunne said she would vote against the bill.",
                     "Northbrook State is 14-6 this season and in third place."):
        assert "Say" not in body(engine, sentence)


@pytest.fixture(scope="module")
def nlp():
    from unspin.engine.pipeline import available_pipeline, load_pipeline
    if available_pipeline() is None:
        pytest.skip("no spaCy pipeline installed")
    return load_pipeline()


SPUN = ("The invoice was handed within the Senate on Tuesday, the governor's workforce mentioned. Officers "
        "mentioned the ultimate vote would come subsequent week at a celebration for the workforce. Figures "
        "from the Workplace for Transport Statistics present that visitors rose, and the Tremendous League "
        "closing will go by the brand new bridge. A tremendous crowd is anticipated.")
ROWS = ("celebration\tlemma\tNOUN\t30\t0\t9\tparty:30\n"
        "workforce\tsurface\t\t30\t0\t9\tteam:30\n"
        "workplace\tlemma\tNOUN\t30\t0\t9\toffice:30\n"
        "tremendous\tcased\t\t12\t0\t5\tsuper:12\n")


def test_a_spun_name_is_repaired_and_a_lowercase_word_is_not(nlp, tmp_path: Path):
    from unspin.engine import Engine, EngineSettings
    path = tmp_path / "rates.tsv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    a = Engine(EngineSettings(swap_rates=[path]), nlp=nlp, processes=1).analyse(SPUN)
    fixed = {(s.original, s.replacement) for s in a.suggestions if s.confidence >= 0.5}
    assert ("Workplace", "Office") in fixed      # a lowercase word's rate, capitalised like the name
    assert ("Tremendous", "Super") in fixed      # a capitalised form's own rate
    assert not [s for s in a.suggestions if s.original == "tremendous"]


def test_a_lexicon_covered_forms_rate_stands_in_names_where_no_entry_acts():
    from unspin.engine.lexicon import parse_entry
    entry = parse_entry(["authorities", "government", "", "before:officials", "0.5", ""], {"group": "test"},
                        "test.tsv", 1)
    rows = [RateRow("authorities", "surface", frozenset(), 3, 0, 2, (("government", 2), ("officials", 1))),
            RateRow("division", "surface", frozenset(), 1, 4, 2, (("department", 1),))]
    t = ChannelTable.build([entry], rates=rows)
    # lowercase, the lexicon's conditions decide and the rate only backs them up ...
    assert ("authorities",) not in t.forms or all(o.kept is None for o in t.forms[("authorities",)].values())
    assert "government" in t.backing.forms[("authorities",)]
    # ... in a name ("the Division of Authorities Effectivity") the matcher does not act: the rate stands
    assert "government" in t.names.forms[("authorities",)]
    # a form more often the writer's own than a swap stays out of names too
    assert ("division",) not in t.names.forms


# A rough-looking spun page with few of the gate's usual tells: its one spun name that the language
# model knows well when repaired ("the Pacific Sea" for "the Pacific Ocean") says the page is spun.
NAMED = ("Two sailors crossed the Pacific Sea in a small boat and reached the harbour on Sunday night. "
         "Ticket costs had climbed for weeks, and every lodge in the town was full by Friday. "
         "Police said the crowd stayed calm until the last whistle.")
NAMED_ROWS = ("sea\tcased\t\t9\t0\t4\tocean:9\n"
              "lodge\tlemma\tNOUN\t6\t2\t3\thotel:6\n")


def test_a_strongly_repaired_name_opens_the_document_gate(nlp, tmp_path: Path):
    from unspin.engine import Engine, EngineSettings
    path = tmp_path / "rates.tsv"
    path.write_text(HEADER + NAMED_ROWS, encoding="utf-8")
    engine = Engine(EngineSettings(swap_rates=[path]), nlp=nlp, processes=1)
    a = engine.analyse(NAMED)
    assert a.spin_score >= 0.9
    fixed = {(s.original, s.replacement) for s in a.suggestions if s.confidence >= 0.5}
    assert ("Sea", "Ocean") in fixed
    # a name the repair does not make familiar is no such evidence
    b = engine.analyse(NAMED.replace("Pacific Sea", "Harbour Sea"))
    assert b.spin_score < 0.5


def test_a_names_fit_is_not_capped_where_the_document_does_not_look_spun():
    from unspin.engine.restorer import Choice, Decision, Site
    from unspin.engine.restorer.confidence import _rate_margin
    from unspin.engine.restorer.settings import CLEAN_FIT_CAP
    choices = [Choice("Sea", ("sea",), 0.3, rate=True), Choice("Ocean", ("ocean",), 0.6, rate=True)]
    # even priors; the sentence reads 6 nats better with the name repaired ("the Pacific Ocean")
    word = Decision(Site(0, 3, "Sea", list(choices)), 1, [1], 6.0, [0.0, 6.0], [0.0, 0.0], gate=0.2)
    name = Decision(Site(0, 3, "Sea", list(choices), name=True), 1, [1], 6.0, [0.0, 6.0], [0.0, 0.0], gate=0.2)
    assert _rate_margin(word)[1] == pytest.approx(CLEAN_FIT_CAP)
    assert _rate_margin(name)[1] == pytest.approx(6.0)
