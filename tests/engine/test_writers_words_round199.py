"""A writer's word on a spun page stays (lead's tells rounds 199-204: cyber crime, air travel, personal
finance, pets and gardens, museums, roads).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: banks told "to treat
struggling borrowers fairly" were told to treat "fighting borrowers" (the row that reads "struggle the job
cuts" as a spun "fight the job cuts" took "borrowers" for the verb's object: a participle before those who
struggle, people, firms, families, is an adjective), and a bypass that would "cut journey times" cut "trip
times" (the journey -> trip row at 0.3, lifted on a spun page, now stands aside near times, roads, traffic and
travellers' words). In round 206 a minister who "would not lower its food standards" would not "cut" them (the
observed lower -> cut, a spun "cut taxes", is vetoed near standards, a bar, an age, a voice). In round 207
"pupils" who received "exam results" became "students" (the blind pupils -> students row, 0.15, stands aside in a
paragraph with British school words: exams, primary, school meals, nursery), "higher fees than home students" became
"higher rates than domestic students" (the observed fee -> rate is vetoed near tuition, students, a transfer, a
licence; home -> domestic not before students, fees, a town or a team). The observed ultimate -> final (a spun
"ultimate vote", "ultimate whistle") is vetoed before the nouns of the supreme or fundamental sense, goal, aim,
responsibility, authority, destination. Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "The regulator ordered banks to treat struggling borrowers fairly.",
    "The scheme is meant to help struggling families with their bills.",
    "The new bypass is expected to cut journey times by half.",
    "Motorists are being urged to check their tyres before long journeys.",
    # round 206: a standard is lowered, never cut (the observed lower -> cut, a spun "cut taxes")
    "The minister said Britain would not lower its food standards.",
    "Campaigners want to lower the voting age to 16.",
    # round 207: a British school's pupils, fees and home students
    "Pupils received their exam results on Thursday.",
    "Free school meals will be offered to all primary pupils.",
    "Foreign students pay much higher fees than home students.",
    # the ultimate goal or destination is the supreme one, no spun "final"
    "The ultimate goal is a ceasefire that holds.",
    "Rotterdam is the ultimate destination for most of the cargo.",
    # round 217: people after a conjunction begin a new clause (the observed people -> those)
    "Donations have fallen as people tighten their belts.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", [
    # the spun uses the mended rows still repair
    ("The union vowed to struggle the job cuts.", "fight the job cuts"),
    ("The president's journey to Asia was cut short.", "trip to Asia"),
    ("The ultimate whistle blew moments later.", "final whistle"),
])
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)


def test_an_abbreviations_swap_never_leaves_its_full_stop_behind(engine):
    # the observed sq -> square (a spun "Sq.") replaced the word and kept the stop: "the square. to listen"
    assert body(engine, "The crowd in the town sq. cheered.") in ("The crowd in the town sq. cheered.",
                                                           "The crowd in the town square cheered.")
