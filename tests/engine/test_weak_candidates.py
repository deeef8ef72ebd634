"""Conditioned lexicon entries outside their conditions: weak candidates for the restorer.

A hand-written condition lists the contexts its author thought of; outside them the entry is
offered to the restorer at a tenth of its prior, only in documents that look spun, never where an
entry of the same form guards the word's sense or rules the context out (its negated conditions).
A one-word entry outside a grammatical condition too (the language model weighs whether the repair
fits), a phrase never. Sentences written for these tests.
"""
from __future__ import annotations

import math

import pytest

from engine_fixtures import shown_repair as repaired
from test_news_repair import SPUN_PREAMBLE, body
from unspin.engine.channel import CONDITIONED_ODDS, OUTSIDE_ODDS, ChannelTable
from unspin.engine.lexicon import parse_entry
from unspin.engine.restorer import Choice
from unspin.engine.restorer.decode import _channel
from unspin.engine.restorer.settings import IMPOSSIBLE, WEAK_GATE


@pytest.fixture(scope="module")
def nlp():
    from unspin.engine.pipeline import load_pipeline
    return load_pipeline()


def _entry(spun: str, restored: str, when: str = "", confidence: str = "0.5", pos: str = ""):
    return parse_entry([spun, restored, pos, when, confidence, ""], {"group": "test"}, "test.tsv", 1)


def _options(table: ChannelTable, *words: str) -> dict:
    return table.lemmas.get(tuple(words), {})


def test_a_context_list_entry_is_a_weak_candidate_at_a_tenth_of_its_prior():
    t = ChannelTable.build([_entry("impartial", "independent", "before:candidate|country", "0.8")])
    opt = _options(t, "impartial")["independent"]
    assert opt.weak and opt.vetoes == ()
    assert opt.odds == pytest.approx(0.8 * OUTSIDE_ODDS)


def test_a_lexicon_can_keep_its_conditioned_entries_from_being_weak_candidates():
    from unspin.engine.lexicon import parse_lexicon
    text = ("#@ weak-candidates: no\n#@ group: rough\nspun\trestored\tpos\twhen\tconfidence\tnote\n"
            "offers\tshares\t\tbefore:rose|fell\t0.85\t\nsupply cuts\tsupply reductions\t\t\t0.9\t\n")
    entries = parse_lexicon(text, "rough.tsv")[0]
    t = ChannelTable.build(entries)
    assert _options(t, "offers") == {}                          # the matcher's alone, where its condition holds
    assert "supply reductions" in _options(t, "supply", "cuts")  # an unconditioned entry is a candidate as usual
    assert ChannelTable.build([_entry("offers", "shares", "before:rose|fell", "0.85")]).lemmas[("offers",)]


def test_an_unconditioned_entry_is_a_full_candidate():
    t = ChannelTable.build([_entry("scale back", "reduce", "", "0.9")])
    opt = _options(t, "scale", "back")["reduce"]
    assert not opt.weak and opt.odds == pytest.approx(0.9)


def test_a_sense_guard_keeps_every_entry_of_the_form_out():
    # "mentioned the report" is no "said": a reporting condition guards the word's sense, so the
    # other entry of the same form makes no weak candidate either
    t = ChannelTable.build([_entry("mention", "say", "reporting"), _entry("mention", "note", "before:that")])
    assert _options(t, "mention") == {}


def test_a_phrase_with_a_grammar_condition_makes_no_weak_candidate():
    t = ChannelTable.build([_entry("aimed toward", "aimed at", "before_tag:vbg", "0.95")])
    assert _options(t, "aimed", "toward") == {}


def test_a_word_whose_spun_sense_belongs_to_a_topic_makes_no_weak_candidate():
    # "desk" is a spun "table" in a football report only: at "the president's desk" it is the writer's
    t = ChannelTable.build([_entry("desk", "table", "para_has:@soccer_match,near:top|bottom|league", "0.85")])
    assert _options(t, "desk") == {}
    # a phrase named for one topic keeps its weak candidate ("the federal government" is spun in
    # American stories too)
    t = ChannelTable.build([_entry("the federal government", "the government", "para_has:britain|uk", "0.8")])
    assert _options(t, "the", "federal", "government")["the government"].weak


