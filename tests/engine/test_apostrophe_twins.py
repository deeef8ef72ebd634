"""A lexicon row matches its spun words whichever apostrophe the page uses: rows are mostly typed with
a straight one, real spun pages mostly carry the curly one ("We’ve got made"). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from test_news_repair import body
from unspin.engine.lexicon import parse_lexicon, with_apostrophe_twins


def _rows(text: str):
    entries, problems = parse_lexicon(text, "<test>")
    assert not problems
    return entries


def test_a_row_with_an_apostrophe_gets_a_twin_with_the_other():
    entries = _rows("we've got made\twe have made\nit's simply\tit's just\nmentioned\tsaid\n")
    out = with_apostrophe_twins(entries)
    assert out[:3] == entries
    twins = {(" ".join(e.spun), e.restored) for e in out[3:]}
    assert twins == {("we ’ve got made", ("we have made",)), ("it ’s simply", ("it’s just",))}
    # the twin keeps the row's identity (rule, conditions, confidence)
    assert {e.rule_id for e in out[3:]} == {entries[0].rule_id, entries[1].rule_id}


def test_no_twin_where_the_author_wrote_both():
    entries = _rows("we've got made\twe have made\nwe’ve got made\twe have made\n")
    assert with_apostrophe_twins(entries) == entries


@pytest.mark.parametrize("spun, want", [
    ("We’ve got made robust selections, the mayor mentioned.", "We have made tough choices, the mayor said."),
    ("We've got made robust selections, the mayor mentioned.", "We have made tough choices, the mayor said."),
    ("They’ve got been ready for months, officers mentioned.", "They have been waiting for months"),
])
def test_a_spun_page_with_either_apostrophe_is_repaired(engine, spun, want):
    assert want in body(engine, spun)


def test_a_condition_word_reads_either_apostrophe():
    from unspin.engine.conditions import parse_condition

    cond = parse_condition("after:nation's|local")
    assert {"nation's", "nation’s", "local"} <= set(cond.arg)
    assert {("nation", "'s"), ("nation", "’s")} <= set(cond.arg.phrases)


def test_an_observed_rate_is_keyed_as_the_tokenizer_splits_it():
    # keyed by whitespace, "corporate’s" was one word that no page's tokens (corporate, ’s) could match
    from unspin.engine.channel import ChannelTable
    from unspin.engine.swap_rates import parse_rates

    rows, problems = parse_rates("corporate’s\tsurface\t\t5\t0\t3\tcompany’s:5\n"
                                 "lengthy-term\tsurface\t\t4\t0\t2\tlong-term:4\n")
    assert not problems
    table = ChannelTable.build(rates=rows)
    keys = set(table.forms) | set(table.backing.forms)
    assert {("corporate", "’s"), ("corporate", "'s"), ("lengthy", "-", "term")} <= keys


def test_the_channel_reads_a_rows_apostrophe_twin():
    from unspin.engine.channel import ChannelTable

    table = ChannelTable.build(_rows("the corporate's inventory\tthe company's stock\n"))
    assert {("the", "corporate", "'s", "inventory"), ("the", "corporate", "’s", "inventory")} <= set(table.forms)
