"""Rows that four scans of ordinary English (about 290,000 words of dictionary examples and glosses,
read as clean pages) found changing a writer's words, each met by sentences of our own; and the spun
uses the rows are for, which must still be repaired. Also a phrasal verb's particle never takes the verb's ending.
"""
from __future__ import annotations

import pytest

from test_news_repair import CLEAN, body
from engine_fixtures import shown_repair as repaired
from unspin.engine.inflect import inflect_phrase

ORDINARY = [
    "By the twelfth century the town was a center of trade and scholarship.",
    "She wanted to get outdoors a little after the long winter, and the children played outdoors all day.",
    "The witness remained silent throughout the hearing, and two witnesses remain in hospital.",
    "The chairs were arranged in rows, and the stones were arranged singly along the path.",
    "It was a sad state of affairs, and nobody could say how such a state of affairs had come about.",
    "So far every plan we tried has turned out to be a dead end.",
    "It is getting late, so let's all go to bed.",
    "He froze before he could pull the trigger of the rifle.",
    "She was condemned to five years of silence by the scandal.",
    "The teacher planned class activities for the first week of term.",
    "New houses are going up on an improved plot near the river.",
    # a row's bare verb after an auxiliary ("had unfold", a spun "had spread") is matched as written
    "The events had unfolded quickly, and the story has unfolded over weeks.",
    # clean25's note: a recall is a nationwide safety recall
    "The carmaker issued a nationwide safety recall of 50,000 vehicles.",
    # a fourth scan (60,000 words of dictionary glosses)
    'Her fear grew as a consequence of being left alone for so long.',
    'Try to express the same idea in different words.',
    'The old town kept the restricted quarter behind its walls.',
    'The act of sending off a parcel has never been easier.',
    'The study measured psychological well-being in older adults.',
    # a third scan (113,000 words)
    'The actors nervously handed over their parts to understudies before the show.',
    'Saying it fast is a real tongue twister for children.',
    'Home is where the heart is, they say.',
    'The old farmer kicked the bucket at the age of 101, his grandson joked.',
    'A junior functionary stamped the papers.',
    'He spent the remainder of his life in a small house by the sea.',
    'The students slipped out when the teacher turned towards the board.',
    'They raised output by decreasing the time each step took.',
    'She built her career at the price of being away from home.',
    'The strange signals are probably noise from the old antenna.',
]

SPUN = [
    ("The defendant took the witness remain on Tuesday.", "The defendant took the witness stand on Tuesday."),
    ("Two shelters were arrange near the border last week.", "Two shelters were set up near the border last week."),
    ("Protesters gathered outdoors the courthouse on Monday.", "Protesters gathered outside the courthouse on Monday."),
    ("Temperatures will peak in the center of next week.", "Temperatures will peak in the middle of next week."),
    ("The debt had turn out to be a burden for the city.", "The debt had become a burden for the city."),
    ("The president made a go to to the troops on Friday.", "The president made a visit to the troops on Friday."),
    ("Investors filed a class activity against the lender in federal court.",
     "Investors filed a class action against the lender in federal court."),
    ("The album is as a consequence of be released in May.", "The album is due to be released in May."),
    ("In different words, the plan has failed.", "In other words, the plan has failed."),
    ("The striker's sending off in the first half cost his team the match.",
     "The striker's sending-off in the first half cost his team the match."),
    ("The nationwide safety adviser spoke on Monday.", "The national security adviser spoke on Monday."),
    ("The Home is expected to vote on the measure next week.", "The House is expected to vote on the measure next week."),
    ("The company cut costs by decrease spending on travel.", "The company cut costs by lower spending on travel."),
    ("Analysts said the probably winner of the auction is a rival bank.",
     "Analysts said the likely winner of the auction is a rival bank."),
    ("Officials said the virus had unfold to three more states.",
     "Officials said the virus had spread to three more states."),
    ("The report found an improve in sales in the second quarter.",
     "The report found an increase in sales in the second quarter."),
]


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_sentences_stay_on_a_clean_page(engine, sentence):
    assert repaired(engine, CLEAN + " " + sentence) == CLEAN + " " + sentence


@pytest.mark.parametrize("spun, restored", SPUN)
def test_the_spun_uses_are_still_repaired(engine, spun, restored):
    assert body(engine, spun) == restored


@pytest.mark.parametrize("phrase, head, tag, expected", [
    ("were set up", 2, "VBN", "were set up"),
    ("pick up", 1, "VBD", "picked up"),
    ("take over", 1, "VBZ", "takes over"),
    ("drop in", 1, "NNS", "drop ins"),   # a noun's plural is the last word's
])
def test_a_particle_never_takes_the_verbs_ending(phrase, head, tag, expected):
    assert inflect_phrase(phrase, head, tag) == expected


@pytest.mark.parametrize("word, tag, expected", [
    ("voted", "VBG", "voting"),      # news_rewriter's "cast a ballot" -> "voted" on "casting a ballot"
    ("voted", "VBZ", "votes"),
    ("used", "VBD", "used"),
    ("proceed", "VBG", "proceeding"),  # a base form that ends in -ed stays a base form
    ("need", "VBD", "needed"),
])
def test_a_repair_written_inflected_is_inflected_from_its_base(word, tag, expected):
    from unspin.engine.inflect import inflect_word
    assert inflect_word(word, tag) == expected


def test_a_forecast_of_figures_keeps_its_predicted(engine):
    # the row "predicted to" -> "expected to" (a spun "is predicted to vote") is a weak candidate
    # outside its verbs; a forecast of figures is "predicted" by writers as often as "expected", so
    # it is not even offered there (a per-fold calibration once lifted it in a held-out story)
    from test_news_repair import SPUN_PREAMBLE
    text = SPUN_PREAMBLE + "The economy has been predicted to grow 2.6 percent this year, the fund said."
    assert not [s for s in engine.analyse(text).suggestions if "predicted" in text[s.start:s.end]]