def test_a_words_grammar_condition_makes_a_weak_candidate_and_its_negation_a_veto():
    # "barely" -> "slightly" written for a comparative; the spinner also writes "barely above"
    t = ChannelTable.build([_entry("barely", "slightly", "before_tag:jjr|rbr,!before_pos:noun", "0.85")])
    opt = _options(t, "barely")["slightly"]
    assert opt.weak and opt.odds == pytest.approx(0.85 * OUTSIDE_ODDS)
    assert [(head, c.name, c.negate) for head, c in opt.vetoes] == [(0, "before_pos", True)]


def test_negated_conditions_become_vetoes_with_the_entry_head():
    t = ChannelTable.build([_entry("impartial", "independent", "before:candidate,!after:fair|and,!near:neutral")])
    opt = _options(t, "impartial")["independent"]
    assert opt.weak
    assert sorted((head, c.name, c.negate) for head, c in opt.vetoes) == [(0, "after", True), (0, "near", True)]


def test_a_veto_keeps_the_weak_candidate_out_of_the_site(nlp):
    from unspin.engine.restorer import build_lattices

    t = ChannelTable.build([_entry("guy", "man", "before:said|told,!after:fall")])

    def candidates(text):
        doc = nlp(text)
        return [ch.text for lat in build_lattices(doc, 0, t, set(), set()) for site in lat.sites
                for ch in site.choices[1:]]

    assert candidates("A guy walked into the shop.") == ["man"]
    assert candidates("They blamed the fall guy for it.") == []


def test_a_weak_candidate_respects_the_contexts_another_entry_of_its_form_rules_out(nlp):
    # the stronger entry (the one the weak candidate takes its odds from) lists no "!near:", but the
    # other entry of the same form and repair says a "cabin" near "booked" is the writer's own
    from unspin.engine.restorer import build_lattices

    t = ChannelTable.build([_entry("cabin", "cottage", "before_lemma:sell|burn", "0.75", "NOUN"),
                            _entry("cabin", "cottage", "after:the,!near:booked|crew", "0.1", "NOUN")])
    opt = _options(t, "cabin")["cottage"]
    assert opt.weak and opt.odds == pytest.approx(0.75 * OUTSIDE_ODDS * CONDITIONED_ODDS)
    assert [(head, c.name, c.negate) for head, c in opt.vetoes] == [(0, "near", True)]

    def candidates(text):
        doc = nlp(text)
        return [ch.text for lat in build_lattices(doc, 0, t, set(), set()) for site in lat.sites
                for ch in site.choices[1:]]

    assert candidates("We rented a cabin by the lake for a week.") == ["cottage"]
    assert candidates("We had booked a cabin by the lake for a week.") == []
    # only the topics (negated "near" lists) are pooled: another entry's "!after:the" says where the
    # next entry takes over, not that "the cabin" is never spun
    t = ChannelTable.build([_entry("cabin", "cottage", "before_lemma:sell|burn,!after:the", "0.75", "NOUN"),
                            _entry("cabin", "cottage", "after:the,before_lemma:burn|sell,!after_lemma:rent", "0.9", "NOUN")])
    opt = _options(t, "cabin")["cottage"]
    assert opt.weak and opt.odds == pytest.approx(0.9 * OUTSIDE_ODDS * CONDITIONED_ODDS)
    assert [(head, c.name, c.negate) for head, c in opt.vetoes] == [(0, "after_lemma", True)]


def test_a_negated_condition_that_needs_the_parse_makes_no_weak_candidate():
    t = ChannelTable.build([_entry("issue", "problem", "before:with,!dep:dobj")])
    assert _options(t, "issue") == {}


def test_a_bad_negated_condition_makes_no_weak_candidate_and_no_error():
    # a user's lexicon row with an unknown condition: the matcher reports it; the channel skips it
    t = ChannelTable.build([_entry("guy", "man", "before:said,!no_such_condition:x")])
    assert _options(t, "guy") == {}


def test_an_entry_written_as_inflected_forms_is_keyed_by_them_too():
    # the matcher matches "reasonably priced" word by word as written; the restorer's lemma key
    # ("reasonably", "price") alone would never find it
    t = ChannelTable.build([_entry("reasonably priced", "affordable", "", "0.55", "ADJ|ADV")])
    assert "affordable" in t.forms[("reasonably", "priced")]


def test_the_gate_decides_whether_a_weak_candidate_is_offered():
    weak = Choice("independent", ("independent",), 0.07, "test:impartial", weak=True)
    full = Choice("independent", ("independent",), 0.07, "test:impartial")
    assert _channel(1, weak, WEAK_GATE - 0.01) == IMPOSSIBLE
    assert _channel(1, weak, 0.9) == pytest.approx(math.log(0.9 * 0.07))
    assert _channel(1, full, WEAK_GATE - 0.01) > IMPOSSIBLE


