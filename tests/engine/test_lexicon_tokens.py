"""A spun word written with a hyphen ("first-round choose") is three tokens to spaCy (first, -,
round), one with a possessive or a "n't" two ("nation's" -> nation, 's; "didn't" -> did, n't): the
lexicon splits it the same way, or the row could never match a document."""
from __future__ import annotations

import re

from engine_fixtures import shown_repair as repaired
from unspin.engine.lexicon import parse_entry

CLEAN = ("The city council approved the budget on Tuesday after a long debate. The mayor said the "
         "plan would fund road repairs and two new libraries.")


def test_hyphenated_spun_words_are_split_like_the_tokenizer_splits_them():
    e = parse_entry(["first-round choose", "first-round pick"], {}, "", 1)
    assert e.spun == ("first", "-", "round", "choose")
    assert e.head == 3
    assert e.restored == ("first-round pick",)
    assert e.rule_id.endswith(":first-round choose")   # shown as written in the file
    # a hyphen before a digit stays inside the word, as spaCy keeps "covid-19" whole
    assert parse_entry(["covid-19 sufferers", "covid-19 patients"], {}, "", 1).spun == ("covid-19", "sufferers")


def test_possessives_and_negations_are_split_like_the_tokenizer_splits_them():
    assert parse_entry(["the nation's chief", "the nation's leader"], {}, "", 1).spun == ("the", "nation", "'s", "chief")
    e = parse_entry(["didn’t instantly", "didn’t immediately"], {}, "", 1)
    assert e.spun == ("did", "n’t", "instantly")
    assert e.rule_id.endswith(":didn’t instantly")
    assert parse_entry(["free throws'", "free throws"], {}, "", 1).spun == ("free", "throws", "'")
    assert parse_entry(["its", "it is"], {}, "", 1).spun == ("its",)


def test_a_row_written_with_a_possessive_or_a_negation_repairs_the_document(engine):
    spun = "The firm didn't instantly reply, and it's potential that lots of of 1000's of people lost power."
    # "didn't instantly" and the tell "instantly reply" -> "immediately respond" agree on "instantly"
    # and are repaired as one change
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + (
        " The firm didn't immediately respond, and it's possible that hundreds of thousands of people lost power.")


def test_a_row_written_with_a_hyphen_repairs_the_document(engine):
    spun = "The guard was a first-round choose in 2019 and hit the game-winning objective on Friday."
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + (
        " The guard was a first-round pick in 2019 and hit the game-winning goal on Friday.")


def test_condition_words_the_tokenizer_splits_match_as_their_tokens():
    import spacy

    from unspin.engine.conditions import parse_condition

    nlp = spacy.blank("en")
    doc = nlp("Critics said the nation's financial system and long-term charges hurt low-income families.")
    fin = [t.i for t in doc if t.text == "financial"][0]
    charges = [t.i for t in doc if t.text == "charges"][0]
    families = [t.i for t in doc if t.text == "families"][0]
    assert parse_condition("after:nation's|world's")(doc, fin, fin + 2, fin + 1)
    assert not parse_condition("after:world's")(doc, fin, fin + 2, fin + 1)
    assert parse_condition("after:short-term|long-term")(doc, charges, charges + 1, charges)
    assert parse_condition("!before:low-income")(doc, charges, charges + 1, charges)
    assert parse_condition("before:low-income")(doc, charges + 1, charges + 2, charges + 1)
    assert parse_condition("near:low-income")(doc, families, families + 1, families)
    assert not parse_condition("near:high-income")(doc, families, families + 1, families)


def test_rows_with_an_abbreviation_or_closing_punctuation_repair_the_document(engine):
    spun = "Crowds filled Instances Sq. on Friday to see Mission: Inconceivable."
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " Crowds filled Times Square on Friday to see Mission: Impossible."


def test_a_contraction_is_not_written_out_by_a_row_of_the_full_form(engine):
    # "did not instantly" is a row too; it must not take "didn’t instantly" and spell it out
    spun = "The firm didn’t instantly comment."
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " The firm didn’t immediately comment."


def test_a_hyphenated_repair_takes_the_plural_of_its_last_part(engine):
    spun = "Three begin-ups won grants this year."
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + " Three start-ups won grants this year."


def test_a_repair_of_a_form_that_starts_with_a_digit_is_capitalised_where_it_starts_a_sentence(engine):
    # "1000's of" holds no capital to copy: at a sentence start the repair takes one, elsewhere none
    spun = "1000's of residents were told to leave. \"1000's of homes lost power,\" and about 1000's of people left."
    assert repaired(engine, CLEAN + " " + spun) == CLEAN + (
        " Thousands of residents were told to leave. \"Thousands of homes lost power,\" and about thousands"
        " of people left.")


def test_match_case_reads_the_first_letter_only_where_the_original_starts_with_one():
    from unspin.engine.inflect import match_case
    assert match_case("thousands of", "1000's of") == "thousands of"
    assert match_case("thousands of", "1000's of", sentence_start=True) == "Thousands of"
    assert match_case("said", "Mentioned") == "Said"
    assert match_case("said", "mentioned", sentence_start=True) == "said"   # the original's own letter decides


def test_contracted_verbs_are_split_like_the_tokenizer_splits_them():
    from unspin.engine.tokens import split_like_tokenizer
    assert split_like_tokenizer("they’ll") == ["they", "’ll"]
    assert split_like_tokenizer("we'd") == ["we", "'d"]
    assert split_like_tokenizer("you’re") == ["you", "’re"]
    assert split_like_tokenizer("we’ve") == ["we", "’ve"]
    assert split_like_tokenizer("I’m") == ["I", "’m"]
    assert split_like_tokenizer("O’Donnell") == ["O’Donnell"]   # a name, not a contraction
    assert parse_entry(["they'll nonetheless be", "they can still be"], {}, "", 1).spun == (
        "they", "'ll", "nonetheless", "be")


def test_a_full_stop_after_a_plain_word_is_a_token_of_its_own():
    # a row that ends with its sentence ("requested for.") matches the text's tokens; an
    # abbreviation keeps its stop ("p.c.", "etc.", "Mr.")
    from unspin.engine.tokens import split_like_tokenizer
    assert split_like_tokenizer("for.") == ["for", "."]
    assert split_like_tokenizer("based.") == ["based", "."]
    for kept in ("p.c.", "etc.", "Mr.", "U.S.", "no."):
        assert split_like_tokenizer(kept) == [kept]


def test_a_row_that_ends_with_a_full_stop_repairs_the_document(engine):
    from test_news_repair import body
    assert (body(engine, "The bakery has grown fast after it was based.")
            == "The bakery has grown fast after it was founded.")


def test_no_bundled_repair_puts_a_space_before_its_punctuation():
    # The spun column is split like the tokenizer ("General ," matches "General,"), but the restored
    # column is written into the document as it stands: "Overall ," would leave a space before the comma.
    from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicon_file
    spaced = [f"{e.path.name}:{e.line}: {alt!r}" for p in bundled_lexicon_paths()
              for e in load_lexicon_file(p)[0] for alt in e.restored if re.search(r" [,.;:!?]", alt)]
    assert spaced == []


def test_a_sentence_opening_tell_keeps_its_comma_against_the_word(engine):
    spun = "General, the weekend's ticket sales were up from a year earlier, and the studio stated it was happy."
    assert repaired(engine, CLEAN + " " + spun).startswith(CLEAN + " Overall, the weekend's")
