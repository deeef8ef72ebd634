"""A writer's word on a spun page stays (tells rounds 156-158, helper tells28: weather, courts,
technology, immigration, schools, energy, aviation, labour, science, transport).

After a spun preamble, ordinary sentences of our own lost a word the writer chose: "a Category 4
storm" was spelled "Category four" (a storm's scale is a label, like "Level 3"), "the former officer
guilty of murder" became an official (a jury's verdict is on a police officer), "the case next term"
became "second term", "trying to determine why" became "figure out", "the pay offer" a "deal",
"buyers" of electric cars "investors", "extinct within 20 years" lost its "within", "the fossil could
change our understanding" became "would", "eliminated fake accounts" became "killed" and "snow made
driving conditions treacherous" became "was driving"; in round 159 "the financial crisis" became
"economic", a car's "new model" a "version", "confirmed their engagement" "showed" and a ceasefire
that "has largely held" "kept". Each is mended by a negated condition on its
lexicon row, a veto in resources/channel/rate_vetoes.tsv or the numerals' label words; the spun use
beside it is still repaired. Sentences written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body


@pytest.mark.parametrize("sentence", [
    "The hurricane is expected to make landfall on Thursday as a Category 4 storm.",
    "A jury found the former officer guilty of second-degree murder on Friday.",
    "The Supreme Court agreed to hear the case next term.",
    "Investigators are trying to determine why the engine failed shortly after takeoff.",
    "Sales of electric cars slowed as buyers worried about charging stations.",
    "Union members voted overwhelmingly to accept the pay offer.",
    "Conservationists warned that the species could become extinct within 20 years.",
    "Researchers said the fossil could change our understanding of how birds evolved.",
    "Snow and ice made driving conditions treacherous across much of the north.",
    # round 159: a financial crisis, a car model on sale, an engagement confirmed, a ceasefire that held
    "The former prime minister, who led the country through the financial crisis, has died aged 79.",
    "The new model will go on sale in Europe early next year.",
])
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, kept, repaired", [
    # the writer's word beside a repair of the same sentence
    ("The social media firm mentioned it had eliminated hundreds of thousands of faux accounts.",
     "had eliminated", "fake accounts"),
    ("Snow and ice made driving circumstances treacherous throughout a lot of the north.",
     "Snow and ice made driving conditions", "across much of"),
    ("The storm was upgraded to a Category 4 hurricane, officers mentioned.",
     "Category 4 hurricane", "officials said"),
    ("The pair confirmed their engagement in a joint assertion.", "confirmed their engagement", "joint statement"),
    ("The ceasefire has largely held because it took impact final week.", "largely held", "took effect"),
])
def test_the_writers_word_stays_beside_a_repair(engine, spun, kept, repaired):
    fixed = body(engine, spun)
    assert kept in fixed and repaired in fixed


def test_a_digit_counting_a_noun_is_still_spelled_out(engine):
    assert body(engine, "He stayed for 2 days in Rome.") == "He stayed for two days in Rome."
