"""A writer's word on a spun page stays (tells rounds 222-224: baseball, ice hockey, cycling, athletics,
horse racing, football transfers, esports, swimming, college sports, motor racing).

After a spun preamble, clean sentences of our own lost a word the writer chose. A winger who "handed in a
transfer request" handed in a "move" request (the `in a transfer` -> `in a move` row now stands aside before
a request, a window, a fee or a portal and near a winger, a forward or a manager). Four observed rates,
each seen once, took a sports writer's phrase: a striker "available again" after a ban "comes again"
(`is available` -> comes, now not before again, now, online, for, to...), "the option of a further year"
became "another year" (`a further` -> another, not before a span of time), a game "postponed because of
rain" was postponed "due to" it (`because of` -> due to, not after a verb), and "He was fastest in free
practice" became "rapidest" (`fast` -> rapid inflected into a superlative no writer writes; comparatives and
superlatives vetoed). The sentence-initial `final` -> last row's weak candidate read "the final of the 400m"
(it now carries the negated contexts of its sibling row), the `again in` -> `back in` row took a horse that
"would run again in June" (not after a verb of running, racing, meeting, playing or standing), and the
`forward of` -> `ahead of` row read "the second forward of the season" (not after "the first/second/...").
Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "The winger has handed in a transfer request.",
    "The striker is available again after serving a three-match ban.",
    "He signed a four-year contract with the option of a further year.",
    "The game was postponed because of rain and will be made up later in the season.",
    "She qualified fastest for the final of the 400m individual medley.",
    "He was fastest in free practice on Friday morning.",
    "The trainer said the horse would run again in June.",
    "He was the second forward of the season to leave the club.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows still repair
    ("The company was founded again in 2004 by two brothers.", "back in 2004"),
    ("He finished a full second forward of the Australian.", "second ahead of"),
    ("He finished half a second forward of his teammate.", "second ahead of"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)
