"""Vetoes of observed swap rates (resources/channel/rate_vetoes.tsv, engine/swap_rates.py).

A veto row says where the observed rate of one swap must not stand, and nothing else: unlike a
lexicon entry it adds no candidate and leaves the form uncovered, so the rate still stands alone
elsewhere ("a dramatic ground vote" is still a spun "floor vote"). Sentences written for these tests.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from unspin.engine.channel import ChannelTable
from unspin.engine.lexicon import parse_lexicon
from unspin.engine.swap_rates import (VETOES_NAME, RateRow, bundled_rate_paths, bundled_veto_paths, load_vetoes,
                                      parse_vetoes)

from test_news_repair import body

HEADER = "spun\toriginal\twhen\tnote\n"


def test_veto_rows_parse_and_bad_lines_are_reported_with_their_number():
    text = ("# a comment\n" + HEADER
            + "ground\tfloor\t!near:stadium|pitch,!before:floor\tA stadium's ground.\n"
            + "had been\twere\t!after_singular\n"                    # the note is optional
            + "ground\tfloor\tnear:stadium\tnot negated\n"
            + "ground\tfloor\t!dep:nsubj\treads the parse\n"
            + "ground\tfloor\t!nonsense:x\tunknown condition\n"
            + "ground\tfloor\n"
            + "ground\t\t!near:pitch\tno original\n")
    rows, problems = parse_vetoes(text, "vetoes.tsv")
    assert [(r.spun, r.original, len(r.when)) for r in rows] == [("ground", "floor", 2), ("had been", "were", 1)]
    assert all(c.negate for r in rows for c in r.when)
    assert [p.line for p in problems] == [5, 6, 7, 8, 9]
    assert all(p.path == "vetoes.tsv" and p.message for p in problems)


def test_the_bundled_vetoes_parse_cleanly_and_are_no_rates_table():
    paths = bundled_veto_paths()
    assert [p.name for p in paths] == [VETOES_NAME]
    rows, problems = load_vetoes(paths)
    assert problems == [] and rows
    assert VETOES_NAME not in [p.name for p in bundled_rate_paths()]


HEADER_LEX = "spun\trestored\tpos\twhen\tconfidence\tnote\n"
# a form seen for two originals: no original dominates, so a lexicon entry for it would make it theirs
SPLIT = RateRow("ground", "lemma", frozenset({"NOUN"}), 4, 0, 2, (("floor", 2), ("land", 2)))


def _table(rates, entries_text: str = "", vetoes_text: str = "") -> ChannelTable:
    entries, problems = parse_lexicon(HEADER_LEX + entries_text, "lex.tsv") if entries_text else ([], [])
    assert not problems
    vetoes, problems = parse_vetoes(HEADER + vetoes_text, "vetoes.tsv")
    assert not problems
    return ChannelTable.build(entries, (), rates, vetoes)


def test_a_veto_row_adds_no_candidate_and_leaves_the_form_uncovered():
    veto = "ground\tfloor\t!near:stadium\n"
    assert ("ground",) not in _table([], vetoes_text=veto).lemmas      # no candidate of its own
    table = _table([SPLIT], vetoes_text=veto)
    opt = table.lemmas[("ground",)]["floor"]
    assert opt.kept is not None and [c.name for _, c in opt.vetoes] == ["near"]
    assert not table.lemmas[("ground",)]["land"].vetoes                 # one swap's rate only
    assert ("ground",) not in table.backing.lemmas
    # a lexicon entry with the same veto makes the form the lexicon's: its rate only backs it up
    covered = _table([SPLIT], entries_text="ground\tfloor\tNOUN\t!near:stadium\t0.5\t\n")
    assert covered.backing.lemmas[("ground",)]["floor"].kept is not None
    assert covered.lemmas[("ground",)]["floor"].kept is None


@pytest.mark.parametrize("sentence", [
    "The club's ground holds 30,000 fans and the pitch was relaid in the summer.",
    "The ground was too wet for play on Saturday.",
    "The stadium's ground staff worked through the night.",
    "Rescue teams on the ground said the village had been cut off.",
    "The old tower fell to the ground during the storm.",
    "Its profit for the quarter had been boosted by a one-off sale.",   # the pluperfect, a singular subject
    "The bank reports low profits every winter.",                      # "less" before a plural noun
    # lexicon rows that matched the writer's words (news_common_tail, news_common_heads)
    "The company reported lower sales for the quarter.",               # "report low" -> "record low"
    "The cost of living rose again in May.",                           # "again in" -> "back in"
    "Police appealed for witnesses after a person was stabbed in the town centre.",  # "a person" -> "one"
    "Researchers trained the AI model on millions of images.",          # "model" -> "version"
    "The developer collapsed owing its suppliers millions.",            # "owing" -> "due" (a participle)
    "Engineers will carry out checks on the bridge overnight.",         # "carry" -> "hold" (phrasal "carry out")
])
def test_the_writers_own_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("sentence, repaired", [
    ("A dramatic ground vote is expected on Thursday.", "A dramatic floor vote is expected on Thursday."),
    ("The Speaker sent the bill to the ground for a vote on Friday.",
     "The Speaker sent the bill to the floor for a vote on Friday."),
    ("The senators had been unhappy with the plan.", "The senators were unhappy with the plan."),
    ("Shares hit a report low on Friday.", "Shares hit a record low on Friday."),
    ("The singer was again in London for the show.", "The singer was back in London for the show."),
    ("The match was called off owing to heavy rain.", "The match was called off due to heavy rain."),
])
def test_the_vetoed_rates_still_repair_elsewhere(engine, sentence, repaired):
    assert body(engine, sentence) == repaired


@pytest.fixture(scope="module")
def nlp():
    from unspin.engine.pipeline import available_pipeline, load_pipeline
    if available_pipeline() is None:
        pytest.skip("no spaCy pipeline installed")
    return load_pipeline()


@pytest.mark.parametrize("text, expected", [
    ("The month had been hard.", True),
    ("Revenue of $4bn had been expected.", True),
    ("A figure that had been expected never came.", True),
    ("The Chiefs had been an afterthought.", False),
    ("They had already been warned.", False),
    ("The reports that had been filed were late.", False),
])
def test_after_singular_reads_the_subject_before_the_phrase(nlp, text, expected):
    from unspin.engine.conditions import parse_condition
    doc = nlp(text)
    i = next(t.i for t in doc if t.lower_ == "had")
    assert parse_condition("after_singular")(doc, i, i + 2, i) is expected


@pytest.mark.parametrize("text, form, original, stands", [
    # the writer's own: a vetoed context
    ("The jury came back in next to no time on three counts of fraud.", "time on", "at", False),
    ("She spent time on the project every day.", "time on", "at", False),
    ("The charity maintained emergency care all winter.", "maintained", "hold", False),
    ("The council maintained the roads through the winter.", "maintained", "keep", False),
    ("He maintained that he had done nothing wrong.", "maintained", "keep", False),
    ("Police searched the grounds of the school.", "grounds", "floor", False),
    ("The two parties found common ground on the budget.", "ground", "floor", False),
    ("Sales were higher than had been expected.", "had been", "were", False),
    # writers55: the pluperfect progressive reaches back over a span (no spun "had been" seen stands before -ing)
    ("Fans had been waiting for hours.", "had been", "were", False),
    # a spun use the rate still repairs
    ("The measure heads to the Senate ground next week.", "ground", "floor", True),
    ("Fans had been angry about the ticket prices.", "had been", "were", True),
    ("The firm will maintain prices for a year.", "maintain", "keep", True),
    # a race's or a theatre's stage and an early stage are the writer's; a "high stage of" debt is spun
    ("The rider won the stage after a long solo attack.", "stage", "level", False),
    ("The singer walked off the stage to loud applause.", "stage", "level", False),
    ("The talks are at an early stage, officials said.", "stage", "level", False),
    ("Debt has reached a high stage of concern.", "stage", "level", True),
    # "attracts tens of thousands" is the writer's; "attract attention" a spun "draw"
    ("The festival attracts tens of thousands every summer.", "attracts", "draw", False),
    # hostages, talks and a majority are held, not kept; grain in a silo may be a spun "keep"
    ("Democrats accused Republicans of holding the economy hostage.", "holding", "keep", False),
    ("The speaker is holding talks with the president.", "holding", "keep", False),
    ("Farmers hold the grain in silos over the winter.", "hold", "keep", True),
    # a government's agency is the writer's; "could" after a fear, "signaled" before a clause too
    ("The federal agency opened an inquiry into the contract.", "agency", "firm", False),
    ("Investors fear the slowdown could deepen next year.", "could", "would", False),
    ("OPEC signaled it would extend output cuts.", "signaled", "sign", False),
    ("The president signaled the bill on Friday.", "signaled", "sign", True),
    # tells55 (round 279): demand that lockdowns hurt or a dollar saps is the writer's (the pairs' one "charge");
    # a ruling that hands someone a victory or a defeat is the writer's "handed" (the spun use: a House that
    # "handed" a bill)
    ("Lockdowns in China could hurt demand for oil this winter.", "demand", "charge", False),
    ("A strong dollar sapped demand for exports.", "demand", "charge", False),
    ("Prosecutors dropped the demand against him after a year.", "demand", "charge", True),
    ("The ruling handed the regulator a major victory.", "handed", "pass", False),
    ("The vote handed the governor a rare defeat.", "handed", "pass", False),
    ("The House handed the measure on Friday.", "handed", "pass", True),
])
def test_the_bundled_vetoes_rule_out_the_writers_own_contexts(engine, nlp, text, form, original, stands):
    vetoes = engine.channel.rate_vetoes
    from unspin.engine.channel import _lemmas_of
    doc = nlp(text)
    words = form.split()
    i = next(t.i for t in doc if t.lower_ == words[0])
    keys = [(form, original)] if len(words) > 1 else [(s, original) for s in _lemmas_of(form)]
    conditions = [c for key in keys for _, c in vetoes.get(key, ())]
    assert all(c(doc, i, i + len(words), i) for c in conditions) is stands


# rates21: restorer changes of the writer's own word on hand-spun pages (a rocket's "launch" -> "release",
# "attracted a record number" -> "drawn", "helped by" -> "supported", reported "would" -> "will", "each
# journey" -> "trip", a buried villa "beneath" a field -> "under", a planet "crosses" its star -> "passes", "had
# been" -> "were" after a clause set off by commas). Each writer's sentence changed on main;
# where a spun use of the same swap is given, it is still repaired.
@pytest.mark.parametrize("writers, kept, spun, repaired", [
    ("The rocket's launch was delayed by strong winds at the coast.", "rocket's launch",
     "The film's wide launch comes next month.", "wide release"),
    ("The space agency, which approved the launch, said it would review the data from the satellite.",
     "approved the launch", None, None),
    ("The final had attracted a record number of viewers in the region.", "attracted a record",
     "The speech was meant to attract attention to the budget.", "draw attention"),
    ("Sales rose, helped by strong demand for its smaller cars.", "helped by", None, None),
    ("The transport minister urged both sides to return to talks, however mentioned the federal government "
     "would not intervene within the strike.", "would not intervene", None, None),
    ("Each journey on the quietest routes costs the council more than a bus fare.", "Each journey",
     "The president's first overseas journey begins on Monday.", "overseas trip"),
    ("Builders found the remains of a medieval hall beneath a field near the river.", "hall beneath a field",
     "The firm is beneath investigation by regulators.", "under investigation"),
    ("The telescope can measure the starlight that passes through a planet's air because it crosses in entrance "
     "of its star.", "it crosses in front", "The Senate is expected to cross the bill before the recess.",
     "pass the bill"),
    ("The hall, built in the nineteenth century, had been thought to be safe until the survey.",
     "had been thought", None, None),
    # reported speech shifts the tense back: near a reporting verb the pluperfect is the writer's
    ("A mother who gave birth there mentioned the nurses had been wonderful.", "had been wonderful",
     "The nurses had been wonderful to every family on the ward.", "were wonderful"),
    # ... also where the reported clause's subject is long (the reporting verb six words back), and
    # only within its sentence: the next sentence's "had been" is a spun "were" again
    ("Employees mentioned lots of the previous books had been ruined by the water.", "had been ruined",
     "Employees mentioned the flood. The other volunteers had been tireless all week.", "were tireless"),
])
def test_the_writers_word_stays_where_the_restorer_changed_it(engine, writers, kept, spun, repaired):
    assert kept in body(engine, writers)
    if spun is not None:
        assert repaired in body(engine, spun)


def test_a_writers_remark_is_no_possible_comment(engine):
    # sentences written for this test: after the spun preamble, "the remark" (a noun after a
    # determiner or a possessive) was a possible swap for "comment" (about 0.17) from the observed
    # rate; the spun uses ("declined to remark", "reached for remark") are still repaired
    from test_news_repair import SPUN_PREAMBLE
    for sentence in ("The judge instructed the jury to ignore the remark.",
                     "Her remark about the budget drew laughter from the committee."):
        text = SPUN_PREAMBLE + sentence
        assert not [s for s in engine.analyse(text).suggestions
                    if s.start >= len(SPUN_PREAMBLE) and s.replacement.lower().startswith("comment")]
    assert body(engine, "The chief executive declined to remark on the deal.") == \
        "The chief executive declined to comment on the deal."


def test_an_appointment_confirmed_stays_confirmed_beside_a_repair(engine):
    # the observed "confirm" -> "show" read the Senate's vote as spun once "slender" was repaired
    assert body(engine, "The Senate confirmed the nominee by a slender margin.") == \
        "The Senate confirmed the nominee by a narrow margin."


def test_manufacturing_as_an_industry_stays_on_a_spun_page(engine):
    # the observed lexicon's "manufacturing" -> "production" read a report's "Manufacturing activity"
    # as a spun production (the veto's conditions are the row's, as bench/grow_observed_lexicon.py
    # writes them); a film's "manufacturing" is still repaired
    assert body(engine, "Manufacturing activity contracted for a third month in a row.") == \
        "Manufacturing activity contracted for a third month in a row."
    assert body(engine, "The manufacturing of the film took three years.").startswith("The production of the")


def test_a_veto_written_everywhere_keeps_an_alignment_artefact_out_of_every_context(engine):
    # "loved ones" spun as "family members" gave the rate family -> loved, right nowhere: the veto
    # "!everywhere" rules it out in any sentence, and the family's spending stays the family's
    vetoes, problems = parse_vetoes(HEADER + "family\tloved\t!everywhere\tan artefact\n")
    assert problems == [] and len(vetoes) == 1
    assert body(engine, "The long slump continues to harm family spending and private investment.") == \
        "The long slump continues to harm family spending and private investment."