# --- End to end, with the built-in lexicons ---------------------------------------------------------

def test_outside_its_context_list_a_swap_is_restored_in_spun_text(engine):
    # "onerous" -> "hard" is listed in a few contexts only; in a spun document the sentence decides
    assert body(engine, "Finding a parking spot downtown is onerous on weekdays.") == \
        "Finding a parking spot downtown is hard on weekdays."
    suggestion = [s for s in engine.analyse(SPUN_PREAMBLE + "Finding a parking spot downtown is onerous on weekdays.")
                  .suggestions if s.original == "onerous"][0]
    assert suggestion.rule.startswith("restorer:") and "only in other contexts" in suggestion.explanation


def test_weak_candidates_wait_for_a_document_that_looks_spun(engine):
    sentence = "Finding a parking spot downtown is onerous on weekdays, and 500 reasonably priced homes are planned."
    assert repaired(engine, sentence) == sentence
    assert engine.analyse(sentence).spin_score < WEAK_GATE


def test_a_phrase_written_as_forms_is_restored_in_spun_text(engine):
    assert body(engine, "The council approved 500 reasonably priced homes.") == \
        "The council approved 500 affordable homes."


def test_the_preamble_is_spun_enough_for_weak_candidates(engine):
    assert engine.analyse(SPUN_PREAMBLE).spin_score >= WEAK_GATE


def test_an_observed_rate_outranks_the_weak_candidate_of_a_word_that_is_its_own_lemma(nlp):
    """A lexicon entry is keyed both as written and by lemma; an observed rate by lemma only. For a
    word that is its own lemma ("workplace") the site must read both tables, or the weak candidate
    hides the rate (the same original, far better odds)."""
    from unspin.engine.restorer import build_lattices
    from unspin.engine.swap_rates import RateRow

    entries = [_entry("workplace", "office", "before:space|tower", "0.3", "NOUN")]
    rates = [RateRow("workplace", "lemma", frozenset({"NOUN"}), 8, 0, 3, (("office", 8),))]
    t = ChannelTable.build(entries, (), rates)
    doc = nlp("Officers from the anti-fraud workplace took the files.")
    choices = [ch for lat in build_lattices(doc, 0, t, set(), set()) for site in lat.sites
               if site.original == "workplace" for ch in site.choices[1:]]
    assert [ch.text for ch in choices] == ["office"]
    assert choices[0].rate and not choices[0].weak


def test_an_observed_rate_respects_the_topics_a_lexicon_entry_of_its_swap_rules_out(nlp):
    """An observed rate stands on its own, but a lexicon entry of the same swap (by lemma: "charges"
    -> "rates" for the rate "charge" -> "rate") says where the form is the writer's own."""
    from unspin.engine.restorer import build_lattices
    from unspin.engine.swap_rates import RateRow

    entries = [_entry("charges", "rates", "after:interest|mortgage,!near:court|police", "0.75", "NOUN")]
    rates = [RateRow("charge", "lemma", frozenset({"NOUN"}), 10, 1, 4, (("rate", 10),))]
    t = ChannelTable.build(entries, (), rates)
    assert [(head, c.name, c.negate) for head, c in t.rate_vetoes[("charge", "rate")]] == [(0, "near", True)]

    def candidates(text):
        doc = nlp(text)
        return [(ch.text, ch.rate) for lat in build_lattices(doc, 0, t, set(), set()) for site in lat.sites
                if site.original == "charges" for ch in site.choices[1:]]

    assert candidates("Banks raised their charges again this spring.") == [("rates", True)]
    assert candidates("He vowed to fight the charges in court.") == []


def test_a_charge_in_court_stays_a_charge_in_spun_text(engine):
    sentence = "The suspects, who were arrested last week, vowed to respond to the charges in court."
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("sentence", [
    "The long hearing wore out everyone in the courtroom, but the lawyers kept going.",
    "Perhaps the courtroom is the quietest place in the building.",
    "Reporters waited outside until the courtroom was opened again.",
])
def test_the_room_itself_stays_a_courtroom_in_spun_text(engine, sentence):
    # "the courtroom" as a room is usually the writer's own: its entry is rated at the level that the
    # sentence's fit does not lift (restorer.CROSS_MIN_PRIOR); at 0.15 every one became "the court"
    assert body(engine, sentence) == sentence
