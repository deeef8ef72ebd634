"""A writer's word on a spun page stays (lead's round 245, twenty-ninth session).

A village planning row of our own, spun by hand, showed three writers' words the engine changed:
British "planning officers" and "council officers" (council staff, not spun "officials") became
"officials" — both rows of the officers -> officials swap now stand aside after planning, licensing,
enforcement, council and conservation, and in a paragraph that names councillors; and "had recommended
that" became "suggested" (an observed rate seen once, now vetoed near a body that formally recommends).
A spun "stated officers" (said officials) was read as the row "state officers" inflected ("stated
officials"), which took the span and kept the spun "stated": the row's "state" now matches only as
written. And "twenty-one others" became "twenty-anothers": the row "one other" -> "another" took the
plural "others" by its lemma and the "one" of a compound number; it no longer does either. Sentences
written for this test.
"""
from __future__ import annotations

import pytest

from test_news_repair import body

STAYS = [
    "Planning officers had recommended that the scheme be approved.",
    "Council officers visited the site twice before the vote.",
    "Rescuers pulled twenty-one others from the water.",
    # round 255: a referee's supervisor is no spun manager, whatever the match words around it
    "The referee's supervisor reviewed the match on Monday.",
]

STILL_REPAIRED = [
    ("The mayor stated officers would review the plan.", "The mayor said officials would review the plan."),
    ("The state officers met in the capital.", "The state officials met in the capital."),
    ("Senior officers stated the plan had been deliberate.", "Senior officials said"),
]


@pytest.mark.parametrize("sentence", STAYS)
def test_the_writers_word_stays_on_a_spun_page(engine, sentence):
    assert body(engine, sentence) == sentence


@pytest.mark.parametrize("spun, want", STILL_REPAIRED)
def test_the_spun_use_is_still_repaired(engine, spun, want):
    assert want in body(engine, spun)

