"""The sixth band of a synonym-file spinner's heads in news: resources/lexicons/news_common_band6.tsv.
Sentences written for these tests (each holds spun forms of this band and the repairs expected);
the file's own checks are in test_blind_lexicons.py."""
from __future__ import annotations

import pytest

from engine_fixtures import accepted_all as repaired, assert_restored

# (spun sentence, phrases the repair must contain)
TELLS = [
    ("The astronauts flew from the Kennedy House Center, and the International House Station crew "
     "welcomed them a day later.",
     ["Kennedy Space Center", "International Space Station"]),
    ("The quarterback threw the profitable touchdown, and the Jap Conference finals begin on Tuesday.",
     ["winning touchdown", "Eastern Conference finals"]),
    ("The storm hit the jap part of the state, and the National Climate Service issued a warning.",
     ["eastern part of", "National Weather Service"]),
    ("The examine author said the drug's facet effects were mild in most patients.",
     ["study author", "side effects"]),
    ("Traders sold vitality stocks after the Vitality Information Administration's weekly report.",
     ["energy stocks", "Energy Information Administration"]),
    ("The jury found him responsible on all charges, and the decide ruled that he would stay in jail.",
     ["guilty on all charges", "judge ruled"]),
    ("The council set a speed restrict near schools and a term restrict for its members.",
     ["speed limit", "term limit"]),
    ("The quarterback was the first overall decide, and his team has won every game at its dwelling "
     "field this year.",
     ["first overall pick", "home field"]),
    ("Occupation losses spread across the region as the prime five banks cut their staff.",
     ["Job losses", "top five"]),
    ("A pace digicam caught the truck motive force on the highway near the border.",
     ["speed camera", "truck driver"]),
    ("The minister, who misplaced her majority in May, promised free faculty meals for every pupil.",
     ["lost her majority", "free school meals"]),
    ("The comedian hosted Saturday Night Dwell before a dwell audience of 300.",
     ["Saturday Night Live", "live audience"]),
]

# Ordinary news with the same words in their own senses: nothing changes.
ORDINARY = [
    "The law faculty voted to admit more students, and the business faculty met on Monday.",
    "The museum exhibits paintings by local artists, and the study exhibits a clear pattern.",
    "She keeps a fireplace in the living room and bought new fireplace tools.",
    "The committee will examine the evidence and report its findings next month.",
    "He was found responsible for the error, and the manager apologised.",
    "The campaign will focus on purple states such as Arizona and Georgia.",
    "The children spent the afternoon in recreation, and the city extended recreation time at its parks.",
    "The interest charge on the loan rose, and the bank wrote to every customer.",
    "Prices rose at an excessive pace, and high college costs worried parents.",
]


@pytest.mark.parametrize("spun, originals", TELLS)
def test_spun_forms_of_the_sixth_band_are_restored(engine, spun, originals):
    assert_restored(engine, spun, originals)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_with_the_same_words_stay(engine, text):
    assert repaired(engine, text) == text
