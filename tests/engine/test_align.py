"""Word alignment of an original with a spun copy (texts written for these tests)."""
from __future__ import annotations

from unspin.engine.align import align, normalise, tokenize

ORIGINAL = ("The White House said on Monday that officials would visit the bank. "
            "But the bill passed the Senate late at night, as well.")
SPUN = ("The White Home mentioned on Monday that officers would go to the financial institution. "
        "However the invoice handed the Senate late at night, in addition.")


def keys(original: str, spun: str) -> list[tuple[str, str]]:
    return [s.key for s in align(original, spun).substitutions]


def test_finds_word_and_phrase_substitutions():
    assert keys(ORIGINAL, SPUN) == [
        ("Home", "House"), ("mentioned", "said"), ("officers", "officials"), ("go to", "visit"),
        ("financial institution", "bank"), ("however", "but"), ("invoice", "bill"), ("handed", "passed"),
        ("in addition", "as well")]


def test_offsets_point_at_the_words_in_both_texts():
    for s in align(ORIGINAL, SPUN).substitutions:
        assert SPUN[s.spun_start:s.spun_end] == s.spun
        assert ORIGINAL[s.original_start:s.original_end] == s.original


def test_identical_texts_have_no_substitutions():
    a = align(ORIGINAL, ORIGINAL)
    assert a.substitutions == [] and a.inserted == a.deleted == a.too_long == 0


def test_house_style_differences_are_not_substitutions():
    original = "U.S. officials said the e-mail arrived at 5 p.m. on Monday, and didn't explain why."
    spun = "US officials said the email arrived at 5 pm on Monday and didn’t explain why."
    a = align(original, spun)
    assert a.substitutions == []
    assert a.style_only >= 2


def test_house_style_words_are_trimmed_from_a_region():
    assert keys("U.S. officials met.", "US officers met.") == [("officers", "officials")]


def test_pure_insertions_and_deletions_are_skipped_but_counted():
    a = align("The mayor spoke on Monday.", "The mayor spoke very briefly on Monday.")
    assert a.substitutions == [] and a.inserted == 1
    a = align("The mayor spoke briefly on Monday.", "The mayor spoke on Monday.")
    assert a.substitutions == [] and a.deleted == 1


def test_long_rewrites_are_skipped():
    a = align("The council approved the plan after a long debate on Tuesday.",
              "The plan got the nod from local councillors following lengthy arguments on Tuesday.")
    assert a.too_long >= 1
    assert all(len(s.spun.split()) <= 4 and len(s.original.split()) <= 4 for s in a.substitutions)


def test_adjacent_content_swaps_are_split_word_for_word():
    assert keys("The House said so.", "The Home mentioned so.") == [("Home", "House"), ("mentioned", "said")]


def test_function_word_phrases_stay_whole():
    assert keys("She came as well.", "She came in addition.") == [("in addition", "as well")]


def test_capital_at_sentence_start_is_folded_but_mid_sentence_kept():
    subs = align("Home prices rose. The House voted.", "Residence prices rose. The Home voted.").substitutions
    assert [(s.key, s.sentence_start) for s in subs] == [(("residence", "home"), True), (("Home", "House"), False)]


def test_counts_add_up_repeated_swaps():
    counts = align("He said yes. She said no. They said maybe.",
                   "He mentioned yes. She stated no. They mentioned maybe.").counts()
    assert counts == {("mentioned", "said"): 2, ("stated", "said"): 1}


def test_abbreviations_keep_their_full_stop():
    assert [t.text for t in tokenize("Prices rose 4 p.c. in the U.S. market.")] == \
        ["Prices", "rose", "4", "p.c.", "in", "the", "U.S.", "market", "."]
    assert keys("Prices rose 4 percent on Monday.", "Prices rose 4 p.c. on Monday.") == [("p.c.", "percent")]


def test_normalise_folds_house_style_only():
    assert normalise("U.S.") == normalise("US") == "us"
    assert normalise("didn’t") == normalise("didn't")
    assert normalise("said") != normalise("stated")


def test_many_distinct_words_do_not_break_the_character_mapping():
    # More distinct words than a byte holds: the mapping must stay one character per word.
    words = [f"w{i}" for i in range(3000)]
    original = " ".join(words)
    spun = " ".join(w if i % 500 else "swapped" for i, w in enumerate(words))
    a = align(original, spun)
    assert [s.key for s in a.substitutions] == [("swapped", f"w{i}") for i in range(0, 3000, 500)]
