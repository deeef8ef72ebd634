import random

import pytest

from unspin.core.offsets import OffsetMap, from_utf16, to_utf16, utf16_len

SAMPLES = ["plain ascii", "emoji 👍 here", "skin 👍🏽 tone", "e\u0301 combining e\u0301",
           "🇫🇷 flag and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "", "😀😀😀"]


@pytest.mark.parametrize("text", SAMPLES)
def test_every_code_point_offset_round_trips(text):
    m = OffsetMap(text)
    for i in range(len(text) + 1):
        j = m.to_utf16(i)
        assert j == utf16_len(text[:i]) == to_utf16(text, i)
        assert m.from_utf16(j) == i == from_utf16(text, j)


def test_an_offset_inside_a_surrogate_pair_snaps_to_the_character_start():
    text = "a😀b"
    m = OffsetMap(text)
    assert m.to_utf16(2) == 3          # after the emoji: 1 + 2 units
    assert m.from_utf16(2) == 1        # middle of the pair -> start of the emoji


def test_combining_marks_count_one_unit_each_in_both():
    text = "cafe\u0301 x"
    assert OffsetMap(text).to_utf16(len(text)) == len(text)


def test_random_strings_round_trip():
    rng = random.Random(7)
    alphabet = ["a", " ", "é", "\u0301", "😀", "𝔘", "中"]
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        m = OffsetMap(text)
        assert [m.from_utf16(m.to_utf16(i)) for i in range(len(text) + 1)] == list(range(len(text) + 1))
