"""The next band of a synonym-file spinner's heads in news, and the names and fixed pairings it
breaks: resources/lexicons/news_common_tail.tsv. Sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from engine_fixtures import accepted_all as repaired
from unspin.engine.lexicon import bundled_lexicon_paths, load_lexicon_file

LEXICON = Path(__file__).resolve().parents[2] / "resources" / "lexicons" / "news_common_tail.tsv"


def _key(entry) -> str:
    """The spun form, case folded: a lowercase row matches any case, so a capitalised row of one
    lexicon and a lowercase row of another would compete for the same words."""
    gap = f" ~{entry.gap}" if entry.gap else ""
    return " ".join(entry.spun).lower() + gap


def test_the_file_is_bundled_and_parses_cleanly():
    assert LEXICON in [Path(p) for p in bundled_lexicon_paths()]
    entries, problems = load_lexicon_file(LEXICON)
    assert problems == []
    assert len(entries) >= 500
    assert {e.group for e in entries} == {"news-common-tail"}
    assert {e.source for e in entries} == {"Unspin project; written from knowledge"}


def test_no_spun_form_is_listed_twice_here_or_in_another_bundled_lexicon():
    entries, _ = load_lexicon_file(LEXICON)
    keys = [_key(e) for e in entries]
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
    others = set()
    for path in bundled_lexicon_paths():
        if Path(path) != LEXICON:
            others |= {_key(e) for e in load_lexicon_file(Path(path))[0]}
    assert not set(keys) & others, sorted(set(keys) & others)


def test_no_row_restores_its_own_words():
    entries, _ = load_lexicon_file(LEXICON)
    same = [e.line for e in entries if " ".join(e.spun).lower() in {r.lower() for r in e.restored}]
    assert same == []


@pytest.mark.parametrize("spun, originals", [
    ("The senator, who pleaded not responsible last month, said the Home Republicans would vote "
     "on the invoice before the ultimate deadline.",
     ["pleaded not guilty", "House Republicans"]),
    ("Fans flew from Eire to Miami Seaside for the match, and the membership's supervisor praised "
     "the faculty district for its help.",
     ["Ireland", "Miami Beach", "school district"]),
    ("The firm declined to remark when requested about its share worth, which hit a report excessive "
     "two years in the past.",
     ["declined to comment", "share price", "years ago"]),
])
def test_spun_names_and_pairings_are_restored(engine, spun, originals):
    fixed = repaired(engine, spun)
    for original in originals:
        assert original in fixed, fixed


@pytest.mark.parametrize("text", [
    # the same words in their ordinary senses
    "The models identified several areas where the research firm found that sharing costs helped.",
    "She drove home along the coast, and the army officers met a research team in the space of a week.",
    "The company will report earnings on the way back from the summit on the border.",
])
def test_ordinary_sentences_with_the_same_words_stay(engine, text):
    assert repaired(engine, text) == text
