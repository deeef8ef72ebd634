"""Named word lists (resources/word_lists/): one list read by a rule of the engine and by lexicon rows."""
import pytest

from unspin.engine import numerals
from unspin.engine.conditions import parse_condition
from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicon_file, parse_lexicon
from unspin.engine.matcher import LexiconMatcher
from unspin.engine.word_lists import expand, word_list
from unspin.resources_path import resource


def test_a_list_is_read_lowercase_without_comments():
    units = word_list("figure_units")
    assert {"cents", "gigabytes", "millimetres", "p.m.", "percent", "mph"} <= units
    assert all(w == w.lower() and not w.startswith("#") and w.strip() == w for w in units)


def test_every_bundled_list_has_words_and_no_duplicates():
    files = sorted(resource("word_lists").glob("*.txt"))
    assert files
    for path in files:
        words = [l.strip().lower() for l in path.read_text(encoding="utf-8").splitlines()
                 if l.strip() and not l.startswith("#")]
        assert words and len(words) == len(set(words)), path.name


def test_expand_replaces_a_list_name_by_its_words_and_keeps_other_words():
    out = expand(["points", "@figure_units", "minutes"])
    assert out[0] == "points" and out[-1] == "minutes"
    assert set(out[1:-1]) == word_list("figure_units")


def test_an_unknown_list_is_a_clear_error():
    with pytest.raises(ValueError, match="@no_such_list"):
        word_list("no_such_list")
    with pytest.raises(ValueError):
        word_list("../lexicons/news_spinner")


def test_a_condition_names_a_list_among_its_words():
    cond = parse_condition("!before:@figure_units|points")
    assert cond.negate and {"gigabytes", "cents", "points"} <= set(cond.arg)
    assert "@figure_units" not in cond.arg


def test_a_row_naming_an_unknown_list_is_reported_with_its_line_and_the_rest_load():
    text = ("spun\trestored\tpos\twhen\tconfidence\tnote\n"
            "2\ttwo\tNUM\t!before:@no_such_list\t0.35\t\n"
            "3\tthree\tNUM\t!before:@figure_units\t0.35\t\n")
    entries, problems = parse_lexicon(text, "rows.tsv")
    matcher = LexiconMatcher(entries, nlp=None)
    assert [e.spun_key for e in matcher._entries] == ["3"]
    assert [(p.line, "no_such_list" in p.message) for p in matcher.problems] == [(2, True)]


def test_the_digit_rule_and_the_synonym_files_digit_rows_read_one_list():
    units = word_list("figure_units")
    assert units <= numerals._AFTER_BLOCK
    entries, problems = load_lexicon_file(resource("lexicons", "news_synonym_file.tsv"))
    assert not problems
    digit_rows = [e for e in entries if e.spun_key in numerals.WORDS]
    assert len(digit_rows) == 8
    for e in digit_rows:
        blocks = [parse_condition(w) for w in e.when if w.startswith("!before:")]
        assert blocks and units <= set(blocks[0].arg), e.spun_key


def test_no_bundled_row_names_a_list_that_does_not_exist():
    for path in bundled_lexicon_paths():
        for e in load_lexicon_file(path)[0]:
            for w in e.when:
                for word in w.partition(":")[2].split("|"):
                    if word.strip().startswith("@"):
                        word_list(word.strip()[1:])
